"""A news item's report of its own subject's work, and the plural of a unit the text names (tasks21, issue 5).

(1) `retells_headline`: a press or portal item opens on its headline, then a lead sentence that
retells it with the actor spelled out in full:

    'Tháp Mười: Thành lập 4 Tổ kiểm tra, giám sát ...' /
    'Ban Chỉ đạo phòng, chống dịch Covid-19 huyện Tháp Mười thành lập 4 Tổ kiểm tra, giám sát ...'
    'Xã Đại An vừa tổ chức tuyên truyền lưu động ...' / 'Xã Đại An tuyên truyền Ngày hội bầu cử.'
    'Phường Bến Nghé ra quân tổng vệ sinh' / 'UBND phường Bến Nghé ra quân tổng vệ sinh môi trường ...'

The lead names the headline's actor (its proper name, 'Tháp Mười', 'Đại An', is in the headline) and
repeats the headline's act (the verb after the subject is in the headline): it tells what that body
did, in the present tense news uses, no 'đã' needed. A headline that directs ('UBND huyện yêu cầu
các xã ...') or a lead whose subject the headline does not name ('Các bệnh viện chuẩn bị ...' under
'Tăng cường phòng, chống dịch') stays a request, as before.

(2) `unit_plural_roles`: a text that names a unit it sets up or sends ('thành lập 4 Tổ kiểm tra,
giám sát', 'các Đoàn kiểm tra liên ngành', 'Đội kiểm tra') and then asks 'các Tổ' / 'các Đoàn' /
'các Đội' gives the plural as written as the office (ANNOTATION.md: offices as written); the office
tables do not read a bare capitalised 'Tổ' (it is too often 'tổ dân phố', 'tổ chức').

(3) `advice_after_link`: a page that reports a state or a finding draws its advice from it with the
speaker left out, the one its lead named: 'Qua đó, khuyến cáo các chủ rừng và người dân chấp hành
nghiêm ...', 'Từ đó, kêu gọi các bậc phụ huynh ...'. An ask of the public by a named speaker is a task
(samples/gold/README.md: 'UBND tỉnh khuyến cáo Nhân dân ...' -> the public is the office; office_spans
ob43-014); after the link word with no speaker it was read as more of the report.
"""
from __future__ import annotations

import re

# a name's words: capitalised (Vietnamese capitals included), or a number ('Phường 3')
_NAME_WORD_RE = re.compile(r"(?:[A-ZĐÀ-Ỹ][^\W_]*|\d+)$")
_DIRECTS_RE = re.compile(r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|kêu\s+gọi|đôn\s+đốc|"
                         r"giao(?!\s+(?:thông|ban|lưu|dịch|tiếp|thoa|hữu|quyền|đất|nhận)(?![^\W_])))(?![^\W_])", re.I)

# ('Ban Chỉ đạo ...', 'Trưởng ban Chỉ đạo': a committee's name, not its act of directing)
_COMMITTEE_RE = re.compile(r"(?<![^\W_])[Bb]an\s+[Cc]hỉ\s+đạo(?![^\W_])")


def _proper_name(subject: str) -> str:
    """The proper name that ends a body's name: 'Ban Chỉ đạo ... huyện Tháp Mười' -> 'Tháp Mười',
    'Xã Đại An' -> 'Đại An'; '' when the subject ends on a common noun ('Các sở, ngành')."""
    words = subject.split()
    name: list[str] = []
    for w in reversed(words[1:]):
        w = w.strip(",.;:()")
        if w and _NAME_WORD_RE.match(w):
            name.insert(0, w)
        else:
            break
    # ('Ban Chỉ đạo', 'Ủy ban Nhân dân': capitals of the body's own name, not a place) keep only
    # a name the body's common words do not open
    return " ".join(name)


def retells_headline(title: str, t: str, gaz) -> bool:
    """Is `t`, the sentence right after a news item's headline `title`, the headline's act retold with
    its actor named in full (a report of that body's own work, not a request)?"""
    from pipeline.extract.offices import subject_of

    if not title or _DIRECTS_RE.search(_COMMITTEE_RE.sub(" ", title)):
        return False
    subj = subject_of(t, gaz)
    if not subj or _DIRECTS_RE.search(_COMMITTEE_RE.sub(" ", t[subj[1]:])):
        return False
    name = _proper_name(subj[0])
    if len(name) < 3 or name.casefold() not in title.casefold():
        return False
    if re.match(r"\s*(?:các|những|mọi)\s", subj[0], re.I):
        return False  # a plural of bodies is an addressee more often than an actor
    rest = re.findall(r"[^\W\d_]+", t[subj[1]:])
    if len(rest) < 2:
        return False
    act = " ".join(rest[:2]).casefold()
    return re.search(rf"(?<![^\W_]){re.escape(act)}(?![^\W_])", title.casefold()) is not None


