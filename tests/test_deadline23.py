"""deadline23: a tournament's matches in the one shared list of event nouns, a foretold close joined to another
foretold predicate by 'và', the former limit a move replaced retold in brackets, and a moved limit in the passive
(pipeline/extract/temporal.py: _MATCH_NOUN / _EVENT_NOUN_BASE, _EVENT_FORETOLD_ACTIVE, _replaced_bound,
_LIMIT_MOVED_TO_RE).  Invented wordings in the shapes counted in deadline_phrases and the pages corpus; each class is
checked on both sides."""
import datetime as dt

import pytest

from pipeline.extract.temporal import find_deadline, _EVENT_NOUN, _EVENT_NOUN_OPEN


def _due(text: str, issued: dt.date):
    dl = find_deadline(text, issued.year, issued=issued)
    return dl.date if dl else None


# (1) a match, a round or a leg of a tournament placed on a day, the event the subject
@pytest.mark.parametrize("text", [
    "Hai trận lượt về được tổ chức vào ngày 14/12/2024 và 15/12/2024.",
    "Các trận bán kết được tổ chức vào ngày 20/12/2024 tại sân vận động tỉnh.",
    "Trận chung kết dự kiến sẽ tổ chức vào ngày 28/12/2024.",
    "Vòng bảng dự kiến sẽ kéo dài 10 ngày và kết thúc vào ngày 22/12/2024.",
    "Lượt trận cuối vòng bảng dự kiến sẽ diễn ra trong 3 ngày và kết thúc vào ngày 18/12/2024.",
])
def test_a_match_placed_on_a_day_is_no_deadline(text):
    assert _due(text, dt.date(2024, 12, 1)) is None


@pytest.mark.parametrize("text, due", [
    # an office as the subject keeps the agenda's day
    ("Ban tổ chức dự kiến tổ chức trận chung kết vào ngày 28/12/2024.", dt.date(2024, 12, 28)),
    # an ask after the event keeps it
    ("Các trận bán kết được tổ chức vào ngày 20/12/2024, đề nghị các đội có mặt trước 30 phút.", dt.date(2024, 12, 20)),
    # work with its bound for the match
    ("Các đội gửi danh sách cầu thủ dự trận chung kết trước ngày 25/12/2024.", dt.date(2024, 12, 25)),
])
def test_work_for_a_match_keeps_its_day(text, due):
    assert _due(text, dt.date(2024, 12, 1)) == due


def test_the_event_nouns_are_one_list():
    # the opening frame reads every noun the organiser rules read, and the match nouns with their count
    assert _EVENT_NOUN_OPEN.match("Hai trận lượt về")
    assert _EVENT_NOUN_OPEN.match("Các trận bán kết")
    assert _EVENT_NOUN_OPEN.match("Hội thi")
    import re
    assert re.fullmatch(_EVENT_NOUN, "lượt trận")
    assert re.fullmatch(_EVENT_NOUN, "hoạt động")
    # a count alone opens no event ('Hai đơn vị ...')
    assert not _EVENT_NOUN_OPEN.match("Hai đơn vị")


# (2) the limit a move replaced, retold in brackets
@pytest.mark.parametrize("text, due", [
    ("Hạn cuối nộp hồ sơ được gia hạn đến hết ngày 20/12/2024 (thời hạn trong Thông báo trước đó là ngày 30/11/2024).",
     dt.date(2024, 12, 20)),
    ("UBND tỉnh thống nhất lùi thời hạn hoàn thành kiểm kê đến trước ngày 31/12/2024 (thay cho trước ngày 30/11/2024 "
     "tại Kế hoạch số 12/KH-UBND).", dt.date(2024, 12, 31)),
    ("Thời hạn gửi báo cáo được điều chỉnh đến ngày 15/12/2024 (hạn cũ là ngày 05/12/2024).", dt.date(2024, 12, 15)),
    ("Kéo dài thời hạn nhận bài dự thi đến hết ngày 31/12/2024 (thay vì ngày 30/11/2024 như kế hoạch ban đầu).",
     dt.date(2024, 12, 31)),
])
def test_the_replaced_limit_in_brackets_is_no_deadline(text, due):
    assert _due(text, dt.date(2024, 11, 25)) == due


@pytest.mark.parametrize("text, due", [
    # a bracket that holds the bound itself stays one
    ("Các đơn vị gửi báo cáo về Sở Nội vụ (chậm nhất ngày 15/12/2024).", dt.date(2024, 12, 15)),
    # a bracket that names a period, not a former limit
    ("Các xã hoàn thành rà soát (trước ngày 10/12/2024) và báo cáo UBND huyện.", dt.date(2024, 12, 10)),
])
def test_a_bracketed_bound_that_replaces_nothing_stays(text, due):
    assert _due(text, dt.date(2024, 11, 25)) == due


# (3) a limit moved in the passive, the limit the subject
@pytest.mark.parametrize("text, due", [
    ("Hạn cuối gửi bài dự thi được gia hạn đến 17h00 ngày 20/12/2024.", dt.date(2024, 12, 20)),
    ("Thời hạn nộp hồ sơ đã được lùi đến hết ngày 15/12/2024.", dt.date(2024, 12, 15)),
    ("Thời gian nhận bài được kéo dài đến hết ngày 18/12.", dt.date(2024, 12, 18)),
])
def test_a_limit_moved_in_the_passive_is_the_new_deadline(text, due):
    assert _due(text, dt.date(2024, 11, 25)) == due


@pytest.mark.parametrize("text", [
    # an event's time moved stays no deadline
    "Thời gian tổ chức hội nghị được lùi đến ngày 20/12/2024.",
    "Thời gian tổ chức giải được dời sang ngày 22/12/2024.",
])
def test_an_event_moved_in_the_passive_stays_undated(text):
    assert _due(text, dt.date(2024, 11, 25)) is None
