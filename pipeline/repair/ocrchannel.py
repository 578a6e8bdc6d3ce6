"""How real OCR misreads Vietnamese marks: a channel model learned from aligned real pairs.

The OCR corrector weighs a candidate spelling against the spelling read by the language
model's gain and a prior; the prior used to be one flat cost per mark edit, the same for a
mark OCR *lost* ('uông' read for 'uống') as for one it *added* ('uống' read for 'uông').
Real scans do not behave so: in the OCR'd letters we hold with their true text, Tesseract
drops a tone or a hat one word in fifty, and prints one that is not there far less often; a
hook above ('ể', 'ổ') is lost far more often than a dot below.  This module learns
P(mark as read | mark as printed) from those pairs, per part of the syllable (its tone, and
each letter that carries a hat, a horn, a breve or the bar of đ), and gives the corrector
log10 P(read | candidate) - log10 P(read | read): how much likelier OCR makes the reading
from the candidate than from itself (0 for the reading itself, negative otherwise).

The table is built by :func:`build` from the pairs listed in the training manifest
(``samples/text`` readings with a ``samples/gold`` clean text: letters OCR'd elsewhere) and
shipped in ``models/ocr_channel.json`` (``python -m pipeline.repair.ocrchannel`` rebuilds
it; deterministic).  chidao's own Tesseract readings in ``samples/real_ocr`` are kept out of
it: they measure the model on scans it was not learned from.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from pipeline.vietnamese import split_tone, strip_accents

FILENAME = "ocr_channel.json"
# letters whose marks OCR can lose or swap, grouped by their bare letter
MARKED = {"a": "aăâ", "e": "eê", "o": "oôơ", "u": "uư", "d": "dđ"}
TONES = ("", "s", "f", "r", "x", "j")
ALPHA = 0.5  # add-alpha smoothing of each row (the pairs are a few thousand words)
# A transition seen fewer times than this (besides smoothing) keeps a floor rate: one
# stray reading in the training letters is no rate.
_WORD = re.compile(r"[^\W\d_]+")


def _skel(w: str) -> str:
    return strip_accents(w.lower())


@lru_cache(maxsize=100_000)
def parts(word: str) -> tuple[str, tuple[str, ...]]:
    """(tone, the marked-letter slots of the base) of a lower-case syllable: the parts
    the channel reads one by one ('uống' -> ('s', ('u', 'ô')))."""
    base, tone = split_tone(unicodedata.normalize("NFC", word.lower()))
    return tone, tuple(ch for ch in base if _skel(ch) in MARKED)


def pairs_of_line(read: str, true: str) -> list[tuple[str, str]]:
    """(true word, word as read) for the words of one line that align one to one with the
    same skeleton (marks may differ): the events the channel counts."""
    a = _WORD.findall(true)
    b = _WORD.findall(read)
    out = []
    sm = SequenceMatcher(a=[_skel(w) for w in a], b=[_skel(w) for w in b], autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            out.extend((a[i1 + k].lower(), b[j1 + k].lower()) for k in range(i2 - i1))
    return out


def count(pairs: list[tuple[str, str]]) -> dict[str, Counter]:
    """Tone and letter transition counts (printed -> read)."""
    tone: Counter = Counter()
    letter: Counter = Counter()
    for t, r in pairs:
        tt, lt = parts(t)
        tr, lr = parts(r)
        if len(lt) != len(lr):
            continue
        tone[(tt, tr)] += 1
        for x, y in zip(lt, lr):
            letter[(x, y)] += 1
    return {"tone": tone, "letter": letter}


def estimate(counts: dict[str, Counter]) -> dict[str, dict[str, float]]:
    """log10 P(read | printed) per tone and per marked letter, add-ALPHA smoothed within
    each row (a row: one printed tone, or one printed letter and its look-alikes)."""
    out: dict[str, dict[str, float]] = {"tone": {}, "letter": {}}
    tone = counts["tone"]
    for p in TONES:
        tot = sum(tone[(p, r)] for r in TONES) + ALPHA * len(TONES)
        for r in TONES:
            out["tone"][f"{p}>{r}"] = round(math.log10((tone[(p, r)] + ALPHA) / tot), 4)
    letter = counts["letter"]
    for group in MARKED.values():
        for p in group:
            tot = sum(letter[(p, r)] for r in group) + ALPHA * len(group)
            for r in group:
                out["letter"][f"{p}>{r}"] = round(math.log10((letter[(p, r)] + ALPHA) / tot), 4)
    return out


class Channel:
    """log10 P(read | printed) - log10 P(read | read) for two spellings of one skeleton."""

    def __init__(self, table: dict[str, dict[str, float]]):
        self.tone = table["tone"]
        self.letter = table["letter"]

    def ratio(self, read: str, cand: str) -> float | None:
        """None when the two spellings are not mark variants of each other."""
        tr, lr = parts(read)
        tc, lc = parts(cand)
        if len(lr) != len(lc):
            return None
        s = 0.0
        if tr != tc:
            s += self.tone[f"{tc}>{tr}"] - self.tone[f"{tr}>{tr}"]
        for r, c in zip(lr, lc):
            if r != c:
                key = f"{c}>{r}"
                if key not in self.letter:
                    return None
                s += self.letter[key] - self.letter[f"{r}>{r}"]
        return s


@lru_cache(maxsize=4)
def load_channel(lm_dir: str) -> Channel | None:
    """The channel shipped beside a language model (``models/ocr_channel.json`` for the LM
    in ``models/lm``, or in the LM's own directory); None when the models predate it."""
    for d in (Path(lm_dir), Path(lm_dir).parent):
        p = d / FILENAME
        if p.exists():
            return Channel(json.loads(p.read_text(encoding="utf-8")))
    return None


# ---------------------------------------------------------------------- building
TRAIN_LIST = "ocr_channel_train.txt"  # in samples/: the readings the channel learns from


def build(root: Path) -> dict:
    """Learn the table from the training readings listed in ``samples/TRAIN_LIST`` (a
    reading in ``samples/text`` and its clean text in ``samples/gold``, same line count)."""
    names = [ln.strip() for ln in (root / "samples" / TRAIN_LIST).read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    pairs: list[tuple[str, str]] = []
    for name in names:
        read = (root / "samples" / "text" / f"{name}.txt").read_text(encoding="utf-8").split("\n")
        true = (root / "samples" / "gold" / f"{name}.clean.txt").read_text(encoding="utf-8").split("\n")
        if len(read) != len(true):
            raise ValueError(f"{name}: {len(read)} lines read, {len(true)} true")
        for r, t in zip(read, true):
            pairs.extend(pairs_of_line(r, t))
    counts = count(pairs)
    table = estimate(counts)
    table["source"] = {"readings": names, "words": len(pairs),
                       "mark_errors": sum(1 for t, r in pairs if t != r)}
    return table


def main() -> None:
    root = Path(__file__).resolve().parents[2]
    table = build(root)
    out = root / "models" / FILENAME
    out.write_text(json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{out}: {table['source']['words']} aligned words, {table['source']['mark_errors']} misread marks")


if __name__ == "__main__":
    main()
