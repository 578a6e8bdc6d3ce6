"""(tasks47, issue 5) Class (A): a results paragraph tells what was done, so none of its sentences is a task.

A press item on a meeting or a period gives its results in one paragraph and its plan in the next: 'Từ đầu năm đến
nay, kinh tế của huyện vẫn duy trì tốc độ tăng trưởng. Giá trị sản xuất ... tăng 3,7%. ... Công tác xây dựng Đảng
... tiếp tục được tăng cường.' and then 'Từ nay đến cuối năm, huyện Xuyên Mộc tiếp tục thực hiện ...' (pending
fy5).  The tense words that would tell the two apart are rare (tasks45 counted: one passive in ten carries one), but
the paragraph does: the results paragraph opens on a period that is over or is full of figures achieved, and says
nothing of work to come anywhere in it.  A reader that looks at one sentence at a time sometimes takes one of its
sentences for a step: 'Cụ thể: Giá trị sản xuất ... ước đạt 933 tỷ đồng, tăng hơn 8% ...' (pending gd1, read as a
':' lead-in), 'Trong tháng 10, tình hình ... đạt được nhiều kết quả quan trọng trên các lĩnh vực: ...' (pending el6),
'Các chế độ cho gia đình chính sách ... được giải quyết kịp thời; ...', 'Tuyển quân đạt 100% chỉ tiêu tỉnh giao...'.

:func:`results_paragraph` -- a paragraph (its sentences in order) that reports a period that is over: its first
sentence opens on a past period ('6 tháng đầu năm', 'Từ đầu năm đến nay', 'Năm qua', 'Thời gian qua', 'Đến nay')
or it holds two figures achieved or more ('đạt 75%', 'tăng 3,7%', 'so với cùng kỳ', '% kế hoạch'), and **no word of
work to come stands anywhere in it** ('sẽ', 'thời gian tới', 'cuối năm', 'còn lại', 'cần', 'phải', 'hãy', 'đề nghị',
'yêu cầu', 'giao cho', 'phương hướng', 'phấn đấu', 'dự kiến', 'trước ngày', a purpose 'Để / Nhằm ...' opening a
sentence).  'Kế hoạch', 'nhiệm vụ', 'chỉ đạo' and a bare 'giao' are no such word: a report names them too ('đạt 75%
kế hoạch', 'chỉ tiêu tỉnh giao').

:func:`demote_results_paragraphs` reads every task of such a paragraph as narrative (run after every reader, so none
brings it back).

Counted before it was written (``benchmarks/tasks47_counts.py``, class RP, every labelled text: development, pending
with the carry-over, held-out, unseen13-32; a paragraph is a line of the clean text): the sentences of such paragraphs
are no task 85, optional 3, required 0; START reads 4 of the no-task sentences (pending gd1, el6 and two of the
carry-over gf6) and 2 of the optional (development zd1's ongoing 'đang tích cực chỉ đạo ...').  Pending yo5's
required notice ('Để đảm bảo ..., UBND xã thông báo ...') follows 'Thời gian qua, UBND xã đã triển khai ...' in its
paragraph: its purpose opener is what keeps that paragraph out.
"""
from __future__ import annotations

import dataclasses
import re

RESULTS_PARAGRAPH_REASON = "a sentence of a results paragraph"

_B = r"(?<![^\W_])"
_E = r"(?![^\W_])"
# a period that is over, opening the paragraph's first sentence
PAST_OPEN_RE = re.compile(
    r"^(?:Trong\s+|Qua\s+|Sau\s+)?(?:(?:\d+|sáu|ba|chín|mười)\s+tháng\s+đầu\s+năm|(?:\d+|sáu|ba|chín|mười)\s+tháng\s+qua|"
    r"Từ\s+đầu\s+năm(?:\s+\d{4})?\s+đến\s+nay|(?:Năm|Thời\s+gian|Những\s+năm|Nhiệm\s+kỳ)\s+(?:qua|vừa\s+qua)|"
    r"(?:tháng|quý)\s+\S+(?:\s+năm\s+\d{4})?\s+(?:vừa\s+qua|qua)|Đến\s+nay)", re.I)
