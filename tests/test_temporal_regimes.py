"""Recurrence and reporting regimes, and the days a month plan names (issue 5, session 12: deadline
batch 22, gold yl1-yl2; held-out recurrence 0.81).

Each rule is tested on sentences written here in the shape of the batch's real items (never the
items themselves), several wordings each:

- a period that belongs to something other than the directed work sets no recurrence: a quantity per
  period ('số lượng ... sử dụng hàng quý', unless counting it is the work: 'thống kê số lượng ... hằng
  năm'), what is done to the subject ('bị khấu trừ hằng tháng'), a benefit's list of kinds ('trợ cấp
  mất sức lao động, tai nạn lao động ... hằng tháng'), a leading grounds clause ('Căn cứ kết quả xếp
  loại hàng tuần, ...'), the bounds of a data period ('từ ngày 01 tháng đầu quý đến hết ngày 22 tháng
  cuối quý'), a report period a preposition names ('đối với kỳ báo cáo năm'), 'N lần/năm học';
- a day of every month or week named without 'hằng' recurs: 'chậm nhất vào ngày làm việc đầu tiên
  của tháng', 'vào tuần cuối của mỗi tháng', 'chậm nhất vào thứ Năm của tuần trước';
- who drew a benefit before a day ('hưởng lương hưu ... trước ngày 01/7/2023') is a condition, no
  deadline;
- a report of each period in its own ';' clause with its own due day ('Báo cáo quý gửi ... ngày 25
  của tháng cuối quý; báo cáo 06 tháng ... ngày 25 tháng 6; báo cáo năm ... ngày 25 tháng 12 hằng
  năm'): first due on the next of the listed days after the document's date;
- a month plan (the header's period is one month) dates a task by a day or week of that month named
  without the month ('Trước ngày 20', 'vào ngày 15', a time cell 'Tuần 2', 'tuần cuối của tháng');
  the plan's period alone dates nothing.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.temporal import find_deadline, find_recurrence, roll_forward

ISSUED = dt.date(2026, 5, 20)


def _deadline(text: str, issued: dt.date = ISSUED) -> dt.date | None:
    dl = find_deadline(text, issued.year, issued=issued)
    return roll_forward(dl.date, dl.text, dl.recurrence, issued) if dl else None


@pytest.mark.parametrize("text", [
    "- Dự kiến số lượng hóa chất cần sử dụng hàng quý;",
    "c) Khối lượng than tiêu thụ hằng tháng của từng nhà máy;",
    "- Sản lượng điện sản xuất hằng năm của từng nhà máy theo thiết kế;",
])
def test_a_quantity_per_period_is_no_recurrence(text):
    assert find_recurrence(text) is None


@pytest.mark.parametrize("text,expected", [
    ("Thống kê số lượng học viên tốt nghiệp có việc làm hằng năm.", "yearly"),
    ("Rà soát, tổng hợp số lượng hộ nghèo phát sinh hằng quý trên địa bàn.", "quarterly"),
])
def test_counting_a_quantity_is_the_recurring_work(text, expected):
    assert find_recurrence(text) == expected


@pytest.mark.parametrize("text", [
    "Người vi phạm phải bồi thường và bị khấu trừ hằng tháng vào tiền lương theo quy định.",
    "Số tiền tạm ứng bị trừ dần hằng tháng vào phụ cấp của cán bộ.",
    "Người đang hưởng trợ cấp mất sức lao động, tai nạn lao động, bệnh nghề nghiệp hằng tháng thì được điều chỉnh theo mức mới.",
    "Cán bộ hưởng phụ cấp trách nhiệm, phụ cấp kiêm nhiệm hằng tháng được chi trả cùng kỳ lương.",
])
def test_what_is_done_to_the_subject_or_a_benefit_is_no_duty(text):
    assert find_recurrence(text) is None


@pytest.mark.parametrize("text,expected", [
    ("Căn cứ kết quả đánh giá hằng tuần, ngày 25 hằng tháng Tổ trưởng họp tổ để bình xét thi đua.", "monthly"),
    ("Trên cơ sở kế hoạch hằng năm, hằng quý các phòng báo cáo tiến độ thực hiện.", "quarterly"),
])
def test_a_period_in_the_grounds_clause_is_the_grounds(text, expected):
    assert find_recurrence(text) == expected


@pytest.mark.parametrize("text", [
    "Số liệu tính từ ngày 01 tháng đầu quý đến hết ngày 20 tháng cuối quý để ước quý báo cáo.",
    "Kỳ báo cáo tính từ ngày 01 tháng 01 đến ngày 31 tháng 12 đối với kỳ báo cáo năm.",
    "Các đơn vị giao nhận sách giáo khoa tối đa 02 lần/học kỳ (04 lần/năm học).",
])
def test_a_data_period_or_a_cap_is_no_recurrence(text):
    assert find_recurrence(text) is None


@pytest.mark.parametrize("text", [
    "Định kỳ từ ngày 1 đến ngày 5 hằng tháng, các phòng cập nhật kết quả lên hệ thống.",
    "Phiên họp thường kỳ được tổ chức từ ngày 1 đến ngày 3 hằng tháng.",
])
def test_every_month_after_a_span_of_days_still_recurs(text):
    assert find_recurrence(text) == "monthly"


@pytest.mark.parametrize("text,expected", [
    ("Văn phòng ban hành chương trình công tác tháng chậm nhất vào ngày làm việc đầu tiên của tháng.", "monthly"),
    ("Các phòng gửi báo cáo vào ngày làm việc cuối cùng của tháng.", "monthly"),
    ("Tổ chức họp giao ban vào tuần cuối của mỗi tháng.", "monthly"),
    ("Văn phòng ban hành lịch công tác tuần chậm nhất vào thứ Năm của tuần trước.", "weekly"),
    ("Các phòng đăng ký lịch họp chậm nhất vào thứ Sáu của tuần liền trước.", "weekly"),
    ("Văn phòng ban hành chương trình công tác quý chậm nhất vào ngày làm việc đầu tiên của tháng đầu quý.", "quarterly"),
])
def test_a_day_of_every_month_or_week_without_hang(text, expected):
    assert find_recurrence(text) == expected


@pytest.mark.parametrize("text", [
    "Tổ chức hội nghị vào tuần cuối của tháng 10.",
    "Họp giao ban vào thứ Năm tuần sau.",
])
def test_a_named_week_does_not_recur(text):
    assert find_recurrence(text) is None


@pytest.mark.parametrize("text", [
    "Các đối tượng quy định tại điểm a, điểm b khoản 1 Điều 1 hưởng lương hưu, trợ cấp hằng tháng trước ngày 01 tháng 7 năm 2026.",
    "Người hưởng chế độ hưu trí từ ngày 01/7/2026 được điều chỉnh theo mức mới.",
])
def test_drawing_a_benefit_before_a_day_is_a_condition(text):
    assert _deadline(text) is None


@pytest.mark.parametrize("text,issued,expected", [
    ("Báo cáo quý gửi chậm nhất vào ngày 20 của tháng cuối quý; báo cáo 06 tháng gửi chậm nhất vào ngày 20 tháng 6; "
     "báo cáo năm gửi chậm nhất vào ngày 20 tháng 12 hằng năm.", dt.date(2026, 5, 20), dt.date(2026, 6, 20)),
    ("Báo cáo 06 tháng gửi trước ngày 15 tháng 7; báo cáo năm gửi trước ngày 15 tháng 01 năm sau; báo cáo quý gửi trước ngày 15 của tháng đầu quý sau.",
     dt.date(2026, 3, 2), dt.date(2026, 7, 15)),
])
def test_each_period_s_report_in_its_own_clause(text, issued, expected):
    dl = find_deadline(text, issued.year, issued=issued)
    assert dl is not None and dl.recurrence == "quarterly"
    assert roll_forward(dl.date, dl.text, dl.recurrence, issued) == expected


# ------------------------------------------------------------------ a month plan's days

HEADER = ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 45/{kind}-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "An Bình, ngày 30 tháng 6 năm 2025\n{title}\n")


def _tasks(text: str):
    from pipeline.config import Config
    from pipeline.extract import extract
    from pipeline.model import Document, lines_from_text
    from pipeline.structure import structure

    cfg = Config(ocr=False)
    doc = structure(Document(doc_id="t", lines=lines_from_text(text)), cfg)
    return extract(doc, cfg).tasks


@pytest.mark.parametrize("title", ["KẾ HOẠCH\nCông tác tháng 7 năm 2025", "CHƯƠNG TRÌNH\nCông tác tháng 7/2025"])
def test_a_month_plan_dates_the_days_it_names(title):
    text = HEADER.format(kind="KH", title=title) + (
        "I. NHIỆM VỤ TRỌNG TÂM\n"
        "1. Các thôn báo cáo kết quả thu thuế về UBND xã trước ngày 20.\n"
        "2. Tổ chức hội nghị giao ban các thôn vào tuần cuối của tháng.\n"
        "3. Công chức Tư pháp rà soát các thủ tục hành chính.\n"
        "4. Văn phòng tổng hợp báo cáo tháng gửi UBND huyện trước ngày 25/7.\n")
    got = [t.deadline for t in _tasks(text)]
    assert got == [dt.date(2025, 7, 20), dt.date(2025, 7, 31), None, dt.date(2025, 7, 25)]


def test_a_month_programme_table_dates_its_week_and_day_cells():
    text = HEADER.format(kind="CTr", title="CHƯƠNG TRÌNH\nCông tác tháng 7 năm 2025") + (
        "| TT | Nội dung công việc | Cơ quan chủ trì | Thời gian thực hiện |\n| --- | --- | --- | --- |\n"
        "| 1 | Tổ chức hội nghị giao ban các thôn | Văn phòng HĐND và UBND xã | Tuần 1 |\n"
        "| 2 | Kiểm tra công tác phòng chống thiên tai | Ban Chỉ huy Quân sự xã | Tuần 3 |\n"
        "| 3 | Báo cáo tình hình kinh tế - xã hội | Công chức Văn phòng - Thống kê | Trước ngày 20 |\n"
        "| 4 | Tiếp công dân định kỳ | Chủ tịch UBND xã | Thứ Năm hằng tuần |\n")
    got = [(t.deadline, t.recurrence) for t in _tasks(text)]
    assert got == [(dt.date(2025, 7, 7), None), (dt.date(2025, 7, 21), None), (dt.date(2025, 7, 20), None), (None, "weekly")]


def test_a_plan_without_one_month_leaves_bare_days_undated():
    text = HEADER.format(kind="KH", title="KẾ HOẠCH\nThực hiện công tác cải cách hành chính năm 2025") + (
        "I. NHIỆM VỤ\n"
        "1. Các thôn báo cáo kết quả về UBND xã trước ngày 20 hằng tháng.\n"
        "2. Công chức Tư pháp rà soát các thủ tục hành chính trước ngày 20.\n")
    got = [(t.deadline, t.recurrence) for t in _tasks(text)]
    assert got == [(None, "monthly"), (None, None)]


# ------------------------------------------------------------------ after batch 23 (carry-over batch)

@pytest.mark.parametrize("text", [
    "Đất trồng trọt gồm đất gieo trồng cây hằng năm và cây lâu năm.",
    "Hộ gia đình thường xuyên qua lại do nhu cầu sinh hoạt hàng ngày.",
    "Khách hàng có nhu cầu sử dụng điện hằng tháng lớn được ưu tiên đấu nối.",
    "b) Không có thân nhân hưởng tiền tuất hằng tháng theo quy định.",
    "Đơn giá được tính trên cơ sở quỹ tiền lương thực tế hằng năm của người lao động.",
])
def test_a_noun_s_period_is_no_duty(text):
    assert find_recurrence(text) is None


@pytest.mark.parametrize("text", [
    "Đề cương báo cáo định kỳ hằng năm của doanh nghiệp Mẫu số 02.",
    "- Mẫu báo cáo tình hình thực hiện hằng quý.",
    "Đơn vị tổ chức không quá 01 kỳ thi mỗi tháng, trừ trường hợp đột xuất.",
    "Mỗi cơ sở được kiểm tra tối đa 02 lần mỗi năm.",
])
def test_a_form_s_title_or_a_cap_is_no_recurrence(text):
    assert find_recurrence(text) is None


@pytest.mark.parametrize("text,expected", [
    ("Công ty tạm ứng tiền lương không quá 85% đơn giá khoán để chi trả hàng tháng cho người lao động.", "monthly"),
    ("Kiểm tra, đánh giá định kỳ ít nhất 01 lần/quý việc bảo đảm an toàn dữ liệu.", "quarterly"),
    ("Tổng hợp, báo cáo kết quả thực hiện dự án 6 tháng, hằng năm gửi Ủy ban nhân dân cấp xã.", "half-yearly"),
    ("Các xã báo cáo kết quả 06 tháng và hằng năm về Sở Nội vụ.", "half-yearly"),
    ("Chi hội quý họp một lần để đánh giá hoạt động.", "quarterly"),
    ("Tổ dân phố tháng họp một lần.", "monthly"),
])
def test_how_often_the_work_is_done(text, expected):
    assert find_recurrence(text) == expected


@pytest.mark.parametrize("text", ["Hội 2 năm họp một lần.", "Ban chấp hành ba năm họp một lần.",
                                  "Đoàn viên khám sức khỏe định kỳ năm 2025 tại bệnh viện.",
                                  "Báo cáo định kỳ quý II/2026 gửi Sở Tài chính."])
def test_no_listed_recurrence(text):
    assert find_recurrence(text) is None
