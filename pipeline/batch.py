"""Batch runs: many files, each in its own forked process with a time limit.

Archivists run thousands of files; one corrupt PDF that hangs pdfium or eats memory must
not take the batch with it.  Each file is processed in a child made with ``os.fork`` (cheap:
the parent has already loaded the models, which the child shares copy-on-write), the child
sends back plain rows through a pipe, and the parent kills a child that runs past
``Config.timeout``.  ``os.fork`` rather than ``multiprocessing`` because it also works
inside a Dask worker, whose daemon processes may not start ``multiprocessing`` children.

Results are handed to the caller as each file finishes, so the store can write them at once:
a batch that is stopped keeps what was done.
"""
from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.config import Config
from pipeline.ingest import walk_entries
from pipeline.model import STATUS_ERROR, Document
from pipeline.store.tables import document_rows

# In a folder, these are documents (read, or reported as unsupported); other files
# (gold JSON, scripts, notes) are not documents and are passed over.
DOCUMENT_SUFFIXES = {".txt", ".pdf", ".docx", ".doc", ".rtf", ".odt", ".tif", ".tiff", ".png", ".jpg", ".jpeg"}
SKIP_NAME_PARTS = (".clean.txt",)


@dataclass
class Job:
    path: Path
    doc_id: str
    renamed: tuple[str, Path] | None = None  # (the doc_id it would have had, the input that has it)


@dataclass
class FileResult:
    job: Job
    rows: dict[str, list[dict[str, Any]]]
    text: str | None  # the repaired body text, None when nothing was read
    seconds: float

    @property
    def status(self) -> str:
        return self.rows["documents"][0]["status"]


@dataclass
class BatchSummary:
    documents: int = 0
    ok: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, error)
    sections: int = 0
    tasks: int = 0
    tasks_with_deadline: int = 0
    tasks_with_office: int = 0
    offices: set[str] = field(default_factory=set)
    repairs: dict[str, int] = field(default_factory=dict)
    repairs_flagged: int = 0
    skipped: int = 0  # unchanged documents a resumed batch did not process again
    seconds: float = 0.0

    def add(self, result: FileResult) -> None:
        rows = result.rows
        d = rows["documents"][0]
        self.documents += 1
        if d["status"] in ("ok", "partial"):
            self.ok += 1
        else:
            self.failed.append((d["doc_id"], d["error"]))
        self.sections += len(rows["sections"])
        self.tasks += len(rows["tasks"])
        self.tasks_with_deadline += sum(1 for t in rows["tasks"] if t["deadline"])
        self.tasks_with_office += sum(1 for t in rows["tasks"] if t["offices"])
        self.offices.update(o["office"] for o in rows["task_offices"] if o["role"] != "report-to")
        for r in rows["repairs"]:
            if r["kind"] != "note":
                self.repairs[r["kind"]] = self.repairs.get(r["kind"], 0) + 1
                self.repairs_flagged += bool(r["flagged"])


