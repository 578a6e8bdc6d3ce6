"""A time key introduced by 'Về' ('Về thời gian tổng kết: ...', 'Về thời hạn: ...') is the attribute of
the task above it, as 'Thời gian tổng kết: ...' is (deadline batch 24, dp2406; session 12 round 2).
Text written here."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import process_text

DOC = "II. NHIỆM VỤ\n\n1. {task}\n\n{time}\n"


@pytest.mark.parametrize("task, time, due", [
    ("Các xã tổ chức tổng kết cuộc bầu cử ở đơn vị mình.",
     "Về thời gian tổng kết: Cấp xã hoàn thành trước ngày 10/6/2021; cấp huyện hoàn thành trước ngày 14/6/2021.", dt.date(2021, 6, 14)),
    ("Các phòng rà soát danh mục thủ tục hành chính.", "Về thời hạn: hoàn thành trước ngày 30/9/2024.", dt.date(2024, 9, 30)),
    ("Sở Nội vụ tổng hợp kết quả đánh giá.", "- Về thời gian thực hiện: trong tháng 11/2023.", dt.date(2023, 11, 30)),
])
def test_a_time_key_after_ve_dates_the_task_above(tmp_path, task, time, due):
    doc = process_text(tmp_path, DOC.format(task=task, time=time))
    got = [t for t in doc.tasks if t.text.startswith(task[:20])]
    assert got and got[0].deadline == due, [(t.text, t.deadline) for t in doc.tasks]
