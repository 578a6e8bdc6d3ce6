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
from functools import lru_cache

from pipeline.config import Config
from pipeline.model import Document
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


@lru_cache(maxsize=100_000)
def mark_well_placed(word: str) -> bool:
    """Is the tone mark of ``word`` where one of the conventions puts it ('caù' is not)?"""
    low = word.lower()
    nfd = [unicodedata.normalize("NFD", c) for c in low]
    cur = next((k for k, d in enumerate(nfd) if any(t in d for t in _TONES)), -1)
    if cur < 0:
        return True
    tone = next(t for t in _TONES if t in nfd[cur])
    base = unicodedata.normalize("NFC", "".join(d.replace(tone, "") for d in nfd))
    if len(base) != len(low):
        return True
    new_pos, old_pos = tone_positions(base)
    return new_pos < 0 or cur in (new_pos, old_pos)


@lru_cache(maxsize=100_000)
def fix_misplaced_mark(word: str) -> str:
    """'ngừơi' -> 'người'; a word whose mark is where one of the conventions puts it, or
    that is not a syllable either way, comes back unchanged."""
    low = word.lower()
    nfd = [unicodedata.normalize("NFD", c) for c in low]
    cur = next((k for k, d in enumerate(nfd) if any(t in d for t in _TONES)), -1)
    if cur < 0:
        return word
    tone = next(t for t in _TONES if t in nfd[cur])
    base = unicodedata.normalize("NFC", "".join(d.replace(tone, "") for d in nfd))
    if len(base) != len(low):
        return word
    new_pos, old_pos = tone_positions(base)
    if new_pos < 0 or cur in (new_pos, old_pos):
        return word
    fixed = base[:new_pos] + unicodedata.normalize("NFC", base[new_pos] + tone) + base[new_pos + 1:]
    from pipeline.repair.lexicon import lexicon

    if not lexicon().is_syllable(fixed):
        return word
    return "".join(f.upper() if o.isupper() else f for o, f in zip(word, fixed))


def fix_misplaced_marks(text: str) -> str:
    if text.isascii():
        return text
    return _CLUSTER.sub(lambda m: fix_misplaced_mark(m.group()), text)


def tone_convention(texts: list[str]) -> str | None:
    """'new' or 'old', whichever the document uses more; None when it never says."""
    joined = "\n".join(texts).lower()  # lower-case once: the patterns then need no IGNORECASE
    old = len(_OLD_LOW.findall(joined))
    new = len(_NEW_LOW.findall(joined))
    if old == new:
        return None
    return "new" if new > old else "old"


def apply_tone_convention(text: str, convention: str | None) -> str:
    if convention == "new":
        return _OLD_RE.sub(lambda m: _swap(m, _OLD_TO_NEW), text)
    if convention == "old":
        return _NEW_RE.sub(lambda m: _swap(m, _NEW_TO_OLD), text)
    return text


def repair_codepoints(doc: Document, config: Config) -> Document:
    """NFC, look-alike code points, misplaced marks; decides the tone convention (applied
    later by :func:`repair_tone_placement`)."""
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
    doc.meta["tone_convention"] = tone_convention([ln.text for ln in doc.lines])
    return doc


def repair_tone_placement(doc: Document, config: Config) -> Document:
    """One tone-placement convention per document (the one it mostly uses)."""
    convention = doc.meta.get("tone_convention")
    if convention is None and "tone_convention" not in doc.meta:
        convention = tone_convention([ln.text for ln in doc.lines])
        doc.meta["tone_convention"] = convention
    if convention:
        for line in doc.lines:
            fixed = apply_tone_convention(line.text, convention)
            if fixed != line.text:
                record_change(doc, line, fixed, "codepoint", 0.99, threshold=config.review_threshold,
                              note=f"tone placement made {convention}-style like the rest of the document")
    return doc
