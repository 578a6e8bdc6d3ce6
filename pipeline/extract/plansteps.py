"""(tasks39) Class (A): a plan's or drive's own plain step in an item that never asks, read only through a gate
(issue 5).

A press item or portal page that retells a drive or a period's programme often gives its steps as what each body
does, with a bare verb and no ask: 'Trong thời gian này, công an các đơn vị, địa phương tập trung đấu tranh quyết
liệt với các loại tội phạm ...' (a Tết drive told by the ministry's spokesman), 'Lực lượng công an tăng cường tuần
tra, kiểm soát trên các tuyến, địa bàn trọng điểm.' (pending fp6), 'Các địa phương thực hiện lồng ghép để trao quyết
định ...' (pending zb1), 'Để hoàn thành các nhiệm vụ đặt ra trong 6 tháng cuối năm, các ngành và địa phương tiếp tục
thực hiện ...' (a district's half-year tasks).  The classifier reads them as statements (nothing has asked), and the
earlier step readers each need a frame of their own in the sentence ('Theo kế hoạch', 'Theo đó', a numbered phase,
'sẽ', a drive named as the time).

The same shape, **a body and its act**, is also how a text tells what happened, so a broad reading would add ~180
false tasks on the development gold (tasks36's count).  Every such sentence of the labelled sets was looked up among
its labels first (benchmarks/plainstep_gate.py; HISTORY, session 31, tasks39) and what tells the plan's own step from
background, results and news is:

- **a programme told before or in it** (``tells_programme``): a drive ('đợt cao điểm', 'chiến dịch', 'ra quân', 'phát
  động', 'tháng cao điểm'), a plan, order or guide retold ('kế hoạch', 'phương án', 'mệnh lệnh', 'hướng dẫn'), or a
  period to come ('thời gian tới', '6 tháng cuối năm', 'năm học mới').  A report of a meeting or an inspection tells
  none of them; a programme named in an event told on its day ('Ngày 9/7, ... tổ chức ra quân chiến dịch ...') or
  as a cited paper ('Thực hiện Kế hoạch số ...') does not count;
- **no event told**: the sentence ends on a stop (a headline or a title line prints none: 'Phó Chủ tịch UBND huyện
  kiểm tra tình hình sản xuất ...'), does not open on a day or a part of a day ('Ngày 18/11, UBND huyện tổ chức phiên
  họp ...', 'Chiều 4/2, ...'), its doer is no person ('Phó Chủ tịch ... chủ trì ...'), and its act is no meeting,
  visit, issue, courtesy or report ('chủ trì', 'họp', 'làm việc với', 'ban hành', 'cảm ơn', 'báo cáo', 'tổ chức hội
  nghị', ...: ``EVENT_ACT_RE``), it holds no report's mark (thanks, a photo caption, a count of the people
  mobilised or of the cases handled: '... huy động 50 lượt đoàn viên ...', '... xử lý 215 vụ, 480 đối tượng ...',
  'đưa tin'), no label and its value (a colon in its first 80 characters: 'Khu vực
  tạm ngưng cung cấp nước: ...') and the body does not merely have ('Các trường có công trình ...');
  an act of two words or fewer is an attribute line ('Công an huyện, Huyện đoàn phối hợp.');
- **not under a heading of results** ('KẾT QUẢ', 'TÌNH HÌNH', 'ĐÁNH GIÁ', 'THỰC TRẠNG', ...);
- toldsteps' one gate (``plain_step_sentence``: no tense word, no speaker, no label) and no ask word (an ask is the
  classifier's to read).

Before the body the reader sets aside one link ('Theo đó', 'Bên cạnh đó', 'Đồng thời', 'Cùng với đó', ...), one
clause opener ('Sau khi ...,', 'Thông qua ...,', 'Cùng với việc ...,', 'Để ...,': fp2's and this batch's shapes) and at
most two time phrases (toldsteps' time leads: 'Trong thời gian này,', 'Từ ngày 23.1-3.2,').
"""
from __future__ import annotations

import re

from pipeline.extract.periodsahead import tells_period_ahead

PLAN_STEP_REASON = "a plan's own plain step, gated"

# a programme told: a drive, a plan or order retold, a period to come
PROGRAMME_RE = re.compile(
    r"(?<![^\W_])(?:(?:đợt|tháng)\s+cao\s+điểm|cao\s+điểm|chiến\s+dịch|ra\s+quân|phát\s+động|kế\s+hoạch|phương\s+án|"
    r"mệnh\s+lệnh|hướng\s+dẫn\s+số|thời\s+gian\s+tới|(?:6|sáu)\s+tháng\s+cuối\s+năm|những\s+tháng\s+cuối\s+năm|"
    r"năm\s+học\s+mới)(?![^\W_])", re.I)
