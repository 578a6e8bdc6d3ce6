"""tasks41: every 'Key: value' line (key a short noun phrase, value verbless by tasks.VERB_ANY_RE) in the development and pending task texts, with its gold label. Run from the repository root: PYTHONPATH=. python benchmarks/fieldline_counts.py [N]."""
import json, re, sys, glob
from pathlib import Path
from collections import Counter
sys.path.insert(0, "/work/shared/eval"); import vnscore as V
sys.path.insert(0, ".")
from pipeline.extract import tasks as T
LINE = re.compile(r"^(?:[-–+*•]|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\)|[IVX]{1,4}\.)?\s*(?P<key>[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[^\W\d_]+){0,3})\s*:\s*(?P<value>\S.*)$")
sets = {"dev": ("samples/gold", "samples/text/{}.txt"), "pending": ("samples/gold/pending", "samples/gold/pending/{}.clean.txt")}
tab = Counter(); ex = {}
for name, (gd, tp) in sets.items():
    for f in glob.glob(gd + "/*.tasks.json"):
        doc = json.load(open(f)); p = Path(tp.format(doc["doc_id"]))
        if not p.exists(): continue
        for line in p.read_text(encoding="utf-8").splitlines():
            m = LINE.match(line.strip())
            if not m: continue
            key, val = m["key"], m["value"]
            if T.VERB_START_RE.match(key) or T.DIRECTIVE_CUE_RE.search(line) or T.ATTRIBUTE_RE.match(re.sub(r"^(?:[-–+*•]|\d{1,2}(?:\.\d{1,2})*\.?)\s*", "", line.strip())):
                continue
            if T.VERB_ANY_RE.search(T._OFFICE_NOUN_RE.sub(" ", val)):
                continue
            lt = V.tokens(line); lab = "none"
            for gt in doc["tasks"]:
                if V.contains_anchor(lt, V.tokens(gt["anchor"])):
                    lab = "optional" if gt.get("optional") else "required"; break
            tab[(name, lab)] += 1
            ex.setdefault((name, lab), []).append(doc["doc_id"][:14] + " | " + line.strip()[:150])
for k in sorted(tab): print(k, tab[k])
for k in sorted(ex):
    if k[1] != "none" or len(sys.argv) > 1:
        print(k); [print("   ", e) for e in ex[k][:int(sys.argv[1]) if len(sys.argv) > 1 else 40]]
