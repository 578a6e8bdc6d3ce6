"""Syllables and LM tokens: one tokenizer shared by the model builder and the repairers.

The language model is over *syllables* (Vietnamese writes one syllable per space-separated
token), lower-cased, NFC, with tone marks placed by the new convention ('hòa', 'thủy') so
that 'hoà' and 'hòa' are one event.  Everything that is not a syllable becomes a class
token: numbers, dates and document numbers ('119-KH/TU', '15/3/2020') are ``<num>``,
letter codes ('QĐ-UBND', 'KT-XH') ``<code>``, anything else unknown ``<unk>``.  That way
'Kế hoạch số 119-KH/TU' gives 'số' a right context (``<num>``).

Commas, brackets, quotes and dashes do *not* end the context (a list 'sở, ban, ngành' is
read as one run: the peer restorer lost its context at every comma); sentence punctuation
(. ; : ! ?) does, as do the ends of lines in the builder's paragraph joiner.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline.repair.codepoints import apply_tone_convention
from pipeline.vietnamese import SHAPE_RE, has_syllable_shape, strip_accents  # noqa: F401 - shape re-exported

BOS = "<s>"
EOS = "</s>"
NUM = "<num>"
CODE = "<code>"
UNK = "<unk>"
SPECIAL = (BOS, EOS, UNK, NUM, CODE)

# A token: a run of letters/digits joined by - / . _ (codes, dates, 'b/c'), or one other char.
TOKEN_RE = re.compile(r"[^\W_]+(?:[-/._][^\W_]+)*|[^\s]", re.UNICODE)
SENTENCE_END = frozenset(".;!?…")  # ":" does not end the context: "Số: 435/QĐ-UBND", "Kính gửi: ..."
_LETTERS = re.compile(r"^[^\W\d_]+$", re.UNICODE)

@lru_cache(maxsize=200_000)
def norm_syllable(word: str) -> str:
    """Lower-case, NFC, new tone placement: the form the LM stores."""
    w = unicodedata.normalize("NFC", word).lower()
    return apply_tone_convention(w, "new")


def skeleton(word: str) -> str:
    """Accent-stripped lower-case key: 'Đôn' -> 'don'."""
    return strip_accents(word.lower())


def token_class(tok: str) -> str | None:
    """The LM token for a raw text token, or None for punctuation that is skipped.

    Returns BOS for a sentence end (the caller starts a new sentence), the lower-case
    syllable for a word, or a class token.
    """
    if tok in SENTENCE_END:
        return EOS
    if len(tok) == 1 and not tok.isalnum():
        return None  # , ( ) " - … : kept out of the context
    if any(ch.isdigit() for ch in tok):
        return NUM
    if _LETTERS.match(tok):
        return norm_syllable(tok)
    return CODE  # letters joined by - / . : QĐ-UBND, KT-XH, b/c


def sentences(text: str) -> list[list[str]]:
    """Token sequences (no BOS/EOS) of a clean paragraph, split at sentence punctuation."""
    out: list[list[str]] = []
    cur: list[str] = []
    for m in TOKEN_RE.finditer(text):
        c = token_class(m.group())
        if c is None:
            continue
        if c == EOS:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(c)
    if cur:
        out.append(cur)
    return out
