"""Task tables without a 'chủ trì' column (session 12 round 2, branch tables13), written here in the
shapes such tables take:

- a '|' table whose doers are a class, a teacher, a section ('Lớp | GV chỉ đạo', 'Bộ phận',
  'Người phụ trách'), its time stated once by a 'Thời gian: ...' line above it, which dates
  every row;
- a table printed one cell a paragraph ('TT' / 'Nội dung công việc' / 'Ngày hoàn thành' / '1' /
  ...), recognised by its header and its row numbers in sequence, long header cells allowed.
"""
from __future__ import annotations

import datetime as dt

from conftest import process_text

from pipeline.extract.offices import load_gazetteer, roles_in_sentence
from pipeline.extract.tables import responsible_parts

SCHOOL = ("TRƯỜNG THCS AN HÒA\n\nKẾ HOẠCH LAO ĐỘNG TUẦN 12\n")
UNIT = ("UBND XÃ BÌNH MINH\nSố: 15/KH-UBND\nBình Minh, ngày 02 tháng 3 năm 2024\n\nKẾ HOẠCH\n"
        "Ra quân làm sạch môi trường\n\n")


def _tasks(doc):
    return {t.text: t for t in doc.tasks}


def _offices(t):
    return [o.office for o in t.offices]


def test_class_and_teacher_columns_with_a_time_line_above(tmp_path):
    text = SCHOOL + (
        "Thời gian: 7 giờ ngày 15 tháng 11 năm 2023\n"
        "Thành phần: Học sinh khối 6, 7.\n"
        "NỘI DUNG CÔNG VIỆC:\n"
        "| STT | Lớp | GV chỉ đạo | Nội dung công việc | Dụng cụ |\n"
        "| 1 | 6A | Trần Văn Nam | Nhổ cỏ, vệ sinh bồn hoa trước cổng trường | Cuốc, xẻng |\n"
        "| 2 | 6B | Lê Thị Hoa | Quét dọn sân sau và thu gom rác về nơi quy định | Chổi, xô |\n"
        "| 3 | 7A | Phạm Thu Hà | Lau cửa kính các phòng học tầng hai | Giẻ lau |\n")
    ts = _tasks(process_text(tmp_path, text))
    t = ts["Nhổ cỏ, vệ sinh bồn hoa trước cổng trường"]
    assert _offices(t) == ["6A", "Trần Văn Nam"] and t.deadline == dt.date(2023, 11, 15)
    t = ts["Lau cửa kính các phòng học tầng hai"]
    assert _offices(t) == ["7A", "Phạm Thu Hà"] and t.deadline == dt.date(2023, 11, 15)
    assert t.section == "3"


def test_a_section_column_and_a_time_window_above(tmp_path):
    text = UNIT + (
        "I. NỘI DUNG\n"
        "- Thời gian thực hiện: từ ngày 05/3/2024 đến ngày 10/3/2024.\n"
        "| TT | Công việc | Bộ phận |\n"
        "| 1 | Khơi thông cống rãnh các tuyến đường liên thôn | Đoàn Thanh niên |\n"
        "| 2 | Thu gom rác thải dọc bờ kênh chính | Hội Phụ nữ xã |\n")
    ts = _tasks(process_text(tmp_path, text))
    t = ts["Khơi thông cống rãnh các tuyến đường liên thôn"]
    assert t.deadline == dt.date(2024, 3, 10) and "Đoàn Thanh niên" in _offices(t)
    assert "Hội Phụ nữ xã" in _offices(ts["Thu gom rác thải dọc bờ kênh chính"])


def test_a_length_of_time_above_is_no_deadline(tmp_path):
    text = SCHOOL + (
        "Thời gian: 1/2 ngày\n"
        "| TT | Khối | Nội dung | Giáo viên phụ trách |\n"
        "| 1 | Khối 8 | Trồng cây xanh quanh sân vận động | Ngô Văn Bình |\n"
        "| 2 | Khối 9 | Sơn lại hàng rào phía đông | Vũ Thị Lan |\n")
    ts = _tasks(process_text(tmp_path, text))
    t = ts["Trồng cây xanh quanh sân vận động"]
    assert t.deadline is None and "Ngô Văn Bình" in _offices(t)


