#!/usr/bin/env python3
"""Build models/cited_laws.tsv: laws, codes and ordinances the directives cite by name,
each with its number and the date it bears.

    python models/build_cited_laws.py [--corpus ../shared/corpus/congbao.jsonl.gz]

A directive's legal bases cite laws by name, with their number or their date or both
('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015', 'Luật Ngân sách
nhà nước số 83/2015/QH13', 'Bộ luật Lao động ngày 20 tháng 11 năm 2019'); there is no code
after the number to look it up by (models/cited.tsv), only the name.  A font that lost a
digit prints such a citation with gaps ('Luật Tổ chức chính quyền địa phương ngày 1  tháng
6 năm 2015') and the document seldom prints it whole; the gazette does.  Every citation of
the corpus of a 'Luật', 'Bộ luật' or 'Pháp lệnh' by name followed by its number
('số N/YYYY/QHkk') and/or its date is kept, names that are a clause rather than a title
left out ('..., có hiệu lực kể từ', '... và Luật ...'), the held-out documents never read;
one row per (kind, name, number, year, code, day, month, date's year) seen at least twice
(one citation may be a misprint).  pipeline.repair.glyphdigits.law_fills reads the gaps
against them.  Deterministic (sorted); without the corpus the committed file is kept.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.corpus_source import build_table_main, documents  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "cited_laws.tsv"
MIN_COUNT = 2

_DATE = r"ngày\s+(\d{1,2})(?:\s+tháng\s+|/)(\d{1,2})(?:\s+năm\s+|/)((?:19|20)\d\d)(?!\d)"
CITATION = re.compile(r"(?<![\w])(Bộ luật|Luật|Pháp lệnh) ([A-ZĐ][^;:()“”\"\d]{1,90}?)\s*,?\s+"
                      r"(?:số\s+(\d{1,3})/((?:19|20)\d\d)/((?:UBTV)?QH\d\d)(?![\w/-])(?:\s*,?\s*" + _DATE + r")?|"
                      + _DATE + ")")
# a clause, not a title: '..., có hiệu lực kể từ', 'được sửa đổi', two laws joined
_NOT_A_NAME = re.compile(r",|\b(?:và|của|được|theo|tại|năm|số|hiệu lực|sửa đổi|bổ sung|Luật)\b")


def build(corpus: Path) -> list[tuple]:
    counts: dict[tuple, int] = {}
    for d in documents(corpus):
        text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", d.get("text", "")))
        for m in CITATION.finditer(text):
            g = m.groups()
            kind, name = g[0], g[1].strip()
            # (a name may hold a comma: 'Luật An toàn, vệ sinh lao động'; one of
            # three words or fewer before the comma is kept, a clause after one is not)
            head, _, rest = name.partition(", ")
            if rest and (len(head.split()) > 4 or _NOT_A_NAME.search(rest)):
                continue
            if _NOT_A_NAME.search(head) or len(name.split()) > 14 or name.isupper():
                continue
            if g[2]:
                num, year, code, day, month, dyear = g[2:8]
                if dyear and dyear != year:
                    continue  # (a date whose year is not its number's: a misprint)
            else:
                num = year = code = None
                day, month, dyear = g[8:11]
            if day and not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
                continue
            key = (kind, name, (num or "").lstrip("0"), year or "", code or "",
                   str(int(day)) if day else "", str(int(month)) if month else "", dyear or "")
            counts[key] = counts.get(key, 0) + 1
    return sorted((*k, n) for k, n in counts.items() if n >= MIN_COUNT)


def main(argv: list[str] | None = None) -> int:
    return build_table_main(argv, __doc__.splitlines()[0], OUT, ("kind", "name", "number", "year", "code", "day", "month", "date_year", "count"), build,
                            lambda rows: f"{len(rows)} citations of {len({(r[0], r[1]) for r in rows})} laws by name")
    rows = build(args.corpus)
    with OUT.open("w", encoding="utf-8") as f:
        f.write("kind\tname\tnumber\tyear\tcode\tday\tmonth\tdate_year\tcount\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    print(f"{OUT}: {len(rows)} citations of {len({(r[0], r[1]) for r in rows})} laws by name")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
