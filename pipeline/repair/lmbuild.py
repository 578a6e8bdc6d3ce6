"""Build the syllable trigram language model (interpolated Kneser-Ney, pruned, backoff form).

Why our own and not KenLM/NLTK: KenLM needs a C++ build that pip cannot guarantee, NLTK's
KneserNeyInterpolated is far too slow to score millions of lattice arcs, and both would hide
the counts that ``chidao build-model`` must extend with a user's archive.  Here the model is
a handful of sorted numpy arrays:

- vocabulary ``vocab`` (list of tokens, ids are positions; syllables first after the
  special tokens), per-token ``uni_logp`` (log10) and ``uni_bow`` (log10 backoff weight);
- bigrams keyed ``v * V + w``: ``bi_keys`` (sorted int64), ``bi_logp``, ``bi_bow`` (backoff
  weight of the bigram *as a context* for trigrams), plus the counts needed to recompute;
- trigrams keyed ``(u * V + v) * V + w``: ``tri_keys``, ``tri_logp`` and ``tri_count``.

Lookup is the ARPA backoff rule: p(w|u,v) = p3 if (u,v,w) is stored, else bow(u,v) *
p(w|v); p(w|v) = p2 if stored, else bow(v) * p1(w).  Probabilities are the interpolated
Kneser-Ney estimates computed from the *full* counts; pruning (trigrams seen once are
dropped) renormalises the backoff weights, as SRILM/KenLM do.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

UNI_MIX = 0.03  # share of the unigram distribution given to the dictionary/wordfreq prior


def _discount(counts: np.ndarray) -> float:
    """Ney's absolute discount D = n1 / (n1 + 2 n2)."""
    n1 = float(np.sum(counts == 1))
    n2 = float(np.sum(counts == 2))
    if n1 + n2 == 0:
        return 0.5
    return min(0.9, max(0.1, n1 / (n1 + 2 * n2)))


def _group(keys: np.ndarray, div: int) -> tuple[np.ndarray, np.ndarray]:
    """For sorted keys, the context of each key (key // div) and the inverse index into the
    unique contexts."""
    ctx = keys // div
    uniq, inv = np.unique(ctx, return_inverse=True)
    return uniq, inv


def count_ngrams(sent_ids: list[np.ndarray], V: int, bos: int, eos: int) -> dict[str, np.ndarray]:
    """Raw trigram and BOS-bigram counts from id sentences (each without BOS/EOS)."""
    parts = []
    for s in sent_ids:
        parts.append(np.concatenate(([bos, bos], s, [eos])).astype(np.int64))
    if not parts:
        return {"tri_keys": np.zeros(0, np.int64), "tri_count": np.zeros(0, np.int64)}
    # Trigrams inside each padded sentence: (BOS, BOS, w1) is the sentence start, so every
    # real bigram (BOS, w1) is also the suffix of a trigram.
    keys = []
    for p in parts:
        if len(p) >= 3:
            keys.append((p[:-2] * V + p[1:-1]) * V + p[2:])
    allk = np.concatenate(keys)
    uk, cnt = np.unique(allk, return_counts=True)
    return {"tri_keys": uk, "tri_count": cnt.astype(np.int64)}


