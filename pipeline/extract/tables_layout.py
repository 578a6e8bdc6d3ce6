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
wrapped over several lines).  Cells centred in their rows (lines with text before the first
number: a tall row's number stands on its middle line) are read around each number
(:func:`_rows_centred`).  The header printed again after a page break, the row of column numbers
under the header and a page number alone between rows are skipped.  The table ends at two blank lines, or at text that
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
        entries: list[tuple] = []  # ('group', line, numeral) or ('line', line, number, cells by kind)
        blanks = 0
        j = i + used
        last = j - 1
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
            if not entries and all(re.fullmatch(r"\(\d{1,2}\)|\d{1,2}", t) for _, _, t in segs) and len(segs) >= 3:
                j += 1  # the row of column numbers under the header: '(1)  (2)  (3)  (4)'
                continue
            no = " ".join(cells.get(no_col, [])) if no_col is not None else ""
            if no_col is not None and no and not (_ROW_NO.match(no) or _GROUP_NO.match(no)):
                break  # text in the number column that is no number: the table is over
            if no_col is not None and not no and len(segs) == 1 and segs[0][0] == 0:
                break  # a paragraph from the margin
            blanks = 0
            by = {kinds[k]: v for k, v in cells.items() if kinds[k]}
            if no and _GROUP_NO.match(no) and not by.get("lead"):
                entries.append(("group", ln, no.strip().rstrip(".")))
            else:
                entries.append(("line", ln, no, by))
            last = j
            j += 1
        if no_col is not None and _centred(entries):
            rows = _rows_centred(entries)
        else:
            rows = _rows_top(entries, no_col)
        if rows:
            _fill_merged(rows)
            tables.append(Table(lines[i].number, lines[last].number, [k for k in kinds if k], rows))
            i = last + 1
        else:
            i += 1
    return tables


def _new_row(no: str, group, ln) -> dict:
    return {"no": no.rstrip("."), "group": group, "content": [], "lead": [], "support": [],
            "time": [], "start": ln.number, "end": ln.number, "page": ln.page}


def _add(cur: dict, by: dict, ln) -> None:
    for kind in ("content", "lead", "support", "time"):
        cur[kind] += by.get(kind, [])
    cur["end"] = ln.number


def _row(cur: dict) -> TableRow | None:
    if not cur["content"]:
        return None
    return TableRow(number=cur["no"], group=cur["group"], content=[" ".join(cur["content"])],
                    lead=[" ".join(cur["lead"])] if cur["lead"] else [],
                    support=[" ".join(cur["support"])] if cur["support"] else [],
                    time=[" ".join(cur["time"])] if cur["time"] else [],
                    line_start=cur["start"], line_end=cur["end"], page=cur["page"])


def _rows_top(entries, no_col) -> list[TableRow]:
    """Cells aligned at the top of their rows: a line with a number (or, without a number column,
    a content cell opening with a capital) opens a row, the lines under it go on with its cells."""
    rows: list[TableRow] = []
    cur = None
    group = None
    for e in entries:
        if e[0] == "group":
            if cur and _row(cur):
                rows.append(_row(cur))
            cur, group = None, e[2]
            continue
        _, ln, no, by = e
        content0 = (by.get("content") or [""])[0]
        first = re.sub(r"^[-–•+]\s*", "", content0)[:1]
        opens = bool(no) if no_col is not None else (first.isupper() or content0[:1] in "-–•+" and bool(first))
        if opens or cur is None:
            if cur and _row(cur):
                rows.append(_row(cur))
            cur = _new_row(no, group, ln)
        _add(cur, by, ln)
    if cur and _row(cur):
        rows.append(_row(cur))
    return rows


def _centred(entries) -> bool:
    """Cells centred in their rows: the number of a tall row stands on its middle line, so lines
    with text come before the first number (a table aligned at the top never has them)."""
    for e in entries:
        if e[0] == "group":
            continue
        if e[2]:
            break
        if e[3].get("content") or e[3].get("lead"):
            return True
    # a first row one line tall has nothing above its number; a taller row further down still
    # prints its number mid-cell: the number's line goes on in lower case with the line above it
    # ('      Triển khai chữ ký số cho cán bộ,' / ' 2    công chức cấp xã ...'), which a table aligned
    # at the top never does (its rows open on their number's line)
    for k in range(1, len(entries)):
        e, prev = entries[k], entries[k - 1]
        if e[0] == "group" or prev[0] == "group" or not e[2] or prev[2]:
            continue
        content = (e[3].get("content") or [""])[0]
        if content[:1].islower() and prev[3].get("content"):
            return True
    return False


def _opens_cell(by: dict) -> bool:
    c = (by.get("content") or [""])[0]
    return c[:1].isupper()


def _rows_centred(entries) -> list[TableRow]:
    """Rows whose cells are centred: the lines of a row lie around its number, as many above it as
    below (one more below when the row's height is even).  Between two numbers, the lines are cut
    where the first row's lines below its number end, taking the cut whose next line opens a
    content cell with a capital when the count leaves two choices."""
    rows: list[TableRow] = []
    group = None
    run: list[tuple] = []

    def flush():
        nums = [k for k, e in enumerate(run) if e[2]]
        if not nums:
            return
        cuts = [0]
        for a, b in zip(nums, nums[1:]):
            above = a - cuts[-1]
            gap = b - a - 1
            options = [x for x in (above, above + 1) if 0 <= x <= gap] or [min(above, gap)]
            pick = options[0]
            for x in options:
                if a + 1 + x < len(run) and _opens_cell(run[a + 1 + x][3]):
                    pick = x
                    break
            cuts.append(a + 1 + pick)
        cuts.append(len(run))
        for k, n in enumerate(nums):
            part = run[cuts[k]:cuts[k + 1]]
            cur = _new_row(run[n][2], group, part[0][1])
            for _, ln, _no, by in part:
                _add(cur, by, ln)
            r = _row(cur)
            if r:
                rows.append(r)

    for e in entries:
        if e[0] == "group":
            flush()
            run, group = [], e[2]
        else:
            run.append(e)
    flush()
    return rows
