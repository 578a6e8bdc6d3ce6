"""labels32 (session 32): a counting listing for one convention call (samples/gold/README.md, labels32). Run from the repository root; prints one line per hit, every hit read by hand. unseen32 is skipped."""
import json,glob,re
LV=r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Ủy ban Nhân dân)\s+(?:xã|phường|huyện|tỉnh|thị trấn|thành phố|quận|thị xã|TP)"
BARE=re.compile(r"(?:^|[-–•+*]\s*|\.\s+|:\s*)("+LV+r")(?![\w]*\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^\s]*)(?=\s+(?:sẽ|đã|cũng|tiếp tục|tổ chức|chỉ đạo|phối hợp|xây dựng|tổng hợp|thành lập|giao|ban hành|kiểm tra|triển khai|chủ trì|thực hiện|tiến hành|rà soát|huy động|họp|bố trí|đề nghị|yêu cầu|tập trung|có trách nhiệm|thường xuyên|hỗ trợ|cử|lập|[a-zà-ỹ]+\s))")
files=[f for f in glob.glob('samples/gold/*.tasks.json')+glob.glob('samples/gold/*/*.tasks.json')+glob.glob('samples/heldout/gold/*.tasks.json') if '/unseen32/' not in f]
n=0
for f in sorted(files):
    j=json.load(open(f))
    for t in j['tasks']:
        m=BARE.search(t['text'])
        if not m: continue
        subj=m.group(1)
        listed=[o for o in t['offices'] if re.fullmatch(LV,o.strip())]
        print(f"{f.replace('samples/gold/','')[:45]}\tiss={j['header']['issuer']!r}\topt={t['optional']}\toffices={t['offices']}\tLISTED={bool(listed)}\t{t['text'][max(0,m.start()-10):m.start()+110]!r}")
