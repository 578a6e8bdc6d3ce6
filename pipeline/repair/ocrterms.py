"""Fixed administrative terms whose marks a scan blurred ('Công thông tin điện tử').

The trigram model sees two words of context, so where Tesseract doubted a mark it may prefer an
everyday syllable to the one a longer fixed term needs ('Nâng cấp Công thông tin điện tử':
'công thông' reads as well as 'cổng thông' to it).  ``models/term_phrases.txt``
(``models/build_term_phrases.py``) lists the 3-5-word runs the gazette prints 100+ times in
one spelling (95 % of the runs with the same bare letters).  A run of a Tesseract line with a
term's bare letters, no punctuation inside, that differs from it only in words Tesseract doubted
(below :data:`pipeline.repair.ocr.SURE_CONF`) takes the term's marks, each word keeping its case.
A word read sure is evidence of its own: the term is never forced on it; typed text (no
confidences) is left to the language model.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.config import model_table_lines
from pipeline.model import Line
from pipeline.repair.ocrconf import confidence_at, word_confidences
from pipeline.repair.syllables import norm_syllable, skeleton

TERMS_FILE = "term_phrases.txt"
TERM_SURE_CONF = 0.96  # a word read at this confidence or above keeps its reading
_TERM_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4)
def load_terms(models_dir: Path | None = None) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Bare letters of each term -> the term's words (empty when the file is missing)."""
    out = {}
    for row in model_table_lines(TERMS_FILE, models_dir):
        words = tuple(row.split())
        if 3 <= len(words) <= 5:
            out[tuple(skeleton(w) for w in words)] = words
    return out


def _cased(term_word: str, read: str) -> str:
    if read.isupper() and len(read) > 1:
        return term_word.upper()
    if read[:1].isupper():
        return term_word[:1].upper() + term_word[1:]
    return term_word


def term_fixes(text: str, spans: list[tuple[int, int, float]],
               terms: dict[tuple[str, ...], tuple[str, ...]]) -> list[tuple[int, int, str, str]]:
    """(start, end, read, term's word) for each word of ``text`` a fixed term respells."""
    if not spans or not terms:
        return []
    words = [(m.start(), m.end(), m.group()) for m in _TERM_WORD.finditer(text)]
    out: list[tuple[int, int, str, str]] = []
    taken = -1
    for i in range(len(words)):
        if words[i][0] < taken:
            continue
        for n in (5, 4, 3):
            run = words[i:i + n]
            if len(run) < n or any(text[a[1]:b[0]] != " " for a, b in zip(run, run[1:])):
                continue
            term = terms.get(tuple(skeleton(w) for *_, w in run))
            if term is None:
                continue
            diff = [(s, e, w, t) for (s, e, w), t in zip(run, term) if norm_syllable(w) != t]
            if not diff:
                break
            if all((c := confidence_at(spans, s)) is not None and c < TERM_SURE_CONF for s, *_ in diff):
                out += [(s, e, w, _cased(t, w)) for s, e, w, t in diff]
                taken = run[-1][1]
            break
    return out


def line_term_fixes(line: Line, terms: dict[tuple[str, ...], tuple[str, ...]]) -> list[tuple[int, int, str, str]]:
    """:func:`term_fixes` for a line Tesseract read (none for other lines)."""
    if not line.ocr_words:
        return []
    return term_fixes(line.text, word_confidences(line), terms)
