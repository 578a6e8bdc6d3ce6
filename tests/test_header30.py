"""header30: press and portal items whose issuer or signer the pipeline left empty (issue 5): meeting or ceremony news
whose holder stands after a place ('Sáng 1-4, tại xã X, UBND huyện Y tổ chức lễ ra quân ...') or only in the headline
('UBND huyện X tổ chức phiên họp ...'), an officer whose titles chain before the board he heads ('đồng chí <name>, Phó Chủ
tịch UBND huyện, Trưởng Ban chỉ đạo huyện yêu cầu ...'), a signer named after his title in a 'do ... ký' clause, and the
issuer's head who speaks through its act with no name; each with its counter-case.

Invented wordings after the press items cited in pipeline/structure/posted.py.
"""
from __future__ import annotations

import pytest

from conftest import structured_header


_header30 = structured_header


@pytest.mark.parametrize(("lead", "issuer"), [
    ("Sáng 12-5, tại xã Tân Lập, UBND huyện Đan Phượng tổ chức lễ ra quân tiêm chủng.", "UBND huyện Đan Phượng"),
    ("Chiều ngày 3/6/2024, tại hội trường UBND xã, Ủy ban MTTQ Việt Nam xã Hòa Bình đã tổ chức Hội nghị hiệp thương.",
     "Ủy ban MTTQ Việt Nam xã Hòa Bình"),
])
def test_a_place_between_the_day_and_the_holder(lead, issuer):
    assert _header30("Ra quân\n\n" + lead + "\nCác đơn vị tham gia đầy đủ.\n").issuer == issuer


@pytest.mark.parametrize(("headline", "issuer"), [
    ("UBND huyện Tân Yên tổ chức phiên họp tháng 9 năm 2015", "UBND huyện Tân Yên"),
    ("Phường Tân Mai tổ chức lễ ra quân bảo đảm trật tự đô thị", "Phường Tân Mai"),
])
def test_a_headline_that_names_the_holder(headline, issuer):
    text = headline + "\n\nHội nghị đã nghe các phòng báo cáo, các đại biểu đóng góp ý kiến vào dự thảo.\n"
    assert _header30(text).issuer == issuer


def test_a_holder_in_a_later_line_without_a_day_is_not_read():
    text = ("Một năm nhìn lại\n\nNăm qua, địa phương đạt nhiều kết quả.\n"
            "UBND huyện Tân Yên tổ chức hội nghị tổng kết vào cuối năm.\n")
    assert _header30(text).issuer is None


def test_an_officer_whose_titles_chain_before_the_board_he_heads():
    text = ("Kết luận hội nghị, đồng chí Trần Văn Bình, Phó Chủ tịch UBND huyện, Trưởng Ban chỉ đạo huyện yêu cầu các xã "
            "hoàn thành việc rà soát trước ngày 20/5.\n")
    assert _header30(text).issuer == "Ban chỉ đạo huyện"


def test_an_officer_whose_last_title_heads_no_board_gives_no_board():
    text = ("Kết luận hội nghị, đồng chí Trần Văn Bình, Trưởng Ban Tuyên giáo Huyện ủy, Phó Chủ tịch HĐND huyện yêu cầu "
            "các xã hoàn thành việc rà soát.\n")
    assert _header30(text).issuer is None


@pytest.mark.parametrize(("lead", "title", "name"), [
    ("Ngày 9/5, UBND tỉnh Hà Nam đã có công văn số 1234/UBND-KT do Chủ tịch Nguyễn Văn Hải ký, giao Sở Xây dựng kiểm tra.",
     "Chủ tịch", "Nguyễn Văn Hải"),
    ("UBND tỉnh Lâm Đồng ban hành Quyết định số 567/QĐ-UBND thành lập tổ công tác (do Phó Chủ tịch UBND tỉnh Lê Văn An ký).",
     "Phó Chủ tịch", "Lê Văn An"),
])
def test_a_signer_named_after_his_title(lead, title, name):
    h = _header30(lead + "\n")
    assert (h.signer_title, h.signer) == (title, name)


def test_a_head_who_speaks_with_no_name_gives_no_title():
    # (header31 reversed header30's reading: the voice is the letter's formula, a deputy signs most such letters;
    # samples/gold/README.md)
    text = ("Kéo dài biện pháp phòng dịch\n\nTối ngày 5/4, UBND tỉnh Hậu Giang vừa có công văn 412/UBND-VX gửi các sở.\n\n"
            "Theo đó, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ngành tiếp tục thực hiện các biện pháp phòng dịch.\n")
    h = _header30(text)
    assert (h.issuer, h.signer_title, h.signer) == ("UBND tỉnh Hậu Giang", None, None)


def test_a_head_of_another_body_gives_no_title():
    text = ("Kéo dài biện pháp phòng dịch\n\nTối ngày 5/4, UBND tỉnh Hậu Giang vừa có công văn 412/UBND-VX gửi các sở.\n\n"
            "Theo đó, Giám đốc Sở Y tế đề nghị các bệnh viện tăng cường trực.\n")
    assert _header30(text).signer_title is None


def test_a_head_at_a_meeting_is_no_signer():
    text = ("Họp giao ban tháng 5\n\nSáng 3/5, UBND huyện tổ chức cuộc họp giao ban tháng 5.\n\n"
            "Kết luận cuộc họp, Chủ tịch UBND huyện yêu cầu các phòng hoàn thành báo cáo.\n")
    h = _header30(text)
    assert (h.issuer, h.signer_title) == ("UBND huyện", None)
