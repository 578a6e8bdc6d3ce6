"""Shapes met in issue 5's eleventh round (blind gold yi1-yi4: the Government's action programme
for Nghị quyết 57-NQ/TW, its Phụ lục II task table and its prose duties): provinces or cities a
central text tasks by their kind ('Các thành phố trực thuộc Trung ương', 'một số tỉnh, thành phố
có đảo', 'các tỉnh biên giới') in a lead cell, a partner list or as the subject.
Every text here is written for the test, in those shapes (none is a sample's sentence)."""
from __future__ import annotations

from pipeline.extract.offices import load_gazetteer, roles_in_sentence, split_office_list

GAZ = load_gazetteer()


def _cell(text: str) -> list[str]:
    return [w for _n, w in split_office_list(text, GAZ)]


def _roles(text: str) -> list[tuple[str, str]]:
    return [(r.office, r.role) for r in roles_in_sentence(text, GAZ)]


def test_cities_under_the_centre_in_a_lead_cell_are_an_office():
    assert _cell("Các thành phố trực thuộc Trung ương") == ["Các thành phố trực thuộc Trung ương"]
    assert _cell("Các thành phố trực thuộc Trung ương và một số tỉnh đủ điều kiện") \
        == ["Các thành phố trực thuộc Trung ương", "một số tỉnh đủ điều kiện"]
    assert _cell("Một số tỉnh, thành phố trực thuộc Trung ương") == ["Một số tỉnh, thành phố trực thuộc Trung ương"]


def test_provinces_picked_out_by_their_kind_are_an_office():
    assert _cell("Các tỉnh biên giới") == ["Các tỉnh biên giới"]
    assert _cell("Bộ Quốc phòng, các tỉnh ven biển") == ["Bộ Quốc phòng", "các tỉnh ven biển"]
    assert _cell("Các tỉnh, thành phố có đảo; Bộ Tài nguyên và Môi trường") \
        == ["Các tỉnh, thành phố có đảo", "Bộ Tài nguyên và Môi trường"]


def test_the_list_of_levels_is_one_office_named_as_written():
    # 'các tỉnh, thành phố (trực thuộc Trung ương)': one office, the words that say which kept; named as
    # written since session 23 (office29: the development gold and office_spans write the bare run so, 18
    # gold offices and 8 rows, against none that add 'Ủy ban nhân dân' to a run printed with 'các')
    assert [n for n, _w in split_office_list("Các tỉnh, thành phố trực thuộc Trung ương", GAZ)] \
        == ["Các tỉnh, thành phố trực thuộc Trung ương"]
    assert split_office_list("Các tỉnh, thành phố trực thuộc TW", GAZ) \
        == [("Các tỉnh, thành phố trực thuộc TW", "Các tỉnh, thành phố trực thuộc TW")]
    assert [n for n, _w in split_office_list("Các bộ, ngành; các tỉnh, thành phố", GAZ)][-1] \
        == "Các tỉnh, thành phố"


def test_a_kind_of_province_as_subject_or_partner():
    assert _roles("Các tỉnh miền núi phía Bắc chủ động rà soát các điểm có nguy cơ sạt lở.") \
        == [("Các tỉnh miền núi phía Bắc", "lead")]
    assert _roles("Các thành phố trực thuộc Trung ương xây dựng đề án giao thông thông minh.") \
        == [("Các thành phố trực thuộc Trung ương", "lead")]
    assert ("Một số tỉnh, thành phố trực thuộc Trung ương", "support") in \
        _roles("Giao Bộ Y tế chủ trì, phối hợp với một số tỉnh, thành phố trực thuộc Trung ương triển khai thí điểm.")


def test_a_kind_of_province_that_only_benefits_is_no_office():
    # the provinces funded or helped are not made responsible
    assert _roles("Bộ Tài chính bố trí kinh phí hỗ trợ cho các tỉnh biên giới.") == [("Bộ Tài chính", "lead")]
    assert _roles("Hỗ trợ một số tỉnh, thành phố có đảo phát triển du lịch biển.") == []
    # a bare 'tỉnh' / 'thành phố' without the words that pick them out is no office
    assert _cell("các tỉnh") == [] or _cell("các tỉnh") == ["các tỉnh"]


# --- group titles over lettered items ------------------------------------------------------------

_PROGRAMME = """CHƯƠNG TRÌNH HÀNH ĐỘNG

II. NHIỆM VỤ CỤ THỂ

Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tổ chức thực hiện các nhiệm vụ sau đây:

1. {title}

a) Rà soát các quy định về thủ tục đầu tư đối với dự án nhà ở xã hội.

b) Xây dựng cơ sở dữ liệu về nhà ở và thị trường bất động sản.

2. Tăng cường kiểm tra, giám sát

a) Kiểm tra việc thực hiện các dự án chậm tiến độ.
"""


def _task_texts(tmp_path, title: str) -> list[str]:
    from tests.conftest import process_text
    doc = process_text(tmp_path, _PROGRAMME.format(title=title))
    return [t.text for t in doc.tasks]


def test_an_urgent_group_title_over_items_is_no_task(tmp_path):
    for title in ("Khẩn trương, quyết liệt hoàn thiện thể chế; tháo gỡ các rào cản đang cản trở sự phát triển "
                  "thị trường nhà ở; đưa thể chế thành lợi thế cạnh tranh của ngành xây dựng",
                  "Khẩn trương tháo gỡ khó khăn, vướng mắc cho các dự án nhà ở xã hội và nhà ở cho công nhân"):
        texts = _task_texts(tmp_path, title)
        assert not any(t.startswith("Khẩn trương") for t in texts), texts
        assert any(t.startswith("Rà soát các quy định") for t in texts)


