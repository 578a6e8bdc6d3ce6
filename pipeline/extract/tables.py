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
    # columns that are neither offices nor time: what the task yields, and who it goes to
    "result": re.compile(r"kết\s+quả|sản\s+phẩm|hình\s+thức\s+văn\s+bản", re.I),
    "level": re.compile(r"cấp\s+trình", re.I),
}
# the bodies a task is submitted to ('Cấp trình' column): never an office of the task
_LEVEL_CELL = re.compile(
    r"^(?:(?:Thủ\s+tướng\s+)?Chính\s+phủ|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Quốc\s+hội|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội|"
    r"Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Cấp\s+có\s+thẩm\s+quyền|Hội\s+đồng\s+nhân\s+dân(?:\s+\S+){0,3})"
    r"(?:\s*(?:,|;|/|và|-)\s*(?:(?:Thủ\s+tướng\s+)?Chính\s+phủ|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Quốc\s+hội|"
    r"Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Cấp\s+có\s+thẩm\s+quyền))*\s*[.;]?$", re.I)
_ROW_NO = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,2})?)\s*\.?\s*$")  # '12', '12.', '2.1'
# a wrapped office cell whose line ends on a head word alone ('Bộ' + 'Nội vụ', 'Các' + 'Bộ, ngành')
_BARE_HEAD_END = re.compile(r"(?:^|\s)(?:Bộ|Sở|Ban|Cục|Ủy|Uỷ|Các|các|Tổng|Văn|Ngân|Kho|Thanh|Liên|Hội|Trung|Đài|Chi|Phòng|"
                            r"Viện|Tập|Cơ|Ủy\s+ban|Uỷ\s+ban|Ban\s+Chỉ)$")
_GROUP_NO = re.compile(r"^\s*([IVX]{1,5}|[A-H])\s*\.?\s*$")
_SUBROW = re.compile(r"^\s*([-–+•]|[a-zđ]\))\s*$")
_TIME_CELL = re.compile(
    r"^(?:Năm|Quý|Tháng|Trước|Trong|Hằng|Hàng|Thường\s+xuyên|Định\s+kỳ|Giai\s+đoạn|Sau|Từ|Đến|Chậm\s+nhất|"
    r"Hoàn\s+thành|\d{1,2}/\d{4}|(?:19|20)\d\d)\b", re.I)
_OFFICE_HEAD = re.compile(
    r"^(?:Các\s+)?(?:Bộ|Sở|bộ|cơ\s+quan|UBND|Ủy\s+ban|Uỷ\s+ban|Ngân\s+hàng|Văn\s+phòng|Thanh\s+tra|Tổng\s+cục|Cục|Ban(?!\s+hành)|"
    r"Hội(?=\s+[A-ZĐ]|\s+đồng)|Liên\s+đoàn|Kho\s+bạc|Bảo\s+hiểm|Đài|Thông\s+tấn|Viện|Tòa\s+án|Toà\s+án|Kiểm\s+toán|Phòng|Trung\s+tâm|"
    r"Chính\s+phủ|Thủ\s+tướng|Mặt\s+trận|Tập\s+đoàn|Tổng\s+công\s+ty|Đại\s+học|Học\s+viện|địa\s+phương|tỉnh|"
    r"Trung\s+ương|Đoàn|Công\s+an)\b")
# (a line that is only a year is a time cell, not a page number)
_FURNITURE = re.compile(r"^\s*(?:CÔNG BÁO/Số.*|(?!(?:19|20)\d\d\s*$)\d{1,4}|_{3,}|Ký bởi:.*|Cơ quan:.*|Ngày ký:.*)\s*$")


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
    """Every task table in the document (usually the Phụ lục): flattened by a PDF text layer,
    or kept as '|' rows by a web scrape or a Word conversion (:func:`find_pipe_tables`)."""
    return sorted(_find_flattened(doc) + find_pipe_tables(doc), key=lambda t: t.line_start)


_PIPE_SEP = re.compile(r"^\|?\s*:?-{3,}")


def _pipe_cells(text: str) -> list[str]:
    t = text.strip()
    if t.startswith("|"):
        t = t[1:]
    if t.endswith("|"):
        t = t[:-1]
    return [re.sub(r"\s+", " ", c).strip() for c in t.split("|")]


