"""Write tables as CSV, Parquet and one SQLite database.

CSV is UTF-8 with a header row, for spreadsheets and the scorer; Parquet keeps types for
pandas/Dask; SQLite is for analysts' SQL.  SQLite gets an accent-insensitive full-text
index of the tasks: FTS5's own ``remove_diacritics`` leaves 'đ' alone (it is a letter, not
a d with a mark), so we index a folded copy of the text (:func:`pipeline.vietnamese.fold`)
and register ``fold()`` as an SQL function for queries.

The database is written document by document as the batch goes, so a batch that is
stopped keeps every document already done; CSV and Parquet are written from it at the end,
a chunk at a time (memory does not grow with the size of the batch).
"""
from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path
from typing import Any

from pipeline.store.tables import COLUMNS
from pipeline.vietnamese import fold

DB_NAME = "chidao.db"
_INT_COLUMNS = {"section_id", "parent_id", "level", "line_start", "line_end", "task_id", "page", "line", "column",
                "pages", "lines", "sections", "tasks", "repairs", "repairs_flagged"}
_REAL_COLUMNS = {"confidence", "seconds"}
_BOOL_COLUMNS = {"flagged", "ocr"}


def write_csv_parquet(rows: dict[str, list[dict[str, Any]]], out: Path) -> dict[str, Path]:
    """Write the tables of ``rows`` (as :func:`pipeline.store.tables.document_rows` gives them)
    as ``out/<table>.csv`` and ``out/<table>.parquet``."""
    return _write_tables(out, lambda name, cols: iter([[r.get(c) for c in cols] for r in rows.get(name) or []]))


def write_tables_from_db(db: "Database", out: Path, order: list[str] | None = None) -> dict[str, Path]:
    """Write every table of the run's database as CSV and Parquet, streaming.

    Why from the database: a batch of thousands of files used to keep every row of every
    document in memory until the end and then build DataFrames of all of them (the parent's
    memory grew by about 0.6 MB a document); the rows are in SQLite already, written as each
    file finished, so the tables are read back a chunk at a time.  ``order`` is the run's
    doc_ids in input order: the tables list documents in that order (others after, by doc_id),
    each document's rows in the order they were written."""
    con = db.con
    con.execute("DROP TABLE IF EXISTS temp.doc_order")
    con.execute("CREATE TEMP TABLE doc_order (doc_id TEXT PRIMARY KEY, pos INTEGER)")
    con.executemany("INSERT OR IGNORE INTO temp.doc_order VALUES (?, ?)", [(d, i) for i, d in enumerate(order or [])])

    def rows_of(name: str, cols: list[str]):
        quoted = ", ".join(f't."{c}"' for c in cols)
        cur = con.execute(f'SELECT {quoted} FROM "{name}" t LEFT JOIN temp.doc_order o ON o.doc_id = t.doc_id '
                          "ORDER BY o.pos IS NULL, o.pos, t.doc_id, t.rowid")
        while True:
            chunk = cur.fetchmany(_CHUNK)
            if not chunk:
                return
            yield from chunk

    try:
        return _write_tables(out, rows_of)
    finally:
        con.execute("DROP TABLE IF EXISTS temp.doc_order")


_CHUNK = 5000  # rows per Parquet row group and per read from SQLite


def _kind(col: str) -> str:
    if col in _BOOL_COLUMNS:
        return "bool"
    if col in _INT_COLUMNS:
        return "int"
    if col in _REAL_COLUMNS:
        return "real"
    return "text"


