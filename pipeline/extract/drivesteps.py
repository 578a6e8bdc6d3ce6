"""(tasks32) A step that names its drive as its time: 'Trong đợt cao điểm, <body> <act>', 'Sau ngày ra quân
<body> tiếp tục <act>' (issue 5; tasks30's open class (H), measure28's drives).

A press item that tells a drive's launch as an event ('Sáng 23/4, Công an tỉnh đã phát lệnh ra quân thực hiện
đợt cao điểm ...', 'Tại lễ phát động, ...') has no frame for toldsteps: the launch is told done, so the
classifier reads every sentence after it as a report.  Yet the steps the drive sets for its period follow it,
and each opens on the drive itself as its time: 'Trong đợt cao điểm, Công an tỉnh và công an các địa phương
thực hiện đồng loạt các biện pháp ...' (gold fi3), 'Sau ngày ra quân các cơ quan, đơn vị, địa phương tiếp tục
duy trì phong trào tổng vệ sinh từ 15/4-27/4 ...' (pending fb7).  As 'Theo kế hoạch, X V' names its plan
(toldsteps.own_plan_step, tasks30), the opening names the drive the step belongs to, so no frame sentence is
needed: the sentence is read when, after that opening, a body and its act follow (retoldplan.body_and_act).

Not read (a report of the drive's results says what was done, counted): a tense word ('đã', 'đang', 'vừa',
...) or a speaker's report ('cho biết'); a count of results ('xử lý 120 vụ', 'bắt giữ 15 đối tượng', 'phát hiện
32 trường hợp', '1.200 lượt người', '910 ca tuần tra'); an opening that is the drive's period as the subject ('Đợt cao điểm diễn
ra ...': no body before the act); a lead-in ending in ':'.  Only narrative sentences whose reason says no cue was
found are read again (toldsteps' list), as every re-reading module of this family does.
"""
from __future__ import annotations

import re

DRIVE_STEP_REASON = "a step that names its drive as its time"

# the drive named as the step's time: 'Trong đợt cao điểm (này|...)', 'Sau (ngày|lễ) ra quân', 'Trong thời gian
# (diễn ra|triển khai) chiến dịch', 'Suốt tháng hành động'
_DRIVE_NOUN = (r"(?:đợt\s+(?:cao\s+điểm|ra\s+quân|phát\s+động|tổng\s+vệ\s+sinh|thi\s+đua)|chiến\s+dịch|"
               r"(?:lễ\s+|buổi\s+)?(?:ra\s+quân|phát\s+động)|tháng\s+(?:hành\s+động|cao\s+điểm))")
_DRIVE_LEAD_RE = re.compile(
    r"^\s*(?:Trong|Sau|Suốt|Trong\s+suốt)\s+(?:(?:thời\s+gian|quá\s+trình)\s+(?:(?:diễn\s+ra|triển\s+khai|thực\s+hiện)\s+)?)?"
    r"(?:ngày\s+)?" + _DRIVE_NOUN + r"(?![^\W_])", re.I)
# the rest of the opening phrase, up to its comma ('Trong đợt cao điểm từ ngày 15/5 đến 15/6, ')
_LEAD_TAIL_RE = re.compile(r"^(?:[^,;:.]|(?<=\d)\.(?=\d)){0,80},\s*")
# a count of results: what a report of the drive tells
_RESULT_COUNT_RE = re.compile(
    r"(?<![^\W_])\d[\d.,]*\s+(?:vụ|đối\s+tượng|trường\s+hợp|lượt|phương\s+tiện|tấn|kg|triệu|tỷ|người|hộ|"
    r"cơ\s+sở|tổ\s+chức|cá\s+nhân|xe|biên\s+bản|ca|cuộc|buổi)(?![^\W_])", re.I)


def drive_lead_end(text: str) -> int | None:
    """Where the opening that names the drive as the step's time ends (after its comma, if the phrase has
    one within 80 characters), or None when the sentence does not open so."""
    m = _DRIVE_LEAD_RE.match(text)
    if not m:
        return None
    tail = _LEAD_TAIL_RE.match(text[m.end():])
    end = m.end() + (tail.end() if tail else 0)
    while end < len(text) and text[end] in " ,":
        end += 1
    return end


def drive_step(text: str, gaz) -> bool:
    """Is ``text`` a step that names its drive as its time: the drive's opening, then a body and its act,
    with no tense word, no speaker's report and no count of results (see the module docstring)?"""
    from pipeline.extract.retoldplan import body_and_act
    from pipeline.extract.toldsteps import plain_step_sentence

    t = text.strip()
    if not plain_step_sentence(t, gaz) or _RESULT_COUNT_RE.search(t):
        return False
    end = drive_lead_end(t)
    if end is None:
        return False
    rest = t[end:]
    rest = rest[:1].upper() + rest[1:]
    return bool(rest) and body_and_act(rest, gaz)


