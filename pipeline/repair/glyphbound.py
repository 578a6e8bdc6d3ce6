"""An upper bound on :meth:`DocumentLM.score`, for the lost-glyph search's lazy scoring.

The lattice search (:class:`pipeline.repair.glyphs.GlyphSolver`) keeps, at each position, the
``beam`` best states; a word edge into a position only matters when its score could reach
that position's beam.  :func:`score_ceiling` gives, for a word, a number no
``DocumentLM.score(word, prev)`` exceeds whatever ``prev`` is, so the search can leave an
edge unscored when even that ceiling stays below the beam's cut -- and the output stays
exactly what scoring every edge gives.

Why it is a bound (each term of :meth:`DocumentLM._score` taken at its largest):
- the model's log10 p(w | v) is, for any context v, either a stored bigram's value, or the
  backoff weight of v plus w's unigram (one float addition), or (no context) the unigram:
  the largest of w's stored bigrams, ``max(bow) + uni[w]`` and ``uni[w]`` is above each
  (float addition and multiplication by a positive constant are monotone, so the
  inequality survives rounding); an unseen syllable scores the model's rarest, as there;
- the unigram nudge does not depend on ``prev``: it is the very term;
- the document's bigram count of (prev, w) is at most the largest count of any (v, w).
The terms are added in :meth:`DocumentLM._score`'s own order, so the ceiling is computed
with the same roundings as the score it bounds.  Without the model, or with a model that
mixes a cache in, the ceiling is +inf (nothing is skipped).
"""
from __future__ import annotations

import math

import pipeline.repair.lexicon as lexicon_module
from pipeline.repair.lexicon import DocumentLM, Lexicon, norm

_LN10 = math.log(10)
_INF = float("inf")
MODEL_MEMO_LIMIT = 500_000  # the lexicon-wide memo of the model's part is emptied past this


def logprob_ceilings(lex: Lexicon) -> list[float] | None:
    """Per vocabulary id w: the largest log10 p(w | v) the model gives over every context v
    (and none); None without a plain backoff model.  Made once per lexicon (a few numpy
    calls over the 250k stored bigrams) and kept on it."""
    memo = lex.__dict__
    if "_glyph_lp_ceilings" in memo:
        return memo["_glyph_lp_ceilings"]
    got: list[float] | None = None
    lm = lex.lm
    try:
        import numpy as np

        if lm is not None and getattr(lm, "_cache_uni", None) is None:
            fwd = lm.fwd
            uni = np.asarray(fwd.uni_logp, np.float64)
            ceil = np.maximum(uni, float(np.max(fwd.uni_bow)) + uni)
            keys = np.asarray(fwd.bi_keys, np.int64)
            np.maximum.at(ceil, keys % fwd.V, np.asarray(fwd.bi_logp, np.float64))
            got = ceil.tolist()
    except Exception:  # noqa: BLE001 - an unknown model's shape: no bound (+inf), never a wrong one
        got = None
    memo["_glyph_lp_ceilings"] = got
    return got


def score_ceiling(dlm: DocumentLM, lw: str) -> float:
    """The most ``dlm.score(lw, prev)`` can be for any ``prev`` (see the module docstring);
    memoised per document model."""
    memo = ceilings_of(dlm)
    got = memo.get(lw)
    if got is not None:
        return got
    lex = dlm.lex
    model = lex.__dict__.setdefault("_glyph_model_ceilings", {})
    s = model.get(lw)
    if s is None:
        if len(model) > MODEL_MEMO_LIMIT:
            model.clear()
        s = model[lw] = _model_ceiling(lex, lw)
    if s != _INF:
        # the document's terms, added in DocumentLM._score's order
        w = norm(lw)
        c = dlm.uni.get(w, 0)
        s += 1.2 * math.log1p(min(c, 20))
        s += 2.5 * math.log1p(dlm.__dict__["_glyph_most_bi"].get(w, 0))
    memo[lw] = s
    return s


def _model_ceiling(lex: Lexicon, lw: str) -> float:
    """The model's part of :func:`score_ceiling` (log10 ceiling times ln 10), the same for
    every document: kept on the lexicon."""
    ceils = logprob_ceilings(lex)
    if ceils is None:
        return _INF
    w = norm(lw)
    if lexicon_module.UNSEEN_AS_RAREST and w in lex.unseen:
        lp = lex.rarest
    else:
        lp = ceils[lex.lm.id(norm(w))]
    return lp * _LN10


def ceilings_of(dlm: DocumentLM) -> dict[str, float]:
    """:func:`score_ceiling`'s memo for ``dlm`` (the search asks it first: one call less)."""
    memo = dlm.__dict__.get("_glyph_ceilings")
    if memo is None:
        # (the largest count of each word's document bigrams, over every word before it)
        most: dict[str, int] = {}
        for (_a, b), c in dlm.bi.items():
            if c > most.get(b, 0):
                most[b] = c
        dlm.__dict__["_glyph_most_bi"] = most
        memo = dlm.__dict__["_glyph_ceilings"] = {}
    return memo
