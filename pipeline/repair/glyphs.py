"""Lost glyphs: a PDF font without a Unicode mapping for some of its glyphs.

Two symptoms, one cause.  Some extractors write a space for each unmapped glyph ('C n  t c
nội chính' is 'Công tác nội chính': the heading font lost 'ô', 'g' and 'á'); others write
'(cid:NN)', one number per glyph, consistently within the font.  Either way the text keeps
its length (one space or one token per lost character), which is what makes it solvable.

Spaces: every space of an affected line is either a real space or one lost character.  A
beam search over the line tries, at each space, a real space or each character the font may
have lost, keeps only partial words that can still become a Vietnamese syllable, and scores
completed words with the language model and the document's own intact words (the same word
spelled intact elsewhere in the document is the strongest evidence).  Which characters a
font lost is inferred from the document: a first pass with every letter allowed finds the
lines whose fragments ('c', 'n', 'hu') become syllables, and the characters those fills use
make the lost set for the second, stricter pass.  A lost digit in a section number ('  .
Về văn hóa' between '1.' and '2.1.') comes from the numbering around it.

'(cid:NN)': a substitution cipher per document (per font): each number is one character.
It is solved by coordinate ascent: each number in turn takes the character that makes the
most words containing it syllables the document and the model like, the others held fixed,
until nothing changes.

Lines that are fine are never touched: a line is only rewritten when the fills turn
fragments into syllables, and a fill never creates a word out of nothing (a word must keep
at least one of its original letters).
"""
from __future__ import annotations

import heapq
import itertools
import math
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.config import Config
from pipeline.model import Document, Line
from pipeline.repair.codepoints import _OLD_RE, _OLD_TO_NEW
from pipeline.repair.glyphdigits import (_GLUED_RANGE_AFTER, GLUED_RANGE_GAP, LAW_MONTH_CONFIDENCE, NumberGaps, cited_fills,
                                         law_fills, law_month_fills, own_date_year)
from pipeline.repair.glyphyears import anniversary_fills
from pipeline.repair import glyphwords
from pipeline.repair import glyphprose
from pipeline.repair.glyphdigitfont import digit_font_fills
from pipeline.repair.glyphbare import rescore_bare
from pipeline.repair.glyphcodes import code_before_issuer, code_key, coded_year_fits, same_code
from pipeline.repair.glyphcanchi import canchi_fills
from pipeline.repair.glyphheadings import heading_fills
from pipeline.repair.glyphpins import digit_shares, pinned_fills
from pipeline.repair.glyphsequence import CONFIDENCE as SEQUENCE_CONFIDENCE, sequence_fills
from pipeline.repair.glyphlunar import CONFIDENCE as LUNAR_CONFIDENCE, lunar_fills
from pipeline.repair.glyphphrases import (_CENTRAL, LABEL_LINES, as_article_code, as_article_fills, date_fills,
                                          phrase_fills, place_fills, weekday_fills, wrapped_date_fills)
import pipeline.repair.lexicon as lexicon_module
from pipeline.repair.lexicon import DocumentLM, Lexicon, has_syllable_shape, lexicon, load_lm, norm
from pipeline.repair.docview import view
from pipeline.repair.ciddigits import settle_digits
from pipeline.repair.record import record_change, record_note

LOWER = [unicodedata.normalize("NFC", b + t) for b in "aăâeêioôơuưy" for t in ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]]
LOWER += list("bcdđghklmnpqrstvx")
ALPHABET = tuple(LOWER)
_WORDLIKE = re.compile(r"[^\W\d_]+", re.UNICODE)
_CID = re.compile(r"\(cid:(\d+)\)")
_CODE = re.compile(r"^[A-ZĐ]{2,}$")

OOV_COST = -14.0
# A space right after a word whose last letter the search filled is that word's separator
# from the next one, not a space left over in the run: the run 'củ  huyện' read 'của huyện'
# leaves no space over, as 'củ chuyện' leaves none.  False: that space is priced as left over
# (``GlyphSolver.run_cost``), so filling the end of a word before a run cost a left-over space
# that filling the start of the next word did not (the reading before session 22).  Only where
# the next word's letters follow that space: before more spaces or a digit the run may hold a
# lost number, before a closing mark the space separates nothing (both priced as before).
SEPARATOR_AFTER_FILL = True
# (not after a word of lost letters alone, 'bảo hiểm   tế': freeing both of its spaces made
# such a word too cheap in a layout's padding, 'Tỉnh ủy; lại  báo cáo)' measured on
# samples/unseen_repair, seed 1; its spaces keep the prices the bare word's cost was set with)
BARE_WORD = 2  # the after-word flag of a lattice state whose last word is of lost letters alone
_CID_AFTER_TOP = 8  # letters a code's own words like best, read again with the words after
_CID_AFTER_SPAN = 25.0  # ... when they are that close (log score); a clear winner is kept
LONG_LINE = 20_000  # characters; the same limit as pipeline.repair.notes
PRINTED_COST = 3.0  # extra cost of a fill with a letter its own stretch of line prints
DOC_PRINTED_COST = 1.5  # extra cost of a fill with a letter the document's damaged lines print
PRINTED_SHARE = 0.45  # a letter in this share of the damaged lines is not searched for the lost set
BARE_LEN = 4  # the longest word of lost letters alone ('nhân' in 'Ủy ban      dân')
BARE_RUN = BARE_LEN + 4  # the longest run of spaces such a word stands in
# a word of lost letters alone may end at a closing mark, not only at a space: a font that
# lost 'c', 'a' and 'o' prints 'trách nhiệm cao, tuyệt đối' as 'trách nhiệm    , tuyệt đối'
# (False: the reading before session 28, a bare word only between two spaces)
BARE_BEFORE_MARK = True
# a bare word's run of spaces may be longer by the lost letters of a cut word beside it
# (FRAGMENT_SLACK at most): 'có b        hính thức' = 'có báo cáo chính thức', the run
# holding 'áo', 'cáo' and 'c' (False: the reading before session 28)
BARE_BESIDE_FRAGMENTS = True
FRAGMENT_SLACK = 3
_BARE_MARKS = frozenset(",.;:)!?")
PASS1_LINES = 16  # lines the first pass (every letter allowed) searches to find the lost set  # natural-log score of an original word the model does not know


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    return frozenset(_next_chars())


@lru_cache(maxsize=1)
def _next_chars() -> dict[str, str]:
    """prefix -> the letters that can follow it in some syllable ('' -> every first letter):
    the search asks this at every space instead of trying the whole alphabet."""
    nxt: dict[str, set[str]] = {}
    for s in lexicon().inventory:
        for k in range(len(s)):
            nxt.setdefault(s[:k], set()).add(s[k])
        nxt.setdefault(s, set())
    return {k: "".join(sorted(v)) for k, v in nxt.items()}


_LAST_LETTERS = re.compile(r"[^\W\d_]+(?=\W*$)")
_FIRST_LETTERS = re.compile(r"\W*?([^\W\d_]+)")
_FOREIGN = re.compile(r"[fjwzFJWZ]")
# Roman numerals as directives number their parts ('I', 'IV', 'XII'): up to 39.  A lone 'C'
# or 'L' is no part's number there, but what a lost glyph left of a word ('C   B :' is
# 'Các Bộ:', 'L  Cai' is 'Lào Cai')
_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")
_OPENING = "“‘\"«("  # an opening quote or bracket never follows a word directly ('[1]' footnotes do)
_CLOSING_MARKS = ",;:)"  # a word never starts right after one of these: a space follows them


def _is_fragment(tok: str, lex: Lexicon) -> bool:
    """A piece of a word a lost glyph cut: 'c', 'hu', 'ph', 'thườn' (letters only, not a
    syllable); codes ('UBND'), mixed-case codes ('TTg'), names spelled like syllables
    ('Nguyễn') and foreign words (f, j, w, z; long words) are not fragments."""
    if not _WORDLIKE.fullmatch(tok) or len(tok) > 7 or _FOREIGN.search(tok):
        return False
    if _CODE.match(tok) or _ROMAN.match(tok):
        return False
    if not (tok.islower() or tok.isupper() or tok[0].isupper() and tok[1:].islower()):
        return False
    if lex.is_syllable(tok):
        return False
    if not tok.islower() and has_syllable_shape(norm(tok)):
        return False  # a name the word list lacks
    return True


_TOKEN = re.compile(r"\S+")
_LEAD = "([“\"'"  # what _EDGE_PUNCT strips before a token's core ...
_TRAIL = ")]”\"',.;:!?…"  # ... and after it
_EDGE_PUNCT = re.compile("^[" + re.escape(_LEAD) + "]*(.*?)[" + re.escape(_TRAIL) + "]*$")


_CORE_CACHE: dict[str, bool] = {}
_TOKEN_KIND: dict[str, int] = {}  # every token seen: 0 fine, 1 fragment, 2 fragment unless first
_KIND_SETS: tuple[set[str], set[str], set[str]] = (set(), set(), set())  # the tokens of each kind
# The three stores above are keyed by the token alone, and their answers read the lexicon
# (is_syllable, forms): they hold the verdicts of this one lexicon (kept here, so another one
# never takes its id), and are emptied when asked with another (cache19: a verdict must not
# depend on what an earlier call was asked with; the pipeline asks with lexicon() only)
_TOKEN_LEX: list = [None]


def _token_stores_for(lex: Lexicon) -> None:
    if _TOKEN_LEX[0] is not lex:
        _CORE_CACHE.clear()
        _TOKEN_KIND.clear()
        for s in _KIND_SETS:
            s.clear()
        _TOKEN_LEX[0] = lex


