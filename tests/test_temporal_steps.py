"""Schedule steps, spans, named last days and periods that are not a duty's (issue 5, session 10:
deadline batch 15, a general department's and ministries' letters, Prime Minister's telegrams,
Government resolutions as the press printed them, exam guidance).

Each rule is tested on sentences written here in the shape of the batch's real items (never the
items themselves):

- a step of a schedule labelled by its day, or by a span of days, and a colon ('Ngày 20/8/2026:
  Nộp báo cáo ...', 'Ngày 3/9-12/9/2026: Các xã rà soát ...') is done on that day or by the span's
  end, as an agenda item is (ANNOTATION.md); with a comma the day may report an event;
- a dash between two days of one month after 'từ' ('Từ ngày 5 - 20/10/2026, ...') is a span, bounded
  by its end, like 'từ ... đến ...';
- a span that opens the item before a directive is strong evidence (the learned veto leaves it
  alone), unless it was over before the document was issued (a report counting what was done);
- a day the sentence itself calls the last one ('ngày 15/11/2026 là hạn cuối ...') is a deadline
  though no bound word stands before it;
- two periods offered as a choice ('theo tháng hoặc theo quý') are no recurrence, and a period in
  the subject a cited document is about ('Nghị quyết ... về phiên họp thường kỳ hằng tháng') is the
  title's, not the duty's.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.temporal import find_deadline, find_recurrence

ISSUED = dt.date(2026, 5, 10)


def due(text: str, issued: dt.date = ISSUED) -> str:
    dl = find_deadline(text, issued.year, issued=issued)
    return dl.date.isoformat() if dl and dl.date else ""


@pytest.mark.parametrize("text, expected", [
    # a day (or span of days) labelling a step before a colon: the step's day
    ("Ngày 20/8/2026: Nộp báo cáo tổng hợp kết quả tuyển sinh về Sở Giáo dục và Đào tạo.", "2026-08-20"),
    ("- Ngày 05/9/2026: Các trường tổ chức lễ khai giảng năm học mới.", "2026-09-05"),
    ("Ngày 3/9-12/9/2026: Các xã, phường tổ chức rà soát, lập danh sách hộ nghèo.", "2026-09-12"),
    # a day before a comma in running text reports what happened; a past step reports too
    ("Ngày 20/5/2026, đoàn công tác của tỉnh đã làm việc với Ủy ban nhân dân huyện.", ""),
    ("Ngày 15/6/2026: đồng chí Chủ tịch đã làm việc với Sở Tài chính về dự toán.", ""),
])
def test_schedule_step_labelled_by_its_day(text, expected):
    assert due(text) == expected


@pytest.mark.parametrize("text, issued, expected", [
    # 'từ' + two days joined by a dash: the span's end bounds the work it opens
    ("Từ ngày 5 - 20/10/2026, các trường tổ chức kiểm tra giữa học kỳ I.", ISSUED, "2026-10-20"),
    ("Từ ngày 01/7/2026 đến ngày 15/7/2026, các xã tổ chức niêm yết danh sách cử tri.", ISSUED, "2026-07-15"),
    # a span already over when the letter was written counts what was done
    ("Từ ngày 1.1 đến ngày 6.4, Ủy ban nhân dân tỉnh giao 412 nhiệm vụ cho các sở, ngành.", dt.date(2026, 4, 8), ""),
    # a comma list of days is no span: 'ngày 26, 27/12' are two days of one event
])
def test_opening_span_bounds_the_work_it_opens(text, issued, expected):
    assert due(text, issued) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ngày 15/11/2026 là hạn cuối để các đơn vị nộp hồ sơ đề nghị khen thưởng.", "2026-11-15"),
    ("Theo kế hoạch, ngày 30/6/2026 là thời hạn cuối cùng các huyện hoàn thành rà soát đất công.", "2026-06-30"),
    ("Tháng 12/2026 là hạn chót hoàn thành việc số hóa hồ sơ hộ tịch.", "2026-12-31"),
    # ... a day that is something else stays no deadline
    ("Ngày 15/11/2026 là ngày hội đại đoàn kết toàn dân tộc ở khu dân cư.", ""),
])
def test_a_day_named_the_last_one(text, expected):
    assert due(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a choice of periods: how a rule may be applied, no recurring duty
    ("Doanh nghiệp lựa chọn kê khai thuế theo tháng hoặc theo quý phù hợp với doanh thu.", None),
    ("Người nộp thuế tự xác định thuộc đối tượng khai thuế theo tháng hay theo quý.", None),
    ("Các đơn vị báo cáo kết quả theo quý về Sở Tài chính.", "quarterly"),
    # a period in the subject of a cited document is the title's
    ("Tiếp tục thực hiện các Nghị quyết của Chính phủ về phiên họp thường kỳ hằng tháng.", None),
    ("Thực hiện nghiêm Công văn số 215/UBND-TH về việc giao ban hằng tuần của Ủy ban nhân dân tỉnh.", None),
    ("Tổ chức họp giao ban hằng tháng để đánh giá tiến độ thực hiện.", "monthly"),
    ("Định kỳ hằng quý, báo cáo kết quả thực hiện Nghị quyết về Ủy ban nhân dân tỉnh.", "quarterly"),
])
def test_periods_that_are_not_the_duty_s(text, expected):
    assert find_recurrence(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a day opening the item, then an obligation: the day bounds it
    ("Ngày 20/6, các xã, phường phải hoàn thành việc niêm yết danh sách cử tri.", "2026-06-20"),
    ("Ngày 15/7/2026, Sở Tài chính có trách nhiệm tổng hợp, báo cáo Ủy ban nhân dân tỉnh.", "2026-07-15"),
    # ... without one it dates an event
    ("Ngày 20/5, Sở Y tế tổ chức hội nghị sơ kết công tác phòng, chống dịch.", ""),
])
def test_opening_day_with_an_obligation(text, expected):
    assert due(text) == expected


@pytest.mark.parametrize("text, is_time, expected", [
    # the time sentence of the task before it may name its act by any verb of the work
    ("Thời gian triển khai kéo dài từ tháng 3/2026 đến hết ngày 30/9/2026.", True, "2026-09-30"),
    ("Thời gian ban hành là trước ngày 15/10/2026.", True, "2026-10-15"),
    ("Thời gian tổ chức trong tháng 11/2026.", True, "2026-11-30"),
    # 'thời gian qua' (lately) opens a report, no time of a task
    ("Thời gian qua, các sở đã triển khai nhiều giải pháp trong năm 2025.", False, None),
])
def test_time_sentence_names_its_act(text, is_time, expected):
    from pipeline.extract.tasks import TIME_SENTENCE_RE

    assert bool(TIME_SENTENCE_RE.match(text)) == is_time
    if is_time:
        dl = find_deadline(text, ISSUED.year, attribute=True)
        assert dl is not None and dl.date and dl.date.isoformat() == expected
