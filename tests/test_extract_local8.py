"""Local directives of session 8 (blind batches ya1-ya10 and ya11-ya14: a province's, a district's
and a commune's letters, a district Party committee's assignments, a ward Front committee's plan,
schedules as portals post them).  Each rule is tested on text written here in the same shape as
the real documents, never on a sample's own sentences; the last test checks the samples' scores.

Rules: 'giao nhiệm vụ / trách nhiệm cho X' hands the work to X as 'giao X' does, and a Party
committee's deputy secretary is named by his post; a time sentence ('Thời gian hoàn thành việc
X, chậm nhất ngày ...') dates the paragraph before it; a closing 'Các đơn vị thực hiện trước ngày
...' dates the requests above it; 'Đơn vị nào chưa ... thì ...' speaks to the bodies the request
before it named; 'Nếu có khó khăn ..., chủ động thông tin về X' is one more request to the same
bodies; a portal title 'Thông báo Khẩn ngày dd/mm/yyyy' gives type and date; a table schedule
arriving one cell a line has entries that open on '(8h30)' and a leaders' cell after them."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import process_text, responsible, task_starting
from tests.extract_helpers import f1, run_and_score


def test_giao_nhiem_vu_cho_names_the_body_and_a_deputy_secretary_is_a_subject(tmp_path):
    doc = process_text(tmp_path, "Tại buổi làm việc, đồng chí Phó Bí thư Thường trực Thị ủy giao nhiệm vụ cho "
                                 "Ban Dân vận Thị ủy hướng dẫn các phường tổ chức đối thoại với Nhân dân.\n"
                                 "Đồng chí Chủ tịch UBND thị xã cũng giao trách nhiệm cho Phòng Quản lý đô thị "
                                 "kiểm tra trật tự xây dựng; Đội Quản lý trật tự đô thị thị xã xử lý vi phạm.\n")
    assert responsible(doc, "Tại buổi làm việc") == ["Ban Dân vận Thị ủy"]
    assert responsible(doc, "Đồng chí Chủ tịch UBND thị xã")[0] == "Phòng Quản lý đô thị"


def test_a_deputy_secretary_with_his_committee_is_one_office(gaz):
    from pipeline.extract.offices import split_office_list

    assert [n for n, _w in split_office_list("Phó Bí thư Đảng ủy phường", gaz)] == ["Phó Bí thư Đảng ủy phường"]


def test_a_time_sentence_of_its_own_dates_the_paragraph_before_it(tmp_path):
    doc = process_text(tmp_path, "Ban Thường vụ Thị ủy đề nghị các chi bộ, đảng bộ cơ sở tổ chức học tập "
                                 "Nghị quyết số 12-NQ/TU ngày 02/3/2022 của Tỉnh ủy.\n\n"
                                 "Thời gian hoàn thành việc học tập, chậm nhất ngày 30/9/2022 và báo cáo "
                                 "kết quả về Ban Thường vụ Thị ủy qua Ban Tuyên giáo.\n")
    t = task_starting(doc, "Ban Thường vụ Thị ủy đề nghị")
    assert t.deadline == dt.date(2022, 9, 30)
    assert not any(x.text.startswith("Thời gian hoàn thành") for x in doc.tasks)


def test_a_closing_due_sentence_dates_the_requests_above_it(tmp_path):
    doc = process_text(tmp_path, "Kính gửi: Hiệu trưởng các trường Tiểu học.\n"
                                 "Đề nghị Hiệu trưởng các trường kiểm tra lại sổ theo dõi sức khỏe học sinh. "
                                 "Trường nào chưa cập nhật thì bổ sung ngay theo mẫu đính kèm.\n"
                                 "Các đơn vị hoàn thành trước ngày 15/10/2021.\n")
    assert task_starting(doc, "Đề nghị Hiệu trưởng").deadline == dt.date(2021, 10, 15)
    t = task_starting(doc, "Trường nào chưa")
    assert t.deadline == dt.date(2021, 10, 15)
    assert [o.office for o in t.offices] == ["Hiệu trưởng các trường"]


def test_a_closing_sentence_with_its_own_object_dates_nothing_above(tmp_path):
    # 'Các đơn vị gửi báo cáo về Phòng trước ngày ...' is a duty of its own, not a due date for all
    doc = process_text(tmp_path, "Đề nghị các trường rà soát danh sách học sinh khuyết tật.\n"
                                 "Các đơn vị gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 20/11/2021.\n")
    assert task_starting(doc, "Đề nghị các trường").deadline is None


def test_a_condition_then_an_imperative_is_one_more_request(tmp_path):
    doc = process_text(tmp_path, "Giao Phòng Nội vụ huyện hướng dẫn các xã lập hồ sơ đề nghị khen thưởng. "
                                 "Yêu cầu UBND các xã, thị trấn khẩn trương thực hiện. Nếu có vướng mắc trong "
                                 "quá trình lập hồ sơ, kịp thời phản ánh về Phòng Nội vụ huyện để được hướng dẫn.\n")
    t = task_starting(doc, "Nếu có vướng mắc")
    assert [o.office for o in t.offices if o.role == "lead"] == ["UBND các xã, thị trấn"]


def test_a_portal_title_gives_type_and_date(tmp_path):
    doc = process_text(tmp_path, "Công văn hỏa tốc ngày 05/9/2024\n\nKính gửi: Hiệu trưởng các trường THCS\n"
                                 "Do ảnh hưởng của bão số 3, Phòng GD&ĐT yêu cầu:\n"
                                 "1. Các đơn vị cho học sinh nghỉ học ngày 06/9/2024.\n")
    assert doc.header.doc_type == "Công văn" and doc.header.date == dt.date(2024, 9, 5)


def test_a_breadcrumb_mark_before_a_schedule_title(tmp_path):
    doc = process_text(tmp_path, "» LỊCH CÔNG TÁC LÃNH ĐẠO UBND HUYỆN\n\nTừ ngày 03/3/2025 đến ngày 07/3/2025\n\n"
                                 "Thứ 2\n\n03/3\n\n(8h00) Họp giao ban lãnh đạo UBND huyện\n\nPhòng họp số 1\n\n"
                                 "Chủ tịch,\n\nCác Phó Chủ tịch\n")
    assert doc.header.doc_type == "Lịch công tác"


TABLE_SCHEDULE = """LỊCH CÔNG TÁC LÃNH ĐẠO UBND HUYỆN

