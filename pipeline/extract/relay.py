"""(relay17) Asks one body passes on from another, and the history a request is sent after.

Two general readings, each for a class session 16 named on unseen text (issue 5):

- `earlier_assignment`: a background sentence that tells what an earlier document asked is history,
  not a task of the item.  Either it says so by its opener ('Trước đó, vào tháng 6/2013, UBND tỉnh đã
  có công văn ... đề nghị được hỗ trợ ...', 'Trước đây, Bộ đã có văn bản yêu cầu ...'), or it reports an
  issued document's ask and then what came of it: the asked body's answer in the same sentence ('Ngày
  28/7/2022, UBND tỉnh ban hành Công văn số 4948/UBND-KTN giao Sở Xây dựng chủ trì ...; Sở Xây dựng đã
  có Báo cáo số 311/BC-SXD ...') or a turn to the present right after it ('Tuy nhiên, đến nay ...',
  'Nay, UBND tỉnh tiếp tục ...', 'Đến nay, ...').  A news lead that reports the item's own document
  ('Ngày 21-4, UBND TP đã có Công văn số 1888/UBND-TKBT đôn đốc ...') has neither and stays a task.

- `drop_named_again`: one task's offices where a shared list is named once whole and once again in part
  ('các Sở, ngành, đơn vị, địa phương liên quan' and 'Đơn vị, địa phương'): the part is the same bodies,
  not new ones.
"""
from __future__ import annotations

import re

from pipeline.extract.docwords import ask_document_alternation
from pipeline.model import OfficeRole

_W = r"(?![^\W_])"

# the opener that places the sentence before the item's news
_EARLIER_OPEN_RE = re.compile(r"^\s*(?:Trước\s+đó|Trước\s+đây|Trước\s+đấy|Trước\s+khi\s+có\s+văn\s+bản\s+này)" + _W + r"\s*,?\s*", re.I)
# what it reports: a completed act or an issued document
_DONE_OR_ISSUED_RE = re.compile(
    r"(?<![^\W_])(?:đã|từng)" + _W +
    r"|(?<![^\W_])(?:ban\s+hành|có|gửi|ký)\s+(?:(?:hỏa|hoả)\s+tốc\s+)?(?:công\s+văn|văn\s+bản|tờ\s+trình|báo\s+cáo|kế\s+hoạch|quyết\s+định|thông\s+báo|chỉ\s+thị|công\s+điện)" + _W,
    re.I)
# a turn to what is asked now: the sentence is not history
_NOW_RE = re.compile(r"(?<![^\W_])(?:nay|đến\s+nay|hiện\s+nay|tiếp\s+tục|sẽ|cần|phải|khẩn\s+trương|tới|sắp\s+tới)" + _W, re.I)

# an issued document named by its number, and the ask it carries
_ISSUED_DOC_ASK_RE = re.compile(
    r"(?<![^\W_])(?:(?:đã|vừa)\s+)?(?:ban\s+hành|có|gửi|ký)\s+" + ask_document_alternation() +
    r"\s+(?:số\s+)?\d+[^;]{0,200}?(?<![^\W_])(?:giao|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|phân\s+công)" + _W, re.I)
# the answer of the body asked, after a ';' ('Sở Xây dựng đã có Báo cáo số ...', 'Sở đã báo cáo ...')
_ANSWERED_RE = re.compile(
    r";\s*(?:(?:và|nhưng)\s+)?(?:(?-i:[A-ZĐ])|(?:các|những)\s)[^;,]{2,80}?\s(?:đã|vừa)\s+(?:có|gửi|ban\s+hành|báo\s+cáo|trình|thực\s+hiện|triển\s+khai|hoàn\s+thành)" + _W, re.I)
# a turn to the present right after the history ('Tuy nhiên, đến nay ...', 'Nay, ...', 'Đến nay, ...')
_TURN_TO_NOW_RE = re.compile(r"^\s*(?:(?:Tuy\s+nhiên|Nhưng|Song)\s*,?\s*)?(?:đến\s+nay|nay|hiện\s+nay|tính\s+đến\s+nay)" + _W, re.I)


def earlier_assignment(t: str, following: str | None = None) -> bool:
    """The sentence tells what an earlier document asked (see the module docstring); `following` is
    the next sentence of the body, if any."""
    m = _EARLIER_OPEN_RE.match(t)
    if m:
        rest = t[m.end():]
        done = _DONE_OR_ISSUED_RE.search(rest)
        return done is not None and not _NOW_RE.search(rest[:done.start()]) \
            and not _NOW_RE.search(re.sub(r"\([^)]*\)", " ", rest[done.end():]))
    ask = _ISSUED_DOC_ASK_RE.search(t)
    if ask is None or _NOW_RE.search(t[:ask.start()]):
        return False
    if _ANSWERED_RE.search(t, ask.end()):
        return True
    return following is not None and _TURN_TO_NOW_RE.match(following) is not None


