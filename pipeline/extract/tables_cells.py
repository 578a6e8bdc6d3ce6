"""Task tables printed one cell a paragraph (a web portal's or a Word export's table with its
grid dropped): the header's cells, then per row its number and its cells, each a paragraph:

    TT
    Nội dung công việc chủ yếu
    Ngày chậm nhất phải hoàn thành
    1
    Triển khai công tác ở tỉnh
    Triệu tập hội nghị triển khai ...
    21/01/2021
    2
    ...

The table is recognised by its 'TT' / 'STT' paragraph, a header of column names (a work column
and a time or doer column; a header cell may be long: 'Số ngày chậm nhất phải hoàn thành trước
(sau) ngày ...') and row numbers that come back in sequence ('1', '2', '3' each a paragraph of
its own).  A row's cells are told apart by what they read like, not by their place (an empty
cell is often left out): a date or a period is the time, a count of days ('105 ngày') a column
of no use, a short body name the doer when the header has a doer column, the rest the work.  A
row's first work cell that is a short title without a full stop, followed by the work itself
('Triển khai công tác bầu cử ở tỉnh' / 'Triệu tập ...'), is the row's step name, not its task.
"""
from __future__ import annotations

import re

from pipeline.extract.tables import (_DOER_HEADER, _SCHEDULE_LEAD_HEADER, Table, TableRow,
                                     _body_like)
from pipeline.model import Document

_TT_CELL = re.compile(r"^(?:S?TT|Số\s+TT)\.?$", re.I)
_NUMBER_CELL = re.compile(r"^(\d{1,3})\.?$")
# a header cell that names the work, its time or its doer
_CELL_CONTENT_HEAD = re.compile(r"nội\s+dung|công\s+việc|nhiệm\s+vụ|hoạt\s+động", re.I)
_CELL_TIME_HEAD = re.compile(r"thời\s+(?:gian|hạn)|tiến\s+độ|hoàn\s+thành|^ngày\b", re.I)
_CELL_DOER_HEAD = re.compile(r"chủ\s+trì|(?:đơn\s+vị|cơ\s+quan|người|bộ\s+phận)\s+(?:thực\s+hiện|phụ\s+trách)|phối\s+hợp", re.I)
# a row's time cell: a date ('21/01/2021', '07/02/2021 (Chủ nhật)') or a period ('Quý II/2021', 'Tháng
# 5/2021', 'Trước ngày 15/3/2021')
_CELL_TIME = re.compile(r"^(?:(?:Trước|Chậm\s+nhất|Trong|Từ|Đến|Hoàn\s+thành)\s+(?:ngày\s+|tháng\s+|quý\s+)?|Ngày\s+|Tháng\s+|Quý\s+|Năm\s+)?"
                        r"(?:\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?|[IVX]{1,4}\s*/\s*\d{4}|\d{1,2}\s*/\s*\d{4}|(?:19|20)\d\d)\b", re.I)
# a count of days before or after an event ('105 ngày', 'Sau 10 ngày'): a column of no use to the task
_CELL_DAYS = re.compile(r"^(?:(?:Trước|Sau)\s+)?\d{1,3}\s+ngày\b", re.I)
_CELL_NOTE = re.compile(r"^\([^()]*(?:\([^()]*\)[^()]*)*\)\.?$")  # '(Điều 9 Luật Bầu cử ...).'
# what ends a table printed this way: a heading or the signature's block
_CELL_TABLE_END = re.compile(r"^(?:[IVX]{1,5}\.\s+[A-ZĐ]|Nơi\s+nhận|TM\.|KT\.|[A-ZĐ ]{12,}$)")


def _header(cells: list[tuple[str, int]], k: int) -> tuple[list[str], int] | None:
    """The header's cells after a 'TT' cell at index k, and the index of the first row's number."""
    head: list[str] = []
    j = k + 1
    while j < len(cells) and len(head) < 7:
        t = cells[j][0]
        if _NUMBER_CELL.match(t):
            break
        if t.endswith(".") or len(t) > 160:
            return None
        head.append(t)
        j += 1
    first = _NUMBER_CELL.match(cells[j][0]) if j < len(cells) else None
    if len(head) < 2 or first is None or first.group(1) != "1":
        return None
    if not any(_CELL_CONTENT_HEAD.search(h) for h in head):
        return None
    if not any(_CELL_TIME_HEAD.search(h) or _DOER_HEADER.match(h) or _SCHEDULE_LEAD_HEADER.search(h)
               or _CELL_DOER_HEAD.search(h) for h in head):
        return None
    return head, j


