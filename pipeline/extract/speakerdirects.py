"""A reported directive of the text's speaker, in a text whose issuer is not known (session 20, office24,
class (c); session 21, office25: the one 'chỉ đạo X' convention).

A press item or a portal post retells a committee's directive: 'UBND TP cũng chỉ đạo Sở Công thương
thường xuyên tổ chức kiểm tra ...', 'UBND TP Hà Nội ban hành văn bản số 10991/UBND-GT chỉ đạo Sở Cảnh sát
PCCC ...'.  The committee speaks for the directive, as the issuer does in its own text; ANNOTATION.md:
"in 'Chỉ đạo X ...' the issuer directs X, and X is not listed" and "Empty list when no one is named (the
issuer itself acts)".  office24 listed X here (zg3's gold, office_spans ob44-002/003 said so, yu6, ym4,
ya12 and office16's 35 rows said the opposite); office25 settled the record on the specification
(samples/gold/README.md, 'One convention for the speaker chỉ đạo X'): neither the speaker nor X nor X's
partners are offices; a body the same sentence asks after ';' ('...; Ban chỉ đạo cũng yêu cầu Ban cán sự
các thôn ...') still is.

Only where the text's issuer is unknown (when the header names it, offices.issuer_directs_roles applies
the same rule), and only for a speaker: one named by its level alone ('UBND tỉnh', 'UBND TP', 'Chủ tịch
UBND huyện', 'Thủ tướng'), or any single body that issues the directive the sentence retells ('UBND TP Hà
Nội ban hành văn bản số ... chỉ đạo X').  A committee named with its place that just directs ('Ủy ban
nhân dân tỉnh Hải Dương chỉ đạo các cơ quan chức năng ...' in a central letter) or a plural ('UBND các
huyện chỉ đạo ...') is an addressee that must see to it: it keeps its office.
"""
from __future__ import annotations

import re

from pipeline.extract.offices import Gazetteer, OfficeRole, office_key, official_speaker, roles_in_sentence, subject_of

# a speaker by its level alone: the committee of the province, city or district, its (vice) chairman,
# the Prime Minister
_BARE_SPEAKER_RE = re.compile(
    r"(?:(?:Phó\s+)?Chủ\s+tịch\s+)?(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+(?:tỉnh|TP\.?|thành\s+phố|huyện|quận|thị\s+xã)"
    r"|(?:Phó\s+)?Thủ\s+tướng(?:\s+Chính\s+phủ)?", re.I)
# a single body issuing the directive the sentence retells: '(vừa / đã) ban hành / có / ký <document> (số ...),
# chỉ đạo' before a named body or a plural
_ISSUES_THEN_DIRECTS_RE = re.compile(
    r"\s*(?:(?:cũng|đã|vừa|mới|tiếp\s+tục)\s+)*(?:có|ban\s+hành|ký\s+ban\s+hành|ký|gửi)\s+"
    r"(?:văn\s+bản|công\s+văn|công\s+điện|chỉ\s+thị|quyết\s+định|kế\s+hoạch|thông\s+báo|điện)(?![^\W_])[^;:.]{0,160}?"
    r"\s(?=chỉ\s+đạo\s)", re.I)
# a plural or an unnamed group at the head: an addressee, never the speaker
_PLURAL_HEAD_RE = re.compile(r"(?<![^\W_])(?:các|những|mọi)\s", re.I)
# the speaker's directing verb before a named body or a plural ('chỉ đạo Sở X', 'chỉ đạo các sở')
_DIRECTS_BODY_RE = re.compile(
    r"\s*(?:(?:cũng|đã|vừa|mới|đang|tiếp\s+tục|đồng\s+thời)\s+)*chỉ\s+đạo\s+(?:cho\s+)?"
    r"(?=(?:các|những)\s|(?-i:[A-ZĐ]))(?!(?:các|những)\s+(?:nội\s+dung|biện\s+pháp|giải\s+pháp|nhiệm\s+vụ|việc)(?![^\W_]))", re.I)


def speaker_directs_roles(text: str, roles: list[OfficeRole], issuer: str | None, gaz: Gazetteer) -> list[OfficeRole]:
    """``roles`` without the speaker and the bodies it directs, when the text's issuer is not known and
    the sentence's speaker directs them (see the module docstring); else ``roles`` unchanged."""
    if issuer:
        return roles
    # (office26) an official by name with the posts after a dash speaks for the body whose directive the
    # item retells ('Đ/c Nguyễn Trọng Lộ - Phó Bí thư ..., Chủ tịch HĐND huyện chỉ đạo các xã ...', office
    # batch 46), as offices.issuer_directs_roles reads it when the issuer is known
    official = official_speaker(text)
    subj = official or subject_of(text, gaz)
    if not subj:
        return roles
    s, after = subj
    s = re.sub(r"^(?:[^,;:()]{2,120},\s*)", "", s.strip())  # an opening phrase: 'Theo đó, UBND tỉnh'
    bare = re.sub(r"\s+(?:cũng|đã|vừa|còn|đang)$", "", s)
    issued = _ISSUES_THEN_DIRECTS_RE.match(text, after)
    if not official and not _BARE_SPEAKER_RE.fullmatch(bare) and (not issued or _PLURAL_HEAD_RE.search(bare)):
        return roles
    at = issued.end() if issued else after
    m = _DIRECTS_BODY_RE.match(text, at)
    if not m:
        return roles
    span = text[m.end():].split(";", 1)[0]  # the directing's own clause: a body asked after ';' stays
    directed = roles_in_sentence("Giao " + span, gaz)
    if not any(r.role == "lead" for r in directed):
        return roles
    gone = {office_key(r.office) for r in directed} | {office_key(bare)}
    return [r for r in roles if office_key(r.office) not in gone]
