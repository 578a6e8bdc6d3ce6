"""labels32 (session 32): a counting listing for one convention call (samples/gold/README.md, labels32). Run from the repository root; prints one line per hit, every hit read by hand. unseen32 is skipped."""
import json,glob,re
P=re.compile(r"trong (thời gian diễn ra )?(tháng hành động|đợt (cao điểm|ra quân|thi đua|tổng vệ sinh)|chiến dịch|thời gian (diễn ra|cao điểm|ra quân|chiến dịch|triển khai) |Tháng|Tuần lễ|Ngày hội|thời gian (tổ chức|diễn ra) (Tháng|Tuần|lễ|hội|đợt))|trong dịp (Tháng|Tuần|lễ|Tết)",re.I)
files=[f for f in glob.glob('samples/gold/*.tasks.json')+glob.glob('samples/gold/*/*.tasks.json')+glob.glob('samples/heldout/gold/*.tasks.json') if '/unseen32/' not in f]
for f in sorted(files):
    for t in json.load(open(f))['tasks']:
        m=P.search(t['text'])
        if m: print(f"{f.replace('samples/gold/','')[:42]}\tdl={t.get('deadline')}\topt={t.get('optional')}\t{t['text'][max(0,m.start()-90):m.end()+50]!r}")
