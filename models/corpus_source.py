"""The gazette corpus as the model builds (and the benchmarks that mine it) read it.

One place for what several scripts had each spelled out again: where the corpus lies, which
of its documents are the held-out gold (never read, so no model and no benchmark learns from
them), and how a built table is written.  A build's own choices (what it matches, how it
counts) stay in its script.
"""
from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
# (../shared beside the repo, or beside the folder holding it when the repo is a worktree)
DEFAULT_CORPUS = next((p for p in (HERE.parent.parent / "shared" / "corpus" / "congbao.jsonl.gz",
                                   HERE.parent.parent.parent / "shared" / "corpus" / "congbao.jsonl.gz") if p.exists()),
                      HERE.parent.parent / "shared" / "corpus" / "congbao.jsonl.gz")
# corpus ids of the held-out gold documents (samples/heldout 09 and 10): never read
HELD_OUT_IDS = ("844-qd-ttg", "116-nq-cp")


def is_held_out(corpus_id: str) -> bool:
    """Is this corpus document one of the held-out gold documents?"""
    return any(h in corpus_id for h in HELD_OUT_IDS)


def documents(corpus: Path) -> Iterator[dict]:
    """Each corpus record ({'id', 'text', ...}) in file order, the held-out ones left out."""
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if not is_held_out(d.get("id", "")):
                yield d


def build_table_main(argv: list[str] | None, description: str, out: Path, header: Sequence[str] | None,
                     build: Callable[[Path], list], summary: Callable[[list], str],
                     line: Callable[[object], str] = lambda r: "\t".join(str(x) for x in r)) -> int:
    """The command line of a build that turns the corpus into one table, a row a line (tab-
    separated fields by default, under ``header`` when one is given): ``--corpus``; without the
    corpus the committed table is kept as it is (users clone only the repo)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: not found; {out.name} kept as it is")
        return 0
    rows = build(args.corpus)
    with out.open("w", encoding="utf-8") as f:
        if header is not None:
            f.write("\t".join(header) + "\n")
        for r in rows:
            f.write(line(r) + "\n")
    print(f"{out}: {summary(rows)}")
    return 0
