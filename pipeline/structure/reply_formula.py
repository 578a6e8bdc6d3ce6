"""header46: the body that answers a citizen's report in a portal's reply formula, for bodies posted's speaker reader does
not name.

A province's interaction portal prints each answer as 'Kính gửi: Quý Ông/Bà.' then 'Vấn đề quý Ông/Bà phản ánh, <body> xin
thông báo kết quả như sau:' or '<body> (đã) kiểm tra và trả lời như sau:' (counted on every text, benchmarks/header46_counts.py:
34 replies -- 17 in samples/text, 4 in unseen_repair, 2 in the unseen sets, 11 in header_fields --, wards', communes', a
town's, a department's and a project board's; posted.SPEAKER_RE reads all but the board's).  The answering body is the issuer (ANNOTATION.md:
the body that signs; the reply is its letter); a project management board, 'Ban Quản lý dự án Đầu tư xây dựng và Phát
triển đô thị (Ban QLDA) xin thông báo kết quả như sau:', is read here, its short name in brackets dropped.
"""
from __future__ import annotations

import re

from pipeline.structure.holder_names import HOLDER_HEAD

_REPLY_RE = re.compile(r"^\s*(?:Vấn\s+đề|Về\s+(?:việc|nội\s+dung|vấn\s+đề))\s[^:;.]{0,200}?,\s*(?P<body>" + HOLDER_HEAD +
                       r"[^,;:.()]{2,100}?)(?:\s*\([^()]{1,30}\))?\s+"
                       # (the answer's checking before it, 'UBND phường X đã kiểm tra và trả lời như sau:')
                       r"(?:(?:đã\s+)?(?:kiểm\s+tra|xác\s+minh|rà\s+soát)\s*(?:,|và)\s+)?"
                       r"(?:xin\s+)?(?:thông\s+báo|trả\s+lời)\s+(?:kết\s+quả|như\s+sau)")


def replying_body(texts: list[str], reach: int = 6) -> str | None:
    """The body a reply formula in the first lines names (see the module's docstring), or None."""
    for t in texts[:reach]:
        m = _REPLY_RE.match(t)
        if m:
            return re.sub(r"\s+", " ", m.group("body")).strip()
    return None
