"""The lines of a work schedule (lịch công tác / lịch làm việc) that the other modules share.

A leaders' schedule is written day by day: a day line ('THỨ HAI, NGÀY 27/3/2023', '* THỨ BẢY
11/01/2025 (nhằm 12/12 ÂL)', 'THỨ HAI (09/02/2026):', a table cell 'Thứ hai' over '21/5'), then
one entry per line that opens on its time ('08 giờ 00: Chủ tịch UBND ... làm việc với ...',
'- 7 giờ 00: ...') or on the leader who goes ('Chủ tịch: 7 giờ 30 phút, báo cáo ...'), then the
entry's attribute lines ('Mời: ...', 'Điểm: ...', 'LĐVP: Đ/c Sử').  Schedules of districts and
of post-2025 communes posted on portals all take this shape; each entry is a task due on its day
(gold d1, g1-g3, g8).  Only :mod:`re` here, so that sentences, tasks and assign can all use it.
"""
from __future__ import annotations

import re

WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
# the lunar date some portals add to the day ('(nhằm 12/12 ÂL)', '(tức 14/12 âm lịch)'): never the
# entry's date
LUNAR_RE = re.compile(r"\(\s*(?:nhằm|tức|ngày)?[^()]{0,30}?(?:ÂL|âm\s+lịch)\s*\)", re.I)
# a digit of a day or month; a digit the repair could not read stays its '(cid:NN)' code
# (pipeline/repair/ciddigits.py: a gap rather than a wrong day), and the line is a day line still
_DIGIT = r"(?:\d|\(cid:\d+\))"
# a day line: weekday and day, nothing else but brackets, a leading bullet or a closing colon
DAY_LINE_RE = re.compile(
    rf"^[*•\-–+]?\s*{WEEKDAY}(?![^\W_])[\s,(:\-–]*(?:ngày\s*)?{_DIGIT}{{1,2}}\s*/\s*{_DIGIT}{{1,2}}(?:\s*/\s*(?:19|20)\d\d)?"
    rf"\s*\)?\s*(?:\(\s*(?:nhằm|tức|ngày)?[^()]{{0,30}}?(?:ÂL|âm\s+lịch)\s*\)\s*)?:?$", re.I)
# an entry line that opens on its time of day: '08 giờ 00’:', '15 giờ 00:', '7 giờ 30 phút -',
# '14h00:', '- 7 giờ 00: ...'
TIME_ENTRY_RE = re.compile(
    r"^[*•\-–+]?\s*(?:\d{1,2}\s*(?:giờ|h)\s*(?:\d{2})?\s*(?:phút|’|')?|\d{1,2}\s*:\s*\d{2})\s*[:\-–]\s*\S", re.I)
# an entry that opens on the leader who goes, then the time: 'Chủ tịch: 7 giờ 30 phút, ...',
# 'Phó Chủ tịch Thường trực Đỗ Văn Lô: 8 giờ, kiểm tra ...' (group 'who')
_LEADER_POST = (
    r"(?:(?:Đồng\s+chí\s+|Đ/c\s+)?(?:Phó\s+)?(?:Chủ\s+tịch|Bí\s+thư|Giám\s+đốc|Trưởng|Chánh|Ủy\s+viên|Uỷ\s+viên)"
    r"[^:;.()]{0,70}?|"
    # ('PCT. Thường trực:', 'PCT.CN:', 'PCT.KT:', 'CT:': a district's leaders by abbreviated post)
    r"(?-i:P?CT|PBT|BT|CVP|PCVP)(?:\s*\.\s*[^\s:;(),][^:;(),]{0,25}?)?)")
LEADER_ENTRY_RE = re.compile(
    # ('Chủ tịch, PCT. Thường trực, PCT.CN: 13 giờ 30’, họp ...': several leaders go together)
    rf"^[*•\-–+]?\s*(?P<who>{_LEADER_POST}(?:\s*,\s*{_LEADER_POST})*)"
    r"\s*:\s*(?=\d{1,2}\s*(?:giờ|h)(?![^\W_])|(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Cc]ả\s+ngày)(?![^\W_]))", re.I)
_LEADER_POST_RE = re.compile(_LEADER_POST, re.I)


