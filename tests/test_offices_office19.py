"""Offices named by lists and qualifiers (issue #5, session 17, branch office19).

(1) A qualifier with 'có' after a plural list of units or parties picks out which of them are meant
('UBND các xã, phường có tàu, thuyền hoạt động trên biển', 'các địa phương có hoạt động nghề cá',
'các đơn vị có công trình đang thi công'): its 'có' and the verbs inside it are no verb of the sentence,
so the list goes on after it ('... và các đơn vị liên quan') and the duty after it is read.
(2) A plural level and the names of its members without a colon ('UBND các phường Ngọc Lâm, Gia Thụy',
'các đặc khu Cô Tô, Vân Đồn', 'UBND các tỉnh, thành phố Đà Nẵng, Quảng Ngãi') is one office per named
place, the gold README's convention for 'UBND các huyện: A, B'.
Sentences written for the test from general administrative and press usage, several wordings each;
none is a benchmark row or a gold sentence."""
from __future__ import annotations

import pytest

from extract_helpers import sentence_lead as lead, sentence_offices as offices  # (gaz: conftest's)


def _has(found: list[str], want: str) -> bool:
    return any(f.casefold() == want.casefold() for f in found)


# --- (1) the list goes on after a 'có' qualifier ------------------------------------------------------
@pytest.mark.parametrize("text, wanted", [
    ("Yêu cầu UBND các xã ven biển, các địa phương có hoạt động khai thác thủy sản và các đơn vị liên quan khẩn trương kêu gọi tàu thuyền vào bờ.",
     ["Các đơn vị liên quan"]),
    ("Đề nghị các sở, ngành, UBND các xã, phường có tàu cá hoạt động trên biển và các lực lượng chức năng theo dõi chặt chẽ diễn biến của bão.",
     ["Các sở, ngành", "Các lực lượng chức năng"]),
    ("Yêu cầu các địa phương có rừng trồng đến tuổi khai thác, các chủ rừng và các đơn vị liên quan tăng cường kiểm tra.",
     ["Các đơn vị liên quan"]),
    ("UBND tỉnh đề nghị UBND các huyện, thị xã có diện tích lúa bị nhiễm rầy, Sở Nông nghiệp và Môi trường theo dõi sát diễn biến dịch hại.",
     ["UBND các huyện, thị xã", "Sở Nông nghiệp và Môi trường"]),
])
def test_a_list_goes_on_after_a_qualifier_with_co(gaz, text, wanted):
    found = offices(gaz, text)
    for w in wanted:
        assert _has(found, w), (w, found)


@pytest.mark.parametrize("text, start", [
    ("Các địa phương có tàu cá đang hoạt động trên biển khẩn trương thông báo cho chủ tàu biết.", "Các địa phương"),
    ("Các đơn vị có công trình đang thi công phải kiểm tra, gia cố lán trại, giàn giáo.", "Các đơn vị"),
    ("Các xã, phường có nguy cơ sạt lở cao chủ động sơ tán người dân đến nơi an toàn.", "Các xã, phường"),
    ("Yêu cầu các cơ quan, địa phương có tỷ lệ giải ngân thấp kiểm điểm trách nhiệm của người đứng đầu.", "Các cơ quan, địa phương"),
])
def test_the_units_with_their_qualifier_are_the_doer(gaz, text, start):
    found = lead(gaz, text)  # (bare units may be read as their committee: 'Ủy ban nhân dân các xã, phường')
    assert found is not None and start.casefold().removeprefix("các ") in found.casefold(), found


@pytest.mark.parametrize("text, body", [
    # 'có' + the thing asked for is the sentence's verb ('có kế hoạch', 'có văn bản', 'có biện pháp')
    ("Các địa phương có kế hoạch chuẩn bị nguồn hàng phục vụ Tết.", "Các địa phương"),
    ("Các đơn vị có văn bản báo cáo về Sở trước ngày 15/12.", "Các đơn vị"),
    ("Giao Sở Giao thông vận tải có giải pháp phòng chống sạt lở tại các công trình giao thông.", "Sở Giao thông vận tải"),
])
def test_co_with_the_thing_asked_stays_the_verb(gaz, text, body):
    assert lead(gaz, text) == body


