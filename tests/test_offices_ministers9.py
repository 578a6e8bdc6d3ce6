"""'Các Bộ trưởng: Tài chính, Nội vụ, ...' (issue #5; office batch 13's miss, session 9): a
Government resolution assigns to the ministers of several ministries by naming the plural title
once and the ministries by their field after a colon, as 'Các Bộ: Tài chính, ...' does for the
ministries themselves.  Each minister is an office; none leads.  Sentences written for the test."""
from __future__ import annotations

import pytest

from pipeline.extract.offices import load_gazetteer, roles_in_sentence


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def offices(gaz, text):
    return [(r.office, r.role) for r in roles_in_sentence(text, gaz) if r.role != "report-to"]


@pytest.mark.parametrize("text, fields", [
    ("Các Bộ trưởng: Tài chính, Nội vụ, Xây dựng chỉ đạo các đơn vị trực thuộc thực hiện nghiêm quy định.",
     ["Tài chính", "Nội vụ", "Xây dựng"]),
    ("Các Bộ trưởng: Y tế, Giáo dục và Đào tạo khẩn trương rà soát, sửa đổi các thông tư hướng dẫn.",
     ["Y tế", "Giáo dục và Đào tạo"]),
])
def test_the_ministers_listed_by_field_are_each_an_office(gaz, text, fields):
    got = offices(gaz, text)
    assert [o for o, _ in got] == [f"Bộ trưởng Bộ {f}" for f in fields]
    assert all(role == "support" or role == "lead" for _, role in got)


def test_the_ministries_listed_by_field_stay_ministries(gaz):
    got = [o for o, _ in offices(gaz, "Các Bộ: Tài chính, Nội vụ, Tư pháp chủ trì rà soát các văn bản.")]
    assert got == ["Bộ Tài chính", "Bộ Nội vụ", "Bộ Tư pháp"]


def test_ministers_and_heads_of_agencies_are_one_collective_not_a_field_list(gaz):
    # 'Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ': a comma, not a colon and a field, follows the title
    got = [o for o, _ in offices(gaz, "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân "
                                      "các tỉnh, thành phố trực thuộc trung ương tổ chức thực hiện Nghị quyết này.")]
    assert not any(o.startswith("Bộ trưởng Bộ ") for o in got)
