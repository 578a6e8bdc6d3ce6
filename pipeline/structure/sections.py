"""The section tree: every numbered heading and item, nested the way the document nests them.

Rules (general, not fitted to one file):

* Nesting follows the document, not a fixed global order: a label whose style is already
  open on the stack is a sibling of that open one (everything below it closes); a style not
  open yet is a child of the innermost open section.  So the order in which styles first
  appear decides nesting ('A. > 1. > 1.1.' in one programme, 'I. > 1. > a)' in another), and
  decimals nest by depth ('1.1' under '1', '1.1.1' under '1.1').
* A label must continue its sequence: a sibling is the next value (a gap of up to two is
  allowed: real documents skip numbers), a new list starts at its first value (1, A, I, a,
  N.1 under N).  This removes most false headings: a year ('2023. Tăng cường ...') or an
  amount that a hard wrap put at the start of a line never continues a sequence.
* A label on a line that continues an unfinished sentence is not a heading: in hard-wrapped
  PDF text the previous line is then long and ends without punctuation, or ends on a word
  that cannot end a sentence ('... theo Nghị định số').
* Numbered items are sections too (ANNOTATION.md: a task's section is the innermost
  numbered heading or item holding it).  Agenda items '1.'..'15.' under 'B > I' get the
  path 'B > I > 7'.
* '-', '+', '•' bullets get a Section (style 'bullet') so their spans are known, but they
  add no label to ``path``: paths are numbered labels only.  A bullet closes at the next
  bullet or heading, or when a new paragraph starts.
* Web scrapes glue labels to neighbouring lines: 'III. TỔ CHỨC THỰC HIỆN 1.' (the next
  item's number at the end of a heading) and '2. Về Đại lý ... 2.1. Điều kiện ...' (a
  heading and its first child on one line); both are split.  A heading whose number was
  lost with its font (' . Về văn hóa - xã hội' followed by '2.1.') gets the number its
  first child implies.
* Labels that repair had to guess are checked against the sequence.  A label the repair
  stage rebuilt (the line's raw text does not open with it: a digit that was a '(cid:NN)' or
  a lost glyph) takes the value its place in the list implies when the guessed value does
  not continue the list ('(cid:105). Việc ...' read as '6.' before '2.' is item 1); a label
  whose letter or number was lost outright (') Chỉ đạo ...', '. Bộ Nội vụ') gets the next
  value of the open list, or its first.  A 'd)' right after 'd)' is 'đ)' typed without its
  stroke (text stripped of diacritics).
* Each body segment (the text between header, recipients/signature blocks and appendices)
  starts a fresh tree: an attached programme after a Quyết định's signature does not nest
  under the decision's 'Điều 2'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.model import Document, Section
from pipeline.structure.labels import (
    undotted_item_labels, undotted_rest,
    UPPER, VI_ALPHA, Label, inner_decimal, parse_label, roman_value, trailing_label, value,
)

TERMINAL = tuple(".;:!?")
# Words after which a sentence cannot end: a line ending on one of them continues.
JOINING_WORDS = {
    "số", "ngày", "tháng", "năm", "tại", "theo", "của", "và", "hoặc", "với", "các", "những",
    "điều", "khoản", "điểm", "mục", "về", "cho", "từ", "đến", "trước", "sau", "là", "có",
    "được", "bị", "trong", "ngoài", "trên", "dưới", "giữa", "đối", "để", "như", "tới", "nghị",
    "định", "quyết", "thông", "tư", "chỉ", "thị", "văn", "bản", "luật", "kế", "hoạch", "giai",
    "đoạn", "quý", "tuần", "mà", "thì", "nhưng", "nhằm", "bằng", "vào", "ra", "lần", "thứ",
}
_LOST_LABEL = re.compile(r"^\.\s+([" + UPPER + r"].{2,100})$")
# a label whose letter/number glyph was lost (a space left, then stripped): ') Chỉ đạo ...'
_LOST_MARKER = re.compile(r"^([.)])\s+(\S.*)$")
_NUMBERED_WRAPPABLE = {"arabic", "decimal", "roman", "letter", "paren", "article", "section", "part", "chapter"}


@dataclass
class _Open:
    section: Section
    key: tuple[str, int]
    value: tuple[int, ...] | None


def clean_line(text: str) -> str:
    """The first column of a line (antiword puts two-column blocks on one line with TABs)."""
    t = text.replace("\u00a0", " ")
    if "\t" in t:
        # (a paragraph indented with a TAB, as Word text comes out: '\t1. Bố trí ...', has its
        # text in the first column that is not empty)
        t = t.lstrip(" \t").split("\t")[0]
    return strip_markdown(t).strip()


def strip_markdown(text: str) -> str:
    """A line of a text converted to markdown without its heading marks and emphasis:
    '### 4. Giao Ban Pháp chế' -> '4. Giao Ban Pháp chế', '**1. Chủ trì:** Đồng chí ...' ->
    '1. Chủ trì: Đồng chí ...'. Other lines come back unchanged."""
    if not text.lstrip().startswith(("#", "*")):
        return text
    return _MD_EMPHASIS.sub(r"\1", _MD_HEADING.sub("", text.lstrip()))


_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"(?<![*\w])\*{1,3}(?=\S)(.+?)(?<=\S)\*{1,3}(?![*\w])")


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or None for one-paragraph-per-line text.

    A wrapped text has most of its long lines within a few characters of one width and many
    lines ending mid-sentence; a scraped or Word text has lines of every length."""
    lens = [len(t) for t in lines if len(t) > 20]
    if len(lens) < 10:
        return None
    lens.sort()
    top = lens[int(len(lens) * 0.9)]
    near = sum(1 for n in lens if top * 0.8 <= n <= top * 1.1)
    open_ends = sum(1 for t in lines if len(t) > 20 and not t.rstrip().endswith(TERMINAL))
    if near / len(lens) >= 0.5 and open_ends / len(lens) >= 0.4 and top <= 140:
        return top
    return None


