"""Extract: tasks with their offices, deadlines and recurrence; references; anomalies.

The stage reads the repaired lines (and the header that structure found: its date gives the
year of undated days) and fills ``doc.tasks``, ``doc.references`` and ``doc.anomalies``:

    sentences.py  body -> blocks -> sentences, with section paths and line provenance
    tasks.py      which sentences are tasks; cited documents
    temporal.py   deadlines and recurrence
    offices.py    the gazetteer and office roles in a sentence
    assign.py     notes, attribute lines, office headings, meeting dates
    tables.py     task tables flattened one cell a line, or '|' rows
    appendix.py   task tables printed in column groups (pdftotext without -layout)
    anomalies.py  what a careful reader would flag
    spacy_doc.py  a spaCy Doc with span groups, for displaCy
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipeline.config import Config
from pipeline.extract.relay import drop_directed_partners, drop_named_again, drop_speakers, reads_as_report, reported_letter_text
from pipeline.extract.reportframe import after_reporting_frame
from pipeline.extract.letterspeaks import letter_speaks_roles
from pipeline.extract.nowspans import mentions_this_period, own_day, this_period_deadline  # deadline37
from pipeline.extract.periodapart import period_told_before  # deadline38
from pipeline.extract.clauseverbs import plural_body_subject
from pipeline.extract.anomalies import find_anomalies
from pipeline.extract.appendix import read_tables
from pipeline.extract.tables import data_table_lines
from pipeline.extract.assign import apply_groups, apply_item_references, merge_roles, office_key
from pipeline.extract.speakerdirects import speaker_directs_roles  # office24
from pipeline.extract.itemspeaker import speaker_directing_pass  # office47
from pipeline.extract.meetingdirects import meeting_directs_roles  # tasks28
from pipeline.extract.offices import gazetteer_path, issuer_clause_roles, issuer_directs_roles, load_gazetteer, procedural_ask_roles, roles_in_sentence, subject_of
from pipeline.extract.office_crf import crf_fallback, load_tagger
from pipeline.extract.letterscope import assigned_by_addressee, sent_thing_duty, speaker_ask, without_speaker
from pipeline.extract.askreach import doerless_ask
from pipeline.extract.aliases import document_aliases, roles_with_aliases
from pipeline.extract.ownwork import advice_roles, named_units, unit_plural_roles
from pipeline.extract.reportask import report_ask_roles
from pipeline.extract.qualifiers import keep_qualifier  # office30
from pipeline.extract.officeforms import full_office_forms
from pipeline.extract.purposeday import purpose_day_masks
from pipeline.extract.linkedbodies import linked_subject_roles, owners_for_premises
from pipeline.extract.speakerasks import speaker_ask_roles
from pipeline.extract.nextsentence import continues_after_frame, letter_sent_to_at_end, opens_on_imperative  # office28
from pipeline.extract.frontedsubject import subject_after_fronted_head  # office28
from pipeline.extract.plainpoints import read_plain_points
from pipeline.extract.passiveresults import demote_passive_results
from pipeline.extract.followers import read_follower_steps
from pipeline.extract.activityfocus import read_activity_focus
from pipeline.extract.resultsparagraph import demote_results_paragraphs
from pipeline.extract.timeopeners import read_behind_period_openers, without_period_opener
from pipeline.extract.pilotplaces import drop_pilot_places
from pipeline.extract.publicheading import hand_public_points
from pipeline.extract.boundstep import read_bound_steps
from pipeline.extract.toldsteps import TOLD_STEP_REASON, read_told_steps, told_step_roles
from pipeline.extract.plandoers import gated_step_offices
from pipeline.extract.plansteps import PLAN_STEP_REASON as GATED_STEP_REASON
from pipeline.extract.termsentence import read_term_sentences  # terms34
from pipeline.extract.drivesteps import DRIVE_STEP_REASON, read_step_window  # tasks32
from pipeline.extract.schoolterms import SCHOOL_TERM_REASON, read_school_terms, school_term_deadline, school_year_of  # tasks30
from pipeline.extract.calendarsteps import calendar_steps, step_offices
from pipeline.extract.tableheads import PLAN_ROW_REASON, demote_table_header_rows, plan_row_sections, read_plan_table_rows, row_time_cell
from pipeline.extract.labelledrows import read_labelled_rows
from pipeline.extract.targetitems import TARGET_ITEM_REASON, lead_in_of, read_target_items, target_period, target_unit
from pipeline.extract.leadins import demote_title_lines, lone_lead_in_addressees, promote_lone_lead_ins
from pipeline.extract.relatedlinks import demote_after_page_end, page_end_line  # points24
from pipeline.extract.objectlists import demote_object_list_items  # tasks31
from pipeline.extract.scrapestamp import without_scrape_stamps  # points24
from pipeline.extract.sentences import block_sentences, build_blocks
from pipeline.extract.captions19 import echoing_caption
from pipeline.extract.tasks import (sent_letter, SPAN_REASON, LINKED_REASON, caption_like, passable_in_span, opens_on_a_duty, REPORTED_ASK_RE, ATTRIBUTE_RE, RESULT_DUE_RE, VERB_START_RE, PROHIBITION_OPEN_RE, classify, find_references, labels_its_body, quoted_lines,
                                    lead_in_list_intro,
                                    references_of, verb_of)
from pipeline.extract.schedule import LEADER_ENTRY_RE, TIME_START_RE, entry_notes, leader_posts, time_entry_leaders
from pipeline.extract.temporal import Deadline, doc_year, find_deadline, find_recurrence, roll_forward
from pipeline.extract.eventtime import date_event_references  # points31 (D9)
from pipeline.extract.cutline import drop_cut_fragment  # points31 (F9)
from pipeline.extract.actline import undate_other_acts  # deadline39
from pipeline.extract.campaignspan import date_campaign_references  # deadline40 (D10)
from pipeline.extract.bylines import drop_bylines  # points32 (F11)
from pipeline.extract.owncommittee import drop_own_committee  # session 32 (G3)
from pipeline.structure.genre import is_directive
from pipeline.model import Document, OfficeRole, Task

__all__ = ["extract", "extract_tasks"]

# openers after which a sentence goes on with the subject of the sentence before it
ADDRESS_OPENER_RE = re.compile(r"\s*(?:Yêu\s+cầu|Đề\s+nghị|Giao)\s+(?:các\s+)?(?:đồng\s+chí|đ/c|anh|chị|ông|bà)(?![^\W_])", re.I)
# ('Căn cứ chức năng, nhiệm vụ có trách nhiệm ...' after 'Các Sở ... tổ chức nghiên cứu ...': the
# grounds open the clause, the duty is still the subject's before it)
# ('Sau khi được Quốc hội thông qua, tham mưu Chính phủ ...' after 'Bộ Tài chính chủ trì ... xây
# dựng dự thảo Kế hoạch ...': a time clause opens the next step of the same body)
# ('Bên cạnh đó, tuyên truyền, vận động ...', 'Ngoài ra, ...', 'Đặc biệt, chú trọng ...' / 'Đặc biệt, cần phân rõ
# trách nhiệm ...' after a directive: one more duty of its bodies)
CARRY_OPENER_RE = re.compile(r"\s*(?:Trường\s+hợp|Nếu|Khi|Trong\s+đó|Đồng\s+thời|Bên\s+cạnh\s+đó|Ngoài\s+ra|Đặc\s+biệt\s*,|Trong\s+quá\s+trình|Sau\s+khi|"
                             r"Căn\s+cứ\s+(?:theo\s+|vào\s+)?(?:chức\s+năng|nhiệm\s+vụ))(?![^\W_])", re.I)


# ('2-' printed on a line of its own above 'Giao Vụ Kế hoạch – Tài chính ...': a dash label the
# structure left at the head of its item's sentence)
_ENUM_RE = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}\s*[-–](?=\s+[^\W\d_]))\s+")


def table_tasks(tables, gaz, year, start_id: int = 1) -> list[Task]:
    """One task per row of a flattened task table (see :mod:`pipeline.extract.tables`)."""
    from pipeline.extract.tables import responsible_parts
    from pipeline.model import OfficeRole

    out: list[Task] = []
    for tb in tables:
        for r in tb.rows:
            if len(r.text.split()) < 3:
                continue
            roles = [OfficeRole(n, "lead", w, "table") for c in r.lead for n, w in responsible_parts(c, gaz)]
            roles += [OfficeRole(n, "support", w, "table") for c in r.support for n, w in responsible_parts(c, gaz)]
            if not roles and "cells" in tb.columns and "lead" not in tb.columns:
                # (a table of work and time with no doer column: the work cell names its doer, as a
                # sentence does -- 'Thường trực HĐND các cấp dự kiến cơ cấu ...')
                from pipeline.extract.offices import roles_in_sentence
                roles = [x for x in roles_in_sentence(r.text, gaz) if x.role in ("lead", "support")]
            # a body printed in both columns (a merged cell read twice) is listed once, as lead
            roles = merge_roles(roles, [])
            number = r.number.split(" > ")[0]
            # a row '2.1' sits under row (or group title) '2': 'III > 2 > 2.1', '1 > 1.1'
            parent = number.split(".")[0] if re.fullmatch(r"\d+\.\d+", number) else None
            # (a sub-row printed with a letter, 'a)' under row '1', is section '1 > a')
            t = Task(id=start_id + len(out), section=" > ".join(x for x in (r.group, parent, number, r.label) if x),
                     text=r.text, line_start=r.line_start, line_end=max(r.line_end, r.line_start), page=r.page,
                     verb=verb_of(r.text), offices=roles, item=r.number)
            when = " ".join(r.time)
            if when:
                # (the time cells of a row's several results, 'Tháng 5/2026' and 'Tháng 11/2026',
                # '2026' and '2027 - 2030': each is a period of its own, the row runs to the latest;
                # read together, '2026 2027 - 2030' would be a list of years)
                per_cell = [d for d in (_latest_period(c, year) for c in r.time) if d is not None and d.date]
                dl = max(per_cell, key=lambda d: d.date) if len(per_cell) >= 2 else _latest_period(when, year)
                if dl:
                    t.deadline, t.deadline_time, t.deadline_text, t.recurrence = dl.date, dl.time, dl.text, dl.recurrence
                    if "date" in tb.columns:
                        # a plan's period cell ('8/2019', 'Từ 05 - 31/8') spans its rows; a row that
                        # dates its own work ('Tổ chức cho học sinh tựu trường ( 19/8/2019)', 'Dự hội
                        # nghị ... ( 23/8 )') is due that day, the cell's period is only the frame
                        own = find_deadline(r.text, dl.date.year if dl.date else year)
                        if own and own.date and re.search(r"\d{1,2}\s*/\s*\d{1,2}", own.text):
                            t.deadline, t.deadline_time, t.deadline_text = own.date, own.time, own.text
            if not t.recurrence and not t.deadline:
                # (a row whose work cell says its own period and whose time cell dates nothing --
                # 'Nhiệm vụ thường xuyên', or no time cell: 'Tổ chức nghiên cứu, xây dựng báo cáo
                # hàng năm về thị trường ...' recurs as the same sentence in the body does; a row
                # its time cell dates, 'Xây dựng Quyết định ... hạn ngạch ... cho giai đoạn đến năm
                # 2030 và hằng năm | 2025', is one piece of work whose object has the period)
                t.recurrence = find_recurrence(r.text)
            out.append(t)
    return out


def _latest_period(when: str, year: int | None):
    """The deadline of a table's time cell: the end of the last period it lists.  Why: a cell
    'Quý III, IV/2026, 2027' or 'Quý IV/2026 - 2027' gives the work until 2027 (gold README:
    'Trong năm 2023, 2024' -> the last year's end); the first period alone would end it early."""
    best = find_deadline(when, year, attribute=True)
    rest = when
    cur = best
    while cur is not None:
        k = rest.find(cur.text)
        if k < 0:
            break
        rest = rest[k + len(cur.text):]
        nxt = rest.strip(" ,;-–")
        if not re.match(r"(?:Quý|quý|năm|Năm|tháng|Tháng)?\s*[\dIVX]", nxt):
            break
        cur = find_deadline(nxt, year, attribute=True)
        if cur is not None and best is not None and cur.date and best.date and cur.date > best.date:
            best = replace(best, date=cur.date, text=when.strip())
    return best


# an entry held on every (working) day of the schedule's week
WHOLE_WEEK_RE = re.compile(r"(?:tất\s+cả\s+)?các\s+ngày(?:\s+làm\s+việc)?\s+trong\s+tuần", re.I)


def week_end(doc: Document):
    """The last day of the week a schedule's title gives ('(Tuần thứ 07 từ ngày 09/02/2026 đến
    ngày 13/02/2026)'), or None."""
    import datetime as _dt

    m = re.search(r"đến\s+(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})", getattr(doc.header, "title", None) or "")
    if not m:
        return None
    try:
        return _dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


# 'Hội nghị hiệp thương lần thứ hai ... được thực hiện trong ngày 02/02/2026 đến ngày 03/02/2026.':
# when the meeting a plan organises is held
_MEETING_WHEN_RE = re.compile(
    r"^(?:[-–+•*]\s*)?(?:Theo\s+quy\s+định\s*,\s*)?Hội\s+nghị\s[^.;:]{0,250}?(?:được\s+)?(?:thực\s+hiện|tổ\s+chức|diễn\s+ra)\s+"
    r"(?:trong|vào)\s+(?:các\s+)?ngày\s+(?P<d1>\d{1,2}/\d{1,2}/\d{4})(?:\s+(?:đến|-|–)\s+(?:ngày\s+)?(?P<d2>\d{1,2}/\d{1,2}/\d{4}))?")
_MEETING_SUBJECT_RE = re.compile(r"^Hội\s+nghị\s+(?!hiệp\s+thương\b)[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")


def _date_the_meeting_s_proceedings(doc: Document, task_list: list) -> None:
    """'III. NỘI DUNG, TRÌNH TỰ' + '1. Hội nghị cử Chủ tọa ...', '4. Hội nghị bàn kế hoạch ...'
    and a later 'IV. THỜI GIAN THỰC HIỆN' + '- Hội nghị ... được thực hiện trong ngày 02/02/2026
    đến ngày 03/02/2026': what the meeting does (the sentences whose subject is the meeting, and
    the others of their item) is done by its last day (gold g9)."""
    import datetime as _dt

    when = None
    for ln in doc.lines:
        m = _MEETING_WHEN_RE.match(ln.text.strip())
        if m:
            d, mth, y = (int(x) for x in (m.group("d2") or m.group("d1")).split("/"))
            try:
                when = (_dt.date(y, mth, d), m.group(0))
            except ValueError:
                when = None
            break
    if when is None:
        return
    items = {(t.section, t.line_start) for t in task_list if _MEETING_SUBJECT_RE.match(t.text) and t.deadline is None}
    for t in task_list:
        if t.deadline is None and (t.section, t.line_start) in items:
            t.deadline, t.deadline_text = when


def entry_note_roles(text: str, gaz) -> list:
    """The bodies a schedule entry's bracket charges with its preparation, as support offices."""
    from pipeline.extract.offices import roles_in_assignment
    from pipeline.model import OfficeRole

    out = []
    for who in entry_notes(text):
        out += [OfficeRole(r.office, "support", r.text, "note") for r in roles_in_assignment(who, gaz)]
    return out


def schedule_entry_roles(text: str, roles: list, gaz) -> list:
    """Offices of one entry of a schedule: the leader it opens on ('Chủ tịch: 7 giờ 30 phút,
    báo cáo ...'), when the sentence named no one else first, leads; the bodies its brackets
    charge with the preparation support ('(giao phòng X chuẩn bị nội dung)', gold g1, g3).  Why:
    a schedule tells who goes and who prepares; the bare post before the colon is too short for
    the gazetteer, but in this place it can only be the leader."""
    from pipeline.model import OfficeRole

    m = LEADER_ENTRY_RE.match(text)
    if m and not any(r.role == "lead" for r in roles):
        roles = [*(OfficeRole(w, "lead", w, "inline") for w in leader_posts(m.group("who"))), *roles]
    elif not m and not any(r.role == "lead" for r in roles) and time_entry_leaders(text):
        # ('14 giờ, đồng chí Bí thư Thành ủy dự họp ...': the time first, then who goes)
        roles = [*(OfficeRole(w, "lead", w, "inline") for w in time_entry_leaders(text)), *roles]
    return merge_roles(roles, entry_note_roles(text, gaz))


def extract(doc: Document, config: Config) -> Document:
    gaz = load_gazetteer(gazetteer_path(config.models_dir))
    tasks, refs, anomalies = extract_tasks(doc, gaz, models_dir=config.models_dir)
    if not is_directive(doc):
        # a law, the Constitution, a court precedent: norms and rulings, no one's work
        # (structure/genre.py); the documents they cite are still listed
        tasks = []
        for r in refs:
            r.task_id = None
        doc.meta["directive"] = False
    doc.tasks, doc.references = tasks, refs
    doc.anomalies = [*doc.anomalies, *anomalies]
    doc.meta.setdefault("extract", {})["tasks"] = len(tasks)
    if config.extra.get("spacy_doc"):
        # off by default: the spaCy Doc is for notebooks (build_spacy_doc(doc) on demand)
        from pipeline.extract.spacy_doc import build_spacy_doc

        build_spacy_doc(doc, str(config.models_dir))
    return doc


# 'Đơn vị nào chưa ... thì ...', 'Trường nào không ...': the indefinite 'X nào' (whichever X) as subject
INDEFINITE_SUBJECT_RE = re.compile(
    r"^\s*(?:[-+•]\s*)?(?:(?:Các\s+)?[Đđ]ơn\s+vị|[Cc]ơ\s+quan|[Tt]rường|[Đđ]ịa\s+phương|[Xx]ã|[Pp]hường|[Hh]uyện|[Ss]ở|[Pp]hòng|[Nn]gành)\s+nào(?![^\W_])")


# 'Các đơn vị thực hiện trước ngày 24/3/2016.', 'Đề nghị các trường hoàn thành trước ngày 15/9.':
# a letter's closing sentence whose subject is its addressees, whose verb only says 'do it' (no
# object of its own) and whose rest is the due date: the date of the requests above it
CLOSING_DUE_RE = re.compile(
    r"^(?:(?:Đề\s+nghị|Yêu\s+cầu)\s+)?(?:các|những)\s+(?:đơn\s+vị|cơ\s+quan|trường|địa\s+phương|phòng|ban|ngành|sở|xã|huyện)"
    r"[^.;:]{0,40}?\s(?:thực\s+hiện|hoàn\s+thành|triển\s+khai)(?:\s+xong)?\s+(?:trước|chậm\s+nhất|trong)(?![^\W_])[^;:]*\.?$", re.I)


# '(trừ Bộ Quốc phòng, Bộ Công an)', '(ngoại trừ ...)', 'trừ các xã ...' at the end of a list: the
# bodies a bracket or a clause of exception names
EXCEPT_SPAN_RE = re.compile(r"\(\s*(?:ngoại\s+)?trừ\s[^()]*\)|(?<=,\s)(?:ngoại\s+)?trừ\s+(?=[A-ZĐÀ-Ỹ]|các\s)[^.;:()]*?(?=\)|[.;:]|\s+(?:thực\s+hiện|triển\s+khai|báo\s+cáo|phải|cần)(?![^\W_])|$)", re.I)


_SCHEDULE_DAY_RE = re.compile(r"(?<![^\W_])ngày\s+(\d{1,2})(?:\s*(?:tháng\s+|/)\s*(\d{1,2}))?(?:\s*(?:năm\s+|/)\s*((?:19|20)\d\d))?(?!\d)", re.I)


def last_scheduled_day(text: str, year) -> tuple | None:
    """The last day of a schedule set out after its colon ('Buổi sáng ngày 27 tháng 10 ...; Sáng ngày
    28 ...; Buổi sáng ngày 29 ...'): a day without its month takes the month named before it, a
    month without its year the document's year.  (date, the words that name it) or None."""
    import datetime as _dt
    k = text.find(":")
    if k < 0:
        return None
    month, yr, best = None, None, None
    for m in _SCHEDULE_DAY_RE.finditer(text, k):
        d = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else month
        yr = int(m.group(3)) if m.group(3) else (yr or year)
        if month is None or yr is None:
            continue
        try:
            day = _dt.date(int(yr), month, d)
        except ValueError:
            continue
        if best is None or day > best[0]:
            best = (day, m.group(0))
    return best


def without_excepted(text: str, roles: list) -> list:
    """The roles of a sentence without the bodies it excepts (EXCEPT_SPAN_RE)."""
    spans = [m.span() for m in EXCEPT_SPAN_RE.finditer(text)]
    if not spans:
        return roles
    keep = []
    for r in roles:
        words = (r.text or r.office)
        at = [m.start() for m in re.finditer(re.escape(words), text)] if words else []
        if at and all(any(a <= k < b for a, b in spans) for k in at):
            continue
        keep.append(r)
    return keep


def _date_by_closing_due(task_list: list[Task]) -> None:
    """Give the date of a closing due sentence (CLOSING_DUE_RE) to the undated tasks right
    before it in its section (walking back, up to a task that has a date of its own)."""
    for k, t in enumerate(task_list):
        if t.deadline is None or not CLOSING_DUE_RE.match(t.text.strip()):
            continue
        for u in reversed(task_list[:k]):
            if u.section != t.section or u.deadline is not None:
                break
            u.deadline, u.deadline_time, u.deadline_text = t.deadline, t.deadline_time, t.deadline_text


# 'trong tháng tới', 'tháng tới': the coming month (not 'thời gian tới'; not 'chuyển sang tháng kế
# tiếp', the month a late registration moves to, in a rule that recurs every month)
# (deadline17: not the coming months, plural or counted: 'trong những tháng tới', 'các tháng tới', 'trong 02
# tháng tới', 'vài tháng tới' is no one month)
NEXT_MONTH_RE = re.compile(r"(?<![^\W_])(?<!những\s)(?<!các\s)(?<!mấy\s)(?<!vài\s)(?<!\d\s)(?:trong\s+)?tháng\s+tới(?![^\W_])", re.I)
# the coming month's tasks announced as a list: '(nhiệm vụ) ... trong tháng tới gồm:' / 'như sau:'
NEXT_MONTH_LIST_RE = re.compile(r"nhiệm\s+vụ[^.;:]{0,80}?tháng\s+tới\s*(?:gồm(?:\s+có)?|như\s+sau|sau\s+đây)\s*:", re.I)
_PLANNED_MONTH_CUE_RE = re.compile(r"giao\s+ban|nhiệm\s+vụ|kế\s+hoạch|chương\s+trình|công\s+tác|lịch", re.I)


def _last_day_of(y: int, m: int):
    import calendar
    import datetime as _dt

    return _dt.date(y, m, calendar.monthrange(y, m)[1])


def coming_month(doc: Document) -> tuple[int, int] | None:
    """The month 'tháng tới' means in a document: the month it plans for, when its title or its
    opening lines name one ('Chương trình công tác tháng 7/2022', a report of 01/7/2022 on the
    '... giao ban tháng 7 năm 2022' that sets the tasks of July: the month ahead of the meeting
    has just begun); else the month after the document's date (ANNOTATION.md: relative periods
    are read from the document's date, as '6 tháng đầu năm' is June 30 of its year)."""
    from pipeline.structure.header import period_from_text

    period = getattr(doc.header, "period", None)
    if period and re.fullmatch(r"\d{4}-\d{2}", str(period)):
        return int(str(period)[:4]), int(str(period)[5:])
    texts = [ln.text for ln in doc.lines if ln.text.strip()][:6]
    for t in texts:
        if _PLANNED_MONTH_CUE_RE.search(t):
            p = period_from_text(t, year_ok=False)
            if p:
                return int(p[:4]), int(p[5:])
    d = getattr(doc.header, "date", None)
    if d is not None:
        return (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return None


# A month plan ('Chương trình công tác tháng 7/2025', 'Kế hoạch ... tháng 9/2020': the header's period is
# one month) names days and weeks of that month without its number: 'Trước ngày 20', 'vào ngày 15', a
# time cell 'Tuần 1', 'tuần cuối của tháng'.  ANNOTATION.md: "a month or day without a year takes the
# year from the document's date or period"; a day without its month takes the month the same way.  The
# plan's period alone dates nothing (gold w8: items that name no time have no deadline; the text sets
# none for them); a day or week it names does.
_PLAN_DAY_RE = re.compile(
    r"(?:^|(?<![^\W_])(?:trước|chậm\s+nhất(?:\s+là)?|muộn\s+nhất(?:\s+là)?|hạn(?:\s+chót)?(?:\s+là)?|vào|xong|hoàn\s+thành|"
    r"đến|(?:sáng|chiều|tối))\s+)(?:ngày\s+)(?P<d>\d{1,2})(?!\s*(?:[/.\-]\s*\d|tháng|\d))"
    r"(?!\s+(?:(?:hằng|hàng|mỗi|các)(?![^\W_])|của\s+(?:tháng|quý)\s+(?:sau|tiếp|kế|trước)|làm\s+việc|kể))", re.I)
_PLAN_WEEK_RE = re.compile(
    r"(?<![^\W_])tuần\s+(?:thứ\s+)?(?P<w>0?[1-5]|nhất|hai|ba|tư|năm|đầu(?:\s+tiên)?|cuối(?:\s+cùng)?)(?![^\W_])"
    r"(?!\s*(?:[/.\-]\s*\d|(?:của\s+)?tháng\s+\d|(?:của\s+)?(?:mỗi|hằng|hàng)\s+tháng))", re.I)
_WEEK_NO = {"1": 1, "01": 1, "nhất": 1, "đầu": 1, "đầu tiên": 1, "2": 2, "02": 2, "hai": 2, "3": 3, "03": 3, "ba": 3,
            "4": 4, "04": 4, "tư": 4}


def _date_in_planned_month(doc: Document, task_list: list) -> None:
    period = getattr(getattr(doc, "header", None), "period", None)
    if not period or not re.fullmatch(r"\d{4}-\d{2}", str(period)):
        return
    import calendar
    import datetime as _dt

    y, m = int(str(period)[:4]), int(str(period)[5:])
    last = calendar.monthrange(y, m)[1]
    for t in task_list:
        if t.deadline is not None or t.recurrence:
            continue
        for source in (t.deadline_text or "", t.text or ""):
            md = _PLAN_DAY_RE.search(source)
            mw = _PLAN_WEEK_RE.search(source) if not md else None
            if md and 1 <= int(md.group("d")) <= last:
                t.deadline, t.deadline_text = _dt.date(y, m, int(md.group("d"))), md.group(0).strip()
                break
            if mw:
                w = re.sub(r"\s+", " ", mw.group("w").casefold())
                day = last if w.startswith("cuối") or w in ("5", "05", "năm") else 7 * _WEEK_NO[w]
                t.deadline, t.deadline_text = _dt.date(y, m, min(day, last)), mw.group(0).strip()
                break


def _date_by_activity_time_line(classified, tasks: dict, year) -> None:
    """'UBND xã thông báo thời gian treo cờ Tổ quốc ... như sau:' / 'Thời gian treo cờ Tổ quốc: Từ
    ngày 23/7/2025 đến hết ngày 27/7/2025.' / '1. ... thông tin ...' / '2. Các cơ quan ... thực
    hiện treo cờ Tổ quốc ...': a time line printed once under a lead-in, before the items, names the
    activity it times; the items below that do that activity are due on its last day (an item
    doing something else is not)."""
    for i, c in enumerate(classified):
        if c.kind != "attribute":
            continue
        prev = next((x for x in reversed(classified[:i]) if x.kind not in ("skip",)), None)
        if prev is None or prev.kind != "intro":
            continue
        m = ATTRIBUTE_RE.match(c.sentence.text.strip())
        if not m:
            continue
        km = re.match(r"Thời\s+gian\s+((?:[^\W\d_]+\s+){1,3}[^\W\d_]+)\s*$", m.group("key").strip(), re.I)
        if not km:
            continue
        if not re.match(r"\s*(?:(?:Từ|Trước|Trong|Chậm\s+nhất)\s+)?(?:ngày\s+)?\d", m.group("value"), re.I):
            continue  # (a line that gives a time, nothing else: 'Từ ngày 23/7/2025 đến hết ngày 27/7/2025.')
        activity = re.sub(r"\s+", " ", km.group(1)).casefold()
        dl = find_deadline(m.group("value"), year, attribute=True)
        if dl is None or dl.date is None:
            continue
        for j in range(i + 1, len(classified)):
            if classified[j].kind in ("intro", "preamble"):
                break  # (another lead-in opens another list)
            t = tasks.get(j)
            if t is not None and t.deadline is None and activity in re.sub(r"\s+", " ", t.text).casefold():
                t.deadline, t.deadline_time, t.deadline_text = dl.date, dl.time, dl.text


# (deadline18) 'Thời gian tiêm phòng được tiến hành từ ngày 10/3 – 10/5.', 'Thời gian vệ sinh tiêu độc khử trùng diễn
# ra từ ngày 01/4 đến ngày 30/4/2025.': a sentence of its own that times an activity (measure14's named miss on
# unseen14, a class, not its text)
_ACTIVITY_TIME_SENTENCE_RE = re.compile(
    r"\s*(?:[-+•*]\s*)?Thời\s+gian\s+(?P<act>(?:[^\W\d_]+\s+){0,5}?[^\W\d_]+)\s+"
    r"(?:(?:sẽ\s+)?(?:được\s+)?(?:tiến\s+hành|tổ\s+chức|thực\s+hiện|triển\s+khai|diễn\s+ra|bắt\s+đầu|kéo\s+dài)\s+)?"
    r"(?:từ\s+)(?:ngày\s+)?\d", re.I)
# activities too general to name one: every task does them
_GENERIC_ACTIVITY = {"thực hiện", "hoàn thành", "triển khai", "tổ chức", "tiến hành", "áp dụng", "bắt đầu", "kết thúc",
                     "nộp", "gửi", "báo cáo", "làm việc", "nghỉ", "còn lại", "qua", "tới", "này"}


# a benefit, a leave or a term of service is a period a person has, not work with a last day ('Thời gian hỗ trợ từ
# ngày ...', 'Thời gian nghỉ ...', 'Thời gian công tác từ ...': the gazette corpus's hits of the shape)
_BENEFIT_ACTIVITY_RE = re.compile(r"(?:hỗ\s+trợ|hưởng|nghỉ|công\s+tác|đào\s+tạo|học|thử\s+việc|tập\s+sự|áp\s+dụng|miễn|giảm|"
                                  r"chốt|tính|giữ|lưu|bảo\s+hành|cư\s+trú|tạm\s+trú|giãn|cách\s+ly|phong\s+tỏa)(?![^\W_])", re.I)


def _date_by_activity_time_sentence(classified, tasks: dict, year) -> None:
    """(deadline18) A sentence that times an activity, 'Thời gian tiêm phòng được tiến hành từ ngày 10/3 – 10/5.',
    printed before the request to do it ('UBND huyện yêu cầu UBND các xã ... triển khai công tác tiêm phòng đợt
    1/2015'): the tasks after it that do that activity and carry no date of their own are due on the span's last
    day, as _date_by_activity_time_line does for a 'Thời gian treo cờ: ...' line under a lead-in."""
    for i, c in enumerate(classified):
        m = _ACTIVITY_TIME_SENTENCE_RE.match(c.sentence.text)
        if not m:
            continue
        activity = re.sub(r"\s+", " ", m.group("act")).casefold()
        if activity in _GENERIC_ACTIVITY or len(activity) < 4 or _BENEFIT_ACTIVITY_RE.match(activity):
            continue
        # (a span of days, both ends dated: 'từ ngày 10/3 – 10/5', 'từ ngày 01/4 đến ngày 30/4/2025'; not a length,
        # 'Thời gian đào tạo từ 03 tháng')
        if not re.search(r"từ\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}[^;.]{0,30}?(?:đến|[-–—])\s*(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}",
                         c.sentence.text, re.I):
            continue
        # (the span alone: 'diễn ra từ ...' read whole is an event placed, not a time line)
        span = re.search(r"(?<![^\W_])từ\s", c.sentence.text[m.end("act"):], re.I)
        dl = find_deadline(c.sentence.text[m.end("act") + span.start():], year, attribute=True) if span else None
        if dl is None or dl.date is None:
            continue
        for j in range(i + 1, len(classified)):
            if _ACTIVITY_TIME_SENTENCE_RE.match(classified[j].sentence.text):
                break  # (another activity's time)
            t = tasks.get(j)
            if t is not None and t.deadline is None and activity in re.sub(r"\s+", " ", t.text).casefold():
                t.deadline, t.deadline_time, t.deadline_text = dl.date, dl.time, dl.text


def sent_letter_addressees(text: str, gaz) -> list:
    """The bodies a news lead names as a letter's addressees ('X vừa có văn bản gửi Y về ...')."""
    m = sent_letter(text)
    return letter_addressees(m, gaz) if m else []


def letter_addressees(m: re.Match, gaz) -> list:
    """The addressees of a letter sent_letter found (its 'who' group), one role each."""
    from pipeline.extract.offices import split_office_list

    return [OfficeRole(n, "lead", w, "lead-in") for part in m.group("who").split(";")
            for n, w in split_office_list(part.strip(" ,"), gaz)]


def _sent_to_roles(who: str, gaz) -> list:
    """(office28) The addressees a sentence ending on them names ('X; Y: Quốc phòng, Ngoại giao, ...'): each
    part before ';' one list, a part's field list after a colon left to the head it follows."""
    from pipeline.extract.offices import split_office_list

    roles = []
    for part in who.split(";"):
        part = part.split(":")[0].strip(" ,.")
        roles += [OfficeRole(n, "lead", w, "lead-in") for n, w in split_office_list(part, gaz)]
    return roles


def _opens_a_point(rest: str) -> bool:
    """(inherit16) What a speaker asks opens on a verb of doing or a prohibition ('tăng cường ...',
    'không để ...'), not on an addressee."""
    return bool(VERB_START_RE.match(rest) or PROHIBITION_OPEN_RE.match(rest) or opens_on_a_duty(rest))


# (bare16) the asks and assignments a point may open on: their bodies are the addressees of a request
_ASK_OPEN_RE = re.compile(r"(?:Giao|Đề\s+nghị|Yêu\s+cầu|Phân\s+công|Chỉ\s+đạo|[UỦ][yỷ]\s+quyền|Cử|Mời|Kêu\s+gọi|Khuyến\s+(?:khích|cáo)|"
                          r"Đồng\s+ý|Chấp\s+thuận|Cho\s+phép|Hướng\s+dẫn|Lãnh\s+đạo)(?![^\W_])", re.I)


def _doer_named_mid_point(text: str, gaz=None, named=()) -> bool:
    """(bare16) Does a point open on its own verb of doing (no subject, no ask: 'Thường xuyên theo dõi
    ...; đồng thời các tỉnh ... cảnh báo ...', 'Tổ chức trực ban ..., phối hợp với Công an xã ...') so
    that the bodies it names stand inside it, after its verb?"""
    from pipeline.extract.tasks import SPAN_MARKER_RE, _opens_on_its_body, opens_on_a_duty

    t = SPAN_MARKER_RE.sub("", text.strip(), count=1)
    # (not a sentence that opens on its own body: 'Chi cục Thủy lợi cũng được yêu cầu ...' opens on a name
    # whose first word a verb list also holds)
    if gaz is not None and (_opens_on_its_body(text.strip(), gaz) or _opens_on_its_body(t, gaz)):
        return False
    if not opens_on_a_duty(text.strip()) or _ASK_OPEN_RE.match(t):
        return False
    # (the body opens a clause of its own after a break, ', đồng thời các tỉnh ... cảnh báo', '; UBND các xã
    # ...'; not a noun's owner inside the opening phrase: 'Báo cáo hoàn thành của các cơ quan, đơn vị gửi ...'
    # names the doer of that one sentence)
    for r in named:
        if r.role != "lead" or not r.text:
            continue
        pos = text.find(r.text)
        if pos < 0 or not re.search(r"[;,]\s*(?:(?:đồng\s+thời|và|còn|riêng)\s*,?\s*)?$", text[:pos], re.I):
            return False
    return True


def _list_lead_in_before(classified, i: int):
    """(bare16) The lead-in whose list the sentence ``i`` is a point of (tasks.lead_in_list_intro), or the
    lead-in right before it that announces points (plainpoints.announces_points)."""
    from pipeline.extract.plainpoints import announces_points
    from pipeline.extract.tasks import lead_in_list_intro

    intro = lead_in_list_intro(classified[:i])
    if intro is not None:
        return intro
    prev = next((c for c in reversed(classified[:i]) if c.kind != "skip"), None)
    return prev if prev is not None and prev.kind == "intro" and announces_points(prev.sentence.text) else None


def _echoing_caption_at(classified, i: int) -> bool:
    """(carry35) sentence ``i`` is a line of its own (a paragraph of one line, or the last line of one
    that a text without blank lines joined to the point above) that restates the sentence right before
    it: a photo caption (captions19.echoing_caption), which neither opens a request nor ends the points
    of the one above it."""
    s = classified[i].sentence
    if i == 0 or s.line_start != s.line_end or classified[i - 1].sentence.line_end >= s.line_start \
            or i + 1 < len(classified) and classified[i + 1].sentence.line_start <= s.line_end:
        return False
    return echoing_caption(s.text, classified[i - 1].sentence.text)


def _request_scopes(classified, tasks: dict, year, gaz, own: dict, subjectless: set, letter_points=frozenset(),
                    doerless=frozenset(), partnered=frozenset()) -> None:
    """(carry15) The scope of a request in an unnumbered text (a news or portal item, a posted letter).

    A scope opens on a request that names its addressee -- a task whose own sentence names a lead or
    partners ('UBND tỉnh yêu cầu các sở, ngành ...', 'Sở Y tế chủ trì, phối hợp với ...'), or a news
    lead naming a letter's addressees ('Bộ Y tế vừa có văn bản gửi Sở Y tế các tỉnh về việc ...') --
    and closes on a new request (a task naming its own doer), a sentence with a subject of its own, a
    heading, a numbered or bulleted item, a lead-in, or a statement (the end of the retold
    instructions); photo captions and a time frame of its own pass.  Inside it, each directive with
    no subject of its own that opens on its verb, a prohibition, a condition or a discourse marker
    ('Trong đó, ưu tiên ...', 'Tiếp tục triển khai ...' after a caption, 'Đảm bảo lực lượng trực
    ...') is asked of the scope's addressees (its lead, or co-equal leads; partners named with a lead stay
    with their sentence).  A time frame stated in a sentence
    of its own, just before the request or inside its scope ('Thời gian tiêm phòng từ ngày 10/3 -
    10/5.'), is the scope's when it is the only one and no other day is set in it: its last day
    dates the scope's undated tasks."""
    from pipeline.extract.tasks import TIME_SENTENCE_RE

    def close(scope):
        if scope is None:
            return
        members, named, frames = scope["members"], scope["named"], scope["frames"]
        for j in members:
            t = tasks[j]
            t.offices = merge_roles(named, [r for r in t.offices if r.role not in ("lead", "support")
                                            or j in partnered and r.role == "support"])
        if len(frames) == 1 and (members or scope["root"] is not None):
            dl = find_deadline(frames[0], year, attribute=True)
            dated = [j for j in ([scope["root"]] if scope["root"] is not None else []) + members]
            days = {tasks[j].deadline for j in dated if tasks[j].deadline is not None}
            if dl is not None and dl.date is not None and days <= {dl.date}:
                for j in dated:
                    if tasks[j].deadline is None:
                        tasks[j].deadline, tasks[j].deadline_time, tasks[j].deadline_text = dl.date, dl.time, dl.text

    def frame_of(c) -> bool:
        t = c.sentence.text.strip()
        return (c.kind == "attribute" and c.reason == "time sentence"
                or c.kind == "narrative" and c.sentence.index == 0 and len(t.split()) <= 30 and bool(TIME_SENTENCE_RE.match(t))
                and bool(re.search(r"\d{1,2}\s*[/.-]\s*\d{1,2}", t)))

    scope = None
    pending: list[str] = []  # (a time frame of its own before any request: the next scope's)
    # (inherit16) the addressees of the last request of the text, kept past a statement: an ask of the
    # speaker alone or a duty to send ('Đặc biệt, Bộ đề nghị ...', 'Các kết quả ... cần gửi về Bộ ...')
    # after it is still asked of them
    addressed = None
    for i, c in enumerate(classified):
        blk = c.sentence.block
        unnumbered = blk.label is None and blk.style is None
        if c.kind == "task" and i in tasks:
            t = tasks[i]
            if unnumbered and _echoing_caption_at(classified, i):
                continue  # (carry35, captions19.echoing_caption) a picture's label repeating the point above
            if not unnumbered or t.item is not None:
                close(scope)
                scope, pending, addressed = None, [], None
                continue
            if own.get(i) and _doer_named_mid_point(t.text, gaz, own[i]):
                # (bare16) 'Thường xuyên theo dõi ...; đồng thời các tỉnh từ Đà Nẵng đến Bình Thuận cảnh báo
                # ...' under 'đề nghị các tỉnh, thành phố và các Bộ ...:': a point that opens on its own verb
                # and names a body mid-way is still the request's point; the body is one more doer of it,
                # not the addressee of a new request the points after it would go to
                if scope is not None and blk.path == scope["path"]:
                    t.offices = merge_roles(scope["named"], t.offices)
                elif scope is None:
                    # (a point of a lead-in's list: the lead-in's addressees, as its other points have them)
                    intro = _list_lead_in_before(classified, i)
                    if intro is not None and intro.sentence.block.path == blk.path:
                        t.offices = merge_roles(lone_lead_in_addressees(intro.sentence.text, gaz), t.offices)
                continue
            if own.get(i):
                close(scope)
                carried = scope["frames"] if scope is not None and scope["root"] is None and not scope["members"] else []
                # (the lead -- or the co-equal leads -- reach the points; the partners stay with the sentence
                # that named them: 'Theo đó, giao Phòng NN chủ trì, phối hợp các xã ...' + 'Báo cáo kết quả
                # ... trước ngày ...' is the lead's, as the gold reads p4, r5, r6 and news14 found on six more)
                lead = [r for r in own[i] if r.role == "lead"]
                scope = {"root": i, "named": lead, "members": [], "frames": carried + pending, "path": blk.path}
                addressed = (blk.path, lead) if lead else addressed
                pending = []
                continue
            told_to = letter_sent_to_at_end(t.text) if not own.get(i) and i not in subjectless else None
            sent_to = _sent_to_roles(told_to, gaz) if told_to else []
            if sent_to:
                # (office28) '... có Công điện số 37 gửi tới Ban Chỉ huy ... các tỉnh ...; Ban Chỉ huy ... các Bộ: ...'
                # + 'Công điện nêu rõ: Theo dõi ...': the letter's addressees do the points after it
                close(scope)
                scope = {"root": None, "named": sent_to, "members": [], "frames": pending, "path": blk.path}
                addressed = (blk.path, sent_to)
                pending = []
                continue
            last = scope["members"][-1] if scope is not None and scope["members"] else scope["root"] if scope is not None else None
            # (not after an item of a list that ends on ';', whose items name their own doers)
            if scope is not None and i in subjectless and blk.path == scope["path"] \
                    and not (last is not None and tasks[last].text.rstrip().endswith(";")):
                scope["members"].append(i)
                continue
            close(scope)
            scope, pending = None, []
            # (reach17) a modal duty or a duty on what is to be handled ('Với những học sinh khó khăn, cần
            # vận động ...', 'Các trường hợp vi phạm phải xử lý nghiêm') after statements that closed the
            # scope is still asked of the last request's addressees (askreach.py)
            if (i in letter_points or i in doerless) and addressed is not None and addressed[0] == blk.path:
                scope = {"root": None, "named": addressed[1], "members": [i], "frames": [], "path": blk.path}
            continue
        if c.kind == "skip" or caption_like(c):
            continue
        if frame_of(c):
            (scope["frames"] if scope is not None else pending).append(c.sentence.text)
            continue
        if c.kind == "narrative" and unnumbered:
            sent = sent_letter_addressees(c.sentence.text, gaz)
            if sent:
                close(scope)
                scope = {"root": None, "named": sent, "members": [], "frames": pending, "path": blk.path}
                addressed = (blk.path, sent)
                pending = []
                continue
        if scope is not None and i + 1 < len(classified) and classified[i + 1].reason == SPAN_REASON \
                and passable_in_span(c, classified[i + 1].sentence.block):
            continue  # (verbs15: one unread sentence between two points does not end the scope)
        close(scope)
        scope, pending = None, []
    close(scope)


def extract_tasks(doc: Document, gaz=None, models_dir=None):
    """(tasks, references, anomalies) of a document, without touching it."""
    gaz = gaz or load_gazetteer()
    year = doc_year(doc)
    # (a Phụ lục whose cells a text layer printed in column groups: appendix.py)
    tables = read_tables(doc, gaz)
    table_lines = {n for tb in tables for n in range(tb.line_start, tb.line_end + 1)}
    # (a table of data, 'Tháng | Người Tiếp công dân | Chức vụ | ...': its rows are no sentences)
    table_lines |= data_table_lines(doc)
    blocks = build_blocks(doc, skip_lines=table_lines)
    sentences = without_scrape_stamps([s for b in blocks for s in block_sentences(b)])  # (points24)
    quoted, own_number = quoted_lines(doc), getattr(doc.header, "number", None)
    # (tasks46, extract/timeopeners.py) 'Các tháng tiếp theo, triển khai ...': read as the sentence without its opener
    classified = read_behind_period_openers(sentences, classify(sentences, gaz, quoted, own_number=own_number),
                                            lambda ss: classify(ss, gaz, quoted, own_number=own_number))
    # (points27) a plan table's header row run into one line ('Nội dung cần thực hiện ... Thời gian thực hiện ...
    # Người chủ trì thực hiện ...') names the columns: no task; a row under it that ends on its time cell is one
    classified = read_plan_table_rows(demote_table_header_rows(classified))
    # (points28) a plan's row printed as a labelled block ('Đợt 1: ...' / 'Thời gian: ...' / 'Địa điểm: ...'): the
    # activity is the task, its labelled lines and the participants under them its attributes
    classified = read_labelled_rows(classified)
    # (points25) 'UBND các xã tổ chức ... trước ngày D' in a text that directs: a step with its bound
    # (points26) a retold calendar's or time line's steps, each opening on its day: read as tasks, dated by that day
    calendar = calendar_steps(classified, gaz, doc, year)
    classified = read_bound_steps(classified, gaz, calendar)
    # (terms34) 'Thời gian kết thúc năm học trước ngày 31-5-2018.' with no task above it: the activity is the work
    classified = read_term_sentences(classified)
    # (tasks30) a school-year frame's plain terms: 'Kết thúc năm học muộn nhất vào ngày 31/5/2017.' in a frame
    classified = read_school_terms(classified)
    # (tasks29) a plan or a drive the text tells as steps, with no ask anywhere; a topic-first 'X ..., do Y V'
    classified = read_told_steps(classified, gaz)
    # (tasks47, extract/activityfocus.py) 'công tác tuyên truyền tập trung vào ...': an activity's focus in the active
    classified = read_activity_focus(classified)
    # (a lead-in that asks someone, over a list that yields no task, is itself the task)
    # (plain16: the points of a lead-in's list printed as plain lines, the bullets dropped)
    # (points18: verbless target items 'Năm 2022: 94 xã ...' under a lead-in that carries the duty)
    # (who took part, 'Tham gia cùng Đoàn khảo sát còn có đại diện: ...', is read in classify: participants.py)
    classified = read_target_items(classified)
    classified = promote_lone_lead_ins(demote_title_lines(read_plain_points(classified, gaz)), gaz, table_lines)
    # (tasks31) the papers of a file listed under 'Hồ sơ gồm:' / 'Thành phần hồ sơ:' ask no one: no tasks
    classified = demote_object_list_items(classified)
    # (points24) a news page's list of its other items, below 'Những tin cũ hơn', 'Tin cùng chuyên mục', ...
    end_at = page_end_line([ln.text for ln in doc.lines])
    classified = demote_after_page_end(classified, doc.lines[end_at].number if end_at is not None else None)
    # (tasks43) 'Đồng thời tập trung xử lý ...' / 'Bên cạnh đó, các đơn vị nâng cao ...' right after a sentence that
    # is a task now: one more point of it (extract/followers.py)
    classified = read_follower_steps(classified, gaz)
    # (tasks45, extract/passiveresults.py) 'Công tác X được quan tâm chỉ đạo, ...': a field told as looked after,
    # in the passive with nothing that asks, is a result
    classified = demote_passive_results(classified)
    # (tasks47, extract/resultsparagraph.py) a paragraph that reports a period that is over and says nothing of work
    # to come ('Từ đầu năm đến nay, ... tăng 3,7% ...'): none of its sentences is a task
    classified = demote_results_paragraphs(classified)
    tasks: dict[int, Task] = {}
    # (reach18) abbreviations the document defines for a body: 'các cơ sở giáo dục (CSGD)' + 'Các CSGD phải ...'
    aliases = document_aliases("\n".join(ln.text for ln in doc.lines), gaz, roles_in_sentence)
    own_units = named_units("\n".join(ln.text for ln in doc.lines))  # (tasks21) 'thành lập 4 Tổ kiểm tra'
    last_in_block: dict[int, Task] = {}
    last_entry: Task | None = None  # the schedule entry whose attribute lines follow
    own: dict[int, list] = {}  # (carry15) the doers each task's own sentence names
    subjectless: set[int] = set()  # (carry15) directives without a subject: points of a request's scope
    letter_points: set[int] = set()  # (inherit16) asks of the speaker alone, duties to send: the letter's addressees'
    doerless: set[int] = set()  # (reach17) modal duties and duties on what is to be handled, naming no doer
    partnered: set[int] = set()  # (office28) framed points naming only partners: they keep them in a scope
    letter_told = False  # (inherit16) a letter to named addressees told before: 'X vừa có văn bản gửi Y ...'
    refs = []
    for i, c in enumerate(classified):
        s = c.sentence
        if c.kind in ("skip",):
            continue
        if not letter_told and c.kind in ("task", "narrative") and s.block.style is None and s.block.label is None \
                and sent_letter(s.text) is not None:
            letter_told = True
        if c.kind == "note" and c.reason == "entry note":
            # '(Giao Văn phòng HĐND&UBND xã đảm bảo các điều kiện cần thiết)' after an entry
            prev = tasks[max(tasks)] if tasks else None
            if prev is not None:
                prev.offices = merge_roles(prev.offices, entry_note_roles(s.text, gaz))
            continue
        if c.kind == "note" and c.reason == "entry leader":
            # (a table schedule's leaders' cell: who goes to the entry above it)
            # (the entry is the last task: the classifier keeps the cell within a few lines of it,
            # past its place cell, which reads as a heading)
            if tasks:
                who = re.sub(r"\s+", " ", s.text).strip(" ,;.")
                entry = tasks[max(tasks)]
                entry.offices = merge_roles(entry.offices, [OfficeRole(who, "lead", who, "structure")])
            continue
        if c.kind == "attribute" and last_entry is not None and entry_notes(s.text):
            # 'Mời: ... Thành viên Hội đồng quản trị HTX Tân Long (giao UBND xã Vĩnh Tường mời).'
            last_entry.offices = merge_roles(last_entry.offices, entry_note_roles(s.text, gaz))
        if c.kind == "attribute" and last_entry is not None and WHOLE_WEEK_RE.search(s.text):
            # 'Thời gian, địa điểm: 07 giờ 00’ đến 08 giờ 00’ tất cả các ngày làm việc trong tuần
            # ...': the entry runs every working day of the schedule's week, due on its last day
            end = week_end(doc)
            if end is not None:
                last_entry.deadline, last_entry.deadline_text = end, WHOLE_WEEK_RE.search(s.text).group(0)
        if c.kind == "heading":
            last_entry = None
        if c.kind == "attribute" and c.reason == "time sentence":
            # 'Thời gian hoàn thành xong trước ngày 05/10/2026.': the due date of the task before it
            prev = last_in_block.get(id(s.block))
            if prev is None and tasks and s.block.style == "bullet":
                # (a sub-line of the item whose sentence is the last task)
                last = tasks[max(tasks)]
                prev = last if last.section == s.block.path else None
            if prev is None and tasks and s.block.style is None:
                # (a paragraph of its own after the unlabelled paragraph whose last sentence is the task)
                last = tasks[max(tasks)]
                prev = last if last.section == s.block.path else None
            dl = find_deadline(s.text, year, attribute=True)
            if prev is not None and dl is not None and prev.deadline is None:
                prev.deadline, prev.deadline_time, prev.deadline_text = dl.date, dl.time, dl.text
                prev.recurrence = prev.recurrence or dl.recurrence
            continue
        task_id = len(tasks) + 1 if c.kind == "task" else None
        refs += references_of(s, task_id)
        if c.kind != "task":
            continue
        masks = [(a, b) for a, b, *_ in find_references(s.text)]
        # (points22, extract/purposeday.py) 'Nhằm ... đón Đoàn thẩm định ... vào ngày 12/7/2020, UBND huyện yêu cầu ...':
        # the day the work prepares for is no deadline
        masks += purpose_day_masks(s.text)
        dl = find_deadline(s.text, year, masks, issued=getattr(doc.header, "date", None))
        if dl is None and mentions_this_period(s.text):
            # (deadline37, extract/nowspans.py) 'trong năm nay / tháng này / quý này': the document's own period
            dl = this_period_deadline(s.text, year, masks, getattr(doc.header, "date", None),
                                      own_day(getattr(doc.header, "date", None), [ln.text for ln in doc.lines[:40]]),
                                      find_deadline)
        if c.reason == SCHOOL_TERM_REASON:
            # (tasks30) a school-year frame's term: its latest term day, a day with no year in the frame's school year
            dl = school_term_deadline(s.text, school_year_of("\n".join(ln.text for ln in doc.lines))) or dl
        if dl is None and c.reason in (DRIVE_STEP_REASON, TOLD_STEP_REASON) and (
                wd := read_step_window(s.text, c.reason, [x.sentence.text for x in classified], year)):
            # (tasks32, extract/drivesteps.py) a step read by its time opening: the window there ('Trong giai đoạn 1
            # từ ngày 1 - 14.12.2019, ...'), or for a drive's step the drive's own period told apart
            dl = wd
        if dl is None and i > 0 and (wd := period_told_before(s.text, classified[i - 1].sentence.text, year,
                                                              getattr(doc.header, "date", None))):
            # (deadline38, extract/periodapart.py) 'Thời gian thực hiện từ ngày 20 - 26/12. Theo đó, Công an thị xã ...'
            dl = wd
        if dl is None and c.reason == TARGET_ITEM_REASON and (when := target_period(s.text)):
            # (points18) 'Năm 2022: 94 xã, phường, thị trấn.' under '... phấn đấu hoàn thành ... theo từng
            # năm:': the lead-in's completion applied to the item's period, due at its end
            dl = _latest_period(when, year)
        if dl is None and c.reason == PLAN_ROW_REASON and (cell := row_time_cell(s.text)) is not None:
            # (points27, extract/tableheads.py) a flattened plan table row's time cell ('Tháng 3/2018')
            dl = Deadline(cell[0], None, cell[1])
        if dl is None and (step := calendar.get(id(s))) is not None and step.date is not None:
            # (points26, extract/calendarsteps.py) a calendar step's or time line row's own day (points27: or its
            # opening bound's)
            dl = Deadline(step.date, None, step.text)
        # ('(1) Tổ chức, cá nhân khai thác ... phải lập Báo cáo ...': a bracketed number that the
        # sentence keeps is no part of its subject)
        body = without_period_opener(_ENUM_RE.sub("", s.text))  # (tasks46) the doer behind 'Thời gian tới, ...'
        subj = subject_of(body, gaz)
        t = Task(
            id=task_id,
            section=s.block.path,
            text=s.text,
            line_start=s.line_start,
            line_end=s.line_end,
            page=s.page,
            verb=verb_of(body, subj[1] if subj else 0),
            # (points22) '... và nhà người dân trên địa bàn huyện thực hiện ...': the residents (linkedbodies.py)
            offices=roles_with_aliases(owners_for_premises(body), gaz, roles_in_sentence, aliases),
            item=s.block.label if s.block.style not in (None, "bullet") else None,
        )
        if c.reason == "body and action" and not any(r.role in ("lead", "support") for r in t.offices) \
                and (plural := plural_body_subject(body, gaz)):
            # (points19, extract/clauseverbs.py) 'Các cơ sở lưu trú giới thiệu ...': the body before the verb
            t.offices = merge_roles(roles_in_sentence(plural + " thực hiện.", gaz) or [OfficeRole(plural, "lead", plural, "inline")],
                                    t.offices)
        if not any(r.role in ("lead", "support") for r in t.offices):
            # (tasks29, extract/toldsteps.py) the bodies after a plan content's copula or after 'do' in a told step
            t.offices = merge_roles(told_step_roles(body, c.reason, gaz, roles_in_sentence), t.offices)
        if c.reason == GATED_STEP_REASON:
            # (tasks42, extract/plandoers.py) the item's own bare committee lists no office; a bare unit or 'the
            # forces' is the doer
            t.offices = gated_step_offices(body, t.offices, gaz)
        if c.reason == LINKED_REASON and not any(r.role in ("lead", "support") for r in t.offices):
            # (points22, extract/linkedbodies.py) 'Theo đó, tất cả các trụ sở cơ quan Nhà nước, ... và nhà ở của Nhân
            # dân ... treo cờ ...': the premises' owners fly the flag
            t.offices = merge_roles([OfficeRole(n, "lead", w, "inline") for n, w in linked_subject_roles(body)], t.offices)
        if not any(r.role in ("lead", "support") for r in t.offices):
            # (points22, extract/speakerasks.py) 'Đồng chí cũng giao cho Văn phòng ...', '<post> - <post> <name> đề nghị
            # 228 điều tra viên ...': the ask read from its verb on
            t.offices = merge_roles(speaker_ask_roles(body, gaz, roles_in_sentence), t.offices)
        if not any(r.role in ("lead", "support") for r in t.offices) and (framed := after_reporting_frame(body)):
            # (points19, extract/reportframe.py) 'Trong văn bản, Cục nêu rõ, các địa phương ... cần ...'
            t.offices = merge_roles(roles_with_aliases(framed, gaz, roles_in_sentence, aliases), t.offices)
        if not any(r.role in ("lead", "support") for r in t.offices):
            # (office28, extract/frontedsubject.py) 'Ở khu vực ven biển, ..., các tỉnh cần chủ động sơ tán ...', 'Đặc biệt,
            # Bộ X và Bộ Y cần khẩn trương ...': the subject behind a fronted adverbial
            t.offices = merge_roles(subject_after_fronted_head(body, lambda text: roles_with_aliases(text, gaz, roles_in_sentence, aliases)),
                                    t.offices)
        # ('UBND tỉnh chỉ đạo Sở Y tế chủ trì ...' in UBND tỉnh's own letter: the body directed works)
        t.offices = issuer_clause_roles(body, t.offices, getattr(doc.header, "issuer", None), gaz)
        # (office24) 'UBND TP cũng chỉ đạo Sở Công thương ...' in a text whose issuer is not known: the body directed works
        t.offices = speaker_directs_roles(body, t.offices, getattr(doc.header, "issuer", None), gaz)
        # (tasks28, extract/meetingdirects.py) 'Tại cuộc họp, Chủ tịch UBND huyện ... đã chỉ đạo các ban, ngành ...
        # tiếp tục ...': the meeting's official directs X; neither is an office, whatever the issuer
        t.offices = meeting_directs_roles(body, t.offices, gaz)
        if not any(r.role == "lead" for r in t.offices):
            # (tasks21) '... yêu cầu các Tổ xây dựng kế hoạch ...' after 'thành lập 4 Tổ kiểm tra, giám sát'
            t.offices = unit_plural_roles(body, own_units) + t.offices
        if not any(r.role == "lead" for r in t.offices):
            # (tasks21) 'Qua đó, khuyến cáo các chủ rừng và người dân chấp hành ...': the public advised
            t.offices = advice_roles(body, gaz, roles_in_sentence) + t.offices
        if c.reason == TARGET_ITEM_REASON and not t.offices:
            # (points18) a quota's unit ('Huyện Nga Sơn: 120 hộ') does its share; a period's item
            # ('Năm 2022: 94 xã') is the lead-in's doer's ('UBND các huyện phấn đấu hoàn thành ...:')
            unit = target_unit(s.text)
            lead = lead_in_of(classified, i) if unit is None else None
            t.offices = [OfficeRole(unit, "lead", unit, "structure")] if unit else \
                roles_in_sentence(lead, gaz) if lead else []
        # ('Văn phòng Chính phủ đề nghị các bộ ... đăng ký ...' in a decree: the asker's step)
        t.offices = procedural_ask_roles(body, t.offices, getattr(doc.header, "issuer", None),
                                         getattr(doc.header, "doc_type", None), gaz)
        # (reach18) 'X ban hành công văn ..., đề nghị Y ...': Y does it, not the issuer X
        t.offices = report_ask_roles(body, t.offices, roles_in_sentence, gaz)
        if c.reason == "reported instruction":
            # ('Bộ Nội vụ đã đôn đốc các bộ, ... thực hiện báo cáo ...' in a news item on the letter):
            # the bodies the reported document urges or asks are the offices, as after 'Yêu cầu'
            cue = REPORTED_ASK_RE.search(body)
            if cue is not None:
                t.offices = roles_in_sentence("Yêu cầu " + body[cue.end():], gaz) or t.offices
        if c.reason == "schedule set out":
            # (the issuer sets out its own schedule: no office of its own is named -- ANNOTATION.md)
            iss = (getattr(doc.header, "issuer", None) or "").casefold()
            t.offices = [r for r in t.offices if not (iss and (iss in r.office.casefold() or r.office.casefold() in iss))]
            if dl is None or dl.date is None:
                last = last_scheduled_day(s.text, year)
                if last is not None:
                    t.deadline, t.deadline_text = last
        # ('các bộ, cơ quan thuộc Chính phủ (trừ Bộ Quốc phòng, Bộ Công an)': the bodies a bracket
        # excepts are left out of the task)
        t.offices = without_excepted(body, t.offices)
        if (step := calendar.get(id(s))) is not None:
            # (points26, extract/calendarsteps.py) a calendar step's opening body is its office
            t.offices = step_offices(step, t.offices, gaz)
        sent = sent_letter(body)
        if sent is not None:
            # ('Bộ Y tế vừa có văn bản gửi Giám đốc Sở Y tế các tỉnh ...; Giám đốc các Bệnh viện ... đề nghị
            # tăng cường ...', '... là yêu cầu của Bộ Văn hóa ... tại Công văn gửi các địa phương về việc ...'):
            # the letter's addressees are asked, never its sender; they replace a sender read as the doer
            # and a 'gửi' read as the body reported to
            named = [r for r in t.offices if r.role in ("lead", "support")]
            sender = [r for r in named if 0 <= body.find(r.text) < sent.start()]
            addressed = [replace(r, source="inline") for r in letter_addressees(sent, gaz)
                         if not any(office_key(r.office) == office_key(x.office) for x in sender)]
            if addressed and (sender or not named):
                t.offices = merge_roles(addressed, [r for r in t.offices if r not in sender and r.role != "report-to"
                                                    or r.role == "report-to" and r.text not in sent.group("who")])
        # (inherit16) 'đề nghị UBND các tỉnh giao Sở X rà soát ...': the body the addressee is to assign
        # is a doer with it ('Chỉ đạo X' still lists no X)
        t.offices = assigned_by_addressee(body, t.offices, gaz, roles_in_sentence)
        letter_point = False
        if s.block.style is None and s.block.label is None:
            # (inherit16) 'Đặc biệt, Bộ đề nghị tăng cường ...', 'Công văn nêu rõ, cần xử lý ...': the
            # speaker alone asks, the letter's addressees act; 'Các đề án phải gửi về Cục trước ngày ...':
            # the thing to be sent is the subject, the addressees send it (the speaker only receives it)
            # (only in a retold letter, one that names its addressees before: in a leader's instructions told
            # as news, 'Thủ tướng yêu cầu ...', an ask of the speaker alone is read as before)
            spk = speaker_ask(body, _opens_a_point) if letter_told else None
            if spk is not None:
                t.offices = without_speaker(t.offices, body, spk)
                letter_point = not any(r.role in ("lead", "support") for r in t.offices)
            elif sent_thing_duty(body):
                letter_point = not any(r.role in ("lead", "support") for r in t.offices)
        # (the doers the sentence names itself, before anything is carried to it: a request's addressees)
        own[i] = [r for r in t.offices if r.role in ("lead", "support") and r.source == "inline"]
        if letter_point:
            subjectless.add(i)
            letter_points.add(i)
        # a sentence with no subject of its own continues the previous one's ('Trực tiếp lãnh
        # đạo, chỉ đạo ...' after 'Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo ...')
        prev = last_in_block.get(id(s.block))
        if prev is None and s.block.style is None and s.index == 0 and tasks:
            # ('3. Bộ Tài chính chủ trì ... trình Quốc hội xem xét, quyết định.' + a paragraph 'Sau
            # khi được Quốc hội thông qua, tham mưu Chính phủ ...': an unlabelled paragraph after an
            # item's own sentence goes on with that item, and with its subject)
            last = tasks[max(tasks)]
            prev = last if last.item is not None and last.section == s.block.path else None
            if prev is None and last.section == s.block.path and labels_its_body(last.text, gaz):
                # ('Chủ tịch UBND các huyện, thị xã: Tiếp tục ...' + a paragraph 'Tăng cường chỉ
                # đạo ...': the paragraphs after a body's inline label are that body's duties,
                # until another label)
                prev = last
            if prev is None and s.block.label is None and last.section == s.block.path:
                # ('Trước tình hình trên Chủ tịch UBND huyện yêu cầu:' + 'Các ngành liên quan và UBND
                # các xã ... tiếp tục ... .' + a paragraph 'Tiến hành ngay việc rà soát ...'): a lead-in
                # that names no one over its list printed as paragraphs; an item without a subject goes
                # on with the bodies of the item before it (a lead-in naming its addressees hands them
                # to the items itself, apply_groups)
                intro = lead_in_list_intro(classified[:i])
                if intro is not None and not lone_lead_in_addressees(intro.sentence.text, gaz):
                    prev = last
        # ... and so does a condition or a focus clause of the same paragraph ('Trường hợp ...
        # thì báo cáo ...', 'Trong đó tập trung ...', 'Trong quá trình thực hiện, nếu có vướng
        # mắc, kịp thời phản ánh ...' after 'UBND tỉnh yêu cầu các Sở ... triển khai ...')
        # ('Yêu cầu các đồng chí ...', 'Đề nghị anh/chị ...' turn to an addressee of their own,
        # named only by a pronoun: they do not go on with the subject before them)
        # ('Kết quả báo cáo UBND tỉnh trước ngày ...' names the result first: the body that
        # reports is the one the sentence before assigned)
        if prev is not None and not any(r.role == "lead" for r in t.offices) and not ADDRESS_OPENER_RE.match(s.text) and (
                VERB_START_RE.match(s.text) or CARRY_OPENER_RE.match(s.text) or RESULT_DUE_RE.match(s.text)
                # (office28, nextsentence.py) 'Chú ý treo cờ đúng quy định ...' after 'Các cơ quan, ... tổ chức treo
                # Quốc kỳ ...' in the same item; 'Theo chức năng, nhiệm vụ được giao, chủ động ...'
                or opens_on_imperative(s.text) or continues_after_frame(s.text)
                # (a duty under a body's label whose verb the list does not know: 'Che phủ nilon cho mạ')
                or c.reason == "goes on with the directive before it"
                # ('Phó Chủ tịch ...: 7 giờ, dự ... .' + '8 giờ, dự kỳ họp ...': the same leader's next entry)
                or c.reason == "schedule entry" and TIME_START_RE.match(s.text)):
            carried = [r for r in prev.offices if r.role == "lead" and r.source == "inline"]
            t.offices = [*carried, *t.offices]
        framed = continues_after_frame(body) and not any(r.role == "lead" for r in own[i])
        if framed and own[i]:
            # (office28) 'Đối với các nội dung vượt thẩm quyền, chủ động phối hợp với Sở X ...': the bodies it
            # names are only the partners of the request's addressees, who still do the point
            partnered.add(i)
            own[i] = []
        if s.block.style is None and s.block.label is None and subj is None and not own.get(i) \
                and not ADDRESS_OPENER_RE.match(s.text) \
                and (VERB_START_RE.match(body) or PROHIBITION_OPEN_RE.match(body) or CARRY_OPENER_RE.match(body)
                     or c.reason == SPAN_REASON or opens_on_a_duty(body) or doerless_ask(body)
                     or framed or opens_on_imperative(body)):
            # ('Sở GD&ĐT yêu cầu phòng GD&ĐT ...; các trường học ... không thực hiện ... .' + 'Không
            # cung cấp thông tin ...'; 'Theo đó, giao Phòng NN&PTNT chủ trì, phối hợp các xã ...' + 'Thường
            # xuyên theo dõi ...'; 'Trong đó, ưu tiên ...'): a directive with no subject of its own that
            # opens on its verb, a prohibition, a condition or a discourse marker ('Việc thành lập phải
            # ...', 'Đại hội ... hoàn thành trong tháng 7' have a subject of their own): a point of the
            # request whose scope it is in (_request_scopes)
            subjectless.add(i)
            if doerless_ask(body):
                doerless.add(i)
        if INDEFINITE_SUBJECT_RE.match(body) and tasks:
            # 'Đơn vị nào chưa thực hiện việc thu thì khẩn trương thu ...': 'X nào' (whichever X)
            # picks out some of the bodies the request before it named; they are its offices
            before = tasks[max(tasks)]
            named = [r for r in before.offices if r.role in ("lead", "support")]
            if named and before.section == t.section:
                t.offices = named
        if c.reason == "lead-in over no task" and not any(r.role == "lead" for r in t.offices):
            # (a lead-in that is the task, whose sentence reads no lead: '... Công điện ... gửi các
            # sở, ban, ngành, UBND quận, huyện yêu cầu tập trung ...:' -- the bodies it was sent to)
            t.offices = merge_roles(lone_lead_in_addressees(s.text, gaz), [r for r in t.offices if r.role == "report-to"])
        if c.reason == "schedule entry":
            t.offices = schedule_entry_roles(body, t.offices, gaz)
            last_entry = t
        # ('UBND tỉnh chỉ đạo Sở Y tế ...', 'Thủ tướng chỉ đạo tổ chức ...'): the issuer or its head
        # directing names no office, and no office carried from the sentence before (ANNOTATION.md: 'Chỉ đạo X': X is not listed)
        t.offices = issuer_directs_roles(body, t.offices, getattr(doc.header, "issuer", None), gaz)
        # (tasks46, extract/pilotplaces.py) '... chọn Ủy ban MTTQ xã Vĩnh Điều làm điểm ...': the pilot place is no doer
        t.offices = drop_pilot_places(body, t.offices)
        last_in_block[id(s.block)] = t
        if dl:
            t.deadline, t.deadline_time, t.deadline_text, t.recurrence = dl.date, dl.time, dl.text, dl.recurrence
        tasks[i] = t
    _request_scopes(classified, tasks, year, gaz, own, subjectless, letter_points, doerless, partnered)
    # (points19, extract/letterspeaks.py) 'Công văn cũng yêu cầu đảm bảo ...': the letter's addressees
    letter_speaks_roles(classified, tasks, lambda text: sent_letter_addressees(text, gaz))
    anomalies = apply_groups(classified, tasks, gaz, year)
    hand_public_points(classified, tasks)  # (points21) '+ Yêu cầu đối với người dân:' over plain lines
    _date_by_activity_time_line(classified, tasks, year)
    _date_by_activity_time_sentence(classified, tasks, year)
    coming = None
    listed: tuple[int, object] | None = None  # (block, date) of a list of the coming month's tasks
    for i, t in tasks.items():
        block = id(classified[i].sentence.block)
        if t.deadline is None and t.recurrence is None and NEXT_MONTH_RE.search(t.text):
            # 'Trong đó nhấn mạnh một số nhiệm vụ trọng tâm cần thực hiện trong tháng tới gồm: ...'
            coming = coming or coming_month(doc)
            if coming:
                t.deadline = _last_day_of(*coming)
                t.deadline_text = NEXT_MONTH_RE.search(t.text).group(0)
                if NEXT_MONTH_LIST_RE.search(t.text):
                    listed = (block, t.deadline)
        elif listed is not None and listed[0] == block and t.deadline is None:
            # ('... cần thực hiện trong tháng tới gồm: Về sản xuất ...; Về nông thôn mới ... .' +
            # 'Triển khai đề án ...; về công tác y tế: ... .'): the list of the month's tasks goes on
            # in its paragraph after a full stop; each item is due in that month
            t.deadline, t.deadline_text = listed[1], "tháng tới"
        else:
            listed = None
    plan_row_sections(classified, tasks)  # (points28) a flattened table's rows under its group and numbered rows
    task_list = list(tasks.values())
    _date_by_closing_due(task_list)
    task_list += table_tasks(tables, gaz, year, start_id=len(task_list) + 1)
    _date_in_planned_month(doc, task_list)
    task_list.sort(key=lambda t: (t.line_start, t.id))
    for i, t in enumerate(task_list, 1):
        t.id = i
    apply_item_references(task_list)
    _date_the_meeting_s_proceedings(doc, task_list)
    # (points31, D9) a point done 'trong thời gian diễn ra <event>': the day the document gives that event
    date_event_references(task_list, [ln.text for ln in doc.lines], year, getattr(doc.header, "date", None))
    # (deadline40, D10) a step 'trong <campaign>': the end of the span the document tells for that campaign
    date_campaign_references(task_list, [" ".join(ln.text for ln in doc.lines)], year, getattr(doc.header, "date", None))
    # (deadline39) a time line that names its act ('Thời gian treo: ...') dates that act's tasks only
    undate_other_acts(task_list, [(ln.number, ln.text) for ln in doc.lines])
    # (a task the rules read no office for: the learned tagger's bodies, marked source 'crf')
    crf_fallback(doc, task_list, gaz, load_tagger(models_dir))
    issued = getattr(doc.header, "date", None)
    for t in task_list:
        t.deadline = roll_forward(t.deadline, t.deadline_text, t.recurrence, issued)
    report = reads_as_report([ln.text for ln in doc.lines], getattr(doc.header, "addressees", None))
    for t in task_list:
        # (relay17, extract/relay.py) in a press or portal item 'X có văn bản đề nghị Y ...' tells what X's
        # letter asks: Y does it, as after 'X vừa có văn bản'
        told = reported_letter_text(t.text) if report else None
        if told is not None:
            again = [r for r in roles_in_sentence(told, gaz) if r.role in ("lead", "support", "report-to")]
            if any(r.role == "lead" for r in again):
                t.offices = again
        # a body named only as the one who asks or sends passes the ask on; a shared list named again
        # in part is the same bodies
        t.offices = drop_named_again(drop_directed_partners(drop_speakers(t.offices, t.text), t.text), t.text)
    issuer_name = getattr(doc.header, "issuer", None)
    for t in task_list:
        # (forms19, extract/officeforms.py) names in their full form: no speaker glued on, a level run
        # or a list's shared place kept, the issuer's place in the canonical name of a body at its level
        t.offices = full_office_forms(t.offices, t.text, issuer_name, gaz.canonical_of)
        # (office30, extract/qualifiers.py) a restrictive qualifier or a named parent printed right after a
        # name stays on it ('các cơ quan, tổ chức khác', 'Văn phòng Đăng ký đất đai thuộc Sở ...')
        t.offices = keep_qualifier(t.offices, t.text, find=lambda s: gaz.find(s, fuzzy=False))
        for r in t.offices:
            r.canonical = r.canonical or gaz.canonical_of(r.office)
    # (G3, extract/owncommittee.py) the issuing committee named bare as its own step's doer lists no office
    drop_own_committee(task_list, issuer_name)
    # (office47, extract/itemspeaker.py) 'Theo đó, Công an thị xã chỉ đạo các đội nghiệp vụ ...' in the item of
    # 'Công an TX. Giá Rai': the item's speaker directing lists neither it nor the bodies directed, nor its points
    speaker_directing_pass(task_list, [ln.text for ln in doc.lines], issuer_name, gaz,
                           lambda text: subject_of(text, gaz) is not None)
    # (points31, F9) a last line cut mid-word with no whole clause is no task
    task_list = drop_cut_fragment(task_list, [ln.text for ln in doc.lines])
    # (points32, F11) a title-case byline after the body ('Thu Trang – Công Luận') is no task
    task_list = drop_bylines(task_list, [ln.text for ln in doc.lines])
    anomalies += find_anomalies(doc, task_list)
    return task_list, refs, anomalies
