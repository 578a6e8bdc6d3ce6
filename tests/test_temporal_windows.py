"""A yearly window of months (issue 5, session 12 round 2, deadline24: batch 23's open item 'vào tháng
10 hoặc tháng 11 hàng năm'; convention in samples/gold/README.md, "Session 12 round 2").

Whole months that are alternatives ('tháng 10 hoặc tháng 11', 'tháng 3 hay tháng 4') or next to each
other ('trong tháng 11 và tháng 12', 'từ tháng 6 đến tháng 7') before 'hằng năm' make ONE window of
each year: the duty is yearly and is due at the window's end in the first year whose window is still
open (the gold README's rule for a recurring duty: its first due date after the document). Two months
that are not next to each other ('trong tháng 6 và tháng 12 hằng năm') and two days ('trước ngày 15
tháng 6 và 15 tháng 12 hằng năm') stay two occasions: half-yearly, first due on the next one. A
quarter of each year ('trong quý IV hằng năm') is a window too: yearly, due at the quarter's end.
Sentences written here, not the benchmark's items.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.temporal import find_deadline, roll_forward


def _read(text: str, issued: dt.date) -> tuple[dt.date | None, str | None]:
    dl = find_deadline(text, issued.year, issued=issued)
    if not dl:
        return None, None
    return roll_forward(dl.date, dl.text, dl.recurrence, issued), dl.recurrence


@pytest.mark.parametrize("text, issued, due", [
    ("Các đơn vị rà soát, báo cáo Sở Nội vụ vào tháng 10 hoặc tháng 11 hàng năm.", dt.date(2015, 10, 20), dt.date(2015, 11, 30)),
    ("Phòng Giáo dục tổ chức hội thi giáo viên dạy giỏi vào tháng 10 hoặc tháng 11 hằng năm.", dt.date(2022, 3, 1), dt.date(2022, 11, 30)),
    ("UBND các xã tổ chức bình xét hộ nghèo trong tháng 11 và tháng 12 hằng năm.", dt.date(2024, 2, 1), dt.date(2024, 12, 31)),
    ("Các trường tổ chức tuyển sinh từ tháng 6 đến tháng 7 hằng năm.", dt.date(2024, 2, 1), dt.date(2024, 7, 31)),
    ("Các trường tổ chức tuyển sinh từ tháng 6 đến tháng 9 hằng năm.", dt.date(2024, 2, 1), dt.date(2024, 9, 30)),
])
def test_a_window_of_months_is_yearly_and_due_at_its_end(text, issued, due):
    assert _read(text, issued) == (due, "yearly")


@pytest.mark.parametrize("text, issued, due", [
    ("Sở Tài chính tổ chức kiểm tra việc quản lý tài sản công trong quý IV hằng năm.", dt.date(2023, 3, 2), dt.date(2023, 12, 31)),
    ("Định kỳ vào quý I hằng năm, các sở xây dựng kế hoạch kiểm tra gửi Sở Nội vụ.", dt.date(2024, 2, 1), dt.date(2024, 3, 31)),
    ("UBND các huyện tổ chức tổng kết công tác vào tháng 12 hằng năm.", dt.date(2024, 2, 1), dt.date(2024, 12, 31)),
])
def test_a_quarter_or_month_of_each_year_is_yearly_and_due_at_its_end(text, issued, due):
    assert _read(text, issued) == (due, "yearly")


@pytest.mark.parametrize("text, issued, due", [
    ("Các phòng tổ chức kiểm tra trong tháng 6 và tháng 12 hằng năm.", dt.date(2024, 2, 1), dt.date(2024, 6, 30)),
    ("Các đơn vị báo cáo trước ngày 15 tháng 6 và 15 tháng 12 hằng năm.", dt.date(2024, 8, 1), dt.date(2024, 12, 15)),
])
def test_two_occasions_a_year_stay_half_yearly(text, issued, due):
    assert _read(text, issued) == (due, "half-yearly")


# --- yearly plans named inside conditions or under caps (convention (c), samples/gold/README.md) ---

@pytest.mark.parametrize("text", [
    "a) Sản xuất chương trình phục vụ nhiệm vụ chính trị theo chỉ đạo của cấp có thẩm quyền không có trong kế hoạch sản xuất, phát sóng hàng năm mà không bố trí được kinh phí;",
    "Các nhiệm vụ phát sinh ngoài kế hoạch công tác hằng năm của Sở được bổ sung khi có ý kiến của UBND tỉnh.",
    "Đối với các đề tài chưa có trong kế hoạch khoa học và công nghệ hằng năm, đơn vị lập hồ sơ đề xuất.",
    "Tổng số lao động trong kế hoạch lao động hằng năm không được vượt quá 5% so với số lao động thực tế sử dụng.",
    "Tổng mức vốn trong kế hoạch đầu tư công hằng năm của huyện không được vượt quá số vốn được giao.",
])
def test_a_yearly_plan_outside_the_work_or_under_a_cap_sets_no_recurrence(text):
    from pipeline.extract.temporal import find_recurrence
    assert find_recurrence(text) is None


@pytest.mark.parametrize("text", [
    "Các bộ, cơ quan cụ thể hóa đầy đủ các nhiệm vụ tại Chương trình hành động trong kế hoạch công tác hằng năm.",
    "a) Phê duyệt kế hoạch cấp thẻ kiểm định viên hằng năm;",
    "Sở Nội vụ xây dựng kế hoạch tuyển dụng công chức hằng năm, trình UBND tỉnh phê duyệt.",
])
def test_a_yearly_plan_the_work_makes_or_fills_stays_yearly(text):
    from pipeline.extract.temporal import find_recurrence
    assert find_recurrence(text) == "yearly"


@pytest.mark.parametrize("text", [
    "- Trên cơ sở kết quả đánh giá, phân loại và xếp hạng kết quả cải cách hành chính được công bố hàng năm, các cơ quan chủ động xây dựng mục tiêu của đơn vị.",
    "Căn cứ kết quả rà soát, đánh giá và xếp loại hằng năm, UBND các xã xây dựng kế hoạch khắc phục.",
])
def test_a_period_inside_a_grounds_clause_with_a_list_is_the_grounds(text):
    from pipeline.extract.temporal import find_recurrence
    assert find_recurrence(text) is None


@pytest.mark.parametrize("text, rec", [
    ("Căn cứ kết quả kiểm tra, các đơn vị tổ chức rà soát hằng năm và báo cáo Sở.", "yearly"),
    ("Trên cơ sở kết quả kiểm tra, các phòng báo cáo UBND huyện hằng quý.", "quarterly"),
])
def test_a_period_after_the_grounds_clause_is_the_work(text, rec):
    from pipeline.extract.temporal import find_recurrence
    assert find_recurrence(text) == rec
