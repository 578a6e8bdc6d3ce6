"""(inherit16) Who does a point of a letter that names no doer of its own (issue 5).

A press or portal item that retells a letter to named addressees ('Bộ X vừa có công văn gửi UBND các
tỉnh ...', 'Cục Y đề nghị Sở Z ...') goes on with sentences that name no doer:

- the speaker alone asks: 'Đặc biệt, Bộ đề nghị tăng cường ...', 'Cục cũng đề nghị tổ chức ...',
  'Công văn nêu rõ, cần xử lý ...' -- the speaker is the one who asks, not the one who acts; the
  addressees of the letter act;
- the thing to be sent is the subject: 'Các đề án phải gửi về Cục trước ngày ...', 'Báo cáo gửi về
  Bộ ... trước ngày ...', 'Danh sách ... cần nộp về Sở ...' -- the addressees send it, the speaker
  (named after 'về') only receives it (report-to, never an office);
- the addressee is asked to assign: 'đề nghị UBND các tỉnh giao Sở NN&PTNT rà soát ...' -- 'giao'
  makes the assigned body a doer with the addressee (ANNOTATION.md: in 'Chỉ đạo X' X is not listed;
  'giao X' hands the work to X, as 'Giao Sở X ...' does in the issuer's own voice).

The first two are points of the request scope they stand in (``extract._request_scopes``), and they
keep the letter's addressees after a statement has closed that scope, because their own wording says
they are asked of someone.  An ask of the speaker alone is read so only in a retold letter (a sentence
before it names the letter's addressees: 'X vừa có văn bản gửi Y ...'); in a leader's instructions told
as news ('Thủ tướng yêu cầu các bộ ...' + 'Thủ tướng cũng yêu cầu tăng cường ...') it is read as before
(measured: carried there too, office F1 on the standing set unseen15 fell 0.725 -> 0.689 by aggregate;
restricted to retold letters, 0.738).  An issuer acting alone ('Bộ sẽ tổng hợp ...', 'Thủ tướng chỉ đạo ...')
and a text that names no addressee anywhere keep no office.
"""
from __future__ import annotations

import re

# the speaker of the letter, named by its kind or by the letter itself (a short subject)
_SPEAKER_HEAD = (r"(?:Bộ|Cục|Tổng\s+cục|Sở|Ủy\s+ban|Uỷ\s+ban|UBND|Thủ\s+tướng|Phó\s+Thủ\s+tướng|Chủ\s+tịch|"
                 r"Phó\s+Chủ\s+tịch|Văn\s+phòng|Ban|Văn\s+bản|Công\s+văn|Công\s+điện|Chỉ\s+thị|Thông\s+báo|"
                 r"Quyết\s+định|Hướng\s+dẫn|Kế\s+hoạch)(?![^\W_])")
_MARKER = (r"(?:(?:Theo\s+đó|Đặc\s+biệt|Ngoài\s+ra|Bên\s+cạnh\s+đó|Đồng\s+thời|Cụ\s+thể|Mặt\s+khác|Vì\s+vậy|"
           r"Do\s+đó|Cùng\s+với\s+đó|Trong\s+đó|Bên\s+cạnh|Song\s+song\s+đó)\s*,?\s*)")
SPEAKER_ASK_RE = re.compile(
    r"^\s*" + _MARKER + r"?(?P<who>" + _SPEAKER_HEAD + r"(?:\s+[^\s,.;:()]+){0,9}?)\s+"
    r"(?:(?:cũng|còn|tiếp\s+tục|đồng\s+thời|kính|đặc\s+biệt)\s+)*"
    r"(?P<cue>đề\s+nghị|yêu\s+cầu|lưu\s+ý|khuyến\s+cáo|nhấn\s+mạnh|nêu\s+rõ|chỉ\s+rõ)(?![^\W_])\s*[,:]?\s*"
    r"(?:(?:cần|phải|cần\s+phải)\s+)?(?P<rest>\S.*)", re.I | re.S)

# the report, plan or list to be sent opens the sentence; 'phải / cần' or nothing before the verb
# ('... được gửi ...' is a rule of procedure in a decree, kept apart: office_spans ob10-016; the comments or
# proposals a consultation invites, 'Ý kiến tham gia gửi Văn phòng ... trước ngày ...', are no one's duty: gold yp1)
SENT_THING_DUTY_RE = re.compile(
    r"^\s*" + _MARKER + r"?(?:(?:Các|Những|Toàn\s+bộ|Mọi)\s+)?"
    r"(?:Báo\s+cáo|Văn\s+bản|Hồ\s+sơ|Danh\s+sách|Kết\s+quả|Đề\s+án|Kế\s+hoạch|Dự\s+thảo|"
    r"Tài\s+liệu|Phương\s+án|Số\s+liệu|Biểu\s+mẫu|Bản\s+đăng\s+ký|Sản\s+phẩm)(?![^\W_])"
    r"(?P<mid>[^.;:!?]{0,140}?)\s(?:(?:phải|cần|đề\s+nghị|cần\s+phải)\s+)?"
    r"(?P<verb>gửi|nộp|chuyển)(?:\s+(?:về|cho|tới|đến|lên))?(?![^\W_])", re.I)
