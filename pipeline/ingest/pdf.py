"""PDF files: text layer where it is usable, OCR where it is not, page by page.

For each page (streamed: only the extracted segments are kept, never the page objects):

1. the text layer is read with pdfium (:mod:`pipeline.ingest.pdftext`), or with pdfplumber
   when pdfium meets glyphs without a Unicode mapping (pdfminer keeps them as '(cid:NN)')
   or the page uses a font whose /Differences glyph names pdfium ignores
   (:mod:`pipeline.ingest.fontenc`; pdfminer maps them);
2. the page is OCR'd (:mod:`pipeline.ingest.ocr`) when it has no text layer, or when its
   text layer is not Vietnamese (an OCR layer made without the Vietnamese model, realdocs
   P01/P03: 'CONG Hcok xA HQI CHiJ NGHiA') and its fonts do not announce a legacy encoding
   ('.VnTime', 'VNI-Times': those pages look foreign but the repair stage decodes them);
3. running headers/footers are marked over the whole document (:mod:`pipeline.ingest.running`),
   then each page is put in reading order with its header/tail columns unfolded
   (:mod:`pipeline.ingest.layout`) and the lines are marked where the sentence goes on
   (:mod:`pipeline.ingest.paragraphs`).

Bounded: at most ``Config.max_pages`` pages (else :data:`DEFAULT_MAX_PAGES`), rendering
capped at :data:`pipeline.ingest.ocr.MAX_PIXELS`, and the reader stops between pages once
``Config.timeout`` is nearly spent, returning what it has with status 'partial'.  The batch
runner's per-file child process is the hard limit; these checks make it rarely needed.
"""
from __future__ import annotations

import re
import time
from pathlib import Path

from pipeline.config import Config
from pipeline.ingest import IngestError
from pipeline.ingest.layout import Segment, order_page
from pipeline.ingest.paragraphs import mark_continuations
from pipeline.ingest.running import mark_running
from pipeline.model import STATUS_PARTIAL, Document, Line
from pipeline.vietnamese import vietnamese_score

DEFAULT_MAX_PAGES = 2000
# Font names that announce an 8-bit Vietnamese encoding (TCVN3 '.VnTime', VNI 'VNI-Times')
LEGACY_FONT_RE = re.compile(r"(^|[^A-Za-z])\.?Vn[A-Z]|^VNI|[^A-Za-z]VNI", re.ASCII)
MIN_LETTERS = 20  # fewer letters than this on a page with an image: treat as a scan
OCR_NOISE = 0.35  # an OCR line whose mean word confidence is below this is a stamp, a
# signature or handwriting read as letters ('nhYỆN THÕt :' from P05's received stamp): it is
# left out of the lines and kept in doc.meta['ocr_pages'][page]['dropped'] for the reviewer.
OCR_NOISE_NO_LETTERS = 0.5  # the same for a line without a letter: a signature's flourish
# read as '1⁄1' (P04, 0.38); page numbers and dates alone on a line read at 0.8-0.96.


def is_ocr_noise(seg: Segment) -> bool:
    """An OCR'd line that is a stamp, a signature or a speck rather than text."""
    if seg.conf is None:
        return False
    if not any(ch.isalpha() for ch in seg.text):
        return seg.conf < OCR_NOISE_NO_LETTERS
    return seg.conf < OCR_NOISE
NOT_VIETNAMESE = 0.35  # vietnamese_score below this (clean text scores 1.0, P01 0.01, P03 ~0.3)
OCR_LAYER_MIN = 0.7  # an invisible (OCR) text layer must score at least this to be kept


def _open(path: Path):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        second = _second_opinion(path)
        if second:
            raise IngestError(second) from exc
        if "password" in msg.lower():
            raise IngestError("encrypted PDF: it needs a password to open (no empty user password)") from exc
        if "format" in msg.lower() or "file" in msg.lower():
            raise IngestError(f"corrupt or truncated PDF ({msg})") from exc
        raise IngestError(f"cannot open PDF ({msg})") from exc


