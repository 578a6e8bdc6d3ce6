"""(forms19) Office names in their full form (issue 5: canonical full names in `offices`).

The scorer matches offices leniently (one name inside the other), so names with a wrong form count
as right; users query and group by them.  measure19 named the shapes; `scripts/office_forms.py`
counts them over a run.  One pass over a task's offices, called once from `extract_tasks` before the
canonical names are set:

- `split_glued_speaker`: the speaker read into the name of the body it asks ('Cục đề nghị các địa
  phương, đơn vị' -> 'Các địa phương, đơn vị'; 'UBND huyện yêu cầu Phòng Y tế' -> 'Phòng Y tế'): the
  part after the ask verb is the office.
- `keep_level_run`: a body named for a run of levels without 'các' ('Đài truyền thanh huyện, thị xã,
  thành phố', 'Trung tâm Y tế huyện, thị xã') cut after its first level: the run stays with the
  name (reach18's `_protect_level_run` does this for 'các huyện, thị xã'), one office as the gold
  README's level runs are.
- `carry_list_place`: a place printed once after the last of several departments of one kind ('Sở Du lịch,
  Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố trực thuộc Trung ương', 'Sở Y tế và Sở Giáo dục
  và Đào tạo tỉnh Lạng Sơn'): the gold README's 'a jurisdiction given once for several bodies is
  repeated on each'.
- `trim_verb_tail`: the sentence's verb or adverb read into the end of a name ('Đài Phát thanh -
  Truyền hình tỉnh đưa tin', 'Công an xã khẩn trương') is cut off.
- `issuer_place_canonical`: the canonical name (task_offices.canonical, the name to group by; the
  office column stays as written) of a body at the issuer's own level written without its place
  ('UBND huyện', 'Công an tỉnh' in a document of 'UBND HUYỆN YÊN LẠC' / 'ỦY BAN NHÂN DÂN TỈNH QUẢNG
  TRỊ') takes the place the header gives ('Ủy ban nhân dân huyện Yên Lạc', 'Công an tỉnh Quảng Trị').
"""
from __future__ import annotations

import re

from pipeline.extract.offices import _LEVEL_WORDS

# the level words of Vietnamese administrative units, as offices.py reads them
_LEVEL = _LEVEL_WORDS
_W = r"(?![^\W_])"

# 'Cục đề nghị các địa phương, đơn vị', 'UBND tỉnh yêu cầu Sở Y tế': a short speaker, the ask verb,
# the asked body (a capitalised name or a plural)
_GLUED_SPEAKER_RE = re.compile(
    r"^(?P<speaker>\S+(?:\s+\S+){0,6}?)\s+(?:(?:cũng|tiếp\s+tục|đã|vừa|đồng\s+thời)\s+)*"
    r"(?:đề\s+nghị|yêu\s+cầu|kiến\s+nghị|đề\s+xuất)\s+(?P<asked>(?:(?-i:[A-ZĐ])|(?:các|những|toàn\s+thể)\s)\S.*)$",
    re.I)
# a speaker is a body's head or a short name ('Cục', 'Bộ', 'UBND tỉnh', 'Sở Y tế'), never a 'Ban Chỉ
# đạo ...' whose own name holds no ask verb anyway
_SPEAKER_HEAD_RE = re.compile(
    r"^(?:Cục|Bộ|Sở|Tổng\s+cục|Ủy\s+ban|Uỷ\s+ban|UBND|HĐND|Ban|Phòng|Văn\s+phòng|Chi\s+cục|Trung\s+tâm|Thủ\s+tướng|"
    r"Chủ\s+tịch|Bộ\s+trưởng|Giám\s+đốc|Tỉnh|Thành\s+phố|Huyện|Xã|Công\s+an|Thanh\s+tra|Đoàn|Hội)" + _W)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def split_glued_speaker(roles: list) -> list:
    """The asked body, not 'speaker + ask verb + asked body', as the office."""
    names = {r.office for r in roles}
    out = []
    for r in roles:
        m = _GLUED_SPEAKER_RE.match((r.office or "").strip())
        if m and r.role in ("lead", "support") and _SPEAKER_HEAD_RE.match(m.group("speaker")) \
                and len(m.group("asked").split()) >= 2:
            asked = _cap(m.group("asked").strip())
            if asked in names:
                continue  # read already on its own
            r.office = asked
            if r.text:
                tm = _GLUED_SPEAKER_RE.match(r.text.strip())
                r.text = tm.group("asked").strip() if tm else asked
            r.canonical = ""
            names.add(asked)
        out.append(r)
    return out


