"""(header38) The numbered document a press or portal item retells from 'Theo ...' as its lead.

samples/gold/README.md ('A document retold from 'Theo ...' as the text's lead', session 28, header37) reads the document
an item with no header block of its own names first as the item's header when the document speaks in that sentence:
'Theo văn bản số 2290/TCT-TTr gửi Cục Thuế các tỉnh, thành phố trực thuộc Trung ương, lãnh đạo Tổng cục Thuế yêu cầu
...' (office_spans ob18-029), 'Theo thông báo (số 34/TB-UBND ngày 19/4/2017), Chủ tịch UBND tỉnh đã điều chỉnh ...'
(baovinhlong.com.vn, pages corpus). posted.issuers_named_document (meeting16) reads the plain shape ('Theo Công văn số N
ngày D, UBND huyện đề nghị ...', ob9-096) but not a lead whose speaker is the body's head or leadership, nor one with an
addressee clause ('gửi ...', commas inside) or a bracketed '(số N ngày D)' between the document's name and its speaker.

The boundary the convention draws, kept here: the document must carry its number (an unnumbered 'Theo kế hoạch, ...'
names no document); the speaker must be the document's own body ('Theo Công văn số N của UBND tỉnh, Sở Y tế yêu cầu
...' is the Sở's letter, the province's its ground: no reading; a number whose symbol names another issuer, likewise);
a sentence that states a fact with no speaker (development ei5, unseen_repair y27) never matches; and an item whose own
act follows ('Nay UBND phường ... thông báo ...') is that act's, not the retold document's.
"""

from __future__ import annotations

import re

from pipeline.structure.posted import Posted, _LEAD_BODY, _NUM, _SYMBOL_ISSUER, _body, _date, _type, strip_press_tag
from pipeline.vietnamese import fold

# the types a retold lead names after 'Theo', in either case ('Theo thông báo (số ...)', 'Theo văn bản số ...')
_TYPES = (r"(?i:công\s+văn|văn\s+bản|công\s+điện|thông\s+báo|kế\s+hoạch|chỉ\s+thị|quyết\s+định|hướng\s+dẫn)")
_DMY = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)"
# the speaker: the body, its head or its leadership ('Chủ tịch UBND tỉnh', 'lãnh đạo Tổng cục Thuế'); a general department
# of a ministry speaks as a ministry does
_SPEAKER = (r"(?P<head>(?:[Ll]ãnh\s+đạo|(?:Phó\s+)?Chủ\s+tịch)\s+)?"
            r"(?P<body>" + _LEAD_BODY + r"|(?:Tổng\s+cục|Cục)\s+[A-ZĐ][^,:;.()]{2,60}?)")
_RETOLD_RE = re.compile(
    r"^\s*Theo\s+(?P<type>" + _TYPES + r")\s*(?P<br>\(\s*)?(?:số\s*:?\s*)?(?P<num>" + _NUM + r")"
    r"(?:\s*,?\s*(?:ban\s+hành\s+)?ngày\s+" + _DMY + r")?"
    r"(?(br)\s*\))"
    # ('gửi Cục Thuế các tỉnh, thành phố trực thuộc Trung ương': the addressees, commas inside; 'của X': the issuer)
    r"(?:\s+gửi\s+(?P<to>[^.;:()]{3,250}?)|\s+của\s+(?P<of>[^,;:.()]{3,120}?))?"
    r"\s*,\s*" + _SPEAKER +
    r"\s+(?:(?:đã|vừa|cũng|tiếp\s+tục)\s+)*(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao|đôn\s+đốc|điều\s+chỉnh)(?![^\W_])")
# the item's own act told after the retold document ('Nay UBND phường Hương Xuân thông báo ...')
_OWN_ACT_RE = re.compile(r"(?:^|[.!?]\s+)(?:Nay|Vì\s+vậy|Do\s+đó)\s*,?\s+(?:" + _LEAD_BODY + r")\s+(?:thông\s+báo|ban\s+hành|quyết\s+định)(?![^\W_])")


def retold_document(texts: list[str]) -> Posted | None:
    """The type, number, date and issuer of the numbered document the item's lead retells from 'Theo ...' with the
    document's body, head or leadership speaking in that sentence (see the module's docstring), or None."""
    for k, t in enumerate(texts):
        m = _RETOLD_RE.match(strip_press_tag(t))
        if not m:
            continue
        body = _body(m.group("body"))
        if m.group("of") and fold(_body(m.group("of"))) != fold(body):
            return None  # ('Theo Công văn số N của UBND tỉnh, Sở Y tế yêu cầu ...': the Sở's own letter)
        num = re.sub(r"\s+", "", m.group("num")).rstrip(".")
        parts = num.rsplit("/", 1)[-1].split("-")
        if any(s in parts and not re.search(w, body) for s, w in _SYMBOL_ISSUER):
            return None  # (a number whose symbol names another issuer than the speaker: '88/UBND-KT' and a Sở)
        if any(_OWN_ACT_RE.search(x) for x in [t[m.end():], *texts[k + 1:k + 3]]):
            return None  # (the item's own act follows: the retold document is its ground)
        day = _date(m.group("d"), m.group("m"), m.group("y")) if m.group("d") else None
        return Posted(doc_type=_type(m.group("type")), number=num, issuer=body, date=day)
    return None
