"""Words OCR misread into other letters, and the case and punctuation it gets wrong.

The mark corrector (:mod:`pipeline.repair.ocr`) weighs spellings of one skeleton: the
letters as read are taken for granted.  Real scans also misread *letters* ('nônz' for
'nông', 'sốrg' for 'sống', 'Lỷ ban' for 'Uỷ ban'), lose one at the margin or at a speck
('Việ' / 'Nam', 'ụng' for 'dụng', '¬guồn' for 'nguồn'), or read one as a symbol glued
inside the word ('công tá› chỉ đạo', 'tr›ng chương trình'): all seen in chidao's own
Tesseract readings of real scans (samples/real_ocr j1-j6, q1-q3).  And they read a letter's
case from its shape alone, so letters that look the same in both cases (c o s v w x z and
their marked forms) come out in the wrong one ('cơ SỞ', 'trong Các cơ quan', 'Chỉ thị sỐ').

Rules here, each justified by how OCR fails rather than by one sentence:

* :func:`letter_fixes`: a marked word no Vietnamese syllable is spelled as (or a word with
  a symbol glued inside it) gets the syllables one letter edit away (a letter changed,
  lost or added) that keep its marks, and the language model picks one in context, only
  when it is confident (the best beats the word as read and the runner-up by clear
  margins).  Words that are syllables are left to the mark corrector: a syllable misread
  into another syllable ('thắng nhất') needs more evidence than one trigram.
* :func:`fix_case`: a word with a capital after a lower-case letter ('sỐ') is lower-cased
  when it is a syllable; an all-capitals word whose letters look alike in both cases, alone
  among lower-case words ('cơ SỞ, chức năng'), takes the case its neighbours suggest.  A
  capitalised word inside a sentence ('trong Các cơ quan', 'chỉ đạo Việc tổ chức') is left:
  typed directives capitalise named campaigns and programmes there ('đẩy mạnh Cuộc vận động
  ...'), and the corpus's case counts cannot tell the two apart (measured on the synthetic
  OCR benchmark: it lost more than it won).
* :func:`fix_bound_comma`: a comma OCR put between the two syllables of a word whose first
  syllable hardly ever stands without the second ('Căn, cứ', 'sử ,dụng'): a speck.
* :func:`fix_codes`: a hyphen read twice inside a code ('QĐ- -TTg', '29- -NQ/TW').

All run on OCR'd lines only (typed text keeps what it has).
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from pipeline.repair.linecache import words as line_words
from pipeline.repair.lm import SyllableLM
from pipeline.repair.syllables import EOS, TOKEN_RE, norm_syllable, skeleton, token_class
from pipeline.vietnamese import DIGIT_LOOKALIKES, split_tone, strip_accents

# letters a misread letter may have been: plain letters, the hatted/horned vowels and đ
_ALPHABET = "abcdeghiklmnopqrstuvxyđăâêôơư"
# symbols OCR prints for a letter it could not read, glued inside or after a word
_GLUED = "›‹"
_TARGET = re.compile(r"[^\W\d_]+(?:[" + _GLUED + r"][^\W\d_]*)+|[^\W\d_]+")
_WORD = re.compile(r"[^\W\d_]+")
# log10: how much likelier (in context) the best candidate must be than the word as read,
# and than the second best candidate.  Measured on the real readings' lines and on lines
# written for the tests (tests/test_ocr_letters.py): below 2.0 'Lỷ' was left, and the
# runner-up margin keeps a coin toss between two syllables as read.
LETTER_GAIN = 2.0
RUNNER_UP = 1.0
RARE_FLOOR = -5.2  # never write a syllable rarer than this (see ocr.RARE_FLOOR)


@lru_cache(maxsize=50_000)
def _edits(base: str) -> tuple[str, ...]:
    """Bases one letter edit from ``base`` (lower-case, no tone): a letter changed, dropped
    or added; a '?' (a glued symbol) is a letter unread, so it is only changed or dropped."""
    out = set()
    for i, ch in enumerate(base):
        out.add(base[:i] + base[i + 1:])
        for a in _ALPHABET:
            if a != ch:
                out.add(base[:i] + a + base[i + 1:])
    if "?" not in base:
        for i in range(len(base) + 1):
            for a in _ALPHABET:
                out.add(base[:i] + a + base[i:])
    out.discard(base)
    return tuple(sorted(b for b in out if b and "?" not in b))


@lru_cache(maxsize=50_000)
def letter_candidates(lm_key: int, word: str) -> tuple[int, ...]:
    """Ids of the syllables one letter edit from ``word`` that keep its tone and every other
    mark (a misread letter leaves the marks of the others as they were)."""
    lm = _LMS[lm_key]
    w = word.lower()
    for g in _GLUED:
        w = w.replace(g, "?")
    base, tone = split_tone(w) if "?" not in w else _split_q(w)
    out: list[int] = []
    for b in _edits(base):
        for c in lm.candidate_ids(skeleton(b)):
            cb, ct = split_tone(lm.vocab[c])
            if cb == b and ct == tone and lm.uni_logp[c] >= RARE_FLOOR:
                out.append(c)
    return tuple(dict.fromkeys(out))


def _split_q(w: str) -> tuple[str, str]:
    """split_tone of a word with '?' in it (the symbol kept in place)."""
    parts = w.split("?")
    bases, tone = [], ""
    for p in parts:
        b, t = split_tone(p) if p else ("", "")
        bases.append(b)
        tone = tone or t
    return "?".join(bases), tone


_LMS: dict[int, SyllableLM] = {}


def _is_target(lm: SyllableLM, tok: str) -> bool:
    return _is_target_of(id(lm), tok)


@lru_cache(maxsize=100_000)
def _is_target_of(key: int, tok: str) -> bool:
    lm = _LMS[key]
    if len(tok) < 2:
        return False  # one letter: a list label ('đ)'), an initial
    if any(g in tok for g in _GLUED):
        return True
    if tok.isascii() or (len(tok) > 1 and tok.isupper()):
        return False  # plain words may be names, codes, foreign; capitals a heading's code
    i = lm.index.get(norm_syllable(tok))
    return i is None or i not in lm.syllable_ids


def _ids(lm: SyllableLM, words: list[str]) -> list[int]:
    return [lm.id(w.lower()) for w in words]


def letter_fixes(lm: SyllableLM, text: str, prev: str = "", nxt: str = "") -> list[tuple[int, int, str, str]]:
    """(start, end, as read, new) for the words of ``text`` misread into other letters (see
    the module docstring).  ``prev``/``nxt``: the neighbouring lines, whose last/first two
    words are context when the sentence runs on across the break."""
    key = id(lm)
    _LMS[key] = lm
    if not any(g in text for g in _GLUED) and not any(
            _is_target_of(key, w) for w in line_words(text) if not w.isascii()):
        return []  # (most lines: every marked word is a syllable)
    toks = [(m.start(), m.end(), m.group()) for m in _TARGET.finditer(text)]
    # the words around each token as LM ids, sentence ends as borders
    left_ctx: list[int] = []
    if prev and not re.search(r"[.;:!?]\s*$", prev):
        left_ctx = _ids(lm, _WORD.findall(prev)[-2:])
    right_ctx: list[int] = []
    if nxt and not re.search(r"[.;:!?]\s*$", text):
        right_ctx = _ids(lm, _WORD.findall(nxt)[:2])
    out = []
    for k, (s, e, t) in enumerate(toks):
        if not _is_target(lm, t):
            continue
        cands = letter_candidates(key, t)
        if not cands:
            continue
        left = left_ctx + [lm.id(x[2].lower()) for x in toks[max(0, k - 2):k]
                           if not re.search(r"[.;!?]", text[x[1]:s])]
        right = [lm.id(x[2].lower()) for x in toks[k + 1:k + 3]
                 if not re.search(r"[.;!?]", text[e:x[0]])]
        if k + 3 > len(toks):
            right = (right + right_ctx)[:2]
        left = ([lm.bos, lm.bos] + left)[-2:]
        # the word's own mark variants compete too: a mark lost is likelier than a letter
        # misread, and it is the mark corrector's to restore ('viêc' is 'việc', no 'viên')
        marks = [c for c in lm.candidate_ids(skeleton(t.replace("›", "").replace("‹", "")))[:12]
                 if c not in cands] if not any(g in t for g in _GLUED) else []
        pool = [*cands, *marks]
        scores = _window_scores(lm, left, [lm.unk, *pool], right)
        read, alt = scores[0], scores[1:]
        order = np.argsort(-alt)
        best = int(order[0])
        second = alt[order[1]] if len(alt) > 1 else -np.inf
        if best < len(cands) and alt[best] - read >= LETTER_GAIN and alt[best] - second >= RUNNER_UP:
            new = _cased(t, lm.vocab[pool[best]])
            out.append((s, e, t, new))
    return out


def _window_scores(lm: SyllableLM, left: list[int], mids: list[int], right: list[int]) -> np.ndarray:
    """log10 score of left + [m] + right for each m (the trigrams that touch m)."""
    n = len(mids)
    seq = np.array([[*left, m, *right] for m in mids], np.int64)
    total = np.zeros(n)
    for j in range(2, seq.shape[1]):
        total += lm.logprob_ids(seq[:, j - 2], seq[:, j - 1], seq[:, j], -0.7)
    return total


def _cased(orig: str, new: str) -> str:
    letters = [c for c in orig if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return new.upper()
    if orig[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


# ---------------------------------------------------------------------- case
# letters whose capital is the small letter enlarged: OCR reads their case from the size
_SHAPE_ALIKE = set("cosvwxzóòỏõọôốồổỗộơớờởỡợ")


# grammar words (a closed class: determiners, prepositions, conjunctions, the nominaliser
# 'việc') that open with such a letter; no name or title starts with one mid-sentence
SHAPE_FUNCTION_WORDS = frozenset("""các cả của có cho cùng còn cũng với về vào vì việc sẽ sự sau song xong
chưa chứ""".split())


_FUNCTION_MID = re.compile(r"(?<=\w) (?:" + "|".join(sorted(w[:1].upper() + w[1:] for w in SHAPE_FUNCTION_WORDS))
                           + r") (?=\w)")


def _shape_alike(word: str) -> bool:
    return all(ch in _SHAPE_ALIKE for ch in word.lower())


def fix_case(lm: SyllableLM, text: str) -> list[tuple[int, int, str, str]]:
    """Case misread from letter shapes (see the module docstring)."""
    if not any(not w.islower() and (w[:1].islower() or _inner_capital(w) or (len(w) > 1 and w.isupper() and (
            _shape_alike(w) or _marked_caps(w)))) for w in line_words(text)) and not _FUNCTION_MID.search(text):
        return []  # (most lines: no word to look at)
    out = []
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    for s, e, w in words:
        # a capital after a lower-case first letter ('sỐ'), inside a word, not a code glued
        # to others ('GD&ĐT', 'b/c' are not words of letters only)
        if w[:1].islower() and any(c.isupper() for c in w[1:]) and lm.is_syllable(w) \
                and not re.match(r"[/\-&]", text[e:e + 1]) and not re.search(r"[/\-&]$", text[:s]):
            out.append((s, e, w, w.lower()))
        elif _inner_capital(w) and lm.is_syllable(w.lower()):
            # a capital between a capital and a small letter ('KẾt quả'): no syllable is
            # printed so; a code of mixed case is no syllable ('TTg', 'CTr', 'ThS')
            out.append((s, e, w, w[0] + w[1:].lower()))
    for k, (s, e, w) in enumerate(words):
        if k > 0 and text[words[k - 1][1]:s] == " " and _caps_in_word(
                lm, words[k - 1][2], w, words[k + 1][2] if k + 1 < len(words) else ""):
            out.append((s, e, w, w.lower()))
            continue
        if k == 0 or len(w) < 2 or w.islower() or w[0].lower() not in _SHAPE_ALIKE or not lm.is_syllable(w):
            continue  # (only a word that opens with a letter of one shape in both cases)
        ps, pe, pw = words[k - 1]
        # the last word of the line, closed by a bracket or a stop ('cấp SỞ).'): no name
        # runs on to the next line from it
        closed = k + 1 >= len(words) and text[e:].strip()[:1] in (")", ".", ";", ",")
        if text[pe:s] != " " or not pw[:1].islower() or (k + 1 >= len(words) and not closed):
            # a sentence, an item, a cell or a clause starts here ('b) Các', '| Xong',
            # '2019, Sau khi'), a name runs on, or the word ends the line ('Công ty Cổ' /
            # 'phần'): the case may be the document's own
            continue
        nxt = "" if closed else words[k + 1][2]
        if w[1:].islower() and w.lower() in SHAPE_FUNCTION_WORDS and nxt[:1].islower():
            # a grammar word in Title case between two lower-case words ('chỉ đạo Việc tổ
            # chức', 'trong Các cơ quan'): its capital is its small letter read large; a
            # name's word would run on in capitals ('với Sở Tài chính')
            out.append((s, e, w, w.lower()))
            continue
        if len(w) > 1 and w.isupper() and _shape_alike(w) and not (nxt[:1].isupper() and nxt.isupper()):
            # a capitals word alone among lower-case words: Title case before a name
            # ('với SỞ Thông tin' -> 'Sở'), lower case otherwise ('cơ SỞ, chức năng')
            new = w[:1] + w[1:].lower() if nxt[:1].isupper() else w.lower()
            out.append((s, e, w, new))
    return out


def _inner_capital(w: str) -> bool:
    """A capital first letter, then a capital inside, then a small last letter ('KẾt'), the
    inner capitals all marked or of one shape in both cases: OCR takes a letter's case from
    its size, and a stacked mark makes a small letter tall.  A plain capital there ('TRường',
    'NGuyễn') is a typist's shift key held, which the document keeps."""
    inner = [c for c in w[1:-1] if c.isupper()]
    return len(w) > 2 and w[0].isupper() and w[-1].islower() and bool(inner) and all(
        not c.isascii() or c.lower() in _SHAPE_ALIKE for c in inner)


