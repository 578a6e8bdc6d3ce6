"""deadline21: foretold events with the event as the subject of an active 'sẽ / dự kiến tổ chức', the span an
organiser says it will hold an event over, a figure forecast for a day, how long a holiday or a drive lasts, and a
date inside the reason clause that opens a sentence (pipeline/extract/temporal.py: _event_foretold_active,
_organiser_event_span, _forecast_figure, _event_lasts, _in_opening_reason).  Invented wordings in the shapes counted
in deadline_phrases, the development gold and the pages corpus; each class is checked on both sides."""
import datetime as dt

import pytest

from pipeline.extract.temporal import find_deadline


def _due(text: str, issued: dt.date):
    dl = find_deadline(text, issued.year, issued=issued)
    return dl.date if dl else None


# (1) an event foretold, the event the subject of the active 'sẽ / dự kiến (sẽ) tổ chức' or of 'dự kiến kết thúc'
@pytest.mark.parametrize("text", [
    "Theo đó, Hội nghị tổng kết công tác Đội năm 2024 sẽ tổ chức vào ngày 10/01/2025 tại Hội trường tỉnh.",
    "Theo kế hoạch, hội thảo khoa học về chuyển đổi số dự kiến sẽ tổ chức từ ngày 16-18/12/2024 tại thành phố.",
    "Hội thi tin học trẻ cấp huyện dự kiến tổ chức trong tháng 12/2024.",
    "Giải bóng chuyền hơi công nhân viên chức dự kiến kết thúc vào ngày 20/12/2024 với 30 trận đấu.",
    "Lễ tuyên dương học sinh giỏi sẽ tổ chức vào 8 giờ ngày 15/12/2024 tại Nhà văn hóa huyện.",
])
def test_an_event_foretold_as_the_subject_is_no_deadline(text):
    assert _due(text, dt.date(2024, 11, 20)) is None


@pytest.mark.parametrize("text, due", [
    # an office holds the meeting: the agenda's day (gold g9)
    ("Ban Thường trực Ủy ban Mặt trận Tổ quốc xã dự kiến tổ chức hội nghị vào ngày 10/12/2024.", dt.date(2024, 12, 10)),
    # an ask follows in a clause of its own
    ("Lớp tập huấn nghiệp vụ dự kiến tổ chức vào ngày 05/12/2024, đề nghị các đơn vị cử cán bộ tham dự.", dt.date(2024, 12, 5)),
    # a bound word before the date
    ("Hội nghị sơ kết sẽ tổ chức trước ngày 15/12/2024.", dt.date(2024, 12, 15)),
    # work done for the event
    ("Chuẩn bị nội dung báo cáo phục vụ Hội nghị sẽ tổ chức vào ngày 12/12/2024.", dt.date(2024, 12, 12)),
])
def test_an_event_with_an_office_an_ask_or_a_bound_keeps_its_day(text, due):
    assert _due(text, dt.date(2024, 11, 20)) == due


# (2) the span an organiser says it will hold an event over
@pytest.mark.parametrize("text", [
    "Nhân dịp kỷ niệm ngày thành lập, Công đoàn Trường sẽ tổ chức Giải cầu lông truyền thống từ tháng 3 đến tháng 5 năm 2025.",
    "Đoàn Thanh niên và Hội Sinh viên sẽ phối hợp tổ chức Hội thao sinh viên từ ngày 10/3 đến ngày 20/3/2025 tại sân vận động.",
    "Liên đoàn Lao động huyện dự kiến tổ chức chuỗi hoạt động văn hóa từ ngày 24/3 đến 30/3/2025.",
])
def test_the_span_an_organiser_foretells_is_no_deadline(text):
    assert _due(text, dt.date(2025, 3, 1)) is None


@pytest.mark.parametrize("text, due", [
    # a bound in the clause (dp3827's shape)
    ("Các đơn vị còn lại sẽ tổ chức hội thi chậm nhất vào cuối tháng 4/2025 để Ban tổ chức tổng kết.", dt.date(2025, 4, 30)),
    # a directive with the span ('Tổ chức kiểm tra ... từ tháng 7 đến tháng 10') stays dated
    ("Tổ chức kiểm tra công tác phòng cháy tại các xã từ tháng 4 đến tháng 6 năm 2025.", dt.date(2025, 6, 30)),
    # an organiser's foretold span with an ask after it
    ("Công đoàn sẽ tổ chức Giải bóng đá từ ngày 10/4 đến ngày 20/4/2025; đề nghị các đơn vị đăng ký trước ngày 5/4/2025.",
     dt.date(2025, 4, 5)),
])
def test_an_organisers_span_with_a_bound_or_a_directive_stays(text, due):
    assert _due(text, dt.date(2025, 3, 1)) == due


# (3) a figure forecast for a day or over a span
@pytest.mark.parametrize("text", [
    "Con số này dự kiến sẽ vượt mốc 15.000 vào ngày 30/11/2024, một kỷ lục mới của giải chạy.",
    "Từ 15/12 đến tháng 3/2025, dự kiến toàn tỉnh sẽ có khoảng 12.000 trẻ được uống vitamin A.",
    "Dự kiến đến hết năm 2024, tổng lượng khách du lịch sẽ đạt 2,5 triệu lượt.",
])
def test_a_figure_forecast_is_no_deadline(text):
    assert _due(text, dt.date(2024, 11, 20)) is None


