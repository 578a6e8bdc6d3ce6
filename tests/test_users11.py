"""What chidao's users met in session 11, each test reproducing one defect found and fixed:

- `chidao run --dask ... --max-memory N` did not pass the limit to the Dask tasks: a file
  could take all of a worker's memory; and a limit the chidao process passed could be too
  small for a Dask worker, which holds more (Dask's own modules and threads);
- a scanned image (PNG, JPEG, TIFF, a scanner's multi-page TIFF) given to `chidao run` was
  refused as unsupported: it had to be put in a PDF first;
- a glyph repair the reviewer rejected came back in every later run when the review table
  listed it as a fragment ('ph c' -> 'phẹc', 'H nh' -> 'Hành'): only whole-word decisions
  were undone;
- the archivist's junk named .pdf or .docx was recorded with format 'txt'; a text whose line
  breaks were lost in an export (the whole letter on one line) gave no task and said nothing;
- the analyst's full-text query typed with its accents in an SQL client ('Phòng Nội vụ')
  found nothing, silently: only the accent-folded spelling matched;
- `doc.tables()` (the pandas API) gave `object` columns, None beside integers, while the run's
  Parquet tables are typed: `pd.concat` of the two mixed them;
- the review notebook run headless (`jupyter execute`, as the README says) reviewed only the
  sample it names and showed nothing: no way to give a document or to record decisions;
"""
from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from conftest import SAMPLES, invoke_cli, needs_tesseract
from pipeline.batch import BatchError, run_batch
from pipeline.config import Config


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _big_text(samples: Path, dest: Path, megabytes: int) -> Path:
    """A real directive repeated to a text of ``megabytes`` MB (a merged export of a year's
    letters): reading and repairing it takes several times its size in memory."""
    one = (samples / "text" / "05_vpcp_congvan2739_2019.txt").read_bytes()
    dest.write_bytes(one * (megabytes * 1024 * 1024 // len(one) + 1))
    return dest


# ----------------------------------------------------------------------------- --dask --max-memory

@pytest.mark.slow
def test_dask_applies_max_memory_per_file_and_goes_on(tmp_path: Path, samples: Path):
    src = tmp_path / "in"
    src.mkdir()
    small = src / "cv2739.txt"
    small.write_bytes((samples / "text" / "05_vpcp_congvan2739_2019.txt").read_bytes())
    _big_text(samples, src / "gop_2019.txt", 60)
    out = tmp_path / "out"
    summary = run_batch([src], out, Config(timeout=300), workers=1, dask="local", max_memory_mb=1000)
    assert summary.documents == 2 and summary.ok == 1
    rows = {r["doc_id"]: r for r in _csv(out / "documents.csv")}
    assert rows["cv2739"]["status"] == "ok" and int(rows["cv2739"]["tasks"]) > 0
    assert rows["gop_2019"]["status"] == "error"
    assert rows["gop_2019"]["error"].startswith("out of memory (limit 1000 MB per file, --max-memory)")
    con = sqlite3.connect(out / "chidao.db")
    assert con.execute("SELECT count(*) FROM tasks WHERE doc_id = 'cv2739'").fetchone()[0] > 0


@pytest.mark.slow
def test_dask_max_memory_too_small_for_a_worker_is_refused_before_the_run(tmp_path: Path, samples: Path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "chidao.db").write_bytes(b"earlier run")
    f = samples / "text" / "05_vpcp_congvan2739_2019.txt"
    # 500 MB passes the check of the chidao process (about 210 MB held + 256) but not a Dask
    # worker's, which holds about 400 MB before reading a file
    with pytest.raises(BatchError, match=r"--max-memory 500: too small for a Dask worker.*give at least \d+"):
        run_batch([f], out, Config(timeout=60), dask="local", max_memory_mb=500)
    assert (out / "chidao.db").read_bytes() == b"earlier run"


# ----------------------------------------------------------------------------- scanned images

def _scan_image(pdf: Path):
    """The page image a sample scan PDF holds, as the scanner made it (pixels, no re-render)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        obj = next(o for o in doc[0].get_objects() if o.type == 3)
        return obj.get_bitmap(render=False).to_pil().convert("L")
    finally:
        doc.close()


def _bitonal(img):
    return img.point(lambda v: 255 if v > 160 else 0).convert("1")


@pytest.fixture(scope="module")
def kehoach_scan():
    """The generated 200 dpi scan of a district plan (its true text is kehoach_scan.clean.txt)."""
    return _scan_image(SAMPLES / "pdf" / "generated" / "kehoach_scan.pdf")


@pytest.mark.slow
@needs_tesseract
def test_a_jpeg_scan_is_run_like_a_scanned_pdf_page(tmp_path: Path, kehoach_scan):
    """A grey JPEG scan at 200 dpi (the plan's header and its first dated items) through
    `chidao run`: OCR'd, structured and its tasks extracted, its format named."""
    from PIL import ImageFilter

    src = tmp_path / "archive"
    src.mkdir()
    w, h = kehoach_scan.size
    grey = kehoach_scan.filter(ImageFilter.GaussianBlur(0.7))  # the soft edges of a grey scan
    grey.crop((0, 0, w, int(h * 0.62))).save(src / "kh45.jpg", quality=50, dpi=(200, 200))
    assert (src / "kh45.jpg").stat().st_size < 250_000
    out = tmp_path / "out"
    r = invoke_cli("run", str(src), "--out", str(out), "--ocr-once")
    assert r.returncode == 0, r.stderr
    (doc,) = _csv(out / "documents.csv")
    assert doc["status"] == "ok" and doc["format"] == "jpeg" and doc["ocr"] == "True", doc
    assert doc["number"] == "45/KH-PNV" and doc["date"] == "2024-03-12"
    tasks = _csv(out / "tasks.csv")
    due = {t["deadline"] for t in tasks}
    assert "2024-03-25" in due, tasks
    assert any("Phòng Nội vụ" in t["offices"] for t in tasks)


@pytest.mark.slow
@needs_tesseract
def test_a_multipage_tiff_is_read_page_by_page(tmp_path: Path, kehoach_scan):
    """A scanner's multi-page bitonal TIFF (CCITT G4, 200 dpi): every frame is a page."""
    w, h = kehoach_scan.size
    top = _bitonal(kehoach_scan.crop((0, 0, w, int(h * 0.3))))
    rest = _bitonal(kehoach_scan.crop((0, int(h * 0.45), w, int(h * 0.7))))
    f = tmp_path / "kh45.tif"
    top.save(f, save_all=True, append_images=[rest], compression="group4", dpi=(200, 200))
    assert f.stat().st_size < 60_000
    from pipeline.ingest import ingest

    doc = ingest(f, Config(ocr_choose=False))
    assert doc.status == "ok" and doc.format == "tiff" and doc.meta["pages"] == 2 and doc.meta["ocr"]
    pages = {ln.page for ln in doc.lines}
    assert pages == {1, 2}
    first = " ".join(ln.text for ln in doc.lines if ln.page == 1)
    second = " ".join(ln.text for ln in doc.lines if ln.page == 2)
    assert "KẾ HOẠCH" in first and "PHÒNG NỘI VỤ" in first
    assert "trước ngày" in second and "kiểm tra" in second.lower()
    assert all(ln.ocr_confidence is not None for ln in doc.lines)  # OCR'd lines, for the OCR repair
    one = ingest(f, Config(ocr_choose=False, max_pages=1))
    assert one.status == "partial" and {ln.page for ln in one.lines} == {1} and "1 of 2" in one.error


@pytest.mark.slow
@needs_tesseract
def test_a_real_bitonal_png_scan_gets_its_header(tmp_path: Path, samples: Path):
    """P05 (a province's letter scanned bitonal at 150 dpi) saved as the 1-bit PNG a scanner
    writes: read as the PDF holding the same scan is (its 150 dpi kept, the median filter on)."""
    img = _bitonal(_scan_image(samples / "pdf" / "P05_bacgiang_ubnd_cv695_2012_scan_imageonly.pdf"))
    f = tmp_path / "cv695.png"
    img.save(f, dpi=(150, 150), optimize=True)
    assert f.stat().st_size < 80_000
    import pipeline

    doc = pipeline.process(f, config=Config(ocr_choose=False))
    assert doc.status == "ok" and doc.format == "png"
    facts = doc.meta["ocr_pages"][1]
    assert facts["bitonal"] and facts["median"] and 190 <= facts["dpi"] <= 210  # 150 dpi enlarged 4/3
    text = "\n".join(ln.text for ln in doc.lines)
    assert "BẮC GIANG" in text and "Khu dân cư văn hoá" in text
    assert "BẮC GIANG" in (doc.header.issuer or "").upper() and doc.header.place == "Bắc Giang"


def test_broken_images_and_no_ocr_are_one_clear_error_each(tmp_path: Path):
    from pipeline.ingest import ingest

    truncated = tmp_path / "scan.png"
    truncated.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    doc = ingest(truncated)
    assert doc.status == "error" and doc.format == "png" and "corrupt or truncated image" in doc.error
    assert str(tmp_path) not in doc.error  # the error line names the file once, not twice
    text = tmp_path / "note.jpg"
    text.write_text("Ghi chú: không phải ảnh", encoding="utf-8")
    doc = ingest(text)
    assert doc.status == "error" and doc.format == "jpg"
    assert doc.error == "not an image: the file has a .jpg name but is not a PNG, JPEG or TIFF image"
    from PIL import Image

    ok = tmp_path / "blank.tif"
    Image.new("1", (200, 200), 1).save(ok, dpi=(200, 200))
    doc = ingest(ok, Config(ocr=False))
    assert doc.status == "error" and doc.format == "tiff"
    assert doc.error == "a scanned image is read by OCR, which is turned off (--no-ocr)"


# ----------------------------------------------------------------------------- rejected fragments

def test_a_rejected_glyph_fill_is_undone_in_later_runs(tmp_path: Path, samples: Path):
    """Run, reject two lost-glyph fills in the review table (a letter filled into a split word,
    two pieces joined into one word), save, run again with the file: the places read as the
    input did, the other repairs stay, and the same letters written by the input elsewhere are
    not touched."""
    import pandas as pd

    from pipeline.review import save_corrections

    src = tmp_path / "in"
    src.mkdir()
    pdf = src / "kh45_lost.pdf"
    pdf.write_bytes((samples / "pdf" / "generated" / "kehoach_lost_glyphs.pdf").read_bytes())
    typed = src / "typed.txt"
    typed.write_text("Bà Hằng ký PHÁCH\nCải cách hành chính.\n", encoding="utf-8")
    out = tmp_path / "out"
    r = invoke_cli("run", str(src), "--out", str(out))
    assert r.returncode == 0, r.stderr
    text = (out / "text" / "kh45_lost.txt").read_text(encoding="utf-8")
    # the wrong fills of the signature's 'PH CH' (PHÓ CH[Ủ TỊCH], two pieces read as one word) and
    # 'H ng' (Hùng, a letter filled into a split name); session 23's glyph26 reads 'Hạnh phúc' right now
    assert "PHÁCH" in text and "Hằng" in text
    review = pd.read_csv(out / "repairs.csv", dtype=str, keep_default_na=False)
    review = review[review.doc_id == "kh45_lost"].copy()
    review["accepted"] = None
    wrong = review.kind.eq("glyph") & review.after.isin(["PHÁCH", "Hằng"])
    assert wrong.sum() == 2, review[review.kind == "glyph"]
    review.loc[wrong, "accepted"] = "False"  # as a spreadsheet holds it
    corrections = tmp_path / "review" / "corrections.csv"
    save_corrections(review, corrections, reviewer="vt")
    assert {(r["before"], r["after"]) for r in _csv(corrections)} == {("PH CH", "PHÁCH"), ("H ng", "Hằng")}

    r = invoke_cli("run", str(src), "--out", str(out), "--corrections", str(corrections))
    assert r.returncode == 0, r.stderr
    again = (out / "text" / "kh45_lost.txt").read_text(encoding="utf-8")
    assert "PHÁCH" not in again and "Hằng" not in again
    assert "PH CH" in again and "Văn H ng" in again  # the input's text at those places
    assert "lập" in again and "CỘNG HÒA" in again  # the fills nobody rejected
    assert (out / "text" / "typed.txt").read_text(encoding="utf-8").startswith("Bà Hằng ký PHÁCH")
    rows = [r for r in _csv(out / "repairs.csv") if r["kind"] == "review"]
    assert {(r["doc_id"], r["before"], r["after"]) for r in rows} == {
        ("kh45_lost", "PHÁCH", "PH CH"), ("kh45_lost", "Hằng", "H ng")}


# ----------------------------------------------------------------------------- archivist, analyst

def test_junk_named_pdf_or_docx_keeps_the_format_it_claimed(tmp_path: Path):
    from pipeline.ingest import ingest

    junk = tmp_path / "ct05.pdf"
    junk.write_bytes(bytes(range(256)) * 8)
    doc = ingest(junk)
    assert doc.status == "error" and doc.format == "pdf" and "no %PDF header" in doc.error
    fake = tmp_path / "kh12.docx"
    fake.write_text("Kế hoạch số 12/KH-UBND", encoding="utf-8")
    doc = ingest(fake)
    assert doc.status == "error" and doc.format == "docx" and "not a zip package" in doc.error


_QUERIES = [("Phòng Nội vụ", "phong noi vu"), ("đôn đốc", "don doc"), ("trước ngày", "truoc ngay"),
            ("Văn phòng HĐND", "van phong hdnd"), ("ĐÔN ĐỐC", "DON DOC")]


def _match(db: Path, query: str) -> set[tuple[str, int]]:
    con = sqlite3.connect(db)  # a plain client: no fold() function
    try:
        return set(con.execute("SELECT doc_id, task_id FROM tasks_search WHERE tasks_search MATCH ?", (query,)))
    finally:
        con.close()


def test_full_text_search_with_or_without_accents_in_any_sqlite_client(tmp_path: Path, samples: Path):
    out = tmp_path / "out"
    run_batch([samples / "pdf" / "generated" / "kehoach_clean.pdf",
               samples / "text" / "05_vpcp_congvan2739_2019.txt"], out, Config(timeout=120))
    db = out / "chidao.db"
    for written, folded in _QUERIES:
        found = _match(db, written)
        assert found and found == _match(db, folded), (written, folded)
    assert _match(db, "đôn doc") == _match(db, "don doc")  # accents on some words only


def test_resumed_run_rebuilds_an_older_search_index(tmp_path: Path, samples: Path):
    """A database written before the index held the text as written (4 columns, accent-folded
    only): --resume rebuilds the index from the stored tasks, kept documents included."""
    f = samples / "pdf" / "generated" / "kehoach_clean.pdf"
    out = tmp_path / "out"
    run_batch([f], out, Config(timeout=120))
    con = sqlite3.connect(out / "chidao.db")
    con.execute("DROP TABLE tasks_search")
    con.execute("CREATE VIRTUAL TABLE tasks_search USING fts5(doc_id UNINDEXED, task_id UNINDEXED, task, "
                "offices, tokenize='unicode61')")
    from pipeline.vietnamese import fold

    rows = con.execute("SELECT doc_id, task_id, task, offices FROM tasks").fetchall()
    con.executemany("INSERT INTO tasks_search VALUES (?, ?, ?, ?)", [(d, t, fold(x), fold(o or "")) for d, t, x, o in rows])
    con.commit()
    con.close()
    assert not _match(out / "chidao.db", "Phòng Nội vụ")
    summary = run_batch([f], out, Config(timeout=120), resume=True)
    assert summary.skipped == 1
    assert _match(out / "chidao.db", "Phòng Nội vụ") == _match(out / "chidao.db", "phong noi vu") != set()


def test_pandas_tables_have_the_parquet_types(tmp_path: Path, samples: Path):
    import pandas as pd

    import pipeline

    f = samples / "text" / "000_bed89d1f3f7829d9.txt"
    out = tmp_path / "out"
    run_batch([f], out, Config(timeout=120))
    doc = pipeline.process(f)
    tables = doc.tables()
    empty = pipeline.process(tmp_path / "missing.txt").tables()  # a failed document: empty tables, typed too
    for name, df in tables.items():
        stored = pd.read_parquet(out / f"{name}.parquet")
        assert list(df.columns) == list(stored.columns)
        assert dict(df.dtypes.astype(str)) == dict(stored.dtypes.astype(str)), name
        assert dict(empty[name].dtypes.astype(str)) == dict(stored.dtypes.astype(str)), name
        both = pd.concat([stored, df])
        assert dict(both.dtypes.astype(str)) == dict(stored.dtypes.astype(str)), name
    sections = tables["sections"]
    assert str(sections["parent_id"].dtype) == "Int64" and sections["parent_id"].isna().any()
    assert tables["tasks"]["deadline"].eq("").any()  # empty text is "", as in Parquet
    assert str(tables["repairs"]["flagged"].dtype) == "boolean"


@pytest.mark.slow
def test_review_notebook_headless_on_a_given_document(tmp_path: Path, samples: Path):
    """`CHIDAO_DOCUMENT=... jupyter execute notebooks/review.ipynb` from the archive's folder: the
    review table is written for a spreadsheet; run again with `CHIDAO_REVIEW=` the edited table,
    the decisions land in the corrections file, which the next `chidao run` obeys."""
    import os
    import subprocess
    import sys

    import pandas as pd

    from conftest import ROOT

    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "kh45_lost.pdf").write_bytes((samples / "pdf" / "generated" / "kehoach_lost_glyphs.pdf").read_bytes())
    corrections = tmp_path / "review" / "corrections.csv"
    env = dict(os.environ, PYTHONPATH=str(ROOT), PWD=str(tmp_path), CHIDAO_DOCUMENT="archive/kh45_lost.pdf",
               CHIDAO_CORRECTIONS=str(corrections))
    jupyter = [str(Path(sys.executable).parent / "jupyter"), "execute", str(ROOT / "notebooks" / "review.ipynb")]
    r = subprocess.run(jupyter, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    table = tmp_path / "review" / "kh45_lost.review.csv"
    review = pd.read_csv(table, dtype=str, keep_default_na=False)
    assert {"before", "after", "accepted", "flagged", "line_after"} <= set(review.columns)
    assert not [r for r in _csv(corrections)]  # nothing decided yet, nothing saved
    review.loc[review.after == "Hằng", "accepted"] = "no"
    review.to_csv(table, index=False)
    r = subprocess.run(jupyter, cwd=tmp_path, env=dict(env, CHIDAO_REVIEW=str(table)), capture_output=True,
                       text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    assert [(c["before"], c["after"], c["accepted"]) for c in _csv(corrections)] == [("H ng", "Hằng", "false")]


def test_a_text_run_together_on_one_line_is_said(tmp_path: Path, samples: Path):
    from pipeline.ingest import ingest

    text = (samples / "text" / "05_vpcp_congvan2739_2019.txt").read_text(encoding="utf-8")
    one = tmp_path / "cv2739_export.txt"
    one.write_text(" ".join(text.split("\n")), encoding="utf-8")  # the letter alone on its line
    doc = ingest(one)
    assert doc.status == "ok" and len(doc.lines) == 1
    (warning,) = [w for w in doc.warnings if "characters long" in w]
    assert warning.startswith("line 1 is ") and "restore its line breaks" in warning
    many = tmp_path / "merged_2019.txt"  # several letters run together in the middle of a file
    many.write_text("Danh mục văn bản năm 2019\n" + " ".join(text.split("\n")) * 4 + "\nHết.\n", encoding="utf-8")
    (warning,) = [w for w in ingest(many).warnings if "characters long" in w]
    assert warning.startswith("line 2 is ")
    for name in ("05_vpcp_congvan2739_2019.txt", "g4_quangninh_luongminh_mttq_kehoach16_baucu_2025_excerpt.txt",
                 "yf10_haiduong_ninhgiang_unghoe_hdnvqsxa_tuyenquan_2021.txt"):  # long paragraphs are no such text
        assert not [w for w in ingest(samples / "text" / name).warnings if "characters long" in w]