Từ ngày 03/3/2025 đến ngày 09/3/2025

Ngày

Nội dung

Địa điểm

Lãnh đạo UBND huyện

Thứ 2

03/3

Sáng

(7h30) Chào cờ đầu tuần

Sân cơ quan

Chủ tịch,

Các Phó Chủ tịch

(9h) Làm việc với Ban Quản lý dự án về tiến độ công trình trường mầm non

Phòng họp số 2

PCTTT Lê Văn Bình

Chiều

(14h) Kiểm tra công tác phòng cháy rừng tại xã Tân Lập

Xã Tân Lập

PCT Trần Thị Hoa
"""


def test_a_table_schedule_one_cell_a_line(tmp_path):
    doc = process_text(tmp_path, TABLE_SCHEDULE)
    t = task_starting(doc, "(7h30) Chào cờ")
    assert [o.office for o in t.offices] == ["Chủ tịch", "Các Phó Chủ tịch"]
    assert t.deadline == dt.date(2025, 3, 3)
    assert responsible(doc, "(9h) Làm việc") == ["PCTTT Lê Văn Bình"]
    assert responsible(doc, "(14h) Kiểm tra") == ["PCT Trần Thị Hoa"]
    # the place cells are no tasks and no offices
    assert not any(t.text.startswith(("Sân cơ quan", "Phòng họp", "Xã Tân Lập")) for t in doc.tasks)


def test_a_day_whose_guessed_year_contradicts_its_weekday_has_no_date(tmp_path):
    # no year printed anywhere but in a period; 10/6/2021 was a Thursday, so 'THỨ HAI' cannot be 2021
    doc = process_text(tmp_path, "Lịch làm việc thứ 2\n\nTHỨ HAI, NGÀY 10/6:\n\n"
                                 "- Chủ tịch: 8 giờ, dự hội nghị sơ kết Chương trình giai đoạn 2021 - 2025, "
                                 "điểm tại Hội trường UBND tỉnh.\n")
    assert task_starting(doc, "Chủ tịch: 8 giờ").deadline is None


def test_a_day_whose_weekday_agrees_keeps_its_date(tmp_path):
    # 14/6/2021 was a Monday: the year read from the text stands
    doc = process_text(tmp_path, "Lịch làm việc thứ 2\n\nTHỨ HAI, NGÀY 14/6:\n\n"
                                 "- Chủ tịch: 8 giờ, dự hội nghị sơ kết Chương trình năm 2021, "
                                 "điểm tại Hội trường UBND tỉnh.\n")
    assert task_starting(doc, "Chủ tịch: 8 giờ").deadline == dt.date(2021, 6, 14)


def test_an_entry_for_several_leaders(tmp_path):
    doc = process_text(tmp_path, "THỨ BA, NGÀY 15/6/2021:\n\n"
                                 "- CT, PCT. Thường trực, PCT.VX: 14 giờ, họp thẩm định hồ sơ xét công nhận xã "
                                 "đạt chuẩn nông thôn mới, điểm tại Hội trường UBND huyện.\n")
    assert responsible(doc, "CT, PCT. Thường trực") == ["CT", "PCT. Thường trực", "PCT.VX"]


def test_a_polite_ask_names_whom_it_asks(tmp_path):
    doc = process_text(tmp_path, "Ban Thường trực Hội Nông dân xã kính mong Ban Chỉ huy Quân sự xã tham gia "
                                 "góp ý vào dự thảo quy chế phối hợp.\n")
    assert responsible(doc, "Ban Thường trực Hội Nông dân xã kính mong") == ["Ban Chỉ huy Quân sự xã"]


@pytest.mark.slow
@pytest.mark.parametrize("doc_id", [
    "ya1_haugiang_ubnd_congvan454_vinhhalong_2011",
    "ya2_hcm_pgdbinhchanh_congvan_quyphongchongthientai_2016",
    "ya4_binhthuan_tuyphong_btvhuyenuy_kl93_2021_excerpt",
    "ya9_haiduong_tuky_vphdndubnd_thanhtoantructuyen_excerpt",
    "ya10_khanhhoa_baccamranh_mttqphuong_kehoach_kiemtragiamsat_2025_excerpt",
])
def test_session8_local_samples_keep_their_scores(doc_id):
    _doc, c = run_and_score(doc_id)
    assert c.tasks.gold and c.tasks.hit_gold == c.tasks.gold
    assert c.deadlines.hit_gold == c.deadlines.gold and c.deadlines.hit_pred == c.deadlines.pred


def test_a_file_path_line_keeps_its_unmarked_words(tmp_path):
    # the typist's file path printed above a signature (ya1's shape): a name on disk, not prose;
    # the same words as prose in a stripped line are still restored
    from pipeline.repair.diacritics import restore_text

    path = r"e:\2019\VB\SNN\T7\Ke hoach phong chong lut bao"
    assert restore_text(path) == path
    assert restore_text("Ke hoach phong chong lut bao nam 2019") != "Ke hoach phong chong lut bao nam 2019"


def test_the_front_named_bare_in_a_list_of_bodies(gaz):
    from pipeline.extract.offices import split_office_list

    names = [n for n, _w in split_office_list("các chi bộ trực thuộc, Mặt trận và các đoàn thể xã", gaz)]
    assert "Mặt trận" in names and "Các đoàn thể xã" in names


def test_a_courtesy_wish_is_no_request(tmp_path):
    doc = process_text(tmp_path, "Kính gửi: Ủy ban nhân dân các xã.\nĐề nghị UBND các xã rà soát danh sách hộ nghèo.\n"
                                 "Rất mong nhận được sự phối hợp của các đơn vị.\n")
    assert not any(t.text.startswith("Rất mong") for t in doc.tasks)


def test_what_was_set_out_for_a_year_is_due_within_it():
    from pipeline.extract.temporal import find_deadline

    dl = find_deadline("Đề nghị xã tập trung hoàn thành các chỉ tiêu kinh tế - xã hội đã đề ra trong năm 2023.", 2023)
    assert dl is not None and dl.date == dt.date(2023, 12, 31)
    # a past clause dated 'trong năm' still says when something happened
    assert find_deadline("Trên cơ sở nội dung đã được tập huấn trong năm 2022, các trường tổ chức dạy học.", 2023) is None


def test_a_district_asks_the_ward_by_its_level(tmp_path):
    doc = process_text(tmp_path, "Tại buổi làm việc, đồng chí Bí thư Huyện ủy đề nghị xã cần tập trung giải ngân "
                                 "vốn đầu tư công.\n")
    assert responsible(doc, "Tại buổi làm việc") == ["Xã"]
