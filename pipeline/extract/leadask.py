"""(tasks27) A news lead that tells its own ask as done: '<body> đã chỉ đạo <bodies> <verb> ...' (issue 5).

A commune's or a district's news item often is nothing but the ask its authority made, told in the past:
'Để đảm bảo cho việc kiểm tra, thẩm định tiêu chí môi trường ..., UBND huyện Quảng Xương đã chỉ đạo các
địa phương, cơ quan, đơn vị trên địa bàn tập trung thực hiện tốt công tác vệ sinh môi trường ...' (then
the points, subjectless), 'Trước tình hình thời tiết diễn biến phức tạp, ..., ngay từ ngày 21 tháng 10
UBND xã Chiên Đàn đã chỉ đạo các ban ngành, đoàn thể và các thôn đồng loạt ra quân tuyên truyền ...'.
Its 'đã' is the reporter's: the ask stands, and it is the item's only one.  The gold reads it so since
session 24 (samples/gold/README.md, the `et` batch: "an ask retold with 'đã yêu cầu / đã chỉ đạo X' is
required (sc23's reading)"; audit labels sa61, sc23); the older reading of 'đã chỉ đạo' as a report
(tasks24, m7) stays for every other place: a sentence later in a report, a reply to a citizen ('Sau khi
nhận được phản ánh, UBND phường đã chỉ đạo ...', doneacts), the leaders named as persons on the scene
('đồng chí X ... đã trực tiếp chỉ đạo các lực lượng ...', what they did: optional in the gold).

The evidence, all of it needed:

- the sentence is the item's lead: the first sentence of the text's first or second body paragraph with
  no task before it (``first_body``, decided by the caller);
- its subject, right before 'đã chỉ đạo', is a body ('UBND ...', 'Ủy ban nhân dân ...', 'Ban ...', 'Sở
  ...', 'Phòng ...', 'Đảng ủy ...', 'Huyện ủy ...', 'Công an ...', 'Chủ tịch UBND ...'), not a person
  named ('đồng chí', 'đ/c') and not 'trực tiếp' on the scene;
- the bodies directed follow 'chỉ đạo' at once ('các ...', 'UBND ...', 'Phòng ...'), then their act;
- it ends as a statement (no ':'), and the item is no answer to a citizen (the caller's flag).
"""
from __future__ import annotations

import re

_BODY = (r"(?:UBND|Ủy\s+ban|Uỷ\s+ban|Ban(?!\s+(?:đầu|ngày|đêm))|Sở|Phòng|Đảng\s+ủy|Đảng\s+uỷ|Huyện\s+ủy|Huyện\s+uỷ|Tỉnh\s+ủy|"
         r"Tỉnh\s+uỷ|Thành\s+ủy|Thành\s+uỷ|Công\s+an|Chủ\s+tịch\s+(?:UBND|Ủy\s+ban|Uỷ\s+ban)|Bộ|Cục|Chi\s+cục|Trung\s+tâm|"
         r"Bộ\s+Chỉ\s+huy|Ban\s+Chỉ\s+huy|Ban\s+Chỉ\s+đạo)(?![^\W_])")
# '<body ...> đã chỉ đạo <bodies>' : the subject is the stretch after the last comma (or the start)
_LEAD_ASK_RE = re.compile(
    r"(?:^|,\s*)(?:(?:ngay\s+)?(?:từ|trong|vào)\s+(?:ngày|sáng|chiều|tối)\s[^,;:]{1,30}?\s)?"
    r"(?P<who>" + _BODY + r"[^,;:.]{0,80}?)\s+(?:cũng\s+)?đã\s+chỉ\s+đạo\s+"
    r"(?=(?:cho\s+)?(?:các|những|toàn\s+thể|UBND|Ủy\s+ban|Uỷ\s+ban|Ban|Phòng|Sở|Công\s+an|Trạm|Trung\s+tâm|lực\s+lượng)(?![^\W_]))")
LEAD_ASK_REASON = "a lead telling its ask"
_PERSON_RE = re.compile(r"(?<![^\W_])(?:đồng\s+chí|đ/c|đc|ông|bà)(?![^\W_])", re.I)


def lead_tells_its_ask(t: str, first_body: bool, to_citizen: bool) -> bool:
    """True when ``t`` is a news item's lead telling the ask it reports with 'đã chỉ đạo' (module doc)."""
    if not first_body or to_citizen or t.rstrip().endswith(":") or len(t) > 600:
        return False
    m = _LEAD_ASK_RE.search(t)
    if m is None:
        return False
    who = m.group("who")
    return not _PERSON_RE.search(t[:m.end("who")]) and not re.search(r"(?<![^\W_])trực\s+tiếp(?![^\W_])", who, re.I)
