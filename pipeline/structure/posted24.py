"""header24: header classes measure19 named on unseen19 (issue 5, header fields on new text).

Each reading is a function of its own, called from `posted.posted_header` at one place:
- `passive_signed_document`: the document as the subject of a passive with its signer, 'Công văn 1126/UBND-KT do ông
  <name>, Phó Chủ tịch UBND tỉnh X ký, yêu cầu ...', anywhere in the lead's sentences (after a paper's tag, a day, an
  adverb), the number with or without 'số'; read as its active '<who> ký <type> <number>'.
- `sent_document_type`: a document named as the subject of a later sentence with its addressees before the verb,
  'Công điện gửi các Bộ trưởng, ..., Chủ tịch UBND các tỉnh ... nêu rõ: ...' (its type; its number when printed).
- `lead_year`: a lead's day and month printed without a year ('Ngày 17/8, UBND tỉnh ... ban hành ...') take the one year
  the text names outside a goal or a span ('Vụ hè thu 2024, ...'); none when it names two or none.
- `answer_date_line`: a portal's answer to a citizen prints its date on a line of its own under the question
  ('20/09/2014', 'Ngày 20/09/2014', 'Ngày trả lời: 20/09/2014'): the answer's date.
"""
from __future__ import annotations

import datetime as _dt
import re

_P24_TYPES = (r"(?:Công\s+văn|Công\s+điện|Chỉ\s+thị|Quyết\s+định|Kế\s+hoạch|Thông\s+báo|Kết\s+luận|Hướng\s+dẫn|Văn\s+bản|"
              r"công\s+văn|công\s+điện|chỉ\s+thị|quyết\s+định|kế\s+hoạch|thông\s+báo|văn\s+bản)")
_P24_NUM = r"\d{1,6}[\w.\-]*(?:\s*/\s*[\w.&\-Đđ]+)+"
# (header25) a lead's day before its subject, 'Ngày 17/8, ', 'Sáng 23/4, ', 'Chiều ngày 5-3-2024, ', 'Đêm 22/9, ': one pattern for every
# lead reader of posted.py (header20's reporting leads, header21's decided leads and commas openers, the cited-self and
# office-letter leads) and this module's passive, which had copied it (those copies lacked 'Trưa' and 'Đêm')
LEAD_DAY = r"(?:(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm)(?:\s+ngày)?\s+\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*(?:19|20)\d\d)?\s*,\s*)"
# (what may stand before the document at a sentence's start: a paper's tag, a day, 'lately', 'accordingly')
_P24_OPENER = (r"(?:\([^()]{2,40}\)\s*[-–—]\s*|[A-ZĐ][A-Za-zĐđ.]{1,20}\s*[-–—]\s+)?"
               r"(?:(?:Mới\s+đây|Vừa\s+qua|Gần\s+đây|Theo\s+đó|Trước\s+đó|Cụ\s+thể|Đồng\s+thời)\s*,\s*)?"
               + LEAD_DAY + "?")
PASSIVE24_RE = re.compile(
    r"(?:^|(?<=[.!?])\s+)" + _P24_OPENER
    + r"(?P<type>" + _P24_TYPES + r")(?:\s+(?i:khẩn|hỏa\s+tốc|hoả\s+tốc))?"
    r"(?:\s*\(?\s*(?:số\s*:?\s*)?(?P<num>" + _P24_NUM + r"|(?<=số\s)\d{1,5}(?=\s+do\s))\s*\)?)?"
    r"(?:\s*,?\s+ngày\s+(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d\d))?"
    r"(?:\s+(?:trên|này|nói\s+trên|mới))?\s*,?\s+do\s+(?P<who>(?:(?i:ông|bà|đồng\s+chí)\s+)?[A-ZĐÀ-Ỹ][^;:.()]{2,160}?)\s*,?\s+"
    r"(?:ký(?:\s+ban\s+hành)?|ban\s+hành)(?![^\W_])"
    r"(?:\s*,?\s+(?:vào\s+)?ngày\s+(?P<d2>\d{1,2})\s*[/.\-]\s*(?P<m2>\d{1,2})\s*[/.\-]\s*(?P<y2>(?:19|20)\d\d))?")


