"""'hằng ngày' after the words of daily life ('sinh hoạt', 'đời sống', 'đi lại') belongs to that
noun phrase (the waste households make every day, the water they use), not to the directed work;
a duty done every day keeps its recurrence (deadline batch 20, session 12)."""
import pytest

from pipeline.extract.temporal import find_recurrence


@pytest.mark.parametrize("text", [
    "Tổ chức thu gom pin thải tại trụ sở, tránh đổ thải cùng với chất thải rắn sinh hoạt hàng ngày.",
    "Bảo đảm cung cấp đủ nước sạch phục vụ sinh hoạt hằng ngày của Nhân dân trong mùa khô.",
    "Các xã hỗ trợ người dân sớm ổn định đời sống hằng ngày sau bão.",
    "Bố trí phương tiện bảo đảm việc đi lại hằng ngày của học sinh vùng lũ.",
])
def test_the_period_of_daily_life_is_no_recurrence(text):
    assert find_recurrence(text) is None


@pytest.mark.parametrize("text,expected", [
    ("Cập nhật số liệu hằng ngày và báo cáo Sở Y tế.", "daily"),
    ("Thu gom rác thải sinh hoạt tại các thôn hằng ngày.", "daily"),  # the period after the place: the collecting
    ("Duy trì sinh hoạt chi bộ định kỳ hằng tháng.", "monthly"),
    ("Báo cáo tình hình đời sống Nhân dân hằng tuần về UBND huyện.", "weekly"),
])
def test_a_duty_done_every_day_or_month_keeps_its_recurrence(text, expected):
    assert find_recurrence(text) == expected
