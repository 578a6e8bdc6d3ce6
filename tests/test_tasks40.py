"""tasks40: a cited document's number that a hard wrap put at the start of a line goes on its citation.

Texts: pending fr1 (a chairman's Chỉ thị, 'Quán triệt tinh thần Chỉ thị số' / '18/CT-TTg ngày ...'), development 08
(a Government resolution, 'tại Công điện số' / '36/CĐ-TTg ...') and o4 (a tax department's letter, 'Quyết định số' /
'41/QĐ-TCT ...'), none in a standing set.
"""
from __future__ import annotations

import sys
from pathlib import Path

from conftest import extracted_tasks, structured_text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extract.citedwrap import cited_number_line  # noqa: E402
from pipeline.extract.sentences import block_sentences, build_blocks  # noqa: E402


def _text(folder: str, stem: str) -> str:
    return next((ROOT / folder).glob(stem + "*.txt")).read_text(encoding="utf-8")


def _pair(text: str, start: str) -> tuple[str, str]:
    """(the line before, the line) for the line of ``text`` that opens on ``start``."""
    lines = text.splitlines()
    k = next(i for i, x in enumerate(lines) if x.startswith(start))
    return lines[k - 1], lines[k]


def test_a_cited_number_at_a_line_start_is_no_item_label():
    for folder, stem, start in (("samples/gold/pending", "fr1_", "18/CT-TTg"), ("samples/text", "08_cp_nq122", "36/CĐ-TTg"),
                                ("samples/text", "o4_tct_congvan1770", "41/QĐ-TCT")):
        before, line = _pair(_text(folder, stem), start)
        assert cited_number_line(line, before), (stem, before[-30:], line[:20])
    # an item label after a line that stops on 'số' keeps its list: no symbol with a hyphen follows the slash
    before, _ = _pair(_text("samples/gold/pending", "fr1_"), "18/CT-TTg")
    assert not cited_number_line("2/ Kiểm tra, đôn đốc việc triển khai ...", before)
    # nor a number after a line that ends its sentence
    assert not cited_number_line("36/CĐ-TTg ngày 25 tháng 4 năm 2026 ...", "Thực hiện Công điện số 35/CĐ-TTg.")


def test_the_sentence_keeps_its_citation():
    text = _text("samples/text", "08_cp_nq122")
    sentences = [s.text for b in build_blocks(structured_text(text)) for s in block_sentences(b)]
    assert any("Công điện số 36/CĐ-TTg ngày 25 tháng 4 năm 2026" in s for s in sentences)
    assert not any(s.startswith("CĐ-TTg ngày 25 tháng 4") for s in sentences)


def test_fr1s_ask_is_read_whole():
    tasks = extracted_tasks(_text("samples/gold/pending", "fr1_"))
    assert any(t.text.startswith("Quán triệt tinh thần Chỉ thị số 18/CT-TTg ngày 13/4/2020") for t in tasks)
    assert not any(t.text.startswith("CT-TTg ngày 13/4/2020") for t in tasks)


def test_the_older_enacting_article_is_no_task():
    # 'Điều 1. Nay ban hành kèm theo Quyết định này ...' (unseen_repair m1, pending fr2) reads as 'Ban hành kèm theo'
    for folder, stem in (("samples/unseen_repair", "m1_hcm_ubnd_qd49"), ("samples/gold/pending", "fr2_")):
        tasks = extracted_tasks(_text(folder, stem))
        assert not any(t.text.startswith("Nay ban hành kèm theo") for t in tasks), stem
        assert any("chịu trách nhiệm thi hành" in t.text or "căn cứ chức năng" in t.text for t in tasks), stem
