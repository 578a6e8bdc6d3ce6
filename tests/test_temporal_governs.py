"""What a date governs (issue 5, session 9: deadline batch 13, central-government resolutions and plans).

Each rule is tested on sentences written here in the shape of the batch's real items (never the items
themselves): a year opening an item with 'Đến (hết)' bounds the work only when a completion verb follows
('Đến hết năm 2027, hoàn thành ...'), otherwise it is a goal's horizon; a figure to reach 'vào năm 2030'
makes the year a horizon whoever sets it; a time that a noun phrase has ('các nhiệm vụ có thời hạn
hoàn thành trong quý II') names those tasks and bounds nothing; a year inside a period's noun phrase
('trong giai đoạn hoàn thiện ... vào năm 2028') dates that period.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.temporal import find_deadline

ISSUED = dt.date(2026, 5, 10)


def due(text: str) -> str:
    dl = find_deadline(text, ISSUED.year, issued=ISSUED)
    return dl.date.isoformat() if dl and dl.date else ""


@pytest.mark.parametrize("text, expected", [
    # a completion verb after the opening year: the year bounds the work
    ("- Đến hết năm 2027, hoàn thành việc số hóa hồ sơ địa chính của các xã, phường.", "2027-12-31"),
    ("Đến năm 2028, cơ bản hoàn thành xây dựng hệ thống thông tin quản lý văn bản liên thông.", "2028-12-31"),
    ("b) Đến hết năm 2027, triển khai thành công nền tảng dữ liệu dùng chung của tỉnh.", "2027-12-31"),
    # a state or a figure after it: the plan's horizon
    ("- Đến năm 2030, trên 85% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình.", ""),
    ("- Đến hết năm 2027, 100% xã, phường có điểm phục vụ hành chính công đạt chuẩn.", ""),
    ("Đến năm 2030, Việt Nam thuộc nhóm 40 nước dẫn đầu về chỉ số đổi mới sáng tạo.", ""),
])
def test_year_opening_with_den_bounds_only_a_completion(text, expected):
    assert due(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a figure to reach by a year is a goal, with or without 'phấn đấu'
    ("Tổ chức các chương trình xúc tiến đầu tư để thu hút 20 - 25 tỷ USD vốn đăng ký vào năm 2030.", ""),
    ("Phát triển mạng lưới trạm sạc nhằm đạt 30% phương tiện giao thông công cộng sử dụng điện vào năm 2030.", ""),
    ("Mở rộng các tuyến du lịch để đón 3 triệu lượt khách quốc tế vào năm 2028.", ""),
    # ... unless the clause completes the work: then the year bounds it
    ("Hoàn thành lắp đặt 500 trạm sạc điện tại các trục quốc lộ vào năm 2027.", "2027-12-31"),
    # no figure, a state to reach: the year is the goal's too (settled in session 15 from ANNOTATION.md's
    # horizons and the gold's notes, yc9 'the target's year', yb6 'a horizon'; gold t8's date is its time cell's)
    ("Xây dựng khu kinh tế cửa khẩu trở thành trung tâm logistics của vùng vào năm 2030.", ""),
])
def test_a_figure_makes_the_year_a_horizon(text, expected):
    assert due(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the time a noun phrase has names the tasks meant
    ("Rà soát, đôn đốc các bộ, cơ quan thực hiện Chương trình hành động, nhất là 12 nhiệm vụ có thời hạn hoàn "
     "thành trong tháng 6 năm 2026, kịp thời báo cáo Thủ tướng Chính phủ.", ""),
    ("Theo dõi sát tiến độ các đề án có thời gian trình trong quý III năm 2026.", ""),
    ("Đôn đốc xử lý các hồ sơ đến hạn trong tháng 7 năm 2026 theo quy định.", ""),
    # completing those tasks is the work: due then
    ("Tập trung hoàn thành các đề án có thời hạn trình trong quý III năm 2026.", "2026-09-30"),
    # the work's own bound (no noun that has it) is untouched
    ("Xây dựng kế hoạch chuyển đổi số của ngành, thời hạn hoàn thành trong quý III năm 2026.", "2026-09-30"),
])
def test_a_time_a_noun_has_is_not_the_works_bound(text, expected):
    assert due(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("- Các hệ thống dùng chung sẽ được vận hành tạm tại trung tâm cũ trong giai đoạn hoàn thiện xây dựng "
     "trung tâm dữ liệu số 02 vào năm 2028.", ""),
    ("Bố trí nhân lực dự phòng trong thời kỳ chuyển đổi hệ thống thông tin vào năm 2027.", ""),
    # a year governing the directed verb, with no period noun, is kept
    ("Đưa trung tâm dữ liệu số 02 vào vận hành trong năm 2028.", "2028-12-31"),
])
def test_a_year_inside_a_period_noun_dates_the_period(text, expected):
    assert due(text) == expected


@pytest.mark.parametrize("text, expected", [
    # work left undone in a period that has passed (the document is of May 2026)
    ("Tập trung xử lý dứt điểm các hồ sơ chưa hoàn thành trong năm 2025, không để tồn đọng kéo dài.", ""),
    ("Rà soát các dự án chưa giải ngân trong quý I năm 2026, báo cáo Ủy ban nhân dân tỉnh.", ""),
    # ... a period still to come stays the rules'
    ("Các đơn vị có nhiệm vụ chưa hoàn thành phải khẩn trương hoàn thành trong quý III năm 2026.", "2026-09-30"),
])
def test_work_left_undone_in_a_past_period(text, expected):
    assert due(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a period that runs on into the following years is an ongoing duty
    ("Các sở, ngành tập trung triển khai các dự án trọng điểm từ nay đến hết năm 2027 và những năm tiếp theo.", ""),
    ("Duy trì tổ chức đối thoại với doanh nghiệp từ năm 2027 trở đi.", ""),
    # without it, the end of the span bounds the work
    ("Hoàn thành các dự án trọng điểm từ nay đến hết năm 2027.", "2027-12-31"),
])
def test_a_period_running_on_is_no_bound(text, expected):
    assert due(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year joined with a hyphen, as the press and Party documents print it
    ("Các địa phương hoàn thành phân bổ chi tiết kế hoạch vốn trong quý II-2026.", "2026-06-30"),
    ("Ban hành quy chế phối hợp, xong trong tháng 8-2026.", "2026-08-31"),
    # ranges keep their own reading
    ("Tổ chức các lớp tập huấn trong quý II - quý III năm 2026.", "2026-09-30"),
])
def test_a_year_joined_with_a_hyphen(text, expected):
    assert due(text) == expected
