"""tasks44 (V): every sentence of the development and pending task texts whose step verb is 'chú trọng / quan tâm /
tập trung vào', by what stands before the verb -- an activity noun ('công tác tuyển quân sẽ chú trọng ...', 'chiến
dịch sẽ tập trung vào ...'), a body or a territorial doer, or anything else -- with its gold label (anchors looked up
as vnscore does) and whether a speaker's mark ('Theo X,', 'cho biết') stands in it.  Run from the repository root:
PYTHONPATH=. python benchmarks/focus_counts.py [LABEL]."""
import re, sys
from collections import Counter
sys.path.insert(0, "/work/shared/eval"); import vnscore as V
sys.path.insert(0, "benchmarks"); from labelled_texts import SENT, labelled_documents
VERB = re.compile(r"(?<![^\W_])(?:chú\s+trọng|quan\s+tâm|tập\s+trung\s+vào)(?![^\W_])", re.I)
ACTIVITY = re.compile(r"(?<![^\W_])(?:công\s+tác|việc|hoạt\s+động|chiến\s+dịch|chương\s+trình|kế\s+hoạch|đợt|phong\s+trào|"
                      r"cuộc\s+vận\s+động|hội\s+thi|cuộc\s+thi|đề\s+án|dự\s+án|nhiệm\s+vụ)(?![^\W_])", re.I)
BODY = re.compile(r"(?<![^\W_])(?:UBND|Ủy\s+ban|Sở|Phòng|Ban|Bộ|Cục|Công\s+an|Đoàn|Hội|Huyện|huyện|Tỉnh|tỉnh|xã|Xã|phường|"
                  r"Phường|thành\s+phố|Thành\s+phố|các\s+đơn\s+vị|các\s+địa\s+phương|lực\s+lượng|ngành|đơn\s+vị|Trường|trường)(?![^\W_])")
SPEAKER = re.compile(r"(?:^|,\s*)(?:Cũng\s+)?Theo\s|cho\s+biết|chia\s+sẻ|nhấn\s+mạnh", re.I)
tab = Counter(); ex = {}
for name, doc, p in labelled_documents():
    for line in p.read_text(encoding="utf-8").splitlines():
        for s in SENT.split(line.strip()):
            m = VERB.search(s)
            if not m: continue
            before = s[:m.start()]
            before = re.sub(r"^.*?(?:Theo\s+[^,]{1,80},|cho\s+biết,?)\s*", "", before)
            subj = "activity" if ACTIVITY.search(before) and not BODY.search(before.split("công tác")[0] if False else "") else "other"
            if subj == "activity" and BODY.search(before) and BODY.search(before).start() < ACTIVITY.search(before).start():
                subj = "body"
            elif subj == "other" and BODY.search(before):
                subj = "body"
            spk = "speaker" if SPEAKER.search(s) else "-"
            st = V.tokens(s); lab = "none"
            for gt in doc["tasks"]:
                if V.contains_anchor(st, V.tokens(gt["anchor"])):
                    lab = "optional" if gt.get("optional") else "required"; break
            tab[(name, subj, lab)] += 1
            ex.setdefault((name, subj, lab), []).append(doc["doc_id"][:12] + f" [{spk}] | " + s[:160])
for k in sorted(tab): print(k, tab[k])
for k in sorted(ex):
    if len(sys.argv) > 1 and k[2] == sys.argv[1] and k[1] == "activity":
        print(k); [print("   ", e) for e in ex[k][:40]]
