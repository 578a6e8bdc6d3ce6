"""tasks41: per-document task scores on one-document gold folders (vnscore's score_tasks), and every missed required and false task with its sentence: python3 benchmarks/pending_task_diff.py OUT/tasks.csv GOLD_DIR [OUT.json]."""
import csv, json, sys, tempfile, shutil, os
from pathlib import Path
sys.path.insert(0, "/work/shared/eval")
import vnscore as V

pred, gold = sys.argv[1], sys.argv[2]
out = sys.argv[3] if len(sys.argv) > 3 else None
rows = list(csv.DictReader(open(pred, encoding="utf-8-sig", newline="")))
by = {}
for r in rows: by.setdefault(r["doc_id"], []).append(r)
res = []
tmp = tempfile.mkdtemp()
for f in sorted(Path(gold).glob("*.tasks.json")):
    doc = json.loads(f.read_text(encoding="utf-8"))
    d = Path(tmp) / doc["doc_id"]; d.mkdir()
    shutil.copy(f, d)
    s = V.score_tasks(pred, [str(d)])
    preds = by.get(doc["doc_id"], [])
    ptoks = [V.tokens(r.get("task", "")) for r in preds]
    gtoks = [V.tokens(gt.get("text") or gt["anchor"]) for gt in doc["tasks"]]
    used = [len(pt) >= 3 and any(V.contains_anchor(g, pt, slack=max(1, len(pt) // 10)) for g in gtoks) for pt in ptoks]
    missed = []
    for gt in doc["tasks"]:
        at = V.tokens(gt["anchor"])
        hits = [i for i, pt in enumerate(ptoks) if V.contains_anchor(pt, at)]
        for i in hits: used[i] = True
        if not gt.get("optional") and not hits:
            missed.append(gt.get("text") or gt["anchor"])
    false = [preds[i]["task"] for i, u in enumerate(used) if not u] if not doc.get("partial") else []
    res.append({"doc": doc["doc_id"], "f1": s["task_f1"], "r": s["task_recall"], "p": s["task_precision"],
                "gold": s["gold_tasks"], "pred": s["pred_tasks"], "missed": missed, "false": false})
shutil.rmtree(tmp)
tot = V.score_tasks(pred, [gold])
print(json.dumps({k: tot[k] for k in ("documents", "gold_tasks", "pred_tasks", "task_recall", "task_precision", "task_f1", "deadline_f1", "office_f1")}))
nm = sum(len(r["missed"]) for r in res); nf = sum(len(r["false"]) for r in res)
print("missed", nm, "false", nf, "docs below 1.0:", sum(1 for r in res if r["f1"] != 1.0 and r["gold"]))
if out:
    json.dump(res, open(out, "w"), ensure_ascii=False, indent=1)
