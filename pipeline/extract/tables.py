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
read as a table.  Columns come in either order ('... | Cơ quan chủ trì | Cơ quan phối hợp |
Thời hạn' or '... | Thời hạn hoàn thành | Cơ quan chủ trì | ...').

A page break inside a row prints the header again, then the rest of each cut cell, column by
column ('Nghiên cứu xây dựng tiêu chuẩn cơ' ... header ... 'sở, tiêu chuẩn quốc gia ...'): the
pieces are joined back to the cells the break cut (:func:`_merge_after_break`).  Rows are
numbered '1', '2' or '1.1', '1.2' under a title row '1.' (section '1 > 1.1'); a number off the
sequence is a page number, a Roman numeral off the sequence the rest of a cell ('khóa' / 'XVI').
A page break with no header printed again (only the running head 'CÔNG BÁO/Số ...') cuts a row
the same way.  Group titles may be upper case ('I' / 'HOÀN THIỆN ĐỒNG BỘ THỂ CHẾ ...').

Two narrow cells sometimes come out on one line ('cơ quan ngang bộ  Bộ Tư pháp', 'Bộ Xây dựng
Các bộ, ngành'): such lines are split before reading (:func:`_split_cells`).  A table whose
first column is the lead body, merged over its rows ('STT | Đơn vị | Nhiệm vụ chủ trì | ...'), is
read by :mod:`pipeline.extract.tables_grouped`.  Tables of targets ('Chỉ tiêu | Mục tiêu 2030 |
Cơ quan chủ trì theo dõi') and indicator rows are no tasks (:func:`indicator_row`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.model import Document

_HEADER_WORDS = {
    "content": re.compile(r"nội\s+dung|nhiệm\s+vụ|tên\s+(?:nhiệm\s+vụ|đề\s+án)|hoạt\s+động|công\s+việc", re.I),
    "lead": re.compile(r"chủ\s+trì", re.I),
    "support": re.compile(r"phối\s+hợp", re.I),
    "time": re.compile(r"thời\s+(?:gian|hạn)|tiến\s+độ|hoàn\s+thành", re.I),
    # columns that are neither offices nor time: what the task yields, and who it goes to
    "result": re.compile(r"kết\s+quả|sản\s+phẩm|hình\s+thức\s+văn\s+bản", re.I),
    "level": re.compile(r"cấp\s+(?:trình|phê\s+duyệt|quyết\s+định|ban\s+hành)", re.I),
}
# a schedule's day column ('Ngày', 'Thứ/Ngày', 'Ngày, tháng'): its cell spans the rows of that
# day (a merged cell, printed on the day's first row only), and it dates each of them
_DATE_HEADER = re.compile(r"^(?:Thứ\s*[/,-]?\s*)?Ngày(?:\s*(?:/|,)?\s*(?:tháng|thứ))?$|^Thứ$", re.I)
# who leads a schedule's row when no column says 'chủ trì' ('Lãnh đạo dự', 'Người phụ trách')
# (a school's or a hospital's plan: 'Bộ phận thực hiện', printed short as 'BỘ PHẬN T.HIỆN')
_SCHEDULE_LEAD_HEADER = re.compile(r"lãnh\s+đạo\s+(?:tham\s+)?dự|người\s+(?:phụ\s+trách|thực\s+hiện)|đơn\s+vị\s+thực\s+hiện|^phụ\s+trách$|"
                                   r"bộ\s+phận\s+(?:thực\s+hiện|t\.\s*hiện|phụ\s+trách)", re.I)
# a column of whoever does the row's work when no column says 'chủ trì': a school's plan names the
# class and the teacher who directs it ('Lớp | GV chỉ đạo'), a unit's plan its sections ('Bộ phận',
# 'Tổ', 'Khối'), a staff list the person ('Người chỉ đạo', 'Cán bộ phụ trách'); all of them are
# co-equal doers of the row (read as leads only in a table without a 'chủ trì' column)
_DOER_HEADER = re.compile(r"^(?:lớp|khối(?:\s+lớp)?|chi\s+đoàn|bộ\s+phận|tổ(?:\s+chuyên\s+môn)?|"
                          r"(?:gv|gvcn|giáo\s+viên)(?:\s+(?:chỉ\s+đạo|phụ\s+trách|chủ\s+nhiệm|hướng\s+dẫn))?|"
                          r"(?:người|cán\s+bộ|cb)\s+(?:chỉ\s+đạo|phụ\s+trách|hướng\s+dẫn)|người\s+làm)$", re.I)
# a plan's time columns named by the period they hold ('THÁNG' over '8/2019', 'TUẦN C.MÔN' over
# 'Từ 05 - 31/8'): the cell dates the rows it spans
_PERIOD_HEADER = re.compile(r"^(?:tháng|tuần)(?:\s+(?:c\.\s*môn|chuyên\s+môn))?$", re.I)
# a remarks column ('Ghi chú'): it may hand the work to a body ('Giao TNMT chủ trì')
_NOTE_HEADER = re.compile(r"^Ghi\s+chú$", re.I)
_NOTE_LEAD = re.compile(r"(?<![^\W_])[Gg]iao\s+(?:cho\s+)?(?P<who>[^;,.()]{2,80}?)\s+chủ\s+trì(?![^\W_])")
# a leader named in a schedule's 'Lãnh đạo chủ trì' cell: 'Đ/c Thân - PCT UBND', 'Đồng chí Khánh'
_PERSON_CELL = re.compile(r"^\s*(?:Đ/[cC]|đ/c|Đồng\s+chí|đồng\s+chí)\b")
# the bodies a task is submitted to ('Cấp trình' column): never an office of the task
_LEVEL_CELL = re.compile(
    r"^(?:(?:Thủ\s+tướng\s+)?Chính\s+phủ|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Quốc\s+hội|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội|"
    r"(?:Bộ\s+trưởng|Thủ\s+trưởng|Chủ\s+tịch)\b[^;]*|"  # the post that approves ('Cấp phê duyệt: Bộ trưởng Bộ ...')
    r"Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Cấp\s+có\s+thẩm\s+quyền|Hội\s+đồng\s+nhân\s+dân(?:\s+\S+){0,3})"
    r"(?:\s*(?:,|;|/|và|-)\s*(?:(?:Thủ\s+tướng\s+)?Chính\s+phủ|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Quốc\s+hội|"
    r"Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Cấp\s+có\s+thẩm\s+quyền|(?:Bộ\s+trưởng|Thủ\s+trưởng|Chủ\s+tịch)\b[^;,]*))*\s*[.;]?$", re.I)
_ROW_NO = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,2})?)\s*\.?\s*$")  # '12', '12.', '2.1'
# a wrapped office cell whose line ends on a head word alone ('Bộ' + 'Nội vụ', 'Các' + 'Bộ, ngành')
_BARE_HEAD_END = re.compile(r"(?:^|\s)(?:Bộ|Sở|Ban|Cục|Ủy|Uỷ|Các|các|Tổng|Văn|Ngân|Kho|Thanh|Liên|Hội|Trung|Đài|Chi|Phòng|"
                            r"Viện|Tập|Cơ|Ủy\s+ban|Uỷ\s+ban|Ban\s+Chỉ)$")
# ... but 'Văn phòng Sở', 'Giám đốc Sở', 'các đơn vị thuộc Sở', 'Lãnh đạo Ban': the bare head names
# the issuing body itself (a Sở's or a Ban's own plan), the name is whole
_SELF_HEAD_END = re.compile(r"(?:Văn\s+phòng|Giám\s+đốc|Lãnh\s+đạo|Thanh\s+tra|thuộc|của|trực\s+thuộc)\s+(?:Sở|Ban|Bộ|Cục|Chi\s+cục)$")
_GROUP_NO = re.compile(r"^\s*([IVX]{1,5}|[A-H])\s*\.?\s*$")
_SUBROW = re.compile(r"^\s*([-–+•]|[a-zđ]\))\s*$")
_TIME_CELL = re.compile(
    r"^(?:Năm|Quý|Tháng|Trước|Trong|Hằng|Hàng|(?:Nhiệm\s+vụ\s+|Thực\s+hiện\s+)?[Tt]hường\s+xuyên|Định\s+kỳ|Giai\s+đoạn|Sau|Từ|Đến|Chậm\s+nhất|"
    r"Hoàn\s+thành|(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?![\d/])|(?:19|20)\d\d(?!\s+(?:được|đã|sẽ|của|với|về|là)\b))\b", re.I)
# ('34/2014/TT-BKHCN' is no month; '2026 được tổ chức thành công' is the rest of a result cell)
_PERIOD_LINE = re.compile(
    r"(?:(?:Năm|Quý|Tháng)\s+)?(?:[IVX]{1,4}|\d{1,2})?\s*(?:/\s*|\s+năm\s+)?(?:19|20)\d\d\.?", re.I)
