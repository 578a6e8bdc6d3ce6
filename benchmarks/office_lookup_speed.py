"""The office lookup's cost in extraction, two source trees side by side.  One command:

    .venv/bin/python benchmarks/office_lookup_speed.py --base ../wt/start [--step 8] [--rounds 2]

Why: `Gazetteer.find` is asked ~150 times a document (the same sentence as subject, list and
opener); session 23 (testtime4) answered repeats from a memo.  Each round runs this tree and
``--base`` in alternating fresh processes (``PYTHONPATH`` decides which ``pipeline`` each imports)
on every STEP-th text of samples/text: the whole pipeline once per document (models warm), then
``extract_tasks`` again, timed in CPU, the memo (where the tree has one) cleared first, so no
document is helped by another.  It prints extraction CPU per document, the lookup's calls and how
many repeat a (text, fuzzy) pair of the same document, and a hash of the tasks and their offices:
both trees must give the same (a difference makes the exit code 1).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import collections, hashlib, json, sys, time
from pathlib import Path
from pipeline.extract import extract_tasks, offices
from pipeline.language import Pipeline

files = sorted(Path(sys.argv[1]).glob("*.txt"))[::int(sys.argv[2])]
asked = collections.Counter()
plain = offices.Gazetteer.find
def counted(self, text, fuzzy=True):
    asked[(text, fuzzy)] += 1
    return plain(self, text, fuzzy)
pipe, gaz = Pipeline(), offices.load_gazetteer()
cpu, calls, distinct, digest = 0.0, 0, 0, hashlib.sha1()
for f in files:
    doc = pipe(f)
    if hasattr(offices, "_memo_find"):
        offices._memo_find.cache_clear()
    t = time.process_time()
    tasks = extract_tasks(doc, gaz)[0]
    cpu += time.process_time() - t
    offices.Gazetteer.find = counted
    asked.clear()
    extract_tasks(doc, gaz)
    offices.Gazetteer.find = plain
    calls += sum(asked.values()); distinct += len(asked)
    for task in tasks:
        digest.update(repr((task.text, [(o.office, o.role) for o in task.offices])).encode("utf-8"))
print(json.dumps({"docs": len(files), "cpu": cpu, "calls": calls, "distinct": distinct, "hash": digest.hexdigest()}))
"""


def measure(tree: Path, texts: Path, step: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree))
    out = subprocess.run([sys.executable, "-c", _CHILD, str(texts), str(step)], cwd=tree, env=env,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", type=Path, required=True, help="the other source tree (a worktree or checkout)")
    ap.add_argument("--texts", type=Path, default=ROOT / "samples" / "text")
    ap.add_argument("--step", type=int, default=8, help="every STEP-th text")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    differs = False
    for r in range(args.rounds):
        base = measure(args.base.resolve(), args.texts.resolve(), args.step)
        this = measure(ROOT, args.texts.resolve(), args.step)
        n = this["docs"]
        print(f"round {r + 1}: {n} docs; extract_tasks CPU per doc base {1000 * base['cpu'] / n:.0f} ms, "
              f"this {1000 * this['cpu'] / n:.0f} ms (ratio {this['cpu'] / base['cpu']:.2f}); lookups "
              f"{this['calls']} ({100 * (1 - this['distinct'] / max(this['calls'], 1)):.1f} % repeat within their document)")
        if base["hash"] != this["hash"]:
            differs = True
            print("  tasks or offices DIFFER between the trees")
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
