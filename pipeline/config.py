"""Run options shared by every stage (one object, passed down; no globals)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_MODELS_DIR = PACKAGE_DIR.parent / "models"


def model_table_lines(name: str, models_dir: Path | None = None) -> list[str]:
    """The lines of a small text table shipped in models/ (``name``), none when the file is
    missing: a checkout without it still runs, and the rule that reads it does nothing."""
    path = Path(models_dir if models_dir is not None else REPO_MODELS_DIR) / name
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


@dataclass
class Config:
    models_dir: Path = REPO_MODELS_DIR  # lexicon, language model, gazetteer
    corrections: Path | None = None  # reviewers' accepted corrections (CSV), read by repair
    ocr: bool = True  # OCR pages with no usable text layer (needs Tesseract)
    ocr_dpi: int = 300
    ocr_lang: str = "vie"
    # read each OCR'd page with the alternative Tesseract settings too and keep the reading
    # that is most Vietnamese (pipeline.ingest.ocr.PAGE_ALTERNATIVES): fewer errors, OCR ~2x slower
    ocr_choose: bool = True
    timeout: float | None = 600.0  # seconds per file, enforced by the batch runner
    max_pages: int | None = None  # stop reading a PDF after this many pages
    repair: bool = True
    review_threshold: float = 0.8  # repairs below this confidence are flagged for review
    extra: dict = field(default_factory=dict)
