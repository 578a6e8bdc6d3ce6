"""What a source tells a press item, reported, when the frame is wider than 'X cho biết, ...' (tasks24).

`tasks.STATEMENT_REPORT_RE` reads 'Công văn cho biết, ...' and 'Bộ Tài chính cho biết, ...': a source of at
most 60 characters without a comma, then ',', ':' or 'rằng'. A press item often frames its source more
widely, and then a word inside the reported clause ('chỉ đạo', 'cần') was taken for an ask. The short task
audit (benchmarks/data/task_audit_short.tsv, 63 real district and press texts) has three such false tasks in
two texts:

- a dateline before the source: 'Ngày 4.9, Công an tỉnh Tây Ninh cho biết, thực hiện chỉ đạo UBND tỉnh,
  ngành công an đã và đang thực hiện đợt cao điểm ...';
- a source with its titles after commas and no mark after 'cho biết': 'Một lãnh đạo Phòng Cảnh sát ...
  Công an tỉnh Tây Ninh, cho biết đơn vị đã rà soát, thống kê ... để phối hợp ... chỉ đạo công an cấp xã
  ...';
- a speaker's occasion first: 'Phát biểu khai mạc kỳ họp, Bí thư Đảng ủy, Chủ tịch HĐND ... cho biết, kỳ họp
  nhằm thảo luận, quyết nghị ... những chỉ tiêu, giải pháp trọng tâm cần tập trung thực hiện ...'.

What is told is information when its clause holds no ask: no asking verb ('yêu cầu', 'đề nghị', 'đôn đốc',
'giao', 'chỉ đạo' used as a verb) and no modal ('phải', 'cần') outside the uses that name no one's duty --
the directive one carries out ('thực hiện chỉ đạo (của) UBND tỉnh', a noun), the things that need doing
('nhiệm vụ / giải pháp ... cần tập trung thực hiện', a relative clause naming them), and anything the source
reports as done or under way ('đã', 'đang' before the word: 'đơn vị đã rà soát ... chỉ đạo ...'). A clause
that asks keeps the sentence a task ('Ông X cho biết, UBND tỉnh yêu cầu các xã ...', '... cho biết, các hộ
phải ...' where no 'đã' reports it).
"""
from __future__ import annotations

import re

# the frame: an optional opener closed by a comma (a dateline 'Ngày 4.9,', an occasion 'Phát biểu khai mạc kỳ
# họp,'), the source (its titles may be joined by commas, no sentence mark), then the verb of telling
TOLD_FRAME_RE = re.compile(
    r"^(?:(?:Ngày|Sáng|Chiều|Tối|Trưa|Hôm\s+nay|Phát\s+biểu|Trao\s+đổi|Trả\s+lời|Tại)(?![^\W_])[^;:.!?]{0,80}?,\s*)?"
    r"[^;:!?\"“”]{2,200}?\s(?:cho\s+biết|cho\s+hay)(?![^\W_])\s*(?:,|:|rằng)?\s*", re.I)
# a word that would make the told clause an ask
_ASK_RE = re.compile(r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|đôn\s+đốc|giao|chỉ\s+đạo|phải|cần|khẩn\s+trương)(?![^\W_])", re.I)
# uses of those words that ask no one: the directive carried out (a noun), the things that need doing (a
# relative clause after the noun naming them)
_NO_ASK_USES_RE = re.compile(
    r"(?<![^\W_])(?:thực\s+hiện|theo)\s+(?:sự\s+|ý\s+kiến\s+)?chỉ\s+đạo(?![^\W_])"
    r"|(?<![^\W_])(?:nhiệm\s+vụ|giải\s+pháp|chỉ\s+tiêu|nội\s+dung|công\s+việc|vấn\s+đề|việc)"
    r"(?:\s+(?:trọng\s+tâm|chủ\s+yếu|cấp\s+bách|trọng\s+điểm))?\s+cần(?![^\W_])", re.I)
# done or under way, as the source reports it
_DONE_RE = re.compile(r"(?<![^\W_])(?:đã|đang)(?![^\W_])", re.I)


def told_information(t: str) -> bool:
    """Whether ``t`` reports what a source tells ('<opener>, <source> cho biết, <clause>') and the clause asks
    no one (see the module's docstring). A sentence ending with ':' introduces what follows and is left alone."""
    t = t.strip()
    if t.endswith(":"):
        return False
    m = TOLD_FRAME_RE.match(t)
    if not m or _ASK_RE.search(_frame_source(m.group(0))):
        return False
    rest = _NO_ASK_USES_RE.sub(" ", t[m.end():])
    ask = _ASK_RE.search(rest)
    if ask is None:
        return True
    return bool(_DONE_RE.search(rest[:ask.start()]))


def _frame_source(frame: str) -> str:
    """The frame without its verb of telling: an ask there ('UBND tỉnh yêu cầu ..., cho biết') is no source's."""
    return re.sub(r"(?:cho\s+biết|cho\s+hay)\s*(?:,|:|rằng)?\s*$", "", frame, flags=re.I)
