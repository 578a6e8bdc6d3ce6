"""tasks44: (M5) a describing field's line under a ':' lead-in ('Tiêu chuẩn giáo viên: Có những việc làm tốt ...',
'Thành phần tham gia: Toàn thể Đoàn viên ...') read as no task, so the lead-in over it is read as the ask
(pipeline/extract/fieldlines.py, `described_field`).

Texts: the pending gold's fg4 (a district education office's call for exemplary pupils and teachers), fq5 (a college
Youth Union's green-Saturday notice) and fq4 (a district youth federation's game letter); the development gold's
12 (Phú Thọ's IT training plan) and g5 (a Quảng Ninh commune front's election plan). None is in a standing set.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted_tasks, tasks_opening

from pipeline.extract.fieldlines import described_field
from pipeline.extract.tasks import DIRECTIVE_CUE_RE

PENDING = Path(__file__).resolve().parents[1] / "samples" / "gold" / "pending"


def _pending_text(prefix: str) -> str:
    return next(PENDING.glob(prefix + "_*.clean.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("line", [
    # pending fg4: the criteria, written with verbs that describe the person sought
    "- tiêu chuẩn HS: Có những việc làm tốt đem lại lợi ích cho cộng đồng hoặc có hoàn cảnh khó khăn vươn lên học tập tốt.",
    "Tiêu chuẩn giáo viên: Có những việc làm tốt đem lại lợi ích cho cộng đồng hoặc có sáng kiến đổi mới, sáng tạo trong giảng dạy.",
    # pending fq5: the make-up ('khóa', 'trực thuộc' look like verbs)
    "Thành phần tham gia: Toàn thể Đoàn viên, thanh niên, sinh viên các chi đoàn khóa 16; 17 trực thuộc đoàn trường;",
    # development 12: a training's make-up
    "- Thành phần: Lãnh đạo sở, lãnh đạo và chuyên viên các phòng ban thuộc Sở và Trung tâm CNTT Tây Bắc.",
])
def test_a_describing_field_asks_no_one(line):
    assert described_field(line, DIRECTIVE_CUE_RE)


@pytest.mark.parametrize("line", [
    # development g5: a limit in the value
    "- Thời gian: Dự kiến ngày 05/12/2025 (Chậm nhất ngày 10/12/2025 - 95 ngày trước bầu cử).",
    # pending fq4: a count whose value registers ('đăng ký'), labelled a step
    "Số lượng: Mỗi phường đăng ký 01 đội tham gia; mỗi đội chọn cử 10 – 15 người.",
    "Thành phần: Các đơn vị phải cử 01 lãnh đạo tham dự.",
    # a key the rule does not name, and a bare key over its list
    "Dụng cụ chuẩn bị: Mỗi chi đoàn chuẩn bị thêm: 3 cuốc, 3 xẻng, 05 chổi;",
    "Tiêu chuẩn:",
])
def test_a_value_that_asks_or_another_key_is_left(line):
    assert not described_field(line, DIRECTIVE_CUE_RE)


def test_fg4_lead_in_is_the_task_once_its_criteria_are_fields():
    tasks = extracted_tasks(_pending_text("fg4"))
    assert tasks_opening(tasks, "Đề nghị mỗi trường giới thiệu 01 HS")
    assert not [t for t in tasks if "iêu chuẩn" in t.text.split(":")[0]]


def test_fq5_make_up_line_is_no_task_and_its_steps_stay():
    tasks = extracted_tasks(_pending_text("fq5"))
    assert not [t for t in tasks if t.text.startswith("Thành phần tham gia")]
    assert [t for t in tasks if "Mỗi chi đoàn chuẩn bị thêm" in t.text]
    assert tasks_opening(tasks, "Đề nghị các Chi đoàn sinh viên khóa 16, 17")
