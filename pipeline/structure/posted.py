"""The identity of a directive published as its body only (a portal's page, a news item).

Provincial portals and newspapers often publish a letter without its header block: the body
comes alone and the letter's number and date stand in a line the publisher adds, either in
brackets after the subject or at the end ('Về việc báo cáo ... (3585/VP-KTN, ngày 23/10/2017).',
'(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)'), or in a news lead ('Ngày 21/5, UBND tỉnh
ban hành Công văn số 846/UBND-TH về việc ...').  The issuing body is then the one that speaks in
the opening sentence ('UBND tỉnh có ý kiến như sau:', 'Sở Giáo dục và Đào tạo đề nghị Thủ trưởng
đơn vị thực hiện:').  These are read only when the document printed no header of its own (no
number, date, type or issuer was found), so a cited document in a normal letter's body is never
taken for the letter.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass

from pipeline.structure.leadyear import full_dates_year
from pipeline.structure.pagestamp import is_archive_stamp, without_archive_stamps  # deadline31
from pipeline.structure.visitcounter import without_visit_counter  # points31 (H19)
from pipeline.structure.verbmisprint import mend_issue_verb  # points31 (H20)
from pipeline.structure.signing_dash import signing_in_title_order  # header44 (H16)
from pipeline.structure.conclusion_notice import conclusion_type  # session 31 (H15)
from pipeline.model import Document
from pipeline.vietnamese import fold, mark_tolerant
from pipeline.structure import posted24, posted26
from pipeline.structure.passive_issued import passive_issued_lead  # header35

_TYPES = r"Công\s+văn|Văn\s+bản|Công\s+điện|Chỉ\s+thị|Quyết\s+định|Kế\s+hoạch|Thông\s+báo|Kết\s+luận"
# ('4393/BYT- KCB', '11/CT- UBND', '03- CT/TU': a press copy that breaks the symbol after its hyphen; the
# number is read whole, its spaces dropped)
# (a symbol joins two abbreviations by '&' as the gazette prints them: '37/2000/QĐ-BGD&ĐT',
# '19/2012/TTLT-BTC-BKH&ĐT-BTTTT', '2391/SGD&ĐT- GDTrH', '21/PGD&ĐT', '259/SNN-CN&TY', '841/SNN&PTNT-CCKL';
# an '&' between capitals belongs to the symbol, never ends it)
_SYM = r"(?:[\w.\-Đđ]|&(?=[A-ZĐ]))"
# (and a regulation's number carries its year: '15/2023/CT-UBND', '37/2000/QĐ-BGD&ĐT')
_NUM = (r"\d+[\w.\-]*(?:(?<=-)\s(?=[A-ZĐ]{2})" + _SYM + r"*)?\s*/\s*(?:(?:19|20)\d\d\s*/\s*)?" + _SYM + r"*[A-ZĐ]" + _SYM + r"*"
        r"(?:(?<=-)\s(?=[A-ZĐ]{2})" + _SYM + r"+"
        # (header36: 'Kế hoạch số 3365/KH - UBND' (unseen_repair w14), 'công văn số 495/SVHTTDL - QLVH' (header batch AR02): a
        # press copy that spaces the symbol's hyphen on both sides; the part after it is capitals only, one word)
        # (header40: 'kế hoạch số 05/KH -UBND' (header batch AT04): the space before the hyphen only, as header blocks print it,
        # 'Số : 39/KH -THDT', 'Số: 19/KHGD -THDH' (unseen_repair m11, m18, read there by header.py))
        r"|\s-\s?(?=[A-ZĐ]{2}[A-ZĐ&]*(?![^\W_]))[A-ZĐ&]+)?")
_DMY = r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})"
# '(3585/VP-KTN, ngày 23/10/2017)', '(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)': a bracket
# that holds nothing but a number and its date is the publisher's note of what the text is
# ('(Nguồn công văn số 2983/UBND-VP - 22/09/2020)', '(Nguồn: Kế hoạch số 12/KH-UBND, 05/3/2021)': a
# portal's source note, its type in either case, the date after a dash or a comma)
IDENTITY_RE = re.compile(
    r"\(\s*(?:(?:Theo|Nguồn\s*:?)\s+)?(?:(?P<type>(?i:" + _TYPES + r"))\s+)?(?:số\s*:?\s*)?(?P<num>" + _NUM + r")\s*"
    r"(?:,?\s*ngày\s+|,\s*|[-–]\s*(?:ngày\s+)?)" + _DMY + r"\s*\)")


def _place_names() -> str:
    from pipeline.repair.glyphphrases import PROVINCES
    names = sorted({p for p in PROVINCES if p != "Huế"} | {"Hồ Chí Minh"}, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)


# (header22: a paper's note of the city or province after a local body, '(TP.HCM)', '(Hà Nội)', '(tỉnh Quảng Nam)': 'Chiều
# qua 30.10, UBND TP.Thủ Đức (TP.HCM) ban hành công văn ...'; dropped from the body's name as a short name is)
_PLACE_NOTE_CORE = (r"\(\s*(?:(?:TP\.?|Tp\.?|[Tt]ỉnh|[Tt]hành\s+phố)\s*)?(?:" + _place_names() + r"|HCM)\s*\)")
# a body's short name or its parent in brackets after its name: 'Sở Giáo dục và Đào tạo (GDĐT)', 'Bộ
# Giáo dục và Đào tạo (GD-ĐT)', 'Ủy ban nhân dân (UBND)', 'Sở Văn hóa, Thể thao và Du lịch (VH, TT&DL)', 'Tổng
# cục Thủy lợi (Bộ NN&PTNT)', 'Cục Văn hóa Cơ sở ( Bộ VHTTDL)': a note, never part of the name
# ('Cục Quản lý Khám chữa bệnh (Bộ Y tế)', 'Vụ Thị trường trong nước (Bộ Công Thương)', 'Chi cục Thú y (Sở Nông
# nghiệp và Phát triển nông thôn)': the parent in words, a ministry's or a department's name)
# (header24: a parent whose name has a comma, 'Cục Du lịch Quốc gia Việt Nam (Bộ Văn hóa, Thể thao và Du lịch)', or says
# 'thuộc', 'Cục Quản lý thị trường (thuộc Bộ Công Thương)')
_SHORT_NAME_CORE = (_PLACE_NOTE_CORE + r"|\(\s*(?:(?:(?:Bộ|Sở)\s+)?[A-ZĐ][A-ZĐ&\-]{1,10}(?:\s*,\s*[A-ZĐ][A-ZĐ&\-]{1,10}){0,3}|"
                    r"(?:thuộc\s+)?(?:Bộ|Sở|Tổng\s+cục|UBND|Ủy\s+ban\s+nhân\s+dân)\s+[A-ZĐÀ-Ỹ][\wà-ỹđ]*(?:(?:\s*,)?\s+(?:và\s+)?[\wà-ỹđ&]+){0,9})\s*\)")
_SHORT_NAME = r"\s*" + _SHORT_NAME_CORE
# a paper's tag before its lead: '(HNM) - ', '(NLĐO)- ', '(tapchivietduc.vn) - ', 'KTĐT - ', 'BDK.VN - ',
# 'VOV.VN - ', 'GD&TĐ - ', 'Kinhtedothi - ', 'Moitruong.net.vn – ' (a bracket of a short name or a domain, or one word
# in capitals or a site's name, then a dash)
# (a site's name in one word, then a dash between spaces: 'Kinhtedothi - ', 'Moitruong.net.vn – '; the
# press leads below take the same shape)
_PAPER_NAME_TAG = r"[A-ZĐ][A-Za-zĐđ]{2,14}(?:\.[A-Za-z]{2,4}){0,2}\s+[-–—]\s+"
PRESS_TAG_RE = re.compile(r"^\s*(?:\(\s*[^()\s][^()]{0,38}\)\s*[-–—]\s*|\(\s*[A-ZĐ][A-Za-zĐđ.]{1,20}\s*\)\s+(?=[A-ZĐÀ-Ỹ])|"
                          r"[A-ZĐ]{2,8}(?:&[A-ZĐ]{1,4})?(?:\.[A-Za-z]{2,4}){0,2}\s*[-–—]\s+|" + _PAPER_NAME_TAG + ")")


# (a scrape's property glued before the lead: ' date 2021-05 Trước đó, ..., Chủ tịch UBND TP Đà Nẵng, ông ... đã yêu cầu
# ...', as PRESS_LEAD_RE reads it)
_SCRAPE_STAMP_RE = re.compile(r"^\s*[^\W\d_]{2,12}\s+(?:19|20)\d\d-\d{1,2}(?:-\d{1,2})?\s+(?=[A-ZĐÀ-Ỹ(])")
_SCRAPE_STAMP_PARTS_RE = re.compile(r"^\s*[^\W\d_]{2,12}\s+(?P<y>(?:19|20)\d\d)-(?P<a>\d{1,2})(?:-(?P<b>\d{1,2}))?\s+(?=[A-ZĐÀ-Ỹ(])")


def scrape_stamp_bound(line: str) -> _dt.date | None:
    """(header25) The latest day a scrape's date property glued before a lead (' date 2025-02-10 Bão số 10 ...') can
    mean: scrapes print it year-month-day or year-day-month, so when both readings are days the later one bounds
    the reported act; ' date 2021-09 ' bounds it by the month's last day."""
    m = _SCRAPE_STAMP_PARTS_RE.match(line)
    if m is None:
        return None
    y, a = int(m.group("y")), int(m.group("a"))
    if m.group("b") is None:
        return _date(1, a % 12 + 1, y + a // 12) - _dt.timedelta(days=1) if 1 <= a <= 12 else None
    b = int(m.group("b"))
    days = [d for d in (_date(b, a, y), _date(a, b, y)) if d is not None]
    return max(days) if days else None


def strip_press_tag(t: str) -> str:
    """The lead without its paper's tag (see PRESS_TAG_RE)."""
    return PRESS_TAG_RE.sub("", t, count=1)


# a body that speaks: 'UBND tỉnh', 'Ủy ban nhân dân tỉnh', 'Văn phòng UBND tỉnh', 'Sở Giáo dục và
# Đào tạo' (a person, 'Phó Chủ tịch UBND tỉnh', signs for a body and is not one)
# (every level speaks so: 'UBND huyện Krông Pắc ban hành Kế hoạch số ...', 'UBND xã ... đề nghị')
# (a city abbreviated, 'UBND TP Hải Phòng', 'UBND TP. Đà Nẵng', 'UBND TPHCM', 'UBND TP.HCM': the press writes it so)
# (a lowercase letter of Vietnamese: 'À-Ỹ' spans both cases, and 'Bộ đề nghị UBND các tỉnh ...' is no ministry's name)
_LOWER_VI = "[" + "".join(c for c in map(chr, range(0x00C0, 0x1EFA)) if c.isalpha() and c.islower()) + "a-z]"
_BODY = (r"(?:Văn\s+phòng\s+)?(?:UBND|Ủy\s+[Bb]an\s+nhân\s+dân|Uỷ\s+[Bb]an\s+nhân\s+dân)\s+(?:(?:TP\.?\s*HCM|TPHCM)(?![^\W_])|(?:tỉnh|thành\s+phố|Tỉnh|Thành\s+phố|"
         r"[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Tt]hị\s+trấn|[Xx]ã|[Pp]hường|TP\.?(?=\s*[A-ZĐÀ-Ỹ][a-zà-ỹđ])"
         # (header21: 'UBND TP yêu cầu ...', 'UBND TP vừa có văn bản ...': the city a city's paper names by 'TP' alone, before the verb)
         r"|TP(?=\s+(?:đã|vừa|cũng|tiếp\s+tục|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao|có|ban\s+hành|quyết\s+định)(?![^\W_])))"
         # (header28: Hồ Chí Minh City's districts and wards were numbered, 'UBND Quận 1 giao ...', 'UBND Phường 12')
         # (header26: a place word opens on a capital, never on a lowercase letter 'À-Ỹ' spans, 'UBND huyện Ea Súp đã'; a
         # highland name holds an apostrophe, 'Ea H’Leo', 'Đắk R'Lấp')
         r"(?:\s*(?<=\.)[A-ZĐÀ-Ỹ][a-zà-ỹđ]+|(?:(?<=[Qq]uận)|(?<=[Pp]hường))\s+\d{1,2}(?![\d/])|\s+(?!" + _LOWER_VI + r")[A-ZĐÀ-Ỹ][a-zà-ỹđ]*(?:[’'][A-ZĐÀ-Ỹ]?[a-zà-ỹđ]+)?(?<=[^\W\d_]{2})){0,3})|Sở\s+(?!" + _LOWER_VI + r")[A-ZĐÀ-Ỹ](?:[^,:;.()]|\.(?=HCM(?![^\W_])|[A-ZĐ]{2,}))" + r"{2,60}?|Bộ\s+(?!" + _LOWER_VI + r")[A-ZĐÀ-Ỹ][^,:;.()]{2,60}?"
         # ('Phòng Văn hóa và Thông tin Quận 8 đề nghị ...': a district office speaks as a department does)
         r"|Phòng\s+(?!" + _LOWER_VI + r")[A-ZĐÀ-Ỹ][^,:;.()]{2,60}?")
# 'Ngày 21/ 5, UBND tỉnh ban hành Công văn số 846 /UBND-TH về việc ...' (a verb or two between the
# body and the type: 'ban hành', 'đã ký ban hành', 'có'; never 'nhận được', 'thực hiện', 'theo':
# 'Ngày 20/7/2018, Ủy ban nhân dân tỉnh nhận được Văn bản số 5658/BCT-CTĐP ...' names the letter
# received, not the one written)
# (the lead of a legal-news page names the Government's bodies too: 'Ngày 30/11/2025, Thủ tướng
# Chính phủ ban hành Công điện 234/CĐ-TTg ...', 'Ngày 3/5/2023, Văn phòng Chính phủ có Công văn ...')
_LEAD_BODY = _BODY + r"|(?:Phó\s+)?Thủ\s+tướng\s+Chính\s+phủ|Văn\s+phòng\s+Chính\s+phủ|Chính\s+phủ"
# ('Ngày 16 tháng 7 năm 2020, Chủ tịch UBND tỉnh Ninh Thuận ban hành Kế hoạch số 2527/KH-UBND ...':
# the date written out, and the chairman who signs for the committee before it)
NEWS_LEAD_RE = re.compile(
    # ('Ngày 13-11, Chủ tịch UBND tỉnh Nam Định đã ký ban hành Quyết định số ...': a newspaper's
    # day and month joined by a hyphen or a dot)
    # ('BDK.VN - Ngày 14-6-2021, ...', 'TTXVN - Ngày ...': the paper's tag before the lead)
    r"^\s*(?:[A-ZĐ][A-ZĐa-z]{1,8}(?:\.[A-Za-z]{2,4})?\s*[-–—]\s*)?Ngày\s+(?P<d>\d{1,2})\s*(?:[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?|tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))"
    r"\s*,\s*(?:(?:Phó\s+)?Chủ\s+tịch\s+)?(?P<body>" + _LEAD_BODY + r")\s+"
    r"(?:(?!(?:nhận|tiếp|thực|theo|căn|xét|trả)(?![^\W_]))[^\s,.;:]+\s+){1,3}?(?P<type>" + _TYPES + r")\s+(?:số\s*:?\s*)?(?P<num>" + _NUM + r")")
# 'Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 114/CĐ-TTg ngày 19/7/2025 về việc ...',
# '(Chinhphu.vn) - Thủ tướng Chính phủ vừa có Công điện số 149/CĐ-TTg ngày 28/8/2025 ...': a press
# lead names who signed the directive it reprints, the directive's type, number and date (the
# person after the office, when named, is the signer: see :func:`_office_and_person`)
SIGNED_LEAD_RE = re.compile(
    r"^\s*(?:\([^()]{2,40}\)\s*[-–—]\s*)?(?P<who>(?:Phó\s+)?(?:Thủ\s+tướng|Bộ\s+trưởng|Chủ\s+tịch|Giám\s+đốc|UBND|"
    r"Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Văn\s+phòng|Bộ|Sở)(?![^\W_])[^,.;:()]{0,80}?)"
    r"\s+(?:vừa\s+|đã\s+)?(?:ký(?:\s+ban\s+hành)?|ban\s+hành|có)\s+"
    r"(?P<type>" + _TYPES + r")\s+(?:số\s*:?\s*)?(?P<num>" + _NUM + r")\s*,?\s+ngày\s+(?:" + _DMY +
    # (a date whose font lost a digit, 'ngày 19/ /2025' or a '(cid:NN)' the repair left as a gap:
    # the lead still names the directive, its date is unknown)
    r"|(?:[\d ]|\(cid:\d+\)){1,6}/(?:[\d ]|\(cid:\d+\)){0,6}/(?:[\d ]|\(cid:\d+\)){1,12}(?!\d))")
# the verbs of a news lead between the body and the type ('ra', 'ban hành', 'ký', 'có', 'vừa', 'đã',
# 'phát hành', 'gửi'): the lazy body pattern stops at the first place a gap of 1-3 words reaches
# the type, which cuts a name with a lowercase word ('Bộ Tài chính có Công văn' -> 'Bộ Tài' +
# 'chính có'); the body runs to the first such verb
# 'Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã Điện Bàn V/v treo cờ ...': a portal's
# line that names the document it posts (a line of its own among the first ones, opening with
# the type: a body's sentence that cites a document opens with its verb, 'Thực hiện ...')
_ANY_BODY = (r"(?:(?:Văn\s+phòng\s+)?(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân)\s+"
             r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|thị\s+trấn|xã|phường)|(?:Sở|Bộ|Phòng|Ban|Văn\s+phòng|Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy))"
             r"(?:\s+[A-ZĐÀ-Ỹ&][\w&-]*){1,6}")
CITED_SELF_RE = re.compile(
    r"^\s*(?P<type>" + _TYPES + r")\s+số\s*:?\s*(?P<num>" + _NUM + r")\s*,?\s+ngày\s+" + _DMY
    + r"\s+của\s+(?P<body>" + _ANY_BODY + r")(?=\s+(?:[Vv]/[Vv]|về|Về)(?![^\W_])|\s*[,(.:]|\s*$)")
# the document named first, then who speaks through it: 'Tại Công văn số 8405/BNV-TCBC, Bộ Nội vụ
# đã đôn đốc các bộ ...', 'HNP - Trong nội dung Công văn số 3069/UBND-KT, ban hành ngày 14/7, UBND
# thành phố yêu cầu ...', 'Tại Công điện số 174/CĐ-TTg ngày 27/9/2025, Thủ tướng Chính phủ Phạm Minh
# Chính chỉ đạo ...': a news lead that reports what a document asks names the document, then its
# issuer and the directing verb.  (A document 'của' another body is a ground the speaker cites,
# and 'Thực hiện / Căn cứ Công văn ...' cite one: neither is read so.)
DOC_FIRST_LEAD_RE = re.compile(
    r"^\s*(?:[A-ZĐ][A-ZĐa-z]{1,8}(?:\.[A-Za-z]{2,4})?\s*[-–—]\s*|\([^()]{2,40}\)\s*[-–—]?\s*)?"
    r"(?:Tại|Trong(?:\s+nội\s+dung)?|Theo|Với)\s+(?P<type>" + _TYPES + r")(?:\s+(?:khẩn|hỏa\s+tốc|hoả\s+tốc))?\s+(?:số\s*:?\s*)?(?P<num>" + _NUM + r")"
    r"(?:\s*,?\s*(?:(?:được\s+)?(?:ban\s+hành|ký)\s+)?(?:vào\s+)?ngày\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>(?:19|20)\d\d))?)?"
    r"\s*,\s*(?:(?:Phó\s+)?Chủ\s+tịch\s+)?(?P<body>" + _LEAD_BODY + r")(?:\s+(?P<person>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3}))??"
    r"\s+(?:(?:đã|vừa|cũng|tiếp\s+tục)\s+)*(?:đôn\s+đốc|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao|hướng\s+dẫn|nêu\s+rõ|nhấn\s+mạnh|quy\s+định)(?![^\W_])")
# 'Ngày 3/7/2023, đồng chí Trần Quốc Nam, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh vừa ký
# ban hành Kế hoạch số 2664/KH-UBND ...': a newspaper's lead names the signer first, his titles
# in apposition, then what he signed (the signer is the person; the body is in his last title)
PERSON_LEAD_RE = re.compile(
    r"^\s*Ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})\s*,\s*(?:đồng\s+chí|ông|bà)\s+"
    r"(?P<person>[A-ZĐÀ-Ỹ][a-zà-ỹđ]*(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]*){1,4})\s*(?:,|\s[-–]\s)\s*(?P<roles>[^;:.]{3,200}?)\s*,?\s+"
    r"(?:vừa\s+|đã\s+)?(?:ký(?:\s+ban\s+hành)?|ban\s+hành)\s+(?P<type>" + _TYPES + r")\s+(?:số\s*:?\s*)?(?P<num>" + _NUM + r")")
# what a lead says was signed: 'ký Công điện khẩn số 03/CĐ-UBND', 'ký ban hành Kế hoạch số 905/KH-UBND'
SIGNED_TYPE_RE = re.compile(
    r"(?<![^\W_])(?:ký\s+ban\s+hành|ký|ban\s+hành)\s+(?P<type>" + _TYPES + r")(?:\s+(?:khẩn|hỏa\s+tốc|hoả\s+tốc|thượng\s+khẩn))?"
    r"\s+số\s*:?\s*(?P<num>" + _NUM + r")")
# a notice's closing formula names who gives notice: 'Vậy UBND Phường Quyết Tiến trân trọng Thông báo
# đến Nhân dân ... biết', 'Ủy ban nhân dân xã thông báo để các cơ quan ... biết, thực hiện./.'
NOTICE_SPEAKER_RE = re.compile(
    r"^\s*(?:Vậy\s*,?\s+)?(?P<body>(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+(?:[Xx]ã|[Pp]hường|[Tt]hị\s+trấn|"
    r"[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Tt]hành\s+phố|[Tt]ỉnh)(?:\s+[A-ZĐÀ-Ỹ][\wà-ỹđ-]*){1,4})\s+(?:trân\s+trọng\s+)?"
    r"[Tt]hông\s+báo\s+(?:để|đến|tới|cho)(?![^\W_])")
# a news page's headline that names the directive it reprints by its type and its urgency or its
# author: 'Công điện khẩn của Chủ tịch UBND tỉnh về phòng chống rét ...', 'Công điện hỏa tốc về
# ...', 'Chỉ thị của Thủ tướng Chính phủ về ...' (a headline about a document, 'Công điện về ...',
# names its type only when the document itself follows; the urgency or the author says it is one)
HEADLINE_TYPE_RE = re.compile(r"^\s*(?P<type>Công\s+điện|Chỉ\s+thị)\s+(?:(?:khẩn|hỏa\s+tốc|hoả\s+tốc|thượng\s+khẩn)(?![^\W_])|"
                              r"của\s+(?:(?:Phó\s+)?(?:Thủ\s+tướng|Chủ\s+tịch|Bộ\s+trưởng)|UBND|Ủy\s+ban|Uỷ\s+ban|Bộ|Ban))", re.I)
# '(Nguồn: Công văn 7550/VPCP-CCHC )', '(Theo Công văn số 12/UBND-VX)': a news item's closing note
# naming the document it reports (no date in it)
SOURCE_NOTE_RE = re.compile(r"^\s*\(\s*(?:Nguồn|Theo)\s*:?\s*(?P<type>" + _TYPES + r")\s+(?:số\s*:?\s*)?(?P<num>" + _NUM + r")\s*\)\s*\.?\s*$", re.I)
# an item of a portal's digest of directing documents: '1. Chính phủ: Nghị quyết số 169/NQ-CP ngày 11/11/2020 ...', '- UBND
# tỉnh: Công văn số 4079/UBND-KT ngày 19/6/2021 về việc ...', 'Bộ Y tế: Quyết định 3875/QĐ-BYT ...' (a body, a colon, then
# the document: its type, number and day)
DIGEST_ITEM_RE = re.compile(r"^\s*(?:\d{1,2}\s*[.)]\s*|[-–•+*]\s*)?(?P<body>[A-ZĐÀ-Ỹ][^:;.()]{1,80}?)\s*:\s*"
                            r"(?P<type>" + _TYPES + r"|Nghị\s+quyết|Nghị\s+định|Thông\s+tư|Hướng\s+dẫn)\s+(?:số\s*:?\s*)?"
                            r"(?P<num>" + _NUM + r")(?:\s*,?\s*ngày\s+" + _DMY + r")?")
_NOT_A_NAME_RE = re.compile(r"(?<![^\W_])(?:đã|vừa|sẽ|như|là|gồm|các|những|được|có)(?![^\W_])")
# a news page's time stamp: '11:01 AM, 29/12/2007', '21/01/2021 17:55', 'Thứ năm, 21/01/2021 17:55'
_STAMP_RE = re.compile(r"^\s*(?:[^\W\d_]+\s+[^\W\d_]+\s*,\s*)?(?:\d{1,2}:\d{2}(?:\s*[AP]M)?\s*,?\s*)?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?:\s+\d{1,2}:\d{2})?\s*$")
# '..., ngày 28/12, Văn phòng Chính phủ đã có công văn đề nghị ...': the day a body issued the act
DATED_ACT_RE = re.compile(r"(?<![^\W_])ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}))?\s*,\s*(?P<body>" + _LEAD_BODY + r")\s+"
                          r"(?:(?:đã|vừa)\s+)?(?:có|ban\s+hành|gửi|ra|ký)\s+(?P<type>" + _TYPES + r")(?![^\W_])", re.I)
_LEAD_VERB_RE = re.compile(r"\s(?:vừa|đã|ra|ban|ký|có|phát|gửi)(?![^\W_])")
# (header32: 'thị trấn', the third grassroots level beside 'xã' and 'phường': 'Đoàn Thanh niên thị trấn Núi Sập' is a body and
# its place, no person)
_PLACE_WORD_RE = re.compile(r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|thị\s+trấn|xã|phường|TP\.?|Tp\.?)$")
# (header26) a province or city of the closed list at the start of capitalised words, and a level word with at most one word
# after it at the end of the words before a name ('thành phố Hồ' | 'Chí Minh': the name cuts a place of several syllables)
_KNOWN_PLACE_RE = re.compile(r"(?:" + _place_names() + r")(?![^\W_])")
_LEVEL_NEAR_RE = re.compile(r"(?<![^\W_])(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|TP\.?|Tp\.?)(?:\s+\S+)?$")


def _office_and_person(who: str) -> tuple[str, str | None]:
    """Split 'Thủ tướng Chính phủ Phạm Minh Chính' into the office and the person: the person is
    the run of capitalised words at the end (2-4 of them; after a place word, 'tỉnh Quảng Nam Lê
    Trí Thanh', the place keeps its first two)."""
    from pipeline.repair.ocrphrases import SURNAMES
    from pipeline.structure.titles import is_personal_name
    words = who.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    run = words[k:]
    # (header33: a national body's name ends on its acronym and the country, 'Ủy ban Trung ương MTTQ Việt Nam', 'Hội Nông dân
    # Việt Nam', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' (header batch AN16; baophapluat, baomoi and mttq.thaibinh's
    # leads, 'Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam tổ chức Lễ phát động ...'): an acronym is no syllable of a
    # person's name and 'Việt Nam' is the country; a person's name, if any, follows them)
    acro = max((i for i, w in enumerate(run) if sum(c.isupper() for c in w) >= 2), default=-1)
    level_acro = acro >= 0 and _PLACE_WORD_RE.fullmatch(run[acro]) is not None
    run = run[acro + 1:]
    if level_acro:
        # ('UBND TP. Hội An', 'UBND TP Hà Nội Trần Sỹ Thanh': a level's abbreviation is followed by its place, as a level word is)
        pm = _KNOWN_PLACE_RE.match(" ".join(run))
        run = run[len(pm.group().split()):] if pm else (run[2:] if len(run) >= 4 else [])
    if run[:2] == ["Việt", "Nam"]:
        run = run[2:]
    if acro >= 0 and _KNOWN_PLACE_RE.fullmatch(" ".join(run)):
        run = []  # ('Sở GTVT Hà Nội': the acronym's place, no person)
    if _PLACE_WORD_RE.search(" ".join(words[:k])):
        # (header26: the place is the province or city the closed list names, of any length, 'thành phố Hồ Chí Minh'; a
        # city's committee named bare, 'UBND thành phố Hồ Kỳ Minh', has a person of three words opening on a surname)
        pm = _KNOWN_PLACE_RE.match(" ".join(run))
        if pm:
            run = run[len(pm.group().split()):]
        elif not (len(run) == 3 and re.search(r"(?:tỉnh|thành\s+phố)$", " ".join(words[:k])) and run[0] in SURNAMES
                  and is_personal_name(" ".join(run))):
            run = run[2:] if len(run) >= 4 else []
    if not 2 <= len(run) <= 4 or len(run) == len(words):
        return who, None
    return " ".join(words[:len(words) - len(run)]), " ".join(run)


# a Party committee or one of its boards speaks too: 'Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương ...',
# 'Ban Thường vụ Huyện ủy yêu cầu ...', 'Đảng ủy xã Hòa Bình chỉ đạo ...'
_PARTY_BODY = (r"Ban\s+(?:Chấp\s+hành|Thường\s+vụ|Bí\s+thư)\s+(?:Trung\s+ương\s+Đoàn|T\.Ư\s+Đoàn|TW\s+Đoàn|(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+đoàn)"
               r"(?:\s+[A-ZĐÀ-Ỹ][\wà-ỹđ]*){0,3}|"
               r"Ban\s+(?:Thường\s+vụ|Tuyên\s+giáo(?:\s+và\s+Dân\s+vận)?|Tổ\s+chức|Dân\s+vận|Nội\s+chính|Kinh\s+tế|Kiểm\s+tra)\s+"
               r"(?:Tỉnh|Huyện|Thành|Quận|Thị|Đảng)\s+ủy|(?:Tỉnh|Huyện|Thành|Quận|Thị|Đảng)\s+ủy(?:\s+(?:xã|phường|khối|[A-ZĐÀ-Ỹ][\wà-ỹđ]*)){0,3}")
# A province or a centrally run city named alone speaks for its committee in the press: 'TP Hà Nội đã yêu cầu các
# quận, huyện ...', 'Hải Phòng có văn bản yêu cầu ...', 'Tỉnh Thanh Hóa vừa ban hành công điện khẩn ...', 'tỉnh Lạng
# Sơn đề nghị ...', 'TPHCM vừa có công văn ...' (the names are the closed list of provinces; the issuer is written as
# the text names the place, samples/gold/README.md)
_PLACE_SPEAKER = (r"(?:(?:TP\.?|Tp\.?|Thành\s+phố|thành\s+phố|Tỉnh|tỉnh)\s*)?(?:" + _place_names() + r")(?![^\W_])"
                  r"|TP\.?\s*HCM(?![^\W_])|TPHCM(?![^\W_])")
