"""Which sentences are tasks (ANNOTATION.md 'What is a task'), and cited documents.

A sentence is a task when it stands in the body (after the first numbered item, or anywhere
in an unnumbered letter when it carries a directive cue), is not a heading, not the 'Căn cứ
...' / 'Thực hiện Kết luận ...' preamble, not an intro that hands over to a list ('... các
nội dung sau đây:'), not an attribute line ('- Cơ quan thực hiện: ...', '- Thời gian thực
hiện: ...'), not an assignment note ('(Phòng X chuẩn bị nội dung 1-6)'), and not narrative
('Trong thời gian qua ...', 'Tuy nhiên ...').
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.config import model_table_lines
from pipeline.extract.linkedbodies import linked_bodies_act
from pipeline.extract.fieldlines import described_field, field_line
from pipeline.extract.followers import FOLLOWER_DUTY_REASON, follower_duty
from pipeline.extract.contestrules import CONTEST_RULE_REASON, contest_rule
from pipeline.extract.schedule import BRACKET_TIME_ENTRY_RE, day_line, leader_cell, note_only as entry_note_only
from pipeline.extract.sentences import Block, Sentence
from pipeline.extract.furniture import page_furniture, praise_or_state, doubled_blocks, reported_reasoning, \
    counterfactual, picture_caption, own_grant, reasoning_quote_piece
from pipeline.extract.captions19 import uncredited_caption
from pipeline.extract.leadercaption import leaders_directing_caption
from pipeline.extract.pagetools import page_tools
from pipeline.extract.timelines import is_time_value_line
from pipeline.extract.meetingdirects import MEETING_DIRECTS_REASON, meeting_speaker_directs
from pipeline.extract.leadask import LEAD_ASK_REASON, lead_tells_its_ask
from pipeline.extract.grounds import grounds_heading
from pipeline.extract.notuntil import not_until
from pipeline.extract.clauseverbs import plural_body_then_known_verb
from pipeline.extract.doneacts import answers_a_citizen, reported_act
from pipeline.extract.relay import earlier_assignment
from pipeline.extract.participants import PARTICIPANTS_REASON, names_participants
from pipeline.extract.ownwork import advice_after_link, retells_headline
from pipeline.extract.toldinfo import told_information
from pipeline.extract.meetingnews import chaired_only
from pipeline.extract.nouncues import NOUN_CUE_PATTERN
from pipeline.extract.falsecues import FALSE_CUE_PATTERN  # tasks31
from pipeline.extract.retoldplan import ORDINAL_REASON, PLAN_STEP_REASON, ordinal_point, plan_step_after_issue
from pipeline.extract.temporal import find_dates, row_day_act, DATE_RE, _directive_follows, _to_date
from pipeline.model import Reference
from pipeline.vietnamese import mark_tolerant

# ------------------------------------------------------------------ lexicon

# verbs that open a directive sentence; the first one is the task's verb
ACTION_VERBS = sorted({
    "chỉ đạo", "tập trung", "đẩy nhanh", "đẩy mạnh", "hướng dẫn", "tăng cường", "triển khai", "chuẩn bị",
    "chủ động", "bám sát", "thành lập", "rà soát", "quản lý", "tiếp tục", "hoàn thành", "quyết liệt",
    "đôn đốc", "chú trọng", "đảm bảo", "bảo đảm", "nắm chắc", "nắm bắt", "tổ chức", "duy trì", "kiên quyết",
    "khắc phục", "lựa chọn", "báo cáo", "dự thảo", "xây dựng", "thực hiện", "kiểm tra", "nâng cao",
    "phối hợp", "chủ trì", "tham mưu", "theo dõi", "giám sát", "ban hành", "đề xuất", "nghiên cứu",
    "bố trí", "sắp xếp", "kiện toàn", "tuyên truyền", "phổ biến", "quán triệt", "lãnh đạo", "cử",
    "tiếp nhận", "giải quyết", "xử lý", "hoàn thiện", "thống kê", "tổng hợp", "cập nhật", "cung cấp",
    "đăng ký", "gửi", "trình", "làm đầu mối", "là đầu mối", "phát huy", "thúc đẩy", "hỗ trợ", "vận động",
    "huy động", "điều chỉnh", "sửa đổi", "bổ sung", "tiếp thu", "định hướng", "kết thúc", "tạo điều kiện",
    "tham gia", "tham dự", "lập", "kêu gọi", "quan tâm", "phát hiện", "ngăn chặn", "tuân thủ", "áp dụng",
    "ứng dụng", "khai thác", "vận hành", "sử dụng", "cân đối", "phân bổ", "cấp phát", "thẩm định",
    "phê duyệt", "đánh giá", "sơ kết", "tổng kết", "hình thành", "nhân rộng", "bồi dưỡng", "đào tạo",
    "tập huấn", "kiểm soát", "làm việc", "khẩn trương", "định kỳ", "thường xuyên", "mở rộng", "ưu tiên",
    "phân công", "giao", "đề nghị", "yêu cầu", "chấn chỉnh", "nghiêm cấm", "không để", "kịp thời",
    "rà", "tiến hành", "ra quân", "thực hành", "củng cố", "chỉnh sửa", "khuyến khích", "khuyến cáo",
    "hoàn chỉnh", "trực", "chấp hành", "cài đặt", "mời", "liên hệ", "công khai", "đổi mới", "phát triển",
    "rút kinh nghiệm", "đề án", "xét", "xem xét", "thông báo", "kiến nghị", "trả lời", "tiếp công dân",
    "giải ngân", "nghiệm thu", "quyết toán", "thanh tra", "tuyên dương", "khen thưởng", "thu hồi",
    "phòng", "chống", "tăng", "giảm", "gắn", "dừng", "nghỉ", "đưa", "thu", "chi", "lồng ghép", "phấn đấu",
    # (a dispatch after an accident: "Điều tra, làm rõ nguyên nhân vụ việc, xử lý nghiêm vi phạm")
    "điều tra", "làm rõ", "khảo sát",
    # (office34) 'Làm tốt công tác thông tin, dự báo ...' after 'X chủ trì ...': the point goes on with X
    "làm tốt",
}, key=len, reverse=True)
VERB_START_RE = re.compile(r"^(?:" + "|".join(map(re.escape, ACTION_VERBS)) + r")(?![^\W_])", re.I)
VERB_ANY_RE = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, ACTION_VERBS)) + r")(?![^\W_])", re.I)

PREAMBLE_RE = re.compile(
    r"^(?:Căn\s+cứ\s+(?:Luật|Bộ\s+luật|Hiến\s+pháp|Nghị|Quyết|Thông|Chỉ|Kế\s+hoạch|Công\s+văn|Kết\s+luận|Chương\s+trình|Văn\s+bản|Pháp\s+lệnh|Hướng\s+dẫn|ý\s+kiến|đề\s+nghị|tình\s+hình|Điều|chức\s+năng)|"
    r"Xét\s+đề\s+nghị|Theo\s+đề\s+nghị|"
    r"(?:Tiếp\s+tục\s+)?Thực\s+hiện\s+(?:Kết\s+luận|Nghị|Quyết|Chỉ\s+thị|Kế\s+hoạch|Công\s+văn|Thông\s+báo|Thông\s+tư|chủ\s+trương|chỉ\s+đạo|ý\s+kiến|Chương\s+trình|Luật|Văn\s+bản|đẩy\s+mạnh)|"
    # (tasks40) the enacting article also with the older 'Nay' ('Điều 1. Nay ban hành kèm theo Quyết định này Quy chế
    # ...', unseen_repair m1, pending fr2: read as a task at START beside 52 stored 'Ban hành kèm theo' read as here)
    r"(?:Nay\s+)?Ban\s+hành\s+kèm\s+theo|(?:Quyết\s+định|Chỉ\s+thị|Nghị\s+quyết|Thông\s+tư|Nghị\s+định|Quy\s+chế|Quy\s+định)\s+"
    # (levels33) the effect clause also without 'này' ('Điều 3. Quyết định có hiệu lực thi hành sau 10 ngày kể từ
    # ngày ký.', 'Điều 2. Quyết định có hiệu lực kể từ ngày ký.'): the text's own kind opening the sentence is the
    # text itself, not the verb 'quyết định'; 'Quyết định có hiệu lực pháp luật của Tòa án ...' (a judgment in force,
    # the gazette corpus) names another decision and stays
    r"(?:này\s+có\s+hiệu\s+lực|có\s+hiệu\s+lực(?!\s+pháp\s+luật)(?![^\W_]))|Văn\s+bản\s+này)",
    re.I,
)
# 'Căn cứ Kế hoạch này, các sở, ngành xây dựng kế hoạch thực hiện ...': the legal basis of a document
# never cites the document itself; a basis 'this plan / this directive' opens a duty
THIS_DOC_BASIS_RE = re.compile(
    r"^Căn\s+cứ\s+(?:vào\s+)?(?:(?:nội\s+dung|các\s+nhiệm\s+vụ|nhiệm\s+vụ)(?:\s+(?:của|tại|trong))?\s+)?"
    # ('Căn cứ hướng dẫn này, đề nghị Thủ trưởng các cơ quan ... triển khai thực hiện': a guide's
    # closing request too)
    r"(?:Kế\s+hoạch|Chỉ\s+thị|Quyết\s+định|Công\s+văn|Chương\s+trình|Thông\s+báo|Nghị\s+quyết|Văn\s+bản|Kết\s+luận|Đề\s+án|"
    r"Hướng\s+dẫn|Thông\s+tri|Quy\s+chế|Quy\s+định|Phương\s+án)\s+này(?![^\W_])", re.I)
NARRATIVE_RE = re.compile(
    r"^(?:Trong\s+(?:thời\s+gian|những\s+năm)\s+qua|Tuy\s+nhiên|Hiện\s+nay|Qua\s+đó|Nhìn\s+chung|Bên\s+cạnh\s+đó|"
    r"Nhiều\s|Số\s+lượng|Sau\s+khi\s+thực\s+hiện|Kết\s+quả|Vừa\s+qua|Thời\s+gian\s+qua|Đến\s+nay|Theo\s+báo\s+cáo|Vậy\b|"
    r"Năm\s+(?:19|20)\d\d|Tất\s+cả|"
    # ('Những năm qua, công tác ... đã được ...'; who went along on a visit or sat in a meeting is
    # participants.names_participants, tasks20)
    r"Những\s+năm\s+qua)",
    re.I,
)
# '1. Năm 2026: hoàn thành rà soát, sắp xếp các cơ sở.': a plan's roadmap names the period first,
# then a colon and the work (a step of a 'lộ trình'); unlike 'Năm 2025, tình hình ...' (a report)
# the label is followed by a directive verb, so the item is a task done in that period
# 'Sáng ngày 15/12/2020, Ban Chỉ đạo ... tổ chức cuộc họp ...', 'Chiều nay, UBND phường họp ...': a
# news report opens on the part of the day and the date of the event it tells (a directive dates a
# duty with 'trước ngày' / 'trong ngày', not 'Sáng ngày X,' before its subject); it directs no one
# unless it goes on to ask (the directive cue is checked on the rest)
# (points22: the press prints the day without 'ngày' and with a dash or a dot, 'Sáng 1-4, tại xã ..., UBND huyện
# Châu Phú tổ chức lễ ra quân ...', 'Sáng 23.6, UBND TP.Hội An tổ chức hội nghị ...')
LINKED_REASON = "linked bodies act"
EVENT_OPENER_RE = re.compile(
    r"^(?:Sáng|Chiều|Tối|Trưa)\s+(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
    r"|\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|nay|qua|hôm\s+(?:nay|qua))\s*,", re.I)
_PHASE_LABEL_RE = re.compile(r"^Năm\s+(?:19|20)\d\d\s*:\s*", re.I)
# a news item's lead that reports the issuing of the document it summarises ('Ngày 24/5/2017,
# UBND tỉnh ban hành Công văn số 1536/UBND-TH, yêu cầu báo cáo kết quả ...', 'UBND thành phố đã
# ban hành Thông báo số 263/TB-UBND về việc ...'): it tells what was issued; the requests follow
# ('Theo đó, ...').  It directs only when it names the bodies asked ('..., yêu cầu các sở ...').
# (tasks27: the issuer may be a person with the posts he holds in apposition, or named after 'thay mặt X,':
# 'Ngày 24/4, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà, Phó Trưởng ban Thường trực Ban Chỉ đạo ... đã ban
# hành Công văn số 05/CV-BCĐ gửi ... về việc ...', 'Ngày 11/8/2020, thay mặt UBND tỉnh, Phó Chủ tịch UBND
# tỉnh X đã ký ban hành văn bản số ...'; a day may be written 'Ngày 16 tháng 8 năm 2021,')
_ISSUER_POST = (r"(?:Phó\s+|Nguyên\s+)?(?:Trưởng|Chủ\s+tịch|Bí\s+thư|Giám\s+đốc|Bộ\s+trưởng|Thứ\s+trưởng|Tổng|Chánh|"
                r"Ủy\s+viên|Uỷ\s+viên|Thủ\s+trưởng|Chủ\s+nhiệm|Cục\s+trưởng|Vụ\s+trưởng|Thủ\s+tướng)(?![^\W_])")
ISSUED_LEAD_RE = re.compile(
    r"^(?:(?:Sáng|Chiều|Tối|Trưa)\s+)?(?:(?:[Nn]gày\s+)?(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|"
    r"\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)\s*,\s*)?(?:thay\s+mặt\s+[^,;:.]{2,60},\s*)?"
    r"[^,;:.]{2,90}?(?:\s*,\s*" + _ISSUER_POST + r"[^,;:.]{2,200}?){0,2}\s(?:(?:đã|vừa)\s+)?(?:ký\s+)?ban\s+hành\s+"
    r"(?:Công\s+văn|Văn\s+bản|Công\s+điện|Chỉ\s+thị|Quyết\s+định|Kế\s+hoạch|Thông\s+báo|Kết\s+luận|Hướng\s+dẫn)\s+(?:số\s*:?\s*)?\d", re.I)
# a news item's gist of the plan it reports: 'Theo đó' / 'Theo (Kế hoạch|Thông báo ...) (này|trên)',
# then who will do what ('sẽ' + an act), nothing done ('đã')
PLAN_GIST_RE = re.compile(
    r"^(?:Theo\s+(?:đó|kế\s+hoạch(?:\s+(?:này|trên|đó))?|(?:Kế\s+hoạch|Thông\s+báo|Công\s+văn|Quyết\s+định|Chương\s+trình)\s+(?:này|trên|đó))\s*,)"
    r"(?:(?!(?<![^\W_])đã(?![^\W_]))[^;.:]){3,200}?(?<![^\W_])sẽ\s+(?:được\s+)?(?:(?:cơ\s+bản|khẩn\s+trương|tiếp\s+tục|đồng\s+loạt)\s+)?(?:tổ\s+chức|tiến\s+hành|triển\s+khai|thực\s+hiện|tiêm|"
    r"tiếp\s+xúc|tiếp\s+(?:công\s+)?dân|họp|kiểm\s+tra|ra\s+quân|hoàn\s+thành|xây\s+dựng|rà\s+soát|tuyên\s+truyền)(?![^\W_])", re.I)
_FUTURE_MARK_RE = re.compile(r"(?<![^\W_])(?:sẽ|dự\s+kiến)(?![^\W_])|^Theo\s+kế\s+hoạch(?![^\W_])", re.I)
_STEP_ACT_RE = re.compile(r"(?<![^\W_])(?:hoàn\s+thành|xong|tổ\s+chức|đại\s+hội|thực\s+hiện|triển\s+khai|tiêm|phát|chi\s+trả|"
                          r"tiếp\s+xúc|kiểm\s+tra|ra\s+quân)(?![^\W_])", re.I)
_NOT_AHEAD_RE = re.compile(r"(?<![^\W_])(?:đã|đang|vẫn|chưa|từng)(?![^\W_])", re.I)


def _scheduled_step(t: str, continued: bool = False) -> bool:
    """A step of a plan a news item reports: an act to be done ('sẽ', 'dự kiến', 'Theo kế hoạch'; a
    step ``continued`` after another needs none) by a time the sentence bounds, nothing done or going on."""
    if len(t) > 320 or _NOT_AHEAD_RE.search(t) or not _STEP_ACT_RE.search(t):
        return False
    if not continued and not _FUTURE_MARK_RE.search(t):
        return False
    return any(h.triggered for h in find_dates(t, 2000))


ISSUED_LEAD_ASKS_RE = re.compile(
    r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|giao|chỉ\s+đạo)\s+(?:các|những|UBND|HĐND|Ủy|Uỷ|Sở|Phòng|Ban|Chủ|Thủ|Giám|Trưởng|"
    r"Công\s+an|Trung|Đài|Hội|Đoàn|Văn\s+phòng|lãnh\s+đạo|người\s+đứng)(?![^\W_])")
# a schedule set out inline: '<who> xây dựng / lập / ban hành / thông báo lịch <what> như sau: <entries
# naming days>' (two days at least after the colon)
SCHEDULE_SET_OUT_RE = re.compile(
    r"(?<![^\W_])(?:xây\s+dựng|lập|ban\s+hành|thông\s+báo|bố\s+trí)\s+lịch\s+[^:;.]{3,200}?\s(?:như\s+sau|cụ\s+thể)\s*:\s*"
    r"(?=(?:[^.]*?(?<![^\W_])ngày\s+\d{1,2}(?![\d])){2})", re.I)
# a statement reported with its source first: 'Công văn cho biết, ...', 'Bộ Tài chính cho biết, ...',
# 'Ông X - Vụ trưởng ... cho biết, dự thảo ... đang được xây dựng' (the source in 60 characters)
STATEMENT_REPORT_RE = re.compile(r"^[^,;:.]{2,60}?\s(?:cho\s+biết|thông\s+tin\s+thêm)\s*(?:,|:|rằng)\s*", re.I)
# (tasks17) a count the quoted document or a report states ('Theo công văn, có 355 nhiệm vụ đang cần được
# các bộ ... ban hành văn bản hướng dẫn.', 'Theo tờ trình của Chính phủ, đến nay, ... đã có 10 chỉ tiêu ...',
# 'Công văn nêu rõ: hiện còn 12 dự án chưa ...'): 'cần' or 'phải' inside the counted things' clause asks
# no one; an asking verb still makes it a request
QUOTED_COUNT_RE = re.compile(
    r"^(?:Theo\s+(?:nội\s+dung\s+)?(?:(?:công|bức)\s+điện|công\s+văn|văn\s+bản|chỉ\s+thị|thông\s+báo|kế\s+hoạch|quyết\s+định|"
    r"nghị\s+quyết|kết\s+luận|tờ\s+trình|báo\s+cáo|thống\s+kê|số\s+liệu)(?:\s+(?:này|trên|số\s+\S+|của\s+[^,;:.]{2,60}))?\s*,\s*"
    r"|(?:(?:Nội\s+dung\s+)?(?:Công\s+điện|Công\s+văn|Văn\s+bản|Chỉ\s+thị|Thông\s+báo|Kế\s+hoạch|Báo\s+cáo)\s+(?:nêu\s+rõ|nêu|cho\s+biết)\s*[:,]\s*))"
    r"(?:(?:đến\s+nay|hiện\s+nay|tính\s+đến\s+[^,;:.]{1,30}|sau\s+[^,;:.]{1,40})\s*,\s*)?(?:(?:đã|hiện|vẫn|mới|chỉ)\s+)?(?:có|còn)\s+"
    r"(?:\d|khoảng\s|hơn\s|trên\s|gần\s|tới\s|đến\s|nhiều\s)", re.I)
_COUNT_ASKS_RE = re.compile(r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|đôn\s+đốc|chỉ\s+đạo)(?![^\W_])", re.I)
STATEMENT_ASKS_RE = re.compile(r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|đôn\s+đốc|chỉ\s+đạo|phải|cần)(?![^\W_])", re.I)
# the lines that open a news item under its title: the lead's date, a time stamp, a byline
# a post's title with its time stamp on the same line ('... năm 2024 11:11 26/02/2024', '... 04/11/2020 15:39')
TITLE_STAMP_RE = re.compile(r"^[^.;!?]{10,250}?\s(?:\d{1,2}:\d{2}(?:\s*[AP]M)?\s*,?\s*\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{1,2}/\d{4}\s*,?\s*\d{1,2}:\d{2})\s*$")
# a meeting held, as news reports it ('X vừa tổ chức cuộc họp ...', 'Chiều 5/3, X đã tổ chức hội nghị ...')
EVENT_HELD_RE = re.compile(
    r"^(?:[^,;:]{0,60},\s*)?[^,;:]{3,120}?\s(?:vừa|đã)\s+(?:tổ\s+chức|họp|tiến\s+hành)\s+(?:cuộc\s+họp|hội\s+nghị|buổi\s+(?:làm\s+việc|họp|gặp\s+mặt)|"
    r"phiên\s+họp|kỳ\s+họp|hội\s+thảo|lễ\s)", re.I)
# what was said or done at the meeting, in the past ('Tại buổi họp, các thành viên ... đã thảo luận ...')
MEETING_REPORT_RE = re.compile(r"^(?:Tại|Trong)\s+(?:buổi|cuộc)\s+(?:họp|làm\s+việc|gặp\s+mặt)\s*,[^.;:]{0,160}?\sđã\s", re.I)
# (tasks17) the same report of an event told without 'đã', or after an inspection, survey or seminar
# ('Tại buổi làm việc, Ủy ban MTTQ xã và đoàn thể xã báo cáo kết quả ...', 'Tại buổi thảo luận, các đại
# biểu tham gia thảo luận, đóng góp ...', 'Tại hội nghị, cơ bản các đại biểu đều nhất trí ...', 'Qua buổi
# tọa đàm, các đại biểu đã trao đổi ...', 'Qua buổi kiểm tra, đoàn đã ghi nhận ...'): the event named
# first (not one to come: 'Tại kỳ họp tới, ...'), then who spoke and a verb of telling, discussing or
# agreeing; the caller checks that no ask follows ('Tại buổi làm việc, đồng chí ... yêu cầu ...')
# ('bàn giao', 'giao nhận', 'giao ban': the verb 'giao' inside a compound, no assignment)
_HANDED_OVER_RE = re.compile(r"(?<![^\W_])(?:bàn\s+giao|giao\s+nhận|giao\s+ban)(?![^\W_])", re.I)
MEETING_SAID_RE = re.compile(
    r"^(?:Cũng\s+)?(?:Tại|Trong|Qua)\s+(?:(?:các\s+)?(?:buổi|cuộc|phiên|đợt)\s+)?(?:họp|làm\s+việc|gặp\s+mặt|kiểm\s+tra|khảo\s+sát|giám\s+sát|"
    r"t[oọ]ạ?\s*đàm|tọa\s+đàm|toạ\s+đàm|thảo\s+luận|tiếp\s+xúc|đối\s+thoại|sinh\s+hoạt|hội\s+nghị|hội\s+thảo|kỳ\s+họp)(?![^\W_])"
    r"(?![^,.;:]{0,40}?(?<![^\W_])(?:tới|sắp\s+tới|tiếp\s+theo|lần\s+sau|sau)(?![^\W_]))[^,.;:]{0,80}?"
    # (tasks18) the comma after the event left out before its audience ('Tại hội nghị quý đại biểu được nghe ...')
    r"(?:,\s*|\s+(?=(?:quý|các|đồng\s+chí|đ/c|ông|bà|lãnh\s+đạo|đại\s+biểu|cử\s+tri|nhân\s+dân)(?![^\W_])))"
    r"(?P<who>[^.;:]{0,160}?\s)??(?:(?:cơ\s+bản|đều|cũng)\s+)*(?:đã\s+\S|(?:báo\s+cáo|trao\s+đổi|thảo\s+luận|phát\s+biểu|thông\s+tin|"
    r"giải\s+trình|tham\s+gia|đóng\s+góp|chia\s+sẻ|trình\s+bày|nêu\s+lên|nhất\s+trí|thống\s+nhất\s+đánh\s+giá|đánh\s+giá\s+cao|"
    r"ghi\s+nhận|(?:được\s+)?nghe)(?![^\W_]))", re.I)
POST_LEAD_RE = re.compile(r"^(?:(?:Sáng|Chiều|Tối|Trưa)\s+)?(?:[Nn]gày\s+\d{1,2}\s*/|\d{1,2}:\d{2}\s|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|"
                          r"Ngày\s+(?:đăng|cập\s+nhật)|Cập\s+nhật|Người\s+đăng)")
# the quotation mark that opens a leader's words a report quotes ('“Sở Xây dựng chủ trì theo dõi
# ...; thống nhất ...”, Phó Chủ tịch nhấn mạnh.'): the words inside are read as the sentence
_SPEECH_OPEN_RE = re.compile(r"^\s*[“\"«‘]+\s*")
# a reporter's byline under a news item's title: the name in capitals, alone or before a bar,
# a dash or a slash and the date or the paper ('NGUYÊN BẢO |', 'THU HÀ - 12/3/2024', 'MINH ANH (TTXVN)')
_UP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
BYLINE_RE = re.compile(r"^([%s]{1,7}(?:\s+[%s]{1,7}){1,4})\s*(?:[|/–-].*|\([^()]{1,40}\))?$" % (_UP, _UP))


# (tasks17) a working session or visit as news tells it: its time first, or a caption printed without a
# stop ('Sáng 10/7/2025, Đoàn công tác Đảng ủy xã làm việc với Ủy ban MTTQ xã ...', 'Chiều 5/3, Phó Chủ
# tịch UBND tỉnh đến thăm và làm việc tại ...', 'Đảng ủy xã làm việc với Ủy ban MTTQ xã và đoàn thể xã')
WORK_SESSION_RE = re.compile(
    r"^(?P<stamp>(?:Sáng|Chiều|Tối|Trưa|Ngày)(?:\s+(?:ngày|nay|qua))?\s*\(?\s*\d{1,2}\s*[/-]\s*\d{1,2}[^,]{0,24},\s*)?"
    r"(?P<who>[^,.;:]{3,120}?\s)(?:đã\s+|vừa\s+)?(?:có\s+buổi\s+|tổ\s+chức\s+buổi\s+)?(?:làm\s+việc|thăm\s+và\s+làm\s+việc|"
    r"đến\s+thăm(?:\s+và\s+làm\s+việc)?)\s+(?:với|tại)\s", re.I)


def work_session(t: str) -> bool:
    """WORK_SESSION_RE with its time first or as a caption (no stop at the end), no verb of doing
    before it ('Chủ động sớm có kế hoạch làm việc với ...', '... khẩn trương làm việc với ...' are duties)."""
    m = WORK_SESSION_RE.match(t)
    if not m or not (m.group("stamp") or not re.search(r"[.!?…]\s*$", t)):
        return False
    who = m.group("who")
    return not any(VERB_START_RE.match(who[w.start():]) for w in re.finditer(r"(?<![^\W_])\w", who))


# (tasks18) a meeting or visit led, named by the noun use of 'chỉ đạo' after the event ('Phó Chủ tịch UBND
# huyện X vừa chủ trì buổi làm việc chỉ đạo xử lý vi phạm đất đai ...', 'Chiều 12/3, Chủ tịch UBND tỉnh chủ
# trì buổi làm việc chỉ đạo công tác phòng, chống hạn ...', 'lãnh đạo UBND thành phố đã có buổi làm việc,
# chỉ đạo công tác giải phóng mặt bằng ...'): the event directing a field of work, told as news; who is
# asked to do what comes in the chair's words ('chỉ đạo các đơn vị ...' names an addressee: not this)
EVENT_DIRECTING = (r"(?:buổi|cuộc|đợt|chuyến)\s+(?:làm\s+việc|họp|kiểm\s+tra|khảo\s+sát|thị\s+sát|giám\s+sát|công\s+tác)"
                   r"|hội\s+nghị|phiên\s+họp|cuộc\s+giao\s+ban")
_DIRECTED_FIELD = (r"(?:công\s+tác|việc|xử\s+lý|giải\s+quyết|triển\s+khai|thực\s+hiện|về|tháo\s+gỡ|khắc\s+phục|phòng|ứng\s+phó|"
                   r"tiến\s+độ|đẩy\s+nhanh|kiểm\s+tra|chuẩn\s+bị|điều\s+hành)(?![^\W_])")
EVENT_DIRECTING_RE = re.compile(r"(?<![^\W_])(?:" + EVENT_DIRECTING + r")(?P<name>[^.;:,]{0,60}?)\s*,?\s*chỉ\s+đạo\s+(?="
                                + _DIRECTED_FIELD + ")", re.I)
MEETING_LED_RE = re.compile(
    r"^(?P<stamp>(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm)(?:\s+(?:ngày|nay|qua))?\s*\(?\s*\d{1,2}\s*[/-]\s*\d{1,2}[^,]{0,24},\s*)?"
    r"(?P<who>[^,.;:]{3,160}?\s)(?:(?:đã|vừa|trực\s+tiếp)\s+)*(?:chủ\s+trì|có|dự|tham\s+dự|tổ\s+chức|đi)\s+(?=(?:"
    + EVENT_DIRECTING + r")[^.;:,]{0,60}?\s*,?\s*chỉ\s+đạo\s)", re.I)


# (tasks18's ATTENDANCE_RE, 'Dự chỉ đạo cuộc họp có đồng chí ...', is read by participants.names_participants, tasks20)


def meeting_led(t: str) -> bool:
    """(tasks18) MEETING_LED_RE with the event directing a field of work (EVENT_DIRECTING_RE), no verb of
    doing before the verb of leading, no other ask in the sentence."""
    m = MEETING_LED_RE.match(t)
    if not m or not EVENT_DIRECTING_RE.search(t, m.end()):
        return False
    who = re.sub(r"^(?:lãnh\s+đạo|đại\s+diện)\s+", "", m.group("who"), flags=re.I)  # 'lãnh đạo UBND ...': a noun
    if any(VERB_START_RE.match(who[w.start():]) or re.match(r"(?:cần|phải|nên|hãy|sẽ)(?![^\W_])", who[w.start():], re.I)
           for w in re.finditer(r"(?<![^\W_])\w", who)):
        return False
    rest = EVENT_DIRECTING_RE.sub(" ", t)
    return not DIRECTIVE_CUE_RE.search(_HANDED_OVER_RE.sub(" ", _NOUN_CUE_RE.sub(" ", rest)))


# (tasks18) opinions retold at a hearing, a dialogue or a meeting with voters: the voters, delegates,
# people or their opinions ask or raise ('Các ý kiến tập trung vào ..., đề nghị cấp trên quan tâm ...',
# 'Cử tri xã Phú Sơn kiến nghị giải quyết dứt điểm ...', 'Nhiều cử tri và nhân dân kiến nghị Quốc hội ...',
# 'Các vị đại biểu quan tâm đến ..., cần xử lý ...'): what was asked of the authorities is reported, no one
# is directed (the spec: optional at most); delegates asking ('các đại biểu đề nghị ...') are left to the rules
OPINIONS_RETOLD_RE = re.compile(
    r"^(?:(?:Cũng\s+)?(?:Tại|Trong|Qua)\s[^,.;:]{3,80},\s*|(?:Bên\s+cạnh\s+đó|Ngoài\s+ra|Đồng\s+thời|Tiếp\s+đó|Cùng\s+với\s+đó)\s*,\s*)?"
    r"(?:(?:Nhiều|Các|Đa\s+số|Đông\s+đảo|Một\s+số|Những|Hầu\s+hết|Có)\s+)?(?:\d+\s+)?(?:vị\s+)?"
    r"(?P<subj>ý\s+kiến|cử\s+tri|đại\s+biểu|người\s+dân|nhân\s+dân|hộ\s+dân|công\s+dân|bà\s+con)(?![^\W_])"
    r"(?P<mid>[^.;:]{0,100}?)\s(?:(?:cũng|đều|đã|thì)\s+)*(?P<verb>kiến\s+nghị|đề\s+nghị|đề\s+xuất|mong\s+muốn|mong\s+mỏi|"
    r"quan\s+tâm|tập\s+trung\s+vào|phản\s+ánh|bày\s+tỏ|nêu)(?![^\W_])", re.I)
_ASKS_FROM_ABOVE_RE = re.compile(r"(?<![^\W_])(?:yêu\s+cầu|chỉ\s+đạo|giao\s+cho|đôn\s+đốc)(?![^\W_])", re.I)


def opinions_retold(t: str) -> bool:
    """(tasks18) OPINIONS_RETOLD_RE with no verb of doing or modal between the askers and their verb, and
    no ask from above after it ('..., Chủ tịch UBND xã yêu cầu ...' would be the answer's request)."""
    m = OPINIONS_RETOLD_RE.match(t)
    if not m or t.endswith(":"):
        return False
    mid = m.group("mid")
    if re.match(r"đại\s+biểu", m.group("subj"), re.I) and re.match(r"(?:kiến|đề)\s+(?:nghị|xuất)|mong", m.group("verb"), re.I):
        # delegates at a working session may agree on and ask for work ('Tại buổi làm việc, các đại biểu
        # thống nhất, đề nghị UBND xã khẩn trương ...'); only the concerns they raise are told here
        return False
    if any(VERB_START_RE.match(mid[w.start():]) or re.match(r"(?:cần|phải|nên|hãy|sẽ|được)(?![^\W_])", mid[w.start():], re.I)
           for w in re.finditer(r"(?<![^\W_])\w", mid)):
        return False
    return not _ASKS_FROM_ABOVE_RE.search(t, m.end())


def _reports_an_event(t: str, plain_line: bool) -> bool:
    """Whether sentence ``t`` reports a meeting or event rather than asking anything: an event
    held or a meeting's report ('Tại buổi họp, ... đã ...'), and on a plain line (no bullet,
    no label) what a meeting said, a working session or a meeting led (attendance lines:
    participants.names_participants, read before this on every line);
    each unless an asking cue remains once nouns of asking (and things handed over) are
    read past.  The noun-free text is computed once for the checks that need it."""
    nouns_out = _NOUN_CUE_RE.sub(" ", t)
    if (EVENT_HELD_RE.match(t) or MEETING_REPORT_RE.match(t)) and not DIRECTIVE_CUE_RE.search(nouns_out):
        return True
    if not plain_line:
        return False
    if (meeting_said(t) or work_session(t)) and not DIRECTIVE_CUE_RE.search(_HANDED_OVER_RE.sub(" ", nouns_out)):
        return True
    return meeting_led(t)


def meeting_said(t: str) -> bool:
    """(tasks17) MEETING_SAID_RE, with no verb of doing between the event and the verb of telling
    ('Tại hội nghị, các đơn vị chuẩn bị báo cáo ...' is the work to bring to the meeting)."""
    m = MEETING_SAID_RE.match(t)
    if not m:
        return False
    who = m.group("who") or ""
    return not any(VERB_START_RE.match(who[w.start():]) for w in re.finditer(r"(?<![^\W_])\w", who))


def _byline(t: str) -> bool:
    """'NGUYÊN BẢO |', 'THU HÀ - 12/3/2024': a capitalised personal name (not a heading such as
    'KẾ HOẠCH' or 'NỘI DUNG CHÍNH'), alone or before the paper or the date."""
    from pipeline.structure.titles import is_personal_name
    m = BYLINE_RE.match(t)
    if not m or any(w.casefold() in _HEADING_WORDS for w in m.group(1).split()):
        return False
    return is_personal_name(" ".join(w.capitalize() for w in m.group(1).split()))


# syllables of the headings a directive prints in capitals ('KẾ HOẠCH', 'CHỈ THỊ', 'NHIỆM VỤ',
# 'GIẢI PHÁP CHỦ YẾU', 'TỔ CHỨC THỰC HIỆN', 'PHẦN I', 'NỘI DUNG'): no reporter's name has them
_HEADING_WORDS = set("""kế hoạch chỉ nhiệm vụ giải pháp tổ chức thực hiện phần mục đích yêu cầu
    kết luận quyết định nghị chương điều phụ lục nội cộng hòa hoà độc lập tự do hạnh phúc căn cứ
    thông báo công văn điện chương trình báo cáo tờ trình đề án i ii iii iv v vi""".split())
# a news lead that reports a directive just issued ('UBND tỉnh vừa có Chỉ thị số 20/CT-UBND yêu cầu ...',
# 'Chủ tịch UBND tỉnh vừa ký ban hành Công văn ...'): it opens the item the title heads
NEWS_LEAD_RE = re.compile(r"^[^,;:.]{2,90}?\s+vừa\s+(?:(?:ký|có|ban\s+hành|gửi)\s+)+"
                          r"(?:Công\s+văn|Văn\s+bản|Công\s+điện|Chỉ\s+thị|Quyết\s+định|Kế\s+hoạch|Thông\s+báo|Kết\s+luận|Hướng\s+dẫn|Nghị\s+quyết)(?![^\W_])")


# ('Bên cạnh đó, Bộ cũng chỉ đạo Tổng cục Đường bộ đánh giá ...', 'Qua đó, UBND tỉnh yêu cầu các sở ...'):
# a linking opener, then a body that directs, asks or assigns now (not 'đã', a report of what was
# done): the request a page reports, not more of the report
# (and with the body left out, the one the item's lead named: 'Bên cạnh đó, yêu cầu các địa phương
# tăng cường kiểm tra ...', 'Qua đó, đề nghị các sở, ngành ...'; news items write the request so,
# the speaker named once in the lead)
_ASK_AFTER_LINK_RE = re.compile(
    # (tasks19: the speaker may be named with a title in apposition, or with a stray comma before the
    # verb: 'Qua đó, đồng chí Nguyễn Văn An, Chủ tịch UBND huyện yêu cầu ...', 'Qua đó, Chủ tịch UBND huyện
    # Nguyễn Thị Nhanh, cũng yêu cầu ...'; no 'đã' report inside)
    r"^(?:Bên\s+cạnh\s+đó|Qua\s+đó)\s*,\s*(?:(?:(?!đã\s)[^,;:.]){1,60}?(?:\s*,\s*(?:(?!đã\s)[^,;:.]){1,60}?|\s*,)?\s+)?"
    r"(?:(?:cũng|vừa|sẽ|tiếp\s+tục)\s+)*"
    r"(?:chỉ\s+đạo|yêu\s+cầu|đề\s+nghị|giao|chủ\s+trì)\s+(?!(?:của|và|các\s+ngành)(?![^\W_]))", re.I)


# (follow15) a retelling's further points after its request: the discourse markers that open them
# ('Trong đó, ưu tiên ...', 'Cụ thể, tổ chức ...', 'Đồng thời, vận động ...', 'Ngoài ra, tăng cường
# ...', 'Mặt khác, ...', 'Song song đó, ...', 'Trước mắt, ...'), the verb right after
SPAN_MARKER_RE = re.compile(
    r"^(?:Trong\s+đó|Cụ\s+thể|Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó|Đặc\s+biệt|Mặt\s+khác|Theo\s+đó|"
    r"Song\s+song(?:\s+với)?\s+đó|Trước\s+mắt|Sau\s+đó|"
    # (tasks19) 'Cùng với đó, tăng cường ...', 'Cùng với việc này, chủ động ...', 'Cùng với đó là đẩy mạnh ...'
    r"Cùng\s+với\s+(?:đó|việc\s+này)(?:\s*,?\s*là)?)(?![^\W_])\s*,?\s*", re.I)
SPAN_REASON = "a further point of the request"
# (points34) a bare duty modal right after such a marker, no subject between ('Bên cạnh đó, cần ...', 'Ngoài ra,
# cũng cần ...', 'Mặt khác, cần phải ...'); benchmarks/points34_counts.py K4
MARKER_MODAL_RE = re.compile(r"(?:(?:cũng|còn|vẫn)\s+)?(?:cần\s+phải|cần|phải)\s+(?!thiết(?![^\W_]))", re.I)
# (tasks17) a retelling quotes the document's own points behind a frame that names the document
# ('Công điện nêu rõ: Theo dõi, kiểm đếm tàu thuyền ...', 'Nội dung công điện nêu rõ: Các đơn vị duy
# trì ...', 'Văn bản nêu rõ: Khẩn trương ...', 'Thông báo kết luận nêu: Giao Sở ...', 'Chỉ thị cũng
# nhấn mạnh: ...'): what follows the frame is read as the sentence -- a point when it opens on a
# verb of doing, a statement when it reports ('Công điện nêu rõ: Theo dự báo ...', 'Công văn nêu rõ:
# UBND tỉnh nhận được ...', 'Nội dung Công điện nêu rõ: Tính đến ngày ...')
QUOTE_FRAME_RE = re.compile(
    r"^(?:(?:Nội\s+dung|Toàn\s+văn)\s+)?(?:(?:Công|Bức)\s+điện|Điện|Công\s+văn|Văn\s+bản|Chỉ\s+thị|Thông\s+báo(?:\s+kết\s+luận)?|"
    r"Kế\s+hoạch|Quyết\s+định|Nghị\s+quyết|Kết\s+luận|Hướng\s+dẫn|Thư)(?:\s+(?:khẩn|hỏa\s+tốc))?(?:\s+(?:số\s+)?\d[\w/.-]*)?"
    r"(?:\s+(?:này|trên))?(?:\s+(?:cũng|còn))?\s+(?:nêu\s+rõ|nêu|chỉ\s+rõ|nhấn\s+mạnh|yêu\s+cầu\s+cụ\s+thể)\s*:\s*", re.I)
# (verbs15) the circumstances a point is to be done by, fronted ('Căn cứ tình hình cụ thể ...')
GROUND_OPEN_RE = re.compile(r"^Căn\s+cứ\s+(?:vào\s+)?(?:tình\s+hình|điều\s+kiện|đặc\s+điểm|diễn\s+biến|khả\s+năng|thực\s+tế|nhu\s+cầu)(?![^\W_])", re.I)
# (verbs15) a point fronted by the place or the bodies it is for, then a colon ('Đối với khu vực ven
# biển, đồng bằng: Sẵn sàng sơ tán ...', 'Đối với các đơn vị chưa xây dựng cơ sở dữ liệu: Khẩn trương
# rà soát ...', 'Ở vùng núi: tiếp tục ...')
TOPIC_COLON_RE = re.compile(r"^(?:Riêng\s+)?(?:(?:Đối\s+với|Ở|Tại)\s+(?:khu\s+vực|vùng|địa\s+bàn|các|những|tuyến|công\s+trình)\s|Riêng\s)[^:.;!?]{3,110}?:\s*", re.I)
# (verbs15) the verbs and verb compounds that open the gazette's list items, learned from the corpus
# (models/build_directive_verbs.py; `make models`): a point of a request may open on any of them
# ('Kiểm định ...', 'Thiết lập ...', 'Kết nối ...'), not only on the hand list above


def _learned_directive_verbs() -> list[str]:
    """The lexicon's words (its first two lines are the manifest and the column names)."""
    return [r.split("\t")[0] for r in model_table_lines("directive_verbs.tsv")[2:] if r.strip()]


DIRECTIVE_VERBS = sorted(set(ACTION_VERBS) | set(_learned_directive_verbs()), key=len, reverse=True)
DUTY_START_RE = re.compile(r"^(?:" + "|".join(map(re.escape, DIRECTIVE_VERBS)) + r")(?![^\W_])", re.I)
# a photo caption that opens on its label ('Ảnh minh họa: Mưa lớn gây ngập ...', 'Ảnh: Quang cảnh ...')
CAPTION_OPEN_RE = re.compile(r"^\(?\s*Ảnh(?:\s+minh\s+h(?:ọa|oạ))?\s*[:.–-]", re.I)


# (carry15) the letter a news lead says was sent, and to whom: 'Bộ Y tế vừa có văn bản gửi Sở Y tế các
# tỉnh, thành phố về việc ...', 'UBND tỉnh có Công điện số 12/CĐ-UBND gửi các sở, ngành ... về ...'
# (the office is the addressee, never the sender)
SENT_LETTER_TO_RE = re.compile(
    r"(?<![^\W_])(?:văn\s+bản|công\s+văn|công\s+điện|chỉ\s+thị|thông\s+báo|kế\s+hoạch|hướng\s+dẫn|thư)"
    r"(?:\s+(?:hỏa|hoả)\s+tốc|\s+khẩn)?(?:\s+(?:số\s*)?\d[^\s,;:]*)?(?:\s+ngày\s+[\d/.-]+)?\s+gửi\s+(?:tới\s+|đến\s+)?"
    r"(?P<who>(?:các\s+|những\s+)?[^:.]{3,300}?)\s*,?\s+(?:về\s+việc|về|nhằm|để|đề\s+nghị|yêu\s+cầu)(?![^\W_])", re.I)


# (the letter is one issued and reported -- 'vừa có / đã ban hành / tại / theo' right before it -- not a
# duty to write one: 'nếu ... thì có văn bản gửi Ban Thường trực ... để ...' asks the subject to send it)
_LETTER_ISSUED_BEFORE_RE = re.compile(r"(?<![^\W_])(?:vừa|đã|mới|tại|theo)(?:\s+(?:có|ban\s+hành|ký|gửi))?\s*$", re.I)


def sent_letter(text: str):
    """The match of SENT_LETTER_TO_RE for a letter the text reports as issued (or cites by its number), or None."""
    for m in SENT_LETTER_TO_RE.finditer(text):
        # (or a numbered one: 'UBND tỉnh có Công điện số 12/CĐ-UBND gửi ...')
        if _LETTER_ISSUED_BEFORE_RE.search(text[:m.start()]) or re.search(r"\d", text[m.start():m.start("who")]):
            return m
    return None


# (tasks16) a topic fronted by 'Đối với / Riêng / Riêng đối với / Còn đối với ...' and closed by a comma,
# not a colon ('Đối với dự án phát triển sản xuất năm 2023, Phòng NN&PTNT tham mưu ...', 'Đối với các dự
# án chậm tiến độ như A, B, C, Ban Quản lý dự án đẩy nhanh ...', 'Đối với diện tích không bảo đảm nguồn
# nước, chủ động chuyển sang ...'): the topic names what the clause is about; whether the sentence
# directs is read in the clause after it
FRONTED_TOPIC_RE = re.compile(r"^(?:(?:Riêng|Còn)\s+)?(?:Đối\s+với|Riêng)\s", re.I)


def fronted_topic_end(t: str, gaz=None) -> int:
    """(tasks16) Where the clause after a fronted 'Đối với ...,' topic starts, or 0: after the comma
    whose rest opens on a body and its action (the topic may list names with commas of its own: 'như
    Suối Đôi I, Gia Hoét II, ...'), else after the first comma whose rest opens on a verb of doing.
    A topic closed by a colon is TOPIC_COLON_RE's.  The callers read the rest as they read a sentence:
    a report after the topic ('..., UBND huyện đã tổ chức ...') opens on no action and stays a report."""
    if not FRONTED_TOPIC_RE.match(t):
        return 0
    commas = [m for m in re.finditer(r",\s+", t[:400]) if not re.search(r"[.;:!?]", t[:m.start()])]
    if gaz is not None:
        for m in commas:
            rest = t[m.end():]
            if rest[:1].isupper() and _opens_on_its_body(rest, gaz) and _body_then_action(rest, gaz):
                return m.end()
    for m in commas:
        rest = t[m.end():]
        if DUTY_START_RE.match(rest) and not re.match(r"(?:nhất\s+là|trong\s+đó|như)(?![^\W_])", rest, re.I):
            return m.end()
    return 0


_FOLLOW_ON_OPEN_RE = re.compile(
    r"(?:(?:đặc\s+biệt|nhất\s+là|trước\s+hết)\s+(?=(?:cần\s+)?[^\W\d_]))?"
    r"(?P<verb>(?:lưu\s+ý|chú\s+ý|lấy\s+ý\s+kiến|xin\s+ý\s+kiến)(?![^\W_])(?!\s*(?::|một\s+số\s+(?:nội\s+dung|vấn\s+đề)\s+sau))"
    # (points21: the bare verb 'tính' (compute) with its object, 'Đồng thời tính cân bằng nước, kịp thời điều chỉnh ...';
    # 'tính toán' is in the learned lexicon, 'tính' alone is not; never the 'as of / counting' of a report, 'tính đến ngày
    # ...', 'tính từ', 'tính chung', 'tính trên')
    r"|tính(?![^\W_])(?!\s+(?:đến|tới|từ|theo|chung|ra|trên|cả|riêng|bình\s+quân|tổng|lũy|luỹ|trung\s+bình|thêm|là|được|cho|vào|"
    r"đủ|mạng|năng|chất|cách|tình|toán)(?![^\W_])))?",
    re.I)


def opens_on_a_duty(t: str) -> bool:
    """'Tiếp tục triển khai ...', 'Trong đó, ưu tiên ...', 'Không để ...': the sentence opens on a verb of
    doing (or a prohibition), bare or after a discourse marker; not a report in the past ('Ngoài ra, đã
    ...') and not a count or a state ('Trong đó, có 5 xã ...', 'Trong đó, chỉ tiêu ...')."""
    rest = SPAN_MARKER_RE.sub("", QUOTE_FRAME_RE.sub("", t, count=1), count=1)
    if rest is not t and (follow := _FOLLOW_ON_OPEN_RE.match(rest)):
        # (tasks20) after a marker that continues a request: an intensifier before the verb ('Trong đó, đặc
        # biệt ưu tiên ...', 'Trong đó, đặc biệt lưu ý ...') and the verbs of heeding and consulting no verb
        # list holds ('Đồng thời, lưu ý triển khai ...', 'Đồng thời, lấy ý kiến ...')
        if follow.group("verb") and not PAST_RE.match(t):
            return True
        rest = rest[follow.end():]
    if rest is not t and (modal := MARKER_MODAL_RE.match(rest)):
        # (points34, measure34's K4) the speaker's bare duty modal after the marker ('Bên cạnh đó, cần tăng
        # cường ...', 'Bên cạnh đó, cần xây dựng phương án ...', 'Mặt khác, cần ...'): the verb after it opens the point, as it
        # does after the marker alone ('Bên cạnh đó, tăng cường ...') or after the modal alone ('Cần tăng cường
        # ...'); never a state ('Đồng thời phải là người đạt ...': no verb of doing follows)
        rest = rest[modal.end():]
    topic = TOPIC_COLON_RE.match(rest)
    if topic and len(topic.group(0).split()) <= 16:
        rest = rest[topic.end():]  # ('Đối với khu vực miền núi, trung du: Tiếp tục rà soát ...')
    elif topic_end := fronted_topic_end(rest):
        rest = rest[topic_end:]  # (tasks16: 'Đối với diện tích ..., chủ động chuyển sang ...')
    ground = _ground_then_duty(rest)
    if ground is not None:
        rest = rest[ground:]  # ('Căn cứ tình hình cụ thể nguồn nước ..., khả năng cấp nước để hướng dẫn ...')
    if PAST_RE.match(rest) or PAST_RE.match(t):
        return False
    opener = re.match(r"\S+(?:\s+\S+){0,2}\s*,\s*", t)
    if rest is t and opener and not (DUTY_START_RE.match(t) and DUTY_START_RE.match(t[opener.end():])):
        return False  # (another opener before a comma: 'Tổng kết lại, năm qua ...'; not a pair of
        # verbs, tasks17: 'Kiểm tra, rà soát các khu dân cư ...', 'Rà soát, thống kê ...')
    return bool(DUTY_START_RE.match(rest)) or bool(PROHIBITION_OPEN_RE.match(rest)) and bool(
        DUTY_START_RE.match(PROHIBITION_OPEN_RE.sub("", rest, count=1)))


def _ground_then_duty(t: str):
    """(verbs15) 'Căn cứ vào điều kiện thực tế của địa phương, hình thành các cơ chế ...', 'Căn cứ tình
    hình cụ thể nguồn nước ..., khả năng cấp nước để hướng dẫn cơ cấu cây trồng ...': a point that
    opens on the circumstances it is to be done by, then its verb after a comma or 'để', with no one
    named between (a capital letter, or a comma and then 'các ...': 'Căn cứ tình hình thực tế, Ban
    Thường trực ... tổ chức ...' has its own subject); where the verb starts, else None."""
    g = GROUND_OPEN_RE.match(t)
    if not g:
        return None
    for m in re.finditer(r",\s*|\s+để\s+", t[:260]):
        if m.start() < g.end():
            continue
        if any(ch.isupper() for ch in t[g.end():m.start()]) or re.search(r"[.;:]", t[g.end():m.start()]):
            return None
        if DUTY_START_RE.match(t[m.end():]):
            return m.end()
    return None


def furniture_of(s, doubled: set[int], in_answer: bool = False) -> Classified | None:
    """(furniture16, extract/furniture.py) a caption, an address or hotline line, a speaker named at an
    event, praise or a report of a state: the sentence directs no one, whatever verb it carries.
    ``in_answer``: the text answers a citizen (extract/doneacts.py reads its account of what was done)."""
    why = page_furniture(s, doubled)
    if why is not None:
        one_line = s.block.style is None and s.block.label is None and "\n" not in s.block.text.strip()
        if why == "speaker at an event" and not one_line:
            return Classified(s, "narrative", why)
        return Classified(s, "skip", "photo caption" if why == "speaker at an event" else why)
    why = praise_or_state(s.text)
    if why is None and (reported_reasoning(s.text) or reasoning_quote_piece(s.text, s.block.text)):
        why = "reported reasoning"  # (tasks19: a piece of a quote split at its inner stops, too)
    if why is None and counterfactual(s.text):
        why = "counterfactual"  # (tasks19) 'Lẽ ra ... phải ...', 'Nếu ... thì đã ...'
    if why is None and own_grant(s.text):
        why = "own grant"  # (tasks19) 'Bộ Tài chính quyết định hỗ trợ ... số tiền là ...'
    if why is None:
        # (points19, points20, tasks22, tasks23: extract/doneacts.py) 'Sau khi nhận phản ánh, UBND xã chỉ đạo ...',
        # 'UBND phường đã cử cán bộ ... kiểm tra, nhắc nhở và yêu cầu ...', an answer's account of what it did
        why = reported_act(s.text, in_answer=in_answer, labelled=s.block.label is not None)
    if why is None and not_until(s.text):
        why = "not until"  # (points21, extract/notuntil.py) '... phải đến tháng 12 năm 2019, việc ... mới được thực hiện'
    return Classified(s, "narrative", why) if why is not None else None


def _picture_caption_at(sentences: list[Sentence], k: int, per_block: dict[int, int]) -> bool:
    """(tasks19, furniture.picture_caption) the paragraph of one sentence and one line right after a
    picture's file name ('22.jpg') or right before its credit line ('Ảnh: Hữu Hoàn') is its caption."""
    s = sentences[k]
    b = s.block
    if s.index != 0 or per_block.get(id(b)) != 1 or b.style is not None or b.label is not None \
            or "\n" in b.text.strip():
        return False
    before = sentences[k - 1].block.text if k > 0 and sentences[k - 1].block is not b else None
    after = sentences[k + 1].block.text if k + 1 < len(sentences) and sentences[k + 1].block is not b else None
    return picture_caption(s.text, before, after)


def _uncredited_caption_at(sentences: list[Sentence], k: int, per_block: dict[int, int], out: list) -> bool:
    """(points19, captions19.uncredited_caption) a paragraph of one sentence and one line after a task
    of the text that is a photo caption printed with no credit."""
    s = sentences[k]
    b = s.block
    if s.index != 0 or per_block.get(id(b)) != 1 or b.style is not None or b.label is not None:
        return False
    # (between plain paragraphs: a note under a numbered item, '(Phòng X chuẩn bị nội dung từ 1-6)', is
    # no caption)
    prev_b = sentences[k - 1].block if k > 0 and sentences[k - 1].block is not b else None
    next_b = sentences[k + 1].block if k + 1 < len(sentences) and sentences[k + 1].block is not b else None
    if any(x is not None and (x.label is not None or x.style is not None) for x in (prev_b, next_b)):
        return False
    before = prev_b.text if prev_b is not None else None
    after = next_b.text if next_b is not None else None
    return uncredited_caption(s.text, b.text, before, after, True) and any(c.kind == "task" for c in out)


def caption_like(c) -> bool:
    """A photo caption between a request and its further points: skipped already, or a paragraph of one
    short line that opens on 'Ảnh' or does not end as a sentence ('Đồng chí Chủ tịch UBND tỉnh phát biểu
    chỉ đạo tại hội nghị')."""
    if c.kind == "skip" and c.reason == "photo caption":
        return True
    b = c.sentence.block
    if c.kind == "task" or b.style is not None or b.label is not None or "\n" in b.text.strip():
        return False
    text = b.text.strip()
    return bool(CAPTION_OPEN_RE.match(text)) or (len(text.split()) <= 20 and not re.search(r"[.;:!?…]\s*$", text)
                                                 and c.sentence.index == 0)


def _span_request(out: list, b):
    """The task whose span the sentence is in: the last task before it in the same section, passing
    over the further points already read, photo captions and a time frame of its own ('Thời gian thực
    hiện từ ngày ... đến ...'), and over one unread sentence between two points (verbs15: a point whose
    verb nobody listed does not end the run of points after it); None when a heading, a numbered item,
    two unread sentences or one before any point come between."""
    unread = 0
    for k in range(len(out) - 1, -1, -1):
        c = out[k]
        if c.kind == "task":
            blk = c.sentence.block
            ok = blk.label is None and blk.style is None and blk.path == b.path
            return c if ok else None
        if c.kind == "attribute" and c.reason == "time sentence" or caption_like(c):
            continue
        blk = c.sentence.block
        if c.kind == "narrative" and sent_letter(c.sentence.text) and blk.label is None and blk.style is None \
                and blk.path == b.path:
            return c  # (carry15: a news lead naming the addressees of the letter it reports opens the scope too)
        if not unread and passable_in_span(c, b):
            unread += 1
            continue
        return None
    return None


def passable_in_span(c, b) -> bool:
    """(verbs15) An unread sentence that may stand between two points of a request: a plain sentence
    of the same section (no label, no bullet, not a lead-in ending on ':'), not a heading."""
    blk = c.sentence.block
    t = c.sentence.text.strip()
    return c.kind == "narrative" and c.reason == "preamble zone" and blk.label is None and blk.style is None \
        and blk.path == b.path and not t.endswith(":") and not _is_upper(t) and len(t.split()) >= 6


def in_request_scope(out: list, b, t: str) -> bool:
    """(carry15, one test for what inherit14's 'Bên cạnh đó' rule and follow15's spans each read) a
    sentence that opens on its verb, bare or after a discourse marker ('Bên cạnh đó, tuyên truyền ...',
    'Trong đó, ưu tiên ...', 'Theo đó, đề nghị tổ chức ...', a paragraph 'Tiếp tục triển khai ...'), inside
    the scope of a request: right after a directive of its own paragraph, or with nothing but photo
    captions and a time frame between it and the last request of its section (in a report the
    marker opens what else happened: 'Bên cạnh đó, còn một số hạn chế', 'Ngoài ra, nhiều ...')."""
    if not opens_on_a_duty(t):
        return False
    if out and out[-1].kind == "task" and out[-1].sentence.block is b:
        return True
    return b.label is None and b.style is None and _span_request(out, b) is not None


def _phase_label_directs(t: str) -> bool:
    m = _PHASE_LABEL_RE.match(t)  # (what follows: a verb first, or a body that acts)
    return bool(m) and _directive_follows(t[m.end():])


# a report duty written topic first, the verb late ('Kết quả thực hiện gửi về Sở Nội vụ trước ngày
# ...', 'Tình hình triển khai báo cáo về UBND tỉnh ...'): the result or document to send opens
# the sentence, 'báo cáo / gửi về X' is its predicate
REPORT_DUTY_RE = re.compile(
    r"^(?:Kết\s+quả|Tình\s+hình|Báo\s+cáo|Số\s+liệu|Ý\s+kiến(?:\s+góp\s+ý)?|Văn\s+bản|Danh\s+sách|Hồ\s+sơ|Dự\s+thảo)"
    r"(?![^\W_])[^.;:()]{0,120}?(?<![^\W_])(?:báo\s+cáo|gửi)\s+(?:kết\s+quả\s+)?(?:(?:về|lên|cho|đến)\s|"
    # ('Ý kiến tham gia gửi Văn phòng Điều phối ... trước ngày 25/7/2020', 'Hồ sơ gửi Sở Nội vụ trước
    # ngày ...': the receiving body named right after 'gửi', with a due day)
    r"(?=(?:UBND|HĐND|Ủy|Uỷ|Sở|Bộ|Phòng|Ban|Văn\s+phòng|Cục|Chi\s+cục|Trung\s+tâm|Thường\s+trực)(?![^\W_])[^.;:]*?"
    r"(?<![^\W_])(?:trước|chậm\s+nhất|hạn\s+chót)\s+(?:ngày\s+)?\d))", re.I)
# parties a directive regulates (not public offices): as the subject of an action, theirs is a duty
REGULATED_PARTY_RE = re.compile(
    # ('ngân hàng thương mại', not the state bank 'Ngân hàng Nhà nước Việt Nam': a public office)
    r"^(?:Các\s+|Mọi\s+)?(?:ngân\s+hàng(?=\s+(?-i:[a-zđ]))|chi\s+nhánh\s+ngân\s+hàng|tổ\s+chức\s+tín\s+dụng|doanh\s+nghiệp|"
    r"người\s+(?:nộp\s+thuế|khai\s+hải\s+quan|sử\s+dụng\s+lao\s+động)|chủ\s+đầu\s+tư|nhà\s+đầu\s+tư|nhà\s+thầu|"
    r"tổ\s+chức\s*,\s*cá\s+nhân|hộ\s+kinh\s+doanh|thương\s+nhân|cơ\s+sở\s+(?:sản\s+xuất|kinh\s+doanh|khám\s+bệnh)|"
    r"(?-i:NHTM|TCTD))(?![^\W_])", re.I)
DIRECTIVE_CUE_RE = re.compile(
    # ('không phải / không còn phải xin giấy phép' says what is no longer required: no cue; nor
    # does 'không cần đáp ứng' (need not), nor the adjective 'cần thiết')
    # ('Tổng cục Thuế đã chỉ đạo ...', 'đã yêu cầu ...' report what was directed before: no cue)
    # ('UBND tỉnh chỉ đạo về việc tham gia ý kiến ...': 'chỉ đạo về việc' names the subject of
    # a directive, as a title or a news lead does; the cue 'chỉ đạo' takes the body it directs)
    # ('giao dịch', 'giao thông', 'giao lưu': nouns that begin with the verb 'giao', no cue)
    # ('Thường trực UBMTTQ phường kính mong các đồng chí ... tham gia góp ý': the polite ask of a
    # Front committee or a union, which has no authority to require)
    # ('đồng chí chủ trì kết luận một số nhiệm vụ trọng tâm ... tháng 4/2022, bao gồm: ...', 'nhấn
    # mạnh trách nhiệm của 2 đồng chí Phó chủ tịch trong việc kiểm soát ...': a meeting report gives
    # the chair's conclusions as the tasks he concluded on and the responsibility he stressed)
    # ('Ban Chỉ đạo phong trào ... tổ chức cuộc họp', 'Họp Ban Chỉ đạo ...': a steering committee's
    # name, capitalised, holds 'chỉ đạo', as a team's does, 'Tổ chỉ đạo chung' (tasks25, eo6); the body
    # directs no one by being named. Lower case 'ban
    # chỉ đạo cấp huyện phát động ...' is left a cue: office_spans ob8-016, a plan item, reads so)
    # ('UBND huyện đã tập trung chỉ đạo khắc phục ...', 'đã kịp thời chỉ đạo ...': an adverb between
    # 'đã' and the cue reports the same)
    r"(?<![^\W_])(?<!đã\s)(?<!đã\stập\strung\s)(?<!đã\skịp\sthời\s)(?<!đã\schủ\sđộng\s)(?<!đã\stích\scực\s)(?:đề\s+nghị|yêu\s+cầu|(?:kính|rất|trân\s+trọng)\s+mong(?!\s+(?:tiếp\s+tục\s+)?(?:nhận|được|sự|quý|các\s+quý)(?![^\W_]))|giao(?!\s+(?:ban|dịch|thông|lưu|tiếp|thoa|hữu|diện|điểm|kết|nhận|thừa|động|khoán|hàng|quân|có|là)(?![^\W_]))|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|khẩn\s+trương|(?<!(?-i:Ban)\s)(?<!(?-i:Tổ)\s)chỉ\s+đạo(?!\s+về\s+việc)|(?<!không\s)(?<!còn\s)(?<!tượng\s)(?<!diện\s)phải|(?<!không\s)cần(?!\s+thiết)|kết\s+luận(?=\s+(?:một\s+số\s+|các\s+|những\s+)?(?:nhiệm\s+vụ|công\s+việc|việc\s+cần\s+làm))|nhấn\s+mạnh(?=\s+trách\s+nhiệm))(?![^\W_])",
    re.I,
)
# 'Kết quả báo cáo Bộ X, Chủ tịch UBND tỉnh trước ngày 15/4/2013.', 'Kết quả thực hiện gửi về Sở
# Y trước ngày ...': the closing instruction of an assignment names the result first and then where
# and by when it goes; it directs (the 'Kết quả ...' of a review reports and has no time limit)
RESULT_DUE_RE = re.compile(
    r"^Kết\s+quả(?:\s*,?\s+[^\s,.;:]+){0,5}?\s*,?\s+(?:báo\s+cáo|gửi|trình)\s"
    r"(?=.*(?<![^\W_])(?:trước|chậm\s+nhất|không\s+quá|trong\s+(?:tháng|quý|tuần|thời\s+hạn|\d))(?![^\W_]))", re.I)
# a sentence that opens with the report, file or list to be sent and gives its due day ('Báo cáo
# hoàn thành của các cơ quan, đơn vị gửi ... trước ngày 05/6/2017.', 'Hồ sơ gửi về Phòng Nội vụ
# chậm nhất ngày 15/3.'): a duty whose doer is the body asked before it
REPORT_DUE_OPENER_RE = re.compile(
    r"^(?:Báo\s+cáo|Văn\s+bản|Hồ\s+sơ|Danh\s+sách|Kết\s+quả)(?![^\W_])"
    r"(?=.*(?<![^\W_])(?:gửi|nộp|về)(?![^\W_]))(?=.*(?<![^\W_])(?:trước|chậm\s+nhất|không\s+quá|hạn\s+chót)(?:\s+là)?\s+(?:ngày\s+)?\d)", re.I)
_ENTRY_PLACE_OR_GUESTS_RE = re.compile(
    r"[-–+*•]?\s*(?:(?:Địa\s+)?[Đđ]iểm\s+(?:tại|ở)|(?:Tại|Địa\s+điểm)\s*:|"
    r"Mời\s+(?:tập\s+thể|đại\s+diện|lãnh\s+đạo|các\s+đồng\s+chí|đồng\s+chí|Thường\s+trực))(?![^\W_])", re.I)
INTRO_END_RE = re.compile(r"(?:sau\s+đây|như\s+sau|sau|yêu\s+cầu|đề\s+nghị|chỉ\s+thị|gồm|cụ\s+thể)\s*:\s*$", re.I)
ATTRIBUTE_RE = re.compile(
    # ('Thời gian thí điểm: 05 năm, ...': any 'Thời gian <of what>:' line is an attribute, the
    # what up to four words when a time follows: 'Thời gian treo cờ Tổ quốc: Từ ngày ... đến hết
    # ngày ...'; 'Thời gian tới / qua' is a period of the text's own, never a key)
    # ('Về thời gian tổng kết: Cấp xã hoàn thành trước ngày ...': a time key introduced by 'Về')
    r"^[-–+*•]?\s*(?:Về\s+(?=thời\s+(?:gian|hạn)(?![^\W_])))?(?P<key>(?:Cơ\s+quan|Đơn\s+vị)\s+(?:thực\s+hiện|chủ\s+trì|phối\s+hợp)|Thời\s+gian(?:\s+[^\W\d_]+){0,2}|"
    r"Thời\s+gian(?!\s+(?:tới|qua|tiếp\s+theo|sắp\s+tới)(?![^\W_]))(?:\s+[^\W\d_]+){3,4}"
    r"(?=\s*:\s*(?:(?:Từ|Trước|Trong|Chậm\s+nhất|Đến|hết|[Nn]gày|[Tt]háng|[Qq]uý|[Nn]ăm)\s+)*\d)|"
    r"Thời\s+hạn(?:\s+hoàn\s+thành)?|Hạn(?:\s+chót|\s+hoàn\s+thành|\s+báo\s+cáo)|Thời\s+điểm\s+hoàn\s+thành|Tiến\s+độ(?:\s+thực\s+hiện)?|Thành\s+phần(?:\s+(?:tham\s+dự|[^\W\d_]+))?|Địa\s+điểm|Kinh\s+phí(?:\s+thực\s+hiện)?|"
    r"Sản\s+phẩm|Kết\s+quả(?:\s+(?:dự\s+kiến|đầu\s+ra|cần\s+đạt))?|Chủ\s+trì|Phối\s+hợp|Trách\s+nhiệm\s+thực\s+hiện|Nguồn\s+kinh\s+phí|"
    # a schedule entry's lines: who is invited, where, which office leader follows it
    # ('Mời: Đồng chí Bí thư Huyện ủy, ...', 'Điểm: tại phòng họp số 1', 'LĐVP: Đ/c Sử, CVVP: ...',
    # 'Thời gian, địa điểm: 07 giờ 00’ ... tại phòng Tiếp công dân xã')
    r"Mời|Điểm|LĐVP|CVVP|Thời\s+gian\s*,\s*địa\s+điểm|"
    # the amount that goes with the duty above ('Mức quà tặng: 100.000 đồng/người dân', 'Mức hỗ
    # trợ: 500.000 đồng/người/tháng')
    r"Mức(?:\s+[^\W\d_]+){1,2}|"
    # what a campaign notice says of its vaccine, its reach and its price before its schedule ('-
    # Vác xin tiêm phòng: Là loại vác xin Rabinsin ...', '- Phạm vi tiêm phòng: Toàn bộ số chó ...',
    # '- Giá tiền tiêm: 01 liều ...', 'Giá vắc xin tiêm thử nghiệm: 75.000đ/liều', 'Loại vắc xin: ...')
    r"(?:Loại\s+)?(?:V[aáắ]c[\s-]?xin|Vaccine|Văcxin)(?:\s+[^\W\d_]+){0,3}|Phạm\s+vi(?:\s+[^\W\d_]+){0,3}|"
    r"Giá(?:\s+(?:tiền|vắc\s+xin|vác\s+xin|dịch\s+vụ|thu|bán))(?:\s+[^\W\d_]+){0,3}|"
    # a Party programme closes each group of duties with the bodies that carry it out
    # ('Trách nhiệm chỉ đạo thực hiện: Đảng ủy UBND tỉnh; các cấp ủy, tổ chức đảng.')
    r"Trách\s+nhiệm(?:\s*,?\s+(?:lãnh\s+đạo|chỉ\s+đạo|tham\s+mưu))+(?:\s+(?:thực\s+hiện|triển\s+khai))?)\s*:\s*(?P<value>.*)$",
    re.I,
)
# attribute keys and assignment notes decide a line's role: they are matched with any marks
# ('- Co quan thực hiên:' left by OCR, '(... chuẩn bị nội dung tư 1-6)' by diacritics repair)
ATTRIBUTE_RE = mark_tolerant(ATTRIBUTE_RE)
# ('- Đơn vị chủ trì: Sở Y tế; đơn vị phối hợp: Sở Tài chính': the keys on one line, after ';')
ATTR_SPLIT_RE = re.compile(
    r"\s*[-–*]\s*(?=(?:Thời\s+gian|Cơ\s+quan|Đơn\s+vị|Thời\s+hạn|Tiến\s+độ|Kinh\s+phí|Sản\s+phẩm)[^:]{0,20}:)|"
    r"\s*;\s*(?=(?:Thời\s+gian|Cơ\s+quan|Đơn\s+vị|Thời\s+hạn)(?:\s+[^\W\d_]+){1,3}\s*:)", re.I
)
ATTR_SPLIT_RE = mark_tolerant(ATTR_SPLIT_RE)
NOTE_RE = re.compile(
    r"\((?P<body>[^()]*?(?:chuẩn\s+bị|thực\s+hiện|chủ\s+trì|trình|báo\s+cáo)(?:\s+(?:các\s+)?(?:nội\s+dung|mục|báo\s+cáo|đề\s+án|tờ\s+trình))?"
    r"(?P<nums>(?:\s*(?:từ|số)?\s*\d{1,3}(?:\.\d{1,3})*(?:\s*(?:-|–|đến)\s*\d{1,3}(?:\.\d{1,3})*)?\s*(?:,|và)?)*)\s*)\)\s*\.?\s*$",
    re.I,
)
NOTE_RE = mark_tolerant(NOTE_RE)
# sections that report on the past: their sentences are narrative, not tasks
# (a meeting's attendance list under 'I. THÀNH PHẦN THAM DỰ' names people, it directs no one)
# ('ĐÁNH GIÁ' after 'GIÁM SÁT VÀ', 'KIỂM TRA,', 'THEO DÕI,' names the duty to monitor and evaluate,
# a section of duties in a plan ('IV. GIÁM SÁT VÀ ĐÁNH GIÁ'), not an assessment of past results)
REVIEW_HEADING_RE = re.compile(r"THÀNH\s+PHẦN\s+(?:THAM\s+DỰ|DỰ\s+HỌP|CUỘC\s+HỌP|THAM\s+GIA\s+CUỘC\s+HỌP|HỘI\s+NGHỊ)|"
                               r"(?<!GIÁM\sSÁT\sVÀ\s)(?<!KIỂM\sTRA,\s)(?<!KIỂM\sTRA\sVÀ\s)(?<!THEO\sDÕI,\s)(?<!THEO\sDÕI\sVÀ\s)ĐÁNH\s+GIÁ|KẾT\s+QUẢ\s+(?:THỰC\s+HIỆN|ĐẠT\s+ĐƯỢC|NỔI\s+BẬT)|NHỮNG\s+KẾT\s+QUẢ|TÌNH\s+HÌNH|THỰC\s+TRẠNG|HẠN\s+CHẾ|TỒN\s+TẠI|BẤT\s+CẬP", re.I)
# a lead-in naming the criteria the work goes by ('... căn cứ vào các tiêu chí:', 'dựa trên những
# tiêu chuẩn sau:'): the items below it are those criteria
CRITERIA_INTRO_RE = re.compile(r"(?<![^\W_])(?:căn\s+cứ(?:\s+vào)?|dựa\s+(?:trên|vào))\s+(?:các|những)\s+"
                               r"(?:tiêu\s+chí|tiêu\s+chuẩn|điều\s+kiện|cơ\s+sở)(?:\s+sau(?:\s+đây)?)?\s*:\s*$", re.I)
DOC_TYPE_LINE_RE = re.compile(r"^(?:KẾ\s+HOẠCH|THÔNG\s+BÁO|CHỈ\s+THỊ|QUYẾT\s+ĐỊNH|CÔNG\s+VĂN|CHƯƠNG\s+TRÌNH(?:\s+CÔNG\s+TÁC|\s+HÀNH\s+ĐỘNG)?|NGHỊ\s+QUYẾT|BÁO\s+CÁO|TỜ\s+TRÌNH|HƯỚNG\s+DẪN|CÔNG\s+ĐIỆN)\s*$")
# ('Trường hợp cơ quan Thuế đã có văn bản ... thì đơn vị chủ trì ...': a condition, not the past)
# (tasks25) nor a relative 'đã' right after the thing it describes ('Làm rõ những kết quả đã đạt được ...',
# 'Đối với các trường hợp đã rõ hành vi sai phạm, Công an các quận ... xử lý nghiêm ...'): the main clause asks
PAST_RE = re.compile(r"^(?!(?:Trường\s+hợp|Nếu|Khi)\s[^.;]*\sthì\s)(?:[^,;]{0,40},\s*)?(?:\S+\s+){0,6}?"
                     r"(?<!kết\squả\s)(?<!trường\shợp\s)(?<!chỉ\stiêu\s)(?<!mục\stiêu\s)(?<!nhiệm\svụ\s)(?<!công\sviệc\s)"
                     r"(?<!nội\sdung\s)đã\s+(?!được\s+giao)", re.I)
# '... đã chỉ đạo ngành thuế triển khai ..., đồng thời yêu cầu Cục Thuế ... báo cáo ...' (m7): a cue
# joined by 'đồng thời' to a verb in the past shares its 'đã' and reports what was asked before
# a retrospective time adverbial opening the sentence ('Những ngày qua, ...', 'Thời gian qua, ...',
# 'Trong tháng vừa qua, ...', 'Vừa qua, ...', 'Qua 5 năm thực hiện, ...'): with 'đã' the sentence
# reports; the request comes in another sentence
RETROSPECT_RE = re.compile(r"^(?:Trong\s+)?(?:(?:những|các)\s+)?(?:(?:ngày|tuần|tháng|năm|thời\s+gian)(?:\s+\d{1,4})?\s+(?:qua|vừa\s+qua|gần\s+đây)|"
                           r"vừa\s+qua|qua\s+(?:\d+|một|hai|ba|bốn|năm|mười)\s+(?:ngày|tháng|năm)\s+(?:thực\s+hiện|triển\s+khai))(?![^\W_])", re.I)
# 'Tình hình an ninh và trật tự an toàn xã hội đã được bảo đảm.': a noun phrase, 'đã được' and a
# short participle, nothing after it: a state reached, not a request
RESULT_STATE_RE = re.compile(r"^[^,;:]{3,90}?\sđã\s+(?:cơ\s+bản\s+)?được\s+(?!giao|phân\s+công)(?:[^\W\d_]+\s*){1,4}[.]?$", re.I)
PAST_COORD_CUE_RE = re.compile(r"(?<![^\W_])đồng\s+thời\s+(?:đề\s+nghị|yêu\s+cầu|giao|chỉ\s+đạo)(?![^\W_])", re.I)
# 'Thời gian hoàn thành công việc nói trên ... quy định như sau:' + a list of (region, date)
TIME_INTRO_RE = re.compile(r"^Thời\s+(?:gian|hạn)\s+(?:hoàn\s+thành|thực\s+hiện|triển\s+khai)\b.*:\s*$", re.I)
# '... còn phát sinh một số tồn tại ..., cụ thể:': the bullets below report shortcomings
SHORTCOMINGS_INTRO_RE = re.compile(r"(?:tồn\s+tại|hạn\s+chế|bất\s+cập|thiếu\s+sót|yếu\s+kém)[^:]{0,120}:\s*$", re.I)
# the issuer asking its addressees, also as OCR spells 'đề nghị' ('dé nghị', 'Để nghị')
ASK_RE = re.compile(r"(?<![^\W_])(?:(?:đề|dé|để|dề)\s+nghị|yêu\s+cầu|giao)\s", re.I)
# 'Thực hiện Công văn số 6170/BNV-CCVC ..., Sở Nội vụ đề nghị các cơ quan, đơn vị:': the grounds, then
# a main clause that asks the bodies it names before the list: a lead-in, not the preamble ('Xét đề
# nghị của Sở X' is a noun, no ask)
ASK_LEADIN_RE = re.compile(
    r",\s*[^,:;]{0,80}?(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu|giao)\s+(?!của(?![^\W_]))[^:;]{3,160}:\s*$", re.I)
# 'Thực hiện Kế hoạch ..., Bộ Giáo dục và Đào tạo hướng dẫn các cơ sở đào tạo triển khai ... như
# sau:': the grounds, then the guidance that names who carries out the steps below (a lead-in)
GUIDE_LEADIN_RE = re.compile(
    r",\s*[^,:;]{0,80}?(?<![^\W_])hướng\s+dẫn\s+(?:các\s+)?[^\W\d_][^:;]{3,200}?(?:như\s+sau|sau\s+đây|cụ\s+thể)\s*:\s*$", re.I)
TOPIC_TITLE_RE = re.compile(r"^(?:Đối\s+với|Về)\s", re.I)
# 'Thời gian hoàn thành xong trước ngày 05/10/2026.', 'Thời hạn báo cáo trước ngày 15/12/2024.': a
# sentence of its own (no colon) that only states when the work of the sentence before it is due
# (a provincial letter puts it after the assignment: 'Giao Sở X chủ trì ... . Thời gian hoàn
# thành ...').  An attribute of that task, not a task (ANNOTATION.md: time lines are attributes).
TIME_SENTENCE_RE = re.compile(
    r"^Thời\s+(?:gian|hạn)(?:\s+(?:hoàn\s+thành|thực\s+hiện|báo\s+cáo|gửi(?:\s+báo\s+cáo)?|nộp(?:\s+báo\s+cáo)?|trình|"
    # ('Thời gian triển khai kéo dài từ quý 2/2025 đến hết ngày 28/2/2027.', 'Thời gian ban hành là
    # trước ngày 1/3/2027 ...': the act the time is of, named by any verb of the work)
    r"(?:triển\s+khai|ban\s+hành|tổ\s+chức|tiến\s+hành|xây\s+dựng|rà\s+soát|tổng\s+kết|sơ\s+kết)(?:\s+(?:kéo\s+dài|dự\s+kiến))?))?"
    # ('Thời gian hoàn thành việc quán triệt, chậm nhất ngày 14/5/2021 ...': the work it dates named
    # as 'việc X' before the time)
    r"(?:\s+việc\s+[^,;:.]{2,60}?\s*,?)?"
    r"(?:\s+(?:xong|là))?\s+(?:trước|chậm\s+nhất|trong|xong|hoàn\s+thành|đến|từ|ngày|tháng|quý|năm)(?![^\W_])[^;:]*\.?$"
    # ('(Thời gian từ ngày 04/2 đến ngày 08/2/2026)', '(Từ ngày 02/2 đến ngày 03/2/2026)': the same
    # statement in brackets, as a step's time under its title; a bare time phrase needs a number)
    r"|^\(\s*(?:Thời\s+(?:gian|hạn)|Từ|Trước|Trong|Chậm\s+nhất|Hoàn\s+thành)\s[^();:]*\d[^();:]*\)\s*\.?$"
    # ('Làm Tờ trình ... . Hoàn thành trước 05/7/2017.', '... . Xong trước ngày 30/6.'): the finish
    # alone, with its bound and a number, says when the work before it is due
    r"|^(?:Hoàn\s+thành|Thực\s+hiện\s+xong|Xong)(?:\s+xong)?\s+(?:trước|chậm\s+nhất|trong)(?:\s+(?:là|ngày|tháng|quý|năm))*\s*\d[\d/.\s]*(?:năm\s+\d{4})?\s*\.?$"
    # ('Thời hạn cuối cùng để gửi báo cáo là ngày 30/9/2025.', 'Hạn chót nộp hồ sơ là ngày 15/10.',
    # 'Thời hạn gửi báo cáo về Bộ Nội vụ trước ngày 15/12/2024.'): the time named with what it is the
    # time of in words of any kind, then a day (never 'Thời gian tới / qua', a period of the text)
    r"|^(?:Thời\s+(?:gian|hạn)|Hạn\s+(?:chót|cuối))(?!\s+(?:tới|qua|tiếp\s+theo|sắp\s+tới|này|đó)(?![^\W_]))(?:\s+[^\W\d_]+){1,8}?\s*,?"
    r"\s+(?:là\s+)?(?:(?:trước|chậm\s+nhất|đến|hết|trong)\s+)*(?:(?:là\s+)?ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d])[^;:]*\.?$"
    # (deadline30) the work before it named back, then its bound: 'Người đứng đầu cơ sở ... phải cam kết ... . Việc
    # này phải hoàn thành trước 30/3/2025.' (the short audit's sf15), 'Ban Tổ chức Trung ương sẽ tham mưu ... . Việc
    # này cần thực hiện chậm nhất trước 15/9.' (office_spans' ob14-103): the time of the sentence before it
    r"|^(?:Việc|Công\s+việc|Nội\s+dung|Nhiệm\s+vụ)\s+(?:này|trên|nêu\s+trên)\s+(?:(?:phải|cần|sẽ|được)\s+)*"
    r"(?:hoàn\s+thành|thực\s+hiện|triển\s+khai|làm)(?:\s+xong)?\s+(?:(?:chậm\s+nhất|trước|trong|là)\s+)+(?:(?:ngày|tháng)\s+)?"
    r"\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d])[^;:]*\.?$"
    # (points34, measure34's T2) the work named as a list with a comma, then a bound and a day ('Thời gian nộp và bàn giao
    # bản kê khai tài sản, thu nhập về Thanh tra tỉnh trước ngày 28/1/2024…'): the words before the comma as above, one
    # more stretch after it, and a bound word always (never an event's bare day, 'Thời gian kiểm tra, đánh giá ... vào
    # ngày 7/6.')
    r"|^Thời\s+(?:gian|hạn)(?!\s+(?:tới|qua|tiếp\s+theo|sắp\s+tới|này|đó)(?![^\W_]))(?:\s+[^\W\d_]+){1,10}\s*,\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,7}?"
    r"\s+(?:là\s+)?(?:trước|chậm\s+nhất|đến\s+hết|hết|đến)\s+(?:(?:là\s+)?ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d])[^;:]*\.?$"
    # (points34, T2) a relative term right under its task ('... thì đơn vị yêu cầu người có nghĩa vụ kê khai ... kê khai lại.
    # Thời gian kê khai lại là 7 ngày kể từ ngày nhận được yêu cầu, ...'; the gazette's procedures, '... có trách nhiệm kiểm
    # tra và thông báo ... . Thời gian bổ sung, sửa đổi hồ sơ là 15 ngày kể từ ngày nhận được văn bản thông báo.', 'Thời gian
    # xem xét, giải quyết không quá 30 ngày kể từ ...'): the time of that task, with no day of its own
    r"|^Thời\s+(?:gian|hạn)(?!\s+(?:tới|qua|tiếp\s+theo|sắp\s+tới|này|đó)(?![^\W_]))(?:\s+[^\W\d_]+|\s*,\s*[^\W\d_]+){1,12}?"
    r"\s+(?:là|trong(?:\s+thời\s+hạn)?|chậm\s+nhất(?:\s+là)?|không\s+quá)(?:\s+(?:là|trong|không\s+quá))*\s+\d{1,3}\s+(?:ngày|tuần|tháng)"
    r"(?:\s+làm\s+việc)?\s*,?\s+(?:kể\s+từ|tính\s+từ)\s+(?:ngày\s+)?[^\W\d_][^;:]*\.?$", re.I)
# (matched at the start of the heading: '4. Về hồ sơ ... nhằm mục đích kinh doanh' is a topic, not
# the purposes of a plan)
PURPOSE_HEADING_RE = re.compile(r"(?:(?:NHỮNG|CÁC)\s+)?(?:MỤC\s+ĐÍCH|YÊU\s+CẦU|MỤC\s+TIÊU|QUAN\s+ĐIỂM|NGUYÊN\s+TẮC|SỰ\s+CẦN\s+THIẾT|CĂN\s+CỨ)", re.I)
# a section that says whom and where a plan covers ('II. ĐỐI TƯỢNG, PHẠM VI, THỜI GIAN THỰC HIỆN',
# '2. Phạm vi', '1. Đối tượng áp dụng'): its sentences describe the plan ('Đề án được thực hiện trong
# phạm vi các bộ, ...'), they assign no one; and a 'Thời gian thực hiện: Từ năm 2026 đến năm 2031'
# printed as the next item of such a section is the whole plan's period, not a due date of the
# scope sentence before it
SCOPE_HEADING_RE = re.compile(
    r"^(?:đối\s+tượng|phạm\s+vi|địa\s+bàn)(?:\s+(?:áp\s+dụng|điều\s+chỉnh|thực\s+hiện|triển\s+khai|tham\s+gia))?"
    r"(?:\s*(?:,|và|-)\s*(?:đối\s+tượng|phạm\s+vi|địa\s+bàn|thời\s+gian|thời\s+hạn)(?:\s+(?:áp\s+dụng|điều\s+chỉnh|thực\s+hiện|triển\s+khai|tham\s+gia))?)*\s*[:.]?\s*$", re.I)
SCOPE_LINE_RE = re.compile(r"^(?:[-–+•]\s*)?(?:đối\s+tượng|phạm\s+vi)(?:\s+(?:áp\s+dụng|điều\s+chỉnh|thực\s+hiện|triển\s+khai|tham\s+gia))?\s*:\s*\S", re.I)
# 'Kiện toàn Ban Chỉ đạo ... gồm các thành viên sau đây:' + '1. Trưởng ban: Phó Thủ tướng ...', '- 01
# Thứ trưởng Bộ Nội vụ;': a decision that forms or re-forms a committee lists its members by post;
# each line names a person's seat, it directs no one
ROSTER_INTRO_RE = re.compile(r"(?<![^\W_])(?:bao\s+)?gồm\s+(?:các\s+|những\s+)?(?:thành\s+viên|ông\s*(?:,|và)\s*bà|đồng\s+chí)"
                             r"(?:\s+có\s+tên)?(?:\s+(?:sau|như\s+sau|sau\s+đây))?\s*:\s*$", re.I)
# '(Kèm theo Nghị quyết số 175/NQ-CP ngày 30 tháng 10 năm 2023 của Chính phủ)': the line under
# an appendix's title that names the document it belongs to
SUBTITLE_RE = re.compile(r"^\(\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\b[^()]*\)\s*\.?$")
MEETING_RE = re.compile(r"(?:phiên\s+họp|hội\s+nghị|cuộc\s+họp|kỳ\s+họp|giao\s+ban)", re.I)
# contact details closing a letter ('Điện thoại liên hệ 04 38681440.', 'Điện thoại: 04.38262004; Email:
# ...'), and the address lines under '... theo địa chỉ:': where to write, not what to do
CONTACT_RE = re.compile(r"^(?:(?:Số\s+)?[Đđ]iện\s+thoại|ĐT|Email|E-mail|Fax|Hotline|Website)(?:\s+liên\s+hệ)?\s*:?\s*(?:[\d(+]|[\w.-]+@)", re.I)
ADDRESS_INTRO_RE = re.compile(r"(?:địa\s+ch[ỉi]|liên\s+hệ)\s*:\s*$", re.I)
# '... có những thí sinh thay đổi nguyện vọng nhưng các trường chưa cập nhật kịp thời ...': what has
# not been done yet, reported as the problem the letter answers
SHORTFALL_RE = re.compile(r"(?<![^\W_])(?:nhưng|song|tuy\s+nhiên)\s+[^;.]{0,80}?(?<![^\W_])chưa\s", re.I)
EXAMPLE_RE = re.compile(r"^(?:Ví\s+dụ|VD|Chẳng\s+hạn)\s*(?:\d{1,2}\s*)?[:.,]", re.I)
# the courtesy that closes a letter ('Trân trọng cảm ơn./.', 'Bộ Giáo dục và Đào tạo trân trọng
# cám ơn./.', 'Trân trọng!', 'Xin trân trọng cảm ơn sự phối hợp của Quý cơ quan.'): it thanks,
# it directs no one
COURTESY_RE = re.compile(r"^(?:[^,;:]{0,80}\s)?(?:xin\s+)?(?:trân\s+trọng|chân\s+thành)(?:\s+(?:cảm|cám)\s+ơn(?:\s+[^,;:]{0,60})?)?\s*[.!]*(?:/\.)?\s*$", re.I)
# (tasks23) the thanks that closes an answer, its hope of more feedback with it: 'UBND phường cám ơn sự phản
# ánh kịp thời của quý Ông/Bà, rất mong tiếp tục nhận được phản ánh trong thời gian tới.', 'Chân thành cảm
# ơn phản ánh của quý Ông/Bà và mong tiếp tục nhận được ...': a subject of a few words at most, then the
# thanks; an ask after it ('..., đề nghị các đơn vị ...') keeps the sentence for the other rules
THANKS_RE = re.compile(r"^(?:[^\W\d_][^,;:.]{0,50}\s)?(?:xin\s+)?(?:(?:trân\s+trọng|chân\s+thành)\s+)?(?:cảm|cám)\s+ơn(?![^\W_])", re.I)


# a news photo's caption closes on its credit: '... Ảnh: Hữu Hoàn', '(Ảnh: TTXVN)', 'Ảnh minh họa'
# (tasks31) a credit may open on initials with their dots: 'Ảnh: B. Phạm' (task_audit sh04), 'Ảnh: M.Q' (se08)
CAPTION_END_RE = re.compile(r"(?:^|[.!?…]\s*|\s)\(?\s*Ảnh\s*(?::\s*(?:[^\W\d_][^.;:!?()]{1,50}|(?:[^\W\d_]{1,2}\.\s?)+[^\W\d_][^.;:!?()]{0,40})|\s+minh\s+họa|\s+minh\s+hoạ)\s*\)?\.?\s*$")


# 'Nếu có khó khăn, vướng mắc ...', 'Trong quá trình thực hiện, nếu ...', 'Trường hợp ...': a
# condition that opens a sentence, up to one of its commas
# a case fronted before the duty: 'Nếu / Khi / Trường hợp / Trong trường hợp ...', also after 'Trong quá
# trình ...,'; or 'Trong quá trình ...' alone ('Trong quá trình thực hiện, kịp thời phản ánh ...')
CONDITION_OPENER_RE = re.compile(r"^(?:Trong\s+quá\s+trình[^,;:]{0,60},\s*)?(?:nếu|khi|trường\s+hợp|trong\s+trường\s+hợp)\s|"
                                 r"^Trong\s+quá\s+trình(?![^\W_])", re.I)
# adverbial cues a point may open on, besides the verbs ('Nghiêm túc thực hiện ...', 'Tích cực vận
# động ...', 'Sẵn sàng lực lượng ...', 'Kiên quyết xử lý ...', 'Tuyệt đối không ...')
ADVERB_OPEN_RE = re.compile(r"^(?:Nghiêm\s+túc|Tích\s+cực|Sẵn\s+sàng|Kiên\s+quyết|Tuyệt\s+đối|Khẩn\s+cấp|Thường\s+xuyên|"
                            r"Khẩn\s+trương|Kịp\s+thời|Chủ\s+động|Quyết\s+liệt|Nghiêm\s+cấm|Cương\s+quyết)(?![^\W_])\s+\S", re.I)


def condition_then_verb(t: str, own_subject_ends: bool = False) -> bool:
    """(tasks17: one mechanism for the letter's closing request and the plain-line point, which were
    tasks._condition_then_verb and plainpoints._condition_then_duty) The case first, then, after one of
    its commas (or 'thì'), the verb of the duty with its subject left out: 'Nếu có khó khăn, vướng mắc
    trong quá trình thực hiện, chủ động thông tin về Văn phòng ...' (letters close their requests so: the
    body it speaks to is the one the sentence before asked), 'Khi có sự cố, thiên tai xảy ra, nắm bắt,
    tổng hợp báo cáo ngay ...', 'Nếu có từ 90% ý kiến đồng ý thì hoàn thiện hồ sơ trình ...'.
    ``own_subject_ends``: a capital letter or a stop before the comma names a subject of the case's own
    and ends the search ('Khi có sự cố, UBND xã báo cáo ...' is read by the rules for a named doer)."""
    if not CONDITION_OPENER_RE.match(t):
        return False
    for m in re.finditer(r",\s*(?:thì\s+)?|\s+thì\s+", t[:220]):
        if own_subject_ends and (any(ch.isupper() for ch in t[2:m.start()]) or re.search(r"[.;:]", t[:m.start()])):
            return False
        rest = t[m.end():]
        if VERB_START_RE.match(rest) or DUTY_START_RE.match(rest) or ADVERB_OPEN_RE.match(rest[:1].upper() + rest[1:]):
            return True
    return False


# a letter that convenes a meeting (giấy mời, công văn triệu tập) is laid out as items
# '1. Nội dung:', '2. Thành phần:', '3. Thời gian, địa điểm:': who attends is no duty, and the
# dated lines of the time item are attributes of the meeting (they date its agenda, below)
AGENDA_HEAD_RE = re.compile(r"^Nội\s+dung(?:\s+(?:hội\s+nghị|cuộc\s+họp|buổi\s+làm\s+việc|làm\s+việc|họp))?\s*:?\s*$", re.I)
ATTEND_HEAD_RE = re.compile(r"^Thành\s+phần(?:\s+(?:tham\s+dự|dự\s+họp|mời|tham\s+gia|triệu\s+tập))?\s*:?\s*$", re.I)
SCHEDULE_HEAD_RE = re.compile(r"^Thời\s+gian(?:\s*(?:,|và)\s*địa\s+điểm)?(?:\s+(?:họp|tổ\s+chức|làm\s+việc))?\s*:?\s*$", re.I)


PART_TITLE_RE = re.compile(r"^(?:Nội\s+dung(?:\s+công\s+việc|\s+thực\s+hiện)?|Biện\s+pháp(?:\s+thực\s+hiện)?|Giải\s+pháp(?:\s+thực\s+hiện)?"
                           r"|Nhiệm\s+vụ(?:\s+(?:trọng\s+tâm|cụ\s+thể|chung))?|Phương\s+hướng(?:\s+nhiệm\s+vụ)?|Tổ\s+chức\s+thực\s+hiện"
                           r"|Kinh\s+phí(?:\s+thực\s+hiện)?|Phân\s+công\s+(?:nhiệm\s+vụ|thực\s+hiện))\s*[.:]?$", re.I)


# 'Chính phủ ban hành Nghị quyết tạm ngưng ...' after the 'Căn cứ' lines: the enacting formula
# of the document itself, no duty
ENACTING_RE = re.compile(r"(?<![^\W_])ban\s+hành\s+(?:Nghị\s+quyết|Quyết\s+định|Kế\s+hoạch|Chỉ\s+thị|Thông\s+tư|Nghị\s+định|"
                         r"Quy\s+chế|Quy\s+định|Chương\s+trình|Công\s+văn|Thông\s+báo|Hướng\s+dẫn)(?![^\W_])", re.I)


def meeting_layout(sentences: list[Sentence]) -> bool:
    """Does the document convene a meeting: a time item beside an attendance or agenda item?"""
    heads = [s.text.strip() for s in sentences if s.index == 0 and s.block.label and s.block.style not in (None, "bullet")]
    return any(SCHEDULE_HEAD_RE.match(h) for h in heads) and any(ATTEND_HEAD_RE.match(h) or AGENDA_HEAD_RE.match(h) for h in heads)


def is_heading(block: Block, text: str) -> bool:
    """A numbered heading ('1. Về phát triển kinh tế', 'II. TỔ CHỨC THỰC HIỆN') or a title."""
    t = text.strip()
    letters = [c for c in t if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.85 and len(letters) >= 4:
        return True
    if block.kind == "item" and not re.search(r"[.;!?…:]\s*[\"”)]?$", t) and len(t.split()) <= 30:
        return True
    # '1. Nội dung công việc.', '2. Biện pháp thực hiện.': a plan's part titles printed with a
    # full stop; a short noun phrase naming a part of the plan, the work is in the items below
    if block.kind == "item" and PART_TITLE_RE.match(t) and len(t.split()) <= 5:
        return True
    if block.kind == "para" and block.label is None and not re.search(r"[.;!?…:]\s*[\"”)]?$", t) and len(t.split()) <= 12 and not VERB_START_RE.match(t):
        return True
    return False


# a title that names whom the items below concern: 'Yêu cầu đối với các tổ chức, cá nhân ...',
# 'Đối với Ủy ban nhân dân các xã', 'Trách nhiệm của các sở, ngành'
_CONCERNS_RE = re.compile(r"^(?:(?:Yêu\s+cầu|Nhiệm\s+vụ|Trách\s+nhiệm)\s+(?:đối\s+với|của)|Đối\s+với)\s", re.I)


def _numbered_item(sentences: list[Sentence], k: int) -> tuple[Block, str, Sentence | None] | None:
    """The block, text and following sentence of a numbered item's (not a bullet's) sentence;
    None for anything else.  The title tests below all start from it."""
    b = sentences[k].block
    if b.kind != "item" or not b.label or b.style in (None, "bullet"):
        return None
    return b, sentences[k].text.strip(), sentences[k + 1] if k + 1 < len(sentences) else None


def _names_its_body(t: str, gaz) -> bool:
    """The title opens with the body that does the work ('2. Sở X ...'): a title test leaves
    it to the other rules."""
    if gaz is None:
        return False
    from pipeline.extract.offices import subject_of

    return bool(subject_of(t, gaz))


def _long_title(sentences: list[Sentence], k: int, gaz=None) -> bool:
    """A numbered item's title of up to 60 words, without a final stop, over a paragraph of the
    same item ('2. Hiệu lực của Thông tư số 57/2015/TT-BCT ... quy định điều kiện ...' then
    'Điều kiện bảo đảm ... đã được bãi bỏ ...'): :func:`is_heading` takes such titles up to 30
    words; a guidance letter's titles name a whole legal question and run longer.  A title that
    directs or names its body stays with the other rules."""
    item = _numbered_item(sentences, k)
    if item is None:
        return False
    b, t, nxt = item
    if re.search(r"[.;!?…:]\s*[\"”)]?$", t) or len(t.split()) > 60:
        return False
    if nxt is None or nxt.block.path != b.path or nxt.block.label is not None and nxt.block is not b \
            or not nxt.text.strip()[:1].isupper() or ATTRIBUTE_RE.match(nxt.text.strip()):
        return False
    return not DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t)) and not _names_its_body(t, gaz)


