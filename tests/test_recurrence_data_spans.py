"""Recurrence rules of session 14 (branch recur14, issue 5), written from general usage in the shapes
the sources print them (sources counted in benchmarks/HISTORY.md, session 14 recur14):

- a report's data period defined ('Báo cáo định kỳ hàng tháng: Tính từ ngày 15 tháng trước ...',
  'Thời gian chốt số liệu trong chế độ báo cáo hằng năm: Tính từ ...'): the period names the report
  whose span the clause defines, no duty recurs; a clause that also sends or submits keeps it;
- a number written twice, digits then words in brackets ('định kỳ 03 (ba) tháng một lần'): the words
  are dropped before the period is read;
- a task table's row whose work cell says its own period ('xây dựng báo cáo hàng năm về ...') and
  whose time cell says none recurs, as the same sentence in the body does.
"""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import process_text

from pipeline.extract.temporal import find_recurrence


@pytest.mark.parametrize("text", [
    # a ministry's circular as a legal site summarises it: each report kind and its span
    "Báo cáo định kỳ hàng quý: Tính từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối quý;",
    "Báo cáo định kỳ năm: Tính từ ngày 15/12 năm trước kỳ báo cáo đến ngày 14/12 của kỳ báo cáo;",
    # a planning ministry's circular: the cut-off of the yearly report
    "3. Thời gian chốt số liệu trong chế độ báo cáo hằng năm: Tính từ ngày 01 tháng 12 năm trước kỳ báo cáo "
    "đến ngày 30 tháng 11 của kỳ báo cáo.",
    # the span's own key after the report's name
    "Báo cáo định kỳ 6 tháng: Thời gian chốt số liệu 6 tháng đầu năm được tính từ ngày 01/01 đến ngày 30/6 "
    "của năm báo cáo.",
    "b) Báo cáo hằng tháng: số liệu được tính từ ngày đầu tiên đến ngày cuối cùng của tháng báo cáo.",
    # the key before the period
    "Thời điểm chốt số liệu đối với báo cáo định kỳ hằng quý được tính từ ngày 16 của tháng trước.",
])
def test_a_reports_data_span_sets_no_recurring_duty(text):
    assert find_recurrence(text) is None


@pytest.mark.parametrize("text, expected", [
    # a duty that also states its data span keeps its period
    ("Định kỳ hằng quý, Ủy ban nhân dân các xã báo cáo kết quả về Sở, số liệu tính từ ngày 15 của tháng trước.",
     "quarterly"),
    ("Báo cáo định kỳ hằng tháng: gửi trước ngày 20 hằng tháng, số liệu tính từ ngày 15 tháng trước.", "monthly"),
    ("Báo cáo hằng năm gửi Sở Nội vụ chậm nhất ngày 15/12; số liệu tính từ ngày 15/12 năm trước.", "yearly"),
    ("Định kỳ hằng năm: các sở, ngành báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh.", "yearly"),
])
def test_a_duty_that_states_its_data_span_keeps_its_period(text, expected):
    assert find_recurrence(text) == expected


HEAD = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 120/QĐ-TTg\nHà Nội, ngày 10 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n"
        "Phê duyệt Đề án phát triển thị trường công nghệ\n\n"
        "Phụ lục\nDANH MỤC NHIỆM VỤ\n")


def _by_text(doc):
    return {t.text.split(",")[0]: t for t in doc.tasks}


def test_a_rows_work_cell_period_recurs_when_its_time_cell_says_none(tmp_path):
    doc = process_text(tmp_path, HEAD + (
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
        "| 1 | Tổ chức nghiên cứu, xây dựng báo cáo hàng năm về thị trường công nghệ mới | Bộ Khoa học và Công nghệ | Các bộ, ngành | Thường xuyên |\n"
        "| 2 | Rà soát, cập nhật định kỳ hằng quý danh mục công nghệ khuyến khích chuyển giao | Bộ Khoa học và Công nghệ | Bộ Công Thương | |\n"
        "| 3 | Xây dựng, trình ban hành Nghị định quy định chi tiết về sàn giao dịch công nghệ | Bộ Khoa học và Công nghệ | Bộ Tư pháp | Quý IV/2026 |\n"
        "| 4 | Ban hành định mức chi phí cho hoạt động đánh giá công nghệ giai đoạn đến năm 2030 và hằng năm | Bộ Tài chính | Bộ Khoa học và Công nghệ | 2026 |\n"
    ))
    tasks = _by_text(doc)
    assert tasks["Tổ chức nghiên cứu"].recurrence == "yearly"
    assert tasks["Rà soát"].recurrence == "quarterly"
    assert tasks["Xây dựng"].recurrence is None
    assert tasks["Xây dựng"].deadline == dt.date(2026, 12, 31)
    # a row its time cell dates is one piece of work; the period is its object's
    assert tasks["Ban hành định mức chi phí cho hoạt động đánh giá công nghệ giai đoạn đến năm 2030 và hằng năm"].recurrence is None


@pytest.mark.parametrize("text, expected", [
    # labour circulars on a fund's board, a decree on reports, a ministry's regime as summarised
    ("a) Hội đồng quản lý họp định kỳ 03 (ba) tháng một lần để xem xét tình hình hoạt động của Quỹ.", "quarterly"),
    ("1. Định kỳ 06 (sáu) tháng hoặc đột xuất khi cần thiết, Sở Y tế báo cáo Ủy ban nhân dân tỉnh.", "half-yearly"),
    ("- Gửi báo cáo định kỳ 06 (sáu) tháng về Văn phòng Bộ chậm nhất ngày 10 (mười) tháng 6.", "half-yearly"),
    ("Kiểm tra định kỳ 12 (mười hai) tháng một lần đối với các thiết bị.", "yearly"),
    # a number in words that counts no period stays none
    ("Thời hạn hỗ trợ là 36 (ba mươi sáu) tháng kể từ ngày được phê duyệt.", None),
])
def test_a_number_written_twice_reads_as_its_digits(text, expected):
    assert find_recurrence(text) == expected