def find_pipe_tables(doc: Document) -> list[Table]:
    """Task tables printed as '|' rows ('| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
    Thời gian hoàn thành |', one row a line).  The header names the columns, so a schedule or a
    rate table (no 'chủ trì' column) is never read as tasks.  A row whose first cell is a roman
    numeral or a capital letter alone ('| I | NHIỆM VỤ CHUNG | | |') is a group; a row with an
    empty number cell continues the row above (a cell that wrapped onto a line of its own)."""
    tables: list[Table] = []
    lines = doc.lines
    i = 0
    while i < len(lines):
        t = lines[i].text.strip()
        if not t.startswith("|"):
            i += 1
            continue
        cells = _pipe_cells(t)
        kinds = _pipe_columns(cells)
        if kinds is None:
            i += 1
            continue
        rows: list[TableRow] = []
        group = None
        j = i + 1
        while j < len(lines) and lines[j].text.strip().startswith("|"):
            ln = lines[j]
            row_cells = _pipe_cells(ln.text)
            j += 1
            if _PIPE_SEP.match(ln.text.strip()) or not any(row_cells):
                continue
            row_cells += [""] * (len(kinds) - len(row_cells))
            by = {}
            for k, c in zip(kinds, row_cells):
                if k and c:
                    by.setdefault(k, []).append(c)
            no = (by.get("no") or [""])[0]
            content = " ".join(by.get("content", []))
            if _GROUP_NO.match(no) and not by.get("lead"):
                group = no.strip().rstrip(".")
                continue
            if not no and rows and content and not re.match(r"^[A-ZĐ]", content):
                r = rows[-1]  # a wrapped cell: its text goes on in lower case
                r.content.append(content)
                r.lead += by.get("lead", [])
                r.support += by.get("support", [])
                r.time += by.get("time", [])
                r.line_end = ln.number
                continue
            if not content:
                continue
            rows.append(TableRow(number=no.rstrip("."), group=group, content=[content], lead=by.get("lead", []),
                                 support=by.get("support", []), time=by.get("time", []),
                                 line_start=ln.number, line_end=ln.number, page=ln.page))
        if rows:
            tables.append(Table(lines[i].number, lines[j - 1].number, [k for k in kinds if k], rows))
        i = j
    return tables


def _pipe_columns(cells: list[str]) -> list[str | None] | None:
    """The kind of each column of a header row, or None when the row is no task-table header
    (it needs a content column and a 'chủ trì' / 'cơ quan thực hiện' column)."""
    kinds: list[str | None] = []
    for c in cells:
        k = None
        if re.fullmatch(r"S?TT|Số\s+TT|STT", c, re.I):
            k = "no"
        elif _HEADER_WORDS["lead"].search(c) or re.search(r"(?:cơ\s+quan|đơn\s+vị)\s+(?:thực\s+hiện|chịu\s+trách\s+nhiệm)", c, re.I):
            k = "lead"
        elif _HEADER_WORDS["support"].search(c):
            k = "support"
        elif _HEADER_WORDS["time"].search(c):
            k = "time"
        elif _HEADER_WORDS["result"].search(c) or _HEADER_WORDS["level"].search(c):
            k = "other"
        elif _HEADER_WORDS["content"].search(c):
            k = "content"
        kinds.append(k)
    if "content" not in kinds or "lead" not in kinds:
        return None
    return kinds


def _find_flattened(doc: Document) -> list[Table]:
    """Every flattened task table in the document."""
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
        rows, last = _rows(doc, end + 1, columns)
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
    if _BARE_HEAD_END.search(prev.rstrip()):
        return True
    # 'Thanh tra' + 'Chính phủ', 'Kiểm toán' + 'Nhà nước': the rest of a name
    if re.match(r"(?:Chính\s+phủ|Nhà\s+nước|Trung\s+ương|Quốc\s+hội|Việt\s+Nam)\b", t) and re.search(
            r"(?:Thủ\s+tướng|Thanh\s+tra|Văn\s+phòng|Ngân\s+hàng|Kiểm\s+toán|Ủy\s+ban|Uỷ\s+ban|Học\s+viện|Hội\s+đồng|Ban|Bộ|"
            r"Nhà\s+nước|Thông\s+tấn\s+xã|Đài\s+Truyền\s+hình|Đài\s+Tiếng\s+nói)$", prev.rstrip()):
        return True
    # 'Việt' + 'Nam', 'Hồ Chí' + 'Minh': a proper name broken over two lines of a cell
    if re.search(r"(?:^|\s)(?:Việt|Hồ\s+Chí|Hà|Đà|Cần)$", prev.rstrip()) and re.match(r"(?:Nam|Minh|Nội|Nẵng|Thơ)\b", t):
        return True
    # a line that ends on a preposition or a determiner is not the end of a cell
    if re.search(r"(?:^|\s)(?:của|về|với|cho|tại|theo|trong|các|những|để|từ|đến|đối\s+với|thuộc|ở)$", prev.rstrip()):
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


