"""(office28) The subject of a duty behind a fronted adverbial: a place, a time, a ground or a discourse
marker closed by a comma ('Ở khu vực ven biển, đồng bằng và đô thị, các tỉnh cần chủ động sơ tán ...', 'Đặc
biệt, Bộ NN-PTNT và Bộ Công thương cần khẩn trương ...', 'Trên cơ sở đó, các sở, ngành, địa phương bám sát
...', 'Theo kế hoạch, đến ngày 2/9, phường X sẽ cơ bản hoàn thành ...').

The office rules read a subject at the head of the sentence, and ``reportframe`` reads one behind a
reporting clause; a fronted adverbial of any other kind hid it (the pending gold files: zf6, zi6, zd5, yo10,
ek5).  Where the sentence gives no doer, the head is cut at a comma and the rest read as a sentence of its
own -- only when the head opens on an adverbial ('Ở', 'Tại', 'Theo', 'Trên', 'Đặc biệt', 'Sáng', ...), names no
body, holds no ask and no verb of doing, and the rest opens on the body it reads, followed by no verb of speech or asking (the speaker of 'Tại hội nghị, ông X yêu cầu tổ chức ...' is no doer).
"""
from __future__ import annotations

import re
from typing import Callable

from pipeline.extract.tasks import VERB_ANY_RE

__all__ = ["subject_after_fronted_head"]

# an ask or a speech in the head: the body after it is an addressee or a speaker, read elsewhere
_ASK_RE = re.compile(r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|giao|chỉ\s+đạo|kêu\s+gọi|nhấn\s+mạnh|lưu\s+ý|phát\s+biểu|"
                     r"cho\s+biết|khẳng\s+định|nêu\s+rõ|kết\s+luận)(?![^\W_])", re.I)
# the adverbials a sentence may front before its subject: a place, a time, a ground, a matter, a marker
_OPENER_RE = re.compile(
    r"(?:Ở|Tại|Trong|Theo|Trên|Dưới|Đặc\s+biệt|Riêng|Đối\s+với|Về|Sau|Trước|Từ|Đến|Với|Qua|Bên\s+cạnh|Ngoài|Mặt\s+khác|"
    r"Cùng\s+với|Song\s+song|Hiện\s+nay|Thời\s+gian|Sáng|Chiều|Tối|Trưa|Ngày|Tháng|Năm|Tuần|Hằng|Hàng|Nay|Do|Vì|Nhân|Nhằm|Để)"
    r"(?![^\W_])", re.I)

# the words a subject may take before its verb ('cũng', 'cần', 'phải', 'sẽ', 'tiếp tục', ...)
_AUX_RE = re.compile(r"\s*(?:(?:cũng|cần|phải|sẽ|tiếp\s+tục|đã|đang|luôn|còn|vẫn|nên)\s+)*", re.I)


def subject_after_fronted_head(body: str, read_roles: Callable[[str], list]) -> list:
    """The doers a sentence names behind a fronted adverbial (module docstring), or []: ``read_roles`` is the
    office reader (``offices.roles_in_sentence`` with the gazetteer bound)."""
    text = body.strip().lstrip("-–+•* ").strip()
    if not _OPENER_RE.match(text):
        return []
    for m in re.finditer(r",\s+", text[:160]):
        head, rest = text[:m.start()], text[m.end():]
        # (a verb of doing in the head: the clause is the duty itself, its subject would have come first)
        if _ASK_RE.search(head) or VERB_ANY_RE.search(head) \
                or any(r.role in ("lead", "support") for r in read_roles(head + " thực hiện.")):
            return []
        if not rest[:1].isalpha():
            continue
        rest = rest[:1].upper() + rest[1:]
        roles = [r for r in read_roles(rest) if r.role in ("lead", "support")]
        leads = [r for r in roles if r.role == "lead"]
        if not leads:
            continue
        placed = sorted(((rest.find(r.text), r) for r in leads if r.text and r.text in rest), key=lambda p: p[0])
        if not placed or rest[:placed[0][0]].strip(" ,").casefold() not in ("", "các", "những", "toàn thể", "tất cả các"):
            continue
        # (the subject runs over a list of bodies joined by ',' or 'và'; the verb comes after the last)
        end = placed[0][0] + len(placed[0][1].text)
        for at, r in placed[1:]:
            if at >= end and rest[end:at].strip(" ,").casefold() in ("", "và", "các", "và các"):
                end = at + len(r.text)
        if _ASK_RE.match(_AUX_RE.sub("", rest[end:], count=1).lstrip(" ,")):
            return []
        # ('Sau thời gian này, đơn vị nào không nộp hồ sơ thì Phòng X ...': 'X nào ... thì' is a condition, its
        # doer comes after 'thì'; office_spans ob18-c02)
        if re.match(r"\s*nào(?![^\W_])", rest[end:]) or re.search(r"(?<![^\W_])thì(?![^\W_])", rest[end:end + 120]):
            return []
        return roles
    return []
