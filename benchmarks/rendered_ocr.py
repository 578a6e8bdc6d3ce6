"""Rendered-scan OCR benchmark: clean real directives printed as office pages, degraded as
scanners and photocopiers do, read by the real Tesseract through chidao's own ingest, then
repaired.  One command:

    .venv/bin/python benchmarks/rendered_ocr.py [--full] [--half tune|test|both] [--verbose]

Why: the repair's OCR rules were tuned on 35 real readings (samples/real_ocr) and the search
indexes hold no more scanned images.  This is a second, honest source of OCR errors: the
errors are Tesseract's own on real text, not a model of them (benchmarks/corrupt.py's 'ocr'
kind is a model).

How:

1. Texts: a fixed list of samples/unseen_repair texts (:data:`TUNE`, :data:`TEST`), real
   directives the OCR repair was never tuned on.  Their prose lines (markdown table rows and
   rules left out) are set as A4 pages the way offices print them: DejaVu Serif (the one
   Vietnamese serif font on the machine; Times New Roman is not installed), 13-14 pt,
   justified, first-line indent, 3 cm left margin, all-capital title lines in bold.  Each
   paragraph is wrapped; a printed line is the unit of truth.
2. Degradations (:data:`DEGRADATIONS`, seeded per text and degradation): scan resolution
   150-300 dpi, blur, Gaussian noise, slight skew, JPEG, bitonal threshold (a photocopy or
   fax), thinner or fatter strokes.  The page is drawn at 600 dpi and scaled down to the
   scan resolution, then degraded.
3. The page image is wrapped as a one-page image-only PDF at its scan resolution and read by
   ``pipeline.ingest.ingest`` exactly as ``chidao run`` reads a scan (render, streak removal,
   median filter on bitonal pages, Tesseract ``vie`` psm 3 and psm 6 with the choice, weak
   words read again, noise lines dropped, word confidences); the document comes back marked
   OCR'd and is repaired by ``pipeline.repair.repair``.
4. Alignment: each line ingest returns is placed on the printed line whose band holds its
   centre (the skew is known, so the centre is turned back first); lines on the same
   printed line are joined left to right; a line on no printed line is scan noise (truth
   empty, as in samples/real_ocr); a printed line nothing was read on is counted 'lost' and
   not scored (the repair cannot restore a line, as the real readings leave lost lines out).
5. Scored with the repair benchmark's own measure (``pipeline.eval.score_repair_lines``:
   vnscore's WER, white space and old/new tone placement folded): raw word errors, after
   repair, error reduction, lines damaged (right as read, wrong after repair).

The texts are split in a tune half (look at its errors, write rules) and a never-tune half
(only measured); both are printed.  The default is small: one page per text, three
degradations, 36 page readings in 2 worker processes (measured 10-15 min wall on the shared
2-core machine under a load of 10-18, Tesseract nearly all of it; ``--half tune`` or ``test``
halves it, and with ``--cache DIR`` a second run that only changes the repair takes about
2 min per half).  ``--full`` reads two pages per text with all six degradations.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import math
import os
import pickle
import random
import re
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402

UNSEEN = ROOT / "samples" / "unseen_repair"

# Fixed split (never change it to chase a number): tune = look at errors and write rules;
# test = measured only.  Prose-rich texts of different issuers and years.
TUNE = ("m3", "m4", "m5", "m14", "o2", "k6")
TEST = ("m1", "m6", "o1", "o8", "k4", "k10")

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_REGULAR = FONT_DIR / "DejaVuSerif.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSerif-Bold.ttf"

PAGE_W_PT, PAGE_H_PT = 595.0, 842.0  # A4
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 85.0, 57.0, 57.0, 57.0  # 3 cm / 2 cm / 2 cm / 2 cm
DRAW_DPI = 600
# --cache DIR: ingest's reading of each scan image is kept there (keyed by the image), so
# that repair changes can be measured again without running Tesseract; clear it when
# pipeline/ingest changes.  Off by default.
CACHE: Path | None = None


@dataclass(frozen=True)
class Degradation:
    name: str
    dpi: int            # scan resolution
    size: float = 13.0  # font size in points
    blur: float = 0.0   # Gaussian blur radius at the scan resolution, pixels
    noise: float = 0.0  # Gaussian noise sigma (0-255 grey levels)
    skew: float = 0.0   # degrees, maximum (the seed picks a sign and a size up to it)
    jpeg: int = 0       # JPEG quality (0: none)
    bitonal: int = 0    # threshold for a 1-bit image (0: grey); lower = thinner strokes
    ink: int = 0        # grey of the ink (0 black; a pale copy prints grey)
    specks: float = 0.0  # share of pixels turned into dark specks (dust, toner)
    copies: int = 0     # earlier photocopy generations (each a blur and a threshold at 300 dpi)


DEGRADATIONS: tuple[Degradation, ...] = (
    # a fax or a 150 dpi bitonal scan of a light print: thin, broken strokes
    Degradation("fax150 bitonal thin", 150, 13.0, blur=0.8, noise=15, skew=0.8, bitonal=110),
    # a pale photocopy scanned bitonal at 300 dpi, with toner specks: marks break off
    Degradation("light copy300 bitonal", 300, 13.0, blur=1.0, noise=20, skew=0.3, bitonal=105, ink=70,
                specks=0.001),
    # a grey 200 dpi scan saved as a low-quality JPEG, faded ink, dust
    Degradation("scan200 grey jpeg dust", 200, 13.0, blur=0.9, noise=12, skew=0.5, jpeg=35, ink=50,
                specks=0.001),
    # --full only:
    Degradation("scan300 grey jpeg", 300, 13.0, blur=0.6, noise=6, skew=0.4, jpeg=75),
    Degradation("copy of a copy 200 bitonal", 200, 13.0, blur=0.5, noise=10, skew=0.6, bitonal=130, copies=2),
    Degradation("fax150 bitonal 14pt", 150, 14.0, blur=0.7, noise=18, skew=0.6, bitonal=120),
)
DEFAULT_DEGRADATIONS = 3


# -- texts -----------------------------------------------------------------------------------

def text_path(prefix: str) -> Path:
    hits = sorted(p for p in UNSEEN.glob(f"{prefix}_*.txt"))
    if len(hits) != 1:
        raise FileNotFoundError(f"{prefix}: {len(hits)} files in {UNSEEN}")
    return hits[0]


def prose_lines(text: str) -> list[str]:
    """The lines of a text set as paragraphs: markdown table rows and rules, '<...>' markup
    and '[…]' gaps left out, white space folded."""
    out = []
    for raw in unicodedata.normalize("NFC", text).replace("\r\n", "\n").split("\n"):
        s = " ".join(raw.split())
        if not s or s.startswith("|") or re.fullmatch(r"[-=_*#\s|:]+", s) or s.startswith("<") \
                or s in ("[…]", "[...]"):
            continue
        s = re.sub(r"^#+\s*", "", s).replace("**", "")
        if s:
            out.append(s)
    return out


# -- rendering -------------------------------------------------------------------------------

@dataclass
class PrintedLine:
    text: str
    top: float     # points, on the upright page before skew
    bottom: float


def _is_title(par: str) -> bool:
    letters = [c for c in par if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(par) < 120


def layout_pages(paragraphs: list[str], size: float, max_pages: int) -> list[list[tuple[PrintedLine, list[str], bool, bool, float]]]:
    """Wrap paragraphs into printed lines on A4 pages.  Per line: (PrintedLine, words,
    bold, justified, x indent in points).  Stops after ``max_pages``."""
    scale = DRAW_DPI / 72
    fonts = {b: ImageFont.truetype(str(FONT_BOLD if b else FONT_REGULAR), int(round(size * scale)))
             for b in (False, True)}
    width = PAGE_W_PT - MARGIN_L - MARGIN_R
    lead = size * 1.3
    indent = 36.0  # 1.27 cm first-line indent
    pages: list[list] = [[]]
    y = MARGIN_T
    for par in paragraphs:
        bold = _is_title(par)
        font = fonts[bold]
        space = font.getlength(" ") / scale
        words = par.split()
        rows: list[list[str]] = []
        row: list[str] = []
        cur = 0.0
        avail = width - (0 if bold else indent)
        for w in words:
            wl = font.getlength(w) / scale
            if row and cur + space + wl > avail:
                rows.append(row)
                row, cur, avail = [w], wl, width
            else:
                cur = cur + (space if row else 0) + wl
                row.append(w)
        if row:
            rows.append(row)
        for k, r in enumerate(rows):
            if y + lead > PAGE_H_PT - MARGIN_B:
                if len(pages) >= max_pages:
                    return pages
                pages.append([])
                y = MARGIN_T
            x = 0.0 if bold else (indent if k == 0 else 0.0)
            if bold:  # centred
                line_w = sum(font.getlength(w) for w in r) / scale + space * (len(r) - 1)
                x = max(0.0, (width - line_w) / 2)
            justified = not bold and k < len(rows) - 1
            pages[-1].append((PrintedLine(" ".join(r), y, y + lead), r, bold, justified, x))
            y += lead
        y += size * 0.3  # paragraph spacing
    return pages


def draw_page(lines: list, size: float) -> Image.Image:
    """The page at DRAW_DPI, grey, black ink on white."""
    scale = DRAW_DPI / 72
    img = Image.new("L", (int(PAGE_W_PT * scale), int(PAGE_H_PT * scale)), 255)
    d = ImageDraw.Draw(img)
    fonts = {b: ImageFont.truetype(str(FONT_BOLD if b else FONT_REGULAR), int(round(size * scale)))
             for b in (False, True)}
    width = (PAGE_W_PT - MARGIN_L - MARGIN_R) * scale
    for pl, words, bold, justified, x in lines:
        font = fonts[bold]
        x0 = (MARGIN_L + x) * scale
        y0 = pl.top * scale + (pl.bottom - pl.top - size) * scale / 2
        ws = [font.getlength(w) for w in words]
        if justified and len(words) > 1:
            gap = (width - x * scale - sum(ws)) / (len(words) - 1)
        else:
            gap = font.getlength(" ")
        cx = x0
        for w, wl in zip(words, ws):
            d.text((cx, y0), w, font=font, fill=0)
            cx += wl + gap
    return img


def degrade(img: Image.Image, deg: Degradation, seed: int) -> tuple[Image.Image, float]:
    """Scan the DRAW_DPI page as ``deg`` says; returns the scan image and the skew applied
    (degrees, counter-clockwise as PIL turns)."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    skew = rng.uniform(0.4, 1.0) * deg.skew * rng.choice((-1, 1))
    w, h = img.size
    im = img
    if deg.ink:
        im = im.point(lambda p: deg.ink + p * (255 - deg.ink) // 255)
    if skew:
        im = im.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if deg.copies:  # a copy of a copy: each generation spreads the toner and thresholds it again
        im = im.resize((w // 2, h // 2), Image.LANCZOS)
        for _ in range(deg.copies):
            im = im.filter(ImageFilter.GaussianBlur(1.2)).point(lambda p: 255 if p > 128 else 0)
        w, h = im.size
    f = deg.dpi / (DRAW_DPI if not deg.copies else DRAW_DPI // 2)
    im = im.resize((int(w * f), int(h * f)), Image.LANCZOS)
    if deg.blur:
        im = im.filter(ImageFilter.GaussianBlur(deg.blur))
    if deg.noise:
        a = np.asarray(im, dtype=np.float32) + nrng.normal(0, deg.noise, (im.size[1], im.size[0]))
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    if deg.specks:
        a = np.asarray(im, dtype=np.uint8).copy()
        mask = nrng.random(a.shape) < deg.specks
        a[mask] = nrng.integers(0, 90, int(mask.sum()), dtype=np.uint8)
        im = Image.fromarray(a, "L")
    if deg.jpeg:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=deg.jpeg)
        im = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    if deg.bitonal:
        im = im.point(lambda p: 255 if p > deg.bitonal else 0).convert("1")
    return im, skew


def image_pdf(im: Image.Image, dpi: int, path: Path) -> None:
    """A one-page image-only PDF of ``im`` at ``dpi`` (as a scanner writes one)."""
    im.save(path, "PDF", resolution=float(dpi))


# -- reading, alignment, scoring -------------------------------------------------------------

def unskew_y(cx: float, cy: float, skew: float) -> float:
    """The y (points) on the upright page of a point seen at (cx, cy) on the skewed scan
    (PIL turns counter-clockwise about the centre)."""
    if not skew:
        return cy
    t = math.radians(skew)
    dx, dy = cx - PAGE_W_PT / 2, cy - PAGE_H_PT / 2
    # image y runs down: a CCW turn by t maps (dx, dy) to (dx cos t + dy sin t, -dx sin t + dy cos t)
    return PAGE_H_PT / 2 + dx * math.sin(t) + dy * math.cos(t)


def align(printed: list[PrintedLine], read: list[tuple[str, tuple | None]], skew: float) -> tuple[list[int | None], int]:
    """For each read line (text, bbox in points), the index of the printed line whose band
    holds its centre, or None (scan noise); and how many printed lines got no read line."""
    out: list[int | None] = []
    for _text, bbox in read:
        if bbox is None:
            out.append(None)
            continue
        cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
        y = unskew_y(cx, cy, skew)
        best, dist = None, None
        for i, pl in enumerate(printed):
            mid = (pl.top + pl.bottom) / 2
            dd = abs(y - mid)
            if dd <= (pl.bottom - pl.top) * 0.6 and (dist is None or dd < dist):
                best, dist = i, dd
        out.append(best)
    lost = len(set(range(len(printed))) - {i for i in out if i is not None})
    return out, lost


def grouped(printed: list[PrintedLine], read: list[tuple[str, tuple | None]], repaired: list[str],
            where: list[int | None]) -> tuple[list[str], list[str], list[str]]:
    """Raw, repaired and true lines, one per printed line read at all plus one per noise
    line (truth empty)."""
    groups: dict[int, list[int]] = {}
    raw, pred, gold = [], [], []
    for j, i in enumerate(where):
        if i is None:
            raw.append(read[j][0])
            pred.append(repaired[j])
            gold.append("")
        else:
            groups.setdefault(i, []).append(j)
    for i in sorted(groups):
        js = sorted(groups[i], key=lambda j: read[j][1][0])
        raw.append(" ".join(read[j][0] for j in js))
        pred.append(" ".join(repaired[j] for j in js))
        gold.append(printed[i].text)
    return raw, pred, gold


def read_page(lines: list, deg: Degradation, seed: int) -> dict:
    """Print ``lines`` (from :func:`layout_pages`), scan them as ``deg`` with ``seed``, read
    the page with chidao's ingest and repair it: raw, repaired and true lines aligned
    (:func:`grouped`), printed lines lost, OCR wall seconds and repair CPU seconds."""
    from pipeline.config import Config
    from pipeline.ingest import ingest
    from pipeline.repair import repair

    img = draw_page(lines, deg.size)
    scan, skew = degrade(img, deg, seed)
    key = hashlib.sha1(scan.tobytes() + repr((scan.mode, scan.size, deg.dpi)).encode()).hexdigest()
    hit = CACHE / f"{key}.pickle" if CACHE else None
    t0 = time.perf_counter()
    if hit is not None and hit.exists():
        doc = pickle.loads(hit.read_bytes())
    else:
        with tempfile.TemporaryDirectory() as td:
            pdf = Path(td) / "page.pdf"
            image_pdf(scan, deg.dpi, pdf)
            doc = ingest(pdf, Config())
        if hit is not None:
            hit.parent.mkdir(parents=True, exist_ok=True)
            hit.write_bytes(pickle.dumps(doc))
    ocr_s = time.perf_counter() - t0
    read = [(ln.text, ln.bbox) for ln in doc.lines]
    t0 = time.process_time()
    doc = repair(doc, Config())
    repair_s = time.process_time() - t0
    repaired = [ln.text for ln in doc.lines]
    printed = [pl for pl, *_ in lines]
    where, lost = align(printed, read, skew)
    raw, pred, gold = grouped(printed, read, repaired, where)
    return {"raw": raw, "pred": pred, "gold": gold, "lost": lost, "printed": len(printed),
            "ocr_s": ocr_s, "repair_s": repair_s, "ocr": bool(doc.meta.get("ocr"))}


def run_one(job: tuple[str, str, int, int, bool]) -> dict:
    """Render, degrade, ingest, repair and score one text under one degradation."""
    from pipeline.eval import repair_words, score_repair_lines

    global CACHE
    if os.environ.get("CHIDAO_RENDERED_OCR_CACHE"):
        CACHE = Path(os.environ["CHIDAO_RENDERED_OCR_CACHE"])
    prefix, half, di, pages, verbose = job
    deg = DEGRADATIONS[di]
    path = text_path(prefix)
    paras = prose_lines(path.read_text(encoding="utf-8"))
    laid = layout_pages(paras, deg.size, pages)
    seed = sum(map(ord, prefix)) * 1000 + di
    res = {"text": prefix, "half": half, "deg": deg.name, "words": 0, "err_in": 0, "err_out": 0,
           "damaged": 0, "lost": 0, "printed": 0, "ocr_s": 0.0, "repair_s": 0.0, "diffs": []}
    for pno, lines in enumerate(laid):
        page = read_page(lines, deg, seed + 101 * pno)
        raw, pred, gold = page["raw"], page["pred"], page["gold"]
        s = score_repair_lines(raw, pred, gold)
        for k in ("words", "err_in", "err_out", "damaged"):
            res[k] += s[k]
        for k in ("lost", "printed", "ocr_s", "repair_s"):
            res[k] += page[k]
        if verbose:
            for b, p, g in zip(raw, pred, gold):
                if repair_words(p) != repair_words(g) or repair_words(b) != repair_words(g):
                    res["diffs"].append((b, p, g))
    return res


def jobs_for(full: bool, half: str, verbose: bool, only: str | None = None,
             carry: tuple[str, ...] | None = None) -> list[tuple[str, str, int, int, bool]]:
    """The (text, half, degradation, pages, verbose) jobs; ``carry``: these texts alone, as the
    half 'carry'."""
    degs = range(len(DEGRADATIONS)) if full else range(DEFAULT_DEGRADATIONS)
    if only:
        degs = [int(x) for x in only.split(",")]
    pages = 2 if full else 1
    texts = ([(p, "tune") for p in TUNE] if half in ("tune", "both") else []) + \
            ([(p, "test") for p in TEST] if half in ("test", "both") else [])
    if carry:
        texts = [(p, "carry") for p in carry]
    return [(p, h, d, pages, verbose) for d in degs for p, h in texts]


def _row(label: str, t: dict) -> str:
    red = 1 - t["err_out"] / t["err_in"] if t["err_in"] else float("nan")
    return (f"{label:28} {t['words']:6d} {t['err_in']:6d} {t['err_out']:6d} {t['err_in'] / max(t['words'], 1):7.4f} "
            f"{t['err_out'] / max(t['words'], 1):7.4f} {red:8.2%} {t['damaged']:7d} {t['lost']:4d}/{t['printed']:<4d}")


def table(results: list[dict]) -> None:
    head = f"{'degradation':28} {'words':>6} {'errIn':>6} {'errOut':>6} {'WER in':>7} {'WER out':>7} {'reduct.':>8} {'damaged':>7} {'lost':>9}"
    for half in ("tune", "test", "carry"):
        rs = [r for r in results if r["half"] == half]
        if not rs:
            continue
        names = TUNE if half == "tune" else TEST if half == "test" else tuple(dict.fromkeys(r["text"] for r in rs))
        print(f"\n{half} half ({', '.join(names)})")
        print(head)
        print("-" * len(head))
        tot = {k: 0 for k in ("words", "err_in", "err_out", "damaged", "lost", "printed")}
        for deg in dict.fromkeys(r["deg"] for r in rs):
            t = {k: sum(r[k] for r in rs if r["deg"] == deg) for k in tot}
            print(_row(deg, t))
            for k in tot:
                tot[k] += t[k]
        print(_row("all", tot))
    print("\n(errIn/errOut: words wrong as read / after repair; damaged: lines right as read, wrong after; "
          "lost: printed lines nothing was read on, not scored)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--full", action="store_true", help="two pages per text, all degradations")
    ap.add_argument("--half", choices=("tune", "test", "both"), default="both")
    ap.add_argument("--degradations", default=None,
                    help="comma-separated indexes into DEGRADATIONS to run (default: the first three, all with --full)")
    ap.add_argument("--cache", type=Path, default=None,
                    help="keep ingest's reading of each scan image in this folder (for re-measuring repair changes; "
                         "clear it when pipeline/ingest changes)")
    ap.add_argument("--texts", default=None,
                    help="comma-separated unseen_repair prefixes to read instead of the halves, scored as a 'carry' "
                         "half (a carry-over batch: texts never rendered, e.g. real_ocr batch lr)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--verbose", action="store_true", help="print each wrong line (raw / repaired / true)")
    ap.add_argument("--per-text", action="store_true", help="print a row per text and degradation")
    args = ap.parse_args(argv)
    from pipeline.ingest.ocr import OcrUnavailable, check_tesseract

    try:
        check_tesseract("vie")
    except OcrUnavailable as exc:
        print(exc)
        return 2
    if args.workers > 1:
        # one Tesseract thread per worker: two workers of four OpenMP threads each on two
        # cores only wait on one another (the reading is the same)
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if args.cache:
        os.environ["CHIDAO_RENDERED_OCR_CACHE"] = str(args.cache.resolve())
    jobs = jobs_for(args.full, args.half, args.verbose, args.degradations,
                    tuple(args.texts.split(",")) if args.texts else None)
    t0 = time.perf_counter()
    if args.workers > 1:
        from multiprocessing import get_context

        with get_context("spawn").Pool(args.workers) as pool:
            results = pool.map(run_one, jobs, chunksize=1)
    else:
        results = [run_one(j) for j in jobs]
    if args.per_text:
        for r in results:
            print(_row(f"{r['text']} {r['deg']}"[:28], r))
    if args.verbose:
        for r in results:
            for b, p, g in r["diffs"]:
                print(f"[{r['half']} {r['text']} {r['deg']}]\n   IN  {b[:140]}\n   OUT {p[:140]}\n   GOLD{g[:140]}")
    table(results)
    print(f"{len(jobs)} pages-sets in {time.perf_counter() - t0:.0f} s wall; OCR {sum(r['ocr_s'] for r in results):.0f} s, "
          f"repair {sum(r['repair_s'] for r in results):.1f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
