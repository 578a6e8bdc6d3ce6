"""Dates a central document looks back on, goals, and periods no duty has (issue 5, session 11:
deadline batch 17, Government resolutions on their monthly sessions, Prime Minister's directives
and telegrams as the press printed them, long decrees and circulars).

Each rule is tested on sentences written here in the shape of the batch's real items (never the
items themselves):

- a day or period that was over when the document was issued, named without a bound word ('tổ chức
  vào ngày ...' in the preamble of a resolution signed days later, 'Trong tháng 11, tình hình ...'
  in one of December, 'phiên họp đánh giá trong tháng 2/2026' in a report of March) is when
  something happened, not a deadline; a bound word ('trước', 'chậm nhất', 'trễ nhất', 'hạn') keeps
  a late day a deadline, and a day without its year more than a month back is next year's;
- 'phấn đấu ... <figure> ... vào cuối năm X' sets a goal, whose year-end is its horizon, as 'vào
  năm X' does; 'phấn đấu hoàn thành ... vào cuối năm X' is a bound;
- a recurrence inside the offence a sanction describes ('khi có hành vi không báo cáo định kỳ hằng
  năm') or a description of what every year is like ('tháng 9 hằng năm luôn là cao điểm') sets no
  recurring duty.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.temporal import find_deadline, find_recurrence, roll_forward

ISSUED = dt.date(2026, 5, 12)


def _deadline(text: str, issued: dt.date = ISSUED) -> dt.date | None:
    dl = find_deadline(text, issued.year, issued=issued)
    return roll_forward(dl.date, dl.text, dl.recurrence, issued) if dl else None


@pytest.mark.parametrize("text", [
    "Trên cơ sở kết luận của Thủ tướng Chính phủ tại Phiên họp Chính phủ thường kỳ tháng 4 năm 2026, tổ chức vào ngày 08 tháng 5 năm 2026.",
    "Trong tháng 4, tình hình kinh tế trong nước tiếp tục ổn định, lạm phát được kiểm soát.",
    "Phiên họp đánh giá trong tháng 4/2026, các bộ, cơ quan đã bám sát nhiệm vụ được giao.",
    "Phát biểu tại phiên họp thường kỳ tháng 4, Thủ tướng chỉ đạo Bộ Nội vụ khẩn trương hoàn thiện đề án.",
    "Ngày 05/5/2026, Ủy ban nhân dân tỉnh đã tổ chức hội nghị sơ kết công tác quý I.",
])
def test_looked_back_on_is_no_deadline(text):
    assert _deadline(text) is None


@pytest.mark.parametrize("text, expected", [
    # a bound word keeps a day that has passed (a late letter, a reported request)
    ("Đề nghị các đơn vị gửi báo cáo chậm nhất ngày 30/4/2026 để tổng hợp.", dt.date(2026, 4, 30)),
    ("Các xã hoàn thành việc rà soát trễ nhất vào ngày 10/5/2026.", dt.date(2026, 5, 10)),
    ("Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 08/5/2026.", dt.date(2026, 5, 8)),
    # a day ahead is untouched; a day without its year long before the signature is next year's
    ("Các bộ báo cáo kết quả thực hiện về Văn phòng Chính phủ trong tháng 6/2026.", dt.date(2026, 6, 30)),
    ("Các đơn vị gửi báo cáo về Sở Nội vụ vào ngày 15/01 để tổng hợp.", dt.date(2027, 1, 15)),
])
def test_bound_days_stay(text, expected):
    assert _deadline(text) == expected


def test_time_cell_keeps_a_passed_month():
    # a plan's time column lists what was already due: the attribute path is not touched
    dl = find_deadline("Tháng 3/2026", 2026, attribute=True, issued=ISSUED)
    assert dl is not None and dl.date == dt.date(2026, 3, 31)


@pytest.mark.parametrize("text", [
    "Các bộ, ngành đẩy nhanh tiến độ các dự án giao thông, phấn đấu vượt mục tiêu có 3.000 km đường bộ cao tốc vào cuối năm 2026.",
    "Phấn đấu tỷ lệ hồ sơ được giải quyết trực tuyến đạt 80% vào cuối năm 2026.",
    "Các địa phương tập trung giải ngân vốn đầu tư công, phấn đấu giải ngân đạt 100% kế hoạch vào cuối năm 2026.",
])
def test_goal_by_year_end_is_horizon(text):
    assert _deadline(text) is None


@pytest.mark.parametrize("text", [
    "Bộ Xây dựng phấn đấu hoàn thành 500 km đường bộ cao tốc vào cuối năm 2026.",
    "Các địa phương hoàn thành việc sắp xếp 1.200 đơn vị vào cuối năm 2026.",
])
def test_completion_by_year_end_stays_bound(text):
    assert _deadline(text) == dt.date(2026, 12, 31)


@pytest.mark.parametrize("text", [
    "1. Phạt tiền từ 1.000.000 đồng đến 3.000.000 đồng khi có hành vi không báo cáo định kỳ hằng năm theo quy định.",
    "Phạt cảnh cáo đối với hành vi không gửi báo cáo định kỳ hằng quý cho cơ quan quản lý.",
    "Chủ tịch Quốc hội cho biết, tháng 9 hằng năm luôn là thời điểm cao điểm chuẩn bị kỳ họp.",
    "Quý IV hằng năm thường là giai đoạn giải ngân vốn đầu tư công lớn nhất.",
])
def test_no_duty_recurs(text):
    assert find_recurrence(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Các doanh nghiệp báo cáo định kỳ hằng năm về tình hình sử dụng lao động.", "yearly"),
    ("Định kỳ hằng quý, Sở Nội vụ tổng hợp báo cáo Ủy ban nhân dân tỉnh.", "quarterly"),
    ("Ủy ban nhân dân cấp xã xử lý vi phạm và báo cáo kết quả hằng tháng.", "monthly"),
])
def test_duties_still_recur(text, expected):
    assert find_recurrence(text) == expected


# (after batch 18, annotated blind after the rules above: a goal named 'mục tiêu' and an occasion
# whose day a bracket gives)

@pytest.mark.parametrize("text", [
    "Bộ Xây dựng ban hành kế hoạch chi tiết để hoàn thành thêm khoảng 1.200 km, bảo đảm thực hiện mục tiêu có ít nhất 3.000 km đường bộ cao tốc vào cuối năm 2026.",
    "Các địa phương đẩy nhanh tiến độ, bảo đảm đạt mục tiêu 100% xã có trạm y tế đạt chuẩn vào cuối năm 2026.",
])
def test_goal_named_target_is_horizon(text):
    assert _deadline(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng yêu cầu phấn đấu hoàn thành trước thời điểm khai mạc Đại hội Đảng (dự kiến bắt đầu từ 19/5 tới).", dt.date(2026, 5, 19)),
    ("Bộ Tư pháp hoàn thiện hồ sơ dự án Luật, trình Quốc hội trước Kỳ họp thứ 2 (dự kiến khai mạc ngày 20/10/2026).", dt.date(2026, 10, 20)),
    ("Các địa phương hoàn thành việc hỗ trợ nhà ở trước Tết Nguyên đán (ngày 05/02/2027).", dt.date(2027, 2, 5)),
])
def test_occasion_day_in_brackets_bounds(text, expected):
    assert _deadline(text) == expected


def test_bracketed_start_without_occasion_is_no_bound():
    assert _deadline("Các bộ gửi báo cáo định kỳ (từ ngày 10/6/2026) về Văn phòng Chính phủ.") is None


# a time cell that names the document the row follows: its date is the cited document's, no bound

@pytest.mark.parametrize("cell", [
    "Theo Kết luận số 213-KL/TW ngày 10/3/2026",
    "Thực hiện theo Kế hoạch số 15/KH-UBND ngày 20/3/2026 của Ủy ban nhân dân tỉnh",
    "Theo lộ trình tại Quyết định số 1131/QĐ-TTg ngày 12/6/2025",
])
def test_cited_document_in_time_cell_is_no_deadline(cell):
    dl = find_deadline(cell, 2026, attribute=True)
    assert dl is None or dl.date is None


@pytest.mark.parametrize("cell, expected", [
    ("Trước ngày 30/6/2026 (theo Công văn số 12/VPCP ngày 02/3/2026)", dt.date(2026, 6, 30)),
    ("Năm 2026 (theo Nghị quyết số 57-NQ/TW ngày 22/12/2024)", dt.date(2026, 12, 31)),
    ("Quý III/2026", dt.date(2026, 9, 30)),
])
def test_time_cell_bound_beside_a_citation(cell, expected):
    dl = find_deadline(cell, 2026, attribute=True)
    assert dl is not None and dl.date == expected


def test_table_row_following_a_cited_document_has_no_deadline():
    from pipeline.config import Config
    from pipeline.extract import extract
    from pipeline.model import Document, Header, lines_from_text
    from pipeline.structure import structure

    text = ("| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n| --- | --- | --- | --- | --- |\n"
            "| 1 | Triển khai các nhiệm vụ được giao tại Kết luận số 213-KL/TW | Bộ Tài chính | Các bộ, cơ quan | Theo Kết luận số 213-KL/TW ngày 10/3/2026 |\n"
            "| 2 | Xây dựng cơ sở dữ liệu về đất đai | Bộ Nông nghiệp và Môi trường | Các địa phương | Quý IV/2026 |")
    cfg = Config(ocr=False)
    doc = structure(Document(doc_id="t", lines=lines_from_text(text)), cfg)
    if doc.header is None:
        doc.header = Header()
    doc.header.date = ISSUED
    doc = extract(doc, cfg)
    assert [t.deadline for t in doc.tasks] == [None, dt.date(2026, 12, 31)]


@pytest.mark.parametrize("cell", ["Sau năm 2026", "Sau năm 2030 và hằng năm", "Sau tháng 6/2026"])
def test_time_after_a_date_is_a_start(cell):
    dl = find_deadline(cell, 2026, attribute=True)
    assert dl is None or dl.date is None


@pytest.mark.parametrize("text", [
    "Sau ngày 15/9/2026, các xã triển khai thu phí theo mức mới.",
    "Hợp đồng còn hiệu lực sau ngày 01 tháng 7 năm 2026 được tiếp tục thực hiện.",
])
def test_sentence_after_a_date_sets_no_deadline(text):
    assert _deadline(text) is None


@pytest.mark.parametrize("text, expected", [
    # work overdue when the document is signed is still bounded by its period
    ("Bộ Tư pháp hoàn thành việc rà soát các văn bản trong tháng 4/2026.", dt.date(2026, 4, 30)),
    ("Các địa phương khẩn trương hoàn thành dứt điểm việc sắp xếp trụ sở trong quý I/2026.", dt.date(2026, 3, 31)),
])
def test_overdue_completion_keeps_its_period(text, expected):
    assert _deadline(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bộ Tài chính chủ trì tổ chức sơ kết 03 năm thực hiện Kế hoạch vào năm 2028 và tổng kết vào năm 2030.", dt.date(2030, 12, 31)),
    ("Các bộ, địa phương tổ chức tổng kết việc thực hiện Chương trình trong năm 2027, báo cáo Thủ tướng Chính phủ.", dt.date(2027, 12, 31)),
])
def test_review_held_in_a_year_is_due_by_its_end(text, expected):
    assert _deadline(text) == expected
