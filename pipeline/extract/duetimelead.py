"""A due-time lead-in that names who must act: its bodies are the doers of the items below it.

'Theo đó thì thời gian quy định cho các cơ quan, đơn vị, địa phương xây dựng kế hoạch và báo cáo
gửi UBND tỉnh cụ thể như sau:' over '• Báo cáo tháng gửi trước ngày 15 của tháng', ...; 'Thời hạn
các cơ quan, tổ chức, doanh nghiệp và cá nhân liên quan gửi báo cáo định kỳ đến cơ quan nhận báo
cáo:' over '- Chậm nhất ngày 15 của tháng báo cáo ...' (a reporting regime retold on a portal).
No asking verb ('đề nghị', 'yêu cầu', 'giao') is printed: the lead-in states the time fixed for
those bodies to do the work, and each item is one of those works with its day, so the bodies hold
every item (gold README: a lead-in naming the addressees).

Why a module of its own: the lead-in readers in assign.py look for an ask or a duty verb; this
reading is keyed on the noun 'thời gian' / 'thời hạn' that opens the lead-in's clause, and on the
bodies it names, up to their own verb.
"""
from __future__ import annotations

import re

__all__ = ["DUE_TIME_LEAD_RE", "due_time_doers"]

# 'thời gian (được) quy định cho X', 'thời hạn (để) X', 'mốc thời gian đối với X', opening the
# sentence or its main clause ('Theo đó(,) (thì) ...'); X is what follows up to its own verb
DUE_TIME_LEAD_RE = re.compile(
    r"(?:^|[,:;]\s*|(?<![^\W_])thì\s+|^\s*(?:[-–+•*]|\(?\d{1,2}[.)])\s*)"
    r"(?:mốc\s+)?thời\s+(?:gian|hạn)(?:\s+(?:được\s+)?quy\s+định)?\s+(?:cho\s+|đối\s+với\s+|để\s+)?"
    r"(?=(?:các|những|mọi)\s)", re.I)


def due_time_doers(text: str, gaz) -> list:
    """The bodies a due-time lead-in ('... thời gian quy định cho X <verb> ... như sau:') names as
    the doers, as lead roles; [] when the sentence is no such lead-in (it must end with ':'), or
    when what follows the noun is not a body that acts (no verb after it, or no body found)."""
    from pipeline.extract.offices import _VERB_RE, split_office_list, verb_ends_name
    from pipeline.model import OfficeRole

    text = text.rstrip()
    if not text.endswith(":"):
        return []
    m = DUE_TIME_LEAD_RE.search(text)
    if not m:
        return []
    rest = text[m.end():-1]
    inside = [(o.start, o.end) for o in gaz.find(rest[:250])]
    stop = next((vm.start() for vm in _VERB_RE.finditer(rest)
                 if vm.start() > 0 and not any(a <= vm.start() < b for a, b in inside) and verb_ends_name(rest, vm)), None)
    if stop is None or stop > 200:
        return []
    return [OfficeRole(n, "lead", w, "lead-in") for n, w in split_office_list(rest[:stop], gaz)]
