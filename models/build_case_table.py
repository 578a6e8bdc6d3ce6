"""Build models/tcvn3_case.json: when is a word that starts with an accented capital
capitalised in running text?

TCVN3 has no codes for accented capitals ('Ủ', 'Ý', 'Ấ'...); a TCVN3 document typed 'Ủy ban'
with the lowercase code drawn by a '.VnTimeH' font for one letter, so the decoded text says
'ủy ban' and the capital must come back from context.  This table counts, in the gazette
corpus (clean Unicode directives), how often each such word is capitalised *inside* a sentence
given the word before ('tỉnh|ủy': 'Tỉnh ủy') or after ('ủy ban' -> 'Ủy ban'), so the legacy decoder can restore it.
Deterministic: one pass, sorted output.  Run: python models/build_case_table.py [CORPUS]
"""
from __future__ import annotations

import gzip
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = Path("/work/shared/corpus/congbao.jsonl.gz")  # ../shared in the brief; pass a path to use another
# Lower-case letters whose capital TCVN3 cannot encode (every toned vowel).
_TONED = set(unicodedata.normalize("NFC", b + t) for b in "aăâeêioôơuưy" for t in "\u0301\u0300\u0309\u0303\u0323")
TOKEN = re.compile(r"[^\W\d_]+|[.!?:;]")


def main(corpus: Path = DEFAULT_CORPUS, out: Path = HERE / "tcvn3_case.json") -> None:
    pair: Counter[tuple[str, str, bool]] = Counter()
    triple: Counter[tuple[str, str, str, bool]] = Counter()
    single: Counter[tuple[str, bool]] = Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = unicodedata.normalize("NFC", json.loads(line)["text"])
            for para in text.split("\n"):
                toks = TOKEN.findall(para)
                for i, t in enumerate(toks):
                    if i == 0 or not t[0].isalpha() or t[0].lower() not in _TONED:
                        continue
                    if not toks[i - 1][0].isalpha():
                        continue  # sentence start: capitalised anyway
                    if t.isupper() and len(t) > 1:
                        continue  # all-capitals line
                    cap = t[0].isupper()
                    nxt = toks[i + 1].lower() if i + 1 < len(toks) and toks[i + 1][0].isalpha() else ""
                    pair[(t.lower(), nxt, cap)] += 1
                    triple[(toks[i - 1].lower(), t.lower(), nxt, cap)] += 1
                    single[(t.lower(), cap)] += 1
    table: dict[str, float] = {}
    for (w, nxt, cap) in sorted({(w, n, True) for (w, n, _c) in pair}):
        c, n = pair[(w, nxt, True)], pair[(w, nxt, True)] + pair[(w, nxt, False)]
        if n >= 5:
            table[f"{w} {nxt}"] = round(c / n, 3)
    # The word before counts only where the word after does not already decide ('tỉnh Ủy ban'
    # must not make 'tỉnh ủy' look capitalised).
    left: Counter[tuple[str, str, bool]] = Counter()
    for (prev, w, nxt, cap), k in triple.items():
        pn = pair[(w, nxt, True)] + pair[(w, nxt, False)]
        if pn >= 5 and abs(pair[(w, nxt, True)] / pn - 0.5) >= 0.4:
            continue
        left[(prev, w, cap)] += k
    # The word alone: again only where the next word does not decide.
    alone: Counter[tuple[str, bool]] = Counter()
    for (_prev, w, cap), k in left.items():
        alone[(w, cap)] += k
    for w in sorted({w for w, _ in alone}):
        c, n = alone[(w, True)], alone[(w, True)] + alone[(w, False)]
        if n >= 5:
            table[w] = round(c / n, 3)
    for (prev, w, _cap) in sorted({k for k in left}):
        c, n = left[(prev, w, True)], left[(prev, w, True)] + left[(prev, w, False)]
        if n >= 5:
            table[f"{prev}|{w}"] = round(c / n, 3)
    out.write_text(json.dumps({"source": str(corpus.name), "min_count": 5, "p_capital": table},
                              ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{out}: {len(table)} entries")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS)
