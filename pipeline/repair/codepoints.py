"""Code-point repairs: the text is right but spelled with the wrong characters.

NFD -> NFC, 'ƣ'/'Ƣ' (U+01A3/U+01A2, LATIN LETTER OI, which old PDF fonts used for 'ư'),
'Ð' (U+00D0, Icelandic eth) and 'Đ'-lookalikes for 'Đ', and one tone-placement convention
per document (old 'hoà/thuỷ' or new 'hòa/thủy', whichever the document mostly uses).
These are certain repairs (confidence 1.0 for the mappings, 0.99 for tone placement).
"""
from __future__ import annotations

import re
import unicodedata

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


def _swap(match: re.Match, table: dict[str, str]) -> str:
    s = match.group(0)
    new = table[s.lower()]
    return "".join(n.upper() if o.isupper() else n for o, n in zip(s, new))


def fix_codepoints(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(CHAR_MAP)


def tone_convention(texts: list[str]) -> str | None:
    """'new' or 'old', whichever the document uses more; None when it never says."""
    old = sum(len(_OLD_RE.findall(t)) for t in texts)
    new = sum(len(_NEW_RE.findall(t)) for t in texts)
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
    for line in doc.lines:
        fixed = fix_codepoints(line.text)
        if fixed != line.text:
            record_change(doc, line, fixed, "codepoint", 1.0, threshold=config.review_threshold)
    convention = tone_convention([ln.text for ln in doc.lines])
    doc.meta["tone_convention"] = convention
    if convention:
        for line in doc.lines:
            fixed = apply_tone_convention(line.text, convention)
            if fixed != line.text:
                record_change(doc, line, fixed, "codepoint", 0.99, threshold=config.review_threshold,
                              note=f"tone placement made {convention}-style like the rest of the document")
    return doc
