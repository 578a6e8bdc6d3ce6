"""(furniture16) Sentences of a press or portal item that direct no one although they carry a verb of
direction: the page's furniture (photo captions, address and hotline lines) and a meeting report's
praise and state reports.

Each class is known by its own evidence, never by the one sentence it was seen in:

- **page furniture, by the line's shape and position**: a one-line paragraph printed twice in a row (a
  CMS prints an image's alt text and then its caption: 'Đồng chí X lưu ý một số nhiệm vụ trọng tâm ...'
  twice, 'Thủ tướng ... thăm gian hàng ... Ảnh: Chính Thành' twice); a title repeated under the photo with
  its number ('Báo cáo sơ kết ... - Ảnh 1.'); a line that names only who speaks or acts at which event
  ('Đồng chí Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị', 'Đồng chí Bí thư Tỉnh ủy chỉ đạo tại
  buổi giao ban sáng 09/11/2018', 'Các đại biểu tham gia ý kiến tại cuộc họp', '... chủ trì và phát biểu
  chỉ đạo hội nghị.'); a scene caption ('Toàn cảnh hội nghị', 'Quang cảnh buổi làm việc'); an address or
  hotline line ('Địa chỉ: ...', 'Đường dây nóng: 0889...', 'Cục Văn hóa cơ sở - số 51, Ngô Quyền, Hoàn
  Kiếm, Hà Nội').
- **praise, by the clause's head**: 'Hoan nghênh ...', 'Biểu dương ...', 'Đánh giá cao ...', 'Ghi nhận
  và biểu dương ...', 'Ghi nhận sự nỗ lực ...', alone or after the speaker ('Đồng chí ghi nhận và đánh
  giá cao ...'), with no request after it in the sentence ('Biểu dương ..., đề nghị tiếp tục ...' stays a
  task; 'Biểu dương, khen thưởng kịp thời ...' is a duty to commend; 'Ghi nhận và lưu trữ ...' a duty to
  record).
- **state reports, by the clause's head**: '... đang được (khẩn trương) triển khai' as the predicate;
  'Đó là (một trong những) ý kiến chỉ đạo của ông X tại cuộc họp ...' (the lead that names the speaker of
  the quote above); 'Đến thời điểm này, các sở ... được giao nhiệm vụ ... như: ...' (what the bodies were
  given, reported at a date) -- each only with no request of its own.
"""
from __future__ import annotations

import re

# a request, a duty or an assignment anywhere in the sentence (not the passive 'được giao', a report
# of what a body was given)
_CUE_RE = re.compile(
    r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu|(?<!được\s)giao(?!\s+ban)(?!\s+thông)|(?<!hậu\s)cần(?!\s+thiết)|(?<!gặp\s)phải|chỉ\s+đạo\s*:|chỉ\s+đạo\s+(?!tại|hội|trong|cuộc|buổi|phiên|của|điều\s+hành)|"
    r"lưu\s+ý|nhắc\s+nhở|quán\s+triệt|chủ\s+trì\s*,\s*phối\s+hợp|đôn\s+đốc|kiến\s+nghị)(?![^\W_])", re.I)

# -- page furniture ------------------------------------------------------------------------------

# a photo placed under the title repeats it with its number: 'Báo cáo sơ kết 05 năm ... - Ảnh 1.'
_TITLE_PHOTO_RE = re.compile(r"\s[-–]\s*(?:Ảnh|Hình)\s+\d{1,2}\s*\.?\s*$")
# the events a speaker speaks at
_EVENT = (r"(?:hội\s+nghị|hội\s+thảo|buổi|cuộc\s+họp|cuộc\s+làm\s+việc|phiên(?:\s+họp)?|kỳ\s+họp|lễ|"
          r"đại\s+hội|tọa\s+đàm|toạ\s+đàm|diễn\s+đàn|giao\s+ban|họp|sự\s+kiện|chương\s+trình)")