def _marked_caps(w: str) -> bool:
    """A word in capitals that carries a Vietnamese mark beyond 'Đ' ('VỊ', 'SỞ', not 'GDĐT',
    'UBND'): abbreviations are written with plain letters and 'Đ' only, so such a word is a
    syllable, not a code."""
    return len(w) > 1 and w.isupper() and not w.replace("Đ", "").isascii()


def _caps_in_word(lm: SyllableLM, pw: str, w: str, nxt: str) -> bool:
    """Is the capitals word ``w`` the second syllable of a dictionary word with the
    lower-case or Title-case word before it ('đơn VỊ', 'Đơn VỊ phối hợp', 'Ban Chỉ ĐẠO')?

    OCR reads a small letter as its capital where the two differ only in size, and a
    mark above or below can make it take the whole syllable for capitals ('ị' -> 'Ị'
    after 'V').  A heading or a name in capitals runs on over several words and its first
    word is in capitals too; a syllable alone in capitals that completes a word of the
    dictionary with a word in running case is that word misread.  Not when the next word
    is capitalised (a name may follow: 'Ông TRẦN Văn')."""
    from pipeline.repair.ocr import _dict_partners

    if not _marked_caps(w) or pw.isupper() or not (pw.islower() or pw[1:].islower()) \
            or nxt[:1].isupper() or not lm.is_syllable(w.lower()):
        return False
    after, _before = _dict_partners(lm)
    i = lm.index.get(norm_syllable(w.lower()))
    return i is not None and i in after.get(pw.lower(), ())


