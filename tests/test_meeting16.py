"""meeting16: a meeting, its resolution or a review named by its period is a name, not a due date;
the same period as a real term keeps its date. Invented wordings of the shapes counted in the gold and
the pages corpus ('phiên họp Chính phủ thường kỳ tháng N', 'giao ban tháng N', 'sơ kết 6 tháng đầu năm')."""
import datetime as dt

import pytest

from pipeline.extract.tasks import find_references
from pipeline.extract.temporal import find_deadline, period_names_meeting


def _due(text, year=2025):
    masks = [(a, e) for a, e, *_ in find_references(text)]
    dl = find_deadline(text, year, masks)
    return dl.date if dl else None


@pytest.mark.parametrize("text", [
    "Tại Nghị quyết số 230/NQ-CP phiên họp Chính phủ thường kỳ tháng 7 năm 2025, Chính phủ yêu cầu các bộ, ngành:",
    "Tại Nghị quyết phiên họp Chính phủ thường kỳ tháng 5, Chính phủ yêu cầu các bộ, ngành, địa phương:",
    "Thực hiện Nghị quyết phiên họp Chính phủ thường kỳ tháng 9 năm 2025, Bộ Công Thương đề nghị các đơn vị:",
    "Tại phiên họp thường kỳ tháng 10/2025, UBND tỉnh yêu cầu các sở, ngành tập trung thực hiện các nhiệm vụ sau:",
    "Tại cuộc họp giao ban tháng 10/2025, Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng khẩn trương thẩm định dự án.",
    "Tại Hội nghị sơ kết 6 tháng đầu năm 2025, Chủ tịch UBND tỉnh yêu cầu các sở, ngành:",
    "Kết luận phiên họp UBND tỉnh thường kỳ tháng 8, Chủ tịch UBND tỉnh giao Sở Tài chính rà soát nguồn vốn.",
])
def test_a_period_naming_a_meeting_is_no_deadline(text):
    assert _due(text) is None


@pytest.mark.parametrize("text,due", [
    ("Sở Tài chính hoàn thành báo cáo trong tháng 7/2025.", dt.date(2025, 7, 31)),
    ("Văn phòng UBND tỉnh chuẩn bị nội dung, tổ chức phiên họp thường kỳ vào tháng 7/2025.", dt.date(2025, 7, 31)),
    ("Các sở báo cáo kết quả tại phiên họp thường kỳ tháng 7/2025 của UBND tỉnh.", dt.date(2025, 7, 31)),
    ("Sở Nội vụ trình tại cuộc họp giao ban tháng 9/2025 dự thảo quy chế.", dt.date(2025, 9, 30)),
])
def test_the_same_period_as_a_term_keeps_its_date(text, due):
    assert _due(text) == due


def test_a_day_after_the_meeting_name_is_not_taken_for_the_name():
    text = "kết luận phiên họp Chính phủ thường kỳ tháng 7 ngày 5/8"
    at = text.index("ngày 5/8")
    assert not period_names_meeting(text, at, len(text))
    at = text.index("tháng 7")
    assert period_names_meeting(text, at, at + len("tháng 7"))


def _tasks(text):
    from pipeline.config import Config
    from pipeline.extract import extract
    from pipeline.model import Document, lines_from_text
    from pipeline.structure import structure

    doc = Document(doc_id="t", lines=lines_from_text(text))
    structure(doc, Config())
    extract(doc, Config())
    return doc.tasks


@pytest.mark.parametrize("lead", [
    "Tại Nghị quyết số 118/NQ-CP phiên họp Chính phủ thường kỳ tháng 4 năm 2025 và Hội nghị trực tuyến với địa phương, "
    "Chính phủ yêu cầu các bộ, cơ quan, địa phương tập trung thực hiện các nhiệm vụ sau:",
    "Tại phiên họp thường kỳ tháng 4/2025, UBND tỉnh yêu cầu các sở, ngành, địa phương:",
    "Thực hiện Nghị quyết phiên họp Chính phủ thường kỳ tháng 4 năm 2025, Bộ Xây dựng đề nghị các Sở Xây dựng:",
])
def test_a_meeting_named_in_a_lead_in_dates_none_of_its_points(lead):
    text = ("Triển khai nhiệm vụ trọng tâm\n\n" + lead + "\n"
            "Khẩn trương hoàn thiện các văn bản hướng dẫn.\n"
            "Chủ động rà soát, tháo gỡ khó khăn cho doanh nghiệp.\n")
    tasks = _tasks(text)
    assert tasks and all(t.deadline is None for t in tasks)