# what a speaker does at an event, no object of its own
_AT_EVENT_VERB = (r"(?:phát\s+biểu(?:\s+(?:chỉ\s+đạo|kết\s+luận|ý\s+kiến|khai\s+mạc|bế\s+mạc|tham\s+luận|"
                  r"thảo\s+luận|tổng\s+kết|giao\s+nhiệm\s+vụ))?|chỉ\s+đạo|kết\s+luận|(?:tham\s+gia\s+|đóng\s+góp\s+|"
                  r"góp\s+)ý\s+kiến|góp\s+ý|trao\s+đổi|thảo\s+luận|tham\s+luận|quán\s+triệt)")
# who speaks: a person or the delegates, named by a title or 'Đồng chí / Ông / Bà' (a schedule's
# '- 7 giờ 30, đồng chí Bí thư dự ...' or a point 'Phối hợp ... tổ chức buổi khai mạc ...' is no caption)
_PERSON_START = (r"(?:Đồng\s+chí|Các\s+đồng\s+chí|Ông|Bà|Các\s+đại\s+biểu|Đại\s+biểu|Đại\s+diện|Lãnh\s+đạo|"
                 r"(?:Phó\s+|Nguyên\s+)?(?:Chủ\s+tịch|Bí\s+thư|Thủ\s+tướng|Bộ\s+trưởng|Thứ\s+trưởng|Giám\s+đốc|"
                 r"Trưởng\s+ban|Chủ\s+nhiệm|Tổng\s+Bí\s+thư|Chánh\s+Văn\s+phòng|Chỉ\s+huy\s+trưởng|Tổng\s+cục\s+trưởng|"
                 r"Cục\s+trưởng|Trưởng\s+phòng|Chủ\s+tịch\s+nước)|Ủy\s+viên|Uỷ\s+viên|Thiếu\s+tướng|Trung\s+tướng|Đại\s+tá|"
                 r"Thượng\s+tá)(?![^\W_])")
# (points21: a source that glued a title's syllables, 'Bíthư Huyện ủy Phan Công Vỹ phát biểu chỉ đạo tại buổi
# làm việc.', still names the speaker: the title's inner spaces may be missing)
_PERSON_START = _PERSON_START.replace(r"\s+", r"\s*")
# '<who> <verb(s)> tại <event> ...' or '<who> chủ trì và phát biểu chỉ đạo hội nghị': the sentence
# names a speaker and an event, and nothing to do
_SPOKE_AT_RE = re.compile(
    r"^(?P<who>" + _PERSON_START + r"[^,;:.!?]{0,160}?(?:,[^,;:.!?]{2,80}?){0,4})\s+(?:đã\s+|cũng\s+)?"
    + r"(?:chủ\s+trì\s*(?:và|,)\s*)?" + _AT_EVENT_VERB + r"\s+(?:(?:tại|trong|ở)\s+(?:các\s+|những\s+)?)?"
    + _EVENT + r"(?![^\W_])[^;:!?]{0,160}?\s*\.?\s*$", re.I)
# a scene photo: 'Toàn cảnh hội nghị', 'Quang cảnh buổi làm việc', 'Các đại biểu dự hội nghị'
_SCENE_RE = re.compile(r"^(?:Toàn\s+cảnh|Quang\s+cảnh|Một\s+góc|Các\s+đại\s+biểu\s+(?:dự|tham\s+dự)|Đại\s+biểu\s+(?:dự|tham\s+dự))"
                       r"(?![^\W_])[^.;:!?]{0,120}\.?\s*$", re.I)
# an address, hotline or mailbox line: 'Địa chỉ: ...', 'Đường dây nóng: 0889...', 'Tổng đài: 1900...'
_CONTACT_LINE_RE = re.compile(
    r"^(?:[-+•]\s*)?(?:Địa\s+ch[ỉi](?:\s+(?:email|liên\s+hệ|trụ\s+sở))?|Trụ\s+sở(?:\s+chính)?|Đường\s+dây\s+nóng|"
    r"Tổng\s+đài(?:\s+hỗ\s+trợ)?|Số\s+hotline|Hộp\s+thư|Hòm\s+thư(?:\s+điện\s+tử)?)\s*:\s*\S", re.I)
