"""A reported directive of a speaker named by level alone, in a text whose issuer is not known (session
20, office24, class (c)).

A press item or a portal post retells a committee's directive: 'UBND TP cũng chỉ đạo Sở Công thương
thường xuyên tổ chức kiểm tra ...', 'UBND tỉnh chỉ đạo Sở Nông nghiệp và Môi trường khẩn trương ...'.
The committee speaks; the body it directs does the work, as after 'UBND tỉnh vừa có văn bản chỉ đạo các
sở, ngành ...' (zg3's gold, office_spans ob44-002, ob44-003).  Main read the speaker as the doer.

Only where the text's issuer is unknown: when the header names the issuer, offices.issuer_clause_roles
and offices.issuer_directs_roles apply ANNOTATION.md's rule for the issuer's own 'Chỉ đạo X' (ya12's
gold: no office), and a committee that is not the issuer is an addressee that must see to it ('UBND
tỉnh chỉ đạo các sở ...' in a council's resolution: the committee is the office).  Only a speaker
named by its level without a place ('UBND tỉnh', 'UBND TP', 'Chủ tịch UBND huyện', 'Thủ tướng'): a
committee named with its place in a central text ('Ủy ban nhân dân tỉnh Hải Dương chỉ đạo các cơ quan
chức năng ...') is the addressee the text asks.
"""
from __future__ import annotations

import re

from pipeline.extract.offices import Gazetteer, OfficeRole, roles_in_sentence, subject_of

# a speaker by its level alone: the committee of the province, city or district, its (vice) chairman,
# the Prime Minister
_BARE_SPEAKER_RE = re.compile(
    r"(?:(?:Phó\s+)?Chủ\s+tịch\s+)?(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+(?:tỉnh|TP\.?|thành\s+phố|huyện|quận|thị\s+xã)"
    r"|(?:Phó\s+)?Thủ\s+tướng(?:\s+Chính\s+phủ)?", re.I)
# the speaker's directing verb before a named body or a plural ('chỉ đạo Sở X', 'chỉ đạo các sở')
_DIRECTS_BODY_RE = re.compile(
    r"\s*(?:(?:cũng|đã|vừa|mới|tiếp\s+tục|đồng\s+thời)\s+)*chỉ\s+đạo\s+"
    r"(?=(?:các|những)\s|(?-i:[A-ZĐ]))(?!(?:các|những)\s+(?:nội\s+dung|biện\s+pháp|giải\s+pháp|nhiệm\s+vụ|việc)(?![^\W_]))", re.I)


def speaker_directs_roles(text: str, roles: list[OfficeRole], issuer: str | None, gaz: Gazetteer) -> list[OfficeRole]:
    """The bodies a level-named speaker directs, as the offices of ``text``, when the issuer is not known
    (see the module docstring); else ``roles`` unchanged."""
    if issuer:
        return roles
    subj = subject_of(text, gaz)
    if not subj:
        return roles
    s, after = subj
    s = re.sub(r"^(?:[^,;:()]{2,120},\s*)", "", s.strip())  # an opening phrase: 'Theo đó, UBND tỉnh'
    if not _BARE_SPEAKER_RE.fullmatch(re.sub(r"\s+(?:cũng|đã|vừa|còn)$", "", s)):
        return roles
    m = _DIRECTS_BODY_RE.match(text, after)
    if not m:
        return roles
    directed = roles_in_sentence("Giao " + text[m.end():], gaz)
    return directed if any(r.role == "lead" for r in directed) else roles
