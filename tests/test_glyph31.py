"""Session 28 (issue #3): a word lost whole right before a closing mark.

A font that lost every letter of a short word prints it as a run of spaces; the search
reads such a word of lost letters alone (a 'bare' word) only between two spaces ('bảo hiểm
  tế' = 'bảo hiểm y tế').  Before a comma, a colon or a full stop the word's run ends at
the mark, not at a space ('trách nhiệm    , tuyệt đối' for 'trách nhiệm cao, tuyệt đối';
'(thịt,   , rau' for '(thịt, cá, rau'), and the gap was kept.  A sentence's closing mark
(a space or the line's end after it) now ends a bare word as a space does; a mark glued to a
digit ('  ,5') does not."""
import pytest

from pipeline.repair import glyphs
from pipeline.repair.glyphs import GlyphSolver

from tests.test_glyph28 import _solver


def _lose(text: str, lost: str) -> str:
    return "".join(" " if c in lost else c for c in text)


INTACT = ["Các địa phương tổ chức thực hiện nghiêm túc kế hoạch này."]
# a provincial chairman's item on prices (Bắc Giang): a list of goods, one of them a word
# of lost letters alone between two commas
GOODS = "bảo đảm cân đối cung, cầu các mặt hàng nông sản thiết yếu (thịt, cá, rau, quả"


def test_a_word_lost_whole_before_a_comma_is_read():
    line = _lose(GOODS, "caoâá")
    assert "(thịt,   , r u" in line
    assert _solver(INTACT, "caoâá").solve(line).text == GOODS


def test_the_switch_off_keeps_the_gap(monkeypatch: pytest.MonkeyPatch):
    line = _lose(GOODS, "caoâá")
    with monkeypatch.context() as mp:
        mp.setattr(glyphs, "BARE_BEFORE_MARK", False)
        assert "(thịt,   , rau" in _solver(INTACT, "caoâá").solve(line).text


def test_a_word_lost_whole_before_a_comma_in_a_sentence():
    gold = "Toàn bộ hệ thống chính trị vào cuộc với tinh thần trách nhiệm cao, tuyệt đối không được chủ quan"
    out = _solver(INTACT, "caoếá").solve(_lose(gold, "caoếá")).text
    # a word stands before the comma now (the model weighs 'cao' against 'các'); no gap is left
    assert "nhiệm    ," not in out and "nhiệm " in out and out.split("nhiệm ")[1].split(",")[0].isalpha()


def test_only_a_sentence_mark_ends_a_bare_word():
    assert GlyphSolver._mark_after_bare("thịt,   , rau", 8)
    assert GlyphSolver._mark_after_bare("trách nhiệm    .", 15)
    # a decimal comma glued to its digits is a number's gap, not a word's end
    assert not GlyphSolver._mark_after_bare("tăng    ,5 lần", 8)


# --- a capital letter alone joined to the lower-case word after it ('Bộ X y dựng')

from pathlib import Path

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair.glyphs import join_spans, repair_glyphs
from pipeline.repair.lexicon import lexicon

_ITEM = Path(__file__).resolve().parent.parent / "samples" / "unseen_repair" / "y26_bxd_thanhtra_trattuxaydung_news.txt"


def test_a_capital_letter_and_the_word_after_it_are_searched_as_one():
    lost = {c: 0.0 for c in "caoâá"}
    line = _lose("(Chinhphu.vn) - Bộ Xây dựng đề nghị UBND các tỉnh", "caoâá")
    assert "Bộ X y dựng" in line
    a = line.index("X y")
    assert (a, a + 3) in join_spans(line, lost, lexicon())


def test_the_capital_letter_switch_off_and_the_pairs_it_leaves(monkeypatch: pytest.MonkeyPatch):
    lost = {c: 0.0 for c in "caoâá"}
    line = _lose("(Chinhphu.vn) - Bộ Xây dựng đề nghị UBND các tỉnh", "caoâá")
    a = line.index("X y")
    with monkeypatch.context() as mp:
        mp.setattr(glyphs, "CAPITAL_LETTER_JOINS", False)
        assert (a, a + 3) not in join_spans(line, lost, lexicon())
    # a Roman number before a word, a list's letters: no syllable joins them, no span
    assert join_spans("Đại hội Đảng bộ lần thứ X kỳ họp thứ hai", lost, lexicon()) == []
    assert join_spans("các nhóm A, B và C được hỗ trợ", lost, lexicon()) == []


def test_the_ministry_name_restored_in_a_real_item():
    # a press item of the Ministry of Construction (Chinhphu.vn): the title line printed
    # whole, the font of the body lost 'c', 'a', 'o', 'â', 'á'
    gold = _ITEM.read_text(encoding="utf-8").splitlines()
    damaged = [gold[0]] + [_lose(t, "caoâá") for t in gold[1:]]
    assert "Bộ X y dựng" in damaged[2]
    doc = Document(doc_id="t", lines=lines_from_text("\n".join(damaged)))
    out = [ln.text for ln in repair_glyphs(doc, Config()).lines]
    assert "Bộ Xây dựng đề nghị" in out[2]


# --- a bare word whose run of spaces holds a cut neighbour's lost letters too

# a provincial committee's cable on public investment (Tuyên Quang): 'báo cáo' with 'c',
# 'a', 'o', 'â', 'á' lost is 'b' and eight spaces before the rest of the next word
REPORT = "Theo báo cáo của Kho bạc Nhà nước tỉnh, đến hết tháng 10-2023, tỷ lệ giải ngân vốn đầu tư công"


def test_a_bare_word_beside_a_cut_word_is_read():
    line = _lose(REPORT, "caoâá")
    assert line.startswith("The  b        ủ  Kh ")
    assert _solver(INTACT, "caoâá").solve(line).text == REPORT


def test_the_fragment_slack_switch_off_leaves_the_run(monkeypatch: pytest.MonkeyPatch):
    line = _lose(REPORT, "caoâá")
    with monkeypatch.context() as mp:
        mp.setattr(glyphs, "BARE_BESIDE_FRAGMENTS", False)
        assert "báo     của" in _solver(INTACT, "caoâá").solve(line).text


def test_a_run_between_whole_words_gets_no_slack():
    solver = _solver(INTACT, "caoâá")
    line = "| Phòng Tài chính | và        đơn vị |"
    solver.solve(line)  # (sets the line's runs)
    a = line.index("và") + 3
    # 'và' and 'đơn' are whole syllables: the run is the layout's, not a cut word's
    assert not solver._fragment_beside_run(line, a, a + 4)
    cut = "có b        hính thức"
    solver.solve(cut)
    assert solver._fragment_beside_run(cut, cut.index("b") + 1, cut.index("hính") - 1)
