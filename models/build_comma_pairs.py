#!/usr/bin/env python3
"""Build models/comma_pairs.txt: word pairs the gazette never separates with a comma.

    python models/build_comma_pairs.py [--corpus ../shared/corpus/congbao.jsonl.gz]

Tesseract reads a speck of dust or toner between two words as a comma ('xây dựng, kế hoạch',
'Căn, cứ', 'bảo đảm các, điều kiện' where the page prints none).  The syllable language model
skips commas, so it cannot tell such a speck from a real comma ('sở, ban, ngành', 'cán bộ,
công chức').  The corpus can: a pair of adjacent words that it prints together at least
MIN_PAIR times and splits with a comma at most once in COMMA_ODDS times is kept (lower-case,
the LM's syllable spelling, one pair a line, sorted).  pipeline.repair.ocrcommas reads it: a
comma after a word Tesseract doubted, between such a pair, is removed.

Deterministic (sorted); the held-out documents are never read; without the corpus the committed
file is kept as it is.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from models.corpus_source import build_table_main, documents  # noqa: E402
from pipeline.repair.syllables import norm_syllable  # noqa: E402

OUT = HERE / "comma_pairs.txt"
MIN_PAIR = 20     # printed together at least this often
COMMA_ODDS = 50   # and split by a comma at most once per this many times
_TOKENS = re.compile(r"[^\W\d_]+|[^\w\s]|\d+")


def build(corpus: Path) -> list[tuple[str, str]]:
    together: Counter = Counter()
    split: Counter = Counter()
    for d in documents(corpus):
        toks = _TOKENS.findall(unicodedata.normalize("NFC", d.get("text", "")))
        for a, b, c in zip(toks, toks[1:], toks[2:]):
            if not a[0].isalpha():
                continue
            if b[0].isalpha():
                together[(a.lower(), b.lower())] += 1
            elif b == "," and c[0].isalpha():
                split[(a.lower(), c.lower())] += 1
    pairs = {(norm_syllable(a), norm_syllable(b)) for (a, b), n in together.items()
             if n >= MIN_PAIR and split[(a, b)] * COMMA_ODDS <= n}
    return sorted(pairs)


def main(argv: list[str] | None = None) -> int:
    return build_table_main(argv, __doc__.splitlines()[0], OUT, None, build, lambda pairs: f"{len(pairs)} pairs", line=lambda pair: f"{pair[0]} {pair[1]}")
    pairs = build(args.corpus)
    OUT.write_text("".join(f"{a} {b}\n" for a, b in pairs), encoding="utf-8")
    print(f"{OUT}: {len(pairs)} pairs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
