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

* isolated specks painted out on grey and colour scans (:func:`remove_specks`, session 13):
  dust and toner specks with no other ink within 0.8 mm, which Tesseract reads as '.', '_',
  '-', ':' at a line's ends or as stray words ('h2', 'Ni'); bitonal scans keep the median
  filter alone (see :data:`SPECK_MAX_MM2`).  Upscaling a 200 dpi grey scan past the 4/3 cap
  was measured again and is worse (P03, 5 pages: 3.37 % raw at 266 dpi, 3.49 % at 300, 4.22 %
  at 400);
* weak words read again alone (:func:`reread_weak_words`): P04's issuer line 'UBND TỈNH PHÚ
  THỌ', glued into one word beside the larger national motto, and 'năm 201 1.'.

Tesseract settings, measured on the raw reading of all 16 real scan pages with a true text
(samples/real_ocr q1-q3, j1-j6, v1-v4: P01-P06; ``benchmarks/ocr_settings.py``, WER in
order over 7,057 words): the defaults here 3.39 %; user words from the lexicon 3.49 % (4 pages
better, 3 worse), user patterns for dates and codes 3.39 % (no change), a 3x3 median on every
scan 3.98 %, none at all 3.61 % (4 better, 5 worse), projection-profile deskew 3.63 % (3
better, 8 worse: resampling a bitonal page blurs it), no re-reading of weak words 3.49 %,
``--psm 4`` 4.80 %, ``--psm 6`` 5.72 % (better on plain body pages, far worse on headers and
tables), Tesseract's Sauvola binarisation 5.00 %, a global threshold at 160 5.00 %, ``vie+eng``
6.04 % (worse on every page), the Vietnamese script model (Debian tesseract-ocr-script-viet)
worse on all 7 pages tried and 1.5-2x slower; ``preserve_interword_spaces`` changes nothing
(word boxes are read, not the text's spaces).  None beats the defaults on every page, so none
replaces them; but a page can choose: each page is also read with ``--psm 6`` and the
reading the language model scores best per word is kept (:data:`PAGE_ALTERNATIVES`,
:func:`reading_quality`; session 8, 17 pages with lo1-lo3: 292 -> 267 words wrong raw, 115
-> 111 after repair).

Accuracy (``benchmarks/ingest.py``, after repair): P04 0.9 % and P05 4.1 % with the header
scored without word order (the 'columns' WER, :func:`pipeline.ingest.wer.column_aware_errors`);
strict WER 14.0 % and 8.8 %.  The gap is reading order only: the transcriptions read the
header tier by tier across its columns (issuer, motto, number, date) where ingest gives the
left column, then the right one, as the structure stage needs.  What is left: handwritten
numbers and days ('275', '16' in P04), tone marks on hatted vowels in a 150 dpi bitonal scan
('phân' for 'phần', P05), the received stamp.
"""
from __future__ import annotations

import functools
import re
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


# Specks of dust or toner standing alone on a grey or colour scan (remove_specks): a dark blob
# smaller than SPECK_MAX_MM2 with no other ink within SPECK_CLEAR_MM.  A tone mark, the dot of
# an 'i' or under an 'ạ', a full stop, a comma or an ellipsis's dots sit closer than 0.8 mm to
# their letter or to one another at any size a directive is printed in; a speck in a margin or
# between lines does not.  Bitonal scans are not treated: their 3x3 median filter already
# takes single-pixel specks, and on a thin or broken bitonal print the pieces of a letter
# stand alone too (rendered fax and pale copy, both halves: 233 -> 245 words wrong after repair
# when they were treated too).  Measured (benchmarks/rendered_ocr.py, grey 200 dpi JPEG with dust; tune /
# never-tune half): words wrong as read 210 / 220 -> 53 / 66, after repair 99 / 124 -> 29 / 32;
# on the real grey scans P02-P04 (benchmarks/ocr_settings.py 'despeckle', psm 3 alone) raw
# errors 5.0 -> 4.7 % on P02 and the same on every other page.
SPECK_MAX_MM2 = 0.04
SPECK_CLEAR_MM = 0.8


def otsu_threshold(a: np.ndarray) -> int:
    """Otsu's global threshold of a grey image (what Tesseract binarises with): the grey
    level that best splits the histogram into ink and paper."""
    hist = np.bincount(a.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    levels = np.arange(256)
    w0 = np.cumsum(hist)
    m0 = np.cumsum(hist * levels)
    w1 = total - w0
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (m0[-1] * w0 / total - m0) ** 2 / (w0 * w1 / total)
    between[~np.isfinite(between)] = 0
    return int(np.argmax(between)) + 1


def remove_specks(img: Image.Image, dpi: float) -> tuple[Image.Image, int]:
    """Paint out specks of dust or toner standing alone: a dark blob smaller than
    :data:`SPECK_MAX_MM2` with no other ink within :data:`SPECK_CLEAR_MM` (a tone mark, the
    dot of an 'i', a full stop or a comma sits closer than that to its letter; a speck in a
    margin or between lines does not).  Tesseract reads such specks as '.', '_', '-', ':'
    or a quote at a line's ends, or as a lone character on a line of its own.  Returns the
    cleaned image and how many specks were removed."""
    from scipy import ndimage

    a = np.asarray(img.convert("L"))
    dark = a < otsu_threshold(a)
    labels, n = ndimage.label(dark, structure=np.ones((3, 3), bool))
    if n == 0:
        return img, 0
    px_mm = dpi / 25.4
    areas = np.bincount(labels.ravel(), minlength=n + 1)
    small = np.flatnonzero(areas <= max(1.0, SPECK_MAX_MM2 * px_mm * px_mm))
    small = small[small > 0]
    if small.size == 0:
        return img, 0
    r = max(1, int(round(SPECK_CLEAR_MM * px_mm)))
    # within 2r+1 pixels of each pixel, the highest and the lowest label of any ink: a
    # component is alone when both are its own over all its pixels
    size = 2 * r + 1
    hi = ndimage.maximum_filter(labels, size=size, mode="constant", cval=0)
    big = np.iinfo(labels.dtype).max
    lo = ndimage.minimum_filter(np.where(labels == 0, big, labels), size=size, mode="constant", cval=big)
    is_small = np.zeros(n + 1, bool)
    is_small[small] = True
    ink = labels > 0
    mixed = np.zeros(n + 1, bool)
    bad = ink & ((hi != labels) | (lo != labels))
    mixed[np.unique(labels[bad])] = True
    alone = is_small & ~mixed
    alone[0] = False
    # with the faint halo JPEG leaves around a speck (no other ink is that close)
    drop = ndimage.binary_dilation(alone[labels], structure=np.ones((3, 3), bool))
    removed = int(alone.sum())
    out = a.copy()
    out[drop] = 255
    return (Image.fromarray(out) if removed else img), removed


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
              timeout: float | None = None, reread: bool = True, extra: str = "") -> list[Segment]:
    """Segments (one per Tesseract line, split at wide gaps) in PDF points.  ``extra``: more
    Tesseract options (``-c name=value``), for the settings comparison of
    ``benchmarks/ocr_settings.py``."""
    import pytesseract

    check_tesseract(lang)
    try:
        data = pytesseract.image_to_data(img, lang=lang, config=f"--psm {psm} {extra}".strip(),
                                         output_type=pytesseract.Output.DICT, timeout=timeout or 0)
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailable(MISSING_MSG) from exc
    except RuntimeError as exc:  # pytesseract raises RuntimeError on its timeout
        raise TimeoutError(f"OCR timed out: {exc}") from exc
    if reread:
        data = reread_weak_words(img, data, lang=lang, timeout=timeout, extra=extra)
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


WEAK = 60  # Tesseract word confidence (0-100) under which a word is read again on its own
REREAD_GAIN = 20  # the second reading's weakest word must be this much surer to replace the first
MAX_REREADS = 80  # word groups re-read per page (bounds the cost on a page of handwriting)


def _has_alnum(word: str) -> bool:
    return any(c.isalnum() for c in word)


def reread_weak_words(img: Image.Image, data: dict, lang: str = "vie", timeout: float | None = None,
                      max_groups: int = MAX_REREADS, extra: str = "") -> dict:
    """Read low-confidence words again, each group alone on a white canvas (``--psm 7``).

    Why: with page segmentation (``--psm 3``) Tesseract reads a whole row across both
    header columns as one line; when the two columns have different type sizes it takes the
    word spacing of the larger one and reads the smaller column as one run ('UBNDTỈNHPHÚTHỌ',
    confidence 18, P04); a digit with wide side bearings gets split off a year ('201 1.').
    Alone on a canvas, with only its own ink (the boxes of its words pasted, nothing of the
    lines above and below), the same pixels read 'UBND TỈNH PHÚ THỌ' (88-96) and '2011.' (95).

    For each run of weak words (conf < :data:`WEAK`, with a letter or digit: specks are left
    to the caller) the run alone and the run with its left, right or both neighbours are
    tried; a second reading replaces the first only when it cuts the same letters into a
    different number of words (the two failures above) and its weakest word gains at least
    :data:`REREAD_GAIN`.  Measured: letting it also replace same-length readings made P05
    worse (11.5 % vs 10.8 %): alone on a small canvas Tesseract drops tone marks on hatted
    vowels with high confidence ('chấp' 41 -> 'châp' 93, 'quyết' -> 'quyêt').  Handwriting
    and stamps stay weak on the second reading and are kept as they were (the caller drops
    the noise).  All canvases go to one Tesseract process (a list file): 0.4 s for P04's
    13 groups, 1.1 s for P05's 37, against 5-10 s for the page itself.
    """
    n = len(data["text"])
    by_line: dict[tuple[int, int, int], list[int]] = {}
    for i in range(n):
        if data["text"][i].strip() and float(data["conf"][i]) >= 0:
            by_line.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(i)
    conf = [float(c) for c in data["conf"]]
    windows: list[tuple[int, list[int]]] = []  # (run id, word indices)
    run_id = 0
    for idxs in by_line.values():
        idxs.sort(key=lambda i: data["left"][i])
        line_h = statistics.median(data["height"][i] for i in idxs)
        weak = [conf[i] < WEAK and _has_alnum(data["text"][i]) for i in idxs]
        k = 0
        while k < len(idxs):
            if not weak[k]:
                k += 1
                continue
            e = k
            while e + 1 < len(idxs) and weak[e + 1]:
                e += 1
            run = idxs[k:e + 1]
            prev = idxs[k - 1] if k > 0 and _neighbour(data, idxs[k - 1], idxs[k], line_h) else None
            nxt = idxs[e + 1] if e + 1 < len(idxs) and _neighbour(data, idxs[e], idxs[e + 1], line_h) else None
            cands = [run]
            if prev is not None:
                cands.append([prev] + run)
            if nxt is not None:
                cands.append(run + [nxt])
            if prev is not None and nxt is not None:
                cands.append([prev] + run + [nxt])
            windows.extend((run_id, c) for c in cands)
            run_id += 1
            k = e + 1
    if not windows:
        return data
    runs_kept = {r for r, _ in windows}
    if len(runs_kept) > max_groups:  # the weakest first
        order = sorted(runs_kept, key=lambda r: min(conf[i] for rr, c in windows if rr == r for i in c))
        keep = set(order[:max_groups])
        windows = [(r, c) for r, c in windows if r in keep]
    readings = _read_canvases(img, data, [c for _, c in windows], lang, timeout, extra)
    best: dict[int, tuple[float, list[int], list[dict]]] = {}
    for (r, idxs), words in zip(windows, readings):
        scored = [w for w in words if _has_alnum(w["text"])]
        if not scored:
            continue
        if len(words) == len(idxs) or not _same_ink("".join(data["text"][i] for i in idxs),
                                                     "".join(w["text"] for w in words)):
            continue
        old = min(conf[i] for i in idxs)
        gain = min(w["conf"] for w in scored) - old
        if gain >= REREAD_GAIN and (r not in best or gain > best[r][0]):
            best[r] = (gain, idxs, words)
    if not best:
        return data
    used: set[int] = set()
    replaced: dict[int, list[dict]] = {}
    for _gain, idxs, words in sorted(best.values(), key=lambda b: -b[0]):
        if used.intersection(idxs):
            continue
        used.update(idxs)
        replaced[min(idxs, key=lambda i: data["left"][i])] = words
    out = {key: [] for key in data}
    for i in range(n):
        if i in used and i not in replaced:
            continue
        if i in replaced:
            for w in replaced[i]:
                for key in data:
                    out[key].append(w[key] if key in w else data[key][i])
            continue
        for key in data:
            out[key].append(data[key][i])
    return out


def _neighbour(data: dict, a: int, b: int, line_h: float) -> bool:
    """Word ``b`` right after word ``a`` on the same side of a column gap, and a word (a
    neighbour worth reading with a weak word: it may be the other half of a split one)."""
    gap = data["left"][b] - (data["left"][a] + data["width"][a])
    return gap <= line_h and _has_alnum(data["text"][a]) and _has_alnum(data["text"][b])


def _same_ink(a: str, b: str) -> bool:
    """Two readings of the same letters, up to marks and a few characters."""
    from rapidfuzz.fuzz import ratio

    from pipeline.vietnamese import strip_accents

    return ratio(strip_accents(a).casefold(), strip_accents(b).casefold()) >= 70


def _read_canvases(img: Image.Image, data: dict, groups: list[list[int]], lang: str,
                   timeout: float | None, extra: str = "") -> list[list[dict]]:
    """Tesseract's words for each group of word boxes pasted alone on a white canvas, in
    page pixel coordinates; one Tesseract run over a list of images."""
    import os
    import tempfile

    exe = shutil.which("tesseract")
    if exe is None:
        raise OcrUnavailable(MISSING_MSG)
    offsets = []
    with tempfile.TemporaryDirectory(prefix="chidao-ocr-") as tmp:
        names = []
        for g, idxs in enumerate(groups):
            x0 = min(data["left"][i] for i in idxs)
            y0 = min(data["top"][i] for i in idxs)
            x1 = max(data["left"][i] + data["width"][i] for i in idxs)
            y1 = max(data["top"][i] + data["height"][i] for i in idxs)
            pad = max(10, (y1 - y0) // 2)
            e = 2  # a little beyond each box: Tesseract's boxes are tight on the ink
            canvas = Image.new("L", (x1 - x0 + 2 * pad, y1 - y0 + 2 * pad), 255)
            for i in idxs:
                l, t = data["left"][i], data["top"][i]
                r, b = l + data["width"][i], t + data["height"][i]
                canvas.paste(img.crop((l - e, t - e, r + e, b + e)), (l - e - x0 + pad, t - e - y0 + pad))
            name = os.path.join(tmp, f"g{g:04d}.png")
            canvas.save(name)
            names.append(name)
            offsets.append((x0 - pad, y0 - pad))
        listing = os.path.join(tmp, "list.txt")
        with open(listing, "w", encoding="utf-8") as fh:
            fh.write("\n".join(names) + "\n")
        try:
            proc = subprocess.run([exe, listing, "stdout", "-l", lang, "--psm", "7", *extra.split(), "tsv"],
                                  capture_output=True,
                                  timeout=timeout or None)
        except subprocess.TimeoutExpired as exc:
            raise TimeoutError(f"OCR timed out re-reading weak words: {exc}") from exc
    out: list[list[dict]] = [[] for _ in groups]
    rows = proc.stdout.decode("utf-8", "replace").splitlines()
    for row in rows[1:]:
        f = row.split("\t")
        if len(f) < 12 or f[0] != "5" or not f[11].strip():
            continue
        g = int(f[1]) - 1
        if not 0 <= g < len(groups):
            continue
        dx, dy = offsets[g]
        out[g].append({"text": f[11], "conf": float(f[10]), "left": int(f[6]) + dx, "top": int(f[7]) + dy,
                       "width": int(f[8]), "height": int(f[9])})
    return out


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
             median: bool | None = None, threshold: int | None = None,
             orient: bool = True, psm: int = 3, extra: str = "",
             deskew: bool = False, alternatives: tuple[dict, ...] = (),
             despeckle: bool | None = None, line_choice: bool | None = None) -> tuple[list[Segment], dict]:
    """Render, clean and OCR one pdfium page; returns segments and facts for ``doc.meta``.

    A page scanned sideways or upside down is turned upright first (:func:`detect_rotation`);
    ``facts['page_size']`` is then the upright page in points, for layout.
    ``median=None`` applies the 3x3 median filter to bitonal scans only.  The keyword
    switches exist for the preprocessing comparison of ``benchmarks/ingest.py
    --ocr-variants``; the defaults are the measured best.  ``alternatives``: other
    Tesseract settings (``{"psm": 6}``, ``{"deskew": True}``) the same prepared page is read
    with too; the reading kept is the one :func:`reading_quality` scores best (ties keep
    the first), and ``facts['setting']`` names it (see :data:`PAGE_ALTERNATIVES`)."""
    check_tesseract(lang)
    native, bitonal = scan_images(page)
    use_dpi = render_dpi(page, dpi, native) if adapt_dpi else float(dpi)
    img, scale = render_page(page, use_dpi, max_pixels)
    rotation, osd_conf = detect_rotation(img, timeout=timeout) if orient else (0, None)
    n_streaks = 0
    # Scanner streaks run along the feed, down the image as scanned; on a page lying
    # sideways the text lines run down it too and would be taken for streaks.
    if streaks and rotation not in (90, 270):
        img, n_streaks = remove_streaks(img)
    if rotation:
        img = img.rotate(-rotation, expand=True, fillcolor=255)  # PIL turns counter-clockwise
    if median or (median is None and bitonal):
        img = img.filter(ImageFilter.MedianFilter(3))
    if threshold is not None:
        img = img.point(lambda p: 255 if p > threshold else 0)
    n_specks = 0
    if despeckle or (despeckle is None and not bitonal):
        img, n_specks = remove_specks(img, scale * 72)
    def read(psm: int, deskew: bool) -> tuple[list[Segment], float]:
        skew, im = 0.0, img
        if deskew:
            skew = find_skew(img)
            if skew:
                im = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
        return ocr_image(im, scale, lang=lang, psm=psm, timeout=timeout, extra=extra), skew

    segs, skew = read(psm, deskew)
    facts = {"dpi": round(scale * 72, 1), "streak_columns": n_streaks, "size": list(img.size),
             "bitonal": bitonal, "median": bool(median or (median is None and bitonal)),
             "rotation": rotation, "orientation_conf": osd_conf, "skew": skew, "specks": n_specks,
             "page_size": [round(img.size[0] / scale, 2), round(img.size[1] / scale, 2)]}
    if alternatives:
        best = reading_quality(segs)
        facts["setting"], facts["quality"] = {"psm": psm, "deskew": deskew}, {"default": round(best, 4)}
        readings = [segs]
        for alt in alternatives:
            a_psm, a_deskew = alt.get("psm", psm), alt.get("deskew", deskew)
            if a_psm == psm and a_deskew and not deskew and not find_skew(img):
                continue  # a level page: deskewing would read the same image again
            other, other_skew = read(a_psm, a_deskew)
            readings.append(other)
            q = reading_quality(other)
            facts["quality"][_setting_name(alt)] = round(q, 4)
            if q > best:
                best, segs = q, other
                facts["setting"], facts["skew"] = {"psm": a_psm, "deskew": a_deskew}, other_skew
        if (LINE_CHOICE if line_choice is None else line_choice) and len(readings) > 1 and not facts.get("skew"):
            segs, facts["lines_swapped"] = choose_lines(segs, [r for r in readings if r is not segs])
    return segs, facts


# Other Tesseract settings each OCR'd page is also read with; ingest keeps the reading the
# language model finds likeliest per word (reading_quality).  Measured on the 17 real scan
# pages with a true text (benchmarks/ocr_settings.py; word errors in order over 9,326 words,
# raw and after the repair cascade): psm 3 alone 292 raw / 115 repaired; the better of psm 3
# and psm 6 by this signal 267 / 111 (by the share of words that are syllables 269 raw).
# '--psm 6' (one uniform block) reads plain body pages better (P06 pp 1, 5, 7, 12: 29 -> 17,
# 12 -> 7 words) and headers, tables and two-column pages far worse (P01-P03), where its
# reading breaks words and scores low.  Deskew as a third choice lowered the raw errors
# further (252; P03 p3 29 -> 10) but not the repaired ones (118: resampling blurs strokes
# into errors the repair cannot set right, P03 pp 1-2 18 -> 27), so it is not a choice;
# '--psm 4' never read a page better.  The cost: a second Tesseract pass per page
# (Config.ocr_choose turns the choice off).  Session 10, on the 26 scan readings (12,728 words):
# psm 3 everywhere 432 raw words wrong, the choice by this signal 401, the oracle (the better
# on the true text) 401 too, the choice by Tesseract's mean word confidence 409: confidences
# have nothing to add to the choice of a page's reading here.
PAGE_ALTERNATIVES: tuple[dict, ...] = ({"psm": 6},)


# Each line of the reading kept may be taken from the other reading of the page instead
# (choose_lines): both readings are made anyway, and a page read better as a whole by one
# setting still has lines the other reads better (a hat's tone, 'vẽ' for 'về').  Measured on
# benchmarks/rendered_ocr.py (36 pages): words wrong as read 824 / 742 -> 813 / 733 (tune /
# never-tune half), after repair 218 / 239 -> 218 / 238 (the repair already mends most of what
# the choice does; measured before the digit guard); no Tesseract time.
LINE_CHOICE = True
LINE_MIN_IOU = 0.8  # share of the two boxes' union they both cover: the same line
LINE_MIN_GAIN = 1.0  # log10: the other reading of the line ten times likelier


def _iou(a: Segment, b: Segment) -> float:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    return inter / ((a.x1 - a.x0) * a.height + (b.x1 - b.x0) * b.height - inter)


_NOT_LETTERS = re.compile(r"[^\W\d_]+")  # letters out: digits, signs and spaces left


def _line_words(text: str) -> list[str]:
    import re

    return re.findall(r"[^\W\d_]+", text.lower())


def choose_lines(segs: list[Segment], others: list[list[Segment]]) -> tuple[list[Segment], int]:
    """The kept reading with each of its lines replaced by another reading's reading of the
    same line when the language model finds that one likelier by :data:`LINE_MIN_GAIN`
    log10.  The same line: the two segments' boxes overlap by :data:`LINE_MIN_IOU` (area
    over union) and each is the other's only such match; the two readings cut the line into
    the same number of words with the same letters up to marks and a few characters
    (:func:`_same_ink`) and the same digits, signs and spaces, so only the choice of letters
    and marks is made, never a word lost or added nor a number changed.  A line ingest drops
    as scan noise (:func:`pipeline.ingest.pdf.is_ocr_noise`: a stamp, scribble) is never
    swapped in or out.  Returns the segments and how many lines were replaced."""
    from pipeline.ingest.pdf import is_ocr_noise
    from pipeline.repair.lm import load_model

    lm = load_model()
    out = list(segs)
    swapped = 0
    for other in others:
        for k, seg in enumerate(out):
            mine = _line_words(seg.text)
            if not mine or is_ocr_noise(seg):
                continue  # (a stamp or scribble dropped as noise stays dropped)
            cands = [o for o in other if _iou(seg, o) >= LINE_MIN_IOU]
            if len(cands) != 1:
                continue
            cand = cands[0]
            if sum(1 for s in out if _iou(s, cand) >= LINE_MIN_IOU) != 1:
                continue
            if is_ocr_noise(cand):
                continue
            theirs = _line_words(cand.text)
            if len(theirs) != len(mine) or cand.text == seg.text or not _same_ink(seg.text, cand.text) \
                    or _NOT_LETTERS.sub("", cand.text) != _NOT_LETTERS.sub("", seg.text):
                continue  # a word lost, added or cut, or a digit or sign read otherwise
            def score(ws: list[str]) -> float:
                return lm.score_text(" ".join(ws)) + UNKNOWN_WORD_COST * sum(1 for w in ws if not lm.is_syllable(w))
            if score(theirs) >= score(mine) + LINE_MIN_GAIN:
                out[k] = cand
                swapped += 1
    return out, swapped


def _setting_name(alt: dict) -> str:
    return " ".join(f"{k} {v}" for k, v in sorted(alt.items()))


def reading_quality(segs: list[Segment]) -> float:
    """The shipped language model's log10 score per word of the kept segments (not scan
    noise), read as one lower-case text: a reading that breaks words, runs them together,
    misreads letters or loses marks is less likely Vietnamese.  Needs no true text; -99.0
    for a page without words."""
    from pipeline.ingest.pdf import is_ocr_noise

    return text_quality("\n".join(s.text for s in segs if not is_ocr_noise(s)))


def text_quality(text: str) -> float:
    """:func:`reading_quality` of a reading's text."""
    import re

    from pipeline.repair.lm import load_model

    text = text.lower()
    toks = re.findall(r"[^\W\d_]+", text)
    if not toks:
        return -99.0
    lm = load_model()
    unknown = sum(1 for w in toks if not lm.is_syllable(w))
    return (lm.score_text(text) + UNKNOWN_WORD_COST * unknown) / len(toks)


