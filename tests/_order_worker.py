"""The order audits' worker (tests/test_repair_order18.py, test_order19.py, test_order20.py):
documents through the pipeline in a fresh process, either each alone (in a child forked after
the process loaded what every document needs, as the batch runner's isolated children are) or
all in sequence (in one child forked from that same state); a hash of each kept document's output.

The audits ran the same fork-and-pipe loop as ``python -c`` scripts of their own; it lives here
once.  The tests call :func:`run_worker`, which starts ``python tests/_order_worker.py AUDIT``
with ``{"runs": [[mode, docs], ...]}`` as JSON on stdin (each doc a list ``[key, *arguments, keep]``)
and reads the one JSON line it prints: for each run, key -> {table: sha1} (order18: key -> one sha1
of the repair).
The audit names how a document is read (:data:`READERS`); nothing of the pipeline is imported
until the worker runs.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent

Digest = Callable[..., dict]


def run_worker(audit: str, runs: list[tuple[str, list]], timeout: float) -> list[dict[str, dict[str, str]]]:
    """Several runs (``[(mode, docs), ...]``) of one audit in ONE fresh process, each from the state its
    warm-up left: 'alone' forks a child per document; 'seq' forks one child
    that reads the documents in order, so the next run starts from the same state again, as a fresh
    process would.  (Session 27, testtime7: the audits started a fresh process per run -- a pipeline
    import, the models and a warm-up document each, ~5-6 s of CPU; the reader is built once here.)"""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    res = subprocess.run([sys.executable, str(Path(__file__).resolve()), audit],
                         input=json.dumps({"runs": [[mode, docs] for mode, docs in runs]}),
                         env=env, cwd=str(ROOT), capture_output=True, text=True, timeout=timeout, check=False)
    assert res.returncode == 0, res.stderr[-3000:]
    return json.loads(res.stdout.strip().splitlines()[-1])


def _in_a_child(run: Callable[[], dict]) -> dict:
    """``run()`` in a child forked from this process (its answer through a pipe): this process's state
    stays as it was."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        code = 0
        try:
            data = json.dumps(run()).encode()
        except BaseException:  # noqa: BLE001 - the parent reports a child that gave no answer
            import traceback

            traceback.print_exc()
            data, code = b"", 1
        with os.fdopen(w, "wb") as fh:
            fh.write(data)
        os._exit(code)
    os.close(w)
    with os.fdopen(r, "rb") as fh:
        data = fh.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        raise RuntimeError(f"a sequence child ended with status {status}")
    return json.loads(data)


def table_digests(doc) -> tuple[dict[str, str], dict[str, list]]:
    """The sha1 of each output table of ``doc`` (without the per-run columns: seconds, the input's
    fingerprint and path) and of its repaired text; and the rows themselves."""
    import hashlib

    from pipeline.batch import body_text
    from pipeline.store.tables import document_rows

    rows = document_rows(doc)
    for r in rows["documents"]:
        for k in ("seconds", "fingerprint", "source"):
            r.pop(k, None)
    parts = {t: json.dumps(v, ensure_ascii=False, sort_keys=True, default=str) for t, v in rows.items()}
    parts["text"] = body_text(doc) or ""
    return {t: hashlib.sha1(v.encode()).hexdigest() for t, v in parts.items()}, rows


def each_alone_or_in_sequence(mode: str, docs: list, digest: Digest) -> dict[str, dict]:
    """``digest(key, *arguments)`` of each doc: with mode 'alone' each kept doc in a child forked
    from this process (its answer through a pipe), else every doc in order in this process."""
    out = {}
    for key, *args, keep in docs:
        if mode == "alone":
            if not keep:
                continue
            r, w = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(r)
                os.write(w, json.dumps(digest(key, *args)).encode())
                os.close(w)
                os._exit(0)
            os.close(w)
            with os.fdopen(r, "rb") as fh:
                data = fh.read()
            os.waitpid(pid, 0)
            out[key] = json.loads(data)
        else:
            got = digest(key, *args)
            if keep:
                out[key] = got
    return out


def order19_reader() -> Digest:
    """Default settings; a doc is ``[key, text, marked OCR'd, keep]``: the text written to a file,
    ingested, marked OCR'd when asked (as ingest marks an OCR'd scan), then the other stages."""
    import hashlib
    import tempfile

    from pipeline.batch import warm_up
    from pipeline.config import Config
    from pipeline.language import Pipeline
    from pipeline.model import Document

    config = Config()
    warm_up(config)
    pipe = Pipeline(config=config)
    ingest = dict(pipe.stages)["ingest"]
    tmp = Path(tempfile.mkdtemp(prefix="order19_"))

    def digest(key: str, text: str, ocr: bool) -> dict[str, str]:
        p = tmp / (hashlib.sha1(key.encode()).hexdigest()[:12] + ".txt")
        p.write_text(text, encoding="utf-8")
        doc = pipe._run_stage("ingest", ingest, Document(doc_id="d", source=p))
        if ocr:
            doc.meta["ocr"] = True
        return table_digests(pipe.run(doc))[0]

    return digest


def order20_reader() -> Digest:
    """Each doc with settings of its own; a doc is ``[key, path, corrections file, models folder,
    keep]`` (None for the defaults), read from its file; the count of its repair rows too."""
    from pipeline.batch import warm_up
    from pipeline.config import Config
    from pipeline.language import Pipeline

    warm_up(Config())

    def digest(_key: str, path: str, corrections: str | None, models: str | None) -> dict[str, str]:
        kw = {}
        if corrections:
            kw["corrections"] = Path(corrections)
        if models:
            kw["models_dir"] = Path(models)
        doc = Pipeline(config=Config(**kw))(Path(path), doc_id="d")
        out, rows = table_digests(doc)
        out["repair rows"] = str(len(rows["repairs"]))
        return out

    return digest


def order18_reader() -> Digest:
    """The repair alone, default settings; a doc is ``[key, text, marked OCR'd, keep]``; the digest
    of its repaired lines and repair rows (benchmarks/repair_speed.py's).  Only the model is loaded
    before the children are forked (no warm-up document: a fresh process's state, which is what
    each OCR copy was compared against)."""
    from benchmarks.repair_speed import output_digest
    from pipeline.config import Config
    from pipeline.model import Document, lines_from_text
    from pipeline.repair import repair
    from pipeline.repair.lm import load_model

    load_model(Config().models_dir)

    def digest(_key: str, text: str, ocr: bool) -> str:
        doc = Document(doc_id="order18", lines=lines_from_text(text))
        if ocr:
            doc.meta["ocr"] = True
        return output_digest(repair(doc, Config()))

    return digest


READERS: dict[str, Callable[[], Digest]] = {"order18": order18_reader, "order19": order19_reader,
                                             "order20": order20_reader}


def main(argv: list[str]) -> int:
    runs = json.loads(sys.stdin.read())["runs"]
    digest = READERS[argv[0]]()
    print(json.dumps([each_alone_or_in_sequence(mode, docs, digest) if mode == "alone" else
                      _in_a_child(lambda docs=docs: each_alone_or_in_sequence("seq", docs, digest))
                      for mode, docs in runs]))
    return 0


if __name__ == "__main__":
    sys.path[:1] = [str(ROOT)]  # the script's own folder (tests/) is not where pipeline lives
    sys.exit(main(sys.argv[1:]))
