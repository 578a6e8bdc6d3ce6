"""A comma Tesseract read inside one dictionary word, after a word it doubted below 0.96
(repair/ocrwordcommas.py); the true commas read 0.92 on the real scans keep theirs."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from conftest import repair_tesseract_line  # noqa: E402
from pipeline.model import Document, lines_from_text  # noqa: E402
from pipeline.repair.lm import load_model  # noqa: E402
from pipeline.repair.ocr import _one_word  # noqa: E402
from pipeline.repair.ocrcommas import load_comma_pairs  # noqa: E402
from pipeline.repair.ocrwordcommas import line_word_commas, word_commas  # noqa: E402


def _spans(text: str, conf: float) -> list[tuple[int, int, float]]:
    import re
    return [(m.start(), m.end(), conf) for m in re.finditer(r"\S+", text)]


@pytest.mark.parametrize("read, true", [
    # samples/real_ocr q1 (Đà Nẵng, Sở GD&ĐT CV 1535/2019): 'học,' read at 0.93
    ("nghiệp vận tải hành khách bán vé cho học, sinh, sinh viên tại trường hoặc ký túc",
     "nghiệp vận tải hành khách bán vé cho học sinh, sinh viên tại trường hoặc ký túc"),
    # the typed letter m8 (Tổng cục Thuế CV 4222/2023) prints the same speck in 'hướng dẫn'
    ("Cục Thuế nghiên cứu trả lời, hướng, dẫn cụ thể cho người nộp thuế",
     "Cục Thuế nghiên cứu trả lời, hướng dẫn cụ thể cho người nộp thuế"),
])
def test_a_doubted_comma_inside_one_word_is_a_speck(read, true):
    assert repair_tesseract_line(read, 93) == true


@pytest.mark.parametrize("read", [
    # true commas the real scans read at 0.92 (j3, v4): two words side by side, no one word
    "dụng và phát triển công nghệ thông tin, phục vụ sự nghiệp công nghiệp hóa",
    "tạo ra một môi trường làm việc hiện đại, minh bạch, tiết kiệm thời gian, công khai",
    # a list the gazette parts with commas ('ban, ngành'), whatever the doubt
    "các sở, ban, ngành, đoàn thể chính trị - xã hội của tỉnh",
])
def test_a_doubted_comma_between_two_words_stays(read):
    lm = load_model()
    assert word_commas(read, _spans(read, 0.92), load_comma_pairs(), _one_word(lm)) == []


def test_a_comma_read_sure_stays():
    lm = load_model()
    read = "bán vé cho học, sinh, sinh viên"
    assert word_commas(read, _spans(read, 0.96), load_comma_pairs(), _one_word(lm)) == []
    assert word_commas(read, _spans(read, 0.95), load_comma_pairs(), _one_word(lm)) == [(14, 15, ",", "")]


def test_typed_text_keeps_its_commas():
    # no Tesseract words on the line: a typist's comma is no speck
    doc = Document(doc_id="t", lines=lines_from_text("bán vé cho học, sinh, sinh viên"))
    assert line_word_commas(doc.lines[0], load_comma_pairs(), _one_word(load_model())) == []