def _csv_cell(value: Any, kind: str) -> Any:
    """A cell as pandas' ``to_csv`` wrote it (the format of earlier runs): empty for none,
    ``True``/``False`` for flags, numbers as Python prints them."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if kind == "bool" and value != "":
        return "True" if value in (1, True, "1", "True", "true") else "False"
    return value


def _arrow_schema(cols: list[str]):
    """The contract's types, the same in every run: integers (nullable), reals, flags and text
    (Parquet files of two runs concatenate; a column is never text in one run and int in the
    next because one row had no value)."""
    import pandas as pd
    import pyarrow as pa

    dtypes = {"int": "Int64", "real": "Float64", "bool": "boolean", "text": "string"}
    empty = pd.DataFrame({c: pd.Series(dtype=dtypes[_kind(c)]) for c in cols})
    return pa.Schema.from_pandas(empty, preserve_index=False), {c: dtypes[_kind(c)] for c in cols}


def _parquet_frame(chunk: list, cols: list[str], dtypes: dict[str, str]):
    import pandas as pd

    data = {}
    for i, c in enumerate(cols):
        values = [row[i] for row in chunk]
        kind = _kind(c)
        if kind == "text":
            data[c] = pd.Series(["" if v is None else str(v) for v in values], dtype="string")
        elif kind == "bool":
            data[c] = pd.Series([None if v in (None, "") else bool(v) for v in values], dtype="boolean")
        else:
            num = pd.to_numeric(pd.Series([None if v == "" else v for v in values], dtype="object"), errors="coerce")
            data[c] = num.astype(dtypes[c]) if kind == "real" else num.round().astype(dtypes[c])
    return pd.DataFrame(data, columns=cols)


def _write_tables(out: Path, rows_of) -> dict[str, Path]:
    """``rows_of(name, cols)`` yields each table's rows as value lists in ``cols`` order."""
    import csv

    import pyarrow as pa
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, cols in COLUMNS.items():
        csv_path = out / f"{name}.csv"
        schema, dtypes = _arrow_schema(cols)
        kinds = [_kind(c) for c in cols]
        with csv_path.open("w", encoding="utf-8", newline="") as fh, \
                pq.ParquetWriter(out / f"{name}.parquet", schema) as pw:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(cols)
            chunk: list = []
            wrote_any = False

            def flush() -> None:
                df = _parquet_frame(chunk, cols, dtypes)
                pw.write_table(pa.Table.from_pandas(df, schema=schema, preserve_index=False))

            for row in rows_of(name, cols):
                w.writerow([_csv_cell(v, k) for v, k in zip(row, kinds)])
                chunk.append(row)
                if len(chunk) >= _CHUNK:
                    flush()
                    wrote_any = True
                    chunk = []
            if chunk or not wrote_any:
                flush()
        written[name] = csv_path
    return written


def _sql_type(col: str) -> str:
    if col in _INT_COLUMNS or col in _BOOL_COLUMNS:
        return "INTEGER"
    if col in _REAL_COLUMNS:
        return "REAL"
    return "TEXT"


# The full-text index of tasks.  `task` and `offices` hold the accent-folded text ('đ' as 'd'), for
# queries typed without accents; `task_written` and `offices_written` the text as written, which
# the tokenizer folds itself (remove_diacritics 2: every Vietnamese mark but 'đ', which is kept
# as it is), so a query typed with its accents in any SQLite client ('Phòng Nội vụ', 'đôn đốc')
# finds the same rows as one without ('phong noi vu', 'don doc'); a query typed without accents
# only returned rows before (session 11: 'Phòng Nội vụ' found nothing, silently).
SEARCH_TABLE = ("CREATE VIRTUAL TABLE tasks_search USING fts5(doc_id UNINDEXED, task_id UNINDEXED, task, offices, "
                "task_written, offices_written, tokenize='unicode61 remove_diacritics 2')")


def _search_row(doc_id, task_id, task, offices, canonical) -> tuple:
    written = f"{offices or ''}; {canonical or ''}"
    return (doc_id, task_id, fold(task or ""), fold(written), unicodedata.normalize("NFC", task or ""),
            unicodedata.normalize("NFC", written))


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
        row = cur.execute("SELECT sql FROM sqlite_master WHERE name = 'tasks_search'").fetchone()
        if row is not None and row[0] != SEARCH_TABLE:  # an older chidao's index (a resumed run): rebuilt
            cur.execute("DROP TABLE tasks_search")
            row = None
        if row is None:
            cur.execute(SEARCH_TABLE)
            tasks = cur.execute("SELECT doc_id, task_id, task, offices, offices_canonical FROM tasks").fetchall()
            cur.executemany(f"INSERT INTO tasks_search VALUES ({', '.join('?' * 6)})",
                            [_search_row(*t) for t in tasks])
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
        cur.executemany(f"INSERT INTO tasks_search VALUES ({', '.join('?' * 6)})",
                        [_search_row(t["doc_id"], t["task_id"], t["task"], t["offices"], t.get("offices_canonical"))
                         for t in rows.get("tasks", [])])
        self.con.commit()

    def done(self) -> dict[str, tuple[str, str]]:
        """doc_id -> (fingerprint, settings) of the documents already processed without error."""
        sql = "SELECT doc_id, fingerprint, settings FROM documents WHERE status IN ('ok', 'partial')"
        return {d: (f or "", s or "") for d, f, s in self.con.execute(sql)}

    def doc_ids(self) -> list[str]:
        """Every document stored, in the order it was written."""
        return [d for (d,) in self.con.execute("SELECT doc_id FROM documents ORDER BY rowid")]

    def remove(self, doc_id: str) -> None:
        """Drop a document's rows from every table."""
        for name in COLUMNS:
            self.con.execute(f'DELETE FROM "{name}" WHERE doc_id = ?', (doc_id,))
        self.con.execute("DELETE FROM tasks_search WHERE doc_id = ?", (doc_id,))
        self.con.commit()

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
