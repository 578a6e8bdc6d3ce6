"""header46: the body of the officer who chairs an item's meeting or signs its cable, when the item names no holder.

labels33 (samples/gold/README.md, 'Session 33, labels33' (3), after header22's 'an officer's ask names the officer's
body'): 'a meeting a Deputy Chairman chairs is his committee's, 'UBND TP', 'UBND tỉnh', 'UBND huyện', 'UBND phường''; an
officer who chairs is no signer (header19).  The items that tell the meeting by its chair only:

* 'Ngày 8/9, ông <name>, Phó Chủ tịch UBND tỉnh đã chủ trì cuộc họp với các sở, ngành ...' -> 'UBND tỉnh';
* 'Dự và chủ trì hội nghị có đồng chí: <name>, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; ...' -> 'UBND xã' (titles chain, the
  last one is the office he acts in, as posted._OFFICER_ASK_RE reads them);
* '<rank> <name>, ..., Thứ trưởng Bộ Quốc phòng vừa ký điện gửi các cơ quan, đơn vị ...' -> 'Bộ Quốc phòng' (the cable is
  his ministry's; a person is never the issuer).

* 'Sáng 02-12, Chánh Văn phòng UBND tỉnh đã chủ trì buổi họp giao ban Văn phòng.' -> 'Văn phòng UBND tỉnh'; '..., Trưởng
  Tiểu ban Nội dung Đại hội chủ trì ...' -> 'Tiểu ban Nội dung Đại hội' (the head of an Office or a board: that body).

Only the officer's post names the body; the person is not read.
"""
from __future__ import annotations

import re

_ROLE = (r"(?:Phó\s+)?(?:[Cc]hủ\s+tịch|[Bb]ộ\s+trưởng|[Tt]hứ\s+trưởng|[Gg]iám\s+đốc|[Bb]í\s+thư|[Tt]rưởng\s+[Bb]an|"
         r"[Cc]hánh\s+[Vv]ăn\s+phòng|[Tt]ổng\s+cục\s+trưởng|[Cc]ục\s+trưởng)")
# the body after the post: a committee, council, ministry, department, Party committee or board, up to the clause's end
_POST_BODY = (r"(?P<body>(?:UBND|HĐND|Ủy\s+ban|Uỷ\s+ban|Hội\s+đồng|Bộ|Sở|Ban|Cục|Tổng\s+cục|Đảng\s+(?:ủy|uỷ)|"
              r"(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+(?:ủy|uỷ))(?![^\W_])[^,;:.()]{0,60}?)")
_MEETING = r"(?i:cuộc\s+họp|hội\s+nghị|phiên\s+họp|buổi\s+(?:họp|làm\s+việc)|cuộc\s+làm\s+việc|hội\s+thảo|kỳ\s+họp)(?![^\W_])"
# 'ông|bà|đồng chí <name>, [titles,] <post> <body> [đã|vừa] chủ trì <meeting>' (titles joined by commas or dashes, 'Phó bí
# thư – Chủ tịch UBND huyện')
_CHAIR_RE = re.compile(r"(?<![^\W_])(?i:ông|bà|đồng\s+chí)\s+[A-ZĐÀ-Ỹ][^,;:.()]{2,40}?\s*[,–-]\s*"
                       r"(?:[^,;:.()–]{2,80}?\s*(?:,|\s[–-])\s*){0,3}" + _ROLE + r"\s+" + _POST_BODY +
                       r"\s*,?\s+(?:(?:đã|vừa|cũng)\s+)?chủ\s+trì\s+" + _MEETING)
# 'Dự và chủ trì hội nghị có đồng chí: <name>, <titles>, <post> <body>;'
_CHAIRED_BY_RE = re.compile(r"(?i:dự\s+và\s+chủ\s+trì|chủ\s+trì)\s+" + _MEETING + r"\s+(?i:có)\s+(?i:đồng\s+chí|ông|bà)\s*:?\s*"
                            r"[A-ZĐÀ-Ỹ][^,;:.()]{2,40}?\s*[,–-]\s*(?:[^,;:.()]{2,80}?\s*,\s*){0,3}" + _ROLE + r"\s+"
                            + _POST_BODY + r"\s*(?:[;.]|$)")
# (a chair named by his post alone after the day, 'Sáng 02-12, Chánh Văn phòng UBND tỉnh đã chủ trì buổi họp giao ban Văn
# phòng.': the Office's head, so the Office; a board's head, '..., Trưởng Tiểu ban Nội dung Đại hội chủ trì ...': the board)
_POST_CHAIR_RE = re.compile(r"(?:^|,\s*|[-–]\s*)(?P<role>Chánh\s+[Vv]ăn\s+phòng|(?:Phó\s+)?Trưởng\s+(?=(?:Tiểu\s+)?[Bb]an\s))\s*"
                            r"(?P<body>(?:(?:Tiểu\s+)?[Bb]an\s+)?[^,;:.()]{2,80}?)\s+(?:(?:đã|vừa)\s+)?chủ\s+trì\s+" + _MEETING)
# '<post> <body> [đã|vừa] ký (công) điện|công văn|văn bản ...'
_SIGNED_RE = re.compile(r"(?<![^\W_])" + _ROLE + r"\s+" + _POST_BODY +
                        r"\s+(?:(?:đã|vừa|mới)\s+)?ký\s+(?:(?i:công\s+điện|điện|công\s+văn|văn\s+bản))(?![^\W_])")


def _clean(body: str) -> str | None:
    """The body as the issuer is written, or None when a person's name or a verb ran into it."""
    body = re.sub(r"\s+", " ", body).strip()
    words = body.split()
    # (a name after the body, 'UBND tỉnh Nguyễn Văn A': three capitalised words after a lower-case level word)
    if len(words) >= 5 and all(w[:1].isupper() for w in words[-3:]) and re.search(r"(?:tỉnh|huyện|xã|phường|thành phố)$",
                                                                                   " ".join(words[:-3])):
        return None
    if re.search(r"(?<![^\W_])(?:đã|vừa|được|các|và\s+các)(?![^\W_])", body):
        return None
    return body


def officer_body(texts: list[str], reach: int = 8) -> str | None:
    """The body whose officer chairs the item's meeting or signs its cable (see the module's docstring), or None."""
    for t in texts[:reach]:
        for rx in (_CHAIR_RE, _CHAIRED_BY_RE, _SIGNED_RE, _POST_CHAIR_RE):
            m = rx.search(t)
            if m:
                body = _clean(m.group("body"))
                if body and rx is _POST_CHAIR_RE and m.group("role").startswith("Chánh"):
                    body = "Văn phòng " + body
                if body:
                    return body
    return None
