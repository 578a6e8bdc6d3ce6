"""tasks34: 'được giao' + a count is a quota allotted (a report), no cue; the passive 'được giao' stays the
cue of real duties (pipeline/extract/falsecues.py, QUOTA_ALLOTTED_PATTERN). The sentences are task_audit's
short texts (the `pages` corpus: sg20, se22), carry-over batch fm's fm2 (pending gold) and the development
gold's passive duties; none of the standing sets."""
from __future__ import annotations

import re

from conftest import extracted_tasks

from pipeline.extract.tasks import DIRECTIVE_CUE_RE, _NOUN_CUE_RE


def _cue(t: str) -> bool:
    return bool(DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t)))


def _texts(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", t.text) for t in extracted_tasks(text)]


QUOTAS = (
    "Mùa tuyển quân năm 2025, huyện Thạch Thành được giao chỉ tiêu 236 công dân, trong đó có 212 công dân thực "
    "hiện nghĩa vụ quân sự và 24 công dân thực hiện nghĩa vụ Công an nhân dân.",
    "Đối với chi bộ 1 có 27 đảng viên được giao tạo nguồn 2 quần chúng và kết nạp 1 đảng viên trong năm 2024.",
    "Huyện Duy Xuyên đang chuẩn bị cho công tác tuyển quân năm 2023 với chỉ tiêu được giao 273 thanh niên "
    "(nghĩa vụ công an 28 thanh niên).",
)


def test_a_quota_allotted_is_no_cue():
    for t in QUOTAS:
        assert not _cue(t), t


def test_a_quota_allotted_is_no_task_in_a_report():
    text = ("Hội đồng NVQS huyện tổ chức hội nghị triển khai công tác tuyển quân.\n" + QUOTAS[0] + "\n")
    assert not any("được giao chỉ tiêu" in t for t in _texts(text))


def test_the_passive_duty_is_still_a_cue():
    for t in ("Sở Nội vụ được giao phối hợp với cơ quan liên quan nghiên cứu, tham mưu việc chuyển đổi mô hình tổ "
              "chức chính quyền địa phương.",
              "Công an TP cũng được giao trong tháng 2 phải tổng kết công tác phòng chống, đấu tranh, trấn áp các "
              "loại tội phạm.",
              "Sở Y tế được giao chủ trì 3 nhiệm vụ của Đề án.",
              "Các xã được giao chỉ tiêu 20 quân phải hoàn thành việc khám tuyển trước ngày 15/11."):
        assert _cue(t), t


def test_a_year_or_a_date_after_the_passive_is_no_count():
    for t in ("Trên cơ sở biên chế được giao năm 2026, lựa chọn, tiếp nhận vào làm công chức, viên chức cấp xã.",
              "Các đơn vị được giao trong tháng 3 khẩn trương hoàn thành báo cáo."):
        assert _cue(t), t
