"""The Tesseract settings switches of pipeline/ingest/ocr.py that benchmarks/ocr_settings.py
compares: page deskew (find_skew), extra Tesseract options and the page segmentation mode."""
from __future__ import annotations

import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from conftest import needs_tesseract
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
