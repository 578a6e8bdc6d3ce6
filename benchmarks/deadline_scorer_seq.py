#!/usr/bin/env python3
"""The deadline scorer measured sequentially by batch: fit on what was annotated before, test on the next.

    python benchmarks/deadline_scorer_seq.py [--first 15] [--last 28] [--veto 0.15 0.2 ...] [--C 0.5]

For each batch k of ``benchmarks/data/deadline_phrases.tsv`` from ``--first`` to ``--last``, the
scorer is fitted (as ``models/build_deadline_scorer.py`` fits it: ctx features, L2 logistic
regression) on the sentences of batches 1..k-1 and the development gold tasks (held-out gold
prefixes excluded, as the builder does), then the benchmark's pipeline runs batch k with the rules
alone, with the shipped model (fitted on batches 1-9 + gold, so honest on k >= 10) and with the
sequential fit under each veto threshold.  The sums over the batches (tp / predicted / dated) give
one micro F1 per column: the number a change to the features, the fit or the policy must move.
Nothing here chooses anything by the gold of batch k.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import build_deadline_scorer as bds  # noqa: E402
import deadline_phrases as bench  # noqa: E402
from pipeline.config import Config  # noqa: E402
from pipeline.extract.datescore import load_scorer  # noqa: E402
from pipeline.extract.temporal import use_scorer  # noqa: E402


def run_batch(items, scorer, wrong: list | None = None) -> bench.Tally:
    t = bench.Tally()
    config = Config(ocr=False)
    with use_scorer(scorer):
        for it in items:
            d, r, found, text = bench.pipeline(it, config)
            t.add(it, d, r, found, text)
            if wrong is not None and d != it.deadline:
                wrong.append((it, d, text))
    return t


def f1(tp: int, pred: int, dated: int) -> float:
    p = tp / pred if pred else 1.0
    r = tp / dated if dated else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--first", type=int, default=15)
    ap.add_argument("--last", type=int, default=28)
    ap.add_argument("--veto", type=float, nargs="+", default=[0.15])
    ap.add_argument("--scope", default="weak", help="veto scope: 'weak' (shipped) or 'all'")
    ap.add_argument("--C", type=float, default=bds.C)
    ap.add_argument("--min-count", type=int, default=bds.MIN_COUNT)
    ap.add_argument("--span-rule", action="store_true", help="with temporal.DIRECTIVE_SPAN_STRONG (measured, off by default)")
    ap.add_argument("--role", action="store_true", help="with datescore.role_features (measured, off by default)")
    ap.add_argument("--no-role", action="store_true", help="without datescore.role_features (the features before session 14)")
    ap.add_argument("--no-gold", action="store_true", help="fit on the batches only")
    ap.add_argument("--shipped", action="store_true", help="also the shipped model's column")
    ap.add_argument("--shipped-path", help="the shipped column's JSON (default models/deadline_scorer.json)")
    ap.add_argument("--show", action="store_true", help="print the items the last column gets wrong")
    a = ap.parse_args()
    bds.C = a.C
    bds.MIN_COUNT = a.min_count
    import pipeline.extract.datescore as ds
    import pipeline.extract.temporal as tp
    ds.ROLE_FEATURES = a.role and not a.no_role
    tp.DIRECTIVE_SPAN_STRONG = a.span_rule
    t0 = time.perf_counter()
    examples = bds.load_examples()
    rows: dict[int, list] = {}
    for ex in examples:
        rows.setdefault(ex["group"], []).extend(bds.candidates(ex, False))
    items = [it for it in bench.load(bench.DATA)]
    by_batch: dict[int, list] = {}
    for it in items:
        by_batch.setdefault(bds.batch_of(it.note), []).append(it)
    cols = ["rules"] + (["shipped"] if a.shipped else []) + [f"veto<{v}" for v in a.veto]
    sums = {c: [0, 0, 0, 0, 0] for c in cols}  # tp, pred, dated, right, n
    print(f"{'batch':<6}{'n':>4}{'dated':>6} | " + " | ".join(f"{c:>16}" for c in cols) + "   (F1 tp/pred)")
    shipped = load_scorer(a.shipped_path)
    wrong: list = []
    for k in range(a.first, a.last + 1):
        if k not in by_batch:
            continue
        train = [r for g, v in rows.items() if g < k and (g > 0 or not a.no_gold) for r in v]
        cells = []
        for c in cols:
            if c == "rules":
                sc = None
            elif c == "shipped":
                sc = shipped
            else:
                sc = bds.fit(train, {"features": "ctx", "modes": ["veto"], "veto_below": float(c[5:]),
                                     "veto_scope": a.scope})
            t = run_batch(by_batch[k], sc, wrong if (a.show and c == cols[-1]) else None)
            s = sums[c]
            for j, x in enumerate((t.tp, t.pred, t.dated, t.right, t.n)):
                s[j] += x
            cells.append(f"{t.f1():.2f} {t.tp:>3}/{t.pred:<3} a{t.right / t.n:.2f}")
        print(f"{k:<6}{len(by_batch[k]):>4}{t.dated:>6} | " + " | ".join(f"{x:>16}" for x in cells), flush=True)
    print("-" * 80)
    print(f"{'ALL':<16} | " + " | ".join(
        f"{f1(*sums[c][:3]):.3f} {sums[c][0]:>3}/{sums[c][1]:<3}" for c in cols) + f"   dated {sums[cols[0]][2]}")
    print("accuracy (deadline or its absence right): " + ", ".join(
        f"{c} {sums[c][3] / max(sums[c][4], 1):.3f}" for c in cols))
    print(f"{time.perf_counter() - t0:.0f} s")
    for it, d, text in wrong:
        print(f"{it.id} expected {it.deadline or '-'} got {d or '-'} '{text}' | {it.text[:220]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
