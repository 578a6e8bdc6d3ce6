"""Word .docx: paragraphs in order, automatic list labels rebuilt, tables as rows."""
from __future__ import annotations

from pathlib import Path

import docx

from pipeline.ingest import ingest
from pipeline.ingest.docx import format_number
from pipeline.ingest.paragraphs import paragraphs

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "docx" / "kehoach_numbered.docx"


def test_sample_docx_matches_expected_text():
    doc = ingest(SAMPLE)
    assert doc.status == "ok" and doc.format == "docx"
    expected = (ROOT / "samples" / "docx" / "kehoach_numbered.clean.txt").read_text(encoding="utf-8")
    assert doc.text + "\n" == expected
    assert doc.meta["list_labels"] == 3 and doc.meta["tables"] == 1


def test_list_labels_are_not_in_the_paragraph_text_but_are_rebuilt():
    raw = docx.Document(str(SAMPLE))
    texts = [p.text for p in raw.paragraphs]
    assert not any(t.startswith("1.") for t in texts)  # Word draws the numbers itself
    doc = ingest(SAMPLE)
    assert [ln.text[:3] for ln in doc.lines if ln.text[:1].isdigit()][:3] == ["1. ", "2. ", "3. "]


def test_each_paragraph_is_one_paragraph():
    doc = ingest(SAMPLE)
    paras = paragraphs(doc)
    assert len(paras) == len(doc.lines)