def _unstopped_instruction(sentences: list[Sentence], k: int) -> bool:
    """'2. Tuyên truyền, vận động nhân dân ... trên loa truyền thanh của thôn (có nội dung kèm theo)'
    between '1. Nắm bắt thông tin ... .' and '3. Báo cáo UBND danh sách ... .': a numbered item that
    opens with a verb (or runs longer than a title) and has nothing under it (no paragraph, bullet or sub-item) is an instruction
    whose full stop was left off, not a heading (a heading heads something), when the list it
    belongs to is written in sentences (a sibling item of the same level ends with a full stop)."""
    item = _numbered_item(sentences, k)
    if item is None:
        return False
    b, t, nxt = item
    # (a verb first, or a sentence too long for a title: 'Treo băng rôn ... (có mẫu kèm theo)'; not a
    # topic 'Về ...' / 'Đối với ...')
    if re.search(r"[.;!?…:]\s*[\"”)]?$", t) or len(t.split()) > 40 or re.match(r"(?:Về|Đối\s+với)\s", t) \
            or not (VERB_START_RE.match(t) or len(t.split()) >= 9):
        return False
    if nxt is not None and (nxt.block is b or nxt.block.path == b.path or nxt.block.path.startswith(b.path + " > ")):
        return False
    parent = b.path.rsplit(" > ", 1)[0] if " > " in b.path else ""
    depth = b.path.count(" > ")
    return any(x.block is not b and x.index == 0 and x.block.kind == "item" and x.block.style == b.style
               and x.block.path.count(" > ") == depth and (x.block.path.rsplit(" > ", 1)[0] if " > " in x.block.path else "") == parent
               and x.text.strip().endswith(".") for x in sentences)


