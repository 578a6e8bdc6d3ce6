"""Which digit each digit code of a '(cid:NN)' cipher stands for, from what the numbers are.

pipeline.repair.glyphs solves a '(cid:NN)' cipher as a substitution (solve_cid): its language
model tells letters apart, but reads every digit alike where a number stands, and the votes of
the numbers the document prints whole (glyphs._vote_digits) only reach numbers printed twice.
Most dates of a directive are printed once, so a code for '8' read as '1' turned '28/5' into
'21/5' and a deadline's year 2026 into 2024 (benchmarks/end_to_end.py, cid row).

What a number is pins many of them down, the way a reader checks a date:

- a day is 1-31 and fits its month, a month 1-12 ('dd/mm/yyyy', 'ngày d tháng m năm y');
- a year lies among the document's years; a range runs forward ('2023 - 2025'), a school
  year is two years in a row ('năm học 2019-2020');
- a weekday named beside a date is that date's weekday ('Thứ Ba, ngày 28/5', '02/8/2025 (Thứ
  7)'; a day-month date takes the document's year);
- a cited document's number and its date share one year ('193/2025/NĐ-CP ngày 02/7/2025');
- a law cited by name bears the number or date the gazette cites it with ('Luật Tổ chức
  chính quyền địa phương ngày 19 tháng 6 năm 2015', models/cited_laws.tsv);
- the same date printed whole elsewhere in the document;
- a section number follows on from its neighbours ('1(cid:9). ...' after '13.'; glyphs.infer_label).

Every reading of the document's digit codes (one digit per code, no two codes one digit, no
code a digit the damaged font prints) is scored by these checks, plus the votes of the
numbers printed whole; a code takes the digit every best reading gives it.  Where the best
readings disagree the code is left unsolved, a gap in the text: a wrong digit in a date is a
wrong deadline, a gap only a missing one.
"""
from __future__ import annotations

import datetime
import itertools
import re
from collections import Counter

from pipeline.repair.glyphdigits import law_matches, year_bounds

CID = re.compile(r"\(cid:(\d+)\)")

# a weekday as directives name it ('Thứ Ba', 'THỨ 3', 'Chủ nhật'); Monday is 0 as in datetime
_WEEKDAY_WORDS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "2": 0, "3": 1, "4": 2, "5": 3,
                  "6": 4, "7": 5}
_WEEKDAY = r"(?:(?:thứ|Thứ|THỨ)\s+(?P<wd>hai|ba|tư|năm|sáu|bảy|[2-7])(?![^\W_])|(?P<cn>chủ\s+nhật|Chủ\s+nhật|CHỦ\s+NHẬT|CN))"
# '.' parts a date only before its year ('02.7.2025'): '2.7.' is a section's number
_DMY = (r"(?P<d>\d{1,2})(?:\s*[/-]\s*(?P<m>\d{1,2})(?:\s*[/-]\s*(?P<y>\d{4}))?"
        r"|\.(?P<m2>\d{1,2})\.(?P<y2>\d{4}))(?![\d/])")
_WORDS = (r"(?P<d>\d{1,2})\s+(?:tháng|Tháng|THÁNG)\s+(?P<m>\d{1,2})"
          r"(?:\s*(?:,\s*)?(?:năm|Năm|NĂM)\s+(?P<y>\d{4}))?(?!\d)")
_DATE_SLASH = re.compile(r"(?<![\d/.])" + _DMY)
_DATE_WORDS = re.compile(r"(?<!\d)(?:ngày|Ngày|NGÀY)\s+" + _WORDS)
_WD_BEFORE = re.compile(_WEEKDAY + r"[\s,:(]*(?:(?:ngày|Ngày|NGÀY)\s*)?$", re.I)
_WD_AFTER = re.compile(r"^\s*[(,-]?\s*" + _WEEKDAY, re.I)
_YEAR = re.compile(r"(?<![\d/.,])((?:19|20)\d\d)(?![\d.,]\d)")
# a year where a year stands ('năm 2026', 'giai đoạn 2026', a number's '/2026/'), not a
# document's number ('Số: 1906/SGDĐT') nor a telephone's digits
_YEAR_AT = re.compile(r"(?:(?:năm|Năm|NĂM|đoạn|ĐOẠN|kỳ|KỲ|học|HỌC)\s+|(?<=\d)/)((?:19|20)\d\d)(?!\d)")
_RANGE = re.compile(r"(?<![\d/])((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)")
_SPAN_JOIN = re.compile(r"\s*(?:đến|ĐẾN|Đến|tới|TỚI|-|–)\s*(?:(?:hết\s+)?(?:ngày|NGÀY)\s*)?")
_SCHOOL_YEAR = re.compile(r"(?:năm học|NĂM HỌC|Năm học)\s+$")
_TERM = re.compile(r"(?:nhiệm kỳ|NHIỆM KỲ|Nhiệm kỳ)\s+$")
# a cited document's number with its year, then its date: 'số 59/2025/QĐ-UBND ngày 30/6/2025'
_NUMBER_DATE = re.compile(r"(?<![\d/])\d{1,5}/((?:19|20)\d\d)/[^\W\d_][^\s,;]*\s+(?:ngày|Ngày)\s+")

