"""Body text -> blocks (labelled items, paragraphs, bullets) -> sentences, with provenance.

Why this is not a generic sentence splitter: directives wrap lines hard (PDF text layers,
every ~80 characters), scrapes merge lines ('... tiến bộ 1.1.' ends a heading line with the
next item's label) and a sentence may end without a period when it is a list item on a line
of its own.  So: lines are grouped into blocks (a block starts at a label, a bullet, a blank
line or after a line ending in ':'), a block's lines are joined with single spaces, and the
block is split at sentence ends ('. ', '… ' + capital) except after abbreviations ('TP.',
'Đ/c.') or inside numbers ('5.000', '19-CT/TU').  ';' stays inside a sentence, as in the gold.

Each block knows its label, its section path and the lines it came from, so every sentence
keeps page and line provenance.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.citedwrap import cited_number_line
from pipeline.extract.schedule import TIME_ENTRY_RE, day_line
from pipeline.model import Document
from pipeline.structure.sections import ELISION_RE, strip_markdown
from pipeline.structure.labels import undotted_item_labels, undotted_rest

# ------------------------------------------------------------------ labels

LABEL_RES: list[tuple[str, re.Pattern]] = [
    # ('... tại Điều 40, 41 Mục 7' + 'Chương VI Nghị định số 77/2016/NĐ-CP ...' wrapped onto a new
    # line is a citation, as for 'Điều' below)
    ("part", re.compile(r"^(?P<label>(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+(?:[IVXLC]+|\d+))"
                        r"(?!\s+(?:của\s+|tại\s+)?(?:Luật|Bộ\s+luật|Nghị\s+định|Nghị\s+quyết|Thông\s+tư|Quyết\s+định|Pháp\s+lệnh)(?![^\W_]))"
                        r"\s*[.:]?\s+(?=\S)|^(?P<label2>(?:Phần|PHẦN|Chương|CHƯƠNG)\s+(?:[IVXLC]+|\d+))\s*[.:]?\s*$")),
    # ('khoản 1' + 'Điều 109 Luật Quản lý thuế ...' wrapped onto a new line is a citation, not an
    # article: no dot and a cited text's name after the number)
    # ('Điều 3 Quyết định này có hiệu lực ...' in a scrape without the dot is still the article)
    ("article", re.compile(r"^(?P<label>Điều\s+\d+)(?!\s+(?:(?:Luật|Bộ\s+luật|Nghị\s+định|Nghị\s+quyết|Thông\s+tư|Quyết\s+định|"
                           r"Hiến\s+pháp|Pháp\s+lệnh|Quy\s+chế|Quy\s+định)(?!\s+này)|của)(?![^\W_]))\s*[.:]?(?:\s*[-–](?=\s))?(?:\s+|$)")),
    ("letter", re.compile(r"^(?P<label>[A-H])\s*[.)]\s+(?=\S)")),
    # (an OCR'd 'II.' read as 'Il.' or 'lI.': capital I and small l only, both present)
    ("roman", re.compile(r"^(?P<label>[IVX]{1,5}|(?=[Il]*I)(?=[Il]*l)[Il]{2,4})\s*[.)]\s*(?=\S|$)")),
    ("decimal", re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){1,3})\s*[.)]?(?:\s+|$)(?!\d)")),
    # '1.', '1)', and the older typing habits '1/ ', '1- ', '1 - ' (structure.labels reads them too)
    ("arabic", re.compile(r"^(?P<label>\d{1,2})(?:\s*[.)]|/|\s*-(?=\s))\s*(?=[^\d\s/]|$)")),
    ("alpha", re.compile(r"^(?P<label>[a-zđ](?:\.\d{1,2})?)\s*\)\s*")),
    # '(1) Chủ động ...', '(2) Khẩn trương ...': items numbered in brackets (a Công điện's or a
    # ministry's list of duties; structure.labels reads them as 'paren' items, the sections '(1)')
    ("paren", re.compile(r"^(?P<label>\(\d{1,2}\))\s*(?=[^\W\d_])")),
    # (points23: '“- Giao ...:' -- a quote opened on the list's first marker, as structure.labels reads it)
    ("bullet", re.compile(r"^(?:[“\"«]\s*(?=[-–+•]\s))?(?P<label>[-–+*•])\s*(?=\S)")),
]
STYLE_RANK = {"part": 0, "article": 1, "letter": 2, "roman": 3, "arabic": 4, "decimal": 5, "paren": 5.5, "alpha": 6, "bullet": 7}

# line kinds structure (and, for PDF column blocks, ingest) marks as not body text; a line so
# marked never joins a task.  Column blocks matter for scans: their 'Kính gửi:' sits in the
# right header column and must not open a recipients list that swallows the body.
NON_BODY = {"header", "recipients", "signature", "tail", "header_left", "header_right", "tail_left", "tail_right"}
NON_BODY_MARK = "\x00"
RUNNING_RE = re.compile(
    r"^\s*(?:CÔNG BÁO/Số.*|\d{1,4}|Ký bởi:.*|Cơ quan:.*|Ngày ký:.*|Trang \d+.*|-\s*\d+\s*-|"
    # page markers a converter writes between pages ('--- PAGE BREAK ---', '===== Trang 2 =====')
    r"[-=_*]{3,}\s*(?:PAGE\s+BREAK|Page\s+\d+|Trang\s+\d+)\s*[-=_*]{3,})\s*$"
)
HEADER_RE = re.compile(
    r"^\s*(?:CỘNG\s+HÒA\s+XÃ\s+HỘI|CỘNG\s+HOÀ\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]\s*Tự\s+do|Số\s*:|V/v\b|_{3,}|-{3,}\s*$|\(Đã ký\))"
    # the place-and-date line ('Hà Nội, ngày 06 tháng 5 năm 2026'), not a body line that wraps
    # right after a cited date ('b) Thực hiện nghiêm Công điện số 34/CĐ-TTg ngày 25 tháng 4 năm 2026')
    r"|^\s*(?:[^\W\d_][^\d,;:()]{0,40},\s*)?ngày\s+\.{0,}\s*\d{0,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$",
)
RECIPIENTS_RE = re.compile(r"^\s*\|?\s*(?:Nơi\s+nhận|Kính\s+gửi)\s*:", re.I)
# a 'Kính gửi' line that runs on into the body: the addressee (up to 120 characters, ending with a
# full stop) and a long sentence after it that opens the letter ('Thực hiện ...', 'Căn cứ ...',
# 'Ngày ...', 'Để ...', or a body that asks)
_KINH_GUI_RUN_ON_RE = re.compile(
    r"^(\s*\|?\s*Kính\s+gửi\s*:[^.:;]{3,120}?[^\W\d_]\.)\s+((?:Thực\s+hiện|Căn\s+cứ|Theo|Ngày|Để|Nhằm|Trong|Hiện\s+nay|"
    r"Tiếp\s+theo|Qua|Phòng|Sở|Ủy\s+ban|Uỷ\s+ban|UBND|Trường|Ban)(?![^\W_]).{60,})$", re.I)
# the same run-on where the addressee ends without a full stop: on a closing bracket ('... tham gia
# Đề án bệnh viện vệ tinh (danh sách kèm theo) Thực hiện chỉ đạo của Bộ trưởng ...') or on a word,
# with the body's opener in capitals right after it ('Kính gửi: Các trường THCS Căn cứ Kế hoạch
# ...'): a capitalised 'Thực hiện', 'Căn cứ', 'Để' inside a line starts a sentence, so the opener
# is read case-sensitively here, and the body must go on at length
_KINH_GUI_BARE_RUN_ON_RE = re.compile(
    r"^(\s*\|?\s*(?i:Kính\s+gửi)\s*:[^.:;]{3,200}?(?:\)|[^\W\d_]))\s+((?:Thực\s+hiện|Căn\s+cứ|Để|Nhằm|Theo|Tiếp\s+theo|Trước\s+tình\s+hình)"
    r"(?![^\W_]).{60,})$")


def kinh_gui_run_on(text: str):
    """The match of a 'Kính gửi' line that runs on into the body (group 1 the addressee, group 2
    the body), with or without the addressee's full stop; None for a plain 'Kính gửi' line."""
    return _KINH_GUI_RUN_ON_RE.match(text) or _KINH_GUI_BARE_RUN_ON_RE.match(text)


