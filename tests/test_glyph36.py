"""The directives' own word pairs the gazette never prints (models/prose_pairs.tsv, built by
models/build_prose_pairs.py from samples/text), weighed by the lost-glyph search when it reads
a restored word again (pipeline/repair/glyphprose.py, glyphs.rescore_fills): the table as the
build makes it, the bonus it gives, and real texts of samples/unseen_repair corrupted by the
glyph benchmark's own corruption (benchmarks/corrupt.py), repaired whole, with the pairs and
with their switch off."""

from __future__ import annotations

import importlib.util
import unicodedata
from pathlib import Path

import pytest

import pipeline.repair.glyphprose as glyphprose
from benchmarks.corrupt import corrupt
from benchmarks.repair import run

REPO = Path(__file__).resolve().parents[1]
ROOT = REPO / "samples" / "unseen_repair"


def _text(prefix: str) -> str:
    (path,) = sorted(ROOT.glob(f"{prefix}_*.txt"))
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


def _repair(text: str) -> str:
    return "\n".join(run(text)[0])


def _build_module():
    spec = importlib.util.spec_from_file_location("build_prose_pairs", REPO / "models" / "build_prose_pairs.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def test_the_committed_table_is_what_the_build_makes() -> None:
    mod = _build_module()
    rows = mod.build(mod.TEXTS)
    pairs = glyphprose.load_prose_pairs()
    assert {(a, b): n for a, b, n in rows} == pairs
    assert all(n >= mod.MIN_DOCS for n in pairs.values())


def test_the_table_holds_the_news_pairs_and_no_gazette_pair() -> None:
    pairs = glyphprose.load_prose_pairs()
    assert pairs[("ra", "quân")] >= 20  # a campaign's launch, in 29 development texts
    assert ("chào", "mừng") in pairs and ("vừa", "qua") in pairs
    # pairs the gazette prints are the model's business, not the table's
    assert ("ủy", "ban") not in pairs and ("thời", "gian") not in pairs
    assert ("rao", "vặt") not in pairs  # no development text prints it: the open class


def test_pair_bonus() -> None:
    pairs = glyphprose.load_prose_pairs()
    n = pairs[("ra", "quân")]
    assert glyphprose.pair_bonus("ra", "quân", None) == pytest.approx(glyphprose.PAIR_WEIGHT * __import__("math").log1p(n))
    assert glyphprose.pair_bonus("ra", "quan", None) == 0.0
    assert glyphprose.pair_bonus(None, "quân", None) == 0.0
    assert glyphprose.pair_bonus("ra", "quân", None, pairs={}) == 0.0


def test_switch_off(monkeypatch) -> None:
    monkeypatch.setattr(glyphprose, "PROSE_PAIRS", False)
    assert glyphprose.pair_bonus("ra", "quân", "lập") == 0.0


@pytest.mark.parametrize(("prefix", "gold", "before"), [
    # 'ra quân' read 'ra quan': the document prints 'cơ quan' intact, the gazette never 'ra quân'
    ("aj5", "tổ chức ra quân lập lại trật tự", "tổ chức ra quan lập lại trật tự"),
    ("ai3", "Vĩnh Thành ra quân tổng vệ sinh", "Vĩnh Thành ra quan tổng vệ sinh"),
    # a news item's 'nghe Báo cáo của' (the gazette prints 'báo cáo', never 'nghe báo')
    ("x13", "nghe Báo cáo của Ban Thường vụ", "nghe Bao cao của Ban Thường vụ"),
])
def test_benchmark_text_seed0(prefix: str, gold: str, before: str, monkeypatch) -> None:
    text = _text(prefix)
    assert gold in text
    broken, _info = corrupt(text, "glyph", 0)
    assert gold in _repair(broken)
    monkeypatch.setattr(glyphprose, "PROSE_PAIRS", False)
    assert before in _repair(broken)


@pytest.mark.parametrize("prefix", ["aj5", "ai3", "au1", "au4"])
def test_clean_text_unchanged(prefix: str) -> None:
    text = _text(prefix)
    assert _repair(text).splitlines() == text.splitlines()