def _core_has_fragment(core: str, lex: Lexicon) -> bool:
    v = _CORE_CACHE.get(core)
    if v is None:
        v = any(_is_fragment(w, lex) for w in _LETTER_RUN.findall(core))
        if len(_CORE_CACHE) < 500_000:
            _CORE_CACHE[core] = v
    return v


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def fragment_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of the whitespace-delimited tokens holding a fragment; list labels
    ('b)', and 'c.' at the start of a line) are not fragments."""
    # the fast path: every token's verdict known (cached across lines and documents) and
    # none a fragment where it stands
    if _TOKEN_LEX[0] is not lex:
        _token_stores_for(lex)
    toks = text.split()
    if _TOKEN_KIND.keys() >= set(toks) and _KIND_SETS[1].isdisjoint(toks) and _KIND_SETS[2].isdisjoint(toks[1:]):
        return []
    out = []
    for i, m in enumerate(_TOKEN.finditer(text)):
        tok = m.group()
        k = _TOKEN_KIND.get(tok)
        if k is None:
            k = _cached_token_kind(tok, lex)
        if k == 1 or k == 2 and i > 0:
            out.append((m.start(), m.end()))
    return out


def _cached_token_kind(tok: str, lex: Lexicon) -> int:
    """_token_kind, remembered in _TOKEN_KIND and _KIND_SETS (bounded) for the fast paths."""
    k = _token_kind(tok, lex)
    if len(_TOKEN_KIND) < 500_000:
        _TOKEN_KIND[tok] = k
        _KIND_SETS[k].add(tok)
    return k


# letters joined to a digit ('14h00', '10km', '3a') or single letters joined by a slash ('Đ/c',
# 'b/c', 'v/v'): times, units and abbreviations as the document writes them.  A lost glyph
# leaves a space, never a digit or a slash, so such a token is no word a lost glyph cut;
# a table schedule has one in every row, and counted as damage they made its clean rows
# the majority of the "damaged" lines (whose letters then hid the lost set)
_CODE_TOKEN = re.compile(r"\d[^\W\d_]|[^\W\d_]\d|(?<![^\W\d_])[^\W\d_]/(?=[^\W\d_])|(?<=[^\W\d_])/[^\W\d_](?![^\W\d_])")


def _token_kind(tok: str, lex: Lexicon) -> int:
    """0: no fragment; 1: holds a fragment; 2: a one-letter list label ('c.', 'a/'), which
    is a fragment unless it leads the line ('b)' is a label anywhere)."""
    if tok.isdigit() or _CODE_TOKEN.search(tok):
        return 0
    core = _EDGE_PUNCT.match(tok).group(1)
    if not _core_has_fragment(core, lex):
        return 0
    after = tok[len(core):len(core) + 1] if tok.startswith(core) else ""
    if len(core) == 1 and after == ")":
        return 0
    if len(core) == 1 and after in (".", "/"):
        return 2
    return 1


def fragments(text: str, lex: Lexicon | None = None) -> int:
    lex = lex or lexicon()
    return len(fragment_spans(text, lex))


# a line that ends in a year whose last digit the font lost to the margin ('... VÀ NĂM 202 ':
# a heading in capitals keeps its letters; a year of three digits is no year)
_CUT_YEAR = re.compile(r"(?:năm|NĂM|Năm)\s+(?:19|20)\d \s*$")
# a school year or a term whose second year lost a digit ('NĂM HỌC 2024 - 202 ', 'NHIỆM KỲ
# 2025 – 20 0'): a heading in capitals keeps its letters, the year is its only trace
_RANGE_GAP = re.compile(r"(?:học|HỌC|kỳ|KỲ)\s*:?\s*(?:(?:19|20)\d\d ?[-–] ?"
                        r"(?:\d \d\d|\d\d \d|\d  \d|\d \d |\d\d  |\d\d\d(?= *$)|\d\d(?= *$))(?!\d)"
                        r"|(?:\d \d\d|\d\d \d|\d\d\d |\d  \d|\d \d |\d\d  ) ?[-–] ?(?:19|20)\d\d)")
# a period's first year that lost its last digit before a dash glued to the second year
# ('GIAI ĐOẠN 202 -2025': see pipeline.repair.glyphdigits.GLUED_RANGE_GAP)
# and a year with a gap inside it in a line in capitals, whose letters the font kept: a
# period's year before a dash glued to the other year ('GIAI ĐOẠN 20 8-2020'), a year after
# 'năm' ('NGHỈ LỄ NĂM 20 5 ĐỐI VỚI'): four places, one a space, are no number of their own
_GLUED_RANGE_GAP = re.compile(r"(?<![\d/.,])(?:19|20)(?:\d | \d)[-–](?:19|20)\d\d(?!\d)"
                              r"|(?:năm|NĂM|Năm) (?:[12] \d\d|(?:19|20) \d)(?![\d/.,]\d|\d)")
_INNER_RUN = re.compile(r"(?<=\S)  +(?=\S)")
_TRAILING = re.compile(r"(\S*[^\W\d_])( +)$")
_SPACE_PUNCT = re.compile(r"(?<=[^\W\d_]) (?=[.,;:!?])")
# a single space between a letter and a closing mark ('chuồn , che', 'nghè ”', 'cá .'):
# where a word lost its last letter (GlyphSolver.mark_gap_cost, :func:`tight_before_marks`)
_MARK_GAP = re.compile(r"(?<=[^\W\d_]) (?=[.,;:!?”)])")


def windows(text: str, spans: list[tuple[int, int]], context: int = 3) -> list[tuple[int, int]]:
    """Stretches of the line around the given spans, ``context`` tokens either side, merged:
    the search runs on these, not on a whole paragraph."""
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out: list[tuple[int, int]] = []
    for a, b in spans:
        i = next((k for k, (s, e) in enumerate(toks) if e > a), 0)
        j = next((k for k, (s, e) in enumerate(toks) if e >= b), len(toks) - 1)
        lo = toks[max(0, i - context)][0]
        hi = toks[min(len(toks) - 1, j + context)][1]
        if max(0, i - context) == 0:
            lo = 0
        if min(len(toks) - 1, j + context) == len(toks) - 1:
            hi = len(text)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


@dataclass
class LineFill:
    text: str
    fills: list[tuple[int, str]] = field(default_factory=list)
    score: float = 0.0
    fixed: int = 0  # fragments turned into syllables
    confidence: float = 1.0
    alternatives: list[str] = field(default_factory=list)


def _score_of(item: tuple) -> float:
    """The score of a lattice state (key, (score, back pointer, word, fills))."""
    return item[1][0]


def _lexicon_memo(lex: Lexicon, name: str, limit: int = 500_000) -> dict:
    """A memo of a property of words under ``lex``, kept on the lexicon itself (so every
    document the process repairs shares it, and a lexicon's memo dies with it); emptied
    when it grows past ``limit`` entries."""
    memos = lex.__dict__.setdefault("_memos", {})
    memo = memos.setdefault(name, {})
    if len(memo) > limit:
        memo.clear()
    return memo


class GlyphSolver:
    """Viterbi over a lattice of words (see the module docstring).

    From each position the lattice offers: a real space, a punctuation mark, or a word that
    starts there and runs over letters and over spaces taken as lost characters, ending at
    a real space, punctuation or the line end.  All paths that reach a position have read
    the same characters, so their scores compare fairly (a beam over single characters
    would favour paths with an unfinished word, which has not paid its cost yet)."""

    def __init__(self, dlm: DocumentLM, lost: dict[str, float], fill_cost: float = 2.0, beam: int = 12,
                 max_fills: int = 3, allow_bare: bool = False, fill_start: bool = True,
                 printed_cost: float = PRINTED_COST) -> None:
        self.allow_bare = allow_bare
        # bare words only between lower-case words (set per line: see _bare_word_ok)
        self.bare_in_sentence = False
        # a letter the line prints is one its font maps: as a fill it is unlikely (not
        # impossible: a line may mix fonts, the seed's 'tháng 5/2023: Ngày' after a heading)
        self.printed_cost = printed_cost
        self._printed: frozenset[str] = frozenset()
        # letters the damaged font prints in the document's other damaged lines: mapped by
        # the font, so unlikely as fills, though less sure than the line's own (a damaged
        # line may be set partly in another font); see :func:`damaged_printed`
        self.doc_printed: frozenset[str] = frozenset()
        self.doc_printed_cost = DOC_PRINTED_COST
        self.fill_start = fill_start  # may a word begin with a lost letter (' i o' = 'giao')?
        self.run_cost = 2.5 if allow_bare else 0.0  # an extra space inside a line, left as it is
        # a space left between a word and the closing mark after it ('chuồn , che chắn',
        # 'hiếm cá .'), in a document whose intact lines never leave one (set per document:
        # :func:`tight_before_marks`); 0: such a space costs nothing, as before
        self.mark_gap_cost = 0.0
        self._mark_gaps: frozenset[int] = frozenset()
        self.dlm = dlm
        self.lex = dlm.lex
        self.lost = lost  # char -> extra cost (0 for characters known to be lost)
        self.fill_cost = fill_cost
        self.beam = beam
        self.max_fills = max_fills
        self.prefixes = _prefixes()
        self.next_chars = _next_chars()
        self._next_lost: dict[str, str] = {}
        # (word so far, letter after the space) -> the lost letters that keep the word a
        # syllable prefix with that letter after them, in ``_next_lost``'s order: the
        # search's inner loop asks the same pairs line after line (a property of the lost
        # set and the syllables only, like ``_next_lost``)
        self._next_lost_before: dict[tuple[str, str], tuple[str, ...]] = {}
        self._fills_before_table = _lexicon_memo(self.lex, "glyph_fills_before")  # see _fills_before
        # word so far -> the lost letters that end it a syllable, in ``_next_lost``'s order:
        # a word's last fill before a space or a mark (:meth:`_last_fills`)
        self._last_lost: dict[str, tuple[str, ...]] = {}
        # lex.is_syllable of the filled words met (a property of the word: shared by
        # every solver on the same lexicon)
        self._syl: dict[str, bool] = _lexicon_memo(self.lex, "glyph_syllable_of")
        self._fits: dict[str, tuple[str, ...]] = {}  # see :meth:`fits`
        # the word edges' compiled loop (:mod:`glyphwords`; off without numba): the lost
        # letters' trie codes, the trie nodes' syllable flags and the output buffers, made at
        # the first walk (and again if the lost set grows)
        self._compiled = glyphwords.ENABLED
        self._lost_codes = None
        self._lost_len = -1
        # the document's intact lines (set per document by repair_glyphs): the words they
        # print capitalised inside a sentence are counted once a re-reading asks
        # (:func:`capitalised_counts`, :func:`rescore_fills`)
        self.intact_texts: list[str] = []
        self._capitalised: Counter[str] | None = None

    def capitalised(self) -> Counter[str]:
        """:func:`capitalised_counts` of the document's intact lines, counted once."""
        if self._capitalised is None:
            self._capitalised = capitalised_counts(self.intact_texts)
        return self._capitalised

    def fits(self, shape: str) -> tuple[str, ...]:
        """The syllables that fit ``shape`` ('c?c': '?' a gap) with a letter of the lost set
        in every gap, in :func:`_pattern_matches`' order.  The re-reading passes and the
        alternatives of each restored word ask the same shapes again and again in a
        document (filtering a shape's hundreds of syllables was a tenth of the repair's
        time): kept per solver, whose lost set is fixed."""
        got = self._fits.get(shape)
        if got is None:
            lost = self.lost
            syls, group, letters = _gap_groups(self.lex, shape, tuple(k for k, ch in enumerate(shape) if ch == "?"))
            ok = list(map(lost.keys().__ge__, letters))  # (every gap letter of a group lost)
            got = self._fits[shape] = tuple(itertools.compress(syls, map(ok.__getitem__, group)))
        return got

    def _words_from(self, line: str, p: int, protected: frozenset[int]) -> list[tuple[int, str, tuple]]:
        """(end, word, fills) for every word that can start at ``p``.  (The search's inner
        loop: the number of fills travels with each partial word, and the line's margins
        and runs of spaces are measured once per line, in :meth:`solve`.)"""
        n = len(line)
        out: list[tuple[int, str, tuple]] = []
        # an original token with digits (or a code): the maximal alnum run, no fills
        if line[p].isalnum() and not line[p].isalpha() or (line[p].isalpha() and _has_digit_run(line, p)):
            j = p
            while j < n and line[j].isalnum():
                j += 1
            return [(j, line[p:j], ())]
        lo, hi = self._lo - 2, self._hi + 1
        max_fills = self.max_fills
        prefixes = self.prefixes
        alpha, lows, aend = self._alpha, self._lows, self._alpha_end
        next_lost, next_lost_before, last_lost = self._next_lost, self._next_lost_before, self._last_lost
        syl, is_syllable = self._syl, self.lex.is_syllable
        bare_ok = self.allow_bare and p > 0 and line[p - 1] == " "
        if line[p] == " " and self._run_end[p] - p > max_fills and not (
                bare_ok and self._run_end[p] - self._run_start[p] <= BARE_RUN):
            # a word is letters and lost letters, ended by a real space: from deep inside a
            # long run of spaces (a table's padding) no word reaches the letters after it,
            # and a word of lost letters alone fits no run that long (:meth:`_bare_word_ok`)
            return out
        if self._compiled:
            got = self._words_compiled(line, p, bare_ok)
            if got is not None:
                return got
        # (position, word as written, the word in lower case, fills, number of fills)
        stack = [(p, "", "", (), 0)]
        while stack:
            j, word, lw, fills, nf = stack.pop()
            if j < n and alpha[j]:
                # the run of letters from j, at once: after a fill each letter must keep the
                # word a syllable prefix
                k = aend[j]
                if nf:
                    # (one question for the whole run: the prefixes are closed under cutting,
                    # so the run keeps the word a prefix letter by letter exactly when the
                    # whole of it does)
                    lw += lows[j:k]
                    if lw not in prefixes:
                        continue
                else:
                    lw += lows[j:k]
                word += line[j:k]
                j = k
            # at a space, punctuation or the end: the word may end here
            if word and (nf < len(word) and not (nf and j < n and line[j] in _OPENING) or (
                    bare_ok and nf <= BARE_LEN and self._bare_word_ok(line, p, j, word))):
                # a filled word must be a syllable (:meth:`_fill_parts`): the others are
                # dropped here, before the lattice scores them after every state.  (A word
                # with a fill is a syllable prefix letter by letter, so ``lw`` is its
                # lower case.)
                ok = True
                if nf:
                    ok = syl.get(lw)
                    if ok is None:
                        ok = syl[lw] = is_syllable(lw)
                if ok:
                    out.append((j, word, fills))
            # no fills in the line's margins: a trailing space is not a lost letter
            if (nf < max_fills and j < n and line[j] == " " and lo <= j <= hi and j not in protected
                    and not (j == p and j and line[j - 1] in _CLOSING_MARKS)):
                if j + 1 < n and alpha[j + 1]:
                    # a fill the letter after the space cannot follow is not tried (it would
                    # die there, one push and pop later)
                    key = (lw, lows[j + 1])
                    xs = next_lost_before.get(key)
                    if xs is None:
                        xs = self._fills_before(key)
                    for x in xs:
                        stack.append((j + 1, word + x, lw + x, fills + ((j, x),), nf + 1))
                else:
                    # a word's last fill (its ``max_fills``-th) with no letter after it: only the
                    # letters that end it a syllable (:meth:`_last_fills`).  So too any fill with
                    # neither a letter nor a space after it (a mark, the line's end): the word can
                    # only end there, as a syllable, or die (no other letter pushed ever ended
                    # a word: the same words, in the same order, fewer pops)
                    if nf + 1 == max_fills or not (j + 1 < n and line[j + 1] == " "):
                        xs = last_lost.get(lw)
                        if xs is None:
                            xs = self._last_fills(lw)
                    else:
                        xs = next_lost.get(lw)
                        if xs is None:  # the letters that may follow, kept to the lost ones, once
                            xs = next_lost[lw] = "".join(filter(self.lost.__contains__, self.next_chars.get(lw, "")))
                    for x in xs:
                        stack.append((j + 1, word + x, lw + x, fills + ((j, x),), nf + 1))
        return out

    def _words_compiled(self, line: str, p: int, bare_ok: bool) -> list[tuple[int, str, tuple]] | None:
        """:meth:`_words_from`'s walk from ``p`` in the compiled loop (:mod:`glyphwords`): the
        same words in the same order; None when the loop's buffers overflow (the Python loop
        then lists them)."""
        trie = glyphwords.trie(self.next_chars)
        if self._lost_codes is None or self._lost_len != len(self.lost):
            self._lost_codes, self._lost_len = trie.lost_codes(self.lost), len(self.lost)
            self._syl_nodes = trie.syllables(self.lex)
            self._out = glyphwords.Outputs(self.max_fills, len(self._lost_codes))
        out = self._out
        cnt = glyphwords.walk(p, len(line), self._codes, self._flags, self._aend_np, self._lo - 2, self._hi + 1,
                              self.max_fills, bare_ok, BARE_LEN, trie.child, self._syl_nodes, self._lost_codes,
                              out.end, out.nf, out.flag, out.fpos, out.fx,
                              out.st_j, out.st_node, out.st_nf, out.st_fpos, out.st_fx)
        if cnt < 0:
            return None
        letters = trie.letters
        nfs = out.nf[:cnt].tolist()
        total = sum(nfs)
        fp, fx = out.fpos[:total].tolist(), out.fx[:total].tolist()
        got: list[tuple[int, str, tuple]] = []
        k = 0
        for j, nf, flag in zip(out.end[:cnt].tolist(), nfs, out.flag[:cnt].tolist()):
            if not nf:
                fills, word = (), line[p:j]
            elif nf == 1:
                c, x = fp[k], letters[fx[k]]
                k += 1
                fills, word = ((c, x),), line[p:c] + x + line[c + 1:j]
            else:
                fills = tuple(zip(fp[k:k + nf], map(letters.__getitem__, fx[k:k + nf])))
                k += nf
                word, a = "", p
                for c, x in fills:
                    word += line[a:c] + x
                    a = c + 1
                word += line[a:j]
            if flag == 2 and not self._bare_word_ok(line, p, j, word):
                continue
            got.append((j, word, fills))
        return got

    def _fills_before(self, key: tuple[str, str]) -> tuple[str, ...]:
        """The lost letters :meth:`_words_from` pushes at a space before the letter ``key[1]``
        after the word so far ``key[0]``: those that may follow the word and keep it a
        syllable prefix with that letter after them, in ``next_chars``' order.  The letters
        of every lost set are kept on the lexicon for every solver and document (a solver
        met each pair anew, filtering the whole alphabet after a word's first letters: a
        tenth of the search's time); a solver's own are then one filter, in C."""
        table = self._fills_before_table
        allx = table.get(key)
        if allx is None:
            lw, after = key
            prefixes = self.prefixes
            allx = table[key] = tuple(x for x in self.next_chars.get(lw, "") if lw + x + after in prefixes)
            if len(table) > 500_000:  # (as _lexicon_memo bounds its memos)
                table.clear()
        got = self._next_lost_before[key] = tuple(filter(self.lost.__contains__, allx))
        return got

    def _last_fills(self, lw: str) -> tuple[str, ...]:
        """The lost letters :meth:`_words_from` pushes as the word's last fill (its
        ``max_fills``-th) at a space with no letter after it: those that end ``lw`` a
        syllable.  Any other such word dies at its pop (no syllable, so no word ends there,
        and no fill left), one push and pop for each of a lost set's letters: in the first
        pass, every letter allowed, most of them.  The letters of every lost set are kept on
        the lexicon for every solver and document; a solver's own are then one filter, in C,
        in ``_next_lost``'s order (the same letters it pushed, less the dead ones)."""
        table = _lexicon_memo(self.lex, "glyph_last_fills")
        allx = table.get(lw)
        if allx is None:
            syl, is_syllable = self._syl, self.lex.is_syllable
            keep = []
            for x in self.next_chars.get(lw, ""):
                w = lw + x
                ok = syl.get(w)
                if ok is None:
                    ok = syl[w] = is_syllable(w)
                if ok:
                    keep.append(x)
            allx = table[lw] = tuple(keep)
        got = self._last_lost[lw] = tuple(filter(self.lost.__contains__, allx))
        return got

    def _bare_word_ok(self, line: str, p: int, j: int, word: str) -> bool:
        """A word made only of lost letters ('bảo hiểm   tế' = 'y tế'): only in the second
        pass, short, with a real space on both sides (a run of 3+ spaces)."""
        if not (self.allow_bare and len(word) <= BARE_LEN and p > 0 and line[p - 1] == " "
                and j < len(line) and (line[j] == " " or BARE_BEFORE_MARK and line[j] in _BARE_MARKS
                                       and self._mark_after_bare(line, j))):
            return False
        # the run of spaces it stands in is about its own size: a long run is a table's or
        # a layout's padding, where a bare word would be made out of nothing ('|Phòng    và')
        run = self._run_end[j] - self._run_start[p - 1]
        if run > len(word) + 4 and not (BARE_BESIDE_FRAGMENTS and run <= len(word) + 4 + FRAGMENT_SLACK
                                         and self._fragment_beside_run(line, p - 1, j)):
            return False
        if self.bare_in_sentence:
            # a line the font printed whole but for a run of spaces: a word lost whole there
            # sits inside a sentence, between lower-case words ('bảo hiểm   tế'); between a
            # title and a name ('THỨ TRƯỞNG     Hà Công Tuấn') the run is the layout's
            key = (self._run_start[p - 1], self._run_end[j])
            inside = self._between_lower.get(key)  # (once per run and line, as below)
            if inside is None:
                before = _LAST_LETTERS.search(line, 0, key[0])
                after = _FIRST_LETTERS.match(line, key[1])
                inside = self._between_lower[key] = bool(
                    before and after and before.group()[0].islower() and after.group(1)[0].islower())
            if not inside:
                return False
        return True

    def _fragment_beside_run(self, line: str, a: int, j: int) -> bool:
        """The letters either side of the run of spaces around ``a``..``j`` hold a piece of a
        word (no syllable alone): the run then holds that word's lost letters too, beside
        the bare word's own and its two spaces ('có b        hính thức' is 'có báo cáo chính
        thức': 'b' + 'áo', ' ', 'cáo', ' ', 'c' + 'hính'), and is longer than a bare word's
        run by their number; a layout's padding lies between whole words ('|Phòng    và')."""
        start, end = self._run_start[a], self._run_end[j]
        # (a property of the run, asked by every bare word tried in it: once per line; the
        # regex search from the line's start was a twentieth of the search's time)
        got = self._beside.get((start, end))
        if got is None:
            before = _LAST_LETTERS.search(line, 0, start)
            after = _FIRST_LETTERS.match(line, end)
            got = self._beside[(start, end)] = any(tok and not self.lex.is_syllable(tok.lower()) for tok in (
                before.group() if before and before.end() == start else None,
                after.group(1) if after and after.start(1) == end else None))
        return got

    @staticmethod
    def _mark_after_bare(line: str, j: int) -> bool:
        """A closing mark may end a word lost whole ('trách nhiệm    , tuyệt đối' = 'trách
        nhiệm cao, tuyệt đối'; 'thịt,   , rau' = 'thịt, cá, rau'; 'L u  : Thời gian' =
        'Lưu ý: Thời gian') when it is a sentence's mark: a space or the line's end after it,
        never a digit ('  ,5' is a number's gap)."""
        return j + 1 == len(line) or line[j + 1] == " "

    def _edge_parts(self, word: str, fills: tuple, start: int) -> tuple | None:
        """The part of a word's score that does not depend on the word before it, once per
        edge of the lattice (the search scores each word after every state of the beam):
        None when the word is not allowed; else (word to score, parts), parts being the
        fill terms (a filled word scores ``dlm.score(word, prev) - a - bare - cost + 1.5 *
        runs``), True (a syllable: the model's score) or None (out of vocabulary:
        OOV_COST).  A number is the model's '<num>' class: 'n à  26' is 'ngày 26', not
        'nhà 26' (every path reads the same number, so only its dependence on the word
        before matters)."""
        lw = word.lower()
        if fills:
            # (no memo: each start's words are listed once, each edge met once)
            parts = self._fill_parts(word, lw, fills, start)
            if parts is None:
                return None
            return lw, parts
        ok = self._syl.get(lw)  # (lex.is_syllable, through the solvers' shared memo)
        if ok is None:
            ok = self._syl[lw] = self.lex.is_syllable(lw)
        if ok:
            return lw, True
        if word.isdigit():
            return "<num>", True
        return lw, None

    def _fill_parts(self, word: str, lw: str, fills: tuple, start: int) -> tuple | None:
        """The prev-independent terms of a filled word's score (None: not allowed)."""
        ok = self._syl.get(lw)
        if ok is None:
            ok = self._syl[lw] = self.lex.is_syllable(lw)
        if not ok:
            return None
        if word.islower():
            # the common case, told at once: the word's own letters and the fills (lower
            # case letters) are all lower case, so the casing test below passes, and the
            # word keeps none of its own letters only when every letter is a fill
            bare = 3.0 if len(fills) == len(word) else 0.0
        else:
            cols = {c - start for c, _ in fills}
            orig = [ch for k, ch in enumerate(word) if k not in cols and ch.isalpha()]
            # a word in capitals: its own letters all capitals, two of them side by side
            # ('NG Y') or in a line of capitals; two capitals the gaps keep apart are two
            # words' initials ('H  N  , ngày' is 'Hà Nội', not 'HIỆN')
            caps = len(orig) >= 2 and all(c.isupper() for c in orig) and (self._caps_line or any(
                k not in cols and k + 1 not in cols and word[k].isalpha() and word[k + 1].isalpha()
                for k in range(len(word) - 1)))
            cased = word.upper() if caps else "".join(
                ch.lower() if k in cols else ch for k, ch in enumerate(word))
            if not (cased.islower() or cased.isupper() or cased[0].isupper() and cased[1:].islower()):
                return None  # 'áP': a lower-case fill before a capital
            bare = 3.0 if not orig else 0.0
        # a fill inside a run of spaces explains an odd double space: evidence for it
        # (one loop, no generators; the costs still added by sum(), as every Python adds them)
        in_run, letter_cost = self._in_run, self._letter_cost
        runs = 0
        costs = []
        for c, x in fills:
            if in_run[c]:
                runs += 1
            costs.append(letter_cost[x] if x in letter_cost else self._fill_letter_cost(x))
        cost = sum(costs)
        return (len(fills) * self.fill_cost, bare, cost, runs)

    def _fill_letter_cost(self, x: str) -> float:
        """A fill letter's cost on the current line (kept per line in ``_letter_cost``)."""
        v = self._letter_cost[x] = self.lost.get(x, 6.0) + (
            self.printed_cost if x in self._printed else self.doc_printed_cost if x in self.doc_printed else 0.0)
        return v

    def _space_run(self, col: int) -> bool:
        """line_has_space_run(self._line, col), with the line's margins found once per
        line instead of two slices per question."""
        line = self._line
        if col <= self._first or col + 1 >= self._last:
            return False
        return (col > 0 and line[col - 1] == " ") or (col + 1 < len(line) and line[col + 1] == " ")

    def solve(self, line: str, protected: frozenset[int] = frozenset(), nxt: str | None = None,
              printed: str | None = None, prv: str | None = None) -> LineFill:
        """``nxt``: the intact word that follows ``line`` (after the window, or first on the
        next line): its bigram with the last word is right context for a short word at the
        end ('... chống thiên    .' / 'ngày' before a number).  ``printed``: the line as the
        font printed it, when earlier steps filled some of it ('ngày' restored by the date
        formula prints the 'y' the font lost): the letters the font maps come from it."""
        if "|" in line:
            # a table's cell bar is padded with a space on each side ('Kh | KT.'): that
            # space is the table's, never a lost letter
            protected = protected | frozenset(
                i for i, ch in enumerate(line)
                if ch == " " and (line[i - 1:i] == "|" or line[i + 1:i + 2] == "|"))
        if "*" in line:
            # Markdown emphasis as document converters write it: the word space moved inside
            # the closing mark ('*Gls *là', 'hệ số *K *được'), so a single space sits
            # between a word and '*' glued to the next word.  That space is the text's, not
            # a lost letter: a lost one leaves a second space ('*Gl  *là').
            protected = protected | frozenset(
                i for i, ch in enumerate(line)
                if ch == " " and line[i + 1:i + 2] == "*" and line[i + 2:i + 3].isalpha()
                and line[i - 1:i].isalnum())
        if " - " in line or " – " in line:
            # a dash set between spaces separates the fields of a list line ('Bàn Văn Ba -
            # Nam, 1979, Dao - Phó chủ tịch'): the space before it is the layout's, so a word
            # that lost its last letter keeps it ('B  -' is 'Ba -', never 'Bia-')
            protected = protected | frozenset(
                i for i, ch in enumerate(line)
                if ch == " " and line[i + 1:i + 2] in ("-", "–") and line[i + 2:i + 3] == " ")
        self._line = line
        self._caps_line = _mostly_caps(line)
        self._first = len(line) - len(line.lstrip())  # the first non-space column
        self._last = len(line.rstrip())  # one past the last non-space column
        self._printed = frozenset(printed if printed is not None and len(printed) == len(line) else line)
        self._letter_cost: dict[str, float] = {}
        self._alpha = [c.isalpha() for c in line]
        low = line.lower()
        # per character (a few characters lower-case to two: those keep their own case)
        self._lower = low if len(low) == len(line) else [c.lower() if len(c.lower()) == 1 else c for c in line]
        self._lows = self._lower if isinstance(self._lower, str) else "".join(self._lower)
        # for each column, the end of the run of letters it is in (or the column itself)
        aend = list(range(len(line) + 1))
        for i in range(len(line) - 1, -1, -1):
            if self._alpha[i]:
                aend[i] = aend[i + 1]
        self._alpha_end = aend
        if self._compiled:  # the line as the compiled word walk reads it (:mod:`glyphwords`)
            self._codes, self._flags, self._aend_np = glyphwords.line_arrays(
                line, self._lows, aend, protected, _OPENING, _CLOSING_MARKS, glyphwords.trie(self.next_chars).code)
        self._lo = len(line) - len(line.lstrip(" "))
        self._hi = len(line.rstrip(" "))
        # for each space, where its run of spaces starts and ends (the bare-word test)
        n = len(line)
        start = [0] * (n + 1)
        end = [0] * (n + 1)
        for i in range(n):
            start[i] = start[i - 1] if i and line[i] == " " and line[i - 1] == " " else i
        end[n] = n
        for i in range(n - 1, -1, -1):
            end[i] = end[i + 1] if line[i] == " " and i + 1 < n and line[i + 1] == " " else i + 1
        self._run_start, self._run_end = start, end
        self._beside: dict[tuple[int, int], bool] = {}  # see :meth:`_fragment_beside_run`
        self._between_lower: dict[tuple[int, int], bool] = {}  # see :meth:`_bare_word_ok`
        # :meth:`_space_run` of every column, once per line (each filled word asks it of
        # each of its fills)
        first, last = self._first, self._last
        self._in_run = [first < c and c + 1 < last and (
            (c > 0 and line[c - 1] == " ") or (c + 1 < n and line[c + 1] == " ")) for c in range(n)]
        # the spaces between a letter and a closing mark (see ``mark_gap_cost``)
        self._mark_gaps = frozenset(
            m.start() for m in _MARK_GAP.finditer(line, self._lo, self._hi)) if self.mark_gap_cost else frozenset()
        n = len(line)
        # best[p]: prev word -> (score, back pointer (p0, prev0), word, fills)
        # best[p]: (prev word, last edge was a word) -> (score, back pointer, word, fills)
        best: list[dict] = [dict() for _ in range(n + 1)]
        # left context: the word before the window when a hard-wrapped sentence runs on
        # from the line before ('... sử dụng đất trồng' / 'l  ; Nghị định'), as the first
        # word's previous word (see :func:`_left_context`)
        best[0][(prv, False)] = (0.0, None, None, ())
        for p in range(n):
            if not best[p]:
                continue
            here = best[p]
            # the beam: heapq.nlargest is sorted(..., reverse=True)[:beam], ties in the same
            # order, without sorting the hundreds of words a run of spaces can end here
            states = (list(here.items()) if len(here) == 1  # (one state: nothing to rank)
                      else sorted(here.items(), key=_score_of, reverse=True)[: self.beam] if len(here) <= 4 * self.beam
                      else heapq.nlargest(self.beam, here.items(), key=_score_of))
            ch = line[p]
            edges: list[tuple[int, str | None, tuple]] = []
            if ch == " " or not ch.isalnum():
                edges.append((p + 1, None, ()))
            if ch.isalnum() or (ch == " " and p not in protected and self.fill_start):
                edges.extend(self._words_from(line, p, protected))
            # each word edge's prev-independent part, once per edge (not once per state of
            # the beam): a filled word that is no syllable is dropped here for every state
            word_states = [(prev, sc) for (prev, aw), (sc, _bp, _w, _f) in states if not aw]
            scored_edges = []
            not_first = 0  # the space / mark edge, first when there is one
            for end, word, fills in edges:
                if word is None:
                    scored_edges.append((end, None, fills, None))
                    not_first = 1
                    continue
                if not word_states:
                    continue
                const = self._edge_parts(word, fills, p)
                if const is None:
                    continue
                scored_edges.append((end, word, fills, const))
            if word_states:
                # the model's scores this position needs and the document model has not
                # memoised yet, in one call
                dscores = self.dlm._scores
                pairs = [(prev, nw) for _e, word, _f, (lw, parts) in scored_edges[not_first:]
                         if parts is not None for nw in (norm(word),)
                         for prev, _sc in word_states if (lw, prev, None) not in dscores]
                if pairs:
                    self.lex.prefetch(pairs)
            score = self.dlm.score
            dget = self.dlm._scores.get  # score()'s memo, asked first (one call less)
            for end, word, fills, const in scored_edges:
                bend = best[end]
                if word is None:
                    # a space left over inside a run of spaces is unexplained (pass 2)
                    left_over = bool(ch == " " and self.run_cost and p > 0 and line[p - 1] == " "
                                     and self._space_run(p))
                    cost = self.run_cost if left_over else self.mark_gap_cost if p in self._mark_gaps else 0.0
                    # (right after a word whose last letter was a fill, the space is that word's
                    # own separator, not a left-over one, when the next word's letters follow it:
                    # see SEPARATOR_AFTER_FILL.  Before a closing mark it separates nothing; before
                    # more spaces or a digit the run may hold a lost number: 'và 11 địa phương' in a
                    # font that lost '1' is no 'vào   địa phương')
                    sep_cost = 0.0 if (left_over and SEPARATOR_AFTER_FILL and self._alpha[p + 1]) else cost
                    keep_prev = ch in " ,-–“”\"'()"
                    for (prev, after_word), (sc, _bp, _w, _f) in states:
                        key = (prev if keep_prev else None, False)
                        cand = sc - (sep_cost if after_word is True else cost)
                        cur = bend.get(key)
                        if cur is None or cand > cur[0]:
                            bend[key] = (cand, (p, (prev, after_word)), word, fills)
                    continue
                lw, parts = const
                # (a word of lost letters alone marks its state BARE_WORD: the space after it is
                # priced as before SEPARATOR_AFTER_FILL, see there)
                key = (norm(word), BARE_WORD if parts is not True and parts is not None and parts[1] else True)
                # every state relaxes the same key: the first best state wins, as one
                # update after another would have it
                top = top_prev = None
                if parts is None:  # OOV: the same score after every word
                    for prev, sc in word_states:
                        cand = sc + OOV_COST
                        if top is None or cand > top:
                            top, top_prev = cand, prev
                elif parts is True:
                    for prev, sc in word_states:
                        v = dget((lw, prev, None))
                        cand = sc + (v if v is not None else score(lw, prev))
                        if top is None or cand > top:
                            top, top_prev = cand, prev
                else:
                    a, bare, c, runs = parts
                    for prev, sc in word_states:
                        v = dget((lw, prev, None))
                        cand = sc + ((v if v is not None else score(lw, prev)) - a - bare - c + 1.5 * runs)
                        if top is None or cand > top:
                            top, top_prev = cand, prev
                cur = bend.get(key)
                if top is not None and (cur is None or top > cur[0]):
                    bend[key] = (top, (p, (top_prev, False)), word, fills)
        if not best[n]:
            return LineFill(line)
        if nxt is not None:
            # right context: the word after the window, scored after each final state's word
            # (the same word for every path, so only its bigram with the last word counts)
            final = best[n]
            for k, v in list(final.items()):
                prev = k[0]
                if prev is not None:
                    final[k] = (v[0] + self.dlm.score(nxt, prev) - self.dlm.score(nxt, None),) + v[1:]
        ranked = sorted(best[n].items(), key=lambda kv: kv[1][0], reverse=True)

        def backtrack(key) -> tuple[list, list]:
            fills: list = []
            words: list = []
            pos, k = n, key
            while pos > 0:
                sc, bp, word, f = best[pos][k]
                if word is not None:
                    words.append((word, len(f)))
                    fills.extend(f)
                pos, k = bp
            return sorted(fills), words[::-1]

        fills, words = backtrack(ranked[0][0])
        chars = list(line)
        for col, x in fills:
            chars[col] = x
        # case: a fill inside an all-capitals word is a capital
        text = "".join(chars)
        for col, x in fills:
            m_start = col
            while m_start > 0 and text[m_start - 1].isalpha():
                m_start -= 1
            m_end = col
            while m_end < len(text) and text[m_end].isalpha():
                m_end += 1
            orig = [text[k] for k in range(m_start, m_end) if k not in {c for c, _ in fills}]
            if len(orig) >= 2 and all(c.isupper() for c in orig):
                chars[col] = x.upper()
        text = "".join(chars)
        margin = 12.0
        alts = []
        for key, (sc, *_rest) in ranked[1:3]:
            of, _ = backtrack(key)
            if of != fills:
                oc = list(line)
                for col, x in of:
                    oc[col] = x
                alts.append("".join(oc).strip())
                margin = min(margin, ranked[0][1][0] - sc)
        conf = 1.0 / (1.0 + math.exp(-margin / 2)) if fills else 1.0
        fixed = sum(1 for _w, nf in words if nf)
        return LineFill(text, fills, ranked[0][1][0], fixed, conf, alts)


def line_has_space_run(line: str, col: int) -> bool:
    """Is the space at ``col`` part of a run of 2+ spaces inside the line (not its margins)?"""
    if not line[:col].strip() or not line[col + 1:].strip():
        return False
    return (col > 0 and line[col - 1] == " ") or (col + 1 < len(line) and line[col + 1] == " ")


def _has_digit_run(line: str, p: int) -> bool:
    j = p
    while j < len(line) and line[j].isalnum():
        if line[j].isdigit():
            return True
        j += 1
    return False


# ----------------------------------------------------------------------------- numbering
_GAP_LABEL = re.compile(r"^(\s*?)( {1,3})\.(?=\s)")
_LABEL_GOES_ON = re.compile(r"(?:\d+| )\.(?=\s)")  # after a gap label's dot: its next part
_INDENTED_LABEL = re.compile(r"^( +)(?:[a-zđ]|\d{1,3})[).](?=\s)")


def label_indent(text: str) -> frozenset[int]:
    """The indentation before a list label ('    a) Quyết định ...'): no lost letter there,
    which would make the label a word ('ra)'); a label is a letter or a number."""
    m = _INDENTED_LABEL.match(text)
    return frozenset(range(m.end(1))) if m else frozenset()
_LABEL_AT = re.compile(r"^\s*(\d+)\.(?:(\d+)\.)?(?:\d+\.)*\s")


# a heading of a higher level than a numbered item: a list's numbering starts again under it
# ('I. Nội dung' / '1. ...' / '2. ...' / 'II. ...' / '1. ...')
# (an article's heading has its '.' or ':' after the number, 'Điều 3. Tổ chức thực hiện': a
# wrapped line that starts on a cited article, 'Điều 109 Luật Quản lý thuế ...', heads nothing)
_HIGHER_HEADING = re.compile(r"^\s*(?:[*_#]+\s*)?(?:[IVXLC]+\.\s|(?:Điều|ĐIỀU)\s+\d+\s*(?:[.:]|$)"
                             r"|(?:Chương|Mục|Phần|PHẦN|CHƯƠNG|MỤC)\s+[\dIVXLC]+\b|PHỤ LỤC\b|Phụ lục\b)")
# a line that says text was left out here ('[…]', '...', '(...)'): the numbering on either side
# of it does not follow on (an excerpt skips items 2-5)
_ELISION = re.compile(r"^\s*[\[(]?\s*(?:…|\.{3,})\s*[\])]?\s*$")


# a section number that lost its digits too: spaces or '(cid:NN)' codes before '. '
# ('?': a code the cipher solved as some digit, not yet which)
_UNREADABLE_LABEL = re.compile(r"^(?:\s*(?:\(cid:\d+\)|\?|\d)*(?:\(cid:\d+\)|\?)(?:\(cid:\d+\)|\?|\d)*|\s+)\.\s")


_ARTICLE_HEAD = re.compile(r"^\s*(?:[*_#]+\s*)?(?:Điều|ĐIỀU)\s+\d+\s*(?:[.:]|$)")
# a part in Roman numerals ('I. MỤC ĐÍCH, YÊU CẦU', 'II. Nhiệm vụ'): its first numbered item is
# '1.' (the gazette: 1806 of the 1830 first items under such a heading; the others are codes of
# two or more digits, '0101.', or an excerpt's cut); a chapter, a section or an appendix ('Chương
# II', 'Mục 1', 'PHỤ LỤC') does not say so (two thirds start at '1.', the rest go on counting)
_ROMAN_HEAD = re.compile(r"^\s*(?:[*_#]+\s*)?[IVXLC]+\.\s")
# (with a dash, 'I- MỤC ĐÍCH – YÊU CẦU', 'II – NHIỆM VỤ': 9 of the 10 first items are '1.'
# in the development texts and the gazette, the tenth a two-digit '40.')
_ROMAN_DASH_HEAD = re.compile(r"^\s*(?:[*_#]+\s*)?[IVXLC]+ ?[-–] ?([^\W\d_])")


def infer_label(lines: list[str], idx: int) -> str | None:
    """The number a heading lost ('  . Về văn hóa'), from the numbering around it: its
    children ('2.1.') below; one more than the previous sibling ('1.', or its last child
    '1.3.') above; one less than the next sibling below.  A higher-level heading ('II.',
    'Điều 3') between it and a sibling ends that look: the list starts again under it (the
    first item of a new list, '1.', is then told by the next sibling '2.'); siblings between
    that lost their number too are counted.  Siblings that disagree say nothing (a wrong
    digit is no better than the space).  None when nothing says."""
    child = None
    nxt = None
    skipped = 0  # sibling labels in between that lost their digits too
    for j in range(idx + 1, min(len(lines), idx + 400)):
        m = _LABEL_AT.match(lines[j])
        if m and m.group(2):
            if nxt is None and child is None and not skipped and j < idx + 60:
                child = m.group(1)
            continue
        if m:
            if int(m.group(1)) - 1 - skipped >= 1:
                nxt = str(int(m.group(1)) - 1 - skipped)
            break
        if _UNREADABLE_LABEL.match(lines[j]):
            skipped += 1
        elif _HIGHER_HEADING.match(lines[j]) or _ELISION.match(lines[j]):
            break
    prev = None
    skipped = 0
    for j in range(idx - 1, max(-1, idx - 400), -1):
        m = _LABEL_AT.match(lines[j])
        if m:
            prev = str(int(m.group(1)) + 1 + skipped)
            break
        if _UNREADABLE_LABEL.match(lines[j]):
            skipped += 1
        elif (dash := _ROMAN_DASH_HEAD.match(lines[j])) and dash.group(1).isupper():
            if not skipped and "1" not in lines[idx]:
                prev = "1"
            break
        elif _HIGHER_HEADING.match(lines[j]) or _ELISION.match(lines[j]):
            if not skipped and _ARTICLE_HEAD.match(lines[j]):
                prev = "1"  # the first item of an article ('Điều 8. ...' / '1. Trưởng ban')
            elif not skipped and _ROMAN_HEAD.match(lines[j]) and "1" not in lines[idx]:
                # the first item of a part ('I. MỤC ĐÍCH, YÊU CẦU' / ' . Mục đích'), when the
                # line prints no '1' itself (a digit it prints is no digit its font lost)
                prev = "1"
            break
    if child:
        return child
    if prev and nxt and prev != nxt:
        return None
    return prev or nxt


# a sub-item's number that lost some of its digits ('2. .' for '2.1.', ' .4.' for '1.4.'):
# its parts, digits or a single space each, at least one of each kind
_GAP_SUBLABEL = re.compile(r"^(\s*?)((?:\d+| )(?:\.(?:\d+| ))+)\.(?=\s)")
_SUBLABEL_AT = re.compile(r"^\s*(\d+(?:\.\d+)*)\.\s")
# an article whose number the font lost ('Điều  . Phân công' between 'Điều 2.' and 'Điều 4.')
_GAP_ARTICLE = re.compile(r"^(\s*(?:Điều|ĐIỀU) )( {1,2})[.:](?=\s)")  # ("ĐIỀU  : MỤC TIÊU" too)
_ARTICLE_AT = re.compile(r"^\s*(?:Điều|ĐIỀU) (\d+)[.:]\s")


def infer_sublabel(lines: list[str], idx: int, parts: list[str]) -> str | None:
    """The number a sub-item lost some digits of ('2. .' is '2.1.'), from the numbering
    around it: one more than the sibling above ('1.3.' -> '1.4.'), the first under its parent
    ('2.' -> '2.1.'), one less than the sibling below.  Siblings that disagree, or a value
    the printed digits and the gaps do not fit, say nothing (a wrong digit is no better
    than the space)."""
    depth = len(parts)
    guesses: list[list[int]] = []
    # siblings in between that lost digits too ('2.1.', ' . .', ' .3.': the third is one
    # more than the first plus the one between) are counted, as infer_label counts them
    skipped = 0
    for j in range(idx - 1, max(-1, idx - 200), -1):
        m = _SUBLABEL_AT.match(lines[j])
        if m:
            nums = [int(x) for x in m.group(1).split(".")]
            if len(nums) == depth:
                guesses.append(nums[:-1] + [nums[-1] + 1 + skipped])
            elif len(nums) == depth - 1 and not skipped:
                guesses.append(nums + [1])
            if len(nums) <= depth:
                break
        elif (g := _GAP_SUBLABEL.match(lines[j])) and len(g.group(2).split(".")) == depth:
            skipped += 1
        elif (_GAP_SUBLABEL.match(lines[j]) or _HIGHER_HEADING.match(lines[j]) or _ELISION.match(lines[j])
              or _UNREADABLE_LABEL.match(lines[j])):
            break  # (a parent that lost its number too: the number above it is not this one's)
    skipped = 0
    for j in range(idx + 1, min(len(lines), idx + 200)):
        m = _SUBLABEL_AT.match(lines[j])
        if m:
            nums = [int(x) for x in m.group(1).split(".")]
            if len(nums) == depth and nums[-1] - skipped > 1:
                guesses.append(nums[:-1] + [nums[-1] - 1 - skipped])
            if len(nums) <= depth:
                break
        elif (g := _GAP_SUBLABEL.match(lines[j])) and len(g.group(2).split(".")) == depth:
            skipped += 1
        elif _GAP_SUBLABEL.match(lines[j]) or _HIGHER_HEADING.match(lines[j]) or _ELISION.match(lines[j]):
            break
    found = {".".join(map(str, g)) for g in guesses
             if all(len(str(n)) == len(p) and (p == " " or p == str(n)) for n, p in zip(g, parts))}
    return found.pop() if len(found) == 1 else None


def infer_article(lines: list[str], idx: int, width: int) -> str | None:
    """The number an article lost ('Điều  .'): one more than the article above, one less
    than the one below; they must agree, and fit the gap's width."""
    found = set()
    for j in range(idx - 1, -1, -1):
        m = _ARTICLE_AT.match(lines[j])
        if m:
            found.add(int(m.group(1)) + 1)
            break
        if _ELISION.match(lines[j]):
            break
    for j in range(idx + 1, len(lines)):
        m = _ARTICLE_AT.match(lines[j])
        if m:
            found.add(int(m.group(1)) - 1)
            break
        if _ELISION.match(lines[j]):
            break
    found = {n for n in found if n >= 1 and len(str(n)) == width}
    return str(found.pop()) if len(found) == 1 else None


_LIST_LABEL = re.compile(r"^([\d ]*)\.(?=\s+\S)")


def infer_list_labels(lines: list[str]) -> dict[int, tuple[int, int, str]]:
    """Numbers of a list's items that lost some of their digits ('2. Lái xe' for '12.',
    '3 . Tiếng Nhật' for '31.'), from the list's count: its items are numbered one by one,
    so each item's number is its place in the list plus a constant, which the items that
    kept their numbers tell (most of them, and the nearest one on each side, agreeing).
    A lost digit at the left of a number reads as indentation (' 2.'), so an item that
    looks intact but does not fit the count is filled too when the count's number fits
    it with a space turned into the digits.  The list restarts under a higher heading
    ('II.', 'Điều 2') and the count stops at a cut ('[…]': an excerpt skips items); a list
    the count does not explain says nothing.  Returns line ->
    (start, end, number) of the span to replace."""
    runs = [[(k, f) for k, f in run if f.strip() or 1 <= len(f) <= 3] for run in _list_runs(lines)]
    out: dict[int, tuple[int, int, str]] = {}
    for run in runs:
        if len(run) < 4:
            continue
        # (place, value) of the items whose number looks whole: digits, no gap inside
        whole = [(p, int(f.strip())) for p, (_k, f) in enumerate(run)
                 if f.strip().isdigit() and f.endswith(f.strip())]
        votes = Counter(v - p for p, v in whole)
        if not votes:
            continue
        c, n = votes.most_common(1)[0]
        if n < 2 or n < 0.6 * len(whole) or n == 2 and len(votes) > 1:
            continue
        for p, (k, f) in enumerate(run):
            want = str(p + c)
            if int(want) < 1 or f.strip() == want or not _label_fits(f, want):
                continue
            # the digits filled are ones the line does not print (its font maps those)
            tail = f[len(f) - len(want):]
            if any(x == " " and y in lines[k] for x, y in zip(tail, want)):
                continue
            # the items around it count the same way (some with gaps of their own): a
            # list that starts again without a heading does not fit the count there
            near = [q for q in range(max(0, p - 3), min(len(run), p + 4)) if q != p]
            if not all(_label_fits(run[q][1], str(q + c)) for q in near):
                continue
            if not any(run[q][1].strip() == str(q + c) for q in near):
                continue
            out[k] = (len(f) - len(want), len(f), want)
    return out


def _list_runs(lines: list[str]) -> list[list[tuple[int, str]]]:
    """The document's numbered lists: (line index, label field) of each labelled line, a new
    run under a higher heading ('II.', 'Điều 2') or after a cut ('[…]': an excerpt skips items)."""
    runs: list[list[tuple[int, str]]] = [[]]
    for k, t in enumerate(lines):
        if _HIGHER_HEADING.match(t) or _ELISION.match(t):
            runs.append([])
            continue
        m = _LIST_LABEL.match(t)
        if m:
            runs[-1].append((k, m.group(1)))
    return runs


def _label_fits(field: str, want: str) -> bool:
    """Does a label's digits-and-spaces ``field`` read as the number ``want`` with some of
    its digits lost (spaces), the rest indentation?"""
    if len(want) > len(field) or field[:len(field) - len(want)].strip():
        return False
    return all(x == " " or x == y for x, y in zip(field[len(field) - len(want):], want))


# a whole number after a word, closed by a mark: a number followed by a space may have lost
# its last digits to it ('số 3 )'), and says nothing about the count
_COUNTED = re.compile(r"(?<![^\W\d_])([^\W\d_]+) (\d{1,3})(?=[)\].,;:](?!\d)|$)")


def infer_list_counters(lines: list[str], printed: list[str]) -> dict[int, list[tuple[int, str]]]:
    """Numbers inside a list's items that count with the items: '1. Thiết kế đồ họa (được
    quy định tại Phụ lục số 01).', '2. ... Phụ lục số 02)' (a form, an appendix, a table
    for each item).  When the items that kept their numbers all print, after the same
    word, the item's own number (three of them at least, none another), a gap there in a
    damaged item is its number, written as wide as the others write it.  ``printed``: the
    lines as the font printed them (a digit the line prints is no lost one).  Returns
    line -> [(column, digit)]."""
    out: dict[int, list[tuple[int, str]]] = {}
    runs = [[(k, int(f)) for k, f in run if f.strip().isdigit()] for run in _list_runs(lines)]
    for run in runs:
        if len(run) < 4:
            continue
        agree: dict[str, list[int]] = {}
        disagree: set[str] = set()
        for k, n in run:
            for m in _COUNTED.finditer(lines[k], _LIST_LABEL.match(lines[k]).end()):
                w = m.group(1).lower()
                if int(m.group(2)) == n:
                    agree.setdefault(w, []).append(len(m.group(2)) if n < 10 else 0)
                else:
                    disagree.add(w)
        for w, widths in agree.items():
            if len(widths) < 3 or w in disagree:
                continue
            pad = max(widths)  # '01' or '1' for the items below 10
            slot = re.compile(r"(?<![^\W\d_])" + re.escape(w) + r" ([\d ]{1,3})(?![\w/])", re.IGNORECASE)
            for k, n in run:
                want = str(n).zfill(pad) if n < 10 else str(n)
                for m in slot.finditer(lines[k]):
                    piece = m.group(1)
                    if " " not in piece:
                        continue
                    piece = piece[:len(want)]
                    if len(piece) != len(want) or lines[k][m.start(1) + len(want):m.start(1) + len(want) + 1].isdigit():
                        continue
                    if any(x != " " and x != y or x == " " and y in printed[k] for x, y in zip(piece, want)):
                        continue
                    out[k] = [(m.start(1) + i, y) for i, (x, y) in enumerate(zip(piece, want)) if x == " "]
    return out


def _fill_list_labels(doc: Document, config: Config, note: str) -> None:
    """List numbers that lost digits (:func:`infer_list_labels`), then the numbers in the
    items that count with them (:func:`infer_list_counters`)."""
    texts = [ln.text for ln in doc.lines]
    printed = list(texts)
    for k, (a, b, label) in infer_list_labels(texts).items():
        t, line = texts[k], doc.lines[k]
        record_change(doc, line, t[:a] + label + t[b:], "glyph", 0.9, span=(a, t[a:b], label),
                      alternatives=["list number from the count of the list's items"],
                      threshold=config.review_threshold, note=note)
        texts[k] = line.text
    _fill_list_counters(doc, config, printed, note)


def _fill_list_counters(doc: Document, config: Config, printed: list[str], note: str) -> None:
    """The numbers in a list's items that count with them (:func:`infer_list_counters`);
    run again once the words are restored ('Phụ lục s  0 )' reads 'số' only then)."""
    texts = [ln.text for ln in doc.lines]
    for k, fills in infer_list_counters(texts, printed).items():
        _record_fills(doc, doc.lines[k], fills, _number_spans, 0.8,
                      ["the item's own number: the list's other items print theirs there"], note, config)


def _fill_label_gaps(doc: Document, config: Config, note: str) -> None:
    """Sub-item numbers and article numbers that lost digits, from the numbering around
    them (a line's number is its own evidence: '2. .' and 'Điều  .' are no clean text)."""
    texts = [ln.text for ln in doc.lines]

    def fill(k: int, a: int, b: int, label: str, why: str) -> None:
        t, line = texts[k], doc.lines[k]
        record_change(doc, line, t[:a] + label + t[b:], "glyph", 0.9, span=(a, t[a:b], label),
                      alternatives=[why], threshold=config.review_threshold, note=note)
        texts[k] = line.text

    for k, t in enumerate(texts):
        if not t[:12].strip()[:1].isdigit() and not t.lstrip()[:1] in (".", "Đ"):
            continue
        m = _GAP_SUBLABEL.match(t)
        if m:
            parts = m.group(2).split(".")
            # (a number that lost every digit, ' . .', only before the heading's words: its
            # siblings around it say what it is, its own digits nothing)
            if " " in parts and (any(p.strip() for p in parts) and re.match(r"\s*\S", t[m.end() + 1:])
                                 or re.match(r"\s*[^\W\d_]", t[m.end() + 1:])):
                label = infer_sublabel(texts, k, parts)
                if label:
                    fill(k, m.start(2), m.end(2), label, "sub-item number from the numbering around it")
            continue
        m = _GAP_ARTICLE.match(t)
        if m:
            label = infer_article(texts, k, len(m.group(2)))
            if label:
                fill(k, m.start(2), m.end(2), label, "article number from the articles around it")


# ----------------------------------------------------------------------------- cid
def _is_syllable_fast(w: str, lex: Lexicon) -> bool:
    """``lex.is_syllable(w)`` without its normalisation when there is nothing to normalise:
    for an NFC word with no old-style tone pair, norm(w) is w.lower(), and the inventory
    holds only words of syllable shape.  (The cipher search asks about ~100k trial words
    per document, most of them new.)"""
    if unicodedata.is_normalized("NFC", w):
        wl = w.lower()
        if not _OLD_RE.search(wl):
            return wl in lex.inventory
    return lex.is_syllable(w)


_PATTERN_HITS: dict[tuple[int, str], tuple[str, ...]] = {}
_POSITION_INDEX: dict[int, dict[tuple[int, int, str], frozenset[str]]] = {}
# the lexicons whose id() keys the two stores above, registered before an answer is kept and
# kept alive, so that no other lexicon is allocated at a freed one's address and reads its
# answers (cache19; the pipeline asks with lexicon() only)
_PATTERN_LEXICONS: dict[int, Lexicon] = {}


def _gap_groups(lex: Lexicon, shape: str, gaps: tuple[int, ...],
                ) -> tuple[tuple[str, ...], tuple[int, ...], tuple[frozenset[str], ...]]:
    """:func:`_pattern_matches` of ``shape`` grouped by the letters each syllable has in the
    columns ``gaps``: (the syllables in that order, each one's group, each group's set of
    letters).
    A filter on the gaps' letters (a lost set's: :meth:`GlyphSolver.fits`, :func:`rescue_word`)
    is then decided once per group -- a few dozen -- instead of once per syllable of the
    hundreds a short shape fits, which every document and solver asked again.  Kept on the
    lexicon (the grouping depends on the syllables only)."""
    table = _lexicon_memo(lex, "glyph_gap_groups")
    key = (shape, gaps)
    got = table.get(key)
    if got is None:
        syls = _pattern_matches(lex, shape)
        index: dict[frozenset[str], int] = {}
        group = [index.setdefault(frozenset(s[k] for k in gaps), len(index)) for s in syls]
        got = table[key] = (syls, tuple(group), tuple(index))
    return got


def _pattern_matches(lex: Lexicon, w: str) -> tuple[str, ...]:
    """The syllables of ``len(w)`` letters that ``w`` ('?' = an unsolved code) can be.

    The cipher search asks this tens of thousands of times per document; scanning every
    syllable of the length with a regex made '(cid:NN)' documents run at 13 KB/s.  An index
    (length, position, letter) -> syllables answers it by intersecting a few sets, and the
    answer is cached per pattern (it does not depend on the context)."""
    p = w.lower()
    key = (id(lex), p)
    got = _PATTERN_HITS.get(key)
    if got is not None:
        # (an answer kept under this id was worked out with the lexicon registered at it
        # below, which is kept alive: the only object that can have this id now)
        return got
    _PATTERN_LEXICONS[key[0]] = lex
    n = len(w)
    if len(p) != n:  # lower() changed the length (not a Vietnamese letter): the slow way
        pat = re.compile("^" + re.escape(p).replace(r"\?", ".") + "$")
        got = tuple(s for s in lex.by_length(n) if pat.match(s))
    else:
        idx = _POSITION_INDEX.get(id(lex))
        if idx is None:
            tmp: dict[tuple[int, int, str], set[str]] = {}
            for s in lex.inventory:
                for k, ch in enumerate(s):
                    tmp.setdefault((len(s), k, ch), set()).add(s)
            idx = _POSITION_INDEX[id(lex)] = {k: frozenset(v) for k, v in tmp.items()}
        sets = sorted((idx.get((n, k, ch), frozenset()) for k, ch in enumerate(p) if ch != "?"), key=len)
        if not sets:
            got = tuple(lex.by_length(n))
        else:
            hit = set(sets[0]).intersection(*sets[1:])
            got = tuple(s for s in sorted(hit) if "\n" not in s)
    if len(_PATTERN_HITS) < 200_000:
        _PATTERN_HITS[key] = got
    return got


# letters whose runs are NFC as they stand: precomposed Vietnamese letters and ASCII letters
# (none composes with a letter after it), each lower-cased to one letter
_PLAIN_LETTERS = frozenset(ALPHABET) | frozenset(c.upper() for c in ALPHABET) | frozenset(string.ascii_letters)
# the two letters of an old-style tone pair ('oà', 'uý'): a word ending in one is normalised
# before the inventory is asked (_is_syllable_fast's slow way)
_OLD_FIRST = frozenset(k[0] for k in _OLD_TO_NEW)
_OLD_SECOND = frozenset(k[1] for k in _OLD_TO_NEW)


def _coded_syllable_letters(lex: Lexicon, pattern: str, cols: tuple[int, ...] | None = None) -> frozenset[str]:
    """The letters x for which ``pattern`` (lower case, '?' where a code stands) with x at
    each of ``cols`` (default: every '?'; the other '?' any letter) matches a syllable of
    the inventory (:func:`_pattern_matches`); kept per lexicon (a property of the pattern
    alone)."""
    memo = _lexicon_memo(lex, "cid_coded_letters")
    key = (pattern, cols)
    got = memo.get(key)
    if got is None:
        at = cols if cols is not None else [k for k, ch in enumerate(pattern) if ch == "?"]
        first, rest = at[0], at[1:]
        got = memo[key] = frozenset(m[first] for m in _pattern_matches(lex, pattern)
                                    if "\n" not in m and all(m[j] == m[first] for j in rest))
    return got


def _maybe_syllable_letters(lex: Lexicon, wp: list[str], letters: frozenset[str]) -> frozenset[str]:
    """The trial letters c of ``letters`` for which ``c.join(wp)`` (a word of letters, code
    pieces ``wp``) may be a syllable; every other letter's word is surely none, told
    without making the words: the word is NFC (plain letters only) and ends in no old-style
    tone pair, so ``_is_syllable_fast`` asks the inventory for its lower case, which holds
    it exactly when c's lower case is one of :func:`_coded_syllable_letters`.  The letters
    returned are asked as before (the cipher search made ~150 trial words per template,
    most of them none)."""
    if any(ch not in _PLAIN_LETTERS for x in wp for ch in x):
        return letters
    base = "?".join(wp)
    pattern = base.lower()
    if len(pattern) != len(base):
        return letters
    ok = _coded_syllable_letters(lex, pattern)
    maybe = set(ok) | {x.upper() for x in ok}
    # the letters that might end the word in an old-style pair: asked the slow way
    n = len(pattern)
    a, b = (pattern[n - 2] if n >= 2 else ""), pattern[n - 1]
    if a == "?" and b == "?":
        pass  # one letter is never both halves of a pair
    elif b == "?":
        if a in _OLD_FIRST:
            maybe |= {c for c in letters if c.lower() in _OLD_SECOND}
    elif a == "?":
        if b in _OLD_SECOND:
            maybe |= {c for c in letters if c.lower() in _OLD_FIRST}
    elif a in _OLD_FIRST and b in _OLD_SECOND:
        return letters
    return letters & maybe


def _code_columns(wp: list[str]) -> list[int]:
    """The columns where the code stands in ``'?'.join(wp)`` (a template's pieces, cut where
    the code stands)."""
    cols = []
    at = 0
    for x in wp[:-1]:
        at += len(x)
        cols.append(at)
        at += 1
    return cols


_ENDS_IN_NUMBER = re.compile(r"\d[.,/]?$")
_WORD_BEFORE = re.compile(r"((?:[^\W\d_]|\(cid:\d+\))+)[ ,]*$")
_WORD_BEFORE_TAIL = 64  # characters of a line's text before a word that _word_before reads first
# a character that a run of letters and codes may hold ('(cid:12)' holds '(', ':', digits, ')')
_RUN_CHAR = re.compile(r"[^\W\d_]|[():\d]")


def _word_before(before: str) -> str | None:
    """The run of letters and codes ending ``before`` (a line's text up to a word), commas and
    spaces after it allowed: ``_WORD_BEFORE``'s group, None without one.  The search from every
    position of a long line's text made the cipher's word list quadratic in the line
    (~1 s of 27 on the cid texts); it is asked of the last _WORD_BEFORE_TAIL characters first,
    and of the whole text only where the answer may start before them: the match found there
    follows a character a run may hold, or none is found and the text there ends in ')' or
    in commas and spaces only.  The same answer: a run ends where the trailing commas and
    spaces start, so a match from further left holds the tail's match and the character
    before it."""
    if len(before) <= _WORD_BEFORE_TAIL or "\n" in before:
        pm = _WORD_BEFORE.search(before)
        return pm.group(1) if pm else None
    cut = len(before) - _WORD_BEFORE_TAIL
    tail = before[cut:]
    pm = _WORD_BEFORE.search(tail)
    if pm is not None:
        if pm.start() == 0 or _RUN_CHAR.match(tail[pm.start() - 1]):
            pm = _WORD_BEFORE.search(before)
        return pm.group(1) if pm else None
    rest = tail.rstrip(" ,")
    if not rest or rest.endswith(")"):
        pm = _WORD_BEFORE.search(before)
        return pm.group(1) if pm else None
    return None


# the cid repair's formula pins read the date formula whose words are codes whole ('năm'
# printed '(cid:146)(cid:82)(cid:34)') and the formula a hard-wrapped copy breaks over two
# lines ('Bình Định, ngày' / '29 (cid:222)h(cid:75)(cid:146)(cid:165) 04 ...'): a code is one
# character, so the words' lengths hold where the glyph repair's spaces do not
# (glyphphrases.date_fills needs a printed letter in each word: a run of spaces may be
# any length there)
CID_WRAPPED_DATES = True
# a font codes each glyph once: two codes never read one letter (solve_cid)
CID_ONE_CODE_A_LETTER = True
_CODE_MARK = "\x00"  # one code, masked
_CODED_DATE = re.compile("(?<![^\\W\\d_])([nN\x00][gG\x00][àÀ\x00][yY\x00]) (\\d{1,2}) "
                         "([tT\x00][hH\x00][áÁ\x00][nN\x00][gG\x00]) (\\d{1,2}) "
                         "([nN\x00][ăĂ\x00][mM\x00]) (?:19|20)\\d\\d(?!\\d)")
# the formula's letters a line must print before its codes are read as it
CODED_DATE_PRINTED = 2


def _masked_codes(t: str) -> tuple[str, dict[int, str]]:
    """``t`` with each '(cid:NN)' one _CODE_MARK, and the column -> code of each."""
    chars: list[str] = []
    at: dict[int, str] = {}
    pos = 0
    for m in _CID.finditer(t):
        chars.extend(t[pos:m.start()])
        at[len(chars)] = m.group(1)
        chars.append(_CODE_MARK)
        pos = m.end()
    chars.extend(t[pos:])
    return "".join(chars), at


def coded_date_pins(texts: list[str]) -> list[tuple[str, str]]:
    """(code, letter) for each code of the date formula 'ngày D tháng M năm YYYY' whose
    digits are printed, on one line or wrapped over two (the break the space between two
    of its parts), its words' letters printed or codes, CODED_DATE_PRINTED of them printed
    at least, each code one letter and each coded letter one code; upper case when every
    printed one is."""
    masked = [_masked_codes(t) if "(cid:" in t else (t, {}) for t in texts]
    out: list[tuple[str, str]] = []

    def read(text: str, at: dict[int, str], cut: int | None) -> None:
        for m in _CODED_DATE.finditer(text):
            if cut is not None and not m.start(1) < cut < m.end():
                continue  # a formula one line holds whole is that line's own
            spans = [(m.start(g), "ngày tháng năm".split()[k]) for k, g in enumerate((1, 3, 5))]
            printed = [text[s + i] for s, w in spans for i in range(len(w)) if text[s + i] != _CODE_MARK]
            if len(printed) < CODED_DATE_PRINTED:
                continue
            upper = all(c.isupper() for c in printed)
            got = [(at[s + i], c.upper() if upper else c) for s, w in spans for i, c in enumerate(w)
                   if text[s + i] == _CODE_MARK and s + i in at]
            # a font codes a letter one way: the 'n' of 'tháng' and of 'năm' are one code
            if len({n for n, _c in got}) == len(set(got)) == len({c for _n, c in got}):
                out.extend(got)

    for i, (text, at) in enumerate(masked):
        if at:
            read(text, at, None)
        if i + 1 < len(masked) and (at or masked[i + 1][1]):
            nxt, at2 = masked[i + 1]
            cut = len(text)
            joined = {**at, **{c + cut + 1: n for c, n in at2.items()}}
            read(text + " " + nxt, joined, cut)
    return out


def formula_pins(texts: list[str]) -> dict[str, str]:
    """Codes the fixed formulas of a directive name (pipeline.repair.glyphphrases: the
    motto, the country's name, 'Căn cứ' opening a legal basis, the header's and closing's
    labels, the date's words): a line that reads as the formula with its codes as gaps
    says which letter each of those codes is ('C(cid:146)n cứ Luật ...' is 'Căn cứ': code
    146 is 'ă').  A code two formulas read as two letters is no pin."""
    votes: dict[str, set[str]] = {}
    masks: list[str] = []
    codes_at: list[dict[int, str]] = []
    for t in texts:
        chars: list[str] = []
        at: dict[int, str] = {}
        if "(cid:" in t:
            pos = 0
            for m in _CID.finditer(t):
                chars.extend(t[pos:m.start()])
                at[len(chars)] = m.group(1)
                chars.append(" ")
                pos = m.end()
            chars.extend(t[pos:])
        masks.append("".join(chars) if at else t)
        codes_at.append(at)
    for i, (masked, at) in enumerate(zip(masks, codes_at)):
        if not at:
            continue
        fills = phrase_fills(masked) + date_fills(masked)[0] + as_article_fills(masks, i)
        for col, x in fills:
            if col in at:
                votes.setdefault(at[col], set()).add(x)
    if CID_WRAPPED_DATES:
        for n, x in coded_date_pins(texts):
            votes.setdefault(n, set()).add(x)
    return {n: next(iter(xs)) for n, xs in votes.items() if len(xs) == 1}


def solve_cid(texts: list[str], dlm: DocumentLM, max_rounds: int = 4,
              others: list[str] | None = None, evidence: dict | None = None,
              fixed: dict[str, str] | None = None) -> dict[str, str]:
    """Map each '(cid:NN)' number to one character (coordinate ascent, see module docstring).

    Each word holding codes is scored with the word before it (the LM's bigram and the
    document's own counts); a code standing where a number stands (next to digits, or
    as a section number before '.') is scored as a digit; which digit, the numbers the
    document prints whole say (``others``: its lines without codes, :func:`_vote_digits`).
    ``evidence``, when given, receives those votes and the digits each code may be
    (``votes``, ``domains``), for :func:`pipeline.repair.ciddigits.settle_digits`.
    ``fixed``: codes already known (:func:`formula_pins`), kept as they are."""
    lex = dlm.lex
    words: list[tuple[tuple, str | None, bool]] = []  # (parts, previous word, numeric context)
    for t in texts:
        for m in re.finditer(r"(?:[^\W\d_]|\(cid:\d+\))+", t):
            w = m.group()
            if "(cid:" not in w:
                continue
            parts: list = []
            pos = 0
            for c in _CID.finditer(w):
                parts.extend(w[pos:c.start()])
                parts.append((c.group(1),))
                pos = c.end()
            parts.extend(w[pos:])
            before, after = t[:m.start()], t[m.end():]
            # (the number's test asked of the last three characters: its match is no longer)
            numeric = bool(_ENDS_IN_NUMBER.search(before[-3:]) or re.match(r"[.,/]?\d", after)
                           or (not before.strip() and re.match(r"\.(\s|\d|$)", after))
                           # a lone code after a word that takes a number ('tháng (cid:223) năm',
                           # 'Điều (cid:170).'): no letter stands there alone
                           or (_LONE_CODE.fullmatch(w) and _takes_number(before)
                               and re.match(r"(?:[.,;:)/-]|\s|$)", after)))
            prev = _word_before(before)  # may hold codes: resolved with the trial map
            words.append((tuple(parts), prev, numeric))
    if not words:
        return {}
    counts: dict[str, int] = {}
    for parts, _p, _n in words:
        for p in parts:
            if isinstance(p, tuple):
                counts[p[0]] = counts.get(p[0], 0) + 1
    fixed = {n: c for n, c in (fixed or {}).items() if n in counts}
    nums = sorted((n for n in counts if n not in fixed), key=lambda n: (-counts[n], int(n)))
    mapping: dict[str, str] = dict(fixed)
    # a character the font does map shows up as itself in the font's lines, so it cannot be
    # one of the codes (one code per unmapped glyph): those are left out of the search
    present: dict[str, int] = {}
    for t in texts:
        for ch in _CID.sub(" ", t):
            present[ch] = present.get(ch, 0) + 1
    # a letter printed inside a word that holds codes is the same font's run for sure (a
    # line may mix fonts, a word does not): once is enough there ('g(cid:126)a(cid:232)'
    # says the font maps 'a', so the code in 'Th(cid:98)' is no 'a': 'Thời', not 'Thai')
    for t in texts:
        for w in _TOKEN.findall(t):
            if "(cid:" in w:
                for ch in set(_CID.sub(" ", w)):
                    if ch.isalpha():
                        present[ch] = max(present.get(ch, 0), 2)
    alphabet = [c for c in list(ALPHABET) + [c.upper() for c in ALPHABET] + list("0123456789")
                if present.get(c, 0) < 2]
    # (a pin the font prints as itself is no code: the formula was read where it is not)
    for n, c in list(fixed.items()):
        if present.get(c, 0) >= 2:
            del fixed[n]
            del mapping[n]
            nums.append(n)
    cache: dict[tuple, float] = {}
    # a syllable, cased as words are (lex.is_syllable, cached here): a property of the word
    # alone, so kept across documents (the trial words of one cipher are mostly the trial
    # words of the next); bounded like the other per-process caches
    syllabic = _lexicon_memo(lex, "cid_syllabic")

    def is_syllabic(w: str) -> bool:
        ok = syllabic.get(w)
        if ok is None:
            ok = syllabic[w] = _is_syllable_fast(w, lex) and (
                w.islower() or w.isupper() or w[:1].isupper() and w[1:].islower())
        return ok

    def lm_key(word: str, prev: str | None) -> tuple[str | None, str]:
        """The key ``lex.logprob`` looks ``dlm.score(word, prev)`` up by."""
        return (norm(prev) if prev else None, norm(norm(word)))

    def word_score(w: str, prev: str | None, numeric: bool) -> float:
        """The score of a word whose codes are read with a trial map (a '?' is a code the
        map does not solve: the word's letters are never '?'), after ``prev``."""
        key = (w, prev, numeric)
        got = cache.get(key)
        if got is not None:
            return got
        if "?" in w:
            matches = _pattern_matches(lex, w)
            if len(matches) > 1:  # the model's scores of them all in one call
                lex.prefetch([lm_key(m, prev) for m in matches])
            best = max((dlm.score(s, prev) for s in matches), default=None)
            sc = best if best is not None else (-6.0 if numeric else OOV_COST)
        elif w.isdigit():
            sc = -2.0 if numeric else -11.0
        elif not w.isalpha():  # letters and digits only here: a digit among letters
            sc = OOV_COST * 2
        else:
            ok = is_syllabic(w)
            sc = dlm.score(w.lower(), prev) - (8.0 if numeric else 0.0) if ok else OOV_COST * 1.5
        cache[key] = sc
        return sc

    prev_pieces = [_CID.split(prev) if prev and "(cid:" in prev else None for _p, prev, _n in words]
    word_pieces = []  # each word as text, code, text, code, ..., text
    for parts, _p, _n in words:
        pieces = [""]
        for p in parts:
            if p.__class__ is tuple:
                pieces += [p[0], ""]
            else:
                pieces[-1] += p
        word_pieces.append(pieces)

    def template(pieces, n: str) -> list[str]:
        """``pieces`` (text, code, text, ...) read with the current map, cut where code
        ``n`` stands: the trial letter c gives ``c.join(template)``."""
        return "".join([x if k % 2 == 0 else ("\x00" if x == n else (mapping.get(x) or "?"))
                        for k, x in enumerate(pieces)]).split("\x00")

    def letter_scores(wp: list[str], pp: list[str] | None, prev: str | None, numeric: bool) -> list[float]:
        """The score of a word template (and the word before it) with each trial letter.
        The model's scores of the trial words that are syllables are asked in one call
        (one numpy call per word cost more than the rest of the search)."""
        if "?" in "".join(wp):
            got = coded_letter_scores(wp, prev, numeric) if pp is None else coded_after_coded(wp, pp, numeric)
            if got is not None:
                return got
        # a word of letters only (no '?') that is no syllable scores OOV_COST * 1.5 after
        # any word (:func:`word_score`): most trial letters, told by one look-up each
        lettered = all(x.isalpha() for x in wp if x) and any(wp) and "?" not in "".join(wp)
        tried = every  # (position in the alphabet, letter) of the trial letters asked
        if lettered:
            key = "?".join(wp)
            tried = to_try.get(key)
            if tried is None:
                # the others make no syllable: OOV_COST * 1.5 each, as below
                maybe = _maybe_syllable_letters(lex, wp, letters)
                tried = to_try[key] = every if maybe is letters else sorted(
                    [(position[c], c) for c in maybe] + digit_trials)
        oov = OOV_COST * 1.5
        vec = [oov] * len(alphabet)
        trials: list = []
        pairs = []
        for k, c in tried:
            w = c.join(wp)
            if lettered and c in letters:
                ok = syllabic.get(w)
                if ok is None:
                    ok = is_syllabic(w)
                if not ok:
                    continue
            p = prev
            if pp is not None:
                p = c.join(pp)
                if "?" in p:
                    p = None
            trials.append((k, w, p))
            if (w, p, numeric) not in cache and "?" not in w and w.isalpha() and is_syllabic(w):
                pairs.append(lm_key(w.lower(), p))
        if len(pairs) > 1:
            lex.prefetch(pairs)
        for k, w, p in trials:
            vec[k] = word_score(w, p, numeric)
        return vec

    def coded_after_coded(wp: list[str], pp: list[str], numeric: bool) -> list[float] | None:
        """:func:`letter_scores` of a template holding another unsolved code ('?') after a
        word holding code ``n`` too: a trial letter whose word matches no syllable (most of
        them: the pattern with that letter where ``n`` stands has no match) scores as
        :func:`word_score` scores a pattern without matches, told by one set look-up; the
        others are scored as before.  None where a character of the template is no plain
        letter (lower case then may not keep the word's length letter by letter)."""
        base = "?".join(wp)
        if any(ch not in _PLAIN_LETTERS and ch != "?" for ch in base):
            return None
        can = _coded_syllable_letters(lex, base.lower(), tuple(_code_columns(wp)))
        none = -6.0 if numeric else OOV_COST
        out = []
        for c in alphabet:
            if c.lower() not in can:
                out.append(none)
                continue
            p = c.join(pp)
            out.append(word_score(c.join(wp), None if "?" in p else p, numeric))
        return out

    def coded_letter_scores(wp: list[str], prev: str | None, numeric: bool) -> list[float] | None:
        """:func:`letter_scores` of a template holding another unsolved code ('?') after a
        word without code ``n``: each trial word is scored as the best of the syllables its
        pattern matches (:func:`word_score`), and those are the template's matches with the
        trial letter where ``n`` stands.  So the template's matches are listed once, each
        scored once and kept under the letter it has there; a letter is then one look-up
        (repairspeed: ~150 pattern look-ups and model batches per template were most of a
        cid document's repair).  The same scores; None where the pattern's lower case
        changes its length (word_score's slow way)."""
        base = "?".join(wp)
        if len(base.lower()) != len(base):
            return None
        cols = _code_columns(wp)
        wanted = {c: c.lower() for c in alphabet}
        if any(len(x) != 1 for x in wanted.values()):
            return None
        keep = frozenset(wanted.values())
        first, rest = cols[0], cols[1:]
        group = [(m, m[first]) for m in _pattern_matches(lex, base)
                 if "\n" not in m and m[first] in keep and all(m[j] == m[first] for j in rest)]
        if len(group) > 1:
            lex.prefetch([lm_key(m, prev) for m, _x in group])
        best: dict[str, float] = {}
        score = dlm.score
        for m, x in group:
            sc = score(m, prev)
            got = best.get(x)
            if got is None or sc > got:
                best[x] = sc
        none = -6.0 if numeric else OOV_COST
        return [best.get(wanted[c], none) for c in alphabet]

    letters = frozenset(c for c in alphabet if c.isalpha())
    vectors: dict[tuple, list[float]] = {}
    every = list(enumerate(alphabet))
    position = {c: k for k, c in every}
    digit_trials = [(k, c) for k, c in every if c not in letters]
    to_try: dict[str, list[tuple[int, str]]] = {}  # lettered template -> its trial letters
    after_words: dict[str, list[int]] = {}  # code -> the words whose word before holds it
    for i, pp in enumerate(prev_pieces):
        if pp is not None:
            for x in set(pp[1::2]):
                after_words.setdefault(x, []).append(i)
    def best_for(n: str, taken: frozenset[str] = frozenset()) -> str | None:
        """The letter code ``n`` reads best with the rest of the map held, none of ``taken``."""
        mine = [i for i, w in enumerate(words) if (n,) in w[0]]
        # each word (and the word before it) with every other code read with the current
        # map: a trial letter is then one join per word (the ascent tries ~150 letters
        # per code on every word holding it)
        # a word's scores over the alphabet depend only on its template (and the word
        # before it): computed once per template and kept across codes and rounds (a
        # template seen again, or unchanged since the last round, costs nothing), then
        # summed letter by letter in the words' order, as one sum per letter would
        vecs = []
        for i in mine:
            parts, prev, numeric = words[i]
            wp = template(word_pieces[i], n)
            pp = template(prev_pieces[i], n) if prev_pieces[i] is not None else None
            key = (tuple(wp), tuple(pp) if pp is not None else None, prev, numeric)
            vec = vectors.get(key)
            if vec is None:
                vec = vectors[key] = letter_scores(wp, pp, prev, numeric)
            vecs.append(vec)
        best_c, best_s = mapping.get(n), -1e18
        sums = []
        for c, col in zip(alphabet, zip(*vecs)):
            if c in taken:
                continue
            s = 0
            for v in col:
                s += v
            sums.append((s, c))
            if s > best_s:
                best_c, best_s = c, s
        # the words after the code's words: a word's bigram with the word before says as
        # much of that word's codes ('Th(cid:98)i g(cid:126)a(cid:232)' is 'Thời' for the
        # 'gian' after it, not 'Thái'); read for the few letters the code's own words
        # like best (a full pass over the alphabet for them cost 6x the search)
        after = [i for i in after_words.get(n, ()) if (n,) not in words[i][0]]
        if after and len(sums) > 1:
            top = heapq.nlargest(_CID_AFTER_TOP, sums)
            if top[0][0] - top[-1][0] < _CID_AFTER_SPAN:
                best_s = -1e18
                for s0, c in top:
                    s = s0
                    for i in after:
                        parts, _prev, numeric = words[i]
                        w = "".join(template(word_pieces[i], n))  # (no code n in it)
                        p = c.join(template(prev_pieces[i], n))
                        s += word_score(w, None if "?" in p or not is_syllabic(p) else p, numeric)
                    if s > best_s:
                        best_c, best_s = c, s
        return best_c

    for _round in range(max_rounds):
        changed = False
        for n in nums:
            best_c = best_for(n)
            if mapping.get(n) != best_c:
                mapping[n] = best_c
                changed = True
        if not changed:
            break
    if CID_ONE_CODE_A_LETTER:
        # a font codes each glyph once: a letter two codes read is the letter of the code
        # the document uses most, and the others read their best letter no other code reads
        # (the map's collisions were wrong for one code 41 times in 45 on unseen_repair
        # --seeds 3, for both 4 times)
        for _round in range(max_rounds):
            by_letter: dict[str, list[str]] = {}
            for n in list(fixed) + nums:
                c = mapping.get(n)
                if c and c.isalpha():
                    by_letter.setdefault(c, []).append(n)
            # (a formula's pin keeps its letter)
            losers = [n for ns in by_letter.values() if len(ns) > 1
                      for n in sorted(ns, key=lambda x: (x not in fixed, -counts[x], int(x)))[1:]
                      if n not in fixed]
            if not losers:
                break
            for n in losers:
                taken = frozenset(c for m, c in mapping.items() if m != n and c and c.isalpha())
                mapping[n] = best_for(n, taken)
    digits = [c for c in alphabet if c.isdigit()]
    tally, banned = _vote_digits(texts, others or [], mapping, digits)
    if evidence is not None:
        evidence["votes"] = tally
        evidence["domains"] = {n: [d for d in digits if d not in banned.get(n, ())]
                               for n, c in mapping.items() if c and c.isdigit()}
    return {n: c for n, c in mapping.items() if c is not None}


_NUMBER_WITH_CODES = re.compile(r"(?:\d|\(cid:\d+\))+")
_LONE_CODE = re.compile(r"\(cid:\d+\)")
WINDOW = 12  # characters either side of a digit code matched against the intact lines
_NUMBER_TAKERS = ("ngày", "tháng", "điều", "khoản")
_LAST_WORD_CODES = re.compile(r"((?:[^\W\d_]|\(cid:\d+\))+) $")


def _takes_number(before: str) -> bool:
    """Does ``before`` end with a word a number follows ('tháng ', 'Điều ', also with codes
    in it: '(cid:232)háng ', at least half its letters printed)?"""
    m = _LAST_WORD_CODES.search(before)
    if not m:
        return False
    w = _CID.sub("?", m.group(1)).lower()
    if w.count("?") * 2 > len(w):
        return False
    return any(len(w) == len(t) and all(a == "?" or a == b for a, b in zip(w, t)) for t in _NUMBER_TAKERS)


def _strip_token(tok: str) -> str:
    """``tok`` without the punctuation around it, its edge codes kept whole: a number that
    starts with a code ('(cid:78)0(cid:78)1') lost the code's bracket to a plain strip and
    was read from its code's number ('78')."""
    enc = _CID.sub(lambda m: "\x01" + m.group(1) + "\x02", tok).strip(".,;:()[]*\"“”")
    return enc.replace("\x01", "(cid:").replace("\x02", ")")


def _printed_beside(texts: list[str]) -> dict[str, set[str]]:
    """code -> the digits no code can be: those printed in numbers that hold codes.  A
    number is set in one font, and a font that prints a digit maps it, so no code of it is
    that digit ('(cid:78)0(cid:78)1-(cid:78)0(cid:78)(cid:188)' is no '1011-1011': neither
    code is '0' nor '1')."""
    shown: set[str] = set()
    codes: set[str] = set()
    for t in texts:
        if "(cid:" not in t:
            continue
        for m in _NUMBER_WITH_CODES.finditer(t):
            num = m.group()
            if "(cid:" not in num:
                continue
            shown |= set(_CID.sub("", num))
            codes.update(_CID.findall(num))
    return {n: shown for n in codes}


def _vote_digits(texts: list[str], others: list[str], mapping: dict[str, str | None],
                 digits: list[str]) -> tuple[dict[str, dict[str, int]], dict[str, set[str]]]:
    """Codes read as digits: which digit, from the document's intact numbers.  The ascent
    scores every digit alike where a number stands (the model reads numbers as one class),
    so a code for '5' could read '3' in every number it is in ('193/202(cid:7)/NĐ-CP' as
    '2023').  The same numbers printed whole in the document's lines without codes say which:
    each number the code is in votes for the digits that make it one of them, the more for
    the longer stretch it matches ('193/2025/NĐ-CP' and its date '02/7/2025' against a bare
    '2025').  A digit wins only with more votes than the current one.  Returns the votes
    (code -> digit -> votes) and the digits no code can be (:func:`_printed_beside`)."""
    banned = _printed_beside(texts)
    tally: dict[str, dict[str, int]] = {}
    uses: dict[str, int] = {}
    for t in texts:
        for n in _CID.findall(t):
            uses[n] = uses.get(n, 0) + 1
    whole: set[str] = set()  # tokens with a digit ('193/2025/NĐ-CP', '02/7/2025')
    runs: set[str] = set()  # runs of digits ('193', '2025')
    for t in others:
        for tok in t.split():
            tok = tok.strip(".,;:()[]*\"“”")
            if any(ch.isdigit() for ch in tok):
                whole.add(tok)
                runs.update(re.findall(r"\d+", tok))
    intact_text = "\n".join(others)
    found: list[tuple[str, str]] = []  # (token, digit run) holding a code
    for t in texts:
        if "(cid:" not in t:
            continue
        for tok in t.split():
            tok = _strip_token(tok)
            for m in _NUMBER_WITH_CODES.finditer(tok):
                num = m.group()
                if "(cid:" in num and any(ch.isdigit() for ch in _CID.sub("", num)):
                    found.append((tok, num))
    for n, cur in list(mapping.items()):
        if not (cur and cur.isdigit()):
            continue
        code = f"(cid:{n})"
        votes = dict.fromkeys(digits, 0)
        for tok, num in found:
            if code not in num:
                continue
            for d in digits:
                def read(x: str) -> str:
                    return _CID.sub(lambda m: d if m.group(1) == n else (mapping.get(m.group(1)) or "?"), x)
                if read(num) in runs:
                    wholly = read(tok) in whole and tok != num
                    # a day's or a month's two digits are printed somewhere in any document:
                    # only a longer run ('2025', '1598') or the whole token says which
                    if wholly or len(read(num)) >= 3:
                        votes[d] += 1 + 2 * wholly
        allowed = [d for d in digits if d not in banned.get(n, ())]
        if not allowed:
            continue
        # the words around the code printed whole elsewhere with one digit in its place
        # ('ngày 13 tháng (cid:223) năm 2024' and 'ngày 13 tháng 8 năm 2024' in a line
        # without codes): the strongest evidence a lone digit can have
        for t in texts:
            for m in re.finditer(re.escape(code), t):
                left = _CID.sub(lambda c: "\x00" if c.group(1) == n else (mapping.get(c.group(1)) or "?"),
                                t[:m.start()])[-WINDOW:]
                right = _CID.sub(lambda c: "\x00" if c.group(1) == n else (mapping.get(c.group(1)) or "?"),
                                 t[m.end():])[:WINDOW]
                if len(left.strip()) + len(right.strip()) < WINDOW or "?" in left + right:
                    continue
                for d in allowed:
                    if (left + d + right).replace("\x00", d) in intact_text:
                        votes[d] += 3
        best = max(allowed, key=lambda d: (votes[d], d == cur))
        if votes[best] > votes.get(cur, 0) or cur in banned.get(n, ()):
            mapping[n] = best
        tally[n] = votes
    # one code per glyph: two codes read as the same digit cannot both be right; the one
    # the numbers back less (then the rarer one) takes its best digit no code holds
    by_digit: dict[str, list[str]] = {}
    for n, c in mapping.items():
        if c and c.isdigit():
            by_digit.setdefault(c, []).append(n)
    for d, ns in sorted(by_digit.items()):
        if len(ns) < 2:
            continue
        ns.sort(key=lambda n: (-tally.get(n, {}).get(d, 0), -uses.get(n, 0), int(n)))
        for n in ns[1:]:
            held = {c for c in mapping.values() if c}
            free = [x for x in digits if x not in held and x not in banned.get(n, ())]
            if free:
                mapping[n] = max(free, key=lambda x: (tally.get(n, {}).get(x, 0), -int(x)))
    return tally, banned


# ----------------------------------------------------------------------------- repair
def _candidate_lines(doc: Document, lex: Lexicon) -> dict[int, list[tuple[int, int]]]:
    """Lines with fragments (or a section number reduced to spaces): line index -> spans."""
    out: dict[int, list[tuple[int, int]]] = {}
    # The document's distinct tokens are classified once (a few thousand, against tens of
    # thousands of token occurrences); a line is then read token by token only when it holds
    # one of the document's fragment tokens.  Clean text mostly has none: measured, this was
    # the largest cost of the whole cascade on clean directives seen for the first time.
    # The document's tokens and each line's come from its shared reading
    # (pipeline.repair.docview); the tokens of over-long lines are left out.
    v = view(doc)
    if v.longest > LONG_LINE:
        tokens = set("\n".join(ln.text for ln in doc.lines if len(ln.text) <= LONG_LINE).split())
    else:
        tokens = v.tokens
    new: tuple[set[str], set[str], set[str]] = (set(), set(), set())  # (kept apart: the cache may be full)
    forms = lex.forms
    if _TOKEN_LEX[0] is not lex:
        _token_stores_for(lex)
    for tok in tokens.difference(_TOKEN_KIND):
        if tok.lstrip(_LEAD).rstrip(_TRAIL) in forms:
            # a syllable between quotes or before a comma: no fragment (what _token_kind
            # says of it: its core, _EDGE_PUNCT's group, is a known syllable)
            if len(_TOKEN_KIND) < 500_000:
                _TOKEN_KIND[tok] = 0
                _KIND_SETS[0].add(tok)
            continue
        new[_cached_token_kind(tok, lex)].add(tok)
    frag1 = tokens.intersection(_KIND_SETS[1]) | new[1]
    frag2 = tokens.intersection(_KIND_SETS[2]) | new[2]
    # lines to read: those holding a fragment token, and those opening with white space
    # (a section number reduced to spaces)
    line_tokens = v.line_tokens
    if frag1 or frag2:
        frags = frag1 | frag2
        todo = [k for k, toks in enumerate(line_tokens) if not frags.isdisjoint(toks)]
        if any(t[:1].isspace() for t in v.texts):
            todo = sorted(set(todo).union(k for k, t in enumerate(v.texts) if t[:1].isspace()))
    else:
        todo = [k for k, t in enumerate(v.texts) if t[:1].isspace()]
    for k in todo:
        t = v.texts[k]
        if not t.strip() or "(cid:" in t or t.isdigit() or len(t) > LONG_LINE:
            continue  # an over-long line gets a note from pipeline.repair.notes
        spans: list[tuple[int, int]] = []
        if frag1 or frag2:
            toks = line_tokens[k]
            if not (frag1.isdisjoint(toks) and frag2.isdisjoint(toks[1:])):
                spans = fragment_spans(t, lex)
        if not t[:1].isspace():  # no lost section number ('  . Về văn hóa') either
            if spans:
                out[k] = spans
            continue
        m = _GAP_LABEL.match(t)
        if m and re.match(r"\s*\S", t[m.end():]):
            spans.insert(0, (m.start(2), m.end() + 1))
        if spans:
            out[k] = spans
    return out


# the line before as left context of a hard-wrapped line's first word (:func:`_left_context`)
LEFT_CONTEXT = True
_NEXT_WORD = re.compile(r"^ ?([^\W\d_]+|\d+)(?=[\s,.;:!?)]|$)")


def _right_context(rest: str, lex: Lexicon, same_line: bool) -> str | None:
    """The intact word after a window, as right context for its last word: a syllable (on
    the next line only a lower-case one, which continues the sentence; a capital or a label
    may start a new item) or a number (the LM's '<num>')."""
    m = _NEXT_WORD.match(rest)
    if not m:
        return None
    w = m.group(1)
    if w.isdigit():
        return "<num>" if same_line else None
    if not lex.is_syllable(w) or not same_line and not w.islower():
        return None
    return norm(w)


_LAST_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)$")


