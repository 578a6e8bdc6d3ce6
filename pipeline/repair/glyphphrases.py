"""Lost glyphs in the fixed formulas every directive prints in its header.

The national motto and the country's name head almost every Vietnamese administrative
document, often in the heading font that lost its glyphs ('Độc l p - T  d  - H    p  c').
Their words are short and each alone fits several syllables ('H nh' is 'Hạnh' or 'Hành'),
the line is too short to give the language model context, and in a short document it is
one of the few damaged lines, so the lost set is hardly known.  The formula itself is the
evidence: a line that reads as the formula with some letters turned into spaces (the real
spaces in place, at least half the letters printed) is the formula.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

PHRASES = (
    "Độc lập - Tự do - Hạnh phúc",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    # the same formulas wrapped over two or three lines, as a header's table cells come out
    # of a web page or a narrow PDF column ('CỘNG HÒA XÃ HỘI' / 'CHỦ NGHĨA VIỆT NAM',
    # 'Độc lập -' / 'Tự do - Hạnh phúc'); listed after the whole formulas, which a line
    # holding all of it matches first
    "Độc lập - Tự do -",
    "Tự do - Hạnh phúc",
    "Độc lập -",
    "CỘNG HÒA XÃ HỘI",
    "CỘNG HOÀ XÃ HỘI",
    "CHỦ NGHĨA VIỆT NAM",
    # the motto typed with en dashes, as a word processor turns ' - ' into ' – ' (schools',
    # communes' and many a province's documents)
    "Độc lập – Tự do – Hạnh phúc",
    "Độc lập – Tự do –",
    "Tự do – Hạnh phúc",
    "Độc lập –",
    # the closing of a letter or an appeal ('Xin trân trọng cảm ơn!'), and of an office's
    # reply to a citizen or an invitation ('Chân thành cảm ơn quý Ông/Bà', 'Trân trọng cảm
    # ơn!'): short words the search reads as others ('cụm an', 'Chỉ hành')
    "Xin trân trọng cảm ơn",
    "Chân thành cảm ơn",
    "Trân trọng cảm ơn",
)


def _pattern(phrase: str) -> str:
    out = []
    for ch in phrase:
        if ch.isalpha():
            out.append(f"[{re.escape(ch)} ]")
        elif ch == " ":
            out.append(" ")
        else:
            out.append(re.escape(ch))
    return "".join(out)


_PHRASES = [unicodedata.normalize("NFC", p) for p in PHRASES]
# the pieces of a formula wrapped over lines (PHRASES after the whole formulas)
_WRAPPED = frozenset(unicodedata.normalize("NFC", p) for p in (
    "Độc lập - Tự do -", "Tự do - Hạnh phúc", "Độc lập -", "CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI",
    "CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do –", "Tự do – Hạnh phúc", "Độc lập –"))
_FRAME = " |*_#\t"  # what may stand around a wrapped piece on its line (a table's bar, Markdown)
_TAIL = 8  # trailing spaces a trimmed line may have lost (see phrase_fills)
_RE = re.compile(r"(?<![^\W_])(?:" + "|".join(_pattern(p) for p in _PHRASES) + r")(?![^\W_])")
_BY_LEN: dict[int, list[str]] = {}
for _p in _PHRASES:
    _BY_LEN.setdefault(len(_p), []).append(_p)


# The preamble's opening: every decision, resolution, circular and decree lists its legal
# bases as lines that open with 'Căn cứ' ('Căn cứ Luật Đất đai ...;').  Damaged, its two
# short words fit too many syllables ('C    ứ' read 'Có  cứ'), and the lines are most of a
# short decision's damage.  At a line's start, before a word, the formula is the reading
# when its printed letters (two at least, the capital among them) fit it.
OPENINGS = ("Căn cứ", "CĂN CỨ")
# (after a list label too: a plan's first part is 'I. Căn cứ xây dựng kế hoạch', 'I. CĂN CỨ')
_OPENING_RE = re.compile(r"^[\s*_•+\-–]*(?:(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)/] +)?("
                         + "|".join(_pattern(unicodedata.normalize("NFC", p)) for p in OPENINGS)
                         + r")(?= +[^\W\d_])")


def opening_fills(text: str) -> list[tuple[int, str]]:
    """(column, letter) for each lost letter of a line-opening formula in ``text``."""
    m = _OPENING_RE.match(text)
    if not m:
        return []
    piece = m.group(1)
    for phrase in OPENINGS:
        phrase = unicodedata.normalize("NFC", phrase)
        if len(phrase) != len(piece) or piece == phrase or piece[0] != phrase[0]:
            continue
        gaps = [k for k, (p, c) in enumerate(zip(piece, phrase)) if p != c]
        if not all(piece[k] == " " for k in gaps):
            continue
        if sum(p.isalpha() for p in piece) < 2:
            continue
        return [(m.start(1) + k, phrase[k]) for k in gaps]
    return []


# 'Như Điều 3' in a decision's Nơi nhận: the recipients named in the article that charges
# them with carrying the decision out, the decision's last article ('Điều 3. Chánh Văn
# phòng ..., Giám đốc ... chịu trách nhiệm thi hành Quyết định này').  A font that lost the
# digit leaves 'Như Điều  ;': the number is the last article's the document heads.
_AS_ARTICLE = re.compile(r"^[\s*_•+\-–|]*(" + _pattern("Như") + " " + _pattern("Điều") + r") (\d{1,2}| {1,2})(?=[;,.(]|$)")
# (an article's heading, its number printed, lost as spaces, or a code: '(cid:151)')
_ARTICLE_HEAD = re.compile(r"^[\s*_#|]*(?:[ĐD][i ][ềe ][u ]|Đ[I ][Ề ][U ]) +(\(cid:\d+\)|[\d ]{1,3}?)\s*[.:](?=\s|$)")


def executing_article(texts: list[str], before: int) -> str | None:
    """The number of the last article headed before line ``before`` ('Điều 3.'), None when
    that heading lost a digit of its number or no article is headed."""
    for t in reversed(texts[:before]):
        m = _ARTICLE_HEAD.match(t)
        if m:
            num = m.group(1)
            return num if num.isdigit() else None
    return None


_AS_ARTICLE_CODE = re.compile(r"^[\s*_•+\-–|]*Như Điều (\(cid:\d+\))(?=[;,.(]|\s*$)")


def as_article_code(texts: list[str], idx: int) -> tuple[int, int, str] | None:
    """A '(cid:NN)' code left unsolved where 'Như Điều N' has its number: (start, end, the
    number) when the last article headed before the line has its number printed."""
    m = _AS_ARTICLE_CODE.match(texts[idx])
    if not m:
        return None
    art = executing_article(texts, idx)
    return (m.start(1), m.end(1), art) if art else None


def as_article_fills(texts: list[str], idx: int) -> list[tuple[int, str]]:
    """(column, character) for each lost letter and digit of 'Như Điều N' opening a
    recipient line (see _AS_ARTICLE): its printed letters (three at least, its first among
    them) fit the formula; a slot of spaces as wide as the number after it is the number
    of the last article headed before the line."""
    text = texts[idx]
    m = _AS_ARTICLE.match(text.rstrip())
    if not m:
        return []
    piece, slot = m.group(1), m.group(2)
    phrase = "Như Điều"
    if piece[0] != "N" or sum(c.isalpha() for c in piece) < 3:
        return []
    out = [(m.start(1) + k, phrase[k]) for k, (p, c) in enumerate(zip(piece, phrase)) if p != c]
    if not slot.strip():
        art = executing_article(texts, idx)
        if art is not None and len(art) == len(slot):
            out += [(m.start(2) + k, d) for k, d in enumerate(art)]
    return out


def _skeleton_holds(piece: str, phrase: str) -> bool:
    """The motto with less than half its letters printed is still the motto when its
    skeleton holds: its marks in place (' - ' between its three parts: no other line is
    three short phrases of these word lengths joined by dashes), a third of its letters
    printed at least, and every word showing one of its letters ('Đ   l p - Tự d  - H    p   ',
    a font that lost 'ộ', 'c', 'ậ', 'ạ', 'n', 'h', 'ú', 'o').  A phrase of words alone (the
    country's name) needs half its letters: word lengths alone say too little."""
    if not any(not c.isalnum() and c != " " for c in phrase):
        return False
    letters = sum(c.isalpha() for c in phrase)
    printed = sum(p != " " and p.isalpha() for p in piece)
    if printed * 3 < letters:
        return False
    start = 0
    for word in phrase.split(" "):
        part = piece[start:start + len(word)]
        start += len(word) + 1
        if any(c.isalpha() for c in word) and not any(c.isalpha() for c in part):
            return False
    return True


# The labels of a directive's header and closing: 'Số:' before its number (or the blank a
# draft leaves), 'Số' before a Party document's number ('Số 57-NQ/TW'), 'Nơi nhận:' and its
# 'Lưu:' line, 'Kính gửi:'.  A short line in the heading font keeps only a letter or two of
# them ('S : /QĐ-UBND', '- L  : VT, ĐT'): too few fragments for the search to start, and the
# word alone fits other syllables.  The label's place and what follows it pin it down: at a
# line's start (after markup or a table's bar), the colon printed, followed by what that
# label is followed by (a number or its slot; a recipient in capitals).
LABELS = (
    ("Số:", r"(?=\s*(?:\d|/|-\s*[A-ZĐ]|$))"),  # its number, the blank slot before '/QĐ-UBND' or '- CV/ĐU', or nothing
    ("Số", r"(?= +\d+[-/\\])"),  # a Party document's 'Số 57-NQ/TW' ('57\-NQ' in Markdown)
    ("Lưu:", r"(?=\s+[A-ZĐ])"),  # '- Lưu: VT, ...'
    ("Nơi nhận:", r"(?=\s*(?:[*_]|$))"),
    ("Kính gửi:", r"(?=\s*(?:[*_]|$|[^\W\d_]))"),
)
_LABEL_RES = [(unicodedata.normalize("NFC", lab),
               re.compile(r"^[\s*_#|•+\-–]*(" + _pattern(unicodedata.normalize("NFC", lab)) + r")" + after))
              for lab, after in LABELS]


# lines that may hold a damaged label, in one search of a document's text (its clean
# labels are printed whole and fail it): only those lines are read by label_fills
LABEL_LINES = re.compile(r"^[\s*_#|•+\-–]*(?:S  ?[:\d]|L(?: [u ]|ư ):|(?!Nơi nhận:)N[ơ ][i ] [n ][h ][ậ ][n ]:"
                         r"|(?!Kính gửi:)K[í ][n ][h ] [g ][ử ][i ]:)", re.M)


def label_fills(text: str) -> list[tuple[int, str]]:
    """(column, letter) for each lost letter of a header or closing label at the line's
    start (LABELS): its first letter printed, its other letters printed or spaces, one
    space at least."""
    for label, rx in _LABEL_RES:
        m = rx.match(text)
        if not m:
            continue
        piece = m.group(1)
        if piece == label or piece[0] != label[0]:
            continue
        gaps = [k for k, (p, c) in enumerate(zip(piece, label)) if p != c]
        if not gaps or not all(piece[k] == " " for k in gaps):
            continue
        return [(m.start(1) + k, label[k]) for k in gaps]
    return []


# Names of a fixed spelling that mix letters and digits, printed in thousands of directives
# since 2020: the disease and its virus.  A font that lost a letter or a digit leaves
# 'COVID- 9', 'C vid-19'; the search reads no syllable there, the number stays a gap.  A
# token that is the name with some of its letters and digits turned into spaces (its dash
# in place, more than half of it printed, its case as one of the spellings) is the name.
NAMED_CODES = ("COVID-19", "Covid-19", "covid-19", "SARS-CoV-2")


def _code_pattern(name: str) -> str:
    return "".join(f"[{re.escape(ch)} ]" if ch.isalnum() else re.escape(ch) for ch in name)


_CODES_RE = re.compile(r"(?<![^\W_])(?:" + "|".join(_code_pattern(n) for n in NAMED_CODES) + r")(?![^\W_])")


def named_code_fills(text: str) -> list[tuple[int, str]]:
    """(column, character) for each lost letter or digit of a NAMED_CODES name in ``text``."""
    if "-" not in text:
        return []
    out: list[tuple[int, str]] = []
    for m in _CODES_RE.finditer(text):
        piece = m.group()
        if " " not in piece or piece[0] == " " or piece[-1] == " ":
            continue  # (a first or last character lost: the token's edge is not sure)
        for name in NAMED_CODES:
            if len(name) != len(piece):
                continue
            gaps = [k for k, (p, c) in enumerate(zip(piece, name)) if p != c]
            if not all(piece[k] == " " for k in gaps):
                continue
            alnum = sum(c.isalnum() for c in name)
            if len(gaps) * 2 >= alnum:
                continue
            out.extend((m.start() + k, name[k]) for k in gaps)
            break
    return out


def phrase_fills(text: str) -> list[tuple[int, str]]:
    """(column, letter) for each lost letter of a formula in ``text``."""
    if " " not in text:
        return []
    out: list[tuple[int, str]] = opening_fills(text) + label_fills(text) + named_code_fills(text)
    # (a line's trailing spaces may have been trimmed: 'Hạnh phúc' that lost 'húc' at the
    # line's end is 'H    p'; the formula's last letters are then read as lost too)
    end = len(text.rstrip())
    for m in _RE.finditer(text + " " * _TAIL):
        if m.start() >= end:
            break
        piece = m.group()
        for phrase in _BY_LEN.get(len(piece), ()):
            gaps = [k for k, (p, c) in enumerate(zip(piece, phrase)) if p != c]
            if not gaps or not all(piece[k] == " " for k in gaps):
                continue
            if phrase in _WRAPPED and (piece[0] != phrase[0] or text[:m.start()].strip(_FRAME)
                                       or text[m.start() + len(piece):].strip(_FRAME)):
                continue  # a wrapped piece is a whole line, its capital printed (no piece of
                # a longer line that failed the whole formula's test)
            if m.start() + len(piece) > end and (
                    m.start() + phrase.rfind(" ") + 1 >= end or all(m.start() + k >= end for k in gaps)):
                continue  # a line that ends before the formula's last word (a header wrapped
                # after 'Hạnh', 'VIỆT') is no formula that lost letters
            letters = sum(c.isalpha() for c in phrase)
            if len(gaps) * 2 > letters and not _skeleton_holds(piece, phrase):
                continue  # too little of it printed to be sure
            out.extend((m.start() + k, phrase[k]) for k in gaps)
            break
    return out


# ----------------------------------------------------------------------------- the date
# 'ngày 21 tháng 11 năm 2012': every directive dates itself with this formula (after the
# place in its header, 'Hà Nội, ngày ...', and again in the text for each document it
# cites).  Its three words are short and each alone fits several syllables ('   y' is
# 'ngày' or 'này' or 'hay'; 'th    ' is 'tháng' or 'thông'), and an unsigned draft leaves
# its day and month blank, runs of spaces the search reads as lost letters ('ngày   các
# tháng').  The formula pins them down: three words in this order, each with at least one
# of its letters printed, separated by slots of digits and spaces, the year at the end.
_DATE_WORDS = ("ngày", "tháng", "năm")
_DIGITS = frozenset("0123456789 ")
_MAX_SLOT = 12  # a blank day or month: a few spaces more than two digits


def _word_at(text: str, i: int, word: str) -> int:
    """How many letters of ``word`` ``text`` prints at ``i`` (the others spaces), -1 when
    it does not read as the word there."""
    piece = text[i:i + len(word)]
    if len(piece) != len(word):
        return -1
    n = 0
    for p, c in zip(piece, word):
        if p == " ":
            continue
        if p.lower() != c:
            return -1
        n += 1
    return n if n else -1


def _slot_ends(text: str, i: int) -> list[int]:
    """Where a slot that starts at ``i`` (the space after a word) may end: the column
    after its last space, the slot holding digits and spaces only."""
    out = []
    j = i
    while j < len(text) and j < i + _MAX_SLOT and text[j] in _DIGITS:
        j += 1
        if text[j - 1] == " " and j - i >= 2:
            out.append(j)
    return out


# where 'ngày' may start: four places each a space or its letter (the only characters whose
# lower case is 'n', 'g', 'à', 'y'), then a space; a header's date that lost 'ngày' whole is
# four spaces there too.  Only these places are read, not every column of the line.
_DAY_WORD_AT = re.compile("(?=[nN ][gG ][àÀ ][yY ] )")


def _alignments(text: str) -> list[tuple[int, int, int]]:
    """(start of 'ngày', of 'tháng', of 'năm') for every way ``text`` reads as the formula."""
    out = []
    last = len(text) - 12
    for m in _DAY_WORD_AT.finditer(text):
        i = m.start()
        if i >= last:
            break
        if i and (text[i - 1].isalnum()) or text[i + 4:i + 5] != " ":
            continue
        if _word_at(text, i, "ngày") < 0 and not (i >= 2 and text[i - 2:i] == ", " and text[i:i + 4] == "    "
                                                   and text[i - 3:i - 2].isalpha()):
            continue  # (a header's own date may lose 'ngày' whole: right after the place and its comma)
        for j in _slot_ends(text, i + 4):
            if _word_at(text, j, "tháng") < 0:
                continue
            for k in _slot_ends(text, j + 5):
                if _word_at(text, k, "năm") >= 0 and _YEAR_AFTER.match(text, k + 3):
                    out.append((i, j, k))
    return out


_YEAR_AFTER = re.compile(r" [\d ]{0,4}\d")


def date_fills(text: str) -> tuple[list[tuple[int, str]], set[int]]:
    """(column, letter) for each lost letter of the date formula in ``text``, and the
    columns of its day, month and year slots (spaces there are blanks or lost digits,
    never letters).  Nothing when the line reads as the formula in two ways that differ."""
    if " " not in text:
        return [], set()
    found = _alignments(text)
    if not found:
        return [], set()
    results = set()
    for al in found:
        fills = []
        upper = all(text[p].isupper() for s, w in zip(al, _DATE_WORDS)
                    for p in range(s, s + len(w)) if text[p] != " ")
        for s, w in zip(al, _DATE_WORDS):
            for n, c in enumerate(w):
                if text[s + n] == " ":
                    fills.append((s + n, c.upper() if upper and _printed(text, al) >= 2 else c))
        i, j, k = al
        slots = set(range(i + 4, j)) | set(range(j + 5, k))
        y = _YEAR_AFTER.match(text, k + 3)
        slots |= set(range(k + 3, y.end()))
        results.add((tuple(fills), frozenset(slots)))
    if len(results) != 1:
        return [], set()
    fills, slots = results.pop()
    return list(fills), set(slots)


def wrapped_date_fills(first: str, second: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]],
                                                         set[int], set[int]]:
    """The date formula wrapped over two lines, as hard-wrapped copies print it ('Trà Vinh,
    ngày 13' / 'tháng 5 năm 2024', 'Nghị định số 62/2019/NĐ-CP ngày 11' / 'tháng 7 năm
    2019 của Chính phủ', '... ngày 19 tháng 6' / 'năm 2015'): the line break is the space
    between two of its parts, so the two lines read as one (``first``, one space,
    ``second``) and :func:`date_fills` applies.  Only a formula that spans the break
    counts (one a line holds whole is that line's own).  Returns the fills and the slot
    columns of each line, in its own columns."""
    if " " not in first and " " not in second or not first.strip() or not second.strip():
        return [], [], set(), set()
    cut = len(first)
    joined = first + " " + second
    fills, slots = date_fills(joined)
    if not fills and not slots:
        return [], [], set(), set()
    found = _alignments(joined)
    # the formula must cross the break: 'ngày' on the first line, the year on the second
    if not found or not all(i < cut < _YEAR_AFTER.match(joined, k + 3).end() - 1 for i, _j, k in found):
        return [], [], set(), set()
    f1 = [(c, x) for c, x in fills if c < cut]
    f2 = [(c - cut - 1, x) for c, x in fills if c > cut]
    s1 = {c for c in slots if c < cut}
    s2 = {c - cut - 1 for c in slots if c > cut}
    return f1, f2, s1, s2