def leader_posts(who: str) -> list[str]:
    """The leaders of an entry's 'who' (LEADER_ENTRY_RE): 'Chủ tịch, PCT. Thường trực, PCT.CN' ->
    three posts, when every piece is a post; else the whole as one."""
    who = re.sub(r"\s+", " ", who).strip()
    parts = [p.strip() for p in who.split(",")]
    if len(parts) > 1 and all(_LEADER_POST_RE.fullmatch(p) for p in parts):
        return parts
    return [who]
# a sentence that opens on a time of day ('8 giờ, dự kỳ họp ...', '14 giờ, cùng ...'): the next
# entry of the same leader, whose name the line gave once
TIME_START_RE = re.compile(r"^\d{1,2}\s*(?:giờ|h)(?:\s*\d{2}(?:\s*phút|’|')?)?\s*[,:]\s*\S", re.I)


# an entry that opens on its time, then, after a comma, the leader or standing body who goes: '- 14 giờ,
# đồng chí Bí thư Thành ủy dự họp ...', '6 giờ 30, Thường trực Thành uỷ hội ý cùng ...', '7 giờ, Ủy
# quyền đồng chí Lê Hồng Khuê, Ủy viên Ban Thường vụ, ... dự ...' (a Party committee's or a council's
# posted schedule); group 'who', one leader or several joined by 'và'
_ENTRY_LEADER = (
    r"(?:(?:[Đđ]ồng\s+chí|Đ/c)\s+(?:Phó\s+)?(?:Bí\s+thư|Chủ\s+tịch|Trưởng\s+ban|Chánh\s+Văn\s+phòng)"
    r"(?:\s+(?:Thường\s+trực\s+)?(?:Thành|Tỉnh|Huyện|Quận|Thị|Đảng)\s*(?:ủy|uỷ)|\s+(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân)\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường))?|"
    r"(?:[Đđ]ồng\s+chí|Đ/c)\s+(?-i:[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){1,3})|"
    r"Thường\s+trực\s+(?:(?:Thành|Tỉnh|Huyện|Quận|Thị|Đảng)\s*(?:ủy|uỷ)|HĐND|UBND)(?:\s+(?:tỉnh|thành\s+phố|huyện|xã|phường))?)")
TIME_LEADER_ENTRY_RE = re.compile(
    r"^[*•\-–+]?\s*\d{1,2}\s*(?:giờ|h)(?:\s*\d{2})?(?:\s*phút|’|')?\s*,\s*(?:[Ủủ]y\s+quyền\s+|[Uu]ỷ\s+quyền\s+)?"
    rf"(?P<who>{_ENTRY_LEADER}(?:\s+và\s+{_ENTRY_LEADER})*)(?![^\W_])", re.I)


def time_entry_leaders(text: str) -> list[str]:
    """The leaders an entry opening on its time names after the comma (TIME_LEADER_ENTRY_RE), as written."""
    m = TIME_LEADER_ENTRY_RE.match(text.strip())
    if not m:
        return []
    return [w.strip() for w in re.split(r"\s+và\s+", m.group("who")) if w.strip()]


def day_line(text: str) -> bool:
    """Is ``text`` (a line or a sentence) the day of a schedule?"""
    return bool(DAY_LINE_RE.match(text.strip()))


def lone_dateline(texts: list[str]) -> bool:
    """Is the document's day line a news post's dateline rather than a schedule's day?  A portal
    prints the day it posted a report under the title ('Thứ Sáu, 09/08/2019', 'Thứ năm - 09/01/2020
    09:32' over 'Ngày 5/8/2019, Phó Chủ tịch UBND tỉnh ... ký ban hành ...'): one day line in the
    whole text and no schedule entry anywhere (a schedule of one day still lists its entries by time
    or by leader: 'THỨ BA, NGÀY 28/5:' over '- Chủ tịch: 7 giờ 30’, ...').  ``texts``: the
    document's lines or sentences."""
    days = entries = 0
    for t in texts:
        t = t.strip()
        if day_line(t):
            days += 1
        elif TIME_ENTRY_RE.match(t) or LEADER_ENTRY_RE.match(t) or TIME_LEADER_ENTRY_RE.match(t) \
                or BRACKET_TIME_ENTRY_RE.match(t):
            entries += 1
    return days == 1 and entries == 0


def without_lunar(text: str) -> str:
    """The day line without its lunar date, for reading the day."""
    return LUNAR_RE.sub(" ", text)