PLACE_SPEAKER_RE = re.compile(r"(?:" + _PLACE_SPEAKER + r")$")
# ('(GLO)- Thủ tướng Chính phủ yêu cầu ...', 'Thủ tướng Phạm Minh Chính chỉ đạo ...', 'Thủ tướng yêu cầu ...': the Prime
# Minister speaks; his deputy ('Phó Thủ tướng ...') is not read so: the text he signs is the Prime Minister's or an
# Office's letter conveying his opinion)
_PM_SPEAKER = r"(?<!Phó\s)Thủ\s+tướng(?:\s+Chính\s+phủ)?(?![^\W_])"
# (header27) 'quyết định' as the verb of a body that decides what a post reports, '..., UBND huyện Đông Anh quyết định dừng tổ
# chức Lễ hội ...', 'UBND tỉnh Quảng Ngãi vừa quyết định cho học sinh ...', 'Ban Chỉ đạo liên ngành ... vừa quyết định thành lập
# 5 đoàn ...': never the noun a type line or a citation prints ('quyết định số', 'quyết định này'), always a lowercase verb after it
_DECIDES = r"quyết\s+định(?!\s+(?:số|này|trên|của|về|nêu|đó)(?![^\W_]))(?=\s+" + _LOWER_VI + r")"
# (header27) a ministry's or a department's unit speaks as its parent does, in the press and on portals: 'Chi cục Kiểm lâm đề
# nghị Chủ tịch UBND các xã ...', 'Chi cục Chăn nuôi và Thú y đề nghị Trung tâm ...', 'Tổng cục Quản lý thị trường chỉ đạo
# cục Quản lý thị trường các tỉnh ...', 'Cục Quản lý thị trường tỉnh Lạng Sơn yêu cầu ...' (its name opens on a capital:
# 'cục Quản lý thị trường các tỉnh' is an addressee)
_UNIT_SPEAKER = r"(?:Tổng\s+cục|Chi\s+cục|Cục)\s+(?!" + _LOWER_VI + r")[A-ZĐÀ-Ỹ][^,:;.()]{2,60}?"
# (header29) a school or a public service centre speaks in the press and on portals only by announcing, and its notice is the
# document: 'Trường ĐH Nguyễn Tất Thành thông báo, ...', 'Trường ĐH Công nghiệp Thực phẩm TP.HCM vừa thông báo kéo dài ...'
# (plo, phunuonline), 'Trường Đại học An Giang (...) thông báo cho sinh viên ...' (baoangiang), 'Trung tâm Dịch vụ tổng hợp xã
# X thông báo lịch thu gom ...' (a commune's notice); never a forecasting centre, whose bulletin 'Trung tâm Dự báo khí tượng
# thủy văn quốc gia thông báo ...' reports the weather, and never any other verb ('Trung tâm ... cho biết' is a source)
# (its name holds no day, no digit and no verb: 'Trường Mầm non X sáng 26/8 phát đi thông báo' names 'Trường Mầm non X')
_NOTICE_UNIT_SPEAKER = (r"(?:Trường|Trung\s+tâm)\s+(?!" + _LOWER_VI + r")(?!(?i:dự\s+báo|khí\s+tượng))[A-ZĐÀ-Ỹ]"
                        r"(?:(?!\s(?:phát\s+đi|có|ra|đã|vừa|cũng|sáng|chiều|tối|trưa|ngày)\s)(?:[^,:;.()\d/]|\.(?=HCM(?![^\W_])|[A-ZĐ]{2,}))){2,80}?"
                        r"(?=(?:\s+(?:cũng|vừa|đã))*\s+thông\s+báo(?![^\W_]))")
# (the head of a news item's recap sentence, see RECAP_RE and RECAP_SPEAKER_RE)
_RECAP_HEAD = r"^\s*Đó\s+là\s+(?:nội\s+dung|chỉ\s+đạo|yêu\s+cầu|đề\s+nghị)(?:\s+chỉ\s+đạo)?\s+"
SPEAKER_RE = re.compile(
    # ('Chủ tịch UBND tỉnh yêu cầu ...': the chairman speaks for the committee, which issues)
    # ('2. Để kịp thời giải đáp ..., Bộ Giáo dục và Đào tạo yêu cầu các trường:': after an item's
    # number and a purpose clause, a ministry's letter posted without its header speaks)
    # ('Trước tình hình trên, Chủ tịch UBND thành phố đề nghị ...', 'Nhân kỷ niệm ..., UBND tỉnh thông báo ...', 'Do vậy,
    # Bộ Y tế đề nghị ...': the circumstance or the occasion first)
    # ('Kết luận cuộc họp ..., Thủ tướng <name> yêu cầu ...', 'Phát biểu kết luận ..., Chủ tịch UBND tỉnh <name> yêu cầu
    # ...', 'Phát biểu tại phiên họp ..., Thủ tướng chỉ đạo ...': the meeting where the speaker concluded, first)
    # (header34: a purpose clause closed by a semicolon before a body that asks, 'Để kịp thời tham mưu ... triển khai thực hiện; Sở Nội vụ
    # kính đề nghị ...'; before an issuing body, 'Nhằm ...; Ủy ban nhân dân tỉnh vừa ban hành Công văn số ...', the press lead reads it)
    r"^\s*(?:[•·*]\s*)?(?:\d{1,2}\.\s+)?(?:(?:Để|Nhằm|Trước|Nhân|Do|Vì|Kết\s+luận|Phát\s+biểu)\s[^:;]{0,300}?(?:,|;(?=\s*[A-ZĐÀ-Ỹ][^;:.]{0,80}?\s(?:kính\s+)?(?:đề\s+nghị|yêu\s+cầu)(?![^\W_])))\s*)?"
    # ('Thực hiện Công văn số 3711/UBND-KGVX ... của Ủy ban nhân dân tỉnh về việc ..., Sở Giáo dục và
    # Đào tạo (GDĐT) yêu cầu ...': the grounds first, then the body that speaks, its short name in
    # brackets)
    # (not a person who conveys the opinion: 'Thực hiện ..., đồng chí <name>, Phó Chủ tịch UBND tỉnh
    # có ý kiến như sau:' is a letter of the committee's Office, which its closing names)
    # (header27: the grounds after a connective, lowercase: 'Tuy nhiên, thực hiện Chỉ thị số 05/CT-TTg ...; căn cứ ..., UBND huyện
    # Đông Anh quyết định dừng ...', 'Đồng thời, căn cứ ..., Sở Y tế đề nghị ...')
    r"(?:(?:Thực\s+hiện|Căn\s+cứ|Triển\s+khai|(?:Tuy\s+nhiên|Đồng\s+thời)\s*,\s*(?:thực\s+hiện|căn\s+cứ|triển\s+khai))"
    r"\s[^:]{0,600}?[,;]\s*(?=[A-ZĐÀ-Ỹ])(?!(?:Phó\s+)?Chủ\s+tịch))?"
    # ('Vấn đề quý Ông/Bà phản ánh, UBND phường An Tây xin thông báo kết quả ...': a reply names
    # the matter first)
    r"(?:(?:Vấn\s+đề|Về\s+(?:việc|nội\s+dung|vấn\s+đề))\s[^:;.]{0,200}?,\s*(?=[A-ZĐÀ-Ỹ]))?"
    # ('Theo đó, Chủ tịch UBND tỉnh đề nghị ...': a post's summary of what the document asks)
    # ('Tại văn bản này, UBND Thành phố Hà Nội yêu cầu ...', 'Trong công văn trên, ...', 'Mới đây, Sở Y tế đề nghị
    # ...': the text the post names, or 'lately', before the speaker)
    r"(?:(?:Sau\s+khi\s+xem\s+xét|Theo\s+đó|Mới\s+đây|Vừa\s+qua|Gần\s+đây|(?:Tại|Trong)\s+(?:văn\s+bản|công\s+văn|công\s+điện|"
    r"thông\s+báo|kế\s+hoạch|quyết\s+định|chỉ\s+thị)\s+(?:này|trên))\s*,\s*)?(?:(?:đồng\s+chí|Đồng\s+chí)\s+)?(?:(?:Phó\s+)?Chủ\s+tịch\s+)?(?P<body>" + _BODY + "|" + _PARTY_BODY + "|" + _PLACE_SPEAKER + "|" + _PM_SPEAKER + "|" + _UNIT_SPEAKER + "|" + _NOTICE_UNIT_SPEAKER + r")(?:" + _SHORT_NAME + r")?"
    # (header34: 'Chủ tịch UBND tỉnh - Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh yêu cầu: ...' (a chairman's Công điện retold),
    # 'Chủ tịch UBND tỉnh, Trưởng Ban An toàn giao thông tỉnh đã chỉ đạo ...', 'Chủ tịch UBND tỉnh - Trưởng Ban Chỉ huy Phòng,
    # chống thiên tai - ... tỉnh (PCTT - TKCN và PTDS) yêu cầu ...': the steering board he heads in apposition after a dash or
    # a comma; the committee still speaks)
    r"(?:\s*(?:[-–—]|,)\s*(?:Phó\s+)?Trưởng\s+[Bb]an\s+[^:;.()]{3,160}?(?:\s*\([^()]{2,40}\))?(?=\s+(?:(?:đã|vừa|cũng)\s+)?"
    r"(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao)(?![^\W_])))?"
    # ('Chủ tịch UBND TP Đà Nẵng, ông <name> (Trưởng ban Chỉ đạo ...) đã yêu cầu ...': the person who holds the office
    # in apposition, his other office in brackets)
    r"(?:\s*,\s*(?:ông|bà|đồng\s+chí)\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3}(?:\s*\([^()]{2,200}\))?\s*,?(?=\s))?"
    # ('Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu yêu cầu ...': the person who holds the office, see
    # :func:`_speaker_body`)
    # (capitals only: 'À-Ỹ' spans lowercase letters, and 'Lâm Đồng đã' is no name)
    r"(?:\s+(?P<person>(?!" + _LOWER_VI + r")[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+(?!" + _LOWER_VI + r")[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3}))?\s+"
    # ('UBND thành phố Hà Nội đã ban hành Thông báo số ...': the verb's tense marker before it)
    # ('Để kịp thời ..., tổ chức lại ..., UBND tỉnh Đắk Lắk vừa có văn bản đề nghị ...', '... Sở Tài nguyên và Môi
    # trường Lâm Đồng đã có văn bản đề nghị ...', 'UBND tỉnh vừa có công văn yêu cầu ...': the act named before the verb)
    # ('UBND TP Hải Phòng tiếp tục chỉ đạo ...', 'Hải Phòng cũng yêu cầu ...', 'TP Hà Nội đã yêu cầu ...')
    r"(?:(?:cũng|tiếp\s+tục)\s+)?(?:(?:đã|vừa|đã\s+ký|xin)\s+)?(?:có\s+(?:văn\s+bản|công\s+văn)\s+(?=đề\s+nghị|yêu\s+cầu|chỉ\s+đạo))?"
    # (header34: a request's courtesy, 'Sở Nội vụ kính đề nghị các cơ quan ...', 'Cục Thú y kính đề nghị các Quý cơ quan ...',
    # 'Văn phòng Đảng ủy Chính phủ kính đề nghị ...'; a notice's 'UBND xã trân trọng thông báo tới Nhân dân ...' is left to the
    # closing formula, which names the commune in full: tests/test_header_shapes10)
    r"(?:kính\s+(?=đề\s+nghị))?"
    # (header26: an answer's 'UBND phường X kiểm tra và trả lời như sau:', 'xác minh, trả lời')
    r"(?:(?:kiểm\s+tra|xác\s+minh|rà\s+soát)(?:\s*,\s*(?:xác\s+minh|rà\s+soát))?\s*(?:,|và)\s+(?=trả\s+lời|thông\s+báo))?"
    # (header27: a body that decides what the post reports, '..., UBND huyện Đông Anh quyết định dừng tổ chức Lễ hội ...', 'UBND
    # tỉnh Quảng Ngãi vừa quyết định cho học sinh ...': the verb, never the noun a type line or a citation prints, 'quyết định số')
    # (header29: 'Chủ tịch UBND tỉnh Quảng Nam vừa có chỉ đạo các sở, ...', 'Thực hiện ..., Chủ tịch UBND tỉnh Bắc Ninh <name> đã có chỉ
    # đạo quyết liệt ...' (unseen_repair a15, b9), '- Sở GD-ĐT TP.HCM vừa có chỉ đạo các trường ...': the act named as a noun)
    r"(?:có\s+ý\s+kiến|có\s+chỉ\s+đạo|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|ban\s+hành|thông\s+báo|nhận\s+được|giao|trả\s+lời|nhấn\s+mạnh"
    r"|" + _DECIDES + r")(?![^\W_])")
# (header25) a recap sentence that names only who asked, no document: 'Đó là yêu cầu mà Bộ Công Thương vừa đưa ra khi chỉ
# đạo ...', 'Đó là chỉ đạo của UBND tỉnh đối với các sở, ngành ...' (RECAP_RE's head; a SPEAKER_RE-like match, its person
# group always empty)
RECAP_SPEAKER_RE = re.compile(
    _RECAP_HEAD + r"(?:(?P<by>mà)|của)\s+(?:(?:Phó\s+)?Chủ\s+tịch\s+)?(?P<body>" + _BODY + "|" + _PARTY_BODY + "|" + _PM_SPEAKER + r")"
    r"(?:" + _SHORT_NAME + r")?(?P<person>(?!))?"
    r"(?(by)\s+(?:(?:đã|vừa|mới|cũng)\s+)*(?:đưa\s+ra|nêu(?:\s+ra)?|ban\s+hành|chỉ\s+đạo|yêu\s+cầu|đề\s+nghị|gửi|có)(?![^\W_])"
    r"|(?=\s+(?:đối\s+với|gửi|tại|trong|về|với|cho|vừa|đã|mới)(?![^\W_])|\s*[,.;]|\s*$))")
LEAD_IN_SPEAKER_RE = re.compile(
    r"[,;]\s*(?i:để|nhằm)\s[^:;]{3,200}?,\s*(?:(?:Phó\s+)?Chủ\s+tịch\s+)?(?P<body>" + _BODY + "|" + _PARTY_BODY + r")\s+"
    r"(?:có\s+ý\s+kiến(?:\s+chỉ\s+đạo)?|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo)(?:\s+như\s+sau)?\s*:\s*$")
# The same lines with any marks: a posted text that an OCR or a stripped-diacritics repair left
# with a wrong mark in its keywords ('UBND tính banh Công văn số 846/UBND-TH', 'tính' for 'tỉnh')
# still names its identity; what is taken from them is spelled as the language spells it.
TOLERANT = {rx: mark_tolerant(rx) for rx in (IDENTITY_RE, NEWS_LEAD_RE, SPEAKER_RE)}
_TYPE_NAMES = ("Công văn", "Văn bản", "Công điện", "Chỉ thị", "Quyết định", "Kế hoạch", "Thông báo", "Kết luận")
# a post's title: a document type in sentence case, then its subject ('Giấy mời dự ...', 'Kế hoạch
# tổ chức ...'), never a name ('Kế hoạch Đầu tư' is a department's)
_POST_TYPES = ("Thông báo kết luận", "Chương trình công tác", "Kế hoạch", "Chỉ thị", "Quyết định", "Thông báo",
               "Báo cáo", "Tờ trình", "Hướng dẫn", "Công điện", "Công văn", "Giấy mời", "Chương trình", "Kết luận")
POST_TITLE_TYPE_RE = re.compile(r"^\s*(" + "|".join(t.replace(" ", r"\s+") for t in _POST_TYPES) + r")\s+(?=[a-zà-ỹđ])")
LINK_TYPE_RE = re.compile(r"^\s*(?:Nội\s+dung|Xem\s+(?:chi\s+tiết|toàn\s+văn|nội\s+dung)|Tải(?:\s+về)?|Toàn\s+văn)\s+"
                          r"(?P<type>công\s+văn|kế\s+hoạch|thông\s+báo|quyết\s+định|chỉ\s+thị|hướng\s+dẫn|công\s+điện)(?![^\W_])"
                          r"[^:.]{0,80}?\s*(?::|đính\s+kèm|tại\s+đây)", re.IGNORECASE)
_LEVEL_RE = mark_tolerant(r"(?<![^\W_])(?:tỉnh|thành\s+phố)(?![^\W_])")
_FULL_DATE_RE = re.compile(r"(?<![\d/])\d{1,2}\s*/\s*\d{1,2}\s*/\s*((?:19|20)\d\d)(?!\d)")


@dataclass
class Posted:
    doc_type: str | None = None
    number: str | None = None
    date: _dt.date | None = None
    issuer: str | None = None
    signer: str | None = None
    signer_title: str | None = None
    title: str | None = None
    line: int | None = None  # (the line that gave them, when one did)
    lead_dm: tuple[int, int] | None = None  # (a lead's day and month printed without a year)


def _date(d: str, m: str, y: str | int) -> _dt.date | None:
    try:
        return _dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


# words after which 'tỉnh' / 'thành phố' is the body's level ('UBND tỉnh', 'Ủy ban nhân dân Tỉnh'); after any
# other capitalised word it is the end of a place's own name and keeps its marks: 'Hà Tĩnh', 'Sơn Tịnh'
_LEVEL_AFTER = frozenset({"ubnd", "hdnd", "dan", "nhan", "ban", "uy"})


def _level_word(lm: re.Match) -> str:
    """A level word spelled with a slipped mark ('tinh', 'tình', 'thanh pho') in its one spelling, unless it
    ends a place's name: a mark-tolerant 'tỉnh' also matches the 'Tĩnh' of 'Hà Tĩnh', which is no level."""
    word = lm.group()
    before = lm.string[:lm.start()].split()
    if before and before[-1][:1].isupper() and fold(before[-1]).lower() not in _LEVEL_AFTER:
        return word
    return ("T" if word[0].isupper() else "t") + ("ỉnh" if fold(word) == "tinh" else "hành phố")


def _body(name: str) -> str:
    """The body's name without the lowercase words a greedy place pattern took after 'tỉnh' ('À-Ỹ'
    spans lowercase letters too: 'Ủy ban nhân dân tỉnh đã' -> 'Ủy ban nhân dân tỉnh')."""
    name = re.sub(r"\s+", " ", name).strip()
    name = _LEVEL_RE.sub(_level_word, name)
    if re.search(r"(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) (?:ủy|uỷ)$", name):
        return name  # ('Ban Tuyên giáo Tỉnh ủy': a Party committee's name ends with it)
    party = _party_committee(name)
    if party:
        return party  # (header23: 'Tỉnh ủy Lào Cai đã ...' -> 'Tỉnh ủy Lào Cai', never 'Tỉnh')
    if re.search(r"(?:Tỉnh|Thành|Huyện|Quận|Thị) [Đđ]oàn(?: [A-ZĐÀ-Ỹ]\S*)*$", name):
        return name  # ('Ban Chấp hành Tỉnh đoàn Nghệ An': the Youth Union's committee and its place)
    m = re.match(r"(.*?(?:tỉnh|Tỉnh|thành phố|Thành phố|(?<![^\W_])TP\.?))((?: \S+)*)$", name)
    if not m:
        return name
    place = []
    for w in m.group(2).split():
        if not w[:1].isupper():
            break
        place.append(w)
    return " ".join([m.group(1), *place])


def _party_committee(name: str) -> str | None:
    """(header23) A Party committee named first with its place after it, up to the first word in lower case: 'Tỉnh ủy Lào Cai
    đã' -> 'Tỉnh ủy Lào Cai', 'Huyện ủy Bát Xát' -> itself; None for any other name."""
    m = re.match(r"^(?P<c>(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+(?:ủy|uỷ))(?P<rest>(?:\s+\S+)*)$", name)
    if not m:
        return None
    # (header32: a grassroots Party committee named by its level word, 'Đảng ủy phường tổ chức Họp mặt ...' (header batch
    # AM09), 'Đảng ủy xã X', 'Đảng ủy thị trấn X': the level word belongs to the name)
    head, rest = m.group("c"), m.group("rest")
    lm = re.match(r"\s+(?:xã|phường|thị\s+trấn)(?![^\W_])", rest) if head.startswith("Đảng") else None
    if lm:
        head, rest = head + " " + re.sub(r"\s+", " ", lm.group(0).strip()), rest[lm.end():]
    place = []
    for w in rest.split():
        if not w[:1].isupper():
            break
        place.append(w)
    return " ".join([head, *place])


def _type_and_number(m: re.Match) -> tuple[str | None, str]:
    """The type and number a lead, a note or a bracket names ('ký Công điện khẩn số 03/CĐ-UBND'):
    every shape of post below reads them the same way, the number without the spaces a page puts in it."""
    # (never the sentence's stop: 'đã ký Quyết định số 1520/QĐ-UBND. Phó Chủ tịch ...')
    return _type(m.group("type")), re.sub(r"\s+", "", m.group("num")).rstrip(".")


def _type(t: str | None) -> str | None:
    if not t:
        return None
    t = re.sub(r"\s+", " ", t)
    from pipeline.structure.header import DOC_TYPES
    # (any type a lead names, in the case the language writes it: 'hướng dẫn' -> 'Hướng dẫn')
    t = next((n for n in _TYPE_NAMES if fold(n) == fold(t)), None) or next((v for _, v in DOC_TYPES if fold(v) == fold(t)), t)
    return "Công văn" if t == "Văn bản" else t


# A news item's first sentences name the document they are about by its type, its number and
# the body whose act it is: 'Chỉ thị 35-CT/TW của Bộ Chính trị về Đại hội Đảng bộ các cấp ... nêu
# rõ ...', 'Đó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về việc ...', a tag
# page's headline run into its lead ('... sáp nhập Kết luận 150-KL/TW của Bộ Chính trị hướng dẫn
# ...'), 'Chỉ thị 35 của Bộ Chính trị về ...' (the number alone).  The type is capitalised (it
# names a document) and the sentence does not cite it as a ground or a source ('Thực hiện',
# 'Căn cứ', 'Theo', 'nhận được': the item is then about something else); the body is followed by
# the document's subject ('về ...') or by what it says ('nêu rõ', 'hướng dẫn', 'yêu cầu').
_MENTION_TYPES = _TYPES + r"|Nghị\s+quyết|Quy\s+định|Hướng\s+dẫn|Quy\s+chế"
_MENTION_RE = re.compile(
    r"(?<![^\W_])(?P<type>" + _MENTION_TYPES + r")\s+(?:số\s*:?\s*)?(?P<num>" + _NUM + r"|\d{1,5}(?![\d/\w]))"
    r"(?:\s*,?\s*ngày\s+" + _DMY + r")?\s+của\s+"
    r"(?P<by>(?:(?:Phó\s+)?(?:Chủ\s+tịch|Bộ\s+trưởng)\s+)?(?:Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Ban\s+Chấp\s+hành|Thủ\s+tướng|Chính\s+phủ|"
    r"Văn\s+phòng|UBND|HĐND|Ủy\s+ban|Uỷ\s+ban|Hội\s+đồng|Bộ|Sở|Ban|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Đảng\s+ủy|Tổng\s+cục|Cục)(?![^\W_])"
    r"[^,;:.()“\"]{0,60}?)"
    r"(?=\s+(?:về|V/v|v/v|hướng\s+dẫn|quy\s+định|nêu|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|ban\s+hành)(?![^\W_]))"
    # ('... của Ban Thường vụ Tỉnh ủy ban hành ngày 14.12.2020': the day it was issued after the body)
    r"(?:\s+ban\s+hành\s+ngày\s+(?P<d2>\d{1,2})\s*[./-]\s*(?P<m2>\d{1,2})\s*[./-]\s*(?P<y2>\d{4}))?")
# a news item's first sentence that names the document it is about as just issued ('Theo thông báo
# của UBND tỉnh vừa được ban hành, ...', 'Kế hoạch số 12/KH-UBND của UBND huyện vừa ban hành nêu rõ
# ...'): 'vừa (được) ban hành' makes it the news, not a ground
FRESH_DOC_RE = re.compile(
    r"^\s*(?:Theo\s+)?(?P<type>" + r"(?i:công\s+văn|văn\s+bản|công\s+điện|chỉ\s+thị|quyết\s+định|kế\s+hoạch|thông\s+báo|kết\s+luận|hướng\s+dẫn)"
    + r")\s+(?:số\s*:?\s*(?P<num>" + _NUM + r")\s+)?(?:của\s+)?(?P<body>(?:(?:Phó\s+)?Chủ\s+tịch\s+)?(?:" + _LEAD_BODY + r"))\s+"
    r"(?:vừa|mới)\s+(?:được\s+)?(?:ký\s+ban\s+hành|ban\s+hành|ký)(?![^\W_])")
RECEIVED_RE = re.compile(
    r"(?<![^\W_])nhận\s+được\s+(?P<type>" + _TYPES + r")\s+(?:số\s*:?\s*)?(?P<num>" + _NUM + r")"
    r"(?:\s*,?\s*ngày\s+" + _DMY + r")?(?:\s+của\s+(?P<of>" + _LEAD_BODY + r")(?=\s+(?:về|V/v|v/v)(?![^\W_])|\s*[,.;(“\"]|\s*$))?")
_RECEIVER_SPEAKS_RE = re.compile(r"(?:có\s+ý\s+kiến|như\s+sau|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo)\s*:|(?:có\s+ý\s+kiến|"
                                 r"(?:trả\s+lời|phúc\s+đáp)\s+như\s+sau)")
PASSIVE_SIGNED_RE = re.compile(
    r"^\s*(?:[^\W\d_]{2,12}\s+(?:19|20)\d\d-\d{1,2}(?:-\d{1,2})?\s+)?"
    r"(?P<type>(?i:công\s+văn|công\s+điện|chỉ\s+thị|quyết\s+định|kế\s+hoạch|thông\s+báo|kết\s+luận|hướng\s+dẫn))"
    r"(?:\s+số\s*:?\s*(?P<num>" + _NUM + r"))?(?:\s+(?:trên|này|nói\s+trên))?\s+do\s+"
    r"(?:(?i:ông|bà|đồng\s+chí)\s+)?(?P<who>[A-ZĐÀ-Ỹ][^;:.()]{2,160}?)\s+(?:ký(?:\s+ban\s+hành)?|ban\s+hành)(?![^\W_])")
# a news item's recap sentence: 'Đó là chỉ đạo của UBND tỉnh đối với <whom> tại Công văn số
# 4079/UBND-KT ngày 19/6 về việc ...', 'Đó là yêu cầu của Chủ tịch UBND tỉnh tại Công điện số ...'
RECAP_RE = re.compile(
    _RECAP_HEAD + r"của\s+"
    r"(?P<body>(?:(?:Phó\s+)?Chủ\s+tịch\s+)?(?:" + _LEAD_BODY + r"))(?![^\W_])[^.;]{0,300}?\s(?:tại|trong)\s+"
    r"(?P<type>" + _TYPES + r")\s+(?:số\s*:?\s*)?(?P<num>" + _NUM + r")"
    r"(?:\s*,?\s*ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}))?)?")
_CITING_RE = re.compile(r"(?<![^\W_])(?i:thực\s+hiện|căn\s+cứ|theo|triển\s+khai|quán\s+triệt|thi\s+hành|nhận\s+được|thay\s+thế|"
                        r"sửa\s+đổi|kèm\s+theo|tổng\s+kết|sơ\s+kết)(?![^\W_])")


def mentioned_document(t: str) -> Posted | None:
    """Type, number and issuer of the document a news item's sentence is about (see
    _MENTION_RE), or None."""
    m = _MENTION_RE.search(t)
    if not m:
        return None
    before = re.split(r"[.!?]\s", t[:m.start()])[-1]
    if _CITING_RE.search(before):
        return None
    by = re.sub(r"\s+", " ", m.group("by")).strip()
    if re.search(r"(?<![^\W_])(?:đã|vừa|sẽ|đang|được|giao|có)(?![^\W_])", by):
        return None  # ('Quyết định 45/QĐ-UBND của UBND tỉnh đã giao các sở ...': a body's sentence, not its subject)
    by = re.sub(r"^(?:Phó\s+)?Chủ\s+tịch\s+(?=UBND|Ủy|Uỷ)", "", by)
    return Posted(doc_type=_type(re.sub(r"\s+", " ", m.group("type"))), number=re.sub(r"\s+", "", m.group("num")), issuer=by,
                  date=_date(m.group("d"), m.group("m"), m.group("y")) if m.group("d")
                  else _date(m.group("d2"), m.group("m2"), m.group("y2")) if m.group("d2") else None)


# a page's own time stamp on a line of its own, with its label or zone: 'Cập nhật: 18:32, 17/04/2020
# (GMT+7)', '26/07/2021 4:42:34 CH', 'Thứ Bảy, 18/12/2021, 21:07 [GMT+7]', 'Đăng ngày 08/12/2022'
_PAGE_STAMP_RE = re.compile(r"^[^.!?]{0,40}?(?<![\d/])(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)(?!\d)[^.!?]{0,40}$")


def _dated_by_stamp(dm: tuple[int, int], lines: list[str], item: list[str] | None = None) -> _dt.date | None:
    """The day and month of a lead ('Chiều 17/4, UBND tỉnh có Công văn ...') in the year of the
    page's stamp above or beside it: the act is no later than the page that reports it.
    (deadline31) A stamp two or more years after every full date of the ``item`` (its whole text) is a
    page's clock or a later re-posting ('Thứ hai 24/1/2022' over a letter of 2016), no bound: passed over."""
    for t in lines:
        sm = _PAGE_STAMP_RE.match(t.strip())
        stamp = _date(sm.group("d"), sm.group("m"), sm.group("y")) if sm else scrape_stamp_bound(t)
        if stamp is not None and item is not None and is_archive_stamp(stamp, item):
            continue
        if stamp is not None:
            day = _date(dm[0], dm[1], stamp.year)
            return day if day is None or day <= stamp else _date(dm[0], dm[1], stamp.year - 1)
    return None


# (or on its body: '... trên địa bàn tỉnh. Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị số 03-CT/TU ...')
_NEXT_DAY_LEAD_RE = re.compile(r"[.!?]\s+(?=(?:Ngày|(?:Sáng|Chiều|Tối|Trưa)(?:\s+ngày)?)\s+\d{1,2}\s*[/.\-]\s*\d{1,2}|"
                               r"[A-ZĐÀ-Ỹ][^.;:!?]{2,80}?\s(?:vừa|đã|mới)\s+(?:ký\s+ban\s+hành|ban\s+hành|ký|có)\s)")


# grounds a lead cites in a sentence of their own ('Thực hiện ..., Căn cứ ..., Triển khai ..., Quán triệt ...'), ending on a stop
# before a capital: the next sentence may be the lead
_GROUNDS_STOP_RE = re.compile(r"^\s*(?:\([^()]{2,40}\)\s*[-–—]?\s*)?(?i:(?:nghiêm\s+túc\s+)?thực\s+hiện|căn\s+cứ|triển\s+khai|"
                              r"quán\s+triệt|theo\s+chỉ\s+đạo)\s[^.!?]{3,1200}?[.!?]\s+(?=[A-ZĐÀ-Ỹ])")


def _speaker_body(m: re.Match) -> str:
    """The body of a SPEAKER_RE match, the person who speaks for it split off: 'UBND tỉnh Lạng Sơn' of
    'UBND tỉnh Lạng Sơn Hồ Tiến Thiệu' (see :func:`_without_person`)."""
    body, person = m.group("body"), m.group("person")
    if person:
        return _without_person(body + " " + person)
    # ('Phó Chủ tịch UBND TP Lê Văn Khoa yêu cầu ...': the words after 'TP' are a person's name unless they name a
    # province or city)
    # ('Chủ tịch UBND tỉnh Nguyễn Đức Trung yêu cầu ...': after 'tỉnh' or 'thành phố' too, unless they name the province)
    tm = re.match(r"(.*?(?<![^\W_])(?:TP\.?|[Tt]ỉnh|[Tt]hành\s+phố))\s*(.+)$", body)
    if tm and not PLACE_SPEAKER_RE.match(tm.group(2)):
        return _without_person(body)
    return body


_SENT_TO_RE = re.compile(r"(?<![^\W_])gửi(?![^\W_])")
# (header35) a clause ending on the agent of a passive, 'được UBND huyện Cát Hải' (capitalised, no verb after it)
_PASSIVE_AGENT_END_RE = re.compile(r"(?<![^\W_])được\s+[A-ZĐÀ-Ỹ][^,;:.]{1,80}$")


def _clause_speaker(t: str) -> re.Match | None:
    """A SPEAKER_RE match opening a clause after one of the first sentence's commas (within its first 400 characters),
    unless the clause before it names a person ('đồng chí|ông|bà <name>')."""
    first = re.split(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ])", t.strip(), maxsplit=1)[0][:400]
    start = 0
    for cm in re.finditer(r",\s*", first):
        if _SENT_TO_RE.search(first[:cm.start()]):
            # (header27: 'X vừa có văn bản gửi UBND Hà Nội, BCĐ ..., Cục CSGT (Bộ Công an) đề nghị xử lý ...': the commas after
            # 'gửi' part its addressees, and the last one is no speaker)
            return None
        before, start = first[start:cm.start()], cm.end()
        if re.match(r"\s*(?i:đồng\s+chí|ông|bà)\s", before):
            continue
        if _PASSIVE_AGENT_END_RE.search(before):
            # (header35: '..., vừa được UBND huyện Cát Hải, TP Hải Phòng ban hành.': the clause after a passive agent's
            # comma is the agent's parent place, no speaker)
            continue
        m = SPEAKER_RE.match(first[cm.end():])
        if m and not _REPORTS_IN_BODY_RE.search(m.group("body")):
            return m
    return None


