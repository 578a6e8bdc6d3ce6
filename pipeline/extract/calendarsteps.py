"""(points26) The steps of a retold calendar or time line, each opening on its day, and the day they carry
(issue 5).

Two shapes a press item or a portal post gives a plan's or a department's schedule in, neither with a modal
or an ask verb:

- **a day, a comma, a body and its act**: 'Ngày 30/6, các trường THPT xét tuyển NV2.', 'Trong 2 ngày
  (23-24/6), các trường THPT nhận hồ sơ ...', 'Theo Sở GD-ĐT, ngày 23/6, Trường THPT chuyên ... tiến hành xét
  tuyển ...' after the item's own dateline ('Ngày 16/6, Giám đốc Sở ... cho biết, ...').  The same shape is
  how a news report dates what a body did ('Ngày 12/3, UBND huyện tổ chức hội nghị ...'), so it is read as a
  step only in a *calendar*: at least two such sentences whose days all fall after the item's own day (its
  header date, a posting stamp with a clock time, or the dateline of a speaker's report that opens the item),
  none before it, none with a tense word ('đã', 'đang', 'vừa' ...) or a speaker's report.  A report of deeds
  tells days up to its own; a calendar tells days to come.
- **a bare date label and a colon opening a line**: '25/3/2025: Đảng ủy Chính phủ báo cáo Bộ Chính trị ...',
  '30/6/2025: - Quốc hội thông qua ...' and the dash items under it ('- Ủy ban Thường vụ Quốc hội thông qua
  ...'): a time line's row, dated by its label.  Taken when the text has at least two such rows, or one after a
  lead-in or a task, and no row's day is before the item's own day (a history's milestones are).

A step read here is a task (boundstep.read_bound_steps re-reads the narrative ones) and its day is its
deadline when the sentence's own reading gives none (the opening day of a comma step is, to temporal's rules,
as likely an event's day; in a calendar it is the step's).  Offices come from the existing readers.
Counted before writing (samples/text, the pending gold, realdocs, benchmarks/data's texts): no line opens on
a bare date label and a colon; the comma form is common in news (a report's dateline), which is why the
calendar test, not the sentence, decides.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.extract.boundstep import REPORTED_RE

# a tense word in a step ('đã', 'đang', 'vừa', 'chưa'): a report of a deed ('từng' is left out: 'của từng trường' is
# 'each school', boundstep's 'ever' reading is for its own sentences)
_TENSE_RE = re.compile(r"(?<![^\W_])(?:đã|đang|vừa|chưa|mới\s+đây)(?![^\W_])", re.I)
_NOT_A_SUBJECT_END = frozenset({"không", "chưa", "cũng", "sẽ", "đã", "đang", "vừa", "và", "của", "các", "những"})

_DAY = (r"(?P<d1>\d{1,2})(?:\s*[-–]\s*(?P<d2>\d{1,2}))?\s*[/.-]\s*(?P<m>\d{1,2})"
        r"(?:\s*[/.-]\s*(?P<y>(?:19|20)\d\d))?(?![\d/])")
# a day (or a span of days) opening a sentence: 'Ngày 30/6,', 'Từ ngày 27-28/6,', 'Trong 2 ngày (23-24/6),', after
# an optional source 'Theo Sở GD-ĐT,' and a list's dash; a bare label 'D/M/YYYY:' (the year written) opens a row
_OPENING_DAY_RE = re.compile(
    r"^\s*(?:[-–+•]\s*)?(?P<src>Theo\s+(?!đó|kế\s+hoạch)[^,;:.]{2,60},\s*)?"
    r"(?:(?P<ngay>(?:(?:Từ|Đến|Vào)\s+)?ngày\s+)|(?P<within>Trong\s+(?:\d{1,2}|hai|ba|bốn|năm)\s+ngày\s*\(\s*(?:ngày\s+)?))?"
    + _DAY + r"\s*(?(within)\))\s*(?P<sep>[,:])\s*(?:[-–+•]\s*)?", re.I)
# (points27) a bound and its day opening a step, before a comma or a label's colon: 'Trước ngày 10/8, Vụ Giáo dục Đại học
# sẽ công bố ...', 'Trước ngày 25-4: Thí sinh phản hồi ...', 'Từ ngày 1-4 đến 20-4: các Sở GD-ĐT ... sẽ tiếp nhận ...',
# 'Chậm nhất (là / vào) ngày D,', 'Đến (hết) ngày D,' (a span's last day is its bound)
_BOUND_OPENING_RE = re.compile(
    r"^\s*(?:[-–+•]\s*)?(?:Dự\s+kiến\s*,?\s*)?"
    r"(?:(?P<before>Trước|Chậm\s+nhất(?:\s+(?:là|vào))?|Đến(?:\s+hết)?)\s+(?:ngày\s+)?"
    r"|Từ\s+(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2})?(?:\s*[/.-]\s*(?:19|20)\d\d)?\s+(?:đến|tới)\s+(?:(?:hết\s+)?ngày\s+)?)"
    + _DAY + r"\s*(?P<sep>[,:])\s*(?:[-–+•]\s*)?", re.I)
# a source with its issuer before a step ('Theo lịch tuyển sinh đại học, cao đẳng năm 2011 của Bộ Giáo dục và Đào tạo, ...'),
# a condition on an earlier step ('Sau khi công bố điểm thi, ...'), a forecast ('Dự kiến, ...'): stripped before the body
_STEP_LEAD_RE = re.compile(
    r"^(?:Theo\s+(?:lịch|kế\s+hoạch|quy\s+định|quy\s+chế|hướng\s+dẫn|thông\s+báo)[^;:.]{0,120}?\s+của\s+[^,;:.]{2,80}"
    r"|Sau\s+khi\s+[^,;:.]{2,80}|Dự\s+kiến)\s*,\s*", re.I)
# a posting stamp's day with its clock time ('24/03/2025 08:22', '18/03/2013 10:14'): the item's own day
_STAMP_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\s+\d{1,2}:\d{2}(?!\d)")
CALENDAR_STEP_REASON = "a step of a retold calendar"


@dataclass(frozen=True)
class OpeningDay:
    """The day a sentence opens on, and where its clause goes on."""
    date: dt.date | None  # (None: a step whose bound is later in its sentence)
    text: str  # the day as printed
    rest: str  # the clause after the day (its comma or colon and a dash dropped)
    label: bool  # a bare date label and a colon, the year written ('25/3/2025: ...')
    bound: bool = False  # (points27) a step told with its bound ('Trước ngày 10/8, ...', '... trước ngày 20/8.')


def opening_day(text: str, year: int | None, ref: dt.date | None = None) -> OpeningDay | None:
    """The day (the last of a span) ``text`` opens on, or None.  A day without its year takes ``ref``'s
    (or ``year``), and the next year's when it would fall more than a month before ``ref``."""
    m = _OPENING_DAY_RE.match(text)
    if m is None:
        return None
    label = m.group("sep") == ":" and not m.group("ngay") and not m.group("within") and not m.group("src") \
        and m.group("y") is not None and m.group("d2") is None
    if m.group("sep") == ":" and not label and not m.group("ngay"):
        return None  # ('Theo X, 12/3: ...' is no form of either shape)
    if not label and m.group("sep") == "," and not (m.group("ngay") or m.group("within")):
        return None  # ('12/3, ...' without 'Ngày' is too loose to be a step's day)
    day = _span_end_day(m, ref.year if ref else year)
    if day is None:
        return None
    if not m.group("y") and ref is not None and day < ref - dt.timedelta(days=31):
        try:
            day = day.replace(year=day.year + 1)
        except ValueError:
            return None
    rest = text[m.end():].strip()
    first = next(m.start(g) for g in ("ngay", "within", "d1") if m.group(g))
    return OpeningDay(day, text[first:m.end("y") if m.group("y") else m.end("m")].strip() + (")" if m.group("within") else ""), rest[:1].upper() + rest[1:], label)


