"""Office rules from the open shapes of session 12 (gold yl1, yl3) and office batch 21 (issue #5,
session 12 round 2).  Sentences written for the test from general Vietnamese administrative and
press usage, more than one wording each; none is a row of the benchmark or a gold sentence."""
from __future__ import annotations

import pytest

from extract_helpers import sentence_lead as lead_of, sentence_offices as offices  # (the gaz fixture is conftest's)
from pipeline.extract.offices import procedural_ask_roles, roles_in_sentence, split_office_list


def _names(gaz, text):
    return [n for n, _ in split_office_list(text, gaz)]


# --- an opener's list of bodies after 'của' is no subject -------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("Trên cơ sở ý kiến chỉ đạo của Tỉnh ủy, Thường trực HĐND tỉnh, Chủ tịch UBND tỉnh về việc sắp xếp, "
     "kiện toàn, Sở Nội vụ xây dựng dự thảo đề án.", "Sở Nội vụ"),
    ("Căn cứ kết luận của Bộ Chính trị, Ban Bí thư, Sở Tài chính chủ động cân đối nguồn kinh phí.", "Sở Tài chính"),
    ("Trên cơ sở đề xuất của Bộ Công Thương, Bộ Tài chính, Văn phòng Chính phủ tổng hợp, báo cáo Thủ tướng Chính phủ.",
     "Văn phòng Chính phủ"),
])
def test_bodies_after_cua_in_an_opener_are_its_list(gaz, text, body):
    assert offices(gaz, text) == [body]


@pytest.mark.parametrize("text, expected", [
    ("Trên cơ sở Kế hoạch của Tỉnh ủy, các sở, ban, ngành xây dựng kế hoạch thực hiện.", ["Các sở, ban, ngành"]),
    ("Nếu cần sửa đổi nội dung trong Chương trình của Chính phủ, các bộ, ngành, địa phương chủ động đề xuất.",
     ["Các bộ, ngành, địa phương"]),
])
def test_a_plural_list_after_one_genitive_body_is_the_subject(gaz, text, expected):
    assert offices(gaz, text) == expected


# --- a deputy's post is its own ---------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ", ["Thủ tướng Chính phủ", "Phó Thủ tướng Chính phủ"]),
    ("Bộ Y tế, Phó Thủ tướng Chính phủ", ["Bộ Y tế", "Phó Thủ tướng Chính phủ"]),
    ("Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh", ["Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh"]),
])
def test_pho_before_a_post_stays_in_the_name(gaz, text, expected):
    assert _names(gaz, text) == expected


# --- the asking body of a step a regulation lays down -----------------------------------------------
@pytest.mark.parametrize("text, doc_type, issuer, expected", [
    ("Trước ngày 15 tháng 10 hằng năm, Văn phòng Chính phủ đề nghị các bộ, cơ quan đăng ký đề án.",
     "Nghị định", "CHÍNH PHỦ", ["Văn phòng Chính phủ"]),
    ("Hằng quý, Sở Kế hoạch và Đầu tư yêu cầu các chủ đầu tư báo cáo tiến độ giải ngân.",
     "Quy chế", "ỦY BAN NHÂN DÂN TỈNH", ["Sở Kế hoạch và Đầu tư"]),
    # (a letter: the asked body works)
    ("Văn phòng UBND tỉnh đề nghị Sở Xây dựng khẩn trương báo cáo.", "Công văn", "ỦY BAN NHÂN DÂN TỈNH", ["Sở Xây dựng"]),
    # (the issuer asks in its own decree: the asked bodies work)
    ("Chính phủ yêu cầu các bộ, cơ quan ngang bộ rà soát thủ tục hành chính.", "Nghị định", "CHÍNH PHỦ",
     ["Các bộ, cơ quan ngang bộ"]),
])
def test_a_regulation_s_asker_owns_the_step(gaz, text, doc_type, issuer, expected):
    roles = procedural_ask_roles(text, roles_in_sentence(text, gaz), issuer, doc_type, gaz)
    assert [r.office for r in roles if r.role == "lead"] == expected


# --- the fields after 'gồm những nội dung sau:' are no bodies ----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Các sở, ngành đăng ký nhiệm vụ với Sở Khoa học và Công nghệ, gồm những nội dung sau: tên nhiệm vụ; "
     "cơ quan chủ trì; cơ quan phối hợp; thời gian thực hiện.", ["Các sở, ngành"]),
    ("Phòng Tài chính lập hồ sơ đề xuất, bao gồm các nội dung chủ yếu sau: đơn vị thực hiện, cơ quan thẩm định, kinh phí.",
     ["Phòng Tài chính"]),
])
def test_a_list_of_contents_names_no_office(gaz, text, expected):
    assert offices(gaz, text) == expected


# --- a time opener printed without its comma ---------------------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("- Từ ngày phát động phong trào các lớp đăng ký tiết mục.", "Các lớp"),
    ("Trong tuần này các tổ chuyên môn nộp kế hoạch bồi dưỡng học sinh giỏi.", "Các tổ chuyên môn"),
    ("Từ ngày 15/10 các chi đội chuẩn bị báo tường chào mừng ngày 20/11.", "Các chi đội"),
])
def test_subject_after_a_time_opener_without_comma(gaz, text, body):
    assert offices(gaz, text) == [body]


