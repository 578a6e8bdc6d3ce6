"""Merged table cells (issue 5, deadline precision): a table carries a time or a lead down to
the rows below only across a cell really merged over them.  A .docx records its merges
(``w:vMerge``); ingest keeps them in ``Line.merged_cells`` and the table reader fills an empty
cell from the row above only where the source merged it.  Files are built in the test."""
from __future__ import annotations

import docx
import pytest

import pipeline
from pipeline.ingest import ingest


def _plan(path, header, rows, merges=()):
    """A Word plan with a task table: ``rows`` of cell texts ('' = empty), ``merges`` of
    (column, first row, last row) cells merged down (rows counted from 1 under the header)."""
    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN TỈNH AN GIANG")
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Triển khai thực hiện Chỉ thị số 05/CT-TTg ngày 10/02/2026 của Thủ tướng Chính phủ")
    t = d.add_table(rows=len(rows) + 1, cols=len(header))
    for i, h in enumerate(header):
        t.cell(0, i).text = h
    for r, vals in enumerate(rows, 1):
        for c, v in enumerate(vals):
            if v:
                t.cell(r, c).text = v
    for col, first, last in merges:
        t.cell(first, col).merge(t.cell(last, col))
    d.add_paragraph("Nơi nhận:")
    d.save(str(path))
    return path


HEADER = ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"]


def _deadlines(path):
    doc = pipeline.process(str(path))
    return {t.text: t.deadline and t.deadline.isoformat() for t in doc.tasks}


def test_docx_records_which_cells_continue_a_vertical_merge(tmp_path):
    rows = [["1", "Rà soát các văn bản quy phạm pháp luật", "Sở Tư pháp", "Trước ngày 30/6/2026"],
            ["2", "Xây dựng kế hoạch tuyên truyền", "Sở Văn hóa, Thể thao và Du lịch", ""],
            ["3", "Tổ chức tập huấn cho cán bộ cấp xã", "Sở Nội vụ", ""]]
    path = _plan(tmp_path / "p.docx", HEADER, rows, merges=[(3, 1, 2)])
    doc = ingest(path)
    table = [ln for ln in doc.lines if " | " in ln.text]
    assert [ln.merged_cells for ln in table] == [(), (), (3,), ()]
    # the merged cell is printed in each row it covers, the empty one stays empty
    assert table[2].text.endswith("| Trước ngày 30/6/2026") and table[3].text.endswith("| ")
    # text lines and plain-text tables carry no merge information
    assert all(ln.merged_cells is None for ln in doc.lines if " | " not in ln.text)


@pytest.mark.parametrize("header,time", [
    (HEADER, "Trước ngày 30/6/2026"),
    (["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"], "Quý II/2026"),
    (["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Tiến độ thực hiện"], "Tháng 6/2026"),
])
def test_a_merged_empty_time_cell_and_an_unmerged_one_differ(tmp_path, header, time):
    rows = [["1", "Rà soát các văn bản quy phạm pháp luật", "Sở Tư pháp", time],
            ["2", "Xây dựng kế hoạch tuyên truyền", "Sở Nội vụ", ""],
            ["3", "Tổ chức tập huấn cho cán bộ cấp xã", "Sở Tài chính", ""]]
    merged = _deadlines(_plan(tmp_path / "m.docx", header, rows, merges=[(3, 1, 3)]))
    unmerged = _deadlines(_plan(tmp_path / "u.docx", header, rows))
    first = "Rà soát các văn bản quy phạm pháp luật"
    assert merged[first] == unmerged[first] == "2026-06-30"
    for text in ("Xây dựng kế hoạch tuyên truyền", "Tổ chức tập huấn cho cán bộ cấp xã"):
        assert merged[text] == "2026-06-30"  # the time cell spans the three rows
        assert unmerged[text] is None  # an empty cell: the row sets no time


def test_only_the_rows_a_merge_covers_take_its_time(tmp_path):
    rows = [["1", "Rà soát các văn bản quy phạm pháp luật", "Sở Tư pháp", "Trước ngày 15/5/2026"],
            ["2", "Xây dựng kế hoạch tuyên truyền", "Sở Nội vụ", ""],
            ["3", "Tổ chức tập huấn cho cán bộ cấp xã", "Sở Tài chính", ""],
            ["4", "Sơ kết việc thực hiện", "Sở Tài chính", "Tháng 12/2026"]]
    got = _deadlines(_plan(tmp_path / "m.docx", HEADER, rows, merges=[(3, 1, 2)]))
    assert got["Xây dựng kế hoạch tuyên truyền"] == "2026-05-15"
    assert got["Tổ chức tập huấn cho cán bộ cấp xã"] is None
    assert got["Sơ kết việc thực hiện"] == "2026-12-31"


