"""'|' task tables as some converters of web pages and Word files print them (session 13, branch
central13; first seen on the Government's action programme Nghị quyết 12/NQ-CP of 2023, gold
yr1): every block a paragraph with an empty line after it, table rows too, and a title merged
across the columns printed once in each of them.

- an empty line between two rows does not end the table when the next line that holds text is a
  row as wide as the header (and not another table's header);
- a row whose cells all repeat one text ('I | Hoàn thiện thể chế | Hoàn thiện thể chế | ...') is
  a group's title, never a task whose lead and time are that title.

The tables below are written for the tests in the shapes such plans take (a Government programme,
a ministry's plan, a province's plan; time columns 'Thời gian trình', 'Thời hạn hoàn thành',
'Tiến độ').
"""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import process_text

from pipeline.extract.tables import _blank_between_rows, _spanning_row

CP = ("CHÍNH PHỦ\n\nSố: 20/NQ-CP\n\nHà Nội, ngày 10 tháng 3 năm 2025\n\nNGHỊ QUYẾT\n\n"
      "Ban hành Chương trình hành động của Chính phủ\n\n")
BO = ("BỘ TÀI CHÍNH\n\nSố: 315/QĐ-BTC\n\nHà Nội, ngày 02 tháng 4 năm 2026\n\nQUYẾT ĐỊNH\n\n"
      "Ban hành Kế hoạch triển khai Luật Quản lý thuế\n\n")
TINH = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n\nSố: 88/KH-UBND\n\nNinh Bình, ngày 15 tháng 01 năm 2026\n\n"
        "KẾ HOẠCH\n\nThực hiện Chương trình chuyển đổi số năm 2026\n\n")


def _rows(doc):
    return {t.text: t for t in doc.tasks}


def test_a_government_programme_with_empty_lines_between_rows_and_merged_group_titles(tmp_path):
    text = CP + (
        "PHỤ LỤC\n\nNHIỆM VỤ CỤ THỂ\n\n"
        "TT | Nhiệm vụ, đề án | Cơ quan chủ trì thực hiện | Cơ quan phối hợp thực hiện | Thời gian trình | Cấp trình | Sản phẩm\n\n"
        "I | Hoàn thiện thể chế | Hoàn thiện thể chế | Hoàn thiện thể chế | Hoàn thiện thể chế | Hoàn thiện thể chế | Hoàn thiện thể chế\n\n"
        "1 | Báo cáo tổng kết thi hành Luật Đường sắt | Bộ Xây dựng | Các bộ, ngành liên quan | 2025 | Chính phủ | Báo cáo\n\n"
        "2 | Dự án Luật Đường sắt (sửa đổi) | Bộ Xây dựng | Bộ Tư pháp | Quý III/2026 | Quốc hội | Dự án Luật\n\n"
        "II | Phát triển hạ tầng | Phát triển hạ tầng | Phát triển hạ tầng | Phát triển hạ tầng | Phát triển hạ tầng | Phát triển hạ tầng\n\n"
        "1 | Đề án phát triển đường sắt đô thị | Bộ Xây dựng | Bộ Tài chính | 2025-2027 | Thủ tướng Chính phủ | Đề án\n")
    doc = process_text(tmp_path, text)
    ts = _rows(doc)
    assert not any(t.text.startswith(("Hoàn thiện thể chế", "Phát triển hạ tầng")) for t in doc.tasks)
    t = ts["Báo cáo tổng kết thi hành Luật Đường sắt"]
    assert t.section == "I > 1" and t.deadline == dt.date(2025, 12, 31)
    assert [o.office for o in t.offices][:1] == ["Bộ Xây dựng"]
    t = ts["Dự án Luật Đường sắt (sửa đổi)"]
    assert t.section == "I > 2" and t.deadline == dt.date(2026, 9, 30)
    t = ts["Đề án phát triển đường sắt đô thị"]
    assert t.section == "II > 1" and t.deadline == dt.date(2027, 12, 31)


