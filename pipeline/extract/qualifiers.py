"""(office30) A restrictive qualifier printed right after a body's name stays on the name.

ANNOTATION.md names offices 'as written', and the gold keeps the words that say WHICH bodies of a
kind are meant: 'các cơ quan, tổ chức khác', 'cơ quan nhà nước có thẩm quyền', 'các sở, ngành tỉnh có
liên quan', 'các đoàn thể trên địa bàn', 'các cơ quan Trung ương đóng trên địa bàn tỉnh', 'Các cơ quan
quy định tại khoản 1 Điều này', 'các đơn vị và phòng ban được phân công', 'các địa phương có cửa khẩu'
(counted at c7efac60: the development gold keeps 'trên địa bàn' 18 times and cuts it 2, keeps 'khác' 6
times and never cuts it; office_spans keeps 'trên địa bàn' 18 / cuts 2, 'khác' 16 / 0, 'có thẩm quyền'
11 / 0).  The office reader cut them: the subject ends at a word it reads as the duty's start, and
`offices._DROP_TAIL_RE` drops 'trên địa bàn ...' and 'quy định tại ...' on purpose.  samples/gold/
README.md now writes the convention down (session 24); this pass puts the qualifier back.

What is NOT a qualifier of the name and stays off: the duty's own adverbials ('theo chức năng, nhiệm
vụ', 'theo quy định', 'theo thẩm quyền', 'trong phạm vi ...': how the body acts, never which body),
a passive verb of the duty ('Sở Nội vụ được giao phối hợp ...'), and anything after a name the
reader gave in another form than the text's (a canonical or completed name: 'Ủy ban nhân dân các
tỉnh' for 'các tỉnh'), where the words after the written span are not the name's continuation.

(office32) The same for a bracket naming which side of the 2025 merger ('(trước sáp nhập)'), 'trong <level>' after a
plural ('các đoàn thể trong tỉnh'), and a level qualifier printed BEFORE a mass organisation ('các cấp hội LHPN').

One pass over a task's offices, called from `extract_tasks` right after `officeforms.full_office_forms` (the
last pass), and over the addressees `assign.lead_in_addressees` reads from a lead-in (their qualifier is printed there).
"""
from __future__ import annotations

import re

from pipeline.extract.offices import _LEVEL_WORDS, QUALIFIER_NOT_NOUNS, _qualifier_end, unit_qualifier_spans

_W = r"(?![^\W_])"
# the capital letters of Vietnamese (a range 'À-Ỹ' would take lower-case letters too)
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isalpha() and c.isupper())
# a level, with the place's proper name when one is printed ('tỉnh Lào Cai', 'huyện', 'toàn xã')
_PLACE = (rf"(?:toàn\s+)?{_LEVEL_WORDS}{_W}(?:\s+(?-i:[{_UP}])[^\s,;.:()]*){{0,4}}"
          rf"|(?-i:[{_UP}])[^\s,;.:()]*(?:\s+(?-i:[{_UP}])[^\s,;.:()]*){{0,3}}")