def collect_jobs(inputs: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> list[Job]:
    """Files named directly are always taken; folders are walked for documents.

    ``doc_id`` is the path relative to the folder given (or the file's name), without
    extension, with '/' separators: 'samples/text/a.txt' given as 'samples' -> 'text/a'.
    A path that does not exist still becomes a job, so that it gets its error row.
    A file reached twice (a folder and a file or subfolder in it, both named) is taken once,
    under its first doc_id; files under an ``exclude`` folder (the run's OUT/text, when --out
    sits inside an input folder: those .txt files are the last run's output, not documents)
    are passed over.
    """
    excluded = [os.path.abspath(e) for e in exclude]

    def is_excluded(f: Path) -> bool:
        a = os.path.abspath(f)
        return any(a == e or a.startswith(e.rstrip(os.sep) + os.sep) for e in excluded)

    jobs: list[Job] = []
    taken: set[str] = set()

    def take(f: Path, doc_id: str) -> None:
        key = os.path.abspath(f)  # not resolved: two links to one file are two documents
        if key in taken:
            return
        taken.add(key)
        # file names unpacked from a macOS archive are decomposed ('Công văn' as 'Co\u0302ng
        # va\u0306n'): the doc_id is NFC like every text chidao writes, so it can be looked up
        jobs.append(Job(f, unicodedata.normalize("NFC", doc_id)))

    for item in inputs:
        p = Path(item)
        if p.is_dir():
            closed: set[Path] = set()
            for f in walk_entries(p, closed):
                rel = f.relative_to(p)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if f in closed:  # a folder this user may not open: its row says so
                    if not (excluded and is_excluded(f)):
                        take(f, rel.as_posix() if rel.parts else p.name)
                    continue
                if f.is_dir():
                    continue  # (a link to a folder is not followed: a loop would never end)
                # a broken link, a link loop or a named pipe with a document's name is taken:
                # it gets its error row, where it was passed over without a word
                if f.suffix.lower() not in DOCUMENT_SUFFIXES or f.name.endswith(SKIP_NAME_PARTS):
                    continue
                if excluded and is_excluded(f):
                    continue
                take(f, rel.with_suffix("").as_posix())
        else:
            take(p, p.with_suffix("").name if p.suffix else p.name)
    seen: dict[str, int] = {}
    first: dict[str, Path] = {}
    for job in jobs:  # two inputs with one name (a.txt and a.pdf) must not overwrite each other
        n = seen.get(job.doc_id, 0)
        seen[job.doc_id] = n + 1
        first.setdefault(job.doc_id, job.path)
        if n:
            job.renamed = (job.doc_id, first[job.doc_id])
            job.doc_id = f"{job.doc_id}~{n + 1}"
    return jobs


def renamed_note(job: Job) -> str | None:
    """One line for a job whose doc_id was taken by another input, or None."""
    if job.renamed is None:
        return None
    wanted, other = job.renamed
    return (f"{job.path}: stored as doc_id '{job.doc_id}': '{wanted}' is the doc_id of {other} "
            "(two inputs with one name; rename one to choose)")


def body_text(doc: Document) -> str:
    """The repaired text as a file: :attr:`Document.text` (running headers and footers left
    out, one form feed per page) ending with a newline unless the input text did not, and
    with the input's line ends (CRLF stays CRLF)."""
    if not doc.lines:
        return ""
    text = doc.text + ("\n" if doc.meta.get("final_newline", True) else "")
    newline = doc.meta.get("newline", "\n")  # a clean CRLF file comes back byte for byte
    return text.replace("\n", newline) if newline != "\n" else text


def stored_doc_ids(db_path: Path) -> list[str]:
    """The documents an earlier run wrote into ``db_path`` ([] when there is none or it is
    not a chidao database): a fresh run into the same OUT removes their texts, and only
    theirs -- OUT/text may sit next to files chidao did not write."""
    import sqlite3

    if not db_path.is_file():
        return []
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            return [r[0] for r in con.execute("SELECT doc_id FROM documents") if isinstance(r[0], str)]
        finally:
            con.close()
    except sqlite3.Error:
        return []


def remove_text(text_dir: Path, doc_id: str) -> None:
    """Delete OUT/text/<doc_id>.txt and the folders it leaves empty (up to OUT/text)."""
    target = text_dir / f"{doc_id}.txt"
    if ".." in Path(doc_id).parts or not target.is_file():
        return
    target.unlink()
    parent = target.parent
    while parent != text_dir and text_dir in parent.parents:
        try:
            parent.rmdir()
        except OSError:
            break
        parent = parent.parent


def process_job(job: Job, config: Config) -> FileResult:
    """Run the whole pipeline on one file, in this process; never raises."""
    from pipeline.language import Pipeline

    started = time.perf_counter()
    try:
        doc = Pipeline(config=config)(job.path, doc_id=job.doc_id)
    except Exception as exc:  # noqa: BLE001 - last line of defence for the batch
        doc = Document(doc_id=job.doc_id, source=job.path).fail(f"{type(exc).__name__}: {exc}")
    if job.renamed is not None:  # documents.csv says why this doc_id has a '~2'
        doc.warnings.insert(0, f"doc_id '{job.renamed[0]}' is taken by {job.renamed[1]}: stored as '{job.doc_id}'")
    text = body_text(doc) if doc.lines else None
    return FileResult(job, document_rows(doc), text, time.perf_counter() - started)


def timeout_reason(job: Job, timeout: float) -> str:
    """'timed out after 600 s', with the file's size and what to do: the reason alone did not
    say whether the file was huge (a 20 MB text on one line) or something hung."""
    try:
        size = job.path.stat().st_size
    except OSError:
        return f"timed out after {timeout:g} s"
    shown = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"
    return f"timed out after {timeout:g} s (the file is {shown}; give more time with --timeout, or split it)"


def failed_result(job: Job, reason: str, seconds: float = 0.0) -> FileResult:
    doc = Document(doc_id=job.doc_id, source=job.path).fail(reason, STATUS_ERROR)
    return FileResult(job, document_rows(doc), None, seconds)


def warm_up(config: Config) -> None:
    """Load what every file needs once, before forking, so children share it."""
    from pipeline.language import default_stages

    default_stages()
    try:  # the PDF library mapped once here, not in each child (under --max-memory it failed to map there)
        import pypdfium2  # noqa: F401
    except ImportError:
        pass
    try:
        from pipeline.repair.lm import load_model
    except ImportError:
        return
    try:
        load_model(config.models_dir)
    except Exception:  # noqa: BLE001 - a missing model is reported by the repair stage itself
        return
    if WARM_DOCUMENTS:
        from pipeline.warm import warm_documents

        warm_documents(config)


# One small directive run through the stages before the children are forked
# (pipeline/warm.py): the tables each step builds on first use are then built once in the
# parent and shared, not again in every file's child (speed20: a clean file's repair 0.80 -> 0.012 s of CPU).
WARM_DOCUMENTS = True


# A worker needs room beyond what it holds before reading a file: the repair stage's tables,
# a PDF page's bitmap at 300 dpi, Tesseract (which inherits the limit).  Measured on the real
# scans: P05 (one page) failed at 300 MB and ran at 500 with ~185 MB held before the file.
MEMORY_HEADROOM_MB = 256


def _address_space_mb() -> int | None:
    """This process's virtual memory size in MB (Linux), what RLIMIT_AS counts."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def check_memory_limit(max_memory_mb: int | None, config: Config) -> str | None:
    """Why ``--max-memory`` cannot work, or None.  The limit is on each worker's address space,
    which already holds the loaded models when it starts (a forked child shares the parent's):
    a limit under that made every file fail with an empty 'MemoryError' or a library that
    'failed to map segment', so it is said once, before the run, with the smallest useful value."""
    if not max_memory_mb:
        return None
    if max_memory_mb < 0:
        return f"--max-memory {max_memory_mb}: must be a number of MB above 0"
    warm_up(config)
    held = _address_space_mb()
    if held is None:
        return None
    need = held + MEMORY_HEADROOM_MB
    if max_memory_mb < need:
        return (f"--max-memory {max_memory_mb}: too small; a worker holds about {held} MB (the models) before "
                f"reading a file and needs room to read it: give at least {need}")
    return None


_MEMORY_SIGNS = ("MemoryError", "failed to map segment", "Cannot allocate memory", "std::bad_alloc",
                 "out of memory while reading")


def _memory_failure(result: "FileResult", max_memory_mb: int) -> "FileResult":
    """A file that failed for want of memory under --max-memory says so (the stage's message
    was 'repair: MemoryError: ' or a library's mmap failure, naming no limit)."""
    d = result.rows["documents"][0]
    error = d.get("error") or ""
    if d.get("status") == STATUS_ERROR and any(sign in error for sign in _MEMORY_SIGNS):
        d["error"] = f"out of memory (limit {max_memory_mb} MB per file, --max-memory): {error.strip()}"
    return result


# --------------------------------------------------------------------- stops

class StopSignals:
    """Ctrl-C and SIGTERM stop the batch, whatever threads the process has.

    Python runs a signal's handler in the main thread, but the kernel hands the signal to any
    thread that does not block it: in a process with other threads (a notebook's, Dask's) the
    main thread learns of it only at its next check, which may fall inside code where Python
    prints and swallows the handler's KeyboardInterrupt (an at-fork hook, a ``__del__``): the
    stop was lost and the batch ran to its end.  Inside this context (main thread only; it does
    nothing elsewhere) each stop signal is also recorded, and :meth:`check`, called by the batch's
    loops after each fork and each wait, raises the KeyboardInterrupt a swallowed handler did not.

    A handler that was there (Python's Ctrl-C one, ``chidao run``'s SIGTERM one) still runs; a
    handler that returns without raising does not keep the batch going.  A SIGTERM (or SIGINT)
    left at its default action (a script or a scheduler's job calling :func:`run_batch`) first
    stops the batch as Ctrl-C does -- the children killed, the tables of the documents done
    written -- then ends the process by that signal, as before.  An ignored signal stays ignored.
    Within :meth:`holding` (the tables being written) a stop is recorded and raised after it.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.received: int | None = None
        self._previous: dict[int, Any] = {}
        self._default: set[int] = set()

    _held = 0  # shared by nested guards (run_batch's and run_isolated's): >0 while the tables are written

    def __enter__(self) -> "StopSignals":
        if threading.current_thread() is not threading.main_thread():
            return self  # signal.signal works only there; the main thread's handlers decide
        for signum in self.SIGNALS:
            previous = signal.getsignal(signum)
            if previous is signal.SIG_IGN or previous is None:
                continue
            try:
                signal.signal(signum, self._handler)
            except (ValueError, OSError):
                continue
            self._previous[signum] = previous
        return self

    def _handler(self, signum: int, frame) -> None:
        self.received = signum
        previous = self._previous.get(signum)
        if previous is signal.SIG_DFL:
            self._default.add(signum)
        if StopSignals._held:
            if isinstance(getattr(previous, "__self__", None), StopSignals):
                previous(signum, frame)  # the outer guard records it too
            return
        if callable(previous):
            previous(signum, frame)
        raise KeyboardInterrupt

    def check(self) -> None:
        """Raise KeyboardInterrupt when a stop came and its handler's exception was lost."""
        if self.received is not None and not StopSignals._held:
            raise KeyboardInterrupt

    def holding(self) -> "_Holding":
        return _Holding(self)

    def __exit__(self, kind, value, tb) -> None:
        for signum, previous in self._previous.items():
            try:
                signal.signal(signum, previous)
            except (ValueError, OSError):
                pass
        self._previous = {}
        if self._default and self.received in self._default:
            os.kill(os.getpid(), self.received)  # the default action, now that the tables are written


class _Holding:
    """A stop during the block is kept and raised after it (the tables are written whole)."""

    def __init__(self, stops: StopSignals) -> None:
        self.stops = stops

    def __enter__(self) -> None:
        self.before = self.stops.received
        StopSignals._held += 1

    def __exit__(self, kind, value, tb) -> None:
        StopSignals._held -= 1
        if kind is None and self.stops.received is not None and self.before is None:
            raise KeyboardInterrupt


_PRCTL: list = []


def _prctl():
    """libc's prctl (Linux), loaded in the parent before any fork; None elsewhere."""
    if not _PRCTL:
        fn = None
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                fn = ctypes.CDLL(None, use_errno=True).prctl
            except (OSError, AttributeError):
                fn = None
        _PRCTL.append(fn)
    return _PRCTL[0]


PR_SET_PDEATHSIG = 1


def _die_with_parent(parent_pid: int, prctl) -> None:
    """In a child: be killed when the thread that forked it ends (Linux), so that no child reads
    on after chidao was killed outright (SIGKILL, a Dask worker ended by its nanny), which no
    handler of the parent can see."""
    if prctl is not None:
        prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before the line above
        os._exit(1)


# --------------------------------------------------------------------- isolation

@dataclass
class _Child:
    job: Job
    pid: int
    fd: int
    started: float
    chunks: list[bytes] = field(default_factory=list)


def _fork_job(job: Job, config: Config, max_memory_mb: int | None, workers: int = 1,
              register: Callable[[_Child], None] | None = None) -> _Child:
    r, w = os.pipe()
    # Ctrl-C and SIGTERM are held while forking: one that arrived during the fork ran the
    # parent's handler inside an at-fork hook (logging's lock release), where Python prints
    # and swallows the KeyboardInterrupt, and the batch ran on to its end.  Held, it is
    # delivered right after, in the parent's own code, once the child is registered with its
    # caller (``register``): delivered before that, the KeyboardInterrupt left a child nobody
    # knew of reading its file after chidao had exited, holding chidao's stdout and stderr (a
    # scheduler or a pipe waiting for them waited for the slowest file: the SIGTERM test hung
    # 120 s on a loaded machine).
    stop_signals = {signal.SIGINT, signal.SIGTERM}
    prctl = _prctl()
    parent = os.getpid()
    held = signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)
    try:
        pid = os.fork()
    except BaseException:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        raise
    if pid == 0:  # child
        os.close(r)
        code = 0
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
            signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler (cli.run)
            _die_with_parent(parent, prctl)
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
            if workers > 1:  # Tesseract's OpenMP threads would fight over the same cores
                os.environ.setdefault("OMP_THREAD_LIMIT", "1")
            if max_memory_mb:
                import resource

                limit = max_memory_mb * 1024 * 1024
                resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            try:
                result = process_job(job, config)
            except MemoryError:
                result = failed_result(job, f"out of memory (limit {max_memory_mb} MB per file, --max-memory)")
            if max_memory_mb:
                result = _memory_failure(result, max_memory_mb)
            data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(w, "wb") as fh:
                fh.write(data)
        except BaseException:  # noqa: BLE001 - never return into the parent's code
            code = 1
        finally:
            os._exit(code)
    try:
        # a stop taken by another thread is handled by this one at its next check, which may
        # fall here, before the child is registered: the child is killed, not left reading
        os.close(w)
        child = _Child(job, pid, r, time.monotonic())
        if register is not None:
            register(child)
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
        os.close(r)
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        raise
    signal.pthread_sigmask(signal.SIG_SETMASK, held)
    return child


def _reap(child: _Child) -> None:
    try:
        os.waitpid(child.pid, 0)
    except ChildProcessError:
        pass
    try:
        os.close(child.fd)
    except OSError:
        pass


def run_isolated(jobs: list[Job], config: Config, workers: int = 1,
                 max_memory_mb: int | None = None) -> Iterator[FileResult]:
    """Yield one result per job as each finishes; a child past the time limit is killed."""
    timeout = config.timeout
    pending = list(reversed(jobs))
    running: dict[int, _Child] = {}
    stops = StopSignals()
    try:
        stops.__enter__()
        while pending or running:
            while pending and len(running) < max(1, workers):
                _fork_job(pending.pop(), config, max_memory_mb, workers,
                          register=lambda child: running.__setitem__(child.fd, child))
                stops.check()  # a stop swallowed in an at-fork hook
            wait = 0.5
            if timeout:
                now = time.monotonic()
                wait = max(0.0, min(wait, *(c.started + timeout - now for c in running.values())))
            ready, _, _ = select.select(list(running), [], [], wait)
            stops.check()
            for fd in ready:
                child = running[fd]
                chunk = os.read(fd, 1 << 20)
                if chunk:
                    child.chunks.append(chunk)
                    continue
                del running[fd]
                _reap(child)
                elapsed = time.monotonic() - child.started
                try:
                    yield pickle.loads(b"".join(child.chunks))
                except Exception:  # noqa: BLE001 - the child died without a result
                    yield failed_result(child.job, "worker crashed while processing the file", elapsed)
            if timeout:
                now = time.monotonic()
                for fd, child in list(running.items()):
                    if now - child.started > timeout:
                        os.kill(child.pid, signal.SIGKILL)
                        del running[fd]
                        _reap(child)
                        yield failed_result(child.job, timeout_reason(child.job, timeout), now - child.started)
    finally:
        try:
            for child in running.values():
                try:
                    os.kill(child.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                _reap(child)
        finally:
            stops.__exit__(None, None, None)


def run_in_process(jobs: list[Job], config: Config) -> Iterator[FileResult]:
    for job in jobs:
        yield process_job(job, config)


class BatchError(Exception):
    """A run that cannot start (the Dask scheduler cannot be reached); nothing in OUT was touched."""


def dask_client(address: str | None, workers: int):
    """(client, cluster or None) for ``--dask``: 'local' starts a LocalCluster on this machine.

    Connected before the run touches OUT: an unreachable scheduler used to end in a traceback
    after the earlier run's database had been replaced by an empty one."""
    from dask.distributed import Client, LocalCluster

    try:
        if address in (None, "", "local"):
            cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            return Client(cluster), cluster
        return Client(address, timeout=DASK_CONNECT_TIMEOUT), None
    except Exception as exc:  # noqa: BLE001 - OSError (timeout, refused), ValueError (bad address), ...
        raise BatchError(f"--dask {address}: cannot reach the Dask scheduler ({type(exc).__name__}: {exc})") from exc


DASK_CONNECT_TIMEOUT = 20  # seconds


def worker_memory_problem(max_memory_mb: int, config: Config) -> str | None:
    """In a Dask worker: why ``--max-memory`` cannot work there, or None.  A worker holds more
    than the ``chidao`` process (Dask's own modules and threads: about 400 MB against 210 on
    this machine), so the check made before the run is made again where the files are read."""
    warm_up(config)
    held = _address_space_mb()
    if held is None or max_memory_mb >= held + MEMORY_HEADROOM_MB:
        return None
    return (f"--max-memory {max_memory_mb}: too small for a Dask worker, which holds about {held} MB "
            f"(the models and Dask) before reading a file: give at least {held + MEMORY_HEADROOM_MB}")


def check_dask_memory_limit(client, max_memory_mb: int | None, config: Config) -> None:
    """Raise :class:`BatchError` before the run when ``--max-memory`` is too small for the
    cluster's workers (as :func:`check_memory_limit` does for the local ones)."""
    if not max_memory_mb:
        return
    try:
        answers = client.run(worker_memory_problem, max_memory_mb, config)
    except Exception:  # noqa: BLE001 - each task checks again on its worker
        return
    problems = sorted({p for p in answers.values() if p})
    if problems:
        raise BatchError(problems[0])


def run_dask(jobs: list[Job], config: Config, address: str | None, workers: int,
             connection=None, max_memory_mb: int | None = None) -> Iterator[FileResult]:
    """Spread the files over a Dask cluster ('local' starts a LocalCluster on this machine).

    Each task still isolates its file in a forked child with the time limit, so a hanging
    file costs one worker slot for ``timeout`` seconds, not the cluster; with ``max_memory_mb``
    the child's address space is limited as in a local run (the limit is on the child that reads
    the file, not on the Dask worker: Dask's own ``memory_limit`` measures the worker process,
    which a forked child is not, and would restart the whole worker).  A ``connection`` from
    :func:`dask_client` is used and left open (its owner closes it); without one, a client is
    made here and closed at the end.
    """
    from dask.distributed import as_completed

    own = connection is None
    client, cluster = dask_client(address, workers) if own else connection
    try:
        futures = [client.submit(_dask_task, job, config, max_memory_mb, pure=False) for job in jobs]
        for fut in as_completed(futures):  # (it waits 0.1 s at a time: a stop is seen at once)
            try:
                yield fut.result()
            except Exception as exc:  # noqa: BLE001
                idx = futures.index(fut)
                yield failed_result(jobs[idx], f"dask task failed: {type(exc).__name__}: {exc}")
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()


def _dask_task(job: Job, config: Config, max_memory_mb: int | None = None) -> FileResult:
    if max_memory_mb:  # --max-memory was not passed to Dask tasks: a file could take the worker's memory
        problem = worker_memory_problem(max_memory_mb, config)
        if problem:
            return failed_result(job, problem)
        return next(run_isolated([job], config, 1, max_memory_mb))
    if config.timeout:
        warm_up(config)  # the models loaded once per worker, shared by its children
        return next(run_isolated([job], config, 1))
    return process_job(job, config)


def run_jobs(jobs: list[Job], config: Config, workers: int = 1, dask: str | None = None,
             isolate: bool = True, max_memory_mb: int | None = None, connection=None) -> Iterator[FileResult]:
    if dask is not None:
        return run_dask(jobs, config, dask, workers, connection, max_memory_mb)
    if isolate and hasattr(os, "fork"):
        warm_up(config)
        return run_isolated(jobs, config, workers, max_memory_mb)
    return run_in_process(jobs, config)


def settings_key(config: Config) -> str:
    """A short hash of the settings that change what a document's rows say: chidao's version,
    the models (folder and the time its language model was written), the reviewers' decisions
    (the corrections file's bytes), OCR and repair options.  A resumed run processes again the
    documents stored under other settings: a reviewer who adds corrections and resumes gets
    them applied (they were silently ignored for every unchanged file)."""
    import hashlib
    import json

    from pipeline import __version__

    models = Path(config.models_dir)
    lm = next((p for p in (models / "lm" / "model.npz", models / "model.npz") if p.is_file()), None)
    corrections = ""
    if config.corrections is not None and Path(config.corrections).is_file():
        corrections = hashlib.sha1(Path(config.corrections).read_bytes()).hexdigest()
    key = {
        "version": __version__, "models": str(models.resolve()),
        "lm": lm.stat().st_mtime_ns if lm else None, "corrections": corrections,
        "ocr": config.ocr, "ocr_choose": config.ocr_choose, "ocr_dpi": config.ocr_dpi, "ocr_lang": config.ocr_lang,
        "max_pages": config.max_pages, "repair": config.repair, "review_threshold": config.review_threshold,
    }
    return hashlib.sha1(json.dumps(key, sort_keys=True, default=str).encode()).hexdigest()[:12]


def run_batch(inputs: Iterable[str | Path], out: Path, config: Config | None = None, workers: int = 1,
              dask: str | None = None, isolate: bool = True, max_memory_mb: int | None = None,
              on_result: Callable[[FileResult], None] | None = None, resume: bool = False,
              on_note: Callable[[str], None] | None = None) -> BatchSummary:
    """Process inputs and write every output table into ``out``; returns the summary.

    With ``resume``, documents already in ``out/chidao.db`` without error, whose input file
    has not changed since (same size and modification time) and that were made with the same
    settings (:func:`settings_key`), are not processed again; documents of the earlier run
    that are not among ``inputs`` are dropped, so that the tables, the database and OUT/text
    always describe the same documents.  ``on_note`` receives one-line notes on what the
    resume did.  A Dask scheduler that cannot be reached raises :class:`BatchError` before
    anything in ``out`` is touched.
    """
    config = config or Config()
    note = on_note or (lambda message: None)
    started = time.perf_counter()
    jobs = collect_jobs(inputs, exclude=[out / "text"])
    summary = BatchSummary()
    settings = settings_key(config)
    with StopSignals() as stops:
        connection = dask_client(dask, workers) if dask is not None else None  # before OUT is touched
        if connection is not None:
            try:
                check_dask_memory_limit(connection[0], max_memory_mb, config)
            except BatchError:
                connection[0].close()
                if connection[1] is not None:
                    connection[1].close()
                raise
        out.mkdir(parents=True, exist_ok=True)
        try:
            return _run_batch(jobs, out, config, workers, dask, isolate, max_memory_mb, on_result, resume, note,
                              settings, connection, summary, started, stops)
        finally:
            if connection is not None:
                with stops.holding():
                    connection[0].close()
                    if connection[1] is not None:
                        connection[1].close()


def _run_batch(jobs, out, config, workers, dask, isolate, max_memory_mb, on_result, resume, note,
               settings, connection, summary, started, stops: StopSignals) -> BatchSummary:
    from pipeline.store.tables import fingerprint
    from pipeline.store.writers import DB_NAME, Database, write_tables_from_db

    text_dir = out / "text"
    earlier = [] if resume else stored_doc_ids(out / DB_NAME)
    db = Database(out / DB_NAME, fresh=not resume)
    current = {job.doc_id for job in jobs}
    if resume:
        done = db.done()
        gone = [doc_id for doc_id in db.doc_ids() if doc_id not in current]
        for doc_id in gone:
            db.remove(doc_id)
            remove_text(text_dir, doc_id)
        if gone:
            shown = ", ".join(gone[:5]) + (", ..." if len(gone) > 5 else "")
            note(f"{len(gone)} document(s) of the earlier run are not among the inputs and were dropped ({shown})")
        todo = []
        other_settings = 0
        for job in jobs:
            stored = done.get(job.doc_id)
            if stored is not None and stored[0] == fingerprint(job.path) != "" and stored[1] == settings:
                rows = db.rows_of(job.doc_id)
                summary.add(FileResult(job, rows, None, 0.0))
                summary.skipped += 1
            else:
                other_settings += stored is not None and stored[0] == fingerprint(job.path) != ""
                todo.append(job)
        if other_settings:
            note(f"{other_settings} unchanged document(s) were made with other settings (models, corrections, "
                 "OCR options or chidao version) and are processed again")
    else:
        todo = jobs
    results = run_jobs(todo, config, workers, dask, isolate, max_memory_mb, connection)
    try:
        for result in results:
            result.rows["documents"][0]["settings"] = settings
            db.add(result.rows)
            target = text_dir / f"{result.job.doc_id}.txt"
            if result.text is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(result.text.encode("utf-8"))
            else:  # a document that fails now has no text, not the text of an earlier run
                remove_text(text_dir, result.job.doc_id)
            summary.add(result)
            if on_result:
                on_result(result)
            stops.check()
    finally:
        # a second Ctrl-C while the tables are written is kept for after (it left them half written)
        with stops.holding():
            # closed here, whatever still holds it (run_isolated, run_dask and run_in_process are all
            # generators): the children still reading their files end before the tables are written
            results.close()
            for doc_id in earlier:  # a fresh run into an old OUT: no text of documents not in it
                if doc_id not in current:
                    remove_text(text_dir, doc_id)
            try:
                write_tables_from_db(db, out, [job.doc_id for job in jobs])
            finally:
                db.close()
            summary.seconds = time.perf_counter() - started
    return summary
