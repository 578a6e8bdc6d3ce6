"""(reach17) Asks that name no doer, after a request that named its addressees.

A news or portal item retells a request ('Sở GD-ĐT đã có văn bản đề nghị các phòng GD-ĐT, các trường
...', 'Phó Chủ tịch UBND tỉnh yêu cầu các địa phương ...') and goes on with its further points in
sentences that name no one.  carry15's request scope hands the addressees to points that open on a verb,
a prohibition or a discourse marker; three further shapes of such a point are read here:

* a modal duty, bare or after a fronted case or topic: 'Cần chú trọng kiểm tra ...', 'Với những học
  sinh có hoàn cảnh khó khăn, cần vận động ...', 'Đối với các ổ dịch mới phát sinh, phải tổ chức tiêu
  hủy ...', 'Trường hợp phát hiện vi phạm thì phải xử lý ...';
* a duty whose subject is what is to be handled: 'Các trường hợp vi phạm phải xử lý nghiêm', 'Mọi hành
  vi lấn chiếm phải được ngăn chặn kịp thời', 'Những sai phạm cần được chấn chỉnh' (the addressee
  handles them; a thing is no doer);

* a point added by 'Cùng với đó, ...' / 'Cùng với đó là ...' and its verb;

and (in `_request_scopes`) such a point, or any point with no subject, still goes to the addressees
of the text's last request when only statements stand between ('Theo Sở GD-ĐT, năm học vừa qua tỷ lệ
... đạt 92%.'): a retelling interleaves the request's points with its figures.
"""
from __future__ import annotations

import re

from pipeline.extract.tasks import DUTY_START_RE, VERB_START_RE

# a case or topic fronted before the duty, closed by a comma ('Với những học sinh ..., ', 'Đối với ...,',
# 'Riêng ...,', 'Trường hợp ... thì', 'Tại các địa phương ...,')
_FRONTED_CASE_RE = re.compile(
    r"^(?:(?:Riêng|Còn)\s+)?(?:Với|Đối\s+với|Riêng|Trường\s+hợp|Nếu|Khi|Tại|Ở|Trong\s+trường\s+hợp)\s[^.;:!?]{2,200}?"
    r"(?:,\s*(?:thì\s+)?|\s+thì\s+)(?=(?:cần|phải|nên)(?![^\W_]))", re.I)
_MODAL_RE = re.compile(r"^(?:cần\s+phải|cần|phải|nên)\s+(?:(?:khẩn\s+trương|kịp\s+thời|nghiêm\s+túc|tiếp\s+tục|chủ\s+động|thường\s+xuyên)\s+)?", re.I)
# what a duty handles, as its subject: cases, acts, offenders
_HANDLED_THING_RE = re.compile(
    r"^(?:(?:Các|Những|Mọi|Tất\s+cả\s+các)\s+)?(?:trường\s+hợp|hành\s+vi|vụ\s+việc|vụ\s+vi\s+phạm|sai\s+phạm|vi\s+phạm|"
    r"tổ\s+chức,\s+cá\s+nhân\s+vi\s+phạm|đối\s+tượng\s+vi\s+phạm|cơ\s+sở\s+vi\s+phạm|công\s+trình\s+vi\s+phạm|"
    # (points22: the problems the addressee meets, 'Các tồn tại vướng mắc ngoài thẩm quyền giải quyết phải báo cáo đề
    # xuất UBND thành phố trước ngày 05/8/2012': the addressee reports them)
    r"tồn\s+tại(?:,?\s+vướng\s+mắc)?|vướng\s+mắc|khó\s+khăn(?:,?\s+vướng\s+mắc)?)"
    r"[^.;:!?]{0,120}?\s(?:phải|cần|cần\s+phải)\s+(?:được\s+|bị\s+)?"
    r"(?=(?:xử\s+lý|xử\s+phạt|ngăn\s+chặn|chấn\s+chỉnh|khắc\s+phục|tháo\s+dỡ|cưỡng\s+chế|kiểm\s+tra|thu\s+hồi|"
    r"đình\s+chỉ|công\s+khai|báo\s+cáo|kiến\s+nghị|truy\s+cứu)(?![^\W_]))", re.I)


def modal_duty(text: str) -> bool:
    """'Cần chú trọng kiểm tra ...', 'Với những học sinh khó khăn, cần vận động ...': a modal and a verb
    of doing, bare or after a fronted case; no one named before the modal."""
    t = text.strip()
    m = _FRONTED_CASE_RE.match(t)
    rest = t[m.end():] if m else t
    if m and re.search(r"(?<![^\W_])(?:đã|vừa)\s", t[:m.end()]):
        return False  # ('Khi đã ..., cần ...' is fine in law, but a report of what was done is no ask)
    mm = _MODAL_RE.match(rest)
    if not mm:
        return False
    after = rest[mm.end():]
    return bool(DUTY_START_RE.match(after) or VERB_START_RE.match(after))


def handled_thing_duty(text: str) -> bool:
    """'Các trường hợp vi phạm phải xử lý nghiêm', 'Mọi hành vi lấn chiếm phải được ngăn chặn ...': a
    duty whose subject is what is to be handled."""
    return bool(_HANDLED_THING_RE.match(text.strip()))


# 'Cùng với đó, chủ động phòng, tránh ...', 'Cùng với đó là đẩy mạnh công tác thông tin ...': the marker
# that adds one more point to what was asked ('along with that'), then the point's verb; carry15's
# discourse markers ('Đồng thời', 'Bên cạnh đó', 'Ngoài ra' ...) lack it (written after reach17's
# carry-over batch 38 had been scored: tuned, not blind)
_ALONG_WITH_RE = re.compile(r"^Cùng\s+với\s+(?:đó|việc\s+này)(?:\s*,\s*|\s+là\s+)", re.I)


def along_with_point(text: str) -> bool:
    m = _ALONG_WITH_RE.match(text.strip())
    if not m:
        return False
    rest = text.strip()[m.end():]
    return bool(DUTY_START_RE.match(rest) or VERB_START_RE.match(rest)) and not re.match(r"(?:đã|vừa)\s", rest)


def doerless_ask(text: str) -> bool:
    """Any shape above."""
    return modal_duty(text) or handled_thing_duty(text) or along_with_point(text)
