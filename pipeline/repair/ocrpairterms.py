"""Two-word terms whose marks a scan blurred ('phân đầu' for 'phấn đấu', 'tỉnh thần').

A Tesseract line often loses one mark of a syllable -- a hat, horn or breve ('Van phòng'), a
tone read as its look-alike or lost ('đầu' for 'đấu', 'phân' for 'phấn'), 'đ' read 'd' -- and
the syllable it leaves is itself Vietnamese, so the trigram model, with two words of context
and a thin count of the term, may keep it.  The 3-5-word terms of :mod:`ocrterms` do not
reach a two-word term.  ``models/pair_terms.txt`` (``models/build_pair_terms.py``) lists the
two-syllable words of the curated word lists that the directives of samples/text and the
gazette both print often, each with its count and the pairs of the same bare letters that are
themselves known (printed in the gazette or in several directives, or a word of the lists):
'phấn đấu' 84 beside 'phần đầu' 15.

On a Tesseract line, two adjacent words (one space between, no code around them), one of them
doubted (below :data:`PAIR_SURE_CONF`, the OCR repair's sure line: a blur Tesseract saw), whose
bare letters are a term's and whose reading is no known pair, take the marks of the term one
confusion per word away when it outnumbers every other known pair as near :data:`DOMINANT` to
one, each word keeping its case.  Tesseract reads a lost mark sure as often as not ('phân' for
'phấn' at 0.96), so a sure word may change -- but only when no near known pair keeps it.  A
word whose other neighbour makes a known pair or a dictionary word with it as read keeps its
reading ('đầu tư' keeps 'đầu'), as does a capitalised word inside a sentence (a name).  Typed
text (no confidences) is left to the language model: a typist's rare pair is no scan's blur.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from pipeline.config import model_table_lines
from pipeline.model import Line
from pipeline.repair.ocrconf import confidence_at, word_confidences
from pipeline.repair.ocrterms import _cased  # (the read word's case put on the term's word, as ocrterms does)
from pipeline.repair.syllables import norm_syllable, skeleton
from pipeline.vietnamese import split_tone

PAIR_TERMS_FILE = "pair_terms.txt"
PAIR_SURE_CONF = 0.96  # a word read at this confidence or above keeps its reading
_WORD = re.compile(r"[^\W\d_]+")
_OPEN = "(\"“‘'["
_CLOSE = ".,;:)\"”’'!?]"
_STARTS = ".:;!?-–—)(\"“•+*"
DOMINANT = 5  # the term outnumbers every other known pair as near by this factor


class PairTable:
    """The terms and known pairs with their counts, grouped by their bare letters."""

    def __init__(self, rows: list[tuple[Pair, int, tuple[tuple[Pair, int], ...]]]):
        self.terms: dict[Pair, set[Pair]] = {}
        self.known: dict[Pair, dict[Pair, int]] = {}
        for term, count, known in rows:
            key = (skeleton(term[0]), skeleton(term[1]))
            self.terms.setdefault(key, set()).add(term)
            group = self.known.setdefault(key, {})
            group.update(known)
            group[term] = count

    def __bool__(self) -> bool:
        return bool(self.terms)

    def is_known(self, pair: Pair) -> bool:
        """Is ``pair`` (lower case, the LM's spelling) a term or a known pair of the table?"""
        return pair in self.known.get((skeleton(pair[0]), skeleton(pair[1])), ())

    def target(self, read: Pair, sure: tuple[bool, bool] = (False, False)) -> Pair | None:
        """The term ``read`` is one confusion per word from, when ``read`` is itself no known
        pair and the term outnumbers every other known pair so near :data:`DOMINANT` to one
        ('phân đầu' is near 'phấn đấu', 84, and 'phần đầu', 15).  ``sure``: which words
        Tesseract read sure; a sure word is changed only when no near known pair keeps it
        ('cùng cập' with 'cùng' sure is 'cùng cấp', no term, not 'cung cấp')."""
        key = (skeleton(read[0]), skeleton(read[1]))
        terms = self.terms.get(key)
        if not terms or read in self.known[key]:
            return None
        near = [(c, p) for p, c in self.known[key].items()
                if all(r == t or one_confusion(r, t) for r, t in zip(read, p))]
        keep = [(c, p) for c, p in near if all(r == t for r, t, s in zip(read, p, sure) if s)]
        near = sorted(keep or near, reverse=True)
        if not near or near[0][1] not in terms or any(c * DOMINANT > near[0][0] for c, _ in near[1:]):
            return None
        return near[0][1]


def parse_row(row: str) -> tuple[Pair, int, tuple[tuple[Pair, int], ...]] | None:
    """'phấn đấu<TAB>84<TAB>phần đầu 15' -> (('phấn', 'đấu'), 84, ((('phần', 'đầu'), 15),));
    None for a line of another shape."""
    cols = row.split("\t")
    words = tuple(cols[0].split())
    if len(words) != 2 or len(cols) < 2 or not cols[1].isdigit():
        return None
    known = []
    for item in (cols[2].split(",") if len(cols) > 2 and cols[2] else []):
        parts = item.split()
        if len(parts) == 3 and parts[2].isdigit():
            known.append(((parts[0], parts[1]), int(parts[2])))
    return words, int(cols[1]), tuple(known)  # type: ignore[return-value]


@lru_cache(maxsize=4)
def load_pair_terms(models_dir: Path | None = None) -> PairTable:
    """The table of ``models/pair_terms.txt`` (empty when the file is missing)."""
    return PairTable([r for r in map(parse_row, model_table_lines(PAIR_TERMS_FILE, models_dir)) if r])


def one_confusion(read: str, term: str) -> bool:
    """Is ``read`` (lower case, NFC) ``term`` with one mark confused: the tone lost, added or read
    as another; one hat, horn or breve lost or added (the two horns of 'ươ' count as one); or
    'đ' read 'd' (and back)?"""
    if read == term or len(read) != len(term) or skeleton(read) != skeleton(term):
        return False
    rb, rt = split_tone(read)
    tb, tt = split_tone(term)
    if rb == tb:
        return True  # the tone alone differs
    if rt != tt or len(rb) != len(tb):
        return False
    diff = [i for i, (x, y) in enumerate(zip(rb, tb)) if x != y]
    if len(diff) == 1:
        return True
    return (len(diff) == 2 and diff[1] == diff[0] + 1
            and {rb[diff[0]:diff[1] + 1], tb[diff[0]:diff[1] + 1]} == {"ươ", "uo"})


def _words(text: str) -> list[tuple[int, int, str]]:
    """The line's plain words: a run of letters that is its whole white-space token but for
    opening and closing punctuation (a code's part 'NQ-HĐND', 'b/c' is no word here)."""
    out = []
    for m in _WORD.finditer(text):
        a, b = m.start(), m.end()
        while a > 0 and text[a - 1] in _OPEN:
            a -= 1
        while b < len(text) and text[b] in _CLOSE:
            b += 1
        if (a == 0 or text[a - 1].isspace()) and (b == len(text) or text[b].isspace()):
            out.append((m.start(), m.end(), m.group()))
    return out


def _inside_sentence(text: str, start: int) -> bool:
    """Does the word at ``start`` stand inside a sentence (not first on the line, nor after a
    stop, a colon, a dash or a label)?"""
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in _STARTS


def _name_like(text: str, start: int, word: str) -> bool:
    """A capitalised word inside a sentence: a name ('Lữ Anh Hướng', 'phường An Hòa'), whose
    letters are no term's."""
    return word[:1].isupper() and not word.isupper() and _inside_sentence(text, start)


def pair_fixes(text: str, spans: list[tuple[int, int, float]], table: PairTable,
               is_word: Callable[[str, str], bool] | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, read, term's word) for each word of ``text`` a two-word term respells (see
    the module's docstring).  ``is_word(a, b)``: are the two syllables one dictionary word (a
    changed word that is one with its other neighbour as read keeps its reading)."""
    if not spans or not table:
        return []
    words = _words(text)
    low = [norm_syllable(w) for *_, w in words]
    runs = [(m.start(), m.end(), norm_syllable(m.group())) for m in _WORD.finditer(text)]
    where = {r[0]: k for k, r in enumerate(runs)}

    def known(pair: Pair) -> bool:
        return table.is_known(pair) or (is_word is not None and is_word(*pair))

    def bound(start: int, left: bool) -> bool:
        """Does the word at ``start`` make a known pair or a dictionary word with the letters
        one space to its left (right) as read ('thị trấn' in 'xã/phường/thị trấn')?"""
        k = where[start]
        j = k - 1 if left else k + 1
        if not 0 <= j < len(runs):
            return False
        a, b = (runs[j], runs[k]) if left else (runs[k], runs[j])
        return text[a[1]:b[0]] == " " and known((a[2], b[2]))
    out: list[tuple[int, int, str, str]] = []
    done = -1  # the last word a fix changed
    for i in range(len(words) - 1):
        (s1, e1, w1), (s2, e2, w2) = words[i], words[i + 1]
        if text[e1:s2] != " " or i <= done:
            continue
        confs = [confidence_at(spans, s) for s in (s1, s2)]
        if None in confs or min(confs) >= PAIR_SURE_CONF:  # (no blur Tesseract saw here)
            continue
        term = table.target((low[i], low[i + 1]), (confs[0] >= PAIR_SURE_CONF, confs[1] >= PAIR_SURE_CONF))
        if term is None or _name_like(text, s1, w1) or _name_like(text, s2, w2):
            continue
        diff = [k for k, t in zip((i, i + 1), term) if low[k] != t]
        # a changed word that makes a known pair or a dictionary word with its other
        # neighbour as read keeps its reading ('chủ nhật là', not 'nhất là')
        if any(bound(words[k][0], k == i) for k in diff):
            continue
        for k, t in zip((i, i + 1), term):
            if low[k] != t:
                s, e, w = words[k]
                out.append((s, e, w, _cased(t, w)))
        done = max(diff)
    return out


def line_pair_fixes(line: Line, table: PairTable,
                    is_word: Callable[[str, str], bool] | None = None) -> list[tuple[int, int, str, str]]:
    """:func:`pair_fixes` for a line Tesseract read (none for other lines)."""
    if not line.ocr_words or not table:
        return []
    return pair_fixes(line.text, word_confidences(line), table, is_word)
