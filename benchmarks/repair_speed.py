"""Repair speed of two source trees side by side, in one run.  One command:

    .venv/bin/python benchmarks/repair_speed.py [--base ../main] [--rounds 5] [--kinds ocr,glyph]

The machine is shared and its load changes by +-30 % within minutes, so a speed measured
today is no baseline for one measured tomorrow.  This benchmark runs the repair cascade of
this tree and of ``--base`` (another checkout or worktree, e.g. main) in alternating fresh
processes (``PYTHONPATH`` decides which ``pipeline`` package each imports) on the same inputs,
and prints each round's numbers and their ratio.  Per process it measures, in CPU time:

- the model load (the language model, the lexicon and the search tables, as a process pays
  once: benchmarks/repair.py's warm-up), counted apart from throughput;
- clean text, first pass: the clean documents of benchmarks/repair.py (samples/text and
  ../shared/realdocs/text when present), repaired once in a fresh process: lines and most
  words not seen yet (the fast path's real case);
- clean text, second pass: the same documents again (words and lines seen);
- each broken kind asked (benchmarks/corrupt.py, seed 0; ``--seeds N``: seeds 0..N-1), in KB/s;
  with ``--split``, each kind's cost parted into a fixed cost per document and a cost per KB
  (a least-squares line through the documents' CPU seconds against their size, each
  document's median over the rounds), and its KB/s on short documents (under SHORT_KB) and
  on long ones (LONG_KB and more): a short text pays the fixed part on few bytes.

Both trees must give the same output: each process hashes the repaired lines and the
repair rows of every document, and a difference is printed (and makes the exit code 1).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM = "Công tác nội chính huyện\n" * 3 + "C n  t c nội chính, c c  hã  hư ng  hị trấn\n" * 3
SHORT_KB = 2.0  # --split: a document under this many KB of broken input is a short one
LONG_KB = 6.0  # ... and one of this many or more a long one


def output_digest(doc) -> str:
    """One hash of a repaired document's lines and repair rows: two trees (or two orders of
    reading) agree on a document exactly when their digests are equal."""
    h = hashlib.sha1()
    for ln in doc.lines:
        h.update(ln.text.encode("utf-8") + b"\n")
    for r in doc.repairs:
        h.update(repr((r.page, r.line, r.column, r.before, r.after, r.kind, r.confidence,
                       r.alternatives, r.flagged, r.note)).encode("utf-8"))
    return h.hexdigest()


def _worker(path: str) -> None:
    """Run in a fresh process whose PYTHONPATH picks the tree: times the repair of the
    inputs in ``path`` (JSON) and prints the result as JSON."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    t0 = time.process_time()
    from pipeline.config import Config
    from pipeline.model import Document, lines_from_text
    from pipeline.repair import repair
    t_import = time.process_time() - t0

    def run(text: str, ocr: bool = False) -> tuple[float, str]:
        doc = Document(doc_id="bench", lines=lines_from_text(text))
        if ocr:
            doc.meta["ocr"] = True
        a = time.process_time()
        doc = repair(doc, Config())
        dt = time.process_time() - a
        return dt, output_digest(doc)

    t0 = time.process_time()
    run(WARM)
    t_load = time.process_time() - t0
    out: dict = {"import": t_import, "load": t_load, "hashes": {}, "docs": {}}
    clean = data["clean"]
    nbytes = sum(len(t.encode("utf-8")) for _n, t in clean)
    for label in ("clean first", "clean second"):
        secs = 0.0
        for name, text in clean:
            dt, h = run(text)
            secs += dt
            out["hashes"][f"clean/{name}"] = h
        out[label] = nbytes / 1e6 / secs  # MB/s
    for kind, items in data["broken"].items():
        secs = 0.0
        nb = 0
        per_doc = out["docs"][kind] = []
        for name, text in items:
            dt, h = run(text, ocr=kind.endswith("(marked)"))
            secs += dt
            nb += len(text.encode("utf-8"))
            out["hashes"][f"{kind}/{name}"] = h
            per_doc.append((len(text.encode("utf-8")), dt))
        out[kind] = nb / 1024 / secs  # KB/s
    print(json.dumps(out))


def split_costs(rounds: list[dict], kind: str) -> dict[str, float]:
    """One tree's cost of ``kind`` parted (see --split): each document's median CPU seconds
    over the rounds, a least-squares line seconds = fixed + KB / rate through them; the
    KB/s of the documents under SHORT_KB and of those of LONG_KB and more."""
    docs = [(runs[0][0] / 1024, statistics.median(dt for _b, dt in runs))
            for runs in zip(*(r["docs"][kind] for r in rounds))]
    n = len(docs)
    mx = sum(x for x, _y in docs) / n
    my = sum(y for _x, y in docs) / n
    sxx = sum((x - mx) ** 2 for x, _y in docs)
    slope = sum((x - mx) * (y - my) for x, y in docs) / sxx if sxx else 0.0
    fixed = my - slope * mx

    def rate(sel: list[tuple[float, float]]) -> float:
        return sum(x for x, _y in sel) / max(sum(y for _x, y in sel), 1e-9) if sel else float("nan")

    short = [d for d in docs if d[0] < SHORT_KB]
    long_ = [d for d in docs if d[0] >= LONG_KB]
    return {"fixed ms": 1000 * fixed, "per-KB KB/s": 1 / slope if slope > 0 else float("inf"),
            "all KB/s": rate(docs), "short KB/s": rate(short), "long KB/s": rate(long_),
            "n short": len(short), "n long": len(long_)}


