"""tasks43: every sentence of the development and pending task texts whose subject is a contest's entry or entrant
('Bài dự thi ...', 'Bài thi ...', 'Tác phẩm dự thi ...', 'Thí sinh ...', 'Người dự thi ...'), with its gold label.
Run from the repository root: python3 benchmarks/contest_counts.py [LABEL]."""
import re, sys
from collections import Counter
sys.path.insert(0, "/work/shared/eval"); import vnscore as V
sys.path.insert(0, "benchmarks"); from labelled_texts import SENT, labelled_documents
sys.path.insert(0, ".")
from pipeline.extract.contestrules import ENTRY_SUBJECT_RE
tab = Counter(); ex = {}
for name, doc, p in labelled_documents():
    for line in p.read_text(encoding="utf-8").splitlines():
        for s in SENT.split(line.strip()):
            s = re.sub(r"^(?:[-–+*•]|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))\s*", "", s)
            if not ENTRY_SUBJECT_RE.match(s): continue
            st = V.tokens(s); lab = "none"
            for gt in doc["tasks"]:
                if V.contains_anchor(st, V.tokens(gt["anchor"])) or V.contains_anchor(V.tokens(gt.get("text") or gt["anchor"]), st[:12]):
                    lab = "optional" if gt.get("optional") else "required"; break
            tab[(name, lab)] += 1
            ex.setdefault((name, lab), []).append(doc["doc_id"][:12] + " | " + s[:150])
for k in sorted(tab): print(k, tab[k])
for k in sorted(ex):
    if k[1] != "none" or (len(sys.argv) > 1 and sys.argv[1] == k[1]):
        print(k); [print("   ", e) for e in ex[k]]
