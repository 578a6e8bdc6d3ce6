"""Which texts of one folder repeat a document of another (8-word shingles).

Why: samples/unseen_repair must hold texts the repair was never tuned on, and the tuning set is
samples/text. Helpers gathering material from the same public sources took the same documents
twice (session 10 found eleven unseen texts that were gold texts too). Run it before adding texts:

    python scripts/find_duplicate_texts.py samples/unseen_repair samples/text [--min 0.3]
    python scripts/find_duplicate_texts.py NEWDIR samples      # every subfolder of samples too

It prints each pair sharing at least ``--min`` of the smaller text's shingles, highest first. The
folder compared against is read with its subfolders (``--top-only`` reads its own files alone):
session 15 found two new gold texts that repeated samples/unseen_repair texts because a check run
against ``samples`` had read only the files directly in it.
"""
from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path

SHINGLE = 8


def shingles(text: str, n: int = SHINGLE) -> set[str]:
    """The text's runs of ``n`` words, case-folded and NFC (a copy re-typed with other spacing,
    case or Unicode form is still the same document)."""
    words = re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold())
    return {" ".join(words[i:i + n]) for i in range(max(0, len(words) - n + 1))}


def overlap(a: set[str], b: set[str]) -> float:
    """Share of the smaller text's shingles the other holds (an excerpt of a document scores 1.0)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def duplicate_pairs(folder: Path, against: Path, minimum: float = 0.3,
                    recursive: bool = False) -> list[tuple[float, Path, Path]]:
    """Pairs (overlap, file in ``folder``, file in ``against``) at or above ``minimum``; with
    ``recursive``, the files in every subfolder of ``against`` too."""
    ours = {p: shingles(p.read_text(encoding="utf-8", errors="replace")) for p in sorted(folder.glob("*.txt"))}
    found = against.rglob("*.txt") if recursive else against.glob("*.txt")
    theirs = {p: shingles(p.read_text(encoding="utf-8", errors="replace")) for p in sorted(found)}
    pairs = [(overlap(a, b), p, q) for p, a in ours.items() for q, b in theirs.items() if p != q]
    return sorted((x for x in pairs if x[0] >= minimum), key=lambda x: -x[0])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("against", type=Path)
    ap.add_argument("--min", type=float, default=0.3)
    ap.add_argument("--top-only", action="store_true", help="read only the files directly in AGAINST")
    args = ap.parse_args(argv)
    pairs = duplicate_pairs(args.folder, args.against, args.min, recursive=not args.top_only)
    for share, p, q in pairs:
        print(f"{share:.2f}  {p}  {q}")
    print(f"{len(pairs)} pairs at or above {args.min}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
