"""The pieces of benchmarks/rendered_ocr.py: prose lines of a text, page layout (every word
printed once, in order, inside the margins), degradation (deterministic, bitonal when
asked), the alignment of read lines to printed lines (skew turned back, noise lines), and a
tiny real Tesseract run through chidao's own ingest."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import needs_tesseract

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import rendered_ocr as R  # noqa: E402

PARAS = [
    "QUYẾT ĐỊNH",
    "Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan hướng dẫn các đơn vị "
    "thực hiện và báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30 tháng 6 năm 2024.",
    "Quyết định này có hiệu lực kể từ ngày ký.",
]


def test_prose_lines_leave_tables_rules_and_gaps_out():
    text = "| A | B |\n|---|---|\n\n**Điều 1.** Phạm vi\n[…]\n---\n## Chương I\n<div>\nNội dung  văn bản\n"
    assert R.prose_lines(text) == ["Điều 1. Phạm vi", "Chương I", "Nội dung văn bản"]


def test_split_halves_are_fixed_disjoint_and_exist():
    assert not set(R.TUNE) & set(R.TEST)
    for p in R.TUNE + R.TEST:
        assert R.text_path(p).exists()


def test_layout_prints_every_word_once_in_order_inside_the_page():
    pages = R.layout_pages(PARAS, 13.0, 1)
    lines = pages[0]
    words = [w for pl, ws, *_ in lines for w in ws]
    assert words == " ".join(PARAS).split()
    assert lines[0][2] is True  # an all-capital title line is bold
    assert all(R.MARGIN_T <= pl.top < pl.bottom <= R.PAGE_H_PT - R.MARGIN_B for pl, *_ in lines)
    assert [pl.top for pl, *_ in lines] == sorted(pl.top for pl, *_ in lines)
    assert len(lines) > len(PARAS)  # the long paragraph wraps


def test_layout_stops_at_the_page_limit():
    many = [PARAS[1]] * 40
    one, two = R.layout_pages(many, 14.0, 1), R.layout_pages(many, 14.0, 2)
    assert len(one) == 1 and len(two) == 2
    assert two[0][0][0].text == one[0][0][0].text


def test_degrade_is_deterministic_and_bitonal_when_asked():
    lines = R.layout_pages(PARAS, 13.0, 1)[0]
    img = R.draw_page(lines, 13.0)
    deg = R.DEGRADATIONS[0]
    a, sa = R.degrade(img, deg, 7)
    b, sb = R.degrade(img, deg, 7)
    c, sc = R.degrade(img, deg, 8)
    assert sa == sb and a.tobytes() == b.tobytes()
    assert a.tobytes() != c.tobytes()
    assert a.mode == "1" and abs(a.size[0] - 595 * deg.dpi / 72) < 3
    grey = next(d for d in R.DEGRADATIONS if not d.bitonal)
    assert R.degrade(img, grey, 7)[0].mode == "L"


def test_unskew_turns_a_point_back():
    assert R.unskew_y(100.0, 300.0, 0.0) == 300.0
    # on a page turned counter-clockwise the right side rises: a point right of the centre
    # is seen higher (smaller y) than it was printed, and turning back lowers it again
    y = R.unskew_y(R.PAGE_W_PT / 2 + 200, R.PAGE_H_PT / 2, 1.0)
    assert y > R.PAGE_H_PT / 2
    assert R.unskew_y(R.PAGE_W_PT / 2, R.PAGE_H_PT / 2, 1.0) == pytest.approx(R.PAGE_H_PT / 2)


def test_align_places_lines_joins_pieces_and_marks_noise():
    printed = [R.PrintedLine("một hai ba", 100, 117), R.PrintedLine("bốn năm sáu", 117, 134),
               R.PrintedLine("bảy tám", 134, 151)]
    read = [("một hai ba", (90, 102, 300, 115)),
            ("bốn", (90, 119, 120, 132)), ("năm sáu", (130, 119, 300, 132)),
            ("'", (500, 400, 505, 405))]
    where, lost = R.align(printed, read, 0.0)
    assert where == [0, 1, 1, None] and lost == 1
    raw, pred, gold = R.grouped(printed, read, ["một hai ba", "bốn", "năm sáu", "'"], where)
    assert gold == ["", "một hai ba", "bốn năm sáu"]
    assert raw == ["'", "một hai ba", "bốn năm sáu"]


@needs_tesseract
def test_a_clean_rendered_page_reads_back_through_ingest():
    lines = R.layout_pages(PARAS, 14.0, 1)[0]
    deg = R.Degradation("clean", 300, 14.0)
    page = R.read_page(lines, deg, 1)
    assert page["ocr"]  # ingest marked the image-only PDF as OCR'd
    assert page["lost"] == 0 and len(page["gold"]) >= page["printed"]
    from pipeline.eval import score_repair_lines

    s = score_repair_lines(page["raw"], page["pred"], page["gold"])
    assert s["words"] >= 40
    assert s["err_out"] <= 2  # a clean 300 dpi print reads back (nearly) word for word


def test_carry_texts_replace_the_halves():
    """--texts: a carry-over batch is read alone, as its own half, every degradation asked."""
    jobs = R.jobs_for(False, "both", False, None, ("am1", "al1"))
    assert {(p, h) for p, h, *_ in jobs} == {("am1", "carry"), ("al1", "carry")}
    assert len(jobs) == 2 * R.DEFAULT_DEGRADATIONS
    assert all(R.text_path(p).exists() for p in ("am1", "al1"))
