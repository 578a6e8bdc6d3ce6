"""(tasks36, issue 5) Class (A) measured before any rule: plain steps in items that never ask, by shape.

Every sentence of the labelled text is looked up among its labels (plainterm_counts' lookup: required, optional, no
task) for four readings, each with no modal or ask word, no tense word and no speaker's report in the sentence:

- broad: after a link ('Theo đó, ', 'Bên cạnh đó, ', ...) and at most two time or phase phrases, a body and its act
  (retoldplan.body_and_act) -- what a broad 'plain step' rule would add;
- phase: the sentence opens on a numbered phase or round ('Giai đoạn 2, từ ngày 1 - 31/3, ...', 'Đợt 1 từ ...'), then
  a body and its act (fk2's and fp1's shape);
- theo-do: 'Theo đó, <body> <act>' (a retold document's content told with a bare verb: fp4, fp5, fj3's (B));
- focus (V): an activity as subject ('Công tác X', 'Hoạt động X', 'Việc X') whose verb is 'chú trọng', 'quan tâm' or
  'tập trung (vào)' (fi1, fp3).

Sets: the development gold (samples/gold), the pending gold (samples/gold/pending, the carry-over batch `fp` left
out: it is scored apart), the five task_audit short sets, and realdocs (unlabelled: every match printed).  With
``--start OUT`` (a START run on samples/text) each development match says whether START reads it already.
``--show`` prints every phase, theo-do and focus match (broad matches are only counted).

    python benchmarks/plainstep_counts.py [--show] [--start /tmp/out_dev_start]
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.plainterm_counts import KINDS, MODAL, audit_pairs, gold_labelled, norm, sentences  # noqa: E402
from pipeline.extract.boundstep import REPORTED_RE, _TENSE_RE  # noqa: E402
from pipeline.extract.offices import load_gazetteer  # noqa: E402
from pipeline.extract.retoldplan import body_and_act  # noqa: E402
from pipeline.extract.toldsteps import _LINK_RE, _after_time_leads  # noqa: E402

PHASE = re.compile(r"^(?:Trong\s+)?(?:giai\s+đoạn|đợt)\s+(?:\d+|[IVX]+|một|hai|ba|bốn|đầu|cuối)(?![^\W_])", re.I)
THEO_DO = re.compile(r"^Theo\s+đó\s*,\s*", re.I)
FOCUS = re.compile(r"^(?:Theo\s+đó\s*,\s*)?(?:Công\s+tác|Hoạt\s+động|Các\s+hoạt\s+động|Việc)\s[^.;:]{0,120}?"
                   r"(?<![^\W_])(?:sẽ\s+)?(?:chú\s+trọng|quan\s+tâm|tập\s+trung)(?![^\W_])", re.I)
READINGS = ("broad", "phase", "theo-do", "focus")
# 'giao' inside 'giao thông', 'giao dịch', ... is no ask (plainterm_counts' MODAL would refuse 'cảnh sát giao thông')
_NOT_ASK_GIAO = re.compile(r"(?<![^\W_])giao\s+(?:thông|dịch|lưu|tiếp|nhận|hữu)(?![^\W_])", re.I)
# the passive of a report ('Công tác X được chú trọng') is no step
_PASSIVE = re.compile(r"(?<![^\W_])được(?![^\W_])", re.I)


def readings(s: str, gaz) -> list[str]:
    if MODAL.search(_NOT_ASK_GIAO.sub("", s)) or _TENSE_RE.search(s) or REPORTED_RE.search(s) or s.rstrip().endswith(":"):
        return []
    out = []
    core = _after_time_leads(_LINK_RE.sub("", s, count=1))
    if body_and_act(core, gaz):
        out.append("broad")
    if (m := PHASE.match(s)) and body_and_act(_after_time_leads(re.sub(r"^[^,]{0,80},\s*", "", s[m.end():], count=1)
                                                                 if "," in s[m.end():m.end() + 80] else s), gaz):
        out.append("phase")
    if (m := THEO_DO.match(s)) and body_and_act(s[m.end():][:1].upper() + s[m.end():][1:], gaz):
        out.append("theo-do")
    if (m := FOCUS.match(s)) and not _PASSIVE.search(m.group(0)):
        out.append("focus")
    return out


def start_tasks(out: Path | None) -> dict[str, list[str]]:
    if out is None:
        return {}
    got: dict[str, list[str]] = {}
    for r in csv.DictReader(open(out / "tasks.csv", encoding="utf-8")):
        got.setdefault(r["doc_id"], []).append(norm(r["task"]))
    return got


def count(name: str, pairs, gaz, show: bool, start: dict | None = None) -> None:
    res = {r: [0, 0, 0] for r in READINGS}
    read_by_start = {r: [0, 0, 0] for r in READINGS}
    for item in pairs:
        s, k, doc = item if len(item) == 3 else (*item, None)
        rs = readings(s, gaz)
        ns = norm(s)
        seen = start is not None and doc is not None and any(ns[:40] in t or t[:40] in ns for t in start.get(doc, []))
        for r in rs:
            res[r][k] += 1
            read_by_start[r][k] += seen
            if show and r != "broad":
                print(f"  {r:8s} [{KINDS[k]}]{' START' if seen else ''} {(doc or '')[:14]} {s[:150]}")
    for r in READINGS:
        extra = f"  (START reads {dict(zip(KINDS, read_by_start[r]))})" if start is not None else ""
        print(f"{name}: {r}: {dict(zip(KINDS, res[r]))}{extra}")


def gold_pairs_with_doc(folder: Path, skip: str | None = None):
    """gold_pairs with each sentence's document id (a prefix ``skip`` left out)."""
    for p, _doc, s, k in gold_labelled(folder, skip):
        yield s, k, p.name[:-len(".tasks.json")]


def realdocs_pairs():
    for p in sorted(Path("/work/shared/realdocs").rglob("*.txt")):
        for s in sentences(p.read_text(encoding="utf-8", errors="replace")):
            yield s, 0, p.name


if __name__ == "__main__":
    show = "--show" in sys.argv
    start = None
    if "--start" in sys.argv:
        start = start_tasks(Path(sys.argv[sys.argv.index("--start") + 1]))
    gaz = load_gazetteer()
    count("development gold", gold_pairs_with_doc(ROOT / "samples" / "gold"), gaz, show, start)
    count("pending gold (no fp)", gold_pairs_with_doc(ROOT / "samples" / "gold" / "pending", skip="fp"), gaz, show)
    count("task_audit short..short5", audit_pairs(), gaz, show)
    if Path("/work/shared/realdocs").is_dir():
        count("realdocs (unlabelled: all 'no task')", realdocs_pairs(), gaz, show)