def estimate(
    V: int,
    tri_keys: np.ndarray,
    tri_count: np.ndarray,
    bos: int,
    extra_bigrams: np.ndarray | None = None,
    uni_prior: np.ndarray | None = None,
    min_tri_count: int = 2,
) -> dict[str, np.ndarray]:
    """Interpolated Kneser-Ney over full trigram counts, returned pruned, in backoff form.

    ``tri_keys`` are (u,v,w) with the sentence start padded as (BOS, BOS, w1).  The
    "trigram" (BOS, BOS, w1) is only the vehicle of the bigram (BOS, w1): it is not stored
    as a trigram (its context is always the start).  ``extra_bigrams`` are dictionary word
    pairs (keys v*V+w) added with adjusted count 1 each.  ``uni_prior`` is a distribution
    over the vocabulary mixed into the unigram for syllables the corpus never saw.
    """
    V2 = V * V
    tri_keys = np.asarray(tri_keys, np.int64)
    tri_count = np.asarray(tri_count, np.int64)
    u = tri_keys // V2
    vw = tri_keys % V2
    v = vw // V
    start = (u == bos) & (v == bos)
    # ---- bigram adjusted counts: continuation N1+(. v w) for v != BOS, raw for v == BOS.
    real = ~start
    cont_keys, cont = np.unique(vw[real], return_counts=True)  # each (u,v,w) type counts 1
    start_keys = vw[start]  # (BOS, w1): raw counts
    start_counts = tri_count[start]
    # (BOS, BOS, w) trigram keys reduce to (BOS, w) bigrams; but (x, BOS, w) never occurs.
    bi_keys = np.concatenate([cont_keys, start_keys])
    bi_adj = np.concatenate([cont, start_counts]).astype(np.int64)
    if extra_bigrams is not None and len(extra_bigrams):
        bi_keys = np.concatenate([bi_keys, np.asarray(extra_bigrams, np.int64)])
        bi_adj = np.concatenate([bi_adj, np.ones(len(extra_bigrams), np.int64)])
    bi_keys, inv = np.unique(bi_keys, return_inverse=True)
    bi_adj = np.bincount(inv, weights=bi_adj, minlength=len(bi_keys)).astype(np.int64)
    bv = bi_keys // V
    bw = bi_keys % V
    # ---- unigram: continuation counts N1+(. w) over bigram types.
    a1 = np.bincount(bw, minlength=V).astype(np.float64)
    a1[bos] = 0.0
    p1 = a1 / a1.sum()
    if uni_prior is not None:
        prior = np.asarray(uni_prior, np.float64)
        prior = prior / prior.sum()
        p1 = (1 - UNI_MIX) * p1 + UNI_MIX * prior
    floor = 1e-9
    p1 = np.where(p1 > 0, p1, floor)
    p1[bos] = floor
    p1 = p1 / p1.sum()
    # ---- bigram probabilities (interpolated with p1).
    D2 = _discount(bi_adj)
    tot2 = np.bincount(bv, weights=bi_adj, minlength=V)
    types2 = np.bincount(bv, minlength=V).astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        lam2 = np.where(tot2 > 0, D2 * types2 / np.maximum(tot2, 1), 1.0)
    p2 = np.maximum(bi_adj - D2, 0) / np.maximum(tot2[bv], 1) + lam2[bv] * p1[bw]
    # backoff weight of v: (1 - sum_w p2) / (1 - sum_w p1) over stored w
    s2 = np.bincount(bv, weights=p2, minlength=V)
    s1 = np.bincount(bv, weights=p1[bw], minlength=V)
    with np.errstate(divide="ignore", invalid="ignore"):
        uni_bow = np.where(types2 > 0, (1 - s2) / np.maximum(1 - s1, 1e-12), 1.0)
    uni_bow = np.clip(uni_bow, 1e-12, None)
    # ---- trigram probabilities from full counts, stored only when count >= min_tri_count.
    tk = tri_keys[real]
    tc = tri_count[real].astype(np.float64)
    D3 = _discount(tri_count[real])
    ctx = tk // V  # (u*V + v)
    uctx, cinv = np.unique(ctx, return_inverse=True)
    tot3 = np.bincount(cinv, weights=tc)
    types3 = np.bincount(cinv).astype(np.float64)
    lam3 = D3 * types3 / tot3
    tvw = tk % V2
    bidx = np.searchsorted(bi_keys, tvw)
    p2_of = p2[bidx]
    p3 = (tc - D3) / tot3[cinv] + lam3[cinv] * p2_of
    keep = tri_count[real] >= min_tri_count
    # backoff weight of context (u,v) after pruning
    ks3 = np.bincount(cinv[keep], weights=p3[keep], minlength=len(uctx))
    ks2 = np.bincount(cinv[keep], weights=p2_of[keep], minlength=len(uctx))
    with np.errstate(divide="ignore", invalid="ignore"):
        bow3 = np.where(ks3 > 0, (1 - ks3) / np.maximum(1 - ks2, 1e-12), 1.0)
    bow3 = np.clip(bow3, 1e-12, None)
    # contexts (u, v) live in the bigram key space u*V+v; contexts never seen as bigrams
    # (impossible except BOS pairs) are dropped.
    ctx_pos = np.searchsorted(bi_keys, uctx)
    ctx_pos = np.minimum(ctx_pos, len(bi_keys) - 1)
    ok = bi_keys[ctx_pos] == uctx
    bi_bow = np.zeros(len(bi_keys), np.float64)  # log10 1 = 0
    bi_bow[ctx_pos[ok]] = np.log10(bow3[ok])
    # context totals (for a user's build to extend): per bigram-as-context
    bi_ctx_total = np.zeros(len(bi_keys), np.int64)
    bi_ctx_types = np.zeros(len(bi_keys), np.int64)
    bi_ctx_total[ctx_pos[ok]] = tot3[ok].astype(np.int64)
    bi_ctx_types[ctx_pos[ok]] = types3[ok].astype(np.int64)
    return {
        "uni_logp": np.log10(p1).astype(np.float32),
        "uni_bow": np.log10(uni_bow).astype(np.float32),
        "bi_keys": bi_keys.astype(np.int64),
        "bi_logp": np.log10(np.clip(p2, 1e-12, 1)).astype(np.float32),
        "bi_bow": bi_bow.astype(np.float32),
        "bi_adj": bi_adj.astype(np.int64),
        "tri_keys": tk[keep].astype(np.int64),
        "tri_logp": np.log10(np.clip(p3[keep], 1e-12, 1)).astype(np.float32),
        "tri_count": tri_count[real][keep].astype(np.int64),
        "discounts": np.array([D2, D3], np.float64),
    }


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _sha256_files(paths: list[Path]) -> str:
    """One checksum over several files (names and contents), for a user corpus."""
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.name.encode())
        h.update(bytes.fromhex(_sha256(p)))
    return h.hexdigest()


