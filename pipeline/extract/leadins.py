"""A lead-in that asks someone to act, over a list that holds no task: the lead-in is the task.

'Sở Nông nghiệp và PTNT đề nghị UBND các huyện, thị xã, thành phố chỉ đạo ... triển khai thực hiện
những nội dung trọng tâm sau đây:' over a list of the laws to apply, 'Chủ tịch UBND tỉnh yêu cầu Chủ
tịch UBND các huyện, thành phố tập trung triển khai ... một số nhiệm vụ:' at the end of a news
excerpt whose list is cut, 'Đề nghị các đơn vị cử cán bộ tham dự hội nghị như sau:' over the lines
'- Thời gian: ...', '- Địa điểm: ...': the items (when there are any) are no one's work, so the
only instruction the text gives is the ask itself.  Its addressees are its offices.

Why a pass after the classifier: whether a lead-in's list yields a task is known only once every
sentence below it has been classified; the lead-in is then reclassified as a task, and the stage
goes on as for any task.
"""
from __future__ import annotations

import re

from pipeline.extract.tasks import Classified

__all__ = ["CITED_ITEM_RE", "TITLE_LINE_RE", "demote_title_lines", "lone_lead_in_addressees", "promote_lone_lead_ins"]

# a document's title line as a portal or a documents site prints it above the text: its type, maybe
# its number, then 'V/v' or 'Về việc' ('Công văn V/v chỉ đạo công tác tuyên truyền ...', 'CÔNG VĂN
# Về việc Tuyên truyền ...', 'Thông báo số 263/TB-UBND về việc treo cờ ...'): it names the subject, it
# asks no one
TITLE_LINE_RE = re.compile(
    r"^\s*(?i:công\s+văn|công\s+điện|thông\s+báo|kế\s+hoạch|quyết\s+định|chỉ\s+thị|hướng\s+dẫn|tờ\s+trình|báo\s+cáo|giấy\s+mời)"
    r"(?:\s+(?:số\s*:?\s*)?[\w/.\-]*\d[\w/.\-]*)?(?:\s+ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})?\s+(?:V/v|v/v|(?i:về\s+việc))\s")

# a list item that is nothing but the documents to apply: '- Luật trồng trọt năm 2018; Nghị định số
# 94/2019/NĐ-CP ngày 13/12/2019 của Chính phủ về ...', '- Nghị định số 57/2018/NĐ-CP ngày 17/4/2018
# ...', 'Quyết định số 1234/QĐ-UBND ngày ... của UBND tỉnh về ...': the name of a legal text with its
# number or year first, and no verb before it ('Thực hiện Nghị định ...' is a duty)
CITED_ITEM_RE = re.compile(
    r"^\s*(?:[-–+•*]\s*)?(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Thông\s+tư(?:\s+liên\s+tịch)?|Quyết\s+định|"
    r"Chỉ\s+thị|Kết\s+luận|Công\s+văn|Công\s+điện|Kế\s+hoạch|Hướng\s+dẫn|Thông\s+báo)"
    r"(?:\s+số\s+[\w/.\-]*\d[\w/.\-]*|\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,6}?\s+(?:năm\s+)?(?:19|20)\d\d)(?![^\W_])")

# the issuer's ask: 'đề nghị', 'yêu cầu', 'giao' with the bodies asked
_ASK_WORD_RE = re.compile(r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu|giao)\s", re.I)
# a letter or telegram sent to its addressees, then the ask without them: '... Công điện khẩn số
# 06/CĐ-UBND về ... gửi các sở, ban, ngành, đoàn thể TP, UBND quận, huyện yêu cầu tập trung vào các
# nhiệm vụ cụ thể sau:', '... có văn bản gửi Ủy ban nhân dân các tỉnh ... đề nghị tăng cường ...:'
_SENT_TO_ASK_RE = re.compile(r"(?<![^\W_])gửi\s+(?P<who>(?:các\s+|những\s+)?[^:;]{3,200}?)\s+(?:yêu\s+cầu|đề\s+nghị)\s+(?=[^\W\d_])", re.I)


