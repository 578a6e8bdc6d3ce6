"""(points22) A press lead's day and month take the one year of the full dates its item prints, when the act is not later.

'..., ngày 1/8, UBND thành phố vừa có văn bản yêu cầu ...' + 'Các tồn tại ... phải báo cáo ... trước ngày 05/8/2012 ...':
the item prints one year, inside a full date (the letter's deadline).  posted24.lead_year counts only years printed
alone ('Vụ hè thu 2024'), and the cited-date rule of posted.py dates the act no earlier than a cited document; a
deadline the act sets is later than the act.  Here every full date the item prints (day/month/year) must share one
year, and the lead's day and month must fall on or before the latest of them in that year (a letter is not written
after the day it sets or cites): then that year is the lead's (samples/gold/README.md, partial dates: the one year the
text names)."""
from __future__ import annotations

import datetime as _dt
import re

__all__ = ["full_dates_year"]

_FULL_DATE_RE = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)")


def full_dates_year(texts: list[str], day_month: tuple[int, int]) -> int | None:
    """The one year of the full dates in ``texts`` when the lead's ``day_month`` is not after the latest of them."""
    found = []
    for d, m, y in _FULL_DATE_RE.findall(" ".join(texts)):
        try:
            found.append(_dt.date(int(y), int(m), int(d)))
        except ValueError:
            continue
    if not found or len({f.year for f in found}) != 1:
        return None
    year = found[0].year
    try:
        lead = _dt.date(year, day_month[1], day_month[0])
    except ValueError:
        return None
    return year if lead <= max(found) else None