def _printed(text: str, al: tuple[int, int, int]) -> int:
    """The letters of the formula's words ``text`` prints at the alignment ``al``."""
    return sum(1 for s, w in zip(al, _DATE_WORDS) for p in range(s, s + len(w)) if text[p] != " ")


# ----------------------------------------------------------------------------- closed lists
# Two slots of a directive take a word from a short closed list: the place before its own
# date ('Hà Nội, ngày ...', 'Đồng Hới, ngày ...': a province or its capital for a central
# or a provincial issuer) and a weekday after 'Thứ' ('Thứ Hai, ngày 12/5/2025').  Names are
# what the language model knows least ('H  N  ' reads 'Hệ Năm'), and the list pins them
# down: a name fits when it prints the slot's printed letters where they stand and its
# other letters are ones the line never prints (a letter a line prints is one its font
# maps).  One name must fit; of several, the one the document's intact lines print, and
# for a central issuer (the Government, a ministry, the Party's central bodies) Hà Nội.
PROVINCES = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
    "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng",
    "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội",
    "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang",
    "Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình",
    "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị",
    "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế",
    "Tiền Giang", "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long",
    "Vĩnh Phúc", "Yên Bái",
)
PROVINCE_CAPITALS = (
    "Long Xuyên", "Vũng Tàu", "Bà Rịa", "Thủ Dầu Một", "Quy Nhơn", "Đồng Xoài", "Phan Thiết", "Buôn Ma Thuột",
    "Gia Nghĩa", "Điện Biên Phủ", "Biên Hòa", "Cao Lãnh", "Pleiku", "Phủ Lý", "Vị Thanh", "Nha Trang",
    "Rạch Giá", "Đà Lạt", "Tân An", "Vinh", "Phan Rang - Tháp Chàm", "Việt Trì", "Tuy Hòa", "Đồng Hới",
    "Tam Kỳ", "Hạ Long", "Đông Hà", "Mỹ Tho", "Vĩnh Yên",
)
WEEKDAYS = ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy")
_CENTRAL = re.compile(r"CHÍNH PHỦ|THỦ TƯỚNG|QUỐC HỘI|TRUNG ƯƠNG|(?<![^\W\d_])BỘ [A-ZĐ]")


