"""What a text states about its own identity outside the header block.

Three formulas of Vietnamese legal drafting name a document's date or issuer where the header
block does not:

* A consolidated text (văn bản hợp nhất) is a text the issuing body re-prints with its
  amendments folded in.  Its header block repeats the consolidated act's type and title ('THÔNG
  TƯ / Hướng dẫn ...') with no number or date of its own; the consolidated text's identity is
  in the authentication block at its end (Ordinance 01/2012/UBTVQH13 and Decree 30/2020, the
  form of a VBHN): the issuing body, 'XÁC THỰC VĂN BẢN HỢP NHẤT', 'Số: 19/VBHN-VPQH',
  '<Place>, ngày ... tháng ... năm ...' and the signature.
* A resolution of the National Assembly or its Standing Committee prints no place-and-date
  line: its date is the day it was adopted, in its own closing formula ('Nghị quyết này được
  Ủy ban Thường vụ Quốc hội ... khóa XV, phiên họp thứ 45 thông qua ngày 17 tháng 5 năm 2025').
  Only a formula about the text itself ('<Type> này được ...') counts: an earlier act's
  adoption is cited with its own name.
* A normative text whose header the gazette printed as an image (or that a page split left in
  another issue) still states who enacts it ('Chính phủ ban hành Nghị định ...', 'Bộ trưởng Bộ
  Tài chính ban hành Thông tư ...'), and its signature block signs 'TM. CHÍNH PHỦ' (on behalf of
  a collective body: that body is the signer, ANNOTATION.md's issuer).
"""
from __future__ import annotations

import datetime as _dt
import re

from pipeline.model import Document
from pipeline.structure.header import NUMBER_RE, parse_date, parse_number

__all__ = ["consolidation", "own_adoption", "enacting_issuer", "behalf_issuer"]

_AUTH_RE = re.compile(r"^\s*XÁC\s+(?:THỰC|NHẬN)\s+VĂN\s+BẢN\s+HỢP\s+NHẤT\s*$", re.I)
_SIGN_RE = re.compile(r"^\s*(?:TM|KT|TL|TUQ|Q)\.|^\s*(?:BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|CHỦ\s+NHIỆM|PHÓ\s+CHỦ\s+NHIỆM)\s*$")


def consolidation(doc: Document) -> tuple[str | None, str | None, _dt.date | None] | None:
    """(issuer, number, date) of a consolidated text's authentication block, or None.

    The block's lines come in either order ('Số:' above or below 'XÁC THỰC ...'); the issuer
    is the uppercase lines above the first of them (a name may wrap: 'BỘ LAO ĐỘNG - THƯƠNG BINH'
    / 'VÀ XÃ HỘI').  The last block of the text wins (an earlier one would be a quoted form)."""
    texts = [(ln.number, ln.text.strip()) for ln in doc.lines if ln.text.strip() and ln.block != "running"]
    at = [i for i, (_, t) in enumerate(texts) if _AUTH_RE.match(t)]
    if not at:
        return None
    i = at[-1]
    lo, hi = max(0, i - 2), min(len(texts), i + 4)
    number = date = None
    top = i
    for k in range(lo, hi):
        t = texts[k][1]
        if number is None and NUMBER_RE.match(t):
            parsed = parse_number(t)
            if parsed and parsed[0]:
                number = parsed[0]
                top = min(top, k)
        if date is None and k > i - 2:
            d, _, m = parse_date(t)
            if d is not None and m is not None and m.start() < 3:
                date = d
    issuer_lines: list[str] = []
    k = top - 1
    while k >= 0 and len(issuer_lines) < 3:
        t = texts[k][1]
        if t != t.upper() or not any(c.isalpha() for c in t) or _SIGN_RE.match(t) or t.endswith((".", ";", ":")):
            break
        issuer_lines.insert(0, t)
        k -= 1
    issuer = re.sub(r"\s+", " ", " ".join(issuer_lines)).strip() or None
    return issuer, number, date


# '<Type> này (đã) được <body> (khóa XV, phiên họp thứ 45) thông qua ngày 17 tháng 5 năm 2025'
_OWN_ADOPTED_RE = re.compile(
    r"(?:Nghị\s+quyết|Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+quyết\s+liên\s+tịch)\s+này\s+(?:đã\s+)?được\s+"
    r"(?P<body>[^.;]{3,200}?)\s+thông\s+qua\s+(?:vào\s+)?ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})")
_BODY_TAIL_RE = re.compile(r"(?:\s+nước\s+Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam|,?\s*khóa\s+[IVXLC]+"
                           r"|,?\s*(?:kỳ|phiên)\s+họp\s+(?:thứ\s+)?[\w]+|,?\s*tại)+\s*$", re.I)


def own_adoption(doc: Document) -> tuple[_dt.date | None, str | None] | None:
    """(date, adopting body) of the text's own closing adoption formula, or None (the last
    one: a text quoting another act's formula quotes it before its own)."""
    text = re.sub(r"\s+", " ", " ".join(ln.text for ln in doc.lines if ln.block != "running"))
    hits = list(_OWN_ADOPTED_RE.finditer(text))
    if not hits:
        return None
    m = hits[-1]
    try:
        date = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        date = None
    body = _BODY_TAIL_RE.sub("", m.group("body")).strip(" ,") or None
    return date, body


