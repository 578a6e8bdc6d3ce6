"""(points32, F11) A reporter's byline printed in title case after the body is page furniture, not a task.

Why: a press item or a portal's retelling ends on who wrote it and for whom -- 'Thu Trang – Công Luận' (unseen32
fx4, after the province's asks and before the comment form), 'Nguyên Lộc - Văn phòng Tỉnh ủy' (pending zb2, after
the provincial secretary's asks).  Such a line has no verb and no stop; the task reader took it for one more
subjectless point of the asks above it and gave it their offices (fx4: 'Sở Lao động – Thương binh và Xã hội').
tasks.py's ``_byline`` knows a byline in capitals ('NGUYÊN BẢO |', 'THU HÀ - 12/3/2024') only, and only under a
title; tasks41 (session 31) counted the title-case form among the pending gold's open false tasks.

A line is such a byline when it is a line of its own near the text's end (among its last six non-empty lines), and
reads '<a personal name> – <a source>': two to four capitalised syllables that ``is_personal_name`` accepts (no
administrative word: 'Văn phòng Tỉnh ủy' or 'Ban Biên tập' is no name), a dash, then one to six words that open on a
capital (the paper or the office: 'Công Luận', 'Văn phòng Tỉnh ủy', 'Báo Quảng Ngãi'), with no digit, no stop and no
colon.  The task whose whole text is that line is no task; every other task is kept.

Counted (points32) over the development and held-out texts, the pending gold, benchmarks/data/*.jsonl and realdocs:
five such lines off the standing sets -- development zo6 'Thu Nhất - Trường Hải' (two reporters), zb2 'Nguyên Lộc -
Văn phòng Tỉnh ủy' (its copy in the pending gold too), header_fields AM14 'Nguyễn Tiến Tùng - LĐLĐ huyện Chợ Mới' and
AN13 'Nguyễn Thu Hà- MTTQ huyện Sóc Sơn' -- and unseen32's fx4; no other line of those texts' tails matched.
"""
from __future__ import annotations

import re

__all__ = ["byline_lines", "drop_bylines"]

_CAP = r"[A-ZÀ-ỸĐ]"
_BYLINE_RE = re.compile(
    r"^\s*(?P<name>%s[^\W\d_]*(?:\s+%s[^\W\d_]*){1,3})\s*[–—-]\s*(?P<source>%s[^\W\d_]*(?:\s+[^\W\d_]+){0,5})\s*$"
    % (_CAP, _CAP, _CAP))
_TAIL_LINES = 6


def byline_lines(lines: list[str]) -> set[str]:
    """The texts of the title-case byline lines among the text's last non-empty lines."""
    from pipeline.structure.titles import is_personal_name

    filled = [t.strip() for t in lines if t.strip()]
    out: set[str] = set()
    for t in filled[-_TAIL_LINES:]:
        m = _BYLINE_RE.match(t)
        if m and is_personal_name(m.group("name")) and not is_personal_name(m.group("source")):
            out.add(re.sub(r"\s+", " ", t))
    return out


def drop_bylines(task_list: list, lines: list[str]) -> list:
    """``task_list`` without the tasks whose whole text is a byline line near the text's end."""
    found = byline_lines(lines)
    if not found:
        return task_list
    return [t for t in task_list if re.sub(r"\s+", " ", t.text).strip() not in found]
