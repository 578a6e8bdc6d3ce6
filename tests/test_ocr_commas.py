"""Specks Tesseract reads as punctuation: a comma between words the gazette never parts (repair/ocrcommas.py), a mark alone on its line (repair/ocrconf.lone_mark_line)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from conftest import repair_tesseract_line  # noqa: E402
from pipeline.config import Config  # noqa: E402
from pipeline.model import Document, lines_from_text  # noqa: E402
from pipeline.repair import repair  # noqa: E402
from pipeline.repair.ocrcommas import comma_specks, load_comma_pairs  # noqa: E402


def _spans(text: str, conf: float) -> list[tuple[int, int, float]]:
    return [(m.start(), m.end(), conf) for m in re.finditer(r"\S+", text)]


def _fix(text: str, conf: float) -> str:
    for a, b, _, new in reversed(comma_specks(text, _spans(text, conf), load_comma_pairs())):
        text = text[:a] + new + text[b:]
    return text


_repair = repair_tesseract_line  # (conftest: the whole repair of a line read by Tesseract)


def test_the_pair_table_is_built_and_holds_words_of_one_phrase():
    pairs = load_comma_pairs()
    assert len(pairs) > 5000
    for pair in [("căn", "cứ"), ("xây", "dựng"), ("học", "sinh"), ("các", "điều")]:
        assert pair in pairs
    # pairs the gazette lists with a comma are not in it
    for pair in [("ban", "ngành"), ("bộ", "công"), ("quan", "đơn")]:
        assert pair not in pairs


@pytest.mark.parametrize("read, true", [
    ("Các đơn vị chủ động xây dựng, kế hoạch thực hiện", "Các đơn vị chủ động xây dựng kế hoạch thực hiện"),
    ("Căn, cứ Luật Tổ chức chính quyền địa phương", "Căn cứ Luật Tổ chức chính quyền địa phương"),
    ("bảo đảm các, điều kiện cần thiết cho việc triển khai", "bảo đảm các điều kiện cần thiết cho việc triển khai"),
    ("tổ chức cho học, sinh tham gia hoạt động ngoại khóa", "tổ chức cho học sinh tham gia hoạt động ngoại khóa"),
    ("tăng cường quản, lý nhà nước về an toàn thực phẩm", "tăng cường quản lý nhà nước về an toàn thực phẩm"),
])
def test_a_doubted_words_comma_inside_a_phrase_is_a_speck(read, true):
    assert _fix(read, 0.80) == true


@pytest.mark.parametrize("line", [
    "Các sở, ban, ngành, đoàn thể tỉnh",            # a list the gazette prints with commas
    "đội ngũ cán bộ, công chức, viên chức",
    "các cơ quan, đơn vị, địa phương",
    "Phòng Tài chính, Kế hoạch",                      # names in a list
])
def test_a_real_comma_between_listed_words_is_kept(line):
    assert _fix(line, 0.80) == line


def test_a_word_read_sure_keeps_its_comma():
    line = "Các đơn vị chủ động xây dựng, kế hoạch thực hiện"
    assert _fix(line, 0.96) == line


def test_only_tesseract_lines_lose_a_comma():
    line = "Các đơn vị chủ động xây dựng, kế hoạch thực hiện."
    assert _repair(line, 85) == "Các đơn vị chủ động xây dựng kế hoạch thực hiện."
    # typed text, even marked OCR'd, keeps a typist's comma
    assert _repair(line, None) == line
    assert _repair(line, 96) == line


def _repair_lines(lines: list[tuple[str, float | None]]) -> list[str]:
    doc = Document(doc_id="t", lines=lines_from_text("\n".join(t for t, _ in lines)))
    doc.meta["ocr"] = True
    for ln, (_, conf) in zip(doc.lines, lines):
        if conf is not None:
            ln.ocr_words = [(m.start(), m.end(), conf) for m in re.finditer(r"\S+", ln.text)]
            ln.ocr_confidence = conf
    return [ln.text for ln in repair(doc, Config()).lines]


@pytest.mark.parametrize("mark", ["|", "-", "—", "*", "'", "|:"])
def test_a_doubted_mark_alone_on_a_tesseract_line_is_a_speck(mark):
    out = _repair_lines([("NGHỊ QUYẾT", 0.96), (mark, 0.55), ("Ủy ban nhân dân tỉnh giao các sở, ngành", 0.96)])
    assert out == ["NGHỊ QUYẾT", "", "Ủy ban nhân dân tỉnh giao các sở, ngành"]


@pytest.mark.parametrize("line, conf", [
    ("|", None),      # typed text: a Markdown table's rule, a separator
    ("*", None),
    ("-", 0.96),      # read sure
    ("2", 0.55),      # a page number
    ("a)", 0.55),     # a label
])
def test_other_short_lines_are_kept(line, conf):
    out = _repair_lines([("NGHỊ QUYẾT", 0.96 if conf else None), (line, conf), ("Ủy ban nhân dân tỉnh giao các sở, ngành", 0.96 if conf else None)])
    assert out[1] == line