# ---------------------------------------------------------------------- commas
_COMMA = re.compile(r"([^\W\d_]+)(\s*,\s*)([^\W\d_]+)")
BOUND = -0.25  # log10 p(second | first): the first syllable stands alone less than ~44 % of the time


def fix_bound_comma(lm: SyllableLM, text: str) -> list[tuple[int, int, str, str]]:
    """A comma between the syllables of one word whose first syllable is nearly always
    followed by the second ('Căn, cứ' -> 'Căn cứ', 'sử ,dụng' -> 'sử dụng')."""
    if "," not in text:
        return []
    key = id(lm)
    _LMS[key] = lm
    out = []
    for m in _COMMA.finditer(text):
        a, b = m.group(1), m.group(3)
        if a.isupper() or b[:1].isupper() or re.search(r",\s*$", text[:m.start(1)]):
            continue  # capitals, or a list of single words ('thôn, làng, ấp, bản, buôn')
        if _bound(key, norm_syllable(a), norm_syllable(b)):
            out.append((m.start(2), m.end(2), m.group(2), " "))
    return out


@lru_cache(maxsize=100_000)
def _bound(key: int, na: str, nb: str) -> bool:
    """Are na nb one dictionary word whose first syllable nearly always has the second?"""
    lm = _LMS[key]
    ia, ib = lm.index.get(na), lm.index.get(nb)
    if ia is None or ib is None or ia not in lm.syllable_ids or ib not in lm.syllable_ids:
        return False
    if not bool(lm.in_dictionary(np.array([ia]), np.array([ib]))[0]):
        return False
    return float(lm.bigram_logprob_ids(np.array([ia]), np.array([ib]))[0]) >= BOUND


# ---------------------------------------------------------------------- stacked vowels read as letters
# A vowel under stacked marks read as a consonant: 'ồ'/'ổ' (a hat and a tone over an 'o')
# read as 'd' ('hd sơ' for 'hồ sơ', 'bd sung' for 'bổ sung'), 'ữ' (a horn and a tilde) as
# 'it' ('dit liệu' for 'dữ liệu').  The reading is no syllable and, lower-case and ASCII, no
# Vietnamese word at all; a syllable of its vowel family makes a dictionary word with a
# neighbour, which the language model finds common (STACKED_PAIR_FLOOR), and better by
# STACKED_PAIR_MARGIN than any other of the family.
_O_FAMILY = "ôồốổỗộơờớởỡợ"
_U_FAMILY = "ưừứửữự"
STACKED_PAIR_FLOOR = -2.0  # log10 p(second | first) of the pair restored
STACKED_PAIR_MARGIN = 1.0
_LOWER_WORD_TOKEN = re.compile(r"[^\W\d_]+")


def _stacked_candidates(w: str) -> set[str]:
    out: set[str] = set()
    for i in range(1, len(w)):
        if w[i] == "d" and w[i - 1] not in "aeiouy":
            out.update(w[:i] + v + w[i + 1:] for v in _O_FAMILY)
    if len(w) >= 3 and w.endswith("it"):
        out.update(w[:-2] + v for v in _U_FAMILY)
    return out


