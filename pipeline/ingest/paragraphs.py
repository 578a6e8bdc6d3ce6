"""Paragraphs across line and page breaks, without changing the line model.

Ingest keeps one :class:`~pipeline.model.Line` per physical line (repair must keep line
counts and every task points at its lines).  Sentences, however, run over line and page
breaks; structure and extract need them whole.  :func:`mark_continuations` sets
``Line.continues`` (the sentence goes on in the next body line) and :func:`paragraphs`
returns the joined text with the line numbers it came from.

Hyphenation: Vietnamese words are single syllables and are never split at a line end, so a
hyphen there is a real one ('NQ-\\nTW', '2010 -\\n2020'): it is kept and the lines are
joined without a space when the hyphen touches a letter or digit.  A soft hyphen (U+00AD)
is dropped and the halves joined (foreign words in Word exports).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.model import Document, Line

# A line that opens a new item: '1.', '1.2.', 'a)', 'II.', '-', '+', '•', 'Điều 3.', 'Nơi nhận'
ITEM_RE = re.compile(
    r"^\s*(?:[-–—+•*]\s|\d{1,3}(?:\.\d{1,3})*[.)]\s|[a-zđ][.)]\s|[IVXLC]{1,6}[.)]\s|[A-Z][.)]\s"
    r"|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+|N[ơo]i\s+nh[ậa]n|Kính\s+gửi)",
)
END_RE = re.compile(r"[.!?…]['\"”’)]*\s*$")  # a sentence ends; ':' and ';' end a clause only
CLAUSE_END_RE = re.compile(r"[:;]['\"”’)]*\s*$")


@dataclass
class Paragraph:
    text: str
    lines: list[int]  # line numbers (1-based) joined into it
    page: int
    block: str = "body"


def _continues(cur: Line, nxt: Line, right_margin: float | None) -> bool:
    text = cur.text.rstrip()
    following = nxt.text.lstrip()
    if not text or not following:
        return False
    if text.endswith("\u00ad"):
        return True
    if cur.block != nxt.block:
        return False
    if not any(ch.isalnum() for ch in text) or not any(ch.isalnum() for ch in following):
        return False  # rules '_____' and separators break paragraphs
    if ITEM_RE.match(following):
        return False
    if END_RE.search(text):
        return False
    if CLAUSE_END_RE.search(text):
        return following[0].islower()
    if text.isupper() and not following[0].islower():
        return False  # a heading in capitals ('CHỈ THỊ') then its subtitle
    if following[0].islower() or text.endswith((",", "-", "(", "và", "của")):
        return True
    # A PDF line that reaches the right margin was wrapped by the typesetter.
    if right_margin is not None and cur.bbox is not None and cur.block == "body":
        size = max((f.size for f in cur.fonts), default=12.0) or 12.0
        return cur.bbox[2] >= right_margin - 2.5 * size
    return False


def _right_margins(lines: list[Line]) -> dict[int, float]:
    """The right edge of the text block on each page (90th percentile of line ends)."""
    by_page: dict[int, list[float]] = {}
    for ln in lines:
        if ln.bbox is not None and ln.block == "body":
            by_page.setdefault(ln.page, []).append(ln.bbox[2])
    out = {}
    for page, xs in by_page.items():
        xs.sort()
        out[page] = xs[int(0.9 * (len(xs) - 1))]
    return out


def mark_continuations(doc: Document) -> None:
    """Set ``Line.continues`` for every non-running line of the document, in place."""
    lines = [ln for ln in doc.lines if ln.block != "running"]
    margins = _right_margins(lines)
    for cur, nxt in zip(lines, lines[1:]):
        cur.continues = _continues(cur, nxt, margins.get(cur.page))
    if lines:
        lines[-1].continues = False


def join_lines(texts: list[str]) -> str:
    """Join physical lines of one paragraph: a space between, none after a soft hyphen or
    after a hyphen that touches a letter ('NQ-' + 'TW' -> 'NQ-TW')."""
    out = ""
    for t in texts:
        t = t.strip()
        if not out:
            out = t
        elif out.endswith("\u00ad"):
            out = out[:-1] + t
        elif re.search(r"\w[-‐]$", out):
            out = out + t
        else:
            out = out + " " + t
    return out


def paragraphs(doc: Document) -> list[Paragraph]:
    """The document's body as paragraphs (running headers/footers left out).

    Uses ``Line.continues`` as set by ingest (PDF and OCR); for documents whose lines were
    never marked (plain text) it marks them first from punctuation and list markers; a
    .docx has one line per Word paragraph (``doc.meta['paragraph_lines']``) and is left as is.
    """
    if not doc.meta.get("paragraph_lines") and not any(ln.continues for ln in doc.lines):
        mark_continuations(doc)
    out: list[Paragraph] = []
    cur: list[Line] = []
    for ln in doc.lines:
        if ln.block == "running":
            continue
        if not ln.text.strip():
            if cur:
                out.append(_para(cur))
                cur = []
            continue
        cur.append(ln)
        if not ln.continues:
            out.append(_para(cur))
            cur = []
    if cur:
        out.append(_para(cur))
    return out


def _para(lines: list[Line]) -> Paragraph:
    return Paragraph(text=join_lines([ln.text for ln in lines]), lines=[ln.number for ln in lines],
                     page=lines[0].page, block=lines[0].block)
