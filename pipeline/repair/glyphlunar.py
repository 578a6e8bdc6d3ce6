"""A date's lost digits read from its other calendar: the solar and the lunar date a directive
prints side by side name one day twice.

Tết and festival directives give the solar date and the lunar one after 'tức' or 'nhằm'
('vào ngày 20-2 (tức ngày 16 tháng Giêng năm Kỷ Hợi)', 'từ ngày 27/1 - 6/2/2023, tức từ ngày 6
- 16 tháng Giêng', 'ngày 17/02 và ngày 18/02/2018 (tức là ngày Mùng 2 và Mùng 3 Tết Âm lịch)').
When the damaged font lost a digit of one side and the other is whole, the calendar leaves
one value: the Vietnamese lunar calendar (new moons and the sun's longitude at UTC+7, the
algorithm Hồ Ngọc Đức published) converts the whole side.  The pairs must agree where both are
whole, the filled digits must be ones the damaged font may have lost, and the line must not
print them; anything else is left.  An inference, so recorded below the review threshold.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

LUNAR_FILLS = True
CONFIDENCE = 0.85
TIMEZONE = 7  # Vietnam's lunar calendar is computed at UTC+7 (it differs from China's now and then)


def _jd(dd: int, mm: int, yy: int) -> int:
    a = (14 - mm) // 12
    y = yy + 4800 - a
    m = mm + 12 * a - 3
    return dd + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045


def _new_moon(k: int) -> float:
    """Julian day of the k-th new moon after 1900-01-01 (Meeus' short series)."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 += -0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr) - 0.0004 * math.sin(dr * 3 * mpr)
    c1 += 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 += -0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 += -0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 += 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        deltat = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        deltat = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - deltat


def _new_moon_day(k: int) -> int:
    return math.floor(_new_moon(k) + 0.5 + TIMEZONE / 24)


def _sun_sector(day: int) -> int:
    """The sun's longitude at the start of ``day`` (local), in twelfths of the circle."""
    t = (day - 0.5 - TIMEZONE / 24 - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    lon = (l0 + dl) * dr
    lon -= math.pi * 2 * math.floor(lon / (math.pi * 2))
    return math.floor(lon / math.pi * 6)


@lru_cache(maxsize=256)
def _month11(yy: int) -> int:
    """The first day of the lunar month holding the winter solstice of year ``yy``."""
    k = math.floor((_jd(31, 12, yy) - 2415021) / 29.530588853)
    nm = _new_moon_day(k)
    return _new_moon_day(k - 1) if _sun_sector(nm) >= 9 else nm


def _leap_offset(a11: int) -> int:
    k = math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5)
    i, arc = 1, _sun_sector(_new_moon_day(k + 1))
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i))
        if arc == last or i >= 14:
            return i - 1


@lru_cache(maxsize=4096)
def solar_to_lunar(dd: int, mm: int, yy: int) -> tuple[int, int, bool]:
    """(day, month, leap) of the lunar date of the solar date dd/mm/yy."""
    day = _jd(dd, mm, yy)
    k = math.floor((day - 2415021.076998695) / 29.530588853)
    start = _new_moon_day(k + 1)
    if start > day:
        start = _new_moon_day(k)
    a11 = _month11(yy)
    b11 = a11
    if a11 >= start:
        a11 = _month11(yy - 1)
    else:
        b11 = _month11(yy + 1)
    diff = math.floor((start - a11) / 29)
    month, leap = diff + 11, False
    if b11 - a11 > 365:
        off = _leap_offset(a11)
        if diff >= off:
            month = diff + 10
            leap = diff == off
    if month > 12:
        month -= 12
    return day - start + 1, month, leap


def _valid(dd: int, mm: int, yy: int) -> bool:
    if not (1 <= mm <= 12 and 1 <= dd <= 31):
        return False
    return dd <= [31, 29 if yy % 4 == 0 and (yy % 100 or yy % 400 == 0) else 28, 31, 30, 31, 30,
                  31, 31, 30, 31, 30, 31][mm - 1]


# a slot of one or two places, its lost digits spaces ('1 ', ' 6', ' ' for a digit lost whole)
_S = r"[\d ]{1,2}?"


def _solar(p: str) -> str:
    """A solar day and month with an optional year ('27/1', '6/2/2023', '20-2'), named ``p``."""
    return rf"(?P<{p}d>{_S})[/-](?P<{p}m>{_S})(?:[/-](?P<{p}y>[\d ]{{4}}))?"


