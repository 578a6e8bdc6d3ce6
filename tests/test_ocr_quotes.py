"""An opening quote read out of a speck inside a bound phrase (repair/ocrquotes.py, ocr24):
the lines are the real readings of samples/real_ocr (j5 read by chidao's Tesseract path with
its word confidences; m8, m9, o3 OCR'd elsewhere and read as OCR by the switch) and quotes the
gazette corpus prints."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair
from pipeline.repair.ocrquotes import stray_quotes
from ocr_helpers import lm  # noqa: F401  (a fixture)

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "samples" / "real_ocr"


@pytest.mark.parametrize("line, fixed", [
    ("Sở Thông tin và “Truyền thông có trách nhiệm tham mưu, tổ chức chỉ đạo,",
     "Sở Thông tin và Truyền thông có trách nhiệm tham mưu, tổ chức chỉ đạo,"),
    ("quan Thuế, Tổng cục “Thuế yêu cầu các Vụ, Cục, đơn vị thuộc Tổng cục Thuế và",
     "quan Thuế, Tổng cục Thuế yêu cầu các Vụ, Cục, đơn vị thuộc Tổng cục Thuế và"),
    ('Trường hợp phát sinh vướng mắc, đề nghị các Cục "Thuế báo cáo Tổng cục xem',
     "Trường hợp phát sinh vướng mắc, đề nghị các Cục Thuế báo cáo Tổng cục xem"),
    ("Chính phủ quy định về giữ bí mật, cung cấp thông tin khách “hàng của tổ chức",
     "Chính phủ quy định về giữ bí mật, cung cấp thông tin khách hàng của tổ chức"),
])
def test_speck_quotes_inside_a_phrase_go(lm, line, fixed):  # noqa: F811
    lines = ["Kính gửi: các đơn vị thuộc Tổng cục.", line, "xét, giải quyết theo quy định."]
    assert stray_quotes(lm, lines) == {1: fixed}


@pytest.mark.parametrize("lines", [
    # the quote closes on its line or a later one: a title, printed
    ["Thực hiện nghiêm chủ trương “Chủ động phòng, chống dịch bệnh” của Chính phủ."],
    ["Căn cứ Quyết định phê duyệt “Chiến lược địa chất, khoáng sản và công nghiệp",
     "khai khoáng đến năm 2030, tầm nhìn đến năm 2045” của Thủ tướng Chính phủ;"],
    # '’’' typed for a closing quote (the gazette's bidding forms)
    ["bằng tiếng Anh thì ghi “Tiếng Anh’’; hồ sơ được viết bằng cả tiếng Anh và"],
    # unclosed within the window, but the phrase does not read on across the quote: a title
    # opens there
    ["01/4/2023 của Thủ tướng Chính phủ phê duyệt “Chiến lược địa chất, khoáng sản và công nghiệp"],
])
def test_printed_quotes_stay(lm, lines):  # noqa: F811
    assert stray_quotes(lm, lines) == {}


def test_a_word_read_sure_keeps_its_quote(lm):  # noqa: F811
    line = "Sở Thông tin và “Truyền thông có trách nhiệm tham mưu, tổ chức chỉ đạo,"
    spans = [(m.start(), m.end(), 0.96) for m in re.finditer(r"\S+", line)]
    assert stray_quotes(lm, [line], {0: spans}) == {}
    doubted = [(s, e, 0.84 if line[s] == "“" else c) for s, e, c in spans]
    assert 0 in stray_quotes(lm, [line], {0: doubted})


def _repaired(text: str, ocr: bool) -> list[str]:
    doc = Document(doc_id="t", lines=lines_from_text(unicodedata.normalize("NFC", text)))
    if ocr:
        doc.meta["ocr"] = True
    return [ln.text for ln in repair(doc, Config()).lines]


def test_only_ocr_lines_lose_a_quote():
    text = ("Thực hiện Kế hoạch số 15/KH-UBND của Ủy ban nhân dân tỉnh;\n"
            "Sở Thông tin và “Truyền thông có trách nhiệm tham mưu, tổ chức chỉ đạo,\n"
            "triển khai thực hiện Kế hoạch này.")
    assert _repaired(text, True)[1].startswith("Sở Thông tin và Truyền thông")
    assert _repaired(text, False)[1].startswith("Sở Thông tin và “Truyền thông")  # a typist's quote stays


def test_real_reading_j5():
    """chidao's own reading of P06 p13 with its confidences: the speck goes, nothing else of
    the quote rule fires on the page."""
    from benchmarks.repair import real_ocr_confidences, run

    name = "j5_bacgiang_ubnd_kehoach2668_cntt_2010_p13"
    text = (REAL / "ocr" / f"{name}.txt").read_text(encoding="utf-8")
    pred, _ = run(text, True, real_ocr_confidences(name))
    assert pred[25].startswith("Sở Thông tin và Truyền thông có trách nhiệm")
    assert sum("“" in p for p in pred) == sum("“" in t for t in text.split("\n")) - 1
