"""A space lost in print between two capitalised syllables ('THƯƠNG BINHVÀ XÃ HỘI'), restored as a repair.

A ministry printed its own name 'BỘ LAO ĐỘNG - THƯƠNG BINHVÀ XÃ HỘI' (the labour ministry's Công văn
1499/LĐTBXH-TE, 2018), the gazette corpus holds 'CỘNG HÒAXÃ HỘI ...' and legal sites print 'PHÊDUYỆT KẾ
HOẠCH', 'BANHÀNH KẾ HOẠCH': a word boundary lost in print, in capitals.  Vietnamese writes one syllable
per space-separated token, so a capitals token that is no syllable but splits into two frequent
syllables the dictionaries or the corpus join is two words.  The OCR pass's word-split
(:func:`pipeline.repair.ocrsplit.split_merged`) already decides that for lower-case OCR'd text; this
module asks it about a capitals token, lower-cased, and writes the split back in capitals.

Why a repair and not the header reader's business (session 33, moved from ``pipeline/structure`` where points33 put
it for the issuer alone, H21): a lost space is broken text like a lost glyph -- the title line, the motto and the
issuer line all print it, every later stage should read the repaired line, and the change must be accountable
(one ``repairs.csv`` row of kind ``spacing`` per split, its confidence and its reason).

Why it does not touch clean text wrongly: a capitals token that is no syllable is a code or an abbreviation ('HĐND',
'LĐTBXH', 'BKHĐT', 'TTĐT', 'COVID', 'ASEAN'), which either holds at most one vowel group or carries no mark, and the
word-split never splits either.  Counted over whole documents (session 33, every line, not just the header's): 167
capitals tokens with two vowel groups in the 1361 texts of samples/text, samples/unseen* and realdocs, one split
('BINHVÀ'); 1772 in the 402 gazette documents, one split ('HÒAXÃ'): both lost spaces.  Points33's count of the header
zone alone: 307 capitals tokens (47 distinct) in the first 12 lines of 651 clean texts, none split.

Only a token with two vowel groups is asked, so the syllable model is loaded only for a document that holds one.
"""
from __future__ import annotations

import re

from pipeline.config import Config
from pipeline.model import Document
from pipeline.repair.record import record_change

_VOWELS = "AĂÂEÊIOÔƠUƯYÀẰẦÈỀÌÒỒỜÙỪỲÁẮẤÉẾÍÓỐỚÚỨÝẢẲẨẺỂỈỎỔỞỦỬỶÃẴẪẼỄĨÕỖỠŨỮỸẠẶẬẸỆỊỌỘỢỤỰỴ"
# a capitals word of four letters or more, its letters named one by one (a range cannot say it: the capitals of
# Latin Extended Additional, 'Ệ', 'Ạ', and 'Ư', 'Ơ' alternate with their lower-case forms in their blocks)
_CAPS_TOKEN_RE = re.compile(rf"(?<![^\W\d_])[A-ZĐ{_VOWELS}]{{4,}}(?![^\W\d_])")
# two vowel groups with a consonant between them: two syllables at least (an abbreviation has one at most)
_TWO_NUCLEI_RE = re.compile(rf"[{_VOWELS}]+[^{_VOWELS}]+[{_VOWELS}]")


def _caps_tokens(text: str) -> list[re.Match[str]]:
    """The capitals words of ``text`` with two vowel groups (see the module's note)."""
    return [m for m in _CAPS_TOKEN_RE.finditer(text) if _TWO_NUCLEI_RE.search(m.group())]


def split_glued_caps(name: str) -> str:
    """'BỘ LAO ĐỘNG - THƯƠNG BINHVÀ XÃ HỘI' -> 'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'; any other name unchanged.

    A capitals token with two vowel groups that is no syllable and that the word-split divides into two
    frequent syllables joined by the dictionaries or the corpus is written as those two, in capitals.
    Without the syllable model (not built) the name is returned as it is.
    """
    hits = _caps_tokens(name)
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


# The split is the word-split's (two frequent syllables the dictionaries or the corpus join), on a token that carries
# a Vietnamese mark and is no syllable: no case of a wrong split was found in the counts above.
CONFIDENCE = 0.9


def repair_glued_caps(doc: Document, config: Config) -> Document:
    """Split every capitals token that lost its space in print, one ``spacing`` repair row per split."""
    if not any(_caps_tokens(ln.text) for ln in doc.lines):
        return doc
    for ln in doc.lines:
        new = split_glued_caps(ln.text)
        if new != ln.text:
            record_change(doc, ln, new, "spacing", CONFIDENCE,
                          note="a space lost in print between two capitalised syllables")
    return doc


__all__ = ["repair_glued_caps", "split_glued_caps"]
