"""Scanned images (PNG, JPEG, TIFF, multi-page TIFF) given directly: OCR'd as scanned PDF pages.

Archives keep scans as images as often as PDFs (a scanner's multi-page TIFF, a photo of a
letter saved as JPEG).  Each frame is wrapped, without re-encoding where Pillow allows (1-bit
frames as CCITT G4, JPEG as it is), into a PDF page of the scan's size at its own resolution,
and that PDF is read by :func:`pipeline.ingest.pdf.read_pdf`: the same OCR path as a scanned
PDF (the scan's resolution and bitonality decide the render dpi and the median filter,
orientation detection, streak removal, the second reading as one block, noise lines dropped,
running heads, layout).  An image without a resolution is taken as 300 dpi, its pixels read
as they are.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from pipeline.config import Config
from pipeline.ingest import IngestError
from pipeline.model import STATUS_PARTIAL, Document

DEFAULT_DPI = 300.0
# Formats Pillow names for the magic bytes sniff_format recognises
IMAGE_FORMATS = {"PNG": "png", "JPEG": "jpeg", "TIFF": "tiff", "MPO": "jpeg"}
MAX_FRAME_PIXELS = 200_000_000  # a frame larger than this is refused (decompression bombs)


def _frame_dpi(img) -> float:
    dpi = img.info.get("dpi")
    try:
        x = float(dpi[0]) if isinstance(dpi, tuple) else float(dpi)
    except (TypeError, ValueError, IndexError):
        return DEFAULT_DPI
    # 1 dpi or 72 dpi is what editors write when they know nothing; a scan is 100-600 dpi
    return x if 100 <= x <= 1200 else DEFAULT_DPI


def _page_image(frame):
    """A frame in a mode a PDF page holds: 1-bit, grey or RGB (alpha flattened on white)."""
    from PIL import Image

    if frame.mode in ("1", "L", "RGB"):
        return frame.copy()
    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        page = Image.new("RGB", rgba.size, "white")
        page.paste(rgba, mask=rgba.getchannel("A"))
        return page
    if frame.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        import numpy as np

        a = np.asarray(frame, dtype=np.float64)
        hi = a.max() or 1.0
        return Image.fromarray((a * (255.0 / hi)).astype("uint8"), "L")
    return frame.convert("RGB")


def read_image(path: Path, doc: Document, config: Config) -> Document:
    from PIL import Image, ImageSequence, UnidentifiedImageError

    from pipeline.ingest.pdf import DEFAULT_MAX_PAGES, read_pdf

    doc.format = {".jpg": "jpeg", ".tif": "tiff"}.get(path.suffix.lower(), path.suffix.lower().lstrip(".") or "image")
    if not config.ocr:
        raise IngestError("a scanned image is read by OCR, which is turned off (--no-ocr)")
    try:
        img = Image.open(path)
        kind = IMAGE_FORMATS.get(img.format or "", (img.format or "image").lower())
        doc.format = kind
        limit = config.max_pages or DEFAULT_MAX_PAGES
        pages, dpis = [], []
        total = getattr(img, "n_frames", 1)
        for i, frame in enumerate(ImageSequence.Iterator(img)):
            if i >= limit:
                break
            if frame.width * frame.height > MAX_FRAME_PIXELS:
                raise IngestError(f"image frame {i + 1} is {frame.width}x{frame.height} pixels, "
                                  f"more than {MAX_FRAME_PIXELS // 1_000_000} M: not a page scan")
            frame.load()
            pages.append(_page_image(frame))
            dpis.append(_frame_dpi(frame))
    except IngestError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        # Pillow's message names the file, which the batch's error line already does
        why = "no image Pillow can read" if isinstance(exc, UnidentifiedImageError) else \
            f"{type(exc).__name__}: {str(exc).replace(str(path), 'the file')}"
        from pipeline.ingest import IMAGE_SUFFIXES

        if path.suffix.lower() not in IMAGE_SUFFIXES:  # bytes that open like an image in a .txt
            raise IngestError(f"binary file, not text: a corrupt or truncated image ({why})") from exc
        raise IngestError(f"corrupt or truncated image ({why})") from exc
    if not pages:
        raise IngestError("image has no frames")
    with tempfile.TemporaryDirectory(prefix="chidao-image-") as tmp:
        pdf_path = Path(tmp) / "scan.pdf"
        # Pillow writes one resolution for all pages; frames of one file share theirs in practice
        pages[0].save(pdf_path, "PDF", resolution=dpis[0], save_all=True, append_images=pages[1:])
        doc = read_pdf(pdf_path, doc, config)
    doc.format = kind
    doc.meta["pages"] = total
    doc.meta["image_dpi"] = dpis[0]
    if total > len(pages):
        problem = f"read the first {len(pages)} of {total} images (max_pages)"
        doc.warnings.append(problem)
        if doc.status == "ok":
            doc.status, doc.error = STATUS_PARTIAL, problem
    return doc
