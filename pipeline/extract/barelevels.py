"""A bare administrative level as a step's doer (levels33, issue 5).

'– Cấp xã hoàn thành và báo cáo kết quả trước ngày 16/01/2020;', '- Cấp huyện hoàn thành ...',
'Cụ thể: cấp phường, xã phải hoàn thành ...; cấp quận, huyện phải hoàn thành ...; cấp thành phố hoàn
thành ...': a term table retold from a national text (Chỉ thị 15/CT-TTg, Thông tư 28/2014/TT-BTNMT)
names the level that does the step, not its body ('UBND cấp xã'). The gazetteer knows bodies, so the
bare level was read as no subject at all. The gold writes the level as printed ('Cấp xã', 'cấp
phường, xã': samples/gold/README.md, "A bare level as the doer").

Only a level that OPENS its clause (the sentence, a dash item, 'Cụ thể:', or a ';' clause after such a level) and is
followed by a modal or a doer's verb is read: 'báo cáo kết quả về cấp huyện' (a receiver), 'Ủy ban
nhân dân cấp tỉnh' (the body's own level) and 'cấp ủy' (a Party committee, read elsewhere) are not;
and only when the sentence's other readings found no doer, so a named body always wins.
"""
from __future__ import annotations

import re
from typing import Callable

from pipeline.model import OfficeRole

# the levels of the administration, one or several joined by commas ('cấp phường, xã', 'cấp quận,
# huyện'); 'cấp cơ sở' is the grassroots level (ei2 in the development gold writes 'cấp cơ sở (xã, phường)')
_LEVEL = r"(?:xã|huyện|tỉnh|phường|quận|thị\s+xã|thị\s+trấn|thành\s+phố|cơ\s+sở)(?![^\W_])"
_CLAUSE_OPEN = r"(?:^\s*(?:[-–+•]\s*)?(?:Cụ\s+thể\s*:\s*)?|;\s*)"
_BARE_LEVEL_RE = re.compile(_CLAUSE_OPEN + r"(?P<who>[Cc]ấp\s+" + _LEVEL + r"(?:\s*,\s*" + _LEVEL + r")*)\s+")
# a modal or an adverb of duty before the verb ('cấp phường, xã phải hoàn thành ...')
_MODAL_RE = re.compile(r"(?:(?:phải|cần|sẽ|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|khẩn\s+trương|chủ\s+động|tiếp\s+tục)\s+)*",
                       re.I)


def bare_level_doers(text: str, roles: list[OfficeRole], verb_at: Callable[[str, int], int | None]) -> list[OfficeRole]:
    """``roles`` with the bare levels that open a clause of ``text`` as its doers, when no other
    reading found a lead or a support. ``verb_at(text, i)`` gives the end of a doer's verb starting at
    i, or None (the offices module's verb list; passed in because that module imports this one)."""
    if "cấp" not in text.casefold() or any(r.role in ("lead", "support") for r in roles):
        return roles
    found: list[OfficeRole] = []
    for m in _BARE_LEVEL_RE.finditer(text):
        if m.group(0).lstrip().startswith(";") and not found:
            # ('Đại hội cấp huyện tổ chức trong tháng 9 ...; cấp tỉnh dự kiến vào tháng 12.2020', pending yo9):
            # a later clause's level is a doer only in a row of levels the sentence opened with (ex3); else it
            # stands for the first clause's head ('Đại hội cấp tỉnh'), left out
            break
        after = _MODAL_RE.match(text, m.end()).end()
        end = verb_at(text, after)
        if end is None or re.match(r"(?:có|là)(?![^\W_])", text[after:]):
            continue  # ('Cấp xã có 5 cán bộ ...': a level described, no step)
        if not re.match(r"\s*[,]?\s*[^\W_]", text[end:]):
            continue  # ('Cấp tỉnh quản lý' alone: a table's column head, the gazette's report forms)
        who = re.sub(r"\s+", " ", m.group("who"))
        if who.casefold() not in {r.office.casefold() for r in found}:
            found.append(OfficeRole(office=who, role="lead", text=m.group("who"), source="inline"))
    return roles + found if found else roles
