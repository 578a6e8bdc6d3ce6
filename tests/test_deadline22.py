"""deadline22: a count's as-of day, a schedule row's foretold step of an event, an event foretold to open ('sẽ khởi
tranh / khai màn'), and a time limit of work moved to a day with no year (pipeline/extract/temporal.py: _as_of_day,
_foretold_schedule_row, _EVENT_FORETOLD_ACTIVE's verbs, _limit_moved_to_day).  Invented wordings in the shapes counted
in deadline_phrases, the development and pending gold, the gazette corpus and the pages corpus; each class is checked
on both sides."""
import datetime as dt

import pytest

from pipeline.extract.temporal import find_deadline, _rule_deadline


def _due(text: str, issued: dt.date):
    dl = find_deadline(text, issued.year, issued=issued)
    return dl.date if dl else None


def _rule_due(text: str, issued: dt.date):
    dl = _rule_deadline(text, issued.year, [], False, issued)
    return dl.date if dl else None


# (1) a count or a state as of a day
@pytest.mark.parametrize("text", [
    "Tính đến hết ngày 31/10/2024, số nợ đọng thuế trên địa bàn còn khoảng 120 tỷ đồng.",
    "Theo báo cáo của Sở Nông nghiệp, tính đến hết ngày 15/11/2024, toàn tỉnh gieo trồng được 4.200 ha lúa đông xuân.",
    "Tính đến 17 giờ ngày 20/11/2024, còn 312 tàu cá với 1.400 lao động đang hoạt động trên biển.",
    "Tính tới hết ngày 10/11/2024, đã có 85 thí sinh đăng ký dự thi.",
    "tính đến thời điểm ngày 05/11/2024 mới có 12/20 xã hoàn thành tiêu chí.",
])
def test_an_as_of_day_is_no_deadline(text):
    assert _due(text, dt.date(2024, 11, 25)) is None


@pytest.mark.parametrize("text, due", [
    # a bound after the count keeps the work's day
    ("Các đơn vị báo cáo số liệu tính đến hết ngày 30/11/2024, gửi về Sở trước ngày 05/12/2024.", dt.date(2024, 12, 5)),
    # no as-of words: 'đến hết ngày' bounds the work
    ("Các xã hoàn thành việc rà soát đến hết ngày 30/11/2024.", dt.date(2024, 11, 30)),
])
def test_a_bound_beside_an_as_of_day_stays(text, due):
    assert _due(text, dt.date(2024, 11, 10)) == due


# (2) a schedule row's foretold step of an event
@pytest.mark.parametrize("text", [
    "Chung kết: Dự kiến vào tháng 12/2024.",
    "Thời gian tổng kết, trao giải: Dự kiến vào tháng 1/2025 (sẽ có thông báo cụ thể sau).",
    "- Lễ khai mạc: dự kiến ngày 20/12/2024.",
    "Vòng sơ khảo: Dự kiến từ ngày 10 đến ngày 12/12/2024.",
    "b) Thời gian tổ chức vòng chung khảo: Dự kiến trong tháng 12/2024.",
])
def test_a_foretold_schedule_row_of_an_event_is_no_deadline(text):
    assert _due(text, dt.date(2024, 11, 20)) is None


@pytest.mark.parametrize("text, due", [
    # a row of work keeps its day (gold plans: 'Thời gian hoàn thành: Dự kiến tháng 11/2025')
    ("- Thời gian hoàn thành: Dự kiến tháng 12/2024.", dt.date(2024, 12, 31)),
    # a bound in the row keeps it
    ("Vòng sơ khảo: dự kiến hoàn thành chấm bài trước ngày 15/12/2024.", dt.date(2024, 12, 15)),
    # 'Thời gian' alone labels the step above it, which the plan asks for
    ("- Thời gian: Dự kiến ngày 05/12/2024 (chậm nhất ngày 10/12/2024).", dt.date(2024, 12, 10)),
])
def test_a_row_of_work_or_a_bound_keeps_its_day(text, due):
    assert _due(text, dt.date(2024, 11, 20)) == due


