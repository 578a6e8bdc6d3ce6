#!/usr/bin/env python3
"""Every deadline disagreement of a run on matched gold tasks, with both texts (deadline35).

    python3 benchmarks/deadline_diff.py OUT/tasks.csv GOLDDIR            # FALSE / MISSED / WRONG rows
    python3 benchmarks/deadline_diff.py OUT/tasks.csv GOLDDIR --slack    # the scorer's first-hit artefacts

Why: vnscore prints at most 40 'wrong' lines and mixes offices with deadlines; counting false dates by class
needs every deadline row of a set with the predicted task's text and deadline_text. The pairing is vnscore's own
(``contains_anchor`` with its one-word slack, the first prediction holding the anchor), imported from
``../shared/eval/vnscore.py`` (or ``$VNSCORE``), so the rows are the ones its deadline precision and recall count.

``--slack`` lists the rows where that pairing, not the extraction, makes the disagreement: the gold anchor is held
by more than one prediction, the first one's date differs from the gold's and a later one carries it (deadline35
found 8 such rows of 17 on pending and unseen24-28: pending yo1's schedule rows, zm2, unseen27 fa9). Never run it on
the held-out set's gold by hand: that set is measurement.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _vnscore():
    path = Path(os.environ.get("VNSCORE", ROOT.parent / "shared" / "eval" / "vnscore.py"))
    if not path.exists():
        path = Path("/work/shared/eval/vnscore.py")
    spec = importlib.util.spec_from_file_location("vnscore", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pred", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--slack", action="store_true", help="only the scorer's first-hit artefacts")
    a = ap.parse_args()
    V = _vnscore()
    gold = V.load_gold([str(a.gold)])
    by: dict[str, list[dict]] = {}
    with a.pred.open(encoding="utf-8-sig", newline="") as fh:
        for r in csv.DictReader(fh):
            by.setdefault(r["doc_id"], []).append(r)
    n = 0
    for doc_id, doc in sorted(gold.items()):
        preds = by.get(doc_id, [])
        ptoks = [V.tokens(r.get("task", "")) for r in preds]
        for gt in doc["tasks"]:
            if gt.get("optional"):
                continue
            hits = [i for i, pt in enumerate(ptoks) if V.contains_anchor(pt, V.tokens(gt["anchor"]))]
            if not hits:
                continue
            gd = gt.get("deadline") or ""
            r = preds[hits[0]]
            pd = (r.get("deadline") or "").strip()[:10]
            if pd == gd:
                continue
            if a.slack:
                if not any((preds[i].get("deadline") or "")[:10] == gd for i in hits[1:]):
                    continue
                n += 1
                print(f"{doc_id}\tfirst={pd or '-'}\tgold={gd or '-'}\t{gt['anchor']!r}")
                continue
            kind = "FALSE" if pd and not gd else ("MISSED" if gd and not pd else "WRONG")
            n += 1
            print(f"{kind}\t{doc_id}\tpred={pd or '-'}\tgold={gd or '-'}\tdt={r.get('deadline_text', '')[:80]!r}"
                  f"\ttask={r.get('task', '')[:220]!r}")
    print(f"{n} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
