"""A reported ask that names only its bodies and a topic: a press lead's summary, not the ask itself.

'Bộ GD&ĐT vừa ban hành Công văn 4180/BGDĐT-GDTC chỉ đạo các Sở GD&ĐT về phòng, tránh tai nạn đuối nước.'
tells what the letter is about ('chỉ đạo X về <topic>'); what X is to do comes in the sentences that
follow ('Theo đó công văn yêu cầu các sở GD&ĐT báo cáo ...').  The same lead with a doing verb after the
bodies ('... đôn đốc các đơn vị báo cáo kết quả ...', '... chỉ đạo các Bộ rà soát ...') is the ask, told in
the past (tasks.reports_own_instruction), and stays a task.  'có văn bản chỉ đạo X về việc Y' without the
document's number is already a report (the preamble of a news item).
"""
from __future__ import annotations

import re

from pipeline.extract.tasks import VERB_ANY_RE

__all__ = ["asks_only_a_topic"]

# the bodies, then 'về (việc|công tác) <topic>' to the sentence's end, with no clause after it
_TOPIC_TAIL_RE = re.compile(r"\s*(?P<who>[^;:,.]{2,150}?(?:,[^;:,.]{1,60}?){0,4}?)\s+về\s+(?:việc\s+|công\s+tác\s+|vấn\s+đề\s+)?"
                            r"(?P<topic>[^;:]{3,200}?)\s*[.!]?\s*$", re.I)


def asks_only_a_topic(tail: str) -> bool:
    """Is ``tail`` (what follows the reported ask verb) only the bodies asked and the topic, with no
    act for them ('các Sở GD&ĐT về phòng, tránh tai nạn đuối nước.')?"""
    m = _TOPIC_TAIL_RE.match(tail)
    return m is not None and VERB_ANY_RE.search(m.group("who")) is None
