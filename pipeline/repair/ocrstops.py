"""A stop-final syllable whose tone Vietnamese forbids, on a line read as OCR'd.

A Vietnamese syllable that ends in a stop (-c, -ch, -p, -t) carries the sắc or the nặng
tone and no other: 'việc', 'một', 'xuất', 'cấp'.  A word that ends so with no tone or
with huyền, hỏi or ngã ('viêc', 'môt', 'xuẩt', 'cẩp') is no Vietnamese word; on a scan
it is a lost dot below or an 'ấ' read 'ẩ' (the hook of hỏi and the stroke of sắc are
a few pixels apart).  ocr25 counted these on the typed-OCR benchmark (samples/unseen_repair,
seeds 0-1): 43 words in 39 documents left as read, e.g. 'viêc', 'nghiêp', 'môt', 'xuẩt',
'cẩp', 'thuôc', 'Viêt' -- the gate questions a word by the LM's weighing of look-alike
variants, and a word the LM cannot read at all is not always among them.

The repair: the word's tone replaced by sắc or by nặng (on any vowel: the placement the
LM knows), kept only when the LM knows the syllable, the better of the two in context
(log10 P(word | two words before) + log10 P(next | word before, word)).  Words with no
Vietnamese mark at all are left alone (a stripped text, a code, a foreign word: 'Bat',
'Cat'), and so are words of letters outside Vietnamese.  The caller runs this only in
documents read as OCR'd, so clean typing keeps a source's own slip.
"""
from __future__ import annotations

import re
import unicodedata

from pipeline.repair.lm import SyllableLM

ACUTE, DOT = "\u0301", "\u0323"
TONES = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
_VIET_LOWER = "a-zđàáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_WORD = re.compile(rf"[{_VIET_LOWER}]+", re.IGNORECASE)
_STOP_END = re.compile(r"(?:c|ch|p|t)$")
_VOWELS = set("aeiouy")
# a line can hold a forbidden stop tone only if a vowel with huyền/hỏi/ngã, or a hatted or
# horned vowel with no tone, stands before a stop that ends a word: one C-level search per
# line spares the word-by-word reading of nearly every line (the OCR pass's speed)
_MAYBE = re.compile(r"[àảãầẩẫằẳẵèẻẽềểễìỉĩòỏõồổỗờởỡùủũừửữỳỷỹâăêôơư][a-zđâăêôơưyà-ỹ]{0,3}?(?:ch|c|p|t)(?![\w])",
                    re.IGNORECASE)


def forbidden_tone(word: str) -> bool:
    """True for a word of Vietnamese letters that ends in a stop, bears some vowel mark (so
    it is no stripped or foreign word, nor a code like 'BKHĐT'), and whose tone is none,
    huyền, hỏi or ngã."""
    low = word.lower()
    if not _WORD.fullmatch(low) or not _STOP_END.search(low):
        return False
    nfd = unicodedata.normalize("NFD", low)
    if not any(unicodedata.combining(c) for c in nfd):
        return False  # plain letters, or only 'đ' ('ĐT', 'BKHĐT': codes)
    tones = [c for c in nfd if c in TONES]
    return len(tones) <= 1 and (not tones or tones[0] not in (ACUTE, DOT))


def _with_tone(word: str, tone: str) -> list[str]:
    """``word`` (lower case) with its tone replaced by ``tone``, on each vowel in turn."""
    base = [c for c in unicodedata.normalize("NFD", word) if c not in TONES]
    out = []
    for i, c in enumerate(base):
        if c in _VOWELS:
            # the tone goes after the vowel's other marks (circumflex, horn, breve)
            j = i + 1
            while j < len(base) and unicodedata.combining(base[j]):
                j += 1
            out.append(unicodedata.normalize("NFC", "".join(base[:j] + [tone] + base[j:])))
    return out


def _cased(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def best_reading(lm: SyllableLM, word: str, before: tuple[str, ...], after: str | None) -> str | None:
    """The sắc or nặng reading of ``word`` the LM knows and likes best in its context; None
    when it knows neither."""
    low = word.lower()
    cands = {c for t in (ACUTE, DOT) for c in _with_tone(low, t) if lm.is_syllable(c)}
    if not cands:
        return None

    def score(c: str) -> float:
        s = lm.logprob(before[-2:], c)
        if after:
            s += lm.logprob((before[-1:] + (c,))[-2:], after)
        return s

    return _cased(word, max(sorted(cands), key=score))


def fix_line(lm: SyllableLM, text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, before, after) for each word of ``text`` with a forbidden stop tone that
    the LM reads back."""
    if _MAYBE.search(text) is None:
        return []
    words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", text)]
    fixes = []
    for k, (x, _y, tok) in enumerate(words):
        m = re.fullmatch(rf"([^{_VIET_LOWER}]*)([{_VIET_LOWER}]+)([^{_VIET_LOWER}]*)", tok, re.IGNORECASE)
        if not m or not forbidden_tone(m.group(2)):
            continue
        before = tuple(w.lower().strip(".,;:()“”\"'!?") for _a, _b, w in words[max(0, k - 2):k])
        after = words[k + 1][2].lower().strip(".,;:()“”\"'!?") if k + 1 < len(words) else None
        new = best_reading(lm, m.group(2), before, after)
        if new and new != m.group(2):
            s = x + len(m.group(1))
            fixes.append((s, s + len(m.group(2)), m.group(2), new))
    return fixes
