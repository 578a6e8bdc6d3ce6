"""The tail of a directive: 'Nơi nhận' (recipients) and the signature block.

The printed tail is two columns: recipients on the left, signature on the right.  Every
source flattens it differently: antiword keeps the columns TAB-separated, a Word table
comes out as '|' cells, a PDF gives two blocks, a web scrape or OCR ground truth puts both
columns on one line ('Nơi nhận: GIÁM ĐỐC', 'Thành ủy, HĐND, UBND thành phố; Lê Thị Bích
Thuận', 'KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn').  So each tail line is split into a
recipients part and a signature part, and the signature parts, read in order, are parsed as
authority marker(s), title, name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.model import Document, Recipient
from pipeline.vietnamese import fold, mark_tolerant
from pipeline.structure.titles import (
    AUTHORITY_RE,
    NAME_RE,
    SIGNED_RE,
    TITLE_RE,
    TITLES,
    is_personal_name,
    is_signer_name,
)

# 'Nơi nhận:' opens the list; 'Nơi nhận báo cáo ...' (the place that receives a report) is a
# sentence, so a colon, a column break or the line end must follow.
# (markdown emphasis of a converted table cell: '| *Nơi nhận:* - ...')
# ('Not nhận:' read by OCR from a scan: 'i' taken for 't', the colon still there)
# (the 'o' is a letter, so mark_tolerant below gives it every mark: OCR 'Not nhận:', which the
# repair may turn into 'Nót nhận:', still opens the recipients)
NOI_NHAN_RE = re.compile(r"^[\s|*_]*No(?:i|t(?=\s+nh[ậa]n\s*:))\s+nh[ậa]n\s*(?::|(?=\t|\||\s*$))", re.IGNORECASE)
# 'Lưu: VT' (filed with the clerk's office): also when a lost glyph was rebuilt as another
# word ('Lào: VT, ĐMDN'): 'L..: VT' is the filing formula and nothing else
# ('~ Lưu: VT': an OCR'd dash read as a tilde)
LUU_RE = re.compile(r"^\s*[-–+~]?\s*(?:Lưu\b|L\w{1,3}\s*:\s*VT\b)", re.IGNORECASE)
APPENDIX_RE = re.compile(r"^\s*(?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+[IVXLC\d]+)?\s*[.:]?\s*$")
# a tail keyword the repair left without its marks ('- Luu: VT.', 'Noi nhan:') still ends the
# recipients and starts the signature
NOI_NHAN_RE, LUU_RE, APPENDIX_RE = (mark_tolerant(rx) for rx in (NOI_NHAN_RE, LUU_RE, APPENDIX_RE))
MAX_TAIL_LINES = 45


@dataclass
class Tail:
    start: int  # first line of the tail (1-based)
    end: int  # last line
    recipients: list[Recipient] = field(default_factory=list)
    recipient_lines: list[int] = field(default_factory=list)
    signature_lines: list[int] = field(default_factory=list)
    authority: str | None = None
    title: str | None = None
    signer: str | None = None


_MD_BR_RE = re.compile(r"\s*<br\s*/?>\s*", re.I)
_HTML_TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>")
_MD_RULE_RE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
# a picture in Markdown ('![red seal stamp](https://...)', '![](image002.png)'): the seal or the
# scanned signature between the title and the name, no words of the block
_MD_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")


def strip_markup(text: str) -> str:
    """A tail line of a text converted to Markdown or HTML as plain text: bold and italics
    marks ('**TM. ỦY BAN NHÂN DÂN**', '_Nơi nhận:_'), tags ('<div align="right">', a stamp's
    '<img .../>'), pictures ('![seal](...)') and horizontal rules ('---') carry no words of the
    signature block."""
    if not any(ch in text for ch in "*_<-!"):
        return text
    if _MD_RULE_RE.match(text):
        return ""
    t = _MD_IMAGE_RE.sub(" ", text) if "![" in text else text
    t = _HTML_TAG_RE.sub(" ", t)
    t = re.sub(r"\*{2,3}|(?<![\w/])__|__(?![\w/])", "", t)
    t = re.sub(r"(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])", "", t)
    return t if t.strip() else ""


def columns(text: str) -> list[str]:
    """Split a flattened two-column line: TABs (antiword) or '|' cells (Word tables)."""
    t = text.replace("\u00a0", " ")
    s = t.strip()
    # ('ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |': a web page's table row printed
    # without its leading bar is a row too)
    if (s.startswith("|") or s.endswith("|") and " | " in s) and s.count("|") >= 2:
        # (a cell of a markdown table keeps its line breaks as '<br>' and bold as '**')
        cells = [_MD_BR_RE.sub(" ", c).replace("***", "").replace("**", "").strip() for c in s.strip("|").split("|")]
        return cells if cells else [""]
    if "\t" in t:
        parts = [p.strip() for p in t.split("\t")]
        left = parts[0]
        right = [p for p in parts[1:] if p]
        return [left, *right]
    return [s]


_DEPUTY_ABBR_RE = re.compile(r"(?<![^\s|,;:(])P\s*\.\s*(?=(?:" + "|".join(re.escape(t) for t in TITLES if not t.startswith("PHÓ ")) + r")(?![^\s,.;:)|]))")


def _norm_markers(s: str) -> str:
    # leftovers of a '[daky]' signature-image placeholder cut by the text layer: 'TƯỚNGky]', 'y]Phạm'
    s = re.sub(r"[a-z]*\]|\[[a-z]*(?=\s|$)", " ", s)
    s = re.sub(r"\bK/T\b\.?", "KT.", s)
    s = re.sub(r"\bT/M\b\.?", "TM.", s)
    s = re.sub(r"\bT/L\b\.?", "TL.", s)
    # 'P. GIÁM ĐỐC', 'P.CHỦ TỊCH': a deputy's rank abbreviated before the head's title
    s = _DEPUTY_ABBR_RE.sub("PHÓ ", s)
    return re.sub(r"\b(TM|KT|TL|TUQ)\.(?=\S)", r"\1. ", s)


def signature_start(text: str) -> int | None:
    """Column where a signature piece starts inside a line (authority marker or uppercase
    title), or None.  ``text`` should already have gone through :func:`_norm_markers`."""
    best = None
    for rx in (AUTHORITY_RE, TITLE_RE):
        m = rx.search(text)
        if m and (best is None or m.start() < best):
            best = m.start()
    return best


# The titles with any marks ('PHỐ CHÁNH VĂN PHÒNG', 'THU TRUONG': a stripped or OCR'd signature
# the diacritics repair read as running text), and each title's spellings by its skeleton.
_TITLE_TOLERANT_RE = mark_tolerant(TITLE_RE)
_TITLES_BY_FOLD: dict[str, list[str]] = {}
for _t in TITLES:
    _TITLES_BY_FOLD.setdefault(fold(_t), []).append(_t)


# the titles that also name a board ('Ban Bí thư', 'Ban Chủ nhiệm', 'Ban Giám đốc')
_BOARD_TITLES = frozenset({"BÍ THƯ", "CHỦ NHIỆM", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC"})
# a title inside a word: the same titles without the word boundary before them
_GLUED_TITLE_RE = re.compile(r"(" + "|".join(re.escape(x) for x in TITLES) + r")(?![^\s,.;:)|])")


def _title_at(t: str, pos: int) -> re.Match | None:
    """The title at ``pos``: as printed, or with its marks wrong (see _TITLE_TOLERANT_RE)."""
    return TITLE_RE.match(t, pos) or _TITLE_TOLERANT_RE.match(t, pos)


def _title_spelling(printed: str, deputy: bool) -> str:
    """The lexicon's spelling of a title matched with any marks.  Two titles share a skeleton
    ('THỦ TRƯỞNG' head of an agency, 'THỨ TRƯỞNG' deputy minister): one who signs 'KT.' (on
    behalf of the head) is a deputy, 'PHÓ ...' or 'THỨ TRƯỞNG'; else the title as printed."""
    cands = _TITLES_BY_FOLD.get(fold(printed), [])
    if printed in cands and (not deputy or printed.startswith(("PHÓ ", "THỨ "))):
        # a title printed with its marks as the lexicon spells it is read as printed ('PHÓ THỦ
        # TRƯỞNG' of a Party office signing 'K/T THỦ TRƯỞNG' is no 'PHÓ THỨ TRƯỞNG')
        return printed
    if deputy:
        dep = [c for c in cands if c.startswith(("PHÓ ", "THỨ "))]
        if dep:
            return dep[0]
    return printed if printed in cands or not cands else cands[0]


def parse_signature(text: str) -> tuple[str | None, str | None, str | None]:
    """('KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Đỗ Hoàng Anh Tuấn') from the signature pieces."""
    t = SIGNED_RE.sub(" ", _norm_markers(text))
    t = re.sub(r"\s+", " ", t).strip()
    authority: list[str] = []
    title = None
    pos = 0
    # skip anything before the first marker or title
    first = signature_start(t)
    if first is None:
        name = _first_name(t, 0)
        return None, None, name
    pos = first
    while True:
        m = AUTHORITY_RE.match(t, pos)
        if not m:
            break
        marker = (m.group(1) or m.group(2) or m.group(3)).replace("/", "")
        p = m.end()
        # the body or superior the signer acts for
        words: list[str] = []
        tm = _title_at(t, p)
        if tm and marker != "TM":
            words.append(_title_spelling(tm.group(1), False))
            p = tm.end()
            # 'KT. BỘ TRƯỞNG, CHỦ NHIỆM' (the Government Office's head holds both titles)
            while (cm := re.match(r"\s*,\s*", t[p:])) and (tm2 := TITLE_RE.match(t, p + cm.end())):
                words[-1] += ","
                words.append(tm2.group(1))
                p = tm2.end()
        while True:
            wm = re.match(r"\s*([^\s]+)", t[p:])
            if not wm:
                break
            w = wm.group(1)
            # (not 'ỦY BAN': 'TM. ỦY BAN / CHỦ TỊCH' is the committee, then its chairman)
            board = words and words[-1] == "BAN" and fold(words[-2] if len(words) > 1 else "") != "uy" \
                and TITLE_RE.match(t, p + wm.start(1))
            if board and board.group(1) not in _BOARD_TITLES:
                board = None  # ('TM. TIỂU BAN / TRƯỞNG TIỂU BAN': the head of the board signs)
            if board:
                # ('T/M BAN BÍ THƯ', 'TM. BAN CHỦ NHIỆM': a title right after 'BAN' names the board,
                # the body signed for; the signer's own title, if any, comes after it)
                words.extend(board.group(1).split())
                p += wm.start(1) + len(board.group(1))
                continue
            # the body/superior ends where the signer's own title starts ('PHÓ ...', a title)
            if not _is_upper_word(w) or w == "PHÓ" or AUTHORITY_RE.match(t, p + wm.start(1)) \
                    or _title_at(t, p + wm.start(1)):
                break
            inner = next((k for k in range(2, len(w) - 1) if w[k - 1] not in "-/" and _GLUED_TITLE_RE.match(t, p + wm.start(1) + k)
                          and _GLUED_TITLE_RE.match(t, p + wm.start(1) + k).end() > p + wm.end(1)), None) if len(w) > 3 else None
            if inner is not None:
                # ('TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC': a page that ran the lines
                # together glued the body's last word to the title under it)
                words.append(w[:inner])
                cut = p + wm.start(1) + inner
                t = t[:cut] + " " + t[cut:]
                p = cut + 1
                break
            words.append(w)
            p += wm.end()
        authority.append(f"{marker}. {' '.join(words)}".strip())
        pos = p
        while pos < len(t) and t[pos] == " ":
            pos += 1
    deputy = any(a.startswith("KT.") for a in authority)
    tm = _title_at(t, pos)
    if tm:
        title_parts = [_title_spelling(tm.group(1), deputy)]
        p = tm.end()
        # 'BỘ TRƯỞNG, CHỦ NHIỆM': titles joined by commas
        while True:
            cm = re.match(r"\s*,\s*", t[p:])
            if not cm:
                break
            tm2 = _title_at(t, p + cm.end())
            if not tm2:
                break
            title_parts.append(_title_spelling(tm2.group(1), False))
            p = tm2.end()
        ext = _unit_of_title(t, p, title_parts[-1])
        if ext:
            title_parts[-1] += " " + ext[0]
            p = ext[1]
        title = ", ".join(title_parts)
        pos = p
        title = _deputy_title(authority, title)
    elif authority and not title:
        # a title outside the lexicon: the uppercase words after the authority
        um = re.match(r"\s*((?:[^\s]+\s+){0,5}?[^\s]+)(?=\s+[A-ZĐ][a-zà-ỹđ]|\s*$)", t[pos:])
        if um and all(_is_upper_word(w) for w in um.group(1).split()):
            title = um.group(1)
            pos += um.end()
    name = _first_name(t, pos)
    return (" ".join(authority) or None), title, name


def _deputy_title(authority: list[str], title: str) -> str:
    """(header25) One who signs 'KT.' for a head is that head's deputy: a title that repeats the head's title or its tail
    ('KT. TỔNG CỤC TRƯỞNG' over 'CỤC TRƯỞNG', a scan that lost 'PHÓ TỔNG' to noise: 'PHO pes CUC TRUONG') is the
    deputy's, 'PHÓ TỔNG CỤC TRƯỞNG' ('THỨ TRƯỞNG' under 'BỘ TRƯỞNG'); any other title is kept as read."""
    head = next((a[4:] for a in authority if a.startswith("KT. ")), None)
    if not head or title.startswith(("PHÓ ", "THỨ ")) or "," in head or not (head == title or head.endswith(" " + title)):
        return title
    deputy = "THỨ TRƯỞNG" if head == "BỘ TRƯỞNG" else "PHÓ " + head
    return deputy if deputy in TITLES else title


