"""The syllable knowledge the legacy-encoding and lost-glyph repairers need, behind one face.

The project's language model (:mod:`pipeline.repair.lm`, built into ``models/``) is the
source of truth: its syllable inventory says what a Vietnamese syllable is and its n-gram
probabilities rank candidate fills.  This module wraps it so the repairers ask three
questions only: *is this a syllable*, *how likely is this syllable after that one*, and
*which syllables match this pattern*.  When the model is not built yet (a fresh clone before
``chidao build-model``), the inventory falls back to the syllables of underthesea's Viet74K
word list (pip-installed), with wordfreq's Vietnamese frequencies as unigram, so the repairers still run, only with less
context; a document's own intact words always add their counts on top (see
:class:`DocumentLM`).
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from pipeline.repair.syllables import has_syllable_shape
from pipeline.vietnamese import split_tone

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=200_000)
def norm(word: str) -> str:
    """Lower-case NFC with new-style tone placement ('hoà' -> 'hòa'): the key syllables use."""
    from pipeline.repair.codepoints import apply_tone_convention

    return apply_tone_convention(unicodedata.normalize("NFC", word).lower(), "new")


@lru_cache(maxsize=1)
def _viet74k() -> frozenset[str]:
    # only underthesea's data directory is needed: found without importing the package
    # (the import alone costs 0.4 s of CPU in every process that repairs a document)
    import importlib.util

    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.origin:  # pragma: no cover - underthesea is a dependency
        return frozenset()
    path = Path(spec.origin).parent / "corpus" / "data" / "Viet74K.txt"
    out: set[str] = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            for w in line.replace("-", " ").split():
                if _WORD.fullmatch(w):
                    out.add(norm(w))
    return frozenset(out)


@lru_cache(maxsize=200_000)
def _zipf(word: str) -> float:
    """wordfreq's Vietnamese frequency (pip data): the unigram used until the LM is built."""
    try:
        from wordfreq import zipf_frequency

        return zipf_frequency(word, "vi")
    except Exception:  # noqa: BLE001
        return 0.0


# An inventory syllable the model never counted (:attr:`Lexicon.unseen`) scores as the model's
# rarest syllable in the lost-glyph search (:meth:`Lexicon.seen_logprob`, :class:`DocumentLM`),
# not as the model's '<unk>' class.  False: the '<unk>' score (the reading before session 23).
UNSEEN_AS_RAREST = True


@lru_cache(maxsize=1)
def load_lm():
    """The project's syllable LM, or None when it is not available (not built / not merged)."""
    try:
        from pipeline.repair import lm as _lm  # type: ignore[attr-defined]

        return _lm.load_model()
    except Exception:  # noqa: BLE001 - any failure means: fall back to the word list
        return None


