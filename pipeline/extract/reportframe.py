"""(points19) A reporting clause in front of the subject of a retold duty (issue 5).

A press item retells a letter's points behind a clause that names where and who says them: 'Trong văn
bản, Cục nêu rõ, các địa phương, cơ quan quản lý du lịch cần chỉ đạo ...', 'Tại công điện, Thủ tướng
nhấn mạnh, các bộ, ngành phải ...', 'Trong công văn, UBND tỉnh lưu ý, Sở Y tế cần ...', 'Văn bản nêu rõ,
các đơn vị cần ...'.  The speaker in the clause is no doer, and the clause hid the subject from the office
rules (no office was read).  Where the sentence gives no doer, the bodies are read from what follows the
clause, as if it opened the sentence.
"""
from __future__ import annotations

import re

_DOC = (r"(?:văn\s+bản|công\s+văn|công\s+điện|điện|thông\s+báo(?:\s+kết\s+luận)?|kế\s+hoạch|chỉ\s+thị|quyết\s+định|"
        r"hướng\s+dẫn|thư|kết\s+luận|buổi\s+làm\s+việc|cuộc\s+họp|hội\s+nghị)")
_SAYS = r"(?:nêu\s+rõ|nêu|nhấn\s+mạnh|lưu\s+ý|khẳng\s+định|chỉ\s+rõ|cho\s+biết|đề\s+cập)"
# '(Trong|Tại) <document> (số N)(này), <speaker> (cũng) <says>,' or '<document> (cũng) <says>,'
REPORTING_FRAME_RE = re.compile(
    r"^(?:(?:Trong|Tại|Theo)\s+" + _DOC + r"(?:\s+(?:số\s+)?\d[\w/.-]*)?(?:\s+(?:này|trên|nói\s+trên))?\s*,\s*"
    r"(?P<who>[^\W\d_][^,;:.!?]{1,70}?)|(?P<doc>" + _DOC + r")(?:\s+(?:số\s+)?\d[\w/.-]*)?)"
    r"\s+(?:(?:cũng|còn)\s+)?" + _SAYS + r"\s*,\s*(?=[^\W\d_])", re.I)


def after_reporting_frame(t: str) -> str | None:
    """(points19) what follows a reporting clause at the head of ``t`` (see the module docstring), with
    its first letter capitalised; None without one."""
    m = REPORTING_FRAME_RE.match(t.strip())
    if m is None:
        return None
    who = m.group("who") or ""
    if re.search(r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|giao)(?![^\W_])", who, re.I):
        return None
    rest = t.strip()[m.end():]
    return rest[:1].upper() + rest[1:]
