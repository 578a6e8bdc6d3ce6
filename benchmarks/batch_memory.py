"""Memory of a batch run as it grows: the parent process's peak resident memory for N documents.

    .venv/bin/python benchmarks/batch_memory.py [--copies 1,4,12] [--base ../main] [--jobs 2]

An archivist runs thousands of files at once.  Each file is processed in a forked child whose
memory is returned when it ends, so what can grow with the batch is the parent: until session
10 it kept every row of every document until the end and then built DataFrames of all of them
(about 0.6 MB a document on the samples; 408 documents took the parent from 65 to 298 MB).
This benchmark links the shipped texts of samples/text (and the .docx of samples/docx) ``copies``
times into a temporary folder, runs ``chidao run`` on it in a fresh process (``PYTHONPATH``
picks the tree: this one, or ``--base``), samples the parent's VmHWM (peak RSS) from /proc while
it runs, and prints one row per batch size: documents, seconds, the parent's peak RSS and its
growth per 100 documents over the smallest batch.  No OCR (``--no-ocr``): scans would only make
the run longer, not the parent larger.

Session 10 (`--copies 1,3 --base <checkout of e62e73a> --jobs 2`): 170 / 510 documents, parent
peak 194.5 / 210.0 MB (4.6 MB per 100 documents) against 202.9 / 244.4 MB (12.2 MB per 100) for
e62e73a; the same speed side by side near idle (170 documents in 31.9-32.3 s, both trees).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _inputs(copies: int, dest: Path) -> int:
    sources = sorted((ROOT / "samples" / "text").glob("*.txt")) + sorted((ROOT / "samples" / "docx").glob("*.docx"))
    for i in range(copies):
        folder = dest / f"c{i:03d}"
        folder.mkdir(parents=True)
        for f in sources:
            (folder / f.name).symlink_to(f)
    return copies * len(sources)


def _peak_rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None


def measure(tree: Path, copies: int, jobs: int) -> tuple[int, float, float]:
    """(documents, seconds, the parent's peak RSS in MB) of one run of ``tree``'s chidao."""
    with tempfile.TemporaryDirectory(prefix="chidao-mem-") as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        n = _inputs(copies, src)
        env = dict(os.environ, PYTHONPATH=str(tree))
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", str(src), "--out", str(out), "-q",
                                 "--no-ocr", "--jobs", str(jobs)], env=env, cwd=tree,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        peak = 0.0
        while proc.poll() is None:
            rss = _peak_rss_mb(proc.pid)
            if rss:
                peak = max(peak, rss)
            time.sleep(0.2)
        return n, time.perf_counter() - started, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", default="1,4", help="comma-separated: how many copies of the samples per run")
    ap.add_argument("--base", type=Path, help="another checkout to measure side by side")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    trees = [("this", ROOT)] + ([("base", args.base.resolve())] if args.base else [])
    sizes = [int(c) for c in args.copies.split(",") if c.strip()]
    print(f"{'tree':6} {'docs':>6} {'seconds':>8} {'parent peak MB':>15} {'MB / 100 docs':>14}")
    for name, tree in trees:
        first = None
        for copies in sizes:
            n, seconds, peak = measure(tree, copies, args.jobs)
            growth = "" if first is None else f"{(peak - first[1]) / max(1, n - first[0]) * 100:.1f}"
            first = first or (n, peak)
            print(f"{name:6} {n:>6} {seconds:>8.1f} {peak:>15.1f} {growth:>14}", flush=True)


if __name__ == "__main__":
    main()
