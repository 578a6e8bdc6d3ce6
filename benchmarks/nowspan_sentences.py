#!/usr/bin/env python3
"""(deadline37) Every 'từ nay (cho) đến' and 'trong năm nay / tháng này / quý này' sentence of the labelled text: the
shipped reading, the rules' reading, the scorer's score of the rules' pick and whether the veto's scope holds it.

    PYTHONPATH=. .venv/bin/python benchmarks/nowspan_sentences.py benchmarks/data/deadline_phrases.tsv [GOLD_GLOB ...]

Reads deadline_phrases' items, the development gold (samples/gold/*.tasks.json) and the pending gold; each further
GOLD_GLOB (a standing set's files, opened only for this class) is added as 'std'. A gold row without a header date
is read with its own deadline's year as the pipeline's year for bare days and no issue day. 'ok' / 'BAD' compares
the shipped reading with the label. benchmarks/HISTORY.md (deadline37) gives the counts for START and the branch.
"""
import csv, datetime as dt, json, re, sys, glob
from pipeline.extract.temporal import find_deadline, use_scorer, find_dates, rule_pick, _weakly_bound, _active_scorer
from pipeline.extract.datescore import candidate_features
from pipeline.extract.tasks import find_references
CUE = re.compile(r"từ\s+nay\s+(?:đây\s+)?(?:cho\s+)?(?:đến|tới)|trong\s+(?:năm|tháng|quý)\s+(?:này|nay)", re.I)
items = []
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
for r in rows:
    if CUE.search(r["text"]):
        items.append((r["id"], r["text"], r["doc_date"] or None, r["deadline"] or None))
def gold_rows(pattern, src):
    for f in glob.glob(pattern):
        d = json.load(open(f))
        hd = (d.get("header") or {}).get("date")
        for t in d["tasks"]:
            if CUE.search(t["text"]):
                items.append((src + ":" + f.split("/")[-1][:4] + ("(opt)" if t.get("optional") else ""), t["text"], hd, t.get("deadline")))
gold_rows("samples/gold/*.tasks.json", "dev")  # the development gold
gold_rows("samples/gold/pending/*.tasks.json", "pend")
for extra in sys.argv[2:]:
    gold_rows(extra, "std")
sc = _active_scorer()
for iid, text, dd, gold in items:
    issued = dt.date.fromisoformat(dd) if dd else None
    year = issued.year if issued else (int(gold[:4]) if gold and not iid.startswith("dp") else None)
    masks = [(a, b) for a, b, *_ in find_references(text)]
    dl = find_deadline(text, year, masks, issued=issued)
    with use_scorer(None):
        rl = find_deadline(text, year, masks, issued=issued)
    hits = find_dates(text, year, masks)
    p = rule_pick(text, hits, rl)
    s = None; weak = None
    if p is not None and hits[p].date:
        s = sc.score(candidate_features(text, hits, p, p, rl.recurrence if rl else None, issued, sc.with_rules))
        weak = _weakly_bound(text, hits[p], issued)
    fin = dl.date if dl else None; rul = rl.date if rl else None
    ok = "ok " if str(fin) == str(gold) else "BAD"
    print(f"{ok} {iid:14} doc={dd} gold={gold} final={fin} rules={rul} score={None if s is None else round(s,3)} weak={weak} | {text[:150]}")
