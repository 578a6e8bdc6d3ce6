"""Task tables whose columns a PDF text layer has flattened into one cell per line run.

Government plans (Kế hoạch hành động, Nghị quyết ... Phụ lục) list their tasks in a table:

    TT | Nội dung, nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian (hoàn thành)

A PDF text layer prints it cell after cell, each cell wrapped over several short lines:

    1
    Rà soát, thể chế hóa các chủ trương,
    định hướng của Đảng ...
    Bộ NN&MT,
    Bộ Quốc phòng
    Các bộ,
    cơ quan,
    địa phương
    Năm 2026

The wrapped lines of one cell go on in lower case (or complete a name: 'Bộ Công' + 'Thương'),
so a line that starts a new cell starts with a capital.  A row is: its number, the content
cell(s), then the office cells and the time cell, told apart by what they read like (an office
name, a period).  Sub-rows ('-') that leave a column empty take it from the row above (the cell
was merged over them in the table).

The header is recognised by its column names, so text that merely mentions 'chủ trì' is never
read as a table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.model import Document

_HEADER_WORDS = {
    "content": re.compile(r"nội\s+dung|nhiệm\s+vụ|tên\s+(?:nhiệm\s+vụ|đề\s+án)|hoạt\s+động", re.I),
    "lead": re.compile(r"chủ\s+trì", re.I),
    "support": re.compile(r"phối\s+hợp", re.I),
    "time": re.compile(r"thời\s+(?:gian|hạn)|tiến\s+độ|hoàn\s+thành", re.I),
}
_ROW_NO = re.compile(r"^\s*(\d{1,3})\s*\.?\s*$")
_GROUP_NO = re.compile(r"^\s*([IVX]{1,5}|[A-H])\s*\.?\s*$")
_SUBROW = re.compile(r"^\s*([-–+•]|[a-zđ]\))\s*$")
_TIME_CELL = re.compile(
    r"^(?:Năm|Quý|Tháng|Trước|Trong|Hằng|Hàng|Thường\s+xuyên|Định\s+kỳ|Giai\s+đoạn|Sau|Từ|Đến|Chậm\s+nhất|"
    r"Hoàn\s+thành|\d{1,2}/\d{4}|(?:19|20)\d\d)\b", re.I)
_OFFICE_HEAD = re.compile(
    r"^(?:Các\s+)?(?:Bộ|Sở|bộ|cơ\s+quan|UBND|Ủy\s+ban|Uỷ\s+ban|Ngân\s+hàng|Văn\s+phòng|Thanh\s+tra|Tổng\s+cục|Cục|Ban|"
    r"Hội|Liên\s+đoàn|Kho\s+bạc|Bảo\s+hiểm|Đài|Thông\s+tấn|Viện|Tòa\s+án|Toà\s+án|Kiểm\s+toán|Phòng|Trung\s+tâm|"
    r"Chính\s+phủ|Thủ\s+tướng|Mặt\s+trận|Tập\s+đoàn|Tổng\s+công\s+ty|Đại\s+học|Học\s+viện|địa\s+phương|tỉnh|"
    r"Trung\s+ương|Đoàn|Công\s+an)\b")
_FURNITURE = re.compile(r"^\s*(?:CÔNG BÁO/Số.*|\d{1,4}|_{3,}|Ký bởi:.*|Cơ quan:.*|Ngày ký:.*)\s*$")


@dataclass
class TableRow:
    number: str  # '1', '1 > -2' for a sub-row
    group: str | None
    content: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    time: list[str] = field(default_factory=list)
    line_start: int = 0
    line_end: int = 0
    page: int = 1

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", " ".join(self.content)).strip()


@dataclass
class Table:
    line_start: int  # first header line
    line_end: int  # last line of the last row
    columns: list[str]
    rows: list[TableRow]


def find_tables(doc: Document) -> list[Table]:
    """Every flattened task table in the document (usually the Phụ lục)."""
    lines = doc.lines
    tables: list[Table] = []
    i = 0
    n = len(lines)
    while i < n:
        hdr = _header_at(doc, i)
        if hdr is None:
            i += 1
            continue
        columns, end = hdr
        rows, last = _rows(doc, end + 1)
        if rows:
            tables.append(Table(lines[i].number, last, columns, rows))
            i = last  # lines are 1-based, indexes 0-based: continue after the table
        else:
            i = end + 1
    return tables


def _header_at(doc: Document, i: int) -> tuple[list[str], int] | None:
    """(column kinds in order, index of the last header line) when a header starts at line i."""
    first = doc.lines[i].text.strip()
    if not re.match(r"^(?:S?TT|Số\s+TT|STT)$", first, re.I):
        return None
    cols: list[tuple[int, str]] = []
    text = ""
    j = i + 1
    while j < len(doc.lines) and j < i + 16:
        t = doc.lines[j].text.strip()
        if not t:
            j += 1
            continue
        if _ROW_NO.match(t) or _GROUP_NO.match(t) or len(t) > 45:
            break
        text += " " + t
        j += 1
    found = []
    for kind, rx in _HEADER_WORDS.items():
        m = rx.search(text)
        if m:
            found.append((m.start(), kind))
    kinds = [k for _p, k in sorted(found)]
    if "content" not in kinds or "lead" not in kinds:
        return None
    if "time" in kinds and kinds.index("time") < kinds.index("lead"):
        kinds.remove("time")  # 'hoàn thành' inside a content header
    cols = kinds
    return cols, j - 1


def _is_continuation(prev: str, line: str) -> bool:
    """Does ``line`` go on with the cell that ``prev`` started?"""
    t = line.strip()
    if not t:
        return True
    if t[0].islower() or t[0] in ",;.)-–&":
        return True
    if prev.rstrip().endswith((",", "và", "-", "–", "&", "(")):
        return True
    # a capitalised word that completes a name ('Bộ Công' + 'Thương', 'Bộ Khoa học và Công' + 'nghệ')
    if re.search(r"(?:Bộ|Sở|Ban|Cục|Ủy\s+ban|Ngân\s+hàng)\s+[A-ZĐ]\w*$", prev.strip()) and len(t.split()) <= 2:
        return True
    return False


def _cell_kind(cell: str) -> str:
    c = cell.strip()
    if _TIME_CELL.match(c):
        return "time"
    if _OFFICE_HEAD.match(c):
        return "office"
    return "text"


def _rows(doc: Document, start: int) -> tuple[list[TableRow], int]:
    rows: list[TableRow] = []
    group: str | None = None
    cur: TableRow | None = None
    cells: list[tuple[str, int]] = []  # (text, line number) of the current row
    last = start
    sub = 0

    def flush() -> None:
        nonlocal cur, cells
        if cur is not None and cells:
            _assign(cur, cells, rows)
            if cur.content:
                rows.append(cur)
        cur, cells = None, []

    k = start
    group_title = False
    while k < len(doc.lines):
        ln = doc.lines[k]
        t = ln.text.strip()
        k += 1
        if not t or _FURNITURE.match(t) and not _ROW_NO.match(t):
            continue
        if _ROW_NO.match(t):
            flush()
            cur = TableRow(_ROW_NO.match(t).group(1), group, line_start=ln.number, page=ln.page)
            sub = 0
            last = ln.number
            continue
        if _GROUP_NO.match(t):
            flush()
            group = _GROUP_NO.match(t).group(1)
            group_title = True
            last = ln.number
            continue
        if _SUBROW.match(t) and (cur is not None or rows):
            base = (cur.number if cur is not None else rows[-1].number).split(" > ")[0]
            flush()
            sub += 1
            cur = TableRow(f"{base} > -{sub}", group, line_start=ln.number, page=ln.page)
            last = ln.number
            continue
        if group_title and cur is None:
            # the group's title runs over lines until the next row number
            last = ln.number
            continue
        if cur is None:
            # text after the table (or a note): the table has ended
            if re.match(r"^[A-ZĐ]", t) and len(t) > 60:
                break
            continue
        group_title = False
        if cells and _is_continuation(cells[-1][0], t):
            cells[-1] = (cells[-1][0] + " " + t, cells[-1][1])
        else:
            cells.append((t, ln.number))
        cur.line_end = ln.number
        last = ln.number
    flush()
    _inherit(rows)
    # a row that only heads its sub-rows ('4' then '- Công trình ...') is not a task itself
    heads = {r.number.split(" > ")[0] for r in rows if " > -" in r.number}
    rows = [r for r in rows if not (r.number in heads and not r.lead and not r.time)]
    return rows, last


def _assign(row: TableRow, cells: list[tuple[str, int]], done: list[TableRow]) -> None:
    """Content first, then offices (lead, support) and time, by what each cell reads like."""
    kinds = [_cell_kind(c) for c, _ in cells]
    # content: the leading cells up to the first office or time cell (at least one)
    i = 0
    while i < len(cells) and (i == 0 or kinds[i] == "text"):
        row.content.append(cells[i][0])
        i += 1
    offices = []
    for (c, _ln), kind in zip(cells[i:], kinds[i:]):
        if kind == "time" and not row.time:
            row.time.append(c)
        elif kind in ("office", "text") and not row.time:
            offices.append(c)
        elif row.time:
            row.time.append(c)
    if offices:
        row.lead = [offices[0]]
        row.support = offices[1:]
    row.line_end = cells[-1][1]


def _inherit(rows: list[TableRow]) -> None:
    """A sub-row with an empty column takes it from the sub-row or row above (merged cell)."""
    prev: TableRow | None = None
    for r in rows:
        if prev is not None and " > -" in r.number and r.number.split(" > ")[0] == prev.number.split(" > ")[0]:
            if not r.lead:
                r.lead = prev.lead
            if not r.support:
                r.support = prev.support
            if not r.time:
                r.time = prev.time
        prev = r
