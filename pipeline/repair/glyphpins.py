"""Lost digits of a number printed once, filled only where the document itself pins them.

pipeline.repair.glyphdigits fills a year, a day or a month whose gap one value fits, and
leaves a document's number ('Số:  767/KH-UBND'), an amount ('1.5 3,1 tỷ') or a count as
a gap: such a number may be any digits, and the digits earlier fills showed lost are often
not all the font lost ('14/2025/QH15' for '64/2025/QH15', measured in session 11).  A
careful reader still fills a digit when the document pins it, and only then (the lead's
decision, session 21):

- (a) the font's lost set holds exactly one digit that could fill the gap: either the
  digits the damaged lines never print (a digit they print is one the font maps) leave
  one value, or the digits earlier fills showed lost leave one value and the digits
  nothing says about are ones the document hardly prints (a gap is one of them about as
  often as the document writes them);
- (b) several digits may be lost but one value is valid (a document's number has no
  leading zero beyond two places: 'Số:  0/CT-UBND' with '0' and '1' possible is '10'; a
  year lies within the years the intact lines print, first to last, unless it is a
  target year, 'đến năm');
- (c) the same number printed intact elsewhere (pipeline.repair.glyphs.DocumentNumbers,
  before this step).

Every fill here is below the review threshold and lists the values it weighed.  Any
other gap stays a gap.  A number of no known kind is considered only inside a number's
own shape (between two digits, or against its decimal or thousands mark: '1.5 3,1',
'4 ,5%'): a space beside a digit elsewhere may be a real one ('0210 3 846', 'Điều 1 , 2')."""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.repair.glyphdigits import NumberGaps

# the switch, and the confidences: (a) on the damaged lines' own digits, and on the
# inferred lost set with the unsure digits rare in the document (both below the review
# threshold, 0.8: flagged)
PINNED_FILLS = True
PINNED_CONFIDENCE = 0.7
INFERRED_CONFIDENCE = 0.6
# how much of the document's printed digits the digits nothing says about (never printed
# by the damaged lines, not shown lost) may make up for the inferred lost set to decide:
# the chance a gap is one of them is about their share (measured on samples/text, seeds 0-2)
UNSURE_SHARE = 0.05
# the fewest digits the intact lines must print for their shares to mean anything
MIN_INTACT_DIGITS = 40
_NUMBER_MARKS = ".,"
# (b) for a year the rounds left open: the one value within the years the intact lines
# print (at least this many of them)
DOCUMENT_YEARS = True
MIN_INTACT_YEARS = 2
# a target year ('HƯỚNG ĐẾN NĂM  0 0', 'tầm nhìn đến năm 20 0') lies after the years a
# document reports on by nature: never read from them
_TARGET_YEAR = re.compile(r"(?i)(?:đến|tới|nhìn)\s+năm\s*$")
_YEAR_RUN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def digit_shares(intact: list[str]) -> tuple[dict[str, float], int]:
    """Each digit's share of the digits the intact lines print, and how many they print."""
    counts = Counter(ch for t in intact for ch in t if ch.isdigit())
    total = sum(counts.values())
    return ({d: counts[d] / total for d in "0123456789"} if total else {}), total


def _valid(value: str, kind: str, text: str, a: int) -> bool:
    """A document's number or a plain number: not nought, no leading zero beyond two places
    ('05/KH-UBND' is a number, '00' and '005' are not; a group after a thousands or decimal
    mark may be anything: '1.0 5', '2,00')."""
    if kind == "" and a > 0 and text[a - 1] in _NUMBER_MARKS:
        return True
    return value.strip("0") != "" and (value[:1] != "0" or len(value) <= 2)


def _in_number_shape(text: str, a: int, b: int) -> bool:
    """Whether every gap of the piece ``text[a:b]`` lies inside a number's own shape: a digit
    on both sides, or a digit on one side and a decimal or thousands mark between digits on
    the other ('1.5 3,1', '4 ,5%', '3 .000')."""
    for k in range(a, b):
        if text[k] != " ":
            continue
        left = text[k - 1] if k > 0 else ""
        right = text[k + 1] if k + 1 < len(text) else ""
        # (a decimal or thousands mark has digits on both sides: 'Điều 1 , Điều 17' is a
        # list's comma, and 'tăng 5 %' a real space as often as a lost digit)
        right_mark = right in ".," and text[k + 2:k + 3].isdigit()
        left_mark = left in ".," and left != "" and text[k - 2:k - 1].isdigit()
        if not (left.isdigit() and (right.isdigit() or right_mark) or right.isdigit() and left_mark):
            return False
    return True


