"""Tesseract settings and page preprocessing, measured on every real scan with a reading.

    PYTHONPATH=. .venv/bin/python benchmarks/ocr_settings.py                  # all settings
    PYTHONPATH=. .venv/bin/python benchmarks/ocr_settings.py --only default,vie+eng
    PYTHONPATH=. .venv/bin/python benchmarks/ocr_settings.py --only "default,psm 6"    # + the per-page choice
    CHIDAO_SHARED=/path/to/shared ...                                         # the PDFs live there

For each page of the scans whose true text samples/real_ocr/clean holds (q1-q3, j1-j6, v1-v4:
realdocs P01-P06), each setting OCRs the page the way ingest does (:func:`ocr_page`, noise
segments dropped, :func:`order_page` reading order) and scores the RAW reading, before any
repair, against the true text: word error rate in order (:func:`word_error_rate`) and
without order (:func:`bag_error_rate`: the header's columns and stamp lines move).  Prints
one table, pages as rows and settings side by side, then the totals (errors / reference
words over all pages) and the OCR seconds per page (wall clock; the machine is shared).
Results are cached per (setting, page) in ``--cache`` so a rerun only adds new settings.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ingest.wer import words  # noqa: E402

SHARED = Path(os.environ.get("CHIDAO_SHARED", ROOT.parent / "shared")) / "realdocs"
if not SHARED.is_dir() and Path("/work/shared/realdocs").is_dir():  # a worktree beside the shared folder
    SHARED = Path("/work/shared/realdocs")
REAL = ROOT / "samples" / "real_ocr"
# reading name prefix -> (PDF name prefix, pages), as samples/real_ocr/SOURCES.md tells
PAGES = {
    "q1": ("P01", [1, 2]), "q2": ("P02", [1, 2]), "q3": ("P03", [1, 2]),
    "j1": ("P04", [1]), "j2": ("P05", [1]),
    "j3": ("P06", [1]), "j4": ("P06", [10]), "j5": ("P06", [13]), "j6": ("P06", [14]),
    "v1": ("P06", [2]), "v2": ("P06", [5]), "v3": ("P06", [9]), "v4": ("P06", [12]), "v5": ("P06", [3]),
    "lo1": ("P06", [6]), "lo2": ("P06", [7]), "lo3": ("P03", [3]), "lo4": ("P06", [8]), "lo5": ("P03", [4]),
    "lp1": ("P06", [11]), "lp2": ("P03", [5]), "lp3": ("P03", [6]), "lp4": ("P06", [4]), "lp5": ("P06", [15]),
    "lq1": ("P04", [2]),
}
TESS = Path(os.environ.get("TMPDIR", "/tmp")) / "chidao-ocr-settings"  # user words/patterns, made here
SETTINGS: dict[str, dict] = {
    "default": {},
    "psm 4": {"psm": 4},
    "psm 6": {"psm": 6},
    "vie+eng": {"lang": "vie+eng"},
    "Vietnamese": {"lang": "Vietnamese"},
    "vie+Vietnamese": {"lang": "vie+Vietnamese"},
    "interword spaces": {"extra": "-c preserve_interword_spaces=1"},
    "user words": {"extra": f"--user-words {TESS / 'vie.user-words'}"},
    "user patterns": {"extra": f"--user-patterns {TESS / 'vie.user-patterns'}"},
    "Sauvola": {"extra": "-c thresholding_method=2"},
    "deskew": {"deskew": True},
    "no median": {"median": False},
    "median always": {"median": True},
    "threshold 160": {"threshold": 160},
    "400 dpi": {"dpi": 400},
    "no reread": {"reread": False},
    "no dpi cap": {"adapt_dpi": False},
    "400 no cap": {"adapt_dpi": False, "dpi": 400},
    "despeckle": {"despeckle": True},
    # ingest's whole reading (psm 3 and psm 6, the page's choice), without and with the
    # session-13 cleaning: specks removed, lines chosen one by one
    "ingest main": {"alternatives": ({"psm": 6},), "despeckle": False, "line_choice": False},
    "ingest branch": {"alternatives": ({"psm": 6},), "despeckle": True, "line_choice": True},
}


def make_user_files() -> None:
    """Tesseract's user words (every syllable of the lexicon, lower and Title case, and the
    abbreviations in capitals the typed samples print 3+ times) and user patterns (dates,
    document numbers and codes) for the 'user words' / 'user patterns' settings."""
    import re
    from collections import Counter

    from pipeline.repair.lexicon import lexicon

    TESS.mkdir(parents=True, exist_ok=True)
    words = {f for w in lexicon().forms if w.isalpha() for f in (w, w.capitalize())}
    caps: Counter = Counter()
    for p in (ROOT / "samples" / "text").glob("*.txt"):
        caps.update(re.findall(r"\b[A-ZĐ][A-ZĐ&]{1,7}\b", p.read_text(encoding="utf-8")))
    words |= {w for w, n in caps.items() if n >= 3}
    (TESS / "vie.user-words").write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    (TESS / "vie.user-patterns").write_text("\n".join([
        r"\d\d/\d\d/\d\d\d\d", r"\d/\d\d/\d\d\d\d", r"\d/\d/\d\d\d\d", r"\d\d/\d/\d\d\d\d",
        r"\d\d\d\d-\d\d\d\d", r"\d*/\A*-\A*", r"\d*/\d\d\d\d/\A*-\A*", r"\d*%"]) + "\n", encoding="utf-8")


def edit_distance(a: list[str], b: list[str]) -> int:
    """Word-level Levenshtein distance (what :func:`word_error_rate` divides)."""
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, y in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y))
        prev = cur
    return prev[-1]


def bag_errors(hyp: list[str], ref: list[str]) -> int:
    from collections import Counter

    h, r = Counter(hyp), Counter(ref)
    return max(sum((r - h).values()), sum((h - r).values()))


def pdf_for(prefix: str) -> Path | None:
    for folder in (ROOT / "samples" / "pdf", SHARED / "pdf"):
        found = sorted(folder.glob(prefix + "*.pdf")) if folder.exists() else []
        if found:
            return found[0]
    return None


def read_pages(pdf: Path, pages: list[int], setting: dict) -> tuple[str, float, list[float]]:
    """The raw reading of ``pages`` (1-based) with one setting: lines joined, seconds/page,
    and the confidence (0-1) of every word kept (for the quality signals of a reading)."""
    import pypdfium2 as pdfium

    from pipeline.ingest import ocr as ocr_mod
    from pipeline.ingest.layout import order_page
    from pipeline.ingest.pdf import is_ocr_noise

    kw = dict(setting)
    reread = kw.pop("reread", True)
    doc = pdfium.PdfDocument(str(pdf))
    texts, secs, confs = [], 0.0, []
    saved = ocr_mod.ocr_image
    if not reread:
        ocr_mod.ocr_image = lambda *a, **k: saved(*a, **{**k, "reread": False})
    try:
        for p in pages:
            page = doc[p - 1]
            t = time.perf_counter()
            segs, _facts = ocr_mod.ocr_page(page, **kw)
            secs += time.perf_counter() - t
            segs = [s for s in segs if not is_ocr_noise(s)]
            confs.extend(c for s in segs for _a, _b, c in s.words)
            texts.append("\n".join(s.text for s in order_page(segs, page.get_width(), p - 1, p == len(doc))))
    finally:
        ocr_mod.ocr_image = saved
        doc.close()
    return "\n".join(texts), secs / len(pages), confs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="", help="comma-separated setting names (default: all)")
    ap.add_argument("--pages", default="", help="comma-separated reading prefixes (default: all)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/chidao-ocr-settings.json"))
    ap.add_argument("--repaired", action="store_true",
                    help="also each setting's word errors after the repair cascade (text marked OCR'd)")
    args = ap.parse_args(argv)
    names = [n for n in args.only.split(",") if n] or list(SETTINGS)
    unknown = [n for n in names if n not in SETTINGS]
    if unknown:
        ap.error(f"unknown settings {unknown}; known: {list(SETTINGS)}")
    cache = json.loads(args.cache.read_text()) if args.cache.exists() else {}
    if any(n.startswith("user") for n in names):
        make_user_files()
    rows = []
    for clean in sorted((REAL / "clean").glob("*.txt")):
        key = clean.name.split("_")[0]
        if key not in PAGES or (args.pages and key not in args.pages.split(",")):
            continue
        pdf = pdf_for(PAGES[key][0])
        if pdf is None:
            print(f"{clean.name}: {PAGES[key][0]} not found (needs ../shared/realdocs or CHIDAO_SHARED)")
            continue
        rows.append((key, clean, pdf))
    for name in names:
        for key, clean, pdf in rows:
            ck = f"{name}|{key}"
            if ck in cache:
                continue
            text, secs, confs = read_pages(pdf, PAGES[key][1], SETTINGS[name])
            cache[ck] = {"text": text, "secs": secs, "confs": confs}
            args.cache.write_text(json.dumps(cache, ensure_ascii=False))
    head = f"{'page':10} {'words':>5} " + " ".join(f"{n[:14]:>14}" for n in names)
    print("Raw OCR WER before repair, in order (and without order), per page; lower is better")
    print(head)
    print("-" * len(head))
    tot = {n: [0, 0, 0.0, 0] for n in names}  # errors, bag errors, seconds, pages
    nref = 0
    for key, clean, pdf in rows:
        ref = words(clean.read_text(encoding="utf-8"))
        nref += len(ref)
        cells = []
        for n in names:
            got = cache[f"{n}|{key}"]
            hyp = words(got["text"])
            e, b = edit_distance(hyp, ref), bag_errors(hyp, ref)
            t = tot[n]
            t[0] += e
            t[1] += b
            t[2] += got["secs"] * len(PAGES[key][1])
            t[3] += len(PAGES[key][1])
            cells.append(f"{100 * e / len(ref):6.1f} ({100 * b / len(ref):4.1f})")
        print(f"{key + ' ' + PAGES[key][0] + ' p' + '+'.join(map(str, PAGES[key][1])):10} {len(ref):5d} " + " ".join(cells))
    print("-" * len(head))
    print(f"{'all':10} {nref:5d} " + " ".join(f"{100 * tot[n][0] / nref:6.2f} ({100 * tot[n][1] / nref:4.1f})"
                                         for n in names))
    print(f"{'s/page':10} {'':5} " + " ".join(f"{tot[n][2] / max(tot[n][3], 1):14.1f}" for n in names))
    if args.repaired:
        from benchmarks.repair import run

        fixed = {n: 0 for n in names}
        for key, clean, _pdf in rows:
            ref = words(clean.read_text(encoding="utf-8"))
            for n in names:
                fixed[n] += edit_distance(words("\n".join(run(cache[f"{n}|{key}"]["text"], True)[0])), ref)
        print(f"{'repaired':10} {'':5} " + " ".join(f"{100 * fixed[n] / nref:6.2f} ({fixed[n]:5d})" for n in names))
    if len(names) > 1 and not args.repaired:
        choice_table(rows, names, cache)
    return 0


def quality(got: dict, lm) -> dict[str, float]:
    """Signals of a reading's quality that need no true text: the mean Tesseract word
    confidence, the share of its words that are Vietnamese syllables under the shipped
    language model's inventory, and its language-model score per word as ingest weighs it
    (:func:`pipeline.ingest.ocr.text_quality`, the signal ingest chooses a page's reading by)."""
    import re
    import statistics

    from pipeline.ingest.ocr import text_quality

    toks = [w.lower() for w in re.findall(r"[^\W\d_]+", got["text"])]
    n = max(len(toks), 1)
    return {"conf": statistics.fmean(got.get("confs") or [0.0]),
            "valid": sum(lm.is_syllable(w) for w in toks) / n,
            "lm": text_quality(got["text"])}


def choice_table(rows, names: list[str], cache: dict) -> None:
    """A per-page choice among the settings compared, by each truth-free signal of
    :func:`quality` (the reading that scores best), against the defaults and the oracle
    (the setting that is best on the true text): word errors in order over all pages."""
    from pipeline.repair.lm import load_model

    lm = load_model()
    tot = {k: 0 for k in ("default", "conf", "valid", "lm", "oracle")}
    picks = {k: [] for k in tot}
    for key, clean, _pdf in rows:
        ref = words(clean.read_text(encoding="utf-8"))
        errs = {n: edit_distance(words(cache[f"{n}|{key}"]["text"]), ref) for n in names}
        sig = {n: quality(cache[f"{n}|{key}"], lm) for n in names}
        pick = {"default": names[0], "oracle": min(names, key=lambda n: errs[n])}
        for k in ("conf", "valid", "lm"):
            pick[k] = max(names, key=lambda n: (sig[n][k], n == names[0]))  # ties keep the first
        for k, n in pick.items():
            tot[k] += errs[n]
            if n != names[0]:
                picks[k].append(f"{key}:{n}")
    nref = sum(len(words(clean.read_text(encoding="utf-8"))) for _k, clean, _p in rows)
    print(f"\nPer-page choice among {', '.join(names)} by a signal without truth (word errors in order):")
    for k, label in (("default", names[0] + " everywhere"), ("conf", "mean word confidence"),
                     ("valid", "share of valid syllables"), ("lm", "LM score per word (ingest's)"),
                     ("oracle", "oracle (best on the true text)")):
        print(f"  {label:32} {tot[k]:5d} ({100 * tot[k] / max(nref, 1):.2f} %)"
              + (f"  other than {names[0]}: {' '.join(picks[k])}" if picks[k] else ""))
    # what the choice leaves after the repair cascade (the reading marked OCR'd, as ingest
    # marks a scan): a reading with fewer raw errors may hold more the repair cannot mend
    from benchmarks.repair import run

    rep = {"default": 0, "lm": 0}
    for key, clean, _pdf in rows:
        ref = words(clean.read_text(encoding="utf-8"))
        chosen = max(names, key=lambda n: (quality(cache[f"{n}|{key}"], lm)["lm"], n == names[0]))
        for k, n in (("default", names[0]), ("lm", chosen)):
            fixed = "\n".join(run(cache[f"{n}|{key}"]["text"], True)[0])
            rep[k] += edit_distance(words(fixed), ref)
    print(f"  after repair: {names[0]} everywhere {rep['default']}, chosen by ingest's signal {rep['lm']}")


if __name__ == "__main__":
    raise SystemExit(main())
