"""Deadline attachment from a document's layout: period headings over items (a plan grouped by
quarter or month), attribute lines, time cells.  Documents written here in the shapes plans
use; none is a sample."""
from __future__ import annotations

import datetime as dt

from pipeline.config import Config
from pipeline.extract import extract
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure

HEADER = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 120/KH-UBND
An Giang, ngày 10 tháng 6 năm 2026
KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2026
"""


def _tasks(body: str):
    doc = Document(doc_id="t", lines=lines_from_text(HEADER + body))
    cfg = Config(ocr=False)
    return extract(structure(doc, cfg), cfg).tasks


def _due(tasks, start: str):
    return next(t.deadline for t in tasks if t.text.startswith(start))


def test_numbered_period_headings_date_their_items():
    tasks = _tasks("""I. NHIỆM VỤ CỤ THỂ
1. Quý III/2026
- Rà soát danh mục dịch vụ công trực tuyến của các sở.
- Tập huấn kỹ năng số cho cán bộ cấp xã.
2. Tháng 11 - 12/2026
- Sơ kết việc thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh.
- Hoàn thành số hóa hồ sơ lưu trữ trước ngày 15/11/2026.
3. Năm học 2026 - 2027
- Triển khai sổ điểm điện tử tại các trường học.
""")
    assert _due(tasks, "Rà soát danh mục") == dt.date(2026, 9, 30)
    assert _due(tasks, "Tập huấn") == dt.date(2026, 9, 30)
    assert _due(tasks, "Sơ kết") == dt.date(2026, 12, 31)
    assert _due(tasks, "Hoàn thành số hóa") == dt.date(2026, 11, 15)  # its own bound wins
    assert _due(tasks, "Triển khai sổ điểm") is None  # a school year is no period heading


def test_period_lines_head_the_items_that_follow():
    tasks = _tasks("""II. NỘI DUNG
Quý IV/2026
- Kiểm tra việc sử dụng chữ ký số tại các xã.
Quý I/2027
- Đánh giá mức độ hài lòng của người dân.
""")
    assert _due(tasks, "Kiểm tra việc") == dt.date(2026, 12, 31)
    assert _due(tasks, "Đánh giá mức độ") == dt.date(2027, 3, 31)


def test_attribute_lines_after_items():
    tasks = _tasks("""III. TỔ CHỨC THỰC HIỆN
1. Các sở, ngành thực hiện các nội dung sau:
a) Cập nhật dữ liệu chuyên ngành vào kho dữ liệu dùng chung.
- Thời gian thực hiện: Tháng 8/2026.
b) Số hóa kết quả giải quyết thủ tục hành chính.
- Tiến độ thực hiện: tháng 10/2026.
c) Chuẩn hóa quy trình nội bộ.
- Thời hạn hoàn thành: Trước 15/12/2026.
""")
    assert _due(tasks, "Cập nhật dữ liệu") == dt.date(2026, 8, 31)
    assert _due(tasks, "Số hóa kết quả") == dt.date(2026, 10, 31)
    assert _due(tasks, "Chuẩn hóa") == dt.date(2026, 12, 15)
