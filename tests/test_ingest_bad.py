"""Bad input never crashes and never hangs: a clear error or a (partial) result."""
from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pikepdf
import pytest
from reportlab.pdfgen import canvas

from pipeline.config import Config
from pipeline.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
CLEAN = ROOT / "samples" / "pdf" / "generated" / "kehoach_clean.pdf"


def _one_line_pdf(path: Path, pages: int = 1, size=(595, 842)) -> Path:
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    for i in range(pages):
        c.drawString(72, size[1] - 72, f"Trang {i + 1}: Phong Noi vu chu tri thuc hien ke hoach.")
        c.showPage()
    c.save()
    return path


def test_truncated_pdf(tmp_path):
    p = tmp_path / "truncated.pdf"
    data = CLEAN.read_bytes()
    p.write_bytes(data[: len(data) // 3])
    doc = ingest(p, Config(ocr=False))
    assert doc.status in ("error", "partial", "ok")
    if doc.status == "error":
        assert doc.error


def test_corrupt_pdf(tmp_path):
    p = tmp_path / "corrupt.pdf"
    p.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    doc = ingest(p, Config(ocr=False))
    assert doc.status == "error"
    assert "PDF" in doc.error


def test_encrypted_pdf_with_password_is_refused(tmp_path):
    p = tmp_path / "locked.pdf"
    with pikepdf.open(CLEAN) as pdf:
        pdf.save(p, encryption=pikepdf.Encryption(owner="chu", user="matkhau"))
    doc = ingest(p, Config(ocr=False))
    assert doc.status == "error"
    assert "password" in doc.error


def test_encrypted_pdf_with_empty_user_password_opens(tmp_path):
    p = tmp_path / "owner_only.pdf"
    with pikepdf.open(CLEAN) as pdf:
        pdf.save(p, encryption=pikepdf.Encryption(owner="chu", user=""))
    doc = ingest(p, Config(ocr=False))
    assert doc.ok, doc.error
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in doc.text


def test_zero_page_pdf(tmp_path):
    p = tmp_path / "empty.pdf"
    pdf = pikepdf.new()
    pdf.save(p)
    doc = ingest(p, Config(ocr=False))
    assert doc.status == "error"
    assert "no pages" in doc.error or "PDF" in doc.error


def test_500_pages_bounded_by_max_pages(tmp_path):
    p = _one_line_pdf(tmp_path / "long.pdf", pages=500)
    started = time.monotonic()
    doc = ingest(p, Config(ocr=False, max_pages=40))
    assert time.monotonic() - started < 20
    assert doc.status == "partial"
    assert doc.meta["pages"] == 500 and doc.meta["pages_read"] == 40
    assert "40 of 500" in doc.error
    assert doc.pages == 40


def test_500_pages_bounded_by_timeout(tmp_path):
    p = _one_line_pdf(tmp_path / "long.pdf", pages=500)
    started = time.monotonic()
    doc = ingest(p, Config(ocr=False, timeout=0.5))
    assert time.monotonic() - started < 10
    assert doc.status in ("partial", "ok")
    if doc.status == "partial":
        assert "time limit" in doc.error


def test_huge_page_render_is_capped(tmp_path):
    import pypdfium2 as pdfium

    from pipeline.ingest.ocr import MAX_PIXELS, render_page

    p = _one_line_pdf(tmp_path / "huge.pdf", size=(14400, 14400))  # 5 m x 5 m, the PDF maximum
    page = pdfium.PdfDocument(str(p))[0]
    img, scale = render_page(page, 300)
    assert img.width * img.height <= MAX_PIXELS * 1.01
    assert scale < 300 / 72


def test_not_a_pdf_renamed(tmp_path):
    p = tmp_path / "letter.pdf"
    p.write_bytes(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    doc = ingest(p)
    assert not doc.ok
    assert "not a PDF" in doc.error


def test_docx_that_is_another_zip(tmp_path):
    p = tmp_path / "fake.docx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("readme.txt", "không phải văn bản Word")
    doc = ingest(p)
    assert doc.status == "error"
    assert "word/document.xml" in doc.error


def test_docx_broken_zip(tmp_path):
    p = tmp_path / "broken.docx"
    p.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    doc = ingest(p)
    assert doc.status == "error"
    assert "docx" in doc.error


@pytest.mark.parametrize("payload", [b"", b"%PDF-", b"%PDF-1.7\n%%EOF\n"])
def test_tiny_pdfs(tmp_path, payload):
    p = tmp_path / "tiny.pdf"
    p.write_bytes(payload)
    doc = ingest(p, Config(ocr=False))
    assert not doc.ok
    assert doc.error
