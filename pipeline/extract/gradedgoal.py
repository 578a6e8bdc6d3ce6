"""A graded completion of the year's duties: a goal's year, not a bound (deadline35).

'phấn đấu hoàn thành xuất sắc nhiệm vụ trong năm 2022' (pending za2, a commune council's meeting),
'tạo khí thế thi đua hoàn thành tốt nhiệm vụ trong năm 2026' (development gold yf12), 'phấn đấu hoàn thành
vượt mức các chỉ tiêu kinh tế - xã hội năm 2022 đã đề ra' (deadline_phrases dp891), 'hoàn thành thắng lợi
các mục tiêu phát triển KTXH năm 2025' (dp3821), 'nỗ lực phấn đấu hoàn thành tốt nhiệm vụ năm 2020' (dp602):
'hoàn thành xuất sắc / tốt nhiệm vụ' is the grade a body or an official earns for the year (the civil
service's and the emulation movement's rating words), and 'hoàn thành thắng lợi / vượt mức các chỉ tiêu'
the year's targets met with success -- the year the outcome is striven for, as 'kết thúc năm 2022 thắng
lợi' and 'phấn đấu đạt ... trong năm 2025' are (samples/gold/README.md, 'A goal's year', session 18). All
six such items of the labelled material are undated; the rules read the three with 'trong năm' as the
year's last day (za2 in the pending gold; yf12's long sentence escapes only by the scorer).

Only the grade word right after 'hoàn thành' and the generic object of the year's work ('(các) nhiệm vụ /
chỉ tiêu / mục tiêu' with the qualifiers of the year's plan) count: completing named work keeps its year
('Tập trung hoàn thành các mục tiêu, nhiệm vụ trọng tâm năm 2025', the short audit's sd42, dated: no grade
word; 'phấn đấu hoàn thành ... trong năm 2025' the README keeps a bound).
"""
from __future__ import annotations

import re

# the grade words that make 'hoàn thành' a rating or a success, not the end of a piece of work
_GRADE = r"(?:xuất\s+sắc|tốt|thắng\s+lợi|vượt\s+mức|toàn\s+diện)"
# the year's duties or targets as a whole, with the qualifiers plans give them
_QUALIFIER = (r"(?:chính\s+trị|được\s+giao|đã\s+đề\s+ra|đề\s+ra|trọng\s+tâm|công\s+tác|kinh\s+tế\s*-\s*xã\s+hội|"
              r"KT\s*-?\s*XH|phát\s+triển|của\s+đơn\s+vị|của\s+năm|kế\s+hoạch)")
_OBJECT = rf"(?:(?:các|những)\s+)?(?:nhiệm\s+vụ|chỉ\s+tiêu|mục\s+tiêu)(?:\s*,\s*(?:nhiệm\s+vụ|chỉ\s+tiêu|mục\s+tiêu))*(?:\s+{_QUALIFIER})*"
_GRADED_GOAL_BEFORE_RE = re.compile(
    rf"(?<![^\W_])hoàn\s+thành\s+{_GRADE}\s+{_OBJECT}\s+trong\s*$", re.I)


def graded_goal_before(before: str) -> bool:
    """Does ``before`` (the text up to a year's 'năm', 'trong' last) end in a graded completion of the
    year's duties or targets ('... hoàn thành xuất sắc nhiệm vụ trong ')?"""
    return bool(_GRADED_GOAL_BEFORE_RE.search(before))
