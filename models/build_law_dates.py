#!/usr/bin/env python3
"""Build models/law_dates.tsv: the days the National Assembly passed the laws the gazette cites.

    python models/build_law_dates.py [--corpus ../shared/corpus/congbao.jsonl.gz]

A law bears the day the National Assembly passed it, and the Assembly passes laws only on a
few days of its two sessions a year (late May to June, late October to November): 'Luật Bảo
vệ môi trường ngày 23 tháng 6 năm 2014', 'Luật Hòa giải ở cơ sở ngày 20/6/2013', 'Luật Giá
số 16/2023/QH15 ngày 19/6/2023'.  A font that lost the digit '6' prints such a date with its
month lost whole ('ngày 23 tháng   năm 2014'), which nothing else in a document pins: the
document prints the citation once, and models/cited_laws.tsv knows a law only by the name the
gazette cites it with.  The passing days are shared by every law of a session, so a register
of them pins the month of any law's date whose day and year are printed
(pipeline.repair.glyphdigits.law_date_fills): one row a day, from
- a law cited by name with its date ('Luật <tên> [số N/YYYY/QHkk] ngày D tháng M năm YYYY':
  models/build_cited_laws.CITATION, with its filter of names that are clauses), codes
  ('Bộ luật') too, ordinances ('Pháp lệnh': passed by the Standing Committee) not;
- a document numbered by the Assembly ('số N/YYYY/QHkk ngày D/M/YYYY', the date's year the
  number's: laws and the Assembly's resolutions, passed on the same days);
- a law's own closing ('Luật này đã được Quốc hội ... thông qua ngày D tháng M năm YYYY').
Each day with the number of corpus documents that cite it, days one document alone cites
kept too: the repair reads a year's months, not its days, and a month missing from a year
makes a gap wrong where a month too many only leaves it open.  The held-out documents are
never read.  Deterministic
(sorted); the first line is a manifest (the corpus, its sha256, the threshold, the count).
Without the corpus the committed file is kept as it is.
"""
from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.build_cited_laws import _NOT_A_NAME, CITATION  # noqa: E402
from models.corpus_source import build_table_main, documents  # noqa: E402
from pipeline.repair.glyphdigits import _NOT_A_LAW_NAME  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "law_dates.tsv"
MIN_DOCS = 1

_DATE = r"ngày\s+(\d{1,2})(?:\s+tháng\s+|/)(\d{1,2})(?:\s+năm\s+|/)((?:19|20)\d\d)(?!\d)"
# a document the Assembly numbered ('/QH13', not '/UBTVQH13': the Standing Committee's)
ASSEMBLY_NUMBER = re.compile(r"(?<![\d/])\d{1,3}/((?:19|20)\d\d)/QH\d\d(?![\w/-])\s*,?\s*" + _DATE)
# a law's own closing: 'Luật này đã được Quốc hội ... khóa XIII, kỳ họp thứ 7 thông qua ngày ...' (not
# the Standing Committee's: 'Ủy ban Thường vụ Quốc hội ... phiên họp thứ 9 thông qua ngày ...')
PASSED = re.compile(r"(?<!Thường vụ )Quốc hội[^.;]{0,160}?thông qua\s+" + _DATE)


def _named(m: re.Match) -> tuple[int, int, str] | None:
    """The date of a law cited by name (models/build_cited_laws.CITATION), or None."""
    g = m.groups()
    kind, name = g[0], g[1].strip()
    if kind == "Pháp lệnh":
        return None
    head, _, rest = name.partition(", ")
    if rest and (len(head.split()) > 4 or _NOT_A_NAME.search(rest)):
        return None
    # (and the clauses the repair does not read as a name: '... trước ngày', '... từ ngày')
    if _NOT_A_NAME.search(head) or _NOT_A_LAW_NAME.search(name) or len(name.split()) > 14 or name.isupper():
        return None
    if g[2]:
        _num, year, _code, day, month, dyear = g[2:8]
        if not day or dyear != year:
            return None
    else:
        day, month, dyear = g[8:11]
    return int(day), int(month), dyear


def days(text: str) -> set[tuple[int, int, str]]:
    """The passing days one document of the corpus names."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))
    found: set[tuple[int, int, str]] = set()
    for m in CITATION.finditer(text):
        if (d := _named(m)) is not None:
            found.add(d)
    for rx in (ASSEMBLY_NUMBER, PASSED):
        for m in rx.finditer(text):
            *year, day, month, dyear = m.groups()
            if year and year[0] != dyear:
                continue  # (a date whose year is not its number's: a misprint)
            found.add((int(day), int(month), dyear))
    return {d for d in found if 1 <= d[0] <= 31 and 1 <= d[1] <= 12}


def build(corpus: Path) -> list[str]:
    counts: dict[tuple[int, int, str], int] = {}
    for doc in documents(corpus):
        for d in days(doc.get("text", "")):
            counts[d] = counts.get(d, 0) + 1
    rows = sorted((y, m, d, n) for (d, m, y), n in counts.items() if n >= MIN_DOCS)
    digest = hashlib.sha256(corpus.read_bytes()).hexdigest()[:16]
    manifest = (f"# law_dates: built by models/build_law_dates.py from {corpus.name} sha256:{digest} (held-out ids "
                f"left out); MIN_DOCS={MIN_DOCS}; {len(rows)} days")
    return [manifest, "year\tmonth\tday\tdocuments", *(f"{y}\t{m}\t{d}\t{n}" for y, m, d, n in rows)]


def main(argv: list[str] | None = None) -> int:
    return build_table_main(argv, __doc__.splitlines()[0], OUT, None, build,
                            lambda lines: f"{len(lines) - 2} days", line=str)


if __name__ == "__main__":
    raise SystemExit(main())
