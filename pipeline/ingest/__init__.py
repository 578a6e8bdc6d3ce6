"""Ingest: turn a file into a :class:`~pipeline.model.Document` of lines.

The format is decided by content first (magic bytes) and by extension second, so a PDF
renamed .txt or a text renamed .pdf is still read for what it is, and anything else gets a
clear "unsupported" status instead of a crash.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.config import Config
from pipeline.model import STATUS_UNSUPPORTED, Document

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | {".pdf", ".docx"} | IMAGE_SUFFIXES
IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


class IngestError(Exception):
    """A file that cannot be read; the message names the reason (the caller adds the file)."""


def sniff_format(path: Path, head: bytes) -> str:
    """'pdf', 'docx', 'zip', 'doc', 'image' or 'txt' from the first bytes, else from the suffix."""
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(IMAGE_MAGIC):
        return "image"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if path.suffix.lower() == ".docx" else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    return "txt"


def ingest(path: Path, config: Config | None = None, doc_id: str | None = None) -> Document:
    """Read one file; never raises: failures come back as the document's status/error."""
    config = config or Config()
    doc = Document(doc_id=doc_id or path.stem, source=path)
    try:
        if not path.exists():
            return doc.fail("file not found")
        if path.is_dir():
            return doc.fail("is a directory")
        with path.open("rb") as fh:
            head = fh.read(2048)
        kind = sniff_format(path, head)
        suffix = path.suffix.lower()
        doc.format = kind
        if kind == "pdf":
            from pipeline.ingest.pdf import read_pdf

            return read_pdf(path, doc, config)
        if kind == "docx":
            from pipeline.ingest.docx import read_docx

            return read_docx(path, doc, config)
        if kind == "image":
            from pipeline.ingest.image import read_image

            return read_image(path, doc, config)
        if kind in ("zip", "doc"):
            what = "a .doc (Word 97-2003) file" if kind == "doc" else "a zip archive that is not a .docx"
            return doc.fail(f"unsupported format: {what}; convert it to .docx or PDF", STATUS_UNSUPPORTED)
        if suffix in (".pdf", ".docx"):  # the documents table says what the file claimed to be, not 'txt'
            doc.format = suffix.lstrip(".")
        if suffix == ".pdf":
            return doc.fail("not a PDF: the file has a .pdf name but no %PDF header")
        if suffix == ".docx":
            return doc.fail("not a Word document: the file has a .docx name but is not a zip package")
        if suffix in IMAGE_SUFFIXES:
            doc.format = suffix.lstrip(".")
            return doc.fail(f"not an image: the file has a {suffix} name but is not a PNG, JPEG or TIFF image")
        if suffix not in TEXT_SUFFIXES:
            doc.format = suffix.lstrip(".")  # not 'txt': the documents table says what the file was
            return doc.fail(f"unsupported file type '{suffix}' (chidao reads .txt, .pdf, .docx and "
                            ".png, .jpg, .tif scans)", STATUS_UNSUPPORTED)
        from pipeline.ingest.text import read_text

        return read_text(path, doc, config)
    except IngestError as exc:
        return doc.fail(str(exc))
    except MemoryError:
        return doc.fail("out of memory while reading")
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the batch
        return doc.fail(f"cannot read: {type(exc).__name__}: {exc}")


def ingest_stage(doc: Document, config: Config) -> Document:
    """The 'ingest' component of :class:`pipeline.language.Pipeline`: reads ``doc.source``."""
    return ingest(doc.source, config, doc_id=doc.doc_id)
