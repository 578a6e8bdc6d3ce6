"""Offices the pending gold files missed (issue #5, session 22, branch office27).

(a) A speaker named by courtesy or post and name, in lower case after an opener, with a post after a comma, a
reported document or praise before the ask: the bodies asked are the offices, the speaker is not.  (b) An ask
that opens on its verb or on a comma names no one: neither the speaker nor the verb's first words are offices
(samples/gold/README.md: "an ask with no addressee anywhere in the text ... gives none"); a known body or a list
that does not open on the verb is still asked.  (c) A village's board before the plural of villages is one office.
Sentences written for the test from press and portal usage; none is a gold or benchmark sentence."""
from __future__ import annotations

import pytest

from extract_helpers import sentence_offices as offices  # (gaz: conftest's)
from pipeline.extract.offices import split_office_list


def _keys(found: list[str]) -> list[str]:
    return [f.casefold() for f in found]


@pytest.mark.parametrize("text, want", [
    ("Kết thúc buổi làm việc, bà Nguyễn Thị Hoa đề nghị UBND xã tiếp tục rà soát các hộ nghèo.", ["ubnd xã"]),
    ("Theo đó, ông Trần Văn Nam giao UBND các huyện, thị xã kiểm tra các công trình thủy lợi.",
     ["ubnd các huyện, thị xã"]),
    ("Phó Chủ tịch Lê Văn Minh, Trưởng ban Chỉ đạo phòng, chống thiên tai tỉnh vừa ký ban hành công văn số 25 "
     "yêu cầu các sở, ngành khẩn trương kiểm tra hồ đập.", ["các sở, ngành"]),
    ("Phát biểu tại hội nghị, đồng chí Phạm Văn Hùng ghi nhận, đánh giá cao kết quả của Đảng ủy xã trong năm qua, "
     "đề nghị Chi bộ tiếp tục lãnh đạo thực hiện tốt nhiệm vụ.", ["chi bộ"]),
])
def test_a_named_speaker_asks_the_bodies_after_the_ask(gaz, text, want):
    assert _keys(offices(gaz, text)) == want


@pytest.mark.parametrize("text", [
    "Ban Thường vụ Tỉnh ủy yêu cầu xây dựng kế hoạch kiểm tra, giám sát năm 2026 đúng tiến độ.",
    "Thủ tướng Chính phủ yêu cầu tổ chức kiểm tra việc sử dụng kinh phí hỗ trợ trên địa bàn.",
    "Bộ Tài chính đề nghị, việc thanh toán và quyết toán kinh phí thực hiện theo quy định hiện hành.",
])
def test_an_ask_that_names_no_one_gives_no_office(gaz, text):
    assert offices(gaz, text) == []


@pytest.mark.parametrize("text, want", [
    ("Chánh Văn phòng UBND tỉnh yêu cầu lãnh đạo, công chức và người lao động Văn phòng UBND tỉnh chấp hành nội quy.",
     "người lao động"),
    ("Sở Giáo dục và Đào tạo yêu cầu phòng GD&ĐT các huyện báo cáo số học sinh bỏ học.", "phòng gd&đt"),
    ("Thủ tướng Chính phủ yêu cầu lãnh đạo các Bộ, ngành tiếp tục triển khai các giải pháp.", "các bộ, ngành"),
    ("Sở Y tế yêu cầu tổ chức, cá nhân kinh doanh thực phẩm chấp hành nghiêm quy định.", "tổ chức, cá nhân"),
])
def test_an_ask_whose_words_name_a_body_still_names_it(gaz, text, want):
    assert any(want in k for k in _keys(offices(gaz, text)))


@pytest.mark.parametrize("text, want", [
    ("Ban Nhân dân các thôn, tổ dân phố", "ban nhân dân các thôn, tổ dân phố"),
    ("các đồng chí cấp ủy các thôn", "cấp ủy các thôn"),
    ("Ban công tác Mặt trận các khu dân cư", "ban công tác mặt trận các khu dân cư"),
    ("Ban cán sự các bản", "ban cán sự các bản"),
])
def test_a_village_board_before_the_villages_is_one_office(gaz, text, want):
    assert _keys([n for n, _w in split_office_list(text, gaz)]) == [want]


def test_a_board_before_districts_is_left_as_it_was(gaz):
    # (only the plural of villages: 'Ban Chỉ huy quân sự các huyện' is read by the older rules)
    assert _keys([n for n, _w in split_office_list("Ban Nhân dân các thôn và UBND các huyện", gaz)]) == \
        ["ban nhân dân các thôn", "ubnd các huyện"]
