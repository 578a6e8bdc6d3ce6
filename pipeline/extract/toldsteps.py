"""(tasks29) A plan or a drive told as steps, in a text that never asks; a topic-first step whose doer
follows 'do' (issue 5).

A portal or press item that retells a plan or a drive often states its steps plainly, with no ask verb
and no modal: 'UBND huyện Tháp Mười phát động tổng vệ sinh môi trường ...' / 'Các hoạt động chủ yếu của
đợt phát động là tất cả các cơ quan, ..., UBND các xã, thị trấn thường xuyên tổ chức vệ sinh ...' /
'Huy động lực lượng ...' / 'Bên cạnh đó, Phòng X là cơ quan đầu mối, chủ trì, đôn đốc ...'; 'Kế hoạch
... vừa được UBND huyện Cát Hải ban hành.' / 'Theo đó, UBND các xã, thị trấn, các cơ quan, đơn vị sẽ
chủ động triển khai ...'.  The classifier reads each such sentence as a statement, because nothing in
the text has directed yet (one 'phải' or 'cần' anywhere would turn the whole item into a directive,
measure26).  What tells a plan from a news report of what bodies did is the **text's frame**:

- the item names the issuer's plan or drive as what it retells: a plan issued ('X vừa ban hành Kế
  hoạch ...', retoldplan's reading, or the passive 'Kế hoạch ... vừa được X ban hành'), or a drive
  launched with no event told ('UBND huyện X phát động tổng vệ sinh ...', not 'tổ chức lễ phát động');
- and nothing after the frame is told done: no 'đã', 'đang', no speaker's report ('cho biết').  A
  report of what bodies did says 'đã' or quotes someone; a plan says what each body is to do.

Inside such a frame, three sentence shapes are steps: a body and its act (after 'Theo đó', 'Bên cạnh
đó', ..., and 'sẽ'); the plan's content told with a copula ('Các hoạt động ... của đợt phát động là
<bodies> <act>'), and a body named as the plan's focal point ('Phòng X là cơ quan đầu mối, chủ trì,
đôn đốc ...'); a subjectless act right after a step ('Huy động lực lượng ...', 'Ngoài ra còn kiểm tra
...'): one more duty of the same bodies.

**A topic-first step whose doer follows 'do'** ('Rác thải tại các xã ... vào các ngày từ 26/8 đến
31/8/2018, do Công ty Quản lý công trình công cộng Cát Hải tăng cường thu gom, vận chuyển, xử lý.'):
the object is fronted and the doer and its act stand after 'do'.  It is read as a step inside a told
frame or once the text has directed (a task before it), with no tense word; the office reader takes
'do X V' agents inside a task (office17).

(tasks30) Two more shapes: a step that names its plan itself, 'Theo kế hoạch, (<time>,) <body> (sẽ) <act>'
(``own_plan_step``: the plan in the sentence is its frame, no frame sentence needed), and inside a told frame a
step whose phase or time stands before its body ('Trong giai đoạn 1 từ ngày ..., lực lượng CSGT ... sẽ ...').

Only narrative sentences with a reason that says no cue was found are read again (as boundstep does);
'copula' is read again only for the plan-content shape.
"""
from __future__ import annotations

import re

from pipeline.extract.boundstep import REPORTED_RE
from pipeline.extract.retoldplan import DOC_NOUNS, body_and_act, opens_on_act, tells_plan_issued

TOLD_STEP_REASON = "a step of the plan or drive the text tells"
TOPIC_DOER_REASON = "a topic-first step whose doer follows 'do'"
OWN_PLAN_REASON = "a step that names its plan itself"
GOES_ON_REASON = "goes on with the directive before it"  # the classifier's reason for a subjectless follower
# the reasons that only say no cue was found (boundstep's list) and the copula, read for the plan-content shape
_REREAD_REASONS = frozenset({"", "preamble zone", "event report", "goes on with the statement before it",
                             "goes on with the report before it", "copula"})
_TENSE_RE = re.compile(r"(?<![^\W_])(?:đã|đang|vừa|từng|chưa|mới\s+đây)(?![^\W_])", re.I)