def _ends_joined(prev: str) -> bool:
    words = prev.rstrip().split()
    if not words:
        return False
    last = words[-1]
    if last.endswith((",", "-", "(", "–")):
        return True
    return last.casefold().strip("“”\"'") in JOINING_WORDS


def _title_ok(lab: Label) -> bool:
    """Text after a numbered label starts like a heading or item (not a lowercase word)."""
    if lab.style in ("alpha", "alpha_decimal", "bullet"):
        return True
    r = lab.rest
    return not r or not r[0].islower()


def _upper_title(rest: str) -> bool:
    """An upper-case title of two words or more ('NHIỆM VỤ', 'KINH PHÍ THỰC HIỆN')."""
    letters = [c for c in rest if c.isalpha()]
    return len(rest.split()) >= 2 and len(letters) >= 6 and sum(c.isupper() for c in letters) / len(letters) > 0.9


# a line that only marks left-out text: '[…]', '[...]', '(…)', '…'
PART_OF_DAY_RE = re.compile(r"^[*•\-–+]?\s*(?:SÁNG|CHIỀU|TỐI|Sáng|Chiều|Tối)\s*:\s*(?=\d{1,2}\.\s)")
ELISION_RE = re.compile(r"^[\[(]?\s*(?:…|\.{3,})\s*[\])]?$")


def _first_value(style: str, v: tuple[int, ...] | None) -> bool:
    return v is not None and v[-1] == 1


def _next_value(prev: tuple[int, ...] | None, new: tuple[int, ...] | None, gap: int = 3) -> bool:
    if prev is None or new is None or len(prev) != len(new) or prev[:-1] != new[:-1]:
        return False
    return prev[-1] < new[-1] <= prev[-1] + gap


