"""(tasks40, issue 5) An ask inside a retold document and a decision's own articles, counted on labelled text.

- (R) 'X đã ban hành <document> ... yêu cầu / chỉ đạo / đề nghị / giao <bodies> <act>' (unseen27 fa8, office_spans
  ob61-002): the document an item retells and what it asks.  'R past directing' is the sentence START reads as
  the past (``tasks._past_directing``: narrative unless it opens the item); 'R names its ask' the wider shape
  (``tasks._names_its_ask``: a reported document whose ask names the bodies asked).
- (D) a decision's own articles: the enacting 'Điều 1. (Nay) ban hành kèm theo ...', the effect clause '... có
  hiệu lực ...', the closing '... chịu trách nhiệm thi hành / căn cứ Quyết định thi hành'.

Every sentence of the development gold (samples/gold), the pending gold (the carry-over `fv` left out) and the
five task_audit short sets is looked up among its labels (plainterm_counts' lookup: no task, required,
optional); with ``--pred DIR`` (a pipeline run over samples/text) each development and pending sentence is also
marked as predicted when a task of its document opens on it (opener_counts' lookup); ``--show`` prints them.

    python benchmarks/retoldask_counts.py [--pred OUT] [--show]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import opener_counts as oc  # noqa: E402
from benchmarks.plainterm_counts import audit_pairs, gold_labelled  # noqa: E402
from pipeline.extract.tasks import _names_its_ask, _past_directing  # noqa: E402


class _Pred:
    """A regex-like wrapper so opener_counts.count can run a predicate."""

    def __init__(self, fn):
        self.fn = fn

    def search(self, s: str):
        return self.fn(s)


CLASSES = {
    "R past directing": _Pred(_past_directing),
    "R names its ask": _Pred(_names_its_ask),
    # (the labeller splits 'Điều 1. Ban hành ...' after the label's dot: the article's text opens the sentence)
    "D enacting article": re.compile(r"^(?:(?:Điều|ĐIỀU)\s+\d{1,3}\s*[.:]?\s*[-–]?\s*)?(?:Nay\s+)?[Bb]an\s+hành\s+kèm\s+theo(?![^\W_])"),
    "D effect clause": re.compile(r"(?<![^\W_])(?:Quyết\s+định|Chỉ\s+thị|Nghị\s+quyết|Thông\s+tư|Nghị\s+định|Quy\s+chế|Quy\s+định)"
                                  r"(?:\s+này)?\s+có\s+hiệu\s+lực(?![^\W_])"),
    "D closing article": re.compile(r"(?:chịu\s+trách\s+nhiệm\s+thi\s+hành|căn\s+cứ\s+(?:Quyết\s+định|Quyết\s+định\s+này)\s+thi\s+hành|"
                                    r"thi\s+hành\s+Quyết\s+định\s+này)", re.I),
}


if __name__ == "__main__":
    show = "--show" in sys.argv
    pred_dir = sys.argv[sys.argv.index("--pred") + 1] if "--pred" in sys.argv else None
    pred = oc.predicted(pred_dir)
    oc.CLASSES = CLASSES
    dev = ((doc, s, k) for _p, doc, s, k in gold_labelled(ROOT / "samples" / "gold"))
    pend = ((doc, s, k) for _p, doc, s, k in gold_labelled(ROOT / "samples" / "gold" / "pending", "fv"))
    oc.count("development gold", dev, pred, show)
    oc.count("pending gold (no fv)", pend, pred, show)
    oc.count("task_audit short..short5", ((None, s, k) for s, k in audit_pairs()), {}, show)
