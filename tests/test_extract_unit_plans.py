"""Work plans of one unit (a school, a hospital, a union): duties go to its own staff.

Blind round w (samples/gold/w1-w3, real school plans) showed the office finder knew public
bodies only: 'Gv rà soát ...', 'Nữ công chuẩn bị ...', '... ( Đ/C Thoa)' found nobody, the part
title '1. Nội dung công việc.' was read as a task, and an undated plan's 'vào ngày 20/10' took the
end year of 'năm học 2017- 2018'.  The sentences below are written for these tests in the same
shape, not copied from the samples.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from pipeline.extract.offices import load_gazetteer, roles_in_sentence
from pipeline.extract.sentences import Block
from pipeline.extract.tasks import is_heading
from pipeline.extract.temporal import doc_year


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def leads(text, gaz):
    return [r.office for r in roles_in_sentence(text, gaz) if r.role == "lead"]


@pytest.mark.parametrize("text, expected", [
    ("Giáo viên chủ nhiệm hoàn thành sổ điểm trước ngày 20/12.", ["Giáo viên chủ nhiệm"]),
    ("Tổ Toán xây dựng đề kiểm tra giữa kỳ.", ["Tổ Toán"]),
    ("Tổ chuyên môn rà soát kế hoạch dạy học các môn.", ["Tổ chuyên môn"]),
    ("GV nộp kế hoạch bài dạy tuần 5 cho tổ trưởng.", ["GV"]),
    ("Gv hoàn thiện hồ sơ chủ nhiệm lớp.", ["Gv"]),
    ("Ban nữ công chuẩn bị quà cho chị em nhân ngày 8/3.", ["Ban nữ công"]),
    ("Các đội tuyển học sinh giỏi ôn tập theo lịch của nhà trường.", ["Các đội tuyển học sinh giỏi"]),
])
def test_staff_of_the_unit_open_the_item(text, expected, gaz):
    assert leads(text, gaz) == expected


def test_two_staff_groups_share_the_item(gaz):
    assert leads("GV, HS tham gia cuộc thi an toàn giao thông.", gaz) == ["GV", "HS"]


def test_person_in_charge_in_brackets_at_the_end(gaz):
    assert leads("Tổ chức chuyên đề dạy học môn Ngữ văn lớp 8 (Đ/c Hương)", gaz) == ["Đ/c Hương"]
    roles = roles_in_sentence("Kiểm tra hồ sơ chuyên môn của tổ Văn (đ/c Hà, đ/c Lan).", gaz)
    assert [(r.office, r.role) for r in roles] == [("đ/c Hà", "support"), ("đ/c Lan", "support")]


def test_bracket_person_does_not_override_a_named_subject(gaz):
    # the subject leads; the bracket is not read when someone is already named
    assert leads("Tổ Toán xây dựng đề kiểm tra (đ/c Minh)", gaz) == ["Tổ Toán"]


@pytest.mark.parametrize("text", [
    "Tổ chức hội nghị tổng kết năm học.",
    "Học sinh được miễn học phí theo quy định.",
    "Tổng hợp và nộp đúng mẫu, đúng thời hạn.",
])
def test_no_staff_subject_invented(text, gaz):
    assert leads(text, gaz) == []


@pytest.mark.parametrize("text, heading", [
    ("Nội dung công việc.", True),
    ("Biện pháp thực hiện.", True),
    ("Tổ chức thực hiện.", True),
    ("Nhiệm vụ trọng tâm.", True),
    ("Nội dung công việc cần hoàn thành trong tháng của các tổ chuyên môn.", False),
    ("Kiểm tra hồ sơ giáo viên.", False),
])
def test_part_titles_with_a_full_stop(text, heading):
    assert is_heading(Block(label="1", style="1.", kind="item"), text) is heading


def _doc(lines):
    return SimpleNamespace(header=None, lines=[SimpleNamespace(text=t) for t in lines])


def test_span_end_is_not_the_documents_year():
    # an undated October plan of school year 2020-2021 that also names next year's budget
    doc = _doc(["KẾ HOẠCH CÔNG TÁC THÁNG 10", "- Đăng ký thi đua năm học 2020 - 2021",
                "- Kỷ niệm ngày 20/10/2020", "- Xây dựng dự toán năm 2021;", "- Hồ sơ năm 2020"])
    assert doc_year(doc) == 2020


def test_period_years_still_count_when_alone():
    assert doc_year(_doc(["Kế hoạch giai đoạn 2021-2025", "Báo cáo trước ngày 15/12"])) == 2021


def test_plan_closing_with_the_signing_body_over_a_name(tmp_path):
    # a unit's plan without a header: the body that signs in capitals over the name, also in capitals
    import pipeline

    f = tmp_path / "kehoach_tuan.txt"
    f.write_text("HOẠT ĐỘNG TUẦN 5 (TỪ 02/10/2023 ĐẾN 07/10/2023)\n"
                 "• Giáo viên nộp kế hoạch bài dạy vào ngày 03/10/2023\n"
                 "• Tổ Toán dự giờ thăm lớp\n"
                 "BAN GIÁM HIỆU\nNGUYỄN THỊ LAN\n", encoding="utf-8")
    d = pipeline.process(f)
    assert (d.header.issuer, d.header.signer) == ("BAN GIÁM HIỆU", "NGUYỄN THỊ LAN")
    assert len(d.tasks) == 2


def _lines(texts):
    return SimpleNamespace(lines=[SimpleNamespace(number=i + 1, text=t) for i, t in enumerate(texts)])


def test_footnote_carried_over_a_page_and_after_the_signature():
    # a Sở's letter as a PDF text layer: marks glued to a year, a footnote that runs on at the
    # next page's foot, and the last page's footnote printed after the signature
    from pipeline.extract.sentences import footnote_lines

    doc = _lines([
        "      - Lập phương án bảo vệ rừng theo quy định tại Điều 7 Luật Lâm nghiệp năm 20171.",  # 1
        "",
        "      1 Khi lập phương án phải lấy ý kiến của Ủy ban nhân dân cấp xã nơi có rừng và",   # 3
        "                                  2",                                                   # 4
        "      - Báo cáo theo mẫu tại Thông tư số 28/2018/TT-BNNPTNT năm 20182.",                # 5
        "",
        "",
        "các hộ gia đình nhận khoán bảo vệ rừng trên địa bàn.",                                  # 8
        "      2 Theo mẫu tại Phụ lục kèm theo Thông tư số 28/2018/TT-BNNPTNT",                 # 9
        "                                  3",                                                   # 10
        "      - Thực hiện kiểm kê rừng năm 20263.",                                             # 11
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn An",
        "3 Số liệu kiểm kê gửi kèm theo báo cáo năm.",                                           # 15
    ])
    assert footnote_lines(doc) == {3, 8, 9, 15}


def test_no_footnote_without_a_mark_above():
    from pipeline.extract.sentences import footnote_lines

    doc = _lines(["- Kiểm tra hồ sơ.", "", "2 Tổ chức hội nghị sơ kết.", "   3"])
    assert footnote_lines(doc) == set()


def test_semicolon_list_of_addressees_after_de_nghi(gaz):
    # a Sở's letter asks a ';' list of bodies: an item's 'của tỉnh' qualifies that item only (and stays on
    # its name as written, session 23's office29), the
    # noun 'công trình' does not end the list, and a modal after 'cơ sở' is no part of a name
    text = ("Để triển khai kịp thời, Sở Y tế đề nghị Bệnh viện Đa khoa tỉnh; các Trung tâm Y tế của tỉnh; "
            "Hiệp hội Du lịch tỉnh; Chủ các công trình cấp nước phải kiểm tra chất lượng nước; "
            "Chủ cơ sở phải báo cáo kết quả về Sở.")
    assert leads(text, gaz) == ["Bệnh viện Đa khoa tỉnh", "Các Trung tâm Y tế của tỉnh", "Hiệp hội Du lịch tỉnh",
                                "Chủ các công trình cấp nước", "Chủ cơ sở"]


def _tasks_of(tmp_path, text):
    import pipeline

    f = tmp_path / "tb.txt"
    f.write_text(text, encoding="utf-8")
    return pipeline.process(f).tasks


def test_action_after_grounds_one_to_a_line(tmp_path):
    # a commune's web notice: its grounds one to a line, then the action as a paragraph of its own
    tasks = _tasks_of(tmp_path, "THÔNG BÁO TỔ CHỨC TIÊM PHÒNG ĐỢT 2 NĂM 2025\n"
                      "Thực hiện Kế hoạch số 12/KH-UBND ngày 02/9/2025 của UBND tỉnh về phòng, chống dịch bệnh động vật;\n"
                      "Thực hiện sự chỉ đạo của Sở Nông nghiệp và Môi trường về tiêm phòng cho đàn gia súc, gia cầm;\n"
                      "Xã Tân Lập tổ chức tiêm phòng cho đàn gia súc trên toàn địa bàn xã.\n"
                      "Thời gian: từ 7h00 ngày 15/10/2025.\n"
                      "Địa điểm: các thôn trên địa bàn xã.\n")
    assert [(t.text[:25], [o.office for o in t.offices]) for t in tasks] == [("Xã Tân Lập tổ chức tiêm p", ["Xã Tân Lập"])]


def test_enacting_formula_after_grounds_is_no_task(tmp_path):
    tasks = _tasks_of(tmp_path, "NGHỊ QUYẾT\n"
                      "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
                      "Theo đề nghị của Bộ trưởng Bộ Y tế;\n"
                      "Chính phủ ban hành Nghị quyết sửa đổi một số điều về an toàn thực phẩm.\n"
                      "Điều 1. Bộ Y tế chủ trì hướng dẫn thực hiện Nghị quyết này.\n")
    assert [t.text[:20] for t in tasks] == ["Bộ Y tế chủ trì hướn"]


def test_school_plan_table_with_period_cells(tmp_path):
    # a school's annual plan table: the month and week cells span their rows (printed on the first
    # only), one '-' item a row, the person in charge as a list item, own dates in brackets
    tasks = _tasks_of(tmp_path, "LỊCH THỰC HIỆN KẾ HOẠCH NĂM HỌC 2023-2024\n"
                      "TRƯỜNG TIỂU HỌC AN BÌNH\n"
                      "| THÁNG | TUẦN | NỘI DUNG CÔNG VIỆC | BỘ PHẬN THỰC HIỆN |\n"
                      "| 9/2023 | Từ 04 - 30/9 | - Tổ chức lễ khai giảng năm học mới (05/9) | - BGH |\n"
                      "| | | - Rà soát hồ sơ học sinh lớp 1. | - GVCN+VT |\n"
                      "| | | - Xây dựng kế hoạch giáo dục của tổ chuyên môn. | • Tổ trưởng |\n"
                      "| 10/2023 | Từ 02 - 31/10 | - Kiểm tra nội bộ hồ sơ giáo viên ( 16/10 ) | -BGH, TTCM |\n")
    got = [(t.text.lstrip("- ")[:20], str(t.deadline), [o.office for o in t.offices]) for t in tasks]
    assert got == [("Tổ chức lễ khai giản", "2023-09-05", ["BGH"]),
                   ("Rà soát hồ sơ học si", "2023-09-30", ["GVCN", "VT"]),
                   ("Xây dựng kế hoạch gi", "2023-09-30", ["Tổ trưởng"]),
                   ("Kiểm tra nội bộ hồ s", "2023-10-16", ["BGH", "TTCM"])]
