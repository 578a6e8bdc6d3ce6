"""The ``chidao`` command: a thin shell over :mod:`pipeline` (all the work is in the stages)."""
from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from pipeline import __version__
from pipeline.config import Config

app = typer.Typer(
    name="chidao",
    help="Turn Vietnamese government directives (PDF, scans, .docx, text) into repaired text, "
         "sections and task tables.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode="rich",
)
# Tables are read in terminals and in log files: don't squeeze them to 80 columns in a file.
out_console = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err_console = Console(stderr=True, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        print(f"chidao {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """chidao: Vietnamese directives into data."""


def _fail(message: str, code: int = 2) -> None:
    err_console.print(f"chidao: {message}", highlight=False)
    raise typer.Exit(code)


def _check_models(models: Optional[Path]) -> None:
    """A --models folder that is not there would make every repair step quietly do nothing
    (each one skips a missing model), so it is an error before any file is read."""
    if models is None:
        return
    if not models.is_dir():
        _fail(f"--models {models}: no such folder")
    if not ((models / "model.npz").is_file() or (models / "lm" / "model.npz").is_file()):
        _fail(f"--models {models}: not a chidao models folder (no lm/model.npz; "
              "make one with `chidao build-model --corpus DIR --out DIR`)")


def _check_corrections(corrections: Optional[Path]) -> None:
    """A mistyped --corrections path would be read as 'no corrections yet' and a file with
    the wrong columns would fail every document: both are told once, before the run."""
    if corrections is None:
        return
    if not corrections.is_file():
        _fail(f"--corrections {corrections}: no such file")
    from pipeline.repair.corrections import load_decisions

    try:
        load_decisions(corrections)
    except (ValueError, UnicodeDecodeError, OSError) as exc:
        _fail(f"--corrections {corrections}: cannot be read: {exc}")


def _check_out(out: Optional[Path]) -> None:
    """--out must be a folder chidao can write: a file of that name, or a folder that cannot
    be made, is one clear line (it was a traceback) before any document is read."""
    if out is None:
        return
    if out.exists() and not out.is_dir():
        _fail(f"--out {out}: exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fail(f"--out {out}: cannot make the folder ({exc.strerror or exc})")


def _config(models: Optional[Path], corrections: Optional[Path], ocr: bool = True,
            timeout: Optional[float] = None, max_pages: Optional[int] = None,
            ocr_once: bool = False) -> Config:
    _check_models(models)
    _check_corrections(corrections)
    cfg = Config()
    if models:
        cfg.models_dir = models
    if corrections:
        cfg.corrections = corrections
    cfg.ocr = ocr
    cfg.ocr_choose = not ocr_once
    cfg.timeout = timeout if timeout and timeout > 0 else None
    cfg.max_pages = max_pages
    return cfg


@app.command(epilog="Examples:\n\n  chidao run samples/ --out out/\n\n"
                    "  chidao run archive/2023 archive/2024 --out out/ --jobs 2 --timeout 120\n\n"
                    "  chidao run scans/ --out out/ --dask local --jobs 4")
def run(
    # readable=False: Typer's own check refused the whole run for one unreadable file; it gets its error row
    inputs: list[Path] = typer.Argument(..., help="Files or folders (walked recursively).", readable=False),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder for the tables, chidao.db and text/."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Files processed at once (processes)."),
    timeout: float = typer.Option(600.0, help="Seconds allowed per file (0: no limit); a file past it gets an error row."),
    max_memory: Optional[int] = typer.Option(None, help="Memory limit per file in MB (the worker's address space, "
                                           "models included: at least ~500; ~660 with --dask)."),
    max_pages: Optional[int] = typer.Option(None, help="Read at most this many pages of a PDF."),
    ocr: bool = typer.Option(True, "--ocr/--no-ocr", help="OCR scanned pages with Tesseract."),
    ocr_once: bool = typer.Option(False, "--ocr-once", help="Read each scanned page once, with Tesseract's default layout: "
                                  "about half the OCR time, slightly more OCR errors (by default a second "
                                  "reading as one block is made and the more Vietnamese one kept)."),
    corrections: Optional[Path] = typer.Option(None, help="Reviewers' accepted corrections (CSV) to apply."),
    models: Optional[Path] = typer.Option(None, help="Model folder (default: the shipped models/)."),
    dask: Optional[str] = typer.Option(None, help="Run on a Dask cluster: 'local' or a scheduler address."),
    resume: bool = typer.Option(False, "--resume", help="Keep OUT's database and skip files already done and unchanged."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors and the summary line."),
) -> None:
    """Process directives and write documents.csv, sections.csv, tasks.csv, repairs.csv (+ Parquet,
    chidao.db and the repaired text of each document in OUT/text/)."""
    from pipeline.batch import (DOCUMENT_SUFFIXES, BatchError, check_memory_limit, collect_jobs, renamed_note,
                                run_batch)

    cfg = _config(models, corrections, ocr, timeout, max_pages, ocr_once)
    if jobs < 1:
        _fail(f"--jobs {jobs}: must be 1 or more")
    if max_pages is not None and max_pages < 1:
        _fail(f"--max-pages {max_pages}: must be 1 or more (leave it out to read every page)")
    problem = check_memory_limit(max_memory, cfg)
    if problem:
        _fail(problem)
    jobs_list = collect_jobs(inputs, exclude=[out / "text"])
    if not jobs_list:
        err_console.print(f"chidao: no documents found in {', '.join(map(str, inputs))}")
        raise typer.Exit(2)
    _check_out(out)
    for job in jobs_list:  # a doc_id taken by another input: said, with both files
        note = renamed_note(job)
        if note:
            err_console.print(f"chidao: {note}", highlight=False)
    for folder in inputs:  # a folder given among others that holds no document is said, not skipped silently
        if folder.is_dir() and not collect_jobs([folder], exclude=[out / "text"]):
            err_console.print(f"chidao: {folder}: no documents in this folder "
                              f"({', '.join(sorted(DOCUMENT_SUFFIXES))})", highlight=False)

    def report(result) -> None:
        d = result.rows["documents"][0]
        if d["status"] not in ("ok", "partial"):
            err_console.print(f"[red]error[/red] {result.job.path}: {d['error']}", highlight=False)
        elif not quiet:
            err_console.print(f"ok    {result.job.path} ({d['tasks']} tasks, {result.seconds:.1f} s)", highlight=False)

    done = [0]

    def count(result) -> None:
        done[0] += 1
        report(result)

    # A batch stopped by a scheduler, `timeout` or `kill` gets SIGTERM, not Ctrl-C: both end
    # the same way, the CSV and Parquet tables written for the documents done so far
    # (SIGTERM used to kill the process with only chidao.db written).
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        summary = run_batch(inputs, out, cfg, workers=jobs, dask=dask, max_memory_mb=max_memory, on_result=count,
                            resume=resume, on_note=lambda m: err_console.print(f"chidao: --resume: {m}", highlight=False))
    except KeyboardInterrupt:
        err_console.print(f"chidao: interrupted; the {done[0]} documents done are in {out}", highlight=False)
        raise typer.Exit(130)
    except BatchError as exc:  # nothing in OUT was touched
        _fail(str(exc))
    finally:
        signal.signal(signal.SIGTERM, previous)
    print_summary(summary, out)
    if summary.ok == 0:
        raise typer.Exit(1)


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def print_summary(summary, out: Path) -> None:
    table = Table(title=f"chidao: {out}", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents", str(summary.documents))
    table.add_row("  processed", str(summary.ok))
    table.add_row("  failed", str(len(summary.failed)))
    if summary.skipped:
        table.add_row("  unchanged, kept from before", str(summary.skipped))
    table.add_row("sections", str(summary.sections))
    table.add_row("tasks", str(summary.tasks))
    table.add_row("  with a deadline", str(summary.tasks_with_deadline))
    table.add_row("  with an office", str(summary.tasks_with_office))
    table.add_row("offices (distinct)", str(len(summary.offices)))
    table.add_row("repairs", str(sum(summary.repairs.values())))
    for kind, n in sorted(summary.repairs.items()):
        table.add_row(f"  {kind}", str(n))
    table.add_row("  flagged for review", str(summary.repairs_flagged))
    table.add_row("seconds", f"{summary.seconds:.1f}")
    out_console.print(table)
    for doc_id, error in summary.failed:
        out_console.print(f"  failed: {doc_id}: {error}", highlight=False)


@app.command(epilog="Examples:\n\n  chidao repair scan.txt > fixed.txt\n\n"
                    "  chidao repair docs/*.txt docs/*.pdf -o repaired/\n\n  chidao repair --explain seed.txt")
def repair(
    files: list[Path] = typer.Argument(..., help="Files to repair (.txt, .pdf, .docx, scanned .png/.jpg/.tif).",
                                       readable=False),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Folder for NAME.txt outputs (needed for several files)."),
    explain: bool = typer.Option(False, "--explain", help="Show each change in context instead of the text."),
    ocr: bool = typer.Option(True, "--ocr/--no-ocr", help="OCR scanned pages with Tesseract."),
    ocr_once: bool = typer.Option(False, "--ocr-once", help="Read each scanned page once, with Tesseract's default layout: "
                                  "about half the OCR time, slightly more OCR errors (by default a second "
                                  "reading as one block is made and the more Vietnamese one kept)."),
    corrections: Optional[Path] = typer.Option(None, help="Reviewers' accepted corrections (CSV) to apply."),
    models: Optional[Path] = typer.Option(None, help="Model folder (default: the shipped models/)."),
) -> None:
    """Write the repaired UTF-8 (NFC) text: same number of lines as the input; PDF pages are
    separated by a form feed.  One file without -o goes to standard output."""
    from pipeline.batch import body_text
    from pipeline.ingest import ingest
    from pipeline.repair import repair as repair_stage

    cfg = _config(models, corrections, ocr, ocr_once=ocr_once)
    if len(files) > 1 and out is None and not explain:
        err_console.print("chidao repair: several files need --out DIR")
        raise typer.Exit(2)
    if not explain:
        _check_out(out)
    failures = 0
    written: set[str] = set()
    for path in files:
        target = None
        if out is not None and not explain:
            target = _repair_target(out, path, written)
            if target is None:
                failures += 1
                err_console.print(f"chidao: {path}: the output {out / (path.stem + '.txt')} would overwrite the "
                                  "input; choose another --out", highlight=False)
                continue
        if path.is_dir():  # `chidao run` walks folders; repair writes one text per file it is given
            failures += 1
            err_console.print(f"chidao: {path}: is a folder; give its files ({path}/*.txt ...) with -o DIR, "
                              "or use `chidao run` for a folder", highlight=False)
            continue
        doc = ingest(path, cfg)
        if doc.ok:
            try:
                doc = repair_stage(doc, cfg)
            except Exception as exc:  # noqa: BLE001
                doc.fail(f"repair: {type(exc).__name__}: {exc}")
        if not doc.ok:
            failures += 1
            err_console.print(f"chidao: {path}: {doc.error}", highlight=False)
            continue
        if explain:
            out_console.print(_explain(doc), highlight=False)
            continue
        text = body_text(doc)
        if out is None:
            sys.stdout.buffer.write(text.encode("utf-8"))
            sys.stdout.flush()
        else:
            out.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))
    if failures == len(files):
        raise typer.Exit(1)


def _repair_target(out: Path, path: Path, written: set[str]) -> Optional[Path]:
    """OUT/NAME.txt for ``path``; two inputs with one name (a/ct.txt, b/ct.txt, or ct.pdf
    and ct.docx) get NAME~2.txt, ... as in `chidao run`, so neither overwrites the other.
    None when the output would be the input file itself (`chidao repair a.txt -o .`)."""
    name, n = path.stem, 1
    while name in written:
        n += 1
        name = f"{path.stem}~{n}"
    target = out / f"{name}.txt"
    try:
        if target.exists() and path.exists() and target.samefile(path):
            return None
    except OSError:
        pass
    written.add(name)
    return target


def _explain(doc) -> str:
    try:
        from pipeline.repair.explain import explain
    except ImportError:
        explain = None
    if explain is not None:
        return explain(doc)
    lines = [f"{doc.doc_id}: {len(doc.repairs)} changes"]
    for r in doc.repairs:
        lines.append(f"  line {r.line} col {r.column} [{r.kind} {r.confidence:.2f}] {r.before!r} -> {r.after!r}")
    return "\n".join(lines)


@app.command(name="eval", epilog="Example:\n\n  chidao run samples/text --out out/ && chidao eval out/ --gold samples/gold")
def eval_cmd(
    out: Path = typer.Argument(..., help="An output folder of `chidao run`."),
    gold: Path = typer.Option(..., "--gold", "-g", help="Folder of <doc_id>.tasks.json (+ .clean.txt) gold files."),
    details: bool = typer.Option(False, "--details", help="List missed tasks and wrong attributes."),
) -> None:
    """Score tasks, header fields and repairs of an output folder against gold files."""
    from pipeline import eval as ev

    if out.is_file():
        err_console.print(f"chidao eval: {out} is a file; give the folder `chidao run --out` wrote "
                          "(it holds tasks.csv)", highlight=False)
        raise typer.Exit(2)
    if not (out / "tasks.csv").exists():
        err_console.print(f"chidao eval: {out}/tasks.csv not found (run `chidao run ... --out {out}` first)")
        raise typer.Exit(2)
    if not gold.is_dir() or not any(gold.glob("*.tasks.json")):
        err_console.print(f"chidao eval: {gold}: no <doc_id>.tasks.json gold files")
        raise typer.Exit(2)
    problems: list = []
    gold_ids = list(ev.load_gold(gold, problems))
    for path, reason in problems:  # a bad gold file is named and passed over, the others scored
        err_console.print(f"chidao eval: {path}: not scored: {reason}", highlight=False)
    found = ev.gold_in_run(out, gold_ids)
    if not found:
        err_console.print(f"chidao eval: no document of {out} has a gold file in {gold}")
        raise typer.Exit(2)
    scores = ev.score_tasks(out, gold)
    pct = lambda v: "-" if v is None else f"{v:.3f}"  # noqa: E731
    t = Table(title="tasks (per gold document)")
    for col in ("doc_id", "gold", "pred", "task F1", "deadline F1", "office F1", "section acc", "recurrence acc"):
        t.add_column(col, justify="right" if col != "doc_id" else "left")
    for s in [*scores, ev.total(scores)]:
        recall_only = not s.tasks.pred and s.tasks.hit_gold  # a partial gold: recall only
        t.add_row(s.doc_id, str(s.tasks.gold), "-" if recall_only else str(s.tasks.pred), pct(s.tasks.f1), pct(s.deadlines.f1),
                  pct(s.offices.f1), pct(s.sections.recall), pct(s.recurrence.recall))
    out_console.print(t)
    h = Table(title="header fields (right / stated)")
    h.add_column("field")
    h.add_column("accuracy", justify="right")
    for name, (hit, n) in ev.score_header(out, gold).items():
        h.add_row(name, f"{hit}/{n}" + (f" = {hit / n:.3f}" if n else ""))
    out_console.print(h)
    sources = {}
    docs_csv = out / "documents.csv"
    for r in ev.read_csv(docs_csv):
        if r.get("source"):
            sources[r["doc_id"]] = Path(r["source"])
    problems = []
    rep = ev.score_repairs(out, gold, sources, problems)
    for path, reason in problems:
        err_console.print(f"chidao eval: {path}: not scored: {reason}", highlight=False)
    if rep:
        r = Table(title="repair (documents with a gold clean text)")
        for col in ("doc_id", "words", "WER in", "WER out", "error reduction", "clean lines damaged"):
            r.add_column(col)
        for doc_id, s in rep.items():
            r.add_row(doc_id, str(s["words"]), f"{s['wer_input']:.4f}", f"{s['wer_output']:.4f}",
                      pct(s["error_reduction"]), str(s["clean_lines_damaged"]))
        out_console.print(r)
    missing = [g for g in gold_ids if g not in found]
    if missing:
        shown = ", ".join(missing[:5]) + (", ..." if len(missing) > 5 else "")
        out_console.print(f"{len(missing)} of {len(gold_ids)} gold documents are not in this run and were not "
                          f"scored ({shown})", highlight=False)
    if details:
        for s in scores:
            for m in s.missed:
                out_console.print(f"  missed {s.doc_id}: {m}", highlight=False)
            for w in s.wrong:
                out_console.print(f"  wrong  {s.doc_id}: {w}", highlight=False)


@app.command(name="build-model", epilog="Example:\n\n  chidao build-model --corpus my_archive_clean/ --out models_local/\n\n"
                                        "  chidao run docs/ --out out/ --models models_local/")
def build_model(
    corpus: Path = typer.Option(..., "--corpus", help="Folder of clean UTF-8 .txt documents of your archive."),
    out: Path = typer.Option(Path("models_local"), "--out", "-o", help="Where to write the adapted model."),
    base: Optional[Path] = typer.Option(None, help="Model to start from (default: the shipped models/)."),
) -> None:
    """Add your clean documents' statistics to the shipped language model."""
    from pipeline.repair.lm import build_model as build

    if not corpus.is_dir():
        err_console.print(f"chidao build-model: {corpus}: not a folder")
        raise typer.Exit(2)
    _check_models(base)
    try:
        path = build(corpus, out, base or Config().models_dir)
    except FileNotFoundError as exc:  # no usable .txt file in the corpus
        err_console.print(f"chidao build-model: {exc}", highlight=False)
        raise typer.Exit(2)
    import json

    try:
        counts = json.loads((Path(path) / "lm" / "manifest.json").read_text(encoding="utf-8")).get("counts", {})
    except (OSError, ValueError):
        counts = {}
    reasons = counts.get("user_files_skipped_reasons", {})
    for name in counts.get("user_files_skipped", []):
        why = reasons.get(name) or "empty, binary or undecodable"
        err_console.print(f"chidao build-model: skipped {corpus / name}: {why}", highlight=False)
    out_console.print(f"model written to {path}; use it with --models {path}")


@app.command(epilog="Example:\n\n  chidao search 'don doc giai ngan' --db out/chidao.db")
def search(
    query: str = typer.Argument(..., help="Words to find, with or without accents."),
    db: Path = typer.Option(..., "--db", help="A chidao.db written by `chidao run` (or the run's --out folder)."),
    limit: int = typer.Option(20, help="At most this many tasks."),
) -> None:
    """Accent-insensitive search over the tasks of a run."""
    from pipeline.store.writers import search as do_search

    if db.is_dir() and (db / "chidao.db").is_file():  # the run's folder, as for `chidao eval`
        db = db / "chidao.db"
    if not db.exists():
        err_console.print(f"chidao search: {db}: no such database")
        raise typer.Exit(2)
    if limit < 1:
        err_console.print(f"chidao search: --limit {limit}: must be 1 or more", highlight=False)
        raise typer.Exit(2)
    import sqlite3

    try:
        rows = do_search(db, query, limit)
    except sqlite3.Error as exc:  # a folder, a file that is no database, a database of another program
        err_console.print(f"chidao search: {db}: not a chidao database ({exc})", highlight=False)
        raise typer.Exit(2)
    t = Table(title=f"{len(rows)} tasks matching '{query}'")
    for col in ("doc_id", "section", "task", "offices", "deadline"):
        t.add_column(col)
    for r in rows:
        t.add_row(r["doc_id"], r["section"] or "", r["task"], r["offices"] or "", r["deadline"] or "")
    out_console.print(t)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