def _left_context(prev_line: str | None, text: str, lex: Lexicon) -> str | None:
    """The last word of the line before, as left context for a line a hard wrap cut out
    of the same sentence: the line before ends in a lower-case syllable (no mark: the
    sentence runs on) and this line's first letter is lower-case ('... thực hiện Quyết' /
    'định số ...' is no case: a capital may start a heading or a name)."""
    if not prev_line:
        return None
    first = text.lstrip()[:1]
    if not (first.isalpha() and first.islower()):
        return None
    m = _LAST_WORD.search(prev_line.rstrip())
    if not m or len(prev_line.rstrip()) < 20:
        return None  # (a short line before: a heading, a label, a header's cell)
    w = m.group(1)
    if not w.islower() or not lex.is_syllable(w):
        return None
    return norm(w)


def _solve_windows(solver: GlyphSolver, text: str, spans: list[tuple[int, int]],
                   protected: frozenset[int] = frozenset(), strict: bool = True,
                   next_line: str | None = None, context: int = 3, printed: str | None = None,
                   prev_line: str | None = None,
                   ) -> tuple[str, list[tuple[int, str]], float, list[str]]:
    """Run the solver on the windows around ``spans``; returns the line with the fills.
    ``strict``: keep a window's fills only when they turn fragments into syllables (the
    first pass, where any letter may be lost); the second pass trusts the model."""
    chars = list(text)
    fills: list[tuple[int, str]] = []
    conf = 1.0
    alts: list[str] = []
    for lo, hi in windows(text, spans, context):
        piece = text[lo:hi]
        rest = text[hi:] if hi < len(text) else (next_line or "").lstrip()
        res = solver.solve(piece, frozenset(p - lo for p in protected if lo <= p < hi),
                           _right_context(rest, solver.lex, hi < len(text)),
                           printed[lo:hi] if printed is not None and len(printed) == len(text) else None,
                           _left_context(prev_line, text, solver.lex) if LEFT_CONTEXT and not text[:lo].strip() else None)
        if not res.fills or strict and fragments(res.text, solver.lex) >= fragments(piece, solver.lex):
            continue
        for col, x in res.fills:
            chars[lo + col] = res.text[col]
            fills.append((lo + col, res.text[col]))
        conf = min(conf, res.confidence)
        alts.extend(res.alternatives[:2])
    return "".join(chars), fills, conf, alts


