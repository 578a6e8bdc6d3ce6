"""Exact-form office matches of a run against gold (forms19): aggregate counts only.

    python scripts/office_exact_forms.py --pred OUT --gold GOLD_DIR [--pred2 OUT2]

The scorer matches offices leniently (one name inside the other); this counts, over the documents of
the gold directory, the distinct predicted office names of a document (lead and support) that equal one
of that document's gold office names exactly (whitespace and case folded), against all of them.  It
prints totals only (safe on the blind sets: no names, no per-document lines).
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from collections import defaultdict
from pathlib import Path


def _n(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip(" .,;:").casefold()


def counts(pred: Path, gold: Path) -> tuple[int, int, int]:
    golds: dict[str, set] = {}
    for f in gold.glob("*.tasks.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        golds[d.get("doc_id") or f.name[:-len(".tasks.json")]] = {_n(o) for t in d.get("tasks", []) for o in (t.get("offices") or [])}
    names: dict[str, set] = defaultdict(set)
    with (pred / "task_offices.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r.get("role") in ("lead", "support") and r["doc_id"] in golds:
                names[r["doc_id"]].add(_n(r["office"]))
    total = sum(len(v) for v in names.values())
    exact = sum(len(v & golds[d]) for d, v in names.items())
    return exact, total, sum(len(v) for d, v in golds.items() if d in names)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", type=Path, required=True)
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--pred2", type=Path)
    a = ap.parse_args()
    for p in [a.pred] + ([a.pred2] if a.pred2 else []):
        e, t, g = counts(p, a.gold)
        print(f"{p}: {e} of {t} distinct predicted office names exactly a gold name ({g} gold names in those documents)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
