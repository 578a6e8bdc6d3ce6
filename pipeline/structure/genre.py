"""Texts that direct no one: a constitution, a law, an ordinance, a court precedent or judgement.

chidao reads directives (chương trình công tác, kế hoạch, chỉ thị, công văn, thông báo kết
luận ...): sentences that give someone work.  A legislative or judicial text is written in the
same imperative-looking register -- 'Bộ Lao động - Thương binh và Xã hội ... có trách nhiệm sau
đây: a) Công khai ...', 'Tòa án phải thụ lý ...', 'Chính phủ quy định chi tiết Điều này' -- but
what it states are norms: standing duties and competences that bind by law, addressed to whole
classes of bodies, with no term and no one to report to.  A user who runs chidao over a folder
of documents expects no "tasks" from the Constitution or from an Án lệ (ANNOTATION.md: a task
is a sentence that *directs someone to do something*; a law's articles, a court's rulings and a
precedent's holding direct no one in that sense).  So such a text is recognised by its own type
(the header's 'LUẬT', 'HIẾN PHÁP', 'Án lệ số ...') and the extract stage leaves its task list
empty; its cited documents are still read.

Normative texts of the executive (Nghị định, Thông tư, Quyết định ban hành quy chế) are NOT in
this set: their closing articles ('Bộ trưởng Bộ X chịu trách nhiệm ...', 'Giao Sở Y ...') and a
Quyết định / Nghị quyết that promulgates a plan or programme carry real assignments.

Legislative texts print no place-and-date line: their date is the day they were adopted, given
in the closing formula ('Luật này được Quốc hội ... khóa XIV, kỳ họp thứ 10 thông qua ngày 13
tháng 11 năm 2020.') or, for a precedent, under its title ('Được Hội đồng Thẩm phán Tòa án nhân
dân tối cao thông qua ngày 22 tháng 8 năm 2019 ...'); the adopting body is the issuer.
"""
from __future__ import annotations

import datetime as _dt
import re

from pipeline.model import Document

__all__ = ["NON_DIRECTIVE_TYPES", "is_directive", "adoption", "title_number", "court_ruling", "judgement_type"]

# document types (as structure/header.py writes them) whose sentences are norms or rulings
NON_DIRECTIVE_TYPES = frozenset({"Hiến pháp", "Luật", "Bộ luật", "Pháp lệnh", "Án lệ", "Bản án"})

# '... (được) <body> (khóa XIV, kỳ họp thứ 10) thông qua ngày 13 tháng 11 năm 2020'
_ADOPTED_RE = re.compile(
    r"(?:[Đđ]ược\s+(?P<body>[^.;]{3,160}?)\s+)?thông\s+qua\s+ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})")
# what follows the body's name in a closing formula: its term and session, not the body
_SESSION_RE = re.compile(r"\s*(?:nước\s+Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam|,?\s*khóa\s+[IVXLC]+|,?\s*kỳ\s+họp\s+(?:thứ\s+)?\S+|,)+\s*$", re.I)


# the enacting formula of a law or an ordinance ('Quốc hội ban hành Luật An toàn, vệ sinh lao động.'),
# printed even where the gazette splits a consolidated text and leaves its header to another issue
_ENACTING_RE = re.compile(r"(?m)^\s*(?P<body>Quốc\s+hội|Ủy\s+ban\s+[Tt]hường\s+vụ\s+Quốc\s+hội)\s+ban\s+hành\s+"
                          r"(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Hiến\s+pháp)(?![^\W_])")


# a court's judgement or decision is pronounced 'in the name of the State': 'NHÂN DANH / NƯỚC CỘNG
# HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' above the court's name ('TÒA ÁN NHÂN DÂN TỈNH ...'), a formula no
# administrative text prints
_IN_THE_NAME_RE = re.compile(r"NHÂN\s+DANH\s+(?:NƯỚC\s+)?CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM", re.I)
_JUDGEMENT_RE = re.compile(r"(?<![^\W_])(?:BẢN\s+ÁN|Bản\s+án)(?:\s+số|\s*$)", re.M)


def court_ruling(doc: Document, head_lines: int = 60) -> bool:
    """Is the text a court's judgement or decision (pronounced in the name of the State)?"""
    head = "\n".join(ln.text for ln in doc.lines[:head_lines])
    return bool(_IN_THE_NAME_RE.search(re.sub(r"\s+", " ", head)))


def judgement_type(doc: Document, head_lines: int = 60) -> str | None:
    """'Bản án' when a court ruling's head names itself so ('BẢN ÁN', 'Bản án số: 12/2020/DS-PT')."""
    head = "\n".join(ln.text for ln in doc.lines[:head_lines])
    return "Bản án" if _JUDGEMENT_RE.search(head) else None


def is_directive(doc: Document) -> bool:
    """False for a text of a non-directive type or a court's ruling (see the module's docstring)."""
    if doc.meta.get("court_ruling"):
        return False
    if doc.meta.get("consolidated_type") in NON_DIRECTIVE_TYPES:
        return False  # a consolidated law is still a law
    return not (doc.header and doc.header.doc_type in NON_DIRECTIVE_TYPES)


def adoption(doc: Document) -> tuple[_dt.date | None, str | None]:
    """(date, adopting body) of a legislative or judicial text's 'thông qua ngày ...' formula.

    The formula may wrap over lines (Công báo hard wraps): lines are joined with spaces.  The
    last formula wins for a law (its closing formula; an earlier one may cite another law's
    adoption), the first for a precedent (printed under its title; the judgement it reproduces
    cites other dates)."""
    text = " ".join(ln.text.strip() for ln in doc.lines)
    hits = list(_ADOPTED_RE.finditer(text))
    if not hits:
        return None, _enacting_body(doc)
    m = hits[0] if doc.header.doc_type in ("Án lệ", "Bản án") else hits[-1]
    try:
        date = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        date = None
    body = m.group("body")
    if body:
        body = re.sub(r"^(?:này\s+)?(?:đã\s+)?(?:được\s+)?", "", body.strip())
        body = _SESSION_RE.sub("", body).strip(" ,") or None
    else:
        body = _enacting_body(doc)
    return date, body


def _enacting_body(doc: Document) -> str | None:
    """The body of the enacting formula ('Quốc hội ban hành Luật ...'), when the text prints one."""
    em = _ENACTING_RE.search("\n".join(ln.text for ln in doc.lines))
    return re.sub(r"\s+", " ", em.group("body")) if em else None


def title_number(doc: Document) -> str | None:
    """The number a title line states ('Án lệ số 27/2019/AL về thụ lý ...', 'Luật số
    69/2020/QH14'): the first non-empty line, when it names the document's own type."""
    from pipeline.structure.header import SCRAPE_TITLE_RE

    first = next((ln.text.strip() for ln in doc.lines if ln.text.strip()), "")
    m = SCRAPE_TITLE_RE.match(first)
    if not m or m.group(1).casefold() != (doc.header.doc_type or "").casefold():
        return None
    return m.group(2).rstrip(".,;:")