def _span_end_day(m: re.Match, year: int | None) -> dt.date | None:
    """The day a matched day or span ends on (groups d1, d2, m, y); a day printed without its year takes ``year``.
    None when no year is known or the day is no calendar day ('31/4')."""
    y = int(m.group("y")) if m.group("y") else year
    if y is None:
        return None
    try:
        return dt.date(y, int(m.group("m")), int(m.group("d2") or m.group("d1")))
    except ValueError:
        return None


def bound_opening(text: str, year: int | None) -> OpeningDay | None:
    """(points27) The bound day ``text`` opens on ('Trước ngày 10/8,', 'Trước ngày 25-4:', 'Từ ngày 1-4 đến 20-4:'; a
    span's last day), after a source, a condition or a forecast (``_STEP_LEAD_RE``), or None.  A day without its year
    takes ``year``."""
    lead = _STEP_LEAD_RE.match(text)
    t = text[lead.end():] if lead else text
    m = _BOUND_OPENING_RE.match(t)
    if m is None:
        return None
    day = _span_end_day(m, year)
    if day is None:
        return None
    rest = t[m.end():].strip()
    return OpeningDay(day, t[:m.end()].strip(" ,:-–"), rest[:1].upper() + rest[1:], m.group("sep") == ":", True)


def bound_step(text: str, gaz, year: int | None) -> OpeningDay | None:
    """(points27) ``text`` as a step told with its bound, or None: a bound day opening it ('Trước ngày 10/8, Vụ Giáo dục Đại
    học sẽ công bố điểm sàn.', 'Trước ngày 25-4: Thí sinh phản hồi ...') or a bound in it after a body and its act ('Các
    trường công bố ... trước ngày 20/9.', '... các Sở GD&ĐT sẽ tiến hành ... chậm nhất vào ngày 18/7.'), after a source
    with its issuer, a condition or a forecast; its clause must open on a body and its act (retoldplan.body_and_act:
    no tense on the body's verb, no verb of assent, being or composition) and hold no speaker's report.  The value's
    ``date`` is the bound's day (None for a month's or a quarter's bound: the sentence's own reading dates it)."""
    from pipeline.extract.boundstep import BOUND_RE
    from pipeline.extract.retoldplan import body_and_act

    t = text.strip()
    if t.endswith(":") or len(t) > 500 or REPORTED_RE.search(t):
        return None
    od = bound_opening(t, year)
    if od is not None:
        return od if od.rest and body_and_act(od.rest, gaz) else None
    lead = _STEP_LEAD_RE.match(t)
    clause = t[lead.end():] if lead else t
    bound = BOUND_RE.search(clause)
    if bound is None or not body_and_act(clause, gaz):
        return None
    return OpeningDay(_bound_day(clause[bound.start():], year), "", clause[:1].upper() + clause[1:], False, True)