def _titled_item(sentences: list[Sentence], k: int, gaz=None) -> bool:
    """A numbered item printed as one short sentence with a full stop and followed at once by
    numbered sub-items ('1. Yêu cầu đối với các tổ chức, cá nhân được cấp giấy phép ... .' then
    '1.1. ...'; '1.6. Báo cáo kết quả hoạt động khai thác ... (báo cáo định kỳ).' then '(1)
    ...') is the title of those sub-items, not a task: the work is in the sub-items.  A title
    that directs ('1. Sở X chủ trì ...', 'đề nghị / yêu cầu X ...') or opens a list with ':'
    stays with the other rules; so does an item that names its own assignee ('2. Sở X ...')."""
    item = _numbered_item(sentences, k)
    if item is None:
        return False
    b, t, nxt = item
    if not t.endswith(".") or len(t.split()) > 25:
        return False
    # (paths hold numbered labels only: a deeper path is a numbered sub-item, '(1)' included)
    if nxt is None or nxt.block is b or not nxt.block.path.startswith(b.path + " > "):
        return False
    if DIRECTIVE_CUE_RE.search(_CONCERNS_RE.sub("", t)) or re.search(r"chủ\s+trì|phối\s+hợp", t, re.I):
        return False
    return bool(_CONCERNS_RE.match(t)) or not _names_its_body(t, gaz)


