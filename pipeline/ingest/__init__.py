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


def walk_entries(top: Path, closed: set[Path]) -> list[Path]:
    """Every entry under ``top``, sorted as ``sorted(top.rglob('*'))`` was; the folders that
    cannot be opened (permission denied) are added to ``closed`` and listed too.  rglob
    passed over such a folder without a word, and the documents in it were not in the run."""
    import os

    found: list[Path] = []

    def refused(exc: OSError) -> None:
        if exc.filename is not None:
            closed.add(Path(exc.filename))

    for folder, dirs, files in os.walk(top, onerror=refused):
        base = Path(folder)
        found.extend(base / name for name in dirs)
        found.extend(base / name for name in files)
    found.extend(c for c in closed if c == top)
    return sorted(found)


def unreadable_reason(path: Path) -> str | None:
    """Why ``path`` cannot be read as a document, said before opening it; None when it can.

    A broken symbolic link and a link loop were both 'file not found'; a named pipe (FIFO)
    was opened and the read waited for a writer until the time limit (forever in `chidao
    repair`); a file the user may not read was 'cannot read: PermissionError: ...'."""
    import errno
    import os
    import stat as stat_module

    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop: the link leads back to itself and names no file"
        if path.is_symlink():
            try:
                target = os.readlink(path)
            except OSError:
                target = "?"
            return f"broken symbolic link: it points to {target}, which does not exist"
        if exc.errno == errno.ENOENT:
            return "file not found"
        if exc.errno == errno.EACCES:
            return "permission denied: a folder on its path may not be entered by this user"
        return f"cannot read the file ({exc.strerror or exc})"
    if stat_module.S_ISDIR(st.st_mode):
        if not os.access(path, os.R_OK | os.X_OK):
            return "permission denied: a folder this user may not open; the documents in it are not in this run"
        return "is a directory"
    if not stat_module.S_ISREG(st.st_mode):
        kind = ("a named pipe (FIFO)" if stat_module.S_ISFIFO(st.st_mode) else
                "a socket" if stat_module.S_ISSOCK(st.st_mode) else
                "a device" if stat_module.S_ISCHR(st.st_mode) or stat_module.S_ISBLK(st.st_mode) else "not a file")
        return f"not a regular file: {kind}, which has no document to read"
    if not os.access(path, os.R_OK):
        return "permission denied: this user may not read the file (check its permissions and owner)"
    return None


def ingest(path: Path, config: Config | None = None, doc_id: str | None = None) -> Document:
    """Read one file; never raises: failures come back as the document's status/error."""
    config = config or Config()
    doc = Document(doc_id=doc_id or path.stem, source=path)
    try:
        problem = unreadable_reason(path)
        if problem:
            return doc.fail(problem)
        if path.stat().st_size == 0:  # whatever its name says it is
            return doc.fail("empty file")
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
    except PermissionError:
        return doc.fail("permission denied: this user may not read the file (check its permissions and owner)")
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the batch
        return doc.fail(f"cannot read: {type(exc).__name__}: {exc}")


def ingest_stage(doc: Document, config: Config) -> Document:
    """The 'ingest' component of :class:`pipeline.language.Pipeline`: reads ``doc.source``."""
    return ingest(doc.source, config, doc_id=doc.doc_id)
