"""header46: the issuer of a body-only item that no other reader named, from its first lines (the event holder labels32's
call (1) makes the issuer, the body retold asking, the body of the officer who chairs or signs).

Called last, where every reader of the header, the lead, the closing and the preamble left the issuer empty, so a
document with its own header or signature keeps what those give; and, for a bare level word ('UBND xã'), the full name
the text gives the same committee (structure/level_named.py)."""
from __future__ import annotations

from pipeline.model import Document
from pipeline.structure.event_leads import event_lead_holder
from pipeline.structure.level_named import named_in_full
from pipeline.structure.officer_body import officer_body
from pipeline.structure.retold_asks import retold_asker


def _lead_lines(doc: Document) -> list[str]:
    from pipeline.structure.posted import _before_page_end, _dashless
    return _dashless(_before_page_end([ln.text.strip() for ln in doc.lines if ln.text.strip()]))


def lead_issuer(doc: Document) -> str | None:
    """The issuer the item's first lines name (see the module's docstring), or None."""
    texts = _lead_lines(doc)
    return event_lead_holder(texts) or retold_asker(texts) or officer_body(texts)


def fuller_issuer(doc: Document, issuer: str | None) -> str | None:
    """The bare level word's full name from the text (structure/level_named.py), or None."""
    return named_in_full(issuer, _lead_lines(doc))
