"""(tasks33) A body's step told with 'sẽ' in an item that asks no one: class (A), the plain step (issue 5).

A press item or a portal's retelling of a plan often states each body's part as what it *will* do, with no ask verb
and no modal: 'Bộ GD-ĐT sẽ tổ chức rà soát, quy hoạch mạng lưới cơ sở GDPT; ...', 'Nhằm đảm bảo trật tự giao thông
..., Cục CSGT sẽ huy động tối đa lực và bố trí lực lượng CSGT toàn quốc tuần tra kiểm soát ...', 'Trong quá trình
thực hiện các đợt tiếp nhận máu, Hội CTĐ tỉnh cùng các huyện, thị xã, thành phố sẽ thực hiện nghiêm công tác phòng,
chống dịch ...'.  The classifier reads them as statements (the 'preamble zone' before anything asks, or a statement's
follower).  toldsteps reads such a sentence only inside a told frame (a plan issued, a drive launched), or when it
names its plan ('Theo kế hoạch, ...') or its drive ('Trong đợt cao điểm, ...'); these items name neither.

What tells the step from a forecast or an event is the sentence's own shape: a **body** (the gazetteer's
subject_of, at the start once a purpose 'Nhằm / Để ...,', a link 'Theo đó, / Đồng thời, ...' and at most two time
phrases are set aside), then **'sẽ'** right after it ('cũng sẽ', 'sẽ tiếp tục' too), then a verb of doing
(retoldplan.body_and_act: no tense, no passive 'được / bị', no verb of being, assent or composition).  An event or
a period as subject ('Lễ giao nhận quân sẽ được tổ chức ...', 'Chiến dịch sẽ diễn ra ...') names no body; a
speaker's report ('cho biết') and a tense word anywhere refuse it.  Counted before it was written
(benchmarks/futurestep_counts.py, in HISTORY's tasks33 section).
"""
from __future__ import annotations

import re

FUTURE_STEP_REASON = "a body's step told with 'sẽ'"
# a purpose before the body: 'Nhằm ..., ', 'Để ..., ', 'Với mục tiêu ..., ' (the body after one of its commas)
_PURPOSE_RE = re.compile(r"^(?:Nhằm|Để|Với\s+mục\s+(?:đích|tiêu))(?![^\W_])", re.I)
# 'sẽ' right after the body ('cũng sẽ', 'vẫn sẽ')
# (not 'sẽ được / bị' -- the passive --, 'sẽ là', 'sẽ có': being and having are no act)
_FUTURE_RE = re.compile(r"^(?:cũng\s+|vẫn\s+)?sẽ\s+(?!(?:được|bị|là|có)(?![^\W_]))", re.I)
# a question ('Công an thành phố sẽ có những biện pháp gì ...?') asks for the plan, it tells none
_QUESTION_RE = re.compile(r"\?|(?<![^\W_])gì(?![^\W_])", re.I)
_COMMA_RE = re.compile(r",\s+")


def _body_then_future(core: str, gaz) -> bool:
    """Does ``core`` open on a body whose next word is 'sẽ', then an act (retoldplan.body_and_act)?"""
    from pipeline.extract.offices import subject_of
    from pipeline.extract.retoldplan import body_and_act

    if not core:
        return False
    core = core[:1].upper() + core[1:]
    subj = subject_of(core, gaz)
    if not subj or not core.casefold().startswith(subj[0].casefold()[:8]):
        return False
    after = core[subj[1]:].lstrip(" ,")
    m = _FUTURE_RE.match(after)
    # (body_and_act sets a bare 'sẽ' aside before the act; 'cũng sẽ' / 'vẫn sẽ' are read here)
    return bool(m) and body_and_act(core[:subj[1]].rstrip(" ,") + " sẽ " + after[m.end():], gaz)


def future_step(text: str, gaz) -> bool:
    """Is ``text`` a body's step told with 'sẽ' (see the module docstring)?  Without the gazetteer: no."""
    from pipeline.extract.toldsteps import _LINK_RE, _after_time_leads, plain_step_sentence

    t = text.strip()
    if not plain_step_sentence(t, gaz) or _QUESTION_RE.search(t):
        return False
    starts = [t]
    if _PURPOSE_RE.match(t):  # the body after one of the purpose's commas
        starts = [t[m.end():] for m in _COMMA_RE.finditer(t, 0, 400)]
    for start in starts:
        core = _after_time_leads(_LINK_RE.sub("", start, count=1))
        if _body_then_future(core, gaz):
            return True
    return False
