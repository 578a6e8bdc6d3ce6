"""Helpers for the extraction tests: run the pipeline on a gold text and score it with the
project's scorer (pipeline.eval), as `chidao eval` does."""
from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pipeline
from pipeline.eval import score_tasks_doc
from pipeline.store.tables import document_rows

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "samples" / "gold"


def gold_ids() -> list[str]:
    return sorted(json.loads(f.read_text(encoding="utf-8"))["doc_id"] for f in GOLD.glob("*.tasks.json"))


# One pipeline run per gold document per test session: test_every_gold_document, the
# all-gold total and the local-sample tests read the same (doc_id, input) run; each caller
# gets its own deep copy, so a test that edits the document or its score changes nobody else's.
_RUNS: dict[tuple[str, str], tuple] = {}


def run_and_score(doc_id: str, text: Path | None = None):
    src = Path(text or GOLD / f"{doc_id}.clean.txt")
    key = (doc_id, str(src.resolve()))
    if key not in _RUNS:
        gold = json.loads((GOLD / f"{doc_id}.tasks.json").read_text(encoding="utf-8"))
        doc = pipeline.process(src, doc_id=doc_id)
        rows = [{k: "" if v is None else str(v) for k, v in r.items()} for r in document_rows(doc)["tasks"]]
        _RUNS[key] = (doc, score_tasks_doc(gold, rows))
    return copy.deepcopy(_RUNS[key])


def f1(c) -> float:
    p = c.hit_pred / c.pred if c.pred else None
    r = c.hit_gold / c.gold if c.gold else None
    if p is None and r is None:
        return 1.0  # nothing to find, nothing found
    if not p or not r:
        return 0.0
    return 2 * p * r / (p + r)


def sentence_offices(gaz, text: str) -> list[str]:
    """The lead and support offices that :func:`roles_in_sentence` reads in one sentence."""
    from pipeline.extract.offices import roles_in_sentence

    return [r.office for r in roles_in_sentence(text, gaz) if r.role in ("lead", "support")]


def sentence_lead(gaz, text: str) -> str | None:
    """The lead office of one sentence, or None."""
    from pipeline.extract.offices import roles_in_sentence

    return next((r.office for r in roles_in_sentence(text, gaz) if r.role == "lead"), None)


# the tests import this module as 'extract_helpers' (tests/ on sys.path) and as
# 'tests.extract_helpers': one module object under both names, so both share one cache
sys.modules.setdefault("extract_helpers", sys.modules[__name__])
sys.modules.setdefault("tests.extract_helpers", sys.modules[__name__])