def _title_over_items(sentences: list[Sentence], k: int, gaz=None) -> bool:
    """A numbered item printed as one unstopped phrase and followed at once by its own
    sub-items or bullets ('1. Nâng cao nhận thức, đột phá về đổi mới tư duy, ... chuyển đổi số
    quốc gia' then 'a) Xây dựng ...', '**1. Tuyên truyền, quán triệt, ...**' then '* Tổ đảng ở
    ... tổ chức ...') is the title of the group however long it runs: a programme or a resolution
    names each of its task groups after the policy it carries out (40-60 words), and the work
    is in the items below.  :func:`is_heading` takes unstopped items of up to 30 words whatever
    follows them; a longer one is a title only over items of its own.  A title that directs or
    names its assignee stays with the other rules."""
    item = _numbered_item(sentences, k)
    if item is None:
        return False
    b, t, nxt = item
    if re.search(r"[.;!?…:]\s*[\"”)*_]*$", t) or len(t.split()) > 80:
        return False
    if nxt is None or nxt.block is b:
        return False
    under = nxt.block.path.startswith(b.path + " > ") or nxt.block.style == "bullet" and nxt.block.path == b.path
    if not under:
        return False
    # (a cue word inside the phrase is a noun there: '... quyết liệt lãnh đạo, chỉ đạo, tạo xung
    # lực mới ...'; only a title that opens with one directs: 'Chỉ đạo các xã ...')
    cue = DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t))
    # ('2. Khẩn trương, quyết liệt hoàn thiện thể chế; xoá bỏ ... rào cản ...' over a)-o)): the
    # urgency a group title opens with qualifies the work of the items below and asks no one;
    # a title that opens by directing ('Chỉ đạo / Yêu cầu / Giao ...') stays a task
    if cue and cue.start() < 3 and not re.fullmatch(r"khẩn\s+trương", cue.group(0), re.I) \
            or re.search(r"chủ\s+trì|phối\s+hợp", t, re.I):
        return False
    return not _names_its_body(t, gaz)


def note_of(text: str) -> re.Match | None:
    """The assignment note a sentence is or ends with: '(Thanh tra huyện chuẩn bị nội dung 7, 8)'."""
    m = NOTE_RE.search(text)
    if not m:
        return None
    return m


def note_numbers(nums: str) -> list[str]:
    """The item labels a note names: 'từ 1-6' -> ['1'..'6']; '7, 8' -> ['7', '8']; and the
    labels of a sub-list, numbered as decimals under a meeting ('1.1 - 1.3' -> ['1.1', '1.2',
    '1.3']: a range runs over the last number, the others are shared)."""
    out: list[str] = []
    for a, b in re.findall(r"(\d{1,3}(?:\.\d{1,3})*)(?:\s*(?:-|–|đến)\s*(\d{1,3}(?:\.\d{1,3})*))?", nums or ""):
        pa, pb = a.rsplit(".", 1) if "." in a else ("", a), b.rsplit(".", 1) if "." in b else ("", b)
        if b and pa[0] == pb[0] and int(pb[1]) >= int(pa[1]) and int(pb[1]) - int(pa[1]) < 100:
            out.extend(f"{pa[0]}.{n}" if pa[0] else str(n) for n in range(int(pa[1]), int(pb[1]) + 1))
        else:
            out.append(str(int(a)) if "." not in a else a)
    return out


def is_note_only(text: str) -> bool:
    t = text.strip()
    return t.startswith("(") and bool(NOTE_RE.search(t)) and NOTE_RE.search(t).start() == t.find("(")


@dataclass
class Classified:
    sentence: Sentence
    kind: str  # task | heading | intro | attribute | note | preamble | narrative | skip
    reason: str = ""


# (roles may stand in brackets after the bodies: 'Giao Sở Tư pháp (chủ trì), Công an tỉnh (phối hợp) thực hiện')
_ASSIGN_RESIDUE = re.compile(
    r"^[\s,;.:\-–+*•]*(?:giao\s+(?:cho\s+)?)?(?:\(?\s*(?:chủ\s+trì|phối\s+hợp(?:\s+với)?|tổ\s+chức\s+thực\s+hiện|triển\s+khai\s+thực\s+hiện|"
    r"tổ\s+chức\s+triển\s+khai|thực\s+hiện|và|cùng|theo\s+dõi)\s*\)?[\s,;.:]*)+$", re.I)
# the time an assignment line may end with ('Giao Phòng Kinh tế chủ trì, hoàn thành trong tháng
# 10.'): it dates the item the line assigns
_ASSIGN_TIME = re.compile(
    r"[,;]\s*(?:hoàn\s+thành|xong|thời\s+gian(?:\s+thực\s+hiện)?\s*:?)\s*(?:trước|trong|chậm\s+nhất|vào)?\s*[^,;.]*\d[^,;.]*[.;]?\s*$", re.I)


_TIME_CLAUSE_START = re.compile(
    r"\s*(?:hoàn\s+thành|xong|trước|chậm\s+nhất|muộn\s+nhất|không\s+muộn|hạn|thời\s+(?:gian|hạn)|trong|vào|định\s+kỳ|"
    r"hằng|hàng|dự\s+kiến|ngày|tháng|quý|năm|báo\s+cáo)(?![^\W_])", re.I)


