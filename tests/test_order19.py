"""A document's whole output (repaired lines, repairs, sections, tasks, task offices, the
documents row) is a function of that document (and the model, gazetteer and corrections file)
alone, never of the documents the process read before (issue #3: every repair accountable and
reproducible; archivists batch-process on one machine or a Dask cluster, where the order and
grouping of documents per worker is arbitrary).

order18 fixed one cache (``ocr._NEAR``) and guarded the repair of OCR copies
(tests/test_repair_order18.py).  cache19 audited every store kept across documents in
pipeline/repair, pipeline/structure and pipeline/extract (benchmarks/HISTORY.md, "Session 19,
branch cache19": the table of stores, their keys and what their answers read) and traced the
whole pipeline on 328 documents (nine kinds: clean, OCR typed and marked, glyph, cid,
diacritics, three encodings, code points) alone and after others in three orders.  These
tests guard that: every corruption kind through the whole pipeline, each document alone in a
process against the same documents read after others in a shuffled order, and the Dask
LocalCluster path against one process.
"""
from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.corrupt import corrupt  # noqa: E402

from _order_worker import run_worker  # noqa: E402

UNSEEN = ROOT / "samples" / "unseen_repair"
KINDS = ("glyph", "cid", "diacritics", "encoding-tcvn3-doc", "encoding-vni-doc", "encoding-lines", "codepoint")
# (a few texts of samples/unseen_repair of different lengths and genres; the OCR copies of the
# first two are those order18 found moved by the documents read before)
TARGET_TEXTS = ["e_nq01_haugiang_hdnd_ktxh_2017_excerpt.txt", "o9_laocai_phonghai_mttq_tinbai_tiepxuccutri_2025.txt",
                "x14_btc_tt98_chitieu_daihoithidua_2015_news.txt"]


def _run(runs: list[tuple[str, list]]) -> list[dict[str, dict[str, str]]]:
    """Each run's docs each alone or in sequence, from a fresh process's state (tests/_order_worker.py)."""
    return run_worker("order19", runs, timeout=2400)


def _text(p: Path) -> str:
    return p.read_text(encoding="utf-8").replace("\r\n", "\n")


def _targets() -> list[tuple[str, str, bool, bool]]:
    out: list[tuple[str, str, bool, bool]] = []
    for name in TARGET_TEXTS:
        text = _text(UNSEEN / name)
        ocr = corrupt(text, "ocr", 0)[0]
        out += [(f"clean/{name}", text, False, True), (f"ocr/{name}", ocr, False, True),
                (f"ocr marked/{name}", ocr, True, True)]
        out += [(f"{kind}/{name}", corrupt(text, kind, 0)[0], False, True) for kind in KINDS]
    return out


def _others(step: int) -> list[tuple[str, str, bool, bool]]:
    """Copies of samples/text of every kind (clean, OCR typed and marked, the others), read
    before and between the targets."""
    kinds = ("ocr", "ocr marked", "clean", *KINDS)
    out = []
    for i, p in enumerate(sorted((ROOT / "samples" / "text").glob("*.txt"))[::step]):
        kind = kinds[i % len(kinds)]
        text = _text(p)
        if kind.startswith("ocr"):
            text = corrupt(text, "ocr", 0)[0]
        elif kind != "clean":
            text = corrupt(text, kind, 0)[0]
        out.append((f"{kind}/{p.name}", text, kind == "ocr marked", False))
    return out


@pytest.mark.slow
def test_whole_pipeline_alone_equals_after_other_documents_in_any_order():
    """Each target (three texts, each clean, OCR typed and marked, glyph, cid, diacritics, three
    encodings and code points) through ingest, repair, structure and extract: alone in a child
    of a fresh process equals the same document read in one process after and between copies
    of the samples of every kind, shuffled; and reversed.  Every table and the repaired text.

    (Session 24, testtime5: with order18's ``_one_edit`` cache reverted on a copy of c7efac60,
    none of the 30 targets moved here, after the others nor reversed: this audit guards the
    stores cache19 read in general; order18's bug needs ~100 OCR-marked copies read before a
    target, and tests/test_repair_order18.py, which reads them, is what catches it.)"""
    targets = _targets()
    others = _others(9)
    mixed = others + targets
    random.Random(19).shuffle(mixed)
    # the targets only, from a fresh process's state, in reverse order (each after the ones listed
    # after it); the others read after the last target could change no answer, so none is read
    alone, after, backwards = _run([("alone", targets), ("seq", mixed), ("seq", targets[::-1])])
    assert set(alone) == set(after) == {t[0] for t in targets}
    moved = sorted(f"{k}: {t}" for k in alone for t in alone[k] if alone[k][t] != after[k].get(t))
    assert not moved, moved
    moved = sorted(f"{k}: {t}" for k in alone for t in alone[k] if alone[k][t] != backwards[k].get(t))
    assert not moved, moved


