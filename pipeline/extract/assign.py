"""Group assignments: offices and dates stated once for several tasks.

- Assignment notes '(Phòng X chuẩn bị nội dung từ 1-6)', on their own line or closing an item:
  a note covers the items above it that no note has covered yet, back to the previous note
  (a list of meeting items is annotated in runs).  The numbers in the note confirm that run
  or pick part of it; when they contradict it (an item already covered, an item that does not
  exist) position wins and the contradiction becomes an anomaly.  This is one general rule:
  it is also what makes '(Công an huyện chuẩn bị nội dung 8)' after item 9 assign item 9.
- Attribute lines '- Cơ quan thực hiện: X chủ trì, phối hợp với Y' / '- Thời gian thực hiện:
  ...' cover the tasks since the previous attribute lines or heading.
- Headings and intros that name an office ('5. Bộ Nội vụ', 'c) Sở Khoa học và Công nghệ:',
  'Giao Sở Lao động - Thương binh và Xã hội:') give it to every task below them.
- A meeting heading with a date ('Phiên họp ... : Ngày 23/5/2023') is the deadline of the
  agenda items under it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.staffasks import asks_own_staff
from pipeline.extract.schedule import day_line, lone_dateline, weekday_contradicts, without_lunar
from pipeline.extract.offices import (
    BODY_HEAD_RE, Gazetteer, display_name, office_key, roles_in_assignment, roles_in_sentence, split_office_list,
)
from pipeline.extract.sentences import Block
from pipeline.extract.dutyholders import duty_holder, post_as_written  # office28
from pipeline.extract.publicheading import public_heading_roles
from pipeline.extract.duetimelead import due_time_doers  # points24
from pipeline.extract.leadtime import activity_span_end, paragraph_of_items  # leadtime33
from pipeline.extract.ownwindow import is_numbered_time_item, window_item_covers  # deadline33
from pipeline.extract.qualifiers import keep_qualifier  # office30
from pipeline.extract.leadinpartners import lead_in_partners  # office40
from pipeline.extract.tasks import (
    AGENDA_HEAD_RE, ATTR_SPLIT_RE, ATTRIBUTE_RE, MEETING_RE, VERB_ANY_RE, Classified, find_references, note_numbers, note_of,
)
from pipeline.extract.temporal import find_deadline, find_dates, period_names_meeting
from pipeline.model import Anomaly, OfficeRole, Task
from pipeline.vietnamese import mark_tolerant

ITEM_STYLES = ("arabic", "decimal", "alpha", "roman", "letter")


@dataclass
class Scope:
    block: Block
    roles: list[OfficeRole] = field(default_factory=list)
    meeting_date: object = None
    meeting_text: str = ""
    subtree: bool = False  # an unnumbered lead-in: it covers the items of its section below it
    root: str | None = None  # the section a subtree scope covers, when not its own block's path
    period: bool = False  # a month or day heading ('Tháng 3', 'THỨ HAI (13/11)'): the next one ends it
    directed: bool = False  # 'Chỉ đạo X:' — the items below are X's duties, X being directed
    bullets_only: bool = False  # an item's own subject: the bullets under the item only
    # a bullet lead-in over bullets of another mark ('- Các cơ sở KCB thực hiện ... như sau:' then
    # '+ Chọn mã số ...'): it covers those, and ends at the next bullet of its own mark
    marker: str | None = None
    # a lead-in's bound date ('Trước ngày 30/6/2026, các bộ thực hiện các nội dung sau:'): it
    # reaches the items listed under it only; a plain paragraph after them ends the list
    items_only: bool = False
    # (leadtime33) the lead-in's items printed as the one plain paragraph after it: it covers that
    # paragraph only
    items_block: Block | None = None

    def covers(self, b: Block) -> bool:
        h = self.block
        if self.items_block is not None and b is not h:
            return b is self.items_block
        if self.items_only and b is not h and not (b.label and (b.style in ITEM_STYLES or b.style == "bullet")):
            return False
        if self.marker is not None and b is not h:
            return b.style == "bullet" and b.path == h.path and b.label != self.marker
        if self.bullets_only:
            # (not the item's own later sentences: 'b) Lãnh đạo các địa phương cần ... . Hoàn thành
            # ...' keeps the body of the heading above the item, as 08's gold reads it)
            return b is not h and b.style == "bullet" and (b.path == h.path or b.path.startswith(h.path + " > "))
        if b is h:
            return True
        if self.subtree:
            path = h.path if self.root is None else self.root
            return b.path == path or b.path.startswith(path + " > ") if path else True
        if h.label and h.style != "bullet":
            return b.path.startswith(h.path + " > ") or (b.path == h.path and b.style in (None, "bullet"))
        return b.style == "bullet" and b.path == h.path


# ("Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh:": a Party organ leads the state body it sits in)
DIRECTED_INTRO_RE = re.compile(r"(?:^|\s)(?:[Cc]hỉ\s+đạo|[Ll]ãnh\s+đạo(?:\s*,\s*chỉ\s+đạo)?)\s+(?!thực\s+hiện)[^:;]{3,120}:\s*$")


_DIRECTS_RE = re.compile(r"\s*[Cc]hỉ\s+đạo\s")


def _own_subject(task: Task) -> bool:
    """Does the task name its own assignee (an inline lead not merely asked: 'Yêu cầu X ...')?"""
    if re.match(r"\s*(?:Yêu\s+cầu|Đề\s+nghị)\s", task.text):
        return False
    if re.match(r"\s*(?:[-+•–]\s*)?(?:[a-zđ]\)\s*)?Phối\s+hợp\s+(?:chặt\s+chẽ\s+)?với\s", task.text):
        # (points20) '+ Phối hợp với chính quyền địa phương thực hiện ...' names a partner and no doer:
        # under 'Chỉ đạo X:' the item is X's duty, and X's partners are not listed (gold README)
        return False
    return any(r.role == "lead" and r.source == "inline" for r in task.offices)


def _under_directing_item(classified, i: int) -> bool:
    """(points20) Is sentence ``i`` a '+' sub-item under a bullet item 'Chỉ đạo X ...:' that the classifier
    kept as a task of its own ('– Chỉ đạo các Sở GD&ĐT tăng cường ...:' over '+ Tăng cường kiểm tra ...',
    '+ Phối hợp với chính quyền địa phương ...')?  Then, as under a 'Chỉ đạo X:' lead-in, the sub-items are
    X's duties and X's partners are not listed (gold README)."""
    b = classified[i].sentence.block
    marker = (b.label or "").strip()
    if b.style != "bullet" or not marker:
        return False
    for c in reversed(classified[:i]):
        pb = c.sentence.block
        if pb is b:
            continue
        if pb.style == "bullet" and (pb.label or "").strip() == marker:
            continue  # an earlier sub-item of the same list
        return pb.style == "bullet" and c.sentence.text.rstrip().endswith(":") \
            and DIRECTED_INTRO_RE.search(c.sentence.text) is not None
    return False


def _asked_leads(task: Task, party_scope: bool = False) -> list[OfficeRole]:
    """The inline leads a sentence opening 'Yêu cầu X ...' / 'Đề nghị X ...' got from X.

    Under a heading that names the acting body, 'Chỉ đạo X ...' is that body's duty too: X is
    directed (ANNOTATION: in 'Chỉ đạo X ...' X is not listed).  A Party organ 'lãnh đạo' the
    state body it sits in ('2.1. Ban cán sự đảng UBND huyện' + '- Lãnh đạo UBND huyện chỉ đạo
    các xã ...'), so under a Party heading 'Lãnh đạo X <verb>' is read the same way; not
    'Lãnh đạo các địa phương cần ...', where the leaders are the subject of a duty."""
    verbs = r"[Yy]êu\s+cầu|[Đđ]ề\s+nghị|[Cc]hỉ\s+đạo"
    if party_scope:
        verbs += r"|[Ll]ãnh\s+đạo(?:\s*,\s*chỉ\s+đạo)?"
    m = re.match(rf"\s*(?:Đồng\s+thời\s*,?\s*)?(?:{verbs})\s+", task.text)
    if not m:
        return []
    head = task.text[m.end():m.end() + 160].casefold()
    verb = task.text[:m.end()].strip().casefold()
    out = []
    for r in task.offices:
        if r.role != "lead" or r.source != "inline":
            continue
        w = (r.text or r.office).casefold()
        if w[:12] in head[:40]:
            out.append(r)
        elif w.startswith(verb + " ") and task.text.strip().casefold().startswith(w):
            # ('Lãnh đạo UBND huyện' read as the leaders of the body: the verb and its object)
            rest = task.text.strip()[len(w):]
            if not re.match(r"\s*(?:cần|phải|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)(?![^\W_])", rest, re.I):
                out.append(r)
    return out


_PARTY_ORGAN_RE = re.compile(r"(?:các\s+)?(?:đảng\s+(?:ủy|uỷ|đoàn|bộ)|ban\s+cán\s+sự\s+đảng|cấp\s+(?:ủy|uỷ)|chi\s+bộ|chi\s*,|tổ\s+chức\s+đảng)(?![^\W_])", re.I)


def _party_scope(roles: list[OfficeRole]) -> bool:
    """Do the heading's bodies belong to the Party (a committee, its organ in a state body)?"""
    return bool(roles) and all(_PARTY_ORGAN_RE.match(r.office) or _PARTY_ORGAN_RE.match(r.text or "") for r in roles)


APPENDIX_DUTIES_RE = re.compile(r"^(?:NHIỆM\s+VỤ|TRÁCH\s+NHIỆM)\s+CỦA\s+((?:CÁC|NHỮNG)\s+[^a-zđ]{3,80}?)\s*$")
# attribute keys and a note's verb, with any marks ('Co quan thưc hiên:'): compiled once
LEAD_KEY_RE = mark_tolerant(r"(cơ quan|đơn vị) (thực hiện|chủ trì)|chủ trì|trách nhiệm thực hiện|trách nhiệm(\s*,?\s+(lãnh đạo|chỉ đạo|tham mưu))+")
SUPPORT_KEY_RE = mark_tolerant(r"(cơ quan|đơn vị) phối hợp|phối hợp")
NOTE_VERB_RE = mark_tolerant(r"\s(?:chuẩn\s+bị|thực\s+hiện|chủ\s+trì|trình|báo\s+cáo)\b")
LIST_INTRO_RE = re.compile(r"(?:sau\s+đây|như\s+sau|sau|cụ\s+thể)\s*:\s*$", re.I)
# 'Sở Nội vụ đề nghị các cơ quan, đơn vị:', 'UBND tỉnh yêu cầu Thủ trưởng các sở, ngành:': a lead-in
# that ends on the bodies it asks names the addressees of the list below as surely as '... sau:'
ADDRESSEE_INTRO_RE = re.compile(r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu)\s+[^:;]{3,160}:\s*$", re.I)


# '... tập trung thực hiện (tốt) một số công việc sau:', '... khẩn trương triển khai các nhiệm vụ sau:':
# the urgency a directive lays on the bodies it names before its list
BODIES_FOCUS_RE = re.compile(r"\s(?:tập\s+trung|khẩn\s+trương|nghiêm\s+túc)\s+(?:(?:lãnh\s+đạo,\s*)?chỉ\s+đạo\s*,?\s*)?"
                             r"(?:tổ\s+chức\s+)?(?:thực\s+hiện|triển\s+khai)(?![^\W_])[^:;]{0,80}:\s*$", re.I)


def _addressed(text: str, written: str) -> bool:
    """Is the body written ``written`` asked in ``text`` ('đề nghị / yêu cầu / giao X'), or the
    subject of a duty ('X cần / phải / có trách nhiệm ...')?"""
    from pipeline.extract.offices import _de_nghi
    text = _de_nghi(text)  # ('dé nghị' read by OCR)
    w = re.escape(written.strip())
    # ('đề nghị Hội đồng nhân dân, Ủy ban nhân dân các tỉnh ...': every body of the list asked)
    # ('đề nghị tháng 12/2018 thường trực HĐND, các ban HĐND phường tập trung ...': the period of
    # the work may stand between the ask and the bodies asked)
    return bool(re.search(rf"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu|giao(?:\s+(?:nhiệm\s+vụ|trách\s+nhiệm))?(?:\s+cho)?)\s+"
                          rf"(?:(?:trong\s+)?(?:tháng|quý|năm)\s+[\dIVX]{{1,4}}(?:\s*/\s*\d{{4}})?\s*,?\s+)?(?:[^\W\d_]+\s+){{0,2}}?"
                          # (points22: lists of addressees separated by ';', 'yêu cầu Thủ trưởng các sở, ban, ngành
                          # ... cấp tỉnh; Chủ tịch UBND các huyện, ...': every group is asked)
                          rf"(?:[^,;:.]{{1,80}}?(?:,|;|\svà)\s*){{0,6}}?{w}", text, re.I)
                or re.search(rf"{w}(?:\s*,\s*[^,:;]{{1,60}})*\s+(?:cần|phải|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)(?![^\W_])", text, re.I))


# the issuer asking ('đề nghị', 'yêu cầu', 'giao'), not the noun ('theo đề nghị của', 'nhiệm vụ
# được giao,')
# ('Bộ Giáo dục và Đào tạo hướng dẫn các cơ sở đào tạo triển khai ... như sau:': a guidance letter
# names the bodies that carry out the steps it lists, as an ask does)
_ASK_VERB_RE = re.compile(r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu|giao(?:\s+(?:nhiệm\s+vụ|trách\s+nhiệm))?(?:\s+cho)?|hướng\s+dẫn)\s+(?=(?:các\s+)?[^\W\d_])", re.I)


# (bare16) the document itself as the one that asks, in a retelling: 'Nội dung công điện đề nghị các tỉnh,
# thành phố ...', 'Chỉ thị yêu cầu UBND các huyện ...', 'UBND tỉnh có văn bản đề nghị ...', 'Theo đó, công văn
# đề nghị ...', 'Kế hoạch số 12/KH-UBND yêu cầu ...' (its number, 'này' or 'nêu trên' may follow its name)
_DOC_SPEAKS_RE = re.compile(
    r"(?:^|(?<![^\W_]))(?:(?:nội\s+dung|theo\s+đó,?)\s+)?(?:(?:có|ban\s+hành|gửi)\s+)?(?:công\s+điện|công\s+văn|văn\s+bản|thông\s+báo|chỉ\s+thị|"
    r"kế\s+hoạch|quyết\s+định|nghị\s+quyết|kết\s+luận)(?:\s+(?:số\s+)?[\w/.\-]*\d[\w/.\-]*)?(?:\s+(?:này|nêu\s+trên|trên))?\s*,?$", re.I)


def lead_in_addressees(text: str, gaz: Gazetteer, to_colon: bool = False) -> list[OfficeRole]:
    """The bodies a lead-in asks, read after its last asking verb, up to their own verb or the
    colon: 'Thực hiện Nghị quyết ..., nhằm ..., Tổng cục Thuế đề nghị các Cục Thuế tổ chức thực
    hiện một số công việc sau:' -> 'các Cục Thuế'.  Why not the sentence's subject: the grounds
    before the main clause may run for several lines, and the speaker who asks (the issuer) is
    not the one the items are for.  ``to_colon``: only when the bodies run up to the colon
    ('..., Sở X đề nghị UBND các huyện, thành phố:'), the lead-in printed without 'sau:'."""
    from pipeline.extract.offices import _VERB_RE, _de_nghi, verb_ends_name

    text = _de_nghi(text).rstrip()
    def spoken(m: re.Match) -> bool:
        # the verb opens a clause or follows the body that speaks ('..., Tổng cục Thuế đề nghị');
        # not the noun ('đáp ứng yêu cầu của tình hình', 'theo đề nghị của')
        before = text[:m.start()].rstrip()
        if not before or before.endswith(","):
            return True
        before = re.sub(r"\s*\([^()]{1,15}\)$", "", before)  # 'Bộ Giáo dục và Đào tạo (GDĐT) hướng dẫn'
        if m.group(0).casefold().startswith("hướng") and not gaz.find(before[-120:]):
            return False  # ('theo hướng dẫn', 'tài liệu hướng dẫn': a noun, no body speaks)
        found = gaz.find(before[-120:])
        if found and found[-1].end >= len(before[-120:]) - 1:
            return True
        if _DOC_SPEAKS_RE.search(before) and not re.match(r"\s+của(?![^\W_])", text[m.end():]):
            return True  # (bare16: 'Nội dung công điện đề nghị ...', 'Chỉ thị yêu cầu ...', 'có văn bản đề nghị ...')
        return bool(re.search(r"(?<![^\W_])(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\s+[^\W\d_]+(?:\s+[A-ZĐ][^\W\d_]*)*$|UBND\s+[^\W\d_]+(?:\s+[A-ZĐ][^\W\d_]*)*$", before))

    asks = [m for m in _ASK_VERB_RE.finditer(text) if spoken(m)]
    if not asks or not text.endswith(":"):
        return []
    rest = text[asks[-1].end():-1]
    inside = [(o.start, o.end) for o in gaz.find(rest[:250])]
    stop = next((vm.start() for vm in _VERB_RE.finditer(rest)
                 if vm.start() > 0 and not any(a <= vm.start() < b for a, b in inside) and verb_ends_name(rest, vm)), None)
    if to_colon and stop is not None:
        return []
    seg = rest[:stop] if stop is not None else rest
    if len(seg) > 200:
        return []
    # (office30) 'các Tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh Lào Cai': the qualifier after
    # the addressees stays on their name (extract/qualifiers.py)
    return keep_qualifier([OfficeRole(n, "lead", w, "lead-in") for n, w in split_office_list(seg, gaz)], text[asks[-1].start():], ("lead-in",),
                         find=lambda s: gaz.find(s, fuzzy=False))


# a lead-in that lays duties on the body it opens with: 'X có trách nhiệm:', 'X chịu trách nhiệm:',
# 'X có các nhiệm vụ sau đây:'
DUTY_LEAD_IN_RE = re.compile(r"(?:(?:có|chịu)\s+trách\s+nhiệm|có\s+(?:các\s+)?nhiệm\s+vụ(?:\s+sau(?:\s+đây)?)?)\s*:\s*$", re.I)
# parties a decree or circular makes responsible, named by what they do ('Người tham gia bán hàng
# đa cấp', 'Người thực hiện công tác quản lý an toàn ...', 'Tổ chức quản lý bất động sản')
REGULATED_PARTY_RE = re.compile(r"(?:các\s+|những\s+)?(?:người|tổ\s+chức|cơ\s+quan|đơn\s+vị|doanh\s+nghiệp|cá\s+nhân)\s+\S", re.I)
# a heading that is a commune's staff post or a Front / election body, with what narrows it
LOCAL_HEADING_RE = re.compile(
    r"(?:(?:các\s+)?(?:(?:đồng\s+chí|đ/c)\s+)?(?:cán\s+bộ|chuyên\s+viên|công\s+chức)\s+(?:phụ\s+trách|chuyên\s+trách)\s|"
    r"(?:các\s+)?tổ\s+chức\s+thành\s+viên(?:\s|$)|ban\s+công\s+tác\s+mặt\s+trận(?:\s|$)|"
    r"(?:các\s+)?(?:tổ\s+(?:kiểm\s+phiếu|bầu\s+cử)|ban\s+bầu\s+cử|tiểu\s+ban)(?:\s|$))[^:;.!?]*", re.I)


# an article or item titled by whose duties it lists: 'Điều 16. Trách nhiệm của cơ sở giáo dục nghề
# nghiệp, doanh nghiệp, cơ sở khác có đăng ký hoạt động giáo dục nghề nghiệp', 'Nhiệm vụ, quyền hạn
# của Ủy ban nhân dân cấp xã', 'Trách nhiệm của Ủy ban nhân dân các cấp về bảo hiểm xã hội'
# (plans21: 'Điều 3. Quyền hạn của Ban Chỉ đạo' alone, as a steering committee's founding decision
# titles its powers after 'Điều 2. Nhiệm vụ của Ban Chỉ đạo': the body holds them; not 'Quyền
# của ...', a party's rights)
_DUTY_TITLE_RE = re.compile(
    r"^\s*(?:(?:Quyền\s+(?:hạn\s+)?(?:và|,)\s+)?(?:Trách\s+nhiệm|Nhiệm\s+vụ|Nghĩa\s+vụ)|Quyền\s+hạn)"
    r"(?:\s*(?:,|và)\s*(?:quyền\s+hạn|quyền|nghĩa\s+vụ|trách\s+nhiệm|nhiệm\s+vụ))*"
    r"(?:\s+(?:cụ\s+thể|chủ\s+yếu|chung))?\s+của\s+(?P<who>[^:;]{3,160}?)\s*[:.]?\s*$")
# the topic a duty title narrows its holder to: '... về bảo hiểm xã hội', '... trong quá trình tham
# dự thầu', '... trong việc quản lý ...' (the holder is named without it)
_TITLE_TOPIC_RE = re.compile(
    r"\s+(?:về|trong\s+(?:việc|quá\s+trình|công\s+tác|hoạt\s+động|lĩnh\s+vực|thực\s+hiện|tổ\s+chức)|"
    r"khi|đối\s+với\s+(?:việc|hoạt\s+động|công\s+tác))\s.*$", re.I)
# a title over powers handed down: 'Điều 3. Thẩm quyền của Ủy ban nhân dân cấp tỉnh phân cấp cho
# Chủ tịch Ủy ban nhân dân cấp xã', 'Các nhiệm vụ giao cho Sở Xây dựng': the body after 'cho' holds them
_HANDED_TITLE_RE = re.compile(
    r"^\s*(?:(?:Các\s+)?(?:Thẩm\s+quyền|Nhiệm\s+vụ|Quyền\s+hạn|Nội\s+dung|Công\s+việc)(?![^\W_])[^:;]{0,90}?\s)?"
    r"(?:được\s+)?(?:phân\s+cấp|phân\s+quyền|[UuỦủ][yỷ]\s+quyền|giao)\s+cho\s+(?P<who>[^:;]{3,120}?)"
    r"(?:\s+(?:thực\s+hiện|giải\s+quyết|quyết\s+định)(?![^\W_])[^:;]*)?\s*[:.]?\s*$", re.I)


_MORE_LEVELS_RE = re.compile(r"(?:\s*(?:,|và|hoặc)\s*cấp\s+(?:tỉnh|huyện|xã|trung\s+ương|cơ\s+sở|thành\s+phố))+\s*[.:]?\s*$", re.I)


_RELATIVE_HEAD = r"(?:các\s+)?(?:đơn\s+vị|cơ\s+quan|tổ\s+chức|cá\s+nhân|người|bộ\s+phận)\s+được\s+(?:giao|phân\s+công|cử|chỉ\s+định)\s"
_RELATIVE_PAIR_RE = re.compile(rf"(?P<a>{_RELATIVE_HEAD}.+?)\s+và\s+(?P<b>{_RELATIVE_HEAD}.+)", re.I)


# a lead-in that announces a speaker's opinion or conclusions: the verb of speaking ends it, before
# 'như sau:' / 'sau đây:' or the bare colon
SPEAKER_INTRO_RE = re.compile(
    r"\S\s+(?:(?:đã\s+)?có\s+ý\s+kiến(?:\s+(?:chỉ\s+đạo|kết\s+luận))?|(?:đã\s+)?kết\s+luận(?:\s+chỉ\s+đạo)?|"
    r"phát\s+biểu(?:\s+(?:chỉ\s+đạo|kết\s+luận))?)(?:\s+(?:như\s+sau|sau\s+đây|một\s+số\s+(?:nội\s+dung|ý\s+kiến)(?:\s+sau)?))?\s*:\s*$",
    re.I)


def heading_offices(text: str, gaz: Gazetteer) -> list[OfficeRole]:
    """Offices when a heading/intro is (almost) nothing but office names ('5. Bộ Nội vụ',
    'Giao Sở X:', 'a) Trưởng các điểm thi có trách nhiệm', '4. Đối với các trường ...'), or
    when it is a title saying whose duties or powers are listed below it.

    Why the titles: decrees, circulars and provincial decisions give each body an article,
    'Điều 9. Trách nhiệm của X', and list X's duties as bare verbs under it; the holder is
    often a regulated party or a collective the gazetteer does not hold whole ('cơ quan, đơn
    vị có tài khoản truy cập', 'các Bộ, ngành, địa phương, doanh nghiệp nhà nước'), or is
    narrowed by a topic ('... về bảo hiểm xã hội').  The title names it all the same."""
    t = text.strip()
    if SPEAKER_INTRO_RE.search(t):
        # ('Bộ trưởng Hoàng Tuấn Anh có ý kiến chỉ đạo như sau:', 'Phó Chủ tịch UBND tỉnh Hoàng Văn
        # Thắng kết luận như sau:', 'Bộ Công Thương có ý kiến như sau:'): the lead-in names who speaks,
        # not whom the items are for; each item names its own body ('1- Giao Văn phòng Bộ ...')
        return []
    holder = duty_holder(t)
    if holder is not None:
        # (office28, extract/dutyholders.py) 'Trưởng phòng phải thực hiện đầy đủ chế độ thông tin báo cáo gồm:',
        # '..., Chánh Văn phòng còn phải thực hiện các nhiệm vụ sau đây:': the holder of the duties listed below,
        # named as the holder of 'X có trách nhiệm:' is, or as written when it is a post
        roles = heading_offices(holder + " có trách nhiệm:", gaz)
        if roles:
            return roles
        if post_as_written(holder):
            return [OfficeRole(holder, "lead", holder, "structure")]
    if re.search(r"(?<![^\W_])(?:có|chịu)\s+trách\s+nhiệm\s*$", t):
        # ('Đơn vị được phân công làm đầu mối ... có trách nhiệm' over a) b) c)): the duty frame of
        # a heading over items is a lead-in, its colon left out as printed
        last = re.split(r"(?<=[.!?])\s+(?=[A-ZĐ])", t)[-1]
        # ('2.6. Tăng cường trách nhiệm ... . Đơn vị được phân công ... có trách nhiệm'): a title
        # that states its aim first; the sentence with the frame names the holder
        roles = heading_offices(last + ":", gaz)
        if roles:
            return roles
    roles = _named_heading_offices(text, gaz) or public_heading_roles(text)  # (points21, extract/publicheading.py)
    if roles:
        return roles
    body = re.sub(r"^\s*Điều\s+\d+[a-zđ]?\s*[.:]\s*", "", text.strip())
    handed = _HANDED_TITLE_RE.match(body)
    if handed and not re.match(r"\s*(?:Giao|Phân|[UỦ][yỷ])", body):
        who = _TITLE_TOPIC_RE.sub("", handed.group("who")).strip(" ,.")
        return _named_heading_offices(who, gaz) or _party_as_written(who)
    title = _DUTY_TITLE_RE.match(body)
    if title and sum(c.isupper() for c in body) <= 0.6 * max(1, sum(c.isalpha() for c in body)):
        who = _TITLE_TOPIC_RE.sub("", title.group("who")).strip(" ,.")
        if who != title.group("who").strip(" ,."):
            roles = _named_heading_offices(who, gaz)
            if roles:
                return roles
        return _party_as_written(who)
    return []


def _party_as_written(who: str) -> list[OfficeRole]:
    """A duty title's holder taken as written, when its words open on a body's or a party's head
    ('cơ quan', 'tổ chức', 'người', 'doanh nghiệp', 'các Bộ, ngành', 'Ủy ban nhân dân ...')."""
    if not who or len(who.split()) > 24 or not (BODY_HEAD_RE.match(who) or REGULATED_PARTY_RE.match(who)):
        return []
    return [OfficeRole(display_name(who), "lead", who, "structure")]


def _named_heading_offices(text: str, gaz: Gazetteer) -> list[OfficeRole]:
    t = re.sub(r"^\s*(?:Giao\s+cho|Giao|Phân\s+công(?:\s+cho)?|(?:Phân\s+cấp|Phân\s+quyền|[UỦ][yỷ]\s+quyền)\s+cho|Đề\s+nghị|(?:Yêu\s+cầu|Trách\s+nhiệm|Nhiệm\s+vụ)(?:\s+chung)?(?:\s+(?:của|đối\s+với))?|Đối\s+với)\s+", "", text.strip())
    t = re.sub(r"\s*(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)?\s*[:.]?\s*$", "", t)
    if t != text.strip() and re.match(r"\s*(?:Giao|Phân\s+công|Phân\s+cấp|Phân\s+quyền|[UỦ][yỷ]\s+quyền|Đề\s+nghị|Yêu\s+cầu)\s", text):
        # '2. Đề nghị Ủy ban nhân dân xã phối hợp' over '-' duties: a request's bare role verb
        # ('phối hợp', 'thực hiện', 'tham gia') names no duty of its own, the items below do
        t = re.sub(r"\s+(?:phối\s+hợp|thực\s+hiện|tham\s+gia|triển\s+khai(?:\s+thực\s+hiện)?|chủ\s+trì)$", "", t)
    if t != text.strip() and re.match(r"\s*(?:Giao|Phân\s+công|Phân\s+cấp|Phân\s+quyền|[UỦ][yỷ]\s+quyền)\s", text):
        # 'Điều 4. Phân cấp cho Sở Y tế thực hiện một số nhiệm vụ, quyền hạn sau', 'Giao Sở X thực
        # hiện các nhiệm vụ sau:': the heading assigns the duties listed below to the body it names
        t = re.sub(r"\s+(?:thực\s+hiện|có|với)\s+(?:(?:một\s+số|các|những)\s+)?nhiệm\s+vụ(?:\s*,?\s*(?:và\s+)?quyền\s+hạn)?"
                   r"(?:\s+cụ\s+thể)?(?:\s+như)?(?:\s+sau(?:\s+đây)?)?$", "", t)
    # 'Các nội dung cần lưu ý khi chủ đầu tư triển khai:', 'Những yêu cầu đối với người khai hải
    # quan:': a heading that lists what its body must do names that body
    dm = re.match(r"(?:(?:Các|Một\s+số|Những)\s+)?(?:nội\s+dung|vấn\s+đề|điểm|yêu\s+cầu|lưu\s+ý)"
                  r"(?:\s+cần\s+(?:lưu\s+ý|chú\s+ý|thực\s+hiện))?\s+(?:khi|đối\s+với|của)\s+(?P<who>.+?)"
                  r"(?:\s+(?:triển\s+khai|thực\s+hiện)(?:\s+[^:]{0,40})?)?$", t, re.I)
    if dm:
        t = dm.group("who")
    held = _UPPER_DUTIES_RE.match(text.strip())
    if held and held.group("who") == held.group("who").upper():
        # 'II. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'TRÁCH NHIỆM CỦA SỞ Y TẾ': an
        # upper-case title that says whose duties follow names their holder (the items under it
        # start with the verb: 'Chủ trì, phối hợp với ...', 'Xây dựng ...'); the body is named
        # as the gazetteer writes it, not in capitals
        who = held.group("who").strip()
        found = gaz.find(who, fuzzy=False)
        rest = who
        for m in found:
            rest = rest.replace(who[m.start:m.end], " ", 1)
        if found and not re.sub(r"[\s,;.:\-–()]|\bVÀ\b|\bCÁC\b", "", rest):
            return [OfficeRole(_cased(m.canonical), "lead", who[m.start:m.end], "structure") for m in found]
    if sum(c.isupper() for c in t) > 0.6 * max(1, sum(c.isalpha() for c in t)):
        return []  # an upper-case section title ('HỘI NGHỊ CHÍNH TRONG THÁNG') names no office
    local = LOCAL_HEADING_RE.fullmatch(t.strip())
    if local and len(t.split()) <= 16:
        # '3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội', '2. Các tổ chức thành viên
        # của MTTQ xã', '5. Ban công tác Mặt trận các thôn trên địa bàn xã': a commune's post or
        # Front body heads the duties below it; its field or place is part of the name
        w = re.sub(r"\s+", " ", t.strip())
        return [OfficeRole(w[:1].upper() + w[1:], "lead", t.strip(), "structure")]
    # '1. Ngân hàng Nhà nước chi nhánh tỉnh', 'Văn phòng Đăng ký đất đai Chi nhánh huyện X': a branch
    # ('chi nhánh') belongs to the body named before it; the heading names that one branch
    br = re.fullmatch(r"(?P<org>.+?)\s+(?P<br>[Cc]hi\s+nhánh(?:\s+[^,;:()]{1,50})?)", t.strip())
    if br:
        org = split_office_list(br.group("org"), gaz)
        if len(org) == 1 and org[0][1] == br.group("org").strip():
            return [OfficeRole(f"{org[0][0]} {br.group('br')}", "lead", t.strip(), "structure")]
    rel = _RELATIVE_PAIR_RE.fullmatch(t.strip(" ,;:."))
    if rel and DUTY_LEAD_IN_RE.search(text):
        # 'Đơn vị được phân công làm đầu mối ... và đơn vị được phân công chủ trì, chịu trách nhiệm
        # đối với ... có trách nhiệm:': two bodies named by what they were assigned, each with its
        # clause (whose commas and verbs are the clause's, not a list's)
        return [OfficeRole(display_name(rel.group(g)), "lead", rel.group(g), "structure") for g in ("a", "b")]
    parts = split_office_list(t, gaz)
    t = re.sub(r"\s+có\s+(?:các\s+)?nhiệm\s+vụ(?:\s+sau(?:\s+đây)?)?$", "", t)
    cond = re.match(r"(?:Trường\s+hợp|Khi|Nếu|Người|Đối\s+với)\s[^:]{3,160}?\s+thì\s+(?P<who>[^:]+)$", t, re.I)
    if cond and DUTY_LEAD_IN_RE.search(text):
        # 'Người khi hy sinh đang thuộc quân đội, công an quản lý thì Bộ Quốc phòng, Bộ Công an chịu
        # trách nhiệm:': the condition names the case, the bodies after 'thì' take the duties
        t = cond.group("who")
        parts = split_office_list(t, gaz)
    if not parts and DUTY_LEAD_IN_RE.search(text) and len(t.split()) <= 24 \
            and (BODY_HEAD_RE.match(t) or REGULATED_PARTY_RE.match(t)) \
            and not re.match(r"(?:tổ\s+chức\s+)?(?:thực\s+hiện|thi\s+hành|triển\s+khai)(?![^\W_])", t, re.I):
        # ('Tổ chức quản lý quỹ có trách nhiệm:': before 'có trách nhiệm' a head that is also a
        # verb names a party; the duty needs a subject)
        # 'Người tham gia bán hàng đa cấp có trách nhiệm:', 'Tổ chức quản lý bất động sản có trách
        # nhiệm:', 'Cơ quan đại diện phần vốn ... có trách nhiệm:': the duty frame names its subject,
        # whatever words the name is made of (a regulated party outside any list of offices)
        return [OfficeRole(display_name(t.strip(" ,;:")), "lead", t.strip(), "structure")]
    if not parts:
        return []
    # '1. Các sở, ban, ngành tỉnh', 'Thủ trưởng các sở, ban, ngành thành phố, Chủ tịch UBND quận,
    # huyện': the level that follows a collective ('tỉnh', 'thành phố', 'cấp tỉnh') is part of its
    # name, not a word the heading adds
    level = re.compile(r"\s+(?:cấp\s+)?(?:tỉnh|thành\s+phố|trung\s+ương)(?=\s*(?:[,;:.]|$|\s+và\s))")
    grown = []
    for name, written in parts:
        k = t.find(written)
        lm = level.match(t, k + len(written)) if k >= 0 and written.casefold().startswith(("các ", "thủ trưởng các ", "giám đốc các ", "lãnh đạo các ")) else None
        grown.append((name, t[k:lm.end()]) if lm else (name, written))
    parts = grown
    lv = _MORE_LEVELS_RE.search(t)
    if lv and parts and t[:lv.start()].rstrip().endswith(parts[-1][1]) and re.search(r"cấp\s+\S+$", parts[-1][1]):
        # '2. Liên đoàn lao động cấp huyện, cấp tỉnh', 'Công an cấp tỉnh, cấp xã': one body named at
        # several levels; the further levels are part of that name, not left-over words
        name, written = parts[-1]
        parts[-1] = (name + t[lv.start():].rstrip(" .:"), written + t[lv.start():].rstrip(" .:"))
    rest = t
    # '1. Các Bộ: Y tế, Công Thương, Nông nghiệp và Môi trường': one head word for a list of
    # fields; the parts are written 'Bộ Y tế', ..., so the head and each field are taken out
    shared = re.match(r"\s*(?:các\s+)?(Bộ|Sở|Phòng|Ban)\s*:\s*", t, re.I)
    if shared:
        head = shared.group(1).casefold()
        rest = t[shared.end():]
        for _name, written in parts:
            field = re.sub(rf"^(?i:{head})\s+", "", written)
            rest = rest.replace(field, " ", 1)
    for _name, written in parts:
        rest = rest.replace(written, " ", 1)
    if re.sub(r"[\s,;.:\-–()]|\bvà\b|\bcác\b", "", rest):
        # 'Yêu cầu đối với các tổ chức, cá nhân được cấp giấy phép khai thác, thu hồi khoáng sản':
        # a collective ('tổ chức, cá nhân', 'doanh nghiệp', 'đơn vị') narrowed by a relative
        # clause is still the title's body; it is named with its clause, as written
        last = parts[-1][1]
        tail = t[t.find(last) + len(last):] if last in t else ""
        if len(parts) == 1 and t.startswith(last) and _QUALIFIER_RE.match(tail) and not re.search(r"[;:]", tail):
            return [OfficeRole(parts[0][0], "lead", t.strip(), "structure")]
        # '6. Đảng uỷ các bộ, ngành thuộc Đảng uỷ Chính phủ', 'Các đơn vị trực thuộc Sở': the body
        # of a heading narrowed by the body it belongs to is one office, named as written
        sub = re.fullmatch(r"\s+(?:trực\s+)?thuộc\s+(?P<of>[^,;:]+)", tail)
        if sub and t.startswith(parts[0][1]) and split_office_list(sub.group("of"), gaz):
            tail_n = re.sub(r"\s+", " ", tail.strip())
            # (the gazetteer's name may hold the qualifier already: 'Các đơn vị thuộc Bộ Tư pháp')
            own = parts[0][0] if parts[0][0].casefold().endswith(tail_n.casefold()) else parts[0][0] + " " + tail_n
            return [OfficeRole(own if len(parts) == 1 else t.strip(), "lead", t.strip(), "structure")]
        return _qualified_parts(t, parts)
    return [OfficeRole(name, "lead", written, "structure") for name, written in parts]


# what narrows a collective to the ones meant: 'thuộc xã', 'trực thuộc Sở', 'đứng chân trên địa bàn
# xã', 'đóng trên địa bàn', 'trên địa bàn huyện', 'tại các thôn', 'ở cơ sở'
_NARROWING_RE = re.compile(r"\s*(?:(?:trực\s+)?thuộc|đứng\s+chân|đóng\s+(?:chân|quân|trên)|trên\s+địa\s+bàn|tại|ở)(?![^\W_])[^,;:()]{1,60}$", re.I)


_NAME_WORD_RE = re.compile(r"(?<![^\W_])[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]\S*")  # ('thuộc Phòng': a name, not the verb 'phòng')


def _qualified_parts(t: str, parts: list[tuple[str, str]]) -> list[OfficeRole]:
    """Several bodies in a heading, each narrowed by where it belongs ('1. Đề nghị các cơ quan,
    đơn vị thuộc xã và cơ quan, đơn vị đứng chân trên địa bàn xã', '2. Các trường học trực
    thuộc Phòng và các trường tư thục trên địa bàn huyện'): each body is named with its own
    qualifier, as written, up to the 'và' or ';' before the next one.  Only when every word
    left over belongs to such a qualifier; else the heading is more than its bodies ([])."""
    if len(parts) < 2:
        return []
    out: list[OfficeRole] = []
    pos = 0
    spans = []
    for name, written in parts:
        k = t.find(written, pos)
        if k < 0:
            return []
        spans.append((k, k + len(written), name))
        pos = k + len(written)
    if re.sub(r"[\s,;:.]", "", t[:spans[0][0]]):
        return []
    for n, (a, b, name) in enumerate(spans):
        nxt = spans[n + 1][0] if n + 1 < len(spans) else len(t)
        gap = t[b:nxt]
        tail = re.sub(r"(?:\s*(?:,|;)\s*|\s+)(?:và\s+)?$", "", gap) if n + 1 < len(spans) else gap.rstrip(" .:;")
        if tail.strip() and (not _NARROWING_RE.fullmatch(tail) or VERB_ANY_RE.search(_NAME_WORD_RE.sub(" ", re.sub(r"^\s*trực\s+thuộc", "", tail)))):
            return []  # (a verb in the tail: 'các cơ quan thuộc xã tổ chức treo cờ' is a duty, not a name)
        written = re.sub(r"\s+", " ", t[a:b] + tail).strip()
        out.append(OfficeRole(display_name(written) if tail.strip() else name, "lead", written, "structure"))
    return out


# an upper-case title over a body's duties: 'NHIỆM VỤ CHỦ YẾU CỦA BỘ ...', 'TRÁCH NHIỆM CỦA SỞ Y TẾ'
# (a collective, 'NHIỆM VỤ CỦA CÁC BỘ, NGÀNH', is APPENDIX_DUTIES_RE's: it holds only the items
# that name no body of their own)
_UPPER_DUTIES_RE = re.compile(
    r"^(?:NHIỆM\s+VỤ|TRÁCH\s+NHIỆM)(?:\s+(?:CHỦ\s+YẾU|CỤ\s+THỂ|TRỌNG\s+TÂM|CHÍNH))?\s+CỦA\s+"
    r"(?P<who>(?!CÁC\s|NHỮNG\s).{3,80}?)\s*[:.]?\s*$")


_MARKED_VOWEL_RE = re.compile(r"[ÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ]")


def _cased(canonical: str) -> str:
    """A body found in an upper-case title, named as the gazetteer writes it; the words the
    gazetteer took over from the title ('Ban Chỉ huy Quân sự HUYỆN') go to lower case, the
    abbreviations without a marked vowel ('UBND', 'HĐND') stay."""
    return re.sub(r"(?<![^\W_])[^\W\d_]{2,}(?![^\W_])",
                  lambda m: m.group(0).lower() if m.group(0).isupper() and _MARKED_VOWEL_RE.search(m.group(0)) else m.group(0),
                  canonical)


IMPERSONAL_INTRO_RE = re.compile(r"^(?:[^:]{0,80},\s*)?(?:cần|phải)\s+(?:lưu\s+ý|chú\s+ý|thực\s+hiện)[^:]{0,40}:\s*$", re.I)
# 'Các bộ, ngành, UBND tỉnh tổ chức thực hiện các nhiệm vụ của Đề án ... .' + 'Cụ thể:' + '- Phối hợp
# với Bộ X ...;' + '- Bố trí kinh phí ...': a directive names its subject and then spells out the
# duties with a bare 'Cụ thể:' ('Cụ thể như sau:', 'Cụ thể là:', 'Gồm:'), which has no subject of
# its own; the duties listed below it are still that subject's.  Printed as the next sentence of
# the same item, or as a line of its own, it hands the lead of the sentence before it down.
DETAIL_INTRO_RE = re.compile(r"^(?:cụ\s+thể(?:\s+(?:là|như\s+sau|gồm))?|như\s+sau|gồm(?:\s+(?:các|những)\s+(?:nội\s+dung|nhiệm\s+vụ|việc)(?:\s+sau(?:\s+đây)?)?)?)\s*:\s*$", re.I)


CHU_TRI_RE = re.compile(r"(?<![^\W_])chủ\s+trì(?![^\W_])(?!\s+(?:hội\s+nghị|cuộc\s+họp|buổi))", re.I)


# the words a heading that only names who leads and who supports holds besides the bodies
_ROLE_WORDS_RE = re.compile(r"(?<![^\W_])(?:chủ\s+trì|phối\s+hợp(?:\s+với)?|cùng(?:\s+với)?|và|thực\s+hiện|triển\s+khai)(?![^\W_])", re.I)


def lead_heading_roles(text: str, gaz: Gazetteer) -> list[OfficeRole]:
    """(office32) '1. Sở Công Thương chủ trì, phối hợp với các sở, ngành, địa phương, đơn vị liên quan' over 'a) ...',
    'b) ...' (unseen25 ev5, a Chỉ thị's items retold): an item heading, printed without a colon, that names only the
    body that leads and its partners gives both to the items below it, as 'Giao X chủ trì, phối hợp với Y:' does; the
    lead-in over the whole list (whose addressees are every body of the letter) gives way to it.  Nothing is read
    when the heading holds any word besides the bodies and their role words (a duty of its own, a topic)."""
    t = text.strip().rstrip(" .:")
    if not CHU_TRI_RE.search(t):
        return []
    own = [r for r in roles_in_sentence(t, gaz) if r.role in ("lead", "support")]
    if not any(r.role == "lead" for r in own):
        return []
    rest = t
    for r in own:
        w = r.text or r.office
        k = rest.casefold().find(w.casefold())
        if k < 0:
            return []
        rest = rest[:k] + " " + rest[k + len(w):]
    if re.search(r"[^\W\d_]", _ROLE_WORDS_RE.sub(" ", rest)):
        return []
    return own


def _previous_leads(classified: list[Classified], tasks: dict[int, Task], i: int, b: Block) -> list[OfficeRole]:
    """The inline leads of the task right before sentence ``i`` in the same section, with the
    partners it names when its lead 'chủ trì' ('Giao Sở Y tế chủ trì, phối hợp với Sở Giáo dục và
    Đào tạo, UBND các huyện thực hiện Kế hoạch này. Cụ thể:': the items below are the Sở's, with
    the same partners)."""
    for j in range(i - 1, max(-1, i - 4), -1):
        c = classified[j]
        if c.kind == "heading":
            return []
        t = tasks.get(j)
        if c.kind == "task" and t is not None:
            if not (c.sentence.block.path == b.path or c.sentence.block.path.startswith(b.path + " > ")):
                return []
            leads = [OfficeRole(r.office, "lead", r.text, "structure") for r in t.offices if r.role == "lead" and r.source == "inline"]
            if leads and CHU_TRI_RE.search(t.text):
                leads += [OfficeRole(r.office, "support", r.text, "structure") for r in t.offices
                          if r.role == "support" and r.source == "inline"]
            return leads
    return []


# a relative clause that narrows a collective body: 'được cấp giấy phép ...', 'đang hoạt động ...',
# 'có hoạt động ...', 'khai thác khoáng sản', 'tham gia ...', 'trên địa bàn ...'
_QUALIFIER_RE = re.compile(
    r"\s+(?:được|đang|có\s+(?:hoạt\s+động|liên\s+quan)|hoạt\s+động|khai\s+thác|sản\s+xuất|kinh\s+doanh|tham\s+gia|"
    r"sử\s+dụng|liên\s+quan|trên\s+địa\s+bàn)(?![^\W_])", re.I)


def merge_roles(own: list[OfficeRole], extra: list[OfficeRole]) -> list[OfficeRole]:
    out: list[OfficeRole] = []
    have: set[str] = set()
    for r in [*own, *extra]:
        if office_key(r.office) not in have:
            out.append(r)
            have.add(office_key(r.office))
    return out


def apply_groups(classified: list[Classified], tasks: dict[int, Task], gaz: Gazetteer,
                 year: int | None) -> list[Anomaly]:
    """Fill offices/deadlines that come from notes, attribute lines, headings and meetings.

    ``tasks`` maps the index of a classified sentence to its Task."""
    anomalies: list[Anomaly] = []
    # every numbered item label per list parent, for 'item 12 does not exist'
    items_in_list: dict[str, set[str]] = {}
    for c in classified:
        b = c.sentence.block
        if b.label and b.style in ITEM_STYLES:
            items_in_list.setdefault(_list_parent(b), set()).add(b.label)

    scopes: list[Scope] = []
    pending_attr: list[Task] = []
    attr_group_open = False
    pending_items: list[tuple[str, list[Task], Block]] = []  # (label, tasks, block) not yet covered by a note
    pending_parent: str | None = None
    noted: dict[tuple[str, str], str] = {}  # (list parent, item label) -> office that covered it
    pending_bullets: list[tuple[str, list[Task], Block]] = []  # '-' bullets not yet covered, numbered by position
    bullet_parent: str | None = None
    bullet_no = 0
    last_was_bullet = False  # was the last task a '-' bullet (a note then speaks of bullets)
    last_heading_path = ""
    # (a news post's dateline under its title is the day it was posted, due day of nothing)
    dateline = lone_dateline([c.sentence.text for c in classified])

    for i, c in enumerate(classified):
        s, b = c.sentence, c.sentence.block
        scopes = [sc for sc in scopes if sc.covers(b)]
        if c.kind != "attribute" and attr_group_open:
            pending_attr = []
            attr_group_open = False

        if c.kind in ("heading", "intro"):
            pending_attr = []
            if b.label and b.style not in (None, "bullet"):
                last_heading_path = b.path
            roles = heading_offices(s.text, gaz)
            if not roles and c.kind == "heading" and b.label and b.style not in (None, "bullet"):
                roles = lead_heading_roles(s.text, gaz)
            title = APPENDIX_DUTIES_RE.match(s.text.strip())
            if not roles and title and b.label is None:
                # an appendix titled 'NHIỆM VỤ CỦA CÁC BỘ, NGÀNH, ĐỊA PHƯƠNG': the bodies it names
                # hold every item below that names no body of its own (gold c1, Phụ lục I)
                own = [OfficeRole(n, "lead", w, "structure") for n, w in split_office_list(title.group(1).casefold(), gaz)]
                if own and all(r.office.casefold().startswith("các ") for r in own):
                    scopes.append(Scope(b, own, subtree=True))
                    continue
            detail = c.kind == "intro" and (b.kind == "para" or s.index > 0) and bool(DETAIL_INTRO_RE.match(s.text.strip())) \
                and bool(_previous_leads(classified, tasks, i, b))
            impersonal = detail or c.kind == "intro" and b.kind == "para" and bool(IMPERSONAL_INTRO_RE.search(s.text)) \
                and bool(_previous_leads(classified, tasks, i, b))
            if not impersonal and (not roles and c.kind == "intro" and b.kind != "para" or not roles and c.kind == "intro" and scopes):
                # 'Chủ trì phối hợp với các đơn vị liên quan ..., cụ thể:' under an office
                # heading: the heading's office leads, the partners support, for the list below
                # (the innermost heading's: a lead-in over the whole letter, 'Thủ tướng yêu cầu
                # các bộ, ngành, địa phương ... sau đây:', gives way to '4. Ủy ban nhân dân các tỉnh')
                inherited = next((list(sc.roles) for sc in reversed(scopes) if sc.roles), [])
                own = [r for r in roles_in_sentence(s.text, gaz) if r.role != "report-to"]
                if inherited or any(r.role == "lead" for r in own):
                    roles = merge_roles(inherited if not any(r.role == "lead" for r in own) else [], own)
            if not roles and c.kind == "intro" and (re.match(r"\s*Giao\s+(?:cho\s+)?", s.text)
                                                    or CHU_TRI_RE.search(s.text) and LIST_INTRO_RE.search(s.text)):
                # 'Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND xã Tân Lập:' over a
                # list: the lead and its partners hold each item of it; so do the body that 'chủ trì'
                # and its partners of a lead-in that names them as its subject ('Ban Quản lý các khu
                # công nghiệp chủ trì, phối hợp với các Sở, ngành ... thực hiện các nhiệm vụ sau:',
                # 'UBND tỉnh giao Sở Y tế chủ trì, phối hợp với ... triển khai các nội dung sau:')
                own = [r for r in roles_in_sentence(s.text, gaz) if r.role != "report-to"]
                if any(r.role == "lead" for r in own):
                    roles = own
            sc = Scope(b, roles, directed=bool(DIRECTED_INTRO_RE.search(s.text)))
            if roles and c.kind == "intro" and b.kind == "para" and b.label is None:
                # 'Giao Phòng Nông nghiệp và PTNT:' as a paragraph of its own under '1. Về sản xuất
                # nông nghiệp', then a), b), c): the lead-in hands its body the list below it (an
                # intro ends with ':', so the items are its own), up to the next heading
                sc.subtree = True
            if not roles and c.kind == "intro" and b.kind == "para" and not scopes:
                # 'Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện
                # một số công việc sau:', '..., các ngành, các cấp cần thực hiện tốt những việc cụ
                # thể sau đây:' (a paragraph, no label): the bodies asked, or made the subject of a
                # duty, are the offices of the items that follow in its section (gold README: a
                # lead-in naming the addressees).  Not a lead-in where the issuer only announces
                # what it does ('Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:').
                # Without 'sau:' ('Do vậy, ..., Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố
                # trực thuộc Trung ương:', 'Để ..., Sở Y tế yêu cầu các bệnh viện:'), only a lead-in
                # that ends on the bodies it asks hands them the items below, however long the
                # grounds before it.
                listed = bool(LIST_INTRO_RE.search(s.text) or ADDRESSEE_INTRO_RE.search(s.text))
                read = roles_in_sentence(s.text, gaz) if listed else []
                own = [OfficeRole(r.office, "lead", r.text, "lead-in") for r in read
                       if r.role == "lead" and _addressed(s.text, r.text)]
                # (office31) their qualifier is printed in this lead-in ('yêu cầu các Tổ chức, cá nhân hoạt động
                # khoáng sản trên địa bàn tỉnh Lào Cai thực hiện ... sau:'), as lead_in_addressees' own
                own = keep_qualifier(own, s.text, ("lead-in",), find=lambda t: gaz.find(t, fuzzy=False))
                # (office40) 'đề nghị X phối hợp với Y thực hiện ... như sau:': the partners hold the points too
                own = own + lead_in_partners(s.text, own, read)
                if not own:
                    own = lead_in_addressees(s.text, gaz, to_colon=not listed)
                if not own and listed:
                    # ('Theo đó thì thời gian quy định cho các cơ quan, đơn vị, địa phương xây dựng
                    # kế hoạch và báo cáo ... cụ thể như sau:'): the bodies a due-time lead-in names
                    own = due_time_doers(s.text, gaz)
                if not own and listed and BODIES_FOCUS_RE.search(s.text):
                    # ('Ban Chỉ huy ... các ngành, các cấp, Thủ trưởng các sở, ban, ngành tỉnh, Chủ
                    # tịch UBND các huyện ... tập trung thực hiện một số công việc sau:' in a Chỉ thị):
                    # bodies told to concentrate on the work listed are its addressees; several
                    # bodies, or a plural one, are never the issuer announcing its own plan
                    leads = [OfficeRole(r.office, "lead", r.text, "lead-in") for r in roles_in_sentence(s.text, gaz) if r.role == "lead"]
                    if len(leads) >= 2 or leads and re.match(r"(?:các|những)\s", leads[0].office, re.I):
                        own = leads
                if own:
                    sc = Scope(b, own, subtree=True)
                    roles = own
            if MEETING_RE.search(s.text):
                # ('Thực hiện Thông báo số 424/TB-VPCP ngày 14/8/2026 ... tại cuộc họp với Bộ X,
                # Bộ X hướng dẫn ...:' dates a cited document, not a meeting of this letter's items)
                cited = [(a, e) for a, e, *_ in find_references(s.text)]
                dates = [h for h in find_dates(s.text, year, cited) if h.date and not h.date.day == 1 or h.date and re.search(r"\d{1,2}\s*/\s*\d", h.text)]
                days = [h for h in dates if re.search(r"ngày|\d{1,2}\s*/\s*\d{1,2}\s*/", h.text, re.I)]
                # 'Hội nghị lần thứ 15 (tháng 01/2023)': a meeting set for a month holds its
                # agenda by the month's end
                months = [h for h in dates if re.match(r"tháng\s+\d{1,2}\s*(?:/|năm)\s*(?:19|20)\d\d", h.text.strip(), re.I)
                          and not period_names_meeting(s.text, h.start, h.end)]  # ('Nghị quyết phiên họp thường kỳ tháng 7 năm 2025': a name)
                if days or months:
                    h = (days or months)[-1]
                    sc.meeting_date, sc.meeting_text = h.date, h.text.strip()
            elif c.kind == "heading" and b.label is not None and b.style in ITEM_STYLES and year \
                    and PERIOD_HEADING_RE.match(s.text.strip()):
                # '1. Quý III/2026' over '- Rà soát ...', '- Tổ chức ...': a plan grouped by period;
                # the items of the heading are due by the period's end, as under a month heading
                dl = find_deadline(s.text.strip().rstrip(":"), year, attribute=True)
                if dl and dl.date:
                    sc.meeting_date, sc.meeting_text = dl.date, s.text.strip().rstrip(":")
            elif c.kind == "heading" and b.label is None and year and PERIOD_HEADING_RE.match(s.text.strip()) \
                    and not MONTH_HEADING_RE.match(s.text.strip()):
                # the same period printed as a line of its own ('Quý IV/2026', '6 tháng cuối năm'):
                # it heads the items that follow, up to the next such heading
                dl = find_deadline(s.text.strip().rstrip(":"), year, attribute=True)
                if dl and dl.date:
                    sc.meeting_date, sc.meeting_text, sc.subtree, sc.period = dl.date, s.text.strip().rstrip(":"), True, True
                    if b.path != last_heading_path and " > " in b.path:
                        sc.root = _list_parent(b)
                    scopes = [x for x in scopes if not x.period]
            elif c.kind == "heading" and (b.label is None or b.style == "bullet") and year and (
                    (m := MONTH_HEADING_RE.match(s.text.strip()))
                    or (DAY_HEADING_RE.match(s.text.strip()) or day_line(s.text)) and not dateline):
                # 'Tháng 3' over the items of an annual programme, 'THỨ HAI (13/11)' over those of a
                # weekly schedule: they are due in that month, on that day
                when = None
                if m:
                    mo, yy = int(m.group(1)), int(m.group(2) or year)
                    hits = find_dates(f"trong tháng {mo}/{yy}", year) if 1 <= mo <= 12 else []
                    when = hits[0].date if hits else None
                else:
                    # ('* THỨ BẢY 11/01/2025 (nhằm 12/12 ÂL)': the lunar date is not the day)
                    days = [h for h in find_dates(without_lunar(s.text), year) if h.date and re.search(r"\d{1,2}\s*/\s*\d{1,2}|ngày", h.text)]
                    when = days[-1].date if days else None
                    if weekday_contradicts(s.text, when):
                        when = None  # (the year read for it puts the day on another weekday)
                if when:
                    sc.meeting_date, sc.meeting_text, sc.subtree, sc.period = when, s.text.strip(), True, True
                    # ('Tháng 6' printed after item 2 reads as part of it: it heads the items
                    # of the list that follow, so it covers that list's section)
                    if b.path != last_heading_path and " > " in b.path:
                        sc.root = _list_parent(b)
                    scopes = [x for x in scopes if not x.period]
            elif (pm := PHASE_HEADING_RE.match(s.text.strip())) and not sc.meeting_date:
                # 'Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:', '2.1. Đợt 1: Trong tháng
                # 12/2025': a plan carried out in rounds lists each round's work under it, due by
                # the round's end ('Đợt 3: Sau ngày bầu cử 15/3/2026' and '... đến ngày bầu cử'
                # set no end)
                when = pm.group("when")
                dl = None if re.match(r"\s*(?:sau|kể\s+từ|bắt\s+đầu\s+từ)(?![^\W_])", when, re.I) else \
                    find_deadline(when, year, attribute=True)
                if dl is not None and dl.date:
                    sc.meeting_date, sc.meeting_text = dl.date, dl.text
                    if b.label is None or b.style == "bullet":
                        sc.subtree, sc.period = True, True
                        scopes = [x for x in scopes if not x.period]
            if not sc.meeting_date and c.kind == "intro" and year:
                lead_in = _lead_in_deadline(classified, i, year)
                if lead_in is not None:
                    sc.meeting_date, sc.meeting_text, sc.items_only = lead_in[0], lead_in[1], True
                    if lead_in[3] is not None:
                        sc.items_block = lead_in[3]
                    elif b.label is None and b.kind == "para":
                        sc.subtree = True
                    elif b.style == "bullet":
                        sc.marker = lead_in[2]
            if not roles and c.kind == "intro" and (b.kind == "para" and IMPERSONAL_INTRO_RE.search(s.text) or detail):
                # 'Để thuận tiện cho tra cứu, cần lưu ý như sau:' after 'Cơ quan Thuế các cấp thực
                # hiện ...': an intro without a subject goes on with the duty of the body the
                # sentence before it named, for the items that follow in its section (also under a
                # letter's lead-in naming several addressees: the nearer body is the one meant)
                prev = _previous_leads(classified, tasks, i, b)
                if prev:
                    roles = prev
                    sc = Scope(b, prev, subtree=True)
            if roles and b.style == "bullet" and not sc.subtree:
                nxt = next((d.sentence.block for d in classified[i + 1:] if d.sentence.block is not b), None)
                if nxt is not None and nxt.style == "bullet" and nxt.path == b.path and nxt.label != b.label:
                    sc.marker = b.label
            if roles or sc.meeting_date:
                scopes.append(sc)
            continue

        if c.kind == "assignment":
            if not attr_group_open:
                pending_attr = _own_item(pending_attr, b)
            attr_group_open = True
            line = re.sub(r"^[-–+*•]\s*", "", s.text)
            roles = roles_in_assignment(re.sub(r"^\s*Giao\s+(?:cho\s+)?", "", line), gaz)
            targets = pending_attr
            if s.index > 0 and b.label and b.style in ITEM_STYLES:
                # a sentence of a numbered item ('2. Rà soát ... . Giao Phòng Kinh tế chủ trì, hoàn
                # thành trong tháng 10.') assigns that item, not the items before it
                targets = [t for t in pending_attr if t.line_start >= b.line_start]
            dl = find_deadline(line, year)
            for t in targets:
                t.offices = merge_roles(roles, [r for r in t.offices if r.role == "report-to"])
                if dl and dl.date and t.deadline is None:
                    t.deadline, t.deadline_time, t.deadline_text = dl.date, dl.time, dl.text
                if dl and dl.recurrence and not t.recurrence:
                    t.recurrence = dl.recurrence
            continue

        if c.kind == "attribute" and c.reason == "time intro":
            # the latest date of the list that follows is when the work above must be done
            attr_group_open = True
            items = []
            for d in classified[i + 1:]:
                if d.kind != "attribute" or d.reason != "time list":
                    break
                items.append(d.sentence.text)
            dates = [h.date for h in find_dates(" ; ".join(items), year) if h.date]
            if dates:
                last = max(dates)
                for t in pending_attr:
                    # a sentence with a subject of its own is a duty of its own
                    if t.deadline is None and not any(r.source == "inline" and r.role == "lead" for r in t.offices):
                        t.deadline, t.deadline_text = last, s.text.rstrip(":")
            continue
        if c.kind == "attribute" and c.reason == "time sentence" and s.block.style == "bullet":
            # ('1. ... .' + '- Thời hạn hoàn thành trước ngày ...': the item has a sub-line of its
            # own, so the attribute lines of a later item do not reach back to it)
            attr_group_open = True
            continue
        if c.kind == "attribute" and c.reason in ("time list", "meeting time", "time sentence"):
            continue  # (a time sentence was given to its task by extract_tasks)

        if c.kind == "attribute":
            if not attr_group_open:
                pending_attr = _own_item(pending_attr, b)  # (once a group: its first line decides)
            attr_group_open = True
            for key, value in _attributes(s.text):
                k = key.casefold()
                if LEAD_KEY_RE.match(k):
                    # (source 'attribute': a lead the row names outright, '- Đơn vị chủ trì: X', which
                    # a row opening 'Phối hợp ...' does not demote)
                    roles = [OfficeRole(r.office, r.role, r.text, "attribute", r.canonical) if r.role == "lead" else r
                             for r in roles_in_assignment(value, gaz)]
                    for t in pending_attr:
                        # (a row whose work is to act with partners keeps them: '6.2. Phối hợp với Ủy
                        # ban bầu cử xã, Thường trực HĐND xã ... chuẩn bị hội nghị tập huấn' + '- Đơn
                        # vị chủ trì: X'; a partner clause later in the row ('...; phối hợp với các
                        # ngành liên quan ...') gives way to the row's own partner line, gold 02)
                        t.offices = merge_roles([r for r in roles], [r for r in t.offices if r.role == "report-to"
                                                                     or r.role == "support" and r.source == "inline"
                                                                     and re.match(r"\s*Phối\s+(?:kết\s+)?hợp(?:\s+chặt\s+chẽ)?\s+với", t.text, re.I)])
                elif SUPPORT_KEY_RE.match(k):
                    roles = [OfficeRole(r.office, "support", r.text, "structure") for r in roles_in_assignment(value, gaz)]
                    for t in pending_attr:
                        t.offices = merge_roles(t.offices, roles)
                elif re.match(r"thời (gian|hạn|điểm)|tiến độ|hạn ", k):
                    if not value.strip():
                        # 'Thời gian dự kiến:' and the dates in the schedule table below it
                        value = " ".join(d.sentence.text for d in classified[i + 1:i + 30]
                                         if d.kind == "skip" and d.sentence.text.lstrip().startswith("|"))
                        value = " ".join(re.findall(r"\d{1,2}/\d{1,2}/(?:19|20)\d\d", value))
                        value = f"ngày {max(value.split(), key=_dmy)}" if value else ""
                    dl = find_deadline(value, year, attribute=True)
                    only = _rieng_scope(value)
                    per_task = _clause_deadlines(value, pending_attr, year)
                    for t in pending_attr:
                        if per_task is not None:
                            cdl = per_task.get(t.id)
                            if cdl and t.deadline is None and cdl.date:
                                t.deadline, t.deadline_time, t.deadline_text = cdl.date, cdl.time, cdl.text
                            if dl and dl.recurrence and not t.recurrence:
                                t.recurrence = dl.recurrence
                            continue
                        if dl and dl.date and only and _overlap(only, t.text) < 0.6:
                            if dl.recurrence and not t.recurrence:
                                t.recurrence = dl.recurrence
                            continue  # 'riêng việc X hoàn thành ...': the date is X's only
                        if dl and t.deadline is None:
                            t.deadline, t.deadline_time = dl.date, dl.time
                            t.deadline_text = dl.text
                        if dl and dl.recurrence and not t.recurrence:
                            t.recurrence = dl.recurrence
            continue

        task = tasks.get(i)
        note_text = None
        if c.kind == "note" and c.reason in ("entry note", "entry leader"):
            continue  # (given to its schedule entry by extract_tasks)
        if c.kind == "note":
            note_text = s.text
        elif task is not None:
            pending_attr.append(task)
            if b.label and b.style in ITEM_STYLES and s.index == 0:
                # '2 - Sở X có trách nhiệm.' (a lead-in printed with a full stop): the item names
                # nothing but its bodies, so they are the offices of the bullets under it
                own = heading_offices(s.text, gaz)
                if own:
                    scopes.append(Scope(b, own))
                else:
                    # '1. Bộ X chủ trì, phối hợp với ... tổ chức thực hiện Đề án; ...' over '- Ban hành
                    # ...', '- Theo dõi ...': the bullets under an item whose sentence opens with its
                    # body go on listing that body's duties (its partners stay with the item)
                    opener = [r for r in task.offices if r.role == "lead" and r.source == "inline"
                              and re.sub(r"^\s*", "", s.text).casefold().startswith(r.text.casefold())]
                    if opener:
                        scopes.append(Scope(b, [OfficeRole(r.office, "lead", r.text, "structure") for r in opener],
                                            bullets_only=True))
            # item bookkeeping for notes; '-' bullets are counted by position, apart from the
            # numbered items ('... chuẩn bị nội dung 1, 2' after the two bullets of a meeting)
            last_was_bullet = b.style == "bullet" and bool(b.path)
            if last_was_bullet:
                if b.path != bullet_parent:
                    pending_bullets, bullet_parent, bullet_no = [], b.path, 0
                if pending_bullets and pending_bullets[-1][2] is b:
                    pending_bullets[-1][1].append(task)
                else:
                    bullet_no += 1
                    pending_bullets.append((str(bullet_no), [task], b))
            elif b.label and b.style in ITEM_STYLES:
                parent = _list_parent(b)
                if parent != pending_parent:
                    pending_items, pending_parent = [], parent
                if pending_items and pending_items[-1][2] is b:
                    pending_items[-1][1].append(task)
                else:
                    pending_items.append((b.label, [task], b))
            # heading offices and meeting dates
            # the innermost scope that names offices gives them
            for sc in reversed(scopes):
                if sc.roles:
                    if (any(x.directed for x in scopes) or _under_directing_item(classified, i)) and not _own_subject(task):
                        # under 'Chỉ đạo X:' an item is X's duty: whom X asks ('Yêu cầu đơn vị thi
                        # công ...') and X's partners are the directed side, not offices (gold
                        # README: the rule of 'Chỉ đạo X' applied to any directing body)
                        task.offices = merge_roles(sc.roles, [r for r in task.offices if r.role == "report-to"])
                    elif sc.subtree and asks_own_staff(task.text) and any(r.source == "lead-in" for r in sc.roles):
                        # (points22, extract/staffasks.py) 'Yêu cầu cán bộ, công chức, viên chức ... và người dân
                        # không tham gia ...' under a lead-in's addressees: their duty, whom they ask not listed
                        task.offices = merge_roles(sc.roles, [r for r in task.offices if r.role == "report-to"])
                    elif not any(r.role == "lead" and r.source != "co-lead" for r in task.offices):
                        task.offices = merge_roles(sc.roles, task.offices)
                    elif (not sc.subtree or _DIRECTS_RE.match(task.text)) and _asked_leads(task, _party_scope(sc.roles)):
                        # (under a lead-in too, 'Chỉ đạo X chủ trì ...' is the addressee's duty:
                        # the lead-in's bodies direct X; 'Yêu cầu / Đề nghị X' there may be the
                        # issuer's own request and keeps its X)
                        # '2. Sở X' + '- Yêu cầu các đơn vị khai thác lắp đặt ...': under a heading
                        # that names the assignee, the item is the Sở's demand on the units it
                        # manages; they are the directed side, the heading's office acts
                        asked = _asked_leads(task, _party_scope(sc.roles))
                        task.offices = merge_roles(sc.roles, [r for r in task.offices if r not in asked])
                    break
            for sc in reversed(scopes):
                if sc.meeting_date:
                    if task.deadline is None:
                        task.deadline, task.deadline_text = sc.meeting_date, sc.meeting_text
                    break
            if note_of(s.text) and c.reason != "schedule entry":
                # (a schedule entry's bracket names who prepares it: extract_tasks adds that body
                # beside the leader who goes)
                note_text = note_of(s.text).group(0)
        if note_text and last_was_bullet and pending_bullets:
            # a note after (or closing) bullets assigns those bullets
            bullet_items = {bullet_parent: {lab for lab, _t, _b in pending_bullets}}
            anomalies += _apply_note(note_text, s.line_start, pending_bullets, bullet_parent, bullet_items, {}, gaz)
            covered = {id(t) for _l, ts, _b in pending_bullets for t in ts if any(r.source == "note" for r in t.offices)}
            pending_bullets = [p for p in pending_bullets if not any(id(t) in covered for t in p[1])]
        elif note_text:
            anomalies += _apply_note(note_text, s.line_start, pending_items, pending_parent or _list_parent(b),
                                     items_in_list, noted, gaz)
            covered = {id(t) for _l, ts, _b in pending_items for t in ts if any(r.source == "note" for r in t.offices)}
            pending_items = [p for p in pending_items if not any(id(t) in covered for t in p[1])]
    _date_meeting_work(classified, tasks, year)
    return anomalies


# ANNOTATION.md: "`deadline`: ISO date of the last day the work may be done, only when the text
# sets one for that task" and "Offices stated once for a group of items (...) apply to every task
# they cover": a lead-in that binds the work it lists to a date ('Trước ngày 30/6/2026, các bộ,
# ngành thực hiện các nội dung sau:', 'Các đơn vị hoàn thành các nội dung sau trước ngày 15/10:',
# 'Trong tháng 7/2025, UBND các xã tập trung:') sets that date for each item it lists, as a
# group's office is stated once; an item with a date of its own keeps it.  The date must bind
# the work: 'trước', 'chậm nhất', 'hạn', 'trong tháng/quý/năm', 'hoàn thành/xong ... (ngày)'.
# Not a horizon ('Đến năm 2030, phấn đấu ...:' -- "Not deadlines: ... plan horizons"), not a
# reported past ('Năm 2024, các đơn vị đã ...:', 'Ngày 15/3, UBND tỉnh đã tổ chức ...:').
LEAD_IN_BOUND_RE = re.compile(
    r"^(?:trước|chậm\s+nhất|muộn\s+nhất|hạn\s+chót|hạn|thời\s+hạn|trong\s+(?:tháng|quý|năm|(?:6|sáu|9|chín)\s+tháng)"
    r"|(?:hoàn\s+thành|xong)(?:\s+(?:trước|trong|chậm\s+nhất|vào))?)(?![^\W_])", re.I)
_PAST_RE = re.compile(r"(?<![^\W_])(?:đã|vừa\s+qua|qua\s+kiểm\s+tra|kết\s+quả)(?![^\W_])", re.I)
_HORIZON_RE = re.compile(r"(?<![^\W_])(?:đến|tới)\s+năm\s+(?:19|20)\d\d|tầm\s+nhìn|giai\s+đoạn(?![^\W_])", re.I)


_WORK_NOUN_BEFORE_RE = re.compile(
    r"(?<![^\W_])(?:nhiệm\s+vụ|công\s+việc|nội\s+dung|công\s+tác|hoạt\s+động)(?:\s+(?:trọng\s+tâm|chủ\s+yếu|chính|cụ\s+thể))?\s*$", re.I)


def _lead_in_deadline(classified: list[Classified], i: int, year: int) -> tuple | None:
    """(date, phrase, bullet mark of the items, the paragraph of items or None) when the lead-in
    ``classified[i]`` (a sentence ending with ':') binds the work it lists to a date, and list
    items (or a plain paragraph of items) follow it; else None."""
    s, b = classified[i].sentence, classified[i].sentence.block
    text = s.text.strip()
    if not text.endswith(":") or _PAST_RE.search(text) or _HORIZON_RE.search(text):
        return None
    masks = [(a, e) for a, e, *_ in find_references(text)]
    dl = find_deadline(text.rstrip(":"), year, masks)
    if dl is None or dl.date is None or dl.recurrence or not LEAD_IN_BOUND_RE.match(dl.text.strip()):
        # (leadtime33, extract/leadtime.py) 'Các hoạt động ... thực hiện từ ngày 26/8 đến 31/8/2018
        # được triển khai như sau:': the span of the work's doing, due by its last day
        when = activity_span_end(text.rstrip(":"), year, masks)
        if when is None:
            return None
    else:
        when = dl.date, dl.text.strip()
        at = text.find(dl.text.strip())
        if at > 0 and re.match(r"trong\s", dl.text.strip(), re.I) and _WORK_NOUN_BEFORE_RE.search(text[:at]):
            # ('Trường ... đề ra một số nhiệm vụ trọng tâm trong tháng 09/2020 như sau:'): a period right
            # after the noun of the list names which work (the month's plan, gold w8: its items carry no
            # date), as 'các ngày lễ trong Quý 1' names the occasions; a bound word ('trước ngày') still binds
            return None
    # the items: the next block must be a list item (a bullet of another mark under a bullet), or
    # (leadtime33) the one plain paragraph printed right after a plain paragraph's lead-in
    nxt = next((d.sentence.block for d in classified[i + 1:] if d.sentence.block is not b), None)
    if nxt is None or not nxt.label or not (nxt.style in ITEM_STYLES or nxt.style == "bullet"):
        para = paragraph_of_items(classified, i)
        return (*when, None, para) if para is not None else None
    if b.style == "bullet":
        if nxt.style != "bullet" or nxt.label == b.label or nxt.path != b.path:
            return None  # (items of the same mark: where the list ends is not printed)
    elif b.label and not nxt.path.startswith(b.path + " > ") and not (nxt.style == "bullet" and nxt.path == b.path):
        return None
    return *when, b.label, None


DAY_HEADING_RE = re.compile(r"^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)(?![^\W_])[\s,(:-]*(?:ngày\s*)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?\s*\)?\s*:?$", re.I)
# a heading that is only a period: 'Quý III/2026', 'Tháng 7 - 9/2026', 'Năm 2027', '6 tháng cuối
# năm 2026' (not 'Năm học 2026 - 2027', not a programme's 'Giai đoạn 2026 - 2030')
PERIOD_HEADING_RE = re.compile(
    r"^(?:(?:trong|từ)\s+)?(?:(?:quý\s+(?:IV|III|II|I|[1-4])|tháng\s+\d{1,2})(?:\s*(?:,|-|–|và|đến)\s*(?:quý\s+|tháng\s+)?(?:IV|III|II|I|\d{1,2}))*"
    r"\s*(?:/|năm)\s*(?:19|20)\d\d|năm\s+(?:19|20)\d\d|(?:6|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+(?:19|20)\d\d)?)\s*:?$", re.I)
# a round or step of a plan with its time: 'Đợt 1: Từ ngày ... đến ngày ...:', 'Đợt 2: Từ tháng 01
# đến ngày bầu cử 15/3/2026', 'Bước 2 (trước ngày 30/6/2024):' (group 'when')
PHASE_HEADING_RE = re.compile(r"^(?:Đợt|Bước)\s+(?:\d{1,2}|[IVX]{1,4}|một|hai|ba|bốn|năm|cuối)\s*[:.\-–(]\s*(?P<when>.{4,120}?)\s*\)?\s*:?$", re.I)
MONTH_HEADING_RE = re.compile(r"^tháng\s+(\d{1,2})(?:\s*(?:/|năm)\s*((?:19|20)\d\d))?\s*:?$", re.I)
PREPARE_OR_ATTEND_RE = re.compile(r"(?<![^\W_])(?:chuẩn\s+bị|(?:về\s+|tham\s+)?dự\s+(?:hội\s+nghị|cuộc\s+họp|họp|buổi))(?![^\W_])", re.I)


def _date_meeting_work(classified: list[Classified], tasks: dict[int, Task], year: int | None) -> None:
    """In a letter that convenes a meeting ('1. Nội dung: ...', '2. Thành phần: ...', '3. Thời
    gian, địa điểm: - Từ 7h30, ngày 9/9/2020: ...'), the meeting is when the work is due: the
    agenda items, and what is to be prepared for it or attended, take its (last) day."""
    times = [c.sentence.text for c in classified if c.kind == "attribute" and c.reason == "meeting time"]
    dates = [h.date for h in find_dates(" ; ".join(times), year) if h.date and re.search(r"\d{1,2}\s*/\s*\d{1,2}|ngày", h.text)]
    if not dates:
        return
    last = max(dates)
    agenda: str | None = None
    for i, c in enumerate(classified):
        s = c.sentence
        if s.index == 0 and s.block.label and s.block.style not in (None, "bullet"):
            agenda = s.block.path if AGENDA_HEAD_RE.match(s.text.strip()) else None
        task = tasks.get(i)
        if task is None or task.deadline is not None:
            continue
        if agenda and (s.block.path == agenda or s.block.path.startswith(agenda + " > ")) or PREPARE_OR_ATTEND_RE.search(s.text):
            task.deadline, task.deadline_text = last, "ngày họp"


_STOP = {"các", "và", "có", "liên", "quan", "việc", "thực", "hiện", "của", "cho", "về", "với", "trong", "số", "văn", "bản"}


def _rieng_scope(value: str) -> str | None:
    """'Thực hiện thường xuyên, riêng việc tuyên truyền, quán triệt Chỉ thị ... hoàn thành trong
    quý II/2020' -> 'tuyên truyền, quán triệt Chỉ thị ...' (the part the date is for); None
    when the exception is a time ('Riêng năm 2020 hoàn thành ...')."""
    m = re.search(r"\briêng\s+(?:việc|công\s+tác|nội\s+dung|đối\s+với)\s+(.+?)\s+(?:phải\s+)?(?:hoàn\s+thành|xong|trước|trong)\b", value, re.I)
    return m.group(1) if m else None


def _clause_deadlines(value: str, tasks: list[Task], year: int | None) -> dict | None:
    """'hoàn thành số hóa hồ sơ tồn trong 6 tháng đầu năm; số hóa hồ sơ mới thực hiện thường
    xuyên' for two tasks: each task takes the clause that speaks of it (most shared words),
    so only the first gets June 30.  None when the value is one clause or covers one task."""
    clauses = [c for c in re.split(r"\s*;\s*", value) if c.strip()]
    if len(clauses) < 2 or len(tasks) < 2:
        return None
    dls = [find_deadline(c, year, attribute=True) for c in clauses]
    if sum(1 for d in dls if d and d.date) != 1:
        return None
    words = [{w for w in re.findall(r"[^\W\d_]+", c.casefold()) if w not in _STOP} for c in clauses]
    out = {}
    for t in tasks:
        have = set(re.findall(r"[^\W\d_]+", t.text.casefold()))
        scores = [len(w & have) for w in words]
        best = max(range(len(clauses)), key=lambda i: (scores[i], -i))
        out[t.id] = dls[best]
    return out


def _overlap(part: str, text: str) -> float:
    words = {w for w in re.findall(r"[^\W\d_]+", part.casefold()) if w not in _STOP}
    have = set(re.findall(r"[^\W\d_]+", text.casefold()))
    return len(words & have) / len(words) if words else 0.0


def apply_item_references(tasks: list[Task]) -> None:
    """'Các sở, ban, ngành căn cứ vào các nội dung nhiệm vụ tại khoản 1, 3, 5, ...': the subject
    of such a sentence is responsible for the numbered items it names (added as leads to the
    tasks of those items that name no body of their own)."""
    for t in tasks:
        m = re.search(r"(?:tại|ở|theo|thuộc)\s+(?:các\s+)?(?:khoản|mục|điểm)\s+((?:\d+\s*(?:,|và)\s*)*\d+)", t.text, re.I)
        if not m:
            continue
        leads = [r for r in t.offices if r.role == "lead" and r.source == "inline"]
        if not leads:
            continue
        nums = set(re.findall(r"\d+", m.group(1)))
        for u in tasks:
            if u is t:
                continue
            first = next((p for p in u.section.split(" > ") if p.isdigit()), None)
            if first in nums and not any(r.role == "lead" and r.source == "inline" and r.office not in {x.office for x in leads} for r in u.offices) or first in nums and not u.offices:
                # the items named by number are more specific than a lead-in over all items
                kept = [r for r in u.offices if r.source != "lead-in"]
                u.offices = merge_roles([r for r in kept if r.role == "lead"], [OfficeRole(r.office, "lead", r.text, "reference") for r in leads]) + [r for r in kept if r.role != "lead"]


def _dmy(s: str) -> tuple[int, int, int]:
    d, m, y = (int(x) for x in s.split("/"))
    return y, m, d


def _own_item(pending: list[Task], b: Block) -> list[Task]:
    """The tasks an attribute line of block ``b`` covers: those of the numbered item it stands
    in, and those of earlier items that name no body of their own.  Why: in '1. Sở X chủ trì
    rà soát ... . 2. Xây dựng ... . - Thời gian: quý II/2026' the line under item 2 is item
    2's; item 1 has its own subject (or a heading's) and is a duty of its own (an item's sub-lines belong to it;
    a plan where only some items have them is common).  An earlier item without a subject
    ('1.1. Tổ chức nghiên cứu ...' then '1.2. ...' and one '- Cơ quan thực hiện:' block) is
    still covered by the block, as are tasks under one heading that share its path.
    (deadline18) A body an item has only from its list's lead-in ('Sở Y tế đề nghị các đơn vị thực
    hiện các nội dung sau:' / '1. Rà soát ...' / '2. Bố trí ...' / 'Thời gian thực hiện: trước ngày
    ...') is no subject of its own: every item shares it, and the line closing the list covers them
    all, as gold 02's '- Cơ quan thực hiện / - Thời gian thực hiện' block after 3.1-3.4 does."""
    if not b.path or not pending:
        return pending
    inside = [t for t in pending if t.section == b.path or t.section.startswith(b.path + " > ")]
    if not inside:
        # (deadline33) '3. Thời gian nhận bài dự thi: ...' after items 1-2: times its own activity
        return window_item_covers(pending, b) if is_numbered_time_item(b) else pending
    return [t for t in pending if t in inside or not any(r.role == "lead" and r.source != "lead-in" for r in t.offices)]


def _list_parent(b: Block) -> str:
    return b.path.rsplit(" > ", 1)[0] if " > " in b.path else ""


def _attributes(text: str) -> list[tuple[str, str]]:
    """'- Cơ quan thực hiện: X ... -Thời gian thực hiện: Y' -> [(key, value), ...]."""
    out = []
    for part in ATTR_SPLIT_RE.split(text):
        m = ATTRIBUTE_RE.match(part.strip())
        if m:
            out.append((re.sub(r"\s+", " ", m.group("key")), m.group("value").strip()))
    return out


def _apply_note(note: str, line: int, pending: list[tuple[str, list[Task], Block]], parent: str,
                items_in_list: dict[str, set[str]], noted: dict[tuple[str, str], str],
                gaz: Gazetteer) -> list[Anomaly]:
    m = note_of(note)
    if not m:
        return []
    inner = note.strip().rstrip(".").strip()[1:-1]
    parts = [p for p in re.split(r"\s*;\s*", inner) if p.strip()]
    if len(parts) > 1 and all(note_of(f"({p})") for p in parts):
        # '(Phòng Kinh tế chủ trì nội dung 2.1; Văn phòng HĐND và UBND xã chủ trì nội dung 2.2)':
        # one note per body, each for the items it names
        out: list[Anomaly] = []
        for p in parts:
            out += _apply_note(f"({p})", line, pending, parent, items_in_list, noted, gaz)
        return out
    body = m.group("body")
    nums = note_numbers(m.group("nums"))
    who = NOTE_VERB_RE.split(body, maxsplit=1)[0]
    lead_then = re.match(r"(.+?\schủ\s+trì\s*,?\s*phối\s+hợp(?:\s+với)?\s.+?)\s(?:chuẩn\s+bị|thực\s+hiện|trình|báo\s+cáo)\b", body, re.I)
    if lead_then:
        # '(Văn phòng Huyện ủy chủ trì, phối hợp với Đảng đoàn HĐND, ... chuẩn bị nội dung 1, 2)':
        # the lead and its partners
        who = lead_then.group(1)
    roles = [OfficeRole(r.office, r.role, r.text, "note") for r in roles_in_assignment(who, gaz)]
    if not roles:
        return []
    office = roles[0].office
    anomalies: list[Anomaly] = []
    existing = items_in_list.get(parent, set())
    pending_labels = [lab for lab, _t, _b in pending]
    named = list(nums)
    for n in named:
        if existing and n not in existing:
            anomalies.append(Anomaly("missing_item", f"item {n} is named in the note '{note.strip()}' but does not exist"
                                     f" (items: {', '.join(sorted(existing, key=_label_key))})", line))
        elif (parent, n) in noted and n not in pending_labels:
            anomalies.append(Anomaly("assigned_twice", f"item {n} is assigned twice ({noted[(parent, n)]}, then {office}"
                                     f" by the note '{note.strip()}')", line))
    if named and set(named) <= set(pending_labels):
        cover = [p for p in pending if p[0] in named]
    else:
        cover = list(pending)
        if named and cover:
            got = [p[0] for p in cover]
            if set(got) != set(named) and not anomalies:
                anomalies.append(Anomaly("note_mismatch", f"the note '{note.strip()}' names items {', '.join(named)}"
                                         f" but stands after items {', '.join(got)}: assigned by position", line))
    for lab, ts, _b in cover:
        noted[(parent, lab)] = office
        for t in ts:
            t.offices = merge_roles(roles, [r for r in t.offices if r.role != "lead" or r.source == "note"])
    return anomalies


def _label_key(s: str):
    return [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", s)]
