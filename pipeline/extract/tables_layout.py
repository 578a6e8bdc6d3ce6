"""Task tables printed as text laid out in columns (a PDF converted with `pdftotext -layout`, a
fixed-width export, a table pasted from a viewer that keeps positions): no '|' and no tab
between the cells, only runs of spaces, and each cell at the same place on every line:

    STT  Nội dung nhiệm vụ               Cơ quan chủ trì     Cơ quan phối hợp    Thời gian hoàn thành
    1    Xây dựng bộ nhận diện thương    Sở Văn hóa, Thể     Sở Thông tin và     Quý III/2024
         hiệu du lịch tỉnh               thao và Du lịch     Truyền thông
    2    Rà soát cơ sở dữ liệu ...       Sở Văn hóa, ...     UBND các huyện      Trước ngày 30/6/2024

The header is found by its column names (as for '|' tables, :func:`tables._pipe_columns`: a
content column and a 'chủ trì' column), on one line or wrapped over two ('Cơ quan' / 'chủ trì').
Each piece of text of a line below goes to the column whose stretch of the line it covers most
(the header's cells mark the stretches; a centred header cell and a left-aligned data cell still
share most of theirs).  A line whose number column holds a number opens a row, a Roman numeral or
a capital letter alone with no lead a group (without a number column, a content cell that opens
with a capital opens a row); the other lines go on with the cells of the row above (a cell
wrapped over several lines).  The header printed again after a page break and a page number
alone between rows are skipped.  The table ends at two blank lines, or at text that
starts in the number column and is no row number, or at a line that fills no column.
"""
from __future__ import annotations

import re

from pipeline.model import Document
from pipeline.extract.tables import (Table, TableRow, _GROUP_NO, _fill_merged, _pipe_columns)

# a gap between cells: two spaces or more (a tab counts as a gap too)
_GAP = re.compile(r"\s{2,}|\t")
_ROW_NO = re.compile(r"^\d{1,3}(?:\.\d{1,2}){0,2}\.?$")
_NO_HEAD = re.compile(r"^(S?TT|Số\s+TT)\s+(?=\S)", re.I)


def _segments(text: str) -> list[tuple[int, int, str]]:
    """The pieces of text of a line between gaps, with their start and end columns."""
    out = []
    pos = 0
    for m in _GAP.finditer(text):
        if m.start() > pos and text[pos:m.start()].strip():
            piece = text[pos:m.start()]
            lead = len(piece) - len(piece.lstrip())
            out.append((pos + lead, m.start(), piece.strip()))
        pos = m.end()
    if text[pos:].strip():
        piece = text[pos:]
        lead = len(piece) - len(piece.lstrip())
        out.append((pos + lead, len(text.rstrip()), piece.strip()))
    return out


