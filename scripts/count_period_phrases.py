"""Count, for each class of period phrase, how the gold annotates the tasks that hold it.

For every required task of samples/gold/*.tasks.json (pending/ left out unless --pending), find the
period phrases below in its text and tally: gold date set / none.  With --pred OUT (a `chidao run`
output folder), also tally chidao's deadline on the same tasks (matched by the gold anchor).
Usage: python scripts/count_period_phrases.py [--pending] [--pred OUT] [--show CLASS]
"""
from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import re
import sys
from collections import defaultdict

Y = r"(?:19|20)\d\d"
CLASSES = [
    # a year or quarter after a plural noun of occasions / tasks ('các hoạt động ... trong năm 2010',
    # 'các nhiệm vụ trong Quý I/2022'): which period's things are meant
    ("noun+trong năm/quý", re.compile(
        rf"(?:hoạt\s+động|nhiệm\s+vụ|sự\s+kiện|ngày\s+lễ|công\s+việc|chỉ\s+tiêu|kế\s+hoạch|chương\s+trình|công\s+tác|lễ\s+kỷ\s+niệm|kỷ\s+niệm)"
        rf"[^,;.:()]{{0,60}}?\s+(?:trong|của|diễn\s+ra\s+trong)\s+(?:năm\s+{Y}|quý\s+[IV1-4]+\s*/\s*{Y}|quý\s+[IV1-4]+\s+năm\s+{Y})", re.I)),
    ("trong năm YYYY (other)", re.compile(rf"\btrong\s+năm\s+{Y}", re.I)),
    ("trong quý X/YYYY (other)", re.compile(rf"\btrong\s+quý\s+[IV1-4]+\s*(?:/|năm)\s*{Y}", re.I)),
    ("YYYY và các/những năm tiếp theo", re.compile(rf"{Y}\s+và\s+(?:các|những)\s+năm\s+tiếp\s+theo", re.I)),
    ("YYYY; các năm tiếp theo", re.compile(rf"{Y}\s*[;,]\s*(?:các|những)\s+năm\s+tiếp\s+theo", re.I)),
    ("từ (năm) YYYY đến (năm) YYYY", re.compile(rf"\btừ\s+(?:năm\s+)?{Y}\s+đến\s+(?:hết\s+)?(?:năm\s+)?{Y}", re.I)),
    ("giai đoạn YYYY-YYYY", re.compile(rf"giai\s+đoạn\s+{Y}\s*[-–]\s*{Y}", re.I)),
    ("YYYY - YYYY (range)", re.compile(rf"(?<![/\d]){Y}\s*[-–]\s*{Y}(?![/\d])")),
    ("đến năm YYYY", re.compile(rf"\bđến\s+năm\s+{Y}", re.I)),
    ("năm YYYY (bare)", re.compile(rf"\bnăm\s+{Y}", re.I)),
]


def classes_of(text: str) -> list[str]:
    return [name for name, rx in CLASSES if rx.search(text)]


# the kind of phrase chidao read a wrong date from: the first that matches, in this order
PHRASE_KINDS = [
    ("day line / weekday", re.compile(r"(?:thứ\s+\S+|chủ\s+nhật)\s*[,(-]", re.I)),
    ("onward years", re.compile(r"năm\s+tiếp\s+theo|năm\s+sau", re.I)),
    ("year span", re.compile(rf"{Y}\s*[-–]\s*{Y}|từ\s+(?:năm\s+)?{Y}\s+đến", re.I)),
    ("quarter", re.compile(r"quý", re.I)),
    ("half / months of year", re.compile(r"tháng\s+(?:đầu|cuối)|6\s+tháng", re.I)),
    ("day", re.compile(r"ngày|\d{1,2}\s*/\s*\d{1,2}", re.I)),
    ("month", re.compile(r"tháng", re.I)),
    ("year", re.compile(rf"(?:năm\s+)?{Y}", re.I)),
]


