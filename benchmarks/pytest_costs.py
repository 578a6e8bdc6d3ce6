"""What each test costs in CPU, not only in wall time: a pytest plugin and its summary (the test budget).

`make test` must stay under 15 minutes on two workers, and its wall time on a shared machine says little about a
test's own cost (session 27: a test of 11.5 s of CPU took 236 s of wall beside seven other helpers).  CPU does not
wait for the load: this plugin writes, per test, the wall time, the CPU of the pytest process (or xdist worker) and
the CPU of the children it reaped (the pipeline's forked children, ``chidao`` subprocesses, the order audits'
workers), one file per worker.  (testtime3's logger of session 23, kept here so that a helper adding tests can check
a new test's cost before the merge: the rule in benchmarks/HISTORY.md, session 27, testtime7.)

    PYTHONPATH=$PWD:$PWD/benchmarks PYTEST_COSTS=/tmp/costs python -m pytest -p pytest_costs tests/test_x.py
    python benchmarks/pytest_costs.py /tmp/costs --top 30

A log line: node id, start (epoch s), wall s, own CPU s, reaped children's CPU s; ``#collected`` (the number of
tests, the CPU spent collecting) and ``#end`` lines.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

import pytest

_LOG: list = []


def _out():
    """The log file of this process (one per xdist worker), opened on first use; None when PYTEST_COSTS is unset."""
    if not _LOG and os.environ.get("PYTEST_COSTS"):
        _LOG.append(open(os.environ["PYTEST_COSTS"] + "." + os.environ.get("PYTEST_XDIST_WORKER", "main"), "a",
                         encoding="utf-8"))
    return _LOG[0] if _LOG else None


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    fh = _out()
    t0 = time.time()
    own0, kids0 = _cpu()
    yield
    own1, kids1 = _cpu()
    if fh:
        fh.write(f"{item.nodeid}\t{t0:.2f}\t{time.time() - t0:.3f}\t{own1 - own0:.3f}\t{kids1 - kids0:.3f}\n")
        fh.flush()


def _mark(label: str, count: int) -> None:
    """A ``#label`` line: when, a count, and the CPU spent so far (own, children)."""
    fh = _out()
    if fh:
        own, kids = _cpu()
        fh.write(f"#{label}\t{time.time():.2f}\t{count}\t{own:.3f}\t{kids:.3f}\n")
        fh.flush()


def pytest_collection_finish(session):
    _mark("collected", len(session.items))


def pytest_sessionfinish(session):
    _mark("end", 0)


def read_costs(prefix: Path) -> list[tuple[str, float, float]]:
    """(node id, wall s, CPU s: own + children) of every test in the logs ``prefix.*``."""
    rows = []
    for path in sorted(prefix.parent.glob(prefix.name + ".*")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            node, _start, wall, own, kids = line.split("\t")
            rows.append((node, float(wall), float(own) + float(kids)))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="The costliest tests of a PYTEST_COSTS log, by CPU.")
    ap.add_argument("prefix", type=Path, help="the PYTEST_COSTS value the run was given")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args(argv)
    rows = read_costs(args.prefix)
    if not rows:
        print(f"no test lines in {args.prefix}.*", file=sys.stderr)
        return 1
    by_file: dict[str, float] = {}
    for node, _wall, cpu in rows:
        by_file[node.split("::", 1)[0]] = by_file.get(node.split("::", 1)[0], 0.0) + cpu
    print(f"{len(rows)} tests, {sum(r[2] for r in rows):.1f} s of CPU in all")
    print("CPU s   wall s  test")
    for node, wall, cpu in sorted(rows, key=lambda r: -r[2])[:args.top]:
        print(f"{cpu:7.2f} {wall:7.2f}  {node}")
    print("CPU s   file")
    for name, cpu in sorted(by_file.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"{cpu:7.2f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