def _year_fills(gaps: NumberGaps, text: str, a: int, b: int, first: int,
                last: int) -> list[tuple[int, str, float, list[str]]]:
    """(b) for a year: of the years the digits the damaged lines never print make of the gap
    (within the rounds' wide bounds and a range's partner), the one within the years the
    intact lines print, first to last ('năm 20 9' in a document printing 2015-2019, '3'
    and '9' possible: 2019, not 2039)."""
    piece = text[a:b]
    lo, hi = gaps._range(text, a, b)
    every = gaps._fits(piece, "year", gaps.candidates, lo, hi)
    inside = [v for v in every if first <= int(v) <= last]
    if len(inside) != 1 or len(every) < 2:
        return []  # (one value in the wide bounds: the rounds' fill, or a reason they left it)
    return [(a + k, c, PINNED_CONFIDENCE, every[:6]) for k, (p, c) in enumerate(zip(piece, inside[0])) if p == " "]


def pinned_fills(gaps: NumberGaps, text: str, shares: dict[str, float],
                 intact_digits: int) -> list[tuple[int, str, float, list[str]]]:
    """(column, digit, confidence, values weighed) for the gaps of a document's numbers and
    plain numbers in ``text`` that the document pins (module docstring).  ``gaps`` is the
    document's :class:`NumberGaps` after its rounds (its candidates, digits shown lost and
    likely lost); ``shares``: :func:`digit_shares` of the intact lines.  Only for a line
    that lost letters too: in a line whose only trace is an odd space, the space before a
    number may be the source's own ('Số:  14/KH-THTBS', aligned or left to be written in)."""
    out: list[tuple[int, str, float, list[str]]] = []
    if not PINNED_FILLS or not gaps.candidates:
        return out
    # (the digits earlier fills restored, not the digits merely likely lost: a digit the
    # document prints often and the damaged lines lack is no proof, measured: '33 0' read
    # 3350 for 3380 with a likely '5')
    inferred = gaps.used & gaps.candidates
    unsure = gaps.candidates - inferred
    unsure_share = sum(shares.get(d, 1.0) for d in unsure) if intact_digits >= MIN_INTACT_DIGITS else 1.0
    years = sorted(int(y) for y in gaps.intact_years)
    for a, b, kind in gaps._pieces(text):
        piece = text[a:b]
        if kind == "year":
            if DOCUMENT_YEARS and len(years) >= MIN_INTACT_YEARS and not _TARGET_YEAR.search(text[:a]):
                out.extend(_year_fills(gaps, text, a, b, years[0], years[-1]))
            continue
        if piece.startswith(" ") and text[a - 1:a] in ("(", "[", "“", '"'):
            continue  # '( 02/9/1945': a space inside a bracket may be a real one
        if kind not in ("code", ""):
            continue
        rest = text[b:].lstrip(" ")
        if kind == "code" and piece.endswith(" ") and rest[:1] in ("/", "-", "–", ""):
            continue  # '123  /QĐ': a space before the slash is as likely as a lost digit
        if kind == "" and (not _in_number_shape(text, a, b) or _YEAR_RUN.search(piece)):
            continue  # ('NĂM 2008 1. Kỷ niệm': a year and a label, a real space between)
        every = gaps._fits(piece, kind, gaps.candidates, ok=lambda v, k=kind, at=a: _valid(v, k, text, at))
        if len(every) == 1:
            value, conf, weighed = every[0], PINNED_CONFIDENCE, every
        else:
            sure = gaps._fits(piece, kind, inferred, ok=lambda v, k=kind, at=a: _valid(v, k, text, at)) if inferred else []
            if len(sure) != 1 or unsure_share > UNSURE_SHARE:
                continue
            value, conf, weighed = sure[0], INFERRED_CONFIDENCE, every
        out.extend((a + k, c, conf, weighed[:6]) for k, (p, c) in enumerate(zip(piece, value)) if p == " ")
    return out
