"""Session 24 (issue #3): the lost-glyph search without its dead pushes, the same decisions.

A word's last fill (its ``max_fills``-th) at a space with no letter after it used to push
every lost letter that may follow the word so far; each one that leaves no syllable died
at its pop (no word ends there, no fill is left).  In the lost set's first pass, every
letter allowed, that was most of them.  :meth:`GlyphSolver._last_fills` pushes only the
letters that end the word a syllable, in the same order: the search reads the same words.
(Measured side by side, and the same output on every glyph document of
samples/unseen_repair at seeds 0 and 1: benchmarks/HISTORY.md, session 24, glyph27.)"""
from pipeline.repair.glyphs import ALPHABET, GlyphSolver
from pipeline.repair.lexicon import DocumentLM, lexicon


def _solver(letters: str | None = None, **kw) -> GlyphSolver:
    lex = lexicon()
    lost = {c: 1.0 for c in (letters if letters is not None else ALPHABET)}
    return GlyphSolver(DocumentLM(["Công tác nội chính huyện."], lex), lost, **kw)


def test_last_fills_are_the_pushed_letters_that_end_a_syllable():
    s = _solver()
    lex = s.lex
    for lw in ("c", "ch", "tr", "ngh", "qu", "gi", "đư"):
        pushed = "".join(filter(s.lost.__contains__, s.next_chars.get(lw, "")))
        want = tuple(x for x in pushed if lex.is_syllable(lw + x))
        assert s._last_fills(lw) == want
        assert want and len(want) < len(pushed)  # (something is saved: not every letter ends a word)
    # a solver's own lost letters only, in the same order
    small = _solver("aoá")
    assert small._last_fills("c") == tuple(x for x in "aoá" if lex.is_syllable("c" + x))


def _readings(solver: GlyphSolver, line: str) -> tuple[str, list]:
    res = solver.solve(line)
    return res.text, res.fills


def test_the_first_pass_reads_as_before(monkeypatch):
    # the first pass's solver (every letter allowed, two fills a word): the same reading
    # with every letter pushed as a last fill (the dead ones die at their pop)
    line = "C n  t c nội chính, c c  hã  hư ng  hị trấn"
    args = dict(fill_cost=3.0, beam=6, max_fills=2, fill_start=False)
    got = _readings(_solver(**args), line)
    monkeypatch.setattr(GlyphSolver, "_last_fills",
                        lambda self, lw: "".join(filter(self.lost.__contains__, self.next_chars.get(lw, ""))))
    assert _readings(_solver(**args), line) == got
    # (the first pass fills at most two letters a word and none first: 'c c' is 'các')
    assert got[0] == "Con  tác nội chính, các  hã  hương  hị trấn"


def test_the_second_pass_reads_as_before(monkeypatch):
    # four fills a word, words of lost letters alone: the same reading too
    line = "C n  t c nội chính, c c  hã  hư ng  hị trấn"
    args = dict(fill_cost=1.0, max_fills=4, allow_bare=True)
    got = _readings(_solver(**args), line)
    monkeypatch.setattr(GlyphSolver, "_last_fills",
                        lambda self, lw: "".join(filter(self.lost.__contains__, self.next_chars.get(lw, ""))))
    assert _readings(_solver(**args), line) == got
    assert got[0] == "Công tác nội chính, các nhãn hương thị trấn"
