"""header36: header fields on new press text (issue 5): a central Party leader who signs his body's document, told first
in a press lead ('Thay mặt Ban Bí thư, Thường trực Ban Bí thư <name> đã ký ban hành Chỉ thị số ...', '<title> <name> ký
ban hành các quyết định của Bộ Chính trị'), several documents of one type issued at once ('ban hành các quyết định'), a
number whose symbol's hyphen is spaced on both sides ('số 3365/KH - UBND'); each with its counter-case.

Invented wordings after the real shapes cited in pipeline/structure/party_signer.py and posted.py (press items of
baomoi, a provincial paper, a tag page; unseen_repair w14; header batches AP05, AQ01, AR02).
"""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import structured_header
from pipeline.structure.party_signer import party_signed_lead
from pipeline.structure.posted import press_lead

_header = structured_header


def test_a_standing_member_signs_for_the_body_he_acts_for():
    text = ("Chỉ thị của Ban Bí thư về tổ chức Tết Bính Ngọ\n\n"
            "Thay mặt Ban Bí thư, Thường trực Ban Bí thư Nguyễn Văn An đã ký ban hành Chỉ thị số 51-CT/TW ngày "
            "05/12/2025 về việc tổ chức Tết Bính Ngọ năm 2026.\n\nChỉ thị yêu cầu các cấp ủy chăm lo đời sống Nhân dân.\n")
    h = _header(text)
    assert (h.doc_type, h.number, h.date, h.issuer, h.signer_title, h.signer) == (
        "Chỉ thị", "51-CT/TW", dt.date(2025, 12, 5), "Ban Bí thư", "Thường trực Ban Bí thư", "Nguyễn Văn An")


def test_a_membership_before_the_title_and_two_bodies_after_cua():
    p = party_signed_lead("Ngày 3/9, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lê Văn Bình ký ban hành Kết luận của "
                          "Bộ Chính trị, Ban Bí thư về công tác chuẩn bị đại hội đảng bộ các cấp.")
    assert p is not None
    assert (p.doc_type, p.number, p.issuer, p.signer_title, p.signer, p.lead_dm) == (
        "Kết luận", None, "Bộ Chính trị, Ban Bí thư", "Thường trực Ban Bí thư", "Lê Văn Bình", (3, 9))


def test_the_general_secretary_signs_several_decisions_of_the_politburo():
    h = _header("Tổng Bí thư Trần Văn Cường ký ban hành các quyết định của Bộ Chính trị về thành lập đảng bộ các tỉnh "
                "sau hợp nhất.\n")
    assert (h.doc_type, h.number, h.issuer, h.signer_title, h.signer) == (
        "Quyết định", None, "Bộ Chính trị", "Tổng Bí thư", "Trần Văn Cường")


def test_the_name_first_then_the_offices():
    p = party_signed_lead("(Báo X) - Ngày 12-4, đồng chí Phạm Văn Dũng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư "
                          "đã ký ban hành Chỉ thị số 08-CT/TW của Ban Bí thư về lãnh đạo đại hội Hội Nông dân các cấp.")
    assert p is not None
    assert (p.doc_type, p.number, p.issuer, p.signer_title, p.signer) == (
        "Chỉ thị", "08-CT/TW", "Ban Bí thư", "Thường trực Ban Bí thư", "Phạm Văn Dũng")


@pytest.mark.parametrize("line", [
    "Tổng Bí thư Trần Văn Cường ký thư chúc mừng các thầy cô giáo nhân Ngày Nhà giáo Việt Nam.",   # a letter, no type read
    "Tổng Bí thư Trần Văn Cường chủ trì phiên họp của Bộ Chính trị về công tác cán bộ.",          # he chairs, signs nothing
    "Phó Chủ tịch UBND tỉnh Nguyễn Văn Hải đã ký ban hành Kế hoạch số 45/KH-UBND về phòng dịch.",  # a state officer: press_lead's
    "Thay mặt Bộ Chính trị, Tổng Bí thư Trần Văn Cường phát biểu bế mạc hội nghị.",               # speaks, signs nothing
])
def test_no_party_signed_lead(line):
    assert party_signed_lead(line) is None


def test_several_decisions_issued_at_once_give_their_type():
    p = press_lead("Ban Bí thư vừa ban hành các quyết định chuẩn y nhân sự Ban Thường vụ Tỉnh ủy nhiệm kỳ 2025-2030.")
    assert p is not None and (p.doc_type, p.issuer) == ("Quyết định", "Ban Bí thư")


def test_several_texts_of_no_type_give_none():
    p = press_lead("UBND tỉnh đã ban hành các văn bản chỉ đạo các sở, ngành triển khai.")
    assert p is None or p.doc_type is None


def test_a_symbol_spaced_around_its_hyphen_is_read_whole():
    p = press_lead("Ngày 2/3/2021, UBND thành phố Vinh đã ban hành Kế hoạch số 412/KH - UBND về tổng vệ sinh môi trường.")
    assert p is not None and (p.doc_type, p.number, p.date) == ("Kế hoạch", "412/KH-UBND", dt.date(2021, 3, 2))


def test_a_spaced_dash_before_a_word_ends_the_number():
    p = press_lead("Ngày 2/3/2021, UBND huyện ban hành Công văn số 12/UBND - Về việc phòng chống dịch bệnh.")
    assert p is not None and p.number == "12/UBND"
