"""Directives as news items and portals report them (session 14, blind batch yu1-yu6 and header
batch P).  Each rule is tested on text written here in the shape of such reports, never on a
sample's own sentences, with more than one wording.

Rules: a linking opener with the asker left out ('Bên cạnh đó, yêu cầu các địa phương ...', 'Qua
đó, đề nghị các sở ...') asks now, as it does with the asker named; a body asked in the passive
('X cũng được yêu cầu / đề nghị / giao ...') is named without 'cũng' and the passive; in a text
without numbered items a paragraph that opens on its verb after a paragraph that directs goes on
with that directive, and a task with no subject of its own right after a task that named its doers
(same paragraph or the next) is asked of the same lead doers; the day that opens a news lead
followed by who issued which document is the day of issue, never a deadline; the lead that opens an
item and tells, in the past, what the issued document asks ('Ngày 3/9, Sở Y tế đã có công văn đề
nghị các bệnh viện ...') is the item's request, while the same sentence later in the text is
history; header: a number with its symbol needs no 'số', a paper's one-word name before a spaced
dash opens the lead, a symbol broken after its hyphen ('4393/BYT- KCB') is read whole, a lead that
is the second sentence of its paragraph (after grounds that end on a stop) gives the date, a lead
'Phó Thủ tướng <name> ký Công điện số N ngày D' gives the signer's title."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import process_text, responsible, task_starting as _task


def _texts(doc) -> list[str]:
    return [t.text for t in doc.tasks]


def _folded(names) -> list[str]:
    return sorted(n.casefold() for n in names)


# --- a linking opener with the asker left out ------------------------------------------------------
@pytest.mark.parametrize("follow, start, office", [
    ("Bên cạnh đó, yêu cầu các địa phương tăng cường kiểm tra các cơ sở kinh doanh.", "Bên cạnh đó", "các địa phương"),
    ("Qua đó, đề nghị các sở, ngành liên quan phối hợp chặt chẽ trong công tác tuyên truyền.", "Qua đó", "các sở, ngành liên quan"),
    ("Bên cạnh đó, cũng yêu cầu Công an tỉnh tăng cường tuần tra, kiểm soát.", "Bên cạnh đó", "Công an tỉnh"),
])
def test_a_linking_opener_without_the_asker_still_asks(tmp_path, follow, start, office):
    doc = process_text(tmp_path, "UBND tỉnh vừa có Công văn số 55/UBND-NC yêu cầu Sở Y tế rà soát các bệnh viện. "
                                 + follow + "\n")
    assert office.casefold() in [o.casefold() for o in responsible(doc, start)]


def test_a_linking_opener_over_a_report_stays_a_report(tmp_path):
    doc = process_text(tmp_path, "UBND tỉnh vừa có Công văn số 55/UBND-NC yêu cầu Sở Y tế rà soát các bệnh viện. "
                                 "Bên cạnh đó, nhiều địa phương đã hoàn thành việc rà soát.\n")
    assert not any(t.startswith("Bên cạnh đó") for t in _texts(doc))


# --- a body asked in the passive -------------------------------------------------------------------
@pytest.mark.parametrize("sentence, office", [
    ("Chi cục Thủy lợi cũng được yêu cầu chủ động phối hợp với các huyện.", "Chi cục Thủy lợi"),
    ("Các trường học trực thuộc cũng được đề nghị tổ chức cho học sinh đăng ký dự thi.", "Các trường học trực thuộc"),
    ("Trung tâm Y tế huyện cũng được giao theo dõi tình hình dịch bệnh.", "Trung tâm Y tế huyện"),
])
def test_a_body_asked_in_the_passive(tmp_path, sentence, office):
    doc = process_text(tmp_path, "Sở Nông nghiệp và PTNT vừa ban hành Công văn số 123/SNN-KH đề nghị UBND các huyện "
                                 "chỉ đạo các xã rà soát diện tích lúa. " + sentence + "\n")
    assert responsible(doc, sentence[:12])[:1] == [office]


# --- paragraphs whose subject is left out go on with the directive before them ---------------------
def test_verb_first_paragraphs_after_an_assignment_are_its_tasks_with_its_doers(tmp_path):
    doc = process_text(tmp_path, (
        "Ngày 5/4/2022, UBND huyện Tân Phú ban hành công văn chỉ đạo về việc phòng, chống dịch bệnh trên cây trồng.\n\n"
        "Theo đó, giao Phòng Nông nghiệp và Phát triển nông thôn huyện chủ trì, phối hợp với UBND các xã, thị trấn "
        "hướng dẫn nông dân chăm sóc cây trồng.\n\n"
        "Thường xuyên theo dõi diễn biến sâu bệnh để kịp thời xử lý.\n\n"
        "Triển khai thực hiện tốt Kế hoạch số 12/KH-UBND ngày 10/01/2022 của UBND huyện về sản xuất vụ Đông Xuân.\n"))
    # (the lead is carried, as within a paragraph; the partners stay with the assigning sentence)
    for start in ("Thường xuyên theo dõi", "Triển khai thực hiện tốt"):
        assert responsible(doc, start) == ["Phòng Nông nghiệp và Phát triển nông thôn huyện"]


def test_a_subjectless_request_after_two_addressees_is_asked_of_both(tmp_path):
    doc = process_text(tmp_path, (
        "Sở Giáo dục và Đào tạo yêu cầu các phòng giáo dục chỉ đạo các trường trong phạm vi quản lý; các trường trực "
        "thuộc Sở tuyệt đối không thu các khoản ngoài quy định. Không tiếp nhận tài liệu quảng cáo khi chưa được phép.\n\n"
        "Khi có người lạ đến trường chào bán sách cần báo ngay về Sở để xử lý.\n"))
    doers = _folded(["các phòng giáo dục", "các trường trực thuộc Sở"])
    assert _folded(responsible(doc, "Không tiếp nhận")) == doers
    assert _folded(responsible(doc, "Khi có người lạ")) == doers


@pytest.mark.parametrize("follow", [
    "Việc thành lập tổ công tác phải được thực hiện trong năm 2024.",
    "Đại hội chi hội cấp cơ sở hoàn thành trong tháng 5/2024.",
])
def test_a_sentence_with_a_subject_of_its_own_borrows_no_doer(tmp_path, follow):
    doc = process_text(tmp_path, "UBND tỉnh giao Công an tỉnh chủ trì thành lập tổ công tác liên ngành.\n\n" + follow + "\n")
    if any(t.text.startswith(follow[:10]) for t in doc.tasks):
        assert "Công an tỉnh" not in responsible(doc, follow[:10])


def test_an_item_of_a_semicolon_list_lends_no_doer(tmp_path):
    doc = process_text(tmp_path, ("UBND huyện chỉ đạo sản xuất vụ đông\n\n"
                                  "UBND các xã chỉ đạo các thôn vận động nhân dân cày ải ngay sau thu hoạch;\n\n"
                                  "Tăng cường sự lãnh đạo của cấp ủy, chính quyền địa phương đối với công tác này;\n"))
    assert "UBND các xã" not in responsible(doc, "Tăng cường sự lãnh đạo")


def test_a_numbered_item_does_not_lend_its_doer_to_the_next_paragraph(tmp_path):
    doc = process_text(tmp_path, (
        "KẾ HOẠCH\n\n1. Phòng Tài chính - Kế hoạch chủ trì cân đối nguồn vốn.\n\n2. Tổ chức hội nghị sơ kết vào tháng 6/2024.\n"))
    assert "Phòng Tài chính - Kế hoạch" not in responsible(doc, "Tổ chức hội nghị")


# --- a news lead's day of issue is no deadline ----------------------------------------------------
@pytest.mark.parametrize("lead, due", [
    ("Ngày 12/6/2023, UBND tỉnh có Văn bản số 2211/UBND-KT yêu cầu các sở khẩn trương báo cáo tình hình.", None),
    ("BHG - Ngày 23.5.2019, Chủ tịch UBND tỉnh đã có Công điện số 1543/CĐ-CTUBND yêu cầu UBND các huyện triển khai "
     "các biện pháp chống dịch.", None),
    ("Chiều 3/9/2022, Sở Công Thương đã ban hành công văn đề nghị UBND các huyện kiểm tra các cửa hàng xăng dầu.", None),
    ("Ngày 12/6/2023, UBND tỉnh có Văn bản số 2211/UBND-KT yêu cầu các sở báo cáo trước ngày 20/6/2023.", dt.date(2023, 6, 20)),
])
def test_the_day_a_news_lead_opens_on_is_no_deadline(tmp_path, lead, due):
    doc = process_text(tmp_path, lead + "\n")
    assert doc.tasks and doc.tasks[0].deadline == due


def test_an_opening_day_with_an_obligation_is_still_a_deadline(tmp_path):
    doc = process_text(tmp_path, "Ngày 1/5/2023, 63 tỉnh, thành phố phải gửi đề án về Bộ Nội vụ.\n")
    assert doc.tasks and doc.tasks[0].deadline == dt.date(2023, 5, 1)


# --- the lead that opens an item and tells what the issued document asked -------------------------
@pytest.mark.parametrize("text, start, office", [
    ("Bảo đảm thuốc dịp Tết\n\nNgày 3/9, Sở Y tế đã có công văn đề nghị các bệnh viện bảo đảm đủ thuốc men.\n",
     "Ngày 3/9", "các bệnh viện"),
    ("Sau khi Báo đăng, Phó Chủ tịch UBND huyện Kim Thành đã có văn bản yêu cầu Chủ tịch UBND xã Kim Anh kiểm tra, "
     "xử lý dứt điểm vụ việc.\n", "Sau khi Báo đăng", "Chủ tịch UBND xã Kim Anh"),
    ("Chiều nay 8/10, Giám đốc Sở Giáo dục và Đào tạo đã ký văn bản hỏa tốc đề nghị các phòng Giáo dục và Đào tạo "
     "cho học sinh nghỉ học.\n", "Chiều nay", "các phòng Giáo dục và Đào tạo"),
])
def test_the_opening_lead_in_the_past_is_the_items_request(tmp_path, text, start, office):
    doc = process_text(tmp_path, text)
    # ('các ' before a body may be kept or left out)
    assert office.casefold().removeprefix("các ") in [o.casefold().removeprefix("các ") for o in responsible(doc, start)]


def test_the_same_past_request_later_in_the_text_is_history(tmp_path):
    doc = process_text(tmp_path, ("Ngày 3/9, Sở Y tế vừa có Công văn số 77/SYT-NV đề nghị các bệnh viện bảo đảm đủ thuốc. "
                                  "Trước đó, Sở Y tế đã có công văn đề nghị các bệnh viện rà soát danh mục thuốc.\n"))
    assert not any(t.startswith("Trước đó") for t in _texts(doc))


# --- header fields of news leads -----------------------------------------------------------------
@pytest.mark.parametrize("text, doc_type, number, issuer", [
    ("Kinhtedothi - UBND TP Hà Nội vừa ban hành Kế hoạch 218/KH-UBND triển khai Chỉ thị số 14-CT/TU ngày 2/3/2022 "
     "của Ban Thường vụ Thành ủy.\n", "Kế hoạch", "218/KH-UBND", "UBND TP Hà Nội"),
    ("Baoquangtri - Sở Y tế vừa ban hành Công văn 301/SYT-NVY yêu cầu các bệnh viện tăng cường trực.\n",
     "Công văn", "301/SYT-NVY", "Sở Y tế"),
    ("Bộ Y tế vừa có công văn số 4400/BYT- KCB gửi Sở Y tế các tỉnh về việc phòng lây nhiễm.\n",
     "Công văn", "4400/BYT-KCB", "Bộ Y tế"),
    ("UBND tỉnh Bắc Ninh đã ký ban hành Chỉ thị 11/CT- UBND tăng cường kỷ cương hành chính.\n",
     "Chỉ thị", "11/CT-UBND", "UBND tỉnh Bắc Ninh"),
    ("Baotintuc.com.vn – Ngày 4/7, Bộ Công Thương đã có Công văn số 3355/BCT-TTTN gửi Sở Công Thương các tỉnh.\n",
     "Công văn", "3355/BCT-TTTN", "Bộ Công Thương"),
    ("Huyện ủy vừa ban hành Chỉ thị số 05- CT/HU về tăng cường công tác phòng cháy.\n",
     "Chỉ thị", "05-CT/HU", "Huyện ủy"),
])
def test_a_lead_without_so_or_with_a_broken_symbol_gives_the_number(tmp_path, text, doc_type, number, issuer):
    h = process_text(tmp_path, text).header
    assert (h.doc_type, h.number) == (doc_type, number), h
    assert h.issuer and h.issuer.casefold() == issuer.casefold(), h


@pytest.mark.parametrize("text, number, date", [
    ("Thực hiện Công văn số 1102/CĐ-TTg ngày 23/8/2021 của Thủ tướng Chính phủ về phòng, chống dịch. Ngày 01/9/2021, "
     "Sở Văn hóa, Thể thao và Du lịch đã ban hành Công văn số 656/SVHTTDL-QLVHGĐ gửi các huyện.\n",
     "656/SVHTTDL-QLVHGĐ", dt.date(2021, 9, 1)),
    ("Căn cứ Kế hoạch số 20/KH-UBND ngày 5/1/2022 của UBND tỉnh. Chiều 14/2/2022, Sở Y tế đã ban hành Công văn số "
     "410/SYT-NVY yêu cầu các bệnh viện bảo đảm oxy.\n", "410/SYT-NVY", dt.date(2022, 2, 14)),
])
def test_a_lead_after_grounds_that_end_on_a_stop_gives_its_date(tmp_path, text, number, date):
    h = process_text(tmp_path, text).header
    assert (h.number, h.date) == (number, date), h


@pytest.mark.parametrize("text, title, signer", [
    ("Phó Thủ tướng Trần Lưu Quang ký Công điện 31/CĐ-TTg ngày 4/4/2024 của Thủ tướng Chính phủ về phòng cháy rừng.\n",
     "Phó Thủ tướng", "Trần Lưu Quang"),
    ("Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 120/CĐ-TTg ngày 7/11/2024 về ứng phó bão.\n",
     "Thủ tướng", "Phạm Minh Chính"),
])
def test_a_signed_lead_gives_the_signers_title(tmp_path, text, title, signer):
    h = process_text(tmp_path, text).header
    assert (h.signer_title, h.signer, h.issuer) == (title, signer, "Thủ tướng Chính phủ"), h



@pytest.mark.parametrize("text, doc_type, number, issuer", [
    ("Nhằm khắc phục những tồn tại trong quản lý đất đai trên địa bàn tỉnh. Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị "
     "số 07-CT/TU về tăng cường quản lý đất đai.\n", "Chỉ thị", "07-CT/TU", "Ban Thường vụ Tỉnh ủy"),
    ("Để bảo đảm an toàn cho học sinh trong mùa mưa lũ. Sở Giáo dục và Đào tạo đã ban hành Công văn số 1520/SGDĐT-VP "
     "yêu cầu các trường rà soát cơ sở vật chất.\n", "Công văn", "1520/SGDĐT-VP", "Sở Giáo dục và Đào tạo"),
])
def test_a_lead_that_is_the_second_sentence_gives_the_header(tmp_path, text, doc_type, number, issuer):
    h = process_text(tmp_path, text).header
    assert (h.doc_type, h.number) == (doc_type, number), h
    assert h.issuer and h.issuer.casefold() == issuer.casefold(), h
