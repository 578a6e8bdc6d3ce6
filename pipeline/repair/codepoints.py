"""Code-point repairs: the text is right but spelled with the wrong characters.

NFD -> NFC, 'ƣ'/'Ƣ' (U+01A3/U+01A2, LATIN LETTER OI, which old PDF fonts used for 'ư'),
'Ð' (U+00D0, Icelandic eth) and 'Đ'-lookalikes for 'Đ', a tone mark on the wrong vowel
('ngừơi' -> 'người', 'hoàng' spelled 'hòang'), and one tone-placement convention per
document (old 'hoà/thuỷ' or new 'hòa/thủy', whichever the document mostly uses).  These are
certain repairs (confidence 1.0 for the mappings, 0.99 for tone placement).

Tone placement runs as its own step (:func:`repair_tone_placement`) after the lost-glyph
repair: a word cut by a lost glyph ('ngoạ ,' for 'ngoại,') looks like an old-style open
syllable and must not be re-spelled before its letter is back.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import accumulate, chain

from pipeline.config import Config
from pipeline.model import Document
from pipeline.repair.docview import DocView, view
from pipeline.repair.linecache import words as line_words
from pipeline.repair.record import record_change

CHAR_MAP = str.maketrans({"ƣ": "ư", "Ƣ": "Ư", "Ð": "Đ", "ð": "đ", "Ɖ": "Đ"})

# Open syllables ending in oa/oe/uy spell the tone on either vowel; closed ones ('hoạch',
# 'khuyến') have one spelling and are never touched.
_OLD_TO_NEW = {}
_NEW_TO_OLD = {}
for _tone in "\u0301\u0300\u0309\u0303\u0323":
    for _a, _b in (("o", "a"), ("o", "e"), ("u", "y")):
        old = unicodedata.normalize("NFC", _a + _b + _tone)
        new = unicodedata.normalize("NFC", _a + _tone + _b)
        _OLD_TO_NEW[old] = new
        _NEW_TO_OLD[new] = old
# A tone pair at the end of a word, not after 'q' ('quý' is always written so) and not
# followed by another letter (closed syllable).
_OLD_RE = re.compile(r"(?<![qQ])(" + "|".join(_OLD_TO_NEW) + r")(?![^\W\d_])", re.IGNORECASE)
_NEW_RE = re.compile(r"(?<![qQ])(" + "|".join(_NEW_TO_OLD) + r")(?![^\W\d_])", re.IGNORECASE)


_OLD_LOW = re.compile(r"(?<!q)(" + "|".join(_OLD_TO_NEW) + r")(?![^\W\d_])")
_NEW_LOW = re.compile(r"(?<!q)(" + "|".join(_NEW_TO_OLD) + r")(?![^\W\d_])")


def _swap(match: re.Match, table: dict[str, str]) -> str:
    s = match.group(0)
    new = table[s.lower()]
    return "".join(n.upper() if o.isupper() else n for o, n in zip(s, new))


_SPECIAL = re.compile("[ƣƢÐðƉ]")


def fix_codepoints(text: str) -> str:
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _SPECIAL.search(text):
        text = text.translate(CHAR_MAP)
    return text


# ----------------------------------------------------------------------------- misplaced marks
_TONES = "\u0301\u0300\u0309\u0303\u0323"
_VOWELS = "aăâeêioôơuưy"
_HATTED = "ăâêôơư"
# a toned vowel next to another vowel: the only place a mark can sit on the wrong letter
_TONED = "".join(sorted({unicodedata.normalize("NFC", v + t) for v in _VOWELS + _VOWELS.upper() for t in _TONES}))
_V = _VOWELS + _VOWELS.upper()
_HAT = _HATTED + _HATTED.upper()
_CONS = "bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX"
# Only the shapes a misplaced mark makes are looked at (the fast path): a toned vowel before
# a hatted one ('ừơ'), before a vowel and a consonant ('hòang') or two vowels ('ngòai'),
# and a toned second vowel ending an open syllable ('muà'; 'hoà', 'thuý' are then kept).
_CLUSTER = re.compile(
    f"[^\\W\\d_]*(?:[{_TONED}][{_HAT}]|[{_TONED}][{_V}][{_CONS}{_V}]|[{_V}][{_TONED}](?![^\\W\\d_]))[^\\W\\d_]*")


def tone_positions(base: str) -> tuple[int, int]:
    """(new-style, old-style) index of the vowel that carries the tone in a toneless
    lower-case syllable: a hatted/horned vowel takes it (the last one: 'ươ' -> ơ); with a
    final consonant the last vowel; open syllables the first of two ('mùa'), the middle of
    three ('ngoài'); 'oa', 'oe', 'uy' open take the first in the new style ('hòa') and the
    second in the old ('hoà')."""
    vowels = [i for i, c in enumerate(base) if c in _VOWELS]
    if base.startswith(("qu", "gi")) and len(vowels) > 1 and vowels[0] == 1:
        vowels = vowels[1:]
    if not vowels:
        return -1, -1
    hatted = [i for i in vowels if base[i] in _HATTED]
    if hatted:
        return hatted[-1], hatted[-1]
    if vowels[-1] != len(base) - 1:
        return vowels[-1], vowels[-1]
    if len(vowels) == 1:
        return vowels[0], vowels[0]
    if len(vowels) == 2:
        pair = base[vowels[0]] + base[vowels[1]]
        return vowels[0], (vowels[1] if pair in ("oa", "oe", "uy") else vowels[0])
    return vowels[1], vowels[1]


def _tone_layout(word: str) -> tuple[int, str, str, int, int] | None:
    """Where the tone mark of a lower-cased ``word`` is and where each convention puts it:
    (current position, mark, toneless word, new-style position, old-style position); None
    when the word has no tone mark or does not decompose letter for letter."""
    low = word.lower()
    nfd = [unicodedata.normalize("NFD", c) for c in low]
    cur = next((k for k, d in enumerate(nfd) if any(t in d for t in _TONES)), -1)
    if cur < 0:
        return None
    tone = next(t for t in _TONES if t in nfd[cur])
    base = unicodedata.normalize("NFC", "".join(d.replace(tone, "") for d in nfd))
    if len(base) != len(low):
        return None
    new_pos, old_pos = tone_positions(base)
    return cur, tone, base, new_pos, old_pos


@lru_cache(maxsize=100_000)
def mark_well_placed(word: str) -> bool:
    """Is the tone mark of ``word`` where one of the conventions puts it ('caù' is not)?"""
    layout = _tone_layout(word)
    if layout is None:
        return True
    cur, _tone, _base, new_pos, old_pos = layout
    return new_pos < 0 or cur in (new_pos, old_pos)


@lru_cache(maxsize=100_000)
def fix_misplaced_mark(word: str) -> str:
    """'ngừơi' -> 'người'; a word whose mark is where one of the conventions puts it, or
    that is not a syllable either way, comes back unchanged."""
    if mark_well_placed(word):
        return word
    _cur, tone, base, new_pos, _old = _tone_layout(word)  # type: ignore[misc]
    fixed = base[:new_pos] + unicodedata.normalize("NFC", base[new_pos] + tone) + base[new_pos + 1:]
    from pipeline.repair.lexicon import lexicon

    if not lexicon().is_syllable(fixed):
        return word
    return "".join(f.upper() if o.isupper() else f for o, f in zip(word, fixed))


def fix_misplaced_marks(text: str) -> str:
    if text.isascii():
        return text
    return _CLUSTER.sub(lambda m: fix_misplaced_mark(m.group()), text)


# ----------------------------------------------------------------------------- half a horn
# 'ươ' with one of its horns lost (an OCR confusion or a font: 'truớc', 'phuờng', 'trưóc',
# 'nguời'): Vietnamese never writes 'u' + 'ơ' before another letter ('thuở', 'huơ' end the
# word) nor 'ư' + 'o'/'ô', so such a pair is 'ươ' with the tone the 'o' carries.  Not after
# 'q' ('qu' is an onset).  A word is changed only when its repair is a known syllable.
_O_HORN = "".join(unicodedata.normalize("NFC", c + t) for c in "ơƠ" for t in ("", *_TONES))
_O_PLAIN = "".join(unicodedata.normalize("NFC", c + t) for c in "oôOÔ" for t in ("", *_TONES))
HALF_HORN_NOTE = "'ươ' with a horn lost on one of its letters"  # the note of its repair rows
HALF_HORN_RE = re.compile(f"(?<![qQ])(?:[uU][{_O_HORN}](?=[^\\W\\d_])|[ưƯ][{_O_PLAIN}])")


@lru_cache(maxsize=20_000)
def fix_half_horn(word: str) -> str:
    """'truớc' -> 'trước', 'trưóc' -> 'trước'; any other word comes back unchanged."""
    m = HALF_HORN_RE.search(word)
    if not m:
        return word
    u, o = m.group()
    tone = "".join(c for c in unicodedata.normalize("NFD", o) if c in _TONES)
    pair = "ư" + unicodedata.normalize("NFC", "ơ" + tone)
    pair = "".join(n.upper() if c.isupper() else n for c, n in zip(m.group(), pair))
    fixed = word[:m.start()] + pair + word[m.end():]
    from pipeline.repair.lexicon import lexicon

    return fixed if lexicon().is_syllable(fixed) else word


def fix_half_horns(text: str) -> str:
    if not HALF_HORN_RE.search(text):
        return text
    return _LETTERS.sub(lambda m: fix_half_horn(m.group()), text)


# The fast path reads a document as its words (maximal letter runs) instead of running the
# patterns above at every position (measured: 40-50 ms per 0.3 MB each, the words 6 ms).
# Every pattern here sits inside one word: a tone pair is a word's last two letters (the
# look-ahead says no letter follows, the look-behind sees the word's letter before it or a
# non-letter), and a misplaced-mark cluster is a whole word holding _CORE.
_LETTERS = re.compile(r"[^\W\d_]+")
_CORE = re.compile(f"[{_TONED}][{_HAT}]|[{_TONED}][{_V}][{_CONS}{_V}]|[{_V}][{_TONED}](?![^\\W\\d_])")


def _ends_in_pair(word: str, table: dict[str, str]) -> bool:
    """Does ``_OLD_RE``/``_NEW_RE`` (the ``table``'s pairs) match at the end of ``word``?
    (Per letter, IGNORECASE is ``lower()`` for these letters: checked over all of Unicode
    in tests/test_repair_fastpath.py.)"""
    return len(word) >= 2 and word[-2:].lower() in table and (len(word) < 3 or word[-3] not in "qQ")


def _pair_class(table: dict[str, str]) -> re.Pattern:
    """_OLD_LOW / _NEW_LOW written with one character class per first letter ('o[àá...]'):
    the same two-letter strings, found 40 % faster than the alternation of fifteen."""
    by_first: dict[str, list[str]] = {}
    for k in table:
        by_first.setdefault(k[0], []).append(k[1])
    alts = "|".join(re.escape(a) + "[" + "".join(sorted(v)) + "]" for a, v in sorted(by_first.items()))
    return re.compile(r"(?<!q)(?:" + alts + r")(?![^\W\d_])")


_OLD_LOW_FAST = _pair_class(_OLD_TO_NEW)
_NEW_LOW_FAST = _pair_class(_NEW_TO_OLD)


def tone_convention(texts: list[str]) -> str | None:
    """'new' or 'old', whichever the document uses more; None when it never says."""
    joined = "\n".join(texts).lower()  # lower-case once: the patterns then need no IGNORECASE
    old = len(_OLD_LOW_FAST.findall(joined))
    new = len(_NEW_LOW_FAST.findall(joined))
    if old == new:
        return None
    return "new" if new > old else "old"


def apply_tone_convention(text: str, convention: str | None) -> str:
    if convention == "new":
        return _OLD_RE.sub(lambda m: _swap(m, _OLD_TO_NEW), text)
    if convention == "old":
        return _NEW_RE.sub(lambda m: _swap(m, _NEW_TO_OLD), text)
    return text


_MARKS_OK: set[str] = set()  # words seen with no misplaced mark (bounded; a batch streams documents)


def _marks_fine(words: set[str]) -> bool:
    """No word holds a cluster whose mark is misplaced (the words already found fine in
    earlier documents are skipped with one set difference)."""
    todo = words - _MARKS_OK
    if len(_MARKS_OK) > 500_000:
        _MARKS_OK.clear()
    for w in todo:
        if _CORE.search(w) and fix_misplaced_mark(w) != w:
            return False
        _MARKS_OK.add(w)
    return True


def _view_convention(v: DocView) -> str | None:
    """:func:`tone_convention` of the document, read in its distinct tokens: a tone pair
    never spans white space, so when only one convention occurs at all it wins (the
    counts are needed only when both do, a document to be made consistent)."""
    low = v.token_lower
    old = _OLD_LOW_FAST.search(low) is not None
    new = _NEW_LOW_FAST.search(low) is not None
    if old and new:
        return _counted_convention(v)
    return "new" if new else "old" if old else None


def _counted_convention(v: DocView) -> str | None:
    """:func:`tone_convention` of a document that uses both conventions: each distinct
    token's pairs, found in the lower-cased token text, counted as often as the token
    occurs (the same matches: a pair lies inside one token, its look-arounds see a
    non-letter at the token's edges either way)."""
    low = v.token_lower
    if len(low) != len(v.token_text):  # a letter lower-cased into two: offsets differ
        return tone_convention(v.texts)
    toks = list(v.tokens)  # the order of token_text (the same set, iterated again)
    starts = [0, *accumulate(len(t) + 1 for t in toks)]
    counts = Counter(chain.from_iterable(v.line_tokens))
    old = sum(counts[toks[bisect_right(starts, m.start()) - 1]] for m in _OLD_LOW_FAST.finditer(low))
    new = sum(counts[toks[bisect_right(starts, m.start()) - 1]] for m in _NEW_LOW_FAST.finditer(low))
    if old == new:
        return None
    return "new" if new > old else "old"


def repair_codepoints(doc: Document, config: Config) -> Document:
    """NFC, look-alike code points, misplaced marks; decides the tone convention (applied
    later by :func:`repair_tone_placement`)."""
    v = view(doc)
    # the fast path: one look at the whole document.  None of these patterns can match
    # across a line end ('\n' is no letter and composes with nothing), so a document that
    # is NFC, has no look-alike letter and no cluster whose mark is misplaced ('giờ' and
    # 'quả' match the cluster pattern but are fine) has no line to change.  The look-alike
    # letters and the clusters are read in the document's distinct tokens and words
    # (pipeline.repair.docview), each word's verdict kept across documents.
    if unicodedata.is_normalized("NFC", v.joined) and not _SPECIAL.search(v.token_text) and _marks_fine(v.words) \
            and not HALF_HORN_RE.search(v.token_text):
        doc.meta["tone_convention"] = _view_convention(v)
        return doc
    for line in doc.lines:
        if line.text.isascii():
            continue
        fixed = fix_codepoints(line.text)
        if fixed != line.text:
            record_change(doc, line, fixed, "codepoint", 1.0, threshold=config.review_threshold)
        fixed = fix_misplaced_marks(line.text)
        if fixed != line.text:
            record_change(doc, line, fixed, "codepoint", 0.98, threshold=config.review_threshold,
                          alternatives=["mark left where it was"], note="tone mark moved to the vowel that carries it")
        fixed = fix_half_horns(line.text)
        if fixed != line.text:
            record_change(doc, line, fixed, "codepoint", 0.95, threshold=config.review_threshold,
                          note=HALF_HORN_NOTE)
    doc.meta["tone_convention"] = tone_convention([ln.text for ln in doc.lines])
    return doc


def repair_tone_placement(doc: Document, config: Config) -> Document:
    """One tone-placement convention per document (the one it mostly uses)."""
    convention = doc.meta.get("tone_convention")
    if convention is None and "tone_convention" not in doc.meta:
        convention = tone_convention([ln.text for ln in doc.lines])
        doc.meta["tone_convention"] = convention
    if not convention:
        return doc
    table = _OLD_TO_NEW if convention == "new" else _NEW_TO_OLD
    # the fast path: no pair of the other convention anywhere in the document's distinct
    # tokens (a pair never spans white space), nothing to change; else the words the
    # pattern matches, found once, and only lines holding one of them can change
    v = view(doc)
    # (_OLD_RE and _NEW_RE are case-blind: their lower-case forms search the lower-cased text)
    if (_OLD_LOW_FAST if convention == "new" else _NEW_LOW_FAST).search(v.token_lower) is None:
        return doc
    words = {w for w in v.words if _ends_in_pair(w, table)}
    if convention and words:
        # (a line holding one of the words holds it as a substring: the lines to read are
        # found by searching the joined text for each word)
        for k in v.lines_with_words(words):
            line = doc.lines[k]
            if words.isdisjoint(line_words(line.text)):
                continue
            fixed = apply_tone_convention(line.text, convention)
            if fixed != line.text:
                record_change(doc, line, fixed, "codepoint", 0.99, threshold=config.review_threshold,
                              note=f"tone placement made {convention}-style like the rest of the document")
    return doc
