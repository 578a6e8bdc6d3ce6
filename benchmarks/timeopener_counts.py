"""(tasks46, issue 5) The opener family (measure32's K3): every labelled sentence that opens on a time or scope phrase
and a comma, counted by the opener's shape and its gold label, before any rule.

measure32 named 'Các tháng tiếp theo, triển khai tiêm ...' (unseen32 fx9): a plain step that the readers miss behind
its opener while the same sentence without the opener is read.  This script lists the openers the gold holds before a
task and before a no-task sentence, so the reader (``pipeline/extract/timeopeners.py``) keeps to a closed list the
counts support.  Every sentence of the development gold and the pending gold (the carry-over ``ge`` left out) is
looked up among its labels (``plainterm_counts.gold_labelled``); with ``--pred DIR`` (a pipeline run whose tasks.csv
holds both sets' documents, e.g. START over samples/text and the pending texts) each sentence is marked as read when
a task of its document opens on it.  ``--show`` prints the sentences; ``--shape S`` keeps one shape.

    python benchmarks/timeopener_counts.py [--pred OUT ...] [--show] [--shape S]
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.plainterm_counts import KINDS, gold_labelled, norm  # noqa: E402

# a sentence that opens (after a list mark) on a time or scope word and reaches a comma within 70 characters
OPENER_RE = re.compile(
    r"^(?:[-+•*]\s*)?((?:Cũng\s+)?(?:Trong|Từ|Đến|(?:Các|Những)\s+(?:tháng|năm|tuần|ngày|đợt|giai\s+đoạn|quý|kỳ|dịp)|Thời\s+gian|Sau|Ngay|Tháng|Năm|Quý|Đầu|Cuối|Hằng|Hàng|"
    r"Giai\s+đoạn|Trước|Vào|Mỗi|Nửa|Tuần|Đợt|Ngày|Sáng|Chiều|Tối|Dịp|Nhân\s+dịp|Tại|Trên\s+địa\s+bàn|Ở)"
    r"(?![^\W_])[^,.;:!?]{0,70}),\s*")


def shape(opener: str) -> str:
    """The opener's shape: a period to come, a period named by its number, a span, a day, an occasion, a place."""
    o = opener.casefold()
    if re.search(r"(?<![^\W_])(?:qua|vừa\s+qua|đến\s+nay|trước\s+đó|trước\s+đây)(?![^\W_])", o):
        return "period past"
    if re.match(r"trong\s+(?:quá\s+trình|khi|lúc)(?![^\W_])", o):
        return "during"
    if re.match(r"(?:ngay\s+)?sau\s+(?:khi|đó)(?![^\W_])", o):
        return "after"
    if re.match(r"trong\s+(?:đó|số\s+đó)(?![^\W_])", o):
        return "of which"
    if re.search(r"(?<![^\W_])(?:tới|tiếp\s+theo|sắp\s+tới|còn\s+lại|cuối\s+năm|từ\s+nay|đến\s+cuối|trước\s+mắt|"
                 r"thời\s+gian\s+đến)(?![^\W_])", o):
        return "period to come"
    if re.match(r"(?:cũng\s+)?(?:từ|từ\s+ngày)\s", o) and re.search(r"(?<![^\W_])(?:đến|tới|-|–)", o):
        return "span"
    if re.match(r"(?:cũng\s+)?(?:trong|vào|đến|đầu|cuối|nửa)?\s*(?:tháng|năm|quý|tuần|đợt|giai\s+đoạn|dịp|thời\s+gian)\s*"
                r"(?:[ivx]+|\d|đầu|cuối|này|nay)", o) or re.match(r"(?:trong|vào)\s+(?:\d+\s+)?(?:tháng|năm|quý|ngày)", o):
        return "period named"
    if re.match(r"(?:cũng\s+)?(?:ngày|sáng|chiều|tối)\s", o) or re.search(r"\d{1,2}\s*[/.-]\s*\d{1,2}", o):
        return "day"
    if re.match(r"(?:tại|trên\s+địa\s+bàn|ở)\s", o):
        return "place"
    if re.match(r"(?:hằng|hàng|mỗi)\s", o):
        return "recurring"
    return "other"


def predicted(pred_dirs: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for d in pred_dirs:
        for r in csv.DictReader(open(Path(d) / "tasks.csv", encoding="utf-8")):
            out.setdefault(r["doc_id"], []).append(norm(r.get("task") or ""))
    return out


def main(argv: list[str]) -> None:
    pred_dirs = [argv[i + 1] for i, a in enumerate(argv) if a == "--pred"]
    only = argv[argv.index("--shape") + 1] if "--shape" in argv else None
    show = "--show" in argv
    pred = predicted(pred_dirs)
    for name, folder in (("development", ROOT / "samples" / "gold"), ("pending", ROOT / "samples" / "gold" / "pending")):
        c: Counter = Counter()
        lines = []
        for _p, doc, s, k in gold_labelled(folder, "ge"):
            m = OPENER_RE.match(s.strip())
            if not m:
                continue
            sh = shape(m.group(1))
            if only and sh != only:
                continue
            ns = norm(s)
            hit = any(t[:30] and (t[:30] in ns or ns[:30] in t) for t in pred.get(doc, []))
            c[(sh, KINDS[k], "read" if hit else ("-" if not pred else "not read"))] += 1
            lines.append(f"  [{sh} | {KINDS[k]}{' | read' if hit else ''}] {doc} | {s.strip()[:160]}")
        print(f"== {name}")
        for key in sorted(c):
            print("  ", " / ".join(x for x in key if x != "-"), c[key])
        if show:
            print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