# the qualifiers, each bounded so that the duty after it never comes along
_QUALIFIER_RE = re.compile(
    r"\s+(?P<q>"
    # 'các cơ quan, tổ chức khác', '... khác có liên quan', 'cơ quan khác ở Trung ương' (not 'khác nhau')
    rf"khác{_W}(?!\s+nhau{_W})(?:\s+(?:có\s+)?liên\s+quan{_W})?(?:\s+ở\s+(?-i:[Tt])rung\s+ương{_W})?"
    # 'cơ quan nhà nước có thẩm quyền', 'các sở, ngành tỉnh có liên quan' (the source's 'liện' too)
    rf"|có\s+thẩm\s+quyền{_W}|có\s+li[eệê]n\s+quan{_W}"
    # 'các đoàn thể trên địa bàn', '... đóng / đứng chân trên địa bàn tỉnh', '... trên địa bàn tỉnh Lào Cai'
    rf"|(?:(?:đóng|đứng\s+chân|hoạt\s+động)\s+)?trên\s+địa\s+bàn{_W}(?:\s+(?:(?:do\s+)?mình\s+)?quản\s+lý{_W}|\s+(?:{_PLACE}))?"
    # 'Các cơ quan quy định tại khoản 1 Điều này', '... tại Điều 2 Nghị định này'
    rf"|quy\s+định\s+tại\s+(?:khoản|điểm|Điều|Mục|Chương|Phụ\s+lục){_W}[^;:.()]{{0,60}}?\s+này{_W}"
    # 'các đơn vị và phòng ban được phân công' before the duty's modal, 'được giao nhiệm vụ' before a comma
    r"|được\s+(?:phân\s+công|giao\s+nhiệm\s+vụ)(?=\s*(?:[,;.:]|$|\s(?:phải|cần|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)" + _W + r"))"
    # 'Công an các tỉnh, thành phố trực thuộc T.Ư': which provinces
    r"|trực\s+thuộc\s+(?:(?-i:T)rung\s+ương|TW|T\.Ư|TƯ)" + _W +
    # (office32) 'Tỉnh ủy, Thành ủy (trước sáp nhập)', 'UBND các xã, phường (mới)': which bodies, those before or
    # after the 2025 merger of provinces and communes (unseen25 ev2, ev7: 4 offices written so, 0 cut)
    r"|\((?:cũ|mới|(?:trước|sau)\s+(?:khi\s+)?(?:sáp\s+nhập|sắp\s+xếp|hợp\s+nhất))\)"
    r")(?=[\s,;.:()]|$)", re.I)
# (office32) 'các cấp hội LHPN trong tỉnh', 'các đoàn thể trong tỉnh', 'các thôn trong xã': the place a collective is
# in says WHICH bodies, as 'trên địa bàn' does (counted at 56b04a92 on the development, pending, unseen23-25 and
# office_spans gold: a plural name followed by 'trong <level>' kept 6 times -- zm4, zx6, zf1, en3, ob16-057, ev12 --
# and cut never; 'trong toàn xã' after 'tại' is a place of the work, eg7).  Only on a plural or collective name: a
# body of its own ('Sở Y tế') is in its province by name.
_INSIDE_RE = re.compile(rf"\s+(?P<q>trong\s+(?:{_LEVEL_WORDS}|ngành){_W}(?!\s+(?-i:[{_UP}])))(?=[\s,;.:()]|$)", re.I)
_COLLECTIVE_NAME_RE = re.compile(r"^(?:các|những|mọi|tất\s+cả|toàn\s+thể)\s|(?<![^\W_])các\s+cấp$", re.I)
# (office32) a level qualifier printed BEFORE a mass organisation in lower case, 'các cấp hội LHPN' (unseen25 ev12; the
# same body is 'Hội LHPN các cấp' when the qualifier follows): the levels are part of the office as written
_LEVELS_BEFORE_RE = re.compile(r"(?<![^\W_])(?:các|mọi)\s+cấp\s+$", re.I)
_MASS_BODY_RE = re.compile(r"^(?:hội|đoàn|công\s+đoàn|mặt\s+trận|liên\s+đoàn|ủy\s+ban\s+mặt\s+trận|uỷ\s+ban\s+mặt\s+trận)(?![^\W_])", re.I)

# (office30, issue 5 class (d)) the named parent a unit belongs to, after 'của / (trực) thuộc / trong':
# 'Văn phòng Đăng ký đất đai thuộc Sở Nông nghiệp và Môi trường', 'Ban Tuyên giáo và Dân vận của Đảng ủy
# Chính phủ', 'các Vụ, Cục, đơn vị thuộc NHNN', 'Trưởng các phòng thuộc Văn phòng Tổng cục thuế', 'Thủ
# trưởng đơn vị thuộc cơ quan Bộ', 'Đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân cấp xã' (counted at
# 39dd6bf3 by office29: 22 office_spans pairs in 17 documents named only by containment for it; the
# development gold writes a name with its 'thuộc / của' parent 490 times and cuts one).  The parent opens
# on a body head in capitals; its extent is the gazetteer's match, else the head and the capitalised
# words, level words and 'nhân dân' after it.  A bare level ('của tỉnh') is offices._with_owning_level's.
_PARENT_HEAD = (r"(?-i:Bộ|Sở|UBND|Ủy\s+ban|Uỷ\s+ban|Ngân\s+hàng|NHNN|Tổng\s+cục|Cục|Văn\s+phòng|Tỉnh\s+[uủ]ỷ?|"
                r"Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy|Đảng\s+ủy|Đảng\s+uỷ|Trung\s+tâm|Kho\s+bạc|Bảo\s+hiểm|Hội\s+đồng|"
                r"Công\s+an|Chính\s+phủ|Tập\s+đoàn|Tổng\s+công\s+ty)")
