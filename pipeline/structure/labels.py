"""Numbering labels at the start of a line: which style, which value, what follows.

Vietnamese directives mix conventions ('Phần I', 'Chương II', 'Mục 1', 'Điều 3', 'A.', 'I.',
'1.', '1.1.', 'a)', 'a.1)', '-', '+'), and the same document can use 'I.' as a roman numeral
and 'C.' as a letter.  This module only recognises a label and gives it a comparable value;
deciding whether it is a real heading (and where it nests) is :mod:`sections`' job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

UPPER = "A-ZĐÀ-ỸĂÂÊÔƠƯ"
_ROMAN_RE = re.compile(r"^(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
# Vietnamese alphabetical order of list letters: a b c d đ e g h i k l m n o p q r s t u v x y
VI_ALPHA = "abcdđeghiklmnopqrstuvxy"
LATIN_ALPHA = "abcdefghijklmnopqrstuvwxyz"


@dataclass
class Label:
    style: str  # part | chapter | section | article | letter | roman | arabic | decimal | paren | alpha | alpha_decimal | bullet
    label: str  # as printed, no trailing dot: 'II', '1.2', 'a', '-'
    rest: str  # the text after the label on the same line
    start: int = 0  # column where the label starts (0 for a line-initial label)
    alt_style: str | None = None  # 'C.' can be a letter or a roman numeral

    @property
    def key(self) -> tuple[str, int]:
        """Nesting key: decimals nest by depth ('1' < '1.1' < '1.1.1'), others by style."""
        if self.style in ("arabic", "decimal"):
            return ("num", self.label.count(".") + 1)
        if self.style == "bullet":
            return ("bullet", ord(self.label[0]))
        return (self.style, 0)

    @property
    def numbered(self) -> bool:
        return self.style != "bullet"


def roman_value(s: str) -> int | None:
    if not s or not _ROMAN_RE.match(s):
        return None
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total


def letter_value(s: str) -> int | None:
    """Position of a list letter; Vietnamese order (đ after d) first, Latin as fallback."""
    c = s.lower()
    if c in VI_ALPHA:
        return VI_ALPHA.index(c) + 1
    if c in LATIN_ALPHA:
        return LATIN_ALPHA.index(c) + 1
    return None


def value(style: str, label: str) -> tuple[int, ...] | None:
    """A comparable value for sequence checks: '1.2' -> (1, 2), 'II' -> (2,), 'b' -> (2,)."""
    if style in ("part", "chapter", "section", "article") and " " in label:
        last = label.split()[-1]
        if last.casefold() in ORDINALS and "thứ" in label.casefold():
            return (ORDINALS[last.casefold()],)
        label = last
    if style in ("arabic", "decimal", "paren", "article", "section"):
        try:
            return tuple(int(p) for p in label.strip("()").split("."))
        except ValueError:
            v = roman_value(label.upper())
            return (v,) if v else None
    if style in ("roman", "part", "chapter"):
        if re.fullmatch(r"[Il]{2,4}", label):
            label = label.replace("l", "I")  # OCR 'Il' for 'II'
        if re.fullmatch(r"HI{1,2}", label):
            label = "II" + label[1:]  # OCR 'HI' for 'III'
        if label.isdigit():
            return (int(label),)
        v = roman_value(label.upper())
        return (v,) if v else None
    if style == "letter" or style == "alpha":
        v = letter_value(label)
        return (v,) if v else None
    if style == "alpha_decimal":
        a, _, n = label.partition(".")
        lv = letter_value(a)
        return (lv, int(n)) if lv and n.isdigit() else None
    return (0,)


# 'PHẦN THỨ NHẤT', 'Chương thứ hai': ordinal words for parts and chapters
ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10}
_ORDINAL_ALT = r"(?:THỨ|Thứ|thứ)\s+(?:" + "|".join(ORDINALS) + "|" + "|".join(k.upper() for k in ORDINALS) + ")"

_WORD_HEADS = [
    # 'Phần I', 'PHẦN THỨ NHẤT' are rare in directives but common in attached plans.
    ("part", re.compile(r"^(?:PHẦN|Phần)\s+([IVXLC]+|\d{1,2}|" + _ORDINAL_ALT + r")(?![\wÀ-ỹ])[.:]?\s*(.*)$", re.IGNORECASE)),
    ("chapter", re.compile(r"^(?:CHƯƠNG|Chương)\s+([IVXLC]+|\d{1,2}|" + _ORDINAL_ALT + r")(?![\wÀ-ỹ])[.:]?\s*(.*)$", re.IGNORECASE)),
    ("section", re.compile(r"^(?:MỤC|Mục)\s+(\d{1,2}|[IVXLC]+)(?:[.:]\s*(.*)|\s*$)")),
    # 'Điều 3.' or 'Điều 3:' or 'Điều 3' alone; 'Điều 58 Luật Hải quan' (a citation that a
    # hard wrap put at the start of a line) has no dot and is not a heading.
    # ('Điều 2.- Ban chỉ đạo ...': older decisions type a dash after the article's dot)
    ("article", re.compile(r"^(?:Điều|ĐIỀU)\s+(\d{1,3})(?:[.:](?:\s*[-–](?=\s*\S))?\s*(.*)|\s*$)")),
]
_DECIMAL = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\s+(.*)|\s*$)")
_ARABIC = re.compile(r"^(\d{1,3})[.](?:\s+(.*)|\s*$)")
_ARABIC_SLASH = re.compile(r"^(\d{1,2})(?:/|\s*-)\s+(.*)$")  # '1/ Báo cáo', '1- Tổ chức' (older typing habits)
_PAREN = re.compile(r"^\(?(\d{1,2})\)\s+(.*)$")
# (an OCR'd 'II.' read as 'Il.': capital I and small l only, both present, then a dot)
# OCR also reads a serif 'II' as 'H' ('HI- TỔ CHỨC THỰC HIỆN' for 'III-'): accepted before an
# upper-case title only, where a letter 'H.' heading cannot be meant
_ROMAN = re.compile(r"^([IVXLC]{1,6}|(?=[Il]*I)(?=[Il]*l)[Il]{2,4}(?=\.)|HI{1,2}(?=\s*[.-]\s*[" + UPPER + r"]{2}))\s*[.)/:-]\s*(.*)$")
_LETTER = re.compile(r"^([A-ZĐ])\s*[.)/]\s*(.*)$")
# (header34) a press byline, the writer's initial glued to one name, with the posting day and time or alone: 'T.NGUYÊN 18/03/2013
# 10:14', 'T.MẠNH', 'A.Vũ', 'L.Thọ', 'N.NAM' (10 such lines in samples/ and benchmarks/data); no letter or roman heading -- a
# heading puts a space after its dot or prints a title of more than one word ('A. MỤC ĐÍCH, YÊU CẦU', 'B.NỘI DUNG')
_BYLINE_RE = re.compile(r"^[A-ZĐ]\.[" + UPPER + r"][^\W\d_]+(?:\s+\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?)?\s*$")
_ALPHA_DEC = re.compile(r"^([a-zđ]\.\d{1,2})\)\s*(.*)$")
_ALPHA = re.compile(r"^([a-zđ])\)\s*(.*)$")
_ALPHA_DOT = re.compile(r"^([a-zđ])[.]\s+([" + UPPER + r"].*)$")  # 'a. Học sinh' (not 'v.v.')
# (points23) a press item quoting the directive opens the quote on the list's first marker: '“- Giao Ủy ban nhân
# dân các quận, huyện chỉ đạo ...:' -- the quotation mark is no part of the item, the dash is its marker
_BULLET = re.compile(r"^(?:[“\"«]\s*(?=[-–—•+]\s))?([-–—•*+])\s*(.*)$")


def parse_label(text: str) -> Label | None:
    """Recognise the numbering label that opens ``text`` (already stripped), or None."""
    t = text.strip()
    if not t:
        return None
    for style, rx in _WORD_HEADS:
        m = rx.match(t)
        if m:
            # the label keeps its word, as printed: 'Điều 1', 'Chương II', 'Phần I', 'Mục 2'
            word = t.split()[0]
            after = t[len(word):].strip()[:1]
            if style in ("part", "chapter") and after.islower() and len(t) > 60:
                continue  # 'Phần thứ hai của dự án ...' in running text, not a heading
            rest = (m.group(2) or "").strip()
            letters = [c for c in rest if c.isalpha()]
            if style in ("part", "chapter") and letters and sum(c.isupper() for c in letters) < 0.6 * len(letters) \
                    and not re.match(r"^\S+\s+[IVXLC\d]+\s*[.:]", t, re.I) \
                    and re.match(r"(?:của\s+|tại\s+)?(?:Luật|Bộ\s+luật|Nghị\s+định|Nghị\s+quyết|Thông\s+tư|Quyết\s+định|Pháp\s+lệnh)(?![^\W_])", rest):
                # 'Chương VI Nghị định số 77/2016/NĐ-CP ...': a citation that a hard wrap put at the
                # start of a line; a chapter's title is printed in capitals or after a '.' / ':'
                continue
            return Label(style, f"{word} {m.group(1)}", (m.group(2) or "").strip())
    m = _DECIMAL.match(t)
    if m:
        return Label("decimal", m.group(1), (m.group(2) or "").strip())
    m = _ARABIC.match(t) or _ARABIC_SLASH.match(t)
    if m:
        return Label("arabic", m.group(1), (m.group(2) or "").strip())
    m = _PAREN.match(t)
    if m:
        # '(1)' keeps its brackets, as printed (ANNOTATION.md: labels as printed, only a trailing
        # dot dropped); '1)' is '1', as 'a)' is 'a'
        label = f"({m.group(1)})" if t.startswith("(") else m.group(1)
        return Label("paren", label, m.group(2).strip())
    if _BYLINE_RE.match(t):
        return None
    m = _ROMAN.match(t)
    if m and m.group(1).startswith("H") and not m.group(2).split(" ")[0].isupper():
        m = None  # 'HI' read for 'III' only before an upper-case title
    if m and roman_value(m.group(1).replace("l", "I").replace("H", "II")):
        alt = "letter" if len(m.group(1)) == 1 else None
        # OCR 'Il.' is the printed 'II.': the label is what the page prints (gold m9)
        return Label("roman", m.group(1).replace("l", "I"), m.group(2).strip(), alt_style=alt)
    m = _LETTER.match(t)
    if m:
        return Label("letter", m.group(1), m.group(2).strip())
    m = _ALPHA_DEC.match(t)
    if m:
        return Label("alpha_decimal", m.group(1), m.group(2).strip())
    m = _ALPHA.match(t) or _ALPHA_DOT.match(t)
    if m:
        return Label("alpha", m.group(1), m.group(2).strip())
    m = _BULLET.match(t)
    if m:
        rest = m.group(2).strip()
        # '--------' rules and '- 2 -' page numbers are not bullets
        if not rest or re.fullmatch(r"[-–—_=*.\s\d]*", rest):
            return None
        return Label("bullet", "-" if m.group(1) in "-–—" else m.group(1), rest)
    return None


_TRAILING = re.compile(r"\s((?:\d{1,2}\.){1,3})\s*$")
_INNER_DECIMAL = re.compile(r"\s(\d{1,2}(?:\.\d{1,2}){1,3})\.\s+(?=[" + UPPER + r"])")


def trailing_label(text: str) -> Label | None:
    """A label alone at the end of a line ('III. TỔ CHỨC THỰC HIỆN 1.'): web scrapes glue the
    next item's number to the end of the previous heading; the item's text is on the next line."""
    m = _TRAILING.search(text)
    if not m:
        return None
    lab = m.group(1).rstrip(".")
    style = "decimal" if "." in lab else "arabic"
    return Label(style, lab, "", start=m.start(1))


def inner_decimal(text: str, parent_label: str) -> Label | None:
    """'2. Về Đại lý làm thủ tục hải quan 2.1. Điều kiện ...': the first child of a heading
    glued to the heading's line.  Only a child of the line's own label counts, so that a
    decimal inside a sentence ('theo mục 2.1. Các ...') is not taken for a heading."""
    for m in _INNER_DECIMAL.finditer(text):
        lab = m.group(1)
        if lab.rpartition(".")[0] == parent_label:
            return Label("decimal", lab, text[m.end():].strip(), start=m.start(1))
    return None


_UNDOTTED_ITEM_RE = re.compile(r"^\s*(?P<n>\d{1,2})\s+(?=[" + UPPER + r"][^\W\d_])")


def undotted_item_labels(texts: list[str], before: str = "") -> dict[int, str]:
    """Index of line -> label, for items numbered without their dot ('1 Đôn đốc ...', '2 Đánh giá
    ...': a scan's OCR drops the small dot after the number).  A number at a line start is an
    item only as part of a run: '1' right after a line that ends with ':' (a lead-in), then '2',
    '3' ... in order at later line starts, at least two of them, before any other numbered label.
    A count or a wrapped number ('2 Phó Chủ tịch ...') does not run in sequence after a colon.
    Blank lines are skipped; the lines are the text as read (labels.parse_label decides what is
    labelled already).  ``before``: the line above the first one (a lead-in that the header
    block took with its 'Kính gửi')."""
    out: dict[int, str] = {}
    prev = before.strip()
    i = 0
    while i < len(texts):
        t = texts[i].strip()
        m = _UNDOTTED_ITEM_RE.match(t)
        if m and m.group("n") == "1" and prev.endswith(":") and parse_label(t) is None:
            run = {i: "1"}
            want = 2
            for j in range(i + 1, min(len(texts), i + 60)):
                tj = texts[j].strip()
                mj = _UNDOTTED_ITEM_RE.match(tj)
                lab = parse_label(tj)
                if mj and lab is None and int(mj.group("n")) == want:
                    run[j] = mj.group("n")
                    want += 1
                elif lab is not None and lab.style != "bullet":
                    break  # (a labelled line ends the list)
            if len(run) >= 2:
                out.update(run)
                i = max(run) + 1
                prev = texts[max(run)].strip()
                continue
        if t:
            prev = t
        i += 1
    return out


def undotted_rest(text: str) -> str:
    """The text after an undotted item's number."""
    return _UNDOTTED_ITEM_RE.sub("", text.strip(), count=1).strip()

