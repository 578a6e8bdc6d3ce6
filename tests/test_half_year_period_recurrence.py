"""'định kỳ 6 tháng đầu năm 2020' names the first half of a given year (a schedule's or a plan's
period), not a half-yearly duty; 'định kỳ 6 tháng' without that year stays half-yearly (deadline
batch 21, session 12)."""
import pytest

from pipeline.extract.temporal import find_recurrence


@pytest.mark.parametrize("text", [
    "Theo Thông báo số 12/TB-UBND về việc bố trí Lịch tiếp công dân định kỳ 6 tháng đầu năm 2020, Phó Chủ tịch sẽ tiếp công dân tại xã vào ngày 18/3/2020.",
    "Phòng Tư pháp thực hiện kế hoạch kiểm tra định kỳ 6 tháng cuối năm 2024 tại các xã.",
    "Ban hành lịch làm việc định kỳ sáu tháng đầu năm 2026 của Thường trực HĐND.",
])
def test_the_half_of_a_named_year_is_no_recurrence(text):
    assert find_recurrence(text) is None


@pytest.mark.parametrize("text", [
    "Các xã báo cáo định kỳ 6 tháng về UBND huyện.",
    "Định kỳ 6 tháng, Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh.",
    "Báo cáo định kỳ 6 tháng đầu năm và cả năm gửi Sở Tài chính.",  # no year: the report recurs
])
def test_a_half_yearly_duty_stays_half_yearly(text):
    assert find_recurrence(text) == "half-yearly"
