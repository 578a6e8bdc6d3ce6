"""(points23) A step of a plan retold with its subject after the plan's name (issue 5).

'Theo kế hoạch của huyện, các xã hoàn thành lập đồ án trong quý II/2012 ...', 'Theo kế hoạch tổng điều
tra hộ nghèo ..., thời gian từ ngày 15 đến 25-11-2010, ban chỉ đạo (BCĐ) các huyện, thành phố căn cứ
...', 'Theo lộ trình, các đơn vị hoàn thành ...': the plan (or schedule) the step belongs to is named
first and closed by a comma; the bodies after it do the step.  It is an opener as 'Trên cơ sở ...'
is (offices._OPENER), so the subject is looked for after its commas, a bare plural ('các xã') and
a lower-case head ('ban chỉ đạo') included.  'Theo kế hoạch' is no body: the plan's owner ('của
huyện') is cited, not asked.
"""
from __future__ import annotations

# 'Theo kế hoạch', 'Theo lộ trình', 'Theo dự kiến', 'Theo chương trình', 'Theo tiến độ' and what the
# plan is named by, up to its comma (no 'yêu cầu / đề nghị / chỉ đạo của X', which the requester rule
# masks: that names who asks)
PLAN_OPENER = (r"Theo\s+(?:(?:kế\s+hoạch|lộ\s+trình|dự\s+kiến|chương\s+trình|tiến\s+độ)(?![^\W_])[^,;:]{0,200}?(?=,))")

import re

_PLAN_OPENER_RE = re.compile(r"\s*(?:[-+•]\s*)?" + PLAN_OPENER, re.I)
# a body's head the press writes in lower case ('ban chỉ đạo (BCĐ) các huyện', 'ủy ban nhân dân các xã')
_LOWER_BODY_AFTER_COMMA_RE = re.compile(
    r"(,\s+)((?:ban\s+(?:chỉ\s+đạo|quản\s+lý|thường\s+vụ|thường\s+trực)|(?:ủy|uỷ)\s+ban\s+nhân\s+dân|hội\s+đồng|"
    r"tổ\s+công\s+tác|đoàn\s+kiểm\s+tra)(?![^\W_]))")


def capitalise_plan_subject(text: str) -> str:
    """``text`` with a lower-case body head after a comma capitalised, when the sentence opens on a plan
    (PLAN_OPENER): 'Theo kế hoạch ..., ban chỉ đạo (BCĐ) các huyện ...' -> '..., Ban chỉ đạo ...'.
    Same length, so offsets hold."""
    if not _PLAN_OPENER_RE.match(text):
        return text
    return _LOWER_BODY_AFTER_COMMA_RE.sub(lambda m: m.group(1) + m.group(2)[0].upper() + m.group(2)[1:], text, count=1)
