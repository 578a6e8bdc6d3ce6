"""The document model: lines keep their numbers and pages; tables have the contract's columns."""
from pipeline.model import Document, Line, OfficeRole, Task, lines_from_text
from pipeline.store.tables import COLUMNS, document_tables


def test_lines_from_text_counts_and_pages():
    lines = lines_from_text("a\r\nb\n\fc\nd\n")
    assert [ln.text for ln in lines] == ["a", "b", "c", "d"]
    assert [ln.page for ln in lines] == [1, 1, 2, 2]
    assert [ln.number for ln in lines] == [1, 2, 3, 4]
    assert lines[0].raw == "a"


def test_document_text_round_trips_pages():
    doc = Document("x", lines=lines_from_text("a\nb\n\fc"))
    assert doc.text == "a\nb\n\fc"
    assert doc.pages == 2


def test_task_lead_is_the_single_lead():
    t = Task(1, "A", "x", 1, 1, offices=[OfficeRole("Sở Tài chính", "lead"), OfficeRole("Sở Nội vụ", "support")])
    assert t.lead == "Sở Tài chính"
    t.offices.append(OfficeRole("Sở Y tế", "lead"))
    assert t.lead is None  # co-equal leads: no single lead


def test_tables_have_contract_columns():
    doc = Document("d1", lines=[Line(1, "x")])
    doc.tasks.append(Task(1, "A > 1", "Làm việc.", 1, 1, offices=[OfficeRole("Phòng Nội vụ"), OfficeRole("Sở Y tế", "support")]))
    tables = document_tables(doc)
    assert set(tables) == set(COLUMNS)
    tasks = tables["tasks"]
    for col in ("doc_id", "section", "task", "offices", "lead", "deadline", "deadline_text", "recurrence"):
        assert col in tasks.columns
    assert tasks.loc[0, "offices"] == "Phòng Nội vụ; Sở Y tế"
    docs = tables["documents"]
    for col in ("doc_id", "doc_type", "number", "date", "issuer", "signer_title", "signer", "status", "error"):
        assert col in docs.columns