# a postal address: '<office> - số 51, Ngô Quyền, Hoàn Kiếm, Hà Nội', 'Số 12 Lê Lợi, phường ..., TP ...'
_STREET_RE = re.compile(
    r"(?:^|[-–:,]\s*)(?:[Ss]ố\s*\d{1,4}[A-Za-z]?(?:/\d{1,4})?\s*,?\s+|\d{1,4}[A-Za-z]?(?:/\d{1,4})?\s+(?=(?:đường|phố|ngõ|ngách)\s))"
    r"(?:(?:đường|phố|ngõ|ngách)\s+)?[^\W\d_][^,;.!?]{1,40}"
    r"(?:,\s*[^,;.!?]{2,40}){2,4}\.?\s*$")

_SENTENCE_BEFORE_RE = re.compile(r"(?<![^\W_])(?:gửi|nộp|về|đến|tại|liên\s+hệ|chuyển|báo\s+cáo|đăng\s+ký|tổ\s+chức)(?![^\W_])|,", re.I)


def doubled_blocks(sentences) -> set[int]:
    """Ids of the one-line paragraphs printed twice in a row (an image's alt text and its caption)."""
    blocks, seen = [], set()
    for s in sentences:
        if id(s.block) not in seen:
            seen.add(id(s.block))
            blocks.append(s.block)
    out: set[int] = set()
    for a, b in zip(blocks, blocks[1:]):
        ta, tb = a.text.strip(), b.text.strip()
        if ta == tb and "\n" not in ta and len(ta.split()) >= 3 and a.style is None and b.style is None \
                and not ta.endswith(":"):
            out.update((id(a), id(b)))
    return out


def _one_line(block) -> bool:
    return block.style is None and block.label is None and "\n" not in block.text.strip()


def page_furniture(s, doubled: set[int]) -> str | None:
    """The reason a sentence is the page's furniture, else None (see the module docstring)."""
    t = s.text.strip()
    b = s.block
    if id(b) in doubled:
        return "photo caption"
    if _one_line(b) and len(t.split()) <= 40 and _TITLE_PHOTO_RE.search(t):
        return "photo caption"
    if len(t) <= 320 and not t.endswith(":"):
        m = _SPOKE_AT_RE.match(t)
        if m and not _CUE_RE.search(t):
            return "speaker at an event"
    if _one_line(b) and _SCENE_RE.match(t):
        return "photo caption"
    if len(t.split()) <= 40 and _CONTACT_LINE_RE.match(t):
        return "contact"
    if _one_line(b) and len(t.split()) <= 25:
        m = _STREET_RE.search(t)
        # what comes before the street is an office's name, not a sentence ('Các đơn vị gửi báo cáo về Sở
        # Y tế, số 12 Lê Lợi, ...' asks for a report)
        if m and not _CUE_RE.search(t) and not _SENTENCE_BEFORE_RE.search(t[:m.start()]):
            return "address"
    return None


# -- praise and state reports ---------------------------------------------------------------------

# a speaker before the head ('Đồng chí ...', 'Chủ tịch UBND tỉnh ...', 'Phó Thủ tướng ...'), up to 120
# characters with no stop; then the praise
_SPEAKER = (r"(?:(?:Đồng\s+chí|Ông|Bà|Chủ\s+tịch|Phó\s+Chủ\s+tịch|Bí\s+thư|Phó\s+Bí\s+thư|Thủ\s+tướng|Phó\s+Thủ\s+tướng|"
            r"Bộ\s+trưởng|Thứ\s+trưởng|Giám\s+đốc|Phó\s+Giám\s+đốc|Trưởng\s+ban|Lãnh\s+đạo)(?![^\W_])[^;:.!?]{0,120}?\s+)")
_PRAISE_HEAD = (r"(?:hoan\s+nghênh|biểu\s+dương(?!\s*,?\s*(?:và\s+)?khen\s+thưởng)(?!\s+kịp\s+thời)|đánh\s+giá\s+cao|"
                r"khen\s+ngợi|chúc\s+mừng|"
                r"ghi\s+nhận\s*(?:,\s*|\s+và\s+)(?:biểu\s+dương|đánh\s+giá\s+cao|hoan\s+nghênh|khen\s+ngợi)|"
                r"ghi\s+nhận\s+(?:sự\s+|những\s+|các\s+)?(?:nỗ\s+lực|cố\s+gắng|kết\s+quả|đóng\s+góp|thành\s+tích|tinh\s+thần|ý\s+kiến))")
