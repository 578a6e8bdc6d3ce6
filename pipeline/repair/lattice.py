"""Trigram Viterbi over lattices of syllable candidates, batched, with confidence.

A lattice is a sentence: one slot per token, each slot a short array of vocabulary ids
(one id for a fixed token, several for a syllable to restore) and a log10 prior per id
(how much the repairer believes each spelling before the LM speaks: 0 for the stripped
restorer, a bonus for the original spelling in the OCR repairer).

Speed is the design constraint (>= 150 KB/s of broken text in pure Python + numpy), so:

1. sentences are decoded in batches: a batch is a padded (S sentences x M rows x K
   candidates) tensor, every LM score is computed in a few vectorised calls per batch, and
   the dynamic programmes step over the M rows with one numpy operation per step for all S
   sentences at once (never a Python loop per candidate);
2. a bigram forward-backward pass (max-marginals) prunes each slot to its best ``beam``
   candidates within ``margin`` of the best: context decides what survives, not unigram
   frequency (pruning by unigram alone lost 'tỉnh' to 'tính' and cost 1.5 points);
3. the trigram Viterbi runs over the pruned (K x K) states;
4. the pruning pass and the trigram windows are scored over the real candidates only (flat
   index arrays), not over the padded grid: a batch is as wide as its longest candidate
   list (K0 = 12-25 in OCR'd text) while most slots hold a few, and the dense passes spent
   a third of the OCR repair on padding.  The dense passes stay as the reference
   (SPARSE_PRUNE, SPARSE_ARCS; tests/test_lattice_speed.py checks the numbers are the same).

Confidence of a slot is the posterior of its chosen spelling among its surviving
alternatives when the rest of the best path is held fixed (the three trigrams that touch
the slot are re-scored for each alternative): the margin, turned into a probability.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pipeline.repair.lm import SyllableLM

NEG = -1e9

LOCAL_PRUNE = True  # measured: same accuracy as the exact forward-backward pass, faster
SPARSE_PRUNE = True  # local max-marginals over the real candidate pairs only (same numbers)
SPARSE_ARCS = True  # trigram windows enumerated over the survivors only (same numbers)
BEAM = 4
MARGIN = 3.0  # log10: keep candidates whose bigram max-marginal is within 1000x of the best
BATCH_ROWS = 6000  # padded rows per batch (memory: rows * K0^2 floats for the bigram pass)


BOW_CAP = -0.7  # log10 cap on backoff weights while decoding (see SyllableLM.logprob_ids)
# log10 bonus for two syllables that make a dictionary word; measured +0.1 point on the
# samples, -0.03 on unseen directives: off
WORD_BONUS = 0.0
BACKWARD_WEIGHT = 0  # share of the right-to-left model in an arc's score


def arc3(lm: SyllableLM, a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Score of the trigram window (a, b, c): the forward p(c | a, b) and the backward
    p(a | b, c) (plus p(b | end) when c ends the sentence), mixed log-linearly.  Every term of
    both directions' sentence probabilities lives in exactly one window, so the Viterbi
    over windows optimises the mixture exactly."""
    fwd = lm.logprob_ids(a, b, c, BOW_CAP)
    if WORD_BONUS:
        fwd = fwd + WORD_BONUS * lm.in_dictionary(b, c)
    lam = BACKWARD_WEIGHT
    if lam <= 0:
        return fwd
    bos, eos = lm.bos, lm.eos
    a2 = np.where(a == bos, eos, a)
    c2 = np.where(c == eos, bos, c)
    back = lm.backward_logprob_ids(a2, b, c2)
    back = np.where((a == bos) & (b == bos), 0.0, back)
    end = c == eos
    if end.any():
        back = back + np.where(end & (b != bos), lm.backward_logprob_ids(b, np.full_like(b, bos),
                                                                           np.full_like(b, bos)), 0.0)
    return (1 - lam) * fwd + lam * back


