"""Tesseract's word confidences of the real OCR readings (samples/real_ocr/conf/).

    PYTHONPATH=. .venv/bin/python scripts/real_ocr_confidences.py [--only lp1,lp2] [--check] [--boxes]

Each reading in ``samples/real_ocr/ocr`` is chidao's own ingest of real scan pages (see that
folder's SOURCES.md and ``benchmarks/ocr_settings.PAGES``).  Ingest keeps Tesseract's
confidence of every word (``Line.ocr_words``), but a reading saved as text loses it, so the
repair benchmark could not give the repair what ``chidao run`` gives it on a scan.  This
script ingests the PDFs again, the way the reading was made (``--psm 3`` alone for the
readings of sessions 5-8 before the page choice, the page choice for lo4, lo5 and later),
checks that the text is the stored reading byte for byte, and writes
``conf/<name>.txt``: one line per reading line, the confidence (0-100) of each of its words
as ingest cut them (``Line.ocr_words``), space-separated.  A reading whose text does not
come back exactly is reported and gets no file (its confidences would belong to other words).

With ``--boxes`` it also writes ``box/<name>.txt``: one line per reading line, the line's
page and its place on it as ingest gives it (``Line.page``, ``Line.bbox``: x0 top x1 bottom in
PDF points), or ``-`` for a line without a box, so the repair benchmark can give the repair
each line's place as ``chidao run`` does (the noise-line rule's text-band guard,
``pipeline/repair/ocrnoiselines.py``).  ``--boxes-only`` writes the boxes and leaves the
confidence files alone.  Only the pages up to the last one a reading needs are read
(``Config.max_pages``); the text is checked against the stored reading either way.

Needs the PDFs (samples/pdf or ``CHIDAO_SHARED``/realdocs/pdf) and Tesseract; the files it
writes are committed, so the benchmark and the tests need neither.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.ocr_settings import PAGES, pdf_for  # noqa: E402

REAL = ROOT / "samples" / "real_ocr"


def ingest_lines(pdf: Path, choose: bool, max_pages: int | None = None):
    from pipeline.config import Config
    from pipeline.ingest import ingest

    cfg = Config()
    cfg.ocr_choose = choose
    cfg.max_pages = max_pages
    return ingest(pdf, cfg).lines


def conf_lines(lines) -> list[str]:
    return [" ".join(str(int(round(c * 100))) for _, _, c in ln.ocr_words) for ln in lines]


def box_lines(lines) -> list[str]:
    """Each line's page and box, one row per line ('-' for a line without a box)."""
    out = []
    for ln in lines:
        if ln.bbox is None:
            out.append("-")
        else:
            out.append(" ".join([str(ln.page)] + [f"{v:.1f}" for v in ln.bbox]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="", help="comma-separated reading prefixes (default: all)")
    ap.add_argument("--check", action="store_true", help="only report, write nothing")
    ap.add_argument("--boxes", action="store_true", help="also write box/<name>.txt (each line's page and bbox)")
    ap.add_argument("--boxes-only", action="store_true", help="write box/<name>.txt only, not conf/")
    args = ap.parse_args(argv)
    only = {x for x in args.only.split(",") if x}
    cache: dict[tuple[str, bool], list] = {}
    # read each PDF once, up to the last page any chosen reading of it needs
    last: dict[str, int] = {}
    for path in (REAL / "ocr").glob("*.txt"):
        prefix = path.name.split("_")[0]
        if prefix in PAGES and not (only and prefix not in only):
            pdf_prefix, pages = PAGES[prefix]
            last[pdf_prefix] = max(last.get(pdf_prefix, 0), max(pages))
    bad = 0
    for path in sorted((REAL / "ocr").glob("*.txt")):
        prefix = path.name.split("_")[0]
        if only and prefix not in only or prefix not in PAGES:
            continue
        pdf_prefix, pages = PAGES[prefix]
        pdf = pdf_for(pdf_prefix)
        if pdf is None:
            print(f"{prefix}: no PDF {pdf_prefix}*")
            bad += 1
            continue
        want = path.read_text(encoding="utf-8").rstrip("\n")
        found = None
        for choose in (False, True):
            key = (pdf.name, choose)
            if key not in cache:
                cache[key] = ingest_lines(pdf, choose, last[pdf_prefix])
            lines = [ln for ln in cache[key] if ln.page in pages]
            if "\n".join(ln.text for ln in lines) == want:
                found = (choose, lines)
                break
        if found is None:
            print(f"{prefix}: the reading does not come back from {pdf.name} pages {pages}")
            bad += 1
            continue
        choose, lines = found
        print(f"{prefix}: {len(lines)} lines, {'page choice' if choose else 'psm 3 alone'}")
        if not args.check and not args.boxes_only:
            out = REAL / "conf" / path.name
            out.parent.mkdir(exist_ok=True)
            out.write_text("\n".join(conf_lines(lines)) + "\n", encoding="utf-8")
        if not args.check and (args.boxes or args.boxes_only):
            out = REAL / "box" / path.name
            out.parent.mkdir(exist_ok=True)
            out.write_text("\n".join(box_lines(lines)) + "\n", encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
