"""A date that places an event or a state, not the doing of a task (issue 5, session 15, deadline15).

Counted before the rule: deadline_phrases batches 24-33 (forecast events 'dự kiến diễn ra', 'sẽ được tổ
chức vào'; holiday spans 'sẽ nghỉ liền từ ... đến hết'; pupils' first day 'tựu trường vào ngày'), the
gold texts (p9's 'được nghỉ Tết ... từ ngày', w35's 'Lễ giao nhận quân dự kiến sẽ được tổ chức ... vào
ngày'; the gold dates an agent's plan 'HĐND phường dự kiến tổ chức vào ngày 26/12/2018' and a report
due 'trong dịp nghỉ Lễ (từ 30/4 - 03/5)', which stay dated) and posts of the pages corpus.  Sentences
here are written in those shapes, never copied from a batch.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.temporal import find_deadline

ISSUED = dt.date(2026, 5, 10)


def due(text: str) -> str:
    dl = find_deadline(text, ISSUED.year, issued=ISSUED)
    return dl.date.isoformat() if dl and dl.date else ""


@pytest.mark.parametrize("text", [
    # an event, the clause's subject, foretold or happening
    "Hội nghị tổng kết công tác năm của Hội sẽ được tổ chức vào cuối tháng 12/2026.",
    "Giải chạy việt dã truyền thống của huyện dự kiến diễn ra từ ngày 15/6 đến ngày 17/6/2026.",
    "Kỳ họp thường lệ cuối năm của HĐND tỉnh dự kiến sẽ được tổ chức vào đầu tháng 12/2026.",
    "Cần làm nổi bật các sự kiện lớn diễn ra trong tháng 7 năm 2026 như Ngày Thương binh - Liệt sĩ.",
    "Dự kiến, vòng chung kết diễn ra vào ngày 20/8/2026 tại Nhà văn hóa tỉnh.",
])
def test_a_foretold_or_happening_event_is_no_deadline(text):
    assert due(text) == ""


@pytest.mark.parametrize("text", [
    # pupils' first day of a school year (ANNOTATION.md: school years are no deadline)
    "Theo đó, học sinh các cấp sẽ tựu trường vào ngày 25/8/2026.",
    "Riêng học sinh lớp 1 tựu trường sớm nhất vào ngày 20/8/2026.",
    "Lễ khai giảng năm học mới được tổ chức đồng loạt tại các trường vào ngày 5/9/2026.",
])
def test_the_first_day_of_a_school_year_is_no_deadline(text):
    assert due(text) == ""


@pytest.mark.parametrize("text", [
    # a holiday or leave taken: the span it lasts
    "Như vậy, cán bộ, công chức sẽ nghỉ liền từ ngày 30/4 đến hết ngày 03/5/2026.",
    "Công chức, viên chức được nghỉ Tết Nguyên đán 07 ngày liên tục, từ ngày 14/02/2026 đến hết ngày 20/02/2026.",
    "Cụ thể, người lao động nghỉ lễ Quốc khánh từ thứ Bảy 29/8 đến hết thứ Hai 31/8/2026.",
])
def test_a_holiday_span_is_no_deadline(text):
    assert due(text) == ""


@pytest.mark.parametrize("text, expected", [
    # a bound word between the event and the date keeps it a bound
    ("Đại hội Chi đoàn các lớp dự kiến tổ chức trước ngày 25/10/2026.", "2026-10-25"),
    ("Các trường tổ chức khai giảng năm học mới trước ngày 10/9/2026.", "2026-09-10"),
    # an agent's planned meeting (the gold dates such plans) and a task done for an event
    ("HĐND xã dự kiến tổ chức kỳ họp thứ 8 vào ngày 20/12/2026.", "2026-12-20"),
    ("Chuẩn bị báo cáo trình kỳ họp sẽ diễn ra vào ngày 15/7/2026.", "2026-07-15"),
    # work done during a holiday: the span bounds the reporting
    ("Các đơn vị báo cáo tình hình từng ngày trong dịp nghỉ lễ Quốc khánh (từ 29/8 - 02/9/2026).", "2026-09-02"),
    # organising the pupils' return is work
    ("Tổ chức cho học sinh tựu trường vào ngày 25/8/2026.", "2026-08-25"),
    # a work span of a directive verb, a flag span
    ("Các cơ quan, đơn vị treo cờ Tổ quốc từ ngày 29/4 đến hết ngày 01/5/2026.", "2026-05-01"),
    ("Tổ chức kiểm tra tại các xã từ tháng 7 đến tháng 10/2026.", "2026-10-31"),
])
def test_true_deadlines_near_events_stay(text, expected):
    assert due(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state to be reached by a year (a result, no figure) is a goal's horizon
    ("Xây dựng thành phố trở thành trung tâm tài chính của khu vực vào năm 2035.", ""),
    ("Phấn đấu đưa chỉ số năng lực cạnh tranh của tỉnh vào nhóm 10 địa phương dẫn đầu vào năm 2028.", ""),
    ("Phát triển du lịch để tỉnh thuộc nhóm các địa phương có lượng khách lớn nhất cả nước đến năm 2030.", ""),
    # completing the work by a year keeps the year a bound
    ("Hoàn thành xây dựng trung tâm logistics để trở thành đầu mối của vùng vào năm 2027.", "2027-12-31"),
    ("Hoàn thành đầu tư hạ tầng khu kinh tế trong năm 2027.", "2027-12-31"),
])
def test_a_state_to_reach_by_a_year_is_a_horizon(text, expected):
    assert due(text) == expected
