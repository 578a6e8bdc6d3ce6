"""Two levels of local government printed as a plural list without their comma (office41, O24).

'Các xã phường tổ chức Lễ phát động ...', 'Tổng cục Thuế đề nghị Cục Thuế các tỉnh thành phố trực thuộc
Trung ương ...', 'UBND các phường xã', 'UBND các tỉnh thành phố trực thuộc trung ương': the writer meant
'các xã, phường', 'các tỉnh, thành phố' and left the comma out.  The office reader knows the list only
with its comma, so it read nothing ('Các xã phường ...' as a subject) or cut the body after its first
level ('Cục Thuế các tỉnh').

Why a rewrite and not new patterns: the lists of levels are read by a dozen patterns of the office
reader (plural places, committees of places, bodies 'các tỉnh, thành phố'); putting the comma back where
the writer left it out lets all of them read the list the one way they already do.  The rewrite keeps the
text's length (the space becomes a comma), so every offset the reader keeps still points at the printed
text, and the names it returns are given back as printed (`restore`).

Only two levels of the same rank are a list ('xã phường', 'phường xã', 'xã thị trấn', 'quận huyện',
'huyện thị xã', 'tỉnh thành phố'): a lower level before a higher one names where the units lie ('các xã
huyện Mường Tè', 'các phường quận 1': the communes of that district), and a pair followed by a
capitalised name may be the same ('các huyện thành phố Hà Nội': the districts of the city), so neither is
touched.  'xã thị trấn' and 'quận huyện' were read before as well; the rewrite gives them the same reading.
"""
from __future__ import annotations

import re

from pipeline.model import OfficeRole

# the ranks of local government; 'thành phố' is a district-rank city and a province-rank one
_COMMUNE = r"(?:xã|phường|thị\s+trấn)"
_DISTRICT = r"(?:huyện|quận|thị\s+xã|thành\s+phố)"
_PROVINCE = r"(?:tỉnh|thành\s+phố)"

_PAIR_RE = re.compile(
    r"(?<![^\W_])(?P<plural>(?:các|những)\s+)"
    r"(?:(?P<a1>" + _COMMUNE + r")(?P<sp1>[ ])(?=" + _COMMUNE + r"(?![^\W_]))"
    r"|(?P<a2>" + _DISTRICT + r")(?P<sp2>[ ])(?=" + _DISTRICT + r"(?![^\W_]))"
    r"|(?P<a3>" + _PROVINCE + r")(?P<sp3>[ ])(?=" + _PROVINCE + r"(?![^\W_])))",
    re.I)
# the second level and what follows it: a capitalised name after it makes the pair a place 'of' it
_SECOND_RE = re.compile(r"(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh)(?P<after>\s+\S+)?", re.I)


def comma_level_pairs(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with the comma put back between two levels of one rank in a plural list, same length
    ('các xã phường' -> 'các xã,phường'), and the (rewritten, printed) pairs to give the names back."""
    out = list(text)
    pairs: list[tuple[str, str]] = []
    for m in _PAIR_RE.finditer(text):
        first, space = next((a, sp) for a, sp in (("a1", "sp1"), ("a2", "sp2"), ("a3", "sp3")) if m.group(sp) is not None)
        i = m.start(space)
        second = _SECOND_RE.match(text, i + 1)
        if second is None:
            continue
        after = (second.group("after") or "").strip()
        if after[:1].isupper() or after[:1].isdigit():
            continue  # ('các huyện thành phố Hà Nội', 'các phường quận 1': places of the second level)
        end = second.start("after") if second.group("after") else second.end()
        out[i] = ","
        printed = text[m.start(first):end]
        pairs.append((printed[:i - m.start(first)] + "," + printed[i - m.start(first) + 1:], printed))
    return "".join(out), pairs


def restore_text(s: str, pairs: list[tuple[str, str]]) -> str:
    """``s`` (a name or words read from the rewritten text) as the document prints it."""
    for rewritten, printed in pairs:
        s = s.replace(rewritten, printed)
        s = s.replace(rewritten[:1].upper() + rewritten[1:], printed[:1].upper() + printed[1:])
    return s


def restore(roles: list[OfficeRole], pairs: list[tuple[str, str]]) -> list[OfficeRole]:
    """The roles read from the rewritten text, their names and words as the document prints them."""
    if not pairs:
        return roles
    return [OfficeRole(office=restore_text(r.office, pairs), role=r.role, text=restore_text(r.text, pairs), source=r.source,
                       canonical=r.canonical) for r in roles]
