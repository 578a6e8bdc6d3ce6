"""labels32 (session 32): a counting listing for one convention call (samples/gold/README.md, labels32). Run from the repository root; prints one line per hit, every hit read by hand. unseen32 is skipped."""
import json,glob,re,os,sys
EV=re.compile(r"(tổ chức|chủ trì|phát động|khai mạc|diễn ra)[^.]{0,60}?(hội nghị|phiên họp|cuộc họp|buổi làm việc|lễ phát động|phát động|hội thi|lễ hội|giải |cuộc thi|ra quân|lễ )|(Hội nghị|Phiên họp|Lễ phát động|Hội thi|Lễ hội)[^.]{0,80}(được tổ chức|diễn ra)|phát động (phong trào|cuộc|tháng|chiến dịch)",re.I)
DOC=re.compile(r"^(\s*(CỘNG HÒA|CỘNG HOÀ|ỦY BAN|UỶ BAN|UBND|Số:|BỘ |SỞ ))",re.M)
rows=[]
for d in sorted(set(glob.glob('samples/gold/*.tasks.json')+glob.glob('samples/gold/*/*.tasks.json')+glob.glob('samples/heldout/gold/*.tasks.json'))):
    if '/unseen32/' in d: continue
    j=json.load(open(d)); base=d[:-len('.tasks.json')]
    txt=None
    for c in [base+'.clean.txt']:
        if os.path.exists(c): txt=open(c).read()
    if txt is None:
        ddir=os.path.dirname(d); did=j['doc_id']
        for c in glob.glob(f"samples/*/{did}*.txt")+glob.glob(f"samples/**/{did}*.txt",recursive=True):
            txt=open(c).read();break
    if txt is None: print('NOTXT',d,file=sys.stderr);continue
    head=txt[:700]
    if DOC.search(txt[:300]) and re.search(r'CỘNG H[OÒ]A XÃ HỘI',txt[:600]): continue  # an official document with a printed header
    m=EV.search(head)
    if m:
        h=j['header']
        allnull=all(v is None for v in j["header"].values()); print(f"{d}\t{allnull}\tissuer={h.get('issuer')!r}\ttype={h.get('doc_type')!r}\t...{head[max(0,m.start()-120):m.end()+40]!r}")