# log10 charged per word that is no syllable, on top of the model's own unknown-word
# probability (which is no lower than a rare syllable's: a reading that breaks words, 'tậ
# ptrung đầ utư', would score as well per word as the whole one): a reading of broken words
# must not pass for a good one.
UNKNOWN_WORD_COST = -2.0


def find_skew(img: Image.Image, max_deg: float = 2.0, step: float = 0.1, min_deg: float = 0.15) -> float:
    """The small rotation (degrees, counter-clockwise as PIL turns) that makes the text lines
    level, by the projection-profile method: the angle whose row sums of dark pixels vary
    most (text rows and the gaps between them line up).  Measured on a 4x smaller copy; 0.0
    when the best angle is under ``min_deg`` (not worth a resampling)."""
    small = img.resize((max(1, img.width // 4), max(1, img.height // 4)), Image.BILINEAR)
    dark = Image.fromarray(((np.asarray(small) < 160) * 255).astype(np.uint8))
    best, best_score = 0.0, -1.0
    n = int(round(max_deg / step))
    for k in range(-n, n + 1):
        a = k * step
        prof = np.asarray(dark.rotate(a, resample=Image.NEAREST, fillcolor=0), dtype=np.float32).sum(axis=1)
        score = float(np.var(np.diff(prof)))
        if score > best_score:
            best, best_score = a, score
    return best if abs(best) >= min_deg else 0.0


OSD_MIN_CONF = 2.0  # Tesseract's orientation confidence needed to turn a page (upright text
# scores 15-21 on the samples; a page of a few words or only a picture scores below 1)
OSD_MAX_SIDE = 1800  # pixels: orientation is found as well on a smaller copy, 30 % faster


def detect_rotation(img: Image.Image, timeout: float | None = None) -> tuple[int, float | None]:
    """(clockwise degrees that set the page upright, confidence) by Tesseract's orientation
    and script detection (``--psm 0``, the 'osd' model shipped with tesseract-ocr).

    Why OSD rather than OCR'ing the four orientations and keeping the most Vietnamese one:
    it costs 0.5-0.8 s a page against 4-5 s per extra OCR pass, and it was right on every
    orientation of the generated scan (confidence 15-21).  A page it cannot judge (too few
    characters) is left as it is."""
    import pytesseract

    small = img
    if max(img.size) > OSD_MAX_SIDE:
        f = OSD_MAX_SIDE / max(img.size)
        small = img.resize((max(1, int(img.width * f)), max(1, int(img.height * f))), Image.LANCZOS)
    try:
        osd = pytesseract.image_to_osd(small, config="--psm 0", output_type=pytesseract.Output.DICT,
                                       timeout=timeout or 0)
    except pytesseract.TesseractError:
        return 0, None  # 'Too few characters', an empty page
    except RuntimeError as exc:  # pytesseract's timeout
        raise TimeoutError(f"OCR timed out finding the page orientation: {exc}") from exc
    rotate, conf = int(osd.get("rotate", 0)) % 360, float(osd.get("orientation_conf", 0.0))
    if rotate not in (90, 180, 270) or conf < OSD_MIN_CONF:
        return 0, conf
    return rotate, conf
