"""(tasks46, issue 5) Which openers hide a reading: the labelled texts read again with their openers taken off
(``strip``), and real steps read again with a period-to-come opener put before them (``prefix``).

``strip``: every development and pending gold document (the carry-over ``ge`` left out) holding a sentence that
``timeopener_counts.OPENER_RE`` matches is read twice, as it is and with those openers taken off; per opener shape and
gold label, how often the sentence is read as a task each way.  An opener whose removal turns no-task sentences into
tasks says the sentence reports (a day, a past or named period) and must stay; the period to come turned none.

``prefix``: up to three labelled (required or optional) sentences of each news item that the reading takes as a task
are read again with ``OPENER`` put before them (default 'Các tháng tiếp theo, '): lost, read with
other offices, or read with the same offices.  START lost 106 of 433 and read other offices on 103; tasks46's reader
34 and 17 (benchmarks/HISTORY.md, session 33).

    PYTHONPATH=. python benchmarks/timeopener_reading.py strip
    PYTHONPATH=. python benchmarks/timeopener_reading.py prefix ['Các tháng tiếp theo, ']
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.plainterm_counts import KINDS, gold_labelled, norm  # noqa: E402
from benchmarks.timeopener_counts import OPENER_RE, shape  # noqa: E402

FOLDERS = (ROOT / "samples" / "gold", ROOT / "samples" / "gold" / "pending")


def _tasks(text: str) -> list[tuple[str, list[str]]]:
    from pipeline.config import Config
    from pipeline.extract import extract
    from pipeline.model import Document, lines_from_text
    from pipeline.structure import structure

    try:
        doc = structure(Document(doc_id="t", lines=lines_from_text(text)), Config())
        return [(norm(t.text), sorted(o.office for o in t.offices)) for t in extract(doc, Config()).tasks]
    except Exception:  # a text the stages cannot read counts as read as nothing
        return []


def _find(ns: str, tasks) -> list[str] | None:
    for t, offices in tasks:
        if t[:30] and (t[:30] in ns or ns[:30] in t):
            return offices
    return None


def strip() -> None:
    bydoc = defaultdict(list)
    for folder in FOLDERS:
        for p, doc, s, k in gold_labelled(folder, "ge"):
            m = OPENER_RE.match(s.strip())
            if m:
                bydoc[p].append((doc, s.strip(), k, m))
    res: Counter = Counter()
    lines = []
    for p, items in bydoc.items():
        text = Path(str(p).replace(".tasks.json", ".clean.txt")).read_text(encoding="utf-8")
        before, mod, new_of = _tasks(text), text, {}
        for _doc, st, _k, m in items:
            rest = st[m.end():]
            if rest[:1].isalpha() and st in mod:
                new_of[st] = st[:m.start(1)] + rest[:1].upper() + rest[1:]
                mod = mod.replace(st, new_of[st], 1)
        after = _tasks(mod)
        for doc, st, k, m in items:
            if st not in new_of:
                continue
            a, b = _find(norm(st), before) is not None, _find(norm(new_of[st]), after) is not None
            res[(shape(m.group(1)), KINDS[k], a, b)] += 1
            if a != b:
                lines.append(f"  [{shape(m.group(1))} | {KINDS[k]} | with {a} without {b}] {doc[:45]} | {st[:150]}")
    for key in sorted(res):
        print(" / ".join(map(str, key)), res[key])
    print("\n".join(lines))


def prefix(opener: str) -> None:
    bydoc = defaultdict(list)
    for folder in FOLDERS:
        for p, doc, s, k in gold_labelled(folder, "ge"):
            st = s.strip()
            if k in (1, 2) and re.match(r"^[A-ZĐ]", st) and not st.endswith(":") and len(st) > 40 and "news" in doc:
                bydoc[p].append((doc, st))
    res: Counter = Counter()
    shown = []
    for p, items in bydoc.items():
        text = Path(str(p).replace(".tasks.json", ".clean.txt")).read_text(encoding="utf-8")
        before = _tasks(text)
        for doc, st in items[:3]:
            plain = _find(norm(st), before)
            if plain is None or st not in text:
                continue
            new = opener + st[:1].lower() + st[1:]
            opened = _find(norm(new), _tasks(text.replace(st, new, 1)))
            key = ("read" if opened is not None else "lost", "same offices" if opened == plain else "offices differ")
            res[key] += 1
            if key != ("read", "same offices"):
                shown.append(f"  {key} {doc[:40]} | {st[:110]} | {plain} -> {opened}")
    print(repr(opener), dict(res))
    print("\n".join(shown))


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "strip"
    strip() if mode == "strip" else prefix(sys.argv[2] if len(sys.argv) > 2 else "Các tháng tiếp theo, ")
