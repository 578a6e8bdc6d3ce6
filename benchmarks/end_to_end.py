"""End-to-end benchmark on broken inputs: do broken documents give the tasks of their clean text?

    .venv/bin/python benchmarks/end_to_end.py [--seeds N] [--kinds k1,k2] [--docs id1,id2] [--verbose] [--details]

For every gold document in samples/gold (its ``<doc_id>.clean.txt`` and ``.tasks.json``; never
samples/heldout), the clean text is broken each way of benchmarks/corrupt.py (the generator
benchmarks/repair.py uses: lost glyphs as spaces or (cid:NN), TCVN3/VNI/VISCII surface text,
NFD / 'ƣ' / misplaced marks, stripped diacritics, OCR confusions), written to a UTF-8 file
and run through the whole pipeline (ingest -> repair -> structure -> extract), then scored
against the gold with pipeline/eval.py: task F1, deadline F1, office F1, section accuracy
(on matched tasks) and header fields (doc_type, number, date, issuer, signer_title, signer).

One row per kind of corruption, side by side with the clean text's scores (first row) and the
drop from them; ``same`` is the share of gold tasks whose output on the broken text equals
the output on the clean text (found or not, same deadline, same offices, same section).
OCR confusions run a second time marked as OCR'd (doc.meta['ocr'], as ingest marks a scan).
The last row is the seed's real broken text (samples/text/000_*.txt) against its gold.
Deterministic: corruption seeds 0..N-1 (``--seeds``, default 1).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corrupt import KINDS, corrupt  # noqa: E402
from pipeline.config import Config  # noqa: E402
from pipeline.eval import HEADER_FIELDS, TaskScore, header_same, score_tasks_doc, total  # noqa: E402
from pipeline.ingest import ingest_stage  # noqa: E402
from pipeline.language import Pipeline  # noqa: E402
from pipeline.model import Document  # noqa: E402
from pipeline.store.tables import document_rows  # noqa: E402

GOLD = ROOT / "samples" / "gold"
SEED_BROKEN = ROOT / "samples" / "text" / "000_bed89d1f3f7829d9.txt"


def gold_docs(ids: list[str] | None = None) -> list[tuple[dict, str]]:
    """(gold JSON, clean text) for each gold document of samples/gold."""
    out = []
    for f in sorted(GOLD.glob("*.tasks.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        if ids and not any(g["doc_id"].startswith(i) for i in ids):
            continue
        clean = GOLD / f"{g['doc_id']}.clean.txt"
        if clean.exists():
            text = unicodedata.normalize("NFC", clean.read_text(encoding="utf-8")).replace("\r\n", "\n")
            out.append((g, text))
    return out


def run_text(pipe: Pipeline, text: str, doc_id: str, workdir: Path, ocr: bool = False) -> Document:
    """The whole pipeline on ``text`` as a user would feed it: a UTF-8 .txt file."""
    path = workdir / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    doc = ingest_stage(Document(doc_id=doc_id, source=path), pipe.config)
    if ocr:
        doc.meta["ocr"] = True
    return pipe.run(doc)


def task_signature(gold: dict, rows: list[dict]) -> list[tuple]:
    """Per gold task: what the output says of it (found, deadline, offices, section), for
    comparing the broken run with the clean run task by task."""
    from pipeline.eval import holds, tokens

    ptoks = [tokens(r.get("task", "")) for r in rows]
    sig = []
    for g in gold["tasks"]:
        anchor = tokens(g["anchor"])
        hit = next((r for r, pt in zip(rows, ptoks) if holds(pt, anchor)), None)
        if hit is None:
            sig.append((g["anchor"], None))
        else:
            offices = tuple(sorted(o.strip() for o in (hit.get("offices_canonical") or hit.get("offices") or "").split(";") if o.strip()))
            sig.append((g["anchor"], (str(hit.get("deadline") or ""), offices, hit.get("section") or "")))
    return sig


@dataclass
class Result:
    tasks: list[TaskScore] = field(default_factory=list)
    header_hit: int = 0
    header_n: int = 0
    same: int = 0
    compared: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    field_miss: dict[str, int] = field(default_factory=dict)  # header field -> misses
    doc_changed: dict[str, int] = field(default_factory=dict)  # doc_id -> gold tasks changed

    def add(self, gold: dict, doc: Document, clean_sig: list[tuple] | None = None) -> list[tuple]:
        rows = document_rows(doc)
        sc = score_tasks_doc(gold, rows["tasks"])
        self.tasks.append(sc)
        d = rows["documents"][0]
        for f in HEADER_FIELDS:
            value = (gold.get("header") or {}).get(f)
            if value is None:
                continue
            self.header_n += 1
            ok = header_same(f, str(d.get(f) or ""), str(value))
            self.header_hit += ok
            if not ok:
                self.notes.append(f"{gold['doc_id'][:28]}: header {f} {d.get(f)!r}, gold {value!r}")
                self.field_miss[f] = self.field_miss.get(f, 0) + 1
        sig = task_signature(gold, rows["tasks"])
        if clean_sig is not None:
            for a, b in zip(clean_sig, sig):
                self.compared += 1
                self.same += a == b
                if a != b:
                    self.doc_changed[gold["doc_id"]] = self.doc_changed.get(gold["doc_id"], 0) + 1
                    self.notes.append(f"{gold['doc_id'][:28]}: '{a[0][:50]}' clean {a[1]} -> broken {b[1]}")
        return sig

    def measures(self) -> dict[str, float | None]:
        t = total(self.tasks)
        return {"task": t.tasks.f1, "deadline": t.deadlines.f1, "office": t.offices.f1,
                "section": t.sections.recall, "header": self.header_hit / self.header_n if self.header_n else None,
                "same": self.same / self.compared if self.compared else None}


COLS = ("task", "deadline", "office", "section", "header")


def fmt(v: float | None, width: int = 6, signed: bool = False) -> str:
    if v is None:
        return f"{'-':>{width}}"
    return f"{v:+{width}.3f}" if signed else f"{v:{width}.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=1, help="corruptions per document and kind (seeds 0..N-1)")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--docs", default="", help="comma-separated doc_id prefixes (default: every gold document)")
    ap.add_argument("--verbose", action="store_true", help="print each task the corruption changed")
    ap.add_argument("--details", action="store_true",
                    help="after the table: header misses per field beyond the clean text's, and the documents "
                         "with most gold tasks changed, per kind")
    args = ap.parse_args(argv)
    docs = gold_docs([d for d in args.docs.split(",") if d])
    pipe = Pipeline(config=Config(ocr=False))
    print(f"{len(docs)} gold documents (samples/gold), {args.seeds} seed(s) per kind; whole pipeline per text")
    with tempfile.TemporaryDirectory(prefix="chidao-e2e-") as tmp:
        workdir = Path(tmp)
        clean = Result()
        clean_sigs: dict[str, list[tuple]] = {}
        t0 = time.process_time()
        for g, text in docs:
            clean_sigs[g["doc_id"]] = clean.add(g, run_text(pipe, text, g["doc_id"], workdir))
        clean.seconds = time.process_time() - t0
        base = clean.measures()
        head = (f"{'input':22} " + " ".join(f"{c:>6}" for c in COLS) + "  "
                + " ".join(f"{'d.' + c[:5]:>7}" for c in COLS) + f" {'same':>6} {'CPU s':>6}")
        print(head)
        print("-" * len(head))
        print(f"{'clean':22} " + " ".join(fmt(base[c]) for c in COLS) + "  "
              + " ".join(f"{'':>7}" for _ in COLS) + f" {'':>6} {clean.seconds:6.1f}", flush=True)
        if args.verbose:
            for n in clean.notes:
                print(f"   {n}")
        details: list[tuple[str, Result]] = []
        rows = []
        for kind in args.kinds.split(","):
            rows.append((kind, kind, False))
            if kind == "ocr":
                rows.append(("ocr (marked OCR'd)", kind, True))
        for label, kind, ocr in rows:
            res = Result()
            t0 = time.process_time()
            for g, text in docs:
                for seed in range(args.seeds):
                    broken, _info = corrupt(text, kind, seed)
                    res.add(g, run_text(pipe, broken, g["doc_id"], workdir, ocr), clean_sigs[g["doc_id"]])
            res.seconds = time.process_time() - t0
            m = res.measures()
            drops = [None if m[c] is None or base[c] is None else base[c] - m[c] for c in COLS]
            print(f"{label:22} " + " ".join(fmt(m[c]) for c in COLS) + "  "
                  + " ".join(fmt(d, 7, signed=True) for d in drops) + f" {fmt(m['same'])} {res.seconds:6.1f}",
                  flush=True)
            if args.verbose:
                for n in res.notes:
                    print(f"   {n}")
            details.append((label, res))
        seed_gold = [(g, t) for g, t in docs if g["doc_id"] == SEED_BROKEN.stem]
        if seed_gold and SEED_BROKEN.exists():
            g, _text = seed_gold[0]
            res = Result()
            t0 = time.process_time()
            broken = SEED_BROKEN.read_text(encoding="utf-8")
            clean_seed = Result()
            sig = clean_seed.add(g, run_text(pipe, _text, g["doc_id"], workdir))
            res.add(g, run_text(pipe, broken, g["doc_id"], workdir), sig)
            res.seconds = time.process_time() - t0
            m, b = res.measures(), clean_seed.measures()
            drops = [None if m[c] is None or b[c] is None else b[c] - m[c] for c in COLS]
            print(f"{'seed (real broken)':22} " + " ".join(fmt(m[c]) for c in COLS) + "  "
                  + " ".join(fmt(d, 7, signed=True) for d in drops) + f" {fmt(m['same'])} {res.seconds:6.1f}")
            if args.verbose:
                for n in res.notes:
                    print(f"   {n}")
        if args.details:
            print("\nheader misses beyond the clean text's, per field; documents with most gold tasks changed")
            for label, res in details:
                fields = ", ".join(f"{f} {res.field_miss.get(f, 0) - clean.field_miss.get(f, 0) * args.seeds:+d}"
                                   for f in HEADER_FIELDS if res.field_miss.get(f, 0) != clean.field_miss.get(f, 0) * args.seeds)
                worst = sorted(res.doc_changed.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
                print(f"  {label:22} header: {fields or '-'}; tasks: " + (", ".join(f"{d[:14]} {n}" for d, n in worst) or "-"))
    print("\nd.X = clean score minus broken score (positive: the corruption cost that much); "
          "same = share of gold tasks given exactly as on the clean text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
