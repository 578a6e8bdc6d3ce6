"""header46: a press headline that names its body before a colon, 'Bộ Y tế: Triển khai tiêm bổ sung, nhắc lại vaccine ...'.

Counted on every text's first line (a body's name by structure/holder_names.py, then ': '): 8 texts; where the item is
labelled, the body before the colon is its issuer (4 of 4: 'Bộ Y tế', 'UBND tỉnh Gia Lai', 'Sở Giáo dục và Đào tạo TP
HCM', 'UBND XÃ BẮC SƠN'), the other readers gave three of them already.  Read last, on the first line only: a body named so
in a later line is a subheading of a digest.
"""
from __future__ import annotations

import re

from pipeline.structure.holder_names import holder_name

_HEADLINE_RE = re.compile(r"^\s*(?P<body>[^:]{3,70}?)\s*:\s+\S")


def headline_body(texts: list[str]) -> str | None:
    """The body the item's first line names before a colon (see the module's docstring), or None."""
    m = _HEADLINE_RE.match(texts[0]) if texts else None
    return holder_name(m.group("body")) if m else None
