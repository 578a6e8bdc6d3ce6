"""(terms34) A 'Thời gian <activity> <term>' sentence with no task above it is itself a dated task (issue 5).

A school-year frame or an admission plan states its steps as times: 'Thời gian kết thúc năm học trước ngày
31-5-2018.', 'Thời gian xét công nhận hoàn thành chương trình TH trước ngày 15-6-2018; xét công nhận tốt
nghiệp THCS trước ngày 25-5-2018.', 'Thời gian nhận hồ sơ đăng ký dự tuyển từ ngày 1-10/6; tổ chức xét
tuyển từ ngày 12/6 và công bố kết quả trúng tuyển trước ngày 31/7.'.  The activity the time is of is the
work, and the term its due day.  The same sentence right under a task ('Giao Sở X ... . Thời gian hoàn thành
trước ngày ...') or as a '- Thời gian thực hiện: ...' line stays that task's attribute: tasks.classify reads
those first (kind 'attribute', reason 'time sentence', or ATTRIBUTE_RE's key line), so only a sentence the
classifier left narrative -- nothing of that kind above it -- is read again here.

Guards: the sentence must close a term ('trước', 'chậm nhất', 'không quá', 'hạn chót' + a day), since an
activity's window ('Thời gian tiêm phòng từ ngày 10/3 – 10/5.') dates the request after it (deadline18) and
an event's day ('Thời gian kiểm tra ... vào ngày 7/6.') is no term; no tense word or speaker's report (a news
report of what was done); not a period of the text's own ('Thời gian qua / tới') nor a period a person has
(a benefit, a leave, a term of service); a sentence of at most 60 words, not a lead-in.
"""
from __future__ import annotations

import re

from pipeline.extract.boundstep import REPORTED_RE, _REREAD_REASONS, _TENSE_RE

TERM_SENTENCE_REASON = "a time sentence that is the term"

# 'Thời gian' + the activity (words, not a time of the text's own, not 'Thời gian, địa điểm') ...
_OPEN_RE = re.compile(
    r"^\s*(?:[-+•*]\s*)?Thời\s+gian\s+(?!(?:tới|qua|vừa\s+qua|tiếp\s+theo|sắp\s+tới|này|đó|gần\s+đây|trước)(?![^\W_]))"
    # (the activity named, not the bound at once: 'Thời gian chậm nhất ngày 21/7/2019.' under a row is its time line)
    r"(?!(?:trước|chậm\s+nhất|muộn\s+nhất|không\s+quá|hạn|từ|đến|trong|là|vào|ngày|tháng|quý|năm|dự\s+kiến)(?![^\W_]))"
    r"(?P<act>[^\W\d_]+(?:\s+[^\W\d_]+){1,14})", re.I)
# ... and somewhere after it the term that closes the work: a bound and a day
_TERM_RE = re.compile(
    r"(?<![^\W_])(?:trước|chậm\s+nhất(?:\s+là)?|không\s+quá|hạn\s+chót(?:\s+là)?|muộn\s+nhất(?:\s+là)?)\s+"
    r"(?:(?:ngày|hết\s+ngày)\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)", re.I)
# a period a person has, not work that ends by a day ('Thời gian hỗ trợ ...', 'Thời gian nghỉ ...', 'Thời gian công
# tác ...', 'Thời gian áp dụng ...')
_PERSONAL_PERIOD_RE = re.compile(
    r"^(?:hỗ\s+trợ|hưởng|nghỉ|công\s+tác|đào\s+tạo|học\s+tập|thử\s+việc|tập\s+sự|áp\s+dụng|miễn|giảm|chốt|tính|giữ|lưu|"
    r"bảo\s+hành|cư\s+trú|tạm\s+trú|giãn|cách\s+ly|phong\s+tỏa|đóng|làm\s+việc)(?![^\W_])", re.I)


def is_term_sentence(text: str) -> bool:
    """Is ``text`` a 'Thời gian <activity> ... <bound> <day>' sentence that states a term of work?"""
    t = text.strip()
    if t.endswith(":") or len(t.split()) > 60:
        return False
    m = _OPEN_RE.match(t)
    if not m or _PERSONAL_PERIOD_RE.match(m.group("act")):
        return False
    # (the activity is named before any colon: 'Thời gian thực hiện: ...' is a key line, read by ATTRIBUTE_RE)
    if t[m.end():].lstrip().startswith(":") or not _TERM_RE.search(t, m.start("act")):
        return False
    return not (_TENSE_RE.search(t) or REPORTED_RE.search(t))


def read_term_sentences(classified: list) -> list:
    """``classified`` with each narrative 'Thời gian <activity> <term>' sentence (``is_term_sentence``) read as
    a task.  A time sentence under a task was made that task's attribute by tasks.classify and is not narrative,
    so it is never read here; only the reasons that say no cue was found are read again (boundstep's)."""
    from pipeline.extract.tasks import Classified

    return [Classified(c.sentence, "task", TERM_SENTENCE_REASON)
            if c.kind == "narrative" and (c.reason or "") in _REREAD_REASONS and is_term_sentence(c.sentence.text)
            else c for c in classified]
