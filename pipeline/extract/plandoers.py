"""(tasks42) Class (A)'s doers that no gazetteer name covers: a bare territorial unit and 'the forces' (issue 5).

The gated plain-step reader (``plansteps.plan_step``) wants a body and its act (``retoldplan.body_and_act``), and
the body is whatever ``offices.subject_of`` finds.  Two doers of the class are names of no body:

- **a bare territorial unit**, the district, town or province as a whole, sometimes with its place name: 'Trong 6
  tháng cuối năm, huyện tập trung các nhiệm vụ trọng tâm ...' (pending fu5), 'Huyện chọn tháng 5 hằng năm để tổ chức
  phát động đợt cao điểm ...' (pending fb2), 'Từ nay đến cuối năm, huyện X tiếp tục thực hiện ...'.  'Xã' and
  'Phường' are read by subject_of already; 'Huyện', 'Thị xã', 'Quận', 'Tỉnh', 'Thành phố' (bare or with a place name
  the gazetteer lacks) are not.  Their own bodies ('Huyện ủy', 'Huyện đoàn', 'Tỉnh đội', ...) are left to the
  gazetteer;
- **'the forces'**: 'Các lực lượng trong CAND sẽ sử dụng ...' (pending fu2), 'Theo kế hoạch, các lực lượng phối hợp
  triển khai ...' (pending fp1, fb4): 'các lực lượng' alone or with the police, the functional or the joint forces.
  'Lực lượng chức năng' and 'Các lực lượng chức năng' the gazetteer knows already.

``plain_doer`` returns the doer's span only when an act follows it (``retoldplan``'s act test, no tense, no being or
assent): the gate around it (a programme told, no event, a stop) is plansteps' own and unchanged.
"""
from __future__ import annotations

import re

# (G3) the item's own committee named bare, with no place name: 'UBND xã xây dựng Kế hoạch ...' on the commune's page
# (the one pattern extract/owncommittee.py asks of every task)
from pipeline.extract.owncommittee import BARE_COMMITTEE_RE as OWN_COMMITTEE_RE

# a bare territorial unit; not the unit's own bodies ('Huyện ủy', 'Tỉnh đoàn') nor 'huyện nào' / 'huyện này'
BARE_UNIT_RE = re.compile(
    r"^(?:Huyện|Thị\s+xã|Quận|Tỉnh|Thành\s+phố|Xã|Phường|Thị\s+trấn)"
    r"(?!\s+(?:ủy|uỷ|đoàn|đội|hội|nào|này|nhà|lỵ|miền|đảo|trọng|và|hoặc)(?![^\W_]))(?=[\s,])")


def _with_place_name(t: str, end: int) -> int:
    """``end`` moved past up to three capitalised syllables after the unit ('Huyện Xuyên Mộc', 'Thị xã Cửa Lò')."""
    for _ in range(3):
        m = re.match(r"\s+([^\W\d_][^\s,.;:]*)", t[end:])
        if not m or not m.group(1)[0].isupper():
            break
        end += m.end()
    return end
# 'the forces': 'các lực lượng' alone, or the police's, the functional, the joint or the armed forces, or those
# 'trong CAND'; a bare 'lực lượng' before another noun names a force of its own ('lực lượng bảo vệ dân phố, thanh niên
# xung phong cũng được tăng cường ...', development ff5: no task) and is left to the gazetteer
_FORCE_KIND = (r"(?:chức\s+năng|công\s+an|cảnh\s+sát|CSGT|liên\s+ngành|vũ\s+trang|"
               r"trong\s+(?:CAND|Công\s+an\s+nhân\s+dân|lực\s+lượng\s+vũ\s+trang))")
FORCES_RE = re.compile(rf"^(?:Các\s+lực\s+lượng(?:\s+{_FORCE_KIND})?|Lực\s+lượng\s+{_FORCE_KIND})(?=[\s,])", re.I)


_HAVING_RE = re.compile(r"^(?:cũng\s+)?có(?![^\W_])", re.I)


def plain_doer(core: str, gaz) -> tuple[str, int] | None:
    """(doer, end) when ``core`` (a sentence after plansteps' link, opener and time phrases) opens on a bare
    territorial unit or 'the forces' followed by an act; None otherwise.  Callers ask ``retoldplan.body_and_act``
    first: a body the gazetteer names there is its to read."""
    from pipeline.extract.retoldplan import _ASSENT_RE, _BEING_RE, _TENSE_RE, _opens_on_act

    t = core.strip()
    m = BARE_UNIT_RE.match(t)
    end = _with_place_name(t, m.end()) if m else None
    if m is None and (f := FORCES_RE.match(t)):
        end = f.end()
    if end is None:
        return None
    after = t[end:].lstrip(" ,")
    # (no tense, no being, having or assent: 'Huyện có 12 xã đạt chuẩn ...' describes the unit)
    if _TENSE_RE.match(after) or _BEING_RE.match(after) or _HAVING_RE.match(after) or _ASSENT_RE.search(after[:20]) \
            or len(after.split()) < 3:
        return None
    return (t[:end], end) if _opens_on_act(after) else None




def gated_step_offices(text: str, offices: list, gaz) -> list:
    """The offices of a gated plain step (``plansteps.PLAN_STEP_REASON``).

    - the item's own committee named bare ('UBND xã', 'UBND phường', no place name) is the issuer acting itself and
      lists no office (samples/gold/README.md, labels31's G3 and its recount in session 32: none in unseen14 yx1 and
      development eg2, eg3, eg6, eh6; listed in yh3 and pending zx6 only);
    - a bare territorial unit or 'the forces' that no gazetteer name covers is the doer, written as the sentence
      writes it ('huyện' in pending fu5, 'Huyện' in fb2), when no other lead or support was read."""
    from pipeline.extract.plansteps import plan_step_core
    from pipeline.model import OfficeRole

    kept = [r for r in offices if not OWN_COMMITTEE_RE.match(r.office.strip())]
    if any(r.role in ("lead", "support") for r in kept):
        return kept
    doer = plain_doer(plan_step_core(text), gaz)
    if doer is None:
        return kept
    at = text.casefold().find(doer[0].casefold())
    name = text[at:at + len(doer[0])] if at >= 0 else doer[0]
    return [OfficeRole(name, "lead", name, "inline"), *kept]