def infer_lost_set(doc: Document, dlm: DocumentLM, cands: dict[int, list[tuple[int, int]]],
                   leftovers: dict[int, tuple[bool, set[str]]] | None = None,
                   printed: frozenset[str] = frozenset()) -> dict[str, int]:
    """First pass, every letter allowed: which characters do the fills use?  ``leftovers``
    receives, per sampled line: did fragments remain, and the letters its fills used."""
    # not the letters the damaged lines print again and again (:func:`damaged_printed`):
    # the font maps them, and each letter left out narrows every step of the search
    solver = GlyphSolver(dlm, {c: 1.0 for c in ALPHABET if c not in printed}, fill_cost=3.0, beam=6,
                         max_fills=2, fill_start=False)
    counts: dict[str, int] = {}
    # the lines with the most fragments say the most about the font: a sample is enough
    sample = sorted(cands.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:PASS1_LINES]
    for k, spans in sorted(sample):
        t = doc.lines[k].text
        m = _GAP_LABEL.match(t)
        protected = frozenset(range(m.start(2), m.end(2))) if m else frozenset()
        new, fills, _c, _a = _solve_windows(solver, t, spans, protected)
        for _col, x in fills:
            counts[x.lower()] = counts.get(x.lower(), 0) + 1
        if leftovers is not None:
            leftovers[k] = (bool(fragment_spans(new, solver.lex)), {x.lower() for _c, x in fills})
    return counts


_SMALL_SET = 5  # lost sets smaller than this get the second look (see repair_glyphs)
PHRASE_SPANS = 40  # fragment spans per document matched against its intact phrases


_NOT_PHRASE = re.compile(r"[^\w ]|\d|_")


def _read_phrase(piece: str, intact: str) -> str | None:
    """The one phrase of ``intact`` that ``piece`` reads as (each space a letter or a space,
    each other character itself, whole words), or None when none or several do.  Found by
    the piece's longest printed run (str.find, no pattern to compile: a regex per piece
    cost more than the search it served)."""
    runs = [(m.start(), m.group()) for m in re.finditer(r"[^ ]+", piece)]
    off, run = max(runs, key=lambda r: len(r[1]))
    if len(run) < 2:
        return None  # a single letter is everywhere
    n = len(piece)
    found: set[str] = set()
    pos = intact.find(run)
    while pos >= 0:
        a = pos - off
        if a >= 0 and a + n <= len(intact) and not (a > 0 and intact[a - 1].isalpha()) and not (
                a + n < len(intact) and intact[a + n].isalpha()):
            cand = intact[a:a + n]
            if cand != piece and all(p == c or p == " " and (c == " " or c.isalpha()) for p, c in zip(piece, cand)):
                found.add(cand)
                if len(found) > 1:
                    return None
        pos = intact.find(run, pos + 1)
    return found.pop() if found else None


def phrase_votes(texts: list[str], cands: dict[int, list[tuple[int, int]]]) -> dict[str, int]:
    """Letters the document's own intact phrases say the damaged lines lost.

    A fragment and the words around it ('kế  o    sử') read as a phrase the document prints
    intact elsewhere ('kế hoạch sử'), every space either a real space or a lost letter: the
    letters that fill the spaces are lost (the same words spelled intact elsewhere are the
    strongest evidence).  Only a stretch with at least three printed letters, and one that
    reads as a single intact phrase (several readings say nothing), votes.  The first pass
    cannot see these letters when the font lost several letters of one word (at most two
    fills a word there): short documents' few damaged lines are full of such words."""
    intact = "\n".join(t for k, t in enumerate(texts) if k not in cands).lower()
    if not intact:
        return {}
    votes: dict[str, int] = {}
    done = 0
    seen: set[tuple[int, int]] = set()  # (line, column) of the spaces that voted
    for k, spans in sorted(cands.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        t = texts[k].lower()
        if len(t) != len(texts[k]):
            continue
        toks = [(m.start(), m.end()) for m in _TOKEN.finditer(t)]
        # the fragments, and the odd runs of spaces ('kế  o    sử': 'o' is in the word lists)
        for a, b in sorted(set(spans) | {(m.start(), m.end()) for m in _INNER_RUN.finditer(t)}):
            if done >= PHRASE_SPANS:
                return votes
            done += 1
            i = next((n for n, (s0, e0) in enumerate(toks) if e0 > a), None)
            if i is None:
                continue
            j = next((n for n, (s0, e0) in enumerate(toks) if e0 >= b), len(toks) - 1)
            lo, hi = toks[max(0, i - 1)][0], toks[min(len(toks) - 1, j + 1)][1]
            # a stretch of letters and spaces only: punctuation cuts it ('quy  o   , kế' is
            # read as 'quy  o   ', its spaces before the comma kept: they may be letters)
            cut_lo = max((m.end() for m in _NOT_PHRASE.finditer(t, lo, a)), default=lo)
            cut_hi = next((m.start() for m in _NOT_PHRASE.finditer(t, b, hi)), None)
            piece = t[cut_lo:cut_hi if cut_hi is not None else hi].lstrip()
            if cut_hi is None:
                piece = piece.rstrip()
            if _NOT_PHRASE.search(piece) or sum(ch.isalpha() for ch in piece) < 3 or " " not in piece.strip():
                continue
            reading = _read_phrase(piece, intact)
            if reading is None:
                continue
            start = t.index(piece, cut_lo)
            for n, (p_ch, r_ch) in enumerate(zip(piece, reading)):
                # each space votes once (a fragment and the run of spaces beside it are read
                # in overlapping stretches)
                if p_ch == " " and r_ch != " " and (k, start + n) not in seen:
                    seen.add((k, start + n))
                    votes[r_ch] = votes.get(r_ch, 0) + 1
    return votes


def _extend_lost_set(doc: Document, dlm: DocumentLM, cands: dict[int, list[tuple[int, int]]],
                     costs: dict[str, float], printed: frozenset[str] = frozenset()) -> dict[str, int]:
    """A second look at the sample with the first guess in hand: the letters the first
    pass cannot see.

    The first pass allows every letter, so it must be strict (two fills a word, never the
    first letter: 'hu  n' -> 'huyện', not ' ơ' -> 'cơ'); a font that lost word-initial
    letters ('c', 't': 'Công  á    eo dõi' = 'Công tác theo dõi'; 'ở', 'ủy') or a letter
    always next to another lost one shows none of them.  With the lost set found so far
    free, the other letters at a price, up to three fills a word and words starting with a
    fill, the lines say which more letters they need: one needed twice joins the set, one
    needed once may be used at a price.  The windows are the fragments and one word either
    side, and fills only go in the spaces next to a fragment: every letter allowed at every
    space made this look slower than the whole repair."""
    letters = {c: costs.get(c, 3.0) for c in ALPHABET if c not in printed or costs.get(c) is not None}
    solver = GlyphSolver(dlm, letters, fill_cost=1.5, beam=4, max_fills=3)
    # the lines with long runs of spaces (a table's rows) too: no word starts deep inside a
    # run (GlyphSolver._words_from), so the search no longer grows with the padding
    sample = sorted(cands.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:PASS1_LINES]
    extra: dict[str, int] = {}
    for k, spans in sorted(sample):
        t = doc.lines[k].text
        m = _GAP_LABEL.match(t)
        protected = set(range(m.start(2), m.end(2))) if m else set()
        near = {c for a, b in spans for c in (a - 3, a - 2, a - 1, b, b + 1, b + 2)}
        protected |= {c for c, ch in enumerate(t) if ch == " " and c not in near}
        _new, fills, _c, _a = _solve_windows(solver, t, spans, frozenset(protected), context=1)
        for _col, x in fills:
            if costs.get(x.lower()) != 0.0:
                extra[x.lower()] = extra.get(x.lower(), 0) + 1
    for c, n in extra.items():
        costs[c] = 0.0 if n >= 2 else min(costs.get(c, 2.0), 2.0)
    return extra  # (the letters the look used, not yet free, and how often)


# the document's spacing habit (:func:`single_spaced`): an unexplained space costs this much
# more in a document that never doubles a space between words (GlyphSolver.run_cost is 2.5)
TIGHT_RUN_COST = 4.0
TIGHT_MIN_WORDS = 40  # the intact words a document must show before its habit counts
_PRINTED_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


# the same habit before a closing mark (:func:`tight_before_marks`): a space left between a
# word and the comma, full stop, semicolon, colon, closing quote or bracket after it
MARK_GAP_COST = 4.0
MARK_GAPS = True  # False: a space before a closing mark costs nothing (the reading before session 20)


def tight_before_marks(texts: list[str], cands: dict[int, list[tuple[int, int]]], lost: dict[str, float]) -> bool:
    """Does the document write a closing mark right after its word ('tại chuồng, không')?
    Read as :func:`single_spaced` reads the spacing between words: from the lines another
    font printed (a letter of the lost set in them, outside the candidate lines), which must
    hold TIGHT_MIN_WORDS words or more and no letter, space, closing mark.  Then a damaged
    line's 'chuồn , không' is a word that lost its last letter ('chuồng'), not the source's
    own space: the search pays MARK_GAP_COST for leaving it (GlyphSolver.mark_gap_cost).  A
    document that spaces a mark anywhere in those lines ('thực hiện ./.', a typed 'Nơi nhận
    :') keeps the old reading, where such a space costs nothing."""
    return _other_font_never(texts, cands, lost, _MARK_GAP)


def single_spaced(texts: list[str], cands: dict[int, list[tuple[int, int]]], lost: dict[str, float]) -> bool:
    """Does the document write one space between words?  Read from the lines the damaged
    font did not set: a line that prints a letter of the lost set (the font lost it, so
    another font printed the line), outside the candidate lines.  True when those lines
    hold TIGHT_MIN_WORDS words or more and no run of spaces between two printed characters;
    a document that doubles a space anywhere in them (a legal database's 'số  8/2015/TT-BTC
    ngày', a hand-aligned list, a signature block's 'Tỉnh ủy;      báo cáo)') keeps the
    usual cost."""
    return _other_font_never(texts, cands, lost, _PRINTED_GAP)


def _other_font_never(texts: list[str], cands: dict[int, list[tuple[int, int]]], lost: dict[str, float],
                      habit: re.Pattern) -> bool:
    """Do the lines another font printed (a letter of the lost set in them, outside the candidate
    lines) hold TIGHT_MIN_WORDS words or more and never ``habit``?  The reading both
    :func:`single_spaced` and :func:`tight_before_marks` make of the document's own spacing."""
    return _other_font_habit(texts, cands, lost, habit) is False


def _other_font_habit(texts: list[str], cands: dict[int, list[tuple[int, int]]], lost: dict[str, float],
                      habit: re.Pattern) -> bool | None:
    """What the lines another font printed (a letter of the lost set in them, outside the
    candidate lines) say of ``habit``: True when one of them shows it, False when they hold
    TIGHT_MIN_WORDS words or more and never show it, None when they are too few to tell (a
    short item whose lines the damaged font set nearly all) or no letter is lost."""
    letters = {c for c in lost if c.isalpha()}
    if not letters:
        return None
    words = 0
    for k, t in enumerate(texts):
        if k in cands or not any(c in letters for c in t.lower()):
            continue
        if habit.search(t.strip()):
            return True
        words += len(t.split())
    return False if words >= TIGHT_MIN_WORDS else None


# a document too short to show its own spacing habit (fewer than TIGHT_MIN_WORDS intact words,
# none of them doubling a space or spacing a mark) is read with the habit of the language's
# directives: measured on the clean texts of samples/text and samples/unseen_repair, 769 of 912
# never double a space between words (334 runs in 161 391 words of the unseen set: one word
# boundary in 480), so in a damaged line a run of spaces is a lost glyph far more often than the
# source's own.  False: such a document pays the loose costs (the reading before session 22).
UNKNOWN_HABIT_TIGHT = True


def spacing_tight(texts: list[str], cands: dict[int, list[tuple[int, int]]], lost: dict[str, float],
                  marks: bool = False) -> bool:
    """The spacing the search prices a left-over space by: :func:`single_spaced` (``marks``:
    :func:`tight_before_marks`), and, when the intact lines are too few to tell, the
    language's habit (UNKNOWN_HABIT_TIGHT) as long as some letter is lost and no intact line
    shows the habit."""
    seen = _other_font_habit(texts, cands, lost, _MARK_GAP if marks else _PRINTED_GAP)
    if seen is None:
        return UNKNOWN_HABIT_TIGHT and any(c.isalpha() for c in lost)
    return not seen


_DOC_WORD = re.compile(r"[^\W\d_]{5,}")


class DocumentWords:
    """The document's intact words the syllable model cannot restore (foreign words, joined
    names: 'container'), to be found where the damaged font printed them with its lost
    characters as spaces: 'con ainer' in a document that also prints 'container' intact is
    that word with 't' lost (the same word intact elsewhere is the strongest evidence)."""

    def __init__(self, texts: list[str], intact: set[int], lost: dict[str, float], lex: Lexicon) -> None:
        self.lex = lex
        self.lost = lost
        words: set[str] = set()
        for k in intact:
            for w in _DOC_WORD.findall(texts[k]):
                if not lex.is_syllable(w) and any(ch.lower() in lost for ch in w):
                    words.add(w)
        self.by_len: dict[int, list[str]] = {}
        for w in sorted(words):
            self.by_len.setdefault(len(w), []).append(w)
        alts = ["".join(f"[{re.escape(ch)} ]" if ch.lower() in lost else re.escape(ch) for ch in w)
                for w in sorted(words, key=lambda w: (-len(w), w))]
        self.pattern = re.compile(r"(?<![^\W\d_])(?:" + "|".join(alts) + r")(?![^\W\d_])") if alts else None

    def fills(self, text: str) -> list[tuple[int, str]]:
        """(column, letter) for each lost letter of such a word in ``text``; a match must
        hold a fragment (two real words side by side are left alone) and fit one word."""
        if self.pattern is None:
            return []
        out = []
        for m in self.pattern.finditer(text):
            piece = m.group()
            if " " not in piece or not any(_is_fragment(p, self.lex) for p in piece.split()):
                continue
            fits = {w for w in self.by_len.get(len(piece), ())
                    if all(p == c or p == " " and c.lower() in self.lost for p, c in zip(piece, w))}
            if len(fits) != 1:
                continue
            w = fits.pop()
            out.extend((m.start() + i, c) for i, (p, c) in enumerate(zip(piece, w)) if p == " ")
        return out


_NAME_RUN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)+")
_SINGLE_WORD = re.compile(r"(?<![^\W_])[^\W\d_]+(?![^\W_])")
_SENTENCE_END = frozenset(".:;!?…•*#>|")


def _inside_sentence(text: str, a: int) -> bool:
    """Whether the word at ``a`` follows other words of its sentence: not the line's first
    word, nor one after a full stop, a colon, a list label ('13.', 'a)') or an opening
    bracket or quote (where any word is capitalised)."""
    before = text[:a].rstrip()
    if not before or before[-1] in _SENTENCE_END or before[-1] in "([{“\"'":
        return False
    if before[-1] == ")" and re.search(r"(?:^|\s)\(?[^\W\d_]\)$|(?:^|\s)\d+\)$", before):
        return False  # a list label 'a)', '2)'
    return True


def capitalised_counts(texts: list[str]) -> Counter[str]:
    """How often each word (lower case, the model's form) is printed Capitalised inside a
    sentence of ``texts``: a name's, a place's or an office's syllable, where the lower-case
    count holds the common word it spells ('La' / 'là', 'Quế' / 'quế')."""
    out: Counter[str] = Counter()
    for t in texts:
        for m in _SINGLE_WORD.finditer(t):
            w = m.group()
            if w[0].isupper() and (len(w) == 1 or w[1:].islower()) and _inside_sentence(t, m.start()):
                out[norm(w.lower())] += 1
    return out


NAME_WORDS = 4  # the longest name phrase read whole (words)


class DocumentNames:
    """The document's intact name and title phrases (two to four words, two of them
    capitalised at least: 'Văn Yên', 'Tằng Loỏng', 'UBND Thành phố', 'Sở Y tế'), found where
    the damaged font printed them with its lost letters as spaces.  A name's syllables are
    each common words too ('Thành phố' read 'Trình phụ', 'Văn Yên' read 'Vân Yên'): the
    language model, which reads them one at a time, prefers the common reading; the same
    phrase intact elsewhere in the document is the evidence (like :class:`DocumentWords`).
    A piece must hold a fragment and fit one phrase of its length.

    A capital is a glyph of its own, and the lost set holds lower-case letters: a name's
    capitals are printed ('Tại Việt Nam' at a sentence's start is no name for ' ại Việ  Nam'
    inside one), so a piece starts at a printed capital.  (One pattern of all the phrases
    cost a tenth of the repair's time to compile: the phrases are compared by length at
    the capitals of the damaged lines instead.)"""

    def __init__(self, texts: list[str], intact: set[int], lost: dict[str, float], lex: Lexicon,
                 loose: frozenset[str] = frozenset()) -> None:
        self.lex = lex
        # ``loose``: letters no damaged line prints, beyond the inferred set; a phrase of
        # two words or more may fill them (a short document names too few lost letters:
        # 'M i Ch  ,' is 'Mai Châu'), a single word may not (one word fits too much:
        # 'C c' is 'Các', not the 'Cục' printed elsewhere)
        self.strict = lost
        self.lost = lost = {**{c: 0.0 for c in loose}, **lost}
        names: set[str] = set()
        # how often each is printed: a list repeats its ethnic group or its place line after
        # line ('Tày' 12 times), a person's name that fits the same gaps is printed once
        # ('Triệu Tài Thông'): a damaged copy both fit takes the one printed far more often
        self.counts: Counter[str] = Counter()
        for k in intact:
            t = texts[k]
            if not any(ch in lost for ch in t):
                continue
            for m in _NAME_RUN.finditer(t):
                words = m.group().split(" ")
                caps = [w[:1].isupper() for w in words]
                if sum(caps) < 2:
                    continue
                for i in range(len(words)):
                    if not caps[i]:
                        continue
                    for j in range(i + 2, min(len(words), i + NAME_WORDS) + 1):
                        if sum(caps[i:j]) >= 2:
                            name = " ".join(words[i:j])
                            if any(ch in lost for ch in name):
                                names.add(name)
        # single proper nouns: a capitalised word inside a sentence ('1979, Tày -', 'dân tộc
        # Dao,') is a name, an ethnic group or a place, and a list repeats it line after line;
        # the syllable model reads its damaged copy as a common word ('Tà ' read 'Tài').
        # (Words after a line start, a list label or a full stop are any words: left out.)
        singles: set[str] = set()
        for k in intact:
            t = texts[k]
            if not any(ch in lost for ch in t):
                continue
            for m in _SINGLE_WORD.finditer(t):
                w = m.group()
                if len(w) >= 2 and w[0].isupper() and not w.isupper() and _inside_sentence(t, m.start()) \
                        and any(ch in self.strict for ch in w):
                    singles.add(w)
                    self.counts[w] += 1
        self.singles = frozenset(singles - names)
        self.by_len: dict[int, list[str]] = {}
        for w in sorted(names | singles):
            self.by_len.setdefault(len(w), []).append(w)
        self.lengths = sorted(self.by_len, reverse=True)

    def fills(self, text: str) -> list[tuple[int, str]]:
        """(column, letter) for each lost letter of such a phrase in ``text``."""
        if not self.by_len:
            return []
        out = []
        lost = self.lost
        n = len(text)
        skip_to = 0
        for m in _WORD_START.finditer(text):
            a = m.start()
            if a < skip_to or not text[a].isupper():
                continue
            for size in self.lengths:
                b = a + size
                if b > n or (b < n and text[b].isalpha()):
                    continue
                piece = text[a:b]
                if " " not in piece:
                    continue
                fits = [w for w in self.by_len[size]
                        if all(p == c or p == " " and c in (self.strict if w in self.singles else lost)
                               for p, c in zip(piece, w))]
                if len(fits) > 1 and all(w in self.singles for w in fits):
                    fits.sort(key=lambda w: -self.counts[w])
                    if self.counts[fits[0]] >= max(3, 3 * sum(self.counts[w] for w in fits[1:])):
                        fits = fits[:1]
                if len(fits) != 1 or fits[0] == piece:
                    continue
                if fits[0] in self.singles:
                    # one word: the damaged copy sits inside a sentence too, prints half its
                    # letters or more (one letter fits too many: 'P  ' for 'Phó' in 'P   g',
                    # 'Phòng'), and the space it holds is a lost letter for sure: a fragment,
                    # or a last letter lost before another space or a mark ('1977, Tà  - UV')
                    printed = sum(ch.isalpha() for ch in piece)
                    if printed < 2 or 2 * printed < size or not _inside_sentence(text, a) or (
                            not any(_is_fragment(p, self.lex) for p in piece.split())
                            and not (piece.endswith(" ") and (b >= n or not text[b].isalnum()))):
                        continue
                elif not any(_is_fragment(p, self.lex) for p in piece.split()):
                    continue
                out.extend((a + i, c) for i, (p, c) in enumerate(zip(piece, fits[0])) if p == " " and c != " ")
                skip_to = b
                break
        return out


