"""(tasks26) Points a news item or a notice gives without a cue: a plan's steps retold after the item
has told the plan issued, and ordinal points 'Thứ nhất, ...' (issue 5).

Two shapes the classifier read as more of the statement before them (or as the unread 'preamble
zone' of an unnumbered text), each counted on more than one real text:

- **A plan or letter told as issued, then its content as body + act.**  'Vừa qua, UBND tỉnh ban
  hành Kế hoạch số 3676/KH-UBND về việc ...' / 'Các xã, phường, thị trấn thực hiện việc rà soát ...'
  / 'Theo đó, trước ngày 10/11/2020, UBND các huyện, thành phố sẽ báo cáo ...'; 'Ban Thường trực
  UBMTTQVN tỉnh vừa triển khai kế hoạch ...' / 'Tùy vào tình hình thực tế của địa phương, Ủy ban Mặt
  trận các cấp trong tỉnh phát động ...'; 'Chủ tịch UBND Thành phố vừa ký ban hành Công văn số 6166
  ...' / 'Theo đó, các Sở, ban, ngành, UBND các xã, phường triển khai ...'.  Once the item has said
  that a plan or a letter was just issued, a sentence whose subject is a body and whose verb is an act,
  with no tense of its own ('đã', 'đang', 'vừa', 'được'), retells what the plan asks of that body.
  Before the issue is told the same sentence is as likely a report of what a body does.
- **Ordinal points.**  'UBND xã ... thông báo và yêu cầu ... thực hiện tốt một số nội dung sau:' /
  'Thứ nhất, thường xuyên theo dõi ...' / 'Thứ hai, Trạm Y tế xã phối hợp với các trường học ...';
  'Ban Bí thư yêu cầu ... tập trung thực hiện tốt 6 nhiệm vụ trọng tâm.' / 'Thứ hai, hoàn thành việc
  bổ sung ...'.  'Thứ nhất / hai / ba ...' and a comma is a list's label written in words; after a
  lead-in or a request the point it opens is one more duty when what follows opens on a verb of
  doing or on a body and its act.  (A weekday, 'Thứ hai, ngày 20/01/2025', opens on no verb.)
"""
from __future__ import annotations

import re
from functools import lru_cache

_DOC = (r"(?:kế\s+hoạch|công\s+văn|văn\s+bản|chỉ\s+thị|công\s+điện|quyết\s+định|thông\s+báo|hướng\s+dẫn|kết\s+luận|"
        r"chương\s+trình|nghị\s+quyết|đề\s+án|phương\s+án)")
_ISSUE = r"(?:ký\s+)?(?:ban\s+hành|triển\s+khai|có|gửi|phát\s+hành)"
# the issue told: 'X vừa / đã / mới (ký) ban hành | triển khai | có Kế hoạch ...', 'Vừa qua, X ban hành Kế hoạch ...'
PLAN_ISSUED_RE = re.compile(
    r"(?<![^\W_])(?:vừa|đã|mới)\s+" + _ISSUE + r"\s+" + _DOC + r"(?![^\W_])"
    r"|^(?:Vừa\s+qua|Mới\s+đây|Hôm\s+qua)\s*,[^.;:]{2,90}?\s" + _ISSUE + r"\s+" + _DOC + r"(?![^\W_])", re.I)
# what may stand before the step's body: the link to the plan, a condition, a day the step is due by
_STEP_OPENER_RE = re.compile(
    r"^(?:(?:Theo\s+đó|Theo\s+(?:kế\s+hoạch|công\s+văn|văn\s+bản)(?:\s+(?:này|trên|đó))?|Cụ\s+thể|Đồng\s+thời|Ngoài\s+ra)"
    r"|(?:Tùy|Tuỳ)\s+(?:vào|theo)\s[^,;:.]{2,100}"
    r"|(?:Trước|Chậm\s+nhất|Từ|Trong)\s+(?:ngày|tháng|quý|năm|thời\s+gian)\s[^,;:.]{1,60})\s*,\s*", re.I)
