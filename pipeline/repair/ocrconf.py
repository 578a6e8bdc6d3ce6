"""Tesseract's word confidences, carried from ingest to the words the repair questions.

Ingest keeps the confidence (0..1) of every word Tesseract read (``Line.ocr_words``: spans
in ``Line.raw``).  By the time the OCR repairer reads a line, earlier steps may have changed
it (code points, scan noise, a split word), so the spans are mapped onto the line as it is
now, word by word: words that are unchanged keep their confidence, a run replaced by as many
words gives each the confidence of its counterpart, anything else has none.

Why the repair wants them (measured on the real scans of samples/real_ocr, whose
confidences ``scripts/real_ocr_confidences.py`` stores beside the readings; see
:data:`pipeline.repair.ocr.SURE_CONF` for the numbers): the words Tesseract reads with high
confidence are seldom wrong, and a correction there is likelier to damage a right word
('điều đó' -> 'điều độ', 'Đi đôi' -> 'Đi đối') than to mend one; the words it doubts hold
most of the errors.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from pipeline.model import Line

_TOKEN = re.compile(r"\S+")


def word_confidences(line: Line) -> list[tuple[int, int, float]]:
    """(start, end, confidence) of the words of ``line.text`` (white-space separated) that
    can be traced to a word ingest read; words that cannot are left out."""
    raw_text = line.raw if line.raw is not None else line.text
    if not line.ocr_words or not any(0 <= a < b <= len(raw_text) for a, b, _ in line.ocr_words):
        return []
    # the raw text's white-space words, each with the confidence of the OCR word in it
    raw_toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(raw_text)]
    spans = line.ocr_words
    conf_of: list[float | None] = []
    for s, e, _ in raw_toks:
        inside = [c for a, b, c in spans if a < e and b > s]
        conf_of.append(min(inside) if inside else None)
    now = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(line.text)]
    if [t for *_, t in now] == [t for *_, t in raw_toks]:
        return [(s, e, c) for (s, e, _), c in zip(now, conf_of) if c is not None]
    out = []
    sm = SequenceMatcher(None, [t for *_, t in raw_toks], [t for *_, t in now], autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            for i, j in zip(range(i1, i2), range(j1, j2)):
                if conf_of[i] is not None:
                    out.append((now[j][0], now[j][1], conf_of[i]))
    return out


def confidence_at(spans: list[tuple[int, int, float]], start: int) -> float | None:
    """The confidence of the word of ``spans`` that holds column ``start``, or None."""
    for s, e, c in spans:
        if s <= start < e:
            return c
    return None


# Punctuation Tesseract's Vietnamese model prints for what the page prints otherwise, on the
# lines it read (``Line.ocr_words`` set; typed text, even text judged to read like OCR, keeps
# its own): a spaced dash between words comes out as an em dash, where Vietnamese typing uses
# the en dash ('kinh tế – xã hội', 'PA83 – Công an': every spaced dash of the real scans'
# true text, 3 of 3, is an en dash read '—'; the gazette corpus prints 44 spaced en dashes
# and no em dash in its first 20 MB); and an ellipsis after a word loses a dot ('nghiên
# cứu..', 'tố cáo..': two dots are no Vietnamese punctuation).
# A '|' standing alone is a table's vertical rule (or a stroke) Tesseract read as a character:
# no line of the scans' true text prints one ('dữ liệu dân cư | 6/2010 | Thành phố', '| Văn
# phòng UBND' in a table read row by row).  Typed text keeps its '|' schedules and Markdown.
_RULE_BAR = re.compile(r"(?:^|(?<=\s))\|(?:\s+|$)")
# A lone dash closing a line after a word ('để người dân, doanh nghiệp -', 'cáp quang đến
# làm -'): a speck at the right edge of the page.  None of the 35 real readings' true lines
# ends so (4 read ones do, all specks); typed text keeps it (a compound wrapped at its dash,
# 'kinh tế -' / 'xã hội', which the typed samples print), as does a line with another spaced
# dash (a dashed list of names wrapped) or a number before it (a range wrapped: '2021 -').
_END_DASH = re.compile(r"(?<=[^\W\d_]) +[-–]\s*$")
_SPACED_DASH = re.compile(r"\S [-–—] \S")
_EM_DASH = re.compile(r"(?<=[^\W_]) — (?=[^\W_])")
_TWO_DOTS = re.compile(r"(?<=[^\W\d_])\.\.(?!\.)(?=\s|$)")


def tesseract_punctuation(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, before, after) for the punctuation Tesseract misprints and the table rules it
    reads as '|' (see above)."""
    out = [(m.start(), m.end(), m.group(), " – ") for m in _EM_DASH.finditer(text)]
    out += [(m.start(), m.end(), "..", "...") for m in _TWO_DOTS.finditer(text)]
    if "|" in text and text.strip() != "|":
        for m in _RULE_BAR.finditer(text):
            a = m.start()
            if m.end() == len(text):  # at the end: the space before it goes too
                while a > 0 and text[a - 1].isspace():
                    a -= 1
            out.append((a, m.end(), text[a:m.end()], ""))
    m = _END_DASH.search(text)
    if m and not _SPACED_DASH.search(text[:m.start()]) and len(text[:m.start()].split()) >= 3:
        out.append((m.start(), m.end(), m.group(), ""))
    return sorted(out)


# A line Tesseract read as one mark and nothing else ('|', '-', '*', '—'), doubted: on a dusty
# or streaked page a speck or a rule in the margin comes out as its own line of one mark
# (rendered dusty scans: 14 lone '|' lines read at 0.50-0.64).  Typed text keeps such lines
# (a Markdown table's '|', a separator '*'), and so does one Tesseract read sure, and a page
# number or label (a digit or a letter makes it no mark).
LONE_MARK_DOUBT = 0.9
_LONE_MARK = re.compile(r"\s*[^\w\s]{1,3}\s*")


def lone_mark_line(line: Line) -> bool:
    """Is ``line`` a doubted Tesseract line of one mark alone (see above)?"""
    if not line.ocr_words or not _LONE_MARK.fullmatch(line.text):
        return False
    confs = [c for *_, c in word_confidences(line)]
    return bool(confs) and max(confs) < LONE_MARK_DOUBT
