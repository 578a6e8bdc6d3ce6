"""The lost-glyph search's compiled word walk (pipeline/repair/glyphwords.py) lists the same
words, with the same fills, in the same order as the Python loop it replaces.

Every position a repair's searches ask is asked of both: two development sample directives
damaged by benchmarks/corrupt.py's lost-glyph kind at two seeds, through the whole repair
(first pass, second look, the document search, re-readings), so the walk meets real lines:
runs of spaces, bare words of lost letters, marks, capitals, tables.  Then the whole repair
with the compiled walk and with the Python loop gives the same lines and repair rows.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("numba")

import pipeline.repair.glyphs as glyphs  # noqa: E402
from pipeline.config import Config  # noqa: E402
from pipeline.model import Document, lines_from_text  # noqa: E402
from pipeline.repair import repair as repair_doc  # noqa: E402
from pipeline.repair.glyphs import GlyphSolver  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.corrupt import corrupt  # noqa: E402
from benchmarks.repair_speed import output_digest  # noqa: E402

SAMPLES = ["01_danang_sgddt_congvan1906_covid_2020.txt", "04_ttg_chithi299_dodac_1980.txt"]


def _damaged(name: str, seed: int) -> str:
    return corrupt((ROOT / "samples" / "text" / name).read_text(encoding="utf-8"), "glyph", seed)[0]


def _repair(text: str, name: str) -> Document:
    return repair_doc(Document(doc_id=name, lines=lines_from_text(text)), Config())


def test_compiled_walk_lists_the_python_loops_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(glyphs.glyphwords, "ENABLED", True)
    real = GlyphSolver._words_from
    asked = {"calls": 0, "words": 0, "filled": 0, "bare": 0}

    def both(self: GlyphSolver, line: str, p: int, protected: frozenset[int]):
        got = real(self, line, p, protected)
        self._compiled = False
        try:
            want = real(self, line, p, protected)
        finally:
            self._compiled = True
        assert got == want, (line, p)
        asked["calls"] += 1
        asked["words"] += len(got)
        asked["filled"] += sum(1 for _j, _w, f in got if f)
        asked["bare"] += sum(1 for _j, w, f in got if f and len(f) == len(w))
        return got

    real_compiled = GlyphSolver._words_compiled

    def compiled(self: GlyphSolver, line: str, p: int, bare_ok: bool):
        got = real_compiled(self, line, p, bare_ok)
        asked["compiled" if got is not None else "overflow"] += 1
        return got

    asked["compiled"] = asked["overflow"] = 0
    monkeypatch.setattr(GlyphSolver, "_words_from", both)
    monkeypatch.setattr(GlyphSolver, "_words_compiled", compiled)
    for seed in (0, 1):
        for name in SAMPLES:
            _repair(_damaged(name, seed), name)
    assert asked["calls"] > 500 and asked["filled"] > 1000 and asked["bare"] > 0, asked
    # the walks ran compiled (a code token or a table's padding is answered before the walk)
    assert asked["overflow"] == 0 and asked["compiled"] > 0.9 * asked["calls"], asked


def test_repair_is_the_same_with_and_without_the_compiled_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SAMPLES:
        text = _damaged(name, 2)
        monkeypatch.setattr(glyphs.glyphwords, "ENABLED", True)
        fast = output_digest(_repair(text, name))
        monkeypatch.setattr(glyphs.glyphwords, "ENABLED", False)
        slow = output_digest(_repair(text, name))
        assert fast == slow, name


def test_without_numba_the_python_loop_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    # (numba missing at the first walk: walk() hands every position back to the Python loop)
    name = SAMPLES[0]
    text = _damaged(name, 1)
    monkeypatch.setattr(glyphs.glyphwords, "ENABLED", False)
    want = output_digest(_repair(text, name))
    monkeypatch.setattr(glyphs.glyphwords, "ENABLED", True)
    monkeypatch.setattr(glyphs.glyphwords, "_COMPILED", False)
    assert glyphs.glyphwords.walk() == -1
    assert output_digest(_repair(text, name)) == want
