"""The model's bigram read in Python for small batches (``SyllableLM.bigram_logprob_list``,
speed27): the lost-glyph search prefetches a dozen pairs at a time, so the answers must be
the very floats numpy's backoff gives, for pairs the table holds and pairs it backs off on."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.repair.lexicon import Lexicon
from pipeline.repair.lm import SMALL_BATCH, SyllableLM, load_model


@pytest.fixture(scope="module")
def lm() -> SyllableLM:
    return load_model()


def test_python_bigram_equals_numpy_on_stored_and_backed_off_pairs(lm: SyllableLM) -> None:
    fwd = lm.fwd
    rng = np.random.default_rng(7)
    keys = fwd.bi_keys[rng.integers(0, len(fwd.bi_keys), 5000)]
    v = np.concatenate([keys // fwd.V, rng.integers(0, fwd.V, 5000)])
    w = np.concatenate([keys % fwd.V, rng.integers(0, fwd.V, 5000)])
    want = lm.bigram_logprob_ids(v, w).tolist()
    assert fwd.bigram_list(v.tolist(), w.tolist()) == want  # exact floats, not approximately
    # both sides of the batch-size switch give the same answers
    assert lm.bigram_logprob_list(v[:SMALL_BATCH].tolist(), w[:SMALL_BATCH].tolist()) == want[:SMALL_BATCH]
    assert lm.bigram_logprob_list(v.tolist(), w.tolist()) == want


def test_prefetch_scores_real_pairs_as_the_numpy_path_does(lm: SyllableLM) -> None:
    words = "ủy ban nhân dân tỉnh chỉ đạo các sở ban ngành huyện triển khai thực hiện ngày 26".split()
    pairs = list(zip(words, words[1:]))
    lex = Lexicon()
    lex.prefetch(pairs)
    ids = [lm.id("<num>" if p[0].isdigit() else p) for p, _ in pairs], [lm.id(x) for _, x in pairs]
    want = lm.bigram_logprob_ids(np.array(ids[0]), np.array(ids[1])).tolist()
    assert [lex._cache[k] for k in pairs] == want
