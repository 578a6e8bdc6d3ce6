"""A lost number inside a running list of numbers, read from its two neighbours.

A directive cites articles, clauses and days as a list ('tại Điều 5, 6, 7, 8, 9, 10', 'khoản
2, khoản 3 và khoản 4', 'các ngày 14, 15, 16'); when the damaged font lost an item's digits
('Điều 5, 6,  , 8, 9, 10'), the same-document twin search (pipeline.repair.glyphs
.DocumentNumbers) has no copy to read, and the digit search (pipeline.repair.glyphdigits)
knows no kind for a bare list item.  The list itself says what stood there when the items
on both sides are whole and two apart: the item between them is the one number between.
Counted in the gazette (402 texts) and samples/text with realdocs: a list item whose two
neighbours differ by two is their middle 2,508 times in 2,520 (99.5 %); an item after two
consecutive ones continues them only 2,508 times in 2,948 (85 %: 'khoản 2, khoản 3, khoản 6'),
so one side alone is no evidence and such a gap is left.

The reading must also fit what the damaged font shows: the item's printed digits are kept
and its gaps take only digits the font may have lost (never one the line prints).  The fill
is an inference, not a copy, so it is recorded below the review threshold (CONFIDENCE).
"""
from __future__ import annotations

import re

# switch and the fill's confidence (an inference from the list, < 0.9: flagged for review)
SEQUENCE_FILLS = True
CONFIDENCE = 0.85

# three items of a list: an intact number, the item with gaps, an intact number; each after
# a separator (',', ';', 'và') and its one real space, with the same label word or none
# ('Điều 5, Điều  , Điều 7', '5, 6,  , 8')
_SEP = r"(?:,|;| và)"
_TRIPLE = re.compile(
    r"(?<![\d/.,:])(?P<a>\d{1,3})" + _SEP + r" (?P<l1>(?:[^\W\d_]+ )?)(?P<g>[\d ]{1,3}?)" + _SEP
    + r" (?P<l2>(?:[^\W\d_]+ )?)(?P<b>\d{1,3})(?![\d%/]|[.,:]\d| \d)")
_LABEL_BEFORE = re.compile(r"([^\W\d_]+) $")


def sequence_fills(text: str, may: set[str]) -> list[tuple[int, str]]:
    """(column, digit) for each gap of a list item in ``text`` whose neighbours in the list
    are whole and two apart: the number between them, when its digits fit the item's printed
    digits and its gaps are digits of ``may`` (the digits the damaged font may have lost)
    that the line itself does not print.  Anything else: nothing."""
    if not SEQUENCE_FILLS or " " not in text:
        return []
    shown = {ch for ch in text if ch.isdigit()}
    out: list[tuple[int, str]] = []
    pos = 0
    while m := _TRIPLE.search(text, pos):
        pos = m.start("g")  # (the gap's item may be the left neighbour of the next list's)
        g, a, b = m.group("g"), int(m.group("a")), int(m.group("b"))
        if " " not in g or b != a + 2 or m.group("l1") != m.group("l2"):
            continue
        before = text[:m.start("a")]
        if before.endswith(("  ", "/")) or re.search(r"\d ?$", before):
            continue  # the left neighbour may itself have lost digits ('1 5, 16,  7')
        lab = _LABEL_BEFORE.search(before)
        if m.group("l1") and (not lab or lab.group(1) + " " != m.group("l1")):
            continue  # 'khoản 5, Điều  , Điều 7': not one list
        value = str(a + 1)
        if len(value) != len(g):
            continue
        if not all(p == c or p == " " and c in may and c not in shown for p, c in zip(g, value)):
            continue
        out.extend((m.start("g") + i, c) for i, (p, c) in enumerate(zip(g, value)) if p == " ")
    return out
