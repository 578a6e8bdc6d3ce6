"""Commas Tesseract reads into a scan where the page prints none.

A speck of dust or toner just after a word is read as a comma ('xây dựng, kế hoạch', 'Căn,
cứ', 'bảo đảm các, điều kiện').  On the real scans of samples/real_ocr (25 readings with
Tesseract's word confidences) 9 of the 788 commas read between two words are such specks; the
syllable language model skips commas, so it cannot tell them from the true ones ('sở, ban,
ngành', 'học sinh, sinh viên').  Two things do:

- the confidence Tesseract gives the word the comma sticks to: the specks' words were read at
  0.72-0.93, the true commas' at 0.96 mostly (the 44 true ones at 0.89 or below are mostly
  list items, 'GDĐT, Sở', whose pairs the corpus does split);
- the gazette corpus: ``models/comma_pairs.txt`` (``models/build_comma_pairs.py``) lists the
  word pairs it prints together 20+ times and splits with a comma at most once in 50.

A comma after a doubted word (confidence <= COMMA_DOUBT) between such a pair is removed; on the
25 readings: 5 specks removed, no true comma.  Only Tesseract's own lines (typed text, even
text that reads like OCR, keeps its commas: a typist's comma is no speck).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.config import model_table_lines
from pipeline.model import Line
from pipeline.repair.ocrconf import confidence_at, word_confidences
from pipeline.repair.syllables import norm_syllable

COMMA_DOUBT = 0.91  # a word read at or below this confidence: its comma may be a speck
PAIRS_FILE = "comma_pairs.txt"
# a word, a comma stuck to it, one space, a word (the comma alone closes the token)
_WORD_COMMA_WORD = re.compile(r"(?<!\S)([^\W\d_]+),(?= ([^\W\d_]+)(?=[\s,.;:)]|$))")


@lru_cache(maxsize=4)
def load_comma_pairs(models_dir: Path | None = None) -> frozenset[tuple[str, str]]:
    """The pairs of ``models/comma_pairs.txt`` (empty when the file is missing)."""
    out = set()
    for row in model_table_lines(PAIRS_FILE, models_dir):
        parts = row.split()
        if len(parts) == 2:
            out.add((parts[0], parts[1]))
    return frozenset(out)


def comma_specks(text: str, spans: list[tuple[int, int, float]],
                 pairs: frozenset[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, ',', '') for each comma of ``text`` that reads as a speck: stuck to a word
    whose confidence in ``spans`` is at most COMMA_DOUBT, between two words the corpus never
    splits with a comma."""
    if "," not in text or not spans or not pairs:
        return []
    out = []
    for m in _WORD_COMMA_WORD.finditer(text):
        conf = confidence_at(spans, m.start(1))
        if conf is None or conf > COMMA_DOUBT:
            continue
        if (norm_syllable(m.group(1)), norm_syllable(m.group(2))) in pairs:
            out.append((m.end(1), m.end(1) + 1, ",", ""))
    return out


def line_comma_specks(line: Line, pairs: frozenset[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    """:func:`comma_specks` for a line Tesseract read (none for other lines)."""
    if not line.ocr_words or "," not in line.text:
        return []
    return comma_specks(line.text, word_confidences(line), pairs)
