"""Store: CSV, Parquet and a real SQLite file with accent-insensitive search."""
import datetime as dt
import sqlite3
from pathlib import Path

import pandas as pd

from pipeline.model import Document, Line, OfficeRole, Repair, Task
from pipeline.store.tables import document_rows, merge_rows
from pipeline.store.writers import Database, search, write_csv_parquet


def make_doc() -> Document:
    doc = Document("kh/2023/01", lines=[Line(1, "x")])
    doc.tasks = [
        Task(1, "I > 1", "Tiếp tục đôn đốc, đẩy nhanh tốc độ giải ngân các nguồn vốn.", 1, 2,
             offices=[OfficeRole("Phòng Tài chính - Kế hoạch"), OfficeRole("Kho bạc Nhà nước huyện", "support")],
             deadline=dt.date(2023, 6, 30), deadline_text="trước ngày 30/6/2023"),
        Task(2, "I > 2", "Tăng cường kiểm tra xử lý vi phạm về đất đai.", 3, 3, recurrence="monthly"),
    ]
    doc.repairs = [Repair(1, 5, 3, "thƣờng", "thường", "codepoint", 1.0)]
    return doc


def test_csv_parquet_and_database(tmp_path: Path):
    rows = merge_rows([document_rows(make_doc())])
    write_csv_parquet(rows, tmp_path)
    tasks = pd.read_csv(tmp_path / "tasks.csv", keep_default_na=False)
    assert list(tasks["deadline"]) == ["2023-06-30", ""]
    assert tasks.loc[0, "offices"] == "Phòng Tài chính - Kế hoạch; Kho bạc Nhà nước huyện"
    assert tasks.loc[0, "lead"] == "Phòng Tài chính - Kế hoạch"
    assert tasks.loc[1, "lead"] == ""
    pq = pd.read_parquet(tmp_path / "tasks.parquet")
    assert len(pq) == 2
    db = Database(tmp_path / "chidao.db")
    db.add(rows)
    db.add(rows)  # the same document again replaces, never duplicates
    db.close()
    con = sqlite3.connect(tmp_path / "chidao.db")
    assert con.execute("SELECT count(*) FROM tasks").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM task_offices WHERE role='support'").fetchone()[0] == 1
    assert con.execute("SELECT deadline FROM tasks WHERE task_id=1").fetchone()[0] == "2023-06-30"


def test_accent_insensitive_search(tmp_path: Path):
    db = Database(tmp_path / "chidao.db")
    db.add(document_rows(make_doc()))
    db.close()
    hits = search(tmp_path / "chidao.db", "don doc giai ngan")
    assert [h["task_id"] for h in hits] == [1]
    assert search(tmp_path / "chidao.db", "ĐẤT ĐAI")[0]["task_id"] == 2
    assert search(tmp_path / "chidao.db", "tai chinh ke hoach")[0]["task_id"] == 1
    con = sqlite3.connect(tmp_path / "chidao.db")
    from pipeline.store.writers import connect

    con = connect(tmp_path / "chidao.db")
    n = con.execute("SELECT count(*) FROM tasks WHERE fold(task) LIKE '%dat dai%'").fetchone()[0]
    assert n == 1


def test_offices_as_written_with_canonical_names_for_grouping(tmp_path: Path):
    """'offices' names a body as the text does; 'offices_canonical' and the search reach it by
    its full name too ('UBND huyện' is found by 'ủy ban nhân dân huyện')."""
    doc = Document("cv/12", lines=[Line(1, "x")])
    doc.tasks = [Task(1, "1", "Rà soát các hộ nghèo trên địa bàn.", 1, 1, offices=[
        OfficeRole("UBND huyện", canonical="Ủy ban nhân dân huyện"), OfficeRole("Phòng LĐ-TB&XH", "support",
                                                                                  canonical="Phòng Lao động - Thương binh và Xã hội")])]
    rows = document_rows(doc)
    write_csv_parquet(rows, tmp_path)
    tasks = pd.read_csv(tmp_path / "tasks.csv", keep_default_na=False)
    assert tasks.loc[0, "offices"] == "UBND huyện; Phòng LĐ-TB&XH"
    assert tasks.loc[0, "offices_canonical"] == "Ủy ban nhân dân huyện; Phòng Lao động - Thương binh và Xã hội"
    db = Database(tmp_path / "chidao.db")
    db.add(rows)
    db.close()
    assert [h["task_id"] for h in search(tmp_path / "chidao.db", "uy ban nhan dan huyen")] == [1]


def test_a_database_from_an_older_version_gets_the_new_columns(tmp_path: Path):
    """A resumed run writes into a database made before a column was added."""
    con = sqlite3.connect(tmp_path / "chidao.db")
    con.execute('CREATE TABLE tasks ("doc_id" TEXT, "task_id" INTEGER, "task" TEXT)')
    con.commit()
    con.close()
    db = Database(tmp_path / "chidao.db", fresh=False)
    db.add(document_rows(make_doc()))
    db.close()
    con = sqlite3.connect(tmp_path / "chidao.db")
    assert con.execute("SELECT offices_canonical FROM tasks WHERE task_id=1").fetchone()[0].startswith("Phòng Tài chính")
