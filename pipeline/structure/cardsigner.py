"""(points22) The signer a portal's or legal site's card names above a text printed without its signature.

A legal site prints its property list as label and value with only a space between ('Người ký Trần Song Tùng',
after 'Số hiệu 06/CT-UBND', 'Ngày ban hành 22/05/2025'); a ward or district portal prints the label on a line of its
own and the value on the next one ('Người ký văn bản: ' + a blank line + 'Lã Quang Thức').  posted.site_metadata
reads a label with a colon or a table bar and its value on the same line; these two layouts are read here.  Only
a personal name is taken (titles.is_personal_name: a signed PDF's stamp, 'Người ký: Ủy ban nhân dân tỉnh ...',
names the body), and only among the card's first lines."""
from __future__ import annotations

import re

from pipeline.model import Document

__all__ = ["card_signer"]

_LABEL = r"Người\s+ký(?:\s+văn\s+bản)?"
# 'Người ký Trần Song Tùng' (label, a space, the name; nothing else on the line)
_SAME_LINE_RE = re.compile(r"^\s*" + _LABEL + r"\s*[:|]?\s+(?P<v>[^\W\d_][^:|;,.()\d]{3,40}?)\s*$", re.I)
# 'Người ký văn bản:' alone on its line
_LABEL_ONLY_RE = re.compile(r"^\s*" + _LABEL + r"\s*:?\s*$", re.I)


def card_signer(doc: Document, reach: int = 40) -> str | None:
    """The person a card's 'Người ký' label names among the first ``reach`` non-blank lines, or None."""
    from pipeline.structure.titles import is_personal_name

    texts = [ln.text.strip() for ln in doc.lines[:reach * 3] if ln.text.strip()][:reach]
    for k, t in enumerate(texts):
        m = _SAME_LINE_RE.match(t)
        if m and is_personal_name(m.group("v").strip()):
            return m.group("v").strip()
        if _LABEL_ONLY_RE.match(t) and k + 1 < len(texts):
            v = texts[k + 1].strip(" .;")
            if len(v.split()) <= 6 and is_personal_name(v):
                return v
    return None