# --- a school's classes and Pioneer units as doers ----------------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("Các lớp tiến hành bầu ban cán sự lớp trong tiết sinh hoạt.", "Các lớp"),
    ("Các khối lớp tổ chức thi văn nghệ chào mừng ngày Nhà giáo Việt Nam.", "Các khối lớp"),
    ("Các chi đội thu gom giấy vụn thực hiện kế hoạch nhỏ.", "Các chi đội"),
])
def test_classes_and_pioneer_units_are_doers(gaz, text, body):
    assert offices(gaz, text) == [body]


def test_a_training_course_is_no_doer(gaz):
    assert offices(gaz, "Các lớp tập huấn được tổ chức tại hội trường huyện.") == []


# --- a right is no duty ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tổ chức, cá nhân có quyền gửi kiến nghị về quy định hành chính đến cơ quan có thẩm quyền.",
    "2. Người nộp thuế có quyền yêu cầu cơ quan thuế giải thích nội dung quyết định.",
])
def test_a_right_granted_names_no_office(gaz, text):
    assert offices(gaz, text) == []


def test_a_right_and_a_duty_is_a_duty(gaz):
    assert offices(gaz, "Các doanh nghiệp có quyền và nghĩa vụ báo cáo Sở Công Thương.")[:1] == ["Các doanh nghiệp"]


# --- a wish addressed to a body asks it ---------------------------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("Đồng chí Chủ tịch mong muốn Hội Cựu chiến binh tỉnh tiếp tục phát huy truyền thống.", "Hội Cựu chiến binh tỉnh"),
    ("Kính mong các đơn vị quan tâm phối hợp tổ chức thực hiện.", "Các đơn vị"),
])
def test_a_wish_asks_the_body(gaz, text, body):
    assert offices(gaz, text) == [body]


# --- 'chỉ đạo, phân công / giao Y' is one act of directing ---------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("Sở Tài chính yêu cầu Giám đốc Kho bạc tỉnh chỉ đạo, phân công các phòng nghiệp vụ kiểm soát chi chặt chẽ.",
     "Giám đốc Kho bạc tỉnh"),
    ("UBND tỉnh yêu cầu Sở Y tế chỉ đạo, giao các bệnh viện tuyến huyện bảo đảm thuốc, vật tư.", "Sở Y tế"),
])
def test_direct_and_assign_names_the_director(gaz, text, body):
    assert offices(gaz, text) == [body]


# --- partners of 'phối hợp' listed with ';' -------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Giao Sở Y tế chủ trì triển khai; phối hợp Sở Tài chính; Công an tỉnh thực hiện kiểm tra.",
     ["Sở Y tế", "Sở Tài chính", "Công an tỉnh"]),
    ("Giao Sở Xây dựng chủ trì rà soát; phối hợp Sở Tài chính; Sở Nội vụ; UBND các huyện thực hiện.",
     ["Sở Xây dựng", "Sở Tài chính", "Sở Nội vụ", "UBND các huyện"]),
])
def test_semicolon_partners_of_phoi_hop(gaz, text, expected):
    assert offices(gaz, text) == expected
    assert lead_of(gaz, text) == expected[0]


# --- 'Theo đó, ngành X cần ...': a sector by its field -------------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("Theo đó, ngành y tế cần chủ động phương án thu dung, điều trị.", "Ngành y tế"),
    ("Ngoài ra, ngành giáo dục phải bảo đảm đủ giáo viên cho năm học mới.", "Ngành giáo dục"),
])
def test_a_sector_after_an_opener(gaz, text, body):
    assert offices(gaz, text) == [body]


def test_a_trade_is_no_sector_body(gaz):
    assert offices(gaz, "Theo đó, ngành nghề kinh doanh được mở rộng.") == []


# --- a ';' after a clause parts two clauses, not a list of partners (the merge's check) ---------------
@pytest.mark.parametrize("text, offices_expected", [
    ("Bộ Tài chính phối hợp với Bộ Công Thương điều hành Quỹ bình ổn giá; Ủy ban nhân dân các tỉnh chỉ đạo kiểm tra các cửa hàng.",
     {"Bộ Tài chính", "Bộ Công Thương", "Ủy ban nhân dân các tỉnh"}),
    ("Sở Y tế phối hợp với Sở Tài chính rà soát giá thuốc; Công an tỉnh kiểm tra các cơ sở kinh doanh.",
     {"Sở Y tế", "Sở Tài chính", "Công an tỉnh"}),
])
def test_a_semicolon_after_a_partner_clause_parts_two_clauses(gaz, text, offices_expected):
    from pipeline.extract.offices import _normalise_asks
    assert _normalise_asks(text, gaz) == text  # nothing joined
    assert set(offices(gaz, text)) == offices_expected