_TENSE_RE = re.compile(r"(?<![^\W_])(?:đã|đang|vừa|từng|được|bị|chưa)(?![^\W_])", re.I)
# (tasks36) 'đồng loạt' ('all at once') before the act too, now that it ends a body's name ('các đơn vị đồng loạt ra quân')
_MODAL_RE = re.compile(r"^(?:sẽ|cần|phải|tiếp\s+tục)\s+(?:đồng\s+loạt\s+)?|^đồng\s+loạt\s+", re.I)
# a verb of assent or decision states what the body decided, not a step it is to carry out ('Theo đó, Thường trực
# Tỉnh ủy đồng ý chủ trương hỗ trợ ...', development gold zv6: its task is the 'giao' that follows)
_ASSENT_RE = re.compile(r"(?<![^\W_])(?:đồng\s+ý|nhất\s+trí|thống\s+nhất|chấp\s+thuận|cho\s+phép|quyết\s+định|phê\s+duyệt|công\s+nhận)(?![^\W_])", re.I)
# a verb of being or composition describes the body, it asks nothing of it ('Ban chỉ đạo gồm có 20 thành viên, trong
# đó ông X làm Trưởng ban': a news item on a decision founding a committee, development gold eu6; the gazetteer may read
# 'gồm' into the body's name, so it is looked for in both, as the verbs of assent are)
_COMPOSED_RE = re.compile(r"(?<![^\W_])(?:bao\s+)?gồm(?![^\W_])", re.I)
_BEING_RE = re.compile(r"^(?:là|thuộc|có\s+(?:\d|tổng\s+số|trên\s+\d|gần\s+\d|khoảng|hơn\s+\d))(?![^\W_])", re.I)
# an ordinal written as a word, opening a point: 'Thứ nhất,', 'Thứ hai:'
ORDINAL_RE = re.compile(r"^Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s*[,:]\s*", re.I)
# the same as a fronted opener before a point's subject, for offices._OPENER ('Thứ hai, Trạm Y tế xã ...'),
# and a condition 'Tùy vào ...,' ('Tùy vào tình hình thực tế của địa phương, Ủy ban Mặt trận các cấp ...')
FRONTED_POINT_OPENER = r"Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?=\s*,)|T(?:ù|u)y\s+vào\s[^,;:.()]{2,100}(?=,)"
PLAN_STEP_REASON = "a step of the plan told issued"
ORDINAL_REASON = "an ordinal point"


def tells_plan_issued(text: str) -> bool:
    """Does the sentence tell that a plan or a letter was just issued ('... vừa triển khai kế hoạch ...')?"""
    return PLAN_ISSUED_RE.search(text) is not None


def _strip_openers(t: str) -> str:
    for _ in range(3):
        m = _STEP_OPENER_RE.match(t)
        if not m:
            break
        t = t[m.end():]
    return t


@lru_cache(maxsize=4096)
def _pyvi_first_is_verb(text: str) -> bool:
    """Does pyvi's tagger read the first word of ``text`` as a verb (False when pyvi is missing)?"""
    try:
        from pyvi import ViPosTagger, ViTokenizer
    except Exception:  # noqa: BLE001 - pyvi missing: no evidence
        return False
    toks, tags = ViPosTagger.postagging(ViTokenizer.tokenize(text[:80]))
    return len(tags) > 0 and str(tags[0]) == "V"


def _opens_on_act(t: str) -> bool:
    """Does ``t`` open on a verb of doing (the hand list, the gazette's item openings, its clause verbs,
    or a compound pyvi tags V)?"""
    from pipeline.extract.clauseverbs import _known_clause_verbs
    from pipeline.extract.tasks import DUTY_START_RE

    t = _MODAL_RE.sub("", t.lstrip(), count=1)
    if DUTY_START_RE.match(t):
        return True
    sylls = t.split()
    if len(sylls) >= 2 and " ".join(sylls[:2]).lower() in _known_clause_verbs():
        return True
    return len(sylls) >= 2 and _pyvi_first_is_verb(t)


def body_and_act(t: str, gaz) -> bool:
    """Does ``t`` (after a link, a condition or a due day) open on a body and its act, with no tense?"""
    from pipeline.extract.offices import subject_of

    if gaz is None:
        return False
    rest = _strip_openers(t)
    if not rest[:1].isupper():
        rest = rest[:1].upper() + rest[1:]
    subj = subject_of(rest, gaz)
    if not subj or subj[1] > 160 or not rest.casefold().startswith(subj[0].casefold()[:8]):
        return False
    if _TENSE_RE.search(rest[:subj[1]]):
        return False
    after = rest[subj[1]:].lstrip(" ,")
    if _TENSE_RE.match(after) or _BEING_RE.match(after) or _ASSENT_RE.search(rest[:subj[1]] + " " + after[:20]) \
            or _COMPOSED_RE.search(rest[max(0, subj[1] - 12):subj[1]] + " " + after[:12]):
        return False  # (the gazetteer may read the verb of assent into the body's name: look in both)
    return _opens_on_act(after)


def plan_step_after_issue(t: str, earlier: list, gaz) -> bool:
    """Is ``t`` a step of the plan the item told issued in one of the ``earlier`` classified sentences
    (a narrative of the same unnumbered text)?  See the module docstring."""
    if t.endswith(":") or len(t) > 600 or _TENSE_RE.search(t[:40]):
        return False
    told = any(c.kind == "narrative" and c.sentence.block.label is None and tells_plan_issued(c.sentence.text)
               for c in earlier)
    return told and body_and_act(t, gaz)


def ordinal_point(t: str, earlier: list, gaz) -> bool:
    """Is ``t`` a point opened by an ordinal word ('Thứ hai, Trạm Y tế xã phối hợp ...') after a lead-in
    or a request (one of the ``earlier`` classified sentences)?"""
    m = ORDINAL_RE.match(t)
    if not m or t.endswith(":"):
        return False
    if not any(c.kind in ("task", "intro") or c.sentence.text.rstrip().endswith(":") for c in earlier):
        return False
    rest = t[m.end():]
    if _TENSE_RE.match(rest):
        return False
    return _opens_on_act(rest) or body_and_act(rest[:1].upper() + rest[1:], gaz)


# (tasks29) the names toldsteps.py reads: the documents a plan or letter is issued as, and the act-opening test
DOC_NOUNS = _DOC
opens_on_act = _opens_on_act
