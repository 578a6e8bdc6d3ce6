"""A cable's addressee block when no header block stands above it (points21).

A Công điện has no 'Kính gửi': the sender's line ends in 'điện:' and the addressees follow it, one a
line ('CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN, điện:' / '- Trưởng các phòng, ban, ngành, đoàn thể cấp huyện;' /
... / '- Các cơ quan, đơn vị đóng trên địa bàn huyện.'). :func:`pipeline.structure.header.parse_header`
reads that list when it finds the header fields above it; a post or an excerpt that prints the cable
from its sender's line on has none, the header gives up, and the addressee lines were read as the body,
each a task. They are recipients (ANNOTATION.md: tasks are what the document directs, the addressees
of the lead-in are its offices), so here they become header lines and the header's addressees.
"""
from __future__ import annotations

import re

from pipeline.model import Document
from pipeline.structure.header import BODY_OPENER_RE, DIEN_RE, LABEL_START_RE

# how far into the text the sender's line may stand (a portal's title and date line come first)
_REACH = 12
_BULLET_RE = re.compile(r"^\s*[-–+•]\s*")
# an addressee line is a name, not a paragraph
_MAX_ITEM = 200


def _is_item(text: str, prev: str | None) -> bool:
    """A line of the addressee list: a bulleted line, a line closed by ';', or the list's last line
    ('.') after one closed by ';'."""
    t = text.strip()
    if len(t) > _MAX_ITEM or BODY_OPENER_RE.match(t) or LABEL_START_RE.match(t):
        return False
    if _BULLET_RE.match(t) or t.endswith(";"):
        return True
    return prev is not None and prev.rstrip().endswith(";") and t.endswith(".")


def cable_addressees(doc: Document, header_lines: list[int]) -> tuple[list[str], list[int]]:
    """The addressees a cable lists after its sender's 'điện:' line and the lines they take (the
    sender's line included), when that line is no header line yet; ([], []) otherwise."""
    taken = set(header_lines)
    seen = 0
    for ln in doc.lines:
        t = ln.text.strip()
        if not t:
            continue
        seen += 1
        if seen > _REACH:
            break
        m = DIEN_RE.match(t)
        if m is None or ln.number in taken:
            continue
        items: list[str] = []
        lines = [ln.number]
        rest = t[m.end():].strip()
        if rest:
            items.extend(x for x in re.split(r";\s*", rest) if x.strip(" .;"))
        prev = None
        for nxt in doc.lines[ln.number:]:
            s = nxt.text.strip()
            if not s:
                continue
            if not _is_item(s, prev) or (prev is not None and prev.rstrip().endswith(".")):
                break
            items.append(s)
            lines.append(nxt.number)
            prev = s
        names = [_BULLET_RE.sub("", x).strip().rstrip(";.").strip() for x in items]
        names = [x for x in names if x]
        return (names, lines) if names else ([], [])
    return [], []
