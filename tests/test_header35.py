"""header35: header fields unseen26 missed and header_fields' leftovers (issue 5): a passive issuing lead 'vừa được X
ban hành' (its agent the issuer, its parent place after a comma no speaker), a committee named bare in a flattened header
cell completed from the enacting line over the legal bases, an event's holder with its parent place after a comma; each
with its counter-case.

Invented wordings after the real shapes cited in pipeline/structure/passive_issued.py, authority.py and posted.py.
"""
from __future__ import annotations

import pytest

from conftest import structured_header
from pipeline.structure.passive_issued import passive_issued_lead

_header = structured_header


def test_a_passive_issuing_lead_names_type_and_issuer_not_the_parent_place():
    text = ("Ngày hội môi trường lần thứ 3 năm 2024 tại Quảng Ninh\n\nCập nhật: 12/03/2024\n"
            "Kế hoạch tổ chức Ngày hội môi trường huyện Vân Đồn lần thứ 3 năm 2024, vừa được UBND huyện Vân Đồn, "
            "tỉnh Quảng Ninh ban hành.\n\nTheo đó, UBND các xã, thị trấn chủ động tổ chức các hoạt động hưởng ứng.\n")
    h = _header(text)
    assert (h.doc_type, h.issuer) == ("Kế hoạch", "UBND huyện Vân Đồn")


def test_a_passive_issuing_lead_with_its_number_and_a_partner():
    pi = passive_issued_lead(["Theo Kế hoạch số 45/KH-BYT-BGDĐT vừa được Bộ Y tế phối hợp với Bộ Giáo dục và Đào tạo "
                              "ban hành, chiến dịch tiêm chủng được triển khai từ tháng 9."])
    assert pi is not None and (pi.doc_type, pi.number, pi.who) == ("Kế hoạch", "45/KH-BYT-BGDĐT", "Bộ Y tế")


@pytest.mark.parametrize("line", [
    "Các văn bản đã được Bộ Chính trị ban hành cần được quán triệt sâu rộng.",  # no type opens the sentence
    "Kế hoạch đã được ban hành từ đầu năm.",                                   # no agent
    "Kế hoạch được UBND huyện giao cho Phòng Văn hóa theo dõi, ban hành sau.",  # the agent's act is not issuing
    "Quyết định số 12/QĐ-UBND đã được UBND tỉnh phê duyệt và ban hành từ tháng 3.",  # another act joined before it
])
def test_no_passive_issuing_lead(line):
    assert passive_issued_lead([line]) is None


def test_a_bare_committee_cell_takes_the_enacting_line():
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 215/QĐ-UBND | Đà Lạt, ngày 10 tháng 03 năm 2015 |\n"
            "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP\n"
            "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            "QUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý cụm công nghiệp.\n")
    h = _header(text)
    assert (h.doc_type, h.number, h.issuer) == ("Quyết định", "215/QĐ-UBND", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")


def test_a_whole_committee_cell_is_kept():
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "HUYỆN ĐỨC TRỌNG | Độc lập - Tự do - Hạnh phúc |\n"
            "Số: 88/QĐ-UBND | Đức Trọng, ngày 10 tháng 03 năm 2015 |\n"
            "QUYẾT ĐỊNH\n"
            "VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC\n"
            "ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n")
    assert "HUYỆN ĐỨC TRỌNG" in _header(text).issuer.upper()


@pytest.mark.parametrize("lead, issuer", [
    ("Ngày 12/8, Đảng bộ xã Tân Phú, tỉnh Đồng Nai tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.",
     "Đảng bộ xã Tân Phú"),
    ("Ngày 20-12, Đảng bộ phường Bình Tây, TPHCM tổ chức Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 5.",
     "Đảng bộ phường Bình Tây"),
])
def test_an_event_holder_with_its_parent_place(lead, issuer):
    assert _header("Tin hoạt động\n" + lead + " Dự hội nghị có đại diện lãnh đạo địa phương.\n").issuer == issuer


def test_a_holder_without_its_own_level_takes_no_parent_place():
    # ('Sở Y tế, TP Cần Thơ ...': the body before the comma names no level of its own, so the comma may part a list of
    # holders; the reading stays as before this rule: no holder)
    text = "Tin hoạt động\nNgày 12/8, Sở Y tế, TP Cần Thơ tổ chức hội nghị tổng kết công tác y tế năm 2024.\n"
    assert _header(text).issuer is None
