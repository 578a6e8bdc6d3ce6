"""(deadline38) A window that opens the sentence after a phase's name or 'Khoảng', then the bodies that work in it
(issue 5).

Why: the learned scorer's veto (``temporal._weakly_bound`` decides its scope) keeps a span opening the item as a
strong binding only when the span is the item's very first words ('Từ ngày 01/7/2026 đến ngày 15/7/2026, các xã tổ
chức ...'). Counted over every labelled sentence (``benchmarks/deadline_veto.py``: samples/gold, pending, the
deadline_phrases sentences), two of the six dates the veto drops wrongly are that same shape behind a short opener:

- a phase's name: 'Trong giai đoạn 1 từ ngày 1 - 14.12.2019, lực lượng CSGT trên toàn quốc sẽ tập trung xử lý ...'
  (ff4, gold 2019-12-14); pending fk2's two phases, 'Giai đoạn 1 từ ngày 1-8 đến ngày 14-8-2023, lực lượng chức
  năng tập trung rà soát ...' and 'Giai đoạn 2 từ ngày 15-8 đến ngày 15-10-2023, các đơn vị đồng loạt ra quân ...',
  are dated by their gold the same way (the scorer passes them by score alone);
- an approximate window of a time line: 'Khoảng từ ngày 22/02/2021 đến 27/02/2021 (85 - 90 ngày trước ngày bầu cử):
  Các địa phương gửi dự kiến danh sách ...' (pending fc5, gold 2021-02-27), its bracket between the span and the
  colon.

The window is the time the step is done in, exactly as a bare opening span is, so its last day bounds the step. The
rightly vetoed spans the same count lists are none of these (a state 'Trong khoảng thời gian từ ..., Tôi chưa
nhận ...', a period named as a noun 'Thời gian tổ chức ... kéo dài từ ... đến ...', a span inside a clause). Kept
as weak evidence: a span already over when the document was issued, a span whose comma or colon is not followed by
a directive (a verb, or a subject not in the past: ``temporal._directive_follows``), a window after any other
words.
"""
from __future__ import annotations

import datetime as dt
import re

# the sentence's opening up to the span's last day: an item mark, a phase's name ('Trong giai đoạn 1', 'Đợt II:',
# 'Giai đoạn 2 (') or 'Khoảng', then the span's start 'từ ngày 22/02/2021 đến ' (or only 'từ ', or nothing, when the
# date hit holds the whole span, 'ngày 1 - 14.12.2019'); a number before the span only after 'từ' ('Đợt năm 2024 từ ...'
# is no phase's name)
_PHASE_OPENING_RE = re.compile(
    r"\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•])?\s*"
    r"(?:(?:trong\s+)?(?:giai\s+đoạn|đợt)\s+(?:\d{1,2}|[IVX]{1,4}|một|hai|ba|bốn|năm|đầu|cuối)\s*[:,]?\s*\(?\s*"
    r"|khoảng\s+)"
    r"(?:(?:kể\s+)?từ\s+(?:(?:ngày\s+)?\d[^,;:()]{0,40})?)?$", re.I)
# after the last day: the phase's closing bracket or a bracketed gloss ('(85 - 90 ngày trước ngày bầu cử)'), then
# the comma or colon the directive follows
_MARK_AFTER_RE = re.compile(r"\s*\)?\s*(?:\([^()]{0,80}\)\s*)?([,:])(.*)", re.S)
_PAST_RE = re.compile(r"(?<![^\W_])(?:đã|vẫn|đang|chưa)(?![^\W_])", re.I)


def phase_span_opens_sentence(text: str, start: int, end: int, date: dt.date | None, issued: dt.date | None) -> bool:
    """Is the span whose last day is ``text[start:end]`` the sentence's opening after a phase's name or 'Khoảng',
    followed (past an optional bracket) by a comma or colon and a directive?  Such a last day bounds the step, as
    the last day of a span opening the item does."""
    from pipeline.extract.temporal import _directive_follows  # late: temporal imports this module

    if not _PHASE_OPENING_RE.fullmatch(text[:start]):
        return False
    if issued is not None and date is not None and date < issued:
        return False
    m = _MARK_AFTER_RE.match(text, end)
    if m is None or _PAST_RE.search(re.split(r"[;.]", m.group(2))[0]):
        return False
    return _directive_follows(m.group(2))
