"""The deadline-phrases benchmark's data stays well formed, and the pipeline does not fall back
on it (a guard, not the measurement: `benchmarks/deadline_phrases.py` prints the table)."""
from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

from pipeline.config import Config

ROOT = Path(__file__).resolve().parent.parent
RECURRENCES = {"", "daily", "weekly", "monthly", "quarterly", "half-yearly", "yearly"}


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("deadline_phrases", ROOT / "benchmarks" / "deadline_phrases.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["deadline_phrases"] = mod  # (its dataclasses look their module up there)
    spec.loader.exec_module(mod)
    return mod


def test_data_is_well_formed(bench):
    items = bench.load(bench.DATA)
    assert len(items) >= 300
    assert len({it.id for it in items}) == len(items)
    for it in items:
        assert it.kind in ("sentence", "attr", "next", "cell", "row", "table", "list"), it.id  # list: a lead-in and its items (batch 19)
        # ('page:' a public web page's address: the press or a portal printing a directive)
        assert it.source.startswith(("corpus:", "github:", "page:")), it.id
        assert it.recurrence in RECURRENCES, it.id
        if it.deadline:
            dt.date.fromisoformat(it.deadline)
        assert "844-qd-ttg" not in it.source and "116-nq-cp" not in it.source  # never the held-out documents


@pytest.mark.slow  # (structure + extract on 323 small documents: ~3 s alone, more under load)
def test_pipeline_holds_its_scores(bench):
    items = bench.load(bench.DATA)
    config = Config(ocr=False)
    right = rec = 0
    for it in items:
        dl, r, _found, _text = bench.pipeline(it, config)
        right += dl == it.deadline
        rec += r == it.recurrence
    # measured 0.99 / 0.99 when written; a drop below these is a regression to look at.  Session 15's blind
    # batches 33-34 (57 items dense in dates that are no deadline) took the deadline share to 1682/1735 =
    # 0.969 with deadline15's rules (main's rules of 442a7eb: 1670/1735 = 0.963 on the same items): floor 0.965.
    # Session 16's blind batches 37-38 (45 items) and deadline16's rules: 1784/1828 = 0.976 (main's rules of
    # 26da796: 1771/1828 = 0.969): floor 0.97
    assert right / len(items) >= 0.97
    assert rec / len(items) >= 0.97
