"""Directing words used as nouns or in relative clauses, which ask no one (tasks25, session 23).

The task classifier reads 'chỉ đạo', 'yêu cầu' and 'cần' as the cue of an ask; press and portal
items use them in three other ways that repeat on the short task audit (benchmarks/task_audit.py,
93 texts) and the pending gold:

- the pair of nouns 'lãnh đạo, chỉ đạo' after a noun of work ('tổ chức Hội nghị ... nhằm đánh giá kết
  quả lãnh đạo, chỉ đạo ...', 'họp đánh giá công tác lãnh đạo chỉ đạo 7 tháng đầu năm'): the
  leadership a meeting reviews, not a body directing another (eo4, sc09 x2; 11 development texts
  hold the shape);
- a relative 'cần' after a noun of things to do or to overcome ('những mặt còn yếu, hạn chế và cần
  khắc phục', 'những khó khăn, vướng mắc cần được tháo gỡ', 'nhiệm vụ cần tập trung ...'): the
  things that need doing, told, after a determiner or in a list of such things (sc02, sc08);
- the noun 'yêu cầu', a standard followed or a demand growing ('thực hiện chưa đảm bảo theo yêu cầu
  đề ra', 'với khối lượng công việc lớn và yêu cầu ngày càng cao'): no one is asked (sa62, sc05).

``NOUN_CUE_PATTERN`` holds them as alternatives of the tasks module's noun-cue pattern
(``tasks._NOUN_CUE_RE``), which is cut out of a sentence before its cue is looked for.
"""
from __future__ import annotations

# nouns of work a leadership is reviewed under ('kết quả lãnh đạo, chỉ đạo', 'công tác lãnh đạo chỉ đạo')
_WORK_NOUNS = r"(?:công\s+tác|kết\s+quả|sự|việc|trong|về|quá\s+trình|hiệu\s+quả|vai\s+trò|năng\s+lực|phương\s+thức)"
LEADERSHIP_NOUN = r"(?<![^\W_])" + _WORK_NOUNS + r"\s+lãnh\s+đạo\s*,?\s*(?:và\s+)?chỉ\s+đạo(?![^\W_])"

# things to do or to overcome, which a relative 'cần' describes ('vướng mắc cần được tháo gỡ'); a
# qualifier may stand between ('giải pháp trọng tâm cần ...'), and 'và' after a list of them
_THING_NOUNS = (r"(?:nhiệm\s+vụ|giải\s+pháp|công\s+việc|vấn\s+đề|khó\s+khăn|vướng\s+mắc|hạn\s+chế|tồn\s+tại|yếu\s+kém|"
                r"bất\s+cập|mặt|biện\s+pháp)")
_QUALIFIERS = r"(?:\s+(?:trọng\s+tâm|chủ\s+yếu|cụ\s+thể|quan\s+trọng|còn\s+lại|trước\s+mắt|cấp\s+bách))?"
# only after a determiner or inside a list of such things ('những khó khăn, vướng mắc cần ...', 'những mặt còn
# yếu, hạn chế và cần ...'): a bare noun before 'cần' may be the object of the subject's verb, and 'cần' that
# subject's modal ('các thành viên ... được phân công phụ trách nhiệm vụ cần tăng cường ...', yj10 of the
# development gold; a bare form lost a task on a standing blind set too)
# ... but not the coming period's programme a speaker sets out ('kết luận các nhiệm vụ trọng tâm cần làm trong
# tháng 10/2023, gồm: ...', 'nêu các nhiệm vụ trọng tâm cần thực hiện trong tháng tới gồm: ...'): the work to do
# in a stated period is the list of tasks itself (test_extract_local10/11's meeting conclusions; lead's mend at
# tasks25's merge)
_PERIOD_PROGRAMME = (r"(?!\s+(?:làm|thực\s+hiện|triển\s+khai)\s+(?:trong|ngay\s+trong)\s+"
                     r"(?:tháng|quý|tuần|năm|thời\s+gian|những\s+tháng|các\s+tháng)(?![^\W_]))")
RELATIVE_NEED = (r"(?:(?<=,\s)|(?<=những\s)|(?<=các\s))" + _THING_NOUNS + _QUALIFIERS
                 + r"\s*,?\s*(?:và\s+)?cần(?!\s+thiết)(?![^\W_])" + _PERIOD_PROGRAMME)

# the noun 'yêu cầu': a standard set ('theo yêu cầu đề ra / đặt ra') or a demand that grows ('yêu cầu
# ngày càng cao')
DEMAND_NOUN = (r"(?<![^\W_])theo\s+yêu\s+cầu\s+(?:đề\s+ra|đặt\s+ra)(?![^\W_])|"
               r"(?<![^\W_])yêu\s+cầu\s+(?:ngày\s+càng\s+)?(?:cao|lớn|khắt\s+khe)(?![^\W_])")

NOUN_CUE_PATTERN = LEADERSHIP_NOUN + "|" + RELATIVE_NEED + "|" + DEMAND_NOUN