def test_a_ministry_plan_with_bars_and_empty_lines(tmp_path):
    text = BO + (
        "| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn hoàn thành |\n\n"
        "| A | NHIỆM VỤ CHUNG | NHIỆM VỤ CHUNG | NHIỆM VỤ CHUNG | NHIỆM VỤ CHUNG |\n\n"
        "| 1 | Tổ chức hội nghị quán triệt Luật Quản lý thuế | Cục Thuế | Vụ Pháp chế | Tháng 5/2026 |\n\n"
        "| 2 | Rà soát các văn bản hướng dẫn thi hành Luật | Vụ Pháp chế | Cục Thuế | Quý II/2026 |\n")
    doc = process_text(tmp_path, text)
    ts = _rows(doc)
    assert "NHIỆM VỤ CHUNG" not in ts
    t = ts["Tổ chức hội nghị quán triệt Luật Quản lý thuế"]
    assert t.section == "A > 1" and t.deadline == dt.date(2026, 5, 31)
    assert ts["Rà soát các văn bản hướng dẫn thi hành Luật"].deadline == dt.date(2026, 6, 30)


def test_a_province_plan_whose_merged_row_has_an_arabic_number(tmp_path):
    text = TINH + (
        "TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Tiến độ\n\n"
        "1 | Hạ tầng số | Hạ tầng số | Hạ tầng số | Hạ tầng số\n\n"
        "1.1 | Phủ sóng di động 5G tại trung tâm các xã | Sở Khoa học và Công nghệ | Các doanh nghiệp viễn thông | Quý IV/2026\n\n"
        "1.2 | Nâng cấp Trung tâm dữ liệu tỉnh | Sở Khoa học và Công nghệ | Văn phòng UBND tỉnh | Thường xuyên\n")
    doc = process_text(tmp_path, text)
    ts = _rows(doc)
    assert "Hạ tầng số" not in ts
    assert ts["Phủ sóng di động 5G tại trung tâm các xã"].deadline == dt.date(2026, 12, 31)
    assert ts["Nâng cấp Trung tâm dữ liệu tỉnh"].deadline is None


def test_an_empty_line_before_another_tables_header_ends_the_first_table(tmp_path):
    text = BO + (
        "TT | Nội dung công việc | Đơn vị chủ trì | Thời hạn hoàn thành\n\n"
        "1 | Xây dựng quy trình kiểm tra hồ sơ hoàn thuế | Cục Thuế | Tháng 6/2026\n\n"
        "TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026\n\n"
        "1 | Số hồ sơ hoàn thuế điện tử | Hồ sơ | 12000\n")
    doc = process_text(tmp_path, text)
    ts = _rows(doc)
    assert ts["Xây dựng quy trình kiểm tra hồ sơ hoàn thuế"].deadline == dt.date(2026, 6, 30)
    assert not any("Số hồ sơ hoàn thuế điện tử" in t.text for t in doc.tasks)


@pytest.mark.parametrize("cells, kinds, merged", [
    (["I", "Hoàn thiện thể chế", "Hoàn thiện thể chế", "Hoàn thiện thể chế", "Hoàn thiện thể chế"],
     ["no", "content", "lead", "support", "time"], True),
    (["", "NHIỆM VỤ CHUNG", "NHIỆM VỤ CHUNG", "NHIỆM VỤ CHUNG"], ["no", "content", "lead", "time"], True),
    # a row whose lead and partner are one body is a task
    (["3", "Tổ chức tập huấn", "Sở Tư pháp", "Sở Tư pháp", "Quý II/2026"], ["no", "content", "lead", "support", "time"], False),
    (["1", "Báo cáo tổng kết", "Bộ Tư pháp", "Các bộ", "2025"], ["no", "content", "lead", "support", "time"], False),
])
def test_a_title_merged_across_the_columns(cells, kinds, merged):
    assert _spanning_row(cells, kinds) is merged


def test_an_empty_line_joins_only_rows_of_the_same_width():
    from types import SimpleNamespace as L
    kinds = ["no", "content", "lead", "time"]
    lines = [L(text="1 | Việc một | Sở X | 2026"), L(text=""), L(text="2 | Việc hai | Sở Y | 2027")]
    assert _blank_between_rows(lines, 1, kinds)
    lines = [L(text="1 | Việc một | Sở X | 2026"), L(text=""), L(text="Nơi nhận: | TM. ỦY BAN NHÂN DÂN")]
    assert not _blank_between_rows(lines, 1, kinds)
    lines = [L(text="1 | Việc một | Sở X | 2026"), L(text=""), L(text="Các sở triển khai thực hiện.")]
    assert not _blank_between_rows(lines, 1, kinds)
    lines = [L(text="1 | Việc một | Sở X | 2026"), L(text=""), L(text="Nơi nhận: - Như trên; | TM. ỦY BAN NHÂN DÂN | | KT. CHỦ TỊCH")]
    assert not _blank_between_rows(lines, 1, kinds)


