"""What chidao's users met on a fresh clone (session 8): files and flows made the way they make
them, each test reproducing one defect that was found and fixed.

- a text file with a stray NUL (or NUL padding) was refused as binary;
- a fresh run into an old --out kept the texts of documents the new run does not have;
- the corrections file: rejected changes came back, accepted ones were not applied where the
  word stands, a mistyped path or a file with wrong columns was silent or failed every file;
- --models pointing nowhere silently turned every repair off;
- `chidao repair -o DIR` overwrote outputs of two inputs with one name, or the input itself;
- `chidao build-model` crashed with a traceback on a folder without text and learned a
  legacy-encoded file as UTF-16 noise;
- a folder given to `chidao run` among others with no document in it was passed over silently.
"""
from __future__ import annotations

import csv
import json
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from conftest import invoke_cli
from pipeline.batch import run_batch
from pipeline.config import Config
from pipeline.ingest import ingest
from pipeline.repair import repair_text

TEXT = (
    "ỦY BAN NHÂN DÂN\nHUYỆN BẢO THẮNG\nSố: 12/KH-UBND\n\nKẾ HOẠCH\n"
    "1. Phòng Nội vụ chủ trì kiểm tra các xã, hoàn thành trước ngày 30/4/2025.\n"
    "2. Các xã báo cáo kết quả định kỳ hằng quý về Phòng Nội vụ.\n"
)


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# ----------------------------------------------------------------------------- NUL bytes

@pytest.mark.parametrize("damage", [
    lambda b: b.replace("Nội vụ chủ".encode(), "Nội vụ\x00 chủ".encode()),  # a stray NUL in a line
    lambda b: b + b"\x00" * 700,  # NUL padding after the text (an interrupted copy)
])
def test_text_with_a_few_nul_bytes_is_read(tmp_path: Path, damage):
    f = tmp_path / "ct.txt"
    f.write_bytes(damage(TEXT.encode("utf-8")))
    doc = ingest(f)
    assert doc.ok, doc.error
    assert "\x00" not in doc.text
    assert len(doc.lines) == TEXT.count("\n")
    assert doc.text.splitlines()[5].startswith("1. Phòng Nội vụ chủ trì")
    assert any("NUL" in w for w in doc.warnings)


def test_binary_with_nuls_is_still_refused(tmp_path: Path):
    f = tmp_path / "b.txt"
    f.write_bytes(bytes(range(256)) * 40)  # 40 NULs in 10 kB, and control bytes everywhere
    assert "binary" in ingest(f).error
    g = tmp_path / "c.txt"
    g.write_bytes(("Văn bản " * 200).encode() + b"\x00\x01" * 50)  # many NULs inside the text
    assert "binary" in ingest(g).error


def test_repair_cli_nul_file_keeps_lines(tmp_path: Path):
    f = tmp_path / "nul.txt"
    f.write_bytes(TEXT.replace("Phòng", "Phòng\x00", 1).encode("utf-8"))
    r = invoke_cli("repair", str(f))
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("\n") == TEXT.count("\n") and "\x00" not in r.stdout
    assert unicodedata.is_normalized("NFC", r.stdout)
    r = invoke_cli("repair", "--explain", str(f))
    assert r.returncode == 0 and "warning: 1 NUL bytes removed" in r.stdout


# ----------------------------------------------------------------------------- re-runs

