"""header46: the name of a body that holds an event, as a news lead prints it.

labels32's call (1) and labels33's annotation (samples/gold/README.md, 'Session 33, labels33' (3)) make the holder of
the meeting, launch or drive a news item reports its issuer, 'named as the text names it (a joint holder written whole
as printed ...; a bare level word kept ...; the partner after 'phối hợp với' not named)'.  posted.event_or_officer_issuer
reads the holder but turns down three kinds of name this module accepts:

* a Party committee's or a Youth Union's name followed by its place, 'Ban Thường vụ Tỉnh ủy Tiền Giang', 'Huyện ủy Châu
  Thành', 'Thị đoàn Dĩ An', 'Ban Thường vụ Huyện đoàn Phụng Hiệp': the capitalised words after 'ủy' / 'đoàn' are the
  place, never a person's name (a person's name follows a title, 'Bí thư Tỉnh ủy Nguyễn Văn A', not the committee);
* a joint holder, bodies joined by dashes, by 'và' or by commas ('Đảng ủy – UBND – UBMTTQ Việt Nam phường 12', 'UBND huyện
  Phù Mỹ và huyện Phù Cát', 'Ban Dân vận, Ủy ban MTTQ huyện Kinh Môn'): written whole;
* a name that holds the fixed compound 'phòng, chống' ('BCĐ phòng, chống dịch Covid - 19 phường Mỹ Đình 1'), whose comma
  no clause reader lets into a name: `protect` hides the comma while a lead is read, `restore` gives it back.
"""
from __future__ import annotations

import re

# the compound whose comma belongs to a body's name ('Ban Chỉ đạo phòng, chống dịch ...', 'Ban chỉ huy phòng, chống thiên
# tai ...'); U+201A stands in for the comma while a lead is matched
_COMPOUND_RE = re.compile(r"(?<![^\W_])((?i:phòng)),(\s+(?i:chống)(?![^\W_]))")
_HIDDEN = "\u201a"

# the head words a holder's name opens on (a closed list of the bodies news leads name as holding an event); the boards
# of the Party, the Youth Union and the Front in lower case too, as commune portals print them ('ban chấp hành đoàn xã
# Tam Đàn', 'thường trực MTTQ Việt Nam')
HOLDER_HEAD = (
    r"(?:UBND|HĐND|UBMTTQ(?:VN)?|MTTQ|BCĐ|BCH|BTV|BQL|UB\s+(?:Hội|MTTQ)|Ủy\s+ban|Uỷ\s+ban|Hội\s+đồng|Ban|Đảng\s+(?:ủy|uỷ|bộ)|"
    r"(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+(?:ủy|uỷ|đoàn|Đoàn)|Đoàn(?!\s+(?i:kiểm\s+tra|công\s+tác|giám\s+sát|khảo\s+sát|thanh\s+tra|"
    r"liên\s+ngành|đại\s+biểu|ĐBQH|cán\s+bộ|chuyên\s+gia|kiểm\s+soát|y\s+tế|viên)(?![^\W_]))|Hội|Phòng|Sở|Bộ|Cục|Chi\s+cục|Tổng\s+cục|Trung\s+tâm|"
    r"Trường|Công\s+an|Mặt\s+trận|Liên\s+đoàn|Công\s+đoàn|Chi\s+bộ|Thường\s+trực|Văn\s+phòng|"
    r"(?:thường\s+trực|ban\s+(?:chấp\s+hành|thường\s+vụ|thường\s+trực))(?=\s+[A-ZĐÀ-Ỹ]|\s+(?:đoàn|hội|đảng|mttq|ủy|uỷ)(?![^\W_])))"
    r"(?![^\W_])")
HOLDER_HEAD_RE = re.compile(r"^" + HOLDER_HEAD)
# (a delegation, 'Đoàn kiểm tra liên ngành', 'Đoàn công tác', holds no event of its own: header32)
# the words that never stand in a body's name (a clause, a list or a verb ran into it)
_NOT_NAME_RE = re.compile(r"(?<![^\W_])(?:đã|vừa|sẽ|được|các|những|là|có|cho|về|tại|với|nhằm|để|khi|sau|trước|đang|chọn|tiếp\s+tục|triển\s+khai|kế\s+hoạch|thực\s+hiện|tổ\s+chức|cũng|mới|"
                          r"ban\s+hành|cần|lập|sáng|chiều|kính|gửi|phát\s+đi)(?![^\W_])")
