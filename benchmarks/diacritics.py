"""Benchmark: stripped-diacritics restoration and OCR-confusion correction.

    .venv/bin/python benchmarks/diacritics.py [--no-pyvi] [--files GLOB ...]

Clean directives are corrupted (benchmarks/_corrupt_marks.py) and repaired by
pipeline.repair.diacritics / pipeline.repair.ocr exactly as the pipeline runs them (a
Document, the repairer, the Config defaults).  The documents are held out: samples/text
(the seed's *gold* clean text instead of its broken original) and ../shared/realdocs/text
when present; the language model is trained on the gazette corpus and word lists only.

Rows:
  stripped      every line stripped of marks: syllable accuracy (strict, and with the
                tone placement 'hoà'/'hòa' not counted), WER in -> out, KB/s (CPU time)
  pyvi          pyvi's ViUtils.add_accents on the same lines (the widely used baseline)
  mixed         every third line stripped inside a marked document: accuracy on the
                stripped lines, intact lines damaged
  ocr           8 % of marked syllables OCR-confused: WER in -> out, error reduction,
                clean lines damaged (the same repairer on the clean text, OCR mode)
  clean         both repairers on the clean text (not OCR): lines changed, MB/s
"""
from __future__ import annotations

import argparse
import glob
import sys
import time
import unicodedata
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import is_heldout  # noqa: E402
from benchmarks._corrupt_marks import ocr_confuse, strip_marks  # noqa: E402
from pipeline.config import Config  # noqa: E402
from pipeline.model import Document, lines_from_text  # noqa: E402
from pipeline.repair.codepoints import apply_tone_convention  # noqa: E402
from pipeline.repair.diacritics import repair_diacritics  # noqa: E402
from pipeline.repair.lm import load_model  # noqa: E402
from pipeline.repair.ocr import repair_ocr  # noqa: E402

SHARED = ROOT.parent / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")


def default_sets() -> dict[str, list[Path]]:
    samples = sorted(p for p in (ROOT / "samples" / "text").glob("*.txt") if not p.name.startswith("000_"))
    gold = ROOT / "samples" / "gold" / "000_bed89d1f3f7829d9.clean.txt"
    if gold.exists():
        samples.insert(0, gold)
    sets = {"samples": samples}
    real = sorted((SHARED / "realdocs" / "text").glob("*.txt"))
    if real:
        sample_names = {p.name for p in samples}
        unseen = [p for p in real if p.name not in sample_names and not is_heldout(p.name)]
        if unseen:
            sets["realdocs-unseen"] = unseen
    return sets


def read(p: Path) -> str:
    return unicodedata.normalize("NFC", p.read_text(encoding="utf-8")).replace("\r\n", "\n").rstrip("\n")


def words(text: str) -> list[str]:
    return text.split()


def syllable_stats(gold: str, out: str, only_lines: set[int] | None = None) -> tuple[int, int, int]:
    """(syllables, right, right ignoring tone placement) over word tokens with letters."""
    tot = right = loose = 0
    for i, (g, o) in enumerate(zip(gold.split("\n"), out.split("\n"))):
        if only_lines is not None and i not in only_lines:
            continue
        for a, b in zip(g.split(), o.split()):
            if not any(c.isalpha() for c in a):
                continue
            tot += 1
            right += a == b
            loose += apply_tone_convention(a, "new") == apply_tone_convention(b, "new")
    return tot, right, loose


def wer(gold: str, out: str) -> tuple[int, int]:
    g, o = words(gold), words(out)
    errs = sum(a != b for a, b in zip(g, o)) + abs(len(g) - len(o))
    return errs, len(g)


def run_doc(text: str, repairer, ocr: bool = False) -> tuple[str, float]:
    doc = Document(doc_id="bench", lines=lines_from_text(text))
    if ocr:
        doc.meta["ocr"] = True
    t = time.process_time()
    repairer(doc, Config())
    return "\n".join(ln.text for ln in doc.lines), time.process_time() - t


def pyvi_lines(text: str) -> tuple[str, float, int]:
    from pyvi import ViUtils

    out, fails = [], 0
    t = time.process_time()
    for line in text.split("\n"):
        try:
            r = ViUtils.add_accents(line) if line.strip() else line
            if len(r.split()) != len(line.split()):
                r, fails = line, fails + 1
        except Exception:  # noqa: BLE001 - pyvi raises KeyError on some inputs ('tt')
            r, fails = line, fails + 1
        out.append(r)
    return "\n".join(out), time.process_time() - t, fails


def both(doc: Document, config: Config) -> Document:
    return repair_diacritics(repair_ocr(doc, config), config)