# a cited paper ('Thực hiện Kế hoạch số 02/KH-UBBC ...', 'Căn cứ ...'): it names a document, it tells no programme
_CITED_RE = re.compile(r"^(?:Thực\s+hiện|Căn\s+cứ|Triển\s+khai)(?![^\W_])", re.I)
# an ask word: the classifier reads such a sentence itself ('giao thông' is no 'giao')
_ASK_RE = re.compile(r"(?<![^\W_])(?:phải|cần|yêu\s+cầu|đề\s+nghị|giao(?!\s+(?:thông|dịch|lưu|tiếp|nhận|hữu))|"
                     r"chỉ\s+đạo|đôn\s+đốc|chịu\s+trách\s+nhiệm|có\s+trách\s+nhiệm)(?![^\W_])", re.I)
# a day or a part of a day opening the sentence: an event told ('Ngày 18/11, ...', 'Chiều 4/2, ...', 'Sáng nay, ...')
_DAY_OPEN_RE = re.compile(r"^(?:(?:Sáng|Chiều|Trưa|Tối|Đêm|Rạng\s+sáng)\s+(?:ngày\s+|nay|qua|\d)|Ngày\s+\d|Hôm\s+(?:nay|qua)|"
                          r"Vừa\s+qua|Mới\s+đây|Trước\s+đó|(?:Tại|Trong)\s+(?:hội\s+nghị|buổi|cuộc))", re.I)
# a person as the doer: a person's act in a press item is an event ('Phó Chủ tịch UBND huyện kiểm tra ...')
_PERSON_RE = re.compile(r"^(?:Phó\s+)?(?:Chủ\s+tịch|Bí\s+thư|Giám\s+đốc|Trưởng\s+(?:ban|phòng|đoàn)|Thủ\s+tướng|"
                        r"Bộ\s+trưởng|Thứ\s+trưởng|Tổng\s+Bí\s+thư|Đồng\s+chí|Ông|Bà|Thượng\s+tá|Đại\s+tá|Trung\s+tá|"
                        r"Thiếu\s+tướng|Trung\s+tướng)(?![^\W_])")
# a meeting, a visit, an issue, a courtesy or a report as the act
EVENT_ACT_RE = re.compile(
    r"^(?:(?:đã|cũng|đồng\s+thời|vừa)\s+)?(?:đồng\s+)?(?:chủ\s+trì|chủ\s+tọa|họp|dự|thăm|tiếp\s+(?:đoàn|và)|làm\s+việc|"
    r"phát\s+biểu|trình\s+bày|lần\s+lượt|hỗ\s+trợ\s+người\s+dân|ban\s+hành|công\s+bố|trao|tặng|chân\s+thành|cảm\s+ơn|đánh\s+giá\s+cao|ghi\s+nhận|biểu\s+dương|"
    r"báo\s+cáo|thông\s+qua|thông\s+báo|đóng\s+góp|góp\s+ý|có\s+(?:ý\s+kiến|văn\s+bản|công\s+văn|tờ\s+trình|kế\s+hoạch)|"
    r"tổ\s+chức\s+(?:hội\s+nghị|hội\s+thảo|cuộc\s+họp|phiên\s+họp|buổi|lễ|tọa\s+đàm|đoàn|kỳ\s+họp|đại\s+hội)|"
    r"thành\s+lập\s+đoàn|khảo\s+sát|phối\s+hợp\s+giúp|giúp\s+dân|hướng\s+dẫn\s+người\s+dân)(?![^\W_])", re.I)
# a heading of results or background
RESULT_HEADING_RE = re.compile(r"(?<![^\W_])(?:kết\s+quả|tình\s+hình|đánh\s+giá|thực\s+trạng|hạn\s+chế|tồn\s+tại|"
                               r"nguyên\s+nhân|khó\s+khăn|thuận\s+lợi|bối\s+cảnh|đặc\s+điểm)(?![^\W_])", re.I)
# a report's marks anywhere in the sentence: thanks ('UBND phường chân thành cảm ơn phản ánh ...'), a photo caption,
# a count of the people mobilised or the cases handled ('Đoàn thanh niên huy động 50 lượt đoàn viên ...', '... phát hiện,
# xử lý 215 vụ, 480 đối tượng ...': a drive's results)
_REPORT_MARK_RE = re.compile(r"(?<![^\W_])(?:c[aáả]m\s+ơn|đưa\s+tin)(?![^\W_])|\(\s*Ảnh\s*:|\d+\s+(?:lượt|người|đoàn\s+viên|hội\s+viên|"
                             r"cán\s+bộ|hộ|vụ|đối\s+tượng|trường\s+hợp)(?![^\W_])", re.I)
