"""(points26, issue 5) measure25's classes (A), (B), (B'), (G), (I): a retold calendar's steps ('Ngày D, <body> <act>'
after the item's own dateline) and a time line's rows on a bare date label ('D/M/YYYY: <body> <act>', the dash items
under it) are tasks dated by their day, their opening body the office (extract/calendarsteps.py, re-read in
boundstep.read_bound_steps, dated and given their office in extract.extract_tasks).  A chronicle of deeds (days before
the item's own day, 'đã') and a history's milestones stay narrative.

The wordings are written here from general usage (school admission calendars, provincial time lines), never copied
from the blind sets."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.calendarsteps import opening_day, step_subject
from pipeline.extract.offices import load_gazetteer
from test_points20 import _doc, _task


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("text, day, label", [
    ("Ngày 30/7, các xã hoàn thành việc rà soát hồ sơ.", dt.date(2026, 7, 30), False),
    ("Từ ngày 5-7/9, các trường nhận hồ sơ nhập học.", dt.date(2026, 9, 7), False),
    ("Trong 3 ngày (10-12/8), các trường nhận hồ sơ.", dt.date(2026, 8, 12), False),
    ("Theo Phòng GD-ĐT, ngày 14/7, các trường THCS công bố kết quả.", dt.date(2026, 7, 14), False),
    ("12/5/2026: Sở Nội vụ trình UBND tỉnh dự thảo đề án.", dt.date(2026, 5, 12), True),
    ("12/5/2026: - Sở Nội vụ trình UBND tỉnh dự thảo đề án.", dt.date(2026, 5, 12), True),
])
def test_the_day_a_step_opens_on(text, day, label):
    od = opening_day(text, 2026)
    assert od is not None and od.date == day and od.label is label


@pytest.mark.parametrize("text", [
    "12/3, UBND huyện tổ chức hội nghị.",  # no 'Ngày' before a comma: too loose
    "Sở Nội vụ trình UBND tỉnh dự thảo đề án trước ngày 12/5/2026.",  # the day does not open it
    "Năm 2026: hoàn thành đề án.",  # a year label (deadline26's rows), not a day
])
def test_no_opening_day(text):
    assert opening_day(text, 2026) is None


@pytest.mark.parametrize("rest, subject", [
    ("Các trường THCS nhận hồ sơ nhập học của học sinh.", "Các trường THCS"),
    ("Quốc hội thông qua Nghị quyết về việc sắp xếp đơn vị hành chính.", "Quốc hội"),
    ("Sở Nội vụ trình UBND tỉnh dự thảo đề án.", "Sở Nội vụ"),
])
def test_the_body_that_opens_a_step(gaz, rest, subject):
    assert step_subject(rest, gaz) == subject


# a department's admission calendar retold after the item's own dateline (a speaker's report)
CALENDAR = ("Ngày 5/7, Trưởng phòng GD-ĐT huyện cho biết, kỳ xét tuyển vào lớp 6 năm học 2026-2027 đã chuẩn bị xong.\n"
            "Ngày 12/7, các trường THCS công bố danh sách học sinh trúng tuyển. "
            "Ngày 20/7, các trường THCS nhận hồ sơ nhập học của học sinh. "
            "Ngày 25/7, Phòng GD-ĐT tổng hợp kết quả tuyển sinh.\n")


def test_a_retold_calendars_steps_are_dated_tasks_with_their_doers():
    doc = _doc(CALENDAR)
    for start, day, office in (("Ngày 12/7, các trường", "2026-07-12", "Các trường THCS"),
                               ("Ngày 20/7, các trường", "2026-07-20", "Các trường THCS"),
                               ("Ngày 25/7, Phòng", "2026-07-25", "Phòng GD-ĐT")):
        t = _task(doc, start)
        assert t is not None, start
        assert str(t.deadline) == day
        assert office.casefold() in [o.office.casefold() for o in t.offices if o.role == "lead"]


def test_a_chronicle_of_deeds_stays_narrative():
    # the days fall before the item's own (its posting stamp): a report of what bodies did
    doc = _doc("Kết quả tuyển sinh lớp 6\n20/07/2026 09:15\n"
               "Ngày 12/7, các trường THCS công bố danh sách học sinh trúng tuyển. "
               "Ngày 15/7, các trường THCS nhận hồ sơ nhập học của học sinh. "
               "Năm nay toàn huyện có hơn 2.000 học sinh vào lớp 6.\n")
    assert _task(doc, "Ngày 12/7") is None and _task(doc, "Ngày 15/7") is None


TIMELINE = ("Các mốc thực hiện đề án\n\n"
            "Dự kiến các mốc thời gian thực hiện:\n\n"
            "10/9/2026: Sở Nội vụ trình UBND tỉnh dự thảo đề án sắp xếp thôn, tổ dân phố.\n\n"
            "30/9/2026: - Hội đồng nhân dân tỉnh thông qua nghị quyết sắp xếp thôn, tổ dân phố.\n\n"
            "- Các xã, phường báo cáo kết quả rà soát về Sở Nội vụ.\n\n"
            "15/10/2026: UBND các xã, phường kiện toàn tổ chức thôn, tổ dân phố.\n")


def test_a_time_lines_rows_and_the_dash_items_under_a_label_are_dated_by_it():
    doc = _doc(TIMELINE)
    assert str(_task(doc, "10/9/2026: Sở Nội vụ").deadline) == "2026-09-10"
    assert str(_task(doc, "15/10/2026: UBND").deadline) == "2026-10-15"
    t = _task(doc, "Các xã, phường báo cáo")
    assert t is not None and str(t.deadline) == "2026-09-30"


def test_a_historys_milestones_are_no_tasks():
    doc = _doc("Những mốc son lịch sử\n15/03/2026 09:10\n\n"
               "2/9/1945: Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập.\n\n"
               "30/4/1975: Quân giải phóng tiến vào Sài Gòn, thống nhất đất nước.\n")
    assert not [t for t in doc.tasks if t.text.startswith(("2/9/1945", "30/4/1975"))]