HARD = 20.0  # a reading that makes a number impossible (month 13, a date on the wrong weekday)
SAME_DATE = 3.0  # the date printed whole elsewhere in the document
WEEKDAY = 4.0  # the weekday named beside the date is the date's
PAIRED_YEAR = 4.0  # a cited number's year is its date's
LABEL = 6.0  # the section number its neighbours say
CITED_LAW = 4.0  # a law cited by name with the number or date the gazette cites it with
DOC_YEAR = 1.0  # a year is most often the document's own (its most printed year)
# the document's year is a weak prior: a code it alone decides (the readings without it tie
# or prefer another digit) by less than DOC_YEAR_ALONE_MARGIN is left unsolved, a gap
# (unseen_repair `--seeds 3`: such codes were wrong 4 times, right 3: '2019' for the
# '2018' of a budget year, '2018' for a council term's '2015'; samples: right once)
DOC_YEAR_ALONE_MARGIN = 2.0
_MAX_READINGS = 20_000


def _wd_of(m: re.Match) -> int:
    if m.group("cn"):
        return 6
    return _WEEKDAY_WORDS[m.group("wd").lower()]


def _valid(d: int, mo: int, y: int | None) -> bool:
    if not 1 <= mo <= 12 or d < 1:
        return False
    try:
        datetime.date(y or 2024, mo, d)  # 2024: a leap year lets '29/2' stand without a year
    except ValueError:
        return False
    return True


def _dmy(m: re.Match) -> tuple[int, int, int | None]:
    """(day, month, year or None) of a date match of either pattern."""
    g = m.groupdict()
    mo = g.get("m") or g.get("m2")
    y = g.get("y") or g.get("y2")
    return int(m.group("d")), int(mo), int(y) if y else None


class DateChecks:
    """The document-wide facts the checks compare a reading with: its years and the dates it
    prints whole (from its lines read without the digit codes)."""

    def __init__(self, intact: list[str]) -> None:
        years = [int(y) for t in intact for y in _YEAR.findall(t)]
        self.year_lo, self.year_hi = year_bounds(years)
        counts = Counter(years)
        self.doc_year: int | None = max(counts, key=lambda y: (counts[y], y)) if counts else None
        self.dates: set[tuple[int, int, int | None]] = set()
        for t in intact:
            for d, mo, y in self._dates(t):
                self.dates.add((d, mo, y))
                self.dates.add((d, mo, None))

    @staticmethod
    def _dates(text: str):
        for rx in (_DATE_SLASH, _DATE_WORDS):
            for m in rx.finditer(text):
                d, mo, y = _dmy(m)
                yield d, mo, y

    def score(self, text: str) -> float:
        """How well the numbers of one line, read whole, hold together (0 for a line with
        nothing to check; negative for impossible numbers, positive for confirmed ones)."""
        s, own_years = self.score_parts(text)
        return s + DOC_YEAR * own_years

    def score_parts(self, text: str) -> tuple[float, int]:
        """:meth:`score` without the document's year, and how many of the line's years are
        the document's own (each worth DOC_YEAR)."""
        s = 0.0
        own_years = 0
        # a span runs forward: 'từ ngày 05/12/2025 đến ngày 20/02/2026' (a year left out of
        # one end is the other's)
        spans = list(_DATE_SLASH.finditer(text))
        for a, b in zip(spans, spans[1:]):
            if not _SPAN_JOIN.fullmatch(text[a.end():b.start()]):
                continue
            (d1, m1, y1), (d2, m2, y2) = _dmy(a), _dmy(b)
            y1, y2 = y1 or y2, y2 or y1
            if y1 and _valid(d1, m1, y1) and _valid(d2, m2, y2) and (y1, m1, d1) > (y2, m2, d2):
                s -= HARD
        for rx in (_DATE_SLASH, _DATE_WORDS):
            for m in rx.finditer(text):
                d, mo, y = _dmy(m)
                if rx is _DATE_SLASH and y is None and not (1 <= mo <= 12 and 1 <= d <= 31):
                    continue  # '15/2' that is no date ('số 15/25'): a ratio, a number
                if not _valid(d, mo, y):
                    s -= HARD
                    continue
                if y is not None and not self.year_lo <= y <= self.year_hi:
                    s -= HARD
                if (d, mo, y) in self.dates:
                    s += SAME_DATE
                wy = y or self.doc_year
                wd = _WD_BEFORE.search(text[max(0, m.start() - 24):m.start()]) or _WD_AFTER.match(text[m.end():m.end() + 16])
                if wd and wy and _valid(d, mo, wy):
                    ok = datetime.date(wy, mo, d).weekday() == _wd_of(wd)
                    s += WEEKDAY if ok else -(HARD if y else WEEKDAY)
                nd = _NUMBER_DATE.search(text[max(0, m.start() - 80):m.start()])
                if nd and y is not None and nd.end() == m.start() - max(0, m.start() - 80):
                    s += PAIRED_YEAR if int(nd.group(1)) == y else -HARD
        s += CITED_LAW * law_matches(text)
        for m in _YEAR_AT.finditer(text):
            y = int(m.group(1))
            if not self.year_lo <= y <= self.year_hi:
                s -= HARD
            elif y == self.doc_year:
                own_years += 1
        for m in _RANGE.finditer(text):
            a, b = int(m.group(1)), int(m.group(2))
            if _SCHOOL_YEAR.search(text[:m.start()]):
                s += 0.0 if b == a + 1 else -HARD
            elif a >= b:
                s -= HARD
            elif _TERM.search(text[:m.start()]) and b - a == 5:
                s += 1.0  # a council's or a congress's term is five years
        return s, own_years


