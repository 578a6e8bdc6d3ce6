"""(points28, issue 5) A plan's row printed as a labelled block -- the activity (an item heading or a round's paragraph
'Đợt 1: ...') over its labelled lines ('Thời gian: ...', 'Địa điểm: ...', 'Thành phần:' and the participants under it)
-- is one task dated by its time line, the lines and participants no tasks (extract/labelledrows.py); a flattened plan
table's rows take the section their group row and numbered row give ('II > 1', extract/tableheads.plan_row_sections).

Two texts are stored `pages` items (a youth union's plan, thanhnienviet.vn; a school union's plan,
chuyennguyenhue.edu.vn), excerpts as stored; the others are written here from general usage, not from any gold."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.labelledrows import _LABEL_RE, _activity
from test_points20 import _doc, _task

# a youth union's plan as the `pages` corpus stores it (thanhnienviet.vn, 'Kế hoạch tổ chức Lễ kỷ niệm 81 năm thành
# lập Đoàn'): an item over dash lines, the participants as '+' lines under an open 'Thành phần:'
UNION_PLAN = (
    "KẾ HOẠCH\n\nTổ chức Lễ kỷ niệm 81 năm thành lập Đoàn TNCS Hồ Chí Minh\n\n"
    "Ban Bí thư Trung ương Đoàn ban hành kế hoạch tổ chức Lễ kỷ niệm 81 năm thành lập Đoàn TNCS Hồ Chí Minh và trao "
    "giải thưởng 26/3 với các nội dung cụ thể như sau:\n\n"
    "I. NỘI DUNG\n\n"
    "1. Tọa đàm về nội dung: Tổ chức – xây dựng Đoàn; Góp ý kiến xây dựng văn kiện Đại hội Đoàn toàn quốc lần thứ X\n\n"
    "    - Thời gian: Tối ngày 24/3/2012 (thứ bảy).\n\n"
    "    - Địa điểm: Tại Hà Nội (một đơn vị đoàn cấp huyện thuộc Đoàn khối doanh nghiệp Trung ương)\n\n"
    "    - Thành phần:\n\n"
    "      + Đại diện Ban Bí thư TW Đoàn.\n\n"
    "      + Đại diện lãnh đạo các Ban phong trào TW Đoàn, Học viện Thanh thiếu niên Việt Nam, Viện Nghiên cứu thanh "
    "niên, Đoàn khối doanh nghiệp TW, các cơ quan báo chí của TW Đoàn.\n\n"
    "      + 81 đại biểu nhận giải thưởng 26/3.\n\n"
    "      + Mời một số đại biểu là cán bộ Đoàn cơ sở thuộc Đoàn khối doanh nghiệp TW; phóng viên báo chí...\n\n"
    "    - Nội dung chương trình: Có kịch bản riêng.\n\n"
    "2. Lễ báo công tại Lăng Chủ tịch Hồ Chí Minh\n")

# a school union's plan as stored (chuyennguyenhue.edu.vn): the item's label lines numbered as its sub-items
SCHOOL_PLAN = (
    "KẾ HOẠCH Tổ chức các hoạt động chào mừng Năm Thanh niên – Tháng thanh niên 2011\n\n"
    "Ban chấp hành Đoàn trường xây dựng Kế hoạch Tổ chức các hoạt động chào mừng Năm Thanh niên, cụ thể như sau\n\n"
    "I. MỤC ĐÍCH, Ý NGHĨA\n\n"
    "1. Tạo khí thế thi đua sôi nổi, ấn tượng, trẻ trung, tinh thần xung kích tình nguyện của tuổi trẻ.\n\n"
    "II. CÁC NỘI DUNG HOẠT ĐỘNG\n\n"
    "1. Phát động đợt thi đua đặc biệt chào mừng ngày thành lập đoàn.\n\n"
    "1.1. Thời gian: Ngày 12/2/2010 (Thứ 2)\n\n"
    "1.2. Đối tượng: 100% ĐVTN nhà trường\n\n"
    "1.3. Chỉ tiêu: - 100% các chi đoàn đạt tuần học tập tốt, tháng học tập tốt, đạt nhiều điểm tốt.\n")

# a round's paragraph over its labelled lines, written from general usage (a district's vaccination drives)
ROUNDS = (
    "Theo kế hoạch, năm 2024 huyện tổ chức hai đợt tiêm phòng dại cho đàn chó, mèo.\n\n"
    "Đợt 1: Tiêm phòng tập trung tại các thôn, tổ dân phố.\n\n"
    "Thời gian dự kiến: ngày 15/4/2024.\n\n"
    "Số lượng: Tiêm cho 5.000 con chó, mèo trở lên.\n\n"
    "Địa điểm: Tại nhà văn hóa các thôn.\n\n"
    "Các cơ quan, đơn vị tham gia gồm: Trạm Chăn nuôi và Thú y huyện; Ủy ban nhân dân các xã, thị trấn.\n\n"
    "Đợt 2: Tiêm phòng bổ sung cho số chó, mèo mới phát sinh.\n\n"
    "Thời gian dự kiến: 20/10/2024.\n\n"
    "Địa điểm: Tại nhà văn hóa các thôn.\n")


@pytest.mark.parametrize("line, label", [
    ("- Thời gian: Tối ngày 24/3/2012 (thứ bảy).", True),
    ("1.2. Đối tượng: 100% ĐVTN nhà trường", True),
    ("Thời gian dự kiến: ngày 15/4/2024.", True),
    ("Các cơ quan, đơn vị tham gia gồm: Trạm Chăn nuôi và Thú y huyện.", True),
    ("- Thành phần:", True),
    ("Các xã tổ chức tiêm phòng trước ngày 15/4/2024.", False),
    ("Nội dung: rà soát hồ sơ.", False),
])
def test_a_rows_label_line(line, label):
    assert bool(_LABEL_RE.match(line)) is label


def test_an_item_over_dash_lines_and_its_participants():
    doc = _doc(UNION_PLAN)
    t = _task(doc, "Tọa đàm về nội dung")
    assert t is not None and t.deadline == dt.date(2012, 3, 24) and t.section == "I > 1"
    # the participants listed under 'Thành phần:' and the programme's line are no tasks
    for opening in ("Đại diện Ban Bí thư", "Đại diện lãnh đạo các Ban", "81 đại biểu", "Mời một số đại biểu",
                    "Nội dung chương trình"):
        assert _task(doc, opening) is None, opening


def test_an_item_over_numbered_label_lines():
    doc = _doc(SCHOOL_PLAN)
    t = _task(doc, "Phát động đợt thi đua")
    assert t is not None and t.deadline == dt.date(2010, 2, 12)


def test_a_rounds_paragraph_over_its_labelled_lines():
    doc = _doc(ROUNDS)
    first, second = _task(doc, "Đợt 1: Tiêm phòng"), _task(doc, "Đợt 2: Tiêm phòng")
    assert first is not None and first.deadline == dt.date(2024, 4, 15)
    assert second is not None and second.deadline == dt.date(2024, 10, 20)
    assert _task(doc, "Các cơ quan, đơn vị tham gia gồm") is None


def test_no_block_without_a_dated_time_line():
    # labels with no day: the block is not read as a row (the classifier's own reading stands: here an item with
    # attribute lines, undated), and a round's paragraph over undated labels stays no task
    doc = _doc("II. NỘI DUNG\n\n1. Hội thi văn nghệ quần chúng các thôn.\n\n- Địa điểm: Hội trường xã.\n\n"
               "- Thành phần: Các đội văn nghệ thôn.\n")
    t = _task(doc, "Hội thi văn nghệ")
    assert t is None or t.deadline is None
    doc = _doc("Theo kế hoạch, xã tổ chức hội thi văn nghệ.\n\nĐợt 1: Hội thi văn nghệ quần chúng các thôn.\n\n"
               "Địa điểm: Hội trường xã.\n\nSố lượng: 12 đội văn nghệ.\n")
    assert _task(doc, "Đợt 1: Hội thi") is None


def test_a_news_paragraph_is_no_rows_activity():
    # an event's news paragraph over its time and place is not an item or a round: not read as a row
    from pipeline.extract.tasks import Classified

    class _B:
        kind, label, style, path = "paragraph", None, None, ""

    class _S:
        text, block, index = "Hòa chung không khí vui tươi chào mừng Xuân mới, xã tổ chức đêm văn nghệ.", _B(), 0

    assert not _activity(Classified(_S(), "narrative", ""))


# a flattened plan table (cells run together, as a commune portal prints it), written from general usage
TABLE = ("KẾ HOẠCH THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI XÃ AN BÌNH NĂM 2019\n\n"
         "TT Tên tiêu chí Hiện trạng Nội dung cần thực hiện để đạt chuẩn Thời gian thực hiện, hoàn thành "
         "Lãnh đạo chỉ đạo thực hiện Người chủ trì thực hiện Nguồn vốn (Triệu đồng)\n"
         "I CÁC TIÊU CHÍ CHƯA ĐẠT\n"
         "6 Tiêu chí số 6 Cơ sở vật chất văn hóa\n"
         "Nhà văn hóa thôn 3 đã xuống cấp Chưa đạt Sửa chữa nhà văn hóa thôn 3 Tháng 6/2019 120 120\n")


def test_a_flattened_tables_row_takes_its_group_and_number():
    doc = _doc(TABLE)
    row = next((t for t in doc.tasks if "Sửa chữa nhà văn hóa thôn 3" in t.text), None)
    assert row is not None and row.section == "I > 6" and row.deadline == dt.date(2019, 6, 30)


def test_a_flattened_tables_row_with_no_group_row_keeps_no_section():
    doc = _doc(TABLE.replace("I CÁC TIÊU CHÍ CHƯA ĐẠT\n", ""))
    row = next((t for t in doc.tasks if "Sửa chữa nhà văn hóa thôn 3" in t.text), None)
    assert row is not None and row.section == ""


@pytest.mark.parametrize("cell, bodies", [
    # a kind with its qualifier after a plural list of kinds is a body of its own (the gazette's Phụ lục cells)
    ("Các bộ, cơ quan, địa phương, Tập đoàn kinh tế, Tổng công ty, các đơn vị có liên quan",
     ["Các bộ, cơ quan, địa phương", "Tập đoàn kinh tế", "Tổng công ty", "Các đơn vị có liên quan"]),
    ("các Bộ, ngành, địa phương, Tập đoàn nhà nước", ["Các Bộ, ngành, địa phương", "Tập đoàn nhà nước"]),
    # a bare kind stays an item of the list
    ("các bộ, ngành, Tập đoàn, Tổng công ty", ["Các bộ, ngành, Tập đoàn, Tổng công ty"]),
])
def test_a_qualified_group_after_a_list_of_kinds(cell, bodies):
    from pipeline.extract.offices import load_gazetteer
    from pipeline.extract.tables import responsible_parts

    assert [n for n, _w in responsible_parts(cell, load_gazetteer())] == bodies
