"""DocumentLM._score keeps each word's own parts (normal form, model key, unseen flag,
unigram nudge) per document: the scores are the very floats of the formula written out.

The reference below is the formula as it stood before the memo (session 28's code): every
score the lost-glyph repair asks on sample directives, damaged by benchmarks/corrupt.py, must
equal it exactly -- the search compares sums of these floats, so any rounding change could
turn a tie.
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

import pipeline.repair.lexicon as lexicon_module
from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair as repair_doc
from pipeline.repair.lexicon import DocumentLM, norm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.corrupt import corrupt  # noqa: E402

SAMPLES = ["01_danang_sgddt_congvan1906_covid_2020.txt", "04_ttg_chithi299_dodac_1980.txt"]


def _reference(dlm: DocumentLM, word: str, prev: str | None, nxt: str | None) -> float:
    w = norm(word)
    lex = dlm.lex
    key = (norm(prev) if prev else None, norm(w))
    lp = lex._cache.get(key)
    if lp is None:
        lp = lex.logprob(w, prev)
    if lexicon_module.UNSEEN_AS_RAREST and w in lex.unseen:
        lp = lex.rarest
    s = lp * math.log(10)
    c = dlm.uni.get(w, 0)
    s += 1.2 * math.log1p(min(c, 20))
    if prev is not None:
        s += 2.5 * math.log1p(dlm.bi.get((norm(prev), w), 0))
    if nxt is not None:
        s += 2.5 * math.log1p(dlm.bi.get((w, norm(nxt)), 0))
    return s


def test_scores_are_the_formulas_floats(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = []
    real = DocumentLM._score

    def record(self: DocumentLM, word: str, prev: str | None, nxt: str | None = None) -> float:
        got = real(self, word, prev, nxt)
        asked.append((self, word, prev, nxt, got))
        return got

    monkeypatch.setattr(DocumentLM, "_score", record)
    for name in SAMPLES:
        text = corrupt((ROOT / "samples" / "text" / name).read_text(encoding="utf-8"), "glyph", 0)[0]
        repair_doc(Document(doc_id="t", lines=lines_from_text(text)), Config())
    assert len(asked) > 1000
    assert any(p is None for _d, _w, p, _x, _g in asked) and any(x is not None for _d, _w, _p, x, _g in asked)
    bad = [(w, p, x) for d, w, p, x, got in asked if got != _reference(d, w, p, x)]
    assert not bad, bad[:5]


def test_an_unseen_syllable_scores_as_the_rarest() -> None:
    dlm = DocumentLM(["Công tác phòng chống dịch bệnh"])
    lex = dlm.lex
    if not lex.unseen:
        pytest.skip("no model")
    w = sorted(lex.unseen)[0]
    assert dlm.score(w, "công") == _reference(dlm, w, "công", None)
    assert dlm.score(w, None) == _reference(dlm, w, None, None)
