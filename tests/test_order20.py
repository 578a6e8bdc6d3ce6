"""A document's whole output does not depend on what the process read before, extended to
the ingest of PDF and .docx files and to the per-user settings: a reviewer's corrections file
(``--corrections``) and a model adapted to an archive (``chidao build-model --corpus``,
``--models``).  A process (a Dask worker, a notebook, a service) may read one user's files
with their corrections and models and then another user's with none or with others: no
answer kept from the first may reach the second (issue #3: every repair accountable and
reproducible).  cache19 audited the stores of repair, structure and extract with the default
settings (tests/test_order19.py); speed20 traced the same question over every sample PDF and
.docx and over three settings (benchmarks/HISTORY.md, "Session 20, branch speed20").

Each target goes through the whole pipeline from its file (ingest, repair, structure,
extract) in a child forked from a process that has warmed up as `chidao run` does, and again
in one process after and between other documents read with other settings, shuffled, then
in reverse order; every table and the repaired text must be equal.

The audit's cost (speed22, session 21: 13.5 min of `make test` under load): each setting
meets each kind of text once, not with both texts (:func:`_copy_read`; every broken kind's
repair acts under every setting, checked by its repair rows), and one process answers both
orders (the shuffled one, then the reverse), with no other document after the last target
(it could change no answer).
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.corrupt import corrupt  # noqa: E402

from _order_worker import run_worker  # noqa: E402

UNSEEN = ROOT / "samples" / "unseen_repair"
TEXTS = ["e_nq01_haugiang_hdnd_ktxh_2017_excerpt.txt", "x14_btc_tt98_chitieu_daihoithidua_2015_news.txt"]
# the copies of each text: clean, and three kinds of damage (the OCR, diacritics and glyph repairs)
KINDS = ("clean", "ocr", "diacritics", "glyph")
# text-layer PDFs of each kind ingest reads (clean, cid codes, a TCVN3 font, lost glyphs) and
# both .docx samples; the scans and the real PDFs (Tesseract, a minute or more each on a
# loaded machine) were traced once by hand (benchmarks/HISTORY.md)
FILES = ["pdf/generated/kehoach_clean.pdf", "pdf/generated/kehoach_cid.pdf", "pdf/generated/kehoach_tcvn3.pdf",
         "pdf/generated/kehoach_lost_glyphs.pdf", "docx/kehoach_numbered.docx", "docx/congvan_textbox.docx"]
# two reviewers who disagree: A rejects 'tính' -> 'tỉnh' and 'co' -> 'cơ', B accepts them
# (the rows are changes the OCR repair makes on the targets' OCR copies)
CORRECTIONS = {
    "A": "before,after,accepted\ndạt,đạt,yes\nxuẩt,xuất,yes\nhôi,hội,yes\ndầu,đầu,yes\ntính,tỉnh,no\nco,cơ,no\n"
         "đôn dốc,đôn đốc,yes\n",
    "B": "before,after,accepted\ntính,tỉnh,yes\nco,cơ,yes\ndan,dân,yes\nUỷ ban,Ủy ban,yes\nhôi,hội,no\n"
         "dại,đại,no\nViêt,Việt,no\n",
}

def _copy_read(kind: str, text: int, setting: int) -> bool:
    """Is the ``kind`` copy of TEXTS[text] read under the ``setting``-th setting?  Each setting
    meets each kind, the two texts taking turns, except: the OCR copies of both texts under
    every setting (the reviewers' rows are OCR changes; one reviewer's file leaves the short
    text's copy without a row), and the diacritics copy of the long text only (the short
    text's copy gets no diacritics repair: 0 rows under every setting, measured)."""
    if kind == "ocr":
        return True
    if kind == "diacritics":
        return text == 0
    return (setting + KINDS.index(kind)) % len(TEXTS) == text


def _run(runs: list[tuple[str, list]]) -> list[dict[str, dict[str, str]]]:
    """Each run's docs each alone or in sequence, from a fresh process's state (tests/_order_worker.py)."""
    return run_worker("order20", runs, timeout=3600)


def _text(p: Path) -> str:
    return p.read_text(encoding="utf-8").replace("\r\n", "\n")


@pytest.fixture(scope="module")
def settings(tmp_path_factory) -> dict[str, tuple[str | None, str | None]]:
    """name -> (corrections file, models folder): none, reviewer A, reviewer B, a model
    adapted to a small archive (every 6th text of samples/unseen_repair from the 6th), and that model
    with reviewer B's file."""
    tmp = tmp_path_factory.mktemp("order20")
    files = {}
    for name, body in CORRECTIONS.items():
        files[name] = tmp / f"corrections_{name}.csv"
        files[name].write_text(body, encoding="utf-8")
    corpus = tmp / "corpus"
    corpus.mkdir()
    for p in sorted(UNSEEN.glob("*.txt"))[5::6]:
        (corpus / p.name).write_text(_text(p), encoding="utf-8")
    from pipeline.repair.lm import build_model
    from pipeline.config import Config

    models = build_model(corpus, tmp / "models_local", Config().models_dir)
    return {"default": (None, None), "A": (str(files["A"]), None), "B": (str(files["B"]), None),
            "M": (None, str(models)), "MB": (str(files["B"]), str(models))}


@pytest.mark.slow
def test_files_and_user_settings_alone_equal_after_other_users_in_any_order(settings, tmp_path: Path):
    """Texts (clean and OCR-, diacritics- and glyph-corrupted copies) under each setting, and
    four text-layer PDFs and both .docx samples under two: alone in a forked child equals the same
    document read in one process after and between documents read with the other settings,
    shuffled, and in reverse order after them."""
    targets: list = []
    for t, name in enumerate(TEXTS):
        text = _text(UNSEEN / name)
        for kind in KINDS:
            p = tmp_path / f"{kind}_{name}"
            p.write_text(text if kind == "clean" else corrupt(text, kind, 0)[0], encoding="utf-8")
            targets += [[f"{s}/{kind}/{name}", str(p), *settings[s], True] for i, s in enumerate(settings)
                        if _copy_read(kind, t, i)]
    for f in FILES:
        targets += [[f"{s}/{f}", str(ROOT / "samples" / f), *settings[s], True] for s in ("default", "B")]
    others: list = []
    names = list(settings)
    # (every 80th sample: 7 others, every kind and every setting among them.  Session 24, testtime5:
    # with a settings leak put in on a copy of c7efac60 -- the OCR step's shared slots keyed without
    # the reviewer's substitutions -- 4 tables of the targets differ after the others and reversed
    # (13 with every 40th sample, as before); the targets read under each other's settings leak
    # into one another, the others add kinds; ~9 % less CPU)
    for i, p in enumerate(sorted((ROOT / "samples" / "text").glob("*.txt"))[::80]):
        kind = ("clean", "ocr", "glyph", "cid", "diacritics")[i % 5]
        text = _text(p)
        q = tmp_path / f"other_{kind}_{p.name}"
        q.write_text(text if kind == "clean" else corrupt(text, kind, 0)[0], encoding="utf-8")
        others.append([f"other/{p.name}", str(q), *settings[names[i % len(names)]], False])
    # every setting meets every kind, and each broken kind's repair acts under each setting
    met = {tuple(t[0].split("/")[:2]) for t in targets if t[0].split("/")[1] in KINDS}
    assert met == {(s, kind) for s in settings for kind in KINDS}
    mixed = others + targets
    random.Random(20).shuffle(mixed)
    # one sequence, two orders: shuffled among the others, then the targets again in reverse
    # (after everything the first order read); keys marked by order
    seq = [[f"after|{t[0]}", *t[1:]] for t in mixed] + [[f"back|{t[0]}", *t[1:]] for t in targets[::-1]]
    alone, both = _run([("alone", targets), ("seq", seq)])
    rows = {k: int(v["repair rows"]) for k, v in alone.items()}
    for s in settings:
        for kind in KINDS[1:]:
            assert sum(n for k, n in rows.items() if k.startswith(f"{s}/{kind}/")) > 0, (s, kind, rows)
    after = {k.split("|", 1)[1]: v for k, v in both.items() if k.startswith("after|")}
    backwards = {k.split("|", 1)[1]: v for k, v in both.items() if k.startswith("back|")}
    assert set(alone) == set(after) == set(backwards) == {t[0] for t in targets}
    moved = sorted(f"{k}: {t}" for k in alone for t in alone[k] if alone[k][t] != after[k].get(t))
    assert not moved, moved
    moved = sorted(f"{k}: {t}" for k in alone for t in alone[k] if alone[k][t] != backwards[k].get(t))
    assert not moved, moved
    # the settings reach the output (else the comparisons above would hold trivially): each
    # reviewer's file and the adapted model change the first text's OCR copy
    for s in ("A", "B", "M", "MB"):
        assert alone[f"{s}/ocr/{TEXTS[0]}"] != alone[f"default/ocr/{TEXTS[0]}"], s


def test_warm_up_document_changes_no_output(tmp_path: Path):
    """The small directive the batch runner repairs before forking (pipeline/warm.py) leaves
    every table of the next document as it is without it: one process warmed, one not."""
    code = textwrap.dedent("""
        import json, sys
        from pathlib import Path
        from pipeline import batch
        from pipeline.config import Config
        from pipeline.language import Pipeline
        from pipeline.store.tables import document_rows
        batch.WARM_DOCUMENTS = sys.argv[1] == "1"
        batch.warm_up(Config())
        out = []
        for p in sys.argv[2:]:
            doc = Pipeline(config=Config())(Path(p), doc_id="d")
            rows = document_rows(doc)
            for r in rows["documents"]:
                for k in ("seconds", "fingerprint", "source"):
                    r.pop(k, None)
            out.append([rows, [ln.text for ln in doc.lines]])
        print(json.dumps(out, ensure_ascii=False, sort_keys=True, default=str))
    """)
    paths = []
    for i, name in enumerate(TEXTS):
        text = _text(UNSEEN / name)
        p = tmp_path / f"t{i}.txt"
        p.write_text(corrupt(text, "ocr", 0)[0] if i else text, encoding="utf-8")
        paths.append(str(p))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    got = []
    for flag in ("1", "0"):
        res = subprocess.run([sys.executable, "-c", code, flag, *paths], env=env, cwd=str(ROOT),
                             capture_output=True, text=True, timeout=1200, check=False)
        assert res.returncode == 0, res.stderr[-3000:]
        got.append(json.loads(res.stdout.strip().splitlines()[-1]))
    assert got[0] == got[1]
    assert any(r["tasks"] for r, _lines in got[0]) and any(r["repairs"] for r, _lines in got[0])


def test_warm_up_runs_once_per_process_and_settings(monkeypatch):
    """warm_documents runs the warm-up text once per settings (a Dask task calls warm_up for
    every file), and again for other settings (another models folder or corrections file)."""
    from pipeline import warm
    from pipeline.config import Config

    calls: list[str] = []

    class Recording:
        def __init__(self, config):
            self.config = config

        def run(self, doc):
            calls.append((repr(self.config), doc.doc_id))
            return doc

    import pipeline.language

    monkeypatch.setattr(pipeline.language, "Pipeline", lambda config: Recording(config))
    monkeypatch.setattr(warm, "_WARMED", set())
    warm.warm_documents(Config())
    warm.warm_documents(Config())
    warm.warm_documents(Config(corrections=Path("a.csv")))
    # each warm-up reads its two texts (the directive, then the clean line that builds the OCR pair gate's
    # whole-document table), once per process and settings
    assert [d for _, d in calls] == ["warm-up", "warm-up-clean"] * 2
    assert calls[0][0] == calls[1][0] != calls[2][0] == calls[3][0]
