"""Shared fixtures: paths to the samples shipped in the repo (the suite never needs ../shared)."""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import BinaryIO
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
SEED = SAMPLES / "text" / "000_bed89d1f3f7829d9.txt"
SEED_GOLD = SAMPLES / "gold" / "000_bed89d1f3f7829d9.clean.txt"
CHIDAO = [sys.executable, "-m", "pipeline.cli"]


def _have_tesseract() -> bool:
    from pipeline.ingest.ocr import OcrUnavailable, check_tesseract

    try:
        check_tesseract("vie")
        return True
    except OcrUnavailable:
        return False


# the OCR tests need the real Tesseract with its Vietnamese model (make venv installs both)
needs_tesseract = pytest.mark.skipif(not _have_tesseract(), reason="tesseract-ocr-vie not installed")


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run the chidao command line in a subprocess, as a user would."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([*CHIDAO, *args], capture_output=True, text=True, cwd=cwd or ROOT,
                          timeout=timeout, env=env)


# Python's own warning filters (a fresh interpreter's, not pytest's): what `python -m pipeline.cli` prints
_INTERPRETER_WARNING_FILTERS = (("default", DeprecationWarning, "__main__"), ("ignore", DeprecationWarning, None),
                                ("ignore", PendingDeprecationWarning, None), ("ignore", ImportWarning, None),
                                ("ignore", ResourceWarning, None))


@contextlib.contextmanager
def _like_a_command(out_raw: BinaryIO, err_raw: BinaryIO, cwd: Path, timeout: float,
                     args: tuple[str, ...]) -> Iterator[None]:
    """This process made to look like a fresh ``chidao`` process for the length of the block: fds
    1 and 2 (and sys.stdout/stderr on them) pointed at ``out_raw``/``err_raw``, the working folder
    ``cwd``, the interpreter's warning filters, and a timer that raises ``TimeoutExpired``."""
    import io
    import signal
    import warnings

    def too_long(signum, frame):
        raise subprocess.TimeoutExpired(["chidao", *args], timeout)

    here, saved_streams = Path.cwd(), (sys.stdout, sys.stderr)
    for stream in saved_streams:
        stream.flush()
    saved_fds = os.dup(1), os.dup(2)
    previous_alarm = signal.signal(signal.SIGALRM, too_long)
    try:
        os.dup2(out_raw.fileno(), 1)
        os.dup2(err_raw.fileno(), 2)
        sys.stdout = io.TextIOWrapper(open(1, "wb", closefd=False), encoding="utf-8")
        sys.stderr = io.TextIOWrapper(open(2, "wb", closefd=False), encoding="utf-8", errors="backslashreplace",
                                      line_buffering=True)
        os.chdir(cwd)
        with warnings.catch_warnings():
            warnings.resetwarnings()
            for action, category, module in reversed(_INTERPRETER_WARNING_FILTERS):
                warnings.filterwarnings(action, category=category, module=module or "")
            warnings.showwarning = warnings._showwarning_orig
            signal.setitimer(signal.ITIMER_REAL, timeout)
            yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_alarm)
        for stream in (sys.stdout, sys.stderr):
            if stream not in saved_streams:
                stream.flush()
        sys.stdout, sys.stderr = saved_streams
        for fd, saved in zip((1, 2), saved_fds):
            os.dup2(saved, fd)
            os.close(saved)
        os.chdir(here)