# (header20) a body's name never holds a reporting verb or the clause it reports: 'Bộ Giáo dục và Đào tạo cho hay việc này theo
# chỉ đạo ...' is the ministry reporting, not a body named 'Bộ Giáo dục và Đào tạo cho hay việc này theo' that directs
_REPORTS_IN_BODY_RE = re.compile(r"(?<![^\W_])(?:cho\s+hay|cho\s+biết|cho\s+rằng|thông\s+tin|khẳng\s+định|nhận\s+định|việc|theo)(?![^\W_])")
# (header20) a pronoun that speaks, 'Vì vậy, ông yêu cầu ...', 'bà đề nghị ...' (no name after it: 'ông <name>' is read elsewhere)
_PRONOUN_SPEAKER_RE = re.compile(r"(?:^|[,.;:]\s+)(?:(?i:vì\s+vậy|do\s+(?:đó|vậy)|theo\s+đó|đồng\s+thời|từ\s+đó)\s*,\s*)?(?i:ông|bà)\s+"
                                 r"(?:(?:cũng|đã|tiếp\s+tục)\s+)*(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao)(?![^\W_])")
# (header20) the person a pronoun stands for: the last title named before it, with the body it heads
_ANTECEDENT_RE = re.compile(r"(?P<pm>(?<!Phó\s)(?<!phó\s)Thủ\s+tướng(?:\s+Chính\s+phủ)?(?![^\W_]))|(?P<dpm>(?i:phó\s+thủ\s+tướng))|"
                            r"(?:Phó\s+)?(?:Chủ\s+tịch|Bộ\s+trưởng|Giám\s+đốc|Thứ\s+trưởng)(?:\s+(?P<body>" + _BODY + r"))?(?![^\W_])")
# (header20) a reporting lead, '<body> cho hay / cho biết / thông tin ...'
_REPORTING_LEAD_RE = re.compile(r"^\s*" + posted24.LEAD_DAY + r"?"
                                r"(?P<body>" + _LEAD_BODY + r")\s+(?:(?:cũng|đã|vừa)\s+)?(?:cho\s+hay|cho\s+biết|thông\s+tin)(?![^\W_])")


def pronoun_speaker(texts: list[str]) -> str | None:
    """(header20) The issuer an item's pronoun speaker stands for ('Trong công điện ..., Thủ tướng đánh giá ... Vì vậy, ông yêu
    cầu ...'): the last title named before the pronoun in its paragraph, its body ('Chủ tịch UBND tỉnh' -> 'UBND tỉnh', 'Thủ
    tướng' -> 'Thủ tướng Chính phủ'); a title with no body named gives the body the reporting lead named ('Bộ Y tế cho hay ...
    Bộ trưởng đánh giá ..., bà yêu cầu ...'); a deputy prime minister, none."""
    lead_body = None
    for t in texts:
        t = strip_press_tag(t)
        rm = _REPORTING_LEAD_RE.match(t)
        if rm and lead_body is None:
            lead_body = _body(re.split(r"\s+(?:cũng|đã|vừa)$", rm.group("body"))[0])
        pm = _PRONOUN_SPEAKER_RE.search(t)
        if not pm:
            continue
        before = list(_ANTECEDENT_RE.finditer(t[:pm.start() + 1]))
        if not before:
            return lead_body
        a = before[-1]
        if a.group("dpm"):
            return None
        if a.group("pm"):
            return "Thủ tướng Chính phủ"
        if a.group("body") and not _REPORTS_IN_BODY_RE.search(a.group("body")):
            return _body(_without_person(a.group("body")))
        return lead_body
    return None


# (header26) an opener that names who asked, then those who must act: 'Theo yêu cầu của UBND tỉnh Lạng Sơn, các đơn vị chức năng
# phải tăng cường ...', 'Theo chỉ đạo của Sở Y tế, các trạm y tế ...': the body that asked speaks through the item; when a
# body acts after the comma ('Theo chỉ đạo của UBND tỉnh, Sở Y tế yêu cầu ...') that body is the speaker (SPEAKER_RE, read first)
_ASKED_BY_OPENER_RE = re.compile(r"^\s*(?:Theo|Thực\s+hiện)\s+(?:yêu\s+cầu|chỉ\s+đạo|ý\s+kiến\s+chỉ\s+đạo)\s+của\s+"
                                 r"(?:(?:Phó\s+)?Chủ\s+tịch\s+)?(?P<body>" + _BODY + "|" + _PARTY_BODY + r")(?:" + _SHORT_NAME + r")?"
                                 r"\s*,\s*(?P<rest>[^,;:.]{0,40})")


def asked_by_opener(texts: list[str]) -> str | None:
    """(header26) The body an opener 'Theo yêu cầu của <body>, ...' names (see _ASKED_BY_OPENER_RE), when no body follows
    the comma; or None."""
    for t in texts:
        m = _ASKED_BY_OPENER_RE.match(strip_press_tag(t))
        if m and not _PRESS_BODY_RE.match(m.group("rest")) and not PLACE_SPEAKER_RE.match(m.group("rest").split(" ")[0]):
            return _body(_without_person(m.group("body")))
    return None


def _body_of_place(place: str, texts: list[str]) -> str | None:
    """(header26) A body of the place a headline made the speaker ('Hà Nội yêu cầu trường học ...' over 'Sở GD&ĐT Hà Nội đề
    nghị các đơn vị ...'): the body a later lead sentence names as speaker, its name ending on the same place; or None."""
    key = fold(re.sub(r"^(?i:tp\.?|thành\s+phố|tỉnh)\s*", "", place))
    for t in texts[1:]:
        st = re.sub(_SHORT_NAME, "", strip_press_tag(t))
        m = SPEAKER_RE.match(st)
        if m and not PLACE_SPEAKER_RE.fullmatch(m.group("body").strip()) and not _REPORTS_IN_BODY_RE.search(m.group("body")):
            body = _speaker_issuer(m)
            if fold(body).endswith(key):
                return body
    return None


def _speaker_issuer(m: re.Match) -> str:
    """The issuer a SPEAKER_RE match names: its body (see :func:`_speaker_body`), 'Thủ tướng' read as the Prime
    Minister's office, 'Thủ tướng Chính phủ', as a lead that names his act gives it."""
    body = _body(_speaker_body(m))
    return "Thủ tướng Chính phủ" if re.fullmatch(r"Thủ tướng(?: Chính phủ)?", body) else body


def _without_person(who: str) -> str:
    """A body named with the person who holds its chair after it, the person dropped: 'UBND tỉnh Nguyễn Văn
    Khước' of 'Phó Chủ tịch UBND tỉnh Nguyễn Văn Khước ký ...' (the name is the last 3, 2 or 4 capitalised words
    that open on a surname and make a personal name; with none, the capitalised words are the body's place)."""
    from pipeline.repair.ocrphrases import SURNAMES
    from pipeline.structure.titles import is_personal_name
    words = who.split()
    for k in (3, 2, 4):
        name = words[-k:]
        rest = " ".join(words[:-k])
        # (a district, a ward or a commune may bear a person's name, 'UBND huyện Trần Văn Thời': the name right
        # after such a level word is the place)
        # (header26: a city's committee named bare, 'UBND thành phố Hồ Kỳ Minh', before a name of three words that is no
        # province or city of the closed list: the person's)
        city_person = k == 3 and re.search(r"(?<![^\W_])thành\s+phố$", rest) and not _KNOWN_PLACE_RE.match(" ".join(name))
        if len(words) - k >= 2 and name[0] in SURNAMES and is_personal_name(" ".join(name)) \
                and (city_person or not re.search(r"(?<![^\W_])(?:huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|thành\s+phố)$", rest)):
            return rest
    return " ".join(words)


# A cable names who sends it on its own line, before 'điện:' and the addressees: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
# điện:', 'THỦ TƯỚNG CHÍNH PHỦ điện:', 'CHỦ TỊCH UBND THỊ XÃ BA ĐỒN' over 'ĐIỆN:', 'BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI
# VÀ TÌM KIẾM CỨU NẠN TỈNH điện:' (a post that prints the cable without its header block keeps that line)
_CABLE_WHO = (r"(?P<title>(?i:(?:phó\s+)?chủ\s+tịch|thủ\s+tướng|(?:phó\s+)?trưởng\s+ban|bộ\s+trưởng|giám\s+đốc)\s+)?"
              r"(?P<body>(?i:ủy\s+ban|uỷ\s+ban|ubnd|chính\s+phủ|ban|bộ|sở|tỉnh\s+ủy|thành\s+ủy|huyện\s+ủy)(?![^\W_])[^,:;.()]{0,100}?)")
CABLE_ISSUER_RE = re.compile(r"^\s*" + _CABLE_WHO + r"\s*,?\s*(?:ĐIỆN|[Đđ]iện)\s*:")
_CABLE_WORD_RE = re.compile(r"^\s*(?:ĐIỆN|[Đđ]iện)\s*:")


def cable_issuer(texts: list[str]) -> str | None:
    """The sender a cable names on the line before 'điện:' (see CABLE_ISSUER_RE), or None."""
    for k, t in enumerate(texts):
        m = CABLE_ISSUER_RE.match(t)
        if m is None and k + 1 < len(texts) and _CABLE_WORD_RE.match(texts[k + 1]) and t.upper() == t:
            m = re.match(r"^\s*" + _CABLE_WHO + r"\s*,?\s*$", t)
        if m is None:
            continue
        body = re.sub(r"\s+", " ", m.group("body")).strip(" ,")
        title = fold(m.group("title") or "").strip()
        if title == "thu tuong" and fold(body) == "chinh phu":
            return re.sub(r"\s+", " ", (m.group("title") + body)).strip()  # the Prime Minister
        return body
    return None


_EXECUTES_THIS_RE = re.compile(r"(?:thi\s+hành|thực\s+hiện)\s+(?P<type>Quyết\s+định|Chỉ\s+thị|Công\s+điện)\s+này(?![^\W_])")


# (meeting16) The document named first, then its issuer speaking through it, when the document is named
# by what it is of rather than only by its number: 'Tại Nghị quyết số 230/NQ-CP phiên họp Chính phủ
# thường kỳ tháng 7 năm 2025 ..., Chính phủ yêu cầu ...', 'Tại Nghị quyết phiên họp Chính phủ thường kỳ
# tháng 5, Chính phủ yêu cầu ...', 'Ngày 5/8, tại Nghị quyết số 112/NQ-CP, Chính phủ yêu cầu ...'. The item
# reports that document: its type, number and issuer (samples/gold/README.md, 'Header'). Not when the
# document is another body's ('của X'), nor when its number's symbol names another issuer than the speaker
# ('Tại Nghị quyết số 01/NQ-CP, UBND tỉnh yêu cầu ...' is the province's own letter on the Government's act).
_ISSUERS_DOC_RE = re.compile(
    r"^\s*(?:[A-ZĐ][A-ZĐa-z]{1,8}(?:\.[A-Za-z]{2,4})?\s*[-–—]\s*|\([^()]{2,40}\)\s*[-–—]?\s*)?"
    + posted24.LEAD_DAY + r"?"
    # (header20: a purpose first, 'Nhằm chủ động ứng phó ..., tại Văn bản số 2945/UBND-NNMT, ngày 12/6, UBND tỉnh đề nghị ...';
    # 'Theo Công văn số 123/UBND-KT ngày 5/3, UBND tỉnh yêu cầu ...' with its number only, see issuers_named_document)
    r"(?:(?:Nhằm|Để|Trước)\s[^,;:.()]{3,200}?,\s*)?"
    r"(?P<at>[Tt]ại|[Tt]rong(?:\s+nội\s+dung)?|Theo)\s+(?P<type>Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Công\s+điện|Kế\s+hoạch|Thông\s+báo(?:\s+kết\s+luận)?|Kết\s+luận|"
    r"Văn\s+bản|Công\s+văn)"
    r"(?:\s+(?:số\s*:?\s*)?(?P<num>" + _NUM + r"))?"
    r"(?:\s*,?\s*(?:(?:được\s+)?(?:ban\s+hành|ký)\s+)?(?:vào\s+)?ngày\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>(?:19|20)\d\d))?)?"
    r"(?P<name>(?:\s+(?!của(?![^\W_]))[^,;:.()“\"]{1,200}?)?)"
    # (header20: a note in brackets between the document's name and its speaker, '... thường kỳ tháng 1/2015 (ban hành ngày
    # 4/2), Chính phủ yêu cầu ...', '(số 73/TTg-CN)': the day it was issued or its number)
    r"(?:\s*\((?P<note>[^()]{2,80})\))?"
    r"\s*,\s*(?P<body>" + _LEAD_BODY + r")"
    r"\s+(?:(?:đã|vừa|cũng|tiếp\s+tục)\s+)*(?:đôn\s+đốc|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao|nêu\s+rõ|nhấn\s+mạnh|quyết\s+nghị)(?![^\W_])")