def test_nested_and_lettered_numbering(tmp_path):
    """Two levels ('1.', then 'a)') defined in the numbering part, restarted per parent."""
    from docx.oxml import parse_xml

    d = docx.Document()
    numbering = d.part.numbering_part.element
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering.append(parse_xml(
        f'<w:abstractNum {ns} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {ns} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for text, lvl in [("MỤC ĐÍCH", 0), ("Bảo đảm", 1), ("Kịp thời", 1), ("NHIỆM VỤ", 0), ("Phòng Nội vụ", 1)]:
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {ns}><w:ilvl w:val="{lvl}"/><w:numId w:val="90"/></w:numPr>'))
    path = tmp_path / "nested.docx"
    d.save(str(path))
    doc = ingest(path)
    assert [ln.text for ln in doc.lines] == ["I. MỤC ĐÍCH", "a) Bảo đảm", "b) Kịp thời", "II. NHIỆM VỤ", "a) Phòng Nội vụ"]


def test_format_number():
    assert format_number(4, "upperRoman") == "IV"
    assert format_number(27, "lowerLetter") == "aa"
    assert format_number(3, "decimal") == "3"


def test_header_and_tail_tables_become_column_blocks(tmp_path):
    """Word directives lay the header and the tail out as borderless two-column tables."""
    d = docx.Document()
    head = d.add_table(rows=2, cols=2)
    head.cell(0, 0).text = "UBND HUYỆN ĐÔNG SƠN\nPHÒNG NỘI VỤ"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    head.cell(1, 0).text = "Số: 45/KH-PNV"
    head.cell(1, 1).text = "Đông Sơn, ngày 12 tháng 3 năm 2024"
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("1. Phòng Nội vụ chủ trì kiểm tra.")
    data = d.add_table(rows=2, cols=2)
    data.cell(0, 0).text, data.cell(0, 1).text = "Nhiệm vụ", "Thời hạn"
    data.cell(1, 0).text, data.cell(1, 1).text = "Kiểm tra", "25/3/2024"
    tail = d.add_table(rows=1, cols=2)
    tail.cell(0, 0).text = "Nơi nhận:\n- Lưu: VT."
    tail.cell(0, 1).text = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Hùng"
    path = tmp_path / "layout.docx"
    d.save(str(path))
    doc = ingest(path)
    blocks = [(ln.block, ln.text) for ln in doc.lines]
    assert blocks[:6] == [
        ("header_left", "UBND HUYỆN ĐÔNG SƠN"), ("header_left", "PHÒNG NỘI VỤ"), ("header_left", "Số: 45/KH-PNV"),
        ("header_right", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("header_right", "Độc lập - Tự do - Hạnh phúc"),
        ("header_right", "Đông Sơn, ngày 12 tháng 3 năm 2024")]
    assert ("body", "Nhiệm vụ | Thời hạn") in blocks  # a real table stays a table
    assert blocks[-5:] == [("tail_left", "Nơi nhận:"), ("tail_left", "- Lưu: VT."), ("tail_right", "KT. CHỦ TỊCH"),
                           ("tail_right", "PHÓ CHỦ TỊCH"), ("tail_right", "Lê Văn Hùng")]


CONGVAN = ROOT / "samples" / "docx" / "congvan_textbox.docx"


def test_text_box_content_control_and_running_parts():
    """A text box's text (not in the runs' text) follows its paragraph, read once although
    Word stores it twice (DrawingML and a VML fallback); a content control is read through;
    the page header and footer are running lines, out of the text but kept."""
    doc = ingest(CONGVAN)
    assert doc.status == "ok"
    expected = (ROOT / "samples" / "docx" / "congvan_textbox.clean.txt").read_text(encoding="utf-8")
    assert doc.text + "\n" == expected
    assert doc.text.count("Số: 128/UBND-VP") == 1 and doc.meta["text_boxes"] == 1
    running = [ln for ln in doc.lines if ln.block == "running"]
    assert [ln.text for ln in running] == ["UBND huyện Đông Sơn - Công văn số 128/UBND-VP", "Trang 1"]
    assert running[0].number == 1 and running[-1].number == len(doc.lines)
    assert doc.meta["running_text"] == {"header": ["UBND huyện Đông Sơn - Công văn số 128/UBND-VP"],
                                        "footer": ["Trang 1"]}
    assert [ln.number for ln in doc.lines] == list(range(1, len(doc.lines) + 1))
    raw = docx.Document(str(CONGVAN))
    assert not any("128/UBND" in p.text for p in raw.paragraphs)  # python-docx alone misses it


def test_docx_with_text_box_through_the_pipeline():
    from pipeline import process

    doc = process(CONGVAN)
    assert doc.status == "ok"
    assert doc.tasks and any("Phòng Y tế" in t.text for t in doc.tasks)
    assert any(t.deadline and t.deadline.isoformat() == "2024-04-20" for t in doc.tasks)


def test_first_page_and_even_page_headers(tmp_path):
    d = docx.Document()
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    sec.first_page_header.paragraphs[0].text = "CÔNG BÁO/Số 12"
    sec.header.paragraphs[0].text = "Trang sau"
    d.add_paragraph("1. Sở Tài chính chủ trì thẩm định.")
    path = tmp_path / "h.docx"
    d.save(str(path))
    doc = ingest(path)
    assert doc.meta["running_text"]["header"] == ["CÔNG BÁO/Số 12", "Trang sau"]
    assert doc.text == "1. Sở Tài chính chủ trì thẩm định."


def _numbered_doc(nums: str, paras: list[tuple[str, str, int]]):
    """A document whose numbering part has one decimal abstract list (id 70) and the given
    w:num elements; paragraphs are (text, numId, ilvl)."""
    from docx.oxml import parse_xml

    d = docx.Document()
    numbering = d.part.numbering_part.element
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering.append(parse_xml(
        f'<w:abstractNum {ns} w:abstractNumId="70">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '</w:abstractNum>'))
    for num in parse_xml(f"<w:x {ns}>{nums}</w:x>"):
        numbering.append(num)
    for text, num_id, lvl in paras:
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {ns}><w:ilvl w:val="{lvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return d


def test_numbering_instances_share_counters_and_restart_on_override(tmp_path):
    """Two w:num of one abstract list number on (Word's behaviour); 'Restart at 1' is a
    third w:num with a startOverride, restarting the first time it is used."""
    d = _numbered_doc(
        '<w:num w:numId="71"><w:abstractNumId w:val="70"/></w:num>'
        '<w:num w:numId="72"><w:abstractNumId w:val="70"/></w:num>'
        '<w:num w:numId="73"><w:abstractNumId w:val="70"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        '<w:num w:numId="74"><w:abstractNumId w:val="70"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
        [("Một", "71", 0), ("Hai", "71", 0), ("Ba", "72", 0), ("Lại một", "73", 0), ("Lại hai", "73", 0),
         ("Năm", "74", 0), ("Sáu", "71", 0)])
    path = tmp_path / "restart.docx"
    d.save(str(path))
    assert [ln.text for ln in ingest(path).lines] == [
        "1. Một", "2. Hai", "3. Ba", "1. Lại một", "2. Lại hai", "5. Năm", "6. Sáu"]


def test_numbered_paragraphs_in_table_cells(tmp_path):
    from docx.oxml import parse_xml

    d = _numbered_doc('<w:num w:numId="71"><w:abstractNumId w:val="70"/></w:num>', [])
    t = d.add_table(rows=2, cols=2)
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    for r, (task, office) in enumerate([("Kiểm tra hồ sơ", "Phòng Nội vụ"), ("Báo cáo kết quả", "Văn phòng")]):
        t.cell(r, 1).text = office
        p = t.cell(r, 0).paragraphs[0]
        p.text = task
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {ns}><w:ilvl w:val="0"/><w:numId w:val="71"/></w:numPr>'))
    path = tmp_path / "cells.docx"
    d.save(str(path))
    assert [ln.text for ln in ingest(path).lines] == ["1. Kiểm tra hồ sơ | Phòng Nội vụ", "2. Báo cáo kết quả | Văn phòng"]


def test_numbering_style_link(tmp_path):
    """An abstract list that only names a numbering style (w:numStyleLink) numbers with the
    levels, and on from the counters, of the list defining that style (w:styleLink)."""
    from docx.oxml import parse_xml

    d = _numbered_doc('<w:num w:numId="71"><w:abstractNumId w:val="70"/></w:num>'
                      '<w:num w:numId="81"><w:abstractNumId w:val="80"/></w:num>',
                      [("Một", "71", 0), ("Hai", "81", 0)])
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = d.part.numbering_part.element
    abstract70 = next(a for a in numbering if a.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}abstractNumId") == "70")
    abstract70.insert(0, parse_xml(f'<w:styleLink {ns} w:val="DanhSach"/>'))
    link = parse_xml(f'<w:abstractNum {ns} w:abstractNumId="80"><w:numStyleLink w:val="DanhSach"/></w:abstractNum>')
    abstract70.addnext(link)
    path = tmp_path / "stylelink.docx"
    d.save(str(path))
    assert [ln.text for ln in ingest(path).lines] == ["1. Một", "2. Hai"]


def test_tracked_insertions_smart_tags_and_fields_are_text_deletions_are_not(tmp_path):
    """python-docx's Paragraph.text drops the runs of a tracked insertion, a smart tag and a
    simple field; a deletion and a field's code are not shown by Word and stay out."""
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    p = d.add_paragraph("Giao ")
    for xml in ('<w:ins {ns} w:id="1" w:author="a"><w:r><w:t>Sở Tài chính</w:t></w:r></w:ins>',
                '<w:del {ns} w:id="2" w:author="a"><w:r><w:delText>Sở Nội vụ</w:delText></w:r></w:del>',
                '<w:r {ns}><w:t xml:space="preserve"> chủ trì, báo cáo trước ngày </w:t></w:r>',
                '<w:smartTag {ns} w:uri="x" w:element="date"><w:r><w:t>30/6/2024</w:t></w:r></w:smartTag>',
                '<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r {ns}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r {ns}><w:t> (trang 2)</w:t></w:r>',
                '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>',
                '<w:fldSimple {ns} w:instr="NUMPAGES"><w:r><w:t>/5</w:t></w:r></w:fldSimple>'):
        p._p.append(parse_xml(xml.format(ns=ns)))
    assert p.text == "Giao  chủ trì, báo cáo trước ngày  (trang 2)"  # what python-docx gives
    path = tmp_path / "tracked.docx"
    d.save(str(path))
    doc = ingest(path)
    assert doc.text == "Giao Sở Tài chính chủ trì, báo cáo trước ngày 30/6/2024 (trang 2)/5"


def test_font_runs_follow_manual_line_breaks(tmp_path):
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("KẾ HOẠCH").bold = True
    r = p.add_run()
    r.add_break()
    p.add_run("Kiểm tra năm 2024")
    path = tmp_path / "br.docx"
    d.save(str(path))
    doc = ingest(path)
    first, second = doc.lines
    assert (first.text, second.text) == ("KẾ HOẠCH", "Kiểm tra năm 2024")
    assert [(f.start, f.end, f.bold) for f in first.fonts] == [(0, 8, True)]
    assert [(f.start, f.end, f.bold) for f in second.fonts] == [(0, 17, False)]
