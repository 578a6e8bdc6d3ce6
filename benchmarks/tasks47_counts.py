"""(tasks47, issue 5) Results paragraph vs plan paragraph (A), the active (V) and the periods to come, counted on every
labelled text by label (no task / required / optional) and by whether a run reads the sentence as a task.

Labelled texts: the development gold (samples/gold), the pending gold, the held-out gold and unseen13-32's gold (never
unseen33's, which is blind).  A sentence is labelled by the gold's tasks as plainterm_counts' labeller does (its first
40 characters met in a task's text).

Classes (a sentence may be in several):

  RP   a sentence of a *results paragraph*: a paragraph that reports a period that is over -- it opens on a past
       period ('6 tháng đầu năm', 'Từ đầu năm đến nay', 'Trong 10 tháng đầu năm', 'Năm qua', 'Thời gian qua') or holds
       two achieved figures or more ('đạt 75%', 'tăng 3,7%', 'so với cùng kỳ', '% kế hoạch') -- and holds no word of
       work to come anywhere ('sẽ', 'thời gian tới', 'sắp tới', 'cuối năm', 'cần', 'phải', 'đề nghị', 'yêu cầu',
       'giao cho', 'phương hướng', ...; not 'nhiệm vụ', 'kế hoạch',
       'chỉ đạo', 'giao' alone: a report names them too -- 'đạt 75% kế hoạch', 'chỉ tiêu tỉnh giao').  Feature: whether the sentence itself holds a word of work to come.
  PP   a sentence of a *plan paragraph*: a paragraph whose first sentence opens on a period to come or tells the
       speaker's plan ('Trong thời gian tới', 'Thời gian tới', 'Từ nay đến cuối năm', '(Trong) (những|các|N) tháng
       cuối năm', 'Để hoàn thành ...', 'Nhiệm vụ ... thời gian tới').
  V    an activity noun as subject ('Công tác', 'Việc', 'Hoạt động', 'Chiến dịch', 'Phong trào', 'Chương trình',
       'Đợt', 'Kế hoạch', 'Nội dung', 'Ngành') then, in the active, 'chú trọng / quan tâm / tập trung (vào)'.  Feature:
       whether a word of work to come ('sẽ', 'thời gian tới', 'cần', ...) stands in the sentence.
  O    the sentence opens on a period to come or a level and a comma ('Từ nay đến cuối năm,', 'Ở cấp tỉnh,', ...).

    python benchmarks/tasks47_counts.py [--pred OUT ...] [--show RP|PP|V|O] [--set dev|pending|heldout|unseen]
"""
from __future__ import annotations

import argparse
import csv
import glob
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.plainterm_counts import KINDS, norm, sentences  # noqa: E402
from pipeline.extract.resultsparagraph import AHEAD_RE, FIGURE_RE, PAST_OPEN_RE, results_paragraph  # noqa: E402

_B = r"(?<![^\W_])"
_E = r"(?![^\W_])"
# the results paragraph's parts are the reading's own (extract/resultsparagraph.py), so the counts and the rule agree
PAST_OPEN, FIGURE, AHEAD = PAST_OPEN_RE, FIGURE_RE, AHEAD_RE
PLAN_OPEN = re.compile(
    r"^(?:Để\s+[^,]{0,80},\s*)?(?:(?:Trong\s+)?[Tt]hời\s+gian\s+(?:tới|sắp\s+tới)|Sắp\s+tới|Từ\s+nay\s+đến|"
    r"(?:Trong\s+|Vào\s+)?(?:những|các|\d+|hai|ba|sáu)\s+tháng\s+(?:cuối\s+năm|còn\s+lại|tới)|Để\s+hoàn\s+thành|"
    r"Nhiệm\s+vụ\s+(?:trọng\s+tâm\s+)?(?:thời\s+gian\s+tới|những\s+tháng|năm\s+\d{4}|6\s+tháng))", re.I)
V_RE = re.compile(r"^(?:[^,]{0,80},\s*)?(?:Công\s+tác|Việc|Hoạt\s+động|Các\s+hoạt\s+động|Chiến\s+dịch|Phong\s+trào|"
                  r"Chương\s+trình|Đợt|Kế\s+hoạch|Nội\s+dung|Ngành)\s[^.;:]{0,80}?(?<!được )(?<!được sự )" + _B +
                  r"(?:(?:sẽ|cần|phải|tiếp\s+tục|luôn)\s+)?(chú\s+trọng|quan\s+tâm|tập\s+trung)" + _E, re.I)