_SYMBOL_ISSUER = (("CP", r"Chính\s+phủ$"), ("TTg", r"Thủ\s+tướng"), ("UBND", r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)"))


def issuers_named_document(texts: list[str]) -> Posted | None:
    """(meeting16) The document a news item's lead names first when the speaker after it is its issuer
    (see _ISSUERS_DOC_RE), or None."""
    for t in texts:
        m = _ISSUERS_DOC_RE.match(t)
        if not m:
            continue
        body = _body(m.group("body"))
        num = re.sub(r"\s+", "", m.group("num")) if m.group("num") else None
        note = m.group("note") or ""
        nm = re.match(r"\s*(?i:số)\s*:?\s*(" + _NUM + r")\s*$", note)
        if num is None and nm:
            num = re.sub(r"\s+", "", nm.group(1))
        if m.group("at") == "Theo" and num is None:
            continue  # ('Theo kế hoạch, UBND tỉnh yêu cầu ...': a plan cited, not named)
        if fold(m.group("type")).replace(" ", "") in ("vanban", "congvan") and num is None:
            continue  # ('tại văn bản này': no type named)
        if num:
            sym = num.rsplit("/", 1)[-1].split("-")[-1]
            want = next((w for k, w in _SYMBOL_ISSUER if sym == k), None)
            if want is not None and not re.search(want, body):
                return None
        elif re.search(r"(?<![^\W_])(?:" + _LEAD_BODY + r")(?![^\W_])", m.group("name")) \
                and fold(body) not in fold(m.group("name")):
            return None  # ('Tại Nghị quyết phiên họp UBND tỉnh ..., Sở X đề nghị ...': another body's resolution)
        day = _date(m.group("d"), m.group("m"), m.group("y")) if m.group("d") and m.group("y") else None
        dm = re.search(r"(?<![^\W_])ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*((?:19|20)\d\d))?(?!\d)", note)
        if day is None and dm:
            # ('(ban hành ngày 4/2)' after a meeting of 'tháng 1/2015': the year of the period it names, the next one when
            # the month it was issued comes before the meeting's)
            year = dm.group(3)
            pm = re.search(r"tháng\s+(\d{1,2})\s*(?:/|năm)\s*((?:19|20)\d\d)", m.group("name") or "")
            if not year and pm:
                year = int(pm.group(2)) + (1 if int(dm.group(2)) < int(pm.group(1)) else 0)
            day = _date(dm.group(1), dm.group(2), year) if year else None
        return Posted(doc_type=_type(m.group("type")), number=num, issuer=body, date=day)
    return None


# (header21) a letter of an Office that conveys its head's opinion, named by its number, then the head: 'Cụ thể, tại Văn bản số
# 8056/VPCP-KGVX, Phó Thủ tướng <name> có ý kiến đồng ý ...', 'Theo Công văn số 567/VPCP-NN ngày 3/4/2023, Phó Thủ tướng <name>
# đã giao ...', 'Tại Văn bản số 404/VPUBND-NC, Chủ tịch UBND tỉnh đồng ý ...'. The symbol names the issuer, the Government
# Office or the committee's Office (samples/gold/README.md, 'Header': an Office's letter conveying an opinion is the Office's);
# the head who speaks is not the issuer and signs nothing.
_OFFICE_LETTER_RE = re.compile(
    r"^\s*(?:(?:Cụ\s+thể|Theo\s+đó|Trước\s+đó|Mới\s+đây|Vừa\s+qua|Gần\s+đây)\s*,\s*)?"
    + posted24.LEAD_DAY + r"?"
    r"(?i:tại|theo|trong)\s+(?P<type>(?i:văn\s+bản|công\s+văn|thông\s+báo))\s+(?:(?i:số)\s*:?\s*)?(?P<num>\d+[^\s,;()]*/(?:[A-ZĐ&]+-)?(?P<sym>VPCP|VPUBND|VP-UBND|VPUB)(?:-[A-ZĐ&0-9]+)*)"
    r"(?:\s*,?\s*(?:(?:được\s+)?(?:ban\s+hành|ký)\s+)?(?:vào\s+)?ngày\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>(?:19|20)\d\d))?)?"
    r"\s*,\s*(?P<head>(?:Phó\s+)?(?i:thủ\s+tướng)(?:\s+Chính\s+phủ)?|(?:Phó\s+)?Chủ\s+tịch\s+(?P<body>" + _BODY + r"))"
    r"(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3})?"
    r"\s+(?:(?:đã|vừa|cũng)\s+)*(?:có\s+ý\s+kiến|cho\s+ý\s+kiến|đồng\s+ý|giao|yêu\s+cầu|chỉ\s+đạo|đề\s+nghị|kết\s+luận|thống\s+nhất)(?![^\W_])")


def office_letter(t: str) -> Posted | None:
    """(header21) The Office's letter a sentence names before the head whose opinion it conveys (see _OFFICE_LETTER_RE),
    or None."""
    m = _OFFICE_LETTER_RE.match(t)
    if not m:
        return None
    if m.group("sym") == "VPCP":
        if not re.match(r"(?i:(?:phó\s+)?thủ\s+tướng)", m.group("head")):
            return None
        issuer = "Văn phòng Chính phủ"
    else:
        if not m.group("body") or not re.match(r"(?:UBND|Ủy|Uỷ)", m.group("body")):
            return None
        issuer = "Văn phòng " + _body(m.group("body"))
    day = _date(m.group("d"), m.group("m"), m.group("y")) if m.group("d") and m.group("y") else None
    return Posted(doc_type=_type(m.group("type").capitalize()), number=re.sub(r"\s+", "", m.group("num")), issuer=issuer, date=day)


def _office_of(office: str | None, issuer: str) -> bool:
    """(header21) Whether a body is the Office of the speaker already read ('Văn phòng Chính phủ' of 'Chính phủ' or 'Thủ tướng
    Chính phủ', 'Văn phòng UBND tỉnh' of 'UBND tỉnh X'): its letter conveys that speaker's opinion."""
    if not office or not office.startswith("Văn phòng "):
        return False
    own = office[len("Văn phòng "):]
    return _same_body(own, issuer) or (own == "Chính phủ" and re.fullmatch(r"(?:Phó\s+)?Thủ\s+tướng(?:\s+Chính\s+phủ)?", issuer) is not None)


# (header20) a sentence that retells what came before ('Trước đó, ...', 'Năm 2020, ...') names an earlier document, not the item's
_EARLIER_LEAD_RE = re.compile(r"^\s*(?i:trước\s+đó|trước\s+đây|năm\s+(?:19|20)\d\d|năm\s+ngoái|từ\s+năm|đến\s+nay|tới\s+nay|tuy\s+nhiên)(?![^\W_])")
# (header20) what opens a later sentence before the lead: the situation just told, a purpose, 'so'
_LATER_OPENER_RE = re.compile(r"^\s*(?:(?i:trước\s+(?:tình\s+hình|thực\s+trạng|diễn\s+biến|thực\s+tế)(?:\s+[^,;:.]{0,40})?|vì\s+vậy|do\s+(?:đó|vậy)|"
                              r"từ\s+đó|bên\s+cạnh\s+đó|đồng\s+thời|để\s[^,;:.]{3,160}?|nhằm\s[^,;:.]{3,160}?)\s*,\s*)(?=[A-ZĐÀ-Ỹ]|ngày\s+\d|tại\s)")

_PURPOSE_OPENER_RE = re.compile(r"^\s*(?:Nhằm|Để|Trước|Do|Vì|Với\s+mục\s+(?:tiêu|đích)|Sau\s+khi)(?![^\W_])")


def _later_lead(texts: list[str], issuer: str | None) -> Posted | None:
    """(header20) A numbered document a later sentence of the item's first paragraphs names as just issued by a body (see
    PRESS_LEAD_RE, _ISSUERS_DOC_RE), when the lead named none: the first such, or None. A sentence that retells an earlier
    letter ('Trước đó, ...', grounds) is passed over; a speaker already read, or the one the first sentence opens on, must
    be the document's body ('UBND tỉnh yêu cầu ... . Bộ Y tế đã có Công văn số ...' is another body's letter)."""
    if issuer is None and texts:
        first = re.sub(_SHORT_NAME, "", strip_press_tag(texts[0]))
        sm = SPEAKER_RE.match(first) or _clause_speaker(first)
        issuer = _speaker_issuer(sm) if sm and not _REPORTS_IN_BODY_RE.search(sm.group("body")) else None
    for t in texts:
        for k, sent in enumerate(re.split(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ])", strip_press_tag(t))):
            if _EARLIER_LEAD_RE.match(sent):
                continue
            om = _LATER_OPENER_RE.match(sent)
            # (a purpose or a circumstance that holds commas of its own, 'Nhằm chủ động phòng ngừa ..., đảm bảo cho nhân dân
            # vui Tết, đón Xuân vui tươi, hạnh phúc, ngày 9/1/2019, UBND tỉnh đã có Công văn số 141/UBND-VX ...': the lead
            # after any of its commas, where a day or a capitalised name opens)
            # (header40: or after a semicolon, '...; Ngày 04/4/2016, UBND tỉnh ban hành kế hoạch số 819/KH-UBND ...' (tayninh.gov.vn):
            # the lead's own day kept with it)
            longer = [sent[cm.end():] for cm in re.finditer(r"[,;]\s*(?=(?:ngày|Ngày|sáng|chiều|tối)\s+\d|[A-ZĐÀ-Ỹ])", sent[:600])] \
                if _PURPOSE_OPENER_RE.match(sent) else []
            first = k == 0 and t is texts[0]  # (the lead's own first sentence is read whole by the rules before)
            for cand in ([sent[om.end():]] if om else []) + longer + ([] if first else [sent]):
                if _EARLIER_LEAD_RE.match(cand):
                    continue
                cand = cand[:1].upper() + cand[1:]
                found = office_letter(cand) or issuers_named_document([cand]) or press_lead(cand)
                if found is None or not found.number:
                    continue
                if issuer and not (_same_body(found.issuer, issuer) or _same_body(issuer, found.issuer or "")) \
                        and not _office_of(found.issuer, issuer):
                    return None
                return found
    return None


# (meeting16) 'UBND tỉnh vừa quyết định thành lập ...', 'Chủ tịch UBND huyện đã quyết định phê duyệt ...': a press
# lead whose verb is 'quyết định' reports the body's decision; the body issues it (the verb names no type)
_DECIDED_LEAD_RE = re.compile(
    r"^\s*(?:[A-ZĐ][A-ZĐa-z]{1,8}(?:\.[A-Za-z]{2,4})?\s*[-–—]\s*|\([^()]{2,40}\)\s*[-–—]?\s*)?"
    r"(?:(?:Ngày|Sáng|Chiều|Tối)(?:\s+ngày)?\s+\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*(?:19|20)\d\d)?\s*,\s*|(?:Mới\s+đây|Vừa\s+qua)\s*,\s*)?"
    r"(?P<body>(?:(?:Phó\s+)?Chủ\s+tịch\s+)?(?:" + _LEAD_BODY + r"))"
    r"\s+(?:vừa|đã|mới)(?:\s+(?:vừa|đã|mới))*\s+quyết\s+định\s+(?:thành\s+lập|phê\s+duyệt|giao|ban\s+hành|công\s+nhận|điều\s+chỉnh|"
    r"phân\s+bổ|cho\s+phép|tạm\s+dừng|tạm\s+đình\s+chỉ|đình\s+chỉ|thu\s+hồi|kiện\s+toàn|bổ\s+nhiệm|khen\s+thưởng|áp\s+dụng|"
    r"cách\s+ly|phong\s+tỏa|phong\s+toả|dừng|chấm\s+dứt|hỗ\s+trợ|xuất\s+cấp|công\s+bố)(?![^\W_])")


def decided_lead_issuer(texts: list[str]) -> str | None:
    """(meeting16) The body a 'X vừa quyết định <act> ...' lead names, or None."""
    for t in texts:
        m = _DECIDED_LEAD_RE.match(t) or _opened_decided_lead(t)
        if m:
            return _body(re.sub(r"^(?:Phó\s+)?Chủ\s+tịch\s+(?=UBND|Ủy|Uỷ)", "", m.group("body")))
    return None


# (header21) what opens a lead before its body: a circumstance, a purpose, a cause ('Trước thực tế số ca mắc ... gia tăng, Bộ Y tế
# đã quyết định thành lập ...', 'Để kịp thời ứng phó với bão, UBND tỉnh vừa quyết định ...', 'Nhằm chấn chỉnh ..., Chủ tịch UBND
# huyện đã quyết định ...', 'Do tình hình ..., ...')
_DECIDED_OPENER_RE = re.compile(r"^\s*" + posted24.LEAD_DAY + r"?"
                                r"(?:Trước|Để|Nhằm|Do|Vì|Với\s+mục\s+(?:tiêu|đích)|Sau\s+khi|Qua)(?![^\W_])")


def _opened_decided_lead(t: str) -> re.Match | None:
    """(header21) A 'X vừa quyết định <act>' lead after an opening clause of circumstance or purpose (see _DECIDED_OPENER_RE):
    the lead read after any comma of the clause's first 400 characters where a capitalised body opens, or None."""
    if not _DECIDED_OPENER_RE.match(t):
        return None
    for cm in re.finditer(r",\s*(?=[A-ZĐÀ-Ỹ])", t[:400]):
        m = _DECIDED_LEAD_RE.match(t[cm.end():])
        if m:
            return m
    return None


# (header29) a lead some papers print after a bare dash, where others print their tag: vietnamnet's '- Sở GD-ĐT TP.HCM vừa có chỉ
# đạo ...', baoangiang's ' - Ngày 28-2, Trường Đại học An Giang ... thông báo ...' and '- Thực hiện chỉ đạo của UBND tỉnh ..., các khu du
# lịch ...' (pages corpus); a dash that opens several of the first lines is a list's, and its items are no lead
_BARE_DASH_RE = re.compile(r"^\s*[-–]\s+(?=[A-ZĐÀ-Ỹ])")


def _dashless(texts: list[str]) -> list[str]:
    """The first lines with a lone lead's bare dash dropped (see _BARE_DASH_RE); unchanged when more than one of them opens on
    a dash."""
    dashed = [k for k, t in enumerate(texts) if _BARE_DASH_RE.match(t)]
    if len(dashed) != 1:
        return texts
    return [_BARE_DASH_RE.sub("", t) if k == dashed[0] else t for k, t in enumerate(texts)]


def _before_page_end(texts: list[str]) -> list[str]:
    """(header33) The lines before a news page's end marker ('Những tin mới hơn', 'Tin cùng chuyên mục', 'Ý kiến bạn đọc': see
    extract/relatedlinks.py): what follows are other items' headlines ('Hướng dẫn thành lập BCĐ cấp huyện ...' under a short
    item read as its type, measure24's unseen24 class (f)) or readers' words, never this document's lead or closing."""
    from pipeline.extract.relatedlinks import page_end_line  # (extract imports structure: imported late)
    cut = page_end_line(texts)
    return texts[:cut] if cut else texts


def posted_header(doc: Document, edge: int = 4) -> Posted:
    """Type, number, date and issuer of a body-only document, from its first and last lines; a notice the opening
    names as a notice of conclusions is typed so (`conclusion_notice`, session 31)."""
    out = _posted_header(doc, edge)
    if out.doc_type == "Thông báo":
        opening = [ln.text for ln in doc.lines[:40] if ln.text.strip()][:edge + 3]
        out.doc_type = conclusion_type(out.doc_type, opening, out.number)
    return out


def _posted_header(doc: Document, edge: int = 4) -> Posted:
    """Type, number, date and issuer of a body-only document, from its first and last lines."""
    texts = _before_page_end([ln.text.strip() for ln in doc.lines if ln.text.strip()])
    texts = without_archive_stamps(texts)  # (deadline31) a page's clock years after the item
    texts = without_visit_counter(texts)  # (points31, H19) a portal's visitor counter is furniture
    texts = [mend_issue_verb(t) for t in texts]  # (points31, H20) 'đã banh hành quyết định số ...'
    texts = [signing_in_title_order(t) for t in texts]  # (header44, H16) '<Name> – <title> đã ký', '<title> - <Name> đã ký'
    out = Posted()
    if not texts:
        return out
    texts = _dashless(texts[:edge + 3]) + texts[edge + 3:]
    head, tail = texts[:edge], texts[-edge:]
    # (a portal page prints its breadcrumb, the post's title and date before the lead: the lead
    # and a line naming the posted document are looked for a little further down)
    for t in texts[:edge + 3]:
        m = NEWS_LEAD_RE.match(t) or TOLERANT[NEWS_LEAD_RE].match(t)
        if m:
            year = m.group("y") or m.group("y2")
            if not year:
                # 'Ngày 04/12, ...' without a year: the news is as recent as the latest dated
                # document it cites
                years = [int(y) for y in _FULL_DATE_RE.findall(" ".join(texts)) + re.findall(r"năm\s+((?:19|20)\d\d)", " ".join(texts))]
                year = max(years) if years else None
            out.doc_type, out.number = _type_and_number(m)
            out.date = _date(m.group("d"), m.group("m") or m.group("m2"), year) if year else None
            gap = t[m.end("body"):m.start("type")]
            vm = _LEAD_VERB_RE.search(" " + gap)
            out.issuer = _body(_without_person(m.group("body") + (gap[:max(vm.start() - 1, 0)].rstrip() if vm else "")))
            if re.fullmatch(r"Phó\s+Thủ\s+tướng\s+Chính\s+phủ", out.issuer):
                out.issuer = "Thủ tướng Chính phủ"  # (a deputy signs for the Prime Minister)
            break
    if out.number is None:
        for t in texts[:edge + 3]:
            m = DOC_FIRST_LEAD_RE.match(t)
            if m:
                out.doc_type, out.number = _type_and_number(m)
                year = m.group("y")
                if m.group("d") and not year:
                    # ('ban hành ngày 14/7': the news is as recent as the latest dated text it cites)
                    years = [int(y) for y in _FULL_DATE_RE.findall(" ".join(texts))]
                    year = max(years) if years else None
                out.date = _date(m.group("d"), m.group("m"), year) if m.group("d") and year else None
                out.issuer = _body(m.group("body"))
                if re.fullmatch(r"Phó\s+Thủ\s+tướng\s+Chính\s+phủ", out.issuer):
                    out.issuer = "Thủ tướng Chính phủ"
                from pipeline.structure.titles import is_personal_name
                if m.group("person") and is_personal_name(m.group("person")):
                    out.signer = m.group("person")
                break
    if out.number is None and out.doc_type is None:
        decree = posted26.decree_lead(texts[:edge + 3])  # (header26: 'Ngày 7-8, Chính phủ ban hành Nghị định 220/2025 ...')
        if decree is not None:
            out.doc_type, out.number, out.issuer, out.date = (decree[f] for f in ("doc_type", "number", "issuer", "date"))
    if out.number is None and out.doc_type is None and out.issuer is None:
        # (header21: 'Tại Văn bản số N/VPCP-KGVX, Phó Thủ tướng <name> có ý kiến ...': the Office's letter, see office_letter)
        named = next((x for t in texts[:edge + 3] for x in [office_letter(strip_press_tag(t))] if x), None) \
            or issuers_named_document(texts[:edge + 3])  # (meeting16: 'Tại Nghị quyết số N/NQ-CP ..., Chính phủ yêu cầu')
        if named is None:
            named = opener_cut_named_document(texts[:edge + 3])  # (header23: an opener holding commas before 'tại Văn bản số N')
        if named is None:
            from pipeline.structure.retold_theo import retold_document  # header38 (imports Posted from here)
            named = retold_document(texts[:edge + 3])  # ('Theo văn bản số N gửi ..., lãnh đạo Tổng cục X yêu cầu ...')
        if named is not None:
            out.doc_type, out.number, out.issuer, out.date = named.doc_type, named.number, named.issuer, named.date
    if out.number is None:
        for t in texts[:edge + 3]:
            m = PERSON_LEAD_RE.match(t)
            if m:
                out.doc_type, out.number = _type_and_number(m)
                out.date = _date(m.group("d"), m.group("m"), m.group("y"))
                out.signer = re.sub(r"\s+", " ", m.group("person"))
                role = re.split(r"\s*,\s*", m.group("roles"))[-1]
                bm = re.search(_BODY, role)
                last = bm.group().split()[-1] if bm else ""
                if bm and last[:1].isupper() and fold(last) not in ("tinh", "pho", "huyen", "quan", "xa", "tran", "phuong"):
                    # (only a body named in full: 'Chủ tịch Ủy ban nhân dân tỉnh' names none)
                    out.issuer = _body(bm.group())
                break
    if out.number is None:
        for t in texts[:edge + 3]:
            m = SIGNED_LEAD_RE.match(t)
            if m:
                body, person = _office_and_person(re.sub(r"\s+", " ", m.group("who")).strip())
                out.doc_type, out.number = _type_and_number(m)
                out.date = _date(m.group("d"), m.group("m"), m.group("y")) if m.group("d") else None
                out.issuer = "Thủ tướng Chính phủ" if re.fullmatch(r"(?:Phó )?Thủ tướng(?: Chính phủ)?", body) else body
                out.signer = person
                if person is not None:
                    # ('Phó Thủ tướng Trần Lưu Quang ký Công điện 31/CĐ-TTg ...', 'Bộ trưởng Bộ Y tế <name> ký
                    # ...': the person signs under the title the lead gives him)
                    out.signer_title = _role(body, None)[0]
                break
    if out.number is None:
        for t in texts[:edge + 3]:
            m = SIGNED_TYPE_RE.search(t)
            if m and not re.match(r"\s*(?:Thực\s+hiện|Căn\s+cứ|Theo|Triển\s+khai)(?![^\W_])", t):
                # 'Chiều nay 27.9, Chủ tịch UBND tỉnh Lê Trí Thanh ký Công điện khẩn số 03/CĐ-UBND ...':
                # a lead whose date and signer come in a shape of their own still says what was
                # signed; the date is kept only when the lead gives it whole
                out.doc_type, out.number = _type_and_number(m)
                dm = re.match(r"\s*Ngày\s+" + _DMY + r"\s*,", t)
                out.date = _date(dm.group("d"), dm.group("m"), dm.group("y")) if dm else None
                break
    if out.number is None:
        for t in texts[:edge + 3]:
            m = CITED_SELF_RE.match(t)
            if m:
                out.doc_type, out.number = _type_and_number(m)
                out.date = _date(m.group("d"), m.group("m"), m.group("y"))
                out.issuer = re.sub(r"\s+", " ", m.group("body")).strip()
                break
    if out.number is None:
        for t in texts[:edge + 3]:
            m = DIGEST_ITEM_RE.match(t)
            if m and _PRESS_BODY_RE.match(m.group("body")) and len(m.group("body").split()) <= 12 \
                    and not _NOT_A_NAME_RE.search(m.group("body")):
                # ('Hội nghị đã quán triệt các văn bản như: Kế hoạch số 10/KH-MTTQ-BTT, ...': a sentence listing what was
                # read out is no digest's item: the words before the colon are no body's name)
                # (header19: a portal's digest of directing documents, 'Chính phủ: Nghị quyết số 169/NQ-CP ngày 11/11/2020
                # ...', '2. UBND tỉnh: Công văn số 123/UBND-KT ngày ... về việc ...': the item's body, type, number, date)
                out.doc_type, out.number = _type_and_number(m)
                out.date = _date(m.group("d"), m.group("m"), m.group("y")) if m.group("d") else None
                out.issuer = re.sub(r"\s+", " ", m.group("body")).strip()
                break
    if out.number is None:
        # the bracket stands at the end of the subject line (the first line) or on a line of
        # its own among the last ones
        for t in [head[0], *tail]:
            m = IDENTITY_RE.search(t) or TOLERANT[IDENTITY_RE].search(t)
            if m and (t is head[0] or m.start() < 3):
                out.doc_type, out.number = _type_and_number(m)
                out.date = _date(m.group("d"), m.group("m"), m.group("y"))
                break
    if out.number is None:
        # ('Quán triệt các văn bản chỉ đạo về ... (Công văn số 4009/UBND-VH ngày 15/5/2021)' under a
        # portal's link boxes: the post's title, a line that ends with the bracket and no stop)
        for t in texts[:edge + 8]:
            m = IDENTITY_RE.search(t) or TOLERANT[IDENTITY_RE].search(t)
            if m and m.group("type") and m.end() >= len(t.rstrip()) - 1 and len(t) < 300:
                out.doc_type, out.number = _type_and_number(m)
                out.date = _date(m.group("d"), m.group("m"), m.group("y"))
                break
    if out.number is None:
        # '(Nguồn: Công văn 7550/VPCP-CCHC )' closing a news item: the document it reports; its day
        # and its issuer stand in the lead ('..., ngày 28/12, Văn phòng Chính phủ đã có công văn ...')
        for t in tail:
            m = SOURCE_NOTE_RE.match(t)
            if m:
                out.doc_type, out.number = _type_and_number(m)
                for lt in texts[:edge + 3]:
                    lm = DATED_ACT_RE.search(lt)
                    if lm and fold(lm.group("type")) == fold(m.group("type")):
                        year = lm.group("y")
                        stamp = next((_date(*sm.groups()) for st in texts[:edge + 3] if st is not lt
                                      for sm in [_STAMP_RE.search(st)] if sm), None)
                        if not year and stamp:
                            # ('11:01 AM, 29/12/2007' over the item: the act is no later than its news)
                            day = _date(lm.group("d"), lm.group("m"), stamp.year)
                            year = stamp.year if day is None or day <= stamp else stamp.year - 1
                        if not year:
                            years = [int(y) for y in _FULL_DATE_RE.findall(" ".join(texts))]
                            year = max(years) if years else None
                        out.date = _date(lm.group("d"), lm.group("m"), year) if year else None
                        out.issuer = _body(lm.group("body"))
                        break
                break
    if out.issuer is None or out.signer is None:
        # (a lead read above for its number may still name the body or the person: the press
        # lead fills what is empty, for the same document)
        # ('Thực hiện Công văn ... ngày 23/8/2021 ...; Công văn số ... của UBND tỉnh ... . Ngày 01/9/2021, Sở
        # Văn hóa, Thể thao và Du lịch đã ban hành Công văn số 656/SVHTTDL-QLVHGĐ ...': the grounds end
        # on a stop and the lead is the paragraph's next sentence, opening on its day)
        # ('Thực hiện ý kiến chỉ đạo ... tại Thông báo số 253/TB-VPCP ... . UBND tỉnh X có Công văn gửi ...': grounds that
        # end on a stop, then the lead with no 'vừa / đã')
        leads = [x for t in texts[:edge + 3]
                 for x in [t[dm.end():] for dm in _NEXT_DAY_LEAD_RE.finditer(t)]
                 + [t[gm.end():] for gm in [_GROUNDS_STOP_RE.match(t)] if gm] + [t]]
        from pipeline.structure.party_signer import party_signed_lead  # header36 (imports Posted from here)
        for t in leads:
            # (header36: 'Thay mặt Ban Bí thư, Thường trực Ban Bí thư <name> đã ký ban hành Chỉ thị số ...': a central Party
            # leader signing his body's document, see party_signer)
            lead = party_signed_lead(t) or press_lead(t)
            if lead is not None and (out.number is None or lead.number in (None, out.number)):
                for f in ("doc_type", "number", "date", "issuer", "signer", "signer_title", "title"):
                    if getattr(out, f) is None and getattr(lead, f) is not None:
                        setattr(out, f, getattr(lead, f))
                if out.date is None and lead.lead_dm:
                    out.date = _dated_by_stamp(lead.lead_dm, [x for x in texts[:edge + 3] if x is not t], texts)
                if out.date is None and lead.lead_dm:
                    # ('..., ngày 3-8, Chủ tịch UBND thành phố đã ký văn bản số ...' after a cited report
                    # of 23-7-2020: the act is as recent as the latest dated text the item cites, and
                    # no earlier than it)
                    cited = [(int(y), int(mo), int(d)) for d, mo, y in re.findall(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)", " ".join(texts))]
                    if cited:
                        y, mo, d = max(cited)
                        day = _date(lead.lead_dm[0], lead.lead_dm[1], y)
                        if day is not None and day >= _dt.date(y, mo, d):
                            out.date = day
                if out.date is None and lead.lead_dm:
                    # (header24: 'Ngày 17/8, UBND tỉnh ... ban hành văn bản ...' and 'Vụ hè thu 2024' two sentences on: the one
                    # year the text names, see posted24.lead_year)
                    yr = posted24.lead_year(texts[:edge + 8])
                    out.date = _date(lead.lead_dm[0], lead.lead_dm[1], yr) if yr else None
                if out.date is None and lead.lead_dm:
                    # (points22, structure/leadyear.py) 'ngày 1/8, UBND thành phố vừa có văn bản ...' + '... trước ngày 05/8/2012'
                    yr = full_dates_year(texts[:edge + 8], lead.lead_dm)
                    out.date = _date(lead.lead_dm[0], lead.lead_dm[1], yr) if yr else None
                break
    if out.doc_type is None and out.number is None:
        # (header20: the lead's first sentence tells what happened, a later one names the numbered document the item is about:
        # 'Dự báo ... mưa lớn. Để chủ động ứng phó, ngày 18/5, Chủ tịch UBND tỉnh có Công điện số 1510/CĐ-UBND ...', a
        # paragraph of figures, then 'Trước tình hình trên, Bảo hiểm xã hội Việt Nam vừa có Công văn số 2619/BHXH-BT gửi ...',
        # 'Theo Công văn số 123/UBND-KT ngày 5/3, UBND tỉnh yêu cầu ...')
        later = _later_lead(texts[:edge + 8], out.issuer)
        if later is not None:
            for f in ("doc_type", "number", "date", "issuer", "signer", "signer_title", "title"):
                if getattr(out, f) is None and getattr(later, f) is not None:
                    setattr(out, f, getattr(later, f))
            if out.date is None and later.lead_dm:
                out.date = _dated_by_stamp(later.lead_dm, texts[:edge + 3], texts)
            if out.date is None and later.lead_dm:
                years = [int(y) for y in _FULL_DATE_RE.findall(" ".join(texts))]
                out.date = _date(later.lead_dm[0], later.lead_dm[1], max(years)) if years else None
    if out.doc_type is None and out.number is None:
        for t in texts[:edge + 3]:
            pm = PASSIVE_SIGNED_RE.match(t)
            if pm:
                # 'Quyết định trên do ông Mạc Văn A, Chủ tịch UBND phường X ký ban hành ...', 'Kế hoạch
                # số 12/KH-UBND do UBND huyện ban hành ...': the passive of a press lead, read as its
                # active 'who ký <type> số N'
                num = pm.group("num")
                lead = press_lead(f"{pm.group('who')} ký {pm.group('type')}" + (f" số {num}" if num else ""))
                if lead is not None:
                    for f in ("doc_type", "number", "issuer", "signer", "signer_title"):
                        if getattr(out, f) is None:
                            setattr(out, f, getattr(lead, f))
                    break
    if out.doc_type is None and out.number is None:
        # (header35: 'Kế hoạch tổ chức ... năm 2018, vừa được UBND huyện Cát Hải, TP Hải Phòng ban hành.': the passive
        # issuing lead, read as its active '<who> ban hành <type> số N'; see passive_issued)
        pi = passive_issued_lead(texts[:edge + 3])
        if pi is not None:
            lead = press_lead(f"{pi.who} ban hành {pi.doc_type}" + (f" số {pi.number}" if pi.number else ""))
            if lead is not None:
                for f in ("doc_type", "number", "issuer", "signer", "signer_title"):
                    if getattr(out, f) is None:
                        setattr(out, f, getattr(lead, f))
    if out.doc_type is None and out.number is None or out.number is not None and out.date is None:
        # (header24: 'Công văn 1126/UBND-KT do ông <name>, Phó Chủ tịch UBND tỉnh X ký, yêu cầu ...' anywhere in the lead;
        # its fields fill those still empty, for the same document)
        passive = posted24.passive_signed_document(texts[:edge + 3])
        if passive is not None and (out.doc_type is None and out.number is None or passive.number == out.number):
            for f in ("doc_type", "number", "date", "issuer", "signer", "signer_title"):
                if getattr(out, f) is None:
                    setattr(out, f, getattr(passive, f))
    if out.doc_type is None and out.number is None:
        for t in texts[:edge + 3]:
            fm = FRESH_DOC_RE.match(t) or RECAP_RE.match(t)
            if fm:
                # 'Theo thông báo của UBND tỉnh vừa được ban hành, ...', 'Đó là chỉ đạo của UBND tỉnh
                # đối với ... tại Công văn số 4079/UBND-KT ngày 19/6 về việc ...'
                out.doc_type = _type(fm.group("type"))
                out.number = re.sub(r"\s+", "", fm.group("num")) if fm.group("num") else None
                out.issuer = out.issuer or _body(fm.group("body"))
                if fm.groupdict().get("y"):
                    out.date = out.date or _date(fm.group("d"), fm.group("m"), fm.group("y"))
                break
    if out.doc_type is None and out.number is None:
        for t in texts[:edge + 3]:
            rm = RECEIVED_RE.search(t)
            k = texts.index(t)
            # (the receiver answering in the same sentence or in the next lines: 'Sau khi xem xét, Chủ
            # tịch UBND tỉnh có ý kiến chỉ đạo:')
            after = " ".join([re.split(r"(?<=[.!?])\s", t[rm.end():])[0]] + texts[k + 1:k + 3]) if rm else ""
            if rm and not _RECEIVER_SPEAKS_RE.search(after):
                # 'Sau cuộc làm việc, ngày 23-8-2011, cơ quan Đại diện ... nhận được Thông báo số
                # 81/TB-UBND về “Kết luận của Chủ tịch UBND tỉnh ...”': a report of a document received
                # is about that document (its type and number; the day it was received is not its
                # date). A receiver that answers in the same sentence ('..., Chủ tịch UBND tỉnh có ý
                # kiến như sau:') writes a letter of its own, and the received one is its ground.
                out.doc_type, out.number = _type(rm.group("type")), re.sub(r"\s+", "", rm.group("num"))
                if rm.group("d"):
                    out.date = _date(rm.group("d"), rm.group("m"), rm.group("y"))
                if rm.group("of"):
                    out.issuer = _body(rm.group("of"))
                break
    if out.doc_type is None and out.number is None:
        for t in texts[:3]:
            mt = mentioned_document(t)
            if mt is not None:
                out.doc_type, out.number = mt.doc_type, mt.number
                out.issuer, out.date = out.issuer or mt.issuer, out.date or mt.date
                break
    if out.doc_type is None and out.number is None:
        for t in texts[:edge + 3]:
            m = POST_TITLE_TYPE_RE.match(t)
            if m and len(t) < 200 and not t.rstrip().endswith((".", ":", ";")):
                # 'Giấy mời dự Lễ phát động ...', 'Thông báo về việc tạm dừng tiếp công dân': a
                # portal titles the post that carries a document by the document's type, then
                # its subject in lowercase (a sentence of the body ends with its stop)
                from pipeline.structure.header import DOC_TYPES
                out.doc_type = next(v for _, v in DOC_TYPES if fold(v) == fold(re.sub(r"\s+", " ", m.group(1))))
                break
    if out.doc_type is None:
        m = HEADLINE_TYPE_RE.match(head[0])
        if m:
            out.doc_type = _type(m.group("type"))
    if out.issuer is None:
        out.issuer = cable_issuer(texts[:edge + 6])
        if out.issuer is not None and out.doc_type is None:
            out.doc_type = "Công điện"
    if out.issuer is None:
        out.issuer = decided_lead_issuer([strip_press_tag(t) for t in texts[:edge + 2]])  # (meeting16)
    if out.issuer is None and out.number is None and out.doc_type is None:
        out.issuer = event_or_officer_issuer(texts[:edge + 2])  # (header22: 'Sáng 23.6, UBND TP.Hội An tổ chức hội nghị ...')
    if out.issuer is None:
        for t in texts[:edge + 2]:
            # (a paper's tag and a short name in brackets stand between the lead's words: '(NLĐO)- UBND
            # tỉnh Sơn La vừa đề nghị ...', '(BKTO) - Chủ tịch Ủy ban nhân dân (UBND) tỉnh ... yêu cầu ...')
            st = re.sub(_SHORT_NAME, "", strip_press_tag(_SCRAPE_STAMP_RE.sub("", t)))
            m = SPEAKER_RE.match(st) or TOLERANT[SPEAKER_RE].match(st) or RECAP_SPEAKER_RE.match(st)
            if m and not _REPORTS_IN_BODY_RE.search(m.group("body")):
                out.issuer = _speaker_issuer(m)
                break
        if out.issuer is not None and PLACE_SPEAKER_RE.fullmatch(out.issuer):
            out.issuer = _body_of_place(out.issuer, texts[:edge + 2]) or out.issuer
    if out.issuer is None:
        for t in texts[:edge + 2]:
            # ('Kinhtedothi - Khi dịch bệnh ... gia tăng. Trước thực trạng trên, TP Hà Nội đã yêu cầu các quận, huyện
            # ...': the lead's speaker opens its second or third sentence, after what happened)
            sentences = re.split(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ])", re.sub(_SHORT_NAME, "", strip_press_tag(t)))[1:3]
            m = next((sm for st in sentences for sm in [SPEAKER_RE.match(st)] if sm and not _REPORTS_IN_BODY_RE.search(sm.group("body"))), None)
            if m:
                out.issuer = _speaker_issuer(m)
                break
    if out.issuer is None and getattr(naming_line(doc), "issuer", None) is None:
        # (a line naming the document and its issuer, 'KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ ...', says who
        # issues better than a clause's speaker)
        for t in texts[:edge + 2]:
            # ('Qua kiểm tra thực tế tại ..., đồng chí Chủ tịch UBND huyện yêu cầu: ...', 'Trực tiếp đến kiểm tra ..., Chủ
            # tịch UBND tỉnh <name> yêu cầu ...', 'Sáng nay (7/8), chủ trì họp ..., Thủ tướng <name> nhấn mạnh ...': the
            # speaker opens a later clause of the lead's first sentence, after whatever circumstance; a clause that
            # names a person ('..., đồng chí <name>, Phó Chủ tịch UBND tỉnh có ý kiến ...') is an Office's letter
            # conveying his opinion, not his committee speaking)
            m = _clause_speaker(re.sub(_SHORT_NAME, "", strip_press_tag(_SCRAPE_STAMP_RE.sub("", t))))
            if m:
                out.issuer = _speaker_issuer(m)
                break
    if out.issuer is None:
        out.issuer = pronoun_speaker(texts[:edge + 2])  # (header20: 'Vì vậy, ông yêu cầu ...' after its antecedent)
        if out.issuer is not None and out.doc_type is None and out.number is None:
            # ('Trong công điện hồi đầu tháng, Thủ tướng đánh giá ...': the type the speaker's document is named by)
            tm = next((x for t in texts[:edge + 2] for x in [_IN_TYPE_RE.search(t)] if x), None)
            out.doc_type = _type(tm.group("type")) if tm else None
    if out.issuer is None:
        out.issuer = steering_speaker(texts[:edge + 2])  # (header21: 'Ban Chỉ đạo Quốc gia đề nghị ...')
    if out.issuer is None:
        # (header23: '..., thời gian tới, Ban Chỉ huy PCTT và TKCN Thành phố đề nghị'; header26: a notice's speaker in its last
        # paragraph, after the situation it reports, 'Ban chỉ huy phòng cháy, chữa cháy rừng của tỉnh yêu cầu ...')
        said = command_speaker(texts[:edge + 2]) or command_speaker(texts[-2:])
        if said is not None:
            out.issuer = said[0]
            if out.doc_type is None and out.number is None:
                out.doc_type = said[1]
    if out.issuer is None:
        out.issuer = forbidding_speaker(texts[:edge + 2])  # (header23: 'Sở Giáo dục và Đào tạo TP. Hồ Chí Minh nghiêm cấm ...')
    if out.issuer is None:
        out.issuer = semicolon_opener_speaker(texts[:edge + 2])  # (header23: 'Để ..., hạn chế ...; Sở X đề nghị ...')
    if out.issuer is None:
        from pipeline.structure.unit_director import unit_director  # header41
        out.issuer = unit_director(texts[:edge + 2])  # ('Trung tâm Dịch vụ nông nghiệp X đề nghị UBND các xã ...')
    if out.issuer is None:
        for t in texts[:edge + 8]:
            m = LEAD_IN_SPEAKER_RE.search(t)
            if m:
                # ('Tình hình ...; để công tác ... có hiệu quả, Chủ tịch UBND tỉnh yêu cầu:': the
                # speaker closes the lead-in to the items)
                out.issuer = _body(m.group("body"))
                break
    if out.issuer is None:
        out.issuer = asked_by_opener(texts[:edge + 2])  # (header26: 'Theo yêu cầu của UBND tỉnh X, các đơn vị chức năng phải ...')
    if out.issuer is None:
        from pipeline.structure.plan_preamble import plan_preamble_issuer  # header38 (imports from here)
        out.issuer = plan_preamble_issuer(texts[:edge + 8])  # ('Ủy ban nhân dân huyện xây dựng Kế hoạch ... như sau:')
        if out.issuer is not None and out.doc_type is None and out.number is None:
            out.doc_type = "Kế hoạch"
    if out.issuer is None:
        from pipeline.structure.notice_now import now_notice_issuer  # header38 (imports from here)
        out.issuer = now_notice_issuer(texts[:edge + 3])  # ('... . Nay UBND phường Hương Xuân thông báo ...')
        if out.issuer is not None and out.doc_type is None and out.number is None:
            out.doc_type = "Thông báo"
    if out.doc_type is None:
        for t in texts[-edge - 2:]:
            # ('Giám đốc Sở ..., Chủ tịch UBND huyện ... chịu trách nhiệm thi hành Quyết định này': the closing
            # formula of a decision names its type, in a post that retells it as in the text itself)
            m = _EXECUTES_THIS_RE.search(t)
            if m:
                out.doc_type = _type(m.group("type"))
                break
    if out.doc_type is None:
        for t in texts[-edge - 2:]:
            m = LINK_TYPE_RE.match(t)
            if m:
                # ('Nội dung công văn Ban Tuyên giáo Tỉnh ủy: click xem tại đây', 'Xem chi tiết công
                # văn đính kèm'): the post links the document it reports, by its type
                out.doc_type = _type(m.group("type"))
                break
    if out.issuer is None:
        for t in reversed(texts[-edge:] + texts[:edge + 2]):
            m = NOTICE_SPEAKER_RE.match(t)
            if m:
                out.issuer = re.sub(r"\s+", " ", m.group("body"))
                break
    if out.issuer is None:
        out.issuer = body_title_issuer(texts[:edge + 8])  # (header23: 'THÔNG BÁO CỦA UBND XÃ TIỀN TIẾN VỀ VIỆC ...')
    if out.number is None:
        signed = head_signed_lead(texts[:edge + 3])  # (header23: 'giám đốc Sở GD-ĐT TP.HCM đã ký văn bản gửi ...')
        if signed is not None and (out.issuer is None or _same_body(out.issuer, signed.issuer) or _same_body(signed.issuer, out.issuer)):
            out.issuer = out.issuer or signed.issuer
            out.doc_type = out.doc_type or signed.doc_type
            if out.signer is None and out.signer_title in (None, signed.signer_title):
                out.signer_title, out.signer = signed.signer_title, signed.signer
    if out.doc_type is None and out.number is None and out.issuer is not None:
        # (header21: 'Tại công văn mới này, Bộ Tài chính yêu cầu ...', 'Trong chỉ thị vừa ban hành, Chủ tịch UBND tỉnh ...': the
        # type of the document the speaker speaks in, whatever rule read the speaker)
        tm = next((x for t in texts[:edge + 4] for x in [_IN_TYPE_RE.search(t)] if x), None)
        out.doc_type = _type(tm.group("type").capitalize()) if tm else None
    if out.doc_type is None and out.number is None and out.issuer is not None:
        for t in texts[:edge + 12]:
            # (header34: ' date 2025-12-01 Công điện nêu rõ: ...': a scrape's date property glued before the first sentence)
            m = _TYPE_SUBJECT_RE.search(_SCRAPE_STAMP_RE.sub("", t, count=1))
            if m:
                # ('Thủ tướng yêu cầu ... . Chỉ thị cũng yêu cầu ...', 'Công văn nêu rõ ...', 'Công điện nêu ...': a post that
                # names no type in its lead names the document it retells as the subject of a later sentence)
                out.doc_type = _type(m.group("type"))
                break
    if out.doc_type is None and out.number is None and out.issuer is not None:
        # (header24: 'Công điện gửi các Bộ trưởng, ..., Chủ tịch UBND các tỉnh ... nêu rõ: ...': the type named as a later
        # sentence's subject with its addressees before the verb)
        sent = posted24.sent_document_type(texts[:edge + 12])
        if sent is not None:
            out.doc_type, out.number = sent
    if out.signer is None and out.signer_title and out.issuer:
        out.signer = _named_later(texts[:edge + 12], out.signer_title, out.issuer)
    if out.signer is None and out.signer_title is None and out.issuer and (out.number or out.doc_type):
        # (header19: a post about a document whose lead names only the body takes the person of that body who signs it or
        # speaks through it in a later sentence, 'bà <name> - Phó Chủ tịch UBND tỉnh đề nghị ...', 'Phó Chủ tịch UBND
        # tỉnh <name> đã ký ban hành ...'; a body's officer at an inspection or a meeting, with no document, is not read so)
        found = _speaker_signer(texts[:edge + 12], out.issuer)
        if found is not None:
            out.signer_title, out.signer = found
    if out.signer is None and out.signer_title is None and out.issuer:
        out.signer_title = unnamed_head(texts[:edge + 12], out.issuer)  # (header30/31: '..., Chủ tịch UBND tỉnh đã ký ...')
    if out.issuer is None and out.doc_type is not None:
        out.issuer = condoling_sender(texts[:edge + 8])  # (header29: 'Thủ tướng Chính phủ gửi lời thăm hỏi, chia buồn ...')
    if out.issuer:
        # (header19: 'Bộ GD-ĐT yêu cầu ...' in the headline, 'Bộ Giáo dục và Đào tạo (GD-ĐT) đã có văn bản ...' in the lead:
        # a body read by its short name is named in full where the text defines the short name)
        out.issuer = _full_name(out.issuer, texts[:edge + 8])
    answer = answering_document(texts[:edge + 8])  # (header22: the document issued in answer to the ones its grounds cite)
    if answer is not None and reviews_its_plan(texts):
        answer = None  # (header23: a retrospective names the plan it reviews; the report is the post's document)
    if answer is not None and answer[0].number != out.number and (
            out.number is None and (out.issuer is None or _same_body(out.issuer, answer[0].issuer))
            or _cited_in(answer[1], out.doc_type, out.number)):
        a = answer[0]
        out.doc_type, out.number, out.date, out.title = a.doc_type, a.number, a.date, None
        out.issuer = a.issuer
        out.signer_title, out.signer = a.signer_title, a.signer
    if out.doc_type == "Công văn" and out.number and _named_as_letter(texts[:edge + 8], out.number):
        # (header22: 'Sở GTVT đã có văn bản số 175/BC-SGTVT gửi Bộ GTVT': a 'văn bản' names no type, its symbol's type code
        # does, as the gold labels a numbered document by its code; a letter's symbol ('123/UBND-KT') names none)
        out.doc_type = _type_from_symbol(out.number) or out.doc_type
    if out.number and _told_as_background(texts[:edge + 6], out.number):
        # (header19: a reminder retells the letter it follows up first, 'Ngày 08/4/2021, Văn phòng UBND tỉnh ban hành Văn
        # bản số 404/... giao Sở ...; Tuy nhiên, đến nay Sở ... chưa ...', and prints no number of its own: the body
        # still speaks, the earlier letter's type, number and date are not the reminder's)
        out.doc_type = out.number = out.date = out.title = None
    if out.issuer and out.signer is None and out.signer_title:
        split = split_head_from_body(out.issuer)  # (header23: 'Chủ tịch UBND TP Nguyễn Thế Thảo đã ký ban hành ...')
        if split is not None:
            out.issuer, out.signer = split
    if out.number and reviews_its_plan(texts) and _issued_earlier(texts[:edge + 8], out.number):
        # (header23: 'Huyện X sau 3 năm thực hiện ...' over 'Thực hiện ..., Huyện ủy X đã ban hành Kế hoạch số N ...': the plan is the
        # work the retrospective reviews; the report, the post's own document, prints no type or number)
        out.doc_type = out.number = out.date = out.title = None
    if out.number and out.signer is None:
        by = signed_by_clause(texts[:edge + 3], out.number)  # (header23: '..., do ông <name>, Phó chánh Văn phòng UBND tỉnh ký')
        if by is not None:
            out.signer_title, out.signer = by
    if out.number and out.date is None:
        out.date = _day_after_number(texts[:edge + 8], out.number)  # (header21: 'Kế hoạch số 44/KH-UBND ngày 8/3 ...' under a stamp)
    if out.date is None:
        out.date = posted24.answer_date_line(texts)  # (header24: a portal answer's date line under the question)
    if out.date is None:
        out.date = posted26.today_date(texts[:edge + 3])  # (header26: 'tính đến ngày hôm nay ( 29/04/2022 )')
    _pointed_document(texts, out, edge)
    return out


# (header29) a disaster's cable consoles the victims in its sender's name, and a post that retells the cable ('Nội dung Công điện
# nêu rõ: ...') may name its sender there only: 'Thủ tướng Chính phủ gửi lời thăm hỏi, chia buồn sâu sắc nhất đến thân nhân ...'
# (the Prime Minister's cable on the northern rains, unseen21), 'Thay mặt Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính gửi lời
# thăm hỏi, chia buồn sâu sắc tới thân nhân ...' (his cable on a fire, congdankhuyenhoc), 'Chủ tịch UBND tỉnh gửi lời thăm hỏi, động
# viên ...'; a deputy's condolence ('Phó Thủ tướng ... gửi lời chia buồn', vtcnews) is his own, no cable's sender
_CONDOLES_RE = re.compile(r"(?:^|[.!?;]\s+)(?:Thay\s+mặt\s+[^,.;]{3,80},\s*)?(?:(?P<pm>" + _PM_SPEAKER + r")|Chủ\s+tịch\s+(?P<body>" + _BODY + r"))"
                          r"(?:\s+(?!" + _LOWER_VI + r")[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+(?!" + _LOWER_VI + r")[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3})?"
                          r"\s+(?:(?:đã|cũng)\s+)?gửi\s+lời\s+(?:thăm\s+hỏi|chia\s+buồn)")


def condoling_sender(texts: list[str]) -> str | None:
    """(header29) The sender a document's condolence sentence names (see _CONDOLES_RE): 'Thủ tướng Chính phủ', or the body
    whose chairman consoles; None when no such sentence stands in the lines given."""
    for t in texts:
        m = _CONDOLES_RE.search(t)
        if m:
            return "Thủ tướng Chính phủ" if m.group("pm") else _body(_without_person(m.group("body")))
    return None


def _day_after_number(texts: list[str], number: str) -> _dt.date | None:
    """(header21) The day a lead prints after the document's number without a year ('Kế hoạch số 44/KH-UBND ngày 8/3 về ...',
    'Công văn số 954/UBND-KT, ngày 5-3, ...', 'văn bản số 12/SYT-NV ban hành ngày 20/4 ...') in the year of the page's own
    stamp on another line (see _dated_by_stamp): the act is no later than the page. None with no stamp."""
    key = r"\s*".join(re.escape(c) for c in re.sub(r"\s+", "", number))
    rx = re.compile(r"(?<![\w/])" + key + r"(?![\w/])\s*,?\s*(?:(?:được\s+)?(?:ban\s+hành|ký)\s+)?(?:vào\s+)?ngày\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})"
                    r"(?!\s*[/.\-]\s*\d)(?![\d])")
    for t in texts:
        m = rx.search(t)
        if m:
            # (header25: or the scrape's date property glued before the lead, ' date 2025-02-10 ..., Thủ tướng ... đã ký
            # Công điện số 183/CĐ-TTg ngày 2-10 ...', see scrape_stamp_bound)
            return _dated_by_stamp((int(m.group(1)), int(m.group(2))), [x for x in texts if x is not t] + [t[:m.start()]], texts)
    return None


# (header21) a steering committee speaking in a lead: 'Ban Chỉ đạo Quốc gia đề nghị Chủ tịch UBND các tỉnh ...', 'Ban chỉ đạo
# Trung ương về Phòng chống thiên tai yêu cầu các địa phương ...', 'Theo đó, Ban Chỉ đạo tỉnh yêu cầu ...', 'Để ..., Ban chỉ đạo
# phòng chống dịch động vật huyện đề nghị ...'; its name runs to the verb
_STEERING_SPEAKER_RE = re.compile(r"^\s*(?:(?:Theo\s+đó|Mới\s+đây|Vừa\s+qua|Gần\s+đây|Đồng\s+thời)\s*,\s*|(?:Để|Nhằm|Trước|Do)\s[^:;.]{3,300}?,\s*)?"
                                  r"(?P<body>Ban\s+[Cc]hỉ\s+đạo(?:\s+(?!(?:đã|vừa|cũng|tiếp\s+tục|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo)(?![^\W_]))[^\s,.;:()]+){1,14}?)"
                                  r"\s+(?:(?:đã|vừa|cũng|tiếp\s+tục)\s+)*(?:có\s+(?:văn\s+bản|công\s+văn)\s+)?(?:đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|" + _DECIDES + r")(?![^\W_])")


def steering_speaker(texts: list[str]) -> str | None:
    """(header21) The steering committee a lead's first sentence opens on as its speaker (see _STEERING_SPEAKER_RE), or None."""
    for t in texts:
        m = _STEERING_SPEAKER_RE.match(re.sub(_SHORT_NAME, "", strip_press_tag(_SCRAPE_STAMP_RE.sub("", t))))
        if m:
            return re.sub(r"\s+", " ", m.group("body")).strip()
    return None


# (header20) 'Trong công điện hồi đầu tháng, Thủ tướng ...', 'Tại chỉ thị vừa ban hành, Chủ tịch UBND tỉnh ...': the type of the
# document the speaker speaks in, named in lower case with no number
_IN_TYPE_RE = re.compile(r"(?:^|[.!?]\s+)(?:Trong|Tại)\s+(?P<type>(?i:công\s+điện|chỉ\s+thị|công\s+văn|kế\s+hoạch|quyết\s+định))"
                         r"(?:\s+(?:hồi|ngày|vừa|mới|gửi|ban\s+hành|phát\s+đi|này|trên|đó)[^,.;:]{0,80})?\s*,\s*"
                         r"(?=(?:Phó\s+)?(?:Thủ\s+tướng|Chủ\s+tịch|Bộ\s+trưởng|Giám\s+đốc|UBND|Ủy|Uỷ|Bộ|Sở|Chính\s+phủ)(?![^\W_]))")
_TYPE_SUBJECT_RE = re.compile(r"(?:^|[.!?]\s+)(?P<type>Chỉ\s+thị|Công\s+điện|Công\s+văn|Kế\s+hoạch|Thông\s+báo|Đề\s+án)\s+"
                              r"(?:(?:này|trên)\s+)?(?:(?:cũng|còn|đồng\s+thời)\s+)?"
                              r"(?:yêu\s+cầu|nêu\s+rõ|nêu|đề\s+nghị|chỉ\s+đạo|nhấn\s+mạnh|đề\s+ra)(?![^\W_])")


def _named_later(texts: list[str], title: str, issuer: str) -> str | None:
    """The person who holds the office a lead names without him, named later in the post: 'Chủ tịch UBND tỉnh X
    <name> giao ...', 'ông <name>, Chủ tịch UBND tỉnh X, ...', 'ông <name> - Chủ tịch UBND tỉnh X' (the title and the
    body as the lead gave them; a deputy's 'Phó Chủ tịch' is another person)."""
    from pipeline.repair.ocrphrases import SURNAMES
    from pipeline.structure.titles import is_personal_name
    office = r"\s+".join(map(re.escape, f"{title} {issuer}".split()))
    name = r"(?P<name>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4})"
    after = re.compile(r"(?<![^\W_])(?<!Phó\s)" + office + r"\s+" + name)
    before = re.compile(r"(?<![^\W_])(?i:ông|bà|đồng\s+chí)\s+" + name + r"\s*(?:,|\s[-–—])\s*" + office + r"(?![^\W_])")
    for t in texts:
        for rx in (after, before):
            for m in rx.finditer(t):
                words = m.group("name").split()
                for k in ((3, 2, 4) if rx is after else (len(words),)):
                    cand = " ".join(words[:k])
                    if len(words) >= k and words[0] in SURNAMES and is_personal_name(cand):
                        return cand
    return None


# what a reminder says after retelling the letter it follows up: 'Tuy nhiên, đến nay ...', 'Đến nay, ...', 'Nhưng tới nay
# ...', 'Nay, UBND tỉnh tiếp tục ...'; 'Trước đó, ...' instead tells an earlier letter after the post's own
_STILL_NOT_RE = re.compile(r"^\s*(?:(?:(?i:tuy\s+nhiên|nhưng|song)\s*,?\s*)?(?i:cho\s+)?(?i:đến\s+nay|tới\s+nay|đến\s+thời\s+điểm\s+này)"
                           r"(?![^\W_])|Nay\s*,)")
# (what is still not done, or asked again: 'Đến nay, các sở đã chuẩn bị ...' reports progress on the post's own plan)
_NOT_YET_RE = re.compile(r"(?<![^\W_])(?:chưa|vẫn\s+còn|chậm|tiếp\s+tục)(?![^\W_])")
_EARLIER_RE = re.compile(r"^\s*(?i:trước\s+đó|trước\s+đây)(?![^\W_])")


def _told_as_background(texts: list[str], number: str) -> bool:
    """Whether the sentence that gives the post's number is followed, within three sentences and before any 'Trước đó',
    by a reminder's 'Tuy nhiên, đến nay ...' (see posted_header)."""
    sentences = [x for t in texts for x in re.split(r"(?<=[.!?;])\s+(?=[A-ZĐÀ-Ỹ])", t) if x.strip()]
    key = re.sub(r"\s+", "", number)
    at = next((i for i, x in enumerate(sentences) if key in re.sub(r"\s+", "", x)), None)
    if at is None:
        return False
    for x in sentences[at + 1:at + 4]:
        if _EARLIER_RE.match(x):
            return False
        if _STILL_NOT_RE.match(x) and _NOT_YET_RE.search(x):
            return not _situation_unchanged(x, sentences[sentences.index(x) + 1:sentences.index(x) + 3])
    return False


# (header21) what a report says is still wrong on the ground, where a reminder says who has not yet acted: 'Tuy nhiên đến nay đã
# hơn 1 tháng tình trạng này vẫn chưa được cải thiện', 'Đến nay, tình trạng lấn chiếm vẫn còn diễn ra', 'Tuy nhiên, tới nay
# tình hình vẫn chưa được khắc phục'
_SITUATION_UNCHANGED_RE = re.compile(r"(?<![^\W_])(?:tình\s+trạng|tình\s+hình|hiện\s+tượng|vấn\s+đề|sự\s+việc|vụ\s+việc)(?![^\W_])[^.;]{0,60}?"
                                     r"(?:vẫn\s+)?(?:chưa|không)\s+(?:được\s+|hề\s+)?(?:cải\s+thiện|khắc\s+phục|giải\s+quyết|chấm\s+dứt|"
                                     r"xử\s+lý|thuyên\s+giảm|giảm|chuyển\s+biến)|(?:tình\s+trạng|tình\s+hình|hiện\s+tượng)(?![^\W_])[^.;]{0,60}?"
                                     r"vẫn\s+(?:còn\s+)?(?:diễn\s+ra|tiếp\s+diễn|xảy\s+ra)")


def _situation_unchanged(sentence: str, after: list[str]) -> bool:
    """(header21) Whether a 'đến nay ... chưa' sentence tells that a situation on the ground is unchanged (a report on the
    letter just named) and no body asks again in the next sentences (a reminder would): the letter stays the post's own."""
    if not _SITUATION_UNCHANGED_RE.search(sentence):
        return False
    return not any(SPEAKER_RE.match(y) for y in after)


_SHORT_ISSUER_RE = re.compile(r"^(?P<kind>Bộ|Sở|Cục|Tổng\s+cục|Ban|Phòng)\s+(?P<abbr>[A-ZĐ][A-ZĐ&\-]{1,12})$")


def _full_name(issuer: str, texts: list[str]) -> str:
    """A body named by its kind and a short name ('Bộ GD-ĐT', 'Sở TN&MT', 'Bộ NN&PTNT') in full where the text defines the short
    name in brackets after the full one ('Bộ Giáo dục và Đào tạo (GD-ĐT)', 'Sở Tài nguyên và Môi trường (Sở TN&MT)')."""
    sm = _SHORT_ISSUER_RE.match(issuer.strip())
    if not sm:
        return issuer
    kind = r"\s+".join(sm.group("kind").split())
    abbr = r"\s*".join(re.escape(c) for c in sm.group("abbr"))
    rx = re.compile(r"(?<![^\W_])(?P<kind>" + kind + r")\s+(?P<full>[A-ZĐÀ-Ỹ](?:(?!" + kind + r"\s)[^(),;.\n]){2,80}?)\s*\(\s*(?:"
                    + kind + r"\s+)?" + abbr + r"\s*\)")
    for t in texts:
        m = rx.search(t)
        if m:
            return m.group("kind") + " " + re.sub(r"\s+", " ", m.group("full")).strip()
    return issuer


_SIGNER_ROLE = (r"(?:Phó\s+)?(?:[Cc]hủ\s+tịch|Giám\s+đốc|Bộ\s+trưởng|Thứ\s+trưởng|Chánh\s+Văn\s+phòng|Trưởng\s+ban|"
                r"Chủ\s+nhiệm|Cục\s+trưởng|Tổng\s+cục\s+trưởng)(?:\s+Thường\s+trực)?")
_SPEAKS_OR_SIGNS = r"\s*,?\s+(?:(?:đã|vừa|cũng|tiếp\s+tục|mới)\s+)*(?:ký|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|giao)(?![^\W_])"
# 'bà <name> - Phó Chủ tịch UBND tỉnh đề nghị ...', 'ông <name>, Giám đốc Sở Y tế yêu cầu ...'
_NAME_THEN_ROLE_RE = re.compile(r"(?<![^\W_])(?i:ông|bà|đồng\s+chí)\s+(?P<name>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4})"
                                r"\s*(?:,|\s[-–—])\s*(?P<role>" + _SIGNER_ROLE + r"\s+[^,.;:()]{3,80}?)" + _SPEAKS_OR_SIGNS)
# 'Phó Chủ tịch UBND tỉnh <name> đã ký ban hành ...', 'Giám đốc Sở Y tế <name> yêu cầu ...'
_ROLE_THEN_NAME_RE = re.compile(r"(?<![^\W_])(?<!Phó\s)(?P<span>" + _SIGNER_ROLE + r"\s+[^,.;:()]{3,100}?)" + _SPEAKS_OR_SIGNS)


# header30: the issuer's head who speaks through its act with no name, opening a sentence or after its opener ('Theo đó, ...,
# Chủ tịch UBND tỉnh yêu cầu ...' under 'UBND tỉnh An Giang vừa có công văn 388 ...' (header batch AK09); 'Giám đốc Sở GD-ĐT
# TP.HCM đề nghị ...' under 'Sở GD-ĐT TP.HCM vừa có chỉ đạo ...' (AJ10); portal copies: 'Theo đó, Chủ tịch UBND tỉnh đề nghị
# Ủy ban Mặt trận ...' (Bình Định's Sở Nội vụ on a công văn), '..., Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở ...' (a Hà
# Tĩnh commune's copy of a provincial letter)): signer_title his title, no signer (samples/gold/README.md: a post about a
# document takes that body's officer who speaks through it)
# header31: only when the sentence says he signs ('Chủ tịch UBND tỉnh đã ký ...'). An unnamed head's voice ('Chủ tịch UBND
# tỉnh yêu cầu ...') is the letter's own formula, whoever signs it: of the development gold's texts that speak so and print
# their signature, 5 of 7 'Chủ tịch ... yêu cầu/giao' letters are signed 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' (26, p4, p5, ye2,
# d4), one by the Office's head (d3), one by the chairman (s2); so the voice names no signer_title (samples/gold/README.md).
_UNNAMED_HEAD_RE = re.compile(r"(?:^|[.!?]\s+|,\s+)(?P<span>" + _SIGNER_ROLE + r"\s+(?:[^,.;:()]|\.(?=\S)){3,80}?)"
                              r"\s*,?\s+(?:(?:đã|vừa|cũng|mới)\s+)*ký(?![^\W_])")
# (an officer at a meeting or an inspection speaks for himself: header18_X04, no signer)
_MEETING_WORD_RE = re.compile(r"(?<![^\W_])(?i:hội\s+nghị|cuộc\s+họp|phiên\s+họp|buổi\s+làm\s+việc|làm\s+việc\s+với|kiểm\s+tra\s+thực\s+tế|"
                              r"kiểm\s+tra\s+tại|lễ\s+ra\s+quân|tại\s+buổi)(?![^\W_])")


def unnamed_head(texts: list[str], issuer: str) -> str | None:
    """(header30) The title of the issuer's head who signs its act in a later sentence with no name (see _UNNAMED_HEAD_RE;
    header31: never from his voice alone), or None when a meeting or an inspection is reported."""
    from pipeline.repair.ocrphrases import SURNAMES
    if any(_MEETING_WORD_RE.search(t) for t in texts[:3]):
        return None  # (the headline and the lead: a meeting a later sentence cites is another's)
    for t in texts:
        for m in _UNNAMED_HEAD_RE.finditer(t):
            span = re.sub(r"\s+", " ", m.group("span"))
            if any(w in SURNAMES for w in span.split()[2:]):
                return None  # (a name in the span is _speaker_signer's)
            title, org = _role(span, None, keep_level=True)
            if title and _same_body(org, issuer):
                return title
    return None


def _same_body(org: str | None, issuer: str) -> bool:
    """Whether an office's body is the issuer as the post names it ('UBND tỉnh' and 'UBND tỉnh Phú Yên', either way)."""
    if not org:
        return False
    a, b = fold(re.sub(r"^(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân", "UBND", org)), fold(re.sub(r"^(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân", "UBND", issuer))
    a, b = re.sub(r"^chu tich ", "", a), re.sub(r"^chu tich ", "", b)
    return a == b or b.startswith(a + " ") or a.startswith(b + " ")


def _speaker_signer(texts: list[str], issuer: str) -> tuple[str, str] | None:
    """The title and name of the issuer's officer who signs the post's document or speaks through it, named in a later
    sentence (see posted_header): his body must be the issuer the lead named."""
    from pipeline.repair.ocrphrases import SURNAMES
    from pipeline.structure.titles import is_personal_name
    for t in texts:
        for m in _NAME_THEN_ROLE_RE.finditer(t):
            title, org = _role(m.group("role"), None, keep_level=True)
            name = m.group("name")
            if title and _same_body(org, issuer) and name.split()[0] in SURNAMES and is_personal_name(name):
                return title, name
        for m in _ROLE_THEN_NAME_RE.finditer(t):
            words = m.group("span").split()
            for k in (3, 2, 4):
                name = " ".join(words[-k:])
                if len(words) > k + 1 and words[-k] in SURNAMES and is_personal_name(name):
                    title, org = _role(" ".join(words[:-k]), None, keep_level=True)
                    if title and _same_body(org, issuer):
                        return title, name
                    break
    return None


# a post's closing that points to the document it carries: 'Chi tiết tại Văn bản số 3198/SXD-QLXD
# ngày 24/7/2021./.', 'Xem chi tiết Công văn số 12/UBND-VX tại đây', 'Tải toàn văn Công văn số ...'
POINTER_RE = re.compile(
    r"^\s*(?:Chi\s+tiết|Xem\s+chi\s+tiết|Nội\s+dung\s+chi\s+tiết|Tải\s+toàn\s+văn|Xem\s+toàn\s+văn|Toàn\s+văn)\s+"
    r"(?:(?:xem\s+)?tại\s+)?(?P<type>(?i:công\s+văn|văn\s+bản|công\s+điện|chỉ\s+thị|quyết\s+định|kế\s+hoạch|thông\s+báo|hướng\s+dẫn))"
    r"\s+(?:số\s*:?\s*)?(?P<num>" + _NUM + r")(?:\s*,?\s*ngày\s+" + _DMY + r")?")


def _pointed_document(texts: list[str], out: Posted, edge: int) -> None:
    """The document a post's closing points to is the post's own, even when its lead first told
    of another ('Ngày 23/7/2021, UBND tỉnh có Thông báo số 554/TB-UBND ...; Trước đó, Ban Chỉ đạo
    ... đã có văn bản số 132/CV-BCĐ ...; Thực hiện chỉ đạo tại những văn bản nêu trên, Sở Xây dựng
    có văn bản số 3198/SXD-QLXD ngày 24/7/2021 ...' / 'Chi tiết tại Văn bản số 3198/SXD-QLXD ...'):
    its type, number and date, and the body the text says issued it."""
    for t in texts[-edge - 4:]:
        pm = POINTER_RE.match(t)
        if not pm:
            continue
        num = re.sub(r"\s+", "", pm.group("num"))
        if num == out.number:
            return
        out.doc_type, out.number = _type(pm.group("type")), num
        if out.doc_type == "Công văn" or fold(pm.group("type")).replace(" ", "") == "vanban":
            out.doc_type = _type_from_symbol(num) or "Công văn"
        out.date = _date(pm.group("d"), pm.group("m"), pm.group("y")) if pm.group("d") else None
        out.signer = out.signer_title = None
        joined = " ".join(texts)
        num_rx = r"\s*".join(re.escape(c) for c in num)
        im = re.search(r"(?:^|[,.;:]\s*)(?P<who>[A-ZĐÀ-Ỹ][^,.;:]{2,100}?)\s+(?:(?:vừa|đã)\s+)?(?:có|ban\s+hành|ký\s+ban\s+hành|ký|gửi)\s+"
                       r"(?:" + _PRESS_TYPES + r")\s+(?:số\s*:?\s*)?" + num_rx + r"(?:\s*,?\s*ngày\s+" + _DMY + r")?", joined)
        if im:
            who = re.sub(r"\s+", " ", im.group("who")).strip()
            out.issuer = _body(who) if _PRESS_BODY_RE.match(who) else None
            if out.date is None and im.group("d"):
                out.date = _date(im.group("d"), im.group("m"), im.group("y"))
        else:
            out.issuer = None
        return


def _type_from_symbol(num: str) -> str | None:
    from pipeline.structure.header import _symbol_type
    return _symbol_type(num)


# A press lead that names who signed or issued what, in any of the shapes a news page, a blog or a
# union's paper gives it, with no number or date required:
#   '(GLO)- Văn phòng Chính phủ vừa có Công văn số 6411/VPCP-KTTH gửi: ...'
#   'Ngày 14-1, Thủ tướng Chính phủ đã có Công văn (số 73/TTg-CN) chỉ đạo ...'
#   'ND - Ngày 25-6, Phó Thủ tướng Nguyễn Thiện Nhân có Công điện gửi: ...'
#   'Bộ trưởng Y tế Đào Hồng Lan vừa ký công văn gửi UBND các tỉnh ...'
#   'Giáo sư, Tiến sĩ Trần Văn Thuấn, Thứ trưởng Y tế vừa ký văn bản gửi ...'
#   '(QTO) - Chiều nay 8/10/2020, Giám đốc Sở Giáo dục và Đào tạo Lê Thị Hương đã ký văn bản hỏa tốc ...'
#   'PNVN Ngày 24/11 thay mặt Đoàn Chủ tịch, Phó Chủ tịch Hội LHPNVN Nguyễn Thị Tuyết đã ký văn bản số ...'
#   'Ban Thường vụ Tỉnh ủy vừa ban hành công điện số 07-CĐ/TU về ...'
# (a paper's tag, a bracketed or a capitalised short name, opens the lead; then its day; then, for a
# person who signs for a collective body, 'thay mặt <body>,'; then who; then the verb and the type)
# ('(PL)- UBND TP Đà Nẵng vừa ban hành đề án ...': a scheme, 'Đề án', is a type of its own)
_PRESS_TYPES = r"(?i:công\s+văn|văn\s+bản|công\s+điện|chỉ\s+thị|quyết\s+định|kế\s+hoạch|thông\s+báo|kết\s+luận|hướng\s+dẫn|nghị\s+quyết|đề\s+án)"
PRESS_LEAD_RE = re.compile(
    # (a scrape's property glued before the lead: ' date 2021-09 Đêm 22/9, UBND tỉnh ban hành ...')
    r"^\s*(?:[^\W\d_]{2,12}\s+(?P<sy>(?:19|20)\d\d)-(?P<sm>\d{1,2})(?:-\d{1,2})?\s+)?"
    # ('Kinhtedothi - UBND TP Hà Nội vừa ban hành ...', 'VTV.vn - ...', 'Moitruong.net.vn – ...': a paper's name in one word,
    # then a dash between spaces)
    # (header28: 'GD&TĐ - ': a tag with an ampersand, as PRESS_TAG_RE takes it)
    r"(?:\([^()]{2,40}\)\s*[-–—]?\s*|[A-ZĐ]{2,6}(?:&[A-ZĐ]{1,4})?(?:\.[A-Z]{2,4})?\s*[-–—]\s*|[A-ZĐ]{2,6}\s+(?=Ngày\s)|"
    + _PAPER_NAME_TAG + r")?"
    # ('Theo bà <name>, Phó Chủ tịch ...: Ban Thường trực ... vừa ban hành ...': a source quoted first)
    r"(?:Theo\s+[^:;]{3,160}:\s*)?"
    # ('Mới đây, UBND TP đã có Công điện khẩn số 06/CĐ-UBND ...', 'Vừa qua, Thứ trưởng Bộ Y tế <name> đã có công văn
    # ...', 'Gần đây, ...': the lead says when only as 'lately')
    # ('Theo đó, UBND tỉnh đã có công điện khẩn gửi ...': a retelling's 'accordingly' before the lead)
    r"(?:(?:Mới\s+đây|Vừa\s+qua|Gần\s+đây|Hôm\s+qua|Trước\s+đó|Cùng\s+ngày|Theo\s+đó)\s*,\s*)?"
    # ('Hồi 16h30, BCĐ Trung ương về Phòng, chống thiên tai đã có Công điện số 84/CĐ-TW ...', 'Lúc 10 giờ ngày 5/8,
    # ...': the hour it was sent, the day, if any, after it)
    r"(?:(?:Hồi|Lúc|Vào\s+lúc)\s+\d{1,2}\s*(?:h|giờ|:)\s*(?:\d{1,2}\s*(?:phút)?)?\s*(?:,\s*|\s+(?=ngày\s)))?"
    # ('Sáng ngày 30/4, UBND tỉnh ... ra công điện khẩn ...': the part of the day, then 'ngày')
    # ('Sáng nay, 9-8, Bộ trưởng ...', 'Chiều qua (23/02), ...': 'nay' or 'qua', then the day after a comma or in brackets)
    r"(?:(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Rạng\s+sáng)(?:\s+(?:nay|qua)\s*,?)?(?:\s+ngày)?\s*\(?\s*(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})(?:\s*[/.\-]\s*(?P<y>(?:19|20)\d\d))?\s*\)?\s*,?\s+)?"
    # ('Ngày 14-7-2021, do tình hình dịch diễn biến phức tạp, UBND tỉnh vừa có thông báo ...': a
    # clause of cause or purpose between the day and who acts)
    # (header28: 'Trước tình hình dịch bệnh ... tại nhiều quốc gia, Việt Nam nằm trong khu vực ..., Thủ tướng Chính phủ vừa
    # có công điện ...': the clause may hold a comma or two of its own, never before the lead's day, person, title or
    # body, 'Trước diễn biến ..., chiều 15/2, Chủ tịch UBND TP, Trưởng ban ...', and each part a clause of five words or
    # more, never a list's item: 'Sau khi nghe ý kiến của các Bộ, ngành, Ủy ban nhân dân thành phố Hà Nội, Thủ tướng ...')
    # (header29: 'Liên quan đến việc phòng chống dịch ..., Bộ Y tế vừa có công văn gửi ...' (VOH), 'ThienNhien.Net – Liên quan đến
    # thông tin ..., Bộ Tài nguyên và Môi trường vừa có Công văn số 1311/BTNMT-TCMT ...', 'Liên quan vụ ngộ độc ..., ngày 3/5, ...'
    # (nhandan): the matter the act answers, first)
    r"(?:(?i:do|vì|nhằm|để|trước|sau\s+khi|liên\s+quan(?:\s+(?:đến|tới))?)\s+[^,;:()]{3,160}?(?:,(?!\s*(?:(?i:sáng|chiều|tối|trưa|đêm|hôm|ngày|ông|bà|đồng\s+chí)\s|(?:Phó\s+)?(?:Chủ\s+tịch|Thủ\s+tướng|Bộ\s+trưởng|Giám\s+đốc|Trưởng)|"
    r"UBND|Ủy|Uỷ|Sở|Bộ|Ban|Cục|Văn\s+phòng))\s*(?=(?:[^,;:()\s]+\s+){4})[^,;:()]{3,160}?){0,2}[,;]\s*)?"
    # (header37: the clause of purpose closed by a semicolon, 'Nhằm đánh giá kết quả ..., đề xuất các giải pháp ...; Ủy ban
    # nhân dân tỉnh vừa ban hành Công văn số 1974/UBND-KGVX ...' (samples ym4), 'Để kịp thời có biện pháp ngăn chặn ...; UBND
    # tỉnh vừa ban hành văn bản gửi ...' (office_spans ob36-005): the same lead as after a comma, for every body the lead
    # reads, not only the people's committee another reader finds anywhere in a sentence)
    # ('Nghiêm túc thực hiện chỉ đạo ... tại Thông báo số 31/TB-VPCP ..., Chủ tịch UBND huyện vừa có
    # công văn ...', 'Thực hiện <documents>; ..., Ban Chỉ đạo ... tỉnh vừa ban hành Công văn số ...':
    # the grounds the lead cites first, then who acts)
    # (grounds that cite several documents with their subjects run past 600 characters: up to 1200)
    # (header39: grounds listed with semicolons and closed by one, 'Thực hiện <documents>; Ban Thường vụ Tỉnh ủy vừa có văn
    # bản chỉ đạo số 682-CV/TU ...' (office_spans ob9-081), 'Thực hiện <documents>; ngày 29/01/2018, UBND tỉnh ban hành văn bản
    # số ...': the same lead as after a comma; never at a semicolon before the next document of the list, 'Thực hiện Luật
    # ...; Quyết định số 342/QĐ-TTg ... của Thủ tướng Chính phủ Ban hành Kế hoạch ...; ..., UBND tỉnh ban hành Kế hoạch ...'
    # (unseen_repair ac1): the list goes on to its lead)
    r"(?:(?i:(?:nghiêm\s+túc\s+)?thực\s+hiện|căn\s+cứ|triển\s+khai|quán\s+triệt|xét\s+đề\s+nghị|xét\s+tờ\s+trình)\s[^:]{3,1200}?(?:,|;(?!\s*(?i:quyết\s+định|kế\s+hoạch|công\s+văn|văn\s+bản|nghị\s+quyết|nghị\s+định|chỉ\s+thị|thông\s+báo|thông\s+tư|luật|hướng\s+dẫn|chương\s+trình|đề\s+án|kết\s+luận|công\s+điện|quy\s+định|quy\s+chế|điều\s+lệ|tờ\s+trình|báo\s+cáo|thông\s+tri|ý\s+kiến|chỉ\s+đạo)(?![^\W_])))\s*(?=[A-ZĐÀ-Ỹ]|ngày\s+\d|(?:sáng|chiều|tối|trưa|đêm|hôm)(?:\s+nay)?(?:\s+ngày)?\s+\(?\d))?"
    # ('Xét đề nghị của ... tại báo cáo số 21/BC-VP ngày 23-7-2020, ngày 3-8, Chủ tịch UBND thành phố đã
    # ký văn bản số 5120/UBND-KSTT ...', 'Thực hiện ...; Nghị quyết ..., ngày 13/5/2011, Ủy ban nhân dân
    # huyện ban hành Kế hoạch số 42/KH-UBND ...': the day after the grounds, in lower case)
    # ('Thực hiện công văn ... của Thủ tướng Chính phủ, sáng 3-2, Phó chủ tịch UBND tỉnh <name> đã ký văn bản số ...':
    # the part of the day in lower case)
    # (header28: '..., hôm nay 21/8, UBND quận Hoàn Kiếm ra thông báo ...': 'today' before the day; 'sáng nay 9-8')
    # (header40: the day after a clause written 'Ngày' or with no comma before who acts, 'Nhằm ..., Ngày 21/01/2021 Ủy ban nhân
    # dân xã đã ban hành kế hoạch số 05/KH -UBND ...' (header batch AT04), '...; Ngày 04/4/2016, UBND tỉnh ban hành kế hoạch số
    # 819/KH-UBND ...' (tayninh.gov.vn): the same day; with no comma only before a capital, the body's first word)
    r"(?:(?:(?:sáng|chiều|tối|trưa|đêm|hôm)(?:\s+nay)?(?:\s+ngày)?|[Nn]gày)\s+\(?(?P<d2>\d{1,2})\s*[/.\-]\s*(?P<m2>\d{1,2})(?:\s*[/.\-]\s*(?P<y2>(?:19|20)\d\d))?\s*\)?(?:\s*,\s*|\s+(?=[A-ZĐÀ-Ỹ])))?"
    # ('Trước những sai phạm ..., mới đây, Sở Thông tin và Truyền thông đã có văn bản ...')
    r"(?:(?i:mới\s+đây|vừa\s+qua|gần\s+đây)\s*,\s*)?"
    r"(?:thay\s+mặt\s+(?P<behalf>[^,;:.]{3,80}?)\s*,\s*)?"
    # ('thừa lệnh Chủ tịch UBND tỉnh Tuyên Quang, Phó Chánh Văn phòng UBND tỉnh <name> đã ký ...':
    # the office's head signs by order of the chairman, for the committee)
    r"(?:(?i:thừa\s+lệnh|thừa\s+ủy\s+quyền|thừa\s+uỷ\s+quyền)\s+(?P<order>[^,;:.]{3,80}?)\s*,\s*)?"
    r"(?:(?i:đồng\s+chí|ông|bà)\s+(?=[A-ZĐÀ-Ỹ]))?"
    # (who: a person or an office, abbreviations with their dots allowed, 'BCH T.Ư Hội CCB')
    # (and an abbreviation in brackets: 'Ủy ban nhân dân (UBND) TP. Hồ Chí Minh')
    # ('Tổng cục Thủy lợi (Bộ NN&PTNT) vừa có Công điện ...', 'Sở Văn hóa, Thể thao và Du lịch (VH, TT&DL) đã
    # phát hành ...': see _SHORT_NAME)
    # ('UBND tỉnh Quảng Ninh ra công điện khẩn ...', 'Sở Y tế vừa ra thông báo ...', 'UBND huyện đã xây dựng Kế
    # hoạch ...', 'UBND huyện xây dựng Kế hoạch số 45/KH-UBND ...': the act named by 'ra' or, for a plan, 'xây
    # dựng' told as done or with its number; 'Đảng ủy, UBND các xã xây dựng kế hoạch chỉ đạo ...' is a task)
    # ('Sáng 3/5, tỉnh Quảng Ninh đã ra công điện khẩn ...': a province named in lower case after the day, see
    # PLACE_SPEAKER_RE)
    r"(?P<who>(?:(?:tỉnh|thành\s+phố)\s+(?=[A-ZĐÀ-Ỹ]))?[A-ZĐÀ-Ỹ](?:(?!,\s*ngày\s+\d)(?:[^;:.()]|\.(?=\S)|\.(?=\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ])|" + _SHORT_NAME_CORE + r")){2,160}?)"
    # ('Cục Quản lý Khám Chữa bệnh, Bộ Y tế mới đây có công văn ...', 'Văn phòng UBND TP. Hồ Chí Minh ngày 14/6 đã có
    # thông báo kết luận ...': 'lately' or the day between who and the verb)
    r"(?:\s*,?\s+(?:mới\s+đây|vừa\s+qua|gần\s+đây)\s*,?|\s+ngày\s+(?P<d3>\d{1,2})\s*/\s*(?P<m3>\d{1,2})(?:\s*/\s*(?P<y3>(?:19|20)\d\d))?)?"
    # ('Bộ trưởng Bộ Giáo dục và Đào tạo đã gửi công điện đề nghị ...': sent)
    # (header43, H18: a body's own plan told in a verb phrase with no 'vừa / đã' -- '<opener>, UBND tỉnh xây dựng Kế hoạch tổ
    # chức ... (Kế hoạch số 08/KH-UBND).' (header batch AT01), '..., UBND phường Thủy Lương xây dựng Kế hoạch tổ chức ...' --
    # and a plan 'triển khai': 'UBND huyện Đông Hòa vừa triển khai kế hoạch tổ chức đón Tết ...' (baophuyen.vn), 'Chiều ngày
    # 22/1, UBND thị xã triển khai kế hoạch tổ chức Lễ phát động ...' (sontay.hanoi.gov.vn): see _own_plan_ok, which keeps
    # the bare 'xây dựng' to a lead opened by a ground or a purpose and never dates a plan by the day it was deployed)
    r"\s+(?:(?:vừa|đã|mới)\s+)*(?P<verb>ký(?:\s+ban\s+hành)?|ban\s+hành|có|phát\s+hành|ra|gửi|(?:(?<=vừa\s)|(?<=đã\s)|(?<=mới\s))xây\s+dựng(?=\s+(?i:kế\s+hoạch))|xây\s+dựng(?=\s+(?i:kế\s+hoạch)\s+số)|"
    r"(?P<own>xây\s+dựng|triển\s+khai(?:\s+thực\s+hiện)?)(?=\s+(?i:kế\s+hoạch)(?![^\W_])))\s+"
    # ('vừa ký ban hành khẩn cấp công văn ...', 'ban hành hỏa tốc công điện ...': the urgency before the type)
    r"(?:(?i:khẩn\s+cấp|hỏa\s+tốc|hoả\s+tốc)\s+)?"
    # (header36: 'Bộ Chính trị vừa ban hành các quyết định chuẩn y nhân sự ...' (header batch AP05), '... ký ban hành các quyết
    # định của Bộ Chính trị ...' (AQ01): several documents of one type issued at once; the type is theirs)
    r"(?:các\s+(?=(?i:quyết\s+định|chỉ\s+thị|kết\s+luận|nghị\s+quyết)(?![^\W_])))?"
    r"(?P<type>" + _PRESS_TYPES + r")(?:\s+(?i:khẩn(?:\s+cấp)?|hỏa\s+tốc|hoả\s+tốc|thượng\s+khẩn))?"
    # ('đã ban hành văn bản hướng dẫn số 231/SNV-XDCQ ...', 'có công văn chỉ đạo số ...', 'văn bản đôn đốc số ...': what the
    # letter does, between its type and its number; a numbered 'văn bản' is a Công văn whatever it does)
    r"(?:(?:(?<=[Vv]ăn\sbản)|(?<=[Cc]ông\svăn))\s+(?i:hướng\s+dẫn|chỉ\s+đạo|đôn\s+đốc|trả\s+lời|góp\s+ý|thông\s+báo)(?=\s+(?i:số)\s))?"
    # ('Chỉ thị số 17 về ...': a lead may give the number alone, without the symbol)
    # ('vừa ban hành Kế hoạch 218/KH-UBND ...', 'đã ban hành Quyết định 1022/QĐ-TTg ...': a number
    # with its symbol needs no 'số')
    # ('ký ban hành Chỉ thị 03 yêu cầu ...', 'văn bản khẩn 2556 gửi ...': a number alone, no 'số', before the verb or
    # the subject that follows the act)
    r"(?:\s*\(?\s*(?i:số)\s*:?\s*(?P<num>" + _NUM + r"|\d{1,5}(?![\d/\w]))\s*\)?|\s+(?P<bare>" + _NUM + r")|"
    r"\s+(?P<short>\d{1,5})(?=\s+(?:gửi|yêu\s+cầu|chỉ\s+đạo|về|của|ngày|đề\s+nghị|hướng\s+dẫn|giao|V/v|v/v)(?![^\W_])|\s*,))?"
    # ('vừa có văn bản số 1432/VPCP-CN ngày 8/3/2023 truyền đạt ...': the document's own day after its number)
    r"(?:\s*,?\s+ngày\s+(?P<d5>\d{1,2})\s*[/.\-]\s*(?P<m5>\d{1,2})\s*[/.\-]\s*(?P<y5>(?:19|20)\d\d)(?!\d))?"
    # ('... Chỉ thị số 02-CT/TW của Ban Bí thư về ...': the body whose act it is, after the number)
    r"(?:\s+của\s+(?P<of>[A-ZĐÀ-Ỹ][^,;:.()]{2,80}?)(?=\s+(?:về|V/v|v/v)(?![^\W_])|\s*[,.;:(]|\s*$))?(?=[\s,.;:“\"]|$)")
# (degrees before a name, spelt out or abbreviated, and abbreviations run together with dots: 'PGS.TS <name>',
# 'GS. TS <name>', 'TS.BS <name>', 'ThS.BSCKII <name>')
_DEGREE = r"(?:P?GS|TSKH|TS|ThS|BS(?:CK(?:II|I|\s*[12]))?|CKII|CKI|KS|DS)"
_ACADEMIC_RE = re.compile(r"^(?:(?:Phó\s+)?Giáo\s+sư|Tiến\s+sĩ|Thạc\s+sĩ|Bác\s+sĩ|Nhà\s+giáo\s+nhân\s+dân|"
                          + _DEGREE + r"(?:\s*\.\s*" + _DEGREE + r")*\.?)\s*[,.]?\s+")
# ('Phó Bí thư Thường trực Tỉnh uỷ', 'Phó Chủ tịch Thường trực UBND tỉnh': the standing deputy's title)
_ROLE_RE = re.compile(r"^(?P<title>(?:Phó\s+)?(?:[Tt]hủ\s+tướng|[Cc]hủ\s+tịch|Tổng\s+Thư\s+ký|Bộ\s+trưởng|Thứ\s+trưởng|Giám\s+đốc|Bí\s+thư|Chủ\s+nhiệm|"
                      r"Chánh\s+Văn\s+phòng|Trưởng\s+ban|[Tt]rưởng(?=\s+(?:[Tt]hường\s+trực\s+)?Ban\s)|Tổng\s+Giám\s+đốc|Cục\s+trưởng|Tổng\s+Cục\s+trưởng|Trưởng\s+phòng|Vụ\s+trưởng)"
                      r"(?:\s+[Tt]hường\s+trực(?=\s|$))?)(?![^\W_])"
                      r"(?:\s+(?P<org>.+))?$")
_PRESS_BODY_RE = re.compile(r"^(?:Văn\s+phòng|Ủy\s+ban|Uỷ\s+ban|UBND|HĐND|Hội\s+đồng|Bộ|Sở|Ban|Thủ\s+tướng|Chính\s+phủ|Tỉnh\s+ủy|BCH|Thường\s+trực|Đoàn\s+Chủ\s+tịch|"
                            r"BCĐ|Vụ|Chi\s+cục|Huyện\s+ủy|Thành\s+ủy|Đảng\s+ủy|Đảng\s+đoàn|Tỉnh\s+[Đđ]oàn|"
                            # (header33: a Party organisation holding its congress or its committee's meeting, 'Sáng ngày 11/8,
                            # Đảng bộ xã Phong Hải tổ chức Đại hội ...' (unseen_repair o10), 'Ngày 1-10, Đảng bộ phường Phú Mỹ (TPHCM)
                            # tổ chức Hội nghị Ban Chấp hành ...' (deadline_audit_short sb06), 'Chiều 30-9, Đảng bộ phường Chánh Hiệp
                            # (TPHCM) tổ chức ...' (sd44), 'Sáng ngày 19/5/2023, Đảng bộ xã Gio Mai đã tổ chức Hội nghị sơ kết ...'
                            # (task_audit_short2 sc07); found by header batch AO, which holds four more)
                            r"Đảng\s+bộ(?=\s+(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|tỉnh|thành\s+phố|[A-ZĐÀ-Ỹ]))|"
                            # (header32: the Youth Union of a town, a district or a city, and its chapters, 'Thị Đoàn Dĩ An (Bình
                            # Dương) ra quân ...' (header batch AM08), 'Đoàn Thanh Niên Thị Trấn Phú Thịnh tổ chức ...' (AM07), 'Thành
                            # đoàn thành phố Hồ Chí Minh ... tổ chức lễ ra quân ...' (hanoimoi), 'Đoàn Thanh niên thành phố Hà Nội tổ
                            # chức ra quân ...' (longbien.edu.vn), 'Ban Chấp hành Đoàn Thanh niên Cục Hàng hải ...'; never 'Đoàn' alone,
                            # a delegation: 'Đoàn công tác', 'Đoàn kiểm tra')
                            r"(?:Thành|Huyện|Thị|Quận)\s+[Đđ]oàn|Đoàn\s+(?:[Tt]hanh\s+[Nn]iên|TNCS)|Trung\s+ương|Hội|Liên\s+đoàn|Mặt\s+trận|Tổng\s+cục|Cục|Phòng|"
                            # (header20: the state agencies that write to provinces as ministries do, 'Bảo hiểm xã hội Việt Nam vừa có Công
                            # văn số 2619/BHXH-BT ...', 'Ngân hàng Nhà nước ...', 'Kho bạc Nhà nước ...')
                            r"Bảo\s+hiểm\s+[Xx]ã\s+hội|Ngân\s+hàng\s+Nhà\s+nước|Kho\s+bạc\s+Nhà\s+nước|Kiểm\s+toán\s+Nhà\s+nước|Thanh\s+tra\s+Chính\s+phủ|"
                            # (header26: a province's or district's police, which holds its own campaigns, 'Công an tỉnh Vĩnh Long
                            # tổ chức hội nghị triển khai kế hoạch cao điểm ...')
                            r"Công\s+an|"
                            # (header29: a school or a public service centre that issues its own notice, 'Trường Đại học Khoa học Tự nhiên
                            # ... vừa ra thông báo khẩn' (plo), 'Trường ĐH Tây Nguyên đã có thông báo ...', see _NOTICE_UNIT_SPEAKER)
                            r"Trường(?=\s+[A-ZĐÀ-Ỹ])|Trung\s+tâm(?=\s+[A-ZĐÀ-Ỹ]))(?![^\W_])")


_LEVEL_BODY_RE = re.compile(r"^(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân)\s+"
                            r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)$")
# 'Phó Chủ tịch UBND tỉnh Nguyễn Thế Giang': a committee named by its level alone, then the
# person who signs for it (a province's name never opens with a common surname; a district's or
# a city's may, 'huyện Trần Văn Thời', so only the province's committee is read so)
_LEVEL_PERSON_RE = re.compile(r"^(?P<office>.*?(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+tỉnh)\s+(?P<person>[A-ZĐÀ-Ỹ]\S*(?:\s+[A-ZĐÀ-Ỹ]\S*){2,3})$")


def _role(role: str, behalf: str | None, keep_level: bool = False) -> tuple[str | None, str | None]:
    """'Thứ trưởng Y tế' -> ('Thứ trưởng', 'Bộ Y tế'); 'Giám đốc Sở Giáo dục và Đào tạo' -> ('Giám đốc',
    'Sở Giáo dục và Đào tạo'); 'Phó Chủ tịch Hội LHPNVN' for 'Đoàn Chủ tịch' -> ('Phó Chủ tịch',
    'Đoàn Chủ tịch Hội LHPNVN'); a role that names no body gives its title only."""
    rm = _ROLE_RE.match(role.strip())
    if not rm:
        return None, None
    # ('Phó chủ tịch UBND tỉnh', 'Phó thủ tướng <name>': a press style writes the title in lower case)
    title = re.sub(r"\s+", " ", rm.group("title")).replace("chủ tịch", "Chủ tịch").replace("thủ tướng", "Thủ tướng")\
        .replace(" thường trực", " Thường trực")
    org = re.sub(r"\s+", " ", rm.group("org") or "")
    # (header24: 'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch <name>': a name that lists its fields keeps its commas)
    org = posted24.listed_name(org) or org.split(",")[0].strip(" ,")
    if _PLACE_WORD_RE.search(org) and not (keep_level and _LEVEL_BODY_RE.match(org)):
        org = ""  # ('Chủ tịch Ủy ban nhân dân tỉnh Lê Văn Hòa': which province, the lead does not say)
    # (but with no person named, 'Chủ tịch Ủy ban nhân dân (UBND) tỉnh vừa ban hành chỉ thị ...',
    # the office acts and the lead names the committee as 'UBND tỉnh ban hành ...' does: kept)
    if title == "Tổng Thư ký" and org == "Quốc hội":
        org = "Tổng Thư ký Quốc hội"  # (the Secretary General issues the Standing Committee's notices in his own name)
    if re.fullmatch(r"(?:Phó\s+)?Thủ\s+tướng(?:\s+Thường\s+trực)?", title) and org in ("", "Chính phủ"):
        org = "Thủ tướng Chính phủ"  # (a deputy signs for the Prime Minister)
    elif re.search(r"(?:Bộ|Thứ)\s+trưởng$", title) and org and not org.startswith("Bộ "):
        org = "Bộ " + org  # ('Bộ trưởng Y tế': the minister of the Ministry of Health)
    if re.search(r"[Tt]rưởng(?: [Tt]hường trực)?$", title) and not re.search(r"(?:Bộ|Thứ|Cục|Vụ)\s+trưởng", title) and org.startswith("Ban "):
        title = re.sub(r"[Tt]rưởng", "Trưởng ban", title, count=1)  # ('Phó trưởng Thường trực Ban Chỉ đạo ...')
    if len(org.split()) < 2:
        org = ""  # ('Giám đốc Sở': the head word alone names no department)
    if behalf and org:
        # ('thay mặt Đoàn Chủ tịch, Phó Chủ tịch Hội LHPNVN ...': the presidium of the body he serves)
        org = behalf if behalf.endswith(org) else f"{behalf} {org}"
    return title, (org or behalf or None)


_WORDED_DAY_RE = re.compile(r"(?P<w>(?<![^\W_])[Nn]gày)\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>(?:19|20)\d\d)(?!\d)")


_MID_TAG_RE = re.compile(r"(?<=\S)\s+\(\s*[A-ZĐ][A-Za-zĐđ.]{1,14}\s*\)\s*[-–—]\s*(?=[A-ZĐÀ-Ỹ])")
# ('Cục Quản lý Khám Chữa bệnh, Bộ Y tế': a unit, then its ministry after a comma; the unit issues)
_UNIT_PARENT_RE = re.compile(r"^(?P<unit>(?:Cục|Vụ|Chi\s+cục|Tổng\s+cục|Viện|Thanh\s+tra)\s[^,]{3,80}?)\s*,\s*(?:Bộ|Tổng\s+cục|Sở)\s+[^,]{2,60}$")


def _role_then_person(s: str) -> tuple[str, str] | None:
    """'Bộ trưởng Bộ NN-PTNT Lê Minh Hoan' -> ('Bộ trưởng Bộ NN-PTNT', 'Lê Minh Hoan'): a role read by _ROLE_RE,
    then a personal name of 2-4 words at the end; None otherwise."""
    from pipeline.structure.titles import is_personal_name
    words = s.split()
    for k in (3, 2, 4):
        # ('Chủ tịch UBND tỉnh Hà Tĩnh': a name after a place word is the place's)
        if len(words) > k and is_personal_name(" ".join(words[-k:])) and _ROLE_RE.match(" ".join(words[:-k])) \
                and not _PLACE_WORD_RE.search(words[-k - 1]):
            return " ".join(words[:-k]), " ".join(words[-k:])
    return None


# Reported speech: the source tells that it or its body acted ('ông <name>, Phó chủ tịch UBND tỉnh X cũng cho biết vừa
# ký ban hành khẩn cấp công văn ...', 'Ông <name>, Phó trưởng Ban ... cho biết, Ban đã gửi văn bản ...', 'UBND tỉnh X cho
# biết, đơn vị vừa có văn bản ...', 'Chi cục Kiểm lâm (...) cho biết, vừa ban hành văn bản ...'): read as the lead without
# 'cho biết'; when a word for the body ('Ban', 'đơn vị', 'tỉnh') is the subject, the body acts and no one is named as
# signing
_REPORTED_RE = re.compile(r"\s+(?:cũng\s+)?cho\s+biết\s*,?\s*(?P<pron>(?:đơn\s+vị|cơ\s+quan|[Bb]an|[Ss]ở|[Bb]ộ|[Cc]ục|"
                          r"tỉnh|huyện|thành\s+phố|quận|xã|phường|địa\s+phương|"
                          # (header22: the committee by its level, '..., Phó Chủ tịch UBND huyện X cho biết, UBND huyện đã ...')
                          r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+(?:tỉnh|huyện|thành\s+phố|TP|quận|thị\s+xã|xã|phường))\s+(?:này\s+)?)?"
                          r"(?=(?:cũng\s+)?(?:đã|vừa|mới)\s)")


