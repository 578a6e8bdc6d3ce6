#!/usr/bin/env python3
"""Build models/year_ranges.tsv: how often the gazette prints each range of years.

    python models/build_year_ranges.py [--corpus ../shared/corpus/congbao.jsonl.gz]

Directives name periods as ranges of years ('giai đoạn 2021-2025', 'năm học 2024 - 2025',
'thời kỳ 2021-2030', 'nhiệm kỳ 2020 - 2025'); the periods are few and recur (five-year
plans 2016-2020, 2021-2025, 2026-2030; ten-year strategies 2021-2030; school years).  A font
that lost a digit prints such a range with a gap ('GIAI ĐOẠN 202 -2025'), and the digits
the font may have lost often leave two or three years ('2021', '2023', '2024'); how often
the gazette names each of those periods decides between them
(pipeline.repair.glyphdigits.NumberGaps).  Every 'YYYY-YYYY' / 'YYYY - YYYY' of the corpus
(en dash too) with the first year before the second, the held-out documents never read; one
row per (first year, second year) with the number of documents that print it, plus rows with first year 0 counting each
span (second minus first) over the same documents: the backoff for a pair the gazette never prints.
Deterministic (sorted); without the corpus the committed file is kept.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.corpus_source import build_table_main, documents  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "year_ranges.tsv"
RANGE = re.compile(r"(?<![\d/.,])((?:19|20)\d\d)\s?[-–]\s?((?:19|20)\d\d)(?![\d/.,]\d|\d)")


def build(corpus: Path) -> list[tuple[int, int, int]]:
    pairs: dict[tuple[int, int], int] = {}
    spans: dict[int, int] = {}
    for d in documents(corpus):
        text = unicodedata.normalize("NFC", d.get("text", ""))
        # each period once per document: one programme that names its own period on every
        # page is one document's say, not the gazette's habit
        seen = {(int(m.group(1)), int(m.group(2))) for m in RANGE.finditer(text)}
        for a, b in seen:
            if not a < b:
                continue
            pairs[(a, b)] = pairs.get((a, b), 0) + 1
            spans[b - a] = spans.get(b - a, 0) + 1
    rows = [(a, b, n) for (a, b), n in pairs.items()] + [(0, s, n) for s, n in spans.items()]
    return sorted(rows)


def main(argv: list[str] | None = None) -> int:
    return build_table_main(argv, __doc__.splitlines()[0], OUT, ("first", "second", "count"), build,
                            lambda rows: f"{sum(1 for r in rows if r[0])} ranges of years, "
                                         f"{sum(r[2] for r in rows if r[0])} (document, range) pairs")


if __name__ == "__main__":
    raise SystemExit(main())
