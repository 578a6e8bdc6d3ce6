"""Build models/office_crf.crfsuite: the learned office tagger the pipeline uses as a fallback.

    python models/build_office_crf.py [--out PATH] [--no-gold] [--below-batch K] [--rows-only]

The tagger (``pipeline/extract/office_crf.py``: a CRF over syllables, BIO tags lead/support) is fit
on every annotation of who does a task that we have:

- ``benchmarks/data/office_spans.jsonl``: one task sentence per row with the lead-in or heading
  lines above it, the offices as written and the lead (rows from a held-out corpus document are
  left out);
- the gold task files ``samples/gold/*.tasks.json`` (top level only: not ``unseen13/`` nor
  ``pending/``), each task a row: the sentence the gold gives, under the lead-in lines the pipeline
  would hand the tagger (``office_crf.lead_in_context`` over the document's ``.clean.txt``, from
  the line where the task's anchor opens), its gold offices and lead.  Files whose name starts
  with a blind prefix (``HELD_OUT_GOLD_PREFIXES`` of ``build_deadline_scorer.py``: yb..ys, zh, zs, zy, ea, ...) stay out,
  as they stay out of the deadline scorer.

``benchmarks/data/office_first_pass.jsonl`` is no training data: it holds the rules' output on
office_spans batches 17-24 (whose gold rows are already here), which the benchmark compares with.

Options for honest measurement: ``--no-gold`` leaves every gold document out (no gold rows, and no
office_spans row marked ``seen``: those come from gold documents), for the gold eval;
``--below-batch K`` keeps the office_spans rows of batches < K only (and no gold), for the
sequential test by batch.  Deterministic: rows in file order, python-crfsuite's L-BFGS.
"""
from __future__ import annotations

import argparse
import glob
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))

from build_deadline_scorer import HELD_OUT_GOLD_PREFIXES  # noqa: E402
from corpus_source import is_held_out  # noqa: E402
from pipeline.extract import office_crf  # noqa: E402

SPANS = ROOT / "benchmarks" / "data" / "office_spans.jsonl"
GOLD = ROOT / "samples" / "gold"
OUT = ROOT / "models" / office_crf.MODEL_FILE
# what the shipped tagger was fitted on: the training rows' checksum and the model's, so a test can tell a
# model left stale by new office_spans batches or gold (it was, from 2026-11-30 to session 35) without a refit
MANIFEST = ROOT / "models" / "office_crf.manifest.json"


def rows_digest(rows: list[tuple]) -> str:
    """A checksum of the training rows, in order (the fit is deterministic in them)."""
    import hashlib

    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()


def file_digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def span_rows(below: int | None = None, no_seen: bool = False) -> list[tuple]:
    out = []
    for x in SPANS.read_text(encoding="utf-8").splitlines():
        if not x.strip():
            continue
        r = json.loads(x)
        if is_held_out(r.get("source", "")):
            continue
        if below is not None and r["batch"] >= below:
            continue
        if no_seen and r.get("seen"):
            continue
        out.append((r["text"], r["target"], r["offices"], r["lead"]))
    return out


def _anchor_line(lines: list[str], anchor: str, text: str) -> int | None:
    """The line where a gold task opens: the first holding its anchor's first words (a wrapped
    anchor: its first five words)."""
    import re

    for key in (anchor, " ".join(anchor.split()[:5]), " ".join(text.split()[:5])):
        key = re.sub(r"\s+", " ", key).strip()
        if len(key) < 8:
            continue
        for i, ln in enumerate(lines):
            if key in re.sub(r"\s+", " ", ln):
                return i
    return None


def gold_rows() -> list[tuple]:
    out = []
    for f in sorted(glob.glob(str(GOLD / "*.tasks.json"))):
        name = Path(f).name
        if name.startswith(HELD_OUT_GOLD_PREFIXES):
            continue
        clean = Path(f.replace(".tasks.json", ".clean.txt"))
        if not clean.exists():
            continue
        lines = clean.read_text(encoding="utf-8").split("\n")
        for t in json.load(open(f, encoding="utf-8")).get("tasks", []):
            text = t.get("text") or ""
            if not text:
                continue
            i = _anchor_line(lines, t.get("anchor") or "", text)
            if i is None:
                continue
            context = office_crf.lead_in_context(lines, i)
            target = " ".join(text.split())
            out.append(("\n".join([*context, target]), target, list(t.get("offices") or []), t.get("lead")))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--no-gold", action="store_true", help="leave the gold documents out (gold eval)")
    ap.add_argument("--below-batch", type=int, default=None, help="office_spans batches < K only, no gold")
    args = ap.parse_args(argv)
    no_gold = args.no_gold or args.below_batch is not None
    rows = span_rows(args.below_batch, no_seen=no_gold)
    n_spans = len(rows)
    if not no_gold:
        rows += gold_rows()
    n = office_crf.fit_file(rows, args.out)
    if args.out == OUT and not no_gold:
        MANIFEST.write_text(json.dumps({
            "model": office_crf.MODEL_FILE, "model_sha256": file_digest(args.out), "sequences": n,
            "office_spans_rows": n_spans, "gold_rows": len(rows) - n_spans, "rows_sha256": rows_digest(rows),
            "built_by": "models/build_office_crf.py (make models)"}, indent=1) + "\n", encoding="utf-8")
    print(f"{args.out}: {n} sequences ({n_spans} office_spans rows, {len(rows) - n_spans} gold tasks), "
          f"{args.out.stat().st_size // 1024} kB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
