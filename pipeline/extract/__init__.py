"""Extract: tasks with their offices, deadlines and recurrence; references; anomalies."""
from __future__ import annotations

from pipeline.config import Config
from pipeline.model import Document


def extract(doc: Document, config: Config) -> Document:
    return doc
