#!/usr/bin/env python3
"""Deadlines on whole long documents: every dated task of a run read against a written label.

    CHIDAO_SHARED=../shared PYTHONPATH=. .venv/bin/python benchmarks/deadline_audit.py --prepare DIR   # write the texts
    chidao run DIR --out O
    PYTHONPATH=. .venv/bin/python benchmarks/deadline_audit.py --run O [O2 ...] [--show]

Why: the held-out deadline precision (0.81) did not move with the sentence-level families of
``deadline_phrases.py``; deadline24 guessed the false dates live in long documents (whole plans,
Phụ lục task tables, programmes with dated steps).  ``benchmarks/data/deadline_audit_long.tsv``
(deadline25) holds a label for EVERY dated task chidao (a5683608) output on 41 long documents --
Government resolutions and Prime Minister's decisions of the gazette corpus that carry a plan,
a programme or a task table, two customs letters of ../shared/realdocs and the long development
gold documents -- plus the dated tasks it missed that a scan of the undated tasks for bound words
found: ``expected`` is the date the task is due by ANNOTATION.md ('' for none), ``label`` is
'right', 'false:<class>', 'missed' or 'not_task:<class>' (a goal, a stamp, a form's template:
no task, so outside the deadline measure, as in vnscore, which scores deadlines on matched tasks).

A task of the run is found by its document, the first 80 characters of its text (spaces
folded) and ``nth``, its place among the document's tasks that open alike (a body item and its
Phụ lục row often do).  Precision: the labelled real tasks the run dates, right / all; recall: the labelled
real tasks with an expected date, dated right / all.  A task the run no longer outputs counts
as undated.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "deadline_audit_long.tsv"
SHARED = Path(os.environ.get("CHIDAO_SHARED", ROOT.parent / "shared"))
if not SHARED.is_dir() and Path("/work/shared").is_dir():  # a worktree beside the shared folder
    SHARED = Path("/work/shared")


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def prepare(labels: list[dict], out: Path) -> None:
    """Write every labelled document's text into ``out`` ('cb_' + a gazette id from the corpus;
    the rest from samples/text or ../shared/realdocs/text)."""
    out.mkdir(parents=True, exist_ok=True)
    docs = sorted({r["doc_id"] for r in labels})
    corpus = {d[3:] for d in docs if d.startswith("cb_")}
    if corpus:
        for line in gzip.open(SHARED / "corpus" / "congbao.jsonl.gz", "rt", encoding="utf-8"):
            d = json.loads(line)
            if d["id"] in corpus:
                (out / f"cb_{d['id']}.txt").write_text(d["text"], encoding="utf-8")
    for d in docs:
        if d.startswith("cb_"):
            continue
        for src in (ROOT / "samples" / "text" / f"{d}.txt", SHARED / "realdocs" / "text" / f"{d}.txt"):
            if src.exists():
                shutil.copy(src, out / src.name)
                break
        else:
            print(f"deadline_audit: no text for {d}", file=sys.stderr)


def score(labels: list[dict], runs: list[Path], show: bool) -> dict:
    tasks = []
    for run in runs:
        with (run / "tasks.csv").open(encoding="utf-8") as fh:
            tasks += list(csv.DictReader(fh))
    by_key: dict[tuple[str, str, int], str] = {}
    seen: dict[tuple[str, str], int] = {}
    for t in tasks:
        key = (t["doc_id"], _fold(t["task"])[:80])
        seen[key] = seen.get(key, -1) + 1
        by_key[(*key, seen[key])] = t["deadline"] or ""
    dated = right_dated = expected = right_expected = 0
    wrong = []
    for r in labels:
        if r["label"].startswith(("not_task", "no_dated_task")):
            continue
        got = by_key.get((r["doc_id"], r["anchor"], int(r["nth"])), "")
        if got:
            dated += 1
            right_dated += got == r["expected"]
        if r["expected"]:
            expected += 1
            right_expected += got == r["expected"]
        if got != r["expected"]:
            wrong.append(f"{r['doc_id']}: '{r['anchor'][:60]}' got {got or '-'}, expected {r['expected'] or '-'} ({r['label']})")
    p = right_dated / dated if dated else 0.0
    rc = right_expected / expected if expected else 0.0
    f = 2 * p * rc / (p + rc) if p + rc else 0.0
    if show:
        print("\n".join(wrong))
    return {"documents": len({r["doc_id"] for r in labels}), "labelled": len(labels), "dated": dated,
            "expected": expected, "precision": round(p, 4), "recall": round(rc, 4), "f1": round(f, 4)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--prepare", type=Path, help="write the labelled documents' texts here")
    ap.add_argument("--run", type=Path, nargs="+", help="chidao runs' output folders (tasks.csv), read together")
    ap.add_argument("--show", action="store_true", help="print every label the run does not meet")
    a = ap.parse_args()
    labels = load(a.data)
    if a.prepare:
        prepare(labels, a.prepare)
    if a.run:
        print(json.dumps(score(labels, a.run, a.show), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
