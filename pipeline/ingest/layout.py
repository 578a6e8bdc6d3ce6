"""Page layout: from positioned text segments to physical lines in reading order.

Both the PDF text layer (:mod:`pipeline.ingest.pdftext`) and OCR (:mod:`pipeline.ingest.ocr`)
produce :class:`Segment` objects: a run of text on one baseline with its box.  This module
groups segments into rows and finds the two-column zones every Vietnamese directive has
(Decree 30/2020/ND-CP layout):

* the header: issuer and number on the left, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' and the
  place/date on the right;
* the tail: 'Nơi nhận:' and its list on the left, the signature block on the right.

Inside such a zone the left column is emitted first, then the right one, each line marked
``header_left``/``header_right`` or ``tail_left``/``tail_right``, so the structure stage never
sees 'UBND TỈNH X    CỘNG HÒA ...' glued into one line.  A zone is found geometrically (a
vertical corridor of white space that no segment of the zone crosses), not from the words, so
it works for OCR'd text full of errors too.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from pipeline.model import FontRun


@dataclass
class Segment:
    """A run of text on one line of a page, in PDF points with y growing downwards."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    fonts: list[FontRun] = field(default_factory=list)  # columns relative to ``text``
    conf: float | None = None  # OCR: mean word confidence 0..1
    size: float = 0.0  # font size (text layer) or line height (OCR)
    block: str = "body"
    words: list[tuple[int, int, float]] = field(default_factory=list)  # OCR: (start, end, conf)
    # a ruled table's row printed as ' | ' cells: the cells continuing a merge from the row
    # above (see pipeline.ingest.pdftables); None for every other segment
    merged_cells: tuple[int, ...] | None = None

    @property
    def mid_y(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)


@dataclass
class PageLayout:
    """The lines of one page, in reading order, with the page geometry."""

    number: int
    width: float
    height: float
    lines: list[Segment] = field(default_factory=list)
    method: str = "text"  # text | ocr | empty


def group_rows(segments: list[Segment]) -> list[list[Segment]]:
    """Segments whose vertical middles are within half a line height share a row.

    Rows are sorted top to bottom and each row left to right.  A segment joins the current
    row when its middle lies inside the row's vertical extent (tolerant of superscripts and
    of OCR boxes of different heights).
    """
    rows: list[list[Segment]] = []
    for seg in sorted(segments, key=lambda s: (s.top, s.x0)):
        if rows:
            row = rows[-1]
            top = min(s.top for s in row)
            bottom = max(s.bottom for s in row)
            tol = 0.25 * min(s.height for s in row)
            if top - tol <= seg.mid_y <= bottom + tol and not _overlaps_any(seg, row):
                row.append(seg)
                continue
        rows.append([seg])
    for row in rows:
        row.sort(key=lambda s: s.x0)
    return rows


def _overlaps_any(seg: Segment, row: list[Segment]) -> bool:
    return any(seg.x0 < s.x1 - 1 and s.x0 < seg.x1 - 1 for s in row)


def _corridor(row: list[Segment], width: float) -> tuple[float, float] | None:
    """The widest horizontal gap of a row near the page middle, if the row is split in two."""
    best = None
    for a, b in zip(row, row[1:]):
        lo, hi = a.x1, b.x0
        gap = hi - lo
        size = max(a.size or a.height, b.size or b.height, 4.0)
        # A column gap: segments are already split at wide gaps (or were separate lines in
        # the PDF), so 0.8 em is enough (the first header row is often tight: issuer and
        # nation name nearly touch), and the two sides sit on either half of
        # the page (the header's right column starts around 35-55 % of the width).
        if gap >= 0.8 * size and 0.2 * width <= (lo + hi) / 2 <= 0.8 * width:
            if best is None or gap > best[1] - best[0]:
                best = (lo, hi)
    return best


def _split_sides(row: list[Segment], cor: tuple[float, float]) -> dict[int, str]:
    """Sides of the segments of a split row: left of the gap 'L', right of it 'R'."""
    return {id(s): ("L" if s.x1 <= cor[0] + 0.5 else "R") for s in row}


def _far_below(row: list[Segment], prev: list[Segment], lines: float = 2.0) -> bool:
    """A blank space of more than ``lines`` line heights between two rows."""
    gap = min(s.top for s in row) - max(s.bottom for s in prev)
    line = max(max(s.size or s.height for s in row + prev), 4.0)  # rules '____' have no height
    return gap > lines * line


