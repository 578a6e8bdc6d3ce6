"""(forms19) One list of the words that name a document a body issues and asks in.

Three readers take the same idiom, 'X (vừa) ban hành / có / ký / gửi <document> ..., đề nghị Y ...':
`reportask._ISSUED_RE` (reach18: the ask after a reported document's topic), `relay._ISSUED_DOC_ASK_RE`
(relay17: an earlier numbered document's ask told as history) and `relay._BARE_LETTER_ASK_RE` (relay17:
'X có văn bản đề nghị Y' in a press item).  Each had its own list of document words, so a document
kind one of them knew ('kế hoạch', 'hướng dẫn', 'thư') was missed by another.  They all build their
alternation from `ASK_DOCUMENT_WORDS` now.
"""
from __future__ import annotations

# the kinds of document that carry an ask to other bodies (lower case; spaces read as \s+)
ASK_DOCUMENT_WORDS = (
    "công văn", "văn bản", "công điện", "quyết định", "chỉ thị", "thông báo", "kế hoạch",
    "thông tư", "hướng dẫn", "điện", "thư",
)


def ask_document_alternation(words=ASK_DOCUMENT_WORDS) -> str:
    """A non-capturing regex alternation of the document words (to be compiled with re.I), longest
    first so that 'công điện' is read before 'điện'."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(w.replace(" ", r"\s+") for w in ordered) + ")"
