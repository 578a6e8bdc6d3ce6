"""(deadline34) 'từ nay (cho) đến <day>': from now until a day -- the day bounds the work.

Why a module of its own: the reading is one of the span triggers of ``temporal._date_hits`` and
branches of session 28 (tasks32) work near it; a small module called from one hook merges cleanly.

The span 'từ <a day> cho đến <a day>' was already read as a span whose end bounds the work (the
span trigger lets a few words stand between the start and 'đến'; the gazette corpus holds 6 such
spans with 'cho đến'), and 'từ nay đến 30/6/2026' was read as from-now-until; 'từ nay cho đến 31-8'
(a campaign's span in a district's plan retold, named by measure26 (E), measure27 (D5) and
measure28 (D7)) was not, because 'cho' stood between 'nay' and 'đến'. 'cho đến' is the same
'until' in both shapes, so both read alike here.
"""
from __future__ import annotations

import re

# the words right before a day (the 40 characters the span trigger looks at) that make it the end
# of a span opening now: 'từ nay đến ', 'từ nay cho đến hết ngày ', 'từ nay tới '
FROM_NOW_UNTIL_BEFORE = re.compile(
    r"(?<![^\W_])từ\s+nay\s+(?:cho\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s*)?$", re.I)


def from_now_until(before: str) -> bool:
    """Does ``before`` (the text just before a day) end on 'từ nay (cho) đến (hết) (ngày)'?"""
    return FROM_NOW_UNTIL_BEFORE.search(before) is not None
