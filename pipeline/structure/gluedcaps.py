"""(H21, session 32, points33) A space lost between two capitalised syllables of a printed header name.

A ministry printed its own name 'BỘ LAO ĐỘNG - THƯƠNG BINHVÀ XÃ HỘI' (the labour ministry's Công văn
1499/LĐTBXH-TE, 2018), the gazette corpus holds 'CỘNG HÒAXÃ HỘI ...' and legal sites print 'PHÊDUYỆT KẾ
HOẠCH', 'BANHÀNH KẾ HOẠCH': a word boundary lost in print, in capitals.  Vietnamese writes one syllable
per space-separated token, so a capitals token that is no syllable but splits into two frequent
syllables the dictionaries or the corpus join is two words.  The OCR pass's word-split
(:func:`pipeline.repair.ocrsplit.split_merged`) already decides that for lower-case OCR'd text; this
module asks it about a capitals token of a header name, lower-cased, and writes the split back in
capitals.

Why it does not touch clean text wrongly: a header's capitals tokens that are no syllable are codes and
abbreviations ('HĐND', 'LĐTBXH', 'BKHĐT', 'TTĐT'), which hold at most one vowel group and which the
word-split never splits (counted: 307 such tokens, 47 distinct, in the first 12 lines of 651 clean texts
of samples/text and realdocs: none split; 5103 tokens, 137 distinct, in the 402 gazette documents: one
split, 'HÒAXÃ' -> 'HÒA XÃ', itself a lost space).  Only a token with two vowel groups is asked, so the
syllable model is loaded only for a name that holds one.
"""
from __future__ import annotations

import re

_VOWELS = "AĂÂEÊIOÔƠUƯYÀẰẦÈỀÌÒỒỜÙỪỲÁẮẤÉẾÍÓỐỚÚỨÝẢẲẨẺỂỈỎỔỞỦỬỶÃẴẪẼỄĨÕỖỠŨỮỸẠẶẬẸỆỊỌỘỢỤỰỴ"
# a capitals token of four or more letters
_CAPS_TOKEN_RE = re.compile(r"(?<![^\W\d_])[^\W\d_a-zà-ỹđ]{4,}(?![^\W\d_])")
# two vowel groups with a consonant between them: two syllables at least (an abbreviation has one at most)
_TWO_NUCLEI_RE = re.compile(rf"[{_VOWELS}]+[^{_VOWELS}]+[{_VOWELS}]")


def split_glued_caps(name: str) -> str:
    """'BỘ LAO ĐỘNG - THƯƠNG BINHVÀ XÃ HỘI' -> 'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'; any other name unchanged.

    A capitals token with two vowel groups that is no syllable and that the word-split divides into two
    frequent syllables joined by the dictionaries or the corpus is written as those two, in capitals.
    Without the syllable model (not built) the name is returned as it is.
    """
    hits = [m for m in _CAPS_TOKEN_RE.finditer(name) if _TWO_NUCLEI_RE.search(m.group())]
    if not hits:
        return name
    from pipeline.repair.lexicon import load_lm
    from pipeline.repair.ocrsplit import split_merged

    lm = load_lm()
    if lm is None:
        return name
    out = name
    for m in reversed(hits):
        split = split_merged(lm, m.group().lower())
        if split:
            out = out[:m.start()] + split.upper() + out[m.end():]
    return out


__all__ = ["split_glued_caps"]
