"""Structure: header, numbered sections, recipients and signature.

What this stage leaves on the :class:`~pipeline.model.Document` for extract and store:

* ``doc.header``: type, number, date, place, issuer (and its parent body), title/trích yếu,
  Kính gửi, signer authority/title/name, period.
* ``doc.sections``: the numbered headings and items (and '-'/'+' bullets, which add no label
  to paths); :func:`section_path_at` gives the path for a line.
* ``doc.recipients``: the 'Nơi nhận' list ('+' sub-items at level 2; 'Lưu: VT' is not a
  recipient).
* ``Line.block``: lines that are not body text get 'header', 'recipients', 'signature' or
  'tail' (both, or blank lines inside the tail); 'running' and the ingest's 'header_left' /
  'header_right' stay as they are.  **A line is body text iff ``block == 'body'``.**
* ``doc.meta['body_span']``: (first, last) line of body text; ``doc.meta['body_segments']``:
  the body ranges (the main text, then each appendix after a signature or 'Phụ lục');
  ``doc.meta['body_start']``: (line, column) when body text starts inside a merged header
  line (a web scrape that glued 'CHỈ THỊ VỀ ... Ngày 24 tháng 6 ...' together).
"""
from __future__ import annotations

from pipeline.config import Config
import re

from pipeline.model import Document, Section
from pipeline.structure.header import MOTTO_RE, _symbol_type, displaced_header, first_line_issuer, parse_header, period_from_text
from pipeline.structure.authority import complete_bare_committee, preamble_authority
from pipeline.structure.closing import appendix_identity, behalf_issuer, consolidation, enacting_issuer, own_adoption
from pipeline.structure.genre import NON_DIRECTIVE_TYPES, adoption, court_ruling, judgement_type, title_number
from pipeline.structure.cable import cable_addressees
from pipeline.structure.cardsigner import card_signer
from pipeline.structure.lead_issuer import fuller_issuer, lead_issuer
from pipeline.structure.posted import answers_cited_type, event_holder, naming_line, posted_header, site_metadata, symbol_line_copy
from pipeline.structure import posted26
from pipeline.structure.printstamp import print_stamp_line
from pipeline.structure.sections import build_sections, section_at, section_path_at
from pipeline.structure.tail import APPENDIX_RE, find_tail

__all__ = ["structure", "section_path_at", "section_at", "parse_header", "find_tail"]

NON_BODY_KEEP = {"running", "header_left", "header_right"}
MAX_TAILS = 3



_NOTICE_WORD_RE = re.compile(r"(?<![^\W_])(?i:thông\s+báo)(?![^\W_])")