@pytest.mark.parametrize("text, due", [
    # work with its bound, though 'dự kiến' and a figure stand in it
    ("Dự kiến hoàn thành 80% khối lượng thi công trước ngày 30/12/2024.", dt.date(2024, 12, 30)),
    ("Các đơn vị báo cáo số lượng dự kiến đạt được (khoảng 1.000 hộ) trước ngày 15/12/2024.", dt.date(2024, 12, 15)),
])
def test_work_with_a_figure_keeps_its_bound(text, due):
    assert _due(text, dt.date(2024, 11, 20)) == due


# (4) how long a holiday, a festival or a drive lasts
@pytest.mark.parametrize("text", [
    "Theo đó, đợt nghỉ lễ sẽ kéo dài từ ngày 30.4 đến hết ngày 4.5.",
    "Đợt thi đua cao điểm kéo dài đến hết ngày 19-5-2025.",
    "Lễ hội hoa xuân kéo dài từ ngày 25/1 đến ngày 2/2/2025 tại công viên trung tâm.",
    "Kỳ nghỉ Tết Nguyên đán năm nay kéo dài 9 ngày, từ ngày 25/01 đến hết ngày 02/02/2025.",
])
def test_how_long_a_holiday_or_drive_lasts_is_no_deadline(text):
    assert _due(text, dt.date(2025, 1, 10)) is None


@pytest.mark.parametrize("text, due", [
    # a moved time limit (dp3020's shape)
    ("Giải chạy kéo dài thời hạn đăng ký, các đội nộp hồ sơ trước ngày 20/01/2025.", dt.date(2025, 1, 20)),
    # an activity's time (dp1155's shape is an attribute; the bound in a sentence stays)
    ("Việc rà soát hồ sơ kéo dài đến hết ngày 31/01/2025, các xã phải báo cáo kết quả trước ngày 05/02/2025.",
     dt.date(2025, 2, 5)),
])
def test_a_moved_limit_or_work_that_runs_on_stays(text, due):
    assert _due(text, dt.date(2025, 1, 10)) == due


# (5) a date inside the reason clause that opens a sentence
@pytest.mark.parametrize("text", [
    "Do đây là hoạt động trọng tâm trong tháng 4 và 5/2025 của Đoàn trường nên rất mong các chi đoàn quan tâm triển khai.",
    "Vì kỳ thi diễn ra trong tháng 6/2025 nên các trường chủ động sắp xếp lịch ôn tập cho học sinh.",
    "Do ngày 01/6/2025 trùng vào Chủ nhật nên các đơn vị chủ động bố trí hoạt động vui chơi cho thiếu nhi.",
])
def test_a_date_in_an_opening_reason_is_no_deadline(text):
    assert _due(text, dt.date(2025, 3, 20)) is None


@pytest.mark.parametrize("text, due", [
    # the work follows the reason with its own bound
    ("Do thời gian gấp, đề nghị các đơn vị gửi báo cáo trước ngày 10/4/2025.", dt.date(2025, 4, 10)),
    # 'Do đó' / 'Vì vậy' are connectives, no reason clause
    ("Vì vậy, các xã hoàn thành việc rà soát trước ngày 15/4/2025.", dt.date(2025, 4, 15)),
    ("Do đó, Sở Y tế chủ trì tổ chức tiêm bổ sung trong tháng 5/2025.", dt.date(2025, 5, 31)),
    # a bound inside the reason clause
    ("Do phải hoàn thành trước ngày 30/4/2025 nên các đơn vị khẩn trương triển khai.", dt.date(2025, 4, 30)),
])
def test_work_after_a_reason_keeps_its_bound(text, due):
    assert _due(text, dt.date(2025, 3, 20)) == due


# (3b) an estimate of a figure ('ước đạt', 'ước tính đạt') over a period, as the press reports it
@pytest.mark.parametrize("text", [
    "Tổng thu từ khách du lịch trong tháng 12/2024 ước đạt 1.283 tỷ đồng, tăng 19% so với cùng kỳ.",
    "Khách du lịch nội địa đến cuối năm 2024 ước tính đạt 25 triệu lượt.",
])
def test_an_estimate_of_a_figure_is_no_deadline(text):
    assert _due(text, dt.date(2024, 11, 20)) is None


def test_an_estimate_word_beside_work_keeps_the_bound():
    assert _due("Các xã ước tính số hộ nghèo và báo cáo trước ngày 10/12/2024.", dt.date(2024, 11, 20)) == dt.date(2024, 12, 10)


# (6) 'từ' before a list of days in a time line opens no span: the last listed day bounds the work (dp886's shape)
@pytest.mark.parametrize("text, due", [
    ("Thời gian cấp phát quà cho các thôn tại UBND xã 3 ngày, từ ngày 15, 16, 17/4/2024.", dt.date(2024, 4, 17)),
    ("Thời gian chi trả cho các hộ tại nhà văn hóa thôn: từ ngày 08, 09/5/2024.", dt.date(2024, 5, 9)),
])
def test_a_list_of_days_after_tu_in_a_time_line_is_dated_by_its_last(text, due):
    dl = find_deadline(text, 2024, attribute=True)
    assert dl is not None and dl.date == due


@pytest.mark.parametrize("text", [
    "Thời gian chi trả từ ngày 15/4/2024.",
    "Thời gian nghỉ từ ngày 15 đến ngày 17/4/2024.",
])
def test_a_start_or_a_span_after_tu_in_a_time_line_is_not_a_list(text):
    dl = find_deadline(text, 2024, attribute=True)
    # a start opens the span; a span is the rules' own (dated by its end when a span rule reads it)
    assert dl is None or dl.date != dt.date(2024, 4, 15)
