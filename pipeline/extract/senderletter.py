"""A letter told as sent, its addressees' work following them with no ask word (office43, W).

'Bộ Nông nghiệp và Môi trường vừa có công văn gửi UBND các tỉnh, thành phố ven biển (...) khẩn trương
kêu gọi các tàu thuyền ...' (pending zr1), 'Bộ Y tế vừa có công điện gửi Ủy ban nhân dân các tỉnh, thành
phố trực thuộc Trung ương quan tâm chỉ đạo ...' (office_spans ob35-009), 'UBND tỉnh vừa ban hành văn bản
gửi Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh, ... chủ động, khẩn trương thực hiện ...' (ob36-005),
'Sở Văn hoá, Thể thao và Du lịch đã có Công văn gửi Phòng Văn hóa và Thông tin các địa phương, ... chuẩn
bị tốt các điều kiện ...' (pending zc2).

A press or portal item retells what a letter asks: the bodies it was sent to do the work that follows
them, and the sender only asks (samples/gold/README.md, 'Asks passed on from one body to another': in
such an item 'X vừa / đã có văn bản ...' tells what X's letter asks, so Y is the office).  With an ask
word ('gửi Y đề nghị ...', 'gửi Y yêu cầu ...') the office reader already reads it so; with none, it
took the sender for the subject and the addressees for the bodies a report goes to.

Why a rewrite: the sentence is read as the ask it tells, 'Đề nghị <addressees> <work>', so every list
reader of offices.py reads the addressees the one way it reads any ask.  Only a letter told as done
('vừa', 'đã', 'mới' before the verb: the item's report of it) is taken; a letter still to be written
('khẩn trương có văn bản gửi Bộ Tài chính những nội dung ...', 'cần có văn bản chính thức gửi Bộ Tài
chính để xác minh') keeps its writer as the doer and the addressee as the body reported to.  The
addressees must be followed by a verb, not by the letter's subject ('về việc ...'), a purpose ('để ...'),
a list mark or an ask word; a letter whose own ask word comes anywhere later is read as before.
"""
from __future__ import annotations

import re
from typing import Callable

# the sender's letter told as done: '<sender> (cũng) vừa / đã / mới (ký) có / ban hành / gửi <letter>
# (khẩn / hỏa tốc) (số N) (ngày D) gửi (đến / tới)'
_SENT_LETTER_RE = re.compile(
    r"(?<![^\W_])(?:vừa|đã|mới)(?:\s+(?:vừa|mới|ký))?\s+(?:có|ban\s+hành|ký\s+ban\s+hành|ký|gửi)\s+"
    r"(?:[Cc]ông\s+văn|[Vv]ăn\s+bản|[Cc]ông\s+điện)(?:\s+(?:khẩn|hỏa\s+tốc|hoả\s+tốc))?"
    r"(?:\s+số\s+[\w/.\-]+)?(?:\s*,?\s*ngày\s+[\d/.\-]+)?\s+gửi\s+(?:(?:đến|tới)\s+)?",
    re.I)
# what may follow the addressees without being their work
_NOT_THEIR_WORK_RE = re.compile(
    r"\s*(?:,\s*)?(?:về\s+việc|v/v|về|để|nhằm|đề\s+nghị|yêu\s+cầu|giao|kêu\s+gọi|thông\s+báo|với|trong\s+đó|"
    r"theo\s+đó|nêu\s+rõ|cho\s+biết)(?![^\W_])", re.I)


# the letter's own ask word anywhere after the addressees
_ASK_LATER_RE = re.compile(r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu|về\s+việc|v/v)(?![^\W_])", re.I)


def letter_addressees_ask(text: str, subject_of: Callable[[str], tuple[str, int] | None],
                          is_office_list: Callable[[str], bool]) -> str | None:
    """``text`` read as the ask it retells ('Đề nghị <addressees> <work>'), or None.

    ``subject_of`` is the office reader's subject finder (the list a clause opens with and where it
    ends, its verb after it); ``is_office_list`` says whether a written list names bodies."""
    m = _SENT_LETTER_RE.search(text)
    if m is None:
        return None
    tail = text[m.end():]
    sub = subject_of(tail)
    if sub is None or not is_office_list(sub[0]):
        return None
    if _NOT_THEIR_WORK_RE.match(tail[sub[1]:]) or re.match(r"\s*[;,:(]", tail[sub[1]:]):
        return None
    if _ASK_LATER_RE.search(tail, sub[1]):
        # ('gửi Giám đốc Sở Y tế ...; Giám đốc các Bệnh viện ...; Thủ trưởng Y tế các Bộ, ngành đề nghị ...', 'gửi
        # các sở giáo dục và đào tạo yêu cầu ...'): the letter's own ask word comes later; the reader reads it
        return None
    return "Đề nghị " + tail
