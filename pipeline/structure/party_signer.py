"""header36: a Party leader who signs a central Party body's document, told first in a press lead.

The press tells the Politburo's and the Secretariat's documents by the leader who signed them, before the document:
'Tổng Bí thư Tô Lâm ký ban hành các quyết định của Bộ Chính trị về thành lập 23 đảng bộ ...' (a news tag page, header
batch AQ01), 'Thay mặt Ban Bí thư, Thường trực Ban Bí thư Trương Thị Mai đã ký ban hành Chỉ thị số 26-CT/TW ngày
23/11/2023 về việc tổ chức Tết Giáp Thìn năm 2024.' (a paper's tag page), 'Ngày 17/10, Ủy viên Bộ Chính trị, Thường trực
Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận của Bộ Chính trị, Ban Bí thư về ...' (a provincial paper), 'Ngày 31-3, đồng
chí Đinh Thế Huynh, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đã ký ban hành Chỉ thị số 02-CT/TW của Ban Bí thư ...'
(header batch J).  The press-lead reader (`posted.press_lead`) knows a state officer's titles (Chủ tịch, Bộ trưởng,
Giám đốc, Bí thư of a local committee), not the two central Party titles that sign these, 'Tổng Bí thư' and 'Thường
trực Ban Bí thư', nor a membership ('Ủy viên Bộ Chính trị') printed before the title, nor a plural 'các quyết định':
such leads gave the type and number at most, never the signer, and no issuer unless 'của <body>' was read elsewhere.

The document's issuer is the body the lead names: after 'của' ('Kết luận của Bộ Chính trị, Ban Bí thư' -- the scorer
takes either body), else the body he acts for ('Thay mặt Ban Bí thư, ...'); with neither, none (a standing member signs
for the Politburo as well as for the Secretariat, so the title names no body).  The signer is the person, his title the
central title as printed (the gold's AQ01: 'Tổng Bí thư'); a membership before it is no office he signs in.  A day after
the number ('Chỉ thị số 26-CT/TW ngày 23/11/2023') is the document's own; the lead's day ('Ngày 17/10, ...') is the day
he signed, dated by the caller as every lead's day is (`Posted.lead_dm`).
"""
from __future__ import annotations

import datetime as _dt
import re

from pipeline.structure.posted import Posted

# the central Party bodies whose documents a leader signs (named whole, or two of them joined by a comma or 'và')
_PARTY_BODY = (r"(?:Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư(?:\s+Trung\s+ương(?:\s+Đảng)?)?|"
               r"Ban\s+Chấp\s+hành\s+Trung\s+ương(?:\s+Đảng)?|Trung\s+ương\s+Đảng)")
_PARTY_BODIES = _PARTY_BODY + r"(?:\s*(?:,|và)\s*" + _PARTY_BODY + r")?"
# the titles that sign them ('Thường trực Ban Bí thư' is one office, the standing member of the Secretariat)
_TITLE = r"(?:Tổng\s+Bí\s+thư|Thường\s+trực\s+Ban\s+Bí\s+thư)"
# a membership before the title: no office he signs in ('Ủy viên Bộ Chính trị, Thường trực Ban Bí thư ...')
_MEMBERSHIP = (r"(?:(?:Ủy|Uỷ)\s+viên\s+(?:Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Trung\s+ương\s+Đảng|"
               r"Ban\s+Chấp\s+hành\s+Trung\s+ương(?:\s+Đảng)?)\s*,\s*)")
