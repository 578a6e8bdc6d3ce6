"""(tasks33, issue 5) Class (A) measured before any rule: a body's step told with 'sẽ' in an item that never asks.

'Bộ GD-ĐT sẽ tổ chức rà soát ...', 'Nhằm ..., Cục CSGT sẽ huy động tối đa lực ...', 'Trong quá trình ..., Hội CTĐ
tỉnh cùng các huyện ... sẽ thực hiện nghiêm ...': a plain step, no ask, no modal but the future 'sẽ'.  This script
looks every sentence of labelled text up among its labels (plainterm_counts' lookup: required, optional, no task)
for two readings:

- broad: any sentence with 'sẽ' and no modal or ask word, no tense word, no speaker's report -- what a broad rule
  would add;
- shape: futuresteps.future_step (the body, then 'sẽ' and its act, after at most a purpose, a link and two time
  phrases; see that module), ungated by the item.

Sets: the development gold (samples/gold), the pending gold (samples/gold/pending, the batch `fk` left out: it is
the carry-over, scored apart) and the five task_audit short sets.  ``--show`` prints every shape sentence.

    python benchmarks/futurestep_counts.py [--show]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.plainterm_counts import KINDS, MODAL, audit_pairs, gold_pairs  # noqa: E402
from pipeline.extract.boundstep import REPORTED_RE, _TENSE_RE  # noqa: E402
from pipeline.extract.offices import load_gazetteer  # noqa: E402

SE = re.compile(r"(?<![^\W_])sẽ(?![^\W_])", re.I)


def count(name: str, pairs, gaz, show: bool) -> None:
    from pipeline.extract.futuresteps import future_step

    broad, shape = [0, 0, 0], [0, 0, 0]
    for s, k in pairs:
        if not SE.search(s) or MODAL.search(s) or _TENSE_RE.search(s) or REPORTED_RE.search(s):
            continue
        broad[k] += 1
        if future_step(s, gaz):
            shape[k] += 1
            if show:
                print(f"  [{KINDS[k]}] {s[:160]}")
    print(name, "broad 'sẽ':", dict(zip(KINDS, broad)), "shape:", dict(zip(KINDS, shape)))


def pending_pairs():
    """gold_pairs over the pending gold, the carry-over batch `fk` left out (its texts are scored apart)."""
    return gold_pairs(ROOT / "samples" / "gold" / "pending", skip="fk")


if __name__ == "__main__":
    show = "--show" in sys.argv
    gaz = load_gazetteer()
    count("development gold", gold_pairs(ROOT / "samples" / "gold"), gaz, show)
    count("pending gold (no fk)", pending_pairs(), gaz, show)
    count("task_audit short..short5", audit_pairs(), gaz, show)