_WORD_START = re.compile(r"(?<![^\W\d_])[^\W\d_]")


_NUMBER = re.compile(r"(?<!\w)\d{2,}(?!\w)")


def lost_digits(texts: list[str], cands: dict[int, list[tuple[int, int]]]) -> set[str]:
    """Digits the damaged font never prints though the document's other lines are full of
    them (the seed's heading font lost '2' and '3'): absent where ~3+ were due, as
    :func:`_adjust_by_presence` tests letters."""
    bad = [texts[k] for k, v in cands.items() if len(v) >= 2]
    good = [t for k, t in enumerate(texts) if k not in cands]
    bad_n = sum(len(t) for t in bad)
    good_n = sum(len(t) for t in good)
    if bad_n < 300 or good_n < 2000:
        return set()
    bad_d = "".join(bad)
    good_d = "".join(good)
    return {d for d in "0123456789"
            if d not in bad_d and good_d.count(d) * bad_n / good_n >= 3}


def damaged_printed(texts: list[str], cands: dict[int, list[tuple[int, int]]],
                    share: float = 0.3) -> frozenset[str]:
    """Lower-case letters the damaged font prints: found in at least ``share`` of the badly
    damaged lines (two fragments or more), and in two of them at least.  Lines, not
    occurrences: a clean line with a foreign name or two ('Mỹ/Israel - Iran') also has
    fragments and prints the letters the font lost; it is one line among the damaged
    ones, while a letter the font maps turns up in most of them."""
    bad = [(texts[k], len(v)) for k, v in cands.items() if len(v) >= 2]
    lines: dict[str, int] = {}
    weight: dict[str, int] = {}
    for t, n in bad:
        for ch in set(t):
            if ch.islower():
                lines[ch] = lines.get(ch, 0) + 1
                weight[ch] = weight.get(ch, 0) + n
    # each line weighs its fragments: the font's lines are cut everywhere, while a clean
    # line with a name or two ('Đắk Mol', 'N'Drung') has two or three fragments; a schedule
    # has many such lines, and counted one each they outvoted the few damaged rows
    least = share * sum(n for _t, n in bad)
    return frozenset(c for c, n in lines.items() if n >= 2 and weight[c] >= least)


def unprinted_letters(texts: list[str], cands: dict[int, list[tuple[int, int]]]) -> set[str]:
    """The lower-case letters (of :data:`ALPHABET`) no damaged line prints: a letter the
    font maps turns up in some of its lines, so these are the letters it may have lost,
    the inferred set's and the rest.  Weak alone (a short document's lines lack many
    letters by chance): it serves only where an intact copy elsewhere must fit the gap too
    (:class:`DocumentNames`)."""
    bad = [texts[k] for k, v in cands.items() if len(v) >= 2] or [texts[k] for k in cands]
    printed = set("".join(bad))
    return {c for c in ALPHABET if c not in printed}


def unprinted_digits(texts: list[str], cands: dict[int, list[tuple[int, int]]]) -> set[str]:
    """The digits the damaged lines never print, however short the document: the candidates
    for a gap in a number there.  Weaker than :func:`lost_digits` (a short document's few
    damaged lines may lack a digit by chance), so it serves only where an intact number of
    the document must fit the gap too (:class:`DocumentNumbers`): '180/202 /NĐ-CP' in a
    damaged line that never prints '6', with '180/2026/NĐ-CP' intact elsewhere."""
    bad = [texts[k] for k, v in cands.items() if len(v) >= 2] or [texts[k] for k in cands]
    printed = set("".join(bad))
    return {d for d in "0123456789" if d not in printed}


# a document's code after its number, with the year it was numbered in when the code
# carries one ('50-NQ/TU', '03/2022/TT-BTNMT': the number '03' is that circular's, and a
# gap before '/2022/TT-BTNMT' is '03' even where '04' is printed as often)
_YEAR_WORD = re.compile(r"(?<![^\W\d_])(?:năm|NĂM|Năm)\s+$")
_CODED_NUMBER = re.compile(r"(?<![\w/])(\d+)([-/](?:(?:19|20)\d\d/)?[A-ZĐ][\wĐ]*(?:[-/][\wĐ]+)*)")
_CODE_AFTER = re.compile(r"[-/](?:(?:19|20)\d\d/)?[A-ZĐ][\wĐ]*(?:[-/][\wĐ]+)*")


# a gap several of the document's printed numbers fit ('202 ' where it prints 2023 and 2025)
# takes the one printed far more often (three times or more) when this is set; measured
# (session 11, 3 seeds): turning it off removed no wrong number and lost 8 right ones
DOMINANT_FILLS = True
# an intact twin that is thin evidence (_thin_twin): the fill is kept, flagged for review
THIN_TWIN_CONFIDENCE = 0.7


def _plausible(v: str, like: str) -> bool:
    """Whether ``v`` is a number of the kind ``like`` is: a year near ours for a year, no
    leading zero where ``like`` has none, a day or month of its width for a two-digit one."""
    if like[:1] != "0" and v[:1] == "0" and len(v) > 1:
        return False
    if len(like) == 4 and like[:2] in ("19", "20"):
        return v[:2] in ("19", "20") and 1945 <= int(v) <= 2050
    return True


def _thin_twin(piece: str, n: str, digits: set[str], count: int, same_context: bool) -> bool:
    """Whether the intact twin ``n`` is thin evidence for ``piece`` (a number with gaps):
    printed once or twice elsewhere, not between the same words, and other numbers of its
    kind fit the gaps as well with digits the font may have lost ('04/ 01 /TT-BNV' reads
    2012 as well as the 2015 the document prints; 'tháng 0 ' any month the lost digits
    make).  The fill is kept, at a confidence the review flags."""
    if same_context or count > 2:
        return False
    gaps = [k for k, p in enumerate(piece) if p == " "]
    if not gaps or len(gaps) > 3:
        return False
    for combo in itertools.product(sorted(digits), repeat=len(gaps)):
        chars = list(piece)
        for k, d in zip(gaps, combo):
            chars[k] = d
        v = "".join(chars)
        if v != n and _plausible(v, n):
            return True
    return False


# a range of years ('giai đoạn 2024 - 2025', '(2021-2030)'): the year before the dash, intact
# or filled, and the one after it
_RANGE_YEAR_BEFORE = re.compile(r"(?<![\d/.,])((?:19|20)\d\d)\s*[-–]\s*$")
_RANGE_YEAR_AFTER = re.compile(r"\s*[-–]\s*((?:19|20)\d\d)(?![\d/.,]\d)")


def _forward_range(text: str, a: int, b: int, fits: list[str], done: list[tuple[int, str]]) -> list[str]:
    """Of the years ``fits`` that fit the gap at ``a:b``, those that keep the range it is a
    bound of running forward: a period's second year comes after its first ('GIAI ĐOẠN
    2024 -  0 5' is no 2015 though the document prints 2015 and not 2025).  The other
    bound may be one this line's fills (``done``) just restored."""
    if not ("-" in text or "–" in text):
        return fits
    cur = list(text)
    for c, x in done:
        cur[c] = x
    line = "".join(cur)
    before = _RANGE_YEAR_BEFORE.search(line[:a])
    after = _RANGE_YEAR_AFTER.match(line, b)
    lo = int(before.group(1)) if before else 0
    hi = int(after.group(1)) if after else 10000
    return [n for n in fits if lo < int(n) < hi]


def ctx_same(numbers: "DocumentNumbers", text: str, a: int, b: int, n: str) -> bool:
    """Whether the intact ``n`` stands between the same words as the gap at ``a:b``."""
    ctx = _neighbours(text, a, b)
    return all(ctx) and n in numbers.contexts.get(ctx, ())


# a date as the document prints it, in either form ('ngày 16 tháng 6 năm 2025', '16/6/2025'),
# its parts possibly with lost digits as spaces (a one-digit part lost whole is one space:
# '16/ /2025', 'tháng   năm'); the formula's words may have lost letters too
_DATE_WORDS = re.compile(r"(?<![^\W\d_])[nN][gG ][àÀ ][yY ] ([\d ]{1,2}) [tT ][hH ][áÁ ][nN ][gG ] ([\d ]{1,2}) [nN ][ăĂ ][mM ] ([\d ]{4})(?!\d)")
_DATE_SLASH = re.compile(r"(?<![\d/])([\d ]{1,2})/([\d ]{1,2})/([\d ]{4})(?![\d/])")
_DATE_INTACT = (re.compile(r"(?<![^\W\d_])(?:[nN]gày|NGÀY) (\d{1,2}) (?:tháng|THÁNG) (\d{1,2}) (?:năm|NĂM) ((?:19|20)\d\d)(?!\d)"),
                re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])"))
# the same date printed intact elsewhere restores a copy with lost digits (SAME_DATES); a
# day's or a month's twin that is no such date is taken only when no other day or month
# fits the gap ('tháng 0 ' is no '08' for a document that prints '08' elsewhere, when '6'
# may be lost too: DATE_PART_TWINS_STRICT)
SAME_DATES = True
DATE_PART_TWINS_STRICT = True
# the document's own date in its header ('Nam Định, ngày 2  tháng 0  năm 20  ') is the date
# its own number is printed with where the text names it again, intact: an appendix's
# heading ('Ban hành kèm theo Quyết định số 1680/QĐ-UBND ngày 27/07/2017 của UBND tỉnh'), a
# plan's reference to the decision that issues it.  The number must fit the header's 'Số:'
# (its gaps digits the font may have lost) and carry the same code; a date printed with
# another number of the same code ('Quyết định số 12/QĐ-UBND ngày ...') is another document's
SAME_OWN_DATE = True
# the header's lines: its 'Số:' and its place and date come before the title
OWN_HEAD_LINES = 15
_OWN_NUMBER = re.compile(r"(?<![^\W\d_])[Ss][ốỐ ]\s?:( *[\d ]*\d[\d ]*(?:/[\d ]{4})?)/([A-ZĐ][\wĐ&]*(?:-[\wĐ&]+)+)(?![\wĐ&-])")
_NUMBER_BEFORE_DATE = re.compile(r"(?<![\w/])(\d+(?:/(?:19|20)\d\d)?)/([A-ZĐ][\wĐ&]*(?:-[\wĐ&]+)+)[,\s]*(?:[nN]gày\s*)?$")
# the header's date line: a place (its letters possibly lost) and a comma before the date,
# at the line's start or a table cell's
_OWN_DATE_LINE = re.compile(r"(?:^|[|*]\s*)[^\W\d_][^\d,|:;]{0,40},\s+$")


_CODE_END = re.compile(r"/([A-ZĐ][\wĐ&]*(?:-[\wĐ&]+)+|[A-ZĐ]{2,}[\wĐ&]*)[,\s]*(?:[nN][gG ][àÀ ][yY ]\s*)?$")


def _code_before(text: str, at: int) -> str | None:
    """The code of the document number right before a date at ``at`` ('TT-BTC' in 'số
    38/2015/TT-BTC ngày 25/3/2015'), or None."""
    m = _CODE_END.search(text[max(0, at - 60):at])
    return code_key(m.group(1)) if m else None


def _slot_value_fits(slot: str, value: str, digits: set[str]) -> str | None:
    """How ``value`` (a day, month or year as printed) stands in ``slot``: the form of it
    (as printed, zero-padded, or without its zero) whose digits match the slot's, its gaps
    digits of ``digits``; None when none does."""
    n = str(int(value))
    for form in {value, n, n.zfill(len(slot))}:
        if len(form) == len(slot) and all(p == c or p == " " and c in digits for p, c in zip(slot, form)):
            return form
    return None


def _date_slots(text: str) -> list[tuple[list[tuple[int, str]], int, int]]:
    """[([(start, slot) for day, month, year], start, end)] of the dates in ``text`` with a
    gap in a part.  A slash date's day that starts with a space after a word keeps that
    space as the word's ('ngày  6/5/2025' is day ' 6' only after 'ngày' and one space)."""
    out = []
    for rx in (_DATE_WORDS, _DATE_SLASH):
        for m in rx.finditer(text):
            parts = [(m.start(i), m.group(i)) for i in (1, 2, 3)]
            st, slot = parts[0]
            if rx is _DATE_SLASH and slot.startswith(" ") and (st == 0 or text[st - 1] != " "):
                parts[0] = (st + 1, slot[1:])
            if not all(sl.strip() or len(sl) == 1 for _s, sl in parts[:2]) or not parts[0][1]:
                continue
            if not any(" " in sl for _s, sl in parts) or not any(ch.isdigit() for _s, sl in parts for ch in sl):
                continue
            out.append((parts, m.start(), m.end()))
    return out


def _date_part_open(piece: str, a: int, b: int, dates: list, may: set[str]) -> bool:
    """Whether ``piece`` at ``a:b`` is a day or a month of a date in ``dates``
    (:func:`_date_slots`) that more than one day or month fits, its gaps digits of ``may``:
    a twin number printed elsewhere is then no evidence of which."""
    for parts, _ds, _de in dates:
        for i, (st, sl) in enumerate(parts[:2]):
            if st <= a and b <= st + len(sl):
                hi = 31 if i == 0 else 12
                vals = {v for v in range(1, hi + 1)
                        if _slot_value_fits(sl, f"{v:02d}", may) or _slot_value_fits(sl, str(v), may)}
                return len(vals) > 1
    return False


# a day's or a month's gap takes no twin number that is no day or month: 'ngày 28 tháng 1 '
# is never 'tháng 16' because '16' is printed elsewhere (an article's number, a count)
TWIN_DATE_PART_BOUNDS = True


def _date_part_bound(a: int, b: int, dates: list) -> int:
    """31 when ``a:b`` lies in the day of a date of ``dates`` (:func:`_date_slots`), 12 in
    its month, 0 elsewhere."""
    for parts, _ds, _de in dates:
        for i, (st, sl) in enumerate(parts[:2]):
            if st <= a and b <= st + len(sl):
                return 31 if i == 0 else 12
    return 0


def _whole_date_twins(text: str, a: int, b: int, dates: list, fits: list[str],
                      by_code: dict[str, set[tuple[str, str, str]]], may: set[str]) -> list[str]:
    """Of the twin numbers ``fits`` for a day's or a month's gap at ``a:b``, those that make
    the whole date the document prints intact elsewhere after the same document's code
    (its other parts fit it, their gaps digits of ``may``): 'số 02-NQ/TW ngày 1 /3/ 0 6' is
    the '02-NQ/TW ngày 17/3/2026' printed elsewhere, not any '17' (a date printed without
    the code may be another document's, or the posting's: 'Ngày đăng 07/10/2023')."""
    for parts, ds, _de in dates:
        for i, (st, sl) in enumerate(parts[:2]):
            if st <= a and b <= st + len(sl):
                code = _code_before(text, ds)
                out = []
                for n in fits:
                    for date in by_code.get(code, ()) if code else ():
                        date = tuple(int(x) for x in date)
                        if date[i] == int(n) and all(_slot_value_fits(x, str(v), may) is not None
                                                     for j, ((_s, x), v) in enumerate(zip(parts, date)) if j != i):
                            out.append(n)
                            break
                return out
    return []


class DocumentNumbers:
    """The document's intact numbers (years, parts of dates, document numbers), found where
    the damaged font printed them with its lost digits as spaces: 'NĂM  0  ' in a document
    that prints '2026' intact, with '2' and '6' lost, is 'NĂM 2026'.  The stretch of digits
    and spaces between two words holds the number and one real space on each side, so its
    length is the number's; the same number intact elsewhere is the evidence.  A stretch
    no intact number fits is left alone, and so is one that several fit ('0 ' with '2' and
    '6' lost: '02' or '06'), unless one of them (three digits or more: a year) is printed
    far more often than the others."""

    def __init__(self, texts: list[str], intact: set[int], digits: set[str],
                 letters: frozenset[str] = frozenset()) -> None:
        self.digits = digits
        self.letters = letters  # the letters the font lost (they make the gaps ambiguous)
        counts: dict[str, int] = {}
        # each intact number's neighbours, the words before and after it ('năm 2025, định
        # hướng'): a gap several numbers fit takes the one printed between the same words
        self.contexts: dict[tuple[str, str], set[str]] = {}
        # each intact four-digit number's two words before it ('giai đoạn 2017-2021', 'trên
        # địa bàn tỉnh năm 2017'): a heading restates the text's phrases (PHRASE_TWIN_YEARS)
        self.phrases: dict[tuple[str, ...], set[str]] = {}
        for k in intact:
            for m in _NUMBER.finditer(texts[k]):
                counts[m.group()] = counts.get(m.group(), 0) + 1
                self.contexts.setdefault(_neighbours(texts[k], m.start(), m.end()), set()).add(m.group())
                if PHRASE_TWIN_YEARS and len(m.group()) == 4 and (words := _words_before(texts[k], m.start())):
                    self.phrases.setdefault(words, set()).add(m.group())
        self.counts = {n: c for n, c in counts.items() if any(d in digits for d in n)}
        # the numbers printed with a document code ('50-NQ/TU', '2023/QH15'): a gap before
        # a code is that document's number, not any number of the same length
        self.coded: dict[str, set[str]] = {}
        for k in intact:
            for m in _CODED_NUMBER.finditer(texts[k]):
                self.coded.setdefault(m.group(1), set()).add(m.group(2))
        # the dates the intact lines print, as printed: (day, month, year)
        # the dates the intact lines print after a document's code ('số 38/2015/TT-BTC ngày
        # 25/3/2015'), as printed: code -> {(day, month, year)}
        self.dates: dict[str, set[tuple[str, str, str]]] = {}
        for k in intact:
            if "/" in texts[k]:
                for rx in _DATE_INTACT:
                    for m in rx.finditer(texts[k]):
                        code = _code_before(texts[k], m.start()) if "/" in texts[k] else None
                        code = code or code_key(code_before_issuer(texts[k], m.start()))
                        if code and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
                            self.dates.setdefault(code, set()).add(m.groups())
        # the dates the intact lines print after the document's own number (SAME_OWN_DATE)
        self.own_dates: set[tuple[str, str, str]] = set()
        own = next((m for t in texts[:OWN_HEAD_LINES] for m in [_OWN_NUMBER.search(t)] if m), None) \
            if SAME_OWN_DATE else None
        if own:
            for k in intact:
                if own.group(2) not in texts[k]:
                    continue
                for rx in _DATE_INTACT:
                    for m in rx.finditer(texts[k]):
                        b = _NUMBER_BEFORE_DATE.search(texts[k], max(0, m.start() - 60), m.start())
                        if b and b.group(2) == own.group(2) and self._own_number(own.group(1), b.group(1)) \
                                and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
                            self.own_dates.add(m.groups())
        self.by_len: dict[int, list[str]] = {}
        # gaps several printed numbers fit, left as gaps: piece -> the numbers (a review note)
        self.ambiguous: dict[str, list[str]] = {}
        # the columns of the last :meth:`fills` call's fills an intact twin is thin evidence for
        self.thin: set[int] = set()
        for n in sorted(self.counts):
            self.by_len.setdefault(len(n), []).append(n)

    def _own_number(self, slot: str, number: str) -> bool:
        """Whether ``number`` ('1680', '40/2026') fits the header's number ``slot`` (' 680',
        ' 0/2026'), its gaps digits the font may have lost; the spaces after 'Số:' are the
        colon's one space or lost leading digits."""
        lead = len(slot) - len(slot.lstrip(" "))
        for i in range(0, lead + 1):
            sl = slot[i:]
            if len(sl) == len(number) and all(p == c or p == " " and c in self.digits for p, c in zip(sl, number)):
                return True
        return False

    def _may_have_lost(self, word: str, first: bool) -> bool:
        """Can ``word`` be a word that lost its first (``first``) or last letter to the gap
        beside it ('ăm' = 'năm' with 'n' lost)?  Then the gap's spaces are ambiguous."""
        lex = lexicon()
        if not self.letters:
            return _is_fragment(word, lex)
        w = word.lower()
        return any(lex.is_syllable(x + w if first else w + x) for x in self.letters)

    def fills(self, text: str, strong_only: bool = False) -> list[tuple[int, str]]:
        """(column, digit) for each lost digit of such a number in ``text``.  ``strong_only``:
        only a number before a document's code the same number is printed with, or a year
        (a short count, '0 ' before 'nhiệm vụ', fits too many numbers the document prints)."""
        self.thin = set()
        if not self.counts and not self.dates and not self.own_dates:
            return []
        out: list[tuple[int, str]] = []
        # a digit the line prints is one its font maps: no gap of the line is that digit
        # ('Điều 1 , Điều 17' is no 'Điều 17, Điều 17')
        shown = {ch for ch in text if ch.isdigit()}
        may = self.digits - shown
        dates = _date_slots(text) if (SAME_DATES or DATE_PART_TWINS_STRICT) and (self.dates or self.own_dates) or (
            DATE_PART_TWINS_STRICT and ("/" in text or "ng" in text)) else []
        covered: set[int] = set()
        if SAME_DATES and (self.dates or self.own_dates):
            for parts, ds, _de in dates:
                code = _code_before(text, ds)
                if code and code in self.dates:
                    known = self.dates[code]
                elif not code and self.own_dates and _OWN_DATE_LINE.search(text, 0, ds):
                    known = self.own_dates  # the header's own date: the own number's, printed intact
                else:
                    continue  # the same date cited twice is the same document's: its code says so
                # (half the date's places printed at least: the rest of it must match)
                if 2 * sum(ch.isdigit() for _s, sl in parts for ch in sl) < sum(len(sl) for _s, sl in parts):
                    continue
                fits = set()
                for date in known:
                    forms = [_slot_value_fits(sl, v, may) for (_s, sl), v in zip(parts, date)]
                    if all(f is not None for f in forms):
                        fits.add(tuple(forms))
                if len({tuple(int(f) for f in x) for x in fits}) != 1 or len(fits) != 1:
                    continue
                for (st, sl), form in zip(parts, fits.pop()):
                    out.extend((st + i, c) for i, (p, c) in enumerate(zip(sl, form)) if p == " ")
                    covered.update(range(st, st + len(sl)))
        if not self.counts:
            return out
        for m in _DIGIT_STRETCH.finditer(text):
            a, b = m.start(), m.end()
            if covered and any(c in covered for c in range(a, b)):
                continue
            if a > 0 and text[a - 1].isalnum() and text[a].isdigit():
                continue  # glued to a word ('8h00'): not a number of its own
            if text[a] == " ":
                if a == 0:
                    continue  # the line's indentation, or a lost digit: cannot tell
                if text[a - 1] != "/":
                    a += 1  # the real space after the word or mark before it ('6/ 0 4' is glued)
            if b == len(text):
                end = a + len(text[a:b].rstrip())  # the line's trailing margin
                # a year the margin cut ('NĂM 202 ' at a heading's end, '6' lost): after 'năm'
                # the margin's first space is its lost digit
                if end - a < 4 <= b - a and _YEAR_WORD.search(text[:a]):
                    end = a + 4
                b = end
            elif text[b] == "|" and text[b - 1] == " ":
                b -= 1  # a table's cell bar is padded with a space: the table's, not a digit
            elif text[b] in "–-(“\"" and text[b - 1] == " " and b - a > 1 and not (
                    GLUED_RANGE_GAP and b - a == 4 and text[a:a + 2] in ("19", "20")
                    and _GLUED_RANGE_AFTER.match(text, b)) and not self._coded_dash(text, a, b, shown):
                b -= 1  # the real space before a dash or an opening mark ('NĂM 202  – CHUNG')
            elif OPERATOR_GUARD and text[b] in _OPERATORS and text[b - 1] == " ":
                b -= 1  # the text's own space before an operator ('1091 + 1092', '16:19:35 +07:00')
            elif text[b].isalnum() and text[b - 1] == " ":
                b -= 1  # the real space before the next word
                nw = _LETTER_RUN.match(text, b + 1)
                if text[b - 1] == " " and nw and self._may_have_lost(nw.group(), first=True):
                    continue  # 'tháng 9  ăm': which space is the lost one (a digit, or the 'n')?
            piece = text[a:b]
            if piece[:1] == " ":
                pw = re.search(r"([^\W\d_]+) $", text[:a])
                if pw and self._may_have_lost(pw.group(1), first=False):
                    continue  # 'hó  8.1.': a lost 'a' and a space, or a space and a lost digit?
            if " " not in piece or not piece.strip() or not piece[0].isdigit() and a == m.start() and text[a - 1] != "/":
                continue
            fits = [n for n in self.by_len.get(len(piece), ())
                    if all(p == c or p == " " and c in self.digits and c not in shown for p, c in zip(piece, n))]
            if len(piece) == 4 and fits:
                fits = _forward_range(text, a, b, fits, out)
            if not fits:
                continue
            code = _CODE_AFTER.match(text, b)
            if strong_only and not code and len(piece) < 4:
                continue
            if code:
                # 'số  0-NQ/TW' is no '50' because '50-NQ/TU' is printed: the same code, or nothing
                # (the damaged code may have lost letters: it runs to its first gap, 'QĐ-TT g')
                fits = [n for n in fits if any(same_code(c, code.group()) for c in self.coded.get(n, ()))] or (
                    coded_year_fits(text, a, b, fits, code.group(), self.coded, covered) if len(piece) == 4 else [])
                if not fits:
                    continue
            if TWIN_DATE_PART_BOUNDS and len(piece) <= 2 and dates and (hi := _date_part_bound(a, b, dates)):
                fits = [n for n in fits if 1 <= int(n) <= hi]  # no 'tháng 16' from a '16' printed elsewhere
                if not fits:
                    continue
            if DATE_PART_TWINS_STRICT and len(piece) <= 2 and dates and _date_part_open(piece, a, b, dates, may):
                fits = _whole_date_twins(text, a, b, dates, fits, self.dates, may)
                if len(fits) != 1:
                    continue
            fits.sort(key=lambda n: -self.counts[n])
            if len(fits) > 1:
                ctx = _neighbours(text, a, b)
                same = [n for n in fits if n in self.contexts.get(ctx, ())] if all(ctx) else []
                if len(same) != 1 and PHRASE_TWIN_YEARS and len(piece) == 4:
                    same = self._phrase_twins(text, a, fits)
                if len(same) == 1:
                    fits = same
                elif not (DOMINANT_FILLS and len(piece) >= 3 and self.counts[fits[0]] >= 3 * self.counts[fits[1]]):
                    self.ambiguous.setdefault(piece, fits[:4])
                    continue
            n = fits[0]
            if _thin_twin(piece, n, self.digits - shown, self.counts[n], len(fits) == 1 and ctx_same(self, text, a, b, n)):
                self.thin.update(a + i for i, p in enumerate(piece) if p == " ")
            out.extend((a + i, c) for i, (p, c) in enumerate(zip(piece, n)) if p == " ")
        return out

    def _coded_dash(self, text: str, a: int, b: int, shown: set[str]) -> bool:
        """Whether the space before the dash of a Party document's code ('SỐ 2 -CT/TU') is
        a lost digit: one number the intact lines print with that very code fits the
        space (CODED_DASH_TWINS: '21-CT/TU' printed; a typist's space before a dash
        stays one when no such number fits)."""
        if not CODED_DASH_TWINS or text[b] != "-" or not (code := _CODE_AFTER.match(text, b)):
            return False
        piece = text[a:b]
        fits = [n for n, codes in self.coded.items() if len(n) == len(piece) and any(
            same_code(c, code.group()) for c in codes) and all(
            p == c or p == " " and c in self.digits and c not in shown for p, c in zip(piece, n))]
        return len(fits) == 1

    def _phrase_twins(self, text: str, a: int, fits: list[str]) -> list[str]:
        """Of the four-digit numbers that fit a gap at ``a``, those the intact lines print
        after the same two words, in any case ('NĂM HỌC 20 7-20 8' and 'năm học 2017-2018'):
        a heading or a title restates a phrase of the text with its year.  Two words of a
        date or a count alone ('tháng năm', 'tại khoản') name no phrase: nothing then."""
        words = _words_before(text, a)
        if not words or all(w in _NUMBER_WORDS for w in words):
            return []
        return [n for n in fits if n in self.phrases.get(words, ())]

    def context_fills(self, text: str) -> list[tuple[int, str]]:
        """(column, digit) for a number with gaps between the very words an intact number
        of the document stands between ('thời hạn  0 ngày' where 'thời hạn 10 ngày' is
        printed): read after the words around it were restored, when :meth:`fills` could
        not tell a lost digit from a lost letter of the word beside it ('ạn  0' may be
        'ạnh 0').  One intact number only may fit the gaps and have those neighbours."""
        if not self.counts or not _GAP_BESIDE_DIGIT.search(text):
            return []
        out: list[tuple[int, str]] = []
        shown = {ch for ch in text if ch.isdigit()}
        for m in _DIGIT_STRETCH.finditer(text):
            a, b = m.start(), m.end()
            if a == 0 or b == len(text) or text[a].isdigit() and text[a - 1].isalnum():
                continue  # (glued to a word: '8h00', 'QH15')
            if text[a] == " ":
                a += 1  # the real space after the word before
            if text[b - 1] == " ":
                b -= 1  # the real space before the word after
            piece = text[a:b]
            if (" " not in piece or not piece.strip() or text[a - 1:a] != " " or text[b:b + 1] != " "
                    or not text[a - 2:a - 1].isalpha() or not text[b + 1:b + 2].isalpha()):
                continue  # between two words only, each with its one real space
            ctx = _neighbours(text, a, b)
            if not all(ctx):
                continue
            same = [n for n in self.contexts.get(ctx, ()) if len(n) == len(piece) and all(
                p == c or p == " " and c in self.digits and c not in shown for p, c in zip(piece, n))]
            if same and DATE_PART_TWINS_STRICT and len(piece) <= 2 and _date_part_open(
                    piece, a, b, dates := _date_slots(text), self.digits - shown):
                # a day or a month between 'tháng' and 'năm': any other fits as well, unless
                # the whole date is printed intact elsewhere
                same = _whole_date_twins(text, a, b, dates, same, self.dates, self.digits - shown)
            if len(same) == 1:
                out.extend((a + i, c) for i, (p, c) in enumerate(zip(piece, same[0])) if p == " ")
        return out


# a lost digit's trace beside a printed one: a digit next to a double space, or a space
# between two digits (one search before the pieces are read)
_GAP_BESIDE_DIGIT = re.compile(r"\d \d|  \d|\d  ")
_WORD_LEFT = re.compile(r"([^\W\d_]+)\W*$")
_WORD_RIGHT = re.compile(r"\W*?([^\W\d_]+)")


