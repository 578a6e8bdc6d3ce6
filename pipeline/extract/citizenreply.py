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
