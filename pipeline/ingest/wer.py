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


def column_aware_errors(header: str, body: str, reference: str) -> dict:
    """WER with the two-column header compared without word order and the rest strictly.

    Why: ingest gives the header column by column (issuer, number, subject; then the motto
    and the place/date), as the structure stage needs; a transcription typed from the page
    reads it tier by tier across the columns (issuer | motto, number | date).  Both are
    right, and the strict WER charges every word of the header that moved (P04: about 30 of
    its 38 errors).  Here the reference is cut where it best fits (the cut minimising the
    total errors), the header part is scored as a bag of words (a misread or missing word
    still costs, only its position does not) and the body with the usual edit distance.

    Returns header_errors, header_words, body_errors, body_words and wer (all errors over
    all reference words).
    """
    from collections import Counter

    ref = words(reference)
    head, rest = words(header), words(body)
    head_bag = Counter(head)
    best = None
    # the header holds at most a few times its own words of the reference
    for k in range(0, min(len(ref), 3 * len(head) + 20) + 1):
        part = Counter(ref[:k])
        h_err = max(sum((part - head_bag).values()), sum((head_bag - part).values()))
        b_err = Levenshtein.distance(rest, ref[k:])
        if best is None or h_err + b_err < best[1] + best[2]:
            best = (k, h_err, b_err)
    k, h_err, b_err = best
    return {"header_errors": h_err, "header_words": k, "body_errors": b_err, "body_words": len(ref) - k,
            "wer": (h_err + b_err) / max(1, len(ref))}