# a figure achieved
FIGURE_RE = re.compile(r"(?:(?:ước\s+)?đạt\s+(?:hơn\s+|gần\s+|trên\s+)?[\d.,]+|tăng\s+(?:hơn\s+|gần\s+|trên\s+)?[\d.,]+\s*%|"
                       r"so\s+với\s+cùng\s+kỳ|[\d.,]+\s*%\s*(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu)|bằng\s+[\d.,]+\s*%)", re.I)
# a word of work to come (the whole paragraph is looked at)
AHEAD_RE = re.compile(_B + r"(?:sẽ|thời\s+gian\s+tới|sắp\s+tới|tới\s+đây|cuối\s+năm|còn\s+lại|tiếp\s+theo|cần|phải|hãy|"
                      r"đề\s+nghị|yêu\s+cầu|giao\s+cho|phương\s+hướng|phấn\s+đấu|dự\s+kiến|trước\s+ngày|chậm\s+nhất)" + _E,
                      re.I)
_PURPOSE_OPEN_RE = re.compile(r"^(?:Để|Nhằm)" + _E, re.I)
# a body directing another now ('Bên cạnh đó, Bộ cũng chỉ đạo Tổng cục Đường bộ đánh giá ...' in the Ministry's
# letter): the issuer's directing is a task with no office (ANNOTATION.md's 'Chỉ đạo X'), whatever paragraph it
# stands in; a past or ongoing one ('đã / vừa / đang chỉ đạo các xã ...') is left to the paragraph.  Counted on every
# gold clean text (the lead, session 35): one sentence of a results paragraph has this shape with a tense word
# before it (development zd1 'đang tích cực chỉ đạo', optional), none without.
_DIRECTS_NOW_RE = re.compile(_B + r"chỉ\s+đạo\s+(?:(?-i:[A-ZĐ])|các\s)", re.I)
_TENSE_RE = re.compile(_B + r"(?:đã|vừa|từng|được|đang)" + _E, re.I)


def directs_now(sentence: str) -> bool:
    """Does ``sentence`` direct a body now, with no tense word before its 'chỉ đạo'?"""
    m = _DIRECTS_NOW_RE.search(sentence)
    return bool(m) and not _TENSE_RE.search(sentence[:m.start()])


def results_paragraph(sentences: list[str]) -> bool:
    """Does the paragraph of ``sentences`` report a period that is over and say nothing of work to come?"""
    ss = [s.strip() for s in sentences if s.strip()]
    if not ss:
        return False
    reports = bool(PAST_OPEN_RE.match(ss[0])) or len(FIGURE_RE.findall(" ".join(ss))) >= 2
    if not reports:
        return False
    return not any(AHEAD_RE.search(s) or _PURPOSE_OPEN_RE.match(s) for s in ss)


def _paragraphs(classified: list) -> list[list[int]]:
    """The plain paragraphs of ``classified`` as lists of indices.  A block of the reading joins the lines that follow
    one another (a hard-wrapped page), but a press item prints each paragraph on a line of its own: within a block, a
    new paragraph starts on a line that no sentence runs into from the line before."""
    out: list[list[int]] = []
    last_block, last_end = None, None
    for i, c in enumerate(classified):
        s, b = c.sentence, c.sentence.block
        if not (b.style is None and b.label is None and getattr(b, "kind", "para") == "para"):
            last_block = None
            continue
        if b is not last_block or s.line_start > last_end:
            out.append([])
        out[-1].append(i)
        last_block, last_end = b, max(s.line_end, last_end or 0) if b is last_block else s.line_end
    return out


def demote_results_paragraphs(classified: list) -> list:
    """``classified`` with every task of a plain paragraph that is a results paragraph read as narrative."""
    out = list(classified)
    groups = {k: idx for k, idx in enumerate(_paragraphs(classified))}
    for idx in groups.values():
        if not any(out[i].kind == "task" for i in idx):
            continue
        if not results_paragraph([classified[i].sentence.text for i in idx]):
            continue
        for i in idx:
            if out[i].kind == "task" and not directs_now(classified[i].sentence.text):
                out[i] = dataclasses.replace(out[i], kind="narrative", reason=RESULTS_PARAGRAPH_REASON)
    return out