class _Builder:
    def __init__(self, doc: Document, segment: tuple[int, int], wrap: int | None, sections: list[Section]):
        self.doc = doc
        self.first, self.last = segment
        self.wrap = wrap
        self.sections = sections
        self.stack: list[_Open] = []
        self.last_body_line = self.first
        self.opened = 0  # sections opened in this segment
        # the last value of each style closed so far: numbering that continues across
        # headings ('I. 1..6', 'II. 7..10') is a list too
        self.last_closed: dict[tuple[str, int], tuple[int, ...] | None] = {}
        self.elided = False  # an elision line ('[…]') of an excerpt came since the last heading
        self.elided_carry = False  # a chapter was placed across an elision: its articles may jump too

    # ------------------------------------------------------------------ stack operations
    @property
    def gap(self) -> int:
        """How far a sibling's number may jump: real documents skip up to two; after an
        elision mark any number of items may be missing."""
        return 10 ** 6 if self.elided else 3

    def above(self, key: tuple[str, int]) -> set[tuple[str, int]]:
        """The keys of the levels open above ``key``'s list (all open levels when that list
        is not open): the next label of the list lies before any of them.  A level open
        below it (the bullets of its last item) ends nothing: the list goes on after them."""
        i = self._find(key)
        return {o.key for o in (self.stack if i is None else self.stack[:i])} - {key}

    def _find(self, key: tuple[str, int]) -> int | None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].key == key:
                return i
        return None

    def _close_from(self, i: int, end: int) -> None:
        for o in self.stack[i:]:
            o.section.line_end = max(o.section.line_start, end)
            self.last_closed[o.key] = o.value
        del self.stack[i:]

    def _push(self, lab: Label, style: str, line: int, title: str, v: tuple[int, ...] | None) -> Section:
        parent = self.stack[-1].section if self.stack else None
        numbered = [o.section.label for o in self.stack if o.section.style != "bullet"]
        path_labels = numbered + ([lab.label] if style != "bullet" else [])
        sec = Section(
            id=len(self.sections) + 1,
            label=lab.label,
            title=title,
            level=len(self.stack) + 1,
            parent=parent.id if parent else None,
            line_start=line,
            line_end=line,
            style=style,
            path=" > ".join(path_labels),
        )
        self.sections.append(sec)
        self.opened += 1
        key = ("num", lab.label.count(".") + 1) if style in ("arabic", "decimal") else (
            ("bullet", ord(lab.label[0])) if style == "bullet" else (style, 0))
        self.stack.append(_Open(sec, key, v))
        return sec

    # ------------------------------------------------------------------ decisions
    def place(self, lab: Label, line: int, title: str, lost: tuple[int, str] | None = None) -> Section | None:
        """Open ``lab`` at ``line`` if it continues a sequence; None when it does not fit."""
        lab = self._restore_stroke(lab)
        candidates = [lab.style] + ([lab.alt_style] if lab.alt_style else [])
        best = None
        for style in candidates:
            lab2 = Label(style, lab.label, lab.rest, lab.start)
            v = value(style, lab.label)
            if v is None:
                continue
            key = lab2.key
            i = self._find(key)
            if style == "decimal":
                plan = self._plan_decimal(lab2, v)
            elif i is not None and (style == "bullet" or _next_value(self.stack[i].value, v, self.gap)):
                plan = ("sibling", i)
            elif i is not None and _first_value(style, v) and style not in ("letter", "roman", "part", "chapter", "article"):
                # a list restarting at 1 inside an open list of its style: a new list under
                # a heading whose own label was lost; keep it as a sibling of the open one.
                plan = ("sibling", i)
            elif i is None and (style == "bullet" or _first_value(style, v)):
                plan = ("child", None)
            elif i is None and style != "bullet" and _next_value(self.last_closed.get(key), v, gap=10 ** 6 if self.elided_carry else 1):
                # 'Điều 5' under 'Chương II' after 'Điều 4' under 'Chương I' (and 'Điều 69' under
                # 'Chương VI' after 'Điều 5' when an excerpt's '[…]' left the chapters between out)
                plan = ("child", None)
            elif i is None and style == "article" and self.elided_carry and self.stack \
                    and self.stack[-1].section.style in ("part", "chapter", "section"):
                # '[…]' 'Chương IV' 'Điều 18. ...': an excerpt that starts at a chapter placed after
                # the elision; its first article is the chapter's, whatever its number
                plan = ("child", None)
            elif not self.stack and self.opened == 0 and style != "alpha_decimal":
                # a text whose first pages are missing starts mid-list ('B.', '3.')
                plan = ("child", None)
            elif i is not None and self.elided and style != "bullet" and (self.stack[i].value or (0,))[-1] < v[-1]:
                # '1.' ... '[…]' ... '6.': an excerpt left items out; numbering goes on after the gap
                plan = ("sibling", i)
            elif i is None and self.elided and self.stack and style in ("arabic", "alpha"):
                # 'Điều 1. ... sau:' '[…]' '6. Tổ chức thực hiện': the excerpt left items 1-5 out;
                # the first item after the gap opens the list under the open heading
                plan = ("child", None)
            elif style == "roman" and _upper_title(lab.rest) and (
                    i is None or (self.stack[i].value or (0,))[-1] < v[-1]):
                # 'V. NHIỆM VỤ' after 'Điều 1.' when parts I-IV were left out of an excerpt
                # (or after 'I.' when II-IV were): a Roman numeral before an upper-case title
                # is a part heading whatever came before it; a wrapped number never looks so
                plan = ("sibling", i) if i is not None else ("child", None)
            else:
                plan = None
            if plan is not None:
                # prefer the reading whose style is already open (a 'C.' after 'B.' is a letter)
                rank = 0 if plan[0] == "sibling" else 1
                if best is None or rank < best[0]:
                    best = (rank, style, plan, v)
        if best is None:
            return None
        _, style, plan, v = best
        lab = Label(style, lab.label, lab.rest, lab.start)
        kind, i = plan
        if kind == "sibling":
            self._close_from(i, line - 1)
        elif kind == "parent_of":  # decimal whose parent 'N' is open at i
            self._close_from(i + 1, line - 1)
        elif kind == "missing_parent":  # '2.1' after '1.5': heading '2' lost its number
            j = i
            self._close_from(j, (lost[0] if lost else line) - 1)
            parent_label = lab.label.rpartition(".")[0]
            pl = Label("arabic" if "." not in parent_label else "decimal", parent_label, "")
            self._push(pl, pl.style, lost[0] if lost else line, lost[1] if lost else "", value(pl.style, parent_label))
        if style != "bullet":
            # (a chapter or part placed across an elision: the articles under it go on from the
            # last one seen before the gap, with any number left out)
            self.elided_carry = self.elided and style in ("part", "chapter", "section") or \
                self.elided_carry and style in ("part", "chapter", "section")
            self.elided = False
        return self._push(lab, style, line, title, v)

    def _restore_stroke(self, lab: Label) -> Label:
        """'d)' right after an open 'd)' is 'đ)' whose stroke was lost (text typed or stripped
        without diacritics): no list repeats a letter, and 'đ' follows 'd' in Vietnamese order."""
        if lab.style not in ("alpha", "letter") or lab.label not in ("d", "D"):
            return lab
        i = self._find(lab.key)
        if i is None or self.stack[i].value != value(lab.style, "d"):
            return lab
        return Label(lab.style, "đ" if lab.label == "d" else "Đ", lab.rest, lab.start, lab.alt_style)

    def expected(self, style: str, rest: str, label: str = "", first: bool = True) -> list[Label]:
        """The labels of ``style`` that would continue the lists open here, best first: the
        next value of the open list of that style, then the next after a closed one, then
        the first value (unless ``first`` is False).  For a decimal ``label``, its siblings' next or its parent's first."""
        out: list[str] = []
        if style == "decimal":
            depth = label.count(".") + 1
            i_same, i_parent = self._find(("num", depth)), self._find(("num", depth - 1))
            if i_same is not None and (i_parent is None or i_same > i_parent):
                sec = self.stack[i_same].section.label
                head, _, last = sec.rpartition(".")
                if last.isdigit():
                    out.append(f"{head}.{int(last) + 1}")
            if i_parent is not None:
                out.append(self.stack[i_parent].section.label + ".1")
            return [Label("decimal", x, rest) for x in dict.fromkeys(out)]
        key = ("num", 1) if style == "arabic" else (style, 0)
        i = self._find(key)
        prev = [self.stack[i].value] if i is not None else []
        if i is None and self.last_closed.get(key):
            prev.append(self.last_closed[key])
        for v in prev + ([(0,)] if first else []):
            if v is None or len(v) != 1:
                continue
            n = v[0] + 1
            if style in ("arabic", "paren"):
                out.append(str(n))
            elif style in ("alpha", "letter") and n <= len(VI_ALPHA):
                out.append(VI_ALPHA[n - 1] if style == "alpha" else VI_ALPHA[n - 1].upper())
            elif style == "roman":
                out.append(next(r for r in ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
                                            "XI", "XII", "XIII", "XIV", "XV") if roman_value(r) == n)
                           if n <= 15 else "")
        return [Label(style, x, rest) for x in dict.fromkeys(out) if x]

    def place_guessed(self, lab: Label, line: int, title: str, lost: tuple[int, str] | None = None,
                      after: Label | None = None) -> Section | None:
        """Place a label that the repair stage rebuilt: the list's own next value wins over
        the repair's guess of a lost digit or letter; the guess is kept when nothing else fits.
        ``after`` is the next label of the same style that the repair did not touch: the
        value just before it is the likeliest ('(cid:105).' followed by '2.' is '1.')."""
        cands = self.expected(lab.style, lab.rest, lab.label)
        if lab.alt_style:
            cands += self.expected(lab.alt_style, lab.rest, lab.label)
        if after is not None:
            w = value(after.style, after.label)
            if w is not None:
                cands.sort(key=lambda c: value(c.style, c.label) != w[:-1] + (w[-1] - 1,))
                # the guess is the value just before the next sure sibling: the two agree,
                # whatever the open list expected ('1.' under a second 'II.' the source
                # printed twice, followed by '2.': a list that starts again)
                if value(lab.style, lab.label) == w[:-1] + (w[-1] - 1,):
                    sec = self.place(lab, line, title, lost)
                    if sec is not None:
                        return sec
        if cands and cands[0].label == lab.label:
            return self.place(lab, line, title, lost)
        for c in cands:
            sec = self.place(c, line, title, lost)
            if sec is not None:
                return sec
        return self.place(lab, line, title, lost)

    def _plan_decimal(self, lab: Label, v: tuple[int, ...]):
        depth = lab.label.count(".") + 1
        prefix = lab.label.rpartition(".")[0]
        i_same = self._find(("num", depth))
        i_parent = self._find(("num", depth - 1))
        if i_parent is not None and (i_same is None or i_same > i_parent):
            plabel = self.stack[i_parent].section.label
            if plabel == prefix:
                if i_same is not None and _next_value(self.stack[i_same].value, v, self.gap):
                    return ("sibling", i_same)
                if i_same is None and v[-1] <= 2:
                    return ("parent_of", i_parent)
                if i_same is not None and v[-1] == 1:
                    return ("sibling", i_same)
                return None
            # '2.1' while '1' is open: '2' was lost (or never printed)
            pv = value("decimal" if "." in prefix else "arabic", prefix)
            if v[-1] == 1 and _next_value(self.stack[i_parent].value, pv):
                return ("missing_parent", i_parent)
            return None
        if i_same is not None:
            if _next_value(self.stack[i_same].value, v, self.gap):
                return ("sibling", i_same)
            return None
        # no parent level open: decimals used on their own ('1.1' right under 'I.'), or a
        # text that starts mid-list
        return ("child", None) if v[-1] == 1 or (not self.stack and self.opened == 0) else None


