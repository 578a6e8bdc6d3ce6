"""What a reply or a report tells done is no duty now (issue 5).

One job, read in three places a text tells an act already taken (tasks23 merged points19's and tasks22's
``citizenreply`` with points20's ``pastacts``; measured side by side, see benchmarks/HISTORY.md):

1. (points19) the clause 'after receiving the report / the petition' places what follows after the citizen
   wrote: 'Sau khi nhận được phản ánh, UBND xã đã cử cán bộ kiểm tra ...', 'Ngay sau khi nhận được phản
   ánh, UBND xã chỉ đạo BCH Quân sự xã thực hiện phát quang ...' (``action_on_receipt``, any text).  Only
   what a citizen sends opens it (phản ánh, kiến nghị, đơn, thư, câu hỏi, ý kiến); 'Sau khi nhận được văn
   bản này, ...' opens a directive and is never matched.
2. (points20) an ask coordinated with the past verbs of the same clause shares their 'đã': 'UBND phường đã
   cử cán bộ đô thị xuống kiểm tra, nhắc nhở và yêu cầu người dân nhốt và xích lại ...' (``past_act_with_ask``,
   any text, unlabelled paragraphs).  'đã ban hành / có / gửi / ký văn bản ... yêu cầu' is the reported
   document's ask and is left to tasks._ISSUED_ASK_RE.
3. (tasks22, tasks23) an answer to the citizen who wrote ('Kính gửi: Quý Ông/Bà.', 'Vấn đề Ông/Bà phản ánh,
   UBND phường ... trả lời như sau:') is the body's account of what it did, with or without 'đã':
   'Ủy ban nhân dân xã lập biên bản yêu cầu hộ gia đình ... xử lý ...', 'Ngày 04/8/2025, UBND xã chỉ đạo
   Phòng Kinh tế kiểm tra ...', 'Tổ trật tự đô thị đã nhắc nhở và yêu cầu các hộ dân ...'
   (``told_in_answer``).  What it asks now stays for the other rules: a sentence that looks ahead before
   its ask ('sẽ', 'tiếp tục', 'thời gian tới', 'cần', 'phải'), asks the citizen ('đề nghị Ông/Bà ...') or
   has a clause opening on an ask with no subject ('...; yêu cầu Tổ dân phố 5 theo dõi').  Words that look
   ahead after the ask are what was asked then ('đã chỉ đạo hộ gia đình ... cần phải khắc phục ngay',
   'đã đề nghị 02 hộ gia đình di chuyển ... trước ngày 04/8/2025').

``reported_act`` is the one entry the classifier calls; it says which of the three it is.
"""
from __future__ import annotations

import re

# ----------------------------------------------------------------------------- shared words

# what looks ahead or turns to a duty now ('sạch sẽ' is clean, not 'will'; 'khẩn trương': an urgent ask is
# a duty now, 'UBND huyện đã kiểm tra thực tế tại các xã, yêu cầu các xã khẩn trương khắc phục ...' is a
# directive, test_fact15's convention)
_AHEAD_WORDS = (r"(?<!sạch\s)sẽ|hãy|(?<!hậu\s)cần(?!\s+thiết)|(?<!gặp\s)phải|tiếp\s+tục|khẩn\s+trương|"
                r"thời\s+gian\s+(?:tới|đến)|sắp\s+tới|từ\s+nay|trước\s+ngày|chậm\s+nhất|hạn\s+chót")
_AHEAD_RE = re.compile(rf"(?<![^\W_])(?:{_AHEAD_WORDS})(?![^\W_])", re.I)
_CUE_RE = re.compile(r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu|giao|chỉ\s+đạo)(?![^\W_])", re.I)

# ----------------------------------------------------------------------------- 1. on receipt

_ON_RECEIPT_RE = re.compile(
    r"^(?:Ngay\s+)?[Ss]au\s+khi\s+(?:tiếp\s+)?nhận\s+(?:được\s+)?(?:(?:nội\s+dung|thông\s+tin)\s+)?"
    r"(?:phản\s+ánh|kiến\s+nghị|đơn(?:\s+thư)?|thư|câu\s+hỏi|ý\s+kiến)(?![^\W_])(?!\s+(?:này|nêu\s+trên\s+của\s+UBND))"
    r"[^,;:.!?]{0,120},\s*\S", re.I)