def _table(out: Path, name: str, drop: tuple[str, ...] = ()) -> list[dict[str, str]]:
    with (out / f"{name}.csv").open(encoding="utf-8") as fh:
        got = [{k: v for k, v in r.items() if k not in drop} for r in csv.DictReader(fh)]
    return sorted(got, key=lambda r: sorted(r.items()))


@pytest.mark.slow
def test_dask_cluster_runs_every_kind_as_one_process_does(tmp_path: Path, order_cluster: str):
    """`chidao run` on copies of every corruption kind: a Dask LocalCluster of two workers
    (documents grouped and ordered as the scheduler likes, files given reversed) writes the
    same documents, sections, tasks, task offices and repairs rows, and the same repaired
    texts, as one process reading the files in order with its caches kept (isolate=False)."""
    from pipeline.batch import run_batch
    from pipeline.config import Config

    src = tmp_path / "in"
    src.mkdir()
    kinds = ("ocr", *KINDS)
    for name in TARGET_TEXTS[:2]:
        text = _text(UNSEEN / name)
        for kind in kinds:
            (src / f"{kind}_{name}").write_text(corrupt(text, kind, 0)[0], encoding="utf-8")
    for i, p in enumerate(sorted((ROOT / "samples" / "text").glob("*.txt"))[::60]):
        kind = kinds[i % len(kinds)]
        (src / f"{kind}_{p.name}").write_text(corrupt(_text(p), kind, 0)[0], encoding="utf-8")
        (src / f"clean_{p.name}").write_text(_text(p), encoding="utf-8")
    files = sorted(src.glob("*.txt"))
    one = run_batch(files, tmp_path / "local", Config(timeout=600), workers=1, isolate=False)
    many = run_batch(files[::-1], tmp_path / "dask", Config(timeout=600), workers=2, dask=order_cluster)
    assert one.documents == many.documents == len(files) and one.ok == many.ok == len(files)
    for name, drop in (("documents", ("seconds", "settings")), ("sections", ()), ("tasks", ()),
                       ("task_offices", ()), ("repairs", ("seconds",))):
        local, dask = _table(tmp_path / "local", name, drop), _table(tmp_path / "dask", name, drop)
        assert local == dask, name
    assert _table(tmp_path / "local", "tasks") and _table(tmp_path / "local", "repairs")
    for p in (tmp_path / "local" / "text").rglob("*.txt"):
        assert p.read_bytes() == (tmp_path / "dask" / p.relative_to(tmp_path / "local")).read_bytes(), p.name


def test_glyph_token_verdicts_follow_the_lexicon_they_are_asked_with():
    """glyphs' token stores (_TOKEN_KIND, _KIND_SETS, _CORE_CACHE) are keyed by the token, and
    a verdict reads the lexicon: asked with another lexicon, the answer is that lexicon's, not
    the one an earlier call left (before cache19 the second call returned the first's)."""
    from pipeline.repair import glyphs
    from pipeline.repair.lexicon import Lexicon, lexicon

    base = lexicon()
    text = "các đơn vị kiểm tra thường xuyên"
    assert glyphs.fragment_spans(text, base) == []
    other = Lexicon()
    other._inventory = base.inventory - {"kiểm"}  # a lexicon without the syllable: 'kiểm' reads as a piece
    assert not other.is_syllable("kiểm")
    assert [text[a:b] for a, b in glyphs.fragment_spans(text, other)] == ["kiểm"]
    assert glyphs.fragment_spans(text, base) == []
    # and the document-level reading (the glyph step's candidate lines) the same way
    from pipeline.model import Document, lines_from_text

    doc = Document(doc_id="t", lines=lines_from_text("thực hiện nghiêm túc\n" + text))
    assert not glyphs._candidate_lines(doc, base)
    assert glyphs._candidate_lines(doc, other) == {1: [(11, 15)]}
    assert not glyphs._candidate_lines(doc, base)


def test_a_documents_view_memo_is_kept_per_model_object():
    """The document view outlives a document when the next one has equal texts (a typed and a
    marked copy of one scan); what the OCR step keeps on it is keyed by the model object, not
    its id(), so a model allocated where a freed one was never reads the freed one's answer."""
    from pipeline.model import Document, lines_from_text
    from pipeline.repair import ocr
    from pipeline.repair.docview import view
    from pipeline.repair.lm import load_model

    lm = load_model()
    doc = Document(doc_id="t", lines=lines_from_text("Căn cứ Luật Tổ chức chính quyền địa phương\nUBND tỉnh"))
    ocr.doubted(doc, lm)
    ocr._nonword_forms(view(doc), lm)
    keys = [k for k in view(doc).memo if isinstance(k, tuple) and str(k[0]).startswith("ocr_")]
    assert keys and all(k[1] is lm for k in keys)
