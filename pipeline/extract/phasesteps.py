"""(tasks36) A plan's phase step read with no frame sentence: class (A), the plain step (issue 5).

A press item retelling a drive or a campaign often gives each phase its own sentence, the phase and its window first,
then the body and its act, with no ask verb, no modal and no sentence that frames the plan ('X vừa ban hành Kế hoạch
...'): 'Giai đoạn 1 từ ngày 1-8 đến ngày 14-8-2023, lực lượng chức năng tập trung rà soát, lập hồ sơ kiểm tra ...'
(pending fk2), 'Giai đoạn 2, từ ngày 1 - 31/3, các thành viên Ban Chỉ đạo đồng loạt ra quân tổng kiểm tra ...'
(`pages`, the Hanoi 197 board's drive), 'Trong giai đoạn 1 từ ngày 1 - 14.12.2019, lực lượng CSGT trên toàn quốc sẽ tập
trung xử lý ...' (development ff4, read there by its told frame).  The classifier reads them as statements (the
preamble zone: nothing asked yet), and toldsteps reads a step behind its phase only inside a told frame.

The numbered phase is the frame: a phase belongs to a plan, as 'Theo kế hoạch, ...' names one (tasks30's
own_plan_step).  What separates the step from a report or a forecast is the rest of the sentence's shape: after the
phase and at most one more time phrase, a **body and its act** (retoldplan.body_and_act: no tense, no passive, no
being or having), no tense word anywhere, no speaker's report.  A phase told with no body ('Đợt 1 tổ chức ra quân
từ ngày 14/11 - 30/12/2025.', 'Đợt 2 sẽ thực hiện theo mệnh lệnh ...'), a phase's account ('Giai đoạn 1 đã ...') and a
label ending on ':' are left alone.  Counted before it was written (benchmarks/plainstep_counts.py, HISTORY's tasks36
section): on the development, pending and task_audit labels the shape holds 2 required sentences and nothing else
(ff4's, read already; fk2's first phase); the gazette corpus has no such sentence.

The step is read with toldsteps' TOLD_STEP_REASON -- it is a step of the plan the text tells, its phase the frame --
so extract_tasks' one window hook (drivesteps.read_step_window) dates it by its phase's window, the year the
window's own or the document's.
"""
from __future__ import annotations

import re

# a numbered phase or round opening the sentence: 'Giai đoạn 1', 'Trong giai đoạn 2', 'Đợt 3', 'Giai đoạn II'
_PHASE_RE = re.compile(
    r"^(?:Cụ\s+thể\s*,\s*)?(?:Trong\s+)?(?:giai\s+đoạn|đợt)\s+(?:\d{1,2}|[IVX]{1,4}|một|hai|ba|bốn|năm)(?![^\W_])"
    r"\s*(?:\([^()]{0,80}\)\s*)?", re.I)


def phase_lead_end(text: str) -> int | None:
    """Where the body of a phase step starts in ``text``: after the numbered phase and its window ('Giai đoạn 2, từ
    ngày 1 - 31/3, ' -> the offset of 'các thành viên ...'); None when ``text`` does not open on a numbered phase.
    The office reader finds no subject behind two such commas, so extract_tasks' told-step office fallback
    (toldsteps.told_step_roles) reads the clause from here."""
    from pipeline.extract.toldsteps import _after_time_leads

    t = text.strip()
    m = _PHASE_RE.match(t)
    if not m:
        return None
    rest = t[m.end():].lstrip(" ,")
    if not rest:
        return None
    after = _after_time_leads(rest[:1].lower() + rest[1:])
    return len(t) - len(after) if after else None


def phase_step(text: str, gaz) -> bool:
    """Is ``text`` a numbered phase's step: '(Trong) giai đoạn / đợt N (, <time>), <body> <act> ...' (see the module
    docstring)?  Without the gazetteer: no."""
    from pipeline.extract.retoldplan import body_and_act
    from pipeline.extract.toldsteps import plain_step_sentence

    t = text.strip()
    if not plain_step_sentence(t, gaz):
        return False
    # the phase's window ('từ ngày 1-8 đến ngày 14-8-2023, ', 'từ ngày 1/4 - 1/11, '): toldsteps' time leads
    end = phase_lead_end(t)
    if end is None:
        return False
    rest = t[end:]
    return bool(rest) and body_and_act(rest[:1].upper() + rest[1:], gaz)
