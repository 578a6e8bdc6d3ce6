"""Header and section sanity on the Công báo corpus (../shared/corpus, not shipped).

Each corpus id spells the document's type and number ('quyet-dinh-so-844-qd-ttg-469526'), so
the header parser can be scored on 400 documents it was not written against:

    python benchmarks/structure_congbao.py [--limit N] [--show-wrong]

Prints one table: documents, type accuracy, number accuracy, share with a date, an issuer,
a signer, at least one section; and seconds per document.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.config import Config  # noqa: E402
from pipeline.model import Document, lines_from_text  # noqa: E402
from pipeline.structure import structure  # noqa: E402
from pipeline.vietnamese import strip_accents  # noqa: E402

# ../shared next to the repository (a worktree sits one level deeper)
CORPUS = next((p / "shared" / "corpus" / "congbao.jsonl.gz" for p in (ROOT.parent, ROOT.parent.parent)
               if (p / "shared" / "corpus" / "congbao.jsonl.gz").exists()), ROOT.parent / "shared" / "corpus" / "congbao.jsonl.gz")
TYPES = ["thong-tu-lien-tich", "nghi-quyet", "quyet-dinh", "nghi-dinh", "thong-tu", "chi-thi", "luat",
         "ke-hoach", "thong-bao", "cong-van", "lenh", "phap-lenh", "van-ban-hop-nhat", "hien-phap"]


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(s or "").casefold()).strip("-")


def expected(doc_id: str) -> tuple[str | None, str | None]:
    m = re.match(r"^(" + "|".join(TYPES) + r")-so-(.+)-\d+$", doc_id)
    if not m:
        return None, None
    return m.group(1), m.group(2)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show-wrong", action="store_true")
    a = ap.parse_args()
    if not CORPUS.exists():
        print(f"{CORPUS} not present: nothing to measure")
        return 0
    rows = [json.loads(x) for x in gzip.open(CORPUS, "rt", encoding="utf-8")]
    if a.limit:
        rows = rows[: a.limit]
    p_n = p_ok = 0
    art_lines = art_found = 0
    n = t_n = t_ok = n_n = n_ok = has_date = has_issuer = has_signer = has_sections = 0
    wrong = []
    started = time.perf_counter()
    for r in rows:
        doc = Document(doc_id=r["id"], lines=lines_from_text(r["text"]))
        structure(doc, Config())
        h = doc.header
        n += 1
        et, en = expected(r["id"])
        # a consolidated text (văn bản hợp nhất) prints the consolidated act's own type line
        # and has its VBHN number at the end, not in the header: not scored
        if et and et != "van-ban-hop-nhat":
            t_n += 1
            ok = slug(h.doc_type or "") == et
            t_ok += ok
            if not ok:
                wrong.append(f"{r['id']}: type {h.doc_type!r}")
            n_n += 1
            okn = slug(h.number or "") == en
            n_ok += okn
            head = "\n".join(r["text"].split("\n")[:60])
            printed = any(slug(m) == en for m in re.findall(r"Số\s*:?\s*([\w./\-Đđ]+)", head))
            if printed:
                p_n += 1
                p_ok += okn
            if not okn:
                wrong.append(f"{r['id']}: number {h.number!r}" + (" (printed)" if printed else ""))
        has_date += h.date is not None
        has_issuer += h.issuer is not None
        has_signer += h.signer is not None
        has_sections += any(s.style != "bullet" for s in doc.sections)
        # heading recall: 'Điều N.' lines of the body that became article sections
        starts = {s.line_start for s in doc.sections if s.style == "article"}
        for ln in doc.lines:
            if ln.block == "body" and re.match(r"^\s*Điều\s+\d+\.\s+\S", ln.text):
                art_lines += 1
                art_found += ln.number in starts
    secs = time.perf_counter() - started
    print("| documents | type acc | number acc | number acc where printed | date | issuer | signer | sections | 'Điều N.' recall | s/doc |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    print(f"| {n} | {t_ok / max(t_n, 1):.3f} ({t_n}) | {n_ok / max(n_n, 1):.3f} | {p_ok / max(p_n, 1):.3f} ({p_n}) | {has_date / n:.3f} | "
          f"{has_issuer / n:.3f} | {has_signer / n:.3f} | {has_sections / n:.3f} | {art_found / max(art_lines, 1):.3f} ({art_lines}) | {secs / n:.3f} |")
    if a.show_wrong:
        print("\n".join(wrong[:80]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
