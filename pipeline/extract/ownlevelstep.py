"""A bare own level as the subject of a step after an opening half-year: 'Trong 6 tháng cuối năm, huyện tiếp tục ...'.

Why: an opening period before a comma dates the work only when a directive follows it
(`temporal._directive_follows`: a verb first, an obligation word, or an office the gazetteer knows).
A district's or province's own report of its plan names itself by its bare level ('huyện', 'tỉnh',
'toàn ngành'), which no gazetteer entry is, so 'Trong 6 tháng cuối năm, huyện tiếp tục đẩy nhanh tiến
độ trồng rừng ...' (deadline_phrases dp3845, 2024-12-31) and 'Trong 6 tháng cuối năm, huyện tập trung
các nhiệm vụ trọng tâm ...' (pending fu5, 2020-12-31) were left undated (deadline40's 'named period'
class).  ANNOTATION.md: '6 tháng đầu năm' -> June 30 of the document's year; the last six months end
with the year.

Counted (deadline41) on every labelled text opening 'Trong / Vào <period>, <level> ...': those two
dated, the rest reports ('Trong 9 tháng đầu năm 2016, toàn ngành đã thanh tra ...', dp605; 'ngành
Thuế đã ...', dp510; 'huyện Hàm Yên đang ...', zd1) or a day's event ('Trong chiều 31/8, xã Hà Trung
thành lập ...', dp4002, undated) -- so the caller asks only after a half-year's or N months' period
('N tháng đầu / cuối năm'), and a past or ongoing marker ('đã', 'đang', 'vẫn', 'chưa') keeps it a report
(pending gd1 'Trong 3 tháng cuối năm, huyện Đồng Hỷ đã đề ra các nhiệm vụ ...' is dated in its gold and
stays undated here: 'đã' reports in every other text).
"""
from __future__ import annotations

import re

_LEVEL = r"(?:(?:toàn\s+)?(?:huyện|tỉnh|thành\s+phố|thị\s+xã|xã|phường|thị\s+trấn|ngành))"
# the level, a proper name of up to three capitalised words ('huyện Đồng Hỷ'), then the step's first word
_OWN_LEVEL_SUBJECT = re.compile(rf"\s*{_LEVEL}(?:\s+[A-ZĐ][^\W\d_]*){{0,3}}\s+(?P<verb>[^\W\d_]+)", re.I)
_REPORT_MARK = re.compile(r"(?<![^\W_])(?:đã|đang|vẫn|chưa|vừa)(?![^\W_])", re.I)


def own_level_step(rest: str) -> bool:
    """Does ``rest`` (what follows the opening period's comma) direct work by the text's own level?"""
    m = _OWN_LEVEL_SUBJECT.match(rest)
    if not m:
        return False
    clause = re.split(r"[,;.:]", rest, maxsplit=1)[0]
    return not _REPORT_MARK.search(clause)