def plain_step_sentence(t: str, gaz) -> bool:
    """May the stripped sentence ``t`` be a body's plain step at all: the gazetteer is given, it is no
    label ending on ':', at most 600 characters, with no tense word and no speaker's report?  The one
    gate of the readers of steps told with no ask (drivesteps, futuresteps, phasesteps, theodosteps)."""
    return not (gaz is None or t.endswith(":") or len(t) > 600 or _TENSE_RE.search(t) or REPORTED_RE.search(t))
# the passive issue: 'Kế hoạch tổ chức ... , vừa được UBND huyện Cát Hải ban hành.'
_PASSIVE_ISSUE_RE = re.compile(
    r"^\s*" + DOC_NOUNS + r"(?![^\W_])[^.;:]{0,300}?(?<![^\W_])(?:vừa|mới)\s+được\s+[^.;:]{0,120}?"
    r"(?:ban\s+hành|phê\s+duyệt|triển\s+khai)(?![^\W_])", re.I)
# a drive launched: '(Nhằm ..., ) UBND huyện X phát động / ra quân <the drive>'
_DRIVE_RE = re.compile(r"(?<![^\W_])(?:phát\s+động|ra\s+quân)(?![^\W_])", re.I)
# the launcher's verb right after it ('UBND huyện X phát động ...', '... đồng loạt ra quân ...')
_DRIVE_OPENS_RE = re.compile(r"\s*(?:(?:tiếp\s+tục|đồng\s+loạt|chính\s+thức|tổ\s+chức)\s+)?(?:phát\s+động|ra\s+quân)(?![^\W_])", re.I)
# an event told, not a drive's frame: a ceremony, a meeting, the time of day it was held
_EVENT_RE = re.compile(r"(?<![^\W_])(?:lễ|buổi|hội\s+nghị|mít\s+tinh|tại\s+(?:hội\s+trường|trụ\s+sở)|"
                       r"sáng|chiều|tối|ngày\s+\d{1,2}\s*[/-]\s*\d{1,2})(?![^\W_])", re.I)
_PURPOSE_OPENER_RE = re.compile(r"^(?:Nhằm|Để|Với\s+mục\s+(?:đích|tiêu))\s[^.;:]{3,400}?,\s+(?=(?:UBND|Ủy|Uỷ|Ban|Sở|Phòng|Hội|Huyện|Tỉnh|Thành|Xã|Phường|Đảng|Trung|Công|Bộ|Các|Chủ)(?![^\W_]))")
# what stands before a step's body: links and additions ('Bên cạnh đó', 'Ngoài ra (còn)', 'Trong đó')
_LINK_RE = re.compile(r"^(?:(?:Theo\s+đó|Bên\s+cạnh\s+đó|Đồng\s+thời|Ngoài\s+ra|Cụ\s+thể|Trong\s+đó|Sau\s+đó)\s*,?\s*(?:còn\s+|cũng\s+)?)+", re.I)
# the plan's content told with a copula: 'Các hoạt động chủ yếu của đợt phát động là ...'
_CONTENT_IS_RE = re.compile(
    r"^(?:Các\s+|Những\s+)?(?:hoạt\s+động|nội\s+dung|nhiệm\s+vụ|công\s+việc|việc\s+làm)(?![^\W_])[^.;:]{0,120}?"
    r"(?<![^\W_])là\s+(?:tất\s+cả\s+)?", re.I)
# a body named as the plan's focal point, then its acts: 'Phòng X là cơ quan đầu mối, chủ trì, đôn đốc ...'
_FOCAL_RE = re.compile(r"\s*là\s+(?:cơ\s+quan|đơn\s+vị)\s+(?:đầu\s+mối|chủ\s+trì|thường\s+trực)\s*,?\s*", re.I)
# 'do <doer> <act>' after a fronted topic, the last such clause of the sentence
_DO_AGENT_RE = re.compile(r",\s+do\s+(?=\w)")


