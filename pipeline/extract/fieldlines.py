"""A notice's labelled field line ('Đối tượng tuyển sinh: Các cháu sinh năm 2015 ...') is no task.

Notices, enrolment calls, survey plans and event letters print what they are about as labelled
fields: '1. Đối tượng tuyển sinh: Các cháu sinh năm 2015; 2016; ...', '3. Địa bàn tuyển sinh: Các
thôn trong xã Trung Giã', '1. Thành phần tham gia: Toàn thể Đoàn viên, thanh niên, ...', '5. Trang
phục: Áo xanh thanh niên Việt Nam.', '3. Điều tra viên: Cán bộ quản lý, giáo viên, ...', '+ Buổi
sáng: từ 7 giờ 30 giờ đến 11 giờ.'. The key names a property of the event and the value fills it
with a noun phrase: nobody is asked to act. The task reader took such lines for tasks (pending gold
et5 x3, fg3 x2, fq4, fq5; the carry-over batch fw1 x3) because a named class of people sits in
the value.

Counted on every labelled text before the rule (tasks41, `fieldcount` in benchmarks/HISTORY.md):
lines '<Key of at most four words>: <value>' whose value holds no action verb and whose line no
directive cue -- development gold 375 no task, 1 optional, 1 required; pending gold 26 no task, 2
optional. The one required line is a list of ministries under the key 'Các Bộ' (k4: 'Các Bộ: Y tế,
Nông nghiệp và Môi trường, ...'), so a key that names bodies ('Các ...', a body's head noun) is
left to the other readers. A value with an action verb ('Dụng cụ chuẩn bị: Mỗi chi đoàn chuẩn bị
thêm ...', 'Hình thức tổ chức: UBND xã giao ...', 'Nội dung: Hiệp thương ...') is a duty and is
left as it was.
"""
from __future__ import annotations

import re
from typing import Callable

# '[bullet] Key: value' -- the key a capitalised noun phrase of one to four words, no digits
_FIELD_RE = re.compile(
    r"^(?:[-–+*•]\s*)?(?P<key>[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[^\W\d_]+){0,3})\s*:\s*(?P<value>\S.*)$"
)
# keys that name the doers themselves ('Các Bộ: Y tế, ...', 'UBND xã: ...', 'Phòng GD&ĐT: ...')
# or a step's own label ('Bước 1:', 'Lưu ý:', 'Ghi chú:' hold the note's own sentences)
_BODY_KEY_RE = re.compile(
    r"^(?:Các|Những|Mọi|Tất|Toàn|Mỗi|Từng|Riêng|Đối\s+với|Về|Cụ|Trong|Ngoài|Bên|Đồng\s+thời|Theo|Sau|Trước|Nay|Lưu|Ghi|Chú|Bước|"
    r"UBND|Ủy|Uỷ|Sở|Phòng|Ban|Bộ|Cục|Chi|Công|Đoàn|Hội|Trung|Đảng|Văn|Tổ|Trường|Viện|Đài|Báo|Huyện|Xã|Phường|"
    r"Tỉnh|Thành|Quận|Thị|Chủ|Phó|Giám|Trưởng|Bí|Đồng\s+chí|Đ/c)(?![^\W_])(?!\s+phần)",
    re.I,
)


def field_line(text: str, verb_any: re.Pattern[str], directive_cue: re.Pattern[str],
               strip_office_nouns: Callable[[str], str]) -> bool:
    """True when ``text`` is a labelled field whose value is a verbless noun phrase.

    ``verb_any`` and ``directive_cue`` are the task reader's own patterns (tasks.VERB_ANY_RE,
    tasks.DIRECTIVE_CUE_RE), passed in so this module does not import the reader that calls it;
    ``strip_office_nouns`` blanks 'Văn phòng' / 'Phòng X' whose head reads like a verb.
    """
    t = text.strip()
    m = _FIELD_RE.match(t)
    if not m or t.endswith(":"):
        return False
    key, value = m["key"], m["value"]
    if _BODY_KEY_RE.match(key) and not re.match(r"Thành\s+phần(?![^\W_])", key, re.I):
        return False
    if verb_any.match(key) or directive_cue.search(t):
        return False
    return not verb_any.search(strip_office_nouns(value))


# tasks44 (M5): a describing field's key -- criteria, make-up, who may take part, conditions, time,
# place, dress ('1/- tiêu chuẩn HS: Có những việc làm tốt ...', 'Thành phần tham gia: Toàn thể Đoàn
# viên, thanh niên, sinh viên các chi đoàn khóa 16; 17 trực thuộc đoàn trường;'), up to three more
# words; the key may be printed lower-case after its label
DESCRIBED_KEY_RE = re.compile(
    r"^(?:[-–+*•]\s*)?(?P<key>(?i:tiêu\s+chuẩn|thành\s+phần|đối\s+tượng|điều\s+kiện|thời\s+gian|địa\s+điểm|trang\s+phục)"
    r"(?:[\s,]+[^\s:]+){0,3}?)\s*:\s*(?P<value>\S.*)$")
# a value that asks after all: a duty modal, an ask word, a filing or a limit
_VALUE_ASK_RE = re.compile(
    r"(?<![^\W_])(?:phải|cần|đề\s+nghị|yêu\s+cầu|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|chậm\s+nhất|trước\s+ngày|"
    r"gửi|nộp|đăng\s+ký|báo\s+cáo)(?![^\W_])", re.I)


def described_field(text: str, directive_cue: re.Pattern[str]) -> bool:
    """True when ``text`` is a describing field ('Tiêu chuẩn giáo viên: Có những việc làm tốt ...',
    'Thành phần tham gia: Toàn thể Đoàn viên ...') whose value asks no one.

    Why apart from ``field_line``: a criterion or a make-up is written with verbs ('Có những việc làm
    tốt đem lại lợi ích ...', 'trực thuộc đoàn trường') that describe the person sought, not an act
    anyone is asked to do, so the verbless test refuses it; the key alone says it describes.  A value
    with a duty modal, an ask word, a filing or a limit is left to the task reader.
    """
    t = text.strip()
    m = DESCRIBED_KEY_RE.match(t)
    if not m or t.endswith(":"):
        return False
    if directive_cue.search(t) or _VALUE_ASK_RE.search(m["value"]):
        return False
    return True