def phrase_class(txt: str) -> str:
    t = txt or ""
    return next((name for name, rx in PHRASE_KINDS if rx.search(t)), "other")


def load_pred(out_dir):
    pred = defaultdict(list)
    with open(os.path.join(out_dir, "tasks.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            pred[r["doc_id"]].append(r)
    return pred


def row_line(lines, anchor):
    an = norm(anchor)
    if not an:
        return None
    for ln in lines:
        if an in norm(ln):
            return ln
    return None


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default="samples/gold")
    ap.add_argument("--pending", action="store_true")
    ap.add_argument("--pred")
    ap.add_argument("--show")
    a = ap.parse_args(argv)
    files = sorted(glob.glob(os.path.join(a.gold, "*.tasks.json")))
    if a.pending:
        files += sorted(glob.glob(os.path.join(a.gold, "pending", "*.tasks.json")))
    pred = load_pred(a.pred) if a.pred else None
    tally = defaultdict(lambda: [0, 0, 0, 0, 0])  # gold dated, gold none, pred dated on gold-dated, pred dated on gold-none, no match
    for f in files:
        doc = os.path.basename(f)[: -len(".tasks.json")]
        d = json.load(open(f, encoding="utf-8"))
        cp = f[: -len(".tasks.json")] + ".clean.txt"
        clean = open(cp, encoding="utf-8").read().splitlines() if os.path.exists(cp) else []
        for t in d.get("tasks", []):
            if t.get("optional"):
                continue
            text = t.get("text", "")
            line = row_line(clean, t.get("anchor", ""))
            if line and line.lstrip().startswith("|"):
                text = line  # (a table row: its time cell is part of what the annotator read)
            cls = classes_of(text)
            if not cls:
                continue
            c = cls[0]  # the most specific class the task holds
            dated = bool(t.get("deadline"))
            tally[c][0 if dated else 1] += 1
            p = None
            if pred is not None:
                an = norm(t.get("anchor", ""))
                p = next((r for r in pred.get(doc, []) if an and an in norm(r["task"])), None)
                if p is None:
                    tally[c][4] += 1
                elif p["deadline"]:
                    tally[c][2 if dated else 3] += 1
            if a.show and a.show == c:
                m = next(rx for n, rx in CLASSES if n == c).search(text)
                print(f"{doc[:40]}\tgold={t.get('deadline')}\tpred={p['deadline'] if p else '-'}\t...{text[max(0, m.start() - 90):m.end() + 40]}")
    if pred is not None:
        # false deadlines (chidao dates a task the gold leaves undated, or dates it otherwise) by the
        # shape of the phrase chidao read
        wrong = defaultdict(list)
        for f in files:
            doc = os.path.basename(f)[: -len(".tasks.json")]
            for t in json.load(open(f, encoding="utf-8")).get("tasks", []):
                if t.get("optional"):
                    continue
                an = norm(t.get("anchor", ""))
                p = next((r for r in pred.get(doc, []) if an and an in norm(r["task"])), None)
                if p is None or not p["deadline"] or p["deadline"] == (t.get("deadline") or ""):
                    continue
                wrong[phrase_class(p["deadline_text"])].append((doc, t.get("deadline"), p["deadline"], p["deadline_text"]))
        print("false or other deadlines by the phrase chidao read:")
        for k, v in sorted(wrong.items(), key=lambda kv: -len(kv[1])):
            print(f"  {k:28} {len(v)}")
            for doc, g, d, txt in v:
                print(f"      {doc[:50]:50} gold={g} pred={d} '{txt[:70]}'")
    print(f"{'class':34} {'gold dated':>10} {'gold none':>10}" + (f" {'pred on dated':>13} {'pred on none':>12} {'unmatched':>9}" if pred else ""))
    for name, _ in CLASSES:
        g = tally[name]
        print(f"{name:34} {g[0]:>10} {g[1]:>10}" + (f" {g[2]:>13} {g[3]:>12} {g[4]:>9}" if pred else ""))


if __name__ == "__main__":
    sys.exit(main())
