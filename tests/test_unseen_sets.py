"""The standing blind measurement sets (samples/unseen13 + samples/gold/unseen13, prefix 'ys';
samples/unseen14 + samples/gold/unseen14, prefix 'yx'; samples/unseen15 + samples/gold/unseen15,
prefix 'yz'; samples/unseen16 + samples/gold/unseen16, prefix 'zh'; samples/unseen17 + samples/gold/unseen17,
prefix 'zs'; samples/unseen18 + samples/gold/unseen18, prefix 'zy'; samples/unseen19 + samples/gold/unseen19,
prefix 'ea'; samples/unseen20 + samples/gold/unseen20, prefix 'ee'; samples/unseen21 + samples/gold/unseen21,
prefix 'ej'; samples/unseen22 + samples/gold/unseen22, prefix 'em';
samples/unseen23 + samples/gold/unseen23, prefix 'ep';
samples/unseen24 + samples/gold/unseen24, prefix 'es';
samples/unseen25 + samples/gold/unseen25, prefix 'ev';
samples/unseen26 + samples/gold/unseen26, prefix 'ex';
samples/unseen27 + samples/gold/unseen27, prefix 'fa';
samples/unseen28 + samples/gold/unseen28, prefix 'fe';
samples/unseen29 + samples/gold/unseen29, prefix 'fj';
samples/unseen30 + samples/gold/unseen30, prefix 'fo';
samples/unseen31 + samples/gold/unseen31, prefix 'ft';
samples/unseen32 + samples/gold/unseen32, prefix 'fx';
samples/unseen33 + samples/gold/unseen33, prefix 'gc') are well-formed gold and stay out of every
fit: each gold file passes samples/gold/validate.py, each input is its clean text byte for byte,
and the prefix is in HELD_OUT_GOLD_PREFIXES (the deadline scorer's and the name model's fits).
No extraction is scored here: these sets are measured, never tuned on (see their README)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT

SETS = [("unseen13", "ys"), ("unseen14", "yx"), ("unseen15", "yz"), ("unseen16", "zh"), ("unseen17", "zs"),
        ("unseen18", "zy"), ("unseen19", "ea"), ("unseen20", "ee"),
        ("unseen21", "ej"), ("unseen22", "em"), ("unseen23", "ep"), ("unseen24", "es"),
        ("unseen25", "ev"), ("unseen26", "ex"), ("unseen27", "fa"),
        ("unseen28", "fe"), ("unseen29", "fj"),
        ("unseen30", "fo"), ("unseen31", "ft"), ("unseen32", "fx"),
        ("unseen33", "gc")]


@pytest.mark.parametrize("name,prefix", SETS)
def test_the_blind_set_is_valid_gold(name: str, prefix: str):
    gold = ROOT / "samples" / "gold" / name
    res = subprocess.run([sys.executable, str(ROOT / "samples" / "gold" / "validate.py"), str(gold)],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr
    assert " 0 errors" in res.stdout


@pytest.mark.parametrize("name,prefix", SETS)
def test_the_blind_set_inputs_are_the_clean_texts_and_stay_held_out(name: str, prefix: str):
    from models.build_deadline_scorer import HELD_OUT_GOLD_PREFIXES

    assert prefix in HELD_OUT_GOLD_PREFIXES
    gold = ROOT / "samples" / "gold" / name
    docs = sorted(gold.glob("*.tasks.json"))
    assert len(docs) >= 8
    inputs = sorted((ROOT / "samples" / name).glob("*.txt"))
    assert {p.stem for p in inputs} == {json.loads(d.read_text(encoding="utf-8"))["doc_id"] for d in docs}
    for p in inputs:
        assert p.name.startswith(prefix)
        assert p.read_bytes() == (gold / f"{p.stem}.clean.txt").read_bytes(), p.name
    # never in the folders the tests, benchmarks and builders read
    assert not list((ROOT / "samples" / "text").glob(f"{prefix}[0-9]*"))
    assert not list((ROOT / "samples" / "gold").glob(f"{prefix}[0-9]*"))
