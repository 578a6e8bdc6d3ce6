"""Partners joined to the doer's own work by 'cùng (với)': '<doer> tham mưu / tập trung / tham gia /
chủ trì cùng (với) <bodies> <verb> ...'.

Why: a body that advises, concentrates, takes part or leads *together with* others shares the work
with them exactly as '<doer> ... phối hợp với <bodies>' says it, and the gold lists those bodies
as offices (office_spans ob10-009 'Trưởng phòng GD&ĐT các quận huyện tham mưu cùng UBND các quận
huyện xây dựng ...', ob54-004 'Hội Liên hiệp Phụ nữ cần tập trung cùng với các cơ quan liên quan
làm tốt ...', ob56-001 '... tham gia cùng Ban Chỉ đạo giảm nghèo cấp xã giải quyết ...', the
development text zf1 'Công an tỉnh chủ trì cùng với chính quyền địa phương, ngành y tế ...'; the
gazette's and x7's 'Tham gia cùng với các cơ quan quản lý nhà nước ...').  The office reader already
reads 'chủ trì cùng (với)' before a capital or a plural (offices._LEAD_JOINTLY_RE) and 'phối hợp
cùng'; after the other verbs, and after 'chủ trì' before a lower-case body head ('chính quyền',
'ngành'), the bodies were dropped.

The rewrite says the same thing in the words the reader knows ('... tham mưu phối hợp với UBND
...'); it only fires on a closed set of verbs of shared work and only when a body follows 'cùng
(với)': 'cùng cấp', 'cùng nhau', 'cùng kỳ', 'cùng với đó', and bodies that are only met ('làm việc
cùng đoàn') are untouched.
"""
from __future__ import annotations

import re

# the body a partner's name opens on: a plural, a capital, or a lower-case head of a body's name
_BODY_AHEAD = (r"(?=(?:các|những)\s|(?-i:[A-ZĐ])|"
               r"(?:chính\s+quyền|ngành|cơ\s+quan|đơn\s+vị|lực\s+lượng|địa\s+phương|đoàn\s+thể|tổ\s+chức|"
               r"mặt\s+trận|ban\s+chỉ\s+đạo|ủy\s+ban|uỷ\s+ban)(?![^\W_]))")

_JOINT_WORK_RE = re.compile(
    r"(?<![^\W_])((?:tham\s+mưu|tập\s+trung|tham\s+gia|chủ\s+trì)\s*,?\s*)cùng(?:\s+với)?\s+" + _BODY_AHEAD,
    re.I)


def joint_work_as_partners(text: str) -> str:
    """'<verb of shared work> cùng (với) <body>' rewritten '<verb> phối hợp với <body>', so the body is
    read as the doer's partner; any other text is returned unchanged."""
    if "cùng" not in text and "Cùng" not in text:
        return text
    return _JOINT_WORK_RE.sub(r"\1phối hợp với ", text)
