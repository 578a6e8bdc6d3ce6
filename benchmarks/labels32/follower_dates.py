"""labels32 (session 32): a counting listing for one convention call (samples/gold/README.md, labels32). Run from the repository root; prints one line per hit, every hit read by hand. unseen32 is skipped."""
import json,glob,re
FOL=re.compile(r"^\W*(Đồng thời|Bên cạnh đó|Ngoài ra|Song song|Cùng với đó|Đồng thời,|Sau đó|Tiếp đó)\b",re.I)
OWN=re.compile(r"\d{1,2}[/.-]\d{1,2}|ngày \d|tháng \d|năm 20\d\d|quý [IV1-4]|trước|chậm nhất|hạn|cuối năm|hằng|hàng (tháng|tuần|quý|năm)|định kỳ|trong (tháng|năm|quý|tuần)")
files=[f for f in glob.glob('samples/gold/*.tasks.json')+glob.glob('samples/gold/*/*.tasks.json')+glob.glob('samples/heldout/gold/*.tasks.json') if '/unseen32/' not in f]
for f in sorted(files):
    ts=json.load(open(f))['tasks']
    for a,b in zip(ts,ts[1:]):
        if FOL.search(b['text']) and a.get('deadline'):
            own=bool(OWN.search(b['text']))
            print(f"{f.replace('samples/gold/','')[:40]}\tprev={a['deadline']}\tfol={b.get('deadline')}\topt={b['optional']}\town={own}\t{b['text'][:140]!r}")
