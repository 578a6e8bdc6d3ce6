#!/usr/bin/env python3
"""Build models/pair_terms.txt: two-word terms of the directives' register, with their known look-alikes.

    python models/build_pair_terms.py [--corpus ../shared/corpus/congbao.jsonl.gz]

A scan that blurs one mark of a two-word term leaves syllables that are Vietnamese each
('phân đầu' for 'phấn đấu', 'tỉnh thần' for 'tinh thần'); the trigram model keeps them where
its count of the term is thin, and ocrterms' table starts at three words.  A term here is a
pair of syllables that is one word of the curated word lists (underthesea's Viet74K and
Viet22K) and that the register prints often in both places it is read from: at least
MIN_CORPUS times in the gazette corpus and in at least MIN_DOCS of the directives of
samples/text.  Beside each term the file lists the other pairs with the same bare letters
that are known -- printed at least KNOWN_CORPUS times in the gazette, or in at least
KNOWN_DOCS directives, or a word of those lists -- so the repair never respells a reading that is
itself a real pair ('phần đầu' stays).  (A directive OCR'd elsewhere may print a scan's
misreading once or twice: 'chỉ cục' in two of samples/text's texts is no known pair.)

One line a term: 'term<TAB>known,known' (lower case, the LM's syllable spelling), sorted.
pipeline.repair.ocrpairterms reads it.  Deterministic; the held-out documents are never read
(samples/heldout is not samples/text); without the corpus the committed file is kept as it is.
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

OUT = HERE / "pair_terms.txt"
TEXTS = HERE.parent / "samples" / "text"
MIN_CORPUS = 20    # a term: printed at least this often in the gazette
MIN_DOCS = 20      # and in at least this many directives of samples/text (about 3 % of them)
KNOWN_CORPUS = 2   # a known pair: printed at least twice in the gazette,
KNOWN_DOCS = 3     # or in at least three directives, or a word of the word lists
DICTIONARIES = ("Viet74K.txt", "Viet22K.txt")
_TOKENS = re.compile(r"[^\W\d_]+|\S")

Pair = tuple[str, str]


def text_pairs(text: str) -> list[Pair]:
    """The adjacent syllable pairs of ``text`` (no punctuation or number between), LM spelling."""
    toks = _TOKENS.findall(unicodedata.normalize("NFC", text))
    return [(norm_syllable(a), norm_syllable(b)) for a, b in zip(toks, toks[1:])
            if a[0].isalpha() and b[0].isalpha()]


def dictionary_pairs() -> set[Pair]:
    """The two-syllable words of underthesea's curated word lists (Viet74K, Viet22K; none
    without the package).  Not the language model's dictionary bigrams: those add pyvi's
    segmentation list, whose pairs include chance neighbours ('của nhà', 'tỉnh thần')."""
    import importlib.util

    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.origin:
        return set()
    out: set[Pair] = set()
    for name in DICTIONARIES:
        path = Path(spec.origin).parent / "corpus" / "data" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                words = line.split()
                if len(words) == 2 and all(_TOKENS.fullmatch(w) and w[0].isalpha() for w in words):
                    out.add((norm_syllable(words[0]), norm_syllable(words[1])))
    return out


def build(corpus: Path, texts: Path = TEXTS) -> list[tuple[str, str]]:
    gazette: Counter = Counter()
    for d in documents(corpus):
        gazette.update(text_pairs(d.get("text", "")))
    docs: Counter = Counter()
    for p in sorted(texts.glob("*.txt")):
        docs.update(set(text_pairs(p.read_text(encoding="utf-8", errors="replace"))))
    words = dictionary_pairs()
    terms = sorted(p for p, c in gazette.items() if c >= MIN_CORPUS and docs[p] >= MIN_DOCS and p in words)
    keys = {(skeleton(a), skeleton(b)) for a, b in terms}
    known: dict[Pair, set[Pair]] = {k: set() for k in keys}
    for p in set(gazette) | set(docs) | words:
        k = (skeleton(p[0]), skeleton(p[1]))
        if k in known and (gazette[p] >= KNOWN_CORPUS or docs[p] >= KNOWN_DOCS or p in words):
            known[k].add(p)
    rows = []
    for t in terms:
        others = sorted(known[(skeleton(t[0]), skeleton(t[1]))] - {t})
        rows.append((f"{' '.join(t)}\t{gazette[t] + docs[t]}",
                     ",".join(f"{' '.join(p)} {gazette[p] + docs[p]}" for p in others)))
    return rows


def main(argv: list[str] | None = None) -> int:
    return build_table_main(argv, __doc__.splitlines()[0], OUT, None, build, lambda rows: f"{len(rows)} terms")


if __name__ == "__main__":
    raise SystemExit(main())
