"""Points of a request printed as plain lines under its lead-in (issue 5, plain16).

A portal or press copy of a letter often drops its list's bullets:

    UBND tỉnh yêu cầu các đơn vị, địa phương thực hiện một số nhiệm vụ sau:
    Tập trung cao độ cho công tác phòng trừ sâu bệnh ...
    Nâng cao hiệu quả công tác dự báo ...
    Theo dõi sát diễn biến thời tiết ...

With the bullets ('- ', '1. ') each line is an item of the lead-in and is read as a task; as plain
lines a point was read only when it opened on a strong cue: before the first task of a text every
sentence is in the preamble zone.  Here the point's place is the evidence: after a lead-in that
announces duties (ends on ':' and asks, requires, assigns or directs: 'các nhiệm vụ sau:', 'yêu cầu
...:', 'đề nghị ...:', 'giao ...:', 'chỉ đạo ...:'), each following plain line that opens with no
subject of its own (a verb, a learned verb compound, an adverbial cue) is a point of that list.  The
run ends at a heading, a numbered or bulleted item, a new lead-in, or a line that is not such a
point (a statement with its own subject, a fact, a signature).

Only the classification changes ('narrative' -> 'task'); the points then take the lead-in's bodies
the way a marked list's items do (assign.apply_groups' scope of the lead-in, and the rest of the
task stage), so there is no second inheritance here.

Not read: prose after a ':' that does not ask ('như sau:' before facts, 'phát biểu:' before a
quotation, 'Nơi nhận:', 'gồm:' before names), a lead-in that reports what was done ('đã chỉ đạo
...:'), and lines that open on a subject, a number, a quotation mark or a name.
"""
from __future__ import annotations

import re

from pipeline.extract.tasks import (_NOUN_CUE_RE, ADVERB_OPEN_RE, DIRECTIVE_CUE_RE, GROUND_OPEN_RE, PAST_RE,
                                    PROHIBITION_OPEN_RE, QUOTE_FRAME_RE, Classified, condition_then_verb,
                                    opens_on_a_duty)

__all__ = ["PLAIN_POINT_REASON", "announces_points", "opens_as_plain_point", "read_plain_points"]

PLAIN_POINT_REASON = "a point on a plain line under its lead-in"

# the lead-in announces a list: it ends on ':' after 'sau (đây)', 'như sau', 'cụ thể', a list noun,
# or right after the asking verb ('Chủ tịch UBND tỉnh yêu cầu:', '... đề nghị các đơn vị:')
_POINTS_END_RE = re.compile(
    r"(?:sau(?:\s+đây)?|như\s+sau|cụ\s+thể(?:\s+như\s+sau)?|(?:nhiệm\s+vụ|giải\s+pháp|nội\s+dung|biện\s+pháp|việc|"
    r"công\s+việc|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo)(?:\s+(?:trọng\s+tâm|chủ\s+yếu|cụ\s+thể|cấp\s+bách|sau))?)\s*:\s*$", re.I)
# ... and it asks: an asking verb ('yêu cầu', 'đề nghị', 'giao', 'chỉ đạo', 'khẩn trương', 'phải',
# 'cần': DIRECTIVE_CUE_RE, which leaves out 'đã chỉ đạo', 'về việc chỉ đạo') or duties it names
# ('thực hiện các nhiệm vụ, giải pháp sau:')
_DUTIES_NAMED_RE = re.compile(r"(?<![^\W_])(?:thực\s+hiện|triển\s+khai|tập\s+trung)(?:\s+\S+){0,4}?\s+"
                              r"(?:nhiệm\s+vụ|giải\s+pháp|biện\s+pháp|nội\s+dung)(?![^\W_])", re.I)
