"""What the OCR corrector's tests share: a text through the whole repair cascade, and the shipped
model (one load per test session; the tests that adapt a model build their own)."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair
from pipeline.repair.lm import load_model


def repaired(text: str) -> str:
    """``text`` (NFC) after the whole repair cascade with the default settings."""
    doc = Document(doc_id="t", lines=lines_from_text(unicodedata.normalize("NFC", text)))
    return "\n".join(ln.text for ln in repair(doc, Config()).lines)


@pytest.fixture(scope="module")
def lm():
    return load_model(Config().models_dir)
