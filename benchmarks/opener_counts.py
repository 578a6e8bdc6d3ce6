"""(tasks38, issue 5) measure30's task classes counted on labelled text before any rule.

- (K2)+(K) an opener before a point's own subject: 'Đối với các cơ sở thôn còn lại ... căn cứ ... tổ chức ...',
  'Cụ thể: Sở NN&PTNT chủ trì, ...', 'Riêng UBND huyện X khẩn trương ...': the opener ('Đối với', 'Riêng', 'Cụ thể',
  'Trong đó', 'Ngoài ra'), then a body and its act in the same sentence.
- (P) a target: 'X phấn đấu ...', 'X quyết tâm đạt ...'.
- (F6) a paper's own report told: 'Báo X có bài phản ánh ...', '... sự việc báo Lao Động phản ánh'.
- (F7) a conditional risk: '... nếu không khẩn trương / kịp thời / quyết liệt ...'.

Every sentence of the development gold (samples/gold), the pending gold (samples/gold/pending, the carry-over `fs`
left out) and the five task_audit short sets is looked up among its labels (plainterm_counts' lookup: no task,
required, optional).  With ``--pred DIR`` (a pipeline run over samples/text) each development and pending sentence is
also marked as predicted when a task of its document opens on it; ``--show`` prints the sentences.

    python benchmarks/opener_counts.py [--pred OUT] [--show]
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.plainterm_counts import KINDS, audit_pairs, gold_labelled, norm, sentences  # noqa: E402

_BODY = (r"(?:UBND|Ủy\s+ban|Uỷ\s+ban|Sở|Phòng|Ban|Công\s+an|Bộ|Trung\s+tâm|Trường|Hội|Đoàn|Chi\s+cục|Cục|Tổng\s+cục|"
         r"Thủ\s+trưởng|Giám\s+đốc|Chủ\s+tịch|Bộ\s+trưởng|các\s+(?:xã|thôn|huyện|sở|cơ\s+sở|đơn\s+vị|địa\s+phương|"
         r"trường|phòng|bản|tổ|cơ\s+quan|ngành)|[Xx]ã(?=\s)|[Hh]uyện(?=\s))")
_ACT = (r"(?:chủ\s+trì|căn\s+cứ|tổ\s+chức|triển\s+khai|phối\s+hợp|chủ\s+động|thực\s+hiện|quyết\s+tâm|phấn\s+đấu|"
        r"tập\s+trung|khẩn\s+trương|có\s+trách\s+nhiệm|tiếp\s+tục|yêu\s+cầu|xây\s+dựng|rà\s+soát|hoàn\s+thành)")
CLASSES = {
    "K opener+body+act": re.compile(
        rf"^(?:Đối\s+với|Riêng(?:\s+đối\s+với)?|Cụ\s+thể(?:\s+như\s+sau)?|Trong\s+đó|Ngoài\s+ra)\s*[:,]?\s*"
        rf"(?:[^.;:!?]{{0,80}}?[,\s])?{_BODY}[^.;:!?]{{0,120}}?(?<![^\W_]){_ACT}(?![^\W_])", re.I),
    "P target": re.compile(r"(?<![^\W_])(?:phấn\s+đấu|quyết\s+tâm\s+(?:đạt|hoàn\s+thành|về\s+đích))(?![^\W_])", re.I),
    "F6 paper's report": re.compile(
        r"(?<![^\W_])[Bb]áo\s+[^.;!?]{0,40}?(?:có\s+bài\s+)?(?:đã\s+)?phản\s+ánh(?![^\W_])|"
        r"(?:Trước\s+đó|Như\s+(?:Báo|báo))[^.;!?]{0,60}?(?:đưa\s+tin|phản\s+ánh|thông\s+tin)", re.I),
    "F7 conditional risk": re.compile(
        r"(?<![^\W_])nếu\s+không\s+(?:có\s+(?:các\s+)?biện\s+pháp\s+)?(?:khẩn\s+trương|kịp\s+thời|quyết\s+liệt|"
        r"triển\s+khai|phòng\s+chống|phòng,\s+chống|thực\s+hiện|có\s+giải\s+pháp)", re.I),
}


def doc_pairs(folder: Path, skip: str = "fs"):
    """(doc_id, sentence, kind) over a gold folder (plainterm_counts.gold_labelled with the document kept)."""
    for _p, doc, s, k in gold_labelled(folder, skip):
        yield doc, s, k


def predicted(pred_dir: str | None) -> dict[str, list[str]]:
    """The normalised task texts of a pipeline run, by document."""
    out: dict[str, list[str]] = {}
    if pred_dir:
        for r in csv.DictReader(open(Path(pred_dir) / "tasks.csv", encoding="utf-8")):
            out.setdefault(r["doc_id"], []).append(norm(r.get("task") or ""))
    return out


def count(name: str, triples, pred: dict, show: bool) -> None:
    for cls, rx in CLASSES.items():
        c: Counter = Counter()
        lines = []
        for doc, s, k in triples_cache(name, triples):
            if not rx.search(s.strip()):
                continue
            ns = norm(s)
            hit = pred and doc and any(t[:30] and (t[:30] in ns or ns[:30] in t) for t in pred.get(doc, []))
            c[(KINDS[k], "predicted" if hit else ("-" if not pred or not doc else "not predicted"))] += 1
            lines.append(f"  [{KINDS[k]}{'/pred' if hit else ''}] {doc or ''} | {s.strip()[:170]}")
        print(f"{name} | {cls} |", {f"{a} {b}".strip(" -"): v for (a, b), v in sorted(c.items())})
        if show:
            print("\n".join(lines))


_CACHE: dict = {}


def triples_cache(name, triples):
    if name not in _CACHE:
        _CACHE[name] = list(triples)
    return _CACHE[name]


if __name__ == "__main__":
    show = "--show" in sys.argv
    pred_dir = sys.argv[sys.argv.index("--pred") + 1] if "--pred" in sys.argv else None
    pred = predicted(pred_dir)
    count("development gold", doc_pairs(ROOT / "samples" / "gold"), pred, show)
    count("pending gold (no fs)", doc_pairs(ROOT / "samples" / "gold" / "pending"), pred, show)
    count("task_audit short..short5", ((None, s, k) for s, k in audit_pairs()), {}, show)
