"""(tasks28) A meeting's account of what its chair directed: 'Tại cuộc họp, <official> (đã) chỉ đạo X <act>'
(issue 5; tasks27's open meeting-account reading, unseen21 ej10's relabel, pending et6).

A press or portal item reports a meeting and then what the official who spoke there directed: 'Tại cuộc
họp, Chủ tịch UBND huyện ... đã chỉ đạo các ban, ngành, đoàn thể huyện và xã, thị trấn tiếp tục ...', 'Tại
hội nghị, ông Trần Thanh Liêm – Phó Bí thư thường trực huyện ủy, chỉ đạo các ngành chức năng chuyên môn của
huyện xây dựng kế hoạch ...'.  Two written conventions meet here (samples/gold/README.md):

- an ask retold with 'đã yêu cầu / đã chỉ đạo X' is required (the `et` batch, sc23's reading, tasks27's
  extract/leadask.py for a news lead): the 'đã' is the reporter's, the directing stands; before this module
  a meeting's account ('Tại cuộc họp, ... đã ...', tasks.MEETING_REPORT_RE) was read as an event report
  instead, so the ask was lost (unseen21 ej10's row, labelled a task by its blind annotator);
- 'One convention for the speaker chỉ đạo X' (session 21): when the official who speaks directs X, neither
  the speaker nor X is an office (ANNOTATION.md: "in 'Chỉ đạo X ...' the issuer directs X, and X is not
  listed"); the lead relabelled ej10 so in session 25.  Before this module the code listed X whenever the
  text's issuer was unknown, because the speaker is named behind the meeting's frame (neither
  offices.issuer_directs_roles nor speakerdirects.speaker_directs_roles reads past 'Tại cuộc họp,').

The evidence, all of it needed: the sentence opens on the meeting's frame ('Tại / Trong (cuộc / buổi /
phiên) họp | hội nghị | buổi làm việc | giao ban ...', 'Phát biểu chỉ đạo / kết luận ...', 'Kết luận hội
nghị ...') and a comma; then an official as a person ('đồng chí / đ/c / ông / bà ...', or a post: 'Chủ tịch
...', 'Phó Bí thư ...', 'Giám đốc ...'), posts in apposition allowed; then 'chỉ đạo' (after 'đã', 'cũng',
'tiếp tục', 'đồng thời') with the bodies directed right after it -- not 'chỉ đạo:' (an ask over a list: its
addressees are offices), not 'chỉ đạo, giao X' (X is asked), not 'trực tiếp chỉ đạo' (what a leader did on
the scene, optional in the gold).  A body the sentence asks after ';' keeps its office.
"""
from __future__ import annotations

import re

from pipeline.extract.offices import Gazetteer, OfficeRole, office_key, roles_in_sentence

# the meeting's frame before the speaker
_FRAME = (r"(?:(?:Tại|Trong)\s+(?:(?:cuộc|buổi|phiên)\s+)?(?:họp|hội\s+nghị|làm\s+việc|gặp\s+mặt|giao\s+ban|kiểm\s+tra|đối\s+thoại|"
          r"tiếp\s+xúc(?:\s+cử\s+tri)?|sơ\s+kết|tổng\s+kết|buổi\s+(?:làm\s+việc|họp|kiểm\s+tra|giao\s+ban))"
          r"|Phát\s+biểu\s+(?:chỉ\s+đạo|kết\s+luận)|Kết\s+luận\s+(?:hội\s+nghị|cuộc\s+họp|buổi\s+(?:làm\s+việc|họp)|phiên\s+họp))"
          r"(?![^\W_])[^,;:.]{0,120}?\s*,\s*")
# the official who speaks, as a person: a personal cue or a post
_OFFICIAL = (r"(?:(?:đồng\s+chí|đ/c|đc|ông|bà)(?![^\W_])|(?:Phó\s+)?(?:Chủ\s+tịch|Bí\s+thư|Giám\s+đốc|Trưởng\s+(?:ban|phòng|đoàn)|"
             r"Thủ\s+tướng|Bộ\s+trưởng|Thứ\s+trưởng|Chỉ\s+huy\s+trưởng|Tổng\s+Bí\s+thư)(?![^\W_]))")
_MEETING_DIRECTS_RE = re.compile(
    r"^" + _FRAME + r"(?P<who>" + _OFFICIAL + r"[^;:.]{0,200}?)(?<![Bb]an)(?<![Tt]ổ)\s*,?\s+(?:(?:đã|cũng|tiếp\s+tục|đồng\s+thời)\s+)*"
    # (the verb in lower case: 'Trưởng Ban Chỉ đạo Đề án' names a committee, not its directing)
    r"(?<![^\W_])(?-i:chỉ\s+đạo)\s+(?:cho\s+)?(?=(?:các|những|toàn\s+thể)\s|(?-i:[A-ZĐ]))"
    r"(?!(?:các|những)\s+(?:nội\s+dung|biện\s+pháp|giải\s+pháp|nhiệm\s+vụ|việc)(?![^\W_]))", re.I)
MEETING_DIRECTS_REASON = "a meeting's chair directing"
# a verb of asking, assigning or speaking: the words before 'chỉ đạo' then hold more than the speaker
_SPEECH_OR_ASK_RE = re.compile(
    r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|giao|đôn\s+đốc|kiến\s+nghị|chủ\s+trì|phân\s+công|đánh\s+giá|biểu\s+dương|ghi\s+nhận|"
    r"nhấn\s+mạnh|khẳng\s+định|cho\s+biết|tiếp\s+thu|lưu\s+ý|mong\s+muốn|thống\s+nhất|phát\s+biểu|báo\s+cáo|"
    r"đề\s+xuất|trao\s+đổi|quán\s+triệt|thông\s+báo)(?![^\W_])", re.I)


def meeting_speaker_directs(t: str) -> re.Match | None:
    """The match when sentence ``t`` tells a meeting's official directing bodies (module doc), else None."""
    t = t.strip()
    if not t or t.endswith(":") or len(t) > 700:
        return None
    m = _MEETING_DIRECTS_RE.match(t)
    if m is None or re.search(r"(?<![^\W_])trực\s+tiếp(?![^\W_])", m.group("who") + t[m.end("who"):m.end()], re.I):
        return None
    # the speaker alone before the verb: an ask or a speech there ('Tại hội nghị, ông X yêu cầu UBND các xã chỉ đạo
    # các thôn ...') makes the directing someone else's -- 'A yêu cầu B chỉ đạo C' lists B (samples/gold/README.md)
    who = m.group("who")
    if len(who.split()) > 25 or _SPEECH_OR_ASK_RE.search(who):
        return None
    return m


def meeting_directs_roles(text: str, roles: list[OfficeRole], gaz: Gazetteer) -> list[OfficeRole]:
    """``roles`` without the bodies a meeting's official directs (and without the official), when
    ``text`` tells such directing (module doc); else ``roles`` unchanged."""
    m = meeting_speaker_directs(text)
    if m is None:
        return roles
    span = text[m.end():].split(";", 1)[0]  # the directing's own clause: a body asked after ';' stays
    clause = (m.group("who") + " " + span).casefold()
    directed = roles_in_sentence("Giao " + span, gaz) + roles_in_sentence(m.group("who"), gaz)
    gone = {office_key(r.office) for r in directed}
    asked_after = text[m.end():][len(span):]
    kept = {office_key(r.office) for r in roles_in_sentence(asked_after, gaz)} if asked_after.strip() else set()
    return [r for r in roles if office_key(r.office) in kept
            or office_key(r.office) not in gone and r.office.casefold() not in clause]
