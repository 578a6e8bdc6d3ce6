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
import re
from dataclasses import dataclass

from pipeline.model import Document
from pipeline.vietnamese import fold, mark_tolerant

_TYPES = r"Công\s+văn|Văn\s+bản|Công\s+điện|Chỉ\s+thị|Quyết\s+định|Kế\s+hoạch|Thông\s+báo|Kết\s+luận"
_NUM = r"\d+[\w.\-]*\s*/\s*[\w.\-]*[A-ZĐ][\w.\-Đđ]*"
_DMY = r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})"
# '(3585/VP-KTN, ngày 23/10/2017)', '(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)': a bracket
# that holds nothing but a number and its date is the publisher's note of what the text is
IDENTITY_RE = re.compile(
    r"\(\s*(?:Theo\s+)?(?:(?P<type>" + _TYPES + r")\s+)?(?:số\s*:?\s*)?(?P<num>" + _NUM + r")\s*,\s*ngày\s+" + _DMY + r"\s*\)")
# a body that speaks: 'UBND tỉnh', 'Ủy ban nhân dân tỉnh', 'Văn phòng UBND tỉnh', 'Sở Giáo dục và
# Đào tạo' (a person, 'Phó Chủ tịch UBND tỉnh', signs for a body and is not one)
# (every level speaks so: 'UBND huyện Krông Pắc ban hành Kế hoạch số ...', 'UBND xã ... đề nghị')
_BODY = (r"(?:Văn\s+phòng\s+)?(?:UBND|Ủy\s+[Bb]an\s+nhân\s+dân|Uỷ\s+[Bb]an\s+nhân\s+dân)\s+(?:tỉnh|thành\s+phố|Tỉnh|Thành\s+phố|"
         r"[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Tt]hị\s+trấn|[Xx]ã|[Pp]hường)"
         r"(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){0,3}|Sở\s+[A-ZĐÀ-Ỹ][^,:;.()]{2,60}?|Bộ\s+[A-ZĐÀ-Ỹ][^,:;.()]{2,60}?"
         # ('Phòng Văn hóa và Thông tin Quận 8 đề nghị ...': a district office speaks as a department does)
         r"|Phòng\s+[A-ZĐÀ-Ỹ][^,:;.()]{2,60}?")
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
    r"^\s*Ngày\s+(?P<d>\d{1,2})\s*(?:[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?|tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))"
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
# a news page's time stamp: '11:01 AM, 29/12/2007', '21/01/2021 17:55', 'Thứ năm, 21/01/2021 17:55'
_STAMP_RE = re.compile(r"^\s*(?:[^\W\d_]+\s+[^\W\d_]+\s*,\s*)?(?:\d{1,2}:\d{2}(?:\s*[AP]M)?\s*,?\s*)?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?:\s+\d{1,2}:\d{2})?\s*$")
# '..., ngày 28/12, Văn phòng Chính phủ đã có công văn đề nghị ...': the day a body issued the act
DATED_ACT_RE = re.compile(r"(?<![^\W_])ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}))?\s*,\s*(?P<body>" + _LEAD_BODY + r")\s+"
                          r"(?:(?:đã|vừa)\s+)?(?:có|ban\s+hành|gửi|ra|ký)\s+(?P<type>" + _TYPES + r")(?![^\W_])", re.I)
_LEAD_VERB_RE = re.compile(r"\s(?:vừa|đã|ra|ban|ký|có|phát|gửi)(?![^\W_])")
_PLACE_WORD_RE = re.compile(r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)$")


def _office_and_person(who: str) -> tuple[str, str | None]:
    """Split 'Thủ tướng Chính phủ Phạm Minh Chính' into the office and the person: the person is
    the run of capitalised words at the end (2-4 of them; after a place word, 'tỉnh Quảng Nam Lê
    Trí Thanh', the place keeps its first two)."""
    words = who.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    run = words[k:]
    if _PLACE_WORD_RE.search(" ".join(words[:k])):
        run = run[2:] if len(run) >= 4 else []
    if not 2 <= len(run) <= 4 or len(run) == len(words):
        return who, None
    return " ".join(words[:len(words) - len(run)]), " ".join(run)


SPEAKER_RE = re.compile(
    # ('Chủ tịch UBND tỉnh yêu cầu ...': the chairman speaks for the committee, which issues)
    # ('2. Để kịp thời giải đáp ..., Bộ Giáo dục và Đào tạo yêu cầu các trường:': after an item's
    # number and a purpose clause, a ministry's letter posted without its header speaks)
    r"^\s*(?:\d{1,2}\.\s+)?(?:(?:Để|Nhằm)\s[^:;]{0,300}?,\s*)?(?:Sau\s+khi\s+xem\s+xét\s*,\s*)?(?:(?:Phó\s+)?Chủ\s+tịch\s+)?(?P<body>" + _BODY + r")\s+"
    # ('UBND thành phố Hà Nội đã ban hành Thông báo số ...': the verb's tense marker before it)
    r"(?:(?:đã|vừa|đã\s+ký)\s+)?(?:có\s+ý\s+kiến|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|ban\s+hành|thông\s+báo|nhận\s+được|giao)(?![^\W_])")
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
_LEVEL_RE = mark_tolerant(r"(?<![^\W_])(?:tỉnh|thành\s+phố)(?![^\W_])")
_FULL_DATE_RE = re.compile(r"(?<![\d/])\d{1,2}\s*/\s*\d{1,2}\s*/\s*((?:19|20)\d\d)(?!\d)")