def test_an_urgent_item_with_its_own_work_stays_a_task(tmp_path):
    # a lettered item that opens with 'Khẩn trương' and heads nothing is the work itself
    from tests.conftest import process_text
    doc = process_text(tmp_path, _PROGRAMME.format(title="Khẩn trương, quyết liệt tháo gỡ khó khăn, vướng mắc; hoàn thiện "
                                                          "thể chế về nhà ở; đưa thể chế thành lợi thế cạnh tranh của ngành")
                       .replace("b) Xây dựng cơ sở dữ liệu", "b) Khẩn trương xây dựng cơ sở dữ liệu"))
    texts = [t.text for t in doc.tasks]
    assert any(t.startswith("Khẩn trương xây dựng cơ sở dữ liệu") for t in texts), texts
    assert not any(t.startswith("Khẩn trương, quyết liệt") for t in texts), texts


# --- a status's date, then the work's own bound ----------------------------------------------------

def _dl(text: str, year: int = 2026):
    from pipeline.extract.temporal import find_deadline
    d = find_deadline(text, year)
    return d.date.isoformat() if d and d.date else None


def test_the_bound_after_a_status_date_is_the_deadline():
    # the status verb's date says which projects or contracts; the later bound is the work's
    assert _dl("Rà soát các dự án được cấp phép trước ngày 01/7/2024 và xử lý dứt điểm trước ngày 31/12/2026.") == "2026-12-31"
    assert _dl("Kiểm tra các công trình được khởi công từ ngày 01/01/2023 và báo cáo Bộ Xây dựng trước ngày 30/9/2026.") \
        == "2026-09-30"
    assert _dl("Thống kê các hợp đồng ký kết trước ngày 01/7/2025 và hoàn tất việc thanh lý trước ngày 15/11/2026.") \
        == "2026-11-15"


def test_a_status_date_alone_is_still_no_deadline():
    assert _dl("Rà soát các dự án được cấp phép trước ngày 01/7/2024.") is None
    assert _dl("Các hợp đồng lao động giao kết trước ngày 01/01/2021 tiếp tục thực hiện đến hết thời hạn.") is None
    assert _dl("Người lao động được tuyển dụng từ ngày 01/7/2026 thực hiện theo quy định mới.") is None


# --- a duty that opens on 'Phối hợp với' ---------------------------------------------------------

def test_partners_of_a_duty_that_opens_on_phoi_hop_voi_are_all_partners():
    # a list that starts with a collective: none of its members turns into the subject
    assert _roles("Phối hợp với các cơ quan Đảng, Quốc hội, Tòa án nhân dân tối cao để bảo đảm liên thông dữ liệu.") \
        == [("Các cơ quan Đảng", "support"), ("Quốc hội", "support"), ("Tòa án nhân dân tối cao", "support")]
    assert _roles("Chủ động phối hợp với các tổ chức chính trị - xã hội, Ủy ban Mặt trận Tổ quốc Việt Nam tuyên truyền "
                  "sâu rộng trong Nhân dân.") == [("Các tổ chức chính trị - xã hội", "support"),
                                                 ("Ủy ban Mặt trận Tổ quốc Việt Nam", "support")]
    # a named subject before 'phối hợp với' still leads
    assert _roles("Bộ Nội vụ phối hợp với các cơ quan Đảng, Quốc hội rà soát chức năng, nhiệm vụ.")[0] == ("Bộ Nội vụ", "lead")


def test_a_phoi_hop_item_keeps_the_lead_in_s_addressees(tmp_path):
    from tests.conftest import process_text
    doc = process_text(tmp_path, """CHƯƠNG TRÌNH HÀNH ĐỘNG

II. NHIỆM VỤ CỤ THỂ

Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tổ chức thực hiện các nhiệm vụ sau đây:

1. Chuyển đổi số trong các cơ quan nhà nước

a) Xây dựng cơ sở dữ liệu dùng chung của các cơ quan nhà nước.

b) Phối hợp với các cơ quan Đảng, Quốc hội, Tòa án nhân dân tối cao để bảo đảm liên thông dữ liệu.
""")
    t = next(t for t in doc.tasks if t.text.startswith("Phối hợp với"))
    a = next(t for t in doc.tasks if t.text.startswith("Xây dựng cơ sở dữ liệu dùng chung"))
    # the partners stay partners: the item takes the same doers as its sibling a)
    assert not any(o.role == "lead" and o.office in ("Quốc hội", "Tòa án nhân dân tối cao") for o in t.offices), t.offices
    assert {o.office for o in a.offices if o.role == "lead"} <= {o.office for o in t.offices}, (a.offices, t.offices)


# --- a year put first, then a goal set as a figure ---------------------------------------------------

def test_a_fronted_year_before_a_figure_goal_is_no_deadline():
    assert _dl("Trong năm 2026, phấn đấu tốc độ tăng trưởng GDP đạt 10% trở lên.") is None
    assert _dl("Năm 2026, phấn đấu thu ngân sách nhà nước tăng 10% so với dự toán.") is None
    assert _dl("Trong năm 2027, phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.") is None


def test_a_fronted_year_before_completion_or_a_target_day_stays_a_deadline():
    assert _dl("Trong năm 2026, phấn đấu hoàn thành việc sắp xếp các đơn vị sự nghiệp công lập.") == "2026-12-31"
    assert _dl("Trong năm 2026, hoàn thành việc sắp xếp các đơn vị sự nghiệp công lập.") == "2026-12-31"
    assert _dl("Đến hết quý III/2026, phấn đấu đạt 80% dự toán thu ngân sách.") == "2026-09-30"