# (3) an event foretold to open ('sẽ (chính thức) khởi tranh / khai màn')
@pytest.mark.parametrize("text", [
    "Giải bóng đá thiếu niên toàn huyện năm 2024 sẽ chính thức khởi tranh vào 15h ngày 08/12",
    "Hội thao công nhân viên chức dự kiến khai màn vào ngày 10/12/2024 tại Nhà thi đấu tỉnh.",
    "Giải cầu lông các câu lạc bộ sẽ khởi tranh từ ngày 12/12/2024.",
])
def test_an_event_foretold_to_open_is_no_deadline(text):
    assert _due(text, dt.date(2024, 11, 28)) is None


def test_an_office_opening_a_tournament_keeps_no_event_rule():
    # an office as the subject is no event noun: the rule leaves the clause alone (gold g9's agenda convention)
    text = "Sở Văn hóa sẽ khởi tranh giải đấu vào ngày 08/12/2024, đề nghị các đơn vị cử vận động viên tham dự."
    assert _due(text, dt.date(2024, 11, 28)) == dt.date(2024, 12, 8)


# (4) a time limit of work moved to a day with no year (the rules' choice; the shipped scorer is rebuilt at the merge)
@pytest.mark.parametrize("text, due", [
    ("Sở thông báo lùi lần 2 thời gian nhận bài thi cấp tỉnh đến ngày 28/3.", dt.date(2025, 3, 28)),
    ("Ban tổ chức gia hạn thời gian nhận hồ sơ đến hết ngày 15/4.", dt.date(2025, 4, 15)),
    ("Ban tổ chức quyết định kéo dài thời hạn đăng ký dự thi đến ngày 30/4.", dt.date(2025, 4, 30)),
    ("Bộ lùi thời hạn nộp báo cáo đến ngày 20/4.", dt.date(2025, 4, 20)),
])
def test_a_moved_limit_of_work_is_its_new_day(text, due):
    assert _rule_due(text, dt.date(2025, 3, 20)) == due


@pytest.mark.parametrize("text", [
    # an event's time moved: no deadline (deadline17's _event_moved)
    "Ban tổ chức quyết định dời thời gian tổ chức hội nghị sang ngày 20/4.",
    "UBND huyện điều chỉnh thời gian khai mạc lễ hội đến ngày 25/4.",
])
def test_an_event_moved_stays_undated(text):
    assert _rule_due(text, dt.date(2025, 3, 20)) is None


# (5) the day that divides a period of service or of contributions in a rule
@pytest.mark.parametrize("text", [
    "Thời gian người lao động làm việc trước ngày 01 tháng 01 năm 2021 được căn cứ theo nơi có phụ cấp khu vực để xác định tuổi nghỉ hưu.",
    "a) Người lao động có thời gian đóng bảo hiểm xã hội trước ngày 01 tháng 7 năm 2025 thì được tính theo quy định cũ.",
    "Thời gian công tác tại chiến trường trước ngày 30 tháng 4 năm 1975 được tính là thời gian đóng bảo hiểm xã hội.",
    "trường hợp thời gian hưởng phụ cấp thâm niên nghề cao nhất trước ngày 01 tháng 10 năm 2004 thì lấy mức cao nhất.",
])
def test_a_period_of_service_before_a_day_is_no_deadline(text):
    assert _due(text, dt.date(2021, 12, 15)) is None


@pytest.mark.parametrize("text, due", [
    # work on the period, bound by its own day
    ("Các đơn vị hoàn thành việc xác nhận thời gian công tác của cán bộ và gửi về Sở trước ngày 30/12/2021.", dt.date(2021, 12, 30)),
    ("Cơ quan bảo hiểm xã hội rà soát thời gian đóng bảo hiểm xã hội, báo cáo trước ngày 25/12/2021.", dt.date(2021, 12, 25)),
])
def test_work_on_a_period_keeps_its_bound(text, due):
    assert _due(text, dt.date(2021, 12, 15)) == due


def test_a_moved_limit_is_outside_the_scorers_veto():
    # the shipped scorer vetoed 'đến ngày 28/3' (weak evidence); a moved limit names the limit, as 'hạn' does
    text = ("Sở Thông tin và Truyền thông thông báo lùi lần 2 thời gian nhận bài tham dự cuộc thi cấp quốc gia đến ngày 25/3 "
            "tính theo dấu bưu điện; lùi lần 2 thời gian nhận bài thi cấp tỉnh đến ngày 28/3.")
    assert _due(text, dt.date(2020, 3, 20)) == dt.date(2020, 3, 28)