# A head of a unit signs with the unit's name after the title when he signs for a superior
# ('TUQ. CỤC TRƯỞNG / TRƯỞNG PHÒNG TUYÊN TRUYỀN VÀ HỖ TRỢ NGƯỜI NỘP THUẾ', 'TL. TỔNG CỤC
# TRƯỞNG / CỤC TRƯỞNG CỤC THANH TRA - KIỂM TRA THUẾ'): the name is part of the title.
_UNIT_TITLE_END = ("PHÒNG", "BAN", "KHOA", "TRẠM")
_UNIT_NOUN_RE = re.compile(r"(?:CỤC|CHI CỤC|VỤ|PHÒNG|VĂN PHÒNG|BAN|SỞ|VIỆN|TRUNG TÂM|BỆNH VIỆN|TRƯỜNG)(?=\s)")


def _unit_of_title(t: str, p: int, title: str) -> tuple[str, int] | None:
    """The unit's name printed after ``title`` (uppercase words up to the signer's name), or
    None when nothing of the kind follows, or the words are the signer's name in capitals."""
    words: list[str] = []
    end = p
    for wm in re.finditer(r"\S+", t[p:]):
        w = wm.group(0)
        if not (_is_upper_word(w) or w in ("-", "&", "–", "~")):  # (header25: "~", an OCR reading of a dash)
            break
        words.append(w)
        end = p + wm.end()
    if not words or len(words) > 12:
        return None
    phrase = " ".join(words)
    if AUTHORITY_RE.match(phrase) or TITLE_RE.match(phrase):
        return None
    if _UNIT_NOUN_RE.match(phrase + " "):
        return phrase, end  # 'CỤC ...', 'VỤ ...': no name begins so
    if not title.endswith(_UNIT_TITLE_END) or is_personal_name(phrase.title()):
        return None
    return phrase, end