def fix_stacked_letters(lm: SyllableLM, text: str) -> list[tuple[int, int, str, str]]:
    """'hd sơ' -> 'hồ sơ', 'bd sung' -> 'bổ sung', 'dit liệu' -> 'dữ liệu' (see above)."""
    toks = list(_LOWER_WORD_TOKEN.finditer(text))
    out = []
    for k, m in enumerate(toks):
        w = m.group()
        if not w.isascii() or not w.islower() or len(w) > 4 or w in lm.index:
            continue
        cands = [c for c in _stacked_candidates(w) if lm.index.get(c) in lm.syllable_ids]
        if not cands:
            continue
        pairs = []
        if k > 0 and text[toks[k - 1].end():m.start()] == " ":
            pairs.append((toks[k - 1].group().lower(), None))
        if k + 1 < len(toks) and text[m.end():toks[k + 1].start()] == " ":
            pairs.append((None, toks[k + 1].group().lower()))
        scores = {}
        for c in cands:
            best = None
            for left, right in pairs:
                a, b = (left, c) if left is not None else (c, right)
                ia, ib = lm.index.get(a), lm.index.get(b)
                if ia is None or ib is None or ia not in lm.syllable_ids or ib not in lm.syllable_ids:
                    continue
                if not bool(lm.in_dictionary(np.array([ia]), np.array([ib]))[0]):
                    continue
                lp = float(lm.bigram_logprob_ids(np.array([ia]), np.array([ib]))[0])
                best = lp if best is None else max(best, lp)
            if best is not None:
                scores[c] = best
        if not scores:
            continue
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        top, lp = ranked[0]
        if lp < STACKED_PAIR_FLOOR or (len(ranked) > 1 and lp - ranked[1][1] < STACKED_PAIR_MARGIN):
            continue
        out.append((m.start(), m.end(), w, top))
    return out


# ---------------------------------------------------------------------- codes
_DOUBLE_HYPHEN = re.compile(r"(?<=[A-ZĐ\d])- -(?=[A-ZĐ])")
_CODE = re.compile(r"(?<![^\W_])[A-ZĐ]{3,}(?![^\W_])")


# a law's number ends in the National Assembly's term, 'QH' and two digits ('67/2006/QH11');
# OCR reads the ones as 'I' or 'l' and may put a blank inside ('QHII', 'QHI1 1')
_QH = re.compile(r"(?<=/\d{4}/QH)([0-9Il|]) ?([0-9Il|])(?![^\W_])")
# a cited number with a blank OCR put between its digits, before '/year/' ('số 5 1/2005/QH11')
# ('sô', 'so': the mark corrector restores 'số' only after these rules)
_SPLIT_NUMBER = re.compile(r"(?<=\b[sS][ốôoỐÔO] )(\d) (\d{1,3}/(?:19|20)\d\d/)")


_SO = re.compile(r"\b[sS][ốôoỐÔO] \d")


def fix_codes(text: str) -> list[tuple[int, int, str, str]]:
    """'48/2009/QĐ- -TTg' -> '48/2009/QĐ-TTg': a hyphen OCR read twice inside a code;
    '67/2006/QHII' -> '67/2006/QH11'; 'số 5 1/2005/' -> 'số 51/2005/'.  ('ĐĐ' is no sign of
    a letter read twice: 'QLĐĐ', 'GĐĐT' are real codes; see :func:`fix_doubled_codes`.)"""
    if "- -" not in text and ("/" not in text or ("/QH" not in text and not _SO.search(text))):
        return []
    out = [(m.start(), m.end(), m.group(), "-") for m in _DOUBLE_HYPHEN.finditer(text)]
    for m in _QH.finditer(text):
        new = (m.group(1) + m.group(2)).translate(DIGIT_LOOKALIKES)
        if new != m.group() and new.isdigit() and 8 <= int(new) <= 20:
            out.append((m.start(), m.end(), m.group(), new))
    out += [(m.start(), m.end(), m.group(), m.group(1) + m.group(2)) for m in _SPLIT_NUMBER.finditer(text)]
    return sorted(out)


# The type symbols of a document's number that mix capitals and small letters (Decree
# 30/2020/NĐ-CP, Phụ lục III, and the Prime Minister's 'TTg'): 'TTr' Tờ trình, 'CTr' Chương
# trình, 'QyĐ' Quy định, 'TTg'.  OCR misreads a capital of them as its look-alike ('PTr' for
# 'TTr': the bar of a T read with a bowl); no issuer's or unit's code mixes case so, and
# these few are all a number may print, so a mixed-case symbol one capital from one of
# them, after a number's slash, is it.
MIXED_SYMBOLS = frozenset({"TTr", "CTr", "QyĐ", "TTg"})
SYMBOL_LOOKALIKES = {"P": "T", "I": "T", "F": "T", "J": "T", "T": "I", "O": "Q", "G": "C", "C": "G", "D": "Đ"}
_MIXED_SYMBOL = re.compile(r"(?<=\d/)(?:(?:19|20)\d\d/)?([A-ZĐ]{1,2}[a-zđ]{1,2}[A-ZĐ]?)(?=[-/\s,;.)]|$)")
# a law's number 'NN/YYYY/QHnn' with the Q read 'O' ('31/2024/OH15')
_OH = re.compile(r"(?<=\d/(?:19|20)\d\d/)OH(?=\d\d(?!\d))")


def fix_code_symbols(text: str) -> list[tuple[int, int, str, str]]:
    """'107/PTr-SGDĐT' -> '107/TTr-SGDĐT', '31/2024/OH15' -> '31/2024/QH15': a number's type
    symbol with one capital misread (see MIXED_SYMBOLS)."""
    if "/" not in text:
        return []
    out = []
    for m in _MIXED_SYMBOL.finditer(text):
        sym = m.group(1)
        if sym in MIXED_SYMBOLS:
            continue
        cands = {sym[:i] + alt + sym[i + 1:] for i, ch in enumerate(sym) for alt in SYMBOL_LOOKALIKES.get(ch, "")}
        hit = sorted(cands & MIXED_SYMBOLS)
        if len(hit) == 1:
            out.append((m.start(1), m.end(1), sym, hit[0]))
    out += [(m.start(), m.end(), "OH", "QH") for m in _OH.finditer(text)]
    return sorted(out)


