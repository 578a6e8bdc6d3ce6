"""Structure: header, numbered sections, recipients and signature."""
from __future__ import annotations

from pipeline.config import Config
from pipeline.model import Document
from pipeline.structure.sections import build_sections, section_at, section_path_at

__all__ = ["structure", "section_path_at", "section_at"]


def structure(doc: Document, config: Config) -> Document:
    if not doc.lines:
        return doc
    doc.sections = build_sections(doc, [(1, len(doc.lines))])
    return doc
