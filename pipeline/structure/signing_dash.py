"""(header44, H16) A signing lead whose signer's name and title are joined by a dash is read in the title-then-name order
the lead readers know.

Why: a press item tells who signed its document as '<title> <Name> đã ký ...' ('Phó Chủ tịch UBND huyện X Nguyễn Văn A
đã ký Công văn số ...'); the readers of a body-only page (``posted.posted_header``: the press lead, the signed-lead and
unnamed-head readers, ``split_head_from_body``) take the issuer from the title's body and the signer from the name after
it.  Some papers join the two with a dash instead, and then nothing is read right:

- **name first** ('Ông Ngô Đức Sáu – Phó Chủ tịch UBND huyện Lâm Thao, tỉnh Phú Thọ đã ký hướng dẫn số 1510/UBND-GDĐT
  ngày 27/8/2021 ...', header_fields AX07, a magazine of the pages corpus): START reads the type, number, date and
  name but no issuer and no title (the title's span stops at the parent place's comma, and no reader takes a title
  after a name as the issuer's head).  The same apposition, name then dash then title before 'đã ký', is printed in
  deadline_audit sf12 ('do Chủ tịch Quốc hội Trần Thanh Mẫn - Chủ tịch Hội đồng Bầu cử Quốc gia đã ký ban hành ...');
  there the name already follows a title, and such a name is left as it is (below).
- **title first** ('Chánh Văn phòng HĐND-UBND thành phố Kon Tum - Nguyễn Quốc Vương đã ký ban hành thông báo kết luận
  ...', unseen30 fo9, measure30's H16): the dash cuts the name from its title and the signer is read as the place's
  last word ('Kon Tum').

Both are rewritten to '<title> <Name> đã ký ...' (an honorific 'Ông / Bà / Đồng chí' before a name-first apposition is
dropped with the dash), only when

- the dash has a space on each side (a joined 'HĐND-UBND' or a symbol's 'UBND-GDĐT' is never a dash here),
- the name is a personal name (``titles.is_personal_name``: two to five capitalised syllables, no administrative word),
- the title is a head's ('(Phó) Chủ tịch / Giám đốc / Bộ trưởng / Thứ trưởng / Chánh Văn phòng / Trưởng ban / Bí thư /
  Chủ nhiệm / Cục trưởng / Tổng cục trưởng', the roles posted.py's signer readers know, and 'Bí thư'),
- and the pair is followed by '(đã / vừa / mới) ký' -- a signing; a dash between a speaker's title and name ('kết luận
  của Chủ tịch UBND tỉnh - Phan Ngọc Thọ - Trưởng Ban Chỉ đạo ...', header_fields hue_cv4009; 'do Phó Chủ tịch Thường
  trực UBND huyện - Trương Văn Trung làm tổ trưởng', office_spans ob17-047; a caption 'Chủ tịch UBMTTQ Việt Nam tỉnh -
  Nguyễn Thị Thu Trinh phát biểu', development zo6) is not a signing and is left alone.

A name-first apposition is read only at a sentence's or line's start, after a lead's comma or after an honorific, so a
name that already follows its title (sf12's 'Chủ tịch Quốc hội Trần Thanh Mẫn - ...') keeps the order it has.
"""
from __future__ import annotations

import re

__all__ = ["signing_in_title_order"]

_ROLE = (r"(?:Phó\s+)?(?:[Cc]hủ\s+tịch|Giám\s+đốc|Bộ\s+trưởng|Thứ\s+trưởng|Chánh\s+[Vv]ăn\s+phòng|Trưởng\s+[Bb]an|Bí\s+thư|"
         r"Chủ\s+nhiệm|Cục\s+trưởng|Tổng\s+cục\s+trưởng)(?:\s+Thường\s+trực)?(?![^\W_])")
# (a capital opens each syllable: the range À-Ỹ spans lowercase letters too, so a lowercase initial is refused first --
# 'Nguyễn Quốc Vương đã' is no name)
_LOWER_VI = "[" + "".join(c for c in map(chr, range(0x00C0, 0x1EFA)) if c.isalpha() and c.islower()) + "a-z]"
_CAP = r"(?!" + _LOWER_VI + r")[A-ZĐÀ-Ỹ]"
_NAME = _CAP + r"[a-zà-ỹđ]+(?:\s+" + _CAP + r"[a-zà-ỹđ]+){1,4}"
_DASH = r"\s+[-–—]\s+"
# the title's own words: a body and its parent place ('UBND huyện Lâm Thao, tỉnh Phú Thọ'), never another dash or a stop
_TITLE_WORDS = r"(?:(?!\s[-–—]\s)[^.;:!?()\n]){3,140}?"
_SIGNS = r"(?=\s+(?:(?:đã|vừa|mới)\s+)*ký(?![^\W_]))"
_HONORIFIC = r"(?:[Ôô]ng|[Bb]à|[Đđ]ồng\s+chí)"

_NAME_FIRST_RE = re.compile(r"(?P<pre>^\s*|[.,;:]\s+)(?:" + _HONORIFIC + r"\s+)?(?P<name>" + _NAME + r")" + _DASH
                            + r"(?P<title>" + _ROLE + _TITLE_WORDS + r")" + _SIGNS)
_TITLE_FIRST_RE = re.compile(r"(?<![^\W_])(?P<title>" + _ROLE + _TITLE_WORDS + r")" + _DASH + r"(?:" + _HONORIFIC + r"\s+)?"
                             r"(?P<name>" + _NAME + r")" + _SIGNS)


def signing_in_title_order(text: str) -> str:
    """``text`` with a signing lead's dash apposition of name and title rewritten as '<title> <Name>' (see the module's
    docstring); any other text is returned unchanged."""
    if "ký" not in text or not re.search(r"\s[-–—]\s", text):
        return text
    from pipeline.structure.titles import is_personal_name  # (titles imports nothing of posted's: kept lazy like posted's)

    def name_first(m: re.Match) -> str:
        if not is_personal_name(m.group("name")):
            return m.group(0)
        return m.group("pre") + m.group("title").rstrip() + " " + m.group("name")

    def title_first(m: re.Match) -> str:
        if not is_personal_name(m.group("name")):
            return m.group(0)
        return m.group("title").rstrip() + " " + m.group("name")

    text = _NAME_FIRST_RE.sub(name_first, text)
    return _TITLE_FIRST_RE.sub(title_first, text)