def tells_frame(text: str, gaz=None) -> bool:
    """Does the sentence name the issuer's plan or drive as what the text retells (a plan issued, actively
    or passively; a drive launched by a body that opens the sentence, with no event told)?  Without the
    gazetteer only the plan issued is read."""
    t = text.strip()
    if t.endswith(":") or len(t) > 600:
        return False
    if tells_plan_issued(t) or _PASSIVE_ISSUE_RE.match(t):
        return True
    core = _PURPOSE_OPENER_RE.sub("", t, count=1)
    if gaz is None or not _DRIVE_RE.search(core) or _EVENT_RE.search(core) \
            or re.search(r"(?<![^\W_])(?:đã|đang)(?![^\W_])", core, re.I):
        return False
    from pipeline.extract.offices import subject_of

    # ('Phát động nhân dân trồng cây ...' is a step of a drive, not its launch: the launcher is named first)
    subj = subject_of(core, gaz)
    return bool(subj) and core.casefold().startswith(subj[0].casefold()[:8]) \
        and bool(_DRIVE_OPENS_RE.match(core[subj[1]:]))


def _focal_step(t: str, gaz) -> bool:
    """'Phòng Tài nguyên và Môi trường huyện là cơ quan đầu mối, chủ trì, đôn đốc ...': a body, the focal
    role, then acts."""
    from pipeline.extract.offices import subject_of

    subj = subject_of(t, gaz)
    if not subj or not t.casefold().startswith(subj[0].casefold()[:8]):
        return False
    m = _FOCAL_RE.match(t[subj[1]:])
    return bool(m) and body_and_act(subj[0] + " " + t[subj[1] + m.end():], gaz)


def _opens_on_verb(t: str) -> bool:
    """Does ``t`` (after its links) open on a verb of doing, with no subject?"""
    from pipeline.extract.tasks import VERB_START_RE

    rest = _LINK_RE.sub("", t.strip(), count=1)
    return bool(VERB_START_RE.match(rest)) or opens_on_act(rest)


def told_step_kind(text: str, gaz, after_step: bool) -> str | None:
    """Is ``text`` a step of a told plan (see the module docstring)?  ``after_step``: the sentence before it
    was read as a step or a task, so a subjectless act goes on with it.  Returns the reason to classify it
    by: TOLD_STEP_REASON for a step naming its body (or the plan's content with its bodies), the
    classifier's own GOES_ON_REASON for a subjectless act (so its doers are carried from the step before,
    as for any directive's subjectless follower), None for no step."""
    t = text.strip()
    if t.endswith(":") or len(t) > 600 or _TENSE_RE.search(t) or REPORTED_RE.search(t):
        return None
    rest = _LINK_RE.sub("", t, count=1)
    if rest[:1].islower():
        rest = rest[:1].upper() + rest[1:]
    m = _CONTENT_IS_RE.match(rest)
    if m:
        rest = rest[m.end():]
        rest = rest[:1].upper() + rest[1:]
    if body_and_act(rest, gaz) or _focal_step(rest, gaz):
        return TOLD_STEP_REASON
    if not m and _after_time_leads(rest) != rest and body_and_act(_after_time_leads(rest), gaz):
        # (tasks30) the step's phase or time before its body: 'Trong giai đoạn 1 từ ngày 1 - 14.12.2019, lực lượng
        # CSGT trên toàn quốc sẽ tập trung xử lý ...'
        return TOLD_STEP_REASON
    return GOES_ON_REASON if after_step and not m and _opens_on_verb(t) else None


def topic_doer_step(text: str, gaz) -> bool:
    """'<topic> ..., do <body> <act> ...': does the clause after the last ', do ' open on a body and its act,
    with no tense word in the sentence?"""
    t = text.strip()
    if t.endswith(":") or len(t) > 600 or _TENSE_RE.search(t) or REPORTED_RE.search(t) or re.search(r"(?<![^\W_])được(?![^\W_])", t):
        return False
    found = list(_DO_AGENT_RE.finditer(t))
    return bool(found) and t[found[-1].end()].isupper() and body_and_act(t[found[-1].end():], gaz)


# (tasks30) a step that names its plan itself: 'Theo kế hoạch, <time>, <body> (sẽ) <act>'
_OWN_PLAN_RE = re.compile(
    r"^\s*(?:Cũng\s+)?[Tt]heo\s+(?:kế\s+hoạch|phương\s+án|lịch\s+trình)(?:\s+(?:này|đề\s+ra|của\s+[^,;:.]{2,80}))?\s*,\s*")