def _old_new(name: str) -> list[str]:
    """``name`` and its other tone placement ('Hòa' / 'Hoà', 'Thủy' / 'Thuỷ')."""
    from pipeline.repair.codepoints import apply_tone_convention  # noqa: PLC0415
    return list(dict.fromkeys(unicodedata.normalize("NFC", x) for x in (
        name, apply_tone_convention(name, "old"), apply_tone_convention(name, "new"))))


@lru_cache(maxsize=1)
def _places() -> tuple[tuple[str, str], ...]:
    """(spelling, the name it spells) for every province and capital, both tone placements."""
    return tuple((form, name) for name in PROVINCES + PROVINCE_CAPITALS for form in _old_new(name))


def _list_fits(piece: str, names, line: str) -> list[tuple[str, str]]:
    """The (spelling, name) pairs of ``names`` that fit ``piece``: same length, the printed
    letters where they stand, the gaps letters the line never prints."""
    printed = {ch for ch in line if ch.isalpha()}
    out = []
    for form, name in names:
        if len(form) != len(piece):
            continue
        ok = True
        gaps = 0
        for p, c in zip(piece, form):
            if p == " " and c != " ":
                if c in printed:
                    ok = False
                    break
                gaps += 1
            elif p != c:
                ok = False
                break
        if ok and gaps:
            out.append((form, name))
    return out


