"""A schedule's time lines under a bare 'Thời gian ...:' key: the time of the activity, no task.

Why: an event's notice or plan gives its time as a labelled line ('- Thời gian: 8 giờ 00, ngày
29/10/2017'), which the task classifier already reads as an attribute (ATTRIBUTE_RE).  When the key
stands alone on its line and the times follow as sub-items, each time line was read as a task of its
own, with the day as a false deadline or none:

    - Thời gian:
    + Khai mạc: 09 giờ 00, ngày 29/10/2017 và kéo dài đến hết ngày 03/11/2017.
    + Hội thi ẩm thực: ngày 29/10/2017.                      (Sóc Trăng's festival page, 2017)

    2. Thời gian, địa điểm, phụ trách hoạt động:
    – 07h30-10h00 ngày 17/03/2018 (Thứ 7).                    (a college youth union's notice, 2018)

ANNOTATION.md: lines like '- Thời gian thực hiện: ...' are attributes of the task above them, not
tasks.  A sub-line is such a value when the line above it is the time key (or a time line of the
same run), and the line itself is a time -- a bare clock or day, or a short label ('Khai mạc:',
'Hội thi ẩm thực:') and a time -- with no verb that asks or assigns.  A sub-line that tells an act
with its time ('+ Liên hoan ẩm thực diễn ra từ 08 giờ 00 ...', '– Đồng chí X phụ trách điều hành.')
is left to the classifier.
"""
from __future__ import annotations

import re

__all__ = ["TIME_KEY_LINE_RE", "is_time_key_line", "is_time_value_line"]

_BULLET = r"^\s*(?:\d{1,2}[.)]\s*|[a-zđ][.)]\s*)?[-–—+*•]?\s*"
# the key alone on its line: 'Thời gian:', '- Thời gian:', '2. Thời gian, địa điểm, phụ trách hoạt động:'
TIME_KEY_LINE_RE = re.compile(_BULLET + r"Thời\s+gian(?:\s*,\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}){0,3}\s*:\s*$", re.I)
# a short label before the time ('Khai mạc:', 'Hội thi ẩm thực:', 'Buổi sáng:'): at most four words
_LABEL = r"(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*:\s*)?"
# what a time opens with: a clock ('07h30', '9 giờ 00', '14:00'), a day ('ngày 29/10/2017'), a span
_TIME_START = (r"(?:(?:[Tt]ừ|[Vv]ào(?:\s+lúc)?|[Ll]úc|[Kk]hoảng)\s+)?(?:\d{1,2}\s*(?:h|g|giờ|:)\s*\d{0,2}|"
               r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2})")
_VALUE_RE = re.compile(_BULLET + _LABEL + _TIME_START, re.I)
# a verb that tells an act, asks or assigns: the line is more than a time
_ACT_RE = re.compile(r"(?<![^\W_])(?:diễn\s+ra|tổ\s+chức|thực\s+hiện|tham\s+gia|phụ\s+trách|chuẩn\s+bị|đề\s+nghị|yêu\s+cầu|"
                     r"giao|chủ\s+trì|phối\s+hợp|báo\s+cáo|gửi|nộp|hoàn\s+thành|triển\s+khai)(?![^\W_])", re.I)


def is_time_key_line(text: str) -> bool:
    """Is ``text`` a time key printed alone, its value in the lines below?"""
    return TIME_KEY_LINE_RE.match(text) is not None


def is_time_value_line(text: str, above: str | None, above_is_value: bool = False) -> bool:
    """Is ``text`` a time line under a time key (``above`` the line before it)?"""
    if above is None or not (above_is_value or is_time_key_line(above)):
        return False
    t = text.strip()
    return len(t.split()) <= 30 and _VALUE_RE.match(t) is not None and _ACT_RE.search(t) is None
