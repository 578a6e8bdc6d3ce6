"""labels33 (session 33): counting listing for two office convention calls (samples/gold/README.md, labels33).
Run from the repository root; prints one line per hit (gold file, task text around the hit, offices), each read by hand.
(1) 'các địa phương' followed by place names with no level word; (2) 'nhất là / đặc biệt là / trong đó' + a subset after
a plural already asked. unseen33 is never read."""
import json, glob, re, sys
P1 = re.compile(r"các địa phương\s*:?\s*(?:như\s*)?[A-ZĐÂÊÔƠƯ][^\s,]*", re.U)
P2 = re.compile(r"\b(nhất là|đặc biệt là|trong đó(?: có)?|ưu tiên)\s+(?:tại\s+|ở\s+|với\s+)?(các|những|Bộ|UBND|Ủy ban|tỉnh|thành phố|huyện|xã|phường|Sở|[A-ZĐ])", re.U)
which = sys.argv[1] if len(sys.argv) > 1 else "12"
files = sorted(set(glob.glob('samples/gold/*.tasks.json') + glob.glob('samples/gold/*/*.tasks.json') + glob.glob('samples/heldout/gold/*.tasks.json')))
for f in files:
    if '/unseen33/' in f: continue
    for t in json.load(open(f))['tasks']:
        s = t.get('text') or ''
        for k, pat in (('1', P1), ('2', P2)):
            if k not in which: continue
            for m in pat.finditer(s):
                print(f"{k}\t{f}\t{t.get('optional')}\t...{s[max(0, m.start()-150):m.end()+120]}\t{t.get('offices')}")
for l in open('benchmarks/data/office_spans.jsonl'):
    r = json.loads(l); s = r['text']
    for k, pat in (('1', P1), ('2', P2)):
        if k not in which: continue
        for m in pat.finditer(s):
            print(f"{k}\toffice_spans:{r['id']}\t-\t...{s[max(0, m.start()-150):m.end()+120]}\t{r.get('offices')}")
