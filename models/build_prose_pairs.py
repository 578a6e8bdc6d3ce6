#!/usr/bin/env python3
"""Build models/prose_pairs.tsv: word pairs of the directives' own prose that the gazette never prints.

    python models/build_prose_pairs.py [--texts samples/text] [--min-docs 2]

The syllable language model (models/lm, models/build_models.py) is counted on the Official
Gazette: laws, decrees and decisions.  The documents chidao reads are mostly provinces' and
communes' directives, plans and news items, whose prose has its own pairs: 'ra quân' (a
campaign's launch), 'sáng ngày', 'chào mừng', 'vừa qua', 'mưa lũ', 'hưởng ứng', 'vỉa hè',
'Bác Hồ'.  The gazette never prints them (no trigram counted), so the model knows them at
most as a dictionary pair, and the lost-glyph search reads 'ra quan' (the document prints
'cơ quan' intact ten times) where the text says 'ra quân'.

This table lists every syllable pair (lower-case, the LM's syllable spelling) that at least
MIN_DOCS of the development texts (samples/text, the clean directives) print inside one
sentence and that the shipped model counted in no trigram, with the number of those texts.
pipeline.repair.glyphprose reads it: the lost-glyph search's re-reading of a restored word
(glyphs.rescore_fills) weighs each candidate's pairs with its neighbours by it.  Only the
glyph repair reads it: the model itself, and so every other repair kind, is unchanged.

Deterministic (sorted); the held-out texts (samples/heldout) and the benchmark texts
(samples/unseen_repair, samples/unseenNN) are never read.  Rebuild it after the model or
the development texts change.
"""
from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from pipeline.repair.syllables import sentences  # noqa: E402

OUT = HERE / "prose_pairs.tsv"
TEXTS = ROOT / "samples" / "text"
HELD_OUT = ROOT / "samples" / "heldout"
MIN_DOCS = 2  # a pair one text prints may be that text's own name or slip


def document_pairs(text: str) -> set[tuple[str, str]]:
    """The adjacent syllable pairs of one text, as the model's sentences cut them."""
    out: set[tuple[str, str]] = set()
    for para in unicodedata.normalize("NFC", text).split("\n"):
        for s in sentences(para):
            out.update(zip(s, s[1:]))
    return out


def gazette_pairs(lm) -> set[int]:
    """The (v, w) keys (v * V + w) of every pair the model counted in a trigram."""
    import numpy as np

    keys = lm.arrays["tri_keys"]
    return set(np.unique(keys % (lm.V * lm.V)).tolist())


def build(texts: Path, min_docs: int = MIN_DOCS) -> list[tuple[str, str, int]]:
    from pipeline.repair.lm import load_model

    lm = load_model(ROOT / "models")
    held = {p.name for p in HELD_OUT.glob("*.txt")}
    docs: Counter = Counter()
    for p in sorted(texts.glob("*.txt")):
        if p.name in held:
            continue
        docs.update(document_pairs(p.read_text(encoding="utf-8", errors="replace")))
    syllables = set(lm.syllables)
    counted = gazette_pairs(lm)
    rows = []
    for (a, b), n in docs.items():
        if n < min_docs or a not in syllables or b not in syllables:
            continue
        if lm.id(a) * lm.V + lm.id(b) in counted:
            continue
        rows.append((a, b, n))
    return sorted(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, default=TEXTS)
    ap.add_argument("--min-docs", type=int, default=MIN_DOCS)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows = build(args.texts, args.min_docs)
    args.out.write_text("".join(f"{a} {b}\t{n}\n" for a, b, n in rows), encoding="utf-8")
    print(f"{args.out}: {len(rows)} pairs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