_ASK_OR_AHEAD_RE = re.compile(r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu|(?<!hậu\s)cần(?!\s+thiết)|(?<!gặp\s)phải|(?<!sạch\s)sẽ|hãy)(?![^\W_])", re.I)


def action_on_receipt(t: str) -> bool:
    """(points19) ``t`` tells what a body did on receiving a citizen's report or petition (see 1. above)."""
    t = t.strip()
    m = _ON_RECEIPT_RE.match(t)
    return m is not None and not _ASK_OR_AHEAD_RE.search(t[m.end() - 1:])


# ----------------------------------------------------------------------------- 2. a past act with its ask

# subject (no comma, no verb cue), then the past marker and a verb that is not an issuance
_PAST_HEAD_RE = re.compile(
    r"^(?P<subj>[A-ZĐÀ-Ỹ][^,;:.()]{1,70}?)\s+(?:(?:cũng|vừa|đều)\s+)?đã\s+"
    r"(?!(?:ban\s+hành|có|gửi|ký|ra|được|chỉ\s+đạo|giao)(?![^\W_]))(?P<verb>[a-zà-ỹđ]+)", re.U)
# a directing cue coordinated with the verbs before it: ', yêu cầu' or ' và yêu cầu'
_COORD_ASK_RE = re.compile(r"(?:,|\svà)\s+(?:nhắc\s+nhở\s+(?:và\s+)?)?(?:yêu\s+cầu|đề\s+nghị)(?![^\W_])", re.I)
# a past act's rest turns to a duty now when it looks ahead or has a ';' (a new clause)
_PAST_AHEAD_RE = re.compile(rf"(?<![^\W_])(?:{_AHEAD_WORDS})(?![^\W_])|;", re.I)
# words a subject does not hold (a verb opening the sentence, a condition)
_NOT_SUBJECT_RE = re.compile(r"(?<![^\W_])(?:nếu|khi|trường\s+hợp|sau\s+khi|yêu\s+cầu|đề\s+nghị|giao|phải|cần)(?![^\W_])", re.I)


def past_act_with_ask(t: str) -> bool:
    """(points20) ``t`` tells an act already taken whose ask ('..., nhắc nhở và yêu cầu người dân ...') is
    part of that act (see 2. above)."""
    t = t.strip()
    m = _PAST_HEAD_RE.match(t)
    if not m or len(m.group("subj").split()) > 10 or _NOT_SUBJECT_RE.search(m.group("subj")):
        return False
    rest = t[m.start("verb"):]
    ask = _COORD_ASK_RE.search(rest)
    return ask is not None and not _PAST_AHEAD_RE.search(rest)


# ----------------------------------------------------------------------------- 3. an answer to a citizen

# the answer is addressed to the citizen who wrote, and to no one else: 'Kính gửi: Quý Ông/Bà.', 'Kính chào
# Ông/Bà.', 'Vấn đề quý Ông/Bà phản ánh, UBND phường ... xin thông báo kết quả ...'.  'Kính gửi: Ông (Bà)
# Hiệu trưởng các đơn vị trực thuộc.' addresses posts: a directive (yf9), never an answer.
_TO_CITIZEN_RE = re.compile(
    r"^(?:Kính\s+(?:gửi|chào)\s*:?\s*(?:quý\s+)?(?:Ông\s*/\s*Bà|Ông\s*\(\s*Bà\s*\)|Anh\s*/\s*Chị|công\s+dân)\s*[.,!;]?\s*$|"
    r"Vấn\s+đề\s+(?:(?:mà|của)\s+)?(?:quý\s+)?(?:Ông\s*/\s*Bà|Anh\s*/\s*Chị|công\s+dân)\s+(?:đã\s+)?phản\s+ánh)", re.I)
