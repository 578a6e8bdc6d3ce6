"""(tasks39, issue 5) Class (A)'s gate measured: every 'body and act' sentence of the labelled sets with its label,
and what each part of plansteps' gate sets aside.

Each sentence of a labelled text (plainterm_counts' lookup: required, optional, no task) is read in its document's
order.  The candidates are the sentences plansteps.plan_step_core opens on a body and its act (one link, one clause
opener, two time phrases set aside) with toldsteps' one gate (no tense, no speaker, no label) and no ask word -- the
broad reading.  Each candidate is then passed through the gate's parts in order, and the first part that refuses it
is counted:

  stop       it ends on no stop (a headline or title line)
  mark       a report's mark: thanks, a photo caption, a count of the people mobilised, 'đưa tin'; a label and its value
  programme  no programme told before it or in it (plansteps.tells_programme)
  heading    it sits under a heading of results (plansteps.RESULT_HEADING_RE)
  day        it opens on a day or a part of a day
  person     its doer is a person
  event      its act is a meeting, visit, issue, courtesy or report (plansteps.EVENT_ACT_RE), having, or two
             words or fewer (an attribute line)
  READ       none refuses it: the gate reads it

Sets: the development gold (samples/gold) and, apart, its part outside HELD_OUT_GOLD_PREFIXES; the pending gold (the
carry-over batch `fu` scored apart); `fu` itself; the task_audit short sets; realdocs (unlabelled: every READ printed
with --show).  ``--start OUT`` (START's run on samples/text) marks the development sentences START reads already.

    python benchmarks/plainstep_gate.py [--show] [--refusals] [--start /tmp/out_dev_start]
"""
from __future__ import annotations

import csv
import glob
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.plainterm_counts import KINDS, gold_labelled, norm, sentences  # noqa: E402
from pipeline.extract.offices import load_gazetteer, subject_of  # noqa: E402
from pipeline.extract.plansteps import (EVENT_ACT_RE, RESULT_HEADING_RE, _ASK_RE, _DAY_OPEN_RE,  # noqa: E402
                                        _HAS_RE, _LABEL_RE, _PERSON_RE, _REPORT_MARK_RE, plan_step, plan_step_core,
                                        tells_programme)
from pipeline.extract.plandoers import plain_doer  # noqa: E402
from pipeline.extract.retoldplan import body_and_act  # noqa: E402
from pipeline.extract.toldsteps import plain_step_sentence  # noqa: E402

PARTS = ("stop", "mark", "programme", "heading", "day", "person", "event", "READ")
_HEAD_RE = re.compile(r"^\s*(?:(?:[IVX]+|[A-Za-zĐđ]|\d+(?:\.\d+)*)[.)/]|Phần\s+[IVX\d]+|PHẦN\s+[IVX\d]+|Chương\s+[IVX\d]+)"
                      r"\s*.{2,160}$")


def heading_line(line: str) -> bool:
    """A numbered heading with no stop, or a line nearly all in capitals (the offline stand-in for the pipeline's
    headings)."""
    t = line.strip()
    if not t or len(t) > 170:
        return False
    if _HEAD_RE.match(t) and not t.endswith((".", ";")):
        return True
    letters = [c for c in t if c.isalpha()]
    return len(letters) > 6 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def first_refusal(s: str, gaz, told: bool, heading: str | None) -> str | None:
    """None when ``s`` is no candidate; else the first part of the gate that refuses it ('READ': none does)."""
    t = s.strip()
    if not plain_step_sentence(t, gaz) or _ASK_RE.search(t):
        return None
    core = plan_step_core(t)
    if not core or not (body_and_act(core, gaz) or plain_doer(core, gaz)):
        return None
    if not t.endswith((".", ";", "…")):
        return "stop"
    if _REPORT_MARK_RE.search(t) or _LABEL_RE.match(t):
        return "mark"
    if not (told or tells_programme(t)):
        return "programme"
    if heading and RESULT_HEADING_RE.search(heading):
        return "heading"
    if _DAY_OPEN_RE.match(t):
        return "day"
    if _PERSON_RE.match(core):
        return "person"
    subj = (None if body_and_act(core, gaz) else plain_doer(core, gaz)) or subject_of(core, gaz)
    after = core[subj[1]:].lstrip(" ,") if subj else core
    if EVENT_ACT_RE.match(after) or _HAS_RE.match(after) or len(after.split()) < 3:
        return "event"
    assert plan_step(t, gaz, told, heading)
    return "READ"


def labelled_docs(folder: Path, skip: str | None = None, only: str | None = None):
    """doc_id -> (clean text, [(sentence, label)]) in the text's order."""
    docs: dict[str, tuple[str, list]] = {}
    for p, doc, s, k in gold_labelled(folder, skip):
        if only and not doc.startswith(only):
            continue
        if doc not in docs:
            docs[doc] = (Path(str(p).replace(".tasks.json", ".clean.txt")).read_text(encoding="utf-8"), [])
        docs[doc][1].append((s, k))
    return docs