def label_guessed(raw: str | None, text: str, lab: Label, transcoded: bool = False) -> bool:
    """The repair stage rebuilt the label: the line as ingested does not open with it (a
    '(cid:NN)' or a lost glyph where the digit or letter was).  A line the repair only
    transcoded (``transcoded``: TCVN3 '®)' read as 'đ)', NFD, 'ƣ') kept its label: the raw
    bytes spell it in another code, nothing was guessed."""
    if raw is None or lab.start or transcoded:
        return False
    r = clean_line(raw)
    return r != text and not r.startswith(lab.label) and not r.startswith("(" + lab.label)


_TRANSCODING = frozenset({"encoding", "codepoint"})
# (one document's line -> repair kinds, kept with the list it was built from: the list held
# here cannot be another document's)
_KINDS_CACHE: list = [None, -1, {}]


def transcoded_only(doc: Document, n: int) -> bool:
    """Line ``n`` was changed by the repair, and only by a change of code (a legacy encoding,
    code points), never by a guess (glyph, cid, OCR, diacritics)."""
    if _KINDS_CACHE[0] is not doc.repairs or _KINDS_CACHE[1] != len(doc.repairs):
        kinds: dict[int, set[str]] = {}
        for r in doc.repairs:
            kinds.setdefault(r.line, set()).add(r.kind)
        _KINDS_CACHE[:] = [doc.repairs, len(doc.repairs), kinds]
    k = _KINDS_CACHE[2].get(n)
    return bool(k) and k <= _TRANSCODING


