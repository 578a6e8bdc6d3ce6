"""The held-out gold (samples/heldout) measures whether the extraction generalises; it must never be
used to tune rules (see samples/heldout/README.md).  These tests only check that the gold itself is
sound: well-formed for samples/gold/validate.py, its clean texts are the shipped inputs byte for
byte, and it scores 1.0 against itself with vnscore (every task as a prediction, and only the
required ones: an anchor that an earlier sentence could claim would break the second case)."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "samples" / "heldout"
GOLD = HELDOUT / "gold"
VALIDATE = ROOT / "samples" / "gold" / "validate.py"
VNSCORE = ROOT.parent / "shared" / "eval" / "vnscore.py"


def heldout_docs() -> list[dict]:
    return [json.loads(f.read_text(encoding="utf-8")) for f in sorted(GOLD.glob("*.tasks.json"))]


def test_validator_passes_on_the_heldout_gold():
    res = subprocess.run([sys.executable, str(VALIDATE), str(GOLD)], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr
    assert " 0 errors" in res.stdout


@pytest.mark.parametrize("doc", heldout_docs(), ids=lambda d: d["doc_id"])
def test_heldout_clean_text_is_the_shipped_input(doc: dict):
    assert (HELDOUT / f"{doc['doc_id']}.txt").read_bytes() == (GOLD / f"{doc['doc_id']}.clean.txt").read_bytes()
    assert doc["tasks"] and sum(not t["optional"] for t in doc["tasks"]) >= 50


@pytest.mark.needs_shared
@pytest.mark.parametrize("required_only", [False, True], ids=["all-tasks", "required-only"])
def test_heldout_gold_scores_itself_perfectly_with_vnscore(tmp_path: Path, required_only: bool):
    rows = [{"doc_id": d["doc_id"], "task": t["text"], "section": t["section"], "offices": "; ".join(t["offices"]),
             "deadline": t["deadline"] or "", "recurrence": t["recurrence"] or ""}
            for d in heldout_docs() for t in d["tasks"] if not (required_only and t["optional"])]
    with (tmp_path / "tasks.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    res = subprocess.run([sys.executable, str(VNSCORE), "tasks", "--pred", str(tmp_path / "tasks.csv"), "--gold", str(GOLD)],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    scores = json.loads(res.stdout)
    assert scores["missed"] == [] and scores["wrong"] == [], scores
    for key in ("task_f1", "deadline_f1", "office_f1", "section_accuracy", "recurrence_accuracy"):
        assert scores[key] == 1.0, key
