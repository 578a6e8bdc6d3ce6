"""Structure: header, numbered sections, recipients and signature."""
from __future__ import annotations

from pipeline.config import Config
from pipeline.model import Document


def structure(doc: Document, config: Config) -> Document:
    return doc
