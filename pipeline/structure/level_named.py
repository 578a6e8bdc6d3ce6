"""header46: a committee named by its bare level word in the lead, and by its full name further on.

'Ngày 17/10/2023 UBND xã ban hành Công văn số 156/UBND ...' then '... UBND xã Cao Sơn xây dựng lịch tiêm phòng ...': the
lead shortens the body the text names whole in its next lines.  ANNOTATION.md writes the issuer as written, and the
written rules keep a bare level word only where the text gives no more (labels33: 'a bare level word kept, 'UBND
huyện''); when the text names the same committee of that level with its place, and only one place of that level, the
full name is the issuer.  Never a place named alone ('trên địa bàn huyện X' names a place, not the body).
"""
from __future__ import annotations

import re

_BARE_RE = re.compile(r"^(?P<head>UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân)\s+"
                      r"(?P<level>xã|phường|thị\s+trấn|huyện|quận|thị\s+xã)$", re.I)
# (a sentence's verb printed with a capital after the bare level word, 'Ủy ban nhân dân huyện Xây dựng Kế hoạch ...': no place)
_VERBS = frozenset({"xây", "tổ", "triển", "ban", "thực", "chỉ", "yêu", "đề", "giao", "phối", "tiếp", "báo", "kiểm", "thông",
                    "quyết", "tăng", "rà", "hướng", "đôn", "tập", "phát", "ra", "họp", "có", "đã", "vừa",
                    "đánh", "nghe", "chấp", "cho", "nhận", "trả", "xử", "lãnh", "chủ", "tham", "tuyên", "thống", "ký"})
_TITLE_BEFORE_RE = re.compile(r"(?i:chủ\s+tịch|ủy\s+viên|uỷ\s+viên|thành\s+viên|lãnh\s+đạo|đại\s+diện)\s*$")
_HEADS = {"ubnd": r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)", "hđnd": r"(?:HĐND|Hội\s+đồng\s+nhân\s+dân)"}


def named_in_full(issuer: str | None, texts: list[str]) -> str | None:
    """The issuer with its place, when it is a bare level word and the text names that committee of that level with one
    place only (see the module's docstring), or None."""
    m = _BARE_RE.match((issuer or "").strip())
    if not m:
        return None
    kind = "hđnd" if m.group("head").lower().startswith(("hđnd", "hội")) else "ubnd"
    level = re.sub(r"\s+", r"\\s+", m.group("level").lower())
    rx = re.compile(_HEADS[kind] + r"\s+" + level + r"\s+(?P<place>[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3})")
    places = set()
    for t in texts:
        for x in rx.finditer(t):
            if _TITLE_BEFORE_RE.search(t[max(0, x.start() - 30):x.start()]):
                continue  # ('Chủ tịch UBND huyện Đặng Tiến Dũng': a post and its holder's name, no place)
            # (capitals only: 'À-Ỹ' spans the lower-case letters too, 'UBND huyện đánh giá ...')
            words = []
            for w in x.group("place").split():
                if not w[:1].isupper():
                    break
                words.append(w)
            if words and words[0].lower() not in _VERBS:
                places.add(" ".join(words))
    if len(places) != 1:
        return None
    return f"{issuer.strip()} {places.pop()}"
