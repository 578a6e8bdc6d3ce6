"""A lead-in's date reaching the items it lists (issue #5, session 11, deadline19).

ANNOTATION.md: "`deadline`: ISO date of the last day the work may be done, only when the text
sets one for that task" and "Offices stated once for a group of items (...) apply to every task
they cover".  A lead-in that binds the work it lists to a date ('Trước ngày 30/6/2026, các bộ,
ngành thực hiện các nội dung sau:') sets that date for each item listed under it, as a group's
office is stated once; an item with a date of its own keeps it.  A horizon ('Đến năm 2030, ...:'),
a reported past ('Năm 2024, các đơn vị đã ...:'), a recurrence, or a lead-in that is followed by
no list gives nothing; a plain paragraph after the list ends it.  Sentences written here, in the
shapes plans and letters print."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import process_text

HEAD = "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 21/KH-UBND\nHà Nam, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\nTriển khai nhiệm vụ năm 2025\n\n"


def _dl(doc, start: str):
    hits = [t for t in doc.tasks if t.text.startswith(start)]
    assert hits, (start, [t.text for t in doc.tasks])
    return hits[0].deadline


BOUND = [
    ("Trước ngày 30/6/2025, các sở, ban, ngành thực hiện các nội dung sau:", dt.date(2025, 6, 30)),
    ("Các đơn vị hoàn thành các nội dung sau trước ngày 15/10:", dt.date(2025, 10, 15)),
    ("Trong tháng 7/2025, UBND các xã tập trung:", dt.date(2025, 7, 31)),
    ("Chậm nhất ngày 20/5/2025, UBND các huyện hoàn thành các việc sau:", dt.date(2025, 5, 20)),
    ("Trong quý III/2025, các phòng chuyên môn thực hiện các nhiệm vụ sau đây:", dt.date(2025, 9, 30)),
    ("Hoàn thành trước ngày 31/8/2025 các công việc sau:", dt.date(2025, 8, 31)),
    ("Các phòng, ban khẩn trương thực hiện xong trước ngày 10/11/2025 các nội dung sau:", dt.date(2025, 11, 10)),
]


@pytest.mark.parametrize("lead,when", BOUND)
def test_lettered_items_under_a_numbered_lead_in_take_its_date(tmp_path, lead, when):
    doc = process_text(tmp_path, HEAD + "I. NHIỆM VỤ\n1. " + lead + "\n"
                       "a) Rà soát danh mục thủ tục hành chính trực tuyến.\n"
                       "b) Cập nhật dữ liệu dân cư vào hệ thống quản lý.\n")
    assert _dl(doc, "Rà soát danh mục") == when
    assert _dl(doc, "Cập nhật dữ liệu") == when


@pytest.mark.parametrize("lead,when", BOUND[:4])
def test_bullets_under_a_paragraph_lead_in_take_its_date(tmp_path, lead, when):
    doc = process_text(tmp_path, HEAD + "II. TỔ CHỨC THỰC HIỆN\n" + lead + "\n"
                       "- Tổ chức tập huấn kỹ năng số cho cán bộ, công chức.\n"
                       "- Kiểm tra công tác bảo đảm an toàn thông tin.\n")
    assert _dl(doc, "Tổ chức tập huấn") == when
    assert _dl(doc, "Kiểm tra công tác") == when


def test_an_item_with_a_date_of_its_own_keeps_it(tmp_path):
    for own, when in (("trước ngày 15/7/2025", dt.date(2025, 7, 15)), ("trong tháng 4/2025", dt.date(2025, 4, 30))):
        doc = process_text(tmp_path, HEAD + "I. NHIỆM VỤ\n1. Trước ngày 30/6/2025, các sở thực hiện các nội dung sau:\n"
                           "a) Rà soát danh mục thủ tục hành chính.\n"
                           f"b) Báo cáo kết quả về Sở Nội vụ {own}.\n")
        assert _dl(doc, "Rà soát danh mục") == dt.date(2025, 6, 30)
        assert _dl(doc, "Báo cáo kết quả") == when


def test_nested_items_take_the_innermost_lead_ins_date(tmp_path):
    doc = process_text(tmp_path, HEAD + "I. NHIỆM VỤ\n1. Trước ngày 30/9/2025, các xã thực hiện các nội dung sau:\n"
                       "a) Trong tháng 5/2025, hoàn thành các việc sau:\n"
                       "- Lập danh sách hộ nghèo trên địa bàn.\n"
                       "- Niêm yết công khai danh sách.\n"
                       "b) Tổ chức bình xét hộ cận nghèo.\n"
                       "c) Triển khai các nội dung sau:\n"
                       "- Hỗ trợ vốn vay cho hộ nghèo.\n")
    assert _dl(doc, "Lập danh sách") == dt.date(2025, 5, 31)
    assert _dl(doc, "Niêm yết công khai") == dt.date(2025, 5, 31)
    assert _dl(doc, "Tổ chức bình xét") == dt.date(2025, 9, 30)
    assert _dl(doc, "Hỗ trợ vốn vay") == dt.date(2025, 9, 30)


def test_a_bullet_lead_in_reaches_its_plus_items_not_the_next_bullet(tmp_path):
    doc = process_text(tmp_path, HEAD + "I. NHIỆM VỤ\n1. Phòng Văn hóa và Thông tin\n"
                       "- Trước ngày 15/4/2025, thực hiện các việc sau:\n"
                       "+ Xây dựng kế hoạch tuyên truyền.\n"
                       "+ In ấn tài liệu tuyên truyền.\n"
                       "- Hướng dẫn các xã treo băng rôn, khẩu hiệu.\n")
    assert _dl(doc, "Xây dựng kế hoạch") == dt.date(2025, 4, 15)
    assert _dl(doc, "In ấn tài liệu") == dt.date(2025, 4, 15)
    assert _dl(doc, "Hướng dẫn các xã") is None


def test_the_next_numbered_item_and_a_paragraph_after_the_list_are_not_reached(tmp_path):
    doc = process_text(tmp_path, HEAD + "I. NHIỆM VỤ\n1. Trước ngày 30/6/2025, các sở thực hiện các nội dung sau:\n"
                       "a) Rà soát danh mục thủ tục hành chính.\n"
                       "2. Các huyện tăng cường kiểm tra việc thực hiện.\n")
    assert _dl(doc, "Rà soát danh mục") == dt.date(2025, 6, 30)
    assert _dl(doc, "Các huyện tăng cường") is None
    doc = process_text(tmp_path, HEAD + "II. TỔ CHỨC THỰC HIỆN\nTrong tháng 7/2025, UBND các xã tập trung:\n"
                       "- Ra quân tổng vệ sinh môi trường.\n"
                       "- Phát quang hành lang giao thông.\n"
                       "Các cơ quan, đơn vị thường xuyên kiểm tra, đôn đốc việc thực hiện.\n")
    assert _dl(doc, "Ra quân tổng vệ sinh") == dt.date(2025, 7, 31)
    assert _dl(doc, "Các cơ quan, đơn vị thường xuyên") is None


@pytest.mark.parametrize("lead", [
    "Đến năm 2030, các đơn vị phấn đấu đạt các mục tiêu sau:",
    "Giai đoạn 2025 - 2030, tập trung thực hiện các nhiệm vụ sau:",
    "Năm 2024, các đơn vị đã thực hiện các nội dung sau:",
    "Trong tháng 01/2025, các xã đã triển khai các việc sau:",
    "Thực hiện Công văn số 15/UBND-VX ngày 12/02/2025 của UBND tỉnh, các xã thực hiện các nội dung sau:",
    "Định kỳ hằng tháng, các đơn vị thực hiện các nội dung sau:",
])
def test_a_horizon_a_reported_past_a_cited_date_or_a_recurrence_gives_no_date(tmp_path, lead):
    doc = process_text(tmp_path, HEAD + "I. NHIỆM VỤ\n1. " + lead + "\n"
                       "a) Rà soát danh mục thủ tục hành chính trực tuyến.\n"
                       "b) Cập nhật dữ liệu dân cư vào hệ thống quản lý.\n")
    assert _dl(doc, "Rà soát danh mục") is None
    assert _dl(doc, "Cập nhật dữ liệu") is None


def test_a_dated_sentence_without_a_list_after_it_reaches_nothing(tmp_path):
    doc = process_text(tmp_path, HEAD + "I. NHIỆM VỤ\nTrước ngày 30/6/2025, các sở báo cáo kết quả thực hiện như sau:\n"
                       "Các huyện tăng cường kiểm tra việc thực hiện.\n")
    assert _dl(doc, "Các huyện tăng cường") is None


# A period right after the occasions names which occasions (yh9, decided in session 11 round 2).
@pytest.mark.parametrize("text", [
    "Tổ chức tuyên truyền các ngày lễ, kỷ niệm trong Quý 1/2023 trên địa bàn phường.",
    "Treo băng rôn, khẩu hiệu cổ động các ngày lễ lớn trong tháng 5/2024 tại các tuyến đường chính.",
    "Xây dựng nội dung tuyên truyền các ngày kỷ niệm trong năm 2024 của địa phương.",
])
def test_a_period_naming_the_occasions_is_no_deadline(text):
    from pipeline.extract.temporal import find_deadline
    dl = find_deadline(text, 2024, issued=dt.date(2024, 1, 5))
    assert dl is None or dl.date is None


@pytest.mark.parametrize("text,when", [
    ("Xây dựng kế hoạch tuyên truyền các ngày lễ, kỷ niệm trong năm 2024, hoàn thành trước ngày 15/01/2024.", dt.date(2024, 1, 15)),
    ("Hoàn thành việc treo băng rôn tuyên truyền trong tháng 9/2024.", dt.date(2024, 9, 30)),
])
def test_a_bound_word_still_sets_the_deadline_beside_the_occasions(text, when):
    from pipeline.extract.temporal import find_deadline
    assert find_deadline(text, 2024, issued=dt.date(2024, 1, 5)).date == when


def test_a_period_right_after_the_lists_noun_names_the_months_work(tmp_path):
    # ('đề ra một số nhiệm vụ trọng tâm trong tháng 09/2020 như sau:' -- the month's plan, gold w8)
    for lead in ("Trường đề ra một số nhiệm vụ trọng tâm trong tháng 9/2025 như sau:",
                 "UBND xã triển khai các công việc trong tháng 9/2025 như sau:"):
        doc = process_text(tmp_path, HEAD + "I. NHIỆM VỤ\n1. " + lead + "\n"
                           "a) Rà soát danh mục thủ tục hành chính trực tuyến.\n"
                           "b) Cập nhật dữ liệu dân cư vào hệ thống quản lý.\n")
        assert _dl(doc, "Cập nhật dữ liệu") is None
