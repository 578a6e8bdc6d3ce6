#!/usr/bin/env python3
"""Mine candidate sentences and time cells for benchmarks/data/deadline_phrases.tsv.

    PYTHONPATH=. .venv/bin/python scripts/mine_deadline_phrases.py [--shared ../shared] [--per-family 18] > cands.tsv

Why a script: the benchmark's rows must be real text, sampled for variety rather than picked
by hand, and the sample must be reproducible.  It reads the gazette corpus
(``shared/corpus/congbao.jsonl.gz``) and the real documents (``shared/realdocs/text``), leaves
out the held-out ones (realdocs 06, 09, 10; corpus ids with 844-qd-ttg or 116-nq-cp), joins
the gazette's hard-wrapped lines into paragraphs, cuts them into sentences and keeps those with
a temporal word, sampled per phrase family with a fixed seed; time cells of plan tables
('Quý IV/2026', '2026 và hằng năm', 'Thường xuyên') are taken as lines of their own.

The expected answers in the data file are NOT made here: they were written by reading each
row against ANNOTATION.md (blind, before chidao ran on them).  This script only proposes rows.

How benchmarks/data/deadline_phrases.tsv was made:
- batch 1 (dp001-dp206): ``--per-family 13 --cells 40``; rows that are forms, headers or
  garbled table text left out; the mined cells were too noisy (document numbers), so the 30
  time cells were taken by hand from the time columns of NQ 109/NQ-CP, 97/NQ-CP, 100/NQ-CP and
  QĐ 893/QĐ-TTg (their distinct shapes), the 7 rows and 2 sentences from KH 09/KH-BTNMT;
- batch 2 (notes 'batch 2'): ``--directives-only 80 --seed 6 --exclude <the batch-1 file>``,
  the same leaving out, plus 16 rows and 4 sentences of QĐ 232/QĐ-TTg and 8 sentences of two
  ministry letters (Công văn 627/BYT-BH, 296/BHXH-CSYT), sources in the ``source`` column;
- batch 3 (notes 'batch 3'): ``--directives-only 70 --seed 7 --exclude <the batch-1+2 file>``,
  the same leaving out.
- batches 4-6 (session 6, notes 'batch 4/5/6'): ``--fresh N --pattern RE --seed S --exclude
  <the data file so far>``: sentences of corpus documents that are no source of any row yet (nor
  in samples/gold), at most 2 a document (batch 4: seeds 66/67/68 with the deadline, recurrence and
  quarter patterns; batch 5: seeds 71/73), picked by hand from the proposals (forms and running
  headers left out); plus sentences read by hand from GitHub documents outside the gold (commune
  and provincial election plans, a PM's conclusion notice, tax department letters and notices, a
  Hanoi regulation, a People's Council resolution, Chỉ thị 11/CT-TTg), sources in the column.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models.corpus_source import HELD_OUT_IDS as HELDOUT_IDS  # noqa: E402

HELDOUT_REALDOCS = ("06_", "09_", "10_")
# documents already in samples/gold (tuned on): their sentences would not measure unseen text
IN_GOLD_IDS = ("chi-thi-so-21-ct-ttg", "nghi-quyet-so-122-nq-cp", "nghi-quyet-so-175-nq-cp", "nghi-quyet-so-105-nq-cp",
               "quyet-dinh-so-982-qd-ttg", "nghi-quyet-so-141-nq-cp", "nghi-quyet-so-126-nq-cp", "nghi-quyet-so-15-2026-nq-cp")

FAMILIES: list[tuple[str, str]] = [
    ("truoc_ngay", r"trước ngày \d"),
    ("cham_nhat", r"chậm nhất|muộn nhất|không (?:muộn|chậm) hơn"),
    ("hoan_thanh", r"hoàn thành (?:trong|trước|năm|xong|vào)"),
    ("quy", r"[Qq]uý (?:I|II|III|IV)\b"),
    ("thang", r"(?:trong|vào|cuối|đầu) tháng \d"),
    ("trong_nam", r"(?:trong|hết|cuối) năm (?:19|20)\d\d"),
    ("den_nam", r"đến năm (?:19|20)\d\d"),
    ("giai_doan", r"giai đoạn (?:19|20)\d\d"),
    ("nam_hoc", r"năm học"),
    ("hang", r"(?:hằng|hàng) (?:ngày|tuần|tháng|quý|năm)"),
    ("dinh_ky", r"định kỳ"),
    ("ke_tu", r"kể từ"),
    ("thuong_xuyen", r"thường xuyên|liên tục"),
    ("relative", r"(?:trong (?:thời hạn|vòng)|trong thời gian) \d+ ngày"),
    ("half", r"(?:6|sáu) tháng (?:đầu|cuối) năm|cuối năm"),
    ("gio", r"\d+ ?(?:giờ|h)(?: ?\d\d)?,? (?:ngày|sáng|chiều)"),
    ("weekday", r"(?:vào|sáng|chiều|trước) [Tt]hứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy)\b|[Cc]hủ nhật"),
    ("tuan", r"(?:hằng|hàng|mỗi|trong|của) tuần\b"),
    ("cited", r"[Ss]ố \S+ ngày \d"),
    ("dm_noyear", r"ngày \d{1,2}/\d{1,2}(?![/\d])|ngày \d{1,2} tháng \d{1,2}(?! năm)"),
    ("thang_range", r"[Tt]háng \d{1,2} ?[-–] ?\d{1,2}|từ tháng|từ ngày"),
    ("attr", r"Thời (?:gian|hạn) (?:hoàn thành|thực hiện)\s*:"),
]

CELL_RE = re.compile(
    r"^(?:(?:Trước|Trong|Hoàn\s+thành(?:\s+trong)?|Từ)\s+)?(?:Quý\s+[IV]+(?:\s*[,-]\s*[IV]+)*\s*(?:/|năm)\s*(?:19|20)\d\d|Năm\s+(?:19|20)\d\d|"
    r"(?:19|20)\d\d|Tháng\s+\d{1,2}(?:\s*[-,]\s*\d{1,2})*\s*(?:/|năm)\s*(?:19|20)\d\d|\d{1,2}/\d{1,2}/(?:19|20)\d\d|\d{1,2}/(?:19|20)\d\d|"
    r"Hằng\s+(?:năm|quý|tháng)|Thường\s+xuyên|Nhiệm\s+vụ\s+thường|Giai\s+đoạn\s+(?:19|20)\d\d|Định\s+kỳ)"
    r"(?:\s*(?:-|–|và|,|;)\s*[\w/ ]{0,25})?\.?$")
# a plan table's header: its time column
TIME_HEADER = re.compile(r"Thời\s+(?:gian|hạn)\s*(?:hoàn\s*thành|thực\s*hiện)?\s*$|^hoàn\s+thành\s*$|^thực\s+hiện\s*$", re.I)


def doc_date(text: str) -> str:
    """The document's own date: the first 'ngày d tháng m năm y' after its number line."""
    head = text[:4000]
    k = head.find("Số:")
    m = re.search(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)", head[max(k, 0):])
    return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else ""


