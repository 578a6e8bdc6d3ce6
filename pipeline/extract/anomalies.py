"""Inconsistencies a careful reader would flag (the `anomalies` table).

The note-related ones (an item assigned twice, a note naming an item that does not exist)
are found while notes are applied (:mod:`pipeline.extract.assign`); this module adds the ones
that need the whole task list: a deadline before the document's own date, and a task with no
office where the document's genre or its neighbours show that one is expected.
"""
from __future__ import annotations

import re

from pipeline.model import Anomaly, Document, Task

# genres whose every task is meant to name who does it
OFFICE_GENRES = re.compile(r"chương trình hành động|kế hoạch|thông báo kết luận|kết luận", re.I)
OPTIONAL_RE = re.compile(r"\(nếu có\)|các nội dung khác", re.I)


def _offices(t: Task) -> list[str]:
    return [r.office for r in t.offices if r.role in ("lead", "support")]


def find_anomalies(doc: Document, tasks: list[Task]) -> list[Anomaly]:
    out: list[Anomaly] = []
    date = doc.header.date if doc.header else None
    if date:
        for t in tasks:
            if t.deadline and t.deadline < date:
                out.append(Anomaly("deadline_before_date",
                                   f"deadline {t.deadline.isoformat()} ('{t.deadline_text}') is before the document's date {date.isoformat()}",
                                   t.line_start, t.id))
    genre_needs = bool(doc.header and doc.header.doc_type and OFFICE_GENRES.search(doc.header.doc_type))
    # siblings: tasks of the same list (same section parent) mostly assigned
    groups: dict[str, list[Task]] = {}
    for t in tasks:
        parent = t.section.rsplit(" > ", 1)[0] if t.item else t.section
        groups.setdefault(parent, []).append(t)
    share = sum(1 for t in tasks if _offices(t)) / len(tasks) if tasks else 0.0
    for t in tasks:
        if _offices(t) or OPTIONAL_RE.search(t.text):
            continue
        parent = t.section.rsplit(" > ", 1)[0] if t.item else t.section
        sib = groups.get(parent, [])
        sib_share = sum(1 for x in sib if _offices(x)) / len(sib) if sib else 0.0
        # a list whose other items name their office, or a plan whose tasks mostly do, in a
        # section that assigns offices at all (a plan's schedule section may name none)
        if (len(sib) >= 3 and sib_share >= 0.75) or (genre_needs and share >= 0.5 and sib_share >= 0.5):
            out.append(Anomaly("no_office", f"task '{t.text[:60]}...' names no office while {sib_share:.0%} of its list do",
                               t.line_start, t.id))
    return out
