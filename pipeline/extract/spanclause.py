"""(points23) A one-off window that opens a clause inside a sentence, then the bodies that work in it (issue 5).

'Theo kế hoạch tổng điều tra hộ nghèo ..., sau 3 bước (...), thời gian từ ngày 15 đến 25-11-2010, ban chỉ đạo
(BCĐ) các huyện, thành phố căn cứ vào ... để điều chỉnh ...' (unseen23 ep3), 'Theo Kế hoạch này, từ ngày 6 đến
ngày 10/7/2015, các vị ĐBQH ... sẽ tiếp xúc cử tri ...' (pending gold yo3, dated 2015-07-10), 'Theo đó, từ ngày
10/8 đến hết ngày 20/8/2025, các cơ quan, đơn vị ... đồng loạt ra quân ...' (deadline_phrases dp2438, dated by its
end): the window is the time the step is done in, and its last day bounds the step, exactly as a span that opens
the item does ('Từ ngày 01/7/2026 đến ngày 15/7/2026, các xã tổ chức ...', temporal._weakly_bound).  Only the span
that is its clause's whole opening counts ('thời gian' may name it), followed by a comma and a directive (a verb,
or a subject not in the past: temporal._directive_follows); a span inside a clause ('báo cáo số liệu từ ngày ...
đến ngày ...') stays weak evidence for the date scorer.
"""
from __future__ import annotations

import datetime as dt
import re

# the clause before the span's end: 'thời gian từ ngày 15 đến ', 'từ ngày 6 đến ngày ', 'kể từ 1 - '
_SPAN_CLAUSE_RE = re.compile(r"\s*(?:thời\s+gian\s+(?:thực\s+hiện\s+)?)?(?:kể\s+)?từ\s+(?:ngày\s+)?\d[^,;:()]{0,40}$", re.I)


def span_opens_inner_clause(text: str, start: int, end: int, date: dt.date | None, issued: dt.date | None) -> bool:
    """Is the span ending at text[start:end] (its last day) the opening of a clause after a comma or ';' inside the
    sentence, followed by a comma and a directive?"""
    from pipeline.extract.temporal import _directive_follows  # late: temporal imports this module

    cut = max(text.rfind(",", 0, start), text.rfind(";", 0, start))
    if cut < 0 or not _SPAN_CLAUSE_RE.fullmatch(text[cut + 1:start]):
        return False
    rest = re.match(r"\s*,(.*)", text[end:], re.S)
    if rest is None or (issued is not None and date is not None and date < issued):
        return False
    return _directive_follows(rest.group(1))
