"""Lists of objects under a lead-in that names them: the papers of a file, no tasks.

An intake notice, a procedure's page or a guidance on awards prints the file to hand in as a list
under a lead-in that is nothing but its noun: 'Hồ sơ tuyển sinh:', 'Hồ sơ gồm có:', 'Thành phần hồ
sơ:', 'Hồ sơ gửi UBND huyện nơi đi:', '3. Hồ sơ:'. Its items are the papers ('- Đơn xin học (theo
mẫu)', '- Bản sao khai sinh (kèm theo bản chính để đối chiếu)', '1. Tờ trình Chủ tịch UBND cấp tỉnh',
'- Biên bản xét khen thưởng.'), and a paper asks no one to do anything: ANNOTATION.md's task "directs
someone to do something", while the list says what the file holds. The classifier reads an item
under a lead-in as a task of that lead-in (a plan's 'Nhiệm vụ:' over its duties), so each paper came
out as a task (four texts of the `pages` corpus in tests/test_objectlists31.py, and the carry-over batch's fg3
and fg8; see HISTORY, tasks31).  A list of *kinds* under a heading ('1. Các hình thức đăng ký' over 'a) Công nhận
trường đạt KĐCLGD.', measure27's (F1)) is not read here: the development gold's '1. Hình thức tuyên truyền' lists
are tasks, and the heading's noun cannot tell the two apart.

The rule reads the lead-in, never the item alone: a lead-in whose words are only a file's noun and
its qualifiers (no ask, no modal, no term), ending in ':' or standing as a heading; the items in its
scope (its own sub-labels, or the bullets printed right under it) lose their task unless the item
itself asks (an ask verb or a modal, 'phải', 'cần', 'có trách nhiệm') or sets a term ('trước ngày',
'chậm nhất'): 'Hồ sơ gửi về Phòng Nội vụ chậm nhất ngày 15/3.' stays a duty, as the classifier's
``REPORT_DUE_OPENER_RE`` reads it, and so does a lead-in with a verb ('Các trường nộp hồ sơ gồm:').
"""
from __future__ import annotations

import re

from pipeline.extract.tasks import Classified, DIRECTIVE_CUE_RE

__all__ = ["OBJECT_LIST_REASON", "object_list_lead", "demote_object_list_items"]

OBJECT_LIST_REASON = "object list item"

# the lead-in's noun: a file or its parts ('Hồ sơ', 'Thành phần hồ sơ', 'Các loại giấy tờ', 'Giấy tờ
# kèm theo'), then at most a few qualifiers ('tuyển sinh', 'đề nghị khen thưởng', 'gửi UBND huyện nơi
# đi', 'và thủ tục'), an optional 'bao gồm / gồm (có)', and the colon (a heading may print none)
_FILE_NOUN = r"(?:(?:thành\s+phần|danh\s+mục)\s+(?:hồ\s+sơ|giấy\s+tờ)|hồ\s+sơ|(?:các\s+loại\s+)?giấy\s+tờ)"
_LEAD_RE = re.compile(
    rf"(?:[-–+*•]\s*)?(?:(?:các|những)\s+)?{_FILE_NOUN}(?![^\W_])(?P<rest>[^:.;]{{0,70}}?)"
    r"\s*(?:,\s*)?(?:(?:bao\s+)?gồm(?:\s+có)?|cần\s+(?:nộp|có)|như\s+sau|sau(?:\s+đây)?)?\s*:?\s*", re.I)
# a term or a sending in the lead-in makes it a duty ('Hồ sơ gửi về Sở trước ngày 15/3:')
_TERM_RE = re.compile(r"(?<![^\W_])(?:trước|chậm\s+nhất|hạn\s+chót|không\s+quá|trong\s+thời\s+hạn)(?![^\W_])|\d{1,2}/\d{1,2}", re.I)
# verbs a lead-in's qualifier may hold without asking: the file's kind ('hồ sơ đăng ký dự tuyển',
# 'hồ sơ đề nghị khen thưởng', 'hồ sơ gửi UBND huyện nơi đi'): a sending to a body names the file
_ASK_IN_LEAD_RE = re.compile(r"(?<![^\W_])(?:phải|cần\s+phải|có\s+trách\s+nhiệm|yêu\s+cầu|giao|khẩn\s+trương)(?![^\W_])", re.I)
# an item that asks on its own or sets a term keeps its task
_ITEM_TERM_RE = re.compile(r"(?<![^\W_])(?:trước\s+ngày|chậm\s+nhất|hạn\s+chót|không\s+quá\s+\d)(?![^\W_])", re.I)


def _bare(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def object_list_lead(text: str) -> bool:
    """Is ``text`` (a heading or a lead-in, without its label) only the noun of a file and its
    qualifiers: 'Hồ sơ tuyển sinh:', 'Thành phần hồ sơ:', 'Hồ sơ và thủ tục gồm:', 'Hồ sơ gửi UBND huyện
    nơi đi:'?  False when it asks, holds a modal or sets a term."""
    t = _bare(text)
    if not t[:1].isupper():
        return False  # (a wrapped line's 'giấy tờ (...' inside a sentence is no lead-in)
    m = _LEAD_RE.fullmatch(t)
    if m is None:
        return False
    if _TERM_RE.search(t) or _ASK_IN_LEAD_RE.search(t):
        return False
    return True


def _item_asks(text: str) -> bool:
    """Does an item under the lead-in ask on its own (an ask verb, a modal) or set a term?"""
    t = _bare(text)
    return bool(DIRECTIVE_CUE_RE.search(t) and _ASK_IN_LEAD_RE.search(t)) or bool(_ITEM_TERM_RE.search(t))


def _in_scope(lead, item) -> bool:
    """Is ``item``'s sentence one of ``lead``'s items: a label under the lead's own label, or a
    bullet printed under it (the same path, a bullet style)?"""
    lb, ib = lead.sentence.block, item.sentence.block
    if ib is lb:
        return False
    if lb.path and ib.path.startswith(lb.path + " > "):
        return True
    return ib.style == "bullet" and ib.path == lb.path


def demote_object_list_items(classified: list[Classified]) -> list[Classified]:
    """The tasks that are items of a file's lead-in (see the module docstring) become narrative,
    reason ``OBJECT_LIST_REASON``; everything else is returned as it was."""
    out = list(classified)
    for i, c in enumerate(out):
        if c.kind not in ("intro", "heading", "attribute") or not object_list_lead(c.sentence.text):
            continue
        for j in range(i + 1, len(out)):
            x = out[j]
            if x.kind == "skip":
                continue
            if not _in_scope(c, x):
                break
            if x.kind == "intro" and x.sentence.block.style == "bullet":
                continue  # ('* Hồ sơ gửi UBND huyện nơi đến:' inside 'Thành phần hồ sơ:': a sub-list of it)
            if x.kind == "task" and not _item_asks(x.sentence.text):
                out[j] = Classified(x.sentence, "narrative", OBJECT_LIST_REASON)
    return out
