"""The body an item retells as speaking, directing its own units (session 34, office47; issue 5, (W)).

A press or portal item retells what one body directed: 'Chiều 19/12, Công an TX. Giá Rai triển khai kế
hoạch ... Theo đó, Công an thị xã chỉ đạo các đội nghiệp vụ tăng cường ...  Phối hợp với công an xã,
phường ...', 'Ngày 8.7, UBND huyện Hậu Lộc đã thành lập đoàn kiểm tra ... UBND huyện Hậu Lộc chỉ đạo
“bãi bỏ ...”', 'Bên cạnh đó, tỉnh chỉ đạo các địa phương cần ...' (a province's item).  samples/gold/
README.md's one convention for 'the speaker chỉ đạo X' (ANNOTATION.md: "in 'Chỉ đạo X ...' the issuer
directs X, and X is not listed"; "Empty list when no one is named") lists neither the speaker nor X, nor
X's partners, nor anybody in the points that carry the same directing on.

`offices.issuer_directs_roles` and `speakerdirects.speaker_directs_roles` read it when the speaker is
written as the header's issuer is, or by its level alone ('UBND tỉnh').  Here the speaker is written
otherwise: a head before its body ('Lãnh đạo Công an tỉnh' for 'Ban Giám đốc Công an tỉnh'), the level
abbreviated or bare ('Công an thị xã' for 'Công an TX. Giá Rai', 'tỉnh' for 'UBND tỉnh', 'huyện Quảng
Trạch'), the place kept ('UBND huyện Hậu Lộc', whom the level-only rule must leave alone in a central
letter, where 'Ủy ban nhân dân tỉnh Hải Dương chỉ đạo ...' is an addressee).  So the document's speaker
is handed to the reader: the header's issuer, or, where none is read, the body the item's lead names as
acting (its first sentences' subject).  A sentence whose subject is that same body (same kind, same
level, the same place when both name one) and whose verb is 'chỉ đạo' over a body loses the speaker and
the bodies of the directing's clause (up to ';': a body asked after it stays); the speaker's own ask
with no addressee ('... cũng yêu cầu, “kiểm điểm ...”') names no office; and the subjectless points
right after a directing that carry the speaker carry nothing.

Counted before building (development, pending, held-out and unseen13-32 gold, a singular subject before
'chỉ đạo' over a body): the gold lists neither S nor X where S is the item's speaker (pending fb3 x3,
fs1, fs3 x2, fp6, zn3, yt6; development zg3, yu6, yk9; unseen zs5, zs7, ee3, fj8, ej10), and lists S
where S is another body the text assigns (72 required rows: 'Bộ Tài chính chỉ đạo ...' in a Government
resolution, 'Công an tỉnh chỉ đạo ...' in a provincial office's notice, 'Sở Giáo dục và Đào tạo chỉ đạo
...' under 'UBND tỉnh vừa có văn bản ...'); none of those is the same body as its text's speaker.
"""
from __future__ import annotations

import re
from typing import Callable

from pipeline.extract.offices import _UP, Gazetteer, OfficeRole, official_speaker, subject_of

# a head before its body ('Lãnh đạo Công an tỉnh', 'Ban Giám đốc Công an tỉnh', 'Chủ tịch UBND huyện X')
_HEAD_RE = re.compile(
    r"^(?:(?:Phó\s+)?Chủ\s+tịch|Lãnh\s+đạo|Ban\s+Giám\s+đốc|Ban\s+lãnh\s+đạo|(?:Phó\s+)?Giám\s+đốc|Thường\s+trực|"
    r"Ban\s+Thường\s+vụ|(?:Phó\s+)?Trưởng|(?:Phó\s+)?Bí\s+thư)\s+(?=\S)", re.I)
# an official's name or posts after the body ('Chủ tịch UBND huyện Hậu Lộc - ông Nguyễn Văn Luệ')
_TRAILER_RE = re.compile(r"\s*(?:[-–,(]\s*(?:ông|bà|đồng\s+chí|đ/c)\s.*|[-–]\s.*)$", re.I)
# a committee's kind, written every way
_COMMITTEE_RE = re.compile(r"^(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)(?=\s|$)", re.I)
# the level words, the abbreviations folded
_LEVELS = (("thành phố", r"thành\s+phố|TP\.?"), ("thị xã", r"thị\s+xã|TX\.?"), ("thị trấn", r"thị\s+trấn|TT\.?"),
           ("tỉnh", r"tỉnh"), ("huyện", r"huyện"), ("quận", r"quận"), ("xã", r"xã"), ("phường", r"phường"))
_LEVEL_RE = re.compile(r"(?<![^\W_])(?:" + "|".join(f"(?P<l{i}>{p})" for i, (_n, p) in enumerate(_LEVELS)) + r")(?![^\W_])"
                       r"(?!\s+(?:ủy|uỷ)(?![^\W_]))", re.I)  # ('Tỉnh ủy', 'Huyện ủy': a Party committee, no level of a body)
