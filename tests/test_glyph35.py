"""A plan's or a decision's part heading that lost letters, read from its closed list
(pipeline/repair/glyphheadings.py): the headings as samples/text prints them, with the
letters of a font that lost them printed as spaces; and real texts of samples/unseen_repair
corrupted by the glyph benchmark's own corruption (benchmarks/corrupt.py), repaired whole,
with the rule and with its switch off."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

import pipeline.repair.glyphheadings as glyphheadings
from benchmarks.corrupt import corrupt
from benchmarks.repair import run

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
ROOT = SAMPLES / "unseen_repair"


def _text(prefix: str) -> str:
    (path,) = sorted(ROOT.glob(f"{prefix}_*.txt"))
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


def _read(line: str) -> str:
    chars = list(line)
    fills = glyphheadings.heading_fills(line)
    chars += [" "] * (max((c for c, _x in fills), default=-1) + 1 - len(chars))
    for c, x in fills:
        chars[c] = x
    return "".join(chars).rstrip()


def _lose(line: str, lost: str) -> str:
    return "".join(" " if ch in lost else ch for ch in line)


def _heading_lines() -> list[str]:
    """The development texts' heading lines that the list holds (after a label)."""
    out = []
    for path in sorted((SAMPLES / "text").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            m = glyphheadings._LABEL.match(line)
            if m and line[m.end():].rstrip().rstrip(":.") in glyphheadings.HEADINGS:
                out.append(unicodedata.normalize("NFC", line.rstrip()))
    return out


def test_the_list_is_printed_in_the_development_texts() -> None:
    lines = _heading_lines()
    heads = {re.sub(r"^.*?[.)/\-–]\s+", "", ln).rstrip(":.") for ln in lines}
    assert len(lines) >= 40
    assert {"Mục đích", "Yêu cầu", "MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN", "Mục tiêu cụ thể"} <= heads


@pytest.mark.parametrize("lost", ["cíh", "ụê", "ầcu", "hiệ", "ÍỆ", "tê"])
def test_development_headings_read_back(lost: str) -> None:
    # each heading line of samples/text with a lost set's letters printed as spaces reads
    # back whole, or is left alone (two headings fit, or too little of it printed)
    wrong = 0
    read = 0
    for line in _heading_lines():
        broken = _lose(line, lost)
        if broken == line:
            continue
        got = _read(broken)
        if got == broken.rstrip():
            continue
        read += 1
        wrong += got != line
    assert wrong == 0
    assert read > 0 or lost in ("ÍỆ",)


@pytest.mark.parametrize(("broken", "gold"), [
    ("1. Mụ  đ   ", "1. Mục đích"),  # al1, seed 0 (the search: 'Mục đo')
    ("2. M c t    c  t ể", "2. Mục tiêu cụ thể"),  # ad1 ('Mức tự có thể')
    ("1. M c ti   c  n ", "1. Mục tiêu chung"),  # s15 ('Mục tiêu chính')
    ("I. Mụ  đí  ,   u   u", "I. Mục đích, yêu cầu"),  # v14 (gaps left)
    ("      2. Y u cầu", "      2. Yêu cầu"),  # p17
    ("1. P  m v     u c ỉn ", "1. Phạm vi điều chỉnh"),  # k6 ('thu chỉnh')
    ("1. Mụ  đ", "1. Mục đích"),  # the line's trailing spaces trimmed
    ("1. Mụ  đí  :", "1. Mục đích:"),
])
def test_benchmark_headings(broken: str, gold: str) -> None:
    assert _read(broken) == gold


@pytest.mark.parametrize("line", [
    "1. Mục đích",  # whole
    "2. Mức thu",  # no heading of the list
    "1. Mục    u chung cho cả năm",  # more words after it
    "a) Nội d ng thực hiện",
    "II. T  CHỨC T ỰC  IỆN",  # 'H' printed in 'CHỨC': no lost glyph of this font
    "Mụ  đ   ",  # no label
    "1. M c t   c  n   ",  # 'Mục tiêu chung' with a word more than the line holds
])
def test_left_alone(line: str) -> None:
    assert glyphheadings.heading_fills(line) == []


@pytest.mark.parametrize(("prefix", "gold", "broken_word"), [
    ("al1", "1. Mục đích", "Mục đo"),
    ("ad1", "2. Mục tiêu cụ thể", "Mức tự"),
    ("s15", "1. Mục tiêu chung", "Mục tiêu chính"),
    ("v14", "I. Mục đích, yêu cầu", "Mụ  đi"),
])
def test_benchmark_text_seed0(prefix: str, gold: str, broken_word: str, monkeypatch) -> None:
    text = _text(prefix)
    broken, _info = corrupt(text, "glyph", 0)
    assert gold in _repair(broken).splitlines()
    monkeypatch.setattr(glyphheadings, "HEADING_FORMULAS", False)
    assert broken_word in _repair(broken)


def _repair(text: str) -> str:
    return "\n".join(run(text)[0])


@pytest.mark.parametrize("prefix", ["al1", "v14", "as3", "at1"])
def test_clean_text_unchanged(prefix: str) -> None:
    text = _text(prefix)
    assert _repair(text).splitlines() == text.splitlines()


# ----------------------------------------------------------------------------- lunar years
import pipeline.repair.glyphcanchi as glyphcanchi  # noqa: E402


def test_the_sixty_names_as_the_texts_print_them() -> None:
    # the names the benchmark's and the development texts print beside their years
    cases = {2021: "Tân Sửu", 2023: "Quý Mão", 2020: "Canh Tý", 2019: "Kỷ Hợi", 2024: "Giáp Thìn",
             2022: "Nhâm Dần", 2018: "Mậu Tuất", 2017: "Đinh Dậu", 2016: "Bính Thân", 2015: "Ất Mùi",
             2014: "Giáp Ngọ", 2025: "Ất Tỵ", 2026: "Bính Ngọ"}
    for year, name in cases.items():
        assert glyphcanchi.year_name(year) == unicodedata.normalize("NFC", name)
    printed = 0
    for path in sorted(ROOT.glob("*.txt")) + sorted((SAMPLES / "text").glob("*.txt")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        for m in re.finditer(r"([A-ZĐÂĂÊÔƠƯ][^\W\d_]+ [A-ZĐ][^\W\d_]+) (?:năm )?((?:19|20)\d\d)(?!\d)", text):
            name = glyphcanchi.year_name(int(m.group(2)))
            if m.group(1) == name:
                printed += 1
            elif m.group(1).split()[0] in glyphcanchi.STEMS and m.group(1).split()[1] in glyphcanchi.BRANCHES:
                raise AssertionError(f"{path.name}: {m.group(0)} is not {name}")
    assert printed >= 20


@pytest.mark.parametrize(("line", "fills", "gold"), [
    ("sau tết Nguyên đán Tân Sử  2021.", [(0, "s")], "sau tết Nguyên đán Tân Sửu 2021."),  # a11, seed 2
    ("nhân dịp xuân Tân Sửa 2021.", [(20, "a")], "nhân dịp xuân Tân Sửu 2021."),  # a wrong fill
    ("Xuân Quý Mã  2023", [(1, "u")], "Xuân Quý Mão 2023"),  # al4
    ("TẾT TÂN SỬ  2021", [(1, "Ế")], "TẾT TÂN SỬU 2021"),
    ("Tết Ca h Tý năm 2020", [(1, "ế")], "Tết Canh Tý năm 2020"),
])
def test_a_name_before_its_year(line: str, fills, gold: str) -> None:
    assert glyphcanchi.canchi_fills(line, fills)[0] == gold


@pytest.mark.parametrize(("line", "fills"), [
    ("Kế hoạch Tân Sử  2022", [(0, "K")]),  # 2022 is Nhâm Dần: not this name
    ("xuân Tân Sửu 2021", [(0, "x")]),  # whole
    ("27 tháng Chạp năm Ất T  14/2/2026", [(0, "2")]),  # no year right after
    ("năm  ân Sửu 2021", [(0, "n")]),  # the capital lost
    ("Tân Sử  2021", []),  # nothing filled on the line: no damage the search saw
])
def test_names_left_alone(line: str, fills) -> None:
    assert glyphcanchi.canchi_fills(line, fills)[0] == line


@pytest.mark.parametrize(("prefix", "gold"), [
    ("a11", "tết Nguyên đán Tân Sửu 2021"),
    ("al2", "nhân dịp xuân Tân Sửu 2021."),
])
def test_benchmark_text_seed2(prefix: str, gold: str, monkeypatch) -> None:
    text = _text(prefix)
    broken, _info = corrupt(text, "glyph", 2)
    assert gold in _repair(broken)
    monkeypatch.setattr(glyphcanchi, "CANCHI_NAMES", False)
    assert gold not in _repair(broken)
