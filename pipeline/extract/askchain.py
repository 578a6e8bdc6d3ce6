"""Two wordings of an ask read as the ones the office rules know (points21).

- **a chain 'X chỉ đạo Y chỉ đạo Z <verb>'**: 'Thủ tướng chỉ đạo các UBND tỉnh, thành phố chỉ đạo các cơ quan
  chuyên môn kiểm kê, đánh giá nguồn nước ...'. The first 'chỉ đạo' asks Y, who is to direct Z: Y is the doer
  of the work (ANNOTATION.md: the addressee of the ask leads), as in 'X yêu cầu Y chỉ đạo Z ...'. Read alone,
  'X chỉ đạo ...' is X's own act and X was taken for the doer. The first verb is read as 'yêu cầu' when the
  words between the two verbs open on a body and hold no stop.
- **a bare place word as the subject of an assignment**: 'TP giao Công an TP, UBND TP Thủ Đức, UBND các quận, huyện
  chủ động xây dựng ...', 'Tỉnh giao Sở Y tế ...' (the press's short name for the city's or the
  province's People's Committee, after 'UBND TP giao Sở Xây dựng ...' in the sentence before): read as
  'UBND TP giao ...', so the bodies after the verb are asked, as they are after 'UBND TP'.
"""
from __future__ import annotations

import re
from typing import Callable

_CHAIN_RE = re.compile(
    r"(?<![^\W_])(?<!Ban\s)(?<!ban\s)(?P<verb>chỉ\s+đạo)\s+(?P<who>(?:các\s+|những\s+)?[^.;:!?()]{2,120}?)\s+(?<!Ban\s)(?<!ban\s)"
    r"chỉ\s+đạo\s+(?P<whom>(?!:)\S)", re.I)
# an ask before the first 'chỉ đạo' in its clause: 'Bộ đề nghị UBND các tỉnh chỉ đạo các sở ... chỉ đạo các cơ sở ...' is
# 'đề nghị A chỉ đạo X' (samples/gold/README.md: A only), no chain of the speaker's own
_ASK_BEFORE_RE = re.compile(r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu|giao|kiến\s+nghị)(?![^\W_])[^.;:]*$", re.I)
_MAX_WHO_WORDS = 14
_BARE_PLACE_RE = re.compile(
    r"^(?P<lead>\s*(?:(?:Theo\s+đó|Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó|Cùng\s+với\s+đó|Mặt\s+khác)\s*,\s*)?)"
    # (only 'giao': 'TP cũng đề nghị các cơ quan quản lý quy hoạch ...', 'Huyện cũng yêu cầu các homestay ...' already give
    # the asked parties (office_spans ob19-032, ob40-003); read as 'UBND TP đề nghị' the committee was taken for the doer)
    r"(?P<place>TP\.?|Thành\s+phố|Tỉnh|Huyện|Quận|Thị\s+xã)\s+(?=(?:(?:cũng|vừa|tiếp\s+tục)\s+)?giao\s)")


def chain_as_ask(text: str, opens_on_body: Callable[[str], bool]) -> str:
    """'X chỉ đạo Y chỉ đạo Z ...' read as 'X yêu cầu Y chỉ đạo Z ...' (see the module docstring)."""
    m = _CHAIN_RE.search(text)
    # (both ends are bodies, the first a short name: 'chỉ đạo các cơ quan ... kiểm tra ... các giải pháp chỉ đạo triển khai ...'
    # or '... theo chỉ đạo của Bộ' is no chain; 'Ban chỉ đạo huyện chỉ đạo Ban chỉ đạo các xã' names committees)
    if m is None or len(m.group("who").split()) > _MAX_WHO_WORDS or _ASK_BEFORE_RE.search(text[:m.start()]) \
            or not opens_on_body(m.group("who")) or not opens_on_body(text[m.start("whom"):]):
        return text
    return text[:m.start("verb")] + "yêu cầu" + text[m.end("verb"):]


def bare_place_as_committee(text: str) -> str:
    """'TP giao ...' read as 'UBND TP giao ...' (see the module docstring)."""
    return _BARE_PLACE_RE.sub(lambda m: m.group("lead") + "UBND " + m.group("place") + " ", text, count=1)