def structure(doc: Document, config: Config) -> Document:
    if not doc.lines:
        return doc
    last = len(doc.lines)
    # (tasks37: a portal's print stamp over the posting is page furniture, not the document's date line:
    # the header is read from the line after it, the body starts there too)
    stamp = print_stamp_line(doc)
    hr = parse_header(doc) if stamp is None else parse_header(doc, start=stamp + 1)
    if stamp is not None:
        hr.end = max(hr.end, stamp)
        doc.line(stamp).block = "running"
    doc.header = hr.header
    header_lines = list(hr.lines)
    if hr.header.number is None and hr.header.date is None:
        late = displaced_header(doc, hr.end)
        if late is not None:
            for f in ("doc_type", "number", "date", "place", "issuer", "issuer_parent", "title"):
                if getattr(doc.header, f) in (None, "") and getattr(late.header, f):
                    setattr(doc.header, f, getattr(late.header, f))
            if late.header.addressees and not doc.header.addressees:
                # (the letter's own 'Kính gửi' list, under its displaced header)
                doc.header.addressees = late.header.addressees
            header_lines += late.lines
    elif (hr.header.issuer is None or hr.header.date is None) and not any(MOTTO_RE.search(doc.line(n).text) for n in hr.lines):
        # a page's property list ('Số kí hiệu Số: 218 /BC-UBND', 'Ngày ban hành 24/06/2022', ...)
        # gave the first fields, and its label lines ran the reading out before the header block
        # printed below it: the block with the national motto is the document's own header, its
        # fields win, the list's fill what it left empty (a page's preface is short: a motto
        # further down belongs to a document attached after this one's body)
        late = displaced_header(doc, hr.end, window=40)
        if late is not None:
            for f in ("doc_type", "number", "date", "place", "issuer", "issuer_parent", "title"):
                if getattr(late.header, f):
                    setattr(doc.header, f, getattr(late.header, f))
            if late.header.addressees and not doc.header.addressees:
                doc.header.addressees = late.header.addressees
            header_lines += [n for n in range(hr.end + 1, late.end + 1)]
            hr = late
    h = doc.header
    if not (h.number or h.date or h.issuer or h.doc_type):
        # no header block at all: a body published alone (a portal's page, a news item) names
        # itself in a bracket or a news lead, and its issuer speaks in the opening sentence
        ph = posted_header(doc)
        h.number, h.date, h.issuer = ph.number, ph.date, ph.issuer
        if ph.signer and not h.signer:
            h.signer = ph.signer
        if ph.signer_title and not h.signer_title:
            h.signer_title = ph.signer_title
        if ph.title and not h.title:
            h.title = ph.title
        # (a numbered letter whose symbol names no type is a công văn)
        h.doc_type = ph.doc_type or _symbol_type(ph.number) or ("Công văn" if ph.number else None)
    elif h.doc_type and not (h.number or h.date or h.issuer) and not hr.body_start:
        # only a type: a post whose title or heading names the document ('THÔNG BÁO' over 'Về
        # việc ...', 'Thông báo số 263/TB-UBND về việc ...' as the page's title) and no header
        # block; its issuer speaks in the body ('Uỷ ban nhân dân phường X thông báo và đề nghị
        # ...', 'UBND thành phố đã ban hành Thông báo số ...'), which may give the number too
        ph = posted_header(doc)
        h.issuer = ph.issuer
        if ph.number and ph.doc_type not in (None, h.doc_type) and answers_cited_type(doc, h.doc_type, ph.number):
            # (header22: the title names a document the post's own cites as its ground: the post's own wins)
            h.doc_type, h.number, h.date = ph.doc_type, ph.number, ph.date
            h.signer_title, h.signer = h.signer_title or ph.signer_title, h.signer or ph.signer
        if ph.number and (ph.doc_type is None or ph.doc_type == h.doc_type):
            h.number, h.date = ph.number, h.date or ph.date
        if h.date is None and not h.number:
            # (header26: a notice titled by its type that dates itself 'tính đến ngày hôm nay ( 29/04/2022 )')
            h.date = posted26.today_date([ln.text for ln in doc.lines[:8] if ln.text.strip()])
        if ph.signer and not h.signer and ph.doc_type in (None, h.doc_type):
            # ('KẾT LUẬN CỦA UBTVQH ...' over 'Tổng Thư ký Quốc hội, ... <name> vừa có văn bản thông báo Kết luận ...':
            # the lead names who signs the document the title names)
            h.signer, h.signer_title = ph.signer, h.signer_title or ph.signer_title
        if h.doc_type == "Kết luận" and not h.number and _NOTICE_WORD_RE.search(" ".join(
                ln.text for ln in doc.lines[:30])):
            # (a page titled 'KẾT LUẬN CỦA <body> ...' that calls the text a 'thông báo': a Thông báo whose title is
            # 'Kết luận của ...', samples/gold/README.md's 'Thông báo kết luận'; a Party body's 'Kết luận số 127-KL/TW'
            # has its number and keeps its type)
            h.doc_type = "Thông báo kết luận"
    elif h.date and not (h.number or h.issuer or h.doc_type):
        # only a date: a portal's own line over the post ('Hải Phòng, ngày 18 tháng 11 năm 2019' over
        # '..., ngày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số 42/KH-UBND ...'); a lead
        # that names the document by its number gives the text's identity, its day included
        ph = posted_header(doc)
        if ph.number and ph.issuer:
            h.number, h.issuer = ph.number, ph.issuer
            h.date = ph.date or h.date
            h.doc_type = ph.doc_type or _symbol_type(ph.number) or "Công văn"
            h.signer, h.signer_title = h.signer or ph.signer, h.signer_title or ph.signer_title
        elif ph.issuer and ph.number is None and ph.doc_type is None and ph.issuer == event_holder(doc):
            # (header32: the date is the lead's own worded day, 'Chiều, ngày 19 tháng 01 năm 2019, Liên đoàn lao động huyện
            # X đã tổ chức thành công hội nghị ...' (header batch AM15): the body that holds the event is the issuer, as it
            # is under a numeric day)
            h.issuer = ph.issuer
    if h.number is None and h.date is None:
        # a legal database's page without the header block: its property list names the document
        meta = site_metadata(doc)
        if meta.number or meta.date:
            h.number, h.date = meta.number, meta.date
            h.issuer = h.issuer or meta.issuer
            h.doc_type = h.doc_type or meta.doc_type or _symbol_type(meta.number)
    if not h.issuer or not h.number:
        # a line that names the document by type, number, date and issuer ('THÔNG TƯ SỐ
        # 01/2011/TT-BNV Ngày 19/01/2011 của Bộ Nội Vụ'): what the header did not give
        nl = naming_line(doc)
        # (with no number of its own, the header takes one only from a line above it or from its
        # own first line: a line below that opens with a type and a number is the body citing
        # another document)
        above = not header_lines or (nl is not None and nl.line is not None and nl.line <= min(header_lines))
        if nl is not None and (nl.number == h.number or h.number is None and above) and h.doc_type in (None, nl.doc_type):
            h.doc_type = h.doc_type or nl.doc_type
            h.number = h.number or nl.number
            h.date = h.date or nl.date
            h.issuer = h.issuer or nl.issuer
    if not h.issuer:
        named = first_line_issuer(doc)
        if named is not None and named not in header_lines and (not header_lines or named < min(header_lines)):
            h.issuer = doc.line(named).text.strip()
            header_lines.append(named)
    cabled, cable_lines = cable_addressees(doc, header_lines)
    if cabled:
        # (points21: a cable printed from its sender's 'điện:' line on: its addressee list, not its body)
        h.addressees = h.addressees or cabled
        header_lines += cable_lines
    for n in header_lines:
        ln = doc.line(n)
        if ln.block not in NON_BODY_KEEP:
            ln.block = "header"
    if hr.body_start:
        doc.meta["body_start"] = hr.body_start

    # tails: the first one is the document's own signature; an appendix may follow it
    tails = []
    pos = hr.end + 1
    while pos <= last and len(tails) < MAX_TAILS:
        t = find_tail(doc, pos, last)
        if t is None:
            break
        tails.append(t)
        pos = t.end + 1
    if tails:
        first = tails[0]
        doc.header.signer_authority = first.authority
        # (a press lead may have named the signer of a text printed without its signature)
        doc.header.signer_title = first.title or (doc.header.signer_title if not first.signer else None)
        doc.header.signer = first.signer or (doc.header.signer if not first.title else None)
        if not doc.header.issuer and first.authority and not re.match(r"(?:TM|KT|TL|TUQ|Q)\.", first.authority):
            # no header names the issuer: the body that signs is the issuer (ANNOTATION.md)
            doc.header.issuer = first.authority
        doc.recipients = [r for t in tails for r in t.recipients]
    if not tails:
        _inline_signature(doc)
    if not doc.header.signer and not doc.header.signer_title:
        # a database's property list names the signer of a text it printed without its signature
        # (points22, structure/cardsigner.py) 'Người ký Trần Song Tùng', 'Người ký văn bản:' + the name's line
        listed = site_metadata(doc).signer or card_signer(doc)
        if listed:
            doc.header.signer = listed
    if court_ruling(doc):
        # a judgement or a court's decision (giám đốc thẩm, tái thẩm): rulings, not directives
        doc.meta["court_ruling"] = True
        if doc.header.doc_type in (None, "Quyết định", "Công văn"):
            doc.header.doc_type = judgement_type(doc) or doc.header.doc_type
    if doc.header.doc_type in NON_DIRECTIVE_TYPES:
        # a law or precedent prints no place-and-date line: its date is the day it was adopted;
        # a precedent's number stands in its title ('Án lệ số 27/2019/AL về ...')
        if doc.header.date is None or not doc.header.issuer:
            adopted, body = adoption(doc)
            doc.header.date = doc.header.date or adopted
            doc.header.issuer = doc.header.issuer or body
        doc.header.number = doc.header.number or title_number(doc)
    _identity_from_closing(doc, tails[0] if tails else None)
    copy = symbol_line_copy(doc)
    if copy is not None:
        # (header23: a portal copy whose first line is its own symbol alone, then the signature run into 'Theo <BODY> -')
        doc.header.number = copy.number
        doc.header.doc_type = doc.header.doc_type or _symbol_type(copy.number) or "Công văn"
        doc.header.issuer = doc.header.issuer or copy.issuer
        if copy.signer and not doc.header.signer:
            doc.header.signer, doc.header.signer_title = copy.signer, doc.header.signer_title or copy.signer_title
    if not doc.header.issuer:
        # the enacting body over the legal bases, when no header named it (a print page without its
        # header block, a header whose glyphs were lost)
        doc.header.issuer = preamble_authority(doc)
    whole = complete_bare_committee(doc, doc.header.issuer, doc.header.number, doc.header.place)
    if whole:
        # ('ỦY BAN NHÂN DÂN |' with 'Lạng Sơn, ngày ...': the committee's level and place)
        doc.header.issuer = whole
    if not doc.header.issuer:
        # (header46: a body-only item that no reader above named: the holder of the event it reports, the body retold
        # asking, the body of the officer who chairs or signs, structure/lead_issuer.py)
        doc.header.issuer = lead_issuer(doc)
    if doc.header.issuer:
        # (header46: 'UBND xã' in the lead, 'UBND xã Cao Sơn' further on: the full name)
        doc.header.issuer = fuller_issuer(doc, doc.header.issuer) or doc.header.issuer
    for t in tails:
        rec, sig = set(t.recipient_lines), set(t.signature_lines)
        for n in range(t.start, t.end + 1):
            ln = doc.line(n)
            if ln.block == "running":
                continue
            ln.block = "recipients" if n in rec and n not in sig else (
                "signature" if n in sig and n not in rec else "tail")

    segments = _segments(doc, hr.end + 1, last, tails)
    doc.meta["body_segments"] = segments
    body = [ln.number for ln in doc.lines if ln.block == "body" and ln.text.strip()]
    doc.meta["body_span"] = (body[0], body[-1]) if body else None
    doc.sections = _with_table_rows(doc, build_sections(doc, segments), config)
    if doc.header.period is None and doc.header.doc_type in (None, "Chương trình công tác", "Lịch công tác", "Chương trình"):
        doc.header.period = _period_from_sections(doc)
    return doc


