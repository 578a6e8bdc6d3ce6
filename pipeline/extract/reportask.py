"""An ask inside the sentence that reports the document (reach18, issue 5).

'Chiều qua 30.10, UBND TP.Thủ Đức ban hành công văn chấn chỉnh công tác bán trú, đề nghị Phòng GD-ĐT
và các ngành liên quan khẩn trương thực hiện ...', 'UBND tỉnh vừa ban hành Công văn số 123/UBND-KT về
việc phòng chống dịch, giao Sở Y tế tăng cường giám sát', 'Bộ X đã ký văn bản hỏa tốc về ..., yêu cầu
các Sở ...': the body that issues the document only asks; the bodies named after 'đề nghị / yêu cầu /
giao' are the doers.  (Where the ask follows the document at once, 'vừa ký Công điện 747/CĐ-TTg yêu cầu
các Bộ ...', the sentence is read so already.)

`issued_document_ask(text)` gives the words of the ask ('Phòng GD-ĐT và các ngành liên quan khẩn
trương thực hiện ...') when the sentence reports the issuing of a document and then, after its topic
and a comma, asks; None otherwise.  `report_ask_roles` reads them as the offices, replacing the issuer
read as the doer, only when the ask names a body.
"""
from __future__ import annotations

import re

from pipeline.extract.docwords import ask_document_alternation

# '<issuer> (vừa|đã|mới) ban hành / ký / có / gửi / phát hành <document> ...'
_ISSUED_RE = re.compile(
    r"(?<![^\W_])(?:(?:vừa|đã|mới|cũng)\s+)*(?:ban\s+hành|ký(?:\s+ban\s+hành)?|kí|có|gửi|phát\s+hành|ra)\s+"
    r"(?:(?:hỏa|hoả)\s+tốc\s+)?"
    + ask_document_alternation() + r"(?![^\W_])", re.I)
# the ask after the document's number and topic, opened after a comma: ', đề nghị ...', ', yêu cầu ...'
_ASK_AFTER_COMMA_RE = re.compile(
    r",\s*(?:(?:đồng\s+thời|trong\s+đó|theo\s+đó)\s*,?\s*)?(?P<cue>đề\s+nghị|yêu\s+cầu|giao(?!\s+(?:thông|dịch|lưu|ban|nhận)(?![^\W_])))\s+"
    r"(?=(?-i:[A-ZĐ])|(?:các|những|toàn\s+thể|mọi)\s)", re.I)


_ASKED_BEFORE_RE = re.compile(r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu|giao|chỉ\s+đạo|đôn\s+đốc|phải|cần|có\s+trách\s+nhiệm|chủ\s+trì)(?![^\W_])", re.I)


def issued_document_ask(text: str) -> str | None:
    """The ask after a reported document's topic ('..., đề nghị Phòng X ...' -> 'Phòng X ...'); None."""
    doc = _ISSUED_RE.search(text)
    if doc is None:
        return None
    # (the issuer is the sentence's subject, not a body asked to issue: 'Đề nghị UBND các huyện ban hành
    # văn bản chỉ đạo ..., giao các phòng ...' is the addressee's own work)
    if _ASKED_BEFORE_RE.search(text[:doc.start()]):
        return None
    ask = _ASK_AFTER_COMMA_RE.search(text, doc.end())
    if ask is None:
        return None
    # (the topic between them is the document's: no further sentence verb of a body of its own)
    if re.search(r"[;:]", text[doc.end():ask.start()]):
        return None
    return text[ask.end():]


def report_ask_roles(text: str, roles: list, reader, gaz) -> list:
    """The offices of a sentence that reports a document and then asks: the asked bodies, not the
    issuer (an issuer read as the sole doer before the document is replaced)."""
    tail = issued_document_ask(text)
    if tail is None:
        return roles
    cut = len(text) - len(tail)
    asked = [r for r in reader("Yêu cầu " + tail, gaz) if r.role in ("lead", "support", "report-to")]
    if not any(r.role == "lead" for r in asked):
        return roles
    # the bodies named before the ask (the issuer) are dropped; those read inside the ask already stay
    before = [r for r in roles if r.role in ("lead", "support") and 0 <= text.find(r.text or r.office) < cut
              and (r.text or r.office) not in tail]
    if not before and any(r.role == "lead" for r in roles):
        return roles  # the ask was read already
    return asked
