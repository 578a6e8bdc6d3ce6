"""What chidao's users met in session 11, each test reproducing one defect found and fixed:

- `chidao run --dask ... --max-memory N` did not pass the limit to the Dask tasks: a file
  could take all of a worker's memory; and a limit the chidao process passed could be too
  small for a Dask worker, which holds more (Dask's own modules and threads);
"""
from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from conftest import run_cli
from pipeline.batch import BatchError, run_batch
from pipeline.config import Config


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _big_text(samples: Path, dest: Path, megabytes: int) -> Path:
    """A real directive repeated to a text of ``megabytes`` MB (a merged export of a year's
    letters): reading and repairing it takes several times its size in memory."""
    one = (samples / "text" / "05_vpcp_congvan2739_2019.txt").read_bytes()
    dest.write_bytes(one * (megabytes * 1024 * 1024 // len(one) + 1))
    return dest


# ----------------------------------------------------------------------------- --dask --max-memory

@pytest.mark.slow
def test_dask_applies_max_memory_per_file_and_goes_on(tmp_path: Path, samples: Path):
    src = tmp_path / "in"
    src.mkdir()
    small = src / "cv2739.txt"
    small.write_bytes((samples / "text" / "05_vpcp_congvan2739_2019.txt").read_bytes())
    _big_text(samples, src / "gop_2019.txt", 60)
    out = tmp_path / "out"
    summary = run_batch([src], out, Config(timeout=300), workers=1, dask="local", max_memory_mb=1000)
    assert summary.documents == 2 and summary.ok == 1
    rows = {r["doc_id"]: r for r in _csv(out / "documents.csv")}
    assert rows["cv2739"]["status"] == "ok" and int(rows["cv2739"]["tasks"]) > 0
    assert rows["gop_2019"]["status"] == "error"
    assert rows["gop_2019"]["error"].startswith("out of memory (limit 1000 MB per file, --max-memory)")
    con = sqlite3.connect(out / "chidao.db")
    assert con.execute("SELECT count(*) FROM tasks WHERE doc_id = 'cv2739'").fetchone()[0] > 0


@pytest.mark.slow
def test_dask_max_memory_too_small_for_a_worker_is_refused_before_the_run(tmp_path: Path, samples: Path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "chidao.db").write_bytes(b"earlier run")
    f = samples / "text" / "05_vpcp_congvan2739_2019.txt"
    # 500 MB passes the check of the chidao process (about 210 MB held + 256) but not a Dask
    # worker's, which holds about 400 MB before reading a file
    with pytest.raises(BatchError, match=r"--max-memory 500: too small for a Dask worker.*give at least \d+"):
        run_batch([f], out, Config(timeout=60), dask="local", max_memory_mb=500)
    assert (out / "chidao.db").read_bytes() == b"earlier run"