def _inline_signature(doc: Document) -> None:
    """The signature of a text a web page ran into one paragraph ('... thi hành./. Nơi nhận: - Như
    điều 4; - Lưu VT. TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN BÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi ...'):
    no line of its own holds it, so the tail reader finds none; the first authority marker after
    'Nơi nhận:' opens it (its recipients are not read: their ends are lost with the lines)."""
    from pipeline.structure.tail import parse_signature
    from pipeline.structure.titles import AUTHORITY_RE

    for ln in reversed(doc.lines):
        text = ln.text
        nm = re.search(r"\S.*?\sN[ơo]i\s+nh[ậa]n\s*:", text)  # (inside a line, after other text)
        am = AUTHORITY_RE.search(text, nm.end()) if nm else None
        if am is not None:
            break
    else:
        glued = _glued_signature(doc)
        if glued is not None:
            h = doc.header
            h.signer_authority, h.signer_title, h.signer = glued
        return
    authority, title, signer = parse_signature(text[am.start():am.start() + 240])
    if signer:
        h = doc.header
        h.signer_authority, h.signer_title, h.signer = authority, title, signer


# '... để nhân dân biết, thực hiện./. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình',
# '... thực hiện nghiêm túc. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Hải', '... đôn đốc./. CHỦ TỊCH (Đã ký)
# Phạm Minh Tuấn': a portal that ran a short notice into one paragraph keeps its signature block
# at the paragraph's end, with no 'Nơi nhận:' before it; after the closing sentence's stop, the
# block opens with a marker or a title in capitals and ends with the signer's name
_GLUED_SIG_RE = re.compile(r"(?:\./\.|[.;!])\s+(?=(?:T/M|K/T|T/L|TM|KT|TL|TUQ|Q)\.|[A-ZĐÀ-Ỹ]{2,}\s)")


