"""Offices of long plans (plans21's audit, benchmarks/data/office_audit_long.tsv): sentences of
Government resolutions and Prime Minister's decisions of 2021-2026 (the Official Gazette), as printed."""
from __future__ import annotations

import pytest

from pipeline.extract.assign import _DUTY_TITLE_RE
from pipeline.extract.offices import load_gazetteer, roles_in_sentence


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _offices(text: str, gaz) -> list[str]:
    return [r.office for r in roles_in_sentence(text, gaz) if r.role in ("lead", "support")]


def test_body_under_the_government_keeps_its_name(gaz):
    # NQ 100/NQ-CP 2026, III.3: 'cơ quan trực thuộc Chính phủ' was cut to 'Cơ quan trực'
    got = _offices("Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan trực thuộc Chính phủ, Chủ tịch Ủy ban nhân "
                   "dân các tỉnh, thành phố trực thuộc Trung ương tập trung chỉ đạo thực hiện nội dung các nhiệm "
                   "vụ, giải pháp tại Chương trình hành động.", gaz)
    assert "Cơ quan trực thuộc Chính phủ" in got
    assert "Cơ quan trực" not in got
    assert "Thủ trưởng cơ quan ngang Bộ" in got


def test_trades_are_no_body(gaz):
    # NQ 66.17/2026/NQ-CP, Điều 5: 'các ngành, nghề' (trades) read as the body 'Các ngành'
    got = _offices("Đối với các ngành, nghề đầu tư kinh doanh có điều kiện quy định tại Luật Đầu tư đã được cắt "
                   "giảm theo quy định của Nghị quyết này, tổ chức, cá nhân được tiếp tục sử dụng các loại giấy "
                   "phép đã được cấp.", gaz)
    assert not any(o.casefold().startswith("các ngành") for o in got)
    # the subject after the topic is found, as it is without the trades
    assert _offices("Đối với các ngành, nghề kinh doanh có điều kiện, Sở Công Thương hướng dẫn doanh nghiệp "
                    "thực hiện.", gaz) == ["Sở Công Thương"]
    # a list of bodies with 'ngành' stays one
    assert _offices("Các sở, ngành, địa phương triển khai thực hiện kế hoạch.", gaz) == ["Các sở, ngành, địa phương"]


def test_payer_name_stops_before_the_payment(gaz):
    # QĐ 28/2021/QĐ-TTg, Điều 3: 'cơ quan bảo hiểm xã hội chi trả tiền hỗ trợ'
    got = _offices("Trong thời hạn 10 ngày làm việc kể từ ngày nhận được đề nghị hỗ trợ của người lao động, cơ "
                   "quan bảo hiểm xã hội chi trả tiền hỗ trợ cho người lao động.", gaz)
    assert got == ["Cơ quan bảo hiểm xã hội"]
    assert _offices("Kho bạc Nhà nước chi trả kinh phí cho các đơn vị.", gaz) == ["Kho bạc Nhà nước"]


def test_powers_title_names_their_holder():
    # QĐ 798/QĐ-TTg 2026: 'Điều 3. Quyền hạn của Ban Chỉ đạo' after 'Điều 2. Nhiệm vụ của Ban Chỉ đạo'
    m = _DUTY_TITLE_RE.match("Quyền hạn của Ban Chỉ đạo")
    assert m and m.group("who") == "Ban Chỉ đạo"
    assert _DUTY_TITLE_RE.match("Nhiệm vụ, quyền hạn của Ủy ban nhân dân cấp xã").group("who") == "Ủy ban nhân dân cấp xã"
    # a party's rights are no duties
    assert _DUTY_TITLE_RE.match("Quyền của người lao động") is None
