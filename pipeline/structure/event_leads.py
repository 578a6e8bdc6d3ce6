"""header46: the body a news item's lead names as holding its event, for the lead shapes posted's reader does not pass.

labels32's call (1) and labels33 (samples/gold/README.md, 'Session 33, labels33' (3)): an item that reports a meeting,
a launch, a drive, a contest or a hearing has its holder for issuer.  posted.event_or_officer_issuer reads a lead that
opens on a day ('Sáng 23.6, UBND TP.Hội An tổ chức hội nghị ...') or a headline that opens on the holder.  Counted on
every text (benchmarks/header46_counts.py), these leads went unread at START:

* a ground or an occasion with no day before the holder ('Thực hiện Tháng hành động vì môi trường ..., Ban Thường vụ
  Huyện đoàn Phụng Hiệp phối hợp với ... tổ chức ra quân ...'), or a place after the day with no comma ('Chiều ngày
  07/12/2018 tại phòng họp số 1, HĐND phường Phúc Lợi họp ...'), a worded day with no comma ('Vào ngày 22 tháng 10 năm
  2019 ban chấp hành đoàn xã Tam Đàn đã tổ chức ra quân ...');
* a lead that opens a later line or sentence with the holder and no day ('Hội đồng nghĩa vụ quân sự xã Bình Mỹ vừa tổ
  chức cuộc họp ...' under a headline and a stamp);
* a holder's name posted's reader turns down (structure/holder_names.py: a committee with its place, a joint holder,
  'phòng, chống' in a name), a partner after a bare 'phối hợp', an act it does not list ('tổ chức phát động', 'tổ chức
  lấy ý kiến', 'tổ chức ký').

Read only where nothing else named the issuer (a body-only item), on the item's first lines.
"""
from __future__ import annotations

import re

from pipeline.structure.holder_names import HOLDER_HEAD_RE, holder_name, protect

# the day a lead opens on, in figures or words, with its part of day ('Sáng nay 27-3', 'Chiều ngày 07/12/2018', 'Vào ngày
# 22 tháng 10 năm 2019', 'Ngày 30-6')
_DAY_RE = re.compile(
    r"^\s*(?:(?i:vào)\s+)?(?:(?i:sáng|chiều|tối|trưa)\s+)?(?:(?i:ngày)\s+)?(?:(?i:nay|qua)\s+)?\(?\s*"
    r"(?:\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*(?:19|20)\d\d)?|\d{1,2}\s+(?i:tháng)\s+\d{1,2}(?:\s+(?i:năm)\s+(?:19|20)\d\d)?)"
    r"\s*\)?(?![\d/])\s*,?\s*")
# what may stand between the day and the holder: a place, a ground, an occasion, a purpose, the presiding clause
_OPENER_RE = re.compile(r"^(?i:tại|thực\s+hiện|hưởng\s+ứng|nhằm|nhân\s+dịp|nhân|chào\s+mừng|triển\s+khai|để|trước|sau\s+khi|"
                        r"với|theo|căn\s+cứ|trong|dưới\s+sự\s+chủ\s+trì|được\s+sự|từ\s+ngày|quán\s+triệt)(?![^\W_])")
# the event's act: a meeting, a launch, a drive, a review, a contest, a signing, a hearing of opinions
_EVENT = (r"(?i:hội\s+nghị|cuộc\s+họp|phiên\s+họp|kỳ\s+họp|buổi|lễ|hội\s+thảo|tọa\s+đàm|toạ\s+đàm|đợt|họp\s+mặt|đại\s+hội|"
          r"hội\s+thi|cuộc\s+thi|ngày\s+hội|ra\s+quân|phát\s+động|lấy\s+ý\s+kiến|ký\s+kết|ký|họp|tập\s+huấn|diễn\s+đàn|"
          r"giải(?!\s+(?:tỏa|toả|quyết|ngân|phóng|thể|trình|đáp|cứu|thích|tán)(?![^\W_])))(?![^\W_])")
_ACT = (r"(?:(?:tổ\s+chức|chủ\s+trì)\s+(?:thành\s+công\s+)?" + _EVENT +
        r"|(?:phát\s+lệnh\s+)?ra\s+quân|phát\s+động|(?:tổ\s+chức\s+)?(?:tổng|sơ)\s+kết|họp)(?![^\W_])")
_HOLDER_ACT_RE = re.compile(
    r"(?P<who>(?:[^;:.!?()]|\([^()]{1,40}\)|\.(?=\S)){2,140}?)\s+"
    # (a partner between the holder and its act, with or without 'với': 'thường trực MTTQ Việt Nam phối hợp UBND phường X
    # (TPHCM) và Chi bộ, Ban điều hành khu phố Y tổ chức Lễ phát động ...'; the partner is not named)
    r"(?:phối\s+hợp(?:\s+(?:với|cùng))?\s+(?:[^;:.!?]|\.(?=\S)){2,160}?\s*,?\s+)?"
    r"(?:(?:đã|vừa|mới|cũng|đồng\s+loạt|long\s+trọng)\s+)*" + _ACT)
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")
_PERSON_RE = re.compile(r"(?<![^\W_])(?i:ông|bà|đồng\s+chí|đ/c)(?![^\W_])")


def _sentence_holder(sentence: str, bare_ok: bool = True) -> str | bool | None:
    """The holder a sentence names before its event act, after its day and opener clauses; False when the sentence tells
    an event whose holder's words are no name this reader writes (a list of boards with commas); None when it tells none."""
    s = protect(sentence)
    dm = _DAY_RE.match(s)
    body = s[dm.end():] if dm else s.lstrip()
    # (a holder that opens the sentence with no day and no clause before it is read only where the item opens: under its
    # headline, stamp and tags, never after a sentence of the text, 'Năm qua, địa phương đạt nhiều kết quả. UBND huyện Tân
    # Yên tổ chức hội nghị tổng kết vào cuối năm.' (header30))
    starts = ([0] if dm or bare_ok else []) + [m.end() for m in re.finditer(r",\s*", body[:400])]
    for st in starts:
        prefix = body[:st].strip(" ,")
        if st and not (_OPENER_RE.match(prefix) and (not _PERSON_RE.search(prefix) or prefix.lower().startswith("dưới"))):
            continue
        rest = body[st:]
        if not HOLDER_HEAD_RE.match(rest):
            continue
        m = _HOLDER_ACT_RE.match(rest)
        if not m:
            continue
        return holder_name(m.group("who")) or False
    return None


def event_lead_holder(texts: list[str], reach: int = 8) -> str | bool | None:
    """The holder of the event the item's first lines report (see the module's docstring); False when the first event
    the lines tell has a holder whose words this reader does not write; None when they tell no event.

    texts: the item's non-empty lines, page furniture already cut."""
    from pipeline.structure.posted import _SCRAPE_STAMP_RE, strip_press_tag

    opening = True  # (no sentence of the text read yet: headlines, stamps and tags end on no stop)
    for t in texts[:reach]:
        t = re.sub(r"^\s*[-–]\s+(?=[A-ZĐÀ-Ỹ])", "", strip_press_tag(_SCRAPE_STAMP_RE.sub("", t)))
        for k, sentence in enumerate(_SENTENCE_RE.split(t)):
            name = _sentence_holder(strip_press_tag(sentence), bare_ok=opening and k == 0)
            if name is not None:
                return name
        if re.search(r"[.!?…]\s*$", t.strip()) and len(t.split()) >= 6:
            opening = False
    return None

