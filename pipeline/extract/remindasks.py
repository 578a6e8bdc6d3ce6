"""Office forms session 19 (office23) reads: asks worded as reminders, a fronted topic opened by 'Còn',
and a second clause of the same ask that names its own doers after a comma.

- A reminder addressed to a body is an ask (`reminder_as_ask`): 'Sở GD&ĐT Hà Nội cũng lưu ý các cơ sở
  giáo dục ... tăng cường ...', 'Chủ tịch UBND huyện nhắc nhở UBND các xã thường xuyên kiểm tra ...'
  ask as 'đề nghị' does: the body reminded is the office, the speaker is not. Only where the verb
  stands as the speaker's own (after the speaker, perhaps 'cũng', 'đồng thời', 'đặc biệt'), never
  inside a chain of the assignee's own verbs ('chỉ đạo, kiểm tra, nhắc nhở việc treo cờ', 'đôn đốc
  nhắc nhở nhân dân ...': the parties reminded there are directed, not listed), and only before a
  body ('lưu ý một số nội dung', 'lưu ý các nội dung sau:' name no one).
- 'Còn đối với X, Y ...' is the fronted topic 'Đối với X, Y ...' (`con_topic_as_topic`): 'còn' is the
  connective 'as for' and the topic rules read the rest (office22's class, which main read only
  without 'Còn').
- A second clause joined by a comma whose subject is a body with a modal ('Chủ tịch UBND tỉnh yêu cầu
  các cơ quan báo chí ... có trách nhiệm đồng hành ..., các cơ quan, đơn vị, địa phương của tỉnh cần
  kịp thời cung cấp thông tin ...') gives its doers to the task too (`comma_clause_doers`): every body
  the text makes responsible is an office (ANNOTATION.md).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

# the speaker's own reminder: the verb after the speaker, perhaps after an adverb of addition
_REMIND_RE = re.compile(
    r"(?<![^\W_])(?P<adv>(?:(?:cũng|còn|đều|đồng\s+thời|đặc\s+biệt|tiếp\s+tục)\s+)*)(?P<verb>lưu\s+ý|nhắc\s+nhở)\s+"
    r"(?=(?:các|những|mọi|toàn\s+thể|tất\s+cả)\s|(?-i:[A-ZĐ]))", re.I)
# a verb of the assignee's own work before it ('chỉ đạo, kiểm tra, nhắc nhở', 'đôn đốc nhắc nhở',
# 'thường xuyên nhắc nhở'): the reminder is part of that work, the parties reminded are directed
_WORK_BEFORE_RE = re.compile(
    r"(?:,|(?<![^\W_])(?:và|đôn\s+đốc|kiểm\s+tra|chỉ\s+đạo|hướng\s+dẫn|giám\s+sát|thường\s+xuyên|theo\s+dõi|tuyên\s+truyền|"
    r"vận\s+động|để|cần|phải|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|trong\s+đó|thì|khi|đã|sẽ))\s*$", re.I)
# what is reminded, not whom: 'lưu ý các nội dung sau', 'lưu ý những vấn đề', 'lưu ý một số điểm'
_THING_AFTER_RE = re.compile(
    r"(?:các|những|mọi|tất\s+cả)\s+(?:nội\s+dung|vấn\s+đề|điểm|trường\s+hợp|quy\s+định|yêu\s+cầu|nhiệm\s+vụ|việc|"
    r"biện\s+pháp|giải\s+pháp|thông\s+tin|khó\s+khăn|hạn\s+chế|tồn\s+tại|rủi\s+ro|lỗi|sai\s+sót|thủ\s+tục|hồ\s+sơ|"
    r"chỉ\s+tiêu|mục\s+tiêu|tiêu\s+chí|nguy\s+cơ|khu\s+vực|điều\s+kiện)(?![^\W_])", re.I)


# the units of a level by their level word ('lưu ý các xã cần ...', 'nhắc nhở các phường ...'): their authorities
_PLACE_UNITS_RE = re.compile(r"(?:các|những)\s+(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|tỉnh|thành\s+phố|thôn|bản|xóm|ấp|"
                             r"tổ\s+dân\s+phố|khu\s+phố|đặc\s+khu)(?![^\W_])", re.I)


def reminder_as_ask(text: str, is_body: Callable[[str], bool]) -> str:
    """``text`` with a speaker's 'lưu ý / nhắc nhở <body>' read as 'đề nghị <body>' (see the module
    docstring); ``is_body(rest)`` says whether a body's name opens ``rest``."""
    if "lưu ý" not in text.casefold() and "nhắc nhở" not in text.casefold():
        return text
    out = []
    last = 0
    for m in _REMIND_RE.finditer(text):
        before = text[:m.start()]
        clause = re.split(r"[;:.]", before)[-1]
        rest = text[m.end():]
        if not clause.strip() or _WORK_BEFORE_RE.search(clause) or _THING_AFTER_RE.match(rest) \
                or not (is_body(rest) or _PLACE_UNITS_RE.match(rest)):
            continue
        out.append(text[last:m.start("verb")])
        out.append("Đề nghị" if m.group("verb")[:1].isupper() else "đề nghị")
        last = m.end("verb")
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


_CON_TOPIC_RE = re.compile(r"^(\s*(?:[-+•*]\s*)?(?:(?:\d+|[a-zđ])[.)]\s*)?)Còn\s+(đối\s+với\s)", re.I)


def con_topic_as_topic(text: str) -> str:
    """'Còn đối với X, Y ...' read as 'Đối với X, Y ...' (the connective dropped)."""
    m = _CON_TOPIC_RE.match(text)
    if not m:
        return text
    return m.group(1) + "Đ" + m.group(2)[1:] + text[m.end():]