# the enacting formula that closes a normative text's preamble: '<authority> ban hành <Type>'
_ENACT_RE = re.compile(
    r"(?:^|(?<=[;:.]\s))(?P<who>(?:Chính\s+phủ|Thủ\s+tướng\s+Chính\s+phủ|Quốc\s+hội|Ủy\s+ban\s+[Tt]hường\s+vụ\s+Quốc\s+hội"
    r"|(?:Bộ\s+trưởng|Thống\s+đốc|Tổng\s+Kiểm\s+toán|Chủ\s+nhiệm|Chủ\s+tịch|Tổng\s+Giám\s+đốc|Chánh\s+án|Viện\s+trưởng)"
    r"\s+[^,;.]{3,90}?))\s+ban\s+hành\s+(?:Nghị\s+định|Thông\s+tư|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị|Luật|Pháp\s+lệnh)"
    r"(?![^\W_])")
# the holder's title before the body the holder heads ('Bộ trưởng Bộ Tài chính' -> 'Bộ Tài chính')
_HOLDER_RE = re.compile(r"^(?:Bộ\s+trưởng|Chủ\s+nhiệm|Chủ\s+tịch|Tổng\s+Giám\s+đốc|Chánh\s+án|Viện\s+trưởng)\s+(?=[A-ZĐÀ-Ỹ])")


def enacting_issuer(doc: Document, reach: int = 200) -> str | None:
    """The body of the preamble's enacting formula ('Bộ trưởng Bộ Tài chính ban hành Thông tư
    ...' -> 'Bộ Tài chính'), read in the first ``reach`` lines.  'Thủ tướng Chính phủ' and the
    Governor ('Thống đốc Ngân hàng Nhà nước Việt Nam') issue in their own name."""
    # joined: a gazette page's hard wraps may cut the formula anywhere; it opens a sentence
    text = re.sub(r"\s+", " ", " ".join(ln.text.strip() for ln in doc.lines[:reach] if ln.block != "running"))
    m = _ENACT_RE.search(text)
    if m is None:
        return None
    who = re.sub(r"\s+", " ", m.group("who")).strip()
    if who.startswith("Thống đốc"):
        return re.sub(r"^Thống\s+đốc\s+", "", who)
    if who.startswith("Tổng Kiểm toán"):
        return "Kiểm toán nhà nước"
    return _HOLDER_RE.sub("", who)


def behalf_issuer(authority: str | None) -> str | None:
    """The collective body of a 'TM. <BODY>' signature line ('TM. CHÍNH PHỦ' -> 'CHÍNH PHỦ'):
    who signs on behalf of a body signs as that body.  'KT.'/'TL.' name a holder's office, not
    a body.  A body of one word ('TM. BAN') is cut and not taken."""
    if not authority:
        return None
    m = re.match(r"^\s*TM\s*\.\s*(?P<body>[^\n]+?)(?=\s+(?:KT|TL|TUQ|Q)\s*\.|\s*$)", authority)
    if not m:
        return None
    body = m.group("body").strip(" ,")
    return body if len(body.split()) >= 2 else None


# an appendix's attach line: '(Kèm theo Nghị quyết số 88/NQ-HĐND ngày 14 tháng 7 năm 2017 của ...)'
_OWN_APPENDIX_RE = re.compile(
    r"\(\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\s+(?P<type>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)\s+(?:số\s*:?\s*)?"
    r"(?P<num>\d+[\w.\-Đđ]*/[\w./\-Đđ]+)\s*,?\s*[Nn]gày\s+(?P<d>\d{1,2})(?:\s+tháng\s+|/)(?P<m>\d{1,2})(?:\s+năm\s+|/)(?P<y>\d{4})")


def appendix_identity(doc: Document, after: int) -> tuple[str, _dt.date | None] | None:
    """(number, date) a text's own appendix gives it when its header lost both (a resolution
    whose header table was dropped: '(Kèm theo Nghị quyết số 88/NQ-HĐND ngày 14 tháng 7 năm
    2017 của Hội đồng nhân dân tỉnh Hà Giang)' under 'PHỤ LỤC').  Only an attach line after
    line ``after`` (the end of the body's opening) that names the text's own type counts: an
    appendix is attached to the text it follows, and an attach line naming another type is a
    plan's reference to the decision that issued it (header._attached_to reads those)."""
    own = (doc.header.doc_type or "").casefold()
    if not own:
        return None
    text = re.sub(r"\s+", " ", " ".join(ln.text.strip() for ln in doc.lines[after:] if ln.block != "running"))
    for m in _OWN_APPENDIX_RE.finditer(text):
        if m.group("type").casefold() != own:
            continue
        try:
            date = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            date = None
        return m.group("num").rstrip(".,;"), date
    return None
