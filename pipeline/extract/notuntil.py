"""'phải đến <time> ... mới <verb>': 'not until', a report of when something happens, no duty (points21).

'Trong đó, theo Chi nhánh Trung tâm Phát triển quỹ đất huyện phải đến tháng 12 năm 2019, việc quyết toán ...
mới được thực hiện hoàn thành.', 'Phải tới cuối năm nay dự án mới hoàn thành.', 'phải chờ đến khi có kết
quả kiểm định mới ...': the 'phải' of the Vietnamese 'not until' construction obliges no one; the sentence
says when a thing will (or did) come about. With the span taken out, a sentence that still asks or obliges
('..., đề nghị Sở X ...', '... và cần ...') keeps its duty.
"""
from __future__ import annotations

import re

from pipeline.extract.furniture import _ASKS_RE, _OBLIGES_RE

NOT_UNTIL_RE = re.compile(
    r"(?<![^\W_])phải\s+(?:(?:chờ|đợi)\s+)?(?:đến|tới|sang|sau)\s+"
    # (a time: 'phải đến trụ sở UBND xã mới được giải quyết' is 'must go to', a duty)
    r"(?:\d|ngày|tháng|năm|quý|tuần|cuối|đầu|giữa|hết|khi|lúc|sau|sáng|chiều|tối|đêm|mùa|vụ|giai\s+đoạn)(?![^\W_])"
    r"[^.;:!?]{0,200}?(?<![^\W_])mới(?![^\W_])", re.I)


def not_until(text: str) -> bool:
    """Whether the sentence's only obligation word is the 'phải' of a 'phải đến ... mới' span."""
    m = NOT_UNTIL_RE.search(text)
    if m is None:
        return False
    rest = text[:m.start()] + " " + text[m.end():]
    return not _ASKS_RE.search(rest) and not _OBLIGES_RE.search(rest)