# A blank OCR put beside a hyphen inside a document's number, where the gap between the
# hyphen and a capital is wide ('1046/TCT- TTKT', '3365/BTTTT- UDCNTT', '51 -KL/TW', '4222
# /TCT -PC'): a number is printed in one piece; a hyphen between words has blanks on both sides
# ('Lao động - Thương binh'), and the cases below have a blank on one side only.
_CODE_GAP_AFTER = re.compile(r"(?<![\w/])(\d+ ?/(?:(?:19|20)\d\d/)?[A-ZĐ][A-Za-zĐđ&]*)- (?=[A-ZĐƯ]{2}[A-Za-zĐđƯ&]*(?![\w-]))")
_CODE_GAP_BEFORE = re.compile(r"(?<![\w/])(\d+|\d+ ?/[A-ZĐ][A-Za-zĐđ&]*) -(?=[A-ZĐ][A-Za-zĐđ&]*(?:/[A-ZĐ]+)?(?![\w-]))")


def fix_code_spacing(text: str) -> list[tuple[int, int, str, str]]:
    """'1046/TCT- TTKT' -> '1046/TCT-TTKT', '51 -KL/TW' -> '51-KL/TW' (see above)."""
    if "- " not in text and " -" not in text:
        return []
    out = []
    for m in _CODE_GAP_AFTER.finditer(text):
        out.append((m.end(1), m.end(), "- ", "-"))
    for m in _CODE_GAP_BEFORE.finditer(text):
        if m.group(1).isdigit() and "/" not in text[m.end():m.end() + 12].split(" ")[0]:
            continue  # '15 -KH' without its '/TW': a range or a list, not a number
        out.append((m.end(1), m.end(), " -", "-"))
    return sorted(set(out))


def code_counts(texts: list[str]) -> dict[str, int]:
    """How often each code of capitals (3 letters and more) occurs in a document."""
    out: dict[str, int] = {}
    for t in texts:
        for m in _CODE.finditer(t):
            out[m.group()] = out.get(m.group(), 0) + 1
    return out


DOC_CODE_MIN = 3  # the code as printed elsewhere in the document, at least this often


# capitals OCR takes for one another in a short code ('CNIT' for 'CNTT' in a bold heading:
# the bar of a T lost; 'UBNO' for 'UBND'; 'CSOL' for 'CSDL')
CODE_LOOKALIKES = {"I": "TL", "T": "I", "L": "I", "O": "DQ", "D": "O", "Q": "O", "C": "G", "G": "C"}


def fix_doubled_codes(text: str, counts: dict[str, int]) -> list[tuple[int, int, str, str]]:
    """A code printed once with a letter doubled ('CNTTT') or one capital misread as its
    look-alike ('CNIT', CODE_LOOKALIKES) where the document prints it as 'CNTT'
    DOC_CODE_MIN times and more: OCR read one letter twice, or misread it."""
    out = []
    for m in _CODE.finditer(text):
        code = m.group()
        if counts.get(code, 0) != 1:
            continue
        cands = [code[:i] + code[i + 1:] for i in range(1, len(code)) if code[i] == code[i - 1]]
        cands += [code[:i] + alt + code[i + 1:] for i, ch in enumerate(code) for alt in CODE_LOOKALIKES.get(ch, "")]
        # a letter read in that is none ('TMIĐT' for 'TMĐT', 'HTOQT' for 'HTQT')
        cands += [code[:i] + code[i + 1:] for i in range(1, len(code) - 1) if len(code) >= 4]
        best = max(cands, key=lambda c: counts.get(c, 0), default=None)
        if best is not None and counts.get(best, 0) >= DOC_CODE_MIN:
            out.append((m.start(), m.end(), code, best))
    for m in _SPLIT_CODE.finditer(text):
        # a code OCR cut in two at a wide letter gap ('CN TT' in an italic heading) where the
        # document prints it whole DOC_CODE_MIN times and more, and neither half is a code
        # of its own there ('UBND TP', 'Sở TT&TT' stay)
        a, b = m.group(1), m.group(2)
        if counts.get(a + b, 0) >= DOC_CODE_MIN and not counts.get(a) and not counts.get(b):
            out.append((m.start(), m.end(), m.group(), a + b))
    return sorted(out)


# two runs of capitals with one space between, each 1-3 letters, at word bounds
_SPLIT_CODE = re.compile(r"(?<![^\W_])([A-ZĐ]{1,3}) ([A-ZĐ]{1,3})(?![^\W_&])")


# ---------------------------------------------------------------------- glued marks
# a run of hyphens glued to the last word of a line ('Ban Thường trực Uỷ--'): the edge of a
# ruled line or a margin stroke; a directive never ends a line in a word with '--'
_TRAILING_HYPHENS = re.compile(r"(?<=[^\W\d_])-{2,}\s*$")
# '?' glued to the start of a capitalised word after a space ('vận động ?Toàn dân'): an
# opening quote misread; a question mark never opens a word
_QUESTION_QUOTE = re.compile(r"(?:(?<=\s)|^)\?(?=[A-ZĐÀ-Ỹ][^\W\d_])")


def fix_glued_marks(text: str) -> list[tuple[int, int, str, str]]:
    if "--" not in text and "?" not in text:
        return []
    out = [(m.start(), m.end(), m.group(), "") for m in _TRAILING_HYPHENS.finditer(text)]
    for m in _QUESTION_QUOTE.finditer(text):
        if not m.group()[:1].isupper() and text[m.end():m.end() + 1].isupper():
            quote = "“" if "”" in text and '"' not in text else '"'
            out.append((m.start(), m.end(), m.group(), quote))
    return out


# ---------------------------------------------------------------------- dates
# a day, month or year with a digit '1' read as a bar, a bracket or a letter, or '0' as a
# letter O ('tháng 1] năm 2010', 'ngày 2l tháng 5', 'ngày O5/6/2009'): in the slots of a
# date only, where nothing but digits is printed
# Tesseract's Vietnamese model also reads a '0' as a hatted or dotted O ('tháng Ô1', '1ö/01')
# and a '1' as a capital L ('năm L979') on a pale or bitonal print
# (benchmarks/rendered_ocr.py); and the word after the slot may have lost its own mark
# ('tháng O1 nàm 1945')
_DIGITISH = r"[0-9lI|\]\[!OoLÔôÖö]{1,4}"
DATE_LOOKALIKES = {**DIGIT_LOOKALIKES, **str.maketrans({"L": "1", "Ô": "0", "ô": "0", "Ö": "0", "ö": "0"})}
_NAM = r"n[aăâàảãáạằẳẵắặầẩẫấậ]m"
_DATE_WORDS = re.compile(r"(?i:(ngày|tháng|năm))\s+(" + _DIGITISH + r")(?=\s+(?i:tháng|" + _NAM
                         + r")\b|[\s,.;)]*$|[,.;)])")
