"""A short Tesseract line that reads no word it is sure of, left out as stamp or margin noise
(repair/ocrnoiselines.py, ocr27).  The lines and their confidences are the real readings of
samples/real_ocr (chidao's own Tesseract path on the Bắc Giang, Đà Nẵng and Phú Thọ scans),
whose true text prints nothing on the noise lines."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.model import Line
from pipeline.repair.ocrnoiselines import noise_line
from ocr_helpers import lm  # noqa: F401  (a fixture)

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "samples" / "real_ocr"


def _line(text: str, confs: list[int]) -> Line:
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    assert len(spans) == len(confs)
    ln = Line(number=1, text=text, raw=text)
    ln.ocr_words = [(a, b, c / 100) for (a, b), c in zip(spans, confs)]
    ln.ocr_confidence = sum(confs) / len(confs) / 100
    return ln


def _reading(name: str, k: int) -> tuple[Line, str]:
    """Line ``k`` of a real reading with its confidences, and its true text."""
    text = (REAL / "ocr" / name).read_text(encoding="utf-8").split("\n")[k]
    confs = [int(x) for x in (REAL / "conf" / name).read_text(encoding="utf-8").split("\n")[k].split()]
    true = (REAL / "clean" / name).read_text(encoding="utf-8").split("\n")[k]
    return _line(text, confs), true


@pytest.mark.parametrize("name, k", [
    ("j2_bacgiang_ubnd_congvan695_khudancu_2012.txt", 7),        # 'ĐT”; "' by the number block
    ("q3_danang_ubnd_congvan5710_tb496_2023_excerpt.txt", 44),   # 'h cự' under the recipients
    ("lp4_bacgiang_ubnd_kehoach2668_cntt_2010_p4.txt", 48),      # 'ma' in a table's margin
])
def test_real_noise_lines_go(lm, name, k):  # noqa: F811
    line, true = _reading(name, k)
    assert not true.strip()
    assert noise_line(line, lm.is_syllable)


@pytest.mark.parametrize("text, confs", [
    ("chóng....", [51]),             # a real word read with doubt (v4): its line stays
    ("Sen T1 €", [32, 32, 74]),      # a syllable of three letters among the doubted tokens
    ("trề", [81]),                   # read sure: no doubt to go on
    ("31", [60]),                    # digits alone: a page number
    ("Số: #đP/KH-UBND", [93, 0]),    # one sure word keeps the line
    ("Xây dựng hệ thống thông tin", [40, 40, 40, 40, 40, 40]),  # a line of text, too long
])
def test_lines_that_stay(lm, text, confs):  # noqa: F811
    assert not noise_line(_line(text, confs), lm.is_syllable)


def test_typed_lines_are_never_touched(lm):  # noqa: F811
    # no Tesseract confidences (text read elsewhere): 'ok' could be a table's cell
    assert not noise_line(Line(number=1, text="ok", raw="ok"), lm.is_syllable)
    assert not noise_line(Line(number=1, text="he Ab Coy", raw="he Ab Coy"), lm.is_syllable)


@pytest.mark.parametrize("text, confs", [
    ("118/TTg:", [40]),   # a code a column split off (rendered m4): digits are text
    ("10/01/2025.", [40]),
    ("đ)", [30]),         # a list label alone: specks only, ocrnoise's to judge
])
def test_numbers_and_labels_stay(lm, text, confs):  # noqa: F811
    assert not noise_line(_line(text, confs), lm.is_syllable)
