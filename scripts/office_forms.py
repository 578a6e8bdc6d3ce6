"""The forms of the office names chidao prints, classified (forms19, issue 5: canonical full names).

    python scripts/office_forms.py --run OUT [--texts samples/text] [--spans FILE.json] [--show CLASS]

The scorer matches offices leniently (one name inside the other), so a name with the speaker glued
to it ('Cục đề nghị các địa phương, đơn vị'), a bare level with the place the text gives left out
('UBND huyện' where the text writes 'UBND huyện Yên Thủy'), or a body cut at an inner comma
('Đài truyền thanh huyện' from 'Đài truyền thanh huyện, thị xã, thành phố') counts as right.  Users
query and group by these names, so this script counts the forms instead of the matches.

Inputs: a pipeline run's directory (`task_offices.csv`: the `office` column, as written, and the
`canonical` column, the name to group by) with the texts it ran on (`--texts`, to see whether the text
names the place or goes on after a comma), and/or the per-row JSON of `benchmarks/office_spans.py
--json` (the row's sentence is the text).  Each name is counted once per document.

Classes (a name may fall in several):
  verb-inside      an ask or report verb inside the name ('... đề nghị các ...', '... đã ...')
  dangling         ends on a word that needs a continuation ('các', 'như', 'và', 'với', 'của', 'tại')
                   or starts on 'và' / 'với'
  bare-level       ends on a level word ('huyện', 'tỉnh', 'xã', ...) with no place, where the document
                   writes the same body with a place right after it (as written: `office`)
  canon-bare       the canonical name still ends on a bare level where the document's text or issuer
                   gives the place ('Ủy ban nhân dân huyện' in Yên Thủy's notice)
  inner-cut        the text goes on after the name with ', <level word>' or ' - <Name>' (a level run or a
                   two-part name cut)
  lower-start      starts with a lower-case letter
  trailing-punct   ends on punctuation
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_LEVEL = r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu)"
_VERB_INSIDE_RE = re.compile(
    r"\s(?:đề\s+nghị|yêu\s+cầu|kiến\s+nghị|đã|vừa|sẽ|cần|phải|nêu\s+rõ|lưu\s+ý|thông\s+báo|cho\s+biết)\s")
_DANGLING_END_RE = re.compile(r"(?<![^\W_])(?:các|những|như|và|với|của|tại|cùng|hoặc)\s*$", re.I)
_DANGLING_START_RE = re.compile(r"^\s*(?:và|với|hoặc)\s", re.I)
_BARE_LEVEL_END_RE = re.compile(r"(?<![^\W_])" + _LEVEL + r"\s*$", re.I)
_PLACE_AFTER = r"\s+(?-i:[A-ZĐ])"

CLASSES = ("verb-inside", "dangling", "bare-level", "canon-bare", "inner-cut", "lower-start", "trailing-punct")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def classify(name: str, text: str, canonical: str | None = None, issuer: str | None = None) -> list[str]:
    """The malformed-form classes of one office name against the text it was read from."""
    out = []
    name = _norm(name)
    if not name:
        return out
    if _VERB_INSIDE_RE.search(" " + name + " ") and not re.match(r"(?i)ban\s+chỉ\s+đạo", name):
        out.append("verb-inside")
    if _DANGLING_END_RE.search(name) or _DANGLING_START_RE.search(name):
        out.append("dangling")
    flat = _norm(text)
    esc = re.escape(name).replace(r"\ ", r"\s+")
    if _BARE_LEVEL_END_RE.search(name) and not re.search(r"(?<![^\W_])cấp\s+\S+$", name) \
            and re.search(esc + _PLACE_AFTER, flat, re.I):
        out.append("bare-level")
    # (a plural or a level of government names many bodies: 'UBND các xã', 'UBND cấp xã', 'các cơ quan
    # thuộc UBND huyện' take no one place)
    if canonical is not None and _BARE_LEVEL_END_RE.search(_norm(canonical)) \
            and not re.search(r"(?<![^\W_])(?:các|những|cấp|thuộc)\s", _norm(canonical), re.I):
        level = _BARE_LEVEL_END_RE.search(_norm(canonical)).group(0).strip()
        if re.search(r"(?<![^\W_])" + re.escape(level).replace(r"\ ", r"\s+") + _PLACE_AFTER, flat + " " + (issuer or ""), re.I):
            out.append("canon-bare")
    if (_BARE_LEVEL_END_RE.search(name) and re.search(esc + r"\s*,\s*(?:các\s+)?" + _LEVEL + r"(?![^\W_])", flat, re.I)) \
            or re.search(esc + r"[ \t]+[-–][ \t]+(?-i:[A-ZĐ])\w", re.sub(r"[ \t]+", " ", text or ""), re.I):
        out.append("inner-cut")
    if name[:1].islower():
        out.append("lower-start")
    if re.search(r"[,;:.\-–(]\s*$", name):
        out.append("trailing-punct")
    return out


def _run_items(run: Path, texts: Path | None):
    """(doc, name, canonical, text, issuer) from a run's task_offices.csv, one per document and name."""
    issuers = {}
    docs = run / "documents.csv"
    if docs.exists():
        with docs.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                issuers[r.get("doc_id", "")] = r.get("issuer", "") or ""
    seen = set()
    cache: dict[str, str] = {}
    with (run / "task_offices.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r.get("role") not in ("lead", "support"):
                continue
            key = (r["doc_id"], r["office"], r.get("canonical"))
            if key in seen:
                continue
            seen.add(key)
            doc = r["doc_id"]
            if doc not in cache:
                t = ""
                if texts is not None:
                    for cand in (texts / f"{doc}.txt", texts / doc):
                        if cand.is_file():
                            t = cand.read_text(encoding="utf-8", errors="replace")
                            break
                cache[doc] = t
            yield doc, r["office"], r.get("canonical") or r["office"], cache[doc] or (r.get("text") or ""), issuers.get(doc, "")


def _span_items(spans: Path, data: Path):
    rows = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            rows[d["id"]] = d
    for line in spans.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        src = rows.get(d["id"], {})
        for name in dict.fromkeys(d.get("got") or []):
            yield d["id"], name, None, src.get("text", ""), src.get("issuer", "")


def table(items, show: str = "") -> list[str]:
    counts: Counter = Counter()
    examples: dict[str, list] = defaultdict(list)
    total = 0
    for doc, name, canon, text, issuer in items:
        total += 1
        for c in classify(name, text, canon, issuer):
            counts[c] += 1
            examples[c].append((doc, name, canon))
    out = [f"{total} office names (one per document and name)", "| class | names | share |", "|---|---|---|"]
    for c in CLASSES:
        out.append(f"| {c} | {counts[c]} | {counts[c] / max(total, 1):.3f} |")
    for c in CLASSES:
        if show in ("all", c):
            for doc, name, canon in examples[c]:
                out.append(f"  {c}\t{doc}\t{name!r}" + (f"\t-> {canon!r}" if canon and canon != name else ""))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--run", type=Path, help="a pipeline run's output directory (task_offices.csv)")
    ap.add_argument("--texts", type=Path, help="the texts the run read (DOC.txt)")
    ap.add_argument("--spans", type=Path, help="per-row JSON of benchmarks/office_spans.py --json")
    ap.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "data" / "office_spans.jsonl")
    ap.add_argument("--show", default="", help="print the names of this class ('all' for every class)")
    args = ap.parse_args(argv)
    if not args.run and not args.spans:
        ap.error("give --run and/or --spans")
    if args.run:
        print(f"## run {args.run}")
        print("\n".join(table(_run_items(args.run, args.texts), args.show)))
    if args.spans:
        print(f"## office_spans {args.spans}")
        print("\n".join(table(_span_items(args.spans, args.data), args.show)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
