"""Helpers for the extraction tests: run the pipeline on a gold text and score it with the
project's scorer (pipeline.eval), as `chidao eval` does."""
from __future__ import annotations

import json
from pathlib import Path

import pipeline
from pipeline.eval import score_tasks_doc
from pipeline.store.tables import document_rows

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "samples" / "gold"


def gold_ids() -> list[str]:
    return sorted(json.loads(f.read_text(encoding="utf-8"))["doc_id"] for f in GOLD.glob("*.tasks.json"))


def run_and_score(doc_id: str, text: Path | None = None):
    gold = json.loads((GOLD / f"{doc_id}.tasks.json").read_text(encoding="utf-8"))
    doc = pipeline.process(text or GOLD / f"{doc_id}.clean.txt", doc_id=doc_id)
    rows = [{k: "" if v is None else str(v) for k, v in r.items()} for r in document_rows(doc)["tasks"]]
    return doc, score_tasks_doc(gold, rows)


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
