"""The shipped syllable language model: small, loads, knows Vietnamese, adapts."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from pipeline.config import Config
from pipeline.repair.corrections import (
    adapt_with_corrections, correction_counts, load_corrections, substitutions,
)
from pipeline.repair.lm import SyllableLM, build_model, load_model, text_counts

ROOT = Path(__file__).resolve().parent.parent
LM_DIR = ROOT / "models" / "lm"


@pytest.fixture(scope="module")
def lm() -> SyllableLM:
    return load_model()


def test_model_is_committed_small_and_described():
    files = [p for p in LM_DIR.iterdir() if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 25e6
    manifest = json.loads((LM_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["order"] == 3 and manifest["log_base"] == 10
    names = " ".join(s["name"] for s in manifest["sources"])
    for src in ("Viet74K", "Viet22K", "pyvi", "wordfreq", "congbao"):
        assert src in names
    assert manifest["counts"]["trigrams"] > 100_000
    assert manifest["counts"]["syllables"] > 6000
    for name, info in manifest["files"].items():
        import hashlib

        assert hashlib.sha256((LM_DIR / name).read_bytes()).hexdigest() == info["sha256"]


def test_default_model_dir_is_config_models_dir(lm):
    assert lm.path.resolve() == (Config().models_dir / "lm").resolve()
    assert load_model() is lm  # cached


def test_known_syllables(lm):
    for s in ("tỉnh", "huyện", "nghiêng", "Đôn", "đốc", "khuyến", "hoà", "hòa", "QUYẾT"):
        assert lm.is_syllable(s), s
    for s in ("ubnd", "trien", "xyz", "thièu", "đât"):
        assert not lm.is_syllable(s), s


def test_inventory(lm):
    syl = lm.syllables
    assert len(syl) == lm.n_syllables and "nghiêng" in syl and "<s>" not in syl and "ubnd" not in syl
    assert lm.count("của") > 10_000 and lm.count("xyz") == 0


def test_candidates_for_skeleton(lm):
    c = lm.candidates_for_skeleton("tinh")
    assert {"tỉnh", "tình", "tính", "tinh"} <= set(c)
    assert c == sorted(c, key=lambda s: -lm.unigram_logprob(s))
    assert "đôn" in lm.candidates_for_skeleton("don")
    assert lm.candidates_for_skeleton("ubnd") == []


def test_logprob_argument_order_is_forgiving(lm):
    assert lm.logprob("dân", ("ủy", "ban", "nhân")) == lm.logprob(("ủy", "ban", "nhân"), "dân")


def test_scores_prefer_the_register(lm):
    assert lm.score("đôn đốc".split()) > lm.score("đơn độc".split())
    assert lm.score("ủy ban nhân dân tỉnh".split()) > lm.score("ủy ban nhân dân tình".split())
    assert lm.score("phát triển kinh tế xã hội".split()) > lm.score("phát triển kinh tê xa hội".split())
    assert lm.logprob(("ủy", "ban", "nhân"), "dân") > -0.5
    assert lm.logprob(("kế", "hoạch"), "số") > lm.logprob(("kế", "hoạch"), "sơ")


@pytest.mark.parametrize("context", [(), ("của",), ("ủy", "ban"), ("nonexistent", "tỉnh")])
def test_distribution_sums_to_one(lm, context):
    ctx = ["<s>", "<s>", *context][-2:]
    u, v = lm.id(ctx[0]), lm.id(ctx[1])
    p = lm.logprob_ids(np.full(lm.V, u), np.full(lm.V, v), np.arange(lm.V))
    assert abs(np.power(10.0, p).sum() - 1.0) < 1e-3


def test_adapt_boosts_document_words(lm):
    before = lm.logprob(("thôn",), "Ia")
    adapted = lm.adapt(text_counts(["thôn Ia Chim, thôn Ia Chim"]))
    assert adapted.logprob(("thôn",), "ia") > before + 1
    assert lm.logprob(("thôn",), "Ia") == before  # the base model is unchanged


def test_corrections_csv(tmp_path, lm):
    f = tmp_path / "corrections.csv"
    f.write_text("before,after,context,accepted\n"
                 "đơn độc,đôn đốc,đôn đốc thực hiện,1\n"
                 "nguòi,người,,yes\n"
                 "tình,tỉnh,,0\n", encoding="utf-8")
    corr = load_corrections(f)
    assert [c.after for c in corr] == ["đôn đốc", "người"]
    assert substitutions(corr) == {"đơn": "đôn", "độc": "đốc", "nguòi": "người"}
    assert correction_counts(corr)[("đôn", "đốc")] > 0
    boosted = adapt_with_corrections(lm, corr)
    assert boosted.logprob(("đôn",), "đốc") > lm.logprob(("đôn",), "đốc")
    assert load_corrections(tmp_path / "missing.csv") == []
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y\n1,2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.csv"):
        load_corrections(bad)


def test_build_model_adds_user_counts(tmp_path, lm):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "Ban chỉ đạo xã Ia Chim đôn đốc thôn Plei Krông.\n" * 30
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    (corpus / "b.txt").write_text("Thôn Plei Krông họp dân.\n" * 5, encoding="utf-8-sig")
    out = build_model(corpus, tmp_path / "model", base=ROOT / "models")
    assert out == tmp_path / "model"
    assert (out / "gazetteer.tsv").exists()  # a complete models dir: every stage finds its data
    new = load_model(out)
    sent = "ban chỉ đạo xã ia chim đôn đốc thôn plei krông".split()
    assert new.score(sent) > lm.score(sent) + 5
    assert new.count("krông") >= lm.count("krông") + 35
    manifest = json.loads((out / "lm" / "manifest.json").read_text(encoding="utf-8"))
    assert any("user corpus" in s["name"] for s in manifest["sources"])
    assert manifest["counts"]["user_files"] == 2
    # what it did not see is still known
    assert new.is_syllable("nghiêng") and new.score("đôn đốc".split()) > new.score("đơn độc".split())
    with pytest.raises(FileNotFoundError):
        build_model(tmp_path / "empty", tmp_path / "m2", base=LM_DIR)


def test_build_script_says_when_corpus_is_absent(tmp_path):
    r = subprocess.run([sys.executable, str(ROOT / "models" / "build_models.py"), "--corpus",
                        str(tmp_path / "nope.jsonl.gz"), "--out", str(tmp_path / "out")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2
    assert "corpus is not here" in r.stderr and "committed" in r.stderr
    assert not (tmp_path / "out").exists()
