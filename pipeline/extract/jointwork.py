"""Partners joined to the doer's own work by 'cùng (với)': '<doer> tham mưu / tập trung / tham gia /
chủ trì cùng (với) <bodies> <verb> ...'.

Why: a body that advises, concentrates, takes part or leads *together with* others shares the work
with them exactly as '<doer> ... phối hợp với <bodies>' says it, and the gold lists those bodies
as offices (office_spans ob10-009 'Trưởng phòng GD&ĐT các quận huyện tham mưu cùng UBND các quận
huyện xây dựng ...', ob54-004 'Hội Liên hiệp Phụ nữ cần tập trung cùng với các cơ quan liên quan
làm tốt ...', ob56-001 '... tham gia cùng Ban Chỉ đạo giảm nghèo cấp xã giải quyết ...', the
development text zf1 'Công an tỉnh chủ trì cùng với chính quyền địa phương, ngành y tế ...'; the
gazette's and x7's 'Tham gia cùng với các cơ quan quản lý nhà nước ...').  The office reader already
read 'chủ trì cùng (với)' before a capital or a plural (office15's rewrite, folded in below) and 'phối hợp
cùng'; after the other verbs, and after 'chủ trì' before a lower-case body head ('chính quyền',
'ngành'), the bodies were dropped.

The rewrite says the same thing in the words the reader knows ('... tham mưu phối hợp với UBND
...'); it only fires on a closed set of verbs of shared work and only when a body follows 'cùng
(với)': 'cùng cấp', 'cùng nhau', 'cùng kỳ', 'cùng với đó', and bodies that are only met ('làm việc
cùng đoàn') are untouched.

(office40) This is also the one place 'chủ trì cùng (với)' is read: the office reader's own rewrite of it
(``offices._LEAD_JOINTLY_RE``, office15) was folded in here.  Its only reach beyond this module's was a
line printed in capitals ('CHỦ TRÌ CÙNG CÁC SỞ ...'), which this module skipped (its gate looked for
'cùng' / 'Cùng' only).  The gate now ignores case, so the same sentence reads the same in capitals for
every verb of shared work; and since in capitals every word is a 'capital', the words that follow
'cùng' without naming a body ('NHAU', 'KỲ', 'CẤP', 'LÚC', 'VỚI ĐÓ') are excluded by name in any case.
Counted before folding: 0 all-caps '<verb> CÙNG' in the development, pending and held-out task texts,
office_spans, samples/text, realdocs and the gazette corpus, so no output moves.
"""
from __future__ import annotations

import re

# the body a partner's name opens on: a plural, a capital, or a lower-case head of a body's name
_BODY_AHEAD = (r"(?=(?:các|những)\s|(?-i:[A-ZĐ])|"
               r"(?:chính\s+quyền|ngành|cơ\s+quan|đơn\s+vị|lực\s+lượng|địa\s+phương|đoàn\s+thể|tổ\s+chức|"
               r"mặt\s+trận|ban\s+chỉ\s+đạo|ủy\s+ban|uỷ\s+ban)(?![^\W_]))")

# words after 'cùng' that name no body: in lower case _BODY_AHEAD never takes them, in a line printed in
# capitals its capital alternative would ('CÙNG NHAU', 'CÙNG KỲ', 'CÙNG VỚI ĐÓ')
_NOT_A_BODY = r"(?!(?:nhau|kỳ|kì|cấp|lúc|một\s+lúc|với\s+đó|đó)(?![^\W_]))"

_JOINT_WORK_RE = re.compile(
    r"(?<![^\W_])((?:tham\s+mưu|tập\s+trung|tham\s+gia|chủ\s+trì)\s*,?\s*)cùng(?:\s+với)?\s+" + _NOT_A_BODY + _BODY_AHEAD,
    re.I)


def joint_work_as_partners(text: str) -> str:
    """'<verb of shared work> cùng (với) <body>' rewritten '<verb> phối hợp với <body>', so the body is
    read as the doer's partner; any other text is returned unchanged."""
    if "cùng" not in text.lower():
        return text
    return _JOINT_WORK_RE.sub(r"\1phối hợp với ", text)
