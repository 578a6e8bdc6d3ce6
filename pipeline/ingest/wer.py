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
