"""(tasks30, issue 5) How many sentences a broad 'plain term = task' rule would read, against the gated shapes
tasks30 built: the development gold (samples/gold) and the five task_audit short sets (their labels).

A 'plain term' sentence holds 'trước / chậm nhất / muộn nhất / không quá (ngày) D' and no modal or ask word, no tense
word and no speaker's report.  Each such sentence is looked up among the gold's (or the audit labels') tasks by its
opening: required, optional, or no task at all -- the false tasks a broad rule would add.  The same count is made for
schoolterms.is_school_term (ungated) and for the 'Theo kế hoạch, ...' opening toldsteps.own_plan_step reads.

    python benchmarks/plainterm_counts.py            # development gold, then the audit texts (written to a temp dir)
"""
from __future__ import annotations

import csv
import glob
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extract.boundstep import REPORTED_RE, _TENSE_RE  # noqa: E402
from pipeline.extract.schoolterms import is_school_term  # noqa: E402
from pipeline.extract.toldsteps import _OWN_PLAN_RE  # noqa: E402

TERM = re.compile(r"(?<![^\W_])(?:trước|chậm\s+nhất|muộn\s+nhất|không\s+quá)\s+(?:là\s+)?(?:vào\s+)?(?:ngày\s+)?"
                  r"\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)", re.I)
MODAL = re.compile(r"(?<![^\W_])(?:phải|cần|yêu\s+cầu|đề\s+nghị|giao|chỉ\s+đạo|đôn\s+đốc|chịu\s+trách\s+nhiệm|"
                   r"có\s+trách\s+nhiệm)(?![^\W_])", re.I)
KINDS = ("no task", "required", "optional")


def sentences(text: str):
    for line in text.splitlines():
        for s in re.split(r"(?<=[.;!?])\s+(?=[A-ZĐÂÊÔƠƯÁÀẢÃẠ])", line):
            if len(s.split()) > 3:
                yield s.strip()


def norm(x: str) -> str:
    return re.sub(r"\s+", " ", x).strip()


def count(pairs) -> dict:
    """``pairs``: (sentence, kind index) -> counts per reading."""
    res = {k: [0, 0, 0] for k in ("plain term", "school-year term", "Theo kế hoạch")}
    for s, k in pairs:
        if TERM.search(s) and not (MODAL.search(s) or _TENSE_RE.search(s) or REPORTED_RE.search(s)):
            res["plain term"][k] += 1
        if is_school_term(s):
            res["school-year term"][k] += 1
        if _OWN_PLAN_RE.match(s):
            res["Theo kế hoạch"][k] += 1
    return {r: dict(zip(KINDS, v)) for r, v in res.items()}


def gold_labelled(folder: Path = ROOT / "samples" / "gold", skip: str | None = None):
    """(gold file, doc_id, sentence, label) for each sentence of every gold text in `folder` (label: 0 no task,
    1 required, 2 optional); the files whose name opens on the prefix ``skip`` (a carry-over batch scored apart)
    left out.  The one labeller of the *_counts benchmarks."""
    for p in sorted(glob.glob(str(folder / "*.tasks.json"))):
        if skip and Path(p).name.startswith(skip):
            continue
        g = json.loads(Path(p).read_text(encoding="utf-8"))
        tasks = [(norm(t["text"]), t.get("optional")) for t in g["tasks"]]
        for s in sentences(Path(p.replace(".tasks.json", ".clean.txt")).read_text(encoding="utf-8")):
            ns = norm(s)
            hit = next((o for tt, o in tasks if ns[:40] in tt or tt[:40] in ns), None)
            yield Path(p), g["doc_id"], s, 0 if hit is None else (2 if hit else 1)


def gold_pairs(folder: Path = ROOT / "samples" / "gold", skip: str | None = None):
    """Each sentence of every gold text in `folder` with its label: 0 no task, 1 required, 2 optional."""
    for _p, _doc, s, k in gold_labelled(folder, skip):
        yield s, k


def audit_pairs():
    import subprocess

    labels: dict[str, list] = {}
    for p in sorted(glob.glob(str(ROOT / "benchmarks" / "data" / "task_audit_short*.tsv"))):
        for r in csv.DictReader(open(p, encoding="utf-8"), delimiter="\t"):
            if r["anchor"]:
                labels.setdefault(r["doc_id"], []).append((norm(r["anchor"]), r["kind"]))
    with tempfile.TemporaryDirectory() as d:
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "task_audit.py"), "--prepare", d], check=True,
                       capture_output=True)
        for p in sorted(Path(d).glob("*.txt")):
            for s in sentences(p.read_text(encoding="utf-8")):
                kind = next((k for a, k in labels.get(p.stem, []) if a[:35] in norm(s)), "none")
                yield s, {"required": 1, "optional": 2}.get(kind, 0)


if __name__ == "__main__":
    print("development gold:", json.dumps(count(gold_pairs()), ensure_ascii=False))
    print("task_audit short..short5:", json.dumps(count(audit_pairs()), ensure_ascii=False))
