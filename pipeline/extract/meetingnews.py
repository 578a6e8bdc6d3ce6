"""The line of meeting news that names who chaired the meeting it reports (tasks25, session 23).

Commune, ward and district portals report a meeting in a few fixed shapes; one names its chair as a
caption or a sentence of its own ('Các đồng chí Thường trực Đảng uỷ xã chủ trì hội nghị.', 'Ông X,
Chủ tịch UBND xã chủ trì cuộc họp.'). Its subject is a body or a title and its verb an action, so the
task classifier read it as a duty (pending eo4); the shape stands in eight development texts. A plan's
duty to chair names its meeting ('Sở Nội vụ chủ trì hội nghị sơ kết ...') and stays a task.
``chaired_only`` is read in ``tasks.classify``.
"""
from __future__ import annotations

import re

# '<who> chủ trì hội nghị.' / '... đồng chủ trì cuộc họp' with nothing after the meeting's noun: the
# meeting the item reports, its chair named
_CHAIRED_RE = re.compile(
    r"^[^.;:!?]{3,400}?\s(?:đồng\s+)?chủ\s+trì\s+(?:(?:các\s+)?(?:hội\s+nghị|cuộc\s+họp|phiên\s+họp|buổi\s+làm\s+việc|"
    r"buổi\s+họp|buổi\s+gặp\s+mặt|kỳ\s+họp|buổi\s+lễ|lễ))(?:\s+(?:này|trên))?\s*[.!]?\s*$", re.I)
# a duty before the chair ('... tổ chức hội nghị ... và chủ trì hội nghị') or a time to chair it keeps the task
_NOT_A_CAPTION_RE = re.compile(r"(?<![^\W_])(?:sẽ|dự\s+kiến|phải|cần|giao|đề\s+nghị|yêu\s+cầu|trước\s+ngày)(?![^\W_])", re.I)


def chaired_only(t: str) -> bool:
    """Whether the sentence only names who chaired the meeting being reported ('Các đồng chí
    Thường trực Đảng uỷ xã chủ trì hội nghị.', 'Ông Phan Văn Vấn – Bí thư Đảng uỷ, Chủ tịch UBND xã
    chủ trì cuộc họp.'): the meeting's noun closes it, and no modal, ask or foretelling word
    ('sẽ', 'phải', 'giao') stands before it."""
    return bool(_CHAIRED_RE.match(t)) and not _NOT_A_CAPTION_RE.search(t)
