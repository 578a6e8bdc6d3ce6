"""District and commune directives (samples/text/d*): a leaders' weekly schedule, a commune's
monthly programme, a chairman's giao ban conclusions, a district letter to its offices and
communes.  d1 is a real schedule (huyện Đắk Song, 2019); d2-d4 were written for the project
(samples/SOURCES.md).  Each test names the way of writing it covers."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import pipeline
from pipeline.extract import extract_tasks
from pipeline.model import Document, lines_from_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "text"


@pytest.fixture(scope="module")
def schedule():
    return pipeline.process(SAMPLES / "d1_daksong_ubnd_lichcongtac_tuan46_2019.txt")


def _task(doc, start: str):
    return next(t for t in doc.tasks if t.text.startswith(start))


def test_schedule_rows_are_dated_by_the_day_cell_that_spans_them(schedule):
    """'| Thứ 2 (11/11/2019) | 10h00 | Giao ban ... |' then rows whose day cell is empty (a merged
    cell printed once): each row is due on the day above it."""
    assert len(schedule.tasks) == 24
    assert _task(schedule, "Giao ban Thường trực HĐND").deadline == dt.date(2019, 11, 11)
    assert _task(schedule, "Dự khai mạc lớp bồi dưỡng").deadline == dt.date(2019, 11, 11)
    assert _task(schedule, "Kiểm tra công tác bí mật NN").deadline == dt.date(2019, 11, 12)
    assert _task(schedule, "Dự kỷ niệm Ngày Nhà giáo").deadline == dt.date(2019, 11, 16)


def test_schedule_leaders_are_kept_as_written_and_a_remark_can_assign(schedule):
    """'Đ/c Thân - PCT UBND' is the person who leads, not 'UBND'; 'Giao TNMT chủ trì' in the
    Ghi chú column gives the row to TNMT; the 'theo dõi' column names no one responsible."""
    assert [o.office for o in _task(schedule, "Dự khai mạc lớp bồi dưỡng").offices] == ["Đ/c Thân - PCT UBND"]
    assert [o.office for o in _task(schedule, "Tiếp công dân định kỳ").offices] == ["Đ/c Thanh", "Đ/C Thân"]
    assert [o.office for o in _task(schedule, "Họp đóng góp ý kiến").offices] == ["TNMT"]
    assert _task(schedule, "Họp BC kết quả cưỡng chế").offices == []


def test_a_task_table_with_no_day_column_is_read_as_before():
    text = ("| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Rà soát quy hoạch sử dụng đất | Phòng Tài nguyên và Môi trường | Tháng 6/2024 |\n")
    tasks, _r, _a = extract_tasks(Document("t", lines=lines_from_text(text)))
    assert [(t.text, t.deadline, [o.office for o in t.offices]) for t in tasks] == [
        ("Rà soát quy hoạch sử dụng đất", dt.date(2024, 6, 30), ["Phòng Tài nguyên và Môi trường"])]
