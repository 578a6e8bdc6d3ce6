"""A word read once where the document itself prints its look-alike in the same words.

A text OCR misread only lightly ('trên địa bàn tính Quảng Ninh' in a text that writes
'trên địa bàn tỉnh' and 'tỉnh Quảng Ninh' elsewhere, 'dốc thúc' beside 'đôn đốc' ... 'đốc
thúc') is read by the repair as clean text: the lone misreading is a real syllable, so
nothing in its spelling tells it from the source's own word (see
:func:`pipeline.repair.ocr.lone_confusions`).  The document's own usage does: the same
document prints the look-alike (one mark apart, a confusion the OCR channel knows) at least
OWN_MIN_TIMES, after the same word and before the same word, and never prints the word as
read anywhere else.  Such a word is one more kind of evidence that the document was misread,
and a word for the corrector to question on its line (the language model still decides).

Clean text prints such pairs too ('hàng năm' / 'hằng năm' in one circular, 'khoảng' /
'khoáng sản'), so the words found here never touch a document alone: they count only
beside a spelling no syllable has (the gate of lone_confusions).
"""
from __future__ import annotations

from collections import Counter

from pipeline.repair.linecache import LETTERS as LETTER_RUNS
from pipeline.repair.linecache import marked as line_marked
from pipeline.repair.lm import SyllableLM, per_model
from pipeline.repair.ocrchannel import load_channel
from pipeline.repair.syllables import norm_syllable

OWN_MIN_TIMES = 2  # the look-alike printed at least this often in the document
_LOOKALIKES: dict = {}
LINE_MARK = "ǂ"  # a letter (Lo) no Vietnamese word holds: the words' list marks line ends with it
LINE_BREAK = "\n" + LINE_MARK + "\n"


def usage_lookalikes(lm: SyllableLM, word: str) -> tuple[str, ...]:
    """The syllables one OCR confusion away from lower-case ``word`` ('tính' -> 'tỉnh',
    'tinh', ...): mark variants of its letters the OCR channel explains; the same syllable
    under the other tone placement ('hoá' / 'hóa') is no look-alike; () for a spelling no
    syllable has.  The look-alike may be the rarer word ('tính' is more frequent in the
    gazette than 'tỉnh': requiring the look-alike to be the more frequent one lost 'địa bàn
    tính' and 2 of 789 words on samples/unseen_repair)."""
    cache = per_model(_LOOKALIKES, lm, dict)
    got = cache.get(word)
    if got is None:
        if len(cache) > 200_000:
            cache.clear()
        try:
            chan = load_channel(str(lm.path))
        except (FileNotFoundError, OSError, TypeError, AttributeError):
            chan = None
        same = norm_syllable(word)
        out = []
        if chan is not None and same in lm.index:  # (a spelling no syllable has: lone_confusions)
            for c in lm.candidate_ids(word)[:20]:
                v = lm.vocab[c]
                if v != word and norm_syllable(v) != same and chan.ratio(word, v) is not None:
                    out.append(v)
        got = cache[word] = tuple(out)
    return got


def own_usage_words(texts: list[str], lm: SyllableLM, min_times: int | None = None) -> dict[int, frozenset[str]]:
    """Line index -> the words of that line read once in the document (lower case, letters
    only) whose look-alike (:func:`usage_lookalikes`) the document prints at least
    ``min_times`` (OWN_MIN_TIMES) and after the word before it and before the word after
    it (each neighbour the line gives; the two bigrams may come from different places)."""
    min_times = OWN_MIN_TIMES if min_times is None else min_times
    # the document's words in order, lines parted by a letter no syllable holds (so no
    # bigram spans two lines); one C-speed pass
    joined = LINE_BREAK.join(texts)
    lower = LETTER_RUNS.findall(joined.lower())
    uni: Counter = Counter(lower)
    # the words read once that have a look-alike printed often enough (few or none in most
    # documents: the bigrams are collected only then)
    cache = per_model(_LOOKALIKES, lm, dict)
    known = cache.get
    suspects = {}
    for w in [w for w, n in uni.items() if n == 1]:
        got = known(w)
        if got is None:
            got = usage_lookalikes(lm, w)
        if got:
            vs = [v for v in got if uni.get(v, 0) >= min_times]
            if vs:
                suspects[w] = vs
    if not suspects:
        return {}
    big = set(zip(lower, lower[1:]))
    found: dict[int, int] = {}  # position of the word in ``lower`` -> its line
    for w, vs in suspects.items():
        # (a word read once: its neighbours are those of its one bigram on either side)
        i = lower.index(w)
        prev = lower[i - 1] if i and lower[i - 1] != LINE_MARK else None
        nxt = lower[i + 1] if i + 1 < len(lower) and lower[i + 1] != LINE_MARK else None
        if prev is None and nxt is None:
            continue
        for v in vs:
            if (prev is None or (prev, v) in big) and (nxt is None or (v, nxt) in big):
                found[i] = lower[:i].count(LINE_MARK)
                break
    if not found:
        return {}
    printed = LETTER_RUNS.findall(joined)
    out: dict[int, set[str]] = {}
    for i, k in found.items():
        # capitalised: a name or a heading keeps its spelling; a line typed without any mark
        # (a paragraph that lost them all) is the diacritics step's, not a misreading
        if printed[i] == lower[i] and line_marked(texts[k]):
            out.setdefault(k, set()).add(lower[i])
    return {k: frozenset(ws) for k, ws in sorted(out.items())}
