"""Lost glyphs in the fixed formulas every directive prints in its header.

The national motto and the country's name head almost every Vietnamese administrative
document, often in the heading font that lost its glyphs ('Độc l p - T  d  - H    p  c').
Their words are short and each alone fits several syllables ('H nh' is 'Hạnh' or 'Hành'),
the line is too short to give the language model context, and in a short document it is
one of the few damaged lines, so the lost set is hardly known.  The formula itself is the
evidence: a line that reads as the formula with some letters turned into spaces (the real
spaces in place, at least half the letters printed) is the formula.
"""
from __future__ import annotations

import re
import unicodedata

PHRASES = (
    "Độc lập - Tự do - Hạnh phúc",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
)


def _pattern(phrase: str) -> str:
    out = []
    for ch in phrase:
        if ch.isalpha():
            out.append(f"[{re.escape(ch)} ]")
        elif ch == " ":
            out.append(" ")
        else:
            out.append(re.escape(ch))
    return "".join(out)


_PHRASES = [unicodedata.normalize("NFC", p) for p in PHRASES]
_RE = re.compile(r"(?<![^\W_])(?:" + "|".join(_pattern(p) for p in _PHRASES) + r")(?![^\W_])")
_BY_LEN: dict[int, list[str]] = {}
for _p in _PHRASES:
    _BY_LEN.setdefault(len(_p), []).append(_p)


def phrase_fills(text: str) -> list[tuple[int, str]]:
    """(column, letter) for each lost letter of a formula in ``text``."""
    if " " not in text:
        return []
    out: list[tuple[int, str]] = []
    for m in _RE.finditer(text):
        piece = m.group()
        for phrase in _BY_LEN.get(len(piece), ()):
            gaps = [k for k, (p, c) in enumerate(zip(piece, phrase)) if p != c]
            if not gaps or not all(piece[k] == " " for k in gaps):
                continue
            letters = sum(c.isalpha() for c in phrase)
            if len(gaps) * 2 > letters:
                continue  # too little of it printed to be sure
            out.extend((m.start() + k, phrase[k]) for k in gaps)
            break
    return out
