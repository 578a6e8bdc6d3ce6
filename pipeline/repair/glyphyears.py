"""Lost digits an anniversary's arithmetic restores ('kỷ niệm 6  năm chiến thắng Điện Biên Phủ
(0 /5/1954-0 /5/2021)').

A directive that celebrates an anniversary names it twice: the count of years and the two
dates it spans, in brackets after the event ('chào mừng 74 năm Quốc khánh (02/9/1945 -
02/9/2019)', 'kỷ niệm 131 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2021)', '95 năm
Ngày thành lập Đảng (03/02/1930 - 03/02/2025)').  The count is the difference of the two
years, and the two dates share their day and month (an anniversary falls on the day of the
event).  The count and the founding year are printed once, so the digit search
(pipeline.repair.glyphdigits) leaves them as gaps; with the arithmetic, the gaps whose
digits the damaged font may have lost leave one reading or none.

Only in a sentence that celebrates ('kỷ niệm', 'chào mừng', 'ngày sinh', 'thành lập',
'truyền thống'): 'trong 5 năm (2021-2025)' counts a period's years inclusively (5, not 4),
and a period's brackets ('giai đoạn', 'nhiệm kỳ', 'năm học') are no anniversary.
"""
from __future__ import annotations

import itertools
import re

# the count, 'năm', the event (no digits, no brackets), the two dates in brackets
_ANNIVERSARY = re.compile(
    r"(?P<n>[\d ]*\d[\d ]*|[\d ]{2,4}) (?:năm|NĂM|Năm)\s+(?P<what>[^()\d]{3,160}?)\(\s*"
    r"(?:(?P<d1>[\d ]{1,2})/(?P<m1>[\d ]{1,2})/)?(?P<y1>[\d ]{4})\s*[-–]\s*"
    r"(?:(?P<d2>[\d ]{1,2})/(?P<m2>[\d ]{1,2})/)?(?P<y2>[\d ]{4})\s*\)")
_CELEBRATES = re.compile(r"niệm|NIỆM|mừng|MỪNG|ngày sinh|NGÀY SINH|Ngày sinh|thành lập|THÀNH LẬP|Thành lập"
                         r"|truyền thống|TRUYỀN THỐNG|Truyền thống")
_PERIOD = re.compile(r"giai đoạn|nhiệm kỳ|năm học|GIAI ĐOẠN|NHIỆM KỲ|NĂM HỌC|Giai đoạn|Nhiệm kỳ|Năm học")
_SENTENCE_END = re.compile(r"[.;:!?]\s")


def _options(slot: str, digits: set[str], ok) -> list[str]:
    """The values ``slot`` may read with its gaps (spaces) filled from ``digits``."""
    gaps = [k for k, ch in enumerate(slot) if ch == " "]
    if len(gaps) > 3:
        return []
    out = []
    for combo in itertools.product(sorted(digits), repeat=len(gaps)):
        chars = list(slot)
        for k, d in zip(gaps, combo):
            chars[k] = d
        v = "".join(chars)
        if ok(v):
            out.append(v)
    return out


def _count_slot(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The count's slot in ``text[start:end]`` (digits and spaces before ' năm'): one real
    space separates it from the word or mark before ('mừng  4 năm' is 'mừng 74 năm'); a
    count reads one to three digits."""
    piece = text[start:end]
    if piece.startswith(" "):
        if start == 0 or text[start - 1].isspace():
            return None  # no word or mark before: where the count begins is unknown
        piece, start = piece[1:], start + 1  # the real space after the word or mark
    elif start > 0 and text[start - 1].isalnum():
        return None  # glued to a word: no count of its own
    if not 1 <= len(piece) <= 3:
        return None
    return start, piece


def anniversary_fills(text: str, digits: set[str], thin: set[int] | None = None) -> list[tuple[int, str]]:
    """(column, digit) for the gaps of an anniversary's count, years and dates in ``text``
    that the arithmetic leaves one reading for (module docstring), the gaps' digits among
    ``digits`` (those the damaged font may have lost).  ``thin``, when given, receives the
    columns of the fills of an anniversary whose count and years had gaps in two of the
    three: one equation for two unknowns, pinned by the lost digits alone (thin evidence,
    a fill the review should see)."""
    if "(" not in text or "năm" not in text.lower():
        return []
    out: list[tuple[int, str]] = []
    for m in _ANNIVERSARY.finditer(text):
        slots = {k: m.group(k) for k in ("n", "d1", "m1", "y1", "d2", "m2", "y2")}
        if not any(v and " " in v for v in slots.values()):
            continue
        what = m.group("what")
        # the sentence up to the brackets must celebrate, and the brackets be no period
        head = text[:m.start("n")]
        ends = list(_SENTENCE_END.finditer(head))
        sentence = head[ends[-1].end():] if ends else head
        if not _CELEBRATES.search(sentence + " " + what) or _PERIOD.search(sentence[-40:] + " " + what):
            continue
        cs = _count_slot(text, m.start("n"), m.end("n"))
        if cs is None:
            continue
        n_start, n_slot = cs
        n_opts = _options(n_slot, digits, lambda v: not v.startswith("0") and 1 <= int(v) <= 999)
        y_ok = lambda v: 1000 <= int(v) <= 2100  # noqa: E731
        y1_opts = _options(slots["y1"], digits, y_ok)
        y2_opts = _options(slots["y2"], digits, y_ok)
        found = {(n, a, b) for n, a, b in itertools.product(n_opts, y1_opts, y2_opts) if int(b) - int(a) == int(n)}
        if len(found) != 1:
            continue
        n, y1, y2 = found.pop()
        fills = [(n_start, n_slot, n), (m.start("y1"), slots["y1"], y1), (m.start("y2"), slots["y2"], y2)]
        unknowns = sum(" " in x for x in (n_slot, slots["y1"], slots["y2"]))
        # the day and month the two dates share: one side printed whole fills the other
        for a, b in (("d1", "d2"), ("m1", "m2")):
            sa, sb = slots[a], slots[b]
            if not sa or not sb or (" " in sa) == (" " in sb):
                continue
            whole, (gap_key, gap) = (sa, (b, sb)) if " " not in sa else (sb, (a, sa))
            value = whole.strip()
            forms = [f for f in {value, value.zfill(len(gap)), value.lstrip("0") or "0"} if len(f) == len(gap)]
            forms = [f for f in forms if all(g == c or g == " " and c in digits for g, c in zip(gap, f))]
            if len(forms) == 1:
                fills.append((m.start(gap_key), gap, forms[0]))
        for start, slot, value in fills:
            cols = [(start + k, c) for k, (p, c) in enumerate(zip(slot, value)) if p == " "]
            out.extend(cols)
            if thin is not None and unknowns >= 2:
                thin.update(c for c, _x in cols)
    return out
