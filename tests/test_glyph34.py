"""A cited document's code and date as the lost-digit twins compare them
(pipeline/repair/glyphcodes.py): a code in capitals is the text's mixed-case code, a date
printed after the issuer ('số 21-CT/TU của Tỉnh ủy Quảng Ngãi ngày 21/3/2017') belongs to
the code before the issuer, and a year between a number and its code is the one printed
with that number and code.  Real texts of samples/unseen_repair corrupted by the glyph
benchmark's own corruption (benchmarks/corrupt.py), repaired whole; the shapes on texts of
samples/text and unseen_repair."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

import pipeline.repair.glyphcanchi as glyphcanchi
import pipeline.repair.glyphcodes as glyphcodes
import pipeline.repair.glyphheadings as glyphheadings
from benchmarks.corrupt import corrupt
from benchmarks.repair import run

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
ROOT = SAMPLES / "unseen_repair"


def _text(prefix: str) -> str:
    (path,) = sorted(ROOT.glob(f"{prefix}_*.txt"))
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


def _repair(text: str) -> str:
    return "\n".join(run(text)[0])


def test_code_in_capitals_is_the_texts_code() -> None:
    # t4's heading and text (samples/text), v14's heading and its bases (unseen_repair)
    t4 = (SAMPLES / "text" / "t4_btnmt_kehoach09_ct13_tinchicacbon_2024_excerpt.txt").read_text(encoding="utf-8")
    assert "13/CT-TTG" in t4 and "13/CT-TTg" in t4
    assert glyphcodes.same_code("/CT-TTg", "/CT-TTG")
    assert glyphcodes.same_code("/2014/QĐ-TTg", "/2014/QĐ-TTG")
    assert glyphcodes.same_code("/QĐ-TTg", "/QĐ-TT")  # a damaged code runs to its first gap
    assert not glyphcodes.same_code("/QĐ-UBND", "/QĐ-TTG")
    assert glyphcodes.code_key("QĐ-TTg") == glyphcodes.code_key("QĐ-TTG")


@pytest.mark.parametrize(("line", "code"), [
    ("Thực hiện Chỉ thị số 21-CT/TU của Tỉnh ủy Quảng Ngãi ngày ", "TU"),  # aa4
    ("theo Quyết định số 1472/QĐ-TTg của Thủ tướng Chính phủ ngày ", "QĐ-TTg"),  # yg14
    ("Căn cứ Phương án số 1322/PA-UBND của UBND xã Thiệu Giang ngày ", "PA-UBND"),  # yp6
])
def test_date_after_the_issuer_has_the_code_before_it(line: str, code: str) -> None:
    assert glyphcodes.code_before_issuer(line, len(line)) == code


@pytest.mark.parametrize("line", [
    "Căn cứ Kế hoạch số 5/KH-UBND, ngày ",  # a comma ends the clause: the plain code rule's
    "Căn cứ Kế hoạch số 5/KH-UBND của UBND tỉnh về việc tổ chức Hội nghị, ngày ",
    "Theo Kế hoạch 30/KH-UBND của UBND huyện ngày 5 tháng 3 năm 2020 và ngày ",
])
def test_no_issuer_no_code(line: str) -> None:
    assert glyphcodes.code_before_issuer(line, len(line)) is None


@pytest.mark.parametrize(("prefix", "seed", "phrase", "switch"), [
    # the heading's 'QUYẾT ĐỊNH SỐ 34/20 4/QĐ-TTG' where the text prints '34/2014/QĐ-TTg'
    ("v14", 0, "SỐ 34/2014/QĐ-TTG", "YEAR_IN_NUMBER_TWINS"),
    # the heading's 'CHỈ THỊ SỐ 21-CT/TU NGÀY 2 /3/20  ' where the text prints the date
    # after 'của Tỉnh ủy Quảng Ngãi'
    ("aa4", 0, "21-CT/TU NGÀY 21/3/2017", "DATE_AFTER_ISSUER"),
])
def test_twin_read_through_code(prefix: str, seed: int, phrase: str, switch: str,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    text = _text(prefix)
    assert phrase in text
    broken, _info = corrupt(text, "glyph", seed)
    assert phrase not in broken
    assert phrase in _repair(broken)
    monkeypatch.setattr(glyphcodes, switch, False)
    # (session 31: v14's heading 'I. Mục đích, yêu cầu', read from its list, names lost letters
    # that let the search read this year another way; the switch is measured without it)
    monkeypatch.setattr(glyphheadings, "HEADING_FORMULAS", False)
    assert phrase not in _repair(broken)


def test_clean_text_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    """A clean text's repair is what it was with the switches off (the twins are read only
    where a damaged font printed a number with gaps)."""
    texts = [_text(p) for p in ("v14", "aa4", "aa5", "w6")]
    on = [_repair(t) for t in texts]
    for name in ("CODES_ANY_CASE", "DATE_AFTER_ISSUER", "YEAR_IN_NUMBER_TWINS"):
        monkeypatch.setattr(glyphcodes, name, False)
    assert on == [_repair(t) for t in texts]


@pytest.mark.parametrize(("prefix", "seed", "phrase"), [
    # the font lost 't': 'phát động Tế   rồng cây' (the last letter of 'Tết', the space, the
    # first of 'trồng'); the search read 'Tế  trồng', a capitalised word the left-over pass skipped
    ("al3", 1, "phát động Tết trồng cây"),
    ("ak3", 1, "“Tết trồng cây"),
])
def test_capitalised_word_takes_its_lost_last_letter(prefix: str, seed: int, phrase: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.repair.glyphs as glyphs

    text = _text(prefix)
    assert phrase in text
    broken, _info = corrupt(text, "glyph", seed)
    assert phrase not in broken
    assert phrase in _repair(broken)
    monkeypatch.setattr(glyphs, "CAPITAL_LEFT_OVER", False)
    assert phrase not in _repair(broken)


def test_word_before_a_whole_year_takes_its_lost_last_letter(monkeypatch: pytest.MonkeyPatch) -> None:
    """'trồng rừng Xuân Quý Mã  2023' (al4, seed 0: the font lost 'o'): a digit more is no year,
    so the run's first space is the word's lost letter ('Mão')."""
    import pipeline.repair.glyphs as glyphs

    phrase = "Xuân Quý Mão 2023"
    text = _text("al4")
    assert phrase in text
    broken, _info = corrupt(text, "glyph", 0)
    assert phrase not in broken
    assert phrase in _repair(broken)
    monkeypatch.setattr(glyphs, "LEFT_OVER_BEFORE_NUMBER", False)
    # (session 31: the sixty names read 'Quý Mão' before 2023 too; the switch is measured without them)
    monkeypatch.setattr(glyphcanchi, "CANCHI_NAMES", False)
    assert phrase not in _repair(broken)


@pytest.mark.parametrize(("line", "hit"), [
    ("Xuân Quý Mã  2023, toàn tỉnh", True),
    ("UBND ngà  26/11/2020", True),
    ("ngày mùn  6 Tết", False),  # '6' may be '16' or '26': the space may be a lost digit
    ("Quyết định số  0/2021/QĐ-UBND", False),
])
def test_number_after_the_run_holds_no_lost_digit(line: str, hit: bool) -> None:
    import pipeline.repair.glyphs as glyphs

    assert bool(glyphs._SHORT_BEFORE_NUMBER.search(line)) is hit
