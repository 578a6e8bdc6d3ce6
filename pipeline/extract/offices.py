"""Offices: the gazetteer (models/gazetteer.tsv), matching in text, and roles in a sentence.

Matching is exact on a normalised form (case, dash and tone-placement variants folded, which
keeps character offsets), then fuzzy with rapidfuzz for typos and spelling variants
('Sở Lao động - Thương binh và xã hội', 'Phòng Tài chính Kế hoạch').  A match is extended by
the jurisdiction the text gives ('Thanh tra' + ' huyện', 'Ủy ban nhân dân' + ' các xã, thị
trấn').  A body is named as the document writes it (ANNOTATION.md: 'as written, abbreviations
allowed'): 'Sở Văn hóa - Thể thao và Du lịch' stays so although the gazetteer's canonical name
has commas, 'phòng CNTT' stays 'Phòng CNTT'.  The canonical name (the gazetteer's, with the
jurisdiction) is kept beside it for grouping (:meth:`Gazetteer.canonical_of`, OfficeRole.canonical).

Roles come from where an office stands in the sentence, not from its mere mention: the
subject ('Sở Y tế chủ trì ...', 'Giao Sở X ...', 'Đề nghị X:'), 'X chủ trì' (lead), 'phối hợp
với Y' (support), 'báo cáo X' / 'gửi X' (report-to, not an office of the task).  Bodies named
after 'chỉ đạo', 'tham mưu', 'của', 'theo hướng dẫn của' are not responsible for the task
(ANNOTATION.md).
"""
from __future__ import annotations

import csv
import re
from pipeline.extract.jointwork import joint_work_as_partners
from pipeline.extract.comradepost import blank_comrades_before_post
from pipeline.extract.twoasks import two_asks_as_one
from pipeline.extract.barelevels import bare_level_doers
from pipeline.extract.examplebodies import elected_deputies, example_bodies
from pipeline.extract.remindasks import comma_clause_doers, con_topic_as_topic, praise_then_ask_roles, reminder_as_ask  # office23
from pipeline.extract.sentto import sent_addressees_span  # office24
from pipeline.extract.askchain import bare_place_as_committee, chain_as_ask  # points21
from pipeline.extract.projectboards import project_board_spans
from pipeline.extract.committeefields import about_committee_spans  # office26
from pipeline.extract.leaderslist import leaders_list_member  # office44
from pipeline.extract.gluedverbs import unglue_verbs  # office26
from pipeline.extract.longopener import late_issuer_subject  # office36
from pipeline.extract.underbody import join_units_to_parent  # office36
from pipeline.extract.levelpairs import comma_level_pairs, restore as restore_level_pairs, restore_text as restore_level_text  # office41
from pipeline.extract.senderletter import letter_addressees_ask  # office43
from pipeline.extract.countedbodies import counted_bodies, restore as restore_counts  # office43
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from pipeline.model import OfficeRole

# ------------------------------------------------------------------ normalisation

_TONE_FOLD = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe",
              "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
_TONE_RE = re.compile("(" + "|".join(_TONE_FOLD) + ")", re.I)
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"})


def fold_same_length(text: str) -> str:
    """Old/new tone placement and dash variants folded, without changing the length (so
    offsets found in the folded text are offsets in the original)."""
    text = unicodedata.normalize("NFC", text).translate(_DASHES)

    def sub(m: re.Match) -> str:
        new = _TONE_FOLD[m.group(0).lower()]
        return "".join(n.upper() if o.isupper() else n for o, n in zip(m.group(0), new))

    return _TONE_RE.sub(sub, text)


_TONE_NEW_TO_OLD = {new: old for old, new in _TONE_FOLD.items()}


def tone_insensitive(pattern: str) -> str:
    """A regex source in which every new-style tone pair ('ủy', 'hòa') also matches the
    old-style placement ('uỷ', 'hoà').  Why: Party and older documents write 'Đảng uỷ',
    'Quân uỷ', 'tỉnh uỷ' (blind round 2: a Politburo programme), and a head word written one way
    must not lose the body written the other way."""
    return re.sub("|".join(map(re.escape, _TONE_NEW_TO_OLD)),
                  lambda m: f"(?:{m.group(0)}|{_TONE_NEW_TO_OLD[m.group(0)]})", pattern)


def _variant_pattern(v: str) -> str:
    out = []
    # (the comma takes the spaces around it: 'phòng, chống' is 'phòng' + separator + 'chống')
    for ch in re.sub(r"\s*,\s*", ",", fold_same_length(v)):
        if ch == " ":
            out.append(r"\s+")
        elif ch == "-":
            out.append(r"\s*-\s*")
        elif ch == "&":
            out.append(r"\s*&\s*")
        elif ch == ",":
            # ('Ban Chỉ huy Phòng chống thiên tai ...', 'Bộ Văn hóa Thể thao và Du lịch': the comma
            # of a name is often left out in running text; the name is the same)
            out.append(r"(?:\s*,\s*|\s+)")
        else:
            out.append(re.escape(ch))
    return "".join(out)


# a capitalised word after a level names the place ('huyện Yên Thế'), unless it opens one of the
# assignment verbs a table cell or a heading prints capitalised ('Ủy ban nhân dân cấp tỉnh Chỉ đạo
# Sở X ...', 'Bộ Công Thương Chủ trì, phối hợp ...')
_CAP_VERB = r"(?:Chủ\s+trì|Chỉ\s+đạo|Phối\s+hợp|Có\s+trách\s+nhiệm|Chịu\s+trách\s+nhiệm|Hướng\s+dẫn|Tổ\s+chức|Thực\s+hiện|Cân\s+đối|Theo\s+dõi)(?![^\W_])"
_PLACE_WORD = rf"(?!{_CAP_VERB})[A-ZĐÂĂÊÔƠƯ][^\s,;.:()]*"
_JUR_WORD = r"(?:tỉnh|huyện|xã|phường|thị trấn|thành phố|thị xã|quận|đặc khu)"
JURISDICTION_RE = re.compile(
    # ('Ủy ban nhân dân các tỉnh và thành phố trực thuộc trung ương': the levels joined by 'và')
    # ('Trưởng phòng GD&ĐT các quận huyện': two levels printed side by side without a comma)
    # (office26: 'Cục Thống kê các tỉnh/thành phố', 'UBND các quận-huyện', 'Chủ tịch UBND các xã - thị trấn': two
    # levels printed as alternatives with '/' or a dash, 122 times in the gazette corpus; the name had stopped
    # at the first level)
    # ('Ủy ban nhân dân cấp huyện, cấp xã', 'Thường trực Hội đồng nhân dân tỉnh, cấp xã': 'cấp' printed again
    # before the next level; counted at 39dd6bf3: 4 gazette documents, 2 development texts, 3 office_spans rows)
    rf"(?:\s+(?:các\s+)?(?:cấp\s+)?{_JUR_WORD}(?:(?:\s*,\s*|\s*/\s*|\s*[-–]\s*|\s+và\s+|\s+(?=huyện(?![^\W\d_])))(?:các\s+|cấp\s+)?{_JUR_WORD}(?![^\W\d_]))*"
    # ('UBND các xã, phường ven biển', 'các tỉnh biên giới'): the units picked out by where they lie
    rf"(?:\s+(?:ven\s+biển|biên\s+giới)(?![^\W_]))?"
    rf"(?:\s+(?:trực\s+thuộc\s+(?:Trung|trung)\s+ương|{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}))?"
    # 'TP. Hồ Chí Minh', 'TP.HCM', 'Tp. Đà Nẵng': the abbreviation's dot is not a sentence end
    rf"|\s+(?:TP|Tp|T\.P)\.\s*{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}"
    rf"|\s+cùng\s+cấp|\s+các\s+cấp(?![^\W_])|\s+(?:Trung|trung)\s+ương|\s+{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}(?=\s*(?:[,;.:)]|$|\s+(?:và|chủ|phối|có|chịu|là|làm))))?"
)
# bodies that never take a place after them: the match must not eat the next office's name
_NO_PLACE = {"collective", "ministry", "agency"}


@dataclass
class OfficeMatch:
    start: int
    end: int
    text: str  # as written, with the jurisdiction
    canonical: str  # canonical name + jurisdiction as written
    kind: str
    score: float = 100.0
    name: str = ""  # the name as written (whitespace folded, capital first) + jurisdiction

    def __post_init__(self) -> None:
        if not self.name:
            self.name = self.canonical


_KEY_ABBREV = {"ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "mttq": "mặt trận tổ quốc", "ub": "ủy ban"}


def office_key(name: str) -> str:
    """A key under which two spellings of one body compare equal ('UBND huyện' / 'Ủy ban nhân
    dân huyện', 'Sở Văn hóa, Thể thao …' / 'Sở Văn hóa - Thể thao …'): tone placement, case,
    punctuation and the commonest abbreviations folded."""
    words = re.findall(r"[^\W_]+", fold_same_length(name).casefold())
    return " ".join(_KEY_ABBREV.get(w, w) for w in words)


def display_name(written: str) -> str:
    """The name as the document writes it: whitespace folded, first letter capital (a body
    named mid-sentence in lower case, 'phối hợp phòng CNTT', is still a name)."""
    written = re.sub(r"\s+", " ", written).strip().replace(" ,", ",")
    return written[:1].upper() + written[1:]


# A committee named by its fields (reach17): 'Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai
# và Tìm kiếm cứu nạn tỉnh' (the 2025 committees that merged civil defence, disaster prevention and
# search and rescue), 'Ban Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình tỉnh Hà Giang', 'BCĐ Phòng,
# chống dịch - Y tế huyện': a head ('Ban Chỉ huy / Ban Chỉ đạo / BCH / BCĐ'), a capitalised field
# and more fields joined by ' - ', ',', 'và' or '&', closed by its level ('tỉnh', 'huyện', 'xã',
# 'quốc gia', 'các cấp' ...).  The gazetteer knows a few such names whole and the generic reading
# stops at the dash or at a capitalised field after 'và'; the level word that closes the name is
# the evidence that the fields between belong to it.
_COMMITTEE_HEAD_RE = re.compile(r"(?<![^\W_])(?:Ban\s+[Cc]hỉ\s+(?:huy|đạo)|BCH|BCĐ)\s+(?:công\s+tác\s+)?(?=[A-ZĐ]|phòng\s*,\s*chống\s)")
# (office33) a committee named by ONE field and closed by its level, in any case: 'Ban Chỉ đạo cải cách hành chính
# tỉnh có trách nhiệm ...' (unseen26 ex9), 'Ban Chỉ đạo Phòng thủ dân sự quốc gia' (development t2): the name was cut
# to 'Ban Chỉ đạo' (the reading above wants two fields joined).  One field of a few words, no plural, stop word or
# body in it; in lower case only before the sentence's verb (`_single_field_committee`)
_COMMITTEE_ONE_FIELD_HEAD_RE = re.compile(r"(?<![^\W_])(?:Ban\s+[Cc]hỉ\s+(?:huy|đạo)|BCH|BCĐ)\s+(?=[^\W\d_])")
_COMMITTEE_LEVEL_RE = re.compile(
    r"(?<![^\W_])(?:tỉnh|huyện|xã|phường|thị\s+trấn|thành\s+phố|thị\s+xã|quận|đặc\s+khu|quốc\s+gia|"
    # (office21: 'các ngành, các cấp': the committees of every sector and level, one name)
    r"(?:Trung|trung)\s+ương|các\s+ngành\s*,\s*các\s+cấp|các\s+cấp)(?![^\W_])")
_COMMITTEE_JOIN_RE = re.compile(r"\s*[-–&]\s*|\s*,\s*|\s+và\s+")
# words no committee's field holds: a verb of the sentence, a preposition that starts a phrase of
# its own, a plural that starts another party
_COMMITTEE_STOP_RE = re.compile(
    r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|giao|chủ\s+trì|phối\s+hợp|triển\s+khai|thực\s+hiện|theo\s+dõi|"
    r"khẩn\s+trương|chịu|là|được|đã|đang|sẽ|cần|phải|có|của|cho|với|tại|trên|về|theo|để|nhằm|gồm|thuộc)(?![^\W_])", re.I)


def _opens_other_body(rest: str) -> bool:
    return bool(BODY_HEAD_RE.match(rest) or re.match(r"(?:các|những|mọi|UBND|HĐND|Sở|Bộ|Công\s+an)(?![^\W_])", rest, re.I))


# (office21) 'Phòng, chống' is one field whose comma belongs to it: 'Ban Chỉ đạo Phòng, chống dịch và Sở Y
# tế tỉnh', 'Ban chỉ đạo Phòng, chống dịch phối hợp ...' name the committee up to the join that opens
# another body or the sentence's verb, with no level word to close it
_STOCK_PAIR_FIELD_RE = re.compile(r"[Pp]hòng\s*,\s*chống(?![^\W_])")


def _stock_pair_committee(window: str) -> int:
    """The length of a committee's fields opened by 'Phòng, chống' and run to the next body, verb or
    stop, or 0 (office21)."""
    if not _STOCK_PAIR_FIELD_RE.match(window):
        return 0
    end = len(window)
    st = _COMMITTEE_STOP_RE.search(window)
    if st:
        end = st.start()
    for k in _COMMITTEE_JOIN_RE.finditer(window, 0, end):
        if k.start() > 6 and _opens_other_body(window[k.end():]):
            end = k.start()
            break
    plural = re.search(r"\s(?:các|những|mọi)\s", window[:end])
    if plural:
        end = plural.start()
    end = len(window[:end].rstrip(" ,"))
    words = window[:end].split()
    return end if 3 <= len(words) <= 12 else 0


def _single_field_committee(folded: str, at: int) -> int | None:
    """Where a committee named by one field from ``at`` and closed by its level (and the place after it) ends, or
    None (office33, `_COMMITTEE_ONE_FIELD_HEAD_RE`)."""
    window = folded[at:at + 120]
    stop = re.search(r"[.;:()\n,&]|\s[-–]\s|\s(?:và|hoặc)\s", window)
    window = window[:stop.start()] if stop else window
    lv = _COMMITTEE_LEVEL_RE.search(window)
    if not lv or lv.start() == 0 or lv.group(0).startswith("các"):
        return None
    fields = window[:lv.start()].strip()
    if not 1 <= len(fields.split()) <= 8 or _COMMITTEE_STOP_RE.search(fields) \
            or re.search(r"(?<![^\W_])(?:các|những|mọi|toàn|do)(?![^\W_])|/", fields, re.I) or _opens_other_body(fields) \
            or BODY_HEAD_RE.search(fields):
        return None
    end = at + lv.end()
    # the place printed after the level ('tỉnh Nghệ An') goes with it, as for a committee of several fields
    place = re.match(r"(?:[ \t]+(?-i:[A-ZĐ])[^\s,;.:()]*){1,4}", folded[end:])
    after = folded[end + (place.end() if place else 0):]
    if fields[:1].islower() and not re.match(r"\s*(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|phải|cần|chủ\s+trì|phối\s+hợp)(?![^\W_])", after) \
            and not (re.match(r"\s+", after) and _VERB_RE.match(after.lstrip())):
        return None
    return end + (place.end() if place else 0)


def _committee_names(text: str, folded: str) -> list[OfficeMatch]:
    """Committees named by their fields and closed by their level (see `_COMMITTEE_HEAD_RE`):
    one match each, the level and the place after it included."""
    out: list[OfficeMatch] = []
    for h in _COMMITTEE_HEAD_RE.finditer(folded):
        window = folded[h.end():h.end() + 180]
        stop = re.search(r"[.;:()\n]|\s[-–]\s*(?:Ảnh|ảnh)", window)
        if stop:
            window = window[:stop.start()]
        lv = _COMMITTEE_LEVEL_RE.search(window)
        fields = window[:lv.start()].rstrip() if lv and lv.start() > 0 else ""
        # each joined field opens no body of its own ('..., các sở, ngành', '... và Sở Y tế')
        rests = [fields[k.end():] for k in _COMMITTEE_JOIN_RE.finditer(fields)]
        if not fields or not rests or len(fields.split()) > 16 or _COMMITTEE_STOP_RE.search(fields) \
                or any(not r or _opens_other_body(r) for r in rests):
            stock = _stock_pair_committee(window)
            if stock:
                end = h.end() + stock
                written = text[h.start():end]
                out.append(OfficeMatch(h.start(), end, written, display_name(written), "body", name=display_name(written)))
            continue
        end = h.end() + lv.start()
        j = JURISDICTION_RE.match(folded, end - 1) if folded[end - 1:end].isspace() else None
        end = j.end() if j and j.group(0).strip() else h.end() + lv.end()
        written = text[h.start():end]
        name = display_name(written)
        out.append(OfficeMatch(h.start(), end, written, name, "body", name=name))
    for h in _COMMITTEE_ONE_FIELD_HEAD_RE.finditer(folded):
        if any(o.start <= h.start() < o.end for o in out):
            continue
        end = _single_field_committee(folded, h.end())
        if end:
            written = text[h.start():end]
            out.append(OfficeMatch(h.start(), end, written, display_name(written), "body", name=display_name(written)))
    # (office26) a committee named by its subject after 'về' ('Ban Chỉ đạo Trung ương về hoàn thiện thể
    # chế, pháp luật'): committeefields.py
    for start, end in about_committee_spans(folded, _opens_other_body, lambda rest: bool(_VERB_RE.match(rest))):
        if any(o.start <= start < o.end for o in out):
            continue
        written = text[start:end]
        out.append(OfficeMatch(start, end, written, display_name(written), "body", name=display_name(written)))
    # (office29) a project board named by its works and closed by its level or number ('Ban Quản lý dự án đầu
    # tư xây dựng công trình giao thông tỉnh', 'Ban Giải toả đền bù các dự án Đầu tư – Xây dựng số 1'):
    # projectboards.py; after a level the place goes with it, as for a committee
    for start, close, end in project_board_spans(folded, _opens_other_body):
        if any(o.start <= start < o.end for o in out):
            continue
        if not folded.startswith("số", close) and folded[close - 1:close].isspace():
            j = JURISDICTION_RE.match(folded, close - 1)
            end = max(end, j.end()) if j and j.group(0).strip() else end
        written = text[start:end]
        out.append(OfficeMatch(start, end, written, display_name(written), "body", name=display_name(written)))
    return out


# heads a directive abbreviates before a name it writes out ('BQL dự án đầu tư xây dựng tỉnh',
# 'BQL Khu kinh tế', 'BQL các khu công nghiệp'): each known 'Ban Quản lý ...' is known as 'BQL ...'
# too (reach17)
_ABBREVIATED_HEADS = (("ban quản lý ", "bql "),)


def _abbreviated_head_variants(variants: dict[str, str]) -> list[tuple[str, str]]:
    out = []
    for v, c in variants.items():
        for full, short in _ABBREVIATED_HEADS:
            if v.startswith(fold_same_length(full)):
                out.append((short + v[len(full):], c))
    return out


# the issuer's own head, bare, after '(trực) thuộc': no name follows it ('... trực thuộc Bộ chịu trách nhiệm')
_BARE_PARENT_RE = re.compile(r"\s+(?:Bộ|Sở|Tổng\s+cục|Cục|Ban|Viện)(?![^\W_])(?!\s+(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ]))")


class Gazetteer:
    """The office list and its matchers; load once with :func:`load_gazetteer`."""

    def __init__(self, rows: list[dict]):
        self.rows = rows
        self.canon_kind: dict[str, str] = {}
        self.variant_to_canon: dict[str, str] = {}
        for r in rows:
            self.canon_kind.setdefault(r["canonical"], r["kind"])
            self.variant_to_canon[fold_same_length(r["variant"]).casefold()] = r["canonical"]
        for v, c in _abbreviated_head_variants(self.variant_to_canon):
            self.variant_to_canon.setdefault(v, c)
        variants = sorted(self.variant_to_canon, key=len, reverse=True)
        self._regex = re.compile(
            r"(?<![^\W_])(" + "|".join(_variant_pattern(v) for v in variants) + r")(?![^\W_]|&)", re.I
        )
        self._fuzzy_choices = variants
        self._heads = re.compile(
            r"(?<![^\W_])(?:Sở|Phòng|Bộ|Ban|Trung ?tâm|Thanh ?tra|Văn ?phòng|Chi ?cục|Cục|Tổng ?cục|Hội|Liên ?đoàn|Kho ?bạc|Ủy ?ban|Uỷ ?ban)\s"
        )

    def canonical_of(self, name: str) -> str:
        """The canonical name of a body named ``name`` (as written): the gazetteer's name with
        the jurisdiction kept when ``name`` is one body it knows, else ``name`` itself."""
        cache = self.__dict__.setdefault("_canon_cache", {})
        if name not in cache:
            found = self.find(name, fuzzy=False)
            cache[name] = found[0].canonical if len(found) == 1 and found[0].start == 0 and found[0].end >= len(name.rstrip(" .,;")) else name
        return cache[name]

    def lookup(self, written: str) -> str | None:
        return self.variant_to_canon.get(re.sub(r"\s+", " ", fold_same_length(written)).casefold().strip())

    def find(self, text: str, fuzzy: bool = True) -> list[OfficeMatch]:
        """Offices in ``text``, longest first, not overlapping, in reading order.

        Why a memo: the extractor asks the same sentence again and again (``_subject_at`` per
        opener, ``_split_office_list``, ``canonical_of``): on samples/text two calls in three repeat
        one of the same document. The answer is a pure function of the text and this (immutable)
        gazetteer, so :func:`_memo_find` keeps it per process; each caller gets its own copies."""
        return [_copied(m) for m in _memo_find(self, text, fuzzy)]

    def _find_uncached(self, text: str, fuzzy: bool = True) -> list[OfficeMatch]:
        """What :meth:`find` answers, computed: the variants' regex, the committees named by their
        fields, then (``fuzzy``) rapidfuzz over the heads no match covers."""
        folded = fold_same_length(text)
        out: list[OfficeMatch] = []
        committees = _committee_names(text, folded)
        for m in self._regex.finditer(folded):
            if out and m.start() < out[-1].end:
                continue  # inside the jurisdiction of the previous match ('UBND các xã, thị trấn')
            if re.search(r"(?:Tổng|tổng)\s+$", folded[max(0, m.start() - 6):m.start()]):
                continue  # 'Cục ...' inside 'Tổng Cục ...'
            if re.search(r"(?<![^\W_])(?:Bộ|Sở|Cục|Ban|Phòng)\s+$", folded[max(0, m.start() - 5):m.start()]):
                continue  # 'Bộ Tổng tham mưu': part of a longer name
            if re.search(r"(?<![^\W_])(?:Luật|Bộ\s+luật|Pháp\s+lệnh)\s+$", folded[max(0, m.start() - 12):m.start()]):
                continue  # 'theo quy định của Luật Bảo hiểm xã hội': the name of a law, no body
            written = m.group(1)
            key = re.sub(r"\s*-\s*", "-", re.sub(r"\s+", " ", written)).casefold()
            canon = self.variant_to_canon.get(key) or self.variant_to_canon.get(re.sub(r"\s+", " ", written).casefold())
            if canon is None:
                canon = self._canon_loose(written)
            kind = self.canon_kind.get(canon, "body")
            # a bare lower-case mention ('công tác thanh tra', 'lực lượng công an') is not a body
            if kind != "collective" and written[:1].islower() and not re.search(r"[A-ZĐ]", written):
                continue
            end = m.end()
            if kind not in _NO_PLACE:
                j = JURISDICTION_RE.match(folded, end)
                if j and j.group(0).strip():
                    end = j.end()
            elif written.rstrip().endswith("thuộc"):
                # (office26) 'Thủ trưởng các đơn vị trực thuộc Bộ', 'các đơn vị trực thuộc Sở': the issuer's bare
                # head closes the collective's name (a named parent, 'trực thuộc Sở Y tế', is read as before)
                bare = _BARE_PARENT_RE.match(folded, end)
                if bare:
                    end = bare.end()
            written_full = text[m.start():end]
            if kind == "collective":
                name = canon
            else:
                name = canon + re.sub(r"\s+", " ", text[m.end():end]).replace(" ,", ",")
            out.append(OfficeMatch(m.start(), end, written_full, name.strip(), kind,
                                   name=display_name(written_full.rstrip(" ,;"))))
        if committees:
            # (a committee named by its fields replaces the shorter matches inside it -- the head 'Ban Chỉ
            # đạo', a field read as a body -- unless the gazetteer knows the same name whole, which keeps
            # its canonical name: 'Ban Chỉ huy PCTT và TKCN tỉnh')
            for c in committees:
                if any(o.start == c.start and o.end >= c.end for o in out):
                    continue
                out = [o for o in out if not (c.start <= o.start < c.end or o.start < c.start < o.end)] + [c]
            out.sort(key=lambda o: o.start)
        if fuzzy:
            out += self._fuzzy(text, folded, out)
        out.sort(key=lambda o: o.start)
        return out

    def _canon_loose(self, written: str) -> str:
        key = re.sub(r"[\s\-&,]+", "", written).casefold()
        for v, c in self.variant_to_canon.items():
            if re.sub(r"[\s\-&,]+", "", v) == key:
                return c
        return written

    def _fuzzy(self, text: str, folded: str, taken: list[OfficeMatch]) -> list[OfficeMatch]:
        found: list[OfficeMatch] = []
        for h in self._heads.finditer(folded):
            if any(o.start <= h.start() < o.end for o in taken + found):
                continue
            words = re.finditer(r"\S+", folded[h.start():h.start() + 90])
            ends = [w.end() for w in words]
            best = None
            for n in range(3, min(len(ends), 9) + 1):
                cand = folded[h.start():h.start() + ends[n - 1]].rstrip(",;.:")
                r = process.extractOne(cand.casefold(), self._fuzzy_choices, scorer=fuzz.ratio, score_cutoff=90)
                if r and (best is None or r[1] >= best[1]):
                    best = (cand, r[1], r[0])
            if best:
                cand, score, v = best
                canon = self.variant_to_canon[v]
                end = h.start() + len(cand)
                j = JURISDICTION_RE.match(folded, end)
                if j and j.group(0).strip() and self.canon_kind.get(canon) not in _NO_PLACE:
                    end = j.end()
                name = canon + re.sub(r"\s+", " ", text[h.start() + len(cand):end])
                found.append(OfficeMatch(h.start(), end, text[h.start():end], name, self.canon_kind.get(canon, "body"), score,
                                         name=display_name(text[h.start():end].rstrip(" ,;"))))
        return found


def _copied(m: OfficeMatch) -> OfficeMatch:
    """A shallow copy of ``m`` (every field, whatever the dataclass holds), without copy.copy's
    reduce protocol: :meth:`Gazetteer.find` hands out one per match it answers."""
    c = object.__new__(OfficeMatch)
    c.__dict__.update(m.__dict__)
    return c


# (testtime4) bounded: a batch's documents ask ~50 distinct sentences each; 4096 answers hold a long
# document's many times over and stay a few MB. lru_cache is thread-safe (Dask workers may run threads).
@lru_cache(maxsize=4096)
def _memo_find(gaz: Gazetteer, text: str, fuzzy: bool) -> tuple[OfficeMatch, ...]:
    """``gaz``'s matches in ``text``, computed once per process (a tuple: the memo's own copy, never
    handed out; :meth:`Gazetteer.find` copies each match)."""
    return tuple(gaz._find_uncached(text, fuzzy))


def gazetteer_path(models_dir: Path | None = None) -> Path:
    from pipeline.config import REPO_MODELS_DIR

    return Path(models_dir or REPO_MODELS_DIR) / "gazetteer.tsv"


@lru_cache(maxsize=4)
def load_gazetteer(path: Path | None = None) -> Gazetteer:
    p = Path(path) if path else gazetteer_path()
    if not p.exists():
        raise FileNotFoundError(f"{p}: office gazetteer missing; build it with `python models/build_gazetteer.py`")
    with open(p, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return Gazetteer(rows)


# ------------------------------------------------------------------ roles in a sentence

# verbs that can follow a subject (a list of offices); the subject ends right before one
SUBJECT_VERBS = [
    "chủ trì", "phối hợp", "chỉ đạo", "tổ chức", "triển khai", "thực hiện", "xây dựng", "rà soát", "kiểm tra",
    "báo cáo", "tham mưu", "hướng dẫn", "đôn đốc", "theo dõi", "tăng cường", "đẩy mạnh", "nâng cao", "bảo đảm",
    "đảm bảo", "tập trung", "tiếp tục", "chủ động", "quản lý", "giám sát", "hoàn thành", "hoàn thiện", "ban hành",
    "đề xuất", "nghiên cứu", "bố trí", "sắp xếp", "kiện toàn", "tuyên truyền", "lãnh đạo", "cử", "chuẩn bị",
    "tiếp nhận", "giải quyết", "xử lý", "căn cứ", "có trách nhiệm", "chịu trách nhiệm", "là đầu mối",
    "làm đầu mối", "bám sát", "khẩn trương", "theo chức năng", "trên cơ sở", "định hướng", "tham gia",
    "phải", "cần", "sẽ", "được giao", "thường xuyên", "kịp thời", "có", "đăng ký", "gửi", "trình", "tiếp thu",
    "quán triệt", "phổ biến", "phát huy", "vận động", "hỗ trợ", "giao", "đề nghị", "yêu cầu", "kính mong", "rất mong", "tổ chức thực hiện",
    "nghiêm túc", "căn cứ vào", "dự thảo", "hoàn chỉnh", "chấp hành", "kết thúc", "tự chủ",
    # more verbs that end a subject in central-government texts ('Cơ quan Thường trực Ban Chỉ đạo
    # quốc gia tổng hợp ...'): a body's name must not swallow them
    "tổng hợp", "cung cấp", "công bố", "phê duyệt", "thẩm định", "duy trì", "đánh giá", "điều hành",
    "điều chỉnh", "cập nhật", "sửa đổi", "nắm", "nắm bắt", "thu hút", "vận hành", "tích cực", "ưu tiên",
    "khắc phục", "ngăn chặn", "hoàn tất", "tiến hành", "phân bổ", "giải ngân", "nghiêm chỉnh",
    "kiên quyết", "quan tâm", "nắm chắc", "thu hồi", "chấn chỉnh",
    # (tasks36) the adverb of a drive's acts: 'các đơn vị đồng loạt ra quân ...' (pending fk2), 'các thôn đồng loạt
    # ra quân tuyên truyền ...' (leadask's text): no body's name ends on it
    "đồng loạt",
    # procedural letters: who decides, extends, allows ('Cục trưởng Cục X quyết định kiểm tra ...')
    "quyết định", "gia hạn", "xem xét", "phân công", "công nhận", "cho phép", "thông báo", "cấp phép", "lập",
    # consulting and meeting: the bodies after them are asked or met, not offices ('xin ý kiến
    # Thường trực Chính phủ', 'làm việc với Sở Nội vụ')
    "xin ý kiến", "lấy ý kiến", "hỏi ý kiến", "làm việc", "bàn giao", "chuyển giao",
    # works a body does, so that a partner list ends before them ('... Thống kê hải quan nâng cấp ...')
    "nâng cấp", "sửa chữa", "tháo gỡ", "đào tạo", "bồi dưỡng", "tập huấn", "nghiệm thu", "quyết toán",
    "kiểm soát", "ứng dụng", "số hóa", "chia sẻ", "kết nối", "tích hợp",
    # district and commune work ('Ban Quản lý dự án đầu tư xây dựng huyện đẩy nhanh tiến độ ...')
    "đẩy nhanh", "thống kê", "kiểm kê", "phát động", "sơ kết", "tổng kết", "ra quân", "tuần tra",
    # a schedule's leaders attend ('Chủ tịch UBND xã dự hội nghị tại UBND huyện')
    "dự hội nghị", "dự họp", "dự lễ", "dự buổi", "tham dự",
    # ... meet, visit, survey ('Thường trực HĐND tỉnh họp lệ kỳ ...', 'Ban VHXH khảo sát tình hình
    # ...', 'Thường trực HĐND tỉnh đi thăm, chúc mừng ...')
    "họp", "khảo sát", "đi thăm", "thăm", "chúc mừng",
    # (office23) what the press and broadcasters are told to do ('các đài phát thanh, truyền hình địa
    # phương đưa tin, tuyên truyền ...'): never a word of a station's name
    "đưa tin", "đăng tin", "đăng tải", "phát sóng",
    # 'Bộ Nội vụ là cơ quan đầu mối giúp Chính phủ theo dõi ...': the copula ends the subject; a
    # body helped ('giúp X') is not an office
    "là", "giúp",
    # 'đề nghị Sở X phản ánh về Bộ Y': the body told of a difficulty receives it (as 'báo cáo')
    "phản ánh",
    # a school's work plan: what teachers, pupils and teams do ('GV làm bài kiểm tra BDTX', 'Các
    # đội tuyển HSG ôn tập ...', 'gv nộp đề cương ...')
    "ôn tập", "tập luyện", "luyện tập", "nộp", "làm bài", "soạn", "chấm",
    # ('đề nghị đơn vị làm thủ tục điều chỉnh giấy phép', 'đề nghị Sở X làm rõ ...': no name goes on
    # into them)
    "làm thủ tục", "làm rõ", "đối chiếu", "đối soát",
    # the duties a decree or circular lays on a body ('Ủy ban nhân dân cấp tỉnh quy định định mức
    # ...', 'Bộ trưởng Bộ X quy định chi tiết ...', 'Các trại giam hạch toán đầy đủ ...')
    "quy định", "hạch toán",
    # ('... các tổ chức quốc tế thúc đẩy ...', '... và doanh nghiệp tùy theo chức năng ...')
    "thúc đẩy", "tùy theo", "tuỳ theo",
    # (a commune's election work: 'Ủy ban bầu cử có trách nhiệm phối hợp với Ủy ban nhân dân xã xác
    # minh và trả lời bằng văn bản cho Ban Thường trực ...', 'Cơ quan hải quan chấp nhận chứng từ')
    "xác minh", "trả lời", "chấp nhận", "triệu tập",
    # (session 9: duties a decree or a regulation lays on a body or a party, so that its name stops
    # before them: 'cơ sở khám bệnh, chữa bệnh lựa chọn mã ...', 'Thủ tướng Chính phủ bổ nhiệm, miễn
    # nhiệm ...', 'thì người có thẩm quyền xử phạt phải chuyển hồ sơ ...'; a prohibition 'X không
    # được yêu cầu Y ...' ends X before its modal)
    "lựa chọn", "phát hiện", "chuyển", "xác định", "xác nhận", "thanh toán", "công khai", "áp dụng",
    "tuân thủ", "kê khai", "lưu trữ", "khuyến khích", "kiến nghị", "bồi thường", "hoàn trả", "niêm yết",
    "bổ nhiệm", "miễn nhiệm", "không được", "không phải",
    # a report of a document ('UBND TP vừa ban hành công văn số ... yêu cầu Sở X ...', 'Chủ tịch UBND
    # huyện đã có công văn yêu cầu ...'): the reported body's name ends before its act of issuing
    "vừa ban hành", "vừa có", "vừa gửi", "vừa ký", "đã ban hành", "đã có", "đã gửi",
    # (a news item's follow-on paragraph in the passive: 'Chi cục Thủy lợi cũng được yêu cầu chủ động
    # ...', 'Các trường cũng được đề nghị ...', 'Sở Y tế cũng được giao ...': the asked body's name
    # ends before 'cũng' and the passive)
    "cũng được yêu cầu", "cũng được đề nghị", "cũng được giao", "được yêu cầu", "được đề nghị",
    # (a halt ordered: 'Ban Thường vụ các huyện ủy, ..., các đảng ủy trực thuộc Tỉnh ủy tạm dừng tổ chức
    # đại hội ...', 'các cơ sở tạm ngừng hoạt động')
    "tạm dừng", "tạm ngừng", "tạm hoãn",
    # (session 12: what a notice asks households and businesses to do, so that their name stops
    # before it: 'các hộ gia đình đổ rác đúng thời gian', 'các cơ sở kinh doanh thu gom, phân loại ...')
    "đổ rác", "đổ thải", "thu gom", "phân loại", "tập kết",
    # (session 12 round 2: a council's or a committee's preparatory duty, 'Thường trực HĐND các cấp
    # dự kiến cơ cấu, thành phần, số lượng đại biểu ...', 'Ban Tổ chức dự kiến danh sách ...'; a
    # planned event, 'HĐND phường dự kiến tổ chức vào ngày ...', is told apart by _PLANNED_EVENT_RE)
    "dự kiến",
    # (session 15: what the press retells a body asked to do, so that its name stops before it: 'yêu
    # cầu Tổ công tác truyền đạt ý kiến ...', 'yêu cầu Tập đoàn X giải trình ...'; no gold office or
    # gazetteer name holds these words; not 'bổ sung': 'trường hợp cần sửa đổi, bổ sung các nhiệm vụ,
    # các bộ ... chủ động đề xuất' reads the pair as the subject's verbs)
    "truyền đạt", "giải trình",
    # ('đưa' and 'treo' are read in _CARRY_RE below, not after a negation or inside a noun phrase)
    # (plans21: the payer of a support policy, 'cơ quan bảo hiểm xã hội chi trả tiền hỗ trợ ...',
    # 'Kho bạc Nhà nước chi trả kinh phí ...': the name stops before the payment, as before
    # 'thanh toán')
    "chi trả",
]
# (points20: a body asked to put a rule into its own rules or to hang a sign, 'yêu cầu các đơn vị, nhà trường
# đưa quy định ... vào quy chế', 'Ủy ban nhân dân cấp tỉnh, cấp xã đưa các chỉ tiêu ... vào nghị quyết', '... nhà
# trường treo biển cấm hút thuốc'; no gazetteer or gold office name holds either word.)  office25 (session 21):
# counted on every text within reach (dev texts, realdocs, office_spans), points20's words changed 5 office
# readings, 2 right and 3 where the word is no subject's verb: a negated act inside a condition ('..., người khai
# hải quan muốn rút hàng ... mà không đưa container về kho ...) Chi cục Hải quan nơi lưu giữ hàng hóa ...' lost
# its office to the heading's) and a noun phrase inside a name ('Chi cục Hải quan nơi ban hành Quyết định dừng
# đưa hàng qua KVGS' cut before 'đưa').  A subject's verb follows the subject's last word, which is never a
# negation, a passive or 'dừng': after those the word is no subject's verb.
_CARRY_RE = r"|(?<!không\s)(?<!chưa\s)(?<!dừng\s)(?<!được\s)(?<!bị\s)(?:đưa|treo)"

# ('... cùng các ông Trưởng, phó các thôn trực tiếp đến các hộ ...', 'Phó Chủ tịch UBND xã trực
# tiếp chỉ đạo ...'): 'trực tiếp' before an action verb opens the predicate; not inside a name or
# a qualifier ('Bộ phận thường trực tiếp dân', 'đơn vị quản lý trực tiếp', 'đơn vị ... trực tiếp
# quản lý viên chức')
_DIRECTLY_RE = (r"|(?<!thường\s)(?<!quản\s)trực\s+tiếp(?=\s+(?:đến|xuống|chỉ\s+đạo|kiểm\s+tra|tham\s+gia|tiêm|"
                r"tuyên\s+truyền|vận\s+động|giám\s+sát|theo\s+dõi|phụ\s+trách|làm\s+việc|thực\s+hiện)(?![^\W_]))")
_VERB_RE = re.compile(r"(?<![^\W_])(?:" + "|".join(sorted(map(re.escape, SUBJECT_VERBS), key=len, reverse=True)) + _DIRECTLY_RE + _CARRY_RE + r")(?![^\W_])", re.I)
# heads of a noun phrase that names a responsible body or person, for subjects outside the
# gazetteer ('Các cơ quan tham mưu', 'Thủ trưởng các đơn vị, trường học', 'Chủ tịch UBND huyện')
# ('lực lượng tham gia bảo vệ ANTT ở cơ sở' (Law 30/2023), 'lực lượng dân phòng', 'lực lượng xung
# kích': the grassroots forces a commune directs are bodies named by 'lực lượng' and their kind)
# what picks out the provinces or cities a central text tasks by their kind ('trực thuộc Trung
# ương', 'biên giới', 'ven biển', 'miền núi phía Bắc', 'có đảo', 'đủ điều kiện', 'được lựa chọn')
_LOCAL_KIND_QUAL = (r"(?:trực\s+thuộc\s+(?:trung\s+ương|tw)|biên\s+giới|ven\s+biển|miền\s+núi|"
                    # (bare16: 'các tỉnh, thành phố khu vực Bắc Bộ', 'các tỉnh vùng Đồng bằng sông Cửu Long': the
                    # region by its capitalised name; 'vùng ' and 'khu vực ' alone before it never matched)
                    r"(?:vùng|khu\s+vực|miền)\s+(?-i:[A-ZĐÂĂÔƠƯ])[^\W\d_]*|"
                    r"có\s+(?:đảo|biển|biên\s+giới|rừng|cửa\s+khẩu)|đủ\s+điều\s+kiện|được\s+(?:lựa\s+)?chọn|thí\s+điểm|trọng\s+điểm|"
                    r"đồng\s+bằng|trung\s+du|tây\s+nguyên|(?:phía\s+)?(?:bắc|nam)\s+(?:bộ|trung\s+bộ)|"
                    # ('các tỉnh từ Nghệ An đến Quảng Ngãi': a stretch of the country, first to last)
                    r"từ\s+(?-i:[A-ZĐ])[^,;()]{1,30}?\s+đến\s+(?-i:[A-ZĐ])[^\s,;()]*)(?![^\W_])")
# fields a commune's or district's staff are named by ('cán bộ thú y', 'công chức địa chính')
_STAFF_FIELD = (r"(?:thú\s+y|văn\s+hóa|văn\s+hoá|địa\s+chính|tư\s+pháp|tài\s+chính|kế\s+toán|thống\s+kê|khuyến\s+nông|"
                r"lao\s+động|y\s+tế|dân\s+số|quân\s+sự|chuyên\s+môn|giao\s+thông|thủy\s+lợi|thuỷ\s+lợi|nông\s+nghiệp|"
                r"kiểm\s+lâm|môi\s+trường|xây\s+dựng|nội\s+vụ|thi\s+đua|tuyên\s+giáo|dân\s+vận)(?![^\W_])")
# the kinds of force a directive tasks as it tasks an office ('lực lượng công an', 'lực lượng an ninh
# các cấp', 'lực lượng tuyến đầu', 'lực lượng liên ngành', 'lực lượng biên phòng'; counted over the
# gold texts, office_spans and the gazette: quân đội 19, công an 27, vũ trang 107, tuyến đầu 5, liên
# ngành 3, thường trực 3, biên phòng 2, hải quan 2, an ninh 3, cảnh sát 2, ...); after a force named
# with 'lực lượng' the bare kinds that follow in its list are forces too ('Lực lượng kiểm lâm, quân
# đội, công an trên địa bàn tỉnh')
_FORCE_KINDS = (r"(?:công\s+an|quân\s+đội|quân\s+sự|vũ\s+trang|dân\s+quân(?:\s+tự\s+vệ)?|kiểm\s+lâm|(?:bộ\s+đội\s+)?biên\s+phòng|"
                r"cảnh\s+sát(?:\s+[^\W\d_]+)?|an\s+ninh|hải\s+quan|thanh\s+tra|quản\s+lý\s+thị\s+trường|dân\s+phòng|xung\s+kích|"
                r"y\s+tế|thú\s+y|tuần\s+tra|liên\s+ngành|tuyến\s+đầu|thường\s+trực|cứu\s+hộ|cứu\s+nạn|"
                r"phòng\s+cháy(?:\s*,?\s*chữa\s+cháy)?|chuyên\s+trách|nòng\s+cốt)")
_FORCE_KIND_RE = re.compile(tone_insensitive(_FORCE_KINDS + r"(?:\s+(?:các\s+cấp|địa\s+phương|trên\s+địa\s+bàn(?:\s+[^\W\d_]+)?|tại\s+địa\s+phương))?"), re.I)
_FORCE_LIST_BEFORE_RE = re.compile(tone_insensitive(r"lực\s+lượng\s+[^,;:.()]{2,40}?(?:\s*(?:,|và)\s*" + _FORCE_KINDS
                                                      + r")*\s*(?:,|và)\s*$"), re.I)
BODY_HEAD_RE = re.compile(tone_insensitive(
    r"^(?:các\s+|những\s+|mỗi\s+|mọi\s+|từng\s+|\d{1,2}\s+(?=lực\s+lượng))?(?:cơ quan|đơn vị|lực lượng(?=\s+(?:" + _FORCE_KINDS + r"|chức\s+năng|(?:có\s+)?liên\s+quan|tham\s+gia\s+bảo\s+vệ\s+(?:an\s+ninh|antt)|bảo\s+vệ\s+dân\s+phố))|"
    # a force named by its service, capitalised or abbreviated ("lực lượng TTĐT", "lực lượng Thú y",
    # "phối hợp với lực lượng Bộ đội Biên phòng tỉnh"); counted ones too ("3 lực lượng Công an, Quân
    # sự, Biên phòng tiếp tục ..."): a directive tasks the force as it tasks an office
    r"(?-i:[Ll]ực\s+lượng)(?=\s+(?-i:[A-ZĐ]))|sở|ban(?!\s+hành)|ngành|bộ|phòng(?!\s*,?\s*(?:chống|ngừa|tránh|cháy|thủ|bệnh))|địa phương|trường(?!\s+h[ơợoọó]p(?![^\W_]))|doanh nghiệp|tổ chức|"
    r"thủ trưởng|chủ tịch|phó chủ tịch|(?:phó\s+)?thủ\s+tướng|(?:phó\s+)?thống\s+đốc|(?:phó\s+)?tổng\s+giám\s+đốc|kiểm\s+soát\s+viên|giám đốc|phó giám đốc|trưởng|phó trưởng|hiệu trưởng|người đứng đầu|"
    # heads of a ministry's departments by their title ('Vụ trưởng Vụ Tổ chức cán bộ', 'Cục trưởng')
    r"(?:phó\s+)?(?:vụ|cục|tổng cục|chi cục|viện)\s+trưởng|"
    # village posts ('Tổ trưởng tổ dân phố', 'Bí thư chi bộ thôn')
    # (a Party committee's deputy secretary by his post: 'Phó Bí thư Thường trực Huyện ủy giao ...')
    r"tổ trưởng|(?:phó\s+)?bí thư|"
    # (office19: 'Thuyền trưởng các tàu thuyền tổ chức trực canh ...', 'thuyền trưởng, máy trưởng tàu cá'):
    # the master and the chief engineer of a vessel are posts a storm telegram tasks, as a head is
    r"(?:thuyền|máy)\s+trưởng(?=\s*(?:[,;.]|$|và\s|(?:các\s+)?(?:tàu|phương\s+tiện)(?![^\W_])))|"
    # officials addressed by their post ('Giao các đồng chí Phó trưởng phòng phụ trách các bậc
    # học chuẩn bị ...', 'đồng chí Chủ tịch UBND xã'): the post makes the phrase a responsible party
    r"(?:đồng\s+chí|đ/c)(?=\s+(?:phó\s+)?(?:trưởng|chủ\s+tịch|bí\s+thư|giám\s+đốc|chánh|hiệu\s+trưởng|chủ\s+nhiệm))|"
    # the head of a hamlet or a residential group by the post written after the place word, as
    # commune letters address them ('Kính gửi: Các ông xóm trưởng', 'yêu cầu các thôn trưởng ...',
    # 'Ấp trưởng các ấp'), with the courtesy 'ông / bà' a commune letter puts before a post
    r"(?:(?:ông|bà)(?:\s*[,/]\s*bà)?\s+)?(?:xóm|thôn|ấp|bản|buôn|làng|sóc|khóm|khối)\s+trưởng|"
    r"(?:ông|bà)(?:\s*[,/]\s*bà)?(?=\s+(?:phó\s+)?(?:trưởng\s+(?:thôn|xóm|ấp|bản|buôn|làng|sóc|khóm|khối|khu|tổ)|tổ\s+trưởng))|"
    # provinces or cities named by a kind a central text picks out ('Các thành phố trực thuộc Trung
    # ương và một số tỉnh đủ điều kiện', 'các tỉnh biên giới', 'một số tỉnh, thành phố có đảo' in a
    # lead cell): local authorities, as 'các địa phương' are; only plural ('các', 'một số', 'những')
    # and with the qualifier that picks them out, never a bare 'tỉnh' or 'thành phố'
    r"(?:(?<=các\s)|(?<=những\s)|một\s+số\s+)(?:tỉnh|thành\s+phố)(?:\s*,\s*(?:tỉnh|thành\s+phố))?(?=\s+" + _LOCAL_KIND_QUAL + r")|"
    # (office47) the plural of a commune's residential units as doers ('các khu phố trên địa bàn phường sẽ tiếp tục
    # ...', 'UBND xã đã yêu cầu các khu dân cư tiếp tục rà soát ...', 'Các xóm tổ chức ...'): the gold lists them as
    # written (29 required rows); only after 'các / những' (a named hamlet in a place phrase is no doer)
    r"(?:(?<=các\s)|(?<=những\s))(?:khu\s+phố|khu\s+dân\s+cư|xóm|ấp|khóm|buôn|tổ\s+dân\s+cư)(?![^\W_])|"
    r"lãnh đạo|ủy ban|uỷ ban|ubnd|hội đồng|ban chỉ đạo|tổ công tác|công an|thanh tra|văn phòng|trung tâm|nhà trường|ban giám hiệu|"
    r"liên đoàn|công đoàn|kho bạc|chi cục|cục|tổng cục|đảng ủy|đảng đoàn|chi bộ|huyện ủy|tỉnh ủy|thành ủy|quân ủy|mặt trận|chính quyền|tổ dân phố|"
    r"ngân hàng|bảo hiểm|công ty|ban thường vụ|thường trực|tòa án|viện kiểm sát|"
    # named bodies by a capitalised head the list above lacks ('Hội Chữ thập đỏ huyện', 'Cảnh sát
    # Phòng cháy chữa cháy tỉnh') and the usual abbreviated heads ('BCH Quân sự huyện', 'BQL dự
    # án', 'UBMTTQ Việt Nam tỉnh'; a newspaper, 'Báo Quảng Bình', 'Báo Nhân Dân'); not an event ('Hội nghị', 'Hội thảo', 'Hội thi')
    r"(?-i:(?:Hội(?!\s+(?:Nghị|Thảo|Thi|Diễn|Chợ|Khỏe|Trại|Báo|Xuân)(?![^\W_]))|Cảnh\s+sát|BCH|BCĐ|UBMTTQ|Báo)(?=\s+[A-ZĐ]))|"
    # (carry35) a public cultural institution by its capitalised head, named for its place or by a name
    # ('Thư viện - Nhà truyền thống huyện, Trung tâm VHTT-HTCĐ các xã thực hiện ...', 'Bảo tàng tỉnh', 'Nhà
    # văn hóa Thiếu nhi'): a unit of the culture sector a directive tasks as it tasks a Trung tâm
    r"(?-i:(?:Thư\s+viện|Bảo\s+tàng|Nhà\s+(?:văn\s+hóa|truyền\s+thống|thiếu\s+nhi))(?=\s+(?:[A-ZĐ]|-\s|(?:tỉnh|huyện|thị\s+xã|"
    r"thành\s+phố|quận|xã|phường|thị\s+trấn)(?![^\W_]))))|"
    # ('BQL các dự án trọng điểm ...', 'BQL dự án đầu tư xây dựng huyện', 'BQL rừng phòng hộ ...'):
    # 'BQL' is only ever 'Ban Quản lý', whose name goes on in lower case as the written-out head's
    # does (reach17)
    r"(?-i:BQL(?:DA)?)(?=\s+[^\W\d_])|"
    # ('Các bệnh viện tuyến tỉnh chuẩn bị ...', 'các trạm y tế xã', 'các cơ sở giáo dục'): bodies of a
    # sector named by their kind
    r"bệnh\s+viện|trạm\s+y\s+tế|cơ\s+sở\s+(?:y\s+tế|giáo\s+dục|khám\s+bệnh)|"
    # ('các nhóm lớp mầm non độc lập', 'nhóm trẻ, lớp mẫu giáo độc lập': the private preschool
    # groups an education office directs, beside its schools)
    r"nhóm\s+(?:lớp|trẻ)|lớp\s+mẫu\s+giáo|"
    # a local body by its acronym and its level ('HĐNVQS xã' = Hội đồng nghĩa vụ quân sự xã,
    # 'BCĐ huyện', 'HĐTĐKT huyện', 'TTYT huyện'): commune and district texts abbreviate their
    # councils, committees and centres and add the level word
    r"(?-i:(?:HĐ|BCĐ|BCH|BQL|UB|TTYT|TTVH|MTTQ)[A-ZĐ]*)(?=\s+(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh|đặc\s+khu)(?![^\W_]))|"
    # party bodies a provincial letter directs ('Các cấp ủy, tổ chức đảng chủ động ...', 'các chi
    # bộ, đảng bộ cơ sở')
    r"cấp\s+ủy|cấp\s+uỷ|chi\s+bộ|đảng\s+bộ|"
    # units below the offices of a district or a province ('Trạm Thú y huyện', 'Hạt Kiểm lâm',
    # 'Chi nhánh Văn phòng Đăng ký đất đai', 'Bệnh viện Đa khoa tỉnh'): capitalised, as names are
    r"(?-i:Trạm|Hạt|Chi\s+nhánh|Bệnh\s+viện|Xí\s+nghiệp|Ban\s+quản\s+lý|Khu|Vườn\s+quốc\s+gia|Khu\s+bảo\s+tồn)(?=\s+[A-ZĐ])|"
    r"tập đoàn|tổng công ty|đài|thông tấn xã|viện|học viện|đại học|kiểm toán|quỹ|hiệp hội|ban quản lý|hợp tác xã|"
    # (kinds a Party or a council's regulation names: 'các cấp ủy, tổ chức đảng, đoàn thể ...', 'phối
    # hợp với các bệnh viện, hội nghề nghiệp', 'Ủy viên Hội đồng')
    r"đoàn\s+thể|hội\s+nghề\s+nghiệp|(?:các\s+)?ủy\s+viên|(?:các\s+)?uỷ\s+viên|"
    r"cơ quan đại diện|(?-i:Vụ(?=\s+[A-ZĐ]|\s*,\s*(?:Cục|cục|đơn\s+vị)))|(?-i:Quản\s+lý\s+thị\s+trường)(?=\s*(?:,|;|và|tại|các|cấp|tỉnh|huyện|$))|"
    r"(?-i:Đồn\s+Biên\s+phòng)|bộ\s+đội\s+biên\s+phòng|"
    # regulated parties a ministry's letter makes responsible ('Người khai hải quan có trách
    # nhiệm ...', 'chủ đầu tư phải ...', 'cơ sở khám bệnh, chữa bệnh báo cáo ...'): ANNOTATION.md
    # lists every body the text makes responsible, not only public offices
    # (office23) publishers and printers a school or culture letter works with ('phối hợp với nhà xuất bản,
    # tổ chức, cá nhân có liên quan ...', 'các nhà xuất bản, nhà in phải ...')
    r"nhà\s+xuất\s+bản|nhà\s+in(?![^\W_])|"
    r"chủ\s+đầu\s+tư|nhà\s+đầu\s+tư|nhà\s+thầu|chủ\s+(?:các\s+)?(?:cơ\s+sở|dự\s+án|đập|hồ\s+chứa|phương\s+tiện|tàu|hàng|rừng|mỏ|công\s+trình)|"
    r"người\s+(?:khai\s+hải\s+quan|nộp\s+thuế|sử\s+dụng\s+lao\s+động|sử\s+dụng\s+đất|lao\s+động|có\s+thẩm\s+quyền|"
    # (growers and breeders a farm plan tells to act: 'Người chăn nuôi cần chủ động ...', 'người trồng
    # lúa phải ...', 'người nuôi trồng thủy sản thực hiện ...')
    r"chăn\s+nuôi|trồng\s+(?:lúa|trọt|rừng|cây)|nuôi\s+trồng\s+thủy\s+sản|nuôi\s+trồng\s+thuỷ\s+sản|nuôi\s+ong)|hộ\s+kinh\s+doanh|thương\s+nhân|"
    r"cơ\s+sở\s+(?:khám\s+bệnh|sản\s+xuất|kinh\s+doanh|giáo\s+dục|y\s+tế|đào\s+tạo|phát\s+thải|xử\s+lý)|tổ\s+chức\s+tín\s+dụng|"
    # (the health sector writes 'khám bệnh, chữa bệnh' as KCB / KBCB: 'Các cơ sở KCB thực hiện
    # mã hóa ...'; households told to act: 'các hộ gia đình trên địa bàn treo cờ Tổ quốc')
    r"cơ\s+sở\s+(?-i:KCB|KBCB|KB,\s*CB|GDĐH|GDĐT|GD)(?![^\W_])|hộ\s+gia\s+đình|hộ\s+dân(?![^\W_])|"
    # institutions of the justice and social sectors a decree makes responsible ('phối hợp với cơ
    # sở giam giữ phạm nhân', 'Các trại giam, trại tạm giam hạch toán ...', 'cơ sở cai nghiện ma túy')
    r"cơ\s+sở\s+(?:giam\s+giữ|cai\s+nghiện|bảo\s+trợ|trợ\s+giúp)|trại\s+(?:giam|tạm\s+giam)|nhà\s+tạm\s+giữ|"
    # ('Các cơ sở hoạt động giáo dục nghề nghiệp thực hiện ...': 'các cơ sở' are always facilities)
    r"(?<=các\s)cơ\s+sở|(?<=những\s)cơ\s+sở|"
    # (banks a tax or customs letter directs: 'chi nhánh ngân hàng nước ngoài', abbreviated 'NHTM', 'TCTD')
    r"chi\s+nhánh\s+ngân\s+hàng|(?-i:NHTM|TCTD)|"
    # (enterprises and taxpayers a customs or tax letter directs, by the abbreviations those
    # letters use: 'DNCX phải thực hiện thủ tục ...' (doanh nghiệp chế xuất), 'DN nội địa thực hiện
    # ...', 'NNT nộp hồ sơ ...', 'HTX lập ...')
    r"(?-i:DNCX|DNNVV|DNNN|DN|NNT|HTX)(?![^\W_])|"
    # the staff and groups of one school, hospital or union a unit's own work plan assigns ('Gv rà
    # soát chương trình', 'Đội tuyển cờ vua tăng cường tập luyện', 'Nữ công chuẩn bị nội dung',
    # 'CTCĐ và trưởng ban nữ công tham gia'): inside a unit the duties go to its people by post
    r"giáo\s+viên|(?-i:G[Vv](?:CN|BM)?|GVCN|HS|BGH|CTCĐ|TPT)|học\s+sinh|nhân\s+viên|đội\s+tuyển|(?:ban\s+)?nữ\s+công|ban\s+giám\s+hiệu|"
    # a named commune or ward for its government ('Phường Ba Đình tổ chức ra quân ...', 'Xã Tân
    # Lập triển khai ...': a post-2025 commune's own notices name it so)
    r"(?-i:Phường|Xã|Thị\s+trấn|Đặc\s+khu)(?=\s+[A-ZĐ0-9])|"
    # ('Thường trực HĐND huyện đề nghị xã Hòa Chính cần tiếp tục ...': a commune named in running text
    # by its two-word name, lower-case 'xã')
    r"(?-i:(?:xã|phường|thị\s+trấn|đặc\s+khu)(?=\s+[A-ZĐ][^\W\d_]*\s+[A-ZĐ]))|"
    # (the same of a district-level unit: 'đề nghị các sở, ngành và thị xã Kỳ Anh lắng nghe ...',
    # 'yêu cầu huyện Quang Bình triển khai ...')
    r"(?-i:(?:thị\s+xã|huyện|quận)(?=\s+[A-ZĐ][^\W\d_]*\s+[A-ZĐ]))|"
    # (legal parties named by their role in a contract: 'các bên tham gia hợp đồng BCC phải cử ...')
    r"bên\s+(?:tham\s+gia|liên\s+quan|ký\s+kết|giao\s+kết|mua|bán|thuê|cho\s+thuê|nhận|giao)(?![^\W_])|"
    # a school's classes and Pioneer units as doers of its plans ('Các lớp tiến hành đại hội chi đội',
    # 'các chi đội chuẩn bị tiết mục', 'Các khối lớp tổ chức ...'; plural only: 'lớp tập huấn' is a course)
    r"(?<=[Cc]ác\s)lớp(?![^\W_])(?!\s+(?:học|tập\s+huấn|bồi\s+dưỡng|đào\s+tạo|cán\s+bộ)(?![^\W_]))|chi\s+đội|khối\s+lớp|"
    r"tổng\s+phụ\s+trách|chi\s+đoàn|liên\s+đội|tổ\s+(?:chuyên\s+môn|văn\s+phòng|(?-i:[A-ZĐ])[^\W\d_]*)|(?-i:Khoa)(?=\s+[A-ZĐ])|điều\s+dưỡng\s+trưởng|"
    # a commune's election and Front bodies and the staff posts of a commune office ('Tổ kiểm
    # phiếu sẽ thực hiện ...', 'Ban công tác Mặt trận các thôn chủ trì ...', 'Các thành viên khác
    # trong tiểu ban ... phối hợp ...', 'Cán bộ phụ trách lĩnh vực giám sát ...')
    r"tổ\s+(?:kiểm\s+phiếu|bầu\s+cử)|ban\s+bầu\s+cử|tiểu\s+ban|ban\s+công\s+tác\s+mặt\s+trận|"
    # the National Assembly's and a council's own units ('Tổ đảng ở Thường trực Ủy ban Pháp luật',
    # 'các Đoàn đại biểu Quốc hội', 'đại biểu Hội đồng nhân dân tỉnh')
    # (the business community a strategy asks to take part: 'cộng đồng doanh nghiệp')
    r"cộng\s+đồng\s+doanh\s+nghiệp|"
    r"tổ\s+đảng|đoàn\s+đại\s+biểu|tổ\s+đại\s+biểu|đại\s+biểu(?=\s+(?:quốc\s+hội|hội\s+đồng\s+nhân\s+dân|hđnd))|"
    # the head of an office or a committee by his title ('Chủ nhiệm Văn phòng Quốc hội', 'Chủ
    # nhiệm Ủy ban Kiểm tra Huyện ủy'): a post, as 'Chánh Văn phòng' is
    r"(?:phó\s+)?chủ\s+nhiệm(?=\s+(?:văn\s+phòng|ủy\s+ban|uỷ\s+ban|hợp\s+tác\s+xã|(?-i:[A-ZĐ])))|"
    # ('phối hợp với Thư ký hội nghị hoàn thiện biên bản': the secretary of a meeting is a post)
    r"thư\s+ký(?=\s+(?:hội\s+nghị|cuộc\s+họp|kỳ\s+họp|phiên\s+họp|tổ|ban|hội\s+đồng|đoàn))|"
    # teams sent to inspect or monitor ('phối hợp với các Đoàn kiểm tra, giám sát của Tỉnh')
    r"đoàn\s+(?:kiểm\s+tra|giám\s+sát|thanh\s+tra|công\s+tác|liên\s+ngành)|"
    # ('các thành viên HĐNVQS xã được phân công ...', 'thành viên Ban Chỉ đạo'): the members of a
    # council or committee named right after them
    r"thành\s+viên(?=\s+(?:khác\s+)?(?:(?:của|trong|thuộc)\s+)?(?:tiểu\s+ban|ban|tổ|đoàn|hội\s+đồng|ủy\s+ban|uỷ\s+ban|(?-i:(?:HĐ|BCĐ|BCH|UB)[A-ZĐ]*)\s))|"
    # (a commune's or a district's staff by their field, written in lower case: 'cán bộ thú y của
    # xã', 'công chức văn hóa - xã hội', 'cán bộ địa chính xã', 'cán bộ chuyên môn')
    r"(?:cán\s+bộ|chuyên\s+viên|công\s+chức)(?=\s+(?:phụ\s+trách|chuyên\s+trách|cơ\s+quan|văn\s+phòng|khác\s|(?-i:[A-ZĐ])|" + _STAFF_FIELD + r"))|"
    # persons by their post after an honorific ('các ông Trưởng, phó các thôn', 'đồng chí Phó
    # Chủ tịch UBND xã', 'các đồng chí thành viên Ban chỉ đạo'): the post names the doer
    r"(?:ông|bà|đồng\s+chí|đ/c)(?=\s+(?:(?-i:Trưởng|Phó|Chủ\s+tịch|Bí\s+thư|Giám\s+đốc)|thành\s+viên|trưởng|phó)(?![^\W_])))(?![^\W_])"),
    re.I,
)
# ('yêu cầu lãnh đạo các Bộ, ngành và các tỉnh, thành phố ...': a central directive's provinces,
# listed with their cities, stand for their people's committees as a district's communes do)
# (bare16) 'các tỉnh, thành phố và các Bộ', 'các huyện, thị xã và các sở, ngành', 'các xã và Công an huyện':
# a list of local units ends before 'và' when a body of another kind follows it (a plural, a capitalised
# name, or 'các' again: 'các huyện và các xã'); 'và' before one more level ('các huyện, thị xã và thành
# phố') goes on with the list
_AND_ANOTHER_BODY = r"\s+(?:và|cùng)\s+(?=(?:các|những)\s|(?-i:[A-ZĐ]))|\s+(?:và|cùng)\s*$"
_JURLIST_ITEMS = r"(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn|đặc khu)(?:\s*,\s*(?:huyện|thị xã|thành phố|quận|xã|phường|thị trấn|đặc khu))+(?:\s+còn\s+lại)?"
_JURLIST_RE = re.compile(
    r"(?:(?<=^)|(?<=[,;]\s)|(?<=và\s))\s*(?:(?:các\s+)?" + _JURLIST_ITEMS + r"\s*(?=$|[,;])"
    # (bare16: before 'và' and another body only a list that opens on 'các': ', thị xã, thành phố và các đơn vị'
    # is the end of a body's name, 'ủy ban nhân dân các huyện, thị xã, thành phố')
    r"|các\s+" + _JURLIST_ITEMS + r"\s*(?=" + _AND_ANOTHER_BODY + r"))", re.I)
_PLURAL_LEVEL_RE = re.compile(
    r"(?:(?<=^)|(?<=[,;]\s)|(?<=và\s))\s*(?:các|những)\s+(?:tỉnh|huyện|xã|phường|thị\s+trấn|quận|thị\s+xã|đặc\s+khu)(?:\s+còn\s+lại)?\s*"
    # (not a list of levels, 'các quận, huyện': the place a body's name ends on, as in 'Phòng Giáo
    # dục và Đào tạo thành phố Thủ Đức và các quận, huyện')
    r"(?=$|[,;](?!\s*(?:huyện|xã|phường|thị\s+trấn|quận|thị\s+xã|thành\s+phố|đặc\s+khu)(?![^\W_]))|" + _AND_ANOTHER_BODY + r")", re.I)
# provinces or cities picked out by their kind (_LOCAL_KIND_QUAL), the qualifier to the next ',',
# ';', 'và' or the end: 'một số tỉnh, thành phố có đảo', 'Các thành phố trực thuộc Trung ương'
_LOCAL_KIND_RE = re.compile(
    r"(?<![^\W_])(?:(?:các|một\s+số|những)\s+(?:tỉnh|thành\s+phố)(?:\s*,\s*(?:tỉnh|thành\s+phố))?)\s+"
    + _LOCAL_KIND_QUAL + r"[^,;()]{0,40}?"
    # (bare16: 'khu vực Bắc Bộ, Bắc Trung Bộ', '..., Tây Nguyên': further regions of the country after a comma)
    r"(?:\s*,\s*(?-i:(?:Bắc|Nam|Đông|Tây|Trung|Duyên|Đồng)(?![^\W_]))[^,;()]{0,30}?)*(?=\s*(?:$|[,;)]|\s+và\s))", re.I)
_DISTRIBUTIVE_RE = re.compile(
    r"(?<![^\W_])[Cc]ác\s+(?P<head>Bộ|Sở|Phòng|Ban)\s*:?\s+(?P<items>[A-ZĐ][^,;:()]{1,40}(?:\s*,\s*[^,;:()]{2,40}){1,12})")
# every upper-case letter of Vietnamese, tone marks included ('Ủy', 'Ấp'): [A-ZĐ] misses them
_UP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# ('cơ quan nhà nước', 'tổ chức chính trị - xã hội': a kind of body of two parts, one item of the list)
_GENERIC = (r"(?:bộ|ngành|sở|ban\s+ngành|phòng\s+ban|ban|phòng|cơ\s+quan(?:\s+ngang\s+bộ|\s+(?:trực\s+)?thuộc\s+Chính\s+phủ|\s+trung\s+ương|\s+nhà\s+nước)?|"
            r"đơn\s+vị|địa\s+phương|tổ\s+chức(?:\s+chính\s+trị\s*-\s*xã\s+hội(?:\s*-\s*nghề\s+nghiệp)?|\s+xã\s+hội\s*-\s*nghề\s+nghiệp|\s+xã\s+hội(?!\s*-))?(?!\s+đảng)|đoàn\s+thể|chi\s+hội|hội(?=\s*,\s*(?:đoàn\s+thể|chi\s+hội|ngành|tổ\s+chức)(?![^\W_]))|vụ|cục|tập\s+đoàn(?!\s+(?:kinh\s+tế|nhà\s+nước)(?![^\W_]))|tổng\s+công\s+ty|doanh\s+nghiệp|cá\s+nhân|hiệp\s+hội)")
# (points28) 'các bộ, cơ quan, địa phương, Tập đoàn kinh tế, Tổng công ty': a kind with its qualifier ('Tập đoàn kinh
# tế', 'Tập đoàn nhà nước') is a body of its own after the list, not a bare kind of it (yc7, yc9, fh3 cut it to 'Tập đoàn')
# ('... và hiệp hội, doanh nghiệp liên quan': after 'và' a collective goes without 'các')
# ('Tổ chức, cá nhân khai thác khoáng sản phải ...': at the start of a subject, without 'các')
# ('phối hợp với cơ quan, tổ chức, cá nhân có liên quan': a list of kinds that opens the segment
# names bodies, in either case; the segments split are lists of offices)
# ('Các cơ quan, tổ chức, đơn vị và Ban Công tác Mặt trận thôn': after 'và' a kind followed by a
# capitalised word opens a named body of its own, no item of the list of kinds)
_COLLECTIVE_RE = re.compile(
    rf"(?:(?<![^\W_])các\s+|(?<=\svà\s)|^){_GENERIC}(?:(?:\s*,\s*{_GENERIC}|\s+và\s+{_GENERIC}(?!\s+(?-i:[{_UP}])))(?![^\W_]))+"
    r"(?:\s+(?:có\s+)?liên\s+quan)?", re.I)
_KINDS_ONLY_RE = re.compile(rf"{_GENERIC}(?:\s*,\s*{_GENERIC}|\s+và\s+{_GENERIC})*", re.I)


def inside_kinds_list(text: str, start: int, end: int) -> bool:
    """(points29) Is ``text[start:end]`` (a gazetteer match) nothing but kinds of body ('cơ quan, đơn vị') standing
    inside a longer list of kinds that opens before it ('Các bộ, cơ quan, đơn vị có liên quan', 'các sở, ngành, cơ
    quan, đơn vị')?  Then it is the list's tail: the whole list is one collective office, as the gold writes it
    (yc7, p3, t3, el1), and the kinds before it are no office of their own."""
    if not _KINDS_ONLY_RE.fullmatch(text[start:end].strip()):
        return False
    return any(c.start() < start and end <= c.end() for c in _COLLECTIVE_RE.finditer(text))


# ('..., Chủ tịch Ủy ban nhân dân cấp tỉnh, cơ quan, tổ chức, cá nhân liên quan chịu trách nhiệm ...'):
# after a comma, a list of kinds closed by 'liên quan' is the closing collective of the list too
_RELATED_COLLECTIVE_RE = re.compile(
    rf"(?<=[,;]\s){_GENERIC}(?:\s*,\s*{_GENERIC}|\s+và\s+{_GENERIC})+\s+(?:có\s+)?liên\s+quan(?![^\W_])", re.I)
# ('Hội đồng thành viên hoặc Chủ tịch công ty': either is the party, each an office)
# (not the comma inside an abbreviation, capitals on both sides and no space: 'Ủy ban KH,CN&MT',
# 'KH,CN,ĐMST' -- a list puts a space after its commas)
_SPLIT_RE = re.compile(r"\s*;\s*|\s+,\s*|(?<![A-ZĐ]),\s*|,(?![A-ZĐ])\s*|\s+và\s+|\s+cùng\s+|\s+với\s+|\s+hoặc\s+")
_DEPUTY_POST_RE = re.compile(r"(?:Thủ\s+tướng|Chủ\s+tịch|Giám\s+đốc|Bí\s+thư|Trưởng\s+ban|Tổng\s+Giám\s+đốc|Thống\s+đốc|Bộ\s+trưởng|Chánh)(?![^\W_])", re.I)
_SELF_NAMING_TITLE_RE = re.compile(r"^(?:các\s+)?(?:phó\s+)?(?:bộ|tổng\s+cục|cục|chi\s+cục|vụ)\s+trưởng$|^(?:các\s+)?(?:phó\s+)?chánh\s", re.I)
# the Party organ inside a body ('Đảng đoàn HĐND huyện', 'Ban cán sự đảng UBND huyện', 'Đảng ủy
# Công an huyện'): with the body that follows it, one office
_ORGAN_HEAD_RE = re.compile(tone_insensitive(r"^(?:các\s+)?(?:đảng\s+đoàn|ban\s+cán\s+sự\s+đảng|đảng\s+ủy|chi\s+bộ)$"), re.I)
# (office27) a village's own board or Party cell before the plural of villages ('Ban Nhân dân các thôn, tổ
# dân phố', 'Ban cán sự các thôn', 'các đồng chí cấp uỷ các thôn', 'BQL các thôn', 'Ban công tác Mặt trận các
# tổ dân phố'): one such body in every hamlet, one office, as 'Chi bộ các thôn' is (split, it read 'Ban Nhân
# dân' + 'Các thôn, tổ dân phố': pending yt3, ze1, yp6, yo13); the courtesy before it is no part of it
_VILLAGE_ORGAN_BEFORE_RE = re.compile(tone_insensitive(
    r"(?<![^\W_])(?:ban\s+nhân\s+dân|ban\s+cán\s+sự|cấp\s+ủy|chi\s+ủy|ban\s+công\s+tác\s+mặt\s+trận|"
    r"ban\s+quản\s+lý|(?-i:BQL)|ban\s+điều\s+hành|ban\s+phát\s+triển)\s+$"), re.I)
_VILLAGES_RE = re.compile(r"(?:các|những)\s+(?:thôn|bản|ấp|xóm|buôn|làng|sóc|khóm|tổ\s+dân\s+phố|khu\s+phố|khu\s+dân\s+cư|tổ\s+dân\s+cư)(?![^\W_])", re.I)
# an official named with his post ('đồng chí Nguyễn Văn A – Phó Chủ tịch', before the body's name)
_NAMED_POST_RE = re.compile(
    r"(?:(?:đồng\s+chí|đ/c)\s+)?(?-i:[A-ZĐ])[^\s,;:()]*(?:\s+(?-i:[A-ZĐ])[^\s,;:()]*){0,3}\s*[-–]\s*"
    r"(?:phó\s+)?(?:chủ\s+tịch|trưởng|bí\s+thư|giám\s+đốc|chánh\s+văn\s+phòng)", re.I)
_PERSON_TITLE_RE = re.compile(r"^(?:các\s+)?(?:(?:đồng\s+chí|đ/c)\s+)?(?:phó\s+)?(?:chủ tịch|bí thư|giám đốc|thủ trưởng|trưởng|hiệu trưởng|chi cục trưởng|cục trưởng|vụ trưởng|tổng cục trưởng|chánh văn phòng|chánh thanh tra|bộ trưởng|thống đốc|cơ quan thường trực|thường trực|lãnh đạo|người đứng đầu)$", re.I)
# words that go on naming the body just matched ('Chi cục Hải quan nơi đăng ký tờ khai', 'Chi cục
# Hải quan cửa khẩu cảng Hải Phòng', 'Cục Thuế địa phương', 'Ban Chỉ đạo 389 quốc gia'), as opposed
# to a function word that starts a phrase of its own ('theo chức năng', 'trên địa bàn', 'có liên quan')
# (a relative clause 'nơi ...', a place or zone, a number, a proper name), as opposed to a phrase of
# its own ('theo chức năng', 'trên địa bàn', 'khoa học và công nghệ:' as a topic label)
_QUALIFIER_START_RE = re.compile(
    r"^(?:nơi|đang\s+quản\s+lý|cửa\s+khẩu|khu\s+vực|khu\s+kinh\s+tế|vùng|quốc\s+gia|địa\s+phương|chuyên\s+ngành|"
    rf"ngoài\s+khu\s+vực|cảng|sân\s+bay|số\s+\d|\d|chi\s+nhánh|văn\s+phòng\s+đại\s+diện|(?-i:(?!{_CAP_VERB})[A-ZĐ]))(?![^\W_])?", re.I)
_DROP_TAIL_RE = re.compile(
    r"\s+(?:theo chức năng.*|theo quy định.*|theo (?:lĩnh vực|địa bàn|thẩm quyền|sự phân công|phân công|phạm vi|ngành, lĩnh vực|chức trách)(?![^\W_]).*|"
    r"quy định tại.*|trên địa bàn.*|thuộc phạm vi.*|\((?![^()]*(?<![^\W_])(?-i:Cục|Tổng cục|Vụ|Bộ|Sở|Ban|Phòng|Chi cục|Viện|Trung tâm)\s)[^()]*(?:\).*)?|"
    # ('lực lượng dân phòng tăng cường' + 'tuần tra', '... ở cơ sở tiếp tục' + 'nâng cao ...'): an
    # adverb-like verb that opens the duty, left at the end of a name the next verb cut
    r"(?:tiếp\s+tục|tăng\s+cường|khẩn\s+trương|chủ\s+động|kịp\s+thời|nghiêm\s+túc|thường\s+xuyên|được))$", re.I)


# ('Bộ' is not among them: 'Văn phòng Bộ rà soát' — the verb follows a complete name)
# (not the field 'Quốc phòng': 'Bộ Quốc phòng phối hợp ...' ends its name before the verb)
_HEAD_BEFORE_RE = re.compile(r"(?:cục|ban|sở|(?<![Qq]uốc\s)phòng|cơ\s+quan|ủy\s+ban|uỷ\s+ban|trung\s+tâm|tổ|ngành|hội\s+đồng)\s+$", re.I)


# A qualifier with 'có' after a plural list of units or parties picks out which of them are meant
# ('UBND các xã, phường có tàu, thuyền hoạt động trên biển', 'các địa phương có hoạt động nghề cá',
# 'các đơn vị có công trình đang thi công', 'chủ tịch UBND các xã, thị trấn có các tuyến đường đã và
# đang đầu tư xây dựng vỉa hè', 'các cơ quan, địa phương có tỉ lệ giải ngân thấp'; counted: 12 offices
# in the development gold, 50 in office_spans): 'có' there is no verb of the sentence, and neither is a
# verb inside the qualifier; the qualifier ends where the list goes on (', các ...', 'và các ...', a
# capitalised body) or where the sentence's own duty starts ('phải', 'khẩn trương', 'kiểm tra' ...).
# Not 'có' + the thing the sentence asks for ('các địa phương có kế hoạch ...', 'có văn bản', 'có
# biện pháp', 'có báo cáo'), and not when no duty follows (then 'có' is the sentence's verb).
_QUAL_UNITS = (r"(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|tỉnh|thành\s+phố|đặc\s+khu|địa\s+phương|đơn\s+vị|cơ\s+quan|"
               r"doanh\s+nghiệp|cơ\s+sở|trường|bộ|ngành|sở|hộ(?:\s+gia\s+đình|\s+dân)?|tổ\s+chức|cá\s+nhân|bệnh\s+viện)")
# what 'có' takes that is no qualifier but the thing the sentence asks for or a modal (also read by
# qualifiers._SINGULAR_HAS_RE, office33)
QUALIFIER_NOT_NOUNS = (
    r"trách\s+nhiệm|nhiệm\s+vụ|văn\s+bản|công\s+văn|tờ\s+trình|ý\s+kiến|kế\s+hoạch|báo\s+cáo|biện\s+pháp|phương\s+án|"
    r"giải\s+pháp|hướng\s+dẫn|thể|quyền|nghĩa\s+vụ|liên\s+quan|thẩm\s+quyền|chỉ\s+đạo|đề\s+xuất|kiến\s+nghị|đề\s+nghị|sự|"
    r"hình\s+thức|chương\s+trình|cơ\s+chế|chính\s+sách|hiệu\s+quả|thông\s+báo|công\s+điện|quyết\s+định|lộ\s+trình|đánh\s+giá|"
    r"yêu\s+cầu|mặt|phản\s+hồi|trả\s+lời|cam\s+kết|đủ|không|chưa|tên|trong|ở|tại")
_UNIT_QUALIFIER_RE = re.compile(
    rf"(?<![^\W_])(?:các|những|mọi)\s+{_QUAL_UNITS}(?:\s*(?:,|-|–|/|và)\s*(?:các\s+)?{_QUAL_UNITS})*"
    r"(?:\s+(?:ven\s+biển|biên\s+giới|miền\s+núi))?\s+(?P<has>(?:đã\s+và\s+đang\s+|đang\s+|đã\s+|còn\s+)?có)\s+"
    r"(?!(?:" + QUALIFIER_NOT_NOUNS + r")(?![^\W_]))(?-i:[a-zà-ỹđ])", re.I)
_QUAL_ASPECT_RE = re.compile(r"(?<![^\W_])(?:đang|đã|sẽ|được|bị|chưa|vẫn)\s+$", re.I)
_QUAL_END_RE = re.compile(
    r"\s*,\s*(?=(?:các|những|mọi|toàn)\s|(?-i:[A-ZĐ]))|\s+(?:và|cùng|hoặc|cũng\s+như)\s+(?=(?:các|những|mọi|toàn)\s|(?-i:[A-ZĐ])|"
    r"(?:cơ\s+quan|đơn\s+vị|ngành|địa\s+phương|lực\s+lượng|chính\s+quyền|người|chủ|doanh\s+nghiệp)(?![^\W_]))|"
    r"\s*,?\s+(?=(?:phải|cần|nên|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|khẩn\s+trương|chủ\s+động|nghiêm\s+túc|tiếp\s+tục|"
    r"tăng\s+cường|kịp\s+thời|thường\s+xuyên|tập\s+trung|quyết\s+liệt|sớm|phối\s+hợp|chủ\s+trì|căn\s+cứ|theo\s+chức\s+năng|"
    r"trong\s+phạm\s+vi|rà\s+soát|kiểm\s+tra|tổ\s+chức|triển\s+khai|thực\s+hiện|báo\s+cáo|tuyên\s+truyền|theo\s+dõi|chỉ\s+đạo|"
    r"hướng\s+dẫn|xây\s+dựng\s+(?:kế\s+hoạch|phương\s+án)|kiểm\s+điểm|đôn\s+đốc|bố\s+trí|chuẩn\s+bị|kêu\s+gọi|thông\s+báo|"
    r"đề\s+xuất|chấp\s+hành|bảo\s+đảm|đảm\s+bảo|xử\s+lý|quán\s+triệt|gia\s+cố|di\s+dời|sơ\s+tán|hoàn\s+thành|hoàn\s+thiện|"
    r"đẩy\s+nhanh|giải\s+quyết|phổ\s+biến|ứng\s+phó|vận\s+động|duy\s+trì|huy\s+động|tạm\s+dừng|lập\s+danh\s+sách|"
    r"nghiêm\s+cấm|không\s+được|không\s+để|có\s+biện\s+pháp|có\s+kế\s+hoạch|có\s+văn\s+bản|có\s+phương\s+án)(?![^\W_]))", re.I)


_QUAL_WORD_RE = re.compile(r"\S+")


def _qualifier_end(text: str, at: int) -> int | None:
    """Where the 'có' qualifier that starts at ``at`` (its first word) ends, or None when no duty
    or further item follows within fourteen words (then 'có' is the sentence's own verb)."""
    pos = at
    for _ in range(14):
        m = _QUAL_WORD_RE.search(text, pos)
        if not m:
            return None
        word_end = m.end()
        nxt = text[word_end:]
        if re.match(r"\s*(?:[;:.!?()]|$)", nxt):
            return None
        e = _QUAL_END_RE.match(text, word_end)
        if e and not _QUAL_ASPECT_RE.search(text[max(0, word_end - 12):word_end + 1]):
            return word_end
        pos = word_end
    return None


@lru_cache(maxsize=256)
def unit_qualifier_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of 'có ...' qualifiers after a plural list of units or parties (see `_UNIT_QUALIFIER_RE`)."""
    out = []
    for m in _UNIT_QUALIFIER_RE.finditer(text):
        end = _qualifier_end(text, m.end())
        if end is not None:
            out.append((m.start("has"), end))
    return tuple(out)


def _in_field_pair(text: str, pos: int) -> bool:
    """Is ``pos`` inside two fields of one kind of institution ('các cơ quan thông tấn, báo chí', 'cơ sở
    giáo dục, đào tạo'), where a field that is also a verb ('đào tạo', 'bồi dưỡng') is no verb? (office22)"""
    lo = max(0, pos - 60)
    return any(lo + f.start() < pos < lo + f.end() for f in _FIELD_PAIR_RE.finditer(text[lo:pos + 40]))


def verb_ends_name(text: str, vm: re.Match) -> bool:
    """Does the verb match ``vm`` end a noun phrase of bodies?  Not when it is capitalised
    inside a name ('Ngành Quản lý ruộng đất') or right after a body noun ('Tổng cục quản lý
    ruộng đất', 'các cơ quan tuyên truyền'): there it is part of the name."""
    if vm.start() > 0 and vm.group(0)[:1].isupper():
        return False
    if any(a <= vm.start() < b for a, b in unit_qualifier_spans(text)):
        return False  # ('các địa phương có hoạt động nghề cá và ...': a qualifier, no verb of the sentence)
    if _in_field_pair(text, vm.start()):
        return False  # ('các cơ sở đào tạo, bồi dưỡng cán bộ ...': a field of the institution, office22)
    if leaders_list_member(text, vm.start()):
        return False  # (office44) '..., Khánh Hòa và lãnh đạo các Bộ, ngành': a list member, leaderslist.py
    if vm.group(0).casefold() in ("có trách nhiệm", "chịu trách nhiệm", "phải", "cần"):
        return True  # never a word of a body's name ('Phó các phòng có trách nhiệm ...', 'Chủ dự
        # án/cơ sở phải thực hiện ...': a modal after 'cơ sở' is no 'Sở' name going on)
    before = text[max(0, vm.start() - 30):vm.start()]
    if re.search(r"(?<![^\W_])về\s+$", before) and re.search(r"(?<![^\W_])(?:Vụ|Ban|Cục|Viện|Hội\s+đồng|Ủy\s+ban|Uỷ\s+ban|Trung\s+tâm|"
                                                       r"Ban\s+Chỉ\s+đạo)\s[^,;:]*$", text[:vm.start()]):
        # 'Vụ Các vấn đề chung về xây dựng pháp luật', 'Ban Chỉ đạo ... về phát triển ...': a body's
        # field after 'về' is named by a verb of work; it is no verb of the sentence
        return False
    # 'các viện nghiên cứu': the kind of institute, not the verb (not after 'bệnh viện', 'học
    # viện', where the verb that follows is the sentence's: 'Giám đốc các bệnh viện chủ trì ...')
    if vm.group(0).casefold() == "nghiên cứu" and re.search(r"(?<![^\W_])(?<!bệnh\s)(?<!học\s)viện\s+$", before, re.I):
        return False
    # 'giao thông', 'giao dịch': nouns, not the verb 'giao'
    if vm.group(0).casefold() == "giao" and re.match(r"\s+(?:thông|dịch|lưu|tiếp|thoa|ước|nhận)(?![^\W_])", text[vm.end():], re.I):
        return False
    if vm.group(0).casefold() == "giao" and re.search(r"(?:Ngoại|ngoại|bàn|chuyển|được)\s+$", before):
        return False  # 'Bộ Ngoại giao', 'bàn giao', 'chuyển giao': not the verb 'giao'
    # ('phối hợp với các đơn vị quản lý cửa khẩu, hải quan', 'các đơn vị quản lý di tích'): the managing
    # unit of a place or a thing is named by what it manages, as 'cơ quan quản lý' is; 'quản lý' there is
    # a word of the name (not before a manner word: 'các đơn vị quản lý chặt chẽ ...' is the verb)
    if vm.group(0).casefold() == "quản lý" and re.search(r"(?<![^\W_])(?:các\s+|những\s+)?đơn\s+vị\s+$", before, re.I) \
            and not re.match(r"\s+(?:chặt\s+chẽ|tốt|nghiêm|có\s+hiệu\s+quả|hiệu\s+quả|theo|và|,)", text[vm.end():], re.I) \
            and not _VERB_RE.match(text[vm.end():].lstrip()):
        # ('Đơn vị quản lý vận hành hồ chứa có trách nhiệm ...': a second verb after it goes with the name
        # as the party's whole name, read by the party rule)
        return False
    # 'độc lập', 'thiết lập': not the verb 'lập'
    if vm.group(0).casefold() == "lập" and re.search(r"(?:độc|thiết|xác|tự|công|dân)\s+$", before, re.I):
        return False
    # 'Các cơ quan, tổ chức, doanh nghiệp': the noun 'tổ chức' in a list of bodies, not the verb
    if vm.group(0).casefold() == "tổ chức" and re.search(r",\s*$", before) and re.match(r"\s*(?:[,;]|và\s|có\s+liên\s+quan|liên\s+quan)", text[vm.end():]):
        return False
    # 'Tổ chức tín dụng phi ngân hàng sửa đổi ...', 'các tổ chức liên quan', ', tổ chức đại diện của
    # người sử dụng lao động': a kind of organisation (or one after 'các'), the noun 'tổ chức'; the
    # verb takes an object ('tổ chức tập huấn'), never these words (the known fault: a regulated
    # party at a list's start read as the verb)
    if vm.group(0).casefold() == "tổ chức" and (_ORG_KIND_RE.match(text, vm.end())
                                               or re.search(r"(?<![^\W_])(?:các|những|mọi)\s+$", before, re.I)):
        return False
    # 'Người đứng đầu các cơ quan, tổ chức quy định tại ...': after 'cơ quan, ' / 'đơn vị, ' in a list
    # of kinds of bodies 'tổ chức' is one more kind (the legal pair 'cơ quan, tổ chức'), the noun
    if vm.group(0).casefold() == "tổ chức" and re.search(r"(?<![^\W_])(?:cơ\s+quan|đơn\s+vị|doanh\s+nghiệp)\s*,\s*$", before, re.I):
        return False
    # 'Các tổ chức, cá nhân được cấp giấy phép ...', 'Tổ chức, cá nhân khai thác khoáng sản phải
    # ...': the legal pair 'tổ chức, cá nhân' (organisations and individuals) is a noun; the verb
    # 'tổ chức' takes an object, never a comma and another party
    if vm.group(0).casefold() == "tổ chức" and re.match(
            r"\s*(?:,|và|hoặc)\s*(?:các\s+)?(?:cá\s+nhân|doanh\s+nghiệp|hộ\s+gia\s+đình)(?![^\W_])", text[vm.end():], re.I):
        return False
    # 'tổ chức đảng', 'tổ chức chính trị - xã hội', 'tổ chức đoàn thể': organisations, the noun
    if vm.group(0).casefold() == "tổ chức" and re.match(r"\s+(?:đảng|chính\s+trị|đoàn\s+thể|cơ\s+sở\s+đảng)(?![^\W_])", text[vm.end():], re.I) \
            and re.search(r"(?:[,;]|các|những|và)\s*$", before, re.I):
        return False
    # 'các cơ quan, tổ chức quy định tại Điều 2': the participle 'specified in' qualifies the
    # bodies; the verb 'quy định' takes an object, not a place in a text
    if vm.group(0).casefold() == "quy định" and re.match(r"\s+(?:tại|ở|trong)(?![^\W_])", text[vm.end():], re.I):
        return False
    # 'theo quy định', 'các quy định': the noun (a rule), not the verb
    if vm.group(0).casefold() == "quy định" and re.search(r"(?<![^\W_])(?:theo|của|tại|các|những|đúng|với|có|và)\s+$", before, re.I):
        return False
    # 'cơ sở trợ giúp xã hội': the compound 'trợ giúp' (assistance), not the verb 'giúp'
    if vm.group(0).casefold() == "giúp" and re.search(r"(?<![^\W_])trợ\s+$", before, re.I):
        return False
    # (office29) 'Cơ quan có chức năng quản lý đất đai cấp xã', 'tổ chức có chức năng thẩm định giá': the body
    # named by the function it holds; neither 'có' nor the verb of its field ends the name (counted at 39dd6bf3:
    # 11 office_spans rows in 2 documents cut to 'Cơ quan có chức năng'; 27 in 13 gazette documents)
    if vm.group(0).casefold() == "có" and re.match(r"\s+chức\s+năng(?![^\W_])", text[vm.end():], re.I) \
            and re.search(r"(?<![^\W_])(?:cơ\s+quan|đơn\s+vị|tổ\s+chức)(?:\s+[^\W\d_]+){0,2}\s+$", before, re.I):
        return False
    if re.search(r"(?<![^\W_])(?:cơ\s+quan|đơn\s+vị|tổ\s+chức)(?:\s+[^\W\d_]+){0,2}\s+có\s+chức\s+năng\s+$", before, re.I):
        return False
    # 'cơ quan, tổ chức, cá nhân có liên quan': the qualifier 'related', not the verb 'có'
    if vm.group(0).casefold() == "có" and re.match(r"\s+liên\s+quan(?![^\W_])", text[vm.end():], re.I):
        return False
    # ('các bên tham gia hợp đồng', 'bên giao kết'): a party named by its part in a contract
    if vm.group(0).casefold() in ("tham gia",) and re.search(r"(?<![^\W_])bên\s+$", before, re.I):
        return False
    # ('lực lượng tham gia bảo vệ ANTT ở cơ sở'): the grassroots security force (Law 30/2023) is
    # named by what it takes part in; 'tham gia' is a word of its name
    if vm.group(0).casefold() == "tham gia" and re.search(r"(?<![^\W_])lực\s+lượng\s+$", before, re.I) \
            and re.match(r"\s+bảo\s+vệ\s+(?:an\s+ninh|antt)", text[vm.end():], re.I):
        return False
    # 'người có thẩm quyền xử phạt', 'cơ quan có thẩm quyền': the holder of a power, a noun phrase
    if vm.group(0).casefold() == "có" and re.match(r"\s+thẩm\s+quyền(?![^\W_])", text[vm.end():], re.I) \
            and re.search(r"(?<![^\W_])(?:người|cơ\s+quan|cấp|cá\s+nhân|tổ\s+chức)\s+$", before, re.I):
        return False
    # '05 ngày làm việc': working days, not the verb 'làm việc'
    if vm.group(0).casefold() == "làm việc" and re.search(r"ngày\s+$", before, re.I):
        return False
    # 'chương trình', 'quy trình', 'công trình': a noun, not the verb 'trình'
    if vm.group(0).casefold() == "trình" and re.search(r"(?:chương|quy|công|tờ|lộ|hành|tiến|quá)\s+$", before, re.I):
        return False
    # 'Chi cục Hải quan nơi đăng ký tờ khai ...': the verb of a relative clause names the body
    if re.search(r"(?<![^\W_])nơi\s+(?:\S+\s+){0,1}$", before, re.I):
        return False
    # ('... trực thuộc Sở tự chủ tài chính': a bare head after 'thuộc / của' refers to a body
    # already named, so the verb after it ends the subject)
    if re.search(r"(?:thuộc|của)\s+(?:các\s+)?\S+\s+$", before, re.I):
        return True
    # ('Văn phòng Sở theo dõi, đôn đốc ...', 'Giám đốc Sở chỉ đạo ...': the bare head is the issuing
    # body itself, so the name is whole and the verb after it ends the subject)
    if re.search(r"(?:Văn\s+phòng|Giám\s+đốc|Lãnh\s+đạo|Chánh\s+Văn\s+phòng)\s+(?:Sở|Ban|Bộ|Cục)\s+$", before):
        return True
    # ('Chủ tịch Hội đồng phân công nhiệm vụ cho ...', 'Trưởng Ban chỉ đạo ...', 'Phó Chủ tịch Thường
    # trực Hội đồng chịu trách nhiệm ...'): a title before a capitalised bare head names the head of
    # the body the text is about; the name is whole and the verb after it is the sentence's
    if re.search(r"(?<![^\W_])(?:Chủ\s+tịch|Phó\s+Chủ\s+tịch(?:\s+Thường\s+trực)?|Trưởng|Phó\s+Trưởng|Thủ\s+trưởng|Giám\s+đốc|"
                 r"Ủy\s+viên|Uỷ\s+viên|Thư\s+ký)\s+(?:Hội\s+đồng|Ủy\s+ban|Uỷ\s+ban|Ban|Tổ|Đoàn|Sở|Cục|Viện|Trung\s+tâm)\s+$", before):
        return True
    # 'Ủy ban bầu cử xã', 'tổ bầu cử', 'người ứng cử': the noun 'bầu cử / ứng cử', not the verb 'cử'
    if vm.group(0).casefold() == "cử" and re.search(r"(?<![^\W_])(?:bầu|ứng|đề|tiến|tuyển)\s+$", before, re.I):
        return False
    # ('các Đoàn kiểm tra, giám sát của Tỉnh': the team's name, not the verb 'kiểm tra')
    if re.search(r"(?<![^\W_])đoàn\s+$", before, re.I) and vm.group(0).casefold() in ("kiểm tra", "giám sát", "thanh tra"):
        return False
    # ('Bộ GD&ĐT đề nghị các sở báo cáo nhanh ...'): the plural bare 'các sở' is the whole name (a
    # department is named by its field in capitals, 'Sở Tài chính'; no kind of 'sở' is named by a
    # verb), so the verb after it is the sentence's
    if re.search(r"(?<![^\W_])(?:các|những|mọi)\s+sở\s+$", before):
        return True
    # ('UBND tỉnh yêu cầu các sở, ngành chỉ đạo các đơn vị trực thuộc ...', 'các bộ, ngành chủ động ...'):
    # bare kinds listed with commas and closed by 'ngành' ('sở, ngành', 'sở, ban, ngành', 'bộ, ngành') are a
    # whole collective; no kind of 'ngành' is named by a verb after such a list
    if re.search(r"(?<![^\W_])(?:sở|bộ|ban)(?:\s*,\s*(?:ban|sở|bộ))*\s*,\s*ngành\s+$", before, re.I):
        return True
    # ('các thành viên trong tiểu ban thực hiện ...': 'tiểu ban' is a whole noun, the verb after it
    # ends the phrase)
    if re.search(r"(?<![^\W_])tiểu\s+ban\s+$", before, re.I):
        return True
    return not _HEAD_BEFORE_RE.search(before[-12:])


def _clean(part: str) -> str:
    part = part.strip(" .,;:-–()\"“”")
    part = re.sub(r"\s+", " ", part)
    return part


# 'Giám đốc Sở Y tế - Phó Trưởng ban Thường trực Ban Chỉ đạo tỉnh': group 1 is the second post of
# the same person
_SECOND_POST_RE = re.compile(
    r"(?:chủ\s+tịch|giám\s+đốc|thủ\s+trưởng|trưởng|bộ\s+trưởng|cục\s+trưởng|vụ\s+trưởng)\s+\S[^,;]{0,60}?"
    r"\s[-–]\s+((?:phó\s+)?(?:trưởng|chủ\s+tịch|giám\s+đốc|ủy\s+viên|uỷ\s+viên|thành\s+viên)\b[^,;]*)", re.I)


# the head of a village or residential group: a post, though two words ('Trưởng thôn', 'Trưởng ấp')
_VILLAGE_POST_RE = re.compile(r"^(?:các\s+)?(?:trưởng|phó)\s+(?:thôn|bản|ấp|xóm|buôn|làng|sóc|khu\s+phố|khu|tổ)(?![^\W_])", re.I)


# the kinds of organisation named 'tổ chức ...' in law and directives (credit institutions,
# representative bodies of workers, socio-political organisations ...)
_ORG_KIND_RE = re.compile(
    r"\s+(?:tín\s+dụng|đại\s+diện|chính\s+trị|xã\s+hội|đoàn\s+thể|kinh\s+tế|sự\s+nghiệp|phi\s+chính\s+phủ|tôn\s+giáo|"
    r"hành\s+nghề|(?:có\s+)?liên\s+quan|quốc\s+tế|nước\s+ngoài)(?![^\W_])", re.I)


_VERB_NOUN_HEAD_RE = re.compile(r"^(?:tổ\s+chức|quản\s+lý|lãnh\s+đạo|thanh\s+tra|kiểm\s+toán|bảo\s+hiểm)\s+", re.I)


def _verb_phrase(p: str) -> bool:
    """'Tổ chức thực hiện', 'Quản lý chặt chẽ ...', 'Thanh tra việc ...': a head word that is
    also a verb, followed by a verb or an object marker, names an action, not a body ('Tổ chức
    Công đoàn', 'các tổ chức chính trị - xã hội' are bodies)."""
    m = _VERB_NOUN_HEAD_RE.match(p)
    if not m:
        return False
    rest = p[m.end():]
    return bool(_VERB_RE.match(rest) or re.match(r"(?:việc|các\s+hoạt\s+động|chặt\s+chẽ|thực\s+hiện|thi\s+hành)(?![^\W_])", rest, re.I)
                or m.group(0).strip().casefold() == "tổ chức" and _ORGANISED_RE.match(rest))


# what one organises ('Tổ chức hội nghị sơ kết', 'Tổ chức lực lượng kiểm tra', 'Tổ chức nguồn lực
# thực hiện tại địa phương'): events, forces and means are the object of the verb 'tổ chức', never
# the kind of an organisation ('tổ chức tín dụng', 'tổ chức thu phí' are bodies)
_ORGANISED_RE = re.compile(
    r"(?:(?:các|những|một\s+số|\d+)\s+)?(?:hội\s+(?:nghị|thảo|thi|diễn|chợ)|cuộc|lớp|khóa|khoá|đợt|đoàn|lực\s+lượng|nguồn\s+lực|phong\s+trào|"
    r"chiến\s+dịch|diễn\s+tập|tập\s+huấn|bồi\s+dưỡng|sơ\s+kết|tổng\s+kết|tuyên\s+truyền|kiểm\s+tra|giám\s+sát|đánh\s+giá|triển\s+khai|"
    r"lễ|ngày|tuần|tháng|buổi|chương\s+trình|kỳ\s+thi|thi|tiếp\s+nhận|bộ\s+máy|mạng\s+lưới|tốt|hiệu\s+quả|ký\s+kết|quán\s+triệt|"
    r"phổ\s+biến|học\s+tập|đối\s+thoại|tiếp\s+công\s+dân|trực|cho|lấy\s+ý\s+kiến)(?![^\W_])", re.I)


_UNIT = r"(?:huyện|tỉnh|xã|phường|thị\s+trấn|thành\s+phố|thị\s+xã|quận|đặc\s+khu)"
_SHARED_JURISDICTION_RE = re.compile(
    rf"^(?P<list>.+?)\s+(?:tại|ở|thuộc)\s+(?P<jur>(?:các\s+)?(?:cấp\s+)?{_UNIT}(?:\s*,\s*(?:các\s+)?{_UNIT})*)$", re.I)
# bodies that exist at every level and so take the place after them ('Công an huyện')
_PLACE_TAKING_RE = re.compile(
    r"^(?:Thanh\s+tra|Công\s+an|Quản\s+lý\s+thị\s+trường|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND|"
    r"Ban\s+Chỉ\s+huy\s+Quân\s+sự|Kho\s+bạc|Chi\s+cục|Trung\s+tâm\s+Y\s+tế|Bảo\s+hiểm\s+xã\s+hội|Phòng|Hạt\s+Kiểm\s+lâm|"
    r"Đội\s+Quản\s+lý\s+thị\s+trường|Mặt\s+trận|Hội|Đoàn|Liên\s+đoàn)(?![^\W_])", re.I)


# units inside a body, and the bodies they belong to ('Ban Tuyên giáo' + 'Tỉnh ủy')
# ('Thanh tra Bộ Kế hoạch và Đầu tư': the bare head 'Thanh tra' is a unit too, before its parent)
# ('Bảo hiểm xã hội Công an nhân dân', 'Cục Cảnh sát giao thông Bộ Công an': the insurer and the
# departments of a ministry or a force, named with it)
_UNIT_HEAD_RE = re.compile(r"(?:Ban|Văn\s+phòng|Phòng|Thanh\s+tra|Vụ|Trung\s+tâm|Chi\s+cục|Đội|Cục|Bảo\s+hiểm\s+xã\s+hội)(?:\s|$)|(?:Ủy|Uỷ)\s+ban\s+Kiểm\s+tra(?![^\W_])", re.I)
# ('Văn phòng Cơ quan Ủy ban MTTQ xã': the office of the Front's committee, one body)
_PARENT_BODY_RE = re.compile(r"(?:Đảng\s+ủy|Đảng\s+uỷ|Tỉnh\s+ủy|Tỉnh\s+uỷ|Huyện\s+ủy|Huyện\s+uỷ|Thành\s+ủy|Thành\s+uỷ|Thị\s+ủy|Thị\s+uỷ|Quận\s+ủy|Quận\s+uỷ|"
                             r"(?:Ủy|Uỷ)\s+ban\s+(?:MTTQ|Mặt\s+trận)|UBMTTQ|"
                             r"UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Sở|Bộ|Công\s+an(?=\s+nhân\s+dân|$)|Quân\s+đội)(?![^\W_])")
# ('Bộ trưởng các Bộ: Tài chính, Y tế', 'Trưởng các phòng: Nội vụ, Tư pháp': the minister or the head
# of each body listed by its field, as 'Giám đốc các Sở: ...')
_TITLE_BEFORE_RE = re.compile(r"(?<![^\W_])(?:[Tt]hủ\s+trưởng|[Gg]iám\s+đốc|[Cc]hủ\s+tịch|[Ll]ãnh\s+đạo|[Nn]gười\s+đứng\s+đầu|"
                              r"[Bb]ộ\s+trưởng|(?<![Bb]ộ\s)(?<![Hh]iệu\s)[Tt]rưởng)\s+$")
# ('Các Bộ trưởng: Tài chính, Nội vụ, Xây dựng', as Government resolutions assign to ministers): the
# plural title names the minister of each ministry listed by its field
# (a lower-case head before a colon too: 'Trưởng các phòng: Tài chính - Kế hoạch, Nội vụ')
# ('Riêng các bộ Công an, Quốc phòng, Y tế; UBND TP Hà Nội ...': the press writes the plural head in
# lower case before the fields too; each item is still checked against the gazetteer, at least two)
_DIST_HEAD_RE = re.compile(r"(?<![^\W_])[Cc]ác\s+(?:(?P<head>Bộ|Sở|Phòng|Ban)|(?P<lower>sở|phòng|ban)(?=\s*:)|(?P<lowbo>bộ)(?=\s+[A-ZĐ])|(?P<minister>Bộ\s+trưởng))\s*:?\s+(?=[A-ZĐ])")


# (office31, issue 5 class (c)) a committee's name printed once for the bodies a plural head lists: 'Ban Chỉ huy
# Phòng, Chống thiên tai và Tìm kiếm cứu nạn các Bộ: Quốc phòng, Ngoại giao, ...' (the committees of those
# ministries, as the Central Steering Committee's telegrams address them: pending zn1, zr3; dev zm1) is one office,
# 'Ban Chỉ huy ... các Bộ', as the gold writes it -- never the ministries themselves.  The committee's head opens
# the clause (after a separator or an ask) and runs up to 'các Bộ' without a ';' or ':'.
_COMMITTEE_OF_HEADS_RE = re.compile(
    r"(?:^|[;:.]\s*|(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu|gửi|gửi\s+tới|gửi\s+đến|và|,)\s+)"
    r"(?:Ban\s+[Cc]hỉ\s+(?:huy|đạo)|Hội\s+đồng|Tiểu\s+ban)\s+[^;:.]{3,140}?(?<![,;])\s+$")


_COMMITTEE_OF_LIST_RE = re.compile(r"(?:Ban\s+[Cc]hỉ\s+(?:huy|đạo)|Hội\s+đồng|Tiểu\s+ban)\s")
# ' các Bộ' and the colon list of fields after it, up to the list's end (a ';', '.', or a lower-case verb)
_HEADS_AFTER_COMMITTEE_RE = re.compile(
    r"(\s+các\s+(?:Bộ|Sở|bộ|sở|ngành))\s*:\s*(?:[A-ZĐ][^,;:.()…]{0,50}?(?:\s*(?:,|\svà)\s*|(?=[;.…]|$)))+")


def _distributive_lists(text: str, gaz: Gazetteer) -> list[tuple[int, int, list[tuple[int, str, str | None]]]]:
    """'các Bộ Tài chính, Công Thương và Tư pháp', 'các Sở: Nội vụ, Y tế': one head word for a
    list of fields.  Each item must make a body the gazetteer knows once the head is put before
    it (that is what tells 'Tư pháp' from the words that follow the list); at least two items.
    Returns (start, end, pieces) spans of ``text``."""
    out = []
    for hm in _DIST_HEAD_RE.finditer(text):
        if _COMMITTEE_OF_HEADS_RE.search(text[max(0, hm.start() - 160):hm.start()]):
            continue
        head, pos = hm.group("head") or (hm.group("lower") or "").capitalize() or "Bộ", hm.end()
        minister = hm.group("minister") is not None
        last_end = pos
        items: list[tuple[int, str, str | None]] = []
        while True:
            seg = text[pos:pos + 90]
            best = None
            words = list(re.finditer(r"[^\s,;:()]+", seg))
            for k in range(min(len(words), 9), 0, -1):
                cand = seg[:words[k - 1].end()]
                name = gaz.lookup(f"{head} {cand}")
                if name:
                    best = (cand, name)
                    break
            if best is None:
                pos = last_end  # (the separator before a word that makes no body is not the list's)
                break
            items.append((pos, f"{head} {best[0]}", best[1]))
            pos += len(best[0])
            last_end = pos
            sep = re.match(r"\s*,\s*|\s+và\s+", text[pos:])
            if not sep or not re.match(r"[A-ZĐ]", text[pos + sep.end():pos + sep.end() + 1]):
                break
            pos += sep.end()
        if minister:
            items = [(p, f"Bộ trưởng {w}", f"Bộ trưởng {n}" if n else None) for p, w, n in items]
        if len(items) >= 2:
            out.append((hm.start(), pos, items))
    return out


_SCHOOL_LEVEL = (r"(?:(?-i:THCS|THPT|TH|MN|PTDTBT|PTDTNT|PTCS|TC|CĐ|ĐH)(?:\s*(?:&|và)\s*(?-i:THCS|THPT))?|mầm\s+non|"
                 r"tiểu\s+học|trung\s+học\s+(?:cơ\s+sở|phổ\s+thông)|phổ\s+thông(?:\s+dân\s+tộc\s+(?:bán\s+trú|nội\s+trú))?|"
                 r"liên\s+cấp|chuyên(?:\s+biệt)?)(?![^\W_])")
# the goods or field of a trade listed with commas (office18, gold README convention (f)): 'các thương
# nhân kinh doanh xăng, dầu', 'cơ sở sản xuất thuốc, vắc xin', 'doanh nghiệp nhập khẩu gạo, phân bón': the
# words after the comma are one more good of the same party, not a party of their own (an item opening
# on a party's noun or a verb of duty ends the goods: 'kinh doanh xăng dầu, cửa hàng ...')
_TRADE_VERB = r"(?:kinh\s+doanh|sản\s+xuất|buôn\s+bán|mua\s+bán|nhập\s+khẩu|xuất\s+khẩu|chế\s+biến|phân\s+phối|vận\s+chuyển|cung\s+ứng)"
_LOWER_WORD = r"(?-i:[a-zà-ỹđ][a-zà-ỹđ]*)"
_NOT_A_GOOD = (r"(?!(?:các|những|cơ\s+sở|cửa\s+hàng|doanh\s+nghiệp|hộ|đơn\s+vị|tổ\s+chức|cá\s+nhân|người|chủ|thương\s+nhân|"
               r"đại\s+lý|nhà|công\s+ty|hợp\s+tác\s+xã|trạm|điểm|chợ|trung\s+tâm|cơ\s+quan|địa\s+phương|ngành|sở|phòng|"
               r"ban|bộ|lực\s+lượng|chính\s+quyền|ủy\s+ban|uỷ\s+ban|công\s+an|quân\s+đội|bộ\s+đội|ngân\s+hàng|bệnh\s+viện|trường|"
               r"bảo\s+đảm|đảm\s+bảo|chấp\s+hành|thực\s+hiện|niêm\s+yết|tuân\s+thủ|chủ\s+động|kịp\s+thời|"
               r"phải|cần|không|và|hoặc|tại|trên|theo|đúng)(?![^\W_]))")
# office22: two fields of one kind of institution joined by a comma ('các cơ quan thông tấn, báo chí',
# 'các đài phát thanh, truyền hình', 'cơ sở nuôi dưỡng, điều dưỡng', 'cơ sở đào tạo, bồi dưỡng', 'các đơn
# vị hành chính, sự nghiệp'; gazette: 'cơ quan thông tấn, báo chí' 4, 'cơ sở nuôi dưỡng, điều dưỡng' 7,
# 'cơ sở đào tạo, bồi dưỡng / nghiên cứu' 6, 'cơ sở hành chính, sự nghiệp' 12): the second field is no
# institution of its own; both words must be fields (`_INSTITUTION_FIELD`), so 'các cơ quan chức năng,
# địa phương' and 'các cơ sở giáo dục, cơ sở ...' stay lists
_INSTITUTION_HEAD = r"(?:cơ\s+quan|cơ\s+sở|đơn\s+vị|đài|trung\s+tâm|viện|tổ\s+chức)"
_INSTITUTION_FIELD = (r"(?:thông\s+tấn|báo\s+chí|phát\s+thanh|truyền\s+hình|nuôi\s+dưỡng|điều\s+dưỡng|đào\s+tạo|"
                      r"bồi\s+dưỡng|nghiên\s+cứu|giáo\s+dục|giáo\s+dục\s+nghề\s+nghiệp|hành\s+chính|sự\s+nghiệp|"
                      r"văn\s+hóa|văn\s+hoá|thể\s+thao|du\s+lịch|xuất\s+bản|in|phát\s+hành|thông\s+tin|truyền\s+thông|"
                      r"y\s+tế|chăm\s+sóc|phục\s+hồi\s+chức\s+năng|bảo\s+trợ\s+xã\s+hội|cai\s+nghiện|giám\s+định|"
                      r"kiểm\s+định|kiểm\s+nghiệm|khoa\s+học|công\s+nghệ)(?![^\W_])")
_FIELD_PAIR = (rf"(?<![^\W_]){_INSTITUTION_HEAD}\s+{_INSTITUTION_FIELD}"
               rf"(?:\s*,\s*{_INSTITUTION_FIELD}(?!\s*,\s*(?-i:[A-ZĐ])))+")
def _field_pair_tail(name: str, after: str) -> int:
    """The length of ', <field>' after a known institution named by its field ('các cơ sở đào tạo' + ',
    bồi dưỡng'), 0 when the words after the comma are not a second field of it (office22)."""
    if not re.search(rf"(?<![^\W_]){_INSTITUTION_HEAD}\s+{_INSTITUTION_FIELD}\s*$", name, re.I):
        return 0
    t = re.match(rf"(?:\s*,\s*{_INSTITUTION_FIELD}(?!\s*,\s*(?-i:[A-ZĐ])))+", after, re.I)
    return t.end() if t else 0


_FIELD_PAIR_RE = re.compile(_FIELD_PAIR, re.I)
_COMPOUND_RE = re.compile(
    rf"{_FIELD_PAIR}|(?<![^\W_]){_TRADE_VERB}\s+{_NOT_A_GOOD}{_LOWER_WORD}(?:\s+{_LOWER_WORD}){{0,2}}(?:\s*,\s*{_NOT_A_GOOD}{_LOWER_WORD}(?![^\W_])(?!\s*,\s*(?-i:[A-ZĐ])))+|"
    r"khám\s+bệnh\s*,\s*chữa\s+bệnh|tìm\s+kiếm\s*,\s*(?:quy\s+tập|cứu\s+nạn|cứu\s+hộ)|phòng\s*,\s*chống|"
    r"sản\s+xuất\s*,\s*kinh\s+doanh|xuất\s+khẩu\s*,\s*nhập\s+khẩu|buôn\s+lậu\s*,\s*gian\s+lận\s+thương\s+mại(?:\s+và\s+hàng\s+giả)?|"
    r"gian\s+lận\s+thương\s+mại\s+và\s+hàng\s+giả|cứu\s+nạn\s*,\s*cứu\s+hộ|"
    # 'các trường THCS, THPT', 'các trường mầm non, tiểu học và THCS': the levels of one plural school
    # name ('Hiệu trưởng các trường THCS, THPT trên địa bàn' is one office, not 'THPT' on its own)
    rf"(?<![^\W_])trường\s+{_SCHOOL_LEVEL}(?:\s*(?:,|và|\s\x01\s)\s*{_SCHOOL_LEVEL})+", re.I)
_HEAD_AND_DEPUTY_RE = re.compile(
    r"(?:Trưởng|Giám\s+đốc|Chủ\s+tịch|Hiệu\s+trưởng|Thủ\s+trưởng)\s*,\s*[Pp]hó\s+(?:các\s+)?[^\W\d_][^,;:()]{1,60}$")
_GOV_LEADER_RE = re.compile(
    # ('Phó Thủ tướng Chính phủ phụ trách lĩnh vực': the deputy in charge of the field, a post)
    r"(?P<post>(?:Phó\s+)?Thủ\s+tướng(?:\s+Thường\s+trực)?(?:\s+Chính\s+phủ)?(?:\s+phụ\s+trách(?:\s+lĩnh\s+vực|\s+ngành)?)?)"
    # (an adverb the subject kept before its verb: '... phụ trách lĩnh vực trực tiếp chỉ đạo')
    r"(?:\s+(?:[A-ZĐ][^\W\d_]*)(?:\s+[A-ZĐ][^\W\d_]*){1,3})?(?=\s*(?:,|và\s|$)|\s+(?:trực\s+tiếp|khẩn\s+trương|chủ\s+động)\s*$)")


# a commune office's staff post named by its field or office ('các đồng chí Chuyên viên cơ quan
# MTTQ xã', 'Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội', 'công chức Văn hóa - Xã
# hội'), up to the next list break; gold README: named posts are offices
STAFF_POST_RE = re.compile(
    r"(?<![^\W_])(?:các\s+)?(?:(?:đồng\s+chí|đ/c)\s+)?(?:[Cc]án\s+bộ|[Cc]huyên\s+viên|[Cc]ông\s+chức)\s+"
    r"(?i:phụ\s+trách|chuyên\s+trách|cơ\s+quan|văn\s+phòng)(?![^\W_])[^,;.()]{2,70}?(?=\s*(?:[,;.()]|\s(?:và|cùng|với)\s|$))")


_UNIT_OF_BODY_RE = re.compile(tone_insensitive(
    r"(?<![^\W_])(?:(?:các|những)\s+)?(?:(?:thành\s+viên|tổ\s+trưởng|văn\s+phòng)\s+)?"
    r"(?:đoàn\s+đại\s+biểu|tổ\s+đại\s+biểu|đại\s+biểu|đảng\s+đoàn|ban\s+cán\s+sự\s+đảng|"
    r"đảng\s+ủy(?:\s+(?:cơ\s+quan|khối))?|tổ\s+đảng(?:\s+ở)?(?:\s+thường\s+trực)?|"
    # ('Văn phòng thường trực Ban Chỉ huy Phòng chống thiên tai tỉnh': the standing office of a body)
    r"(?:văn\s+phòng|cơ\s+quan)\s+thường\s+trực)\s+(?:các\s+)?$"), re.I)


# ('thường trực HĐND, các ban HĐND phường', 'các phòng chuyên môn UBND huyện', 'các ban Đảng ủy xã'):
# the committees or offices of a council, a people's committee or a Party committee, named in the
# plural before it, are one office with it (not 'các ban' plus the council); the plural is required
# ('giao ban UBND huyện' is a meeting); so are the members of a committee ('các thành viên BCĐ
# huyện phụ trách địa bàn ...': the members act, each on his area)
_PLURAL_UNIT_OF_BODY_RE = re.compile(
    r"(?<![^\W_])(?:(?:các|những)\s+(?:ban|phòng|bộ\s+phận)(?:\s+chuyên\s+môn)?|(?:các\s+)?thành\s+viên)\s+$", re.I)


# 'UBND các huyện: Kỳ Anh, Cẩm Xuyên', 'Chủ tịch UBND các xã: Sơn Kim 1, Sơn Kim 2 và Sơn Tây': a
# committee's name printed once, its level in the plural, and the places after a colon: one
# office per place ('UBND huyện Kỳ Anh', ...). The places are capitalised words that open no body
# of their own ('... và UBND thị xã Kỳ Anh' is another office, not a place of the list).
_PLACE_NAME = (r"(?!(?:UBND|HĐND|Ủy|Uỷ|Sở|Phòng|Ban|Bộ|Công|Trung|Chủ|Văn|Đài|Các)(?![^\W_]))"
               rf"[{_UP}][^\s,;:()]*(?:\s+(?!(?:và|cùng|với)\s)[{_UP}0-9][^\s,;:()]*){{0,3}}")
_JUR_DIST_RE = re.compile(
    r"(?P<head>(?:(?:Phó\s+)?Chủ\s+tịch\s+)?(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân))\s+các\s+"
    r"(?P<level>huyện|thị\s+xã|thành\s+phố|quận|xã|phường|thị\s+trấn|đặc\s+khu)\s*:\s*"
    rf"(?P<items>{_PLACE_NAME}(?:\s*(?:,|\svà)\s*{_PLACE_NAME})+)")
# the same without the colon (office19): a plural level, then at least two names, is one office per
# named place too ('UBND các phường Ngọc Lâm, Gia Thụy', 'UBND các huyện Đông Hòa, Tuy An', 'các đặc
# khu Cô Tô, Vân Đồn', 'UBND các tỉnh, thành phố Đà Nẵng, Quảng Ngãi, Gia Lai': the gold README's
# convention for 'UBND các huyện: A, B'); one level word only, or the pair 'tỉnh, thành phố' whose
# members are told apart by the six centrally run cities; not a mixed 'huyện, thị xã, thành phố'
# list, whose places cannot be given their kind; the head may be left out ('các đặc khu Cô Tô, Vân
# Đồn') where the list opens the segment or follows a comma or 'và'
# a place of the list: a name, or a number for the places a commune or ward numbers ('các tổ dân phố 3, 5
# và 7', 'các phường 11, 12'; office21)
_PLACE_ITEM = rf"(?:{_PLACE_NAME}|\d{{1,2}}[A-Z]?(?![^\W_]))"
_JUR_NAMED_RE = re.compile(
    # (office21: 'Trưởng các thôn A và thôn B': the head of each place, 'Trưởng thôn A')
    r"(?P<head>(?:(?:Phó\s+)?Chủ\s+tịch\s+)?(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+|[Tt]rưởng\s+(?=các\s+(?:thôn|bản|ấp|xóm|buôn|tổ\s+dân\s+phố|khu\s+phố)\s))?các\s+"
    r"(?P<level>tỉnh\s*,\s*thành\s+phố|thành\s+phố\s*,\s*tỉnh|tỉnh|huyện|thị\s+xã|quận|xã|phường|thị\s+trấn|đặc\s+khu|"
    # (office21: the places under a commune, 'các thôn Đông Sơn và thôn Tây Sơn', 'các bản Nà Hừ, Huổi Tre')
    r"thôn|bản|ấp|xóm|buôn|tổ\s+dân\s+phố|khu\s+phố)"
    r"(?:\s+(?:ven\s+biển|biên\s+giới))?\s+"
    # (office21: each later place may repeat the level word, 'các xã Hòa Bắc và xã Hòa Liên')
    rf"(?P<items>{_PLACE_ITEM}(?:\s*(?:,|\svà)\s*(?:(?P=level)\s+)?{_PLACE_ITEM})+)(?=\s*(?:[,;.:)]|$|\s+(?-i:[a-zà-ỹđ])))")
_CENTRAL_CITIES = {"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"}


def _drop_repeated_level(place: str, level: str) -> str:
    """'xã Hòa Liên' in 'các xã Hòa Bắc và xã Hòa Liên' -> 'Hòa Liên': the level word is printed once
    for the office (office21)."""
    m = re.match(re.escape(level).replace(r"\ ", r"\s+") + r"\s+", place)
    return place[m.end():] if m else place


def _named_places(text: str) -> re.Match | None:
    """A plural level followed by the names of its members, without a colon (`_JUR_NAMED_RE`)."""
    for m in _JUR_NAMED_RE.finditer(text):
        if m.group("head") or not text[:m.start()].strip() or re.search(r"(?:[,;]|(?<![^\W_])và)\s*$", text[:m.start()]):
            return m
    return None


# a plural Party organ over several kinds of committee: '(Ban thường vụ / Thường trực) các tỉnh ủy,
# thành ủy (trực thuộc Trung ương)', 'các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy'
# a service present in every unit and locality ('Công an (các) đơn vị, địa phương', 'Ban Chỉ huy quân sự
# các đơn vị, địa phương'): the list after it says where it sits, it names no bodies of its own
_SERVICE_OF_UNITS_RE = re.compile(tone_insensitive(
    r"^(?:(?:các\s+)?(?:thủ\s+trưởng|lãnh\s+đạo|chỉ\s+huy)\s+)?(?:công\s+an|quân\s+đội|bộ\s+đội\s+biên\s+phòng|ban\s+chỉ\s+huy\s+quân\s+sự|"
    r"lực\s+lượng\s+vũ\s+trang)\s+(?:các\s+)?(?:đơn\s+vị\s*,\s*địa\s+phương|địa\s+phương\s*,\s*đơn\s+vị)(?![^\W_])"), re.I)
_COMMITTEE = r"(?:tỉnh|thành|huyện|quận|thị|đảng)\s+(?:ủy|uỷ)"
_COMMITTEE_KINDS_RE = re.compile(
    rf"(?:(?:Ban\s+Thường\s+vụ|Ban\s+Chấp\s+hành|Thường\s+trực|Ban\s+Thường\s+trực|cấp\s+(?:ủy|uỷ))\s+)?các\s+{_COMMITTEE}"
    rf"(?:\s*,\s*{_COMMITTEE}(?![^\W_]))+(?:\s+(?:trực\s+thuộc|thuộc)\s+(?:Trung\s+ương|Tỉnh\s+(?:ủy|uỷ)|Thành\s+(?:ủy|uỷ)|Huyện\s+(?:ủy|uỷ)))?", re.I)


# (office32, the convention in samples/gold/README.md) 'Tỉnh ủy, Thành ủy (trước sáp nhập)', 'huyện ủy, thị ủy, thành ủy':
# the Party committees of ONE level named by their kinds (a province's and a centrally run city's; a district's, a town's
# and a city's) are one office, as the plural 'các tỉnh ủy, thành ủy' is -- two kinds of one institution joined by a
# comma; kinds of two levels ('Tỉnh ủy, Huyện ủy') are two bodies.  Not before a proper name ('Thành ủy Huế').
_PROVINCE_COMMITTEE = r"(?:tỉnh|thành)\s+(?:ủy|uỷ)"
_DISTRICT_COMMITTEE = r"(?:huyện|thị|thành|quận)\s+(?:ủy|uỷ)"
_BARE_COMMITTEE_KINDS_RE = re.compile(tone_insensitive(
    rf"(?:(?:Ban\s+Thường\s+vụ|Ban\s+Chấp\s+hành|Thường\s+trực|Ban\s+Thường\s+trực)\s+)?"
    rf"(?:{_PROVINCE_COMMITTEE}(?:\s*,\s*{_PROVINCE_COMMITTEE}(?![^\W_]))+|{_DISTRICT_COMMITTEE}(?:\s*,\s*{_DISTRICT_COMMITTEE}(?![^\W_]))+)"
    rf"(?!\s+(?-i:[A-ZĐ]))"), re.I)


_TIME_TAIL_RE = re.compile(
    r"\s+(?:định\s+kỳ|(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần|ngày)|\d+\s+tháng\s*/\s*lần)(?![^\W_]).*$", re.I | re.S)
# (nor 'thường xuyên': 'Trung tâm Giáo dục thường xuyên' is a name)
# (not 'trước ngày ...': in 'các khoản ... phát sinh trước ngày 31/12/2024, cơ quan X ...' the date
# belongs to an opener's noun phrase, and cutting there would leave its words to read as a body)


# a newspaper or journal by its capitalised title ('Báo Khánh Hòa', 'Báo TN&MT', 'Tạp chí Cộng sản'):
# press bodies a directive tasks with publicising it (the lower-case 'báo' is 'báo cáo', a verb)
_NEWSPAPER_RE = re.compile(r"(?:Báo|Tạp\s+chí)\s+[A-ZĐÀ-Ỹ0-9]")
# the whole title, capitalised to its end, before the lower-case verb ('Báo Khánh Hòa mở chuyên mục ...')
_NEWSPAPER_TITLE_RE = re.compile(r"(?:Báo|Tạp\s+chí)(?:\s+[A-ZĐÀ-Ỹ0-9][^\s,;]*)+(?=\s+[a-zđà-ỹ])")


# 'chi nhánh/văn phòng đại diện của VCCI', 'phòng/ban chuyên môn': two kinds of body joined by a
# slash ('either one') and sharing what follows are one office as written; the kind after the
# slash is the one the body words know
_SLASH_ALT_RE = re.compile(r"^(?:các\s+)?[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,3}/(?=[^\W\d_])")


def _slash_alternatives(p: str) -> bool:
    m = _SLASH_ALT_RE.match(p)
    return bool(m) and bool(BODY_HEAD_RE.match(p[m.end():]))


# a body that exists at every level, written bare before a list item that carries a plural place
# ('Ủy ban nhân dân và Ban chỉ đạo các quận, huyện, phường, xã', 'Công an, Quân sự các huyện'): the
# place is printed once, after the last head, and belongs to each
_BARE_LEVEL_HEAD_RE = re.compile(
    r"(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND|Công\s+an|Thanh\s+tra|Ban\s+[Cc]hỉ\s+đạo|"
    r"Ban\s+[Cc]hỉ\s+huy\s+[Qq]uân\s+sự|Quân\s+sự|(?:Ủy|Uỷ)\s+ban\s+(?:MTTQ|Mặt\s+trận\s+Tổ\s+quốc)(?:\s+Việt\s+Nam)?|"
    r"Mặt\s+trận\s+Tổ\s+quốc|Đảng\s+ủy|Đảng\s+uỷ|Kho\s+bạc\s+Nhà\s+nước|Bảo\s+hiểm\s+xã\s+hội|Chi\s+cục\s+Thuế|Trung\s+tâm\s+Y\s+tế")
_PLURAL_PLACE_TAIL_RE = re.compile(
    rf"\s((?:các\s+)?{_UNIT}(?:\s*,\s*{_UNIT})+|các\s+{_UNIT}|cấp\s+(?:tỉnh|huyện|xã))(?:\s+trực\s+thuộc\s+[Tt]rung\s+ương)?$", re.I)


def _share_trailing_place(out: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Give the plural place of a list's last body to the bare level-taking heads just before it."""
    if len(out) < 2:
        return out
    tail = _PLURAL_PLACE_TAIL_RE.search(out[-1][0])
    if not tail:
        return out
    place = re.sub(r"\s+", " ", tail.group(0).strip())
    res = list(out)
    for k in range(len(out) - 2, -1, -1):
        name, written = out[k]
        if not _BARE_LEVEL_HEAD_RE.fullmatch(name.strip()):
            break
        res[k] = (f"{name.strip()} {place}", written)
    return res


# (the list may run on into its verb phrase when the verb is one the reader does not know:
# '... và Nhân dân trên địa bàn xã treo cờ Tổ quốc ...'; the public's place ends the name)
_PUBLIC_LAST_RE = re.compile(r"\s+(?:và|cùng)\s+(?P<who>(?:toàn\s+thể\s+)?(?:[Nn]hân\s+dân|người\s+dân)"
                             r"(?:\s+trên\s+địa\s+bàn(?:\s+(?:toàn\s+)?(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|tỉnh|thành\s+phố|đặc\s+khu)"
                             r"(?:\s+[A-ZĐÀ-Ỹ][^\s,;.:]*)*)?)?)(?=\s*[,;.:]?\s*$|\s+[a-zà-ỹđ])")


# the regions of the country named by 'bộ' ('các tỉnh Bắc Trung bộ và Bắc bộ', 'Tây Nam Bộ', 'Đông Nam Bộ',
# 'Nam Trung Bộ'): 'bộ' there is no ministry's head, and 'và' between two regions joins places, not
# bodies
_REGION_BO_RE = re.compile(r"(?<![^\W_])((?:Bắc|Nam|Tây|Đông)\s+(?:Trung\s+|Nam\s+)?|Trung\s+)[Bb](ộ)(?![^\W_])")
_REGION_AND_RE = re.compile(r"(?<=\u01eb)(\s+)và(\s+)(?=(?:Bắc|Nam|Tây|Đông|Trung)\s)")
# (office32) 'các tỉnh, thành phố khu vực Bắc Bộ, Bắc Trung Bộ' (pending zf3): a comma between two regions joins places
_REGION_COMMA_RE = re.compile(r"(?<=\u01eb),(?=\s+(?:Bắc|Nam|Tây|Đông|Trung)\s)")


def _mask_regions(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Same length, in letters no Vietnamese word holds and capitalised as a place name is (the place
    after 'tỉnh' runs over capitalised words): a region's 'bộ' -> 'Bǫ', the 'và' between two
    regions -> 'Ǭǭ'; with the (masked, written) pairs that undo it."""
    pairs: list[tuple[str, str]] = []

    def bo(m: re.Match) -> str:
        masked = m.group(1) + "B\u01eb"
        pairs.append((masked, m.group(0)))
        return masked

    text = _REGION_BO_RE.sub(bo, text)

    def va(m: re.Match) -> str:
        pairs.append(("\u01ec\u01ed", "và"))
        return m.group(1) + "\u01ec\u01ed" + m.group(2)

    text = _REGION_AND_RE.sub(va, text)
    if _REGION_COMMA_RE.search(text):
        pairs.append(("\u01ee", ","))
        text = _REGION_COMMA_RE.sub("\u01ee", text)
    return text, pairs


def _unmask_regions(s: str, pairs: list[tuple[str, str]]) -> str:
    for masked, written in pairs:
        s = s.replace(masked, written)
    return s


# ('Chánh văn phòng Ủy ban nhân dân tỉnh', 'Chánh Văn phòng Tổng cục Thuế', 'Chánh Văn phòng Bộ Nông
# nghiệp và Môi trường', a page's 'Chánh Vănphòng Ủy ban nhân dân tỉnh'): the head of a body's office
# printed before a body the gazetteer knows without its 'Văn phòng' (a lower-case 'văn phòng', a
# parent with no office entry, a lost space). Read alone the body took the post's place: an execution
# clause named the province's committee, not the head of its office. Counted at 39dd6bf3: 3 office_spans
# rows in 3 documents (ob15-031, ob18-033, ob48-003), 3 in 2 gazette documents.
_HEAD_OF_OFFICE_BEFORE_RE = re.compile(r"(?<![^\W_])(?P<title>(?:[Pp]hó\s+)?[Cc]hánh)\s+(?P<unit>[Vv]ăn\s*phòng|[Tt]hanh\s+tra)\s+$")


def _head_of_office(head: re.Match, m: OfficeMatch, text: str) -> OfficeMatch:
    """The match ``m`` of a body with the title and unit printed before it ('Chánh văn phòng' +
    'Ủy ban nhân dân tỉnh'): one office, the post, its unit written 'Văn phòng' / 'Thanh tra'."""
    title = head.group("title")
    title = title[:1].upper() + title[1:]
    unit = "Văn phòng" if re.match(r"[Vv]ăn", head.group("unit")) else "Thanh tra"
    return OfficeMatch(head.start(), m.end, text[head.start():m.end], f"{title} {unit} {m.canonical}", m.kind, m.score,
                       name=f"{title} {unit} {m.name}")


def split_office_list(text: str, gaz: Gazetteer) -> list[tuple[str, str]]:
    """'Sở Tài chính, Sở Y tế và Ủy ban nhân dân các huyện, thành phố' -> three offices (and a bare
    head before a plural place shares it: :func:`_share_trailing_place`)."""
    if _REGION_BO_RE.search(text):
        masked, pairs = _mask_regions(text)
        return [(_unmask_regions(n, pairs), _unmask_regions(w, pairs)) for n, w in _split_office_list_regions(masked, gaz)]
    return _split_office_list_regions(text, gaz)


def _split_office_list_regions(text: str, gaz: Gazetteer) -> list[tuple[str, str]]:
    # ('các cấp ủy, chính quyền', 'cấp ủy, chính quyền các cấp'): the Party committees and the
    # authorities of each level are two kinds of body, not one collective (same length: offsets hold)
    text = _COMMITTEES_AND_AUTHORITIES_RE.sub(lambda m: m.group(1) + ";" + m.group(2), text)
    # ('cán bộ thú y của xã cùng các ông Trưởng, phó các thôn', 'các đồng chí thành viên Ban chỉ
    # đạo', 'bà Trưởng ban Công tác Mặt trận'): an honorific before a post is courtesy, the post
    # names the doer (blanked, same length: offsets hold)
    text = _HONORIFIC_BEFORE_POST_RE.sub(lambda m: " " * len(m.group(0)), text)
    out = _share_trailing_place(_split_office_list(text, gaz))
    # (office31) a name's first words printed twice, the first time cut ('đề nghị Ban Chỉ Ban Chỉ huy Phòng,
    # Chống thiên tai ...', pending zn1; the same slip 'Văn Văn phòng Ban chỉ đạo' in zr3's speaker): the
    # cut print is no office of its own
    out = [(n, w) for i, (n, w) in enumerate(out)
           if not (i + 1 < len(out) and out[i + 1][1].startswith(w + " ")
                   and re.search(re.escape(w) + r"\s+" + re.escape(out[i + 1][1]), text))]
    if len(out) == 2:
        # ('Cục Lãnh sự, Bộ Ngoại giao chủ trì ...', 'Vụ Pháp chế, Bộ Tư pháp'): a unit, then after a
        # comma the ministry it belongs to, names one body as 'Cục Lãnh sự thuộc Bộ Ngoại giao' does
        (n1, w1), (n2, w2) = out
        if _UNIT_OF_MINISTRY_RE.match(n1) and re.match(r"Bộ\s+(?-i:[A-ZĐ])", n2) \
                and re.fullmatch(r"\s*(?:các\s+)?" + re.escape(w1) + r"\s*(?:,|-|–)\s*" + re.escape(w2) + r"\s*[.;,]?\s*", text, re.I):
            return [out[0]]
    return out


# ('UBND TP chấp thuận cho Sở Giao thông vận tải phối hợp với ... thực hiện thí điểm', 'Chủ tịch UBND
# tỉnh đồng ý cho Sở Y tế tổ chức ...', 'UBND tỉnh cho phép Sở Du lịch thí điểm ...'): the body
# allowed to act does the work, the one granting leave does not
_GRANTS = r"(?:đồng\s+ý|chấp\s+thuận|cho\s+phép)(?:\s+cho)?(?=\s+(?:các\s+)?(?-i:[A-ZĐ]))"
_GRANTOR_CLAUSE_RE = re.compile(r"\s*(?:[^,;:.]{0,40},\s*)?(?P<who>[^,;:.]{3,80}?)\s+(?:(?:cũng|đã|vừa|mới)\s+)*" + _GRANTS + r"\s+", re.I)
_PASSIVE_ASSIGNED_TAIL_RE = re.compile(r"\s+(?:(?:vừa|đã|mới|cũng|đang)\s+)*được\s+giao(?:\s+(?:nhiệm\s+vụ|trách\s+nhiệm))?\s*$", re.I)
# ('các ông Trưởng, phó các thôn', 'các ông (bà) trưởng xóm', 'Ông (Bà) Hiệu trưởng các trường', 'ông/bà
# Trưởng thôn', 'đồng chí Chủ tịch UBND xã'): the courtesy before a post, with the other sex in brackets
# or after a comma or a slash; the post is any title ending in 'trưởng' (Hiệu / Tổ / Cục / Chỉ huy
# trưởng) or one of the heads' and members' titles
_HONORIFIC = r"(?:[Ôô]ng|[Bb]à|[Đđ]ồng\s+chí|[Đđ]/c)(?:\s*\(\s*(?:ông|bà|Ông|Bà)\s*\)|\s*[,/]\s*(?:ông|bà|Ông|Bà)(?![^\W_]))?"
_HONORIFIC_BEFORE_POST_RE = re.compile(
    r"(?<![^\W_])(?:[Cc]ác\s+)?" + _HONORIFIC + r"\s*:?\s+(?=(?:[Pp]hó\s+)?(?:[Tt]rưởng|[Pp]hó|[Cc]hủ\s+tịch|[Cc]hủ\s+nhiệm|[Bb]í\s+thư|[Gg]iám\s+đốc|"
    r"[Tt]hủ\s+trưởng|[Cc]hánh|[Tt]hành\s+viên|[Cc]án\s+bộ|[Cc]ông\s+chức|[Uu][ỷỷ]\s+viên|[Ủủ]y\s+viên|"
    r"[Hh]iệu\s+trưởng|[Tt]ổ\s+trưởng|[" + _UP + r"][^\W\d_]*(?:\s+[^\W\d_]+)?\s+trưởng)(?![^\W_]))")
_COMMITTEES_AND_AUTHORITIES_RE = re.compile(tone_insensitive(r"((?<![^\W_])cấp\s+ủy(?:\s+đảng)?\s*),(\s*chính\s+quyền)(?![^\W_])"), re.I)
_UNIT_OF_MINISTRY_RE = re.compile(r"(?:Cục|Tổng\s+cục|Vụ|Viện|Thanh\s+tra|Văn\s+phòng|Học\s+viện)\s+(?!Bộ(?![^\W_]))\S", re.I)


# (reach18) a body's name closed by a run of levels: 'Ủy ban bầu cử các huyện, thị xã, thành phố', 'Ban
# Chỉ huy PTDS các xã, phường, thị trấn' -- the levels after the first are the same body's places, never
# the committees of those units (_JURLIST_RE reads a bare run so only where it opens an item: 'Sở Y tế,
# các huyện, thị xã', 'Sở X và các huyện, thị xã')
_LEVEL_WORDS = r"(?:tỉnh|huyện|thị\s+xã|thành\s+phố|quận|xã|phường|thị\s+trấn|đặc\s+khu)"
_LEVEL_RUN_RE = re.compile(r"(?<![^\W_])các\s+" + _LEVEL_WORDS + r"(?:\s*,\s*" + _LEVEL_WORDS + r"(?![^\W_]))+", re.I)
_LEVEL_RUN_OPEN_RE = re.compile(r"(?P<word>[^\W\d_]+)\s+các\s+" + _LEVEL_WORDS + r"\s*,\s*$", re.I)
# (the run and what follows it, 'các tỉnh, thành phố trực thuộc Trung ương', counts no word of the name's cap)
_LEVEL_RUN_TAIL_RE = re.compile(r"\s+các\s+" + _LEVEL_WORDS + r"(?:\s*,\s*" + _LEVEL_WORDS + r"(?![^\W_]))+.*$", re.I | re.S)
_NOT_A_NAME_WORD = {"và", "cùng", "với", "hoặc", "của", "tại", "ở", "cho", "đến", "giao", "cầu", "nghị"}


def _levels_go_on(before: str) -> bool:
    """Does `before` end on a body's name and 'các <level>,' (so a level run after it is its places)?"""
    m = _LEVEL_RUN_OPEN_RE.search(before)
    return m is not None and m.group("word").casefold() not in _NOT_A_NAME_WORD


def _protect_level_run(gap: str) -> str:
    """The commas of a level run closing a body's name ('... các huyện, thị xã, thành phố') joined."""
    def keep(m: re.Match) -> str:
        word = re.search(r"([^\W\d_]+)\s*$", gap[:m.start()])
        if word is None or word.group(1).casefold() in _NOT_A_NAME_WORD:
            return m.group(0)
        return re.sub(r"\s*,\s*", "\x03", m.group(0))
    return _LEVEL_RUN_RE.sub(keep, gap) if "," in gap else gap


# a head's title over several kinds of unit with no 'các' ('Trưởng phòng, ban', 'Thủ trưởng phòng, ban chuyên
# môn'): the kinds share the title; plans21 found it read as 'Trưởng phòng' and a bare 'ban' (yw2), and the
# gazette prints 'Thủ trưởng phòng, ban trực thuộc Ủy ban nhân dân cấp huyện'
_UNIT_KIND = r"(?:phòng|ban|tổ|đội|khoa|bộ\s+phận)"
_TITLE_OVER_KINDS_RE = re.compile(
    rf"(?<![^\W_])(?:[Tt]hủ\s+|[Pp]hó\s+)?(?<!các\s)[Tt]rưởng\s+{_UNIT_KIND}(?:\s*,\s*{_UNIT_KIND})+(?![^\W_])"
    r"(?:\s+(?:chuyên\s+môn|chức\s+năng|(?:có\s+)?liên\s+quan)(?![^\W_]))?")


_FIELD_LIST_AFTER_RE = re.compile(r"\s*(?:,|;|\s(?:và|hoặc))\s*(?:(?:Sở|sở|Phòng|phòng)\s+)?(?-i:[A-ZĐ])")


def _split_office_list(text: str, gaz: Gazetteer) -> list[tuple[str, str]]:
    """'Sở Tài chính, Sở Y tế và Ủy ban nhân dân các huyện, thành phố' -> three offices.

    Gazetteer matches are kept whole (their commas are part of the name); the rest is split
    at ',', ';', 'và' and kept as written when it reads as a body ('các sở, ngành liên
    quan').  Returns (name, as written) pairs: the name is the body as the text writes it
    (see :func:`display_name`), with its jurisdiction."""
    # ('phối hợp với các đơn vị trực thuộc Bộ định kỳ 6 tháng/lần tổ chức ...'): a time adverbial
    # between the bodies and their verb ('định kỳ', 'hằng năm', '6 tháng/lần')
    # is no word of a body's name; the list ends before it
    tt = _TIME_TAIL_RE.search(text)
    if tt and tt.start() > 0:
        text = text[:tt.start()]
    pub = _PUBLIC_LAST_RE.search(text)
    if pub and re.search(r"[^\W\d_]{3}", text[:pub.start()]):
        # ('các cơ quan, đơn vị, bệnh viện, trường học và Nhân dân trên địa bàn xã'): the public,
        # named last after 'và', is one addressee of its own (as 'các hộ gia đình' is), never the
        # tail of the body before it ('Trường học và Nhân dân')
        w = re.sub(r"\s+", " ", pub.group("who")).strip(" ,;.:")
        return split_office_list(text[:pub.start()], gaz) + [(w[:1].upper() + w[1:], pub.group("who").strip(" ,;.:"))] \
            if pub.start() < 200 else split_office_list(text[:pub.start()], gaz)
    jd = _JUR_DIST_RE.search(text)
    if jd:
        head = re.sub(r"\s+", " ", jd.group("head"))
        level = re.sub(r"\s+", " ", jd.group("level"))
        places = [p.strip() for p in re.split(r"\s*,\s*|\s+và\s+", jd.group("items")) if p.strip()]
        before, after = text[:jd.start()], text[jd.end():]
        out = split_office_list(before, gaz) if re.search(r"[^\W\d_]{3}", before) else []
        out += [(f"{head} {level} {p}", f"{head} {level} {p}") for p in places]
        if re.search(r"[^\W\d_]{3}", after):
            out += split_office_list(re.sub(r"^\s*(?:[,;]|và|cùng|với)\s*", "", after), gaz)
        return out
    jn = _named_places(text)
    if jn:
        head = re.sub(r"\s+", " ", jn.group("head") or "").strip()
        level = re.sub(r"\s+", " ", jn.group("level"))
        places = [_drop_repeated_level(p.strip(), level) for p in re.split(r"\s*,\s*|\s+và\s+", jn.group("items")) if p.strip()]
        before, after = re.sub(r"(?:\s*(?:[,;]|(?<![^\W_])và))+\s*$", "", text[:jn.start()]), text[jn.end():]
        out = split_office_list(before, gaz) if re.search(r"[^\W\d_]{2}", before) else []  # ('Sở Y tế, ...')
        for p in places:
            kind = level if "," not in level else ("thành phố" if p.casefold() in _CENTRAL_CITIES else "tỉnh")
            name = f"{head} {kind} {p}".strip()
            out.append((name[:1].upper() + name[1:], name))
        if re.search(r"[^\W\d_]{3}", after):
            out += split_office_list(re.sub(r"^\s*(?:[,;]|và|cùng|với)\s*", "", after), gaz)
        return out
    pair = _TITLE_OVER_KINDS_RE.search(text)
    if pair:
        # (office26) 'Trưởng phòng, ban', 'Thủ trưởng phòng, ban trực thuộc ...': one title over two kinds of
        # unit is one office (as 'Trưởng các phòng, ban' is), not a 'Trưởng phòng' and a bare 'ban'
        name = re.sub(r"\s+", " ", pair.group(0)).strip()
        before, rest = re.sub(r"(?:\s*(?:[,;]|(?<![^\W_])và))+\s*$", "", text[:pair.start()]), text[pair.end():]
        out = split_office_list(before, gaz) if re.search(r"[^\W\d_]{2}", before) else []
        out.append((name[:1].upper() + name[1:], pair.group(0).strip()))
        if re.search(r"[^\W\d_]{3}", rest):
            out += split_office_list(re.sub(r"^\s*(?:[,;]|và|cùng|với)\s*", "", rest), gaz)
        return out
    staff = list(STAFF_POST_RE.finditer(text))
    if staff:
        # 'Đơn vị phối hợp: Các đ/c Phó chủ tịch, Trưởng đoàn thể xã, các đồng chí Chuyên viên cơ
        # quan MTTQ xã': a staff post named by its field or office is one office, as written (the
        # body inside it, 'MTTQ xã', is where the post sits, no office of its own)
        out = []
        rest = text
        for m in staff:
            end = m.end()
            # ('Công chức Văn phòng HĐND và UBND xã', 'Chuyên viên Văn phòng Đoàn ĐBQH và HĐND tỉnh'):
            # the joint office of a council and its committee is one office; its 'và' ends no post
            joint = re.match(r"\s+và\s+(?:UBND|HĐND|(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân)"
                             r"(?:\s+(?:các\s+)?(?:tỉnh|huyện|xã|phường|thị\s+trấn|thành\s+phố|thị\s+xã|quận|đặc\s+khu)(?:\s+(?-i:[A-ZĐ])[^\s,;.]*)*)?",
                             text[end:], re.I) \
                if re.search(r"Văn\s+phòng\s+(?:HĐND|Hội\s+đồng\s+nhân\s+dân|Đoàn\s+(?:ĐBQH|đại\s+biểu\s+Quốc\s+hội))$", m.group(0).rstrip(), re.I) else None
            if joint:
                end += joint.end()
            w = re.sub(r"\s+", " ", text[m.start():end]).strip()
            out.append((m.start(), w[:1].upper() + w[1:], text[m.start():end].strip()))
            rest = rest[:m.start()] + " " * (end - m.start()) + rest[end:]
        more = [(text.find(w), n, w) for n, w in split_office_list(rest, gaz)] if re.search(r"[^\W\d_]{3}", rest) else []
        return [(n, w) for _k, n, w in sorted(out + more)]
    if re.fullmatch(r"(?:các\s+)?(?:cán\s+bộ|chuyên\s+viên|công\s+chức)\s+khác", text.strip(" ,;.:"), re.I):
        # 'Các chuyên viên khác thực hiện các nhiệm vụ được phân công': the rest of the staff
        w = re.sub(r"\s+", " ", text.strip(" ,;.:"))
        return [(w[:1].upper() + w[1:], text.strip(" ,;.:"))]
    service = _SERVICE_OF_UNITS_RE.match(text.strip(" ,;.:"))
    if service:
        # 'Công an đơn vị, địa phương', 'thủ trưởng công an các đơn vị, địa phương': one service in
        # every unit and locality, one office as written (split at its comma it would read
        # 'Công an' + 'Đơn vị, địa phương', two bodies the text never names)
        whole = text.strip(" ,;.:")
        w = re.sub(r"\s+", " ", service.group(0)).strip()
        rest = whole[service.end():]
        more = split_office_list(re.sub(r"^\s*(?:[,;]|và|cùng|với|hoặc)\s*", "", rest), gaz) if re.search(r"[^\W\d_]{3}", rest) else []
        return [(w[:1].upper() + w[1:], service.group(0).strip())] + more
    committees = _COMMITTEE_KINDS_RE.match(text.strip(" ,;.:")) or _one_level_committees(text.strip(" ,;.:"))
    if committees:
        # 'Ban thường vụ các tỉnh ủy, thành ủy', 'Ban Thường vụ các huyện ủy, thị ủy, thành ủy, đảng ủy
        # trực thuộc Tỉnh ủy': one plural Party organ over several kinds of committee, one office as
        # written (split at its commas it would read 'Ban thường vụ các tỉnh ủy' + 'Thành ủy')
        whole = text.strip(" ,;.:")
        w = re.sub(r"\s+", " ", committees.group(0)).strip(" ,")
        rest = whole[committees.end():]
        more = split_office_list(re.sub(r"^\s*(?:[,;]|và|cùng|với)\s*", "", rest), gaz) if re.search(r"[^\W\d_]{3}", rest) else []
        return [(w[:1].upper() + w[1:], committees.group(0).strip(" ,"))] + more
    whole = text.strip(" ,;.:")
    later = re.search(r"(?:\s(?:và|cùng|với)\s+|;\s*)(?=(?:Trưởng|Giám\s+đốc|Chủ\s+tịch|Hiệu\s+trưởng|Thủ\s+trưởng)\s*,\s*[Pp]hó\s)", whole)
    if later and whole[:later.start()].strip() and (pair := _HEAD_AND_DEPUTY_RE.match(whole[later.end():])):
        # 'Công an xã cùng Trưởng, phó các thôn': the heads and deputies of one body last in a list
        # are one office as at its start (split at their comma they would read 'Các thôn')
        w = re.sub(r"\s+", " ", pair.group(0))
        return split_office_list(whole[:later.start()], gaz) + [(w[:1].upper() + w[1:], pair.group(0))]
    pair = _HEAD_AND_DEPUTY_RE.match(text.strip(" ,;.:"))
    if pair:
        # 'Trưởng, Phó các phòng': the heads and their deputies of one body, one office as written
        w = re.sub(r"\s+", " ", pair.group(0))
        return [(w[:1].upper() + w[1:], pair.group(0))]
    named = _NAMED_POST_RE.match(text.strip())
    if named:
        # 'đồng chí Nguyễn Văn A – Phó Chủ tịch Uỷ ban MTTQ Việt Nam xã': the official named with
        # his post and its body, one office as written, up to the next list break
        whole = text.strip()
        cut = re.search(r"\s*(?:[,;]|\s(?:và|cùng|với)\s)", whole[named.end():])
        w = whole[:named.end() + cut.start()] if cut else whole
        rest = whole[len(w):]
        w = re.sub(r"\s+", " ", w).strip(" ,;.:")
        more = split_office_list(re.sub(r"^\s*(?:[,;]|và|cùng|với)\s*", "", rest), gaz) if re.search(r"[^\W\d_]{3}", rest) else []
        return [(w, w)] + more
    lead_post = _GOV_LEADER_RE.match(text.strip())
    if lead_post:
        # 'Phó Thủ tướng Thường trực Chính phủ Phạm Gia Túc': the post, one office (the personal
        # name after it is no body; the gazetteer would read 'Thủ tướng' and 'Thường trực Chính
        # phủ' as two)
        post = re.sub(r"\s+", " ", lead_post.group("post"))
        rest = text.strip()[lead_post.end():]
        more = split_office_list(rest, gaz) if re.match(r"\s*(?:,|và)\s", rest) else []
        return [(post, lead_post.group("post"))] + more
    shared = _SHARED_JURISDICTION_RE.match(text.strip(" ,;.:"))
    if shared:
        # 'Thanh tra, Công an và Quản lý thị trường tại các huyện, thị xã': the place is given
        # once for the list and belongs to each body of it (gold README: 'Thanh tra các huyện,
        # thị xã', 'Công an các huyện, thị xã', ...)
        parts = split_office_list(shared.group("list"), gaz)
        jur = re.sub(r"\s+", " ", shared.group("jur")).strip()
        if parts and all(_PLACE_TAKING_RE.match(n) and not JURISDICTION_RE.fullmatch(" " + n.split(" ", 1)[-1]) for n, _w in parts):
            return [(f"{n} {jur}", w) for n, w in parts]
    # a body after 'thuộc', 'của', 'qua' qualifies the one before it ('Các sở, ban, ngành thuộc
    # UBND tỉnh'), it is not one more office
    matches = [m for m in gaz.find(text)
               if not re.search(r"(?:thuộc|của|qua|tại|trực\s+thuộc|(?<=[^\W\d_]\s)trong)(?:\s+cơ\s+quan)?\s*$", text[:m.start], re.I)]
    # (points29) 'Các bộ, cơ quan, đơn vị có liên quan': the gazetteer's collective 'cơ quan, đơn vị' inside a longer
    # list of kinds is the list's tail, not a body of its own (it cut 'Các bộ' off as one more office)
    matches = [m for m in matches if not inside_kinds_list(text, m.start, m.end)]
    # ('Văn phòng HĐND&UBND xã': the 'UBND xã' inside a longer name is part of it)
    matches = [m for m in matches if not any(o is not m and o.start <= m.start and m.end <= o.end
                                             and (o.start, o.end) != (m.start, m.end) for o in matches)]
    # 'các Đoàn đại biểu Quốc hội', 'Đảng ủy cơ quan Văn phòng Quốc hội', 'Tổ đảng ở Thường trực
    # Ủy ban Pháp luật', 'Thành viên Đảng đoàn Quốc hội': a unit, delegation or Party organ named
    # after the body it sits in is one office with it, not that body (the gazetteer knows the
    # body, 'Quốc hội', 'Văn phòng Quốc hội', and would keep it alone)
    for k, m in enumerate(matches):
        pm = _UNIT_OF_BODY_RE.search(text[:m.start]) or _PLURAL_UNIT_OF_BODY_RE.search(text[:m.start]) \
            or (_VILLAGE_ORGAN_BEFORE_RE.search(text[:m.start]) if _VILLAGES_RE.match(m.text) else None)
        if pm:
            st = pm.start()
            matches[k] = OfficeMatch(st, m.end, text[st:m.end], text[st:m.end], m.kind, m.score,
                                     name=display_name(text[st:m.end]))
    matches = [m for m in matches if not any(o is not m and o.start <= m.start and m.end <= o.end
                                             and (o.start, o.end) != (m.start, m.end) for o in matches)]
    # ('Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc ...', 'Chánh Thanh tra tỉnh'): the title of the
    # head of an office or inspectorate printed before its name; the head is the office named
    for k, m in enumerate(matches):
        ch = re.search(r"(?<![^\W_])(?:[Pp]hó\s+)?[Cc]hánh\s+$", text[:m.start])
        if ch and re.match(r"(?:Văn\s+phòng|Thanh\s+tra)(?![^\W_])", m.text, re.I):
            title = re.sub(r"\s+", " ", ch.group(0)).strip()
            title = title[:1].upper() + title[1:]
            matches[k] = OfficeMatch(ch.start(), m.end, text[ch.start():m.end], f"{title} {m.canonical}", m.kind, m.score,
                                     name=f"{title} {m.name}")
        elif m.kind in ("body", "ministry", "agency", "department") and (head := _HEAD_OF_OFFICE_BEFORE_RE.search(text[:m.start])):
            matches[k] = _head_of_office(head, m, text)
    # ('Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ trực tiếp chỉ đạo ...', 'các Phó Thủ tướng Chính
    # phủ'): a deputy's post is a post of its own, not its chief's; 'Phó' before a post the gazetteer
    # knows belongs to the name
    for k, m in enumerate(matches):
        dep = re.search(r"(?<![^\W_])(?:các\s+)?[Pp]hó\s+$", text[:m.start])
        if dep and _DEPUTY_POST_RE.match(m.text):
            st = dep.start()
            matches[k] = OfficeMatch(st, m.end, text[st:m.end], text[st:m.end], m.kind, m.score,
                                     name=display_name(text[st:m.end]))
    out: list[tuple[str, str]] = []
    pos = 0
    pieces: list[tuple[int, str, str | None]] = []
    # 'các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Tư pháp': the head
    # word is printed once for the whole list, whose first item the gazetteer also knows
    for d_start, d_end, items in _distributive_lists(text, gaz):
        matches = [m for m in matches if not (d_start <= m.start < d_end)]
        title = _TITLE_BEFORE_RE.search(text[:d_start])
        if title:
            # 'Giám đốc các Sở Y tế, Công Thương, Nông nghiệp và Môi trường': the title heads each
            # body of the list ('Giám đốc Sở Y tế', ...); left bare it would take the next body
            t = re.sub(r"\s+", " ", title.group(0).strip())
            t = t[:1].upper() + t[1:]
            items = [(p, f"{t} {w}", f"{t} {n}" if n else None) for p, w, n in items]
            d_start = title.start()
        pieces += items
        text_masked = text[:d_start] + " " * (d_end - d_start) + text[d_end:]
        text = text_masked
    for k, m in enumerate(matches):
        nxt = matches[k + 1].start if k + 1 < len(matches) else len(text)
        # 'Ban Tuyên giáo và Dân vận Tỉnh ủy': 'và' before capitalised words that open no body of
        # their own goes on with the name (as in the gaps, below), up to the next body or a break
        e = _name_and_end(text, m.end, nxt)
        # (not before a body the gazetteer knows: 'Công an và Quản lý thị trường' are two)
        if e and m.kind in ("body", "office", "department") and m.text[:1].isupper() \
                and not any(o.start == 0 for o in gaz.find(re.split(r"\s(?:và|&)\s", text[m.end:e], maxsplit=1)[-1].lstrip(), fuzzy=False)) \
                and not BODY_HEAD_RE.match(re.split(r"\s(?:và|&)\s", text[m.end:nxt], maxsplit=1)[-1].lstrip()):
            matches[k] = m = OfficeMatch(m.start, e, text[m.start:e], m.canonical + text[m.end:e], m.kind, m.score,
                                         name=display_name(text[m.start:e]))
        more = re.match(rf"(?:(?:\s*,\s*{_GENERIC}|\s+và\s+{_GENERIC}(?!\s+(?-i:[{_UP}])))(?![^\W_]))*(?:\s+(?:có\s+)?liên\s+quan(?![^\W_]))?",
                        text[m.end:], re.I)
        # (office20: 'các bộ, ngành có liên quan', 'Thủ trưởng các sở, ban, ngành có liên quan': the
        # qualifier 'related' closing a gazetteer collective stays on it, as on a longer list)
        if m.kind == "collective" and more and more.end() > 0 and not re.search(r"liên\s+quan\s*$", m.text, re.I):
            # ('các cơ quan liên quan và địa phương có rừng': after 'liên quan' the collective is
            # complete, what 'và' adds is one more body)
            # 'Các bộ, cơ quan ngang bộ' (a gazetteer collective) + ', cơ quan thuộc Chính phủ'
            end = m.end + more.end()
            matches[k] = OfficeMatch(m.start, end, text[m.start:end], text[m.start:end][:1].upper() + text[m.start + 1:end], m.kind, m.score)
            continue
        # (office31) 'Ban Chỉ huy ... các Bộ: Quốc phòng, ...': the plural head after a committee's name is the
        # committee's (the committees of the ministries listed), one office; the list after the colon names
        # which ministries, no office of its own (`_COMMITTEE_OF_HEADS_RE`)
        heads = _HEADS_AFTER_COMMITTEE_RE.match(text, m.end) if _COMMITTEE_OF_LIST_RE.match(m.text) else None
        if heads:
            e = m.end + len(heads.group(1))
            tail = re.sub(r"\s+", " ", text[m.end:e])
            matches[k] = OfficeMatch(m.start, e, text[m.start:e], m.canonical + tail, m.kind, m.score, name=m.name + tail)
            text = text[:e] + " " * (heads.end() - e) + text[heads.end():]
            continue
        # (a fixed pair inside the qualifier keeps its comma and 'và': 'Ban Chỉ đạo quốc gia về tìm
        # kiếm, quy tập hài cốt liệt sĩ'; same-length placeholders keep the offsets)
        fp = _field_pair_tail(m.text, text[m.end:nxt])
        if fp:
            # ('các cơ sở đào tạo' known, then ', bồi dưỡng'): the second field joins the name
            e = m.end + fp
            tail = re.sub(r"\s+", " ", text[m.end:e])
            matches[k] = m = OfficeMatch(m.start, e, text[m.start:e], m.canonical + tail, m.kind, m.score, name=m.name + tail)
        after_m = _COMPOUND_RE.sub(lambda c: c.group(0).replace(",", "\x03").replace("và", "\x04\x04"), text[m.end:nxt])
        # ('các đoàn thể tỉnh', 'các sở, ngành huyện': the bare level word, not a place's name)
        lvl = re.match(r"[ \t]+((?:ở\s+)?(?:[Tt]rung\s+ương|cấp\s+(?:tỉnh|huyện|xã))|(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã|phường|đặc\s+khu)(?!\s+[A-ZĐ]))(?![^\W_])", text[m.end:nxt])
        if lvl and m.kind == "collective":
            # 'các đoàn thể Trung ương', 'các cơ quan ở trung ương': a collective narrowed to one
            # level of government is still one body as written (the level is no office of its own)
            e = m.end + lvl.end(1)
            matches[k] = OfficeMatch(m.start, e, text[m.start:e], m.canonical + " " + re.sub(r"\s+", " ", lvl.group(1)),
                                     m.kind, m.score, name=m.name + " " + re.sub(r"\s+", " ", lvl.group(1)))
            continue
        q = re.match(r"[ \t]+([^,;:()]+)", after_m)
        if q and m.kind not in _NO_PLACE and _QUALIFIER_START_RE.match(q.group(1)):
            qual = re.split(r"\s+(?:và|hoặc|cùng|trong\s+quá\s+trình|trong\s+việc|để|nhằm)(?:\s+|$)", q.group(1))[0].rstrip(" .")
            pair = "\x03" in qual or "\x04" in qual
            qual = qual.replace("\x03", ",").replace("\x04\x04", "và")
            # ('các Cục Quản lý thị trường địa phương', 'Cục Thuế địa phương'): 'địa phương' right after a
            # body's name (no comma) says which of them, the local ones; it is no body of its own
            local = re.match(r"địa\s+phương(?![^\W_])", qual, re.I)
            if local:
                qual = local.group(0)
            if qual and len(qual.split()) <= (14 if pair else 8) and (local or not BODY_HEAD_RE.match(qual)) and not re.search(r"\d{1,2}/\d", qual):
                m = OfficeMatch(m.start, m.end + q.start(1) + len(qual), text[m.start:m.end + q.start(1) + len(qual)],
                                m.canonical + " " + re.sub(r"\s+", " ", qual), m.kind, m.score,
                                name=m.name + " " + re.sub(r"\s+", " ", qual))
                matches[k] = m
    for k, m in enumerate(matches):
        pl = re.search(r"(?<![^\W_])(các|những)\s+$", text[:m.start], re.I)
        # (office33) a department or an office of every province or district, named alone after the plural ('yêu cầu các
        # Sở Giao thông Vận tải', 'các phòng GD&ĐT', 'các Sở GD&ĐT'; the gold keeps 'các' 85 times, drops it 8, office_spans
        # 12 rows cut): as written, like 'các Cục Thuế' -- not when a list of fields follows ('các Sở Tài chính, Xây dựng':
        # the plural is the list's, each department its own office)
        plural_kind = m.kind == "body" or (m.kind in ("department", "office") and not _FIELD_LIST_AFTER_RE.match(text, m.end))
        if pl and plural_kind and not re.search(r"[^\W\d_]\s+(?:các|những)\s+$", text[max(0, m.start - 30):m.start]) \
                and (pl.start() == 0 or re.search(r"[,;:(]\s*$|(?<![^\W_])(?:và|với|nghị|cầu|giao)\s+$", text[:pl.start()], re.I)):
            # 'đề nghị các Cục Thuế ...': the plural is part of the name as written (one body in
            # each province), not a word to drop ('Giám đốc các Sở' keeps its title elsewhere)
            start = m.start - (len(text[:m.start]) - pl.start())
            matches[k] = m = OfficeMatch(start, m.end, text[start:m.end], m.canonical, m.kind, m.score,
                                         name=text[start:start + 1].upper() + text[start + 1:m.start] + m.name)
        pieces.append((m.start, m.text, m.name))
    # the gaps between matches: split and keep body-like phrases
    gaps = []
    for m in matches:
        gaps.append((pos, text[pos:m.start]))
        pos = m.end
    gaps.append((pos, text[pos:]))
    for start, gap in gaps:
        off = start
        if start > 0 and re.fullmatch(r"\s*(?:lãnh\s+đạo|chỉ\s+đạo)(?:\s*,\s*(?:lãnh\s+đạo|chỉ\s+đạo))?\s*", gap, re.I):
            # 'Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh': between two bodies the word is the verb
            # (the one leads the other), not the title 'Lãnh đạo' of the second body
            continue
        # ('Sở X thuộc UBND tỉnh', '... của tỉnh'): what follows 'thuộc / của' qualifies the body
        # before it, up to the next ';' only: in an addressee list '...; Uỷ ban nhân dân các xã,
        # phường của tỉnh; Hiệp hội Doanh nghiệp tỉnh; ...' the items after it are bodies of their
        # own (blanked to spaces, so offsets in the gap stay right)
        # ('các đơn vị thuộc Bộ và các cơ quan có liên quan': a plural list after 'và' is bodies of
        # their own again)
        gap = "".join(c if c == ";" else _blank_qualifier(c) for c in re.split(r"(;)", gap))
        # a bare list of administrative units in a list of bodies ('Các sở, ban, ngành, huyện,
        # thị xã') stands for their people's committees
        # 'các Bộ Vật tư, Nội thương, Tài chính': one head word shared by a list of fields
        for dm in _DISTRIBUTIVE_RE.finditer(gap):
            head = dm.group("head")
            for item in re.split(r"\s*,\s*", dm.group("items")):
                item = re.sub(r"\s+và$", "", item.strip(" ;:"))
                if item and len(item.split()) <= 6:
                    name = f"{head} {item[0].upper()}{item[1:]}"
                    pieces.append((off + dm.start(), f"{head} {item}", gaz.lookup(name) or name))
            gap = gap[:dm.start()] + " " * (dm.end() - dm.start()) + gap[dm.end():]
        # 'một số tỉnh, thành phố có đảo', 'Các thành phố trực thuộc Trung ương', 'các tỉnh biên
        # giới': provinces or cities picked out by their kind, one office as written (the comma
        # between the levels is no list)
        for km in list(_LOCAL_KIND_RE.finditer(gap))[::-1]:
            written = re.sub(r"\s+", " ", km.group(0)).strip(" ,;")
            pieces.append((off + km.start(), written, written[0].upper() + written[1:]))
            gap = gap[:km.start()] + " " * (km.end() - km.start()) + gap[km.end():]
        # 'các bộ, cơ quan, địa phương (có liên quan)': one collective, not three pieces
        for cm in sorted([*_COLLECTIVE_RE.finditer(gap), *(r for r in _RELATED_COLLECTIVE_RE.finditer(gap)
                                                           if not any(c.start() <= r.start() < c.end() for c in _COLLECTIVE_RE.finditer(gap)))],
                         key=lambda c: c.start()):
            title = _TITLE_BEFORE_RE.search(gap[:cm.start()])
            if title:
                # 'Thủ trưởng các ban, ngành tỉnh': the heads of the collective, one office
                # (with the place printed after it), not a bare title plus a collective
                jur = re.match(r"\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã|phường|đặc\s+khu|cấp\s+(?:tỉnh|huyện|xã))(?![^\W_])", gap[cm.end():], re.I)
                end = cm.end() + (jur.end() if jur else 0)
                written = re.sub(r"\s+", " ", gap[title.start():end]).strip(" ,;")
                pieces.append((off + title.start(), written, written[0].upper() + written[1:]))
                gap = gap[:title.start()] + " " * (end - title.start()) + gap[end:]
                continue
            written = cm.group(0).strip(" ,;")
            pieces.append((off + cm.start(), written, written[0].upper() + written[1:]))
            gap = gap[:cm.start()] + " " * (cm.end() - cm.start()) + gap[cm.end():]
        for jm in _JURLIST_RE.finditer(gap):
            if _levels_go_on(gap[:jm.start()]):
                continue  # (reach18) ', thị xã, thành phố' after 'Ủy ban bầu cử các huyện': its levels
            units = re.sub(r"^các\s+", "", jm.group(0).strip(" ,;"), flags=re.I)
            written = jm.group(0).strip(" ,;")
            # ('Các tỉnh, thành phố trực thuộc TW' in a lead cell): the words that say which
            # provinces and cities stay with the name as written (the blank above hid them)
            tail = re.match(r"\s+trực\s+thuộc\s+(?:trung\s+ương|tw)(?![^\W_])",
                            text[off + jm.start() + len(jm.group(0).rstrip(" ,;")):], re.I)
            if tail:
                written += tail.group(0)
                units += tail.group(0)
            # (office29: a plural run, 'các tỉnh, thành phố', is named as written, as a bare plural level is
            # below: the gold names the levels as printed, and 'Ủy ban nhân dân các ...' put words in that the
            # text does not hold; counted at 39dd6bf3: 8 office_spans rows in 8 documents and 20 development gold
            # offices written so. A run without 'các' closing a list of kinds, 'các sở, ban, ngành, huyện, thị
            # xã', still names the committees: 11's gold reads it so, and 'Huyện, thị xã' alone names no body)
            name = written[0].upper() + written[1:] if re.match(r"các\s", written, re.I) else "Ủy ban nhân dân các " + units
            pieces.append((off + jm.start(), written, name))
            gap = gap[:jm.start()] + " " * (jm.end() - jm.start()) + gap[jm.end():]
        for jm in _PLURAL_LEVEL_RE.finditer(gap):
            # ('Các huyện thành lập đoàn ...', '... và các xã'): one level alone, plural, stands for
            # the committees of its units as a list of levels does
            # (named as written, 'Các xã', as a bare unit asked has always been)
            written = jm.group(0).strip(" ,;")
            pieces.append((off + jm.start() + len(jm.group(0)) - len(jm.group(0).lstrip()), written, written[0].upper() + written[1:]))
            gap = gap[:jm.start()] + " " * (jm.end() - jm.start()) + gap[jm.end():]
        # 'Liên đoàn Thương mại và Công nghiệp Việt Nam', 'Cục Công nghệ thông tin và Thống kê hải
        # quan': 'và' before a capitalised word that opens no body of its own joins one name
        protected = re.sub(r"(?<=[^\W\d_])\s+và\s+(?=[A-ZĐ])(?!(?:Bộ|Sở|Ủy|Uỷ|UBND|Phòng|Ban|Cục|Tổng|Chi|Văn|Thanh|Công\s+an|"
                           r"Trung|Hội|Liên|Ngân|Kho|Bảo|Đài|Viện|Các|Chủ|Giám|Thủ|Trưởng|Mặt|Đoàn|Hiệp|"
                           r"Cảnh\s+sát|BCH|BQL|UBMTTQ|Hạt|Trạm|Đội|Trường|Bệnh\s+viện|Công\s+ty|Tòa|Báo)(?![^\W_]))", " \x01 ", gap)
        protected = _protect_field_commas(protected, gaz)
        protected = _protect_level_run(protected)
        # commas and 'và' inside a fixed pair of a name are no list: 'cơ sở khám bệnh, chữa bệnh',
        # 'Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ', '... phòng, chống buôn lậu,
        # gian lận thương mại và hàng giả'
        protected = _COMPOUND_RE.sub(lambda m: re.sub(r"\s*,\s*", "\x03", m.group(0)).replace(" và ", " \x01 "), protected)
        for part in _SPLIT_RE.split(protected):
            p = _clean(part).replace(" \x01 ", " và ").replace("\x03", ", ")
            part = part.replace(" \x01 ", " và ").replace("\x03", ", ")
            # (the cap counts the name without a qualifier the name drops anyway: 'Hiệu trưởng các
            # trường mầm non, tiểu học và THCS trên địa bàn')
            if p and (BODY_HEAD_RE.match(p) or _NEWSPAPER_RE.match(p) or _slash_alternatives(p)
                      # ('Lực lượng kiểm lâm, quân đội, công an ...'): a bare kind of force after a force
                      or (_FORCE_KIND_RE.fullmatch(p) and _FORCE_LIST_BEFORE_RE.search(text[:off + gap.find(part)]))) \
                    and len(_DROP_TAIL_RE.sub("", _LEVEL_RUN_TAIL_RE.sub("", p)).split()) <= 12 and not _verb_phrase(p):
                pieces.append((off + gap.find(part), p, None))
    pieces.sort(key=lambda x: x[0])
    # 'Bộ Quốc phòng (Cục Bản đồ Tổng tham mưu)', 'Cục Giám sát quản lý về hải quan (Tổng cục Hải
    # quan)': a body and the one unit of it (or its parent) named in brackets are one office, as
    # written; brackets listing several bodies ('(Bộ Xây dựng, Bộ Thủy lợi, ...)') are a list
    joined: list[tuple[int, str, str | None]] = []
    for p in pieces:
        if joined:
            s0, w0, n0 = joined[-1]
            a = text.find(w0, s0)
            b = text.find(p[1], p[0])
            between = text[a + len(w0):b] if a >= 0 and b >= 0 else ""
            after = text[b + len(p[1]):b + len(p[1]) + 3] if b >= 0 else ""
            if re.fullmatch(r"\s*\(\s*", between) and re.match(r"\s*\)", after):
                name0 = n0 or w0[0].upper() + w0[1:]
                joined[-1] = (s0, f"{w0} ({p[1]})", f"{name0} ({p[2] or p[1]})")
                continue
            # 'Ban Xây dựng Đảng Đảng ủy', 'Phòng Kinh tế UBND huyện', 'Thanh tra Sở Xây dựng': a
            # unit and, with nothing between them, the body it belongs to are one office (a list
            # puts a comma, 'và' or ';' between two bodies)
            if a >= 0 and b >= 0 and re.fullmatch(r"[ \t]+", between) and (_UNIT_HEAD_RE.match(w0) and _PARENT_BODY_RE.match(p[1])
                                                                         # ('Công an các đơn vị, địa phương': a body
                                                                         # and, with nothing between, the units it
                                                                         # stands in, as 'UBND các xã')
                                                                         or re.fullmatch(r"các\s+(?:đơn\s+vị|địa\s+phương)(?:\s*,\s*(?:đơn\s+vị|địa\s+phương))?", p[1], re.I)):
                name0 = n0 or w0[0].upper() + w0[1:]
                tail = p[1] if re.match(r"các\s", p[1], re.I) else (p[2] or p[1])
                joined[-1] = (s0, f"{w0} {p[1]}", f"{name0} {tail}")
                continue
        joined.append(p)
    pieces = joined
    # a person title followed by a gazetteer body ('Chủ tịch UBND huyện'): one office
    merged: list[tuple[str, str, bool]] = []  # (name, written, is_gazetteer)
    for _s, written, canon in pieces:
        if merged and re.fullmatch(r"[Cc]ơ\s+quan", merged[-1][1].strip()) and canon and text.find(merged[-1][1] + " " + written) >= 0:
            # 'Cơ quan Cục Thuế': the body's own office (apart from its branches), one name
            prev = merged.pop()
            merged.append((f"Cơ quan {written}", prev[1] + " " + written, False))
        elif merged and (_PERSON_TITLE_RE.search(merged[-1][1].strip()) or _ORGAN_HEAD_RE.match(merged[-1][1].strip())) \
                and canon and text.find(merged[-1][1] + " " + written) >= 0:
            prev = merged.pop()
            pname = prev[0][0].upper() + prev[0][1:]
            merged.append((pname + " " + (canon[0].lower() + canon[1:] if canon.startswith("Các ") else canon), prev[1] + " " + written, False))
        else:
            merged.append((canon or written[0].upper() + written[1:], written, canon is not None))
    # 'Chủ tịch và các Phó Chủ tịch UBND huyện': a bare title shares the body of the next one
    for i, (name, written, is_gaz) in enumerate(merged):
        # ('Bộ trưởng, Thủ trưởng cơ quan ngang bộ': a minister's title names his body already)
        if not is_gaz and _PERSON_TITLE_RE.match(written.strip()) and not _SELF_NAMING_TITLE_RE.match(written.strip()):
            for nname, nwritten, _g in merged[i + 1:]:
                tail = re.sub(r"^(?:các\s+)?(?:phó\s+)?(?:chủ tịch|giám đốc|thủ trưởng|trưởng|hiệu trưởng)\s+", "", nname, flags=re.I)
                if tail != nname:
                    merged[i] = (f"{name} {_party_post_place(written, tail)}", written, False)
                    break
    # 'Bộ trưởng Bộ Tài chính - Phó Trưởng Ban Chỉ đạo quốc gia ...': one person and the second
    # post he holds, not a second office
    spans = [(m.start(1), m.end(1)) for m in _SECOND_POST_RE.finditer(text)]
    if spans:
        merged = [x for x in merged if not any(a <= text.find(x[1]) < b for a, b in spans)]
    # a bare two-word phrase ('Đơn vị', 'Trường học') is too generic to be an office, unless
    # its second word is a name or an abbreviation ('Phòng CTSV', 'Công đoàn')
    out = [(n, w) for n, w, g in merged
           if g or len(n.split()) >= 3 or re.match(r"(?:các|những)\s", n, re.I)
           # ('Doanh nghiệp phải nộp hồ sơ ...': a regulated party of two words is still named)
           # ('... đảng bộ cơ sở, Mặt trận và các đoàn thể huyện': 'Mặt trận' is the level's Front
           # committee, named as a district's or a commune's directives name it)
           or n.casefold() in ("địa phương", "công đoàn", "doanh nghiệp", "nhà thầu", "thương nhân", "mặt trận")
           # (a Party letter's kinds of bodies: 'các cấp ủy, tổ chức đảng, đoàn thể, chính quyền')
           or n.casefold() in ("đoàn thể", "tổ chức đảng", "chính quyền", "cấp ủy", "cấp uỷ")
           # (office27: 'đề nghị Chi bộ tiếp tục phát huy ...': the Party cell a meeting report names, capitalised;
           # not 'chi bộ' inside a list of kinds, 'các đảng ủy, chi bộ trực thuộc Huyện ủy': office_spans ob16-034)
           or (n.casefold() == "chi bộ" and w.strip()[:1] == "C")


           # ('Nhà trường phân công giáo viên ...': a school's plan names the school itself so)
           or n.casefold() == "nhà trường"
           # ('Lực lượng kiểm lâm, quân đội, công an ...'): a bare kind of force in a list of forces
           or (_FORCE_KIND_RE.fullmatch(w.strip()) and text.find(w) > 0 and _FORCE_LIST_BEFORE_RE.search(text[:text.find(w)]))
           # ('Gv rà soát ...', 'Nữ công chuẩn bị ...'): the staff of the unit a work plan assigns
           or _STAFF_RE.fullmatch(n)
           # ('NHTM, chi nhánh ngân hàng nước ngoài lập và gửi ...': banks by their abbreviation)
           or n in ("NHTM", "TCTD", "DNCX", "DNNVV", "DNNN", "DN", "NNT", "HTX")
           or _SELF_NAMING_TITLE_RE.match(n) or _VILLAGE_POST_RE.match(n)
           # ('Các tỉnh uỷ, thành uỷ', 'Huyện ủy'): a Party committee of a level names one body
           or _PARTY_COMMITTEE_RE.fullmatch(n)
           or (len(n.split()) == 2 and re.search(r"[A-ZĐ]", n.split()[1]))
           # ('HĐNVQS xã', 'TTYT huyện': a body's acronym and its level)
           or (len(n.split()) == 2 and re.fullmatch(r"[A-ZĐ]{2,}[A-ZĐ0-9&]*", n.split()[0]))]
    out = _share_jurisdiction(out, text)
    out = _share_ministry_head(out, gaz)
    out = [(_with_parent(n, w, text, gaz), w) for n, w in out]
    return [(_RELATED_TAIL_RE.sub(r"\1", _DROP_TAIL_RE.sub("", n)) or n, w) for n, w in out]


# (office32) the state bodies whose head a Party post never is: a Party secretary printed before 'Chủ tịch UBND ...'
_STATE_BODY_HEAD_RE = re.compile(tone_insensitive(r"^(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân)\s+"), re.I)
_PARTY_POST_RE = re.compile(r"^(?:các\s+)?(?:phó\s+)?bí\s+thư$", re.I)
_PLACE_AFTER_BODY_RE = re.compile(r"(?:các\s+|cấp\s+)?" + _JUR_WORD + r"(?![^\W_])", re.I)


def _party_post_place(title: str, tail: str) -> str:
    """What a bare title before another post takes from it: the whole body ('Chủ tịch và các Phó Chủ tịch UBND
    huyện' -> 'Phó Chủ tịch UBND huyện'), but a Party post only the place: 'Bí thư, Chủ tịch UBND các xã, phường' ->
    'Bí thư các xã, phường' (the Party secretary heads no people's committee; the place is printed once for the two
    posts, README's jurisdiction rule).  The Prime Minister's and the provinces' telegram formula since 2025 ('Bí thư,
    Chủ tịch UBND các tỉnh, thành phố'); counted in benchmarks/HISTORY.md, session 26, office32."""
    if not _PARTY_POST_RE.match(title.strip()):
        return tail
    body = _STATE_BODY_HEAD_RE.match(tail)
    if body and _PLACE_AFTER_BODY_RE.match(tail[body.end():]):
        return tail[body.end():]
    return tail


def _one_level_committees(text: str) -> re.Match | None:
    """'Tỉnh ủy, Thành ủy ...' at the start of ``text``: distinct kinds of one level's Party committee (the same
    kind twice, or 'Tỉnh ủy, Huyện ủy', is a list)."""
    m = _BARE_COMMITTEE_KINDS_RE.match(text)
    if not m:
        return None
    kinds = [k.casefold().split()[0] for k in re.findall(r"([^\W\d_]+)\s+(?:ủy|uỷ)(?![^\W_])", m.group(0), re.I)]
    return m if len(set(kinds)) == len(kinds) else None


def _share_ministry_head(out: list[tuple[str, str]], gaz: Gazetteer) -> list[tuple[str, str]]:
    """'Bộ Xây dựng, Khoa học và Công nghệ, các bộ, ...', 'Bộ Công Thương, Khoa học và Công nghệ':
    a list of ministries names the head 'Bộ' once and the next ministries by their field only (as
    'Các Bộ: Tài chính, Xây dựng' does after a colon).  A bare field right after a 'Bộ X' entry that
    the gazetteer knows as 'Bộ <field>' is that ministry."""
    res: list[tuple[str, str]] = []
    for n, w in out:
        if res and res[-1][0].startswith("Bộ ") and n[:1].isupper() and not re.match(r"(?:Bộ|Các|các)\s", n):
            # ('Khoa học và Công nghệ, Giáo dục và Đào tạo': two fields the split kept together)
            parts = [p.strip() for p in n.split(",")]
            if all(p and gaz.lookup("Bộ " + p) is not None for p in parts):
                res += [("Bộ " + p, p) for p in parts]
                continue
        res.append((n, w))
    return res


# ('các lực lượng liên quan bảo vệ hiện trường': 'liên quan' closes a collective's name; lower-case
# words after it are the work, an action verb the verb list does not know)
# the bare level words that own a plural of bodies ('các sở, ngành của tỉnh', '... thuộc thị xã')
_OWNING_LEVEL = r"(?-i:tỉnh|huyện|thị\s+xã|thành\s+phố|TP|quận|xã|phường|thị\s+trấn|đặc\s+khu)"
# (not the level that owns the list: 'thủ trưởng các ngành có liên quan của tỉnh', `_with_owning_level`)
_RELATED_TAIL_RE = re.compile(rf"((?<![^\W_])(?:có\s+)?liên\s+quan)\s+(?!(?:(?:trực\s+)?thuộc|của|trong)\s+{_OWNING_LEVEL}"
                              rf"(?:\s+(?-i:[{_UP}])\S*)*$)(?-i:[a-zđà-ỹ])[^,;{_UP}]*$")


# (not after 'thành viên': 'các thành viên trong tiểu ban' are named by the body they sit on)
# a plural of units with no name of its own ('các ban', 'các phòng', 'các đảng ủy'), before 'của / thuộc'
_BARE_PLURAL_UNIT_RE = re.compile(tone_insensitive(
    r"(?:^|[,;]\s*|\s(?:và|với)\s+)(?:các|những)\s+(?:ban|phòng|vụ|đơn\s+vị|đảng\s+ủy|đảng\s+bộ|chi\s+bộ|tổ\s+chức\s+đảng|cơ\s+quan\s+tham\s+mưu)\s*$"), re.I)
# (not inside 'cơ quan (trực) thuộc Chính phủ': the kind of body is its name; the lookbehinds see
# 'trực' before a bare 'thuộc', which cut 'Thủ trưởng ..., cơ quan trực thuộc Chính phủ' to 'Cơ quan trực')
_QUALIFIER_SPLIT_RE = re.compile(r"(?<!cơ quan)(?<!cơ quan trực)(?<!thành viên)(?<!thành viên khác)\s(?:thuộc|của|qua|cho|trực\s+thuộc|trong)\s")


def _blank_qualifier(chunk: str) -> str:
    """``chunk`` with what follows 'thuộc / của / qua / cho' blanked (same length), up to a
    'và' that opens a plural list of bodies of its own ('... thuộc Bộ và các cơ quan có liên quan')."""
    m = _QUALIFIER_SPLIT_RE.search(chunk)
    # ('Các thành phố trực thuộc Trung ương', 'một số tỉnh, thành phố trực thuộc Trung ương'): the
    # words pick the bodies out (BODY_HEAD_RE), they qualify no name; the list of levels 'các tỉnh,
    # thành phố' keeps its blank (_JURLIST_RE names its committees)
    while m and re.match(r"\s+trực\s+thuộc\s+(?:trung\s+ương|tw)(?![^\W_])", chunk[m.start():], re.I) \
            and re.search(r"(?:(?<![^\W_])(?:các|những)\s+thành\s+phố|(?<![^\W_])(?:một\s+số|những)\s+(?:tỉnh|thành\s+phố)"
                          r"(?:\s*,\s*(?:tỉnh|thành\s+phố))?)$", chunk[:m.start()], re.I):
        nxt = re.match(r"\s+trực\s+thuộc\s+(?:trung\s+ương|tw)", chunk[m.start():], re.I).end() + m.start()
        m = _QUALIFIER_SPLIT_RE.search(chunk, nxt)
    if not m:
        return chunk
    if _BARE_PLURAL_UNIT_RE.search(chunk[:m.start()]) and _PARENT_BODY_RE.match(chunk[m.end():]):
        # ('các ban của Tỉnh ủy', 'các đảng ủy trực thuộc Tỉnh ủy', 'các phòng thuộc Sở'): a bare plural
        # of units names nothing without the body they belong to; the qualifier is the name
        return chunk
    # ('thuộc Tổng cục Thuế và cơ quan Thuế các cấp': after 'và' a body head opens one more body;
    # 'thuộc Bộ Văn hóa, Thể thao và Du lịch' goes on with the parent's name)
    again = next((a for a in re.finditer(r"\s+và\s+", chunk[m.end():])
                  if BODY_HEAD_RE.match(chunk[m.end() + a.end():])), None)
    # ('cơ quan trung ương của các tổ chức chính trị - xã hội, Chủ tịch Ủy ban nhân dân cấp tỉnh, ...',
    # 'các cơ sở đào tạo trong lĩnh vực sức khỏe, các bệnh viện, hội nghề nghiệp'): after a comma, a
    # plural of bodies or a capitalised title or body opens the list's next item; the qualifier
    # ends there (the 'và' rule above, for a comma)
    comma = next((c for c in re.finditer(r"\s*,\s+", chunk[m.end():])
                  if (nxt := chunk[m.end() + c.end():]) and BODY_HEAD_RE.match(nxt)
                  and (re.match(r"(?:các|những)\s", nxt, re.I) or nxt[:1].isupper())), None)
    if comma and (not again or comma.start() < again.start()):
        stop = m.end() + comma.start()
        return chunk[:m.start()] + " " * (stop - m.start()) + chunk[stop:]
    if not again:
        return chunk[:m.start()] + " " * (len(chunk) - m.start())
    # (the blank, 'và' with it, ends on a ';' so that no list read later runs across it)
    stop = m.end() + again.end()
    return chunk[:m.start()] + " " * (stop - m.start() - 1) + ";" + chunk[stop:]


# a plural of a kind of body, or the heads of one ('các đơn vị', 'Thủ trưởng các đơn vị', 'Các
# Sở, ban, ngành'), is only named whole with the body it belongs to
_GENERIC_NAME_RE = re.compile(
    r"^(?:(?:thủ\s+trưởng|người\s+đứng\s+đầu|lãnh\s+đạo|giám\s+đốc)\s+)?(?:các|những)\s+"
    r"(?:đơn\s+vị|phòng|cơ\s+quan|sở|ban|ngành|vụ|cục|bộ\s+phận|tổ\s+chức|trường|trung\s+tâm|chi\s+cục)(?![^\W_])", re.I)
_PARENT_AFTER_RE = re.compile(
    r"\s+((?:trực\s+)?thuộc|trong)\s+((?:[Cc]ơ\s+quan\s+)?(?-i:Bộ|Sở|UBND|Ủy\s+ban|Uỷ\s+ban|Ngân\s+hàng|Tổng\s+cục|Cục|Ban|"
    r"Văn\s+phòng|Tỉnh\s+ủy|Tỉnh\s+uỷ|Huyện\s+ủy|Huyện\s+uỷ|Thị\s+ủy|Thị\s+uỷ|Quận\s+ủy|Quận\s+uỷ|Đảng\s+ủy|Trung\s+tâm|Kho\s+bạc)(?:\s+(?:[A-ZĐ][^\s,;.:()]*|và|nhân|dân|"
    r"tỉnh|huyện|xã|phường|thành\s+phố|Nhà\s+nước|nhà\s+nước)){0,6})(?=\s*(?:[,;.:)]|$|\s+và\s|\s+[^\W\d_]))")


def _with_parent(name: str, written: str, text: str, gaz: Gazetteer) -> str:
    """'Các đơn vị' -> 'Các đơn vị thuộc Bộ', 'Thủ trưởng các đơn vị' -> 'Thủ trưởng các đơn vị
    thuộc cơ quan Bộ', 'Các Vụ, Cục, đơn vị' -> '... trong Ngân hàng Nhà nước': a plural of a kind
    of body names the units of one parent; cut before 'thuộc' it reads as every unit anywhere
    (the known fault 'Các phòng' for 'các phòng thuộc Sở')."""
    if not _GENERIC_NAME_RE.match(name) or re.search(r"\s(?:thuộc|trong)\s", name):
        return name
    at = text.find(written)
    if at < 0:
        return name
    m = _PARENT_AFTER_RE.match(text, at + len(written))
    if not m:
        return _with_owning_level(name, written, text, at)
    parent = re.sub(r"\s+", " ", m.group(2)).strip()
    lead = re.match(r"[Cc]ơ\s+quan\s+", m.group(2))
    at2 = m.start(2) + (lead.end() if lead else 0)
    known = gaz.find(text[at2:at2 + 120], fuzzy=False)
    if known and known[0].start == 0:
        parent = (lead.group(0) if lead else "") + re.sub(r"\s+", " ", known[0].text).strip(" ,;")
    parent = re.sub(r"\s+và$", "", parent)
    return f"{name} {m.group(1)} {parent}"


# ('Thủ trưởng các sở, ban, ngành của tỉnh', 'các cơ quan báo chí của tỉnh', 'các cơ quan, đơn vị thuộc
# thị xã', 'các đơn vị công an trong tỉnh', 'các sở, ban ngành và đơn vị liên quan của TP'): the level
# that owns a plural of a kind of body, bare or with its place's name; with no capital after 'của /
# thuộc' `_PARENT_AFTER_RE` leaves it, and the qualifier blank had cut the name before it. Counted at
# 39dd6bf3: 20 office_spans rows in 14 documents named only by containment for it.
_OWNING_LEVEL_AFTER_RE = re.compile(
    r"\s+((?:trực\s+)?thuộc|của|trong)\s+(" + _OWNING_LEVEL
    + r"(?:\s+(?-i:[A-ZĐ][^\W\d_]*|\d+)){0,4})(?![^\W_])")


def _with_owning_level(name: str, written: str, text: str, at: int) -> str:
    """``name`` with the level that owns it printed after it ('Các sở, ban, ngành' + 'của tỉnh');
    not over a name already qualified ('... liên quan của ...' is read whole, 'của' inside the name)."""
    m = _OWNING_LEVEL_AFTER_RE.match(text, at + len(written))
    if not m or re.search(r"\s(?:của|thuộc|trong)\s", name):
        return name
    level = re.sub(r"\s+", " ", m.group(2))
    return f"{name} {m.group(1)} {level}"


# ('Ban Chỉ huy PCTT, TKCN & PTDS', '... Tìm kiếm cứu nạn và Phòng thủ dân sự': '&' joins the last field
# as 'và' does; 'Phòng thủ / Phòng chống' is a field, no 'Phòng' office)
_NAME_AND_RE = re.compile(
    r"\s+(?:và|&)\s+(?!(?:Bộ|Sở|Ủy|Uỷ|UBND|Phòng(?!\s+(?:thủ|chống|ngừa|cháy))|Ban|Cục|Tổng|Chi|Văn|Thanh|Công|Trung|Hội|Liên|Ngân|Kho|Bảo|Đài|Viện|Các|"
    r"Chủ|Giám|Thủ|Trưởng|Mặt|Đoàn|Hiệp|HĐND|MTTQ|Tỉnh|Huyện|Thành|Đảng|Quận|Thị|Xã|Phường|Cảnh|BCH|BQL|Hạt|Trạm|Đội|"
    r"Trường|Bệnh|Tòa|Báo|UBMTTQ)(?![^\W_]))(?=[A-ZĐ])")
_PARENT_WORD_RE = re.compile(tone_insensitive(r"(?:tỉnh|huyện|thành|đảng|quận|thị)\s+ủy|UBND|Sở|Bộ"), re.I)


def _protect_field_commas(gap: str, gaz: "Gazetteer") -> str:
    """``gap`` with the commas of an official name's list of fields turned into '\\x03' (same
    length): 'Trung tâm Văn hóa, Thể thao và Truyền thông các huyện', 'Ban Chỉ huy ƯPVBĐKH, PCLB &
    TKCN'.  Why: an official name enumerates its fields with commas and closes the enumeration with
    'và / &' before the last one (Vietnamese naming); a list of bodies instead opens each item after
    a comma with a body head (', Sở Y tế', ', Công an tỉnh').  A comma is kept in the name when the
    item after it is capitalised, short, opens no body and takes no verb, and the enumeration it
    belongs to is closed by 'và / &' and a capitalised word."""
    cuts = [c for c in re.finditer(r"\s*,\s*", gap)]
    keep: list[re.Match] = []
    closed = False
    for c in reversed(cuts):
        nxt_cut = next((d.start() for d in cuts if d.start() > c.start()), None)
        seg_end = min([x for x in (nxt_cut, gap.find(";", c.end())) if x is not None and x >= 0] or [len(gap)])
        seg = gap[c.end():seg_end]
        item = re.split(r"\s(?:và|&|\x01)\s", seg, maxsplit=1)[0]
        ok = bool(item[:1]) and item[:1].isupper() and not re.match(r"(?:Các|Những)\s", item) \
            and len(item.split()) <= 4 and not BODY_HEAD_RE.match(item) \
            and not any(o.start == 0 for o in gaz.find(item, fuzzy=False)) and not _VERB_RE.search(item)
        closes = bool(re.search(r"\s(?:và|&|\x01)\s+[" + _UP + r"]", seg))
        if ok and (closes or (closed and nxt_cut is not None and any(k.start() == nxt_cut for k in keep))):
            keep.append(c)
            closed = True
        else:
            closed = False
    if not keep:
        return gap
    # (the name before the first kept comma must be one too: a body head opens it)
    out = gap
    for c in keep:  # (from the end: earlier offsets stay right; restored as ', ' like _COMPOUND_RE's)
        out = out[:c.start()] + "\x03" + out[c.end():]
    return out


def _name_and_end(text: str, pos: int, limit: int) -> int | None:
    """Where a name goes on after ' và ' at ``pos`` ('Ban Tuyên giáo' + ' và Dân vận'): a capitalised
    word that opens no body of its own and up to three more words, stopping before a verb, a
    parent body ('Tỉnh ủy') or punctuation; None when ' và ' starts no such continuation."""
    m = _NAME_AND_RE.match(text, pos, limit)
    if not m:
        return None
    end = m.end()
    for k, w in enumerate(re.finditer(r"[^\s,;.:()]+", text[m.end():limit])):
        at = m.end() + w.start()
        if k >= 4 or text[end:at].strip() or _VERB_RE.match(text, at) and k > 0 or _PARENT_WORD_RE.match(text, at) \
                or k > 0 and w.group(0) in ("và", "các", "của", "theo", "trên", "tại"):
            break
        end = m.end() + w.end()
    return end if end > m.end() else None


_STAFF_RE = re.compile(r"(?-i:G[Vv](?:CN|BM)?|HS|BGH|CTCĐ|TPT)|(?:giáo\s+viên|học\s+sinh|nhân\s+viên|(?:ban\s+)?nữ\s+công|kế\s+toán|văn\s+thư)", re.I)


_PARTY_COMMITTEE_RE = re.compile(tone_insensitive(r"(?:tỉnh|thành|huyện|quận|thị|quân)\s+ủy"), re.I)


# bodies that exist at every level, named without one ('Hội đồng nhân dân', 'Thanh tra'); also the
# standing boards of a council or front and the front and Party bodies by their short names
# ('Thường trực HĐND, UBND, Ủy ban Kiểm tra Đảng ủy xã', 'Ủy ban MTTQ, HĐND, UBND huyện': the place is
# printed once, after the last; counted at 39dd6bf3: 16 such lists in 11 development texts, 4
# office_spans rows; the bare first members were named without their level)
_BARE_LEVEL_BODY_RE = re.compile(
    r"^(?:(?:Ban\s+)?Thường\s+trực\s+)?"
    r"(?:Hội\s+đồng\s+nhân\s+dân|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND|Thanh\s+tra|Công\s+an|"
    r"Ủy\s+ban\s+Mặt\s+trận\s+Tổ\s+quốc(?:\s+Việt\s+Nam)?|Mặt\s+trận\s+Tổ\s+quốc|Ban\s+Chỉ\s+huy\s+Quân\s+sự|"
    r"(?:Ủy|Uỷ)\s+ban\s+MTTQ(?:\s*(?:VN|Việt\s+Nam))?|UBMTTQ(?:VN)?|MTTQ(?:\s*(?:VN|Việt\s+Nam))?|"
    r"(?:Ủy|Uỷ)\s+ban\s+Kiểm\s+tra(?:\s+Đảng\s+[ủu]y)?|Đảng\s+[ủu]y|"
    r"Kho\s+bạc\s+Nhà\s+nước|Bảo\s+hiểm\s+xã\s+hội|Viện\s+kiểm\s+sát\s+nhân\s+dân|Tòa\s+án\s+nhân\s+dân)$", re.I)
_LEVEL_TAIL_RE = re.compile(rf"\s((?:các\s+)?(?:cấp\s+)?{_JUR_WORD}(?![^\W_]).*)$")


def _share_jurisdiction(out: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
    """'Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, thành phố': a body that exists at every
    level, named bare and followed only by ',' or 'và' and another such body with its level,
    shares that level (the place is printed once for the pair, as in 'HĐND, UBND các xã')."""
    res = list(out)
    for i in range(len(res) - 2, -1, -1):
        name, written = res[i]
        nxt_name, nxt_written = res[i + 1]
        if not _BARE_LEVEL_BODY_RE.match(name.strip()):
            continue
        tail = _LEVEL_TAIL_RE.search(nxt_name)
        if not tail or not _BARE_LEVEL_BODY_RE.match(nxt_name[:tail.start()].strip()):
            continue
        a = text.find(written)
        b = text.find(nxt_written, a + len(written)) if a >= 0 else -1
        if a < 0 or b < 0 or not re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", text[a + len(written):b]):
            continue
        res[i] = (f"{name.strip()} {tail.group(1)}", written)
    return res


from pipeline.extract.planstep import PLAN_OPENER, capitalise_plan_subject  # noqa: E402  (points23: 'Theo kế hoạch ..., các xã ...')
from pipeline.extract.retoldplan import FRONTED_POINT_OPENER  # noqa: E402  (tasks26: 'Thứ hai, Trạm Y tế xã ...')

# clauses that open a sentence before its subject: 'Trên cơ sở đề xuất của các địa phương, Bộ Tài
# chính ...', 'Sau khi Nghị định được ban hành, các bộ ...', 'Để bảo đảm ..., Sở X ...'
_OPENER = (r"\s*(?:Trong\s+quá\s+trình|Nếu|Khi|" + PLAN_OPENER + r"|" + FRONTED_POINT_OPENER + r"|(?:Trong\s+)?[Tt]rường\s+hợp|Trên\s+cơ\s+sở|Căn\s+cứ|(?:Ngay\s+)?[Ss]au\s+(?:khi|mỗi)|"
           r"Để|Nhằm|Đối\s+với|Về|Trong\s+(?:thời\s+gian|tháng|quý|năm)|Từ\s+nay\s+đến|Trước\s+mắt|Đồng\s+thời|"
           # ('Trong đó, giao X ...', 'Trong đó nhấn mạnh trách nhiệm của X ...': the part singled out of
           # what the sentence before concluded)
           r"Trong\s+đó|"
           # (office24, class (a)) a fronted phrase of what goes with the work, not a body, closed by its
           # comma: 'Cùng với báo cáo giá, các địa phương phải gửi ...', 'Ngoài việc kiểm tra, các xã cần ...',
           # 'Bên cạnh công tác tuyên truyền, ...' ('Cùng với Sở X, ...' names a partner: a capital or a
           # plural after it is left to _JOINTLY_RE)
           r"(?:Cùng\s+với|Bên\s+cạnh|Ngoài|Song\s+song\s+với)\s+(?!(?:các|những|mọi)\s)(?-i:[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])"
           r"[^,;:.()]{2,80}(?=\s*,)|"
           r"Theo\s+đó|Bên\s+cạnh\s+đó|Ngoài\s+ra|Riêng|Tùy\s+theo|Tuỳ\s+theo|Song\s+song(?:\s+(?:với\s+)?đó)?(?=\s*,)|Cùng\s+với\s+đó|"
           # time openers: 'Trước ngày 25 hàng tháng, Bảo hiểm xã hội ...', 'Hằng năm, Sở X ...'
           # ('Hằng năm lập dự toán ...', 'Định kỳ báo cáo ...' open a verb phrase: only with a comma)
           r"Trước\s+(?:ngày|thời\s+hạn|\d)|Chậm\s+nhất|(?:Hằng|Hàng)\s+(?:năm|quý|tháng|tuần|ngày)(?=\s*,)|"
           # 'Định kỳ hằng quý, Văn phòng Huyện ủy tổng hợp ...', 'Định kỳ 6 tháng, ...'
           r"Định\s+kỳ(?:\s+(?:(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|\d{1,2}\s+tháng|sáu\s+tháng))?(?=\s*,)|"
           r"Trong\s+thời\s+hạn|Kể\s+từ|Từ\s+ngày|"
           # a time counted from now or from an event, closed by its comma (office18): 'Trong những
           # ngày tới, các Bộ, ngành ... cần ...', 'Trong các tháng còn lại của năm, Sở X ...',
           # 'Thời gian tới, ...', 'Sau bão, các đơn vị phải ...', 'Sau lũ, UBND các xã ...'
           r"Trong\s+(?:những|các|mấy)\s+(?:ngày|tuần|tháng|năm|giờ|quý)\s+(?:tới|sắp\s+tới|tiếp\s+theo|còn\s+lại|cuối)[^,;:.()]{0,30}(?=,)|"
           r"(?:Thời\s+gian|Những\s+ngày|Những\s+tháng|Trong\s+thời\s+gian)\s+(?:tới|sắp\s+tới)(?=\s*,)|"
           r"(?:Ngay\s+)?[Ss]au\s+(?:cơn\s+|đợt\s+|khi\s+)?(?:bão|lũ|mưa\s+lũ|mưa\s+bão|thiên\s+tai|Tết|sự\s+cố)(?:\s+(?:số\s+\d+|đi\s+qua|rút))?(?=\s*,))(?![^\W_])"
           # any time adverbial closed by a comma: 'Trước 16 giờ 00 ngày 7/9/2026, ...', 'Hằng
           # tháng trước ngày 25, ...', 'Chậm nhất là ngày 12 tháng 4 năm 2026, ...', 'Trong quý
           # III/2026, ...' (a date or period word, then nothing but the comma before the clause)
           r"|\s*(?:Trước|Chậm\s+nhất|Muộn\s+nhất|Không\s+(?:muộn|chậm)\s+hơn|Trong|Vào|Đến|Cuối|Đầu|Hằng|Hàng|Định\s+kỳ|Ngay|Hạn|Kể\s+từ|Từ)\s"
           r"[^,;:.()]{0,50}?(?:\d|quý\s+[IVX]+|(?:tháng|năm|quý|tuần)(?![^\W_]))[^,;:()]{0,14}(?=,)")


_TOPIC_REPEATED_RE = re.compile(r"\s*(?P<topic>[^\W\d_]+(?:\s+[^\W\d_]+){1,3}?)\s+(?P<rest>(?-i:[A-ZĐ])[^:;]{3,150}?)\s+thực\s+hiện\s+(?P=topic)(?![^\W_])", re.I)


_DOI_VOI_TOPIC_RE = re.compile(r"\s*(?:[-+•]\s*)?Đối\s+với\s+(?P<topic>[^:;]{3,150}?)\s*:\s*(?P<rest>\S.*)$", re.I | re.S)


def _topic_is_object(text: str, gaz: Gazetteer) -> bool:
    """'Đối với doanh nghiệp nước ngoài có cơ sở thường trú: Kiểm tra việc kê khai thu nhập của doanh
    nghiệp ...': the group the topic names comes back as the object of the work after the colon,
    so it is what the work is about, not who does it (the doer is the addressee of the lead-in
    above).  A public body named there ('Đối với Sở Y tế: Chủ trì ...') is its doer: only a group
    the gazetteer does not know is read so."""
    m = _DOI_VOI_TOPIC_RE.match(text)
    if not m:
        return False
    topic, rest = m.group("topic"), m.group("rest")
    if gaz.find(topic) or not _VERB_RE.match(rest):
        return False
    words = re.sub(r"^(?:các|những|mọi)\s+", "", topic.strip(), flags=re.I).split()
    head = " ".join(words[:2])
    return len(words) >= 2 and re.search(r"(?<![^\W_])" + re.escape(head) + r"(?![^\W_])", rest[1:], re.I) is not None


# aspect and frequency adverbs that stand between a subject and its verb ('Chủ tịch UBND TP cũng chỉ
# đạo ...', 'Sở Y tế đã yêu cầu ...'): no part of the subject's name
_ADVERB_TAIL_RE = re.compile(r"(?:\s+(?:cũng|đã|vừa|mới|sẽ|đang|tiếp\s+tục|thường\s+xuyên|luôn))+\s*$", re.I)


# the first half of 'thành lập' (found) left on a name, with the aspect or adverb before it
# (counted at 39dd6bf3: 4 office_spans rows in 4 documents overran so: ob6-124, ob12-069, ob20-016, ob28-003)
_SPLIT_FOUND_RE = re.compile(r"(?:\s+(?:được|đồng\s+thời|đã|sẽ|vừa|mới|cũng))*\s+thành\s*$", re.I)


def subject_of(text: str, gaz: Gazetteer) -> tuple[str, int] | None:
    """See :func:`_subject_of`; a subject ends before the adverbs that lead to its verb."""
    # (office41, levelpairs.py) 'Các xã phường tổ chức ...': read with the comma the writer left out (same length)
    text, level_pairs = comma_level_pairs(text)
    if level_pairs:
        r = subject_of(text, gaz)
        return (restore_level_text(r[0], level_pairs), r[1]) if r else None
    r = _subject_of(text, gaz)
    # ('Phối hợp với các cơ quan Đảng, Quốc hội, Tòa án nhân dân tối cao để đảm bảo liên thông ...'
    # under a lead-in): a duty that opens on 'phối hợp với' names its partners there, in one clause;
    # none of them is the subject (the doer is the lead-in's addressee)
    if r:
        lead_partner = re.match(r"\s*(?:(?:chủ\s+động|tiếp\s+tục|tích\s+cực)\s+)?phối\s+(?:kết\s+)?hợp(?:\s+chặt\s+chẽ)?\s+với\s", text, re.I)
        if lead_partner and not re.search(r"[;:.]", text[lead_partner.end():max(lead_partner.end(), r[1] - len(r[0]))]):
            return None
    if r and re.match(r"\s*lập(?![^\W_])", text[r[1]:]):
        # ('Hiệu trưởng thành lập Hội đồng ...', 'Tổ Công tác được thành lập theo ...', 'Các đơn vị đồng
        # thời thành lập tổ ...'): the verb list holds 'lập', so the compound verb 'thành lập' was cut in
        # two and its first half read as a word of the name
        # ('Cơ quan đề nghị thành lập có trách nhiệm ...': with the duty right after it, 'thành lập' is
        # what the body proposes, a word of its name). A bare title left alone ('Hiệu trưởng') is no
        # subject the reader keeps: the name stays as it was read.
        split = _SPLIT_FOUND_RE.search(r[0])
        duty = re.match(r"\s*lập(?=\s+(?:có|chịu)\s+trách\s+nhiệm(?![^\W_]))", text[r[1]:])
        if duty and re.search(r"(?<![^\W_])(?:đề\s+nghị|xin|quyết\s+định)\s+thành\s*$", r[0], re.I):
            r = f"{r[0]} lập", r[1] + duty.end()
        elif split and split.start() > 0 and not _PERSON_TITLE_RE.match(r[0][:split.start()].strip()):
            r = r[0][:split.start()], r[1] - (len(r[0]) - split.start())
    if r:
        tail = _ADVERB_TAIL_RE.search(r[0])
        if tail and tail.start() > 0:
            return r[0][:tail.start()], r[1] - (len(r[0]) - tail.start())
    return r


def _subject_of(text: str, gaz: Gazetteer) -> tuple[str, int] | None:
    """See :func:`_subject_at`; also tries after a topic label ('Tiêu chuẩn - đo lường -
    chất lượng: Ủy ban nhân dân huyện, thị xã chủ động ...')."""
    label = re.match(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\))\s+(?=\S)", text)
    if label:
        # ('9. Khi phát hiện ... thì người có thẩm quyền xử phạt phải ...', '3. Cơ quan X không được
        # ...'): an item printed with its number, where no list was recognised around it
        r = subject_of(text[label.end():], gaz)
        return (r[0], label.end() + r[1]) if r else None
    if _topic_is_object(text, gaz):
        return None
    r = _subject_at(text, gaz)
    if r is None:
        # '1. Giám sát trực tiếp Ban Thường trực Ủy ban MTTQ xã và các thành viên thực hiện giám
        # sát trực tiếp thông qua ...': the item's topic printed before its subject without a
        # colon, then repeated as the work the subject does
        rep = _TOPIC_REPEATED_RE.match(text)
        if rep:
            r2 = _subject_at(text[rep.start("rest"):rep.end("rest")] + " thực hiện", gaz)
            if r2 and r2[1] >= rep.end("rest") - rep.start("rest"):
                return r2[0], rep.end("rest")
    colon = text.find(":")
    if r and 0 < colon == r[1] and colon < 90:
        # 'Thanh tra khoa học và công nghệ: Ủy ban nhân dân các huyện, thị xã làm đầu mối ...':
        # when a subject of its own follows the colon, what stands before it is a topic label
        r2 = _subject_at(text[colon + 1:], gaz)
        if r2 and text[colon + 1 + r2[1]:colon + 2 + r2[1]] != ":":
            return r2[0], colon + 1 + r2[1]
    if r:
        return r
    # ('Tiếp tục phối hợp với các cơ quan liên quan như: Công an, Quản lý thị trường, ...': a colon
    # after 'như / gồm / bao gồm' opens the list the clause before it names, not a new subject)
    if 0 < colon < 90 and not re.search(r"(?<![^\W_])(?:như|gồm|bao\s+gồm|là)\s*$", text[:colon], re.I):
        r = _subject_at(text[colon + 1:], gaz)
        if r:
            return r[0], colon + 1 + r[1]
    # 'Nhằm góp phần ..., Sở Giáo dục và Đào tạo đề nghị X ...': a subject after a purpose clause
    subordinate = re.match(_OPENER, text, re.I) or _time_opener(text, gaz) or _short_opener(text, gaz) \
        or re.match(r"\s*(?:[-+•]\s*)?(?:[^,;:]{3,40},\s*)?(?:nếu|khi|trường\s+hợp)\s[^;:]{3,200}?\sthì\s", text, re.I)
    # ('Sau 15 ngày, nếu không có khiếu kiện ... thì Ủy ban nhân dân cấp xã lập biên bản ...': a time,
    # then a condition, then 'thì' and the main clause's subject)
    # 'Trường hợp có lý do chính đáng thì Chi cục trưởng Chi cục Hải quan gia hạn ...'
    if subordinate:
        m = re.search(r"\s(?:thì|thời)\s+", text[:300])
        if m and "," not in text[:m.start()]:
            r = _subject_at(text[m.end():], gaz)
            if r:
                return r[0], m.end() + r[1]
        m = re.search(r"(?<![^\W_])thì\s+", text[:300])
        if m:
            r = _subject_at(text[m.end():], gaz)
            # ('Khi nhận được các vướng mắc của cơ quan Thuế cấp dưới, người nộp thuế ... thì cơ
            # quan tiếp nhận thực hiện xử lý': commas inside the condition list its nouns; the
            # main clause's subject follows 'thì', unless a body before it is the one assigned:
            # 'Trường hợp cần thiết, Sở X chủ trì ... thì ...')
            if r and ("," not in text[:m.start()] or not _assigned_before(text[:m.start()], gaz)):
                return r[0], m.end() + r[1]
    # 'Trường hợp NHTM, chi nhánh ngân hàng nước ngoài chưa được cấp tài khoản thì thực hiện đăng
    # ký ...': the clause after 'thì' opens on its verb and leaves out its subject, which is the
    # body the condition opens with (the one whose case it is)
    cond = re.match(r"\s*(?:[-+•]\s*)?(?:(?:Các|Những)\s+[Tt]rường\s+hợp|Trường\s+hợp|Nếu)\s+", text)
    then_m = re.search(r"(?<![^\W_])thì\s+", text[:300]) if cond else None
    if cond and then_m is None:
        # ('+ Các trường hợp Cục Thuế chưa tiến hành xử lý ... yêu cầu báo cáo lý do ...': the case
        # names the body, then the request opens on its verb and leaves out whom it asks, as the
        # clause after 'thì' does)
        then_m = re.search(r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu)\s+(?=[a-zà-ỹđ])(?!(?:các|những|mỗi)\s)", text[:300])
    # (not a sanction: 'Trường hợp doanh nghiệp không nộp ... thì xử lý theo quy định' falls on the
    # party the condition names, the authority does it)
    if then_m and _VERB_RE.match(text, then_m.end()) \
            and not re.match(r"(?:bị\s+)?(?:xử\s+lý|xử\s+phạt|thu\s+hồi|đình\s+chỉ|tước|cưỡng\s+chế)(?![^\W_])", text[then_m.end():], re.I):
        clause = text[cond.end():then_m.start()]
        r = _subject_at(clause, gaz)
        aux = re.search(r"\s(?:chưa|không|đã|đang|sẽ|được|bị|có)\s", clause)
        if aux and (r is None or r[1] > aux.start()):
            # ('... chưa được cấp ...': the condition's verb behind an aspect or a negation word)
            r = _subject_at(clause[:aux.start()] + " thực hiện", gaz)
            r = r if r and r[1] >= aux.start() else None
        if r and not re.search(r"[,;]\s*$", r[0]):
            return r[0], cond.end() + r[1]
    found = None
    # the condition of 'Khi / Trường hợp ... thì ...' lists its own nouns: no subject before 'thì'
    then = re.search(r"(?<![^\W_])thì\s+", text[:300]) if subordinate else None
    for m in re.finditer(r",\s+", text[:300]):
        if then and m.start() < then.start() and not _assigned_before(text[m.start():then.start()], gaz):
            continue  # (a body before 'thì' is the subject only when it is assigned there)
        if subordinate and _LIST_TAIL_RE.match(text, m.end()):
            continue  # 'Căn cứ kết quả của các sở, ngành, Sở Tài chính ...': a bare lowercase
            # noun after a comma goes on the opener's list ('các bộ, ngành và địa phương')
        r = _subject_at(text[m.end():], gaz)
        # (a plural list after a single 'của X', 'Chương trình hành động của Chính phủ, các bộ, ngành, địa
        # phương chủ động ...', opens the main clause: plural heads start subjects, not the opener's list)
        if r and subordinate and (_ABOUT_TAIL_RE.search(r[0]) or "," in r[0] and _opener_genitive_open(text[:m.start()], gaz) >= (
                2 if re.match(r"(?:các|những)\s", text[m.end():], re.I) else 1)):
            continue  # ('Trên cơ sở ... chỉ đạo của Chính phủ, Thường trực Chính phủ, Thủ tướng Chính phủ về việc
            # điều chỉnh, Văn phòng Chính phủ cập nhật ...'): bodies after 'của' go on the opener's list
            # while a comma follows each; a list that runs into 'về việc' is still the opener's topic
        if subordinate and not r and _VERB_RE.match(text, m.end()) and re.search(
                r"(?<![^\W_])việc\s+[^,;:]{0,40}$", text[:m.start()]):
            continue  # ('... về việc điều chỉnh, bổ sung, Văn phòng Chính phủ ...'): the verbs after 'việc'
            # are the opener's list of actions, the main clause comes after them
        if r and text[m.end():m.end() + 1].islower() and not re.match(r"(?:các|những|mỗi|mọi)\s", text[m.end():]) \
                and re.match(r"\s*(?:[-+•]\s*)?(?:Trong\s+)?(?:[Tt]rường\s+hợp|Nếu|Khi)\s", text) and not then \
                and re.search(r",\s*$", text[m.end():m.end() + r[1]]):
            continue  # ('Trong trường hợp ... nhập chia thôn, ấp, tổ dân phố, khu phố, cần điều chỉnh ..., UBND các
            # huyện báo cáo ...': a bare lower-case noun list that a comma closes is one of the condition's)
        if r and subordinate and text[m.end():m.end() + 1].islower() and not re.match(r"(?:các|những|yêu\s+cầu|đề\s+nghị|giao)\s", text[m.end():]) \
                and re.search(rf",\s+[{_UP}]", r[0]):
            continue  # ('..., tổ chức, đơn vị trên địa bàn, Ủy ban nhân dân phường có trách nhiệm ...': the
            # candidate runs over the opener's list into the subject, found at the next comma; a
            # list that opens with a name or a plural, 'Bộ Quốc phòng, Bộ Công an có văn bản ...', 'các
            # bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh ... cần', is the subject)
        if r and (subordinate or re.match(r"\s*(?:đề\s+nghị|yêu\s+cầu|giao)\s", text[m.end() + r[1]:])
                  or _REPORTED_ASK_RE.match(text[m.end() + r[1]:].lstrip())):
            cand = (r[0], m.end() + r[1])
            if found is None:
                found = cand
            if _ASSIGNING_VERB_RE.match(text, cand[1]):
                return cand
            if not subordinate or found is not cand:
                return found
            continue  # ('Trên cơ sở đề nghị của Bộ Công an và các bộ, cơ quan ... tham gia thực
            # hiện Đề án, Bộ Kế hoạch và Đầu tư chủ trì ...': a comma inside the opener's list
            # gives a subject that only proposes; a later one that 'chủ trì' is the main clause's)
        if subordinate and not r and _VERB_RE.match(text, m.end()):
            if re.match(r"tổ\s+chức\s*(?:,|và\s|đơn\s+vị|cá\s+nhân)", text[m.end():], re.I):
                continue  # ('... của các cơ quan, tổ chức, đơn vị tỉnh ..., Ban Thường trực ...': the noun
                # 'tổ chức' in the opener's list of kinds, not the main clause's verb)
            if re.search(r",\s+[^,;:]{3,60}?\s(?:đề\s+nghị|yêu\s+cầu)\s", text[m.end():400]):
                continue  # ('... việc xây dựng, phê duyệt kế hoạch ..., Tổng cục Thuế đề nghị ...': the
                # verb after this comma is still the opener's; a body asking comes later)
            if re.match(r"\s*(?:[-+•]\s*)?(?:Trong\s+)?(?:[Tt]rường\s+hợp|Nếu|Khi)\s", text):
                continue  # ('Trong trường hợp do quy mô dân số thay đổi, yêu cầu bảo đảm ..., cần điều chỉnh ...,
                # UBND các huyện báo cáo ...': a condition lists its own clauses, verbs and all, before
                # the main clause's subject)
            break  # 'Căn cứ ..., cần lập hồ sơ ...': the main clause has no subject
    if found is None:
        # (office36) an opening clause past the 300 characters scanned above, then the issuer's ask
        found = late_issuer_subject(text, lambda t: _subject_at(t, gaz))
    if found is None:
        found = _subject_after_bare_time(text, gaz)
    return found


def _subject_after_bare_time(text: str, gaz: Gazetteer) -> tuple[str, int] | None:
    """'Từ ngày triển khai kế hoạch các lớp chuẩn bị.', 'Trong tuần này các tổ chuyên môn nộp kế
    hoạch': a time opener printed without its comma; the subject is the first plural body ('các X')
    after it that has a verb of its own, with no comma before it."""
    if not _BARE_TIME_OPENER_RE.match(text):
        return None
    for m in re.finditer(r"(?<![^\W_])(?:các|những)\s+", text[:160]):
        if "," in text[:m.start()] or ";" in text[:m.start()]:
            return None
        r = _subject_at(text[m.start():], gaz)
        if r and "," not in r[0]:
            return r[0], m.start() + r[1]
    return None


_BARE_TIME_OPENER_RE = re.compile(r"\s*(?:[-+•]\s*)?(?:Từ|Trong|Trước|Sau|Đến|Kể\s+từ|Vào|Cuối|Đầu)\s+(?:ngày|tuần|tháng|quý|năm|khi|nay|thời\s+gian|\d)", re.I)


_RECURRENCE_TAIL_RE = re.compile(
    r"(?:\s+(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần|ngày))?(?:\s+(?:và|hoặc)\s+(?:khi\s+có\s+yêu\s+cầu|đột\s+xuất(?:\s+khi\s+có\s+yêu\s+cầu)?))?\s*$", re.I)
_RECURRENCE_ONLY_RE = re.compile(
    r"(?:Định\s+kỳ\s*)?(?:(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|(?:06|6|sáu)\s+tháng(?:\s+(?:một\s+lần|đầu\s+năm|cuối\s+năm))?|"
    r"(?:hằng|hàng)\s+năm|mỗi\s+(?:năm|quý|tháng))|Định\s+kỳ", re.I)


def _time_opener(text: str, gaz: Gazetteer) -> re.Match | None:
    """A first clause that is only a time ('Dự kiến hoàn thành trong tháng 4/2026, ...', 'Xong
    trước 30/6/2026, ...'): a date or period ends it, no body is named in it.  Whatever word
    opens it, the clause after the comma holds the subject."""
    from pipeline.extract.temporal import find_dates

    m = re.match(r"\s*([^,;:()]{3,90}?)(?=,)", text)
    if not m or gaz.find(m.group(1), fuzzy=False):
        return None
    # ('Định kỳ trước ngày 15 tháng 12 hằng năm và khi có yêu cầu, Ủy ban nhân dân các tỉnh có trách
    # nhiệm báo cáo ...', 'Định kỳ 6 tháng và khi có yêu cầu, ...'): a recurrence and 'when asked'
    # after the date are part of the time clause; a clause of a recurrence alone is one too
    clause = _RECURRENCE_TAIL_RE.sub("", m.group(1).rstrip())
    if _RECURRENCE_ONLY_RE.fullmatch(clause.strip()):
        return m
    hits = find_dates(clause)
    return m if hits and hits[-1].end >= len(clause.rstrip()) - 2 else None


def _short_opener(text: str, gaz: Gazetteer) -> re.Match | None:
    """'Kết thúc cuộc bầu cử, Ban Thường trực ... tiến hành ...', 'Sau hội nghị, Sở X ...': a first
    clause of a few words that names no body, then a comma, sets the time or occasion of the main
    clause, whose subject follows the comma (a capitalised body the gazetteer knows)."""
    m = re.match(rf"\s*(?:[-+•]\s*)?([^,;:()]{{3,45}}?),\s+(?=[{_UP}])", text)
    if not m or len(m.group(1).split()) > 7 or gaz.find(m.group(1), fuzzy=False) or BODY_HEAD_RE.match(m.group(1)):
        return None
    after = gaz.find(text[m.end():m.end() + 120], fuzzy=False)
    return m if after and after[0].start == 0 else None


def _assigned_before(cond: str, gaz: Gazetteer) -> bool:
    """Does a body after a comma of ``cond`` (the text before 'thì') take an assigning verb?"""
    for m in re.finditer(r",\s+", cond):
        r = _subject_at(cond[m.end():], gaz)
        # (not 'đề nghị': in a condition it is what someone asked for, 'cơ quan Thuế cấp dưới đề
        # nghị hướng dẫn')
        if r and re.match(r"\s*(?:chủ\s+trì|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)(?![^\W_])", cond[m.end() + r[1]:], re.I):
            return True
    return False


# ('cơ quan hải quan', 'doanh nghiệp' can head a subject of their own after a comma; these not)
# ('... kết luận của cơ quan, người có thẩm quyền, cơ quan có chức năng quản lý đất đai lập hồ sơ':
# the legal pair 'cơ quan, người có thẩm quyền' goes on with the opener's list too)
# (a subject candidate that ends on 'về việc' / 'về' names the topic of a noun in the opener:
# 'chỉ đạo của X về việc điều chỉnh')
_ABOUT_TAIL_RE = re.compile(r"(?<![^\W_])về(?:\s+việc)?\s*$", re.I)


def _opener_genitive_open(before: str, gaz: "Gazetteer") -> int:
    """How many bodies ``before`` ends with, in a list that opened on 'của' ('chỉ đạo của Chính phủ,
    Thường trực Chính phủ': 2), when every comma-separated piece after the last 'của' is a body; 0 when
    it does not end inside such a list."""
    g = None
    for g in re.finditer(r"(?<![^\W_])của\s+", before):
        pass
    if g is None or before.count(",", g.end()) > 8:
        return 0
    pieces = before[g.end():].split(",")
    for piece in pieces:
        piece = re.sub(r"^\s*(?:và|cùng)\s+", "", piece.strip())
        hits = gaz.find(piece, fuzzy=False) if piece else []
        if not hits or hits[0].start != 0 or hits[-1].end < len(piece) - 2:
            return 0
    return len(pieces)


_CONTENTS_LIST_RE = re.compile(r",?\s*(?:bao\s+)?gồm\s+(?:(?:những|các)\s+)?nội\s+dung(?:\s+(?:chủ\s+yếu|chính|cơ\s+bản))?(?:\s+(?:như\s+)?sau)?\s*:", re.I)
_LIST_TAIL_RE = re.compile(r"(?:ngành|cấp|bộ|sở|ban|địa\s+phương|đoàn\s+thể|hiệp\s+hội|người\s+có\s+thẩm\s+quyền)(?![^\W_])")
# 'giao X', 'giao cho X', 'giao nhiệm vụ cho X', 'giao trách nhiệm cho X': the verb that hands a
# duty to the body after it (conclusions of meetings say it the long way)
# ('Thủ tướng phân công Phó Thủ tướng X và Phó Thủ tướng Y trực tiếp chỉ đạo ...': 'phân công'
# hands the work to the people or bodies it names, as 'giao' does)
# (only right before the body it names, which then has a verb of its own: 'các cơ quan được phân
# công chủ trì ...' is a passive, and 'Chủ tịch Hội đồng phân công nhiệm vụ cho các Phó Chủ tịch'
# states the chairman's own power in a regulation)
# ('UBND xã phân công chuyên viên Văn phòng HĐND & UBND xã tiếp công dân ...': the staff of an
# office assigned by their rank, then the office)
GIAO_CHO = (r"(?:giao|phân\s+công(?=\s+(?:(?:cán\s+bộ|công\s+chức|chuyên\s+viên|viên\s+chức)\s+(?=" + _STAFF_FIELD + r")|"
            r"(?:(?:các\s+)?(?:cán\s+bộ|công\s+chức|chuyên\s+viên|viên\s+chức|ông|bà|đồng\s+chí|đ/c)\s+)?(?:các\s+)?(?-i:[" + _UP + r"])|"
            r"(?:các\s+)?(?:đồng\s+chí|đ/c)\s+thành\s+viên)))"
            r"(?:\s+(?:nhiệm\s+vụ|trách\s+nhiệm))?(?:\s+cho)?")
_ASSIGNING_VERB_RE = re.compile(r"\s*(?:chủ\s+trì|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|đề\s+nghị|yêu\s+cầu|giao)(?![^\W_])", re.I)


# 'các Bộ:' / 'Các Sở:' right before a colon: the head word the listed fields share
_SHARED_HEAD_END_RE = re.compile(r"(?<![^\W_])(?:các\s+)?(?:Bộ|Sở|Phòng|Ban|Bộ\s+trưởng)\s*$", re.I)


_TITLE_PREFIX_RE = re.compile(r"(?:Thủ\s+trưởng|Chủ\s+tịch|Giám\s+đốc|Lãnh\s+đạo|Người\s+đứng\s+đầu)\s+", re.I)


def _chain_verb(rest: str, found: list[OfficeMatch], named: bool = False) -> int | None:
    """Where an action verb follows a sentence's opening list of bodies at once, when the list
    of subject verbs does not know the verb: 'Chi cục Thủy lợi khai thác ...', 'Thủ trưởng các cơ
    quan, đơn vị cài đặt ...'.  The bodies are the gazetteer's, chained by ',', ';' or 'và'
    (then any action verb ends them), or a capitalised name outside it (then only a verb of two
    syllables: a one-syllable word after a name may still be part of it, 'rừng phòng hộ')."""
    from pipeline.extract.tasks import VERB_START_RE  # late: tasks imports this module lazily

    t = _TITLE_PREFIX_RE.match(rest)
    pos = t.end() if t else 0
    chained = False
    for o in found:
        if o.start == pos or chained and re.fullmatch(r"\s*(?:,|;|và)\s*", rest[pos:o.start]):
            pos, chained = o.end, True
        elif o.start > pos:
            break
    if chained:
        m = re.match(r"\s+", rest[pos:])
        at = pos + (m.end() if m else 0)
        # (not after a bare body noun: 'Các cơ quan tuyên truyền' names bodies, see verb_ends_name)
        # (a verb of two syllables: a one-syllable one may open a qualifier, 'chi nhánh tỉnh', and
        # the subject verbs of one syllable are found by _VERB_RE anyway)
        v = VERB_START_RE.match(rest[at:]) if m and rest[at:at + 1].islower() else None
        if v and " " in v.group(0) and not _QUALIFIER_START_RE.match(rest[at:]) and not _HEAD_BEFORE_RE.search(rest[max(0, at - 12):at]):
            return at
        return None
    if not found and not named and re.match(r"(?:các\s+)?[A-ZĐ]", rest) and BODY_HEAD_RE.match(rest):
        # a name outside the gazetteer, when no subject verb follows it at all (a verb-like word
        # inside a name, 'Viện Chiến lược phát triển giao thông vận tải nghiên cứu', is no end
        # when a known verb comes later): up to six words, then a two-syllable verb
        for w in list(re.finditer(r"\S+", rest[:90]))[1:7]:
            if re.match(r"[,;:(]", w.group(0)) or w.group(0)[-1:] in ",;:":
                return None
            v = VERB_START_RE.match(rest[w.start():])
            # (a proper name: some capitalised word after the head; 'Đơn vị chủ trì thực hiện' is none)
            if v and " " in v.group(0) and w.group(0)[:1].islower() and re.search(r"\s[A-ZĐ]", rest[:w.start()]):
                return w.start()
    return None


# 'Các bên tranh chấp có trách nhiệm ...', 'Các thành viên của tổ có trách nhiệm ...': a plural
# noun phrase that a duty verb follows names the parties made responsible, whatever its head
# the topic of 'Đối với <topic>, giao / đề nghị / yêu cầu <body> ...' up to its comma and the ask
_TOPIC_BEFORE_ASK_RE = re.compile(r"[^,;:.]{3,120},\s*(?:(?:thì|UBND\s+[^,;:.]{2,40}|Ủy\s+ban\s+[^,;:.]{2,40})\s+)?"
                                r"(?:giao(?:\s+(?:trách\s+nhiệm|nhiệm\s+vụ))?(?:\s+cho)?|đề\s+nghị|yêu\s+cầu|phân\s+công)\s", re.I)
# local units by their level alone, plural: 'Các huyện', 'các xã, phường, thị trấn' ('Các quận,
# huyện còn lại sẽ tự tổ chức ...', 'các xã còn lại tổ chức ...': the rest of them, as plural)
_PLURAL_LOCAL_RE = re.compile(r"(?:các|những)\s+(?:tỉnh|huyện|xã|phường|thị\s+trấn|quận|thị\s+xã|thành\s+phố|đặc\s+khu)"
                              r"(?:\s*,\s*(?:tỉnh|huyện|xã|phường|thị\s+trấn|quận|thị\s+xã|thành\s+phố|đặc\s+khu))*(?:\s+còn\s+lại)?\s+(?=[^\W\d_])", re.I)
# (bare16) the region the plural units lie in, its name capitalised: 'Các tỉnh, thành phố khu vực Bắc Bộ,
# Bắc Trung Bộ theo dõi ...', 'Các tỉnh vùng Đồng bằng sông Cửu Long rà soát ...', 'Các xã khu vực biên giới ...'
_PLURAL_LOCAL_REGION_RE = re.compile(r"(?:khu\s+vực|vùng|miền)\s+(?=[" + _UP + r"])")
_PLURAL_DUTY_RE = re.compile(r"(?:các|những)\s+[^\W\d_][^,;:()]{0,60}?\s+(?:có|chịu)\s+trách\s+nhiệm(?![^\W_])", re.I)


def _long_addressee_list(stretch: str) -> bool:
    """Is ``stretch`` a list of bodies and titles separated by ';' ('Chánh Văn phòng Ủy ban nhân
    dân tỉnh; Giám đốc Sở ...; Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường và ...')?

    Why: the closing article of a decision ('... chịu trách nhiệm thi hành Quyết định này') names
    every addressee before its one verb, often in more than 220 characters; each ';' opens one."""
    chunks = [c.strip() for c in stretch.split(";")]
    return len(chunks) >= 3 and all(c and len(c) <= 160 and (BODY_HEAD_RE.match(c) or re.match(r"(?:phó\s+)?chánh\s|" + _PARTY_HEAD, c, re.I))
                                    for c in chunks)


# the verb of a closing article ('... chịu trách nhiệm thi hành Quyết định này', '... có trách nhiệm
# thi hành Thông tư này'): all that stands before it is the list of addressees
_EXECUTION_VERB_RE = re.compile(r"(?:chịu|có)\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?thi\s+hành(?![^\W_])", re.I)


def _comma_addressee_list(stretch: str) -> bool:
    """Is ``stretch`` a long list of addressees separated by commas, most of them opening on the
    head of a body or a title ('Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân
    các tỉnh, thành phố trực thuộc Trung ương, tổ chức chính trị - xã hội, Tổng cục ..., trường cao
    đẳng, trường trung cấp và các cơ sở khác ...')?

    Why: the closing article of a circular or a decision names its addressees before its one verb,
    comma after comma, and the whole list often runs past 220 characters; a shared place word
    ('thành phố trực thuộc Trung ương' after 'các tỉnh,') continues the item before it."""
    chunks = [c.strip() for c in re.split(r"\s*[,;]\s*|\s+và\s+", stretch) if c.strip()]
    if len(chunks) < 4 or any(len(c) > 160 for c in chunks):
        return False
    heads = sum(1 for c in chunks if BODY_HEAD_RE.match(c) or re.match(r"(?:phó\s+)?(?:chánh|thống\s+đốc)\s|" + _PARTY_HEAD, c, re.I))
    return heads * 3 >= len(chunks) * 2


def _execution_list_end(rest: str) -> int | None:
    """Where the verb of a closing article starts when all before it is a long list of addressees
    (``_comma_addressee_list``), else None."""
    m = _EXECUTION_VERB_RE.search(rest[:720])
    if not m or re.search(r"[.:]\s", rest[:m.start()]):
        return None
    stretch = rest[:m.start()]
    if re.search(r"(?<![^\W_])(?:chủ\s+trì|phối\s+hợp|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|thực\s+hiện|báo\s+cáo|giao)(?![^\W_])", stretch, re.I):
        return None
    return m.start() if _comma_addressee_list(stretch) else None


_INSPECT_VERB_RE = re.compile(r"(?:thanh\s+tra|kiểm\s+toán|kiểm\s+tra|giám\s+sát)", re.I)
_VERB_SERIES_RE = re.compile(r"\s*(?:,|và|hoặc)\s*(?:thanh\s+tra|kiểm\s+tra|giám\s+sát|xử\s+lý|theo\s+dõi|đôn\s+đốc|"
                             r"hướng\s+dẫn|kiểm\s+toán|đánh\s+giá|phát\s+hiện)(?![^\W_])", re.I)


def _starts_with_verb(t: str) -> bool:
    from pipeline.extract.tasks import VERB_START_RE  # (tasks imports this module)

    return bool(_VERB_RE.match(t) or VERB_START_RE.match(t))


def _subject_at(text: str, gaz: Gazetteer) -> tuple[str, int] | None:
    """The office list a sentence opens with, and where it ends, or None.

    'Sở Y tế chủ trì, ...' -> ('Sở Y tế', 7); 'Giao Sở X theo dõi ...' -> ('Sở X', ...);
    'Đề nghị Liên đoàn Lao động tỉnh: Chỉ đạo ...' -> ('Liên đoàn Lao động tỉnh', ...)."""
    # ('Phân công Phó Thủ tướng X chỉ đạo ...': assigned as by 'Giao')
    # ('Các đồng chí Trưởng, Phó các phòng có trách nhiệm ...': officials addressed as 'đồng chí'
    # are named by their posts)
    # ('Đối với các trường THPT: tổ chức ...', 'Đối với các trường ĐH chủ động liên hệ ...': the
    # bodies a letter's item is for, then their duty)
    # (a quoted directive: '"Công an các đơn vị, địa phương quản lý chặt chẽ ..." - Bộ trưởng nhấn mạnh')
    # ('(PL)- Phó Chủ tịch UBND TP ... vừa giao ...', '(TTXVN) - ...'): a newspaper's tag before its lead
    # ('Theo đó các ngành liên quan phải ...': a connective without its comma before a plural subject)
    m = re.match(r"^\s*(?:\([A-ZĐ][\w.&]{0,14}\)\s*[-–—]\s*)?(?:(?:Theo\s+đó|Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó|Sau\s+đó|Tiếp\s+đó|Qua\s+đó)\s+(?=(?:các|những)\s))?[\"“‘']?\s*(?:(?:Giao\s+cho|Giao|Phân\s+công(?:\s+cho)?|(?:Phân\s+cấp|Phân\s+quyền|[UỦ][yỷ]\s+quyền)\s+cho|Đề\s+nghị|Yêu\s+cầu|Riêng|Đối\s+với)\s+)?(?:(?:các\s+)?đồng\s+chí\s+(?=[A-ZĐ]))?", text, re.I)
    start = m.end() if m else 0
    if m and re.search(r"Đối\s+với\s+$", m.group(0), re.I) and _TOPIC_BEFORE_ASK_RE.match(text, start):
        # ('Đối với các trường hợp vi phạm, giao Công an xã xử lý ...', 'Đối với hộ chưa nộp, đề
        # nghị Trưởng thôn ...'): the topic the work is about, then the ask that names who does it;
        # the topic is no subject (the ask is read where it stands)
        return None
    rest = text[start:]
    first = gaz.find(rest[:200])
    head_ok = bool(first and first[0].start == 0) or bool(BODY_HEAD_RE.match(rest)) or bool(_PLURAL_DUTY_RE.match(rest)) \
        or bool(_NEWSPAPER_RE.match(rest))
    pl = _PLURAL_LOCAL_RE.match(rest)
    if not head_ok and pl and _PLURAL_LOCAL_REGION_RE.match(rest, pl.end()):
        # (bare16) the region's name runs to the first lower-case word that opens the verb, within
        # a dozen words and no stop
        for wm in re.finditer(r"\s+(?=\S)", rest[:pl.end() + 120]):
            if wm.end() <= pl.end() + 8 or re.search(r"[.;:]", rest[pl.end():wm.start()]):
                continue
            if rest[wm.end()].islower() and _starts_with_verb(rest[wm.end():]) \
                    and not re.match(r"(?:khu\s+vực|vùng|miền)\s", rest[wm.end():], re.I):
                end = wm.start()
                return rest[:end], start + end
    if not head_ok and pl and rest[pl.end():pl.end() + 1].islower() and _starts_with_verb(rest[pl.end():]):
        # ('Các huyện thành lập đoàn đánh giá ...', 'Các xã, phường rà soát ...'): local units named
        # by their level alone, plural, with their verb right after them, stand for their authorities
        return rest[:pl.end()].rstrip(), start + pl.end() - (len(rest[:pl.end()]) - len(rest[:pl.end()].rstrip()))
    # ('Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở ...': the head of an office by his title)
    head_ok = head_ok or bool(re.match(r"(?:phó\s+)?chánh\s+(?:văn\s+phòng|thanh\s+tra)(?![^\W_])|"
                                       r"(?:phó\s+)?(?:vụ|cục|tổng\s+cục|chi\s+cục|viện)\s+trưởng\s", rest, re.I))
    if not head_ok and re.search(r"đồng\s+chí\s+$", text[:start], re.I) and _NAMED_POST_RE.match(rest):
        # ('Giao đồng chí Nguyễn Văn A – Phó Chủ tịch Uỷ ban MTTQ xã thực hiện ...': the official
        # named with his post is the one assigned)
        start = start - len(re.search(r"đồng\s+chí\s+$", text[:start], re.I).group(0))
        rest = text[start:]
        first = gaz.find(rest[:200])
        head_ok = True
    if not head_ok:
        return None
    # 'Cục Giám sát quản lý về hải quan (Tổng cục Hải quan) hướng dẫn ...': a unit's name runs to
    # the parenthesis that names its parent
    named_to = 0
    # (the bracket names a parent body; '(đối với các Chi cục Thuế ...)' after a verb does not)
    pm = re.match(r"(?:Cục|Vụ|Tổng\s+cục|Chi\s+cục|Viện|Trung\s+tâm|Ban|Văn\s+phòng|Phòng|Thanh\s+tra)\s[^,;:()]{2,70}?\s*"
                  r"\((?=\s*(?:Tổng\s+cục|Bộ|Cục|Sở|Ủy|Uỷ|UBND|Ban|Vụ|Văn\s+phòng|Chi\s+cục|Viện|thuộc|trực\s+thuộc)(?![^\W_]))[^()]{3,80}\)", rest)
    if pm:
        named_to = pm.end()
    colon = rest.find(":")
    # 'Các Bộ: Tài chính, Công Thương, ...': the colon opens the list of fields the head word
    # shares, it does not end the subject
    if colon > 0 and _SHARED_HEAD_END_RE.search(rest[:colon]) and re.match(r"\s*[A-ZĐ]", rest[colon + 1:]):
        colon = rest.find(":", colon + 1)
    v = None
    # the verb that ends the subject must not fall inside an office name
    for vm in _VERB_RE.finditer(rest):
        # 'Lãnh đạo các địa phương cần ...': a noun of persons, not the verb 'lãnh đạo'
        if vm.start() == 0 and re.match(r"lãnh\s+đạo\s+(?:các\s|UBND|Ủy\s+ban|Uỷ\s+ban|(?-i:[A-ZĐ]))", rest, re.I):
            continue
        if leaders_list_member(rest, vm.start()):
            continue  # (office44) '... và lãnh đạo các Bộ, ngành': a list member, leaderslist.py
        if any(o.start <= vm.start() < o.end for o in first) or vm.start() < named_to:
            continue
        if any(a <= vm.start() < b for a, b in unit_qualifier_spans(rest)):
            continue  # ('Các địa phương có tàu cá hoạt động trên biển khẩn trương ...': the units' qualifier)
        # a verb right after a whole gazetteer name ends the subject ('Các bộ, ngành báo cáo ...')
        right_after = any(o.end <= vm.start() <= o.end + 1 and o.kind != "body" for o in first) and vm.group(0)[:1].islower()
        # (not 'có liên quan' after a collective: 'Thủ trưởng các sở, ban, ngành có liên quan chịu ...', office20)
        right_after = right_after and not (any(o.kind == "collective" for o in first) and _RELATED_AFTER_COLLECTIVE_RE.match(rest, vm.start()))
        # ('Ủy ban nhân dân cấp tỉnh Chỉ đạo Sở X ...', 'Bộ Công Thương Chủ trì, phối hợp ...'): an
        # assignment verb printed capitalised right after a whole name, then lower case, is the verb
        right_after = right_after or (vm.start() > 0 and re.fullmatch(_CAP_VERB, vm.group(0)) is not None
                                      and any(o.end <= vm.start() <= o.end + 1 for o in first)
                                      and (rest[vm.end():].lstrip(" ,")[:1].islower()
                                           or any(o.start == len(rest) - len(rest[vm.end():].lstrip()) for o in first)))
        if not right_after and not verb_ends_name(rest, vm):
            continue
        # 'Đơn vị chủ trì thực hiện lấy ý kiến ...': after a bare generic head, 'chủ trì' followed
        # by another verb makes the noun 'the lead unit', not the verb
        if vm.group(0).casefold() == "chủ trì" and re.fullmatch(r"\s*(?:các\s+)?(?:đơn\s+vị|cơ\s+quan|bộ|sở|ngành)\s*", rest[:vm.start()], re.I) \
                and _VERB_RE.match(rest[vm.end():].lstrip()):
            continue
        # 'Cục Kinh tế xây dựng chủ trì': a verb-like word right before 'chủ trì' names the body
        # ('Cục Giám sát quản lý về hải quan chủ trì': up to four more words of the name)
        # (never an assigning verb: 'UBND tỉnh giao Sở Tư pháp chủ trì' hands the work on)
        if vm.group(0).casefold() not in ("chủ trì", "phối hợp", "giao", "đề nghị", "yêu cầu", "phân công", "chỉ đạo") and re.match(r"(?:\s+[^\W\d_]+){0,4}\s+chủ\s+trì", rest[vm.end():], re.I):
            continue
        v = vm
        break
    vpos = v.start() if v is not None else None
    chain = _chain_verb(rest, first, named=vpos is not None)
    if chain is not None and (vpos is None or chain < vpos) and (colon <= 0 or chain < colon):
        vpos = chain  # ('Chi cục Thủy lợi khai thác ...', 'Các sở, ngành và UBND các huyện khuyến khích ...')
    end = None
    if colon > 0 and (vpos is None or colon < vpos):
        end = colon
    elif vpos is not None:
        end = vpos
    if end is not None and 220 < end <= 480 and _long_addressee_list(rest[:end]):
        pass  # an execution clause's list of addressees, one ';' per body, runs long
    elif end is not None and (ex := _execution_list_end(rest)) is not None and ex >= end and ex > 220:
        # ('Các Bộ, cơ quan ngang Bộ, ..., trường cao đẳng, trường trung cấp và các cơ sở khác có đăng
        # ký hoạt động ... chịu trách nhiệm thi hành Thông tư này': a 'có' inside an item is no verb)
        end = ex
    elif end is None or end == 0 or end > 220:
        return None
    if re.search(r"\s(?:được|đã\s+được)\s*$", rest[:end]):
        # ('Các tỉnh được hỗ trợ kinh phí sẽ phải có trách nhiệm quyết toán ...', 'Các đơn vị được giao
        # vốn có trách nhiệm giải ngân ...'): a passive relative clause narrows the plural; the duty
        # verb after it, a modal first, ends the subject
        duty = re.match(r"[^,;:.()]{2,80}?\s(?=(?:sẽ\s+|cần\s+|phải\s+)*(?:có|chịu)\s+trách\s+nhiệm(?![^\W_])|(?:sẽ\s+)?phải\s|cần\s)", rest[end:])
        # (a short clause only, and not an assignment: 'các cơ quan được phân công chủ trì thực hiện nhiệm vụ
        # tại Kế hoạch này có trách nhiệm ...' keeps 'các cơ quan')
        if duty and len(duty.group(0).split()) <= 6 and not re.search(r"(?<![^\W_])(?:chủ\s+trì|phân\s+công|giao)(?![^\W_])", duty.group(0), re.I):
            end += duty.end()
    subj = rest[:end].strip(" ,;")
    # ('Các đơn vị thuộc Bộ, các Sở/Ban khi đề nghị khen thưởng gửi hồ sơ ...'): a conjunction that
    # opens a clause of time or purpose is no word of the subject
    subj = re.sub(r"\s+(?:khi|nếu|để|nhằm)$", "", subj)
    if not subj:
        return None
    if _INSPECT_VERB_RE.fullmatch(subj) and _VERB_SERIES_RE.match(rest[len(subj):]):
        # 'Thanh tra, kiểm tra, xử lý vi phạm ...' (an item of a body's duties): the bare word
        # 'Thanh tra' then more verbs is the verb 'inspect' heading a series; an inspectorate is
        # named with whose it is ('Thanh tra tỉnh', 'Thanh tra Bộ') and does not take a verb list
        return None
    if m and re.match(r"\s*Đối\s+với", m.group(0), re.I) and re.search(
            r"(?<![^\W_])(?:đã|đang|chưa|được|sẽ|không|có|mà|nào)(?![^\W_])", subj, re.I):
        return None  # 'Đối với các đơn vị đã xây dựng ...:' narrows a group by what it did: no name
    return subj, start + end


# a body reported as having issued a document that asks others ('UBND TP vừa ban hành công văn số
# 9992/UBND-NN yêu cầu Sở NN&PTNT ...', 'Chủ tịch UBND huyện vừa có công văn yêu cầu các cơ quan ...',
# 'Ban Thường vụ Tỉnh ủy vừa có văn bản chỉ đạo số 682-CV/TU yêu cầu các cấp ủy ...', 'UBND huyện đã có
# Công văn số 3015/UBND-TN ngày 23/8/2018 yêu cầu Thủ trưởng ...'): news pages and later documents
# report a directive so; the bodies asked are its offices, the issuer is not
# (a report is told by its tense, 'vừa / đã / mới', or by the document's number: 'BHXH các tỉnh có văn
# bản đề nghị các cơ sở KCB ...' without either is an instruction to the body to issue one -- it stays
# the doer)
_DOC_KIND = (r"(?:[Cc]ông\s+văn|văn\s+bản|[Cc]hỉ\s+thị|[Kk]ế\s+hoạch|[Tt]hông\s+báo|[Qq]uyết\s+định|[Cc]ông\s+điện|[Hh]ướng\s+dẫn|[Tt]hư|[Đđ]iện)"
             r"(?:\s+(?:chỉ\s+đạo|hỏa\s+tốc|hoả\s+tốc|khẩn))?")
_DOC_NO = r"\s+(?:số\s+)?\d[\w/.\-&]*"
_DOC_DATE = r"(?:\s*,?\s*ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)?"
# ('đã ký ban hành văn bản số 2508/UBND-KGVX, chỉ đạo ...', 'vừa có văn bản chỉ đạo ...': the
# document a page reports is the issuer's; what it asks, directs or assigns names the offices)
_REPORTED_DOC = (rf"(?:(?:vừa|đã|mới)\s+(?:ký\s+ban\s+hành|ban\s+hành|có|gửi|ký|ra)\s+{_DOC_KIND}(?:{_DOC_NO})?{_DOC_DATE}"
                 rf"|(?:ký\s+ban\s+hành|ban\s+hành|có|gửi|ký)\s+{_DOC_KIND}{_DOC_NO}{_DOC_DATE})\s*,?\s+")
_REPORTED_ASK_RE = re.compile(_REPORTED_DOC + r"(?=(?:đề\s+nghị|yêu\s+cầu|giao|chỉ\s+đạo)\s)", re.I)
# (office24) the document sent, right before 'gửi' ('ban hành công điện gửi ...'): see sentto.py
_DOC_BEFORE_SENT_RE = re.compile(rf"(?<![^\W_]){_DOC_KIND}(?:{_DOC_NO})?{_DOC_DATE}\s*,?\s+$", re.I)
# 'Bộ Y tế vừa có văn bản gửi UBND và Sở Y tế các tỉnh ..., đề nghị xây dựng kế hoạch ...': the
# request opens on its verb and leaves out whom it asks, who are the recipients the document was
# sent to
_REPORTED_SENT_RE = re.compile(
    rf"\s*(?:(?:vừa|đã|mới)\s+)?(?:ký\s+ban\s+hành|ban\s+hành|có|ký|ra)\s+{_DOC_KIND}(?:{_DOC_NO})?{_DOC_DATE}\s+gửi\s+"
    # (the comma before the ask may be left out: 'vừa có văn bản gửi các Khu quản lý đường bộ, các sở
    # ..., các Ban Quản lý dự án trực thuộc yêu cầu đẩy nhanh giải ngân ...')
    # (the ask may be quoted from the letter: '... gửi các sở giáo dục và đào tạo yêu cầu “tổ chức quán
    # triệt ...”')
    r"(?P<who>[^;:.]{3,200}?)\s*,?\s*(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu)\s*:?\s+[“\"‘']?(?=[a-zà-ỹđ])(?!(?:các|những|mỗi|mọi)\s)", re.I)
# 'Phó Bí thư ... yêu cầu, các đơn vị trong khối cần ...', 'Chủ tịch UBND tỉnh yêu cầu: Thời gian tới, 3
# lực lượng ... tiếp tục ...', 'Bộ trưởng nhấn mạnh, lực lượng Công an cần ...': the speaker's verb,
# then a comma or colon, then a clause with a subject of its own -- that clause is what is asked,
# and its subject is whom it asks (the speaker only reports the request)
# ('Bộ trưởng Tô Lâm chỉ đạo Tổng cục Cảnh sát ...', 'Phó Thủ tướng Trương Hòa Bình yêu cầu ...'): a
# post written before the official's own name, as the press writes it, names the speaker the same way
# 'Ông X' does; the name must open on a family name, so that 'Chủ tịch UBND tỉnh' is no name
_SURNAME = (r"(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Tô|Trương|Đinh|Lâm|"
            r"Mai|Đoàn|Trịnh|Lương|Hà|Đào|Cao|Lưu|Chu|Tạ|Vương|Thái|Châu|Kiều|Triệu|Quách|Tăng|Lại|Doãn|Giang|"
            r"Hứa|Mạc|Từ|Nông|Lò|Vi|Hầu|Thân|Khuất|Kim|Lục|Tống|Diệp|Âu|Quan|Ninh|Bế|Sầm)")
_NAMED_POST = (r"(?:Phó\s+)?(?:Thủ\s+tướng|Bộ\s+trưởng|Thứ\s+trưởng|Chủ\s+tịch|Tổng\s+Bí\s+thư|Bí\s+thư|"
               r"Giám\s+đốc|Chủ\s+nhiệm|Tổng\s+cục\s+trưởng|Cục\s+trưởng|Thống\s+đốc)(?:\s+[Tt]hường\s+trực)?")

# (office27) what the speaker says before the ask, in a meeting report ('đồng chí Huỳnh Kim Ngân ghi nhận, đánh
# giá cao sự phấn đấu của Chi bộ ..., đề nghị Chi bộ tiếp tục ...'): praise first, then the ask
_PRAISE_BEFORE_ASK = (r"(?P<praise>(?:ghi\s+nhận|đánh\s+giá\s+cao|biểu\s+dương|khen\s+ngợi|chúc\s+mừng|cảm\s+ơn)(?![^\W_])"
                      r"[^.;:!?\n]{0,240}?,\s+(?:(?:đồng\s+thời|và)\s+)?)?")
_PERSON_SPEAKER_RE = re.compile(
    # (office27) the courtesy in lower case after an opener and its comma ('Theo đó, ông Nguyễn Long Biên giao
    # ...', 'Kết thúc phiên họp, bà Lê Thị Ngọc Thúy đề nghị UBND ...'); the name after it is capitalised
    r"\s*(?:(?:[Ôô]ng|[Bb]à|[Đđ]ồng\s+chí|[Đđ]/c)\s+(?-i:[A-ZĐ][^\s,]*)|(?P<titled>" + _NAMED_POST + r")\s+(?-i:" + _SURNAME + r"))"
    r"(?:\s+(?-i:[A-ZĐ][^\s,]*)){1,3}"
    # ('Đồng chí Võ Thị Minh Sinh – Phó Bí thư Tỉnh uỷ, Chủ tịch Uỷ ban MTTQ Việt Nam tỉnh chỉ đạo các
    # tổ chức ...': the posts written after the name, a dash first, belong to the speaker)
    # (office27: or a comma, when a post opens it: 'Phó Thủ tướng Phạm Thị Thanh Trà, Phó trưởng Ban chỉ đạo
    # ... vừa ký ban hành công văn số 174 yêu cầu các bộ, ngành ...')
    r"(?P<post>\s*(?:[-–]\s*(?-i:[A-ZĐ])|,\s*(?=(?:Phó|Trưởng|Chủ\s+tịch|Bí\s+thư|Giám\s+đốc|Bộ\s+trưởng|Thứ\s+trưởng)(?![^\W_])))[^.;:!?\n]{2,200}?)?\s+"
    r"(?:(?:cũng|đã|vừa|tiếp\s+tục)\s+)*" + r"(?:" + _REPORTED_DOC + r")?" + _PRAISE_BEFORE_ASK +
    r"(?:giao(?:\s+cho)?|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo)\s+(?=(?:các\s+)?(?-i:[A-ZĐ])|các\s"
    # ('Thủ tướng Phạm Minh Chính chỉ đạo tỉnh Bà Rịa - Vũng Tàu hoàn tất ...'): a province or city asked
    r"|(?:tỉnh|thành\s+phố)\s+(?-i:[A-ZĐ]))")
_SPEECH_CLAUSE_RE = re.compile(
    r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|nhấn\s+mạnh|lưu\s+ý|chỉ\s+đạo|kết\s+luận)\s*[,:]\s+(?=\S)", re.I)


# OCR spellings of 'đề nghị' in letters read from scans ('dé nghị', 'Để nghị'): same length, so
# offsets in the text stay right
_DE_NGHI_OCR_RE = re.compile(r"(?<![^\W_])(?:(D)é|(d)é|(Đ)ể|(đ)ể|(D)ề|(d)ề)(\s+nghị)(?![^\W_])")


# '<issuer> thông báo (để / cho / tới / đến) <bodies> (được) biết': the closing formula of a letter
# (Decree 30/2020 models: '... thông báo để các cơ quan, đơn vị biết, thực hiện'); 'who' ends
# before 'biết'
_TOLD_TO_KNOW_RE = re.compile(
    r"\s*(?:(?:xin|trân\s+trọng|kính)\s+)?thông\s+báo\s+(?:(?:để|cho|tới|đến)\s+)?(?P<who>(?:[^.;:]{3,160}?))(?=\s+(?:được\s+)?biết(?![^\W_]))",
    re.I)


_PARALLEL_VERB_RE = re.compile(r"\s*(?:phải\s+|cần\s+|có\s+trách\s+nhiệm\s+)?(thực\s+hiện|làm|lập|kê\s+khai|nộp|gửi|báo\s+cáo|tổ\s+chức|chịu\s+trách\s+nhiệm)(?![^\W_])", re.I)


def _parallel_subjects(text: str, after: int, gaz: Gazetteer) -> list[tuple[str, str]]:
    """'DNCX thực hiện thủ tục tạm xuất, doanh nghiệp nội địa thực hiện thủ tục tạm nhập; ...': the
    sentence gives two parties each its own clause with the same duty verb, side by side; the
    second one is as much a doer as the first.  Only a later clause that opens (after ',' or ';',
    or after a 'sau khi ...,' time clause) on a body followed by the first subject's own verb is
    read so; 'Sở X chủ trì, Sở Y phối hợp' (different verbs) is left to the roles above."""
    vm = _PARALLEL_VERB_RE.match(text, after)
    if not vm:
        return []
    verb = re.sub(r"\s+", " ", vm.group(1)).casefold()
    out: list[tuple[str, str]] = []
    for m in re.finditer(r"[,;]\s+(?:sau\s+khi\s[^,;]{3,120},\s+)?", text[vm.end():]):
        start = vm.end() + m.end()
        r = _subject_at(text[start:], gaz)
        if not r:
            continue
        v2 = _PARALLEL_VERB_RE.match(text, start + r[1])
        if v2 and re.sub(r"\s+", " ", v2.group(1)).casefold() == verb:
            out.extend(split_office_list(r[0], gaz))
    return out


def _de_nghi(text: str) -> str:
    return _DE_NGHI_OCR_RE.sub(lambda m: ("Đề" if (m.group(1) or m.group(3) or m.group(5)) else "đề") + m.group(7), text)


_PASSIVE_AGENT_RE = re.compile(r"\s(?:phải|cần|sẽ)\s+được\s+(?=(?:các\s+)?(?-i:[A-ZĐ]))")
_DOC_OWNER_RE = re.compile(
    r"(?:^|:\s*|\sthì\s+)(?:[Vv]ăn\s+bản|[Bb]áo\s+cáo|[Hh]ồ\s+sơ|[Kk]ế\s+hoạch|[Tt]ờ\s+trình|[Cc]ông\s+văn|[Dd]ự\s+thảo)"
    r"(?:\s+(?!của)[^\W\d_]+){0,2}\s+của\s+(?P<who>[^,;:()]{3,80}?)\s+(?:phải|cần)(?![^\W_])")


# 'báo cáo Thủ tướng Chính phủ (qua Văn phòng Chính phủ, Bộ Tài chính) số hộ ...': the bodies a
# report passes through receive it, as the one it is addressed to
_CHANNEL_RE = re.compile(r"(?<![^\W_])(?:báo\s+cáo|gửi|trình|phản\s+ánh)(?![^\W_])[^()]{0,80}?\(\s*qua\s+([^()]{3,200})\)", re.I)


_MERGED_TITLE_RE = re.compile(
    r"^\s*(?:Trách\s+nhiệm\s+(?:tổ\s+chức\s+)?(?:thi\s+hành|thực\s+hiện)|Tổ\s+chức\s+thực\s+hiện|Điều\s+khoản\s+thi\s+hành)\s+"
    r"(?=(?:(?:Phó\s+)?Chánh|Giám\s+đốc|Thủ\s+trưởng|Chủ\s+tịch|Các|Bộ|Sở|Ủy|Uỷ|UBND)(?![^\W_]))")


_JOINTLY_RE = re.compile(r"^(\s*(?:\d+(?:\.\d+)*\s*[.)\-–]\s*|[a-zđ]\)\s*|[-+•]\s*)?)(Cùng\s+với|Cùng)\s+(?=(?:các\s+|những\s+)?(?-i:[A-ZĐ])|(?:các|những)\s)")


_HONORIFIC_RE = re.compile(
    r"^(\s*(?:Điều\s+\d+\s*[.:]\s*)?(?:Giao\s+(?:cho\s+)?|Yêu\s+cầu\s+|Đề\s+nghị\s+)?)(?:[Cc]ác\s+)?(?:[Ôô]ng|[Bb]à)(?:\s*(?:,|/)\s*bà)?\s*:?\s+"
    r"(?=(?:Phó\s+)?(?:Chánh|Giám\s+đốc|Thủ\s+trưởng|Chủ\s+tịch|Trưởng|Chi\s+cục\s+trưởng|Cục\s+trưởng|Hiệu\s+trưởng|Bộ\s+trưởng|Viện\s+trưởng)(?![^\W_]))")


# 'giao trách nhiệm cho Phòng Tài chính kiểm soát ...', 'nhấn mạnh trách nhiệm của 2 đồng chí Phó chủ
# tịch trong việc kiểm soát ...' (a meeting report of what the chair stressed): the responsibility
# given to a body, or stressed of it for a named piece of work, is the body's duty, as 'giao Phòng
# Tài chính kiểm soát ...' says it; read so ('Đề cao trách nhiệm của người đứng đầu trong cơ quan'
# states a principle and is left alone)
_RESPONSIBILITY_GIVEN_RE = re.compile(
    r"(?<![^\W_])(?:giao|phân\s+công)\s+trách\s+nhiệm\s+cho\s+(?=\S)", re.I)
_RESPONSIBILITY_STRESSED_RE = re.compile(
    r"(?<![^\W_])nhấn\s+mạnh\s+trách\s+nhiệm\s+của\s+(?P<who>[^,;:]{3,80}?)\s+trong\s+việc\s+(?=[^\W\d_])",
    re.I)
# ('Đề nghị 2 đồng chí Phó chủ tịch ...', 'hai đồng chí Phó Chủ tịch'): the count of officials
# addressed by their post is no part of the post ('các đồng chí ...' is read so already)
_COUNTED_OFFICIALS_RE = re.compile(r"(?<![^\W_])(?:\d{1,2}|hai|ba|bốn|năm)\s+(?=(?:đồng\s+chí|đ/c)\s+(?:phó\s+)?(?:trưởng|chủ\s+tịch|bí\s+thư|giám\s+đốc))", re.I)


def _responsibility_as_assignment(text: str) -> str:
    # (only as the sentence's own assignment, before any ';': '...; giao trách nhiệm người đứng đầu
    # các đơn vị ...' inside a list of actions is one of the things the addressees are to do)
    g = _RESPONSIBILITY_GIVEN_RE.search(text)
    if g and ";" not in text[:g.start()]:
        text = text[:g.start()] + "giao " + text[g.end():]
    text = _RESPONSIBILITY_STRESSED_RE.sub(lambda m: "giao " + m.group("who") + " ", text)
    # ('Trong đó giao X ...': the assignment singled out of what the sentence before concluded
    # opens the clause as 'Giao X ...' does)
    text = re.sub(r"^(\s*)Trong\s+đó\s*,?\s+(?=(?:giao|yêu\s+cầu|đề\s+nghị)\s)", r"\1", text, flags=re.I)
    return _COUNTED_OFFICIALS_RE.sub("các ", text)


# ('Tập trung cho kỳ họp thứ 7, HĐND phường dự kiến tổ chức vào ngày 26/12/2018, ...'): a body and
# 'dự kiến tổ chức / diễn ra' describe the event the sentence's verb is about (the session the
# council plans to hold), not a duty of that body
_PLANNED_EVENT_RE = r"\s+(?:đã\s+|sẽ\s+)?dự\s+kiến\s+(?:sẽ\s+)?(?:tổ\s+chức|diễn\s+ra|họp|khai\s+mạc|triệu\s+tập)(?![^\W_])"


# 'Kết luận Hội nghị đ/c X- Phó bí thư; Chủ tịch UBND xã; Chủ tịch HĐNVQS xã nhấn mạnh: ..., HĐNVQS xã
# cần ...': a meeting report names the speaker, his posts and the verb of speech before a colon;
# the duties are in what he said, after it (the speaker is not a doer)
_SPEAKER_COLON_RE = re.compile(
    r"^[^:]{0,200}?(?<![^\W_])(?:nhấn\s+mạnh|kết\s+luận|lưu\s+ý|phát\s+biểu|chỉ\s+đạo|quán\s+triệt)(?:\s+(?:như\s+sau|một\s+số\s+nội\s+dung))?\s*:\s*(?=\S)",
    re.I)


# 'Riêng các bộ Công an, Quốc phòng; UBND TP Hà Nội, Thủ tướng yêu cầu có báo cáo hỏa tốc ...', 'Về phía các
# TCTD, Phó Thống đốc yêu cầu nghiêm túc thực hiện ...', 'Đối với các địa phương, Bộ đề nghị khẩn trương
# ...': the topic singles out whom the speaker then asks with no addressee after the ask (the verb
# follows it at once); the bodies of the topic are the offices
_TOPIC_ASKED_BY_SPEAKER_RE = re.compile(
    r"^\s*(?:Riêng(?:\s+đối\s+với)?|Về\s+phía|Đối\s+với)\s+(?P<topic>(?:[^:.]|\.(?=\S)){3,300}?)\s*,\s+"
    r"(?P<speaker>[^,;:.]{2,80}?)\s+(?:(?:cũng|đã|vừa|tiếp\s+tục)\s+)*(?:yêu\s+cầu|đề\s+nghị)\s+(?:phải\s+|cần\s+)?"
    r"(?=[a-zà-ỹđ])(?!(?:các|những|mỗi|mọi|cơ\s+quan|đơn\s+vị|địa\s+phương|chính\s+quyền|lực\s+lượng)(?![^\W_]))")


# the work done TO a party singled out by a topic ('Đối với chủ nuôi vi phạm, UBND xã yêu cầu xử phạt
# nghiêm'): the party is its object, not its doer
_HANDLED_VERB_RE = re.compile(r"\s*(?:xử\s+lý|xử\s+phạt|kiểm\s+tra|thanh\s+tra|giám\s+sát|cưỡng\s+chế|thu\s+hồi|tịch\s+thu|"
                              r"đình\s+chỉ|tạm\s+dừng|hướng\s+dẫn|hỗ\s+trợ|tuyên\s+truyền|vận\s+động|nhắc\s+nhở|lập\s+biên\s+bản)(?![^\W_])", re.I)


def _keeper_topic(topic: str, after: str) -> list[tuple[str, str]]:
    """'Đối với chủ vật nuôi chó, mèo, Hà Nội yêu cầu phải tiêm phòng ...', 'Riêng các hộ chăn nuôi, UBND xã
    đề nghị chủ động ...': a keeper or an owner named by what he keeps, singled out by the topic, is the
    one asked (no body name holds him), unless the ask is to deal with him."""
    m = re.fullmatch(r"\s*(" + _KEEPER + r"[^,;:.()]{0,60}?(?:\s*,\s*(?-i:[a-zà-ỹđ]+)){0,3})\s*", topic, re.I)
    if not m or len(topic.split()) > 12 or _HANDLED_VERB_RE.match(after):
        return []
    return [(display_name(m.group(1)), m.group(1))]


# 'X có quyền <verb>', 'X được quyền <verb>': a right, not a duty (unless 'và nghĩa vụ / trách nhiệm')
_RIGHT_NOT_DUTY_RE = re.compile(r"\s*(?:có|được)\s+quyền(?![^\W_])(?!\s+(?:và|,)\s*(?:nghĩa\s+vụ|trách\s+nhiệm))", re.I)
# a wish addressed to a body: 'mong muốn Hội LHPN tỉnh tiếp tục phát huy ...', 'kính mong các đồng chí
# lãnh đạo ... tham gia góp ý' ask as 'đề nghị' does
_WISH_ASK_RE = re.compile(r"(?<![^\W_])(?:[Kk]ính\s+)?(?:[Mm]ong\s+muốn|[Mm]ong)\s+(?=(?:các\s+|những\s+)?(?-i:[A-ZĐ])|(?:các|những)\s)")
# 'yêu cầu X chỉ đạo, phân công các phòng thực hiện ...': the second verb is part of X's directing (the
# body directed is not listed, ANNOTATION.md), not a new assignment by the speaker
_DIRECT_AND_ASSIGN_RE = re.compile(r"(?<![^\W_])(chỉ\s+đạo),\s+(?:phân\s+công|giao)(?:\s+(?:nhiệm\s+vụ\s+)?cho)?\s+", re.I)
# an abbreviation in brackets after a common name ('ngành khuyến nông (KN) cần ...'): part of the name
_BRACKET_ABBREV_RE = re.compile(r"(?<=[^\W\d_])\s+\((?-i:[A-ZĐ][A-ZĐ0-9&.\-]{1,9})\)(?=\s+(?:cần|phải|có\s+trách\s+nhiệm|tiếp\s+tục|chủ\s+động)(?![^\W_]))")


_PARTNER_CLAUSE_VERB_RE = re.compile(r"(?<![^\W_])(?:chủ\s+trì|thực\s+hiện|báo\s+cáo|triển\s+khai|tổ\s+chức|hướng\s+dẫn|kiểm\s+tra|bố\s+trí|theo\s+dõi|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)(?![^\W_])", re.I)


def _only_a_body(piece: str, gaz: Gazetteer) -> bool:
    """Is ``piece`` (the first partner after 'phối hợp' up to a ';') a body's name and no more?
    Only then is the ';' a list's ('phối hợp Sở Tài chính; Công an tỉnh ...'); after a clause
    ('Bộ Tài chính phối hợp với Bộ Công Thương điều hành Quỹ bình ổn giá; Ủy ban nhân dân các
    tỉnh ... chỉ đạo ...') it parts two clauses, each with its own subject."""
    piece = re.sub(r"\([^()]{1,40}\)", "", piece).strip()
    hits = gaz.find(piece[:160], fuzzy=False)
    end = hits[0].end if hits and hits[0].start == 0 else 0
    words = piece.split()
    # (a proper name the gazetteer lacks, capitalised word by word: 'Viễn thông Đồng Nai')
    proper = 0 < len(words) <= 6 and words[0][:1].isupper() and not _PARTNER_CLAUSE_VERB_RE.search(piece) \
        and sum(w[:1].isupper() for w in words) * 2 > len(words)
    return len(piece[end:].split()) <= 2 or proper


# a body mobilised to work with another (office18): 'huy động Chi cục Thủy sản phối hợp với Bộ đội Biên
# phòng ... thông báo ...', 'điều động Công an huyện phối hợp với UBND các xã ...': the body mobilised
# is the doer, as after 'giao'; its partners follow 'phối hợp' ('huy động lực lượng, phương tiện ...'
# with no 'phối hợp' after a body is left as it is)
_MOBILISE_TO_WORK_WITH_RE = re.compile(
    r"(?<![^\W_])(?:[Hh]uy|[Đđ]iều)\s+động(?=\s+(?:các\s+|lực\s+lượng\s+)?(?-i:[" + _UP + r"])[^,;:.()]{2,80}?\s+"
    r"(?:cùng\s+)?phối\s+hợp(?![^\W_]))")


def _opens_on_a_body(rest: str, gaz: Gazetteer) -> bool:
    """(points21) Whether ``rest`` opens on a body: a head word, a gazetteer name, or 'các <Capital>'."""
    return bool(BODY_HEAD_RE.match(rest) or ((h := gaz.find(rest[:120], fuzzy=False)) and h[0].start == 0)
                or re.match(r"(?:các|những)\s+(?-i:[A-ZĐ])", rest))


def _normalise_asks(text: str, gaz: Gazetteer) -> str:
    """Wordings read as the ones the rules know: a wish as 'đề nghị', 'chỉ đạo, phân công Y' as
    'chỉ đạo Y', a bracketed abbreviation dropped, and the partners of 'phối hợp (với)' listed with
    ';' ('phối hợp Sở Khoa học và Công nghệ; Viễn thông Đồng Nai; Ủy ban nhân dân cấp xã và ...')
    joined with ',' while each piece opens on a body."""
    text = _WISH_ASK_RE.sub("đề nghị ", text)
    # (office34, twoasks.py) 'yêu cầu A, B và đề nghị C bố trí ...': both lists are the doers
    text = two_asks_as_one(text, lambda s: split_office_list(s, gaz), lambda rest: _opens_on_a_body(rest, gaz))
    # (office23) a speaker's reminder to a body asks as 'đề nghị'; 'Còn đối với X, ...' is the topic
    text = reminder_as_ask(text, lambda rest: bool(BODY_HEAD_RE.match(rest) or rest[:1].isupper()
                                                   or ((h := gaz.find(rest[:120], fuzzy=False)) and h[0].start == 0)))
    text = con_topic_as_topic(text)
    text = _MOBILISE_TO_WORK_WITH_RE.sub(lambda m: "Giao" if m.group(0)[:1].isupper() else "giao", text)
    text = _DIRECT_AND_ASSIGN_RE.sub(lambda m: m.group(1) + " ", text)
    # (points21, extract/askchain.py) 'X chỉ đạo Y chỉ đạo Z ...' asks Y; 'TP giao ...' is the city's committee
    text = bare_place_as_committee(chain_as_ask(text, lambda rest: _opens_on_a_body(rest, gaz)))
    text = _BRACKET_ABBREV_RE.sub("", text)
    pm = re.search(r"(?<![^\W_])phối\s+hợp(?:\s+với)?\s+", text, re.I)
    if pm and ";" in text[pm.end():] and _only_a_body(text[pm.end():].split(";")[0], gaz):
        pieces = text[pm.end():].split(";")
        k = 1
        while k < len(pieces):
            nxt = pieces[k].lstrip()
            hits = gaz.find(nxt[:120], fuzzy=False) if nxt else []
            # (a body the gazetteer knows, or a proper name capitalised word by word: 'Viễn thông
            # Đồng Nai (VNPT Đồng Nai)')
            proper = re.sub(r"\([^()]{1,40}\)", "", nxt)
            short_name = k < len(pieces) - 1 and 0 < len(proper.split()) <= 6 and not _PARTNER_CLAUSE_VERB_RE.search(proper)
            if not nxt[:1].isupper() or not (hits and hits[0].start == 0 or short_name):
                break
            k += 1
        if k > 1:
            text = text[:pm.end()] + ",".join(pieces[:k]) + (";" + ";".join(pieces[k:]) if k < len(pieces) else "")
    return text


# a second request joined to the first by 'đồng thời' (office18): 'UBND tỉnh yêu cầu UBND các xã ...;
# đồng thời giao Sở X, Sở Y theo dõi ...', 'Chủ tịch yêu cầu Sở Y tế ..., đồng thời giao Sở Tài chính
# bố trí kinh phí', '..., đồng thời đề nghị UBND các xã vận động ...': the bodies the second verb asks
# are given work as well as the first clause's
_ALSO_ASKS_RE = re.compile(r"[,;]\s*(?:và\s+)?đồng\s+thời\s*,?\s+(?:(?:cũng|tiếp\s+tục)\s+)?"
                           r"(?P<verb>giao|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|phân\s+công)\s+(?=(?-i:[" + _UP + r"])|(?:các|những)\s)", re.I)


# parties to be told, not given work (office18): 'để người dân, chủ tàu thuyền ... biết', 'thông báo cho
# các hộ dân ... biết', 'cho Nhân dân được biết', 'để các doanh nghiệp biết, thực hiện' is a duty
# again (a verb of doing after 'biết'), as is 'biết' inside a noun ('hiểu biết', 'nhận biết')
_INFORMED_RE = re.compile(r"(?<![^\W_])(?:để|cho)\s+(?P<who>[^;.:()]{2,120}?)\s+(?:(?:được|cùng)\s+)?biết(?![^\W_])"
                          r"(?!\s*(?:,|và|để)?\s*(?:thực\s+hiện|chấp\s+hành|triển\s+khai|phối\s+hợp|tham\s+gia|chủ\s+động|khai\s+thác|"
                          r"báo\s+cáo|theo\s+dõi|xử\s+lý|hướng\s+dẫn|tổ\s+chức|áp\s+dụng))", re.I)


# a request in the passive (office18): 'Đồng thời, các đầu mối kinh doanh xăng, dầu được đề nghị bảo
# đảm ...', 'Các chủ đầu tư được yêu cầu đẩy nhanh ...', 'Những hộ chăn nuôi được khuyến cáo ...': the
# plural party before 'được đề nghị / yêu cầu' is the one asked, whatever noun heads it (read only when
# no reading found a doer; a comma inside it may only join lower-case goods: 'xăng, dầu')
_PASSIVE_ASKED_RE = re.compile(
    r"\s*(?:[-+•]\s*)?(?:(?:Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó|Theo\s+đó|Mặt\s+khác|Riêng|Cùng\s+với\s+đó)\s*,?\s*)?"
    r"(?P<who>(?:[Cc]ác|[Nn]hững|[Mm]ọi)\s+[^\W\d_][^,;:.()]{2,60}?(?:,\s*(?-i:[a-zà-ỹđ])[^,;:.()]{0,20}?)*)"
    r"\s+(?:cũng\s+|đều\s+)?được\s+(?:đề\s+nghị|yêu\s+cầu|khuyến\s+cáo|kêu\s+gọi)\s+(?=(?-i:[a-zà-ỹđ]))")


# a passive assignment (office20): 'Tỉnh Bà Rịa – Vũng Tàu được giao kêu gọi nhà đầu tư ...', 'Sở Xây
# dựng vừa được UBND TP giao chủ trì, phối hợp với ...', 'UBND xã A và xã B được giao tổ chức ...',
# 'Sở Công Thương được Chủ tịch UBND tỉnh phân công theo dõi ...': the named subject is the doer (the
# lead), the giver between 'được' and 'giao / phân công' gives the work and is no office of the task.
# The subject must carry a name (a capitalised word after its first: 'Cán bộ được phân công ...',
# 'Đơn vị được giao chủ trì ...' are relatives, the unit assigned); the duty after it opens in lower case.
_PASSIVE_ASSIGNMENT_RE = re.compile(
    r"(?P<pre>\s*(?:[-+•]\s*)?(?:(?:Theo\s+đó|Trong\s+đó|Cụ\s+thể|Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó)\s*,\s*)?)"
    r"(?P<who>(?-i:[" + _UP + r"])(?:[^,;:.()]|\.(?=\S)){1,80}?)"
    r"\s+(?:(?:vừa|đã|mới|cũng|đang|sẽ|tiếp\s+tục)\s+)*được\s+"
    r"(?P<giver>(?-i:[" + _UP + r"])[^,;:.()]{1,60}?\s+)?"
    r"(?P<verb>giao|phân\s+công)(?:\s+(?:nhiệm\s+vụ|trách\s+nhiệm)(?=\s+(?-i:[a-zà-ỹđ])))?\s+(?P<rest>(?-i:[a-zà-ỹđ]).*)$",
    re.I | re.S)
# 'UBND xã Suối Hai và xã Ba Vì': the head before the first place's level word reaches the second
_HEAD_AND_LEVEL_RE = re.compile(
    r"^(?P<head>(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Chủ\s+tịch\s+UBND)\s+)(?P<first>(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh|đặc\s+khu)\s+\S.*?)"
    r"\s+và\s+(?P<second>(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh|đặc\s+khu)\s+(?-i:[" + _UP + r"]).*)$")
_PLACE_SUBJECT_RE = re.compile(r"^(?:Tỉnh|Thành\s+phố|TP\.?|Huyện|Quận|Thị\s+xã|Xã|Phường|Đặc\s+khu)\s+(?-i:[" + _UP + r"])")


def passive_assignment(text: str) -> tuple[str, list[str], str] | None:
    """('pre' + subject, the subject's offices, the duty) of a passive assignment
    (`_PASSIVE_ASSIGNMENT_RE`), or None."""
    m = _PASSIVE_ASSIGNMENT_RE.match(text)
    if not m:
        return None
    who = re.sub(r"\s+", " ", m.group("who")).strip()
    words = who.split()
    if len(words) < 2 or not any(w[:1].isupper() for w in words[1:]):
        return None
    # ('UBND tỉnh yêu cầu các đơn vị được giao kiểm tra ...': an ask before it makes 'được giao' a
    # relative of the asked, the units assigned; the sentence is no passive assignment)
    if re.search(r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao|kêu\s+gọi|đôn\s+đốc|chỉ\s+thị|phân\s+công|có\s+văn\s+bản)(?![^\W_])", who) \
            or re.match(r"(?:đề\s+nghị|yêu\s+cầu|giao|chỉ\s+đạo|kêu\s+gọi|đôn\s+đốc|mời)\s", who, re.I):
        # (lower case inside: 'Sở Giao thông vận tải' is a name; any case at the start: 'Đề nghị Ban
        # CHQS xã và các thành viên ... được phân công về địa bàn ...')
        return None
    # (the giver is a body or an official: 'được UBND tỉnh giao', 'được Chủ tịch UBND tỉnh phân công')
    if m.group("giver") and not re.match(r"(?:UBND|Ủy|Uỷ|Bộ|Chủ\s+tịch|Phó|Thủ\s+tướng|Chính\s+phủ|Ban|Hội\s+đồng|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Sở|Cục|Tổng|Văn\s+phòng|Lãnh\s+đạo|Giám\s+đốc)", m.group("giver")):
        return None
    two = _HEAD_AND_LEVEL_RE.match(who)
    names = [two.group("head") + two.group("first"), two.group("head") + two.group("second")] if two else [who]
    return m.group("pre") + who, names, m.group("rest")


def _passive_assignment_roles(text: str, gaz: Gazetteer) -> list[OfficeRole] | None:
    """The offices of a passive assignment: the sentence read with the giver and 'được giao' left out,
    the subject's offices the leads (a province or town named as the subject too: 'Tỉnh X')."""
    pa = passive_assignment(text)
    if pa is None:
        return None
    subject, names, rest = pa
    if len(names) == 1 and not _PLACE_SUBJECT_RE.match(names[0]) and not split_office_list(names[0], gaz):
        return None
    lead_names = {office_key(n) for n in names}
    said = re.sub(r"\s+", " ", subject).casefold()
    # (the subject's own words are read by the names above: 'xã B' of 'UBND xã A và xã B', 'Công an
    # TP trong tháng 2' of 'Công an TP cũng được giao trong tháng 2 phải ...')
    roles = [r for r in _roles_in_one_sentence(subject + " " + rest, gaz)
             if office_key(r.office) not in lead_names
             and not any(office_key(r.office).startswith(k) for k in lead_names)
             and re.sub(r"\s+", " ", r.text or r.office).casefold() not in said]
    leads = [OfficeRole(office=display_name(n), role="lead", text=n, source="inline") for n in names]
    # (the subject stays the lead; the rest of the sentence names its partners)
    return leads + [r if r.role != "lead" else OfficeRole(office=r.office, role="support", text=r.text, source=r.source, canonical=r.canonical)
                    for r in roles]


# (office21) a back-reference to the bodies named before: 'các cơ quan trên', 'các đơn vị nêu trên', 'các
# sở, ngành nói trên', 'các địa phương kể trên', 'những đơn vị vừa nêu'. The reference closes the name:
# a verb the reader does not know after it ('hồi âm', 'phản hồi') is no word of the body
_BACKREF_KIND = (r"(?:cơ\s+quan|đơn\s+vị|địa\s+phương|sở|ngành|bộ|tổ\s+chức|cá\s+nhân|doanh\s+nghiệp|"
                 r"xã|phường|huyện|trường|cơ\s+sở|hộ|chủ\s+đầu\s+tư|nhà\s+thầu)")
_BACKREF_NAME = (rf"(?:các|những)\s+{_BACKREF_KIND}(?:\s*,\s*{_BACKREF_KIND})*\s+"
                 r"(?:nêu\s+trên|nói\s+trên|kể\s+trên|vừa\s+nêu|"
                 # (bare 'trên' is mostly the preposition, 'các xã trên địa bàn', 'các doanh nghiệp trên lĩnh vực
                 # ...': a back-reference only before a stop or the reply or duty that follows it)
                 r"trên(?=\s*(?:[,;.:]|$)|\s+(?:hồi\s+âm|phản\s+hồi|hồi\s+đáp|trả\s+lời|khẩn\s+trương|chủ\s+động|có\s+trách\s+nhiệm|"
                 r"cần|phải|sớm|kịp\s+thời|thực\s+hiện|báo\s+cáo|xem\s+xét|giải\s+quyết|kiểm\s+tra|rà\s+soát|tiếp\s+tục|nghiêm\s+túc)(?![^\W_])))"
                 r"(?![^\W_])")
_BACKREF_NAME_RE = re.compile(r"(?<![^\W_])" + _BACKREF_NAME, re.I)
_BACKREF_ASK_RE = re.compile(
    r"(?:^|[,;:]\s*)(?:(?:UBND|Sở|Bộ|Cục|Ban)[^,;:]{0,60}?\s+)?(?:[Đđ]ề\s+nghị|[Yy]êu\s+cầu)\s+(?P<who>" + _BACKREF_NAME +
    r")\s+(?-i:[a-zà-ỹđ])", re.I)


# office22: a fronted topic 'Đối với X, <body> V ...' (also 'Riêng đối với', 'Còn đối với', 'Qua đó, đối
# với'), up to the comma after which the sentence's own subject stands
_FRONTED_TOPIC_RE = re.compile(
    r"\s*(?:[-+•*]\s*)?(?:(?:\d+|[a-zđ])[.)]\s*)?(?:(?:Riêng|Còn|Qua\s+đó\s*,?|Trong\s+đó\s*,?)\s+)?đối\s+với\s+(?=\S)", re.I)


def fronted_topic_roles(text: str, roles: list[OfficeRole]) -> list[OfficeRole]:
    """'Đối với học sinh, sinh viên, Sở Giáo dục và Đào tạo cần ...', 'Đối với các doanh nghiệp, Công an
    tỉnh tăng cường kiểm tra ...': the party a fronted 'Đối với ...,' topic names is what the work is
    about, not who does it, when a body that is read as a doer stands right after one of the topic's
    commas (the gold: 'Đối với Cục Thuế thuộc các trường hợp nêu trên, Tổng cục Thuế sẽ ...' lists only
    'Tổng cục Thuế'). The topic stays the doer when no body follows it ('Đối với các doanh nghiệp, phải
    chấp hành ...', 'Đối với X, Bộ ... yêu cầu cần ...', where the body after the comma only speaks)."""
    m = _FRONTED_TOPIC_RE.match(text)
    if not m or len(roles) < 2:
        return roles
    doers = [r for r in roles if r.role == "lead" and (r.text or r.office).strip()]
    end = None
    for c in re.finditer(r",\s*(?:thì\s+)?", text[m.end():m.end() + 200]):
        rest = text[m.end() + c.end():].casefold()
        if any(rest.startswith(re.sub(r"\s+", " ", (r.text or r.office).strip()).casefold()) for r in doers):
            end = m.end() + c.start()
            break
        if re.match(r"[^,]*[;:.]", text[m.end():m.end() + c.start()]):
            break
    if end is None or re.search(r"(?<![^\W_])(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao(?!\s+(?:thông|dịch))|phải|cần)(?![^\W_])",
                                text[m.end():end], re.I):
        # ('Đối với chi phí ... năm 2023, 2024, yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương ...'): an
        # ask before that comma ended the topic earlier; the bodies after the ask are its addressees
        return roles

    def in_topic(r: OfficeRole) -> bool:
        w = re.sub(r"\s+", " ", (r.text or r.office).strip())
        spots = [x.start() for x in re.finditer(re.escape(w), re.sub(r"\s+", " ", text), re.I)] if w else []
        return bool(spots) and all(p < end for p in spots)

    kept = [r for r in roles if r.role not in ("lead", "support") or not in_topic(r)]
    return kept if any(r.role == "lead" for r in kept) else roles


_REFERENCE_AFTER_RE = re.compile(r"\s+(?:(?:nêu|nói|kể)\s+trên|vừa\s+nêu)(?![^\W_])", re.I)


def _backref_reference_after(name: str, text: str) -> str | None:
    """``name`` with the back-reference printed right after it in ``text`` ('các địa phương' + ' kể trên'),
    when the two make a back-reference name; else None."""
    w = name.strip()
    if not w:
        return None
    k = re.sub(r"\s+", " ", text).casefold().find(re.sub(r"\s+", " ", w).casefold())
    if k < 0:
        return None
    flat = re.sub(r"\s+", " ", text)
    ref = _REFERENCE_AFTER_RE.match(flat, k + len(re.sub(r"\s+", " ", w)))
    if not ref:
        return None
    whole = flat[k:ref.end()]
    return whole if _BACKREF_NAME_RE.fullmatch(whole) else None


def backref_roles(text: str, roles: list[OfficeRole]) -> list[OfficeRole]:
    """The back-reference 'các cơ quan (nêu) trên' as a doer: its name ends at the reference (a verb
    read into it is cut off), and an ask to it gives it even when its verb is unknown; a body's
    name read inside a newspaper's title ('cho Báo Thanh tra' -> 'Thanh tra') is no office: the
    newspaper is the one answered, and it is not the inspectorate (office21)."""
    out = []
    for r in roles:
        w = r.text or r.office
        m = _BACKREF_NAME_RE.match(w) if r.role in ("lead", "support") else None
        if m and m.end() < len(w.rstrip(" ,;.")):
            cut = w[:m.end()]
            r = OfficeRole(office=display_name(cut), role=r.role, text=cut, source=r.source, canonical="")
        elif not m and r.role in ("lead", "support") and (whole := _backref_reference_after(w, text)):
            # (office24, class (e)) 'Các địa phương kể trên cần ...', 'các sở, ngành nói trên khẩn trương ...': the
            # name was read up to the reference; as written, it ends at the reference (gold README)
            r = OfficeRole(office=display_name(whole), role=r.role, text=whole, source=r.source, canonical="")
        elif r.role in ("lead", "support") and w and not _NEWSPAPER_RE.match(w):
            spots = [k.start() for k in re.finditer(re.escape(w), text)]
            if spots and all(re.search(r"(?:Báo|Tạp\s+chí)\s+$", text[:k]) for k in spots):
                continue
        out.append(r)
    if not any(r.role == "lead" for r in out):
        am = _BACKREF_ASK_RE.search(text)
        if am:
            w = re.sub(r"\s+", " ", am.group("who"))
            out.append(OfficeRole(office=display_name(w), role="lead", text=w, source="inline"))
    return out


# (office21) the public asked by a named speaker: 'Chủ tịch UBND tỉnh đề nghị người dân thực hiện
# nghiêm ...', 'UBND tỉnh khuyến cáo Nhân dân hạn chế ra đường', 'Đề nghị toàn thể nhân dân trên địa bàn
# xã treo cờ'; the public is the doer (as 'các hộ gia đình' are), the speaker only passes the ask on
def _public_ask_re() -> re.Pattern:
    # (compiled on first use: it reads :data:`_NAMED_PLACE`, defined further down)
    return _PUBLIC_ASK_CACHE.setdefault("re", re.compile(
    # (the ask may follow a purpose clause: 'Để chủ động ..., Chủ tịch UBND tỉnh đề nghị người dân ...')
    r"(?:^|(?<=[,;:])\s*)(?:(?P<speaker>[^,;:]{3,80}?)\s+(?:(?:cũng|đã|vừa|tiếp\s+tục)\s+)*)?(?P<verb>[Đđ]ề\s+nghị|[Yy]êu\s+cầu|[Kk]huyến\s+cáo|[Kk]êu\s+gọi)\s+"
    r"(?P<who>(?:toàn\s+thể\s+|mọi\s+)?(?:người\s+dân|[Nn]hân\s+dân|bà\s+con(?:\s+nhân\s+dân)?)"
    r"(?:\s+trên\s+địa\s+bàn(?:\s+(?:toàn\s+)?(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|tỉnh|thành\s+phố|đặc\s+khu)"
    r"(?:\s+(?-i:[A-ZĐÀ-Ỹ])[^\s,;.:]*)*)?)?"
    # (a province or city asked by its name, 'Bộ Tài chính cũng đề nghị tỉnh Điện Biên sử dụng ...': the press
    # writes the People's Committee it asks so, whatever verb follows; not 'khuyến cáo / kêu gọi' a place)
    r"|(?<=[Đđ]ề\snghị\s)(?P<places>" + _NAMED_PLACE + r"(?:\s*(?:,|\svà)\s*" + _NAMED_PLACE + r")*)"
    r"|(?<=[Yy]êu\scầu\s)(?P<places2>" + _NAMED_PLACE + r"(?:\s*(?:,|\svà)\s*" + _NAMED_PLACE + r")*))"
    r"\s+(?!(?:và|cùng|với|hoặc)\s)(?-i:[a-zà-ỹđ])"))


_PUBLIC_ASK_CACHE: dict[str, re.Pattern] = {}


def public_ask_roles(text: str, roles: list[OfficeRole]) -> list[OfficeRole]:
    """The public, or a province or city named by its name, as the doer of an ask a named speaker
    makes or of a sentence opening on 'Đề nghị' (`_public_ask_re`), when nothing else is read after the
    speaker; the speaker, read before the ask, is no office (office21)."""
    m = _public_ask_re().search(text.strip())
    if not m or (not m.group("speaker") and not m.group("verb").startswith(("Đề", "đề"))):
        return roles
    t = text.strip()
    speaker = m.group("speaker") or ""
    after = [r for r in roles if r.role in ("lead", "support") and (r.text or r.office) and (r.text or r.office) not in speaker]
    if after:
        return roles
    kept = [r for r in roles if r.role not in ("lead", "support")]
    places = m.group("places") or m.group("places2")
    if places:
        # (a place keeps its level word as written: 'tỉnh Điện Biên', as `_bare_unit` gives it)
        names = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\s*,\s*|\s+và\s+", places) if p.strip()]
        return kept + [OfficeRole(office=n, role="lead", text=n, source="inline") for n in names]
    w = re.sub(r"\s+", " ", m.group("who"))
    return kept + [OfficeRole(office=display_name(w), role="lead", text=w, source="inline")]


# (office25) '<speaker> (vừa / đã) có ý kiến chỉ đạo(,) giao / yêu cầu X ...': the speaker's opinion is the ask
# itself, so the sentence reads as '<speaker> giao X ...' (office batch 45's ob45-010, ob36-014: the speaker was
# read as the doer); 'có ý kiến chỉ đạo về ...' or '... như sau:' (no body asked in the same breath) is left alone
_OPINION_THEN_ASK_RE = re.compile(r"(?<![^\W_])có\s+ý\s+kiến\s+chỉ\s+đạo\s*,?\s*(?=(?:giao|yêu\s+cầu|đề\s+nghị)\s)", re.I)

# 'ngành, nghề' / 'ngành nghề' (trades and occupations: 'các ngành, nghề đầu tư kinh doanh có điều
# kiện', 'Đối với các ngành, nghề ..., Sở X ...') is no body: 'ngành' there is not the sector a
# list of bodies names ('các sở, ngành'); read as 'Các ngành' it took the subject's place (plans21)
_TRADES_RE = re.compile(r"(?<![^\W_])(n)gành(?=\s*,?\s*nghề(?![^\W_]))", re.I)


def _mask_trades(text: str) -> str:
    """``text`` with the 'ngành' of 'ngành, nghề' turned into a word of the same length that names
    no body ('ngạch'), so offsets into the sentence stay as they were."""
    return _TRADES_RE.sub(lambda m: m.group(1) + "gạch", text)


_DOUBLED_PLURAL_RE = re.compile(r"(?<![^\W_])([Cc]ác\s+)(các\s+)(?=[^\W\d_])")


def roles_in_sentence(text: str, gaz: Gazetteer) -> list[OfficeRole]:
    """Offices with their roles, by position in the sentence (see module docstring); with the bodies
    a second request joined by 'đồng thời' asks (`_ALSO_ASKS_RE`)."""
    # (office41, levelpairs.py) 'Các xã phường tổ chức ...', 'Cục Thuế các tỉnh thành phố trực thuộc Trung ương': two
    # levels of one rank printed without their comma are read with it (same length), names given back as printed
    text, level_pairs = comma_level_pairs(text)
    if level_pairs:
        return restore_level_pairs(roles_in_sentence(text, gaz), level_pairs)
    # (office43, countedbodies.py) '13 khu phố còn lại sẽ ...', 'yêu cầu 3 bộ, ngành chủ quản và 10 tỉnh, thành phố ...':
    # a count where a doer's plural stands is read as 'các', names given back with the printed count
    text, counts = counted_bodies(text)
    if counts:
        return restore_counts(roles_in_sentence(text, gaz), counts)
    opinion = _OPINION_THEN_ASK_RE.search(text)
    if opinion:
        text = text[:opinion.start()] + " " * (opinion.end() - opinion.start()) + text[opinion.end():]

    text = unglue_verbs(_mask_trades(text), SUBJECT_VERBS)  # (office26) 'Môi trườngchủ trì'
    # (office31) a doubled plural before bodies is a typing slip ('các các sở, ngành, địa phương', pending zd5; 'các các đơn
    # vị hoạt động khoáng sản', a Lào Cai letter in samples/unseen_repair): read once (blanked, same length)
    text = _DOUBLED_PLURAL_RE.sub(lambda m: " " * len(m.group(1)) + m.group(2), text)
    # (office37, comradepost.py) 'các đồng chí lãnh đạo các địa phương': the courtesy before a collective post (blanked)
    text = blank_comrades_before_post(text)
    passive = _passive_assignment_roles(text, gaz)
    if passive is not None:
        return passive
    # (office23) 'X đánh giá cao ..., đồng thời (đồng chí) cũng đề nghị / lưu ý Y ...': the ask's Y only
    roles = praise_then_ask_roles(text, lambda t: _roles_in_one_sentence(t, gaz)) or _roles_in_one_sentence(text, gaz)
    if _BACKREF_NAME_RE.search(text) or "Báo " in text or "Tạp chí " in text:
        roles = backref_roles(text, roles)
    if re.search(r"(?i:người\s+dân|nhân\s+dân|bà\s+con|(?:đề\s+nghị|yêu\s+cầu)\s+(?:tỉnh|thành\s+phố|tp))", text):
        roles = public_ask_roles(text, roles)
    if re.match(r"\s*(?:\S{1,3}\s*)?(?:(?:Riêng|Còn|Qua|Trong)\s+(?:đó\s*,?\s+)?)?(?i:đối\s+với)\s", text):
        roles = fronted_topic_roles(text, roles)
    informed = [m.span("who") for m in _INFORMED_RE.finditer(text)]
    if informed and roles:
        # ('... đưa tin ngay để người dân, chủ tàu thuyền, chính quyền địa phương biết', 'thông báo cho
        # các hộ dân, chủ cơ sở biết'): parties only to be told are given no work
        def told(r: OfficeRole) -> bool:
            w = (r.text or r.office).strip()
            spots = [m.start() for m in re.finditer(re.escape(w), text, re.I)] if w else []
            return bool(spots) and all(any(a <= p < b for a, b in informed) for p in spots)
        kept = [r for r in roles if r.role not in ("lead", "support") or not told(r)]
        # (when only those told are named, the letter's closing formula makes them the doers:
        # 'Tổng cục Hải quan thông báo để các Cục Hải quan tỉnh, thành phố biết.')
        roles = kept if any(r.role == "lead" for r in kept) else roles
    if not any(r.role == "lead" for r in roles):
        pm = _PASSIVE_ASKED_RE.match(text)
        if pm:
            w = re.sub(r"\s+", " ", pm.group("who").strip())
            roles = roles + [OfficeRole(office=display_name(w), role="lead", text=w, source="inline")]
    also = _ALSO_ASKS_RE.search(text)
    # (office32) 'UBND tỉnh cũng đã giao nhiệm vụ cụ thể, đồng thời, yêu cầu các sở, ban, ngành, ... chủ động xây dựng
    # kế hoạch' (office batch 53, ob53-002): when the clause before 'đồng thời' names no doer, the second ask's bodies are
    # the sentence's offices all the same
    if also and (any(r.role == "lead" for r in roles) or not any(r.role in ("lead", "support") for r in roles)):
        tail = text[also.start("verb"):]
        tail = tail[:1].upper() + tail[1:]
        have = {office_key(r.office) for r in roles}
        for r in _roles_in_one_sentence(tail, gaz):
            if r.role in ("lead", "support") and office_key(r.office) not in have:
                have.add(office_key(r.office))
                roles.append(r)
    # (office23) a later comma-joined clause of the ask naming its own doers with a modal
    roles = comma_clause_doers(text, roles, lambda t: subject_of(t, gaz), lambda t: _roles_in_one_sentence(t, gaz), office_key)
    # (levels33) '– Cấp xã hoàn thành và báo cáo kết quả trước ngày ...': a bare level opening its clause is the doer
    roles = bare_level_doers(text, roles, lambda t, i: (vm := _VERB_RE.match(t, i)) and vm.end())
    # (reach18) 'các cơ quan chức năng như Công an phường, ...': the named examples are the offices
    roles = elected_deputies(text, example_bodies(text, roles))
    # (office36) 'các đơn vị trực thuộc' + 'UBND huyện' printed side by side: one office, the units under it
    return join_units_to_parent(text, roles)


def _roles_in_one_sentence(text: str, gaz: Gazetteer) -> list[OfficeRole]:
    text = _normalise_asks(text, gaz)
    grant = _GRANTOR_CLAUSE_RE.match(text)
    if grant and split_office_list(grant.group("who"), gaz) \
            and (granted := _roles_in_one_sentence(text[grant.end():], gaz)):
        # ('UBND TP cũng chấp thuận cho Sở GTVT phối hợp với ... thực hiện thí điểm'): the grantor
        # gives leave; the sentence's work is the grantee's, as if it opened there
        return granted
    right = subject_of(text, gaz)
    if right and _RIGHT_NOT_DUTY_RE.match(text[right[1]:]):
        # ('1. Cơ quan, tổ chức, cá nhân có quyền gửi đề nghị xây dựng luật ...'): a right granted is no
        # work given; 'có quyền và nghĩa vụ / trách nhiệm' is a duty again
        return []
    contents = _CONTENTS_LIST_RE.search(text)
    if contents:
        # ('... đăng ký đề án với Văn phòng Chính phủ, gồm những nội dung sau: tên gọi; ...; cơ quan
        # thẩm định; ...'): after 'gồm (những) nội dung (sau):' come the fields of a form or a plan,
        # whose 'cơ quan chủ trì / thẩm định' are headings, not bodies given work
        return roles_in_sentence(text[:contents.start()], gaz) if contents.start() > 10 else []
    tm = _TOPIC_ASKED_BY_SPEAKER_RE.match(text)
    # (the speaker is a body, an official named by his post, or a city or province by its name: 'Đối với
    # chủ vật nuôi ..., Hà Nội yêu cầu phải ...')
    if tm and (split_office_list(tm.group("speaker"), gaz) or _NAMED_PLACE_RE.fullmatch(tm.group("speaker")) or re.search(
            r"(?:Thủ\s+tướng|Bộ\s+trưởng|Thứ\s+trưởng|Thống\s+đốc|Chủ\s+tịch|Giám\s+đốc|Bí\s+thư|Trưởng\s+ban|lãnh\s+đạo)",
            tm.group("speaker"), re.I)):
        topic = split_office_list(tm.group("topic"), gaz) or _keeper_topic(tm.group("topic"), text[tm.end():])
        if topic:
            return [OfficeRole(office=n, role="lead", text=w, source="inline") for n, w in topic]
    sp = _SPEAKER_COLON_RE.match(text)
    if sp and len(text) - sp.end() > 40:
        said = text[sp.end():]
        # (what he said may open on a topic: 'Công tác tuyển chọn ... là nhiệm vụ ..., HĐNVQS xã cần
        # ...': the clause whose subject is a body, after a comma, is the duty)
        for m in [None, *re.finditer(r",\s+", said)]:
            roles = _roles_in_sentence(said[m.end():] if m else said, gaz)
            if any(r.role == "lead" for r in roles):
                return roles
        return []
    roles = _roles_in_sentence(text, gaz)
    if roles and re.search(_PLANNED_EVENT_RE, text, re.I):
        from pipeline.extract.tasks import VERB_START_RE  # late: tasks imports this module

        lab = re.match(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\)|[-+•])?\s*", text)
        if VERB_START_RE.match(text[lab.end():]):
            roles = [r for r in roles if not (r.role == "lead" and r.text
                                              and re.search(re.escape(r.text) + _PLANNED_EVENT_RE, text, re.I))]
    channels = [m.group(1) for m in _CHANNEL_RE.finditer(text)]
    if channels:
        # (no reading may take a channel's list for the subject: 'Bộ Tài chính, Bộ Xây dựng) số
        # nhà ... sửa chữa' is no body with its verb)
        for r in roles:
            if r.role in ("lead", "support") and any(r.text and r.text in c for c in channels):
                r.role = "report-to"
    return roles


def _bare_unit(seg: str) -> list[tuple[str, str]]:
    """'đề nghị phường cần tập trung ...', 'yêu cầu xã khẩn trương ...': a district speaking to the
    ward or commune it works with names it by its level alone; that unit (its authorities) is
    the body asked."""
    m = re.fullmatch(r"\s*((?:các\s+)?(?:xã|phường|thị\s+trấn|đặc\s+khu))\s*", seg, re.I)
    if not m:
        # ('Thủ tướng yêu cầu TPHCM tập trung ...', 'chỉ đạo tỉnh Bà Rịa - Vũng Tàu hoàn tất ...',
        # 'giao Hà Nội đánh giá ...'): a province or city named by its name or abbreviation, as the
        # press writes the People's Committee it asks, is the body asked
        m = _NAMED_PLACE_RE.fullmatch(seg) or _ASKED_PARTY_RE.fullmatch(seg)
        if not m:
            return []
        w = m.group(1)
        return [(w, w) if m.re is _NAMED_PLACE_RE else (display_name(w), w)]
    w = m.group(1)
    return [(w[:1].upper() + w[1:], w)]


_CAP_NAME = r"(?-i:[" + _UP + r"][^\W\d_]*)"
_CAP_NAMES = _CAP_NAME + r"(?:\s*[-–]\s*" + _CAP_NAME + r"|\s+" + _CAP_NAME + r")*"
# a province or a city by its name: 'TPHCM', 'TP.HCM', 'TP HCM', 'TP. Hồ Chí Minh', 'thành phố Hà Nội',
# 'tỉnh Quảng Ninh', 'Thành phố Hồ Chí Minh', 'Hà Nội' (not 'Thành phố' or 'tỉnh' alone)
_NAMED_PLACE = (r"(?:(?-i:TPHCM|TP\.?\s*HCM|Tp\.?\s*HCM|TP\.?\s*HN)|(?-i:TP|Tp)\.?\s*" + _CAP_NAMES
                + r"|(?:tỉnh|thành\s+phố)\s+" + _CAP_NAMES + r"|(?-i:Hà\s+Nội))")
# (an adverb may stand between the body asked and its verb: 'đề nghị TP.HCM sớm báo cáo')
_ASKED_ADVERBS = r"(?:\s+(?:sớm|cần|phải|nên|cũng|khẩn\s+trương|kịp\s+thời|nghiêm\s+túc|tiếp\s+tục))*"
_NAMED_PLACE_RE = re.compile(r"\s*(" + _NAMED_PLACE + r")" + _ASKED_ADVERBS + r"\s*", re.I)


# 'Làm rõ hồ sơ theo yêu cầu của bên mời thầu, Cơ quan, đơn vị chủ trì tiếp nhận hồ sơ, Sở Kế hoạch và Đầu
# tư;', 'báo cáo theo hướng dẫn của Bộ Y tế': the bodies at whose request or by whose guidance the work
# is done are cited, not offices of the task (gold README: only the bodies made responsible)
_REQUESTER_RE = re.compile(r"(?<![^\W_])theo\s+(?:yêu\s+cầu|đề\s+nghị|hướng\s+dẫn|chỉ\s+đạo|ý\s+kiến(?:\s+chỉ\s+đạo)?)\s+của\s+", re.I)
# (a clause of its own after a comma: '..., phối hợp với Vụ Pháp chế rà soát'; not 'Cơ quan, đơn vị chủ trì
# tiếp nhận hồ sơ', the noun 'the lead unit' inside the list of requesters)
# (office20) 'có liên quan' after a collective ('phối hợp với các bộ, ngành có liên quan ...') is its
# qualifier 'related', not the verb 'có' that would end the partners before it
_RELATED_AFTER_COLLECTIVE_RE = re.compile(r"có\s+liên\s+quan(?![^\W_])", re.I)
_ASSIGN_CUE_RE = re.compile(r",\s*(?:đồng\s+thời\s+)?(?:chủ\s+trì|phối\s+hợp|giao|yêu\s+cầu|đề\s+nghị|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)(?![^\W_])", re.I)


_MAIN_ASK_AFTER_RE = re.compile(r",(?=\s*[^,;:.]{0,80}?(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu|giao|chỉ\s+đạo|có\s+trách\s+nhiệm|"
                                r"chịu\s+trách\s+nhiệm)(?![^\W_]))", re.I)


def _mask_requesters(text: str, gaz: Gazetteer | None = None) -> str:
    """``text`` with 'theo yêu cầu / đề nghị / hướng dẫn / chỉ đạo của <bodies>' blanked (same length),
    up to the clause's end (';', '.', ':'), or to the next comma when an assignment follows in it."""
    out = text
    for m in _REQUESTER_RE.finditer(text):
        if not (BODY_HEAD_RE.match(text[m.end():]) or re.match(r"(?:các\s+)?bên\s|(?-i:[A-ZĐ])", text[m.end():])):
            continue  # ('theo yêu cầu của công tác quản lý, Sở X đề xuất ...': a need, not a requester)
        stop = re.search(r"[;.:]|$", text[m.end():])
        end = m.end() + stop.start()
        if _ASSIGN_CUE_RE.search(text, m.end(), end):
            comma = text.find(",", m.end(), end)
            end = comma if comma > 0 else end
        # ('Bên cạnh việc triển khai các biện pháp theo chỉ đạo của Tổng cục Thuế về ..., Tổng cục Thuế đề
        # nghị Cục Thuế ...': the main clause, a body that asks, comes after a comma)
        main = _MAIN_ASK_AFTER_RE.search(text, m.end(), end)
        if main:
            end = main.start()
        elif gaz is not None and not text[:m.start()].strip(" -–+*•.)0123456789") and end - m.end() > 20:
            # ('Theo chỉ đạo của Thủ tướng, UBND các tỉnh ... tiếp tục khắc phục ...', 'Theo yêu cầu của Sở
            # Y tế, các trạm y tế xã rà soát ...'): opening the sentence, the phrase ends at the comma
            # after which a body and its verb begin the main clause
            for cm in re.finditer(r",\s+", text[m.end():end]):
                sub = subject_of(text[m.end() + cm.end():end], gaz)
                if sub and split_office_list(sub[0], gaz):
                    end = m.end() + cm.start()
                    break
        out = out[:m.start()] + " " * (end - m.start()) + out[end:]
    pa = _PASSIVE_ASSIGNER_RE.match(out)
    if pa and gaz is not None and split_office_list(pa.group("who"), gaz):
        out = out[:pa.start("who")] + " " * (pa.end("who") - pa.start("who")) + out[pa.end("who"):]
    for m in _PAST_ASSIGNER_RE.finditer(out):
        # ('Căn cứ nhiệm vụ được Chính phủ, Thủ tướng Chính phủ phân công, phối hợp với Bộ X ...', 'Sở Y tế,
        # theo nhiệm vụ được UBND tỉnh giao, chủ trì ...'): who assigned the duty before, in a passive
        # clause, is no office of this task
        out = out[:m.start("who")] + " " * (m.end("who") - m.start("who")) + out[m.end("who"):]
    return out


# ('Sở Nội vụ được UBND tỉnh giao phối hợp với Sở Tư pháp ...', 'Công an huyện được Chủ tịch UBND huyện giao chủ trì
# ...'): a body assigned in the passive, its assigner after 'được', is the doer; the assigner is no office
_PASSIVE_ASSIGNER_RE = re.compile(
    r"^(?P<subj>\s*(?:(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\)|[-+•])\s*)?(?-i:[A-ZĐ" + _UP + r"])[^,;:.()]{1,80}?\s+(?:cũng\s+|đã\s+|vừa\s+)*được\s+)"
    r"(?P<who>(?:các\s+)?(?-i:[A-ZĐ" + _UP + r"])[^;.:,()]{1,60}?)\s+(?=(?:giao|phân\s+công|yêu\s+cầu|đề\s+nghị)(?![^\W_]))")


_PAST_ASSIGNER_RE = re.compile(
    r"(?<![^\W_])(?:nhiệm\s+vụ|chức\s+năng,\s+nhiệm\s+vụ|việc|phần\s+việc|lĩnh\s+vực)\s+(?:đã\s+)?được\s+"
    r"(?P<who>(?-i:[A-ZĐ])[^;.:]{1,90}?)\s+(?:phân\s+công|giao|ủy\s+quyền|uỷ\s+quyền|phân\s+cấp)(?![^\W_])", re.I)


_SCHOOL_SELF_RE = re.compile(r"(?:Ban\s+giám\s+hiệu(?:\s+nhà\s+trường)?|Nhà\s+trường)(?=\s+[a-zđà-ỹ])")


_PAPER_TO_DRAFT_RE = re.compile(
    r"(?<![^\W_])(?:làm|lập|soạn(?:\s+thảo)?|dự\s+thảo|xây\s+dựng|tham\s+mưu(?:\s+\S+){0,2}?\s+(?:có|ban\s+hành))\s+"
    r"(?:\S+\s+){0,2}?(?:tờ\s+trình|văn\s+bản|công\s+văn|báo\s+cáo|đề\s+án|hồ\s+sơ)\s*$", re.I)
# (up to twelve words, stopping at a verb of obligation or agency: 'Danh sách NNT để kiểm tra tại trụ
# sở cơ quan thuế phải được Trưởng Bộ phận ... trình ...' keeps its agent)
_PREMISES_RE = re.compile(r"(?<![^\W_])tại\s+(?:các\s+)?(?:trụ\s+sở|nhà\s+văn\s+hóa|nhà\s+văn\s+hoá|khuôn\s+viên)(?![^\W_])"
                          r"(?:\s+(?!(?:và|phải|được|do|để|thì|sẽ|cần|có|bởi)(?![^\W_]))[^\s;.]+){0,12}", re.I)
_SETTING_BEFORE_SUBJECT_RE = re.compile(
    r"^\s*(?:Sau|Tại|Trong|Qua)\s+(?:hội\s+nghị|cuộc\s+họp|buổi\s+làm\s+việc|buổi\s+họp|phiên\s+họp|kỳ\s+họp|buổi\s+kiểm\s+tra)\s+"
    r"(?=(?:UBND|HĐND|Ủy\s+ban|Uỷ\s+ban|Ban|Sở|Phòng|Đảng\s+ủy|Đảng\s+uỷ|Thường\s+trực|Chủ\s+tịch|Phó\s+Chủ\s+tịch|Hội\s+đồng)(?![^\W_]))")


_LOWER_HEAD_AFTER_OPENER_RE = re.compile(
    r"^(\s*(?:Theo\s+đó|Ngoài\s+ra|Đồng\s+thời|Bên\s+cạnh\s+đó|Trong\s+(?:thời\s+gian|những\s+ngày)\s+tới|Sắp\s+tới|"
    r"Trước\s+mắt|Cùng\s+với\s+đó|Tiếp\s+đó|Sau\s+đó|Mặt\s+khác|Qua\s+đó|Cụ\s+thể|Trước\s+tình\s+hình\s+(?:này|trên|đó))\s*,\s+)"
    r"((?:bộ(?!\s+(?:hồ\s+sơ|phận|máy|tiêu\s+chí|chỉ\s+số|tài\s+liệu|công\s+cụ|đội|quy\s+tắc|mẫu|luật|đề|sách)(?![^\W_]))|sở|cục|tổng\s+cục|"
    r"(?:ủy|uỷ)\s+ban\s+nhân\s+dân|công\s+an|ban\s+(?:quản\s+lý|chỉ\s+đạo|tuyên\s+giáo|dân\s+vận|tổ\s+chức|kinh\s+tế|văn\s+hóa)|"
    # ('Theo đó, ngành khuyến nông cần tiếp tục đổi mới ...': a sector named by its field, as 'Ngành
    # giáo dục' opening a sentence is)
    r"ngành(?=\s+[^\W\d_]+(?:\s+[^\W\d_]+)?(?:\s+\([^()]{1,12}\))?\s+(?:cần|phải|tiếp\s+tục|chủ\s+động|tập\s+trung|có\s+trách\s+nhiệm)(?![^\W_])))"
    r"\s+[^\W\d_])")
_HEADED_BY_RE = re.compile(
    r"((?<![^\W_])(?:Tổ|Ban|Đoàn|Hội\s+đồng|Nhóm|Tiểu\s+ban)(?:\s+[^\s,;:.]+){0,8}?)\s+do\s+(?:ông|bà|đồng\s+chí|đ/c\s+)?"
    r"[^;:.]{3,160}?\s+làm\s+(?:tổ\s+trưởng|trưởng\s+(?:ban|đoàn|nhóm|tiểu\s+ban)|chủ\s+tịch(?:\s+hội\s+đồng)?)"
    r"(?:\s*[;,]\s*[^;:.]{0,120}?\s+làm\s+(?:tổ|phó)\s+[^\s,;]+(?:\s+[^\s,;]+)?)?\s*,?", re.I)


# (office27) the speaker's own ask ('đề nghị', 'yêu cầu', 'kêu gọi'), as opposed to an assignment ('giao'), and
# the party 'tổ chức, cá nhân' that is no verb ('yêu cầu tổ chức, cá nhân kinh doanh ...')
_SPEAKER_ASK_RE = re.compile(r"\s*(?:(?:cũng|đã|vừa|mới|sẽ|đang|tiếp\s+tục)\s+)*(?:đề\s+nghị|yêu\s+cầu|kêu\s+gọi)(?![^\W_])", re.I)
_PARTY_NOT_VERB_RE = re.compile(r"tổ\s+chức\s*(?:,|và\s|cá\s+nhân|có\s|liên\s+quan|(?-i:[A-ZĐ]))", re.I)
# ('Thủ tướng Chính phủ yêu cầu, việc quản lý ... thực hiện theo quy định hiện hành'): the ask, a comma, and a
# clause with no body in it (a clause that has one is read by _SPEECH_CLAUSE_RE before)
_ASK_COMMA_NO_ONE_RE = re.compile(r"\s*(?:(?:cũng|đã|vừa|mới|tiếp\s+tục)\s+)*(?:đề\s+nghị|yêu\s+cầu)\s*,\s+(?=[a-zà-ỹđ])", re.I)


def _asks_no_one(after_subject: str, rest: str) -> bool:
    """The subject's ask names no one: it opens on a verb ('yêu cầu xây dựng ...') or on a comma and a
    clause of no body ('yêu cầu, việc quản lý ...')."""
    if not _SPEAKER_ASK_RE.match(after_subject):
        return False
    if _ASK_COMMA_NO_ONE_RE.match(after_subject):
        return True
    rest = rest.lstrip()
    return rest[:1].islower() and _starts_with_verb(rest) and not _PARTY_NOT_VERB_RE.match(rest)


def _roles_in_sentence(text: str, gaz: Gazetteer) -> list[OfficeRole]:

    roles: list[OfficeRole] = []
    text = _de_nghi(text)
    # (office43, senderletter.py) 'Bộ X vừa có công văn gửi UBND các tỉnh ... khẩn trương kêu gọi ...': a letter told
    # as sent, the addressees' work following them with no ask word, is read as the ask it retells
    told = letter_addressees_ask(text, lambda t: subject_of(t, gaz), lambda w: bool(split_office_list(w, gaz)))
    if told is not None:
        return _roles_in_sentence(told, gaz)
    # ('Trách nhiệm thi hành Chánh Văn phòng ...; Giám đốc ... chịu trách nhiệm thi hành ...': the
    # closing article's title printed on the line of its sentence is no part of the subject)
    text = _MERGED_TITLE_RE.sub("", text)
    # ('2.2- Cùng Sở Nông nghiệp và Phát triển Nông thôn lập quy hoạch ...' under 'Sở Địa chính có
    # nhiệm vụ:'): a duty opening on 'cùng (với) X' is done jointly with X, as 'phối hợp với X'
    # would say it
    text = _JOINTLY_RE.sub(lambda m: m.group(1) + "Phối hợp với ", text)
    # ('Giao Sở X chủ trì, cùng với các Sở, ngành, địa phương ... triển khai ...', 'Công an tỉnh chủ
    # trì cùng Bộ Chỉ huy Quân sự tỉnh tổ chức ...', '... tham mưu cùng UBND các quận huyện xây dựng ...',
    # 'Công an tỉnh chủ trì cùng với chính quyền địa phương ...'): partners 'cùng (với)' the doer's shared
    # work, as 'phối hợp với' (jointwork.py; office40 folded the 'chủ trì cùng' rewrite of office15 into it)
    text = joint_work_as_partners(text)
    # ('Giao các ông Giám đốc Sở NN&PTNT; ...', 'Các ông: Chánh VP UBND tỉnh, Trưởng Ban ...'): older
    # decisions address the officials as 'ông, bà'; the titles after it name them
    text = _HONORIFIC_RE.sub(r"\1", text)
    # ('Ông (Bà) Hiệu trưởng các trường có trách nhiệm ...', 'Các ông (bà) Tổ trưởng tổ dân phố ...'):
    # the courtesy before a post that opens the sentence is dropped, so the post opens the subject
    # (only where it opens the sentence: after a verb the list reader blanks it, and the post keeps its case)
    # ('ông', 'bà' only: 'Các đ/c Phó chủ tịch, Trưởng đoàn thể xã, các đồng chí Chuyên viên ...' is read as
    # staff posts by the list reader with its 'đ/c')
    bare = text if re.match(r"[\s\-+•]*(?:[Cc]ác\s+)?(?:[Đđ]ồng\s+chí|[Đđ]/c)(?![^\W_])", text) else \
        re.sub(r"^[\s\-+•]*" + _HONORIFIC_BEFORE_POST_RE.pattern, lambda m: re.match(r"[\s\-+•]*", m.group(0)).group(0), text, count=1)
    if bare != text:
        # (the post now opening the sentence is its subject: 'Các đồng chí thành viên Ban chỉ đạo ...')
        text = re.sub(r"^([\s\-+•]*)(\w)", lambda m: m.group(1) + m.group(2).upper(), bare, count=1)
    # ('Sau hội nghị Uỷ ban MTTQ Việt Nam xã phân công ...', 'Tại buổi làm việc UBND huyện giao
    # ...'): a short time or place phrase before the subject, its comma left out, is no part of it
    text = _SETTING_BEFORE_SUBJECT_RE.sub("", text)
    # ('... treo cờ Tổ quốc tại trụ sở cơ quan, đơn vị, trường học, các thôn, khu dân cư ...': the
    # premises where the work is done name places, not doers; blanked to the next 'và', ';' or '.')
    text = _PREMISES_RE.sub(lambda m: " " * len(m.group(0)), text)
    text = _responsibility_as_assignment(text)
    text = _mask_requesters(text, gaz)
    # ('... ban hành công điện gửi thủ trưởng các tổng cục ...; giám đốc công an các tỉnh, yêu cầu các đơn vị,
    # địa phương tập trung ...'): the addressees a document went to are no doers when its ask names its own
    # (sentto.py); blanked, same length
    sent = sent_addressees_span(text, _DOC_BEFORE_SENT_RE)
    if sent:
        text = text[:sent[0]] + " " * (sent[1] - sent[0]) + text[sent[1]:]
    # ('Tổ quản lý do Phó Chủ tịch UBND huyện làm tổ trưởng, có nhiệm vụ ...', 'Ban Chỉ đạo do đồng chí
    # Bí thư Huyện ủy làm Trưởng ban có trách nhiệm ...'): the clause names who heads the team; the
    # team is the subject and its head is no second body
    text = _HEADED_BY_RE.sub(lambda m: m.group(1) + " ", text)
    # ('Theo đó, bộ công an chủ trì ...', 'Trong thời gian tới, sở y tế sẽ tăng cường ...'): press text
    # writes a body's head in lower case; after an opening phrase and its comma it is the subject
    # all the same (same length: offsets hold)
    text = _LOWER_HEAD_AFTER_OPENER_RE.sub(lambda m: m.group(1) + m.group(2)[0].upper() + m.group(2)[1:], text, count=1)
    text = capitalise_plan_subject(text)  # (points23) 'Theo kế hoạch ..., ban chỉ đạo (BCĐ) các huyện ...'
    person = _PERSON_SPEAKER_RE.match(text)
    if person is None and (op := re.match(r"[^,;:()]{2,120},(?=\s)", text)):
        # ('Theo đó, Bộ trưởng Tô Lâm chỉ đạo ...', 'Liên quan đến ..., Bộ trưởng X cũng đã chỉ đạo ...'):
        # an opening phrase and its comma before the named official
        person = _PERSON_SPEAKER_RE.match(text, op.end())
    # (office27: or his praise before the ask, whose bodies are praised, not asked)
    if person and (person.group("post") or person.group("titled") or person.group("praise") or subject_of(text, gaz) is None):

        # 'Ông Nguyễn Đức Chung cũng giao Sở Tư pháp nghiên cứu ...': an official named by his name
        # hands the work on as his body would; the bodies he names are the offices
        return _roles_in_sentence("Giao " + text[person.end():], gaz)
    speech = _SPEECH_CLAUSE_RE.search(text[:200])
    # ('..., HĐNVQS xã cần tập trung lãnh đạo, chỉ đạo, các Ban ngành, đoàn thể làm tốt ...': a
    # speech verb in a list of verbs after a comma is the subject's own work, not a speaker's ask)
    if speech and not re.search(r"[;.]", text[:speech.start()]) and not re.search(r",\s*$", text[:speech.start()]):
        clause = text[speech.end():]
        sub = subject_of(clause, gaz)
        if sub and split_office_list(sub[0], gaz):
            return _roles_in_sentence(clause, gaz)

    def add(name: str, written: str, role: str, source: str = "inline") -> None:
        # ('Sở Y tế Đồng Nai vừa được giao chủ trì ...', 'Sở Tài chính Hà Nội được giao chủ trì ...'):
        # after a place's name the passive 'được giao' is the predicate, not part of the body
        cut = _PASSIVE_ASSIGNED_TAIL_RE.search(name)
        # (only after a capitalised name: 'đơn vị được giao chủ trì' is a relative, the unit assigned)
        if cut and cut.start() > 0 and name[:cut.start()].split()[-1][:1].isupper():
            name = name[:cut.start()]
            written = _PASSIVE_ASSIGNED_TAIL_RE.sub("", written) or written
        key = office_key(name)
        for r in roles:
            if office_key(r.office) == key:
                return
        # 'Các thôn tổ chức ...; Trưởng thôn chịu trách nhiệm ...': the head of a body already
        # named answers for it, the same office (gold s2)
        body = re.sub(r"^(?:các\s+)?(?:phó\s+)?(?:trưởng|tổ\s+trưởng|chủ\s+tịch|thủ\s+trưởng|giám\s+đốc)\s+", "", name, flags=re.I)
        if body != name and any(re.sub(r"^(?:các|những)\s+", "", r.office, flags=re.I).casefold() == body.casefold() for r in roles):
            return
        roles.append(OfficeRole(office=name, role=role, text=written, source=source))

    # 'X làm việc, thống nhất với Y về ... theo hướng: Y chủ trì ...; X chủ trì ...': what
    # follows 'theo hướng:' is the content to be agreed, it assigns nothing now
    content = re.search(r"\s+theo\s+hướng\s*:", text, re.I)
    if content and subject_of(text[:content.start()], gaz):
        text = text[:content.start()]
    subj = subject_of(text, gaz)
    if subj is None:
        lab = re.match(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\)|[-+•])?\s*", text)
        school = _SCHOOL_SELF_RE.match(text, lab.end())
        if school:
            subj = (school.group(0), school.end())
    after = 0
    if subj:
        s, after = subj
        # ('Nhà trường xét công nhận ...', 'Ban giám hiệu chỉ định ...'): the school and its board
        # take no name after them, so whatever word follows is the verb, listed or not
        school = _SCHOOL_SELF_RE.match(s) or _NEWSPAPER_TITLE_RE.match(s)
        if school and school.end() < len(s.rstrip()):
            # ('Báo Khánh Hòa mở chuyên mục ...': a newspaper's title is capitalised to its end)
            s = school.group(0)
        st = text.find(s)
        jd = _JUR_DIST_RE.match(text, st) if st >= 0 else None
        if jd and jd.end() > st + len(s):
            # ('UBND các huyện: Kỳ Anh, Cẩm Xuyên và UBND thị xã Kỳ Anh:' heading its items): the
            # colon after the level opens the list of places, not the duty; the list runs on to
            # the next colon when more bodies follow ('... và UBND thị xã Kỳ Anh')
            more = re.match(r"[^:;.]*", text[jd.end():]).group(0)
            if not (re.match(r"\s*(?:,|và)\s+[A-ZĐ" + _UP + r"]", more) and not _VERB_RE.search(more)):
                more = ""
            s = text[st:jd.end()] + more
            after = st + len(s)
        parts = split_office_list(s, gaz)
        if not parts and _PLURAL_DUTY_RE.match(s + " " + text[after:after + 30].lstrip()) and len(s.split()) <= 12:
            # 'Các bên tranh chấp có trách nhiệm ...': the duty names its parties, listed or not
            parts = [(display_name(s), s)]
        # 'Sở X đề nghị các đơn vị đăng ký ...': the subject is the issuer asking; the
        # bodies asked are the task's offices
        reported = _REPORTED_ASK_RE.match(text[after:].lstrip())
        if reported:
            after += len(text[after:]) - len(text[after:].lstrip()) + reported.end()
        # ('... cũng giao nhiệm vụ cho Ban Tuyên giáo ...': an adverb may stand before the verb,
        # and 'giao nhiệm vụ / trách nhiệm cho X' hands the work to X as 'giao X' does)
        # (after a reported document, 'chỉ đạo X ...' is the document's own directive to X)
        sent = None if reported else _REPORTED_SENT_RE.match(text[after:])
        if sent:
            parts = split_office_list(sent.group("who"), gaz) or parts
            after += sent.end()
        directs = r"chỉ\s+đạo|" if reported else ""
        # ('Chủ tịch UBND huyện yêu cầu: UBND các xã, thị trấn triển khai ...': a colon may stand
        # between the ask and the bodies asked, as a telegram or a chairman's instruction writes it)
        # ('Uỷ ban nhân dân phường X thông báo và đề nghị các tổ chức, ... treo cờ ...': a notice
        # that informs and asks in one breath asks the bodies after 'đề nghị'; so does 'thông báo và
        # yêu cầu': tasks27, sc22's lead-in, whose bodies its ordinal points take)
        # ('UBND xã đã chỉ đạo giao công an xã phối hợp ...': to direct by assigning is to assign; the
        # body after 'giao' is the doer)
        ask = None if sent else re.match(rf"\s*(?:(?:cũng|đã|vừa|mới|sẽ|đang|tiếp\s+tục)\s+)*(?:{directs}(?:thông\s+báo\s+(?:và\s+)?)?(?:đề\s+nghị|yêu\s+cầu)|(?:chỉ\s+đạo\s+(?:và\s+)?)?{GIAO_CHO}|{_GRANTS}|kêu\s+gọi|(?:kính|rất|trân\s+trọng)\s+mong(?!\s+(?:nhận|được|sự|quý|các\s+quý)(?![^\W_])))(?:\s*:\s*|\s+)", text[after:], re.I) \
            or _ASK_COMMA_NO_ONE_RE.match(text[after:])
        # ('Tổng cục Hải quan thông báo để các Cục Hải quan tỉnh, thành phố biết, thực hiện.', 'Bộ
        # Tài chính thông báo Cục Thuế biết để khai thác ... và báo cáo ...'): a letter's closing
        # formula; the issuer only informs, the bodies told to know (and to act) are the doers
        # (not when the subject is itself the body asked: 'Đề nghị Tổ trưởng các tổ dân phố thông báo
        # cho các hộ gia đình được biết' asks the heads to tell; those told are no doers)
        asked_subject = re.match(r"\s*(?:[-+•]\s*)?(?:Đề\s+nghị|Yêu\s+cầu|Giao(?:\s+cho)?|Phân\s+công)\s", text, re.I)
        told = None if ask or asked_subject else _TOLD_TO_KNOW_RE.match(text[after:])
        if told:
            ask = told
        if ask:
            rest = text[after + (told.start("who") if told else ask.end()):]
            stop = told.end("who") - told.start("who") if told else None
            for vm in ([] if told else _VERB_RE.finditer(rest)):
                # ('... Hiệp hội Doanh nghiệp tỉnh; Chủ các công trình phải ...': 'trình' of the noun
                # 'công trình' does not end the list of bodies asked)
                if vm.start() > 0 and not any(o.start <= vm.start() < o.end for o in gaz.find(rest[:250])) \
                        and verb_ends_name(rest, vm):
                    stop = vm.start()
                    break
            seg = rest[:stop] if stop else rest[:150]
            asked = split_office_list(seg, gaz) or _bare_unit(seg)
            # ('Ban quản lý khu công nghiệp giao một đơn vị sự nghiệp trực thuộc ... thực hiện':
            # when the bodies asked are no named body, the one asking still answers for the work)
            at_start = not text[:max(0, text.find(s))].strip(" -–+*•.)")
            # (a polite ask, 'X kính mong các đồng chí ... góp ý', never hands the work back to X)
            polite = re.match(r"\s*(?:(?:cũng|đã|vừa|mới|sẽ|đang|tiếp\s+tục)\s+)*(?:kính|rất|trân\s+trọng)\s+mong", text[after:], re.I)
            # (office27) an ask that opens on its verb names no one asked ('Bộ Chính trị, Ban Bí thư yêu cầu xây
            # dựng đề án ...', 'Thủ tướng Chính phủ yêu cầu tổ chức tổng kiểm tra ...', 'Thủ tướng Chính phủ yêu cầu,
            # việc quản lý ... thực hiện theo quy định'): the speaker only asks, so neither it nor the verb's first
            # words ('tổ chức' is the verb) are offices (gold README: "an ask with no addressee anywhere in the
            # text ... gives none", office_spans ob22-009); the letter's addressees may still take it (letterscope)
            # (a seg that names a body the gazetteer knows, 'yêu cầu phòng GD&ĐT huyện ...', or whose body
            # follows a noun the verb list also holds, 'yêu cầu lãnh đạo, công chức ... và người lao động',
            # does name one)
            unnamed = (not told and _asks_no_one(text[after:], rest) and not any(True for _ in gaz.find(seg))
                       and all(rest.lstrip().casefold().startswith(w.strip().casefold()) for _n, w in asked))

            if unnamed:
                asked = []
            parts = asked or (parts if at_start and not polite and not unnamed else [])
            after = after + (told.end() if told else ask.end() + len(seg))
        else:
            unnamed = False
        if not parts and not unnamed:
            parts = _duty_subject(text, gaz)
        if not parts and (party := _party_duty_subject(text)):
            # ('2. Chủ rừng có nghĩa vụ bảo vệ ...': a party of two words is no name split_office_list
            # keeps; named by its role, then a duty verb, it is the doer as below)
            parts = [(display_name(party), party)]
        for name, written in parts:
            add(name, written, "lead")
        if parts and not ask:
            for name, written in _parallel_subjects(text, after, gaz):
                add(name, written, "lead")
    elif party := _party_duty_subject(text):
        # 'Cơ sở bồi dưỡng phải lập sổ ...', 'Sau khi có quyết định thu hồi đất, người có đất thu hồi
        # có trách nhiệm ...', 'Người nộp phí thực hiện nộp phí ...': a regulated party named by
        # what it is or does, then a duty verb, is the doer (no list of offices holds it)
        add(display_name(party), party, "lead")
    else:
        ask = re.search(r"(?<![^\W_])(?:đề\s+nghị|yêu\s+cầu)\s+(?=(?:các\s+)?[^\W\d_])", text, re.I) \
            or re.match(r"\s*(?:[-+•]\s*)?Giao(?:\s+cho)?\s+(?=(?:tỉnh|thành\s+phố|xã|phường|thị\s+trấn|đặc\s+khu|(?-i:TP))(?![^\W_]))", text, re.I)
        # ('Giao tỉnh Quảng Ninh khẩn trương rà soát ...', 'Giao xã ... '): the issuer's own assignment to
        # a place or a unit by its level, which no body name opens (the gazetteer's bodies are read above)
        # 'Tổ chức kiểm tra ...; yêu cầu các đơn vị lắp đặt trạm cân': a sentence that opens with
        # its own verb is the assignee's duty, and whom the assignee asks is the directed side
        # (gold README: 'Chỉ đạo X', 'đôn đốc, hướng dẫn các đơn vị' are not offices); the
        # issuer's own request ('Đề nghị các đơn vị ...', 'Để ..., đề nghị X ...') names offices
        own_verb_first = ask is not None and ask.start() > 0 and bool(_VERB_RE.match(text.lstrip()))
        # ('Làm Tờ trình đề nghị UBND quận ban hành Quyết định ...', 'xây dựng văn bản đề nghị Sở X
        # hỗ trợ'): a paper to be drafted that asks names the body it is addressed to, which is not
        # the doer (a letter that asks as the subject, 'Công văn yêu cầu các cơ sở ...', names them)
        if ask and not own_verb_first and not re.search(r"(?:theo|của|tại)\s*$", text[:ask.start()], re.I) \
                and not _PAPER_TO_DRAFT_RE.search(text[:ask.start()]):
            rest = text[ask.end():]
            # (not a verb inside a qualifier of the units asked: 'Yêu cầu ... các địa phương có hoạt
            # động nghề cá và các đơn vị liên quan ...', `unit_qualifier_spans`)
            quals = unit_qualifier_spans(rest)
            stop = next((vm.start() for vm in _VERB_RE.finditer(rest) if vm.start() > 0
                         and not any(a <= vm.start() < b for a, b in quals)), None)
            seg = rest[:stop] if stop else rest[:120]
            for name, written in split_office_list(seg, gaz) or _bare_unit(seg):
                add(name, written, "lead")
        elif not ask and _PASSIVE_AGENT_RE.search(text):
            # 'Danh sách NNT ... phải được Trưởng Bộ phận kiểm tra thuế trình Thủ trưởng ...': the
            # agent of a required passive does the work
            pa = _PASSIVE_AGENT_RE.search(text)
            rest = text[pa.end():]
            stop = next((vm.start() for vm in _VERB_RE.finditer(rest) if vm.start() > 0 and verb_ends_name(rest, vm)), None)
            if stop:
                for name, written in split_office_list(rest[:stop], gaz):
                    add(name, written, "lead")
        elif not ask:
            # 'Về nội dung trả lời: Văn bản hướng dẫn của cơ quan Thuế phải bảo đảm ...': the body
            # whose document must meet the requirement is the one made responsible
            own = _DOC_OWNER_RE.search(text)
            if own:
                who = re.split(r"\s(?:đối\s+với|gửi|về|tại|trong)\s", own.group("who"))[0]
                for name, written in split_office_list(who, gaz):
                    add(name, written, "lead")
    # a later clause with a subject of its own ('Bộ Tài chính điều hành Quỹ bình ổn giá; Ủy ban nhân
    # dân các tỉnh chỉ đạo kiểm tra ...'): its bodies are offices of the task too, co-equal
    enum = re.search(r"(?<![^\W_])(?:như|gồm|bao\s+gồm|sau\s+đây)\s*:", text, re.I)
    for m in re.finditer(r";\s+", text):
        if m.start() < after or re.search(r"chủ\s+trì", text[:m.start()], re.I):
            continue  # 'X chủ trì, phối hợp với Y; Z ...': Z is one more partner (below)
        if enum and enum.start() < m.start():
            continue  # '... các công trình như: Nhà luyện tập ...; Trung tâm huấn luyện ...': items of a list
        directs = _DIRECTED_OPEN_RE.match(text)
        if directs and not _VERB_RE.search(text[directs.end():m.start()]):
            continue  # 'Tăng cường chỉ đạo các cơ quan chuyên môn; các ban, ngành, đoàn thể tập trung
            # tuyên truyền ...': the ';' goes on with the bodies directed (ANNOTATION: in 'Chỉ đạo X'
            # X is not listed), not with a clause of a new subject
        if subj and _directs_list_to(text, after, m.start()):
            continue  # 'UBND các huyện chỉ đạo Trung tâm Văn hóa ...; Đài Truyền thanh ...; UBND các xã tuyên truyền
            # ...': the subject's 'chỉ đạo' takes the bodies on both sides of the ';' (office24, class (f))
        if re.match(r"\s*(?:yêu\s+cầu|đề\s+nghị)\s", text[m.end():], re.I) and _VERB_RE.match(text.lstrip()):
            continue  # 'Tổ chức kiểm tra ...; yêu cầu các đơn vị lắp đặt ...': the asked are directed
        sub = _subject_at(text[m.end():], gaz)
        if sub and len(re.split(r"[;.]", text[m.end():], maxsplit=1)[0].split()) <= 3:
            sub = None  # '... các nhóm dữ liệu về cơ sở đào tạo; ngành đào tạo; người học': a noun
            # and a verb-like word alone between two ';' are one more item of a list, no clause
        if sub and re.search(r"\s(?:để|nhằm|cho|với|của)$", sub[0], re.I):
            sub = None  # a subject cannot end on a preposition: the clause names no body
        if sub and (_PURPOSE_END_RE.search(text[m.end():m.end() + sub[1]])
                    or re.match(r"\s*(?:để|nhằm)\s", text[m.end() + sub[1]:], re.I)):
            sub = None  # (office33) '... căn cứ các hướng dẫn của các Sở, ngành; đơn vị liên quan để chỉ đạo ...': bodies
            # followed by a purpose ('để', 'nhằm'), no verb of their own, go on with the list before the ';' (a typed
            # ';' for ','), no clause with a subject of its own
        if sub and not subj and re.match(r"\s*có\s+(?!trách\s+nhiệm|liên\s+quan)", text[m.end() + sub[1]:], re.I):
            sub = None  # 'Tăng cường kiểm tra ... đối với các doanh nghiệp ...; các doanh nghiệp có giao
            # dịch liên kết ...': in a sentence without a subject (an imperative), 'có' (have)
            # describes one more item of the object list; it assigns no duty.  (After a subject,
            # '...; trường phổ thông có nhiều cấp học tại ...' goes on with the subject list.)
        if sub:
            tail = text[m.end() + sub[1]:]
            rep = _REPORTED_ASK_RE.match(tail.lstrip())
            if rep:
                tail = tail.lstrip()[rep.end():]
            ask2 = re.match(r"\s*(?:đề\s+nghị|yêu\s+cầu|giao(?:\s+cho)?)\s+", tail, re.I)
            if ask2:
                # ('...; Uỷ ban nhân dân tỉnh yêu cầu thủ trưởng các sở, ngành khẩn trương ...', 'Thực hiện
                # Văn bản số ...; Chủ tịch UBND tỉnh giao Sở X chủ trì ...'): the clause's issuer asks, the
                # bodies it asks are offices of the task
                seg = tail[ask2.end():]
                stop = next((vm.start() for vm in _VERB_RE.finditer(seg) if vm.start() > 0 and verb_ends_name(seg, vm)), None)
                asked = split_office_list(seg[:stop] if stop else seg[:150], gaz)
                if asked and subj and parts and not ask and _REPORTS_RE.match(text[after:]):
                    # ('Ngày 03/8/2012, Thông tấn xã Việt Nam có tin, bài phản ánh ...; Phó Thủ tướng
                    # yêu cầu Bộ X kiểm tra ...': the first clause's subject only reports what
                    # prompted the request; it is no office of it)
                    reporters = {office_key(n) for n, _w in parts}
                    roles[:] = [r for r in roles if office_key(r.office) not in reporters]
                for name, written in asked:
                    add(name, written, "lead")
            else:
                for name, written in split_office_list(sub[0], gaz):
                    add(name, written, "lead")
    # 'Đồng chủ trì với Bộ Khoa học và Công nghệ, phối hợp với ...' under '4. Bộ Ngoại giao': the
    # body named leads together with the assignee (co-leads, no single lead); its source tells
    # the group assignment that the assignee is still to be added
    for m in re.finditer(r"(?<![^\W_])(?:đồng\s+)?chủ\s+trì\s+với\s+", text, re.I):
        found = gaz.find(text[m.end():m.end() + 120])
        if found and found[0].start == 0:
            add(found[0].name, found[0].text, "lead", "co-lead")
    # 'phối hợp (chặt chẽ) (với) Y, Z ...' -> support
    # (not the noun in a body's name: 'Ban Chỉ đạo quốc gia ...' is no 'chỉ đạo X')
    # (not the noun in a body's name: 'Ban Chỉ đạo quốc gia ...' is no 'chỉ đạo X')
    # ('chỉ đạo, hướng dẫn BHXH các tỉnh ... phối hợp với các đơn vị', 'đôn đốc các xã phối hợp
    # với ...': the bodies a directing verb takes, and their partners, are the directed side)
    directed = next((d for d in _DIRECTING_RE.finditer(text)
                     if not re.search(r"(?:[Bb]an|BCĐ)\s+$", text[:d.start()])
                     and (d.group(0).casefold().startswith("chỉ") or BODY_HEAD_RE.match(text[d.end():])
                          or any(o.start == 0 for o in gaz.find(text[d.end():d.end() + 80], fuzzy=False)))), None)
    # 'X chủ trì' elsewhere in the sentence
    for m in re.finditer(r"chủ\s+trì", text, re.I):
        if m.start() < after or subj and not text[after:m.start()].strip(" ,"):
            continue  # ('Chủ tịch UBND xã chủ trì ...': the subject's own 'chủ trì', not 'UBND xã')
        if subj and directed and after <= directed.start() < m.start() and ";" not in text[directed.start():m.start()]:
            continue  # ('UBND cấp tỉnh chỉ đạo Sở X chủ trì ...': the body directed leads its own part,
            # it is no office of this task; gold README 'Chỉ đạo X')
        before = text[max(0, m.start() - 120):m.start()]
        found = gaz.find(before)
        if found and before[found[-1].end:].strip(" ,") == "":
            if any(r.text and r.text != found[-1].text and r.text.endswith(found[-1].text) for r in roles):
                continue  # ('Ban Xây dựng Đảng Đảng ủy chủ trì': the body the subject's unit belongs to)
            add(found[-1].name, found[-1].text, "lead")
    # 'X chủ trì, Y, Z phối hợp' (the partners named before the verb, as in assignment notes
    # '(Bộ X chủ trì, Ủy ban nhân dân các tỉnh phối hợp; hoàn thành năm 2027)') -> support
    for m in re.finditer(r"chủ\s+trì\s*[,;]\s*", text, re.I):
        pm = re.match(r"([^.()]{3,160}?)\s+phối\s+hợp(?!\s+(?:với|chặt))(?![^\W_])", text[m.end():], re.I)
        # (a verb inside a body's name is none: 'Phòng Giáo dục và Đào tạo', 'Bộ Ngoại giao')
        if pm and not _free_verb(pm.group(1), gaz):
            for name, written in split_office_list(pm.group(1), gaz):
                add(name, written, "support")
    # ('Phối hợp, hỗ trợ Bộ X và các cơ quan liên quan trong ...': the body helped is a partner too)
    # ('phối hợp chặt chẽ, kịp thời với Sở GTVT', 'phối hợp thường xuyên và chặt chẽ với ...': manner
    # adverbs between the verb and 'với')
    for m in re.finditer(r"phối\s+(?:kết\s+)?hợp(?:(?:\s*,\s*|\s+và\s+|\s+)(?:chặt\s+chẽ|kịp\s+thời|thường\s+xuyên|đồng\s+bộ|hiệu\s+quả|tích\s+cực))*"
                         r"(?:\s*(?:,|và)\s*hỗ\s+trợ)?(?:\s+tham\s+gia)?(?:\s+với)?\s+", text, re.I):
        if directed and directed.start() < m.start() and ";" not in text[directed.start():m.start()]:
            continue  # 'Chỉ đạo X ... phối hợp với Y': X and Y are the directed, not the task's
            # (after a ';' the clause is the assignee's own again: gold 07 II.7.a)
        insp = None
        for insp in re.finditer(r"(?<![^\W_])(?:kiểm\s+tra|giám\s+sát|theo\s+dõi|đánh\s+giá)\s+(?:việc|công\s+tác)(?![^\W_])", text[:m.start()], re.I):
            pass
        if insp and not re.search(r"[;:]", text[insp.end():m.start()]):
            continue  # 'Kiểm tra việc chủ trì, phối hợp với Trưởng thôn tổ chức Hội nghị cử tri': the
            # partner is part of the work inspected, not a partner of the inspection
        if re.match(r"(?:của|giữa)\s", text[m.end():], re.I):
            continue  # 'công tác phối hợp của các cấp, ngành ...', 'sự phối hợp giữa X và Y': the
            # coordination of or between bodies, a noun; they are not partners of this task
        if re.search(r"(?:quy\s+chế|chương\s+trình|cơ\s+chế|kế\s+hoạch|sự|việc|giải\s+pháp|phương\s+án)\s*$", text[:m.start()], re.I):
            continue  # 'quy chế phối hợp với X', 'đề xuất giải pháp phối hợp với X': a noun (the
            # content of a plan or proposal), not a partner of this task
        window = text[m.end():m.end() + 250]
        window = re.split(r"\s(?:để|nhằm|trong\s+việc|về\s+việc|theo|nghiên\s+cứu|trong\s+công\s+tác)\s", window)[0]
        wfound = gaz.find(window, fuzzy=False)
        inside = [(o.start, o.end) for o in wfound]
        # ('phối hợp với các Bộ, ngành hướng dẫn Ủy ban nhân dân cấp tỉnh ...': a verb right after a
        # whole collective ends the partners, as it ends a subject; whom they guide is no partner)
        stop = next((vm for vm in _VERB_RE.finditer(window)
                     if not any(a <= vm.start() < b for a, b in inside)
                     and not _RELATED_AFTER_COLLECTIVE_RE.match(window, vm.start())
                     and (verb_ends_name(window, vm) or vm.group(0)[:1].islower()
                          and any(o.kind == "collective" and o.end <= vm.start() <= o.end + 1 for o in wfound))), None)
        colon = window.find(":")
        # 'phối hợp với các Bộ: Y tế, Công Thương, ...': the colon opens the fields the head word
        # shares (as in a subject, :func:`_subject_at`); it does not end the partner list
        if colon > 0 and _SHARED_HEAD_END_RE.search(window[:colon]) and re.match(r"\s*[A-ZĐ]", window[colon + 1:]):
            colon = window.find(":", colon + 1)
        # ('phối hợp với Ủy ban nhân dân các xã: Gia Phú, Bảo Thắng ...'): the colon after a committee's
        # level opens its places, one office per place as in a subject (:data:`_JUR_DIST_RE`)
        if colon > 0 and (jd := _JUR_DIST_RE.search(window)) and jd.start() < colon < jd.end():
            colon = window.find(":", jd.end())
        # ('phối hợp Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê) và các bộ, ngành liên quan': a bracket
        # naming the unit of the body before it is part of that name, not the end of the list)
        paren = next((pm.start() for pm in re.finditer(r"\(", window)
                      if not re.match(r"\(\s*(?:Tổng\s+cục|Cục|Vụ|Bộ|Sở|Ban|Văn\s+phòng|Trung\s+tâm|Chi\s+cục|Viện)\s[^()]{1,60}\)", window[pm.start():])), -1)
        cut = min([i for i in (stop.start() if stop else None, colon, window.find("."), paren) if i is not None and i >= 0] or [len(window)])
        seg = window[:cut]
        for name, written in split_office_list(seg, gaz):
            add(name, written, "support")
    # 'Đối với các Sở có tên trong Danh sách kèm theo, yêu cầu gửi ...': the bodies the topic names
    # are the ones asked, when the ask names no body of its own; 'Hồ sơ của các Sở ... gửi về Văn
    # phòng Bộ': the body whose dossier or report is to be sent sends it
    if not any(r.role == "lead" for r in roles):
        tm = _TOPIC_ASK_RE.match(text) or _OWNED_SENDING_RE.match(text)
        if tm:
            for name, written in split_office_list(tm.group("who"), gaz):
                add(name, written, "lead")
    # 'Bộ Tư pháp chủ trì, phối hợp với Bộ Ngoại giao, đề nghị Tòa án nhân dân tối cao, Viện kiểm
    # sát nhân dân tối cao phối hợp xây dựng ...': the bodies the lead asks to cooperate are partners
    # of the task as much as those it cooperates with
    if any(r.role == "lead" for r in roles):
        for m in re.finditer(r"(?<![^\W_])(?:đề\s+nghị|mời)\s+(?P<who>[^.;:()]{3,160}?)\s+(?:cùng\s+)?phối\s+hợp(?![^\W_])", text, re.I):
            if m.start() >= after:
                for name, written in split_office_list(m.group("who"), gaz):
                    add(name, written, "support")
    # '..., do Sở X thực hiện', '(do UBND các xã đảm nhận)': the agent named after the work
    # ('do' + a body + an execution verb) does it, when the sentence named no lead before
    if not any(r.role == "lead" for r in roles):
        for m in _AGENT_RE.finditer(text):
            clause = re.split(r"[,;(]", text[:m.start() + 1])[-1]
            if _AGENT_OF_NOUN_RE.search(clause):
                continue  # ('Phối hợp đề xuất nội dung ... theo kế hoạch chung do cơ quan có thẩm quyền
                # chủ trì', 'tham gia các hội nghị do Bộ X tổ chức thực hiện': 'do X' qualifies the
                # noun of a 'theo' / 'tham gia' phrase, the one who chairs that plan or meeting)
            seg = text[m.end():m.end() + 160]
            v = _AGENT_VERB_RE.search(seg)
            if v and m.group(0)[0].isspace() and _VERB_AFTER_AGENT_RE.match(seg, v.end()):
                # ('Rà soát các công trình do địa phương thực hiện đầu tư', '... văn bản do Bộ Tư pháp chủ trì
                # soạn thảo'): after the work's noun, 'do X thực hiện / chủ trì' + a verb of its own is a
                # relative clause that says who built or drafted that thing, not who does the task
                continue
            # (the verb follows the body at once: '... do các đơn vị thi công gây ra, thực hiện ...'
            # names a cause, not an agent)
            if v and (gaz.find(seg[:v.start()], fuzzy=False) or BODY_HEAD_RE.match(seg)) \
                    and not seg[:v.start()].rstrip().endswith(",") and not _free_verb(seg[:v.start()], gaz):
                for name, written in split_office_list(seg[:v.start()], gaz):
                    add(name, written, "lead")
                break
    # 'báo cáo (về) X', 'gửi (về) X', 'trình X' -> report-to
    # ('..., chuyển đến Phòng Lao động - Thương binh và Xã hội'): the body a file is passed to receives it
    for m in re.finditer(r"(?:báo\s+cáo|gửi|trình|phản\s+ánh|chuyển\s+(?=đến|về|cho|tới|lên))(?:\s+(?:kết\s+quả|tình\s+hình))?(?:\s*(?:về|lên|cho|với|đến|tới))?\s+", text, re.I):
        found = gaz.find(text[m.end():m.end() + 120])
        if found and found[0].start == 0:
            for f in found:
                if text[m.end():m.end() + f.start].strip(" ,và") == "" or f is found[0]:
                    add(f.name, f.text, "report-to")
    # '... trả lời câu hỏi về tiếng Anh lớp 6 ( Đ/C Thoa)', '... (đ/c Hà, đ/c Lan)': a unit's own
    # work plan names the person in charge in brackets at the end of the item, as a
    # 'Người thực hiện' column would; with nobody else named, they lead
    if not any(r.role in ("lead", "support") for r in roles):
        pm = _PERSON_IN_CHARGE_RE.search(text)
        if pm:
            people = [p.strip() for p in re.split(r"\s*[,;]\s*|\s+và\s+", pm.group(1)) if p.strip()]
            for i, p in enumerate(people):
                add(re.sub(r"\s+", " ", p), p, "lead" if len(people) == 1 else "support")
    # the people in leads that are also report-to ... keep the first role
    return roles


# a sentence opening on the issuer's directing of others ('Chỉ đạo ...', 'Tăng cường chỉ đạo ...',
# 'Tiếp tục đôn đốc, hướng dẫn ...'): the bodies after it are directed, not offices
# (office33) a purpose word where a clause's verb should stand ('...; đơn vị liên quan để chỉ đạo ...')
_PURPOSE_END_RE = re.compile(r"(?<![^\W_])(?:để|nhằm)\s*$", re.I)
_DIRECTED_OPEN_RE = re.compile(r"\s*(?:[-+•]\s*)?(?:(?:tăng\s+cường|tiếp\s+tục|thường\s+xuyên|chủ\s+động|kịp\s+thời)\s+)?"
                               r"(?:chỉ\s+đạo|đôn\s+đốc|hướng\s+dẫn)(?:\s*,\s*(?:chỉ\s+đạo|đôn\s+đốc|hướng\s+dẫn|kiểm\s+tra))*\s", re.I)
# a clause whose subject tells what prompted a request: 'X có tin, bài phản ánh ...', 'X có văn bản
# đề nghị ...', 'X phản ánh ...', 'X báo cáo ...'
_REPORTS_RE = re.compile(r"\s*(?:(?:đã|vừa|cũng)\s+)?(?:có\s+(?:tin|bài|văn\s+bản|công\s+văn|tờ\s+trình|báo\s+cáo|đơn|thư|ý\s+kiến)|"
                         r"phản\s+ánh|báo\s+cáo|đăng\s+tải|đưa\s+tin)(?![^\W_])", re.I)
_TOPIC_ASK_RE = re.compile(r"\s*Đối\s+với\s+(?P<who>[^,;:]{3,100}?)\s*,\s*(?:đề\s+nghị|yêu\s+cầu)\s+(?=(?:khẩn\s+trương\s+)?(?:gửi|nộp|báo\s+cáo|thực\s+hiện|hoàn\s+thành|bổ\s+sung|rà\s+soát|kiểm\s+tra|triển\s+khai|chủ\s+động)(?![^\W_]))", re.I)
# ('Báo cáo hoàn thành của các cơ quan, đơn vị gửi bằng văn bản và file điện tử về Ủy ban nhân dân
# tỉnh ...': a list of bodies with its commas, and the means of sending between the verb and 'về')
_OWNED_SENDING_RE = re.compile(r"\s*(?:Hồ\s+sơ|Báo\s+cáo|Danh\s+sách|Văn\s+bản|Kết\s+quả|Đề\s+xuất)\s+(?:[^\s,;:]+\s+){0,3}?của\s+(?P<who>[^;:]{3,80}?)\s+(?:gửi|nộp)(?:\s+[^\s,;:]+){0,8}?\s+(?:về|lên|cho|đến)\s", re.I)
_DIRECTING_RE = re.compile(r"(?<![^\W_])(?:chỉ\s+đạo|hướng\s+dẫn|đôn\s+đốc)(?:\s*,\s*(?:chỉ\s+đạo|hướng\s+dẫn|đôn\s+đốc|kiểm\s+tra))*"
                           r"\s+(?!thực\s+hiện|của|theo|về|việc|triển\s+khai)", re.I)


# the subject's own directing verb, perhaps after an adverb or a modal ('UBND các huyện (cũng) chỉ đạo ...')
_SUBJECT_DIRECTS_RE = re.compile(
    r"\s*(?:(?:cũng|đã|vừa|mới|sẽ|cần|phải|tiếp\s+tục|trực\s+tiếp|tăng\s+cường|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)\s+)*"
    r"chỉ\s+đạo(?:\s*,\s*(?:hướng\s+dẫn|đôn\s+đốc))*\s+(?!thực\s+hiện|của|theo|về|việc|triển\s+khai)", re.I)


def _directs_list_to(text: str, after: int, semi: int) -> bool:
    """Does the subject ending at ``after`` direct ('chỉ đạo') a list of bodies that runs on past the ';'
    at ``semi``?  Yes when 'chỉ đạo' is the subject's verb and no verb ends a name between its object and
    the ';' ('X chỉ đạo A; B; C tuyên truyền ...': A, B and C are the bodies directed, ANNOTATION's 'Chỉ
    đạo X')."""
    d = _SUBJECT_DIRECTS_RE.match(text, after)
    if not d or d.end() >= semi:
        return False
    seg = text[d.end():semi]
    return not any(verb_ends_name(seg, vm) for vm in _VERB_RE.finditer(seg) if vm.start() > 0)


# 'do' introducing the body that carries out the work: after a comma, an opening bracket or the
# work's noun ('..., do Sở Y tế thực hiện', '(do Công an huyện chủ trì)'); the verbs that say it
# carries it out
_AGENT_RE = re.compile(r"(?:[,(]\s*|\s)do\s+(?=\S)")
# Not when the noun before 'do' sits in a phrase that the work goes by or takes part in ('theo kế
# hoạch chung do X chủ trì', 'tham gia các lớp do X tổ chức'): Vietnamese puts a reduced relative
# clause 'do X <verb>' right after a noun; its X chairs that noun's plan or event, not the task.
_AGENT_OF_NOUN_RE = re.compile(r"(?<![^\W_])(?:theo|tham\s+gia|tham\s+dự)\s+[^\W\d_]", re.I)
_AGENT_VERB_RE = re.compile(r"\s(?:chủ\s+trì|thực\s+hiện|đảm\s+nhận|đảm\s+nhiệm|phụ\s+trách|triển\s+khai|tổ\s+chức\s+thực\s+hiện|"
                            r"làm\s+đầu\s+mối|chịu\s+trách\s+nhiệm)(?![^\W_])")


# a further verb right after the agent's verb ('thực hiện đầu tư', 'chủ trì soạn thảo', 'triển khai thi công')
_VERB_AFTER_AGENT_RE = re.compile(r"\s+(?:đầu\s+tư|soạn\s+thảo|xây\s+dựng|thi\s+công|quản\s+lý|vận\s+hành|cấp|ban\s+hành|"
                                  r"thẩm\s+định|phê\s+duyệt|lập|tổ\s+chức|khai\s+thác|mua\s+sắm|sửa\s+chữa|nâng\s+cấp)(?![^\W_])", re.I)


_DUTY_SUBJECT_RE = re.compile(
    rf"(?:^\s*(?:\d{{1,2}}\.\s*|[a-zđ]\)\s*|[-+•]\s*)?|,\s+)(?P<who>[{_UP}][^,;:.()]{{2,90}}?)\s+(?:có|chịu)\s+trách\s+nhiệm(?![^\W_])")


def _duty_subject(text: str, gaz: Gazetteer) -> list[tuple[str, str]]:
    """'Đơn vị vận hành hệ thống điện và thị trường điện có trách nhiệm ...': when the subject found
    before the first verb names no body, a duty verb ('có/chịu trách nhiệm') names it: what stands
    before it is the party, whatever verbs its name holds ('vận hành'), when it opens on a body's
    head and no known body in it is followed by a verb of its own."""
    for m in _DUTY_SUBJECT_RE.finditer(text[:300]):
        who = m.group("who").strip()
        if len(who.split()) > 12 or not BODY_HEAD_RE.match(who) or re.search(r"(?<![^\W_])(?:và|thì|để|hoặc)$", who):
            continue
        found = gaz.find(who, fuzzy=False)
        if found and found[0].start == 0 and _VERB_RE.match(who[found[0].end:].lstrip()):
            continue  # 'Sở Y tế kiểm tra và có trách nhiệm ...': the body's own verb comes first
        return [(display_name(who), who)]
    return []


# an owner named by what he keeps, runs or uses: 'chủ' (or 'chủ hộ / chủ cơ sở') before a word that is no
# part of 'chủ tịch', 'chủ trì', 'chủ động', 'chủ yếu', 'chủ trương' and the like ('chủ nuôi', 'chủ vật
# nuôi', 'chủ đầu tư', 'chủ rừng', 'chủ phương tiện', 'chủ quán', 'chủ trang trại', 'chủ doanh nghiệp')
_OWNER_STOP = (r"(?!(?:tịch|tích|trì|động|yếu|trương|quản|nhiệm|đề|quyền|nhật|lực|đạo|chốt|quan|tọa|toạ|biên|ý|nghĩa|điểm|công|lễ|"
               r"mưu|đích|tâm|thể|và|hoặc|phải|cần|có|chịu|thì|đã|sẽ)(?![^\W_]))(?-i:[a-zà-ỹđ])[^\W\d_]*")
_OWNER = r"chủ\s+(?:(?:các\s+)?(?:hộ|cơ\s+sở)(?![^\W_])(?:\s+" + _OWNER_STOP + r")?|" + _OWNER_STOP + r")"
# the parties a decree, circular or procedure makes do the work, by the head of their name: persons
# and organisations named by what they are or do ('người nộp phí', 'tổ chức thu phí', 'cơ sở bồi
# dưỡng', 'chủ rừng', 'nhà thầu', 'bên mời thầu', 'thân nhân')
_PARTY_HEAD = (r"(?:các\s+|mọi\s+|những\s+)?(?:người(?!\s+(?:dân|đứng\s+đầu)(?![^\W_]))|tổ\s+chức(?:\s*,\s*cá\s+nhân)?|cá\s+nhân|"
               r"cơ\s+sở(?!\s+(?:dữ\s+liệu|vật\s+chất|hạ\s+tầng|pháp\s+lý|lý\s+luận|khoa\s+học|để)(?![^\W_]))|doanh\s+nghiệp|"
               # ('chủ nuôi chó, mèo', 'chủ vật nuôi', 'chủ hộ nuôi', 'chủ cơ sở chăn nuôi', 'các chủ nhà hàng',
               # 'chủ quán', 'hộ nuôi lợn', 'hộ chăn nuôi', 'hộ sản xuất'): an owner or a household named by
               # what it keeps, runs or uses ('chủ' before any word but those of 'chủ tịch / trì / động ...')
               r"hộ\s+(?:gia\s+đình|kinh\s+doanh|dân|nuôi|chăn\s+nuôi|sản\s+xuất|trồng|buôn\s+bán|khai\s+thác|đánh\s+bắt|làm\s+nghề|sử\s+dụng)|"
               + _OWNER + r"|"
               r"nhà\s+(?:đầu\s+tư|thầu|cung\s+cấp|sản\s+xuất|xuất\s+khẩu|nhập\s+khẩu)|bên\s+(?!cạnh)\S+|thân\s+nhân|thương\s+nhân|"
               # ('Tổ quản lý có nhiệm vụ ...', 'Tổ kiểm tra liên ngành có trách nhiệm ...'): a team set up
               # for the work, named by what it does, is the doer like a party
               r"tổ(?!\s+(?:chức|quốc)(?![^\W_]))(?=\s+[a-zà-ỹđ])|"
               # ('... thì trường học phải có hình thức kỷ luật ...', 'ban QLDA phải chịu trách nhiệm ...',
               # 'Các nhà trường cần ...'): schools and project boards, named by what they are
               r"trường\s+học|nhà\s+trường|ban\s+(?:quản\s+lý\s+dự\s+án|(?-i:QLDA))|"
               # ('Ngoài ra, TP HCM cũng phải tiếp tục ...', 'Thành phố còn phải ...', 'TP phải làm tốt hơn
               # ...'): a province or a city by its name, or the city a retelling is about by 'thành phố'
               # alone, with a duty after it
               + _NAMED_PLACE + r"|(?-i:[Tt]hành\s+phố|TP)(?=\s+(?:(?:cũng|còn)\s+)?(?:phải|cần|nên)\s))(?![^\W_])")
# keepers and owners named by what they keep or run, asked by name of their kind
_KEEPER = (r"(?:các\s+|những\s+)?(?:" + _OWNER + r"|người\s+(?:nuôi|chăn\s+nuôi|trồng|sử\s+dụng\s+lao\s+động)|"
           r"hộ\s+(?:nuôi|chăn\s+nuôi|sản\s+xuất|trồng|kinh\s+doanh|buôn\s+bán))(?![^\W_])")
# ('Sở GD-ĐT yêu cầu trường học thực hiện ...', 'đề nghị các nhà trường tăng cường ...', 'yêu cầu các chủ
# đầu tư giải trình ...'): a school, a firm or a project's owner asked, named by what it is; the gazetteer
# holds no such name (not persons and parties named by a role, 'người nộp thuế', 'cá nhân đó xuất trình':
# the verb list cannot end their names)
_ASKED_PARTY_RE = re.compile(tone_insensitive(
    r"\s*((?:các\s+|những\s+)?(?:trường\s+học|nhà\s+trường|cơ\s+sở\s+giáo\s+dục(?:\s+đại\s+học)?|doanh\s+nghiệp|"
    r"chủ\s+(?:đầu\s+tư|rừng|dự\s+án)|nhà\s+(?:đầu\s+tư|thầu)|hợp\s+tác\s+xã|ban\s+(?:quản\s+lý\s+dự\s+án|(?-i:QLDA)))"
    r"(?:\s+(?:trên\s+địa\s+bàn(?:\s+(?:tỉnh|huyện|xã|thành\s+phố))?|(?:có\s+)?liên\s+quan))?"
    # ('yêu cầu người nuôi chó, mèo phải khai báo ...', 'đề nghị các hộ chăn nuôi tiêm phòng ...', 'yêu cầu
    # chủ vật nuôi phải ...'): a keeper or an owner named by what he keeps, up to the verb that ends the stretch
    r"|" + _KEEPER + r"(?:\s+(?-i:[a-zà-ỹđ]+)){0,4}(?:\s*,\s*(?-i:[a-zà-ỹđ]+)(?!\s+(?:trưởng|viên)(?![^\W_]))){0,3}"
    r")") + _ASKED_ADVERBS + r"\s*", re.I)
_DUTY_WORD = r"(?:phải|cần|nên|có|chịu|thực|khẩn|cũng|còn|vẫn)(?![^\W_])"
_PARTY_DUTY_RE = re.compile(
    r"^\s*(?:\d{1,2}\.\s*|[a-zđ]\)\s*|[-+•]\s*)?"
    # ('Ngoài việc ký kết ... với công an địa phương ..., an toàn thì trường học phải ...'): a condition
    # or an addition closed by 'thì' before the party
    r"(?:(?:Ngoài\s+việc|Trường\s+hợp|Nếu|Khi)\s[^;:]{3,200}?(?:,\s*|\s)thì\s+)?"
    r"(?:(?:(?:Sau\s+khi|Trong\s+thời\s+hạn|Khi|Kể\s+từ|Trước\s+khi|Trường\s+hợp|Nếu|Ngoài\s+việc)\s[^,;:]{3,140}"
    # ('Chỉ thị cũng nêu rõ, các chủ đầu tư ... cần khẩn trương rà soát ...', 'Ngoài ra, trường học phải
    # ...'): what a retelling opens with before the party (what the paper says, a linking adverb)
    r"|[^,;:]{3,60}\s(?:nêu\s+rõ|nhấn\s+mạnh|lưu\s+ý|khẳng\s+định|cho\s+biết)"
    r"|Ngoài\s+ra|Theo\s+đó|Đồng\s+thời|Bên\s+cạnh\s+đó|Trong\s+đó|Riêng"
    # (tasks27: an ordinal point 'Thứ ba, các hộ chăn nuôi cần gia cố ...' opens on the party as a
    # sentence would: retoldplan.FRONTED_POINT_OPENER)
    r"|" + FRONTED_POINT_OPENER +
    r"|Theo\s+yêu\s+cầu\s+của\s[^,;:]{3,80}"
    # ('các chủ đầu tư, nhà đầu tư, ban quản lý dự án cần ...'): parties listed with commas, each
    # opening on a party's head word
    r")\s*,\s+(?:thì\s+)?)?"
    # ('Riêng chủ nuôi chó, mèo phải ...'): 'riêng' singles the party out without a comma
    r"(?:Riêng\s+)?"
    # ('chủ nuôi chó, mèo phải ...', 'hộ nuôi gà, vịt cần ...'): one lower-case word after a comma is one
    # more thing the party keeps, no new party
    rf"(?P<who>{_PARTY_HEAD}[^,;:.()]{{0,80}}?(?:\s*,\s*(?:{_PARTY_HEAD}[^,;:.()]{{0,40}}?|(?-i:(?!{_DUTY_WORD})[a-zà-ỹđ]+(?:\s+(?!{_DUTY_WORD})[a-zà-ỹđ]+)?)))*)\s+(?:(?:cũng|còn|vẫn)\s+)?"
    # ('Các cơ sở giáo dục cần tiếp tục triển khai ...', 'các chủ đầu tư ... cần khẩn trương ...'):
    # 'cần' before a verb is the press's and the letters' 'must' as 'phải' is the decrees'
    r"(?P<duty>(?:có|chịu)\s+trách\s+nhiệm|phải(?!\s+(?:được|là|chịu\s+sự)(?![^\W_]))|cần(?=\s+[a-zđà-ỹ])(?!\s+(?:được|có|thiết)(?![^\W_]))|"
    # ('TPHCM khẩn trương hoàn thành ...', 'thành phố nên tập trung ...'): the urging adverb and the
    # softer 'nên' (only after a short name: 'doanh nghiệp gặp khó khăn nên ...' is 'so')
    r"khẩn\s+trương|nên(?=\s+[a-zđà-ỹ])|thực\s+hiện(?=\s+(?:nộp|khai|kê\s+khai|đăng\s+ký|"
    r"báo\s+cáo|thông\s+báo|việc|các\s+thủ\s+tục|thủ\s+tục))|có\s+nghĩa\s+vụ|có\s+nhiệm\s+vụ)(?![^\W_])", re.I)


def _party_duty_subject(text: str) -> str | None:
    """The regulated party a sentence opens with, when a duty verb follows its name.

    Why: procedures and decrees make their addressees do things by naming them by role, and the
    role name usually holds a verb ('người nộp phí', 'tổ chức thu phí', 'người có đất thu hồi'),
    so the first verb cannot end the subject; a duty verb ('phải', 'có trách nhiệm', 'thực hiện
    nộp/khai/...') after a party's head word can."""
    # ('Theo yêu cầu của Tổ công tác, TP Hồ Chí Minh phải giải trình ...'): the requester's phrase
    # is blanked before this reads the sentence; its comma is left
    m = _PARTY_DUTY_RE.match(re.sub(r"^\s*,\s*", "", text))
    if not m:
        return None
    who = m.group("who").strip()
    if m.group("duty").casefold() == "nên" and len(who.split()) > 4:
        return None
    if len(who.split()) > 14 or re.search(r"(?<![^\W_])(?:và|thì|để|hoặc|nếu|mà|đã|được)$", who, re.I) \
            or re.search(r"(?<![^\W_])là(?![^\W_])", who):  # ('Người được giao ... là người chịu trách nhiệm')
        return None
    return who


def _free_verb(seg: str, gaz: Gazetteer) -> bool:
    """Does ``seg`` (a stretch meant to hold only bodies) hold a verb outside the bodies' names?"""
    found = gaz.find(seg, fuzzy=False)
    return any(verb_ends_name(seg, vm) and not any(o.start <= vm.start() < o.end for o in found)
               for vm in _VERB_RE.finditer(seg))


_PERSON = r"(?:[Đđ]/[Cc]|[Đđ]ồng\s+chí|[Tt]hầy|[Cc]ô)\s+[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}"
_PERSON_IN_CHARGE_RE = re.compile(rf"\(\s*({_PERSON}(?:\s*(?:,|;|và)\s*{_PERSON})*)\s*\)\s*[.;]?\s*$")


# Lead convention (session 8, from ANNOTATION.md 'the office that chủ trì, or the only office
# named'): in 'Giao X phối hợp với Y ...' / 'X phối hợp với Y thực hiện ...' / '- Phối hợp với Y ...'
# under a heading naming X, X is the lead and Y support, whether or not a scope phrase ('trong phạm
# vi chức năng, nhiệm vụ được giao') stands between them: the sentence assigns the work to X, Y is
# who X works with.  Nobody leads only when several offices are co-equal subjects (Task.lead is
# None when more than one office holds the lead role).  Sessions 5-7 had demoted such an X to
# support (demote_cooperating_subject); that rule is gone with the convention.


_BRACKET_ROLES_RE = re.compile(r"^(?P<lead>.+?)\s*\(\s*chủ\s+trì\s*\)\s*[,;]?\s*(?:(?P<sup>.+?)\s*\(\s*phối\s+hợp\s*\))?", re.I)


def _bracketed_roles(text: str) -> str:
    """'Sở X (chủ trì), Sở Y, Sở Z (phối hợp) thực hiện' -> 'Sở X chủ trì, phối hợp với Sở Y, Sở
    Z thực hiện': roles printed in brackets after the bodies, said the usual way."""
    m = _BRACKET_ROLES_RE.match(text)
    if not m:
        return text
    out = f"{m.group('lead')} chủ trì"
    if m.group("sup"):
        out += f", phối hợp với {m.group('sup')}"
    return out + text[m.end():]


def roles_in_assignment(value: str, gaz: Gazetteer) -> list[OfficeRole]:
    """The value of a '- Cơ quan thực hiện: ...' line or of an assignment note.

    'X chủ trì, phối hợp với Y; Z' -> X lead, Y and Z support; a plain list -> every office
    co-equal (all 'lead', so :attr:`Task.lead` is None when there are several)."""
    value = _bracketed_roles(value.strip())
    # '... phối hợp; hoàn thành năm 2027': the time clause is no part of the offices
    value = re.split(r"\s*;\s*(?=(?:hoàn\s+thành|thời\s+gian|thời\s+hạn|trong|trước|chậm\s+nhất|năm|quý|tháng)(?![^\W_]))", value, 1, flags=re.I)[0]
    roles: list[OfficeRole] = []
    m = re.search(r"\bchủ\s+trì\b", value, re.I)
    if m:
        for name, written in split_office_list(value[:m.start()], gaz):
            roles.append(OfficeRole(name, "lead", written, "structure"))
        rest = value[m.end():]
        p = re.search(r"phối\s+(?:kết\s+)?hợp(?:\s+với)?", rest, re.I)
        if p and split_office_list(rest[:p.start()], gaz) and not rest[p.end():].strip(" .;,"):
            # 'X chủ trì; Y, Z phối hợp.'
            for name, written in split_office_list(rest[:p.start()], gaz):
                roles.append(OfficeRole(name, "support", written, "structure"))
        elif p:
            seg = rest[p.end():]
            stop = re.search(r"\s(?:tham\s+mưu|triển\s+khai|thực\s+hiện|đôn\s+đốc|hướng\s+dẫn)\b", seg)
            seg = seg[:stop.start()] if stop else seg
            for name, written in split_office_list(seg, gaz):
                roles.append(OfficeRole(name, "support", written, "structure"))
        return roles
    stop = re.search(r"\s(?:đôn\s+đốc|tham\s+mưu|hướng\s+dẫn|triển\s+khai|thực\s+hiện|chuẩn\s+bị)\b", value)
    seg = value[:stop.start()] if stop else value
    for name, written in split_office_list(seg, gaz):
        roles.append(OfficeRole(name, "lead", written, "structure"))
    # 'X đôn đốc, hướng dẫn các đơn vị ...': the guided units are not offices (gold README)
    return roles


# -- the issuer as the subject of its own sentence ------------------------------------------------

def _issuer_key(name: str) -> str:
    """A key for comparing a subject with the document's issuer: 'UBND TP. Hà Nội', 'Ủy ban nhân
    dân thành phố Hà Nội' and 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI' compare equal."""
    # (the head speaking for the body: 'Chủ tịch UBND huyện Phạm Văn Thịnh', 'Giám đốc Sở Y tế';
    # a personal name after the post names the official, not another body)
    name = re.sub(r"^((?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Bộ\s+trưởng|Thứ\s+trưởng|Trưởng\s+ban)\s.+?)(?:\s+(?-i:[A-ZĐ][^\s,]*)){2,4}$",
                  lambda m: m.group(1) if re.search(r"\s(?:UBND|HĐND|Sở|Bộ|Ban|Ủy|Uỷ)(?![^\W_])", m.group(1)) else m.group(0), name)
    # ('UBND TP.HCM', 'UBND TPHCM', 'UBND TP HCM', 'UBND TP.Đà Nẵng'): the press abbreviates the city
    name = re.sub(r"(?<![^\W_])(?:TP|Tp)\.?\s*HCM(?![^\W_])|(?<![^\W_])TPHCM(?![^\W_])", "thành phố Hồ Chí Minh", name)
    name = re.sub(r"(?<![^\W_])TP\.(?=[A-ZĐ" + _UP[3:] + r"])", "thành phố ", name)
    k = office_key(re.sub(r"(?<![^\W_])TP\.?(?=\s|$)", "thành phố", name))
    return re.sub(r"^(?:chủ tịch|phó chủ tịch|giám đốc|phó giám đốc|bộ trưởng|thứ trưởng|tm|kt)\s+", "", k)


def names_issuer(name: str, issuer: str) -> bool:
    """Does ``name`` (a subject as written, 'UBND tỉnh', 'Ủy ban nhân dân thành phố') name the
    issuer ('ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU')?  A body names itself by its kind and level
    without its place ('UBND tỉnh', 'Bộ', 'Sở'), so the subject is the issuer when its key opens
    the issuer's key, or is the issuer's key."""
    k, i = _issuer_key(name), _issuer_key(issuer)
    # (a ministry's or a department's page calls it 'Bộ' / 'Sở' alone: 'Bộ cũng chỉ đạo Tổng cục Đường bộ
    # ...' in a Bộ Giao thông vận tải text is the issuer; one word names nothing else there)
    return bool(k) and (len(k.split()) >= 2 or k in ("bộ", "sở")) and (i == k or i.startswith(k + " "))


# 'UBND tỉnh (cũng / đã / vừa) chỉ đạo X ...', 'UBND tỉnh vừa có văn bản chỉ đạo X ...'
_SELF_DIRECTS_RE = re.compile(
    r"\s*(?:(?:cũng|đã|vừa|mới|tiếp\s+tục)\s+)*(?:(?:có|ban\s+hành)\s+(?:công\s+văn|văn\s+bản)(?:\s+số\s+\S+)?\s+)?"
    r"chỉ\s+đạo(?!\s*,)\s+", re.I)
# 'UBND TP. Hà Nội đã ban hành Quyết định số ...; giao X ...': the issuer reports its own act
_SELF_ISSUED_RE = re.compile(r"\s*(?:(?:cũng|đã|vừa|mới)\s+)+(?:ban\s+hành|ký(?:\s+ban\s+hành)?)(?![^\W_])", re.I)


def issuer_clause_roles(text: str, roles: list[OfficeRole], issuer: str | None, gaz: Gazetteer) -> list[OfficeRole]:
    """The offices of a sentence whose subject is the document's own issuer.

    Why: a province's letter, or a page printing it, says 'UBND tỉnh chỉ đạo Sở Y tế chủ trì,
    phối hợp với ...': the issuer directs, the body it directs does the work.  This differs
    from 'a) Ủy ban nhân dân cấp tỉnh chỉ đạo Sở X ...' in a ministry's circular, where the
    province is the addressee that must see to it (ANNOTATION: in 'Chỉ đạo X ...' the body
    directed is not listed): only the issuer naming itself hands the duty on.  Likewise 'UBND
    TP. Hà Nội đã ban hành Quyết định ...; giao Sở X chủ trì ...' reports the issuer's own act:
    the issuer is no office of it when the sentence names others."""
    # (no roles at all too: 'Bộ cũng chỉ đạo Tổng cục Đường bộ ...', where the bare 'Bộ' names no office)
    if not issuer:
        return roles
    subj = subject_of(text, gaz)
    if not subj:
        return roles
    s, after = subj
    # (the bare 'Bộ' / 'Sở' is no office the list splitter keeps; it still names the issuer)
    parts = split_office_list(s, gaz) or ([(s, s)] if names_issuer(s, issuer) else [])
    if not parts or not all(names_issuer(w, issuer) for _n, w in parts):
        return roles
    own = {office_key(n) for n, _w in parts}
    m = _SELF_DIRECTS_RE.match(text[after:])
    if m:
        directed = roles_in_sentence("Giao " + text[after + m.end():], gaz)
        if any(r.role == "lead" for r in directed):
            return directed
        return roles
    if _SELF_ISSUED_RE.match(text[after:]):
        others = [r for r in roles if office_key(r.office) not in own]
        if any(r.role == "lead" for r in others):
            return others
    return roles


# the genres that lay down rules and procedures ('Nghị định', 'Thông tư', a 'Quy chế' or 'Quy định'
# issued by a decision): they describe what each body does, in the present
_NORMATIVE_GENRE_RE = re.compile(r"(?:nghị\s+định|thông\s+tư|quy\s+chế|quy\s+định|điều\s+lệ)", re.I)
# 'X đề nghị / yêu cầu <addressees> <verb>': the step of asking (no report: 'đã', 'vừa' before it)
_PROCEDURAL_ASK_RE = re.compile(r"\s*(?:có\s+văn\s+bản\s+)?(?:đề\s+nghị|yêu\s+cầu)\s+(?!(?:của|về|này|đó|trên)(?![^\W_]))", re.I)


def procedural_ask_roles(text: str, roles: list[OfficeRole], issuer: str | None, doc_type: str | None,
                         gaz: Gazetteer) -> list[OfficeRole]:
    """The asking body of a step a regulation lays down.

    Why: in a decree or a regulation, 'Trước ngày 30 tháng 9 hằng năm, Văn phòng Chính phủ đề nghị
    các bộ, cơ quan, địa phương đăng ký các đề án ...' is the Government Office's own duty (to ask,
    by a date), the Government being the issuer; the bodies asked are its addressees, whose own
    duty ('các bộ, cơ quan, địa phương đăng ký ...') the regulation states in a sentence of its own.
    A letter's or a report's 'X đề nghị Y ...' is the issuer (or its head) asking, and Y works:
    only a normative genre, a subject that is a body other than the issuer, and no past or
    reporting word ('đã', 'vừa') hand the duty to the asker."""
    if not doc_type or not _NORMATIVE_GENRE_RE.search(doc_type):
        return roles
    subj = subject_of(text, gaz)
    if not subj:
        return roles
    s, after = subj
    if not _PROCEDURAL_ASK_RE.match(text[after:]):
        return roles
    parts = split_office_list(s, gaz)
    if not parts or (issuer and any(names_issuer(w, issuer) for _n, w in parts)):
        return roles
    # (the head of the issuing body asks for it: 'Thủ tướng Chính phủ yêu cầu ...' in a Government decree)
    if any(re.match(r"(?:Thủ\s+tướng|Bộ\s+trưởng|Chủ\s+tịch|Thống\s+đốc)(?![^\W_])", w, re.I) for _n, w in parts):
        return roles
    return [OfficeRole(office=n, role="lead", text=w, source="inline")
            for n, w in parts]


# ANNOTATION.md: "offices: ... Empty list when no one is named (the issuer itself acts). ... in
# 'Chỉ đạo X ...' the issuer directs X, and X is not listed."  A press item or a later letter
# retells the same directing in the third person: 'UBND tỉnh (cũng / đã / vừa) chỉ đạo Sở Y tế ...',
# 'UBND tỉnh vừa có văn bản chỉ đạo các sở ...', 'Chủ tịch UBND huyện X chỉ đạo Chủ tịch UBND các xã
# ...', 'Thủ tướng chỉ đạo TP HCM ...', 'Bộ trưởng Tô Lâm chỉ đạo Tổng cục Cảnh sát ...': the issuer
# (or its head) directs, so neither it nor the body directed is listed.  Not 'chỉ đạo giao / yêu cầu
# X' (an assignment), not 'chỉ đạo:' / 'chỉ đạo,' (a clause of its own follows).
_HEAD_TITLE_RE = re.compile(
    r"(?:Phó\s+)?(?:Thủ\s+tướng(?:\s+Chính\s+phủ)?|Người\s+đứng\s+đầu(?:\s+Chính\s+phủ)?|Bộ\s+trưởng|Chủ\s+tịch|"
    r"Giám\s+đốc|Cục\s+trưởng|Tổng\s+cục\s+trưởng|Thống\s+đốc|Trưởng\s+ban|Bí\s+thư|Chủ\s+nhiệm)(?![^\W_])")
_ISSUER_DIRECTS_RE = re.compile(
    r"\s*(?:(?:cũng|đã|vừa|mới|sẽ|còn|đang|tiếp\s+tục|trực\s+tiếp)\s+)*"
    rf"(?:(?:có|ban\s+hành|ký\s+ban\s+hành|ký|gửi|ra)\s+{_DOC_KIND}(?:{_DOC_NO})?{_DOC_DATE}\s*,?\s+(?:để\s+)?)?"
    r"chỉ\s+đạo(?!\s*[,:;(])\s+(?!(?:và\s+)?(?:giao|yêu\s+cầu|đề\s+nghị|của|về|như\s+sau|số)(?![^\W_]))", re.I)
# the issuer's head asking with no addressee: 'Người đứng đầu Chính phủ còn yêu cầu thí điểm ...'
_ISSUER_ASKS_RE = re.compile(
    r"\s*(?:(?:cũng|đã|vừa|mới|sẽ|còn|tiếp\s+tục)\s+)*(?:yêu\s+cầu|đề\s+nghị|lưu\s+ý|nhấn\s+mạnh)(?!\s*[,:])\s+", re.I)


# an official by honorific and family name ("Ông Nguyễn Văn A", "Đồng chí Võ Thị ...", "Đ/c Lê ...")
_OFFICIAL_BY_NAME = r"(?:Ông|Bà|ông|bà|Đồng\s+chí|đồng\s+chí|Đ/c)\s+" + _SURNAME
# ('Đồng chí Võ Thị Minh Sinh – Phó Bí thư Tỉnh uỷ, Chủ tịch ... chỉ đạo ...', 'Theo đó, ông Nguyễn Văn A
# yêu cầu ...'): an official by name (a family name first), the posts after a dash
_OFFICIAL_SPEAKER_RE = re.compile(
    r"\s*(?:[-+•]\s*)?(?:[^,;:()]{2,120},\s*)??" + _OFFICIAL_BY_NAME
    + r"(?:\s+(?-i:[A-ZĐ" + _UP + r"])[^\s,]*){1,3}(?:\s*[-–]\s*(?-i:[A-ZĐ])[^.;:!?\n]{2,200}?)?"
    r"(?=\s+(?:(?:cũng|đã|vừa|mới|sẽ|còn|đang|tiếp\s+tục|trực\s+tiếp)\s+)*(?:chỉ\s+đạo|yêu\s+cầu)\s)")


def official_speaker(text: str) -> tuple[str, int] | None:
    """(the official's words, where they end) when ``text`` opens on an official by name who directs
    or asks ('Đ/c Nguyễn Trọng Lộ - Phó Bí thư ..., Chủ tịch HĐND huyện chỉ đạo ...'), else None."""
    m = _OFFICIAL_SPEAKER_RE.match(text)
    return (m.group(0).strip(), m.end()) if m else None


def _bare_subject(subject: str) -> str:
    """The subject without the adverb a press lead puts before its verb ('Thủ tướng còn' -> 'Thủ tướng')."""
    return re.sub(r"\s+(?:còn|cũng|đã|vừa)$", "", subject.strip())


def _speaks_for_issuer(subject: str, issuer: str) -> bool:
    """Is ``subject`` the issuer or its head ('UBND tỉnh', 'Chủ tịch UBND huyện Phạm Văn Thịnh',
    'Thủ tướng', 'Bộ trưởng Tô Lâm', 'Ông X - Chủ tịch ...')?  A head title alone, or with a personal
    name, speaks for the body that issued the text (a press item names its issuer's head so)."""
    s = _bare_subject(subject)
    if names_issuer(s, issuer):
        return True
    head = _HEAD_TITLE_RE.match(s)
    if head:
        rest = s[head.end():].strip()
        # (the title alone, or before the official's name: 'Thủ tướng', 'Bộ trưởng Tô Lâm')
        if not rest or re.fullmatch(r"(?:(?-i:[A-ZĐ" + _UP + r"])[^\s,]*\s*){1,4}", rest) and not re.match(
                r"(?:UBND|HĐND|Sở|Bộ|Ban|Ủy|Uỷ|Cục|Tổng|Công|Phòng)(?![^\W_])", rest):
            return True
    # ('Ông Nguyễn Văn A', 'Đồng chí X – Phó Bí thư Tỉnh uỷ, Chủ tịch ...'): an official by name
    return bool(re.match(_OFFICIAL_BY_NAME + r"(?![^\W_])", s))


def issuer_directs_roles(text: str, roles: list[OfficeRole], issuer: str | None, gaz: Gazetteer) -> list[OfficeRole]:
    """No office for the issuer's own directing ('UBND tỉnh chỉ đạo Sở Y tế ...', 'Thủ tướng chỉ đạo
    tổ chức ...') nor for its head asking with no body named ('Người đứng đầu Chính phủ còn yêu cầu
    thí điểm ...' gives no office, not the head).

    Why: ANNOTATION.md lists neither the issuer (it acts when no one is named) nor the body it
    directs ('in "Chỉ đạo X ..." the issuer directs X, and X is not listed'); the gold follows it
    (ya12, ym4)."""
    if not issuer:
        return roles
    # (points21, extract/askchain.py: 'Thủ tướng chỉ đạo các UBND tỉnh, thành phố chỉ đạo các cơ quan chuyên môn ...'
    # asks the first body, who directs the second; read as 'yêu cầu')
    text = chain_as_ask(text, lambda rest: _opens_on_a_body(rest, gaz))
    m = official_speaker(text)
    if m:
        subject, after = m
    else:
        subj = subject_of(text, gaz)
        if not subj:
            return roles
        subject, after = subj
    if not _speaks_for_issuer(subject, issuer):
        return roles
    if _ISSUER_DIRECTS_RE.match(text[after:]):
        return []
    if _ISSUER_ASKS_RE.match(text[after:]):
        # only when nobody but the speaker is named: 'yêu cầu Sở X ...' names its office
        own = office_key(_bare_subject(subject))
        if all(office_key(r.office) == own or names_issuer(r.office, issuer) for r in roles):
            return []
    return roles
