"""Corruptions for the diacritics and OCR benchmarks (deterministic, seeded).

``strip_marks``: every mark removed, đ -> d (text typed on a keyboard without a Vietnamese
input method).  ``ocr_confuse``: what Tesseract does to Vietnamese marks: look-alike tones
swapped (sắc/hỏi/ngã), the nặng dot lost, horns and hats lost (ơ->o, ư->u, â/ă->a, ô->o,
ê->e), đ read as d.  Each corruption keeps the line count and the length of every word.
"""
from __future__ import annotations

import random
import re
import unicodedata

from pipeline.vietnamese import TONE_BY_NAME, split_tone, strip_accents

_WORD = re.compile(r"[^\W\d_]+")
_LOSE = {"ơ": "o", "ư": "u", "â": "a", "ă": "a", "ô": "o", "ê": "e", "đ": "d",
         "Ơ": "O", "Ư": "U", "Â": "A", "Ă": "A", "Ô": "O", "Ê": "E", "Đ": "D"}
_TONE_SWAP = {"s": ["r"], "r": ["s", "x"], "x": ["r"], "j": [""], "f": ["s"]}


def strip_marks(text: str) -> str:
    return strip_accents(unicodedata.normalize("NFC", text))


def _with_tone(base: str, tone: str) -> str:
    if not tone:
        return base
    # put the tone on the vowel that carried it: re-use the original's position rule by
    # placing it after the last vowel with a hat/horn, else the middle vowel
    vowels = [i for i, c in enumerate(base) if c.lower() in "aăâeêioôơuưy"]
    if not vowels:
        return base
    marked = [i for i in vowels if base[i].lower() in "ăâêôơư"]
    if marked:
        i = marked[-1]
    elif len(vowels) >= 2 and vowels[-1] == len(base) - 1:
        i = vowels[-2]
    else:
        i = vowels[-1] if len(vowels) == 1 or vowels[-1] != len(base) - 1 else vowels[0]
    s = base[: i + 1] + TONE_BY_NAME[tone] + base[i + 1:]
    return unicodedata.normalize("NFC", s)


def ocr_word(word: str, rng: random.Random) -> str:
    base, tone = split_tone(word)
    ops = []
    if tone in _TONE_SWAP:
        ops.append("tone")
    if any(c in _LOSE for c in base):
        ops.append("hat")
    if not ops:
        return word
    op = rng.choice(ops)
    if op == "tone":
        return _with_tone(base, rng.choice(_TONE_SWAP[tone]))
    idx = [i for i, c in enumerate(base) if c in _LOSE]
    i = rng.choice(idx)
    return _with_tone(base[:i] + _LOSE[base[i]] + base[i + 1:], tone)


def ocr_confuse(text: str, rate: float = 0.08, seed: int = 0) -> str:
    """Corrupt about ``rate`` of the marked syllables the way OCR does."""
    rng = random.Random(seed)
    text = unicodedata.normalize("NFC", text)

    def sub(m: re.Match) -> str:
        w = m.group()
        if w.isascii() or rng.random() >= rate:
            return w
        return ocr_word(w, rng)

    return "\n".join(_WORD.sub(sub, line) for line in text.split("\n"))
