"""header35: a document told as the subject of a passive issuing lead, '<type> ... vừa được <body> ban hành'.

Portal and press items often name the document they carry first and its issuer last, in the passive:
'Kế hoạch tổ chức Ngày toàn dân ... năm 2018, vừa được UBND huyện Cát Hải, TP Hải Phòng ban hành.' (a magazine's
item on a district plan), 'Theo Kế hoạch số 151/KH-BCA-BNN&MT vừa được Bộ Nông nghiệp và Môi trường phối hợp với Bộ
Công an ban hành, ...' (a news item on a joint plan), 'Theo hướng dẫn ... năm học 2021-2022 vừa được Thứ trưởng Bộ
Giáo dục và Đào tạo (GD-ĐT) <name> ban hành, ...'.  The readers of `posted` took the active lead only ('<body> vừa ban
hành <type>') and the passive with 'do' (`posted24.passive_signed_document`); a clause reader then took the parent
place after the agent's comma, 'TP Hải Phòng ban hành', for a speaker.  This module reads the agent of 'được ... ban
hành' as the issuer and the sentence's opening type (with its number, when printed) as the document; the parent place a
local body's name carries after a comma (', TP Hải Phòng', ', tỉnh Nghệ An') is where the body is, not who issues.

`passive_issued_lead` gives the raw parts; `posted.posted_header` reads them as the active lead '<who> ban hành <type>
số N' with its own press-lead reader, so who is a person with a title, a body, or two bodies acting together are read
the one way every lead is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_TYPES = (r"(?i:công\s+văn|văn\s+bản|công\s+điện|chỉ\s+thị|quyết\s+định|kế\s+hoạch|thông\s+báo|kết\s+luận|hướng\s+dẫn|"
          r"nghị\s+quyết|đề\s+án)")
_NUM = r"\d{1,6}[\w.\-]*(?:\s*/\s*[\w.&\-Đđ]+)+"
# the type opens the sentence (after 'Theo' when the item goes on to what the document says); the number, when printed,
# follows it; the document's subject runs on with no sentence stop, colon or semicolon up to the passive
PASSIVE_ISSUED_RE = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:Theo\s+)?(?P<type>" + _TYPES + r")(?![^\W_])"
    r"(?:\s+(?i:số)\s*:?\s*(?P<num>" + _NUM + r"))?"
    r"[^.;:!?]{0,300}?\s*,?\s+(?:(?:vừa|mới|đã)\s+)+được\s+"
    r"(?P<who>[A-ZĐÀ-Ỹ](?:[^;:.!?]|\.(?=\S)){2,160}?)\s+(?:ký\s+)?ban\s+hành(?![^\W_])")
# a local body's parent place after a comma: 'UBND huyện Cát Hải, TP Hải Phòng', 'UBND xã X, huyện Y, tỉnh Z'
_PARENT_PLACE_RE = re.compile(r"\s*,\s*(?:(?:TP\.?|Tp\.?|[Tt]hành\s+phố|[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã)\s*[A-ZĐÀ-Ỹ][^,]*"
                              r"(?:,\s*(?:TP\.?|Tp\.?|[Tt]hành\s+phố|[Tt]ỉnh)\s*[A-ZĐÀ-Ỹ][^,]*)?)$")
# an agent joined to another act before 'ban hành' ('đã được UBND tỉnh phê duyệt và ban hành', '... xây dựng, ban hành'):
# the words before are an act, not the agent's whole name, so no issuer is read from them
_JOINED_ACT_END_RE = re.compile(r"(?:,|(?<![^\W_])(?:và|rồi|hoặc))$")
_LOCAL_BODY_RE = re.compile(r"(?<![^\W_])(?:huyện|quận|thị\s+xã|thị\s+trấn|xã|phường|thành\s+phố)\s+[A-ZĐÀ-Ỹ]")


@dataclass
class PassiveIssued:
    """The parts of a passive issuing lead: the type as printed, its number if printed, the agent that issues."""
    doc_type: str
    number: str | None
    who: str


def passive_issued_lead(texts: list[str]) -> PassiveIssued | None:
    """The first passive issuing lead in the given lines (a lead's first lines), or None."""
    for t in texts:
        m = PASSIVE_ISSUED_RE.search(t)
        if not m:
            continue
        who = re.sub(r"\s+", " ", m.group("who")).strip()
        if _JOINED_ACT_END_RE.search(who):
            continue
        pm = _PARENT_PLACE_RE.search(who)
        if pm and _LOCAL_BODY_RE.search(who[:pm.start()]):
            who = who[:pm.start()]
        # ('Bộ Nông nghiệp và Môi trường phối hợp với Bộ Công an': the body that leads issues, its partner joins; no
        # written convention names two issuers, so the lead body is kept, as a header's first column is)
        who = re.split(r"\s+(?:phối\s+hợp|cùng)\s+với\s+", who, maxsplit=1)[0]
        num = re.sub(r"\s+", "", m.group("num")) if m.group("num") else None
        return PassiveIssued(re.sub(r"\s+", " ", m.group("type")), num, who)
    return None
