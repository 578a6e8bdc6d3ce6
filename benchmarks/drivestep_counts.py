"""(tasks32, issue 5) How many sentences the drive-step opening ('Trong đợt cao điểm, ...', 'Sau ngày ra quân ...')
matches, and how many drivesteps.drive_step reads, in labelled text: the development gold (samples/gold), the pending
gold (samples/gold/pending) and the five task_audit short sets.  Each matched sentence is looked up among the gold's
(or the audit labels') tasks by its opening (plainterm_counts' lookup): required, optional, or no task at all -- the
false tasks the reading would add.  Every matched sentence is printed with its label and reading.

    python benchmarks/drivestep_counts.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.plainterm_counts import KINDS, audit_pairs, gold_pairs  # noqa: E402
from pipeline.extract.drivesteps import drive_lead_end, drive_step  # noqa: E402
from pipeline.extract.offices import load_gazetteer  # noqa: E402


def count(name: str, pairs, gaz) -> None:
    opened, read = [0, 0, 0], [0, 0, 0]
    for s, k in pairs:
        if drive_lead_end(s) is None:
            continue
        opened[k] += 1
        r = drive_step(s, gaz)
        read[k] += r
        print(f"  [{KINDS[k]}{' READ' if r else ''}] {s[:150]}")
    print(name, "opening:", dict(zip(KINDS, opened)), "read:", dict(zip(KINDS, read)))


if __name__ == "__main__":
    gaz = load_gazetteer()
    count("development gold", gold_pairs(ROOT / "samples" / "gold"), gaz)
    count("pending gold", gold_pairs(ROOT / "samples" / "gold" / "pending"), gaz)
    count("task_audit short..short5", audit_pairs(), gaz)