def bench(name: str, files: list[Path], use_pyvi: bool) -> list[list[str]]:
    rows = []
    acc = {"tot": 0, "right": 0, "loose": 0, "ein": 0, "eout": 0, "n": 0, "bytes": 0, "t": 0.0}
    pv = {"right": 0, "eout": 0, "t": 0.0, "fails": 0}
    mix = {"tot": 0, "right": 0, "damaged": 0, "intact": 0}
    ocr = {"ein": 0, "eout": 0, "bytes": 0, "t": 0.0, "damaged": 0, "lines": 0}
    clean = {"changed": 0, "lines": 0, "bytes": 0, "t": 0.0}
    for p in files:
        gold = read(p)
        stripped = strip_marks(gold)
        out, dt = run_doc(stripped, repair_diacritics)
        tot, right, loose = syllable_stats(gold, out)
        ein, n = wer(gold, stripped)
        eout, _ = wer(gold, out)
        for k, v in (("tot", tot), ("right", right), ("loose", loose), ("ein", ein), ("eout", eout),
                     ("n", n), ("bytes", len(stripped.encode())), ("t", dt)):
            acc[k] += v
        if use_pyvi:
            pout, pdt, fails = pyvi_lines(stripped)
            _, pr, _ = syllable_stats(gold, pout)
            pv["right"] += pr
            pv["eout"] += wer(gold, pout)[0]
            pv["t"] += pdt
            pv["fails"] += fails
        # mixed: every third non-empty line stripped
        glines = gold.split("\n")
        target = {i for i, ln in enumerate(glines) if ln.strip() and i % 3 == 1}
        mixed = "\n".join(strip_marks(ln) if i in target else ln for i, ln in enumerate(glines))
        mout, _ = run_doc(mixed, repair_diacritics)
        t2, r2, _ = syllable_stats(gold, mout, target)
        mix["tot"] += t2
        mix["right"] += r2
        mlines = mout.split("\n")
        intact = [i for i in range(len(glines)) if i not in target]
        mix["intact"] += len(intact)
        mix["damaged"] += sum(glines[i] != mlines[i] for i in intact)
        # OCR confusions
        broken = ocr_confuse(gold, 0.08, seed=zlib.crc32(p.name.encode()))
        oout, odt = run_doc(broken, repair_ocr, ocr=True)
        ocr["ein"] += wer(gold, broken)[0]
        ocr["eout"] += wer(gold, oout)[0]
        ocr["bytes"] += len(broken.encode())
        ocr["t"] += odt
        cout, _ = run_doc(gold, repair_ocr, ocr=True)
        ocr["damaged"] += sum(a != b for a, b in zip(gold.split("\n"), cout.split("\n")))
        ocr["lines"] += len(glines)
        # clean text through both repairers (not OCR)
        c2, cdt = run_doc(gold, both)
        clean["changed"] += sum(a != b for a, b in zip(gold.split("\n"), c2.split("\n")))
        clean["lines"] += len(glines)
        clean["bytes"] += len(gold.encode())
        clean["t"] += cdt
    kbs = acc["bytes"] / max(acc["t"], 1e-9) / 1000
    rows.append([name, "stripped (chidao)", f"{len(files)} docs",
                 f"{acc['right'] / acc['tot']:.2%} ({acc['loose'] / acc['tot']:.2%} w/o tone placement)",
                 f"{acc['ein'] / acc['n']:.1%} -> {acc['eout'] / acc['n']:.1%}", f"{kbs:.0f} KB/s"])
    if use_pyvi:
        rows.append([name, "stripped (pyvi add_accents)", f"{pv['fails']} lines failed",
                     f"{pv['right'] / acc['tot']:.2%}",
                     f"{acc['ein'] / acc['n']:.1%} -> {pv['eout'] / acc['n']:.1%}",
                     f"{acc['bytes'] / max(pv['t'], 1e-9) / 1000:.0f} KB/s"])
    rows.append([name, "mixed (1 line in 3 stripped)", f"{mix['damaged']}/{mix['intact']} intact lines damaged",
                 f"{mix['right'] / max(mix['tot'], 1):.2%}", "", ""])
    red = 1 - ocr["eout"] / max(ocr["ein"], 1)
    rows.append([name, "ocr confusions (8 %)", f"{ocr['damaged']}/{ocr['lines']} clean lines changed (OCR mode)",
                 f"reduction {red:.1%}", f"{ocr['ein'] / acc['n']:.1%} -> {ocr['eout'] / acc['n']:.1%}",
                 f"{ocr['bytes'] / max(ocr['t'], 1e-9) / 1000:.0f} KB/s"])
    rows.append([name, "clean (both repairers)", f"{clean['changed']}/{clean['lines']} lines changed", "", "",
                 f"{clean['bytes'] / max(clean['t'], 1e-9) / 1e6:.1f} MB/s"])
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-pyvi", action="store_true")
    ap.add_argument("--files", nargs="*", help="clean UTF-8 text files (default: samples + realdocs)")
    args = ap.parse_args(argv)
    t = time.perf_counter()
    lm = load_model()
    load = time.perf_counter() - t
    sets = {"files": [Path(f) for g in args.files for f in sorted(glob.glob(g))]} if args.files else default_sets()
    rows = [["set", "row", "notes", "syllable accuracy / result", "WER in -> out", "speed (CPU)"]]
    for name, files in sets.items():
        rows.extend(bench(name, files, not args.no_pyvi))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for k, r in enumerate(rows):
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
        if k == 0:
            print("  ".join("-" * w for w in widths))
    size = sum(f.stat().st_size for f in lm.path.iterdir() if f.is_file())
    print(f"\nmodel: {lm.path} {size / 1e6:.1f} MB, loaded in {load:.2f} s; "
          f"{lm.manifest.get('counts', {}).get('trigrams', '?')} trigrams, {lm.n_syllables} syllables")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
