#!/usr/bin/env python3
"""Build models/term_phrases.txt: fixed 3-5-syllable administrative terms of the gazette.

    python models/build_term_phrases.py [--corpus ../shared/corpus/congbao.jsonl.gz]

Some terms are printed one way only ('cổng thông tin điện tử', 'cổng dịch vụ công quốc gia'),
yet the trigram model, which sees two words of context, prefers an everyday syllable where a
scan blurred a mark ('Công thông tin điện tử').  The corpus gives the term whole: every run of
3 to 5 words (no punctuation between them) printed at least MIN_COUNT times whose spelling holds
at least DOMINANT of all the corpus's runs with the same letters once marks are stripped is
kept; a run inside a longer kept one that holds SUBSUMED of its count is dropped (the longer
term says it).  One phrase a line (lower case, the LM's syllable spelling), sorted.
pipeline.repair.ocrterms reads it: a run of a Tesseract line with the same bare letters as a
term, whose differing words Tesseract doubted, is given the term's marks.

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
from pipeline.repair.syllables import norm_syllable, skeleton  # noqa: E402

OUT = HERE / "term_phrases.txt"
MIN_COUNT = 100   # printed at least this often
DOMINANT = 0.95   # share of the runs with the same bare letters
SUBSUMED = 0.8    # a shorter run inside a kept longer one holding this share of it is dropped
_TOKENS = re.compile(r"[^\W\d_]+|\S")


def build(corpus: Path) -> list[str]:
    runs: Counter = Counter()
    for d in documents(corpus):
        toks = [t.lower() for t in _TOKENS.findall(unicodedata.normalize("NFC", d.get("text", "")))]
        for n in (3, 4, 5):
            for i in range(len(toks) - n + 1):
                run = toks[i:i + n]
                if all(t[0].isalpha() for t in run):
                    runs[tuple(norm_syllable(t) for t in run)] += 1
    bare: Counter = Counter()
    for run, c in runs.items():
        bare[tuple(skeleton(t) for t in run)] += c
    keep = {run: c for run, c in runs.items()
            if c >= MIN_COUNT and c >= DOMINANT * bare[tuple(skeleton(t) for t in run)]}
    inside = set()
    for run, c in keep.items():
        for m in range(3, len(run)):
            for i in range(len(run) - m + 1):
                part = run[i:i + m]
                if part in keep and c >= SUBSUMED * keep[part]:
                    inside.add(part)
    return sorted(" ".join(run) for run in keep if run not in inside)


def main(argv: list[str] | None = None) -> int:
    return build_table_main(argv, __doc__.splitlines()[0], OUT, None, build, lambda phrases: f"{len(phrases)} phrases", line=str)
    phrases = build(args.corpus)
    OUT.write_text("".join(p + "\n" for p in phrases), encoding="utf-8")
    print(f"{OUT}: {len(phrases)} phrases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
