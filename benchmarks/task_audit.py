"""Task audit of the short district, commune and press texts: task P/R and office P/R in one command.

Two sets of texts, scored apart. ``short``: deadline26's short audit
(``benchmarks/data/deadline_audit_short_texts.jsonl``: 63 real district and commune letters, telegrams and
press items of the `pages` corpus). ``short2`` (session 23, tasks25): 30 further real commune, ward,
district and press items of the `pages` corpus (``task_audit_short2_texts.jsonl``, labels
``task_audit_short2.tsv``), annotated the same way before any pipeline output on them was read. ``short3``
(session 24, tasks26): 31 more real commune, ward, district, province and press items of the `pages` corpus
(``task_audit_short3_texts.jsonl``, labels ``task_audit_short3.tsv``), annotated the same way, blind. ``short4``
(session 25, tasks27): 25 press items, notices and retold letters of 2024-2026 of the `pages` corpus
(``task_audit_short4_texts.jsonl``, labels ``task_audit_short4.tsv``), annotated the same way, blind. ``short5``
(session 26, tasks28): 25 more press items, notices and retold letters of 2024-2026 of the `pages` corpus
(``task_audit_short5_texts.jsonl``, labels ``task_audit_short5.tsv``, ids sh01-sh25), annotated the same way, blind. The first set's tasks were annotated
from ANNOTATION.md and samples/gold/README.md (session 22, tasks24) before any pipeline output on them was
read, in ``benchmarks/data/task_audit_short.tsv``: one row per task (document, the sentence's first words as
its anchor, the offices joined by '|', 'required' or 'optional', a note), and one 'none' row for a text that
directs no one. Optional tasks are neither rewarded nor punished, as in the development gold.

Scoring is the development gold's (``pipeline.eval.score_tasks_doc``): a gold task is found when a predicted
task holds its anchor; a prediction is right when it holds a gold anchor or is a piece of a gold sentence
(the sentence is read from the text: the anchor up to the next full stop); offices are compared on the found
tasks with ``office_match``.

    python benchmarks/task_audit.py                 # write every set's texts, run this tree's pipeline, score each
    python benchmarks/task_audit.py --run O [--show] # score an existing run of the texts
    python benchmarks/task_audit.py --prepare D      # only write the texts (to run another tree on them)
    python benchmarks/task_audit.py --set short2     # one set only
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from deadline_audit import TEXTS_SHORT, run_pipeline  # noqa: E402
from pipeline.eval import Counts, score_tasks_doc  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "task_audit_short.tsv"
TEXTS_SHORT2 = ROOT / "benchmarks" / "data" / "task_audit_short2_texts.jsonl"
DATA2 = ROOT / "benchmarks" / "data" / "task_audit_short2.tsv"
TEXTS_SHORT3 = ROOT / "benchmarks" / "data" / "task_audit_short3_texts.jsonl"
DATA3 = ROOT / "benchmarks" / "data" / "task_audit_short3.tsv"
TEXTS_SHORT4 = ROOT / "benchmarks" / "data" / "task_audit_short4_texts.jsonl"
DATA4 = ROOT / "benchmarks" / "data" / "task_audit_short4.tsv"
TEXTS_SHORT5 = ROOT / "benchmarks" / "data" / "task_audit_short5_texts.jsonl"
DATA5 = ROOT / "benchmarks" / "data" / "task_audit_short5.tsv"
# each set: (its stored texts, its labels)
SETS: dict[str, tuple[Path, Path]] = {"short": (TEXTS_SHORT, DATA), "short2": (TEXTS_SHORT2, DATA2),
                                      "short3": (TEXTS_SHORT3, DATA3), "short4": (TEXTS_SHORT4, DATA4),
                                      "short5": (TEXTS_SHORT5, DATA5)}


def read_texts(texts_path: Path) -> dict[str, str]:
    """A set's stored texts ``{id: text}`` (one JSON object a line)."""
    texts = {}
    for line in texts_path.open(encoding="utf-8"):
        d = json.loads(line)
        texts[d["id"]] = d["text"]
    return texts


