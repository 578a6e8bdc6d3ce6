"""(tasks45) A field of work told as looked after -- 'Công tác X được quan tâm chỉ đạo', 'Lĩnh vực Y được chú
trọng đầu tư' -- read as a result, never a task.

A results passage tells what went well in the passive: 'Công tác quân sự quốc phòng địa phương được quan tâm chỉ
đạo, ...', 'Công tác bảo vệ và chăm sóc sức khỏe nhân dân luôn được huyện Than Uyên quan tâm sát sao.'  The
subject is an activity or a field, the verb 'quan tâm / chú trọng' is in the passive ('được', 'được sự', an agent
between), and nothing asks: no 'sẽ', no duty modal, no ask word.  Nobody is directed (ANNOTATION.md: a task
directs someone), and the labelled texts read every such sentence as no task (benchmarks/passive_counts.py, class PC:
the reading takes 9 sentences of the development and pending gold, all no task; the looser 'được (sự) quan tâm /
chú trọng' anywhere holds 12, 11 no task, 1 optional, none required).  The classifier read pending gd6's two as
tasks on a cue inside the agent phrase ('được sự quan tâm chỉ đạo quyết liệt của huyện ủy, UBND huyện tạo điều kiện
...'), and a stored page's 'Ngòa ra, Chính sách hậu phương quân đội ngày càng được quan tâm với nhiều hoạt động ...'
(prtc.ninhthuan.gov.vn, tests/test_tasks45.py) as one.

The active (V) reading, 'công tác tuyên truyền (sẽ) tập trung vào ...' with an activity as subject (pending fu2,
fp3, fi1 required; fi6, fy3 optional), is the other side of the same words and is left to its own reader: this
module only ever takes a task away, from the passive with no ask.  The other passive verbs ('được triển khai /
tổ chức / tăng cường / thực hiện') are not this class: their labels split (fu1's 'công tác ... được tăng cường'
and ei4's 'Việc nộp hồ sơ ... được thực hiện như sau:' are required), see benchmarks/passive_counts.py.
"""
from __future__ import annotations

import re

_W = r"(?<![^\W_])"
_E = r"(?![^\W_])"
# an activity or a field of work as the subject (with 'Về / Đối với' or one short comma-ended opener before it)
_SUBJECT = (r"(?:Công\s+tác|Việc|Hoạt\s+động|Các\s+hoạt\s+động|Lĩnh\s+vực|Các\s+lĩnh\s+vực|Phong\s+trào|"
            r"Các\s+phong\s+trào|Chương\s+trình|Các\s+chương\s+trình|Chính\s+sách|Các\s+chính\s+sách|Chế\s+độ)")
# a short opener before the subject, by its first words -- a time, a link or a frame, never a verb ('Bảo đảm các
# chế độ, chính sách được quan tâm ...' is an ask opening on its verb); 'Ng\w* ra' takes 'Ngoài ra' with a letter lost
# as news pages print it ('Ngòa ra,', prtc.ninhthuan.gov.vn)
_OPENER = (r"(?:Trong|Từ|Qua|Sau|Năm|Tháng|Quý|Nhìn\s+chung|Tuy\s+nhiên|Ng\w*\s+ra|Bên\s+cạnh\s+đó|Đồng\s+thời|"
           r"Đặc\s+biệt|Cùng\s+với|Mặt\s+khác|Nhờ\s+đó|Hiện\s+nay|Đến\s+nay|Thời\s+gian\s+qua|Những\s+năm\s+qua)(?![^\W_])")
# the result's adverbs between the subject and 'được'
_ADVERBS = r"(?:(?:luôn|luôn\s+luôn|đã|đều|cũng|thường\s+xuyên|tiếp\s+tục|chưa|ngày\s+càng|đặc\s+biệt|rất|cơ\s+bản)\s+)*"
PASSIVE_CARE_RE = re.compile(
    r"^(?:[-–+*•]\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s*|[a-zđ]\)\s*)?"
    r"(?:(?:Về|Đối\s+với)\s+|" + _OPENER + r"[^,;:]{0,50},\s+)?"
    + _SUBJECT + r"\s[^;:.]{0,120}?" + _W + _ADVERBS
    + r"được\s+(?:sự\s+)?(?:[^\s,;.]+\s+){0,5}?(?:quan\s+tâm|chú\s+trọng)" + _E, re.I)
# anything that asks or tells work to come keeps the sentence for the readers that ask ('cần được quan tâm',
# 'sẽ được chú trọng', 'đề nghị ...', 'phải ...')
_ASKS_RE = re.compile(_W + r"(?:sẽ|cần|phải|hãy|đề\s+nghị|yêu\s+cầu|giao\s+cho|chịu\s+trách\s+nhiệm|"
                      r"có\s+trách\s+nhiệm|trách\s+nhiệm\s+của|nhiệm\s+vụ\s+trọng\s+tâm|thời\s+gian\s+tới|"
                      r"sắp\s+tới|tới\s+đây)" + _E, re.I)
PASSIVE_RESULT_REASON = "a field told as looked after (passive result)"


def passive_care_result(text: str) -> bool:
    """Is ``text`` a result told in the passive -- an activity or field 'được (sự) <agent> quan tâm / chú trọng'
    -- with nothing in it that asks or tells work to come?"""
    t = re.sub(r"\s+", " ", text).strip()
    if not t or t.endswith(":"):
        return False
    return bool(PASSIVE_CARE_RE.match(t)) and not _ASKS_RE.search(t)


def demote_passive_results(classified: list) -> list:
    """The classified sentences with every task that is a passive result (``passive_care_result``) read as
    narrative -- run after every reader, so that no later reading brings it back as a step."""
    from pipeline.extract.tasks import Classified

    return [Classified(c.sentence, "narrative", PASSIVE_RESULT_REASON)
            if c.kind == "task" and passive_care_result(c.sentence.text) else c for c in classified]
