"""The spaCy Doc with span groups, for displaCy."""
from __future__ import annotations

import pytest

import pipeline
from pipeline.extract.spacy_doc import body_text, build_spacy_doc, render

from extract_helpers import GOLD


@pytest.fixture(scope="module")
def seed():
    doc = pipeline.process(GOLD / "000_bed89d1f3f7829d9.clean.txt")
    build_spacy_doc(doc)
    return doc


def test_doc_covers_the_repaired_text(seed):
    sdoc = seed.spacy_doc
    assert sdoc.text == body_text(seed)
    assert set(sdoc.spans) >= {"offices", "deadlines", "references", "tasks"}


def test_span_groups_hold_what_extraction_found(seed):
    sdoc = seed.spacy_doc
    refs = [s.text for s in sdoc.spans["references"]]
    assert refs == ["Chỉ thị số 19-CT/TU ngày 11/6/2020", "Chỉ thị số 17-CT/TU ngày 27/02/2020"]
    dls = {" ".join(s.text.split()): s.label_ for s in sdoc.spans["deadlines"]}
    assert dls["chậm nhất trong tháng 5/2023"] == "DEADLINE"  # wrapped over two lines in the text
    assert dls["ngay trong 6 tháng đầu năm"] == "DEADLINE"
    assert dls["Ngày 23/5/2023"] == "DEADLINE"
    assert dls["hằng tuần"] == "RECURRENCE"
    offices = " | ".join(s.text for s in sdoc.spans["offices"])
    for name in ("Thanh tra huyện", "Công an huyện", "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch"):
        assert name in offices
    assert "thanh tra," not in offices  # the activity, lower case, is not a body
    assert len(sdoc.spans["tasks"]) == len(seed.tasks)
    assert all(" ".join(s.text.split()) == t.text for s, t in zip(sdoc.spans["tasks"], seed.tasks))


def test_displacy_renders_a_span_group(seed):
    html = render(seed, "deadlines", jupyter=False)
    assert "DEADLINE" in html and "RECURRENCE" in html and "<span" in html


def test_the_stage_builds_it_when_asked():
    from pipeline import Config

    cfg = Config()
    cfg.extra["spacy_doc"] = True
    doc = pipeline.process(GOLD.parent / "text" / "07_ttg_chithi21_sapxepthon_2026.txt", config=cfg)
    assert doc.ok and doc.spacy_doc is not None
    dls = {" ".join(s.text.split()) for s in doc.spacy_doc.spans["deadlines"]}
    assert "hoàn thành trước ngày 10 tháng 6 năm 2026" in dls
    assert pipeline.process(GOLD.parent / "text" / "05_vpcp_congvan2739_2019.txt").spacy_doc is None
