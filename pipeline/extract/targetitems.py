"""Verbless target items under a lead-in that carries the duty (issue 5, points18).

A plan or a decision that sets a roadmap or shares out a quota prints the duty once, in the lead-in,
and each item only as a label and a figure:

    Số xã, phường, thị trấn phấn đấu hoàn thành chuyển đổi số theo từng năm, cụ thể như sau:
    - Năm 2022: 94 xã, phường, thị trấn.
    - Năm 2023: 150 xã, phường, thị trấn.

    UBND các huyện triển khai thực hiện chỉ tiêu giao cụ thể:
    - Huyện Nga Sơn: 120 hộ.

    Lộ trình thực hiện như sau:
    - Giai đoạn 2024-2025: 60% thủ tục hành chính.

Each item is the lead-in's duty applied to that period or that unit: a task (its period, read by the
deadline stage as for any task, dates it; the lead-in's bodies reach it as a list's items).  The
classifier reads 'Năm 2022: ...' as a report on a year (tasks.NARRATIVE_RE) unless a verb follows the
colon (tasks._phase_label_directs); here the lead-in supplies the verb.

Not read: items under a lead-in that reports ('Kết quả đạt được như sau:', 'đã hoàn thành ...:'), that
only states goals or figures ('Mục tiêu cụ thể:', 'Chỉ tiêu đến năm 2025:', 'Số liệu như sau:': no
completion, assignment or asking verb), or that lists members ('gồm:'); an item that is no
'label: value' line, or whose value is a report ('đã ...').
"""
from __future__ import annotations

import re

from pipeline.extract.tasks import _NOUN_CUE_RE, DIRECTIVE_CUE_RE, PAST_RE, Classified

__all__ = ["TARGET_ITEM_REASON", "lead_in_carries_duty", "lead_in_of", "read_target_items", "target_item", "target_period", "target_unit"]

TARGET_ITEM_REASON = "a target item under a lead-in that carries the duty"

# the duty the lead-in carries: completion, an assignment or quota given, a roadmap to carry out, or an
# ask (DIRECTIVE_CUE_RE: 'yêu cầu', 'đề nghị', 'phải', 'cần', 'khẩn trương' ...)
_DUTY_RE = re.compile(
    r"(?<![^\W_])(?:hoàn\s+thành|giao|phân\s+bổ|phân\s+khai|lộ\s+trình|thực\s+hiện|triển\s+khai|tổ\s+chức\s+thực\s+hiện|"
    r"bố\s+trí|xây\s+dựng|đầu\s+tư|cấp\s+phát|di\s+dời|sắp\s+xếp)(?![^\W_])", re.I)
# a lead-in that reports, or lists what is no duty
_REPORT_LEAD_RE = re.compile(
    r"(?<![^\W_])(?:đã|đạt\s+được|kết\s+quả|số\s+liệu|tình\s+hình|thống\s+kê|gồm(?:\s+có)?|bao\s+gồm|"
    r"phát\s+biểu|cho\s+biết|nêu\s+rõ|Nơi\s+nhận|Kính\s+gửi|Thành\s+phần)(?![^\W_])", re.I)
# a heading-like lead that only names goals ('Mục tiêu cụ thể:', 'Chỉ tiêu đến năm 2025:')
_GOAL_HEAD_RE = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s*|[a-zđ]\)\s*)?(?:Mục\s+tiêu|Chỉ\s+tiêu|Định\s+hướng|Tầm\s+nhìn)(?![^\W_])", re.I)

# the item's label: a period, or a unit or body the share goes to
_PERIOD = (r"(?:(?:Trong|Đến(?:\s+(?:hết|cuối))?|Từ|Hết|Cuối)\s+)?năm\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
           r"(?:\s+(?:và|đến)\s+(?:năm\s+)?(?:19|20)\d\d)?"
           r"|Giai\s+đoạn\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d"
           r"|Quý\s+[IV]{1,3}(?:\s*/\s*|\s+năm\s+)(?:19|20)\d\d"
           r"|(?:6|sáu|9|chín)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+(?:19|20)\d\d)?"
           r"|Tháng\s+\d{1,2}\s*/\s*(?:19|20)\d\d")
_UNIT = (r"(?:Huyện|Thị\s+xã|Thành\s+phố|TP\.?|Quận|Xã|Phường|Thị\s+trấn|Tỉnh|Sở|Phòng|Ban|Trường|UBND|"
         r"Ủy\s+ban\s+nhân\s+dân|Đơn\s+vị)\s+[^:;.]{1,40}?")
