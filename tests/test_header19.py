"""header19: press and portal items (issue 5, header fields on unseen text).

Invented wordings, several per rule: degrees run together before a signer's name, what a letter
does between its type and its number, a lead after grounds that end on a stop, the issuer's
officer named later as the signer, a reminder's retold letter, a portal digest's item.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure
from pipeline.structure.posted import press_lead


def _header(text: str):
    doc = Document(doc_id="t", lines=lines_from_text(text))
    structure(doc, Config())
    return doc.header


@pytest.mark.parametrize("text, signer, title", [
    ("PGS.TS Trần Văn An, Thứ trưởng Bộ Y tế vừa ký Công văn số 512/BYT-KCB gửi các bệnh viện.", "Trần Văn An",
     "Thứ trưởng"),
    ("GS.TS Lê Thị Hoa, Bộ trưởng Bộ Y tế đã ký ban hành Quyết định số 77/QĐ-BYT về việc ban hành hướng dẫn.",
     "Lê Thị Hoa", "Bộ trưởng"),
    ("TS.BS Phạm Minh Đức, Giám đốc Sở Y tế đã ký văn bản số 55/SYT-NV.", "Phạm Minh Đức", "Giám đốc"),
    ("ThS.BSCKII Nguyễn Văn Tâm, Giám đốc Sở Y tế vừa có văn bản số 910/SYT-NVY gửi các trung tâm y tế.",
     "Nguyễn Văn Tâm", "Giám đốc"),
])
def test_degrees_run_together_are_not_part_of_the_name(text, signer, title):
    out = press_lead(text)
    assert out is not None and out.signer == signer and out.signer_title == title


@pytest.mark.parametrize("text, number", [
    ("Ngày 12/5/2022, Sở Nông nghiệp và Phát triển nông thôn đã ban hành văn bản hướng dẫn số 845/SNN-TTBVTV về "
     "việc phòng trừ sâu bệnh.", "845/SNN-TTBVTV"),
    ("Ngày 3/10/2021, UBND huyện đã có công văn chỉ đạo số 1203/UBND-NN gửi các xã.", "1203/UBND-NN"),
    ("Sở Giáo dục và Đào tạo vừa có văn bản đôn đốc số 77/SGDĐT-VP gửi các trường.", "77/SGDĐT-VP"),
])
def test_what_a_letter_does_between_its_type_and_number(text, number):
    out = press_lead(text)
    assert out is not None and out.number == number and out.doc_type == "Công văn"


@pytest.mark.parametrize("text, number", [
    ("Sở Y tế vừa có văn bản số 55/SYT-NV.", "55/SYT-NV"),
    ("Mới đây, Chủ tịch UBND tỉnh đã ký Quyết định số 1520/QĐ-UBND.", "1520/QĐ-UBND"),
])
def test_a_number_never_keeps_the_sentence_stop(text, number):
    assert press_lead(text).number == number


@pytest.mark.parametrize("text, issuer, doc_type", [
    ("Văn bản chỉ đạo của tỉnh\nThực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Thông báo số 25/TB-VPCP ngày "
     "5/2/2021 của Văn phòng Chính phủ. UBND tỉnh Yên Bái có Công văn gửi các sở, ngành về việc tăng cường phòng "
     "chống dịch.", "UBND tỉnh Yên Bái", "Công văn"),
    ("Căn cứ Kế hoạch số 12/KH-UBND ngày 3/1/2022 của UBND tỉnh về chuyển đổi số. Sở Thông tin và Truyền thông ban "
     "hành Kế hoạch triển khai trong ngành.", "Sở Thông tin và Truyền thông", "Kế hoạch"),
    ("Triển khai Chỉ thị số 05/CT-TTg của Thủ tướng Chính phủ. UBND huyện Đông Anh ra công văn yêu cầu các xã kiểm "
     "tra.", "UBND huyện Đông Anh", "Công văn"),
])
def test_a_lead_after_grounds_that_end_on_a_stop(text, issuer, doc_type):
    h = _header(text)
    assert (h.issuer, h.doc_type) == (issuer, doc_type)


@pytest.mark.parametrize("text, title, signer", [
    ("Ngày 28/9, UBND tỉnh Bình Định đã có Văn bản số 5100/UBND-TH gửi Sở Xây dựng về việc kiểm tra công trình.\n\n"
     "Về vấn đề này, bà Trần Thị Mai - Phó Chủ tịch UBND tỉnh đề nghị Sở Xây dựng khẩn trương kiểm tra.",
     "Phó Chủ tịch", "Trần Thị Mai"),
    ("UBND tỉnh Quảng Trị vừa ban hành Công văn số 2210/UBND-NN về phòng chống hạn.\n\nÔng Lê Văn Hùng, Chủ tịch UBND "
     "tỉnh yêu cầu các huyện rà soát nguồn nước.", "Chủ tịch", "Lê Văn Hùng"),
    ("Sở Y tế vừa có Công văn số 901/SYT-NVY gửi các bệnh viện. Giám đốc Sở Y tế Đỗ Văn Nam yêu cầu các đơn vị bảo đảm "
     "thuốc.", "Giám đốc", "Đỗ Văn Nam"),
    ("Ngày 5/3/2024, UBND tỉnh ban hành Quyết định số 301/QĐ-UBND về việc phê duyệt kế hoạch. Phó Chủ tịch UBND tỉnh "
     "Hoàng Văn Sơn đã ký ban hành Quyết định này.", "Phó Chủ tịch", "Hoàng Văn Sơn"),
])
def test_the_issuers_officer_named_later_signs(text, title, signer):
    h = _header(text)
    assert (h.signer_title, h.signer) == (title, signer)


@pytest.mark.parametrize("text", [
    # (no document reported: an officer speaking at an inspection does not sign)
    "Trực tiếp kiểm tra tại huyện, UBND tỉnh yêu cầu khắc phục. Ông Lê Văn Hùng, Chủ tịch UBND tỉnh yêu cầu các "
    "huyện rà soát nguồn nước.",
    # (another body's officer)
    "UBND tỉnh Quảng Trị vừa ban hành Công văn số 2210/UBND-NN về phòng chống hạn. Ông Lê Văn Hùng, Giám đốc Sở "
    "Nông nghiệp yêu cầu các huyện rà soát nguồn nước.",
])
def test_no_signer_from_a_speaker_without_a_document_or_of_another_body(text):
    assert _header(text).signer is None


@pytest.mark.parametrize("text, issuer", [
    ("Ngày 08/4/2021, Văn phòng UBND tỉnh ban hành Văn bản số 404/VPUBND-NC giao Sở Tài chính báo cáo trong 30 ngày.\n\n"
     "Tuy nhiên, đến nay Sở Tài chính chưa báo cáo.\n\nVăn phòng UBND tỉnh đề nghị Sở Tài chính khẩn trương báo cáo "
     "trước ngày 30/8/2021.", "Văn phòng UBND tỉnh"),
    ("Ngày 2/3/2023, UBND tỉnh ban hành Công văn số 1200/UBND-KT giao Sở Xây dựng rà soát các dự án. Đến nay, Sở Xây "
     "dựng chưa có báo cáo. UBND tỉnh đề nghị Sở Xây dựng khẩn trương thực hiện.", "UBND tỉnh"),
    ("Ngày 20/5/2022, UBND huyện có Công văn số 88/UBND-VP giao các xã thống kê. Nhưng tới nay, nhiều xã chưa gửi số "
     "liệu. UBND huyện yêu cầu các xã hoàn thành trước ngày 10/6/2022.", "UBND huyện"),
])
def test_a_reminders_retold_letter_is_not_its_own(text, issuer):
    h = _header(text)
    assert (h.doc_type, h.number, h.date, h.issuer) == (None, None, None, issuer)


def test_a_letter_told_before_an_earlier_one_stays_the_posts_own():
    h = _header("Ngày 28/9/2022, UBND tỉnh Phú Yên đã có Văn bản số 5182/UBND-TH gửi Sở Tài nguyên và Môi trường.\n\n"
                "Trước đó, ngày 13/9/2022, UBND tỉnh có Văn bản số 4828/UBND-TH giao Sở kiểm tra.\n\n"
                "Tuy nhiên, đến nay UBND tỉnh chưa nhận được báo cáo.")
    assert (h.number, h.date) == ("5182/UBND-TH", dt.date(2022, 9, 28))


@pytest.mark.parametrize("text, fields", [
    ("1. Chính phủ: Nghị quyết số 169/NQ-CP ngày 11/11/2020 Phiên họp Chính phủ thường kỳ tháng 10 năm 2020\n"
     "Theo đó, Chính phủ thống nhất đánh giá tình hình.",
     ("Nghị quyết", "169/NQ-CP", dt.date(2020, 11, 11), "Chính phủ")),
    ("- UBND tỉnh: Công văn số 4079/UBND-KT ngày 19/6/2021 về việc tiếp tục thực hiện các biện pháp phòng dịch.",
     ("Công văn", "4079/UBND-KT", dt.date(2021, 6, 19), "UBND tỉnh")),
    ("2. Bộ Y tế: Quyết định số 3875/QĐ-BYT ngày 8/9/2020 về việc ban hành hướng dẫn chẩn đoán.",
     ("Quyết định", "3875/QĐ-BYT", dt.date(2020, 9, 8), "Bộ Y tế")),
    ("Thủ tướng Chính phủ: Công điện số 12/CĐ-TTg ngày 3/2/2022 về việc phòng chống dịch.",
     ("Công điện", "12/CĐ-TTg", dt.date(2022, 2, 3), "Thủ tướng Chính phủ")),
])
def test_a_digests_item(text, fields):
    h = _header(text)
    assert (h.doc_type, h.number, h.date, h.issuer) == fields


def test_a_label_with_a_colon_is_no_digest_item():
    h = _header("Kính gửi: Công văn số 12/UBND-VP của UBND huyện đề nghị các xã báo cáo.")
    assert h.issuer != "Kính gửi"


@pytest.mark.parametrize("text, title, signer, issuer", [
    ("Phó thủ tướng Trần Văn Bình vừa ký quyết định số 512 ngày 3-4 của Thủ tướng Chính phủ phê duyệt đề án.",
     "Phó Thủ tướng", "Trần Văn Bình", "Thủ tướng Chính phủ"),
    ("Phó thủ tướng Lê Minh Châu đã ký Công điện số 12/CĐ-TTg gửi các bộ.", "Phó Thủ tướng", "Lê Minh Châu",
     "Thủ tướng Chính phủ"),
    ("Ngày 3/4/2024, Phó thủ tướng thường trực Nguyễn Văn Dũng ký Quyết định 55/QĐ-TTg.",
     "Phó Thủ tướng Thường trực", "Nguyễn Văn Dũng", "Thủ tướng Chính phủ"),
])
def test_a_title_written_in_lower_case(text, title, signer, issuer):
    out = press_lead(text)
    assert out is not None and (out.signer_title, out.signer, out.issuer) == (title, signer, issuer)


@pytest.mark.parametrize("text, issuer", [
    ("Bộ GD-ĐT yêu cầu báo cáo vụ thiếu giáo viên\nSau khi báo chí phản ánh, Bộ Giáo dục và Đào tạo (GD-ĐT) đã có văn "
     "bản yêu cầu báo cáo.", "Bộ Giáo dục và Đào tạo"),
    ("Bộ NN&PTNT yêu cầu các tỉnh chống rét cho trâu bò\nBộ Nông nghiệp và Phát triển nông thôn (Bộ NN&PTNT) vừa có công "
     "văn gửi UBND các tỉnh miền núi.", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("Sở TN-MT đề nghị các huyện kiểm tra bãi rác\nSở Tài nguyên và Môi trường (TN-MT) đã có văn bản gửi UBND các huyện.",
     "Sở Tài nguyên và Môi trường"),
])
def test_a_short_name_is_named_in_full_where_the_text_defines_it(text, issuer):
    assert _header(text).issuer == issuer


def test_progress_on_the_posts_own_plan_is_no_reminder():
    h = _header("Ngày 30-12-2009, UBND TP Hà Nội đã có Kế hoạch 175/KH-UBND phân công nhiệm vụ cho các sở, ngành. Căn cứ "
                "theo nhiệm vụ được phân công, các sở đã xây dựng kế hoạch.\n\nĐến nay, các Sở Y tế, Công an đã chuẩn bị "
                "các phương án bảo đảm, tạo không khí vui tươi.")
    assert (h.doc_type, h.number) == ("Kế hoạch", "175/KH-UBND")


def test_a_sentence_listing_what_was_read_out_is_no_digest_item():
    h = _header("Sáng ngày 22/10/2019, Ban Thường trực huyện tổ chức Hội nghị triển khai các văn bản.\n\nHội nghị đã quán "
                "triệt các văn bản như: Kế hoạch số 10/KH-MTTQ-BTT, ngày 10/10/2019 của Ban Thường trực tỉnh; Kế hoạch số "
                "8/KH-MTTQ-BTT, ngày 14/10/2019 của Ban Thường trực huyện.")
    assert h.issuer != "Hội nghị đã quán triệt các văn bản như"