# --- a task table printed in part: rows left out at '[…]' (an excerpt, a portal's summary) ---

def _flat(tmp_path, body):
    head = ("CHÍNH PHỦ\nSố: 77/NQ-CP\nHà Nội, ngày 06 tháng 4 năm 2026\nNGHỊ QUYẾT\nBan hành Chương trình hành động\n"
            "Phụ lục\nNHIỆM VỤ CỤ THỂ\nTT\nNội dung công việc\nCơ quan chủ\ntrì\nCơ quan\nphối hợp\nThời hạn\nhoàn thành\n")
    return {t.text: t for t in process_text(tmp_path, head + body).tasks}


@pytest.mark.parametrize("elision", ["[…]", "…", "..."])
def test_a_group_numeral_after_rows_left_out(tmp_path, elision):
    ts = _flat(tmp_path, (
        f"{elision}\n"
        "IV Thực hiện hiệu quả công tác quản lý cán bộ, công chức\n"
        "1\nRà soát, phê duyệt vị trí việc làm của từng cơ quan.\nCác bộ, cơ quan\nngang bộ\nCác bộ, ngành\nNăm 2026\n"
        "2\nTham mưu ban hành Nghị định về vị trí việc làm viên chức.\nBộ Nội vụ\nCác bộ, ngành\nTháng 4/2026\n"
        "V\nThực hiện hiệu quả công tác kiểm tra, giám sát\n"
        "1\nKiểm tra việc bố trí số lượng cấp phó theo quy định.\nBộ Nội vụ\nCác bộ, ngành\nThường xuyên\n"))
    t = ts["Rà soát, phê duyệt vị trí việc làm của từng cơ quan."]
    assert t.section == "IV > 1" and t.deadline == dt.date(2026, 12, 31)
    assert ts["Tham mưu ban hành Nghị định về vị trí việc làm viên chức."].section == "IV > 2"
    t = ts["Kiểm tra việc bố trí số lượng cấp phó theo quy định."]
    assert t.section == "V > 1" and t.deadline is None


def test_a_row_number_printed_on_its_first_line_after_rows_left_out(tmp_path):
    ts = _flat(tmp_path, (
        "[…]\n"
        "II\nXÁC LẬP MÔ HÌNH TĂNG TRƯỞNG MỚI\n"
        "14 Nghiên cứu, hoàn thiện cơ chế điều hành chính sách tín dụng\nNgân hàng Nhà\nnước\n2026 - 2030\n"
        "15 Nghiên cứu, đề xuất thành lập Sở giao dịch vàng\nNgân hàng Nhà\nnước\n2026 - 2027\n"))
    t = ts["Nghiên cứu, hoàn thiện cơ chế điều hành chính sách tín dụng"]
    assert t.section == "II > 14" and t.deadline == dt.date(2030, 12, 31)
    assert ts["Nghiên cứu, đề xuất thành lập Sở giao dịch vàng"].deadline == dt.date(2027, 12, 31)


def test_without_rows_left_out_a_numeral_out_of_sequence_is_no_group(tmp_path):
    # ('Quốc hội khóa' / 'XVI': the rest of a cell, not group XVI)
    ts = _flat(tmp_path, (
        "I\nHoàn thiện thể chế\n"
        "1\nTrình dự án Luật tại Kỳ họp thứ 2, Quốc hội khóa\nXVI\nBộ Tư pháp\nCác bộ, ngành\nQuý IV/2026\n"
        "2\nRà soát văn bản quy phạm pháp luật về đất đai.\nBộ Nông nghiệp và Môi trường\nCác bộ, ngành\nQuý III/2026\n"))
    assert ts["Rà soát văn bản quy phạm pháp luật về đất đai."].section == "I > 2"
