"""(office28) A lead-in that names who must do the duties listed under it by a modal duty, not by 'có trách
nhiệm': 'Trưởng phòng phải thực hiện đầy đủ chế độ thông tin báo cáo gồm:', 'Ngoài việc thực hiện theo các
khoản 1 và 2 Điều này, Chánh Văn phòng còn phải thực hiện các nhiệm vụ sau đây:'.

A regulation (quy chế) of an office lists each post's reporting duties this way; the items under it ('a)
Báo cáo kết quả thực hiện nhiệm vụ hàng tháng của phòng: chậm nhất ngày 20 hàng tháng;') name no one, and
``assign.heading_offices`` read a duty lead-in only as 'X có trách nhiệm / có (các) nhiệm vụ (sau đây):'.
This module finds the holder; assign.py names it as it names the holder of 'X có trách nhiệm:'.  A post
('Trưởng phòng', 'Chánh Văn phòng', 'Giám đốc Sở', 'Thủ trưởng các đơn vị') is taken as written, since the
gold names the post the text names (ANNOTATION.md: offices as written).
"""
from __future__ import annotations

import re

__all__ = ["duty_holder", "post_as_written"]

# '<frame>, <who> (còn / cũng) phải / cần thực hiện (đầy đủ / nghiêm túc) (các / những) <duties> (sau (đây) /
# như sau / gồm / bao gồm):'  -- the duties announced by a list word, so the items below are them
_DUTY_HOLDER_RE = re.compile(
    r"^\s*(?:[^,:;]{3,120},\s*)?(?P<who>[^,:;]{2,80}?)\s+(?:còn\s+|cũng\s+)?(?:phải|cần)\s+thực\s+hiện\s+"
    r"(?:đầy\s+đủ\s+|nghiêm\s+túc\s+|tốt\s+)?(?:(?:các|những|một\s+số)\s+)?"
    r"(?:nhiệm\s+vụ|chế\s+độ|nội\s+dung|công\s+việc|việc|yêu\s+cầu|quy\s+định)(?:\s+[^:;]{0,60}?)?"
    r"\s+(?:sau(?:\s+đây)?|như\s+sau|gồm|bao\s+gồm)\s*:\s*$", re.I)

# the head of a post ('Trưởng phòng', 'Chánh Văn phòng', 'Thủ trưởng các đơn vị', 'Giám đốc Sở')
_POST_RE = re.compile(
    r"(?:các\s+)?(?:Trưởng|Phó\s+Trưởng|Chánh|Phó\s+Chánh|Giám\s+đốc|Phó\s+Giám\s+đốc|Chủ\s+tịch|Thủ\s+trưởng|"
    r"Bí\s+thư|Hiệu\s+trưởng|Chỉ\s+huy\s+trưởng|Tổng\s+biên\s+tập|Kế\s+toán\s+trưởng)(?![^\W_])", re.I)

# words a holder never holds: a clause, not a name
_NOT_A_NAME_RE = re.compile(r"(?<![^\W_])(?:là|đã|sẽ|đang|được|khi|nếu|thì|để|nhằm)(?![^\W_])", re.I)


def duty_holder(text: str) -> str | None:
    """The holder a lead-in gives the duties listed under it by a modal duty ('Trưởng phòng phải thực
    hiện đầy đủ chế độ thông tin báo cáo gồm:' -> 'Trưởng phòng'), or None."""
    m = _DUTY_HOLDER_RE.match(text)
    if m is None:
        return None
    who = re.sub(r"\s+", " ", m.group("who")).strip()
    if len(who.split()) > 12 or _NOT_A_NAME_RE.search(who) or not who[:1].isupper() and not who.startswith(("các ", "những ")):
        return None
    return who


def post_as_written(who: str) -> bool:
    """Is the holder a post, named as written ('Chánh Văn phòng', 'Trưởng phòng')?"""
    return _POST_RE.match(who) is not None and len(who.split()) <= 8