SIGNATURE_RE = re.compile(r"^\s*(?:TM\.|KT\.|TL\.|TUQ\.|Q\.\s|KT\s|TM\s)", re.I)
FOOTNOTE_RE = re.compile(r"^\s*\[\d+\]")


@dataclass
class Segment:
    """A piece of one physical line (a line split where a second label starts in it)."""

    line: int
    page: int
    text: str


@dataclass
class Block:
    label: str | None
    style: str | None  # see LABEL_RES; None for a plain paragraph
    segments: list[Segment] = field(default_factory=list)
    path: str = ""
    kind: str = "para"  # para | item | bullet | heading | recipients | skip
    parent_label: str | None = None  # nearest numbered label holding the block

    @property
    def text(self) -> str:
        return join_lines([s.text for s in self.segments])

    @property
    def line_start(self) -> int:
        return self.segments[0].line

    @property
    def line_end(self) -> int:
        return self.segments[-1].line

    @property
    def page(self) -> int:
        return self.segments[0].page


@dataclass
class Sentence:
    text: str
    line_start: int
    line_end: int
    page: int
    block: Block
    index: int  # position in its block (0 = the block's first sentence)


def join_lines(parts: list[str]) -> str:
    """Hard-wrapped lines -> one string with single spaces ('kế \\nhoạch' -> 'kế hoạch')."""
    out = " ".join(p.strip() for p in parts if p.strip())
    return re.sub(r"\s+", " ", out).strip()


def match_label(text: str) -> tuple[str, str, str] | None:
    """(style, label, rest) when a line starts with a label, else None."""
    t = text.strip()
    for style, rx in LABEL_RES:
        m = rx.match(t)
        if m:
            label = m.group("label") or (m.groupdict().get("label2") or "")
            if not label:
                continue
            rest = t[m.end():].strip()
            if style == "letter" and not rest[:1].isupper():
                continue  # 'A Nu Vông' is not item A
            if style in ("roman", "article", "part") and rest[:1].islower():
                continue  # 'Điều 69 của Luật ...' wrapped onto a line start is a citation
            if style in ("arabic", "decimal") and re.match(r"^(?:tháng|năm|ngày|giờ|%|người|tỷ|triệu|ha\b)", rest):
                continue
            if style in ("arabic", "decimal") and re.match(r"^(?:jpe?g|png|gif|webp|bmp|tiff?)$", rest, re.I):
                continue  # (tasks19) a picture's file name on its own line ('22.jpg', '11.png'), no item

            return style, re.sub(r"\s+", " ", label), rest
    return None


