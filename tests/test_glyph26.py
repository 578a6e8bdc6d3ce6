"""Session 23 (issue #3): a syllable the model never counted is no favourite of the search.

The inventory the lost-glyph search fills from holds Viet74K's syllables as well as the
model's; 54 of them ('phẹc', 'cen', 'lếp', 'líc') the model never counted, and it scored each
as its '<unk>' class, the mass of every token its corpus left out (log10 -2.29, above 'pháo'
-3.76).  A gap both fit was read as the loan: 'về ph   trên' as 'phẹc' for 'pháo', and the
lost set's inference counted the loan's letters ('ẹ') as lost.  Such a syllable now scores
as the model's rarest one in the search (:attr:`pipeline.repair.lexicon.Lexicon.unseen`,
UNSEEN_AS_RAREST); the other repairers keep the model's score."""
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import lexicon as lexicon_module
from pipeline.repair.glyphs import repair_glyphs
from pipeline.repair.lexicon import DocumentLM, lexicon

# a provincial portal's item on firecrackers (samples/unseen_repair, Lào Cai 2025): four long
# lines, 'pháo' in each
_ITEM = Path(__file__).resolve().parent.parent / "samples" / "unseen_repair" / "a12_laocai_ctubnd_phao_2025_news.txt"


def _lose(line: str, lost: str) -> str:
    return "".join(" " if c in lost else c for c in line)


def _repaired(lines: list[str]) -> list[str]:
    doc = Document(doc_id="t", lines=lines_from_text("\n".join(lines)))
    return [ln.text for ln in repair_glyphs(doc, Config()).lines]


def test_unseen_syllables_score_as_the_rarest():
    lex = lexicon()
    assert {"phẹc", "cen", "lếp", "líc"} <= lex.unseen
    assert not {"pháo", "con", "lập", "các"} & lex.unseen
    assert lex.seen_logprob("phẹc") == lex.rarest < lex.seen_logprob("pháo")
    # the model's own score is unchanged (the other repairers read it)
    assert lex.logprob("phẹc") > lex.logprob("pháo")
    dlm = DocumentLM(["Công an tỉnh tăng cường quản lý."], lex)
    assert dlm.score("phẹc", "về") < dlm.score("pháo", "về")
    assert dlm.score("cen", "<num>") < dlm.score("con", "<num>")


def test_a_common_word_beats_a_loan_both_gaps_fit():
    gold = _ITEM.read_text(encoding="utf-8").splitlines()
    out = _repaired([_lose(t, "caoếá") for t in gold])
    assert not any("phẹc" in t for t in out)
    assert out[0].count("pháo") == gold[0].count("pháo")
    assert sum(t.count("pháo") for t in out) >= sum(t.count("pháo") for t in gold) - 1


def test_the_switch_keeps_the_old_reading(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(lexicon_module, "UNSEEN_AS_RAREST", False)
    lex = lexicon()
    assert lex.seen_logprob("phẹc") == lex.logprob("phẹc")
    assert DocumentLM([], lex).score("phẹc", "về") > DocumentLM([], lex).score("pháo", "về")


# a district's notice of its chairman's hours (samples/unseen_repair, Ngân Sơn 2021): two
# lines set in a font that lost 'o', 'c', 'ơ', 'á', '7', '1'
_NOTICE = _ITEM.parent / "t7_backan_nganson_ubnd_tb_lichtiepcongdan_chutich_2021.txt"


def _notice_damaged() -> tuple[list[str], list[str]]:
    gold = _NOTICE.read_text(encoding="utf-8").splitlines()
    damaged = list(gold)
    for k in (16, 18):
        damaged[k] = _lose(gold[k], "ocơá71")
    return gold, damaged


def test_two_lightly_damaged_lines_name_their_letters():
    """The first pass sees each letter once ('báo', 'đơn'); the second look confirms them and
    adds 'c' ('thực'): together they are the set, and the lines are read whole."""
    gold, damaged = _notice_damaged()
    out = _repaired(damaged)
    assert out[18] == gold[18]
    assert out[16] == gold[16]


def test_the_light_switch_keeps_the_old_reading(monkeypatch: pytest.MonkeyPatch):
    from pipeline.repair import glyphs

    monkeypatch.setattr(glyphs, "LIGHT_CONFIRMED", False)
    _gold, damaged = _notice_damaged()
    assert _repaired(damaged)[18] == damaged[18]