def prepare(out: Path, names: list[str]) -> Path:
    """Write the named sets' texts into ``out`` (one ``<id>.txt`` each)."""
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        for doc_id, text in read_texts(SETS[name][0]).items():
            (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return out


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def sentence_at(text: str, anchor: str) -> str:
    """The sentence of ``text`` that opens on (or holds) ``anchor``: up to the next sentence end."""
    flat = _flat(text)
    i = flat.find(anchor)
    if i < 0:
        return anchor
    m = re.search(r"\.(\s|$)", flat[i + len(anchor):])
    return flat[i:i + len(anchor) + (m.start() + 1 if m else len(flat))]


def load_gold(path: Path = DATA, texts_path: Path = TEXTS_SHORT) -> dict[str, dict]:
    """The audit's labels as gold documents ``{doc_id: {"doc_id", "tasks": [...]}}``."""
    texts = read_texts(texts_path)
    gold: dict[str, dict] = {}
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            doc = gold.setdefault(r["doc_id"], {"doc_id": r["doc_id"], "tasks": []})
            if r["kind"] == "none":
                continue
            if r["doc_id"] not in texts or r["anchor"] not in _flat(texts[r["doc_id"]]):
                sys.exit(f"task_audit: anchor not in the text of {r['doc_id']}: {r['anchor']!r}")
            doc["tasks"].append({
                "anchor": r["anchor"], "text": sentence_at(texts[r["doc_id"]], r["anchor"]),
                "offices": [o.strip() for o in r["offices"].split("|") if o.strip()],
                "optional": r["kind"] == "optional", "note": r.get("note", "")})
    return gold


def read_run(run: Path) -> dict[str, list[dict[str, str]]]:
    """The run's task rows by document."""
    rows: dict[str, list[dict[str, str]]] = {}
    with (run / "tasks.csv").open(encoding="utf-8") as fh:
        for t in csv.DictReader(fh):
            rows.setdefault(t["doc_id"], []).append(t)
    return rows


def _ratio(c: Counts) -> tuple[float, float]:
    return (c.hit_pred / c.pred if c.pred else 1.0), (c.hit_gold / c.gold if c.gold else 1.0)


def score(gold: dict[str, dict], run: Path, show: bool, name: str = "short") -> dict[str, float]:
    preds = read_run(run)
    tasks, offices = Counts(), Counts()
    for doc_id, g in sorted(gold.items()):
        rows = preds.get(doc_id, [])
        sc = score_tasks_doc(g, rows)
        for total, part in ((tasks, sc.tasks), (offices, sc.offices)):
            total.gold += part.gold
            total.pred += part.pred
            total.hit_gold += part.hit_gold
            total.hit_pred += part.hit_pred
        if show:
            for a in sc.missed:
                print(f"MISSED  {doc_id}: {a}")
            for r in rows:
                if not any(_hit(r["task"], t) for t in g["tasks"]):
                    print(f"FALSE   {doc_id}: {_flat(r['task'])[:160]}")
            for w in sc.wrong:
                if w.startswith("offices"):
                    print(f"OFFICE  {doc_id}: {w}")
    tp, tr = _ratio(tasks)
    op, orr = _ratio(offices)
    out = {"task_p": tp, "task_r": tr, "task_f": 2 * tp * tr / (tp + tr) if tp + tr else 0.0,
           "office_p": op, "office_r": orr, "office_f": 2 * op * orr / (op + orr) if op + orr else 0.0,
           "tasks_pred": tasks.pred, "tasks_right": tasks.hit_pred, "tasks_gold": tasks.gold,
           "tasks_found": tasks.hit_gold, "offices_pred": offices.pred, "offices_gold": offices.gold}
    print(f"task audit ({name}, {len(gold)} texts): task P {tp:.3f} ({tasks.hit_pred}/{tasks.pred}) "
          f"R {tr:.3f} ({tasks.hit_gold}/{tasks.gold}) F {out['task_f']:.3f}; office P {op:.3f} "
          f"({offices.hit_pred}/{offices.pred}) R {orr:.3f} ({offices.hit_gold}/{offices.gold}) F {out['office_f']:.3f}")
    return out


def _hit(pred_text: str, gold_task: dict) -> bool:
    """Whether a prediction counts as right for this gold task (anchor held, or a piece of its sentence)."""
    one = {"doc_id": "_", "tasks": [dict(gold_task, optional=False)]}
    return score_tasks_doc(one, [{"task": pred_text}]).tasks.hit_pred > 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=[*SETS, "all"], default="all", help="which set (default: all, scored apart)")
    ap.add_argument("--run", type=Path, help="an existing chidao run of the texts (its tasks.csv)")
    ap.add_argument("--prepare", type=Path, help="only write the texts here")
    ap.add_argument("--show", action="store_true", help="print every missed and false task and office difference")
    args = ap.parse_args()
    names = list(SETS) if args.set == "all" else [args.set]
    if args.prepare:
        prepare(args.prepare, names)
        return 0
    golds = {name: load_gold(SETS[name][1], SETS[name][0]) for name in names}
    if args.run:
        for name in names:
            score(golds[name], args.run, args.show, name)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        run = run_pipeline(prepare(Path(tmp) / "texts", names), Path(tmp) / "out")
        for name in names:
            score(golds[name], run, args.show, name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
