"""tasks43: every sentence of the development and pending task texts that opens on a follower marker ('Bên cạnh
đó', 'Đồng thời', 'Ngoài ra', 'Song song', 'Cùng với đó'), with its gold label and its shape: what follows the
marker (a body then a duty modal 'cần / phải / có trách nhiệm / chịu trách nhiệm', a body then a verb, a bare verb,
other). Run from the repository root: PYTHONPATH=. python benchmarks/follower_counts.py [SHAPE]."""
import re, sys
from collections import Counter
sys.path.insert(0, "/work/shared/eval"); import vnscore as V
sys.path.insert(0, "benchmarks"); from labelled_texts import SENT, labelled_documents
sys.path.insert(0, ".")
from pipeline.extract import followers as F
from pipeline.extract import load_gazetteer
GAZ = load_gazetteer()
tab = Counter(); ex = {}
want = sys.argv[1] if len(sys.argv) > 1 else None
for name, doc, p in labelled_documents():
    for line in p.read_text(encoding="utf-8").splitlines():
        for s in SENT.split(line.strip()):
            s = re.sub(r"^[-–+*•]\s*", "", s)
            if not F.MARKER_RE.match(s): continue
            shape = F.shape(s, GAZ)
            st = V.tokens(s); lab = "none"
            for gt in doc["tasks"]:
                if V.contains_anchor(st, V.tokens(gt["anchor"])) or V.contains_anchor(V.tokens(gt.get("text") or gt["anchor"]), st[:12]):
                    lab = "optional" if gt.get("optional") else "required"; break
            tab[(name, shape, lab)] += 1
            ex.setdefault((name, shape, lab), []).append(doc["doc_id"][:12] + " | " + s[:170])
for k in sorted(tab): print(k, tab[k])
for k in sorted(ex):
    if want and k[1] == want:
        print(k); [print("   ", e) for e in ex[k]]
