"""A name the document prints the same way again: kept as printed.

The trigram corrector weighs a proper name's syllables as running words, and a name's
syllables are the rarest of a text: in a document read as OCR output it respells them
('Công ty Đại Đồng Tiến' -> 'Tiền', 'Hội khỏe Phù Đổng' -> 'Động', 'Nguyễn Thị Thủy' ->
'Thúy', 'phường Thục Phán' -> 'Thực').  ocr26 counted the clean words the typed-OCR pass
damaged on samples/unseen_repair (seeds 0-1, START c85b7f7e): 46 of 161 are Title-case
words inside a sentence, in 16 documents, nearly all of them names in a run of Title-case
words (:func:`pipeline.repair.ocr.in_name_run`).

Skipping every name-run word is no answer: OCR misreads institutions' names too ('Bô Công
Thương', 'Lạng Son'), and in_name_run's docstring records what that cost on the real
scans.  The evidence used here is the document's own print: a name-run word whose pair
with its Title-case neighbour (the word before or after it, as printed) stands at least
NAME_SEEN times in the document, while the word the change would make stands in none of
its name runs, is the document's own spelling of a name.  Where OCR misread a name, the
document prints its right spelling elsewhere, in the same pair ('Lạng Sơn' beside the one
'Lạng Son') or in another name ('Sở Tư pháp' where OCR read both 'Bộ Tư' of one line as
'Bộ Tu': OCR repeats a confusion within a line).
"""
from __future__ import annotations

import re
from collections import Counter

NAME_SEEN = 2  # occurrences of the printed pair (this one included)
_WORD = re.compile(r"[^\W\d_]+")


def title_word(word: str) -> bool:
    """Is ``word`` in Title case, 'Chuối', 'Tiến': a capital and lower-case letters after it (a name's syllable,
    as name runs are read here and in :func:`pipeline.repair.ocr.in_name_run`)?"""
    # Title case only: a run in capitals is a heading or a signature block, where OCR
    # repeats one misreading ('TONG CỤC TRƯỞNG' read twice in o2's signature, samples/text)
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def _runs(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]


def name_pairs(texts: list[str]) -> Counter:
    """Every pair of Title-case words parted by spaces only, as printed, with its count in
    the document's lines."""
    pairs: Counter = Counter()
    for text in texts:
        runs = _runs(text)
        for (_a, b, w), (c, _d, x) in zip(runs, runs[1:]):
            if title_word(w) and title_word(x) and c > b and not text[b:c].strip(" "):
                pairs[(w, x)] += 1
    return pairs


def _neighbours(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The Title-case words right before and after the word at text[start:end], parted
    from it by spaces only (None where there is none)."""
    runs = _runs(text)
    left = right = None
    for i, (a, b, _w) in enumerate(runs):
        if a == start and b == end:
            if i > 0 and title_word(runs[i - 1][2]) and not text[runs[i - 1][1]:a].strip(" ") and runs[i - 1][1] < a:
                left = runs[i - 1][2]
            if i + 1 < len(runs) and title_word(runs[i + 1][2]) and not text[b:runs[i + 1][0]].strip(" ") \
                    and b < runs[i + 1][0]:
                right = runs[i + 1][2]
            break
    return left, right


def keeps_name(text: str, start: int, end: int, before: str, after: str, pairs: Counter) -> bool:
    """Should the change of ``before`` (at text[start:end]) to ``after`` be dropped: a
    Title-case word in a name run whose printed pair the document repeats, changed into a
    word that stands in none of the document's name runs?"""
    if not title_word(before) or before.lower() == after.lower() and before != after:
        return False
    left, right = _neighbours(text, start, end)
    if left is None and right is None:
        return False
    seen = max(pairs.get((left, before), 0) if left else 0, pairs.get((before, right), 0) if right else 0)
    if seen < NAME_SEEN:
        return False
    # the changed word printed in any name run of the document ('Sở Tư pháp' where OCR read
    # both 'Bộ Tư' of one line 'Bộ Tu') is a word of the document's names: no own spelling
    return not any(after in pair for pair in pairs)
