"""The last step of the cascade: say where nothing could be done.

A reviewer reading ``repairs.csv`` must be able to tell "clean, nothing to do" from "could
not read this": an empty document, a page of numbers, text in another language, control
characters no encoding explains, a line too long to search.  Each gets one 'note' row
(:func:`pipeline.repair.record.record_note`), which changes nothing.
"""
from __future__ import annotations

import re
from itertools import repeat

from pipeline.config import Config
from pipeline.model import Document
from pipeline.repair.docview import DocView, view
from pipeline.repair.lexicon import lexicon
from pipeline.repair.lm import per_model
from pipeline.repair.linecache import words as line_words
from pipeline.repair.record import record_note
from pipeline.vietnamese import MARKED_LETTERS

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LEAD = "([“\"'"  # punctuation before and after a word (no letters: a token
_TRAIL = ")]”\"',.;:!?…"  # '(huyện),' is the one word 'huyện')
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
LONG_LINE = 20_000  # characters: longer lines are not searched for lost glyphs
_MAX_NOTES = 50


def repair_notes(doc: Document, config: Config) -> Document:
    lex = lexicon()
    if not doc.lines or not any(ln.text.strip() for ln in doc.lines):
        record_note(doc, None, "empty document: nothing to repair")
        return doc
    if not any(_WORD.search(ln.text[:LONG_LINE]) for ln in doc.lines):
        record_note(doc, None, "no words in the document (numbers or symbols only): nothing to repair")
        return doc
    verdict = _viet_verdicts(lex)
    if _nothing_to_note(view(doc), lex, verdict):
        return doc
    notes = 0
    words_total = viet_total = 0
    for ln in doc.lines:
        if notes >= _MAX_NOTES:
            break
        t = ln.text
        if len(t) > LONG_LINE:
            record_note(doc, ln, f"line of {len(t)} characters: too long to search for lost glyphs; "
                                 "encodings and code points were still repaired")
            notes += 1
            t = t[:LONG_LINE]
        if _CONTROL.search(t):
            record_note(doc, ln, "control characters no Vietnamese encoding explains: left as is")
            notes += 1
        words = line_words(t) if t is ln.text else _WORD.findall(t)
        if not words:
            continue
        viet = sum(map(verdict, words))
        words_total += len(words)
        viet_total += viet
        if len(words) >= 6 and viet / len(words) < 0.3:
            record_note(doc, ln, "line is not Vietnamese (another language or names): left as is")
            notes += 1
    if words_total and viet_total / words_total < 0.3:
        record_note(doc, None, "document is mostly not Vietnamese: repairs limited to encodings and code points")
    return doc


_VERDICTS: dict[int, tuple[object, dict[str, int]]] = {}
# per lexicon: token -> how many of its words do not read as Vietnamese, and the tokens with some
_TOKENS: dict[int, tuple[object, tuple[dict[str, int], set[str]]]] = {}
_VIET: dict[int, tuple[object, set[str]]] = {}  # per lexicon: words that read as Vietnamese


def _nothing_to_note(v: DocView, lex, verdict) -> bool:
    """The fast path: True when the loop of :func:`repair_notes` would write no note.

    No line is too long and none holds a control character; the words that do not read
    as Vietnamese (codes, names, list letters) are counted token by token (a word never
    spans white space), so the document's share of Vietnamese words has a floor (each
    distinct Vietnamese word occurs at least once); a line that is not Vietnamese has 6
    words or more, at least 5 of them not Vietnamese, and only lines holding such tokens,
    with enough of them, are read word by word."""
    if v.longest > LONG_LINE or not v.tokens or not v.words or _CONTROL.search(v.joined):
        return False
    counts, with_foreign = per_model(_TOKENS, lex, lambda: ({}, set()))
    viet = per_model(_VIET, lex, set)
    if len(counts) > 500_000 or len(viet) > 500_000:
        counts.clear()
        with_foreign.clear()
        viet.clear()
    # (set.difference with a dict reads only this document's tokens; a dict view's '-'
    # would walk the whole cache)
    forms = lex.forms
    for t in v.tokens.difference(counts):
        if t.lstrip(_LEAD).rstrip(_TRAIL) in forms:  # one word, a known syllable
            counts[t] = 0
            continue
        n = counts[t] = sum(1 for w in _WORD.findall(t) if not verdict(w))
        if n:
            with_foreign.add(t)
    foreign_set = with_foreign.intersection(v.tokens)
    if not foreign_set:
        return True
    get = {t: counts[t] for t in foreign_set}.get
    line_tokens = v.line_tokens
    foreign = 0  # occurrences of words that do not read as Vietnamese
    suspects = []
    for k in v.lines_with_tokens(foreign_set):
        n = sum(map(get, line_tokens[k], repeat(0)))
        foreign += n
        if n >= 4:  # (5 needed for a line that is not Vietnamese; one spare against rounding)
            suspects.append((k, n))
    distinct_viet = len(v.words)
    # (two differences, not one of two sets: that one walks all of ``forms``)
    for w in v.words.difference(viet).difference(forms):
        if verdict(w):
            viet.add(w)
        else:
            distinct_viet -= 1
    # viet_total / words_total >= distinct_viet / (distinct_viet + foreign)
    if not distinct_viet / (distinct_viet + foreign) >= 0.3:
        return False
    for k, n in suspects:  # (n: exactly the line's words that do not read as Vietnamese)
        words = line_words(v.texts[k])
        if len(words) >= 6 and (len(words) - n) / len(words) < 0.3:
            return False
    return True


def _viet_verdicts(lex):
    """word -> 1 when it reads as Vietnamese (a known syllable, or marked), else 0; cached
    across documents per lexicon (every word of every document is asked)."""
    cache = per_model(_VERDICTS, lex, dict)

    def verdict(w: str) -> int:
        v = cache.get(w)
        if v is None:
            v = cache[w] = 1 if lex.is_syllable(w) or any(c in MARKED_LETTERS for c in w) else 0
        return v

    return verdict
