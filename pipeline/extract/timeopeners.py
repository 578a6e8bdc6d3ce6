"""(tasks46, issue 5) A step behind a period-to-come opener read as the same sentence without it (measure32's K3).

A press item or a plan tells a step after the period it falls in: 'Các tháng tiếp theo, triển khai tiêm cho trẻ ...',
'Thời gian tới, các xã tiếp tục ...', 'Những tháng còn lại, ...'.  The readers each keep a list of such openers of
their own (offices' fronted time openers know 'Trong các tháng còn lại, ...' and 'Thời gian tới, ...' but not 'Các
tháng tiếp theo, ...'; plansteps' programme words know 'thời gian tới' but not 'các tháng tiếp theo'), so a member of
the family one list lacks hides the step or its doer although the sentence without the opener is read.  This module
holds the family once, as a closed list, and lets the classifier and the office reader read the sentence behind it:

* :func:`period_opener_end` -- where the sentence goes on after the opener (0 when it opens on none);
* :func:`without_period_opener` -- the sentence with the opener taken off (its next word capitalised), the text the
  office, subject and verb readers get for a task that opens on one (``extract_tasks``);
* :func:`read_behind_period_openers` -- the classification of a text whose sentences open on such an opener is
  compared with the classification of the same text with the openers taken off; a sentence that is no task with the
  opener and a task without it becomes that task (never the other way: precision first).

The list is data-driven (``benchmarks/timeopener_counts.py``: every labelled sentence of the development and pending
gold that opens on a time or scope phrase and a comma, and the strip test of benchmarks/HISTORY.md (session 33, tasks46): the same texts read with the
openers taken off): taking a period-to-come opener off turned no labelled no-task or optional sentence into a task,
while taking a day ('Ngày 5/10, ...', 'Sáng 14/11, ...': 14 no-task event reports read as tasks), a past period
('Thời gian qua, ...', 'Trước đó, ...': 6) or a named period ('Trong tháng 4, ...', 'Năm 2021, ...': 2) off made false
tasks -- those openers say the sentence reports, and stay outside the list.  'Từ nay đến cuối năm' and '(những /
các) tháng cuối năm' (the year's end, a deadline of their own) are tasks45's / deadline26's and stay outside too.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Callable

# the period to come, closed by its comma: 'Các tháng tiếp theo,', 'Những năm tới,', 'Trong các tuần còn lại,',
# 'Thời gian tới,', 'Trong thời gian tới,', 'Sắp tới,', 'Giai đoạn tới,', 'Năm tới,', 'Tháng tới,'
# (a count before the unit is a span to come too: 'Trong 02 tuần tới,')
_UNIT = r"(?:ngày|tuần|tháng|quý|năm|đợt)"
PERIOD_TO_COME = (
    r"(?:(?:Trong|Vào)\s+)?(?:"
    rf"(?:(?:các|những|mấy)\s+|\d{{1,2}}\s+)?{_UNIT}\s+(?:tiếp\s+theo|sắp\s+tới|tới|còn\s+lại|kế\s+tiếp)"
    r"|thời\s+gian\s+(?:tới|sắp\s+tới|tiếp\s+theo)"
    r"|giai\s+đoạn\s+(?:tới|tiếp\s+theo|sắp\s+tới)"
    r"|sắp\s+tới)(?![^\W_])")
# the opener at the sentence's start (after a list mark), its comma, then the clause
_OPENER_RE = re.compile(r"^(?P<mark>\s*(?:[-+•*]\s*)?)(?P<opener>" + PERIOD_TO_COME + r")(?:\s+của\s+năm(?:\s+\d{4})?)?\s*,\s*", re.I)
READ_BEHIND_REASON = "a step behind a period-to-come opener"


def period_opener_end(t: str) -> int:
    """Where the clause after a period-to-come opener and its comma starts, or 0."""
    m = _OPENER_RE.match(t)
    if not m or not t[m.end():m.end() + 1].isalpha():
        return 0
    return m.end()


def without_period_opener(t: str) -> str:
    """``t`` with its period-to-come opener taken off and the next word capitalised ('Các tháng tiếp theo, các
    quận triển khai ...' -> 'Các quận triển khai ...'); ``t`` itself when it opens on none."""
    end = period_opener_end(t)
    if not end:
        return t
    mark = _OPENER_RE.match(t).group("mark")
    rest = t[end:]
    return mark + rest[:1].upper() + rest[1:]


def read_behind_period_openers(sentences: list, classified: list, reclassify: Callable[[list], list]) -> list:
    """A sentence that opens on a period-to-come opener and is no task becomes a task when the same text with the
    openers taken off reads it as one (``reclassify`` classifies a list of sentences as the caller did).  Cheap
    where no sentence opens on one: nothing is reclassified."""
    at = [i for i, s in enumerate(sentences) if period_opener_end(s.text.strip())]
    if not at or len(classified) != len(sentences):
        return classified
    variant = list(sentences)
    for i in at:
        variant[i] = dataclasses.replace(sentences[i], text=without_period_opener(sentences[i].text))
    again = reclassify(variant)
    if len(again) != len(sentences):
        return classified
    out = list(classified)
    for i in at:
        if out[i].kind != "task" and out[i].kind != "skip" and again[i].kind == "task":
            out[i] = dataclasses.replace(out[i], kind="task", reason=READ_BEHIND_REASON)
    return out
