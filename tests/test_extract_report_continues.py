"""A verb sentence that goes on with a report of a period that is over (issue 5, session 12 round 2,
deadline24; convention (d) in samples/gold/README.md, gold yj12).

In a news item's paragraph that opens on a past period and reports what was done ('Tháng 10/2017,
UBND huyện đã tập trung chỉ đạo ...'), the next sentence that opens on a verb without a subject and
repeats the report's verb or carries no directive cue ('Tập trung chỉ đạo việc thu ngân sách ...',
'Kiểm tra việc thu chi ...') goes on listing what was done: not a task. A sentence that looks ahead
('thời gian tới', 'sẽ', 'trước ngày', 'còn lại') or a paragraph of the coming period ('Nhiệm vụ tháng
11 ...; Tăng cường ...') still directs. Text written here, not the sample's."""
from __future__ import annotations

import pytest

from conftest import process_text

NEWS = ("UBND huyện đánh giá kết quả tháng {m}\n\n"
        "Chiều ngày 24/{m}, UBND huyện đã tổ chức hội nghị đánh giá kết quả tháng {m}, triển khai nhiệm vụ tháng tới.\n\n"
        "{past} {follow}\n\n"
        "Kết luận hội nghị, Chủ tịch UBND huyện yêu cầu các phòng, ngành tập trung rà soát các chỉ tiêu để hoàn thành trong hai tháng còn lại.\n")


@pytest.mark.parametrize("past, follow", [
    ("Tháng 10/2017, UBND huyện đã tập trung chỉ đạo khắc phục hậu quả mưa lũ, tổ chức đấu giá đất cho các xã.",
     "Tập trung chỉ đạo việc thu ngân sách năm 2017, kiểm tra việc thu chi tại các trường học."),
    ("Trong tháng 9, huyện đã chỉ đạo ra quân làm thủy lợi nội đồng, nạo vét kênh mương.",
     "Kiểm tra việc thu chi đầu năm học tại các trường học trên địa bàn."),
    ("Năm 2023, UBND thị xã đã tập trung chỉ đạo giải ngân vốn đầu tư công, hoàn thành 12 công trình.",
     "Tập trung chỉ đạo công tác chuyển đổi số, cải cách hành chính."),
])
def test_a_verb_sentence_after_a_past_period_report_is_no_task(tmp_path, past, follow):
    doc = process_text(tmp_path, NEWS.format(m=10, past=past, follow=follow))
    texts = [t.text for t in doc.tasks]
    assert not any(t.startswith(follow[:25]) for t in texts), texts
    # the chair's conclusion still directs
    assert any(t.startswith("Kết luận hội nghị") for t in texts), texts


@pytest.mark.parametrize("follow", [
    "Thời gian tới, tập trung chỉ đạo việc thu ngân sách và giải ngân vốn đầu tư công.",
    "Tập trung chỉ đạo hoàn thành các chỉ tiêu còn lại của năm 2017.",
    "Tập trung chỉ đạo việc thu ngân sách, phấn đấu hoàn thành trước ngày 15/12.",
])
def test_a_verb_sentence_that_looks_ahead_still_directs(tmp_path, follow):
    past = "Tháng 10/2017, UBND huyện đã tập trung chỉ đạo khắc phục hậu quả mưa lũ, tổ chức đấu giá đất cho các xã."
    doc = process_text(tmp_path, NEWS.format(m=10, past=past, follow=follow))
    texts = [t.text for t in doc.tasks]
    assert any(t.startswith(follow[:25]) for t in texts), texts
