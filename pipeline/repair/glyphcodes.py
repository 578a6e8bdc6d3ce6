"""A cited document's code as the lost-digit twins compare it, and the code a date belongs to.

:class:`pipeline.repair.glyphs.DocumentNumbers` restores a number or a date with lost digits
from the same document's intact copy, matched by the code printed after the number ('số
 0-NQ/TW' is '50' where '50-NQ/TU' is printed) or before the date ('số 38/2015/TT-BTC ngày
25/ /2015' is the date printed after 'TT-BTC').  Two shapes of real text broke the match
(glyph32's and glyph33's counts at seed 0; one token each, the same shape in several texts):

- **a code in capitals**: a heading set in capitals cites the Prime Minister's decision as
  'QUYẾT ĐỊNH SỐ 34/20 4/QĐ-TTG NGÀY 30/5/20 4' where the text prints '34/2014/QĐ-TTg'
  (v14; the development and repair texts t4, aa5, aq5, v1, w6 print 'QĐ-TTG' or 'CT-TTG'
  in a capitals heading too).  The case of a code's letters names no other document: a
  code is compared in capitals (CODES_ANY_CASE).
- **a date after the issuer**: 'Chỉ thị số 21-CT/TU của Tỉnh ủy Quảng Ngãi ngày 21/3/2017'
  prints the issuer between the code and the date, so the intact date was keyed to no code
  and the heading's 'CHỈ THỊ SỐ 2 -CT/TU NGÀY 2 /3/20  ' found no twin (aa4; the shape
  'số X/CODE của <issuer> ngày D/M/Y' is in six texts of samples/text, unseen_repair and
  realdocs: '/PA-UBND của UBND xã Thiệu Giang ngày 30/8/2022', '/QĐ-TTg của Thủ tướng Chính
  phủ ngày 6/11/2007').  The issuer's words (no digit, no mark that ends a clause) may stand
  between them (DATE_AFTER_ISSUER); it is read on intact lines only, where the date is
  printed whole, so it adds twins and never a fill of its own.
- **a year inside a number**: '34/20 4/QĐ-TTG' has its year between the number and the code;
  the intact '34/2014/QĐ-TTg' was kept as number '34' with code '/2014/QĐ-TTg' only, so the
  year's gap found no twin with its code (v14).  The year is the intact one printed with that
  very number and code (YEAR_IN_NUMBER_TWINS): three parts agree, none is guessed.
"""
from __future__ import annotations

import re

CODES_ANY_CASE = True  # False: codes compared with their case (before session 30)
DATE_AFTER_ISSUER = True  # False: a date keyed to a code only right after it
YEAR_IN_NUMBER_TWINS = True  # False: a year between a number and its code found no twin

# the issuer between a code and its date: 'của Tỉnh ủy Quảng Ngãi ngày ', 'của Thủ tướng
# Chính phủ ngày ' (letters, spaces and '-' only: a digit, a comma or another code ends it)
_ISSUER_THEN_DATE = re.compile(
    r"/([A-ZĐ][\wĐ&]*(?:-[\wĐ&]+)+|[A-ZĐ]{2,}[\wĐ&]*)\s+(?:của|CỦA)\s+"
    r"[^\W\d_][^\d,;:.()/|\"“”]{1,60}?(?:\s+(?:[nN]gày|NGÀY))?\s*$")


def code_key(code: str | None) -> str | None:
    """``code`` as the twins compare it: in capitals ('QĐ-TTg' and 'QĐ-TTG' are one code)."""
    if code is None or not CODES_ANY_CASE:
        return code
    return code.upper()


def same_code(printed: str, damaged: str) -> bool:
    """Whether an intact number's code ``printed`` ('/2014/QĐ-TTg') is the damaged line's
    ``damaged`` ('/QĐ-TTG', or its start up to the first gap: 'QĐ-TT')."""
    if CODES_ANY_CASE:
        return printed.upper().startswith(damaged.upper())
    return printed.startswith(damaged)


def code_before_issuer(text: str, at: int) -> str | None:
    """The code of the document number before the issuer (and 'ngày') that end right at ``at``
    ('CT/TU' in 'Chỉ thị số 21-CT/TU của Tỉnh ủy Quảng Ngãi ngày 21/3/2017'), or None."""
    if not DATE_AFTER_ISSUER:
        return None
    m = _ISSUER_THEN_DATE.search(text[max(0, at - 90):at])
    return m.group(1) if m else None


_NUMBER_THEN_SLASH = re.compile(r"(?<![\w/])(\d+)/$")


# a number's gap in the citation's date after the code ('TT-BTC   gày 2  thá g 03     201 '):
# a digit beside a double space, or a space between two digits
_DATE_GAP = re.compile(r"\d {2}|\d \d| {2}\d")


def coded_year_fits(text: str, a: int, b: int, fits: list[str], code: str,
                    coded: dict[str, set[str]], covered: set[int]) -> list[str]:
    """Of the years ``fits`` for a gap at ``a:b`` between a whole number and ``code`` ('34/20
    4/QĐ-TTG'), those the intact lines print between that number and that code
    ('34/2014/QĐ-TTg'; ``coded``: number -> the codes printed after it).  Not while the
    citation's date after the code still has gaps no twin of this pass filled (``covered``):
    the date's own readings (the cited date's twins, the gazette's table) take the number
    with it, and a year read first here left h4's 'ngày 2  tháng 03 năm 201 ' to a wrong
    year (seed 2, measured)."""
    if not YEAR_IN_NUMBER_TWINS:
        return []
    m = _NUMBER_THEN_SLASH.search(text, max(0, a - 8), a)
    if not m:
        return []
    tail = b + len(code)
    for g in _DATE_GAP.finditer(text, tail, min(len(text), tail + 40)):
        if not all(i in covered for i in range(g.start(), g.end()) if text[i] == " "):
            return []
    return [n for n in fits if any(same_code(c, "/" + n + code) for c in coded.get(m.group(1), ()))]