def _ends_on_person(s: str) -> bool:
    """Whether the words end on a personal name ('... Chủ nhiệm Văn phòng Quốc hội Bùi Văn Cường'), a place's name after
    a place word ('... TP Cần Thơ', 'tỉnh Hà Nam') not counted."""
    from pipeline.repair.ocrphrases import SURNAMES
    from pipeline.structure.titles import is_personal_name
    words = s.split()
    return any(len(words) > k and words[-k] in SURNAMES and is_personal_name(" ".join(words[-k:]))
               and not _PLACE_WORD_RE.search(words[-k - 1]) for k in (2, 3, 4))


# (header21) the same with a clause between the report and the act, the body then named by a word for it: 'Sở Nông nghiệp ...
# cho biết, trước tình trạng ... chưa nghiêm, đơn vị đã ban hành văn bản ...', 'Sở Giáo dục và Đào tạo cho hay, để bảo đảm an toàn
# cho học sinh, Sở đã có văn bản ...', 'Bộ Y tế thông tin, trước diễn biến ..., Bộ vừa có công văn ...'
_REPORTED_CLAUSE_RE = re.compile(r"\s+(?:cũng\s+)?(?:cho\s+biết|cho\s+hay|thông\s+tin)\s*,?\s*(?:(?i:trước|để|nhằm|do|vì|sau\s+khi|qua|thời\s+gian\s+qua|"
                                 r"những\s+ngày\s+qua|thực\s+hiện|trên\s+cơ\s+sở)(?![^\W_])[^.;:]{3,300}?"
                                 # (header21, after batch AC: the day as the clause, 'Sở GTVT cho biết, ngày 9.7, đơn vị này vừa ban hành ...')
                                 r"|(?i:ngày|sáng|chiều|tối|trưa)(?:\s+(?i:ngày|nay|qua))?\s+\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*(?:19|20)\d\d)?(?!\d))\s*,\s*"
                                 # (header21, after batch AC: the committee by its level, '... Phó chủ tịch UBND tỉnh X cho biết, sau khi ..., UBND tỉnh đã
                                 # có công văn ...')
                                 r"(?P<pron>(?:đơn\s+vị|cơ\s+quan|[Bb]an|[Ss]ở|[Bb]ộ|[Cc]ục|[Cc]hi\s+cục|tỉnh|huyện|thành\s+phố|địa\s+phương|"
                                 r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+(?:tỉnh|huyện|thành\s+phố|TP|quận|thị\s+xã|xã|phường))\s+(?:này\s+)?)"
                                 r"(?=(?:cũng\s+)?(?:đã|vừa|mới)\s)")


