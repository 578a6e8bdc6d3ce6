"""The lattice decoder's fast paths give the numbers of the dense passes they replaced.

pipeline/repair/lattice.py scores only the real candidate pairs of a batch in its pruning
pass (the dense pass scored every K0 x K0 cell of the padded batch) and only the real
trigram windows of the survivors.  Both must change speed, never a result: here the
lattices the OCR and diacritics repairers really build on sample directives (corrupted by
benchmarks/corrupt.py) are decoded both ways and compared exactly (paths, confidences,
alternatives, scores), and the pruning scores themselves are compared cell by cell.  The
OCR repairer's dictionary-word tables, now built with numpy once per vocabulary, are the
plain loop's.  No timing here: speed is measured by benchmarks/repair_speed.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import lattice
from pipeline.repair import repair as repair_doc
from pipeline.repair.lattice import Slot, decode_many
from pipeline.repair.lm import load_model

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.corrupt import corrupt  # noqa: E402

# a city department's letter, a provincial action programme, a Prime Minister's directive
# from 1980: long and short sentences, headings in capitals, lists, names
SAMPLES = ["01_danang_sgddt_congvan1906_covid_2020.txt", "02_kontum_ubnd_qd435_chuongtrinhhanhdong_2020.txt",
           "04_ttg_chithi299_dodac_1980.txt"]


def _sample(name: str) -> str:
    return (ROOT / "samples" / "text" / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def real_lattices() -> list[tuple[object, list[list[Slot]], list]]:
    """(model, sentences, left contexts) of every decode_many call the repair cascade makes
    on OCR-confused (typed and marked OCR'd) and diacritics-stripped copies of the samples."""
    from pipeline.repair import diacritics, ocr

    calls = []
    real = lattice.decode_many

    def record(lm, sentences, lefts=None, beam=lattice.BEAM):
        calls.append((lm, sentences, lefts))
        return real(lm, sentences, lefts, beam)

    mp = pytest.MonkeyPatch()
    mp.setattr(ocr, "decode_many", record)
    mp.setattr(diacritics, "decode_many", record)
    try:
        for name in SAMPLES:
            text = _sample(name)
            for kind, seed, marked in (("ocr", 1, False), ("ocr", 2, True), ("diacritics", 1, False)):
                doc = Document(doc_id=name, lines=lines_from_text(corrupt(text, kind, seed)[0]))
                if marked:
                    doc.meta["ocr"] = True
                repair_doc(doc, Config())
    finally:
        mp.undo()
    assert sum(len(s) for _lm, s, _l in calls) > 300  # the samples gave real work
    return calls


def _decode_all(calls, monkeypatch, sparse: bool):
    monkeypatch.setattr(lattice, "SPARSE_PRUNE", sparse)
    monkeypatch.setattr(lattice, "SPARSE_ARCS", sparse)
    return [[(d.best, d.confidence, d.alternatives, d.score) for d in decode_many(lm, sents, lefts)]
            for lm, sents, lefts in calls]


def test_sparse_decoder_matches_dense_on_real_lattices(real_lattices, monkeypatch):
    fast = _decode_all(real_lattices, monkeypatch, True)
    dense = _decode_all(real_lattices, monkeypatch, False)
    assert fast == dense  # exact: paths, confidences, alternatives and scores
    # and the lattices were ones where pruning decides something
    assert any(len(sl.ids) > lattice.BEAM for _lm, sents, _l in real_lattices for s in sents for sl in s)


def test_pruning_scores_match_dense_cell_by_cell(real_lattices, monkeypatch):
    """Every max-marginal that can prune (a slot row with more than one candidate) is the
    dense pass's number bit for bit; a row with one candidate keeps it either way."""
    checked = [0]
    sparse_fn = lattice._local_max_marginals

    def both(lm, ids, prior, valid, lens):
        got = sparse_fn(lm, ids, prior, valid, lens)
        M = ids.shape[1]
        pad = np.arange(M)[None, :] >= (lens + 3)[:, None]
        ref = lattice._max_marginals_dense(lm, ids, prior, valid, pad)
        n = valid.sum(axis=2)
        rows = np.arange(M)[None, :]
        multi = (n > 1) & (rows >= 2) & (rows < (lens + 2)[:, None])
        assert np.array_equal(got[multi], ref[multi])
        assert np.array_equal(got > lattice.NEG / 2, valid)
        checked[0] += int(multi.sum())
        return got

    monkeypatch.setattr(lattice, "_local_max_marginals", both)
    for lm, sents, lefts in real_lattices:
        decode_many(lm, sents, lefts)
    assert checked[0] > 1000


def test_sparse_trigram_windows_match_dense(real_lattices, monkeypatch):
    """The windows the sparse pass scores are the dense grid's; the others (padding) stay
    NEG for the caller to set, as the dense grid's are overwritten."""
    seen = [0]
    sparse_fn = lattice._trigram_arcs

    def both(lm, ids, valid, lens):
        got = sparse_fn(lm, ids, valid, lens)
        M = ids.shape[1]
        pad = np.arange(M)[None, :] >= (lens + 3)[:, None]
        ref = lattice._trigram_arcs_dense(lm, ids, valid, pad)
        real = ~pad[:, 2:]  # windows that end at most at the sentence's EOS row
        assert np.array_equal(got[real], ref[real])
        assert (got[~real] == lattice.NEG).all()
        seen[0] += int((got[real] > lattice.NEG / 2).sum())
        return got

    monkeypatch.setattr(lattice, "_trigram_arcs", both)
    for lm, sents, lefts in real_lattices:
        decode_many(lm, sents, lefts)
    assert seen[0] > 1000


def test_small_lattices_and_context(monkeypatch):
    """Edge cases the samples may not hold: a batch whose slots all have <= BEAM candidates
    (no pruning pass at all), a one-slot sentence, fixed-only rows around a slot, a left
    context from the line before, and a slot longer than every other in its batch."""
    lm = load_model()
    ids = [lm.candidate_ids(w) for w in ("cong", "tac", "nam", "tinh", "huyen")]
    fixed = [Slot(np.array([lm.index[w]], np.int64), np.zeros(1)) for w in ("kế", "hoạch")]

    def slot(c, k):
        c = c[:k]
        return Slot(np.array(c, np.int64), -np.arange(len(c), dtype=float))

    batches = [
        [[slot(ids[0], 3), slot(ids[1], 2)], [slot(ids[2], 4)]],
        [[fixed[0], slot(ids[3], 12), fixed[1]], [slot(ids[4], 2)], [fixed[0], fixed[1], slot(ids[1], 9)]],
    ]
    lefts = [[None, None], [(lm.index["kế"], lm.index["hoạch"]), None, None]]
    for sents, left in zip(batches, lefts):
        monkeypatch.setattr(lattice, "SPARSE_PRUNE", True)
        monkeypatch.setattr(lattice, "SPARSE_ARCS", True)
        fast = decode_many(lm, sents, left)
        monkeypatch.setattr(lattice, "SPARSE_PRUNE", False)
        monkeypatch.setattr(lattice, "SPARSE_ARCS", False)
        dense = decode_many(lm, sents, left)
        assert [(d.best, d.confidence, d.alternatives, d.score) for d in fast] == \
            [(d.best, d.confidence, d.alternatives, d.score) for d in dense]
        assert all(len(d.best) == len(s) for d, s in zip(fast, sents))


def test_dictionary_partner_tables_match_plain_build():
    """pipeline.repair.ocr builds its dictionary-word tables (for OCR_WORD_BONUS) with numpy
    groups, once per vocabulary: the same tables, in the same order, as the plain loop over
    the model's dictionary bigrams, and an adapted view of the model gets the base's."""
    from pipeline.repair.codepoints import apply_tone_convention
    from pipeline.repair.ocr import _dict_partners

    lm = load_model()
    after: dict[int, set] = {}
    before: dict[int, set] = {}
    for k in lm.dict_bigrams.tolist():
        v, w = divmod(k, lm.V)
        after.setdefault(v, set()).add(w)
        before.setdefault(w, set()).add(v)

    def by_text(table):
        out = {}
        for k, x in table.items():
            v = lm.vocab[k]
            out[v] = frozenset(x)
            out.setdefault(apply_tone_convention(v, "old"), frozenset(x))
        return out

    got_after, got_before = _dict_partners(lm)
    assert list(got_after.items()) == list(by_text(after).items())
    assert list(got_before.items()) == list(by_text(before).items())
    assert lm.index["tác"] in got_after["công"] and lm.index["công"] in got_before["tác"]
    view = lm.adapt({("công",): 3, ("công", "tác"): 2})
    assert view is not lm and _dict_partners(view)[0] is got_after


def test_candidate_without_a_chance_falls_back_to_dense(monkeypatch):
    """A slot whose prior gives a candidate no chance (-inf, in the middle of its list)
    breaks the sparse passes' 'valid candidates come first' layout: they hand over to the
    dense passes, and the decoder still never picks that candidate."""
    lm = load_model()
    c = lm.candidate_ids("tinh")[:8]
    pri = -np.arange(len(c), dtype=float)
    pri[0] = -np.inf  # the most frequent spelling is ruled out
    sents = [[Slot(np.array([lm.index["ủy"]], np.int64), np.zeros(1)), Slot(np.array([lm.index["ban"]], np.int64),
              np.zeros(1)), Slot(np.array(c, np.int64), pri)]]
    out = []
    for sparse in (True, False):
        monkeypatch.setattr(lattice, "SPARSE_PRUNE", sparse)
        monkeypatch.setattr(lattice, "SPARSE_ARCS", sparse)
        d = decode_many(lm, sents)[0]
        out.append((d.best, d.confidence, d.alternatives, d.score))
    assert out[0] == out[1]
    assert out[0][0][2] != 0
