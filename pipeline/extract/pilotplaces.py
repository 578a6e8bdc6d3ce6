"""(tasks46, issue 5) A pilot place is no doer: '<chooser> chọn <X> làm điểm ...' names X as the place, not an office.

A plan picks a unit where the work is tried first: 'Ban Thường trực Ủy ban MTTQ huyện chọn Ủy ban MTTQ xã Vĩnh Điều
làm điểm chỉ đạo Đại hội cấp xã vào tháng 12/2018' (pending yo7), '... chọn Ủy ban MTTQ Việt Nam huyện Hạ Lang làm
điểm chỉ đạo Đại hội cấp huyện' (development yo8), 'Xã Mỹ An được tỉnh chọn làm điểm phát động ...' (pending fb1).
The chooser does the step; the body named between 'chọn' and 'làm điểm' is where it is done, and the gold lists it as
no office (yo7, yo8, fb1: 3 texts).  The one label against it, pending yo11 ('Ban Chỉ đạo đã thống nhất chọn ấp 8, xã
Khánh Hội làm điểm chỉ đạo tổ chức Ngày hội ..., các ấp, khóm còn lại sẽ đồng loạt tổ chức ...'), tells the choice as
done ('đã') and the sentence's work is the places' own holding of the festival: there the place holds it, and this
module leaves a choice told done alone.

:func:`pilot_spans` finds the places; :func:`drop_pilot_places` takes an office read inside one off a task's offices
(one hook in ``extract_tasks``, after the office readers).
"""
from __future__ import annotations

import re

# '(lựa) chọn <X> (để) làm điểm / làm đơn vị điểm / làm xã điểm', X at most 120 characters with no stop or colon
_PILOT_RE = re.compile(
    r"(?<![^\W_])(?:lựa\s+)?chọn\s+(?P<place>[^.;:!?]{2,120}?)\s+(?:để\s+)?làm\s+(?:(?:đơn\s+vị|xã|địa\s+bàn|mô\s+hình)\s+)?điểm"
    r"(?![^\W_])", re.I)
# the choice told as done: 'đã (thống nhất / quyết định) chọn'
_DONE_RE = re.compile(r"(?<![^\W_])đã(?:\s+(?:thống\s+nhất|quyết\s+định|lựa))?\s*$", re.I)


def pilot_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the pilot places a sentence names ('chọn <X> làm điểm'), a choice told done left out."""
    out = []
    for m in _PILOT_RE.finditer(text):
        if _DONE_RE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        out.append(m.span("place"))
    return out


def drop_pilot_places(text: str, offices: list) -> list:
    """``offices`` without those the sentence names only as a pilot place (an office whose words lie inside such a
    span and nowhere else in the sentence)."""
    spans = pilot_spans(text)
    if not spans:
        return offices
    kept = []
    for r in offices:
        words = (r.text or r.office).strip()
        at = [m.start() for m in re.finditer(re.escape(words), text, re.I)] if words else []
        if at and all(any(a <= p < b for a, b in spans) for p in at):
            continue
        kept.append(r)
    return kept
