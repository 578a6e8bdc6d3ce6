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
from pipeline.repair.ocrnoiselines import inside_text_band, noise_line
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