# a plural or an unnamed group: an addressee, never the speaker
_PLURAL_RE = re.compile(r"(?<![^\W_])(?:các|những|mọi|toàn\s+thể)\s", re.I)
_ADVERBS = r"(?:(?:cũng|đã|vừa|mới|sẽ|còn|đang|tiếp\s+tục|trực\s+tiếp|tập\s+trung|luôn|thường\s+xuyên|kịp\s+thời)\s+)*"
# the speaker's directing over a body or a quoted content ('chỉ đạo các đội ...', 'vừa ban hành Quyết định phê
# duyệt “...”, chỉ đạo các đơn vị ...', 'chỉ đạo “bãi bỏ ...”'); not 'chỉ đạo:' / 'chỉ đạo, giao X' (an ask follows)
_DIRECTS_RE = re.compile(
    r"\s*" + _ADVERBS +
    r"(?:(?:có|ban\s+hành|ký(?:\s+ban\s+hành)?|gửi|ra)\s+(?:văn\s+bản|công\s+văn|công\s+điện|quyết\s+định|kế\s+hoạch|"
    r"chỉ\s+thị|thông\s+báo)(?![^\W_])(?:(?!yêu\s+cầu|đề\s+nghị|giao|gửi|đến|tới|cho)[^.;:]){0,200}?,?\s+(?:để\s+)?)?"
    r"chỉ\s+đạo(?!\s*[,:;(])\s+(?!(?:và\s+)?(?:giao|yêu\s+cầu|đề\s+nghị|của|về|như\s+sau|số)(?![^\W_]))", re.I)
# the speaker's ask with no addressee ('cũng yêu cầu, “kiểm điểm ...”', 'yêu cầu tăng cường ...')
_ASKS_RE = re.compile(r"\s*" + _ADVERBS + r"(?:yêu\s+cầu|đề\s+nghị|lưu\s+ý|nhấn\s+mạnh)\s*[,:]?\s*", re.I)
_OPENER_RE = re.compile(r"^(?:[^,;:()]{2,120},\s*)")
_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
# a level named bare as the subject, with or without its place ('Bên cạnh đó, tỉnh chỉ đạo ...', 'Năm 2019,
# huyện Quảng Trạch phấn đấu ...'): the subject reader takes no lower-case head
_BARE_LEVEL_RE = re.compile(
    r"^(?:[^,;:()]{2,120},\s*){0,3}(?P<s>(?:tỉnh|huyện|thị\s+xã|thành\s+phố|quận|xã|phường|thị\s+trấn)"
    r"(?:\s+(?-i:[A-ZĐ])[^\s,;:.]*){0,4})(?=\s+(?-i:[" + _LOWER + r"]))")


def _body_key(name: str) -> tuple[str, str, str]:
    """(kind, level, place) of a body as written, folded: 'Công an TX. Giá Rai' -> ('công an', 'thị xã',
    'giá rai'); 'Lãnh đạo Công an tỉnh' -> ('công an', 'tỉnh', ''); 'tỉnh' -> ('', 'tỉnh', '')."""
    s = _TRAILER_RE.sub("", name.strip())
    for _ in range(2):
        s = _HEAD_RE.sub("", s)
    s = _COMMITTEE_RE.sub("ubnd", s)
    m = _LEVEL_RE.search(s)
    if not m:
        return " ".join(s.casefold().split()), "", ""
    level = next(_LEVELS[int(k[1:])][0] for k, v in m.groupdict().items() if v)
    kind = " ".join(s[:m.start()].casefold().split())
    place = " ".join(re.sub(r"[^\w\s-]", " ", s[m.end():]).casefold().split())
    return kind, level, place


