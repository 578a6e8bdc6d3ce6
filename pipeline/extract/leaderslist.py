"""'lãnh đạo <body>' as a list member: the persons who lead a body, not the verb 'lãnh đạo'.

Why: the subject reader ends a subject at the first verb of ``offices.SUBJECT_VERBS``, and 'lãnh đạo'
(to lead) is one of them. In the Prime Minister's telegram template 'yêu cầu Chủ tịch Ủy ban nhân dân
các tỉnh ... và lãnh đạo các Bộ, ngành có liên quan ...' (pending eo5, zt5) the word opens the list's
last member -- the leaders of the ministries -- so the subject was cut before it and the member lost.
Counted before the rule: after ',' or 'và' and before 'các', 'UBND', 'Ủy ban' or a capitalised name,
'lãnh đạo' is the noun of persons in every one of 20 occurrences (17 files of samples/text, 2 in the
gazette corpus); the verb is written after another verb or adverb ('tập trung lãnh đạo, chỉ đạo',
'Đảng ủy ... lãnh đạo UBND'), which this reading leaves alone. The sentence-initial noun ('Lãnh đạo
các địa phương cần ...') is read in offices.py already.
"""
from __future__ import annotations

import re

_LEADERS_MEMBER_RE = re.compile(
    r"lãnh\s+đạo\s+(?:các\s|UBND|Ủy\s+ban|Uỷ\s+ban|(?-i:[A-ZĐ]))", re.I)
_LIST_JOIN_BEFORE_RE = re.compile(r"(?:,|(?<![^\W_])và)\s+$", re.I)


def leaders_list_member(rest: str, pos: int) -> bool:
    """True when 'lãnh đạo' at ``pos`` of ``rest`` opens a list member (after ',' or 'và', before a
    body): the noun of the body's leaders, so no verb that ends the subject."""
    if pos <= 0 or not _LEADERS_MEMBER_RE.match(rest, pos):
        return False
    return _LIST_JOIN_BEFORE_RE.search(rest[max(0, pos - 8):pos]) is not None
