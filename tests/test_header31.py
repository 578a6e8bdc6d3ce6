"""header31: meeting news whose holder the pipeline left empty (issue 5): an officer presiding between the day and the
body ('Sáng 12/1, dưới sự chủ trì của đồng chí ..., UBND tỉnh họp ...'), a meeting told by the bare verb 'họp', a partner
between the holder and its act ('... đã phối hợp với UBND xã X, tổ chức lễ ...'), an occasion or purpose clause before a
lowercase day ('Chào mừng ..., sáng ngày ..., UBND phường ...'); and the unnamed head's voice, which names no signer_title
(samples/gold/README.md); each with its counter-case.

Invented wordings after the press items cited in pipeline/structure/posted.py.
"""
from __future__ import annotations

import pytest

from conftest import structured_header


_header = structured_header


def _news(lead: str) -> str:
    return "Tin hoạt động\n\n" + lead + "\nCác đại biểu đã thảo luận, đóng góp ý kiến.\n"


@pytest.mark.parametrize(("lead", "issuer"), [
    ("Sáng 14/3, dưới sự chủ trì của đồng chí Lê Văn Minh – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, UBND tỉnh họp "
     "phiên thường kỳ tháng 3.", "UBND tỉnh"),
    ("Ngày 8/9, dưới sự chủ trì của đồng chí Trần Văn Hòa - Chủ tịch UBND huyện, UBND huyện đã tổ chức phiên họp "
     "giao ban quý III.", "UBND huyện"),
])
def test_a_presiding_officer_between_the_day_and_the_holder(lead, issuer):
    assert _header(_news(lead)).issuer == issuer


def test_a_body_that_meets_by_the_bare_verb():
    assert _header(_news("Ngày 21-10, UBND tỉnh Hà Giang họp phiên thường kỳ tháng 10.")).issuer == "UBND tỉnh Hà Giang"


def test_a_meeting_put_off_is_not_held():
    text = "Sở Công Thương hoãn họp giao ban với các doanh nghiệp\n\nCuộc họp sẽ được tổ chức vào thời gian khác.\n"
    assert _header(text).issuer != "Sở Công Thương hoãn"


@pytest.mark.parametrize(("lead", "issuer"), [
    ("Sáng ngày 6/4/2023, Hội Nông dân huyện Tam Nông đã phối hợp với UBND xã Hồng Đà, tổ chức lễ ra quân làm đường "
     "giao thông nông thôn.", "Hội Nông dân huyện Tam Nông"),
    ("Chiều 2/11, UBND Phường 4 phối hợp cùng các tổ dân phố tổ chức ra quân dọn vệ sinh kênh rạch.", "UBND Phường 4"),
])
def test_a_partner_between_the_holder_and_its_act(lead, issuer):
    assert _header(_news(lead)).issuer == issuer


def test_an_occasion_before_a_lowercase_day():
    lead = ("Chào mừng kỷ niệm 78 năm Cách mạng tháng Tám (19/8/1945 - 19/8/2023) và Quốc khánh 2/9, sáng ngày "
            "12/8/2023, UBND xã Tân Hưng tổ chức lễ ra quân tổng vệ sinh môi trường.")
    assert _header(_news(lead)).issuer == "UBND xã Tân Hưng"


def test_an_occasion_clause_without_a_day_is_not_read():
    lead = "Chào mừng kỷ niệm 78 năm Cách mạng tháng Tám, các khu phố trang trí cờ hoa trên các tuyến đường."
    assert _header(_news(lead)).issuer is None


def test_a_head_who_signs_with_no_name_gives_the_title():
    text = ("Thành lập tổ công tác\n\nUBND tỉnh Hậu Giang vừa có Quyết định số 812/QĐ-UBND thành lập tổ công tác.\n\n"
            "Trước đó, Phó Chủ tịch UBND tỉnh đã ký văn bản giao Sở Nội vụ chuẩn bị nhân sự.\n")
    assert _header(text).signer_title == "Phó Chủ tịch"


def test_a_head_who_only_speaks_gives_no_title():
    text = ("Thành lập tổ công tác\n\nUBND tỉnh Hậu Giang vừa có Quyết định số 812/QĐ-UBND thành lập tổ công tác.\n\n"
            "Theo đó, Chủ tịch UBND tỉnh giao Sở Nội vụ chuẩn bị nhân sự.\n")
    assert _header(text).signer_title is None


def test_the_leads_holder_over_a_headline_that_shortens_it():
    text = ("UBND TPHB họp thường kỳ tháng 5 năm 2019\n\nSáng ngày 14/5/2019, Ủy ban nhân dân (UBND) thành phố Hòa Bình (TPHB) "
            "đã tổ chức phiên họp thường kỳ tháng 5.\n\nCác đại biểu đã thảo luận, đóng góp ý kiến.\n")
    assert _header(text).issuer == "Ủy ban nhân dân thành phố Hòa Bình"
