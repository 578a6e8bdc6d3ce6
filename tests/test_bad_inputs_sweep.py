"""Bad inputs an archive holds, as real files, through `chidao run`, `repair`, `eval` and
`build-model --corpus`: each gets a clear error naming the file and the reason (documents.csv
status/error and one stderr line), the batch goes on, and the good document is kept.

Cases (session 13's sweep): zero-byte files of each type, truncated / encrypted / page-less
PDFs (the page-less one after the encrypted one: PDFium's stale error called it encrypted),
a truncated .docx and one with a broken part, binary junk and control characters named .txt,
mixed encodings in one file, a broken link, a link loop, a folder link back to its parent,
a named pipe (it hung `chidao repair` forever), files and folders the user may not read (we
run as root: the test drops the capabilities that let root read anything, with setpriv),
two inputs with one doc_id, and a 20 MB text on one line (timed out without saying why).
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pikepdf
import pytest

from conftest import ROOT, invoke_cli

GOOD = ("ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nTuyên truyền phòng chống dịch\n\n"
        "1. Phòng Văn hóa và Thông tin chủ trì tuyên truyền, hoàn thành trước ngày 30/6/2024.\n")
CLEAN_PDF = ROOT / "samples" / "pdf" / "generated" / "kehoach_clean.pdf"
A_DOCX = sorted((ROOT / "samples" / "docx").rglob("*.docx"))[0]


def _csv(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return {r["doc_id"]: r for r in csv.DictReader(fh)}


def _bad_folder(d: Path) -> Path:
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    for ext in ("txt", "pdf", "docx", "png", "jpg", "tif"):
        (d / f"zero_{ext}.{ext}").write_bytes(b"")
    data = CLEAN_PDF.read_bytes()
    (d / "truncated.pdf").write_bytes(data[: len(data) // 3])
    with pikepdf.open(CLEAN_PDF) as pdf:
        pdf.save(d / "a_locked.pdf", encryption=pikepdf.Encryption(owner="chu", user="matkhau"))
    pikepdf.new().save(d / "b_nopages.pdf")
    docx = A_DOCX.read_bytes()
    (d / "cut.docx").write_bytes(docx[: len(docx) // 2])
    with zipfile.ZipFile(d / "brokenpart.docx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document><w:body")
    (d / "junk.txt").write_bytes(bytes(range(256)) * 50)
    (d / "colours.txt").write_text("".join(f"\x1b[31m\x07dòng {i}\x08\n" for i in range(300)), encoding="utf-8")
    from pipeline.repair.legacy import encode_vni

    (d / "mixed.txt").write_bytes(GOOD.encode("utf-8") + encode_vni("Phòng Nội vụ chủ trì. " * 40).encode("cp1252"))
    os.symlink("nowhere.txt", d / "dangling.txt")
    os.symlink("selfloop.txt", d / "selfloop.txt")
    (d / "sub").mkdir()
    os.symlink("..", d / "sub" / "up")  # a folder link back to its parent: not followed
    (d / "sub" / "good.docx").write_bytes(docx)  # doc_id sub/good; and ...
    (d / "good.docx").write_bytes(docx)  # ... 'good' taken by good.docx: good.txt is good~2
    os.mkfifo(d / "pipe.txt")
    return d


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs symlinks and FIFOs")
def test_run_gives_each_bad_input_its_reason_and_goes_on(tmp_path: Path):
    src = _bad_folder(tmp_path / "in")
    out = tmp_path / "out"
    r = invoke_cli("run", str(src), "--out", str(out), "--timeout", "120", timeout=900)
    assert r.returncode == 0, r.stderr
    rows = _csv(out / "documents.csv")
    expect = {
        "zero_txt": "empty file", "zero_pdf": "empty file", "zero_docx": "empty file",
        "zero_png": "empty file", "zero_jpg": "empty file", "zero_tif": "empty file",
        "truncated": "corrupt or truncated PDF", "a_locked": "encrypted PDF", "b_nopages": "PDF has no pages",
        "cut": "corrupt .docx", "brokenpart": "corrupt .docx", "junk": "binary file, not text (NUL bytes",
        "colours": "binary file, not text (",
        "dangling": "broken symbolic link: it points to nowhere.txt", "selfloop": "symbolic link loop",
        "pipe": "not a regular file: a named pipe",
    }
    for doc_id, reason in expect.items():
        assert doc_id in rows, (doc_id, sorted(rows))
        assert rows[doc_id]["status"] in ("error", "unsupported"), (doc_id, rows[doc_id])
        assert reason in rows[doc_id]["error"], (doc_id, rows[doc_id]["error"])
        line = [ln for ln in r.stderr.splitlines() if ln.startswith("error") and f"{doc_id}." in ln]
        assert len(line) == 1 and reason in line[0], (doc_id, r.stderr[-3000:])
    mixed = rows["mixed"]  # UTF-8 then VNI bytes: read, saying so, or refused as undecodable
    assert (mixed["status"] == "ok" and (mixed["warnings"] or mixed["encoding"] != "utf-8")) or \
        "undecodable" in mixed["error"], mixed
    assert "control characters" in rows["colours"]["error"] and "\\x1b" not in rows["colours"]["error"][:20]
    # the batch went on: the good documents are there, and two with one name are both kept and said
    assert rows["good"]["status"] == "ok" and rows["sub/good"]["status"] == "ok"
    assert rows["good~2"]["status"] == "ok" and rows["good~2"]["source"].endswith("good.txt")
    assert "doc_id 'good' is taken by" in rows["good~2"]["warnings"]
    assert any("good.txt: stored as doc_id 'good~2'" in ln for ln in r.stderr.splitlines())
    assert not any("up/" in d for d in rows)  # the folder link back up was not walked round
    assert (out / "text" / "good~2.txt").is_file()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs symlinks and FIFOs")
def test_repair_names_each_bad_file_and_never_waits_on_a_pipe(tmp_path: Path):
    src = _bad_folder(tmp_path / "in")
    names = ["a_locked.pdf", "b_nopages.pdf", "pipe.txt", "selfloop.txt", "dangling.txt", "brokenpart.docx",
             "zero_pdf.pdf", "good.txt"]
    r = invoke_cli("repair", *[str(src / n) for n in names], "--out", str(tmp_path / "o"), timeout=300)
    assert r.returncode == 0, r.stderr
    said = {ln.split(": ", 2)[1]: ln for ln in r.stderr.splitlines() if ln.startswith("chidao: ")}
    assert "encrypted PDF" in said[str(src / "a_locked.pdf")]
    assert "PDF has no pages" in said[str(src / "b_nopages.pdf")]  # not 'encrypted' (the error before it)
    assert "named pipe" in said[str(src / "pipe.txt")]
    assert "symbolic link loop" in said[str(src / "selfloop.txt")]
    assert "broken symbolic link" in said[str(src / "dangling.txt")]
    assert "corrupt .docx" in said[str(src / "brokenpart.docx")]
    assert "empty file" in said[str(src / "zero_pdf.pdf")]
    assert (tmp_path / "o" / "good.txt").read_text(encoding="utf-8").startswith("ỦY BAN")


def _as_a_user(cmd: list[str]) -> list[str]:
    """``cmd`` run without root's power to read any file (setpriv drops the two capabilities)."""
    if os.geteuid() != 0:
        return cmd
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search",
            "--inh-caps=-dac_override,-dac_read_search", *cmd]


