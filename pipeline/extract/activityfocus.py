"""(tasks47, issue 5) (V): an activity told in the active as what it will focus on -- 'công tác X (sẽ) tập trung vào
/ chú trọng Y' -- read as the step it is, with no body.

A retold guide or plan often gives its content with the activity itself as the subject: 'Theo đó, công tác tuyên
truyền tập trung vào các nội dung sau: ...' (pending fp3, a provincial propaganda board's guide), 'trong thời gian
tới, công tác tuyển quân sẽ chú trọng tuyển chọn, gọi nhập ngũ những công dân ...' (pending fi1, a ministry's
directive retold), 'Theo yêu cầu của Bộ Công an, chiến dịch sẽ tập trung vào việc tăng cường ...' (pending fu2).  No
body is named, so the ask readers and the plain-step gate (which wants a body and its act) pass them by, and they
are read as statements.

Counted before it was written (``benchmarks/tasks47_counts.py``, class V, every labelled text: development, pending,
held-out, unseen13-32): an activity noun as subject and, in the active, 'tập trung / chú trọng / quan tâm' is required
4 -- fp3, fu2 (read at START by another reader) and two that are no (V): development yk12's 'các vấn đề mà đại biểu
quan tâm' and unseen zy12's copula 'Nội dung trọng tâm là tập trung quán triệt ...' (fi1's, with three phrases before
its subject, the count's pattern missed) --, optional 4 (a campaign's told contents: pending fi6, fy3, unseen ea6,
ex7), and no task 5, every one a report: the passive with its agent ('được tỉnh quan tâm', 'được quan tâm chú
trọng'), a tense ('đã và đang tập trung chỉ đạo') or a sector's line of a government resolution's results ('Ngành
giáo dục tập trung đào tạo ...', 'Ngành' as subject and a bare 'tập trung').  So the reading keeps to the active with
no tense word before the verb, refuses a sentence that reports ('đã', 'đang', 'vừa', 'được', a past period opening
it), and reads:

* the subject: 'Công tác', 'Việc', '(Các) hoạt động', 'Chiến dịch', 'Phong trào', 'Đợt', followed by up to eight
  words of what it is ('công tác tuyên truyền', 'chiến dịch', 'đợt cao điểm lần này').  Not 'Nội dung': an
  inspection's scope told ('Nội dung sẽ tập trung vào thanh tra trách nhiệm của ...', the short audit's sa42, no
  task) names what is looked at, not an activity's step -- the first draft read it, the audit showed it;
* then optionally 'sẽ', 'cần', 'tiếp tục', 'cũng sẽ', and the verb 'tập trung vào', 'chú trọng (vào)', 'quan tâm
  (đến)';
* before the subject, at most three comma-closed phrases (a link 'Theo đó,', a source 'theo X cập nhật được,', a
  period to come 'trong thời gian tới,'), none of which reports.

Only a narrative sentence is read (never the other way), with no office: the activity is no body (fi1's and fp3's
gold list none).
"""
from __future__ import annotations

import dataclasses
import re

ACTIVITY_FOCUS_REASON = "an activity's focus told in the active"

_W = r"(?<![^\W_])"
_E = r"(?![^\W_])"
_SUBJECT = (r"(?:Công\s+tác|Việc|(?:Các\s+)?[Hh]oạt\s+động|Chiến\s+dịch|Phong\s+trào|Đợt)"
            r"(?:\s+[^\s,.;:]+){0,8}?")
_VERB = (r"(?:(?:cũng\s+)?sẽ\s+|cần\s+|tiếp\s+tục\s+)?"
         r"(?:tập\s+trung\s+vào|chú\s+trọng(?:\s+vào)?|quan\s+tâm(?:\s+đến)?)" + _E)
_FOCUS_RE = re.compile(r"^(?P<lead>(?:[^,.;:]{1,90},\s*){0,3})(?P<subj>" + _SUBJECT + r")\s+(?P<verb>" + _VERB + r")",
                       re.I)
# a report: a tense or the passive anywhere before the verb, or a past period opening the sentence
_REPORT_RE = re.compile(_W + r"(?:đã|đang|vừa|được|bị|từng)" + _E, re.I)
_PAST_OPEN_RE = re.compile(
    r"^(?:Trong\s+|Qua\s+)?(?:(?:\d+|sáu|ba|chín)\s+tháng\s+(?:đầu\s+năm|qua)|(?:Năm|Thời\s+gian|Những\s+năm)\s+"
    r"(?:qua|vừa\s+qua)|Từ\s+đầu\s+năm|Đến\s+nay|Năm\s+\d{4})", re.I)


def activity_focus(text: str) -> bool:
    """Is ``text`` an activity's focus told in the active (see the module docstring)?"""
    t = text.strip()
    if _PAST_OPEN_RE.match(t):
        return False
    m = _FOCUS_RE.match(t)
    if not m:
        return False
    # a phrase that names the source ('theo X cập nhật được,') reports nothing of the activity
    leads = [p for p in m.group("lead").split(",") if p.strip() and not re.match(r"\s*theo" + _E, p, re.I)]
    return not (_REPORT_RE.search(m.group("subj")) or any(_REPORT_RE.search(p) for p in leads))


def read_activity_focus(classified: list) -> list:
    """``classified`` with each narrative sentence that is an activity's focus (``activity_focus``) read as a task."""
    out = []
    for c in classified:
        if c.kind == "narrative" and activity_focus(c.sentence.text):
            c = dataclasses.replace(c, kind="task", reason=ACTIVITY_FOCUS_REASON)
        out.append(c)
    return out
