"""header26: header classes measure20 named on unseen20 (issue 5, header fields on new text).

Each reading is a function of its own, called from `posted.posted_header` at one place:
- `decree_lead`: a lead whose body issues a decree named by its number alone, 'Ngày 7-8, Chính phủ ban hành Nghị định
  220/2025 sửa đổi ...', 'Chính phủ vừa ban hành Nghị định số 13/2023/NĐ-CP ...': type, number, issuer, and the day in the
  year the number carries (a decree's number 'N/YYYY' names the year it was issued).
- `today_date`: a notice that dates itself as 'today', 'tính đến ngày hôm nay ( 29/04/2022 )', 'hôm nay (29/4/2022)': the
  date in brackets is the notice's own day.
"""
from __future__ import annotations

import datetime as _dt
import re

from pipeline.structure import posted24

# (the body that issues a decree: the Government; 'Chính phủ' as the lead's subject after a day, a paper's tag or 'lately')
_DECREE_LEAD_RE = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:\([^()]{2,40}\)\s*[-–—]?\s*)?(?:(?:Mới\s+đây|Vừa\s+qua|Gần\s+đây)\s*,\s*)?"
    r"(?P<day>" + posted24.LEAD_DAY + r")?"
    r"(?P<body>Chính\s+phủ)\s+(?:(?:đã|vừa|mới)\s+)*(?:ký\s+)?ban\s+hành\s+Nghị\s+định\s+(?:số\s*:?\s*)?"
    r"(?P<num>\d{1,4}\s*/\s*(?P<y>(?:19|20)\d\d)(?:\s*/\s*NĐ\s*-\s*CP)?)(?![\w/])")
_DAY_MONTH_RE = re.compile(r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})(?:\s*[/.\-]\s*(?P<y>(?:19|20)\d\d))?")


def _day(d: str | int, m: str | int, y: str | int) -> _dt.date | None:
    try:
        return _dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def decree_lead(texts: list[str]) -> dict | None:
    """The decree a lead says the Government issued (see _DECREE_LEAD_RE): {'doc_type', 'number', 'issuer', 'date'}, the
    date only when the lead prints a day (its year the lead's own, else the number's), or None."""
    for t in texts:
        m = _DECREE_LEAD_RE.search(t)
        if not m:
            continue
        date = None
        if m.group("day"):
            dm = _DAY_MONTH_RE.search(m.group("day"))
            date = _day(dm.group("d"), dm.group("m"), dm.group("y") or m.group("y"))
        return {"doc_type": "Nghị định", "number": re.sub(r"\s+", "", m.group("num")), "issuer": "Chính phủ", "date": date}
    return None


# ('tính đến ngày hôm nay ( 29/04/2022 )', 'Hôm nay (29/4/2022), ...': the day a notice calls 'today', in brackets)
_TODAY_RE = re.compile(r"(?<![^\W_])(?i:(?:ngày\s+)?hôm\s+nay)\s*\(\s*(?:ngày\s+)?(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*"
                       r"(?P<y>(?:19|20)\d\d)\s*\)")


def today_date(texts: list[str]) -> _dt.date | None:
    """The day a notice's lead calls 'today' in brackets (see _TODAY_RE), or None."""
    for t in texts:
        m = _TODAY_RE.search(t)
        if m:
            return _day(m.group("d"), m.group("m"), m.group("y"))
    return None