# a personal name: two to four capitalised words (the range À-Ỹ holds lower-case letters too, so the lead's own words
# after the name, 'đã', 'vừa', 'mới', are kept out by name)
_WORD = r"(?!(?:đã|vừa|mới|ký)(?![^\W_]))[A-ZĐÀ-Ỹ][a-zà-ỹđ]+"
_NAME = _WORD + r"(?:\s+" + _WORD + r"){1,3}"
_TYPES = (r"(?i:chỉ\s+thị|kết\s+luận|quy\s+định|quyết\s+định|nghị\s+quyết|hướng\s+dẫn|thông\s+báo|thông\s+tri|quy\s+chế)")
# a Party document's number: '26-CT/TW', '189-QĐ/TW', '02- CT/TW'
_NUM = r"\d{1,4}\s*-\s*[A-ZĐ]{1,5}\s*/\s*TW(?:[A-ZĐ]*)?"
# what may open the sentence: a paper's tag, the day
_OPENER = (r"(?:\([^()]{2,40}\)\s*[-–—]\s*|[A-ZĐ][A-Za-zĐđ.]{1,20}\s*[-–—]\s+)?"
           r"(?:(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm)(?:\s+ngày)?\s+(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})"
           r"(?:\s*[/.\-]\s*(?P<y>(?:19|20)\d\d))?\s*,\s*)?")
_SIGNS = r"\s+(?:(?:đã|vừa|mới)\s+)*ký(?:\s+ban\s+hành)?\s+(?:các\s+)?"
_DOC = (r"(?P<type>" + _TYPES + r")(?![^\W_])"
        r"(?:\s+(?:(?i:số)\s*:?\s*)?(?P<num>" + _NUM + r"))?"
        r"(?:\s*,?\s+ngày\s+(?P<dd>\d{1,2})\s*[/.\-]\s*(?P<dm>\d{1,2})\s*[/.\-]\s*(?P<dy>(?:19|20)\d\d))?"
        r"(?:\s+của\s+(?P<of>" + _PARTY_BODIES + r")(?![^\W_]))?")
# the title first, then the name: '[Thay mặt <body>, ][Ủy viên ..., ]<title> <name> đã ký ban hành <type> ...'
TITLE_FIRST_RE = re.compile(
    r"^\s*" + _OPENER
    + r"(?:[Tt]hay\s+mặt\s+(?P<behalf>" + _PARTY_BODIES + r")\s*,\s*)?(?:(?i:đồng\s+chí)\s+)?" + _MEMBERSHIP + r"*"
    + r"(?P<title>" + _TITLE + r")\s+(?P<name>" + _NAME + r")" + _SIGNS + _DOC)
# the name first, then his offices: '[đồng chí ]<name>, [Ủy viên ..., ]<title> đã ký ban hành <type> ...'
NAME_FIRST_RE = re.compile(
    r"^\s*" + _OPENER
    + r"(?:[Tt]hay\s+mặt\s+(?P<behalf>" + _PARTY_BODIES + r")\s*,\s*)?(?:(?i:đồng\s+chí)\s+)?"
    + r"(?P<name>" + _NAME + r")\s*,\s*" + _MEMBERSHIP + r"*(?P<title>" + _TITLE + r")\s*,?" + _SIGNS + _DOC)


def _day(d: str, m: str, y: str) -> _dt.date | None:
    try:
        return _dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def party_signed_lead(t: str) -> Posted | None:
    """The document a press lead says a central Party leader signed (see TITLE_FIRST_RE, NAME_FIRST_RE), or None."""
    m = TITLE_FIRST_RE.match(t) or NAME_FIRST_RE.match(t)
    if not m:
        return None
    out = Posted()
    out.signer = re.sub(r"\s+", " ", m.group("name"))
    out.signer_title = re.sub(r"\s+", " ", m.group("title"))
    from pipeline.structure.posted import _type  # (the type's canonical spelling, as every lead gives it)
    out.doc_type = _type(m.group("type"))
    out.number = re.sub(r"\s+", "", m.group("num")) if m.group("num") else None
    body = m.group("of") or m.group("behalf")
    out.issuer = re.sub(r"\s+", " ", body) if body else None
    if m.group("dd"):
        out.date = _day(m.group("dd"), m.group("dm"), m.group("dy"))
    elif m.group("d") and m.group("y"):
        out.date = _day(m.group("d"), m.group("m"), m.group("y"))
    elif m.group("d"):
        out.lead_dm = (int(m.group("d")), int(m.group("m")))
    return out
