"""Offices of the two-level local government (issue #5, session 16, branch units16).

Since 1 July 2025 the district level is gone and the commune level has three kinds of unit: 'xã',
'phường' and the new 'đặc khu' (the former island districts: Vân Đồn, Cô Tô, Cát Hải, Phú Quý, Côn
Đảo, Lý Sơn, ...).  Texts after the reorganisation list them together ('Ủy ban nhân dân các xã,
phường, đặc khu', 'Ban Chỉ huy quân sự xã, phường, đặc khu', 'UBND đặc khu Phú Quý'); before this
branch the unit-noun tables of pipeline/extract/offices.py did not know 'đặc khu' and the office was
cut to 'Ủy ban nhân dân các xã, phường' (measure16's class (c)) or to a bare 'UBND'.  Sentences
written for the test from general administrative usage, several wordings each; none is a row of
the benchmark or a gold sentence."""
from __future__ import annotations

import pytest

from extract_helpers import sentence_lead as lead, sentence_offices as offices  # (gaz: conftest's)


# --- 'đặc khu' in a list of commune-level units, after a body that takes a place ------------------
@pytest.mark.parametrize("text, body", [
    ("Giao Ủy ban nhân dân các xã, phường, đặc khu tổ chức tuyên truyền đến người dân.",
     "Ủy ban nhân dân các xã, phường, đặc khu"),
    ("Đề nghị Ủy ban nhân dân các xã, phường, đặc khu Phú Quý chỉ đạo các đơn vị triển khai thực hiện.",
     "Ủy ban nhân dân các xã, phường, đặc khu Phú Quý"),
    ("UBND các phường, xã, đặc khu có trách nhiệm tiếp nhận công chức được biệt phái.",
     "UBND các phường, xã, đặc khu"),
    ("Ban Chỉ huy quân sự xã, phường, đặc khu chủ trì tổ chức huấn luyện dân quân.",
     "Ban Chỉ huy quân sự xã, phường, đặc khu"),
    ("Công an các xã, phường, đặc khu tăng cường tuần tra, kiểm soát địa bàn.",
     "Công an các xã, phường, đặc khu"),
    ("Chủ tịch UBND các xã, phường, đặc khu chịu trách nhiệm thi hành Quyết định này.",
     "Chủ tịch UBND các xã, phường, đặc khu"),
])
def test_the_special_zone_stays_in_a_list_of_units(gaz, text, body):
    assert lead(gaz, text) == body


# --- one special zone by its name, or the unit alone ------------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("Yêu cầu UBND đặc khu Phú Quý khẩn trương di dời người dân đến nơi an toàn.", "UBND đặc khu Phú Quý"),
    ("UBND đặc khu Côn Đảo chủ trì xây dựng phương án phòng, chống bão.", "UBND đặc khu Côn Đảo"),
    ("Ủy ban nhân dân đặc khu có trách nhiệm bố trí kinh phí thực hiện.", "Ủy ban nhân dân đặc khu"),
])
def test_a_special_zone_by_name_is_not_cut_to_the_committee(gaz, text, body):
    assert lead(gaz, text) == body


# --- the units as partners, or after other bodies in one list --------------------------------------
@pytest.mark.parametrize("text, bodies", [
    ("Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã, phường, đặc khu kiểm tra việc khai thác khoáng sản.",
     ["Sở Nông nghiệp và Môi trường", "UBND các xã, phường, đặc khu"]),
    ("Giao Sở Tài chính, Sở Nội vụ, UBND các xã, phường, đặc khu triển khai thực hiện.",
     ["Sở Tài chính", "Sở Nội vụ", "UBND các xã, phường, đặc khu"]),
    ("Các sở, ban, ngành, UBND các xã, phường, đặc khu căn cứ chức năng, nhiệm vụ tổ chức thực hiện.",
     ["Các sở, ban, ngành", "UBND các xã, phường, đặc khu"]),
])
def test_the_units_with_other_bodies(gaz, text, bodies):
    assert offices(gaz, text) == bodies


# --- the units alone, plural, stand for their committees (as 'các xã, phường' did before) ----------
@pytest.mark.parametrize("text", [
    "Các xã, phường, đặc khu rà soát, thống kê các hộ dân bị ảnh hưởng.",
    "Các phường, xã, đặc khu tổ chức ra quân tổng vệ sinh môi trường.",
])
def test_plural_units_with_the_special_zone(gaz, text):
    got = offices(gaz, text)
    assert len(got) == 1 and got[0].endswith("đặc khu")


# --- what did not change: lists without the new unit -----------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("Giao Ủy ban nhân dân các xã, phường tổ chức tuyên truyền đến người dân.", "Ủy ban nhân dân các xã, phường"),
    ("UBND các huyện, thị xã, thành phố có trách nhiệm kiểm tra.", "UBND các huyện, thị xã, thành phố"),
])
def test_lists_without_the_special_zone_unchanged(gaz, text, body):
    assert lead(gaz, text) == body


# --- bodies of the reorganisation: merged departments and their abbreviations, commune offices ----
@pytest.mark.parametrize("text, body", [
    ("Sở NN-MT chủ trì, phối hợp với các đơn vị liên quan kiểm tra an toàn hồ đập.", "Sở NN-MT"),
    ("Giao Sở NN&MT hướng dẫn các xã, phường lập phương án phòng, chống thiên tai.", "Sở NN&MT"),
    ("Đề nghị Bộ Dân tộc và Tôn giáo chủ trì, phối hợp với các bộ, ngành hướng dẫn thực hiện.", "Bộ Dân tộc và Tôn giáo"),
    ("Yêu cầu Sở Dân tộc và Tôn giáo phối hợp với Sở Nội vụ hướng dẫn các cơ sở tôn giáo.", "Sở Dân tộc và Tôn giáo"),
    ("Phòng Văn hóa – Xã hội chủ trì, phối hợp với Công an xã tổ chức kiểm tra.", "Phòng Văn hóa – Xã hội"),
    ("Trung tâm Phục vụ hành chính công xã có trách nhiệm hướng dẫn người dân nộp hồ sơ trực tuyến.",
     "Trung tâm Phục vụ hành chính công xã"),
    ("Giao Trung tâm Phục vụ hành chính công các xã, phường, đặc khu niêm yết công khai thủ tục hành chính.",
     "Trung tâm Phục vụ hành chính công các xã, phường, đặc khu"),
])
def test_bodies_of_the_reorganisation(gaz, text, body):
    assert lead(gaz, text) == body


# --- the units picked out by where they lie ('ven biển', 'biên giới') stay in the name --------------
@pytest.mark.parametrize("text, body", [
    ("Yêu cầu UBND các xã, phường ven biển khẩn trương kêu gọi tàu thuyền vào nơi tránh trú.", "UBND các xã, phường ven biển"),
    ("Đề nghị Ủy ban nhân dân các tỉnh ven biển chỉ đạo kiểm đếm phương tiện.", "Ủy ban nhân dân các tỉnh ven biển"),
    ("Giao UBND các xã biên giới tăng cường tuần tra, kiểm soát đường mòn, lối mở.", "UBND các xã biên giới"),
])
def test_units_by_where_they_lie(gaz, text, body):
    assert lead(gaz, text) == body