def _rows(doc: Document, start: int, columns: list[str] = ()) -> tuple[list[TableRow], int]:
    rows: list[TableRow] = []
    group: str | None = None
    cur: TableRow | None = None
    cells: list[tuple[str, int]] = []  # (text, line number) of the current row
    last = start
    sub = 0

    content_width = 0  # longest line of a content cell so far: a line that long was wrapped

    def flush() -> None:
        nonlocal cur, cells
        if cur is not None and cells:
            _assign(cur, cells, rows, columns)
            if cur.content:
                rows.append(cur)
        cur, cells = None, []

    k = start
    group_title = False
    prev_line = ""
    while k < len(doc.lines):
        ln = doc.lines[k]
        t = ln.text.strip()
        k += 1
        if not t or _FURNITURE.match(t) and not _ROW_NO.match(t):
            continue
        # the next appendix or an upper-case title ends the table
        if re.match(r"(?:Phụ\s+lục|PHỤ\s+LỤC)\b", t) or (
                len(t.split()) >= 4 and t.upper() == t and re.search(r"[A-ZĐ]{2}", t) and not re.search(r"\d", t)):
            break
        if re.fullmatch(r"\d{1,4}", t) and k >= 2 and re.match(r"\s*CÔNG BÁO/Số", doc.lines[k - 2].text):
            continue  # the page number under the running head, not a row number
        if re.match(r"^(?:S?TT|Số\s+TT)$", t, re.I):
            hdr = _header_at(doc, k - 1)
            if hdr is not None:
                k = hdr[1] + 1  # the header printed again on a new page
                continue
        if _ROW_NO.match(t):
            flush()
            cur = TableRow(_ROW_NO.match(t).group(1), group, line_start=ln.number, page=ln.page)
            sub = 0
            last = ln.number
            continue
        # the next row's number printed on the line of its first words ('13.  Xây dựng Nghị quyết ...')
        inline = re.match(r"^(\d{1,3})\.?\s+(\S.*)$", t)
        prev_no = (cur.number if cur is not None else rows[-1].number if rows else "0").split(" > ")[0].split(".")[0]
        if inline and prev_no.isdigit() and int(inline.group(1)) == int(prev_no) + 1 and inline.group(2)[:1].isupper():
            flush()
            cur = TableRow(inline.group(1), group, line_start=ln.number, page=ln.page)
            sub = 0
            cells = [(inline.group(2), ln.number)]
            content_width = max(content_width, len(inline.group(2)))
            prev_line = inline.group(2)
            cur.line_end = last = ln.number
            continue
        # a group heading with its title on the same line ('IV. Tăng cường năng lực ...')
        ginline = re.match(r"^([IVX]{1,5})\.\s+([A-ZĐ].*)$", t)
        if ginline and _roman(ginline.group(1)) == _roman(group) + 1:
            flush()
            group = ginline.group(1)
            group_title = True
            last = ln.number
            continue
        # footnotes at the foot of a page ('1 Nghị quyết số 66-NQ/TW ngày 30/4/2025 của ...')
        if re.match(r"^\d{1,2}\s+(?:Nghị\s+quyết|Quyết\s+định|Kết\s+luận|Chỉ\s+thị|Nghị\s+định|Thông\s+báo|Chương\s+trình|"
                    r"Luật|Văn\s+bản|Công\s+văn|Kế\s+hoạch)\s", t) and len(t) > 60:
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
        # the content column is the wide one: a line about as long as its longest was wrapped
        # there, so the next line goes on with it even when it starts with a capital ('... của' +
        # 'Bộ Chính trị về ...')
        wrapped = len(cells) == 1 and content_width >= 30 and len(prev_line) >= content_width - 10 \
            and not prev_line.endswith((".", ";", ":")) and len(t) >= 20  # office cells are narrow
        if cells and (wrapped or _is_continuation(cells[-1][0], t)):
            cells[-1] = (cells[-1][0] + " " + t, cells[-1][1])
        else:
            cells.append((t, ln.number))
        if len(cells) == 1:
            content_width = max(content_width, len(t))
        prev_line = t
        cur.line_end = ln.number
        last = ln.number
    flush()
    _inherit(rows)
    # a row that only heads its sub-rows ('4' then '- Công trình ...') is not a task itself
    heads = {r.number.split(" > ")[0] for r in rows if " > -" in r.number}
    rows = [r for r in rows if not (r.number in heads and not r.lead and not r.time)]
    return rows, last


def _roman(s: str | None) -> int:
    vals = {"I": 1, "V": 5, "X": 10}
    if not s or any(ch not in vals for ch in s):
        return 0
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -vals[a] if b in vals and vals[b] > vals[a] else vals[a]
    return total


def _assign(row: TableRow, cells: list[tuple[str, int]], done: list[TableRow], columns: list[str] = ()) -> None:
    """Content first, then offices (lead, support) and time, by what each cell reads like.

    When the header has result or 'cấp trình' columns, a cell after the lead that does not read
    like a body ('Văn bản chỉ đạo', 'Nghị định được ban hành') or that names the level the task
    is submitted to ('Chính phủ', 'Cấp có thẩm quyền') is not an office."""
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
        elif row.time and kind == "time":
            row.time.append(c)  # later cells of other kinds: a 'Căn cứ' / 'Ghi chú' column
    if offices and ("result" in columns or "level" in columns):
        from pipeline.extract.offices import BODY_HEAD_RE

        offices = offices[:1] + [c for c in offices[1:]
                                 if (_OFFICE_HEAD.match(c) or BODY_HEAD_RE.match(c)) and not _LEVEL_CELL.match(c)]
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
