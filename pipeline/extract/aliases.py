"""Abbreviations a document defines in brackets and then uses for a body (reach18, issue 5).

'Thời gian qua, các cơ sở giáo dục (CSGD) trên địa bàn ...' + 'Các CSGD đang tổ chức bữa ăn ... phải
...'; 'Ủy ban bầu cử tỉnh (UBBC) ...' + 'Đề nghị UBBC các huyện ...'; 'Ban Quản lý dự án (BQLDA) ...'.
The abbreviation is coined by the document: the office tables do not know it, so a sentence that
uses it as its subject or addressee reads no office.  `document_aliases` builds the document's
table from its 'Full Name (ABBR)' definitions -- the words before the bracket whose initials
spell the abbreviation ('và' may be skipped, 'Giáo dục và Đào tạo (GDĐT)'), kept only when the
full name reads as a body and the abbreviation alone does not (so 'vốn đầu tư trực tiếp nước
ngoài (FDI)', 'trí tuệ nhân tạo (AI)' and the known 'UBND', 'BCĐ', 'HTX' are left alone).
`roles_with_aliases` reads a sentence's offices with each abbreviation spelled out, and gives
the offices back as the sentence writes them ('Các CSGD': ANNOTATION.md, offices as written,
abbreviations allowed).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

_DEF_RE = re.compile(r"\(\s*(?P<abbr>(?-i:[A-ZĐ][A-ZĐ&\-]{1,9}))\s*\)")
_WORD_RE = re.compile(r"[^\W\d_]+", re.U)
# words that an abbreviation leaves out ('Giáo dục và Đào tạo (GDĐT)', 'Khoa học & Công nghệ')
_SKIPPED = {"và", "&"}
# a level written between the name and its bracket: 'Ủy ban bầu cử tỉnh (UBBC)'
_LEVEL = {"tỉnh", "huyện", "xã", "phường", "quận", "thị", "trấn", "thành", "phố", "đặc", "khu", "trung", "ương"}


def _initial(word: str) -> str:
    ch = word[0]
    if ch in "đĐ":
        return "D"
    return unicodedata.normalize("NFD", ch)[0].upper()


def _letters(abbr: str) -> str:
    return "".join("D" if c == "Đ" else c for c in abbr if c.isalpha())


def _spelled_name(before: str, abbr: str) -> str | None:
    """The words at the end of `before` whose initials spell `abbr`, as written; None if none."""
    want = _letters(abbr)
    if len(want) < 2:
        return None
    # the clause the bracket closes: back to the last punctuation
    clause = re.split(r"[,;:.()\"“”\n]", before)[-1]
    words = list(_WORD_RE.finditer(clause))
    # drop a level word or two between the name and the bracket
    end = len(words)
    while end > 0 and words[end - 1].group(0).casefold() in _LEVEL and end > len(want):
        end -= 1
    k = len(want) - 1
    i = end - 1
    start = None
    while i >= 0 and k >= 0:
        w = words[i].group(0)
        if _initial(w) == want[k]:
            k -= 1
            start = i
        elif w.casefold() in _SKIPPED and k < len(want) - 1:
            pass
        else:
            return None
        i -= 1
    if k >= 0 or start is None:
        return None
    return clause[words[start].start():words[end - 1].end()]


def document_aliases(text: str, gaz, reader) -> dict[str, str]:
    """{ABBR: full name as written} of the bodies `text` names by an abbreviation it defines.
    `reader(sentence, gaz)` gives a sentence's offices (offices.roles_in_sentence)."""
    found: dict[str, str] = {}
    if "(" not in text:
        return found
    for m in _DEF_RE.finditer(text):
        abbr = m.group("abbr")
        if abbr in found:
            continue
        name = _spelled_name(text[max(0, m.start() - 160):m.start()], abbr)
        if name is None:
            continue
        # used again outside its definition
        if not re.search(rf"(?<![\w(]){re.escape(abbr)}(?![\w)])", text[m.end():]):
            continue
        if any(r.role == "lead" for r in reader(f"Yêu cầu {abbr} thực hiện.", gaz)):
            continue  # an abbreviation the office tables know already
        lead = [r for r in reader(f"Yêu cầu {name} thực hiện.", gaz) if r.role == "lead"]
        if not lead or re.sub(r"\s+", " ", lead[0].text).casefold() != re.sub(r"\s+", " ", name).casefold():
            continue  # not a body: 'vốn đầu tư trực tiếp nước ngoài (FDI)'
        found[abbr] = re.sub(r"\s+", " ", name)
    return found


def _spell_out(text: str, aliases: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    used = []
    for abbr, name in aliases.items():
        pat = re.compile(rf"(?<![\w(]){re.escape(abbr)}(?![\w)])")
        if not pat.search(text):
            continue

        def sub(m: re.Match, name=name) -> str:
            at_start = not text[:m.start()].strip(" -+•*")
            return name[:1].upper() + name[1:] if at_start else name
        text = pat.sub(sub, text)
        used.append((abbr, name))
    return text, used


def _written_back(s: str, used: list[tuple[str, str]]) -> str:
    for abbr, name in used:
        s = re.sub(re.escape(name), abbr, s, flags=re.I)
    return s


def roles_with_aliases(text: str, gaz, reader, aliases: dict[str, str]):
    """`reader(text, gaz)` with the document's abbreviations spelled out for reading, and the offices
    given back as the sentence writes them."""
    if not aliases:
        return reader(text, gaz)
    spelled, used = _spell_out(text, aliases)
    if not used:
        return reader(text, gaz)
    roles = reader(spelled, gaz)
    # (only a name the spelling put there goes back: 'Ủy ban Thường vụ Quốc hội, ..., các cơ quan thuộc UBTVQH'
    # keeps the full name the text writes itself)
    return [r if (r.text and r.text in text) else
            replace(r, office=_written_back(r.office, used), text=_written_back(r.text, used)) for r in roles]
