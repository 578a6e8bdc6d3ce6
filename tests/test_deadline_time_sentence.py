"""A time statement printed in brackets after a task ('(Thời gian từ ngày 04/2 đến ngày
08/2/2026)', '(Từ ngày 02/2 đến ngày 03/2/2026)') dates that task, as the same statement without
brackets does: it is an attribute of the task, not a task (ANNOTATION.md).  Found by batch 5 of
benchmarks/deadline_phrases.py; the sentences here are written in the same shape."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.extract import extract
from pipeline.model import Document, Header, lines_from_text
from pipeline.structure import structure


def _tasks(body: str, issued: dt.date):
    doc = Document(doc_id="t", lines=lines_from_text(body))
    config = Config(ocr=False)
    doc = structure(doc, config)
    doc.header = doc.header or Header()
    doc.header.date = issued
    return extract(doc, config).tasks


@pytest.mark.parametrize("tail, due", [
    ("(Thời gian từ ngày 10/3 đến ngày 20/3/2026)", dt.date(2026, 3, 20)),
    ("(Từ ngày 05/4 đến ngày 12/4/2026)", dt.date(2026, 4, 12)),
    ("(Thời hạn hoàn thành trước ngày 30/6/2026).", dt.date(2026, 6, 30)),
])
def test_a_bracketed_time_sentence_dates_the_task_before_it(tail, due):
    tasks = _tasks(f"II. NHIỆM VỤ\n1. Tổ chức rà soát danh sách hộ nghèo trên địa bàn xã. {tail}", dt.date(2026, 1, 5))
    assert len(tasks) == 1
    assert tasks[0].deadline == due


def test_a_bracketed_note_without_a_date_is_not_a_time_sentence():
    tasks = _tasks("II. NHIỆM VỤ\n1. Tổ chức rà soát danh sách hộ nghèo trên địa bàn xã. (Trong phạm vi được giao)",
                   dt.date(2026, 1, 5))
    assert all(t.deadline is None for t in tasks)