def _pick(fits: list[tuple[str, str]], intact: str, prefer: str | None = None) -> str | None:
    names = list(dict.fromkeys(n for _f, n in fits))
    if len(names) > 1:
        names = [n for n in names if any(f in intact for f, m in fits if m == n)] or (
            [prefer] if prefer in names else names)
    if len(names) != 1:
        return None
    return next(f for f, n in fits if n == names[0])


_PLACE_START = re.compile(r"[^\s|*_#]")


def place_fills(text: str, intact: str = "", central: bool = False) -> list[tuple[int, str]]:
    """(column, letter) for the lost letters of the place before the document's own date
    ('H  N  , n  y 15 th ng 6 n m 2012' is 'Hà Nội, ...'), from the closed list of provinces
    and their capitals (see above).  ``intact``: the document's intact text; ``central``:
    the issuer is a central body (Hà Nội, of two names that fit)."""
    if "  " not in text or ", " not in text:
        return []
    for i, _j, _k in _alignments(text):
        if text[i - 2:i] != ", ":
            continue
        head = text[:i - 2]
        cut = max(head.rfind("|"), head.rfind("*"))
        m = _PLACE_START.search(head, cut + 1)
        if not m:
            continue
        piece = head[m.start():]
        if " " not in piece.strip() and "  " not in piece or sum(ch.isalpha() for ch in piece) < 2:
            continue
        form = _pick(_list_fits(piece, _places(), text), intact, "Hà Nội" if central else None)
        if form:
            return [(m.start() + n, c) for n, (p, c) in enumerate(zip(piece, form)) if p == " " and c != " "]
    return []