_DATE_SLASH = re.compile(r"(?<![\w/])(" + _DIGITISH + r")/(" + _DIGITISH + r")/((?:19|20)[0-9lIO]{2})(?![\w/])")
# a word one letter from 'ngày' right before a date ('ngà 01/6/2009', 'ngay 15 tháng')
_NGAY = re.compile(r"(?<![^\W\d_])(ngà|ngảy|ngầy|ngáy|ngạy|ngăy|ngây|ngãy|gày|ngà y)(?=\s+\d{1,2}(?:/\d{1,2}/\d{2,4}|\s+tháng\b))")


_DIGIT = re.compile(r"\d")


def fix_dates(text: str) -> list[tuple[int, int, str, str]]:
    """Digits of a date misread as look-alike marks (see _DIGITISH) and 'ngày' misread
    before a date."""
    if _DIGIT.search(text) is None and "hoản" not in text:
        return []  # every rule here needs a digit, but 'khoản I'
    out = []
    for m in _DATE_WORDS.finditer(text):
        tok = m.group(2)
        if tok.isdigit() or not any(c.isdigit() for c in tok):
            continue  # read right, or no digit at all (a word: 'năm nay')
        new = tok.translate(DATE_LOOKALIKES)
        if new.isdigit():
            out.append((m.start(2), m.end(2), tok, new))
    for m in _DATE_SLASH.finditer(text):
        whole = m.group()
        if whole.replace("/", "").isdigit():
            continue
        new = whole.translate(DATE_LOOKALIKES)
        d, mo, y = new.split("/")
        if new.replace("/", "").isdigit() and 1 <= int(d) <= 31 and 1 <= int(mo) <= 12:
            out.append((m.start(), m.end(), whole, new))
    out += [(m.start(), m.end(), m.group(), "ngày") for m in _NGAY.finditer(text)]
    taken = {(a, b) for a, b, _, _ in out}
    for m in _MIXED_NUMBER.finditer(text):
        new = m.group().translate(DIGIT_LOOKALIKES)
        if new.isdigit() and not any(a <= m.start() < b for a, b in taken):
            out.append((m.start(), m.end(), m.group(), new))
    for m in _KHOAN_I.finditer(text):
        out.append((m.start(1), m.end(1), m.group(1), "1"))
    return sorted(out)


# a number with a '1' read as 'l', 'I' or a bar inside or after its digits ('Điều 40, 4l, 42',
# '1I/2020'): no word of a directive mixes digits and those letters
_MIXED_NUMBER = re.compile(r"(?<![^\W_/.\-])(?:\d+[lI|]+\d*|[lI|]\d+)(?![^\W_])")
# 'khoản I' of an article: the clauses of an article are numbered in Arabic figures (Decree
# 30/2020/NĐ-CP; chapters, not clauses, take Roman ones)
_KHOAN_I = re.compile(r"(?<![^\W\d_])[Kk]hoản ([Il|])(?= (?:[Đđ]iều|của|,)|[,;.]|$)")


# ---------------------------------------------------------------------- word pairs
# Two syllables as read that make no word together, one or two marks or look-alike letters
# from two that do ('tỉnh thân' for 'tinh thần', 'thiệt thực' for 'thiết thực', 'thắng
# nhất' for 'thống nhất', all in the real readings): each syllable alone is a syllable, so
# the mark corrector weighs it with a prior that a lost or swapped mark is rare, and the
# trigram gain of one syllable alone does not pay it; a pair that becomes a dictionary word
# is stronger evidence than either half.  Only lower-case words (names keep their marks),
# only when neither reading makes a word with its other neighbour, and only on a clear LM
# gain over the pair as read and over the runner-up.
PAIR_GAIN = 2.0
PAIR_EDITS = 2  # characters changed in the pair at most (a letter swap counts 2)
PAIR_FLOOR = -4.5  # log10 unigram: a pair is restored into common syllables only
PAIR_SEEN = -2.0  # log10 p(b | a) of a pair as read above which it is no misreading
PAIR_EDIT_COST = 1.0  # log10 gain asked per character changed beyond the first
# only a rare reading ('cun' -5.1, 'chun' -4.6) is asked whether it lost a final letter: a
# common syllable ('hàn' -3.5, 'côn' -3.8) is seldom one, and asking costs every pair search
LOST_TAIL_MAX = -4.0
# look-alike letters OCR swaps in print (on skeletons): round vowels, thin strokes, n/u
_LETTER_SWAPS = {"e": "oc", "o": "ea", "a": "o", "c": "e", "i": "l", "l": "i", "t": "i", "n": "u", "u": "n"}


@lru_cache(maxsize=100_000)
def _variants(lm_key: int, word: str) -> tuple[tuple[int, float], ...]:
    """(id, cost) of the syllables with ``word``'s skeleton (cost 1 per character whose
    mark differs) or one look-alike letter away (cost 2 more: a letter misread is rarer
    than a mark), within PAIR_EDITS, the word itself excluded."""
    lm = _LMS[lm_key]
    sk = skeleton(word)
    skels = {sk: 0}
    for i, ch in enumerate(sk):
        for alt in _LETTER_SWAPS.get(ch, ""):
            skels.setdefault(sk[:i] + alt + sk[i + 1:], 2)
    # the faint tail of a final 'ng', 'nh' or 'ch' lost ('cun cấp' for 'cung cấp'): one
    # letter longer, cost as a letter misread
    longer = set()
    rare = word in lm.index and lm.uni_logp[lm.index[word]] < LOST_TAIL_MAX
    if rare and sk.endswith(("n", "c")):
        for tail in ("g", "h") if sk.endswith("n") else ("h",):
            longer.add(sk + tail)
            skels.setdefault(sk + tail, 2)
    base, tone = split_tone(word)
    stacked = tone == "s" and "e" in base  # 'hé' for 'hồ': a hat and a tone read as an acute
    if stacked:
        i = base.index("e")
        skels.setdefault(sk[:i] + "o" + sk[i + 1:], 1)
    out = []
    for s, extra in skels.items():
        for c in lm.candidate_ids(s)[:16]:
            v = lm.vocab[c]
            if v == word or len(v) != len(word) + (s in longer) or lm.uni_logp[c] < PAIR_FLOOR:
                continue
            if extra == 1:
                vb = split_tone(v)[0]
                if not (stacked and vb[base.index("e")] == "ô" and split_tone(v)[1]):
                    continue
                out.append((c, 1.0))
                continue
            if extra and split_tone(v)[1] != tone:
                continue  # a letter misread keeps the tone as read
            d = sum(a != b for a, b in zip(v, word)) + extra - (1 if extra else 0) + (s in longer)
            if d <= PAIR_EDITS:
                out.append((c, float(d)))
    return tuple(out)


