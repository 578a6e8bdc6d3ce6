"""OCR of scanned pages with Tesseract's Vietnamese model, keeping word boxes and confidences.

Tesseract (Debian packages ``tesseract-ocr`` and ``tesseract-ocr-vie``) is called through
pytesseract's ``image_to_data`` so every word comes back with its box and confidence; the
words become :class:`~pipeline.ingest.layout.Segment` objects and go through the same
layout code as the PDF text layer (header and tail columns, running lines).

Preprocessing, measured by word error rate against the transcriptions of realdocs P04/P05
(``benchmarks/ingest.py --ocr-variants`` prints the table):

* grayscale render: colour adds nothing for black-on-white directives;
* vertical streak removal: scanner streaks (P05) are columns of the page that are dark over
  most of their height; Tesseract reads them as '|' or 'l' glued to words and breaks lines
  at them.  They are painted out, keeping a pixel dark only where the columns on both sides
  are dark (a stroke crossing the streak).  P05: WER 27.6 % -> 15.1 % at 300 dpi, 32.8 % ->
  13.3 % at 200 dpi; no effect on a clean scan (P04);
* resolution: ``Config.ocr_dpi`` (300), except that a low-resolution scan is enlarged by at
  most 4/3 (and to at least 200 dpi): P05 is a 150 dpi bitonal image, and at 300 dpi its
  jagged strokes read worse (15.1 % vs 13.3 %); upscaling the embedded bitmap ourselves
  with Lanczos was worse still (29 %);
* a 3x3 median filter on bitonal scans (after streak removal and the 4/3 enlargement): it
  rounds off the staircase edges and specks of a 1-bit image; P05 13.3 % -> 10.8 % (order-
  free 8.3 % -> 5.8 %), the generated bitonal scan unchanged (0.3 % -> 0.6 %, one word).
  Not applied to grey/colour scans: on P04 it trades errors (order-free 6.5 % -> 5.6 %,
  strict 20.5 % -> 23.3 %) and a 5x5 median is worse everywhere;
* a global threshold: no gain (P05 13.7 %, P04 23.7 %): Tesseract's own Otsu binarisation
  already drops P04's bleed-through; blurring made P05 worse.

What limits accuracy: tone marks on hatted vowels in a 150 dpi scan ('phân' for 'phần',
'quyêt' for 'quyết'), handwritten numbers and days, the received stamp; and, for the strict
WER, reading order: the transcriptions read the header tier by tier (issuer, motto,
number, date) where ingest gives the left column, then the right one (the order-free error
rate, P04 6.5 %, P05 5.8 %, shows what is left once order is set aside).
"""
from __future__ import annotations

import functools
import shutil
import statistics
import subprocess
import unicodedata

import numpy as np
from PIL import Image, ImageFilter

from pipeline.ingest.layout import Segment

MISSING_MSG = (
    "OCR needs Tesseract with its Vietnamese model: install the Debian packages "
    "tesseract-ocr tesseract-ocr-vie (sudo apt-get install tesseract-ocr tesseract-ocr-vie)"
)
MAX_PIXELS = 25_000_000  # a rendered page larger than this is scaled down (A4 at 300 dpi ~ 8.7 M, A3 17.4 M)


class OcrUnavailable(RuntimeError):
    """Tesseract or its language model is not installed."""


@functools.lru_cache(maxsize=4)
def check_tesseract(lang: str = "vie") -> str:
    """The Tesseract version; raises :class:`OcrUnavailable` naming the packages to install."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise OcrUnavailable(MISSING_MSG)
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OcrUnavailable(f"{MISSING_MSG} ({exc})") from exc
    langs = set(out.stdout.split()) | set(out.stderr.split())
    for code in lang.split("+"):
        if code not in langs:
            raise OcrUnavailable(f"Tesseract has no '{code}' model: {MISSING_MSG}")
    ver = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30)
    return (ver.stdout or ver.stderr).splitlines()[0] if (ver.stdout or ver.stderr) else "tesseract"


def remove_streaks(img: Image.Image, min_fraction: float = 0.35, max_width: int = 12) -> tuple[Image.Image, int]:
    """Paint out thin vertical lines that run over most of the page height.

    Returns the cleaned image and how many pixel columns were treated.  A column is a streak
    when more than ``min_fraction`` of it is dark (text columns are at most ~15 % dark) and
    it belongs to a run at most ``max_width`` pixels wide (a real rule or a table border is
    kept only if it is wider).
    """
    a = np.asarray(img.convert("L"))
    dark = a < 128
    frac = dark.mean(axis=0)
    cols = np.flatnonzero(frac > min_fraction)
    if cols.size == 0:
        return img, 0
    out = a.copy()
    width = a.shape[1]
    treated = 0
    runs = np.split(cols, np.flatnonzero(np.diff(cols) > 1) + 1)
    for run in runs:
        if len(run) > max_width:
            continue
        lo, hi = max(run[0] - 1, 0), min(run[-1] + 1, width - 1)
        keep = dark[:, lo] & dark[:, hi]
        out[:, run[0]:run[-1] + 1] = np.where(keep, 0, 255)[:, None]
        treated += len(run)
    return Image.fromarray(out), treated


def scan_images(page) -> tuple[float | None, bool]:
    """(dpi, bitonal) of the page's largest image: what the scanner produced."""
    best = None
    try:
        for obj in page.get_objects(max_depth=1):
            if obj.type == 3:  # FPDF_PAGEOBJ_IMAGE
                meta = obj.get_metadata()
                area = meta.width * meta.height
                if best is None or area > best[0]:
                    best = (area, meta.horizontal_dpi, meta.bits_per_pixel == 1)
    except Exception:  # noqa: BLE001 - metadata is a hint only
        return None, False
    if best is None:
        return None, False
    return (best[1] or None), best[2]