_PRAISE_RE = re.compile(r"^(?:[-+•]\s*|\d{1,2}[.)]\s*|[a-zđ]\)\s*)?" + _SPEAKER + r"?(?:(?:cũng|đã|rất|đặc\s+biệt)\s+)*"
                        + _PRAISE_HEAD + r"(?![^\W_])", re.I)

# '... đang được (khẩn trương) triển khai' as the predicate of a report
_STATE_RE = re.compile(
    r"(?<![^\W_])đang\s+được\s+(?:(?:khẩn\s+trương|tích\s+cực|gấp\s+rút|khẩn\s+cấp|tập\s+trung)\s+)?"
    r"(?:triển\s+khai|thực\s+hiện|hoàn\s+thiện|chuẩn\s+bị|tiến\s+hành|xây\s+dựng)(?![^\W_])", re.I)
# 'Đó là (một trong những) ý kiến chỉ đạo / nội dung ... của <speaker>': names the speaker of what went before
_THAT_WAS_RE = re.compile(r"^(?:Đây|Đó)\s+là\s+(?:một\s+(?:trong\s+)?(?:những|các|số)\s+)?(?:ý\s+kiến|nội\s+dung|chỉ\s+đạo|"
                          r"yêu\s+cầu|kết\s+luận|khẳng\s+định|nhấn\s+mạnh)(?![^\W_])", re.I)
# 'Đến thời điểm này, ... được giao nhiệm vụ ...': what bodies were given, told at a date
_REPORTED_AT_RE = re.compile(r"^(?:Theo\s+đó\s*,\s*)?(?:đến\s+thời\s+điểm\s+(?:này|hiện\s+tại)|tính\s+đến\s+(?:nay|thời\s+điểm\s+này)|"
                             r"đến\s+nay|hiện\s+nay|hiện\s+tại)\s*,", re.I)


def praise_or_state(t: str) -> str | None:
    """The reason a sentence is praise or a report of a state, else None (see the module docstring)."""
    t = t.strip()
    m = _PRAISE_RE.match(t)
    if m and re.sub(r"^(?:[-+•]\s*|\d{1,2}[.)]\s*|[a-zđ]\)\s*)", "", t)[:1].isupper() and not _CUE_RE.search(t[m.end():]):
        return "praise"
    if _CUE_RE.search(t):
        return None
    m = _THAT_WAS_RE.match(t)
    if m and ":" not in t:
        return "names the speaker"
    if _STATE_RE.search(t) or _REPORTED_AT_RE.match(t) and re.search(r"(?<![^\W_])được\s+giao(?![^\W_])", t):
        return "state report"
    return None


# -- reported reasoning (tasks18) ----------------------------------------------------------------
# A press item quotes a person explaining why something is so, and the 'phải' or 'cần' inside the
# explanation obliges no one the item directs: 'Theo ông Nguyễn Văn B, Giám đốc Sở ..., người dân phải
# gieo sạ tập trung vì ...', 'Theo bà Hoa, các hộ chăn nuôi phải tiêm phòng ...', '"Người dân phải chủ
# động tích trữ nước ..." - ông Trần Minh cho biết.', 'Ông X, Vụ trưởng ..., hồi tháng 1 cho biết các
# quy định này nhằm tránh tình trạng học sinh vẫn phải học thêm ...'.  The speaker is a person named by
# 'ông', 'bà', 'anh', 'chị' or a scholar's title (a leader's order quoted with 'nhấn mạnh', 'yêu cầu',
# 'chỉ đạo' is not reasoning); an asking verb in the sentence keeps it a request.
_PERSON = r"(?:ông|bà|anh|chị|chuyên\s+gia|(?:GS|PGS|TS|ThS|BS)\.?(?:\s*,?\s*(?:TS|BS)\.?)?)"
_TELLS = r"(?:cho\s+biết|cho\s+hay|giải\s+thích|lý\s+giải|chia\s+sẻ|phân\s+tích|nhận\s+định|nói)"
_REASON_ACCORDING_RE = re.compile(r"^Theo\s+" + _PERSON + r"\s+[^.;:!?]{2,160}?,\s*\S", re.I)
_REASON_QUOTED_RE = re.compile(r"^[“\"«]\s*(?P<q>[^”\"»]{5,600}?)[.!…]*\s*[”\"»]\s*[,\-–—]\s*" + _PERSON
                               + r"\s[^.;:!?]{0,120}?" + _TELLS + r"(?![^\W_])\s*[.!…]*\s*$", re.I)
