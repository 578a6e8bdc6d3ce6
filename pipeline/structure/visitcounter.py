"""(points31, H19) A portal's visitor counter is page furniture, not the posting's first lines.

Why: a commune or town portal prints its visit counter above the item it posts, one label or count a line:
'Truy cập / Hôm nay: / 4857 / Hôm qua: / 9108 / Tuần này: / 4857 / Tháng này: / 107316 / Tất cả: / 6521633'
(unseen31 ft9, thị xã Bỉm Sơn; the same template on xã Giao Thiện's portal, header_fields AS03).  Eleven lines
of counter pushed the item's headline and its lead ('UBND Thị xã vừa ban hành Kế hoạch ...') out of the few
first lines the body-only header reader looks at (``posted.posted_header``), and no field was read at all;
the same page without the counter gives 'Kế hoạch' and 'UBND Thị xã'.  Other portals print the counter as one
line or a short block, above or below the item: 'Thống kê truy cập Truy cập tổng 935.888 Truy cập hiện tại 16'
(xã Vinh Thanh's portal, header batch AY04), 'Thống kê Truy Cập / Đang truy cập: 4 / Tất cả: 18833054' and
'Hôm nay / Tổng lượt truy cập' (header_fields), 'Số lượt truy cập' (development el5), a view count '22/06/2019
12:49 Số lượt xem: 342' beside a posting stamp (AY01).  None of these lines is the document's: they are dropped
before the header reader counts its first and last lines, as the archive stamps are (``posted26``).

A counter line is a label of the counter ('Truy cập', 'Thống kê truy cập', 'Lượt truy cập', 'Số lượt truy cập',
'Đang truy cập', 'Đang online', 'Trực tuyến', 'Truy cập tổng', 'Truy cập hiện tại') with or without its count, a
period label with a count or alone ('Hôm nay: 4857', 'Hôm qua:', 'Tuần này', 'Tháng này', 'Tất cả'), or a bare count
between such lines.  A period label alone is only read as furniture inside a run that holds a counter label or
two period labels with counts: 'Hôm nay' in prose ('Hôm nay, UBND huyện tổ chức ...') is never a whole line of it.
"""
from __future__ import annotations

import re

__all__ = ["is_counter_line", "without_visit_counter"]

_COUNTER_LABEL = (r"(?:thống\s+kê\s+truy\s+cập|(?:tổng\s+)?(?:số\s+)?lượt\s+truy\s+cập|(?:số\s+)?lượt\s+xem|lượt\s+truy\s+cập|"
                  r"đang\s+truy\s+cập|đang\s+online|trực\s+tuyến|online|truy\s+cập(?:\s+(?:tổng|hiện\s+tại|trong\s+ngày|hôm\s+nay))?|"
                  r"tổng\s+(?:số\s+)?truy\s+cập|khách\s+truy\s+cập|thành\s+viên\s+trực\s+tuyến)")
_PERIOD_LABEL = r"(?:hôm\s+nay|hôm\s+qua|tuần\s+này|tuần\s+trước|tháng\s+này|tháng\s+trước|năm\s+nay|tất\s+cả|tổng(?:\s+cộng)?)"
_COUNT = r"\d{1,3}(?:[.,\s]\d{3})+|\d+"
# one field: a label, its colon, its count
_FIELD = rf"(?:{_COUNTER_LABEL}|{_PERIOD_LABEL})\s*:?\s*(?:{_COUNT})?"
_FIELDS_LINE_RE = re.compile(rf"^[|\s]*(?:{_FIELD}[|\s,;]*)+$", re.I)
_COUNTER_WORD_RE = re.compile(rf"(?<![^\W_]){_COUNTER_LABEL}(?![^\W_])", re.I)
_PERIOD_COUNT_RE = re.compile(rf"(?<![^\W_]){_PERIOD_LABEL}\s*:?\s*(?:{_COUNT})(?!\S)", re.I)
_BARE_COUNT_RE = re.compile(rf"^[|\s]*(?:{_COUNT})[|\s]*$")
# a posting stamp with a view count on its line: '22/06/2019 12:49 Số lượt xem: 342'
_STAMP_VIEWS_RE = re.compile(rf"^\s*\d{{1,2}}/\d{{1,2}}/\d{{4}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s+(?:số\s+)?lượt\s+xem\s*:?\s*(?:{_COUNT})\s*$", re.I)


def is_counter_line(text: str) -> bool:
    """Is ``text`` a whole line of a visitor counter (labels and counts only, at least one counter label or a
    period label with its count)?  A bare count or a bare period label is not one on its own."""
    t = text.strip()
    if not t or not _FIELDS_LINE_RE.match(t):
        return False
    return bool(_COUNTER_WORD_RE.search(t) or _PERIOD_COUNT_RE.search(t))


def _part_of_counter(text: str) -> bool:
    """A line that may stand inside a counter's run: a field line, a bare period label, a bare count."""
    t = text.strip()
    return bool(t) and bool(_FIELDS_LINE_RE.match(t) or _BARE_COUNT_RE.match(t))


def without_visit_counter(texts: list[str]) -> list[str]:
    """``texts`` (non-empty lines) without the lines of a visitor counter: runs of counter lines that hold a counter
    label or at least two period labels with counts, and a posting stamp's view count line ('22/06/2019 12:49 Số
    lượt xem: 342', kept as its stamp '22/06/2019 12:49' would be by the readers that skip stamps: dropped)."""
    keep = [True] * len(texts)
    i = 0
    while i < len(texts):
        if _STAMP_VIEWS_RE.match(texts[i]):
            keep[i] = False
            i += 1
            continue
        if not _part_of_counter(texts[i]):
            i += 1
            continue
        j = i
        while j < len(texts) and _part_of_counter(texts[j]):
            j += 1
        run = texts[i:j]
        labelled = any(_COUNTER_WORD_RE.search(t) and _FIELDS_LINE_RE.match(t.strip()) for t in run)
        # a period label alone then its count on the next line ('Hôm nay:' / '4857') counts as one field with a count
        periods = sum(1 for k, t in enumerate(run) if re.match(rf"^\s*{_PERIOD_LABEL}\s*:?\s*$", t, re.I)
                      and k + 1 < len(run) and _BARE_COUNT_RE.match(run[k + 1])) + sum(1 for t in run if _PERIOD_COUNT_RE.search(t))
        if labelled or periods >= 2:
            for k in range(i, j):
                keep[k] = False
        i = j
    return [t for t, k in zip(texts, keep) if k]
