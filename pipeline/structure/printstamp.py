"""A portal's print stamp '<Place>, ngày D tháng M năm Y' printed alone as a posting's first line.

Why: a city portal's print page (Hải Phòng's ``Portal/PrintItem.aspx``) prints the day the page
was printed, in the form of a document's place-and-date line, above the item it posts: 'Hải Phòng,
ngày 20 tháng 02 năm 2020' over a district's news item of 2019, 'Hải Phòng, ngày 15 tháng 12 năm
2019' over an infographic, 'Hải Phòng, ngày 27 tháng 02 năm 2020' over a call for opinions, 'Hải
Phòng, ngày 22 tháng 11 năm 2019' over a department's request (eight such pages in the `pages`
corpus; the gold of each reads no document date from it).  The header reader took the line as the
document's own date line -- a false date -- and, anchored there, read the next capitals it met (a
reporter's initials 'HY' under the text) as an issuer's cell: every line down to them became
header, and a posting with real asks gave no task at all (unseen29 fj8).

A document's own place-and-date line stands in its header block, beside or under the issuer's
cell, the national motto and the 'Số:' line, with the type line ('KẾ HOẠCH', 'THÔNG BÁO') or a 'V/v'
summary near it.  A stamp has none of these around it: it is the text's first line, and what
follows is running prose or a title in sentence case.  Such a line is page furniture: the header
is read from the line after it, as for the same page printed without the stamp.  A first line that
names its place and date with a header block anywhere in the next lines stays the document's (a
scrape that lost the issuer's cell above a letter's date line, 'Hà Nội, ngày ...' over 'Kính
gửi:' or 'QUYẾT ĐỊNH').
"""
from __future__ import annotations

import re

from pipeline.model import Document
from pipeline.structure.header import DATE_RE, KINH_GUI_RE, MOTTO_RE, NUMBER_RE, TYPE_RE, VV_RE

__all__ = ["print_stamp_line"]

# how many non-empty lines after the stamp are searched for a header block's marks
_LOOKAHEAD = 12
# a capitals line that may be a header's issuer or type cell ('ỦY BAN NHÂN DÂN', 'KẾ HOẠCH')
_CAPS_CELL_RE = re.compile(r"^[\W\d_]*[A-ZĐÀ-Ỹ]{2,}(?:[\s,\-–]+[A-ZĐÀ-Ỹ0-9]{2,}){1,}[\W_]*$")


def _is_stamp(text: str) -> bool:
    """Is ``text`` a place-and-date line and nothing else?"""
    m = DATE_RE.match(text.strip())
    return bool(m and m.group("place") and m.end() >= len(text.strip().rstrip(".")))


def _header_mark(text: str) -> bool:
    """Does ``text`` carry a mark of a document's header block?"""
    t = text.strip()
    if MOTTO_RE.search(t) or KINH_GUI_RE.match(t) or VV_RE.match(t) or NUMBER_RE.match(t):
        return True
    if _CAPS_CELL_RE.match(t) and len(t.split()) >= 2:
        # an issuer's cell or a type line in capitals ('SỞ Y TẾ', 'KẾ HOẠCH'); a reporter's
        # initials ('HY', 'V.H.N') are one short token and no cell
        return True
    tm = TYPE_RE.match(t)
    return bool(tm and t[: tm.end()].isupper())


def print_stamp_line(doc: Document) -> int | None:
    """The number of the text's first line when it is a print stamp (see the module's docstring)."""
    filled = [ln for ln in doc.lines if ln.text.strip()]
    if not filled or not _is_stamp(filled[0].text):
        return None
    if any(_header_mark(ln.text) for ln in filled[1:1 + _LOOKAHEAD]):
        return None
    return filled[0].number