# header22: a portal post that names several documents and the one it is about last: 'Thực hiện Công điện số 481/CĐ-TTg
# ... của Thủ tướng Chính phủ và Chỉ thị 08/CT-UBND ..., Chủ tịch UBND tỉnh đã có Công văn số 2552/UBND-NN ...'. The
# document a body itself 'đã có / vừa ban hành' in answer to grounds it cites is the post's; the cited ones (in the title,
# in the background) are references.
_ANSWER_RE = re.compile(
    r"(?:^|[.!?;]\s+)(?:\([^()]{2,40}\)\s*[-–—]?\s*)?(?:(?:Ngày|Sáng|Chiều|Tối)(?:\s+(?:nay|qua))?\s*\(?\s*\d{1,2}\s*[/.\-]\s*\d{1,2}"
    r"(?:\s*[/.\-]\s*(?:19|20)\d\d)?\s*\)?\s*,\s*)?"
    r"(?i:nghiêm\s+túc\s+)?(?P<cite>(?i:thực\s+hiện|triển\s+khai|căn\s+cứ|quán\s+triệt|trên\s+cơ\s+sở|thi\s+hành))\s"
    r"(?P<grounds>(?:[^.!?]|\.(?!\s+[A-ZĐÀ-Ỹ])){3,1200}?),\s*"
    r"(?:(?i:để|nhằm)\s(?:[^.!?]|\.(?!\s+[A-ZĐÀ-Ỹ])){2,300}?,\s*)?"
    r"(?:(?i:ngày|sáng|chiều)\s+(?P<d0>\d{1,2})\s*[/.\-]\s*(?P<m0>\d{1,2})(?:\s*[/.\-]\s*(?P<y0>(?:19|20)\d\d))?\s*,\s*)?"
    r"(?P<who>[A-ZĐÀ-Ỹ](?:[^,;:.()]|\.(?=\S)){2,120}?)\s+(?:(?:đã|vừa|mới|cũng)\s+)+(?:ký\s+ban\s+hành|ban\s+hành|có|ký|gửi)\s+"
    r"(?P<type>" + _PRESS_TYPES + r")\s*(?:\(\s*)?(?i:số)\s*:?\s*(?P<num>" + _NUM + r")"
    r"(?:\s*\)?\s*,?\s*(?:ban\s+hành\s+)?ngày\s+" + _DMY + r")?")


# (header35) a parent place after a comma: a province or a centrally run city, named with its level word or as 'TPHCM'
_EVENT_PARENT = (r"(?P<parent>\s*,\s*(?:(?:[Tt]ỉnh|TP\.?|Tp\.?|[Tt]hành\s+phố)\s*(?:" + _place_names() + r")(?![^\W_])|"
                 r"TP\.?\s*HCM(?![^\W_])|TPHCM(?![^\W_])))")
# (header35) the holder before such a place names its own level and name ('Đảng bộ xã Hoà Phú', 'UBND huyện X'), so the
# place after the comma is its parent, not a list's next member
_EVENT_PARENT_OK_RE = re.compile(r"(?<![^\W_])(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã)\s+[A-ZĐÀ-Ỹ0-9]")
# header22: a news item that opens on an event a body holds ('Sáng 23.6, UBND TP.Hội An tổ chức hội nghị triển khai ...',
# 'Chiều 5/3, Sở Y tế tỉnh đã tổ chức cuộc họp ...', 'Ngày 12/4, HĐND huyện tổ chức phiên họp ...'): the body that holds it
# speaks in what follows; or on an officer's ask named by a board he heads ('đồng chí <name>, Trưởng Ban Pháp chế HĐND tỉnh
# đề nghị ...', 'ông <name>, Giám đốc Sở Y tế yêu cầu ...'): his board or department asks.
_EVENT_ACT = (r"(?P<who>[A-ZĐÀ-Ỹ](?:[^,;:()]|\.(?=\S)|\.(?=\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ])){2,100}?)"
               # (header35: a local body's parent place after a comma, 'Ngày 24/7, Đảng bộ xã Hoà Phú, tỉnh Đắk Lắk tổ chức Đại
               # hội ...' (header batch AO01), 'Ngày 31-12, Đảng bộ phường Phú Thuận, TPHCM tổ chức Hội nghị ...' (AO21): where
               # the body is, not a second holder; only after a body that names its own level, see posted._EVENT_PARENT_OK_RE)
               + _EVENT_PARENT + r"?\s+(?:(?:đã|vừa)\s+)?"
               # (header31: a partner between the holder and its act, 'Ban Chỉ huy Quân sự huyện X đã phối hợp với UBND xã Y,
               # tổ chức lễ phát động ...', 'UBND Phường 1 phối hợp cùng 05 khu phố tổ chức ra quân ...', 'Hội LHPN thị xã X phối
               # hợp với Liên đoàn lao động thị xã tổ chức Hội nghị ...': the body named first holds the event)
               r"(?:phối\s+hợp\s+(?:với|cùng)\s+[^;:.()]{2,80}?\s*,?\s+(?:(?:đã|vừa)\s+)?)?"
               # (the event named in either case: 'tổ chức Hội nghị trực tuyến ...', 'tổ chức Lễ phát động ...')
               # (header32: 'tổ chức thành công Hội nghị ...' (header batch AM15, 'Trường ... đã tổ chức thành công Hội nghị viên
               # chức ...', 'Ban Chấp hành Đoàn Thanh niên Cục X đã tổ chức thành công Hội nghị lần thứ năm ...'), a gathering
               # 'tổ chức Họp mặt kỷ niệm ...' (AM09, 'Ban chỉ đạo vận động hiến máu ... tổ chức họp mặt kỷ niệm 30 năm ...', 'Trung
               # tâm GDQP&AN ... tổ chức họp mặt kỷ niệm 28 năm ...'), a tournament 'tổ chức giải bóng chuyền ...' (AM16, 'Công
               # đoàn trường THPT X đã tổ chức giải bóng chuyền hơi ...', 'công đoàn XN Cơ điện đã tổ chức giải bóng chuyền ...'),
               # never 'tổ chức giải tỏa|quyết ...')
               # (header33: a congress and a contest, 'Ngày 8/1, BCH Lâm thời Đoàn Khối ... tổ chức đại hội đại biểu lần thứ nhất'
               # (header batch AN21), '..., Hội Nông dân huyện Phú Bình tổ chức Đại hội đại biểu ...' (AN10), 'Sáng ngày
               # 11/8, Đảng bộ xã Phong Hải tổ chức Đại hội đại biểu ...' (unseen_repair o10), 'Sáng ngày 01/4/2026, ..., Hội
               # Người cao tuổi xã Phong Hải đã long trọng tổ chức Đại hội ...' (l3); '..., Hội Nông dân huyện Hương Khê ... đã
               # tổ chức Hội thi ...' (AN11), 'Sáng 30/7, Hội Nông dân huyện Đạ Huoai đã tổ chức hội thi Nhà nông đua tài ...'
               # (unseen_repair s18), 'sáng ngày 18/01/2025, Hội LHPN huyện Lai Vung tổ chức Hội thi dân vũ ...'
               # (deadline_phrases))
               r"(?:(?:tổ\s+chức|chủ\s+trì)\s+(?:thành\s+công\s+)?(?:(?i:hội\s+nghị|cuộc\s+họp|phiên\s+họp|buổi|lễ|hội\s+thảo|đợt|"
               r"họp\s+mặt|đại\s+hội|hội\s+thi)(?![^\W_])|(?i:giải)(?![^\W_])(?!\s+(?:tỏa|toả|quyết|ngân|phóng|thể|trình|đáp|cứu|thích|tán)(?![^\W_]))|họp(?![^\W_]))"
               # (header32: a review held, named by its bare verb, 'Chiều 12/1, Hội Cựu chiến binh (CCB) tỉnh tổng kết công tác Hội
               # năm 2020 ...' (AM02), 'Hội CCB huyện Yên Minh tổng kết công tác Hội năm 2024' (a portal's headline), 'Hội Cựu Chiến
               # binh toàn thành phố tổng kết phong trào thi đua ...' (hoianrt's headline))
               r"|(?:tổ\s+chức\s+)?tổng\s+kết(?![^\W_])"
               # (header26: a campaign a body opens, 'Công an tỉnh đã phát lệnh ra quân thực hiện đợt cao điểm ...')
               r"|(?:phát\s+lệnh\s+|tổ\s+chức\s+)?ra\s+quân(?![^\W_])"
               # (header31: the meeting as a bare verb, 'UBND tỉnh họp rà soát ...' (header batch AL03), 'UBND huyện họp giao ban
               # tháng 6 ...' (samples zi2), 'Ngày 19 - 12, UBND tỉnh họp phiên thường kỳ tháng 12' (hdndtuyenquang), 'Ngày 17 – 9,
               # UBND tỉnh họp phiên thường kỳ tháng 9, ...' (baobacninh), 'Ban Thường vụ Huyện ủy họp nghe ...')
               # (never a meeting the body puts off or only attends: 'Văn phòng Chính phủ hoãn họp Hội nghị ...')
               r"|(?<!hoãn\s)(?<!hủy\s)(?<!huỷ\s)(?<!dừng\s)(?<!dự\s)(?<!sẽ\s)(?<!không\s)(?<!chưa\s)(?<!được\s)họp(?![^\W_]))")
