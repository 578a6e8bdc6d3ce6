"""(tasks28) A portal page's tools -- its print, mail, share and comment links -- and the byline printed
just above them: page furniture, never a task (issue 5; measure25's class (D), unseen25 ev3).

A portal post ends on its reporter's name and the page's tool links, often on two lines with no blank
and no stop between them ('Thu Hoài' / ' print   send mail'); the paragraph reader joins the two lines
into one "sentence" ('Thu Hoài print send mail'), which the task reader then took for more of the
directive before it (the name's capital letter, no stop of its own) or for a schedule's entry.  The
same links stand alone elsewhere: 'In bài viết' over a printed page, 'Bản in', 'Chia sẻ lên Facebook',
'Chia sẻ', 'Bình luận 0', '(0) Bình luận', 'Lượt xem: 83', 'Tin liên quan |', 'TIN CÙNG CHUYÊN MỤC',
'Tin tức khác', 'Xem thêm' (twelve stored texts print one: samples/text, unseen23-25, the audit sets and
benchmarks/data; benchmarks/HISTORY.md, session 26, tasks28).  (tasks35) A portal's reader-feedback and type-size
tools are the same furniture: 'Gửi phản hồi' / 'In bài viết' under Tuyên Quang's newspaper items (gold fn1, where
START read 'Gửi phản hồi' as one more point of the ask above it), 'BẠN ĐỌC PHẢN HỒI' under Tây Ninh's, 'Mặc định Cỡ
chữ' over Kon Tum's portal posts, and 'Gởi bài viết', the southern spelling of 'Gửi bài viết' (measure29's class (S):
a portal's toolbar lines around the item; benchmarks/HISTORY.md, session 29, tasks35).

The reading needs the whole sentence to be tools, or a short personal name (one to four capitalised
words, not itself a tool word) followed by tools: a sentence that says anything else is left alone.
"""
from __future__ import annotations

import re

# one tool link of a news or portal page (print, mail, share, comment, view count, related items)
_TOOL = (r"(?:print|send\s*mail|e-?mail|share|tweet|facebook|zalo|in\s+bài(?:\s+viết)?|in\s+trang|bản\s+in|"
         # (tasks35) 'Gửi phản hồi', 'Gởi bài viết' (the southern spelling), 'BẠN ĐỌC PHẢN HỒI', 'Mặc định Cỡ chữ'
         r"g[ửở]i\s+(?:bài(?:\s+viết)?|email|cho\s+bạn\s+bè|(?:ý\s+kiến\s+)?phản\s+hồi)|bạn\s+đọc\s+phản\s+hồi|"
         r"(?:mặc\s+định\s+)?cỡ\s+chữ|chia\s+sẻ(?:\s+lên\s+(?:facebook|zalo))?|"
         r"quay\s+lại|về\s+đầu\s+trang|lên\s+đầu\s+trang|đầu\s+trang|lưu\s+bài(?:\s+viết)?|"
         r"bình\s+luận(?:\s*\(?\d+\)?)?|\(\d+\)\s*bình\s+luận|lượt\s+xem\s*:?\s*\d*|"
         r"tin\s+liên\s+quan|tin\s+cùng\s+chuyên\s+mục|tin\s+tức\s+khác|tin\s+khác|xem\s+thêm|trở\s+về)")
_SEP = r"[\s|/•·,;:\-–]*"
_TOOLS = _TOOL + r"(?:" + _SEP + _TOOL + r")*" + _SEP
_TOOLS_RE = re.compile(r"^" + _SEP + _TOOLS + r"$", re.I)
# a byline before the tools: one to four capitalised words ('Thu Hoài', 'BÙI LIÊM', 'T.NGUYÊN')
_BYLINE_THEN_TOOLS_RE = re.compile(r"^(?P<name>(?:[^\W\d_][^\s]{0,12}\s+){0,3}?[^\W\d_][^\s]{0,12})\s+(?P<tools>" + _TOOLS + r")$",
                                   re.I)


def _is_name(name: str) -> bool:
    """Is ``name`` a reporter's name: capitalised words, none of them a tool, a personal name by its
    syllables (pipeline.structure.titles.is_personal_name)?"""
    from pipeline.structure.titles import is_personal_name
    words = name.split()
    if not words or any(not w[:1].isupper() for w in words) or _TOOLS_RE.match(name):
        return False
    return is_personal_name(" ".join(w.capitalize() for w in name.replace(".", ". ").split()))


def page_tools(t: str) -> bool:
    """True when sentence ``t`` is only a page's tool links, or a byline followed by them (module doc)."""
    t = t.strip()
    if not t or len(t) > 120:
        return False
    if _TOOLS_RE.match(t):
        return True
    m = _BYLINE_THEN_TOOLS_RE.match(t)
    return bool(m) and _is_name(m.group("name"))
