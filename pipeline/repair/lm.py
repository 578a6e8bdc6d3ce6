"""The syllable language model at run time: load, look up, score, adapt.

All log probabilities are **log10**.  Tokens are lower-cased NFC syllables with new tone
placement (see :mod:`pipeline.repair.syllables`), or the class tokens ``<num>``,
``<code>``, ``<unk>``, ``<s>``, ``</s>``.

The model is numpy arrays searched with ``np.searchsorted``; the repairers score whole
lattices in one vectorised call (:meth:`SyllableLM.logprob_ids`), which is what makes
restoration fast in pure Python.  Loading reads one compressed ``.npz`` (about 0.1 s).

Adaptation: :meth:`SyllableLM.adapt` returns a view of the model interpolated with a small
cache model (unigram + bigram counts): the document's own intact syllables
(:func:`document_cache`) or a reviewer's accepted corrections.  A word spelled intact
elsewhere in the document is strong evidence for the same word where it is broken.
"""
from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from pipeline.repair.syllables import (
    BOS, CODE, EOS, NUM, SPECIAL, UNK, norm_syllable, sentences, skeleton,
)

LM_SUBDIR = "lm"
CACHE_WEIGHT = 0.15  # interpolation weight of a cache model (document or corrections)
MAX_CANDIDATES = 10
SMALL_BATCH = 64  # bigram_logprob_list: a batch this small is read in Python, not numpy
_LOG2_10 = math.log2(10)



def _resolve(models_dir: Path | None) -> Path:
    if models_dir is None:
        from pipeline.config import Config

        models_dir = Config().models_dir
    models_dir = Path(models_dir)
    if (models_dir / "model.npz").exists():
        return models_dir
    return models_dir / LM_SUBDIR


class NgramTables:
    """One direction's trigram model in ARPA backoff form over sorted numpy key arrays."""

    def __init__(self, a: dict[str, np.ndarray], prefix: str, V: int):
        self.V = V
        self.uni_logp = a[prefix + "uni_logp"].astype(np.float64)
        self.uni_bow = a[prefix + "uni_bow"].astype(np.float64)
        self.bi_keys = a[prefix + "bi_keys"]
        self.bi_logp = a[prefix + "bi_logp"].astype(np.float64)
        self.bi_bow = a[prefix + "bi_bow"].astype(np.float64)
        self.tri_keys = a[prefix + "tri_keys"]
        self.tri_logp = a[prefix + "tri_logp"].astype(np.float64)
        # the bigram table as a dict and the unigram columns as lists, made on the first
        # small batch (see :meth:`bigram_list`)
        self._bi_dict: dict[int, float] | None = None
        self._uni_bow_list: list[float] = []
        self._uni_logp_list: list[float] = []

    def bigram(self, v: np.ndarray, w: np.ndarray, cap: float | None = None) -> tuple[np.ndarray, np.ndarray]:
        """log10 p(w | v) and the bigram keys (``cap``: see :meth:`SyllableLM.logprob_ids`)."""
        bk = v * self.V + w
        pos = np.minimum(np.searchsorted(self.bi_keys, bk), len(self.bi_keys) - 1)
        found = self.bi_keys[pos] == bk
        bow = self.uni_bow[v] if cap is None else np.minimum(self.uni_bow[v], cap)
        return np.where(found, self.bi_logp[pos], bow + self.uni_logp[w]), bk

    def bigram_list(self, v: list[int], w: list[int]) -> list[float]:
        """:meth:`bigram`'s log10 p(w | v) (no cap) for lists of ids, in Python: the same
        float64 values (a found key's stored value, else the backoff weight plus the
        unigram, one IEEE addition either way).  The lost-glyph search asks the model a
        dozen new pairs at a time, ten thousand times a document set, and numpy's four
        array calls per batch cost several times the arithmetic of so few pairs."""
        d = self._bi_dict
        if d is None:
            # (the keys are sorted and unique: a dict finds what searchsorted finds)
            d = self._bi_dict = dict(zip(self.bi_keys.tolist(), self.bi_logp.tolist()))
            self._uni_bow_list = self.uni_bow.tolist()
            self._uni_logp_list = self.uni_logp.tolist()
        bow, uni, V = self._uni_bow_list, self._uni_logp_list, self.V
        out = []
        for a, b in zip(v, w):
            got = d.get(a * V + b)
            out.append(bow[a] + uni[b] if got is None else got)
        return out

    def trigram(self, u: np.ndarray, v: np.ndarray, w: np.ndarray, cap: float | None = None,
                ) -> tuple[np.ndarray, np.ndarray]:
        """log10 p(w | u, v) and the bigram keys (v, w)."""
        V = self.V
        p, bk = self.bigram(v, w, cap)
        ck = u * V + v
        cpos = np.minimum(np.searchsorted(self.bi_keys, ck), len(self.bi_keys) - 1)
        bow3 = np.where(self.bi_keys[cpos] == ck, self.bi_bow[cpos], 0.0)
        if cap is not None:
            bow3 = np.minimum(bow3, cap)
        tk = ck * V + w
        tpos = np.minimum(np.searchsorted(self.tri_keys, tk), len(self.tri_keys) - 1)
        return np.where(self.tri_keys[tpos] == tk, self.tri_logp[tpos], bow3 + p), bk


