"""(tasks43) Follower sentences: 'Bên cạnh đó, ...' / 'Đồng thời, ...' after an ask.

A news item or a letter that retells a request goes on with a sentence opening on a follower marker.
``tasks.NARRATIVE_RE`` reads 'Bên cạnh đó' as the opener of more report ('Bên cạnh đó, còn một số hạn
chế ...', 'Bên cạnh đó, UBND xã Tản Lĩnh vắng 3/11 cán bộ'), which it is when the clause reports.  Two
shapes are the request instead, and the pending gold reads both as tasks:

* (M4a) the follower names its body and a duty modal at once ('Bên cạnh đó, các phòng, đơn vị trực
  thuộc, các Đội quản lý bảo vệ rừng cần thường xuyên kiểm tra ...', 'Bên cạnh đó, Cục Quản lý thị
  trường các tỉnh ... có trách nhiệm thường xuyên đôn đốc ...'): a body told what it 'cần / phải / có
  trách nhiệm' do is asked, whatever came before (:func:`follower_duty`, read in ``tasks.classify``);
* (M4b) the follower opens on its verb, or on a plural body and its verb, right after a sentence the
  reading has taken as a task ('Giai đoạn 2 ..., các đơn vị đồng loạt ra quân ...' / 'Đồng thời tập
  trung xử lý nghiêm ...'; 'Theo đó, các đơn vị, địa phương tập trung ...' / 'Bên cạnh đó, các đơn vị
  nâng cao hiệu quả ...'): it carries that task's body on (:func:`read_follower_steps`, a pass after
  the later readers have made their tasks, since the sentence before may become a task only there).

Neither fires on a clause in the past or in the passive ('đã', 'đang', 'vừa', 'còn', 'vẫn', 'được',
'bị' before the verb): 'Đồng thời, các chi bộ còn chọn lọc ...', 'Đồng thời, công tác ... được thực
hiện ...' report what was done.  Counts on every labelled text: benchmarks/follower_counts.py.
"""
from __future__ import annotations

import re

# the two markers of the class (the wider span markers, 'Trong đó', 'Cụ thể', 'Ngoài ra', are read by
# tasks.in_request_scope inside a request's span)
MARKER_RE = re.compile(r"^(?:Bên\s+cạnh\s+đó|Đồng\s+thời)(?![^\W_])\s*,?\s*", re.I)
# a duty modal right after the subject ('cần', 'phải', 'có / chịu trách nhiệm'; not 'cần thiết')
_DUTY_RE = re.compile(
    r"\s*(?:(?:cũng|đều|luôn|vẫn\s+cần)\s+)*(?:cần|phải|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)(?![^\W_])(?!\s+thiết)", re.I)
# a report's tense or a passive inside the subject's stretch or before the verb
_REPORT_RE = re.compile(r"(?<![^\W_])(?:đã|đang|vừa|còn|vẫn|được|bị|chưa)(?![^\W_])", re.I)
FOLLOWER_DUTY_REASON = "a follower naming its body and a duty"
FOLLOWER_STEP_REASON = "a follower of the task before it"


def _rest(t: str) -> str | None:
    m = MARKER_RE.match(t)
    if not m:
        return None
    rest = t[m.end():]
    return rest[:1].upper() + rest[1:] if rest[:1].isalpha() else None


def _subject(rest: str, gaz) -> tuple[str, int] | None:
    from pipeline.extract.offices import subject_of

    subj = subject_of(rest, gaz)
    if not subj or not rest.casefold().startswith(subj[0].casefold()):
        return None
    return subj


def follower_duty(t: str, gaz) -> bool:
    """(M4a) 'Bên cạnh đó / Đồng thời, <body> cần / phải / có trách nhiệm <verb> ...': a request."""
    if gaz is None or t.rstrip().endswith(":"):
        return False
    rest = _rest(t)
    if rest is None:
        return False
    subj = _subject(rest, gaz)
    if subj is None or subj[1] > 200 or _REPORT_RE.search(rest[:subj[1]]):
        return False
    # (the subject reader may stop inside a body's name at a verb-looking word, 'các Đội | quản lý bảo vệ
    # rừng cần ...': up to six more words with no mark and no report's tense may stand before the modal)
    tail = re.match(r"(?:\s*(?<![^\W_])[^\W\d_]+(?![^\W_])){0,6}?(?=\s*(?<![^\W_])(?:(?:cũng|đều|luôn)\s+)*(?:cần|phải|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)(?![^\W_]))",
                    rest[subj[1]:])
    if tail is None or _REPORT_RE.search(tail.group(0)):
        return False
    return bool(_DUTY_RE.match(rest[subj[1] + tail.end():]))


def follower_step(t: str, gaz) -> bool:
    """(M4b) 'Bên cạnh đó / Đồng thời, <verb> ...' or '..., <plural body> <verb> ...', no report's tense."""
    from pipeline.extract.clauseverbs import plural_body_then_known_verb
    from pipeline.extract.tasks import PAST_RE, VERB_START_RE, _body_then_action

    if t.rstrip().endswith(":"):
        return False
    rest = _rest(t)
    if rest is None or PAST_RE.match(rest):
        return False
    if VERB_START_RE.match(rest):
        return not _REPORT_RE.match(rest)
    if gaz is None:
        return False
    subj = _subject(rest, gaz)
    if subj is None or _REPORT_RE.search(rest[:subj[1] + 12]):
        return False
    return _body_then_action(rest, gaz) or plural_body_then_known_verb(t, gaz)


def read_follower_steps(classified: list, gaz) -> list:
    """(M4b) A plain paragraph's follower read as narrative right after a sentence that is a task now
    (after every later reader): one more point of that task.  Only a follower with no reason of its own
    (the narrative opener, the preamble zone, a statement going on) is reread."""
    from pipeline.extract.tasks import Classified

    out = list(classified)
    prev = None
    for i, c in enumerate(out):
        if c.kind == "skip":
            continue
        b = c.sentence.block
        if c.kind == "narrative" and c.reason in ("", "preamble zone", "goes on with the statement before it") \
                and prev is not None and prev.kind == "task" and b.label is None and b.style is None \
                and follower_step(c.sentence.text, gaz):
            out[i] = Classified(c.sentence, "task", FOLLOWER_STEP_REASON)
        prev = out[i]
    return out


def shape(t: str, gaz) -> str:
    """The follower's shape, for benchmarks/follower_counts.py."""
    if follower_duty(t, gaz):
        return "body duty"
    if follower_step(t, gaz):
        return "step"
    return "other"
