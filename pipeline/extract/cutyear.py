"""A term whose year was printed cut short, read with the year its sentence's other terms name.

Why: a page's slip drops a year's last digit ('... trước ngày 1/6/2015; ... trước ngày 15/7/2015;
cấp thành phố ... trước ngày 1/9/201.', unseen26 ex3, measure26's class (F)). The date shapes of
``temporal`` need a four-digit year or none, so the cut day was no date at all and the task took the
latest readable term (2015-07-15) where the gold reads 2015-09-01: a wrong date, not a missing one.
The sentence itself names the year: the other full years of the sentence that begin with the cut
digits. Only then is the year restored -- a cut year with no such witness, or witnesses that name
different years for the same prefix with none before the cut one, stays unread (no guess from the
document's date: a press item's day may be months or years off the plan's terms).

The mend inserts the missing digit, so the text grows by one character at that place; the caller
shifts every span after it (``shift_spans``).
"""
from __future__ import annotations

import re

# a day and month, then a year of three digits that starts as this or the last century's years do,
# not followed by another digit ('1/9/201.', '1-9-201;', 'ngày 1 tháng 9 năm 201,')
_CUT_YEAR_RE = re.compile(
    r"(?<!\d)(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+)(?P<cut>(?:19|20)\d)(?![\d/.,]\d)(?!\d)",
    re.I)
_FULL_YEAR_RE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?!\d)")


def mend_cut_years(text: str) -> tuple[str, list[int]]:
    """``text`` with each cut year completed from the sentence's own full years, and the offsets
    (in the returned text) after which one character was inserted.

    The witness is the nearest full year before the cut one that starts with its digits; without
    one before it, the full years after it when they all agree."""
    inserted: list[int] = []
    out: list[str] = []
    last = 0
    for m in _CUT_YEAR_RE.finditer(text):
        cut = m.group("cut")
        before = [y.group("y") for y in _FULL_YEAR_RE.finditer(text, 0, m.start()) if y.group("y").startswith(cut)]
        after = {y.group("y") for y in _FULL_YEAR_RE.finditer(text, m.end()) if y.group("y").startswith(cut)}
        year = before[-1] if before else (after.pop() if len(after) == 1 else None)
        if year is None:
            continue
        out.append(text[last:m.end("cut")])
        out.append(year[-1])
        inserted.append(sum(len(p) for p in out) - 1)
        last = m.end("cut")
    if not inserted:
        return text, []
    out.append(text[last:])
    return "".join(out), inserted


def shift_spans(spans, inserted: list[int]) -> list[tuple[int, int]]:
    """Spans of the original text moved to the mended one (one character per insertion before them)."""
    def moved(i: int) -> int:
        for k in inserted:
            if k <= i:
                i += 1
        return i
    return [(moved(a), moved(b)) for a, b in spans]
