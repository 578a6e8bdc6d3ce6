"""Specks OCR reads as a token of their own between the words of an OCR'd line.

:mod:`pipeline.repair.ocrnoise` removes marks no directive prints; these are characters a
directive does print ('(', ',', 'I', a letter), read out of a speck, a stroke of the page
edge or a letter's echo, where the print has none.  Seen in chidao's own readings of real
scans (samples/real_ocr v1-v4, P06): 'định hướng ( đến năm', 'còn hạn ,hẹp', 'CNTT cho
các ,', 'cơ quan I nhà nước', 'Kế hoạch ú ứng dụng'.  Each rule is about how Vietnamese
is printed, not about a word:

- a parenthesis opens glued to its first word ('(cụ thể ...'): a '(' standing alone
  between two words with no ')' after it on the line is a speck;
- a comma is glued to the word before it: a comma glued to the START of a word after a
  space (' ,hẹp'), or alone after the last word of a line (' ,' at the end), is a speck;
- 'I', 'l' or '|' alone between two lower-case words is a vertical stroke (a speck, a
  fold), unless the word before it takes a Roman numeral ('Phụ lục I', 'quý I năm',
  'khóa I', 'giai đoạn I') and only when the two words read on as one phrase without it
  (the trigram model's log10 P(right | two left) >= :data:`RUN_ON`);
- one letter alone (with or without marks) right before a word that starts with the same
  letter, where that letter alone is a rare syllable (unigram log10 < :data:`RARE_LETTER`:
  not 'ở', 'ý', 'y', 'ô'), is the first letter read twice ('ú ứng dụng'); so is a consonant
  alone (no syllable) right after a word that starts with it ('số s 29-NQ/TW'), unless that
  word takes a label ('điểm đ khoản 1').

Used on OCR'd lines only: a typist's own '( ' or ' ,' stays in typed text.
"""
from __future__ import annotations

import re

from pipeline.repair.lm import SyllableLM
from pipeline.vietnamese import strip_accents

RUN_ON = -1.6  # log10 P(right | left two): the words read on as one phrase ('cơ quan' -> 'nhà' -1.3)
RARE_LETTER = -4.0  # log10 unigram of a one-letter syllable read twice ('ú' -4.7; 'ở' -2.7, 'ý' -3.1)
# nouns a Roman numeral follows in directives: 'Phụ lục I', 'quý I', 'phần I', 'khóa I',
# 'giai đoạn I', 'hạng I', 'cấp I', 'vùng I', 'khu vực I', 'loại I', 'đợt I', 'kỳ I'
NUMERAL_NOUNS = frozenset("""lục quý phần mục chương khóa khoá đoạn hạng cấp vùng vực loại đợt kỳ kì nhóm tập bậc
tuyến điểm khoản tiết điều số độ mức lần tổ đội thứ học hệ đề""".split())

# nouns a letter label follows: 'điểm đ khoản 1', 'mục b', 'tiết a', 'phụ lục c', 'loại b'
LETTER_NOUNS = frozenset("điểm mục tiết khoản lục phần loại nhóm hạng tổ đợt vùng".split())

_PAREN = re.compile(r"(?<=\S) \((?= \S)")
_COMMA_GLUED = re.compile(r"(?<=[^\W\d_]) ,(?=[^\W\d_])")
_COMMA_LAST = re.compile(r"(?<=[^\W\d_]) ,\s*$")
_WORDS = re.compile(r"\S+")
_ONE_CHAR = re.compile(r"(?<=\S) (?:[^\W\d_]|\|) (?=\S)")  # one letter or '|' between two tokens
_LOWER_WORD = re.compile(r"^[^\W\d_]+[,;:.]?$")


def fix_specks(lm: SyllableLM, text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, as read, new) for the speck tokens of one OCR'd line (see the module
    docstring); the changes do not overlap."""
    if " (" not in text and " ," not in text and not _ONE_CHAR.search(text):
        return []
    out: list[tuple[int, int, str, str]] = []
    if " (" in text:
        for m in _PAREN.finditer(text):
            if ")" not in text[m.end():]:
                out.append((m.start(), m.end(), m.group(), ""))
    if " ," in text:
        for m in _COMMA_GLUED.finditer(text):
            out.append((m.start(), m.end(), m.group(), " "))
        m = _COMMA_LAST.search(text)
        if m:
            out.append((m.start(), m.start() + 2, " ,", ""))
    if not _ONE_CHAR.search(text):
        return _kept(out)  # (most lines: no token of one character between two others)
    toks = [(m.start(), m.end(), m.group()) for m in _WORDS.finditer(text)]
    for k in range(1, len(toks) - 1):
        s, e, t = toks[k]
        left, right = toks[k - 1][2], toks[k + 1][2]
        if t in ("I", "l", "|"):
            if not ((_lower_word(left) or _title_word(left)) and _lower_word(right)) or left[-1] in ",;:.":
                continue
            lw, rw = left.lower(), right.rstrip(",;:.").lower()
            if lw in NUMERAL_NOUNS:
                continue
            ctx = (toks[k - 2][2].lower().rstrip(",;:."), lw) if k >= 2 and _lower_word(toks[k - 2][2]) else (lw,)
            if lm.is_syllable(lw) and lm.is_syllable(rw) and lm.logprob(ctx, rw) >= RUN_ON:
                out.append((toks[k - 1][1], e, text[toks[k - 1][1]:e], ""))
        elif len(t) == 1 and t.isalpha() and t.islower() and right[:1].isalpha() and \
                strip_accents(t) == strip_accents(right[0].lower()) and len(right.rstrip(",;:.")) >= 2:
            if lm.unigram_logprob(t) < RARE_LETTER and lm.is_syllable(right.rstrip(",;:.").lower()):
                out.append((s, toks[k + 1][0], text[s:toks[k + 1][0]], ""))
        elif len(t) == 1 and t.isalpha() and t.islower() and t.isascii() and not lm.is_syllable(t) \
                and _lower_word(left) and left[-1].isalpha() and left.lower() not in LETTER_NOUNS \
                and strip_accents(left[0].lower()) == t and len(left) >= 2:
            # a consonant alone right after a word that starts with it ('Nghị quyết số s
            # 29-NQ/TW'): the word's first letter read twice ('điểm đ' is a label: kept)
            out.append((toks[k - 1][1], e, text[toks[k - 1][1]:e], ""))
    return _kept(out)


def _kept(out: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The fixes in order, none overlapping the one before it."""
    out.sort()
    kept, end = [], -1
    for fix in out:
        if fix[0] >= end:
            kept.append(fix)
            end = fix[1]
    return kept


def _lower_word(tok: str) -> bool:
    return bool(_LOWER_WORD.match(tok)) and tok[0].islower()


def _title_word(tok: str) -> bool:
    return bool(_LOWER_WORD.match(tok)) and tok[0].isupper() and tok[1:].rstrip(",;:.").islower()


__all__ = ["fix_specks"]
