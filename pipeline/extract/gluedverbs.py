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


@lru_cache(maxsize=4)
def _glued_re(verbs: tuple[str, ...]) -> re.Pattern:
    """'<head><first syllable>' followed by the verb's other syllables, for every verb of two or
    more syllables."""
    by_first: dict[str, set[str]] = {}
    for v in verbs:
        parts = v.split()
        if len(parts) >= 2:
            by_first.setdefault(parts[0], set()).add(r"\s+".join(map(re.escape, parts[1:])))
    alts = "|".join(
        rf"(?P<f{i}>{re.escape(first)})(?=\s+(?:{'|'.join(sorted(rests, key=len, reverse=True))})(?![^\W_]))"
        for i, (first, rests) in enumerate(sorted(by_first.items())))
    return re.compile(r"(?<![^\W_])(?P<head>[a-zà-ỹđ]{2,7}?)(?:" + alts + ")")


def unglue_verbs(text: str, verbs: Iterable[str]) -> str:
    """``text`` with a space put back between a word and the verb glued to it (see the module)."""
    if not text:
        return text
    rx = _glued_re(tuple(sorted(set(verbs))))

    def fix(m: re.Match) -> str:
        head = m.group("head")
        glued = m.group(0)
        if has_syllable_shape(glued.lower()) or not has_syllable_shape(head):
            return glued
        return head + " " + glued[len(head):]

    return rx.sub(fix, text)
