"""Two source trees timed side by side: the alternating-rounds loop the speed benchmarks share.

The machine is shared and its load changes by +-30 % within minutes, so a speed measured in
one run is no baseline for one measured in another.  benchmarks/repair_speed.py and
benchmarks/forked_speed.py therefore run each tree's worker in fresh processes
(``PYTHONPATH`` picks the tree), alternating which tree goes first from round to round, and
compare the rounds' medians and the trees' output hashes.  This module holds that loop once.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path


def run_tree(tree: Path, script: Path, inputs: str, extra: Sequence[str] = ()) -> dict:
    """Run ``script --worker inputs *extra`` in a fresh process importing ``tree``'s
    pipeline (cwd and PYTHONPATH the tree); its last line of output, as JSON."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    res = subprocess.run([sys.executable, str(Path(script).resolve()), "--worker", inputs, *extra],
                         env=env, cwd=str(tree), capture_output=True, text=True, check=False)
    if res.returncode:
        raise SystemExit(f"{tree}: worker failed\n{res.stderr[-3000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def alternate_rounds(rounds: int, base: Path, this: Path, run: Callable[[Path], dict],
                     show: Callable[[int, str, dict], None]) -> dict[str, list[dict]]:
    """``rounds`` rounds of ``run(tree)`` for the base tree and this one, base first in even
    rounds and this tree first in odd ones (a neighbour's burst of load then falls on both
    in turn); ``show(round, label, result)`` prints each result as it comes.  Returns each
    tree's results by label ('base', 'this'), in round order."""
    got: dict[str, list[dict]] = {"base": [], "this": []}
    for r in range(rounds):
        order = [("base", base), ("this", this)] if r % 2 == 0 else [("this", this), ("base", base)]
        for label, tree in order:
            res = run(tree)
            got[label].append(res)
            show(r + 1, label, res)
    return got


def print_summary(got: dict[str, list[dict]], cols: list[str], width: int, ratio_label: str, ratio,
                  what: str) -> list[str]:
    """The medians of each tree's rounds, the median of the rounds' ``ratio(this, base)`` per
    column, and whether the trees' output hashes agree; returns the documents that differ."""
    for label in ("base", "this"):
        print(f"{'median':6} {label:6}" + "".join(
            f" {statistics.median(x[c] for x in got[label]):{width}.2f}" for c in cols))
    ratios = [statistics.median(ratio(t[c], b[c]) for t, b in zip(got["this"], got["base"])) for c in cols]
    print(f"{ratio_label:13}" + "".join(f" {x:{width}.2f}" for x in ratios))
    diff = [k for k, h in got["base"][0]["hashes"].items() if got["this"][0]["hashes"].get(k) != h]
    print(f"outputs ({what}): {'identical' if not diff else 'DIFFER on ' + ', '.join(diff[:10])}"
          f" on {len(got['base'][0]['hashes'])} documents")
    return diff
