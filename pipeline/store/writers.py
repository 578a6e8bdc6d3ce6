"""Write tables as CSV, Parquet and one SQLite database.

CSV is UTF-8 with a header row, for spreadsheets and the scorer; Parquet keeps types for
pandas/Dask; SQLite is for analysts' SQL.  SQLite gets an accent-insensitive full-text
index of the tasks: FTS5's own ``remove_diacritics`` leaves 'đ' alone (it is a letter, not
a d with a mark), so we index a folded copy of the text (:func:`pipeline.vietnamese.fold`)
and register ``fold()`` as an SQL function for queries.

The database is written document by document as the batch goes, so a batch that is
stopped keeps every document already done; CSV and Parquet are rewritten at the end.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from pipeline.store.tables import COLUMNS, frames
from pipeline.vietnamese import fold

DB_NAME = "chidao.db"
_INT_COLUMNS = {"section_id", "level", "line_start", "line_end", "task_id", "page", "line", "column",
                "pages", "lines", "sections", "tasks", "repairs", "repairs_flagged"}
_REAL_COLUMNS = {"confidence", "seconds"}
_BOOL_COLUMNS = {"flagged", "ocr"}


def write_csv_parquet(rows: dict[str, list[dict[str, Any]]], out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, df in frames(rows).items():
        csv_path = out / f"{name}.csv"
        df.to_csv(csv_path, index=False, encoding="utf-8")
        written[name] = csv_path
        try:
            df.astype(str).to_parquet(out / f"{name}.parquet", index=False) if df.empty else \
                df.convert_dtypes().to_parquet(out / f"{name}.parquet", index=False)
        except Exception:  # noqa: BLE001 - mixed-type columns: fall back to text
            df.astype(str).to_parquet(out / f"{name}.parquet", index=False)
    return written


def _sql_type(col: str) -> str:
    if col in _INT_COLUMNS or col in _BOOL_COLUMNS:
        return "INTEGER"
    if col in _REAL_COLUMNS:
        return "REAL"
    return "TEXT"


def connect(path: Path) -> sqlite3.Connection:
    """Open a chidao database with ``fold()`` available to queries."""
    con = sqlite3.connect(path)
    con.create_function("fold", 1, lambda s: fold(s) if isinstance(s, str) else s, deterministic=True)
    return con


class Database:
    """The run's SQLite file, filled one document at a time."""

    def __init__(self, path: Path, fresh: bool = True):
        self.path = path
        if fresh and path.exists():
            path.unlink()
        self.con = connect(path)
        self._create()

    def _create(self) -> None:
        cur = self.con.cursor()
        for name, cols in COLUMNS.items():
            defs = ", ".join(f'"{c}" {_sql_type(c)}' for c in cols)
            cur.execute(f'CREATE TABLE IF NOT EXISTS "{name}" ({defs})')
            # a database written by an older chidao (a resumed run) gets the columns added since
            have = {r[1] for r in cur.execute(f'PRAGMA table_info("{name}")')}
            for c in cols:
                if c not in have:
                    cur.execute(f'ALTER TABLE "{name}" ADD COLUMN "{c}" {_sql_type(c)}')
        cur.execute("CREATE INDEX IF NOT EXISTS tasks_doc ON tasks(doc_id, task_id)")
        cur.execute("CREATE INDEX IF NOT EXISTS offices_office ON task_offices(office)")
        cur.execute("CREATE INDEX IF NOT EXISTS tasks_deadline ON tasks(deadline)")
        cur.execute("CREATE VIRTUAL TABLE IF NOT EXISTS tasks_search USING fts5("
                    "doc_id UNINDEXED, task_id UNINDEXED, task, offices, tokenize='unicode61')")
        self.con.commit()

    def add(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        cur = self.con.cursor()
        doc_ids = {r["doc_id"] for r in rows.get("documents", [])}
        for doc_id in doc_ids:  # a document run again replaces its old rows
            for name in COLUMNS:
                cur.execute(f'DELETE FROM "{name}" WHERE doc_id = ?', (doc_id,))
            cur.execute("DELETE FROM tasks_search WHERE doc_id = ?", (doc_id,))
        for name, cols in COLUMNS.items():
            data = rows.get(name) or []
            if not data:
                continue
            marks = ", ".join("?" for _ in cols)
            cur.executemany(f'INSERT INTO "{name}" VALUES ({marks})',
                            [tuple(_cell(r.get(c)) for c in cols) for r in data])
        cur.executemany("INSERT INTO tasks_search VALUES (?, ?, ?, ?)",
                        [(t["doc_id"], t["task_id"], fold(t["task"]), fold(f"{t['offices']}; {t.get('offices_canonical', '')}"))
                         for t in rows.get("tasks", [])])
        self.con.commit()

    def done(self) -> dict[str, str]:
        """doc_id -> fingerprint of the documents already processed without error."""
        sql = "SELECT doc_id, fingerprint FROM documents WHERE status IN ('ok', 'partial')"
        return {d: f or "" for d, f in self.con.execute(sql)}

    def rows_of(self, doc_id: str) -> dict[str, list[dict[str, Any]]]:
        """A stored document's rows, as :func:`pipeline.store.tables.document_rows` gives them."""
        out: dict[str, list[dict[str, Any]]] = {}
        for name, cols in COLUMNS.items():
            quoted = ", ".join(f'"{c}"' for c in cols)
            cur = self.con.execute(f'SELECT {quoted} FROM "{name}" WHERE doc_id = ?', (doc_id,))
            out[name] = [{c: ("" if v is None else bool(v) if c in _BOOL_COLUMNS else v) for c, v in zip(cols, row)}
                         for row in cur]
        return out

    def close(self) -> None:
        self.con.close()


def _cell(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return int(value)
    return value


def search(db_path: Path, query: str, limit: int = 50) -> list[dict[str, Any]]:
    """Accent-insensitive search over tasks: 'don doc' finds 'đôn đốc'."""
    con = connect(db_path)
    con.row_factory = sqlite3.Row
    terms = [t for t in fold(query).replace('"', " ").split() if t]
    if not terms:
        return []
    match = " ".join(f'"{t}"' for t in terms)
    sql = ("SELECT t.doc_id, t.task_id, t.section, t.task, t.offices, t.deadline, t.recurrence "
           "FROM tasks_search s JOIN tasks t ON t.doc_id = s.doc_id AND t.task_id = s.task_id "
           "WHERE tasks_search MATCH ? ORDER BY rank LIMIT ?")
    rows = [dict(r) for r in con.execute(sql, (match, limit))]
    con.close()
    return rows
