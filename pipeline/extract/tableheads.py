"""(points27) A plan table's header row flattened into the text, read as no task (issue 5).

A portal that prints a plan table as text runs the cells of its header row together: 'Nội dung cần thực hiện để đạt
chuẩn đối với tiêu chí chưa đạt, (bao gồm khối lượng và hồ sơ cần làm) Thời gian thực hiện, hoàn thành (Cụ thể tháng nào
trong năm) Lãnh đạo chỉ đạo thực hiện Người chủ trì thực hiện Nguồn vốn (Triệu đồng)' (unseen26 ex12), 'TT NHIỆM VỤ THỜI
HẠN HOÀN THÀNH CƠ QUAN CHỦ TRÌ CƠ QUAN PHỐI HỢP'.  The first cell names the work ('Nội dung ... cần thực hiện'), so the
classifier finds a cue in it; but a header row is the names of the columns, not a duty.  The shape: the row opens (after
an optional 'TT' / 'STT' and a name cell) on a content head, a time head follows, then a doer's or a budget's head,
and nothing ends it as a sentence ends.

Counted before writing over samples/text, the pending gold, /work/shared/realdocs' texts and benchmarks/data's texts
(every paragraph, line and sentence): 2 matches, development yc9's and p1's header lines ('TT NHIỆM VỤ THỜI HẠN HOÀN
THÀNH CƠ QUAN CHỦ TRÌ ...', 'TT | Tên nhiệm vụ | ...', table rows already); no sentence that asks for a plan's contents ('... xây dựng kế hoạch với nội dung
công việc, thời gian thực hiện, cơ quan ... phụ trách') opens on the content head.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

# the content head opening the row, or after a number cell and the head cells before it ('TT Tên tiêu chí Hiện trạng
# Nội dung ...'); not a label with its colon ('Nội dung: ...' is an attribute line)
_CONTENT_HEAD_RE = re.compile(
    r"^\s*(?:(?:S?TT|Số\s+TT)\s+(?:[^.;:]{0,160}?\s)?)?"
    r"(?:Nội\s+dung|Tên\s+(?:nhiệm\s+vụ|công\s+việc|hoạt\s+động)|Công\s+việc|Nhiệm\s+vụ|Hoạt\s+động)(?!\s*:)", re.I)
_TIME_HEAD_RE = re.compile(r"(?<![^\W_])(?:Thời\s+(?:gian|hạn)|Tiến\s+độ)(?![^\W_])", re.I)
# a doer's head ('Người chủ trì thực hiện', 'Lãnh đạo chỉ đạo thực hiện', 'Cơ quan phối hợp', 'Đơn vị thực hiện') or a
# budget's or a note's ('Nguồn vốn (Triệu đồng)', 'Kinh phí', 'Ghi chú')
_DOER_HEAD_RE = re.compile(
    r"chủ\s+trì|phối\s+hợp|(?:đơn\s+vị|cơ\s+quan|người|bộ\s+phận|lãnh\s+đạo)\s+(?:chỉ\s+đạo\s+)?(?:thực\s+hiện|phụ\s+trách|"
    r"chỉ\s+đạo)|nguồn\s+vốn|kinh\s+phí|ghi\s+chú", re.I)
TABLE_HEAD_REASON = "a table's header row"


def table_header_row(text: str) -> bool:
    """Is ``text`` a plan table's header row run into one line (see the module docstring)?"""
    t = " ".join(text.split())
    m = _CONTENT_HEAD_RE.match(t)
    if m is None or len(t) > 400 or t.endswith((".", ";", ":")):
        return False
    rest = t[m.end():]
    time = _TIME_HEAD_RE.search(rest)
    return time is not None and _DOER_HEAD_RE.search(rest[time.end():]) is not None


def demote_table_header_rows(classified: list) -> list:
    """``classified`` with each task that is a table's header row read as no task (skipped)."""
    from pipeline.extract.tasks import Classified

    return [Classified(c.sentence, "skip", TABLE_HEAD_REASON) if c.kind == "task"
            and table_header_row(c.sentence.text) else c for c in classified]


# a row's time cell closing its text, the budget cells after it ('... năm 2017 Tháng 3/2018', '... QCQLQH Tháng 3/2018 15
# 15', '... Quý II/2018', '... Trước ngày 30/6/2018'): a month, a quarter or a day with its year
_ROW_TIME_CELL_RE = re.compile(
    r"(?<![^\W_])(?:Tháng\s+\d{1,2}|Quý\s+(?:[IV]{1,3}|\d)|(?:Trước\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2})\s*/\s*(?:19|20)\d\d"
    r"[\s\d.,]*$", re.I)