OPENER_RE = re.compile(
    r"^(Từ\s+nay\s+đến[^,]{0,30}|Ở\s+cấp\s+(?:tỉnh|huyện|xã|cơ\s+sở|thành\s+phố|trung\s+ương|thôn)|"
    r"(?:Trong\s+|Vào\s+)?(?:những|các|\d+|hai|ba|sáu)\s+tháng\s+(?:cuối\s+năm|còn\s+lại)[^,]{0,15}|"
    r"(?:Trong\s+)?[Tt]hời\s+gian\s+(?:tới|sắp\s+tới)|Sắp\s+tới)\s*,", re.I)

SETS = {"dev": [ROOT / "samples" / "gold"], "pending": [ROOT / "samples" / "gold" / "pending"],
        "heldout": [ROOT / "samples" / "heldout" / "gold"],
        "unseen": [ROOT / "samples" / "gold" / f"unseen{n}" for n in range(13, 33)]}


def labelled_paragraphs(folder: Path):
    """(doc_id, paragraph sentences, labels) for each non-empty line of each gold text in ``folder``; label 0 no task,
    1 required, 2 optional."""
    for p in sorted(glob.glob(str(folder / "*.tasks.json"))):
        g = json.loads(Path(p).read_text(encoding="utf-8"))
        tasks = [(norm(t["text"]), t.get("optional")) for t in g["tasks"]]
        text = Path(p.replace(".tasks.json", ".clean.txt")).read_text(encoding="utf-8")
        for line in text.splitlines():
            ss = list(sentences(line))
            if not ss:
                continue
            labels = []
            for s in ss:
                ns = norm(s)
                hit = next((o for tt, o in tasks if ns[:40] in tt or tt[:40] in ns), None)
                labels.append(0 if hit is None else (2 if hit else 1))
            yield g["doc_id"], ss, labels


def plan_paragraph(ss: list[str]) -> bool:
    """A paragraph whose first sentence opens on a period to come or the speaker's plan."""
    return bool(ss) and bool(PLAN_OPEN.match(ss[0]))


def classes(ss: list[str], i: int) -> list[tuple[str, str]]:
    s = ss[i]
    out = []
    if results_paragraph(ss):
        out.append(("RP", "own-ahead" if AHEAD.search(s) else "-"))
    if plan_paragraph(ss):
        out.append(("PP", "first" if i == 0 else "later"))
    m = V_RE.match(s)
    if m:
        out.append(("V", ("ahead " if AHEAD.search(s) else "- ") + m.group(1).lower()))
    o = OPENER_RE.match(s)
    if o:
        out.append(("O", " ".join(o.group(1).split()[:3])))
    return out


def reads_of(outs: list[Path]) -> dict[str, list[str]]:
    reads: dict[str, list[str]] = {}
    for out in outs:
        f = out / "tasks.csv"
        if not f.exists():
            continue
        for r in csv.DictReader(open(f, encoding="utf-8")):
            reads.setdefault(r["doc_id"], []).append(norm(r["task"]))
    return reads


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", nargs="*", type=Path, default=[])
    ap.add_argument("--show", choices=("RP", "PP", "V", "O"))
    ap.add_argument("--set", choices=tuple(SETS))
    a = ap.parse_args()
    reads = reads_of(a.pred)
    count: Counter = Counter()
    feat: Counter = Counter()
    names = [a.set] if a.set else list(SETS)
    for name in names:
        for folder in SETS[name]:
            for doc, ss, labels in labelled_paragraphs(folder):
                for i, (s, k) in enumerate(zip(ss, labels)):
                    ns = norm(s)
                    read = any(ns[:40] in t or t[:40] in ns for t in reads.get(doc, []))
                    for c, f in classes(ss, i):
                        count[(c, name, KINDS[k])] += 1
                        count[(c, name, KINDS[k], "read")] += read
                        feat[(c, f, KINDS[k])] += 1
                        feat[(c, f, KINDS[k], "read")] += read
                        if a.show == c:
                            print(f"{name:8} {KINDS[k]:9} {'READ' if read else '    '} {f:14} {doc[:34]:34} | {s[:170]}")
    for c in ("RP", "PP", "V", "O"):
        print(f"== {c}")
        for name in names:
            print(f"  {name:8} " + ", ".join(f"{kind} {count[(c, name, kind)]} (read {count[(c, name, kind, 'read')]})"
                                             for kind in KINDS))
        for key in sorted(k for k in feat if k[0] == c and len(k) == 3):
            print(f"    {key[1]:16} {key[2]:9} {feat[key]} (read {feat[key + ('read',)]})")


if __name__ == "__main__":
    main()
