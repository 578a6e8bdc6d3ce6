"""A heading that names the public as the holder of the points under it (points21).

'+ Yêu cầu đối với người dân:' / 'Tập kết rác đúng giờ, đúng nơi quy định.' / 'Phân loại rác ...' / 'Không đổ
rác ra đường ...': a notice sets out what it asks of the residents under a heading that names them, as a
plan's 'Đối với UBND các xã:' names a body (assign.heading_offices reads those). The public asked is the
office (samples/gold/README.md: 'The public asked by a named speaker ... is the office'); the gazetteer holds
bodies, not 'người dân', so the heading named no one and its points were left without an office.
"""
from __future__ import annotations

import re

from pipeline.model import OfficeRole

_PUBLIC = (r"(?:(?:toàn\s+thể|mọi|các|tất\s+cả)\s+)?(?:người\s+dân|nhân\s+dân|bà\s+con(?:\s+nhân\s+dân)?|"
           r"(?:các\s+)?hộ\s+(?:dân|gia\s+đình)|cư\s+dân|người\s+dân\s+và\s+du\s+khách)")
PUBLIC_HEADING_RE = re.compile(
    r"^\s*(?:[-+•*]\s*)?(?:(?:Các|Những|Một\s+số)\s+)?(?:(?:yêu\s+cầu|khuyến\s+cáo|lưu\s+ý|trách\s+nhiệm|nhiệm\s+vụ|"
    r"quy\s+định)\s+)?(?:đối\s+với|của)\s+(?P<who>" + _PUBLIC + r"(?:\s+(?:trên\s+địa\s+bàn|tại|ở|trong)\s[^:;.]{2,60}?)?)"
    r"\s*:\s*$", re.I)


def public_heading_roles(text: str) -> list[OfficeRole]:
    """The public a heading names as the holder of the points below it (see the module docstring)."""
    m = PUBLIC_HEADING_RE.match(text)
    if m is None:
        return []
    who = re.sub(r"\s+", " ", m.group("who")).strip()
    return [OfficeRole(who, "lead", who, "structure")]


def hand_public_points(classified: list, tasks: dict) -> None:
    """The points printed as plain lines under a bulleted public heading ('+ Yêu cầu đối với người dân:' then
    'Tập kết rác ...' with no bullet of its own: a portal dropped the inner marks) take the public it names,
    when they name no doer of their own (an outer lead-in's bodies give way). The run ends at the next heading,
    lead-in or marked line, or at a sentence that names its own doer.
    (assign.apply_groups hands a heading's office to the items marked under it; plain lines after a
    bullet are no items of it there.)"""
    for i, c in enumerate(classified):
        if c.kind not in ("heading", "intro"):
            continue
        roles = public_heading_roles(c.sentence.text)
        if not roles:
            continue
        for j in range(i + 1, len(classified)):
            d = classified[j]
            b = d.sentence.block
            if d.kind in ("heading", "intro") or b.label is not None or b.style is not None:
                break
            t = tasks.get(j)
            if t is not None and any(r.role == "lead" and r.source == "inline" for r in t.offices):
                break  # (a sentence with a doer of its own: the list has ended)
            if t is not None:
                # (an outer lead-in's or heading's bodies, 'Trạm Thú y huyện thông báo lịch tiêm phòng như sau:' above
                # the heading, give way to the innermost heading's public; report-to bodies stay)
                kept = [r for r in t.offices if r.role not in ("lead", "support")]
                t.offices = [OfficeRole(r.office, r.role, r.text, r.source) for r in roles] + kept
