"""(tasks45, issue 5) The passive list, (V) 'chú trọng / quan tâm / tập trung' and the periods to come, counted on
the labelled sets by label (no task / required / optional), with the features that might tell them apart.

Classes (each sentence of every development and pending gold text, plainterm_counts' labeller):

  P   the passive list: '(tense) được <triển khai|tổ chức|giao|tăng cường|thực hiện|đẩy mạnh|chú trọng|quan tâm|
      tập trung|duy trì|tiến hành|bố trí|phân công|rà soát|kiểm tra|ra quân>', by the word before 'được' (sẽ, đã,
      đang, vừa, luôn, tiếp tục, cần, phải, ... or none)
  PC  passiveresults.passive_care_result: an activity or field 'được (sự) <agent> quan tâm / chú trọng', no ask
  V   an activity noun as subject ('Công tác / Việc / Hoạt động / Chiến dịch / ...'), then 'chú trọng / quan tâm /
      tập trung (vào)' in the active
  O   a period to come or a level opening the sentence ('Từ nay đến ...,', 'Những tháng cuối năm,', 'Thời gian
      tới,', 'Ở cấp tỉnh,', 'Các tháng tiếp theo,', 'Trong 3 tháng cuối năm,', ...)

``--start DEV_OUT PENDING_OUT`` (a run's output folders on samples/text and on the pending texts) marks the
sentences that run reads as tasks; ``--show CLASS`` prints that class's sentences.

    python benchmarks/passive_counts.py [--start OUT_DEV OUT_PENDING] [--show P|PC|V|O]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.plainterm_counts import KINDS, gold_labelled, norm  # noqa: E402
from pipeline.extract.passiveresults import passive_care_result  # noqa: E402

_W = r"(?<![^\W_])"
PASSIVE_RE = re.compile(
    _W + r"(?:(sẽ|đã|đang|vừa|luôn|tiếp\s+tục|cần|phải|cũng|thường\s+xuyên|đều)\s+)?được\s+(?:sự\s+)?"
    r"(triển\s+khai|tổ\s+chức|giao|tăng\s+cường|thực\s+hiện|đẩy\s+mạnh|chú\s+trọng|quan\s+tâm|tập\s+trung|duy\s+trì|"
    r"tiến\s+hành|bố\s+trí|phân\s+công|rà\s+soát|kiểm\s+tra|ra\s+quân)(?![^\W_])", re.I)
V_RE = re.compile(r"^(?:[^,]{0,80},\s*)?(?:Công\s+tác|Việc|Hoạt\s+động|Các\s+hoạt\s+động|Chiến\s+dịch|Phong\s+trào|"
                  r"Chương\s+trình|Đợt|Kế\s+hoạch)\s[^.;]{0,80}?(?<!được )(?<!được sự )(?<![^\W_])"
                  r"(chú\s+trọng|quan\s+tâm|tập\s+trung)(?![^\W_])", re.I)
OPENER_RE = re.compile(
    r"^(Từ\s+nay\s+đến[^,]{0,30}|Những\s+tháng\s+(?:cuối\s+năm|còn\s+lại|tới)[^,]{0,15}|(?:Trong\s+)?[Tt]hời\s+gian\s+"
    r"(?:tới|tiếp\s+theo)|Ở\s+cấp\s+(?:tỉnh|huyện|xã|cơ\s+sở|thành\s+phố)|Các\s+tháng\s+(?:tiếp\s+theo|còn\s+lại|cuối"
    r"\s+năm)[^,]{0,15}|(?:Trong\s+)?(?:\d+|sáu|ba)\s+tháng\s+cuối\s+năm[^,]{0,10}|Trong\s+năm\s+(?:tới|\d{4}))\s*,",
    re.I)


def start_reads(out: Path) -> dict[str, list[str]]:
    """doc_id -> the normalised task texts of a run's tasks.csv."""
    reads: dict[str, list[str]] = {}
    for r in csv.DictReader(open(out / "tasks.csv", encoding="utf-8")):
        reads.setdefault(r["doc_id"], []).append(norm(r["task"]))
    return reads


def classes(s: str) -> list[tuple[str, str]]:
    """(class, feature) pairs the sentence ``s`` belongs to."""
    out = []
    m = PASSIVE_RE.search(s)
    if m:
        out.append(("P", (m.group(1) or "-").lower()))
    if passive_care_result(s):
        out.append(("PC", ""))
    if V_RE.match(s):
        out.append(("V", ""))
    o = OPENER_RE.match(s)
    if o:
        out.append(("O", " ".join(o.group(1).split()[:3])))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--start", nargs=2, type=Path, metavar=("OUT_DEV", "OUT_PENDING"))
    ap.add_argument("--show", choices=("P", "PC", "V", "O"))
    a = ap.parse_args()
    reads: dict[str, list[str]] = {}
    if a.start:
        for out in a.start:
            reads.update(start_reads(out))
    count: Counter = Counter()
    feat: Counter = Counter()
    for name, folder in (("dev", ROOT / "samples" / "gold"), ("pending", ROOT / "samples" / "gold" / "pending")):
        for _p, doc, s, k in gold_labelled(folder):
            ns = norm(s)
            read = any(ns[:40] in t or t[:40] in ns for t in reads.get(doc, []))
            for c, f in classes(s):
                count[(c, name, KINDS[k])] += 1
                if read:
                    count[(c, name, KINDS[k], "read")] += 1
                if f:
                    feat[(c, name, f, KINDS[k])] += 1
                if a.show == c:
                    print(f"{name:8} {KINDS[k]:9} {'READ' if read else '    '} {doc[:40]:40} | {s[:200]}")
    for c in ("P", "PC", "V", "O"):
        print(f"== {c}")
        for name in ("dev", "pending"):
            row = ", ".join(f"{kind} {count[(c, name, kind)]}" + (f" (read {count[(c, name, kind, 'read')]})"
                                                                    if a.start else "") for kind in KINDS)
            print(f"  {name:8} {row}")
        for key in sorted(k for k in feat if k[0] == c):
            print(f"    {key[1]:8} {key[2]:14} {key[3]:9} {feat[key]}")


if __name__ == "__main__":
    main()
