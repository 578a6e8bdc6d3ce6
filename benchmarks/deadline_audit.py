#!/usr/bin/env python3
"""Deadlines on whole long documents: every dated task of a run read against a written label.

    CHIDAO_SHARED=../shared PYTHONPATH=. .venv/bin/python benchmarks/deadline_audit.py --prepare DIR   # write the texts
    chidao run DIR --out O
    PYTHONPATH=. .venv/bin/python benchmarks/deadline_audit.py --run O [O2 ...] [--show]
    PYTHONPATH=. .venv/bin/python benchmarks/deadline_audit.py --short [--show]   # short texts: run and score

``--short`` (deadline26, deadline27) audits the short genres instead: 63 district and commune letters, notices,
công điện and press items reporting a directive or a meeting, gathered from the pages corpus (none in
samples/ or benchmarks/data, checked by URL and by ``scripts/find_duplicate_texts.py --min 0.2``).
Their texts are stored with the labels (``deadline_audit_short_texts.jsonl``: the pages corpus keeps
only a page's first ~2 kB, and a page's date the corpus holds as metadata is the text's first line
where it gave a whole day), so the audit runs the pipeline itself: one command, no network.
``deadline_audit_short.tsv`` labels every dated task of chidao 6d397464 on them, the dated tasks it
missed (every undated task and every sentence with a bound word read), and a ``no_dated_task`` row
for each document with none; 'task_missed' marks a dated sentence the run gave no task for (task
extraction, outside the deadline measure as 'not_task' is).  deadline27 added a second set of 40 short
texts WITH dates (``deadline_audit_short_sd.tsv`` + ``deadline_audit_short_sd_texts.jsonl``, ids sd01-sd46:
Prime Minister's telegrams and conclusions retold in the 2025 flood and Tết news, district and commune
portal items, a city's time-lined letter), each dated or date-bearing directing sentence judged by hand
before any code ran on them (``deadline_audit_short_judged_sd.json``, committed first); the labels give
chidao 39dd6bf3's dates. deadline29 added a third set of 30 short texts with dates, all of 2024-2026
(``deadline_audit_short_sf.tsv`` + ``deadline_audit_short_sf_texts.jsonl``, ids sf01-sf32: telegrams and
ministries' asks retold, election and fire-safety notices, commune meetings and notices, with the traps
the held-out's false dates come from -- a year that names the work, a cited law's year, a day an act
was reported on, a campaign window in the passive), judged the same way before any code ran on them
(``deadline_audit_short_judged_sf.json``); its labels give chidao c7efac60's dates and label EVERY task
of that run (undated ones too, so a rule that dates one is seen). ``--short`` scores the sets together and apart (a set of its own keeps the two
files other audits read, task_audit.py's among them, as they were).

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
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "deadline_audit_long.tsv"
DATA_SHORT = ROOT / "benchmarks" / "data" / "deadline_audit_short.tsv"
TEXTS_SHORT = ROOT / "benchmarks" / "data" / "deadline_audit_short_texts.jsonl"
# the short sets, each a (labels, texts) pair: deadline26's 63 texts, deadline27's 40 texts with dates
SHORT_SETS = {
    "deadline26 (63 texts)": (DATA_SHORT, TEXTS_SHORT),
    "deadline27 (40 texts with dates)": (ROOT / "benchmarks" / "data" / "deadline_audit_short_sd.tsv",
                                         ROOT / "benchmarks" / "data" / "deadline_audit_short_sd_texts.jsonl"),
    "deadline29 (30 texts with dates, 2024-2026)": (ROOT / "benchmarks" / "data" / "deadline_audit_short_sf.tsv",
                                                    ROOT / "benchmarks" / "data" / "deadline_audit_short_sf_texts.jsonl"),
}
# labels outside the deadline measure (vnscore scores deadlines on matched tasks only)
UNSCORED = ("not_task", "no_dated_task", "task_missed")
SHARED = Path(os.environ.get("CHIDAO_SHARED", ROOT.parent / "shared"))
if not SHARED.is_dir() and Path("/work/shared").is_dir():  # a worktree beside the shared folder
    SHARED = Path("/work/shared")


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def prepare_short(out: Path) -> list[Path]:
    """Write every short set's stored texts into ``out`` (one ``<id>.txt`` each)."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for _, texts in SHORT_SETS.values():
        for line in texts.open(encoding="utf-8"):
            d = json.loads(line)
            path = out / f"{d['id']}.txt"
            path.write_text(d["text"], encoding="utf-8")
            paths.append(path)
    return paths


def score_short(runs: list[Path], show: bool) -> dict:
    """The short sets scored together ('all') and each apart."""
    sets = {name: load(labels) for name, (labels, _) in SHORT_SETS.items()}
    out = {"all": score([r for rows in sets.values() for r in rows], runs, show)}
    for name, rows in sets.items():
        out[name] = score(rows, runs, False)
    return out


def run_pipeline(texts: Path, out: Path) -> Path:
    """Run this tree's pipeline (``pipeline.cli run``) on ``texts``; the run's output folder."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(texts), "--out", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"deadline_audit: the pipeline failed on {texts}:\n{done.stderr[-2000:]}")
    return out


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
        if r["label"].startswith(UNSCORED):
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
    ap.add_argument("--data", type=Path, help="labels (default: the long audit's, or the short one's with --short)")
    ap.add_argument("--short", action="store_true",
                    help="the short texts' audit: without --run, write the stored texts, run this tree's pipeline on them and score")
    ap.add_argument("--prepare", type=Path, help="write the labelled documents' texts here")
    ap.add_argument("--run", type=Path, nargs="+", help="chidao runs' output folders (tasks.csv), read together")
    ap.add_argument("--show", action="store_true", help="print every label the run does not meet")
    a = ap.parse_args()
    labels = load(a.data or (DATA_SHORT if a.short else DATA))
    if a.prepare:
        prepare_short(a.prepare) if a.short else prepare(labels, a.prepare)
    if a.run:
        result = score_short(a.run, a.show) if a.short and not a.data else score(labels, a.run, a.show)
        print(json.dumps(result, indent=1))
    elif a.short and not a.prepare:
        with tempfile.TemporaryDirectory(prefix="deadline_audit_") as tmp:
            texts = Path(tmp) / "texts"
            prepare_short(texts)
            run = run_pipeline(texts, Path(tmp) / "run")
            print(json.dumps(score(labels, [run], a.show) if a.data else score_short([run], a.show), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