class Lexicon:
    """Syllable inventory + unigram/bigram log-probabilities (LM when present)."""

    def __init__(self) -> None:
        self.lm = load_lm()
        self._inventory: frozenset[str] | None = None
        self._forms: frozenset[str] | None = None
        self._by_len: dict[int, list[str]] | None = None
        self._cache: dict[tuple[str | None, str], float] = {}
        self._unseen: frozenset[str] | None = None
        self._rarest: float | None = None

    @property
    def inventory(self) -> frozenset[str]:
        """Every syllable the repairers may produce: the LM's syllables and Viet74K's,
        spelled like Vietnamese (the lists also hold letters and loans)."""
        if self._inventory is None:
            inv: set[str] = set(_viet74k())
            if self.lm is not None:
                try:
                    inv |= {norm(self.lm.vocab[i]) for i in self.lm.syllable_ids}
                except (AttributeError, IndexError, TypeError):
                    pass
            self._inventory = frozenset(w for w in inv if has_syllable_shape(w))
        return self._inventory

    @property
    def forms(self) -> frozenset[str]:
        """Every syllable of the inventory as written lower-case, Capitalised and in CAPITALS
        ('công', 'Công', 'CÔNG'): each is a syllable for :meth:`is_syllable` (checked in
        tests/test_repair_fastpath.py).  One set lookup tells the common word of clean text
        is fine, where the first sight of it would cost the steps' own checks (measured:
        a third of the clean text's first pass went to words seen for the first time)."""
        if self._forms is None:
            self._forms = frozenset(f for s in self.inventory for f in (s, s.capitalize(), s.upper()))
        return self._forms

    @property
    def unseen(self) -> frozenset[str]:
        """The inventory's syllables the model never counted: Viet74K's loans and rare
        spellings ('phẹc', 'cen', 'lếp', 'líc'; 54 of 7,808).  The model maps each to its
        '<unk>' class, whose probability is the mass of every token its corpus left out of
        the vocabulary (log10 -2.29 as a unigram, above 'pháo' -3.76): read as that, such a
        syllable outranked the common word a lost glyph's gaps also fit ('ph  ' read 'phẹc'
        for 'pháo', 'c n' read 'cen' for 'con').  Empty without the model."""
        if self._unseen is None:
            lm = self.lm
            try:
                self._unseen = frozenset(s for s in self.inventory if lm.id(s) == lm.unk) if lm is not None else frozenset()
            except (AttributeError, TypeError):
                self._unseen = frozenset()
        return self._unseen

    @property
    def rarest(self) -> float:
        """log10 unigram of the model's rarest syllable: the most an :attr:`unseen` syllable
        may score (the corpus counted it less often than the vocabulary's least word)."""
        if self._rarest is None:
            try:
                import numpy as np

                ids = np.array([self.lm.id(s) for s in sorted(self.inventory) if s not in self.unseen])
                self._rarest = float(np.min(self.lm.uni_logp[ids])) if len(ids) else -9.0
            except (AttributeError, TypeError, IndexError, ValueError):
                self._rarest = -9.0
        return self._rarest

    def seen_logprob(self, word: str, prev: str | None = None) -> float:
        """:meth:`logprob`, with an :attr:`unseen` syllable scored as the model's rarest one
        (UNSEEN_AS_RAREST): what the lost-glyph search ranks its fills by.  (The other
        repairers keep :meth:`logprob` as it is.)"""
        if UNSEEN_AS_RAREST and self.lm is not None and norm(word) in self.unseen:
            return self.rarest
        return self.logprob(word, prev)

    def is_syllable(self, word: str) -> bool:
        return self._is_syllable(word)

    @lru_cache(maxsize=200_000)  # noqa: B019 - one Lexicon per process
    def _is_syllable(self, word: str) -> bool:
        w = norm(word)
        if not has_syllable_shape(w):
            return False  # the word lists also hold letters ('c', 'n') and loans ('usd')
        return w in self.inventory

    def by_length(self, n: int) -> list[str]:
        if self._by_len is None:
            idx: dict[int, list[str]] = {}
            for s in self.inventory:
                idx.setdefault(len(s), []).append(s)
            for v in idx.values():
                v.sort()
            self._by_len = idx
        return self._by_len.get(n, [])

    def logprob(self, word: str, prev: str | None = None) -> float:
        """log10 P(word | prev): the LM's bigram (unigram without ``prev``); without the LM,
        wordfreq's Vietnamese frequency."""
        key = (norm(prev) if prev else None, norm(word))
        v = self._cache.get(key)
        if v is None:
            self.prefetch([key])
            v = self._cache[key]
        return v

    def prefetch(self, pairs) -> None:
        """Score many (prev, word) pairs in one call to the LM (one numpy call instead of
        one per pair: the lattice asks for thousands)."""
        todo = list({k for k in pairs if k not in self._cache})
        if not todo:
            return
        if self.lm is not None:
            try:
                import numpy as np

                uni = [k for k in todo if not k[0]]
                bi = [k for k in todo if k[0]]
                if bi:
                    # a number before the word is the LM's '<num>' class ('ngày 26 tháng')
                    # (the model's vocabulary asked first, its id() -- a normal form more --
                    # only for a token not found as written: the same ids, a call less each)
                    lm_id = self.lm.id
                    index_get = getattr(getattr(self.lm, "index", None), "get", None) or (lambda _t: None)
                    vs = [i if (i := index_get(t)) is not None else lm_id(t)
                          for t in ["<num>" if p[0].isdigit() else p for p, _ in bi]]
                    ws = [i if (i := index_get(w)) is not None else lm_id(w) for _, w in bi]
                    as_list = getattr(self.lm, "bigram_logprob_list", None)
                    if as_list is not None:  # the same values, a small batch without numpy
                        self._cache.update(zip(bi, as_list(vs, ws)))
                    else:
                        self._cache.update(zip(bi, map(float, self.lm.bigram_logprob_ids(np.array(vs),
                                                                                         np.array(ws)))))
                for k in uni:
                    self._cache[k] = float(self.lm.unigram_logprob(k[1]))
                return
            except Exception:  # noqa: BLE001 - API mismatch: use the fallback
                pass
        for k in todo:
            z = _zipf(k[1])
            self._cache[k] = z - 9.0 if z > 0 else (-7.5 if k[1] in self.inventory else -9.0)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()


