"""The whole pipeline on the generated PDFs: repaired text and tasks (issue 4: 'Tests run the
pipeline on each and check the repaired text and the tasks').  Slow: the repair stage loads
its lexicon and language model."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import pipeline
from pipeline.config import Config
from conftest import processed
from pipeline.ingest.wer import word_error_rate

ROOT = Path(__file__).resolve().parent.parent
GEN = ROOT / "samples" / "pdf" / "generated"
CLEAN = (GEN / "kehoach.clean.txt").read_text(encoding="utf-8")


def run(name: str, ocr: bool = False):
    doc = pipeline.process(GEN / f"kehoach_{name}.pdf", Config(ocr=ocr))
    assert doc.ok, doc.error
    return doc


def task(doc, section: str):
    return next(t for t in doc.tasks if t.section == section)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["clean", "tcvn3"])
def test_clean_and_tcvn3_give_the_clean_text_and_all_tasks(name):
    doc = run(name)
    assert word_error_rate(doc.text, CLEAN) == 0.0
    assert doc.text.strip() == CLEAN.strip()
    assert doc.header.number == "45/KH-PNV" and doc.header.date == dt.date(2024, 3, 12)
    sections = [t.section for t in doc.tasks]
    assert sections[-7:] == ["II > 1", "II > 2", "II > 3", "II > 4", "II > 5", "III > 1", "III > 2"]
    first = task(doc, "II > 1")
    assert first.offices[0].office == "Phòng Nội vụ" and first.deadline == dt.date(2024, 3, 25)
    assert task(doc, "II > 3").deadline == dt.date(2024, 5, 15)
    assert task(doc, "II > 4").recurrence == "monthly"
    assert task(doc, "III > 1").recurrence == "quarterly"


@pytest.mark.slow
def test_tcvn3_repairs_are_recorded_as_encoding():
    doc = run("tcvn3")
    assert doc.repairs and {r.kind for r in doc.repairs} == {"encoding"}


@pytest.mark.slow
@pytest.mark.parametrize("name,limit", [("lost_glyphs", 0.12), ("cid", 0.03), ("differences", 0.01)])
def test_broken_font_pdfs_are_mostly_repaired(name, limit):
    doc = run(name)
    broken = pipeline.ingest.ingest(GEN / f"kehoach_{name}.pdf", Config(ocr=False))
    before = word_error_rate(broken.text, CLEAN)
    after = word_error_rate(doc.text, CLEAN)
    assert after < limit < before
    deadlines = {t.deadline for t in doc.tasks}
    assert dt.date(2024, 4, 30) in deadlines and dt.date(2024, 6, 30) in deadlines
    if name != "lost_glyphs":  # every toned letter is decoded: the dated tasks are whole
        assert dt.date(2024, 3, 25) in deadlines and dt.date(2024, 5, 15) in deadlines


@pytest.mark.slow
def test_scanned_page_ocr_then_tasks():
    # pipeline.process(kehoach_scan.pdf) with OCR (the default config) on the reading test_ocr's
    # generated-scan test checks (conftest.ingested: OCR'd once)
    doc = processed(GEN / "kehoach_scan.pdf")
    assert doc.ok, doc.error
    assert doc.meta["ocr"]
    expected = (GEN / "kehoach_scan.clean.txt").read_text(encoding="utf-8")
    assert word_error_rate(doc.text, expected) < 0.05
    assert task(doc, "II > 1").deadline == dt.date(2024, 3, 25)