def is_assignment_line(text: str, gaz) -> bool:
    """'Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm ... tổ chức thực hiện.' or
    '- Phòng Kinh tế - Hạ tầng chủ trì; Phòng NN&PTNT, UBND các xã, thị trấn phối hợp.': a line
    that only says who does the item above (an attribute, not a task of its own)."""
    if gaz is None or "chủ trì" not in text.casefold() and "phối hợp" not in text.casefold():
        return False
    from pipeline.extract.offices import _VERB_RE, _bracketed_roles, split_office_list, verb_ends_name

    # ('Giao Chi cục Thủy lợi (chủ trì), Bộ Tài chính (phối hợp) thực hiện.': the roles said the usual way)
    text = _bracketed_roles(re.sub(r"^(\s*[-–+*•]?\s*Giao\s+(?:cho\s+)?)", "", text, flags=re.I))
    text = _ASSIGN_TIME.sub(".", text)
    # ... and any other time clause that closes it ('..., trước thứ Sáu, ngày 29/11/2026', '...
    # (hạn chót ngày 19/7/2026)', '..., định kỳ hằng quý'): a clause after a comma or bracket that
    # names no body but a date or a recurrence
    from pipeline.extract.temporal import find_dates, find_recurrence

    for m in re.finditer(r"[,;(]", text):
        tail = text[m.start() + 1:]
        if len(tail.split()) <= 12 and _TIME_CLAUSE_START.match(tail) and not gaz.find(tail, fuzzy=False) \
                and (any(h.triggered for h in find_dates(tail)) or find_recurrence(tail)):
            text = text[:m.start()] + "."
            break
    rest = text
    for _name, written in sorted(split_office_list(text, gaz), key=lambda x: -len(x[1])):
        # (a lower-case name runs on into the work: 'phối hợp với công an xã kiểm tra định kỳ'
        # is a duty, not a note of who helps; the verb that ends the name stays in the rest)
        vm = next((m for m in _VERB_RE.finditer(written) if m.start() > 0 and verb_ends_name(written, m)), None)
        if vm:
            written = written[:vm.start()].rstrip()
        rest = rest.replace(written, " ")
    for m in sorted(gaz.find(text), key=lambda o: -len(o.text)):
        rest = rest.replace(m.text, " ")
    return rest != text and bool(_ASSIGN_RESIDUE.match(rest))


def _doi_voi_party_acts(t: str, gaz) -> bool:
    """'Đối với các trường ĐH NCL chủ động liên hệ với ...': the item names a party and what it
    does (a subject and its verb), so it is that party's duty even when a paragraph follows
    it in the item (the letter's closing request, printed right under the last item of a
    scan), not a topic title over duties below ('Đối với công tác tổng hợp, báo cáo.')."""
    if gaz is None or not re.match(r"Đối\s+với\s", t, re.I):
        return False
    from pipeline.extract.offices import subject_of

    found = subject_of(t, gaz)
    # the party must be given an act ('chủ động liên hệ', 'tổ chức'), not described ('Đối với các
    # địa phương có biên giới.', a group named by what it has: a title over its duties below)
    return found is not None and bool(VERB_START_RE.match(t[found[1]:].lstrip(" ,")))


def _has_lines_below(sentences: list[Sentence], k: int) -> bool:
    """Whether the sentence after ``k`` belongs under ``k``'s item (a paragraph, bullet or
    sub-item of it), rather than to the next item."""
    if k + 1 >= len(sentences):
        return False
    path, nxt = sentences[k].block.path, sentences[k + 1].block.path
    if sentences[k + 1].block is not sentences[k].block and WHOLE_TEXT_REF_RE.search(sentences[k + 1].text):
        # '6. Đối với các trường ĐH chủ động liên hệ ...' then 'Sở GD&ĐT yêu cầu Thủ trưởng các đơn
        # vị ... thực hiện các nội dung trên; báo cáo ...': a closing paragraph that speaks of the
        # items above as a whole is printed under the last item but is no part of it
        return False
    return nxt == path or nxt.startswith(path + " >")


# what the whole text or its items are called by a closing paragraph ('các nội dung trên', 'nêu
# trên', 'Công văn này', 'Kế hoạch này')
WHOLE_TEXT_REF_RE = re.compile(
    r"(?<![^\W_])(?:(?:các\s+)?(?:nội\s+dung|nhiệm\s+vụ|yêu\s+cầu|biện\s+pháp)\s+(?:nêu\s+|nói\s+|đề\s+ra\s+)?trên"
    r"|nêu\s+trên|(?:[Cc]ông\s+văn|[Kk]ế\s+hoạch|[Cc]hỉ\s+thị|[Tt]hông\s+báo|[Vv]ăn\s+bản)\s+này)(?![^\W_])")


# 'phòng' that names an office ('Văn phòng HĐND&UBND xã', 'Phòng Kinh tế'), not the verb 'prevent'
_OFFICE_NOUN_RE = re.compile(r"(?<![^\W_])(?:[Vv]ăn\s+phòng|[Pp]hòng(?=\s+[A-ZĐ]))(?![^\W_])")

# 'Tại Điều 3 Luật Thuế GTGT số 13/2008/QH12 quy định về đối tượng chịu thuế như sau:' then the
# provision itself in quotation marks (often in italics: '*“Điều 3. Đối tượng chịu thuế*' ...
# '*... của Luật này.”*'): a reply quotes the law it explains; the quoted articles and items are
# the law's text, not this letter's instructions
CITE_INTRO_RE = re.compile(r"(?:quy\s+định|nêu\s+rõ|ghi\s+rõ|hướng\s+dẫn)[^:]{0,240}?(?:như\s+sau|sau\s+đây)\s*:\s*[*_]*\s*$", re.I)
_OPEN_QUOTE_RE = re.compile(r"^[\s*_>\-–]*(?:“|\"|‘‘|«|'')")
_CLOSE_QUOTE_RE = re.compile(r"(?:”|\"|’’|»|'')\s*[*_]*\s*[.,;:]*\s*[*_]*\s*$")


def quoted_lines(doc) -> set[int]:
    """Line numbers of provisions quoted after a citing lead-in (see CITE_INTRO_RE): from the
    line that opens the quotation to the one that closes it (at most 60 lines; a quotation that
    never closes marks nothing)."""
    lines = doc.lines
    out: set[int] = set()
    i = 0
    while i < len(lines):
        if not CITE_INTRO_RE.search(lines[i].text.strip()):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not lines[j].text.strip():
            j += 1
        if j >= len(lines) or not _OPEN_QUOTE_RE.match(lines[j].text):
            i += 1
            continue
        for k in range(j, min(len(lines), j + 60)):
            t = lines[k].text
            opened_here = k == j
            if _CLOSE_QUOTE_RE.search(t) and (not opened_here or len(re.findall(r"[“”\"«»]|‘‘|’’|''", t)) >= 2):
                out.update(ln.number for ln in lines[j:k + 1])
                i = k
                break
        i += 1
    return out


# '**Hoạt động khắc phục hậu quả thiên tai được quy định như thế nào?**', 'Dự phòng ngân sách nhà
# nước được sử dụng trong trường hợp nào?': a legal-news page that reprints a directive goes on with
# questions a reader may ask, each answered by quoting the law ('+ Tổ chức, hộ gia đình, cá nhân có
# trách nhiệm ...'); what stands under such a question explains the law and directs no one.  A
# question has an interrogative word: the page's own title ('Toàn văn Công điện 234/CĐ-TTg ...?')
# only names the text it reprints.
QUESTION_HEADING_RE = re.compile(
    r"^[#*_\s]*[^?]{8,200}?(?<![^\W_])(?:như\s+thế\s+nào|thế\s+nào|ra\s+sao|là\s+gì|gì|nào|bao\s+nhiêu|bao\s+lâu|"
    r"hay\s+không|không|có\s+phải|ai|đâu|khi\s+nào)\s*\?[*_\s]*$", re.IGNORECASE)
# connectives that open a sentence going on with the one before ('Đồng thời thống kê ...')
# ('Không cung cấp thông tin ...', 'Tuyệt đối không để xảy ra ...', 'Không được tự ý ...': a prohibition
# that opens on its negation, the verb after it; after a directive it is one more of its duties)
PROHIBITION_OPEN_RE = re.compile(r"^(?:Tuyệt\s+đối\s+|Kiên\s+quyết\s+)?không\s+(?:được\s+)?(?:để\s+)?", re.I)
CONNECTIVE_RE = re.compile(r"^(?:Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó|Sau\s+đó)\s*,?\s*", re.IGNORECASE)


