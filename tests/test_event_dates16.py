"""Dates that place an event, a start or a permission, not the last day of a task (issue 5, session 16, deadline16).

The classes deadline15 saw on blind batches 29-34 and left: a schedule line read on its own ('Thời
gian bốc thăm ... vào ngày ...'), an event held at a venue for a span ('Khu vực ... tổ chức tại Lai Châu
từ ngày 3 - 5/8', '... đăng cai tổ chức ... từ ngày ... đến ngày ...'), the school-year frame as the
press reports it ('tổ chức khai giảng vào 5/9'), a purpose phrase's planned meeting ('Nhằm chuẩn bị cho
Hội nghị ... (dự kiến tổ chức vào cuối tháng 12/2020) ...'), a permission ('có thể tổ chức ... trước ngày
...'), a day an activity resumes ('đi học trở lại vào ngày ...') and a holiday's bracketed day. Counted
before the rules in deadline_phrases (batches 29-37: 16 items, all undated), the gold texts (no dated
task of these shapes; the gold's 'Thời gian treo cờ Tổ quốc: Từ ... đến hết ngày ...' lines are time
lines of the task before them and keep their dates) and posts of the pages corpus (sports-meet press of
2016, 2021 and 2024, tournament notices of 2016 and 2020, school-resumption press of 2020 and 2025,
holiday notices). ANNOTATION.md: a deadline is the last day the work may be done; school years are none.
Sentences here are written in those shapes with other wordings, never copied from a batch; the real
deadlines of the same shapes keep their dates.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.temporal import find_deadline

ISSUED16 = dt.date(2026, 5, 10)


def due16(text: str, attribute: bool = False) -> str:
    dl = find_deadline(text, ISSUED16.year, attribute=attribute, issued=None if attribute else ISSUED16)
    return dl.date.isoformat() if dl and dl.date else ""


@pytest.mark.parametrize("text", [
    "Thời gian bốc thăm chia bảng vào ngày 20/5/2026 tại hội trường Nhà văn hóa huyện.",
    "Thời gian phát số đeo cho vận động viên: Thứ Năm, ngày 21/5/2026.",
    "Thời gian khai mạc: 7h30 Chủ nhật, ngày 24/5/2026.",
    "- Thời gian: 14h00 thứ Ba, ngày 26/5/2026.",
    "Thời gian tổ chức vào ngày 30/5/2026 tại sân vận động xã.",
    "Thời gian họp kỹ thuật là 9 giờ ngày 22/5/2026.",
])
def test_a_schedule_line_read_on_its_own_is_no_deadline(text):
    assert due16(text) == ""


@pytest.mark.parametrize("text,iso", [
    ("Thời gian báo cáo chậm nhất là ngày 20/6/2026.", "2026-06-20"),
    ("Thời gian hoàn thành: trước ngày 30/6/2026.", "2026-06-30"),
    ("Thời gian nhận hồ sơ từ ngày 01/6 đến ngày 15/6/2026.", "2026-06-15"),
    ("Thời gian đăng ký thi đấu: trước ngày 25/5/2026.", "2026-05-25"),
    ("Thời gian tổ chức: ngày 30/5/2026, đề nghị các đơn vị cử vận động viên tham dự đúng giờ.", "2026-05-30"),
])
def test_a_time_line_that_names_the_work_or_a_bound_keeps_its_date(text, iso):
    assert due16(text) == iso


@pytest.mark.parametrize("text,iso", [
    # the same schedule line as the time line of the task before it (an attribute value) keeps its date
    ("Thời gian tổ chức vào ngày 30/5/2026.", "2026-05-30"),
    ("Thời gian: 14h00 thứ Ba, ngày 26/5/2026.", "2026-05-26"),
])
def test_a_time_line_read_as_an_attribute_keeps_its_date(text, iso):
    assert due16(text, attribute=True) == iso


@pytest.mark.parametrize("text", [
    "Khu vực I tổ chức tại tỉnh Yên Bái từ ngày 10 - 15/6; khu vực II tổ chức tại tỉnh Nghệ An từ ngày 20 - 25/6.",
    "Vòng chung kết được tổ chức tại thành phố Huế, thời gian từ ngày 12-18/7/2026.",
    "Giải vô địch các câu lạc bộ năm nay do tỉnh Bình Định đăng cai tổ chức trong 10 ngày, từ ngày 3/8 đến ngày 12/8 tại Quy Nhơn.",
    "Tỉnh Lâm Đồng đăng cai Hội thi từ ngày 15/9 đến ngày 20/9/2026.",
])
def test_an_event_held_at_a_venue_for_a_span_is_no_deadline(text):
    assert due16(text) == ""


@pytest.mark.parametrize("text,iso", [
    ("Tổ chức kiểm tra tại các xã từ tháng 7 đến tháng 10/2026.", "2026-10-31"),
    ("UBND huyện tổ chức tại hội trường từ ngày 5/7 đến ngày 7/7/2026 lớp tập huấn cho cán bộ xã.", "2026-07-07"),
    ("Đề nghị Sở Văn hóa chuẩn bị các điều kiện để Hội thi được tổ chức tại tỉnh từ ngày 15/9 đến ngày 20/9/2026.", "2026-09-20"),
])
def test_work_done_at_a_place_for_a_span_keeps_its_date(text, iso):
    assert due16(text) == iso


@pytest.mark.parametrize("text", [
    "Theo khung kế hoạch thời gian năm học 2026-2027, học sinh tựu trường sớm nhất vào ngày 01/9; tổ chức khai giảng vào ngày 05/9.",
    "Các trường học trên địa bàn sẽ tổ chức lễ khai giảng vào sáng ngày 5/9/2026.",
    "Năm nay, các cơ sở giáo dục sẽ khai giảng vào ngày 05/9/2026.",
])
def test_the_school_year_frame_reported_is_no_deadline(text):
    assert due16(text) == ""


@pytest.mark.parametrize("text,iso", [
    ("Tổ chức khai giảng năm học mới (05/9/2026).", "2026-09-05"),
    ("- Tổ chức Lễ khai giảng năm học 2026-2027 vào ngày 05/9/2026.", "2026-09-05"),
])
def test_a_schools_own_opening_ceremony_item_keeps_its_day(text, iso):
    assert due16(text) == iso


@pytest.mark.parametrize("text", [
    "Nhằm chuẩn bị cho Hội nghị Ban Chấp hành lần thứ 3 (dự kiến tổ chức vào cuối tháng 12/2026) tổng kết công tác năm 2026.",
    "Để chuẩn bị cho Đại hội (dự kiến diễn ra vào tháng 10/2026) đạt kết quả tốt.",
    "Nhằm tiến tới kỷ niệm 80 năm ngày thành lập ngành (ngày 15/8/2026), đẩy mạnh các phong trào thi đua.",
])
def test_a_date_in_an_opening_purpose_phrase_is_no_deadline(text):
    assert due16(text) == ""


@pytest.mark.parametrize("text,iso", [
    ("Để chuẩn bị cho Đại hội dự kiến diễn ra vào tháng 10/2026, các chi bộ gửi báo cáo trước ngày 15/9/2026.", "2026-09-15"),
    ("Để kịp trình HĐND tỉnh trước ngày 15/12/2026, các sở gửi dự thảo về Sở Tư pháp.", "2026-12-15"),
    ("Chuẩn bị nội dung trình Hội nghị tổng kết sẽ được tổ chức vào ngày 20/12/2026.", "2026-12-20"),
    ("Tổ chức Hội nghị sơ kết 6 tháng vào ngày 15/7/2026.", "2026-07-15"),
])
def test_the_work_of_a_purpose_and_an_agenda_keep_their_dates(text, iso):
    assert due16(text) == iso


@pytest.mark.parametrize("text", [
    "Tùy điều kiện thực tế, các trường có thể tổ chức kiểm tra học kỳ trước ngày 20/5/2026.",
    "Các huyện có thể tổ chức sớm hơn, trước ngày 15/6/2026.",
])
def test_a_permission_to_do_it_earlier_is_no_deadline(text):
    assert due16(text) == ""


@pytest.mark.parametrize("text,iso", [
    ("Các đơn vị có thể gửi báo cáo sớm, chậm nhất trước ngày 15/6/2026.", "2026-06-15"),
    ("Trong thời gian sớm nhất có thể, trước ngày 20/6/2026, các sở phải báo cáo UBND tỉnh.", "2026-06-20"),
    ("Các sở hoàn thành trước ngày 20/6/2026 để UBND tỉnh có thể xem xét.", "2026-06-20"),
])
def test_a_bound_beside_a_permission_word_keeps_its_date(text, iso):
    assert due16(text) == iso


@pytest.mark.parametrize("text", [
    "Học sinh các huyện vùng cao sẽ đi học trở lại sau kỳ nghỉ Tết vào ngày 23/2/2026.",
    "Các trường tiểu học tổ chức dạy và học trở lại vào ngày 02/3/2026 (thứ Hai).",
    "Tỉnh đã cho học sinh đi học trở lại từ ngày 22/2/2026.",
    "Các chợ truyền thống được mở cửa trở lại từ ngày 01/6/2026.",
    "Học sinh lớp 9 và lớp 12 quay trở lại trường vào ngày 04/5/2026.",
])
def test_the_day_an_activity_resumes_is_no_deadline(text):
    assert due16(text) == ""


@pytest.mark.parametrize("text,iso", [
    ("Các đơn vị hoàn thành và báo cáo lại trước ngày 20/7/2026.", "2026-07-20"),
    ("Các trường hoàn thành việc sửa chữa phòng học trước ngày 20/8/2026 để đón học sinh trở lại.", "2026-08-20"),
])
def test_a_bound_near_a_resumption_keeps_its_date(text, iso):
    assert due16(text) == iso


@pytest.mark.parametrize("text", [
    "Do ngày Quốc khánh rơi vào thứ Bảy nên công chức, viên chức được nghỉ bù vào ngày thứ Hai (04/9/2026), tổng cộng 3 ngày.",
    "Người lao động được nghỉ bù vào thứ Sáu (02/01/2026).",
])
def test_a_holidays_bracketed_day_is_no_deadline(text):
    assert due16(text) == ""


def test_a_task_in_the_holiday_keeps_its_bracketed_day():
    assert due16("Các đơn vị gửi báo cáo tình hình trực lễ Quốc khánh vào ngày làm việc đầu tiên (07/9/2026).") == "2026-09-07"