_PARENT_RE = re.compile(
    r"\s+(?P<link>(?:trực\s+)?thuộc|của|trong)\s+(?P<parent>(?:cơ\s+quan\s+(?=(?-i:Bộ)" + _W + r"))?" + _PARENT_HEAD + _W +
    r"(?:\s+(?:(?-i:Chính\s+phủ|Trung\s+ương|Nhà\s+nước|Quốc\s+hội)|(?:(?!(?:với|cùng|hoặc|cho|tại|để|(?:và\s+(?:các\s+)?" + _PARENT_HEAD + r")))[a-zà-ỹđ]+\s+){0,2}(?-i:[" + _UP + r"])[^\s,;.:()]*|(?<=Tổng\s)(?:cục|công\s+ty)|nhân\s+dân|nhà\s+nước|cấp\s+(?:tỉnh|huyện|xã)|" + _LEVEL_WORDS + r")" + _W + r"){0,6})"
    r"|\s+(?P<link2>(?:trực\s+)?thuộc)\s+(?P<owner>cơ\s+quan\s+chủ\s+quản)" + _W, re.I)


def _parent_after(flat: str, end: int, find) -> str | None:
    """The 'thuộc / của + named parent' printed right after a name ending at ``end``, as written."""
    m = _PARENT_RE.match(flat, end)
    if not m:
        return None
    if m.group("owner"):
        return f"{m.group('link2')} {m.group('owner')}"
    at = m.start("parent")
    parent = m.group("parent")
    if find is not None:
        known = find(flat[at:at + 120])
        if known and known[0].start == 0 and known[0].end > len(parent) - 1:
            parent = flat[at:at + known[0].end].strip(" ,;")
    parent = re.sub(r"\s+(?:và|các)$", "", parent)
    return f"{m.group('link')} {parent}"


# where a 'có' qualifier's span (offices.unit_qualifier_spans) runs past its own end: a comma before a
# capitalised word (the speaker after a fronted topic: 'các địa phương đã và đang có dịch bệnh động vật, Bộ
# NN&PTNT yêu cầu'), a time or purpose ('..., trước ngày 15/9'), a level or another plural ('..., cấp huyện');
# a comma inside the qualifier joins two nouns ('có tàu, thuyền hoạt động trên biển') and stays
_QUAL_COMMA_END_RE = re.compile(
    rf",\s+(?=(?-i:[{_UP}])|\d|(?:trước|chậm\s+nhất|trong|từ|đến|sau|kể\s+từ|theo|để|nhằm|cấp|các|những|và|hoặc|"
    rf"đồng\s+thời|{_LEVEL_WORDS}){_W})", re.I)
# 'có' + a verb is the emphatic 'does', no qualifier ('các địa phương có thực hiện các Chương trình ...': os256)
_HAS_VERB_RE = re.compile(r"^(?:(?:đã\s+và\s+đang|đang|đã|còn)\s+)?có\s+(?:thực\s+hiện|triển\s+khai|tổ\s+chức|sử\s+dụng|tham\s+gia|"
                          r"ban\s+hành|xây\s+dựng|phối\s+hợp|quản\s+lý)(?![^\W_])", re.I)