def test_a_statement_with_co_names_no_qualifier():
    from pipeline.extract.offices import unit_qualifier_spans

    # no duty after it: 'có' is the sentence's own verb ('the localities have ...')
    assert unit_qualifier_spans("Hiện nay các địa phương có 120 tàu cá hoạt động trên biển.") == ()
    assert unit_qualifier_spans("Các xã, phường có tàu thuyền neo đậu an toàn.") == ()


# --- (2) a plural level and its members' names, no colon ----------------------------------------------
@pytest.mark.parametrize("text, bodies", [
    ("Đề nghị UBND các phường Ngọc Lâm, Gia Thụy rà soát các tuyến phố văn minh đô thị.",
     ["UBND phường Ngọc Lâm", "UBND phường Gia Thụy"]),
    ("Yêu cầu UBND các huyện Đông Hòa, Tuy An và Sở Nông nghiệp tăng cường tuần tra trên biển.",
     ["UBND huyện Đông Hòa", "UBND huyện Tuy An", "Sở Nông nghiệp"]),
    ("Đề nghị UBND các đặc khu Cô Tô, Vân Đồn kiểm tra, rà soát các khu neo đậu tàu thuyền.",
     ["UBND đặc khu Cô Tô", "UBND đặc khu Vân Đồn"]),
    ("Yêu cầu Chủ tịch UBND các xã Tịnh Kỳ, Tịnh Khê, Nghĩa An chỉ đạo lực lượng tại chỗ.",
     ["Chủ tịch UBND xã Tịnh Kỳ", "Chủ tịch UBND xã Tịnh Khê", "Chủ tịch UBND xã Nghĩa An"]),
    ("Đề nghị UBND các tỉnh, thành phố Đà Nẵng, Quảng Ngãi, Gia Lai kêu gọi tàu thuyền về nơi tránh trú.",
     ["UBND thành phố Đà Nẵng", "UBND tỉnh Quảng Ngãi", "UBND tỉnh Gia Lai"]),
    ("Công an tỉnh và UBND các phường Phú Tài, Đức Thắng khẩn trương thông báo đến các chủ tàu.",
     ["Công an tỉnh", "UBND phường Phú Tài", "UBND phường Đức Thắng"]),
])
def test_one_office_per_named_place_without_a_colon(gaz, text, bodies):
    found = offices(gaz, text)
    for b in bodies:
        assert _has(found, b), (b, found)


@pytest.mark.parametrize("text, body", [
    # a level picked out by kind, no names: one office as written
    ("Đề nghị UBND các tỉnh, thành phố trực thuộc Trung ương chỉ đạo triển khai thực hiện.",
     "UBND các tỉnh, thành phố trực thuộc Trung ương"),
    ("Yêu cầu UBND các huyện, thị xã, thành phố ven biển theo dõi hoạt động của tàu cá.",
     "UBND các huyện, thị xã, thành phố ven biển"),
    # a single place after a level list stays whole (units16)
    ("Đề nghị Ủy ban nhân dân các xã, phường, đặc khu Phú Quý chỉ đạo các đơn vị triển khai thực hiện.",
     "Ủy ban nhân dân các xã, phường, đặc khu Phú Quý"),
])
def test_a_level_without_names_stays_one_office(gaz, text, body):
    assert lead(gaz, text) == body


# --- (3) the master of a vessel as the doer ---------------------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("Thuyền trưởng các tàu thuyền tổ chức trực canh, theo dõi chặt chẽ diễn biến của bão.", "Thuyền trưởng các tàu thuyền"),
    ("Thuyền trưởng tàu cá phải thường xuyên giữ liên lạc với Đồn Biên phòng.", "Thuyền trưởng tàu cá"),
    ("Máy trưởng các tàu cá kiểm tra máy móc, trang thiết bị trước khi ra khơi.", "Máy trưởng các tàu cá"),
])
def test_the_master_of_a_vessel_is_a_doer(gaz, text, body):
    assert lead(gaz, text) == body


def test_the_master_after_an_owner_is_no_goods(gaz):
    # 'tàu, thuyền' are goods of the owner; 'thuyền trưởng' after the comma is a second party
    assert lead(gaz, "Chủ tàu, thuyền phải chấp hành nghiêm lệnh cấm biển.") == "Chủ tàu, thuyền"
    found = offices(gaz, "Chủ tàu, thuyền trưởng phải chấp hành nghiêm lệnh cấm biển.")
    assert any("thuyền trưởng" in f.casefold() for f in found), found
