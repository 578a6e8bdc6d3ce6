"""(points22) Whom a speaker named by a pronoun or by a long title and name asks, when the office reader finds no one.

Conference and ceremony news names the speaker so that the office reader cannot see past it:
  'Đồng chí cũng giao cho Văn phòng HĐND & UBND huyện trên cơ sở tiếp thu ..., hoàn chỉnh văn bản báo cáo ...'
  (a pronoun-like 'Đồng chí' before the verb, the chair named in the sentence before);
  'Tại lễ ra quân, Phó Chủ tịch UBND huyện Châu Phú - Trưởng Ban Chỉ đạo Tổng điều tra ... huyện Nguyễn Văn Bé Tám
  đề nghị 228 điều tra viên tham gia cuộc Tổng điều tra ... thực hiện đúng tiến độ, ...'
  (two posts joined by ' - ' and a name before 'đề nghị'; the asked are people named by their role, 'điều tra viên').
The ask is read from its verb on, as an ask opening a sentence ('Giao cho X ...', 'Đề nghị X ...') is read; a group
of people named by a role noun in '-viên' ('228 điều tra viên', 'các tuyên truyền viên', 'cộng tác viên') is taken
as written, up to the verb it goes on to.  Used only when the sentence gave no lead: the speaker is never an office
(ANNOTATION.md: whoever asks passes the ask on)."""
from __future__ import annotations

import re

from pipeline.model import OfficeRole

__all__ = ["speaker_ask_roles"]

# 'Đồng chí (cũng) giao (cho) ...', 'Ông ... đề nghị ...': a pronoun-like subject, then the ask
_PRONOUN_ASK_RE = re.compile(r"\s*(?:Đồng\s+chí|Ông|Bà)\s+(?:(?:cũng|tiếp\s+tục|đồng\s+thời)\s+)*(?P<verb>giao(?:\s+cho)?|đề\s+nghị|yêu\s+cầu)\s+",
                             re.I)
# the last ask of the sentence, spoken by a titled and named speaker
_ASK_RE = re.compile(r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu)\s+(?!(?:của|và|đối\s+với)(?![^\W_]))", re.I)
# a name's last syllables right before the ask: capitalised words
_NAMED_BEFORE_RE = re.compile(r"(?:[A-ZĐÀ-Ỹ][^\W\d_]*\s+){2,}$")
# people named by a role noun in '-viên', counted or plural: '228 điều tra viên', 'các tuyên truyền viên'
_ROLE_GROUP_RE = re.compile(r"(?P<g>(?:(?:các|toàn\s+thể|tất\s+cả|\d[\d.]*)\s+)(?:[^\W\d_]+\s+){1,2}viên)(?![^\W_])", re.I)


def speaker_ask_roles(t: str, gaz, reader) -> list[OfficeRole]:
    """The bodies or people a pronoun- or title-named speaker asks in ``t`` ([] when the sentence is no such ask);
    ``reader`` is offices.roles_in_sentence."""
    m = _PRONOUN_ASK_RE.match(t)
    if m:
        verb = re.sub(r"\s+", " ", m.group("verb")).capitalize()
        got = [r for r in reader(verb + " " + t[m.end():], gaz) if r.role in ("lead", "support")]
        if got:
            return got
        rest = t[m.end():]
    else:
        asks = [a for a in _ASK_RE.finditer(t) if _NAMED_BEFORE_RE.search(t[:a.start()])]
        if not asks:
            return []
        rest = t[asks[-1].end():]
        got = [r for r in reader("Đề nghị " + rest, gaz) if r.role in ("lead", "support")]
        if got:
            return got
    g = _ROLE_GROUP_RE.match(rest)
    if g:
        who = g.group("g")
        return [OfficeRole(who, "lead", who, "inline")]
    return []
