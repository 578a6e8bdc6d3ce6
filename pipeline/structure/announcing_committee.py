"""A people's committee announcing in its own notice: 'Vậy UBND xã thông báo để các hộ biết ...', 'UBND xã Hương Thọ
thông báo một số nội dung sau:' -- the committee that signs the notice (ANNOTATION.md: the issuer is the body that signs),
in a posted notice whose header was not kept (a commune's page prints the title and the body only).

posted's speaker reader and header46's readers look at the item's opening sentences only (a body named further on is
usually one the item reports); a commune's notice puts its own voice later, after the facts, in a closing formula
('Vậy', 'Nay', 'Vì vậy', 'Do đó') or at the head of its list.  Read here: a committee (UBND / Ủy ban nhân dân, a level,
its place if written) that opens a sentence, or follows that formula, with 'thông báo' as its verb and no tense word
('đã', 'vừa': a press item retelling another body's notice).  Never a centre or an agency ('Trung tâm Dự báo ... thông
báo bão số 3' is a source, header29), never a plural ('các UBND xã').  Called last, where no other reader named the issuer.

Counted before it was written (session 35, the lead; START's outputs on samples/text, held-out and unseen13-33, every
document whose issuer was read empty, the committee-or-board shape before 'thông báo'): 5 sentences in 4 documents --
pending ef1 ('UBND xã Hương Thọ thông báo một số nội dung sau', gold 'UBND xã Hương Thọ'), yo5 ('Vậy UBND xã thông
báo ...', gold 'UBND xã'), yp6 (twice 'UBND xã thông báo ...', gold 'UBND xã Thiệu Giang', the full name being
level_named's), and fg3 (a kindergarten, 'Trường mầm non ... thông báo', no header annotated; not a committee, not read).
"""
from __future__ import annotations

import re

_COMMITTEE = r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)"
_LEVEL = r"(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)"
_PLACE = r"(?:\s+(?-i:[A-ZĐÀ-Ỹ0-9])[^\s,.;:()]*){0,4}"
ANNOUNCES_RE = re.compile(
    r"(?:^|(?<=[.!?;:])\s+|(?<![^\W_])(?:Vậy|Nay|Vì\s+vậy|Do\s+đó|Vậy\s+nên)\s*,?\s+)"
    r"(?P<who>" + _COMMITTEE + r"\s+" + _LEVEL + _PLACE + r")\s+(?:xin\s+|trân\s+trọng\s+)?thông\s+báo(?![^\W_])"
    r"(?!\s+(?:số|về\s+việc)(?![^\W_]))")


def announcing_committee(texts: list[str]) -> str | None:
    """The committee a notice's own announcing sentence names (see the module's docstring), or None."""
    for t in texts:
        m = ANNOUNCES_RE.search(t)
        if m:
            return " ".join(m.group("who").split())
    return None