# a time or phase before the body: 'trong tối nay và rạng sáng ngày mai,', 'đến ngày 2/9,', 'trong giai đoạn 1 ...,'
_TIME_LEAD_RE = re.compile(
    r"^(?:trong|đến|từ|vào|sau|trước|tới|ngay|giai\s+đoạn|đợt|ngày|tháng|năm|quý|tuần|dịp|hằng|hàng)(?![^\W_])"
    r"(?:[^,;:.]|(?<=\d)\.(?=\d)){0,80},\s*", re.I)


def _after_time_leads(rest: str) -> str:
    """``rest`` after at most two leading time or phase phrases ('trong tối nay và rạng sáng ngày mai, ', 'Trong
    giai đoạn 1 từ ngày 1 - 14.12.2019, '), its first letter capitalised."""
    from pipeline.extract.periodsahead import period_ahead_lead_end

    for _ in range(2):
        lead = _TIME_LEAD_RE.match(rest)
        # (tasks47) a period to come the time leads miss: 'Thời gian tới, ', 'Những tháng cuối năm, '
        end = lead.end() if lead else period_ahead_lead_end(rest)
        if not end:
            break
        rest = rest[end:]
    return rest[:1].upper() + rest[1:] if rest else rest


def own_plan_step(text: str, gaz) -> bool:
    """'Theo kế hoạch, trong tối nay và rạng sáng ngày mai, lực lượng công an sẽ duy trì ...', 'Theo kế hoạch,
    đến ngày 2/9, phường X sẽ hoàn thành ...': a step that names the plan it belongs to, then (after at most two
    time or phase phrases) a body and its act (retoldplan.body_and_act), with no tense word and no speaker's
    report.  The plan the sentence names is its frame, so no frame sentence is needed (ff5's text is otherwise a
    report of what was done).  A bare 'các lực lượng' is no body to body_and_act, so pending fb4's 'Theo kế
    hoạch, các lực lượng phối hợp triển khai ...' stays unread; an event or a period as subject ('Theo kế
    hoạch, Đại hội ... sẽ được tổ chức ...', 'đợt cao điểm ...') is no step."""
    t = text.strip()
    m = _OWN_PLAN_RE.match(t)
    if not m or t.endswith(":") or len(t) > 600 or _TENSE_RE.search(t) or REPORTED_RE.search(t):
        return False
    rest = _after_time_leads(t[m.end():])
    return bool(rest) and body_and_act(rest, gaz)


def told_step_roles(text: str, reason: str, gaz, roles_in_sentence) -> list:
    """The doers of a step this module read, where the sentence's own reading names none: the bodies after
    the copula of the plan's content ('Các hoạt động ... là tất cả các cơ quan, ..., UBND các xã, thị trấn
    thường xuyên tổ chức ...') or after 'do' ('..., do Công ty X tăng cường thu gom ...'), read as a sentence
    of their own.  ``roles_in_sentence`` is the office reader, passed in as extract_tasks' other office helpers take it."""
    from pipeline.extract.phasesteps import phase_lead_end

    t = _LINK_RE.sub("", text.strip(), count=1)
    if reason == TOPIC_DOER_REASON:
        found = list(_DO_AGENT_RE.finditer(t))
        clause = t[found[-1].end():] if found else ""
    elif reason == TOLD_STEP_REASON and (m := _CONTENT_IS_RE.match(t)):
        clause = t[m.end():]
    elif reason == TOLD_STEP_REASON and (end := phase_lead_end(text.strip())):
        # (tasks36, phasesteps.py) the body behind a numbered phase and its window: 'Giai đoạn 2, từ ngày 1 - 31/3, ...'
        clause = text.strip()[end:]
    elif reason == "a step that names its drive as its time":
        # (tasks32, drivesteps.py) the body after the drive's opening: 'Sau ngày ra quân các cơ quan, ... tiếp tục ...'
        from pipeline.extract.drivesteps import drive_lead_end

        end = drive_lead_end(text.strip())
        clause = text.strip()[end:] if end else ""
    else:
        return []
    if not clause:
        return []
    clause = clause[:1].upper() + clause[1:]
    return [r for r in roles_in_sentence(clause, gaz) if r.role in ("lead", "support")]