def classify(sentences: list[Sentence], gaz=None, quoted: set[int] | None = None, own_number: str | None = None) -> list[Classified]:
    """Label every sentence of the body (see module docstring).  ``quoted``: lines of provisions
    quoted by the letter (:func:`quoted_lines`), whose sentences are the law's text.  ``own_number``:
    the number of the document the text is or reports (its header's), see :func:`reports_own_instruction`."""
    out: list[Classified] = []
    labelled_seen = False
    any_labels = any(s.block.style and s.block.style != "bullet" for s in sentences)
    purpose_path: str | None = None
    review_path: str | None = None
    grounds_path: str | None = None  # points21: a section of grounds (pipeline.extract.grounds)
    scope_path: str | None = None
    roster_path: str | None = None  # path of an intro listing a committee's members
    after_doc_type = False
    time_list: str | None = None  # path of a time intro whose list items are attributes
    convening = meeting_layout(sentences)
    meeting_item: tuple[str, str] | None = None  # (path, 'attend' | 'schedule') of such an item
    review_bullets: str | None = None  # path of an intro announcing shortcomings: its bullets report
    criteria_bullets: str | None = None  # path of an intro announcing the criteria the work goes by
    per_block: dict[int, int] = {}  # sentences in each block (an item title is its block's only one)
    day_seen = False  # a schedule's day line has been read: the lines under it are its entries
    for x in sentences:
        per_block[id(x.block)] = per_block.get(id(x.block), 0) + 1
    example: tuple[Block, str | None] | None = None  # an example's block and, for a bullet, its mark
    address: tuple[Block, str | None] | None = None  # a bullet ending 'theo địa chỉ:' and its mark
    qa_zone = False  # under a question heading: an article's answers that explain the law
    doubled = doubled_blocks(sentences)  # (furniture16) paragraphs printed twice: alt text and caption
    # (tasks22, extract/doneacts.py) an answer to the citizen who wrote: what it tells done is report
    to_citizen = answers_a_citizen([x.text for x in sentences[:4]])
    for k, s in enumerate(sentences):
        b = s.block
        t = s.text.strip()
        if b.kind in ("skip", "recipients"):
            out.append(Classified(s, "skip"))
            continue
        if b.label is None and not t.endswith(":") \
                and earlier_assignment(t, sentences[k + 1].text.strip() if k + 1 < len(sentences) else None):
            # (relay17) 'Trước đó, UBND tỉnh đã có công văn ... đề nghị ...', 'Ngày 28/7/2022, UBND tỉnh ban
            # hành Công văn số ... giao Sở X chủ trì ...; Sở X đã có Báo cáo ...': what an earlier document
            # asked, told as the history of the request that follows (extract/relay.py)
            out.append(Classified(s, "narrative", "earlier assignment"))
            continue
        if own_number and not t.endswith(":") and reports_own_instruction(t, own_number):
            # ('Tại Công văn số 8405/BNV-TCBC, Bộ Nội vụ đã đôn đốc các bộ ... thực hiện báo cáo ...',
            # 'Ngày 21-4, UBND TP Hà Nội đã có Công văn số 1888/UBND-TKBT đôn đốc các đơn vị ...'): a
            # news item tells in the past what the document it reports asks; the ask is that
            # document's (its 'đã' is the reporter's, not a recap of an earlier request)
            out.append(Classified(s, "task", "reported instruction"))
            continue
        if QUESTION_HEADING_RE.match(t) and per_block.get(id(b)) == 1:
            qa_zone = True
        elif qa_zone and b.label and b.style not in (None, "bullet"):
            qa_zone = False  # a numbered heading: the text's own items again
        if qa_zone:
            out.append(Classified(s, "narrative", "answers a question"))
            continue
        if quoted and s.line_start in quoted and s.line_end in quoted:
            out.append(Classified(s, "narrative", "quoted provision"))
            continue
        if example is not None:
            eb, mark = example
            if b is eb or mark is not None and b.style == "bullet" and b.path == eb.path and b.label != mark:
                out.append(Classified(s, "narrative", "example"))
                continue
            example = None
        if CONTACT_RE.match(t):
            out.append(Classified(s, "skip", "contact"))
            continue
        if page_tools(t):
            # (tasks28, extract/pagetools.py) 'Thu Hoài' + ' print   send mail', 'Chia sẻ lên Facebook', 'Bình
            # luận 0': a portal page's byline and tool links, joined or alone, direct no one
            out.append(Classified(s, "skip", "page tools"))
            continue
        if b.style is None and len(b.text) < 300 and CAPTION_END_RE.search(b.text):
            # ('Đồng chí Chủ tịch UBND huyện giao nhiệm vụ cho các phòng, ngành. Ảnh: Hữu Hoàn',
            # 'Quang cảnh hội nghị (Ảnh: TTXVN)'): a news photo's caption says what the picture
            # shows; it directs no one
            out.append(Classified(s, "skip", "photo caption"))
            continue
        if _picture_caption_at(sentences, k, per_block):
            out.append(Classified(s, "skip", "photo caption"))
            continue
        if _uncredited_caption_at(sentences, k, per_block, out):
            out.append(Classified(s, "skip", "photo caption"))  # (points19, extract/captions19.py)
            continue
        if b.style is None and b.label is None and s.line_start == s.line_end \
                and any(g.line == s.line_start and g.text.strip() == t for g in b.segments) \
                and leaders_directing_caption(t):
            # (tasks27, extract/leadercaption.py) 'Lãnh đạo xã trực tiếp nắm bắt tình hình ... và chỉ đạo
            # khẩn trương khắc phục hậu quả mưa bão', 'Các đc lãnh đạo chỉ đạo tại địa bàn': a picture's caption,
            # a whole line of a plain paragraph (a portal may print the story's lines with no blank between)
            out.append(Classified(s, "skip", "photo caption"))
            continue
        furniture = furniture_of(s, doubled, to_citizen)
        if furniture is not None:
            out.append(furniture)
            continue
        if s.index == 0 and b.label is None and b.style is None and not any(c.kind in ("task", "intro") for c in out) \
                and len({id(c.sentence.block) for c in out}) <= 3 and not MEETING_REPORT_RE.match(t) \
                and lead_tells_its_ask(t, True, to_citizen):
            # (tasks27, extract/leadask.py) 'Để ..., UBND huyện X đã chỉ đạo các địa phương, cơ quan, đơn vị ...
            # tập trung thực hiện ...' as a news item's lead: the ask the item reports, its 'đã' the reporter's
            # (not 'Tại cuộc họp, X đã chỉ đạo ...': a meeting's account keeps the older report reading, whose
            # convention for 'đã chỉ đạo ... tiếp tục' at a meeting is still open, session 21's (f))
            out.append(Classified(s, "task", LEAD_ASK_REASON))
            continue
        if address is not None:
            ab, amark = address
            if b is not ab and b.style == "bullet" and b.path == ab.path and (amark is None or b.label != amark):
                out.append(Classified(s, "skip", "address"))
                continue
            address = None
        if ADDRESS_INTRO_RE.search(t) and (b.style == "bullet" or b.label):
            # its '+' lines are the address (the sentence itself goes on below)
            address = (b, b.label if b.style == "bullet" else None)
        if EXAMPLE_RE.match(t):
            # '- Ví dụ: Người tham gia BHYT có mã thẻ CN3 ...' and the '+' lines that work it out:
            # an illustration of the rule above, it directs no one
            example = (b, b.label if b.style == "bullet" else None)
            out.append(Classified(s, "narrative", "example"))
            continue
        if convening and s.index == 0 and b.label and b.style not in (None, "bullet"):
            meeting_item = ((b.path, "attend") if ATTEND_HEAD_RE.match(t) else
                            (b.path, "schedule") if SCHEDULE_HEAD_RE.match(t) else None)
        if meeting_item and b.style == "bullet" and b.path == meeting_item[0]:
            if meeting_item[1] == "attend":
                out.append(Classified(s, "narrative", "attendance list"))
            else:
                out.append(Classified(s, "attribute", "meeting time"))
            continue
        if b.style and b.style != "bullet":
            labelled_seen = True
        if day_seen and entry_note_only(t):
            # '(Giao Văn phòng HĐND&UBND xã đảm bảo các điều kiện cần thiết)' on the line after a
            # schedule entry: who arranges that entry
            out.append(Classified(s, "note", "entry note"))
            continue
        if is_note_only(t):
            out.append(Classified(s, "note"))
            continue
        if time_list is not None:
            if b.path == time_list and (b.style in (None, "bullet")):
                out.append(Classified(s, "attribute", "time list"))
                continue
            time_list = None
        if TIME_INTRO_RE.match(t):
            out.append(Classified(s, "attribute", "time intro"))
            time_list = b.path
            continue
        if after_doc_type and b.label is None and s.index == 0:
            after_doc_type = False
            out.append(Classified(s, "heading", "title"))  # the trích yếu under 'KẾ HOẠCH'
            continue
        if out and t[:1].islower() and b.label is None and out[-1].kind == "intro" \
                and out[-1].sentence.text.count("“") > out[-1].sentence.text.count("”"):
            # '... khái niệm “kinh doanh” được hiểu “là việc ... của quá:' + 'trình đầu tư, ...”.':
            # a colon inside an open quotation ends no sentence; the quotation goes on
            out.append(Classified(s, "narrative", "quotation goes on"))
            continue
        if s.index == 0 and day_line(t):
            # 'THỨ BẢY 11/01/2025 (nhằm 12/12 ÂL)', '* THỨ HAI (13/11):': a schedule's day, the
            # heading of the entries below it (also when printed as a bullet)
            out.append(Classified(s, "heading", "day"))
            day_seen = True
            continue
        if day_seen and s.index == 0 and b.style is None and BRACKET_TIME_ENTRY_RE.match(t):
            # '(13h30) Hội nghị Ban Thường vụ Tỉnh ủy': a table schedule's content cell, an entry
            out.append(Classified(s, "task", "schedule entry"))
            continue
        if day_seen and s.index == 0 and b.style is None and out and out[-1].kind == "task" \
                and BRACKET_TIME_ENTRY_RE.match(out[-1].sentence.text.strip()) and len(t.split()) <= 8 \
                and not t.endswith(".") and not BRACKET_TIME_ENTRY_RE.match(t) and not leader_cell(t):
            # ('(9h) Làm việc với ...' / 'Phòng họp số 2' / 'PCTTT Lê Văn Bình': the cell after the
            # content is its place)
            out.append(Classified(s, "narrative", "place cell"))
            continue
        if day_seen and s.index == 0 and b.style is None and leader_cell(t) \
                and any(o.kind == "task" for o in out[-4:]):
            # 'PCTTT Nguyễn Văn Thi' two cells after the entry's content: the leader who goes
            out.append(Classified(s, "note", "entry leader"))
            continue
        if s.index == 0 and (is_heading(b, t) and not _unstopped_instruction(sentences, k) or _titled_item(sentences, k, gaz)
                            or _long_title(sentences, k, gaz) or _title_over_items(sentences, k, gaz)):
            out.append(Classified(s, "heading"))
            after_doc_type = bool(DOC_TYPE_LINE_RE.match(t))
            if PURPOSE_HEADING_RE.match(t) and b.label:
                purpose_path = b.path
            elif b.style in ("roman", "letter", "part", "article"):
                purpose_path = None
            if SCOPE_HEADING_RE.match(t) and b.label:
                scope_path = b.path
            elif b.label and scope_path and not b.path.startswith(scope_path + " >"):
                scope_path = None
            if REVIEW_HEADING_RE.search(t) and b.label:
                review_path = b.path
            elif b.label and review_path and not b.path.startswith(review_path + " >"):
                review_path = None
            if grounds_heading(t) and b.label:
                grounds_path = b.path
            elif b.label and grounds_path and not b.path.startswith(grounds_path + " >"):
                grounds_path = None
            continue
        after_doc_type = False
        if review_bullets is not None:
            if b.style == "bullet" and b.path == review_bullets:
                out.append(Classified(s, "narrative", "listed shortcoming"))
                continue
            review_bullets = None
        if criteria_bullets is not None:
            if b.style == "bullet" and b.path == criteria_bullets and not VERB_START_RE.match(t):
                # 'Hội nghị thảo luận, lập danh sách ... căn cứ vào các tiêu chí:' + '- Tiêu chuẩn của
                # đại biểu Hội đồng nhân dân.', '- Hồ sơ, biên bản giới thiệu ... gửi đến.': what the
                # work goes by, named as nouns, is no duty of its own
                out.append(Classified(s, "narrative", "listed criterion"))
                continue
            if b.style != "bullet" or b.path != criteria_bullets:
                criteria_bullets = None
        if s.index == 0 and b.label and b.style in ("arabic", "decimal", "roman", "letter", "alpha") \
                and TOPIC_TITLE_RE.match(t) and ":" not in t and not DIRECTIVE_CUE_RE.search(t) and per_block.get(id(b)) == 1 \
                and (_has_lines_below(sentences, k) or not re.match(r"Đối\s+với\s", t, re.I)) \
                and not _doi_voi_party_acts(t, gaz):
            # '1. Đối với công tác tổng hợp, báo cáo kết quả thanh tra ... TMĐT.': a topic printed as
            # the item's title (with a full stop), its duties in the lines below ('Đối với X ...'
            # with nothing below it, '6. Đối với các trường ĐH chủ động liên hệ ...', is X's duty;
            # 'Về X' with nothing below is a title whose text a scrape glued to it)
            out.append(Classified(s, "heading", "topic title"))
            continue
        if review_path and (b.path == review_path or b.path.startswith(review_path + " >")):
            out.append(Classified(s, "narrative", "review section"))
            continue
        if grounds_path and (b.path == grounds_path or b.path.startswith(grounds_path + " >")):
            out.append(Classified(s, "narrative", "grounds section"))
            continue
        if roster_path is not None:
            if (b.path == roster_path or b.path.startswith(roster_path + " >")) and not (s.index == 0 and b.path == roster_path):
                # ('Trưởng ban Chỉ đạo: ...' holds 'chỉ đạo' in the committee's name: only an ask
                # or a line that opens with a verb is a duty among the members)
                if not ASK_RE.search(t) and not VERB_START_RE.match(t):
                    out.append(Classified(s, "narrative", "member"))
                    continue
            else:
                roster_path = None
        if scope_path and b.label and b.style not in (None, "bullet") and s.index == 0 \
                and not (b.path == scope_path or b.path.startswith(scope_path + " >")):
            scope_path = None  # (the next item of the list that held the scope heading)
        if (scope_path and (b.path == scope_path or b.path.startswith(scope_path + " >")) or SCOPE_LINE_RE.match(t)) \
                and not ATTRIBUTE_RE.match(t) and not ASK_RE.search(t):
            out.append(Classified(s, "narrative", "scope"))
            continue
        if out and is_time_value_line(t, out[-1].sentence.text, out[-1].reason == "time line"):
            # (tasks37: '- Thời gian:' alone, then '+ Khai mạc: 09 giờ 00, ngày 29/10/2017 ...': the key's value lines)
            out.append(Classified(s, "attribute", "time line"))
            continue
        if ATTRIBUTE_RE.match(t):
            out.append(Classified(s, "attribute"))
            continue
        if s.index == 0 and (field_line(t, VERB_ANY_RE, DIRECTIVE_CUE_RE, lambda v: _OFFICE_NOUN_RE.sub(" ", v))
                             or described_field(t, DIRECTIVE_CUE_RE)):
            # (tasks41: '1. Đối tượng tuyển sinh: Các cháu sinh năm 2015; ...': a notice's labelled field
            # filled with a noun phrase asks no one; tasks44: a criterion or make-up key, 'Tiêu chuẩn
            # giáo viên: Có những việc làm tốt ...', describes whatever verbs its value holds;
            # pipeline/extract/fieldlines.py)
            out.append(Classified(s, "narrative", "field line"))
            continue
        if s.index > 0 and out and out[-1].kind == "attribute" and not out[-1].reason and out[-1].sentence.block is b \
                and not VERB_START_RE.match(t) and not DIRECTIVE_CUE_RE.search(t) and len(t.split()) <= 25 \
                and not VERB_ANY_RE.search(_OFFICE_NOUN_RE.sub(" ", t)):
            # 'Thành phần tham dự: ..., ông Đinh Văn Nghĩa – CV Phòng Văn hóa – Xã hội.' + 'Văn
            # phòng HĐND&UBND xã (CVP Bình, CV Dương).': a verbless sentence after an attribute
            # line, in its paragraph, goes on listing its value
            out.append(Classified(s, "attribute", "goes on"))
            continue
        if s.index > 0 and len(t.split()) <= 30 and TIME_SENTENCE_RE.match(t) and out and out[-1].kind == "task" \
                and out[-1].sentence.block is b:
            out.append(Classified(s, "attribute", "time sentence"))
            continue
        # ('Ban Thường vụ đề nghị các chi bộ quán triệt ... .' then, as a paragraph of its own, 'Thời
        # gian hoàn thành việc quán triệt, chậm nhất ngày 14/5/2021 ...': the time of the unlabelled
        # paragraph before it, in the same section)
        if s.index == 0 and b.style is None and b.kind == "para" and len(t.split()) <= 30 and TIME_SENTENCE_RE.match(t) and out \
                and out[-1].kind == "task" and out[-1].sentence.block.style is None and out[-1].sentence.block.path == b.path:
            out.append(Classified(s, "attribute", "time sentence"))
            continue
        # ('2. Rà soát ... .' then '- Thời hạn hoàn thành trước ngày 10/8/2026.': the same time
        # sentence printed as a sub-line of the item, without a colon)
        if s.index == 0 and b.style == "bullet" and len(t.split()) <= 30 and TIME_SENTENCE_RE.match(t) and out \
                and out[-1].kind == "task" and out[-1].sentence.block.path == b.path and out[-1].sentence.block.style != "bullet":
            out.append(Classified(s, "attribute", "time sentence"))
            continue
        # (one that ends with ':' hands the list below it to its bodies: a lead-in, below)
        if (b.label is None or b.style == "bullet" or s.index > 0) and not t.endswith(":") and is_assignment_line(t, gaz):
            out.append(Classified(s, "assignment"))
            continue
        if is_note_only(t):
            out.append(Classified(s, "note"))
            continue
        # ('Thực hiện chỉ đạo của Bộ ..., Tổng cục Thuế yêu cầu các đơn vị ... thực hiện một số
        # nội dung như sau:' opens on the grounds but is the lead-in that names the addressees)
        # ('Căn cứ Luật ..., Tổng cục Thuế đề nghị các Cục Thuế triển khai ... theo hướng dẫn sau:'
        # opens on the grounds but is the lead-in that names the addressees)
        if PREAMBLE_RE.match(t) and not _directive_on_grounds(s, t, labelled_seen) and not THIS_DOC_BASIS_RE.match(t) \
                and not (not any_labels and b.label is None and b.style is None and _ground_then_duty(t) is not None
                         and _span_request(out, b) is not None) \
                and not (INTRO_END_RE.search(t) and ASK_RE.search(t)) and not ASK_LEADIN_RE.search(t) and not GUIDE_LEADIN_RE.search(t) \
                and not (gaz is not None and (_assigns_after_grounds(t, gaz) or _acts_on_own_remit(t, gaz))):
            out.append(Classified(s, "preamble"))
            continue
        if SUBTITLE_RE.match(t):
            out.append(Classified(s, "heading", "appendix subtitle"))
            continue
        if t.endswith(":") and b.label is None and gaz is not None and REGULATED_PARTY_RE.match(t) and _body_then_action(t, gaz):
            # 'Ngân hàng thương mại (NHTM), chi nhánh ngân hàng nước ngoài thực hiện cung cấp ...
            # như sau:': the parties a law or letter regulates, made the subject of an action, are
            # given a duty (the steps below say how); not the issuer announcing its own plan
            out.append(Classified(s, "task", "regulated party lead-in"))
            continue
        # ('Thanh tra Chính phủ chủ trì, ...:' opens with a body whose name reads like a verb)
        if t.endswith(":") and (INTRO_END_RE.search(t) or len(t.split()) <= 12 or not VERB_START_RE.match(t) or ASK_LEADIN_RE.search(t)
                                or gaz is not None and (_office_first(t, gaz) or _asked_body_first(t, gaz))):
            out.append(Classified(s, "intro"))
            if CRITERIA_INTRO_RE.search(t):
                criteria_bullets = b.path
            if ROSTER_INTRO_RE.search(t):
                roster_path = b.path
            sm = SHORTCOMINGS_INTRO_RE.search(t)
            # ('..., hạn chế thấp nhất thiệt hại, Ủy ban nhân dân tỉnh giao X:': 'hạn chế' the verb in
            # a purpose clause; a lead-in that asks someone lists duties, not shortcomings)
            if sm and not ASK_RE.search(t, sm.end()) and not ASK_LEADIN_RE.search(t):
                review_bullets = b.path
            continue
        if len(re.findall(r"[^\W\d_]+", t)) < 3:
            out.append(Classified(s, "skip", "too short"))
            continue
        if (COURTESY_RE.match(t) or THANKS_RE.match(t)) and not DIRECTIVE_CUE_RE.search(t):
            out.append(Classified(s, "skip", "courtesy"))
            continue
        if t.rstrip(" \"”’)").endswith("!"):
            # 'Nhiệt liệt chào mừng Ngày bầu cử ...!', 'Chủ tịch Hồ Chí Minh vĩ đại sống mãi ...!': a
            # slogan calls out, it assigns no one anything (a directive ends with a full stop)
            out.append(Classified(s, "narrative", "slogan"))
            continue
        if b.style == "bullet" and gaz is not None and not t.endswith(":") and not DIRECTIVE_CUE_RE.search(t) \
                and out and (out[-1].kind == "intro" or out[-1].reason == "names bodies only") \
                and out[-1].sentence.block.path == b.path \
                and not VERB_START_RE.match(t) and _names_bodies_only(t, gaz):
            # 'Đối tượng giám sát: ... gồm có:' + '- Thường trực Hội đồng nhân dân xã Lương Minh.',
            # '- Ủy ban nhân dân xã Lương Minh.': a list item that only names bodies (those
            # inspected, invited, informed) directs no one (only in a list a lead-in opens: '• Tổ
            # Toán dự giờ thăm lớp' under a week's heading is the group's duty)
            out.append(Classified(s, "narrative", "names bodies only"))
            continue
        if not re.search(r"[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", t):
            out.append(Classified(s, "heading"))
            continue
        rd = REPORT_DUTY_RE.match(t)
        if rd and not t.endswith(":") and not re.search(r"(?<![^\W_])đã\s", rd.group(0)):
            # '- Kết quả triển khai thực hiện báo cáo về Tổng cục Thuế (...).': the work's result
            # is the topic and the report its predicate, the verb late; a duty, not a record
            # (with or without a time limit: RESULT_DUE_RE below needs one)
            out.append(Classified(s, "task", "report duty"))
            continue
        if all(c.kind == "skip" or c.kind == "heading" for c in out) and (b.label is None or b.style == "bullet") \
                and not t.endswith((".", ":", ";", "!", "?")) and len(t) < 260 \
                and len(sentences) > k + 1 and (POST_LEAD_RE.match(sentences[k + 1].text.strip())
                                                or _byline(sentences[k + 1].text.strip())
                                                or NEWS_LEAD_RE.match(sentences[k + 1].text.strip())):
            # a post's title over its lead ('UBND tỉnh yêu cầu báo cáo kết quả thực hiện ...' /
            # 'Ngày 24/5/2017, UBND tỉnh ban hành Công văn số ...'): the headline says what the
            # item reports; the item's own sentences carry the requests
            out.append(Classified(s, "narrative", "post title"))
            continue
        if all(c.kind in ("skip", "heading") for c in out) and b.label is None and b.style is None and per_block.get(id(b)) == 1 \
                and not t.rstrip(" \"”’)").endswith((".", ":", ";", "!", "?", "…", "]")) and len(t) < 200 \
                and any(x.text.rstrip().endswith((".", ";", "./.")) for x in sentences[k + 1:k + 4]):
            # ('UBND huyện Pác Nặm chỉ đạo các địa phương thực hiện cày ải vụ đông – xuân ...' over the
            # item's paragraphs): the first line of a post, a paragraph of its own without a stop,
            # is its headline; the requests it sums up are the item's own sentences
            out.append(Classified(s, "narrative", "post title"))
            continue
        if not any(c.kind == "task" for c in out) and TITLE_STAMP_RE.match(t) and not t.endswith(":"):
            # ('Bình Mỹ: triển khai kế hoạch ... năm 2024 11:11 26/02/2024': a post's title run
            # together with its time stamp): the headline says what the item reports
            out.append(Classified(s, "narrative", "post title"))
            continue
        if names_participants(t):
            # ('Cùng dự có lãnh đạo Sở ...', 'Tham gia cùng Đoàn khảo sát còn có đại diện: ...', 'Dự và chỉ
            # đạo cuộc họp có các đồng chí: ...'): who took part, on any line (participants.py, tasks20)
            out.append(Classified(s, "narrative", PARTICIPANTS_REASON))
            continue
        if meeting_speaker_directs(t):
            # (tasks28, extract/meetingdirects.py) 'Tại cuộc họp, Chủ tịch UBND huyện ... đã chỉ đạo các ban, ngành
            # ... tiếp tục ...': what the meeting's official directed, its 'đã' the reporter's (not an event report)
            out.append(Classified(s, "task", MEETING_DIRECTS_REASON))
            continue
        if not t.endswith(":") and _reports_an_event(t, b.style is None and b.label is None):
            # ('Hội đồng nghĩa vụ quân sự xã vừa tổ chức cuộc họp triển khai ...', 'Tại buổi họp,
            # các thành viên ... đã thảo luận ...'): a news item reports the meeting; the requests
            # come in the chair's words
            out.append(Classified(s, "narrative", "event report"))
            continue
        if b.style is None and b.label is None and opinions_retold(t):
            out.append(Classified(s, "narrative", "reported opinion"))
            continue
        if b.style is None and b.label is None and out and out[-1].kind == "narrative" \
                and out[-1].reason in ("event report", "reported opinion") and out[-1].sentence.block is b \
                and VERB_START_RE.match(t) and not t.endswith(":") \
                and not DIRECTIVE_CUE_RE.search(_HANDED_OVER_RE.sub(" ", _NOUN_CUE_RE.sub(" ", t))):
            # (tasks18) ('Cũng tại hội nghị này quý đại biểu được nghe Chủ tịch UBND xã giải trình ...' +
            # 'Tập trung làm rõ một số nội dung mà các đại biểu quan tâm.'): a line with no subject right
            # after the report of an event, in its paragraph, goes on telling what was done there
            out.append(Classified(s, "narrative", "event report"))
            continue
        if PLAN_GIST_RE.match(t) and not t.endswith(":"):
            # ('Theo Kế hoạch này, từ ngày 6 đến ngày 10/7/2015, các vị ĐBQH trong Đoàn ĐBQH tỉnh sẽ
            # tiếp xúc cử tri ...', 'Theo đó, Chủ tịch UBND thành phố ... sẽ tiếp công dân vào ngày 20
            # hàng tháng', 'Theo kế hoạch, ... năm 2011, toàn thành phố sẽ thực hiện hai đợt tiêm phòng'):
            # a news item gives the plan it reports as what its doers will do; each is the plan's task
            out.append(Classified(s, "task", "plan as reported"))
            continue
        if not t.endswith(":") and (_scheduled_step(t) or out and out[-1].kind == "task" and out[-1].reason == "plan step"
                                    and out[-1].sentence.block is b and _scheduled_step(t, continued=True)):
            # ('Dự kiến Đại hội MTTQ các xã hoàn thành trong tháng 3/2019.', 'Đại hội Mặt trận cấp tỉnh sẽ
            # hoàn thành trong tháng 7/2019.', '13 khu phố còn lại sẽ thực hiện phát quà cho bà con trong
            # ngày 1/9.', 'Đại hội cấp huyện tổ chức trong tháng 9 và tháng 10.2020; cấp tỉnh dự kiến vào
            # tháng 12.2020.'): a news item gives the steps of the plan it reports as what will be done
            # by a time; a step right after another in its paragraph needs no 'sẽ' of its own
            out.append(Classified(s, "task", "plan step"))
            continue
        if any(c.kind == "task" for c in out) and not t.endswith(":") and row_day_act(t):
            # ('Cụ thể: Ngày 06/7/2015, tiếp xúc cử tri tại 3 xã: ...' / 'Ngày 07/7/2015, tiếp xúc ...'
            # after the plan, '+ Ngày 6/11 tổ chức tiêm ...' after the notice's lead-in): the rows of a
            # schedule, each the act of its day
            out.append(Classified(s, "task", "schedule row"))
            continue
        if SCHEDULE_SET_OUT_RE.search(t) and not t.endswith(":"):
            # ('UBND xã X xây dựng lịch tiêm phòng ... như sau: Buổi sáng ngày 27 tháng 10 tiêm ở thôn A;
            # ... Buổi sáng ngày 29 tiêm ở thôn F.', 'Ban Chỉ đạo lập lịch kiểm tra như sau: ngày 12/3
            # kiểm tra xã A; ngày 14/3 ...'): a schedule set out in one sentence, its dated entries after
            # the colon, is the work to carry out, due on its last day
            out.append(Classified(s, "task", "schedule set out"))
            continue
        sm = STATEMENT_REPORT_RE.match(t)
        if sm and not t.endswith(":") and not STATEMENT_ASKS_RE.search(_NOUN_CUE_RE.sub(" ", t[sm.end():])):
            # ('Công văn cho biết, qua rà soát, ... còn nhiều nhiệm vụ ... giao cho các sở ... chưa hoàn
            # thành ...', 'Bộ Tài chính cho biết, hầu hết các báo cáo ... rất sơ sài'): what a document
            # or a speaker states, reported; a request comes with its own verb
            out.append(Classified(s, "narrative", "reported statement"))
            continue
        if told_information(t):
            # (tasks24) the same with a wider frame: 'Ngày 4.9, Công an tỉnh X cho biết, ...', 'Phát biểu khai
            # mạc kỳ họp, Bí thư ..., cho biết, kỳ họp nhằm ...', a clause reporting what was done
            out.append(Classified(s, "narrative", "reported statement"))
            continue
        if chaired_only(t):
            # (tasks25, extract/meetingnews.py) 'Các đồng chí Thường trực Đảng uỷ xã chủ trì hội nghị.': who
            # chaired the meeting the item reports
            out.append(Classified(s, "narrative", "who chaired"))
            continue
        qc = QUOTED_COUNT_RE.match(t)
        if qc and not t.endswith(":") and not _COUNT_ASKS_RE.search(_NOUN_CUE_RE.sub(" ", t[qc.end():])):
            out.append(Classified(s, "narrative", "reported statement"))
            continue
        im = ISSUED_LEAD_RE.match(t)
        if im and not ISSUED_LEAD_ASKS_RE.search(t[im.end():]) and not t.endswith(":"):
            out.append(Classified(s, "narrative", "issued lead"))
            continue
        ev = EVENT_OPENER_RE.match(t)
        if ev and not day_seen and not t.endswith(":") and not DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t[ev.end():])):
            out.append(Classified(s, "narrative", "event report"))
            continue
        if contest_rule(t):
            # (tasks43, extract/contestrules.py) 'Bài dự thi phải ghi rõ họ, tên ...': a contest's rule for its
            # entries asks no body
            out.append(Classified(s, "narrative", CONTEST_RULE_REASON))
            continue
        if follower_duty(t, gaz):
            # (tasks43, extract/followers.py) 'Bên cạnh đó, các phòng, đơn vị trực thuộc ... cần thường xuyên
            # kiểm tra ...': a follower that names its body and a duty modal asks, whatever came before
            out.append(Classified(s, "task", FOLLOWER_DUTY_REASON))
            continue
        # (points22, extract/linkedbodies.py) 'Theo đó, tất cả các trụ sở cơ quan ... treo cờ ...', 'Bên cạnh đó, các
        # ban, ngành huyện và UBND các xã ... tiếp tục thực hiện ...' in an unnumbered item that has asked before
        linked = b.label is None and b.style is None and not t.endswith(":") and any(c.kind == "task" for c in out) \
            and linked_bodies_act(t)
        if (NARRATIVE_RE.match(t) and not linked and not RESULT_DUE_RE.match(t) and not _phase_label_directs(t) and not _ASK_AFTER_LINK_RE.match(t) and not advice_after_link(t)
                and not in_request_scope(out, b, t)) \
                or (b.label is None and PAST_RE.match(_SPEECH_OPEN_RE.sub("", t))
                                     and not DIRECTIVE_CUE_RE.search(PAST_COORD_CUE_RE.sub(" ", t))) \
                or b.label is None and b.style is None and _past_directing(t) and not (not any_labels and _opens_the_item(out)):
            out.append(Classified(s, "narrative"))
            continue
        if (b.label is None or b.style == "bullet") and not t.endswith(":") and done_scope(t) \
                and not (not any_labels and _opens_the_item(out) and _names_its_ask(t)):
            # (fact15) 'UBND xã đã kiện toàn BCĐ ..., phân công ...; chỉ đạo các thôn rà soát ...': the
            # completed marker of the main clause governs the whole list; a news item's lead that
            # reports its own document's ask ('... đã có công điện khẩn chỉ đạo các ban ngành ...')
            # stays the item's request
            out.append(Classified(s, "narrative", "done"))
            continue
        if out and out[-1].kind in ("narrative", "preamble") \
                and out[-1].sentence.block is b and _goes_on_done(t, out[-1].sentence.text):
            # (fact15) 'Tỉnh ủy đã ban hành Kế hoạch số ... . Đồng thời, tổ chức hội nghị ...; chỉ đạo
            # các cấp ủy ...': a subjectless sentence joined by 'Đồng thời / Bên cạnh đó / Sau đó' to a
            # report of what was done shares its marker
            out.append(Classified(s, "narrative", "done"))
            continue
        if b.label is None and b.style is None and ordinal_point(t, out, gaz):
            # (tasks26, extract/retoldplan.py) 'Thứ hai, Trạm Y tế xã phối hợp ...' after a lead-in
            out.append(Classified(s, "task", ORDINAL_REASON))
            continue
        if b.label is None and b.style is None and plan_step_after_issue(t, out, gaz):
            # (tasks26, extract/retoldplan.py) 'Vừa qua, UBND tỉnh ban hành Kế hoạch ...' + 'Các xã, phường,
            # thị trấn thực hiện việc rà soát ...': the plan's step retold
            out.append(Classified(s, "task", PLAN_STEP_REASON))
            continue
        if True:
            why = _statement(t, gaz, first_of_item=s.index == 0 and b.label is not None and b.style != "bullet")
            # ('... nhưng một số Sở chưa cập nhật ... . Các Sở cập nhật đầy đủ dữ liệu trước ngày ...':
            # a body and its action after a reported shortfall is the request, not more report)
            if why is None and out and out[-1].sentence.block is b and out[-1].kind == "narrative" \
                    and not DIRECTIVE_CUE_RE.search(t) and not advice_after_link(t) and not VERB_START_RE.match(t) and not (gaz is not None and _office_first(t, gaz)) \
                    and not (gaz is not None and (topic_end := fronted_topic_end(t, gaz)) and _office_first(t[topic_end:], gaz)) \
                    and not (out[-1].reason == "shortfall" and gaz is not None and _body_then_action(t, gaz)) \
                    and not in_request_scope(out, b, t):
                why = "goes on with the statement before it"
            if why is None and out and out[-1].sentence.block is b and out[-1].kind == "narrative" and b.label is None \
                    and VERB_START_RE.match(t) and _PERIOD_REPORT_OPENER_RE.match(out[-1].sentence.text) \
                    and PAST_RE.match(_PERIOD_REPORT_OPENER_RE.sub("", out[-1].sentence.text, count=1)) \
                    and (not DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t)) or _repeats_past_verb(t, out[-1].sentence.text)) \
                    and not _FORWARD_RE.search(t):
                # ('Tháng 10/2017, UBND huyện đã tập trung chỉ đạo khắc phục ... . Tập trung chỉ đạo việc thu
                # ngân sách năm 2017, kiểm tra ...'): in the paragraph of a report on a period that is over,
                # a verb sentence without a subject goes on listing what was done, not what to do (a
                # sentence that looks ahead -- 'sẽ', 'thời gian tới', 'trước ngày', 'còn lại' -- or asks
                # with a cue still directs)
                why = "goes on with the report before it"
            if why:
                out.append(Classified(s, "narrative", why))
                continue
        in_body = labelled_seen or not any_labels
        if day_seen and _ENTRY_PLACE_OR_GUESTS_RE.match(t):
            # ('Điểm tại phòng họp số 3 UBND thành phố (LĐVP: Đ/c Tấn).', 'Mời tập thể Thường trực
            # HĐND, UBND thành phố; ... (thay thư mời).': where an entry of the day is held and whom it
            # invites, written as sentences after it; attributes of the entry, as 'Điểm:' and 'Mời:'
            out.append(Classified(s, "attribute", "place"))
            continue
        if day_seen and re.match(r"Thành\s+phần(?![^\W_])", t):
            # 'Thành phần họp trực tuyến tại điểm cầu cấp xã (do UBND cấp xã triệu tập).': who
            # sits in the entry's meeting, written as a sentence
            out.append(Classified(s, "attribute", "participants"))
            continue
        if day_seen and not t.endswith(":"):
            # an entry of a schedule's day ('Chủ tịch: 7 giờ 30 phút, báo cáo ...', 'Thường trực
            # HĐND tỉnh đi thăm, chúc mừng ...'): what a leader or a body is to do that day
            out.append(Classified(s, "task", "schedule entry"))
            continue
        if not in_body or (not any_labels and not b.label):
            # before the first numbered item (or in an unnumbered letter): only sentences
            # that direct someone
            if (DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t)) or advice_after_link(t)) and not t.endswith(":"):
                out.append(Classified(s, "task", "cue"))
            elif gaz is not None and not t.endswith(":") and (any(c.kind == "task" for c in out)
                                                              or out and out[-1].kind == "preamble" and not ENACTING_RE.search(t)
                                                              or out and out[-1].kind == "intro"
                                                              or out and out[-1].reason == "post title" and _opens_on_its_body(t, gaz)
                                                              and not retells_headline(out[-1].sentence.text, t, gaz)
                                                              or own_number and not any_labels and listed_bodies_act(t, gaz)) \
                    and (_body_then_action(_SPEECH_OPEN_RE.sub("", t), gaz)
                         or (topic_end := fronted_topic_end(t, gaz)) > 0 and _body_then_action(t[topic_end:], gaz)
                         # (points19, extract/clauseverbs.py) 'Đồng thời, các địa phương quảng bá ...'
                         or plural_body_then_known_verb(t, gaz)):
                # 'Các bệnh viện tuyến tỉnh chuẩn bị đầy đủ thuốc ...', 'Các đơn vị báo cáo kết quả
                # ... trước ngày 15/8/2025': once a letter has begun to direct, a sentence whose
                # subject is a body and whose verb is an action is one more instruction; so is the
                # one right after the grounds, the action they lead to ('Thực hiện Chỉ thị ...;' /
                # 'Phường Ba Đình tổ chức ra quân tổng vệ sinh môi trường ...'); and so is the one
                # right after a lead-in that announces the leader's opinion or request ('Phó Thủ
                # tướng ... có ý kiến như sau:' / 'Bộ Tài chính báo cáo ...; chủ trì xây dựng Đề án
                # ...'): a letter conveying a decision states it as body + action, unnumbered
                out.append(Classified(s, "task", "body and action"))
            elif (VERB_START_RE.match(_SPEECH_OPEN_RE.sub("", t)) or VERB_START_RE.match(CONNECTIVE_RE.sub("", t)) or RESULT_DUE_RE.match(t)
                  or (topic_end := fronted_topic_end(t)) > 0 and not PAST_RE.match(t[topic_end:])
                  or condition_then_verb(t) or VERB_START_RE.match(PROHIBITION_OPEN_RE.sub("", t, count=1)) and PROHIBITION_OPEN_RE.match(t)) \
                    and out and out[-1].kind == "task" and not t.endswith(":") \
                    and (out[-1].sentence.block is b or b.style is None and out[-1].sentence.block.style == "bullet"
                         or b.style is None and _under_body_label(out, gaz)
                         # ('Theo đó, giao Phòng NN&PTNT chủ trì, ...' + a paragraph 'Thường xuyên theo dõi
                         # ...', 'Triển khai thực hiện tốt Kế hoạch số ...': a news item or a posted letter
                         # without numbered items goes on, paragraph after paragraph, with the directive
                         # its lead named, the subject left out)
                         # (not a discourse opener that only looks like a verb, 'Tổng kết lại, năm qua
                         # ...', 'Nhìn lại, ...': a comma within its first words; nor a report in the past)
                         or b.style is None and b.label is None and out[-1].sentence.block.style is None
                         and out[-1].sentence.block.label is None
                         and not re.match(r"\S+(?:\s+\S+){0,2}\s*,", t) and not PAST_RE.match(t)):
                # 'Chủ tịch UBND tỉnh giao Sở X chủ trì ... . Báo cáo kết quả về UBND tỉnh trước
                # ngày 30/8/2026.': an imperative that follows a directive in its paragraph is
                # addressed to the same body (its subject is left out, as in the sentence before);
                # so is a paragraph that opens with one after a lead-in's bullets ('- Huy động ...'
                # / 'Báo cáo kế hoạch ... trước ngày 03/12/2025 ...', 'Đồng thời thống kê ...')
                out.append(Classified(s, "task", "goes on with the directive before it"))
            elif out and out[-1].kind == "task" and b.style is None and out[-1].sentence.block.style is None \
                    and out[-1].sentence.text.rstrip().endswith(";") and not t.endswith(":") \
                    and (VERB_START_RE.match(t) or VERB_START_RE.match(CONNECTIVE_RE.sub("", t))):
                # ('UBND các xã chỉ đạo ... tiến hành cày ải ngay ...;' / 'Tăng cường sự lãnh đạo, chỉ
                # đạo của cấp ủy ...;'): paragraphs that end on ';' are the items of a list printed
                # without marks; an item that opens on its verb is one more duty of that list
                out.append(Classified(s, "task", "goes on with the list before it"))
            elif b.style is None and not t.endswith(":") \
                    and (VERB_START_RE.match(t) or VERB_START_RE.match(CONNECTIVE_RE.sub("", t))) and _in_lead_in_list(out):
                # ('Trước tình hình trên Chủ tịch UBND huyện yêu cầu:' / 'Các ngành liên quan và UBND các
                # xã ... tiếp tục triển khai ... .' / 'Tiến hành ngay việc rà soát ...' / 'Tuyên truyền
                # trên hệ thống truyền thanh ...'): a letter or a news item prints the list its lead-in
                # asks for as plain paragraphs; one that opens on its verb is one more item of it
                out.append(Classified(s, "task", "an item of the lead-in's list"))
            elif out and out[-1].kind == "task" and b.style is None and out[-1].sentence.block.style is None \
                    and not t.endswith(":") and REPORT_DUE_OPENER_RE.match(t):
                # ('Chủ tịch UBND tỉnh yêu cầu ... tổng hợp báo cáo kết quả ... .' + a paragraph of its
                # own 'Báo cáo hoàn thành của các cơ quan, đơn vị gửi ... trước ngày 05/6/2017.'): the
                # report the request asked for, with its due day, in the next paragraph
                out.append(Classified(s, "task", "goes on with the directive before it"))
            elif out and out[-1].kind == "task" and out[-1].sentence.block is b and not t.endswith(":") \
                    and _under_body_label(out, gaz) and _statement(t, gaz) is None \
                    and t[:1].isupper() and not (gaz is not None and _office_first(t, gaz)):
                # ('Chủ tịch UBND các huyện: ... .' / 'Tăng cường chỉ đạo ... . Che phủ nilon cho mạ,
                # không gieo cấy khi ...': under a body's label a telegram lists that body's duties
                # one sentence after another; a sentence that states nothing is one more of them,
                # whatever its verb)
                out.append(Classified(s, "task", "goes on with the directive before it"))
            elif not any_labels and b.label is None and b.style is None and not t.endswith(":") \
                    and in_request_scope(out, b, t):
                # ('UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung ... .' + 'Trong đó, ưu tiên xử
                # lý ...', 'Cụ thể, tổ chức ...', 'Ngoài ra, tăng cường ...', or after a photo caption or a
                # time frame of its own, a paragraph 'Tiếp tục triển khai ...', 'Đảm bảo lực lượng trực
                # ...'): in an unnumbered retelling of a letter, a sentence that opens on its verb, or on
                # a discourse marker and its verb, inside the span of a request is one more point of it
                # ('Trong đó, có 5 xã chưa ...', 'Ngoài ra, nhiều công trình đã ...': no verb of doing)
                out.append(Classified(s, "task", SPAN_REASON))
            elif linked:
                out.append(Classified(s, "task", LINKED_REASON))
            else:
                out.append(Classified(s, "narrative", "preamble zone"))
            continue
        if purpose_path and b.path.startswith(purpose_path):
            out.append(Classified(s, "task", "purpose"))  # the gold marks these optional
            continue
        out.append(Classified(s, "task"))
    _items_with_attributes(out)
    _background_before_contrast(out)
    _leadins_over_nothing(out)
    return out


def _leadins_over_nothing(out: list[Classified]) -> None:
    """A lead-in that asks ('... Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện ... triển khai ...
    một số nhiệm vụ:', '... UBND thành phố giao Đài Phát thanh ... phát ... với nội dung sau:') with no
    items under it -- the text ends there (a page or an excerpt cut), or what follows is the quoted
    wording to publish (“...”) -- is the request itself: a task."""
    for i, c in enumerate(out):
        if c.kind != "intro":
            continue
        t = c.sentence.text.strip()
        if not DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t)) or PAST_RE.match(t) or len(t.split()) < 6:
            continue  # ('2. Yêu cầu:' closing an excerpt is a heading, not a request)
        nxt = next((x for x in out[i + 1:] if x.kind != "skip"), None)
        if nxt is None or re.match(r"[“\"„«]", nxt.sentence.text.strip()):
            out[i] = Classified(c.sentence, "task", "lead-in over nothing")


