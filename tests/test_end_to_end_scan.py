"""A scanned letter end to end: OCR -> repair -> structure -> extract gives the tasks of its
transcription's gold (samples/gold/14_*: the same letter typed in)."""
import json
from pathlib import Path

import pytest

from conftest import processed
from pipeline.eval import score_tasks_doc
from pipeline.store.tables import document_rows

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_scanned_letter_gives_the_transcriptions_tasks():
    # pipeline.process(P05) on the reading test_ocr's P05 test checks (conftest.ingested: OCR'd once)
    doc = processed(ROOT / "samples/pdf/P05_bacgiang_ubnd_cv695_2012_scan_imageonly.pdf")
    assert doc.status == "ok" and doc.meta.get("ocr")
    gold = json.loads(next((ROOT / "samples/gold").glob("14_*.tasks.json")).read_text(encoding="utf-8"))
    score = score_tasks_doc(gold, document_rows(doc)["tasks"])
    assert score.tasks.recall == 1.0  # every task of the letter found, despite OCR noise
    assert score.sections.recall == 1.0
    assert score.offices.recall >= 0.75
    # the addressees in the right header column are not tasks and do not swallow the body
    assert all(not t.text.startswith("- Các Sở") for t in doc.tasks)


def test_real_ocr_reading_of_a_scan_gives_every_task_of_its_gold(tmp_path):
    """chidao's own Tesseract reading of the scan P01 (samples/real_ocr/ocr/q1_*, with its
    noise: a typed routing note beside the header, 'Sở GD&ĐĐT', 'THET') run as an OCR'd text
    gives every task of the letter's gold (samples/gold/z1_*, read from the page images), item 6
    ('Đối với các trường Đại học NCL chủ động liên hệ ...', a party's duty with the closing
    request right under it) and the closing request's report deadline included."""
    from benchmarks.end_to_end import run_text
    from pipeline.config import Config
    from pipeline.language import Pipeline

    text = next((ROOT / "samples/real_ocr/ocr").glob("q1_*.txt")).read_text(encoding="utf-8")
    gold = json.loads(next((ROOT / "samples/gold").glob("z1_*.tasks.json")).read_text(encoding="utf-8"))
    doc = run_text(Pipeline(config=Config(ocr=False)), text, gold["doc_id"], tmp_path, ocr=True)
    score = score_tasks_doc(gold, document_rows(doc)["tasks"])
    assert score.tasks.recall == 1.0 and score.deadlines.recall == 1.0 and score.sections.recall == 1.0
    item6 = [t for t in doc.tasks if t.text.startswith("Đối với các trường Đại học NCL")]
    assert [o.office for o in item6[0].offices] == ["Các trường Đại học NCL"]
