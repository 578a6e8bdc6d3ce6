"""A font that lost only digits: its numbers read from the document's own intact copies.

A heading font whose subset lacks a digit or two prints every letter and leaves a space for
each lost digit: 'GIAI ĐOẠN 20 7-202 ' for 'GIAI ĐOẠN 2017-2021', 'TỈNH GIA LAI NĂM 202 ',
'KÈM THEO QUYẾT ĐỊNH SỐ 46  /QĐ-UBND NGÀY  9 THÁNG  0 NĂM 20 8' for a cited decision's
number and date.  No word is cut, so :func:`pipeline.repair.glyphs.repair_glyphs` sees no
fragment of a syllable and returns before its search: such a document was left as it came
(seed 0 of the lost-glyph benchmark, session 29: 6 of 444 texts, 15 weighted errors in their
titles -- periods, a plan's year, a count, a cited decision's number and date; the body prints
a copy of some of them, and this module reads those back: 7 errors there, 2 more in a lightly
damaged document's capitals heading the search leaves too, 'NGÀY 30/5/20 4').

The evidence is the document's: a line with a number's gap (a year with a space among its
digits or its last digit lost, a slash date's year with a gap, a number with a gap between
its digits before its code) is read by
:class:`pipeline.repair.glyphs.DocumentNumbers` on the lines without such a gap, in its
strong mode only -- a year, or a number before a code the same number is printed with --
and with the digits the gap lines never print as the lost ones.  A clean document has no
such gap, or no intact copy that fits it, and is left as it is; a gap several printed
numbers fit stays a gap (a title restates one number, and the text must say which).
"""
from __future__ import annotations

import re

from pipeline.config import Config
from pipeline.model import Document

# switch: read a digits-only font's numbers from their intact copies (session 29, glyph32)
DIGIT_FONT_FILLS = True
# the confidence of such a fill: the same number intact elsewhere, as the search's own
# twin fills (pipeline.repair.glyphs, 'the same word intact elsewhere in the document')
DIGIT_FONT_CONFIDENCE = 0.9

# a trace of a lost digit in a line whose letters are whole: a year with a space among its
# digits ('20 7-202 ', 'NĂM 20 8'), a slash date's year with one ('NGÀY 2 /3/20  '), a number
# before its code with a space between its digits ('2 0-KL/TW').  A typist's space after a
# number ('Số: 12 /QĐ-UBND', 'ngày 2 /3/2017') is none of them.
# (a year's last digit lost leaves its space and the real one after it, or the line's end:
# '202  TRÊN', 'NĂM 202 '; '198 công dân' is a count)
# ('(?<![\d/.,])' before the year is tested on the few matches: a look-behind at every
# position made the three patterns a quarter of a clean document's cost here)
_YEAR_TRACE = re.compile(r"(?:19|20)(?:\d (?=[ ,.;:)”\"–-]|$)| \d|  )(?!\d)", re.M)
_DATE_TRACE = re.compile(r"/[\d ]{1,2}/(?:19|20)(?:\d | \d|  )(?![\d/])")
_CODE_TRACE = re.compile(r"\d +\d+[/-][A-ZĐ]")


# a period with both its years whole ('2017-2021', '2017 - 2021'), and one with a gap in a year
_RANGE = re.compile(r"(?<![\d/.,])((?:19|20)\d\d)( ?[-–] ?)((?:19|20)\d\d)(?![\d/])")
_RANGE_GAP_END = re.compile(r"(?<![\d/.,])((?:19|20)\d\d)( ?[-–] ?)((?:19|20)(?:\d | \d|  )|(?:19|20)\d )(?=[\s,.;:)”\"]|$)")


def range_twin_fills(text: str, ranges: set[tuple[str, str]], digits: set[str]) -> list[tuple[int, str]]:
    """(column, digit) for a period's last year that lost digits after a whole first year
    ('GIAI ĐOẠN 2017-202 ') when the document prints that period whole ('giai đoạn
    2017-2021'): the one printed period that starts so and whose end fits the gaps with
    ``digits`` (none, or several: nothing)."""
    out: list[tuple[int, str]] = []
    for m in _RANGE_GAP_END.finditer(text):
        slot = m.group(3)
        fits = {b for a, b in ranges if a == m.group(1)
                and all(p == c or p == " " and c in digits for p, c in zip(slot, b))}
        if len(fits) == 1:
            end = fits.pop()
            out += [(m.start(3) + i, c) for i, (p, c) in enumerate(zip(slot, end)) if p == " "]
    return out


def _has_trace(text: str) -> bool:
    if any(m.start() == 0 or text[m.start() - 1] not in "0123456789/.," for m in _YEAR_TRACE.finditer(text)):
        return True
    return bool(_DATE_TRACE.search(text) or _CODE_TRACE.search(text))


def _traces(texts: list[str]) -> list[int]:
    """The lines with a number's gap (module docstring).  Every document the glyph search
    leaves comes here (clean ones too): the patterns run once over the whole text first
    (none spans a line end), and line by line only when one matched."""
    if not _has_trace("\n".join(texts)):
        return []
    return [k for k, t in enumerate(texts) if _has_trace(t)]


def _apply(text: str, fills: list[tuple[int, str]]) -> str:
    chars = list(text)
    for c, x in fills:
        if c < len(chars):
            chars[c] = x
    return "".join(chars)


def digit_font_fills(doc: Document, config: Config) -> int:
    """Fill the lost digits of a document the glyph search left because no word was cut
    (module docstring); returns the number of lines changed."""
    if not DIGIT_FONT_FILLS:
        return 0
    texts = [ln.text for ln in doc.lines]
    traces = _traces(texts)
    if not traces:
        return 0
    # late import: pipeline.repair.glyphs calls this module from repair_glyphs
    from pipeline.repair.glyphs import DocumentNumbers, _record_fills, _word_spans

    printed = set("".join(texts[k] for k in traces))
    digits = {d for d in "0123456789" if d not in printed}
    if not digits:
        return 0
    gap_lines = set(traces)
    numbers = DocumentNumbers(texts, set(range(len(texts))) - gap_lines, digits)
    intact = [t for k, t in enumerate(texts) if k not in gap_lines]
    ranges = {(m.group(1), m.group(3)) for t in intact for m in _RANGE.finditer(t)}
    changed = 0
    for k in traces:
        fills = numbers.fills(texts[k], strong_only=True)
        fills = [f for f in fills if f[0] not in numbers.thin]
        if ranges:
            # a period's first year filled, its last read from the same period printed whole
            t = _apply(texts[k], fills)
            taken = {c for c, _x in fills}
            fills += [f for f in range_twin_fills(t, ranges, digits) if f[0] not in taken]
        if not fills:
            continue
        _record_fills(doc, doc.lines[k], fills, _word_spans, DIGIT_FONT_CONFIDENCE,
                      ["the same number intact elsewhere in the document"],
                      f"font lost digits '{''.join(sorted(digits))}' (no letter): spaces filled", config)
        changed += 1
    return changed
