"""The labelled texts the session-32 count scripts walk (benchmarks/*_counts.py of tasks43 and tasks44): every
development and pending gold document with its text, and the sentence split they share.

Why one place: each count script lists the sentences of one shape with their gold labels; the walk over the two
gold folders and their texts was written six times.  Run the scripts from the repository root."""
from __future__ import annotations

import glob
import json
import re
from pathlib import Path
from typing import Iterator

# name -> (gold folder, text path pattern by doc_id)
SETS = {"dev": ("samples/gold", "samples/text/{}.txt"),
        "pending": ("samples/gold/pending", "samples/gold/pending/{}.clean.txt")}
# a sentence ends at a stop before a capital
SENT = re.compile(r"(?<=[.;!?…])\s+(?=[A-ZĐÀ-Ỹ])")


def labelled_documents() -> Iterator[tuple[str, dict, Path]]:
    """(set name, gold document, its text's path) for every gold document whose text is stored."""
    for name, (gold_dir, text_path) in SETS.items():
        for f in sorted(glob.glob(gold_dir + "/*.tasks.json")):
            doc = json.load(open(f))
            p = Path(text_path.format(doc["doc_id"]))
            if p.exists():
                yield name, doc, p