def _bound_day(text: str, year: int | None) -> dt.date | None:
    """The day a bound names ('chậm nhất vào ngày 18/7' -> 18/7 of ``year``); None for a month or a quarter."""
    m = re.match(r"[^\d]{1,30}?(?:ngày\s+)" + _DAY, text, re.I)
    y = (int(m.group("y")) if m.group("y") else year) if m else None
    try:
        return dt.date(y, int(m.group("m")), int(m.group("d2") or m.group("d1"))) if y else None
    except ValueError:
        return None


def item_day(doc) -> dt.date | None:
    """The item's own day: its header date, else a posting stamp with a clock time among its first lines
    ('24/03/2025 08:22')."""
    issued = getattr(getattr(doc, "header", None), "date", None)
    if issued is not None:
        return issued
    for ln in doc.lines[:6]:
        if (st := _STAMP_RE.search(ln.text)) is not None:
            try:
                return dt.date(int(st.group(3)), int(st.group(2)), int(st.group(1)))
            except ValueError:
                pass
    return None


def _dateline_day(sentences, year: int | None) -> dt.date | None:
    """The day that opens a speaker's report or a told deed at the item's start ('Ngày 16/6, Giám đốc Sở ...
    cho biết, ...'), with ``year`` when none is printed."""
    for s in sentences[:2]:
        od = opening_day(s.text, year, None)
        if od is not None and not od.label and (REPORTED_RE.search(s.text) or _TENSE_RE.search(s.text)):
            return od.date
    return None


