#!/usr/bin/env python3
"""Count wrong-number fills in a repair benchmark's --verbose output (issue #3: a lost digit
filled with a wrong number misleads more than a gap).

    python benchmarks/repair.py --texts samples/unseen_repair --seeds 3 --kinds glyph,cid --verbose > v.txt
    python scripts/count_wrong_numbers.py v.txt

Per kind, the words still wrong whose gold holds digits and whose output holds the same
number of digits, different ones (a gap left is no wrong number: its digit count differs).
A heuristic over the printed lines (cut at 110 characters), for before/after comparisons.
"""
from __future__ import annotations

import difflib
import re
import sys

_OUT = re.compile(r"^\s{3}.{24} OUT (.*)$")
_GOLD = re.compile(r"^\s{3}.{24} GOLD(.*)$")
_SUMMARY = re.compile(r"^(glyph|cid|ocr|[a-z_]+) +\d+ +[\d.]+ +[\d.]+ ")


def wrong_numbers(lines: list[str]) -> list[tuple[str, str, str]]:
    out = []
    for i, line in enumerate(lines[:-1]):
        m, g = _OUT.match(line), _GOLD.match(lines[i + 1])
        if not (m and g):
            continue
        o, gd = m.group(1).split(), g.group(1).split()
        for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=o, b=gd, autojunk=False).get_opcodes():
            if op == "replace" and a2 - a1 == b2 - b1:
                for x, y in zip(o[a1:a2], gd[b1:b2]):
                    xd, yd = re.sub(r"\D", "", x), re.sub(r"\D", "", y)
                    if xd and yd and len(xd) == len(yd) and xd != yd:
                        out.append((x, y, m.group(1)[:100]))
    return out


def main() -> None:
    text = open(sys.argv[1], encoding="utf-8").read().split("\n")
    chunk: list[str] = []
    for line in text:
        s = _SUMMARY.match(line)
        if s:  # the verbose lines of a kind come before its summary row
            found = wrong_numbers(chunk)
            print(f"{s.group(1)}: {len(found)} wrong-number fills")
            for x, y, ctx in found:
                print(f"   {x!r} for {y!r} | {ctx}")
            chunk = []
        else:
            chunk.append(line)


if __name__ == "__main__":
    main()
