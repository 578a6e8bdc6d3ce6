"""(office34) Two asks in one sentence, each naming its own addressees: one list of doers.

Why: a speaker may ask its own units with one verb and a body outside its command with a politer
one, in a single sentence that then names the work once: 'Giám đốc Sở ... yêu cầu Thủ trưởng các
đơn vị trực thuộc, các chủ rừng nhà nước và đề nghị UBND các huyện, thị xã, thành phố bố trí lực
lượng ...' (measure27's class (O2)); 'Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành tỉnh, UBND các
huyện, thành phố và đề nghị các tổ chức đoàn thể tỉnh thực hiện một số nội dung trọng tâm sau:'.
Both lists do the work (ANNOTATION.md: every body the text makes responsible), co-equal; the reader
took the first list as the sentence's subject and dropped the bodies after the second verb.

The sentence is read as if the second verb were not there ('yêu cầu A, B và C bố trí ...'), but only
when the stretch between the two verbs is a list of bodies and nothing else. When the first
addressee has work of its own before the second verb ('giao Sở Y tế tổng hợp và đề nghị Bộ Y tế hỗ
trợ ...'), the second ask may be the first body's own request to another (a proposal to a higher
body, who is no office), so the sentence is left as it was. A joint by 'đồng thời' is left to the
older reading of a second request (offices._ALSO_ASKS_RE), and 'Xét đề nghị', 'theo đề nghị' (a
request received) are no asks."""
from __future__ import annotations

import re
from typing import Callable

_TWO_ASKS_RE = re.compile(
    r"(?<![^\W_])(?<!Xét\s)(?<!xét\s)(?<!theo\s)(?<!Theo\s)(?<!kiến\s)"
    r"(?P<first>yêu\s+cầu|đề\s+nghị|giao(?:\s+cho)?)\s+(?P<list>[^.;:()]{3,240}?)"
    r"(?P<join>\s*,\s*|\s+và\s+)(?P<second>đề\s+nghị|yêu\s+cầu)\s+(?=\S)")

_WORD_RE = re.compile(r"[^\W_]+(?:[-/&.][^\W_]+)*")


def _words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def only_bodies(stretch: str, split: Callable[[str], list[tuple[str, str]]]) -> bool:
    """Is ``stretch`` a list of bodies and no more ('Thủ trưởng các đơn vị trực thuộc, các chủ rừng nhà
    nước')? The names ``split`` reads in it must cover every word but the joining 'và'."""
    names = split(stretch)
    if not names:
        return False
    covered = sum(_words(written) for _, written in names)
    return covered >= _words(stretch) - len(re.findall(r"(?<![^\W_])và(?![^\W_])", stretch))


def two_asks_as_one(text: str, split: Callable[[str], list[tuple[str, str]]],
                    opens_on_body: Callable[[str], bool]) -> str:
    """``text`` with the second of two ask verbs dropped when the first verb's addressees are only a
    list of bodies and the second verb's open on a body: 'yêu cầu A, B và đề nghị C làm ...' ->
    'yêu cầu A, B và C làm ...'. Any other sentence comes back unchanged."""
    for m in _TWO_ASKS_RE.finditer(text):
        rest = text[m.end():]
        if not opens_on_body(m.group("list")) or not opens_on_body(rest):
            continue
        if not only_bodies(m.group("list"), split):
            continue
        join = m.group("join")
        # (a comma before the second verb joins the lists with a comma; 'và' stays)
        return text[:m.start("join")] + (", " if "," in join else " và ") + rest
    return text