def step_subject(rest: str, gaz) -> str | None:
    """The body that opens a step's clause ('Các trường THPT xét tuyển NV2.' -> 'Các trường THPT', 'Ủy ban
    Thường vụ Quốc hội thông qua ...' -> 'Ủy ban Thường vụ Quốc hội'): the subject reader's, else the words
    before the first verb pyvi tags that the office reader reads as one whole body.  (The subject reader ends a
    name before a listed verb only; 'xét tuyển', 'thông qua', 'nhận' are no such verbs, and listing them would
    cut names such as 'Hội đồng xét tuyển'.)  None when no body opens the clause, or its verb is one of assent."""
    from pipeline.extract.offices import subject_of
    from pipeline.extract.retoldplan import body_and_act

    read = subject_of(rest, gaz)[0] if body_and_act(rest, gaz) and subject_of(rest, gaz) else None
    tagged = _tagged_subject(rest, gaz)
    if read and tagged and read.casefold().startswith(tagged.casefold() + " ") and read[len(tagged) + 1:][:1].islower():
        # (the subject reader ran on into the verb: 'Các trường THPT nhận hồ sơ'; a capitalised rest is the name's
        # own, 'Trường THPT chuyên Lương | Văn Chánh', which pyvi may tag as a verb)
        return tagged
    return read or tagged


def _tagged_subject(rest: str, gaz) -> str | None:
    """The words before the first verb pyvi tags in ``rest``, when the office reader reads them as one body."""
    from pipeline.extract.offices import roles_in_sentence
    from pipeline.extract.retoldplan import _ASSENT_RE

    try:
        from pyvi import ViPosTagger, ViTokenizer
    except Exception:  # noqa: BLE001 - pyvi missing: no second reading
        return None
    toks, tags = ViPosTagger.postagging(ViTokenizer.tokenize(rest[:160]))
    for i, (tok, tag) in enumerate(zip(toks[:10], tags[:10])):
        if tag == "F" and tok not in ("(", ")", ","):
            return None
        if i == 0 or str(tag) != "V":
            continue
        cand = " ".join(w.replace("_", " ") for w in toks[:i]).replace(" ,", ",").replace("( ", "(").replace(" )", ")")
        if cand.split()[-1].casefold() in _NOT_A_SUBJECT_END:
            return None
        roles = roles_in_sentence(cand + " thực hiện.", gaz)
        if len(roles) == 1 and roles[0].text == cand:
            verb = " ".join(w.replace("_", " ") for w in toks[i:i + 2])
            return None if _ASSENT_RE.match(verb) else cand
    return None


def step_offices(step: OpeningDay, offices: list, gaz) -> list:
    """(measure25's (I)) A calendar step's or time line row's offices: its clause's opening body when the
    readers named none ('- Ủy ban Thường vụ Quốc hội thông qua Nghị quyết ...'), or in place of a name they
    ran on into the verb ('Các trường THPT nhận hồ sơ' for 'Các trường THPT nhận hồ sơ đăng ký ...')."""
    from pipeline.model import OfficeRole

    subj = step_subject(step.rest, gaz)
    if not subj:
        return offices
    named = [r for r in offices if r.role in ("lead", "support")]
    if not named:
        # (read as the office reader reads a subject, so that a row and its next sentence name the same offices)
        from pipeline.extract.offices import roles_in_sentence

        read = [r for r in roles_in_sentence(subj + " thực hiện.", gaz) if r.role in ("lead", "support")]
        return (read or [OfficeRole(subj, "lead", subj, "inline")]) + list(offices)
    key = subj.casefold()
    return [OfficeRole(subj, r.role, subj, r.source, "") if r.role in ("lead", "support") and r.office.casefold() != key
            and r.office.casefold().startswith(key + " ") else r for r in offices]


