"""Who else took part, read as a task (issue 5, points18).

A meeting or survey report names the bodies that went along ('Tham gia cùng Đoàn khảo sát còn có đại
diện: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, ...', 'Cùng dự có lãnh đạo Sở Công Thương ...',
'Tham dự buổi làm việc có ...', 'Đi cùng đoàn có ...').  In a numbered body every sentence that states
nothing is read as a duty, and the bodies named become its offices; but the line asks nothing of them:
it says who was there.  Two older checks cover part of this and stay where they are:
tasks.NARRATIVE_RE knows 'Cùng dự có', 'Tham dự có' at a sentence's start, and tasks.ATTENDANCE_RE
(tasks18) reads 'Dự (và chỉ đạo) <meeting> có ...' inside `classify`, on plain lines only.  This pass
runs after classification on every task, bulleted or not, and is the general shape: a verb of taking part (tham gia, tham dự, dự, đi, làm việc, with or after 'cùng'),
at most the event it joins ('Đoàn khảo sát', 'buổi làm việc'), then '(còn) có' and the people or
representatives named.  A sentence that goes on to ask ('..., đề nghị ...') is left as it was.
"""
from __future__ import annotations

import re

from pipeline.extract.tasks import _NOUN_CUE_RE, DIRECTIVE_CUE_RE, Classified

__all__ = ["PARTICIPANTS_REASON", "names_participants", "drop_participant_lines"]

PARTICIPANTS_REASON = "participants"

_PARTICIPANTS_RE = re.compile(
    r"^(?:Cùng\s+)?(?:Tham\s+gia|Tham\s+dự|Dự|Đi|Làm\s+việc)(?:\s+cùng(?:\s+với)?)?"
    r"(?:\s+(?:Đoàn|đoàn|buổi|cuộc|hội\s+nghị|Hội\s+nghị|phiên|chương\s+trình|lễ|Lễ)(?:\s+[^,.:;]{0,60}?)?)?"
    r"(?:\s*,)?\s+(?:còn\s+)?có\s+(?:sự\s+(?:tham\s+gia|tham\s+dự|có\s+mặt)\s+của\s+)?"
    r"(?:các\s+)?(?:đại\s+diện|lãnh\s+đạo|đồng\s+chí|ông|bà|thành\s+viên|Phó|Trưởng|Chủ\s+tịch|Giám\s+đốc|Thường\s+trực)"
    r"(?![^\W_])", re.I)


def names_participants(text: str) -> bool:
    """Is the sentence a line of who took part ('Tham gia cùng Đoàn khảo sát còn có đại diện: ...',
    'Cùng dự có lãnh đạo ...', 'Tham dự buổi làm việc có ...'), with no ask of its own after it?"""
    t = text.strip()
    m = _PARTICIPANTS_RE.match(t)
    return bool(m) and not DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t[m.end():]))


def drop_participant_lines(classified: list[Classified]) -> list[Classified]:
    """Participants' lines read as tasks become narrative (see the module's docstring)."""
    return [Classified(c.sentence, "narrative", PARTICIPANTS_REASON)
            if c.kind == "task" and names_participants(c.sentence.text) else c for c in classified]