@dataclass
class Posted:
    doc_type: str | None = None
    number: str | None = None
    date: _dt.date | None = None
    issuer: str | None = None
    signer: str | None = None


def _date(d: str, m: str, y: str | int) -> _dt.date | None:
    try:
        return _dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def _body(name: str) -> str:
    """The body's name without the lowercase words a greedy place pattern took after 'tỉnh' ('À-Ỹ'
    spans lowercase letters too: 'Ủy ban nhân dân tỉnh đã' -> 'Ủy ban nhân dân tỉnh')."""
    name = re.sub(r"\s+", " ", name).strip()
    name = _LEVEL_RE.sub(lambda lm: ("T" if lm.group()[0].isupper() else "t") + ("ỉnh" if fold(lm.group()) == "tinh" else "hành phố"), name)
    m = re.match(r"(.*?(?:tỉnh|Tỉnh|thành phố|Thành phố))((?: \S+)*)$", name)
    if not m:
        return name
    place = []
    for w in m.group(2).split():
        if not w[:1].isupper():
            break
        place.append(w)
    return " ".join([m.group(1), *place])


def _type_and_number(m: re.Match) -> tuple[str | None, str]:
    """The type and number a lead, a note or a bracket names ('ký Công điện khẩn số 03/CĐ-UBND'):
    every shape of post below reads them the same way, the number without the spaces a page puts in it."""
    return _type(m.group("type")), re.sub(r"\s+", "", m.group("num"))


def _type(t: str | None) -> str | None:
    if not t:
        return None
    t = re.sub(r"\s+", " ", t)
    t = next((n for n in _TYPE_NAMES if fold(n) == fold(t)), t)
    return "Công văn" if t == "Văn bản" else t


def posted_header(doc: Document, edge: int = 4) -> Posted:
    """Type, number, date and issuer of a body-only document, from its first and last lines."""
    texts = [ln.text.strip() for ln in doc.lines if ln.text.strip()]
    out = Posted()
    if not texts:
        return out
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
            out.issuer = _body(m.group("body") + (gap[:max(vm.start() - 1, 0)].rstrip() if vm else ""))
            if re.fullmatch(r"Phó\s+Thủ\s+tướng\s+Chính\s+phủ", out.issuer):
                out.issuer = "Thủ tướng Chính phủ"  # (a deputy signs for the Prime Minister)
            break
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
        # the bracket stands at the end of the subject line (the first line) or on a line of
        # its own among the last ones
        for t in [head[0], *tail]:
            m = IDENTITY_RE.search(t) or TOLERANT[IDENTITY_RE].search(t)
            if m and (t is head[0] or m.start() < 3):
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
        for t in texts[:edge + 2]:
            m = SPEAKER_RE.match(t) or TOLERANT[SPEAKER_RE].match(t)
            if m:
                out.issuer = _body(m.group("body"))
                break
    if out.issuer is None:
        for t in reversed(texts[-edge:] + texts[:edge + 2]):
            m = NOTICE_SPEAKER_RE.match(t)
            if m:
                out.issuer = re.sub(r"\s+", " ", m.group("body"))
                break
    return out


# A legal database's page that gives the document's properties and no header block of its own
# ('Số hiệu: | 24/2015/TT-NHNN |', 'Ngày ban hành: | 08/12/2015 |', 'Cơ quan ban hành: | Ngân hàng
# Nhà nước Việt Nam |'): label and value, with a colon, a table bar, or only a space between them.
_LABELS = {"number": r"Số\s+(?:ký\s+)?hiệu(?:\s+văn\s+bản)?", "date": r"Ngày\s+ban\s+hành",
           "issuer": r"Cơ\s+quan\s+ban\s+hành", "doc_type": r"Loại\s+văn\s+bản"}
_NEXT_LABEL = r"(?=\s*\||\s+(?:Số\s+hiệu|Loại\s+văn\s+bản|Nơi\s+ban\s+hành|Người\s+ký|Ngày\s+(?:ban\s+hành|hiệu\s+lực|công\s+báo)|" \
              r"Cơ\s+quan\s+ban\s+hành|Tình\s+trạng|Lĩnh\s+vực)(?![^\W_])|\s*$)"
META_RE = {k: re.compile(r"(?:^|\|)\s*(?:[•*-]\s*)?" + v + r"\s*[:|]?\s*\|?\s*(?P<v>[^|]+?)" + _NEXT_LABEL) for k, v in _LABELS.items()}
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
            elif key == "doc_type":
                from pipeline.structure.header import DOC_TYPES
                out.doc_type = next((val for _, val in DOC_TYPES if fold(val) == fold(v)), None)
    return out