def _p24_date(d, m, y) -> _dt.date | None:
    try:
        return _dt.date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None


def passive_signed_document(texts: list[str]):
    """'Công văn 1126/UBND-KT do ông <name>, Phó Chủ tịch UBND tỉnh X ký, yêu cầu ...' as a Posted (type, number, issuer,
    signer, signer_title, the date when printed whole), or None. The signer must be a person or a head with a title:
    'Kế hoạch do UBND huyện ban hành' gives the body as issuer and no signer."""
    from pipeline.structure.posted import Posted, _type, press_lead
    for t in texts:
        for pm in PASSIVE24_RE.finditer(t):
            who = re.sub(r"\s+", " ", pm.group("who")).strip()
            num = re.sub(r"\s+", "", pm.group("num")) if pm.group("num") else None
            lead = press_lead(f"{who} ký {pm.group('type')}" + (f" số {num}" if num else ""))
            if lead is None or lead.issuer is None and lead.signer is None:
                continue
            out = Posted(doc_type=_type(pm.group("type")), number=num, issuer=lead.issuer,
                         signer=lead.signer, signer_title=lead.signer_title)
            out.date = _p24_date(pm.group("d"), pm.group("m"), pm.group("y")) or _p24_date(pm.group("d2"), pm.group("m2"), pm.group("y2"))
            return out
    return None


_SENT_TYPE_RE = re.compile(
    r"(?:^|(?<=[.!?:])\s+)(?P<type>Công\s+điện|Chỉ\s+thị|Công\s+văn|Kế\s+hoạch|Thông\s+báo)"
    r"(?:\s*\(?\s*(?:số\s*:?\s*)?(?P<num>" + _P24_NUM + r")\s*\)?)?(?:\s+(?:này|trên|nói\s+trên))?"
    r"\s+(?:được\s+)?gửi\s+(?:đến\s+|tới\s+)?[^.!?]{3,400}?\s(?:(?:cũng|còn|đã)\s+)?"
    r"(?:nêu\s+rõ|nêu|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|nhấn\s+mạnh|cho\s+biết)(?![^\W_])")


def sent_document_type(texts: list[str]) -> tuple[str, str | None] | None:
    """'Công điện gửi các Bộ trưởng, ...; Chủ tịch UBND các tỉnh ... nêu rõ: ...', 'Công văn số 12/UBND-KT gửi các sở,
    ngành yêu cầu ...': the type (and the number, when printed) of the document a post retells, named as a sentence's
    subject with its addressees before its verb."""
    from pipeline.structure.posted import _type
    for t in texts:
        m = _SENT_TYPE_RE.search(t)
        if m:
            return _type(m.group("type")), (re.sub(r"\s+", "", m.group("num")) if m.group("num") else None)
    return None


# (a year that is a goal, the end or start of a span, a term, or a part of a full date is no year of the news)
_P24_YEAR_RE = re.compile(r"(?<![\d/.\-])((?:19|20)\d\d)(?![\d/])")
_P24_NOT_NEWS_YEAR_RE = re.compile(r"(?i:đến|tới|đến\s+năm|tới\s+năm|giai\s+đoạn|nhiệm\s+kỳ|từ|từ\s+năm|sau|sau\s+năm|"
                                   r"trước|trước\s+năm|vào\s+năm|tầm\s+nhìn|phấn\s+đấu|kế\s+hoạch|chiến\s+lược)\s*$|[-–—]\s*$")