# a label and its value: a colon in the sentence's first 80 characters ('Khu vực tạm ngưng cung cấp nước: ...'); a
# list's colon further on ('... có phát sinh số lượng hồ sơ lớn như: đất đai, hộ tịch, ...') is no label
_LABEL_RE = re.compile(r"^[^:]{2,80}:\s")
# having right after the body: a share, a count or a list, no act ('Các trường có công trình được đầu tư ... gồm: ...')
_HAS_RE = re.compile(r"^(?:cũng\s+)?có(?![^\W_])", re.I)
_LINK_RE = re.compile(r"^(?:(?:Theo\s+đó|Bên\s+cạnh\s+đó|Đồng\s+thời|Ngoài\s+ra|Cụ\s+thể|Cùng\s+với\s+đó|Song\s+song\s+"
                      r"(?:với\s+)?đó|Sau\s+đó)\s*,?\s*(?:còn\s+|cũng\s+)?)+", re.I)
# one clause before the body: 'Sau khi dừng phương tiện, ', 'Thông qua kiểm tra, ', 'Để hoàn thành ..., '
_CLAUSE_OPENER_RE = re.compile(r"^(?:Sau\s+khi|Thông\s+qua|Cùng\s+với(?:\s+việc)?|Để|Nhằm)\s[^.;:]{2,200}?,\s+(?=\S)",
                               re.I)


def tells_programme(text: str) -> bool:
    """Does the sentence ``text`` tell a programme (``PROGRAMME_RE``) -- not inside an event told on its day ('Ngày
    9/7, ... tổ chức ra quân chiến dịch tổng vệ sinh ...': what follows is that day's report, development ed1), not
    as a cited paper ('Thực hiện Kế hoạch số 02/KH-UBBC ...', 'Kế hoạch số ...': a citation, task_audit se03)?"""
    t = text.strip()
    if _DAY_OPEN_RE.match(t) or _CITED_RE.match(t):
        return False
    if tells_period_ahead(t):  # (tasks47) 'Từ nay đến cuối năm, ...', 'Trong hai tháng cuối năm, ...'
        return True
    return any(not re.match(r"\s+số(?![^\W_])", t[m.end():]) and not _MAKING_RE.search(t[:m.start()])
               for m in PROGRAMME_RE.finditer(t))


# a plan being made is no programme told yet: 'Các sở, ban, ngành, huyện, thị xã xây dựng kế hoạch hoạt động ...' (a
# news item's list as told, tests/test_tasks20.py's convention) -- the programme word as the object of its own act
_MAKING_RE = re.compile(r"(?<![^\W_])(?:xây\s+dựng|lập|ban\s+hành|soạn\s+thảo|đề\s+ra)(?:\s+(?:các|một|bản))?\s*$", re.I)


def plan_step_core(text: str) -> str:
    """``text`` after one link, one clause opener and at most two time phrases, its first letter capitalised."""
    from pipeline.extract.toldsteps import _after_time_leads

    rest = _LINK_RE.sub("", text.strip(), count=1)
    m = _CLAUSE_OPENER_RE.match(rest)
    if m:
        rest = rest[m.end():]
    return _after_time_leads(rest)


def plan_step(text: str, gaz, programme_told: bool, heading: str | None = None) -> bool:
    """Is ``text`` a plan's own plain step (see the module docstring)?  ``programme_told``: a sentence before it (or
    it) names a programme (``PROGRAMME_RE``); ``heading``: the heading the sentence sits under, if any."""
    from pipeline.extract.offices import subject_of
    from pipeline.extract.plandoers import plain_doer
    from pipeline.extract.retoldplan import body_and_act
    from pipeline.extract.toldsteps import plain_step_sentence

    t = text.strip()
    if not plain_step_sentence(t, gaz) or _ASK_RE.search(t) or not t.endswith((".", ";", "…")) \
            or _REPORT_MARK_RE.search(t) or _LABEL_RE.match(t):
        return False
    if not (programme_told or tells_programme(t)):
        return False
    if heading and RESULT_HEADING_RE.search(heading):
        return False
    if _DAY_OPEN_RE.match(t):
        return False
    core = plan_step_core(t)
    if not core or _PERSON_RE.match(core):
        return False
    # (tasks42) a bare territorial unit or 'the forces' as the doer ('Huyện tập trung ...', 'Các lực lượng ...')
    named = body_and_act(core, gaz)
    doer = None if named else plain_doer(core, gaz)
    if not named and doer is None:
        return False
    subj = doer or subject_of(core, gaz)
    after = core[subj[1]:].lstrip(" ,") if subj else core
    # an act of two words or fewer is an attribute line ('Công an huyện, Huyện đoàn phối hợp.')
    return not (EVENT_ACT_RE.match(after) or _HAS_RE.match(after) or len(after.split()) < 3)
