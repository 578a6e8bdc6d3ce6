"""The one data model that flows through every stage.

A :class:`Document` is created by ingest, its lines are rewritten in place by repair (the
original text of each line is kept in ``Line.raw``), structure fills ``header``,
``sections`` and the tail, extract fills ``tasks``, ``references`` and ``anomalies``, and
store turns it into tables.  Each stage reads and writes only this object, so a stage can
be run, tested and replaced on its own (the design follows spaCy's ``Doc`` passing through
named components).

Line numbers are 1-based and count lines of the whole document (not per page), so that a
repair row, a section span and a task's provenance all point at the same line.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

STATUS_OK = "ok"
STATUS_PARTIAL = "partial"  # processed, but part of the input could not be read
STATUS_ERROR = "error"  # nothing usable came out; ``Document.error`` says why
STATUS_UNSUPPORTED = "unsupported"


@dataclass
class FontRun:
    """A run of characters of one font on a line (PDF only): repair needs the font name to
    know that '.VnTime' means TCVN3 or that a heading font lost some glyphs."""

    start: int  # column in the line's raw text
    end: int
    font: str
    size: float = 0.0
    bold: bool = False


@dataclass
class Line:
    """One physical line of the document, with where it came from."""

    number: int  # 1-based over the whole document
    text: str  # current text (repaired once repair has run)
    page: int = 1
    raw: str | None = None  # text as ingested, before any repair
    fonts: list[FontRun] = field(default_factory=list)
    block: str = "body"  # body | header_left | header_right | tail_left | tail_right | running
    ocr_confidence: float | None = None  # mean word confidence 0..1 for OCR'd lines
    bbox: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom in PDF points
    # The sentence goes on in the next body line (set by ingest, see
    # pipeline.ingest.paragraphs); lines stay physical, paragraphs are a view.
    continues: bool = False
    # OCR'd lines: (start, end, confidence 0..1) of each word in ``raw``, for the repair
    # stage's OCR corrections (low-confidence words first).
    ocr_words: list[tuple[int, int, float]] = field(default_factory=list)
    # A table row printed as ' | ' cells by a reader that sees the table's cells (a .docx
    # table): the 0-based indexes of the cells that continue a cell merged down from the row
    # above (Word's ``w:vMerge`` continuation), () when none does.  None when the source says
    # nothing about merges (plain text, a PDF's text layer): an empty cell there may be a
    # merged one or an empty one.
    merged_cells: tuple[int, ...] | None = None

    def __post_init__(self) -> None:
        if self.raw is None:
            self.raw = self.text


@dataclass
class Repair:
    """One change made by the repair stage, accountable to a reviewer."""

    page: int
    line: int
    column: int  # 0-based character offset in the line's text before this change
    before: str
    after: str
    kind: str  # encoding | codepoint | glyph | cid | diacritics | ocr | spacing | note
    confidence: float
    alternatives: list[str] = field(default_factory=list)
    flagged: bool = False  # low confidence: shown for review
    note: str = ""


@dataclass
class Header:
    doc_type: str | None = None
    number: str | None = None
    date: _dt.date | None = None
    place: str | None = None
    issuer: str | None = None
    issuer_parent: str | None = None
    title: str | None = None
    addressees: list[str] = field(default_factory=list)  # Kính gửi
    signer_title: str | None = None  # 'CHÁNH VĂN PHÒNG'
    signer_authority: str | None = None  # 'TM.', 'KT.', 'TL.' with its body: 'TL. CHỦ TỊCH'
    signer: str | None = None
    period: str | None = None  # 'YYYY-MM' or 'YYYY' the document plans for, when stated


@dataclass
class Section:
    """A numbered heading or item and the lines it spans."""

    id: int
    label: str  # as printed, without trailing dot: 'A', 'II', '1.2', 'a', '-'
    title: str
    level: int  # depth in the tree, 1 for top level
    parent: int | None  # id of the parent section
    line_start: int
    line_end: int
    style: str = ""  # letter | roman | arabic | decimal | alpha | bullet | part | article
    path: str = ""  # labels from the top joined by ' > '
    col: int = 0  # where on line_start the label stands: > 0 for an item printed inside a line


@dataclass
class OfficeRole:
    office: str  # the body as the document names it (ANNOTATION.md: 'as written'), whitespace folded
    role: str = "lead"  # lead | support | report-to
    text: str = ""  # the exact words in the sentence it was found in
    source: str = ""  # how it was found: inline | note | structure | paragraph
    canonical: str = ""  # the gazetteer's name for it ('UBND huyện' -> 'Ủy ban nhân dân huyện'), for grouping


@dataclass
class Task:
    id: int
    section: str  # path 'A > 1 > 1.1'
    text: str
    line_start: int
    line_end: int
    page: int = 1
    verb: str = ""  # the action verb that opens the task
    offices: list[OfficeRole] = field(default_factory=list)
    deadline: _dt.date | None = None
    deadline_time: str | None = None  # 'HH:MM' when the text gives an hour
    deadline_text: str = ""
    recurrence: str | None = None  # daily|weekly|monthly|quarterly|half-yearly|yearly
    item: str | None = None  # the item label when the task is a numbered item ('7')

    @property
    def lead(self) -> str | None:
        leads = [o.office for o in self.offices if o.role == "lead"]
        return leads[0] if len(leads) == 1 else None


@dataclass
class Reference:
    """A cited document ('Chỉ thị số 19-CT/TU ngày 11/6/2020'): its date is not a deadline."""

    text: str
    doc_type: str | None
    number: str | None
    date: _dt.date | None
    line: int
    task_id: int | None = None


@dataclass
class Recipient:
    text: str
    line: int
    level: int = 1  # '+' sub-items are level 2


@dataclass
class Anomaly:
    kind: str  # assigned_twice | missing_item | deadline_before_date | no_office | ...
    message: str
    line: int | None = None
    task_id: int | None = None


@dataclass
class Document:
    """A directive on its way through the pipeline."""

    doc_id: str
    source: Path | None = None
    format: str = "txt"  # txt | pdf | docx
    encoding: str | None = None
    lines: list[Line] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    header: Header = field(default_factory=Header)
    sections: list[Section] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    status: str = STATUS_OK
    error: str = ""
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # per-stage facts (pages, ocr, timings)
    spacy_doc: Any = None  # built on demand by pipeline.extract.spacy_doc

    # ------------------------------------------------------------------ views
    @property
    def text(self) -> str:
        """The current text of the body, lines joined by newlines; each new page starts with a
        form feed (one per page, so a page left empty still counts).  Running headers,
        footers and page numbers (``block == 'running'``, PDFs only) are left out; use
        :attr:`raw_text` or the lines for everything."""
        out: list[str] = []
        body = self.body_lines()
        prev_page = 1  # a first page with no body lines still gets its form feed
        for ln in body:
            if ln.page != prev_page:
                out.append("\f" * max(ln.page - prev_page, 1) + ln.text)
                prev_page = ln.page
            else:
                out.append(ln.text)
        return "\n".join(out)

    @property
    def raw_text(self) -> str:
        return "\n".join(ln.raw or "" for ln in self.lines)

    @property
    def pages(self) -> int:
        return max((ln.page for ln in self.lines), default=0)

    def line(self, number: int) -> Line:
        return self.lines[number - 1]

    def body_lines(self) -> list[Line]:
        return [ln for ln in self.lines if ln.block != "running"]

    @property
    def ok(self) -> bool:
        return self.status in (STATUS_OK, STATUS_PARTIAL)

    def fail(self, reason: str, status: str = STATUS_ERROR) -> "Document":
        self.status = status
        self.error = reason
        return self

    def tables(self) -> dict[str, "Any"]:
        """All of the document's tables as pandas DataFrames (see :mod:`pipeline.store`)."""
        from pipeline.store.tables import document_tables

        return document_tables(self)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("spacy_doc", None)
        d["source"] = str(self.source) if self.source else None
        return d


def lines_from_text(text: str, page: int = 1) -> list[Line]:
    """Split text into :class:`Line` objects, a form feed starting a new page.

    Only '\\n' (after folding '\\r\\n' and lone '\\r') ends a line, so that the line count is
    the one every editor shows; other separators stay inside the line's text.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    lines: list[Line] = []
    for i, raw in enumerate(text.split("\n"), 1):
        while raw.startswith("\f"):
            page += 1
            raw = raw[1:]
        lines.append(Line(number=i, text=raw, page=page))
    return lines
