"""(office28) When a sentence that names no doer of its own goes on with the doers of the sentence before it.

carry15's request scope (``extract._request_scopes``) and the paragraph carry in ``extract_tasks`` hand a
request's addressees to the next sentences that open on a verb of doing, a prohibition or a discourse
marker ('Đồng thời, ...', 'Bên cạnh đó, ...', 'Ngoài ra, ...').  The pending gold files showed three
shapes they did not read, each a sentence that still names no one and is still the same body's duty:

- the verb comes after a frame of its own, a condition or a point of reference closed by a comma or a
  colon ('Theo chức năng, nhiệm vụ được giao, chủ động triển khai ...', 'Trong trường hợp có sai số khác
  cần có văn bản ...', 'Đối với các nội dung vượt thẩm quyền, chủ động phối hợp với Sở X ...');
- the verb is an imperative that ``tasks.ACTION_VERBS`` does not hold because it is no directive cue
  on its own ('Chú ý treo cờ đúng quy định ...', 'Lưu ý ...', 'Tìm mọi biện pháp thông báo ...');
- the addressees were named by a letter the sentence before reports as sent, its sentence ending on
  them ('... có Công điện số 37 gửi tới Ban Chỉ huy ... các tỉnh ...; Ban Chỉ huy ... các Bộ: ...' +
  'Công điện nêu rõ: Theo dõi ...').

What still breaks the chain is decided where the carry is done (a heading, a numbered item of its own,
a statement between, a sentence naming its own doer): this module only reads the sentence.
"""
from __future__ import annotations

import re

from pipeline.extract.tasks import PROHIBITION_OPEN_RE, VERB_START_RE, opens_on_a_duty

__all__ = ["continues_after_frame", "opens_on_imperative", "letter_sent_to_at_end"]

# a frame before the verb: a point of reference ('Theo chức năng, nhiệm vụ (được giao)', 'Theo thẩm quyền'),
# a condition ('Trong trường hợp ...', 'Trường hợp ...', 'Nếu ...'), a matter ('Đối với ...', 'Về ...'), a
# detail ('Cụ thể'); it is closed by a comma or a colon, a condition also by 'cần / phải / thì'; the frame
# holds no full stop and no ';'
_FRAME_OPEN_RE = re.compile(
    r"\s*(?:Theo\s+(?:đúng\s+)?(?:chức\s+năng|nhiệm\s+vụ|thẩm\s+quyền)|(?P<cond>Trong\s+trường\s+hợp|Trường\s+hợp|Nếu)|"
    r"Đối\s+với|Về|Cụ\s+thể)(?![^\W_])", re.I)
_FRAME_CLOSE_RE = re.compile(r"\s*[,:]\s+")
_COND_CLOSE_RE = re.compile(r"\s+(?=(?:cần|phải)\s)|\s*,?\s+thì\s+", re.I)

# (a frame that names a body is that body's label, not a frame: 'Đối với UBND các xã, ...', 'Về phía Sở X, ...')
_BODY_IN_FRAME_RE = re.compile(
    r"(?<![^\W_])(?:UBND|[UỦ][yỷ]\s+ban|Sở|Bộ|Phòng|Ban|Cục|Chi\s+cục|Công\s+an|Đảng\s+ủy|Huyện\s+ủy|Tỉnh\s+ủy|"
    r"Mặt\s+trận|MTTQ|Hội|Đoàn|Trung\s+tâm|Trường|Bệnh\s+viện|Tổng\s+cục|Thủ\s+trưởng|Chủ\s+tịch|Giám\s+đốc|"
    r"(?:các\s+)?(?:cơ\s+quan|đơn\s+vị|địa\s+phương|ngành|cấp|xã|huyện|tỉnh|thôn|hộ|doanh\s+nghiệp|người|cá\s+nhân|tổ\s+chức)"
    r"|phía)(?![^\W_])")

# imperatives a request's further point opens on that are no directive cue on their own (a statement
# may hold them: 'chú ý' is also 'attention'), read only where a sentence already carries a task
_IMPERATIVE_RE = re.compile(r"\s*(?:Chú\s+ý|Lưu\s+ý|Tìm\s+mọi\s+(?:biện\s+pháp|cách)|Nghiêm\s+túc)(?![^\W_])", re.I)

# a letter reported as issued whose sentence ends on its addressees: '... có Công điện số 37 gửi tới X; Y.'
# (tasks.SENT_LETTER_TO_RE needs 'về việc / đề nghị / ...' after them)
_LETTER_TO_END_RE = re.compile(
    r"(?<![^\W_])(?:văn\s+bản|công\s+văn|công\s+điện|chỉ\s+thị|thông\s+báo)(?:\s+(?:hỏa|hoả)\s+tốc|\s+khẩn)?"
    r"\s+(?:số\s*)?\d[^\s,;:]*(?:\s+ngày\s+[\d/.-]+)?\s+gửi\s+(?:tới\s+|đến\s+)?"
    r"(?P<who>(?:các\s+|những\s+)?[^.]{3,400}?)\s*\.?\s*$", re.I)


def continues_after_frame(body: str) -> bool:
    """Does the sentence open on a frame ('Theo chức năng, nhiệm vụ được giao,', 'Trong trường hợp ... cần',
    'Đối với các nội dung vượt thẩm quyền,') and then on the verb of its duty, naming no body in the
    frame?  Such a sentence has no subject of its own: it is a further point of the request before it."""
    m = _FRAME_OPEN_RE.match(body)
    if m is None:
        return False
    head = body[:200]
    stop = min([k for k in (head.find("."), head.find(";")) if k >= 0], default=len(head))
    closes = [c for c in _FRAME_CLOSE_RE.finditer(head, m.end()) if c.start() < stop]
    if m.group("cond"):
        closes += [c for c in _COND_CLOSE_RE.finditer(head, m.end()) if c.start() < stop]
    for c in sorted(closes, key=lambda c: c.start()):
        if _BODY_IN_FRAME_RE.search(body[m.end():c.start()]):
            return False
        if _opens_duty(body[c.end():]):
            return True
    return False


def _opens_duty(rest: str) -> bool:
    """A duty's verb, a prohibition or a modal and a verb ('cần có văn bản', 'phải báo cáo') opens the text."""
    modal = re.match(r"(?:cần|phải)\s+", rest, re.I)
    if modal:
        rest = rest[modal.end():]
        return bool(VERB_START_RE.match(rest) or re.match(r"(?:có|được)\s", rest))
    return bool(VERB_START_RE.match(rest) or PROHIBITION_OPEN_RE.match(rest) or opens_on_a_duty(rest))


def opens_on_imperative(body: str) -> bool:
    """Does the sentence open on an imperative that is no directive cue of its own ('Chú ý treo cờ đúng
    quy định ...', 'Tìm mọi biện pháp thông báo ...')?  Read only for a sentence already taken as a task."""
    return _IMPERATIVE_RE.match(body) is not None


def letter_sent_to_at_end(text: str) -> str | None:
    """The addressees of a numbered letter the sentence reports as sent, when the sentence ends on them
    ('... có Công điện số 37 gửi tới Ban Chỉ huy ... các tỉnh ...; Ban Chỉ huy ... các Bộ: Quốc phòng, ...')."""
    m = _LETTER_TO_END_RE.search(text)
    return m.group("who") if m else None
