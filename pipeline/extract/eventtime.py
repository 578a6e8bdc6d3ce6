"""(points31, D9) Work done in an event's own time: the event's day, given with its hour span, dates the work.

Why: a switch-off, a ceremony or a night event is asked for 'vào thời gian diễn ra Sự kiện Tắt đèn hưởng
ứng Giờ Trái đất (từ 20 giờ 30 phút đến 21 giờ 30 phút, thứ Bảy, ngày 27 tháng 3 năm 2021)' (unseen31 ft2),
'... vào thời điểm diễn ra sự kiện Chiến dịch Giờ Trái đất năm 2019, trong thời gian 01 giờ, từ 20h30 đến
21h30 thứ bẩy, ngày 30/3/2019' (ft1), '... vào thời gian diễn ra sự kiện Giờ Trái đất từ 20 giờ 30 phút đến
21 giờ 30 phút ngày 30/3/2019' (huyện Tiên Du's letter retold, pages corpus), '... vào thời gian diễn ra Sự
kiện Tắt đèn hưởng ứng Giờ Trái đất diễn ra từ 20h30 đến 21h30 Thứ 7, ngày 28/3/2020' (the Ministry of
Industry and Trade's letter to EVN retold, Lao động Thủ đô).  ANNOTATION.md keeps the hour with the day
('trước 14 giờ 00 ngày 29/7/2020' -> that day; an agenda item for a meeting on a day -> that day): the
switch-off is due on the event's day.  The temporal reader lost it three ways:

- 'diễn ra' inside 'vào / trong thời gian (thời điểm) diễn ra <event>' was read as the event being placed
  ('Đại hội ... sẽ diễn ra vào ...', _event_placed): there the event names *when the work is done*, and the
  clause's subject is whoever does it (``work_in_event_time``);
- 'hưởng' of 'hưởng ứng' ('respond to') was read as a benefit's 'hưởng' ('được hưởng trợ cấp từ ...',
  _right_period), so a span after 'hưởng ứng Giờ Trái đất' was a right's period (``BENEFIT_HUONG``);
- 'thứ bẩy', the older spelling of 'thứ bảy' (Saturday), between the span's end clock and its day was no
  weekday to the date pattern, so the clock and the day were read apart and the day kept no trigger
  (``WEEKDAY``).

A point that only refers to the event ('trong thời gian diễn ra hoạt động Giờ Trái đất năm 2019', ft1's dash
point; 'thực hiện tắt ... trong thời gian diễn ra sự kiện Giờ Trái đất.' after '1. Thời gian diễn ra sự kiện
Giờ Trái đất: Từ 20 giờ 30 phút đến 21 giờ 30 phút thứ Bảy, ngày 28 tháng 3 năm 2020.', Đà Nẵng's plan 1561)
takes the day the same document gives that event (``event_days`` / ``referred_event_day``).
"""
from __future__ import annotations

import datetime as dt
import re

__all__ = ["WEEKDAY", "BENEFIT_HUONG", "work_in_event_time", "event_days", "referred_event_day"]

# a weekday's name; 'bẩy' is the older spelling of 'bảy' (Saturday)
WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật)"
# a benefit's 'hưởng' ('được hưởng', 'thời gian hưởng'), not 'hưởng ứng' (respond to a call or a campaign)
BENEFIT_HUONG = r"hưởng(?!\s+ứng(?![^\W_]))"

# 'vào thời gian diễn ra', 'trong thời gian diễn ra', 'vào thời điểm diễn ra', 'trong khoảng thời gian diễn ra'
_IN_EVENT_TIME_RE = re.compile(
    r"(?<![^\W_])(?:vào|trong)\s+(?:khoảng\s+)?(?:thời\s+gian|thời\s+điểm)\s+diễn\s+ra(?![^\W_])", re.I)


def work_in_event_time(clause: str) -> bool:
    """Does ``clause`` (the text before a date, within its clause) do its work in an event's own time
    ('... tắt đèn vào thời gian diễn ra Sự kiện ...')?  Then a 'diễn ra' after it describes the event that
    times the work, and the event's date dates the work."""
    return bool(_IN_EVENT_TIME_RE.search(clause))