class SyllableLM:
    """Trigram syllable LMs (left-to-right, and right-to-left when the artefact has one)
    over one vocabulary.  The backward model lets a decoder judge a word by what follows
    it too: a forward model alone trusts rare histories too much (after the rare 'úy'
    anything is "likely", so 'Huyện úy' beat 'Huyện ủy')."""

    def __init__(self, path: Path):
        self.path = Path(path)
        if not (self.path / "model.npz").exists():
            raise FileNotFoundError(
                f"no language model in {self.path} (expected model.npz; run `make models` or "
                "point Config.models_dir at a model directory)")
        with np.load(self.path / "model.npz") as z:
            self.arrays = {k: z[k] for k in z.files}
        a = self.arrays
        self.vocab: list[str] = (self.path / "vocab.txt").read_text(encoding="utf-8").split("\n")[:-1]
        self.index: dict[str, int] = {w: i for i, w in enumerate(self.vocab)}
        self.V = len(self.vocab)
        self.n_syllables = int(a["n_syllables"][0])
        self.fwd = NgramTables(a, "", self.V)
        self.bwd = NgramTables(a, "b_", self.V) if "b_tri_keys" in a else None
        self.uni_logp = self.fwd.uni_logp
        self.uni_count = a["uni_count"]
        # optional features (older artefacts lack them)
        self.case_cap = a.get("case_cap")
        self.case_total = a.get("case_total")
        self.dict_bigrams = a.get("dict_bigrams")
        self.codes: dict[str, str] = json.loads((self.path / "codes.json").read_text(encoding="utf-8"))
        mf = self.path / "manifest.json"
        self.manifest = json.loads(mf.read_text(encoding="utf-8")) if mf.exists() else {}
        self.bos, self.eos, self.unk = self.index[BOS], self.index[EOS], self.index[UNK]
        self.num, self.code = self.index[NUM], self.index[CODE]
        first = len(SPECIAL)
        self.syllable_ids = range(first, first + self.n_syllables)
        skel: dict[str, list[int]] = {}
        for i in self.syllable_ids:
            skel.setdefault(skeleton(self.vocab[i]), []).append(i)
        self._skeleton = {k: sorted(v, key=lambda i: (-self.uni_logp[i], i)) for k, v in skel.items()}
        # cache model (adaptation): None, or dense unigram log10 probs + sorted bigram keys
        self._cache_uni: np.ndarray | None = None
        self._cache_bi_keys: np.ndarray | None = None
        self._cache_bi_logp: np.ndarray | None = None
        self._cache_weight = 0.0

    # ------------------------------------------------------------------ vocabulary
    def id(self, token: str) -> int:
        """Vocabulary id of an LM token (syllables are normalised first)."""
        i = self.index.get(token)
        if i is None:
            i = self.index.get(norm_syllable(token), self.unk)
        return i

    @property
    def syllables(self) -> list[str]:
        """The syllable inventory (lower-case, NFC, new tone placement)."""
        return self.vocab[self.syllable_ids.start:self.syllable_ids.stop]

    def is_syllable(self, s: str) -> bool:
        """True for a known Vietnamese syllable (any case, any tone placement, NFC or not)."""
        i = self.index.get(norm_syllable(s))
        return i is not None and i in self.syllable_ids

    def count(self, s: str) -> int:
        """How often the syllable occurred in the training corpus."""
        i = self.index.get(norm_syllable(s))
        return int(self.uni_count[i]) if i is not None else 0

    def candidates_for_skeleton(self, stripped: str) -> list[str]:
        """Every known syllable whose accent-stripped form is ``stripped``, most frequent
        first: 'tinh' -> ['tình', 'tính', 'tỉnh', 'tinh', ...]."""
        return [self.vocab[i] for i in self._skeleton.get(skeleton(stripped), [])]

    def candidate_ids(self, stripped: str) -> list[int]:
        return self._skeleton.get(skeleton(stripped), [])

    def case_logprob(self, ids: np.ndarray, capitalised: bool) -> np.ndarray:
        """log10 P(written Capitalised | syllable) (or lower-case) inside a sentence, from
        the corpus: 'Sở' (the office) is capitalised, 'số' (number) is not."""
        if self.case_cap is None:
            return np.zeros(len(ids))
        cap = self.case_cap[ids].astype(np.float64)
        tot = self.case_total[ids].astype(np.float64)
        num = cap if capitalised else tot - cap
        return np.log10((num + 0.5) / (tot + 1.0))

    def in_dictionary(self, v: np.ndarray, w: np.ndarray) -> np.ndarray:
        """True where (v, w) are two syllables of one word in the word lists."""
        if self.dict_bigrams is None or not len(self.dict_bigrams):
            return np.zeros(np.shape(v), bool)
        k = np.asarray(v, np.int64) * self.V + np.asarray(w, np.int64)
        pos = np.minimum(np.searchsorted(self.dict_bigrams, k), len(self.dict_bigrams) - 1)
        return self.dict_bigrams[pos] == k

    # ------------------------------------------------------------------ probabilities
    def _bigram(self, v: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return self.fwd.bigram(v, w)

    def _with_cache(self, p: np.ndarray, w: np.ndarray, bk: np.ndarray) -> np.ndarray:
        if self._cache_uni is None:
            return p
        pc = self._cache_uni[w]
        if self._cache_bi_keys is not None and len(self._cache_bi_keys):
            kpos = np.minimum(np.searchsorted(self._cache_bi_keys, bk), len(self._cache_bi_keys) - 1)
            kf = self._cache_bi_keys[kpos] == bk
            pc = np.where(kf, np.logaddexp2(pc * _LOG2_10, self._cache_bi_logp[kpos] * _LOG2_10)
                          / _LOG2_10, pc)
        lam = self._cache_weight
        return np.logaddexp2((p + math.log10(1 - lam)) * _LOG2_10,
                             (pc + math.log10(lam)) * _LOG2_10) / _LOG2_10

    def bigram_logprob_ids(self, v: np.ndarray, w: np.ndarray, bow_cap: float | None = None) -> np.ndarray:
        """log10 p(w | v) for arrays of ids (backoff, cache)."""
        v = np.asarray(v, np.int64)
        w = np.asarray(w, np.int64)
        p, bk = self.fwd.bigram(v, w, bow_cap)
        return self._with_cache(p, w, bk)

    def bigram_logprob_list(self, v: list[int], w: list[int]) -> list[float]:
        """:meth:`bigram_logprob_ids` for lists of ids, as Python floats: a small batch
        without the cache model is read in Python (:meth:`NgramTables.bigram_list`, the
        same values), the others by numpy as before."""
        if self._cache_uni is None and len(v) <= SMALL_BATCH:
            return self.fwd.bigram_list(v, w)
        return self.bigram_logprob_ids(np.array(v, np.int64), np.array(w, np.int64)).tolist()

    def logprob_ids(self, u: np.ndarray, v: np.ndarray, w: np.ndarray, bow_cap: float | None = None,
                    ) -> np.ndarray:
        """log10 p(w | u, v) for arrays of ids (broadcast), with backoff and the cache.

        ``bow_cap`` (log10) caps the backoff weights, for decoders: Kneser-Ney gives a rare
        history a large backoff weight (after the rare 'úy' any continuation looks
        likely), which makes a rare candidate win on what follows it.  Capped, the scores
        no longer sum to one; the default (None) is the normalised model."""
        u = np.asarray(u, np.int64)
        v = np.asarray(v, np.int64)
        w = np.asarray(w, np.int64)
        if u.shape != v.shape or v.shape != w.shape:
            u, v, w = np.broadcast_arrays(u, v, w)
        p, bk = self.fwd.trigram(u, v, w, bow_cap)
        return self._with_cache(p, w, bk)

    def backward_logprob_ids(self, u: np.ndarray, v: np.ndarray, w: np.ndarray) -> np.ndarray:
        """log10 p_back(u | v, w): the right-to-left model's probability of ``u`` given the
        two tokens that follow it (its sentence start is ``<s>``: pass BOS for the end of
        the sentence).  Falls back to the forward model when there is no backward one."""
        u = np.asarray(u, np.int64)
        v = np.asarray(v, np.int64)
        w = np.asarray(w, np.int64)
        if self.bwd is None:
            return self.logprob_ids(w, v, u)
        p, _ = self.bwd.trigram(w, v, u)
        return p

    def backward_bigram_ids(self, v: np.ndarray, w: np.ndarray) -> np.ndarray:
        """log10 p_back(v | w)."""
        v = np.asarray(v, np.int64)
        w = np.asarray(w, np.int64)
        if self.bwd is None:
            return self.bigram_logprob_ids(w, v)
        return self.bwd.bigram(w, v)[0]

    def logprob(self, context: tuple[str, ...], s: str) -> float:
        """log10 p(s | context); ``context`` is the previous syllables (lower-case), the
        last two are used; a shorter context means the sentence start.  (Called as
        ``logprob(word, context)`` it still does the right thing: a string is never a
        context.)"""
        if isinstance(context, str) and not isinstance(s, str):
            context, s = s, context
        ctx = [BOS, BOS] + [c for c in context][-2:]
        u, v = self.id(ctx[-2]), self.id(ctx[-1])
        return float(self.logprob_ids(np.array([u]), np.array([v]), np.array([self.id(s)]))[0])

    def unigram_logprob(self, s: str) -> float:
        i = self.id(s)
        p = self.uni_logp[i]
        if self._cache_uni is not None:
            lam = self._cache_weight
            p = math.log10((1 - lam) * 10 ** p + lam * 10 ** self._cache_uni[i])
        return float(p)

    def score_ids(self, ids: Sequence[int]) -> float:
        seq = np.array([self.bos, self.bos, *ids, self.eos], np.int64)
        return float(self.logprob_ids(seq[:-2], seq[1:-1], seq[2:]).sum())

    def score(self, syllables: Sequence[str]) -> float:
        """log10 probability of a whole sentence (with <s> and </s>)."""
        return self.score_ids([self.id(s) for s in syllables])

    def score_text(self, text: str) -> float:
        """log10 probability of raw text (tokenised like the training corpus)."""
        return sum(self.score(s) for s in sentences(text))

    # ------------------------------------------------------------------ adaptation
    def adapt(self, counts: Mapping[tuple[str, ...], float], weight: float = CACHE_WEIGHT) -> "SyllableLM":
        """A view of this model interpolated with a cache model built from ``counts``:
        keys are 1-tuples (unigrams) and 2-tuples (bigrams) of syllables, values counts.
        The cache gives p_c(w|v) = c(v,w)/c(v) (+) c(w)/N; the result is
        (1 - weight) * p_lm + weight * p_c.  The base model is not changed."""
        view = object.__new__(SyllableLM)
        view.__dict__.update(self.__dict__)
        uni = np.zeros(self.V)
        bi: dict[int, float] = {}
        ctx_tot: Counter[int] = Counter()
        V, unk, get = self.V, self.unk, self.index.get
        for key, n in counts.items():
            if n <= 0 or not key:
                continue
            # (self.id's answer, the index asked directly first: the counts' syllables are
            # normalised already, so a call per syllable of every key is spared)
            ids = [i if (i := get(k)) is not None else self.id(k) for k in key]
            if unk in ids:
                continue
            if len(ids) == 1:
                uni[ids[0]] += n
            elif len(ids) == 2:
                code = ids[0] * V + ids[1]
                bi[code] = bi.get(code, 0.0) + n
                ctx_tot[ids[0]] += n
        if uni.sum() == 0 and not bi:
            return self
        with np.errstate(divide="ignore"):
            cu = np.log10(uni / max(uni.sum(), 1e-12))
        cu[~np.isfinite(cu)] = -99.0
        view._cache_uni = cu
        if bi:
            keys = np.array(sorted(bi), np.int64)
            vals = np.array([math.log10(bi[k] / ctx_tot[k // self.V]) for k in keys.tolist()])
            view._cache_bi_keys, view._cache_bi_logp = keys, vals
        else:
            view._cache_bi_keys = view._cache_bi_logp = None
        view._cache_weight = weight
        return view


_WORDS = re.compile(r"[^\W\d_]+|[.;!?…]")


def text_counts(texts: Iterable[str], weight: float = 1.0) -> Counter:
    """Unigram and bigram counts (keys 1- and 2-tuples) of the syllables of clean texts.

    A quick reading (one regex per line): commas do not cut a bigram, sentence marks do."""
    c: Counter = Counter()
    if weight == 1.0:
        # each line's counts are cached by its text (every repair step that adapts the
        # model to the document reads the same lines).  With unit weights every count is
        # an integer, so adding them line by line gives exactly the counts of the loop
        # below, keys in the same first-seen order
        for t in texts:
            c.update(_line_counts(t))
        return c
    for t in texts:
        _count_line(c, t, weight)
    return c


_LINE_COUNTS: dict[str, Counter] = {}


def _count_line(counts: Counter, t: str, weight: float) -> None:
    """Add one line's syllable unigrams and bigrams (sentence marks cut a bigram)."""
    prev = None
    for w in _WORDS.findall(t.lower()):
        if w in ".;!?…":
            prev = None
            continue
        w = norm_syllable(w)
        counts[(w,)] += weight
        if prev is not None:
            counts[(prev, w)] += weight
        prev = w


def _line_counts(t: str) -> Counter:
    got = _LINE_COUNTS.get(t)
    if got is None:
        if len(_LINE_COUNTS) >= 50_000:
            _LINE_COUNTS.clear()
        got = Counter()
        _count_line(got, t, 1.0)
        _LINE_COUNTS[t] = got
    return got


def per_model(store: dict, model, make):
    """What ``store`` keeps for ``model`` (built by ``make()`` on first use): tables and word
    verdicts that depend only on the model live across documents.  Keyed by id() and checked
    for identity (a model freed and another allocated at its address must not inherit them);
    a few models at most (base, adapted per user), so the store is simply cleared past 8."""
    got = store.get(id(model))
    if got is None or got[0] is not model:
        if len(store) > 8:
            store.clear()
        got = store[id(model)] = (model, make())
    return got[1]


def has_marks(text: str) -> bool:
    from pipeline.repair.linecache import marked

    return marked(text)


def document_cache(doc, lm: SyllableLM | None = None, weight: float = CACHE_WEIGHT) -> SyllableLM:
    """The base LM adapted to a document's intact text: the syllables of its lines that
    carry Vietnamese marks (lines typed with marks are spelled right, by and large)."""
    lm = lm or load_model()
    texts = [ln.text for ln in doc.lines if has_marks(ln.text)]
    counts = text_counts(texts)
    return lm.adapt(counts, weight) if counts else lm


@lru_cache(maxsize=4)
def _load(path: str) -> SyllableLM:
    return SyllableLM(Path(path))


_REAL: dict[tuple, tuple[str, str, str]] = {}  # (folder, working directory) -> its model.npz, the two real paths


def load_model(models_dir: Path | None = None) -> SyllableLM:
    """The model in ``models_dir`` (default ``Config().models_dir``), loaded once.

    Each repair step asks for it on every document, so the folder's resolution is
    remembered (pathlib and realpath cost more than a short letter's clean-text fast path);
    whether the folder holds model.npz itself or in lm/ is still checked on every call."""
    key = (models_dir, os.getcwd())
    got = _REAL.get(key)
    if got is None:
        if len(_REAL) > 64:
            _REAL.clear()
        if models_dir is None:
            from pipeline.config import Config

            models_dir = Config().models_dir
        base = Path(models_dir)
        got = _REAL[key] = (str(base / "model.npz"), str(base.resolve()), str((base / LM_SUBDIR).resolve()))
    return _load(got[1] if os.path.exists(got[0]) else got[2])


# ---------------------------------------------------------------------- user corpora
def _reestimate(lm: SyllableLM, prefix: str, remap: np.ndarray, V0: int, V: int,
                index: dict[str, int], user_ids: list[np.ndarray], prior: np.ndarray) -> dict:
    """One direction: the shipped counts re-keyed into the new vocabulary, plus the user's
    trigram counts, re-estimated."""
    from pipeline.repair import lmbuild

    a = lm.arrays
    tk = a[prefix + "tri_keys"]
    u, v, w = tk // (V0 * V0), (tk // V0) % V0, tk % V0
    old_keys = (remap[u] * V + remap[v]) * V + remap[w]
    old_counts = a[prefix + "tri_count"]
    # sentence starts: rebuild (BOS, BOS, w) pseudo-trigrams from the BOS bigram counts
    bk = a[prefix + "bi_keys"]
    bv, bw = bk // V0, bk % V0
    st = bv == lm.bos
    bos = index[BOS]
    start_keys = (bos * V + bos) * V + remap[bw[st]]
    start_counts = a[prefix + "bi_adj"][st]
    # continuation-only bigrams (v, w) whose trigrams were pruned: one pseudo trigram each
    # with an <unk> left context keeps their continuation counts alive.
    unk = index[UNK]
    cont = ~st
    pseudo_keys = (unk * V + remap[bv[cont]]) * V + remap[bw[cont]]
    pseudo_counts = np.ones(int(cont.sum()), np.int64)
    user = lmbuild.count_ngrams(user_ids, V, bos, index[EOS])
    keys = np.concatenate([old_keys, start_keys, pseudo_keys, user["tri_keys"]])
    cnts = np.concatenate([old_counts, start_counts, pseudo_counts, user["tri_count"]])
    keys, inv = np.unique(keys, return_inverse=True)
    cnts = np.bincount(inv, weights=cnts).astype(np.int64)
    return lmbuild.estimate(V, keys, cnts, bos, uni_prior=prior, min_tri_count=2)


def build_model(corpus_dir: Path, out_dir: Path, base: Path | None = None) -> Path:
    """Add a user's clean documents (``*.txt`` under ``corpus_dir``, any encoding the
    ingest reader understands) to the shipped model's counts and write a new models
    directory ``out_dir`` (the LM in ``out_dir/lm``, the base's other data files copied):
    point ``Config.models_dir`` at it.  ``base`` is a models dir or an LM dir (default
    ``Config().models_dir``).  Returns ``out_dir``.

    The shipped artefact keeps the trigrams seen at least twice with their counts, the
    bigram continuation counts and the vocabulary, so the user's trigram counts are added to
    those and Kneser-Ney is re-estimated; new syllable-shaped words seen 3+ times join the
    vocabulary.
    """
    from pipeline.repair import lmbuild
    from pipeline.repair.syllables import has_syllable_shape

    base_dir = _resolve(base)
    lm = SyllableLM(base_dir)
    corpus_dir = Path(corpus_dir)
    from pipeline.ingest import walk_entries

    closed: set[Path] = set()
    entries = walk_entries(corpus_dir, closed)
    # a folder that cannot be opened, a broken link, a named pipe or an unreadable file with a
    # text's name are skipped with their reason (a FIFO or a file the user could not read
    # ended the build in a traceback; the others were passed over without a word)
    files = sorted(p for p in entries if (p in closed or not p.is_dir()) and
                   (p in closed or p.suffix.lower() in (".txt", ".md")))
    if not files:
        raise FileNotFoundError(f"{corpus_dir}: no .txt files to learn from")
    sents: list[list[str]] = []
    read, skipped = [], []
    reasons: dict[str, str] = {}
    for p in files:
        text, why = _read_corpus_file(p)
        if text is None:
            skipped.append(p)
            reasons[str(p.relative_to(corpus_dir))] = why
            continue
        read.append(p)
        for para in text.split("\n"):
            sents.extend(sentences(para))
    if not read:
        raise FileNotFoundError(f"{corpus_dir}: no readable .txt files to learn from "
                                f"({len(skipped)} empty, binary or undecodable)")
    files = read
    wc = Counter(t for s in sents for t in s)
    syll = [lm.vocab[i] for i in lm.syllable_ids]
    new_syll = sorted(w for w, n in wc.items()
                      if w not in lm.index and w not in SPECIAL and n >= 3 and has_syllable_shape(w))
    others = [w for w in lm.vocab[len(SPECIAL) + lm.n_syllables:]]
    new_vocab = list(SPECIAL) + sorted(syll + new_syll) + others
    index = {w: i for i, w in enumerate(new_vocab)}
    remap = np.array([index[w] for w in lm.vocab], np.int64)
    V0, V = lm.V, len(new_vocab)
    unk_id = index[UNK]
    ids = [np.fromiter((index.get(t, unk_id) for t in s), np.int64, len(s)) for s in sents]
    prior = np.full(V, 1e-7)
    prior[remap] = np.power(10.0, lm.uni_logp)
    model: dict[str, np.ndarray] = {}
    prefixes = ["", "b_"] if lm.bwd is not None else [""]
    for prefix in prefixes:
        user_ids = ids if prefix == "" else [x[::-1] for x in ids]
        est = _reestimate(lm, prefix, remap, V0, V, index, user_ids, prior)
        model.update({prefix + k: v for k, v in est.items()})
    uni_count = np.zeros(V, np.int64)
    uni_count[remap] = lm.uni_count
    for t, n in wc.items():
        if t in index:
            uni_count[index[t]] += n
    sources = list(lm.manifest.get("sources", [])) + [
        {"name": f"user corpus {corpus_dir}", "entries": len(files),
         "sha256": lmbuild._sha256_files(files)}]
    out_dir = Path(out_dir)
    _copy_models_dir(base_dir, out_dir)
    lmbuild.write_model(out_dir / LM_SUBDIR, new_vocab, len(syll) + len(new_syll), model, uni_count, lm.codes,
                        sources, 2, {"base_model": str(base_dir), "user_files": len(files),
                         "user_files_skipped": [str(p.relative_to(corpus_dir)) for p in skipped],
                         "user_files_skipped_reasons": reasons,
                         "user_tokens": int(sum(len(s) for s in sents)), "new_syllables": len(new_syll)})
    return out_dir


def _copy_models_dir(lm_dir: Path, out_dir: Path) -> None:
    """A models dir is more than the LM (the gazetteer, the TCVN3 case table): copy the
    base's other data files so that ``Config.models_dir = out_dir`` works for every stage."""
    import shutil

    base_models = lm_dir.parent if lm_dir.name == LM_SUBDIR else None
    out_dir.mkdir(parents=True, exist_ok=True)
    if base_models is None or base_models.resolve() == out_dir.resolve():
        return
    for f in sorted(base_models.iterdir()):
        if f.is_file() and f.suffix not in (".py", ".pyc") and not (out_dir / f.name).exists():
            shutil.copy2(f, out_dir / f.name)


def _read_corpus_file(path: Path) -> tuple[str | None, str]:
    """(text, '') or (None, why it cannot be learnt from)."""
    from pipeline.ingest import IngestError, unreadable_reason
    from pipeline.ingest.text import decode_bytes

    why = unreadable_reason(path)
    if why:
        return None, why
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, f"cannot be read ({exc.strerror or exc})"
    if not data.strip():
        return None, "empty file" if not data else "empty file (only white space)"
    try:
        text = decode_bytes(data)[0]
    except IngestError as exc:
        return None, str(exc)
    return text.lstrip("\ufeff"), ""


def _read_text(path: Path) -> str | None:
    """A corpus file's text, decoded the way `chidao run` reads it (BOM, UTF-16, UTF-8, then
    Windows-1258 / TCVN3 / VNI / VISCII by how Vietnamese each reads); None for an empty,
    binary or undecodable file.  Trying UTF-16 before the 8-bit encodings, as this did, read
    an even-sized legacy file as CJK noise and taught the model that noise."""
    from pipeline.ingest import IngestError
    from pipeline.ingest.text import decode_bytes

    data = path.read_bytes()
    if not data.strip():
        return None
    try:
        text = decode_bytes(data)[0]
    except IngestError:
        return None
    return text.lstrip("\ufeff")
