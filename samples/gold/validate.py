#!/usr/bin/env python3
"""Check the gold annotation files in this folder (standard library only).

Usage:  python3 samples/gold/validate.py [GOLD_DIR ...]     (default: the folder of this script)

Why: the gold files are the yardstick for the extraction work (scored by
../shared/eval/vnscore.py, the rules are in ../shared/eval/ANNOTATION.md).  A gold file whose
anchor is not in its text, or is there twice, silently turns a right answer into a miss; a
deadline that is not ISO never matches.  This script finds those slips before they cost anyone
a debugging session.  It exits non-zero when any ERROR is found; WARN lines are for review.

Checks, per <doc_id>.tasks.json:
  - it parses; doc_id equals the file name; <doc_id>.clean.txt exists, is UTF-8 and NFC, and is
    byte-identical to ../text/<doc_id>.txt when that file exists;
  - header has the six fields (doc_type, number, date, issuer, signer_title, signer), each a
    string or null; date is a valid ISO date;
  - optional top-level fields: period ('YYYY', 'YYYY-MM' or 'YYYY-Qn'), recipients_count (int or
    null), page_furniture_lines (line numbers of running heads / page numbers / signature stamps
    that interrupt sentences), partial (bool), anomalies (list of strings);
  - every task: the required keys; anchor found exactly once in the whitespace-folded clean text
    (a sentence printed twice word for word may share its anchor when all later copies are
    optional) and is the start of text; anchor length 4-20 space-separated tokens (6-10 Vietnamese words, most of them
    of two syllables; a shorter anchor is allowed when it is the whole sentence); text found in the folded
    clean text (or, when the document declares page_furniture_lines, in the folded text with
    those lines removed: a sentence that runs over a page break is given without the running
    head; or, when the task gives cell_lines, in the join of those line ranges: a table cell
    that a page break splits); section labels exist as headings in the text and the innermost one is printed before
    the task ('' for a sentence before the first heading; a task with "label_after": true may have
    its row number printed after it); deadline is a valid ISO date or null (deadline_time HH:MM when present);
    recurrence is one of the allowed values or null; offices a list of strings; lead null or one
    of the offices; optional a bool; tasks in document order;
  - WARN (for review, not failures): overlapping task texts, an anchor that the scorer (one
    word of slack) would also find inside another task's text, a deadline before the document's
    date, a clean text that differs line for line from ../text/ (a broken input there and its
    true text here: the seed, the OCR'd letters m7-m9; a different number of lines is an ERROR).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

HEADER_FIELDS = ("doc_type", "number", "date", "issuer", "signer_title", "signer")
RECURRENCE = {None, "daily", "weekly", "monthly", "quarterly", "half-yearly", "yearly"}
TASK_KEYS = {"section", "anchor", "text", "offices", "deadline", "recurrence"}
# 'lead' (default null) and 'optional' (default false) may be left out, as in the seed's gold.
KNOWN_TASK_KEYS = TASK_KEYS | {"lead", "optional", "note", "deadline_time", "cell_lines", "label_after"}
_WS = re.compile(r"\s+")


def fold(s: str) -> str:
    """The scorer's whitespace folding: NFC, whitespace runs to one space, stripped."""
    return _WS.sub(" ", unicodedata.normalize("NFC", s)).strip()


_PUNCT_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def scorer_tokens(s: str) -> list[str]:
    """Tokens as vnscore.py compares them (casefolded, edge punctuation stripped)."""
    return [t for t in (_PUNCT_EDGE.sub("", w) for w in fold(s).casefold().split(" ")) if t]


def contains_anchor(task_tokens: list[str], anchor_tokens: list[str], slack: int = 1) -> bool:
    k = len(anchor_tokens)
    for i in range(len(task_tokens) - k + 1):
        if sum(a != b for a, b in zip(task_tokens[i:i + k], anchor_tokens)) <= slack:
            return True
    return False


