"""Appendix task tables whose cells a PDF text layer printed in column groups.

A Phụ lục 'DANH MỤC NHIỆM VỤ' (TT | Nhiệm vụ | Cơ quan chủ trì | [Cá nhân phụ trách] | Thời hạn)
read by pdftotext without -layout comes out one cell a paragraph (cells split by blank lines),
but not row by row: on a page the row numbers may come first, then the content cells, then the
lead cells, the persons in charge and the times, or the columns of two rows interleaved:

    1                              <- row numbers of the page (and '16', the page number)
    2
    Rà soát, hoàn thiện hệ thống   <- content of row 1
    ...
    Đảng ủy UBND                   <- lead of row 1
    tỉnh
    Xây dựng Kế hoạch bảo vệ ...   <- content of row 2
    Đảng ủy UBND tỉnh              <- lead of row 2
    Đồng chí Phan Trung Bá - ...   <- persons in charge of rows 1, 2
    2026 - 2030                    <- time of row 1
    2029 - 2030                    <- time of row 2

Each column keeps its rows' order, so within a group of rows (between group titles 'I ...',
'II.1 ...') the k-th content cell, the k-th lead cell and the k-th time cell are one row when
the three columns hold as many cells; a time column that runs over into the next group (a page
that prints a group's last times after the next group's rows) is read in row order over the
whole table when it holds one time a row.  The cells are told apart by what they read like: a
period or a date is a time, a body's name a lead, 'Đồng chí ...' or a post ('Thủ trưởng ...,
Bí thư ...') a person in charge (who oversees the task: not an office of it), the rest content.
A group whose columns do not count the same is left to the sentence reader rather than guessed.
Row-by-row flattened tables are :mod:`pipeline.extract.tables`'s: this reader takes a header
that it did not read, or one whose cells come in column groups (:func:`merge_tables`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.offices import Gazetteer, split_office_list
from pipeline.extract.tables import Table, TableRow, find_tables
from pipeline.model import Document

_NO_HEAD = re.compile(r"^(?:S\s*TT|TT|Số\s+TT)\.?$", re.I)
_CONTENT_HEAD = re.compile(r"^(?:Tên\s+)?(?:Nhiệm\s+vụ|Nội\s+dung)(?:\s+(?:cụ\s+thể|công\s+việc|nhiệm\s+vụ))?$", re.I)
_LEAD_HEAD = re.compile(r"chủ\s+trì", re.I)
_TIME_HEAD = re.compile(r"^(?:Thời\s+(?:hạn|gian)|Tiến\s+độ)(?![^\W_])", re.I)
_PERSON_HEAD = re.compile(r"(?:Cá\s+nhân|Người|Lãnh\s+đạo)\s+phụ\s+trách", re.I)
# 'I Các nhiệm vụ cần làm ngay trong năm 2026', 'II.1 Hoàn thiện thể chế, ...' (a group title
# merged across the columns, its numeral and its words on one line)
_GROUP = re.compile(r"^(?P<g>[IVX]{1,4}(?:\.\d{1,2})?)\.?\s+(?P<title>[A-ZĐÀ-Ỹ].{3,})$")
_NUMBER = re.compile(r"^\d{1,3}$")
_NUMBER_AND_TEXT = re.compile(r"^(?P<n>\d{1,3})\s+(?P<rest>[A-ZĐÀ-Ỹ]\S*(?:\s+\S+){2,})$")
_TIME = re.compile(
    r"^(?:\(?(?:Trước|Chậm\s+nhất|Hoàn\s+thành|Trong|Quý|Tháng|Năm|Hằng|Hàng|Định\s+kỳ|Thường\s+xuyên|Từ|Giai\s+đoạn)(?![^\W_])"
    r"|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?![\d/])|\d{1,2}\s*/\s*(?:\d{1,2}\s*/\s*)?(?:19|20)\d\d)", re.I)
_PERSON = re.compile(r"^(?:Đồng\s+chí|Đ/c|(?:Phó\s+)?(?:Thủ\s+trưởng|Bí\s+thư|Chủ\s+tịch|Giám\s+đốc|Trưởng\s+ban|Người\s+đứng\s+đầu))(?![^\W_])", re.I)
_END = re.compile(r"^(?:\[…\]|\[\.\.\.\]|PHỤ\s+LỤC|Nơi\s+nhận|T/M|TM\.)", re.I)


@dataclass
class _Chunk:
    text: str
    start: int  # line numbers, 1-based
    end: int


def _chunks(doc: Document, first: int) -> list[_Chunk]:
    """The paragraphs from line ``first`` on: lines joined until a blank line."""
    out: list[_Chunk] = []
    cur: list[tuple[int, str]] = []
    for ln in doc.lines[first - 1:]:
        t = ln.text.strip()
        if not t:
            if cur:
                out.append(_Chunk(" ".join(x for _, x in cur), cur[0][0], cur[-1][0]))
                cur = []
            continue
        cur.append((ln.number, re.sub(r"\s+", " ", t)))
    if cur:
        out.append(_Chunk(" ".join(x for _, x in cur), cur[0][0], cur[-1][0]))
    return out


def _header(chunks: list[_Chunk], i: int) -> tuple[int, bool, set[int]] | None:
    """Where the rows of a table whose header starts at chunk ``i`` ('TT') begin, whether it has
    a person column, and the header's cells (to skip: a group title printed among them is read
    as the first group); None when the chunks after 'TT' do not name a content, a lead and a
    time column."""
    seen = {"content": False, "lead": False, "time": False, "person": False}
    k = i + 1
    while k < len(chunks) and k <= i + 8:
        t = chunks[k].text
        if len(t.split()) > 10:
            break
        if _GROUP.match(t):
            k += 1  # a group title printed inside the header
            continue
        if _CONTENT_HEAD.match(t):
            seen["content"] = True
        elif _PERSON_HEAD.search(t):
            seen["person"] = True
        elif _LEAD_HEAD.search(t):
            seen["lead"] = True
        elif _TIME_HEAD.match(t):
            seen["time"] = True
        else:
            break
        k += 1
    if seen["content"] and seen["lead"] and seen["time"]:
        # start reading at the first chunk after 'TT' that is no header cell (a group title
        # inside the header is read as the first group)
        j = i + 1
        while j < k and not _GROUP.match(chunks[j].text):
            j += 1
        return j, seen["person"], {x for x in range(i, k) if not _GROUP.match(chunks[x].text)}
    return None


def _kind(t: str, gaz: Gazetteer, persons: bool) -> str:
    if _GROUP.match(t) and len(t.split()) <= 30:
        return "group"
    if _NUMBER.match(t):
        return "number"
    if len(t.split()) <= 16 and _TIME.match(t):
        return "time"
    if persons and _PERSON.match(t):
        return "person"
    if len(t.split()) <= 14 and not t.endswith(".") and split_office_list(t, gaz):
        return "lead"
    return "content"


def _sequence(numbers: list[tuple[int, _Chunk]], start: int, count: int) -> list[int] | None:
    """The row numbers of a group: the printed numbers that follow on from ``start`` (a page
    number among them, '16', breaks the sequence and is dropped); None unless there is one for
    each of the ``count`` rows."""
    out: list[int] = []
    for n, _c in numbers:
        expect = out[-1] + 1 if out else None
        if expect is None and n in (1, start) or expect is not None and n == expect:
            out.append(n)
    return out if len(out) == count else None


def find_grouped_tables(doc: Document, gaz: Gazetteer, taken: set[int]) -> list[Table]:
    """Task tables printed in column groups (see the module's docstring); ``taken`` holds the
    lines of tables already read, which are never read again.  Each table says whether two
    cells of one column came one after the other (``grouped_layout``): the proof that it is
    printed in groups, not row by row."""
    chunks = _chunks(doc, 1)
    tables: list[Table] = []
    i = 0
    while i < len(chunks):
        c = chunks[i]
        if not _NO_HEAD.match(c.text) or c.start in taken:
            i += 1
            continue
        head = _header(chunks, i)
        if head is None:
            i += 1
            continue
        j, persons, header_cells = head
        rows: list[TableRow] = []
        all_times: list[str] = []
        grouped_layout = False
        group: list[str] = []
        last_no = 0
        end_line = chunks[j - 1].end
        k = j
        while k < len(chunks):
            seg_title = None
            if _GROUP.match(chunks[k].text):
                seg_title = _GROUP.match(chunks[k].text).group("g")
                k += 1
            seg: dict[str, list[tuple[int, _Chunk]]] = {"number": [], "content": [], "lead": [], "time": [], "person": []}
            last_kind = None
            while k < len(chunks) and not _GROUP.match(chunks[k].text) and not _END.match(chunks[k].text):
                ch = chunks[k]
                if k in header_cells:
                    k += 1
                    continue
                m = _NUMBER_AND_TEXT.match(ch.text)
                if m:
                    seg["number"].append((int(m.group("n")), ch))
                    seg["content"].append((0, _Chunk(m.group("rest"), ch.start, ch.end)))
                    kind = "content"
                else:
                    kind = _kind(ch.text, gaz, persons)
                    if kind == "number":
                        seg["number"].append((int(ch.text), ch))
                    else:
                        seg[kind].append((0, ch))
                if kind != "person" and kind == last_kind:
                    grouped_layout = True  # two cells of one column in a row: printed in groups
                if kind != "person":
                    last_kind = kind
                k += 1
            if seg_title:
                # 'II.1' sits under 'II': the path of the group's rows
                top = seg_title.split(".")[0]
                group = [top, seg_title] if "." in seg_title else [seg_title]
            contents = [ch for _, ch in seg["content"]]
            if contents:
                leads = [ch.text for _, ch in seg["lead"]]
                times = [ch.text for _, ch in seg["time"]]
                all_times += times
                numbers = _sequence(seg["number"], last_no + 1, len(contents))
                if numbers is None:
                    numbers = list(range(last_no + 1, last_no + 1 + len(contents)))
                aligned = len(leads) == len(contents)
                timed = len(times) == len(contents)
                if not aligned:
                    rows = []  # the columns do not count the same: the table is not guessed
                    break
                for r, ch in enumerate(contents):
                    rows.append(TableRow(
                        number=str(numbers[r]), group=" > ".join(group) or None, content=[ch.text],
                        lead=[leads[r]], time=[times[r]] if timed else [], line_start=ch.start,
                        line_end=ch.end, page=doc.line(ch.start).page))
                last_no = numbers[-1]
            if k > j:
                end_line = chunks[k - 1].end
            if k >= len(chunks) or _END.match(chunks[k].text):
                break
        if rows and len(all_times) == len(rows) and any(not r.time for r in rows):
            # the time column runs on in row order across the groups: a page may print the
            # times of a group's last rows after the next group's rows (rows 20-21's times
            # after group II.7's rows 22-23); when the table holds one time a row, the k-th
            # time is the k-th row's
            for r, when in zip(rows, all_times):
                r.time = [when]
        if rows:
            tb = Table(line_start=c.start, line_end=end_line, columns=["no", "content", "lead", "time"], rows=rows)
            # (a table printed row by row reads the same here; only one printed in column groups
            # must be read here rather than by tables.py, which would pair the wrong cells)
            tb.grouped_layout = grouped_layout
            tables.append(tb)
        i = max(i + 1, k)
    return tables


def merge_tables(flat: list[Table], grouped: list[Table]) -> list[Table]:
    """The tables of both readers: a table printed in column groups replaces what the row-by-row
    reader made of the same lines (it paired cells of different rows); otherwise the row-by-row
    reading stands and the grouped one is dropped."""
    out = list(flat)
    for g in grouped:
        over = [t for t in out if t.line_start <= g.line_end and g.line_start <= t.line_end]
        if over and not getattr(g, "grouped_layout", False):
            continue
        out = [t for t in out if t not in over]
        out.append(g)
    return sorted(out, key=lambda t: t.line_start)


def read_tables(doc: Document, gaz: Gazetteer) -> list[Table]:
    """Every task table of a document as both readers see it: the row-by-row reader
    (:func:`pipeline.extract.tables.find_tables`) and the column-group reader above, merged.
    The structure stage (the tables' rows as sections) and the extract stage (their rows as
    tasks) both call this, so they read the same tables with the same gazetteer."""
    return merge_tables(find_tables(doc), find_grouped_tables(doc, gaz, set()))
