"""The command line.  The entry point (`python -m pipeline.cli`: --version, one whole `run` and its
exit code) runs in a subprocess as a user would; the other commands' outputs are read from
``invoke_cli``, the same command line in this process (session 25, testtime6: a fresh interpreter
per call cost ~5 s of CPU to import the pipeline and load its models)."""
import csv
import sqlite3
import unicodedata
from pathlib import Path

from conftest import SEED, invoke_cli, run_cli


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_version_and_help():
    r = run_cli("--version")
    assert r.returncode == 0 and r.stdout.startswith("chidao ")
    for cmd in ("run", "repair", "eval", "build-model", "search"):
        h = invoke_cli(cmd, "--help")
        assert h.returncode == 0, h.stderr
        assert "Example" in h.stdout


def test_repair_keeps_lines_and_removes_u_horn_lookalike():
    r = invoke_cli("repair", str(SEED))
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == len(SEED.read_text(encoding="utf-8").splitlines())
    assert "ƣ" not in r.stdout
    assert unicodedata.is_normalized("NFC", r.stdout)


def test_repair_several_files_to_folder(tmp_path: Path, samples: Path):
    files = [SEED, samples / "text" / "05_vpcp_congvan2739_2019.txt"]
    r = invoke_cli("repair", *map(str, files), "-o", str(tmp_path))
    assert r.returncode == 0, r.stderr
    for f in files:
        out = tmp_path / f"{f.stem}.txt"
        assert len(out.read_text(encoding="utf-8").splitlines()) == len(f.read_text(encoding="utf-8").splitlines())
    r = invoke_cli("repair", *map(str, files))
    assert r.returncode == 2 and "--out" in r.stderr


def test_run_writes_contract_tables(tmp_path: Path):
    r = run_cli("run", str(SEED), "--out", str(tmp_path))
    assert r.returncode == 0, r.stderr
    for name in ("documents", "sections", "tasks", "repairs"):
        assert (tmp_path / f"{name}.csv").exists()
        assert (tmp_path / f"{name}.parquet").exists()
    docs = read_csv(tmp_path / "documents.csv")
    assert docs[0]["doc_id"] == "000_bed89d1f3f7829d9" and docs[0]["status"] == "ok"
    assert docs[0]["encoding"] == "utf-8"
    with (tmp_path / "tasks.csv").open(encoding="utf-8") as fh:
        header = fh.readline().strip().split(",")
    for col in ("doc_id", "section", "task", "offices", "lead", "deadline", "deadline_text", "recurrence"):
        assert col in header
    repairs = read_csv(tmp_path / "repairs.csv")
    assert any(r["before"] == "thƣờn" and r["after"] == "thườn" or "ƣ" in r["before"] for r in repairs)
    assert set(repairs[0]) >= {"doc_id", "page", "line", "column", "before", "after", "kind", "confidence"}
    con = sqlite3.connect(tmp_path / "chidao.db")
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert (tmp_path / "text" / "000_bed89d1f3f7829d9.txt").exists()
    assert "documents" in r.stdout and "tasks" in r.stdout


def test_doc_id_is_relative_to_the_folder_given(tmp_path: Path):
    src = tmp_path / "in" / "2023" / "thang5"
    src.mkdir(parents=True)
    (src / "ct.txt").write_text("1. Làm việc.\n", encoding="utf-8")
    (tmp_path / "in" / "notes.json").write_text("{}", encoding="utf-8")  # not a document
    out = tmp_path / "out"
    r = invoke_cli("run", str(tmp_path / "in"), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert [d["doc_id"] for d in read_csv(out / "documents.csv")] == ["2023/thang5/ct"]
    assert (out / "text" / "2023" / "thang5" / "ct.txt").exists()


def test_bad_inputs_in_a_batch(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text("Ủy ban nhân dân huyện.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(bytes([0x81, 0x8d, 0x8f, 0x90]) * 40)
    other = tmp_path / "sheet.xlsx"
    other.write_bytes(b"PK\x03\x04...")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    r = invoke_cli("run", *map(str, (good, empty, binary, garbage, other, missing)), "--out", str(out))
    assert r.returncode == 0, r.stderr  # something was processed
    rows = {d["doc_id"]: d for d in read_csv(out / "documents.csv")}
    assert rows["good"]["status"] == "ok"
    assert "empty file" in rows["empty"]["error"]
    assert "binary" in rows["binary"]["error"]
    assert "undecodable" in rows["garbage"]["error"]
    assert rows["sheet"]["status"] == "unsupported"
    assert rows["missing"]["error"] == "file not found"
    # one line per failure on stderr, naming the file and the reason
    err_lines = [ln for ln in r.stderr.splitlines() if ln.startswith("error")]
    assert len(err_lines) == 5
    assert any(str(empty) in ln and "empty file" in ln for ln in err_lines)


def test_nothing_processed_is_an_error(tmp_path: Path):
    r = invoke_cli("run", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o"))
    assert r.returncode == 1
    assert "file not found" in r.stderr
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    r = invoke_cli("run", str(empty_dir), "--out", str(tmp_path / "o2"))
    assert r.returncode == 2 and "no documents" in r.stderr
    r = invoke_cli("repair", str(tmp_path / "nope.txt"))
    assert r.returncode == 1 and "nope.txt" in r.stderr and "file not found" in r.stderr


def test_search_is_accent_insensitive(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text("1. Tiếp tục đôn đốc, đẩy nhanh tốc độ giải ngân các nguồn vốn.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert invoke_cli("run", str(f), "--out", str(out)).returncode == 0
    r = invoke_cli("search", "don doc giai ngan", "--db", str(out / "chidao.db"))
    assert r.returncode == 0, r.stderr
    assert "1 tasks" in r.stdout and "đôn đốc" in r.stdout


def test_repair_keeps_line_ends_and_final_newline(tmp_path: Path):
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes("Kính gửi: Phòng Nội vụ\r\nĐề nghị báo cáo.\r\n".encode("utf-8"))
    bare = tmp_path / "bare.txt"
    bare.write_bytes("Kính gửi: Phòng Nội vụ\nĐề nghị báo cáo.".encode("utf-8"))
    out = tmp_path / "out"
    assert invoke_cli("repair", str(crlf), str(bare), "-o", str(out)).returncode == 0
    assert (out / "crlf.txt").read_bytes() == crlf.read_bytes()  # clean text: identity, byte for byte
    assert (out / "bare.txt").read_bytes() == bare.read_bytes()