# a body named by its own proper name ('Bộ Tư pháp', 'Sở Y tế', 'UBND Thành phố') is one body: 'khác', '(có) liên
# quan', 'có thẩm quyền' after it belong to a wider phrase ('các cơ quan, đơn vị trong và ngoài Bộ Tư pháp có
# liên quan'), never to it
_PROPER_BODY_RE = re.compile(rf"^(?:Bộ|Sở|Cục|Tổng\s+cục|Vụ|Ban|Phòng|Chi\s+cục|Trung\s+tâm|Văn\s+phòng|UBND|Ủy\s+ban|Uỷ\s+ban)\s+(?-i:[{_UP}])")
_WHICH_RE = re.compile(r"^(?:khác|có\s+thẩm\s+quyền|có\s+li[eệê]n\s+quan)(?![^\W_])", re.I)


# (office33) a people's committee of a bare level (no place's name) narrowed by a 'có' qualifier, the way a ministry's
# letter addresses whichever provinces the case concerns: 'UBND tỉnh có công trình thi công vượt lũ, chống lũ chỉ đạo
# các đơn vị ...' (office batch 53, ob53-007), 'UBND cấp xã có rừng' (ob29-019's object).  The plural form ('UBND
# các xã có tàu, thuyền ...') is offices.unit_qualifier_spans'; the singular stays out of it, where it would hide the
# subject from the reader (office32 tried: ob53-007 then named the object).  Here the subject is already read, and
# only its continuation is put back, ended where the plural's is (`offices._qualifier_end`: a duty's verb or the
# list going on), never after 'có' + a plural or a quantity ('UBND tỉnh có các giải pháp quản lý ...' is the duty,
# development 23_hagiang), nor 'có' + what a body issues, holds or does (the plural's exclusions and 'buổi', 'chức
# năng', 'nội dung', 'việc').  Counted on the development, pending and office_spans gold and samples/text,
# samples/unseen_repair, benchmarks/data: the shape as an office 1 (ob53-007; unseen24 es2 the second), as an
# object 2 (ob29-019/-021, directed: not offices), the excluded readings 8 (a meeting held, a function, the duty).
_LEVEL_COMMITTEE_RE = re.compile(rf"^(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+(?:cấp\s+)?{_LEVEL_WORDS}$", re.I)
_SINGULAR_HAS_RE = re.compile(
    r"\s+(?:(?:đã\s+và\s+đang|đang|đã|còn)\s+)?có\s+(?!(?:các|những|mọi|một|nhiều|buổi|chức\s+năng|nội\s+dung|việc|"
    + QUALIFIER_NOT_NOUNS + r")(?![^\W_]))(?-i:[a-zà-ỹđ])", re.I)


def _level_committee_has(flat: str, end: int, name: str) -> str | None:
    """The 'có ...' qualifier printed right after a bare level's people's committee ending at ``end``, or None."""
    if not _LEVEL_COMMITTEE_RE.match(name):
        return None
    m = _SINGULAR_HAS_RE.match(flat, end)
    if not m:
        return None
    stop = _qualifier_end(flat, m.end() - 1)
    if stop is None:
        return None
    q = flat[end:stop].strip(" ,")
    return q if not _HAS_VERB_RE.match(q) else None


