"""(office37) 'các đồng chí' before a collective post: the post is the office.

Directives address officials as comrades before their post: 'UBND tỉnh yêu cầu các đồng chí lãnh
đạo các địa phương, các ngành chức năng kiểm tra ...', 'Đề nghị các tổ chức, ..., các đồng chí cán
bộ ...', 'kính mong các đồng chí lãnh đạo cơ quan, BCĐ ... quan tâm' (pending ya11), 'phân công các
đồng chí lãnh đạo UBND tỉnh chỉ đạo tiến độ ...' (a Vĩnh Phúc press item, deadline_phrases dp4017).  The
office reader already skips the courtesy before a head's title ('các đồng chí Phó trưởng phòng',
'đồng chí Chủ tịch UBND xã', 'các đồng chí thành viên Ban chỉ đạo': offices._HONORIFIC_BEFORE_POST_RE
and BODY_HEAD_RE), but not before the collective post 'lãnh đạo' (the leaders of a body or of a
kind of body): there 'đồng chí' is read as no body at all and the whole ask loses its doers (the
same sentence without 'các đồng chí' is read right).  ('các đồng chí cán bộ tổ dân phố' is missed
with or without the courtesy: another class, left.)

Why blank rather than teach every rule the courtesy: the word is courtesy only, the gold README
says the post is the office ('an honorific before a post ... the post is the office'), and the
reader downstream already knows 'lãnh đạo các địa phương' as doers.
Blanking keeps every offset (same length), as the honorific rule in offices.py does.

Precision: only right after an ask ('yêu cầu', 'đề nghị', 'giao', 'phân công', '(kính) mong'), only
the plural courtesy 'các đồng chí' (or 'các đ/c') directly before 'lãnh đạo' followed by what names
a body ('các ...', 'cơ quan', 'đơn vị', a level word, a capitalised name) -- never 'các đồng chí'
alone ('Yêu cầu các đồng chí sắp xếp công việc', the invited themselves), never a list of who
attended ('Dự hội nghị có các đồng chí lãnh đạo Đảng ủy, ...': no ask), nor 'lãnh đạo' as a verb
('các đồng chí lãnh đạo, chỉ đạo ...' has no body after it).
"""
from __future__ import annotations

import re

_BODY_AFTER_POST = (
    r"(?:các|những|cơ\s+quan|đơn\s+vị|địa\s+phương|"
    r"tỉnh|huyện|thị\s+xã|thành\s+phố|quận|xã|phường|thị\s+trấn|"
    r"sở|ban|ngành|phòng|(?-i:[A-ZĐ]))(?![^\W_])"
)
# the ask that hands the work to the posts ('yêu cầu', 'đề nghị', 'giao', 'phân công', '(kính) mong')
_ASK = r"(?i:yêu\s+cầu|đề\s+nghị|giao|phân\s+công|mong)"
COMRADES_BEFORE_COLLECTIVE_POST_RE = re.compile(
    r"(?<![^\W_])(?P<ask>" + _ASK + r")\s+(?P<courtesy>(?i:các)\s+(?i:đồng\s+chí|đ/c)\s+)"
    r"(?=(?i:lãnh\s+đạo)\s+" + _BODY_AFTER_POST + r")"
)


def blank_comrades_before_post(text: str) -> str:
    """The text with 'các đồng chí' blanked (same length) where an ask hands the work to the
    leaders of a body ('yêu cầu các đồng chí lãnh đạo các địa phương' -> 'yêu cầu              lãnh
    đạo các địa phương'); any other text unchanged."""
    if "đồng chí" not in text and "đ/c" not in text and "Đồng chí" not in text:
        return text

    def blank(m: re.Match) -> str:
        return m.group(0)[:m.start("courtesy") - m.start()] + " " * len(m.group("courtesy"))
    return COMRADES_BEFORE_COLLECTIVE_POST_RE.sub(blank, text)
