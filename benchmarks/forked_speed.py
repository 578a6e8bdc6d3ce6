"""Clean-text speed as `chidao run` pays it: each file in a child forked after warm-up, two trees side by side.

    .venv/bin/python benchmarks/forked_speed.py --base /work/wt/start [--rounds 3] [--step 5]

`chidao run` reads every file in a child forked from a parent that has loaded the models
(:func:`pipeline.batch.warm_up`): the child keeps nothing for the next file, so whatever a
step builds on first use is paid by every file.  benchmarks/repair_speed.py measures one
process reading document after document, where such a table is paid once; this benchmark
measures the batch runner's case.  Per tree (a fresh process whose ``PYTHONPATH`` picks it,
the trees alternating by round) it times, in CPU time: the parent's warm-up, and for every
``--step``-th clean document of benchmarks/repair.py's set, its repair and its whole
pipeline after ingest (repair, structure, extract) in a child forked for it.  Each child
hashes the document's tables and repaired text: the trees must agree (exit code 1 if not).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _worker(path: str, step: int) -> None:
    """In a fresh process of one tree: warm up as the batch runner does, then one forked
    child per document; prints the result as JSON."""
    import hashlib
    import time

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    t0 = time.process_time()
    from pipeline.batch import body_text, warm_up
    from pipeline.config import Config
    from pipeline.language import Pipeline
    from pipeline.model import Document, lines_from_text
    from pipeline.store.tables import document_rows

    config = Config()
    warm_up(config)
    out: dict = {"warm-up": time.process_time() - t0, "hashes": {}}
    docs = data["clean"][::step]
    repair_s = whole_s = 0.0
    for name, text in docs:
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: one document, as run_isolated's child reads one file
            os.close(r)
            pipe = Pipeline(config=config)
            doc = Document(doc_id="bench", lines=lines_from_text(text))
            a = time.process_time()
            b = a
            for stage, component in pipe.stages:
                if stage == "ingest":
                    continue
                doc = pipe._run_stage(stage, component, doc)
                if stage == "repair":
                    b = time.process_time()
            c = time.process_time()
            rows = document_rows(doc)
            for row in rows["documents"]:
                for k in ("seconds", "fingerprint", "source"):
                    row.pop(k, None)
            h = hashlib.sha1((json.dumps(rows, ensure_ascii=False, sort_keys=True, default=str)
                              + (body_text(doc) or "")).encode("utf-8")).hexdigest()
            os.write(w, json.dumps([b - a, c - a, h]).encode())
            os.close(w)
            os._exit(0)
        os.close(w)
        with os.fdopen(r, "rb") as fh:
            got = json.loads(fh.read() or b"null")
        os.waitpid(pid, 0)
        if got is None:
            raise SystemExit(f"{name}: the child failed")
        repair_s += got[0]
        whole_s += got[1]
        out["hashes"][name] = got[2]
    n = len(docs)
    out["repair ms"] = 1000 * repair_s / n
    out["pipeline ms"] = 1000 * whole_s / n
    print(json.dumps(out))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=Path, required=False, help="the other tree (a checkout or worktree)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--step", type=int, default=5, help="every N-th clean document (each costs a fork)")
    ap.add_argument("--texts", type=Path, nargs="*", default=None, help="folders of clean .txt (default as repair.py)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        _worker(args.worker, args.step)
        return 0
    if args.base is None:
        ap.error("--base: give the other tree (e.g. git worktree add ../start <commit>)")
    sys.path.insert(0, str(ROOT))
    from benchmarks.repair_speed import _inputs
    from benchmarks.side_by_side import alternate_rounds, print_summary, run_tree

    cols = [("warm-up", "s"), ("repair ms", "a file"), ("pipeline ms", "a file")]
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "inputs.json"
        data = _inputs([], args.texts or [])
        inputs.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        n = len(data["clean"][::args.step])
        print(f"{n} clean documents (every {args.step}th of {len(data['clean'])}), each in a forked child; "
              f"base {args.base}, this tree {ROOT}; CPU time")
        head = f"{'round':6} {'tree':6}" + "".join(f" {c + ' (' + u + ')':>22}" for c, u in cols)
        print(head)
        print("-" * len(head))
        got = alternate_rounds(args.rounds, args.base, ROOT,
                               lambda tree: run_tree(tree, Path(__file__), str(inputs), ("--step", str(args.step))),
                               lambda r, label, res: print(f"{r:<6} {label:6}" + "".join(
                                   f" {res[c]:22.3f}" for c, _u in cols), flush=True))
        print("-" * len(head))
        diff = print_summary(got, [c for c, _u in cols], 22, "speed-up base/this", lambda t, b: b / t,
                             "every table and the repaired text")
    return 1 if diff else 0


if __name__ == "__main__":
    raise SystemExit(main())