_ITEM_RE = re.compile(rf"^\s*(?:(?P<period>{_PERIOD})|(?P<unit>{_UNIT}))\s*:\s*(?P<value>\S.*)$", re.I)
# a figure among the value's first words ('94 xã', '100%', 'tối thiểu 30 hộ', 'ít nhất 02 mô hình')
_FIGURE_RE = re.compile(r"^(?:\S+\s+){0,3}?\d")


def lead_in_carries_duty(text: str) -> bool:
    """Does a lead-in ending on ':' carry a duty its items share out ('phấn đấu hoàn thành ... theo từng
    năm, cụ thể như sau:', 'chỉ tiêu giao cụ thể:', 'lộ trình thực hiện như sau:', 'UBND tỉnh yêu cầu
    các huyện thực hiện:')?  Not a report, a goals heading or a list of members."""
    t = text.strip()
    if not t.endswith(":") or _REPORT_LEAD_RE.search(t) or PAST_RE.match(t) or _GOAL_HEAD_RE.match(t):
        return False
    if re.search(r"(?<![^\W_])(?:phát\s+biểu|nhấn\s+mạnh|khẳng\s+định)(?![^\W_])", t, re.I):
        return False
    return bool(_DUTY_RE.search(t) or DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t)))


def target_item(text: str) -> bool:
    """Is the line a 'label: value' target item, its label a period ('Năm 2022', 'Giai đoạn 2024-2025',
    'Quý II/2025') or a unit ('Huyện A', 'Xã B'), its value a share with no verb of its own needed ('94
    xã, phường, thị trấn', '120 hộ', 'các xã còn lại')?  A unit's value holds a figure; none is a report."""
    m = _ITEM_RE.match(text.strip())
    if not m:
        return False
    value = m.group("value")
    if PAST_RE.match(value) or re.match(r"(?:đã|đạt\s+được)(?![^\W_])", value, re.I):
        return False
    return bool(m.group("period")) or bool(_FIGURE_RE.match(value))


def read_target_items(classified: list[Classified]) -> list[Classified]:
    """Reclassify the unread target items of a lead-in that carries the duty (module docstring): the
    run of items after the lead-in, in its section or under it, ends at a heading, a new lead-in or a
    line that is no target item."""
    out = list(classified)
    for i, c in enumerate(out):
        if c.kind not in ("intro", "narrative", "preamble") or not lead_in_carries_duty(c.sentence.text):
            continue
        path = c.sentence.block.path or ""
        j = i + 1
        while j < len(out):
            d = out[j]
            t = d.sentence.text.strip()
            dpath = d.sentence.block.path or ""
            if d.kind == "skip":
                j += 1
                continue
            if d.kind in ("heading", "intro") or t.endswith(":") or not (dpath == path or dpath.startswith(path + " > ")) \
                    or not target_item(t):
                break
            if d.kind == "narrative" or d.kind == "preamble" \
                    or d.kind == "task" and not d.reason:
                # (an item the body's default already read, 'Giai đoạn 2024-2025: 60% ...', 'Huyện A: 120 hộ', takes
                # the reason too: its period dates it, its unit does it)
                out[j] = Classified(d.sentence, "task", TARGET_ITEM_REASON)
            j += 1
    return out


def target_period(text: str) -> str | None:
    """The period label of a target item ('Năm 2022', 'Giai đoạn 2024-2025'), which dates the share the
    lead-in's duty asks for in it (ANNOTATION.md: 'hoàn thành năm 2023' -> 2023-12-31; a range of years
    gives the end of the last, as a table's time cell); None for a unit's item."""
    m = _ITEM_RE.match(text.strip())
    return m.group("period") if m and m.group("period") else None


def target_unit(text: str) -> str | None:
    """The unit a target item gives its share to ('Huyện Nga Sơn: 120 hộ' -> 'Huyện Nga Sơn'); None for a
    period's item."""
    m = _ITEM_RE.match(text.strip())
    return m.group("unit").strip() if m and m.group("unit") else None


def lead_in_of(classified: list[Classified], i: int) -> str | None:
    """The lead-in over target item ``i``: the nearest sentence before the run of target items."""
    k = i - 1
    while k >= 0 and (classified[k].kind == "skip" or classified[k].reason == TARGET_ITEM_REASON):
        k -= 1
    if k >= 0 and lead_in_carries_duty(classified[k].sentence.text):
        return classified[k].sentence.text
    return None
