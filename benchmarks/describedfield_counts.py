"""tasks44 (M5): every line of the development and pending task texts that opens on a describing field's key --
criteria, make-up, who may take part, conditions, time, place, dress ('1/- tiêu chuẩn HS: Có những việc làm tốt ...',
'1. Thành phần tham gia: Toàn thể Đoàn viên, ... trực thuộc đoàn trường;') -- that tasks41's verbless field test
(`fieldlines.field_line`) does not already take, with its gold label (anchors looked up as vnscore does) and whether the
line holds an ask (tasks.DIRECTIVE_CUE_RE, or a duty or limit word in the value).  Run from the repository root:
PYTHONPATH=. python benchmarks/describedfield_counts.py [LABEL]."""
import re, sys
from collections import Counter
sys.path.insert(0, "/work/shared/eval"); import vnscore as V
sys.path.insert(0, "benchmarks"); from labelled_texts import SENT, labelled_documents
sys.path.insert(0, ".")
from pipeline.extract import tasks as T
from pipeline.extract.fieldlines import field_line, DESCRIBED_KEY_RE, described_field
LABEL = re.compile(r"^\s*(?:\d{1,2}\s*[./)]\s*(?:[-–]\s*)?|[a-zđ]\)\s*|[IVX]{1,4}\.\s*)")
tab = Counter(); ex = {}
for name, doc, p in labelled_documents():
    for line in p.read_text(encoding="utf-8").splitlines():
        t = LABEL.sub("", line).strip()
        if not DESCRIBED_KEY_RE.match(t): continue
        if field_line(t, T.VERB_ANY_RE, T.DIRECTIVE_CUE_RE, lambda v: T._OFFICE_NOUN_RE.sub(" ", v)):
            continue
        shape = "described" if described_field(t, T.DIRECTIVE_CUE_RE) else "asks / other"
        st = V.tokens(t); lab = "none"
        for gt in doc["tasks"]:
            if V.contains_anchor(st, V.tokens(gt["anchor"])) or V.contains_anchor(V.tokens(gt["text"]), st[:8]):
                lab = "optional" if gt.get("optional") else "required"; break
        tab[(name, shape, lab)] += 1
        ex.setdefault((name, shape, lab), []).append(doc["doc_id"][:14] + " | " + t[:160])
for k in sorted(tab): print(k, tab[k])
for k in sorted(ex):
    if len(sys.argv) > 1 and k[2] == sys.argv[1] or len(sys.argv) > 1 and sys.argv[1] == "all":
        print(k); [print("   ", e) for e in ex[k][:60]]