def print_split(got: dict[str, list[dict]], kinds: list[str]) -> None:
    """The --split table: per kind and tree, the fixed and per-KB parts and the short and long
    documents' KB/s."""
    cols = ["fixed ms", "per-KB KB/s", "all KB/s", "short KB/s", "long KB/s"]
    head = f"{'kind':22} {'tree':6}" + "".join(f" {c:>12}" for c in cols)
    print(head)
    print("-" * len(head))
    for kind in kinds:
        for label in ("base", "this"):
            sp = split_costs(got[label], kind)
            print(f"{kind:22} {label:6}" + "".join(f" {sp[c]:12.1f}" for c in cols))
    sp = split_costs(got["base"], kinds[0]) if kinds else None
    if sp:
        print(f"(short: under {SHORT_KB} KB, {sp['n short']} documents; long: {LONG_KB} KB and more, "
              f"{sp['n long']} documents)")


def _inputs(kinds: list[str], dirs: list[Path], seeds: int = 1) -> dict:
    sys.path.insert(0, str(ROOT))
    from benchmarks.corrupt import corrupt
    from benchmarks.repair import SHARED_DOCS, SHARED_DOCS_ALT, clean_docs

    if not dirs:
        dirs = [ROOT / "samples" / "text", SHARED_DOCS if SHARED_DOCS.is_dir() else SHARED_DOCS_ALT]
    docs = clean_docs(dirs)
    broken: dict[str, list] = {}
    for kind in kinds:
        base = kind.removesuffix(" (marked)")
        broken[kind] = [(name if seed == 0 else f"{name}#{seed}", corrupt(text, base, seed)[0])
                        for seed in range(seeds) for name, text in docs]
    return {"clean": docs, "broken": broken}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=Path, default=next(
        (p for p in (ROOT.parent / "main", ROOT.parent.parent / "main") if (p / "pipeline").is_dir()), None),
                    help="the other tree (default: a checkout named main beside this one or one level up)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--kinds", default="", help="broken kinds to time too, e.g. ocr,glyph,'ocr (marked)'")
    ap.add_argument("--texts", type=Path, nargs="*", default=None, help="folders of clean .txt (default as repair.py)")
    ap.add_argument("--seeds", type=int, default=1,
                    help="corrupt each document with seeds 0..N-1 (more inputs for the identity check)")
    ap.add_argument("--split", action="store_true",
                    help="part each kind's cost into a fixed cost per document and a cost per KB, "
                         "and print its KB/s on short and on long documents")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        _worker(args.worker)
        return 0
    if args.base is None:
        ap.error("--base: give the other tree (a checkout of main, e.g. git worktree add ../main main)")
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    # (imported here, not at the top: the worker must import the pipeline of the tree its
    # PYTHONPATH names, never this one's)
    sys.path.insert(0, str(ROOT))
    from benchmarks.side_by_side import alternate_rounds, print_summary, run_tree
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "inputs.json"
        data = _inputs(kinds, args.texts or [], args.seeds)
        inputs.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        mb = sum(len(t.encode("utf-8")) for _n, t in data["clean"]) / 1e6
        print(f"{len(data['clean'])} clean documents, {mb:.2f} MB; base {args.base}, this tree {ROOT}; CPU time")
        cols = ["load", "clean first", "clean second", *kinds]
        units = {"load": "s", "clean first": "MB/s", "clean second": "MB/s"}
        head = f"{'round':6} {'tree':6}" + "".join(f" {c + ' ' + units.get(c, 'KB/s'):>18}" for c in cols)
        print(head)
        print("-" * len(head))
        got = alternate_rounds(args.rounds, args.base, ROOT, lambda tree: run_tree(tree, Path(__file__), str(inputs)),
                               lambda r, label, res: print(f"{r:<6} {label:6}" + "".join(
                                   f" {res[c]:18.2f}" for c in cols), flush=True))
        print("-" * len(head))
        diff = print_summary(got, cols, 18, "ratio  this/base", lambda t, b: t / b, "lines and repair rows")
        if args.split and kinds:
            print()
            print_split(got, kinds)
    return 1 if diff else 0


if __name__ == "__main__":
    raise SystemExit(main())