# the citizen asked in the answer ('đề nghị Ông/Bà liên hệ ...'): a request to the reader, never a report
_ASKS_READER_RE = re.compile(r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu)\s+(?:quý\s+)?(?:Ông\s*/\s*Bà|Anh\s*/\s*Chị|công\s+dân)(?![^\W_])", re.I)
# a clause after ';' that opens on the ask itself: the answer asks now ('...; yêu cầu Tổ dân phố 5 theo dõi').
# '...; Đồng thời, yêu cầu hộ dân cam kết ...' goes on with the act told before it (as tasks.PAST_COORD_CUE_RE
# reads 'đồng thời yêu cầu'): no new ask
_CLAUSE_ASKS_RE = re.compile(r"^\s*(?:đề\s+nghị|yêu\s+cầu|giao)(?![^\W_])", re.I)
# the answering body's own call to the public, now: a bare subject, then 'đề nghị / kêu gọi' and the residents
# ('UBND phường đề nghị bà con nhân dân nâng cao ý thức ...'; ek3).  An act told with its ask has a verb or 'đã'
# before the ask ('UBND xã đã đề nghị 02 hộ gia đình ...', '... lập biên bản yêu cầu hộ gia đình ...'): a report.
_CALLS_PUBLIC_RE = re.compile(
    r"^(?P<subj>(?:UBND|Ủy\s+ban\s+nhân\s+dân|Công\s+an|Ban\s+\S+)(?:\s+[^\s,;:]+){0,4}?)\s+"
    r"(?:đề\s+nghị|kêu\s+gọi|khuyến\s+cáo)\s+(?:toàn\s+thể\s+|các\s+|mọi\s+)?"
    r"(?:bà\s+con|người\s+dân|nhân\s+dân|quần\s+chúng|hộ\s+dân|hộ\s+gia\s+đình|tiểu\s+thương|cư\s+dân)(?![^\W_])", re.I)


def answers_a_citizen(opening: list[str]) -> bool:
    """(tasks22) The text opens as an answer to a citizen: one of its first sentences addresses the one
    who wrote and no one else ('Kính gửi: Quý Ông/Bà.', 'Kính chào Ông/Bà.', 'Vấn đề quý Ông/Bà phản ánh,
    ...')."""
    return any(_TO_CITIZEN_RE.match(t.strip()) for t in opening)


def told_in_answer(t: str) -> bool:
    """(tasks22, tasks23) In an answer to a citizen, ``t`` is the body's account of what it did, the asks it
    made included, with or without 'đã' (see 3. above)."""
    t = t.strip()
    if t.endswith(":") or _ASKS_READER_RE.search(t):
        return False
    called = _CALLS_PUBLIC_RE.match(t)
    if called and not re.search(r"(?<![^\W_])(?:đã|vừa)(?![^\W_])", called.group("subj")):
        return False  # the body calls on the residents now (ek3)
    clauses = t.split(";")
    if any(_CLAUSE_ASKS_RE.match(c) for c in clauses[1:]):
        return False  # '...; yêu cầu Tổ dân phố 5 theo dõi, báo cáo': an ask of its own, now
    first = clauses[0]
    cue = _CUE_RE.search(first)
    head = first[:cue.start()] if cue else first
    if _AHEAD_RE.search(head) or any(_AHEAD_RE.search(c) for c in clauses[1:]):
        return False  # the body's own commitment ('sẽ', 'tiếp tục', 'thời gian tới'): the other rules read it
    if cue is not None and not head.strip(" ,"):
        return False  # the sentence opens on the ask: the answer asks now
    return True


# ----------------------------------------------------------------------------- the entry


def reported_act(t: str, *, in_answer: bool, labelled: bool) -> str | None:
    """Why ``t`` tells an act already taken (a reason for the classifier's log), or None.  ``in_answer``: the
    text answers a citizen (``answers_a_citizen``); ``labelled``: the sentence's paragraph carries an item
    label (a past act is read in running paragraphs only)."""
    if action_on_receipt(t):
        return "action taken on a report"
    if not labelled and past_act_with_ask(t):
        return "past act"
    if in_answer and told_in_answer(t):
        return "action taken on a report"
    return None
