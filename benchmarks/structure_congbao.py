"""Header and section sanity on the Công báo corpus (../shared/corpus, not shipped).

Each corpus id spells the document's type and number ('quyet-dinh-so-844-qd-ttg-469526'), so
the header parser can be scored on 400 documents it was not written against:

    python benchmarks/structure_congbao.py [--limit N] [--show-wrong]

Prints one table: documents, type accuracy, number accuracy, share with a date, an issuer,
a signer, at least one section; and seconds per document.  A second table scores the date and
the issuer against a truth each text states independently of chidao's header parser:

* date: the document's own date as printed, either the line that is nothing but
  '<Place>, ngày D tháng M năm Y' (the first one; in a consolidated text the one of its
  'XÁC THỰC VĂN BẢN HỢP NHẤT' block) or, for a resolution of the National Assembly or its
  Standing Committee that prints no such line, its closing formula '<Type> này được ...
  thông qua ngày ...'.  A text with neither (the gazette printed its header as an image, or
  the text is a continuation that starts mid-document) has no date to find: not scored.
* issuer: the body named by the issuing code of the id's number ('...-tt-btc' -> Bộ Tài
  chính, '...-vbhn-vpqh' -> Văn phòng Quốc hội); codes not in ISSUER_CODES are not scored.

The held-out documents (ids with 844-qd-ttg or 116-nq-cp) are never read.
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

from models.corpus_source import HELD_OUT_IDS as HELD_OUT  # noqa: E402
from pipeline.config import Config  # noqa: E402
from pipeline.model import Document, lines_from_text  # noqa: E402
from pipeline.structure import structure  # noqa: E402
from pipeline.structure.check import header_match  # noqa: E402
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


# issuing codes of the ids' numbers and the body each names (Decree 30/2020/NĐ-CP, Appendix I)
ISSUER_CODES = {
    "cp": "Chính phủ", "ttg": "Thủ tướng Chính phủ", "btc": "Bộ Tài chính",
    "bldtbxh": "Bộ Lao động - Thương binh và Xã hội", "bkhdt": "Bộ Kế hoạch và Đầu tư",
    "vpqh": "Văn phòng Quốc hội", "bca": "Bộ Công an", "bkhcn": "Bộ Khoa học và Công nghệ",
    "bct": "Bộ Công Thương", "bnv": "Bộ Nội vụ", "nhnn": "Ngân hàng Nhà nước Việt Nam",
    "bqp": "Bộ Quốc phòng", "byt": "Bộ Y tế", "bxd": "Bộ Xây dựng", "bnnmt": "Bộ Nông nghiệp và Môi trường",
    "bnnptnt": "Bộ Nông nghiệp và Phát triển nông thôn", "qh13": "Quốc hội", "qh14": "Quốc hội",
    "qh15": "Quốc hội", "ubtvqh14": "Ủy ban Thường vụ Quốc hội", "ubtvqh15": "Ủy ban Thường vụ Quốc hội",
    "btp": "Bộ Tư pháp", "bgddt": "Bộ Giáo dục và Đào tạo", "btnmt": "Bộ Tài nguyên và Môi trường",
}
_DATE_LINE_RE = re.compile(r"^\s*[A-ZĐÀ-Ỹ][\wÀ-ỹ. -]{1,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*$")
_OWN_ADOPTION_RE = re.compile(r"(?:Nghị quyết|Luật|Bộ luật|Pháp lệnh) này (?:đã )?được [^.;]{3,200}? thông qua ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})")


def true_date(text: str) -> str | None:
    """The document's own date as the text prints it (see the module's docstring), ISO."""
    lines = text.split("\n")
    auth = next((i for i, x in enumerate(lines) if re.match(r"^\s*XÁC THỰC VĂN BẢN HỢP NHẤT\s*$", x)), None)
    for x in lines[auth:] if auth is not None else lines:
        m = _DATE_LINE_RE.match(x)
        if m:
            return f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    hits = list(_OWN_ADOPTION_RE.finditer(re.sub(r"\s+", " ", text)))
    if hits:
        m = hits[-1]
        return f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return None


def true_issuer(doc_id: str) -> str | None:
    if doc_id.startswith("thong-tu-lien-tich"):
        return None  # a joint circular has several issuers
    m = re.match(r"^[a-z-]+?-so-(.+)-\d+$", doc_id)
    return ISSUER_CODES.get(m.group(1).split("-")[-1]) if m else None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show-wrong", action="store_true")
    a = ap.parse_args()
    if not CORPUS.exists():
        print(f"{CORPUS} not present: nothing to measure")
        return 0
    rows = [json.loads(x) for x in gzip.open(CORPUS, "rt", encoding="utf-8")]
    rows = [r for r in rows if not any(h in r["id"] for h in HELD_OUT)]
    if a.limit:
        rows = rows[: a.limit]
    p_n = p_ok = 0
    art_lines = art_found = 0
    n = t_n = t_ok = n_n = n_ok = has_date = has_issuer = has_signer = has_sections = 0
    wrong = []
    d_n = d_ok = i_n = i_ok = 0
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
        td, ti = true_date(r["text"]), true_issuer(r["id"])
        if td:
            d_n += 1
            d_ok += str(h.date or "")[:10] == td
            if str(h.date or "")[:10] != td:
                wrong.append(f"{r['id']}: date {h.date!s}, printed {td}")
        if ti:
            i_n += 1
            # (a dash or its absence between words is no difference: 'LAO ĐỘNG THƯƠNG BINH')
            oki = header_match("issuer", h.issuer or "", ti) or slug(h.issuer or "").replace("-", "") == slug(ti).replace("-", "")
            i_ok += oki
            if not oki:
                wrong.append(f"{r['id']}: issuer {h.issuer!r}, code says {ti!r}")
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
    print()
    print("| date right where printed | issuer right (by the number's code) |")
    print("|---|---|")
    print(f"| {d_ok / max(d_n, 1):.3f} ({d_ok}/{d_n}) | {i_ok / max(i_n, 1):.3f} ({i_ok}/{i_n}) |")
    if a.show_wrong:
        print("\n".join(wrong[:200]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
