"""(points22) Under a lead-in's addressees, 'Yêu cầu cán bộ, công chức, viên chức ...' is the addressees' own duty.

'UBND yêu cầu Thủ trưởng các sở, ban, ngành ...; Chủ tịch UBND các huyện ..., triển khai thực hiện nội dung như
sau:' + 'Yêu cầu cán bộ, công chức, viên chức, người lao động và người dân không tham gia săn, bắt ...': the
point is the heads' duty toward the staff they manage (and the public of their area); the staff asked are the
directed side, as 'Chỉ đạo X' lists no X (ANNOTATION.md; samples/gold/README.md: under a directed body, whom it
asks is no office).  Only an ask whose list OPENS on the staff of a body ('cán bộ', 'công chức', 'viên chức',
'người lao động', 'đoàn viên', 'hội viên', 'đảng viên') is read so: a point asking a body ('Yêu cầu Sở Y tế
...') or the public alone ('Đề nghị toàn thể Nhân dân ...', README: the public asked is the office) keeps its
own offices."""
from __future__ import annotations

import re

__all__ = ["asks_own_staff"]

_STAFF_ASK_RE = re.compile(
    r"\s*(?:[-+•–]\s*)?(?:Đồng\s+thời\s*,?\s*)?(?:Yêu\s+cầu|Đề\s+nghị|Vận\s+động|Nhắc\s+nhở)\s+"
    r"(?:(?:toàn\s+thể|tất\s+cả|các|mọi|100\s*%)\s+)?(?:đội\s+ngũ\s+)?"
    r"(?:cán\s+bộ|công\s+chức|viên\s+chức|người\s+lao\s+động|CBCCVC|CB\s*,\s*CC|đảng\s+viên|đoàn\s+viên|hội\s+viên)"
    r"(?![^\W_])", re.I)


def asks_own_staff(text: str) -> bool:
    """Does the point open on an ask of staff ('Yêu cầu cán bộ, công chức, viên chức ...')?"""
    return bool(_STAFF_ASK_RE.match(text))