_LIST_LEAD_IN_END_RE = re.compile(r"(?:sau(?:\s+đây)?|như\s+sau|cụ\s+thể|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo)\s*:\s*$", re.I)


def lead_in_list_intro(out: list[Classified]) -> Classified | None:
    """The lead-in that asks ('Chủ tịch UBND huyện yêu cầu:', '... đề nghị các đơn vị thực hiện các
    nội dung sau:') whose list, printed as plain paragraphs, the next sentence is in; None when it is
    in none.  Walking back: an item of it already read as a task, nothing but its items (and at most
    two stray fragments) since the lead-in, and no heading between."""
    seen_task, stray = False, 0
    for c in reversed(out[-14:]):
        if c.kind == "skip":
            continue
        if c.kind == "intro":
            t = c.sentence.text.strip()
            asks = seen_task and c.sentence.block.style is None and bool(_LIST_LEAD_IN_END_RE.search(t)) \
                and bool(DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t)) or re.search(r"(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo)\s*:\s*$", t, re.I))
            return c if asks else None
        if c.kind == "heading" or c.sentence.block.style is not None:
            return None
        if c.kind == "task":
            seen_task = True
        else:
            stray += 1
            if stray > 2:
                return None
    return None


def _in_lead_in_list(out: list[Classified]) -> bool:
    return lead_in_list_intro(out) is not None


def _under_body_label(out: list[Classified], gaz) -> bool:
    """Do the tasks just before (a run of them, back to the first that is not a task) open with a
    body's label ('Chủ tịch UBND các huyện, thị xã: Tiếp tục ...'), so that what follows is still
    that body's duty?  The run stops at the first label met walking back."""
    k = len(out) - 1
    while k >= 0 and out[k].kind == "task":
        if labels_its_body(out[k].sentence.text, gaz):
            return True
        k -= 1
    return False


def _background_before_contrast(out: list[Classified]) -> None:
    """'Từ năm 2011, ... các Sở Giáo dục và Đào tạo phải gửi Danh sách ... . Tuy nhiên đến nay còn
    một số Sở ... chưa nộp ...': a duty stated before the letter's own request and set against what
    was done ('Tuy nhiên', 'Nhưng', 'Song') is the background of the request, not a new duty."""
    for i in range(len(out) - 1):
        c, d = out[i], out[i + 1]
        if c.kind == "task" and c.reason == "cue" and c.sentence.block.label is None \
                and d.sentence.block is c.sentence.block and d.kind == "narrative" \
                and re.match(r"(?:Tuy\s+nhiên|Nhưng|Song)(?![^\W_])", d.sentence.text.strip()):
            c.kind, c.reason = "narrative", "background"


# 'Thị trường các-bon được coi là công cụ kinh tế ...', 'X là tiền đề, động lực ...': a sentence
# whose predicate is a copula describes, it directs no one ('là cơ quan thường trực / đầu mối'
# assigns a role and stays a task)
# ('Chậm nhất là ngày 12/4/2026, Sở X ...': a deadline phrase, not a copula)
COPULA_RE = re.compile(r"^(?!(?:Đặc\s+biệt|Nhất|Chủ\s+yếu|Trước\s+hết|Trong\s+đó|Đó|Chậm\s+nhất|Muộn\s+nhất|Hạn\s+chót)\s+là)[^,;:()]{3,80}?\s(?:được\s+(?:coi|xem|xác\s+định)\s+là|là)\s+(?!(?:cơ\s+quan|đơn\s+vị|đầu\s+mối|nhiệm\s+vụ)(?![^\W_]))", re.I)
# 'Hồ sơ gồm: danh sách trích ngang, bản sao học bạ.', 'Hồ sơ đề nghị bao gồm: ...': what a dossier
# or a report consists of, listed after the colon, describes the duty before it; it directs no one
COMPOSITION_RE = re.compile(r"^[^,;:()]{3,60}?\s(?:bao\s+)?gồm(?:\s+có)?\s*:\s*\S", re.I)
# 'Luật Bảo vệ môi trường năm 2020 và Nghị định số 06/2022/NĐ-CP ... giao Bộ Tài chính chủ trì ...':
# what a cited text assigns is background, not an assignment of this document
LAW_SUBJECT_RE = re.compile(
    # ('Ngoài ra, Điều 14 Nghị định số 67/2018/NĐ-CP ... đã quy định rõ: ...': a cited article too)
    r"^(?:(?:Ngoài\s+ra|Mặt\s+khác|Đồng\s+thời|Bên\s+cạnh\s+đó|Theo\s+đó)\s*,\s*)?"
    # ('Khoản 10 Điều 3, Khoản 1 Điều 12 Nghị định số ...', 'Khoản 9, Điều 36 Nghị định ...')
    r"(?:(?:(?:điểm|khoản|Điều|Mục|Chương)\s+[\w.]+\s*,?\s+)+(?:của\s+)?)?"
    r"(?:Luật|Bộ\s+luật|Hiến\s+pháp|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Kết\s+luận)\s+(?!này)"
    # (a cited text is named by its number or its title, not by a lower-case word: '2. Quyết định giao
    # đất ... cho các tổ chức' under a list of powers is the verb 'decide', a duty)
    r"(?=số|\d|(?-i:[A-ZĐ]))"
    # (a dot inside a number is no sentence end: 'Nghị quyết số 66.13/2026/NQ-CP ... quy định về ...')
    r"(?:[^.;:]|\.(?=\d)){0,220}?\s(?:đã\s+)?(?:giao|quy\s+định|nêu\s+rõ|xác\s+định)\s", re.I)


# 'Căn cứ quy định tại ... thì hiện nay đã không còn thủ tục ...', '... sẽ không còn phải thực hiện
# thủ tục xin cấp giấy phép': what the law now provides or no longer requires, explained in a
# ministry's answer, directs no one
CONSEQUENT_STATE_RE = re.compile(
    r"\sthì\s+(?:\S+\s+){0,3}?(?:đã|không\s+còn)\s|(?<![^\W_])(?:sẽ\s+)?không\s+(?:còn\s+)?phải\s+(?:thực\s+hiện\s+)?(?:thủ\s+tục|xin)"
    # ('Thông tư số 57/2015/TT-BCT ... không còn hiệu lực', '... đã được bãi bỏ tại Nghị định số
    # 08/2018/NĐ-CP', '... sẽ được áp dụng theo quy định tại ...': what the law is now, as a
    # ministry's guidance explains it)
    # ('hoàn thành trước thời điểm hết hiệu lực của Nghị quyết số 206/2025/QH15': a deadline, the time
    # a text ceases to apply, not a statement that it no longer does)
    r"|(?<![^\W_])(?:không\s+còn|(?<!điểm\s)(?<!ngày\s)(?<!khi\s)(?<!lúc\s)hết)\s+hiệu\s+lực|(?<![^\W_])(?:đã\s+)?(?:được|bị)\s+bãi\s+bỏ"
    r"|(?<![^\W_])sẽ\s+được\s+áp\s+dụng\s+theo", re.I)
# ('gửi đăng Công báo Danh mục văn bản quy phạm pháp luật hết hiệu lực, ngưng hiệu lực toàn bộ', 'công bố danh
# mục văn bản hết hiệu lực'): a list of texts named by their state is the object of a duty, not a
# statement that the law is no longer in force
_EXPIRED_LIST_RE = re.compile(r"(?<![^\W_])[Dd]anh\s+mục\s+(?:các\s+)?văn\s+bản(?:\s+quy\s+phạm\s+pháp\s+luật)?\s+hết\s+hiệu\s+lực")
# 'Căn cứ vào khoản 1 Điều 162 ... Luật Doanh nghiệp thì hợp đồng ... là các hợp đồng thuộc đối tượng
# ...': a reply's reasoning from the law to its consequence ('thì ...'); 'Địa vị pháp lý ... được
# quy định tại các Điều 16 Luật ...': where the law lays a matter down.  Neither directs anyone.
LAW_REASONING_RE = re.compile(
    r"^Căn\s+cứ\s+(?:vào\s+)?(?:(?:các\s+)?quy\s+định\s+(?:tại|của)\s+)?(?:điểm|khoản|Điều|Luật|Bộ\s+luật|Nghị\s+định|Thông\s+tư)"
    r"(?![^\W_])[^.;]{0,250}?\sthì\s", re.I)
# 'Bộ Tài chính nhận được Công văn số 44/2025/BNT ngày 17/9/2025 của Công ty ... về ...': the letter
# being answered, as a reply opens (not 'Sau khi nhận được văn bản này, ...', a condition)
RECEIVED_RE = re.compile(r"^(?!(?:Sau\s+khi|Khi|Ngay\s+khi|Trong\s+vòng|Trong\s+thời\s+hạn|Kể\s+từ)\s)[^,;:]{2,80}?\s(?:đã\s+)?nhận\s+được\s+"
                         r"(?:Công\s+văn|công\s+văn|văn\s+bản|Văn\s+bản|Tờ\s+trình|[Đđ]ơn|[Bb]áo\s+cáo|[Kk]iến\s+nghị|[Tt]hư|[Pp]hiếu)(?![^\W_])")
LAW_RECAP_RE = re.compile(r"^Theo\s+(?:các\s+)?(?:quy\s+định|điều\s+khoản)\s+(?:nói\s+trên|nêu\s+trên|trên|này|đó)\s*,", re.I)
RULE_LOCATED_RE = re.compile(r"(?<![^\W_])(?:được|đã\s+được)\s+quy\s+định\s+(?:tại|trong|ở)\s+(?:các\s+)?(?:điểm|khoản|Điều|Luật|Bộ\s+luật|Nghị\s+định|Thông\s+tư|Quyết\s+định)(?![^\W_])", re.I)
# (nouns, not cues: 'ý kiến chỉ đạo', 'ý kiến đề nghị' (proposals received), 'hồ sơ đề nghị cấp
# Giấy phép' (an application), 'theo / trả lời đề nghị của X'; 'danh sách đề nghị khen thưởng',
# 'tờ trình đề nghị ...': the list or submission that proposes, a document, as 'hồ sơ đề nghị' is;
# 'xét đề nghị khen thưởng', 'Xét đề nghị của Giám đốc Sở ...': to consider a proposal)
# ('Thông báo số 1153/TB-UBND ngày 09/9/2022 V/v chỉ đạo sản xuất vụ đông', 'Công văn số 12/UBND-VX V/v đề
# nghị hỗ trợ kinh phí', 'Quyết định ... về việc giao chỉ tiêu ...': the subject of a document named)
_NOUN_CUE_RE = re.compile(r"(?:[Vv]/[Vv]|về\s+việc)\s+(?:chỉ\s+đạo|đề\s+nghị|yêu\s+cầu|giao)(?![^\W_])|"
                          # (tasks18) the pair of nouns 'mục đích, yêu cầu' ('nêu mục đích, yêu cầu và ý nghĩa
                          # của phiên giải trình'): the event's purpose, no ask
                          r"(?<![^\W_])mục\s+đích\s*,?\s*(?:và\s+)?yêu\s+cầu(?![^\W_])|"
                          # (tasks18) who attended and directed a meeting, the line that lists them ('Dự chỉ đạo cuộc
                          # họp có đồng chí ...', 'Dự và chỉ đạo cuộc họp có các đồng chí: ...', 'Tham dự và chỉ đạo
                          # hội nghị có ...'): 'chỉ đạo' names their part in the meeting, no ask
                          r"(?<![^\W_])(?:dự|tham\s+dự)\s+(?:và\s+)?chỉ\s+đạo(?=\s+(?:cuộc|hội\s+nghị|phiên|buổi|kỳ\s+họp|lễ|có)(?![^\W_]))|"
                          # (tasks16) 'phải' completing a verb of meeting with, not the modal: 'những vướng
                          # mắc đang gặp phải', 'sai sót thường mắc phải' ('vướng mắc phải nghiên cứu' keeps it)
                          r"(?<!vướng\s)(?<![^\W_])(?:gặp|mắc|vấp)\s+phải(?![^\W_])|"
                          # (tasks22) the ask of a document received, or not ('khẳng định đã không nhận được bất kỳ văn
                          # bản nào của quận yêu cầu thu hồi ...', 'kể từ ngày nhận được văn bản yêu cầu sửa đổi'): the
                          # document asks in a relative clause, the sentence tells or rules on its receipt
                          r"(?<![^\W_])nhận\s+được(?:\s+(?:bất\s+kỳ|một|các|những))?\s+(?:văn\s+bản|công\s+văn|công\s+điện|thông\s+báo)"
                          r"(?:\s+(?:nào|này))?(?:\s+(?:của|từ)\s+[^,;:.()]{1,40}?)?\s+(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo)(?![^\W_])|"
                          # (tasks22) 'chưa đạt yêu cầu', 'đáp ứng yêu cầu': the noun, a standard met or not, no ask
                          r"(?<![^\W_])(?:đạt|đáp\s+ứng)\s+yêu\s+cầu(?![^\W_])|"
                          # (tasks25, extract/nouncues.py) 'kết quả lãnh đạo, chỉ đạo', 'vướng mắc cần được tháo gỡ': the
                          # leadership a meeting reviews, the things that need doing, 'theo yêu cầu đề ra': no ask
                          + NOUN_CUE_PATTERN + "|" +
                          # (tasks31, extract/falsecues.py) a speech given, urgent work done: reports, no ask
                          FALSE_CUE_PATTERN + "|" +
                          # (tasks26) not after 'có / ban hành': 'UBND huyện vừa có văn bản chỉ đạo các đơn vị ...'
                          # is the verb, a letter directing bodies (se16, pending en6, zg3)
                          r"(?:ý\s+kiến|sự|(?<!có\s)(?<!hành\s)văn\s+bản|nội\s+dung|công\s+tác|các|những)\s+chỉ\s+đạo|chỉ\s+đạo\s+của|"
                          r"(?:ý\s+kiến|hồ\s+sơ|(?<!có\s)văn\s+bản|(?:có\s+)văn\s+bản(?=\s+đề\s+nghị\s+(?!(?:UBND|Ủy|Uỷ|Sở|Bộ|Phòng|Ban|các|huyện|xã|tỉnh|thành|Chủ|Giám|Thủ)(?![^\W_])))|đơn|danh\s+sách|tờ\s+trình|xét)\s+đề\s+nghị|(?:theo|trả\s+lời)\s+đề\s+nghị\s+của", re.I)


# 'Do đó, ...', 'Như vậy, ...': a conclusion drawn from the sentence before (a copula after it
# still describes)
_CONNECTIVE_RE = re.compile(r"^(?:Do\s+đó|Vì\s+vậy|Như\s+vậy|Theo\s+đó|Tuy\s+nhiên)\s*,\s*", re.I)


def _opens_the_item(out: list[Classified]) -> bool:
    """No sentence of the body before this one but the page's title, stamps and headings: the
    sentence is the lead of a news item or a post ('Chiều nay 8/10/2020, Giám đốc Sở ... đã ký văn
    bản hỏa tốc đề nghị các phòng ...', 'Sau khi Báo đăng, Phó Chủ tịch UBND huyện ... đã có văn bản
    yêu cầu ...', 'Chủ tịch UBND tỉnh ... đã có công điện khẩn chỉ đạo các ban ngành ...'): the
    document it reports is the item's own, and what it asks is the item's request, not history."""
    return all(c.kind in ("heading", "skip") or c.reason == "post title" for c in out)


def _past_directing(t: str) -> bool:
    """'Tổng cục Thuế đã ban hành Công văn số 1923/TCT-TTKT ngày ... chỉ đạo Cục Thuế ... tăng
    cường ...': the directing verb after 'đã <verb> <document>' tells what that document asked,
    in one clause (no ';', no 'đồng thời / nay / do đó' turning to a request now)."""
    m = PAST_RE.match(t)
    if not m:
        return False
    rest = _NOUN_CUE_RE.sub(" ", t[m.end():])
    cue = DIRECTIVE_CUE_RE.search(rest)
    if not cue or DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t[:m.end()])):
        return False
    between = rest[:cue.start()]
    return bool(re.match(r"(?:ban\s+hành|có|gửi)\s", rest.lstrip(), re.I)) and cue.group(0).casefold() in ("chỉ đạo", "yêu cầu", "đề nghị", "giao") \
        and not re.search(r"[;:]|(?<![^\W_])(?:đồng\s+thời|nay|do\s+đó|vì\s+vậy)(?![^\W_])", between, re.I)


# the directing verbs a report of a document uses for what the document asks ('đôn đốc' urges the
# addressees to do their part: in a report of the urging document, that part is their task)
REPORTED_ASK_RE = re.compile(r"(?<![^\W_])(?:đôn\s+đốc|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao)\s+(?!(?:của|về\s+việc|ban|dịch|thông|lưu)(?![^\W_]))", re.I)


def reports_own_instruction(t: str, own_number: str) -> bool:
    """A sentence that names the text's own (reported) document by its number and says what it
    asks: 'Tại Công văn số 8405/BNV-TCBC, Bộ Nội vụ đã đôn đốc các bộ ... thực hiện ...', 'UBND TP
    Hà Nội đã có Công văn số 1888/UBND-TKBT đôn đốc các đơn vị ...', 'Thủ tướng Chính phủ đã có
    Công văn (số 73/TTg-CN) chỉ đạo các Bộ ...'.  An earlier document of the same issuer ('Trước
    đó, Bộ Nội vụ đã gửi Công văn 8091/BNV-TCBC ... yêu cầu ...') has another number."""
    num = re.sub(r"\s+", "", own_number)
    if "/" not in num and "-" not in num:
        return False  # (a bare number names no document surely)
    pat = r"\s*".join(re.escape(ch) for ch in num)
    m = re.search(r"(?<![\w/])" + pat + r"(?![\w/])", t)
    if not m:
        return False
    before = t[:m.start()]
    if not re.search(r"(?i:công\s+văn|văn\s+bản|công\s+điện|chỉ\s+thị|quyết\s+định|kế\s+hoạch|thông\s+báo|kết\s+luận)\s*\(?\s*(?:số\s*:?\s*)?$", before):
        return False
    if re.match(r"\s*(?i:thực\s+hiện|căn\s+cứ|trước\s+đó|trước\s+đây)(?![^\W_])", t):
        return False  # (the document cited as a ground, or told as history)
    rest = _NOUN_CUE_RE.sub(" ", t)
    cue = REPORTED_ASK_RE.search(rest)
    # (the ask names the bodies asked: 'Ngày 12/8, UBND tỉnh ban hành Công văn số N, yêu cầu tăng
    # cường ...' only says what was issued, the requests follow -- ISSUED_LEAD_RE)
    return cue is not None and ";" not in rest[:cue.start()] and _REPORTED_ADDRESSEE_RE.match(rest, cue.end()) is not None


_REPORTED_ADDRESSEE_RE = re.compile(
    r"(?:các|những|mọi|UBND|HĐND|Ủy|Uỷ|Sở|Phòng|Ban|Bộ|Cục|Tổng|Chủ|Thủ|Giám|Trưởng|Công\s+an|Trung|Đài|Hội|Đoàn|"
    r"Văn\s+phòng|lãnh\s+đạo|người\s+đứng|huyện|xã|phường|tỉnh|thành\s+phố|địa\s+phương)(?![^\W_])")


# a topic label closed by a colon with the clause on the same line: 'Đối với X: ...', 'Về X: ...'
_TOPIC_LABEL_RE = re.compile(r"(?:Đối\s+với|Về)\s[^:;.]{3,150}?:\s*(?=\S)", re.I)


# a report's period opening its sentence: 'Tháng 10/2017, ...', 'Trong tháng 10, ...', 'Năm 2023, ...',
# 'Quý III/2024, ...', 'Tháng qua, ...', 'Thời gian qua, ...'
_PERIOD_REPORT_OPENER_RE = re.compile(
    r"^\s*(?:Trong\s+)?(?:(?:tháng|quý|năm|tuần)\s+(?:\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?|(?:19|20)\d\d|[IV]{1,3}(?:\s*/\s*(?:19|20)\d\d)?|"
    r"qua|vừa\s+qua)|thời\s+gian\s+qua|những\s+(?:tháng|năm|ngày)\s+qua)\s*,\s*", re.I)
# (fact15) the aspect of the clause that governs the verbs: a completed marker in the head of the
# main clause ('UBND xã đã kiện toàn ..., phân công ...; chỉ đạo các thôn rà soát ...', 'Huyện ủy đã
# ra Công điện số 07, UBND huyện ra công điện số 14 chỉ đạo các xã ...', 'Chủ tịch UBND tỉnh đã ký
# Quyết định số ... công bố ...', 'Tỉnh ủy vừa tổ chức hội nghị ..., chỉ đạo ...') scopes over every
# verb after it, a list or a serial chain, across ',' and ';'; a document issued with its number and
# day ('Ban Thường vụ Tỉnh ủy ban hành Kết luận số 71-KL/TU ngày 24/3/2016 ...') is done too.
# 'vừa qua' and 'vừa ... vừa' (both ... and) are no aspect.
_DONE_MARK_RE = re.compile(
    r"(?<![^\W_])(?:đã|(?<!nhỏ\svà\s)vừa(?=\s+(?:ký|có|ban\s+hành|gửi|ra|họp|tổ\s+chức|tiến\s+hành|phát\s+động|chỉ\s+đạo|triển\s+khai|"
    r"thành\s+lập|kiện\s+toàn|hoàn\s+thành|khai\s+mạc|phê\s+duyệt|thông\s+qua)(?![^\W_])))(?![^\W_])"
    r"|(?<![^\W_])ban\s+hành\s+(?:Công\s+văn|Văn\s+bản|Công\s+điện|Chỉ\s+thị|Quyết\s+định|Kế\s+hoạch|Thông\s+báo|Kết\s+luận|"
    r"Hướng\s+dẫn|Nghị\s+quyết|Đề\s+án|Chương\s+trình)\s+(?:số\s*:?\s*)?\d[^\s,;]*\s+ngày\s+\d", re.I)
# a directive marker that reopens the clause: the speaker asks now ('..., đồng thời yêu cầu ...' is
# the reported document's ask and stays in the scope: PAST_COORD_CUE_RE)
_REOPEN_RE = re.compile(
    r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|giao(?=\s+(?:cho|các|UBND|Ủy|Uỷ|Sở|Phòng|Ban|nhiệm|trách|Chủ|Giám|Thủ|Trưởng)(?![^\W_]))|"
    r"cần(?!\s+thiết)|phải|tiếp\s+tục|sẽ|thời\s+gian\s+tới|sắp\s+tới|tới\s+đây|từ\s+nay|nay|"
    # a speaker's conclusion at a meeting, reported ('đồng chí Chủ tịch UBND xã đã thống nhất, chỉ đạo
    # các chuyên môn ...', 'đã kết luận, giao ...'): what he directs there is the request
    r"thống\s+nhất(?=\s*[,:])|kết\s+luận(?!\s+số)|nhấn\s+mạnh|lưu\s+ý)(?![^\W_])", re.I)
# the head of the main clause before the marker: a subject (a body, a name), not a verb opening a
# duty whose object holds a relative clause ('Tiếp tục phát huy những kết quả đã đạt được')
_HEAD_MAX_WORDS = 14
# a clause fronted before the subject ('Thực hiện Chỉ thị số 10-CT/TW ..., Tỉnh ủy ...', 'Xác định công
# tác tuyên truyền là khâu quan trọng, Tỉnh ủy ...', 'Để ..., UBND huyện ...')
_FRONTED_CLAUSE_RE = re.compile(r"(?:Thực\s+hiện|Triển\s+khai\s+thực\s+hiện|Xác\s+định|Quán\s+triệt|Để|Nhằm|Với|Qua|Sau|Trước|Từ|"
                                r"Cùng\s+với|Nhận\s+thức|Bám\s+sát|Ngày|Sáng|Chiều|Tối|Trong|Mới\s+đây|Vừa\s+qua|Năm|Tháng)(?![^\W_])")
# (tasks22) a committee's name runs from its capitalised head word to the marker: the verbs of its field
# ('Ban chỉ đạo xây dựng NTM xã đã tổ chức ...', 'Tổ công tác thực hiện Kế hoạch 01 đã ...') are part of
# the subject, not a verb in the subject's place ('Tổ chức', 'Ban hành' open duties and are no head word)
_COMMITTEE_NAME_RE = re.compile(r"(?<![^\W_])(?:Ban(?!\s+hành)|Ủy\s+ban|Uỷ\s+ban|Hội\s+đồng|Tổ(?!\s+chức)|Đoàn|Đội|Tiểu\s+ban)"
                                r"(?![^\W_]).*$", re.S)
# a verb of two words or more, in lower case (a subject names a body: 'Ban Chỉ đạo', 'lãnh đạo UBND huyện')
_HEAD_VERB_RE = re.compile(r"(?<![^\W_])(?:" + "|".join(
    re.escape(v) for v in ACTION_VERBS if " " in v and v not in ("lãnh đạo", "chỉ đạo", "đề án", "định kỳ", "thường xuyên", "kịp thời")) + r")(?![^\W_])")


# the bodies a reported ask names right after its verb
_ASK_ADDRESSEE_RE = re.compile(
    r"(?:các|những|mọi|UBND|HĐND|Ủy|Uỷ|Sở|Phòng|Ban|Bộ|Cục|Chi\s+cục|Tổng|Chủ|Thủ|Giám|Trưởng|Công\s+an|Trung|Đài|Hội|Đoàn|"
    r"Văn\s+phòng|MTTQ|Mặt\s+trận|Trạm|Viện|Bệnh\s+viện|lãnh\s+đạo|người\s+đứng|thành\s+viên|cán\s+bộ|ngành|huyện|xã|phường|"
    r"tỉnh|thành\s+phố|địa\s+phương)(?![^\W_])")
_ASK_VERB_RE = re.compile(r"(?:chỉ\s+đạo|yêu\s+cầu|đề\s+nghị|giao(?:\s+cho)?|đôn\s+đốc|phân\s+công)\s+", re.I)


def _reports_an_ask(text: str, m) -> bool:
    """'Bộ trưởng ... cũng đã chỉ đạo Công an tỉnh ... tập trung điều tra ...', 'Bộ ... vừa có văn bản chỉ
    đạo Chủ tịch UBND các tỉnh chấn chỉnh ...', '... đã ký ban hành văn bản số 2508/UBND-KGVX, chỉ đạo các
    sở ...': the marker's own verb is the ask (or the document that carries it, in the same clause), with
    the bodies asked; what chidao did before with it stands (a reported instruction, often the item's
    request).  Not a list of the body's own acts with a cue late in it ('đã kiện toàn ..., phân công ...;
    chỉ đạo các thôn ...'), nor a second clause with its own subject ('Huyện ủy đã ra Công điện số 07,
    UBND huyện ra công điện số 14 chỉ đạo các xã ...')."""
    if m.group(0).casefold().startswith("ban"):
        return False
    rest = text[m.end():]
    a = re.match(r"\s*(?:(?:cũng|trực\s+tiếp|kịp\s+thời)\s+)*", rest, re.I).end()
    v = _ASK_VERB_RE.match(rest, a)
    if v:
        return _ASK_ADDRESSEE_RE.match(rest, v.end()) is not None
    d = re.match(r"(?:(?:ký|có|ban\s+hành|gửi|ra)\s+)+(?:văn\s+bản|công\s+văn|công\s+điện|chỉ\s+thị|quyết\s+định|kế\s+hoạch|thông\s+báo|"
                 r"hướng\s+dẫn|kết\s+luận)(?![^\W_])", rest[a:], re.I)
    if not d:
        return False
    tail = rest[a + d.end():]
    for c in _ASK_VERB_RE.finditer(tail):
        between = tail[:c.start()]
        if ";" in between or re.search(r",\s+(?-i:[A-ZĐÂĂÊÔƠƯ])", between) or len(between) > 260:
            return False
        if _ASK_ADDRESSEE_RE.match(tail, c.end()):
            return True
    return False


