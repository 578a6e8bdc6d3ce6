"""A Document as flat tables (one dict of rows per table), then as pandas DataFrames.

The row builders are plain Python so that a worker process or a Dask task can ship rows
back cheaply; :func:`document_tables` wraps them as DataFrames for notebooks.  The column
lists are the output contract (README: "Output tables"); new columns go at the end.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pipeline.model import Document

OFFICE_SEP = "; "

COLUMNS: dict[str, list[str]] = {
    "documents": [
        "doc_id", "doc_type", "number", "date", "issuer", "signer_title", "signer", "status", "error",
        "source", "format", "encoding", "pages", "lines", "place", "issuer_parent", "title",
        "signer_authority", "period", "addressees", "sections", "tasks", "repairs", "repairs_flagged",
        "ocr", "warnings", "seconds", "fingerprint", "settings",
    ],
    "sections": ["doc_id", "section_id", "label", "title", "level", "parent_id", "path", "style",
                 "line_start", "line_end"],
    "tasks": ["doc_id", "task_id", "section", "task", "offices", "lead", "offices_canonical", "office_source", "deadline", "deadline_text",
              "recurrence", "deadline_time", "item", "verb", "page", "line_start", "line_end"],
    "task_offices": ["doc_id", "task_id", "office", "role", "text", "source", "canonical"],
    "repairs": ["doc_id", "page", "line", "column", "before", "after", "kind", "confidence",
                "alternatives", "flagged", "note"],
    "references": ["doc_id", "text", "doc_type", "number", "date", "line", "task_id"],
    "recipients": ["doc_id", "text", "line", "level"],
    "anomalies": ["doc_id", "kind", "message", "line", "task_id"],
}


def _office_source(responsible) -> str:
    from pipeline.extract.office_crf import CRF_SOURCE

    if not responsible:
        return ""
    return CRF_SOURCE if all(o.source == CRF_SOURCE for o in responsible) else "rules"


def _iso(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return "" if value is None else str(value)


def _s(value: Any) -> str:
    return "" if value is None else str(value)


def fingerprint(path: Any) -> str:
    """Size and modification time of the input: a resumed batch skips files that did not change."""
    try:
        st = Path(path).stat()
    except (OSError, TypeError):
        return ""
    return f"{st.st_size}:{st.st_mtime_ns}"


def document_rows(doc: Document) -> dict[str, list[dict[str, Any]]]:
    """All rows of one document, keyed by table name (every table present, maybe empty)."""
    h = doc.header
    timings = doc.meta.get("timings", {})
    documents = [{
        "doc_id": doc.doc_id, "doc_type": _s(h.doc_type), "number": _s(h.number), "date": _iso(h.date),
        "issuer": _s(h.issuer), "signer_title": _s(h.signer_title), "signer": _s(h.signer),
        "status": doc.status, "error": doc.error, "source": _s(doc.source), "format": doc.format,
        "encoding": _s(doc.encoding), "pages": doc.pages, "lines": len(doc.lines), "place": _s(h.place),
        "issuer_parent": _s(h.issuer_parent), "title": _s(h.title), "signer_authority": _s(h.signer_authority),
        "period": _s(h.period), "addressees": OFFICE_SEP.join(h.addressees), "sections": len(doc.sections),
        "tasks": len(doc.tasks), "repairs": sum(r.kind != "note" for r in doc.repairs),
        "repairs_flagged": sum(r.flagged and r.kind != "note" for r in doc.repairs),
        "ocr": bool(doc.meta.get("ocr")), "warnings": " | ".join(doc.warnings),
        "seconds": round(sum(v for v in timings.values() if isinstance(v, (int, float))), 3),
        "fingerprint": fingerprint(doc.source),
        "settings": "",  # set by the batch runner (pipeline.batch.settings_key), read by --resume
    }]
    sections = [{
        "doc_id": doc.doc_id, "section_id": s.id, "label": s.label, "title": s.title, "level": s.level,
        "parent_id": "" if s.parent is None else s.parent, "path": s.path, "style": s.style,
        "line_start": s.line_start, "line_end": s.line_end,
    } for s in doc.sections]
    tasks, task_offices = [], []
    for t in doc.tasks:
        # 'offices' names each body as the text does (ANNOTATION.md: 'as written'); its canonical
        # name (abbreviations expanded, the gazetteer's spelling, jurisdiction kept) is for grouping
        responsible = [o for o in t.offices if o.role != "report-to"]
        tasks.append({
            "doc_id": doc.doc_id, "task_id": t.id, "section": t.section, "task": t.text,
            "offices": OFFICE_SEP.join(dict.fromkeys(o.office for o in responsible)), "lead": _s(t.lead),
            "offices_canonical": OFFICE_SEP.join(dict.fromkeys(o.canonical or o.office for o in responsible)),
            # 'crf' when the offices are the learned tagger's (the rules read none: extract/office_crf.py),
            # 'rules' when the rules read them, '' when the task names none
            "office_source": _office_source(responsible),
            "deadline": _iso(t.deadline),
            "deadline_text": t.deadline_text, "recurrence": _s(t.recurrence), "deadline_time": _s(t.deadline_time),
            "item": _s(t.item), "verb": t.verb, "page": t.page, "line_start": t.line_start, "line_end": t.line_end,
        })
        task_offices += [{"doc_id": doc.doc_id, "task_id": t.id, "office": o.office, "role": o.role,
                          "text": o.text, "source": o.source, "canonical": o.canonical or o.office} for o in t.offices]
    repairs = [{
        "doc_id": doc.doc_id, "page": r.page, "line": r.line, "column": r.column, "before": r.before,
        "after": r.after, "kind": r.kind, "confidence": r.confidence, "alternatives": " | ".join(r.alternatives),
        "flagged": r.flagged, "note": r.note,
    } for r in doc.repairs]
    references = [{"doc_id": doc.doc_id, "text": r.text, "doc_type": _s(r.doc_type), "number": _s(r.number),
                   "date": _iso(r.date), "line": r.line, "task_id": "" if r.task_id is None else r.task_id}
                  for r in doc.references]
    recipients = [{"doc_id": doc.doc_id, "text": r.text, "line": r.line, "level": r.level} for r in doc.recipients]
    anomalies = [{"doc_id": doc.doc_id, "kind": a.kind, "message": a.message,
                  "line": "" if a.line is None else a.line, "task_id": "" if a.task_id is None else a.task_id}
                 for a in doc.anomalies]
    return {"documents": documents, "sections": sections, "tasks": tasks, "task_offices": task_offices,
            "repairs": repairs, "references": references, "recipients": recipients, "anomalies": anomalies}


def frames(rows: dict[str, list[dict[str, Any]]]) -> dict[str, "Any"]:
    """Rows -> DataFrames with the contract's columns in order (empty tables keep columns)."""
    import pandas as pd

    out = {}
    for name, cols in COLUMNS.items():
        data = rows.get(name, [])
        df = pd.DataFrame(data, columns=cols) if data else pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
        out[name] = df
    return out


def document_tables(doc: Document) -> dict[str, "Any"]:
    """The document's tables as DataFrames with the types of the Parquet tables (nullable
    integers, reals, booleans, text with "" for empty), so that they concatenate with
    ``pd.read_parquet`` of a run's tables.  Session 11: they were ``object`` columns (a root
    section's ``parent_id`` None beside integers, an empty table all ``object``), and
    ``pd.concat`` with a run's Parquet tables gave ``object`` columns of mixed values."""
    from pipeline.store.writers import _arrow_schema, _parquet_frame

    rows = document_rows(doc)
    out = {}
    for name, cols in COLUMNS.items():
        _, dtypes = _arrow_schema(cols)
        out[name] = _parquet_frame([[r.get(c) for c in cols] for r in rows.get(name) or []], cols, dtypes)
    return out


def merge_rows(parts: list[dict[str, list[dict[str, Any]]]]) -> dict[str, list[dict[str, Any]]]:
    merged: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    for part in parts:
        for name, rows in part.items():
            merged.setdefault(name, []).extend(rows)
    return merged
