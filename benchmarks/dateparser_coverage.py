#!/usr/bin/env python3
"""How far dateparser gets on Vietnamese deadline phrases, next to our temporal normaliser.

    python benchmarks/dateparser_coverage.py

Prints one row per phrase (expected date, dateparser's answer, ours) and the totals.  This is
the measurement behind pipeline/extract/temporal.py's choice of its own grammar: run it again
when a new dateparser release claims better Vietnamese support.  dateparser is not a project
dependency; without it only our column is filled.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.extract.temporal import find_deadline  # noqa: E402

YEAR = 2023  # the document's year, for phrases that give none
BASE = dt.datetime(2023, 5, 4)  # the document's date, as dateparser's RELATIVE_BASE
PHRASES: list[tuple[str, str | None]] = [
    ("trước ngày 15/6/2023", "2023-06-15"),
    ("chậm nhất ngày 15/6/2023", "2023-06-15"),
    ("trước 16 giờ 00 ngày 12/9/2024", "2024-09-12"),
    ("trước 14 giờ 00 ngày 29/7/2020", "2020-07-29"),
    ("chậm nhất trong tháng 5/2023", "2023-05-31"),
    ("trong tháng 5/2023", "2023-05-31"),
    ("hoàn thành trong quý II/2020", "2020-06-30"),
    ("hoàn thành trong quý III/2020", "2020-09-30"),
    ("ngay trong 6 tháng đầu năm", "2023-06-30"),
    ("trong năm 2025", "2025-12-31"),
    ("hoàn thành năm 2023", "2023-12-31"),
    ("hoàn thành trước ngày 10 tháng 6 năm 2026", "2026-06-10"),
    ("trước ngày 30 tháng 6 năm 2026", "2026-06-30"),
    ("trước ngày 22/ 12/ 2011", "2011-12-22"),
    ("trước ngày 15/11", "2023-11-15"),
    ("đến hết quý III/2024", "2024-09-30"),
    ("trước ngày 25 hằng tháng", None),
    ("quy hoạch đến năm 2030, tầm nhìn đến năm 2050", None),
    ("năm học 2022-2023", None),
    ("trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản", None),
]


def with_dateparser(phrase: str) -> str | None:
    import dateparser

    d = dateparser.parse(phrase, languages=["vi"], settings={"DATE_ORDER": "DMY", "RELATIVE_BASE": BASE,
                                                             "PREFER_DATES_FROM": "future"})
    return d.date().isoformat() if d else None


def main() -> int:
    try:
        import dateparser  # noqa: F401
        have_dp = True
    except ImportError:
        have_dp = False
    ok_dp = ok_ours = 0
    print(f"{'phrase':58s} {'expected':10s} {'dateparser':10s} {'ours':10s}")
    for phrase, want in PHRASES:
        dp = with_dateparser(phrase) if have_dp else "n/a"
        d = find_deadline(phrase, YEAR)
        ours = d.date.isoformat() if d and d.date else None
        ok_dp += have_dp and dp == want
        ok_ours += ours == want
        print(f"{phrase[:58]:58s} {str(want):10s} {str(dp):10s} {str(ours):10s}")
    n = len(PHRASES)
    print(f"\nright: dateparser {ok_dp}/{n}" + ("" if have_dp else " (not installed)") + f", ours {ok_ours}/{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
