"""The lost-glyph search's lazy scoring changes which scores are asked, never a result.

pipeline/repair/glyphbound.py bounds DocumentLM.score from above; GlyphSolver.solve leaves a
word edge unscored when that ceiling cannot reach the beam.  Here, on sample directives
whose glyphs benchmarks/corrupt.py drops: every score the repair asks is at most its
ceiling, and the repair with the ceilings at +inf (every edge and every state scored, the
eager search) gives the same lines and repair rows as the lazy one.  No timing here: speed is
measured by benchmarks/repair_speed.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import glyphbound, glyphs
from pipeline.repair import repair as repair_doc
from pipeline.repair.lexicon import DocumentLM

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.corrupt import corrupt  # noqa: E402
from benchmarks.repair_speed import output_digest  # noqa: E402

# a city department's letter, a provincial action programme, a Prime Minister's directive
SAMPLES = ["01_danang_sgddt_congvan1906_covid_2020.txt", "02_kontum_ubnd_qd435_chuongtrinhhanhdong_2020.txt",
           "04_ttg_chithi299_dodac_1980.txt"]


def _broken(name: str, seed: int) -> str:
    text = (ROOT / "samples" / "text" / name).read_text(encoding="utf-8")
    return corrupt(text, "glyph", seed)[0]


def _repair(text: str) -> str:
    return output_digest(repair_doc(Document(doc_id="t", lines=lines_from_text(text)), Config()))


def test_every_score_asked_is_under_its_ceiling(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[DocumentLM, str, str | None, float]] = []
    real = DocumentLM._score

    def record(self: DocumentLM, word: str, prev: str | None, nxt: str | None = None) -> float:
        got = real(self, word, prev, nxt)
        if nxt is None:
            asked.append((self, word, prev, got))
        return got

    monkeypatch.setattr(DocumentLM, "_score", record)
    for name in SAMPLES[:2]:
        _repair(_broken(name, 0))
    assert len(asked) > 1000
    over = [(w, p, v, glyphbound.score_ceiling(d, w)) for d, w, p, v in asked
            if v > glyphbound.score_ceiling(d, w)]
    assert not over, over[:5]
    # the ceiling is not +inf: the model's bound is in use
    assert all(glyphbound.score_ceiling(d, w) < float("inf") for d, w, _p, _v in asked[:100])


def test_the_lazy_search_is_the_eager_one(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [_broken(name, seed) for name in SAMPLES for seed in (0, 1)]
    lazy = [_repair(t) for t in texts]
    read = {"keys": 0}
    real_key = glyphs.GlyphSolver._score_key

    def count(self, group):
        read["keys"] += 1
        return real_key(self, group)

    # every ceiling +inf: no key is left unread, no state skipped (the eager search)
    monkeypatch.setattr(glyphs, "score_ceiling", lambda dlm, lw: float("inf"))
    monkeypatch.setattr(glyphs, "ceilings_of", lambda dlm: {})
    monkeypatch.setattr(glyphs.GlyphSolver, "_score_key", count)
    eager = [_repair(t) for t in texts]
    assert read["keys"] > 0
    assert lazy == eager