def test_fresh_run_into_old_out_drops_texts_of_documents_not_in_it(tmp_path: Path):
    src = tmp_path / "in"
    (src / "2024").mkdir(parents=True)
    (src / "2024" / "a.txt").write_text(TEXT, encoding="utf-8")
    (src / "b.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    mine = out / "text" / "notes.md"  # a file chidao did not write stays
    mine.parent.mkdir(parents=True)
    mine.write_text("x", encoding="utf-8")
    run_batch([src], out, Config(timeout=None), isolate=False)
    assert (out / "text" / "2024" / "a.txt").exists() and (out / "text" / "b.txt").exists()
    run_batch([src / "b.txt"], out, Config(timeout=None), isolate=False)
    assert not (out / "text" / "2024").exists()  # the text and the folder it leaves empty
    assert (out / "text" / "b.txt").exists() and mine.exists()
    assert [d["doc_id"] for d in _csv(out / "documents.csv")] == ["b"]


def test_a_document_that_now_fails_loses_its_old_text(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    run_batch([f], out, Config(timeout=None), isolate=False)
    assert (out / "text" / "a.txt").exists()
    f.write_bytes(b"")
    run_batch([f], out, Config(timeout=None), isolate=False, resume=True)
    assert not (out / "text" / "a.txt").exists()
    assert _csv(out / "documents.csv")[0]["error"] == "empty file"


# ----------------------------------------------------------------------------- corrections

def _corrections(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["before", "after", "accepted", "context", "doc_id", "line", "reviewer", "date"])
        for before, after, accepted in rows:
            w.writerow([before, after, accepted, "", "t", "1", "test", "2026-11-29"])
    return path


def test_accepted_correction_is_applied_where_the_word_stands(tmp_path: Path):
    text = "2. Các xã bao cáo kêt quả thực hiện về Phòng Nội vụ.\nBao cáo gửi trước ngày 5 hằng tháng.\n"
    before = repair_text(text).text
    assert "bao cáo" in before  # the repair leaves it: a typo in typed text
    corr = _corrections(tmp_path / "c.csv", [("bao", "báo", "true"), ("kêt", "kết", "true")])
    doc = repair_text(text, Config(corrections=corr))
    assert doc.text.splitlines() == ["2. Các xã báo cáo kết quả thực hiện về Phòng Nội vụ.",
                                     "Báo cáo gửi trước ngày 5 hằng tháng."]  # case kept
    rows = [r for r in doc.repairs if r.kind == "review"]
    assert {(r.before, r.after) for r in rows} >= {("bao", "báo"), ("Bao", "Báo")}
    assert all(not r.flagged and r.note for r in rows)


def test_rejected_change_is_not_made_again(tmp_path: Path):
    from pipeline.vietnamese import strip_accents

    text = strip_accents(TEXT)
    first = repair_text(text)
    made = [r for r in first.repairs if r.kind == "diacritics" and r.line == 2]
    assert made  # 'HUYEN BAO THANG' gets its marks back
    wrong = made[-1]  # say the reviewer rejects the last word's
    corr = _corrections(tmp_path / "c.csv", [(wrong.before, wrong.after, "false")])
    again = repair_text(text, Config(corrections=corr))
    line = again.text.splitlines()[wrong.line - 1]
    assert line[wrong.column:].startswith(wrong.before)  # undone where it was rejected ...
    review = [r for r in again.repairs if r.kind == "review"]
    assert [(r.before, r.after) for r in review] == [(wrong.after, wrong.before)]
    changed = [i for i, (a, b) in enumerate(zip(first.text.splitlines(), again.text.splitlines()), 1) if a != b]
    assert changed == [wrong.line]  # ... and nowhere else


def test_fragments_of_a_repair_in_the_review_table_are_no_word_decisions(tmp_path: Path):
    """The review table of a lost-glyph repair holds fragments ('  .' -> ' 2.', 'v' -> 'văn',
    '  i' -> ''): accepted, they must not be applied as words (an empty core matched every
    line's edge and wrote '2' there); a whole-word row in the same file still is."""
    text = "1. Các xã bao cáo kết quả về Phòng Văn hóa.\nv. Điều chỉnh kế hoạch.\n"
    corr = _corrections(tmp_path / "c.csv", [("  .", " 2.", "true"), ("v", "văn", "true"),
                                             ("  i", "", "true"), ("C", "3.", "true"),
                                             ("bao", "báo", "true")])
    doc = repair_text(text, Config(corrections=corr))
    assert doc.text.splitlines() == ["1. Các xã báo cáo kết quả về Phòng Văn hóa.", "v. Điều chỉnh kế hoạch."]
    assert [(r.before, r.after) for r in doc.repairs if r.kind == "review"] == [("bao", "báo")]


def test_review_notebook_round_trip_keeps_the_text(tmp_path: Path, samples: Path):
    """The review notebook's promise: saving a review where every change is accepted and
    running again with the file gives the same text (accepted decisions are no-ops)."""
    import pipeline
    from pipeline.review import repair_review_table, save_corrections

    doc = pipeline.process(samples / "text" / "000_bed89d1f3f7829d9.txt")
    table = repair_review_table(doc)
    table["accepted"] = True
    corr = tmp_path / "corrections.csv"
    save_corrections(table, corr, reviewer="t")
    again = pipeline.process(samples / "text" / "000_bed89d1f3f7829d9.txt", Config(corrections=corr))
    assert again.text == doc.text


def test_cli_refuses_a_missing_or_malformed_corrections_file(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    r = invoke_cli("run", str(f), "--out", str(tmp_path / "o"), "--corrections", str(tmp_path / "corections.csv"))
    assert r.returncode == 2 and "corections.csv" in r.stderr and "no such file" in r.stderr
    assert not (tmp_path / "o").exists()
    bad = tmp_path / "bad.csv"
    bad.write_text("word,fix\nbao,báo\n", encoding="utf-8")
    r = invoke_cli("repair", str(f), "--corrections", str(bad))
    assert r.returncode == 2 and "bad.csv" in r.stderr and "'before' and 'after'" in r.stderr


def test_cli_refuses_a_models_folder_that_is_not_one(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text("UY BAN NHAN DAN\n", encoding="utf-8")
    r = invoke_cli("repair", str(f), "--models", str(tmp_path / "models_local"))
    assert r.returncode == 2 and "models_local" in r.stderr and "no such folder" in r.stderr
    (tmp_path / "empty").mkdir()
    r = invoke_cli("run", str(f), "--out", str(tmp_path / "o"), "--models", str(tmp_path / "empty"))
    assert r.returncode == 2 and "not a chidao models folder" in r.stderr


# ----------------------------------------------------------------------------- repair -o

def test_repair_out_keeps_two_inputs_with_one_name_and_never_the_input(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = tmp_path / "a" / "ct.txt"
    two = tmp_path / "b" / "ct.txt"
    one.write_text("Văn bản thứ nhất.\n", encoding="utf-8")
    two.write_text("Văn bản thứ hai.\n", encoding="utf-8")
    out = tmp_path / "out"
    r = invoke_cli("repair", str(one), str(two), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert (out / "ct.txt").read_text(encoding="utf-8") == "Văn bản thứ nhất.\n"
    assert (out / "ct~2.txt").read_text(encoding="utf-8") == "Văn bản thứ hai.\n"
    r = invoke_cli("repair", str(one), "-o", str(tmp_path / "a"))
    assert r.returncode == 1 and "overwrite the input" in r.stderr
    assert one.read_text(encoding="utf-8") == "Văn bản thứ nhất.\n"


# ----------------------------------------------------------------------------- build-model

def test_build_model_on_a_folder_without_text_is_a_clear_error(tmp_path: Path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    r = invoke_cli("build-model", "--corpus", str(tmp_path / "corpus"), "--out", str(tmp_path / "m"))
    assert r.returncode == 2 and "no .txt files" in r.stderr and "Traceback" not in r.stderr


def test_build_model_reads_legacy_text_as_run_does_and_skips_binary(tmp_path: Path):
    from pipeline.repair.legacy import encode_vni
    from pipeline.repair.lm import _read_text

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "Phòng Nội vụ chủ trì kiểm tra công tác cải cách hành chính.\n" * 3
    vni = encode_vni(text).encode("cp1252")
    if len(vni) % 2:  # an even size: the old reader took it for UTF-16
        vni += b"\n"
    (corpus / "vni.txt").write_bytes(vni)
    assert "Phòng Nội vụ" in _read_text(corpus / "vni.txt")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (corpus / "empty.txt").write_bytes(b"")
    assert _read_text(corpus / "image.txt") is None and _read_text(corpus / "empty.txt") is None
    r = invoke_cli("build-model", "--corpus", str(corpus), "--out", str(tmp_path / "m"))
    assert r.returncode == 0, r.stderr
    assert "skipped" in r.stderr and "image.txt" in r.stderr
    counts = json.loads((tmp_path / "m" / "lm" / "manifest.json").read_text(encoding="utf-8"))["counts"]
    assert counts["user_files"] == 1 and sorted(counts["user_files_skipped"]) == ["empty.txt", "image.txt"]


# ----------------------------------------------------------------------------- run

def test_run_says_which_folder_held_no_document(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans" / "notes.json").write_text("{}", encoding="utf-8")
    out = tmp_path / "o"
    r = invoke_cli("run", str(f), str(tmp_path / "scans"), "--out", str(out), "-q")
    assert r.returncode == 0, r.stderr
    assert "scans: no documents in this folder" in r.stderr
    con = sqlite3.connect(out / "chidao.db")
    assert con.execute("SELECT doc_id, status FROM documents").fetchall() == [("a", "ok")]


# ----------------------------------------------------------------------------- eval

def test_eval_scores_only_the_gold_documents_in_the_run(tmp_path: Path, samples: Path):
    """README's seed check, `chidao run SEED --out o && chidao eval o --gold samples/gold`,
    scored the 123 other gold documents as missed (task F1 0.08, header 0/114)."""
    seed = samples / "text" / "000_bed89d1f3f7829d9.txt"
    out = tmp_path / "o"
    run_batch([seed], out, Config(timeout=None), isolate=False)
    r = invoke_cli("eval", str(out), "--gold", str(samples / "gold"))
    assert r.returncode == 0, r.stderr
    total = [ln for ln in r.stdout.splitlines() if "ALL" in ln][0]
    assert "1.000" in total.split("│")[4]  # task F1 of the seed alone
    assert "gold documents are not in this run" in r.stdout


def test_eval_finds_gold_under_a_parent_folder_and_says_when_nothing_matches(tmp_path: Path, samples: Path):
    from pipeline.eval import gold_in_run, score_tasks

    src = tmp_path / "archive" / "text"
    src.mkdir(parents=True)
    (src / "000_bed89d1f3f7829d9.txt").write_bytes((samples / "text" / "000_bed89d1f3f7829d9.txt").read_bytes())
    (src / "other.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "o"
    run_batch([tmp_path / "archive"], out, Config(timeout=None), isolate=False)  # doc_id 'text/000_...'
    assert gold_in_run(out, ["000_bed89d1f3f7829d9", "nope"]) == {"000_bed89d1f3f7829d9": "text/000_bed89d1f3f7829d9"}
    scores = score_tasks(out, samples / "gold")
    assert [s.doc_id for s in scores] == ["000_bed89d1f3f7829d9"] and scores[0].tasks.f1 == 1.0
    lone = tmp_path / "o2"
    run_batch([src / "other.txt"], lone, Config(timeout=None), isolate=False)
    r = invoke_cli("eval", str(lone), "--gold", str(samples / "gold"))
    assert r.returncode == 2 and "has a gold file" in r.stderr


def test_out_that_is_a_file_is_a_clear_error(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    for args in (("run", str(f), "--out", str(f)), ("repair", str(f), "-o", str(f / "sub"))):
        r = invoke_cli(*args)
        assert r.returncode == 2, r.stderr
        assert str(f) in r.stderr and "Traceback" not in r.stderr and "FileExistsError" not in r.stderr
    assert f.read_text(encoding="utf-8") == TEXT


# ----------------------------------------------------------------------------- stray bytes

@pytest.mark.parametrize("stray,expect", [
    (b" \x93x\x94", " “x”"),  # Windows quotes pasted into UTF-8 text
    (b" caf\xe9", " café"),  # a Latin-1 letter
])
def test_utf8_with_a_few_stray_bytes_is_read(tmp_path: Path, stray: bytes, expect: str):
    f = tmp_path / "ct.txt"
    f.write_bytes(TEXT.encode("utf-8").replace(b"KH-UBND", b"KH-UBND" + stray, 1))
    doc = ingest(f)
    assert doc.ok, doc.error
    assert doc.encoding == "utf-8"
    assert doc.text.splitlines()[2] == "Số: 12/KH-UBND" + expect
    assert any("not UTF-8" in w and "Windows-1252" in w for w in doc.warnings)


def test_legacy_8bit_text_is_never_taken_for_damaged_utf8(tmp_path: Path, samples: Path):
    from pipeline.ingest.text import mostly_utf8
    from pipeline.repair.legacy import encode_vni

    from test_ingest_text import to_cp1258

    for f in sorted((samples / "text").glob("*.txt"))[:15]:
        text = f.read_text(encoding="utf-8")
        try:
            cp1258 = to_cp1258(text)
        except UnicodeEncodeError:  # 'ƣ' and other letters Windows-1258 has no code for
            cp1258 = b""
        for data in (cp1258, encode_vni(text).encode("cp1252", errors="ignore")):
            assert data.isascii() or mostly_utf8(data) is None, f.name
    # and a UTF-8 file with as many bad bytes as good letters is still refused
    g = tmp_path / "mixed.txt"
    g.write_bytes("Ủy ban".encode() + b" \xe0\xe1\xe2\xe3 " * 30)
    assert ingest(g).status == "error"


@pytest.mark.slow
def test_sigterm_keeps_the_tables_of_the_documents_done(tmp_path: Path):
    """`timeout 3600 chidao run ...` or a scheduler stops a batch with SIGTERM: the tables of
    the documents done must be written (only chidao.db was), as with Ctrl-C."""
    import os
    import signal
    import subprocess
    import sys

    from conftest import ROOT

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    line = " ".join(TEXT.split()) + " "
    (src / "z.txt").write_text(line * (3_000_000 // len(line)), encoding="utf-8")  # slow: one 3 MB line
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    p = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", str(src), "--out", str(out)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    for ln in p.stderr:
        if ln.startswith("ok") and "a.txt" in ln:
            break
    p.send_signal(signal.SIGTERM)
    _out, err = p.communicate(timeout=120)
    assert p.returncode == 130, err
    assert "interrupted" in err
    assert [d["doc_id"] for d in _csv(out / "documents.csv")] == ["a"]
    assert (out / "tasks.parquet").exists()


def test_accepted_correction_changing_word_count_on_a_long_line(tmp_path: Path):
    """'tp' -> 'thành phố' on a one-line text: one row per place, columns in the line as it
    was (the token diff's difflib fallback made this quadratic: minutes for 300 kB)."""
    from pipeline.model import Document, lines_from_text
    from pipeline.repair.corrections import repair_reviewed

    unit = "Ủy ban nhân dân tp Lào Cai giao Sở Tài chính. "
    text = unit * 2000
    doc = Document(doc_id="long", lines=lines_from_text(text.strip()))
    corr = _corrections(tmp_path / "c.csv", [("tp", "thành phố", "true")])
    repair_reviewed(doc, Config(corrections=corr))
    assert doc.lines[0].text == (unit.replace(" tp ", " thành phố ") * 2000).strip()
    rows = [r for r in doc.repairs if r.kind == "review"]
    assert len(rows) == 2000
    assert all(text[r.column:r.column + 2] == "tp" and r.after == "thành phố" for r in rows)


def test_search_on_something_that_is_no_chidao_database(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    for db in (f, tmp_path, other):
        r = invoke_cli("search", "don doc", "--db", str(db))
        assert r.returncode == 2 and "not a chidao database" in r.stderr and "Traceback" not in r.stderr