def test_an_empty_lead_cell_is_not_the_lead_of_the_row_above(tmp_path):
    rows = [["1", "Rà soát các văn bản quy phạm pháp luật", "Sở Tư pháp", "Năm 2026"],
            ["2", "Xây dựng kế hoạch tuyên truyền", "", "Năm 2026"],
            ["3", "Tổ chức tập huấn cho cán bộ cấp xã", "Sở Nội vụ", "Năm 2026"]]
    merged = pipeline.process(str(_plan(tmp_path / "m.docx", HEADER, rows, merges=[(2, 1, 2)])))
    unmerged = pipeline.process(str(_plan(tmp_path / "u.docx", HEADER, rows)))

    def lead(doc, text):
        (task,) = [t for t in doc.tasks if t.text == text]
        return [o.office for o in task.offices if o.role == "lead"]

    assert lead(merged, "Xây dựng kế hoạch tuyên truyền") == ["Sở Tư pháp"]
    assert lead(unmerged, "Xây dựng kế hoạch tuyên truyền") == []


# --- PDF: a ruled table's cells read by pdfplumber, rows spanned by a cell recorded --------

def _make_pdfs():
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("make_pdfs", root / "samples" / "make_pdfs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pdf_plan(path, header, rows, spans=()):
    """A PDF plan with a ruled task table (reportlab), ``spans`` of (column, first row, last
    row) cells spanning rows (rows counted from 1 under the header)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    make_pdfs = _make_pdfs()
    pdfmetrics.registerFont(TTFont("MergeSerif", str(make_pdfs.font_path("DejaVuSerif.ttf"))))
    body = ParagraphStyle("b", fontName="MergeSerif", fontSize=11, leading=14)
    cell = ParagraphStyle("c", fontName="MergeSerif", fontSize=10, leading=12)
    data = [[Paragraph(h, cell) for h in header]] + [[Paragraph(v, cell) if v else "" for v in r] for r in rows]
    style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTNAME", (0, 0), (-1, -1), "MergeSerif"),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    style += [("SPAN", (col, first), (col, last)) for col, first, last in spans]
    table = Table(data, colWidths=[30, 220, 120, 110][:len(header)])
    table.setStyle(TableStyle(style))
    story = [Paragraph("ỦY BAN NHÂN DÂN TỈNH AN GIANG", body), Paragraph("KẾ HOẠCH", body),
             Paragraph("Triển khai thực hiện Chỉ thị số 05/CT-TTg ngày 10/02/2026 của Thủ tướng Chính phủ", body),
             table, Paragraph("Nơi nhận:", body)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


def test_pdf_records_the_rows_a_ruled_cell_spans(tmp_path):
    rows = [["1", "Rà soát các văn bản quy phạm pháp luật", "Sở Tư pháp", "Trước ngày 30/6/2026"],
            ["2", "Xây dựng kế hoạch tuyên truyền", "Sở Nội vụ", ""],
            ["3", "Tổ chức tập huấn cho cán bộ cấp xã", "Sở Tài chính", ""]]
    doc = ingest(_pdf_plan(tmp_path / "m.pdf", HEADER, rows, spans=[(3, 1, 2)]))
    table = [ln for ln in doc.lines if ln.merged_cells is not None]
    assert [ln.text.split(" | ")[0] for ln in table] == ["TT", "1", "2", "3"]
    assert [ln.merged_cells for ln in table] == [(), (), (3,), ()]
    assert table[2].text.endswith("| Trước ngày 30/6/2026") and table[3].text.endswith("| ")
    assert doc.meta["table_rows"] == 4


@pytest.mark.parametrize("header,time,iso", [
    (HEADER, "Trước ngày 30/6/2026", "2026-06-30"),
    (["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"], "Quý III/2026", "2026-09-30"),
])
def test_pdf_a_spanned_empty_time_cell_and_an_empty_one_differ(tmp_path, header, time, iso):
    rows = [["1", "Rà soát các văn bản quy phạm pháp luật", "Sở Tư pháp", time],
            ["2", "Xây dựng kế hoạch tuyên truyền", "Sở Nội vụ", ""],
            ["3", "Tổ chức tập huấn cho cán bộ cấp xã", "Sở Tài chính", ""]]
    spanned = _deadlines(_pdf_plan(tmp_path / "m.pdf", header, rows, spans=[(3, 1, 3)]))
    empty = _deadlines(_pdf_plan(tmp_path / "u.pdf", header, rows))
    assert spanned["Rà soát các văn bản quy phạm pháp luật"] == empty["Rà soát các văn bản quy phạm pháp luật"] == iso
    for text in ("Xây dựng kế hoạch tuyên truyền", "Tổ chức tập huấn cho cán bộ cấp xã"):
        assert spanned[text] == iso
        assert empty[text] is None


def test_pdf_pages_without_a_task_table_header_are_not_read_for_cells(tmp_path):
    """A ruled table that names no lead and no time column (a list of participants) stays
    in the text layer's reading, and body sentences that say 'chủ trì ... hoàn thành' do not
    make the page a task table's."""
    header = ["TT", "Họ và tên", "Chức vụ", "Ghi chú"]
    rows = [["1", "Nguyễn Văn An", "Giám đốc", ""], ["2", "Trần Thị Bình", "Phó Giám đốc", ""]]
    doc = ingest(_pdf_plan(tmp_path / "n.pdf", header, rows))
    assert all(ln.merged_cells is None for ln in doc.lines) and not doc.meta["table_rows"]


def test_plain_text_tables_keep_carrying_a_time_down_where_nothing_says_merged():
    """Plain text says nothing about merges (Line.merged_cells None): an empty time cell in a
    column most rows fill is still read as merged (the gold and the benchmark tables hold no
    case either way; see benchmarks/HISTORY.md, session 12)."""
    from pipeline.extract.tables import TableRow, _fill_merged

    def rows(merged):
        return [TableRow("1", None, ["Rà soát"], ["Sở Tư pháp"], [], ["Quý II/2026"], merged=merged),
                TableRow("2", None, ["Tập huấn"], ["Sở Nội vụ"], [], [], merged=merged)]

    plain, known, spanned = rows(None), rows(frozenset()), rows(frozenset({"time"}))
    for r in (plain, known, spanned):
        _fill_merged(r)
    assert plain[1].time == ["Quý II/2026"] and spanned[1].time == ["Quý II/2026"]
    assert known[1].time == []


def test_pdf_a_table_over_two_pages_with_its_header_repeated(tmp_path):
    """A long ruled table breaks over a page and prints its header again (reportlab's
    repeatRows, Word's 'repeat header row'): the repeated header is no task, the rows of the
    second page keep their columns, and a group title spanning the columns is a group."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    make_pdfs = _make_pdfs()
    pdfmetrics.registerFont(TTFont("MergeSerif", str(make_pdfs.font_path("DejaVuSerif.ttf"))))
    cell = ParagraphStyle("c", fontName="MergeSerif", fontSize=10, leading=12)
    body = ParagraphStyle("b", fontName="MergeSerif", fontSize=11, leading=14)
    data = [[Paragraph(h, cell) for h in HEADER], ["I", Paragraph("NHIỆM VỤ CHUNG", cell), "", ""]]
    for k in range(1, 41):
        data.append([str(k), Paragraph(f"Rà soát, cập nhật hồ sơ nhiệm vụ số {k} của kế hoạch", cell),
                     Paragraph("Sở Nội vụ", cell), Paragraph("Quý IV/2026", cell)])
    style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTNAME", (0, 0), (-1, -1), "MergeSerif"),
             ("SPAN", (1, 1), (3, 1))]
    table = Table(data, colWidths=[30, 220, 120, 110], repeatRows=1)
    table.setStyle(TableStyle(style))
    story = [Paragraph("KẾ HOẠCH", body), table, Paragraph("Nơi nhận:", body)]
    path = tmp_path / "long.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    doc = pipeline.process(str(path))
    assert doc.meta["pages"] >= 2
    texts = [t.text for t in doc.tasks]
    assert len(texts) == 40 and not any("Nội dung công việc" in t for t in texts)
    assert all(t.deadline and t.deadline.isoformat() == "2026-12-31" for t in doc.tasks)
    assert all([o.office for o in t.offices if o.role == "lead"] == ["Sở Nội vụ"] for t in doc.tasks)