def lone_lead_in_addressees(text: str, gaz) -> list:
    """The bodies a lead-in asks: after its asking verb (assign.lead_in_addressees), or, when the
    ask names no one, the bodies the letter was sent to ('gửi X yêu cầu ...')."""
    from pipeline.extract.assign import lead_in_addressees
    from pipeline.extract.offices import split_office_list
    from pipeline.model import OfficeRole

    own = lead_in_addressees(text, gaz)
    if own:
        return own
    m = _SENT_TO_ASK_RE.search(text)
    if m:
        return [OfficeRole(n, "lead", w, "lead-in") for n, w in split_office_list(m.group("who"), gaz)]
    return []


def _under(lead: Classified, other: Classified) -> bool:
    """Is ``other`` in the list below the lead-in ``lead``?  A paragraph lead-in holds everything
    after it in its section and deeper (its items may be printed as plain paragraphs: 'Theo đó,
    UBND tỉnh yêu cầu ... các nội dung:' + 'Tập trung rà soát ...' + 'Tiếp tục chủ động ...'), so a
    later task anywhere in that section keeps it a lead-in; a labelled one ('2. Đề nghị UBND các
    xã ...:') holds its own bullets and its sub-items, up to the next item."""
    lb, ob = lead.sentence.block, other.sentence.block
    if ob is lb:
        return other.sentence.index > lead.sentence.index
    deeper = ob.path.startswith(lb.path + " > ") if lb.path else True
    if deeper or ob.path == lb.path and (lb.label is None or ob.style == "bullet"):
        return True
    return False


def demote_title_lines(classified: list[Classified]) -> list[Classified]:
    """A task sentence that is a title line (TITLE_LINE_RE), alone in its unlabelled block, is a
    heading."""
    out = list(classified)
    for i, c in enumerate(classified):
        b = c.sentence.block
        if c.kind == "task" and b.label is None and c.sentence.index == 0 and TITLE_LINE_RE.match(c.sentence.text) \
                and len(b.segments) == 1 and c.sentence.text.strip() == b.text.strip():
            out[i] = Classified(c.sentence, "heading", "title line")
    return out


def promote_lone_lead_ins(classified: list[Classified], gaz, table_lines: set[int] | None = None) -> list[Classified]:
    """Reclassify a lead-in that asks a body to act ('... đề nghị X ... sau:') as a task when the
    list below it yields no task (cut, empty, or only attribute lines, headings and the legal
    texts to apply); those legal-text items become narrative.  A task table read elsewhere
    (``table_lines``) right below the lead-in is its list: it is left alone."""
    table_lines = table_lines or set()
    out = list(classified)
    for i, c in enumerate(classified):
        if c.kind != "intro":
            continue
        text = c.sentence.text.strip()
        if not text.endswith(":") or not _ASK_WORD_RE.search(text):
            continue
        if not lone_lead_in_addressees(text, gaz):
            continue
        listed: list[int] = []
        has_task = False
        end_line = None
        for j in range(i + 1, len(classified)):
            d = classified[j]
            if d.kind == "skip" and not d.sentence.text.strip():
                continue
            if not _under(c, d):
                end_line = d.sentence.line_start
                break
            if d.kind == "task":
                if CITED_ITEM_RE.match(d.sentence.text):
                    listed.append(j)
                else:
                    has_task = True
                    break
        if has_task:
            continue
        lo, hi = c.sentence.line_end, end_line if end_line is not None else float("inf")
        if any(lo < n < hi for n in table_lines):
            continue
        out[i] = Classified(c.sentence, "task", "lead-in over no task")
        for j in listed:
            out[j] = Classified(classified[j].sentence, "narrative", "legal text listed")
    return out
