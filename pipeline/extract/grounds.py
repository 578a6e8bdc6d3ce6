"""A plan's grounds section: the documents it is built on, not duties (points21).

'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH' / '1. Quyết định số 924/QĐ-TTg ngày 22 tháng 8 năm 2022 của Thủ tướng Chính
phủ phê duyệt Chương trình ...;' / '2. Thông tư 05/2022/TT-BNNPTNT ...': the numbered items under a heading
that names the grounds ('CĂN CỨ', 'Căn cứ pháp lý', 'CƠ SỞ XÂY DỰNG KẾ HOẠCH', 'Cơ sở pháp lý và thực
tiễn') cite the documents and the facts the plan rests on. Grounds printed as 'Căn cứ ...' lines are
already preamble; printed as a list under such a heading, without the word on each item, they are the
same thing (ANNOTATION.md: grounds are not annotated). Only a heading that is all grounds counts: 'I.
Căn cứ pháp lý và hướng dẫn cung cấp thông tin' also holds the guidance, whose steps are duties.
"""
from __future__ import annotations

import re

_WHAT = r"(?:KẾ\s+HOẠCH|ĐỀ\s+ÁN|CHƯƠNG\s+TRÌNH|PHƯƠNG\s+ÁN|VĂN\s+BẢN|QUY\s+CHẾ|CHỈ\s+THỊ|NGHỊ\s+QUYẾT|DỰ\s+ÁN|QUYẾT\s+ĐỊNH)"
_KIND = r"(?:PHÁP\s+LÝ|THỰC\s+TIỄN|CHÍNH\s+TRỊ|KHOA\s+HỌC)"
_ACT = r"(?:(?:ĐỂ\s+)?(?:XÂY\s+DỰNG|BAN\s+HÀNH|LẬP|ĐỀ\s+RA|THỰC\s+HIỆN)(?:\s+(?:VÀ|,)\s*(?:XÂY\s+DỰNG|BAN\s+HÀNH|THỰC\s+HIỆN))?)"
GROUNDS_HEADING_RE = re.compile(
    r"^(?:CĂN\s+CỨ|CƠ\s+SỞ)(?:\s+" + _KIND + r")?(?:\s+" + _ACT + r")?(?:\s+" + _WHAT + r")?"
    r"(?:\s*(?:,|VÀ)\s*(?:(?:CĂN\s+CỨ|CƠ\s+SỞ)\s+)?" + _KIND + r")*\s*[:.]?$", re.I)


def grounds_heading(text: str) -> bool:
    """Whether a heading's text names a section of grounds only (see GROUNDS_HEADING_RE)."""
    return GROUNDS_HEADING_RE.match(re.sub(r"\s+", " ", text.strip())) is not None