_DEBUG: list | None = None


def _lm_tokens(lm: SyllableLM, text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, text, LM id or None for punctuation; EOS for a sentence end) of a line,
    as the model was trained: numbers are <num>, codes <code> (memoised: a line is also
    its neighbours' context)."""
    key = id(lm)
    _LMS[key] = lm
    return _lm_tokens_of(key, text)


@lru_cache(maxsize=8192)
def _lm_tokens_of(key: int, text: str) -> list[tuple[int, int, str, int | None]]:
    lm = _LMS[key]
    out = []
    for m in TOKEN_RE.finditer(text):
        c = token_class(m.group())
        out.append((m.start(), m.end(), m.group(), None if c is None else lm.eos if c == EOS else lm.id(c)))
    return out


_PAIR_RE = re.compile(r"(?<![^\W\d_])([^\W\d_A-ZĐ]+) (?=([^\W\d_A-ZĐ]+)(?![^\W\d_]))")


def _suspect_pairs(key: int, text: str, after: dict) -> set[int]:
    """A quick look before tokenising: the starts of the first words of two lower-case
    syllables side by side that make no dictionary word, are seldom seen together, and are
    a few marks from a pair that does (most lines have none)."""
    lm = _LMS[key]
    seen = _SEEN.setdefault(key, {})
    pending = []
    # the pairs as printed, looked up once per vocabulary (the same pairs recur on every
    # page): (na, nb, ia, ib), or None for a pair that is no suspect whatever its line
    got = _PAIR_MEMO.get(id(after))
    if got is None or got[0] is not after:
        got = _PAIR_MEMO[id(after)] = (after, {})
    memo = got[1]
    if len(memo) > 300_000:
        memo.clear()
    for m in _PAIR_RE.finditer(text):
        ab = m.group(1, 2)
        look = memo.get(ab, False)
        if look is False:
            na, nb = norm_syllable(ab[0]), norm_syllable(ab[1])
            ia, ib = lm.index.get(na), lm.index.get(nb)
            look = memo[ab] = None if ia is None or ib is None or ib in after.get(na, ()) \
                else (na, nb, ia, ib)
        if look is not None:
            pending.append((m.start(1), *look))
    if not pending:
        return set()
    # the bigram probabilities of the pairs not met before, in one call for the line
    new = [(ia, ib) for _, _, _, ia, ib in pending if (ia, ib) not in seen]
    if new:
        if len(seen) > 500_000:
            seen.clear()
        a = np.fromiter((x for x, _ in new), np.int64, len(new))
        b = np.fromiter((y for _, y in new), np.int64, len(new))
        for pair, p in zip(new, lm.bigram_logprob_ids(a, b).tolist()):
            seen[pair] = p
    return {st for st, na, nb, ia, ib in pending
            if seen[(ia, ib)] < PAIR_SEEN and _near_word(key, na, nb, seen[(ia, ib)])}


_PAIR_MEMO: dict[int, tuple[dict, dict]] = {}  # id(after) -> (after, pair as printed -> lookup)
_SEEN: dict[int, dict[tuple[int, int], float]] = {}  # per model: log10 p(b | a) of a pair as read
# the quick look asks a pair that is a dictionary word to be this much likelier (bigram, log10)
# than the pair as read: a legitimate rare pair seldom has such a neighbour, a misread one does
NEAR_GAIN = 1.0


@lru_cache(maxsize=200_000)
def _near_word(key: int, na: str, nb: str, read_logp: float) -> bool:
    """Is some pair of variants of (na, nb) within PAIR_EDITS a dictionary word NEAR_GAIN
    likelier (bigram) than the pair as read?"""
    from pipeline.repair.ocr import _dict_partners

    lm = _LMS[key]
    after, _ = _dict_partners(lm)
    ia, ib = lm.index[na], lm.index[nb]
    vb = [(ib, 0.0), *_variants(key, nb)]
    xs, ys = [], []
    for ca, da in [(ia, 0.0), *_variants(key, na)]:
        partners = after.get(lm.vocab[ca])
        if partners:
            for cb, db in vb:
                if cb in partners and 0 < da + db <= PAIR_EDITS:
                    xs.append(ca)
                    ys.append(cb)
    if not xs:
        return False
    best = float(lm.bigram_logprob_ids(np.array(xs, np.int64), np.array(ys, np.int64)).max())
    return best - read_logp >= NEAR_GAIN


def fix_pairs(lm: SyllableLM, text: str, prev: str = "", nxt: str = "") -> list[tuple[int, int, str, str]]:
    """Pairs of syllables misread out of one dictionary word (see PAIR_GAIN).  Every pair
    of the line is weighed first; the fixes are then taken by gain, none overlapping
    ('về tô chức': 'tô chức' -> 'tổ chức' is the pair to fix, not 'về tô').  ``prev`` and
    ``nxt``: the neighbouring lines, context when the sentence runs on across the break."""
    from pipeline.repair.ocr import _dict_partners

    key = id(lm)
    _LMS[key] = lm
    after, _before = _dict_partners(lm)
    suspects = _suspect_pairs(key, text, after)
    if not suspects:
        return []
    toks = _lm_tokens(lm, text)
    ids = [t[3] for t in toks if t[3] is not None]
    pos = [k for k, t in enumerate(toks) if t[3] is not None]  # token index of each id
    # the words of the lines around, when the sentence runs on
    head = [i for i in (t[3] for t in _lm_tokens(lm, prev)) if i is not None][-2:] \
        if prev and not re.search(r"[.;:!?]\s*$", prev) else []
    tail = [i for i in (t[3] for t in _lm_tokens(lm, nxt)) if i is not None][:2] \
        if nxt and not re.search(r"[.;:!?]\s*$", text) else []
    if lm.eos in head:
        head = head[head.index(lm.eos) + 1:]
    if lm.eos in tail:
        tail = tail[:tail.index(lm.eos)]
    seq = head + ids + tail
    off = len(head)
    found: list[tuple[float, int, list[tuple[int, int, str, str]]]] = []
    for q in range(len(ids) - 1):
        if toks[pos[q]][0] not in suspects:
            continue
        (s1, e1, a, ia), (s2, e2, b, ib) = toks[pos[q]], toks[pos[q + 1]]
        if pos[q + 1] != pos[q] + 1 or text[e1:s2] != " " or not (a.islower() and b.islower()) \
                or not (_WORD.fullmatch(a) and _WORD.fullmatch(b)) or ia not in lm.syllable_ids \
                or ib not in lm.syllable_ids:
            continue
        na, nb = lm.vocab[ia], lm.vocab[ib]
        if ib in after.get(na, ()):
            continue  # the pair as read is a word
        if ib in after.get(na, ()) or _SEEN[key].get((ia, ib), 0.0) >= PAIR_SEEN:
            continue  # the pair as read is common ('tại khoản', 'cùng cấp'), or was not suspect
        # a reading that makes a word with its other neighbour is likely right
        i = q + off
        left = seq[i - 1] if i > 0 else None
        right = seq[i + 2] if i + 2 < len(seq) else None
        if (left is not None and left in lm.syllable_ids and ia in after.get(lm.vocab[left], ())) or \
                (right is not None and right in after.get(nb, ())):
            continue
        va = [(ia, 0.0)] + list(_variants(key, na))
        vb = {c: d for c, d in [(ib, 0.0)] + list(_variants(key, nb))}
        pairs, costs = [], []
        for ca, da in va:
            partners = after.get(lm.vocab[ca])
            if not partners:
                continue
            for cb in partners & vb.keys():
                if 0 < da + vb[cb] <= PAIR_EDITS:
                    pairs.append((ca, cb))
                    costs.append(da + vb[cb])
        if not pairs:
            continue
        # one syllable changed alone, making no word: the fix must beat these too, or the
        # dictionary is not what decides ('cùng cập' is 'cùng cấp', no 'cung cấp')
        n_dict = len(pairs)
        for ca, da in va[1:]:
            if da <= 1 and (ca, ib) not in pairs:
                pairs.append((ca, ib))
                costs.append(da)
        for cb, db in vb.items():
            if 0 < db <= 1 and (ia, cb) not in pairs:
                pairs.append((ia, cb))
                costs.append(db)
        ctx_l = [x for x in seq[max(0, i - 2):i]]
        if lm.eos in ctx_l:
            ctx_l = ctx_l[ctx_l.index(lm.eos) + 1:]
        ctx_l = ([lm.bos, lm.bos] + ctx_l)[-2:]
        ctx_r = seq[i + 2:i + 4]
        if lm.eos in ctx_r:
            ctx_r = ctx_r[:ctx_r.index(lm.eos) + 1]
        seqs = np.array([[*ctx_l, x, y, *ctx_r] for x, y in [(ia, ib), *pairs]], np.int64)
        total = np.zeros(len(seqs))
        for j in range(2, seqs.shape[1]):
            total += lm.logprob_ids(seqs[:, j - 2], seqs[:, j - 1], seqs[:, j], -0.7)
        read = total[0]
        # each character changed beyond the first costs PAIR_EDIT_COST more gain
        alt = total[1:] - PAIR_EDIT_COST * (np.array(costs) - 1)
        order = np.argsort(-alt)
        best = int(order[0])
        second = alt[order[1]] if len(alt) > 1 else -np.inf
        gain = alt[best] - read
        if _DEBUG is not None and best < n_dict:
            _DEBUG.append((a, b, lm.vocab[pairs[best][0]], lm.vocab[pairs[best][1]], round(float(gain), 2),
                           round(float(alt[best] - second), 2)))
        if best < n_dict and gain >= PAIR_GAIN and alt[best] - second >= RUNNER_UP:
            x, y = pairs[best]
            ch = []
            if x != ia:
                ch.append((s1, e1, a, _cased(a, lm.vocab[x])))
            if y != ib:
                ch.append((s2, e2, b, _cased(b, lm.vocab[y])))
            found.append((float(gain), q, ch))
    out: list[tuple[int, int, str, str]] = []
    used: set[int] = set()
    for gain, q, ch in sorted(found, key=lambda f: -f[0]):
        if q in used or q + 1 in used:
            continue
        used.update((q, q + 1))
        out.extend(ch)
    return sorted(out)


# ---------------------------------------------------------------------- received stamps
# The 'ĐẾN' stamp an office puts on a letter it receives ('ĐẾN  Số: ...  Ngày: ...  Chuyển:
# ...', with the clerk's handwriting): OCR reads its printed words, often without marks
# ('DEN Ngày'), on lines of their own beside the header.  A line of those words only, one of
# them 'ĐẾN', and digits or specks, is the stamp: no line of a directive reads so.
_STAMP_WORDS = frozenset({"den", "so", "ngay", "chuyen", "gio", "luu", "ho", "vao"})


_DEN = re.compile(r"(?<![^\W\d_])[DĐdđ][EÊẾeêế][Nn](?![^\W\d_])")


def stamp_line(text: str) -> bool:
    if _DEN.search(text) is None:
        return False
    if "**" in text or text.lstrip().startswith(">"):
        return False  # Markdown: a stamp a person typed out when reposting the letter
    words = [strip_accents(w).lower() for w in _WORD.findall(text)]
    return bool(words) and "den" in words and all(w in _STAMP_WORDS for w in words) \
        and not re.search(r"\d{1,2}/\d{1,2}/\d{4}.*\S{3,}", text) and len(words) <= 8