def invoke_cli(*args: str, cwd: Path | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """The chidao command line run inside this process: what ``run_cli`` returns (exit code, stdout
    and stderr as text with universal newlines), without a fresh interpreter that imports the
    pipeline and loads its models (3.5-5 s of CPU each, and 53 calls of the CLI tests paid it: session 25, testtime6).

    The output is read as a subprocess's is (``_like_a_command``): the forked children's writes (a
    file's crash, Tesseract's messages) and C-level ones land in stdout/stderr too, not only what
    Python prints; an exception that escapes the command is printed with its traceback, exit code
    1, as the interpreter would; the warning filters are a fresh interpreter's; a command that
    hangs (a named pipe read in the parent) raises ``TimeoutExpired`` after ``timeout`` s as
    ``run_cli`` does (a timer that forked children do not inherit).  The entry point itself
    (``python -m pipeline.cli``), signals and a user's permissions stay with ``run_cli``."""
    import locale
    import tempfile
    import traceback

    from pipeline.cli import app

    def text_of(raw: BinaryIO) -> str:
        raw.seek(0)
        data = raw.read().decode(locale.getpreferredencoding(False))
        return data.replace("\r\n", "\n").replace("\r", "\n")

    with tempfile.TemporaryFile() as out_raw, tempfile.TemporaryFile() as err_raw:
        with _like_a_command(out_raw, err_raw, cwd or ROOT, timeout, args):
            try:
                app(args=list(args), prog_name="chidao")
                code = 0
            except SystemExit as stop:
                code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
                if isinstance(stop.code, str):
                    print(stop.code, file=sys.stderr)
            except subprocess.TimeoutExpired:
                raise
            except Exception:  # what the interpreter prints for an uncaught exception
                traceback.print_exc(file=sys.stderr)
                code = 1
        return subprocess.CompletedProcess(["chidao", *args], code, text_of(out_raw), text_of(err_raw))


@pytest.fixture
def samples() -> Path:
    return SAMPLES


# `make test` runs the suite on two pytest-xdist workers (`-n 2 --dist loadgroup`), each test
# file on one worker (its module fixtures built once).  The files whose tests start processes of
# their own (a Dask LocalCluster, the batch's process pool, signals sent to a run, notebook
# kernels) form one group: they run one after another on one worker, as in a serial run, while
# the other worker goes on with the rest.  (xdist's own xdist_group mark does not reach the
# scheduler under pytest 9, which keeps a node's id elsewhere: the scheduler below groups by file.)
XDIST_GROUPS = {
    "processes": ("test_batch.py", "test_batch_interrupt.py", "test_batch_stop_threads.py",
                  "test_user_inputs.py", "test_users10.py", "test_users11.py", "test_notebooks.py",
                  "test_repair_order18.py", "test_order19.py"),
    # the tests that read the same scans (conftest.ingested: each scan OCR'd once on one worker)
    "scans": ("test_ocr.py", "test_end_to_end_scan.py", "test_ingest_pipeline.py", "test_ocr_settings.py"),
}
_GROUP_OF = {name: group for group, names in XDIST_GROUPS.items() for name in names}


def xdist_scope(nodeid: str) -> str:
    """The unit of work the scheduler hands a worker: the test's file, or its group."""
    path = nodeid.split("::", 1)[0]
    group = _GROUP_OF.get(path.rsplit("/", 1)[-1])
    return f"group:{group}" if group else path


try:
    from xdist.scheduler import LoadScopeScheduling
except ImportError:  # pytest-xdist not installed: the suite runs serially
    LoadScopeScheduling = None

if LoadScopeScheduling is not None:
    class _FileGroupScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return xdist_scope(nodeid)

    def pytest_xdist_make_scheduler(config, log):
        if config.getvalue("dist") == "loadgroup":
            config.option.loadscopereorder = False  # units in the order the workers collected them
            return _FileGroupScheduling(config, log)
        return None


# Under xdist the longest units are handed out first (the worker that takes the process group
# is busy the longest; a long file handed out last would leave the other worker idle at the end)
# (the longest in a two-worker run of session 14, after the process group's 42 %)
# (session 23, testtime3: the scans' group, and the single files of 40-70 s that came late in the
# alphabet -- test_order20, test_temporal_benchmark, test_glyphs, test_offices12 -- handed out before
# the short ones, so that the last units are short whichever worker takes them)
XDIST_FIRST = ("group:processes", "tests/test_tasks.py", "tests/test_cli.py", "group:scans", "tests/test_order20.py",
               "tests/test_bad_inputs_sweep.py", "tests/test_temporal_benchmark.py", "tests/test_glyphs.py",
               "tests/test_end_to_end_broken.py", "tests/test_gold.py", "tests/test_offices12.py",
               "tests/test_deadline_scorer.py")


def _xdist_rank(item) -> int:
    scope = xdist_scope(item.nodeid)
    return XDIST_FIRST.index(scope) if scope in XDIST_FIRST else len(XDIST_FIRST)


def pytest_collection_modifyitems(config, items):
    if os.environ.get("PYTEST_XDIST_WORKER"):  # (a serial run keeps the files' order)
        items.sort(key=_xdist_rank)
    if SHARED.exists():
        return
    skip = pytest.mark.skip(reason="../shared is not present (the project runs without it)")
    for item in items:
        if "needs_shared" in item.keywords:
            item.add_marker(skip)


_OCR_READINGS: set[str] = set()


def _ocr_readings() -> set[str]:
    if not _OCR_READINGS:
        import re

        src = (SAMPLES / "SOURCES.md").read_text(encoding="utf-8")
        _OCR_READINGS.update(re.findall(r"^- `([^`]+\.txt)`[^\n]*OCR text", src, re.M))
    return _OCR_READINGS


def structured_text(text: str, doc_id: str = "t"):
    """Clean text through structure alone (no repair): what header and section tests read."""
    from pipeline.config import Config
    from pipeline.model import Document, lines_from_text
    from pipeline.structure import structure

    return structure(Document(doc_id=doc_id, lines=lines_from_text(text)), Config())


def extracted_tasks(text: str):
    """The tasks extraction reads from clean ``text`` (structure, then extract; no repair): the wrapper
    tasks27, tasks28 and levels33's tests each wrote."""
    from pipeline.config import Config
    from pipeline.extract import extract

    return extract(structured_text(text), Config()).tasks


def tasks_opening(tasks, opening: str) -> list:
    """The tasks in ``tasks`` whose text opens on ``opening``."""
    return [t for t in tasks if t.text.startswith(opening)]


def structured_header(text: str):
    """The header structure reads from clean ``text`` (header29/30/31's tests each wrote this wrapper)."""
    return structured_text(text).header


def benchmark_row(path: str, key: str, value: str) -> dict:
    """The row of a JSON-lines benchmark file (``path`` under the repo) whose ``key`` is ``value``: header38/39's tests
    read real openings from office_spans.jsonl and header_fields.jsonl instead of copying them."""
    import json
    for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get(key) == value:
            return row
    raise KeyError(value)


def header_head(h) -> tuple:
    """A header's (doc_type, number, ISO date, issuer): the four fields a press lead gives."""
    return h.doc_type, h.number, None if h.date is None else h.date.isoformat(), h.issuer


def structured_sample(name: str):
    """A sample of samples/text through structure.  The seed and the OCR readings
    (samples/SOURCES.md says 'OCR text') go through repair first (their text is broken);
    the other samples are clean text, on which repair changes nothing that structure reads,
    so they skip it and keep the structure tests fast."""
    from pipeline.config import Config
    from pipeline.repair import repair_text
    from pipeline.structure import structure

    text = (SAMPLES / "text" / name).read_text(encoding="utf-8")
    if name.startswith("000_") or name in _ocr_readings():
        return structure(repair_text(text, doc_id=Path(name).stem), Config())
    return structured_text(text, doc_id=Path(name).stem)


_INGESTED: dict = {}


def ingested(path: Path):
    """``ingest(path, Config())`` read once per worker, each caller given its own copy.  The scans'
    OCR is most of what their tests cost (P05 ~30 s, kehoach_scan ~18 s of CPU), and several tests
    ask questions of the same reading: test_ocr (the reading itself), test_end_to_end_scan and
    test_ingest_pipeline (the stages after it), test_ocr_settings (the default's two settings
    weighed), one xdist group (``XDIST_GROUPS["scans"]``) so that one worker reads each scan once."""
    import copy

    from pipeline.config import Config
    from pipeline.ingest import ingest

    key = str(path)
    if key not in _INGESTED:
        _INGESTED[key] = ingest(Path(path), Config())
    return copy.deepcopy(_INGESTED[key])


def processed(path: Path):
    """``pipeline.process(path)`` (default config) on the shared reading of ``ingested``: the same
    stages after the same ingest, without reading the scan again."""
    from pipeline.language import Pipeline

    return Pipeline().run(ingested(path))


def run_sample(prefix: str):
    """The whole pipeline over the sample of samples/text whose name starts with ``prefix_``
    ('k4', 'b4', 'p1'), with its stem as doc_id (the genre tests read one document each)."""
    import pipeline

    path = next((SAMPLES / "text").glob(f"{prefix}_*.txt"))
    return pipeline.process(path, doc_id=path.stem)


def each_text(texts: list[tuple[str, str]], check) -> None:
    """``check(name, text)`` on every (name, text); the failures listed by the text's name.  One
    test per check, not one test per text: the 19 000 items a text each made (test_repair_docview,
    test_repair_fastpath) cost pytest's bookkeeping about as much CPU as the checks themselves
    (test_repair_docview 80 -> 41 s: benchmarks/HISTORY.md, session 22, branch testtime2)."""
    failed = []
    for name, text in texts:
        try:
            check(name, text)
        except AssertionError as exc:
            failed.append(f"{name}: {exc}")
    assert not failed, f"{len(failed)} of {len(texts)} texts differ:\n" + "\n".join(failed[:10])


def task_starting(doc, start: str):
    """The document's task whose text starts with ``start`` (the tasks' texts in the failure)."""
    hits = [t for t in doc.tasks if t.text.startswith(start)]
    assert hits, [t.text for t in doc.tasks]
    return hits[0]


def office_names(t) -> list[str]:
    """The office names of a task, lead first, as extracted."""
    return [o.office for o in t.offices]


def process_text(tmp_path: Path, text: str, name: str = "doc.txt"):
    """The whole pipeline over ``text`` written to a file (a document a test writes itself)."""
    import pipeline

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return pipeline.process(path)


def responsible(doc, start: str) -> list[str]:
    """The offices (lead and support, not report-to) of the task whose text starts with ``start``."""
    return [o.office for o in task_starting(doc, start).offices if o.role != "report-to"]


@pytest.fixture(scope="session")
def order_cluster() -> Iterator[str]:
    """The scheduler address of one Dask LocalCluster of two workers, started as `--dask local`
    starts one, shared by the order audits' Dask tests (test_order19, test_repair_order18) and
    test_batch's local-vs-Dask runs (session 23): each started a cluster of its own, whose two
    workers loaded the models again.  Its workers fork a child per file (a time limit is set), so
    a file never reads what an earlier test's files left.  (test_users11's `--max-memory` Dask
    tests keep `dask="local"`: run_batch starting and closing its own cluster stays guarded.)"""
    from pipeline.batch import dask_client

    client, cluster = dask_client("local", 2)
    try:
        yield cluster.scheduler_address
    finally:
        client.close()
        cluster.close()


@pytest.fixture(scope="module")
def gaz():
    from pipeline.extract.offices import load_gazetteer

    return load_gazetteer()


def ocr_doc(text: str, ocr: bool = True):
    """The OCR stage alone on a text, as a Document marked OCR'd (or typed, ocr=False)."""
    from pipeline.config import Config
    from pipeline.model import Document, lines_from_text
    from pipeline.repair.ocr import repair_ocr

    doc = Document(doc_id="o", lines=lines_from_text(text))
    if ocr:
        doc.meta["ocr"] = True
    return repair_ocr(doc, Config())


def repair_tesseract_line(text: str, conf: int | None) -> str:
    """The first line of ``text`` after the whole repair, read as Tesseract's output: marked
    OCR'd and, when ``conf`` (a percentage) is given, every word carrying that confidence as
    Tesseract's own lines do (the rules that judge specks and blurred marks read them)."""
    import re

    from pipeline.config import Config
    from pipeline.model import Document, lines_from_text
    from pipeline.repair import repair

    doc = Document(doc_id="t", lines=lines_from_text(text))
    doc.meta["ocr"] = True
    if conf is not None:
        for ln in doc.lines:
            ln.ocr_words = [(m.start(), m.end(), conf / 100) for m in re.finditer(r"\S+", ln.text)]
            ln.ocr_confidence = conf / 100
    return repair(doc, Config()).lines[0].text


def live_children(pid: int) -> list[int]:
    """Live (not zombie) children of ``pid``, read from /proc: what the batch-stop tests check is
    gone after a stop."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[1]) == pid:
            found.append(int(entry.name))
    return found
