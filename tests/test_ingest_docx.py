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
    expected = (ROOT / "samples" / "docx" / "kehoach_numbered.expected.txt").read_text(encoding="utf-8")
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
