"""A document's addressees after 'gửi' when the document then asks named bodies (session 20, office24,
class (d)).

'Bộ Công an mới đây đã ban hành công điện gửi thủ trưởng các tổng cục, bộ tư lệnh ...; giám đốc công
an ... các tỉnh, yêu cầu các đơn vị, địa phương tập trung tổ chức tổng kiểm tra ...': the sentence
tells where the telegram went and then what it asks of whom.  The bodies it was sent to are the
letter's addressees; the doers of the task are the bodies the ask names ('các đơn vị, địa phương'),
as ANNOTATION.md lists "every body the text makes responsible for that task".  The addressees are the
doers only when the ask names nobody ('... văn bản gửi UBND và Sở Y tế các tỉnh ..., đề nghị xây dựng
kế hoạch ...': office_spans ob14-042), which offices._REPORTED_SENT_RE reads already.

`sent_addressees_span` finds the 'gửi <addressees>' stretch of such a sentence so that the caller can
blank it (same length: offsets hold) and read the rest as 'X ban hành công điện, yêu cầu <bodies> ...'.
"""
from __future__ import annotations

import re

# 'gửi (đến / tới) <addressees>, (đề nghị | yêu cầu) <named bodies>': the ask names its own doers, a
# plural ('các', 'những', 'mọi') or a capitalised body; 'đề nghị xây dựng ...' (a verb) names none
_SENT_THEN_ASK_RE = re.compile(
    r"(?<![^\W_])gửi(?:\s+(?:đến|tới))?\s+(?P<who>[^.:]{3,300}?)\s*,\s*(?:(?:đồng\s+thời|trong\s+đó)\s+)?"
    r"(?P<ask>đề\s+nghị|yêu\s+cầu|chỉ\s+đạo)\s+(?=(?:các|những|mọi|toàn\s+thể|tất\s+cả)\s|(?-i:[A-ZĐ]))", re.I)


def sent_addressees_span(text: str, doc_before: re.Pattern) -> tuple[int, int] | None:
    """The (start, end) of 'gửi <addressees>' in a sentence that sends a document and then asks named
    bodies, else None.  The span ends before the comma that opens the ask.  ``doc_before`` finds the
    document sent at the end of the text before 'gửi' ('công điện', 'văn bản số 10991/UBND-GT'): the
    caller's own list of document kinds (offices._DOC_KIND), so that the kinds are written once."""
    if "gửi" not in text:
        return None
    for m in _SENT_THEN_ASK_RE.finditer(text):
        if not doc_before.search(text[:m.start()]):
            continue
        # (the ask must be the document's: no sentence break or new subject's verb inside the addressees)
        if re.search(r"(?<![^\W_])(?:để|nhằm|về\s+việc)(?![^\W_])", m.group("who"), re.I):
            continue  # '... gửi các sở về việc ..., đề nghị ...': the topic is between; left to the readers
        return m.start(), m.end("who")
    return None
