"""(points19) A photo caption printed with no credit between the points of a retold request (issue 5).

furniture16 and tasks19 know a caption by its credit ('Ảnh: Hữu Hoàn', '(Ảnh: TTXVN)') or by the picture's
file name above it.  A portal often prints the caption alone: a short one-line paragraph that tells what
the picture shows ('Lực lượng Cảnh sát giao thông tỉnh tuần hành trên đường sáng 28/1', 'Lãnh đạo Phòng Văn
hóa và Thông tin báo cáo kết quả hoạt động của đơn vị', 'Một điểm tập kết cát trái phép ven sông', 'Nạo vét
lòng sông trái phép khiến nhiều đoạn bờ bị sạt lở').  When such a line opens on a verb it reads as one
more subjectless point, and the points after it lose the addressee the request carried to them.

Two pieces of evidence, each of the line's place and shape, never of its words alone:

- **unpunctuated between punctuated points**: the line ends on no stop while the paragraphs on both
  sides end on '.' or ';' (the points of the request are sentences; the caption is a label), after a
  task of the text;
- **a cause and its effect**: the line tells what one thing did to another ('... khiến ...', '... làm
  cho ...') -- a report, never an ask ('gây', 'dẫn đến' open relative clauses of points too: 'Xử lý các
  cơ sở gây ô nhiễm' is a task, so they are no evidence).

Either way the line carries no ask, duty or obligation ('yêu cầu', 'đề nghị', 'cần', 'phải', 'không để'),
is a plain paragraph of one line (no heading, number or bullet, no bracketed note such as '(Phòng Tài chính -
Kế hoạch chuẩn bị nội dung từ 1-6)') of 4-30 words between plain paragraphs, and comes after a task of
the text: a title, a lead or a heading above the first task is never a caption here.
"""
from __future__ import annotations

import re

from pipeline.extract.furniture import _ASKS_RE, _CUE_RE, _OBLIGES_RE

_STOP_END_RE = re.compile(r"[.;:!?…]\s*[\"”’)]*\s*$")
_POINT_END_RE = re.compile(r"[.;]\s*[\"”’)]*\s*$")
# a cause and its effect: '... khiến kè sông bị sạt lở', '... làm cho ... hư hỏng'; 'không để / tránh / ngăn chặn ... khiến ...' is a duty to prevent, not a report
_EFFECT_RE = re.compile(r"(?<![^\W_])(?:khiến(?:\s+cho)?|làm\s+cho)(?![^\W_])", re.I)
_PREVENT_RE = re.compile(r"(?<![^\W_])(?:không\s+để|tránh|ngăn\s+(?:chặn|ngừa)|phòng\s+(?:ngừa|tránh|chống)|hạn\s+chế|"
                         r"giảm\s+thiểu)(?![^\W_])", re.I)
_DAY_LINE_RE = re.compile(r"^(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|Chủ\s+nhật|Ngày|Sáng|Chiều|Tối|Trưa|Từ\s+ngày|Tuần)(?![^\W_])"
                          r"[^.;!?]{0,20}\d", re.I)
_MARKER_RE = re.compile(r"^\s*(?:[-+•*]|\d{1,2}[.)/]|[a-zđ]\)|[IVX]{1,4}[.)])", re.I)


def uncredited_caption(t: str, block_text: str, before: str | None, after: str | None, after_task: bool) -> bool:
    """(points19) the one-line paragraph ``block_text`` (its one sentence ``t``) is a photo caption
    printed without a credit: after a task of the text, with no ask in it, either unpunctuated between
    two paragraphs that end as sentences, or telling a cause and its effect (see the module docstring)."""
    if not after_task:
        return False
    text = block_text.strip()
    if "\n" in text or _MARKER_RE.match(text) or text.startswith(("#", "(", "[")) or text.endswith((")", "]")):
        return False
    n = len(text.split())
    if n < 4 or n > 30 or text.endswith(":"):
        return False
    # (a heading in capitals, 'CHỦ NHẬT, NGÀY 26/3/2023', or a schedule's day line, 'Thứ Hai, ngày 6/3:
    # ...', 'Sáng 25/3 ...', is the layout of the text, not a picture's caption)
    if not any(ch.islower() for ch in text) or _DAY_LINE_RE.match(text):
        return False
    if _ASKS_RE.search(t) or _CUE_RE.search(t) or _OBLIGES_RE.search(t):
        return False
    unpunctuated = (not _STOP_END_RE.search(text) and before is not None and after is not None
                    and bool(_POINT_END_RE.search(before.strip())) and bool(_POINT_END_RE.search(after.strip())))
    if unpunctuated:
        return True
    m = _EFFECT_RE.search(text)
    # (the cause names something before the effect verb, and nothing before it is a duty to prevent)
    return m is not None and m.start() > 0 and not _PREVENT_RE.search(text[:m.start()]) \
        and "," not in text[:m.start()]


_WORD_RE = re.compile(r"[^\W_]+")
# a caption's end: no stop, or the cell bar a page's picture box leaves ('... các điểm cháy rừng |')
_CAPTION_END_RE = re.compile(r"(?:[^.;:!?…\s]|\|)\s*$")


def echoing_caption(block_text: str, before: str | None) -> bool:
    """(carry35) the one-line paragraph ``block_text`` is a photo caption that restates the sentence
    right before it ('Duy trì chế độ trực 24/24h ... các điểm cháy rừng.' + 'Thanh Hóa yêu cầu duy trì
    chế độ trực 24/24h ... các điểm cháy rừng |'): a line of 4-30 words that ends on no stop (or on the
    bar of the picture's box) and holds nearly every word of the sentence ``before`` it (at least 80 %
    of them, and they make at least 60 % of its own).  A request says a thing once; a line that says
    the sentence above again, unpunctuated, is the picture's label, even when it repeats an ask -- so
    it neither opens a new request nor ends the points of the one above (measure27 (O1))."""
    if before is None:
        return False
    text = block_text.strip()
    if "\n" in text or _MARKER_RE.match(text) or not _CAPTION_END_RE.search(text) \
            or _STOP_END_RE.search(text.rstrip("| \t")) and not text.endswith("|"):
        return False
    own = [w.casefold() for w in _WORD_RE.findall(text)]
    prev = [w.casefold() for w in _WORD_RE.findall(before)]
    if not 4 <= len(own) <= 30 or len(prev) < 4:
        return False
    said = set(prev)
    shared = sum(1 for w in own if w in said)
    kept = sum(1 for w in set(prev) if w in set(own))
    return kept >= 0.8 * len(set(prev)) and shared >= 0.6 * len(own)
