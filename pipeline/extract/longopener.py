"""The issuer's ask after an opening clause longer than the subject reader's window (office36).

'Quán triệt tinh thần Chỉ thị số 18/CT-TTg ngày 13/4/2020 của Thủ tướng Chính phủ ... và để tiếp tục
phát huy các kết quả đã đạt được, ..., Kế hoạch phát triển kinh tế - xã hội 5 năm 2016- 2020, Chủ tịch
UBND tỉnh yêu cầu các sở, ban ngành, ... triển khai ...' (office batch 57, ob57-006); '... tạo động lực
mới cho sự phát triển ... trong cả nước, phù hợp với yêu cầu quản lý trong tình hình mới, Thủ tướng
Chính phủ yêu cầu các bộ, ngành, địa phương khẩn trương thực hiện các nhiệm vụ sau đây:' (the
development gold's Chỉ thị 21/CT-TTg, 07_ttg_chithi21): a clause of grounds or purpose that runs past
300 characters before the issuer's own clause. (07's opener holds a ';' -- '...; nhằm bảo đảm ...' --
which the guard below refuses: as written the reader reaches ob57-006's shape; its points get their
bodies from the lead-in reader all the same. Letting a ';' before a lower-case clause pass is open.)

Why: `offices._subject_of` looks for the main clause's subject at the commas of the first 300
characters after such an opener (a bound that keeps a list inside the opener from being read as the
subject); when the opener is longer, the issuer and its ask are never reached, and the sentence names
no doer at all. Past that bound only the strictest hand-over is taken: a comma, a subject the reader
accepts, then at once the ask ('yêu cầu', 'đề nghị', 'giao') with its addressee (a plural or a
capitalised name), nothing between the opener and the comma that closes a list or a clause of its own
(';', ':'). The subject found is the asker; the caller's ask reading then makes the addressees the
offices, as it does for a short opener.
"""
from __future__ import annotations

import re
from typing import Callable

# the bound `_subject_of` scans commas within, and how far past it this reader looks
WINDOW = 300
REACH = 720

_ASK_WITH_ADDRESSEE_RE = re.compile(
    r"\s*(?:cũng\s+)?(?:đề\s+nghị|yêu\s+cầu|giao)\s+(?=(?:các|những|mỗi)\s|(?-i:[A-ZĐÀ-Ỹ]))", re.I)


def late_issuer_subject(text: str, subject_at: Callable[[str], tuple[str, int] | None]) -> tuple[str, int] | None:
    """The subject of the issuer's asking clause when it stands after a comma between ``WINDOW`` and
    ``REACH`` characters into ``text`` (an opener of grounds or purpose before it), as (name, end), else None.

    ``subject_at`` is the office reader's subject finder for a clause that opens on its subject."""
    if len(text) <= WINDOW:
        return None
    for m in re.finditer(r",\s+", text[:REACH]):
        if m.start() < WINDOW:
            continue
        if re.search(r"[;:]", text[:m.start()]):
            return None  # (a list or a clause of its own before: not one opening clause)
        if not text[m.end():m.end() + 1].isupper():
            continue  # (the issuer is named: 'Chủ tịch UBND tỉnh', 'Thủ tướng Chính phủ', 'UBND huyện ...')
        r = subject_at(text[m.end():])
        if r and _ASK_WITH_ADDRESSEE_RE.match(text, m.end() + r[1]):
            return r[0], m.end() + r[1]
    return None
