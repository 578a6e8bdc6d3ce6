"""(points19) An answer to a citizen's report tells what was done on receiving it (issue 5).

Feedback portals print a commune's or a department's answer to a resident: 'Sau khi nhận được phản ánh,
UBND xã đã cử cán bộ kiểm tra ...', 'Ngay sau khi nhận được phản ánh, UBND xã đã chỉ đạo BCH Quân sự xã
thực hiện phát quang ...', 'Sau khi nhận thông tin phản ánh, UBND xã đã tổ chức kiểm tra ...', 'Sau khi
nhận phản ánh của Ông/Bà, UBND phường chỉ đạo công chức địa chính phối hợp ... kiểm tra, xác minh ...',
'Sau khi nhận được đơn do Báo chuyển, ...'.  The clause 'after receiving the report / the petition /
the letter' places what follows after the citizen wrote: it is the account of the action taken, even
when the verb carries no 'đã' ('chỉ đạo', 'giao' in it are what the body did, not what the answer asks).

Only what a citizen sends opens the clause (phản ánh, kiến nghị, đơn, thư, câu hỏi, ý kiến, thông tin
phản ánh); 'Sau khi nhận được văn bản này / Công văn này, ...' opens a directive to the recipients and is
never matched.  A sentence that asks someone ('đề nghị', 'yêu cầu', 'cần', 'phải') or looks ahead ('sẽ')
stays for the other rules.
"""
from __future__ import annotations

import re

_ON_RECEIPT_RE = re.compile(
    r"^(?:Ngay\s+)?[Ss]au\s+khi\s+(?:tiếp\s+)?nhận\s+(?:được\s+)?(?:(?:nội\s+dung|thông\s+tin)\s+)?"
    r"(?:phản\s+ánh|kiến\s+nghị|đơn(?:\s+thư)?|thư|câu\s+hỏi|ý\s+kiến)(?![^\W_])(?!\s+(?:này|nêu\s+trên\s+của\s+UBND))"
    r"[^,;:.!?]{0,120},\s*\S", re.I)
_ASK_OR_AHEAD_RE = re.compile(r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu|(?<!hậu\s)cần(?!\s+thiết)|(?<!gặp\s)phải|sẽ|hãy)(?![^\W_])", re.I)


def action_on_receipt(t: str) -> bool:
    """(points19) ``t`` tells what a body did on receiving a citizen's report or petition (see the
    module docstring)."""
    t = t.strip()
    m = _ON_RECEIPT_RE.match(t)
    return m is not None and not _ASK_OR_AHEAD_RE.search(t[m.end() - 1:])


# (tasks22) the answer is addressed to the citizen who wrote: 'Kính gửi: Quý Ông/Bà.', 'Kính chào Ông/Bà.',
# 'Vấn đề quý Ông/Bà phản ánh, UBND phường ... xin thông báo kết quả ...'
_TO_CITIZEN_RE = re.compile(
    r"^(?:Kính\s+(?:gửi|chào)\s*:?\s*(?:quý\s+)?(?:Ông\s*/\s*Bà|Ông\s*\(\s*Bà\s*\)|Anh\s*/\s*Chị|công\s+dân)(?![^\W_])|"
    r"Vấn\s+đề\s+(?:(?:mà|của)\s+)?(?:quý\s+)?(?:Ông\s*/\s*Bà|Anh\s*/\s*Chị|công\s+dân)\s+(?:đã\s+)?phản\s+ánh)", re.I)
_CUE_RE = re.compile(r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu|giao|chỉ\s+đạo)(?![^\W_])", re.I)
_DONE_RE = re.compile(r"(?<![^\W_])đã(?![^\W_])", re.I)
_AHEAD_RE = re.compile(r"(?<![^\W_])(?:sẽ|hãy|cần(?!\s+thiết)|phải|tiếp\s+tục|thời\s+gian\s+(?:tới|đến)|sắp\s+tới|trước\s+ngày|"
                       r"chậm\s+nhất)(?![^\W_])", re.I)
# the citizen asked in the answer ('đề nghị Ông/Bà liên hệ ...'): a request to the reader, never a report
_ASKS_READER_RE = re.compile(r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu)\s+(?:quý\s+)?(?:Ông\s*/\s*Bà|Anh\s*/\s*Chị|công\s+dân)(?![^\W_])", re.I)


def answers_a_citizen(opening: list[str]) -> bool:
    """(tasks22) The text opens as an answer to a citizen: one of its first sentences addresses the one
    who wrote ('Kính gửi: Quý Ông/Bà.', 'Kính chào Ông/Bà.', 'Vấn đề quý Ông/Bà phản ánh, ...')."""
    return any(_TO_CITIZEN_RE.match(t.strip()) for t in opening)


def action_told_in_answer(t: str) -> bool:
    """(tasks22) In an answer to a citizen, a sentence whose 'đã' stands before its first ask in one clause
    tells what was done on the report, the ask included: 'Tổ trật tự đô thị đã nhắc nhở và yêu cầu các hộ
    dân ... thu gom ...', 'UBND phường đã làm việc với các cơ sở kinh doanh ..., đồng thời yêu cầu ...'.
    Not when it looks ahead ('sẽ', 'tiếp tục', 'thời gian tới', 'cần', 'phải') or asks the citizen; a
    ';' between the marker and the ask leaves the ask to the other rules."""
    t = t.strip()
    cue = _CUE_RE.search(t)
    if cue is None or _AHEAD_RE.search(t) or _ASKS_READER_RE.search(t):
        return False
    head = t[:cue.start()]
    done = list(_DONE_RE.finditer(head))
    return bool(done) and ";" not in head[done[-1].end():]
