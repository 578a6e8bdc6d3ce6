"""The pair gate's wider look-alikes (pipeline.repair.ocr.PAIR_LOOKALIKE_GAP, ocr24): a word
next to which a look-alike a scan reads it as, beyond the marks only a scan loses, makes a far
commoner bigram ('Ban Chí đạo', 'nhân dan', 'xay dựng', 'khấu trang') is weighed
against that look-alike, in a document that shows OCR's marks beyond one such word (two
different ones, a word the model doubts, spellings no syllable has): a clean text's slip of
these kinds ('có kể hoạch', 'phả hoại', 'giao thong' in samples/text) stands alone and stays."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from pipeline.repair import ocr
from ocr_helpers import lm, repaired as _repaired  # noqa: F401  (lm is a fixture)

ROOT = Path(__file__).resolve().parent.parent

_BODY = [
    "Thực hiện Kế hoạch số 15/KH-UBND ngày 10 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh.",
    "Các sở, ban, ngành căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện.",
    "Tăng cường công tác tuyên truyền, phổ biến, giáo dục pháp luật cho cán bộ, công chức.",
    "Định kỳ hằng quý báo cáo kết quả thực hiện về Sở Nội vụ để tổng hợp, báo cáo Chủ tịch.",
]


def _letter(*lines: str) -> str:
    return "\n".join(_BODY[:2] + list(lines) + _BODY[2:])


@pytest.mark.parametrize("read, printed, seen", [
    ("tính", "tỉnh", True), ("chí", "chỉ", True), ("khấu", "khẩu", True), ("chẻ", "chẽ", True),
    ("dan", "dân", True), ("xay", "xây", True), ("càn", "cần", True),
    ("qua", "quá", False), ("hinh", "hình", False), ("ngưng", "ngừng", False),  # a tone lost: a typist's too
    ("dã", "đã", False), ("tinh", "tỉnh", False),
])
def test_which_marks_are_scan_lookalikes(read, printed, seen):
    assert ocr._scan_lookalike(read, printed) is seen


def test_the_pair_table_holds_the_wider_pairs(lm):
    before, after = ocr._ocr_only_pairs(lm)[:2]
    assert {"nhân", "người", "công"} <= before["dan"]  # 'nhân dân', 'người dân', 'công dân'
    assert {"ban", "Ban"} <= before["chí"]  # 'Ban Chỉ đạo'
    assert "dân" not in ocr._pair_variants(lm, "dan", wide_ok=False)[1]
    assert "dân" in ocr._pair_variants(lm, "dan")[1]


def test_two_misreadings_are_repaired():
    read = _letter("Giao Ủy ban nhân dan các huyện chủ trì việc xay dựng kế hoạch cụ thể.")
    right = _letter("Giao Ủy ban nhân dân các huyện chủ trì việc xây dựng kế hoạch cụ thể.")
    assert _repaired(read) == right


def test_one_wider_slip_alone_stays():
    text = _letter("Giao Ủy ban nhân dân các huyện chủ trì việc xay dựng kế hoạch cụ thể.")
    assert _repaired(text) == text


def test_off_restores_the_narrow_gate(monkeypatch):
    read = _letter("Giao Ủy ban nhân dan các huyện chủ trì việc xay dựng kế hoạch cụ thể.")
    monkeypatch.setattr(ocr, "PAIR_LOOKALIKE_GAP", None)
    assert _repaired(read) == read


@pytest.mark.parametrize("name, slip", [
    ("yi5_cp_nq03_duthao_phuluc2_nhomV_cuoi_2025_excerpt.txt", "phả hoại"),
    ("zn2_tcdtnn_congdien_bao3_kinhtedothi_news.txt", "có kể hoạch"),
    ("w2_bacgiang_thcshoangluong_hoatdongchuyenmon_tuan16_2017.txt", "giao thong"),
    ("04_ttg_chithi299_dodac_1980.txt", "chặt chẻ"),
])
def test_a_clean_texts_own_slip_stays(name, slip):
    text = unicodedata.normalize("NFC", (ROOT / "samples" / "text" / name).read_text(encoding="utf-8"))
    assert slip in text
    assert slip in _repaired(text)