@pytest.mark.skipif(os.geteuid() == 0 and shutil.which("setpriv") is None, reason="root without setpriv")
def test_files_and_folders_the_user_may_not_read(tmp_path: Path):
    src = tmp_path / "in"
    (src / "closed").mkdir(parents=True)
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    (src / "locked.txt").write_text(GOOD, encoding="utf-8")
    (src / "closed" / "inside.txt").write_text(GOOD, encoding="utf-8")
    named = tmp_path / "named.txt"
    named.write_text(GOOD, encoding="utf-8")
    for p in (src / "locked.txt", named):
        p.chmod(0)
    (src / "closed").chmod(0)
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    try:
        run = subprocess.run(_as_a_user([sys.executable, "-m", "pipeline.cli", "run", str(src), str(named),
                                         "--out", str(out)]), capture_output=True, text=True, env=env, cwd=ROOT,
                             timeout=600)
        rep = subprocess.run(_as_a_user([sys.executable, "-m", "pipeline.cli", "repair", str(named)]),
                             capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    finally:
        (src / "closed").chmod(stat.S_IRWXU)
    # one unreadable file named on the command line no longer refuses the whole run (Typer's check)
    assert run.returncode == 0, run.stderr
    rows = _csv(out / "documents.csv")
    assert rows["good"]["status"] == "ok"
    assert "permission denied" in rows["locked"]["error"] and "permission denied" in rows["named"]["error"]
    assert "a folder this user may not open" in rows["closed"]["error"]
    assert sum(1 for ln in run.stderr.splitlines() if ln.startswith("error") and "permission denied" in ln) == 3
    assert rep.returncode == 1 and str(named) in rep.stderr and "permission denied" in rep.stderr


def test_a_20_mb_text_on_one_line_times_out_saying_its_size(tmp_path: Path):
    big = tmp_path / "oneline.txt"
    line = " ".join(GOOD.split()) + " "
    big.write_text((line * (20_000_000 // len(line) + 1))[:20_000_000], encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    # (10 s, not 30: the file's child reads until the limit, so the limit is the test's cost; a
    # 20 MB line takes far longer, and the good file's child needs well under a second)
    r = invoke_cli("run", str(big), str(tmp_path / "good.txt"), "--out", str(out), "--timeout", "10", timeout=600)
    rows = _csv(out / "documents.csv")
    error = rows["oneline"]["error"]
    if rows["oneline"]["status"] == "error":  # (on a fast machine it may even finish)
        assert "timed out after 10 s" in error and "MB" in error and "--timeout" in error, error
        assert any("oneline.txt" in ln and "timed out" in ln for ln in r.stderr.splitlines())
    assert rows["good"]["status"] == "ok"


def test_eval_names_each_bad_gold_file_and_scores_the_others(tmp_path: Path):
    from pipeline.eval import load_gold

    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "zero.tasks.json").write_bytes(b"")
    (gold / "cut.tasks.json").write_text('{"doc_id": "cut", "tasks": [', encoding="utf-8")
    (gold / "latin.tasks.json").write_bytes('{"doc_id": "Hà Tây", "tasks": []}'.encode("cp1252"))
    (gold / "list.tasks.json").write_text("[1, 2]", encoding="utf-8")
    (gold / "noanchor.tasks.json").write_text('{"doc_id": "x", "tasks": [{"text": "a"}]}', encoding="utf-8")
    good = {"doc_id": "good", "header": {}, "tasks": [{"anchor": "Phòng Văn hóa và Thông tin chủ trì tuyên truyền"}]}
    (gold / "good.tasks.json").write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    (gold / "copy.tasks.json").write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    problems: list = []
    assert list(load_gold(gold, problems)) == ["good"]
    why = {p.name: reason for p, reason in problems}
    assert why["zero.tasks.json"] == "empty file"
    assert why["cut.tasks.json"].startswith("not valid JSON")
    assert why["latin.tasks.json"].startswith("not UTF-8")
    assert "is a list" in why["list.tasks.json"] and "anchor" in why["noanchor.tasks.json"]
    assert "also the doc_id of" in why["good.tasks.json"]  # copy.tasks.json comes first
    src = tmp_path / "good.txt"
    src.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    assert invoke_cli("run", str(src), "--out", str(out)).returncode == 0
    (gold / "good.clean.txt").write_bytes(b"\xff\xfe not text")
    r = invoke_cli("eval", str(out), "--gold", str(gold))
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    for name in ("zero", "cut", "latin", "list", "noanchor"):
        assert any(f"{name}.tasks.json: not scored" in ln for ln in r.stderr.splitlines()), r.stderr
    assert "good.clean.txt: not scored" in r.stderr
    assert "good" in r.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs symlinks and FIFOs")
def test_build_model_skips_each_bad_corpus_file_with_its_reason(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD * 20, encoding="utf-8")
    (corpus / "zero.txt").write_bytes(b"")
    (corpus / "junk.txt").write_bytes(bytes(range(256)) * 50)
    os.symlink("nowhere.txt", corpus / "dangling.txt")
    os.symlink("selfloop.txt", corpus / "selfloop.txt")
    os.mkfifo(corpus / "pipe.txt")
    r = invoke_cli("build-model", "--corpus", str(corpus), "--out", str(tmp_path / "m"), timeout=600)
    assert r.returncode == 0, r.stderr
    said = {ln.split("skipped ", 1)[1].split(": ", 1)[0]: ln for ln in r.stderr.splitlines() if "skipped " in ln}
    assert "empty file" in said[str(corpus / "zero.txt")]
    assert "NUL bytes" in said[str(corpus / "junk.txt")]
    assert "broken symbolic link" in said[str(corpus / "dangling.txt")]
    assert "symbolic link loop" in said[str(corpus / "selfloop.txt")]
    assert "named pipe" in said[str(corpus / "pipe.txt")]
    counts = json.loads((tmp_path / "m" / "lm" / "manifest.json").read_text(encoding="utf-8"))["counts"]
    assert counts["user_files"] == 1


def test_the_folder_walk_lists_what_rglob_listed(tmp_path: Path):
    from pipeline.ingest import walk_entries

    for top in (ROOT / "samples", ROOT / "tests"):
        assert walk_entries(top, set()) == sorted(top.rglob("*"))
