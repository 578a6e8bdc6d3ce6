#!/usr/bin/env python3
"""Build models/cited.tsv: documents the directives cite, each with the date it bears.

    python models/build_cited.py [--corpus ../shared/corpus/congbao.jsonl.gz]

A directive's legal bases and references cite the same national documents again and again,
number, year, code and date together ('Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016').
A font that lost a digit prints one of them with gaps ('34/201 /NĐ-CP ngày 14 tháng 5 năm
201 '), and nothing in the document itself may print it whole; the gazette's citations do
(pipeline.repair.glyphdigits.CitedNumbers reads the gaps against them).  Every citation of
the corpus with a year in its number and its date right after it is kept, the held-out
documents left out; one row per document: number, year, code, day, month, date's year,
count.  Deterministic (sorted); without the corpus the committed file is kept as it is.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.corpus_source import build_table_main, documents  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "cited.tsv"

CITATION = re.compile(r"(?<![\d/])(\d{1,4})/((?:19|20)\d\d)/([A-ZĐ][A-ZĐa-z]*(?:-[A-ZĐ][A-ZĐa-z0-9]*)*)"
                      r"\s+(?:ngày|NGÀY)\s+(\d{1,2})(?:\s+(?:tháng|THÁNG)\s+|/)(\d{1,2})(?:\s+(?:năm|NĂM)\s+|/)"
                      r"((?:19|20)\d\d)(?!\d)")


def build(corpus: Path) -> list[tuple[str, str, str, int, int, str, int]]:
    counts: dict[tuple[str, str, str, int, int, str], int] = {}
    for d in documents(corpus):
        text = unicodedata.normalize("NFC", d.get("text", ""))
        for m in CITATION.finditer(text):
            num, year, code, day, month, dyear = m.groups()
            day_i, month_i = int(day), int(month)
            if not (1 <= day_i <= 31 and 1 <= month_i <= 12) or dyear != year:
                continue  # (a citation whose date's year is not its number's: a misprint)
            key = (num.lstrip("0") or "0", year, code, day_i, month_i, dyear)
            counts[key] = counts.get(key, 0) + 1
    return sorted((*k, n) for k, n in counts.items())


def main(argv: list[str] | None = None) -> int:
    return build_table_main(argv, __doc__.splitlines()[0], OUT, ("number", "year", "code", "day", "month", "date_year", "count"), build,
                            lambda rows: f"{len(rows)} cited documents")
    rows = build(args.corpus)
    with OUT.open("w", encoding="utf-8") as f:
        f.write("number\tyear\tcode\tday\tmonth\tdate_year\tcount\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    print(f"{OUT}: {len(rows)} cited documents")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
