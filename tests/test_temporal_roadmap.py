"""Rules of the temporal normaliser found by batch 11 of benchmarks/deadline_phrases.py (real
sentences, annotated blind, most carrying a date or a recurrence word that is not the task's
deadline: benefits, report periods, counts, effective dates, events).  Why they are general:
each says whose a recurrence word is (a benefit's or a funded body's, a report a preposition
names) or what a period bounds (the step of a roadmap printed 'Năm 2027: ...', or what is
counted: 'số lượng hồ sơ tiếp nhận trong quý I').  Every rule is tested on sentences written
here in the same shape, with a control that must keep its deadline or recurrence."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.extract import extract
from pipeline.extract.temporal import find_deadline, find_recurrence, roll_forward
from pipeline.model import Document, Header, lines_from_text
from pipeline.structure import structure

D = dt.date


def _due(text: str, issued: D) -> D | None:
    dl = find_deadline(text, issued.year, issued=issued)
    if dl is None:
        return None
    return roll_forward(dl.date, dl.text, dl.recurrence, issued)


def _tasks(text: str, issued: D):
    doc = structure(Document(doc_id="t", lines=lines_from_text(text)), Config(ocr=False))
    doc.header = doc.header or Header()
    doc.header.date = issued
    return extract(doc, Config(ocr=False)).tasks


# --------------------------------------------------------------- whose recurrence

@pytest.mark.parametrize("text", [
    # a benefit's noun phrase names its kind and holders before the period
    "Phòng Lao động chi trả trợ cấp ưu đãi người có công với cách mạng hàng tháng qua bưu điện.",
    "Bảo hiểm xã hội huyện chi trả phụ cấp khu vực cho người lao động vùng đặc biệt khó khăn hằng tháng.",
    # what a body receives
    "Các hội có tính chất đặc thù được Nhà nước hỗ trợ kinh phí hoạt động hằng năm.",
    "Thôn, tổ dân phố được cấp kinh phí sinh hoạt cộng đồng hàng năm theo quy định.",
    # a report a preposition governs, even with 'định kỳ'
    "Số liệu trong báo cáo định kỳ hằng năm được tính đến hết ngày 15 tháng 12.",
    "Các chỉ tiêu tại báo cáo định kỳ hàng quý thống nhất với biểu mẫu ban hành kèm theo.",
])
def test_a_period_of_a_benefit_or_a_named_report_is_no_recurrence(text):
    assert find_recurrence(text) is None


@pytest.mark.parametrize("text,rec", [
    # a verb between the benefit and the period: the duty recurs again
    ("Phòng Lao động rà soát hồ sơ hưởng trợ cấp và báo cáo UBND huyện hằng tháng.", "monthly"),
    # a body handed the funding, or one that plans it, does it every year
    ("Sở Tài chính được giao cấp kinh phí hằng năm cho các hội đặc thù.", "yearly"),
    ("Sở Tài chính bố trí kinh phí hằng năm cho các hội đặc thù.", "yearly"),
    # a report the duty makes
    ("Các sở, ngành thực hiện báo cáo định kỳ hằng năm về UBND tỉnh.", "yearly"),
])
def test_the_duty_keeps_its_recurrence(text, rec):
    assert find_recurrence(text) == rec


# --------------------------------------------------------------- a roadmap's steps

@pytest.mark.parametrize("text,due", [
    ("Năm 2027: hoàn thành số hóa hồ sơ địa chính.", D(2027, 12, 31)),
    ("Quý III/2026: tổng kết, đánh giá việc thực hiện thí điểm.", D(2026, 9, 30)),
    ("2. Năm 2026: rà soát, sắp xếp các điểm trường lẻ.", D(2026, 12, 31)),
])
def test_a_period_labelled_before_a_colon_bounds_the_step(text, due):
    assert _due(text, D(2026, 2, 1)) == due


def test_a_labelled_period_that_reports_bounds_nothing():
    assert _due("Năm 2025: tình hình kinh tế tiếp tục ổn định, thu ngân sách vượt dự toán.", D(2026, 2, 1)) is None


def test_a_roadmap_item_is_a_task_with_its_period():
    text = ("II. LỘ TRÌNH THỰC HIỆN\n1. Năm 2027: hoàn thành số hóa hồ sơ địa chính.\n"
            "2. Năm 2028: vận hành cơ sở dữ liệu đất đai thống nhất.")
    tasks = _tasks(text, D(2026, 2, 1))
    assert [t.deadline for t in tasks] == [D(2027, 12, 31), D(2028, 12, 31)]


def test_a_year_opening_a_report_is_still_no_task():
    tasks = _tasks("II. KẾT QUẢ\n1. Năm 2025, tình hình kinh tế của tỉnh tiếp tục ổn định.", D(2026, 2, 1))
    assert tasks == []


# --------------------------------------------------------------- what is counted

@pytest.mark.parametrize("text", [
    "Báo cáo số lượng đơn thư tiếp nhận trong tháng 3/2026 về Thanh tra tỉnh.",
    "Thống kê tổng số lao động mất việc làm trong quý I/2026 theo từng ngành.",
    "Tổng hợp số vụ vi phạm được phát hiện trong năm 2026 gửi Công an tỉnh.",
])
def test_a_period_after_a_counted_noun_is_no_deadline(text):
    assert _due(text, D(2026, 2, 1)) is None


@pytest.mark.parametrize("text,due", [
    ("Hoàn thành tuyển dụng 50 lao động trong quý II/2026.", D(2026, 6, 30)),
    ("Triển khai ứng dụng chuyển đổi số trên thiết bị di động trong tháng 7/2026.", D(2026, 7, 31)),
])
def test_work_done_in_a_period_keeps_its_deadline(text, due):
    assert _due(text, D(2026, 2, 1)) == due


# --------------------------------------------------------------- a purpose with no object

@pytest.mark.parametrize("text", [
    "Sở Xây dựng trình UBND tỉnh phê duyệt danh mục công trình để thực hiện trong năm 2027.",
    "Sở Tài chính tham mưu bố trí nguồn vốn để triển khai trong năm 2027.",
])
def test_a_period_of_an_objectless_purpose_is_the_nouns(text):
    assert _due(text, D(2026, 10, 1)) is None


@pytest.mark.parametrize("text,due", [
    ("Các Cục Thuế lựa chọn doanh nghiệp để thực hiện kiểm tra toàn diện trong năm 2027.", D(2027, 12, 31)),
    ("Sở Y tế hoàn thiện hồ sơ để trình UBND tỉnh phê duyệt trong tháng 11/2026.", D(2026, 11, 30)),
    ("Sở Tài chính bố trí nguồn vốn để thực hiện trước ngày 15/12/2026.", D(2026, 12, 15)),
])
def test_a_purpose_with_its_own_object_or_a_bound_keeps_the_deadline(text, due):
    assert _due(text, D(2026, 10, 1)) == due


# --------------------------------------------------------------- a level to reach on a roadmap

@pytest.mark.parametrize("text", [
    "Xây dựng và thực hiện kế hoạch giảm phát thải các lĩnh vực theo lộ trình đạt mức phát thải ròng bằng “0” vào năm 2050.",
    "Sở Công Thương rà soát quy hoạch ngành, hướng tới mục tiêu trung hòa các-bon vào năm 2050.",
    "Các địa phương triển khai chuyển đổi số theo lộ trình tiến tới chính quyền số toàn diện vào năm 2030.",
])
def test_the_year_a_level_is_reached_on_a_roadmap_is_a_horizon(text):
    assert _due(text, D(2026, 2, 1)) is None


@pytest.mark.parametrize("text,due", [
    ("Các sở hoàn thành lộ trình số hóa hồ sơ vào năm 2027.", D(2027, 12, 31)),
    ("Sở Xây dựng hoàn thành kế hoạch trong năm 2026 để đạt mức giảm 10% vào năm 2030.", D(2026, 12, 31)),
])
def test_work_finished_in_a_year_keeps_its_deadline(text, due):
    assert _due(text, D(2026, 2, 1)) == due
