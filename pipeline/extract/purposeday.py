"""(points22) The day of the event a request prepares for, named in its fronted purpose clause, is no deadline.

'Nhằm tạo cảnh quan ..., phấn khởi đón Đoàn thẩm định Nông thôn mới Trung ương đến huyện Tháp Mười làm việc vào
ngày 12/7/2020 (Chủ Nhật), UBND huyện yêu cầu các cơ quan, đơn vị ... thực hiện treo cờ ...': the visit is why the
work is done; the steps' own times follow in their sentences ('trước 14 giờ, ngày 10/7/2020').  ANNOTATION.md
sets a deadline "only when the text sets one for that task"; a day inside 'Nhằm / Để ...,' before the clause that
asks dates the purpose, not the work.  A bound written in the purpose clause ('Để hoàn thành trước ngày 30/6,
...', 'kịp thời ... trước ngày ...', 'lùi thời gian nhận bài tới ngày ...') still binds: only unbound days are
masked, and only when the sentence goes on to ask someone ('yêu cầu', 'đề nghị', 'chỉ đạo', 'giao')."""
from __future__ import annotations

import re

__all__ = ["purpose_day_masks"]

# the fronted purpose clause: 'Nhằm ...', 'Để ...', 'Với mục đích ...' at the start of the sentence
_PURPOSE_OPEN_RE = re.compile(r"\s*(?:Nhằm|Để|Với\s+mục\s+đích)(?![^\W_])", re.I)
# the main clause's ask, after which the purpose clause is over
_ASK_RE = re.compile(r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao|đôn\s+đốc|kêu\s+gọi)(?![^\W_])", re.I)
# a day-month (or day-month-year) the purpose clause names: 'ngày 12/7/2020', '12-7', 'ngày 12 tháng 7 năm 2020'
_DAY_RE = re.compile(
    r"(?<![\w/])(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*(?:19|20)?\d\d)?(?![\w/])"
    r"|(?<![^\W_])ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+(?:19|20)\d\d)?", re.I)
# what binds the work to the day: the day is then the clause's own deadline
_BOUND_BEFORE_RE = re.compile(
    r"(?<![^\W_])(?:trước|chậm\s+nhất|muộn\s+nhất|hạn|hoàn\s+thành|xong|tới|đến\s+hết|đến|kịp|từ)\s*(?:ngày\s*)?$", re.I)


def purpose_day_masks(text: str) -> list[tuple[int, int]]:
    """Spans of the unbound days inside a fronted purpose clause of a sentence that then asks someone (masks for
    ``find_deadline``); [] for any other sentence."""
    if not _PURPOSE_OPEN_RE.match(text):
        return []
    ask = _ASK_RE.search(text)
    if ask is None:
        return []
    end = text.rfind(",", 0, ask.start())
    if end <= 0:
        return []
    masks = []
    for m in _DAY_RE.finditer(text, 0, end):
        before = text[max(0, m.start() - 25):m.start()]
        if _BOUND_BEFORE_RE.search(before):
            continue
        masks.append((m.start(), m.end()))
    return masks
