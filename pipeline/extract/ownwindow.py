"""A later numbered item that is only a time line times its own activity, not the items above it.

Why (samples/gold/README.md, session 27, terms34, convention (D1)): a notice lists its asks as
numbered items and then, as an item of the same list, the time of one activity of its own --
'1. Đề nghị Đài Truyền thanh huyện: phổ biến ...' / '2. Các đơn vị ...: - Phát động hội thi ...'
/ '3. Thời gian nhận bài dự thi: từ ngày 01/10/2018 đến 30/11/2018.' (the entrants' submissions,
nobody's duty above).  The gold reads such an item as the time of the activity it names: the
sibling items above keep no deadline from it (5 numbered 'N. Thời gian <x>: ...' items in the
development and pending gold, none dating a sibling item above it).  A time key line still dates
the items above when it closes their list unnumbered ('Thời gian thực hiện: trước ngày ...' after
'1. ...' '2. ...', deadline18), is a sub-line of the item ('- Thời hạn: ...' under '2. ...'), or is
a field of the same task ('1. Tên nhiệm vụ: ...' ... '5. Thời gian hoàn thành: Quý IV/2026', yc2):
those lines are no numbered item of their own, or the task above is itself a record's field.

``assign._own_item`` returned every pending task when no task stands inside the attribute line's
item; ``window_item_covers`` is the narrower answer for a numbered time item.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.vietnamese import mark_tolerant

if TYPE_CHECKING:  # (typing only: assign imports this module)
    from pipeline.extract.sentences import Block

# the styles of a numbered item ('1.', '1.2.', 'a)', 'II.'), as assign.ITEM_STYLES
_ITEM_STYLES = ("arabic", "decimal", "alpha", "roman", "letter")
# the item's own label as printed before its text
_LABEL_RE = re.compile(r"^\s*(?:[0-9]{1,3}(?:\.[0-9]{1,3})*|[IVXLC]{1,6}|[a-zđ])\s*[.)\-–]?\s*", re.I)
# a time key that opens the item: 'Thời gian nhận bài dự thi:', 'Thời hạn nộp hồ sơ:', 'Thời gian, địa điểm:'
_TIME_KEY_RE = mark_tolerant(re.compile(r"Thời\s*(?:gian|hạn|điểm)(?![^\W_])[^:\n]{0,80}:", re.I))
# a record's field that names the task itself ('Tên nhiệm vụ: ...', 'Nội dung: ...'): the numbered
# fields after it (its lead, its partners, its time) describe that one task
_TASK_FIELD_RE = mark_tolerant(re.compile(
    r"\s*(?:Tên\s+(?:nhiệm\s+vụ|đề\s+án|hoạt\s+động|dự\s+án|nội\s+dung)|Nội\s+dung(?:\s+công\s+việc|\s+thực\s+hiện)?|"
    r"Nhiệm\s+vụ|Công\s+việc|Hoạt\s+động)\s*:", re.I))


def is_numbered_time_item(b: Block) -> bool:
    """``b`` is a numbered item of a list whose own text opens on a time key ('3. Thời gian nhận
    bài dự thi: ...'): an item of its own that is only a time, not a sub-line of an item above."""
    if not b.label or b.style not in _ITEM_STYLES or not b.path:
        return False
    body = _LABEL_RE.sub("", b.text, count=1) if b.text.lstrip().startswith(b.label.rstrip(".)")) else b.text
    return bool(_TIME_KEY_RE.match(body.lstrip()))


def _sibling_item(section: str, b: Block) -> bool:
    """``section`` lies in another item of ``b``'s own list (the same parent, another label)."""
    parent = b.path.rsplit(" > ", 1)[0] if " > " in b.path else ""
    if parent:
        if not section.startswith(parent + " > "):
            return False
        rest = section[len(parent) + 3:]
    else:
        rest = section
    first = rest.split(" > ", 1)[0]
    own = b.path.rsplit(" > ", 1)[-1]
    return bool(first) and first != own


def window_item_covers(pending: Sequence, b: Block) -> list:
    """The pending tasks a numbered time item ``b`` with no task inside it dates: not those of
    the sibling items above it (the line times the activity it names), unless a task there is
    a record's own field ('1. Tên nhiệm vụ: ...'), whose numbered fields describe it.  Tasks
    outside ``b``'s list keep the reading they had (every pending task)."""
    return [t for t in pending if not _sibling_item(t.section, b) or _TASK_FIELD_RE.match(t.text)]
