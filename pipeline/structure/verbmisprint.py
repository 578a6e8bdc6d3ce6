"""(points31, H20) A misprinted 'ban hành' right before a named, numbered document is read as 'ban hành'.

Why: a press item's lead 'Ngày 14/4/2016, UBND quận 10, thành phố Hồ Chí Minh đã banh hành quyết định số
3271/UBND-KT về việc ...' (unseen31 ft5) names the document the item is about, but the lead readers of a body-only
page (``posted.posted_header``) look for 'ban hành' between the body and the type, and the stray 'h' hid the
document's type, number and date; with 'ban hành' all three are read.  The same slip with another letter: 'Cảng vụ
Hàng hải Bình Thuận đã bản hành văn bản 879/CVHHBT-PC-TT-ATANHH ngày 23/9/2021' (a port authority's news item of
the pages corpus, benchmarks/data/office_spans.jsonl).  Searched besides: the gazette corpus, realdocs, the
development texts and every benchmark text for 'banh hành', 'bàn hành', 'bạn hành', 'bân hành' before a type:
none; 'bàn hành chính' and 'bản hành chính' (an administrative desk, 'văn bản hành chính') are other words, and
none of them stands before a document's type and number.

Only the word before 'hành' is mended, only when a type ('quyết định', 'kế hoạch', 'công văn', 'văn bản', ...) and
a number follow ('số 3271/...', '879/...'), so 'văn bản hành chính' and a desk are never touched.
"""
from __future__ import annotations

import re

__all__ = ["mend_issue_verb"]

_TYPES = r"(?:Công\s+văn|Văn\s+bản|Công\s+điện|Chỉ\s+thị|Quyết\s+định|Kế\s+hoạch|Thông\s+báo|Kết\s+luận|Hướng\s+dẫn|Nghị\s+quyết)"
_MISPRINT_RE = re.compile(
    r"(?<![^\W_])(?:banh|bản|bàn|bạn|bân)(?=\s+hành\s+" + _TYPES + r"\s+(?:số\s*:?\s*)?\d{1,5}(?:/|\s*-|\s+ngày|\s))", re.I)


def mend_issue_verb(text: str) -> str:
    """``text`` with a misprinted 'ban' of 'ban hành' before a numbered document put right (see the docstring)."""
    return _MISPRINT_RE.sub(lambda m: "Ban" if m.group(0)[0].isupper() else "ban", text)