def _next_sure_label(doc: Document, after: int, last: int, lab: Label, stop: set[tuple[str, int]],
                     reach: int = 80) -> Label | None:
    """The next label of ``lab``'s kind after line ``after`` that the repair did not rebuild,
    in the same list: the search stops at a heading of a level open above it (``stop``)."""
    for n in range(after + 1, min(last, after + reach) + 1):
        ln = doc.line(n)
        if ln.block == "running":
            continue
        text = clean_line(ln.text)
        nxt = parse_label(text) if text else None
        if nxt is not None and nxt.key in stop:
            return None
        if nxt is None or nxt.key != lab.key or label_guessed(ln.raw, text, nxt, transcoded_only(doc, n)):
            continue
        if lab.style == "decimal" and nxt.label.rpartition(".")[0] != lab.label.rpartition(".")[0]:
            continue
        return nxt
    return None


# (points18) a lead-in whose colon the copy dropped ('Giao chỉ tiêu ... giai đoạn 2022-2025 trên địa bàn
# tỉnh, cụ thể như sau' + '1. Chuyển đổi số cấp huyện'): 'như sau', 'sau đây', 'cụ thể', '(các) nội dung
# sau' end a sentence by meaning, so the first label of a list after it is no wrapped citation
_COLONLESS_LEAD_IN_RE = re.compile(
    r"(?<![^\W_])(?:như\s+sau|sau\s+đây|cụ\s+thể|(?:nhiệm\s+vụ|nội\s+dung|giải\s+pháp|biện\s+pháp|việc|vấn\s+đề|"
    r"yêu\s+cầu|chỉ\s+tiêu)(?:\s+(?:chủ\s+yếu|trọng\s+tâm|cụ\s+thể))?\s+sau)\s*$", re.I)


def colonless_lead_in(prev: str) -> bool:
    """Does the line end a lead-in whose colon was dropped ('..., cụ thể như sau', '... các nội dung sau')?"""
    return bool(_COLONLESS_LEAD_IN_RE.search(prev.rstrip()))


