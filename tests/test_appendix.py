"""Appendix task tables printed in column groups (pipeline/extract/appendix.py): pdftotext
without -layout prints a page's row numbers, content cells, lead cells, persons in charge and
times as groups of paragraphs.  The tables here are written for the test, in that shape."""
from __future__ import annotations

import datetime as dt

from tests.conftest import office_names, process_text, task_starting

GROUPED = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
TỈNH HÀ NAM
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 21/KH-SNNMT
Hà Nam, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Triển khai công tác quản lý chất thải rắn năm 2026

I. MỤC ĐÍCH
Bảo đảm thu gom, xử lý chất thải rắn sinh hoạt trên địa bàn tỉnh.

Nơi nhận:
- Lưu: VT.
GIÁM ĐỐC

Phạm Văn E

PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 21/KH-SNNMT ngày 12/3/2026)

STT

Nội dung

Cơ quan chủ trì

Người phụ trách

Thời hạn

I Nhiệm vụ trước mắt

1

2

Rà soát hiện trạng các bãi chôn lấp chất thải rắn sinh hoạt
trên địa bàn các xã, phường

Chi cục Bảo vệ môi trường

Lập danh mục các điểm tập kết rác tự phát cần xóa bỏ

Trung tâm Quan trắc tài nguyên
và môi trường

Đồng chí Nguyễn Văn F - Phó Giám đốc Sở

Đồng chí Nguyễn Văn F - Phó Giám đốc Sở

Trước ngày 30/4/2026

Quý II/2026

8

II Nhiệm vụ thường xuyên

3

Hướng dẫn các xã, phường phân loại chất thải rắn tại nguồn

Phòng Môi trường

Đồng chí Trần Thị G - Phó Giám đốc Sở

2026 - 2027
"""


def test_rows_are_aligned_by_column_order(tmp_path):
    doc = process_text(tmp_path, GROUPED)
    first = task_starting(doc, "Rà soát hiện trạng các bãi chôn lấp")
    assert first.section == "I > 1"
    assert office_names(first) == ["Chi cục Bảo vệ môi trường"]
    assert first.deadline == dt.date(2026, 4, 30)
    second = task_starting(doc, "Lập danh mục các điểm tập kết")
    assert second.section == "I > 2"
    assert office_names(second)[0].startswith("Trung tâm Quan trắc tài nguyên")
    assert second.deadline == dt.date(2026, 6, 30)
    # '8' among the cells is the page number, not a row; row numbers go on across groups
    third = task_starting(doc, "Hướng dẫn các xã, phường phân loại")
    assert third.section == "II > 3"
    assert office_names(third) == ["Phòng Môi trường"]
    assert third.deadline == dt.date(2027, 12, 31)
    # the persons in charge oversee the work: neither tasks nor offices
    assert not any(t.text.startswith("Đồng chí") for t in doc.tasks)
    assert not any("Nguyễn Văn F" in o for t in doc.tasks for o in office_names(t))


def test_columns_that_do_not_count_the_same_are_not_guessed(tmp_path):
    from pipeline.extract.appendix import find_grouped_tables
    from pipeline.extract.offices import load_gazetteer
    from pipeline.model import Document, lines_from_text

    text = ("STT\n\nNội dung\n\nCơ quan chủ trì\n\nThời hạn\n\n1\n\n2\n\n"
            "Rà soát hiện trạng các bãi chôn lấp chất thải rắn\n\n"
            "Lập danh mục các điểm tập kết rác tự phát\n\n"
            "Chi cục Bảo vệ môi trường\n\nQuý II/2026\n\nQuý III/2026\n")
    doc = Document("x", lines=lines_from_text(text))
    assert find_grouped_tables(doc, load_gazetteer(), set()) == []


def test_a_row_by_row_table_is_left_to_the_flattened_reader(tmp_path):
    from pipeline.extract.appendix import _header, _chunks
    from pipeline.model import Document, lines_from_text

    # no header: 'TT' followed by a content cell straight away
    doc = Document("x", lines=lines_from_text("TT\n\nRà soát các văn bản quy phạm pháp luật\n\nSở Tư pháp\n"))
    chunks = _chunks(doc, 1)
    assert _header(chunks, 0) is None


SPILL = """STT

Nội dung

Cơ quan chủ trì

Thời hạn

I Nhiệm vụ về nước sạch

1

Nâng cấp hệ thống cấp nước sinh hoạt tại các xã vùng cao

Sở Xây dựng

2

Lập phương án cấp nước dự phòng mùa khô

Công ty Cấp nước tỉnh

II Nhiệm vụ về thoát nước

3

Cải tạo hệ thống thoát nước khu vực trung tâm

Ủy ban nhân dân thành phố

Năm 2026

Quý IV/2026

Năm 2027
"""


def test_times_of_a_group_printed_after_the_next_group(tmp_path):
    doc = process_text(tmp_path, SPILL)
    due = {t.text[:25]: t.deadline for t in doc.tasks}
    assert due["Nâng cấp hệ thống cấp nướ"] == dt.date(2026, 12, 31)
    assert due["Lập phương án cấp nước dự"] == dt.date(2026, 12, 31)
    assert due["Cải tạo hệ thống thoát nư"] == dt.date(2027, 12, 31)
    assert office_names(task_starting(doc, "Cải tạo hệ thống thoát nước"))[0].startswith("Ủy ban nhân dân thành phố")
    assert task_starting(doc, "Cải tạo hệ thống thoát nước").section == "II > 3"
