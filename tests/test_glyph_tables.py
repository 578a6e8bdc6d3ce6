"""The lost-glyph search's tables filled from lexicon-wide ones give the answers the per-solver
formulas gave (session 29's code, written out below as the reference).

Each table is asked on sample directives damaged by benchmarks/corrupt.py, through the whole
repair, and every answer it gives is compared with the formula: the letters a word may take
at a space before a letter (``_fills_before``), the syllables a shape fits with lost letters
in its gaps (``fits``), the syllables a rescue may add a letter with (``rescue_word``'s filter),
and the bare-word tests of a run of spaces (memoised per line).  Order matters as much as the
set: the search's ties go to the first candidate pushed.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import pipeline.repair.glyphs as glyphs
from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair as repair_doc
from pipeline.repair.glyphs import GlyphSolver, _pattern_matches

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.corrupt import corrupt  # noqa: E402

SAMPLES = ["01_danang_sgddt_congvan1906_covid_2020.txt", "04_ttg_chithi299_dodac_1980.txt"]


def _repair_damaged(seed: int = 0) -> None:
    for name in SAMPLES:
        text = corrupt((ROOT / "samples" / "text" / name).read_text(encoding="utf-8"), "glyph", seed)[0]
        repair_doc(Document(doc_id=name, lines=lines_from_text(text)), Config())


def test_fills_before_is_the_filter_over_the_lost_set(monkeypatch: pytest.MonkeyPatch) -> None:
    solvers: list[GlyphSolver] = []
    real_init = GlyphSolver.__init__

    def init(self: GlyphSolver, *args, **kwargs) -> None:
        real_init(self, *args, **kwargs)
        solvers.append(self)

    monkeypatch.setattr(GlyphSolver, "__init__", init)
    # the table belongs to the Python word walk (the compiled one, glyphwords, reads the trie)
    monkeypatch.setattr(glyphs.glyphwords, "ENABLED", False)
    _repair_damaged()
    checked = 0
    for solver in solvers:
        for (lw, after), xs in solver._next_lost_before.items():
            nxt = "".join(filter(solver.lost.__contains__, solver.next_chars.get(lw, "")))
            assert xs == tuple(x for x in nxt if lw + x + after in solver.prefixes), (lw, after)
            checked += 1
    assert checked > 100  # the damaged lines asked many pairs


def test_fits_and_rescues_keep_the_syllables_order(monkeypatch: pytest.MonkeyPatch) -> None:
    solvers: list[GlyphSolver] = []
    rescues: list[tuple[str, list[int], dict, frozenset, list[str]]] = []
    real_fits = GlyphSolver.fits
    real_rescue = glyphs.rescue_word

    def fits(self: GlyphSolver, shape: str) -> tuple[str, ...]:
        solvers.append(self)
        return real_fits(self, shape)

    def rescue(word, gaps, solver, rescue, prev, nxt, memo=None):
        memo = {} if memo is None else memo
        got = real_rescue(word, gaps, solver, rescue, prev, nxt, memo)
        gapset = set(gaps)
        shape = "".join("?" if k in gapset else ch.lower() for k, ch in enumerate(word))
        if word.isalpha() and gaps and (shape, id(solver.lost)) in memo:
            rescues.append((shape, list(gaps), solver.lost, rescue, memo[(shape, id(solver.lost))]))
        return got

    monkeypatch.setattr(GlyphSolver, "fits", fits)
    monkeypatch.setattr(glyphs, "rescue_word", rescue)
    _repair_damaged()
    checked = 0
    for solver in {id(s): s for s in solvers}.values():
        for shape, got in solver._fits.items():
            gaps = [k for k, ch in enumerate(shape) if ch == "?"]
            assert got == tuple(x for x in _pattern_matches(solver.lex, shape)
                                if all(x[k] in solver.lost for k in gaps)), shape
            checked += 1
    assert checked > 10
    for shape, gaps, lost, allowed, got in rescues:
        assert got == [s for s in _pattern_matches(glyphs.lexicon(), shape)
                       if (added := [s[k] for k in gaps if s[k] not in lost]) and all(c in allowed for c in added)]


def test_run_tests_once_per_line_give_the_regex_answers() -> None:
    """A bare word's run tests, memoised per line, answer as the regexes asked afresh."""
    from pipeline.repair.lexicon import DocumentLM

    line = "có b        hính thức trách nhiệm    , tuyệt đối bảo hiểm   tế và |Phòng    và"
    dlm = DocumentLM([line])
    solver = GlyphSolver(dlm, {c: 0.0 for c in "aáocy"}, allow_bare=True, max_fills=4)
    solver.bare_in_sentence = True
    solver.solve(line)
    assert solver._beside or solver._between_lower  # the bare-word tests were asked
    last = re.compile(r"[^\W\d_]+(?=\W*$)")
    first = re.compile(r"\W*?([^\W\d_]+)")
    for (start, end), got in solver._beside.items():
        before, after = last.search(line, 0, start), first.match(line, end)
        want = any(tok and not solver.lex.is_syllable(tok.lower()) for tok in (
            before.group() if before and before.end() == start else None,
            after.group(1) if after and after.start(1) == end else None))
        assert got == want
    for (start, end), got in solver._between_lower.items():
        before, after = last.search(line, 0, start), first.match(line, end)
        assert got == bool(before and after and before.group()[0].islower() and after.group(1)[0].islower())