# the space before a code's dash is a lost digit when one number printed with that code fits
# it (DocumentNumbers._coded_dash)
CODED_DASH_TWINS = True
# a year's gap that several intact years fit takes the one the intact lines print after the
# same two words (DocumentNumbers._phrase_twins)
PHRASE_TWIN_YEARS = True
_TWO_WORDS_BEFORE = re.compile(r"([^\W\d_]+)[\s,:]+([^\W\d_]+)[\s:]*$")
# words of a date, a count or a reference: two of them before a number name no phrase
_NUMBER_WORDS = frozenset({"ngày", "tháng", "năm", "số", "khoản", "điều", "điểm", "mục", "tại", "là", "và",
                           "của", "theo", "trong", "từ", "đến", "tới", "có", "được", "với", "cho"})


def _words_before(text: str, a: int) -> tuple[str, ...] | None:
    """The two words (lower case) right before column ``a``, only spaces, a comma or a colon
    between them and it."""
    m = _TWO_WORDS_BEFORE.search(text[max(0, a - 60):a])
    return (m.group(1).lower(), m.group(2).lower()) if m else None


def _neighbours(text: str, a: int, b: int) -> tuple[str, str]:
    """The words (lower case) right before and after ``text[a:b]``, across marks."""
    left = _WORD_LEFT.search(text[max(0, a - 40):a])
    right = _WORD_RIGHT.match(text, b)
    return (left.group(1).lower() if left else "", right.group(1).lower() if right else "")


_TIME = re.compile(r"(?<![\w/.,:])\d{1,2}h\d{2}(?![\w/])")
_TIME_GAP = re.compile(r"(?<![\w/.,:])(\d{1,2}) (\d{2})(?![\w/.,:]|\s*(?:giờ|phút|%))")


class DocumentTimes:
    """A schedule's times ('08h00', '14h30') where the damaged font lost the 'h': '09 00'.
    The document writes its times that way in its intact lines (twice at least), and the
    font lost 'h' (the lost set): then two digits, a space and two digits in a damaged line
    are such a time.  (A lost digit as well, '0  30', stays: which digit is not known.)"""

    def __init__(self, intact: list[str], lost: dict[str, float]) -> None:
        self.on = lost.get("h") == 0.0 and sum(len(_TIME.findall(t)) for t in intact) >= 2

    def fills(self, text: str) -> list[tuple[int, str]]:
        if not self.on or " " not in text:
            return []
        return [(m.end(1), "h") for m in _TIME_GAP.finditer(text)
                if int(m.group(1)) <= 23 and int(m.group(2)) <= 59]


_OPERATORS = "=+×÷<>≤≥"
_OPERATOR_SPACE = re.compile(rf" (?=[{_OPERATORS}])|(?<=[{_OPERATORS}]) ")
# the space before an operator is the text's own, never a lost digit of the number before it
# (DocumentNumbers.fills): the gazette's running head 'CÔNG BÁO/Số 1091 + 1092', a signing
# stamp '16:19:35 +07:00', a formula 'Mức thu = 200 + 50 x n'; without it the stretch of
# digits ran on over that space and was read as one digit longer ('35 ' as '35?')
OPERATOR_GUARD = True
_DIGIT_STRETCH = re.compile(r"[\d ]*\d[\d ]*")
_NUMBER_SLOT = re.compile(r" {2,}(?=/[A-ZĐ])")
# a space inside a document's code, between its parts ('Số: 39/KH -THDT', a typist's space
# before the issuer's part): the code's letters are capitals the text prints, the space is
# the typist's, never a lost letter that would extend the code into a syllable ('KHO')
_CODE_SPACE = re.compile(r"(?<=[\d/-][A-ZĐ]) (?=[-/][A-ZĐ])|(?<=[\d/-][A-ZĐ]{2}) (?=[-/][A-ZĐ])"
                         r"|(?<=[\d/-][A-ZĐ]{3}) (?=[-/][A-ZĐ])|(?<=[\d/-][A-ZĐ]{4}) (?=[-/][A-ZĐ])")
_NUMBER_SPACE_MARK = re.compile(r"\d (?=[,;:])")  # 'NĂM 202 , ĐỊNH HƯỚNG': a space before a mark
# a year that lost digits in a line that is otherwise whole (a heading in capitals: 'TRÊN ĐỊA
# BÀN TỈNH NĂM 20  ', 'GIAI ĐOẠN 20 7-202 '): read when an intact year fits (PHRASE_TWIN_YEARS)
_YEAR_GAP = re.compile(r"(?<![\d/.,])(?:19|20)(?:\d | \d|  )(?!\d)")
_CODE_GAP = re.compile(r"\d \d*[/-][^\W\d_]")  # '2 0-KL/TW', '64 /VPCP
# a date's year that lost digits after its slash ('11/11/ 019'): a line in capitals keeps its
# letters, and this is its only trace
_SLASH_GAP = re.compile(r"\d/[\d ]{0,2}/ [\d ]{0,2}\d(?!\d)")


@lru_cache(maxsize=1)
def _syllable_pieces() -> frozenset[str]:
    """Every substring of every syllable, in both tone placements ('oà' of 'hoà'): what a
    lost glyph can leave of a word (26 ms once; a few ten thousand strings)."""
    from pipeline.repair.codepoints import apply_tone_convention

    out: set[str] = set()
    for syl in lexicon().inventory:
        for v in {syl, apply_tone_convention(syl, "old")}:
            for i in range(len(v)):
                for j in range(i + 1, len(v) + 1):
                    out.add(v[i:j])
    return frozenset(out)