def _second_opinion(path: Path) -> str | None:
    """Why PDFium could not open the file, asked of qpdf (pikepdf).  PDFium's error is its last
    error code, which a load that fails early does not set: a PDF without pages was 'PDFium:
    Success', or 'needs a password' when the file before it was encrypted."""
    try:
        import pikepdf
    except ImportError:
        return None
    try:
        with pikepdf.open(path) as pdf:
            if len(pdf.pages) == 0:
                return "PDF has no pages"
    except pikepdf.PasswordError:
        return "encrypted PDF: it needs a password to open (no empty user password)"
    except Exception as exc:  # noqa: BLE001 - qpdf's own error names the damage
        return f"corrupt or truncated PDF ({type(exc).__name__}: {str(exc)[:200]})"
    return None


def is_legacy_font(name: str) -> bool:
    return bool(LEGACY_FONT_RE.search(name))


def _page_has_image(page) -> bool:
    try:
        return any(obj.type == 3 for obj in page.get_objects(max_depth=2))
    except Exception:  # noqa: BLE001
        return False


def needs_ocr(segs: list[Segment], info: dict, has_image) -> str | None:
    """Why a page must be OCR'd ('no text layer', 'text layer not Vietnamese'), else None.

    ``has_image`` is a callable, asked only when the text layer is in doubt: walking a
    page's objects costs more than reading its text."""
    text = " ".join(s.text for s in segs)
    letters = sum(ch.isalpha() for ch in text)
    if letters < MIN_LETTERS:
        return "no text layer" if has_image() else None
    if any(is_legacy_font(f) for f in info.get("fonts", ())):
        return None
    # 3,000 characters tell a Vietnamese text layer from a foreign or garbled one as well as
    # a whole page does (clean pages score 0.9-1.0, P01/P03's layers 0.01-0.38); the cap
    # bounds the cost of a dense page (a Công báo page, ~2,300 characters, costs 0.7 ms)
    score = vietnamese_score(text, sample=3000)
    if info.get("invisible", 0) > info["chars"] / 2:
        # An invisible layer is some OCR engine's reading of the scan underneath; unless it
        # reads as clean Vietnamese, Tesseract's Vietnamese model does better (P03's layer,
        # 'Két 1un cüa ThuOrig trrc Thành üy', scores 0.25-0.38; clean text 0.9-1.0).
        if score < OCR_LAYER_MIN and has_image():
            return "OCR text layer not Vietnamese"
        return None
    if score < NOT_VIETNAMESE and has_image():
        return "text layer not Vietnamese"
    return None