_REASON_TOLD_RE = re.compile(r"^" + _PERSON + r"\s+[^.;:!?]{2,160}?\s" + _TELLS + r"(?![^\W_])\s*(?:,|rằng)?\s*(?=[^\W\d_])",
                             re.I)
# what turns a speaker's words into a request (not 'phải', 'cần' or 'nên': the speaker's reasoning)
_ASKS_RE = re.compile(r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|kiến\s+nghị|chỉ\s+đạo|đôn\s+đốc|giao\s+(?:cho|nhiệm\s+vụ)|"
                      r"(?<!được\s)giao(?=\s+(?:UBND|Sở|Phòng|Ban|các|Ủy|Uỷ|Công\s+an|Bộ)(?![^\W_])))(?![^\W_])", re.I)


def reported_reasoning(t: str) -> bool:
    """(tasks18) a person's explanation a press item quotes ('Theo ông X, ... phải ... vì ...', '"...
    phải ..." - ông X cho biết', 'Ông X, ..., cho biết ... phải ...'), with no asking verb in it."""
    t = t.strip()
    if t.endswith(":"):
        return False
    m = _REASON_QUOTED_RE.match(t)
    if m:
        return not _ASKS_RE.search(m.group("q"))
    if (_REASON_ACCORDING_RE.match(t) or _REASON_TOLD_RE.match(t)) and not _ASKS_RE.search(t):
        return True
    return False


# -- a picture's caption, known by the picture (tasks19) -------------------------------------------
# A portal's article body keeps the file name of each picture on a line of its own ('22.jpg',
# 'fab53784eb56910404c75ec008768624.jpg', 'IMG_2034.JPG', the placeholder '%image_alt%'), or a credit line under the caption ('Ảnh:
# Hữu Hoàn', '(Ảnh: TTXVN)', 'Ảnh minh họa'); the one-sentence paragraph right after the file name, or
# right before the credit, is the picture's caption: what it shows ('Đồng chí X cùng các cơ quan chức
# năng kiểm tra tình hình sạt lở ...') directs no one. A caption that asks ('Đồng chí Chủ tịch UBND xã
# yêu cầu các thôn ...') or obliges ('cần', 'phải') is read as the body's sentence it may well be.
# (a CMS that lost the picture prints its placeholder instead: '%image_alt%')
IMAGE_NAME_RE = re.compile(r"^(?:[^\s/\\]{1,120}\.(?:jpe?g|png|gif|webp|bmp|tiff?)|%image_alt%)$", re.I)
_CREDIT_LINE_RE = re.compile(r"^\(?\s*(?:(?:Ảnh|Nguồn\s+ảnh)\s*:\s*[^\W\d_][^.;:!?()]{0,50}|Ảnh\s+minh\s+h(?:ọa|oạ))\s*\)?\s*\.?$",
                             re.I)
_OBLIGES_RE = re.compile(r"(?<![^\W_])(?:(?<!hậu\s)cần(?!\s+thiết)|(?<!gặp\s)phải)(?![^\W_])", re.I)


def picture_caption(t: str, before: str | None, after: str | None) -> bool:
    """(tasks19) a one-sentence paragraph ``t`` right after a picture's file name (``before``, the
    paragraph above) or right before a credit line (``after``, the paragraph below), with no ask or
    duty in it."""
    t = t.strip()
    by_picture = before is not None and bool(IMAGE_NAME_RE.match(before.strip()))
    by_credit = after is not None and bool(_CREDIT_LINE_RE.match(after.strip()))
    if not (by_picture or by_credit) or len(t.split()) > 60 or t.endswith(":"):
        return False
    return not _ASKS_RE.search(t) and not _CUE_RE.search(t) and not _OBLIGES_RE.search(t)