def lead_year(texts: list[str]) -> int | None:
    """The one year a text names outside goals and spans ('Vụ hè thu 2024', 'năm 2024', 'mùa du lịch hè 2024'), for a
    lead's day and month printed without one; None when it names none or more than one."""
    years = set()
    for t in texts:
        for m in _P24_YEAR_RE.finditer(t):
            before = t[max(0, m.start() - 20):m.start()]
            after = t[m.end():m.end() + 3]
            if _P24_NOT_NEWS_YEAR_RE.search(before) or re.match(r"\s*[-–—]\s*\d", after):
                continue
            years.add(int(m.group(1)))
    return years.pop() if len(years) == 1 else None


_ANSWER_MARK_RE = re.compile(r"^\s*(?:(?i:trả\s+lời|nội\s+dung\s+trả\s+lời|ý\s+kiến\s+trả\s+lời|phúc\s+đáp|"
                             r"cơ\s+quan\s+trả\s+lời|đơn\s+vị\s+trả\s+lời))(?![^\W_])|(?i:trả\s+lời\s+như\s+sau|xin\s+trả\s+lời)")
_DATE_LINE_RE = re.compile(r"^\s*(?:(?i:ngày(?:\s+(?:trả\s+lời|gửi|hỏi|đăng))?)\s*:?\s*)?(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})"
                           r"\s*[/.\-]\s*(?P<y>(?:19|20)\d\d)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


def answer_date_line(texts: list[str]) -> _dt.date | None:
    """A portal's answer to a citizen ('Trả lời:', 'Nội dung trả lời', '... trả lời như sau'): the date on a line of its
    own ('20/09/2014', 'Ngày 20/09/2014', 'Ngày trả lời: 20/09/2014') is the answer's, when there is exactly one; a
    date line that names the question ('Ngày hỏi', 'Ngày gửi') is not, when another is printed."""
    if not any(_ANSWER_MARK_RE.search(t) for t in texts):
        return None
    dates = []
    for t in texts:
        m = _DATE_LINE_RE.match(t)
        if m:
            dates.append((bool(re.match(r"\s*(?i:ngày\s+(?:gửi|hỏi))", t)), _p24_date(m.group("d"), m.group("m"), m.group("y"))))
    own = [d for asked, d in dates if not asked and d is not None]
    return own[0] if len(own) == 1 else None


# (a body whose name lists its fields with commas, 'Bộ Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa, Thông tin, Thể thao và Du
# lịch': each part after a comma a capitalised field of one to three words, the last joined by 'và'; a title after the comma,
# 'Giám đốc Sở Y tế, Trưởng ban ...', is no field)
_P24_LOWER = r"(?:\s+(?!(?:tỉnh|thành|huyện|quận|xã|phường|thị|của|về|vừa|đã|mới|ký|có|tại)(?![^\W_]))[a-zà-ỹđ]+)"
_LISTED_NAME_RE = re.compile(
    r"^(?P<name>(?:Bộ|Sở|Cục|Vụ|Tổng\s+cục|Ban|Phòng)\s+[A-ZĐÀ-Ỹ][\wà-ỹđ]*" + _P24_LOWER + r"{0,2}"
    r"(?:\s*,\s*(?!(?:Phó|Trưởng|Chủ|Giám|Bí|Thứ|Bộ|Sở|Cục|Vụ|Tổng|UBND|Ủy|Uỷ)(?![^\W_]))[A-ZĐÀ-Ỹ][\wà-ỹđ]*" + _P24_LOWER + r"{0,2})+"
    r"\s+và\s+[A-ZĐÀ-Ỹ][\wà-ỹđ]*" + _P24_LOWER + r"{0,2})(?![^\W_])")


def listed_name(org: str) -> str | None:
    """'Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng' -> 'Bộ Văn hóa, Thể thao và Du lịch'; None when the org's first
    comma does not list the fields of one body's name."""
    m = _LISTED_NAME_RE.match(re.sub(r"\s+", " ", org.strip()))
    return m.group("name") if m else None