_EVENT_LEAD_RE = re.compile(
    # (header26: 'Trước đó, sáng cùng ngày (5/10), Công an tỉnh X tổ chức hội nghị ...': an earlier event of the same day)
    r"^\s*(?:(?:Trước\s+đó|Cùng\s+ngày|Trong\s+khi\s+đó)\s*,\s*)?"
    # (header31: the occasion or the purpose before a lowercase day, 'Chào mừng kỷ niệm 47 năm ngày giải phóng miền Nam ...
    # (30/4/1975-30/4/2022) và ..., sáng ngày 24/4/2018, UBND Phường 1 ...', 'Thực hiện công tác bầu cử ..., ngày 09/01/2026,
    # Ủy ban MTTQ Việt Nam xã X phối hợp với ...', 'Nhằm động viên, cổ vũ tân binh ..., chiều ngày 02/02/2023, Hội đồng ...')
    r"(?:(?:Chào\s+mừng|Hưởng\s+ứng|Nhằm|Nhân\s+dịp|Thực\s+hiện|Triển\s+khai|Hướng\s+tới|Để)\s[^;:.]{3,300}?,\s*"
    r"(?=(?i:ngày|sáng|chiều|tối|trưa)\s))?"
    # (header32: a comma after the part of the day and a worded day, 'Chiều, ngày 19 tháng 01 năm 2019, Liên đoàn lao động
    # huyện X đã tổ chức thành công hội nghị ...' (header batch AM15), 'Ngày 23 tháng 9 năm 2019, Liên ngành Đoàn ... phối hợp
    # tổ chức hội nghị ...' (ngason), 'Ngày 17 tháng 7 năm 2026, tại trụ sở Chính phủ, Thủ tướng Chính phủ chủ trì cuộc họp
    # ...' (samples ye4, 24; header_fields vpcp_tb330))
    r"(?:(?i:ngày|sáng|chiều|tối|trưa)(?:\s+(?:nay|qua))?(?:\s*,?\s+(?:cùng\s+)?(?i:ngày))?\s*,?\s*\(?\s*"
    # (header33: no comma after the day when a capitalised body follows it, 'Sáng ngày 17/7/2023 Ban chỉ đạo thực hiện Quy chế
    # dân chủ ... xã Hưng Thuận tổ chức ra quân ...' (header batch AN17), 'Sáng ngày 01 /7/2022 Đảng ủy xã Sơn Trung tổ chức
    # lễ chào cờ ...' (samples yf6), 'Ngày 13/7/2021 Ban chỉ đạo xây dựng NTM xã đã tổ chức Hội nghị ...' (samples ef2))
    r"(?:\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*(?:19|20)\d\d)?|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d\d)\s*\)?(?:\s*,\s*|\s+(?=[A-ZĐÀ-Ỹ])))"
    # (header32: the occasion or the grounds after the day, 'Ngày 7-3, Nhân dịp tháng thanh niên, Đoàn Thanh Niên Thị Trấn X
    # tổ chức ...' (AM07), 'Sáng Ngày 31/3/2017, thực hiện Chương trình công tác năm 2017 của ..., ĐU-UBND phường tổ chức hội
    # nghị ...' (task_audit short2 sc21), 'Ngày 24/11/2016, thực hiện ý kiến chỉ đạo của Thủ tướng ..., Bộ trưởng ...')
    r"(?:(?i:nhân\s+dịp|hưởng\s+ứng|nhằm|chào\s+mừng|thực\s+hiện|triển\s+khai)\s[^;:.]{3,200}?,\s*)?"
    # (header30: the place between the day and the body, 'Sáng 1-4, tại xã X, UBND huyện Y tổ chức lễ ra quân ...', 'Sáng
    # ngày 28/3/2022, tại phòng họp 1, UBND phường tổ chức họp ...', 'Chiều ngày 15/01/2026, tại hội trường ..., Ủy ban MTTQ
    # Việt Nam xã X đã tổ chức Hội nghị ...')
    # (header33: a place abbreviated with its dot, 'Ngày 19-6, tại TP. Long Xuyên, Ủy ban Trung ương MTTQVN tổ chức hội nghị
    # ...' (header batch AN14), 'Ngày 20/01/2026, tại TP. Đà Nẵng, Công ty ... tổ chức Lễ ký kết ...', 'Ngày 05/10/2026, tại
    # TP. Hồ Chí Minh, Tổng công ty ... công bố ...': the dot the holder's own name may carry, 'UBND TP. Long Xuyên')
    r"(?:(?i:tại)\s(?:[^,;:.()]|\.(?=\s*[A-ZĐÀ-Ỹ]))" + r"{2,100},\s*)?"
    # (header31: the officer who presides between the day and the body, 'Sáng 12/1, dưới sự chủ trì của đồng chí <name> – Uỷ
    # BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh, UBND tỉnh họp rà soát ...', 'Ngày 26/6, dưới sự chủ trì của đồng chí <name> - Phó Bí
    # thư Huyện ủy, Chủ tịch UBND huyện, UBND huyện họp giao ban ...', 'Sáng 2/6, dưới sự chủ trì của ..., UBND tỉnh đã tổ chức
    # phiên họp ...': the body still holds the meeting; the titles' commas end the clause where the act follows)
    r"(?:(?i:dưới\s+sự\s+chủ\s+trì\s+của)\s[^;:.()]{3,250}?,\s*)?" + _EVENT_ACT)
# header30: a headline or a first sentence that opens on the body holding the event, with no day ('UBND huyện Yên Thế tổ
# chức phiên họp tháng 7 năm 2010' (a portal's headline), 'UBND huyện tổ chức hội nghị thường kỳ tháng 4 ...' (unseen_repair
# y4's headline), 'Phường Phước Thắng tổ chức lễ ra quân ...' (header batch AJ15's tag page)): read on the first line only,
# where a news item names what it reports.
_HEAD_EVENT_RE = re.compile(r"^\s*" + _EVENT_ACT)
# (a ward, commune or town named by its level word and its own name, as a headline shortens 'UBND phường X')
_LOCAL_UNIT_RE = re.compile(r"^(?:Phường|Xã|Thị\s+trấn)\s+[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3}$")
_OFFICER_ASK_RE = re.compile(
    r"(?:^|[,.;:]\s+)(?i:đồng\s+chí|ông|bà)\s+(?P<name>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4})\s*(?:,|\s[-–—])\s*"
    # (header30: his other titles before the board he heads, 'đồng chí <name>, Phó chủ tịch UBND huyện, Trưởng Ban chỉ đạo
    # huyện yêu cầu ...'; titles chain so in meeting news, 'Đồng chí <name>, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng
    # đoàn ĐBQH tỉnh chủ trì ...': the last one is the office he acts in)
    r"(?:(?![Tt]rưởng\s+[Bb]an|Giám\s+đốc)[^,;:.()]{3,80}?\s*(?:,|\s[-–—])\s*){0,2}"
    r"(?P<role>(?:Phó\s+)?(?:[Tt]rưởng\s+[Bb]an|Giám\s+đốc)\s+[^,;:.()]{3,100}?)\s*,?\s+(?:(?:đã|cũng|tiếp\s+tục)\s+)?"
    r"(?:đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|kết\s+luận)(?![^\W_])")


def event_or_officer_issuer(texts: list[str]) -> str | None:
    """The body a news item's lead names as holding an event, or the board or department whose head asks (see
    _EVENT_LEAD_RE, _OFFICER_ASK_RE), or None."""
    # (header31: a lead's day-opened sentence before the headline, which may shorten the body, 'UBND TPLS họp thường kỳ ...'
    # over 'Sáng ngày 15/11/2018, Ủy ban nhân dân (UBND) thành phố Lạng Sơn (TPLS) đã tổ chức phiên họp ...' (samples za5))
    leads = [(t, _EVENT_LEAD_RE) for t in texts] + [(t, _HEAD_EVENT_RE) for t in texts[:1]]
    for t, rx in leads:
        st = re.sub(_SHORT_NAME, "", strip_press_tag(_SCRAPE_STAMP_RE.sub("", t)))
        m = rx.match(st)
        if m and m.group("parent") and not _EVENT_PARENT_OK_RE.search(m.group("who")):
            m = None
        if m:
            who = re.sub(r"\s+", " ", m.group("who")).strip()
            # (header26: 'Đảng ủy – UBND – UBMTTQ Việt Nam phường 12 tổ chức ra quân ...': bodies joined by dashes hold it together,
            # no one of them issues)
            if _LOCAL_UNIT_RE.match(who):
                return who
            if _PRESS_BODY_RE.match(who) and _office_and_person(who)[1] is None and not re.match(r"(?:Thủ\s+tướng|Bộ\s+trưởng|Ban\s*$)", who) \
                    and not re.search(r"\s[–—-]\s+(?:UBND|HĐND|Ủy|Uỷ|UBMTTQ|Đảng|Đoàn|Hội|Công\s+an)(?![^\W_])", who):
                return _body(who)
    for t in texts:
        for m in _OFFICER_ASK_RE.finditer(strip_press_tag(t)):
            role = re.sub(r"\s+", " ", m.group("role")).strip()
            rm = re.match(r"(?:Phó\s+)?(?:[Tt]rưởng\s+[Bb]an\s+(?P<board>.+)|Giám\s+đốc\s+(?P<dept>(?:Sở|Công\s+an|Bệnh\s+viện|Trung\s+tâm)\s.+))$", role)
            if rm and rm.group("board"):
                return "Ban " + rm.group("board")
            if rm and rm.group("dept"):
                return rm.group("dept")
    return None


def event_holder(doc: Document, edge: int = 4) -> str | None:
    """The body the first lines of a body-only document name as holding an event (event_or_officer_issuer on the lines
    posted_header reads it on), or None."""
    texts = _before_page_end([ln.text.strip() for ln in doc.lines if ln.text.strip()])
    return event_or_officer_issuer(_dashless(texts[:edge + 3])[:edge + 2])


def _named_as_letter(texts: list[str], number: str) -> bool:
    """Whether the text names the numbered document as a 'văn bản' ('văn bản số 175/BC-SGTVT', 'văn bản hướng dẫn số
    ...') and never as a 'Công văn' ('Công văn số 12/KH-UBND' keeps the type the text gives it)."""
    num_rx = r"\s*".join(re.escape(c) for c in number)
    joined = " ".join(texts)
    tail = r"(?:\s+\w+){0,2}?\s*\(?\s*(?i:số)\s*:?\s*" + num_rx
    return re.search(r"(?<![^\W_])(?i:văn\s+bản)" + tail, joined) is not None \
        and re.search(r"(?<![^\W_])(?i:công\s+văn)" + tail, joined) is None


def answering_document(texts: list[str]) -> tuple[Posted, str] | None:
    """The numbered document a body issues in answer to the grounds it cites, and the grounds (see _ANSWER_RE), or None."""
    for t in texts:
        m = _ANSWER_RE.search(strip_press_tag(t))
        if not m:
            continue
        who = re.sub(r"\s+", " ", re.sub(_SHORT_NAME, "", m.group("who"))).strip()
        out = Posted()
        rm = re.match(r"^(?P<title>(?:Phó\s+)?Chủ\s+tịch)\s+(?P<body>.+)$", who)
        body = rm.group("body") if rm else who
        if not (_PRESS_BODY_RE.match(body) or re.match(_BODY, body)):
            continue
        office, person = _office_and_person(body)
        out.issuer = _body(office)
        if rm:
            out.signer_title = re.sub(r"\s+", " ", rm.group("title"))
            out.signer = person
        out.doc_type, out.number = _type_and_number(m)
        out.doc_type = _type_from_symbol(out.number) or out.doc_type if out.doc_type == "Công văn" else out.doc_type
        if m.group("d"):
            out.date = _date(m.group("d"), m.group("m"), m.group("y"))
        elif m.group("d0") and m.group("y0"):
            out.date = _date(m.group("d0"), m.group("m0"), m.group("y0"))
        return out, m.group("grounds")
    return None


def answers_cited_type(doc: Document, doc_type: str | None, number: str) -> bool:
    """Whether the numbered document the post reads is issued in answer to grounds that cite a document of the type its
    title names ('Công điện số 481/CĐ-TTg của Thủ tướng ...' over 'Thực hiện Công điện số 481/CĐ-TTg ..., UBND tỉnh đã có
    Công văn số 2552/UBND-NN ...': the title names a reference, see answering_document)."""
    if not doc_type:
        return False
    answer = answering_document([ln.text.strip() for ln in doc.lines if ln.text.strip()][:12])
    return answer is not None and answer[0].number == number and re.search(
        r"(?<![^\W_])" + re.escape(doc_type).replace(r"\ ", r"\s+") + r"(?![^\W_])", answer[1], re.I) is not None


def _cited_in(grounds: str, doc_type: str | None, number: str | None) -> bool:
    """Whether grounds cite the document read (by its type and the digits its number opens with: 'Chỉ thị 08' for
    '08/CT-UBND', 'Công điện số 481/CĐ-TTg')."""
    if not number:
        return False
    digits = re.match(r"\d+", number)
    if not digits:
        return False
    types = _PRESS_TYPES if doc_type is None else re.escape(doc_type).replace(r"\ ", r"\s+")
    return re.search(r"(?i:" + types + r")\s+(?:(?i:số)\s*:?\s*)?0*" + digits.group().lstrip("0") + r"(?!\d)", grounds) is not None


# header22: a reporter's clause before the officer who tells of the act ('Ngày 24/10, trao đổi với phóng viên Dân trí, ông
# <name>, Phó chủ tịch UBND tỉnh X cho biết, ...', 'Trả lời báo chí, bà <name>, Giám đốc Sở Y tế cho biết ...', 'Chia sẻ với
# PV, ông ...'): the interview is no part of who acts; taken off, the lead reads as any reported lead does
_REPORTER_CLAUSE_RE = re.compile(r"(?:^|(?<=,\s))(?i:trao\s+đổi|chia\s+sẻ|trả\s+lời|nói|thông\s+tin)\s+(?:với\s+)?"
                                 r"(?:phóng\s+viên|PV|báo\s+chí|(?-i:Báo|báo)\s)[^,.;:]{0,80}?,\s*(?=(?i:ông|bà|đồng\s+chí)\s+[A-ZĐÀ-Ỹ])")


# (header34) 'UBND cấp xã thành lập, ban hành quyết định quy định chức năng ...' (a commune portal's retold letter, the
# step it asks of the communes): an act in lower case and a comma before the verb -- two acts of one doer, a step, no lead
# (a body's name never ends on a comma after lower-case words)
_ACT_BEFORE_VERB_RE = re.compile(r"\s(?:thành\s+lập|kiện\s+toàn|xây\s+dựng|rà\s+soát|nghiên\s+cứu|chỉ\s+đạo|tổ\s+chức|chủ\s+trì|"
                                 r"tham\s+mưu|hoàn\s+thiện|sửa\s+đổi|bổ\s+sung|triển\s+khai|khẩn\s+trương|chủ\s+động)\s*,\s*$")


# (header43) the opener a bare 'xây dựng Kế hoạch' needs before its body: a ground ('Thực hiện ..., ', 'Căn cứ ...') or a purpose
# ('Nhằm ..., ', 'Để ..., '), as a plan's own preamble and the press write it
_OWN_PLAN_OPENER_RE = re.compile(r"^\s*(?:\([^()]{2,40}\)\s*[-–—]?\s*|[A-ZĐ]{2,6}\s*[-–—]\s*)?(?i:(?:nghiêm\s+túc\s+)?thực\s+hiện|căn\s+cứ|"
                                 r"quán\s+triệt|nhằm|để|hưởng\s+ứng)(?![^\W_])")
# the subject clauses a bare verb phrase may be a step of: several bodies, a plural ('các xã'), a body's units
_PLURAL_WHO_RE = re.compile(r"(?<![^\W_])(?:các|những|và|cùng)(?![^\W_])|,")
# a subject that runs through an act of its own ('Ban Thường vụ Huyện ủy Châu Phú vừa tổ chức hội nghị triển khai kế hoạch
# ...', development ef10; '... vừa tổ chức cuộc họp triển khai kế hoạch ...', yj10; '... đang triển khai kế hoạch ...', yo8): the
# plan is presented at a meeting or still in hand, and the words before the verb are no body's name
_ACT_IN_WHO_RE = re.compile(r"(?<![^\W_])(?:vừa|đã|đang|sẽ|mới|tổ\s+chức|họp|hội\s+nghị|cuộc)(?![^\W_])")


def _own_plan_ok(t: str, m: re.Match) -> bool:
    """(header43, H18) Whether a lead whose verb is 'xây dựng / triển khai (thực hiện) kế hoạch' tells one body's own plan.

    One named body acts (no list, no 'các ...': 'Đảng ủy, UBND các xã xây dựng kế hoạch ...' is a step the plan asks);
    'triển khai' may stand bare ('UBND thị xã triển khai kế hoạch tổ chức ...', a body presenting its own plan) or
    after 'vừa / đã'; a bare 'xây dựng' (no 'vừa / đã', no number) only after a ground or a purpose that opens the lead
    (header batch AT01's 'Nhằm ..., UBND tỉnh xây dựng Kế hoạch ...', measure31's ft12 'Thực hiện ý kiến chỉ đạo của UBND
    thị xã, UBND phường ... xây dựng Kế hoạch ...'): with no opener the phrase is as often a task.
    """
    if _PLURAL_WHO_RE.search(m.group("who")) or _ACT_IN_WHO_RE.search(m.group("who")):
        return False
    if not re.search(r"[.!?…;:]\W*$", t.strip()):
        # a headline ('Thanh Hóa triển khai kế hoạch tìm hiểu pháp luật', no stop) names the item, it is no lead: the lead
        # under it names the body (tests/test_header33.py)
        return False
    if m.group("own").startswith("xây"):
        told = re.search(r"(?<![^\W_])(?:vừa|đã|mới)(?![^\W_])", t[m.end("who"):m.start("own")])
        return bool(told) or bool(_OWN_PLAN_OPENER_RE.match(t)) and m.start("who") > 0
    return True


def press_lead(t: str) -> Posted | None:
    """The identity a press lead gives (see PRESS_LEAD_RE), or None."""
    t = _REPORTER_CLAUSE_RE.sub("", t[:300], count=1) + t[300:]
    rm = _REPORTED_RE.search(t[:400]) or _REPORTED_CLAUSE_RE.search(t[:600])
    if rm:
        out = press_lead(t[:rm.start()] + " " + t[rm.end():])
        if out is not None and rm.group("pron") and out.issuer:
            out.signer = out.signer_title = None
        return out
    # ('Ngày 07 tháng 07 năm 2021, UBND tỉnh Đắk Nông đã có thông báo số 704 /TB-VPUBND ...', 'Ngày 16 tháng 8
    # năm 2021, UBND tỉnh ban hành Văn bản số 2882/UBND-...': the day written out is read as 'Ngày 16/8/2021')
    t = _WORDED_DAY_RE.sub(r"\g<w> \g<d>/\g<m>/\g<y>", t)
    # ('TP Hồ Chí Minh kiểm soát chặt ... để phòng dịch (PLVN) - UBND TP HCM vừa ban hành ...': a tag page
    # runs the headline into the lead; the lead opens at the paper's tag)
    tm = _MID_TAG_RE.search(t)
    t = t[tm.start():] if tm else t
    m = PRESS_LEAD_RE.match(t)
    if not m or _ACT_BEFORE_VERB_RE.search(m.group("who")):
        return None
    if m.group("own") and not _own_plan_ok(t, m):
        return None
    out = Posted()
    who = re.sub(r"\s+", " ", re.sub(_SHORT_NAME, "", m.group("who"))).strip()
    while _ACADEMIC_RE.match(who):
        who = _ACADEMIC_RE.sub("", who, count=1)
    behalf = re.sub(r"\s+", " ", m.group("behalf")).strip() if m.group("behalf") else None
    from pipeline.structure.titles import is_personal_name
    # ('Trần Văn Thuấn, Thứ trưởng Y tế', 'Nguyễn Văn A - Chủ tịch UBND huyện X': the person, then his office after a
    # comma or a dash between spaces)
    pm = re.match(r"^(?P<person>[^,]+?)\s*(?:,|\s[-–—](?=\s))\s*(?P<role>.+)$", who)
    if pm and is_personal_name(pm.group("person")):
        # ('Trần Văn Thuấn, Thứ trưởng Y tế'; 'Đinh Thế Huynh, Ủy viên Bộ Chính trị, Thường trực Ban
        # Bí thư': the last role is the office he signs in; one not read gives no title)
        out.signer = pm.group("person")
        out.signer_title, out.issuer = _role(re.split(r"\s*,\s*", pm.group("role"))[-1], behalf)
    elif pm and (rp := _role_then_person(pm.group("person"))) is not None:
        # ('Bộ trưởng Bộ NN-PTNT Lê Minh Hoan, Phó trưởng Thường trực Ban Chỉ đạo quốc gia về phòng chống thiên tai
        # đã ký công điện ...': a title and the person, then the office he signs in after the comma; the last role
        # read gives the title and the body, the first when the last is not read)
        first_role, out.signer = rp
        out.signer_title, out.issuer = _role(re.split(r"\s*,\s*", pm.group("role"))[-1], behalf)
        if out.signer_title is None:
            out.signer_title, out.issuer = _role(first_role, behalf)
    elif pm and _role(pm.group("person"), behalf)[0] and _role(pm.group("role"), behalf)[0] \
            and not _ends_on_person(pm.group("role")):
        # ('Chủ tịch UBND TP, Trưởng ban Ban Chỉ đạo ... TP.Hải Phòng đã ra thông báo khẩn ...': one person named by two
        # offices, no name; the first is the one he signs in, the body as the text names it when its place is not said)
        out.signer_title, out.issuer = _role(pm.group("person"), behalf)
        out.issuer = out.issuer or re.sub(r"\s+", " ", pm.group("person")).strip()
    elif PLACE_SPEAKER_RE.match(who) and not behalf:
        # ('Ngày 19/7, Hải Phòng có văn bản yêu cầu ...', 'Tỉnh Thanh Hóa vừa ban hành công điện khẩn ...': the
        # place speaks for its committee; the issuer as the text names it, never a person ('Thanh Hóa'))
        out.issuer = re.sub(r"\s+", " ", who)
    else:
        office, person = _office_and_person(who)
        if person and not is_personal_name(person):
            office, person = who, None
        if person is None:
            # ('Phó Chủ tịch Hội LHPNVN Nguyễn Thị Tuyết': a body's short name in capitals before
            # the person runs the capitalised words together; the name is the 3, 2 or 4 words at
            # the end that make a personal name)
            words = who.split()
            for k in (3, 2, 4):
                if len(words) > k and is_personal_name(" ".join(words[-k:])) and words[-k - 1][:1].isupper() \
                        and not _LEVEL_NEAR_RE.search(" ".join(words[max(0, len(words) - k - 3):len(words) - k])):
                    # (a place word one or two words before names a place: 'TP. Hồ Chí Minh', 'thành phố Hồ Chí Minh')
                    office, person = " ".join(words[:-k]), " ".join(words[-k:])
                    break
        lm = _LEVEL_PERSON_RE.match(who)
        from pipeline.repair.ocrphrases import SURNAMES
        if lm and lm.group("person").split()[0] in SURNAMES and is_personal_name(lm.group("person")):
            office, person = lm.group("office"), lm.group("person")
        elif person is not None and _role(office, behalf)[0] is None and _PRESS_BODY_RE.match(who):
            # ('Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành ...': capitalised words after a body
            # with no title before them are its place; a person signs under a title)
            office, person = who, None
        # (header28: 'Phó chủ tịch UBND tỉnh Nguyễn Hòa Hiệp đã ký văn bản số 837/UBND-KGVX': the committee the title names,
        # as the lead names it, issues; gold README's press-lead convention, 'UBND tỉnh' as T07 writes it)
        level_named = bool(lm) and office == lm.group("office")
        title, org = _role(office, behalf, keep_level=person is None or level_named)
        if title:
            out.signer_title, out.issuer, out.signer = title, org, person
        elif _PRESS_BODY_RE.match(office) and not person:
            um = _UNIT_PARENT_RE.match(office)
            office = um.group("unit") if um else office
            out.issuer = f"{behalf} {office}" if behalf else office
        else:
            return None
    num = m.group("num") or m.group("bare") or m.group("short")
    num = re.sub(r"\s+", "", num).rstrip(".") if num else None  # ('... văn bản số 55/SYT-NV.': the sentence's stop)
    typ = _type(m.group("type"))
    if fold(m.group("type")).replace(" ", "") == "vanban" and not num:
        typ = None  # ('ký văn bản gửi ...': a text of no type named)
    if fold(m.group("type")).replace(" ", "") == "dean" and not num \
            and not re.search(r"(?<![^\W_])(?:vừa|đã|mới)(?![^\W_])", t[m.end("who"):m.start("type")]):
        # ('Tỉnh ủy ban hành Đề án xây dựng nông thôn mới ...; Ban Thường vụ ... ban hành kết luận ...': a report lists
        # what was issued; a scheme is the post's own only when told as just done, 'vừa ban hành đề án')
        return None
    out.doc_type, out.number = typ, num
    if m.group("of") and _PRESS_BODY_RE.match(m.group("of")):
        out.issuer = re.sub(r"\s+", " ", m.group("of")).strip()
    if m.group("order"):
        # (by order of the chairman: the committee he chairs issues, whoever signs)
        org = _role(re.sub(r"\s+", " ", m.group("order")).strip(), None, keep_level=True)[1]
        out.issuer = org or out.issuer
    if not (out.issuer or out.signer):
        return None
    if m.group("own") and m.group("own").startswith("triển"):
        pass  # (a plan deployed on a day: the day is the meeting's or the campaign's, no document's -- gold README)
    elif not m.group("d") and (m.group("d2") or m.group("d3")):
        g = "2" if m.group("d2") else "3"
        d, mo, y = m.group("d" + g), m.group("m" + g), m.group("y" + g)
        if y:
            out.date = _date(d, mo, y)
        else:
            out.lead_dm = (int(d), int(mo))
    elif m.group("d") and m.group("y"):
        out.date = _date(m.group("d"), m.group("m"), m.group("y"))
    elif m.group("d") and m.group("sy"):
        # (the scrape's stamp gives the year: the act is no later than the page)
        day = _date(m.group("d"), m.group("m"), m.group("sy"))
        late = day is not None and int(m.group("m")) > int(m.group("sm"))
        out.date = _date(m.group("d"), m.group("m"), int(m.group("sy")) - 1) if late else day
    elif m.group("d"):
        out.lead_dm = (int(m.group("d")), int(m.group("m")))
    if m.group("d5") and (m.group("num") or m.group("bare") or m.group("short")):
        out.date = _date(m.group("d5"), m.group("m5"), m.group("y5")) or out.date
    sm = _LEAD_SUBJECT_RE.match(t[m.end():])
    if sm and not re.search(r"(?i:gửi)\s*:", t[m.end():sm.start("lead")]):
        out.title = sm.group("lead")[:1].upper() + sm.group("lead")[1:] + " " + sm.group("subj").strip()
    return out


# the subject a lead gives after the act, 'vừa có công văn gửi ... về tăng cường ...'; (header29) never 'về' before a body, which
# says where a report goes: '... báo cáo kết quả về Sở trước ngày 23/11' (pending yp7), 'Báo cáo kết quả triển khai gửi về Sở Y tế
# trước 11 giờ ngày 13-6' (baomoi), 'báo cáo kết quả về UBND tỉnh (qua Sở ...)'
_LEAD_SUBJECT_RE = re.compile(r"[^.;]*?\s(?P<lead>về\s+việc|về|V/v)\s+(?!(?:Sở|Bộ|UBND|Ủy\s+ban|Uỷ\s+ban|Ban|Văn\s+phòng|Phòng|Cục|Chi\s+cục|"
                              r"Tổng\s+cục|Thường\s+trực|Trung\s+tâm)(?![^\W_]))(?P<subj>[^.;]{6,300}?)\s*(?:[.;]|$)")


# A line that names a document by its type, number, date and issuer, as a portal's list, a
# slide's title or a site's heading gives it: 'QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg
# NGÀY 28 THÁNG 5 NĂM 2008', 'THÔNG TƯ SỐ 01/2011/TT-BNV Ngày 19/01/2011 của Bộ Nội Vụ', 'KẾT LUẬN
# 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ ...' (the line opens with the type; the issuer after
# 'của' is a body's name, never a person's)
@functools.lru_cache(maxsize=1)
def _naming_re():
    from pipeline.structure.header import DOC_TYPES
    types = "|".join(re.escape(v) for _, v in DOC_TYPES)
    return re.compile(
        r"^\s*(?P<type>" + types + r")\s+(?:của\s+(?P<by1>[^,;]{3,80}?(?:,\s*[^,;]{3,40}?)?)\s+)?(?:số\s*:?\s*)?"
        r"(?P<num>\d[\w.\-&Đđ]*/[\w./\-&Đđ]*[A-ZĐ][\w./\-&Đđ]*)"
        r"(?:\s*,?\s*ngày\s+(?P<date>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"
        r"(?:\s*,?\s+của\s+(?P<by2>[^,;()]{3,60}?(?:,\s*[^,;()]{3,40}?)?))?"
        r"(?=\s+(?:về|V/v|v/v|ban\s+hành|quy\s+định|hướng\s+dẫn)\s|\s*\(|\s*[.:]?\s*$)", re.IGNORECASE)


def naming_line(doc: Document, reach: int = 40) -> Posted | None:
    """Type, number, date and issuer from a line that names the document (see :func:`_naming_re`)
    among the first lines; None when there is none."""
    from pipeline.structure.header import BODY_HEAD_RE
    rx = _naming_re()
    filled = [ln for ln in doc.lines[:reach * 3] if ln.text.strip()][:reach]
    texts = [ln.text.strip() for ln in filled]
    for ln, t in zip(filled, texts):
        m = rx.match(t) if not _SENTENCE_END_RE.search(t) else None
        if not m:
            continue
        out = Posted(line=ln.number)
        out.doc_type = _type(m.group("type"))
        from pipeline.structure.header import DOC_TYPES
        out.doc_type = next((v for _, v in DOC_TYPES if fold(v) == fold(re.sub(r"\s+", " ", m.group("type")))), out.doc_type)
        out.number = re.sub(r"\s+", "", m.group("num"))
        if m.group("date"):
            dm = re.match(r"(\d{1,2})\s*(?:/|\s+tháng\s+)\s*(\d{1,2})\s*(?:/|\s+năm\s+)\s*(\d{4})", m.group("date"), re.I)
            out.date = _date(*dm.groups()) if dm else None
        by = m.group("by1") or m.group("by2")
        if not by:
            # ('Thông Tư 03/2004/TTBYT Hướng Dẫn Xếp Hạng Bệnh Viện Do Bộ Y Tế Ban Hành': a site's
            # title names the issuer after 'do', before 'ban hành')
            dm = _ISSUED_BY_RE.search(t, m.end("num"))
            by = dm.group("by") if dm else None
        if by and BODY_HEAD_RE.match(by.strip().upper()):
            out.issuer = re.sub(r"\s+", " ", by).strip()
        out.issuer = out.issuer or titled_place_committee(out.number, t[m.end("num"):])
        return out
    from pipeline.structure.header import DOC_TYPES, parse_number
    for ln, t in list(zip(filled, texts))[:3]:
        # ('Thông tư 13/2013/ TT- BYT', 'Thông tư 32/2016/TT-BCT    Nằm trên công báo: 59 + 60'): a
        # page's first lines that open with a type and its number, whatever follows them, name
        # the document the page holds (the number read as a header's 'Số:' is, spaces and all)
        m = re.match(r"\s*(?P<type>" + "|".join(re.escape(v) for _, v in DOC_TYPES) + r")\s+(?:số\s*:?\s*)?(?=\d)", t, re.IGNORECASE)
        pn = parse_number("Số: " + t[m.end():]) if m and not _SENTENCE_END_RE.search(t) else None
        if pn and pn[0] and pn[1] == 0:
            out = Posted(line=ln.number, number=pn[0])
            out.doc_type = next(v for _, v in DOC_TYPES if fold(v) == fold(re.sub(r"\s+", " ", m.group("type"))))
            dm = _ISSUED_BY_RE.search(t, m.end())
            if dm and BODY_HEAD_RE.match(dm.group("by").upper()):
                out.issuer = dm.group("by")
            rest = re.match(r"\s*" + re.escape(pn[0]).replace(r"\ ", r"\s*"), t[m.end():])
            out.issuer = out.issuer or (titled_place_committee(pn[0], t[m.end() + rest.end():]) if rest else None)
            return out
    return list_row(texts, filled)


# (header29) a legal site's one-line title prints the place and the year after a committee's number: 'Quyết định 1009/QĐ-UBND
# Thanh Hóa 2024 phương án đấu giá ...', 'Quyết định 832/QĐ-UBND Thanh Hóa 2024 danh mục dự án ...', 'Quyết định 4207/QĐ-UBND Nghệ
# An 2023 TTHC lĩnh vực nuôi con nuôi' (lingo.vn, pages corpus): the symbol's 'UBND' is that place's committee (a centrally run
# city's is 'UBND thành phố')
_TITLED_PLACE_RE = re.compile(r"^\s+(?P<place>" + _place_names() + r")\s+(?:19|20)\d\d(?!\d)")
_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"})


def titled_place_committee(number: str | None, after: str) -> str | None:
    """(header29) 'UBND tỉnh <place>' (or 'UBND thành phố <place>') for a committee's number ('.../QĐ-UBND') that a title
    follows with a place and a year (see _TITLED_PLACE_RE); None otherwise."""
    pm = _TITLED_PLACE_RE.match(after)
    if not pm or not number or not re.search(r"-UBND$", number):
        return None
    place = re.sub(r"\s+", " ", pm.group("place"))
    return ("UBND thành phố " if place in _CITIES else "UBND tỉnh ") + place


