"""(deadline38) A plan's or a drive's window told in a sentence of its own, then its steps after 'Theo đó,'
(issue 5).

Why: a press item that reports a plan often gives the plan's window as a bare sentence and the plan's steps in the
next one, opened by 'Theo đó,' (according to it):

- 'Chiều 19/12, Công an TX. Giá Rai triển khai kế hoạch đảm bảo an ninh trật tự lễ Noel năm 2016. Thời gian thực
  hiện từ ngày 20 - 26/12. Theo đó, Công an thị xã chỉ đạo các đội nghiệp vụ tăng cường ...' (pending fb3, the step
  dated 2016-12-26 by its gold);
- 'Tại Mệnh lệnh số 1433/ĐK-HT, Bộ trưởng Tô Lâm nêu rõ đợt cao điểm này bắt đầu từ ngày 15.12.2020 - 28.2.2021.
  Theo đó, công an các đơn vị, địa phương tập trung lực lượng, ...' (pending fp4, dated 2021-02-28).

The step has no time of its own: the window the sentence before it names is the step's, as a window opening the
step's own sentence is (``drivesteps.step_window_deadline``; ``temporal._weakly_bound``). Counted over the
development and pending gold (every sentence holding a 'từ ... đến / - ...' window followed by 'Theo đó, / Cụ thể,
/ Trong đó,'): the two above, both 'Theo đó' and both dated; the two others open on 'Cụ thể,' (fp2: the plan split
into two rounds, 'Đợt 1 từ ...; đợt 2 từ ...', undated) and 'Trong đó,' (eo2: its own window). So only 'Theo đó,',
only a sentence right before it that names one window as the plan's or drive's time ('Thời gian thực hiện từ ...',
'đợt cao điểm này bắt đầu từ ...'), and only a window not over when the document was issued.
"""
from __future__ import annotations

import datetime as dt
import re

_ACCORDINGLY_RE = re.compile(r"\s*Theo\s+đó\s*,", re.I)
# what names the window as the plan's or the drive's time, right before its 'từ'
_PERIOD_NAMED_RE = re.compile(
    r"(?:(?<![^\W_])thời\s+gian\s+(?:thực\s+hiện|triển\s+khai)"
    r"|(?<![^\W_])(?:đợt\s+cao\s+điểm|chiến\s+dịch|kế\s+hoạch|đợt\s+ra\s+quân)(?:\s+này)?\s+(?:sẽ\s+)?(?:được\s+)?"
    r"(?:bắt\s+đầu|diễn\s+ra|kéo\s+dài|thực\s+hiện|triển\s+khai))"
    r"\s*(?:bắt\s+đầu\s+)?(?:kể\s+)?$", re.I)


def period_told_before(text: str, before: str | None, year: int | None, issued: dt.date | None):
    """The deadline of a step opened by 'Theo đó,' whose own sentence has no time: the last day of the one window
    the sentence ``before`` it names as the plan's or drive's time (a ``temporal.Deadline``); None otherwise."""
    from pipeline.extract.drivesteps import _WINDOW_RE, window_end

    if before is None or not _ACCORDINGLY_RE.match(text):
        return None
    windows = list(_WINDOW_RE.finditer(before))
    if len(windows) != 1 or not _PERIOD_NAMED_RE.search(before[:windows[0].start()]):
        return None
    dl = window_end(before, year)
    if dl is None or (issued is not None and dl.date < issued):
        return None
    return dl