# -- a counterfactual (tasks19) --------------------------------------------------------------------
# What should have happened and did not ('Lẽ ra người dân ít ra đường thì tai nạn giao thông phải
# giảm, nhưng nay lại tăng 10%', 'Đáng lẽ dự án phải hoàn thành từ năm 2020 nhưng đến nay vẫn dở dang',
# 'Đáng ra các hộ phải được hỗ trợ sớm hơn', 'Giá như ... thì ...', 'Nếu ... thì đã ...'): the 'phải'
# inside obliges no one; the sentence reasons about the past. An asking verb in it ('..., đề nghị Sở X
# khẩn trương ...') keeps the request.
_COUNTERFACTUAL_RE = re.compile(
    r"^(?:(?:Theo\s+[^,]{2,80},\s*)?(?:Lẽ\s+ra|Đáng\s+lẽ(?:\s+ra)?|Đáng\s+ra|Giá\s+như|Giá\s+mà)(?![^\W_])"
    r"|(?:Nếu|Giá)\s+[^.;:!?]{3,200}?\s+thì\s+(?:(?:đã|có\s+lẽ\s+đã|chắc\s+đã|hẳn\s+đã)\s+(?:không\s+)?)"
    r"(?!\s*(?:được\s+)?(?:yêu\s+cầu|đề\s+nghị)))", re.I)


def counterfactual(t: str) -> bool:
    """(tasks19) a sentence that tells what should have been ('Lẽ ra ... phải ...', 'Đáng lẽ ...',
    'Nếu ... thì đã ...'), with no asking verb in it."""
    t = t.strip()
    return bool(_COUNTERFACTUAL_RE.match(t)) and not _ASKS_RE.search(t)


# -- the issuer's own grant or decision, told (tasks19) --------------------------------------------
# ANNOTATION.md: a task directs someone to do something. A body's own grant or consent, told as
# decided ('Trên cơ sở đề nghị của tỉnh, Bộ Tài chính quyết định hỗ trợ có mục tiêu ... số tiền là 7,714
# tỷ đồng', 'Thường trực Tỉnh ủy đồng ý chủ trương hỗ trợ tỉnh Hải Dương ... 500 triệu đồng', 'Theo đó,
# thống nhất hỗ trợ tỉnh Quảng Nam 1 tỷ đồng', 'UBND tỉnh chấp thuận cho Công ty X ...'), directs no one:
# the money or the leave is given. The gold reads these as no task in news (zv2, zv6, zv7) and at most as
# optional in a conclusion ('Đồng ý chủ trương ...'). A grant that goes on to ask someone ('..., giao
# Sở Tài chính ...', '... đề nghị UBND tỉnh ...') keeps the request.
_GRANT_RE = re.compile(
    r"^(?:[^.;:!?]{0,200}?,\s*)?(?:[^\W\d_][^,.;:!?]{0,100}?\s)?(?:đã\s+|vừa\s+|cũng\s+)?"
    r"(?:quyết\s+định|đồng\s+ý|thống\s+nhất|chấp\s+thuận|nhất\s+trí)\s+(?:về\s+)?(?:chủ\s+trương\s+)?"
    r"(?:hỗ\s+trợ|cấp(?!\s+(?:ủy|uỷ|trên|dưới|xã|huyện|tỉnh))|trích|bổ\s+sung\s+(?:kinh\s+phí|ngân\s+sách|dự\s+toán|vốn)|"
    r"phân\s+bổ|tặng|ủng\s+hộ|cho\s+phép|cho(?=\s+(?:Công\s+ty|tỉnh|huyện|xã|UBND|Sở|các|ông|bà)(?![^\W_])))(?![^\W_])",
    re.I)
_GRANT_ASKS_RE = re.compile(r"(?<![^\W_])(?:giao|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|đôn\s+đốc|(?<!hậu\s)cần(?!\s+thiết)|phải|"
                            r"có\s+trách\s+nhiệm)(?![^\W_])", re.I)


