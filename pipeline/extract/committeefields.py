"""Where a committee named by what it is 'về' (about) ends.

Why: the central and provincial steering committees, councils and commissions are named by
their subject after 'về': 'Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài
cốt liệt sĩ', 'Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật', 'Ban Chỉ đạo Trung
ương về cải cách chính sách tiền lương, bảo hiểm xã hội và ưu đãi người có công'.  The generic
name reader cut them at 'về' or at the subject's inner comma ('Ban Chỉ đạo Trung ương', 'Ban
Chỉ đạo quốc gia về tìm kiếm, quy tập'), and read a field after the comma as a body of its own
('Bảo hiểm xã hội').  In the gazette corpus, the development texts and the office_spans rows
every one of the 35 'Ban Chỉ đạo / Ủy ban / Hội đồng <level> về ...' is such a name (plans21's
'Not fixed'; office26 counted them): 'về' after the level is the name's, not 'about'.

The subject runs over fields joined by ',' and 'và' -- a field may open on a verb noun
('hoàn thiện', 'tổ chức lại', 'xây dựng mô hình') -- and ends at the sentence's punctuation, at
a dash (a second body named with it), at a join that opens another body ('..., các bộ, ngành'),
at a word no field holds ('của', 'có', 'đã', 'yêu cầu', ...), or at a verb that follows a field
word with no join ('... pháp luật chỉ đạo, đôn đốc', '... liệt sĩ triển khai').  A subject that
is a report's topic ('về việc', 'về kết quả', 'về tình hình') is no name.
"""
from __future__ import annotations

import re
from typing import Callable

# the committee's head and its level, then 'về'
_ABOUT_HEAD_RE = re.compile(
    r"(?<![^\W_])(?:Ban\s+[Cc]hỉ\s+(?:đạo|huy)|(?:Ủy|Uỷ)\s+ban|Hội\s+đồng)\s+"
    r"(?:liên\s+ngành\s+)?(?:[Tt]rung\s+ương|[Qq]uốc\s+gia|[Nn]hà\s+nước|của\s+Chính\s+phủ|liên\s+ngành|cấp\s+tỉnh|tỉnh|thành\s+phố)"
    r"\s+về\s+(?=[^\W\d_])")
# a report's topic, not a committee's subject ('báo cáo Ban Chỉ đạo Trung ương về kết quả ...')
_TOPIC_RE = re.compile(
    r"(?:việc|kết\s+quả|tình\s+hình|tiến\s+độ|những|các|nội\s+dung|số\s+liệu|vấn\s+đề|ý\s+kiến)(?![^\W_])", re.I)
# the end of the sentence's stretch: punctuation, a dash before a second body, a line break
_HARD_STOP_RE = re.compile(r"[.;:()\n\"“”]|\s[-–]\s")
# words no field holds: the sentence's own verbs and modals, prepositions that open a phrase
_STOP_WORD_RE = re.compile(
    r"(?:yêu\s+cầu|đề\s+nghị|giao|chủ\s+trì|phối\s+hợp|chịu|có|là|được|đã|đang|sẽ|vừa|cũng|mới|cần|phải|của|cho|"
    r"với|tại|trên|theo|để|nhằm|gồm|thuộc|về|tiếp\s+tục|tăng\s+cường|khẩn\s+trương|chủ\s+động|kịp\s+thời|"
    r"thường\s+xuyên|tập\s+trung|chỉ\s+đạo|báo\s+cáo|ban\s+hành|đối\s+với)(?![^\W_])", re.I)
_JOIN_RE = re.compile(r"\s*,\s*|\s+và\s+|\s+")
# a stock phrase of a field whose middle word is a stop word ('ưu đãi người có công')
_STOCK_RE = re.compile(r"người\s+có\s+công(?![^\W_])", re.I)
_PLURAL_RE = re.compile(r"(?:các|những|mọi)\s")
_MAX_WORDS = 25


def about_committee_spans(folded: str, opens_other_body: Callable[[str], bool],
                          verb_at: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of each committee named by its 'về' subject in ``folded``.

    ``opens_other_body(rest)``: whether ``rest`` opens on another body; ``verb_at(rest)``: whether it
    opens on a subject's verb (both from offices.py, given to keep this module free of it)."""
    out: list[tuple[int, int]] = []
    for h in _ABOUT_HEAD_RE.finditer(folded):
        if _TOPIC_RE.match(folded, h.end()):
            continue
        limit = _HARD_STOP_RE.search(folded, h.end())
        stop_at = limit.start() if limit else len(folded)
        pos, end, words = h.end(), h.end(), 0
        while pos < stop_at and words < _MAX_WORDS:
            stock = _STOCK_RE.match(folded, pos)
            w = stock or re.compile(r"[^\s,]+").match(folded, pos)
            if w is None or w.end() > stop_at:
                break
            if not stock and words and _STOP_WORD_RE.match(folded, pos):
                break
            end, pos = w.end(), w.end()
            words += len(w.group(0).split())
            j = _JOIN_RE.match(folded, pos)
            if j is None or j.end() >= stop_at:
                break
            rest = folded[j.end():stop_at]
            joined = "," in j.group(0) or j.group(0).strip() == "và"
            # another body after a join opens on a capital or a plural ('..., các bộ, ngành', '... và Bộ
            # Tài chính'); a lower-case field may look like a body's name ('tiền lương, bảo hiểm xã hội')
            if joined and (rest[:1].isupper() or _PLURAL_RE.match(rest)) and opens_other_body(rest):
                break
            # a verb right after a field word (no join) opens the sentence's predicate; not inside the
            # field's own opening verb phrase ('về thực hiện sắp xếp, tổ chức lại ...')
            if not joined and words > 2 and verb_at(rest) and not _STOCK_RE.match(folded, j.end()):
                break
            pos = j.end()
        if words >= 2:
            out.append((h.start(), end))
    return out