def audit_docs():
    labels: dict[str, list] = {}
    for p in sorted(glob.glob(str(ROOT / "benchmarks" / "data" / "task_audit_short*.tsv"))):
        for r in csv.DictReader(open(p, encoding="utf-8"), delimiter="\t"):
            if r["anchor"]:
                labels.setdefault(r["doc_id"], []).append((norm(r["anchor"]), r["kind"]))
    docs = {}
    with tempfile.TemporaryDirectory() as d:
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "task_audit.py"), "--prepare", d], check=True,
                       capture_output=True)
        for p in sorted(Path(d).glob("*.txt")):
            text = p.read_text(encoding="utf-8")
            items = []
            for s in sentences(text):
                kind = next((k for a, k in labels.get(p.stem, []) if a[:35] in norm(s)), "none")
                items.append((s, {"required": 1, "optional": 2}.get(kind, 0)))
            docs[p.stem] = (text, items)
    return docs


def realdocs():
    docs = {}
    for p in sorted(Path("/work/shared/realdocs").rglob("*.txt")):
        text = p.read_text(encoding="utf-8", errors="replace")
        docs[p.name] = (text, [(s, 0) for s in sentences(text)])
    return docs


def walk(docs, gaz):
    """(doc, sentence, label, first refusal) for each candidate, each document read in order."""
    for doc, (text, items) in docs.items():
        heads, off = [], 0
        for line in text.splitlines():
            if heading_line(line):
                heads.append((off, line))
            off += len(line) + 1
        told = False
        for s, k in items:
            at = text.find(s[:40])
            head = None
            for o, line in heads:
                if at < 0 or o > at:
                    break
                if not line.strip().startswith(s[:20]):
                    head = line
            part = first_refusal(s, gaz, told, head)
            if part is not None:
                yield doc, s, k, part
            if tells_programme(s):
                told = True


def report(name: str, docs, gaz, show: bool, start: dict | None = None, refusals: bool = False) -> Counter:
    table = {p: [0, 0, 0] for p in PARTS}
    start_read = [0, 0, 0]
    refused: dict[str, list[str]] = {p: [] for p in PARTS}
    for doc, s, k, part in walk(docs, gaz):
        table[part][k] += 1
        if k == 0 and doc not in refused[part]:
            refused[part].append(doc)
        seen = start is not None and any(norm(s)[:40] in t or t[:40] in norm(s) for t in start.get(doc, []))
        if part == "READ":
            start_read[k] += seen
            if show:
                print(f"  READ [{KINDS[k]}]{' START' if seen else ''} {doc[:24]} {s[:150]}")
    cand = [sum(table[p][i] for p in PARTS) for i in range(3)]
    print(f"{name}: candidates {dict(zip(KINDS, cand))}")
    for p in PARTS:
        docs_of = f"  (no-task texts: {', '.join(d[:12] for d in refused[p][:4])})" if refusals and refused[p] else ""
        print(f"  {p:9s} {dict(zip(KINDS, table[p]))}{docs_of}")
    if start is not None:
        print(f"  READ and read by START already: {dict(zip(KINDS, start_read))}")
    return Counter()


def start_tasks(out: Path | None) -> dict[str, list[str]] | None:
    if out is None:
        return None
    got: dict[str, list[str]] = {}
    for r in csv.DictReader(open(out / "tasks.csv", encoding="utf-8")):
        got.setdefault(r["doc_id"], []).append(norm(r["task"]))
    return got


if __name__ == "__main__":
    show = "--show" in sys.argv
    refusals = "--refusals" in sys.argv  # the first no-task texts each part refuses
    start = start_tasks(Path(sys.argv[sys.argv.index("--start") + 1])) if "--start" in sys.argv else None
    from models.build_deadline_scorer import HELD_OUT_GOLD_PREFIXES

    gaz = load_gazetteer()
    dev = labelled_docs(ROOT / "samples" / "gold")
    report("development gold", dev, gaz, show, start, refusals)
    fit = {d: v for d, v in dev.items() if not d.startswith(tuple(HELD_OUT_GOLD_PREFIXES))}
    report("development gold outside HELD_OUT_GOLD_PREFIXES", fit, gaz, False, start)
    pend = labelled_docs(ROOT / "samples" / "gold" / "pending")
    report("pending gold (fu, fy apart)", {d: v for d, v in pend.items() if not d.startswith(("fu", "fy"))}, gaz, show,
           refusals=refusals)
    report("carry-over fu", {d: v for d, v in pend.items() if d.startswith("fu")}, gaz, show)
    report("carry-over fy (tasks42)", {d: v for d, v in pend.items() if d.startswith("fy")}, gaz, show)
    report("task_audit short..short5", audit_docs(), gaz, show, refusals=refusals)
    if Path("/work/shared/realdocs").is_dir():
        report("realdocs (unlabelled: all 'no task')", realdocs(), gaz, show)
    print(json.dumps({"parts": PARTS}))
