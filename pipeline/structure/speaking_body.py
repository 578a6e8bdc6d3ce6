"""header46: a Youth Union, an association or a Front board that speaks in a posted letter with no header of its own.

'BTV Đoàn Trường thông báo tổ chức hoạt động ...', 'Ban Thường vụ Đoàn trường đề nghị Ban Chấp hành các Đoàn Viện ...',
'Thực hiện Kế hoạch số 07-KH/UBH ... . UB Hội LHTN quận Hải Châu đề nghị UB Hội LHTN 13 phường ...', 'Nhằm nâng cao nhận thức
...; Ban Thường vụ Hội Liên hiệp Phụ nữ Quận 11 đề nghị ...': the body that asks or announces is the issuer (ANNOTATION.md:
the body that signs).  posted.SPEAKER_RE reads committees, departments, units, Party boards and the provincial Youth Union's
committees; the school's and the ward's unions, associations and Front boards it does not list are read here (a closed
list of their heads, the name checked by structure/holder_names.py), at the opening of a sentence or after the grounds a
';' closes.  Read last, where nothing else
named the issuer.
"""
from __future__ import annotations

import re

from pipeline.structure.holder_names import holder_name, protect

# (the unions, associations, Front and Party boards posted's speaker reader does not list; never a committee, a ministry, a
# department, a school or a centre, which posted reads or leaves on purpose: 'Trung tâm Dự báo khí tượng thủy văn quốc gia
# thông báo bão số 3 ...' is a source, no issuer, header29)
_SPEAKER_HEAD_RE = re.compile(r"^(?:BTV|BCH|Ban\s+(?:Thường\s+vụ|Chấp\s+hành|Thường\s+trực)|UB\s+Hội|Ủy\s+ban\s+Hội|Uỷ\s+ban\s+Hội|Hội|"
                              r"Đoàn|(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+(?:đoàn|Đoàn)|Liên\s+đội|Liên\s+đoàn|Công\s+đoàn|Chi\s+bộ|"
                              r"Ủy\s+ban\s+MTTQ|Uỷ\s+ban\s+MTTQ|UBMTTQ|MTTQ|Mặt\s+trận|Thường\s+trực)(?![^\W_])")
_SPEAKS_RE = re.compile(r"^(?P<who>(?:[^,;:.!?()]|\.(?=\S)){2,100}?)\s+(?:(?:đã|vừa|xin|trân\s+trọng)\s+)?(?:kính\s+)?"
                        r"(?:đề\s+nghị|thông\s+báo|yêu\s+cầu|hướng\s+dẫn|kêu\s+gọi)(?![^\W_])")
# (the grounds or the purpose a ';' closes before the speaker, as posted.SPEAKER_RE reads them)
_GROUNDS_RE = re.compile(r"^\s*(?i:thực\s+hiện|căn\s+cứ|nhằm|để|hưởng\s+ứng|triển\s+khai)(?![^\W_])")
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")


def speaking_body(texts: list[str], reach: int = 6) -> str | None:
    """The union, association or board that opens a sentence asking or announcing (see the module's docstring), or None.

    Only where the item opens: after its headline, stamps, 'Kính gửi' lines and grounds, never after a sentence that
    tells something else (a body named asking further on is one the item reports, not its own voice)."""
    for t in texts[:reach]:
        for sentence in _SENTENCE_RE.split(protect(t)):
            starts = [sentence.lstrip()]
            grounds = _GROUNDS_RE.match(sentence) is not None
            if grounds:
                starts += [x.lstrip() for x in sentence.split(";")[1:]]
            for st in starts:
                if not _SPEAKER_HEAD_RE.match(st):
                    continue
                m = _SPEAKS_RE.match(st)
                if m:
                    name = holder_name(m.group("who"))
                    if name:
                        return name
            if not grounds and re.search(r"[.!?…]\s*$", sentence.strip()) and len(sentence.split()) >= 6:
                return None
    return None