# the event a point refers to: '(vào|trong) thời gian (thời điểm) diễn ra (sự kiện|hoạt động|chiến dịch)? <name>'
_REFERRED_RE = re.compile(
    r"(?<![^\W_])(?:vào|trong)\s+(?:khoảng\s+)?(?:thời\s+gian|thời\s+điểm)\s+diễn\s+ra\s+(?P<name>[^.;:()\n]{3,120})", re.I)
# where a document gives an event's time: '(Thời gian|thời điểm) diễn ra <name> ... <day>' or '<name> ... từ
# <clock> đến <clock> ... ngày D' -- the name words are matched, not the frame
_NAME_NOISE_RE = re.compile(r"(?<![^\W_])(?:sự\s+kiện|hoạt\s+động|chiến\s+dịch|hưởng\s+ứng|tắt\s+đèn|năm\s+\d{4}|\d{4})(?![^\W_])", re.I)
_HOUR_SPAN_DAY_RE = re.compile(
    r"(?<![^\W_])từ\s+\d{1,2}\s*(?:giờ|h|g)\s*(?:\d{2})?(?:\s*phút)?\s*['’′]?\s*(?:đến|-|–)\s*\d{1,2}\s*(?:giờ|h|g)\s*(?:\d{2})?"
    r"(?:\s*phút)?\s*['’′]?[\s,]*(?:\(?(?:giờ\s+địa\s+phương|giờ\s+Việt\s+Nam)\)?[\s,]*)?(?:(?:tối\s+)?" + WEEKDAY + r"[\s,]*)?"
    r"(?:ngày\s*)?(?P<d>\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(?P<m>\d{1,2})(?:\s*(?:/|-|\.|\s+năm\s+)\s*(?P<y>(?:19|20)\d\d))?", re.I)


def _name_words(name: str) -> frozenset:
    """The content words of an event's name ('Giờ Trái đất'), folded to lower case."""
    return frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", _NAME_NOISE_RE.sub(" ", name)))


def event_days(sentences: list[str], year: int | None) -> list[tuple[frozenset, dt.date]]:
    """Each event whose time a sentence gives as an hour span and a day, with the words of the text before the span
    in that sentence (the event's name is among them) and the day."""
    out = []
    for s in sentences:
        for m in _HOUR_SPAN_DAY_RE.finditer(s):
            y = int(m.group("y")) if m.group("y") else year
            if y is None:
                continue
            try:
                day = dt.date(y, int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            out.append((_name_words(s[:m.start()]), day))
    return out


def referred_event_day(text: str, days: list[tuple[frozenset, dt.date]]) -> tuple[dt.date, str] | None:
    """The day of the event a sentence's work is done in ('trong thời gian diễn ra hoạt động Giờ Trái đất năm 2019')
    when the sentence gives no time of its own and the document gives that event's day once: every content word of
    the referred name is among the words before one hour span's day (and all such spans agree)."""
    m = _REFERRED_RE.search(text)
    if not m:
        return None
    want = _name_words(m.group("name"))
    if len(want) < 2:
        return None
    found = {day for words, day in days if want <= words}
    if len(found) != 1:
        return None
    return next(iter(found)), m.group(0).strip()


def date_event_references(task_list: list, texts: list[str], year: int | None, issued: dt.date | None) -> None:
    """Date each undated task whose work is done 'trong / vào thời gian diễn ra <event>' by the day the document gives
    that event with its hour span (``referred_event_day``); an event over before the document was issued dates
    nothing (a report looks back on it)."""
    undated = [t for t in task_list if t.deadline is None and not t.recurrence and _REFERRED_RE.search(t.text)]
    if not undated:
        return
    days = event_days(texts, year)
    if not days:
        return
    for t in undated:
        got = referred_event_day(t.text, days)
        if got is None or (issued is not None and got[0] < issued):
            continue
        t.deadline, t.deadline_text = got
