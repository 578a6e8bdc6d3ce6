"""A news page's list of its other items, below the article: headlines, never the article's asks.

A portal or newspaper page that a crawler keeps whole ends on its navigation: a line 'Những tin mới
hơn' / 'Những tin cũ hơn' (newer / older items), 'Tin cùng chuyên mục', 'Các tin khác', 'Tin đã đưa',
or the readers' comments 'Ý kiến bạn đọc', then the titles of other items ('Hướng dẫn thành lập Ban
Chỉ đạo cấp huyện ...', 'Sửa đổi một số tiêu chí ...', 'Về việc tăng cường lãnh đạo ...').  Those
titles open on a directing verb and read as tasks, and the first of them as the page's document type.
Everything from such a marker line on is another page's title or a reader's words: no sentence there
is a task or a lead-in of this document.

Only the markers of a page's end are read ('Xem thêm', a link inside the article, and 'Tin liên
quan', a box a CMS may print mid-article, are not): the marker must be a line of its own.
"""
from __future__ import annotations

import re

from pipeline.extract.tasks import Classified

__all__ = ["PAGE_END_MARKER_RE", "demote_after_page_end"]

# (points32) 'Tin mới nhất' (the newest items' list; counted on every development, pending and benchmark
# text: a line of its own only at a page's end -- fb2 line 13 of 15, ga4 11 of 13 -- never above a body)
# (tasks31) 'Tin tức khác' (task_audit sh01: two other items' headlines after it read as tasks) and 'CÁC TIN
# BÀI KHÁC >>:' (the HCMC culture department's notice pages of the `pages` corpus) open the same list
PAGE_END_MARKER_RE = re.compile(
    r"\s*(?:Những\s+tin\s+(?:mới|cũ)\s+hơn|Tin\s+cùng\s+chuyên\s+mục|Các\s+tin\s+(?:khác|đã\s+đưa)|Tin\s+đã\s+đưa|"
    r"Ý\s+kiến\s+bạn\s+đọc|(?:Các\s+)?[Tt]in\s+tức\s+khác|(?:Các\s+)?(?:tin\s+bài|bài\s+viết)\s+khác|"
    # (points32, F11) 'Tin mới nhất' over the portal's newest headlines (development fb2 and pending ga4 under
    # 'Nổi bật', unseen32 fx6: 'Tập huấn nâng cao năng lực ...' read as a task)
    r"Tin\s+mới\s+nhất)\s*(?:>>)?\s*:?\s*", re.I)


def page_end_line(lines: list[str]) -> int | None:
    """The index of the first line that is nothing but a page-end marker, or None."""
    return next((i for i, t in enumerate(lines) if PAGE_END_MARKER_RE.fullmatch(t)), None)


def demote_after_page_end(classified: list[Classified], marker_line: int | None) -> list[Classified]:
    """Tasks and lead-ins at or after ``marker_line`` (a 1-based line number of the document, as
    Sentence.line_start) become narrative."""
    if marker_line is None:
        return classified
    return [Classified(c.sentence, "narrative", "page's list of other items") if c.kind in ("task", "intro")
            and c.sentence.line_start >= marker_line else c for c in classified]
