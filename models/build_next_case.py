#!/usr/bin/env python3
"""Build models/next_case.tsv: how often the gazette follows each syllable with a capital.

    python models/build_next_case.py [--corpus ../shared/corpus/congbao.jsonl.gz]

The syllable language model reads every word in lower case, so it cannot see that a word
introduces a name: 'tỉnh', 'huyện', 'xã', 'ấp', 'Bộ', 'Sở' are followed by a capitalised
word ('tỉnh Lào Cai', 'huyện Văn Yên') most of the time, their OCR look-alikes 'tính',
'huyên', 'xa', 'ẩp', 'Bô' almost never.  For each syllable this counts, over pairs of words
parted by one space inside a line (no heading in capitals), how often the next word is
Title-case and how often it is any word: pipeline.repair.ocr weighs an OCR candidate by it
(CASE_NEXT_WEIGHT).  One row a syllable seen at least MIN_SEEN times before a word:
syllable, next Title-case, next any (lower-case, the LM's syllable spelling, sorted).

Deterministic; the held-out documents are never read; without the corpus the committed file
is kept as it is.
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

OUT = HERE / "next_case.tsv"
MIN_SEEN = 20
_PAIR = re.compile(r"(?=(?<![^\W\d_])([^\W\d_]+) ([^\W\d_]+)(?![^\W\d_]))")


def _title(w: str) -> bool:
    return w[0].isupper() and (len(w) == 1 or w[1:].islower())


def build(corpus: Path) -> list[tuple[str, int, int]]:
    title: Counter = Counter()
    seen: Counter = Counter()
    for d in documents(corpus):
        for line in unicodedata.normalize("NFC", d.get("text", "")).split("\n"):
            for m in _PAIR.finditer(line):
                a, b = m.group(1), m.group(2)
                if (len(a) > 1 and a.isupper()) or (len(b) > 1 and b.isupper()):
                    continue  # a heading or a code in capitals says nothing of case
                w = norm_syllable(a.lower())
                seen[w] += 1
                if _title(b):
                    title[w] += 1
    return sorted((w, title[w], n) for w, n in seen.items() if n >= MIN_SEEN)


def main(argv: list[str] | None = None) -> int:
    return build_table_main(argv, "syllable -> how often the gazette follows it with a capital", OUT,
                            ("syllable", "next_title", "next_any"), build,
                            lambda rows: f"{len(rows)} syllables")


if __name__ == "__main__":
    raise SystemExit(main())
