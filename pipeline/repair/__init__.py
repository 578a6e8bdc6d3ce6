"""Repair: restore broken Vietnamese, line by line, recording every change.

The cascade runs from the most certain repair to the least: code points (NFC, 'ƣ', 'Ð',
tone placement), legacy encodings, lost glyphs and '(cid:NN)', OCR confusions, stripped
diacritics.  Each repairer is ``(doc, config) -> doc`` and rewrites ``Line.text`` only
through :func:`pipeline.repair.record.record_change`, so the line count never changes and
every change has a row in ``repairs.csv``.
"""
from __future__ import annotations

from collections.abc import Callable

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair.codepoints import repair_codepoints
from pipeline.repair.diacritics import repair_diacritics
from pipeline.repair.ocr import repair_ocr

Repairer = Callable[[Document, Config], Document]


def cascade() -> list[tuple[str, Repairer]]:
    """The repairers in the order they run."""
    return [("codepoints", repair_codepoints), ("ocr", repair_ocr), ("diacritics", repair_diacritics)]


def repair(doc: Document, config: Config) -> Document:
    if not config.repair:
        return doc
    for _name, repairer in cascade():
        doc = repairer(doc, config)
    return doc


def repair_text(text: str, config: Config | None = None, doc_id: str = "text") -> Document:
    """Repair a string (handy in notebooks and tests): returns the repaired Document."""
    doc = Document(doc_id=doc_id, lines=lines_from_text(text))
    return repair(doc, config or Config())
