"""(tasks30) A school-year frame's plain terms: the steps a school-year time plan states with no modal, no ask
verb and no 'Thời gian' (issue 5; measure27's class (A), five standing sets running).

A province's or the Ministry's school-year frame ('Kế hoạch thời gian năm học', 'Khung kế hoạch thời gian năm
học'), and the press items and school postings that retell it, state its steps as bare terms: 'Kết thúc năm học
muộn nhất vào ngày 31/5/2017.', 'Các cấp học trên địa bàn tỉnh kết thúc năm học trước ngày 31/5/2023.', 'Xét
hoàn thành chương trình tiểu học trước ngày 05/6/2023; xét tốt nghiệp trung học cơ sở trước ngày 20/5/2023.',
'Việc xét công nhận ... trước ngày 30/6/2026.', '... thống nhất tổ chức khai giảng vào sáng ngày 05/9.'.
Nothing in them directs, so the classifier reads them as statements; in such a text they are the frame's work,
each a task dated by its term (samples/gold/README.md: session 27, terms34's convention, whose 'Thời gian ...'
sentences termsentence.py reads; this module reads the same terms written without 'Thời gian').

**The genre is the document's.**  A term sentence is read only in a text that is a school-year frame: it names
the frame ('kế hoạch thời gian năm học', 'khung kế hoạch ... năm học', 'khung thời gian năm học'), or it states
two or more such terms (a run of school-year term lines: fd3's two, the Ministry's frame retold without its
name).  Elsewhere the same words are a school's report or a news item ('Trường đã tổ chức khai giảng ...').

**The sentence is a term of school-year work**: a school-year activity (ending a term or the year, completing the
programme or the intake, the reviews for completion and graduation, the intake, the opening) followed in the
same clause by a term ('trước / muộn nhất / chậm nhất / không quá (vào) (ngày) D'); for completing or holding
an opening, 'vào (sáng) ngày D' is the term too (fa2 'Các cấp học hoàn thành kế hoạch giảng dạy ... vào ngày
25-5-2018', fd2 '... thống nhất tổ chức khai giảng vào sáng ngày 05/9').  Not read: a start ('tựu trường', 'buổi
học đầu tiên', 'bắt đầu') alone -- a start is no work completed; a day stated with a copula or label ('Ngày khai
giảng ... là ngày 5-9', 'Ngày bắt đầu năm học ...: ngày 28-8'); a tense word or a speaker's report (a report of
what was done: 'đã kết thúc năm học ...'); a sentence longer than 80 words or a lead-in; a paragraph that
opens on the plan the text's own one replaced ('Trước đó, kế hoạch ... được TP ban hành ngày 2/7/2019 ... . Xét
hoàn thành ... trước ngày 15/6.', pending fc2: the superseded term).  Only narrative
sentences whose reason says no cue was found are read again (boundstep's reasons), as termsentence does.
"""
from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.boundstep import REPORTED_RE, _REREAD_REASONS, _TENSE_RE

SCHOOL_TERM_REASON = "a school-year frame's term"

# the document names a school-year frame
_GENRE_RE = re.compile(
    r"(?<![^\W_])(?:kế\s+hoạch\s+thời\s+gian\s+năm\s+học|khung\s+kế\s+hoạch[^.;:\n]{0,40}?năm\s+học|"
    r"khung\s+thời\s+gian\s+năm\s+học)(?![^\W_])", re.I)
# a school-year activity of work (completion, review, intake, opening, closing)
_ACT = (r"(?:kết\s+thúc\s+(?:năm\s+học|học\s+k[ỳì])|bế\s+giảng|tổng\s+kết\s+năm\s+học|"
        r"xét\s+(?:công\s+nhận|tốt\s+nghiệp|hoàn\s+thành|duyệt\s+tốt\s+nghiệp)|"
        r"hoàn\s+thành\s+(?:chương\s+trình|kế\s+hoạch\s+(?:giảng\s+dạy|giáo\s+dục|dạy\s+học)|(?:công\s+tác\s+|việc\s+)?tuyển\s+sinh)|"
        r"tuyển\s+sinh|khai\s+giảng)")
_DAY = r"\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)"
# the activity, then (in the same clause) a bound and a day
_BOUND_TERM_RE = re.compile(
    r"(?<![^\W_])" + _ACT + r"(?![^\W_])[^.;:]{0,160}?(?<![^\W_])(?:trước|muộn\s+nhất|chậm\s+nhất|không\s+quá)"
    r"\s+(?:là\s+)?(?:vào\s+)?(?:(?:ngày|hết\s+ngày)\s+)?" + _DAY, re.I)
# completing or holding the opening 'vào (sáng) ngày D': the day the work is done by
_ON_DAY_TERM_RE = re.compile(
    r"(?<![^\W_])(?:hoàn\s+thành\s+(?:chương\s+trình|kế\s+hoạch\s+(?:giảng\s+dạy|giáo\s+dục|dạy\s+học))|"
    r"tổ\s+chức\s+(?:lễ\s+)?khai\s+giảng)(?![^\W_])[^.;:()]{0,100}?(?<![^\W_])vào\s+(?:(?:buổi\s+)?(?:sáng|chiều)\s+)?ngày\s+"
    + _DAY, re.I)