def _glued_signature(doc: Document, reach: int = 3) -> tuple[str | None, str | None, str] | None:
    from pipeline.structure.tail import _norm_markers, parse_signature, signature_start
    from pipeline.structure.titles import is_signer_name

    texts = [ln.text.strip() for ln in doc.lines if ln.text.strip() and ln.block != "running"][-reach:]
    for text in reversed(texts):
        for m in _GLUED_SIG_RE.finditer(text):
            rest = _norm_markers(text[m.end():]).strip()
            if len(rest) > 200 or signature_start(rest) != 0:
                continue
            authority, title, signer = parse_signature(rest)
            if signer and (title or authority) and rest.endswith(signer) and is_signer_name(signer):
                return authority, title, signer
    return None


def _identity_from_closing(doc: Document, tail=None) -> None:
    """Fields the header block left empty, from formulas outside it (structure/closing.py):
    a consolidated text's authentication block (its own number, date and body, which replace
    the consolidated act's type line: the act's type is kept in meta['consolidated_type']),
    the text's own appendix attach line, a resolution's own adoption formula, the preamble's
    enacting formula, a 'TM. <body>' signature."""
    h = doc.header
    block = consolidation(doc)
    if block is not None:
        issuer, number, date = block
        if h.doc_type and h.doc_type != "Văn bản hợp nhất":
            doc.meta["consolidated_type"] = h.doc_type
        h.doc_type = "Văn bản hợp nhất"
        h.number = number or h.number
        h.date = date or h.date
        h.issuer = issuer or h.issuer
    if h.number is None and h.date is None:
        attached = appendix_identity(doc, min(len(doc.lines), 25))
        if attached is not None:
            h.number, h.date = attached
    if h.date is None:
        own = own_adoption(doc)
        if own is not None:
            h.date = own[0]
            h.issuer = h.issuer or own[1]
    if not h.issuer:
        signed = [doc.line(n).text for n in (tail.signature_lines if tail else [])]
        if tail and tail.signature_lines:
            # a page holding nothing but the signature block reads its 'TM. CHÍNH PHỦ' line as
            # part of a header above 'KT. THỦ TƯỚNG': the line just before the block still signs
            above = next((k for k in range(tail.signature_lines[0] - 1, 0, -1) if doc.line(k).text.strip()), None)
            if above is not None:
                signed.insert(0, doc.line(above).text)
        h.issuer = enacting_issuer(doc) or next((b for b in map(behalf_issuer, signed) if b), None)


