"""(tasks47, issue 5) A period to come tells a programme, and is set aside before a plain step's body.

A press item's plan paragraph opens on the period its steps fall in: 'Từ nay đến cuối năm, huyện Xuyên Mộc tiếp tục
thực hiện ...' (pending fy5), 'Từ nay đến hết năm 2020, HĐND huyện Ứng Hòa tiếp tục thực hiện giám sát ...'
(deadline_phrases), 'Từ nay đến cuối năm, 3 lực lượng sẽ đẩy mạnh ...' (office_spans), 'Trong hai tháng cuối năm, TP
sẽ tiếp tục ...'.  The gated plain-step reader (``plansteps.plan_step``) wants a programme told before or in the
sentence and a body after its leading time phrases; its programme words know 'thời gian tới', '6 tháng cuối năm' and
'những tháng cuối năm' but not 'từ nay đến cuối năm' nor 'hai / ba tháng cuối năm', and its time leads
(``toldsteps._after_time_leads``) know a phrase opening on 'Trong / Từ / Đến ...' but not 'Thời gian tới,', 'Sắp
tới,', 'Những tháng cuối năm,', 'Các tháng tiếp theo,', 'Giai đoạn tới,'.  So fy5 was refused for want of a
programme (tasks45's trace) although its period says the step is work to come.

This module holds the period to come once for both uses:

* :func:`tells_period_ahead` -- a sentence opening on the period with its comma tells a programme
  (``plansteps.tells_programme``); :data:`PERIOD_AHEAD_RE` is the period itself: tasks46's closed list (``timeopeners.PERIOD_TO_COME``), 'từ nay (đến / tới) (cuối / hết) năm (tháng, quý)' and
  '(những / các / mấy / N / hai / ba ...) tháng (cuối năm / còn lại)';
* :func:`period_ahead_lead_end` -- where a sentence goes on after such a period opening it with its comma (0 when it
  opens on none), for the time leads the plain-step readers set aside.

Counted before it was written (``benchmarks/tasks47_counts.py``, class O; HISTORY, session 34, tasks47): a period to
come opening a labelled sentence is required 7, optional 3, no task 1 (development 08's forecast 'Thời gian tới, dự
báo ...', which has no body and act and stays unread); the reports' openers (a day, a past or named period: tasks46's
strip test) are not in the list.  A level opener ('Ở cấp tỉnh, Công an tỉnh thành lập ...', pending fy2) opens one
labelled text only and no sentence of the corpus, so it is left out.
"""
from __future__ import annotations

import re

from pipeline.extract.timeopeners import PERIOD_TO_COME

_COUNT = r"(?:những|các|mấy|\d{1,2}|hai|ba|bốn|năm|sáu)"
_AHEAD = (
    r"(?:" + PERIOD_TO_COME +
    r"|(?<![^\W_])từ\s+nay\s+(?:đến|tới)\s+(?:cuối|hết)\s+(?:năm|tháng|quý)"
    rf"|(?<![^\W_]){_COUNT}\s+tháng\s+(?:cuối\s+năm|còn\s+lại)(?![^\W_]))")
# the period anywhere in the sentence: a programme told
PERIOD_AHEAD_RE = re.compile(_AHEAD, re.I)
# the period opening the sentence, with what names it further ('của năm 2020', '2023', 'năm 2025') and its comma
_LEAD_RE = re.compile(r"^(?:(?:Trong|Vào|Từ\s+đây|Đến)\s+)?" + _AHEAD +
                      r"(?:\s+(?:của\s+)?(?:năm\s+)?\d{4})?\s*,\s*", re.I)


def tells_period_ahead(text: str) -> bool:
    """Does ``text`` open on a period to come with its comma (the step's own frame)?  Named further on, the period
    is often the object of a meeting's agenda ('... thông báo kết quả 9 tháng, triển khai nhiệm vụ trọng tâm 3
    tháng cuối năm', development za4): that tells what a meeting did, not a programme, so it is not counted."""
    return bool(period_ahead_lead_end(text.strip()))


def period_ahead_lead_end(text: str) -> int:
    """Where ``text`` goes on after a period to come that opens it with its comma ('Thời gian tới, ', 'Những tháng
    cuối năm 2021, ', 'Từ nay đến cuối năm, '), or 0."""
    m = _LEAD_RE.match(text)
    if not m or not text[m.end():m.end() + 1].isalnum():
        return 0
    return m.end()