def _list_key(name: str) -> str:
    s = re.sub(r"\s+", " ", name.casefold()).strip(" ,.;")
    s = re.sub(r"^(?:các|những|tất cả các)\s+", "", s)
    s = re.sub(r"\s+(?:có\s+)?liên\s+quan$", "", s)
    return s


def _only_inside(part: str, whole: str, t: str) -> bool:
    """Every mention of `part` in the sentence lies inside a mention of `whole` (and there is one)."""
    if not part or not whole:
        return False
    inside = [m.span() for m in re.finditer(re.escape(whole), t, re.I)]
    spots = [m.start() for m in re.finditer(re.escape(part), t, re.I)]
    return bool(spots) and all(any(a <= p < b for a, b in inside) for p in spots)


def drop_named_again(roles: list[OfficeRole], t: str) -> list[OfficeRole]:
    """Drop a doer whose name is a trailing part of a comma list another doer of the same task names
    whole ('Đơn vị, địa phương' beside 'Các Sở, ngành, đơn vị, địa phương liên quan'). Only a part that
    is itself a list of kinds (it holds a comma), starts right after a comma of the whole, and is read
    in the sentence `t` only inside the whole: a list a lead-in hands down ('phối hợp với các cơ quan,
    địa phương:') beside the item's own ('các bộ, cơ quan, địa phương') is a second office."""
    doers = [r for r in roles if r.role in ("lead", "support")]
    if len(doers) < 2:
        return roles
    keys = [_list_key(r.office) for r in doers]
    drop: set[int] = set()
    for i, k in enumerate(keys):
        if "," not in k or doers[i].role == "lead":
            continue
        for j, other in enumerate(keys):
            if j != i and j not in drop and len(other) > len(k) and re.search(r",\s*" + re.escape(k) + r"$", other) \
                    and _only_inside((doers[i].text or doers[i].office).strip(), (doers[j].text or doers[j].office).strip(), t):
                drop.add(i)
                break
    if not drop:
        return roles
    gone = {id(doers[i]) for i in drop}
    return [r for r in roles if id(r) not in gone]


# ---------------------------------------------------------------------------------------------
# Who does an ask that is passed on: the genre decides 'X có văn bản đề nghị Y'

# a letter's own frame: the national motto, its number line, its addressees
_FRAME_RE = re.compile(r"^\s*(?:CỘNG\s+HÒA\s+XÃ\s+HỘI|CỘNG\s+HOÀ\s+XÃ\s+HỘI|Số\s*:|Kính\s+gửi\s*:?)", re.I)


def reads_as_report(lines: list[str], addressees: list[str] | None = None) -> bool:
    """A press or portal item that reports documents, not a document speaking in its own voice: no
    addressees ('Kính gửi'), and no national motto or number line among its first lines."""
    if addressees:
        return False
    return not any(_FRAME_RE.match(x) for x in lines[:15])


# 'X có văn bản (hỏa tốc) đề nghị / yêu cầu / chỉ đạo Y ...' with no tense marker and no number: in a
# directive it tells X to write (X the doer, a4 'BHXH các tỉnh có văn bản đề nghị các cơ sở KCB ...'); in
# a report it tells what X's letter asks (Y the doer), as 'X vừa có văn bản ...' does
_BARE_LETTER_ASK_RE = re.compile(
    r"(?<![^\W_])(?P<have>có)\s+" + ask_document_alternation() + r"(?:\s+(?:hỏa|hoả)\s+tốc|\s+khẩn)?\s*,?\s+"
    r"(?=(?:đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|giao)\s)", re.I)
_TENSE_BEFORE_RE = re.compile(r"(?<![^\W_])(?:vừa|đã|mới|sẽ|cần|phải)\s+$", re.I)


def reported_letter_text(t: str) -> str | None:
    """The sentence with the report's tense made explicit ('X vừa có văn bản đề nghị Y ...'), when it
    tells a letter's ask with no tense marker of its own; None otherwise."""
    m = _BARE_LETTER_ASK_RE.search(t)
    if m is None or _TENSE_BEFORE_RE.search(t[:m.start()]):
        return None
    return t[:m.start()] + "vừa " + t[m.start():]


