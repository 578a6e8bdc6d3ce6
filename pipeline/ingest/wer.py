"""Word error rate of a text against a reference transcription (OCR quality).

Words are runs of letters and digits after NFC and case folding: punctuation, line breaks
and layout do not count, word order does (a header read across its two columns costs
errors, which is what the layout code is for).
"""
from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import Levenshtein

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


def word_error_rate(hypothesis: str, reference: str) -> float:
    """(substitutions + insertions + deletions) / reference words."""
    ref = words(reference)
    return Levenshtein.distance(words(hypothesis), ref) / max(1, len(ref))


def bag_error_rate(hypothesis: str, reference: str) -> float:
    """Word errors ignoring order: max(missing, extra) words / reference words.

    Equals the WER when every error is a substitution and is never above it; the gap
    between the two is what reading order costs (a transcription that interleaves the
    header's columns row by row against our column-by-column output).
    """
    from collections import Counter

    ref, hyp = Counter(words(reference)), Counter(words(hypothesis))
    missing = sum((ref - hyp).values())
    extra = sum((hyp - ref).values())
    return max(missing, extra) / max(1, sum(ref.values()))