_LEVEL_END_RE = re.compile(r"(?<![^\W_])" + _LEVEL + r"$", re.I)
# ', thị xã, thành phố' / ' và thị xã' right after the name, then no place name of its own
_RUN_AFTER = r"(?P<run>(?:\s*,\s*" + _LEVEL + _W + r")*(?:\s*,?\s*(?:và|hoặc)\s+" + _LEVEL + _W + r")?)"


def keep_level_run(roles: list, text: str) -> list:
    """A name closed by one level word that the text goes on with more levels: the run stays."""
    flat = re.sub(r"\s+", " ", text)
    joined: list = []
    for r in roles:
        name = (r.office or "").strip()
        if any(r is o for o in joined) or r.role not in ("lead", "support") or not _LEVEL_END_RE.search(name) or re.search(r"(?<![^\W_])các\s+" + _LEVEL + "$", name, re.I):
            continue
        written = (r.text or name).strip()
        m = re.search(re.escape(written).replace(r"\ ", r"\s+") + _RUN_AFTER + r"(?P<next>\s+\S+|\s*[,;.:]|\s*$)", flat)
        if not m or not m.group("run") or not re.search(r"\S", m.group("run")):
            continue
        nxt = m.group("next").strip()
        # ('Công an huyện, xã Tân Lập': a place after the level starts a body of its own)
        if nxt[:1].isupper():
            continue
        run = re.sub(r"\s+", " ", m.group("run"))
        # (the run itself split off as a body of its own, written as the bare levels ('Giao Đài truyền
        # thanh huyện, thị xã, thành phố đưa tin': 'thị xã, thành phố' read as the subject of 'đưa tin'
        # and given 'Ủy ban nhân dân các ...'): it is this name's run, not a body, so it joins back)
        split_off = [o for o in roles if o is not r and (o.text or "").strip(" ,;")
                     and re.sub(r"\s+", " ", (o.text or "").strip(" ,;")) == run.strip(" ,;")]
        # (a level of the run read as an office of its own: it is a list, leave it)
        if not split_off and any(o is not r and re.search(_LEVEL_END_RE.pattern, (o.office or "").strip(), re.I)
                                 and (o.office or "").strip().split()[-1] in run.split() for o in roles):
            continue
        joined.extend(split_off)
        r.office = name + run
        if r.text:
            r.text = written + run
        r.canonical = ""
    return [r for r in roles if not any(r is o for o in joined)]


# the place printed after the last body of a list: 'các tỉnh, thành phố (trực thuộc Trung ương)',
# 'tỉnh Lạng Sơn', 'huyện Yên Lạc', 'cấp tỉnh'
_PLACE_TAIL_RE = re.compile(
    r"\s(?P<place>(?:các\s+)?" + _LEVEL + r"(?:\s*,\s*" + _LEVEL + r")*(?:\s+(?:và\s+)?" + _LEVEL + r")?"
    r"(?:\s+trực\s+thuộc\s+[Tt]rung\s+ương)?"
    r"|" + _LEVEL + r"(?:\s+(?-i:[A-ZĐ])[^\s,;.:()]*)+)$", re.I)
# the heads whose bodies exist once per province ('Sở') or per district ('Phòng') and so take a place
# of that level; other heads ('Trung tâm', 'Đài', 'Chi cục') name bodies of either level ('Trung tâm
# Kiểm soát bệnh tật, trung tâm y tế các huyện': the first is the province's), so nothing is carried
_PLACED_HEAD_RE = re.compile(r"^(?:Sở|Phòng)" + _W)
_HEAD_LEVELS = {"Sở": ("tỉnh", "thành phố"), "Phòng": ("huyện", "quận", "thị xã", "thành phố")}


def _head(name: str) -> str:
    m = _PLACED_HEAD_RE.match(name)
    return m.group(0) if m else ""