def _split_no(segs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'STT Nội dung' printed with one space: the number column's name is a cell of its own."""
    if segs:
        s, e, t = segs[0]
        m = _NO_HEAD.match(t)
        if m:
            return [(s, s + len(m.group(1)), m.group(1)), (s + m.end(), e, t[m.end():])] + segs[1:]
    return segs


def _merge_header(a: list[tuple[int, int, str]], b: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A header wrapped over two lines: the pieces of the second line go to the first line's
    piece they overlap ('Cơ quan' over 'chủ trì'); one that overlaps none is a cell of its own."""
    cells = [[s, e, t] for s, e, t in a]
    for s, e, t in b:
        best, over = None, 0
        for c in cells:
            o = min(e, c[1]) - max(s, c[0])
            if o > over:
                best, over = c, o
        if best is None:
            cells.append([s, e, t])
        else:
            best[0], best[1], best[2] = min(s, best[0]), max(e, best[1]), best[2] + " " + t
    cells.sort()
    return [(s, e, t) for s, e, t in cells]


def _names_only(cells) -> bool:
    """A header's cells are column names: short, and no sentence ('Sở Y tế chủ trì.  Nội dung
    kiểm tra gồm:  ...' is prose with two spaces after its full stops, not a header)."""
    return all(len(c) <= 40 and len(c.split()) <= 7 and not re.search(r"[.:;]\s*$", c) for c in cells)


def _header(lines, i: int):
    """(kinds, spans, lines used) of a layout header at line i, or None."""
    t = lines[i].text
    if "|" in t or t.count("\t") >= 2:
        return None
    segs = _split_no(_segments(t))
    if not _names_only([c for _, _, c in segs]):
        return None
    if len(segs) >= 3:
        kinds = _pipe_columns([c for _, _, c in segs])
        if kinds:
            return kinds, [(s, e) for s, e, _ in segs], 1
    if i + 1 < len(lines) and len(segs) >= 2:
        nxt = _segments(lines[i + 1].text)
        if nxt and "|" not in lines[i + 1].text:
            merged = _split_no(_merge_header(segs, nxt))
            if len(merged) >= 3 and _names_only([c for _, _, c in merged]):
                kinds = _pipe_columns([c for _, _, c in merged])
                if kinds:
                    return kinds, [(s, e) for s, e, _ in merged], 2
    return None


def _column_of(s: int, e: int, bounds: list[tuple[int, int]]) -> int | None:
    best, over = None, 0
    for k, (a, b) in enumerate(bounds):
        o = min(e, b) - max(s, a)
        if o > over:
            best, over = k, o
    return best


def find_layout_tables(doc: Document) -> list[Table]:
    tables: list[Table] = []
    lines = doc.lines
    i = 0
    while i < len(lines):
        h = _header(lines, i)
        if h is None:
            i += 1
            continue
        kinds, spans, used = h
        # each column's stretch: from halfway after the cell before to halfway before the next
        bounds = []
        for k, (s, e) in enumerate(spans):
            a = 0 if k == 0 else (spans[k - 1][1] + s) // 2
            b = 10 ** 6 if k == len(spans) - 1 else (e + spans[k + 1][0]) // 2
            bounds.append((a, b))
        no_col = kinds.index("no") if "no" in kinds else None
        rows: list[TableRow] = []
        cur: dict | None = None
        group = None
        blanks = 0
        j = i + used
        last = j - 1

        def close():
            nonlocal cur
            if cur is not None and cur["content"]:
                rows.append(TableRow(number=cur["no"], group=cur["group"],
                                     content=[" ".join(cur["content"])],
                                     lead=[" ".join(cur["lead"])] if cur["lead"] else [],
                                     support=[" ".join(cur["support"])] if cur["support"] else [],
                                     time=[" ".join(cur["time"])] if cur["time"] else [],
                                     line_start=cur["start"], line_end=cur["end"], page=cur["page"]))
            cur = None

        while j < len(lines):
            ln = lines[j]
            if not ln.text.strip():
                blanks += 1
                if blanks >= 2:
                    break
                j += 1
                continue
            if "|" in ln.text:
                break
            again = _header(lines, j)
            if again is not None and again[0] == kinds:
                j += again[2]  # the header printed again after a page break
                continue
            segs = _segments(ln.text)
            if len(segs) == 1 and segs[0][2].isdigit() and _column_of(segs[0][0], segs[0][1], bounds) != no_col:
                j += 1  # a page number between the rows
                continue
            cells: dict[int, list[str]] = {}
            for s, e, t in segs:
                k = _column_of(s, e, bounds)
                if k is not None:
                    cells.setdefault(k, []).append(t)
            if not cells:
                break
            no = " ".join(cells.get(no_col, [])) if no_col is not None else ""
            if no_col is not None and no and not (_ROW_NO.match(no) or _GROUP_NO.match(no)):
                break  # text in the number column that is no number: the table is over
            if no_col is not None and not no and len(segs) == 1 and segs[0][0] == 0:
                break  # a paragraph from the margin
            blanks = 0
            by = {kinds[k]: v for k, v in cells.items() if kinds[k]}
            if no and _GROUP_NO.match(no) and not by.get("lead"):
                close()
                group = no.strip().rstrip(".")
                last = j
                j += 1
                continue
            content0 = (by.get("content") or [""])[0]
            first = re.sub(r"^[-–•+]\s*", "", content0)[:1]
            opens = bool(no) if no_col is not None else (first.isupper() or content0[:1] in "-–•+" and bool(first))
            if opens or cur is None:
                close()
                cur = {"no": no.rstrip("."), "group": group, "content": [], "lead": [], "support": [],
                       "time": [], "start": ln.number, "end": ln.number, "page": ln.page}
            for kind in ("content", "lead", "support", "time"):
                cur[kind] += by.get(kind, [])
            cur["end"] = ln.number
            last = j
            j += 1
        close()
        if rows:
            _fill_merged(rows)
            tables.append(Table(lines[i].number, lines[last].number, [k for k in kinds if k], rows))
            i = last + 1
        else:
            i += 1
    return tables