def iso_date(s: object) -> dt.date | None:
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def label_pattern(label: str) -> re.Pattern:
    """A heading label as printed: 'II.', '1.2.', 'a)', 'đ)', 'Điều 2', 'Phần I', 'Chương II',
    and the Party style 'II- NHIỆM VỤ' (a dash and a space after the label); in Markdown text a
    label may open a bold run ('**a) Rà soát ...**')."""
    m = re.fullmatch(r"(Điều|Phần|Chương|Mục)\s+(\S+)", label)
    if m:
        return re.compile(rf"(?<!\w){m.group(1)}\s+{re.escape(m.group(2))}(?![\w])", re.IGNORECASE)
    return re.compile(rf"(?:^|(?<=\s)|(?<=\s\*\*)|(?<=^\*\*)){re.escape(label)}(?:[.):](?!\d)|-(?=\s))", re.MULTILINE)


def bare_label_pattern(label: str) -> re.Pattern:
    """A label printed with no dot at the start of its own line: the TT column of a table in a
    Công báo text layer ('IV Huy động …', '10' alone on its line) or the first cell of a markdown
    pipe row ('| 10 | Kiểm kê …'). Accepted as printed, too."""
    return re.compile(rf"^[ \t]*(?:\|[ \t]*)?{re.escape(label)}(?:[ \t]*$|[ \t]*\||[ \t]+(?=\S))", re.MULTILINE)


