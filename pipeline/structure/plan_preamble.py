"""(header38) The body a posted plan names in its own preamble: '<body> xây dựng Kế hoạch ... (với nội dung) như sau:'.

A plan posted on a portal or a blog without its header block keeps the sentence that introduces its parts: 'Ủy ban nhân
dân huyện xây dựng Kế hoạch tổ chức các hoạt động với nội dung như sau:' (unseen_repair p18, Hữu Lũng), 'Uỷ ban nhân dân
tỉnh xây dựng Kế hoạch tổ chức kỷ niệm ... như sau:' (unseen_repair p16, Vĩnh Phúc), 'Ủy ban nhân dân huyện Xây dựng Kế
hoạch tổ chức rà soát ..., như sau:' (header_fields ym2, U Minh Thượng), '... . Ban điều hành Chương trình MTQG Nước sạch
và VSMT Hà Nam xây dựng kế hoạch thực hiện Chương trình năm 2014 của tỉnh với các nội dung sau:' (snnptnt.hanam.gov.vn,
pages corpus). With no 'vừa / đã' it is no news lead, and no reader took its body (measure28's H7, counted by header37):
the body is the plan's issuer, and the document a "Kế hoạch".

The sentence must end on the colon that opens the plan's parts ('như sau:', 'sau:'): a news item's 'UBND xã X xây dựng kế
hoạch tổ chức ...' with no colon tells an act and is left to the press readers. It may follow the plan's grounds in the
same paragraph ('Thực hiện Công văn số N ... . <body> xây dựng ...') or a clause of purpose ('Để ..., <body> xây dựng
...'); the body is read where the sentence starts.
"""

from __future__ import annotations

import re

from pipeline.structure.posted import _LEAD_BODY, _body

# a steering or managing board names itself in full ('Ban điều hành Chương trình MTQG Nước sạch và VSMT Hà Nam')
_BOARD = r"Ban\s+(?:[Đđ]iều\s+hành|[Cc]hỉ\s+đạo)\s+[A-ZĐÀ-Ỹ][^,:;.()]{2,100}?"
_PREAMBLE_RE = re.compile(
    r"(?:^|(?<=[.;])\s+)(?:(?:Để|Nhằm)\s[^:;.]{3,250}?,\s*)?(?P<body>" + _LEAD_BODY + "|" + _BOARD + r")"
    r"\s+(?:[Xx]ây\s+dựng|ban\s+hành)\s+[Kk]ế\s+hoạch(?![^\W_])[^:]{0,400}?(?:như\s+sau|sau)\s*:\s*$")


def plan_preamble_issuer(texts: list[str]) -> str | None:
    """The body whose plan's preamble ends a line with '... như sau:' (see the module's docstring), or None."""
    for t in texts:
        m = _PREAMBLE_RE.search(t.strip())
        if m:
            return _body(m.group("body"))
    return None