def _syllable_piece_spans(text: str, spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """The fragment spans of a line that hold a fragment that is a piece of a syllable:
    what a lost glyph leaves of a Vietnamese word ('c', 'hu', 'ạch'), unlike names and
    foreign words the word lists lack ('Đắk', 'Mol', 'Kly')."""
    pieces = _syllable_pieces()
    return [(a, b) for a, b in spans
            if any(_is_fragment(w, lex) and w.lower() in pieces for w in _LETTER_RUN.findall(text[a:b]))]


_JOINED = re.compile(r"[\d/]")


def _recurring_codes(texts: list[str]) -> frozenset[str]:
    """Tokens ending in a letter joined to a digit or a slash ('Đ/c', '08h'), which the
    document prints whole three times or more: its own way of writing a code."""
    n: dict[str, int] = {}
    for t in texts:
        for tok in t.split():
            if tok[-1:].isalpha() and _JOINED.search(tok):
                n[tok] = n.get(tok, 0) + 1
    return frozenset(tok for tok, c in n.items() if c >= 3)


def _mostly_caps(text: str) -> bool:
    # (the letters and their capitals counted in C: every window the search reads asks)
    letters = "".join(filter(str.isalpha, text))
    return bool(letters) and sum(map(str.isupper, letters)) > len(letters) / 2


def _heavily_cut(texts: list[str], cands: dict[int, list[tuple[int, int]]]) -> list[int]:
    """The lines the damaged font set: two fragments or more, and cut in at least a third
    as many of their words as the document's most cut line.  One lost set cuts the same
    share of words in every line of its font, while a clean line with a stray fragment or
    two (an initial, 'N'Drung') is cut in a few of its many words; one such line printing
    a lost letter hid it from the presence test below."""
    dens = {k: len(v) / max(1, len(texts[k].split())) for k, v in cands.items() if len(v) >= 2}
    top = max(dens.values(), default=0.0)
    return [k for k, d in dens.items() if d >= top / 3]


def _adjust_by_presence(costs: dict[str, float], texts: list[str],
                        cands: dict[int, list[tuple[int, int]]]) -> None:
    """Complete the first pass's guess of the lost set with what the damaged lines show.

    A font that lost a character never prints it, so in the badly damaged lines (two or
    more fragments: written in the damaged font) a lost character is absent, while each
    other letter turns up about as often as in the document's intact lines.  A common
    letter absent from them is lost (the first pass, which searches a sample of lines
    with few fills, may never have needed it).  The converse (a letter printed there is
    not lost) is not used: clean lines with codes or foreign words also have fragments,
    and dropping a lost letter on their evidence cost more than it saved (measured)."""
    # Case matters: a font loses a glyph, and 'đ' and 'Đ' are two glyphs (a heading that
    # lost 'đ' still prints 'Đ'; folding the case hid every lost lower-case letter whose
    # capital the lines print).  Lines mostly in capitals say nothing about lower-case
    # letters, so they are left out of both counts.
    bad = [texts[k] for k in _heavily_cut(texts, cands) if not _mostly_caps(texts[k])]
    good = [t for k, t in enumerate(texts) if k not in cands and not _mostly_caps(t)]
    bad_n = sum(len(t) for t in bad)
    good_n = sum(len(t) for t in good)
    bad_c = Counter("".join(bad))
    good_c = Counter("".join(good))
    hints: dict[str, float] = {}  # letters absent where fewer were due: how many
    if bad_n >= 300 and good_n >= 2000:
        for c in ALPHABET:
            exp = good_c.get(c, 0) * bad_n / good_n
            obs = bad_c.get(c, 0)
            if obs == 0 and exp >= 3:  # absent where ~3+ were due (Poisson: ~5 % by chance)
                costs[c] = min(costs.get(c, 1.0), 1.0)  # preferred, not yet as sure as a used one
            elif obs == 0 and exp >= ABSENT_HINT:
                hints[c] = exp
        _apply_hints(costs, hints)
        return
    # a short document: its few intact lines are a poor estimate of each letter's share,
    # so the language's shares smooth them (pseudo-count PRIOR_LETTERS), and only a letter
    # absent where many were due counts (some of ~90 letters are absent from a short text
    # by chance: measured, ~3 due let too many in)
    bad_l = sum(n for ch, n in bad_c.items() if ch.isalpha())
    good_l = sum(n for ch, n in good_c.items() if ch.isalpha())
    prior = _letter_shares()
    for c in ALPHABET:
        share = (good_c.get(c, 0) + PRIOR_LETTERS * prior.get(c, 0.0)) / (good_l + PRIOR_LETTERS)
        if bad_c.get(c, 0) == 0 and share * bad_l >= SURE_ABSENT:
            costs[c] = min(costs.get(c, 1.0), 1.0)
        elif bad_c.get(c, 0) == 0 and share * bad_l >= ABSENT_HINT:
            hints[c] = share * bad_l
    _apply_hints(costs, hints)


def _apply_hints(costs: dict[str, float], hints: dict[str, float]) -> None:
    """Give the letters absent from the damaged lines their cost (:func:`_absent_cost`):
    the MAX_HINTS most due only.  Lines cut to a few letters lack most of the alphabet,
    and every letter more is a branch at every space of the search (measured on the 67
    samples x 3 seeds: 20 letters cost 21 % of the glyph throughput for 10 more words
    right of ~10,000 broken; 6 keep it at the old speed with 7 of those 10 words)."""
    for c in sorted(hints, key=lambda c: (-hints[c], c))[:MAX_HINTS]:
        costs[c] = min(costs.get(c, UNSEEN_COST), _absent_cost(hints[c]))


UNSEEN_COST = 6.0  # a fill letter no evidence names (GlyphSolver's default)
MAX_HINTS = 6  # absent letters given a cost at most (the most due): each is a branch of the search
ABSENT_HINT = 0.5  # a letter absent from the damaged lines where this many were due is a hint


def _absent_cost(due: float) -> float:
    """The cost of a fill letter the damaged lines never print though ``due`` were expected:
    a rare letter's absence says little (a short line lacks most of them), a common one's
    says it is lost; between the unnamed letter's cost and a preferred one's.  The lost
    set's rare letters ('ồ', 'ớ', 'ọ'), which the first pass needs once at most, are told
    from the letters the damaged font prints (those keep their cost)."""
    return max(1.0, UNSEEN_COST - 1.6 * due)


PRIOR_LETTERS = 2000.0  # weight of the language's letter shares against a document's own
SURE_ABSENT = 4.0  # in a short document, a letter absent where this many were due is preferred


@lru_cache(maxsize=1)
def _letter_shares() -> dict[str, float]:
    """Each lower-case letter's share of the letters of Vietnamese text: the syllables'
    unigram probabilities from the shipped model, spelled out (computed once, ~0.3 s)."""
    lex = lexicon()
    tot: dict[str, float] = {}
    z = 0.0
    for s in sorted(lex.inventory):
        p = 10 ** lex.logprob(s)
        for ch in s:
            tot[ch] = tot.get(ch, 0.0) + p
        z += p * len(s)
    return {c: v / z for c, v in tot.items()} if z else {}


def repair_glyphs(doc: Document, config: Config) -> Document:
    lex = lexicon()
    if "(cid:" in view(doc).joined:  # (no line end inside the token: one search of the text)
        _repair_cid(doc, config, lex)
    texts = [ln.text for ln in doc.lines]
    cands = _candidate_lines(doc, lex)
    # the lines as the font printed them: which letters it prints is read from these, not
    # from a formula's fills (which print the letters it lost)
    printed_texts = list(texts)
    formula_letters, date_slots, formula_words = _fill_phrases(doc, config, cands, texts)
    for k, (used, words) in _fill_twins(doc, config, cands, texts).items():
        for x in used:
            formula_letters[x] = formula_letters.get(x, 0) + 1
        formula_words[k] = words
    # one lost glyph cuts many words: a document with fewer than three fragments (a name,
    # an abbreviation) is clean, and the search is not even started
    # A lost set (5-10 characters) cuts most words of a damaged line, so some line shows
    # two fragments or more ('C n  t c'), each a piece of a syllable; clean documents'
    # stray fragments are not pieces of Vietnamese syllables ('Iran', 'km', 'backup') or
    # come one a line, and the search is not started for them (it cost most of the
    # cascade's time on clean directives: the document model alone is a pass over it).
    cut = {k: p for k, v in cands.items() if (p := _syllable_piece_spans(texts[k], v, lex))}
    for k, words in formula_words.items():  # the words a formula restored were cut too
        cut[k] = sorted(set(cut.get(k, [])) | set(words))
    pieces = {k: len(v) for k, v in cut.items()}
    # (a fixed formula that lost letters is damage for sure: the search starts)
    if (sum(pieces.values()) < 3 or max(pieces.values(), default=0) < 2) and not formula_letters:
        # (no word cut: a font may still have lost digits only, its numbers' copies intact)
        digit_font_fills(doc, config)
        return doc
    # the document's own evidence comes from its intact lines only: a damaged line's
    # fragments ('hằn  tuần') must not vote for themselves
    dlm = DocumentLM([t for k, t in enumerate(texts) if k not in cands], lex)
    leftovers: dict[int, tuple[bool, set[str]]] = {}
    # the letters the damaged font prints, from the lines cut into pieces of syllables (a
    # schedule's rows with names the word lists lack, 'Đắk Mol', are no damaged lines)
    printed = damaged_printed(printed_texts, cut, PRINTED_SHARE)
    counts = infer_lost_set(doc, dlm, cands, leftovers, printed)
    total = sum(counts.values())
    # the lost set: characters the first pass needed at least twice; a clean document with
    # a stray fragment or two ('b/c', a name) yields no set and is left alone
    lost = {c: 0.0 for c, n in counts.items() if n >= 2}
    if not lost or total < 3:
        # light damage: one or two damaged lines (a heading, a table row) give the strict
        # first pass too few fills to name the set.  They still carry the signature of a
        # lost glyph: a run of spaces inside a stretch of words next to fragments that are
        # pieces of syllables ('H i n  ị lần'); the permissive second look (word-initial
        # fills, three a word) then names the letters, and only letters it needs twice
        # make a set.  Clean text has no such line and never gets here.
        costs = _light_damage_set(doc, dlm, cands, pieces, counts, printed)
        # the letters a fixed formula needed are lost for sure
        costs.update({c: 0.0 for c in formula_letters if c in ALPHABET})
        lost = {c: 0.0 for c, v in costs.items() if v == 0.0}
        if not lost:
            return doc
    else:
        # the second pass prefers the lost set but can still use a letter the first pass
        # used once (cost 2): a wrong guess of the set is not fatal
        costs = {c: (0.0 if c in lost else 2.0) for c in ALPHABET if counts.get(c)}
        costs.update({c: 0.0 for c in formula_letters if c in ALPHABET})
    _adjust_by_presence(costs, printed_texts, cut)
    # the second look: the sampled lines the first pass did not read whole with the set
    # (fragments left, or a fill with a letter outside it); a font the first pass read
    # whole costs nothing more
    unsure = {k: cands[k] for k, (left, used) in leftovers.items() if left or used - set(lost)}
    # only when the first pass found a small set: a font loses about half a dozen glyphs
    # or more, and the look costs a third of the repair's time (measured), which a set the
    # first pass found whole does not need
    if len(lost) < _SMALL_SET:
        _extend_lost_set(doc, dlm, unsure, costs, printed)
    # the document's intact phrases read into the damaged lines (after the second look,
    # which the set's size decides on: the first pass's own guess)
    for c, n in phrase_votes(texts, cands).items():
        if c in ALPHABET:
            costs[c] = 0.0 if n >= 2 else min(costs.get(c, 1.0), 1.0)
    doc.meta["lost_glyphs"] = "".join(sorted(c for c, v in costs.items() if v == 0.0))
    doc_printed = damaged_printed(printed_texts, cut)
    # letters no damaged line prints at all and the search does not try: a rare lost
    # letter the inference missed is among them (see :func:`rescue_word`)
    font_chars = set("".join(printed_texts[k] for k, v in cut.items() if len(v) >= 2))
    rescue = frozenset(c for c in ALPHABET if c not in costs and c not in font_chars)
    rescues: list[tuple[int, int, int, str, str, str]] = []
    rescue_memo: dict = {}
    solver = GlyphSolver(dlm, costs, fill_cost=1.0, allow_bare=True, max_fills=4)
    solver.doc_printed = doc_printed
    solver.intact_texts = intact_texts = [t for k, t in enumerate(texts) if k not in cands]
    lost_now = {c: v for c, v in costs.items() if v == 0.0}
    # a document whose intact lines never double a space between words does not double it
    # in its damaged lines either: there a space left over is a lost letter far more often
    # than the source's own ('v   nền nếp' is 'vào nền nếp', not 'và  nền nếp')
    tight = spacing_tight(texts, cands, lost_now)
    if tight:
        solver.run_cost = TIGHT_RUN_COST
    # (a document that spaces a mark now and then still does it rarely: there the space costs
    # what any unexplained space costs)
    mark_gap_cost = (0.0 if not MARK_GAPS else MARK_GAP_COST if spacing_tight(texts, cands, lost_now, marks=True)
                     else solver.run_cost)
    solver.mark_gap_cost = mark_gap_cost
    # two words of a damaged line one common word with a letter no fragment asked for ('Đi u
    # 3'): those lines only are searched with the letter too (every letter more at every
    # space of every line cost a tenth of the speed)
    joinable = {k: xs for k in cands if (xs := join_letters([texts[k]], lost_now, doc_printed, lex))}
    extra = set().union(*joinable.values()) if joinable else set()
    solver_x = solver
    if extra:
        solver_x = GlyphSolver(dlm, {**costs, **{c: costs.get(c, UNSEEN_COST) for c in extra}},
                               fill_cost=1.0, allow_bare=True, max_fills=4)
        if tight:
            solver_x.run_cost = TIGHT_RUN_COST
        solver_x.mark_gap_cost = mark_gap_cost
        solver_x.doc_printed = doc_printed
        solver_x.intact_texts = intact_texts
    # second pass: the fragment lines, and lines whose only trace is an odd space: a double
    # space ('hằn  tuần') or a space before punctuation ('riên .')
    # and lines whose words are all syllables, but two of them are one word with a lost
    # letter between them ('Y u cầu' = 'Yêu cầu', 'phê du ệt' = 'phê duyệt'), or whose last
    # word lost its last letter to the margin ('quốc gi  ')
    joins: dict[int, list[tuple[int, int]]] = {}
    work = dict(cands)
    for j, t in enumerate(texts):
        if len(t) > LONG_LINE:
            continue
        if j not in work and (_INNER_RUN.search(t) or _SPACE_PUNCT.search(t) or _CUT_YEAR.search(t)
                              or _RANGE_GAP.search(t) or _GLUED_RANGE_GAP.search(t)):
            work[j] = []
        # (a fragment line may hold such a pair too: 'Gi o Sở ... liên qu n')
        if " " in t.strip() and (js := join_spans(t, {**lost_now, **{c: 0.0 for c in joinable.get(j, ())}}, lex)):
            joins[j] = js
            work.setdefault(j, [])
    # list numbers that lost digits, from the list's count (before the search, which reads
    # a label with a lost digit as indentation: ' 2. Lái xe')
    # (the lines before these fills: a restored number's digits are no digits the font prints)
    original = list(texts)
    _fill_list_labels(doc, config, f"font lost glyphs '{''.join(sorted(lost))}': list number filled")
    texts = [ln.text for ln in doc.lines]
    doc_words = DocumentWords(texts, set(range(len(texts))) - set(cands), lost_now, lex)
    # (a name printed intact elsewhere may need a letter the inference missed, one the
    # damaged lines never print: a short document's few damaged lines name too few letters,
    # and the intact copy, fitting alone, is the evidence: 'M i Ch  ,' is 'Mai Châu')
    doc_names = DocumentNames(texts, set(range(len(texts))) - set(cands), lost_now, lex,
                              loose=frozenset(unprinted_letters(printed_texts, cut or cands)))
    # (the digits the damaged font prints: from the lines cut into pieces of syllables)
    font_digits = frozenset(lost_digits(texts, cut or cands))  # (strong evidence only: glyphbare)
    digits = set(font_digits) | unprinted_digits(texts, cut or cands)
    doc_numbers = DocumentNumbers(texts, set(range(len(texts))) - set(cands), digits, frozenset(lost_now))
    time_fills = DocumentTimes([texts[k] for k in set(range(len(texts))) - set(cands)], lost_now).fills
    # and lines whose only trace is a gap in a document's number the document prints intact
    # elsewhere (a heading in capitals: 'KẾT LUẬN SỐ 2 0-KL/TW', '210-KL/TW' in the text)
    for j, t in enumerate(texts):
        if j not in work and ((_CODE_GAP.search(t) or _NUMBER_SPACE_MARK.search(t)
                               or PHRASE_TWIN_YEARS and _YEAR_GAP.search(t)) and doc_numbers.fills(t)
                              or _SLASH_GAP.search(t)):
            work[j] = []
    codes = _recurring_codes(texts)
    for k, spans in work.items():
        t = texts[k]
        known = doc_words.fills(t) + doc_numbers.fills(t) + time_fills(t)
        thin = doc_numbers.thin
        if k in cands:  # (a name is cut into fragments: lines with an odd space only have none)
            taken = {c for c, _x in known}
            known += [f for f in doc_names.fills(t) if f[0] not in taken]
        if known:
            line = doc.lines[k]
            _record_fills(doc, line, [f for f in known if f[0] not in thin], _word_spans, 0.9,
                          ["the same word intact elsewhere in the document"],
                          f"font lost glyphs '{''.join(sorted(lost_now))}': spaces filled", config)
            if weak := [f for f in known if f[0] in thin]:
                _record_fills(doc, line, weak, _word_spans, THIN_TWIN_CONFIDENCE,
                              ["the same number intact elsewhere in the document, printed once or twice; "
                               "other numbers fit the lost digits too"],
                              f"font lost glyphs '{''.join(sorted(lost_now))}': spaces filled", config)
            t = texts[k] = line.text
        # odd spaces: runs inside the line and spaces before punctuation ('riên .')
        inner = [(m.start(), m.end()) for m in _INNER_RUN.finditer(t)]
        inner += [(m.start(), m.end()) for m in _SPACE_PUNCT.finditer(t)]
        if k in cands:
            # a damaged line's last word may have lost its last letter to the margin
            # ('quốc gi  ', 'đôn đố '): the last word and the spaces after it
            m = _TRAILING.search(t)
            if m:
                inner.append((m.start(1), m.end(2)))
        inner += joins.get(k, [])
        m = _GAP_LABEL.match(t)
        protected = frozenset(range(m.start(2), m.end(2))) if m else frozenset()
        # the date's day, month and year: digits or blanks ('ngày      tháng'), no letters
        protected |= date_slots.get(k, set())
        # the space after a code the document writes again and again ('Đ/c  Khánh', 'Đ/c :')
        # is a space: a code is not extended into a word ('Đ/cụ')
        protected |= {e.end() for e in _TOKEN.finditer(t) if e.group() in codes and e.end() < len(t)}
        protected |= label_indent(t)
        # a document number's slot before its code ('Kế hoạch số     /KH-BTNMT', a draft's
        # blank): digits or nothing, never a word
        protected |= {i for m in _NUMBER_SLOT.finditer(t) for i in range(m.start(), m.end())}
        protected |= {m.start() for m in _CODE_SPACE.finditer(t)}
        # the space beside an operator ('M = (1.300.000 đồng x P) x K'): a formula's symbol
        # is no syllable to complete ('Ma=')
        protected |= {m.start() for m in _OPERATOR_SPACE.finditer(t)}
        line_solver = solver_x if k in joinable else solver
        line_solver.bare_in_sentence = k not in cands
        new, fills, conf, alts = _solve_windows(line_solver, t, sorted(set(spans) | set(inner)), protected,
                                                strict=False,
                                                next_line=texts[k + 1] if k + 1 < len(texts) else None,
                                                printed=printed_texts[k],
                                                prev_line=texts[k - 1] if k > 0 else None)
        new, fills = rescore_fills(new, fills, line_solver)
        new, fills = rescore_left_over(new, fills, line_solver)
        new, fills = rescore_bare(new, fills, line_solver, strict=k not in cands, unprinted=rescue,
                                  digits=font_digits)
        # a lunar year's name before its year, from the sixty names ('Tân Sử  2021')
        new, fills = canchi_fills(new, fills)
        note = f"font lost glyphs '{''.join(sorted(lost))}': spaces filled"
        line = doc.lines[k]
        # one repair row per restored word, with the other syllables that fit its gaps
        for a, b in _word_spans(new, fills):
            cur = line.text
            word = new[a:b]
            prev_m = re.search(r"([^\W\d_]+)[ ,]*$", cur[:a])
            w_conf, w_alts = word_alternatives(word, [c - a for c, _ in fills if a <= c < b], line_solver,
                                               prev_m.group(1) if prev_m else None)
            record_change(doc, line, cur[:a] + word + cur[b:], "glyph", min(w_conf, max(conf, 0.5)),
                          alternatives=w_alts, threshold=config.review_threshold, note=note,
                          span=(a, cur[a:b], word))
            if rescue:
                next_m = _WORD_RIGHT.match(new, b)
                got = rescue_word(word, [c - a for c, _ in fills if a <= c < b], line_solver, rescue,
                                  prev_m.group(1) if prev_m else None, next_m.group(1) if next_m else None,
                                  rescue_memo)
                if got:
                    rescues.append((k, a, b, word, got[0], got[1]))
        # lost digits of section numbers, from the numbering around them (also in a line
        # whose words the font printed whole: '  . Diện tích')
        m = _GAP_LABEL.match(line.text)
        # (a sub-item's number goes on after the dot, ' . .' for '2.2.', ' .3.' for '2.3.':
        # :func:`_fill_label_gaps` reads it whole, a top-level number would not fit it)
        if m and not _LABEL_GOES_ON.match(line.text, m.end()) and (
                fills or re.match(r"\s*[^\W\d_]", line.text[m.end() + 1:])):
            label = infer_label([ln.text for ln in doc.lines], k)
            if label and len(label) <= len(m.group(1)) + len(m.group(2)):
                start = m.end(2) - len(label)
                record_change(doc, line, line.text[:start] + label + line.text[m.end(2):], "glyph", 0.9,
                              span=(start, line.text[start:m.end(2)], label),
                              alternatives=["section number from the numbering around it (the heading "
                                            "before and the sub-items after)"],
                              threshold=config.review_threshold, note=note)
        texts[k] = line.text
    _apply_rescues(doc, config, rescues)
    _fill_slash_forms(doc, config, original, work, {**lost, **{c: 0.0 for c in formula_letters}}, texts)
    _fill_list_counters(doc, config, printed_texts, f"font lost glyphs '{''.join(sorted(lost))}': list number filled")
    # numbers between the words an intact twin stands between, now that the words are whole
    for k in work:
        if fills := doc_numbers.context_fills(doc.lines[k].text):
            _record_fills(doc, doc.lines[k], fills, _number_spans, 0.85,
                          ["the same number between the same words intact elsewhere in the document"],
                          f"font lost glyphs '{''.join(sorted(lost))}': digits filled", config)
        # and the numbers the intact lines print (with the same code after them: 'Nghị quyết
        # 71/NQ-CP' printed intact, 'quyế   1/NQ-CP' damaged) that the first reading left
        # alone because the word beside the gap had lost a letter too (which space was the
        # digit?): the search has restored the word, the gap is the number's alone now
        if fills := doc_numbers.fills(doc.lines[k].text, strong_only=True):
            thin = doc_numbers.thin
            for weak in (False, True):
                if part := [f for f in fills if (f[0] in thin) == weak]:
                    _record_fills(doc, doc.lines[k], part, _number_spans, THIN_TWIN_CONFIDENCE if weak else 0.9,
                                  ["the same number intact elsewhere in the document" + (
                                      ", printed once or twice; other numbers fit the lost digits too" if weak else "")],
                                  f"font lost glyphs '{''.join(sorted(lost))}': digits filled", config)
    # (the digits a formula restored, 'COVID- 9', 'Như Điều  ', are lost digits, not digits
    # the font prints: the number step reads the lines without them, and counts them used)
    font_lines = [o if len(o) != len(p) else "".join(" " if pc == " " and oc.isdigit() else oc
                                                     for oc, pc in zip(o, p))
                  for o, p in zip(original, printed_texts)]
    _fill_number_gaps(doc, config, font_lines, cands, work, lost, cut)
    _fill_label_gaps(doc, config, f"font lost glyphs '{''.join(sorted(lost))}': section number filled")
    _fill_letter_labels(doc, config, costs, f"font lost glyphs '{''.join(sorted(lost))}': list letter filled")
    _fix_trong_before_duration(doc, config, original, work, lost)
    _note_ambiguous_numbers(doc, work, doc_numbers.ambiguous)
    return doc


def _note_ambiguous_numbers(doc: Document, work: dict, ambiguous: dict[str, list[str]]) -> None:
    """A review note (low confidence, changes nothing) on each line that still holds a
    number with lost digits several of the document's printed numbers fit: which ones."""
    if not ambiguous:
        return
    for k in sorted(work):
        line = doc.lines[k]
        for piece, fits in ambiguous.items():
            if piece in line.text:
                record_note(doc, line, f"lost digits of '{piece.strip()}' left as a gap: the document "
                                       f"prints several numbers that fit ({', '.join(fits)})")


# 'tr ng' before a count and a unit of time ('tr ng 03 năm', 'tr ng 05 ngày làm việc', 'tr ng
# 2 tháng') is 'trong' (within): a page ('trang') is never counted in days or years, yet the
# language model, which reads 'trang' before numbers ('trang 3'), fills the 'a'
_TRANG_DURATION = re.compile(r"(?<![^\W\d_])([Tt])rang( (?:\d{1,3}|[\d ]{2,3}) (?:ngày|tháng|năm|tuần|giờ|phút|quý|"
                             r"NGÀY|THÁNG|NĂM|TUẦN|GIỜ|PHÚT|QUÝ)(?![^\W\d_]))")


def _fix_trong_before_duration(doc: Document, config: Config, original: list[str], work: dict,
                               lost: dict) -> None:
    """'trang' the search filled before a count of days, months or years is 'trong' when
    the font may have lost the 'o' (the gap in the original line, where 'tra' and 'ng'
    are printed as the fill read them)."""
    if "o" not in lost:
        return
    for k in work:
        line = doc.lines[k]
        if "rang " not in line.text:
            continue
        text = line.text
        for m in _TRANG_DURATION.finditer(text):
            a = m.start()
            # the original printed the 'tr', lost the vowel, printed the 'ng' ('tr ng')
            if original[k][a:a + 5].lower() != "tr ng":
                continue
            new = text[:a + 2] + "o" + text[a + 3:]
            record_change(doc, line, new, "glyph", 0.8,
                          alternatives=["trang"], threshold=config.review_threshold,
                          note=f"font lost glyphs '{''.join(sorted(lost))}': 'trong' before a duration",
                          span=(a, text[a:a + 5], new[a:a + 5]))
            text = new


# the lost set of a lightly damaged document (:func:`_light_damage_set`) takes every letter the
# second look used, the first pass's letters it confirmed too.  False: only the letters whose
# cost the look changed (needed twice, or new) count (the reading before session 23).
LIGHT_CONFIRMED = True


def _light_damage_set(doc: Document, dlm: DocumentLM, cands: dict[int, list[tuple[int, int]]],
                      pieces: dict[int, int], counts: dict[str, int], printed: frozenset[str]) -> dict[str, float]:
    """The lost set of a lightly damaged document (see repair_glyphs): the lines with two
    syllable-piece fragments or more and a run of spaces inside the line are read by the
    second look with every letter allowed, the first pass's letters preferred.  Returns
    the costs: empty when no line shows the signature."""
    sig = {k: cands[k] for k, n in pieces.items() if n >= 2 and _INNER_RUN.search(doc.lines[k].text.strip())}
    if not sig:
        return {}
    costs = {c: 1.0 for c in counts}
    before = dict(costs)
    looked = _extend_lost_set(doc, dlm, sig, costs, printed)
    # one or two lines cannot show a letter twice: each letter the look needed (beyond the
    # first pass's guesses) joins the set, when the look needed two letters at least (one
    # fill in a document is a stray, not a font)
    used = {c for c, v in costs.items() if before.get(c) != v}
    if LIGHT_CONFIRMED:
        # and a first-pass letter the look used again, once is enough: two short damaged lines
        # ('thông b   để     đ n vị ... thự  hiện') show each letter once, so the first pass's
        # 'á', 'o', 'ơ' ('báo', 'đơn') kept their cost of 1 when the look confirmed them, and
        # with one new letter ('c' of 'thực') the set stayed empty and the lines untouched
        used |= set(looked)
    if len(used) >= 2:
        for c in used:
            costs[c] = 0.0
    return costs


_LETTER_SEQ = "abcdđeghiklmnopqrstuvxy"  # the letters of lists ('a)', 'b)', ... 'đ)', 'e)': no f, j, w, z)
_LETTER_LABEL_AT = re.compile(r"^\s*([a-zđ])\)\s")
_GAP_LETTER_LABEL = re.compile(r"^(\s*) \)(?=\s+\S)")


def infer_letter_label(lines: list[str], idx: int) -> str | None:
    """The letter a list item lost (' ) Chủ trì, ...'), from its siblings: the one after
    the letter above, the one before the letter below.  A numbered or higher heading in
    between ends the look (each numbered item starts its list again at 'a)'); siblings
    that disagree say nothing."""
    nxt = prev = None
    for j in range(idx + 1, min(len(lines), idx + 200)):
        m = _LETTER_LABEL_AT.match(lines[j])
        if m:
            k = _LETTER_SEQ.find(m.group(1))
            nxt = _LETTER_SEQ[k - 1] if k > 0 else None
            break
        if _LABEL_AT.match(lines[j]) or _HIGHER_HEADING.match(lines[j]):
            break
    for j in range(idx - 1, max(-1, idx - 200), -1):
        m = _LETTER_LABEL_AT.match(lines[j])
        if m:
            k = _LETTER_SEQ.find(m.group(1))
            prev = _LETTER_SEQ[k + 1] if 0 <= k < len(_LETTER_SEQ) - 1 else None
            break
        if _LABEL_AT.match(lines[j]) or _HIGHER_HEADING.match(lines[j]):
            prev = "a"  # the first item under its heading
            break
    if prev and nxt and prev != nxt:
        return None
    return nxt or prev


def _fill_letter_labels(doc: Document, config: Config, costs: dict[str, float], note: str) -> None:
    """List items whose letter the font lost (' ) Khẩn trương ...' between a numbered item
    and 'b)'): the letter the siblings tell, if the font may have lost it (``costs``)."""
    texts = [ln.text for ln in doc.lines]
    for k, t in enumerate(texts):
        m = _GAP_LETTER_LABEL.match(t)
        if not m:
            continue
        label = infer_letter_label(texts, k)
        if not label or label not in costs:
            continue
        line = doc.lines[k]
        col = m.end(1)
        record_change(doc, line, t[:col] + label + t[col + 1:], "glyph", 0.85, span=(col, " ", label),
                      alternatives=["list letter from the items around it"],
                      threshold=config.review_threshold, note=note)
        texts[k] = line.text


_LETTERS_AT = re.compile(r"[^\W\d_]+")
_TRAILING_RUN = re.compile(r"([^\W\d_]+)( {2,})$")


def join_spans(text: str, lost: dict[str, float], lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of ``text`` where two words one space apart are one syllable with a lost letter
    in that space ('Y u' = 'Yêu', 'du ệt' = 'duyệt'), or where the last word and two or more
    spaces after it are a syllable with its last letter lost ('gi  ' = 'gia').  Both words
    may be syllables themselves (the word lists hold 'u', 'gi', 'ệt'), so no fragment shows;
    one of them must be rare (RARE_WORD: two common words side by side are what they seem,
    and searching them cost more time than it found).  The search on these spans decides,
    the model weighing the join against the two words."""
    if not lost:
        return []
    out: list[tuple[int, int]] = []
    toks = [(m.start(), m.end(), m.group().lower()) for m in _LETTERS_AT.finditer(text)]
    for (a1, b1, w1), (a2, b2, w2) in zip(toks, toks[1:]):
        if (a2 == b1 + 1 and len(w1) + len(w2) <= 6
                and (min(_unigram(w1), _unigram(w2)) < RARE_WORD or _capital_letter_pair(text, a1, b1, b2))
                and any(lex.is_syllable(w1 + x + w2) for x in lost)):
            out.append((a1, b2))
    m = _TRAILING_RUN.search(text)
    if (m and len(m.group(1)) <= 6 and _unigram(m.group(1).lower()) < RARE_WORD
            and any(lex.is_syllable(m.group(1).lower() + x) for x in lost)):
        out.append((m.start(1), m.end(2)))
    return out


# a capital letter alone before a lower-case word is read as one word with a lost letter
# between them ('Bộ X y dựng' = 'Bộ Xây dựng', '2. Y u cầu' = '2. Yêu cầu') though both
# halves are common alone (the Roman ten, 'y' of 'y tế'); False: the reading before session 28
CAPITAL_LETTER_JOINS = True


def _capital_letter_pair(text: str, a1: int, b1: int, b2: int) -> bool:
    """``text[a1:b1]`` is one capital letter and the word after it (to ``b2``) is in lower
    case: a pair no sentence writes whole ('X y', 'Y u'), where a list's letters ('A, B và
    C'), a Roman number ('Khóa X, kỳ họp') and initials ('Nguyễn V. A') are never followed
    by a lower-case word one space on.  The search then weighs the join against the two."""
    return (CAPITAL_LETTER_JOINS and b1 - a1 == 1 and text[a1].isupper()
            and text[b1 + 1:b2].islower() and (b2 == len(text) or not text[b2].isalnum()))


def join_letters(texts: list[str], costs: dict[str, float], printed: frozenset[str], lex: Lexicon) -> set[str]:
    """Letters outside the lost set (``costs`` 0) that join two words of a damaged line into
    a common word: 'Đi u 3' is 'Điều 3' with 'ề' lost, though no fragment asked for 'ề'
    (both 'đi' and 'u' are syllables, and 'Điều' may be the only word of the font with
    it).  One of the two must be rare alone (RARE_WORD), the join common (COMMON_JOIN), and
    the letter one the damaged font never prints; the search then weighs the join at the
    letter's cost (an unnamed letter's, UNSEEN_COST, at most), against the two words as
    they stand."""
    out: set[str] = set()
    lex_ok = lex.is_syllable
    for t in texts:
        toks = [(m.start(), m.end(), m.group().lower()) for m in _LETTERS_AT.finditer(t)]
        for (a1, b1, w1), (a2, b2, w2) in zip(toks, toks[1:]):
            if a2 != b1 + 1 or len(w1) + len(w2) > 6 or min(_unigram(w1), _unigram(w2)) >= RARE_WORD:
                continue
            # both words whole syllables (a fragment asks for its letters itself), the join
            # commoner than either of them, the commonest join only
            if not (lex_ok(w1) and lex_ok(w2)):
                continue
            best = max(((_unigram(w1 + x + w2), x) for x in _join_fills(w1, w2)
                        if costs.get(x) != 0.0 and x not in printed), default=None)
            if best and best[0] > max(COMMON_JOIN, _unigram(w1), _unigram(w2)):
                out.add(best[1])
    return out


def _join_fills(w1: str, w2: str) -> str:
    """The letters that make ``w1`` + letter + ``w2`` a syllable prefix letter by letter."""
    nxt = _next_chars()
    return "".join(x for x in nxt.get(w1, "") if w1 + x + w2 in _prefixes())


COMMON_JOIN = -3.5  # log10 unigram of a join worth an unnamed letter ('điều' -2.4)
RARE_WORD = -3.9  # log10 unigram: a word this rare ('u', 'gi', 'ệt') may be half of one


@lru_cache(maxsize=50_000)
def _unigram(word: str) -> float:
    # (a syllable the model never counted is rare here too: Lexicon.seen_logprob)
    return lexicon().seen_logprob(word)


# the letters a part heading's fills used (glyphheadings) count as lost for sure, as a fixed
# formula's do (False: the heading is read, the lost set is inferred without it)
HEADING_LETTERS_LOST = True


def _fill_phrases(doc: Document, config: Config, cands: dict[int, list[tuple[int, int]]],
                  texts: list[str]) -> tuple[dict[str, int], dict[int, set[int]], dict[int, list[tuple[int, int]]]]:
    """The fixed formulas (pipeline.repair.glyphphrases), before anything else: they need
    no lost set, and a short document may have too few damaged lines to find one.  A line
    the formula fills whole stays a candidate with no fragments.  Returns the letters the fills used
    (lost for sure: the formula printed a space where each stands) and, per line, the
    columns of the date's slots (digits or blanks, never letters), and the spans of the
    words the formulas restored."""
    used: dict[str, int] = {}
    slots: dict[int, set[int]] = {}
    words: dict[int, list[tuple[int, int]]] = {}
    todo = list(cands)
    # a header's or closing's label that lost letters ('S : /QĐ-UBND', '- L  : VT'): its
    # line may hold no fragment token the candidates are found by
    if LABEL_LINES.search(view(doc).joined):
        todo += [k for k, t in enumerate(texts) if k not in cands and LABEL_LINES.match(t)]
    # 'Như Điều  ;' in the Nơi nhận: its words whole, the article's number lost
    if "Như Điều  " in view(doc).joined:
        todo += [k for k, t in enumerate(texts) if k not in cands and k not in todo and "Như Điều  " in t]
    # a part's heading that lost letters ('I. Mụ  đí  ,   u   u'): a short line whose pieces
    # may not make it a candidate (HEADING_FORMULAS)
    todo += [k for k, t in enumerate(texts) if k not in cands and k not in todo and heading_fills(t)]
    # the closed lists (a header's place, a weekday's name): the document's intact text
    # says which of two names that fit it prints, the issuer whether Hà Nội is the place
    intact = "\n".join(t for j, t in enumerate(texts) if j not in cands) if CLOSED_LISTS else ""
    central = bool(CLOSED_LISTS and _CENTRAL.search("\n".join(texts[:12])))
    for k in todo:
        fills = phrase_fills(texts[k]) + as_article_fills(texts, k)
        # a part's heading alone after its label, from a closed list ('1. Mụ  đ   ' is 'Mục đích')
        heads = heading_fills(texts[k]) if not fills else []
        if heads:
            line = doc.lines[k]
            _record_fills(doc, line, heads, _word_spans, 0.9,
                          ["a plan's or a decision's part heading alone after its label, from a closed list "
                           "('Mục đích', 'Yêu cầu', 'Mục tiêu cụ thể', 'Phạm vi điều chỉnh', ...)"],
                          "font lost glyphs: a part heading", config)
            texts[k] = line.text
            if HEADING_LETTERS_LOST:
                for _c, x in heads:
                    used[x.lower()] = used.get(x.lower(), 0) + 1
            words[k] = sorted(set(words.get(k, [])) | set(_word_spans(texts[k], heads)))
            cands[k] = fragment_spans(texts[k], lexicon())
        if CLOSED_LISTS:
            taken = {c for c, _x in fills}
            named = [f for f in place_fills(texts[k], intact, central) + weekday_fills(texts[k]) if f[0] not in taken]
            if named:
                line = doc.lines[k]
                _record_fills(doc, line, named, _word_spans, 0.85,
                              ["a name from a closed list: the province or its capital before the document's "
                               "date, a weekday after 'Thứ'"], "font lost glyphs: a name from a closed list", config)
                texts[k] = line.text
                for _c, x in named:
                    used[x.lower()] = used.get(x.lower(), 0) + 1
                words[k] = _word_spans(texts[k], named)
                cands[k] = fragment_spans(texts[k], lexicon())
        date, date_slots = date_fills(texts[k])
        if date_slots:
            slots[k] = date_slots
        if not fills and not date:
            continue
        line = doc.lines[k]
        if fills:
            _record_fills(doc, line, fills, _word_spans, 0.95,
                          ["a fixed formula every directive prints (the motto, the country's name, 'Căn cứ', a header's or closing's label, 'Như Điều N')"],
                          "font lost glyphs: a fixed formula", config)
        if date:
            _record_fills(doc, line, date, _word_spans, 0.95,
                          ["the date formula every directive prints: 'ngày .. tháng .. năm ..'"],
                          "font lost glyphs: a fixed formula", config)
        for _c, x in fills + date:
            used[x.lower()] = used.get(x.lower(), 0) + 1
        texts[k] = line.text
        words[k] = sorted(set(words.get(k, [])) | set(_word_spans(texts[k], fills + date)))
        # a damaged line still (its numbers may have lost digits too), with the fragments left
        cands[k] = fragment_spans(texts[k], lexicon())
    # the date formula a hard-wrapped copy breaks over two lines ('Trà Vinh, ngày 13' /
    # 't  n  5 n    0 4'): the two lines read as one, the break the space between its parts
    pairs = sorted({(a, a + 1) for k in todo for a in (k - 1, k) if a >= 0 and a + 1 < len(texts)})
    for a, b in pairs:
        f1, f2, s1, s2 = wrapped_date_fills(texts[a], texts[b])
        for j, got, cols in ((a, f1, s1), (b, f2, s2)):
            if cols:
                slots[j] = slots.get(j, set()) | cols
            if not got:
                continue
            line = doc.lines[j]
            _record_fills(doc, line, got, _word_spans, 0.95,
                          ["the date formula every directive prints ('ngày .. tháng .. năm ..'), "
                           "wrapped over two lines"],
                          "font lost glyphs: a fixed formula", config)
            for _c, x in got:
                used[x.lower()] = used.get(x.lower(), 0) + 1
            texts[j] = line.text
            words[j] = sorted(set(words.get(j, [])) | set(_word_spans(texts[j], got)))
            cands[j] = fragment_spans(texts[j], lexicon())
    return used, slots, words


def _fill_twins(doc: Document, config: Config, cands: dict[int, list[tuple[int, int]]],
                texts: list[str]) -> dict[int, tuple[list[str], list[tuple[int, int]]]]:
    """Lines the document prints whole again and again (a gazette's running header 'CÔNG
    BÁO/Số 1091 + 1092/Ngày 03-11-2023', a page heading) read into a damaged copy: the copy
    is the repeated line with some of its characters printed as spaces ('CÔNG BÁO/S  10 1 +
    10 2/N    03-11-2023').  The line printed intact twice or more is the evidence; a copy
    that two such lines fit, or that shows no trace of damage of its own (a fragment or a
    double space), is left alone.  Returns, per filled line, the letters used (lost for
    sure) and the spans of the words restored."""
    if not cands:
        # only a candidate line or one with an inner run of spaces is filled (a run never
        # spans a line end: '\n' is no \S)
        joined = "\n".join(texts)
        if "  " not in joined or not _INNER_RUN.search(joined):
            return {}
    counts: dict[str, int] = {}
    for t in texts:
        if " " in t.strip() and len(t) <= 300:
            key = t.strip()
            counts[key] = counts.get(key, 0) + 1
    twins: dict[int, list[str]] = {}
    for t, n in counts.items():
        if n >= 2:
            twins.setdefault(len(t), []).append(t)
    out: dict[int, tuple[list[str], list[tuple[int, int]]]] = {}
    if not twins:
        return out
    for k, t in enumerate(texts):
        core = t.strip()
        if core in counts and counts[core] >= 2 or len(core) not in twins:
            continue
        if k not in cands and not _INNER_RUN.search(core):
            continue
        fits = [w for w in twins[len(core)]
                if all(a == b or a == " " and b.isalnum() for a, b in zip(core, w))]
        if len(fits) != 1:
            continue
        w = fits[0]
        off = t.index(core)
        fills = [(off + i, b) for i, (a, b) in enumerate(zip(core, w)) if a != b]
        if not fills or len(fills) * 3 > sum(ch.isalnum() for ch in w):
            continue  # too little of it printed to be sure
        line = doc.lines[k]
        _record_fills(doc, line, fills, lambda text, f: _spans_of_fills(text, f, str.isalnum), 0.95,
                      ["the same line printed whole elsewhere in the document"],
                      "font lost glyphs: a line the document repeats", config)
        texts[k] = line.text
        out[k] = ([x.lower() for _c, x in fills if x.isalpha()], _word_spans(texts[k], fills))
        cands[k] = fragment_spans(texts[k], lexicon())
    return out


# the paired words and abbreviations of a directive written with a slash: the comrade of a
# Party letter ('đ/c Nguyễn Văn A', 'các đ/c'), a public office's reply to a citizen ('quý
# Ông/Bà'), a form's 'Anh/Chị'.  The slash cuts the pair into a word and a fragment the
# syllable search leaves alone (a one-letter code: 'đ/ ', 'Ông/B '), or fills from the
# word alone ('Ông/Bộ'); the pair is whole once its tail's letters are lost ones.
_SLASH_FORMS = ("đ/c", "Đ/c", "Đ/C", "Ông/Bà", "ông/bà", "Ông/bà", "ÔNG/BÀ", "Anh/Chị", "anh/chị", "Anh/chị")
_SLASH_TOKEN = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,6})/([^\W\d_]{2,6})(?![^\W\d_])")


def _fill_slash_forms(doc: Document, config: Config, original: list[str], work: dict,
                      lost: dict, texts: list[str]) -> None:
    """A slash pair's lost tail ('quý Ông/B  phản ánh', 'các đ/  trong ban'): the forms of
    _SLASH_FORMS and the pairs the document prints intact ('Anh/Chị' in a clean line), when
    the tail's letters are lost ones and the gap is as wide as they are (one real space
    before the next word).  Read in the line as the font printed it: a fill the search made
    from the pair's first word alone ('Ông/Bộ') is replaced."""
    forms = set(_SLASH_FORMS)
    for k, t in enumerate(original):  # (intact lines only: a damaged line's pair is a guess)
        if "/" in t and k not in work:
            forms |= {m.group() for m in _SLASH_TOKEN.finditer(t)}
    by_head: dict[str, list[str]] = {}
    for f in forms:
        by_head.setdefault(f.split("/")[0] + "/", []).append(f)
    for k in sorted(work):
        orig, line = original[k], doc.lines[k]
        if "/" not in orig or len(line.text) != len(orig):
            continue
        fills: list[tuple[int, str]] = []
        for head, options in by_head.items():
            start = orig.find(head)
            while start >= 0:
                if start == 0 or not orig[start - 1].isalpha():
                    at = start + len(head)
                    got = []
                    for f in options:
                        tail = f[len(head):]
                        for cut in range(len(tail)):  # the tail's printed part, then its lost part
                            shown, gone = tail[:cut], tail[cut:]
                            end = at + len(tail)
                            if orig[at:at + cut] != shown or orig[at + cut:end] != " " * len(gone):
                                continue
                            if any(ch.lower() not in lost for ch in gone):
                                continue
                            after = orig[end:end + 1]
                            # one real space before the next word, or a mark, or the line's end
                            if after and not (after in ".,;:)!?" or after == " " and orig[end + 1:end + 2] not in (" ", "")):
                                continue
                            got.append((f, cut))
                    if len({f for f, _c in got}) == 1:
                        f, cut = got[0]
                        fills += [(at + i, ch) for i, ch in enumerate(f[len(head):]) if i >= cut]
                start = orig.find(head, start + 1)
        if not fills:
            continue
        cur = list(line.text)
        changes = [(c, x) for c, x in fills if cur[c] != x]
        if not changes:
            continue
        # (a fill the search made into the gap, 'Ông/Bộ': the word is read again whole)
        _record_fills(doc, line, changes, lambda text, f: _spans_of_fills(text, f, lambda ch: ch.isalpha() or ch == "/"),
                      0.85, ["a slash pair a directive writes ('đ/c', 'Ông/Bà') or the document prints intact"],
                      f"font lost glyphs '{''.join(sorted(lost))}': spaces filled", config)
        texts[k] = line.text


# a law the gazette cites this often by name (models/cited_laws.tsv) fills its gaps with a
# confidence above the review threshold; one cited less often is filled, flagged for review
LAW_SURE_COUNT = 5
# a citation the gazette holds once, a third of its digits lost: filled, flagged for review
THIN_CITED_CONFIDENCE = 0.75
# an anniversary whose count and a year both lost digits: filled, flagged for review
THIN_ARITHMETIC_CONFIDENCE = 0.75


def _fill_number_gaps(doc: Document, config: Config, original: list[str],
                      cands: dict[int, list[tuple[int, int]]], work: dict, lost: dict,
                      cut: dict[int, list[tuple[int, int]]] | None = None) -> None:
    """Lost digits no intact twin restores (pipeline.repair.glyphdigits): years, days and
    months from the digits the damaged lines never print; then, with the digits those
    fills showed lost, the other numbers of the damaged lines.  A line whose only trace
    is an odd space gets its years only."""
    damaged = list(work)
    if not damaged:
        return
    # the digits the damaged font prints come from the lines cut into pieces of syllables
    # (``cut``): a schedule's clean rows with a name or a time print every digit
    bad = cut or cands
    gaps = NumberGaps([t for k, t in enumerate(original) if k not in cands],
                      [original[k] for k, v in bad.items() if len(v) >= 2] or [original[k] for k in bad])
    gaps.likely = lost_digits(original, bad)
    gaps.unshown = {d for d in "0123456789" if not any(d in t for t in original)}
    # the digits earlier steps restored (the same number intact elsewhere, a list's count)
    # are lost for sure: the second round may use them ('số  9/2025' is '59/2025' once
    # '2025' showed '5' lost)
    for k in damaged:
        cur = doc.lines[k].text
        if len(cur) == len(original[k]):
            gaps.used |= {b for a, b in zip(original[k], cur) if a == " " and b.isdigit()}
    note = f"font lost glyphs '{''.join(sorted(lost))}': digits filled"
    # a cited document the gazette cites too, number and date together (models/cited.tsv)
    may_lose = gaps.candidates | gaps.likely | gaps.used
    for k in sorted(damaged):
        line = doc.lines[k]
        # a law cited by its name, its number or date with gaps (models/cited_laws.tsv):
        # a law the gazette cites often is surer than one it cites twice
        prev = doc.lines[k - 1].text if k > 0 and WRAPPED_CITATIONS else None
        if fills := law_fills(line.text, may_lose) or _wrapped(
                lambda t: law_fills(t, may_lose), prev, line.text):
            for sure in (True, False):
                part = [(c, x) for c, x, n in fills if (n >= LAW_SURE_COUNT) == sure]
                if part:
                    _record_fills(doc, line, part, _number_spans, 0.85 if sure else 0.7,
                                  ["the gazette cites the law of this name with this number or date"], note, config)
        thin = set()
        if not (fills := cited_fills(line.text, may_lose, thin)) and prev:
            wthin: set[int] = set()
            fills = _wrapped(lambda t: cited_fills(t, may_lose, wthin), prev, line.text)
            thin = {c - len(prev) - 1 for c in wthin if c > len(prev)}
        if fills:
            for weak in (False, True):
                if part := [f for f in fills if (f[0] in thin) == weak]:
                    _record_fills(doc, line, part, _number_spans, THIN_CITED_CONFIDENCE if weak else 0.85,
                                  ["a document the gazette cites with the same code and date" + (
                                      " (cited once there, a third of the digits lost)" if weak else "")], note, config)
            # (its digits are not added to the digits shown lost: the rounds below keep
            # their own evidence, a year there is read from the fills of its kind)
        # a law's date whose month was lost whole: the one month the National Assembly sat
        # in that year that the gaps allow (models/law_dates.tsv), a digit no line prints
        # counted as possibly lost too
        month_digits = may_lose | gaps.unshown
        if fills := law_month_fills(line.text, month_digits) or _wrapped(
                lambda t: law_month_fills(t, month_digits), prev, line.text):
            _record_fills(doc, line, fills, _number_spans, LAW_MONTH_CONFIDENCE,
                          ["the months the National Assembly passes laws in, that year"], note, config)
    # (the digits they restore are not added to the digits shown lost: measured, a year
    # the rounds below fill from them grows ambiguous more often than a guess is saved)
    _fill_anniversaries(doc, config, damaged, may_lose, note)
    notes: dict[int, dict[str, list[str]]] = {}
    for second in (False, True):
        gaps.own_year = own_date_year([ln.text for ln in doc.lines])
        for k in sorted(damaged):
            line = doc.lines[k]
            fills = gaps.fills(line.text, second, years_only=k not in cands and line.text == original[k],
                               after=doc.lines[k + 1].text if k + 1 < len(doc.lines) else "")
            if second and gaps.refused:
                notes[k] = dict(gaps.refused)
            if not fills:
                continue
            by_weekday = gaps.weekday_cols
            if plain := [f for f in fills if f[0] not in by_weekday]:
                _record_fills(doc, line, plain, _number_spans, 0.8 if not second else 0.7,
                              ["the digits the damaged font never prints, and what the "
                               "number is (a year near the document's, a day, a month)"], note, config)
            if weekday := [f for f in fills if f[0] in by_weekday]:
                _record_fills(doc, line, weekday, _number_spans, THIN_CITED_CONFIDENCE if not second else 0.7,
                              ["the weekday the document names beside the date (flagged: its own weekday "
                               "may be a misprint)"], note, config)
    # (again: a year the rounds filled may complete an anniversary's arithmetic)
    _fill_anniversaries(doc, config, damaged, may_lose | gaps.used, note)
    # a document's number or a plain number the document pins (pipeline.repair.glyphpins):
    # flagged for review, with the values weighed
    shares, intact_digits = digit_shares([t for k, t in enumerate(original) if k not in cands])
    for k in sorted(damaged):
        line = doc.lines[k]
        if k not in cands and line.text == original[k] and len(_SPACE_RUN.findall(line.text.strip())) > 1:
            continue  # (a line whose only trace is an odd space, and which spaces out other
            # words as well: 'Số:  14/KH- THTBS      Phong Sơn, ngày 27 tháng 9  năm', aligned)
        fills = pinned_fills(gaps, line.text, shares, intact_digits)
        for conf in sorted({f[2] for f in fills}):
            part = [(c, x) for c, x, cf, _w in fills if cf == conf]
            weighed = sorted({v for _c, _x, cf, values in fills if cf == conf for v in values})
            _record_fills(doc, line, part, _number_spans, conf,
                          [f"the only value the font's lost digits leave: {', '.join(weighed)} weighed"
                           if len(weighed) > 1 else "the only digit the damaged font may have lost"], note, config)
    # a list item between two whole neighbours two apart ('Điều 5, 6,  , 8'): the number
    # between them (pipeline.repair.glyphsequence), flagged for review
    seq_may = gaps.candidates | gaps.likely | gaps.used
    for k in sorted(damaged):
        if fills := sequence_fills(doc.lines[k].text, seq_may):
            _record_fills(doc, doc.lines[k], fills, _number_spans, SEQUENCE_CONFIDENCE,
                          ["the number between its two neighbours in the list"], note, config)
        # a solar date and its lunar twin after 'tức' / 'nhằm' (pipeline.repair.glyphlunar)
        if fills := lunar_fills(doc.lines[k].text, seq_may):
            _record_fills(doc, doc.lines[k], fills, _number_spans, LUNAR_CONFIDENCE,
                          ["the same day in the other calendar, printed whole beside it"], note, config)
    # the gaps the second round would have filled on thin evidence: a review note with the
    # numbers that fit (a document's number, or a year the likely lost digits leave open)
    for k, refused in sorted(notes.items()):
        for piece, fits in refused.items():
            if piece not in doc.lines[k].text:
                continue  # (filled since, pinned by the document: glyphpins)
            record_note(doc, doc.lines[k], f"lost digits of '{piece.replace(' ', '_')}' left as a gap: the digits the font "
                                           f"lost allow {', '.join(fits)}" + (" and more" if len(fits) >= 5 else ""))


_SPACE_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")


# the province or its capital before the document's date and a weekday's name after 'Thứ',
# from their closed lists (pipeline.repair.glyphphrases.place_fills / weekday_fills)
CLOSED_LISTS = True


# a citation a hard wrap breaks over two lines ('Căn cứ Luật Tổ chức chính' / 'quyền địa
# phương ngày 19 tháng   năm 2015;'): read with the line before (see :func:`_wrapped`)
WRAPPED_CITATIONS = True
_SENTENCE_DONE = re.compile(r"[.;:!?]\s*$")


def _wrapped(fills_of: Callable[[str], list], prev: str | None, text: str) -> list:
    """``fills_of`` run on the line before and this one read as one line (a space for the
    break), when the line before runs on into this one (it ends in no mark that closes a
    sentence or an item): a law's name or a cited document's number on the line before,
    its date on this one.  Only this line's fills are kept, in its own columns (the line
    before was read on its own already)."""
    if not prev or not prev.strip() or _SENTENCE_DONE.search(prev) or not text.strip():
        return []
    cut = len(prev) + 1
    return [(f[0] - cut,) + tuple(f[1:]) for f in fills_of(prev + " " + text) if f[0] >= cut]


def _fill_anniversaries(doc: Document, config: Config, damaged: list[int], digits: set[str], note: str) -> set[str]:
    """An anniversary's count of years and the two dates it spans, one reading of their
    gaps (pipeline.repair.glyphyears): 'kỷ niệm 6  năm ... (07/5/1954-07/5/2021)' is 67.
    Returns the digits the fills used."""
    used: set[str] = set()
    for k in sorted(damaged):
        line = doc.lines[k]
        thin: set[int] = set()
        if fills := anniversary_fills(line.text, digits, thin):
            for weak in (False, True):
                if part := [f for f in fills if (f[0] in thin) == weak]:
                    _record_fills(doc, line, part, _number_spans, THIN_ARITHMETIC_CONFIDENCE if weak else 0.85,
                                  ["an anniversary's count is the difference of the years it spans" + (
                                      "; the count and a year both lost digits" if weak else "")], note, config)
            used |= {x for _c, x in fills}
    return used


def _record_fills(doc: Document, line: Line, fills: list[tuple[int, str]],
                  spans: Callable[[str, list[tuple[int, str]]], list[tuple[int, int]]],
                  confidence: float, alternatives: list[str], note: str, config: Config) -> None:
    """Write ``fills`` (column, character) into ``line``: one repair row per word or number
    (``spans``) that holds a fill, all with the same confidence and reason."""
    chars = list(line.text)
    # (a formula read past a trimmed line end: its last letters extend the line)
    chars += [" "] * (max((c for c, _x in fills), default=-1) + 1 - len(chars))
    for c, x in fills:
        chars[c] = x
    new = "".join(chars)
    for a, b in spans(new, fills):
        cur = line.text
        record_change(doc, line, cur[:a] + new[a:b] + cur[b:], "glyph", confidence, alternatives=alternatives,
                      threshold=config.review_threshold, note=note, span=(a, cur[a:b], new[a:b]))


def _spans_of_fills(text: str, fills: list[tuple[int, str]], part_of: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of each run of characters that ``part_of`` accepts and that holds a fill."""
    out: list[tuple[int, int]] = []
    for col, _x in sorted(fills):
        if out and out[-1][0] <= col < out[-1][1]:
            continue
        a = col
        while a > 0 and part_of(text[a - 1]):
            a -= 1
        b = col + 1
        while b < len(text) and part_of(text[b]):
            b += 1
        out.append((a, b))
    return out


def _number_spans(text: str, fills: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """(start, end) of each run of digits of ``text`` that holds a fill."""
    return _spans_of_fills(text, fills, str.isdigit)


def _word_spans(text: str, fills: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """(start, end) of each word of ``text`` that holds a fill."""
    return _spans_of_fills(text, fills, str.isalpha)


# the right window of a word a comma follows reads on past the comma: the model was counted
# with commas left out of its sentences (pipeline.repair.syllables.sentences), so 'thời gian
# qua, các' is 'qua các' to it, and a window that stopped at the comma weighed 'quá' at a
# clause's end ('thời gian quá' is the commoner trigram).  Session 31, glyph35: seeds 0/1/2
# 773/705/377 -> 769/703/377 weighted errors on the 434 texts (8 documents better, 2 worse:
# a10 'Hiện Quân,' for 'Hiền Quan,', ac2 'cảo,' for 'cao,').  False: it ends there (before)
RESCORE_PAST_COMMA = True
_CLAUSE_MARK = re.compile(r"[.,;:!?()\[\]“”\"«»…]")
RESCORE_MARGIN = 2.3  # natural log (a tenth of the probability): what the wider window must gain
# a restored word longer than four letters is read again too when half its letters or more
# were gaps (see :func:`rescore_fills`)
RESCORE_HALF_LOST = True
RESCORE_WORDS = 2  # words of context either side
# a number beside the word is context too, as the model's '<num>' class (the model was built
# with numbers, dates and document numbers as '<num>': 'ngày <num>', 'Sáng <num>'); the
# window stopped at it before session 25, so a word before a date had no right context
NUMBER_CONTEXT = True
_NUMBER_TOKEN = re.compile(r"\d+(?:[/.,\-]\d+)*")  # (the clause marks cut '18.7' at its dot: '18')
NUM = "<num>"
# a capitalised word is read again too (before session 25 only lower-case ones were): inside
# a sentence the model's P(Capitalised | syllable) weighs each candidate ('Nguyễn Hữu Qu ' is
# 'Quế', a given name, not 'Qua', which the corpus almost never capitalises there); at a
# sentence's start, where any word is capitalised, the window alone decides
CAPITALISED_RESCORE = True
CASE_WEIGHT = 1.0  # of the natural-log P(Capitalised | syllable) (SyllableLM.case_logprob)


def _side_words(text: str, a: int, b: int) -> tuple[list[str], list[str]]:
    """Up to RESCORE_WORDS whole words either side of ``text[a:b]`` within its clause (a
    mark or a token that is no word ends the context), lower-cased."""
    left_seg = text[:a]
    m = None
    for m in _CLAUSE_MARK.finditer(left_seg):
        pass
    if m:
        left_seg = left_seg[m.end():]
    left: list[str] = []
    for tok in reversed(left_seg.split()):
        if len(left) == RESCORE_WORDS:
            break
        if NUMBER_CONTEXT and _NUMBER_TOKEN.fullmatch(tok):
            left.insert(0, NUM)
            continue
        if not _WORDLIKE.fullmatch(tok):
            break
        left.insert(0, norm(tok.lower()))
    right_seg = text[b:]
    m = _CLAUSE_MARK.search(right_seg)
    if m and RESCORE_PAST_COMMA and m.group() == "," and not right_seg[:m.start()].strip():
        # a comma right after the word: the model was counted with commas left out of its
        # sentences (syllables.sentences), so the words after it are the word's context there
        # ('thời gian qua, các cơ quan': 'qua' beside 'các', not 'quá' at a clause's end)
        rest = right_seg[m.end():]
        m2 = _CLAUSE_MARK.search(rest)
        right_seg = " " + (rest[:m2.start()] if m2 else rest)
    elif m:
        right_seg = right_seg[:m.start()]
    right: list[str] = []
    for tok in right_seg.split():
        if len(right) == RESCORE_WORDS:
            break
        if NUMBER_CONTEXT and _NUMBER_TOKEN.fullmatch(tok):
            right.append(NUM)  # the model's class of numbers and dates ('Sáng 20/4': 'sáng <num>')
            continue
        if not _WORDLIKE.fullmatch(tok):
            break
        right.append(norm(tok.lower()))
    return left, right


def _window_logprobs(lm, left: list[str], right: list[str], words: list[str]) -> list[float]:
    """Each candidate word's natural-log trigram score in its window (up to two words
    either side, :func:`_side_words`), all candidates in one vectorised call: the wider
    context both re-reading passes (rescore_fills, rescore_left_over) weigh.  A syllable
    the model never counted scores as its rarest one there, not as '<unk>'
    (:attr:`Lexicon.unseen`, UNSEEN_AS_RAREST): 'phẹc' outranked 'pháo' in the window as in
    the search."""
    import numpy as np  # (as the passes did: numpy loads only when a document has fills to weigh)

    unseen = lexicon().unseen if lexicon_module.UNSEEN_AS_RAREST else frozenset()
    ctx = ["<s>"] * (2 - len(left)) + left if len(left) < 2 else left
    us, vs, ws, owner, rare = [], [], [], [], []
    for n, x in enumerate(words):
        seq = ctx + [norm(x)] + right
        for i in range(2, len(seq)):
            us.append(lm.id(seq[i - 2]))
            vs.append(lm.id(seq[i - 1]))
            ws.append(lm.id(seq[i]))
            owner.append(n)
            if seq[i] in unseen:
                rare.append(len(ws) - 1)
    lp = lm.logprob_ids(np.array(us), np.array(vs), np.array(ws))
    if rare:
        lp[rare] = lexicon().rarest
    tot = [0.0] * len(words)
    for n, v in zip(owner, lp):
        tot[n] += float(v) * LN10
    return tot


def _case_logprobs(lm, words: list[str]) -> list[float]:
    """Natural-log P(written Capitalised | syllable) inside a sentence of each word, from the
    model's corpus counts (:meth:`SyllableLM.case_logprob`): a name's syllable ('quế',
    'khanh', 'la') is capitalised there far more often than a common word ('qua', 'là')."""
    import numpy as np

    return [float(v) * LN10 for v in lm.case_logprob(np.array([lm.id(norm(x)) for x in words]), True)]


def rescore_fills(new: str, fills: list[tuple[int, str]], solver: GlyphSolver) -> tuple[str, list[tuple[int, str]]]:
    """The search reads each word with the word before it (the model's bigram): a short
    word the gaps leave open is often decided by the words after it ('Chính phủ v  phê
    duyệt' is 'về phê duyệt', not the commoner 'và'; 'Quy chế n   quy định' is 'này', not
    'nội'; 'B  mẹ Việt Nam Anh hùng' is 'Bà').  Each restored word is read again with the
    model's trigrams over two words either side (within its clause), among the syllables
    that fit the same gaps with lost letters; another one replaces it when the window
    makes it ten times likelier at least, the letters' costs and the document's counts
    counted as the search counts them.  (Words of four letters at most: the short function
    words a bigram leaves open; longer ones their own letters pin down, and the window costs
    time.)  A capitalised word inside a sentence is read again too (CAPITALISED_RESCORE):
    there the model's P(Capitalised | syllable) and the document's capitalised copies in its
    sentences weigh each candidate too ('Nguyễn Hữu Qu ' is 'Quế', not 'Qua'; 'xã L  Dêê' is
    'La' where the document prints 'xã La Dêê', though it prints 'là' far more often)."""
    lm = load_lm()
    if lm is None or not fills:
        return new, fills
    import numpy as np

    filled = dict(fills)
    text = new
    lost = solver.lost
    for a, b in _word_spans(text, fills):
        word = text[a:b]
        gaps = [c - a for c in range(a, b) if c in filled]
        title = (CAPITALISED_RESCORE and word[0].isupper() and (len(word) == 1 or word[1:].islower())
                 and _inside_sentence(text, a))
        if not gaps or len(word) > 4 and not (RESCORE_HALF_LOST and 2 * len(gaps) >= len(word)) or not (
                word.islower() or title):
            continue  # (a word in capitals is a heading's or a code's: 'UBND', 'KẾ HOẠCH'; one
            # opening a sentence is any word, and the model's sentence start misleads there:
            # '<s> Quả triển khai' beat 'Qua triển khai' by 4 nats, 'kết quả triển khai' its source)
        # (a longer word half of whose letters are gaps is as open as a short one: 'Mục
        # tiêu c  n ' reads 'chính' as well as 'chung', and only the words around decide)
        if text[a - 1:a] in "-–" and a or text[b:b + 1] in ("-", "–"):
            continue  # a piece of a hyphenated foreign word ('các-bon', 'Căm-pu-chi-a')
        shape = "".join("?" if k in gaps else ch.lower() for k, ch in enumerate(word))
        fits = list(solver.fits(shape))
        low = word.lower()
        if len(fits) < 2 or low not in fits:
            continue
        left, right = _side_words(text, a, b)
        if not right and len(left) < 2:
            continue  # no wider window than the search's own
        tot = _window_logprobs(lm, left, right, fits)
        uni = solver.dlm.uni
        for n, x in enumerate(fits):
            tot[n] += 1.2 * math.log1p(min(uni.get(norm(x), 0), 20)) - sum(lost.get(x[k], 6.0) for k in gaps)
        if glyphprose.PROSE_PAIRS:
            # the directives' own pairs the gazette never prints ('ra quân', 'chào mừng'):
            # models/prose_pairs.tsv, read by pipeline.repair.glyphprose
            for n, x in enumerate(fits):
                tot[n] += glyphprose.pair_bonus(left[-1] if left else None, norm(x), right[0] if right else None)
        if title:
            # a name's syllable is counted again as the document prints it capitalised in
            # its sentences ('xã La Dêê' intact, beside 'là' twenty times); the lower-case
            # count above stays (a capitalised common word is still the word: the seed's
            # 'chiều thứ N m' is 'Năm', printed 29 times as 'năm', never 'Nam')
            caps = solver.capitalised()
            for n, (x, v) in enumerate(zip(fits, _case_logprobs(lm, fits))):
                tot[n] += CASE_WEIGHT * v + 1.2 * math.log1p(min(caps.get(norm(x), 0), 20))
        cur = tot[fits.index(low)]
        best = max(range(len(fits)), key=lambda n: tot[n])
        if fits[best] == low or tot[best] - cur < RESCORE_MARGIN:
            continue
        alt = fits[best]
        if word.isupper() and len(word) > 1:
            alt = alt.upper()
        elif word[0].isupper():
            alt = alt[0].upper() + alt[1:]
        text = text[:a] + alt + text[b:]
        for k in gaps:
            filled[a + k] = alt[k]
    return text, sorted(filled.items())


# a short word followed by a space left over inside a run of spaces ('ỷ lại và  nhà nước',
# 'tùy thuộc và  tiến độ'): read again with the longer words that take the left-over space
# as their lost last letters (:func:`rescore_left_over`)
LEFT_OVER_RESCORE = True
LEFT_OVER_MAX = 2  # lost letters at most taken from the run after the word
# a Capitalised word before the run too ('phát động “Tế   rồng cây' is 'Tết trồng cây': the
# font lost 't', the word's last letter and the next word's first; session 30, glyph34: 15
# words in 4 documents at seed 1); False: lower-case words only (before session 30)
CAPITAL_LEFT_OVER = True
LEFT_OVER_MARGIN = 2.3  # natural log: what the longer word must gain (RESCORE_MARGIN's tenth)
# in a document that never doubles a space (:func:`single_spaced`) the run itself is the
# evidence: the longer word wins when the window and the costs favour it at all
LEFT_OVER_MARGIN_TIGHT = 0.0
# ... and there each space the longer word takes back is worth more than the search's own
# TIGHT_RUN_COST (4.0, tuned for every run of a line, a layout's among them): in the clean texts
# of samples/unseen_repair one word boundary in 480 holds two spaces or more (ln 480 = 6.2), and
# in a document whose intact lines never do it, fewer still; the model and the document's counts
# together prefer 'và' to 'vào' in 'ỷ lại _ nhà nước' by about 8 (the model 5.7, the counts of
# the commoner word the rest).  So a short word before a left-over run in such a document takes
# the lost letter whenever one of its longer syllables is not far less likely -- when the longer
# word explains the whole run (one space left after it): a wider run holds more than the word's
# letter ('và    địa phương' is 'và 11 địa phương' in a font that lost its '1': not 'vào').
LEFT_OVER_TIGHT_SPACE_COST = 10.0
_SHORT_BEFORE_RUN = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,4})( {2,})(?=[^\W\d_])")
# ... and before a number no lost digit of which the run can hold: a whole year ('Xuân Quý Mã  2023',
# 'Tân Sử  2021': a digit more is no year) or a day of two digits with its month ('ngà  26/11/2020');
# session 30, glyph34: 8 words in 6 documents at seeds 0-2; False: before a word only (LEFT_OVER_BEFORE_NUMBER)
LEFT_OVER_BEFORE_NUMBER = True
_SHORT_BEFORE_NUMBER = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,4})( {2,})(?=(?:19|20)\d\d(?![\d/.,]\d)|[0-3]\d/[01]?\d/)")


# the document's own intact bigrams decide a word read shorter than its gap ('đi vào nền nếp'
# printed in an intact line: 'và  nền nếp' is 'vào'): each time the document prints the word
# with its neighbour counts as the search's document model counts it (DocumentLM._score)
LEFT_OVER_OWN_BIGRAMS = True
OWN_BIGRAM_WEIGHT = 2.5


def _own_bigrams(dlm: DocumentLM, left: list[str], word: str, right: list[str]) -> float:
    """How the document's intact lines back ``word`` between ``left`` and ``right``: the
    log-counts of the bigrams it makes with its two neighbours there (0 when switched off)."""
    if not LEFT_OVER_OWN_BIGRAMS:
        return 0.0
    bonus = math.log1p(dlm.bi.get((left[-1], word), 0)) if left else 0.0
    if right:
        bonus += math.log1p(dlm.bi.get((word, right[0]), 0))
    return OWN_BIGRAM_WEIGHT * bonus


def rescore_left_over(new: str, fills: list[tuple[int, str]], solver: GlyphSolver) -> tuple[str, list[tuple[int, str]]]:
    """A word read shorter than its gap: the search scores each word with the one before it
    (the model's bigram), and a space left over in a run costs ``solver.run_cost``; the
    commonest short word then often wins over the longer one whose lost last letter the
    space is ('tùy thuộc và  tiến độ' for 'vào', 'căn cứ và  tiêu chuẩn', 'cải các  hành
    chính' for 'cách').  Each short word in lower case before a run of spaces inside the line is read
    again with the model's trigrams over two words either side (as :func:`rescore_fills`),
    against the syllables that extend it with one or two letters of the lost set into the
    run; each space the longer word takes is one left-over space less (``run_cost`` each),
    each letter it adds pays the letter's cost.  The longer word replaces it when the window
    makes it ten times likelier at least (LEFT_OVER_MARGIN, the margin of
    :func:`rescore_fills`).  Only with a solver that prices a left-over space (``run_cost``),
    and never with a letter the line prints.  (The model still prefers 'và' in 'ỷ lại và  nhà
    nước' and 'tổ chức và  thời điểm': those stay.)"""
    if not LEFT_OVER_RESCORE or not solver.run_cost:
        return new, fills
    lm = load_lm()
    if lm is None:
        return new, fills
    import numpy as np

    filled = dict(fills)
    printed = {ch for k, ch in enumerate(new) if k not in filled}
    lost = {c: v for c, v in solver.lost.items() if c not in printed and c.isalpha()}
    if not lost:
        return new, fills
    text = new
    space_cost = LEFT_OVER_TIGHT_SPACE_COST if solver.run_cost >= TIGHT_RUN_COST else solver.run_cost
    runs = list(_SHORT_BEFORE_RUN.finditer(new))
    if LEFT_OVER_BEFORE_NUMBER:
        runs = sorted(runs + list(_SHORT_BEFORE_NUMBER.finditer(new)), key=lambda r: r.start())
    for m in runs:
        a, b = m.span(1)
        word = text[a:b]
        cap = CAPITAL_LEFT_OVER and len(word) > 1 and word[0].isupper() and word[1:].islower()
        if not (word.islower() or cap) or text[b:b + len(m.group(2))] != m.group(2):
            continue
        if text[a - 1:a] in ("-", "–", "/") or not text[:a].strip():
            continue  # a piece of a hyphenated word; a line's first word (a label's indentation)
        run = len(m.group(2))
        low = word.lower()
        fits = [(low, 0)]
        for j in range(1, min(LEFT_OVER_MAX, run - 1) + 1):
            shape = low + "?" * j
            fits += [(x, j) for x in _pattern_matches(solver.lex, shape) if all(x[len(low) + i] in lost for i in range(j))]
        if len(fits) < 2:
            continue
        left, right = _side_words(text, a, b)
        if not right and len(left) < 2:
            continue
        tot = _window_logprobs(lm, left, right, [x for x, _j in fits])
        uni = solver.dlm.uni
        for n, (x, j) in enumerate(fits):
            tot[n] += (1.2 * math.log1p(min(uni.get(norm(x), 0), 20)) - sum(lost[x[len(low) + i]] for i in range(j))
                       + j * (space_cost if j + 1 == run else solver.run_cost)
                       + _own_bigrams(solver.dlm, left, norm(x), right))
        case = None
        if cap and _inside_sentence(text, a):
            # a capital inside a sentence is the word's own: P(written Capitalised | syllable)
            # weighs the readings ('Tết' is capitalised in running text, 'tế' is not)
            case = _case_logprobs(lm, [x for x, _j in fits])
            for n, v in enumerate(case):
                tot[n] += v
        best = max(range(len(fits)), key=lambda n: tot[n])
        if case is not None and best and case[best] < max(case[1:]):
            continue  # the capital speaks for another reading ('Tân Sử  2021': 'Sửu', the model 'sửa')
        if best == 0 or tot[best] - tot[0] < (LEFT_OVER_MARGIN_TIGHT if solver.run_cost >= TIGHT_RUN_COST else LEFT_OVER_MARGIN):
            continue
        if (cap or not text[m.end(2):m.end(2) + 1].isalpha()) and len(fits) > 2 and tot[best] - max(
                v for n, v in enumerate(tot) if n not in (0, best)) < LEFT_OVER_MARGIN:
            continue  # (a capital or a number beside: the longer reading must also beat its rivals, 'Sửa'/'Sửu')
        alt, j = fits[best]
        if cap:
            alt = word[0] + alt[1:]
        text = text[:a] + alt + text[a + len(alt):]
        for i in range(j):
            filled[b + i] = alt[len(low) + i]
    return text, sorted(filled.items())


def word_alternatives(word: str, gaps: list[int], solver: GlyphSolver, prev: str | None) -> tuple[float, list[str]]:
    """Confidence of a restored word and the runner-up syllables that fit the same gaps
    ('c c' -> 'các' over 'cúc', 'cốc'), scored like the search scores them."""
    if not gaps:
        return 1.0, []
    gapset = set(gaps)
    shape = "".join("?" if k in gapset else ch.lower() for k, ch in enumerate(word))
    lost = solver.lost
    fits = solver.fits(shape)
    # the model's scores of the syllables the document model has not memoised, in one call
    # (one numpy call per syllable was most of this function's time)
    memo = solver.dlm._scores
    need = [(norm(prev) if prev else None, norm(norm(s))) for s in fits if (s, prev, None) not in memo]
    if len(need) > 1:
        solver.lex.prefetch(need)
    scored = []
    for s in fits:
        cost = sum(lost.get(s[k], 6.0) for k in gaps)
        scored.append((solver.dlm.score(s, prev) - cost, s))
    scored.sort(reverse=True)
    if not scored:
        return 0.5, []
    best = word.lower()
    top = next((sc for sc, s in scored if s == best), scored[0][0])
    others = [(sc, s) for sc, s in scored if s != best][:3]
    margin = top - others[0][0] if others else 8.0
    conf = 1.0 / (1.0 + math.exp(-margin / 2))
    return round(conf, 4), [s for _sc, s in others]


LN10 = math.log(10)
RESCUE_COST = 3.0  # a fill letter outside the searched set, in :func:`rescue_word`'s scores
RESCUE_MARGIN = 1.0  # natural-log gain over the search's word that makes a rescue vote
RESCUE_VOTES = 1  # words (distinct places) that must need the same missed letter


def rescue_word(word: str, gaps: list[int], solver: GlyphSolver, rescue: frozenset[str],
                prev: str | None, nxt: str | None, memo: dict | None = None) -> tuple[str, str] | None:
    """A restored word that only a letter outside the searched set makes right: (the word
    with it, the letters it adds), or None.

    The lost set is inferred from a sample of lines, and a rare letter of it (one word or
    two in the whole damaged font: 'vụ', 'cấp', 'ngừng') may never be needed there, nor be
    absent from the damaged lines where enough of it was due to count
    (:func:`_adjust_by_presence`); the search then fills its spaces with the best letters
    it may use ('HĐND   p xã' -> 'cạp xã' for 'cấp xã').  A font never prints a glyph it
    lost, so only letters no damaged line prints are candidates (``rescue``), and a word
    votes for one only when it beats the search's word between the same neighbours by
    RESCUE_MARGIN (the letter's price paid): a single vote changes nothing
    (:func:`_apply_rescues` wants RESCUE_VOTES words needing the same letter)."""
    if not gaps or not word.isalpha():
        return None
    gapset = set(gaps)
    shape = "".join("?" if k in gapset else ch.lower() for k, ch in enumerate(word))
    lost = solver.lost
    cur = word.lower()
    dlm = solver.dlm
    prev_l = prev.lower() if prev else None
    nxt_l = nxt.lower() if nxt else None
    if prev_l and dlm.bi.get((norm(prev_l), norm(cur)), 0):
        return None  # the document prints the same two words intact: the reading is its own
    lex = solver.lex
    # the next word's bigram too ('gọi tắt', 'mục đích'): the search scores it when it reads
    # the next word, which a rescue of one word must do itself
    ahead = nxt_l if nxt_l and lex.is_syllable(nxt_l) else None

    def score(w: str) -> float:
        return dlm.score(w, prev_l, nxt_l) + (lex.logprob(ahead, w) * LN10 if ahead else 0.0)

    # the syllables that add a candidate letter (most words have none: nothing is scored);
    # a document asks for the same shapes again and again ('c?c'): kept per document
    key = (shape, id(lost))
    fits = memo.get(key) if memo is not None else None
    if fits is None:
        # (decided once per distinct letters in the gaps, not once per syllable)
        syls, group, letters = _gap_groups(lex, shape, tuple(gaps))
        ok = [bool(added := g.difference(lost)) and added <= rescue for g in letters]
        fits = list(itertools.compress(syls, map(ok.__getitem__, group)))
        if memo is not None:
            memo[key] = fits
    if not fits:
        return None
    # the model's scores of all of them in one call (one numpy call per syllable was most
    # of this function's time)
    pairs = [(norm(prev_l) if prev_l else None, norm(w)) for w in fits + [cur]]
    if ahead:
        pairs += [(norm(w), norm(ahead)) for w in fits + [cur]]
    lex.prefetch(pairs)
    base = score(cur) - sum(lost.get(cur[k], UNSEEN_COST) for k in gaps)
    best: tuple[float, str] | None = None
    for s in fits:
        sc = score(s) - sum(lost.get(s[k], RESCUE_COST) for k in gaps)
        if best is None or sc > best[0]:
            best = (sc, s)
    if best is None or best[0] - base < RESCUE_MARGIN:
        return None
    s = best[1]
    caps = len(word) > 1 and word.isupper()
    out = "".join((s[k].upper() if caps else s[k]) if k in gapset else ch for k, ch in enumerate(word))
    return out, "".join(sorted({s[k] for k in gaps if s[k] not in lost}))


def _apply_rescues(doc: Document, config: Config, rescues: list[tuple[int, int, int, str, str, str]]) -> None:
    """Rewrite the words :func:`rescue_word` voted for, when RESCUE_VOTES places need each
    letter they add: a letter the font lost is lost everywhere it prints, so a second word
    wanting it is the evidence a stray unlikely fill lacks."""
    votes: Counter[str] = Counter()
    for _k, _a, _b, _w, _new, added in rescues:
        votes.update(set(added))
    sure = {c for c, n in votes.items() if n >= RESCUE_VOTES}
    if not sure:
        return
    doc.meta["lost_glyphs"] = "".join(sorted(set(doc.meta.get("lost_glyphs", "")) | sure))
    for k, a, b, word, new, added in rescues:
        line = doc.lines[k]
        if not set(added) <= sure or line.text[a:b] != word:
            continue
        record_change(doc, line, line.text[:a] + new + line.text[b:], "glyph", 0.6,
                      alternatives=[word], threshold=config.review_threshold,
                      note=f"font lost glyphs: '{added}' too (the search lacked it; "
                           f"{min(votes[c] for c in added)} words need it)",
                      span=(a, word, new))


def _label_votes(texts: list[str], mapping: dict[str, str], codes: list[str],
                 settled: dict[str, str]) -> dict[str, dict[str, int]]:
    """code -> digit -> votes of the section numbers a digit code stands in: the number its
    neighbours say ('1(cid:190). Bộ Quốc phòng' after '13.' is '14.', :func:`infer_label`;
    '2.(cid:209). Sau khi' after '2.2.' is '2.3.', :func:`infer_sublabel`; 'Điều (cid:170).'
    between 'Điều 2.' and 'Điều 4.', :func:`infer_article`).  The other digit codes read
    as ``settled`` says, or '?' (a number not yet readable)."""
    digit = set(codes)
    shown = [_CID.sub(lambda m: settled.get(m.group(1)) or (
        "?" if m.group(1) in digit else mapping.get(m.group(1), "?")), t) for t in texts]
    votes: dict[str, dict[str, int]] = {}

    def vote(pattern: str, want: str) -> None:
        cells = re.findall(r"\(cid:\d+\)|.", pattern)
        if len(cells) != len(want):
            return
        got: list[tuple[str, str]] = []
        for cell, w in zip(cells, want):
            if cell.startswith("(cid:"):
                n = cell[5:-1]
                if n not in digit:
                    return
                got.append((n, w))
            elif cell != w:
                return
        for n, w in got:
            if settled.get(n) in (None, w):
                votes.setdefault(n, {})[w] = votes.setdefault(n, {}).get(w, 0) + 1

    for k, t in enumerate(texts):
        if "(cid:" not in t:
            continue
        m = _CODED_LABEL.match(t)
        if m and "(cid:" in m.group(1):
            lab = infer_label(shown, k)
            if lab:
                vote(m.group(1), lab)
            continue
        m = _CODED_SUBLABEL.match(t)
        if m and "(cid:" in m.group(1):
            parts = m.group(1).split(".")
            # a part that is one code reads as a gap of one digit (infer_sublabel's ' ')
            if all(p.isdigit() or _CID.fullmatch(p) for p in parts):
                lab = infer_sublabel(shown, k, [" " if "(cid:" in p else p for p in parts])
                if lab:
                    vote(m.group(1), lab)
            elif len(set(_CID.findall(m.group(1)))) == 1:
                # a part with digits and a code ('1(cid:213).2.'): the digit with which the
                # numbering around says that very number ('16.1.' above: '16.2.')
                n = _CID.findall(m.group(1))[0]
                for d in "0123456789":
                    whole = m.group(1).replace(f"(cid:{n})", d)
                    if infer_sublabel(shown, k, whole.split(".")) == whole:
                        vote(m.group(1), whole)
            continue
        m = _CODED_ARTICLE.match(t)
        if m and "(cid:" in m.group(1):
            width = len(re.findall(r"\(cid:\d+\)|\d", m.group(1)))
            lab = infer_article(shown, k, width)
            if lab:
                vote(m.group(1), lab)
    return votes


# a section number holding digit codes: '(cid:203). ', '1(cid:190). ', '2.(cid:209). ', 'Điều (cid:170).'
_CODED_LABEL = re.compile(r"^\s*((?:\d|\(cid:\d+\))+)\.(?=\s)")
_CODED_SUBLABEL = re.compile(r"^\s*((?:\d|\(cid:\d+\))+(?:\.(?:\d|\(cid:\d+\))+)+)\.(?=\s)")
_CODED_ARTICLE = re.compile(r"^\s*(?:[*_#]+\s*)?(?:Điều|ĐIỀU) ((?:\d|\(cid:\d+\))+)[.:](?=\s)")


def _repair_cid(doc: Document, config: Config, lex: Lexicon) -> None:
    texts = [ln.text for ln in doc.lines]
    dlm = DocumentLM([_CID.sub(" ", t) for t in texts], lex)
    evidence: dict = {}
    mapping = solve_cid([t for t in texts if "(cid:" in t], dlm, others=[t for t in texts if "(cid:" not in t],
                        evidence=evidence, fixed=formula_pins(texts))
    # the digit codes: which digit each is from what the numbers they stand in are (dates,
    # years, section numbers after their neighbours; pipeline.repair.ciddigits); a code the
    # evidence leaves open stays a gap
    domains = {n: ds for n, ds in evidence.get("domains", {}).items() if mapping.get(n, "").isdigit()}
    digit_codes = sorted(domains, key=int)
    labels = _label_votes(texts, mapping, digit_codes, {})
    first = {n: max(v, key=lambda d: v[d]) for n, v in labels.items()
             if sorted(v.values())[-2:-1] != [max(v.values())]}  # (a tie settles nothing)
    for n, v in _label_votes(texts, mapping, digit_codes, first).items():
        for d, c in v.items():
            labels.setdefault(n, {})[d] = max(labels.get(n, {}).get(d, 0), c)
    settled = settle_digits(texts, mapping, domains, evidence.get("votes", {}), labels)
    for n, d in settled.items():
        if d is None:
            mapping.pop(n, None)  # left a gap: a wrong digit is a wrong date
        else:
            mapping[n] = d
    doc.meta["cid_map"] = dict(mapping)
    for ln in doc.lines:
        if "(cid:" not in ln.text:
            continue
        new = _CID.sub(lambda m: mapping.get(m.group(1), m.group()), ln.text)
        unknown = len(_CID.findall(new))
        conf = 0.9 if not unknown else 0.5
        alts = [f"cid {n} = {c!r}" for n, c in sorted(mapping.items(), key=lambda kv: int(kv[0]))
                if f"(cid:{n})" in ln.text][:8]
        record_change(doc, ln, new, "cid", conf, alternatives=alts, threshold=config.review_threshold,
                      note="(cid:NN) glyph codes solved as a substitution cipher over the document")
        if unknown:
            record_note(doc, ln, f"{unknown} '(cid:NN)' codes could not be solved")
    # 'Như Điều (cid:NN);' in the Nơi nhận: the number of the decision's last article
    # (pipeline.repair.glyphphrases.as_article_fills), when the cipher left its code open
    texts = [ln.text for ln in doc.lines]
    for k, ln in enumerate(doc.lines):
        if "Như Điều (cid:" in ln.text and (got := as_article_code(texts, k)):
            a, b, art = got
            record_change(doc, ln, ln.text[:a] + art + ln.text[b:], "cid", 0.85,
                          alternatives=["'Như Điều N' names the recipients of the decision's last article"],
                          threshold=config.review_threshold,
                          note="(cid:NN) glyph codes solved as a substitution cipher over the document")
            texts[k] = ln.text