_LEADS_RE = re.compile(r"(?<![^\W_])chủ\s+trì(?![^\W_])", re.I)
# a comma, then a clause whose subject is a body and whose verb is a modal of duty
_CLAUSE_MODAL_RE = re.compile(r"\s*(?:cũng\s+|đồng\s+thời\s+)?(?:cần(?!\s+thiết)|phải|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)(?![^\W_])", re.I)
# the main clause's duty already stated before the comma ('... có trách nhiệm đồng hành ..., X cần ...', 'Sở Y tế
# chủ trì ..., X cần ...'): without it the comma is one inside the subject's own list ('Cục trưởng Cục Cảnh sát quản
# lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng có trách nhiệm ...')
_DUTY_BEFORE_RE = re.compile(r"(?<![^\W_])(?:cần(?!\s+thiết)|phải|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|chủ\s+trì|có\s+nhiệm\s+vụ)(?![^\W_])", re.I)
# the clause's subject names bodies as a subject does: a plural or a capitalised name ('các cơ quan, đơn vị ...',
# 'UBND các huyện'), not a bare noun of a list going on ('trại tạm giam', 'phòng trọ', 'sở, ngành')
_CLAUSE_SUBJECT_OPEN_RE = re.compile(r"(?:(?:các|những|mọi|tất\s+cả|toàn\s+thể)\s|(?-i:[A-ZĐ]))", re.I)


def comma_clause_doers(text: str, roles: list, subject: Callable[[str], tuple[str, int] | None],
                       reader: Callable[[str], list], key: Callable[[str], str]) -> list:
    """``roles`` with the doers of a later comma-joined clause of the same ask added ('..., các cơ quan,
    đơn vị, địa phương của tỉnh cần kịp thời ...'), when the main clause already has its doer.

    ``subject(tail)`` gives (subject, end) for a clause's opening subject or None; ``reader(tail)``
    reads the clause's roles; ``key`` folds an office name for comparison."""
    if not any(r.role == "lead" for r in roles) or "," not in text:
        return roles
    have = {key(r.office) for r in roles}
    # (the commas inside a name already read, 'các sở, ngành, địa phương', part no clauses)
    low = text.casefold()
    inside = []
    for r in roles:
        w = (r.text or r.office).casefold().strip()
        for m in re.finditer(re.escape(w), low) if w else ():
            inside.append((m.start(), m.end()))
    added = []
    skip_to = 0
    for cm in re.finditer(r",\s+(?:(?:và|đồng\s+thời|còn)\s+)?", text):
        if cm.start() < skip_to or any(a <= cm.start() < b for a, b in inside):
            continue  # (a comma inside a clause's subject list already read)
        tail = text[cm.end():]
        if not tail[:1].isalpha() or not _CLAUSE_SUBJECT_OPEN_RE.match(tail):
            continue
        clause_before = re.split(r"[.;:\n]", text[:cm.start()])[-1]
        if not _DUTY_BEFORE_RE.search(clause_before):
            continue
        sub = subject(tail[:1].upper() + tail[1:])
        if not sub or not _CLAUSE_MODAL_RE.match(tail[sub[1]:]):
            continue
        skip_to = cm.end() + sub[1]
        # (a list that runs on before the modal: the subject must be the whole stretch to the modal)
        if len(tail[:sub[1]].split()) > 16:
            continue
        head = tail[:1].upper() + tail[1:]
        # ('Sở Y tế chủ trì ..., UBND các huyện cần phối hợp ...'): beside a body that leads the work
        # the clause's doers support it; else they are co-equal doers
        role = "support" if _LEADS_RE.search(text[:cm.start()]) else "lead"
        said = sub[0].casefold()
        for r in reader(head):
            w = (r.text or r.office).casefold()
            if not (said.startswith(w) or w.startswith(said)):
                continue  # (only the clause's own subject, not what its work names)
            if r.role in ("lead", "support") and key(r.office) not in have \
                    and not any(key(r.office) in h for h in have):  # (the tail of a list read whole)
                have.add(key(r.office))
                added.append(replace(r, role=role) if r.role == "lead" else r)
    return roles + added if added else roles


# praise, then an ask joined by 'đồng thời' ('Bí thư Huyện ủy đã đánh giá cao sự chủ động của ..., đồng thời đồng chí
# cũng lưu ý các xã cần ...', 'Bộ trưởng đánh giá cao nỗ lực của ngành, đồng thời cũng yêu cầu các đơn vị ...'): the one
# who praises only speaks; the doers are those the ask names (office batch 43's ob43-005, written after its blind score)
_PRAISE_RE = re.compile(r"(?<![^\W_])(?:đã\s+|cũng\s+)?(?:đánh\s+giá\s+cao|biểu\s+dương|ghi\s+nhận|khen\s+ngợi|hoan\s+nghênh|"
                        r"đánh\s+giá\s+và\s+ghi\s+nhận)(?![^\W_])", re.I)
_THEN_ASK_RE = re.compile(r"[,;]\s*(?:và\s+)?đồng\s+thời\s*,?\s+(?:(?:đồng\s+chí|ông|bà)\s+)?(?:(?:cũng|tiếp\s+tục)\s+)?"
                          r"(?:đề\s+nghị|yêu\s+cầu|lưu\s+ý|nhắc\s+nhở|giao)\s+(?=(?-i:[A-ZĐ])|(?:các|những)\s)", re.I)


def praise_then_ask_roles(text: str, reader: Callable[[str], list]) -> list | None:
    """The roles of the ask after a praising clause (see above), or None when the sentence is not so built."""
    pm = _PRAISE_RE.search(text)
    if not pm:
        return None
    am = _THEN_ASK_RE.search(text, pm.end())
    if not am:
        return None
    roles = reader("Đề nghị " + text[am.end():])
    return roles if any(r.role == "lead" for r in roles) else None