def _column_of(seg: Segment, centres: dict[str, list[float]], width: float) -> str | None:
    """The column a lone line belongs to: the one whose centre is nearest to the line's
    centre, unless the page centre is nearer (a centred title such as 'CHỈ THỊ' right under
    the header ends the zone) or the line is too wide to be in a column.

    Columns are told apart by their centres, not by a white corridor: in Công báo headers
    the issuer's column ends to the right of where the nation's column starts (P07)."""
    if seg.x1 - seg.x0 > 0.6 * width:
        return None
    centre = (seg.x0 + seg.x1) / 2
    best, dist = None, abs(centre - width / 2) - 2
    for side in ("L", "R"):
        if centres[side]:
            d = abs(centre - statistics.fmean(centres[side]))
            if d < dist:
                best, dist = side, d
    return best


def _fits(row: list[Segment], centres: dict[str, list[float]], width: float) -> dict[int, str] | None:
    """Sides for a row next to a zone: a lone line in one column, or two lines that sit in
    the two columns even with almost no gap between them (a tight first header row)."""
    if len(row) == 1:
        side = _column_of(row[0], centres, width)
        return {id(row[0]): side} if side else None
    if len(row) == 2:
        a, b = _column_of(row[0], centres, width), _column_of(row[1], centres, width)
        if (a, b) == ("L", "R"):
            return {id(row[0]): "L", id(row[1]): "R"}
    return None


def find_zones(rows: list[list[Segment]], width: float) -> list[tuple[int, int, dict[int, str]]]:
    """(first_row, last_row, side of each segment) of each two-column zone of a page.

    A zone starts at a row split by a gap near the middle and grows up and down over rows
    that are split too or whose single line sits in one of the columns (by its centre); it
    needs at least two split rows, or one split row plus lone lines in both columns, so
    that an isolated gap in a table row is not taken for columns.
    """
    zones: list[tuple[int, int, dict[int, str]]] = []
    i = 0
    n = len(rows)
    page_bottom = max((s.bottom for r in rows for s in r), default=1.0)
    while i < n:
        cor = _corridor(rows[i], width)
        if cor is None:
            i += 1
            continue
        sides = _split_sides(rows[i], cor)
        centres: dict[str, list[float]] = {"L": [], "R": []}

        def add(row: list[Segment], row_sides: dict[int, str]) -> None:
            for seg in row:
                centres[row_sides[id(seg)]].append((seg.x0 + seg.x1) / 2)

        add(rows[i], sides)
        start = end = i
        # A blank of more than two lines ends a header zone ('Kính gửi:' and its list under
        # the header, even when a received-stamp beside it splits the row); a tail zone
        # keeps going over the signature's blank (up to six lines) to the signer's name.
        top_zone = rows[i][0].top < 0.35 * page_bottom
        j = i + 1
        while j < n:
            c2 = _corridor(rows[j], width)
            if _far_below(rows[j], rows[j - 1], 2.0 if top_zone else 6.0):
                break
            if c2 is not None:
                row_sides = _split_sides(rows[j], c2)
            elif (row_sides := _fits(rows[j], centres, width)):
                pass
            else:
                break
            sides.update(row_sides)
            add(rows[j], row_sides)
            end = j
            j += 1
        k = start - 1
        floor = zones[-1][1] if zones else -1
        while k > floor and not _far_below(rows[k + 1], rows[k]) and (row_sides := _fits(rows[k], centres, width)):
            sides.update(row_sides)
            start = k
            k -= 1
        split_rows = sum(1 for r in rows[start:end + 1] if len(r) > 1)
        if split_rows >= 2 or (split_rows == 1 and end > start and set(sides.values()) >= {"L", "R"}):
            zones.append((start, end, sides))
            i = end + 1
        else:
            i += 1
    return zones


_TAIL_RE = re.compile(r"^\s*N[ơo]i\s+nh[ậa]n", re.IGNORECASE)