def _head_kind(h: str) -> str:
    if _DOER_HEADER.match(h) or _SCHEDULE_LEAD_HEADER.search(h) or _CELL_DOER_HEAD.search(h):
        return "lead"
    if _CELL_CONTENT_HEAD.search(h):
        return "content"
    if _CELL_TIME_HEAD.search(h) and not re.match(r"số\s+ngày", h, re.I):
        return "time"
    return "other"


def find_cell_tables(doc: Document) -> list[Table]:
    """Every task table printed one cell a paragraph (see the module's doc)."""
    raw = [ln.text.replace("\xa0", " ").strip() for ln in doc.lines]
    # (a paragraph a cell: each stands between blank lines; a PDF text layer's wrapped lines, one
    # after the other, are no cells of such a table)
    alone = {n for n, t in enumerate(raw) if t and (n + 1 >= len(raw) or not raw[n + 1]) and (n == 0 or not raw[n - 1])}
    cells = [(t, n) for n, t in enumerate(raw) if t]
    if not any(_TT_CELL.match(t) for t, _n in cells):
        return []
    tables: list[Table] = []
    k = 0
    while k < len(cells):
        if not _TT_CELL.match(cells[k][0]):
            k += 1
            continue
        hdr = _header(cells, k)
        if hdr is not None and not all(cells[x][1] in alone for x in range(k, hdr[1] + 1)):
            hdr = None  # (the 'TT', the header's cells and the first number each a paragraph of its own)
        if hdr is None:
            k += 1
            continue
        head, j = hdr
        has_doer = any(_DOER_HEADER.match(h) or _SCHEDULE_LEAD_HEADER.search(h) or _CELL_DOER_HEAD.search(h) for h in head)
        has_time = any(_CELL_TIME_HEAD.search(h) for h in head)
        # the rows: a number, then its cells up to the next number in sequence
        spans: list[tuple[int, int, int]] = []  # (number, first cell index, end index)
        no = 1
        start = j
        widest = 0
        while start < len(cells):
            m = _NUMBER_CELL.match(cells[start][0])
            if not m or int(m.group(1)) != no or cells[start][1] not in alone:
                break
            e = start + 1
            while e < len(cells) and not (_NUMBER_CELL.match(cells[e][0]) and int(_NUMBER_CELL.match(cells[e][0]).group(1)) == no + 1
                                          and cells[e][1] in alone) \
                    and not _CELL_TABLE_END.match(cells[e][0]) and e - start <= 12:
                e += 1
            if e < len(cells) and not _NUMBER_CELL.match(cells[e][0]) and not _CELL_TABLE_END.match(cells[e][0]):
                break  # (a 'row' of more than a dozen cells: no table row, the table ended before it)
            widest = max(widest, e - start)
            spans.append((no, start + 1, e))
            no += 1
            start = e
        if len(spans) < 2:
            k += 1
            continue
        kinds = [_head_kind(h) for h in head]
        rows = []
        for number, a, b in spans:
            content: list[str] = []
            time: list[str] = []
            lead: list[str] = []
            row = [t for t, _n in cells[a:b]]
            aligned = len(row) == len(head) and "content" in kinds and "lead" in kinds and all(
                (k != "time" or _CELL_TIME.match(t)) and (k != "lead" or (len(t) <= 80 and not t.endswith(".")))
                for t, k in zip(row, kinds))
            if aligned:
                # (as many cells as columns, each reading as its column's: a doer cell the gazetteer
                # does not know, 'Các thôn', is still the doer)
                for t, kind in zip(row, kinds):
                    {"content": content, "time": time, "lead": lead}.get(kind, []).append(t)
            for t in ([] if aligned else row):
                if has_time and _CELL_TIME.match(t) and len(t) <= 40:
                    time.append(t)
                elif _CELL_DAYS.match(t) and len(t) <= 30 or _CELL_NOTE.match(t) or t in ("[…]", "…", "..."):
                    continue
                elif has_doer and len(t) <= 80 and not t.endswith(".") and _body_like(t) and content:
                    lead.append(t)
                else:
                    content.append(t)
            if len(content) >= 2 and not content[0].endswith((".", ";", ":")) and len(content[0].split()) <= 15:
                content = content[1:]  # the row's step name over its work
            if not content:
                continue
            rows.append(TableRow(number=str(number), group=None, content=content, lead=lead, time=time,
                                 line_start=doc.lines[cells[a - 1][1]].number,
                                 line_end=doc.lines[cells[b - 1][1]].number, page=doc.lines[cells[a - 1][1]].page))
        if rows:
            columns = ["no", "content"] + (["lead"] if has_doer else []) + (["time"] if has_time else []) + ["cells"]
            tables.append(Table(doc.lines[cells[k][1]].number, rows[-1].line_end, columns, rows))
        k = spans[-1][2]
    return tables