# an office's opinion or direction set out point by point ('UBND tỉnh có ý kiến như sau:', 'Phó Chủ
# tịch ... có ý kiến chỉ đạo như sau:', 'Thủ tướng Chính phủ giao nhiệm vụ như sau:', 'kết luận như sau:')
_OPINION_RE = re.compile(r"(?<![^\W_])(?:có\s+ý\s+kiến(?:\s+chỉ\s+đạo)?|kết\s+luận|giao\s+nhiệm\s+vụ)\s+(?:như\s+sau|sau(?:\s+đây)?)\s*:\s*$", re.I)
# what a colon introduces that is no list of duties: a quotation, an address, recipients, members
_NOT_POINTS_RE = re.compile(
    r"(?:(?<![^\W_])(?:phát\s+biểu|nhấn\s+mạnh\s+rằng|cho\s+biết|cho\s+rằng|khẳng\s+định|nêu\s+rõ|chia\s+sẻ|"
    r"gồm(?:\s+có)?|bao\s+gồm|như|là)\s*:\s*$)|^\s*(?:Nơi\s+nhận|Kính\s+gửi|Thành\s+phần|Địa\s+điểm|Thời\s+gian)\b", re.I)
# the asking verbs proper (DIRECTIVE_CUE_RE also holds 'phải', 'cần', which a statement may carry)
_ASKS_RE = re.compile(r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao)(?![^\W_])", re.I)
# a report of what was asked before: 'đã yêu cầu', 'đã chỉ đạo', 'đã đề nghị', 'đã giao'
_REPORTED_ASK_RE = re.compile(r"(?<![^\W_])(?:đã|vừa\s+qua|trước\s+đó)\s+(?:\S+\s+){0,2}?(?:yêu\s+cầu|chỉ\s+đạo|đề\s+nghị|giao)(?![^\W_])", re.I)
def announces_points(text: str) -> bool:
    """Is the sentence a lead-in over a list of duties ('UBND tỉnh yêu cầu các đơn vị, địa phương thực
    hiện một số nhiệm vụ sau:', 'Chủ tịch UBND huyện đề nghị:', 'giao Sở Y tế thực hiện các nội dung
    sau:')?  Not a colon before a quotation, names or recipients, nor a report of an earlier ask."""
    t = text.strip()
    if QUOTE_FRAME_RE.fullmatch(t):
        return True  # (tasks17) 'Công điện nêu rõ:', 'Nội dung văn bản nêu rõ:': the document's own points follow
    if not t.endswith(":") or _NOT_POINTS_RE.search(t) or _REPORTED_ASK_RE.search(t):
        return False
    if _OPINION_RE.search(t):
        return True
    t = _NOUN_CUE_RE.sub(" ", t)  # ('hồ sơ đề nghị', 'ý kiến chỉ đạo của ...': nouns, no ask)
    if _ASKS_RE.search(t) and DIRECTIVE_CUE_RE.search(t):
        return True  # ('Sở Y tế đề nghị các đơn vị:', '... yêu cầu các sở, ngành tập trung một số nội dung sau:')
    return bool(_POINTS_END_RE.search(t)) and bool(DIRECTIVE_CUE_RE.search(t) or _DUTIES_NAMED_RE.search(t))


def opens_as_plain_point(text: str) -> bool:
    """Does a plain line open with no subject of its own, on a verb of doing (the hand list and the
    learned lexicon, tasks.opens_on_a_duty), a prohibition or an adverbial cue?  Not a report ('đã')."""
    t = text.strip()
    if not t or not t[0].isupper() or PAST_RE.match(t):
        return False
    if opens_on_a_duty(t) or ADVERB_OPEN_RE.match(t) or condition_then_verb(t, own_subject_ends=True):
        return True
    return bool(PROHIBITION_OPEN_RE.match(t))


def _no_subject_between(t: str, gaz) -> bool:
    """(a line between the lead-in or a point and the next point, whose verb no list knows: 'Kiểm đếm
    tàu thuyền ...') no subject read, no report, no fronted adverbial or topic before a comma in its
    first words ('Năm nay, ...', 'Hiện nay, ...'), no figure first."""
    from pipeline.extract.offices import subject_of

    if not t or not t[0].isupper() or t[:1].isdigit() or PAST_RE.match(t) or _is_caps_word(t):
        return False
    head = " ".join(t.split()[:3])
    if "," in head or ":" in head or re.match(r"(?:Hiện\s+nay|Năm\s+nay|Tình\s+hình|Kết\s+quả|Theo|Trong|Tại|Tổng|Số|Qua|Từ|Đến|Ngày|Sau|Trước)(?![^\W_])", t):
        return False
    return subject_of(t, gaz) is None