def tail_zone(rows: list[list[Segment]], width: float,
              zones: list[tuple[int, int, dict[int, str]]]) -> tuple[int, int, dict[int, str]] | None:
    """The tail's two columns when no row holds both ('Nơi nhận' and its list on the left,
    the signature on the right, each on its own rows, so :func:`find_zones` sees no gap).

    Seen in scans (P04): 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC' sit above 'Nơi nhận:', the signer's
    name below the list.  From a lone 'Nơi nhận' line in the left half, the zone grows up
    and down over rows whose lines all lie in one column: the left one (starting near 'Nơi
    nhận', ending before the right column) or the right one (starting right of the middle);
    it needs a line on the right and stops at a wide blank or a full-width line.
    """
    taken = {r for start, end, _ in zones for r in range(start, end + 1)}
    for i, row in enumerate(rows):
        if i in taken or len(row) != 1 or not _TAIL_RE.match(row[0].text) or row[0].x1 > 0.55 * width:
            continue
        anchor = row[0]
        size = max(anchor.size or anchor.height, 4.0)

        def side(seg: Segment) -> str | None:
            if seg.x0 >= 0.45 * width:
                return "R"
            if abs(seg.x0 - anchor.x0) <= 3 * size and seg.x1 <= 0.55 * width:
                return "L"
            return None

        def row_sides(r: int) -> dict[int, str] | None:
            if r in taken:
                return None
            got = {id(s): side(s) for s in rows[r]}
            return None if None in got.values() else got

        sides = {id(anchor): "L"}
        start = end = i
        while start > 0 and not _far_below(rows[start], rows[start - 1], 6.0) \
                and (got := row_sides(start - 1)) and set(got.values()) == {"R"}:
            sides.update(got)  # above 'Nơi nhận' only the signature's column
            start -= 1
        while end + 1 < len(rows) and not _far_below(rows[end + 1], rows[end], 6.0) \
                and (got := row_sides(end + 1)):
            sides.update(got)
            end += 1
        if "R" in sides.values():
            return start, end, sides
    return None


def order_page(segments: list[Segment], width: float, page_index: int, is_last_page: bool) -> list[Segment]:
    """Reading order of one page's segments with the column zones unfolded.

    The first zone at the top of the first page is the header; a zone whose left column
    holds 'Nơi nhận', or the last zone of the last page when it reaches the page bottom, is
    the tail.  Other zones (a two-column table, a signature on an inner page) are unfolded
    column by column too but stay ``body``.
    """
    rows = group_rows(segments)
    zones = find_zones(rows, width)
    tail = tail_zone(rows, width, zones)
    if tail is not None:
        zones = sorted(zones + [tail], key=lambda z: z[0])
    out: list[Segment] = []
    pos = 0
    for zi, (start, end, zone_sides) in enumerate(zones):
        for row in rows[pos:start]:
            out.extend(_merge_row(row))
        sides = [(s, zone_sides.get(id(s), "R")) for r in rows[start:end + 1] for s in r]
        left = [s for s, side in sides if side == "L"]
        right = [s for s, side in sides if side == "R"]
        kind = "body"
        body_before = sum(len(r) for r in rows[:start])
        if any(_TAIL_RE.match(s.text) for s in left):
            kind = "tail"
        elif page_index == 0 and zi == 0 and body_before <= 3:
            kind = "header"
        elif is_last_page and zi == len(zones) - 1 and end >= len(rows) - 3:
            kind = "tail"
        for seg in left:
            seg.block = f"{kind}_left" if kind != "body" else "body"
        for seg in right:
            seg.block = f"{kind}_right" if kind != "body" else "body"
        out.extend(left)
        out.extend(right)
        pos = end + 1
    rest = rows[pos:]
    tail_start = len(rest)
    if is_last_page and not any(s.block.startswith("tail") for s in out):
        # A signature alone on the right at the end of the last page (no 'Nơi nhận' column,
        # as in Công báo reprints) is the tail's right column.
        while tail_start > 0 and all(s.x0 >= 0.4 * width for s in rest[tail_start - 1]) \
                and len(rest) - tail_start < 8:
            tail_start -= 1
    for ri, row in enumerate(rest):
        merged = _merge_row(row)
        if ri >= tail_start:
            for seg in merged:
                seg.block = "tail_right"
        out.extend(merged)
    return out


def _merge_row(row: list[Segment]) -> list[Segment]:
    """Segments of one row outside any zone become one line, joined by a space (or a tab when
    the gap is wide, as in a table row), keeping every font run at its new column."""
    if len(row) == 1:
        return row
    first = row[0]
    text = first.text
    fonts = list(first.fonts)
    words = list(first.words)
    confs = [s.conf for s in row if s.conf is not None]
    for prev, seg in zip(row, row[1:]):
        gap = seg.x0 - prev.x1
        size = max(prev.size or prev.height, 4.0)
        sep = "\t" if gap > 3 * size else " "
        if text.endswith((" ", "\t")) or seg.text.startswith((" ", "\t")):
            sep = ""
        offset = len(text) + len(sep)
        text = text + sep + seg.text
        fonts.extend(FontRun(f.start + offset, f.end + offset, f.font, f.size, f.bold) for f in seg.fonts)
        words.extend((a + offset, b + offset, c) for a, b, c in seg.words)
    merged = Segment(
        text=text, x0=min(s.x0 for s in row), top=min(s.top for s in row), x1=max(s.x1 for s in row),
        bottom=max(s.bottom for s in row), fonts=fonts,
        conf=round(statistics.fmean(confs), 4) if confs else None,
        size=max(s.size for s in row), block=first.block, words=words,
    )
    return [merged]
