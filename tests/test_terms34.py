"""(terms34, issue 5) A 'Thời gian <activity> <term>' sentence with no task above it is a dated task
(extract/termsentence.py, hooked in extract.extract_tasks after boundstep.read_bound_steps); the same sentence
right under a task stays that task's time (tasks.classify's 'time sentence' attribute).

The wordings are written here from general usage (provinces' school-year frames and admission plans), never
copied from the blind sets."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest

from conftest import process_text
from pipeline.extract.termsentence import is_term_sentence


@pytest.mark.parametrize("text", [
    "Thời gian kết thúc học kỳ II trước ngày 20/5/2026.",
    "Thời gian xét tốt nghiệp THCS trước ngày 10-6-2026; xét hoàn thành chương trình tiểu học trước ngày 15-6-2026.",
    "Thời gian nhận hồ sơ dự tuyển từ ngày 3-8/7; công bố danh sách trúng tuyển chậm nhất ngày 20/7.",
    "Thời gian hoàn thành tuyển sinh lớp 6 của các huyện sẽ trước ngày 31/7/2026.",
])
def test_a_term_sentence(text):
    assert is_term_sentence(text)


@pytest.mark.parametrize("text", [
    "Thời gian thực hiện: trước ngày 30/6/2026.",  # a key line: ATTRIBUTE_RE reads it
    "Thời gian tiêm phòng từ ngày 10/3 – 10/5.",  # a window: it dates the request after it (deadline18)
    "Thời gian kiểm tra năng lực học sinh vào ngày 7/6.",  # an event's day, no term
    "Thời gian qua, các xã đã hoàn thành trước ngày 5/6.",  # the text's own period, a report
    "Thời gian hỗ trợ trước ngày 1/7/2026.",  # a period a person has
    "Thời gian chậm nhất ngày 21/7/2026.",  # a row's time line: no activity named
    "Thời gian nhận hồ sơ đã kết thúc trước ngày 15/7.",  # told done
])
def test_no_term_sentence(text):
    assert not is_term_sentence(text)


FRAME = ("UBND tỉnh vừa ban hành kế hoạch thời gian năm học 2026-2027 trên địa bàn tỉnh.\n\n"
         "Học sinh các cấp tựu trường ngày 24/8/2026. Thời gian kết thúc năm học trước ngày 31/5/2027.\n\n"
         "Sở Giáo dục và Đào tạo chủ trì tổ chức tuyển sinh vào lớp 10. "
         "Thời gian hoàn thành trước ngày 31/7/2027.\n")


@pytest.fixture(scope="module")
def frame_doc():
    with tempfile.TemporaryDirectory() as d:
        return process_text(Path(d), FRAME)


def test_the_standalone_term_is_a_dated_task(frame_doc):
    t = next((t for t in frame_doc.tasks if t.text.startswith("Thời gian kết thúc năm học")), None)
    assert t is not None and t.deadline == dt.date(2027, 5, 31)


def test_the_term_under_a_task_stays_its_time(frame_doc):
    assert not any(t.text.startswith("Thời gian hoàn thành") for t in frame_doc.tasks)
    t = next(t for t in frame_doc.tasks if t.text.startswith("Sở Giáo dục và Đào tạo chủ trì"))
    assert t.deadline == dt.date(2027, 7, 31)
