"""A notice of conclusions named in an item's prose is typed "Thông báo kết luận".

Why: a portal or press item that retells a notice names it in prose -- 'Văn phòng UBND TPHCM vừa có thông báo kết
luận cuộc họp ...' (the noun phrase) or 'ban hành Thông báo số 47/TB-VPCP ngày 21/2/2022 kết luận của Phó Thủ
tướng ...', 'nhận được Thông báo số 81/TB-UBND về “Kết luận của Chủ tịch UBND tỉnh ...' (the numbered twin). The
document it names is headed 'THÔNG BÁO / Kết luận của ...', which the development gold types "Thông báo kết luận"
in all 14 whole notices; samples/gold/README.md (session 31, labels31's call (1)) types the prose forms the same way.
The readers of a body-only document (`posted.posted_header`) type them by the word 'thông báo' alone; this module
is the one place that looks at what the named notice is about.

Not a conclusion notice: 'thông báo ý kiến của Chủ tịch ... về việc ... kết luận thanh tra' (the conclusion is not
what the notice is), 'thông báo' of anything else.
"""
from __future__ import annotations

import re
from typing import Sequence

NOTICE = "Thông báo"
CONCLUSION_NOTICE = "Thông báo kết luận"

# 'thông báo' + optional number ('số 704 /TB-VPUBND'), optional day ('ngày 21/2/2022'), optional 'về', an optional
# opening quote, then 'kết luận' as a word
_CONCLUSION_NAMED_RE = re.compile(
    r"(?<![^\W_])thông\s+báo"
    r"(?P<number>\s+số\s*[0-9][\w./&\-]*(?:\s*/\s*[\w.&\-]+)*)?"
    r"(?:\s*,?\s*ngày\s+\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4})?"
    r"(?:\s+về(?:\s+việc)?)?"
    r"\s*[“\"']?\s*kết\s+luận(?![^\W_])",
    re.IGNORECASE)


def _compact(number: str) -> str:
    return re.sub(r"\s+", "", number).lower()


def names_conclusion_notice(texts: Sequence[str], number: str | None) -> bool:
    """Do the item's opening ``texts`` name its notice as a notice of conclusions?

    When the item's ``number`` is known, only a mention carrying that number counts (another notice the item cites
    in passing leaves the type alone); with no number, a prose mention without a number counts."""
    number_c = _compact(number) if number is not None else None
    for text in texts:
        for m in _CONCLUSION_NAMED_RE.finditer(text):
            named = m.group("number")
            if number_c is None:
                if not named:
                    return True
                continue
            if named:
                named_c = _compact(named)[len("số"):]
                if named_c == number_c or number_c.startswith(named_c) or named_c.startswith(number_c):
                    return True
    return False


def conclusion_type(doc_type: str | None, texts: Sequence[str], number: str | None) -> str | None:
    """``doc_type``, or "Thông báo kết luận" when it is "Thông báo" and the texts name a notice of conclusions."""
    if doc_type == NOTICE and names_conclusion_notice(texts, number):
        return CONCLUSION_NOTICE
    return doc_type


__all__ = ["names_conclusion_notice", "conclusion_type", "CONCLUSION_NOTICE"]