def read_pdf(path: Path, doc: Document, config: Config) -> Document:
    from pipeline.ingest.fontenc import pages_needing_encoding
    from pipeline.ingest.pdftables import page_names_task_columns, replace_with_rows, ruled_task_tables
    from pipeline.ingest.pdftext import FontCache, page_segments, page_segments_plumber

    started = time.monotonic()
    # stop reading pages at 75 % of the per-file limit: repair and extract need the rest
    budget = (config.timeout or 0) * 0.75 or None
    pdf = _open(path)
    plumber = None
    try:
        total = len(pdf)
        if total == 0:
            raise IngestError("PDF has no pages")
        limit = min(total, config.max_pages or DEFAULT_MAX_PAGES)
        fonts = FontCache()
        named_glyph_pages = pages_needing_encoding(path, limit)
        pages: list[list[Segment]] = []
        sizes: list[tuple[float, float]] = []
        methods: list[str] = []
        reasons: dict[int, str] = {}
        page_errors: dict[int, str] = {}
        ocr_pages: dict[int, dict] = {}
        all_fonts: set[str] = set()
        t_text = t_ocr = 0.0
        n_ocr = 0  # pages OCR'd so far (their pace decides whether a page is read twice)
        ocr_error = None
        stopped = None
        table_cols: int | None = None  # columns of a ruled task table on the page before
        n_table_rows = 0
        for i in range(limit):
            if budget is not None and time.monotonic() - started > budget:
                stopped = f"time limit: stopped after {i} of {total} pages"
                break
            t0 = time.perf_counter()
            segs: list[Segment] = []
            method = "text"
            try:
                page = pdf[i]
                w, h = page.get_size()
                segs, info = page_segments(page, fonts)
                # any glyph without Unicode (pdfminer keeps its code), or a font whose glyph
                # names pdfium ignores (pdfminer maps them; see pipeline.ingest.fontenc)
                if info["unmapped"] or i in named_glyph_pages:
                    try:
                        plumber = plumber or _open_plumber(path)
                        segs = page_segments_plumber(plumber.pages[i])
                        method = "text-pdfplumber"
                        info["fonts"] |= {f.font for s in segs for f in s.fonts}
                    except Exception as exc:  # noqa: BLE001 - pdfminer failed: keep pdfium's reading
                        doc.warnings.append(f"page {i + 1}: pdfplumber failed ({type(exc).__name__}: {exc}); "
                                            "glyphs without Unicode are shown as U+FFFD")
                all_fonts |= info["fonts"]
                t_text += time.perf_counter() - t0
                why = needs_ocr(segs, info, lambda: _page_has_image(page))
                if why:
                    reasons[i + 1] = why
                    if not config.ocr:
                        page_errors[i + 1] = f"{why}; OCR is turned off"
                    elif ocr_error is None:
                        t1 = time.perf_counter()
                        try:
                            from pipeline.ingest.ocr import PAGE_ALTERNATIVES, ocr_page

                            remaining = None if budget is None else max(budget - (time.monotonic() - started), 5)
                            alternatives = PAGE_ALTERNATIVES if config.ocr_choose else ()
                            if alternatives and remaining is not None and n_ocr and \
                                    t_ocr / n_ocr * (limit - i) > remaining:
                                # the pages left would not all be read at this pace: one
                                # pass each (a second reading is a gain, a page lost is not)
                                alternatives = ()
                            segs, facts = ocr_page(page, dpi=config.ocr_dpi, lang=config.ocr_lang,
                                                   timeout=remaining, alternatives=alternatives)
                            n_ocr += 1
                            method = "ocr"
                            if facts.get("rotation") in (90, 270):
                                w, h = h, w  # the OCR'd page lay sideways: lines are upright now
                            dropped = [s for s in segs if is_ocr_noise(s)]
                            if dropped:
                                segs = [s for s in segs if s not in dropped]
                                facts["dropped"] = [{"text": s.text, "conf": s.conf} for s in dropped]
                            ocr_pages[i + 1] = facts
                        except Exception as exc:  # noqa: BLE001 - OCR missing or failed: keep the layer
                            ocr_error = str(exc)
                            page_errors[i + 1] = f"{why}; OCR failed: {exc}"
                        t_ocr += time.perf_counter() - t1
                    else:
                        page_errors[i + 1] = f"{why}; OCR unavailable: {ocr_error}"
                if method.startswith("text") and segs and (table_cols or page_names_task_columns(segs)):
                    # a ruled task table: read cell by cell, its merged cells recorded
                    t3 = time.perf_counter()
                    try:
                        plumber = plumber or _open_plumber(path)
                        ruled = ruled_task_tables(plumber.pages[i], table_cols)
                    except Exception as exc:  # noqa: BLE001 - keep the text layer's reading
                        doc.warnings.append(f"page {i + 1}: table cells not read ({type(exc).__name__}: {exc})")
                        ruled = []
                    if ruled:
                        segs = replace_with_rows(segs, ruled)
                        n_table_rows += sum(len(t.rows) for t in ruled)
                    table_cols = ruled[-1].columns if ruled else None
                    t_text += time.perf_counter() - t3
                else:
                    table_cols = None
                page.close()
            except IngestError:
                raise
            except Exception as exc:  # noqa: BLE001 - one bad page must not lose the others
                page_errors[i + 1] = f"{type(exc).__name__}: {exc}"
                w, h = sizes[-1] if sizes else (595.0, 842.0)
                segs = []
                method = "error"
            if not segs and method == "text":
                method = "empty"
            pages.append(segs)
            sizes.append((w, h))
            methods.append(method)
    finally:
        if plumber is not None:
            plumber.close()
        pdf.close()

    t2 = time.perf_counter()
    mark_running(pages, [h for _, h in sizes])
    for segs in pages:
        for seg in segs:
            if seg.merged_cells is not None:
                # a ruled table's row is body text: a header row printed again on each page is not a
                # running head, and the rows at a page's top or foot are no header or tail zone
                seg.block = "body"
    lines: list[Line] = []
    for i, segs in enumerate(pages):
        running_top = [s for s in segs if s.block == "running" and s.mid_y < sizes[i][1] / 2]
        running_bottom = [s for s in segs if s.block == "running" and s.mid_y >= sizes[i][1] / 2]
        body = [s for s in segs if s.block != "running"]
        ordered = order_page(body, sizes[i][0], i, i == len(pages) - 1)
        for seg in ordered:
            if seg.merged_cells is not None:
                seg.block = "body"
        for seg in sorted(running_top, key=lambda s: (s.top, s.x0)) + ordered + \
                sorted(running_bottom, key=lambda s: (s.top, s.x0)):
            lines.append(Line(
                number=len(lines) + 1, text=seg.text, page=i + 1, fonts=seg.fonts, block=seg.block,
                ocr_confidence=seg.conf, bbox=(round(seg.x0, 1), round(seg.top, 1), round(seg.x1, 1),
                                               round(seg.bottom, 1)),
                ocr_words=list(seg.words), merged_cells=seg.merged_cells,
            ))
    doc.format = "pdf"
    doc.lines = lines
    mark_continuations(doc)
    for ln in lines:
        if ln.merged_cells is not None:
            ln.continues = False  # a table row is a line of its own
    t_layout = time.perf_counter() - t2

    legacy = sorted(f for f in all_fonts if is_legacy_font(f))
    doc.meta.update({
        "pages": total,
        "pages_read": len(pages),
        "page_methods": methods,
        "ocr": any(m == "ocr" for m in methods),
        "ocr_pages": ocr_pages,
        "ocr_reasons": reasons,
        "table_rows": n_table_rows,  # rows of ruled task tables read cell by cell
        "fonts": sorted(all_fonts),
        "legacy_fonts": legacy,
        "ingest_timings": {"text": round(t_text, 4), "ocr": round(t_ocr, 4), "layout": round(t_layout, 4)},
    })
    if legacy:
        doc.encoding = "legacy-font:" + ",".join(legacy)
    problems = []
    if len(pages) < total:
        problems.append(stopped or f"read the first {len(pages)} of {total} pages (max_pages)")
    problems.extend(f"page {p}: {msg}" for p, msg in sorted(page_errors.items()))
    if problems:
        doc.warnings.extend(problems)
        doc.meta["page_errors"] = page_errors
    if not any(ln.text.strip() for ln in lines):
        reason = "; ".join(problems) if problems else "no text on any page (blank PDF)"
        return doc.fail(f"no text: {reason}")
    if problems:
        doc.status = STATUS_PARTIAL
        doc.error = "; ".join(problems)
    return doc


def _open_plumber(path: Path):
    import pdfplumber

    from pipeline.ingest.fontenc import honest_resource_manager

    pdf = pdfplumber.open(str(path))
    pdf.rsrcmgr = honest_resource_manager()  # before any page is read (fonts are cached there)
    return pdf