# ------------------------------------------------------------------ line pre-pass

_MIDLINE_LABEL = re.compile(r"(?<=\S)\s+(?P<label>\d{1,2}(?:\.\d{1,2}){0,3})\.(?=\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]|\s*$)")


def _expected(label: str, seen: list[str]) -> bool:
    """Is ``label`` the next item a reader expects after the labels ``seen`` so far?
    ('1.1' after '1'; '3' after '2'; '1' after a roman heading)."""
    parts = label.split(".")
    if len(parts) == 1:
        n = int(parts[0])
        if str(n) in seen:
            return False  # 'mức độ 2.' after item 2: a number, not a new item
        if n == 1:
            return bool(seen) and not seen[-1].isdigit() or not seen
        return str(n - 1) in seen or any(s.startswith(f"{n - 1}.") for s in seen)
    if label in seen:
        return False
    parent, last = ".".join(parts[:-1]), int(parts[-1])
    if last == 1:
        return parent in seen or any(s == parent for s in seen)
    return f"{parent}.{last - 1}" in seen


_FOOTNOTE_MARK_RE = re.compile(r"([^\W\d_]{2,})(\d{1,2})(?=[.,;:]?(?:\s|$))")
# a mark glued to a year ('... Luật Địa chất và Khoáng sản năm 20243.'): a year is four digits, so
# the one or two after 'năm YYYY' are the footnote's number
_YEAR_MARK_RE = re.compile(r"(?<![^\W_])năm\s+(?:19|20)\d\d(\d{1,2})(?=[.,;:)]?(?:\s|$))")
_FOOTNOTE_START_RE = re.compile(r"^\s*(\d{1,2})\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
_PAGE_NO_RE = re.compile(r"^\s*\d{1,4}\s*$")
# a Word footnote converted to text: the mark in brackets glued to the word or number it annotates
# ('... vào tháng 11/2024(1), tổ chức ...') and the note at the foot, '(1) Công văn số 6569/...':
# the note is no item numbered '(1)'
_PAREN_MARK_RE = re.compile(r"(?<=[^\W_])\((\d{1,2})\)")
_PAREN_FOOTNOTE_START_RE = re.compile(r"^\s*\((\d{1,2})\)\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")


def footnote_lines(doc: Document) -> set[int]:
    """Lines of a footnote printed at the foot of a page (a PDF text layer keeps it between the
    page's last body line and the page number, often inside a sentence): it starts with a
    number that the text above used as a footnote mark glued to a word ('... khoáng sản1.') and
    runs to the page number.  Those lines are read as page furniture, so the sentence goes on
    across them."""
    marks: dict[int, int] = {}
    out: set[int] = set()
    lines = doc.lines
    open_note = False  # the last footnote stopped mid-sentence at a page's foot
    i = 0
    while i < len(lines):
        ln = lines[i]
        m = _FOOTNOTE_START_RE.match(ln.text) or _PAREN_FOOTNOTE_START_RE.match(ln.text)
        if m and int(m.group(1)) in marks and (m.re is _PAREN_FOOTNOTE_START_RE or not match_label(ln.text)):
            end = next((j for j in range(i + 1, min(i + 30, len(lines))) if _PAGE_NO_RE.match(lines[j].text)), None)
            if end is None and len(lines) - i <= 12:
                # the last page's footnotes after the signature: they run to the end of the text
                end = len(lines)
            if end is not None:
                start = i
                if open_note:
                    # the rest of a footnote carried over from the page before is printed first
                    # at this page's foot: lower-case lines right above this footnote, after a
                    # blank line ('nhưng chưa sử dụng, khoáng sản đi kèm ...')
                    k = i
                    while k > 0 and lines[k - 1].text.strip() and not _PAGE_NO_RE.match(lines[k - 1].text):
                        k -= 1
                    top = lines[k].text.strip() if k < i else ""
                    if k < i and i - k <= 6 and top[:1].islower() and (k == 0 or not lines[k - 1].text.strip()):
                        start = k
                out.update(range(lines[start].number, (lines[end].number if end < len(lines) else lines[-1].number + 1)))
                body = [x.text.strip() for x in lines[i:end] if x.text.strip()]
                open_note = bool(body) and not re.search(r"[.;:!?)”\"]$", body[-1])
                del marks[int(m.group(1))]
                i = end
                continue
        for mm in _FOOTNOTE_MARK_RE.finditer(ln.text):
            if mm.group(1).islower():
                marks.setdefault(int(mm.group(2)), ln.number)
        for mm in _YEAR_MARK_RE.finditer(ln.text):
            marks.setdefault(int(mm.group(1)), ln.number)
        for mm in _PAREN_MARK_RE.finditer(ln.text):
            marks.setdefault(int(mm.group(1)), ln.number)
        i += 1
    return out


def split_segments(doc: Document) -> list[Segment]:
    """The document's lines as segments, a line cut in two where a second label starts
    inside it (scraped text: '... và đình công 3.1. Rà soát ...', 'THỰC HIỆN 1.')."""
    segs: list[Segment] = []
    seen: list[str] = []
    body_start = doc.meta.get("body_start") if doc.meta else None
    foot = footnote_lines(doc)
    for ln in doc.lines:
        if ln.block == "running" or ln.number in foot:
            continue
        text = ln.text
        if body_start and ln.number == body_start[0]:
            # structure found the body starting inside a merged header line
            segs.append(Segment(ln.number, ln.page, "\f"))  # a block break, never text
            text = text[body_start[1]:]
        elif ln.block in ("recipients", "header") and kinh_gui_run_on(text):
            # (the header took the whole 'Kính gửi: X. Thực hiện ..., Phòng Y yêu cầu ... sau:' line
            # as its addressee: the body starts after the addressee's full stop)
            segs.append(Segment(ln.number, ln.page, NON_BODY_MARK))
            segs.append(Segment(ln.number, ln.page, "\f"))
            text = kinh_gui_run_on(text).group(2)
        elif ln.block in NON_BODY:
            segs.append(Segment(ln.number, ln.page, NON_BODY_MARK))
            continue
        else:
            text = strip_markdown(text)  # '### 4. Giao Ban Pháp chế' (a text converted to markdown)
        parts = [text]
        lab = match_label(text)
        if lab and lab[0] in ("arabic", "decimal", "roman", "letter"):
            seen.append(lab[1])
        if lab and lab[0] not in ("bullet", "article", "part") or (not lab and text.strip() and text.strip().upper() == text.strip()):
            for m in _MIDLINE_LABEL.finditer(text):
                label = m.group("label")
                if len(text[:m.start()].split()) >= 2 and _expected(label, seen + ([lab[1]] if lab else [])):
                    parts = [text[:m.start()], text[m.start():].strip()]
                    seen.append(label)
                    break
        for p in parts:
            segs.append(Segment(ln.number, ln.page, p))
    return segs


# ------------------------------------------------------------------ blocks

def _is_upper_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.85


# words after which a line break cannot end a paragraph: a proper name or a complement follows
# ('... thuộc UBND huyện' + 'Vị Xuyên ...', '... kè bờ tây Sông' + 'Lô đoạn từ ...')
_OPEN_END_WORDS = {
    "huyện", "xã", "tỉnh", "thôn", "bản", "phường", "quận", "thị", "trấn", "phố", "sông", "suối", "cầu", "đường",
    "của", "và", "với", "tại", "cho", "theo", "các", "những", "về", "từ", "đến", "số", "ngày", "tháng", "năm",
    "đồng", "chí", "ông", "bà",
}


def _name_goes_on(cur: Block | None, prev_text: str, t: str = "") -> bool:
    """A short line inside a bullet or a paragraph that has already wrapped, ending on a word
    that needs what follows (a place noun before its name, a preposition): the next line goes
    on with the same sentence although it starts with a capital (text converted with uneven
    line lengths).  A heading's own line is not such a line: it is the first of its block.
    (tasks17) Not when the next line opens on a time stamp that no name takes ('... và đoàn thể xã'
    + 'Sáng 10/7/2025, Đoàn công tác ...': a photo caption a portal printed without a stop, then the
    item's lead), unless the word asks for a date or a number ('ngày', 'số', 'đến' ...)."""
    if cur is None or not (cur.style == "bullet" or len(cur.segments) >= 2):
        return False
    words = prev_text.rstrip().split()
    if not words or words[-1].casefold() not in _OPEN_END_WORDS:
        return False
    return not (_STAMP_OPEN_RE.match(t) and words[-1].casefold() not in _DATE_TAKING_WORDS)


# (tasks17) a line that opens on the time of what it reports ('Sáng 10/7/2025,', 'Chiều ngày 5/3,',
# 'Ngày 12/4/2024,', 'Sáng nay (5/8),', 'Tối 3-9,')
_STAMP_OPEN_RE = re.compile(r"^(?:(?:Sáng|Chiều|Tối|Trưa|Đêm|Rạng\s+sáng)\s+(?:ngày\s+|nay\s*\(?\s*)?\d{1,2}\s*[/-]\s*\d{1,2}|"
                            r"Ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}|(?:Sáng|Chiều|Tối|Trưa)\s+nay\s*,)")
_DATE_TAKING_WORDS = {"ngày", "tháng", "năm", "số", "từ", "đến", "tại", "của", "và", "với", "cho", "theo", "về", "các", "những"}


# words of a citation that take a number after them: a line ending on one of them continues with
# its number, even when the number is typed like an old-style item label on the next line ('tại
# Khoản' + '3 - Điều 61 Luật Lâm nghiệp')
_NUMBER_TAKING_WORDS = {"khoản", "điều", "điểm", "mục", "chương", "phần", "tại"}


def _cited_number_goes_on(cur: Block | None, prev_text: str) -> bool:
    """Is a line that starts like '3 - ...' the number a citation on the line before needs?"""
    if cur is None or not prev_text.strip() or re.search(r"[.;:!?…)]\s*$", prev_text):
        return False
    words = prev_text.rstrip().split()
    return bool(words) and words[-1].casefold() in _NUMBER_TAKING_WORDS


def _paren_open(cur: Block | None) -> bool:
    """Is a bracket of the block still open?  A contact note '(Cục X, Đ/c A, SĐT: ..., email:'
    wraps at a colon that ends no lead-in: the line after it goes on inside the bracket."""
    if cur is None:
        return False
    text = " ".join(x.text for x in cur.segments)
    return text.count("(") > text.count(")")


# the grounds a notice opens on, one clause a line, each ending with ';' ('Thực hiện Chỉ thị số
# 44-CT/TU ...;', 'Hưởng ứng phong trào ...;')
_GROUNDS_RE = re.compile(r"^(?:Căn\s+cứ|(?:Tiếp\s+tục\s+)?[Tt]hực\s+hiện|Theo|Xét|Chào\s+mừng|Hưởng\s+ứng)(?![^\W_])")


def _main_clause_after_grounds(cur: Block | None, prev_text: str, t: str) -> bool:
    """Does the line ``t`` start the main clause after a block of grounds?  A web notice prints
    its grounds one to a line ('Thực hiện Chỉ thị ...;' / 'Thực hiện sự chỉ đạo ...;') and then
    the action as a paragraph of its own that is a whole sentence ('Phường Ba Đình tổ chức ra
    quân ... trên toàn địa bàn phường.'): that sentence is the directive, not more grounds.  (A
    main clause that hands over to a list ends with ':' and stays one sentence with its grounds.)"""
    if cur is None or not cur.segments or not prev_text.rstrip().endswith(";"):
        return False
    first = cur.segments[0].text.strip()
    return bool(_GROUNDS_RE.match(first)) and not _GROUNDS_RE.match(t) and t[:1].isupper() \
        and t.rstrip().endswith(".") and t.count(".") == 1 and len(t.split()) >= 5


# a word that leaves its clause open ('... phối hợp với' / 'Sở Tài chính ...'): the line goes on
_OPEN_END_RE = re.compile(r"(?<![^\W_])(?:với|của|và|cho|tại|các|những|theo|về|là|như|gồm|thuộc|hoặc|để|do|từ|đến|trên|"
                          r"trong|ngày|số|tỉnh|huyện|xã|thành\s+phố|giao|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|ông|bà|đồng\s+chí)\s*$", re.I)


def _paragraph_without_stop(cur: Block | None, prev_text: str, t: str) -> bool:
    """Does the line ``t`` open a paragraph of its own though the one before has no full stop?  A web
    page prints each paragraph on one long line and drops a full stop now and then ('... tăng cường
    kiểm tra các cơ sở kinh doanh' / 'Sở Y tế chủ trì, phối hợp ...'): a line far longer than any
    hard-wrapped line of a PDF or a scan is a paragraph, so a capitalised line after it, when the
    paragraph does not end on a word that leaves its clause open, starts a new clause."""
    if cur is None or not cur.segments or len(prev_text) < 180 or not t[:1].isupper():
        return False
    # (a paragraph that ends with its full stop is left to the sentence splitter: the block goes on,
    # so items after a lead-in's colon keep the lead-in's addressee)
    if re.search(r"[,:\-–(/.;!?…\"”)]\s*$", prev_text) or _OPEN_END_RE.search(prev_text) or _name_goes_on(cur, prev_text):
        return False
    return len(t.split()) >= 4


def undotted_items(segs: list[Segment]) -> dict[int, str]:
    """Index of segment -> label, for items numbered without their dot, when they run in order
    after a lead-in's colon (structure.labels.undotted_item_labels)."""
    return undotted_item_labels([x.text for x in segs])


def build_blocks(doc: Document, skip_lines: set[int] | None = None) -> list[Block]:
    """Group segments into blocks and give each its section path (``skip_lines``: lines read
    elsewhere, e.g. a task table)."""
    segs = split_segments(doc)
    if skip_lines:
        segs = [Segment(x.line, x.page, NON_BODY_MARK) if x.line in skip_lines else x for x in segs]
    lengths = sorted(len(x.text.strip()) for x in segs if x.text.strip())
    # the wrap width: a line much shorter than it ended its paragraph (a heading, the last
    # line of a paragraph), so an upper-case start after it begins a new block
    width = lengths[int(len(lengths) * 0.9)] if lengths else 80
    blocks: list[Block] = []
    cur: Block | None = None
    mode = "body"  # body | recipients
    addressed, last_recipient = False, ""  # a 'Kính gửi' list (not 'Nơi nhận'), its last line
    prev_text = ""
    pending_blank = False

    def close() -> None:
        nonlocal cur
        if cur and cur.segments:
            blocks.append(cur)
        cur = None

    undotted = undotted_items(segs)
    for seg_no, seg in enumerate(segs):
        if seg.text == NON_BODY_MARK:
            close()
            prev_text, pending_blank = "", False
            if mode != "recipients":
                blocks.append(Block(None, None, [Segment(seg.line, seg.page, "")], kind="skip"))
            continue
        t = seg.text.strip()
        if not t or t.startswith("\f"):
            # a blank line ends a block, unless the block stopped mid-sentence and the text
            # goes on in lower case (double-spaced PDFs, page breaks)
            if cur is not None and cur.segments and not re.search(r"[.;:!?…)]\s*$", prev_text):
                pending_blank = True
                continue
            close()
            prev_text = ""
            continue
        if RUNNING_RE.match(t) or FOOTNOTE_RE.match(t):
            continue
        if ELISION_RE.match(t):
            # '[…]' on its own line: text left out here (an excerpt), so the sentence before it
            # ends and the text after it starts a block of its own
            close()
            prev_text, pending_blank = "", False
            continue
        if pending_blank:
            pending_blank = False
            if cur is not None and not (t[:1].islower() or t[:1].isdigit() and not match_label(t)):
                close()
                prev_text = ""
        lab = match_label(t)
        if lab is None and seg_no in undotted:
            lab = ("arabic", undotted[seg_no], undotted_rest(t))
        if lab and lab[0] == "arabic" and re.match(r"\d{1,2}\s*[-–/]", t) and _cited_number_goes_on(cur, prev_text):
            lab = None  # '... theo quy định tại Khoản' + '3 - Điều 61 Luật Lâm nghiệp ...'
        if lab and lab[0] == "arabic" and cur is not None and cited_number_line(t, prev_text):
            lab = None  # (tasks40, citedwrap.py) '... Chỉ thị số' + '18/CT-TTg ngày ...': the number goes on
        run_on = kinh_gui_run_on(t) if RECIPIENTS_RE.match(t) else None
        if run_on:
            # 'Kính gửi: Ông (Bà) Hiệu trưởng các đơn vị trực thuộc. Thực hiện Kế hoạch ..., Phòng
            # GD-ĐT yêu cầu ... sau:' printed as one paragraph (a web page joins the lines): the
            # addressee ends with its full stop and the letter's body starts after it
            close()
            blocks.append(Block(None, None, [Segment(seg.line, seg.page, run_on.group(1))], kind="recipients"))
            blocks.append(Block(None, None, [], kind="reset"))
            seg = Segment(seg.line, seg.page, run_on.group(2))
            t = seg.text.strip()
            lab = None
        elif RECIPIENTS_RE.match(t):
            close()
            mode = "recipients"
            addressed = bool(re.match(r"\s*\|?\s*Kính", t))
            last_recipient = t
            blocks.append(Block(None, None, [seg], kind="recipients"))
            continue
        if mode == "recipients":
            # the recipients list runs until a numbered heading or a long prose line; a Kính gửi
            # list also ends with its full stop, when a line of prose follows (a scan's lines
            # are wrapped short: 'Kính gửi:' / '- Giám đốc các trung tâm GDTX.' / 'Thực hiện ...')
            long_prose = len(t) > 120 and not t.startswith(("-", "+", "|"))
            list_ended = addressed and re.search(r"\.\s*$", last_recipient) is not None \
                and not re.match(r"[-+•*|]", t) and t[:1].isupper()
            last_recipient = t
            if (lab and lab[0] in ("roman", "letter", "part", "article")) or long_prose or list_ended:
                mode = "body"
                blocks.append(Block(None, None, [], kind="reset"))
            else:
                blocks.append(Block(None, None, [seg], kind="recipients"))
                continue
        if t.startswith("|"):
            close()
            blocks.append(Block(None, None, [seg], kind="skip"))
            continue
        if mode == "signature":
            if lab and lab[0] != "bullet" or len(t) > 120:
                mode = "body"
            else:
                blocks.append(Block(None, None, [seg], kind="skip"))
                continue
        if SIGNATURE_RE.match(t) or HEADER_RE.search(t):
            close()
            if SIGNATURE_RE.match(t):
                mode = "signature"
            blocks.append(Block(None, None, [seg], kind="skip"))
            continue
        empty_label = cur is not None and cur.label is not None and not "".join(x.text for x in cur.segments).strip()
        starts_new = not empty_label and (
            cur is None
            or lab is not None
            or prev_text.rstrip().endswith(":") and not (lab is None and _paren_open(cur)) and not _topic_wrapped(cur, prev_text, lab, width)
            or _is_upper_heading(t) != _is_upper_heading(prev_text)
            or (t.startswith("(") and prev_text.rstrip().endswith((".", ";", ")", ":")))
            or (prev_text.rstrip().endswith((".", ";")) and len(prev_text) < 60 and t[:1].isupper())
            or (len(prev_text) < 0.7 * width and t[:1].isupper() and not prev_text.rstrip().endswith((",", "-", "–"))
                and not _name_goes_on(cur, prev_text, t))
            or _main_clause_after_grounds(cur, prev_text, t)
            or _paragraph_without_stop(cur, prev_text, t)
            or _next_plain_point(cur, prev_text, t)
            # a schedule's day line stands alone, and each entry of the day opens on its time
            # ('* CHỦ NHẬT 12/01/2025 (nhằm 13/12 ÂL)' + '15 giờ 00: Chủ tịch UBND ... dự ...';
            # 'Địa điểm: tại Trường THPT ...' + '09 giờ 00’: Dự Trao Huy hiệu ...')
            or day_line(prev_text) or day_line(t) or TIME_ENTRY_RE.match(t) is not None
            # a news lead opens on its paper's tag ('(PLVN) - Sau khi ...', '(QNO) - UBND tỉnh vừa ...',
            # 'TTXVN - Ngày ...', 'HNP - Trong nội dung ...'): the headline above it, printed without a
            # stop, has ended
            or PRESS_TAG_RE.match(t) is not None
        )
        if starts_new:
            close()
            if lab:
                style, label, rest = lab
                cur = Block(label, style, [Segment(seg.line, seg.page, rest)], kind="bullet" if style == "bullet" else "item")
            else:
                cur = Block(None, None, [seg])
        else:
            cur.segments.append(seg)
        prev_text = t
    close()
    _assign_paths(blocks)
    if doc.sections:
        _paths_from_structure(doc, blocks)
    return [b for b in blocks if b.kind != "reset"]


def _next_plain_point(cur: Block | None, prev_text: str, t: str) -> bool:
    """(plain16) 'Nghiêm túc thực hiện chế độ trực ban ...;' + 'Tích cực vận động nông dân ...;': a list's
    points printed as plain lines (a copy that dropped the bullets), each ending on ';' or '.': a line
    that opens like a point after a point's last line starts a block of its own, however long the
    line before it (the wrap width does not tell a long point from a wrapped one)."""
    if cur is None or cur.label is not None or cur.style is not None or not prev_text.rstrip().endswith((";", ".")) \
            or not t[:1].isupper():
        return False
    from pipeline.extract.plainpoints import opens_as_plain_point
    first = cur.segments[0].text.strip() if cur.segments else ""
    # (grounds one to a line, 'Thực hiện Kế hoạch số ...;' + 'Thực hiện sự chỉ đạo ...;', stay with their
    # main clause: _main_clause_after_grounds)
    if _GROUNDS_OPEN_RE.match(first) or _GROUNDS_OPEN_RE.match(t):
        return False
    return opens_as_plain_point(t) and opens_as_plain_point(first)


_GROUNDS_OPEN_RE = re.compile(r"^(?:Thực\s+hiện|Căn\s+cứ|Theo|Xét|Tiếp\s+theo|Để|Nhằm)(?![^\W_])")


PRESS_TAG_RE = re.compile(r"^\s*(?:\([A-ZĐ][A-ZĐa-z.]{1,10}\)\s*[-–—]\s*(?=[A-ZĐÀ-Ỹ])|"
                          r"[A-ZĐ][A-ZĐ.]{1,9}\s*[-–—]\s*(?=(?:Ngày|Sáng|Chiều|Tối|Trong|Tại|Theo|Sau\s+khi)\s))")


_TOPIC_ONLY_RE = re.compile(r"(?:Đối\s+với|Về)\s[^:;.]{3,150}:", re.I)


def _topic_wrapped(cur: Block | None, prev_text: str, lab, width: float) -> bool:
    """'- Đối với doanh nghiệp nước ngoài không có cơ sở thường trú tại Việt Nam:' + 'Kiểm tra nguồn
    thu nhập ...': an item that so far holds only its topic label, printed to the full width of the
    page, runs on past the colon into its duty (the page wrapped the line there); a short topic
    line ('Về thuế nhập khẩu:') is a heading over what follows and stays one."""
    if cur is None or lab is not None or cur.kind not in ("item", "bullet"):
        return False
    so_far = " ".join(x.text for x in cur.segments).strip()
    return bool(_TOPIC_ONLY_RE.fullmatch(so_far)) and len(prev_text.rstrip()) >= 0.85 * width


def _paths_from_structure(doc: Document, blocks: list[Block]) -> None:
    """Take section paths from the structure stage (one source of truth for doc.sections and
    tasks.section).  A labelled block keeps the path up to its own label (a line may hold a
    heading and the next item's label); a block whose label structure did not see keeps ours."""
    from pipeline.structure import section_path_at

    prev: Block | None = None
    for b in blocks:
        if b.kind in ("skip", "recipients", "reset") or not b.segments:
            continue
        p = section_path_at(doc, b.line_start)
        parts = p.split(" > ") if p else []
        glued = prev is not None and prev.segments and prev.line_end == b.line_start
        prev = b
        if b.label and b.style != "bullet":
            if b.label in parts:
                i = len(parts) - 1 - parts[::-1].index(b.label)
                b.path = " > ".join(parts[:i + 1])
            elif glued and b.label.isdigit() and parts and parts[-1].isdigit() and int(b.label) == int(parts[-1]) + 1:
                # '4. Các lực lượng ... khi có yêu cầu. 5. Ban Chỉ huy ...': the next item's number
                # printed on the line of the item before it (a web page that ran them together)
                # opens that item; structure, reading line starts, saw only item 4
                b.path = " > ".join([*parts[:-1], b.label])
            else:
                b.path = p  # structure saw no item here ('Điều 58' wrapped from a citation)
        else:
            mine = b.path.split(" > ") if b.path else []
            # an unlabelled block after a heading whose line also started the next item
            if len(parts) > len(mine) + 1 and mine and parts[:len(mine)] == mine:
                continue
            b.path = p


def _assign_paths(blocks: list[Block]) -> None:
    """Section paths from the label sequence: a stack of (style, label); a label of a style
    already on the stack closes everything below it.  Bullets never enter the path (the gold
    uses 'the innermost numbered heading or item')."""
    stack: list[tuple[str, str]] = []
    for b in blocks:
        if b.kind == "reset":
            stack = []
            continue
        if b.style and b.style != "bullet":
            style = b.style
            if style == "decimal":
                style = f"decimal{b.label.count('.')}"
                # a decimal label belongs under its parent number when that is on the stack
            if style in ("roman", "letter", "part") and any(s == "article" for s, _ in stack):
                stack = []  # the plan attached after a decision's articles starts its own tree
            idx = next((i for i, (s, _) in enumerate(stack) if s == style), None)
            if idx is not None:
                stack = stack[:idx]
            elif style == "article" or style == "part":
                stack = [e for e in stack if STYLE_RANK.get(e[0], 9) < STYLE_RANK[style]]
            stack.append((style, b.label))
        b.path = " > ".join(label for _, label in stack)
        numbered = [label for s, label in stack]
        b.parent_label = numbered[-1] if numbered else None


# ------------------------------------------------------------------ sentences

# (not 'UBND', 'HĐND': acronyms are written without a dot, so 'của Thường trực HĐND, đại biểu HĐND.
# Tập trung cho kỳ họp ...' ends a sentence at 'HĐND.')
ABBREVIATIONS = {
    "tp", "tx", "tt", "q", "p", "đ/c", "ths", "ts", "pgs", "gs", "bs", "ks", "cn", "v.v", "tr", "số", "st",
    "k", "vd", "ô", "b", "a", "e", "đ", "c", "mr", "ms", "pct", "ct",
}
# ('... năm 2021. * Dưới đây là một số hình ảnh ...': a star that opens a note starts a sentence)
# ('... chịu trách nhiệm thi hành Quyết định này./ Nơi nhận: Như Điều 3; ...' in a preview that
# flattens the letter onto one line: './.' and its clipped './' close a directive's body, points24)
_END_RE = re.compile(r"(?:\.{3}|…|\./\.?|[.!?])(?:[\"”’)\]]*)\s+(?=(?:\*\s*)?[\"“(‘]?[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]"
                     # ('... (LĐVP: Đ/c Tỉnh). 14 giờ, họp nghe báo cáo ...': a schedule's next entry of
                     # the same leader opens on its time of day)
                     r"|\d{1,2}\s*(?:giờ|h)(?:\s*\d{2})?(?:\s*phút|’|')?\s*[,:]\s)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one block."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END_RE.finditer(text):
        end = m.end()
        piece = text[start:m.start() + 1]
        word = re.search(r"(\S+)$", text[:m.start()])
        w = (word.group(1) if word else "").casefold().rstrip(".")
        if w == "số" and not (word and word.group(1).startswith("S")):
            # (points34, measure34's S1) lowercase 'số' closing a noun ('đồng bào dân tộc thiểu số.', 'chuyển đổi
            # số.', 'theo đa số.', 'dân số.') ends its sentence: every 'số. <Capital>' of the labelled texts (6) and
            # of the gazette corpus (25) does; only a form's label 'Số.' stays an abbreviation
            w = ""
        if text[m.start()] == "." and text[m.start():m.start() + 3] != "..." and (
            w in ABBREVIATIONS or re.fullmatch(r"[a-zđ]", w) or re.fullmatch(r"\d+", w) and len(piece) < 6
        ):
            continue
        if text[m.start()] == "?" and ":" in piece:
            # ('3. Đề xuất định hướng 2016-2020: Duy trì bệnh viện vệ tinh cũ? Mở rộng mạng lưới
            # ...: đề xuất ...'): questions after a colon are the options the item asks about, one
            # sentence with it; a directive asks no question of its own
            continue
        spans.append((start, m.end()))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


# (capitalised: a lowercase 'gồm:' on a line of its own is the end of a sentence that wrapped,
# 'Kế hoạch thanh tra ... hướng dẫn tại công văn này' / 'gồm:')
_INTRO_ONLY_LINE_RE = re.compile(r"^(?:Cụ\s+thể(?:\s+như\s+sau)?|Như\s+sau|Gồm(?:\s+có)?|Trong\s+đó)\s*:$")


def block_sentences(block: Block) -> list[Sentence]:
    """The block's sentences with their lines (offsets mapped back through the segments)."""
    bounds = []
    pos = 0
    pieces = []
    for s in block.segments:
        t = re.sub(r"\s+", " ", s.text.strip())
        if not t:
            continue
        if pieces:
            pos += 1
        bounds.append((pos, s))
        pieces.append(t)
        pos += len(t)
    text = " ".join(pieces)

    def seg_at(off: int) -> Segment:
        cur = bounds[0][1]
        for b, s in bounds:
            if b <= off:
                cur = s
        return cur

    # ('Chủ tịch UBND xã tiếp công dân định kỳ vào thứ 5 hàng tuần ... (nếu ...)' + a line 'Cụ
    # thể:'): a line that is nothing but a lead-in's words opens a sentence of its own, even when
    # the line above it left off its full stop
    cuts = [pos for pos, seg in bounds if pos > 0 and _INTRO_ONLY_LINE_RE.match(seg.text.strip())]
    spans = []
    for a, b in split_sentences(text):
        for c in cuts:
            if a < c < b and text[a:c].strip():
                spans.append((a, c))
                a = c
        spans.append((a, b))
    out = []
    for i, (a, b) in enumerate(spans):
        sent = text[a:b].strip()
        first, last = seg_at(a), seg_at(max(a, b - 2))
        out.append(Sentence(sent, first.line, last.line, first.page, block, i))
    return out