def test_a_time_line_above_another_table_does_not_date_this_one(tmp_path):
    text = UNIT + (
        "Thời gian: ngày 20/3/2024\n"
        "| Thôn | Số hộ | Ghi chú |\n"
        "| Thôn 1 | 120 | |\n"
        "| TT | Nội dung công việc | Người thực hiện |\n"
        "| 1 | Phát quang bụi rậm hai bên đường trục xã | Tổ dân phố 3 |\n"
        "| 2 | Nạo vét mương thoát nước khu chợ | Tổ dân phố 5 |\n")
    ts = _tasks(process_text(tmp_path, text))
    t = ts["Phát quang bụi rậm hai bên đường trục xã"]
    assert t.deadline is None and "Tổ dân phố 3" in _offices(t)


def test_a_doer_column_beside_a_lead_column_is_no_lead(tmp_path):
    text = UNIT + (
        "| TT | Nội dung | Lớp | Đơn vị chủ trì | Thời gian |\n"
        "| 1 | Tổ chức hội thi vẽ tranh về môi trường | 5A | Liên đội | Tháng 4/2024 |\n"
        "| 2 | Tổ chức tuyên truyền phân loại rác tại nguồn | 5B | Chi đoàn giáo viên | Tháng 5/2024 |\n")
    ts = _tasks(process_text(tmp_path, text))
    assert _offices(ts["Tổ chức hội thi vẽ tranh về môi trường"]) == ["Liên đội"]


def test_a_table_of_classes_is_no_task_table(tmp_path):
    text = SCHOOL + (
        "Nhà trường thông báo sĩ số các lớp như sau.\n"
        "| Lớp | Sĩ số | Nam | Nữ |\n"
        "| 6A | 35 | 18 | 17 |\n"
        "| 6B | 34 | 16 | 18 |\n"
        "| 7A | 36 | 20 | 16 |\n")
    doc = process_text(tmp_path, text)
    assert not any(t.text.startswith(("6A", "6B", "7A")) for t in doc.tasks)


def test_class_cells_are_doers():
    gaz = load_gazetteer()
    for cell in ("9A", "10A1", "12 C3", "6/1"):
        assert [w for _n, w in responsible_parts(cell, gaz)] == [cell]
    assert responsible_parts("2024", gaz) == []


CELLS = UNIT.replace("Ra quân làm sạch môi trường", "Triển khai công tác chuẩn bị bầu cử") + (
    "II. TIẾN ĐỘ THỰC HIỆN\n\n"
    "TT\n\nNội dung công việc chủ yếu cần tiến hành\n\n"
    "Số ngày chậm nhất phải hoàn thành trước ngày tổ chức hội nghị theo quy định\n\n"
    "Ngày chậm nhất phải hoàn thành\n\n"
    "1\n\nChuẩn bị tài liệu\n\nIn ấn, phát hành tài liệu hướng dẫn đến các thôn, tổ dân phố.\n\n \n\n12/3/2024\n\n"
    "2\n\nHọp các tổ bầu cử\n\nTổ chức họp các tổ bầu cử để phân công nhiệm vụ cụ thể.\n\n10 ngày\n\n18/3/2024\n\n"
    "3\n\nBan Chỉ đạo xã dự kiến danh sách thành viên các tổ bầu cử.\n\n25/3/2024 (thứ Hai)\n\n"
    "III. TỔ CHỨC THỰC HIỆN\nCác thôn nghiêm túc triển khai kế hoạch này.\n")


