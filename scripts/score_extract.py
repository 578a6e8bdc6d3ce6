#!/usr/bin/env python3
"""Run the pipeline on gold documents and score the tasks with the project's scorer.

    python scripts/score_extract.py [GOLD_DIR ...] [--out OUT_DIR] [--per-doc]

For each GOLD_DIR/*.tasks.json the text is GOLD_DIR/<doc_id>.clean.txt (or samples/text/
<doc_id>.txt); the tasks CSV is written the way store will (columns doc_id, task_id, section,
task, offices, lead, deadline, deadline_text, recurrence, page, line_start, line_end, verb) and
scored with vnscore (eval/vnscore.py from ../shared when present, else the copy in tests/).
Until the lead's `chidao eval` exists this is how extraction is measured.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline  # noqa: E402

COLUMNS = ["doc_id", "task_id", "section", "task", "offices", "lead", "deadline", "deadline_text",
           "recurrence", "page", "line_start", "line_end", "verb"]


def task_rows(doc) -> list[dict]:
    rows = []
    for t in doc.tasks:
        offices = [r.office for r in t.offices if r.role in ("lead", "support")]
        rows.append({
            "doc_id": doc.doc_id, "task_id": t.id, "section": t.section, "task": t.text,
            "offices": "; ".join(offices), "lead": t.lead or "",
            "deadline": t.deadline.isoformat() if t.deadline else "", "deadline_text": t.deadline_text,
            "recurrence": t.recurrence or "", "page": t.page, "line_start": t.line_start,
            "line_end": t.line_end, "verb": t.verb,
        })
    return rows


def find_scorer() -> Path:
    for p in (ROOT.parent / "shared" / "eval" / "vnscore.py", ROOT.parent.parent / "shared" / "eval" / "vnscore.py",
              ROOT / "tests" / "data" / "vnscore.py"):
        if p.exists():
            return p
    raise SystemExit("vnscore.py not found")


def load_scorer():
    spec = importlib.util.spec_from_file_location("vnscore", find_scorer())
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def text_for(gold_dir: Path, doc_id: str) -> Path | None:
    for p in (gold_dir / f"{doc_id}.clean.txt", ROOT / "samples" / "text" / f"{doc_id}.txt"):
        if p.exists():
            return p
    return None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*", type=Path, default=[ROOT / "samples" / "gold"])
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "score_extract")
    ap.add_argument("--per-doc", action="store_true")
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    vn = load_scorer()
    rows = []
    docs = []
    for g in a.gold:
        for f in sorted(g.glob("*.tasks.json")):
            doc_id = json.loads(f.read_text(encoding="utf-8"))["doc_id"]
            src = text_for(g, doc_id)
            if src is None:
                print(f"{doc_id}: no text", file=sys.stderr)
                continue
            doc = pipeline.process(src, doc_id=doc_id)
            if not doc.ok:
                print(f"{doc_id}: {doc.error}", file=sys.stderr)
            rows += task_rows(doc)
            docs.append((g, doc_id))
    out = a.out / "tasks.csv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    res = vn.score_tasks(str(out), [str(g) for g in a.gold])
    keys = ["documents", "gold_tasks", "pred_tasks", "task_f1", "task_recall", "task_precision", "deadline_f1",
            "office_f1", "section_accuracy", "recurrence_accuracy"]
    print(json.dumps({k: res[k] for k in keys}, ensure_ascii=False))
    if a.per_doc:
        import tempfile
        for g, doc_id in docs:
            with tempfile.TemporaryDirectory() as td:
                src = g / f"{doc_id}.tasks.json"
                (Path(td) / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
                r = vn.score_tasks(str(out), [td])
                print(doc_id, json.dumps({k: r[k] for k in keys[1:]}, ensure_ascii=False))
    for m in res["missed"]:
        print("MISSED", m)
    for w in res["wrong"]:
        print("WRONG", w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