def read_told_steps(classified: list, gaz) -> list:
    """``classified`` with each narrative sentence that is a step of a told plan or drive read as a task (see
    the module docstring), and each topic-first 'do X V' step once the text has directed or told its frame."""
    from pipeline.extract.drivesteps import DRIVE_STEP_REASON, drive_step
    from pipeline.extract.futuresteps import FUTURE_STEP_REASON, future_step
    from pipeline.extract.phasesteps import phase_step
    from pipeline.extract.plansteps import PLAN_STEP_REASON, plan_step, tells_programme
    from pipeline.extract.theodosteps import THEO_DO_REASON, theo_do_step
    from pipeline.extract.ownwork import retells_headline
    from pipeline.extract.tasks import Classified

    if gaz is None:
        return classified
    out: list = []
    frame_at: int | None = None
    directed = False
    programme_told = False  # (tasks39) a drive, plan or period to come named so far: plansteps' gate
    heading: str | None = None
    for k, c in enumerate(classified):
        s = c.sentence
        if c.kind == "heading":
            heading = s.text
        unlabelled = s.block.label is None and s.block.style is None
        if frame_at is None and c.kind == "narrative" and unlabelled and tells_frame(s.text, gaz):
            # the frame holds when nothing after it is told done or quoted
            later = [x.sentence.text for x in classified[k + 1:] if x.kind != "skip"]
            if not any(_TENSE_RE.search(x) or REPORTED_RE.search(x) for x in later):
                frame_at = k
        reread = c.kind == "narrative" and (c.reason or "") in _REREAD_REASONS and unlabelled
        if reread and c.reason != "copula" and (directed or frame_at is not None) and topic_doer_step(s.text, gaz):
            c = Classified(s, "task", TOPIC_DOER_REASON)
        elif reread and c.reason != "copula" and own_plan_step(s.text, gaz):
            c = Classified(s, "task", OWN_PLAN_REASON)  # (tasks30) 'Theo kế hoạch, X V ...'
        elif reread and c.reason != "copula" and drive_step(s.text, gaz):
            c = Classified(s, "task", DRIVE_STEP_REASON)  # (tasks32) 'Trong đợt cao điểm, X V ...'
        elif reread and c.reason != "copula" and phase_step(s.text, gaz):
            c = Classified(s, "task", TOLD_STEP_REASON)  # (tasks36) 'Giai đoạn 2, từ ..., X V ...': its phase the frame
        elif reread and frame_at is not None and k > frame_at \
                and (c.reason != "copula" or _CONTENT_IS_RE.match(_LINK_RE.sub("", s.text.strip(), count=1))):
            prev = out[-1] if out else None
            kind = told_step_kind(s.text, gaz, after_step=prev is not None and prev.kind == "task")
            if kind is not None:
                c = Classified(s, "task", kind)
        if reread and c.kind == "narrative" and c.reason != "copula" and future_step(s.text, gaz):
            # (tasks33) 'Bộ GD-ĐT sẽ tổ chức ...': no frame needed; after the frame's readings, so a told step keeps
            # its reason (and its window, drivesteps.read_step_window)
            c = Classified(s, "task", FUTURE_STEP_REASON)
        if reread and c.kind == "narrative" and c.reason != "copula" and theo_do_step(s.text, gaz):
            # (tasks36) 'Theo đó, các đơn vị, địa phương tập trung ...': the document just named is the frame; last, so
            # a told frame's or a future step's reading keeps its reason
            c = Classified(s, "task", THEO_DO_REASON)
        after_title = bool(out) and (out[-1].kind == "heading" or out[-1].reason == "post title")
        if reread and c.kind == "narrative" and c.reason != "copula" \
                and not (after_title and retells_headline(out[-1].sentence.text, s.text, gaz)) \
                and plan_step(s.text, gaz, programme_told, heading):
            # (a lead that retells its headline is the item's report, tests/test_tasks21.py: not a step; asked only of
            # a sentence the gate would otherwise read, not of every sentence)
            # (tasks39) a plan's own plain step in an item that never asks, through plansteps' gate; last of all
            c = Classified(s, "task", PLAN_STEP_REASON)
        programme_told = programme_told or tells_programme(s.text)
        if c.kind in ("task", "intro"):
            directed = True
        out.append(c)
    return out
