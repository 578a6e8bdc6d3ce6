"""header46: the body an item retells asking or issuing, when the item holds no event and names no document of its own.

labels33 (samples/gold/README.md, 'Session 33, labels33' (3)): 'a body's directive retold with no event (zc1 'Theo đó UBND
tỉnh yêu cầu ...', zc3, zc6, zk1, fg2, yo13) names the body that asks (header19)'; a type is written only where the text
names one.  Shapes the readers of posted and retold_theo do not pass (they want a numbered document or a dated lead):

* an excerpt that opens on the retold ask, 'Theo đó UBND tỉnh yêu cầu Sở ...' / 'Theo đó, UBND tỉnh đề nghị ...', or on the
  ask of the body's chairman, 'Theo đó, ông <name>, Phó chủ tịch UBND tỉnh Quảng Bình, yêu cầu ...' (his committee's);
* a document named by its subject and issued in the passive, 'Theo Khung kế hoạch thời gian năm học ... mới được UBND tỉnh
  ban hành, ...', 'Công điện số 43 của Thủ tướng được ban hành ngày 1/5 ...';
* the ask named as the body's, 'Tạm ngừng tổ chức lễ hội ... là yêu cầu của Bộ Văn hóa, Thể thao và Du lịch tại Công văn
  gửi các địa phương ...'.
A Deputy Prime Minister who asks is a person, never the issuer (labels33: unseen13 ys12 left null), and a head word alone
('Bộ', 'UBND') names no body.
"""
from __future__ import annotations

import re

from pipeline.structure.holder_names import protect, restore

# the bodies that ask or issue in such items (the Government's, a committee, a ministry, a department, a Party committee,
# a steering board); their name runs to the verb with no clause mark
_BODY = (r"(?P<body>(?:UBND|HĐND|Ủy\s+ban|Uỷ\s+ban|Bộ|Sở|Ban|BCĐ|Cục|Tổng\s+cục|(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+(?:ủy|uỷ)|"
         r"Đảng\s+(?:ủy|uỷ)|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Chính\s+phủ)(?![^\W_])(?:[^,;:.()!?]|\u201a|, (?=Thể\s+thao)){0,70}?)")
_THEO_DO_RE = re.compile(r"^\s*(?i:theo\s+đó)\s*,?\s+(?!Phó\s)" + _BODY + r"\s+(?:(?:đã|vừa|cũng|tiếp\s+tục)\s+)?"
                         r"(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao)(?![^\W_])")
# ('Theo đó, ông <name>, Phó chủ tịch UBND tỉnh Quảng Bình, yêu cầu ...', 'Theo đó, Chủ tịch UBND huyện yêu cầu: ...': an
# officer's ask names the officer's body, header22)
_THEO_DO_HEAD_RE = re.compile(r"^\s*(?i:theo\s+đó)\s*,?\s+(?:(?i:ông|bà|đồng\s+chí)\s+[A-ZĐÀ-Ỹ][^,;:.()]{2,40}?\s*[,–-]\s*)?"
                              r"(?:Phó\s+)?[Cc]hủ\s+tịch\s+" + _BODY + r"\s*,?\s+(?:(?:đã|vừa|cũng|tiếp\s+tục)\s+)?"
                              r"(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao)(?![^\W_])")
_PASSIVE_RE = re.compile(r"(?:^|[.!?]\s+|\s[-–]\s+)(?i:theo)\s+[^.;:!?]{3,200}?\s+(?:(?:mới|vừa|đã)\s+)+được\s+" + _BODY +
                         r"\s+(?:ký\s+)?ban\s+hành(?![^\W_])")
_OF_ISSUED_RE = re.compile(r"(?<![^\W_])(?:Công\s+điện|Chỉ\s+thị|Công\s+văn|Quyết\s+định|Kế\s+hoạch|Thông\s+báo)\s+"
                           r"(?:(?i:số)\s+[\w/\-]+\s+)?của\s+" + _BODY + r"\s+(?:(?:vừa|mới|đã)\s+)?được\s+ban\s+hành(?![^\W_])")
# (after 'là' only: '... là yêu cầu của Bộ X tại Công văn ...' names the ask as the body's; 'Thực hiện sự chỉ đạo của Sở X tại
# công văn số ...' and 'ý kiến chỉ đạo của Thủ tướng tại văn bản ...' are grounds, the item's own body speaks after them)
_ASK_OF_RE = re.compile(r"(?<![^\W_])là\s+(?:yêu\s+cầu|chỉ\s+đạo|đề\s+nghị)\s+của\s+" + _BODY +
                        r"\s+tại\s+(?i:công\s+văn|công\s+điện|chỉ\s+thị|văn\s+bản|thông\s+báo)(?![^\W_])")


def retold_asker(texts: list[str], reach: int = 6) -> str | None:
    """The body an item's first lines retell asking or issuing (see the module's docstring), or None."""
    for k, t in enumerate(texts[:reach]):
        t = protect(t)
        rxs = (_THEO_DO_RE, _THEO_DO_HEAD_RE, _PASSIVE_RE, _OF_ISSUED_RE, _ASK_OF_RE) if k == 0 else (_PASSIVE_RE, _OF_ISSUED_RE, _ASK_OF_RE)
        for rx in rxs:
            m = rx.search(t)
            if m:
                body = re.sub(r"\s+", " ", restore(m.group("body"))).strip()
                # (a head word alone names no body: 'Theo đó, Bộ yêu cầu ...', 'UBND yêu cầu ...')
                if len(body.split()) >= 2 and not re.search(r"(?<![^\W_])(?:các|những|được|đã|vừa)(?![^\W_])", body) \
                        and not re.search(r"Phó\s+$", t[:m.start("body")]):
                    return body
    return None
