"""The Tesseract settings switches of pipeline/ingest/ocr.py that benchmarks/ocr_settings.py
compares: page deskew (find_skew), extra Tesseract options and the page segmentation mode."""
from __future__ import annotations

import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from conftest import ingested, needs_tesseract
from pipeline.config import Config
from pipeline.ingest.ocr import find_skew, ocr_image

ROOT = Path(__file__).resolve().parent.parent
SCAN = ROOT / "samples" / "pdf" / "generated" / "kehoach_scan.pdf"



@pytest.fixture(scope="module")
def page_image():
    pdf = pdfium.PdfDocument(str(SCAN))
    img = pdf[0].render(scale=150 / 72, grayscale=True).to_pil().convert("L")
    pdf.close()
    return img


@pytest.mark.parametrize("turn", [-1.2, 0.8])
def test_find_skew_levels_a_turned_page(page_image, turn):
    from PIL import Image

    turned = page_image.rotate(turn, resample=Image.BICUBIC, fillcolor=255)
    assert abs(find_skew(turned) + turn) <= 0.25  # the rotation that sets it level again


def test_find_skew_leaves_a_level_page(page_image):
    assert find_skew(page_image) == 0.0


@pytest.mark.slow
@needs_tesseract
def test_extra_options_reach_tesseract(page_image):
    w, h = page_image.size
    strip = page_image.crop((0, 0, w, h // 6))  # the header: words and a number
    plain = " ".join(s.text for s in ocr_image(strip, 150 / 72, reread=False))
    digits = " ".join(s.text for s in ocr_image(strip, 150 / 72, reread=False,
                                                extra="-c tessedit_char_whitelist=0123456789/"))
    assert any(ch.isalpha() for ch in plain)
    assert digits and not any(ch.isalpha() for ch in digits)


def test_settings_benchmark_knows_every_real_reading():
    """Each OCR reading in samples/real_ocr has its scan pages listed for the settings table."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.ocr_settings import PAGES, SETTINGS

    names = {p.name.split("_")[0] for p in (ROOT / "samples" / "real_ocr" / "ocr").glob("*.txt")}
    assert names <= set(PAGES)
    assert "default" in SETTINGS and SETTINGS["default"] == {}


def _seg(text: str, conf: float = 0.95):
    from pipeline.ingest.layout import Segment

    return Segment(text=text, x0=0, top=0, x1=100, bottom=10, conf=conf)


def test_reading_quality_prefers_the_reading_of_whole_syllables():
    from pipeline.ingest.ocr import reading_quality

    whole = [_seg("Tập trung đầu tư ứng dụng công nghệ thông tin trong các cơ quan")]
    broken = [_seg("Tậ ptrung đầ utư ứngdụng công nghệ thôngtin trong các cơ quan")]
    lost = [_seg("Tập trung đâu tư ứng dụng công nghệ thông tin trong cac cơ quan")]  # marks lost
    assert reading_quality(whole) > reading_quality(broken)
    assert reading_quality(whole) > reading_quality(lost)
    # scan noise (a low-confidence segment) is no part of the reading
    assert reading_quality(whole + [_seg("xzq kjw", conf=0.2)]) == reading_quality(whole)
    assert reading_quality([]) == -99.0


@pytest.mark.slow
@needs_tesseract
def test_page_alternatives_keep_the_most_vietnamese_reading():
    from pipeline.ingest import ocr as ocr_mod

    pdf = pdfium.PdfDocument(str(SCAN))
    try:
        segs, facts = ocr_mod.ocr_page(pdf[0], dpi=150, alternatives=({"psm": 6}, {"deskew": True}))
    finally:
        pdf.close()
    q = facts["quality"]
    assert set(q) == {"default", "psm 6"}  # a level page is not read deskewed
    kept = "default" if facts["setting"] == {"psm": 3, "deskew": False} else "psm 6"
    assert q[kept] == max(q.values())
    assert ocr_mod.reading_quality(segs) == pytest.approx(q[kept], abs=1e-4)


@pytest.mark.slow
@needs_tesseract
def test_ocr_once_reads_each_scanned_page_with_one_setting():
    """`--ocr-once` (Config.ocr_choose off) halves the OCR time: no second reading is made, so
    a page's facts compare no settings; by default each page weighs the two readings."""
    from pipeline.cli import _config
    from pipeline.ingest import ingest

    once = _config(None, None, ocr_once=True)
    both = _config(None, None)
    assert (once.ocr_choose, both.ocr_choose, Config().ocr_choose) == (False, True, True)
    once.ocr_dpi = 150
    single = ingest(SCAN, once).meta["ocr_pages"]
    # the default reading, both settings weighed on each page: the scan as test_ocr and
    # test_ingest_pipeline read it (conftest.ingested, one xdist group), not read again at
    # 150 dpi here (session 25, testtime6)
    chosen = ingested(SCAN).meta["ocr_pages"]
    assert single and all("quality" not in f and "setting" not in f for f in single.values())
    assert all(set(f["quality"]) == {"default", "psm 6"} for f in chosen.values())
