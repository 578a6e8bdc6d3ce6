"""A scanned letter end to end: OCR -> repair -> structure -> extract gives the tasks of its
transcription's gold (samples/gold/14_*: the same letter typed in)."""
import json
from pathlib import Path

import pytest

import pipeline
from pipeline.eval import score_tasks_doc
from pipeline.store.tables import document_rows

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_scanned_letter_gives_the_transcriptions_tasks():
    doc = pipeline.process(ROOT / "samples/pdf/P05_bacgiang_ubnd_cv695_2012_scan_imageonly.pdf")
    assert doc.status == "ok" and doc.meta.get("ocr")
    gold = json.loads(next((ROOT / "samples/gold").glob("14_*.tasks.json")).read_text(encoding="utf-8"))
    score = score_tasks_doc(gold, document_rows(doc)["tasks"])
    assert score.tasks.recall == 1.0  # every task of the letter found, despite OCR noise
    assert score.sections.recall == 1.0
    assert score.offices.recall >= 0.75
    # the addressees in the right header column are not tasks and do not swallow the body
    assert all(not t.text.startswith("- Các Sở") for t in doc.tasks)