# the speaker of an ask or the sender of a letter: a body named only before such a verb
_SPEAKS_AFTER_RE = (r"\s*(?:,\s*)?(?:(?:cũng|tiếp\s+tục|đã|vừa|mới|còn|lại|đồng\s+thời)\s+)*"
                    # (an ask names whom it asks next: 'UBND quận, huyện yêu cầu tập trung ...' is a body
                    # told to press on, and 'X chỉ đạo kiểm tra ...', 'X giao ...' are X's own duties)
                    r"(?:(?:đề\s+nghị|yêu\s+cầu|kiến\s+nghị)\s+(?=(?-i:[A-ZĐ])|(?:các|những|toàn\s+thể)\s)"
                    r"|(?:có|gửi)\s+(?:văn\s+bản|công\s+văn|công\s+điện|thông\s+báo|thư)(?![^\W_])"
                    r"|gửi\s+(?:văn\s+bản|công\s+văn)\s+(?:đến|tới|cho)(?![^\W_]))")


_REPORTED_TO_BEFORE_RE = re.compile(r"(?<![^\W_])(?:báo\s+cáo|trình|đề\s+xuất|gửi(?:\s+về)?|về|qua|tham\s+mưu)\s+$", re.I)


_CLAUSE_START_RE = re.compile(r"(?:^|[;.:]\s*|,\s*)(?:(?:Theo\s+đó|Đồng\s+thời|Nay|Ngoài\s+ra|Bên\s+cạnh\s+đó|Mặt\s+khác)\s*,?\s*)?$", re.I)


def drop_speakers(roles: list[OfficeRole], t: str) -> list[OfficeRole]:
    """Drop a doer named in the sentence only as the one who asks or sends ('UBND tỉnh tiếp tục gửi văn
    bản đến Sở Xây dựng; UBND tỉnh đề nghị Sở Xây dựng ...': UBND tỉnh passes the ask on, Sở Xây dựng
    does it), when another doer is left."""
    doers = [r for r in roles if r.role in ("lead", "support")]
    if len(doers) < 2:
        return roles
    gone: set[int] = set()
    for r in doers:
        w = (r.text or r.office).strip()
        if not w:
            continue
        spots = list(re.finditer(r"(?<![^\W_])" + re.escape(w) + r"(?![^\W_])", t, re.I))
        # (a body reported to is no doer either: 'báo cáo UBND tỉnh trước ngày ...')
        spots = [m for m in spots if not _REPORTED_TO_BEFORE_RE.search(t[:m.start()])]
        # (a speaker opens its clause: 'Sở A phối hợp với Sở B đề nghị UBND tỉnh ...' keeps Sở B)
        if spots and all(_CLAUSE_START_RE.search(t[:m.start()]) and re.match(_SPEAKS_AFTER_RE, t[m.end():], re.I) for m in spots):
            gone.add(id(r))
    if not gone or len(gone) == len(doers):
        return roles
    kept = [r for r in roles if id(r) not in gone]
    if not any(r.role == "lead" for r in kept):
        return roles
    return kept


# 'chỉ đạo Công an tỉnh phối hợp với các sở, ngành liên quan ...': the partners of a body the doer
# directs work with that body, and are no more offices than it is (the rule of 'Chỉ đạo X')
_DIRECTED_PARTNERS_BEFORE_RE = re.compile(
    r"(?<![^\W_])(?<!Ban\s)(?<!ban\s)chỉ\s+đạo\s+(?!(?:và|,)\s)[^;:,]{2,80}?(?<![^\W_])phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?\s+(?:[^;:]{0,80}?,\s*)?$")


def drop_directed_partners(roles: list[OfficeRole], t: str) -> list[OfficeRole]:
    """Drop a supporting body named only as the partner of a body the doer directs ('Chủ tịch UBND tỉnh
    chỉ đạo ...; đồng thời chỉ đạo Công an tỉnh phối hợp với các sở, ngành liên quan chấn chỉnh ...'). Only
    where the directed body runs straight into 'phối hợp' (no comma between): in 'chỉ đạo các xã tổ chức
    ..., phối hợp với Công an huyện ...' the doer itself may be the one working with Công an huyện."""
    gone: set[int] = set()
    for r in roles:
        if r.role != "support":
            continue
        w = (r.text or r.office).strip()
        spots = list(re.finditer(r"(?<![^\W_])" + re.escape(w) + r"(?![^\W_])", t, re.I)) if w else []
        if spots and all(_DIRECTED_PARTNERS_BEFORE_RE.search(t[:m.start()]) for m in spots):
            gone.add(id(r))
    if not gone or not any(r.role == "lead" and id(r) not in gone for r in roles):
        return roles
    return [r for r in roles if id(r) not in gone]
