"""tasks43 (M5): every ':' lead-in of the development and pending task texts (a sentence ending on ':' with a directive
cue, tasks.DIRECTIVE_CUE_RE after the noun cues are blanked), with its gold label and its shape: does the lead-in name
its addressees after the cue and a verb of doing before the colon ('đề nghị UB Hội LHTN 13 phường đăng ký tham gia
..., cụ thể như sau:'), or only announce what follows ('yêu cầu như sau:', 'đề nghị các đơn vị thực hiện một số nội dung
sau:')?  Run from the repository root: PYTHONPATH=. python benchmarks/leadin_counts.py [LABEL]."""
import re, sys
from collections import Counter
sys.path.insert(0, "/work/shared/eval"); import vnscore as V
sys.path.insert(0, "benchmarks"); from labelled_texts import SENT, labelled_documents
sys.path.insert(0, ".")
from pipeline.extract import tasks as T
# what an announcing lead-in ends on: 'như sau', 'sau', 'cụ thể', 'các nội dung / nhiệm vụ / việc (sau)', a bare cue
ANNOUNCE_RE = re.compile(r"(?:(?:cụ\s+thể\s+)?như\s+sau|(?:nội\s+dung|nhiệm\s+vụ|công\s+việc|việc|giải\s+pháp|yêu\s+cầu|biện\s+pháp|vấn\s+đề|điểm)"
                         r"(?:\s+(?:trọng\s+tâm|chủ\s+yếu|cụ\s+thể|chính))?(?:\s+(?:sau|sau\s+đây|dưới\s+đây))?|sau\s+đây|cụ\s+thể|"
                         r"(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao|lưu\s+ý|nhấn\s+mạnh))\s*:\s*$", re.I)
tab = Counter(); ex = {}
for name, doc, p in labelled_documents():
    for line in p.read_text(encoding="utf-8").splitlines():
        for s in SENT.split(line.strip()):
            if not s.endswith(":") or not T.DIRECTIVE_CUE_RE.search(T._NOUN_CUE_RE.sub(" ", s)):
                continue
            shape = "announces" if ANNOUNCE_RE.search(s) else "own act"
            st = V.tokens(s); lab = "none"
            for gt in doc["tasks"]:
                if V.contains_anchor(st, V.tokens(gt["anchor"])):
                    lab = "optional" if gt.get("optional") else "required"; break
            tab[(name, shape, lab)] += 1
            ex.setdefault((name, shape, lab), []).append(doc["doc_id"][:12] + " | " + s[:170])
for k in sorted(tab): print(k, tab[k])
for k in sorted(ex):
    if len(sys.argv) > 1 and k[2] == sys.argv[1]:
        print(k); [print("   ", e) for e in ex[k][:40]]
