"""A one-syllable word a lost-glyph font lost whole, read again after the search
(pipeline/repair/glyphbare.py): real texts of samples/unseen_repair corrupted by the glyph
benchmark's own corruption (benchmarks/corrupt.py), repaired whole."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

import pipeline.repair.glyphbare as glyphbare
from benchmarks.corrupt import corrupt
from benchmarks.repair import run

ROOT = Path(__file__).resolve().parents[1] / "samples" / "unseen_repair"


def _text(prefix: str) -> str:
    (path,) = sorted(ROOT.glob(f"{prefix}_*.txt"))
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


def _repair(text: str) -> str:
    return "\n".join(run(text)[0])


@pytest.mark.parametrize(("prefix", "seed", "phrase"), [
    # 'ý' lost whole twice: 'đóng góp nhiều   kiến', 'Tiếp thu   kiến' (the set read without 'ý')
    ("l12", 1, "Tiếp thu ý kiến chỉ đạo"),
    # 'từ' lost whole before 'ngày': 'kể    ngày ký'
    ("u09", 0, "kể từ ngày ký"),
    # 'hệ' before 'thống': 'kết nối với    thống'
    ("h7", 2, "kết nối với hệ thống"),
])
def test_word_lost_whole_is_read(prefix: str, seed: int, phrase: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _text(prefix)
    assert phrase in text
    broken, _info = corrupt(text, "glyph", seed)
    assert phrase not in broken
    assert phrase in _repair(broken)
    monkeypatch.setattr(glyphbare, "BARE_RESCORE", False)
    assert phrase not in _repair(broken)


def test_clean_text_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    """A clean text's repair is what it was before this pass (the pass runs only in a
    damaged document's search, and on the clean texts its runs of spaces stay)."""
    texts = [_text(p) for p in ("l12", "u09", "h7", "s24")]
    on = [_repair(t) for t in texts]
    monkeypatch.setattr(glyphbare, "BARE_RESCORE", False)
    assert on == [_repair(t) for t in texts]
