"""(G3) The issuing committee named bare as the doer of its own step lists no office (issue 5).

A ward's notice ends 'UBND phường tổ chức đoàn đi kiểm tra công tác treo cờ ...': the committee that issues the
notice tells its own step.  ANNOTATION.md gives such a task an empty office list ("the issuer itself acts"), and
samples/gold/README.md's G3 call (labels31, recounted by tasks42 and settled by labels32 in session 32) counts it:
no office in unseen14 yx1 and development eg2, eg3, eg6, eh6 and 13 lead sentences announcing the committee's own
plan; the three that listed it (yh3, yj3, pending zx6) were relabelled.  tasks42 dropped it for gated plain steps
only (`plandoers.gated_step_offices`); this reads every task.

Why the issuer's level is asked: a bare 'UBND xã' in a district's plan ('UBND xã, thị trấn: chỉ đạo ...') is every
commune, a real office; only when the issuer is itself a committee of that level and the sentence opens on the bare
name is it the issuer acting."""
from __future__ import annotations

import re

_LEVEL = r"(xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|tỉnh|thành\s+phố)"
_COMMITTEE = r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)"
# the issuer: a people's committee of a level, with its place name
_ISSUER_RE = re.compile(rf"^\s*{_COMMITTEE}\s+{_LEVEL}\s+\S", re.I)
# the office: the same committee named bare, no place name (also plandoers' gated steps)
BARE_COMMITTEE_RE = re.compile(rf"^\s*{_COMMITTEE}\s+{_LEVEL}\s*$", re.I)
# the task's own text opening on it (after a list mark), a lower-case word (its verb) right after
_OPENS_RE = re.compile(rf"^[\s\-–+•*]*{_COMMITTEE}\s+{_LEVEL}\s+(?=[a-zà-ỹđ])", re.I)


def _level(m: re.Match) -> str:
    return re.sub(r"\s+", " ", m.group(1).casefold())


def drop_own_committee(tasks: list, issuer: str | None) -> None:
    """Remove, in place, a lead or support office that is the issuing committee named bare when the task's text
    opens on that bare name (its subject).  Nothing changes when the issuer is not a people's committee."""
    if not issuer:
        return
    who = _ISSUER_RE.match(issuer)
    if who is None:
        return
    level = _level(who)
    for t in tasks:
        opens = _OPENS_RE.match(t.text or "")
        if opens is None or _level(opens) != level:
            continue
        kept = []
        for r in t.offices:
            bare = BARE_COMMITTEE_RE.match(r.office or "")
            if bare is not None and _level(bare) == level and r.role in ("lead", "support"):
                continue
            kept.append(r)
        t.offices = kept