# a sentence of the body ('Luật số 09/2026/QH16 ngày ... của Quốc hội ..., có hiệu lực thi hành kể từ
# ngày 24 tháng 4 năm 2026.') cites a document; a line that names the one it heads ends in no stop
_SENTENCE_END_RE = re.compile(r"[.;:]\s*$")
_ISSUED_BY_RE = re.compile(r"\s(?:do|Do|DO)\s+(?P<by>[A-ZĐÀ-Ỹ][^,;()]{2,60}?)\s+(?i:ban\s+hành)(?![^\W_])")


# A site's list of documents, flattened to text: the column names ('Số hiệu Ngày BH Đơn vị BH Trích
# yếu', 'Số ký hiệu | Ngày ban hành | Cơ quan ban hành | Trích yếu'), then the first row, its cells
# run together or split by bars ('19/2018/TT-BGDĐT10/10/2018BỘ GIÁO DỤCTHÔNG TƯ 19 Tải về')
_LIST_HEAD_RE = re.compile(r"Số\s+(?:ký\s+|kí\s+)?hiệu.{0,30}?Ngày.{0,40}?(?:Đơn\s+vị|Cơ\s+quan|Trích\s+yếu)", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _row_re():
    from pipeline.structure.header import DOC_TYPES
    types = "|".join(re.escape(t) for t, _ in DOC_TYPES)
    return re.compile(r"^\s*(?P<num>\d+[\w.\-]*?/[\w./\-Đđ]*?[A-ZĐ][\w\-Đđ]*?)\s*\|?\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)"
                      r"\s*\|?\s*(?P<body>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]*?[A-ZĐÀ-Ỹ])\s*\|?\s*(?P<type>" + types + r")(?![A-ZĐÀ-Ỹ])")


def list_row(texts: list[str], doc_lines=None) -> Posted | None:
    from pipeline.structure.header import DOC_TYPES
    row_re = _row_re()
    for i, t in enumerate(texts[:-1]):
        if not _LIST_HEAD_RE.search(t):
            continue
        m = row_re.match(texts[i + 1])
        if not m:
            return None
        from pipeline.structure.header import BODY_HEAD_RE
        out = Posted(number=m.group("num"), date=_date(m.group("d"), m.group("m"), m.group("y")))
        out.line = next((ln.number for ln in doc_lines if ln.text.strip() == texts[i + 1]), None) if doc_lines else None
        out.doc_type = next(v for k, v in DOC_TYPES if k == m.group("type"))
        if BODY_HEAD_RE.match(m.group("body")):
            out.issuer = m.group("body")
        return out
    return None

# A legal database's page that gives the document's properties and no header block of its own
# ('Số hiệu: | 24/2015/TT-NHNN |', 'Ngày ban hành: | 08/12/2015 |', 'Cơ quan ban hành: | Ngân hàng
# Nhà nước Việt Nam |'): label and value, with a colon, a table bar, or only a space between them.
_LABELS = {"number": r"Số\s+(?:ký\s+)?hiệu(?:\s+văn\s+bản)?", "date": r"Ngày\s+ban\s+hành",
           "issuer": r"Cơ\s+quan\s+ban\s+hành", "doc_type": r"Loại\s+văn\s+bản", "signer": r"Người\s+ký"}
_LABEL_WORDS = (r"(?:Số\s+hiệu|Loại\s+văn\s+bản|Nơi\s+ban\s+hành|Người\s+ký|Ngày\s+(?:ban\s+hành|hiệu\s+lực|công\s+báo|đăng\s+công\s+báo|hết\s+hiệu\s+lực)|"
                r"Số\s+công\s+báo|Cơ\s+quan\s+ban\s+hành|Tình\s+trạng|Lĩnh\s+vực)")
# (header28: a page that prints each label and value in cells of their own loses the space between them when the
# cells are flattened, 'Số hiệu:55/2016/QĐ-UBNDNgày đăng công báo:Đang cập nhật', 'Loại văn bản:Quyết địnhNgười
# ký:Trần Ngọc Căng': a label glued to the value before it ends that value only when its colon follows)
_NEXT_LABEL = (r"(?=\s*\||\s+" + _LABEL_WORDS + r"(?![^\W_])|(?<=[^\W_])" + _LABEL_WORDS + r"\s*:|\s*$)")
META_RE = {k: re.compile(r"(?:^|\|)\s*(?:[•*-]\s*)?" + v + r"\s*[:|]?\s*\|?\s*(?P<v>[^|]+?)" + _NEXT_LABEL) for k, v in _LABELS.items()}
# ('Nơi ban hành: Bộ Nội vụ Người ký: Phạm Thị Thanh Trà': two labels a line, the signer's second)
META_RE["signer"] = re.compile(r"(?:^|\||(?<=\s)|(?<=[^\W_])(?=" + _LABELS["signer"] + r"\s*:))" + _LABELS["signer"] + r"\s*[:|]\s*\|?\s*(?P<v>[^|]+?)" + _NEXT_LABEL)
_META_DATE_RE = re.compile(r"^(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})\s*[/-]\s*(?P<y>\d{4})$")


def site_metadata(doc: Document, reach: int = 40) -> Posted:
    """Type, number, date and issuer from a database page's property list among the first lines.
    Read only for a document whose own header gave neither number nor date: the header block,
    when there is one, is the document's own word."""
    out = Posted()
    texts = [ln.text.strip() for ln in doc.lines[:reach * 2] if ln.text.strip()][:reach]
    for t in texts:
        for key, rx in META_RE.items():
            if getattr(out, key) is not None:
                continue
            m = rx.search(t)
            if not m:
                continue
            v = re.sub(r"\s+", " ", m.group("v")).strip(" .;")
            if key == "number":
                from pipeline.structure.header import parse_number
                pn = parse_number("Số: " + v)
                out.number = pn[0] if pn else None
            elif key == "date":
                dm = _META_DATE_RE.match(v)
                if dm:
                    out.date = _date(dm.group("d"), dm.group("m"), dm.group("y"))
            elif key == "issuer" and 3 <= len(v) <= 120 and "," not in v and re.search(r"[^\W\d_]{2}", v):
                # ('Bộ Nội vụ, Văn phòng Chính phủ': two issuers of a joint document, their order the
                # site's, not the document's: left to the header)
                out.issuer = v
            elif key == "signer":
                # ('Người ký | Lại Thế Nguyên |', 'Người ký: Phạm Thị Thanh Trà'): a person's name only
                # (a signed PDF's stamp, 'Người ký: Ủy ban nhân dân tỉnh ...', names the body)
                from pipeline.structure.titles import is_personal_name
                if is_personal_name(v):
                    out.signer = v
            elif key == "doc_type":
                from pipeline.structure.header import DOC_TYPES
                out.doc_type = next((val for _, val in DOC_TYPES if fold(val) == fold(v)), None)
    return out


# ---- header23: classes header batch AD and the pending gold left (see benchmarks/HISTORY.md, Session 19, header23) ----

# (header23) a purpose or circumstance opener that holds commas of its own before the document the lead names: 'Nhằm chủ động
# ứng phó với mưa lớn, lũ, ngập lụt, sạt lở đất trên địa bàn tỉnh, tại Văn bản số 2945/UBND-NNMT, ngày 22/8/2025, UBND tỉnh đề
# nghị ...', 'Để kịp thời ngăn chặn, xử lý, tại Công văn số 12/SYT-NVY, Sở Y tế yêu cầu ...' (_ISSUERS_DOC_RE takes an opener
# without commas only): the opener is taken off at the comma before 'tại|trong|theo <type> số'
_OPENER_WITH_COMMAS_RE = re.compile(r"^\s*" + posted24.LEAD_DAY + r"?"
                                    r"(?:Nhằm|Để|Trước|Do|Với\s+mục\s+(?:tiêu|đích))\s[^;:.()]{3,400}?,\s*"
                                    r"(?=(?i:tại|trong(?:\s+nội\s+dung)?|theo)\s+(?i:văn\s+bản|công\s+văn|công\s+điện|chỉ\s+thị|kế\s+hoạch|"
                                    r"quyết\s+định|thông\s+báo|nghị\s+quyết)\s+(?:số\s*:?\s*)?\d)")


def opener_cut_named_document(texts: list[str]) -> Posted | None:
    """(header23) issuers_named_document after an opener whose own commas hide the document it names (see
    _OPENER_WITH_COMMAS_RE), or None."""
    for t in texts:
        m = _OPENER_WITH_COMMAS_RE.match(strip_press_tag(t))
        if m:
            rest = strip_press_tag(t)[m.end():]
            named = issuers_named_document([rest[0].upper() + rest[1:]])
            if named is not None:
                return named
    return None


# (header23) a command or steering body, or its standing office, as the speaker after an opener that holds commas ('Theo đó, để
# triển khai ..., thời gian tới, Ban Chỉ huy PCTT và TKCN Thành phố đề nghị ...', 'Trước nguy cơ lũ quét, sạt lở đất ..., Văn
# phòng Thường trực Ban Chỉ đạo ƯPVBĐKH, PCTT & TKCN Bộ Công an đề nghị ...', 'Ban Chỉ huy Phòng thủ dân sự tỉnh yêu cầu ...').
# Its name may hold commas between abbreviations ('ƯPVBĐKH, PCTT & TKCN'), never before a committee ('..., UBND tỉnh ...').
_COMMAND_BODY = (r"(?:Văn\s+phòng\s+(?:[Tt]hường\s+trực\s+)?)?Ban\s+[Cc]hỉ\s+(?:huy|đạo)"
                 r"(?:\s+(?!(?:đã|vừa|cũng|tiếp\s+tục|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|đôn\s+đốc)(?![^\W_]))[^\s,.;:()]+"
                 r"|\s*,(?=\s*(?!UBND|HĐND|Ủy|Uỷ|Sở|Bộ)[A-ZĐƯ][A-ZĐƯ&\-]{1,12}[\s,])"
                 # (header26: a pair of tasks in the name, 'Ban chỉ huy phòng cháy, chữa cháy rừng của tỉnh', 'phòng, chống')
                 r"|\s*,(?=\s*(?:chữa\s+cháy|chống|cứu\s+nạn|cứu\s+hộ|tìm\s+kiếm)(?![^\W_]))){1,24}?")
_COMMAND_SPEAKER_RE = re.compile(r"(?:^|,\s+)(?P<body>" + _COMMAND_BODY + r")\s+(?:(?:đã|vừa|cũng|tiếp\s+tục)\s+)*"
                                 r"(?:(?:có|phát|gửi|ban\s+hành)\s+(?:văn\s+bản|công\s+văn|công\s+điện)\s+)?(?:đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|đôn\s+đốc)(?![^\W_])")
_COMMAND_OPENER_RE = re.compile(r"^\s*(?:(?:Theo\s+đó|Cụ\s+thể|Mới\s+đây|Vừa\s+qua|Đồng\s+thời)\s*,\s*)?"
                                r"(?:(?i:để|nhằm|trước|do|thời\s+gian\s+tới|ngày|sáng|chiều)(?![^\W_])|$)")
# ('Nội dung công điện nêu rõ:', 'Toàn văn Công văn như sau:', 'Nội dung chỉ thị cụ thể:': a post's lead-in to the document it
# prints names the type)
_CONTENT_OF_TYPE_RE = re.compile(r"^\s*(?:Nội\s+dung|Toàn\s+văn)\s+(?P<type>(?i:công\s+điện|công\s+văn|chỉ\s+thị|kế\s+hoạch|"
                                 r"quyết\s+định|thông\s+báo))(?:\s+(?:nêu\s+rõ|như\s+sau|cụ\s+thể|nêu))?\s*:")


def command_speaker(texts: list[str]) -> tuple[str, str | None] | None:
    """(header23) A command or steering body (or its standing office) speaking in a lead's sentence after an opener
    (see _COMMAND_SPEAKER_RE), with the type a 'Nội dung <type> nêu rõ:' lead-in names: (issuer, doc_type) or None."""
    kind = next((_type(m.group("type")) for t in texts[:3] for m in [_CONTENT_OF_TYPE_RE.match(t)] if m), None)
    for t in texts:
        t = re.sub(_SHORT_NAME, "", strip_press_tag(t))
        m = _COMMAND_SPEAKER_RE.search(t)
        if not m or m.start() > 400:
            continue
        if m.start() > 0 and not _COMMAND_OPENER_RE.match(t[:m.start()]):
            continue  # (a body the sentence names after its own subject: 'UBND tỉnh giao Ban Chỉ huy ...')
        return re.sub(r"\s+", " ", m.group("body")).strip(" ,"), kind
    return None


# (header23) a title line '<TYPE> CỦA <body> (VỀ ...)' over a post: 'THÔNG BÁO CỦA UBND XÃ TIỀN TIẾN VỀ VIỆC TIÊM PHÒNG ...',
# 'Kế hoạch của UBND phường X về ...', 'THÔNG BÁO CỦA BAN CHỈ HUY QUÂN SỰ HUYỆN ...': the body is the issuer, named as the text
# writes it where it prints the name in mixed case
_TYPE_OF_BODY_TITLE_RE = re.compile(r"^\s*(?i:thông\s+báo|kế\s+hoạch|chỉ\s+thị|công\s+văn|quyết\s+định|hướng\s+dẫn|lời\s+kêu\s+gọi)\s+(?i:của)\s+"
                                    r"(?P<body>(?i:ủy\s+ban\s+nhân\s+dân|uỷ\s+ban\s+nhân\s+dân|ubnd|ban\s+chỉ\s+(?:huy|đạo)|ban\s+thường\s+vụ|"
                                    r"sở|bộ|phòng|hội\s+đồng\s+nhân\s+dân|hđnd)"
                                    r"(?:\s+(?i:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|tỉnh|thành\s+phố))?"
                                    r"(?:\s+(?!" + _LOWER_VI + r")[A-ZĐÀ-Ỹ][^\s,;:.()]*){1,10}?)"
                                    r"\s*(?=\s(?i:về|v/v)(?![^\W_])|\s*[,.:(]|\s*$|\s+\d)")


def body_title_issuer(texts: list[str]) -> str | None:
    """(header23) The body a title line names as '<TYPE> CỦA <body>' (see _TYPE_OF_BODY_TITLE_RE), or None."""
    for t in texts[:3]:
        m = _TYPE_OF_BODY_TITLE_RE.match(t)
        if m:
            # ('UBND XÃ TIỀN TIẾN': the name as the body text prints it, 'UBND xã Tiền Tiến')
            return _as_printed(re.sub(r"\s+", " ", m.group("body")).strip(), texts)
    return None


# (header23) the head of a body who signs a document, named by title and body before the verb, his name after the body or not
# at all, the title in either case: 'Giám đốc Sở Giáo dục TP.HCM Lê Hồng Sơn vừa chính thức ký quyết định cho ...', 'Ngay đầu
# giờ sáng nay (13/2), giám đốc Sở GD-ĐT TP.HCM đã ký văn bản gửi các đơn vị ...', 'Ngày 1/7/2020, Giám đốc Sở Giáo dục và Đào
# tạo Nghệ An – Thái Văn Thành ký văn bản nghiêm cấm ...', 'Chủ tịch UBND huyện X Nguyễn Văn A vừa ký quyết định ...'.
# An unnumbered 'văn bản' names no type (samples/gold/README.md, 'Header').
_HEAD_SIGNED_RE = re.compile(r"(?:^|,\s+|\)\s*,?\s+)(?P<title>(?i:phó\s+)?(?i:giám\s+đốc|chủ\s+tịch|bộ\s+trưởng|thứ\s+trưởng|"
                             r"cục\s+trưởng|chánh\s+văn\s+phòng))\s+"
                             r"(?P<body>(?:Sở|Bộ|Cục|UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Văn\s+phòng)\s+[^,;:.()–—]{2,80}?"
                             r"(?:\.[A-ZĐ][^\s,;:()]*)?)"
                             r"(?:(?:\s*[-–—]\s*|\s+)(?P<name>(?!" + _LOWER_VI + r")[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+(?!" + _LOWER_VI + r")[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3}))?"
                             r"\s*,?\s+(?:(?:vừa|đã|mới|cũng)\s+)*(?:chính\s+thức\s+)?ký(?:\s+ban\s+hành)?\s+"
                             r"(?P<type>(?i:quyết\s+định|công\s+văn|văn\s+bản|chỉ\s+thị|công\s+điện|kế\s+hoạch|thông\s+báo))(?![^\W_])"
                             r"(?!\s+(?:số|\d))")


# (header26) a body named by its level or as a plural, 'UBND cấp xã', 'Chủ tịch UBND các huyện', 'Ban Chỉ huy quân sự cấp xã', is
# no one body: a sentence that makes it sign or speak states a rule or a duty ('Chủ tịch UBND cấp xã ký quyết định gọi đăng ký
# nghĩa vụ quân sự ...' in an item on a decree), never the item's own document (no gold issuer is named so: 0 of 1570
# header_fields fields, 0 gold files)
LEVEL_ONLY_BODY_RE = re.compile(r"(?<![^\W_])(?:cấp\s+(?:xã|huyện|tỉnh|cơ\s+sở|trung\s+ương)|các\s+(?:xã|phường|huyện|quận|tỉnh|"
                                r"thành\s+phố|địa\s+phương|sở|bộ))(?![^\W_])")


def head_signed_lead(texts: list[str]) -> Posted | None:
    """(header23) A lead in which a body's head signs an unnumbered document (see _HEAD_SIGNED_RE): issuer the body, signer_title
    the head's title, signer the name when printed or the same title's name in a later sentence ('Theo đó, Giám đốc Lê Hồng Sơn
    yêu cầu ...'), doc_type the type named (none for 'văn bản'); or None."""
    from pipeline.structure.titles import is_personal_name
    for i, t in enumerate(texts):
        m = _HEAD_SIGNED_RE.search(strip_press_tag(t))
        if not m or LEVEL_ONLY_BODY_RE.search(m.group("body")):
            continue
        body = re.sub(r"\s+", " ", m.group("body")).strip()
        name = m.group("name")
        dashed = name and re.search(r"[-–—]\s*$", t[:m.start("name")])
        if name and not dashed:
            # ('Sở Y tế tỉnh Bình Định Trần Văn Minh': the person is the last words that open on a surname, _without_person)
            who = f"{body} {name}"
            body = _without_person(who)
            name = who[len(body):].strip() or None
        if name and not is_personal_name(name):
            body, name = f"{body} {name}", None
        title = re.sub(r"\s+", " ", m.group("title"))
        title = title[0].upper() + title[1:]
        if not name:
            later = re.compile(r"(?<![^\W_])(?i:" + r"\s+".join(map(re.escape, title.split())) + r")\s+"
                               r"(?P<name>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3})")
            for u in texts[i:i + 6]:
                lm = later.search(u)
                if lm and is_personal_name(lm.group("name")):
                    name = lm.group("name")
                    break
        kind = None if fold(m.group("type")).replace(" ", "") == "vanban" else _type(m.group("type"))
        return Posted(doc_type=kind, issuer=body, signer_title=title, signer=name)
    return None


# (header23) a body that forbids, as a lead's speaker: 'Sở Giáo dục và Đào tạo TP. Hồ Chí Minh nghiêm cấm việc lạm dụng ...',
# 'UBND tỉnh X nghiêm cấm các cơ quan ...', 'Bộ Y tế nghiêm cấm ...'. ('Sở này nghiêm cấm' names no body: not read.)
_FORBIDDING_RE = re.compile(r"^\s*(?:(?:Theo\s+đó|Mới\s+đây|Vừa\s+qua|Đồng\s+thời)\s*,\s*)?"
                            r"(?P<body>(?:Sở|Bộ|UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Cục|Ban\s+[Cc]hỉ\s+đạo)\s+"
                            r"(?:(?!(?:đã|vừa|này|đó|cũng)(?![^\W_]))[^\s,;:()]+\s+){0,12}?)"
                            r"(?:(?:đã|vừa|cũng)\s+)*(?:nghiêm\s+cấm|cấm|yêu\s+cầu\s+nghiêm\s+cấm)(?![^\W_])")


def forbidding_speaker(texts: list[str]) -> str | None:
    """(header23) The body that opens a lead's sentence with 'nghiêm cấm' (see _FORBIDDING_RE), or None."""
    for t in texts:
        m = _FORBIDDING_RE.match(strip_press_tag(t))
        if m:
            body = _body(m.group("body").strip())
            if len(body.split()) >= 2:
                return body
    return None


# (header23) the signer a lead names after the number in a clause of its own: '..., UBND tỉnh X có Công văn số 10491/UBND-VX, do
# ông Phạm Nguyên Hồng, Phó chánh Văn phòng UBND tỉnh X ký truyền đạt ...', 'Quyết định số 12/QĐ-UBND do ông Mạc Trung Dũng, Chủ
# tịch UBND phường Tuần Châu ký ban hành ...', 'Công văn số N do bà <name> - Phó Giám đốc Sở ký': signer the name, signer_title the
# title without its body (samples/gold/README.md: the bare title)
_SIGNED_BY_CLAUSE_RE = re.compile(r"(?<![^\W_])do\s+(?:ông|bà|đồng\s+chí)\s+(?P<name>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3})"
                                  r"\s*(?:,|[-–])\s*(?P<role>[^,;:.()]{3,120}?)\s*,?\s+(?:đã\s+)?ký(?![^\W_])")
# header30: the title before the name, 'công văn số 2172/UBND-TKBT do Chủ tịch <name> ký' (header batch AK13), 'Quyết định số
# 4774/QĐ-UBND ... (do Phó Chủ tịch UBND tỉnh <name> ký)', 'Tờ trình số 1134/TT-BNN-KL do Thứ trưởng <name> ký', 'Quyết định
# sửa đổi của Bộ GD&ĐT do Thứ trưởng <name> ký' (press and portal copies): the same clause, the title first
_SIGNED_BY_TITLE_RE = re.compile(r"(?<![^\W_])do\s+(?P<who>(?:Phó\s+)?(?:[Cc]hủ\s+tịch|Giám\s+đốc|Bộ\s+trưởng|Thứ\s+trưởng|Thủ\s+tướng|"
                                 r"Chánh\s+[Vv]ăn\s+phòng|[Tt]rưởng\s+[Bb]an|Cục\s+trưởng)(?:\s+[^,;:.()]{2,100}?)?)\s+(?:đã\s+)?ký(?![^\W_])")
_ROLE_BODY_CUT_RE = re.compile(r"\s+(?:UBND|HĐND|Ủy\s+ban|Uỷ\s+ban|Hội\s+đồng|Sở|Bộ|Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy|tỉnh|huyện)(?![^\W_])")


def signed_by_clause(texts: list[str], number: str) -> tuple[str, str] | None:
    """(header23) (signer_title, signer) from a 'do ông <name>, <title> <body> ký' clause in the sentence that prints the
    number (see _SIGNED_BY_CLAUSE_RE), or from 'do <title> <body> <name> ký' (header30, _SIGNED_BY_TITLE_RE), or None."""
    from pipeline.structure.titles import is_personal_name
    key = re.sub(r"\s+", "", number)
    for t in texts:
        at = re.sub(r"\s+", "", t).find(key)
        if at < 0:
            continue
        m = _SIGNED_BY_CLAUSE_RE.search(t)
        if not m:
            tm = _SIGNED_BY_TITLE_RE.search(t)
            office, person = _office_and_person(re.sub(r"\s+", " ", tm.group("who"))) if tm else ("", None)
            if person is not None and is_personal_name(person):
                return _ROLE_BODY_CUT_RE.split(office, maxsplit=1)[0].strip(), person
            continue
        if not is_personal_name(m.group("name")):
            continue
        role = _ROLE_BODY_CUT_RE.split(re.sub(r"\s+", " ", m.group("role")).strip(), maxsplit=1)[0].strip()
        if not _ROLE_RE.match(role) and not re.match(r"(?i:(?:phó\s+)?(?:chánh|trưởng|giám\s+đốc|chủ\s+tịch))", role):
            continue
        return role, m.group("name")
    return None


def _as_printed(name: str, texts: list[str]) -> str:
    """(header23) A body named in capitals ('UBND XÃ TIỀN TIẾN', 'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH') as the text prints it in mixed
    case elsewhere, or as given."""
    if name.upper() != name:
        return name
    pat = r"\s*".join(r"\s+".join(re.escape(w) for w in part.split()) for part in name.split(","))
    pat = pat.replace(r"\s*", r"\s*,\s*")
    for u in texts:
        for mm in re.finditer(pat, u, re.I):
            if mm.group().upper() != mm.group():
                return re.sub(r"\s+", " ", mm.group())
    return name


# (header23) a portal's copy of a letter whose header block shrank to its number alone on the first line, then one line that
# runs the signature and the issuer together: '1911/BVHTTDL-VHCS' over 'KTBT, TT Huỳnh Vĩnh Ái Theo BỘ VĂN HÓA, THỂ THAO VÀ DU
# LỊCH -', '4360/BVHTTDL-VP' over 'TL. BỘ TRƯỞNG CHÁNH VĂN PHÒNG Tô Văn Động Theo BỘ ... -', '3472/BVHTTDL-DSVH' over the
# type's line. The first line's symbol is the document's own number (a number the body cites later is another's); the signer
# is the name before 'Theo', the signer_title his own title (the authority 'TL. BỘ TRƯỞNG', 'KTBT,' taken off: samples/gold/
# README.md, signer_title is the signer's own title), the issuer the body after 'Theo'.
_BARE_SYMBOL_RE = re.compile(r"^\s*(?:Số\s*:?\s*)?(?P<num>\d+[\w.\-]*/(?:(?:19|20)\d\d/)?[A-ZĐ][\w.\-&Đđ]*(?:-\s?[A-ZĐ][\w.\-&Đđ]*)*)\s*$")
_SIGN_THEN_BODY_RE = re.compile(r"^\s*(?P<sig>.{2,120}?)\s+Theo\s+(?P<body>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,&\-]{3,120}?)\s*[-–—]?\s*$")
_AUTHORITY_PREFIX_RE = re.compile(r"^(?:(?:KT|TL|TM|TUQ|Q|K\.T|T\.L)\s*\.?\s*(?:BỘ\s+TRƯỞNG|CHỦ\s+TỊCH|GIÁM\s+ĐỐC|THỦ\s+TRƯỞNG|"
                                  r"CHÁNH\s+VĂN\s+PHÒNG|TRƯỞNG\s+BAN|CỤC\s+TRƯỞNG|BỘ\s+TRƯỞNG)\s*,?\s*|[A-Z]{2,6}\s*,\s*)")


def symbol_line_copy(doc: Document) -> Posted | None:
    """(header23) The number, issuer and signer of a portal copy whose first line is its symbol alone (see _BARE_SYMBOL_RE),
    or None."""
    from pipeline.structure.titles import is_personal_name
    texts = [ln.text.strip() for ln in doc.lines if ln.text.strip()]
    if not texts:
        return None
    m = _BARE_SYMBOL_RE.match(texts[0])
    if not m:
        return None
    out = Posted(number=re.sub(r"\s+", "", m.group("num")))
    for t in texts[1:4]:
        sm = _SIGN_THEN_BODY_RE.match(t)
        if not sm:
            continue
        out.issuer = _as_printed(re.sub(r"\s+", " ", sm.group("body")).strip(" ,-"), texts[:40])
        words = sm.group("sig").split()
        for k in (4, 3, 2):
            if len(words) > k and is_personal_name(" ".join(words[-k:])):
                out.signer = " ".join(words[-k:])
                title = _AUTHORITY_PREFIX_RE.sub("", " ".join(words[:-k])).strip(" ,")
                out.signer_title = title or None
                break
        break
    return out


# (header23) a retrospective: the headline or the first sentence announces a review of a period of work ('Tỉnh Lào Cai sau 3 năm
# thực hiện cuộc vận động ...', 'Kết quả 5 năm thực hiện Chỉ thị 05', 'Sơ kết 3 năm thực hiện Nghị quyết ...', 'Nhìn lại 10 năm
# triển khai ...', 'Qua 3 năm triển khai thực hiện ...'). The plan its first sentence says was issued in answer to the grounds
# ('Thực hiện Chỉ thị số 10-CT/TW ..., Tỉnh ủy Lào Cai đã ban hành Kế hoạch số 69-KH/TU ...') is the work reviewed, not the post's
# own document: the report is the document, and it prints no type or number of its own.
_REVIEW_RE = re.compile(r"(?<![^\W_])(?i:sau|qua|nhìn\s+lại|kết\s+quả|sơ\s+kết|tổng\s+kết|đánh\s+giá)\s+(?:(?i:hơn|gần|trên)\s+)?"
                        r"(?:\d{1,2}|một|hai|ba|bốn|năm|mười)\s+(?i:năm|tháng)\s+(?i:thực\s+hiện|triển\s+khai|tổ\s+chức\s+thực\s+hiện|"
                        r"triển\s+khai\s+thực\s+hiện|thi\s+hành|học\s+tập)(?![^\W_])")


def reviews_its_plan(texts: list[str]) -> bool:
    """(header23) True when the post's headline or its first sentence announces a review of a period of work (see _REVIEW_RE)."""
    return any(_REVIEW_RE.search(t[:300]) for t in texts[:2])


_ISSUED_EARLIER_RE = re.compile(r"(?<![^\W_])(?:đã|từng)\s+(?:ký\s+)?(?:ban\s+hành|có|xây\s+dựng|triển\s+khai)(?![^\W_])")


def _issued_earlier(texts: list[str], number: str) -> bool:
    """(header23) True when the sentence that prints the number says the document was issued before ('đã ban hành Kế hoạch số N',
    'đã có Công văn số N'), as a retrospective tells the plan it reviews."""
    key = re.sub(r"\s+", "", number)
    for t in texts:
        for sent in re.split(r"(?<=[.!?])\s+", t):
            flat = re.sub(r"\s+", "", sent)
            at = flat.find(key)
            if at >= 0:
                # (the verb before the number, within the same sentence)
                head = sent[:max(sent.find(number.split("/")[0]), 0)]
                return bool(_ISSUED_EARLIER_RE.search(head))
    return False


# (header23) a purpose opener whose clauses are joined by semicolons before the speaker: 'Để chủ động chỉ đạo sản xuất ..., hạn chế
# thiệt hại ...; Sở Nông nghiệp và PTNT đề nghị UBND các huyện ...', 'Nhằm nâng cao nhận thức ...; chủ động tham gia ...; Hội LHPN
# quận đề nghị ...' (SPEAKER_RE's opener stops at a semicolon): the speaker SPEAKER_RE reads after one of the opener's semicolons
_SEMICOLON_OPENER_RE = re.compile(r"^\s*(?:\([^()]{2,20}\)\s*[-–—]?\s*)?(?:Để|Nhằm|Trước|Với\s+mục\s+(?:tiêu|đích))\s")


def semicolon_opener_speaker(texts: list[str]) -> str | None:
    """(header23) The issuer SPEAKER_RE reads after a semicolon of a purpose opener (see _SEMICOLON_OPENER_RE), or None."""
    for t in texts:
        if not _SEMICOLON_OPENER_RE.match(t):
            continue
        head = t[:500]
        if re.search(r"[.:]\s", head.split(";")[0]):
            continue  # (the opener's sentence ended before its first semicolon)
        for sm in re.finditer(r";\s+", head):
            m = SPEAKER_RE.match(t[sm.end():])
            if m:
                return _speaker_issuer(m)
    return None


def split_head_from_body(issuer: str) -> tuple[str, str] | None:
    """(header23) A body a press lead named with its head's name after it ('UBND TP Nguyễn Thế Thảo' of 'Chủ tịch UBND TP
    Nguyễn Thế Thảo đã ký ban hành Chỉ thị 11/CT-UBND ...'): (body, name), or None when no name ends it (_without_person)."""
    rest = _without_person(issuer)
    if rest == issuer:
        return None
    return rest, issuer[len(rest):].strip()
