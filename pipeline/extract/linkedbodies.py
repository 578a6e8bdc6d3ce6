"""(points22) A directing item's further duty opened by a link word: 'Theo đó, / Bên cạnh đó, <bodies> <act> ...'.

A news or portal item that has begun to ask ('UBND huyện yêu cầu các cơ quan, đơn vị ... thực hiện treo cờ ...')
goes on with what each group does, each sentence opened by a link word and naming its own doers:
  'Theo đó, tất cả các trụ sở cơ quan Nhà nước, tổ chức chính trị, ..., bệnh viện và nhà ở của Nhân dân dọc các
  tuyến đường Quốc lộ ... treo cờ Tổ quốc và cờ phướn từ ngày 10 ... đến hết ngày 13 tháng 7 năm 2020.'
  'Bên cạnh đó, các ban, ngành huyện và UBND các xã, thị trấn tiếp tục thực hiện tổng vệ sinh môi trường ...'
Why they were missed: 'Bên cạnh đó' opens a report in tasks.NARRATIVE_RE ('Bên cạnh đó, còn một số hạn chế'), and
'Theo đó,' hid the subject from the body-then-action test; a flag notice's subject is often the premises
('các trụ sở cơ quan ...', 'nhà ở của Nhân dân'), which no office reader takes for a body, and 'treo cờ' (fly the
flag) is no verb of tasks.ACTION_VERBS.  The test is narrow: a link word, then a list of bodies or premises
opening on 'các / những / tất cả các / toàn thể', then, with no tense mark ('đã', 'đang', 'vừa', 'sẽ', 'được')
and no stop between, a verb of doing; and the caller requires that the item has directed someone before.
``linked_subject_roles`` reads the doers of such a sentence when the office reader finds none: each member of
the list with the premises word ('trụ sở', 'nhà ở của') and a trailing place ('dọc ...', 'trên địa bàn ...')
taken off (gold em1: 'cơ quan Nhà nước', ..., 'Nhân dân')."""
from __future__ import annotations

import re

__all__ = ["linked_bodies_act", "linked_subject_roles"]

_LINK_RE = re.compile(r"\s*(?:Theo\s+đó|Bên\s+cạnh\s+đó|Ngoài\s+ra|Đồng\s+thời|Song\s+song\s+(?:đó|với\s+đó))\s*,\s*", re.I)
_LIST_OPEN_RE = re.compile(r"(?:(?:tất\s+cả|toàn\s+thể|toàn\s+bộ)\s+)?(?:các|những)\s+(?=[^\W\d_])", re.I)
# verbs of doing the list may run into ('treo cờ' besides the action verbs of tasks.py)
_EXTRA_VERBS = ("treo cờ", "treo băng rôn", "treo khẩu hiệu", "treo băng cờ", "dọn dẹp", "vệ sinh", "tổng vệ sinh")
_TENSE_RE = re.compile(r"(?<![^\W_])(?:đã|đang|vừa|sẽ|được|bị|chưa)(?![^\W_])", re.I)
# the premises a flag or cleaning notice names for their owners
_PREMISES_RE = re.compile(r"^(?:(?:tất\s+cả|toàn\s+thể|toàn\s+bộ)\s+)?(?:các\s+|những\s+)?(?:trụ\s+sở(?:\s+làm\s+việc)?(?:\s+(?:của|các))?|"
                          r"nhà\s+ở\s+của|nhà\s+của|công\s+sở(?:\s+của)?)\s+", re.I)
_PLACE_TAIL_RE = re.compile(r"\s+(?:dọc|trên\s+địa\s+bàn|tại|thuộc)\s.*$|(?<!nhà)\s+ở\s.*$", re.I)


def _verbs():
    from pipeline.extract.tasks import ACTION_VERBS

    return sorted(set(ACTION_VERBS) | set(_EXTRA_VERBS), key=len, reverse=True)


_VERB_RE = None


def _verb_re() -> re.Pattern:
    global _VERB_RE
    if _VERB_RE is None:
        _VERB_RE = re.compile(r"(?<=\s)(?:(?:tiếp\s+tục|khẩn\s+trương|thường\s+xuyên|chủ\s+động)\s+)?(?:"
                              + "|".join(map(re.escape, _verbs())) + r")(?![^\W_])", re.I)
    return _VERB_RE


def _subject_span(t: str) -> tuple[int, int] | None:
    """(start, end) of the list of doers after the link word, or None when the sentence is no such duty."""
    link = _LINK_RE.match(t)
    if not link:
        return None
    rest = t[link.end():]
    if not _LIST_OPEN_RE.match(rest):
        return None
    # (a verb right after a comma or 'và' is a member of the list, 'tổ chức chính trị', 'phòng khám')
    verb = next((v for v in _verb_re().finditer(rest, 0, 400)
                 if not re.search(r"(?:,|\svà|^(?:tất\s+cả\s+)?(?:các|những))\s*$", rest[:v.start()], re.I)), None)
    if verb is None or verb.start() < 6:
        return None
    head = rest[:verb.start()]
    if re.search(r"[.;:!?]", head) or _TENSE_RE.search(head):
        return None
    # (the verb must follow a word of the list, not a clause: 'các xã có nhiều hộ ... thực hiện' holds 'có')
    if re.search(r"(?<![^\W_])(?:có|là|còn|gồm|nhằm|để|về|cũng|ý\s+kiến|phát\s+biểu)(?![^\W_])", head, re.I):
        return None
    return link.end(), link.end() + verb.start()


def linked_bodies_act(t: str) -> bool:
    """Does ``t`` open on a link word, then a list of bodies or premises, then a verb of doing (no tense)?"""
    return _subject_span(t) is not None


def linked_subject_roles(t: str) -> list[tuple[str, str]]:
    """(office, written) of each doer the list names, the premises word and a trailing place taken off."""
    span = _subject_span(t)
    if span is None:
        return []
    subject = t[span[0]:span[1]].strip(" ,")
    subject = _PLACE_TAIL_RE.sub("", subject)
    parts = [p.strip() for p in re.split(r",\s*|\s+và\s+", subject) if p.strip()]
    out = []
    for p in parts:
        name = _PREMISES_RE.sub("", p).strip()
        name = re.sub(r"^(?:(?:tất\s+cả|toàn\s+thể|toàn\s+bộ)\s+)?", "", name, flags=re.I)
        if len(name.split()) < 2 and not name[:1].isupper():
            continue
        out.append((name, name))
    return out


# 'các cơ quan, đơn vị và nhà người dân trên địa bàn huyện': a home after 'và' or a comma in a list of addressees
_HOMES_IN_LIST_RE = re.compile(r"(,\s*|\svà\s+)nhà\s+(?:ở\s+)?(?:của\s+)?(?=(?:người|nhân)\s+dân(?![^\W_]))", re.I)


def owners_for_premises(t: str) -> str:
    """``t`` with a home named in a list of addressees read as its owners ('... và nhà người dân trên địa bàn huyện
    thực hiện treo cờ' -> '... và người dân trên địa bàn huyện ...'): the residents do the work (gold em1), as the
    premises' owners of a flag notice do; the office keeps the words as written after 'nhà'."""
    return _HOMES_IN_LIST_RE.sub(r"\1", t)