def calendar_steps(classified: list, gaz, doc, year: int | None) -> dict[int, OpeningDay]:
    """``id(sentence) -> OpeningDay`` of each step of a retold calendar or time line in ``classified`` (a
    sentence opening on its day, then a body and its act; see the module docstring), and of each dash item
    under a time line's date label; {} when the text is no calendar."""
    if gaz is None or not classified:
        return {}
    sentences = [c.sentence for c in classified]
    ref = item_day(doc) or _dateline_day(sentences, year)
    steps: list[tuple[int, object, OpeningDay]] = []
    any_before = False
    for i, c in enumerate(classified):
        s = c.sentence
        t = s.text.strip()
        od = opening_day(t, year, ref)
        if od is None or not od.rest or od.rest.endswith(":") or len(t) > 500:
            continue
        if _TENSE_RE.search(od.rest) or REPORTED_RE.search(t):
            if ref is not None and od.date < ref:
                any_before = True
            continue
        if ref is not None and od.date < ref:
            any_before = True
            continue
        if step_subject(od.rest, gaz) is None:
            continue
        steps.append((i, s, od))
    bounded = bound_calendar(classified, gaz, year)
    if any_before or not steps:
        return bounded
    labels = [x for x in steps if x[2].label]
    days = [x for x in steps if not x[2].label]
    out: dict[int, OpeningDay] = {}
    directed_at = next((i for i, c in enumerate(classified) if c.kind in ("task", "intro")), None)
    if len(labels) >= 2 or (labels and directed_at is not None and directed_at < labels[0][0]):
        out.update({id(s): od for _, s, od in labels})
        out.update(_items_under_labels(classified, {id(s) for _, s, _ in labels}, out))
    if len(days) >= 2 and ref is not None:
        out.update({id(s): od for _, s, od in days})
    out.update({k: v for k, v in bounded.items() if k not in out})
    return out


def bound_calendar(classified: list, gaz, year: int | None) -> dict[int, OpeningDay]:
    """(points27) ``id(sentence) -> OpeningDay`` of each step of a calendar told with bounds: a text holding at least two
    steps with their bound (``bound_step``: 'Trước ngày 10/8, Vụ Giáo dục Đại học sẽ công bố điểm sàn.', 'Trước ngày
    25-4: Thí sinh phản hồi ...', 'Các trường công bố ... trước ngày 20/9.'), counted over the tasks and the narratives
    alike.  A report of deeds dates them ('Ngày 12/3, UBND huyện đã tổ chức ...'); a calendar bounds what is to come, so
    two bound steps stand in for boundstep's 'the text has directed before' (a press item that retells an admission
    calendar directs nobody before its steps: pending ey3-ey5).  {} when the text holds fewer than two."""
    steps: dict[int, OpeningDay] = {}
    told = 0
    for c in classified:
        if c.kind not in ("task", "narrative"):
            continue
        od = bound_step(c.sentence.text, gaz, year)
        if od is not None:
            told += 1
            if c.kind == "narrative":
                steps[id(c.sentence)] = od
    # (only the narratives are returned: a step the classifier already read as a task keeps its own offices and day, as
    # the subject reader gave them; 'Ban Quản lý dự án đầu tư xây dựng ... huyện đôn đốc ...' is not cut to its first words)
    return steps if told >= 2 else {}


def _items_under_labels(classified: list, label_ids: set[int], days: dict[int, OpeningDay]) -> dict[int, OpeningDay]:
    """The dash items right under a date label's row ('30/6/2025: - Quốc hội ...' / '- Ủy ban Thường vụ Quốc hội
    ...'): each carries the label's day, until a line that is no dash item; and a row's next sentence that names no
    doer ('15/7/2025: Tỉnh ủy ... kiện toàn tổ chức ... . Bố trí, sắp xếp cán bộ ...'): the row's day and body."""
    from pipeline.extract.retoldplan import _opens_on_act

    out: dict[int, OpeningDay] = {}
    current: OpeningDay | None = None
    row_block = None
    for c in classified:
        s = c.sentence
        if id(s) in label_ids:
            current, row_block = days[id(s)], s.block
            continue
        if current is not None and getattr(s.block, "style", None) == "bullet" and c.kind in ("task", "narrative"):
            out[id(s)] = OpeningDay(current.date, current.text, s.text.strip(), True)
            row_block = None
            continue
        if current is not None and s.block is row_block and c.kind in ("task", "narrative") \
                and not _TENSE_RE.search(s.text) and _opens_on_act(s.text):
            out[id(s)] = current  # (the row's own clause: its body is the doer)
            continue
        current, row_block = None, None
    return out
