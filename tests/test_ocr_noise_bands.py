"""The noise-line rule's place guard (repair/ocrnoiselines.inside_text_band, ocr28): a short
doubted Tesseract line that stands inside a printed line's band, beside one of its segments
at word spacing, is a word Tesseract cut off that line, never stamp or margin noise.

The boxes are those chidao's ingest gave on the rendered benchmark's fax page of m1 (Thông
tư liên tịch 47/2009, 150 dpi bitonal: 'số' read alone at 0.44 between 'tư liên tịch' and
'47/2009/TTLT-BTC-BLĐTBXH') and on a pale copy of another decree ('số' between 'Chương
trình' and '1249a/CTPH-UBDTBTP'); the margin and stamp lines are placed where the real
scans print them (a table's margin, the white space by the header block)."""
from __future__ import annotations

import re

from benchmarks.repair import run, with_boxes
from pipeline.model import Document, Line, lines_from_text
from pipeline.repair.ocrnoiselines import inside_text_band, noise_line, small_print_line
from ocr_helpers import lm  # noqa: F401  (a fixture)


def _line(n: int, text: str, confs: list[int], box=None, page: int = 1) -> Line:
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    ln = Line(number=n, text=text, raw=text, page=page, bbox=box)
    ln.ocr_words = [(a, b, c / 100) for (a, b), c in zip(spans, confs)]
    ln.ocr_confidence = sum(confs) / len(confs) / 100
    return ln


def _m1_band() -> list[Line]:
    """m1's fax page: one printed line cut into four segments by Tesseract."""
    return [
        _line(1, "Cân cứ Thông", [90, 96, 96], (122.4, 361.1, 221.4, 374.4)),
        _line(2, "tư liên tịch", [96, 96, 95], (232.2, 362.5, 310.7, 373.0)),
        _line(3, "số", [44], (321.8, 363.2, 334.4, 373.7)),
        _line(4, "47/2009/TTLT-BTC-BLĐTBXH", [86], (344.9, 364.0, 537.5, 375.5)),
        _line(5, "ngày 11 tháng 3 năm 2009 của Bộ Tài chính", [96] * 10, (86.4, 376.2, 537.5, 396.7)),
    ]


def test_a_segment_of_a_text_line_is_text(lm):  # noqa: F811
    lines = _m1_band()
    seg = lines[2]
    assert noise_line(seg, lm.is_syllable)  # the reading alone would leave it out (ocr27's false fire)
    assert inside_text_band(seg, lines)


def test_a_segment_beside_one_neighbour_only(lm):  # noqa: F811
    # the pale copy's 'số' between 'Chương trình' and the programme's number, its left
    # neighbour alone enough: a word cut off at a wide space
    lines = [
        _line(1, "trình", [96], (260.3, 287.3, 290.5, 297.4)),
        _line(2, "số", [55], (306.7, 288.0, 320.0, 297.7)),
    ]
    assert inside_text_band(lines[1], lines)


def test_a_margin_line_stands_apart(lm):  # noqa: F811
    # 'ma' in a table's margin (lp4 reads it at 0.59): no segment of text in its band
    lines = _m1_band() + [_line(6, "ma", [59], (40.0, 420.0, 58.0, 431.0))]
    assert noise_line(lines[-1], lm.is_syllable)
    assert not inside_text_band(lines[-1], lines)


def test_a_stamp_level_with_a_line_but_far_off(lm):  # noqa: F811
    # 'ĐT”; "' in the white space right of the number block: same band, far from its text
    lines = [
        _line(1, "Số: 695/UBND-XD", [92, 90], (90.0, 150.0, 190.0, 162.0)),
        _line(2, "ĐT”; \"", [2, 73], (330.0, 149.0, 362.0, 161.0)),
    ]
    assert noise_line(lines[1], lm.is_syllable)
    assert not inside_text_band(lines[1], lines)


def test_other_pages_and_boxless_lines_do_not_count(lm):  # noqa: F811
    lines = _m1_band()
    seg = lines[2]
    other_page = [_line(k, ln.text, [96] * len(ln.text.split()), ln.bbox, page=2)
                  for k, ln in enumerate(lines) if ln is not seg]
    assert not inside_text_band(seg, other_page + [seg])
    boxless = _line(3, "số", [44])
    assert not inside_text_band(boxless, lines + [boxless])  # no place: judged by the reading


