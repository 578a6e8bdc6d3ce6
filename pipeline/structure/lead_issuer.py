"""header46: the issuer of a body-only item that no other reader named, from its first lines (the event holder labels32's
call (1) makes the issuer, the body retold asking, the body a reply formula names, a union or board that asks where the
item opens, the body of the officer who chairs or signs, the body a headline names before its colon).

Called last, where every reader of the header, the lead, the closing and the preamble left the issuer empty, so a
document with its own header or signature keeps what those give; and, for a bare level word ('UBND xã'), the full name
the text gives the same committee (structure/level_named.py)."""
from __future__ import annotations

import re

from pipeline.model import Document
from pipeline.structure.announcing_committee import announcing_committee
from pipeline.structure.event_leads import event_lead_holder
from pipeline.structure.headline_body import headline_body
from pipeline.structure.level_named import named_in_full
from pipeline.structure.officer_body import officer_body
from pipeline.structure.reply_formula import replying_body
from pipeline.structure.retold_asks import retold_asker
from pipeline.structure.speaking_body import speaking_body


# a numbered heading ('1. Nội dung công việc.', 'II. NHIỆM VỤ'): the text is sectioned, its lines below are its own items
# and steps ('- Công đoàn phối hợp với chuyên môn phát động thi đua ...' is a plan's step), no news lead
_HEADING_RE = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])\s*[.)]\s+\S")


def _lead_lines(doc: Document) -> list[str]:
    from pipeline.structure.posted import _before_page_end, _dashless
    texts = _before_page_end([ln.text.strip() for ln in doc.lines if ln.text.strip()])
    cut = next((k for k, t in enumerate(texts) if _HEADING_RE.match(t)), len(texts))
    return _dashless(texts[:cut])


def lead_issuer(doc: Document) -> str | None:
    """The issuer the item's first lines name (see the module's docstring), or None."""
    texts = _lead_lines(doc)
    held = event_lead_holder(texts)
    if held:
        return held
    # (an event told with a holder this reader does not write, 'Ban Chấp hành, Ban Thường vụ Đảng bộ ... và thành viên UBND
    # tỉnh họp ...': the lead names who holds it, so the chair's body is not asked)
    return retold_asker(texts) or replying_body(texts) or speaking_body(texts) \
        or (officer_body(texts) if held is None else None) or headline_body(texts) \
        or announcing_committee(texts)  # (session 35: a commune's notice announcing in its own voice, further on)


def fuller_issuer(doc: Document, issuer: str | None) -> str | None:
    """The bare level word's full name from the text (structure/level_named.py), or None."""
    return named_in_full(issuer, _lead_lines(doc))