def render_dpi(page, target_dpi: int, native: float | None = None) -> float:
    """The dpi to render a scanned page at: the target, but at most 4/3 of the resolution of
    the page's largest image, and at least 200 (see the module docstring for why)."""
    if native is None:
        native, _ = scan_images(page)
    if native and native > 30:
        return float(min(target_dpi, max(native * 4 / 3, 200)))
    return float(target_dpi)


def render_page(page, dpi: float, max_pixels: int = MAX_PIXELS) -> tuple[Image.Image, float]:
    """Grayscale render, scaled down when the page would exceed ``max_pixels``."""
    w, h = page.get_size()
    scale = dpi / 72.0
    if w * h * scale * scale > max_pixels:
        scale = (max_pixels / (w * h)) ** 0.5
    bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=False)
    img = bitmap.to_pil().convert("L")
    bitmap.close()
    return img, scale


def ocr_image(img: Image.Image, scale: float, lang: str = "vie", psm: int = 3,
              timeout: float | None = None) -> list[Segment]:
    """Segments (one per Tesseract line, split at wide gaps) in PDF points."""
    import pytesseract

    check_tesseract(lang)
    try:
        data = pytesseract.image_to_data(img, lang=lang, config=f"--psm {psm}",
                                         output_type=pytesseract.Output.DICT, timeout=timeout or 0)
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailable(MISSING_MSG) from exc
    except RuntimeError as exc:  # pytesseract raises RuntimeError on its timeout
        raise TimeoutError(f"OCR timed out: {exc}") from exc
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, word in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if word and word.strip() and conf >= 0 and not (conf < 50 and not any(c.isalnum() for c in word)):
            # (a lone low-confidence '.', '|' or '-' is a speck or a streak, and it hides the
            # gap between the header's two columns)
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            lines.setdefault(key, []).append(i)
    segs: list[Segment] = []
    k = 1.0 / scale
    for idxs in lines.values():
        idxs.sort(key=lambda i: data["left"][i])
        heights = [data["height"][i] for i in idxs]
        line_h = statistics.median(heights)
        group: list[int] = []
        for i in idxs:
            if group:
                prev = group[-1]
                gap = data["left"][i] - (data["left"][prev] + data["width"][prev])
                if gap > 1.0 * line_h:
                    segs.append(_segment(data, group, k, line_h))
                    group = []
            group.append(i)
        if group:
            segs.append(_segment(data, group, k, line_h))
    return segs


def _segment(data: dict, idxs: list[int], k: float, line_h: float) -> Segment:
    words = [unicodedata.normalize("NFC", data["text"][i].strip()) for i in idxs]
    confs = [max(0.0, min(1.0, float(data["conf"][i]) / 100.0)) for i in idxs]
    text = " ".join(words)
    spans = []
    pos = 0
    for w, c in zip(words, confs):
        spans.append((pos, pos + len(w), round(c, 3)))
        pos += len(w) + 1
    seg = Segment(
        text=text,
        x0=min(data["left"][i] for i in idxs) * k,
        top=min(data["top"][i] for i in idxs) * k,
        x1=max(data["left"][i] + data["width"][i] for i in idxs) * k,
        bottom=max(data["top"][i] + data["height"][i] for i in idxs) * k,
        conf=round(statistics.fmean(confs), 4),
        size=line_h * k,
        words=spans,
    )
    return seg


def ocr_page(page, dpi: int = 300, lang: str = "vie", timeout: float | None = None,
             max_pixels: int = MAX_PIXELS, adapt_dpi: bool = True, streaks: bool = True,
             median: bool | None = None, threshold: int | None = None) -> tuple[list[Segment], dict]:
    """Render, clean and OCR one pdfium page; returns segments and facts for ``doc.meta``.

    ``median=None`` applies the 3x3 median filter to bitonal scans only.  The keyword
    switches exist for the preprocessing comparison of ``benchmarks/ingest.py
    --ocr-variants``; the defaults are the measured best."""
    check_tesseract(lang)
    native, bitonal = scan_images(page)
    use_dpi = render_dpi(page, dpi, native) if adapt_dpi else float(dpi)
    img, scale = render_page(page, use_dpi, max_pixels)
    n_streaks = 0
    if streaks:
        img, n_streaks = remove_streaks(img)
    if median or (median is None and bitonal):
        img = img.filter(ImageFilter.MedianFilter(3))
    if threshold is not None:
        img = img.point(lambda p: 255 if p > threshold else 0)
    segs = ocr_image(img, scale, lang=lang, timeout=timeout)
    return segs, {"dpi": round(scale * 72, 1), "streak_columns": n_streaks, "size": list(img.size),
                  "bitonal": bitonal, "median": bool(median or (median is None and bitonal))}