def test_a_table_printed_one_cell_a_paragraph(tmp_path):
    ts = _tasks(process_text(tmp_path, CELLS))
    t = ts["In ấn, phát hành tài liệu hướng dẫn đến các thôn, tổ dân phố."]
    assert t.deadline == dt.date(2024, 3, 12) and t.section.endswith("1")
    t = ts["Tổ chức họp các tổ bầu cử để phân công nhiệm vụ cụ thể."]
    assert t.deadline == dt.date(2024, 3, 18)
    t = ts["Ban Chỉ đạo xã dự kiến danh sách thành viên các tổ bầu cử."]
    assert t.deadline == dt.date(2024, 3, 25) and _offices(t) == ["Ban Chỉ đạo xã"]
    # the step names and the long header cells are no tasks
    assert not any(x.startswith(("Chuẩn bị tài liệu", "Họp các tổ", "Số ngày chậm nhất")) for x in ts)


def test_a_one_cell_a_paragraph_table_with_a_doer_column(tmp_path):
    text = UNIT + (
        "STT\n\nNội dung\n\nĐơn vị thực hiện\n\nThời gian\n\n"
        "1\n\nTổng vệ sinh đường làng, ngõ xóm\n\nCác thôn\n\nTháng 3/2024\n\n"
        "2\n\nTrồng cây xanh tại nhà văn hóa thôn\n\nĐoàn Thanh niên xã\n\nTháng 4/2024\n\n"
        "Nơi nhận:\n- Lưu: VT.\n")
    ts = _tasks(process_text(tmp_path, text))
    t = ts["Trồng cây xanh tại nhà văn hóa thôn"]
    assert t.deadline == dt.date(2024, 4, 30) and "Đoàn Thanh niên xã" in _offices(t)
    assert ts["Tổng vệ sinh đường làng, ngõ xóm"].deadline == dt.date(2024, 3, 31)


def test_numbers_out_of_sequence_are_no_table(tmp_path):
    from pipeline.extract.tables_cells import find_cell_tables
    from pipeline.model import Document, lines_from_text

    text = ("TT\n\nNội dung công việc\n\nThời gian\n\n1\n\nRà soát hồ sơ.\n\n5/2024\n\n"
            "7\n\nKiểm tra thực tế.\n\n6/2024\n")
    assert find_cell_tables(Document("t", lines=lines_from_text(text))) == []
    text = "TT\n\nHọ và tên\n\nChức vụ\n\n1\n\nNguyễn Văn A\n\nChủ tịch\n\n2\n\nTrần Văn B\n\nPhó Chủ tịch\n"
    assert find_cell_tables(Document("t", lines=lines_from_text(text))) == []


def test_du_kien_ends_a_subject():
    gaz = load_gazetteer()
    for s, who in (("Thường trực HĐND các cấp dự kiến cơ cấu, thành phần đại biểu.", "Thường trực HĐND các cấp"),
                   ("Ban Tổ chức Huyện ủy dự kiến danh sách nhân sự.", "Ban Tổ chức Huyện ủy")):
        assert [r.office for r in roles_in_sentence(s, gaz) if r.role == "lead"] == [who]
    # a planned event is no duty of the body that plans it
    assert roles_in_sentence("Tập trung cho kỳ họp thứ 7, HĐND phường dự kiến tổ chức vào ngày 26/12/2018.", gaz) == []


def test_a_time_line_of_another_part_does_not_date_the_table(tmp_path):
    text = UNIT + (
        "I. THỜI GIAN\nThời gian: ngày 05/4/2024\n"
        "II. PHÂN CÔNG\n"
        "| TT | Nhiệm vụ | Người phụ trách |\n"
        "| 1 | Chuẩn bị hội trường và âm thanh | Văn phòng xã |\n"
        "| 2 | Mời đại biểu dự hội nghị tổng kết | Công chức Văn hóa - Xã hội |\n")
    ts = _tasks(process_text(tmp_path, text))
    t = ts["Chuẩn bị hội trường và âm thanh"]
    assert t.deadline is None and "Văn phòng xã" in _offices(t)
