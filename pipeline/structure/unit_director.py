"""(header41) A district's service unit that directs the communes in a post's prose: the issuer.

A district portal or a notice's body often reports what one of the district's own service units -- a
'Trung tâm Dịch vụ nông nghiệp', a 'Trạm Trồng trọt và Bảo vệ thực vật' -- asks of the communes, with no
document named and no header block before it:

    'Để chủ động ..., Trung tâm Dịch vụ nông nghiệp Bạch Thông đề nghị UBND các xã, thị trấn, thông báo ...'
        (office_spans ob26-030, Bạch Thông's urgent notice)
    'Trạm Trồng trọt và BVTV Huyện Mỹ Đức đã tập trung chỉ đạo Uỷ ban nhân dân các xã, thị trấn tập trung đánh
        đồng loạt ...' (Mỹ Đức's portal item on the week of rat control, pages corpus)

The unit that speaks issues what the post retells (ANNOTATION.md: the issuer is the body whose direction the
text carries).  SPEAKER_RE knows a 'Trường' or 'Trung tâm' only before 'thông báo' (a school's or a centre's
notice) and no 'Trạm' at all, so these leads were read with no issuer (measure28-30's (H6), unseen30 fj12's
shape; header40 counted ob26-030 as the first text off the standing sets).

The reader is narrow on purpose: the unit opens its sentence (after at most a purpose clause 'Để / Nhằm /
Trước / Do ..., '), its name is capitalised and runs to the verb, the verb is one that directs ('đề nghị',
'chỉ đạo', 'yêu cầu', with 'đã / vừa / cũng / tiếp tục' and 'tập trung' before it), and the addressee it
directs follows at once ('UBND / Ủy ban ... / các ... / Phòng ... / Hội ...').  A unit that acts itself
('Trạm ... đã triển khai công tác diệt chuột') or reports ('Trung tâm Y tế huyện cho biết ...') is no speaker
here; a unit named inside a sentence that opens otherwise is left alone.  The openers are a steering
committee's (_STEERING_SPEAKER_RE: 'Theo đó, / Mới đây, / Vừa qua, ...' or a purpose clause), and after a purpose
clause a lowercase 'vừa qua / mới đây / gần đây' as header batch S09 writes it before a department.
"""
from __future__ import annotations

import re

_LOWER_VI = "[" + "".join(c for c in map(chr, range(0x00C0, 0x1EFA)) if c.isalpha() and c.islower()) + "a-z]"

# the verbs a unit's name stops at (its name never holds them)
_STOP = r"(?:đã|vừa|cũng|tiếp\s+tục|tập\s+trung|đề\s+nghị|chỉ\s+đạo|yêu\s+cầu|thông\s+báo|cho\s+biết|triển\s+khai)"

UNIT_DIRECTOR_RE = re.compile(
    # (the openers _STEERING_SPEAKER_RE allows a steering committee; after a purpose clause, the lowercase 'vừa qua' of
    # header batch S09's 'Để ..., vừa qua Sở Thông tin và Truyền thông ...')
    r"^\s*(?:(?:Theo\s+đó|Mới\s+đây|Vừa\s+qua|Gần\s+đây|Đồng\s+thời)\s*,\s*|"
    r"(?:Để|Nhằm|Trước|Do)\s[^:;.]{3,300}?,\s*(?:(?:vừa\s+qua|mới\s+đây|gần\s+đây)\s*,?\s*)?)?"
    r"(?P<body>(?:Trung\s+tâm|Trạm)\s+(?!" + _LOWER_VI + r")[A-ZĐÀ-Ỹ]"
    r"(?:(?!\s" + _STOP + r"(?![^\W_]))[^,:;.()\d/]){2,90}?)"
    r"\s+(?:(?:đã|vừa|cũng|tiếp\s+tục)\s+)*(?:tập\s+trung\s+)?(?:đề\s+nghị|chỉ\s+đạo|yêu\s+cầu)\s+"
    r"(?=(?:UBND|Ủy\s+ban|Uỷ\s+ban|các|Các|Phòng|Hội)(?![^\W_]))")


def unit_director(texts: list[str]) -> str | None:
    """The service unit ('Trung tâm ...', 'Trạm ...') that opens a lead line by directing others, or None.

    ``texts`` are the post's first lines; each line is tried whole and then sentence by sentence, so a unit
    that speaks in a paragraph's second sentence is found as one that opens its own.
    """
    for t in texts:
        for st in re.split(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ])", t):
            m = UNIT_DIRECTOR_RE.match(st)
            if m:
                return re.sub(r"\s+", " ", m.group("body")).strip()
    return None
