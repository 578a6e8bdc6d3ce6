"""A count before a plural of bodies named as doers (office43, N; office39's O20).

'13 khu phố còn lại sẽ thực hiện phát quà ...' (pending yo10), 'Bộ Tài chính cũng yêu cầu 3 bộ, ngành
chủ quản và 10 tỉnh, thành phố trực thuộc Trung ương ... phải ...' (pending yp5), '...; hai ban HĐND xã
tăng cường công tác giám sát ...' (pending za2), 'đề nghị: 05 đơn vị tiếp tục phát huy ...' (office_spans
ob18-c07), 'phối hợp với Đội ... và 2 xã trên xây dựng kế hoạch ...' (ob41-011), 'Các cơ quan, đơn vị, 33
thôn phối kết hợp ...' (unseen30 fo5, opened for this class only).  The gold writes the office as printed,
the count with it ('13 khu phố còn lại', '3 bộ, ngành chủ quản', 'hai ban HĐND xã').

The office reader knows a plural of bodies by 'các' / 'những' (or a capital): a count in its place left
the list unread ('13 khu phố ...' no office), cut ('3 bộ, ngành' -> 'Bộ, ngành') or dropped ('UBND và hai
ban HĐND xã' -> 'UBND').  Why a rewrite and not new patterns (as levelpairs.py does for a missing comma):
the count stands where 'các' stands, so reading it as 'các' lets every list reader read the plural the one
way it already does; the names are given back as printed (`restore`).

Only where a doer stands: a clause's start (the sentence's, after ';' or ':'), after an ask ('yêu cầu',
'đề nghị', 'giao', 'kêu gọi') and inside a list (after ',' or 'và').  A count of results is no doer and
is left alone: a share ('12/15 xã'), 'tất cả / cả / có / gồm / trong / với' before the count (a count told,
'tất cả 188 xã, thị trấn và 47 phường trong tỉnh đã có công an chính quy', samples/text eu2) and a clause
whose verb after the count is done ('đã', 'đạt', 'được'), since a report of work done names no duty.
"""
from __future__ import annotations

import re

from pipeline.model import OfficeRole

_NUMBER = (r"(?:0?\d{1,3}|(?-i:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|Hai|Ba|Bốn|Sáu|Bảy|Tám|Chín|Mười))")
# the kinds of bodies a count may stand before (lower case, as a plural after 'các' is written)
_KIND = (r"(?:bộ|ngành|sở|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|thôn|bản|ấp|xóm|khu\s+phố|"
         r"tổ\s+dân\s+phố|khu\s+dân\s+cư|ban|đơn\s+vị|trường|địa\s+phương|cơ\s+quan|đội|hội|đoàn\s+thể|doanh\s+nghiệp)")
# where a doer stands: a clause's start, after an ask word, inside a list
_BEFORE = r"(?:^[\s\-+•*]*|[;:]\s*|(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|giao(?:\s+cho)?|kêu\s+gọi)\s+|,\s*|\s+và\s+)"
_COUNT_RE = re.compile(_BEFORE + r"(?P<count>" + _NUMBER + r")\s+(?=" + _KIND + r"(?![^\W_/]))", re.I)
# a count told, not a doer asked: 'tất cả 188 xã', 'có 5 xã', 'gồm 3 huyện'
_TOLD_BEFORE_RE = re.compile(r"(?<![^\W_])(?:tất\s+cả|cả|có|gồm|trong|với|trên|của|tại|cho|từ|đến|số)\s*[,:]?\s*$", re.I)
# a clause that reports work done after the count: 'đã' before the clause's first comma, 'đạt' right after
# the name ('12 xã đạt chuẩn ...'); not a result named later ('05 đơn vị tiếp tục phát huy những kết quả đạt được')
_DONE_RE = re.compile(r"^(?:[^;.:,]{0,40}?(?<![^\W_])đã|[^;.:,]{0,25}?(?<![^\W_])đạt)(?![^\W_])", re.I)
_YEAR_WORD_RE = re.compile(r"năm\s*$", re.I)


def counted_bodies(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with a count before a plural of bodies read as 'các' ('13 khu phố còn lại sẽ ...' ->
    'các khu phố còn lại sẽ ...'), and the (rewritten, printed) words to give the names back."""
    out: list[str] = []
    pairs: list[tuple[str, str]] = []
    last = 0
    for m in _COUNT_RE.finditer(text):
        start = m.start("count")
        if _TOLD_BEFORE_RE.search(text[max(0, start - 20):start]) or _YEAR_WORD_RE.search(text[max(0, start - 6):start]):
            continue
        if m.group("count").casefold() == "năm" and not m.group(0).strip().casefold().startswith("năm"):
            continue  # ('năm' is also 'year': taken only opening its clause)
        after = text[m.end():]
        if _DONE_RE.match(after):
            continue
        kind = re.match(_KIND, after, re.I).group(0)
        plural = "Các" if m.group("count")[:1].isupper() or not text[:start].strip(" -+•*") else "các"
        rewritten, printed = f"{plural} {kind}", f"{m.group('count')} {kind}"
        if re.search(r"(?<![^\W_])" + re.escape(rewritten) + r"(?![^\W_])", text, re.I):
            continue  # (the same plural printed elsewhere: the names could not be given back)
        out.append(text[last:start])
        out.append(plural + " ")
        last = m.end()
        pairs.append((rewritten, printed))
    if not pairs:
        return text, []
    out.append(text[last:])
    return "".join(out), pairs


def restore_text(s: str, pairs: list[tuple[str, str]]) -> str:
    """``s`` (a name or words read from the rewritten text) with the counts the document prints."""
    for rewritten, printed in pairs:
        for form in (rewritten, rewritten[:1].lower() + rewritten[1:], rewritten[:1].upper() + rewritten[1:]):
            if form in s:
                s = s.replace(form, printed, 1)
                break
    return s


def restore(roles: list[OfficeRole], pairs: list[tuple[str, str]]) -> list[OfficeRole]:
    """The roles read from the rewritten text, their names and words with the printed counts."""
    if not pairs:
        return roles
    return [OfficeRole(office=restore_text(r.office, pairs), role=r.role, text=restore_text(r.text, pairs) if r.text else r.text,
                       source=r.source, canonical=r.canonical) for r in roles]