RUNNING = re.compile(r"^\s*(?:CÔNG BÁO/.*|\d{1,4}|Ký bởi:.*|Cơ quan:.*|Ngày ký:.*)\s*$")
LABEL = re.compile(r"^\s*(?:[-+•]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVX]+\.|Điều\s+\d|Chương|Mục\s+\d|[A-Z]\.)\s")


def paragraphs(text: str) -> list[str]:
    """Hard-wrapped gazette lines joined back into paragraphs (a list item or label opens one)."""
    out: list[str] = []
    cur = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or RUNNING.match(line):
            continue
        if cur and (re.search(r"[.;:]$", cur) or LABEL.match(line)):
            out.append(cur)
            cur = line
        else:
            cur = f"{cur} {line}".strip()
    if cur:
        out.append(cur)
    return [re.sub(r"\s+", " ", p) for p in out]


def sentences(par: str) -> list[str]:
    parts = re.split(r"(?<=[.;])\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ\-])", par)
    return [p.strip() for p in parts if 25 <= len(p.strip()) <= 420]


def cells(text: str) -> list[str]:
    """Short lines of plan tables that look like a time cell (after a header with a time
    column), the next line joined when the cell goes on ('2026 và' / 'hằng năm')."""
    lines = [ln.strip() for ln in text.splitlines()]
    out = []
    in_table = False
    for i, ln in enumerate(lines):
        if TIME_HEADER.search(ln):
            in_table = True
            continue
        if not in_table or not ln or len(ln) > 40 or not CELL_RE.match(ln) or re.search(r"NĐ|QĐ|TT|CP|%", ln):
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if re.search(r"(?:và|-|,)$", ln) and nxt and len(nxt) < 25:
            ln = f"{ln} {nxt}"
        out.append(ln)
    return out