_OFFICE_HEAD = re.compile(
    r"^(?:Các\s+)?(?:Bộ(?!\s+luật\b)|Sở|bộ|cơ\s+quan|UBND|Ủy\s+ban|Uỷ\s+ban|Ngân\s+hàng|Văn\s+phòng|Thanh\s+tra|Tổng\s+cục|Cục|Ban(?!\s+hành)|"
    r"Hội(?=\s+[A-ZĐ]|\s+đồng)|Liên\s+đoàn|Kho\s+bạc|Bảo\s+hiểm|Đài|Thông\s+tấn|Viện|Tòa\s+án|Toà\s+án|Kiểm\s+toán|Phòng|Trung\s+tâm|"
    r"Chính\s+phủ|Thủ\s+tướng|Mặt\s+trận|Tập\s+đoàn|Tổng\s+công\s+ty|Đại\s+học|Học\s+viện|địa\s+phương|tỉnh|"
    r"Trung\s+ương|Đoàn|Công\s+an|Thuế(?=\s+(?:tỉnh|thành\s+phố|cơ\s+sở|khu\s+vực))|Vườn\s+quốc\s+gia|Quỹ(?=\s+[A-ZĐ]))\b")
# a result cell that opens like a body but names a thing or an action: 'Bộ chỉ số được xây dựng',
# 'Bộ tiêu chí', 'Tổ chức các chương trình đào tạo' (a ministry is 'Bộ' + a capital: 'Bộ Tư pháp')
def _whole_cell(cell: str) -> bool:
    """Does a cell read as finished: a sentence end, the level a task goes to ('Cấp có thẩm
    quyền'), or a list whose last entry is a whole known body ('...; Bộ Tài chính')?"""
    from pipeline.extract.offices import load_gazetteer

    c = cell.strip()
    if c.endswith((".", ";")) or _LEVEL_CELL.match(c):
        return True
    try:
        gaz = load_gazetteer()
    except FileNotFoundError:
        return False
    return gaz.lookup(re.split(r"[,;]\s*", c)[-1]) is not None


def _names_only(cell: str) -> bool:
    """Is the line nothing but bodies' names ('Phòng Tổ chức cán bộ', 'Văn phòng Sở; Phòng Kế
    hoạch - Tài chính'), the gazetteer's or as written (a department's own units are in no
    gazetteer)?  A wrapped sentence that happens to open with a name goes on with words that
    are no name ('Phòng Tư pháp thẩm định ...')."""
    from pipeline.extract.offices import load_gazetteer, split_office_list

    try:
        gaz = load_gazetteer()
    except FileNotFoundError:
        return False
    parts = split_office_list(cell, gaz)
    if not parts or len(cell.split()) > 12:
        return False
    rest = cell
    for _name, written in parts:
        rest = rest.replace(written, " ", 1)
    return not re.sub(r"[\s,;.\-–()]|\bvà\b|\bcác\b", "", rest)


def _completes_name(cut: str, rest: str) -> bool:
    """Does ``rest`` complete the cell ``cut`` into a body the gazetteer knows ('Bộ Khoa học và'
    + 'Công nghệ')?  (Only the cell's last entry: '..., Bộ Khoa học và'.)"""
    from pipeline.extract.offices import load_gazetteer

    try:
        gaz = load_gazetteer()
    except FileNotFoundError:
        return False
    last = re.split(r"[,;]\s*", cut.strip())[-1]
    return gaz.lookup(f"{last} {rest}") is not None


def _body_like(cell: str) -> bool:
    """Does a cell read like a body's name (any case: 'Cơ quan, tổ chức ...', 'Bộ Tài chính'),
    not a thing ('Bộ tiêu chí') nor the level a task goes to ('Thủ tướng Chính phủ')?"""
    from pipeline.extract.offices import BODY_HEAD_RE

    return bool(_OFFICE_HEAD.match(cell) or BODY_HEAD_RE.match(cell)) and not _thing_cell(cell) \
        and not _LEVEL_CELL.match(cell)


