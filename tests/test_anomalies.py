"""The anomalies table: the seed's two, and the other kinds on small documents."""
from __future__ import annotations

import datetime as dt

import pipeline
from pipeline.extract import extract_tasks
from pipeline.extract.anomalies import find_anomalies
from pipeline.model import Document, Header, lines_from_text

from extract_helpers import GOLD

SEED = "000_bed89d1f3f7829d9"


def test_seed_has_its_two_anomalies():
    doc = pipeline.process(GOLD / f"{SEED}.clean.txt", doc_id=SEED)
    kinds = sorted((a.kind, a.line) for a in doc.anomalies)
    assert kinds == [("assigned_twice", 181), ("missing_item", 191)]
    twice = next(a for a in doc.anomalies if a.kind == "assigned_twice")
    assert "item 8" in twice.message and "Thanh tra huyện" in twice.message and "Công an huyện" in twice.message
    missing = next(a for a in doc.anomalies if a.kind == "missing_item")
    assert "item 12" in missing.message
    # position wins over the note's numbers: item 9 is Công an huyện's, item 13 the Văn phòng's
    by_item = {t.item: [o.office for o in t.offices] for t in doc.tasks if t.item}
    assert by_item["9"] == ["Công an huyện"]
    assert by_item["13"] == ["Văn phòng HĐND và UBND huyện"]  # as written in the note
    assert by_item["8"] == ["Thanh tra huyện"]


def test_the_broken_seed_flags_the_same_anomalies():
    doc = pipeline.process(GOLD.parent / "text" / f"{SEED}.txt", doc_id=SEED)
    assert sorted(a.kind for a in doc.anomalies) == ["assigned_twice", "missing_item"]


def test_note_rule_is_general_not_a_seed_special_case():
    text = """I. Phiên họp: Ngày 10/3/2024; các nội dung gồm:
1. Báo cáo A.
2. Báo cáo B.
(Phòng Nội vụ chuẩn bị nội dung 1, 2)
3. Báo cáo C.
4. Báo cáo D.
(Phòng Tư pháp chuẩn bị nội dung 3)
5. Báo cáo E.
(Phòng Y tế chuẩn bị nội dung 4, 5, 6)
"""
    tasks, _r, an = extract_tasks(Document("x", lines=lines_from_text(text)))
    by_item = {t.item: [o.office for o in t.offices] for t in tasks}
    assert by_item == {"1": ["Phòng Nội vụ"], "2": ["Phòng Nội vụ"], "3": ["Phòng Tư pháp"],
                       "4": ["Phòng Y tế"], "5": ["Phòng Y tế"]}
    assert [a.kind for a in an] == ["missing_item"] and "item 6" in an[0].message


def test_deadline_before_document_date_and_missing_office():
    text = """II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế chủ trì rà soát trang thiết bị, hoàn thành trước ngày 15/01/2024.
2. Sở Tài chính bố trí kinh phí thực hiện.
3. Sở Nội vụ kiện toàn tổ chức bộ máy.
4. Rà soát, báo cáo kết quả thực hiện.
"""
    doc = Document("x", lines=lines_from_text(text), header=Header(date=dt.date(2024, 3, 1), doc_type="Kế hoạch"))
    tasks, _r, an = extract_tasks(doc)
    kinds = sorted(a.kind for a in an)
    assert kinds == ["deadline_before_date", "no_office"]
    assert next(a for a in an if a.kind == "no_office").task_id == tasks[-1].id


def test_no_office_is_not_flagged_where_the_issuer_itself_acts():
    doc = pipeline.process(GOLD / f"{SEED}.clean.txt", doc_id=SEED)
    assert not [a for a in find_anomalies(doc, doc.tasks) if a.kind == "no_office"]
