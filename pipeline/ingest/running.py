"""Running headers, footers and page numbers: printed on every page, not part of the text.

Công báo PDFs (realdocs P07, P08) print 'CÔNG BÁO/Số 302/Ngày 02-06-2026' and the page
number at the top of each page; other documents number pages '- 2 -', 'Trang 2', '2/5'.
A line is running when it sits in the top or bottom band of its page and either is a bare
page number, or its text with the digits taken out recurs in the same band on other pages
(odd and even pages may swap sides, so position on the line does not matter).
"""
from __future__ import annotations

import re
from collections import Counter

from pipeline.ingest.layout import Segment

BAND_ROWS = 3  # how many rows at the top and bottom of a page can be running
_PAGE_NO_RE = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:trang\s+|page\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*[-–—])?\s*$", re.IGNORECASE
)


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NO_RE.match(text))


def _key(text: str) -> str:
    """Text without digits, spaces and case: 'CÔNG BÁO/Số 302/Ngày 02-06-2026 70' and
    '71 CÔNG BÁO/Số 302/Ngày 02-06-2026' share a key."""
    return re.sub(r"[\d\s]+", "", text).casefold()


def _bands(segs: list[Segment]) -> tuple[set[int], set[int]]:
    """Indices of segments in the top and bottom BAND_ROWS rows of a page."""
    if not segs:
        return set(), set()
    tops = sorted({round(s.mid_y) for s in segs})
    top_cut = tops[min(BAND_ROWS, len(tops)) - 1]
    bot_cut = tops[max(len(tops) - BAND_ROWS, 0)]
    top = {i for i, s in enumerate(segs) if round(s.mid_y) <= top_cut}
    bottom = {i for i, s in enumerate(segs) if round(s.mid_y) >= bot_cut}
    return top, bottom


def mark_running(pages: list[list[Segment]], page_heights: list[float]) -> None:
    """Set ``block='running'`` on the running segments of every page, in place.

    A recurring text must appear on at least two pages (and on a third of them when there
    are more than five) to be running; a page number needs to be alone on its row in the
    outer 12 % of the page, so a numbered list item '3.' in the body is never taken.
    """
    band_keys: list[dict[int, str]] = []
    counts: Counter[str] = Counter()
    for segs in pages:
        top, bottom = _bands(segs)
        keys = {}
        for i in top | bottom:
            k = _key(segs[i].text)
            if len(k) >= 4:
                keys[i] = k
        band_keys.append(keys)
        counts.update(set(keys.values()))
    need = 2 if len(pages) <= 5 else max(2, len(pages) // 3)
    for segs, keys, height in zip(pages, band_keys, page_heights):
        top, bottom = _bands(segs)
        for i in top | bottom:
            seg = segs[i]
            if i in keys and counts[keys[i]] >= need:
                seg.block = "running"
            elif is_page_number(seg.text) and (seg.bottom < 0.12 * height or seg.top > 0.88 * height):
                seg.block = "running"