def _is_upper_word(w: str) -> bool:
    letters = [c for c in w if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _first_name(t: str, pos: int) -> str | None:
    t = t[:pos] + re.sub(r"(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)|(?:GS|PGS|TS|ThS|BS|KS)\.)\s+", " ", t[pos:])
    for m in NAME_RE.finditer(t, pos):
        words = m.group(1).split()
        for i in range(len(words) - 1):
            cand = " ".join(words[i:])
            if is_personal_name(cand) or is_signer_name(cand):
                return cand
    return None


def _signature_like(line: str, in_block: bool = False) -> bool:
    # ('Đặng Văn Hòa |': a table row whose cell closes on the name's line; the bar is markup)
    s = SIGNED_RE.sub(" ", _norm_markers(line)).strip().strip("|").strip()
    if not re.sub(r"[\W_]+", "", s):  # '[' left of a signature image, '(ký)'
        return True
    if AUTHORITY_RE.match(s) or TITLE_RE.match(s):
        return True
    if in_block and len(s.split()) <= 6 and all(_is_upper_word(w) or not re.sub(r"[\W_]+", "", w) for w in s.split()):
        return True  # a title outside the lexicon ('PHÓ THỐNG ĐÔC' with its typo)
    return is_personal_name(s) or (in_block and is_signer_name(s))


def find_tail(doc: Document, lo: int, hi: int) -> Tail | None:
    """The first recipients/signature block between lines ``lo`` and ``hi`` (inclusive)."""
    noi = sig = None
    for n in range(lo, hi + 1):
        ln = doc.line(n)
        if ln.block == "running":
            continue
        if noi is None and NOI_NHAN_RE.match(ln.text):
            noi = n
            break
        if sig is None:
            for col in columns(ln.text):
                if _authority_line(col):
                    sig = n
                    break
            if sig is not None:
                break
    if noi is None and sig is None:
        return _title_only_tail(doc, lo, hi)
    start = min(x for x in (noi, sig) if x is not None)
    if start > lo:
        # a bare title + name block ('BỘ TRƯỞNG' / 'Nguyễn Chí Dũng') earlier than the first
        # 'Nơi nhận' or marker (which may belong to a form in an appendix) comes first
        early = _title_only_tail(doc, lo, start - 1)
        if early is not None:
            return early
    tail = _read_tail(doc, start, hi, noi is not None and noi == start)
    if not tail.recipients and not (tail.authority or tail.title or tail.signer):
        # nothing of a tail was there: look further down
        return find_tail(doc, start + 1, hi) if start + 1 <= hi else None
    return tail


def _authority_line(col: str) -> bool:
    """'KT. BỘ TRƯỞNG', 'TM. CHÍNH PHỦ', 'KT.' alone: a column opening a signature block."""
    c = _norm_markers(col).strip()
    m = AUTHORITY_RE.match(c)
    if not m:
        return False
    rest = c[m.end():].strip()
    if not rest or TITLE_RE.search(rest):
        return True
    words = rest.split()
    return all(_is_upper_word(w) or w in ("-", "&") for w in words[:4])


def _title_only_tail(doc: Document, lo: int, hi: int) -> Tail | None:
    """No 'Nơi nhận', no marker: a bare title line ('BỘ TRƯỞNG', 'CHỦ TỊCH QUỐC HỘI') with a
    personal name within the next lines, after the text's closing sentence ('./.') or at the
    very end of the text."""
    texts = [(n, doc.line(n).text.strip()) for n in range(lo, hi + 1)
             if doc.line(n).block != "running" and doc.line(n).text.strip()]
    for k, (n, t) in enumerate(texts):
        m = TITLE_RE.match(t)
        if not m or m.start() != 0 or not _is_upper_word(t.replace(" ", "").replace(",", "")):
            continue
        closing = k > 0 and texts[k - 1][1].rstrip().endswith(("./.", "/."))
        at_end = k >= len(texts) - 6
        if not (closing or at_end):
            continue
        if any(is_personal_name(SIGNED_RE.sub("", x).strip()) for _, x in texts[k + 1:k + 4]):
            return _read_tail(doc, n, hi, False)
    # a unit's own plan posted without a header closes with the body that signs, in capitals, over
    # the signer's name, often in capitals too ('BAN GIÁM HIỆU' / 'DƯƠNG MẠNH HÙNG', 'BCH CÔNG
    # ĐOÀN' / 'Lê Thị Hoa'): the last two lines of the text
    if len(texts) >= 3:
        (nb, body), (nn, name) = texts[-2], texts[-1]
        if _SIGNING_BODY_RE.match(body) and _is_upper_word(body.replace(" ", "")) \
                and (is_personal_name(name) or (_is_upper_word(name.replace(" ", "")) and is_personal_name(name.title()))):
            return Tail(start=nb, end=nn, signature_lines=[nb, nn], authority=body, signer=name)
    return None


_SIGNING_BODY_RE = re.compile(r"^(?:BAN|BCH|HỘI\s+ĐỒNG|TỔ|CÔNG\s+ĐOÀN|CHI\s+BỘ|ĐOÀN|LIÊN\s+ĐỘI)(?:\s+[A-ZĐÀ-Ỹ&-]+){1,5}$")


def _read_tail(doc: Document, start: int, hi: int, starts_with_recipients: bool) -> Tail:
    tail = Tail(start=start, end=start)
    sig_pieces: list[str] = []
    in_recipients = False
    recipients_done = False
    prev_item: Recipient | None = None
    blank_run = 0
    last = _window_end(doc, start, hi)
    for n in range(start, last + 1):
        ln = doc.line(n)
        if ln.block == "running":
            continue
        raw = strip_markup(ln.text)
        if not raw.strip():
            blank_run += 1
            continue
        cols = columns(raw)
        left, right = cols[0], cols[1:]
        if NOI_NHAN_RE.match(left) and not recipients_done:
            in_recipients = True
            left = NOI_NHAN_RE.sub("", left, count=1).strip().lstrip("*_ ")
            tail.recipient_lines.append(n)
        sig_here = " ".join(right)
        pos = signature_start(_norm_markers(left)) if left else None
        if pos is not None:
            left_n = _norm_markers(left)
            sig_here = (left_n[pos:] + " " + sig_here).strip()
            left = left_n[:pos].strip()
        if in_recipients and left and sig_pieces and _signature_column_line(left, prev_item):
            # a PDF text layer that reads the two columns line by line alternately ('TUQ. CỤC
            # TRƯỞNG' / 'Nơi nhận:' / 'TRƯỞNG PHÒNG TUYÊN TRUYỀN' / '- Như trên;' / 'VÀ HỖ TRỢ
            # NGƯỜI NỘP THUẾ' / ... / 'Võ Thị Hải Yến'): every recipient opens with its dash or
            # continues an item not yet closed by ';' or '.', so a line in capitals or a bare
            # name after a closed item is the signature column's next line
            sig_here = (left + " " + sig_here).strip()
            left = ""
        if in_recipients and left:
            # ('- Lưu: VT, GT.                 Nguyễn Đức Thịnh': a text layer that keeps the page's
            # layout prints the signature column beside the list, a wide run of spaces between
            # them; a name across that gap is the signer's, even on the 'Lưu' line)
            m = re.search(r"\S\s{4,}(" + NAME_RE.pattern + r")\s*$", left)
            if m and is_personal_name(m.group(1)):
                sig_here = (sig_here + " " + m.group(1)).strip()
                left = left[: m.start(1)].strip()
        if in_recipients and left:
            # 'Thành ủy, HĐND, UBND thành phố; Lê Thị Bích Thuận': the signer's name glued on
            # (not after 'Lưu: VT, ĐMDN (2b).': a name there is the drafter's, not the signer's)
            m = re.search(r"[;.]\s*(" + NAME_RE.pattern + r")\s*$", left)
            if m and is_personal_name(m.group(1)) and not LUU_RE.match(left):
                sig_here = (sig_here + " " + m.group(1)).strip()
                left = left[: m.start() + 1].strip()
            ph = SIGNED_RE.search(left)
            if ph:
                sig_here = (sig_here + " " + ph.group(0)).strip()
                left = SIGNED_RE.sub(" ", left).strip()
        if in_recipients and left:
            # a list flattened onto one line by a converted table cell ('- Thủ tướng Chính phủ;
            # - Các Phó Thủ tướng Chính phủ; - Lưu: VT, NN.'): one recipient per '- ' item
            parts = re.split(r"(?<=[;.])\s+(?=[-–]\s)", left) if len(re.findall(r"(?:^|[;.])\s*[-–]\s", left)) >= 2 else [left]
            for part in parts:
                if not in_recipients:
                    break
                if LUU_RE.match(part):
                    # 'Lưu: VT' files a copy: not a recipient, and the list ends here
                    in_recipients, recipients_done = False, True
                else:
                    prev_item = _add_recipient(tail, part, n, prev_item)
            tail.recipient_lines.append(n)
        elif not in_recipients and left:
            if _signature_like(left, in_block=bool(sig_pieces)):
                sig_here = (left + " " + sig_here).strip()
            elif recipients_done and not sig_pieces and _signature_ahead(doc, n, last):
                # a drafter's note under 'Lưu: VT' ('d:\\2011\\CV\\...', the file's path a web page
                # printed) with the signature column still to come: skipped
                continue
            elif tail.signature_lines or recipients_done or not starts_with_recipients:
                # text that is neither: the tail is over (an appendix or the body resumes)
                break
        if sig_here:
            sig_pieces.append(sig_here)
            tail.signature_lines.append(n)
        tail.end = n
        blank_run = 0
        if sig_pieces and not in_recipients:
            a, t, s = parse_signature(" ".join(sig_pieces))
            if s and (tail.recipient_lines or not _noi_nhan_ahead(doc, n, last)):
                break
    tail.authority, tail.title, tail.signer = parse_signature(" ".join(sig_pieces)) if sig_pieces else (None, None, None)
    return tail


def _window_end(doc: Document, start: int, hi: int) -> int:
    """The last line a tail starting at ``start`` may reach: MAX_TAIL_LINES lines with words.
    Blank lines do not count: a .docx export prints every paragraph with a blank line after it
    and the space left for the signature and the seal as a run of empty paragraphs ('CHỦ TỊCH'
    and the name 14 lines apart), so counting them would cut the block before its name."""
    seen = 0
    for n in range(start, hi + 1):
        if doc.line(n).text.strip():
            seen += 1
            if seen > MAX_TAIL_LINES:
                return n - 1
    return hi


def _signature_column_line(left: str, prev: Recipient | None) -> bool:
    """See _read_tail: a line of the signature column met inside an interleaved recipients list."""
    t = left.strip()
    if re.match(r"^[-–+•]", t) or prev is None or not prev.text.rstrip().endswith((";", ".")):
        return False
    words = t.split()
    if len(words) <= 10 and all(_is_upper_word(w) or w in ("-", "&", ",") for w in words):
        return True
    return is_personal_name(t)


def _signature_ahead(doc: Document, n: int, last: int, lookahead: int = 3) -> bool:
    """A signature line (authority marker or title) within the next few lines."""
    seen = 0
    for k in range(n + 1, last + 1):
        t = strip_markup(doc.line(k).text).strip()
        if not t:
            continue
        c = _norm_markers(columns(t)[0]).strip()
        if _authority_line(c) or TITLE_RE.match(c):
            return True
        seen += 1
        if seen >= lookahead:
            break
    return False


def _noi_nhan_ahead(doc: Document, n: int, last: int, lookahead: int = 4) -> bool:
    """A 'Nơi nhận' within the next few lines: the signature column came first."""
    seen = 0
    for k in range(n + 1, last + 1):
        t = doc.line(k).text
        if not t.strip():
            continue
        if NOI_NHAN_RE.match(t):
            return True
        seen += 1
        if seen >= lookahead:
            break
    return False


def _add_recipient(tail: Tail, text: str, n: int, prev: Recipient | None) -> Recipient | None:
    t = text.strip()
    if not t:
        return prev
    level = 1
    if t.startswith("+"):
        level = 2
    elif not t.startswith(("-", "–", "•")) and prev is not None:
        if prev.text.endswith(":") or prev.level == 2 and not prev.text.endswith(":"):
            level = 2
        elif not prev.text.endswith((";", ".", ":")) and any(r.text for r in tail.recipients):
            prev.text = f"{prev.text} {t}".strip()
            return prev
    item = re.sub(r"^[-–+•]\s*", "", t).strip()
    if not item:
        return prev
    r = Recipient(text=item, line=n, level=level)
    tail.recipients.append(r)
    return r