def test_the_repair_keeps_the_segment_and_drops_the_margin_line():
    text = "Cân cứ Thông\ntư liên tịch\nsố\n47/2009/TTLT-BTC-BLĐTBXH\nma"
    confs = ["90 96 96", "96 96 95", "44", "86", "59"]
    boxes = ["1 122.4 361.1 221.4 374.4", "1 232.2 362.5 310.7 373.0", "1 321.8 363.2 334.4 373.7",
             "1 344.9 364.0 537.5 375.5", "1 40.0 420.0 58.0 431.0"]
    with_place, _ = run(text, True, confs, boxes)
    assert with_place[2] == "số"
    assert with_place[4] == ""
    without, _ = run(text, True, confs)
    assert without[2] == "" and without[4] == ""  # without boxes: as before (ocr27)


def test_with_boxes_reads_the_rows_and_ignores_a_mismatch():
    doc = Document(doc_id="t", lines=lines_from_text("a\nb"))
    with_boxes(doc, ["2 1.0 2.0 3.0 4.0", "-"])
    assert doc.lines[0].page == 2 and doc.lines[0].bbox == (1.0, 2.0, 3.0, 4.0)
    assert doc.lines[1].bbox is None
    doc = Document(doc_id="t", lines=lines_from_text("a\nb"))
    with_boxes(doc, ["1 1.0 2.0 3.0 4.0"])
    assert doc.lines[0].bbox is None


def _page_of_text(n: int = 6, height: float = 14.0) -> list[Line]:
    return [_line(k, "các cơ quan đơn vị thực hiện", [96] * 6, (90.0, 150.0 + 20 * k, 520.0, 150.0 + 20 * k + height))
            for k in range(n)]


def test_stamp_fine_print_read_sure_goes():
    # q1 (Đà Nẵng 1535/SGDĐT): a stamp's fine print read as syllables, sure, boxes about 2 pt
    # tall; lq1 (Phú Thọ 275 p2): handwriting read 'nắ' 0.91, 3 pt tall
    page = _page_of_text()
    for text, conf, box in [("hè", 96, (175.6, 140.3, 177.5, 142.4)), ("thị", 95, (222.3, 140.3, 223.9, 141.9)),
                            ("nắ", 91, (331.7, 94.3, 336.0, 97.0))]:
        ln = _line(9, text, [conf], box)
        assert small_print_line(ln, page + [ln])


def test_print_sized_and_boxless_lines_stay():
    page = _page_of_text()
    word = _line(9, "số", [44], (321.8, 363.2, 334.4, 373.7))       # a word of the print, 10.5 pt
    assert not small_print_line(word, page + [word])
    boxless = _line(9, "hè", [96])
    assert not small_print_line(boxless, page + [boxless])
    long_line = _line(9, "a b c d", [96] * 4, (90.0, 10.0, 120.0, 12.0))  # more than a short line
    assert not small_print_line(long_line, page + [long_line])
    specks = _line(9, "?", [80], (162.1, 140.5, 164.3, 142.4))      # no letter: ocrnoise's to judge
    assert not small_print_line(specks, page + [specks])
    few = _page_of_text(3)                                          # too few lines to know the print
    tiny = _line(9, "hè", [96], (175.6, 140.3, 177.5, 142.4))
    assert not small_print_line(tiny, few + [tiny])


def test_real_readings_with_boxes():
    # the stored real readings with their boxes: every small-print line the rule leaves out on
    # q1 and lq1 is a line the true text leaves empty or reads as another word
    from benchmarks.repair import real_ocr_boxes, real_ocr_confidences, with_confidences
    from pathlib import Path
    real = Path(__file__).resolve().parent.parent / "samples" / "real_ocr"
    fired = 0
    for name in ("q1_danang_sgddt_congvan1535_attgt_2019", "lq1_phutho_stttt_congvan275_hoithi_2011_p2"):
        text = (real / "ocr" / f"{name}.txt").read_text(encoding="utf-8")
        gold = (real / "clean" / f"{name}.txt").read_text(encoding="utf-8").split("\n")
        doc = Document(doc_id="t", lines=lines_from_text(text))
        with_confidences(doc, real_ocr_confidences(name))
        with_boxes(doc, real_ocr_boxes(name))
        for k, ln in enumerate(doc.lines):
            if small_print_line(ln, doc.lines):
                fired += 1
                assert gold[k].split() != ln.text.split()
    assert fired >= 8