def opens_a_list(lab: Label) -> bool:
    """Is the label the first of a list ('1.', 'a)', 'I.'), its title capitalised ('1. Chuyển đổi số ...')?"""
    return lab.style in ("arabic", "alpha", "roman") and lab.label.rstrip(".)").lower() in ("1", "a", "i") \
        and lab.rest[:1].isupper()


def _is_continuation(prev: str | None, prev_in_heading: bool, wrap: int | None) -> bool:
    if prev is None or prev_in_heading:
        return False
    letters = [c for c in prev if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return False  # a title in capitals ('QUYẾT ĐỊNH', where 'định' could join) ends its line
    if prev.rstrip().endswith(TERMINAL) or prev.rstrip().endswith((")", "”", '"')) and len(prev) < 40:
        return False
    if _ends_joined(prev):
        return True
    return wrap is not None and len(prev.rstrip()) >= 0.8 * wrap


def build_sections(doc: Document, segments: list[tuple[int, int]]) -> list[Section]:
    """Sections of every body segment (inclusive 1-based line ranges) of ``doc``."""
    body_texts = [clean_line(ln.text) for ln in doc.lines if ln.block != "running"]
    wrap = wrap_width(body_texts)
    sections: list[Section] = []
    pages = page_number_lines(doc)
    for seg in segments:
        _build_segment(doc, seg, wrap, sections, pages)
    return _glued_items(doc, sections)


# '4. Các lực lượng ... khi có yêu cầu. 5. Ban Chỉ huy ...': a sentence end, then the next number
GLUED_ITEM_RE = re.compile(r"[.;!?]\s+(?P<n>\d{1,2})\.\s+(?=[A-ZĐÀ-Ỹ])")


def _glued_items(doc: Document, sections: list[Section]) -> list[Section]:
    """An item whose number a web page printed on the line of the item before it ('... khi có yêu
    cầu. 5. Ban Chỉ huy ...'): a section of its own that starts inside that line (``col``), the
    next number of the same list; the item before it ends on that line."""
    out = list(sections)
    for sec in sections:
        if sec.style != "arabic" or not sec.label.isdigit():
            continue
        nxt = str(int(sec.label) + 1)
        if any(x.parent == sec.parent and x.label == nxt and x.style == sec.style for x in sections):
            continue
        for n in range(sec.line_start, sec.line_end + 1):
            m = GLUED_ITEM_RE.search(doc.line(n).text)
            if m and m.group("n") == nxt and (n > sec.line_start or m.start() > 0):
                new = Section(id=max(x.id for x in out) + 1, label=nxt, title="", level=sec.level, parent=sec.parent,
                              line_start=n, line_end=sec.line_end, style=sec.style,
                              path=" > ".join([*sec.path.split(" > ")[:-1], nxt]), col=m.start("n"))
                sec.line_end = n
                out.insert(out.index(sec) + 1, new)
                break
    return out


def page_number_lines(doc: Document) -> set[int]:
    """Lines holding nothing but a number that the text layer printed at a page break.

    Why: a number alone on its line may be an item label whose dot a scrape dropped ('3' then
    '- Uỷ ban nhân dân các huyện ...'), or a page number (pdftotext keeps them: '4' between two
    bullets of item 3.1 is page 4, not item 4).  A document that prints page numbers shows it
    where a page breaks a sentence: the line before the number does not end one and the line
    after goes on in lower case.  Once one such number is seen, every lone number whose value
    fits the page order (larger below it, smaller above) is a page number too."""
    lone: list[tuple[int, int]] = []
    texts = [clean_line(ln.text) if ln.block != "running" else "" for ln in doc.lines]
    for i, t in enumerate(texts):
        if re.fullmatch(r"\d{1,3}", t):
            lone.append((i, int(t)))
    mids = []
    for i, v in lone:
        prev = next((texts[j] for j in range(i - 1, -1, -1) if texts[j]), "")
        nxt = next((texts[j] for j in range(i + 1, len(texts)) if texts[j]), "")
        if prev and not prev.rstrip().endswith(TERMINAL) and nxt[:1].islower():
            mids.append((i, v))
    if not mids:
        return set()
    return {doc.lines[i].number for i, v in lone if all(i == m or (v - w) * (i - m) > 0 for m, w in mids)}


def _next_text_line(doc: Document, after: int, last: int) -> int | None:
    for n in range(after + 1, last + 1):
        ln = doc.line(n)
        if ln.block != "running" and clean_line(ln.text):
            return n
    return None


def _build_segment(doc: Document, seg: tuple[int, int], wrap: int | None, sections: list[Section],
                   pages: set[int] | frozenset = frozenset()) -> None:
    first, last = seg
    b = _Builder(doc, seg, wrap, sections)
    prev: str | None = None
    in_heading = False  # the current paragraph is a heading's title
    lost: tuple[int, str] | None = None
    last_text_line = first
    pending_title: Section | None = None
    blank_before = False  # a blank line since the last line of text
    # items numbered without their dot ('1 Đôn đốc ...' in an OCR'd letter), when they run in
    # order after a lead-in's colon (labels.undotted_item_labels)
    nums = [n for n in range(first, last + 1) if doc.line(n).block != "running"]
    above = next((clean_line(doc.line(k).text) for k in range(first - 1, max(0, first - 4), -1)
                  if doc.line(k) is not None and doc.line(k).text.strip()), "")
    undotted = {nums[k]: v for k, v in undotted_item_labels([clean_line(doc.line(n).text) for n in nums], above).items()}
    for n in range(first, last + 1):
        ln = doc.line(n)
        if ln.block == "running":
            continue
        text = clean_line(ln.text)
        if not ln.text.strip():
            blank_before = True
        if not text or text.startswith("|"):
            continue
        parted, blank_before = blank_before, False
        if ELISION_RE.match(text):
            # '[…]': an excerpt left text out here, so the next label may skip any number of
            # values ('1.2.' ... '[…]' ... '1.6.')
            b.elided = True
            continue
        last_text_line = n
        if pending_title is not None:
            pending_title.title = text[:200]
            pending_title = None
        # ('* SÁNG: 1. Chủ tịch, các Phó Chủ tịch UBND xã: ...' in a posted schedule: the part of
        # the day, then the entry's number, which the next '2. Chủ tịch UBND xã ...:' continues)
        text = PART_OF_DAY_RE.sub("", text, count=1)
        lab = parse_label(text)
        if lab is None and n in undotted:
            lab = Label("arabic", undotted[n], undotted_rest(text))
        if lab is None and re.fullmatch(r"\d{1,2}", text) and prev is not None and prev.rstrip().endswith(TERMINAL) \
                and n not in pages:
            # an item number alone on its line, its text on the next ('3' then '- Uỷ ban nhân
            # dân các huyện, thành phố:'): scrapes drop the dot.  Taken only when the next line
            # opens like an item and the number continues its list (place() checks the sequence).
            nxt = _next_text_line(doc, n, last)
            after = clean_line(doc.line(nxt).text) if nxt else ""
            if after[:1] in "-–+•" or after[:1].isupper():
                lab = Label("arabic", text, "")
        sec = None
        # 'Điều 24. Quy định chuyển tiếp' is a heading even after a wrapped line: a citation
        # ('... tại Điều 24.') does not go on with a capitalised title
        strong = lab is not None and lab.style in ("article", "chapter", "part") and lab.rest[:1].isupper()
        # the next number of the open list, capitalised, after a blank line, is that item even
        # when the line before lost its stop ('... tại trụ sở cơ quan thuế' <blank> '8. Khẩn
        # trương ...' in an OCR'd letter): a wrapped number does not follow a blank line
        # (so is the next decimal of the open list: '- Kết quả: Hồ sơ nhân sự, ... các Hội nghị'
        # <blank> '2.2. Tổ chức Hội nghị tiếp xúc cử tri ...', a Word export's paragraphs)
        strong = strong or (lab is not None and parted and lab.style in ("arabic", "decimal") and lab.rest[:1].isupper()
                            and [x.label for x in b.expected(lab.style, lab.rest, label=lab.label, first=False)][:1] == [lab.label])
        strong = strong or (lab is not None and prev is not None and colonless_lead_in(prev) and opens_a_list(lab))
        if lab and _title_ok(lab) and not (lab.style in _NUMBERED_WRAPPABLE | {"bullet", "alpha"} and not strong
                                           and _is_continuation(prev, in_heading, wrap)):
            title = lab.rest
            inner = inner_decimal(text, lab.label) if lab.style in ("arabic", "decimal") else None
            if inner:
                head = parse_label(text[: inner.start])
                title = head.rest if head else ""
            tl = trailing_label(text) if not inner else None
            if tl and len(title) > len(tl.label) + 1 and title.endswith(tl.label + "."):
                title = title[: -len(tl.label) - 1].strip()
            else:
                tl = None
            if label_guessed(ln.raw, text, lab, transcoded_only(doc, n)):
                sec = b.place_guessed(lab, n, title, lost, _next_sure_label(doc, n, last, lab, b.above(lab.key)))
            else:
                sec = b.place(lab, n, title, lost)
            if sec is not None:
                lost = None
                b.elided = False
                if not title:
                    pending_title = sec
                if inner:
                    b.place(inner, n, inner.rest)
                elif tl:
                    nxt = _next_text_line(doc, n, last)
                    if nxt is not None and _fits_as_child(b, tl):
                        child = b.place(tl, nxt, "")
                        if child is not None:
                            pending_title = child
        if sec is None and lab is None and not _is_continuation(prev, in_heading, wrap):
            m = _LOST_MARKER.match(text)
            if m and (m.group(1) == ")" or m.group(2)[:1].isupper()):
                # the label's glyph was lost: ') Chỉ đạo ...' is the next item of the open list,
                # or the value before the next label the repair did not touch ('. Về ...'
                # before '2. Về ...' is 1).  ('. Về ...' with neither is left to the
                # lost-heading rule below, which takes the number its first child '2.1.' implies)
                style = "alpha" if m.group(1) == ")" else "arabic"
                probe = Label(style, "a" if style == "alpha" else "1", m.group(2))
                after = _next_sure_label(doc, n, last, probe, b.above(probe.key))
                w = value(style, after.label) if after is not None else None
                before_after = w[:-1] + (w[-1] - 1,) if w else None
                cands = b.expected(style, m.group(2))
                sure = {c.label for c in b.expected(style, m.group(2), first=style == "alpha")}
                cands.sort(key=lambda c: value(style, c.label) != before_after)
                for c in cands:
                    if c.label not in sure and value(style, c.label) != before_after:
                        continue
                    sec = b.place(c, n, c.rest)
                    if sec is not None:
                        lost = None
                        break
        if sec is None:
            m = _LOST_LABEL.match(text)
            if m and not text.rstrip().endswith(TERMINAL):
                lost = (n, m.group(1).strip())
            elif lab is None and prev is not None and prev.rstrip().endswith(TERMINAL) and text[0].isupper():
                # a new paragraph closes open bullets
                while b.stack and b.stack[-1].section.style == "bullet":
                    b._close_from(len(b.stack) - 1, n - 1)
        # a heading's title may wrap over several lines: until a line ends a sentence, a
        # label on the next line is not taken for a continuation of the text
        in_heading = (sec is not None and sec.style != "bullet") or (
            in_heading and sec is None and lab is None and prev is not None and not prev.rstrip().endswith("."))
        prev = text
    b._close_from(0, last_text_line)


def _fits_as_child(b: _Builder, tl: Label) -> bool:
    """A trailing label is taken only when it opens the first child of the heading it ends
    ('1.' after 'III. ...', '1.1.' after '1. ...'); a sentence ending in 'Điều 1.' is not."""
    v = value(tl.style, tl.label)
    if v is None or v[-1] != 1 or not b.stack:
        return False
    top = b.stack[-1]
    if tl.style == "decimal":
        return tl.label.rpartition(".")[0] == top.section.label
    return b._find(tl.key) is None


def section_path_at(doc: Document, line_number: int, col: int | None = None) -> str:
    """The path of the innermost section holding ``line_number`` ('' outside every section);
    with ``col``, the one holding that place of the line (an item may start inside a line)."""
    sec = section_at(doc, line_number)
    if col is not None and sec is not None:
        inside = [x for x in doc.sections if x.line_start == line_number and 0 < x.col <= col and x.level >= sec.level]
        if inside:
            sec = max(inside, key=lambda x: x.col)
    return sec.path if sec else ""


# line -> innermost section, built once per section list and kept on the Document object
# (not a dataclass field, so it is never serialised): extract asks for every line of
# documents with thousands of sections, a scan per call would be quadratic.  It is rebuilt
# when ``doc.sections`` is replaced or changes length.
def _innermost_index(doc: Document) -> list[Section | None]:
    hit = doc.__dict__.get("_section_index")
    if hit is not None and hit[0] is doc.sections and hit[1] == len(doc.sections):
        return hit[2]
    size = max([len(doc.lines)] + [s.line_end for s in doc.sections]) + 1
    index: list[Section | None] = [None] * (size + 1)
    # parents before children (by level, then start): a deeper or later section overwrites
    # (an item that starts inside a line, col > 0, does not hold that line's start)
    for s in sorted(doc.sections, key=lambda x: (x.level, x.line_start, -x.col)):
        for n in range(s.line_start, s.line_end + 1):
            index[n] = s
    doc.__dict__["_section_index"] = (doc.sections, len(doc.sections), index)
    return index


def section_at(doc: Document, line_number: int) -> Section | None:
    """The innermost section holding ``line_number``."""
    if not doc.sections:
        return None
    index = _innermost_index(doc)
    if 0 < line_number < len(index):
        return index[line_number]
    return None
