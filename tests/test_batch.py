"""Batch runs: per-file isolation, time limits, and nothing lost when a file misbehaves."""
import sqlite3
import time
from pathlib import Path

import pytest

from conftest import SAMPLES
from pipeline.batch import Job, collect_jobs, run_batch, run_isolated, warm_up
from pipeline.config import Config
from pipeline.language import Pipeline


def test_collect_jobs_names_and_duplicates(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a" / "x.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "a" / "x.clean.txt").write_text("gold", encoding="utf-8")
    (tmp_path / "a" / ".hidden.txt").write_text("x", encoding="utf-8")
    ids = [j.doc_id for j in collect_jobs([tmp_path])]
    assert ids == ["a/x", "a/x~2"]


def test_hanging_file_is_killed_and_batch_goes_on(tmp_path: Path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text("Ủy ban nhân dân huyện.\n", encoding="utf-8")
    slow = tmp_path / "slow.txt"
    slow.write_text("chậm\n", encoding="utf-8")

    original = Pipeline.__call__

    def hang_on_slow(self, path, doc_id=None):
        if Path(path).name == "slow.txt":
            time.sleep(60)
        return original(self, path, doc_id)

    monkeypatch.setattr(Pipeline, "__call__", hang_on_slow)  # inherited by the forked children
    cfg = Config(timeout=5.0)
    warm_up(cfg)  # models loaded once in the parent, as run_batch does
    started = time.monotonic()
    results = {r.job.doc_id: r for r in run_isolated([Job(slow, "slow"), Job(good, "good")], cfg, workers=2)}
    assert time.monotonic() - started < 40
    assert results["good"].status == "ok"
    assert results["slow"].status == "error"
    assert "timed out after 5 s" in results["slow"].rows["documents"][0]["error"]


def test_crashing_worker_becomes_an_error_row(tmp_path: Path, monkeypatch):
    import os

    f = tmp_path / "boom.txt"
    f.write_text("x\n", encoding="utf-8")
    monkeypatch.setattr(Pipeline, "__call__", lambda self, path, doc_id=None: os._exit(3))
    (result,) = list(run_isolated([Job(f, "boom")], Config(timeout=10)))
    assert result.status == "error" and "crashed" in result.rows["documents"][0]["error"]


def test_database_keeps_documents_done_before_a_stop(tmp_path: Path, samples: Path):
    out = tmp_path / "out"
    seen = []

    def stop_after_first(result):
        seen.append(result.job.doc_id)
        if len(seen) == 2:
            raise KeyboardInterrupt

    files = sorted((samples / "text").glob("0[1-5]_*.txt"))
    with pytest.raises(KeyboardInterrupt):
        run_batch(files, out, Config(timeout=60), on_result=stop_after_first)
    con = sqlite3.connect(out / "chidao.db")
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert (out / "documents.csv").read_text(encoding="utf-8").count("\n") == 3  # header + 2 rows


def test_resume_skips_unchanged_files(tmp_path: Path, samples: Path):
    import os

    src = tmp_path / "in"
    src.mkdir()
    for f in sorted((samples / "text").glob("0[1-3]_*.txt")):
        (src / f.name).write_bytes(f.read_bytes())
    out = tmp_path / "out"
    first = run_batch([src], out, Config(timeout=60))
    before = {n: (out / f"{n}.csv").read_text(encoding="utf-8") for n in ("tasks", "repairs", "sections")}
    changed = sorted(src.glob("*.txt"))[0]
    os.utime(changed, ns=(1, 1))  # touched: must be processed again
    again = run_batch([src], out, Config(timeout=60), resume=True)
    assert again.skipped == 2 and again.documents == first.documents == 3
    assert {n: (out / f"{n}.csv").read_text(encoding="utf-8") for n in before} == before
    con = sqlite3.connect(out / "chidao.db")
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3


@pytest.fixture(scope="module")
def local_and_dask(tmp_path_factory, order_cluster):
    """One local run (a forked child per file) and one Dask LocalCluster run (two workers) of the
    same files, for the two tests below: a cluster's start (two workers loading the models) is
    most of their cost, paid once.  A mix of the samples' kinds: plain texts, a clean PDF, a PDF
    with lost glyphs, a .docx.  The cluster is conftest's session `order_cluster` (the order
    audits' one, on the same worker: the process group); run_batch starting and closing a cluster
    of its own (`dask="local"`) stays guarded by test_users11's two `--max-memory` Dask tests."""
    tmp = tmp_path_factory.mktemp("dask")
    files = [*sorted((SAMPLES / "text").glob("0[1-3]_*.txt")),
             SAMPLES / "pdf" / "generated" / "kehoach_clean.pdf",
             SAMPLES / "pdf" / "generated" / "kehoach_lost_glyphs.pdf",
             SAMPLES / "docx" / "kehoach_numbered.docx"]
    one = run_batch(files, tmp / "local", Config(timeout=120), workers=2)
    many = run_batch(files, tmp / "dask", Config(timeout=120), workers=2, dask=order_cluster)
    return files, one, many, tmp / "local", tmp / "dask"


@pytest.mark.slow
def test_dask_local_cluster(local_and_dask):
    """The Dask run's tasks table is the local run's, byte for byte (the rows in the same order)."""
    files, one, many, local, dask = local_and_dask
    assert many.documents == one.documents == len(files)
    assert many.tasks == one.tasks
    assert (local / "tasks.csv").read_text(encoding="utf-8") == (dask / "tasks.csv").read_text(encoding="utf-8")


@pytest.mark.slow
def test_dask_local_cluster_gives_every_output_of_the_local_run(local_and_dask):
    """Every table (CSV) and every repaired text of a Dask LocalCluster run equals the local
    run's, on a mix of the samples' kinds: the test above compares tasks.csv only.  Only the
    timings differ."""
    import csv

    files, one, many, local, dask = local_and_dask
    assert one.documents == many.documents == len(files) and one.ok == many.ok == len(files)

    def table(out: Path, name: str) -> list[dict[str, str]]:
        with (out / f"{name}.csv").open(encoding="utf-8") as fh:
            rows = [{k: v for k, v in r.items() if k != "seconds"} for r in csv.DictReader(fh)]
        return sorted(rows, key=lambda r: sorted(r.items()))

    names = sorted(p.stem for p in local.glob("*.csv"))
    assert names == sorted(p.stem for p in dask.glob("*.csv")) and "tasks" in names
    for name in names:
        assert table(local, name) == table(dask, name), name
    texts = sorted(p.relative_to(local / "text") for p in (local / "text").rglob("*.txt"))
    assert len(texts) == len(files)
    for rel in texts:
        assert (local / "text" / rel).read_bytes() == (dask / "text" / rel).read_bytes()
