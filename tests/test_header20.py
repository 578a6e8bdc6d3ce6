"""header20: the document a news item names after its first sentence, a note in brackets before the speaker, a pronoun
speaker (issue 5, header fields on unseen text; measure17's header classes).

Invented wordings, several per rule.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure


def _header(text: str):
    doc = Document(doc_id="t", lines=lines_from_text(text))
    structure(doc, Config())
    return doc.header


@pytest.mark.parametrize("text, doc_type, number, date, issuer", [
    # a situation first, then the numbered document in a later sentence
    ("Dự báo trong ba ngày tới, mưa lớn tiếp tục xảy ra trên địa bàn tỉnh. Để chủ động ứng phó, ngày 18/5/2021, Chủ tịch "
     "UBND tỉnh có Công điện số 1510/CĐ-UBND, về việc chủ động ứng phó mưa lớn.\nCông điện yêu cầu các sở triển khai ngay.",
     "Công điện", "1510/CĐ-UBND", dt.date(2021, 5, 18), "UBND tỉnh"),
    ("Nắng nóng kéo dài khiến nhiều diện tích lúa thiếu nước. Ngày 3/4/2024, UBND huyện ban hành Kế hoạch số 45/KH-UBND "
     "về phòng, chống hạn hán.\nCác xã cần rà soát diện tích.", "Kế hoạch", "45/KH-UBND", dt.date(2024, 4, 3), "UBND huyện"),
    # figures in a paragraph of their own, then 'Trước tình hình trên, ...'
    ("Năm học qua toàn tỉnh có 95% học sinh tham gia bảo hiểm y tế. Tỷ lệ này còn thấp so với chỉ tiêu.\nTrước tình hình "
     "trên, Bảo hiểm xã hội Việt Nam vừa có Công văn số 2619/BHXH-BT gửi bảo hiểm xã hội các tỉnh đề nghị phối hợp.",
     "Công văn", "2619/BHXH-BT", None, "Bảo hiểm xã hội Việt Nam"),
    ("Nhiều tuyến đường bị sạt lở sau mưa lũ. Trước thực trạng này, Sở Giao thông vận tải đã ban hành Công văn số "
     "812/SGTVT-QLGT yêu cầu các đơn vị khắc phục.", "Công văn", "812/SGTVT-QLGT", None, "Sở Giao thông vận tải"),
    # the document cited by 'Theo' with its number, then its body speaking
    ("Thời gian qua tình trạng lấn chiếm vỉa hè diễn ra phức tạp. Theo Công văn số 1234/UBND-KT ngày 5/3/2024, UBND tỉnh "
     "yêu cầu các huyện xử lý dứt điểm.", "Công văn", "1234/UBND-KT", dt.date(2024, 3, 5), "UBND tỉnh"),
    # a purpose first, then 'tại Văn bản số N, ngày D, <body> đề nghị'
    ("Nhằm chủ động ứng phó với thiên tai, tại Văn bản số 2945/UBND-NNMT, ngày 12/6/2025, UBND tỉnh đề nghị các cơ quan, "
     "đơn vị theo dõi chặt chẽ diễn biến thời tiết.", "Công văn", "2945/UBND-NNMT", dt.date(2025, 6, 12), "UBND tỉnh"),
    ("Để bảo đảm an toàn cho học sinh, tại Công văn số 77/UBND-VX ngày 2/9/2023, UBND huyện yêu cầu các trường kiểm tra "
     "cơ sở vật chất.", "Công văn", "77/UBND-VX", dt.date(2023, 9, 2), "UBND huyện"),
])
def test_document_named_after_the_first_sentence(text, doc_type, number, date, issuer):
    h = _header(text)
    assert (h.doc_type, h.number, h.date) == (doc_type, number, date)
    assert h.issuer is not None and h.issuer.lower() == issuer.lower()


@pytest.mark.parametrize("texts, issuer", [
    # a retold earlier letter in a later sentence, grounds: not the item's document
    (["Tình hình dịch bệnh diễn biến phức tạp. Trước đó, UBND tỉnh đã ban hành Công văn số 55/UBND-NN về phòng dịch."], None),
    (["Đoàn kiểm tra đê điều tại xã. Năm 2020, UBND huyện đã ban hành Kế hoạch số 12/KH-UBND về phòng chống lụt bão."], None),
    # another body's document after the speaker the item opened on
    (["UBND tỉnh yêu cầu các sở tăng cường kiểm tra. Trước tình hình trên, Bộ Y tế đã có Công văn số 99/BYT-KCB gửi các tỉnh."],
     None),
    (["Các xã rà soát diện tích. Để chủ động, Sở Xây dựng vừa ban hành Kế hoạch số 8/KH-SXD về kiểm tra."], "UBND huyện"),
])
def test_later_lead_passes_over_retold_letters_and_other_bodies(texts, issuer):
    from pipeline.structure.posted import _later_lead
    assert _later_lead(texts, issuer) is None


@pytest.mark.parametrize("text, doc_type, date, issuer", [
    ("TP - Tại Nghị quyết phiên họp Chính phủ thường kỳ tháng 1/2015 (ban hành ngày 4/2), Chính phủ yêu cầu các bộ, ngành "
     "tập trung chỉ đạo.", "Nghị quyết", dt.date(2015, 2, 4), "Chính phủ"),
    ("Tại Nghị quyết phiên họp Chính phủ thường kỳ tháng 12/2019 (ban hành ngày 6/1), Chính phủ yêu cầu các bộ rà soát.",
     "Nghị quyết", dt.date(2020, 1, 6), "Chính phủ"),
    ("Trong Chỉ thị về phòng chống dịch (ban hành ngày 5/3/2020), UBND tỉnh yêu cầu các huyện cách ly.",
     "Chỉ thị", dt.date(2020, 3, 5), "UBND tỉnh"),
])
def test_a_note_in_brackets_before_the_speaker(text, doc_type, date, issuer):
    h = _header(text)
    assert (h.doc_type, h.date, h.issuer) == (doc_type, date, issuer)


def test_a_number_in_brackets_before_the_speaker():
    h = _header("Tại Nghị quyết phiên họp thường kỳ tháng 3 (số 44/NQ-CP), Chính phủ yêu cầu các bộ khẩn trương.")
    assert (h.doc_type, h.number, h.issuer) == ("Nghị quyết", "44/NQ-CP", "Chính phủ")


@pytest.mark.parametrize("text, issuer, doc_type", [
    ("Ngày 21/2, Bộ Giáo dục và Đào tạo cho hay việc này theo chỉ đạo của Thủ tướng. Trong công điện hồi đầu tháng, Thủ "
     "tướng đánh giá việc dạy thêm còn phức tạp. Vì vậy, ông yêu cầu các địa phương kiểm tra.", "Thủ tướng Chính phủ",
     "Công điện"),
    ("Sở Y tế cho biết dịch sốt xuất huyết tăng nhanh. Chủ tịch UBND tỉnh Long An đánh giá tình hình còn phức tạp, ông yêu "
     "cầu các huyện phun hóa chất.", "UBND tỉnh Long An", None),
    # a title with no body named: the body the reporting lead named
    ("Bộ Y tế cho hay sẽ tăng cường kiểm tra. Bộ trưởng đánh giá tình hình còn phức tạp, bà yêu cầu các sở y tế báo cáo.",
     "Bộ Y tế", None),
    ("UBND tỉnh cho biết mưa lớn gây thiệt hại nặng. Tại buổi làm việc, Chủ tịch nhấn mạnh công tác cứu hộ, ông đề nghị "
     "các lực lượng khẩn trương.", "UBND tỉnh", None),
])
def test_a_pronoun_speaker_takes_its_antecedent(text, issuer, doc_type):
    h = _header(text)
    assert h.issuer == issuer and h.doc_type == doc_type


@pytest.mark.parametrize("text", [
    "Ngày 5/3, Bộ Tài chính cho hay việc này theo đề nghị của các địa phương. Các doanh nghiệp cần kê khai.",
    "Sở Công Thương cho biết việc này theo chỉ đạo của tỉnh. Thị trường ổn định.",
])
def test_a_reporting_verb_is_no_part_of_the_body(text):
    h = _header(text)
    assert h.issuer is None or ("cho hay" not in h.issuer and "cho biết" not in h.issuer)


def test_a_deputy_prime_minister_pronoun_gives_no_issuer():
    h = _header("Bộ Công Thương cho hay giá xăng sẽ giảm. Phó Thủ tướng đánh giá thị trường ổn định, ông yêu cầu các bộ theo dõi.")
    assert h.issuer != "Thủ tướng Chính phủ"


def test_grounds_in_a_later_sentence_then_the_bodys_own_letter():
    from pipeline.structure.posted import _later_lead
    found = _later_lead(["Mưa lớn gây ngập. Thực hiện Công văn số 7/BNN-ĐĐ của Bộ, UBND tỉnh đã có Công văn số 70/UBND-NN gửi "
                         "các huyện."], None)
    assert found is not None and (found.number, found.issuer) == ("70/UBND-NN", "UBND tỉnh")


@pytest.mark.parametrize("text, number, date, issuer", [
    ("Nhằm chủ động phòng ngừa tai nạn lao động trong dịp Tết, đảm bảo cho nhân dân vui Tết, đón Xuân an toàn, ngày "
     "9/1/2019, UBND tỉnh đã có Công văn số 141/UBND-VX gửi các sở, ngành.", "141/UBND-VX", dt.date(2019, 1, 9), "UBND tỉnh"),
    ("Tiêu đề bài viết\nĐể bảo đảm an toàn cho học sinh, giáo viên, nhân viên trong mùa mưa bão, Sở Giáo dục và Đào tạo đã "
     "ban hành Công văn số 88/SGDĐT-VP yêu cầu các trường kiểm tra.", "88/SGDĐT-VP", None, "Sở Giáo dục và Đào tạo"),
    ("Do ảnh hưởng của bão, mưa lớn kéo dài, nhiều tuyến đường bị ngập, ngày 2/10/2022, UBND huyện có Công điện số "
     "05/CĐ-UBND yêu cầu các xã ứng phó.", "05/CĐ-UBND", dt.date(2022, 10, 2), "UBND huyện"),
])
def test_a_purpose_clause_with_commas_before_the_lead(text, number, date, issuer):
    h = _header(text)
    assert (h.number, h.date, h.issuer) == (number, date, issuer)
