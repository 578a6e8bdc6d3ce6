"""chidao: Vietnamese government directives into data.

>>> import pipeline
>>> doc = pipeline.process("samples/text/000_bed89d1f3f7829d9.txt")
>>> doc.tables()["tasks"].head()
"""
from __future__ import annotations

from pathlib import Path

from pipeline.config import Config
from pipeline.language import Pipeline
from pipeline.model import Document

__version__ = "0.1.0"
__all__ = ["Config", "Document", "Pipeline", "process", "__version__"]


def process(path: str | Path, config: Config | None = None, doc_id: str | None = None) -> Document:
    """Ingest, repair, structure and extract one file; never raises for a bad input
    (the returned document's ``status`` and ``error`` say what went wrong)."""
    return Pipeline(config=config)(path, doc_id=doc_id)
