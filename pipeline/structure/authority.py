"""The issuing body when the header block did not name it whole (header batch L, session 12).

Two shapes of page leave the issuer empty or bare:

* a decision whose header block was lost or damaged (a print page without it, a text layer that
  lost glyphs: 'TỈNH BÀ RỊA - NG TÀU') still prints its enacting body on a line of its own over
  the legal bases: 'ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU' / 'Căn cứ Luật ...', or the holder
  who decides, 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG' / 'Căn cứ ...' (the body is the one he
  chairs): :func:`preamble_authority`;
* a scrape that kept only the first line of the issuer's cell, 'ỦY BAN NHÂN DÂN |', with the
  province or city in the date line ('Lạng Sơn, ngày ...'), in the site's property list
  ('Cơ quan ban hành | Thành phố Huế') or in the body's own words ('UBND tỉnh xây dựng Kế hoạch
  ...'): :func:`complete_bare_committee` gives the committee its level and its place -- first from the
  enacting line over the legal bases when the page prints one (header35: ex10, ev10's layout).
"""
from __future__ import annotations

import re

from pipeline.model import Document
from pipeline.vietnamese import fold

_UP = r"A-ZĐÀ-Ỹ"
# a body's full name in capitals with its level and place ('ỦY BAN NHÂN DÂN TỈNH BÀ RỊA – VŨNG TÀU',
# 'HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI'), after the holder's title when the holder decides
_AUTHORITY_LINE_RE = re.compile(
    r"^\s*(?:(?:CHỦ\s+TỊCH|BỘ\s+TRƯỞNG|GIÁM\s+ĐỐC|CHÁNH\s+VĂN\s+PHÒNG)\s+)?"
    r"(?P<body>(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|BỘ|SỞ|ĐẠI\s+HỘI)"
    r"(?P<rest>(?:\s+[" + _UP + r"][" + _UP + r"\-–]*|\s+[-–])+)\s*$")
_LEVELS = ("TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ", "PHƯỜNG", "THỊ TRẤN")
_BASIS_RE = re.compile(r"^\s*(?:Căn\s+cứ|Xét\s+đề\s+nghị|Theo\s+đề\s+nghị)(?![^\W_])")


def preamble_authority(doc: Document, reach: int = 60) -> str | None:
    """The enacting body printed alone right over the legal bases, with its level and its place
    (a line naming only 'ỦY BAN NHÂN DÂN TỈNH' names no place and is left to the header)."""
    texts = [ln.text.strip() for ln in doc.lines[:reach * 2] if ln.text.strip() and ln.block != "running"][:reach]
    for i, t in enumerate(texts[:-1]):
        m = _AUTHORITY_LINE_RE.match(t)
        if not m or not _BASIS_RE.match(texts[i + 1]):
            continue
        body = re.sub(r"\s+", " ", m.group("body") + m.group("rest")).strip()
        if m.group("body").startswith(("ỦY", "UỶ", "HỘI")):
            after = body[len(re.sub(r"\s+", " ", m.group("body"))):].strip()
            level = next((lv for lv in _LEVELS if after.startswith(lv)), None)
            if level is None or not after[len(level):].strip(" -–"):
                continue  # ('ỦY BAN NHÂN DÂN TỈNH': which province, the line does not say)
        return body
    return None


_BARE_RE = re.compile(r"^(?:ủy|uỷ)\s+ban\s+nhân\s+dân$|^hội\s+đồng\s+nhân\s+dân$|^ubnd$|^hđnd$", re.IGNORECASE)
_PROPERTY_PLACE_RE = re.compile(
    r"(?:Cơ\s+quan|Nơi)\s+ban\s+hành\s*[:|]?\s*\|?\s*(?P<level>Tỉnh|Thành\s+phố|Huyện|Quận|Thị\s+xã|TP\.?)\s+"
    r"(?P<place>[" + _UP + r"][^|:\n]{1,40}?)(?=\s*\||\s+(?:Người\s+ký|Ngày|Số|Loại|Lĩnh\s+vực|Tình\s+trạng)(?![^\W_])|\s*$)")
# the body speaking of itself by its level: 'UBND tỉnh xây dựng Kế hoạch ...', 'Ủy ban nhân dân
# huyện ban hành ...' (a level word followed by a lowercase word: no other body's name)
_SELF_LEVEL_RE = re.compile(r"(?<![^\W_])(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+"
                            r"(?P<level>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+(?=[a-zà-ỹđ])")


def complete_bare_committee(doc: Document, issuer: str | None, number: str | None, place: str | None,
                            reach: int = 40) -> str | None:
    """'Ủy ban nhân dân <level> <place>' for a committee or council the header names bare (or not
    at all, when the number's symbol says which: '.../KH-UBND'), or None when the page does not
    give its level and place."""
    bare = issuer is not None and _BARE_RE.match(issuer.strip()) is not None
    code = (number or "").upper()
    kind = None
    if bare:
        kind = "Hội đồng nhân dân" if fold(issuer).startswith(("hoi", "hd")) else "Ủy ban nhân dân"
    elif issuer is None and re.search(r"[-/]UBND$", code):
        kind = "Ủy ban nhân dân"
    elif issuer is None and re.search(r"[-/]HĐND$", code):
        kind = "Hội đồng nhân dân"
    if kind is None:
        return None
    if bare:
        # (header35: 'ỦY BAN NHÂN DÂN | CỘNG HÒA ...' from a legal database's flattened table, then the enacting line
        # 'ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH' over 'Căn cứ ...': the decision names its own body whole, which beats a
        # place read from the date line, as the date line's town is not always the province: 'Đà Lạt, ngày ...')
        enacting = preamble_authority(doc)
        if enacting and fold(enacting).startswith(fold(kind)):
            return enacting
    texts = [ln.text.strip() for ln in doc.lines[:reach * 2] if ln.text.strip()][:reach]
    for t in texts:
        pm = _PROPERTY_PLACE_RE.search(t)
        if pm:
            level = re.sub(r"\s+", " ", pm.group("level")).lower().replace("tp.", "thành phố").replace("tp", "thành phố")
            return f"{kind} {level} {pm.group('place').strip()}"
    if not place:
        return None
    for t in texts:
        sm = _SELF_LEVEL_RE.search(t)
        if sm:
            level = re.sub(r"\s+", " ", sm.group("level"))
            return f"{kind} {level} {place.strip()}"
    return None