def _flat(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def _name_end(flat: str, name: str, written: str) -> int | None:
    """Where in ``flat`` (the sentence, whitespace folded) the name ends, when the name is the
    written words (or their head: the written span may hold a tail the name dropped); else None."""
    w = _flat(written)
    if not w or not name or not w.casefold().startswith(name.casefold()):
        return None
    # (the first mention: a name printed again later with other words after it ('Các bộ, ngành khác có liên quan
    # ...; các bộ, ngành, địa phương liên quan') is read from its first mention, the subject; tried at office30:
    # leaving a name printed twice alone cost 2 right names -- ob7-023, yr1 -- and saved none)
    m = re.search(re.escape(w), flat, re.I)
    return m.start() + len(name) if m else None


# (office31) a place qualifier printed after the LAST of a list of bare kinds the reader names one by one
# ('Lực lượng kiểm lâm, quân đội, công an trên địa bàn tỉnh'; 'khu di tích, điểm du lịch, ..., cơ sở lưu trú du
# lịch trên địa bàn tỉnh', pending zc2) says where the whole list is: put on the last kind alone it names that
# kind apart from the others.  The gold names such kinds bare (zc2's six offices; the jurisdiction rule's repeat is
# for a named place after named bodies).  A last member with a plural of its own ('Kho bạc Nhà nước và các Ngân hàng
# thương mại trên địa bàn', ob52-009; 'các tổ chức thành viên, các cơ quan tuyên truyền, báo chí trên địa bàn',
# ob4-102; 'Thủ trưởng các Phòng, ban, đơn vị trên địa bàn thị xã', ob14-046) or a 'which' qualifier of its own
# ('... và cơ quan liên quan trên địa bàn tỉnh', ob25-004) holds its own place, as the gold writes it.
_PLACE_QUALIFIER_RE = re.compile(r"^(?:(?:đóng|đứng\s+chân|hoạt\s+động)\s+)?trên\s+địa\s+bàn(?![^\W_])", re.I)
_LIST_JOIN_RE = re.compile(r"(?:,\s*(?:và\s+)?|\s+và\s+)$")
_OWN_PLURAL_RE = re.compile(r"(?<![^\W_])(?:các|những|mọi|tất\s+cả|toàn\s+thể)(?![^\W_])|(?<![^\W_])(?:liên\s+quan|khác|có\s+thẩm\s+quyền)$", re.I)


# (office31, issue 5 class (d)) a regulated party named by what it does: 'Tổ chức, cá nhân hoạt động khoáng sản
# (trên địa bàn tỉnh Lào Cai)', 'Tổ chức, cá nhân sử dụng dịch vụ quan trắc môi trường', 'Doanh nghiệp kinh doanh vận
# tải đường sắt', 'các đơn vị kinh doanh du lịch'.  The activity says WHICH parties (the gold keeps it: counted at
# ce125993 on the development, pending and office_spans gold, 'hoạt động' 26 kept / 0 cut, 'sử dụng' 24 / 1, 'kinh
# doanh' 8 / 0, 'khai thác' 5 / 0, 'cung cấp' 4 / 1); the reader cut the name at the activity's verb.  Kept only on a
# bare kind of party and only when the sentence's own duty follows the activity's object (a modal or an act), so that
# an activity that IS the duty ('các doanh nghiệp hoạt động đúng quy định') is never taken.
_PARTY_TAIL_RE = re.compile(r"(?:^|\s|,)(?:tổ\s+chức|cá\s+nhân|doanh\s+nghiệp|cơ\s+sở|hộ|đơn\s+vị|người)$", re.I)
_ACTIVITY_VERB = r"(?:hoạt\s+động|sử\s+dụng|kinh\s+doanh|khai\s+thác|cung\s+cấp|sản\s+xuất|chăn\s+nuôi)"
_DUTY_START = (r"(?:phải|cần|có\s+(?:các\s+)?(?:trách\s+nhiệm|nhiệm\s+vụ|nghĩa\s+vụ|quyền)|chịu\s+trách\s+nhiệm|không\s+được|nghiêm\s+túc|khẩn\s+trương|"
               r"chủ\s+động|thực\s+hiện|chấp\s+hành|tuân\s+thủ|triển\s+khai|kiểm\s+tra|rà\s+soát|gửi|nộp|báo\s+cáo|dừng|"
               r"phản\s+ánh|tăng\s+cường|đăng\s+ký|lập|xây\s+dựng)")
_ACTIVITY = (rf"{_ACTIVITY_VERB}{_W}(?:\s+(?!{_DUTY_START}{_W}|{_ACTIVITY_VERB}{_W}|trên\s+địa\s+bàn{_W}|theo{_W}|và{_W}|có{_W})[^\s,;.:()]+){{1,6}}?"
             rf"(?:\s+trên\s+địa\s+bàn{_W}(?:\s+(?:{_PLACE}))?)?")
_ACTIVITY_RE = re.compile(rf"\s+(?P<q>{_ACTIVITY})(?=\s+{_DUTY_START}{_W})", re.I)
# the same printed as the whole rest of a subject the reader wrote down ('Tổ chức, cá nhân sử dụng dịch vụ quan
# trắc môi trường' of a heading 'X có trách nhiệm:', os188): the written span ends where the duty begins
_WRITTEN_ACTIVITY_RE = re.compile(rf"\s+(?P<q>{_ACTIVITY})", re.I)


def _last_of_bare_list(flat: str, start: int, written: str, others: list[str]) -> bool:
    """Whether the name written at ``start`` closes a list of other offices of the task printed right
    before it (', ' / ' và '), and is a bare kind: no plural of its own anywhere in it ('Thủ trưởng các Phòng, ban,
    đơn vị trên địa bàn thị xã', ob14-046) and no 'which' qualifier of its own ('... và cơ quan liên quan trên địa
    bàn tỉnh', ob25-004: the gold keeps the place on both)."""
    if _OWN_PLURAL_RE.search(written):
        return False
    j = _LIST_JOIN_RE.search(flat[:start])
    if not j:
        return False
    before = flat[:j.start()].casefold()
    return any(o and before.endswith(o.casefold()) for o in others)


def keep_qualifier(roles: list, text: str, sources: tuple[str, ...] = ("inline",), find=None) -> list:
    """The offices, each followed in ``text`` by a restrictive qualifier, with it.  Only roles read
    from ``text`` itself (``sources``): a body carried from a lead-in or a heading may be named again
    in this sentence as a partner ('yêu cầu các cơ quan, đơn vị:' + 'Phối hợp với các cơ quan, đơn vị
    có liên quan của ngành ...'), and that other mention's qualifier is not its own."""
    flat = _flat(text)
    spans = None
    for r in roles:
        name = _flat(r.office)
        if r.role not in ("lead", "support") or not r.text:
            continue
        if r.source not in sources:
            written = _flat(r.text)
            a = _WRITTEN_ACTIVITY_RE.fullmatch(written, len(name)) if (
                written.casefold().startswith(name.casefold()) and _PARTY_TAIL_RE.search(name)) else None
            if a:
                r.office, r.canonical = f"{name} {a.group('q')}", ""
            continue
        end = _name_end(flat, name, r.text)
        if end is None:
            continue
        before = _LEVELS_BEFORE_RE.search(flat[:end - len(name)])
        if before and _MASS_BODY_RE.match(name):
            name = flat[before.start():end]
            r.office, r.text, r.canonical = name, name, ""
        m = _QUALIFIER_RE.match(flat, end) or (_INSIDE_RE.match(flat, end) if _COLLECTIVE_NAME_RE.search(name) else None)
        q = m.group("q") if m else None
        if q and _PLACE_QUALIFIER_RE.match(q) and _last_of_bare_list(
                flat, end - len(name), _flat(r.text)[:len(name)], [_flat(o.text) for o in roles if o is not r and o.text]):
            continue
        if q is None and _PARTY_TAIL_RE.search(name):
            a = _ACTIVITY_RE.match(flat, end)
            q = a.group("q") if a else None
        if q is None and not re.search(r"\s(?:của|thuộc|trong)\s", name):
            q = _parent_after(flat, end, find)
        if q is None:
            q = _level_committee_has(flat, end, name)
        if q is None:
            # 'các địa phương có cửa khẩu', 'UBND các xã, phường có tàu, thuyền hoạt động trên biển': the
            # 'có' qualifier offices.py already reads (it only kept it off the name)
            if spans is None:
                spans = unit_qualifier_spans(flat)
            gap = re.match(r"\s+", flat[end:])
            start = end + (gap.end() if gap else 0)
            hit = next((b for a, b in spans if a == start), None)
            if hit is None:
                continue
            # (it ends before a comma and a capitalised word: 'các địa phương đã và đang có dịch bệnh động
            # vật, Bộ NN&PTNT yêu cầu ...' -- the speaker after the fronted topic is no part of it)
            q = _QUAL_COMMA_END_RE.split(flat[start:hit])[0].strip(" ,")
            if _HAS_VERB_RE.match(q):
                continue
        # (a name that holds it already, or another office that starts there, is left alone)
        if not q or name.casefold().endswith(q.casefold()) or (_WHICH_RE.match(q) and _PROPER_BODY_RE.match(name)):
            continue
        r.office = f"{name} {q}"
        r.text = f"{_flat(r.text)[:len(name)]} {q}" if _flat(r.text).casefold().startswith(name.casefold()) else r.text
        r.canonical = ""
    return roles