class Report:
    def __init__(self) -> None:
        self.errors = 0
        self.warnings = 0

    def error(self, where: str, msg: str) -> None:
        self.errors += 1
        print(f"ERROR {where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings += 1
        print(f"WARN  {where}: {msg}")


def check_file(path: Path, rep: Report) -> int:
    name = path.name[: -len(".tasks.json")]
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        rep.error(path.name, f"does not parse: {exc}")
        return 0
    if doc.get("doc_id") != name:
        rep.error(path.name, f"doc_id {doc.get('doc_id')!r} differs from the file name {name!r}")
    clean_path = path.with_name(f"{name}.clean.txt")
    if not clean_path.exists():
        rep.error(path.name, "no .clean.txt next to it")
        return 0
    raw_bytes = clean_path.read_bytes()
    try:
        raw = raw_bytes.decode("utf-8")
    except UnicodeDecodeError as exc:
        rep.error(clean_path.name, f"not UTF-8: {exc}")
        return 0
    if not unicodedata.is_normalized("NFC", raw):
        rep.error(clean_path.name, "not NFC")
    source = path.parent.parent / "text" / f"{name}.txt"
    if source.exists() and source.read_bytes() != raw_bytes:
        src_lines = source.read_bytes().decode("utf-8", "replace").splitlines()
        if len(src_lines) == len(raw.splitlines()):
            # The seed and the OCR'd letters (m7-m9): samples/text holds the broken input, the gold
            # its true text, line for line (the repair scorers compare lines).
            rep.warn(clean_path.name, f"differs from {source} line for line (a broken input and its repair?)")
        else:
            rep.error(clean_path.name, f"differs from {source}")

    # header
    header = doc.get("header")
    if not isinstance(header, dict):
        rep.error(name, "no header object")
        header = {}
    for f in HEADER_FIELDS:
        if f not in header:
            rep.error(name, f"header lacks {f!r} (use null when the document does not state it)")
        elif header[f] is not None and not isinstance(header[f], str):
            rep.error(name, f"header {f} must be a string or null")
    doc_date = None
    if header.get("date") is not None:
        doc_date = iso_date(header["date"])
        if doc_date is None:
            rep.error(name, f"header date {header['date']!r} is not an ISO date")
    for f in ("number", "issuer", "signer"):
        v = header.get(f)
        squash = (lambda s: re.sub(r"\s+", "", s).casefold()) if f == "number" else (lambda s: fold(s).casefold())
        if isinstance(v, str) and v and squash(v) not in squash(raw):
            # number/issuer/signer are 'as written': they should be findable (issuer may be re-cased
            # or spread over two header lines, so only a warning).
            if f != "issuer":
                rep.warn(name, f"header {f} {v!r} not found verbatim in the text")

    # top-level extras
    period = doc.get("period")
    if period is not None and not re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?", str(period)):
        rep.error(name, f"period {period!r} is not YYYY, YYYY-MM or YYYY-Qn")
    rc = doc.get("recipients_count")
    if rc is not None and not isinstance(rc, int):
        rep.error(name, "recipients_count must be an int or null")
    if "partial" in doc and not isinstance(doc["partial"], bool):
        rep.error(name, "partial must be true/false")
    anomalies = doc.get("anomalies", [])
    if not isinstance(anomalies, list) or not all(isinstance(a, str) for a in anomalies):
        rep.error(name, "anomalies must be a list of strings")
    lines = raw.splitlines()
    furniture = doc.get("page_furniture_lines") or []
    if not all(isinstance(n, int) and 1 <= n <= len(lines) for n in furniture):
        rep.error(name, "page_furniture_lines must be 1-based line numbers of the clean text")
        furniture = []
    full = fold(raw)
    body = fold("\n".join(l for i, l in enumerate(lines, 1) if i not in set(furniture)))

    tasks = doc.get("tasks")
    if not isinstance(tasks, list) or (not tasks and doc.get("directive") is not False):
        # (a text that directs no one -- a law, a court precedent -- says so with "directive": false
        # and may have no task at all: what it measures is that nothing is predicted)
        rep.error(name, "no tasks")
        return 0
    last_pos = -1
    spans: list[tuple[int, int, str]] = []
    for i, t in enumerate(tasks):
        where = f"{name} task {i}"
        if not isinstance(t, dict):
            rep.error(where, "not an object")
            continue
        missing = TASK_KEYS - set(t)
        if missing:
            rep.error(where, f"missing keys {sorted(missing)}")
            continue
        unknown = set(t) - KNOWN_TASK_KEYS
        if unknown:
            rep.warn(where, f"unknown keys {sorted(unknown)}")
        anchor, text = t["anchor"], t["text"]
        where = f"{name} task {i} '{anchor}'"
        if not isinstance(anchor, str) or not isinstance(text, str) or not anchor or not text:
            rep.error(where, "anchor and text must be non-empty strings")
            continue
        if fold(anchor) != anchor or fold(text) != text:
            rep.error(where, "anchor/text must be whitespace-folded (single spaces, no edges)")
        n = full.count(anchor)
        sharing = [u for u in tasks if isinstance(u, dict) and u.get("anchor") == anchor]
        if n != 1:
            # A sentence printed twice word for word (two units given the same duty) cannot get a
            # unique anchor: allowed when every copy is annotated and all but the first are optional.
            if n == len(sharing) and all(u.get("optional") for u in sharing[1:]):
                if t is sharing[0]:
                    rep.warn(where, f"sentence printed {n} times: later copies are optional")
            else:
                rep.error(where, f"anchor occurs {n} times in the clean text (must be exactly once)")
        if not text.startswith(anchor):
            rep.error(where, "text does not start with the anchor")
        ntok = len(anchor.split())
        if not (4 <= ntok <= 20) and anchor != text:
            rep.error(where, f"anchor has {ntok} tokens (4-20 expected unless it is the whole sentence)")
        pos = full.find(text)
        cells = t.get("cell_lines")
        if cells is not None:
            # a table cell that a page break splits: the other cells of its row and the header
            # printed again lie between its parts, so its text is the join of its line ranges
            ok = isinstance(cells, list) and all(
                isinstance(c, list) and len(c) == 2 and all(isinstance(n, int) for n in c)
                and 1 <= c[0] <= c[1] <= len(lines) for c in cells)
            if not ok:
                rep.error(where, "cell_lines must be a list of [first, last] 1-based line ranges")
            elif text not in fold(" ".join(" ".join(lines[a - 1:b]) for a, b in cells)):
                rep.error(where, "text not found in the joined cell_lines")
        elif pos < 0:
            pos_body = body.find(text)
            if pos_body < 0:
                rep.error(where, "text not found in the whitespace-folded clean text")
            elif not furniture:
                rep.error(where, "text not found in the clean text")
        apos = full.find(anchor)
        for _ in range(sharing.index(t) if t in sharing else 0):
            apos = full.find(anchor, apos + 1)
        if apos >= 0:
            if apos < last_pos:
                rep.error(where, "tasks are not in document order")
            last_pos = apos
            tlen = len(text) if pos >= 0 else len(anchor)
            spans.append((apos, apos + tlen, anchor))
        # section
        sec = t["section"]
        if not isinstance(sec, str):
            rep.error(where, "section must be a string ('' before the first heading)")
        elif sec:
            labels = [p.strip() for p in sec.split(">")]
            if any(not p for p in labels) or " > ".join(labels) != sec:
                rep.error(where, f"section {sec!r} must be labels joined by ' > '")
            for lab in labels:
                if lab.endswith("."):
                    rep.error(where, f"section label {lab!r} keeps its trailing dot")
                if not (label_pattern(lab.rstrip(".)")).search(raw) or bare_label_pattern(lab.rstrip(".)")).search(raw)):
                    rep.error(where, f"section label {lab!r} is not a heading label in the text")
            inner = labels[-1].rstrip(".)")
            heads = [m.start() for m in label_pattern(inner).finditer(full)]
            # a number alone at the start of a line ('1 - Mức ...', '3' over its bullets) is a head too
            heads += [len(fold(raw[:m.start()])) for m in bare_label_pattern(inner).finditer(raw)]
            # ('label_after': true — a table row whose number a PDF text layer prints after the
            # row's cells, as pdftotext without -layout does when it reads a page column by column)
            if apos >= 0 and heads and min(heads) > apos and t.get("label_after") is not True:
                rep.error(where, f"innermost section label {inner!r} is printed only after the task")
        # attributes
        offices = t["offices"]
        if not isinstance(offices, list) or not all(isinstance(o, str) and o.strip() for o in offices):
            rep.error(where, "offices must be a list of non-empty strings")
            offices = []
        if len(set(offices)) != len(offices):
            rep.error(where, "an office is listed twice")
        lead = t.get("lead")
        if lead is not None and lead not in offices:
            rep.error(where, f"lead {lead!r} is not one of the offices")
        if lead is not None and offices and offices[0] != lead:
            rep.error(where, "the lead must be listed first")
        dl = t["deadline"]
        if dl is not None:
            d = iso_date(dl)
            if d is None:
                rep.error(where, f"deadline {dl!r} is not a valid ISO date")
            elif doc_date and d < doc_date:
                rep.warn(where, f"deadline {dl} is before the document's date {doc_date}")
        if "deadline_time" in t:
            if dl is None or not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", str(t["deadline_time"])):
                rep.error(where, "deadline_time must be HH:MM next to a deadline")
        if t["recurrence"] not in RECURRENCE:
            rep.error(where, f"recurrence {t['recurrence']!r} not in {sorted(r for r in RECURRENCE if r)}")
        if not isinstance(t.get("optional", False), bool):
            rep.error(where, "optional must be true/false")
        if "note" in t and not isinstance(t["note"], str):
            rep.error(where, "note must be a string")
    # The scorer pairs a gold task with the first predicted task whose text holds its anchor,
    # allowing one differing word: an anchor that also fits inside another task's sentence can
    # be paired with the wrong prediction.
    toks = [scorer_tokens(t["text"]) for t in tasks if isinstance(t, dict) and "text" in t]
    for t in tasks:
        if not isinstance(t, dict) or "anchor" not in t:
            continue
        at = scorer_tokens(t["anchor"])
        n = sum(contains_anchor(tt, at) for tt in toks)
        if n > 1:
            rep.warn(name, f"anchor '{t['anchor']}' fits {n} task texts under the scorer's one-word slack")
    spans.sort()
    for (s1, e1, a1), (s2, e2, a2) in zip(spans, spans[1:]):
        if s2 < e1:
            rep.warn(name, f"texts overlap: '{a1}' and '{a2}'")
    return len(tasks)


def main(argv: list[str]) -> int:
    dirs = [Path(a) for a in argv] or [Path(__file__).resolve().parent]
    rep = Report()
    files = sorted(p for d in dirs for p in d.glob("*.tasks.json"))
    if not files:
        print("no *.tasks.json found")
        return 1
    for f in files:
        n = check_file(f, rep)
        doc = json.loads(f.read_text(encoding="utf-8")) if n else {}
        req = sum(1 for t in doc.get("tasks", []) if isinstance(t, dict) and not t.get("optional"))
        print(f"{f.name}: {n} tasks ({req} required)")
    print(f"{len(files)} files, {rep.errors} errors, {rep.warnings} warnings")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