# capitalised units a document sets up or sends (never 'tổ dân phố', 'tổ chức': lower case)
_UNIT_HEADS = ("Tổ", "Đoàn", "Đội", "Nhóm", "Tiểu ban")
_UNIT_NAMED_RE = re.compile(
    r"(?<![^\W_])(?:\d+|các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|những)\s+(?P<head>" + "|".join(_UNIT_HEADS)
    + r")\s+(?P<what>(?:kiểm\s+tra|giám\s+sát|công\s+tác|thanh\s+tra|liên\s+ngành|tuyên\s+truyền|khảo\s+sát|"
    r"xung\s+kích|phản\s+ứng\s+nhanh|chuyên\s+môn|chuyên\s+trách|giúp\s+việc|thường\s+trực|truy\s+vết|"
    r"cơ\s+động|tình\s+nguyện|công\s+tác\s+đặc\s+biệt)(?![^\W_]))")
_ASKED_PLURAL_RE = re.compile(
    r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|giao(?:\s+cho)?|chỉ\s+đạo)\s+(?P<who>(?:các|mỗi)\s+(?P<head>"
    + "|".join(_UNIT_HEADS) + r"))(?=\s+[a-zđà-ỹ])")


def named_units(text: str) -> set[str]:
    """The capitalised unit heads ('Tổ', 'Đoàn') the document names as a body with its remit."""
    return {m.group("head") for m in _UNIT_NAMED_RE.finditer(text)}


def unit_plural_roles(sentence: str, units: set[str]):
    """Offices of an ask that names 'các <Unit>' of a unit the document named ('... yêu cầu các Tổ xây
    dựng kế hoạch ...' after 'thành lập 4 Tổ kiểm tra, giám sát'), as written; [] when none."""
    from pipeline.model import OfficeRole

    if not units:
        return []
    out = []
    for m in _ASKED_PLURAL_RE.finditer(sentence):
        if m.group("head") not in units:
            continue
        # ('các Tổ kiểm tra ...': the full name follows; offices.py reads that itself)
        after = sentence[m.end():].lstrip()
        if re.match(r"(?:kiểm\s+tra|giám\s+sát|công\s+tác|thanh\s+tra|liên\s+ngành)\s+(?:,|và|liên|giám|kiểm)", after):
            continue
        who = m.group("who")
        out.append(OfficeRole(who, "lead", who, "inline"))
    return out


# ('Qua đó, khuyến cáo ...', 'Từ đó, kêu gọi ...', 'Qua đó, ngành y tế khuyến cáo ...'; not 'đã khuyến cáo',
# a report of advice given, nor 'khuyến cáo của', the noun)
_ADVICE_AFTER_LINK_RE = re.compile(
    r"^(?:Qua\s+đó|Từ\s+đó|Trên\s+cơ\s+sở\s+đó|Bên\s+cạnh\s+đó|Đồng\s+thời)\s*,\s*"
    r"(?:(?:(?!đã\s|đang\s)[^,;:.]){1,50}?\s+)?(?:(?:cũng|tiếp\s+tục)\s+)*"
    r"(?:khuyến\s+cáo|kêu\s+gọi)\s+(?!(?:của|và|này|trên|đó)(?![^\W_]))(?=\S)", re.I)


def advice_after_link(t: str) -> bool:
    """Does `t` draw advice for the public from the report before it ('Qua đó, khuyến cáo người dân ...')?"""
    m = _ADVICE_AFTER_LINK_RE.match(t)
    return bool(m) and not re.search(r"(?<![^\W_])(?:đã|đang|vừa)\s", t[:m.end()], re.I)


def advice_roles(t: str, gaz, reader):
    """The public an advice after a link word asks ('Qua đó, khuyến cáo các chủ rừng và người dân ...' ->
    'các chủ rừng', 'người dân'), read as the office reader reads the same ask with 'đề nghị'; [] when the
    sentence is no such advice."""
    m = _ADVICE_AFTER_LINK_RE.match(t)
    if not m or not advice_after_link(t):
        return []
    verb = re.search(r"(?:khuyến\s+cáo|kêu\s+gọi)(?=\s+\S*$)", t[:m.end()].rstrip() + " x", re.I)
    if verb is None:
        return []
    asked = t[:verb.start()] + "đề nghị" + t[verb.end():]
    return [r for r in reader(asked, gaz) if r.text and r.text in t]