def _fresh(docs: list[tuple[str, str]], a, rnd: random.Random) -> int:
    """Sentences of documents no row of the data file comes from (batches 4-6)."""
    used = set()
    if a.exclude:
        used = {ln.split("\t")[1] for ln in a.exclude.read_text(encoding="utf-8").splitlines()[1:]}
    gold = (ROOT / "samples" / "SOURCES.md").read_text(encoding="utf-8")
    pat = re.compile(a.pattern)
    pool = []
    for src, text in docs:
        if src in used or src.split(":", 1)[1] in gold:
            continue
        date = doc_date(text)
        for par in paragraphs(text):
            for s_ in sentences(par):
                if pat.search(s_) and not s_.isupper() and not s_.startswith("Căn cứ") and len(s_) < 380:
                    pool.append((src, date, s_))
    rnd.shuffle(pool)
    per_doc: dict[str, int] = {}
    print("n\tsource\tdoc_date\tkind\tfamily\ttext")
    n = 0
    for src, date, s_ in pool:
        if per_doc.get(src, 0) >= 2:
            continue
        per_doc[src] = per_doc.get(src, 0) + 1
        n += 1
        fam = next((f for f, p in FAMILIES if re.search(p, s_)), "other")
        print(n, src, date, "sentence", fam, s_, sep="\t")
        if n >= a.fresh:
            break
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parent.parent.parent / "shared"))
    ap.add_argument("--per-family", type=int, default=18)
    ap.add_argument("--cells", type=int, default=45)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--directives-only", type=int, default=0, metavar="N",
                    help="second batch: N sentences of directives only (resolutions, decisions, instructions) "
                         "with a deadline or recurrence word, none already in --exclude")
    ap.add_argument("--exclude", type=Path, help="a data file whose texts are left out")
    ap.add_argument("--fresh", type=int, default=0, metavar="N",
                    help="N sentences matching --pattern from corpus documents that are no source in --exclude")
    ap.add_argument("--pattern", default=r"trước ngày \d|chậm nhất|hoàn thành|(?:hằng|hàng) (?:năm|quý|tháng|tuần)|định kỳ")
    a = ap.parse_args()
    shared = Path(a.shared)
    if not (shared / "corpus" / "congbao.jsonl.gz").exists():
        print(f"no corpus under {shared}", file=sys.stderr)
        return 1
    docs: list[tuple[str, str]] = []
    for line in gzip.open(shared / "corpus" / "congbao.jsonl.gz", "rt", encoding="utf-8"):
        d = json.loads(line)
        if not any(h in d["id"] for h in HELDOUT_IDS + IN_GOLD_IDS):
            docs.append((f"corpus:{d['id']}", d["text"]))
    # (every real document outside the held-out set is a dev gold sample already: none is unseen)
    for p in sorted((shared / "realdocs" / "text").glob("*.txt")):
        if not p.name.startswith(HELDOUT_REALDOCS) and not (ROOT / "samples" / "text" / p.name).exists():
            docs.append((f"realdocs:{p.stem}", p.read_text(encoding="utf-8")))
    rnd = random.Random(a.seed)
    if a.fresh:
        return _fresh(docs, a, rnd)
    # directives first: plans, programmes, resolutions and instructions carry most deadlines
    directive = re.compile(r"nq-cp|qd-ttg|chi-thi|realdocs|quyet-dinh-so")
    by_family: dict[str, list[tuple[str, str, str]]] = {f: [] for f, _ in FAMILIES}
    all_cells: dict[str, tuple[str, str]] = {}
    for src, text in docs:
        date = doc_date(text)
        for c in cells(text):
            all_cells.setdefault(c, (src, date))
        seen = set()
        for par in paragraphs(text):
            for s in sentences(par):
                if s in seen:
                    continue
                seen.add(s)
                for fam, pat in FAMILIES:
                    if re.search(pat, s):
                        by_family[fam].append((src, date, s))
                        break
    rows: list[tuple[str, str, str, str, str]] = []
    taken: set[str] = set()
    if a.exclude:
        taken = {ln.split("\t")[5] for ln in a.exclude.read_text(encoding="utf-8").splitlines()[1:]}
    if a.directives_only:
        strong = re.compile(r"trước ngày|chậm nhất|hoàn thành|[Qq]uý (?:I|II|III|IV)\b|trong tháng \d|trong năm (?:19|20)|"
                            r"hằng (?:năm|quý|tháng|tuần)|hàng (?:năm|quý|tháng|tuần)|định kỳ|Thời (?:gian|hạn) (?:hoàn thành|thực hiện)")
        pool = sorted({r for fam in by_family.values() for r in fam if directive.search(r[0]) and strong.search(r[2])
                       and r[2] not in taken and not r[2].isupper()})
        rnd.shuffle(pool)
        per_doc = {}
        for src, date, s_ in pool:
            if per_doc.get(src, 0) >= 8:
                continue
            per_doc[src] = per_doc.get(src, 0) + 1
            fam = next(f for f, p in FAMILIES if re.search(p, s_))
            rows.append((src, date, "sentence", fam, s_))
            if len(rows) >= a.directives_only:
                break
        print("n\tsource\tdoc_date\tkind\tfamily\ttext")
        for i, r in enumerate(rows, 1):
            print(i, *r, sep="\t")
        return 0
    for fam, _ in FAMILIES:
        pool = by_family[fam]
        rnd.shuffle(pool)
        # about two thirds from directives (resolutions of the Government, decisions and
        # instructions of the Prime Minister, the real documents), the rest from laws and
        # circulars, whose procedural deadlines and cited dates are the negatives
        pool.sort(key=lambda r: not directive.search(r[0]))
        n = 0
        per_doc: dict[str, int] = {}
        quota = {True: a.per_family * 2 // 3 + 1, False: a.per_family // 3}
        used = {True: 0, False: 0}
        for src, date, s in pool:
            d = bool(directive.search(src))
            if s in taken or per_doc.get(src, 0) >= 3 or used[d] >= quota[d] or s.isupper():
                continue
            taken.add(s)
            used[d] += 1
            per_doc[src] = per_doc.get(src, 0) + 1
            rows.append((src, date, "sentence", fam, s))
            n += 1
            if n >= a.per_family:
                break
    cell_items = sorted(all_cells.items())
    rnd.shuffle(cell_items)
    for c, (src, date) in cell_items[:a.cells]:
        rows.append((src, date, "cell", "cell", c))
    print("n\tsource\tdoc_date\tkind\tfamily\ttext")
    for i, r in enumerate(rows, 1):
        print(i, *r, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