def carry_list_place(roles: list, text: str) -> list:
    """A body of a list whose place is printed once after the list's last body of the same kind
    takes it, when only ',' or 'và' lie between them in the text."""
    flat = re.sub(r"\s+", " ", text)
    doers = [r for r in roles if r.role in ("lead", "support")]
    for i in range(len(doers) - 2, -1, -1):
        a, b = doers[i], doers[i + 1]
        an, bn = (a.office or "").strip(), (b.office or "").strip()
        head = _head(an)
        if not head or head != _head(bn) or re.search(r"(?<![^\W_])" + _LEVEL + _W, an, re.I):
            continue
        tail = _PLACE_TAIL_RE.search(bn)
        if not tail:
            continue
        aw, bw = (a.text or an).strip(), (b.text or bn).strip()
        pa = flat.find(aw)
        pb = flat.find(bw, pa + len(aw)) if pa >= 0 else -1
        if pa < 0 or pb < 0 or not re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", flat[pa + len(aw):pb]):
            continue
        place = re.sub(r"\s+", " ", tail.group("place"))
        lv = re.sub(r"^các\s+", "", place, flags=re.I)
        if not any(lv.lower().startswith(x) for x in _HEAD_LEVELS[head]):
            continue
        a.office = f"{an} {place}"
        a.canonical = ""
    return roles


# the issuer's level and place from the header ('UBND HUYỆN YÊN LẠC', 'Ủy ban nhân dân tỉnh Quảng Trị')
_ISSUER_PLACE_RE = re.compile(
    r"(?:(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND)\s+(?P<level>" + _LEVEL + r")\s+(?P<place>\S.*)$", re.I)


def _place_case(place: str) -> str:
    place = re.sub(r"\s+", " ", place).strip(" ,.;")
    if place.isupper():
        place = " ".join(w[:1] + w[1:].lower() for w in place.split(" "))
    return place


def issuer_place(issuer: str | None) -> tuple[str, str] | None:
    """(level, place) of a people's committee or council issuing the document; None otherwise."""
    m = _ISSUER_PLACE_RE.search(re.sub(r"\s+", " ", issuer or "").strip())
    if not m:
        return None
    place = _place_case(m.group("place"))
    if not place or not place[:1].isupper() or len(place.split()) > 5:
        return None
    return m.group("level").lower(), place


def issuer_place_canonical(roles: list, issuer: str | None, canonical_of) -> list:
    """Canonical names of bodies at the issuer's level written without their place take it."""
    got = issuer_place(issuer)
    if not got:
        return roles
    level, place = got
    end = re.compile(r"(?<![^\W_])" + re.escape(level).replace(r"\ ", r"\s+") + r"$", re.I)
    for r in roles:
        name = (r.office or "").strip()
        # (every role: a body reported to is named the same way)
        if not end.search(name) or re.search(r"(?<![^\W_])các\s", name, re.I):
            continue
        canon = (r.canonical or canonical_of(name) or name).strip()
        if end.search(canon):
            r.canonical = f"{canon} {place}"
    return roles


# words that are never the end of a body's name: the sentence's verb or adverb read into it
# ('Đài Phát thanh - Truyền hình tỉnh đưa tin', 'Công an xã khẩn trương')
_VERB_TAIL_RE = re.compile(r"\s+(?:đưa\s+tin|khẩn\s+trương|tăng\s+cường|thường\s+xuyên|kịp\s+thời|chủ\s+động)$")


def trim_verb_tail(roles: list) -> list:
    """A name that ends on the sentence's verb or adverb loses it (lower case only: 'Báo Đưa tin'
    stays)."""
    for r in roles:
        name = (r.office or "").strip()
        m = _VERB_TAIL_RE.search(name)
        if r.role in ("lead", "support") and m and len(name[:m.start()].split()) >= 2:
            r.office = name[:m.start()]
            if r.text:
                r.text = _VERB_TAIL_RE.sub("", r.text.strip())
            r.canonical = ""
    return roles


def full_office_forms(roles: list, text: str, issuer: str | None = None, canonical_of=None) -> list:
    """The task's offices with the forms above set right (see the module docstring)."""
    roles = split_glued_speaker(roles)
    roles = trim_verb_tail(roles)
    roles = keep_level_run(roles, text)
    roles = carry_list_place(roles, text)
    if canonical_of is not None:
        roles = issuer_place_canonical(roles, issuer, canonical_of)
    return roles
