"""tasks43 (Q1): every sentence of the development and pending task texts, task_audit's short texts' gold aside,
whose main clause is '<who> (cũng) đã yêu cầu / chỉ đạo / đề nghị <addressee>' (P._TOLD_ASK_RE below), with its
gold label, whether a ground opens it and whether it is the text's first body paragraph (the line after the title).
Run from the repository root: PYTHONPATH=. python benchmarks/toldask_counts.py."""
import re, sys
from collections import Counter
sys.path.insert(0, "/work/shared/eval"); import vnscore as V
sys.path.insert(0, "benchmarks"); from labelled_texts import SENT, labelled_documents
sys.path.insert(0, ".")
class P:  # the Q1 shape measured (tasks43; no rule shipped: one text off the standing sets)
    _TOLD_ASK_RE = re.compile(
        r"^(?P<ground>(?:Thực\s+hiện|Để|Nhằm|Căn\s+cứ|Triển\s+khai)\s[^;:]{10,320}?,\s*)?"
        r"(?P<who>[^,;:.()]{3,90}?)\s+(?:cũng\s+)?đã\s+(?:yêu\s+cầu|chỉ\s+đạo|đề\s+nghị)\s+"
        r"(?=(?:các|toàn|mọi|những|tất\s+cả)\s|(?-i:[A-ZĐ]))", re.I)
tab = Counter()
for name, doc, p in labelled_documents():
    paras = [l.strip() for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
    for k, line in enumerate(paras):
        for j, s in enumerate(SENT.split(line)):
            m = P._TOLD_ASK_RE.match(s)
            if not m: continue
            where = "ground" if m.group("ground") else ("lead" if k == 1 and j == 0 else "mid")
            st = V.tokens(s); lab = "none"
            for gt in doc["tasks"]:
                if V.contains_anchor(st, V.tokens(gt["anchor"])):
                    lab = "optional" if gt.get("optional") else "required"; break
            tab[(name, where, lab)] += 1
            print(name, where, lab, doc["doc_id"][:14], "|", s[:170])
for k in sorted(tab): print(k, tab[k])
