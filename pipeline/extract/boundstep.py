"""(points25) A directing text's row told as a body, a verb of doing and a bound, with no modal or ask verb
(issue 5).

'UBND các xã tổ chức hội nghị ... trước ngày 15/2/2020', 'Phòng Nội vụ hoàn thành ... trong tháng 6',
'Trước ngày 15/8, các trường THPT công lập hoàn tất ...': a plan's or a time line's row, or an item under
a directive's lead-in, states what a body is to do by a day without 'phải', 'cần' or an ask verb.  The
classifier reads such a sentence as more of a report (a narrative) when nothing cues it; in a text that
has already directed someone, the bound ('trước ngày D', 'chậm nhất ...', 'trong tháng M') is what a
report of a deed does not carry: a deed is told with its day ('ngày 12/3, UBND huyện tổ chức ...'), a
step with the day it is due by.

Guards (a news report of what a body did): a tense word anywhere ('đã', 'đang', 'vừa', 'từng', 'chưa');
a speaker's report ('cho biết', 'thông tin'); the text must have directed before (a task or a lead-in
classified earlier); the sentence must open on a body and its act (retoldplan.body_and_act, which also
refuses verbs of assent, being and composition).  Only narrative sentences are read again: a heading, a
note, an attribute or the preamble keeps its kind, and so
does a narrative whose reason names what it is (done, reported, quoted, an example).
"""
from __future__ import annotations

import re

from pipeline.extract.retoldplan import body_and_act

# the bound: 'trước ngày 15/2', 'chậm nhất (là) ngày 30/6', 'trong tháng 6', 'trong quý II', 'xong trước ngày ...'
BOUND_RE = re.compile(
    r"(?<![^\W_])(?:trước|chậm\s+nhất(?:\s+(?:là|vào))?|trong)\s+(?:ngày|tháng|quý)\s+(?:\d|[IV]+(?![^\W_]))", re.I)
_TENSE_RE = re.compile(r"(?<![^\W_])(?:đã|đang|vừa|từng|chưa|mới\s+đây)(?![^\W_])", re.I)
# a speaker's report of what is done ('..., ông X cho biết', 'theo thông tin từ ...'); calendarsteps reads it too
REPORTED_RE = re.compile(r"(?<![^\W_])(?:cho\s+biết|cho\s+hay|thông\s+tin\s+(?:thêm|từ)|báo\s+cáo\s+cho\s+thấy)(?![^\W_])", re.I)
BOUND_STEP_REASON = "a body's step with its bound"
# the narrative readings that only say no cue was found (a plain sentence, the unread zone before a directive, a
# sentence read as going on with a statement or report); every other reason names what the sentence is (done,
# reported, quoted, an example, a heading's title ...) and stands
_REREAD_REASONS = frozenset({"", "preamble zone", "event report", "goes on with the statement before it",
                             "goes on with the report before it"})


def is_bound_step(text: str, gaz) -> bool:
    """Is ``text`` a body + a verb of doing + a bound, with no tense and no speaker's report?"""
    t = text.strip()
    if t.endswith(":") or len(t) > 500 or not BOUND_RE.search(t) or _TENSE_RE.search(t) or REPORTED_RE.search(t):
        return False
    return body_and_act(t, gaz)


def read_bound_steps(classified: list, gaz, calendar: dict | None = None) -> list:
    """``classified`` with each narrative sentence that is a bound step (``is_bound_step``) read as a task,
    once the text has directed (a task or a lead-in before it).  See the module docstring.
    (points26) ``calendar`` holds the steps of a retold calendar or time line (calendarsteps.calendar_steps:
    'Ngày 30/6, các trường THPT xét tuyển NV2.' after the item's dateline, '25/3/2025: Đảng ủy Chính phủ báo
    cáo ...'), keyed by ``id(sentence)``: a narrative one of them is read as a task too, with the same
    reasons re-read; the calendar test stands in for 'has directed'."""
    from pipeline.extract.calendarsteps import CALENDAR_STEP_REASON
    from pipeline.extract.tasks import Classified

    if gaz is None:
        return classified
    calendar = calendar or {}
    out: list = []
    directed = False
    for c in classified:
        if c.kind == "narrative" and directed and (c.reason or "") in _REREAD_REASONS \
                and is_bound_step(c.sentence.text, gaz):
            c = Classified(c.sentence, "task", BOUND_STEP_REASON)
        elif c.kind == "narrative" and id(c.sentence) in calendar and ((c.reason or "") in _REREAD_REASONS or (
                c.reason == "done" and calendar[id(c.sentence)].bound)):
            # (points27: a bound step's tense was looked for on its body's verb, calendarsteps.bound_step; 'done' read
            # from a relative clause, 'sai sót về thông tin đã đăng ký', is re-read)
            c = Classified(c.sentence, "task", CALENDAR_STEP_REASON)
        if c.kind in ("task", "intro"):
            directed = True
        out.append(c)
    return out
