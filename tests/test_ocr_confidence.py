"""Tesseract's word confidences in the OCR repair (pipeline/repair/ocrconf.py and the uses in
pipeline/repair/ocr.py).  The sentences are written for these tests in the shape of the real
readings' failures (samples/real_ocr lp1-lp3: 'điều đó' read sure and rewritten 'điều độ', a
doubted 'cân' left for 'cần', 'Đà Năng' for 'Đà Nẵng'), never copied from them."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.model import Document, Line, lines_from_text
from pipeline.repair import repair
from pipeline.repair.ocrconf import confidence_at, word_confidences

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _line(text: str, confs: list[float]) -> Line:
    import re

    ln = Line(number=1, text=text)
    ln.ocr_words = [(m.start(), m.end(), c) for m, c in zip(re.finditer(r"\S+", text), confs)]
    return ln


def _repair(text: str, conf: int | None) -> str:
    doc = Document(doc_id="t", lines=lines_from_text(text))
    doc.meta["ocr"] = True
    if conf is not None:
        for ln in doc.lines:
            _set(ln, conf)
    return repair(doc, Config()).lines[0].text


def _set(ln: Line, conf: int) -> None:
    import re

    ln.ocr_words = [(m.start(), m.end(), conf / 100) for m in re.finditer(r"\S+", ln.text)]
    ln.ocr_confidence = conf / 100


def test_confidences_follow_the_words_of_an_unchanged_line():
    ln = _line("các đơn vị cân tập trung", [0.96, 0.96, 0.95, 0.81, 0.96, 0.97])
    got = word_confidences(ln)
    assert [(ln.text[s:e], c) for s, e, c in got] == [
        ("các", 0.96), ("đơn", 0.96), ("vị", 0.95), ("cân", 0.81), ("tập", 0.96), ("trung", 0.97)]
    assert confidence_at(got, ln.text.index("cân") + 1) == 0.81
    assert confidence_at(got, len(ln.text) + 5) is None


def test_confidences_survive_an_earlier_repair_of_the_line():
    ln = _line("Các đơn vị cân tập trung ®", [0.96, 0.96, 0.95, 0.81, 0.96, 0.97, 0.30])
    ln.text = "Các đơn vị cân tập trung"  # the speck removed by an earlier step
    got = {ln.text[s:e]: c for s, e, c in word_confidences(ln)}
    assert got["cân"] == 0.81 and got["trung"] == 0.97
    ln.text = "Các đơn vị cần tập trung"  # a word replaced by one: its counterpart's confidence
    got = {ln.text[s:e]: c for s, e, c in word_confidences(ln)}
    assert got["cần"] == 0.81
    ln.text = "Các đơn vị cân tậptrung"  # two words run together: no confidence for the new one
    got = {ln.text[s:e]: c for s, e, c in word_confidences(ln)}
    assert "tậptrung" not in got and got["cân"] == 0.81


def test_a_line_without_confidences_has_none():
    assert word_confidences(Line(number=1, text="các đơn vị cân tập trung")) == []


def test_a_word_read_sure_is_not_rewritten_into_a_dictionary_pair():
    text = "Công việc này rất khó khăn, điều đó đòi hỏi sự phối hợp của các ngành."
    assert _repair(text, 96) == text
    assert "điều độ" in _repair(text, None)  # without confidences the pair rule rewrites it


def test_a_doubted_word_gets_its_mark_back_where_a_sure_one_keeps_it(monkeypatch):
    # the confidence rule alone: in a one-sentence text the document-count prior (ocrsyn9's
    # DOC_FREQ_WEIGHT) leans against 'cần', which the text never prints, and would decide
    # the case for both confidences; a whole letter prints its common words again and again
    import pipeline.repair.ocr as ocr

    monkeypatch.setattr(ocr, "DOC_FREQ_WEIGHT", 0.0)
    text = "Trong năm tới, các đơn vị cân tập trung chỉ đạo thực hiện."
    assert "đơn vị cần tập trung" in _repair(text, 85)
    assert "đơn vị cân tập trung" in _repair(text, 96)


def test_a_rare_name_syllable_its_first_half_predicts():
    assert _repair("Hội nghị được tổ chức tại thành phố Đà Năng.", None).endswith("Đà Nẵng.")
    # the rule is for a name's second half: a lower-case word keeps the unigram floor
    assert _repair("Các em nói năng lễ phép với thầy cô.", None) == "Các em nói năng lễ phép với thầy cô."


def test_every_real_reading_with_confidences_matches_its_words():
    from benchmarks.repair import real_ocr_confidences

    real = ROOT / "samples" / "real_ocr"
    for p in sorted((real / "ocr").glob("*.txt")):
        conf = real_ocr_confidences(p.stem)
        if conf is None:
            continue
        lines = p.read_text(encoding="utf-8").rstrip("\n").split("\n")
        assert len(conf) == len(lines), p.name
        for ln, row in zip(lines, conf):
            assert len(row.split()) == len(ln.split()), (p.name, ln)
            assert all(0 <= int(x) <= 100 for x in row.split())


@pytest.mark.slow
def test_confidences_lower_the_errors_left_on_the_real_readings():
    """All real readings with their confidences: repaired with them, fewer words stay wrong
    than without, and no more lines are damaged (session 9: see samples/real_ocr/SOURCES.md)."""
    from benchmarks.repair import _lines, real_ocr_confidences, real_ocr_pairs, run
    from pipeline.eval import score_repair_lines

    with_c = without = damaged_with = damaged_without = 0
    for name, text, gold, marked in real_ocr_pairs():
        conf = real_ocr_confidences(name)
        if conf is None:
            continue
        a = score_repair_lines(_lines(text), run(text, marked, conf)[0], _lines(gold))
        b = score_repair_lines(_lines(text), run(text, marked)[0], _lines(gold))
        with_c += a["err_out"]
        without += b["err_out"]
        damaged_with += a["damaged"]
        damaged_without += b["damaged"]
    assert without and with_c < without
    assert damaged_with <= damaged_without


def test_tesseract_dashes_and_ellipses_on_its_own_lines_only():
    text = "Phát triển kinh tế — xã hội, các nhóm nghiên cứu.."
    assert _repair(text, 96) == "Phát triển kinh tế – xã hội, các nhóm nghiên cứu..."
    # typed text (no word confidences) keeps its own em dash and dots, even marked OCR'd
    assert _repair(text, None) == text
    # numbers, a full ellipsis and an unspaced dash are left alone
    for keep in ("Đạt 2.. 3 điểm", "các nhóm nghiên cứu...", "năm 2020—2025 các đơn vị"):
        assert _repair(keep, 96) == keep


def test_a_table_rule_read_as_a_bar_on_a_scanned_line():
    assert _repair("Kinh phí | 2/2011 | Sở Tài chính", 96) == "Kinh phí 2/2011 Sở Tài chính"
    assert _repair("| Văn phòng Sở", 96) == "Văn phòng Sở"
    # typed schedules keep their cells
    assert _repair("Thứ Hai | 8 giờ | Họp giao ban", None) == "Thứ Hai | 8 giờ | Họp giao ban"


@pytest.mark.parametrize("line, fixed", [
    ("Đẩy mạnh công tác tuyên truyền để người dân, doanh nghiệp -", "Đẩy mạnh công tác tuyên truyền để người dân, doanh nghiệp"),
    ("Xây dựng mạng WAN cáp quang đến các xã -", "Xây dựng mạng WAN cáp quang đến các xã"),
    ("các cơ quan đã xây dựng được trang –", "các cơ quan đã xây dựng được trang"),
])
def test_a_lone_dash_closing_a_scanned_line_is_a_speck(line, fixed):
    assert _repair(line, 96) == fixed
    assert _repair(line, None) == line  # typed text keeps it (a compound wrapped at its dash)


@pytest.mark.parametrize("line", [
    "thực hiện trong giai đoạn 2021 -",          # a range wrapped
    "tuyến đường Côn Minh - Lào Cai -",          # a dashed list of names wrapped
    "Độc lập -",                                 # too short to tell
])
def test_a_dash_that_wraps_a_range_or_a_list_is_kept(line):
    assert _repair(line, 96) == line