@pytest.mark.parametrize("lead,due", [
    ("Để chuẩn bị phiên họp thường kỳ tháng 7/2025 của UBND tỉnh, UBND tỉnh đề nghị các sở, ngành:", dt.date(2025, 7, 31)),
    ("Để chuẩn bị Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 (tháng 01/2026), Ban Thường vụ Tỉnh ủy yêu cầu các cơ quan:",
     dt.date(2026, 1, 31)),
])
def test_work_for_a_coming_meeting_keeps_its_month(lead, due):
    text = ("Chuẩn bị nội dung\n\n" + lead + "\n"
            "1. Hoàn thiện dự thảo báo cáo tình hình thực hiện nhiệm vụ.\n"
            "2. Gửi Văn phòng các đề án trình tại phiên họp.\n")
    tasks = _tasks(text)
    assert tasks and all(t.deadline == due for t in tasks)


def _header(text):
    from pipeline.config import Config
    from pipeline.model import Document, lines_from_text
    from pipeline.structure import structure

    doc = Document(doc_id="t", lines=lines_from_text(text))
    structure(doc, Config())
    return doc.header


@pytest.mark.parametrize("lead,doc_type,number,issuer", [
    ("Tại Nghị quyết số 118/NQ-CP phiên họp Chính phủ thường kỳ tháng 4 năm 2025, Chính phủ yêu cầu các bộ, ngành:",
     "Nghị quyết", "118/NQ-CP", "Chính phủ"),
    ("Tại Nghị quyết phiên họp Chính phủ thường kỳ tháng 5, Chính phủ yêu cầu các bộ, ngành khẩn trương giải ngân vốn.",
     "Nghị quyết", None, "Chính phủ"),
    ("Ngày 5/8, tại Nghị quyết số 112/NQ-CP, Chính phủ yêu cầu các địa phương tăng cường kiểm soát giá.",
     "Nghị quyết", "112/NQ-CP", "Chính phủ"),
    ("Trong nội dung Chỉ thị số 05/CT-UBND về phòng chống cháy rừng, UBND tỉnh yêu cầu các huyện tăng cường tuần tra.",
     "Chỉ thị", "05/CT-UBND", "UBND tỉnh"),
])
def test_a_document_named_first_then_its_issuer_speaking(lead, doc_type, number, issuer):
    h = _header("Tin chỉ đạo điều hành\n\n" + lead + "\n")
    assert (h.doc_type, h.number, h.issuer) == (doc_type, number, issuer)


@pytest.mark.parametrize("lead", [
    # the speaker is not the document's issuer: the item is the speaker's own letter on it
    "Tại Nghị quyết số 01/NQ-CP của Chính phủ, UBND tỉnh yêu cầu các sở, ngành triển khai ngay.",
    "Tại Nghị quyết số 01/NQ-CP, UBND tỉnh yêu cầu các sở, ngành triển khai ngay.",
    "Thực hiện Nghị quyết phiên họp Chính phủ thường kỳ tháng 5, Bộ Xây dựng đề nghị các Sở Xây dựng rà soát dự án.",
])
def test_a_document_of_another_body_is_not_the_item(lead):
    h = _header("Tin chỉ đạo điều hành\n\n" + lead + "\n")
    assert not (h.doc_type == "Nghị quyết" and h.issuer in ("UBND tỉnh", "Bộ Xây dựng"))


@pytest.mark.parametrize("lead,issuer", [
    ("UBND tỉnh vừa quyết định thành lập Ban Chỉ đạo chuyển đổi số của tỉnh do Chủ tịch UBND tỉnh làm Trưởng ban.", "UBND tỉnh"),
    ("UBND huyện Đông Anh vừa quyết định thành lập Tổ công tác đặc biệt để tháo gỡ khó khăn cho các dự án.", "UBND huyện Đông Anh"),
    ("Ngày 12/3, UBND thành phố đã quyết định phê duyệt danh mục dự án chuyển đổi số năm 2024.", "UBND thành phố"),
    ("(BĐT) - Bộ Y tế vừa quyết định tạm đình chỉ lưu hành hai loại thuốc không đạt chất lượng.", "Bộ Y tế"),
])
def test_a_lead_told_by_the_verb_quyet_dinh(lead, issuer):
    h = _header("Tin địa phương\n\n" + lead + "\n")
    assert h.issuer == issuer and h.doc_type is None


def test_the_noun_quyet_dinh_is_no_such_lead():
    h = _header("Tin địa phương\n\nQuyết định thành lập Ban Chỉ đạo được công bố tại hội nghị sáng nay.\n")
    assert h.issuer is None