# a procedure that gives a body the decision to make ('Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được
# ..., Ủy ban nhân dân cấp xã quyết định cho phép ...', 'muộn nhất 11 ngày ..., cơ quan ... xem xét, quyết
# định cho phép ...'), and 'quyết định' / 'văn bản đồng ý' as a noun ('ban hành quyết định cho phép thành
# lập ...', 'ban hành văn bản đồng ý cho phép ...'): a duty of the procedure, no grant told; nor a decision
# submitted to another body or still to come in its clause ('UBND cấp tỉnh trình HĐND cùng cấp quyết định
# phân bổ kinh phí ...', '... để HĐND quyết định ...', '... sẽ quyết định ...')
_PROCEDURE_RE = re.compile(r"(?<![^\W_])(?:trong\s+thời\s+hạn|kể\s+từ\s+ngày|muộn\s+nhất|chậm\s+nhất|sau\s+khi\s+nhận|"
                           r"xem\s+xét\s*,?\s*(?:quyết\s+định|đồng\s+ý|chấp\s+thuận)|"
                           r"(?:ban\s+hành|ký|có|bằng|văn\s+bản)\s+(?:quyết\s+định|đồng\s+ý|chấp\s+thuận))(?![^\W_])", re.I)


# the grant told names what is given: '7,714 tỷ đồng', '500 triệu đồng', '200 tấn gạo', 'mỗi hộ 10 triệu đồng'
# (a regulation's 'Các Bộ, ngành ... quyết định phân bổ kinh phí ... theo chế độ quy định' names a power, no sum)
_AMOUNT_RE = re.compile(r"(?<![^\W_])\d[\d.,]*\s*(?:(?:tỷ|triệu|nghìn|ngàn)\s+)?(?:đồng|USD|tấn|kg)(?![^\W_])", re.I)


def own_grant(t: str) -> bool:
    """(tasks19) a grant told as decided, with the sum it gives ('Bộ Tài chính quyết định hỗ trợ ... 7,714 tỷ
    đồng', 'Thường trực Tỉnh ủy đồng ý chủ trương hỗ trợ ... 500 triệu đồng'), with no ask or duty after the
    decision verb, and not a step of a procedure ('Trong thời hạn 05 ngày ..., UBND cấp xã quyết định cho
    phép ...')."""
    t = t.strip()
    m = _GRANT_RE.match(t)
    return bool(m) and not t.endswith(":") and not _GRANT_ASKS_RE.search(t[m.end():]) \
        and not _GRANT_ASKS_RE.search(t[:m.start()] + t[:m.end()].rsplit(",", 1)[-1]) \
        and not _PROCEDURE_RE.search(t[:m.end()]) \
        and not re.search(r"(?<![^\W_])(?:trình|để|sẽ|được)(?![^\W_])", t[:m.end()].rsplit(",", 1)[-1], re.I) \
        and bool(_AMOUNT_RE.search(t[m.end():]))


# -- a person's quote of several sentences, split at its stops (tasks19) ---------------------------
# '"Năm nay mưa đến sớm hơn mọi năm. Người dân phải chủ động tích trữ nước", ông Trần Minh cho biết.'
# The sentence splitter cuts the quote at its inner stops, and the pieces after the first no longer
# open on the quotation mark that tasks18's `reported_reasoning` reads. The paragraph is read whole: when
# it is one quote closed by a person's telling (ông, bà, a scholar; 'cho biết', 'chia sẻ', 'nói' ...),
# each piece with no asking verb is that person's reasoning. A leader's quote closed by 'nhấn mạnh',
# 'yêu cầu', 'chỉ đạo' is not this: each ask inside it stays a task.
def reasoning_quote_piece(t: str, paragraph: str) -> bool:
    """(tasks19) ``t`` is a piece of ``paragraph``, a person's quote of several sentences closed by a
    telling frame, and asks no one."""
    p = " ".join(paragraph.split())
    if p == " ".join(t.split()) or not _REASON_QUOTED_RE.match(p):
        return False
    return not _ASKS_RE.search(t)
