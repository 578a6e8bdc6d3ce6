"""Vietnamese letters, tones and syllables: the small facts every stage needs.

A Vietnamese letter is a base letter (a ă â e ê i o ô ơ u ư y đ ...) plus at most one tone
mark (sắc, huyền, hỏi, ngã, nặng).  Repair reasons about syllables as (toneless base, tone)
pairs; extraction folds accents away for accent-insensitive matching.  Everything here works
on NFC text.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TONE_MARKS = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}  # sắc huyền hỏi ngã nặng
TONE_BY_NAME = {v: k for k, v in TONE_MARKS.items()}

VOWELS = "aăâeêioôơuưy"
LOWER_LETTERS = set("abcdefghijklmnopqrstuvwxyzđ")
# Precomposed letters that only Vietnamese uses (plus shared ones like 'á').
_VIET_BASES = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
VIETNAMESE_LETTERS = frozenset(
    unicodedata.normalize("NFC", b + t) for b in _VIET_BASES for t in ["", *TONE_MARKS]
) | set("đĐ") | LOWER_LETTERS | {c.upper() for c in LOWER_LETTERS}
# Letters that mark text as Vietnamese rather than plain Latin (anything with a hat, horn,
# breve, tone mark or đ).
MARKED_LETTERS = frozenset(c for c in VIETNAMESE_LETTERS if c.lower() not in LOWER_LETTERS)

WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)

# Vietnamese syllable shape (toneless, lower-case).  Used to accept a corpus syllable that
# no dictionary lists; dictionary syllables are accepted as they are.
_ONSET = r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
_NUCLEUS = (r"(?:oai|oay|uây|uyê|ươi|ươu|uôi|iêu|yêu|oeo|"
            r"ai|ao|au|âu|ay|ây|eo|êu|ia|iê|yê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|"
            r"a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)")
_CODA = r"(?:ch|ng|nh|c|m|n|p|t)?"
SHAPE_RE = re.compile("^" + _ONSET + _NUCLEUS + _CODA + "$")


@lru_cache(maxsize=200_000)
def has_syllable_shape(word: str) -> bool:
    """True when a lower-case NFC word is spelled like a Vietnamese syllable (onset, rhyme,
    and a tone its rhyme allows: stop-final syllables (-c, -ch, -p, -t) take only sắc or nặng)."""
    base, tone = split_tone(word)
    if not SHAPE_RE.match(base):
        return False
    return not (base.endswith(("c", "ch", "p", "t")) and tone not in ("s", "j"))


@lru_cache(maxsize=65536)
def split_tone(syllable: str) -> tuple[str, str]:
    """'huyện' -> ('huyên', 'j'); the tone is '' for a level tone (thanh ngang)."""
    d = unicodedata.normalize("NFD", syllable)
    tone = ""
    kept = []
    for ch in d:
        if ch in TONE_MARKS:
            tone = TONE_MARKS[ch]
        else:
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)), tone


@lru_cache(maxsize=65536)
def strip_accents(text: str) -> str:
    """Remove every diacritic, tone and hat alike, and map đ to d: 'Đôn đốc' -> 'Don doc'."""
    d = unicodedata.normalize("NFD", text)
    out = "".join(ch for ch in d if not unicodedata.combining(ch))
    return out.replace("đ", "d").replace("Đ", "D")


def fold(text: str) -> str:
    """Accent- and case-insensitive key for search: 'Phòng Tài chính' -> 'phong tai chinh'."""
    return strip_accents(unicodedata.normalize("NFC", text)).casefold()


def is_marked(ch: str) -> bool:
    return ch in MARKED_LETTERS


def vietnamese_score(text: str, sample: int = 200_000) -> float:
    """How Vietnamese a decoded text looks, 0..1.

    The share of letters that carry Vietnamese marks is about 0.27-0.31 in clean text; a
    wrong decoding produces letters outside the Vietnamese alphabet (Ö, ¬, ©...).  The score
    rewards marked letters and punishes foreign ones, so it separates the right decoding of
    an 8-bit file from the wrong ones.
    """
    t = unicodedata.normalize("NFC", text[:sample])
    letters = marked = foreign = 0
    for ch in t:
        if ch.isalpha():
            letters += 1
            if ch in MARKED_LETTERS:
                marked += 1
            elif ch not in VIETNAMESE_LETTERS:
                foreign += 1
    if letters == 0:
        return 0.0
    ratio = marked / letters
    penalty = foreign / letters
    # Marked letters alone can be faked by a wrong decoding (bytes 0x81-0x90 read as TCVN3
    # are all accented capitals): the words must also be spelled like syllables.
    words = [w.lower() for w in WORD_RE.findall(t[:20000])]
    marked_words = [w for w in words if any(ch in MARKED_LETTERS for ch in w)]
    shaped = sum(1 for w in marked_words if has_syllable_shape(w)) / len(marked_words) if marked_words else 1.0
    return max(0.0, min(1.0, ratio / 0.2) * shaped - 5 * penalty)


def _mark_classes() -> dict[str, str]:
    """Each letter -> a character class of every letter that folds to the same base letter
    ('ơ' -> '[oòóỏõọôồốổỗộơờớởỡợ...]', 'đ' -> '[dđDĐ]'); letters that no mark changes are absent."""
    groups: dict[str, set[str]] = {}
    for c in VIETNAMESE_LETTERS:
        base = strip_accents(c).casefold()
        groups.setdefault(base, set()).update({c, c.lower(), c.upper()})
    out = {}
    for members in groups.values():
        if len(members) > 2:  # more than the two cases of one letter
            cls = "[" + "".join(sorted(members)) + "]"
            for c in members:
                out[c] = cls
    return out


@lru_cache(maxsize=256)
def _mark_tolerant_source(source: str) -> str:
    classes = _mark_classes()
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":  # an escape ('\s', '\d', '\(') stays as written
            out.append(source[i:i + 2])
            i += 2
        elif ch == "[":  # a character class stays as written
            j = i + 1
            if j < n and source[j] == "^":
                j += 1
            if j < n and source[j] == "]":
                j += 1
            while j < n and source[j] != "]":
                j += 2 if source[j] == "\\" else 1
            out.append(source[i:j + 1])
            i = j + 1
        elif source.startswith("(?P<", i) or source.startswith("(?P=", i):  # a group name
            j = source.find(">" if source[i + 3] == "<" else ")", i)
            out.append(source[i:j + 1])
            i = j + 1
        elif source.startswith("(?", i):  # inline flags '(?i)', '(?:', lookarounds
            j = i + 2
            while j < n and source[j] in "aiLmsux-":
                j += 1
            out.append(source[i:j])
            i = j
        else:
            out.append(classes.get(ch, ch))
            i += 1
    return "".join(out)


# characters OCR reads for a digit ('ngày 2l', 'tháng 1]', 'khoản I', '2O26'): for a field that
# can only hold digits (a day, a month, a year, an article's number), read as those digits
DIGIT_LOOKALIKES = str.maketrans({"l": "1", "I": "1", "|": "1", "]": "1", "[": "1", "!": "1", "O": "0", "o": "0"})


def mark_tolerant(pattern: str | re.Pattern) -> re.Pattern:
    """The same regex, with every letter written in it matching that letter with any marks or
    none: 'Cơ quan thực hiện' also matches 'Co quan thưc hiên' and 'Cơ quan thực hiên'.

    Why: a keyword that decides a line's role ('Cơ quan thực hiện:', '(... chuẩn bị nội dung
    từ 1-6)') must still be found when the repair stage left a mark wrong (OCR, text typed
    without diacritics), and within such fixed phrases a folded match cannot be mistaken for
    another phrase.  Only letters written in the pattern change; character classes, escapes
    and group names stay, and one text character still matches one pattern character, so
    spans and groups index the original (NFC) text."""
    if isinstance(pattern, re.Pattern):
        return re.compile(_mark_tolerant_source(pattern.pattern), pattern.flags)
    return re.compile(_mark_tolerant_source(pattern), re.I)
