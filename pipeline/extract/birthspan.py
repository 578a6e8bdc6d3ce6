"""(points32, D11) The birth dates that say who a campaign is for are no deadline of its work.

Why: a vaccination notice names its target group by when the children were born -- 'cho trẻ em học lớp 2 hoặc trẻ
không đi học, sinh từ ngày 01/01/2017 đến ngày 31/12/2017.' (unseen32 fx7: the step was dated 2017-12-31, the
birth span's end; its gold 2024-12-13, the schedule's end), 'Trẻ từ 2 đến dưới 10 tuổi ( mốc sinh từ 01/06/ 2004
đến 30/04/2012 )' (pending ga3), 'Có ngày sinh trong khoảng từ ngày 21/7/2014 đến ngày 21/5/2016' (Hà Nội's portal,
deadline batch 65 dp4501), '(trẻ sơ sinh trong khoảng từ ngày 05/4/2014 đến ngày 29/02/2016, ...)' (dp4502), 'Tuyển
sinh học sinh (sinh năm 2015)' (pending fw1).  A 'từ ... đến ngày D' span reads as work due by D; after a birth cue
it is a property of the people served.

``birth_spans`` gives the character spans of those dates for the deadline reader to mask, as it masks a cited
document's date: a birth cue -- 'mốc / ngày / năm / tháng sinh', 'sơ sinh', or 'sinh (ra)' right after the
children or persons it describes, a comma or an opening bracket ('trẻ (em) sinh', 'cháu sinh', 'bé sinh', 'người sinh', ', sinh') --
then the dates up to the clause's end (';', ')', a stop or 100 characters).  'tuyển sinh', 'học sinh', 'vệ sinh',
'sinh viên', 'phát sinh', 'sinh hoạt' are no cue, and the cue must be followed at once by a date or 'từ / trong
khoảng / năm / ngày / tháng / vào' ('học sinh, sinh viên ... nghỉ đến hết ngày 16/2', deadline_phrases dp3809, is
no birth date): an enrolment's 'tuyển sinh từ ngày 03/8 đến 21/8/2020' stays a
window of work.
"""
from __future__ import annotations

import re

__all__ = ["birth_spans"]

_CUE_RE = re.compile(
    r"(?:(?<![^\W_])(?:mốc|ngày|năm|tháng|sơ)\s+sinh|"
    r"(?:(?<![^\W_])(?:trẻ(?:\s+em)?|cháu|bé|người|em)\s+|[,(]\s*)(?:được\s+|đã\s+)?sinh(?:\s+ra)?)(?![^\W_])"
    # a date must follow at once: 'học sinh, sinh viên ... đến hết ngày 16/2' holds no birth date (dp3809)
    r"(?=\s*(?::\s*)?(?:từ|trong|năm|ngày|tháng|vào|\d))", re.I)
_CLAUSE_END_RE = re.compile(r";|\)|\.(?:\s|$)|$")
_DATE_RE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}|(?:19|20)\d\d")
_REACH = 100


def birth_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of ``text`` that give a birth date or span (to be masked from the deadline reader)."""
    out: list[tuple[int, int]] = []
    for m in _CUE_RE.finditer(text):
        tail = text[m.end():m.end() + _REACH]
        end = _CLAUSE_END_RE.search(tail)
        stop = m.end() + (end.start() if end else len(tail))
        if _DATE_RE.search(text[m.end():stop]):
            out.append((m.start(), stop))
    return out
