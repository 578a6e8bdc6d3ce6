"""(points20) A body's act already taken, an ask inside it (issue 5).

An answer to a resident or a news item tells what a body did: 'UBND phường đã cử cán bộ đô thị xuống
kiểm tra, nhắc nhở và yêu cầu người dân nhốt và xích lại ...', 'Lực lượng chức năng đã kiểm tra, yêu cầu
các cơ sở cam kết ...'.  tasks.DIRECTIVE_CUE_RE already reads 'đã yêu cầu ...' as the past; but a cue
coordinated with the past verbs of the same clause (after ',' or 'và') shares their 'đã' as well, just
as 'đồng thời yêu cầu' does (tasks.PAST_COORD_CUE_RE): the body asked then, and nobody is asked now.

Only the head of the main clause counts: a short subject with no verb, then '(cũng / vừa) đã' and a
verb that is not an issuing one ('đã ban hành / có / gửi / ký văn bản ... yêu cầu': that is the reported
document's ask, read by tasks._ISSUED_ASK_RE).  Anything that looks ahead or turns to a duty now
('sẽ', 'cần', 'phải', 'tiếp tục', 'thời gian tới', 'nay', 'đề nghị' to the reader after ';') keeps the
sentence for the other rules.
"""
from __future__ import annotations

import re

# subject (no comma, no verb cue), then the past marker and a verb that is not an issuance
_PAST_HEAD_RE = re.compile(
    r"^(?P<subj>[A-ZĐÀ-Ỹ][^,;:.()]{1,70}?)\s+(?:(?:cũng|vừa|đều)\s+)?đã\s+"
    r"(?!(?:ban\s+hành|có|gửi|ký|ra|được|chỉ\s+đạo|giao)(?![^\W_]))(?P<verb>[a-zà-ỹđ]+)", re.U)
# a directing cue coordinated with the verbs before it: ', yêu cầu' or ' và yêu cầu'
_COORD_ASK_RE = re.compile(r"(?:,|\svà)\s+(?:nhắc\s+nhở\s+(?:và\s+)?)?(?:yêu\s+cầu|đề\s+nghị)(?![^\W_])", re.I)
# what looks ahead or turns to a duty now: the sentence stays for the other rules
# ('khẩn trương': an urgent ask is a duty now, 'UBND huyện đã kiểm tra thực tế tại các xã, yêu cầu các xã khẩn
# trương khắc phục tồn tại' is a directive, test_fact15's convention)
_AHEAD_RE = re.compile(r"(?<![^\W_])(?:sẽ|cần(?!\s+thiết)|phải|tiếp\s+tục|khẩn\s+trương|thời\s+gian\s+tới|sắp\s+tới|từ\s+nay|trước\s+ngày|"
                       r"chậm\s+nhất|hạn\s+chót)(?![^\W_])|;", re.I)
# words a subject does not hold (a verb opening the sentence, a condition)
_NOT_SUBJECT_RE = re.compile(r"(?<![^\W_])(?:nếu|khi|trường\s+hợp|sau\s+khi|yêu\s+cầu|đề\s+nghị|giao|phải|cần)(?![^\W_])", re.I)


def past_act_with_ask(t: str) -> bool:
    """``t`` tells an act already taken whose ask ('..., nhắc nhở và yêu cầu người dân ...') is part
    of that act (see the module docstring)."""
    t = t.strip()
    m = _PAST_HEAD_RE.match(t)
    if not m or len(m.group("subj").split()) > 10 or _NOT_SUBJECT_RE.search(m.group("subj")):
        return False
    rest = t[m.start("verb"):]
    ask = _COORD_ASK_RE.search(rest)
    return ask is not None and not _AHEAD_RE.search(rest)
