"""Office rules from office batch 23 and the unseen misses ym4, ym5, ym9 (issue #5, session 13,
branch office21).  Sentences written for the test from general Vietnamese administrative usage,
more than one wording each; none is a row of the benchmark or a gold sentence."""
from __future__ import annotations

import pytest

from extract_helpers import sentence_offices as offices  # (the gaz fixture is conftest's)
from pipeline.extract.offices import split_office_list


def _names(gaz, text):
    return [n for n, _ in split_office_list(text, gaz)]


# --- a lost space inside a body's head word: the name as the text writes it -------------------------
@pytest.mark.parametrize("text, body", [
    ("Giao Sở Tư pháp chủ trì, phối hợp Ủyban nhân dân các huyện, thị xã, thành phố tổ chức thực hiện.",
     "Ủyban nhân dân các huyện, thị xã, thành phố"),
    ("Đề nghị Sở Nội vụ phối hợp với Ủyban nhân dân tỉnh hoàn thiện hồ sơ.", "Ủyban nhân dân tỉnh"),
    ("Yêu cầu Sở Y tế phối hợp với Trungtâm Y tế các huyện triển khai tiêm chủng.", "Trungtâm Y tế các huyện"),
])
def test_a_head_word_without_its_space_still_names_the_body(gaz, text, body):
    assert body in offices(gaz, text)


# --- 'hội' among kinds of body: 'các hội, đoàn thể' -------------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("UBND huyện yêu cầu các phòng, ban và các hội, đoàn thể huyện tổ chức thực hiện.", "Các hội, đoàn thể"),
    ("Đề nghị Ủy ban MTTQ và các hội, đoàn thể xã tuyên truyền đến hội viên.", "Các hội, đoàn thể"),
    ("UBND xã yêu cầu các ban, ngành, hội, đoàn thể xã triển khai kế hoạch.", "Các ban, ngành, hội, đoàn thể"),
])
def test_hoi_among_kinds_of_body(gaz, text, body):
    assert any(o.startswith(body) for o in offices(gaz, text))


def test_a_named_association_is_unchanged(gaz):
    assert offices(gaz, "Hội Nông dân xã chủ trì tuyên truyền.") == ["Hội Nông dân xã"]


# --- persons by their post: the staff's field, an honorific, heads and deputies last in a list -----
@pytest.mark.parametrize("text, body", [
    ("UBND xã giao cho cán bộ thú y của xã kiểm tra các hộ chăn nuôi.", "Cán bộ thú y"),
    ("Giao cho cán bộ văn hóa xã cùng Trưởng thôn tổ chức tuyên truyền.", "Cán bộ văn hóa xã"),
    ("UBND xã phân công công chức địa chính xã kiểm tra hiện trạng sử dụng đất.", "Công chức địa chính xã"),
])
def test_staff_named_by_their_field(gaz, text, body):
    assert body in offices(gaz, text)


@pytest.mark.parametrize("text, expected", [
    ("Công an xã cùng các ông Trưởng, phó các thôn", ["Công an xã", "Trưởng, phó các thôn"]),
    ("Phòng Nội vụ và Trưởng, Phó các phòng chuyên môn", ["Phòng Nội vụ", "Trưởng, Phó các phòng chuyên môn"]),
    ("các đồng chí thành viên Ban chỉ đạo", ["Thành viên Ban chỉ đạo"]),
    ("bà Chủ tịch Hội Phụ nữ xã", ["Chủ tịch Hội Phụ nữ xã"]),
])
def test_honorifics_and_heads_with_deputies(gaz, text, expected):
    assert _names(gaz, text) == expected


@pytest.mark.parametrize("text, body", [
    ("UBND xã giao cho Công an xã cùng các ông Trưởng, phó các thôn trực tiếp đến các hộ kinh doanh để kiểm tra.",
     "Trưởng, phó các thôn"),
    ("Ban Chỉ đạo phân công các đồng chí thành viên Ban Chỉ đạo trực tiếp xuống cơ sở kiểm tra.", "Thành viên Ban Chỉ đạo"),
])
def test_truc_tiep_before_a_verb_ends_the_doer(gaz, text, body):
    assert body in offices(gaz, text)


@pytest.mark.parametrize("text, body", [
    ("Bộ phận thường trực tiếp dân có trách nhiệm tiếp nhận đơn thư.", "Bộ phận thường trực tiếp dân"),
    ("Đơn vị quản lý trực tiếp có trách nhiệm báo cáo kết quả.", "Đơn vị quản lý trực tiếp"),
])
def test_truc_tiep_inside_a_name_is_no_verb(gaz, text, body):
    assert any(o.startswith(body) for o in offices(gaz, text))


# --- 'X (vừa) được giao chủ trì' after a place's name; a grant of leave -----------------------------
@pytest.mark.parametrize("text, body", [
    ("Sở Tài chính Hà Nội được giao chủ trì, phối hợp với các quận kiểm tra.", "Sở Tài chính Hà Nội"),
    ("Sở Y tế Đồng Nai vừa được giao chủ trì thực hiện chiến dịch.", "Sở Y tế Đồng Nai"),
    ("Công an tỉnh Lào Cai đã được giao chủ trì, phối hợp với các địa phương xử lý.", "Công an tỉnh Lào Cai"),
])
def test_passive_assignment_after_a_place_name_ends_the_body(gaz, text, body):
    assert offices(gaz, text)[0] == body


@pytest.mark.parametrize("text, expected", [
    ("UBND thành phố cũng chấp thuận cho Sở Công Thương phối hợp với Công ty Điện lực thực hiện thí điểm.",
     ["Sở Công Thương", "Công ty Điện lực"]),
    ("Chủ tịch UBND tỉnh đồng ý cho Sở Y tế phối hợp với Bệnh viện Đa khoa tỉnh tổ chức tập huấn.",
     ["Sở Y tế", "Bệnh viện Đa khoa tỉnh"]),
    ("Theo đó, UBND huyện đồng ý cho UBND xã An Bình chủ trì, phối hợp với Phòng Kinh tế tổ chức lễ hội.",
     ["UBND xã An Bình", "Phòng Kinh tế"]),
])
def test_the_grantor_of_leave_is_no_office(gaz, text, expected):
    assert offices(gaz, text) == expected


# --- 'còn lại' after plural local units; growers and breeders as regulated parties -----------------
@pytest.mark.parametrize("text, body", [
    ("Các quận, huyện còn lại sẽ tự tổ chức thanh tra.", "các quận, huyện còn lại"),
    ("Các xã còn lại tổ chức tiêm phòng trong tháng 5.", "Các xã còn lại"),
    ("Các phường còn lại hoàn thành việc rà soát trước ngày 30/6.", "Các phường còn lại"),
])
def test_the_remaining_local_units_are_the_doers(gaz, text, body):
    # (office29: a bare list of levels is named as written, capital first; the doer is the same)
    assert any(o.casefold().endswith(body.casefold()) for o in offices(gaz, text))


@pytest.mark.parametrize("text, body", [
    ("Người chăn nuôi cần chủ động kinh phí mua vắc xin.", "Người chăn nuôi"),
    ("Người trồng lúa phải đăng ký nhu cầu với UBND xã.", "Người trồng lúa"),
    ("Người nuôi trồng thủy sản thực hiện khai báo khi có dịch bệnh.", "Người nuôi trồng thủy sản"),
])
def test_growers_and_breeders_told_to_act(gaz, text, body):
    assert offices(gaz, text)[0] == body
