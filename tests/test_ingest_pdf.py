"""PDF text layers: columns, running headers, fonts, NFC, continuation marks, the contract."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.ingest import ingest
from pipeline.ingest.paragraphs import join_lines, paragraphs
from pipeline.ingest.wer import word_error_rate

ROOT = Path(__file__).resolve().parent.parent
GEN = ROOT / "samples" / "pdf" / "generated"
P07 = ROOT / "samples" / "pdf" / "P07_ttg_chithi21_2026_congbao_clean.pdf"
SHARED = ROOT.parent / "shared" / "realdocs" / "pdf"  # as in conftest: skipped when absent
EXPECTED = (GEN / "kehoach.clean.txt").read_text(encoding="utf-8")
NO_OCR = Config(ocr=False)


def by_block(doc, block):
    return [ln.text for ln in doc.lines if ln.block == block]


def test_clean_generated_pdf_matches_expected_text():
    doc = ingest(GEN / "kehoach_clean.pdf", NO_OCR)
    assert doc.status == "ok"
    assert doc.text.strip() == EXPECTED.strip()
    assert by_block(doc, "header_left") == ["UBND HUYỆN ĐÔNG SƠN", "PHÒNG NỘI VỤ", "Số: 45/KH-PNV"]
    assert by_block(doc, "header_right")[0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert by_block(doc, "tail_left")[0] == "Nơi nhận:"
    assert by_block(doc, "tail_right") == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Hùng"]
    # page numbers '- 1 -' are running lines, kept out of Document.text
    running = by_block(doc, "running")
    assert running == ["- 1 -", "- 2 -"]
    assert "\f" in doc.text and "- 1 -" not in doc.text


def test_font_runs_name_size_bold():
    doc = ingest(GEN / "kehoach_clean.pdf", NO_OCR)
    title = next(ln for ln in doc.lines if ln.text == "KẾ HOẠCH")
    assert title.fonts and title.fonts[0].font == "DejaVuSerif-Bold" and title.fonts[0].bold
    assert title.fonts[0].size == pytest.approx(13, abs=0.5)
    body = next(ln for ln in doc.lines if ln.text.startswith("1. Phòng Nội vụ"))
    assert body.fonts[0].font == "DejaVuSerif" and not body.fonts[0].bold
    assert body.fonts[-1].end == len(body.text)
    assert body.bbox and body.bbox[0] < body.bbox[2]


def test_lost_glyph_heading_font_keeps_spaces_and_font():
    doc = ingest(GEN / "kehoach_lost_glyphs.pdf", NO_OCR)
    assert doc.status == "ok" and doc.meta["page_methods"][0] == "text"
    header = by_block(doc, "header_right")
    assert header[0].startswith("C NG H A")  # glyphs mapped to spaces, as in the seed
    line = next(ln for ln in doc.lines if ln.text.startswith("C NG H A"))
    assert all(f.font == "DejaVuSerif-Bold" for f in line.fonts)
    assert any("ƣ" in ln.text for ln in doc.lines)  # 'ư' mapped to U+01A3 in the body font
    assert len(doc.lines) == len(ingest(GEN / "kehoach_clean.pdf", NO_OCR).lines)


def test_cid_pdf_goes_through_pdfplumber_with_cid_tokens():
    doc = ingest(GEN / "kehoach_cid.pdf", NO_OCR)
    assert doc.status == "ok"
    assert set(doc.meta["page_methods"]) == {"text-pdfplumber"}
    cid_lines = [ln for ln in doc.lines if "(cid:" in ln.text]
    assert cid_lines
    ln = cid_lines[0]
    col = ln.text.index("(cid:")
    assert any(f.start <= col < f.end and f.font == "DejaVuSerif" for f in ln.fonts)


def test_symbolic_font_codes_without_unicode_stay_cid_not_winansi_guesses():
    """reportlab's subset fonts are symbolic TrueType without /Encoding: pdfminer's WinAnsi
    guess for codes the ToUnicode map lost gave 'Œ', '…', '€'; they must stay '(cid:NN)'."""
    doc = ingest(GEN / "kehoach_cid.pdf", NO_OCR)
    text = re.sub(r"\(cid:\d+\)", "", doc.text)
    assert not set(text) & set("ŒŠŽƒˆ‘’‚„†‡…‹€")
    assert set(text) <= set(EXPECTED) | {" "}
    assert {int(n) for n in re.findall(r"\(cid:(\d+)\)", doc.text)} & set(range(128, 256))


def test_tcvn3_text_layer_is_kept_with_legacy_font_names():
    doc = ingest(GEN / "kehoach_tcvn3.pdf", Config())  # OCR allowed: must NOT be used
    assert doc.meta["page_methods"] == ["text", "text"]
    assert not doc.meta["ocr"]
    assert doc.meta["legacy_fonts"] == [".VnTime", ".VnTime,Bold", ".VnTimeH"]
    assert doc.encoding.startswith("legacy-font:")
    assert "Thùc hiÖn KÕ ho¹ch" in doc.text
    fonts = {f.font for ln in doc.lines for f in ln.fonts}
    assert fonts == {".VnTime", ".VnTime,Bold", ".VnTimeH"}
    caps = next(ln for ln in doc.lines if ln.text.startswith("KÕ HO¹CH"))  # lowercase codes
    assert {f.font for f in caps.fonts} == {".VnTimeH"}


def test_congbao_running_header_and_number():
    doc = ingest(P07, NO_OCR)
    assert doc.status == "ok" and doc.meta["pages"] == 6
    running = by_block(doc, "running")
    assert running.count("CÔNG BÁO/Số 302/Ngày 02-06-2026") == 6
    assert "70" in running and "75" in running
    assert "CÔNG BÁO" not in doc.text
    assert doc.text.count("\f") == 5
    assert "Số: 21/CT-TTg" in by_block(doc, "header_left")  # no 'C T' split
    assert by_block(doc, "header_right")[-1] == "Hà Nội, ngày 20 tháng 5 năm 2026"
    assert by_block(doc, "tail_right") == ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Phạm Thị Thanh Trà"]


def test_congbao_text_matches_its_text_version():
    doc = ingest(P07, NO_OCR)
    ref = (ROOT / "samples" / "text" / "07_ttg_chithi21_sapxepthon_2026.txt").read_text(encoding="utf-8")
    assert word_error_rate(doc.text, ref) < 0.05


def test_paragraphs_join_across_lines_and_pages():
    doc = ingest(P07, NO_OCR)
    paras = paragraphs(doc)
    first = next(p for p in paras if p.text.startswith("Thực hiện chủ trương của Đảng"))
    assert first.text.endswith("tạo áp lực quản lý lớn đối với chính quyền địa phương ở cơ sở.")
    assert len(first.lines) == 10
    # a sentence that runs over a page break is one paragraph, the running header is skipped
    cross = [p for p in paras if len({doc.line(n).page for n in p.lines}) > 1]
    for p in cross:
        assert not any(doc.line(n).block == "running" for n in p.lines)
    item = next(p for p in paras if p.text.startswith("a) Chủ trì hướng dẫn việc bố trí"))
    assert item.text.endswith("theo quy định của pháp luật;")


def test_join_lines_hyphens():
    assert join_lines(["Nghị quyết số 26/NQ-", "TW ngày 05/8/2008"]) == "Nghị quyết số 26/NQ-TW ngày 05/8/2008"
    assert join_lines(["giai đoạn 2010 -", "2020"]) == "giai đoạn 2010 - 2020"
    assert join_lines(["tele\u00ad", "phone"]) == "telephone"


needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared/realdocs not present")


@pytest.mark.needs_shared
@needs_shared
def test_nfd_pdf_is_normalised():
    import unicodedata

    doc = ingest(next(SHARED.glob("P09*.pdf")), NO_OCR)
    assert doc.ok
    assert all(unicodedata.is_normalized("NFC", ln.text) for ln in doc.lines)
    assert "\u0300" not in doc.raw_text


@pytest.mark.needs_shared
@needs_shared
def test_congbao_p08_running_lines_out_of_body():
    doc = ingest(next(SHARED.glob("P08*.pdf")), NO_OCR)
    assert doc.meta["pages"] == 21
    assert sum(1 for ln in doc.lines if ln.block == "running" and ln.text.startswith("CÔNG BÁO")) == 21
    assert "CÔNG BÁO/Số" not in doc.text


def test_ocr_layer_not_vietnamese_is_detected_without_ocr():
    doc = ingest(ROOT / "samples" / "pdf" / "P01_danang_sgddt_463_2019_ocrlayer.pdf", NO_OCR)
    assert doc.meta["ocr_reasons"] == {1: "OCR text layer not Vietnamese", 2: "OCR text layer not Vietnamese"}
    assert doc.status == "partial" and "OCR is turned off" in doc.error


@pytest.mark.slow
def test_pipeline_repairs_what_ingest_reads():
    """Ingest + the repair stage on the lost-glyph sample: 'ƣ' (U+01A3) becomes 'ư'."""
    import pipeline

    doc = pipeline.process(GEN / "kehoach_lost_glyphs.pdf", Config(ocr=False))
    assert doc.ok
    assert "ƣ" not in doc.text and "- Lưu: VT, NV." in doc.text
    assert any(r.before == "Lƣu:" or "ƣ" in r.before for r in doc.repairs)
    # the repair stage keeps the physical lines and their blocks
    assert len(doc.lines) == len(ingest(GEN / "kehoach_lost_glyphs.pdf", NO_OCR).lines)


def test_paragraphs_of_a_text_document():
    from pipeline.model import Document, lines_from_text

    doc = Document(doc_id="t", lines=lines_from_text(
        "1. Phòng Nội vụ chủ trì, phối hợp với các cơ quan\nliên quan tổ chức kiểm tra;\n"
        "2. Phòng Tài chính bố trí kinh phí.\nNơi nhận:\n- Lưu: VT."))
    texts = [p.text for p in paragraphs(doc)]
    assert texts == ["1. Phòng Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức kiểm tra;",
                     "2. Phòng Tài chính bố trí kinh phí.", "Nơi nhận:", "- Lưu: VT."]


@pytest.mark.parametrize("path", [P07, GEN / "kehoach_lost_glyphs.pdf", GEN / "kehoach_tcvn3.pdf"])
def test_word_level_and_character_level_readers_agree(path):
    import pypdfium2 as pdfium

    from pipeline.ingest.pdftext import page_segments, page_segments_chars

    pdf = pdfium.PdfDocument(str(path))
    for i in range(len(pdf)):
        fast, _ = page_segments(pdf[i])
        slow, _ = page_segments_chars(pdf[i])
        assert [s.text for s in fast] == [s.text for s in slow]
        assert [[(f.start, f.end, f.font, f.bold) for f in s.fonts] for s in fast] == \
               [[(f.start, f.end, f.font, f.bold) for f in s.fonts] for s in slow]
        for a, b in zip(fast, slow):
            assert a.x0 == pytest.approx(b.x0, abs=0.5) and a.x1 == pytest.approx(b.x1, abs=0.5)


def test_page_with_rotate_reads_as_shown():
    """/Rotate 90 with the content stored sideways: pdfium's boxes run up the page; they are
    turned as shown, so columns, running lines and reading order are those of the upright page."""
    doc = ingest(GEN / "kehoach_rotate90.pdf", NO_OCR)
    assert doc.status == "ok" and doc.meta["page_methods"] == ["text", "text"]
    assert doc.text.strip() == EXPECTED.strip()
    assert by_block(doc, "header_left") == ["UBND HUYỆN ĐÔNG SƠN", "PHÒNG NỘI VỤ", "Số: 45/KH-PNV"]
    assert by_block(doc, "running") == ["- 1 -", "- 2 -"]


def test_rotate_box_maps_corners_clockwise():
    from pipeline.ingest.pdftext import rotate_box

    # a box near the top-left corner of an unrotated 100 x 200 page (y up)
    box = (10, 20, 180, 190)  # left, right, bottom, top
    assert rotate_box(*box, 0, 100, 200) == box
    assert rotate_box(*box, 90, 100, 200) == (180, 190, 80, 90)  # shown at the top right
    assert rotate_box(*box, 180, 100, 200) == (80, 90, 10, 20)  # bottom right
    assert rotate_box(*box, 270, 100, 200) == (10, 20, 10, 20)  # bottom left


def test_differences_glyph_names_are_read_and_only_unknown_codes_stay_cid():
    """Codes >= 128 named only in /Encoding /Differences: pdfium would give their codes as
    Latin-1 ('liân'); the pages go to pdfminer, which maps the names, and the one glyph no
    map or name covers stays '(cid:NN)' for the repair stage."""
    doc = ingest(GEN / "kehoach_differences.pdf", NO_OCR)
    assert doc.status == "ok"
    assert doc.meta["page_methods"] == ["text-pdfplumber", "text-pdfplumber"]
    cids = set(re.findall(r"\(cid:\d+\)", doc.text))
    assert len(cids) == 1
    assert doc.text.replace(cids.pop(), "Ệ").strip() == EXPECTED.strip()
    assert "liân" not in doc.text and "- Các phòng, ban liên quan;" in doc.text


def test_font_dictionary_checks():
    import pikepdf

    from pipeline.ingest.fontenc import differences_codes, font_needs_encoding, pages_needing_encoding, \
        tounicode_codes

    cmap = b"2 beginbfchar\n<01> <0041>\n<05> <0042>\nendbfchar\n1 beginbfrange\n<20> <22> <0043>\nendbfrange"
    assert tounicode_codes(cmap) == {1, 5, 0x20, 0x21, 0x22}
    enc = pikepdf.Dictionary(Differences=pikepdf.Array([128, pikepdf.Name.uacute, pikepdf.Name.uni1EC6, 200,
                                                        pikepdf.Name.a]))
    assert differences_codes(enc) == {128, 129, 200}
    pdf = pikepdf.new()
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.TrueType,
                                                Encoding=enc, FontDescriptor=pikepdf.Dictionary(Flags=4)))
    assert font_needs_encoding(font)  # symbolic, no ToUnicode at all
    font.FontDescriptor.Flags = 32
    assert not font_needs_encoding(font)  # non-symbolic: pdfium applies the Differences itself
    font.FontDescriptor.Flags = 4
    font.ToUnicode = pdf.make_stream(b"1 beginbfrange\n<80> <C8> <00E0>\nendbfrange")
    assert not font_needs_encoding(font)  # the map covers every named code
    assert not font_needs_encoding(pikepdf.Dictionary(Subtype=pikepdf.Name.Type0, Encoding=enc))
    assert not font_needs_encoding(pikepdf.Dictionary(Subtype=pikepdf.Name.Type1, Encoding=enc,
                                                      FontDescriptor=pikepdf.Dictionary(Flags=4)))
    assert pages_needing_encoding(GEN / "kehoach_clean.pdf", 10) == set()
    assert pages_needing_encoding(GEN / "kehoach_differences.pdf", 10) == {0, 1}


@pytest.mark.parametrize("subtype,base", [("/Type1", "/Helvetica"), ("/TrueType", "/Arial")])
def test_pdfium_applies_differences_of_non_symbolic_fonts(tmp_path, subtype, base):
    """Why only symbolic TrueType fonts leave the fast path: pdfium reads the /Differences of
    a Type1 or a non-symbolic TrueType font as pdfminer does."""
    import pikepdf

    pdf = pikepdf.new()
    diffs = pikepdf.Array([129, pikepdf.Name("/Aacute"), 65, pikepdf.Name("/Ecircumflex"), 130,
                           pikepdf.Name("/uni1EC6")])
    font = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name(subtype), BaseFont=pikepdf.Name(base),
        Encoding=pikepdf.Dictionary(BaseEncoding=pikepdf.Name.WinAnsiEncoding, Differences=diffs)))
    page = pdf.add_blank_page(page_size=(300, 300))
    page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    page.obj.Contents = pdf.make_stream(b"BT /F1 24 Tf 20 200 Td (ABC\x81\x82) Tj ET")
    path = tmp_path / "diff.pdf"
    pdf.save(str(path))
    doc = ingest(path, NO_OCR)
    assert doc.meta["page_methods"] == ["text"] and doc.text == "ÊBCÁỆ"


def test_rotated_page_through_pdfminer_reads_as_shown(tmp_path):
    """/Rotate on a page whose glyphs send it to pdfminer: pdfplumber turns its
    coordinates too, so the reading equals the unrotated file's."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_pdfs", ROOT / "samples" / "make_pdfs.py")
    make_pdfs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_pdfs)
    turned = tmp_path / "cid_rotate90.pdf"
    make_pdfs.rotate_pages(GEN / "kehoach_cid.pdf", turned)
    a, b = ingest(turned, NO_OCR), ingest(GEN / "kehoach_cid.pdf", NO_OCR)
    assert a.meta["page_methods"] == ["text-pdfplumber"] * 2
    assert a.text == b.text and [ln.block for ln in a.lines] == [ln.block for ln in b.lines]
