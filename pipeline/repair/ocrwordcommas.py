"""A comma Tesseract read inside one dictionary word ('học, sinh', 'hướng, dẫn').

:mod:`pipeline.repair.ocrcommas` removes a comma after a word Tesseract doubted at or below
COMMA_DOUBT (0.91) between two words the gazette never parts with a comma.  Its threshold is
set by the true commas: on the real readings 'thông tin, phục vụ' and 'thời gian, công
khai' are read at 0.92 and keep their commas.  A speck read 0.92-0.95 is then kept too: q1's
'bán vé cho học, sinh, sinh viên' (Đà Nẵng CV 1535, 'học,' at 0.93).  What sets it apart from
those true commas is the pair itself: 'học sinh' is one word of the word lists, and a comma is
never printed inside a word, while 'tin phục' and 'gian công' are two words side by side, where
a list may part them.  The same misreading stands in the typed letters OCR'd elsewhere
('hướng, dẫn' m8, 'Tổng, cục Thuế' m9), which carry no confidences and are left as they are.

So on a Tesseract line a comma stuck to a word read below SURE_CONF (0.96, the OCR repair's
line between sure and doubted), between two syllables that form one dictionary word and that
the gazette never parts with a comma (``models/comma_pairs.txt``), is removed.  A word read
sure keeps its comma (Tesseract saw a comma there); typed text keeps every comma.
"""
from __future__ import annotations

import re
from typing import Callable

from pipeline.model import Line
from pipeline.repair.ocrconf import confidence_at, word_confidences
from pipeline.repair.syllables import norm_syllable

WORD_COMMA_DOUBT = 0.96  # below this Tesseract doubted the word (pipeline.repair.ocr.SURE_CONF)
# a word, a comma stuck to it, one space, a lower-case word (the comma alone closes the token)
_WORD_COMMA_WORD = re.compile(r"(?<!\S)([^\W\d_]+),(?= ([^\W\d_]+)(?=[\s,.;:)]|$))")


def word_commas(text: str, spans: list[tuple[int, int, float]], pairs: frozenset[tuple[str, str]],
                is_word: Callable[[str, str], bool]) -> list[tuple[int, int, str, str]]:
    """(start, end, ',', '') for each comma of ``text`` inside one dictionary word: stuck to a
    word read below WORD_COMMA_DOUBT in ``spans``, before a lower-case word, the pair in
    ``pairs`` (never parted by a comma in the gazette) and ``is_word`` of it true."""
    if "," not in text or not spans or not pairs:
        return []
    out = []
    for m in _WORD_COMMA_WORD.finditer(text):
        if not m.group(2).islower():
            continue
        conf = confidence_at(spans, m.start(1))
        if conf is None or conf >= WORD_COMMA_DOUBT:
            continue
        a, b = norm_syllable(m.group(1)), norm_syllable(m.group(2))
        if (a, b) in pairs and is_word(a, b):
            out.append((m.end(1), m.end(1) + 1, ",", ""))
    return out


def line_word_commas(line: Line, pairs: frozenset[tuple[str, str]],
                     is_word: Callable[[str, str], bool]) -> list[tuple[int, int, str, str]]:
    """:func:`word_commas` for a line Tesseract read (none for other lines)."""
    if not line.ocr_words or "," not in line.text:
        return []
    return word_commas(line.text, word_confidences(line), pairs, is_word)
