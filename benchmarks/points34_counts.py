"""points34 (session 34, issue 5): every labelled sentence of four shapes measure34 named on unseen33, counted before
any rule was built: every gold folder with its clean text (development, pending, unseen13-33, heldout) and the
sentence-level benchmark batches (office_spans, deadline_phrases).

Shapes (each a regular expression over one sentence, after a list mark):
  K4   an addition opener then a bare duty modal, no subject: 'Bên cạnh đó, cần ...', 'Ngoài ra, cần ...',
       'Mặt khác, cần ...' (and 'Đồng thời / Cùng với đó / Song song đó');
  T2   a time sentence that names its work, with a bound and no 'hoàn thành': 'Thời gian nộp ... trước ngày ...',
       'Thời gian kê khai lại là 7 ngày kể từ ...';
  D14  a window's permitted extension: 'có thể kéo dài (đến|thêm|tới)';
  O30  a follower whose subject is the work itself: 'Việc <work> (phải|cần) (được) hoàn thành ...', 'Các hoạt
       động ... cần thực hiện ... gồm:'.
For each hit: the set, the document, the gold label (required / optional / none) with its offices and date.
Run from the repository root: python3 benchmarks/points34_counts.py [K4|T2|D14|O30] [-v]."""
from __future__ import annotations

import glob
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import vnscore as V  # noqa: E402

# a sentence ends at a stop (or '…') before a capital
SENT = re.compile(r"(?<=[.;!?…])\s+(?=[A-ZĐÀ-Ỹ])")
MARK = re.compile(r"^\s*(?:[-–+*•]|\d+[.)/]|[a-zđ][.)])\s*")
SHAPES = {
    "K4": re.compile(r"^(?:Bên\s+cạnh\s+đó|Ngoài\s+ra|Mặt\s+khác|Đồng\s+thời|Cùng\s+với\s+đó|Song\s+song(?:\s+với)?\s+đó)"
                     r"\s*,?\s*(?:(?:cũng|còn|vẫn)\s+)?(?:cần|phải)\s", re.I),
    "T2": re.compile(r"^Thời\s+(?:gian|hạn)\s+(?!hoàn\s+thành)(?!thực\s+hiện\s*:)[^.:;]{0,160}?"
                     r"(?:(?:trước|chậm\s+nhất|đến\s+hết|trước\s+ngày)\s+(?:ngày\s+)?\d|\d+\s+ngày\s+(?:làm\s+việc\s*,?\s*)?kể\s+từ)", re.I),
    "D14": re.compile(r"có\s+thể\s+(?:được\s+)?kéo\s+dài", re.I),
    "O30": re.compile(r"^(?:Việc\s+[^.;:]{3,120}?\s(?:phải|cần)\s+(?:được\s+)?(?:hoàn\s+thành|thực\s+hiện|triển\s+khai)"
                      r"|Các\s+(?:hoạt\s+động|nội\s+dung|nhiệm\s+vụ|công\s+việc)[^.;:]{0,60}?\s(?:cần|phải)\s+(?:được\s+)?"
                      r"(?:thực\s+hiện|triển\s+khai|tổ\s+chức))", re.I),
}


def gold_documents():
    """(set, gold document, text) for every gold file whose clean text is stored beside it."""
    for f in sorted(glob.glob("samples/gold/**/*.tasks.json", recursive=True)) + \
            sorted(glob.glob("samples/heldout/gold/*.tasks.json")):
        p = Path(f[: -len(".tasks.json")] + ".clean.txt")
        if not p.exists():
            continue
        parent = Path(f).parent.name
        name = {"gold": "dev", "pending": "pending"}.get(parent, parent)
        if "heldout" in f:
            name = "heldout"
        yield name, json.load(open(f, encoding="utf-8")), p.read_text(encoding="utf-8")


def label_of(doc: dict, s: str) -> tuple[str, dict | None]:
    st = V.tokens(s)
    for gt in doc["tasks"]:
        if V.contains_anchor(st, V.tokens(gt["anchor"])) or \
                V.contains_anchor(V.tokens(gt.get("text") or gt["anchor"]), st[:12]):
            return ("optional" if gt.get("optional") else "required"), gt
    return "none", None


def sentences(text: str):
    for line in text.splitlines():
        for s in SENT.split(line.strip()):
            yield MARK.sub("", s)


def main() -> None:
    want = [a for a in sys.argv[1:] if a in SHAPES] or list(SHAPES)
    verbose = "-v" in sys.argv
    tab: Counter = Counter()
    rows: list[str] = []
    for name, doc, text in gold_documents():
        for s in sentences(text):
            for k in want:
                if SHAPES[k].search(s):
                    lab, gt = label_of(doc, s)
                    tab[(k, lab)] += 1
                    extra = "" if gt is None else f" offices={gt.get('offices')} date={gt.get('deadline')}"
                    rows.append(f"{k} {name} {doc['doc_id'][:14]} [{lab}{extra}] {s[:200]}")
    for rec in map(json.loads, open("benchmarks/data/office_spans.jsonl", encoding="utf-8")):
        for s in sentences(rec["text"]):
            for k in want:
                if SHAPES[k].search(s):
                    tab[(k, "office_spans")] += 1
                    rows.append(f"{k} office_spans {rec['id']} offices={rec.get('offices')} | {rec['text'][:300]}")
    for ln in open("benchmarks/data/deadline_phrases.tsv", encoding="utf-8").read().splitlines()[1:]:
        c = ln.split("\t")
        if len(c) < 7:
            continue
        for s in sentences(c[5]):
            for k in want:
                if SHAPES[k].search(s):
                    tab[(k, "deadline_phrases")] += 1
                    rows.append(f"{k} deadline_phrases {c[0]} date={c[6]} | {c[5][:200]}")
    for key in sorted(tab):
        print(key, tab[key])
    if verbose:
        print("\n".join(rows))


if __name__ == "__main__":
    main()
