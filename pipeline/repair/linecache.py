"""One reading of each line, shared by the repair steps.

Most of the cascade's time on clean text went into each step asking the same questions of
every line in its own way (measured on 0.3 MB of clean directives: a third of the CPU time
in ``findall`` of the same letter-run pattern by code points, tone placement, OCR and
notes).  The answers depend on the line's text only, so they are computed once per text
and cached: a step that rewrites a line simply asks again about the new text.
"""
from __future__ import annotations

import re

from pipeline.vietnamese import MARKED_LETTERS

LETTERS = re.compile(r"[^\W\d_]+")
MARKED = re.compile("[" + re.escape("".join(sorted(MARKED_LETTERS))) + "]")
_MAX = 100_000  # cached lines; the cache is emptied when full (a batch streams documents)

_WORDS: dict[str, tuple[str, ...]] = {}
_MARKS: dict[str, bool] = {}


def words(text: str) -> tuple[str, ...]:
    """The line's letter runs (``[^\\W\\d_]+``), in order."""
    got = _WORDS.get(text)
    if got is None:
        if len(_WORDS) >= _MAX:
            _WORDS.clear()
        got = _WORDS[text] = tuple(LETTERS.findall(text))
    return got


def marked(text: str) -> bool:
    """Does the line hold a letter with a Vietnamese mark (a tone or a hat)?"""
    got = _MARKS.get(text)
    if got is None:
        if len(_MARKS) >= _MAX:
            _MARKS.clear()
        got = _MARKS[text] = MARKED.search(text) is not None
    return got
