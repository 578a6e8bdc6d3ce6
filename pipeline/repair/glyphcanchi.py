"""Lost glyphs in a lunar year's name printed before its year, read from the sixty names.

A directive about Tết names the lunar year by its stem and branch and prints the year
after it ('Tết Nguyên đán Tân Sửu 2021', 'Xuân Canh Tý năm 2020', 'TẾT GIÁP THÌN 2024').  A
font that lost a letter of the name leaves a gap the search reads as another syllable or
leaves open ('Tân Sử  2021': the model's 'sửa' beside 'Tân' and a capital that speaks for
'Sửu' are weighed by the left-over pass, which keeps the line; session 30, glyph34: four
lines of a11, a13, al2 at seed 2).  The sixty names are a closed table and the year picks
one of them: the stem is (year - 4) mod 10, the branch (year - 4) mod 12.  A two-word name
right before a year (or before 'năm' and the year) whose printed letters are that year's
name's, its other characters lost letters (spaces, or letters the search filled), is that
name.  (Only the year printed right after it: '27 tháng Chạp năm Ất Tỵ' beside '14/2/2026'
names the old lunar year, not the date's.)
"""
from __future__ import annotations

import re
import unicodedata

# switch: False leaves the names to the search (before session 31)
CANCHI_NAMES = True

STEMS = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
BRANCHES = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")

# the year, with 'năm' before it or not; the name stands before, one space between
_YEAR = re.compile(r"(?<![\d/.,-])((?:19|20)\d\d)(?![\d/])")
_NAM = ("năm ", "NĂM ", "Năm ")


def year_name(year: int) -> str:
    """The lunar year's name of ``year`` ('Tân Sửu' for 2021)."""
    return f"{STEMS[(year - 4) % 10]} {BRANCHES[(year - 4) % 12]}"


def _fits(piece: str, name: str, filled: set[int], at: int) -> int:
    """How many of ``name``'s letters ``piece`` (starting at column ``at``) prints, -1 when
    a printed character is not the name's (a filled column or a space may be any)."""
    if len(piece) != len(name):
        return -1
    shown = 0
    for k, (p, c) in enumerate(zip(piece, name)):
        if p == c:
            if at + k not in filled:
                shown += 1 if c != " " else 0
            continue
        if p == " " and c != " ":
            continue
        if at + k in filled and c != " ":
            continue
        return -1
    return shown


def canchi_fills(new: str, fills: list[tuple[int, str]]) -> tuple[str, list[tuple[int, str]]]:
    """The line ``new`` (with the search's ``fills``) with each lunar year's name right before
    its year read from the table: the name's first letter printed, half its letters printed
    at least, every other character a gap or a fill, one space between the name and the
    year (or 'năm'); the name in capitals where the line prints it so."""
    if not CANCHI_NAMES or not fills or not any(c.isdigit() for c in new):
        return new, fills
    filled = dict(fills)
    text = new
    for m in _YEAR.finditer(new):
        end = m.start(1) - 1  # the space before the year
        for nam in _NAM:
            if new[end - len(nam) + 1:end + 1] == nam:
                end -= len(nam)
                break
        if end < 1 or new[end] != " ":
            continue
        name = unicodedata.normalize("NFC", year_name(int(m.group(1))))
        start = end - len(name)
        if start < 0 or (start and (new[start - 1].isalpha() or new[start - 1].isdigit())):
            continue
        piece = text[start:end]
        form = name.upper() if piece[:1].isupper() and len(piece) > 1 and piece[1:2].isupper() else name
        if piece[:1] != form[0] or piece == form:
            continue  # the name's first letter printed (a lost capital: the line says too little)
        shown = _fits(piece, form, set(filled), start)
        if shown < 0 or shown * 2 < sum(c.isalpha() for c in form):
            continue
        for k, (p, c) in enumerate(zip(piece, form)):
            if p != c:
                filled[start + k] = c
        text = text[:start] + form + text[end:]
    return text, sorted(filled.items())