_PAST_RE = re.compile(r"(?<![^\W_])(?:đã|vừa|mới|đang|được)(?![^\W_])", re.I)

# 'đề nghị / yêu cầu <A> giao (cho) <X> ...': the body the addressee is to assign; A may be a list
# ('đề nghị Chủ tịch UBND các tỉnh, thành phố giao cho các cơ quan chức năng chủ động công bố ...', points23:
# unseen23 ep10), but 'giao' after 'được / đã' is the work already handed out ('... chức năng, nhiệm vụ được
# giao chủ động ...'), not an ask to assign
_ASK_TO_ASSIGN_RE = re.compile(
    r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu)\s+(?P<asked>[^;.:()]{2,120}?)(?<!được)(?<!đã)(?<!,)"
    r"\s+giao(?:\s+(?:nhiệm\s+vụ\s+)?cho)?\s+(?=\S)", re.I)


def speaker_ask(body: str, opens_on_duty) -> re.Match | None:
    """'Đặc biệt, Bộ đề nghị tăng cường ...', 'Cục cũng đề nghị tổ chức ...', 'Công văn nêu rõ, cần xử
    lý ...': the speaker alone asks, and what it asks opens on a verb of doing (no addressee between
    the cue and the work).  ``opens_on_duty`` is the test of a point's opening (tasks.opens_on_a_duty)."""
    m = SPEAKER_ASK_RE.match(body)
    # (one speaker: 'UBND các huyện đề nghị hỗ trợ ...' reports what many bodies propose, not an ask of the letter)
    if m is None or len(m.group("who").split()) > 10 or re.search(r"(?<![^\W_])(?:các|những)(?![^\W_])", m.group("who"), re.I):
        return None
    rest = m.group("rest")
    return m if opens_on_duty(rest) else None


def sent_thing_duty(body: str) -> bool:
    """'Các đề án phải gửi về Cục trước ngày 10-12 ...', 'Báo cáo gửi về Bộ ... trước ngày ...': the
    thing to be sent is the subject, the duty is the sender's (never a report of what was sent)."""
    m = SENT_THING_DUTY_RE.match(body)
    return bool(m) and not _PAST_RE.search(m.group("mid")[-25:] + " ")


def without_speaker(roles, body: str, m: re.Match):
    """The roles of a speaker-only ask without the speaker read as a doer ('Cục đề nghị' read as a
    body); partners and report-to named in the work it asks stay."""
    cut = m.start("rest")
    return [r for r in roles if not (r.role in ("lead", "support") and 0 <= body.find(r.text) < cut)]


def _only_bodies(stretch: str, asked) -> bool:
    """Is ``stretch`` nothing but the addressees' names (``asked``) and the commas and 'và' between them?"""
    rest = stretch
    for r in sorted(asked, key=lambda r: len(r.text), reverse=True):
        rest = rest.replace(r.text, " ")
    return not re.sub(r"(?<![^\W_])và(?![^\W_])|[\s,;]", "", rest, flags=re.I)


def assigned_by_addressee(body: str, roles, gaz, roles_of):
    """'đề nghị UBND các tỉnh giao Sở NN&PTNT rà soát ...': the bodies the addressee is to assign are
    doers with it.  ``roles_of`` reads a sentence's roles (offices.roles_in_sentence)."""
    m = _ASK_TO_ASSIGN_RE.search(body)
    if m is None:
        return roles
    asked = [r for r in roles if r.role == "lead" and r.text and r.text in m.group("asked")]
    if not asked:
        return roles
    if "," in m.group("asked") and not _only_bodies(m.group("asked"), asked):
        # (a comma-joined stretch is one list of addressees, 'Chủ tịch UBND các tỉnh, thành phố', not an ask that goes
        # on before 'giao': 'đề nghị các địa phương tăng cường kiểm tra, chỉ đạo, giao ...')
        return roles
    given = [r for r in roles_of("Giao " + body[m.end():], gaz) if r.role in ("lead", "support")]
    have = {r.office.casefold() for r in roles}
    new = [r for r in given if r.office.casefold() not in have]
    return [*roles, *new] if new else roles