_LN10 = math.log(10)
_DOC_TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]|\n|\d+")
_KEEP_CONTEXT = frozenset(",-")


class DocumentLM:
    """Counts of a document's own intact syllables and syllable pairs.

    The strongest evidence for a damaged word is the same word written intact elsewhere in
    the same document ('hu  n' next to forty 'huyện'), so these counts are mixed into every
    score the glyph repairer computes.
    """

    def __init__(self, texts: Iterable[str], lex: Lexicon | None = None) -> None:
        self.lex = lex or lexicon()
        # one pass over the whole text: words, and the marks that cut the context
        toks = _DOC_TOKEN.findall("\n".join(texts).lower())
        self.uni: Counter[str] = Counter()
        self.bi: Counter[tuple[str, str]] = Counter()
        words = [norm(t) if t[0].isalpha() else None for t in toks if t not in _KEEP_CONTEXT]
        self.uni.update(filter(None, words))  # the same counts, in the same order, counted in C
        self.bi.update([(a, b) for a, b in zip(words, words[1:]) if a and b])
        self.total = sum(self.uni.values()) or 1
        self._scores: dict[tuple, float] = {}
        self._word_parts: dict[str, tuple[str, str, bool, float]] = {}  # see _score

    def score(self, word: str, prev: str | None, nxt: str | None = None) -> float:
        """Natural-log score of ``word`` between neighbours: document counts + lexicon
        (memoised: the glyph search asks for the same pairs thousands of times)."""
        key = (word, prev, nxt)
        got = self._scores.get(key)
        if got is None:
            got = self._scores[key] = self._score(word, prev, nxt)
        return got

    def _score(self, word: str, prev: str | None, nxt: str | None = None) -> float:
        # the word's own parts, once per document and word (its first sight after each of
        # a dozen previous words repeated them): its normal form, the model's key for it,
        # whether the model never counted it, and the document's unigram nudge
        got = self._word_parts.get(word)
        if got is None:
            w = norm(word)
            got = self._word_parts[word] = (w, norm(w), w in self.lex.unseen,
                                            1.2 * math.log1p(min(self.uni.get(w, 0), 20)))
        w, nw, unseen, nudge = got
        # (Lexicon.logprob inlined: the glyph search asks this hundreds of thousands of times)
        lex = self.lex
        np_ = norm(prev) if prev is not None else None
        lp = lex._cache.get((np_ if prev else None, nw))
        if lp is None:
            lp = lex.logprob(w, prev)
        if UNSEEN_AS_RAREST and unseen:
            lp = lex.rarest  # (see Lexicon.unseen: not the '<unk>' class's mass)
        s = lp * _LN10
        s += nudge  # (the same addition: the nudge is 1.2 * log1p(min(count, 20)))
        if prev is not None:
            s += 2.5 * math.log1p(self.bi.get((np_, w), 0))
        if nxt is not None:
            s += 2.5 * math.log1p(self.bi.get((w, norm(nxt)), 0))
        return s


def tone_ok(word: str) -> bool:
    """Stop-final syllables (-c, -ch, -p, -t) take only sắc or nặng."""
    base, tone = split_tone(norm(word))
    return not (base.endswith(("c", "ch", "p", "t")) and tone not in ("s", "j"))