# a flashback: the earlier plan the text's own one replaced ('Trước đó, kế hoạch ... được TP ban hành ngày ...')
_EARLIER_RE = re.compile(r"^\s*(?:Trước\s+đó|Trước\s+đây|Năm\s+học\s+trước|Năm\s+ngoái)\s*,", re.I)
# a day stated, not a term of work: 'Ngày khai giảng ... là ngày 5-9', 'Ngày bắt đầu năm học ...: ngày 28-8'
_DAY_LABEL_RE = re.compile(r"^\s*(?:[-+•*]\s*)?Ngày\s+(?!\d)", re.I)


# the frame's school year: 'năm học 2022-2023', 'năm học 2016 - 2017'
_SCHOOL_YEAR_RE = re.compile(r"(?<![^\W_])năm\s+học\s+((?:19|20)\d\d)\s*[-–]\s*(?:(?:19|20)\d\d|\d\d)(?!\d)", re.I)
# a term's day: the bound (or, for the on-day shapes, 'vào ngày') and the day, its year if printed
_TERM_DAY_RE = re.compile(
    r"(?<![^\W_])(?:trước|muộn\s+nhất|chậm\s+nhất|không\s+quá|vào)\s+(?:là\s+)?(?:vào\s+)?"
    r"(?:(?:buổi\s+)?(?:sáng|chiều)\s+)?(?:(?:ngày|hết\s+ngày)\s+)?"
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>(?:19|20)\d\d))?(?!\d)", re.I)


def school_year_of(text: str) -> int | None:
    """The first year of the school year the document's frame is for ('năm học 2022-2023' -> 2022), the first
    one the text names; None when it names none."""
    m = _SCHOOL_YEAR_RE.search(text)
    return int(m.group(1)) if m else None


def school_term_deadline(text: str, school_year: int | None):
    """The latest term day of a school-year term sentence, a day with no year placed in the frame's school
    year (August to December in its first year, January to July in the second: 'khai giảng vào sáng ngày
    05/9' of 2022-2023 is 2022-09-05, 'trước ngày 31/7' is 2023-07-31); None when a day has no year and the
    document names no school year, or the sentence holds no term day (the caller keeps find_deadline's
    reading then).  Only the days after a term's activity count, not a start's ('Buổi học đầu tiên ... vào
    ngày 22/8/2016, kết thúc học kỳ I muộn nhất vào ngày 30/12/2016 ...')."""
    from pipeline.extract.temporal import Deadline

    best = None
    for act in list(_BOUND_TERM_RE.finditer(text)) + list(_ON_DAY_TERM_RE.finditer(text)):
        # (the last term day that starts inside the activity's match, read with its printed year after it)
        days = [m for m in _TERM_DAY_RE.finditer(text, act.start()) if m.start() < act.end()]
        if not days:
            continue
        m = days[-1]
        d, mo = int(m.group("d")), int(m.group("m"))
        y = int(m.group("y")) if m.group("y") else (None if school_year is None else
                                                     school_year if mo >= 8 else school_year + 1)
        if y is None:
            return None
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            continue
        if best is None or day > best[0]:
            best = (day, m.group(0))
    return Deadline(best[0], None, best[1]) if best else None


def names_school_year_frame(text: str) -> bool:
    """Does the document's text name a school-year frame ('kế hoạch thời gian năm học', ...)?"""
    return bool(_GENRE_RE.search(text))


def is_school_term(text: str) -> bool:
    """Is ``text`` a term of school-year work, told plainly (see the module docstring)?"""
    t = text.strip()
    if t.endswith(":") or len(t.split()) > 80 or _DAY_LABEL_RE.match(t):
        return False
    if not (_BOUND_TERM_RE.search(t) or _ON_DAY_TERM_RE.search(t)):
        return False
    return not (_TENSE_RE.search(t) or REPORTED_RE.search(t))


def read_school_terms(classified: list) -> list:
    """``classified`` with each narrative school-year term (``is_school_term``) read as a task, in a text that
    names a school-year frame or states two or more such terms.  Only the reasons that say no cue was found
    are read again (boundstep's); every other sentence keeps its reading."""
    from pipeline.extract.tasks import Classified

    # (a paragraph that opens 'Trước đó, ...' tells the plan the text's own one replaced: its terms are past, fc2)
    past = {id(c.sentence.block) for c in classified if _EARLIER_RE.match(c.sentence.text)}
    terms = [c for c in classified if c.kind != "skip" and id(c.sentence.block) not in past
             and is_school_term(c.sentence.text)]
    if not terms:
        return classified
    whole = " ".join(c.sentence.text for c in classified)
    if len(terms) < 2 and not names_school_year_frame(whole):
        return classified
    chosen = {id(c) for c in terms}
    return [Classified(c.sentence, "task", SCHOOL_TERM_REASON)
            if id(c) in chosen and c.kind == "narrative" and (c.reason or "") in _REREAD_REASONS else c
            for c in classified]
