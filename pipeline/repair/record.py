"""Turn a line's before/after text into accountable :class:`~pipeline.model.Repair` rows.

Repairers work on whole lines (they need the context); this module finds the words that
changed so each row names the exact span, its column and what replaced it.
"""
from __future__ import annotations

import difflib
import re

from pipeline.model import Document, Line, Repair

_TOKEN = re.compile(r"\s+|[^\s]+")


def _tokens(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _TOKEN.finditer(text)]


def diff_spans(before: str, after: str) -> list[tuple[int, str, str]]:
    """(column, old, new) for each changed run of tokens between two versions of a line."""
    ta, tb = _TOKEN.findall(before), _TOKEN.findall(after)
    if len(ta) == len(tb) and all(x == y for x, y in zip(ta, tb) if x.isspace() or y.isspace()):
        # Same tokens with some replaced (every repair that rewrites words in place): a
        # pairwise walk, O(n).  difflib's matcher is quadratic on a long line in which
        # every other word changed (a stripped paragraph: seconds per document).  The
        # tokens (white space or not) tile the line, so a token's column is the length of
        # those before it: no match object per token (speed26).
        spans = []
        col = 0
        for x, y in zip(ta, tb):
            if x != y:
                spans.append((col, x, y))
            col += len(x)
        return spans
    a, b = _tokens(before), _tokens(after)
    sm = difflib.SequenceMatcher(a=[t for _, t in a], b=[t for _, t in b], autojunk=False)
    spans = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        col = a[i1][0] if i1 < len(a) else len(before)
        old = "".join(t for _, t in a[i1:i2])
        new = "".join(t for _, t in b[j1:j2])
        spans.append((col, old, new))
    return spans


def record_change(
    doc: Document,
    line: Line,
    new_text: str,
    kind: str,
    confidence: float,
    alternatives: list[str] | None = None,
    threshold: float = 0.8,
    note: str = "",
    span: tuple[int, str, str] | None = None,
    spans: list[tuple[int, str, str]] | None = None,
) -> None:
    """Set ``line.text`` to ``new_text`` and append one repair row per changed span.

    ``span`` (column, before, after): the repairer knows the changed span better than a
    token diff does (a lost-glyph fill turns 'C n  ' into 'Công ', which a diff of
    space-separated tokens would split in two rows).  ``spans``: several such, for a
    repairer that changes the number of words in many places of a long line (the token
    diff falls back to difflib there, quadratic on a one-line 300 kB text)."""
    if new_text == line.text:
        return
    for col, old, new in (spans if spans is not None else [span] if span else diff_spans(line.text, new_text)):
        doc.repairs.append(
            Repair(
                page=line.page, line=line.number, column=col, before=old, after=new, kind=kind,
                confidence=round(confidence, 4), alternatives=list(alternatives or []),
                flagged=confidence < threshold, note=note,
            )
        )
    line.text = new_text


def record_token_changes(
    doc: Document,
    line: Line,
    new_text: str,
    kind: str,
    confidence: float,
    changes: list[tuple[int, str, str, list[str]]],
    threshold: float = 0.8,
    note: str = "",
) -> None:
    """One row per changed token, ``changes`` = (column in the text as it reads after the
    changes before it, before, after, alternatives), in the line's order; then ``line.text``
    is ``new_text``.  The same rows and text as a :func:`record_change` with ``span`` per
    token, each given the line rebuilt with that token replaced -- without rebuilding the
    line once per token (quadratic in a long line: a legacy document's 40-odd tokens a line,
    each copying the whole line; speed24)."""
    conf = round(confidence, 4)
    flagged = confidence < threshold
    for col, old, new, alternatives in changes:
        doc.repairs.append(
            Repair(page=line.page, line=line.number, column=col, before=old, after=new, kind=kind,
                   confidence=conf, alternatives=list(alternatives), flagged=flagged, note=note)
        )
    line.text = new_text


def record_note(doc: Document, line: Line | None, message: str) -> None:
    """A row that changes nothing but tells the reviewer why nothing could be done."""
    doc.repairs.append(
        Repair(page=line.page if line else 0, line=line.number if line else 0, column=0, before="",
               after="", kind="note", confidence=0.0, flagged=True, note=message)
    )


# the steps whose changes are guesses a later step may correct (respelling offices and names)
GUESSING_KINDS = ("diacritics", "ocr")
# the note of pipeline.repair.ocr's word-by-word corrections in a text not read as OCR output
LONE_NOTE = "a lone misreading in a text not read as OCR output"


def guessed_lines(doc: Document) -> dict[int, str]:
    """Line number -> kind of the first change a guessing step (diacritics, OCR) made on it."""
    lines: dict[int, str] = {}
    for r in doc.repairs:
        if r.kind in GUESSING_KINDS and r.note != LONE_NOTE:
            lines.setdefault(r.line, r.kind)
    return lines