def _with_table_rows(doc: Document, sections: list[Section], config: Config) -> list[Section]:
    """The rows of a flattened task table (Phụ lục: 'TT | Nội dung | Cơ quan chủ trì | ...') as
    sections: group 'I' > row '1' (> row '1.1'), the same paths extract gives the rows' tasks.

    The lines of such a table are cells, not prose: their bare row numbers ('1', 'II') are no
    headings to the section builder, and what it read there (a '1.' group title, a cell that
    starts with a number) is replaced by the table's own rows."""
    from pipeline.extract.appendix import read_tables  # the table readers work on lines only
    from pipeline.extract.offices import gazetteer_path, load_gazetteer

    # (the tables extract reads, with the same gazetteer: a Phụ lục in column groups too)
    tables = read_tables(doc, load_gazetteer(gazetteer_path(config.models_dir)))
    if not tables:
        return sections
    spans = [(tb.line_start, tb.line_end) for tb in tables]
    inside = lambda n: any(a <= n <= b for a, b in spans)  # noqa: E731
    kept = [x for x in sections if not inside(x.line_start)]
    new: list[Section] = []
    for tb in tables:
        # the section holding the table (the Phụ lục's heading, if any) is its parent
        outer = max((x for x in kept if x.line_start < tb.line_start <= x.line_end), key=lambda x: x.level, default=None)
        base_level, base_path = (outer.level, outer.path) if outer else (0, "")
        by_path: dict[str, Section] = {}

        def add(label: str, parent_path: str, start: int, end: int, style: str, title: str) -> Section:
            path = " > ".join(x for x in (parent_path, label) if x)
            sec = by_path.get(path)
            if sec is not None:
                sec.line_end = max(sec.line_end, end)
                return sec
            parent = by_path.get(parent_path) or outer
            sec = Section(id=0, label=label, title=title, level=(parent.level if parent else base_level) + 1,
                          parent=None, line_start=start, line_end=end, style=style, path=path)
            sec.parent = parent  # resolved to an id below
            by_path[path] = sec
            new.append(sec)
            return sec

        for r in tb.rows:
            number = r.number.split(" > ")[0]
            parent_path = base_path
            if r.group:
                # ('II > II.1': a group under a group, one section each)
                for g in r.group.split(" > "):
                    add(g, parent_path, r.line_start, r.line_end, "roman" if g[0] in "IVX" else "letter", "")
                    parent_path = " > ".join(x for x in (parent_path, g) if x)
            if re.fullmatch(r"\d+\.\d+", number):
                major = number.split(".")[0]
                add(major, parent_path, r.line_start, r.line_end, "arabic", "")
                parent_path = " > ".join(x for x in (parent_path, major) if x)
            add(number, parent_path, r.line_start, r.line_end, "decimal" if "." in number else "arabic", r.text[:80])
    by_id = {x.id: x for x in sections}
    for x in kept:  # parents as objects while the ids change
        x.parent = by_id.get(x.parent) if isinstance(x.parent, int) else x.parent
    out = sorted(kept + new, key=lambda x: (x.line_start, x.level))
    for i, x in enumerate(out, 1):
        x.id = i
    alive = {id(x) for x in out}
    for x in out:
        x.parent = x.parent.id if isinstance(x.parent, Section) and id(x.parent) in alive else None
    return out


def _segments(doc: Document, lo: int, hi: int, tails) -> list[tuple[int, int]]:
    """Body ranges between the header, the tails and appendix headings ('Phụ lục')."""
    cuts: list[tuple[int, int]] = [(t.start, t.end) for t in tails]
    for n in range(lo, hi + 1):
        if APPENDIX_RE.match(doc.line(n).text):
            cuts.append((n, n - 1))  # an appendix starts a new tree at its heading line
    cuts.sort()
    segs: list[tuple[int, int]] = []
    start = lo
    for a, b in cuts:
        if a > start:
            segs.append((start, a - 1))
        start = max(start, b + 1)
    if start <= hi:
        segs.append((start, hi))
    return [(a, b) for a, b in segs if any(doc.line(n).text.strip() for n in range(a, b + 1))]


def _period_from_sections(doc: Document) -> str | None:
    """A work programme whose first page is missing still names its month in a heading
    ('Phiên họp thường kỳ UBND huyện tháng 5/2023'): the first heading that does."""
    for s in doc.sections:
        if s.style == "bullet" or s.level > 2:
            continue
        p = period_from_text(s.title, year_ok=False)
        if p:
            return p
    return None
