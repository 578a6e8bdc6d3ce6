"""models/build_names.py: the same sources give the same bytes (no hash order, no clock), and
the blind sets (HELD_OUT_GOLD_PREFIXES) are not counted, so their signers stay unseen."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def _build(tmp_path: Path, seed: str, name: str) -> Path:
    out = tmp_path / name
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, str(ROOT / "models" / "build_names.py"), "--corpus",
                        str(tmp_path / "no_corpus.jsonl.gz"), "--out", str(out)],
                       capture_output=True, text=True, env=env, timeout=600)
    assert r.returncode == 0, r.stderr
    return out


import pytest


@pytest.mark.slow
def test_the_names_build_is_deterministic_and_leaves_the_blind_sets_out(tmp_path: Path):
    a = _build(tmp_path, "1", "a.json")
    b = _build(tmp_path, "2", "b.json")
    assert a.read_bytes() == b.read_bytes()
    model = json.loads(a.read_text(encoding="utf-8"))
    from models.build_deadline_scorer import HELD_OUT_GOLD_PREFIXES

    assert model["manifest"]["held_out_prefixes"] == list(HELD_OUT_GOLD_PREFIXES)
    held = [g for g in sorted((ROOT / "samples" / "gold").glob("*.tasks.json"))
            if g.name.startswith(HELD_OUT_GOLD_PREFIXES)]
    seen = [g for g in sorted((ROOT / "samples" / "gold").glob("*.tasks.json"))
            if not g.name.startswith(HELD_OUT_GOLD_PREFIXES)]
    counted = {spelling for spellings in model["full"].values() for spelling in spellings}

    def signer(g: Path) -> str | None:
        return (json.loads(g.read_text(encoding="utf-8")).get("header") or {}).get("signer")

    known = {signer(g) for g in seen}
    only_blind = {signer(g) for g in held if signer(g)} - known
    assert only_blind, "no blind signer to check"
    # a blind set's signer is counted only if a seen text also names them (samples/text of
    # other documents); those found only in blind files are not
    texts = " ".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in sorted((ROOT / "samples" / "text").glob("*.txt")) + sorted((ROOT / "samples" / "gold").glob("*.clean.txt"))
                     if not p.name.startswith(HELD_OUT_GOLD_PREFIXES))
    for name in only_blind:
        if name not in texts:
            assert name not in counted, name
