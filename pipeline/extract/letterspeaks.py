"""(points19) The letter itself as the speaker of an ask that names no doer (issue 5).

A press item retells a letter sent to named addressees ('Thứ trưởng ... vừa ký Công văn gửi Ủy ban nhân dân
các tỉnh, thành phố trực thuộc trung ương ...', 'Bộ Y tế có văn bản gửi Sở Y tế các tỉnh ...') and then
lets the document speak: 'Công văn cũng yêu cầu đảm bảo vệ sinh môi trường ...', 'Văn bản còn đề nghị
tăng cường ...', 'Công điện nhấn mạnh, cần ...'.  Nobody is named after the verb; by inherit16's convention
(samples/gold/README.md) the doers are the letter's addressees.  carry15's scope and reach17's last
request give them when the ask follows the letter closely; this step gives them to such an ask that
ended with no doer at all (a statement, a heading or another request's points came between).
"""
from __future__ import annotations

import re

from pipeline.extract.assign import merge_roles

LETTER_SPEAKS_RE = re.compile(
    r"^(?:(?:Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó|Đặc\s+biệt|Mặt\s+khác)\s*,\s*)?"
    r"(?:Công\s+văn|Văn\s+bản|Công\s+điện|Bức\s+điện|Điện|Chỉ\s+thị|Thông\s+báo|Kế\s+hoạch|Thư)(?:\s+(?:số\s+)?\d[\w/.-]*)?"
    r"(?:\s+(?:này|trên))?\s+(?:(?:cũng|còn|đồng\s+thời)\s+)?(?:yêu\s+cầu|đề\s+nghị|lưu\s+ý|nhấn\s+mạnh|nêu\s+rõ|chỉ\s+đạo)"
    r"\s*[,:]?\s+(?-i:[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])", re.I)


def letter_speaks_roles(classified, tasks: dict, addressees_of) -> None:
    """(points19) Give an ask the letter itself speaks and that has no doer the addressees of the
    letter the text told as sent (the first such letter before it). ``addressees_of(text)`` reads a
    sentence's sent letter's addressees (extract.sent_letter_addressees)."""
    sent = None
    for i, c in enumerate(classified):
        blk = c.sentence.block
        if sent is None and c.kind in ("task", "narrative") and blk.label is None and blk.style is None:
            found = addressees_of(c.sentence.text)
            if found:
                sent = found
                continue
        t = tasks.get(i)
        if t is None or sent is None or any(r.role in ("lead", "support") for r in t.offices):
            continue
        if LETTER_SPEAKS_RE.match(t.text.strip()):
            t.offices = merge_roles(sent, t.offices)