def _thing_cell(cell: str) -> bool:
    if re.search(r"\bđược\s+(?:ban\s+hành|tổ\s+chức|triển\s+khai|thành\s+lập|xây\s+dựng|phê\s+duyệt|công\s+bố|bổ\s+sung|"
                 r"hoàn\s+thiện|thực\s+hiện|trình|cấp|đưa|sửa\s+đổi|ký)\b", cell):
        return True  # a result: 'Các Diễn đàn Doanh nghiệp ... được tổ chức thành công'
    m = re.match(r"(?:Bộ\s+(?!ngành|cơ\s+quan|và\b)(\w)|Tổ\s+chức\s+(?:các|những|hội|thực|triển|đào|tuyên|lớp|tập|thành|\d))", cell)
    return bool(m) and (m.group(1) is None or m.group(1).islower())
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
    label: str | None = None  # a sub-row's printed letter ('a' for 'a)'), a label of its section
    # the columns ('time', 'lead', ...) whose cell continues a cell merged down from the row
    # above, as a reader that sees the cells recorded it (Line.merged_cells); None when the
    # source says nothing about merges (plain text)
    merged: frozenset[str] | None = None

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
    or kept as '|' rows by a web scrape or a Word conversion (:func:`find_pipe_tables`).
    Rows that state a target rather than a task (:func:`indicator_row`) are left out."""
    from pipeline.extract.tables_layout import find_layout_tables
    found = _find_flattened(doc) + find_pipe_tables(doc)
    # (columns laid out by spaces: only where no other reading found a table on the same lines)
    taken = {n for t in found for n in range(t.line_start, t.line_end + 1)}
    found += [t for t in find_layout_tables(doc) if not any(n in taken for n in range(t.line_start, t.line_end + 1))]
    # (one cell a paragraph: only where no other reading found a table either)
    from pipeline.extract.tables_cells import find_cell_tables
    taken = {n for t in found for n in range(t.line_start, t.line_end + 1)}
    found += [t for t in find_cell_tables(doc) if not any(n in taken for n in range(t.line_start, t.line_end + 1))]
    tables = sorted(found, key=lambda t: t.line_start)
    for tb in tables:
        tb.rows = [r for r in tb.rows if not indicator_row(r)]
    return tables


_PIPE_SEP = re.compile(r"^\|?\s*:?-{3,}")


# a line break inside a Markdown table's cell: the wrap of a sentence ('nhận diện<br>thương hiệu')
# or the next name of a list of bodies ('Sở Thông tin và Truyền thông<br>UBND các huyện')
_CELL_BR = re.compile(r"\s*<br\s*/?>\s*", re.I)


def _cell_breaks(text: str) -> str:
    return _CELL_BR.sub(lambda m: "; " if m.end() < len(text) and text[m.end()].isupper()
                        and m.start() > 0 and text[m.start() - 1] not in ",;:.-" else " ", text)


def _pipe_cells(text: str) -> list[str]:
    """The cells of a row: '|' between them, or tabs (a table copied out of Word or a
    spreadsheet as tab-separated text)."""
    if "<br" in text or "<BR" in text:
        text = _cell_breaks(text)
    t = text.strip(" \r\n")
    if "|" not in t and t.count("\t") >= 2:
        return [re.sub(r"\s+", " ", c).strip() for c in t.strip("\t").split("\t")]
    t = t.strip()
    if t.startswith("|"):
        t = t[1:]
    if t.endswith("|"):
        t = t[:-1]
    return [_MD_EMPHASIS.sub(r"\2", re.sub(r"\s+", " ", c).strip()) for c in t.split("|")]


def _bare_cells(text: str) -> list[str]:
    """The cells of a row of a table printed without bars at its ends ('1 | Nội dung | Sở X |
    Quý II'): a bar or a tab at either end of a row separates an empty cell ('| về di sản | và Du
    lịch | Truyền thông |' is the rest of the row above, its number and time cells empty)."""
    if "<br" in text or "<BR" in text:
        text = _cell_breaks(text)
    t = text.strip(" \r\n")
    sep = "|" if "|" in t else "\t"
    return [_MD_EMPHASIS.sub(r"\2", re.sub(r"\s+", " ", c).strip()) for c in t.split(sep)]


# a cell wholly in Markdown bold or italics ('**II.**', '*Quý IV/2026*'): a converter's mark of
# a group row or a note, not part of the cell's text (the group's numeral is 'II.')
_MD_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1$")

# a line that only marks an elision ('[…]', '...', '…'): rows left out of a table printed in
# part (an excerpt, a summary) -- the rows after it still belong to the same table
_ELISION_LINE = re.compile(r"^\[?\s*(?:…|\.{3})\s*\]?$")


# the column-number row under a header: '(1) | (2) | (3)' or '1 | 2 | 3'
_COLUMN_NUMBERS = re.compile(r"^\(?\d{1,2}\)?$")


def _pipe_row(text: str, ncols: int = 0) -> bool:
    """Is the line a table row with '|' between its cells?  Markdown and web scrapes open the
    row with '|'; a Word conversion joins the cells with ' | ' and opens with the first cell
    ('1 | Tổ chức quán triệt ... | Sở Tư pháp | ... | Quý II/2026 |').  Without the opening
    bar the row must hold about as many cells as the header (ncols), so a signature block
    printed beside the Nơi nhận ('Nơi nhận: ... | TM. ỦY BAN NHÂN DÂN') never joins a table."""
    t = text.strip(" \r\n")
    if t.startswith("|"):
        return True
    if ncols and ("|" in t or "\t" in t):
        cells = _pipe_cells(t)
        if "|" not in t and t.startswith("\t"):
            cells = [""] + cells  # (a cell wrapped onto a line of its own: the number cell is empty)
        if len(cells) >= ncols - 1:
            return True
        # a group title merged across the columns ('I | HOÀN THIỆN THỂ CHẾ'), or a row whose
        # merged cells a converter wrote once: its first cell is still a number or a numeral
        return len(cells) >= 2 and bool(re.fullmatch(r"[IVX]{1,5}|[A-H]|\d{1,3}(?:\.\d{1,2}){0,2}\.?", cells[0]))
    if t.count("|") < 2 and t.count("\t") < 2:
        return False
    return True


# a word that names what is to be done, who does it or when: a header with none of them heads a
# table of data ('Tháng | Người Tiếp công dân | Chức vụ | Ngày tiếp công dân |', 'Chỉ tiêu | Đơn vị
# tính | Kế hoạch'), whose rows are no sentences of the text
_WORK_HEADER = re.compile(r"nội\s+dung|nhiệm\s+vụ|công\s+việc|hoạt\s+động|chủ\s+trì|thực\s+hiện|phụ\s+trách|"
                          r"phối\s+hợp|thời\s+(?:gian|hạn)|tiến\s+độ|lãnh\s+đạo|giải\s+pháp|yêu\s+cầu|biện\s+pháp", re.I)


def data_table_lines(doc: Document) -> set[int]:
    """Lines of '|' tables that hold data, not work: three rows or more of three cells or more,
    the first of them (the header) naming no work, doer or time (see _WORK_HEADER).  A schedule
    or a task table is left to find_pipe_tables and to the sentences' reading."""
    out: set[int] = set()
    lines = doc.lines
    i = 0
    while i < len(lines):
        run = []
        j = i
        while j < len(lines) and lines[j].text.count("|") >= 2 and len(_pipe_cells(lines[j].text)) >= 3:
            run.append(lines[j])
            j += 1
        # (a run that follows other '|' lines is the lower part of a bigger table, whose header
        # stands above it: 'Thời gian: 1/2 ngày | Phòng ban đào tạo' over a grid of days)
        above = lines[i - 1].text.count("|") >= 2 if i > 0 else False
        if len(run) >= 3 and not above and not _WORK_HEADER.search(run[0].text):
            out.update(ln.number for ln in run)
        i = max(j, i + 1)
    return out


_SUBHEAD_ROLE = re.compile(r"(?:(?:Cơ\s+quan|Đơn\s+vị)\s+)?(?:chủ\s+trì|phối\s+hợp)", re.I)


def find_pipe_tables(doc: Document) -> list[Table]:
    """Task tables printed as '|' rows ('| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
    Thời gian hoàn thành |', one row a line, with or without the opening bar).  The header names
    the columns, so a schedule or a rate table (no 'chủ trì' column) is never read as tasks.  A
    row whose first cell is a roman numeral or a capital letter alone ('| I | NHIỆM VỤ CHUNG | |
    |') is a group; a row with an empty number cell continues the row above (a cell that wrapped
    onto a line of its own); the row of column numbers under the header ('| (1) | (2) | (3)') is
    no task."""
    tables: list[Table] = []
    lines = doc.lines
    i = 0
    while i < len(lines):
        t = lines[i].text.strip()
        if not _pipe_row(t):
            i += 1
            continue
        cells = _pipe_cells(t)
        kinds = _pipe_columns(cells)
        head_lines = 1
        if kinds is None and i + 1 < len(lines):
            # a header wrapped over two rows ('| TT | Nội dung | Cơ quan | Cơ quan | Thời gian |' over
            # '| | | chủ trì | phối hợp | hoàn thành |'): each column's name is its two cells read together
            nxt = _pipe_cells(lines[i + 1].text) if t.startswith(("|", "\t")) else _bare_cells(lines[i + 1].text)
            if _pipe_row(lines[i + 1].text) and len(nxt) == len(cells) and not any(re.search(r"\d", c) for c in nxt):
                kinds = _pipe_columns([(a + " " + b).strip() for a, b in zip(cells, nxt)])
                head_lines = 2
        if kinds is None:
            i += 1
            continue
        # (without the opening bar in the header, a row that opens with one, or with a tab, leaves
        # its first cell empty: the rest of a row whose cells wrapped onto a second line)
        bare = not t.startswith(("|", "\t"))
        rows: list[TableRow] = []
        group = None
        day = ""  # the day cell last printed: it spans the rows below it that leave it empty
        j = i + head_lines
        while j < len(lines) and (_pipe_row(lines[j].text, len(kinds))
                                  or _blank_between_rows(lines, j, kinds)
                                  or _ELISION_LINE.match(lines[j].text.strip()) and j + 1 < len(lines)
                                  and (lines[j + 1].text.strip().startswith("|")
                                       or lines[j + 1].merged_cells is not None and _pipe_row(lines[j + 1].text, len(kinds)))
                                  or _page_break_in_table(lines, j, len(kinds))):
            ln = lines[j]
            if _ELISION_LINE.match(ln.text.strip()) or ln.block == "running":
                j += 1
                continue
            row_cells = _pipe_cells(ln.text)
            if bare and ln.text.strip(" \r\n").startswith(("|", "\t")):
                row_cells = _bare_cells(ln.text)
            j += 1
            if _PIPE_SEP.match(ln.text.strip()) or not any(row_cells):
                continue
            if all(_COLUMN_NUMBERS.match(c) for c in row_cells if c):
                continue
            if rows and [c.lower() for c in row_cells if c] == [c.lower() for c in cells if c]:
                continue  # the header printed again over the rows of the next page
            if not rows and any(_SUBHEAD_ROLE.fullmatch(c) for c in row_cells):
                # ('| ... | Đơn vị thực hiện |  | ... |' over '| ... | Chủ trì | Phối hợp | ... |'): a
                # second header row splits a merged column into the lead and the partners
                kinds = list(kinds) + [None] * (len(row_cells) - len(kinds))
                for k, c in enumerate(row_cells):
                    m = _SUBHEAD_ROLE.fullmatch(c)
                    if m:
                        kinds[k] = "support" if re.search(r"phối\s+hợp", c, re.I) else "lead"
                continue
            row_cells += [""] * (len(kinds) - len(row_cells))
            by = {}
            for k, c in zip(kinds, row_cells):
                if k and c:
                    by.setdefault(k, []).append(c)
            no = (by.get("no") or [""])[0]
            content = " ".join(by.get("content", []))
            if by.get("date"):
                day = " ".join(by["date"])  # ('8/2019' + 'Từ 05 - 31/8': a month and its weeks)
            when = ([day] if day and "date" in kinds else []) + by.get("time", [])
            lead = by.get("lead", []) + [m.group("who").strip() for c in by.get("note", []) for m in _NOTE_LEAD.finditer(c)]
            if _GROUP_NO.match(no) and (not by.get("lead") or _spanning_row(row_cells, kinds)):
                group = no.strip().rstrip(".")
                continue
            if _spanning_row(row_cells, kinds):
                continue  # a title merged across the columns, its label an arabic number or none
            # (a cell opening on a bullet, '- Tu bổ CSVC ...', is the next item of a list printed
            # one item a row, never the wrapped end of the cell above)
            if not no and rows and content and not re.match(r"^[A-ZĐ]", content) and not re.match(r"^[-–•+]\s*\S", content):
                r = rows[-1]  # a wrapped cell: its text goes on in lower case
                r.content.append(content)
                for kind in ("lead", "support", "time"):
                    for piece in by.get(kind, []):
                        cell = getattr(r, kind)
                        if cell and (piece[:1].islower() or re.search(r"(?:,|\bvà|-)\s*$", cell[-1])):
                            cell[-1] = cell[-1] + " " + piece  # ('Sở Văn hóa, Thể thao' / 'và Du lịch')
                        else:
                            cell.append(piece)
                r.line_end = ln.number
                continue
            if not content:
                continue
            merged = None if ln.merged_cells is None else \
                frozenset(kinds[k] for k in ln.merged_cells if k < len(kinds) and kinds[k])
            rows.append(TableRow(number=no.rstrip("."), group=group, content=[content], lead=lead,
                                 support=by.get("support", []), time=when,
                                 line_start=ln.number, line_end=ln.number, page=ln.page, merged=merged))
        if rows and "time" not in kinds and "date" not in kinds:
            above = _time_line_above(lines, i)
            if above:
                for r in rows:
                    r.time = [above]
                kinds = list(kinds) + ["time"]
        if rows:
            if "date" not in kinds:
                # (a schedule prints each event whole; only its day cell spans rows, and a row
                # without a leader is one nobody leads, not a merged cell)
                _fill_merged(rows)
            tables.append(Table(lines[i].number, lines[j - 1].number, [k for k in kinds if k], rows))
        i = j
    return tables


# a line that times the whole table under it ('Thời gian: 14 giờ ngày 28 tháng 9 năm 2012', '-
# Thời gian thực hiện: từ ngày 05/3 đến ngày 10/3/2024'), printed among the plan's attributes
_TABLE_TIME_LINE = re.compile(r"^\s*(?:[-–+•*]\s*)?(?:\d{1,2}[.)]\s*)?(?:Thời\s+gian|Thời\s+hạn)"
                              r"(?:\s+(?:thực\s+hiện|hoàn\s+thành|tiến\s+hành|ra\s+quân|lao\s+động))?\s*:\s*(?P<when>\S.*)$", re.I)


def _time_line_above(lines, i: int) -> str | None:
    """The time of a table without a time column, stated by a 'Thời gian: ...' line among the few
    lines right above its header (no other table, and no numbered heading, between them): it
    dates every row.  Only a time that holds a day or a month with its year ('ngày 28 tháng 9 năm
    2012', '10/3/2024', 'tháng 5/2024'), never a length ('Thời gian: 1/2 ngày')."""
    from pipeline.extract.temporal import find_deadline

    seen = 0
    k = i - 1
    while k >= 0 and seen < 5:
        t = lines[k].text.strip()
        k -= 1
        if not t:
            continue
        seen += 1
        if "|" in t or re.match(r"(?:[IVX]{1,5}|\d{1,2})[.)]\s+[A-ZĐ]", t):
            return None  # (another table, or the heading of another part: the line is not this table's)
        m = _TABLE_TIME_LINE.match(t)
        if m:
            when = m.group("when").strip()
            d = find_deadline(when, None, attribute=True)
            if d is not None and d.date and re.search(r"(?:19|20)\d\d", when):
                return when
            return None
    return None


def _page_break_in_table(lines, j: int, ncols: int) -> bool:
    """Is line j a page's running head or foot (or a run of them) between two rows of one '|'
    table, the next body line a row of as many cells?"""
    k = j
    while k < len(lines) and lines[k].block == "running":
        k += 1
    return k > j and k < len(lines) and _pipe_row(lines[k].text, ncols) and len(_pipe_cells(lines[k].text)) == ncols


def _blank_between_rows(lines, j: int, kinds: list) -> bool:
    """Is line j an empty line between two rows of one '|' table?  Some converters of web pages
    and Word files print every block, table rows too, as a paragraph of its own with an empty
    line after it ('TT | Nhiệm vụ | Cơ quan chủ trì | ...', '', '1 | Báo cáo ... | Bộ Tư pháp |
    ...', ''): the table goes on when the next line that holds text is a row as wide as the
    header and no header of another table."""
    if lines[j].text.strip():
        return False
    k = j
    while k < len(lines) and not lines[k].text.strip() and k - j < 3:
        k += 1
    if k >= len(lines) or not lines[k].text.strip():
        return False
    t = lines[k].text
    if not _pipe_row(t, len(kinds)) or len(_pipe_cells(t)) < len(kinds) - 1:
        return False
    cells = _pipe_cells(t)
    if re.match(r"\s*(?:Nơi\s+nhận|TM\.|KT\.|TL\.|Q\.)", cells[0]) or any(re.match(r"\s*(?:TM|KT|TL)\.\s", c) for c in cells):
        return False  # the Nơi nhận beside the signature, printed as a row of its own after the table
    return _pipe_columns(cells) is None and not re.fullmatch(r"S?TT|Số\s+TT", cells[0].strip(), re.I)


def _spanning_row(cells: list[str], kinds: list) -> bool:
    """Is this row one cell merged across the columns, that a converter printed in each of
    them ('I | Hoàn thiện thể chế | Hoàn thiện thể chế | Hoàn thiện thể chế | ...')?  Such a
    row is a group's title: the same text in every cell but the number, at least three times."""
    rest = [c for k, c in zip(kinds, cells) if k != "no"]
    filled = [c for c in rest if c]
    return len(filled) >= 3 and len(filled) >= len(rest) - 1 and len({c.lower() for c in filled}) == 1


def _fill_merged(rows: list[TableRow]) -> None:
    """A cell merged down over several rows (one time for a group of tasks, one lead body for
    its rows) is written once, in the first of them, by most converters: the rows below it in
    the same group that leave that column empty take it.  Only in a table that fills the column
    in most rows (an empty cell there is a merged one, not a task without a time).

    A row whose reader saw the table's cells (a .docx table: ``TableRow.merged``) takes the
    cell above only where that cell was merged down over it; a cell left empty in the source
    is a row without a time or a lead, and the date of the row above is no deadline of it."""
    for col in ("time", "lead"):
        if sum(1 for r in rows if getattr(r, col)) * 2 < len(rows):
            continue
        prev: TableRow | None = None
        for r in rows:
            if getattr(r, col):
                prev = r
            elif prev is not None and prev.group == r.group and (r.merged is None or col in r.merged):
                setattr(r, col, list(getattr(prev, col)))


# columns of a table of targets, not of tasks (an indicator column before the offices, or a
# unit column): its rows are indicators ('Tốc độ tăng trưởng GDP
# (%)', 'Tỷ lệ hộ nghèo') with a value and the body that follows them, and are no tasks
_INDICATOR_HEADER = re.compile(r"chỉ\s+tiêu|đơn\s+vị\s+tính|giá\s+trị\s+mục\s+tiêu", re.I)
# a row that names an indicator rather than a piece of work (in a task table that lists a few)
_INDICATOR_ROW = re.compile(
    r"^(?:Tỷ\s+lệ|Tốc\s+độ\s+tăng|Số\s+lượng|Chỉ\s+số|Tổng\s+(?:số|vốn|mức|sản\s+phẩm|kim\s+ngạch|thu)|GDP|GRDP|"
    r"Thu\s+nhập\s+bình\s+quân|Năng\s+suất\s+lao\s+động|Tuổi\s+thọ)\b|"
    r"\((?:%|‰|USD|tỷ\s+đồng|triệu\s+đồng|nghìn\s+tỷ|người|km|ha|tấn|lượt|tuổi)[^()]{0,20}\)\s*$")


def indicator_row(row: TableRow) -> bool:
    """Does the row state a target ('Tỷ lệ dân số tham gia bảo hiểm y tế (%)') instead of a task?
    A row that opens with a work verb is a task whatever it measures ('Nâng tỷ lệ ...')."""
    from pipeline.extract.tasks import VERB_START_RE

    return not VERB_START_RE.match(row.text) and bool(_INDICATOR_ROW.search(row.text))


def _pipe_columns(cells: list[str]) -> list[str | None] | None:
    """The kind of each column of a header row, or None when the row is no task-table header
    (it needs a content column and a 'chủ trì' / 'cơ quan thực hiện' column; a column of
    indicators or units makes it a table of targets)."""
    named = [c for c in cells if c and not re.fullmatch(r"S?TT|Số\s+TT", c, re.I)]
    if any(re.search(r"đơn\s+vị\s+tính", c, re.I) for c in cells) or (named and _INDICATOR_HEADER.search(named[0])):
        return None
    kinds: list[str | None] = []
    for c in cells:
        k = None
        if re.fullmatch(r"S?TT|Số\s+TT|STT", c, re.I):
            k = "no"
        elif _DATE_HEADER.match(c.strip()):
            k = "date"
        elif _NOTE_HEADER.match(c.strip()):
            k = "note"
        elif re.search(r"theo\s+dõi", c, re.I) and not _HEADER_WORDS["lead"].search(c):
            k = "other"  # 'Lãnh đạo VP và phòng CM theo dõi': who follows the work, not who does it
        elif _HEADER_WORDS["lead"].search(c) or re.search(r"(?:cơ\s+quan|đơn\s+vị)\s+(?:thực\s+hiện|chịu\s+trách\s+nhiệm)", c, re.I) \
                or _SCHEDULE_LEAD_HEADER.search(c.strip()):
            k = "lead"
        elif _HEADER_WORDS["support"].search(c):
            k = "support"
        elif _DOER_HEADER.match(c.strip()):
            k = "doer"
        elif _PERIOD_HEADER.match(c.strip()):
            k = "date"  # (like a schedule's day: a merged cell over the rows of its period)
        elif _HEADER_WORDS["time"].search(c):
            k = "time"
        elif _HEADER_WORDS["result"].search(c) or _HEADER_WORDS["level"].search(c):
            k = "other"
        elif _HEADER_WORDS["content"].search(c):
            k = "content"
        kinds.append(k)
    # (the class and teacher columns do the work when no column says who leads it; beside a
    # 'chủ trì' column they are only the row's frame)
    kinds = [("lead" if "lead" not in kinds else None) if k == "doer" else k for k in kinds]
    if "content" not in kinds or "lead" not in kinds:
        return None
    return kinds


_HEADER_START = re.compile(r"^\s*(?:S?TT|Số\s+TT)\s*$", re.I)


def _split_cells(text: str) -> list[str]:
    """A text-layer line that holds the end of one cell and the start of the next, split in two.

    Two narrow cells side by side sometimes come out on one line: the gap between them as a run
    of spaces ('cơ quan ngang bộ  Bộ Tư pháp') or a body's name run into the time cell ('Bộ Khoa
    học và Công nghệ Theo lộ trình thực').  Split only where the left part reads as a body and
    the right part opens a body or a time, so a sentence of the task cell is never cut."""
    t = text.strip()
    m = re.match(r"^(.{3,45}?\S)\s{2,}(\S.*)$", t)
    if m and _body_like(m.group(1)) and (_body_like(m.group(2)) or _TIME_CELL.match(m.group(2))):
        return [m.group(1), m.group(2)]
    m = re.match(r"^(.{3,45}?[^\s,])\s+(Các\s+(?:bộ|Bộ|cơ\s+quan|tỉnh|địa\s+phương|đơn\s+vị|sở|Sở)\b.*)$", t)
    if m and _body_like(m.group(1)) and not re.search(r"(?:^|\s)(?:và|của|với|các)$", m.group(1)):
        return [m.group(1), m.group(2)]  # 'Bộ Xây dựng Các bộ, ngành, các': a capital 'Các' opens the next cell
    m = re.match(r"^(.{3,45}?\S)\s+((?:Theo\s+lộ\s+trình|Thường\s+xuyên|Hằng\s+năm|Hàng\s+năm)\b.*)$", t)
    if m and _body_like(m.group(1)) and len(t) <= 60:
        return [m.group(1), m.group(2)]
    return [text]


def _pipe_header_over_flat(lines, k: int) -> bool:
    """Is line k a '| TT | Nội dung | Cơ quan chủ trì | ... |' header row whose body was not
    converted to '|' rows (a Word table with merged cells pasted as text: the header row kept
    its bars, every body cell came out as a line of its own)?"""
    t = lines[k].text.strip()
    if not t.startswith("|") or k + 2 >= len(lines):
        return False
    cells = _pipe_cells(t)
    if not cells or not _HEADER_START.match(cells[0]) or not _PIPE_SEP.match(lines[k + 1].text.strip()):
        return False
    nxt = lines[k + 2].text.strip()
    return bool(nxt) and not nxt.startswith("|")


def _split_lines(doc: Document) -> Document:
    """The document with :func:`_split_cells` applied (lines keep their numbers and pages), and
    a bar header over a flattened body (:func:`_pipe_header_over_flat`) put one cell a line, as
    a text layer prints it, its separator row left out."""
    from dataclasses import replace

    out = []
    changed = False
    skip = -1
    for k, ln in enumerate(doc.lines):
        if k == skip:
            changed = True
            continue
        if _pipe_header_over_flat(doc.lines, k):
            out += [replace(ln, text=c) for c in _pipe_cells(ln.text.strip())]
            skip = k + 1
            changed = True
            continue
        parts = _split_cells(ln.text)
        if len(parts) > 1:
            changed = True
            out += [replace(ln, text=p) for p in parts]
        else:
            out.append(ln)
    if not changed:
        return doc
    return replace(doc, lines=out)


def _find_flattened(doc: Document) -> list[Table]:
    """Every flattened task table in the document."""
    if not any(_HEADER_START.match(ln.text) or _pipe_header_over_flat(doc.lines, k) for k, ln in enumerate(doc.lines)):
        return []  # (no 'TT' / 'STT' line: no flattened table; skip the line splitting)
    doc = _split_lines(doc)
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
        if columns[0] == "unit":
            from pipeline.extract.tables_grouped import grouped_rows

            rows, last = grouped_rows(doc, end + 1, columns)
        else:
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
        if _ROW_NO.match(t) or _GROUP_NO.match(t) or len(t) > 45 or re.match(r"\d{1,3}(?:\.\d{1,2})?\.?\s+[A-ZĐ]", t):
            break  # (a row number on the line of its first words ends the header too)
        if text and not _header_words_only(t):
            break  # the rest of a row cut by the page break, printed right under the header
        text += " " + t
        j += 1
    found = []
    for kind, rx in _HEADER_WORDS.items():
        m = rx.search(text)
        if m:
            found.append((m.start(), kind))
    kinds = [k for _p, k in sorted(found)]
    ind, lead = _INDICATOR_HEADER.search(text), _HEADER_WORDS["lead"].search(text)
    if ind and (re.match(r"đơn\s+vị\s+tính", ind.group(), re.I) or not lead or ind.start() < lead.start()):
        return None  # a table of targets ('Chỉ tiêu | Đơn vị tính | Mục tiêu 2030 | Cơ quan chủ trì theo dõi')
    if re.match(r"\s*(?:Đơn\s+vị|Cơ\s+quan)(?:\s+(?:thực\s+hiện|chủ\s+trì))?\s+(?:Nhiệm\s+vụ|Nội\s+dung)", text, re.I) \
            and "content" in kinds:
        # the lead body comes first, in a cell merged over its rows ('Đơn vị | Nhiệm vụ chủ trì | ...')
        return ["unit"] + [k for k in kinds if k != "lead"], j - 1
    if "content" not in kinds or "lead" not in kinds:
        return None
    if "time" in kinds and kinds.index("time") < kinds.index("lead") and not re.search(
            r"thời\s+(?:gian|hạn)|tiến\s+độ", text, re.I):
        kinds.remove("time")  # 'hoàn thành' inside a content header ('Nhiệm vụ hoàn thành ...')
    cols = kinds
    return cols, j - 1


# The words column names are made of: a line with any other word under a header printed again
# after a page break is the rest of a row ('sở, tiêu chuẩn quốc gia và quy', 'hiện nhiệm vụ; các bộ').
_HEADER_VOCAB = set("""
tt stt số nội dung công việc nhiệm vụ giải pháp tên đề án hoạt động chương trình dự cơ quan đơn vị chủ trì
thực hiện phối hợp cấp trình sản phẩm kết quả hình thức văn bản thời gian hạn hoàn thành tiến độ lộ dự kiến
ghi chú căn cứ kinh phí nguồn trách nhiệm chính và hoặc đầu ra mục tiêu yêu cầu phụ triển khai ban hành
bổ sung pháp lý dẫn chiếu người lãnh đạo chỉ đạo trực tiếp phụ trách số lượng điểm hệ quy đổi độ khó mới phức tạp
mốc địa điểm phạm vi đối tượng vốn ngân sách thẩm quyền xuất xử lý nơi theo dõi đánh giá lĩnh vực ngành
phê duyệt quyết định
sở tham mưu địa phương
""".split())  # (a province's table: 'Sở, ngành chủ trì tham mưu', 'Sở, ngành, địa phương phối hợp')


def _header_words_only(line: str) -> bool:
    """Is ``line`` made of column-name words only ('Cơ quan', 'chủ trì', 'Thời hạn hoàn thành'),
    or a bracketed note under a column name ('(Bộ/ngành/địa phương)', '(dự kiến)')?"""
    if re.fullmatch(r"\([^()]{1,40}\)", line.strip()):
        return True
    words = re.findall(r"[^\W\d_]+", line.casefold())
    return bool(words) and all(w in _HEADER_VOCAB for w in words) and not re.search(r"\d", line)


def _is_continuation(prev: str, line: str) -> bool:
    """Does ``line`` go on with the cell that ``prev`` started?"""
    t = line.strip()
    if not t:
        return True
    # a line that is only a period ('Quý II/2026', 'Tháng 12/2026', 'Năm 2026') is the time cell,
    # even after a cell that ends on a preposition ('... tổng hợp, chuyển đến'), unless the line
    # above is the time cell's own trigger ('Hoàn thành trong' / 'quý II/2026')
    if _PERIOD_LINE.fullmatch(t) and not re.search(r"(?:^|\s)(?i:trước|trong|hết|vào|ngày|tháng|năm|quý|nhất|hạn)$", prev.rstrip()) \
            and not (re.match(r"(?:năm\s+)?\d", t, re.I) and re.search(r"(?:[-–,/]|(?:^|\s)(?:đến|tới|từ|đoạn|và|số))$", prev.rstrip())):
        return False  # (a year after 'giai đoạn 2021 -', 'tầm nhìn đến' goes on with it)
    if t[0].islower() or t[0] in ",;.)-–&":
        return True
    if re.match(r"(?:19|20)\d\d\b", t) and re.search(r"(?:(?:^|\s)(?:giai\s+đoạn|thời\s+kỳ|đến|tới|từ)|[-–])$", prev.rstrip()):
        return True  # '... giai đoạn' / '2020 - 2025': the period goes on with the text
    if re.match(r"Và\s", t):
        return True  # 'Bộ Khoa học và Công nghệ' / 'Và các cơ quan, tổ chức ...': no cell opens with 'và'

    if re.search(r"(?:^|\s)các$", prev.rstrip()) and t[:1].isupper() and (
            not _OFFICE_HEAD.match(t) or re.match(r"(?:Bộ\s+Chính|Chính\s+phủ|Thủ\s+tướng|Quốc\s+hội|Ban\s+Bí)\b", t)):
        return False  # '... Ủy ban nhân dân các' + 'Cấp có thẩm quyền' / 'Bộ Chính trị': the next column
    if re.match(r"(?:Các\s|Cơ\s+quan\b)", t) and re.search(r"(?:^|\s)(?:các|và)$", prev.rstrip()):
        return False  # '... Ủy ban nhân dân các' + 'Các bộ, ngành ...': the cell above was cut by a page break
    if prev.rstrip().endswith((",", "và", "-", "–", "&", "(")):
        return True
    if prev.count("(") > prev.count(")"):
        return True  # a cell does not end inside its brackets ('... lao động (Luật' / 'Bảo hiểm xã hội, Bộ luật ...)')
    if prev.rstrip().endswith(";") and _OFFICE_HEAD.match(prev.strip()) and _OFFICE_HEAD.match(t):
        return True  # 'Bộ Nội vụ;' / 'Bộ Giáo dục và Đào tạo;' / 'Bộ Y tế': one list of bodies
    if _BARE_HEAD_END.search(prev.rstrip()) and not _SELF_HEAD_END.search(prev.rstrip()):
        return True
    # 'Thanh tra' + 'Chính phủ', 'Kiểm toán' + 'Nhà nước': the rest of a name
    if re.match(r"(?:Chính\s+phủ|Nhà\s+nước|Trung\s+ương|Quốc\s+hội|Việt\s+Nam)\b", t) and re.search(
            r"(?:Thủ\s+tướng|Thanh\s+tra|Văn\s+phòng|Ngân\s+hàng|Kiểm\s+toán|Ủy\s+ban|Uỷ\s+ban|Học\s+viện|Hội\s+đồng|Ban|Bộ|"
            r"Nhà\s+nước|Thông\s+tấn\s+xã|Đài\s+Truyền\s+hình|Đài\s+Tiếng\s+nói|Ban\s+Chỉ\s+đạo)$", prev.rstrip()):
        return True
    # a time cell wrapped after its trigger or unit ('Trước' / 'ngày' / '01/3/2027', 'Quý' / 'IV/2026')
    if re.match(r"[\dIVX(]", t) and (re.search(r"(?:^|\s)(?:[Tt]rước|nhất|hạn)$", prev.rstrip()) or (
            re.search(r"(?:^|\s)(?:ngày|[Tt]háng|[Nn]ăm|[Qq]uý)$", prev.rstrip())
            and not re.search(r"(?:hằng|hàng|mỗi|từng|các|những)\s+\S+$", prev.rstrip()))):
        return True  # (not after 'Báo cáo hằng năm': a whole cell)
    # 'Việt' + 'Nam', 'Hồ Chí' + 'Minh': a proper name broken over two lines of a cell
    if re.search(r"(?:^|\s)(?:Việt|Hồ\s+Chí|Hà|Đà|Cần)$", prev.rstrip()) and re.match(r"(?:Nam|Minh|Nội|Nẵng|Thơ)\b", t):
        return True
    if _OFFICE_HEAD.match(prev.strip()) and re.search(r"(?:^|\s)tổ\s+chức$", prev.rstrip()) \
            and re.match(r"(?!UBND|HĐND)[A-ZĐ]{3,}\b", t):
        return True  # 'Ủy ban Công tác về các tổ chức' / 'PCPNN, VTV, VOV': the acronym ends the name
    if re.search(r"(?:^|\s)Công$", prev.rstrip()) and re.match(r"Thương\b", t):
        return True  # '2. Các Bộ: Xây dựng, Công' / 'Thương, các bộ, ...': (Bộ / Sở) Công Thương
    # a line that ends on a verb that takes the body it goes to ('Đề án được trình' / 'Ban Chỉ đạo
    # Trung ương ...', 'Báo cáo gửi' / 'Bộ Tư pháp'): a result cell naming its receiver, which is
    # no cell of the lead or partner columns (the noun 'Tờ trình' can end a cell)
    if re.search(r"(?:^|\s)(?<!Tờ\s)(?<!tờ\s)(?:trình|gửi)$", prev.rstrip()):
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

    content_width = 0  # width of the content column: a line about that long was wrapped
    content_lens: list[int] = []  # (a high percentile, not the longest: a group title spans the table)

    cells_last: list[str] = []  # the last line of each cell
    post: list[tuple[str, int]] = []  # pieces of a row's cells printed after a page break
    in_post = False
    post_open: list[int] = []  # the row's cells that the page break cut

    def flush() -> None:
        nonlocal cur, cells, post, in_post
        if cur is not None and cells:
            end = cur.line_end
            if post:
                cells = _merge_after_break(cells, post, post_open)
            _assign(cur, cells, rows, columns)
            cur.line_end = max(cur.line_end, end)  # (the rest of a cell after a page break included)
            if cur.content:
                rows.append(cur)
        cur, cells, post, in_post = None, [], [], False
        cells_last.clear()

    def page_break() -> None:
        nonlocal cells, in_post, post_open
        if in_post:
            return  # (the running head, then the header printed again: one break)
        in_post = True
        n_content = len(cells) - len(_join_content(cells)) + 1
        content_last = cells_last[n_content - 1] if len(cells_last) >= n_content else ""
        cells = _join_content(cells)
        post_open = _open_cells(cells, content_last, content_width)

    k = start
    group_title = False
    prev_line = ""
    # after a line that marks rows left out ('[…]': a table printed in part), the next group's
    # numeral and the next row's number go on from numbers that were not printed ('IV' or row
    # '14' first); cleared once a row starts
    elided = False
    while k < len(doc.lines):
        ln = doc.lines[k]
        t = ln.text.strip()
        k += 1
        if _ELISION_LINE.match(t):
            elided = True
            continue
        if not t or _FURNITURE.match(t) and not _ROW_NO.match(t):
            if t.startswith("CÔNG BÁO/Số") and cur is not None and cells and len(cells) >= 2:
                page_break()  # a page break with no header printed again: the row's cells go on below
            continue
        # the next appendix or an upper-case title ends the table
        if re.match(r"(?:Phụ\s+lục|PHỤ\s+LỤC)\b", t) or (
                len(t.split()) >= 4 and t.upper() == t and re.search(r"[A-ZĐ]{2}", t) and not re.search(r"\d", t)
                and not (group_title and cur is None)  # (a group's title under its numeral: 'I' / 'HOÀN THIỆN ...')
                and not (re.match(r"[IVX]{1,5}\.?\s", t) and _roman(t.split()[0].rstrip(".")) == _roman(group) + 1)):
            break
        if re.fullmatch(r"\d{1,4}", t) and k >= 2 and re.match(r"\s*CÔNG BÁO/Số", doc.lines[k - 2].text):
            continue  # the page number under the running head, not a row number
        if re.match(r"^(?:S?TT|Số\s+TT)$", t, re.I):
            hdr = _header_at(doc, k - 1)
            if hdr is not None:
                k = hdr[1] + 1  # the header printed again on a new page
                if cur is not None and cells:
                    page_break()  # a row split by the page break: its cells go on below
                continue
        if _ROW_NO.match(t) and _page_number_in_rows(_ROW_NO.match(t).group(1), cur, rows):
            continue  # '75' between rows 1 and 2: the page number of a layout without running head
        if _ROW_NO.match(t):
            flush()
            cur = TableRow(_ROW_NO.match(t).group(1), group, line_start=ln.number, page=ln.page)
            sub = 0
            last = ln.number
            elided = False
            continue
        # the next row's number printed on the line of its first words ('13.  Xây dựng Nghị quyết ...')
        # ... or a sub-row's: '2.1 Theo dõi, tổng hợp ...' after row 2, '2.2 ...' after 2.1
        inline = re.match(r"^(\d{1,3}(?:\.\d{1,2})?)\.?\s+(\S.*)$", t)
        prev_no = (cur.number if cur is not None else rows[-1].number if rows else "0").split(" > ")[0]
        if inline and (_next_row_number(prev_no, inline.group(1)) or elided and re.fullmatch(r"\d{1,3}", inline.group(1))) \
                and inline.group(2)[:1].isupper():
            elided = False
            flush()
            cur = TableRow(inline.group(1), group, line_start=ln.number, page=ln.page)
            sub = 0
            cells = [(inline.group(2), ln.number)]
            cells_last.append(inline.group(2))
            content_lens.append(len(inline.group(2)))
            content_width = _typical_width(content_lens)
            prev_line = inline.group(2)
            cur.line_end = last = ln.number
            continue
        # a group heading with its title on the same line ('IV. Tăng cường năng lực ...')
        ginline = re.match(r"^([IVX]{1,5})\.?\s+([A-ZĐ].*)$", t)  # 'III Tiếp tục sắp xếp ...' too
        if ginline and (_roman(ginline.group(1)) == _roman(group) + 1 or elided and _roman(ginline.group(1)) > _roman(group)):
            flush()
            group = ginline.group(1)
            group_title = True
            last = ln.number
            continue
        # footnotes at the foot of a page ('1 Nghị quyết số 66-NQ/TW ngày 30/4/2025 của ...')
        if re.match(r"^\d{1,2}\s+(?:Nghị\s+quyết|Quyết\s+định|Kết\s+luận|Chỉ\s+thị|Nghị\s+định|Thông\s+báo|Chương\s+trình|"
                    r"Luật|Văn\s+bản|Công\s+văn|Kế\s+hoạch)\s", t) and len(t) > 60:
            continue
        if _GROUP_NO.match(t) and (_next_group(group, _GROUP_NO.match(t).group(1))
                                   or elided and _roman(_GROUP_NO.match(t).group(1)) > _roman(group)):
            flush()
            group = _GROUP_NO.match(t).group(1)
            group_title = True
            last = ln.number
            continue
        if _SUBROW.match(t) and (cur is not None or rows):
            base = (cur.number if cur is not None else rows[-1].number).split(" > ")[0]
            flush()
            sub += 1
            cur = TableRow(f"{base} > -{sub}", group, line_start=ln.number, page=ln.page,
                           label=t.strip().rstrip(")") if t.strip().endswith(")") else None)
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
        if in_post:
            if not post and post_open[:1] == [0] and len(post_open) >= 2 and content_width >= 30 \
                    and len(t) < 0.55 * content_width and not t.endswith((".", ";", ":")):
                # the first line below the break is narrow: the content was not cut (its last line
                # merely filled the column), the break cut the narrow cells only
                post_open = post_open[1:]
            # after a page break the row's cells go on column by column: the content's rest comes
            # first (wide lines), then the narrow office cells; a narrow line after wide ones
            # starts the next cell even in lower case ('... thực hiện nhiệm vụ' / 'thuộc trung')
            if len(post) == 1 and len(post_open) >= 2 and post_open[0] == 0 and content_width >= 30:
                # the content's rest: wide lines, whatever their case, and the short line that ends
                # it after a full one ('Việt Nam theo hướng thống nhất, tinh gọn, hiệu' / 'lực, hiệu quả.')
                go_on = len(t) >= 0.55 * content_width or (
                    len(prev_line) >= 0.85 * content_width and not prev_line.endswith((".", ";", ":"))
                    and t.endswith((".", ";")) and _is_continuation(prev_line, t))
            else:
                # a body's name that has come to its usual end ('... trực thuộc trung ương') closes
                # its cell: the lower-case line after it goes on with the next cut cell
                go_on = bool(post) and _is_continuation(post[-1][0], t) and not (
                    len(post) >= 2 and re.search(r"(?:trung\s+ương|liên\s+quan|địa\s+phương|Chính\s+phủ)$", post[-1][0], re.I)) \
                    and not (len(post) == 1 and post_open[:1] == [0] and post[-1][0].endswith(".") and content_width >= 30
                             and len(t) < 0.55 * content_width)  # the content's sentence has ended: a narrow cell's rest
            if go_on and re.match(r"và\s", t) and 0 < len(post) <= len(post_open) and post_open[len(post) - 1] > 0 \
                    and _completes_name(cells[post_open[len(post) - 1]][0], post[-1][0]):
                go_on = False  # 'Bộ Khoa học và' + 'Công nghệ' is whole: 'và doanh nghiệp ...' is the next cell's
            if go_on:
                post[-1] = (post[-1][0] + " " + t, post[-1][1])
            else:
                post.append((t, ln.number))
            prev_line = t
            cur.line_end = last = ln.number
            continue
        # the content column is the wide one: a line about as long as its longest was wrapped
        # there, so the next line goes on with it even when it starts with a capital ('... của' +
        # 'Bộ Chính trị về ...')
        wrapped = len(cells) == 1 and content_width >= 30 and len(prev_line) >= content_width - 10 \
            and not prev_line.endswith((".", ";", ":")) and len(t) >= 20  # office cells are narrow
        if wrapped and _OFFICE_HEAD.match(t) and (_whole_cell(t) or _names_only(t)) and not _is_continuation(prev_line, t):
            # a line that is a whole body's name ('Sở Nông nghiệp và Môi trường') after the content
            # opens the lead cell: a table converted with one cell a line ends its content cell
            # without a full stop and prints it on one long line
            wrapped = False
        if cells and (wrapped or _is_continuation(cells[-1][0], t)) and not _narrow_cell_starts(
                cells, t, content_width, doc.lines, k):
            cells[-1] = (cells[-1][0] + " " + t, cells[-1][1])
            cells_last[-1] = t
        else:
            cells.append((t, ln.number))
            cells_last.append(t)
        if len(cells) == 1:
            content_lens.append(len(t))
            content_width = _typical_width(content_lens)
        prev_line = t
        cur.line_end = ln.number
        last = ln.number
    flush()
    _inherit(rows)
    # a row that only heads its sub-rows ('4' then '- Công trình ...') is not a task itself
    heads = {r.number.split(" > ")[0] for r in rows if " > -" in r.number}
    # ... nor a row 'N' that only holds a title above rows 'N.1', 'N.2' (a group of the table)
    heads |= {r.number.split(".")[0] for r in rows if re.fullmatch(r"\d+\.\d+", r.number)}
    rows = [r for r in rows if not (r.number in heads and not r.lead and not r.support and not r.time)]
    return rows, last


def _narrow_cell_starts(cells: list[tuple[str, int]], t: str, width: int, lines, k: int) -> bool:
    """Does the short line ``t`` open the lead cell although the task text above it ends on a
    preposition ('... nước ngoài tại' / 'Bộ Ngoại' / 'giao')?  The task column is wide, so a short
    line there is its last; a short body's name whose own next line goes on with it in lower
    case is a narrow cell's first line."""
    if len(cells) != 1 or width < 30 or len(t) >= 0.5 * width or not _OFFICE_HEAD.match(t):
        return False
    j = k
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    nxt = lines[j].text.strip() if j < len(lines) else ""
    return bool(nxt) and nxt[0].islower() and len(nxt) < 0.5 * width


def _page_number_in_rows(number: str, cur: TableRow | None, rows: list[TableRow]) -> bool:
    """A bare number far beyond the last row's (or back below it, other than a restart at 1) is
    no row number: rows count 1, 2, 3 ... (a gap of up to three is allowed)."""
    prev = (cur.number if cur is not None else rows[-1].number if rows else "").split(" > ")[0].split(".")[0]
    if not prev.isdigit() or "." in number:
        return False
    n, p = int(number), int(prev)
    return n > p + 3 or (n < p and n != 1)


def _typical_width(lens: list[int]) -> int:
    """The wrap width of a column: the 80th percentile of its line lengths (the longest may be a
    group title printed across the whole table)."""
    xs = sorted(lens)
    return xs[int(0.8 * (len(xs) - 1))] if xs else 0


def _next_row_number(prev: str, new: str) -> bool:
    """Does row number ``new`` follow ``prev`` ('2' -> '3' or '2.1'; '2.1' -> '2.2' or '3')?"""
    if not re.fullmatch(r"\d+(?:\.\d+)?", prev) or not re.fullmatch(r"\d+(?:\.\d+)?", new):
        return False
    p, n = [int(x) for x in prev.split(".")], [int(x) for x in new.split(".")]
    if len(n) == 1:
        return n[0] == p[0] + 1
    return (n[0] == p[0] and ((len(p) == 1 and n[1] == 1) or (len(p) == 2 and n[1] == p[1] + 1))) or \
        (n[0] == p[0] + 1 and n[1] == 1)


_OPEN_END = re.compile(r"(?:[,;\-–&(]|(?:^|\s)(?:và|các|của|trực|thuộc|cơ|ngang|nhân|dân|tỉnh|thành|phố|liên|"
                       r"Bộ|Sở|Ban|Cục|Ủy|Uỷ|ban|Các|Tổng|Văn|Ngân|Kho|Thanh|Hội|Trung|Đài|Viện|Cơ))$")


def _join_content(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The leading cells that read as text (the content cell cut at a capitalised line) as one."""
    n = 1
    while n < len(cells) and _cell_kind(cells[n][0]) == "text":
        n += 1
    return [(" ".join(c for c, _ in cells[:n]), cells[0][1])] + cells[n:]


def _open_cells(cells: list[tuple[str, int]], content_last: str = "", width: int = 0) -> list[int]:
    """Indexes of the cells a page break cut: the content when its sentence did not end (its last
    line fills the column, or ends on a word that joins: a short last line ends a cell whose
    rows carry no full stop), an office or other cell that ends on a word a name cannot end on
    ('... Ủy ban nhân dân các')."""
    c = cells[0][0].rstrip()
    last = content_last.rstrip() or c
    content_open = not c.endswith((".", ";", ":")) and (
        not width or len(last) >= 0.7 * width or bool(_OPEN_END.search(last))
        or bool(re.search(r"(?:^|\s)(?:của|về|với|cho|tại|theo|trong|các|những|để|từ|đến|và|số|ngày|tháng|năm)$", last)))
    out = [0] if content_open else []
    out += [i for i in range(1, len(cells)) if _OPEN_END.search(cells[i][0].rstrip())]
    return out


def _merge_after_break(cells: list[tuple[str, int]], post: list[tuple[str, int]],
                       open_idx: list[int] = ()) -> list[tuple[str, int]]:
    """Join the pieces printed after a page break to the row's cells above it, in column order.

    Each piece goes on with the next cell the break cut (``open_idx``, content first); when the
    break cut one cell only, all the text below is that cell's; when none looks cut, the cell
    printed last before the time cell takes it.  Pieces left over (a cell that
    ended right at the break while the next began below it) become cells of their own before the
    time cell, so a time cell that already holds its date is never extended."""
    cells = list(cells)
    pieces = list(post)
    if not open_idx:
        # no cell looks cut: the rest belongs to the last cell before the time (a result column
        # whose line happened to end on a whole word), else to the content
        before_time = [i for i in range(1, len(cells)) if _cell_kind(cells[i][0]) != "time"]
        open_idx = [before_time[-1]] if before_time else [0]
    if len(open_idx) == 1:
        i = open_idx[0]
        if i == 0 and len(pieces) >= 2:
            # the content's rest, then more of a cell that ended at the break: a body's name is
            # one more entry of the office column ('Bộ Khoa học và Công nghệ' above the break,
            # 'Cơ quan, tổ chức và doanh nghiệp liên quan' below it); other text is the rest
            # of the last cell before the time (a result cell: '(theo hướng cụ thể như: ...)')
            cells[0] = (cells[0][0] + " " + pieces[0][0], cells[0][1])
            has_time = any(_cell_kind(c) == "time" for c, _l in cells[1:])
            for text, line in pieces[1:]:
                if has_time and _cell_kind(text) == "time" and _PERIOD_LINE.search(text):
                    # (a second result's own period, as in the branch below: a time cell of its own)
                    cells.append((text, line))
                    continue
                offices = [j for j in range(1, len(cells)) if _cell_kind(cells[j][0]) == "office"]
                others = [j for j in range(1, len(cells)) if _cell_kind(cells[j][0]) != "time"]
                if _body_like(text) and offices:
                    cells.insert(offices[-1] + 1, (text, line))
                elif offices and re.match(r"(?:về|của|thuộc|trực\s+thuộc)\b", text) and re.search(
                        r"(?:Ủy\s+ban|Uỷ\s+ban|Ban|Hội\s+đồng|Tổ|Viện|Trung\s+tâm)(?:\s+\S+){0,2}$", cells[offices[-1]][0]):
                    j = offices[-1]  # the rest of a body's name ('Ủy ban Công tác' / 'về các tổ chức PCPNN')
                    cells[j] = (cells[j][0] + " " + text, cells[j][1])
                elif others:
                    j = others[-1]
                    cells[j] = (cells[j][0] + " " + text, cells[j][1])
                else:
                    cells[0] = (cells[0][0] + " " + text, cells[0][1])
            return cells
        # a task with two results, each with its own due date on a line of the table ('Báo cáo
        # chuyên đề ...' / 'Tháng 5/2026', then 'Báo cáo kết quả ...' / 'Tháng 11/2026'): when the
        # page break falls inside the first result, the second result's period printed below it is
        # a time cell of its own (the row's work runs to it), not words of the cut result cell
        split = next((j for j, (p, _l) in enumerate(pieces) if j > 0 and _cell_kind(p) == "time"
                      and _PERIOD_LINE.search(p)), None)
        if split is not None and i > 0 and any(_cell_kind(c) == "time" for c, _l in cells[1:]):
            text = " ".join(p for p, _ in pieces[:split])
            cells[i] = (cells[i][0] + " " + text, cells[i][1])
            return cells + pieces[split:]
        text = " ".join(p for p, _ in pieces)
        cells[i] = (cells[i][0] + " " + text, cells[i][1])
        return cells
    filled = -1
    for i in open_idx:
        if not pieces:
            break
        text, _line = pieces.pop(0)
        cells[i] = (cells[i][0] + " " + text, cells[i][1])
        filled = i
    for text, line in pieces:
        # a lower-case piece is the rest of the next cell in column order that the break cut
        # without it looking cut ('Cơ quan, tổ chức' / 'và doanh nghiệp liên quan')
        nxt = next((i for i in range(filled + 1, len(cells)) if _cell_kind(cells[i][0]) != "time"
                    and not _whole_cell(cells[i][0])), None)
        if text[:1].islower() and nxt is not None and filled >= 0:
            cells[nxt] = (cells[nxt][0] + " " + text, cells[nxt][1])
            filled = nxt
            continue
        at = next((i for i in range(1, len(cells)) if _cell_kind(cells[i][0]) == "time"), len(cells))
        cells.insert(at, (text, line))
    return cells


def _next_group(group: str | None, new: str) -> bool:
    """Does group numeral ``new`` follow ``group`` ('I' first, then 'II' ...; 'A', 'B' ...)?  A
    numeral that does not ('... Quốc hội khóa' / 'XVI') is the rest of a cell."""
    if re.fullmatch(r"[IVX]+", new) and _roman(new):
        return _roman(group) < _roman(new) <= _roman(group) + 2 if _roman(group) else _roman(new) <= 2
    if re.fullmatch(r"[A-H]", new):
        prev = group if group and re.fullmatch(r"[A-H]", group) else None
        return (ord(new) - ord(prev) in (1, 2)) if prev else new in "AB"
    return False


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
    # 'TT | Nhiệm vụ | Thời hạn hoàn thành | Cơ quan chủ trì | Cơ quan phối hợp': the time column
    # may come before the offices; else cells after the time are a 'Căn cứ' / 'Ghi chú' column
    time_first = "time" in columns and "lead" in columns and columns.index("time") < columns.index("lead")
    for (c, _ln), kind in zip(cells[i:], kinds[i:]):
        if kind == "time" and not row.time:
            row.time.append(c)
        elif kind in ("office", "text") and (not row.time or time_first):
            offices.append(c)
        elif row.time and kind == "time":
            row.time.append(c)  # (later cells of other kinds: a 'Căn cứ' / 'Ghi chú' column)
    if not row.time and columns and columns[-1] == "time" and len(offices) >= 2:
        # the time column is the last one: 'Ban hành các quy định trong Quý II/2026. Đầu tư ...'
        # opens with a verb, not a time word, but it is the time cell when it names a period (it
        # and the cells after it: a time cell cut in two)
        from pipeline.extract.temporal import find_dates

        dated = [i for i in range(1, len(offices)) if any(h.triggered and h.date for h in find_dates(offices[i]))]
        if dated:
            row.time.extend(offices[dated[-1]:])
            del offices[dated[-1]:]
    if offices and ("result" in columns or "level" in columns):
        from pipeline.extract.offices import BODY_HEAD_RE

        offices = offices[:1] + [c for c in offices[1:]
                                 if (_OFFICE_HEAD.match(c) or BODY_HEAD_RE.match(c)) and not _LEVEL_CELL.match(c)
                                 and not _thing_cell(c)]
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


# a school class named by its grade and letter ('9A', '10A1', '12 C3', '6/1'), in a doer column
_CLASS_CELL = re.compile(r"(?:[1-9]|1[0-2])\s?(?:[A-ZĐ]\d{0,2}|/\d{1,2})")


def responsible_parts(cell: str, gaz) -> list[tuple[str, str]]:
    """The bodies of an office cell as (name, as written) pairs.

    A short part the gazetteer does not know is kept as written (the column names it as
    responsible).  A schedule names people, not bodies ('Đ/c Thanh; Đ/c Thân - PCT UBND'): each ';' part that
    opens with 'Đ/c' / 'Đồng chí' is one responsible person, kept as written (the gazetteer
    would only see the 'UBND' of the title).  Every other part is read as a list of bodies."""
    from pipeline.extract.offices import split_office_list

    from pipeline.extract.offices import BODY_HEAD_RE

    out: list[tuple[str, str]] = []
    if re.match(r"\s*[-–•]\s", cell):
        # ('- Vụ Đất đai - Cục Quy hoạch và Phát triển tài nguyên đất - Các đơn vị khác có liên quan'):
        # a cell written as a dash list, one body a line, that the text layer (or a Markdown export)
        # ran onto one line; a dash before a body's head word starts the next body (inside a name
        # the dash joins fields: 'Bộ Lao động - Thương binh và Xã hội', 'Sở Văn hóa - Thể thao')
        cell = re.sub(r"\s+[-–•]\s+(?=\S)", lambda m: "; " if BODY_HEAD_RE.match(cell[m.end():]) else m.group(0), cell)
    for part in re.split(r"\s*;\s*", cell):
        # ('- BGH+KT', '• CBGVNV trong trường MN.': a cell written as a list item)
        part = re.sub(r"^[-–•+]\s*", "", part.strip()).strip(" .,")
        if not part:
            continue
        if _PERSON_CELL.match(part):
            out.append((re.sub(r"\s+", " ", part), part))
            continue
        found = split_office_list(part, gaz)
        pieces = [p.strip() for p in re.split(r"\s*[,+]\s*", part) if p.strip()]
        if len(found) < len(pieces) and len(pieces) > 1 and all(re.fullmatch(r"[A-ZĐ][A-ZĐa-zđ]{0,5}", p) for p in pieces):
            # a school's or a hospital's column lists its staff groups by their abbreviations
            # ('BGH+KT', 'CBGV,NV, PH'): one party each
            found = [(p, p) for p in pieces]
        if not found and _CLASS_CELL.fullmatch(part):
            found = [(part, part)]  # a school's class ('9A', '10A1', '12 C3'): the class does the work
        if not found and len(part.split()) <= 8 and re.match(r"(?:\d{1,3}\s*%\s*)?[^\W\d_]", part):
            # the column says who is responsible: a short name the gazetteer does not know
            # ('TNMT', 'Tổ công tác 389', '100% CBGV') is still that party, as written
            found = [(re.sub(r"\s+", " ", part), part)]
        out += found
    return out
