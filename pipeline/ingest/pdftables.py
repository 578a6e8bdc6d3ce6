"""Ruled task tables of a PDF page read cell by cell, with their merged cells.

A PDF's text layer prints a table cell after cell, and a cell merged down over several rows
(one time for a group of tasks, one lead body for its rows) is printed once: in the text it
looks like the empty cells of the rows it covers.  The ruling lines tell them apart.  On a
page whose text names a task table's columns ('chủ trì' and a time column), pdfplumber finds
the ruled tables; a task table among them is printed one row a line, cells separated by
' | ', as the .docx reader prints Word tables: a cell merged down is printed in every row it
covers and its index recorded in the row's ``merged_cells`` (:class:`pipeline.model.Line`),
a cell left empty stays empty.  The table reader (``extract/tables.py``) then carries a time
or a lead down only across a real merge.

Only pages that name such columns are looked at (pdfplumber is slow), and the page after a
task table (a table going on without its header, its column count the same).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.ingest.layout import Segment

_LEAD_WORDS = re.compile(r"chủ\s*trì|(?:cơ\s*quan|đơn\s*vị|bộ\s*phận)\s*(?:thực\s*hiện|phụ\s*trách)", re.I)
_TIME_WORDS = re.compile(r"thời\s*(?:gian|hạn)|tiến\s*độ|hoàn\s*thành", re.I)
_TOL = 1.5  # points


@dataclass
class RuledTable:
    bbox: tuple[float, float, float, float]
    columns: int
    rows: list[Segment]


def page_names_task_columns(segs: list[Segment]) -> bool:
    """Does the page print a lead column's name and a time column's name as short runs of
    their own ('Cơ quan chủ trì', 'Thời gian hoàn thành': a task table's header cells), not
    only inside body sentences ('... chủ trì, phối hợp ... hoàn thành trước ...')?"""
    short = [s.text for s in segs if len(s.text.split()) <= 6]
    return any(_LEAD_WORDS.search(t) for t in short) and any(_TIME_WORDS.search(t) for t in short)


def _cell_text(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _grid_rows(table) -> list[tuple[list[str], tuple[int, ...], tuple[float, float, float, float]]]:
    """(cell texts, indexes of the printed cells that continue a cell merged down, row box)
    of each row of a pdfplumber table.  A cell pdfplumber leaves out (None) is covered by a
    cell spanning it: from a row above (a vertical merge: its text printed again, its index
    recorded) or from the left in the same row (a horizontal span: printed once)."""
    texts = table.extract()
    grid = [list(r.cells) for r in table.rows]
    out = []
    for ri, row in enumerate(grid):
        cells: list[str] = []
        continued: list[int] = []
        tops = [c[1] for c in row if c is not None]
        bottoms = [c[3] for c in row if c is not None]
        row_top = min(tops) if tops else None
        for ci, cell in enumerate(row):
            if cell is not None:
                cells.append(_cell_text(texts[ri][ci]))
                continue
            above = None
            for rj in range(ri - 1, -1, -1):
                if ci < len(grid[rj]) and grid[rj][ci] is not None:
                    above = (rj, grid[rj][ci])
                    break
            if above is not None and row_top is not None and above[1][3] > row_top + _TOL:
                continued.append(len(cells))
                cells.append(_cell_text(texts[above[0]][ci]))
            else:
                # covered by a cell spanning columns from the left: its text is printed once, in
                # its first column, and the columns it covers stay empty so that the cells after
                # it keep their header's column ('I | NHIỆM VỤ CHUNG |  |  | ')
                cells.append("")
        x0 = min((c[0] for c in row if c is not None), default=table.bbox[0])
        x1 = max((c[2] for c in row if c is not None), default=table.bbox[2])
        box = (x0, row_top if row_top is not None else table.bbox[1], x1,
               max(bottoms) if bottoms else table.bbox[3])
        out.append((cells, tuple(continued), box))
    return out


def ruled_task_tables(plumber_page, columns_before: int | None = None) -> list[RuledTable]:
    """The page's ruled tables that are task tables: the first row names a lead column and a
    time column, or a table of as many columns as the task table before it (on this page, or
    ``columns_before``: the one that ended the page before) going on without its header."""
    found: list[RuledTable] = []
    last = columns_before
    for table in plumber_page.find_tables():
        rows = _grid_rows(table)
        if not rows:
            continue
        ncols = len(table.rows[0].cells)
        head = " ".join(rows[0][0])
        is_task = bool(_LEAD_WORDS.search(head) and _TIME_WORDS.search(head))
        # (a table of as many columns after a task table, on its page or the next, without a header
        # of its own, is the task table going on: cut by a page break or by an elision '…')
        if not is_task and last != ncols:
            continue
        last = ncols
        segs = [Segment(text=" | ".join(cells), x0=box[0], top=box[1], x1=box[2], bottom=box[3],
                        merged_cells=continued)
                for cells, continued, box in rows if any(cells)]
        found.append(RuledTable(tuple(table.bbox), ncols, segs))
    return found


def replace_with_rows(segs: list[Segment], tables: list[RuledTable]) -> list[Segment]:
    """The page's segments with those inside a ruled task table replaced by its rows."""
    def inside(s: Segment, box) -> bool:
        mx, my = (s.x0 + s.x1) / 2, s.mid_y
        return box[0] - _TOL <= mx <= box[2] + _TOL and box[1] - _TOL <= my <= box[3] + _TOL

    kept = [s for s in segs if not any(inside(s, t.bbox) for t in tables)]
    rows = [r for t in tables for r in t.rows]
    return sorted(kept + rows, key=lambda s: (s.top, s.x0))
