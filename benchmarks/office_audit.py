#!/usr/bin/env python3
"""Offices on whole long documents: the tasks of a run read against a written label.

    CHIDAO_SHARED=../shared PYTHONPATH=. .venv/bin/python benchmarks/deadline_audit.py --prepare DIR
    chidao run DIR --out O
    PYTHONPATH=. .venv/bin/python benchmarks/office_audit.py --run O [O2 ...] [--show]

Why: on the held-out set's three long plans office F1 is 0.884 while development gold is 0.978;
the misses of long plans (Phụ lục task tables with 'Cơ quan chủ trì / phối hợp' columns, '- Cơ
quan chủ trì: X; Cơ quan phối hợp: Y' items, headings that name the doer of their items, the
'Bộ trưởng, Thủ trưởng ...' closing) are the largest measured gap.  ``benchmarks/data/
office_audit_long.tsv`` (plans21) holds a label for 618 of the tasks chidao (a2247688)
output on the long documents of ``deadline_audit.py`` (the same texts, written by its
``--prepare``): ``expected`` is the task's offices by ANNOTATION.md, lead first, joined by ' | '
('' when the issuer itself acts); ``label`` is 'right', 'missed:<class>' (an office of the text
the run left out), 'false:<class>' (an office the run gave that the text does not make
responsible), 'both:<class>' or 'not_task:<class>' (a goal, a stamp, a form's template: no
task, outside the measure) or 'missed_task:<class>' (a task the run does not output; anchored on
its first words, scored as a task with no offices).

The sample: every task of 12 documents (NQ 97, 100, 113, 126, 141, 15, 26, 66.17 /NQ-CP; QĐ
28/2021, 798, 892 /QĐ-TTg; the two samples excerpts yw1, yw2), the assignment articles and Phụ lục
rows of QĐ 893 (tasks 73-108) and QĐ 982 (55-113), and NQ 105's body and task table (0-85; its
Phụ lục II of unit arrangements left out).  The run's offices were the draft of each label, read
against the text; a 'right' row is one where they held.

A task of the run is found as in deadline_audit.py: document, first 80 characters (spaces
folded) and ``nth``.  Office precision and recall count offices as vnscore does (an office
matches when one normalised name holds the other).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from deadline_audit import _fold, load  # noqa: E402  (the same texts and task keys)
from office_exact import ExactCount  # noqa: E402
from pipeline.eval import office_match  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "office_audit_long.tsv"


def _split(cell: str) -> list[str]:
    return [p.strip() for p in (cell or "").replace(";", "|").split("|") if p.strip()]


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def run_offices(runs: list[Path]) -> dict[tuple[str, str, int], list[str]]:
    """Every task of the runs by (document, folded first 80 characters, nth alike)."""
    out: dict[tuple[str, str, int], list[str]] = {}
    seen: dict[tuple[str, str], int] = {}
    for run in runs:
        with (run / "tasks.csv").open(encoding="utf-8") as fh:
            for t in csv.DictReader(fh):
                key = (t["doc_id"], _fold(t["task"])[:80])
                seen[key] = seen.get(key, -1) + 1
                out[(*key, seen[key])] = _split(t["offices"])
    return out


def score(labels: list[dict], runs: list[Path], show: bool) -> dict:
    got_by_key = run_offices(runs)
    gold_n = pred_n = gold_hit = pred_hit = tasks = exact = absent = 0
    wrong, names, loose = [], ExactCount(), []
    for r in labels:
        if r["label"].startswith("not_task"):
            continue
        key = (r["doc_id"], r["anchor"], int(r["nth"]))
        absent += key not in got_by_key
        got, want = got_by_key.get(key, []), _split(r["expected"])
        tasks += 1
        gold_n += len(want)
        pred_n += len(got)
        g = sum(any(office_match(w, p) for p in got) for w in want)
        p = sum(any(office_match(w, p) for w in want) for p in got)
        gold_hit += g
        pred_hit += p
        names.add(want, got, loose)
        if g == len(want) and p == len(got):
            exact += 1
        else:
            wrong.append(f"{r['doc_id']}: '{r['anchor'][:60]}' got {got}, expected {want} ({r['label']})")
    if show:
        print("\n".join(wrong))
        print("\n".join(f"containment only: {r!r} got {p!r}" for r, p in loose))
    prec, rec = _ratio(pred_hit, pred_n), _ratio(gold_hit, gold_n)
    f = _ratio(2 * prec * rec, prec + rec)
    return {"documents": len({r["doc_id"] for r in labels}), "tasks": tasks, "not_output": absent,
            "offices_expected": gold_n, "offices_output": pred_n, "tasks_all_right": exact,
            "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f, 4),
            # beside F1: offices named exactly, and those the containment match alone accepts
            "offices_exact": names.exact, "offices_containment_only": names.loose}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--run", type=Path, nargs="+", required=True, help="chidao runs' output folders (tasks.csv)")
    ap.add_argument("--show", action="store_true", help="print every labelled task the run does not meet")
    a = ap.parse_args()
    print(json.dumps(score(load(a.data), a.run, a.show), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
