"""(tasks43) A contest's rules for its entries and entrants read as no task.

A contest's rules ('Thể lệ') tell what an entry is and what an entrant must do: 'Bài dự thi có thể viết tay
hoặc đánh máy ...', 'Bài dự thi phải ghi rõ họ, tên ...', 'Các bài dự thi viết bằng tiếng nước ngoài phải có
bản dịch ...', 'Bài thi là một bức thư ...'.  The subject is the entry, never a body: the rule asks no
office to act (ANNOTATION.md: a task is work some body is to do), and the labelled texts read every such
sentence as no task (counts: benchmarks/contest_counts.py).  A rule addressed to the organising or member
units ('Các đơn vị thành viên chấm điểm ...') keeps its body and stays a task.
"""
from __future__ import annotations

import re

# the entry or the entrant as the sentence's subject (with 'Các / Mỗi / Những' before it)
ENTRY_SUBJECT_RE = re.compile(
    r"^(?:(?:Các|Mỗi|Những|Toàn\s+bộ)\s+)?(?:bài\s+(?:dự\s+thi|thi)|tác\s+phẩm\s+(?:dự\s+thi|tham\s+dự)|sản\s+phẩm\s+dự\s+thi)"
    r"(?![^\W_])(?!\s+(?:của|do|được\s+(?:gửi|nộp)\s+về)\s+(?:các\s+)?(?:đơn\s+vị|cơ\s+quan|UBND|Sở|Phòng|Ban))", re.I)
# (the entrant, 'Thí sinh ...', is left out: the labelled texts read an exam candidate's filing as required,
# pending fc1 'Thí sinh nộp hồ sơ tại Sở GD - ĐT từ ngày 15/3 ...', and ey5's as optional)
CONTEST_RULE_REASON = "a contest's rule for its entries"


# (session 32, the lead) an entry's submission with its bound ('Bài dự thi được nộp về Văn phòng Đoàn ... trước
# ngày 26/10/2014', deadline_phrases dp3876) is the entrants' duty with a deadline, the one thing an analyst
# asks of the rules: it stays a task (START read it so; fa10's undated 'Bài dự thi gửi về ...' stays no task)
SUBMISSION_BOUND_RE = re.compile(
    r"\b(?:gửi|nộp)\b.*\b(?:trước\s+ngày|chậm\s+nhất|hạn\s+(?:chót|cuối|nộp|gửi)|đến\s+hết\s+ngày)\b", re.I)


def contest_rule(t: str) -> bool:
    """Does the sentence state a rule whose subject is a contest's entry or entrant (and no bound for sending it)?"""
    core = re.sub(r"^(?:[-–+*•]|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))\s*", "", t.strip())
    return bool(ENTRY_SUBJECT_RE.match(core)) and not SUBMISSION_BOUND_RE.search(core)