def render(text: str, reading: dict[str, str], mapping: dict[str, str]) -> str:
    """``text`` with the digit codes read by ``reading`` and the other codes by ``mapping``
    ('?' for a code neither solves)."""
    return CID.sub(lambda m: reading.get(m.group(1)) or mapping.get(m.group(1)) or "?", text)


def _year_alone(top: dict, top_plain: dict, n: str, d: str) -> bool:
    """Whether the document's year alone gives code ``n`` the digit ``d``: without it
    another digit scores as well or better, and with it ``d`` wins by less than
    DOC_YEAR_ALONE_MARGIN."""
    others = [v for (m, x), v in top.items() if m == n and x != d]
    plain_others = [v for (m, x), v in top_plain.items() if m == n and x != d]
    if not others or not plain_others:
        return False
    return top[(n, d)] - max(others) < DOC_YEAR_ALONE_MARGIN and top_plain[(n, d)] - max(plain_others) <= 1e-9


def settle_digits(texts: list[str], mapping: dict[str, str], domains: dict[str, list[str]],
                  votes: dict[str, dict[str, int]], labels: dict[str, dict[str, int]]) -> dict[str, str | None]:
    """code -> digit for the digit codes of ``domains`` (code -> the digits it may be), or
    None where the best readings disagree.  ``votes``: code -> digit -> votes of the numbers
    printed whole (glyphs._vote_digits); ``labels``: the same from section numbers."""
    codes = sorted(domains, key=int)
    if not codes:
        return {}
    coded = [t for t in texts if "(cid:" in t and any(f"(cid:{n})" in t for n in codes)]
    intact = [CID.sub(" ", t) for t in texts]
    checks = DateChecks([t for t in texts if "(cid:" not in t] + [t for t in intact if t.strip()])
    # each line's template, cut where the digit codes stand: one join per reading
    parts = []
    for t in coded:
        pieces = []
        pos = 0
        for m in CID.finditer(t):
            if m.group(1) in domains:
                pieces.append(render(t[pos:m.start()], {}, mapping))
                pieces.append(m.group(1))
                pos = m.end()
        pieces.append(render(t[pos:], {}, mapping))
        parts.append(pieces)
    n_readings = 1
    for n in codes:
        n_readings *= max(1, len(domains[n]))
    if n_readings > _MAX_READINGS:
        return {n: mapping.get(n) for n in codes}
    best: list[dict[str, str]] = []
    best_s = -1e18
    # the best score of the readings that give a code a digit, with and without the
    # document's year (DOC_YEAR_ALONE_MARGIN)
    top: dict[tuple[str, str], float] = {}
    top_plain: dict[tuple[str, str], float] = {}
    cache: dict[str, tuple[float, int]] = {}
    for combo in itertools.product(*(domains[n] for n in codes)):
        if len(set(combo)) < len(combo):
            continue  # one code per glyph: two codes are never one digit
        reading = dict(zip(codes, combo))
        s = 0.0
        own = 0
        for n, d in reading.items():
            s += votes.get(n, {}).get(d, 0) + LABEL * labels.get(n, {}).get(d, 0)
        for pieces in parts:
            line = "".join(reading[p] if k % 2 else p for k, p in enumerate(pieces))
            got = cache.get(line)
            if got is None:
                got = cache[line] = checks.score_parts(line)
            s += got[0]
            own += got[1]
        full = s + DOC_YEAR * own
        if DOC_YEAR_ALONE_MARGIN:
            for n, d in reading.items():
                if top.get((n, d), -1e18) < full:
                    top[(n, d)] = full
                if top_plain.get((n, d), -1e18) < s:
                    top_plain[(n, d)] = s
        s = full
        if s > best_s + 1e-9:
            best, best_s = [reading], s
        elif s > best_s - 1e-9:
            best.append(reading)
    out: dict[str, str | None] = {}
    for n in codes:
        seen = {r[n] for r in best}
        d = seen.pop() if len(seen) == 1 else None
        if d is not None and DOC_YEAR_ALONE_MARGIN and _year_alone(top, top_plain, n, d):
            d = None
        out[n] = d
    return out