def _is_caps_word(t: str) -> bool:
    w = t.split()[0]
    return len(w) > 1 and w.isupper()


def _plain(c: Classified) -> bool:
    b = c.sentence.block
    return b.style is None and b.label is None


def read_plain_points(classified: list[Classified], gaz=None) -> list[Classified]:
    """Reclassify the plain-line points under a lead-in that announces duties (see the module's
    docstring); the rest is returned as it was."""
    out = list(classified)
    i = 0
    while i < len(out):
        c = out[i]
        if not (c.kind == "intro" or c.kind == "narrative" and c.reason in ("preamble zone", "")) \
                or not (announces_points(c.sentence.text) or _bare_cue_after_request(out, i)):
            i += 1
            continue
        path = c.sentence.block.path
        j = i + 1
        while j < len(out):
            d = out[j]
            t = d.sentence.text.strip()
            if d.kind == "skip":
                j += 1
                continue
            if not _plain(d) or d.kind in ("heading", "intro") or t.endswith(":") or d.sentence.block.path != path:
                break
            if d.kind == "task":
                j += 1
                continue
            if _unread_point(d, t):
                out[j] = Classified(d.sentence, "task", PLAIN_POINT_REASON)
                j += 1
                continue
            if d.sentence.index > 0 and out[j - 1].sentence.block is d.sentence.block and out[j - 1].kind == "task":
                j += 1  # (a further sentence of a point's own line or paragraph: passed over, left as it was)
                continue
            # (a line whose verb no list knows, with no subject of its own, right before a point: a point too)
            nxt = next((k for k in range(j + 1, min(j + 3, len(out))) if out[k].kind != "skip"), None)
            if gaz is not None and d.kind == "narrative" and d.reason in ("preamble zone", "") and d.sentence.index == 0 \
                    and nxt is not None and _plain(out[nxt]) and out[nxt].sentence.block.path == path \
                    and (out[nxt].kind == "task" or _unread_point(out[nxt], out[nxt].sentence.text.strip())) \
                    and _no_subject_between(t, gaz):
                out[j] = Classified(d.sentence, "task", PLAIN_POINT_REASON)
                j += 1
                continue
            break
        i = j if j > i + 1 else i + 1
    return out


def _bare_cue_after_request(out: list[Classified], i: int) -> bool:
    """(bare16) Is sentence ``i`` a bare 'Cụ thể:' ('Cụ thể như sau:', 'Như sau:') right after a request
    read as a task, one that asks ('yêu cầu', 'đề nghị', 'giao', 'chỉ đạo') and is no report of an earlier
    ask?  It opens that request's points, as the request ending on 'các nội dung sau:' would."""
    from pipeline.extract.assign import DETAIL_INTRO_RE

    # (the bare cues that hand the request's lead down to its points, assign.DETAIL_INTRO_RE: 'Cụ thể:',
    # 'Cụ thể như sau:', 'Cụ thể là:', 'Như sau:', 'Gồm các nội dung sau:'; not 'Trong đó:', a focus)
    if not DETAIL_INTRO_RE.match(out[i].sentence.text.strip()):
        return False
    prev = next((c for c in reversed(out[:i]) if c.kind != "skip"), None)
    if prev is None or prev.kind != "task":
        return False
    t = _NOUN_CUE_RE.sub(" ", prev.sentence.text)
    return bool(_ASKS_RE.search(t)) and not _REPORTED_ASK_RE.search(t)


def _unread_point(d: Classified, t: str) -> bool:
    """An unread sentence that opens as a point: narrative, or a ground ('Căn cứ tình hình ..., đánh
    giá ...') the classifier took for the preamble."""
    if d.kind == "narrative" and d.reason in ("preamble zone", ""):
        return opens_as_plain_point(t)
    return d.kind == "preamble" and bool(GROUND_OPEN_RE.match(t)) and opens_on_a_duty(t)
