"""Session 27, deadline32: a cut year, the 'định kỳ' clause among two periods, reports' due days of
different periods, a period opening a count of what came in (samples/gold/README.md, session 27)."""
import datetime as dt

import pytest

from pipeline.extract.cutyear import mend_cut_years, shift_spans
from pipeline.extract.temporal import find_deadline, find_recurrence


def _date(text: str, issued: str):
    day = dt.date.fromisoformat(issued)
    dl = find_deadline(text, day.year, issued=day)
    return dl.date.isoformat() if dl and dl.date else None


@pytest.mark.parametrize("text, expected", [
    # the latest term's year cut short: the sentence's own full year before it
    ("Cấp xã hoàn thành trước ngày 10/5/2016; cấp huyện hoàn thành trước ngày 20/6/2016; cấp tỉnh tổng hợp, "
     "báo cáo Bộ trước ngày 15/8/201.", "2016-08-15"),
    # the witness after the cut term, when the full years after it agree
    ("Các xã báo cáo trước ngày 30/9/201; cấp huyện tổng hợp xong trước ngày 15/10/2019.", "2019-10-15"),
])
def test_cut_year_read_from_the_sentence(text, expected):
    assert _date(text, "2016-03-01" if "2016" in text else "2019-08-01") == expected


def test_cut_year_without_a_witness_stays_unread():
    text, inserted = mend_cut_years("Các đơn vị gửi báo cáo trước ngày 1/9/201.")
    assert inserted == [] and text.endswith("1/9/201.")
    # another century's prefix is no witness
    assert mend_cut_years("trước ngày 1/9/201 theo Quyết định năm 1998")[1] == []


def test_cut_year_shifts_later_spans():
    text, inserted = mend_cut_years("trước ngày 15/7/2015; trước ngày 1/9/201 (Chỉ thị 05)")
    assert "1/9/2015 (Chỉ thị 05)" in text
    start = text.index("(Chỉ thị")
    assert shift_spans([(start - 1, start + 5)], inserted) == [(start, start + 6)]


@pytest.mark.parametrize("text, expected", [
    # two duties in clauses: the one said to recur gives the period
    ("UBND các xã duy trì thường xuyên việc thu gom rác; hằng tuần tổ chức kiểm tra các thôn; định kỳ báo cáo "
     "UBND huyện kết quả (báo cáo vào ngày 05 hằng tháng).", "monthly"),
    ("Dữ liệu được sao lưu định kỳ hằng ngày; thực hiện sao lưu tổng thể hằng tháng.", "daily"),
    # periods listed for one act keep the first
    ("Các đơn vị định kỳ 6 tháng, hằng năm báo cáo kết quả về Sở Nội vụ.", "half-yearly"),
    # both clauses or neither say 'định kỳ': the first, as before
    ("Trưởng phòng họp giao ban hàng tuần; Giám đốc họp với các phòng hàng tháng.", "weekly"),
])
def test_periodic_clause_recurrence(text, expected):
    assert find_recurrence(text) == expected


def test_reports_of_different_periods_first_due_day():
    text = ("Báo cáo gửi về Sở Tư pháp bằng văn bản trước ngày 20/06 đối với báo cáo 06 tháng; trước ngày 25/11 "
            "đối với báo cáo năm.")
    assert _date(text, "2022-04-10") == "2022-06-20"
    assert _date(text, "2022-08-10") == "2022-11-25"


@pytest.mark.parametrize("text, expected", [
    ("Trong tháng 9/2024, Sở Y tế tiếp nhận 25 hồ sơ, xảy ra 3 sự cố, giảm 1 sự cố so với cùng kỳ năm 2023.", None),
    # a directed period keeps its bound
    ("Trong tháng 9/2024, các bệnh viện rà soát, báo cáo số sự cố về Sở Y tế.", "2024-09-30"),
])
def test_opening_period_of_figures(text, expected):
    assert _date(text, "2024-09-20") == expected
