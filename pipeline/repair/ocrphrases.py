"""The fixed phrases of every Vietnamese directive, restored where OCR misread a letter.

Decree 30/2020/NĐ-CP fixes the layout of an administrative document: the national title
'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', the motto 'Độc lập - Tự do - Hạnh phúc', 'Kính gửi',
'Nơi nhận'.  OCR misreads letters in them that no mark correction can restore ('Not nhận'
for 'Nơi nhận': o/ơ and t/i), but a run of words that reads as one of these phrases with
at most one letter wrong per word (and most words right) can only be that phrase (a
two-word heading only at the start of its line).  Used on OCR'd lines only; clean text spells them right and is never changed (a word whose letters
already agree keeps its own marks and tone placement: 'HOÀ' stays).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from pipeline.repair.syllables import norm_syllable
from pipeline.vietnamese import strip_accents

PHRASES = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Kính gửi",
    "Nơi nhận",
    # the last of a decision's grounds (Decree 30/2020/NĐ-CP, Phụ lục I): 'Xét đề nghị của
    # ...', 'Xét Tờ trình số ...' opening their line; OCR reads the X as N or the é as ó
    # ('Nét đề nghị', 'Xót Tờ trình')
    "Xét đề nghị",
    "Xét Tờ trình",
]
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=200_000)
def _fold(w: str) -> str:
    """(Cached: every word of every OCR'd line is folded, most of them many times.)"""
    return strip_accents(w).lower()


_PATTERNS = [[w for w in _WORD.findall(p)] for p in PHRASES]
_FIRST = {}
for _pat in _PATTERNS:
    _FIRST.setdefault(len(_pat), []).append(_pat)


def _one_letter(a: str, b: str) -> bool:
    """Same length and exactly one letter different (folded)."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def _cased(typed: str, right: str) -> str:
    if len(typed) > 1 and typed.isupper():
        return right.upper()
    if typed[:1].isupper():
        return right[:1].upper() + right[1:].lower()
    return right.lower()


# The two long phrases, damaged beyond one letter a word: a word lost or two run together
# ('CHỦ NGH. TNAM', 'CONG HOA Í CHU NGHĨA', 'CHỦ NGA VIET NAM', 'Doc lọc Tự do') in the real
# OCR'd letters.  A run of words whose letters (folded, spaces and dots dropped) are at
# least LONG_SIMILARITY alike (Levenshtein) to the phrase's, starting with the phrase's
# first letter and ending with its last two, is that phrase: no other line of a
# directive is spelled so close to 27 letters of 'congho­axahoichunghiavietnam'.
LONG_PHRASES = PHRASES[:2]
LONG_SIMILARITY = 0.75


@lru_cache(maxsize=200_000)
def _letters(s: str) -> str:
    return "".join(ch for ch in _fold(s) if ch.isalpha())


def fix_long_phrases(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, before, after): one span per long phrase found damaged in ``text``."""
    from rapidfuzz.distance import Levenshtein

    toks = list(re.finditer(r"\S+", text))
    # each token's letters once: a run's letters are its tokens' letters joined (only
    # spaces lie between them), so the runs below are built, not folded again
    tok_letters = [_letters(t.group()) for t in toks]
    folded = "".join(tok_letters)
    ends = list(accumulate(map(len, tok_letters)))  # where each token's letters end in ``folded``
    out: list[tuple[int, int, str, str]] = []
    for phrase in LONG_PHRASES:
        target = _letters(phrase)
        if target in folded:
            continue  # whole, maybe with a mark wrong: the word-level pass's
        # a run is read only up to a token after which the letters end as the phrase does
        # (the run's letters are ``folded`` between two token ends)
        tail = target[-2:]
        closing = [j for j, e in enumerate(ends) if folded.endswith(tail, 0, e)]
        if not closing:
            continue
        n = len(_WORD.findall(phrase))
        best = None
        for i, first in enumerate(toks):
            f = tok_letters[i]
            if not f or f[0] != target[0]:
                continue
            start = ends[i] - len(f)
            stop = min(len(toks), i + n + 3)
            for j in closing:
                if j < i or ends[j] - start < len(tail):
                    continue
                if j >= stop:
                    break
                span = folded[start:ends[j]]
                sim = Levenshtein.normalized_similarity(span, target)
                if sim >= LONG_SIMILARITY and (best is None or sim > best[0]):
                    best = (sim, first.start(), toks[j].end())
        if best is not None:
            _, a, b = best
            typed = text[a:b]
            upper = sum(ch.isupper() for ch in typed) > sum(ch.islower() for ch in typed)
            out.append((a, b, typed, phrase.upper() if upper else phrase))
    return out


def fix_phrases(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, before, after) for the words of ``text`` to rewrite."""
    long = fix_long_phrases(text)
    if long:
        rest = [c for c in _fix_words(text) if not any(a <= c[0] < b for a, b, _, _ in long)]
        return sorted(long + rest)
    return _fix_words(text)


def _fix_words(text: str) -> list[tuple[int, int, str, str]]:
    words = list(_WORD.finditer(text))
    if len(words) < 2:
        return []
    folded = [_fold(m.group()) for m in words]
    present = set(folded)
    out: list[tuple[int, int, str, str]] = []
    for pat in _PATTERNS:
        n = len(pat)
        pf = [_fold(w) for w in pat]
        # a run that reads as the phrase has all its words but max(1, n // 4) right: when
        # fewer of them occur in the line at all, no run does
        if sum(w in present for w in pf) < n - max(1, n // 4):
            continue
        # a short heading ('Nơi nhận:', 'Kính gửi:', 'Xét đề nghị') opens its line;
        # elsewhere its two or three words, one misread, could be anything
        starts = range(1) if n <= 3 else range(len(words) - n + 1)
        for i in starts:
            if i + n > len(words):
                continue
            wrong = [k for k in range(n) if folded[i + k] != pf[k]]
            if not wrong or len(wrong) > max(1, n // 4):
                continue
            if not all(_one_letter(folded[i + k], pf[k]) for k in wrong):
                continue
            for k in range(n):
                m = words[i + k]
                typed = m.group()
                if k in wrong or norm_syllable(typed.lower()) != norm_syllable(pat[k].lower()):
                    new = _cased(typed, pat[k])
                    if new != typed:
                        out.append((m.start(), m.end(), typed, new))
    out.sort()
    return out


# The signer's name stands on a line of its own under the signature, and Vietnamese
# surnames are a short closed list (these sixteen carry most of the population); OCR loses
# or swaps the marks of the capitalised name as of any word ('Dang Ngoc Minh', 'Trân Thị
# Thanh Bình' in the real OCR'd letters), and the LM cannot weigh a name.  A line of two to
# four capitalised words whose first one folds to one of these surnames is a name, and its
# surname is spelled so.
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương", "Lý", "Trịnh"]
_SURNAME_BY_FOLD = {_fold(s): s for s in SURNAMES}
_NAME_LINE = re.compile(r"^\s*([^\W\d_]+)((?:\s+[^\W\d_]+){1,3})\s*$")


def fix_name_line(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, before, after) for the surname of a name line ('Dang Ngọc Minh' ->
    'Đặng'), or []."""
    m = _NAME_LINE.match(text)
    if m is None:
        return []
    words = [m.group(1)] + m.group(2).split()
    if not all(w[:1].isupper() and w[1:].islower() for w in words):
        return []  # a name is written 'Nguyễn Văn A': not a heading in capitals
    first = m.group(1)
    right = _SURNAME_BY_FOLD.get(_fold(first))
    if right is None or right == first:
        return []
    return [(m.start(1), m.end(1), first, right)]


# 'V/v' (về việc) opens the subject line of every Công văn (Decree 30/2020/NĐ-CP, the
# 'trích yếu'); OCR loses its second 'v' or reads it as another thin letter ('V/ bảo đảm',
# 'V/w thực hiện', 'V/y').  A token 'V/' or 'V/' and one letter, opening its line before a
# lower-case word, is that abbreviation.
_VV = re.compile(r"^(\s*)([VvW]/[A-Za-z]?)(?=\s+[^\W\d_])")


def fix_vv(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, before, after) for a misread 'V/v' opening the line, or []."""
    m = _VV.match(text)
    if m is None or m.group(2) in ("V/v", "v/v", "V/V", "v/V"):
        return []
    rest = text[m.end():].lstrip()
    if not rest[:1].islower():
        return []
    typed = m.group(2)
    return [(m.start(2), m.end(2), typed, "v/v" if typed[0] == "v" else "V/v")]


# The Nơi nhận block lists one recipient a line, each opened by '- ' ('- Như trên;', '- Lưu:
# VT, KT.'); OCR loses a faint dash.  A short line of that block that ends like an item (';'
# or '.') but opens with a capital and no dash, right after the heading or another item, is an
# item that lost its dash.
_ITEM_END = re.compile(r"[;.]\s*$")
SHORT_ITEM = 60


def _heading(s: str) -> bool:
    """'Nơi nhận:' with the specks OCR puts before it ('__ Nơi nhận:')."""
    s = s.lstrip("_-~.: ")
    return s[:1] in "NnMm" and _fold(s[:10]).startswith("noi nhan")


def fix_recipient_dashes(texts: list[str]) -> dict[int, str]:
    """Line index -> the line with its lost '- ' restored (see above)."""
    out: dict[int, str] = {}
    block = False
    for i, t in enumerate(texts):
        s = t.strip()
        if _heading(s):
            block = True
            continue
        if not block:
            continue
        if not s or len(s) > SHORT_ITEM:
            block = False
            continue
        if s.startswith(("-", "+", "•")):
            continue
        before = texts[i - 1].strip() if i > 0 else ""
        # after the heading, or after an item that is closed (a wrapped item goes on
        # without a dash: '- Văn phòng UBND: CVP,' / 'PCVP, Phòng KGVX;')
        if s[:1].isupper() and _ITEM_END.search(s) and (
                _heading(before) or (before.startswith("-") and before.endswith((";", ".")))):
            lead = t[:len(t) - len(t.lstrip())]
            out[i] = lead + "- " + t.lstrip()
        else:
            block = False
    return out


# A recipient of the Nơi nhận block ends with ';' (the last with '.'), and OCR reads the ';'
# as ':' when its lower stroke is faint; a letter may read every one of them so, so their
# siblings cannot tell (fix_item_ends needs two that end ';').  In the block, a ':' can
# only open a sub-list ('- Các sở, ngành:' / '+ Sở Tài chính;'): a recipient ending ':'
# whose next item is a sibling opened by '-' is one ending ';'.  '- Như trên' (the addressees
# named above) is a recipient of its own, closed by ';' whatever stands beside it in the
# signature's column: its ':' is a ';' and a '+' opening it a dash.
_NHU_TREN = re.compile(r"^(\s*)([-+])(\s*Như trên)\s*:")
_RECIPIENT_COLON = re.compile(r":\s*$")


def fix_recipient_ends(texts: list[str]) -> dict[int, str]:
    """Line index -> the line with its recipient's ';' restored (see above)."""
    out: dict[int, str] = {}
    block = False
    for i, t in enumerate(texts):
        s = t.strip()
        if _heading(s):
            block = True
            continue
        if not block or not s:
            continue
        if not s.startswith(("-", "+")) and len(s) > SHORT_ITEM:
            block = False
            continue
        new = t
        m = _NHU_TREN.match(new)
        if m:
            new = m.group(1) + "-" + m.group(3) + ";" + new[m.end():]
        elif s.startswith("-") and _RECIPIENT_COLON.search(new):
            nxt = next((u.strip() for u in texts[i + 1:] if u.strip()), "")
            if nxt.startswith("-"):
                new = _RECIPIENT_COLON.sub(";", new.rstrip()) + new[len(new.rstrip()):]
        if new != t:
            out[i] = new
    return out
