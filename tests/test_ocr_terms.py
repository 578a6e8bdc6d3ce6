"""Fixed administrative terms whose marks a scan blurred (repair/ocrterms.py)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from conftest import repair_tesseract_line  # noqa: E402
from pipeline.model import Line  # noqa: E402
from pipeline.repair.ocrterms import line_term_fixes, load_terms, term_fixes  # noqa: E402


def _fix(text: str, conf: float) -> str:
    spans = [(m.start(), m.end(), conf) for m in re.finditer(r"\S+", text)]
    for a, b, _, new in reversed(term_fixes(text, spans, load_terms())):
        text = text[:a] + new + text[b:]
    return text


_repair = repair_tesseract_line  # (conftest: the whole repair of a line read by Tesseract)


def test_the_term_table_is_built_from_the_gazette():
    terms = load_terms()
    assert len(terms) > 1000
    assert terms[("cong", "thong", "tin", "dien", "tu")] == ("cổng", "thông", "tin", "điện", "tử")


@pytest.mark.parametrize("read, true", [
    ("Nâng cấp Công thông tin điện tử của tỉnh", "Nâng cấp Cổng thông tin điện tử của tỉnh"),
    ("đăng tải trên công thông tin điện tử của Sở", "đăng tải trên cổng thông tin điện tử của Sở"),
    ("nộp hồ sơ qua Công dịch vụ công quốc gia", "nộp hồ sơ qua Cổng dịch vụ công quốc gia"),
    ("ký kết hợp đồng lao đông với người lao động", "ký kết hợp đồng lao động với người lao động"),
    ("bố trí từ ngân sách nhà nuớc năm 2024", "bố trí từ ngân sách nhà nước năm 2024"),
    ("CỔNG THÔNG TIN ĐIỆN TỬ TINH", "CỔNG THÔNG TIN ĐIỆN TỬ TINH"),  # upper case kept, no term past 5 words
    ("CÔNG THÔNG TIN ĐIỆN TỬ", "CỔNG THÔNG TIN ĐIỆN TỬ"),
])
def test_a_doubted_run_takes_the_terms_marks(read, true):
    assert _fix(read, 0.85) == true


@pytest.mark.parametrize("line", [
    "Nâng cấp Công thông tin điện tử của tỉnh",
    "ký kết hợp đồng lao đông với người lao động",
])
def test_words_read_sure_keep_their_reading(line):
    assert _fix(line, 0.96) == line


@pytest.mark.parametrize("line", [
    "Nâng cấp Công, thông tin điện tử",       # punctuation inside the run: not the term
    "phần đầu năm 2011 triển khai",           # no fixed term: left to the language model
    "Công ty thông tin di động",
])
def test_runs_that_are_not_a_term_are_left(line):
    assert _fix(line, 0.85) == line


def test_only_tesseract_lines_take_a_term():
    line = "Nâng cấp Công thông tin điện tử tỉnh Bắc Giang"
    assert _repair(line, 85) == "Nâng cấp Cổng thông tin điện tử tỉnh Bắc Giang"
    # typed text (no confidences) gets no term from this rule: the language model decides there
    assert line_term_fixes(Line(number=1, text=line), load_terms()) == []
