"""office29: office names cut or overrun (the exact-name count's repeating faults), each read whole.

Wordings of our own, in the shapes counted on office_spans and the gazette corpus (benchmarks/HISTORY.md,
session 23, office29)."""
from __future__ import annotations

import pytest

from pipeline.extract.offices import load_gazetteer, roles_in_sentence, split_office_list, subject_of
from pipeline.extract.projectboards import project_board_spans

GAZ = load_gazetteer()


def offices(sentence: str) -> list[str]:
    return [r.office for r in roles_in_sentence(sentence, GAZ) if r.role in ("lead", "support")]


def names(text: str) -> list[str]:
    return [n for n, _w in split_office_list(text, GAZ)]


@pytest.mark.parametrize("sentence,want", [
    ("Chánh văn phòng Ủy ban nhân dân huyện, Trưởng phòng Nội vụ huyện chịu trách nhiệm thi hành Quyết định này.",
     "Chánh Văn phòng Ủy ban nhân dân huyện"),
    ("Chánh Văn phòng Tổng cục Hải quan, Cục trưởng Cục Hải quan các tỉnh chịu trách nhiệm thi hành Quyết định này.",
     "Chánh Văn phòng Tổng cục Hải quan"),
])
def test_the_head_of_a_bodys_office_is_the_post_not_the_body(sentence, want):
    got = offices(sentence)
    assert want in got, got
    assert not any(o in ("Ủy ban nhân dân huyện", "Tổng cục Hải quan") for o in got), got


@pytest.mark.parametrize("text,want", [
    ("Thường trực HĐND, UBND, Ủy ban MTTQ phường", ["Thường trực HĐND phường", "UBND phường", "Ủy ban MTTQ phường"]),
    ("Đảng ủy, UBND thị trấn", ["Đảng ủy thị trấn", "UBND thị trấn"]),
])
def test_a_level_printed_once_goes_to_standing_boards_and_front_bodies(text, want):
    assert names(text) == want


def test_a_standing_board_before_other_kinds_keeps_its_bare_name():
    # ('Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân ...': no bare body with a level follows)
    assert names("Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân")[0] == "Thường trực Hội đồng nhân dân"


@pytest.mark.parametrize("text,want", [
    ("Thủ trưởng các sở, ban, ngành của tỉnh", "Thủ trưởng các sở, ban, ngành của tỉnh"),
    ("các cơ quan, đơn vị thuộc huyện", "Các cơ quan, đơn vị thuộc huyện"),
    ("các đơn vị y tế trong tỉnh", "Các đơn vị y tế trong tỉnh"),
    ("các ngành có liên quan của thành phố Huế", "Các ngành có liên quan của thành phố Huế"),
])
def test_the_level_that_owns_a_plural_of_bodies_stays_on_the_name(text, want):
    assert names(text) == [want]


def test_a_bare_list_of_levels_is_named_as_written():
    assert "Các huyện, thị xã" in names("Sở Y tế, các huyện, thị xã")


def test_a_level_after_cap_again_joins_the_list():
    assert names("Ủy ban nhân dân cấp tỉnh, cấp xã") == ["Ủy ban nhân dân cấp tỉnh, cấp xã"]


@pytest.mark.parametrize("sentence,want", [
    ("Tổ Thư ký được thành lập theo Quyết định của Giám đốc Sở thực hiện việc tổng hợp.", "Tổ Thư ký"),
    ("Các trường đồng thời thành lập ban tư vấn tuyển sinh.", "Các trường"),
])
def test_found_is_no_word_of_the_subject(sentence, want):
    assert subject_of(sentence, GAZ)[0] == want


def test_the_proposer_of_a_founding_keeps_founding_in_its_name():
    assert subject_of("Cơ quan xin thành lập có trách nhiệm hoàn thiện hồ sơ.", GAZ)[0] == "Cơ quan xin thành lập"


@pytest.mark.parametrize("sentence,want", [
    ("Giao Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh chủ trì thực hiện.",
     "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh"),
    ("Giao Ban Bồi thường giải phóng mặt bằng các dự án số 2 phối hợp thực hiện.",
     "Ban Bồi thường giải phóng mặt bằng các dự án số 2"),
])
def test_a_project_board_is_named_to_its_level_or_number(sentence, want):
    assert want in offices(sentence)


def test_a_project_board_without_a_level_or_number_is_left_to_the_gazetteer():
    assert project_board_spans("Ban Quản lý dự án đầu tư xây dựng phối hợp với UBND huyện.", lambda rest: False) == []


def test_a_body_named_by_its_function_is_read_whole():
    assert subject_of("Đơn vị có chức năng quản lý thị trường cấp huyện có trách nhiệm kiểm tra.", GAZ)[0] \
        == "Đơn vị có chức năng quản lý thị trường cấp huyện"
