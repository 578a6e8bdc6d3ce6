"""A collective named by its examples after 'như' (reach18, issue 5).

'yêu cầu các cơ quan chức năng như Công an phường, Phòng Kinh tế, Hạ tầng và Đô thị, ... tăng cường
kiểm tra', 'Yêu cầu các đơn vị liên quan như Sở Y tế, Sở Công Thương, Công an tỉnh ...', 'Các sở,
ngành như Sở Tài chính, Sở Xây dựng khẩn trương rà soát': the bodies named after 'như' are the
offices; the collective before it only sums them up and is no office of its own (samples/gold/README.md,
"A collective named by its examples").  Where no named body follows ('các lực lượng chức năng như
công an, quân đội ...', 'các cơ quan chức năng cùng cấp như Công an, Lao động, Tư pháp, ...' whose
examples are fields: office_spans ob16-048), the collective stays, without the 'như' a reading may
have glued to it ('Các cơ quan chức năng như' -> 'Các cơ quan chức năng').
"""
from __future__ import annotations

import re
from dataclasses import replace

_NHU_TAIL_RE = re.compile(r"\s+như\s*:?(?:\s.*)?$", re.I | re.S)
_COLLECTIVE_HEAD_RE = re.compile(r"^(?:các|những|mọi)\s", re.I)
_AFTER_RE = re.compile(r"\s*,?\s*như\s*:?\s+", re.I)
# a named body: a capitalised head word and at least one more word ('Công an phường', 'Sở Y tế';
# a bare field 'Công an', 'Lao động' names no body)
_NAMED_RE = re.compile(r"^(?-i:[A-ZĐ])\S*\s+\S+")


def example_bodies(text: str, roles: list) -> list:
    """Roles with a collective summed up by the named bodies after its 'như' dropped, and a 'như'
    glued to a collective's name cut off."""
    if "như" not in text or not roles:
        return roles
    out = []
    for r in roles:
        w = r.text or r.office
        if _NHU_TAIL_RE.search(r.office) and _COLLECTIVE_HEAD_RE.match(r.office):
            # 'Các cơ quan chức năng như' / 'Các lực lượng chức năng như công an'
            cut = _NHU_TAIL_RE.search(r.office).start()
            tcut = _NHU_TAIL_RE.search(w)
            r = replace(r, office=r.office[:cut].rstrip(" ,:"), text=w[:tcut.start()].rstrip(" ,:") if tcut else w)
            w = r.text or r.office
        out.append(r)
    keep = []
    for r in out:
        w = r.text or r.office
        at = text.find(w) if w else -1
        if r.role in ("lead", "support") and _COLLECTIVE_HEAD_RE.match(r.office) and at >= 0:
            nm = _AFTER_RE.match(text, at + len(w))
            if nm is not None:
                after = nm.end()
                named = [x for x in out if x is not r and x.role == r.role and _NAMED_RE.match(x.text or x.office)
                         and text.find(x.text or x.office, after) >= after
                         and text.find(x.text or x.office, after) - after < 120]
                if named:
                    continue  # the examples are the offices
        keep.append(r)
    return keep


# (reach18) what an election body elects is part of its name: 'các Tổ bầu cử đại biểu Quốc hội khóa XV',
# 'Ban bầu cử đại biểu Hội đồng nhân dân tỉnh', 'Ủy ban bầu cử đại biểu HĐND xã' -- the deputies after
# 'bầu cử' are no body of their own (a person's title, 'đại biểu Quốc hội')
_ELECTED_RE = re.compile(r"(?<![^\W_])(?:bầu|ứng)\s+cử\s+$", re.I)
_DEPUTY_RE = re.compile(r"^đại\s+biểu(?![^\W_])", re.I)
_DEPUTY_TAIL_RE = re.compile(r"đại\s+biểu\s+(?:Quốc\s+hội|Hội\s+đồng\s+nhân\s+dân|HĐND)"
                             r"(?:\s+(?:khóa|khoá|nhiệm\s+kỳ)\s+[\w\-–]+(?:\s*[-–]\s*\d{4})?)?"
                             r"(?:\s+(?:tỉnh|huyện|xã|phường|thành\s+phố|thị\s+trấn|các\s+cấp)(?![^\W_]))?", re.I)


def elected_deputies(text: str, roles: list) -> list:
    """Roles without a 'đại biểu ...' split off the election body it follows ('các Tổ bầu cử đại biểu
    Quốc hội khóa XV'), the body's name going on with it."""
    if "bầu cử" not in text.casefold() and "ứng cử" not in text.casefold():
        return roles
    out = list(roles)
    for r in roles:
        w = r.text or r.office
        if r.role not in ("lead", "support") or not _DEPUTY_RE.match(w):
            continue
        at = text.find(w)
        if at < 0 or not _ELECTED_RE.search(text[:at]):
            continue
        out = [x for x in out if x is not r]
        tail = _DEPUTY_TAIL_RE.match(text, at)
        for i, x in enumerate(out):
            xw = x.text or x.office
            xa = text.find(xw)
            if xa >= 0 and xa + len(xw) <= at and not text[xa + len(xw):at].strip() and tail is not None:
                more = text[xa + len(xw):tail.end()]
                out[i] = replace(x, office=x.office + more, text=xw + more)
    return out
