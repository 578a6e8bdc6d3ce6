"""Legacy Vietnamese encodings: TCVN3 (ABC, '.VnTime'), VNI-Windows ('VNI-Times'), VISCII.

Before Unicode, Vietnamese documents were typed in 8-bit font encodings.  A PDF made from
such a document (or a text file saved from it) shows the font's bytes as Latin-1 letters:
TCVN3 'huyÖn' is 'huyện', VNI 'huyeän' is 'huyện' (VNI writes a base letter plus a mark
character), VISCII '®' is 'ệ'.  Whole documents, single lines and runs inside a line (a
pasted TCVN3 phrase in a Unicode document) all occur.

Detection is by content, per token: a token whose Latin-1 form is not Vietnamese but whose
decoded form is (every word a syllable) is evidence for that encoding; a token that is
Vietnamese as it stands and garbage when decoded is evidence *against* it (that is how a
clean line with 'Ö' in a foreign name, or plain 'có'/'các', is never touched).  Tokens that
read as Vietnamese both ways ('cã' is TCVN3 'có' but also a Unicode letter sequence) follow
their neighbours.  When the PDF names the font ('.VnTime', '.VnTimeH', 'VNI-Times'), that
settles the encoding of the run.

TCVN3 has no accented capitals: a heading set in '.VnTimeH' is typed with the lowercase
codes and the font draws them as capitals, so decoding 'NHIÖM Vô' letter by letter gives
'NHIệM Vụ'.  The case of such letters is restored from the word (its ASCII letters are
capitals) and the line around it (an all-capitals line), and from the font name when the
PDF gives it ('...H' fonts are all capitals).

Tables: TCVN3 and VISCII were checked byte by byte against glibc's iconv charmaps
(TCVN5712-1, VISCII); viparse's tables (MIT) agree with glibc on every entry they have,
but viparse decodes text without restoring those capitals and joins lines, and it has no
VNI 'ẳ'.  VNI is built here from its composition rules (base letter + tone/hat/breve mark),
which reproduce every entry of viparse's corpus-derived VNI table and fill its gaps.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

from pipeline.config import REPO_MODELS_DIR, Config
from pipeline.model import Document, FontRun, Line
from pipeline.repair.codepoints import mark_well_placed
from pipeline.repair.docview import view
from pipeline.repair.lexicon import Lexicon, has_syllable_shape, lexicon, norm
from pipeline.repair.record import record_change, record_token_changes
from pipeline.vietnamese import VIETNAMESE_LETTERS

# ----------------------------------------------------------------------------- tables
# TCVN 5712:1993 VN3 (the font subset every '.Vn' font implements): byte -> code point.
_TCVN3_VN3 = {
    0xA1: 0x0102, 0xA2: 0x00C2, 0xA3: 0x00CA, 0xA4: 0x00D4, 0xA5: 0x01A0, 0xA6: 0x01AF,
    0xA7: 0x0110, 0xA8: 0x0103, 0xA9: 0x00E2, 0xAA: 0x00EA, 0xAB: 0x00F4, 0xAC: 0x01A1,
    0xAD: 0x01B0, 0xAE: 0x0111, 0xB5: 0x00E0, 0xB6: 0x1EA3, 0xB7: 0x00E3, 0xB8: 0x00E1,
    0xB9: 0x1EA1, 0xBB: 0x1EB1, 0xBC: 0x1EB3, 0xBD: 0x1EB5, 0xBE: 0x1EAF, 0xC6: 0x1EB7,
    0xC7: 0x1EA7, 0xC8: 0x1EA9, 0xC9: 0x1EAB, 0xCA: 0x1EA5, 0xCB: 0x1EAD, 0xCC: 0x00E8,
    0xCE: 0x1EBB, 0xCF: 0x1EBD, 0xD0: 0x00E9, 0xD1: 0x1EB9, 0xD2: 0x1EC1, 0xD3: 0x1EC3,
    0xD4: 0x1EC5, 0xD5: 0x1EBF, 0xD6: 0x1EC7, 0xD7: 0x00EC, 0xD8: 0x1EC9, 0xDC: 0x0129,
    0xDD: 0x00ED, 0xDE: 0x1ECB, 0xDF: 0x00F2, 0xE1: 0x1ECF, 0xE2: 0x00F5, 0xE3: 0x00F3,
    0xE4: 0x1ECD, 0xE5: 0x1ED3, 0xE6: 0x1ED5, 0xE7: 0x1ED7, 0xE8: 0x1ED1, 0xE9: 0x1ED9,
    0xEA: 0x1EDD, 0xEB: 0x1EDF, 0xEC: 0x1EE1, 0xED: 0x1EDB, 0xEE: 0x1EE3, 0xEF: 0x00F9,
    0xF1: 0x1EE7, 0xF2: 0x0169, 0xF3: 0x00FA, 0xF4: 0x1EE5, 0xF5: 0x1EEB, 0xF6: 0x1EED,
    0xF7: 0x1EEF, 0xF8: 0x1EE9, 0xF9: 0x1EF1, 0xFA: 0x1EF3, 0xFB: 0x1EF7, 0xFC: 0x1EF9,
    0xFD: 0x00FD, 0xFE: 0x1EF5,
}
# VN1 adds accented capitals; those in 0x80-0x9F are control characters in Latin-1, so they
# can never be clean text and are safe to decode wherever they appear.
_TCVN3_C1_CAPITALS = {
    0x80: 0x00C0, 0x81: 0x1EA2, 0x82: 0x00C3, 0x83: 0x00C1, 0x84: 0x1EA0, 0x85: 0x1EB6,
    0x86: 0x1EAC, 0x87: 0x00C8, 0x88: 0x1EBA, 0x89: 0x1EBC, 0x8A: 0x00C9, 0x8B: 0x1EB8,
    0x8C: 0x1EC6, 0x8D: 0x00CC, 0x8E: 0x1EC8, 0x8F: 0x0128, 0x90: 0x00CD, 0x91: 0x1ECA,
    0x92: 0x00D2, 0x93: 0x1ECE, 0x94: 0x00D5, 0x95: 0x00D3, 0x96: 0x1ECC, 0x97: 0x1ED8,
    0x98: 0x1EDC, 0x99: 0x1EDE, 0x9A: 0x1EE0, 0x9B: 0x1EDA, 0x9C: 0x1EE2, 0x9D: 0x00D9,
    0x9E: 0x1EE6, 0x9F: 0x0168,
}
# The rest of VN1's capitals sit on Latin-1 letters (À Á Â ...): used only for byte input.
_TCVN3_VN1_EXTRA = {
    0xAF: 0x1EB0, 0xBA: 0x1EB2, 0xBF: 0x1EB4, 0xC0: 0x1EAE, 0xC1: 0x1EA6, 0xC2: 0x1EA8,
    0xC3: 0x1EAA, 0xC4: 0x1EA4, 0xC5: 0x1EC0, 0xCD: 0x1EC2, 0xD9: 0x1EC4, 0xDA: 0x1EBE,
    0xDB: 0x1ED2, 0xE0: 0x1ED4, 0xF0: 0x1ED6, 0xFF: 0x1ED0,
}
# TCVN3 codes whose case the text does not tell (the lowercase codes a '...H' font draws as
# capitals).  A1-A7 are the base capitals and C1 bytes are capitals: their case is known.
_TCVN3_UPPER_CODES = frozenset(chr(b) for b in range(0xA1, 0xA8)) | frozenset(map(chr, _TCVN3_C1_CAPITALS))

# VISCII (RFC 1456), identical to glibc's charmap: byte -> code point for bytes that differ
# from Latin-1.
_VISCII = {
    0x02: 0x1EB2, 0x05: 0x1EB4, 0x06: 0x1EAA, 0x14: 0x1EF6, 0x19: 0x1EF8, 0x1E: 0x1EF4,
    0x80: 0x1EA0, 0x81: 0x1EAE, 0x82: 0x1EB0, 0x83: 0x1EB6, 0x84: 0x1EA4, 0x85: 0x1EA6,
    0x86: 0x1EA8, 0x87: 0x1EAC, 0x88: 0x1EBC, 0x89: 0x1EB8, 0x8A: 0x1EBE, 0x8B: 0x1EC0,
    0x8C: 0x1EC2, 0x8D: 0x1EC4, 0x8E: 0x1EC6, 0x8F: 0x1ED0, 0x90: 0x1ED2, 0x91: 0x1ED4,
    0x92: 0x1ED6, 0x93: 0x1ED8, 0x94: 0x1EE2, 0x95: 0x1EDA, 0x96: 0x1EDC, 0x97: 0x1EDE,
    0x98: 0x1ECA, 0x99: 0x1ECE, 0x9A: 0x1ECC, 0x9B: 0x1EC8, 0x9C: 0x1EE6, 0x9D: 0x0168,
    0x9E: 0x1EE4, 0x9F: 0x1EF2, 0xA0: 0x00D5, 0xA1: 0x1EAF, 0xA2: 0x1EB1, 0xA3: 0x1EB7,
    0xA4: 0x1EA5, 0xA5: 0x1EA7, 0xA6: 0x1EA9, 0xA7: 0x1EAD, 0xA8: 0x1EBD, 0xA9: 0x1EB9,
    0xAA: 0x1EBF, 0xAB: 0x1EC1, 0xAC: 0x1EC3, 0xAD: 0x1EC5, 0xAE: 0x1EC7, 0xAF: 0x1ED1,
    0xB0: 0x1ED3, 0xB1: 0x1ED5, 0xB2: 0x1ED7, 0xB3: 0x1EE0, 0xB4: 0x01A0, 0xB5: 0x1ED9,
    0xB6: 0x1EDD, 0xB7: 0x1EDF, 0xB8: 0x1ECB, 0xB9: 0x1EF0, 0xBA: 0x1EE8, 0xBB: 0x1EEA,
    0xBC: 0x1EEC, 0xBD: 0x01A1, 0xBE: 0x1EDB, 0xBF: 0x01AF, 0xC4: 0x1EA2, 0xC5: 0x0102,
    0xC6: 0x1EB3, 0xC7: 0x1EB5, 0xCB: 0x1EBA, 0xCE: 0x0128, 0xCF: 0x1EF3, 0xD0: 0x0110,
    0xD1: 0x1EE9, 0xD5: 0x1EA1, 0xD6: 0x1EF7, 0xD7: 0x1EEB, 0xD8: 0x1EED, 0xDB: 0x1EF9,
    0xDC: 0x1EF5, 0xDE: 0x1EE1, 0xDF: 0x01B0, 0xE4: 0x1EA3, 0xE5: 0x0103, 0xE6: 0x1EEF,
    0xE7: 0x1EAB, 0xEB: 0x1EBB, 0xEE: 0x0129, 0xEF: 0x1EC9, 0xF0: 0x0111, 0xF1: 0x1EF1,
    0xF6: 0x1ECF, 0xF7: 0x1ECD, 0xF8: 0x1EE5, 0xFB: 0x0169, 0xFC: 0x1EE7, 0xFE: 0x1EE3,
    0xFF: 0x1EEE,
}

TCVN3_SURFACE = {chr(b): chr(u) for b, u in {**_TCVN3_VN3, **_TCVN3_C1_CAPITALS}.items()}
TCVN3_BYTES = {b: chr(u) for b, u in {**_TCVN3_VN3, **_TCVN3_C1_CAPITALS, **_TCVN3_VN1_EXTRA}.items()}
# 0xA0 (VISCII 'Õ') is also the no-break space of clean text: not decoded in text, only in bytes.
VISCII_SURFACE = {chr(b): chr(u) for b, u in _VISCII.items() if b != 0xA0}
_TCVN3_TRANS = str.maketrans(TCVN3_SURFACE)
_VISCII_TRANS = str.maketrans(VISCII_SURFACE)

# VNI: a vowel followed by one mark character (tone; hat; breve; hat or breve with a tone).
_VNI_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HAT = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_VNI_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
_VNI_SINGLE = {"ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư",
               "ò": "ị", "Ò": "Ị", "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ"}


def _vni_table() -> dict[str, str]:
    t: dict[str, str] = {}
    nfc = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731
    for upper in (False, True):
        cas = (lambda s: s.upper()) if upper else (lambda s: s)
        for base in "aeiouy":
            for mark, tone in _VNI_TONES.items():
                t[cas(base) + cas(mark)] = nfc(cas(base) + tone)
        for base, hat in (("a", "\u0302"), ("e", "\u0302"), ("o", "\u0302")):
            for mark, tone in _VNI_HAT.items():
                t[cas(base) + cas(mark)] = nfc(cas(base) + hat + tone)
        for mark, tone in _VNI_BREVE.items():
            t[cas("a") + cas(mark)] = nfc(cas("a") + "\u0306" + tone)
        for src, horn in (("ô", "ơ"), ("ö", "ư")):
            for mark, tone in _VNI_TONES.items():
                t[cas(src) + cas(mark)] = nfc(cas(horn) + tone)
    for k, v in _VNI_SINGLE.items():
        t.setdefault(k, v)
    return t


VNI_TABLE = _vni_table()
_VNI_RE = re.compile("|".join(sorted(map(re.escape, VNI_TABLE), key=len, reverse=True)))


def decode_vni(text: str) -> str:
    return _VNI_RE.sub(lambda m: VNI_TABLE[m.group()], text)


def decode_tcvn3(text: str) -> str:
    """Letter-by-letter TCVN3 decoding (case of accented capitals NOT restored)."""
    return text.translate(_TCVN3_TRANS)


def decode_viscii(text: str) -> str:
    return text.translate(_VISCII_TRANS)


DECODERS: dict[str, Callable[[str], str]] = {"tcvn3": decode_tcvn3, "vni": decode_vni, "viscii": decode_viscii}


def encode_tcvn3(text: str) -> str:
    """Unicode -> TCVN3 surface text as a '.VnTime'/'.VnTimeH' PDF shows it (for tests and the
    corruption benchmark): accented capitals have no code, so they become the lowercase code."""
    rev = {v: k for k, v in TCVN3_SURFACE.items() if ord(k) >= 0xA0}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in rev:
            out.append(rev[ch])
        elif ch.lower() in rev and ch.lower() != ch:
            out.append(rev[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def encode_vni(text: str) -> str:
    rev: dict[str, str] = {}
    for k, v in VNI_TABLE.items():
        if v not in rev or len(k) < len(rev[v]):
            rev[v] = k
    # Single-letter forms for i-tones and horns win over 'iù' etc., as VNI keyboards type them.
    for k, v in _VNI_SINGLE.items():
        rev[v] = k
    for base, mark in (("ì", "ì"), ("í", "í"), ("Ì", "Ì"), ("Í", "Í")):
        rev[base] = mark
    return "".join(rev.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def encode_viscii(text: str) -> str:
    rev = {v: k for k, v in VISCII_SURFACE.items()}
    return "".join(rev.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


ENCODERS: dict[str, Callable[[str], str]] = {"tcvn3": encode_tcvn3, "vni": encode_vni, "viscii": encode_viscii}

# ----------------------------------------------------------------------------- tokens
# Only real spaces separate tokens: VISCII puts letters on \x85 (NEL) and \x1e, which
# Python's \s counts as white space.
_TOKEN = re.compile(r"[^ \t\n\r\f\v\u2000-\u200b\u3000]+")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Letters with Vietnamese hats/horns/tones in the Unicode blocks no legacy surface uses:
# a token containing one is already Unicode.
_UNICODE_VIET = re.compile(r"[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9\u0300-\u036f]")
_CODE_WORD = re.compile(r"^[A-ZĐ]{1,8}$")
_SURFACE_CHARS = {
    "tcvn3": frozenset(TCVN3_SURFACE),
    "viscii": frozenset(VISCII_SURFACE),
    "vni": frozenset("".join(VNI_TABLE)) - frozenset("aeiouyAEIOUY"),
}


def _words_ok(text: str, lex: Lexicon) -> bool | None:
    """True when every word of ``text`` is a syllable or an upper-case code; None if no words."""
    words = _WORD.findall(text)
    if not words:
        return None
    for w in words:
        if lex.is_syllable(w):
            continue
        if _CODE_WORD.match(w) and (len(words) > 1 or ("Đ" in w and len(w) >= 2)):
            continue  # document codes: 'QĐ-UBND', 'LĐVP'
        return False
    return True


def _likelier(decoded: str, raw: str, lex: Lexicon, prev: str | None = None, nxt: str | None = None) -> bool:
    """Is the decoded reading of an ambiguous token the likelier word between its
    neighbours ('chính trò' -> 'chính trị'; 'ngoài' stays next to a VNI run)?"""
    def score(tok: str) -> float:
        ws = _WORD.findall(tok)
        if not ws:
            return -99.0
        sc = lex.logprob(ws[0], prev) + sum(lex.logprob(w, a) for a, w in zip(ws, ws[1:]))
        return sc + (lex.logprob(nxt, ws[-1]) if nxt else 0.0)
    return score(decoded) > score(raw) + 0.3


def _reading_score(text: str, enc: str, lex: Lexicon) -> float:
    """How Vietnamese the line's legacy-looking tokens read when decoded as ``enc`` (LM
    bigrams with the word before each): breaks a tie between encodings ('Chæ' is TCVN3 'Chổ' but VNI 'Chỉ').

    Only the tokens that need explaining count (a legacy-only character or a VNI mark
    pair): in a Unicode line with a TCVN3 run, decoding the line's Unicode words as TCVN3
    ('các' -> 'cỏc') says nothing about which table the run is in, and scoring them let
    VISCII, which breaks fewer Unicode words, win runs it reads as 'cịc sẻ ngộnh'."""
    score = 0.0
    prev: str | None = None
    n = 0
    for t in _TOKEN.findall(text):
        legacy = _STRONG_OR_PAIR(t)
        words = _WORD.findall(DECODERS[enc](t) if legacy else t)
        if legacy:
            # with the word before it ('kinh tÕ': TCVN3 'kinh tế', VISCII 'kinh tạ')
            for w in words:
                score += lex.logprob(w, prev if prev and lex.is_syllable(prev) else None) if lex.is_syllable(w) else -9.0
                prev = w
                n += 1
        prev = words[-1] if words else None
        if n >= 60:
            break
    return score


def _lone_letter(raw: str, dec: str, lex: Lexicon) -> bool:
    """A token decoding makes a one-letter word that as typed is no word ('ôû' = VNI 'ở')."""
    d, r = dec.strip(_PUNCT), raw.strip(_PUNCT)
    return d != r and len(d) == 1 and d.isalpha() and not lex.is_syllable(r) and lex.is_syllable(d)


def _neighbour_word(ev: list, toks: list[str], i: int, step: int, decoded: bool = False,
                    lex: Lexicon | None = None) -> str | None:
    """The word next to token ``i``: its reading if it is evidence for the encoding, and
    with ``decoded`` also if it is ambiguous (both readings words): two ambiguous tokens
    side by side are read together ('hoà sô' is VNI 'hồ sơ' as a pair; one at a time,
    'hồ sô' loses to 'hòa sô')."""
    j = i + step
    if not 0 <= j < len(toks):
        return None
    e, dec = ev[j]
    words = _WORD.findall(dec if e == 1 or (decoded and (e == 2 or e == 0 and _lone_letter(toks[j], dec, lex)))
                          else toks[j])
    return (words[-1] if step < 0 else words[0]) if words else None


def _likelier_here(ev: list, toks: list[str], i: int, lex: Lexicon, margin: float = 0.3,
                   edges: tuple[str | None, str | None] = (None, None)) -> bool:
    """Is token ``i`` likelier decoded than as typed, between its neighbours?  A neighbour
    that reads both ways takes its better reading under each hypothesis ('hoà sô': 'hồ sơ'
    beats 'hòa sơ'; 'cña Bé Chính': 'của Bộ Chính' beats 'của Bé Chính').  ``edges``: the
    last word of the line before and the first of the line after, where the sentence runs
    on (the neighbours of a line's first and last token: 'kinh doanh ra thò' + 'trường')."""
    dec = ev[i][1]
    words_d = _WORD.findall(dec)
    words_r = _WORD.findall(toks[i])
    if not words_d:
        return False

    def lp(w: str, prev: str | None) -> float:
        # a word the inventory lacks scores as the LM's unknown token would not ('thaùng'
        # got the unigram of '<unk>', about that of 'tháng')
        return lex.logprob(w, prev) if lex.is_syllable(w) else -9.0

    def score(ws: list[str], prev: str | None, nxt: str | None) -> float:
        if not ws:
            return -99.0
        sc = lp(ws[0], prev) + sum(lp(w, a) for a, w in zip(ws, ws[1:]))
        return sc + (lp(nxt, ws[-1]) if nxt else 0.0)

    # a neighbour that reads both ways takes its better reading with each hypothesis
    prevs = {_neighbour_word(ev, toks, i, -1, True, lex), _neighbour_word(ev, toks, i, -1)}
    nexts = {_neighbour_word(ev, toks, i, 1, True, lex), _neighbour_word(ev, toks, i, 1)}
    if i == 0 and edges[0]:
        prevs = {edges[0]}
    if i == len(toks) - 1 and edges[1]:
        nexts = {edges[1]}
    sd = max(score(words_d, p, n) for p in prevs for n in nexts)
    sr = max(score(words_r, p, n) for p in prevs for n in nexts)
    return sd > sr + margin


_PUNCT = ".,;:!?()[]\"'“”‘’…-–/"


_TRANSLITERATION = re.compile(r"[^\W\d_]-[^\W\d_]+-[^\W\d_]")


def _STRONG_OR_PAIR(token: str) -> bool:
    """Does the token look legacy: a legacy-only character, a VNI mark pair, or a TCVN3
    code that is a capital inside a lower-case word ('tÕ')?"""
    return (_STRONG.search(token) is not None or _VNI_PAIR.search(token) is not None
            or _MIXED_CASE.search(token) is not None)


def _adjacent_evidence(labels: list[int], i: int) -> bool:
    """Is a token near ``i`` (at most two tokens that say nothing or read both ways
    between them: 'quaûn trò ôû cô') legacy evidence?"""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(labels) and labels[j] in (0, 2) and abs(j - i) < 3:
            j += step
        if 0 <= j < len(labels) and labels[j] == 1 and abs(j - i) <= 3:
            return True
    return False


def _weak(token: str) -> bool:
    """A token spelled like Vietnamese ('ên' = TCVN3 'ờn': Vietnamese letters, normal case,
    syllable shape): weak evidence, decoded only with legacy neighbours or in a line with
    no Unicode evidence; 'huyÖn', 'c¸c', 'hoÕch' are strong."""
    t = unicodedata.normalize("NFC", token)
    if not all(ch in VIETNAMESE_LETTERS or not ch.isalpha() and ch not in TCVN3_SURFACE
               and ch not in VISCII_SURFACE for ch in t):
        return False
    for w in _WORD.findall(t):
        if not (w.islower() or w.isupper() or (w[0].isupper() and w[1:].islower())):
            return False
        if not has_syllable_shape(norm(w)) or not mark_well_placed(w):
            return False  # 'caù': VNI 'cá', a mark no Vietnamese spelling puts there
    return True


def _changed_words(raw: str, dec: str) -> list[str]:
    """Words of the decoded token that decoding changed: the others ('TTg' in 'Q§-TTg') are
    not evidence either way."""
    raw_words = set(_WORD.findall(raw))
    return [w for w in _WORD.findall(dec) if w not in raw_words]


def _next_to_letter(t: str, k: int) -> bool:
    return (k > 0 and t[k - 1].isalpha()) or (k + 1 < len(t) and t[k + 1].isalpha())


_EVIDENCE: dict[tuple[str, str], tuple[int, str]] = {}
_EVIDENCE_LEX: list = [None]
# token -> its evidence label under each table of DECODERS, in order (:func:`_line_votes`),
# kept and emptied with _EVIDENCE
_TOKEN_LABELS: dict[str, tuple[int, ...]] = {}


def _evidence_store(lex: Lexicon) -> dict[tuple[str, str], tuple[int, str]]:
    """:func:`token_evidence`'s answers, (token, table) -> answer, for ``lex`` (emptied when
    the lexicon changes or the store grows past 200k answers)."""
    if _EVIDENCE_LEX[0] is not lex or len(_EVIDENCE) > 200_000:
        _EVIDENCE.clear()
        _TOKEN_LABELS.clear()
        _EVIDENCE_LEX[0] = lex
    return _EVIDENCE


def token_evidence(token: str, enc: str, lex: Lexicon | None = None) -> tuple[int, str]:
    """(+1 / 0 / -1 / 2, decoded): +1 decoding makes it Vietnamese, -1 decoding breaks a
    Vietnamese token, 2 both readings are Vietnamese (ambiguous), 0 neither or unchanged.

    A function of the token, the table and the lexicon only: cached per lexicon (a legacy
    document asks about the same few thousand tokens once per line and table)."""
    lex = lex or lexicon()
    _evidence_store(lex)
    key = (token, enc)
    got = _EVIDENCE.get(key)
    if got is None:
        got = _EVIDENCE[key] = _token_evidence(token, enc, lex)
    return got


# A lower-case letter followed by an accented Latin-1 capital: no Vietnamese spelling
# ('vÒ', 'tÕ', 'chÕ': TCVN3 'về', 'tế', 'chế', whose codes are those capitals).
_MIXED_CASE = re.compile("[a-z\u00df-\u00ff][\u00c0-\u00d6\u00d8-\u00dd]")


_ETH_CAPS = re.compile(r"[A-Z]Ð(?![a-z])|Ð[A-Z]")


# a unit of area or volume: its superscript digit is the text's own (the clean Unicode of
# '20 m²' read as VISCII gives 'mỗ', a syllable, and was rewritten)
_UNIT_POWER = re.compile(r"(?<![^\W\d_])(?:[kcdmh]?m|ha)[²³](?![^\W\d_])")


def _lower_upper(word: str) -> bool:
    """A decoded capital right after a typed lower-case letter ('vÒ' as VISCII 'vỊ'); a
    decoded lower-case letter before a typed capital is fine (TCVN3 'DùNG' -> 'DựNG', its
    case restored later)."""
    return any("a" <= a <= "z" and b.isupper() and not b.isascii() for a, b in zip(word, word[1:]))


def _token_evidence(token: str, enc: str, lex: Lexicon) -> tuple[int, str]:
    t = unicodedata.normalize("NFC", token)
    if not (_SURFACE_CHARS[enc] & set(t)) or "(cid:" in t:
        return 0, token  # ('(cid:126)rì': a font's unmapped glyphs, the glyph step's business)
    if _UNICODE_VIET.search(t):  # Unicode-only letters: this token is Unicode already
        return -1, token
    if _UNIT_POWER.search(t):  # 'm²', '(m³)', 'km²': a unit, not VISCII 'mỗ', 'mỠ'
        return -1, token
    dec = DECODERS[enc](t)
    if dec == t:
        return 0, token
    raw_ok = _words_ok(t, lex)
    if raw_ok and any(not ch.isalpha() and ch in _SURFACE_CHARS[enc] and _next_to_letter(t, k)
                      for k, ch in enumerate(t)):
        raw_ok = False  # a symbol inside a word ('c¸c', '\x9cY') is not Vietnamese spelling
    if enc == "tcvn3" and _ETH_CAPS.search(t) and not (set(t) - {"Ð"}) & _SURFACE_CHARS[enc]:
        return 0, token  # 'NÐ-CP': Unicode's look-alike of 'Đ' among capitals (code points fix
        # it), not TCVN3's lower-case 'é'
    if raw_ok and _MIXED_CASE.search(t):
        raw_ok = False  # 'vÒ', 'tÕ', 'vÊn': a capital inside a lower-case word is a TCVN3 code
    changed = _changed_words(t, dec)
    if changed and all(len(w) == 1 for w in changed):
        return 0, dec  # a lone letter ('§3', 'Ð/c') says nothing on its own: neighbours decide
    dec_ok = _words_ok(" ".join(changed), lex) if changed else None
    if dec_ok and any(_lower_upper(w) for w in changed):
        dec_ok = False  # 'vÒ' as VISCII is 'vỊ': a capital inside a lower-case word
    if dec_ok and not raw_ok:
        return 1, dec
    if raw_ok and dec_ok:
        return 2, dec
    if enc == "tcvn3" and raw_ok and changed and all(w[:1].isupper() and w[1:].islower() and has_syllable_shape(norm(w))
                                  for w in changed):
        return 2, dec  # a name the word list lacks ('Chò' = TCVN3 'Chũ'): follow the neighbours
    if raw_ok and not dec_ok:
        return -1, dec
    return 0, dec


# ----------------------------------------------------------------------------- case (TCVN3)
@lru_cache(maxsize=100_000)
def _case_profile(raw: str) -> tuple[int, int, int]:
    """(known upper, known lower, unknown) letters of a raw TCVN3 token.  A function of the
    token alone, kept: a TCVN3 document asks it of each word two or three times per line
    (:func:`restore_case_line`) and of the same words line after line (repairspeed)."""
    up = lo = unk = 0
    for ch in raw:
        if ch in TCVN3_SURFACE:
            if ch in _TCVN3_UPPER_CODES:
                up += 1
            else:
                unk += 1
        elif ch.isalpha():
            if ch.isupper():
                up += 1
            elif ch.islower():
                lo += 1
    return up, lo, unk


@lru_cache(maxsize=1)
def _case_table() -> dict[str, float]:
    """models/tcvn3_case.json (built by models/build_case_table.py from the gazette corpus)."""
    path = REPO_MODELS_DIR / "tcvn3_case.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))["p_capital"]
    except (OSError, ValueError, KeyError):
        return {}


def capital_in_running_text(word: str, prev: str | None, nxt: str | None) -> bool:
    """Is ``word`` (lower case, starting with an accented vowel) capitalised mid-sentence?
    'ủy ban' -> True ('Ủy ban nhân dân'), 'ủy quyền' -> False."""
    table = _case_table()
    w = word.lower()
    for key, need in ((f"{w} {nxt.lower()}" if nxt else None, 0.5),
                      (f"{prev.lower()}|{w}" if prev else None, 0.5), (w, 0.7)):
        if key and key in table:
            return table[key] >= need
    return False


def _capitalize_first(s: str) -> str:
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
    return s


# A word of a TCVN3 line: letters and the codes that stand for letters.
_TCVN3_LETTER = "A-Za-z" + "".join(sorted(TCVN3_SURFACE)).replace("\\", "")
_SEGMENT = re.compile("[" + re.escape("".join(sorted(TCVN3_SURFACE))) + "A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
_SENT_END = re.compile(r"(?<!\.\.)[.!?…](?:['\")\]»”]*)$")
_LINE_END = re.compile(r"(?<!\.\.)[.!?:](?:['\")\]»”]*)$")
_LABEL = re.compile(r"^(?:[-+*•–]|\(?[0-9IVXLCivxlc]{1,5}[.)]|\(?[a-zđ®][.)]|[0-9]+(?:\.[0-9]+)+\.?)$")


_SEGMENT_CLASS: dict[str, str | None] = {}
_SEGMENT_CLASS_LEX: list = [None]


_NO_CLASS = object()  # (the store has no answer yet: None is an answer)


def _segment_classes(line: str, segs: list[tuple[int, int]], lex: Lexicon) -> list[str | None]:
    """Per segment (start, end) of ``line``: 'caps' for an all-capitals Vietnamese word,
    'lower' for a word with a known lowercase letter, None when the word says nothing (codes
    like 'UBND', single letters).  A function of the word and the lexicon only: kept per
    lexicon, as :func:`token_evidence` is (the store read here, for the whole line: a call
    less per word of every TCVN3 line)."""
    if _SEGMENT_CLASS_LEX[0] is not lex or len(_SEGMENT_CLASS) > 200_000:
        _SEGMENT_CLASS.clear()
        _SEGMENT_CLASS_LEX[0] = lex
    get = _SEGMENT_CLASS.get
    out = []
    for s, e in segs:
        raw = line[s:e]
        c = get(raw, _NO_CLASS)
        if c is _NO_CLASS:
            c = _SEGMENT_CLASS[raw] = _segment_class_of(raw, lex)
        out.append(c)
    return out


def _segment_class_of(raw: str, lex: Lexicon) -> str | None:
    up, lo, unk = _case_profile(raw)
    if lo:
        return "lower"
    word = decode_tcvn3(raw).lower()
    if up >= 2 and lex.is_syllable(word) and has_syllable_shape(norm(word)):
        return "caps"
    return None


def restore_case_line(raw_line: str, decoded_line: str, decided: list[tuple[int, int]], *,
                      prev_line: str | None, next_line: str | None = None,
                      caps_font: list[tuple[int, int]] | None = None,
                      lex: Lexicon | None = None) -> str:
    """Put back the capitals a '.VnTimeH' font drew, word by word.

    TCVN3 decoding maps one character to one, so the raw and decoded lines align.  A word's
    own ASCII letters decide when they can ('NHIÖM' -> 'NHIỆM'); a word whose only known
    letter is its initial ('Vô') is all capitals when the next word is ('NHIÖM Vô TRäNG' ->
    'VỤ'), title case otherwise ('Vô tr­ëng' -> 'Vụ trưởng'); a word with no known letter
    follows its neighbours, and starts with a capital at a sentence start or where the
    gazette corpus capitalises it ('ñy ban' -> 'Ủy ban', 'TØnh ñy' -> 'Tỉnh ủy')."""
    lex = lex or lexicon()
    # (an HTML tag a converter left in the line, '<br>' between the lines of a table cell, is no
    # word: its lowercase letters say nothing of the case of the words around it)
    tags = [(m.start(), m.end()) for m in _HTML_TAG.finditer(raw_line)]
    if tags:
        segs = [(m.start(), m.end()) for m in _SEGMENT.finditer(raw_line)
                if not any(ts <= m.start() < te for ts, te in tags)]
    else:
        segs = [m.span() for m in _SEGMENT.finditer(raw_line)]
    classes = _segment_classes(raw_line, segs, lex)
    # the nearest word with a class after and before each word (the neighbours a word with no
    # known letter follows), found in one sweep each way, not searched from every word
    right_of: list[str | None] = [None] * len(segs)
    left_of: list[str | None] = [None] * len(segs)
    seen: str | None = None
    for j in range(len(segs) - 1, -1, -1):
        right_of[j] = seen
        if classes[j]:
            seen = classes[j]
    seen = None
    for j, c in enumerate(classes):
        left_of[j] = seen
        if c:
            seen = c
    ruled = _ruled_run(raw_line, segs)
    out = list(decoded_line)
    n_cols = len(raw_line)
    covered = bytearray(n_cols)  # the columns inside a decided run (one look-up per segment)
    for ds, de in decided:
        lo, hi = max(ds, 0), min(de, n_cols)
        if lo < hi:
            covered[lo:hi] = b"\x01" * (hi - lo)
    shifted = False
    for k, (s, e) in enumerate(segs):
        if not covered[s]:
            continue
        raw = raw_line[s:e]
        dec = decoded_line[s:e]
        up, lo, unk = _case_profile(raw)
        if unk == 0:
            continue
        if caps_font and any(cs <= s < ce for cs, ce in caps_font):
            new = dec.upper()
        elif lo == 0 and up >= 2:
            new = dec.upper()
        else:
            right = right_of[k]
            left = left_of[k]
            first = raw[0]
            first_known_upper = first in _TCVN3_UPPER_CODES or (first.isascii() and first.isupper())
            if lo == 0 and up == 1:
                if len(segs) == 1 and _between_caps_lines(prev_line, next_line):
                    right = "caps"  # a one-word line ('VÒ') between headings in capitals
                if k in ruled:
                    right = "caps"  # the body's name over the header's rule ('Bé Y TÕ ------')
                if not first_known_upper or right == "caps" or (right is None and left == "caps"):
                    new = dec.upper()
                else:
                    new = dec
            elif lo == 0 and up == 0 and (right or left) and all(c == "caps" for c in (left, right) if c):
                new = dec.upper()
            elif first in TCVN3_SURFACE and not first_known_upper:
                label = e - s == 1 and raw_line[e:e + 1] in (")", ".")
                prev_w = decoded_line[segs[k - 1][0]:segs[k - 1][1]] if k and not _SENT_END.search(raw_line[segs[k - 1][1]:s].strip() or "x") else None
                next_w = decoded_line[segs[k + 1][0]:segs[k + 1][1]] if k + 1 < len(segs) and not re.search(r"[.!?:;,]", raw_line[e:segs[k + 1][0]]) else None
                if k + 1 == len(segs) and next_line and not raw_line[e:].strip():
                    m2 = _SEGMENT.search(next_line)
                    next_w = decode_tcvn3(m2.group()).lower() if m2 and not next_line[:m2.start()].strip() else None
                if not label and (_starts_sentence(raw_line, s, prev_line) or capital_in_running_text(dec, prev_w, next_w)):
                    new = _capitalize_first(dec)
                else:
                    new = dec
            else:
                new = dec
        # out holds the decoded line already, so a word that keeps its case is not written
        # again -- unless a word before it changed length ('ß'.upper() is 'SS'), which
        # shifts the columns after it as it always did
        if new != dec or shifted:
            out[s:e] = new
            shifted = shifted or len(new) != e - s
    return "".join(out)


_HTML_TAG = re.compile(r"</?[A-Za-z]{1,6}\s*/?>")
_RULE_END = re.compile(r"^\s*[-–—_=]{3,}\s*$")


def _ruled_run(raw_line: str, segs: list[tuple[int, int]]) -> set[int]:
    """The words of the run a rule of dashes closes at the end of the line ('... ban hành. Bé Y
    TÕ -------'), when none of them has a known lowercase letter: the header draws its rule
    under the issuer's name and the motto, both set in capitals, so a run like this is the
    issuer in a '.VnTimeH' font, not title case ('Bộ Y Tế').  The run starts after the last
    sentence end or column break; a single word is not enough to tell."""
    if not segs or not _RULE_END.match(raw_line[segs[-1][1]:]):
        return set()
    run: list[int] = []
    for k in range(len(segs) - 1, -1, -1):
        s, e = segs[k]
        if _case_profile(raw_line[s:e])[1]:
            return set()
        run.append(k)
        gap = raw_line[segs[k - 1][1]:s] if k else ""
        if k and re.search(r"[.!?:;|\t]", gap):
            break
    return set(run) if len(run) >= 2 else set()


def _caps_line(line: str | None) -> bool | None:
    """Is a neighbouring line set in capitals (None: blank or no letters to tell)?  Its
    TCVN3 codes say nothing about case, its other letters do."""
    if not line or not line.strip():
        return None
    up, lo, _unk = _case_profile(line)
    if lo:
        return False
    return True if up >= 2 else None


def _between_caps_lines(prev_line: str | None, next_line: str | None) -> bool:
    """Are the lines around a line in capitals (at least one of them, and neither not)?"""
    around = [_caps_line(prev_line), _caps_line(next_line)]
    return True in around and False not in around


# words that open a labelled heading ('Điều 2.', 'Chương II.', 'Mục 1.'): its title begins after them
_HEADING_WORDS = frozenset({"điều", "chương", "mục", "phần", "khoản", "phụ lục"})


def _starts_sentence(line: str, col: int, prev_line: str | None) -> bool:
    before = line[:col].split()
    labelled = False
    while before and _LABEL.match(before[-1]):
        before.pop()
        labelled = True
    if labelled and len(before) == 1 and decode_tcvn3(before[0]).lower() in _HEADING_WORDS:
        return True  # a heading's title: '§iÒu 2. ¸p dông' -> 'Điều 2. Áp dụng'
    if before:
        return bool(_SENT_END.search(before[-1]))
    if line[:col].strip() and not line[:col].strip().endswith(("(", "“", '"')):
        return True  # after a list label: '- ñy ban', 'a) §Èy m¹nh'
    if prev_line is None or not prev_line.strip():
        return True
    return bool(_LINE_END.search(prev_line.rstrip()))


# ----------------------------------------------------------------------------- fonts
_FONT_PREFIX = re.compile(r"^[A-Z]{6}\+")


def font_encoding(font: str) -> tuple[str | None, bool]:
    """('tcvn3' | 'vni' | 'viscii' | None, all-capitals font?) from a PDF font name."""
    name = _FONT_PREFIX.sub("", font or "").strip()
    base = re.split(r"[,-](?:Bold|Italic|BoldItalic|Regular|Oblique)\b", name, maxsplit=1)[0]
    if re.match(r"^\.?Vn[A-Z]", base) and not base.lower().startswith("vni"):
        return "tcvn3", base.endswith("H")
    if re.match(r"^VNI[-_ ]?", base, re.IGNORECASE):
        return "vni", False
    if "viscii" in base.lower():
        return "viscii", False
    return None, False


# ----------------------------------------------------------------------------- line repair
# Characters a legacy surface uses that Vietnamese Unicode text does not: one of them in a
# line is needed before the line is examined at all (the fast path).
_STRONG_CHARS = sorted((set(TCVN3_SURFACE) | set(VISCII_SURFACE) | set("ñöøûïåäüëæÑÖØÛÏÅÄÜËÆ"))
                       - set(VIETNAMESE_LETTERS))
_STRONG = re.compile("[" + re.escape("".join(_STRONG_CHARS)) + "]")
_STRONG_SPACES = [c for c in _STRONG_CHARS if c.isspace()]


# VNI spelled only with letters Vietnamese also uses ('Coâng vaên', 'thaùng'): a vowel
# followed by a mark character in a pair Unicode Vietnamese never writes ('aù', 'eâ', 'oâ',
# 'uù', 'yù', 'ôù').
# (Written mark first, vowel looked behind: the same matches as
# "(?i:[ae][ùøûõïâáàåãäêéèúüë]|o[âùõ]|[uy][ùõ]|ô[ùøûõï])", twice as fast over clean text,
# where every vowel would start a trial.)
_VNI_PAIR = re.compile("[ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË](?<=[aAeE].)|[âùõÂÙÕ](?<=[oO].)|[ùõÙÕ](?<=[uUyY].)"
                       "|[ùøûõïÙØÛÕÏ](?<=[ôÔ].)")


def _line_votes(text: str, lex: Lexicon) -> dict[str, tuple[int, int, int]]:
    """Per encoding: (+1 tokens, -1 tokens, ambiguous tokens)."""
    toks = _TOKEN.findall(text)
    _evidence_store(lex)
    # each token's labels under every table, kept per token (a legacy document repeats its
    # words line after line), then counted per table
    got = _TOKEN_LABELS.get
    rows = []
    for t in toks:
        labels = got(t)
        if labels is None:
            labels = _TOKEN_LABELS[t] = tuple(token_evidence(t, enc, lex)[0] for enc in DECODERS)
        rows.append(labels)
    out = {}
    for k, enc in enumerate(DECODERS):
        col = [r[k] for r in rows]
        out[enc] = (col.count(1), col.count(-1), col.count(2))
    return out


# log10: how much likelier in context the decoded reading of a lone token that reads both
# ways must be (30 times: 'Tù do' -> 'Tự do' is 85 times likelier; clean words next to
# runs, 'cô giáo', 'Bé Ba', stay: tests/test_legacy.py)
_LM_MARGIN = 1.5


def _edge_word(line: str, last: bool) -> str | None:
    """The last (first) word of a neighbouring line, as typed."""
    words = _WORD.findall(line[-40:] if last else line[:40])
    return (words[-1] if last else words[0]) if words else None


def _edge_label(line: str, enc: str, lex: Lexicon, last: bool) -> int | None:
    """The evidence label (1 / -1) of the last (first) token of a neighbouring line that has
    one, None when its edge token says nothing."""
    toks = _TOKEN.findall(line)
    if not toks:
        return None
    tok = toks[-1] if last else toks[0]
    e = token_evidence(tok, enc, lex)[0]
    if e == 0 and _UNICODE_VIET.search(tok):
        return -1
    return e if e in (1, -1) else None


def decode_line(text: str, enc: str, *, doc_encoding: str | None = None, prev_line: str | None = None,
                next_line: str | None = None, prev_raw: str | None = None,
                font_runs: list[tuple[int, int, str, bool]] | None = None,
                lex: Lexicon | None = None, whole: bool = False,
                lm_only: bool = False, doc_words: dict[str, int] | None = None) -> tuple[str, float, list[str]]:
    """Decode the ``enc`` tokens of one line; returns (new text, confidence, alternatives).

    ``whole``: the whole line is known to be ``enc`` (a legacy-encoded text file): every
    changed token is decoded unless it is Unicode already.
    ``font_runs``: (start, end, encoding, caps) spans named by the PDF's fonts.
    ``lm_only``: ``enc`` is the table of the document's pasted runs: a token that reads both
    ways and no rule decides ('Cô quan' is VNI 'Cơ quan'; 'Tù do') is decoded where the
    language model finds its decoded reading far likelier in context.
    ``doc_words``: lower-case word counts of the document's lines with no legacy character
    (its Unicode text): a token spelled as a word the document uses elsewhere, where its
    decoded reading never occurs, is left as typed by the LM-only rule ('Phó' in '- Chánh,
    Phó CVP' next to a TCVN3 line: the document writes 'PHÓ CHỦ TỊCH' too).
    """
    lex = lex or lexicon()
    matches = list(_TOKEN.finditer(text))
    toks = [m.group() for m in matches]
    got = _evidence_store(lex).get
    ev = [x if (x := got((t, enc))) is not None else token_evidence(t, enc, lex) for t in toks]
    labels = [e for e, _ in ev]
    edges = (_edge_word(prev_raw, last=True) if prev_raw and not _LINE_END.search(prev_raw.rstrip()) else None,
             _edge_word(next_line, last=False) if next_line and not _LINE_END.search(text.rstrip()) else None)
    # as a neighbour, a token with a Unicode-only letter ('thiểu') is Unicode text even
    # when the table has no code in it (its label is 0)
    side = [-1 if e == 0 and _UNICODE_VIET.search(t) else e for e, t in zip(labels, toks)]
    decide = [False] * len(toks)
    caps_font = [False] * len(toks)
    no_unicode_word = -1 not in labels  # (asked of every +1 token: once per line, not per token)
    for i, (m, (e, _dec)) in enumerate(zip(matches, ev)):
        in_font = False
        if font_runs:
            for s, t_end, fenc, caps in font_runs:
                if fenc == enc and s <= m.start() < t_end:
                    in_font = True
                    caps_font[i] = caps
        if e == 1 and (in_font or whole or no_unicode_word or not _weak(toks[i])):
            decide[i] = True
        elif e in (0, 1, 2) and _dec != toks[i]:
            inside = 0 < i < len(toks) - 1 and labels[i - 1] == 1 and labels[i + 1] == 1
            next_door = (i > 0 and labels[i - 1] == 1) or (i + 1 < len(toks) and labels[i + 1] == 1)
            if in_font or whole:
                decide[i] = True
            else:
                # Follow the neighbours: nearest labelled tokens on both sides.
                left = next((side[j] for j in range(i - 1, -1, -1) if side[j] in (1, -1)), None)
                right = next((side[j] for j in range(i + 1, len(toks)) if side[j] in (1, -1)), None)
                # a sentence runs on across lines: at a line's edge, the word on the next
                # or the previous line (as typed) is the neighbour ('... giaûm thiểu ô' +
                # 'nhiễm'); not across a sentence end (the next line may be a list item)
                if left is None and prev_raw and not _LINE_END.search(prev_raw.rstrip()):
                    left = _edge_label(prev_raw, enc, lex, last=True)
                if right is None and next_line and not _LINE_END.search(text.rstrip()):
                    right = _edge_label(next_line, enc, lex, last=False)
                sides = [x for x in (left, right) if x is not None]
                if sides and all(x == 1 for x in sides):
                    # both readings may be words ('ngoài' is VNI 'ngồi'): in a document
                    # that is not all legacy, the likelier one between its neighbours; a
                    # token whose both next-door tokens are the run's is inside it (runs
                    # are contiguous: 'suoái, hoà; Ñoàng' is 'suối, hồ; Đồng'), and with
                    # the run on one side only and not next door (a line's end) the
                    # reading must be far likelier ('UBND tØnh Phan Trung Bá' keeps the
                    # name 'Bá'; '2. VÒ §¹i lý' is '2. Về Đại lý')
                    decide[i] = e != 2 or doc_encoding == enc or inside or _likelier_here(
                        ev, toks, i, lex, margin=0.3 if len(sides) == 2 or next_door else _LM_MARGIN,
                        edges=edges)
                elif not sides and doc_encoding == enc and e in (0, 2):
                    decide[i] = True
                elif _TRANSLITERATION.search(toks[i]):
                    pass  # 'An-giê-ri' next to a run: a foreign name spelled by syllables
                elif (1 in sides and _adjacent_evidence(labels, i)
                      and (e in (1, 2) and len(_dec.strip(_PUNCT)) > 1 or e == 0 and _lone_letter(toks[i], _dec, lex))):
                    # at the edge of a run, next to the legacy text on one side and
                    # Unicode on the other ('boä, cô quan, địa phương'; 'phôc vô cho'):
                    # the likelier reading in context ('cơ quan', 'phục vụ cho')
                    decide[i] = _likelier_here(ev, toks, i, lex, edges=edges)
                elif e == 1:
                    # no word as typed, a word decoded, in a line this table explains:
                    # 'phòng, chèng tham nhòng' (its neighbours read both ways) when the
                    # reading fits its context
                    decide[i] = _likelier_here(ev, toks, i, lex, edges=edges)
                elif (e == 0 and 1 in sides and _adjacent_evidence(labels, i) and _STRONG_OR_PAIR(toks[i])
                      and not _words_ok(toks[i], lex)):
                    # neither reading a word, in the run ('Vµ TRUYÓN THÔNG': the source's own
                    # misspelling 'TRUYỂN'): as typed it is no text at all, so it is decoded
                    decide[i] = True
                elif (lm_only and e == 2 and len(_dec.strip(_PUNCT)) > 1
                      and not _used_elsewhere(toks[i], _dec, text, doc_words)):
                    # a token that reads both ways, alone: far likelier decoded in
                    # context ('Cô quan' -> 'Cơ quan', 'Tù do' -> 'Tự do'; 'cô giáo' stays)
                    decide[i] = _likelier_here(ev, toks, i, lex, margin=_LM_MARGIN, edges=edges)
    if not any(decide):
        return text, 1.0, []
    # TCVN3 maps one character to one: no normalisation, so raw and decoded lines align.
    decoded = [(DECODERS[enc](t if enc == "tcvn3" else unicodedata.normalize("NFC", t)) if d else t)
               for t, d in zip(toks, decide)]
    out = []
    last = 0
    n_amb = 0
    for i, m in enumerate(matches):
        out.append(text[last:m.start()])
        last = m.end()
        if not decide[i]:
            out.append(m.group())
            continue
        dec = decoded[i]
        if labels[i] != 1:
            n_amb += 1
        out.append(dec)
    out.append(text[last:])
    new = "".join(out)
    if enc == "tcvn3" and len(new) == len(text):
        spans = [(m.start(), m.end()) for m, d, lab in zip(matches, decide, labels)
                 if d or (lab == 0 and _SURFACE_CHARS["tcvn3"] & set(m.group()))]
        caps_spans = [(m.start(), m.end()) for m, c in zip(matches, caps_font) if c]
        new = restore_case_line(text, new, spans, prev_line=prev_line, next_line=next_line,
                                caps_font=caps_spans, lex=lex)
    n = sum(decide)
    conf = 0.995 if n_amb == 0 else max(0.6, 0.995 - 0.3 * n_amb / n)
    return new, conf, []


def _used_elsewhere(raw: str, dec: str, line: str, doc_words: dict[str, int] | None) -> bool:
    """Does the document write the token's words as typed on other lines, and never its
    decoded reading?"""
    if not doc_words:
        return False
    rw = [w.lower() for w in _WORD.findall(raw)]
    dw = [w.lower() for w in _WORD.findall(dec)]
    if not rw or any(doc_words.get(w, 0) for w in dw if w not in rw):
        return False
    own = [w.lower() for w in _WORD.findall(line)]
    return all(doc_words.get(w, 0) > own.count(w) for w in rw)


def _runs_for(line: Line) -> list[tuple[int, int, str, bool]]:
    runs = []
    for fr in line.fonts or []:
        enc, caps = font_encoding(fr.font)
        if enc:
            runs.append((fr.start, fr.end, enc, caps))
    return runs


# (token, tables used) -> the alternatives of its per-token 'encoding' row (repair_encoding)
_READINGS: dict[tuple[str, tuple[str, ...]], list[str]] = {}


def repair_encoding(doc: Document, config: Config) -> Document:
    """Find and decode legacy-encoded lines and runs; one 'encoding' repair row per change."""
    # Fast path: clean Unicode text has none of the legacy-only characters, so a document
    # without any (and without legacy font names) is returned after one regex per line.
    # one search over the document's distinct tokens first (none of the three patterns
    # spans white space: pipeline.repair.docview): a clean document has none of these at all
    # ('\x1e' and '\x85' are legacy characters that split() takes for white space: looked
    # for in the whole text)
    v = view(doc)
    tokens = v.token_text
    if (_STRONG.search(tokens) is None and _VNI_PAIR.search(tokens) is None and _MIXED_CASE.search(tokens) is None
            and not any(c in v.joined for c in _STRONG_SPACES) and not any(ln.fonts for ln in doc.lines)):
        return doc
    strong = [bool(line.text) and not line.text.isascii()
              and (_STRONG.search(line.text) is not None or _VNI_PAIR.search(line.text) is not None
                   or _MIXED_CASE.search(line.text) is not None)
              for line in doc.lines]
    has_fonts = any(_runs_for(ln) for ln in doc.lines if ln.fonts)
    if not any(strong) and not has_fonts:
        return doc
    lex = lexicon()
    votes = []
    totals = {enc: [0, 0] for enc in DECODERS}
    for line, st in zip(doc.lines, strong):
        if not st:
            votes.append(None)
            continue
        v = _line_votes(line.text, lex)
        votes.append(v)
        for enc, (p, n, _a) in v.items():
            totals[enc][0] += p
            totals[enc][1] += n
    best = max(totals, key=lambda e: totals[e][0] - totals[e][1])
    # A legacy document, not a Unicode one with legacy lines: its lines with Unicode-only
    # letters ('ệ', 'ơ') must be few (they are fast-path lines, so they are counted here).
    unicode_lines = sum(1 for line, st in zip(doc.lines, strong) if not st and _UNICODE_VIET.search(line.text))
    legacy_lines = sum(strong)
    doc_enc = best if (totals[best][0] >= 3 and totals[best][0] > 4 * totals[best][1]
                       and legacy_lines >= 4 * unicode_lines) else None
    if doc_enc:
        doc.meta["legacy_encoding"] = doc_enc
    # the table of a mixed document's runs (the most tokens explained), when it has some
    mixed_enc = max(totals, key=lambda e: totals[e][0]) if not doc_enc and max(
        p for p, _n in totals.values()) >= 3 else None
    if doc_enc or max(p for p, _n in totals.values()) >= 3:
        # a legacy document, or a Unicode one with legacy runs pasted in: lines with only
        # look-alike characters ('cã', 'Thêi gian thùc hiện', 'kinh tÕ quèc gia') are read
        # too (a clean document never gets here: it has no legacy-only character at all)
        for k, line in enumerate(doc.lines):
            if votes[k] is None and line.text and not line.text.isascii():
                votes[k] = _line_votes(line.text, lex)
    # the words of the document's Unicode lines (no legacy character): evidence for the
    # LM-only rule (decode_line's doc_words)
    doc_words: dict[str, int] | None = None
    if mixed_enc:
        doc_words = {}
        for line, st in zip(doc.lines, strong):
            if not st:
                for w in _WORD.findall(line.text):
                    w = w.lower()
                    doc_words[w] = doc_words.get(w, 0) + 1
    prev_text: str | None = None
    prev_raw: str | None = None  # the previous non-blank line as it came (before decoding)
    # (token, tables used) -> its per-token row's alternatives: how the other tables read it
    # (a function of the two alone, so kept for the process: the rows copy the list)
    if len(_READINGS) > 200_000:
        _READINGS.clear()
    readings = _READINGS
    # the next non-blank line (its first word is the right context of a line's last word)
    next_text: dict[int, str | None] = {}
    nxt: str | None = None
    for line in reversed(doc.lines):
        next_text[line.number] = nxt
        if line.text.strip():
            nxt = line.text
    for line, v in zip(doc.lines, votes):
        runs = _runs_for(line) if line.text == line.raw else []
        if v is None and not runs:
            if line.text.strip():
                prev_text = prev_raw = line.text
            continue
        cands = []
        if runs:
            cands = sorted({r[2] for r in runs})
        if v:
            # The document's table first where it breaks nothing; then the table that
            # explains most tokens (a TCVN3 run 'c¸c së ngµnh liªn vµ' reads as words in
            # TCVN3, only 'së' and 'liªn' do in VISCII), then the one whose reading of the
            # legacy-looking tokens is likelier ('m· sè nh©n viên': TCVN3 'mã số nhân', VISCII
            # 'mở sè nhẹn').  Its -1 tokens (Unicode words it would break, 'các' -> 'cỏc')
            # are left as they are by decode_line, so they only break the last ties: TCVN3
            # breaks most Unicode words, and ranking by them first made VISCII win runs.
            def first(kv: tuple) -> tuple:
                return (kv[0] == doc_enc and kv[1][1] == 0, kv[1][0])

            scored = sorted(v.items(), key=first, reverse=True)
            if first(scored[0]) == first(scored[1]):  # the reading (LM calls) only for a tie
                scored = sorted(v.items(), key=lambda kv: first(kv) + (_reading_score(line.text, kv[0], lex),
                                                                       -kv[1][1]), reverse=True)
            for enc, (p, n, a) in scored:
                if (p >= 1 or (enc == doc_enc and n == 0)) and enc not in cands:
                    cands.append(enc)
            if mixed_enc and mixed_enc not in cands and v[mixed_enc][2] >= 1:
                cands.append(mixed_enc)  # tokens that read both ways: the LM decides, by a wide margin
        new = raw_text = line.text
        conf = 1.0
        used = []
        for enc in cands[:2] + [e for e in cands[2:] if e == mixed_enc]:
            cand, c, _alts = decode_line(new, enc, doc_encoding=doc_enc, prev_line=prev_text, next_line=next_text.get(line.number),
                                         prev_raw=prev_raw, lm_only=enc == mixed_enc, doc_words=doc_words,
                                         font_runs=runs, lex=lex)
            if cand != new:
                new, conf, used = cand, min(conf, c), used + [enc]
        if new != line.text:
            note = f"legacy {'+'.join(used)} text" + (" (font)" if runs else "")
            old_toks = list(_TOKEN.finditer(line.text))
            new_toks = list(_TOKEN.finditer(new))
            if len(old_toks) != len(new_toks):
                record_change(doc, line, new, "encoding", conf, alternatives=["left as typed"],
                              threshold=config.review_threshold, note=note)
            else:
                # one row per decoded token: what it was, and how the other tables read it
                # (each token's column as the line reads after the tokens before it changed;
                # the line is joined once, not rebuilt per token, and a token's readings are
                # asked once per document and tables used)
                shift = 0
                used_key = tuple(used)
                others = [(e, DECODERS[e]) for e in DECODERS if e not in used]
                changes = []
                pieces = []
                last = 0
                cur = line.text
                for o, n in zip(old_toks, new_toks):
                    og, ng = o.group(), n.group()
                    if og == ng:
                        continue
                    alts = readings.get((og, used_key))
                    if alts is None:
                        alts = readings[(og, used_key)] = ([f"as typed: {og}"] + [
                            f"as {e}: {d}" for e, dec in others if (d := dec(og)) != og])[:3]
                    changes.append((o.start() + shift, og, ng, alts))
                    pieces.append(cur[last:o.start()])
                    pieces.append(ng)
                    last = o.end()
                    shift += len(ng) - len(og)
                pieces.append(cur[last:])
                record_token_changes(doc, line, "".join(pieces), "encoding", conf, changes,
                                     threshold=config.review_threshold, note=note)
                if line.text != new:  # white space or anything the tokens did not cover
                    record_change(doc, line, new, "encoding", conf, threshold=config.review_threshold, note=note)
        if line.text.strip():
            prev_text = line.text
            prev_raw = raw_text
    return doc


# ----------------------------------------------------------------------------- bytes
def _decode_bytes_whole(data: bytes, enc: str) -> str:
    """A whole 8-bit file in ``enc``: decode every line, restore TCVN3 capitals."""
    if enc == "tcvn3":
        # 0x80-0x9F: Windows punctuation (quotes, dashes, '…') as Word saved it, which the
        # '.Vn' fonts share; the VN1 capitals there only where Windows has no character
        text = "".join(_c1_char(b) if 0x80 <= b <= 0x9F else chr(b) for b in data)
        lines = text.split("\n")
        out = []
        prev = None
        for ln in lines:
            new, _c, _a = decode_line(ln, "tcvn3", prev_line=prev, whole=True)
            out.append(new)
            prev = new
        return unicodedata.normalize("NFC", "\n".join(out))
    if enc == "vni":
        return unicodedata.normalize("NFC", decode_vni(data.decode("cp1252", errors="strict")))
    if enc == "viscii":
        return unicodedata.normalize("NFC", "".join(chr(_VISCII.get(b, b)) for b in data))
    raise ValueError(enc)


def _c1_char(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)  # decoded as a VN1 capital by the line decoder


def _plausible(text: str) -> str:
    """Vietnamese in any encoding is mostly ASCII letters and spaces; bytes that decode to a
    wall of accented capitals are not text in this encoding."""
    sample = text[:20000]
    plain = sum(1 for ch in sample if ch == " " or ("a" <= ch <= "z") or ("A" <= ch <= "Z"))
    if not sample or plain < 0.5 * len(sample):
        raise ValueError("not plausible as Vietnamese text in this encoding")
    return text


def byte_decoders() -> Iterator[tuple[str, Callable[[bytes], str]]]:
    """(encoding name, bytes -> str) for the 8-bit legacy encodings, for text ingestion.
    A decoder raises ValueError when the bytes cannot be text in its encoding."""
    for enc in ("tcvn3", "vni", "viscii"):
        yield enc, (lambda data, _e=enc: _plausible(_decode_bytes_whole(data, _e)))


__all__ = [
    "byte_decoders", "decode_line", "decode_tcvn3", "decode_vni", "decode_viscii", "encode_tcvn3",
    "encode_vni", "encode_viscii", "font_encoding", "repair_encoding", "restore_case_line", "token_evidence",
    "FontRun", "ENCODERS", "DECODERS",
]