def arc2(lm: SyllableLM, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """The bigram version of :func:`arc3`, for pruning."""
    fwd = lm.bigram_logprob_ids(b, c, BOW_CAP)
    if WORD_BONUS:
        fwd = fwd + WORD_BONUS * lm.in_dictionary(b, c)
    lam = BACKWARD_WEIGHT
    if lam <= 0:
        return fwd
    b2 = np.where(b == lm.bos, lm.eos, b)
    c2 = np.where(c == lm.eos, lm.bos, c)
    return (1 - lam) * fwd + lam * lm.backward_bigram_ids(b2, c2)


def _prefix(valid: np.ndarray, n: np.ndarray) -> bool:
    """Are the valid candidates of every row its first ``n`` columns?  The sparse passes
    enumerate candidates by count; a slot prior of NEG or less (no repairer gives one
    today) breaks that, and the dense pass is used instead."""
    return bool((valid == (np.arange(valid.shape[2]) < n[..., None])).all())


def _max_marginals_dense(lm: SyllableLM, ids: np.ndarray, prior: np.ndarray, valid: np.ndarray,
                         pad: np.ndarray) -> np.ndarray:
    """Bigram max-marginals of every candidate over the padded (S, M, K0) batch, every
    (K0 x K0) pair of neighbouring rows scored: the reference for
    :func:`_local_max_marginals` (same numbers) and the exact forward-backward pass when
    LOCAL_PRUNE is off."""
    S, M, K0 = ids.shape
    ok = valid[:, :-1, :, None] & valid[:, 1:, None, :]
    vv, ww = np.broadcast_arrays(ids[:, :-1, :, None], ids[:, 1:, None, :])
    lp2 = np.full(ok.shape, NEG)
    lp2[ok] = arc2(lm, vv[ok], ww[ok])
    lp2[:, :, :, 0] = np.where(pad[:, 1:, None] & valid[:, :-1, :], 0.0, lp2[:, :, :, 0])
    lp2[:, 0] = np.where(ok[:, 0], 0.0, NEG)  # the two context rows are given
    if LOCAL_PRUNE:
        # local max-marginals: best left neighbour + best right neighbour, no
        # sequential pass (vectorised over the whole batch)
        alpha = np.zeros((S, M, K0))
        alpha[:, 1:] = (lp2 + prior[:, :-1, :, None]).max(axis=2)
        beta = np.zeros((S, M, K0))
        beta[:, :-1] = (lp2 + prior[:, 1:, None, :]).max(axis=3)
        alpha += prior
    else:
        alpha = np.empty((S, M, K0))
        alpha[:, 0] = prior[:, 0]
        for t in range(1, M):
            alpha[:, t] = (alpha[:, t - 1, :, None] + lp2[:, t - 1]).max(axis=1) + prior[:, t]
        beta = np.empty((S, M, K0))
        beta[:, M - 1] = 0.0
        for t in range(M - 2, -1, -1):
            beta[:, t] = (lp2[:, t] + (beta[:, t + 1] + prior[:, t + 1])[:, None, :]).max(axis=2)
    return np.where(valid, alpha + beta, NEG)


def _local_max_marginals(lm: SyllableLM, ids: np.ndarray, prior: np.ndarray, valid: np.ndarray,
                         lens: np.ndarray) -> np.ndarray:
    """The local max-marginals of :func:`_max_marginals_dense` (best left neighbour + best
    right neighbour), computed only where they decide something.

    Why: the dense pass scores every (K0 x K0) pair of neighbouring rows of the padded
    batch, K0 being the longest candidate list in it (12-25), while most rows hold a few
    candidates or one: on the OCR benchmark 67 M dense cells for 3.8 M real pairs, and the
    pass took a third of the OCR repair.  Here only the real candidate pairs of the rows
    next to a slot with alternatives are scored (a row with one candidate keeps it whatever
    its score), each maximum taken over the same sums as the dense pass, so every number
    that decides the pruning is bit for bit the same (tests/test_lattice_speed.py)."""
    S, M, K0 = ids.shape
    n = valid.sum(axis=2)  # candidates per row
    if not _prefix(valid, n):  # a slot that gave a candidate no chance (prior <= NEG / 2)
        return _max_marginals_dense(lm, ids, prior, valid, np.arange(M)[None, :] >= (lens + 3)[:, None])
    rows = np.arange(M)[None, :]
    multi = (n > 1) & (rows >= 2) & (rows < (lens + 2)[:, None])
    mm = np.where(valid, 0.0, NEG)  # one candidate: any finite score keeps it
    if not multi.any():
        return mm
    # the pairs of rows (t, t + 1) with a slot of alternatives on either side (t >= 1: a
    # multi row is a slot row, >= 2; t + 1 <= the EOS row), as flat indices into the
    # (S, M, K0) arrays (cheaper than gathering with three index arrays)
    ps, pt = np.nonzero(multi[:, :-1] | multi[:, 1:])
    nl = n[ps, pt]
    nr = n[ps, pt + 1]
    row = (ps * M + pt) * K0  # candidate 0 of each pair's left row
    # one segment per left candidate a: its pairs with the nr right candidates
    seg_blk = np.repeat(np.arange(len(ps)), nl)
    seg_a = np.arange(len(seg_blk)) - np.repeat(np.cumsum(nl) - nl, nl)
    seg_len = nr[seg_blk]
    seg_start = np.cumsum(seg_len) - seg_len
    lrow = row[seg_blk]
    left = np.repeat(lrow + seg_a, seg_len)
    c = np.arange(int(seg_len.sum())) - np.repeat(seg_start, seg_len)
    right = np.repeat(lrow + K0, seg_len) + c
    flat_ids = ids.reshape(-1)
    flat_prior = prior.reshape(-1)
    lp = arc2(lm, flat_ids[left], flat_ids[right])  # pairs in (row pair, a, c) order
    # beta of a left candidate: max over its right neighbours (one segment)
    beta = np.zeros(S * M * K0)
    beta[lrow + seg_a] = np.maximum.reduceat(lp + flat_prior[right], seg_start)
    # alpha of a right candidate: max over its left neighbours (scattered: max is exact
    # in any order)
    alpha = np.full(S * M * K0, -np.inf)
    np.maximum.at(alpha, right, lp + flat_prior[left])
    alpha[np.isinf(alpha)] = 0.0
    alpha = alpha.reshape(S, M, K0) + prior
    beta = beta.reshape(S, M, K0)
    return np.where(multi[:, :, None] & valid, alpha + beta, mm)


def _trigram_arcs(lm: SyllableLM, ids: np.ndarray, valid: np.ndarray, lens: np.ndarray) -> np.ndarray:
    """(S, M - 2, K, K, K) scores of the trigram windows over the pruned batch: :func:`arc3`
    for every window of surviving candidates that ends at most at the sentence's EOS row,
    NEG elsewhere (windows into padding rows are set by the caller).

    Only the real windows are enumerated (the survivors of each row are a prefix of its K
    columns): masking the dense (S, M - 2, K, K, K) grid cost more than scoring it."""
    S, M, K = ids.shape
    n = valid.sum(axis=2)
    if not _prefix(valid, n):
        return _trigram_arcs_dense(lm, ids, valid, np.arange(M)[None, :] >= (lens + 3)[:, None])
    lp3 = np.full((S, M - 2, K, K, K), NEG)
    real = np.arange(M - 2)[None, :] + 2 <= (lens + 2)[:, None]  # window ends at most at EOS
    ws, wk = np.nonzero(real)
    na, nb, nc = n[ws, wk], n[ws, wk + 1], n[ws, wk + 2]
    nbc = nb * nc
    size = na * nbc
    off = np.cumsum(size) - size
    blk = np.repeat(np.arange(len(ws)), size)
    q = np.arange(int(size.sum())) - off[blk]
    nbc_b = nbc[blk]
    nc_b = nc[blk]
    a = q // nbc_b
    r = q - a * nbc_b
    b = r // nc_b
    c = r - b * nc_b
    row = (ws * M + wk)[blk] * K  # flat index of candidate 0 of the window's first row
    flat_ids = ids.reshape(-1)
    vals = arc3(lm, flat_ids[row + a], flat_ids[row + K + b], flat_ids[row + 2 * K + c])
    lp3.reshape(-1)[(((ws * (M - 2) + wk)[blk] * K + a) * K + b) * K + c] = vals
    return lp3


def _trigram_arcs_dense(lm: SyllableLM, ids: np.ndarray, valid: np.ndarray, pad: np.ndarray) -> np.ndarray:
    """The reference for :func:`_trigram_arcs`: every window of the padded grid masked and
    scored (windows into padding rows too, which the caller then overwrites)."""
    ok = valid[:, :-2, :, None, None] & valid[:, 1:-1, None, :, None] & valid[:, 2:, None, None, :]
    uu, vv, ww = np.broadcast_arrays(ids[:, :-2, :, None, None], ids[:, 1:-1, None, :, None],
                                     ids[:, 2:, None, None, :])
    lp3 = np.full(ok.shape, NEG)
    lp3[ok] = arc3(lm, uu[ok], vv[ok], ww[ok])
    return lp3


@dataclass
class Slot:
    ids: np.ndarray  # candidate vocabulary ids
    prior: np.ndarray  # log10 prior per candidate


@dataclass
class Decoded:
    best: list[int]  # chosen index into each slot's ids
    confidence: list[float]  # posterior of the choice (1.0 for single-candidate slots)
    alternatives: list[list[tuple[int, float]]]  # other (index into ids, posterior), best first
    score: float  # log10 score of the best path (LM + priors)


def decode(lm: SyllableLM, slots: list[Slot], left: tuple[int, int] | None = None,
           beam: int = BEAM) -> Decoded:
    """Best path through one sentence (see :func:`decode_many`)."""
    return decode_many(lm, [slots], [left], beam)[0]


def decode_many(lm: SyllableLM, sentences: list[list[Slot]],
                lefts: list[tuple[int, int] | None] | None = None, beam: int = BEAM) -> list[Decoded]:
    """Best paths through many sentences, each from its start (or the two ids of left
    context in ``lefts``) to the sentence end."""
    lefts = lefts or [None] * len(sentences)
    out: list[Decoded | None] = [None] * len(sentences)
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
    i = 0
    while i < len(order):
        j = i
        while j < len(order) and (j == i or (j - i + 1) * (len(sentences[order[j]]) + 3) <= BATCH_ROWS):
            j += 1
        batch = order[i:j]
        for k, d in zip(batch, _decode_batch(lm, [sentences[k] for k in batch],
                                             [lefts[k] for k in batch], beam)):
            out[k] = d
        i = j
    return out  # type: ignore[return-value]


def _decode_batch(lm: SyllableLM, sents: list[list[Slot]], lefts: list[tuple[int, int] | None],
                  beam: int) -> list[Decoded]:
    S = len(sents)
    lens = np.array([len(s) for s in sents])
    M = int(lens.max()) + 3 if S else 3  # ctx, ctx, slots..., EOS
    flat_slots = [sl for s in sents for sl in s]
    n_c = np.fromiter(map(len, [sl.ids for sl in flat_slots]), np.int64, len(flat_slots))
    K0 = max(1, int(n_c.max())) if len(n_c) else 1
    ids = np.full((S, M, K0), lm.eos, np.int64)
    prior = np.full((S, M, K0), NEG)
    prior[:, :, 0] = 0.0  # context rows, EOS and padding rows: one candidate
    starts = np.array([left or (lm.bos, lm.bos) for left in lefts], np.int64).reshape(S, 2)
    ids[:, 0, 0], ids[:, 1, 0] = starts[:, 0], starts[:, 1]
    if flat_slots:
        s_of = np.repeat(np.arange(S), lens)
        t_of = np.arange(len(flat_slots)) - np.repeat(np.cumsum(lens) - lens, lens) + 2
        # flat index of each candidate in the (S, M, K0) arrays
        first = np.repeat((s_of * M + t_of) * K0 - (np.cumsum(n_c) - n_c), n_c)
        at = first + np.arange(int(n_c.sum()))
        ids.reshape(-1)[at] = np.concatenate([sl.ids for sl in flat_slots])
        prior.reshape(-1)[at] = np.concatenate([sl.prior for sl in flat_slots])
    pad = np.arange(M)[None, :] >= (lens + 3)[:, None]
    valid = prior > NEG / 2
    # ---------------- stage 1: bigram max-marginals, prune to `beam`
    keep_idx = np.broadcast_to(np.arange(K0), (S, M, K0))
    if K0 > beam:
        if LOCAL_PRUNE and SPARSE_PRUNE:
            mm = _local_max_marginals(lm, ids, prior, valid, lens)
        else:
            mm = _max_marginals_dense(lm, ids, prior, valid, pad)
        srt = np.argsort(-mm, axis=2, kind="stable")[:, :, :beam]
        top = np.take_along_axis(mm, srt, axis=2)
        keep_ok = (top > NEG / 2) & (top >= top[:, :, :1] - MARGIN)
        keep_idx = srt
        ids = np.take_along_axis(ids, srt, axis=2)
        prior = np.where(keep_ok, np.take_along_axis(prior, srt, axis=2), NEG)
        valid = keep_ok
    K = ids.shape[2]
    # ---------------- stage 2: trigram Viterbi
    lp3 = _trigram_arcs(lm, ids, valid, lens) if SPARSE_ARCS else _trigram_arcs_dense(lm, ids, valid, pad)
    # arcs into padding rows cost nothing
    ab_ok = valid[:, :-2, :, None] & valid[:, 1:-1, None, :]
    lp3[..., 0] = np.where(pad[:, 2:, None, None] & ab_ok, 0.0, lp3[..., 0])
    delta = np.full((S, K, K), NEG)
    delta[:, 0, 0] = 0.0
    bps = np.empty((S, M - 2, K, K), np.int64)
    for k in range(M - 2):
        cand = delta[:, :, :, None] + lp3[:, k]  # (S, a, b, c)
        bp = cand.argmax(axis=1)
        bps[:, k] = bp
        delta = cand.max(axis=1) + prior[:, k + 2, None, :]
    flat = delta.reshape(S, -1).argmax(axis=1)
    scores = delta.reshape(S, -1)[np.arange(S), flat]
    path = np.zeros((S, M), np.int64)
    path[:, M - 2], path[:, M - 1] = flat // K, flat % K
    sidx = np.arange(S)
    for k in range(M - 3, -1, -1):
        path[:, k] = bps[sidx, k, path[:, k + 1], path[:, k + 2]]
    # ---------------- confidence: re-score each surviving alternative, rest of path fixed
    chosen = np.take_along_axis(ids, path[:, :, None], axis=2)[:, :, 0]  # (S, M)
    nvalid = valid.sum(axis=2)
    rows_i = np.arange(M)[None, :]
    slot_row = (rows_i >= 2) & (rows_i < (lens + 2)[:, None])
    multi = slot_row & (nvalid > 1)
    post = np.ones((S, M, K))
    if multi.any():
        ms, mt = np.nonzero(multi)
        ext = np.concatenate([chosen, np.full((S, 2), lm.eos)], axis=1)
        ext_pad = np.concatenate([pad, np.ones((S, 2), bool)], axis=1)
        cand = ids[ms, mt]  # (R, K)
        R = len(ms)
        tot = np.zeros((R, K))
        for d in (0, 1, 2):
            cols = [ext[ms, mt + d - 2], ext[ms, mt + d - 1], ext[ms, mt + d]]
            cols = [np.repeat(c[:, None], K, axis=1) for c in cols]
            cols[2 - d] = cand
            live = ~ext_pad[ms, mt + d]
            vals = arc3(lm, cols[0], cols[1], cols[2])
            tot += np.where(live[:, None], vals, 0.0)
        tot = np.where(valid[ms, mt], tot + prior[ms, mt], NEG)
        tot -= tot.max(axis=1, keepdims=True)
        p = np.power(10.0, tot)
        post[ms, mt] = p / p.sum(axis=1, keepdims=True)
    best_all = np.take_along_axis(keep_idx, path[:, :, None], axis=2)[:, :, 0]
    conf_all = np.take_along_axis(post, path[:, :, None], axis=2)[:, :, 0]
    conf_all = np.where(multi, conf_all, 1.0)
    # alternatives only where one is worth showing (posterior >= 1e-3)
    alt_p = np.where(valid, post, 0.0)
    np.put_along_axis(alt_p, path[:, :, None], 0.0, axis=2)
    has_alt = multi & (alt_p.max(axis=2) >= 1e-3)
    alt_lists: dict[tuple[int, int], list[tuple[int, float]]] = {}
    for s, t in zip(*np.nonzero(has_alt)):
        o = np.argsort(-alt_p[s, t], kind="stable")[:3]
        alt_lists[(int(s), int(t))] = [(int(keep_idx[s, t, x]), float(alt_p[s, t, x])) for x in o
                                       if alt_p[s, t, x] >= 1e-3]
    best_l = best_all.tolist()
    conf_l = conf_all.tolist()
    alt_by_s: dict[int, dict[int, list[tuple[int, float]]]] = {}
    for (s, t), alts in alt_lists.items():
        alt_by_s.setdefault(s, {})[t] = alts
    res = []
    for s, n, score in zip(range(S), lens.tolist(), scores.tolist()):
        got = alt_by_s.get(s)
        alternatives = [[] for _ in range(n)] if got is None else [got.get(t, []) for t in range(2, n + 2)]
        res.append(Decoded(best=best_l[s][2:n + 2], confidence=conf_l[s][2:n + 2],
                           alternatives=alternatives, score=score))
    return res