# ------------------------------------------------------------------ the step's window as its deadline
# a window 'từ (ngày) D1 (-|đến (hết) (ngày)) D2': D1 may lack its month ('từ ngày 1 - 14.12.2019'); D2 is the last day
_WINDOW_RE = re.compile(
    r"(?<![^\W_])từ\s+(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2})?(?:\s*[/.-]\s*\d{4})?\s*(?:-|–|đến(?:\s+hết)?)\s*"
    r"(?:ngày\s+)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?(?![\d/])", re.I)
# the drive's period told in a sentence of its own: 'Đợt cao điểm diễn ra trong 2 tháng, từ ngày 23/4 đến ngày 23/6.'
_DRIVE_SPAN_RE = re.compile(
    r"^\s*(?:Đợt\s+(?:cao\s+điểm|ra\s+quân|phát\s+động|tổng\s+vệ\s+sinh|thi\s+đua)|Chiến\s+dịch|Tháng\s+(?:hành\s+động|cao\s+điểm))"
    r"(?![^\W_])[^.;:]{0,60}?(?<![^\W_])(?:sẽ\s+)?(?:được\s+)?(?:diễn\s+ra|kéo\s+dài|triển\s+khai|thực\s+hiện|tổ\s+chức)"
    r"(?![^\W_])", re.I)


def window_end(text: str, year: int | None):
    """The last day of the first window 'từ (ngày) D1 - D2' / '... đến (ngày) D2' in ``text`` (a Deadline), a day
    with no year taken in ``year``; None when there is none or no year is known."""
    from pipeline.extract.temporal import Deadline, _safe

    m = _WINDOW_RE.search(text)
    if not m:
        return None
    y = int(m.group("y")) if m.group("y") else year
    day = _safe(y, int(m.group("m")), int(m.group("d"))) if y else None
    return Deadline(day, None, m.group(0)) if day else None


def step_window_deadline(text: str, lead_end: int | None, spans: list[str], year: int | None):
    """(tasks30's open item, ff4; tasks32's fi3) The deadline of a step read by its time opening: the window in
    that opening ('Trong giai đoạn 1 từ ngày 1 - 14.12.2019, lực lượng CSGT ... sẽ ...': 2019-12-14), else, for a
    step that names its drive, the drive's own period told in a sentence of its own (``spans``: 'Đợt cao điểm
    diễn ra trong 2 tháng, từ ngày 23/4 đến ngày 23/6.').  A window in the step's body ('... duy trì phong trào
    từ 15/4-27/4 và vào ngày 27 hàng tháng', fb7) is the body's, left to find_deadline."""
    if lead_end:
        dl = window_end(text[:lead_end], year)
        if dl is not None:
            return dl
    for span in spans:
        dl = window_end(span, year)
        if dl is not None:
            return dl
    return None


def drive_spans(sentences: list[str]) -> list[str]:
    """The sentences that tell a drive's period as their subject's ('Đợt cao điểm diễn ra ... từ ngày ... đến ...')."""
    return [s for s in sentences if _DRIVE_SPAN_RE.match(s) and _WINDOW_RE.search(s)]


def told_lead_end(text: str) -> int | None:
    """Where the time or phase phrases before a told step's body end ('Trong giai đoạn 1 từ ngày 1 - 14.12.2019, '),
    after toldsteps' links; None when the step opens on its body."""
    from pipeline.extract.toldsteps import _LINK_RE, _after_time_leads

    t = text.strip()
    rest = _LINK_RE.sub("", t, count=1)
    after = _after_time_leads(rest)
    if after == rest[:1].upper() + rest[1:]:
        return None
    return len(t) - len(after)


def read_step_window(text: str, reason: str | None, doc_sentences: list[str], year: int | None):
    """extract_tasks' one hook: the window deadline of a task read as a drive step (its opening's window, else
    its drive's period) or as a told plan's step with a time opening (its opening's window only); None for any
    other reason, so every other task keeps find_deadline's reading."""
    from pipeline.extract.toldsteps import TOLD_STEP_REASON

    if reason == DRIVE_STEP_REASON:
        return step_window_deadline(text, drive_lead_end(text.strip()), drive_spans(doc_sentences), year)
    if reason == TOLD_STEP_REASON:
        return step_window_deadline(text, told_lead_end(text), [], year)
    return None
