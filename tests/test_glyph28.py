"""Session 25 (issue #3): the two-word choice for a capitalised word inside a sentence.

The search reads each word with the word before it, and the re-reading of restored words
with two words either side (:func:`pipeline.repair.glyphs.rescore_fills`) took lower-case
words only.  A name's syllable the gaps leave open was read as the common word it spells:
'Nguyễn Hữu Qu ' as 'Qua' for 'Quế', 'xã L  Dêê' as 'Là', 'Luật B   hành' as 'Bảo'.  A
capitalised word inside a sentence is now read again too, weighed by the model's
P(Capitalised | syllable) and by the document's own capitalised copies in its sentences
(beside the lower-case counts, which keep a capitalised common word: the seed's 'thứ N m'
stays 'Năm'); a number beside the word is the window's '<num>' (it ended the window before).  A capitalised word that opens a sentence is left as
the search read it (any word is capitalised there)."""
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import glyphs
from pipeline.repair.glyphs import GlyphSolver, capitalised_counts, repair_glyphs, rescore_fills
from pipeline.repair.lexicon import DocumentLM, lexicon

# a provincial paper's item on fuel supply (samples/unseen_repair, Gia Lai 2026): the vice
# chairman's name in each of its four lines
_ITEM = Path(__file__).resolve().parent.parent / "samples" / "unseen_repair" / "b8_gialai_pctubnd_cungung_xangdau_2026_news.txt"


def _solver(intact: list[str], lost: str) -> GlyphSolver:
    s = GlyphSolver(DocumentLM(intact, lexicon()), {c: 0.0 for c in lost}, fill_cost=1.0, allow_bare=True, max_fills=4)
    s.intact_texts = intact
    return s


def _reread(line: str, word: str, gaps: list[int], solver: GlyphSolver) -> str:
    a = line.index(word)
    return rescore_fills(line, [(a + k, word[k]) for k in gaps], solver)[0]


def test_capitalised_counts_hold_words_inside_sentences_only():
    got = capitalised_counts(["Theo Sở Y tế, xã La Dêê và xã Là Đông.", "1. Bộ Y tế chủ trì; Sở phối hợp."])
    assert got["la"] == 1 and got["là"] == 1 and got["sở"] == 1 and got["y"] == 2
    assert "theo" not in got and "bộ" not in got  # (a line's first word, one after a label)


def test_a_given_name_beats_the_common_word_inside_a_sentence(monkeypatch: pytest.MonkeyPatch):
    line = "Phó Chủ tịch UBND tỉnh Gia Lai Nguyễn Hữu Qua yêu cầu các sở, ngành triển khai."
    solver = _solver(["Các sở, ngành báo cáo kết quả thực hiện."], "caoếá")
    assert "Hữu Quế yêu cầu" in _reread(line, "Qua", [2], solver)
    monkeypatch.setattr(glyphs, "CAPITALISED_RESCORE", False)
    assert "Hữu Qua yêu cầu" in _reread(line, "Qua", [2], solver)


def test_the_document_capitalised_copy_outweighs_the_common_word():
    intact = ["Sáp nhập xã La Dêê và xã Đắc Tôi thành một xã.", "Đây là xã miền núi, là xã biên giới, là nơi khó khăn."]
    line = "Sắp xếp xã Là Dêê thành xã mới."
    assert "xã La Dêê" in _reread(line, "Là", [1], _solver(intact, "aàoy"))


def test_a_capitalised_common_word_the_document_prints_stays():
    # (the seed, samples/text/000_...: 'chiều thứ N m hằng tuần', 'năm' printed 29 times,
    # 'Nam' never; the model's case counts alone favour 'Nam' of 'Việt Nam')
    intact = ["Báo cáo kết quả năm 2023 và kế hoạch năm 2024 trong năm học mới."] * 8
    line = "Họp giao ban vào chiều thứ Năm hằng tuần; có chương trình công tác cụ thể."
    assert "thứ Năm hằng" in _reread(line, "Năm", [1], _solver(intact, "aăâmư"))


def test_a_sentence_opener_is_left_as_the_search_read_it():
    line = "Qua triển khai các bước tuyển chọn, huyện đã phát lệnh gọi nhập ngũ."
    assert _reread(line, "Qua", [2], _solver(["Kết quả triển khai được báo cáo."], "caoếáả")).startswith("Qua ")


def test_the_vice_chairman_name_restored_in_a_real_item():
    gold = _ITEM.read_text(encoding="utf-8").splitlines()
    damaged = [gold[0]] + ["".join(" " if c in "caoếá" else c for c in t) for t in gold[1:]]
    doc = Document(doc_id="t", lines=lines_from_text("\n".join(damaged)))
    out = [ln.text for ln in repair_glyphs(doc, Config()).lines]
    assert sum(t.count("Nguyễn Hữu Quế") for t in out) >= 3
    assert not any("Hữu Qua" in t for t in out)