# the note that names who prepares or arranges an entry: '(Giao Phòng Văn hóa – Xã hội chuẩn bị nội
# dung)', '(giao phòng Lao động - Thương binh và XH chuẩn bị nội dung)', '(giao UBND xã Vĩnh Tường
# mời)', '(Phòng Kinh tế và Hạ tầng chuẩn bị báo cáo)' (group 'who')
ENTRY_NOTE_RE = re.compile(
    r"\(\s*(?:[Gg]iao\s+(?:cho\s+)?)?(?P<who>[^()]{3,90}?)\s+(?:chuẩn\s+bị|đảm\s+bảo|bảo\s+đảm|mời|tham\s+mưu|bố\s+trí|"
    r"liên\s+hệ|thông\s+báo|sắp\s+xếp)(?![^\W_])[^()]{0,120}\)")


def entry_notes(text: str) -> list[str]:
    """The bodies that the brackets of a schedule entry charge with its preparation."""
    out = []
    for m in ENTRY_NOTE_RE.finditer(text):
        inner = m.group(0)
        # (a bracket without 'Giao' must open on the body: '(Phòng X chuẩn bị ...)', not
        # '(LĐ và công chức VP)' or a reason in brackets)
        if not re.match(r"\(\s*[Gg]iao\s", inner) and not re.match(r"\(\s*(?:Phòng|Văn\s+phòng|Trung\s+tâm|Ban|UBND|Ủy\s+ban|Uỷ\s+ban|Công\s+an|Sở|Đội|Trạm|Hội|Đoàn)\s", inner):
            continue
        out.append(m.group("who").strip())
    return out


def note_only(text: str) -> bool:
    """A sentence that is nothing but such a note ('(Giao Văn phòng HĐND&UBND xã đảm bảo các điều
    kiện cần thiết)' on the line after its entry)."""
    t = text.strip().rstrip(".").strip()
    m = ENTRY_NOTE_RE.fullmatch(t)
    return bool(m) and bool(entry_notes(t))


# a table schedule that arrives one cell a line ('(8h30) Hội nghị Thường trực Tỉnh ủy' / 'P. họp TV' /
# 'Chủ tịch,' / 'Các Phó Chủ tịch liên quan'): an entry's content cell opens on its time in brackets
BRACKET_TIME_ENTRY_RE = re.compile(r"^\(\s*\d{1,2}\s*(?:h|giờ)\s*(?:\d{2})?\s*(?:phút|’|')?\s*\)\s*[^\W\d_]", re.I)
# ... and its leaders' cell names who goes: a post, perhaps its field or name, nothing else
# ('PCTTT Nguyễn Văn Thi', 'PCT Mai Xuân Liêm', 'Chủ tịch,', 'Các Phó Chủ tịch liên quan')
LEADER_CELL_RE = re.compile(
    r"^(?:(?:Các\s+)?(?:Phó\s+)?(?:Chủ\s+tịch|Bí\s+thư)(?:\s+(?:Thường\s+trực|UBND(?:\s+(?:tỉnh|huyện|xã|phường))?|liên\s+quan))*"
    r"|(?-i:PCTTT|PCT|CT|PBT|BT|CVP|PCVP))(?:\s+(?-i:[A-ZĐ])[^\s,;:()]*){0,4}\s*,?$", re.I)


def leader_cell(text: str) -> bool:
    """Is ``text`` a table schedule's leaders' cell (see LEADER_CELL_RE)?"""
    return bool(LEADER_CELL_RE.match(text.strip()))


_WEEKDAYS = {"hai": 0, "2": 0, "ba": 1, "3": 1, "tư": 2, "4": 2, "năm": 3, "5": 3, "sáu": 4, "6": 4, "bảy": 5, "7": 5}


def printed_weekday(text: str) -> int | None:
    """The weekday a day line prints (Monday 0 ... Sunday 6), or None."""
    m = re.search(r"(?<![^\W_])(?:thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ\s+nhật))(?![^\W_])", text, re.I)
    if not m:
        return None
    return 6 if m.group(2) else _WEEKDAYS[m.group(1).casefold()]


def weekday_contradicts(text: str, when) -> bool:
    """A day line that prints its weekday but no year ('THỨ HAI, NGÀY 27/5'), read with a year the
    text does not give (the document's or its commonest year): when that year puts the day on
    another weekday, the year is wrong and the day has no date (27/5/2016 was a Friday)."""
    if when is None or re.search(r"/\s*(?:19|20)\d\d", without_lunar(text)):
        return False
    wd = printed_weekday(text)
    return wd is not None and when.weekday() != wd
