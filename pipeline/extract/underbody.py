"""Units named by the body they stand under: 'các đơn vị trực thuộc UBND huyện' is one office (office36).

'Chủ tịch UBND tỉnh yêu cầu các sở, ban ngành, các đơn vị trực thuộc UBND tỉnh và UBND các huyện ...'
(office batch 57, ob57-006), 'các bệnh viện trực thuộc Bộ Y tế': a plural of units, 'trực thuộc', then
the body they belong to. The gold writes the units with their parent, whole ('các đơn vị trực thuộc Sở'
ob11-056, 'các cơ quan, đơn vị trực thuộc UBND huyện' ob14-002, 'các cơ quan, phòng, ban trực thuộc UBND
huyện' ob49-009, 'các Đảng bộ trực thuộc Huyện ủy' ob15-035, 'các đảng ủy trực thuộc Tỉnh ủy' ob16-001,
'Thủ trưởng các đơn vị trực thuộc Bộ' ob12-061, 'các chi bộ trực thuộc Đảng bộ xã Bình Mỹ' ef10,
'Giám đốc các bệnh viện trực thuộc Bộ Y tế' ye5): the parent says which units, it does no work of its own.

Why here: the list reader keeps a list of kinds before 'trực thuộc <body>' whole ('các cơ quan, đơn vị
trực thuộc UBND huyện'), but with a single kind ('các đơn vị trực thuộc UBND huyện') the gazetteer's
match of the parent starts a second office, and the parent is listed as a doer beside the units. This
pass joins the two back when the sentence prints them side by side.
"""
from __future__ import annotations

import re

from pipeline.model import OfficeRole

_UNDER_TAIL_RE = re.compile(r"(?<![^\W_])trực\s+thuộc\s*$", re.I)


def join_units_to_parent(text: str, roles: list[OfficeRole]) -> list[OfficeRole]:
    """Merge a role whose words end on 'trực thuộc' with the next role when ``text`` prints the
    second right after the first ('các đơn vị trực thuộc' + 'UBND huyện' -> 'các đơn vị trực thuộc
    UBND huyện'); every other role is kept as it is."""
    out: list[OfficeRole] = []
    i = 0
    while i < len(roles):
        r = roles[i]
        nxt = roles[i + 1] if i + 1 < len(roles) else None
        if nxt is not None and r.role == nxt.role and r.role in ("lead", "support") \
                and _UNDER_TAIL_RE.search(r.office) and r.text and nxt.text:
            joined = re.search(re.escape(r.text) + r"\s+" + re.escape(nxt.text), text)
            if joined:
                out.append(OfficeRole(office=f"{r.office} {nxt.text}", role=r.role,
                                      text=joined.group(0), source=r.source))
                i += 2
                continue
        out.append(r)
        i += 1
    return out
