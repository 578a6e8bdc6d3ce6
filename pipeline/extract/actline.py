"""A time line that names its act dates the tasks of that act only (deadline39).

Why: a notice often closes its asks with one time line, and the extractor gives that line's day to
every undated task of the group (samples/gold/README.md: "A time line closing a list ... dates every
item of the list that names no doer of its own").  Some time lines say *which* work they time:
'Thời gian treo: từ ngày 25 tháng 4 cho đến hết ngày 03 tháng 5 năm 2021.' (the flags' hanging),
'Thời gian hoàn thành việc phát thẻ chậm nhất đến 13 giờ, ngày 26/7/2021.' (handing out the cards),
'Thời gian hoàn thành việc quán triệt, chậm nhất ngày 14/5/2021 ...' (the briefing).  A task of
another work beside them -- 'Vận động nhân dân làm vệ sinh đường làng ngõ xóm ...' under the flag
notice, 'Lập danh sách quản lí theo dõi.' after the card handout, 'Trung tâm Cung ứng dịch vụ công
thường xuyên thông tin nội dung trong thông báo này ...' under 'Thời gian treo cờ Tổ quốc: ...', the
ask to another body after ya4's briefing line -- is labelled undated in every gold that holds one
(pending ek5 and yo4, development yh2 and ya4), while every task that names the act ('... treo cờ
...', '... cấp lại Thẻ ...') keeps the line's day.

So: a task dated by a line printed after it that is not its own sentence, where that line opens
'Thời gian (hoàn thành) (việc) <act>' and the act is a real work (not the generic 'thực hiện / triển
khai / tổ chức'), loses the date when its text shares no word with the act and does not ask to carry
it out ('thực hiện').  Kept as before: a line that names no act ('Thời gian thực hiện: ...',
'Thời gian: ...'); a frame printed before the request ('Thời gian tiêm phòng từ ... .' then 'UBND
huyện yêu cầu ... Đồng thời, rà soát ...', carry15: it dates the request and its points); a request
that only asks to carry the act out ('UBND phường đề nghị các tổ dân phố ... thực hiện.' before
'Thời gian treo cờ Tổ quốc: ...', local11).
"""
from __future__ import annotations

import re
from typing import Protocol, Sequence

# 'Thời gian treo: ...', '2/ Thời gian treo cờ tổ quốc: Từ ...', 'Thời gian hoàn thành việc phát thẻ chậm
# nhất ...': the act is what stands between 'Thời gian (hoàn thành) (việc)' and the colon or the bound
ACT_LINE_RE = re.compile(
    r"^\W*(?:\d+\s*[/.)]\s*)?Thời\s+gian\s+(?:hoàn\s+thành\s+)?(?:việc\s+)?(?P<act>[^\W\d_][^:;]{0,59}?)\s*"
    r"(?::|,?\s*(?=chậm\s+nhất|trước|từ\s+ngày|từ\s+\d|đến\s+hết|đến\s+ngày|trong\s+ngày|vào\s+ngày|ngày\s+\d))",
    re.I,
)
# words that name no particular work: a line of these alone times the whole group
_GENERIC = frozenset(
    "thực hiện hoàn thành triển khai tổ chức tiến hành bắt đầu kết thúc cụ thể dự kiến và địa điểm "
    "các của những cho được sẽ tại xong công việc nhiệm vụ".split()
)
# a line whose act opens on a generic verb times a whole named programme ('Thời gian thực hiện Chiến dịch
# từ ngày 02/5 ...', 'Thời gian kết thúc năm học ...'), not one work among others
_GENERIC_LEAD_RE = re.compile(r"(?:thực\s+hiện|triển\s+khai|tổ\s+chức|tiến\s+hành|bắt\s+đầu|kết\s+thúc|áp\s+dụng)(?![^\W_])", re.I)
_WORD_RE = re.compile(r"[^\W\d_]+")
# a request to carry the timed work out names it by reference ('... thực hiện.', 'tổ chức thực hiện đúng lịch')
_CARRY_OUT_RE = re.compile(r"(?<![^\W_])thực\s+hiện(?![^\W_])", re.I)


class _Dated(Protocol):
    text: str
    deadline: object
    deadline_text: str | None
    deadline_time: object
    line_start: int
    line_end: int


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def act_words(line: str) -> frozenset[str]:
    """The words of the act a time line names ('Thời gian treo: ...' -> {'treo'}), or an empty set when
    the line is no time line or names only a generic act ('Thời gian thực hiện: ...')."""
    m = ACT_LINE_RE.match(line)
    if not m or _GENERIC_LEAD_RE.match(m.group("act")):
        return frozenset()
    return frozenset(w for w in _WORD_RE.findall(m.group("act").casefold()) if w not in _GENERIC)


def undate_other_acts(task_list: Sequence[_Dated], lines: Sequence[tuple[int, str]]) -> None:
    """Take the date off a task that a time line of another act gave it (see the module's note).

    ``lines`` are the document's lines as (number, text), numbered as the tasks' ``line_start``; the
    first time line after the task that holds its ``deadline_text`` is the one that dated it."""
    acts: dict[int, tuple[frozenset[str], str]] = {}
    for i, ln in lines:
        words = act_words(ln)
        if words and re.search(r"\d", ln):
            acts[i] = (words, _norm(ln))
    if not acts:
        return
    for t in task_list:
        if t.deadline is None or not t.deadline_text:
            continue
        phrase = _norm(t.deadline_text)
        if not phrase or phrase in _norm(t.text):
            continue  # the task's own sentence sets it
        if _CARRY_OUT_RE.search(t.text):
            continue  # it asks to carry out the work the line times
        after = [i for i, (_, text) in acts.items() if phrase in text and i > t.line_end]
        if not after:
            continue  # a frame before the request dates it and its points (carry15)
        words = acts[min(after)][0]
        if words & set(_WORD_RE.findall(t.text.casefold())):
            continue  # the task does the act the line times
        t.deadline, t.deadline_time, t.deadline_text = None, None, None
