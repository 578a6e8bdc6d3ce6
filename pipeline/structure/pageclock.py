"""(header34) A web page's clock line: a weekday and a date, alone on their line, with or without a time of day.

Portals and papers print the day the page was shown or the item posted above or under the item's title:
'Thứ hai 24/1/2022' (a provincial portal's 'today', printed years after the letter it shows), 'Thứ Sáu, 09/08/2019'
(a paper's posting day), 'Thứ Bảy, ngày 19/01/2019 07:15 AM (GMT+7)', 'Thứ 7, 03/05/2025 | 17:30:47 [GMT +7]', 'Cập
nhật lúc07:59, Thứ Tư, 15/11/2017 (GMT+7)', 'English Thứ Năm, 30-01-2020, 00:24 (GMT+7)' (26 such lines in
samples/text, unseen23-25 and benchmarks/data/header_fields.jsonl; 6 of them without a time of day).  Such a line is
the page's day, never the document's date line nor a day the text sets; it bounds the reported act from above (the
act is no later than the page), and a crawl may print a day long after the act.

This is the one reader of such lines: structure (the header's date, posted.py `_dated_by_stamp`) and extract (a
day-month deadline's year) both call `read_clock_line`, so the two agree on what a clock is.  A schedule's day
heading ('* THỨ BẢY 11/01/2025 (nhằm 12/12 ÂL)') carries more than a clock and is not read; a weekly schedule's bare
'Thứ Hai, ngày 12/5/2025' is the same shape as a clock, so callers look for clocks among a page's first lines only.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

__all__ = ["ClockLine", "read_clock_line"]

# (capitalised: 'thứ 2 ngày 26/11/2018' inside a title is no clock)
_WEEKDAY = (r"(?:Thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|THỨ\s+(?:HAI|BA|TƯ|NĂM|SÁU|BẢY|[2-7])"
            r"|Chủ\s+[Nn]hật|CHỦ\s+NHẬT)")
_TIME = r"\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH|am|pm))?"
_ZONE = r"(?:[(\[]\s*GMT\s*[+\-]\s*\d{1,2}(?::?\d{2})?\s*[)\]]|GMT\s*[+\-]\s*\d{1,2}(?::?\d{2})?|[+\-]\d{2}:\d{2})"
# what may stand before the weekday: a site's link or label ('English', 'author', 'Tin tức 24h qua'), an update label with
# its time ('Cập nhật lúc07:59,'), a time and a dash ('22:00:00 -'); no sentence (no stop, at most 30 characters)
_CLOCK_RE = re.compile(
    r"^(?P<pre>[^.!?;:\n]{0,24}?(?:" + _TIME + r")?[^.!?;\n]{0,6}?)" + _WEEKDAY + r"(?![^\W_])\s*[,\-–|]?\s*"
    r"(?:ngày\s+)?(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d)(?!\d)"
    r"(?P<post>\s*[,|\-–]?\s*(?:" + _TIME + r")?\s*(?:" + _ZONE + r")?(?:\s+A\s+A)?)\s*$")
_TIME_RE = re.compile(_TIME)


@dataclass(frozen=True)
class ClockLine:
    """A page's clock: its day and whether it prints a time of day."""
    day: _dt.date
    has_time: bool


def read_clock_line(line: str) -> ClockLine | None:
    """The clock ``line`` prints ('Thứ hai 24/1/2022' -> 2022-01-24), or None when the line is anything else."""
    m = _CLOCK_RE.match(line.strip())
    if m is None:
        return None
    try:
        day = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    return ClockLine(day, bool(_TIME_RE.search(m.group("pre")) or _TIME_RE.search(m.group("post"))))
