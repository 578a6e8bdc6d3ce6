"""Who took part in a meeting, a visit or a survey, read as a task (issue 5; points18, tasks18, tasks20).

A meeting or survey report names the people and bodies that were there ('Tham gia cùng Đoàn khảo sát còn có
đại diện: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, ...', 'Cùng dự có lãnh đạo Sở Công Thương ...', 'Dự và chỉ
đạo cuộc họp có các đồng chí: ...', 'Tham dự buổi làm việc có ...', 'Đi cùng đoàn có ...', 'Cùng đi với Bộ trưởng
có ...').  The line asks nothing of them: it says who was there.  Until tasks20 three checks read this one class
at different depths (tasks.NARRATIVE_RE's 'Cùng dự có' / 'Tham dự có' at any sentence's start with no look at
the rest, tasks18's ATTENDANCE_RE on plain lines only, points18's pass after classification on every task);
`names_participants` is now the one reading, called once in `tasks.classify` on every sentence:

  a verb of taking part (tham gia, tham dự, dự, đi, làm việc, 'tiếp và làm việc'; 'dự và chỉ đạo'), with or after
  'cùng' / 'với', at most the event it joins ('Đoàn khảo sát', 'buổi làm việc', 'cuộc họp này', 'họp'), then '(còn)
  có' / 'gồm' and who was there ('Dự họp có ...', 'Tiếp và làm việc với đoàn có đồng chí ...' in the `pages` corpus);
  or 'Cùng <verb> với ...' (who went along with whom).

Who was there is a person or a representative ('đại diện', 'lãnh đạo', 'đồng chí', 'ông', 'Phó ...') after any
verb; after 'dự' / 'tham dự' or a bare 'Cùng <verb> có' any name will do ('Cùng dự có Sở Y tế ...'), but never a
duty noun ('Tham dự hội nghị có trách nhiệm ...', 'có kế hoạch', 'có báo cáo').  A sentence that goes on to ask
('..., đề nghị các phòng phối hợp ...') is no participants' line.
"""
from __future__ import annotations

import re

__all__ = ["PARTICIPANTS_REASON", "PARTICIPANTS_LINE_RE", "names_participants"]

PARTICIPANTS_REASON = "participants"

_EVENT = (r"(?:Đoàn|đoàn|buổi|cuộc|họp|hội\s+nghị|Hội\s+nghị|hội\s+thảo|phiên|kỳ\s+họp|chương\s+trình|lễ|Lễ)")
PARTICIPANTS_LINE_RE = re.compile(
    r"^(?:Về\s+)?(?P<along>Cùng\s+)?(?P<verb>tham\s+gia|tham\s+dự|dự|đi|làm\s+việc|tiếp(?:\s+và\s+làm\s+việc)?)(?:\s+(?:và\s+)?chỉ\s+đạo)?"
    r"(?P<with>\s+(?:cùng(?:\s+với)?|với))?(?P<event>\s+" + _EVENT + r"(?:\s+[^,.:;]{0,60}?)?)?"
    r"(?:\s*,)?\s+(?P<have>(?:còn\s+)?(?:có|gồm)|với)(?:\s+sự\s+(?:tham\s+gia|tham\s+dự|có\s+mặt)\s+của)?(?:\s+các)?\s*:?\s*"
    r"(?!(?:trách\s+nhiệm|kế\s+hoạch|nhiệm\s+vụ|biện\s+pháp|phương\s+án|văn\s+bản|báo\s+cáo|hiệu\s+quả|ý\s+kiến)(?![^\W_]))"
    r"(?=[^\W\d_])(?P<person>(?:đại\s+diện|lãnh\s+đạo|đồng\s+chí|đ/c|ông|bà|thành\s+viên|Phó|Trưởng|Chủ\s+tịch|Giám\s+đốc|"
    r"Thường\s+trực)(?![^\W_]))?", re.I)


def names_participants(text: str) -> bool:
    """Is the sentence a line of who took part ('Tham gia cùng Đoàn khảo sát còn có đại diện: ...',
    'Cùng dự có lãnh đạo ...', 'Dự chỉ đạo cuộc họp có đồng chí ...', 'Cùng đi với Bộ trưởng có ...'),
    with no ask of its own after it?"""
    t = text.strip()
    m = PARTICIPANTS_LINE_RE.match(t)
    if not m:
        return False
    bare = not (m.group("with") or m.group("event"))
    if m.group("have").lower() == "với":
        # 'Cùng đi với đoàn có ...', 'Cùng làm việc với Sở Y tế': who went along with whom, right after the verb
        if not (m.group("along") and bare):
            return False
    elif not m.group("person"):
        # any name after 'dự' / 'tham dự' or a bare 'Cùng <verb> có'; a person or a representative otherwise
        if not (re.match(r"(?:tham\s+)?dự$", m.group("verb"), re.I) or (m.group("along") and bare)):
            return False
    from pipeline.extract.tasks import DIRECTIVE_CUE_RE, _NOUN_CUE_RE  # (tasks imports this module)
    return not DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t[m.end():]))
