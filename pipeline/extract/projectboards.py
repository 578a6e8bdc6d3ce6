"""Project boards named by the works they manage: 'Ban Quản lý dự án đầu tư xây dựng công trình giao
thông tỉnh', 'Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất huyện', 'Ban Giải toả đền bù các
dự án Đầu tư – Xây dựng số 1'.

Why: the gazetteer knows the short form ('Ban Quản lý dự án đầu tư xây dựng') and stops there, so the
board's own field ('công trình giao thông', 'các công trình dân dụng và công nghiệp') and its level were
cut off, or, with a head it does not know ('Ban Giải toả đền bù'), the board was not read at all (em9).
The words of the field hold verbs ('xây dựng', 'phát triển', 'giải phóng'), so no verb list can say
where the name ends; as for committees named by their fields (`offices._committee_names`), what
closes the name is the evidence: the board's level ('tỉnh', 'huyện', 'thành phố' ..., with the place
after it) or its number ('số 1'). Without such a close the reading is left as it was.

Counted at 39dd6bf3: 9 such names in 7 development texts cut to the short form; the gazette corpus
prints the boards mostly bare ('Ban Quản lý dự án đầu tư xây dựng thuộc Ủy ban nhân dân cấp tỉnh').
"""
from __future__ import annotations

import re
from collections.abc import Callable

# the heads of a board that manages works or clears land for them
_BOARD_HEAD_RE = re.compile(
    r"(?<![^\W_])(?:Ban\s+(?:[Qq]uản\s+lý|QL)\s+(?:các\s+)?(?:dự\s+án|DA)|BQL\s*(?:các\s+)?(?:dự\s+án|DA)|Ban\s+QLDA|"
    r"Ban\s+[Gg]iải\s+t[ỏo][ảa](?:\s*,?\s*(?:đền\s+bù|bồi\s+thường))?|"
    r"Ban\s+[Bb]ồi\s+thường(?:\s*,?\s*(?:giải\s+phóng\s+mặt\s+bằng|GPMB))?)(?![^\W_])")
# what closes the name: the board's number, or its level
_CLOSE_RE = re.compile(
    r"(?<![^\W_])(?:số\s+\d+|(?-i:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã|phường|TP|khu\s+vực))(?![^\W_])")
# words no board's field holds: the sentence's own verbs and the words that open a phrase of their own
_STOP_RE = re.compile(
    r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|giao(?!\s+(?:thông|dịch))|chủ\s+trì|phối\s+hợp|triển\s+khai|thực\s+hiện|theo\s+dõi|khẩn\s+trương|"
    r"rà\s+soát|kiểm\s+tra|báo\s+cáo|đôn\s+đốc|tổ\s+chức|hoàn\s+thành|bàn\s+giao|tham\s+mưu|chịu|là|được|đã|đang|sẽ|"
    r"cần|phải|có|của|cho|với|tại|trên|về|theo|để|nhằm|gồm|thuộc|trong|khi|nếu)(?![^\W_])", re.I)
_JOIN_RE = re.compile(r"\s+(?:và|&)\s+")
_MAX_FIELD_WORDS = 14


def project_board_spans(folded: str, opens_other_body: Callable[[str], bool]) -> list[tuple[int, int, int]]:
    """(start, close, end) of the boards in ``folded`` whose field runs to a closing level or number:
    ``close`` is where that level word or number starts, ``end`` just after it (the caller adds the
    place after a level)."""
    out: list[tuple[int, int, int]] = []
    for h in _BOARD_HEAD_RE.finditer(folded):
        window = folded[h.end():h.end() + 160]
        cut = re.search(r"[.,;:()\n\"“”]|\s[-–]\s(?![A-ZĐ])", window)
        if cut:
            window = window[:cut.start()]
        close = _CLOSE_RE.search(window)
        if not close or close.start() == 0:
            continue
        fields = window[:close.start()]
        if _STOP_RE.search(fields) or len(fields.split()) > _MAX_FIELD_WORDS:
            continue
        # a join that opens another body ('... và Sở Y tế tỉnh') ends the name before it
        if any(opens_other_body(fields[j.end():] + window[close.start():]) for j in _JOIN_RE.finditer(fields)):
            continue
        out.append((h.start(), h.end() + close.start(), h.end() + close.end()))
    return out