_WEEKDAY_SLOT = re.compile(r"(?<![^\W\d_])(Thứ|THỨ|thứ) ([^\W\d_ ][^\W\d_ ]?[^\W\d_]*(?: [^\W\d_ ]*)?)(?=,| ngày| \(|\s*\d)")


def weekday_fills(text: str) -> list[tuple[int, str]]:
    """(column, letter) for the lost letters of a weekday's name after 'Thứ' ('Thứ H i,
    ngày 12/5/2025' is 'Thứ Hai'), from the six names."""
    if "hứ " not in text and "HỨ " not in text:
        return []
    out: list[tuple[int, str]] = []
    for m in re.finditer(r"(?<![^\W\d_])(?:Thứ|THỨ|thứ) ", text):
        a = m.end()
        for n in (2, 3, 4):
            piece = text[a:a + n]
            if len(piece) != n or " " not in piece or not piece[0].isalpha():
                continue
            after = text[a + n:a + n + 6]
            if not (after.startswith(",") or after.startswith(" ngày") or after.startswith(" (")):
                continue
            names = [(w.upper() if piece[0].isupper() and piece.upper() == piece and len(piece.strip()) > 1 else w, w)
                     for w in WEEKDAYS]
            names = [(f if piece[0].isupper() else f.lower(), w) for f, w in names]
            form = _pick(_list_fits(piece, names, text), "")
            if form:
                out.extend((a + k, c) for k, (p, c) in enumerate(zip(piece, form)) if p == " ")
                break
    return out