def write_model(out_dir: Path, vocab: list[str], n_syll: int, model: dict, uni_count: np.ndarray,
                codes: dict[str, str], sources: list[dict], min_tri_count: int, stats: dict) -> dict:
    """Write the artefact and its manifest (shared with pipeline.repair.lm.build_model)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    arrays = {k: v for k, v in model.items()}
    arrays["uni_count"] = uni_count.astype(np.int64)
    arrays["n_syllables"] = np.array([n_syll], np.int64)
    # np.savez_compressed writes zip entries with a fixed timestamp: the file is
    # byte-for-byte reproducible for the same inputs.
    np.savez_compressed(out_dir / "model.npz", **arrays)
    (out_dir / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    (out_dir / "codes.json").write_text(json.dumps(codes, ensure_ascii=False, indent=0,
                                                   sort_keys=True) + "\n", encoding="utf-8")
    files = {}
    for name in ("model.npz", "vocab.txt", "codes.json"):
        p = out_dir / name
        files[name] = {"bytes": p.stat().st_size, "sha256": _sha256(p)}
    manifest = {
        "format": "chidao-syllable-lm/1",
        "order": 3,
        "smoothing": "interpolated Kneser-Ney (absolute discounts %.3f/%.3f), backoff form, "
                     "trigrams with count < %d pruned" % (model["discounts"][0],
                                                          model["discounts"][1], min_tri_count),
        "directions": ["forward", "backward"] if "b_tri_keys" in model else ["forward"],
        "log_base": 10,
        "counts": {
            "vocabulary": len(vocab), "syllables": n_syll, "bigrams": int(len(model["bi_keys"])),
            "trigrams": int(len(model["tri_keys"])),
            "backward_trigrams": int(len(model.get("b_tri_keys", []))), "codes": len(codes), **stats,
        },
        "sources": sources,
        "files": files,
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                           encoding="utf-8")
    return manifest
