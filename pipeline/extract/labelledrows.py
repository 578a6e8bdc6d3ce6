"""(points28) A plan's row printed as a labelled block: the activity, then its labelled lines (issue 5).

A plan that does not print a table prints each row as a block: the activity on a line of its own, then one labelled
line per column ('Thời gian: ...', 'Địa điểm: ...', 'Thành phần: ...', 'Số lượng: ...', 'Đối tượng: ...').  Three
layouts, counted on real texts before writing (none a standing set's):

- a numbered item over dash lines: '1. Tọa đàm về nội dung: ...' / '- Thời gian: Tối ngày 24/3/2012 (thứ bảy).' /
  '- Địa điểm: ...' / '- Thành phần:' over '+ Đại diện Ban Bí thư TW Đoàn.' ... (a youth union's plan, pages corpus,
  thanhnienviet.vn);
- a numbered item over numbered label lines: '1. Phát động đợt thi đua ...' / '1.1. Thời gian: Ngày 12/2/2010' /
  '1.2. Đối tượng: ...' / '1.3. Chỉ tiêu: ...' (a school's union plan, pages corpus, chuyennguyenhue.edu.vn);
- a round's label and its activity as a plain paragraph: 'Đợt 1: Hưởng ứng chiến dịch “Lễ hội xuân hồng”.' /
  'Thời gian dự kiến: ngày 13/01/2023.' / 'Số lượng: ...' / 'Địa điểm: ...' / 'Các cơ quan, đơn vị, địa phương tham
  gia gồm: ...' (measure28's class (R)).

The development gold reads such blocks as one task each, dated by the block's time line (realdocs 12's 'a) Khai mạc
chương trình tập huấn ...' over '- Thành phần:', '- Địa điểm:', '- Thời gian dự kiến: ...'; p18's '1.1. Tuyên truyền,
cổ động trực quan' over '- Thời gian: ...', '- Địa điểm: ...'), which the classifier already does when every line under
the item is an attribute (``tasks._items_with_attributes``).  What it missed: a participants' list under 'Thành
phần:' or '... tham gia gồm:' (read as tasks: 'Đại diện Ban Bí thư TW Đoàn.', 'Các cơ quan, đơn vị ... tham gia gồm:
Cán bộ, ...'), numbered label lines (read as headings), and a round's paragraph outside any item.  Here the activity
becomes the task; its labelled lines and the participants under them become its attributes, so the time line dates it
(``assign``'s attribute lines) and the participants are no tasks (ANNOTATION.md: taking part is no duty).
"""
from __future__ import annotations

import re

# a labelled line of a row ('- Thời gian dự kiến: ...', '1.2. Đối tượng: ...', 'Các cơ quan, đơn vị, địa phương tham
# gia gồm: ...'), after an optional dash or a label number
_NUMBER = r"^\s*(?:[-–+*•]\s*|\d{1,2}(?:\.\d{1,2})+\.?\s+|[a-zđ]\)\s*)?"
_LABEL_RE = re.compile(
    _NUMBER + r"(?P<key>Thời\s+gian(?:\s+[^\W\d_]+){0,2}|Địa\s+điểm|Số\s+lượng|Thành\s+phần(?:\s+tham\s+(?:gia|dự))?|"
    r"Đối\s+tượng(?:\s+tham\s+gia)?|Chỉ\s+tiêu|Quy\s+mô|Hình\s+thức|Nội\s+dung\s+chương\s+trình|"
    r"(?:Các\s+)?[^:.;]{0,60}?\stham\s+gia(?:\s+gồm)?)\s*:", re.I)
_TIME_KEY_RE = re.compile(r"Thời\s+gian", re.I)
# a participants' line opening a list under it ('- Thành phần:' with nothing after the colon)
_OPEN_LIST_RE = re.compile(_NUMBER + r"(?:Thành\s+phần(?:\s+tham\s+(?:gia|dự))?|[^:.;]{0,60}?\stham\s+gia(?:\s+gồm)?)\s*:\s*$",
                           re.I)
# a round of a plan named by its label ('Đợt 1: ...', 'Lần 2: ...', 'Hoạt động 3: ...'), its activity after the colon
_ROUND_RE = re.compile(r"^\s*(?:Đợt|Lần|Hoạt\s+động)\s+(?:\d{1,2}|[IVX]{1,4})\s*:\s*\S", re.I)
LABELLED_ROW_REASON = "a plan's row printed as a labelled block"
LABEL_LINE_REASON = "a labelled row's line"


def _dated(text: str) -> bool:
    """Does a label line's value name a day ('ngày 13/01/2023', '28/05/2023', 'Tối ngày 24/3/2012')?"""
    return re.search(r"\d{1,2}\s*/\s*\d{1,2}", text.split(":", 1)[-1]) is not None


def _activity(c) -> bool:
    """Can ``c`` be a row's activity: an item heading or a round's paragraph, words not capitals, not a label line?"""
    t = c.sentence.text.strip()
    if c.kind not in ("heading", "narrative") or _LABEL_RE.match(t) or len(t.split()) < 3:
        return False
    letters = [ch for ch in t if ch.isalpha()]
    if letters and sum(ch.isupper() for ch in letters) > 0.6 * len(letters):
        return False  # ('II. CÁC NỘI DUNG HOẠT ĐỘNG': a part's title)
    return c.sentence.block.kind == "item" and c.sentence.block.label is not None or bool(_ROUND_RE.match(t))


def read_labelled_rows(classified: list) -> list:
    """``classified`` with each plan row printed as a labelled block read as one task: the activity (an item heading
    or a round's paragraph) over at least two label lines, one of them a dated 'Thời gian ...:' line, becomes a task;
    the label lines and the participants listed under an open 'Thành phần:' become attributes (see the module
    docstring).  Blocks whose activity is a task already are left as they are."""
    from pipeline.extract.tasks import Classified

    out = list(classified)
    i = 0
    while i < len(out):
        c = out[i]
        if not _activity(c):
            i += 1
            continue
        block, j, listing = [], i + 1, False
        while j < len(out):
            d = out[j]
            t = d.sentence.text.strip()
            if d.sentence.block is c.sentence.block and d.sentence.index > c.sentence.index and not _LABEL_RE.match(t):
                break  # (the activity's own next sentence: not a block of labels)
            if _LABEL_RE.match(t):
                listing = bool(_OPEN_LIST_RE.match(t))
                block.append((j, True))
            elif listing and d.sentence.block.style == "bullet" and d.kind in ("task", "narrative", "attribute"):
                block.append((j, False))  # ('+ Đại diện Ban Bí thư TW Đoàn.' under '- Thành phần:')
            else:
                break
            j += 1
        labels = [k for k, is_label in block if is_label]
        if len(labels) >= 2 and any(_TIME_KEY_RE.search(_LABEL_RE.match(out[k].sentence.text.strip()).group("key"))
                                    and _dated(out[k].sentence.text) for k in labels):
            out[i] = Classified(c.sentence, "task", LABELLED_ROW_REASON)
            for k, _is_label in block:
                if out[k].kind != "attribute":
                    out[k] = Classified(out[k].sentence, "attribute", LABEL_LINE_REASON)
            i = j
            continue
        i += 1
    return out