# a status cell before the content cell ('Đạt', 'Chưa đạt', 'Đạt 80%'): the row's work starts after it
_STATUS_CELL_RE = re.compile(r"(?<![^\W_])(?:Chưa\s+đạt|Đạt|Cơ\s+bản\s+đạt)(?:\s+\d{1,3}\s*%)?\s+(?=[A-ZĐ])")
PLAN_ROW_REASON = "a plan table's row with its time cell"


def read_plan_table_rows(classified: list) -> list:
    """``classified`` with each narrative row of a flattened plan table read as a task: after a header row with a time
    head (``table_header_row``), a sentence whose text ends on its time cell (and budget figures) and whose work cell, after
    a status cell ('Đạt Bổ sung 4 tờ bản đồ ... Tháng 3/2018'), opens on a capital.  The rows' status cells ('Đã có quy
    hoạch ... Đạt') tell what is done and made the classifier read 'done'; the time cell says what is due."""
    from pipeline.extract.tasks import Classified

    out: list = []
    in_table = False
    for c in classified:
        if c.reason == TABLE_HEAD_REASON:
            in_table = True
        elif in_table and c.kind == "narrative" and _ROW_TIME_CELL_RE.search(c.sentence.text) \
                and (_STATUS_CELL_RE.search(c.sentence.text) or c.sentence.text[:1].isupper()):
            c = Classified(c.sentence, "task", PLAN_ROW_REASON)
        out.append(c)
    return out


def row_time_cell(text: str) -> tuple[dt.date, str] | None:
    """The due day a plan table row's time cell names ('Tháng 3/2018' -> 2018-03-31, the month's end; 'Quý II/2018' ->
    2018-06-30; 'Trước ngày 30/6/2018' -> that day) and the cell as printed, or None."""
    m = _ROW_TIME_CELL_RE.search(text)
    if m is None:
        return None
    cell = re.match(r".*?(?:19|20)\d\d", m.group(0)).group(0).strip()
    nums = re.findall(r"\d+|[IV]{1,3}", cell)
    year = int(nums[-1])
    try:
        if re.match(r"Tháng", cell, re.I):
            month = int(nums[0])
            return dt.date(year, month, calendar.monthrange(year, month)[1]), cell
        if re.match(r"Quý", cell, re.I):
            q = {"I": 1, "II": 2, "III": 3, "IV": 4}.get(nums[0]) or int(nums[0])
            return dt.date(year, 3 * q, calendar.monthrange(year, 3 * q)[1]), cell
        return dt.date(year, int(nums[1]), int(nums[0])), cell
    except ValueError:
        return None


# (points28) the rows a flattened table groups: a group row, a Roman numeral before its name in capitals ('II CÁC TIÊU
# CHÍ ĐÃ ĐẠT'), and a numbered row naming what the rows under it serve ('1 Tiêu chí số 1 Quy hoạch')
_GROUP_ROW_RE = re.compile(r"^\s*(?P<n>[IVX]{1,4})\.?\s+(?P<name>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ\s,\-–]{5,})$")
_NUMBER_ROW_RE = re.compile(r"^\s*(?P<n>\d{1,3})\.?\s+[A-ZĐÀ-Ỹ]")


def plan_row_sections(classified: list, tasks: dict) -> None:
    """Give each flattened plan table row read by ``read_plan_table_rows`` that has no section the section its group
    row and its numbered row give: 'II > 1' under 'II CÁC TIÊU CHÍ ĐÃ ĐẠT' and '1 Tiêu chí số 1 Quy hoạch'.  Why: a
    table that the text layer keeps in cells is read with that section (``table_tasks``: group numeral > row number,
    as the development gold's Phụ lục rows 'I > 1', 'V > 2' have it); run together into lines, its group and numbered
    rows are lines the structure reads as bare headings (no 'II.' with its dot), so the rows got none.  Only the rows
    after a table's header row are touched, and only while no other heading intervenes."""
    group = number = None
    in_table = False
    for i, c in enumerate(classified):
        if c.reason == TABLE_HEAD_REASON:
            in_table, group, number = True, None, None
            continue
        if not in_table:
            continue
        t = " ".join(c.sentence.text.split())
        if c.kind == "heading" and (m := _GROUP_ROW_RE.match(t)):
            group, number = m.group("n"), None
        elif c.kind == "heading" and group and (m := _NUMBER_ROW_RE.match(t)) and len(t.split()) <= 12:
            number = m.group("n")
        elif c.reason == PLAN_ROW_REASON and i in tasks and not tasks[i].section and group:
            tasks[i].section = " > ".join(x for x in (group, number) if x)
