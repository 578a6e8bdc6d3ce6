"""A lead-in's time for the activities under it: the date half of a lead-in over its items.

'Các hoạt động làm sạch môi trường sẽ tập trung thực hiện từ ngày 26/8 đến 31/8/2018 được triển
khai như sau:' over 'Cần tuyên truyền ...', 'Triển khai khơi thông ...', 'Kêu gọi ra quân ...': the
span is the time the listed activities are carried out in, so each is due by its last day (gold
README: an activity's time stays dated, dp1155 'Thời gian triển khai kéo dài từ ... đến hết ngày
28/2/2027'; a lead-in's date is set for every item it lists, deadline19). The items may be printed
as one plain paragraph right after the lead-in, not as a list (a press copy of a plan).

Not: an event that runs over days ('kỳ họp diễn ra từ ngày 20/10 đến 12/12', 'Hội thao sẽ diễn ra
từ ...', dp1187, dp3414: the event's days), an organiser's span ('sẽ tổ chức Giải ... từ tháng 3 đến
tháng 5', dp3024), a forecast ('dự kiến ...'), a horizon or a reported past (the caller drops
those lead-ins first), a lead-in that dates only its own act ('UBND huyện ban hành kế hoạch ngày
...': no bound, no span of doing).

Why a module of its own: assign.py's ``_lead_in_deadline`` reads a bound ('trước ngày ...') over
list items; this adds the span of a doing verb and the paragraph of items, and is hooked there
only.  duetimelead.py (points24) reads such a lead-in's doers.
"""
from __future__ import annotations

import re

__all__ = ["ACTIVITY_SPAN_RE", "activity_span_end", "paragraph_of_items"]

_DATE = r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*(?:19|20)\d\d)?"
# a doing verb, then the span its work runs over: 'thực hiện từ ngày 26/8 đến 31/8/2018', 'triển khai
# trong thời gian từ 01/10 đến hết ngày 30/11/2019', 'ra quân từ ngày ... đến ngày ...'
ACTIVITY_SPAN_RE = re.compile(
    r"(?<![^\W_])(?:thực\s+hiện|triển\s+khai|tiến\s+hành|ra\s+quân)\s+"
    r"(?:(?:trong\s+)?(?:khoảng\s+)?(?:thời\s+gian\s+)?)"
    rf"(?P<span>từ\s+(?:ngày\s+)?{_DATE}\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?{_DATE})(?![\d/])", re.I)
_FORECAST_RE = re.compile(r"(?<![^\W_])(?:dự\s+kiến|dự\s+báo|ước\s+tính)(?![^\W_])", re.I)
# a paragraph that quotes the content to be posted or read out, not items of work
_QUOTE_OPEN_RE = re.compile(r"^\s*[\"“”'‘]")
# a paragraph that speaks anew: a body, then its own ask ('Bộ Chính trị, Ban Bí thư yêu cầu khẩn
# trương ...' after a lead-in whose items a press page cut off, pending ei9) is a directive of its
# own, not an item of the list
_OWN_ASK_RE = re.compile(r"^(?:\S+\s+){1,8}?(?<!đạo,\s)(?<!đạo\s)(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|kết\s+luận|nhấn\s+mạnh)(?![^\W_])", re.I)


def activity_span_end(text: str, year: int, masks: list[tuple[int, int]] = ()) -> tuple | None:
    """(last day, span phrase) when the lead-in ``text`` times its work by a span after a doing
    verb; None otherwise (no such span, a forecast, a span inside a cited document)."""
    from pipeline.extract.temporal import find_dates

    m = ACTIVITY_SPAN_RE.search(text)
    if m is None or _FORECAST_RE.search(text[:m.start()]):
        return None
    if any(a <= m.start("span") < b for a, b in masks):
        return None
    days = [h.date for h in find_dates(m.group("span"), year) if h.date]
    if len(days) < 2 or days[-1] < days[0]:
        return None
    return days[-1], m.group("span").strip()


def paragraph_of_items(classified: list, i: int):
    """The plain paragraph printed right after the lead-in ``classified[i]`` (a paragraph of its
    own, the lead-in its last sentence) as the block of its items; None when the lead-in is not a
    plain paragraph's last sentence or what follows is a list item, a heading or a quotation."""
    s = classified[i].sentence
    b = s.block
    if b.label is not None or b.kind != "para":
        return None
    later = [d.sentence for d in classified[i + 1:]]
    if any(x.block is b for x in later[:1]):
        return None  # the lead-in is not the paragraph's last sentence
    nxt = next((x for x in later if x.block is not b), None)
    if nxt is None or nxt.block.label is not None or nxt.block.kind != "para" or nxt.index != 0:
        return None
    if _QUOTE_OPEN_RE.match(nxt.text) or _OWN_ASK_RE.match(nxt.text) or nxt.text.rstrip().endswith(":"):
        return None
    return nxt.block
