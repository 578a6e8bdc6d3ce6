"""(tasks40, issue 5) A cited document's number wrapped to the start of a line, counted before any rule.

'... Chỉ thị số' / '18/CT-TTg ngày ...': every pair of lines where the first stops on 'số' and the second
opens on a document's number (``pipeline.extract.citedwrap``), over the stored texts (samples/text,
samples/heldout, samples/unseen_repair, the pending gold, ../shared/realdocs/text when present) and the
gazette corpus (../shared/corpus/congbao.jsonl.gz when present).  'label' counts the pairs whose second
line the block builder's label reader takes as an item label (a number of one or two digits then '/'):
those are the cuts that split a sentence; a longer number ('1923/TCT-TTKT') is no label and goes on.

    python benchmarks/citedwrap_counts.py [--show]
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extract.citedwrap import cited_number_line  # noqa: E402
from pipeline.extract.sentences import match_label  # noqa: E402

_NUMBER_LINE_RE = re.compile(r"^\d{1,5}\s*/")


def pairs(text: str):
    """(line before, line) for every line opening on a number with '/' after a line that stops on 'số'."""
    lines = text.splitlines()
    for a, b in zip(lines, lines[1:]):
        if _NUMBER_LINE_RE.match(b.strip()) and re.search(r"(?<![^\W_])[Ss]ố\s*:?\s*$", a):
            yield a, b


def count(name: str, texts, show: bool) -> None:
    c: Counter = Counter()
    files: set = set()
    shown = []
    for fid, text in texts:
        for a, b in pairs(text):
            lab = match_label(b.strip())
            eaten = lab is not None and lab[0] == "arabic"
            c["pairs"] += 1
            c["label (cut)" if eaten else "no label"] += 1
            c["rule fires"] += cited_number_line(b, a)
            if eaten:
                files.add(fid)
                if show and len(shown) < 40:
                    shown.append(f"  {fid[:60]} | …{a[-45:]} / {b[:40]}")
    print(f"{name}: {dict(c)}; cut in {len(files)} texts")
    if shown:
        print("\n".join(shown))


def stored():
    roots = [ROOT / "samples" / d for d in ("text", "heldout", "unseen_repair")] + [ROOT / "samples" / "gold" / "pending"]
    roots.append(ROOT.parent / "shared" / "realdocs" / "text")
    for r in roots:
        for p in sorted(r.glob("*.txt")):
            yield f"{r.name}/{p.name}", p.read_text(encoding="utf-8", errors="replace")


def gazette():
    path = ROOT.parent / "shared" / "corpus" / "congbao.jsonl.gz"
    if not path.exists():
        path = Path("/work/shared/corpus/congbao.jsonl.gz")
    if path.exists():
        for line in gzip.open(path, "rt", encoding="utf-8"):
            d = json.loads(line)
            yield d["id"], d["text"]


if __name__ == "__main__":
    show = "--show" in sys.argv
    count("stored texts", stored(), show)
    count("gazette corpus", gazette(), show)
