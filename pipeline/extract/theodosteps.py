"""(tasks36) A retold document's content told as a body's plain step after 'Theo đó,': class (A) (issue 5).

A press item retelling a plan, an order or a letter names the document, then gives its content as what each body
does, with a bare verb and no ask: 'Theo đó, các đơn vị, địa phương tập trung bảo vệ tuyệt đối an ninh trật tự tại
các mục tiêu ...' (`pages`, a police plan for the 30/4 holidays), 'Theo đó, UBND xã đăng ký xã đạt chuẩn NTM trước
ngày 10/12 ...' (pending fg5), 'Theo đó, các cấp, các ngành, ... khẩn trương kích hoạt lại toàn bộ hệ thống phòng,
chống dịch ...' (pending zf1), 'Theo đó, các bộ, cơ quan tiếp tục hướng dẫn nghiệp vụ, hỗ trợ địa phương ...'
(task_audit).  The classifier reads them as statements when nothing has asked before them (the preamble zone), and
toldsteps reads them only inside a told frame ('X vừa ban hành Kế hoạch ...'), which an excerpt or an order retold
by its speaker ('Tại Mệnh lệnh số ..., Bộ trưởng nêu rõ ...') does not give.

'Theo đó' ('accordingly', 'under it') points back to the document or decision just named: what follows is its
content, so the link is the frame.  The shape: 'Theo đó,', at most two time phrases, then a **body and its act**
(retoldplan.body_and_act: no tense, no passive, no being), and no tense word anywhere, no speaker's report, no
having ('Theo đó, Sở Quy hoạch - Kiến trúc có 21 nhiệm vụ;' lists a share, development yp3: no task), no label
ending on ':'.  Counted before it was written (benchmarks/plainstep_counts.py, HISTORY's tasks36 section): on the
development, pending and task_audit labels the shape holds 5 required sentences (2 read at START by other cues), 2
optional and, with having refused, no sentence that is no task; realdocs none.
"""
from __future__ import annotations

import re

THEO_DO_REASON = "a retold document's content after 'Theo đó'"
_THEO_DO_RE = re.compile(r"^Theo\s+đó\s*,\s*", re.I)
# having right after the body: a share or a count, no act ('Sở X có 21 nhiệm vụ')
_HAS_RE = re.compile(r"^(?:cũng\s+)?có(?![^\W_])", re.I)


def theo_do_step(text: str, gaz) -> bool:
    """Is ``text`` 'Theo đó, (<time>,) <body> <act> ...' (see the module docstring)?  Without the gazetteer: no."""
    from pipeline.extract.offices import subject_of
    from pipeline.extract.retoldplan import body_and_act
    from pipeline.extract.toldsteps import _after_time_leads, plain_step_sentence

    t = text.strip()
    m = _THEO_DO_RE.match(t)
    if not m or not plain_step_sentence(t, gaz):
        return False
    rest = _after_time_leads(t[m.end():])
    if not rest or not body_and_act(rest, gaz):
        return False
    subj = subject_of(rest, gaz)
    return not (subj and _HAS_RE.match(rest[subj[1]:].lstrip(" ,")))
