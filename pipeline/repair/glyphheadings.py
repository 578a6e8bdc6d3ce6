"""Lost glyphs in a plan's or a decision's part headings, read from their closed list.

A plan heads its parts with the same few words ('I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích',
'2. Yêu cầu', 'II. TỔ CHỨC THỰC HIỆN'), a programme with its aims ('1. Mục tiêu chung',
'2. Mục tiêu cụ thể'), a regulation with its scope ('1. Phạm vi điều chỉnh', '2. Đối
tượng áp dụng').  Such a heading is a short line alone after its label: the search reads
each word with the word before it only, and the label gives it nothing ('1. Mụ  đ   ' read
'Mục đo', 'I. Mụ  đí  ,   u   u' left as gaps, '2. M c t    c  t ể' read 'Mức tự có thể',
'1. M c ti   c  n ' read 'Mục tiêu chính'; session 31, glyph35: six documents at seed 0).
The list is closed and the line's shape is the evidence: after its label, the whole line
reads as exactly one heading of the list with some of its letters printed as spaces.

The list holds the headings printed after a label in at least two documents of the
development texts and realdocs (samples/text, /work/shared/realdocs: 97 lines) or of the
gazette corpus (238 lines), in their sentence case or capitals; lines / documents, session 31:
development 'TỔ CHỨC THỰC HIỆN' 27/25, 'MỤC ĐÍCH, YÊU CẦU' 17/15, 'Yêu cầu' 9/9, 'Mục đích'
8/8, 'NHIỆM VỤ CỤ THỂ' 6/6, 'MỤC TIÊU' 4/4, 'NHIỆM VỤ, GIẢI PHÁP', 'KINH PHÍ THỰC HIỆN', 'MỤC
ĐÍCH - YÊU CẦU', 'NỘI DUNG', 'Nội dung' 3/3 each, 'Đánh giá chung', 'Mục tiêu chung' 2/2;
gazette 'Nội dung' 79/26, 'Nhiệm vụ' 47/13, 'Đối tượng áp dụng' 22/22, 'Phạm vi điều chỉnh'
13/13, 'Mục đích' 10/7, 'Mục tiêu cụ thể' 8/8, 'Mục tiêu' 5/3, 'Mục tiêu chung' 5/5, 'Mục
tiêu tổng quát' 3/3, 'Kinh phí thực hiện' 3/2.  Each is read in both its forms.
"""
from __future__ import annotations

import re
import unicodedata

# switch: False reads no heading from the list (the search's reading, before session 31)
HEADING_FORMULAS = True

_HEADINGS = (
    "Mục đích, yêu cầu", "Mục đích - Yêu cầu", "Mục đích", "Yêu cầu",
    "Mục tiêu", "Mục tiêu chung", "Mục tiêu cụ thể", "Mục tiêu tổng quát",
    "Tổ chức thực hiện", "Kinh phí thực hiện", "Nội dung", "Nhiệm vụ", "Nhiệm vụ cụ thể",
    "Nhiệm vụ, giải pháp", "Đánh giá chung",
    "Phạm vi điều chỉnh", "Đối tượng áp dụng",
)
HEADINGS: tuple[str, ...] = tuple(dict.fromkeys(
    unicodedata.normalize("NFC", h) for base in _HEADINGS for h in (base, base.upper())))

# the label before a heading: a Roman or Arabic number (with its sub-number), or a letter,
# then '.', ')', '/' or a dash; markup or a table's bar may stand before it
_LABEL = re.compile(r"^[\s*_#|]*(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])\s?[.)/\-–]\s+")
_AFTER = ":."  # a heading may end with a colon or a full stop
_MIN_PRINTED = 3  # letters of the heading printed at least (a third of them as well)


def _fits(piece: str, heading: str) -> list[int] | None:
    """The gaps (offsets) at which ``piece`` prints a space for one of ``heading``'s letters,
    None when it does not read as the heading: every other character the heading's own."""
    if len(piece) != len(heading):
        return None
    gaps = []
    for k, (p, h) in enumerate(zip(piece, heading)):
        if p == h:
            continue
        if p != " " or not h.isalpha():
            return None
        gaps.append(k)
    return gaps


def _shown(piece: str, heading: str, printed_end: int) -> bool:
    """Enough of the heading printed to be sure: its first letter (the capital), a third of
    its letters and three at least, and one letter of every word, in the part of the line
    the page printed (``printed_end``: a trimmed line's lost last letters are not printed)."""
    if piece[0] != heading[0]:
        return False
    letters = sum(c.isalpha() for c in heading)
    printed = sum(c.isalpha() for c in piece[:printed_end])
    if printed < _MIN_PRINTED or printed * 3 < letters:
        return False
    start = 0
    for word in heading.split(" "):
        part = piece[start:min(start + len(word), printed_end)]
        start += len(word) + 1
        if any(c.isalpha() for c in word) and not any(c.isalpha() for c in part):
            return False
    return True


def heading_fills(text: str) -> list[tuple[int, str]]:
    """(column, letter) for each lost letter of a part heading (HEADINGS) that is the whole
    of ``text`` after its label: exactly one heading of the list fits, its gaps are letters
    the line never prints (a font that lost a glyph prints it nowhere), and enough of it is
    printed (:func:`_shown`).  The line may end with a colon or a full stop, and its
    trailing spaces may have been trimmed (the heading's last letters then read as lost)."""
    if not HEADING_FORMULAS or " " not in text:
        return []
    m = _LABEL.match(text)
    if not m:
        return []
    start = m.end()
    core = text[start:].rstrip()
    closed = core[-1:] in _AFTER
    if closed:
        core = core[:-1]  # 'Mục đích:', 'Mụ  đí  :' (its own spaces before the colon are gaps)
    found: list[tuple[int, str]] | None = None
    for heading in HEADINGS:
        if len(core) > len(heading) or closed and len(core) != len(heading):
            continue
        piece = core.ljust(len(heading))  # (a trimmed line's lost last letters read as lost)
        gaps = _fits(piece, heading)
        if not gaps or not _shown(piece, heading, len(core.rstrip()) if not closed else len(core)):
            continue
        if any(heading[k] in text for k in gaps):
            continue  # a letter the line prints is no lost glyph
        if found is not None:
            return []  # two headings fit: the line does not say which
        found = [(start + k, heading[k]) for k in gaps]
    return found or []
