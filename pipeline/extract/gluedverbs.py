"""A body's last word glued to the verb after it ('Sở Tài nguyên và Môi trườngchủ trì').

Why: a typist's lost space between a name and its verb made the office reader take the glued
token as part of the name ('Sở Tài nguyên và Môi trườngchủ') and lose the lead (office batch
46, ob46-001; batch 11's 'Tiếp tụcchỉ đạo' is the same slip).  The repair engine splits run-on
words only in OCR'd text (repair/ocrsplit.py); a clean text keeps the typist's slip, so the
office reader reads the sentence with the space put back.

The evidence is strict: the glued token is no Vietnamese syllable, its head is one, its tail
is the first syllable of a subject verb of two or more syllables (offices.SUBJECT_VERBS) and
the words after it complete that verb ('...chủ' + ' trì').  A word that is a syllable, a
name in capitals, or a tail the next words do not complete is left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from pipeline.vietnamese import has_syllable_shape


_TOKEN_RE = re.compile(r"(?<![^\W_])[a-zà-ỹđ]{4,}(?![^\W_])")


@lru_cache(maxsize=4)
def _verb_rests(verbs: tuple[str, ...]) -> dict[str, re.Pattern]:
    """For each first syllable of a verb of two or more syllables, the words that must follow it."""
    by_first: dict[str, set[str]] = {}
    for v in verbs:
        parts = v.split()
        if len(parts) >= 2:
            by_first.setdefault(parts[0], set()).add(r"\s+".join(map(re.escape, parts[1:])))
    return {first: re.compile(r"\s+(?:" + "|".join(sorted(rests, key=len, reverse=True)) + r")(?![^\W_])")
            for first, rests in by_first.items()}


def unglue_verbs(text: str, verbs: Iterable[str]) -> str:
    """``text`` with a space put back between a word and the verb glued to it (see the module).

    Only tokens that are no syllable are looked at (a cached shape test), so a clean sentence costs
    one scan of its words."""
    if not text:
        return text
    rests = None
    out, last = [], 0
    for m in _TOKEN_RE.finditer(text):
        token = m.group(0)
        if has_syllable_shape(token):
            continue
        if rests is None:
            rests = _verb_rests(tuple(sorted(set(verbs))))
        for cut in range(2, len(token) - 1):
            head, tail = token[:cut], token[cut:]
            after = rests.get(tail)
            if after and after.match(text, m.end()) and has_syllable_shape(head):
                out.append(text[last:m.start()] + head + " " + tail)
                last = m.end()
                break
    return "".join(out) + text[last:] if out else text