def done_scope(t: str) -> bool:
    """(fact15) The sentence reports what was done: a completed marker ('đã', 'vừa', 'từng', an
    issuance with its number and day) stands in the head of its main clause -- after a fronted
    clause and the subject, before any verb of the sentence -- and no directive marker ('yêu cầu',
    'đề nghị', 'giao', 'cần', 'phải', 'tiếp tục', 'sẽ', 'thời gian tới') reopens the clause after
    it.  'Những việc đã làm được cần phát huy' (reopened) and 'Tiếp tục phát huy các kết quả đã đạt
    được' (the marker inside the object) still direct."""
    text = _NOUN_CUE_RE.sub(lambda m: " " * len(m.group(0)), t)
    text = PAST_COORD_CUE_RE.sub(lambda m: "đồng thời " + "x" * (len(m.group(0)) - 10), text)
    if re.match(r"\s*(?:Trường\s+hợp|Nếu|Khi|Sau\s+khi|Đối\s+với|Riêng|Căn\s+cứ|Trên\s+cơ\s+sở|Theo(?!\s+đó)|Trong\s+quá\s+trình)(?![^\W_])", text, re.I):
        return False  # (a condition or a topic, not the past: 'Trường hợp đã ... thì ...')
    m = _DONE_MARK_RE.search(text)
    if not m:
        return False
    head = text[:m.start()]
    parts = re.split(r"[,;:]\s*", head)
    seg = parts[-1].strip()
    if not seg or len(seg.split()) > _HEAD_MAX_WORDS or VERB_START_RE.match(seg) or DIRECTIVE_CUE_RE.search(head) \
            or _REOPEN_RE.search(head) or PROHIBITION_OPEN_RE.match(seg) or ";" in head \
            or re.search(r"(?<![^\W_])(?:khi|nếu|trường\s+hợp)(?![^\W_])", seg, re.I) \
            or re.search(r"(?<![^\W_])(?:nếu|trường\s+hợp)(?![^\W_])", head, re.I) \
            or any(_HEAD_VERB_RE.search(_COMMITTEE_NAME_RE.sub(" ", re.sub(r"(?i:ban)\s+chỉ\s+đạo", " ", x))) for x in (parts[1:] or parts)):
        # (a verb in the subject's place: the marker sits in an object or a condition -- 'DNCX thực hiện
        # thủ tục ...; sau khi ..., doanh nghiệp ... đã ...', 'Toàn thể cán bộ ... quyết tâm phấn đấu
        # hoàn thành ... đã ...')
        return False
    named = len(parts) > 1 and seg[:1].isupper()
    lead = SPAN_MARKER_RE.sub("", head.lstrip(), count=1)
    if (VERB_START_RE.match(lead) or PROHIBITION_OPEN_RE.match(lead)) and not (named and _FRONTED_CLAUSE_RE.match(head.lstrip())):
        # ('Tổ chức các đoàn giám sát ... tại các thôn, các điểm bỏ phiếu theo lịch trình đã đề ra'): a
        # duty's list, the marker in its object; after a fronted verb clause the subject is a named
        # body ('Thực hiện Chỉ thị số 10-CT/TW ..., Tỉnh ủy Lào Cai đã ban hành ...')
        return False
    if re.search(r"(?<![^\W_])(?:theo|với|cho|của|khi|mà|về|từ|tại|trong|do|nếu|để)(?![^\W_])", seg, re.I) and not named:
        return False  # ('... theo danh mục đã ban hành', '... khi đã uống rượu': the marker in a modifier)
    if m.group(0).casefold() == "vừa" and re.search(r"(?<![^\W_])vừa(?![^\W_])", text[m.end():], re.I):
        return False  # ('vừa ... vừa ...': both ... and)
    if _REOPEN_RE.search(text, m.end()) or _reports_an_ask(t, m) \
            or re.search(r"(?<![^\W_])theo\s+đó(?![^\W_])", text[m.end():], re.I):
        # ('... vừa ban hành Chỉ thị ..., theo đó Giám đốc Sở ... chỉ đạo ...': what the document asks)
        return False
    # (any other directive cue reopens too: 'Cơ quan ... đã ủy thác xử lý tài sản chịu trách nhiệm ...',
    # '... có trách nhiệm', 'khẩn trương'; only 'chỉ đạo' is the report's own verb)
    return all(re.match(r"chỉ\s+đạo", c.group(0), re.I) for c in DIRECTIVE_CUE_RE.finditer(text, m.end()))


# a news lead's own document and what it asks ('đã có công điện khẩn chỉ đạo ...', 'đã ký văn bản đề nghị ...')
_ISSUED_ASK_RE = re.compile(
    r"(?<![^\W_])(?:đã|vừa)\s+(?:(?:ký|có|ban\s+hành|gửi)\s+)+(?:văn\s+bản|công\s+văn|công\s+điện|chỉ\s+thị|quyết\s+định|kế\s+hoạch|thông\s+báo)"
    r"(?:\s+(?:hỏa|hoả)\s+tốc|\s+khẩn)?[^;]{0,260}?(?<![^\W_])(?:chỉ\s+đạo|yêu\s+cầu|đề\s+nghị|giao|đôn\s+đốc|phân\s+công)(?![^\W_])\s*(?=\S)", re.I)
def _names_its_ask(t: str) -> bool:
    """'... đã có công điện khẩn chỉ đạo các ban ngành ...': the reported document's ask names the bodies
    asked (not 'trong đó tập trung chỉ đạo, xử lý ổ dịch', a description of it)."""
    m = _ISSUED_ASK_RE.search(t)
    return m is not None and _REPORTED_ADDRESSEE_RE.match(t, m.end()) is not None


_GO_ON_RE = re.compile(r"^(?:Đồng\s+thời|Bên\s+cạnh\s+đó|Sau\s+đó|Cùng\s+với\s+đó|Ngoài\s+ra)\s*,?\s*", re.I)


def _goes_on_done(t: str, before: str) -> bool:
    """'Đồng thời, tổ chức hội nghị quán triệt ...; chỉ đạo các cấp ủy ...' after 'Tỉnh ủy đã ban hành
    ...': the linking opener and a verb with no subject continue the report before (its marker in
    scope), unless a directive marker reopens it."""
    m = _GO_ON_RE.match(t)
    if not m or not done_scope(before):
        return False
    rest = t[m.end():]
    return bool(VERB_START_RE.match(rest)) and not _REOPEN_RE.search(_NOUN_CUE_RE.sub(" ", rest))


def _repeats_past_verb(t: str, past: str) -> bool:
    """'Tập trung chỉ đạo việc thu ngân sách ...' after '... đã tập trung chỉ đạo khắc phục ...': the
    sentence opens on the verb the report before it used after 'đã' (its cue is that report's)."""
    words = t.split()[:2]
    return len(words) == 2 and re.search(r"(?<![^\W_])đã\s+" + r"\s+".join(map(re.escape, words)) + r"(?![^\W_])", past, re.I) is not None


# what looks ahead: work still to do
_FORWARD_RE = re.compile(r"(?<![^\W_])(?:sẽ|tới|sắp\s+tới|tiếp\s+theo|còn\s+lại|trước\s+ngày|chậm\s+nhất|cần|phải)(?![^\W_])", re.I)


_ALONG_WITH_IS_RE = re.compile(r"^Cùng\s+với\s+(?:đó|việc\s+này)\s*,?\s*là\s+", re.I)


def along_with_duty(t: str) -> bool:
    """(tasks19) 'Cùng với đó là đẩy mạnh công tác kiểm tra ...': 'là' joins the marker to a verb of
    doing, one more point of the request before it, not a copula; 'Cùng với đó là sự vào cuộc ...'
    (a noun after 'là') stays a statement."""
    m = _ALONG_WITH_IS_RE.match(t.strip())
    return bool(m) and bool(DUTY_START_RE.match(t.strip()[m.end():]))


def _statement(t: str, gaz, first_of_item: bool = False) -> str | None:
    """Why a sentence of the body states rather than directs ('past', 'copula', 'cited text'),
    or None.  A sentence with a directive cue directs ('ý kiến chỉ đạo' is a noun, no cue); the
    first sentence of a numbered item is not read as past (it may be the item's title)."""
    topic = _TOPIC_LABEL_RE.match(t)
    if topic:
        # ('Đối với cá nhân là đối tượng cư trú tại Việt Nam: Kiểm tra việc kê khai ...'): the topic
        # before the colon names a group, often with 'là'; whether the sentence states or directs
        # is read in the clause after it
        return _statement(t[topic.end():], gaz, first_of_item)
    if LAW_SUBJECT_RE.match(t):
        return "cited text"
    if LAW_RECAP_RE.match(t):
        # 'Theo các quy định nói trên, người đại diện phần vốn có trách nhiệm ...': the duty the
        # laws just cited lay down, restated in a reply; this letter assigns nothing by it
        return "state of the law"
    if CONSEQUENT_STATE_RE.search(_EXPIRED_LIST_RE.sub(" ", t)) and not DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t)):
        return "state of the law"
    if DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t)) or VERB_START_RE.match(t):
        return None
    if LAW_REASONING_RE.match(t) or RULE_LOCATED_RE.search(t):
        return "state of the law"
    if RECEIVED_RE.match(t):
        return "received"
    if SHORTFALL_RE.search(t):
        return "shortfall"
    if PAST_RE.match(t) and not first_of_item:
        return "past"
    if RETROSPECT_RE.match(t) and re.search(r"(?<![^\W_])đã\s", t) or RESULT_STATE_RE.match(t):
        # ('1. Những ngày qua, bằng các biện pháp đồng bộ, các Bộ ... đã triển khai ...', 'Tình hình
        # an ninh ... đã được bảo đảm.'): the assessment that opens a leader's conclusions or a
        # telegram looks back at what was done, or states a state reached; even as an item's
        # first sentence it is no title and directs no one
        return "past"
    t2 = _CONNECTIVE_RE.sub("", t, count=1)
    if COPULA_RE.match(t2) and not (gaz is not None and _office_first(t2, gaz)) and not along_with_duty(t):
        return "copula"
    if COMPOSITION_RE.match(t) and not t.rstrip().endswith(":") and not (gaz is not None and _office_first(t, gaz)):
        return "composition"
    return None


_ASSIGN_AFTER_RE = re.compile(r"\s*(?:đề\s+nghị|yêu\s+cầu|giao|chủ\s+trì|có\s+trách\s+nhiệm)(?![^\W_])", re.I)


def _assigns_after_grounds(t: str, gaz) -> bool:
    """'Thực hiện Văn bản số 7840/BKHĐT-GSTĐĐT ...; Chủ tịch UBND tỉnh giao Sở Kế hoạch và Đầu tư chủ trì
    ...', 'Thực hiện Kế hoạch số 416/KH-BCĐBCA ..., Sở Văn hóa, Thể thao và Du lịch đề nghị các đơn vị
    ...': a sentence that opens on its grounds and then has a body assign, ask or lead is the
    assignment, not a line of the legal basis (those end with ';' and assign nothing themselves)."""
    from pipeline.extract.offices import _REPORTED_ASK_RE, _subject_at

    if t.rstrip().endswith(";"):
        return False
    for m in re.finditer(r"[;,]\s+", t):
        rest = t[m.end():]
        r = _subject_at(rest, gaz)
        if r and (_ASSIGN_AFTER_RE.match(rest, r[1]) or _REPORTED_ASK_RE.match(rest[r[1]:].lstrip())):
            return True
    return False


# 'Căn cứ chức năng, quyền hạn được giao và tình hình thực tế, các cơ quan thành viên ... chủ động xây
# dựng phương án ...', 'Căn cứ nhiệm vụ được giao, các sở, ngành khẩn trương triển khai ...': grounds
# that are the doers' own remit (no document cited) open a duty; the clause after the comma has a
# body and its action (a document's legal basis cites a law or a paper and ends with ';')
_OWN_REMIT_GROUNDS_RE = re.compile(
    r"^Căn\s+cứ\s+(?:vào\s+)?(?:(?:chức\s+năng|nhiệm\s+vụ|quyền\s+hạn)(?![^\W_])|tình\s+hình\s+thực\s+(?:tế|tiễn))", re.I)
_REMIT_ADVERB_RE = re.compile(r"\s*(?:(?:cần|phải|chủ\s+động|khẩn\s+trương|tiếp\s+tục|tích\s+cực|có\s+trách\s+nhiệm|sẽ)\s+)*", re.I)


def _acts_on_own_remit(t: str, gaz) -> bool:
    from pipeline.extract.offices import _subject_at

    if not _OWN_REMIT_GROUNDS_RE.match(t) or t.rstrip().endswith(";"):
        return False
    for m in re.finditer(r",\s+", t):
        rest = t[m.end():]
        r = _subject_at(rest, gaz)
        if r:
            adv = _REMIT_ADVERB_RE.match(rest, r[1])
            if VERB_START_RE.match(rest[adv.end():]) or _ASSIGN_AFTER_RE.match(rest, r[1]):
                return True
    return False


# grounds that hand over to the issuer's clause: '..., Ủy ban nhân dân tỉnh yêu cầu', '..., Sở Nội vụ
# đề nghị', '..., UBND huyện ban hành Kế hoạch'
_GROUNDS_HAND_OVER_RE = re.compile(
    r",\s*(?:[^,;]{0,60}?\s)?(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|hướng\s+dẫn|ban\s+hành|giao|thông\s+báo)(?![^\W_])", re.I)


def _directive_on_grounds(s: Sentence, t: str, labelled_seen: bool) -> bool:
    """'e) Căn cứ chức năng, nhiệm vụ tiến hành rà soát văn bản ...': inside a numbered item of the
    body, 'Căn cứ X' states the grounds of a duty, not the document's legal basis (which stands
    before the body, one basis a line ending with ';')."""
    b = s.block
    # (a '-' bullet of a numbered item too: 'IV. 1. ...: - Căn cứ chức năng, nhiệm vụ của từng đơn
    # vị chủ động ban hành văn bản ...')
    in_item = b.label and b.style not in (None, "bullet", "article", "part", "chapter") or b.style == "bullet" and bool(b.path)
    if not (labelled_seen and in_item):
        return False
    if re.match(r"Tiếp\s+tục\s+thực\s+hiện\s", t) and not t.rstrip().endswith(":") and not _GROUNDS_HAND_OVER_RE.search(t):
        # '1. Tiếp tục thực hiện Kế hoạch số 12/KH-UBND ngày ... ; tổ chức tổng kết vào tháng 12/2026.':
        # inside a numbered item of the body, continuing a document's work is the duty itself;
        # the grounds ('Tiếp tục thực hiện Kết luận ..., Ban Thường vụ yêu cầu ...:') hand over
        # to the issuer's own clause or to a list
        return True
    if t.rstrip().endswith((";", ":")) or not t.startswith("Căn cứ") or re.match(r"Căn\s+cứ\s+(?:Luật|Bộ\s+luật|Hiến\s+pháp)", t):
        return False  # ('Căn cứ Luật ...' is the legal basis wherever it stands)
    return bool(VERB_ANY_RE.search(t, 12))


def _items_with_attributes(out: list[Classified]) -> None:
    """An item printed like a heading but followed only by attribute lines ('c) Đào tạo ...'
    then '- Thành phần: ...', '- Địa điểm: ...') is a task: the lines describe it."""
    for i, c in enumerate(out):
        if c.kind != "heading" or c.sentence.block.kind != "item" or c.reason:
            continue
        t = c.sentence.text
        if not VERB_START_RE.match(t) or _is_upper(t):
            continue
        path = c.sentence.block.path
        kids = []
        for d in out[i + 1:]:
            if d.sentence.block is c.sentence.block:
                continue
            if d.sentence.block.path != path:
                break
            kids.append(d)
        if kids and all(d.kind in ("attribute", "assignment", "skip") for d in kids) and any(d.kind == "attribute" for d in kids):
            c.kind, c.reason = "task", "item with attributes"
        elif kids and kids[-1].kind == "attribute" and ATTRIBUTE_RE.match(kids[-1].sentence.text.strip()) \
                and all(d.kind in ("attribute", "assignment", "skip", "narrative")
                        or d.sentence.block.style == "bullet" for d in kids) \
                and any(re.match(r"[-–+*•]?\s*(?:Đơn\s+vị|Cơ\s+quan)\s+chủ\s+trì", d.sentence.text.strip(), re.I)
                        for d in kids if d.kind == "attribute"):
            # (the row's own lead line makes it a row: '1. Cài đặt hệ thống phần mềm' over '- Kiểm
            # tra máy chủ ...', '- Cài đặt ...' and only '- Thời gian thực hiện: ...' stays a title)
            # '5.2. Tổ chức thực hiện công tác tuyên truyền ...' + '- Đa dạng, phong phú ...' + '-
            # Thời gian thực hiện: ...' + '- Đơn vị chủ trì: ...': a plan row printed as an item,
            # its bullets saying how, its own time and lead closing it (no sub-items in between)
            c.kind, c.reason = "task", "item with attributes"


def _opens_on_its_body(t: str, gaz) -> bool:
    """Does ``t`` open on its subject body, with no time, place or other clause before it ('Các cơ
    quan liên quan ... phối hợp ...', not 'Ngày 22/6, tại UBND tỉnh, Phó Chủ tịch ... chủ trì họp ...')?"""
    from pipeline.extract.offices import subject_of

    subj = subject_of(t, gaz)
    return bool(subj) and t.casefold().startswith(subj[0].casefold())


def _body_then_action(t: str, gaz) -> bool:
    """Does ``t`` open with a body ('Các bệnh viện tuyến tỉnh', 'Trung tâm Y tế huyện') followed at
    once by an action verb ('chuẩn bị', 'báo cáo')?"""
    from pipeline.extract.offices import subject_of

    subj = subject_of(t, gaz)
    # (reach18: a list of bodies may run longer, 'Thành viên UBBC tỉnh, các Ban bầu cử và các Tổ bầu cử
    # đại biểu Quốc hội khóa XV, các cơ quan thông tin đại chúng trên địa bàn tỉnh tổ chức thông báo ...')
    if not subj or subj[1] > (200 if "," in t[:subj[1]] else 120) or not t[:1].isupper():
        return False
    if subj[1] > 120 and re.search(r"(?<![^\W_])(?:đã|đang|vừa|sẽ|được)\s", t[:subj[1]], re.I):
        return False  # (a long stretch holding a tense is a clause, not a list of bodies: 'Trong tuần 37, các tổ ... đã vào cuộc ..., đồng loạt tổ chức ...')
    # ('Chủ tịch UBND các huyện, thị xã: Tiếp tục tổ chức ...', 'Sở Y tế: Chỉ đạo các bệnh viện
    # ...'): a telegram or a leader's conclusions name the body, a colon, then its duties
    return bool(VERB_START_RE.match(re.sub(r"^\s*:\s*", "", t[subj[1]:]).lstrip()))


def listed_bodies_act(t: str, gaz) -> bool:
    """(tasks20) Does the sentence open on a list of bodies, two or more, and go straight on to a verb of
    doing, with no tense ('Thành viên Ủy ban bầu cử tỉnh, các Ban bầu cử ..., các cơ quan thông tin đại
    chúng trên địa bàn tỉnh tổ chức thông báo đến nhân dân ...', 'Các sở, ban, ngành, UBND các huyện tổ
    chức quán triệt ...', 'Phòng Văn hóa và Thông tin huyện, Trung tâm Văn hóa ... đẩy mạnh tuyên truyền
    ...')?  A numbered official document (a notice, a letter: one with its own number) hands out a duty
    so, with no 'yêu cầu', 'phải' or 'cần', even as its first instruction; a single body and its act may be
    a report of what it does, a list of bodies acting together is a distribution of work."""
    from pipeline.extract.offices import subject_of

    u = _SPEECH_OPEN_RE.sub("", t)
    if not _body_then_action(u, gaz) or PAST_RE.match(u):
        return False
    subj = subject_of(u, gaz)
    head = u[:subj[1]] if subj else ""
    if re.search(r"(?<![^\W_])(?:đã|đang|vừa|sẽ|được|bị)(?![^\W_])", u[:subj[1] + 30] if subj else u, re.I):
        return False
    if _NOT_A_LIST_OF_BODIES_RE.search(head):
        return False  # ('Báo Đấu thầu ngày 26 tháng 3 năm 2019 đưa tin, theo khảo sát, ...': a source and its date)
    return bool(re.search(r",\s*(?:các\s+|những\s+)?[^\W\d_]|\svà\s+(?:các\s+)?[^\W\d_]", head))


# what a list of bodies never holds: a date, a report's verb, a source ('theo ...')
_NOT_A_LIST_OF_BODIES_RE = re.compile(
    r"(?<![^\W_])(?:ngày\s+\d|tháng\s+\d|năm\s+(?:19|20)\d\d|đưa\s+tin|cho\s+biết|phản\s+ánh|theo)(?![^\W_])", re.I)


_BODY_LABEL_RE = re.compile(r"\s*(?:[-+•]\s*)?(?P<who>[^:;.,]{3,60}(?:,\s*[^:;.,]{2,40}){0,3})\s*:\s*(?=[^\W\d_])")


def labels_its_body(text: str, gaz) -> bool:
    """Does the sentence open with a body and a colon before its duty ('Chủ tịch UBND các huyện,
    thị xã: Tiếp tục ...', 'Sở Y tế: Chỉ đạo ...')?  Telegrams and a leader's conclusions label
    each body's duties so; the paragraphs after the label, up to the next one, are its duties too."""
    from pipeline.extract.offices import subject_of

    m = _BODY_LABEL_RE.match(text)
    if not m or gaz is None:
        return False
    subj = subject_of(text, gaz)
    return bool(subj) and abs(subj[1] - m.end("who")) <= 1 and bool(VERB_START_RE.match(text[m.end():]))


def _names_bodies_only(t: str, gaz) -> bool:
    """Is the sentence nothing but the names of bodies (with their place or what they are
    responsible for), no verb of its own?"""
    from pipeline.extract.assign import heading_offices

    bare = re.sub(r"\s*\([^()]*\)", " ", t).strip(" .;,")
    named = heading_offices(bare, gaz)
    if not named:
        return False
    rest = bare
    for r in named:
        rest = rest.replace(r.text, " ")
    # (the words of a name are no verbs: 'Thường trực Hội đồng nhân dân xã', 'Các tổ chức phụ
    # trách bầu cử ở xã')
    return not VERB_ANY_RE.search(_OFFICE_NOUN_RE.sub(" ", rest))


def _office_first(t: str, gaz) -> bool:
    """Does ``t`` open with a gazetteer office ('Thanh tra Chính phủ ...', not 'Thanh tra việc ...')?"""
    t = re.sub(r"^\s*(?:Giao\s+cho|Giao|Phân\s+công(?:\s+cho)?|Đề\s+nghị|Yêu\s+cầu)\s+", "", t)  # 'Giao Bộ X chủ trì ...:'
    found = gaz.find(t[:120], fuzzy=False)
    return bool(found) and found[0].start == 0 and found[0].text[:1].isupper() and len(found[0].text.split()) >= 2


_ASK_OPEN_RE = re.compile(r"\s*(?:Đề\s+nghị|Yêu\s+cầu|Giao(?:\s+cho)?)\s+", re.I)


def _asked_body_first(t: str, gaz) -> bool:
    """'a) Đề nghị Thủ trưởng các đơn vị chủ trì, phối hợp với BHXH tỉnh, thành phố ...:': an ask
    whose object is a body outside the gazetteer, then that body's verb, closed by a colon over
    the items it is asked to do (as :func:`_office_first` for a gazetteer body)."""
    from pipeline.extract.offices import subject_of

    m = _ASK_OPEN_RE.match(t)
    if not m:
        return False
    rest = t[m.end():]
    subj = subject_of(rest, gaz)
    return bool(subj) and rest.casefold().startswith(subj[0].casefold())


def _is_upper(t: str) -> bool:
    letters = [ch for ch in t if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) / len(letters) > 0.85


def verb_of(text: str, subject_end: int = 0) -> str:
    m = VERB_ANY_RE.search(text, subject_end)
    if m and m.start() - subject_end < 40:
        return m.group(0)
    words = text.split()
    return " ".join(words[:2]) if words else ""


# ------------------------------------------------------------------ references

DOC_TYPES = (r"Chỉ\s+thị|Nghị\s+quyết|Nghị\s+định|Quyết\s+định|Kế\s+hoạch|Công\s+văn|Thông\s+báo|Kết\s+luận|"
             r"Thông\s+tư(?:\s+liên\s+tịch)?|Luật|Bộ\s+luật|Chương\s+trình|Tờ\s+trình|Hướng\s+dẫn|Đề\s+án|Báo\s+cáo|"
             r"Văn\s+bản|Pháp\s+lệnh|Lệnh|Điện|Công\s+điện|Quy\s+định")
REFERENCE_RE = re.compile(
    rf"(?P<type>{DOC_TYPES})\s+(?:số\s*:?\s*)?(?P<num>\d+[\w\-/.&Đđ]*(?:\s*-\s*[A-ZĐ][\w/\-]*)?(?:/[\w\-Đđ]+)*)"
    rf"(?:\s*,)?(?:\s+ngày\s+(?P<date>\d{{1,2}}\s*(?:/|-|\.)\s*\d{{1,2}}\s*(?:/|-|\.)\s*\d{{4}}|\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+\d{{4}}))?",
)
LAW_RE = re.compile(
    rf"(?P<type>Luật|Bộ\s+luật|Hiến\s+pháp)(?P<name>[^;,.()]{{0,80}}?)\s+ngày\s+(?P<date>\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{4}}|\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+\d{{4}})"
)


def _parse_date(s: str | None) -> dt.date | None:
    if not s:
        return None
    m = DATE_RE.search(s)
    if not m:
        return None
    d, _ = _to_date(m, None)
    return d


def find_references(text: str) -> list[tuple[int, int, str, str | None, str | None, dt.date | None]]:
    """Cited documents in ``text``: (start, end, text, type, number, date).  A number must
    have a '/' or '-' ('19-CT/TU', '435/QĐ-UBND') so '01 tỷ cây xanh' is no reference."""
    out = []
    for m in REFERENCE_RE.finditer(text):
        num = m.group("num").rstrip(".,")
        if not re.search(r"[/\-]", num) and not m.group("date"):
            continue
        out.append((m.start(), m.end(), m.group(0), re.sub(r"\s+", " ", m.group("type")), num, _parse_date(m.group("date"))))
    for m in LAW_RE.finditer(text):
        if any(a <= m.start() < b for a, b, *_ in out):
            continue
        out.append((m.start(), m.end(), m.group(0), re.sub(r"\s+", " ", m.group("type")), None, _parse_date(m.group("date"))))
    out.sort()
    return out


def references_of(sentence: Sentence, task_id: int | None = None) -> list[Reference]:
    return [Reference(text=t, doc_type=ty, number=n, date=d, line=sentence.line_start, task_id=task_id)
            for _a, _b, t, ty, n, d in find_references(sentence.text)]