_WITH_PEOPLE_RE = re.compile(r"(?<![^\W_])(?:và|cùng)\s+(?:nhân\s+dân|người\s+dân|cán\s+bộ|đoàn\s+viên|hội\s+viên|thanh\s+niên)(?![^\W_])")
_STEERING_SUBJECT_RE = re.compile(r"^((?:Ban\s+[Cc]hỉ\s+đạo|BCĐ|Ban\s+[Tt]ổ\s+chức|BTC)\s+)(?:các|những)\s+")
# a Party committee or a Youth Union's committee, then the place it names (see the module's docstring)
_COMMITTEE_PLACE_RE = re.compile(r"(?:(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+(?:ủy|uỷ|đoàn|Đoàn)|Đoàn\s+(?:xã|phường|thị\s+trấn))"
                                 r"(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,4}$")
# a local body's parent place after a comma ('Phòng TN&MT huyện Lục Yên, tỉnh Yên Bái'): where it is, not a second holder
_PARENT_PLACE_RE = re.compile(r"\s*,\s*(?:tỉnh|thành\s+phố|TP\.?|Tp\.?|huyện|quận|thị\s+xã)\s+[A-ZĐÀ-Ỹ][^,;:.]*$")
_OWN_LEVEL_RE = re.compile(r"(?<![^\W_])(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã)\s+[A-ZĐÀ-Ỹ0-9]")
_BRACKET_RE = re.compile(r"\s*\([^()]{1,40}\)")


def protect(text: str) -> str:
    """The text with the comma of 'phòng, chống' hidden (see the module's docstring)."""
    return _COMPOUND_RE.sub(r"\1" + _HIDDEN + r"\2", text)


def restore(text: str) -> str:
    """The text with the hidden comma given back."""
    return text.replace(_HIDDEN, ",")


def committee_with_place(who: str) -> bool:
    """Whether the name ends on a Party committee or a Youth Union followed by its place ('Huyện ủy Châu Thành')."""
    return _COMMITTEE_PLACE_RE.search(re.sub(r"\s+", " ", who.strip())) is not None


def holder_name(who: str) -> str | None:
    """The holder's name as the issuer is written: brackets (a short name, a parent place) and a parent place after a
    comma taken off, a joint holder kept whole; None when the words are no body's name."""
    name = re.sub(r"\s+", " ", restore(who)).strip(" ,-–")
    pm = _PARENT_PLACE_RE.search(name)
    if pm:
        # (only after a body that names its own level and place, 'Phòng TN&MT huyện Lục Yên, tỉnh Yên Bái'; after 'Sở Y tế,
        # TP Cần Thơ' the comma may part a list of holders: no reading, as header35 left it)
        if not _OWN_LEVEL_RE.search(name[:pm.start()]):
            return None
        name = name[:pm.start()]
    name = _BRACKET_RE.sub("", name).strip()
    if not HOLDER_HEAD_RE.match(name) or len(name) < 4 or len(name) > 120:
        return None
    # (a steering or organising board names its subject, 'Ban chỉ đạo các ngày lễ lớn năm 2016 huyện Bàu Bàng': 'các' there
    # is part of the name)
    words = _STEERING_SUBJECT_RE.sub(r"\1", name)
    # (a body and the people with it hold nothing as a body, 'Đảng bộ và nhân dân xã Tân Hòa': header33)
    if _NOT_NAME_RE.search(words) or re.search(r"[;:!?]", name) or _WITH_PEOPLE_RE.search(name):
        return None
    # (a comma stands in a name only inside a fixed compound: 'phòng, chống', 'Văn hóa, Thể thao và Du lịch'; or between the
    # bodies of a joint holder, each opening on a body's head word, written whole as labels33 writes a joint holder: 'Ban Dân
    # vận, Ủy ban MTTQ huyện Kinh Môn', 'Ban Chấp hành, Ban Thường vụ Đảng bộ UBND tỉnh và thành viên UBND tỉnh')
    bare = re.sub(r"(?i:phòng), (?i:chống)|Văn\s+hóa, Thể\s+thao|Văn\s+hoá, Thể\s+thao", "", name)
    if "," in bare and not all(HOLDER_HEAD_RE.match(part.strip()) for part in bare.split(",")):
        return None
    return name
