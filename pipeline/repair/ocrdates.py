"""Dates an OCR reading made impossible, set right from the document's other dates.

Tesseract misreads the digits of a date in ways the date itself exposes: a month or a day no
calendar has ('ngày 29 tháng 44 năm 2022', 'ngày 46 tháng 11'), a year of five digits ('năm
19279', 'năm 20195': a speck or a stroke read as one more digit), a year no directive of ours
can name ('năm 2924' in a document of 2024), a year opened by a capital L ('L979').  Each is
evidence on its own that the reading is wrong, and the candidates are few:

* a day or month: a value the document prints elsewhere in a date of the same month (day)
  or year (month) that look-alike digits reach (WIDE_LOOKALIKES); otherwise the digits OCR
  reads for a printed '1' ('4', '7') read back as '1', only when one value is possible;
* a year of five digits: one digit but the last dropped (a year the document prints with a
  digit after it is a footnote's number, 'năm 20243', and stays); a year of four that is no
  plausible year (before 1900 or after LATEST_YEAR): one digit changed.  Either only to a year the document prints
  elsewhere (as a year, a date's year or a code's '/2024/'), the most frequent one when
  several fit; a year nothing else in the document names stays as read;
* 'L' before three digits that make a year of 19xx: '1'.

Run on OCR'd lines only (see pipeline.repair.ocr.repair_ocr), after the line rules.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter

LATEST_YEAR = 2100  # a strategy's vision reaches decades ahead ('tầm nhìn đến năm 2050', '2075')
EARLIEST_YEAR = 1900
# digits Tesseract prints for a printed '1' (a serif '1' with its flag read as '4' or '7')
ONE_LOOKALIKES = frozenset("47")
# wider look-alikes, trusted only towards a value the document prints elsewhere ('tháng 22'
# in a letter whose other dates are of November: 11; 'ngày 49/10' beside '18/10': 18)
WIDE_LOOKALIKES = {"2": "1", "4": "1", "7": "1", "9": "8", "3": "8", "6": "8", "0": "8"}

_DATE_WORDS = re.compile(r"(?i:\bngày)\s+(\S{1,3})\s+(?i:tháng)\s+(\d{1,2})(?:\s+(?i:năm)\s+(\d{4,5}))?")
_DATE_SLASH = re.compile(r"(?<![\w/])(\d{1,2})/(\d{1,2})/(\d{4,5})(?![\w/])")
_NUMBER_BEFORE = re.compile(r"(?i:số|mã)[:.]?\s*$")
_YEAR_AFTER_NAM = re.compile(r"(?i:\bn[aă]m)\s+(\d{4,5})(?![\w/])")
_YEAR_TOKEN = re.compile(r"(?<![\w/.,])((?:19|20)\d\d)(?![\d])")
_CODE_YEAR = re.compile(r"/((?:19|20)\d\d)/")
_L_YEAR = re.compile(r"(?<![^\W\d_])L(9\d\d)(?![\w/])")


def _plausible(y: int) -> bool:
    return EARLIEST_YEAR <= y <= LATEST_YEAR


def document_years(texts: list[str]) -> Counter:
    """How often each plausible year stands in the document (alone, in a date or a code)."""
    c: Counter = Counter()
    for t in texts:
        if not any(ch.isdigit() for ch in t):
            continue
        for m in _YEAR_TOKEN.finditer(t):
            c[int(m.group(1))] += 1
        for m in _CODE_YEAR.finditer(t):
            c[int(m.group(1))] += 1
    return c


def document_dates(texts: list[str]) -> list[tuple[int, int, int | None]]:
    """The valid (day, month, year) dates the document prints."""
    out = []
    for t in texts:
        if not any(ch.isdigit() for ch in t):
            continue
        for rx in (_DATE_WORDS, _DATE_SLASH):
            for m in rx.finditer(t):
                if not m.group(1).isdigit():
                    continue
                d, mo = int(m.group(1)), int(m.group(2))
                y = int(m.group(3)) if m.group(3) else None
                if 1 <= d <= 31 and 1 <= mo <= 12 and (y is None or _plausible(y)):
                    out.append((d, mo, y))
    return out


def _as_ones(field: str, lookalikes: dict[str, str] | None = None) -> list[str]:
    """``field`` with one or more of its look-alike digits read back (by default the
    one-look-alikes as '1')."""
    table = lookalikes or {ch: "1" for ch in ONE_LOOKALIKES}
    spots = [i for i, ch in enumerate(field) if ch in table]
    out = []
    for n in range(1, len(spots) + 1):
        for pick in itertools.combinations(spots, n):
            out.append("".join(table[ch] if i in pick else ch for i, ch in enumerate(field)))
    return out


def fix_field(field: str, limit: int, known: set[int]) -> str | None:
    """An impossible day (limit 31) or month (12) read back: a value the document prints in
    its other dates that the digits' look-alikes reach (WIDE_LOOKALIKES), else the only value
    a '1' misread reaches, else None."""
    v = int(field)
    if 1 <= v <= limit:
        return None
    hit = sorted({c for c in _as_ones(field, WIDE_LOOKALIKES) if 1 <= int(c) <= limit and int(c) in known})
    if len(hit) == 1:
        return hit[0]
    cands = [c for c in _as_ones(field) if 1 <= int(c) <= limit]
    if hit or not cands:
        return None
    # the fewest digits read back ('47' -> '17' rather than '11')
    fewest = min(sum(a != b for a, b in zip(c, field)) for c in cands)
    cands = [c for c in cands if sum(a != b for a, b in zip(c, field)) == fewest]
    return cands[0] if len(cands) == 1 else None


def fix_year(field: str, years: Counter) -> str | None:
    """A year of five digits or no plausible one, read back to a year the document prints."""
    if len(field) == 5:
        if years.get(int(field[:4])):
            return None  # a year the document prints and a footnote's number ('năm 20243')
        # one digit read in: not the last (a footnote's number, above)
        cands = {field[:i] + field[i + 1:] for i in range(4)}
    elif len(field) == 4 and not _plausible(int(field)):
        cands = {field[:i] + d + field[i + 1:] for i in range(4) for d in "0123456789"}
    else:
        return None
    cands = [c for c in cands if c[0] != "0" and _plausible(int(c)) and years.get(int(c))]
    if not cands:
        return None
    best = max(cands, key=lambda c: (years[int(c)], c))
    ties = [c for c in cands if years[int(c)] == years[int(best)]]
    return best if len(ties) == 1 else None


def fix_document_dates(texts: list[str]) -> dict[int, str]:
    """{line index: new text} for the lines holding a date OCR made impossible."""
    if not any(any(ch.isdigit() for ch in t) for t in texts):
        return {}
    years = document_years(texts)
    dates = document_dates(texts)
    out: dict[int, str] = {}
    for k, t in enumerate(texts):
        if not any(ch.isdigit() for ch in t):
            continue
        edits: list[tuple[int, int, str]] = []
        for rx in (_DATE_WORDS, _DATE_SLASH):
            for m in rx.finditer(t):
                if rx is _DATE_SLASH and _NUMBER_BEFORE.search(t, 0, m.start()):
                    continue  # 'số 45/44/2020': a number, not a date
                d, mo, y = m.group(1), m.group(2), m.group(3)
                yv = int(y) if y and len(y) == 4 else None
                new_mo = fix_field(mo, 12, {b for a, b, c in dates if yv is None or c == yv})
                mo_v = int(new_mo or mo)
                new_d = None if not d.isdigit() else fix_field(d, 31, {a for a, b, c in dates if b == mo_v and (yv is None or c == yv)})
                if new_d:
                    edits.append((m.start(1), m.end(1), new_d))
                if new_mo:
                    edits.append((m.start(2), m.end(2), new_mo))
                if y:
                    new_y = fix_year(y, years)
                    if new_y:
                        edits.append((m.start(3), m.end(3), new_y))
        for m in _YEAR_AFTER_NAM.finditer(t):
            new_y = fix_year(m.group(1), years)
            if new_y:
                edits.append((m.start(1), m.end(1), new_y))
        for m in _L_YEAR.finditer(t):
            edits.append((m.start(), m.end(), "1" + m.group(1)))
        if not edits:
            continue
        new = t
        seen = set()
        for a, b, rep in sorted(set(edits), reverse=True):
            if (a, b) in seen:
                continue
            seen.add((a, b))
            new = new[:a] + rep + new[b:]
        if new != t:
            out[k] = new
    return out