_LINK = r" ?(?:-|–|và|đến(?: hết)?)(?: ngày)? ?"
_SOLAR_SIDE = re.compile(
    r"(?<![\d/])" + _solar("a") + r"(?:" + _LINK + _solar("b") + r")?"
    + r"(?:\s*\(|,)\s*(?:[Tt]ức|[Nn]hằm)(?: là)?(?: từ)?(?: ngày)?(?: [Mm]ùng)? "
    + rf"(?P<la>{_S})(?:{_LINK}(?:[Mm]ùng )?(?P<lb>{_S}))? "
    + r"(?P<mon>tháng [Gg]iêng|tháng [Cc]hạp|Tết|tết|tháng (?P<mn>\d{1,2}) (?:âm lịch|âl|ÂL))")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _fits(slot: str, value: int, may: set[str]) -> str | None:
    """The form of ``value`` ('6', '06') whose digits match ``slot``'s, its gaps digits of ``may``."""
    for form in {str(value), f"{value:02d}"}:
        if len(form) == len(slot) and all(p == c or p == " " and c in may for p, c in zip(slot, form)):
            return form
    return None


def lunar_fills(text: str, may: set[str]) -> list[tuple[int, str]]:
    """(column, digit) for the lost digits of a solar date or its lunar twin in ``text`` that
    the other, whole, names: one solar date or two ('ngày 27/1 - 6/2/2023') followed by the
    lunar day or days in the same order after 'tức' / 'nhằm', with the lunar month named
    ('tháng Giêng', 'tháng Chạp', 'Tết', 'tháng 8 âm lịch').  ``may``: the digits the damaged
    font may have lost; a digit the line prints is none of them.  Nothing when the year is not
    printed on the line, a whole pair disagrees, or more than one value fits."""
    if not LUNAR_FILLS or ("tức" not in text.lower() and "nhằm" not in text.lower()):
        return []
    may = may - {ch for ch in text if ch.isdigit()}
    years = [int(y) for y in _YEAR.findall(text)]
    out: list[tuple[int, str]] = []
    for m in _SOLAR_SIDE.finditer(text):
        solar = [(m.start(p + "d"), m.group(p + "d"), m.start(p + "m"), m.group(p + "m"), m.group(p + "y"))
                 for p in ("a", "b") if m.group(p + "d") is not None]
        lunar = [(m.start(g), m.group(g)) for g in ("la", "lb") if m.group(g) is not None]
        if len(solar) != len(lunar):
            continue
        mon = m.group("mon").lower()
        lmonth = int(m.group("mn")) if m.group("mn") else 12 if "chạp" in mon else 1
        year_slot = next((y for *_x, y in reversed(solar) if y), None)
        if year_slot and " " not in year_slot:
            year = int(year_slot)
        elif not year_slot and len(set(years)) == 1:
            year = years[0]
        else:
            continue
        fills: list[tuple[int, str]] = []
        ok = True
        for (ds, dslot, ms, mslot, _y), (ls, lslot) in zip(solar, lunar):
            known_solar = " " not in dslot + mslot
            if known_solar:
                dd, mm = int(dslot), int(mslot)
                if not _valid(dd, mm, year):
                    ok = False
                    break
                lday, lmon, _leap = solar_to_lunar(dd, mm, year)
                if lmon != lmonth:
                    ok = False
                    break
                if " " not in lslot:
                    ok = int(lslot) == lday
                    if not ok:
                        break
                    continue
                form = _fits(lslot, lday, may)
                if form is None:
                    ok = False
                    break
                fills += [(ls + i, c) for i, (p, c) in enumerate(zip(lslot, form)) if p == " "]
            else:
                if " " in lslot:
                    ok = False
                    break
                # every solar day of the year and the one before whose lunar date is this one
                found = []
                for yy in (year,):
                    for mm_ in range(1, 13):
                        for dd_ in range(1, 32):
                            if _valid(dd_, mm_, yy) and solar_to_lunar(dd_, mm_, yy)[:2] == (int(lslot), lmonth):
                                fd, fm = _fits(dslot, dd_, may), _fits(mslot, mm_, may)
                                if fd is not None and fm is not None:
                                    found.append((fd, fm))
                if len(found) != 1:
                    ok = False
                    break
                fd, fm = found[0]
                fills += [(ds + i, c) for i, (p, c) in enumerate(zip(dslot, fd)) if p == " "]
                fills += [(ms + i, c) for i, (p, c) in enumerate(zip(mslot, fm)) if p == " "]
        if ok and fills:
            out += fills
    return out