def same_body(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` name one body, written two ways ('Công an thị xã' / 'Công an TX. Giá Rai',
    'tỉnh' / 'UBND tỉnh', 'Lãnh đạo Công an tỉnh' / 'Ban Giám đốc Công an tỉnh')?"""
    (ka, la, pa), (kb, lb, pb) = _body_key(a), _body_key(b)
    if not la and not lb:
        return bool(ka) and ka == kb
    if la and lb and la != lb:
        return False
    # (the committee is the level named bare: 'tỉnh chỉ đạo ...' in a province's item)
    if ka != kb and not ({ka, kb} <= {"", "ubnd"}):
        return False
    if not ka and not kb and not (pa or pb):
        return False
    return not pa or not pb or pa == pb


def _named_body(name: str) -> bool:
    """Is ``name`` a body's name and no more: after its level word only a capitalised place ('UBND huyện
    Hậu Lộc'), not a clause the subject reader ran on ('Ban Thường trực Ủy ban MTTQ huyện chọn Ủy ban MTTQ
    xã Vĩnh Điều làm điểm', pending yo7)?"""
    s = _TRAILER_RE.sub("", name.strip())
    m = _LEVEL_RE.search(s)
    return not m or re.fullmatch(r"(?:\s+(?:(?-i:[A-ZĐ" + _UP + r"])\S*|\d\S*|này))*\s*", s[m.end():]) is not None


def _subject(text: str, gaz: Gazetteer, roles: list[OfficeRole] | None = None) -> tuple[str, int] | None:
    """The sentence's subject without an opening phrase ('Theo đó, Công an thị xã' -> 'Công an thị xã'); None
    when the phrase before the comma is a body the sentence names (a list: 'Ban cán sự đảng UBND tỉnh, lãnh đạo
    UBND tỉnh chỉ đạo ...', office_spans ob9-083)."""
    found = official_speaker(text) or subject_of(text, gaz)
    if not found:
        bare = _BARE_LEVEL_RE.match(text)
        return (bare.group("s"), bare.end("s")) if bare else None
    s, after = found
    opener = _OPENER_RE.match(s.strip())
    if opener and any(r.text and r.text in opener.group(0) for r in roles or []):
        return None
    s = _OPENER_RE.sub("", s.strip())
    s = re.sub(r"\s+(?:cũng|đã|vừa|còn|đang|sẽ)$", "", s)
    return s, after


def lead_speaker(lines: list[str], gaz: Gazetteer, limit: int = 12) -> tuple[str, str] | None:
    """(the body an item's lead names as acting, the sentence naming it): the first singular subject of its
    first sentences ('Ngày 8.7, UBND huyện Hậu Lộc đã thành lập đoàn kiểm tra ...' -> 'UBND huyện Hậu Lộc')."""
    seen = 0
    for line in lines:
        for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
            if len(sentence) < 12:
                continue
            seen += 1
            if seen > limit:
                return None
            found = _subject(sentence, gaz)
            if found and found[0] and not _PLURAL_RE.search(found[0]) and _named_body(found[0]) and (_LEVEL_RE.search(found[0]) or _HEAD_RE.match(found[0])):
                return found[0], sentence
    return None


def speaker_directing_roles(text: str, roles: list[OfficeRole], speaker: str | None,
                            gaz: Gazetteer) -> tuple[list[OfficeRole], str | None]:
    """(``roles`` without the speaker's directing, the subject when the sentence is the speaker's
    directing); ``roles`` and None when the sentence is no such directing."""
    if not speaker:
        return roles, None
    found = _subject(text, gaz, roles)
    if not found:
        return roles, None
    s, after = found
    if not s or _PLURAL_RE.search(s) or not _named_body(s) or not same_body(s, speaker):
        return roles, None
    m = _DIRECTS_RE.match(text, after)
    if m:
        clause = text[m.start():].split(";", 1)[0]
        kept = [r for r in roles if r.role == "report-to"
                or not (same_body(r.office, s) or same_body(r.office, speaker) or (r.text and r.text in clause))]
        return kept, s
    if _ASKS_RE.match(text, after):
        doers = [r for r in roles if r.role in ("lead", "support")]
        if doers and all(same_body(r.office, s) or same_body(r.office, speaker) for r in doers):
            return [r for r in roles if r.role == "report-to"], None
    return roles, None


def speaker_directing_pass(tasks: list, lines: list[str], issuer: str | None, gaz: Gazetteer,
                           has_subject: Callable[[str], bool]) -> None:
    """Apply :func:`speaker_directing_roles` to every task of a document (in reading order) and empty the
    subjectless points that follow a directing and carry its speaker (fb3's 'Phối hợp với công an xã,
    phường ...', 'Quản lý chặt ...' after 'Công an thị xã chỉ đạo các đội nghiệp vụ ...')."""
    lead = None if issuer else lead_speaker(lines, gaz)
    speaker = issuer or (lead[0] if lead else None)
    if not speaker:
        return
    run: tuple[str, int] | None = None  # (the directing's subject, its last line)
    for t in tasks:
        if lead and " ".join(lead[1].split())[:60] in " ".join(t.text.split()):
            # (the lead's own sentence: nothing before it says who speaks -- 'Công an tỉnh chỉ đạo lực lượng CSGT
            # ...' opening an item is read as any body directing, office_spans ob45-004)
            run = None
            continue
        t.offices, directing = speaker_directing_roles(t.text, t.offices, speaker, gaz)
        if directing:
            run = (directing, t.line_end)
            continue
        if run and t.line_start <= run[1] + 1 and not has_subject(t.text):
            doers = [r for r in t.offices if r.role in ("lead", "support")]
            leads = [r for r in doers if r.role == "lead"]
            if leads and all(same_body(r.office, run[0]) or same_body(r.office, speaker) for r in leads):
                t.offices = [r for r in t.offices if r.role == "report-to"]
            run = (run[0], t.line_end)
            continue
        run = None
