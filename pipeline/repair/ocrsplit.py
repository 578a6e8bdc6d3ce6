"""Words OCR ran together ('thựchiện') or cut apart ('th ực'), in OCR'd text.

Vietnamese prints one syllable per space-separated token, so a token of letters with marks
that is no syllable but splits into two frequent syllables that the dictionaries or the
corpus join ('thực hiện'), and two tokens of which one is no syllable while together they
are one ('th' + 'ực' = 'thực'), are OCR's spacing, not the writer's.  The mark corrector
cannot see either (it weighs one token at a time), so this pass comes first.  Used on OCR'd
lines only; a name, a code or a foreign word in capitals or without marks is left alone.
"""
from __future__ import annotations

import re
import unicodedata

import numpy as np

from pipeline.repair.lm import SyllableLM
from pipeline.repair.syllables import norm_syllable

_WORD = re.compile(r"[^\W\d_]+")
# a syllable this rare (log10 unigram) is no evidence for a split or a join: the rarest are
# names and oddities
MIN_UNIGRAM = -5.0
# a split must give two syllables the corpus joins at least this often (log10 p(b | a)),
# unless the dictionaries list them as one word
MIN_BIGRAM = -2.0


def _syllable(lm: SyllableLM, w: str) -> int | None:
    # answered from a memo per inventory (index and syllable set): every word of every OCR'd
    # line is asked, and the same words recur on every page
    got = _SYL.get(id(lm.index))
    if got is None or got[0] is not lm.index or got[1] is not lm.syllable_ids:
        got = _SYL[id(lm.index)] = (lm.index, lm.syllable_ids, {})
    memo = got[2]
    i = memo.get(w, False)
    if i is False:
        if len(memo) > 300_000:
            memo.clear()
        i = lm.index.get(norm_syllable(w))
        i = memo[w] = i if i is not None and i in lm.syllable_ids else None
    return i


_SYL: dict[int, tuple[dict, object, dict]] = {}  # id(lm.index) -> (index, syllable_ids, word -> id or None)


def _frequent(lm: SyllableLM, i: int | None) -> bool:
    return i is not None and lm.uni_logp[i] >= MIN_UNIGRAM


def split_merged(lm: SyllableLM, word: str) -> str | None:
    """'thựchiện' -> 'thực hiện' (the best split into two frequent syllables joined by the
    dictionaries or the corpus), or None."""
    if len(word) < 4 or word.isascii() or (word.isupper() and len(word) > 1) or _syllable(lm, word) is not None:
        return None
    if not (word.islower() or (word[0].isupper() and word[1:].islower())):
        return None
    best = None
    for k in range(2, len(word) - 1):
        a, b = word[:k], word[k:]
        ia, ib = _syllable(lm, a), _syllable(lm, b)
        if not (_frequent(lm, ia) and _frequent(lm, ib)):
            continue
        va, vb = np.array([ia]), np.array([ib])
        p = float(lm.bigram_logprob_ids(va, vb)[0])
        if p < MIN_BIGRAM and not bool(lm.in_dictionary(va, vb)[0]):
            continue
        if best is None or p > best[0]:
            best = (p, a + " " + b)
    return None if best is None else best[1]


# A marked syllable run into the capitals of a code that follows it ('VốnSN' for 'Vốn SN' in a
# budget table, 'NguồnNS'): no Vietnamese word turns from lower case to capitals inside it, and
# a code is written in capitals.  The first part must carry a mark (a Vietnamese syllable, not
# 'Mc', 'Ca' of 'CaCO3' or the 'i' of 'iOS') and the code be two to five capitals.
def split_code(lm: SyllableLM, word: str) -> str | None:
    """'VốnSN' -> 'Vốn SN' (a marked syllable run into a code: see above), or None."""
    k = len(word)
    while k > 0 and word[k - 1].isupper():
        k -= 1
    a, code = word[:k], word[k:]
    if not (2 <= len(code) <= 5) or not a or not a[-1].islower() or a.isascii():
        return None
    if not (a.islower() or (a[0].isupper() and a[1:].islower())) or not word.isalpha():
        return None
    if not _frequent(lm, _syllable(lm, a)):
        return None
    return a + " " + code


def join_split(lm: SyllableLM, a: str, b: str) -> str | None:
    """'th' + 'ực' -> 'thực': one of the two is no syllable, together they are a frequent
    one; else None.  Capitals only at the start ('Th ực' -> 'Thực')."""
    if not (b.islower() and (a.islower() or (a[0].isupper() and a[1:].islower()))):
        return None
    ja, jb = _syllable(lm, a), _syllable(lm, b)
    if ja is not None and jb is not None:
        return None
    if (ja is None and a.isascii() and len(a) > 3) or (jb is None and b.isascii() and len(b) > 3):
        return None  # a foreign word or a name, not a piece of a syllable
    joined = unicodedata.normalize("NFC", a + b)
    return joined if _frequent(lm, _syllable(lm, joined)) else None


def fix_spacing(lm: SyllableLM, text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, before, after) spans of ``text`` to rewrite."""
    words = list(_WORD.finditer(text))
    known = [_syllable(lm, m.group()) is not None for m in words]
    if all(known):
        return []  # every token a syllable: nothing to split, nothing to join (the fast path)
    out: list[tuple[int, int, str, str]] = []
    k = 0
    while k < len(words):
        m = words[k]
        if known[k] and (k + 1 >= len(words) or known[k + 1]):
            k += 1
            continue
        if k + 1 < len(words):
            n = words[k + 1]
            if text[m.end():n.start()] == " ":
                j = join_split(lm, m.group(), n.group())
                if j is not None:
                    out.append((m.start(), n.end(), text[m.start():n.end()], j))
                    k += 2
                    continue
        s = split_code(lm, m.group()) or split_merged(lm, m.group())
        if s is not None:
            out.append((m.start(), m.end(), m.group(), s))
        k += 1
    return out


__all__ = ["fix_spacing", "split_merged", "split_code", "join_split"]
