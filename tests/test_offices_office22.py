"""Offices on new text, classes measure17 named and no later branch fixed (issue #5, session 18,
branch office22).

(1) a fronted topic 'Đối với X, <body> V ...': the party the topic names is what the work is about,
not a doer, when a body read as the doer stands after the topic's comma (measure17's 'Đối với học sinh-
sinh viên, Sở Giáo dục- Đào tạo cần ...'); the topic stays the doer when no body follows it;
(2) two fields of one kind of institution joined by a comma ('các cơ quan thông tấn, báo chí', 'các cơ
sở đào tạo, bồi dưỡng', 'các đơn vị hành chính, sự nghiệp') are one office, a field that is also a verb
('đào tạo', 'bồi dưỡng') no verb of the sentence. Sentences written for the test from general
administrative and press usage; none is a benchmark row or a gold sentence."""
from __future__ import annotations

import pytest

from extract_helpers import sentence_offices as offices  # (gaz: conftest's)


def _keys(found: list[str]) -> list[str]:
    return [f.casefold() for f in found]


@pytest.mark.parametrize("text, doer, topic", [
    ("Đối với học sinh, sinh viên, Sở Giáo dục và Đào tạo cần phối hợp tổ chức tuyên truyền.",
     "Sở Giáo dục và Đào tạo", "học sinh"),
    ("Đối với các hộ dân sống ven sông, UBND các xã phải tổ chức di dời đến nơi an toàn.", "UBND các xã", "hộ dân"),
    ("Đối với người lao động, Sở Lao động - Thương binh và Xã hội hướng dẫn doanh nghiệp thực hiện.",
     "Sở Lao động - Thương binh và Xã hội", "người lao động"),
    ("Đối với các doanh nghiệp, Công an tỉnh tăng cường kiểm tra, xử lý vi phạm.", "Công an tỉnh", "doanh nghiệp"),
    ("Riêng đối với các chủ tàu cá, Bộ đội Biên phòng tỉnh kiểm soát chặt việc ra khơi.", "Bộ đội Biên phòng tỉnh", "chủ tàu"),
    ("Đối với các cơ sở kinh doanh karaoke, Công an huyện tổ chức kiểm tra an toàn phòng cháy.",
     "Công an huyện", "cơ sở kinh doanh"),
    ("Đối với các hộ kinh doanh nhỏ lẻ, Chi cục Quản lý thị trường tỉnh kiểm tra việc niêm yết giá.",
     "Chi cục Quản lý thị trường tỉnh", "hộ kinh doanh"),
])
def test_a_fronted_topic_is_no_doer_when_a_body_follows(gaz, text, doer, topic):
    found = _keys(offices(gaz, text))
    assert doer.casefold() in found, found
    assert not any(topic in f for f in found), found


@pytest.mark.parametrize("text, doer", [
    # no body after the topic: the topic is the party that does the work
    ("Đối với các doanh nghiệp, phải chấp hành nghiêm quy định về phòng cháy, chữa cháy.", "doanh nghiệp"),
    ("Đối với UBND các huyện, thị xã cần xây dựng kế hoạch triển khai.", "ubnd các huyện"),
    # a topic with no party and a body after it: the body
    ("Đối với các dự án chậm tiến độ, Sở Kế hoạch và Đầu tư rà soát, đề xuất thu hồi.", "sở kế hoạch và đầu tư"),
])
def test_a_topic_without_a_body_after_it_keeps_its_reading(gaz, text, doer):
    found = _keys(offices(gaz, text))
    assert any(doer in f for f in found), found


def test_a_body_named_in_the_topic_and_again_after_it_stays(gaz):
    found = _keys(offices(gaz, "Đối với việc sắp xếp các trường, UBND các xã phối hợp với Phòng Giáo dục và Đào tạo rà soát."))
    assert "ubnd các xã" in found, found


def test_a_sentence_not_opening_on_a_topic_is_unchanged(gaz):
    found = _keys(offices(gaz, "Sở Y tế phối hợp với các doanh nghiệp, Công an tỉnh kiểm tra đối với các cơ sở kinh doanh."))
    assert "sở y tế" in found, found


@pytest.mark.parametrize("text, office", [
    ("Đề nghị các cơ quan thông tấn, báo chí tăng cường tuyên truyền.", "các cơ quan thông tấn, báo chí"),
    ("Các cơ quan thông tấn, báo chí trên địa bàn tỉnh đẩy mạnh thông tin về dịch bệnh.", "các cơ quan thông tấn, báo chí"),
    ("Yêu cầu các cơ sở đào tạo, bồi dưỡng cán bộ xây dựng kế hoạch năm.", "các cơ sở đào tạo, bồi dưỡng"),
    ("Các đơn vị hành chính, sự nghiệp thực hiện công khai tài chính theo quy định.", "các đơn vị hành chính, sự nghiệp"),
    ("Giao các cơ sở giáo dục, đào tạo rà soát chương trình giảng dạy.", "các cơ sở giáo dục, đào tạo"),
    ("Các cơ sở nuôi dưỡng, điều dưỡng rà soát đối tượng đang chăm sóc.", "các cơ sở nuôi dưỡng, điều dưỡng"),
])
def test_two_fields_of_one_institution_are_one_office(gaz, text, office):
    found = _keys(offices(gaz, text))
    assert any(f.startswith(office) for f in found), found
    assert len(found) == 1, found


@pytest.mark.parametrize("text, names", [
    # a second kind of body, a place or a capitalised body after the comma: still a list
    ("Đề nghị các cơ quan chức năng, địa phương tăng cường kiểm tra.", 2),
    ("Đề nghị các cơ quan báo chí, Đài Phát thanh và Truyền hình tỉnh tuyên truyền.", 2),
    ("Yêu cầu các doanh nghiệp, hợp tác xã tổ chức sản xuất.", 2),
])
def test_a_comma_before_another_body_still_lists(gaz, text, names):
    found = offices(gaz, text)
    assert len(found) == names, found


@pytest.mark.parametrize("text, bodies", [
    # an ask after the topic: every body it names is asked, the first one too
    ("Đối với chi phí vượt dự toán năm 2023, 2024, yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương thực hiện.",
     ["bộ tài chính", "bảo hiểm xã hội việt nam"]),
    ("Đối với các dự án chậm tiến độ, đề nghị Sở Xây dựng, Sở Tài chính phối hợp rà soát.",
     ["sở xây dựng", "sở tài chính"]),
    ("Đối với các hồ chứa, giao Sở Nông nghiệp và Môi trường, UBND các xã kiểm tra an toàn đập.",
     ["sở nông nghiệp và môi trường", "ubnd các xã"]),
])
def test_bodies_after_an_ask_that_ends_the_topic_all_stay(gaz, text, bodies):
    found = _keys(offices(gaz, text))
    for b in bodies:
        assert b in found, (b, found)
