"""header29: press and portal items whose header the pipeline left empty (issue 5): a school or a public service centre that
announces ('Trường ĐH X vừa thông báo ...', 'Trung tâm Dịch vụ ... thông báo lịch ...'), a speaker whose act is the noun 'chỉ
đạo' ('vừa có chỉ đạo'), a lead after a bare dash, a lead opened by the matter it answers ('Liên quan đến ..., Bộ X vừa có công
văn ...'), a cable whose sender only its condolence sentence names, a legal site's title with the place and the year after a
committee's number, and the press lead's subject never read from 'về <body>' (where a report goes); each with its counter-case.

Invented wordings after the press items cited in pipeline/structure/posted.py.
"""
from __future__ import annotations

import pytest

from conftest import structured_header


_header29 = structured_header


@pytest.mark.parametrize(("lead", "issuer"), [
    ("Trường Đại học Bách khoa vừa thông báo cho sinh viên nghỉ học đến hết tuần.", "Trường Đại học Bách khoa"),
    ("Trung tâm Dịch vụ công xã Tân Lập thông báo lịch tiếp nhận hồ sơ như sau:", "Trung tâm Dịch vụ công xã Tân Lập"),
    ("Trường Tiểu học Kim Đồng cũng thông báo cho học sinh nghỉ học.", "Trường Tiểu học Kim Đồng"),
    ("Trường ĐH Kinh tế TP.HCM vừa thông báo cho sinh viên học trực tuyến.", "Trường ĐH Kinh tế TP.HCM"),
])
def test_a_school_or_a_centre_that_announces_issues_its_notice(lead, issuer):
    h = _header29("Nghỉ học tránh bão\n\n" + lead + "\n")
    assert h.issuer == issuer


def test_a_school_that_has_a_notice_names_its_type():
    h = _header29("Nghỉ học tránh bão\n\nTrường THCS Lê Lợi vừa có thông báo cho học sinh nghỉ học ngày mai.\n")
    assert (h.doc_type, h.issuer) == ("Thông báo", "Trường THCS Lê Lợi")


@pytest.mark.parametrize("lead", [
    "Trung tâm Dự báo khí tượng thủy văn quốc gia thông báo bão số 3 đang mạnh lên.",
    "Trung tâm Y tế huyện Ba Vì cho biết đã có 12 ca mắc mới.",
])
def test_a_forecast_or_a_centre_as_a_source_issues_nothing(lead):
    assert _header29("Mưa lớn kéo dài\n\n" + lead + "\n").issuer is None


def test_a_speaker_whose_act_is_the_noun_chi_dao():
    h = _header29("Bảo đảm nguồn cung\n\nChủ tịch UBND tỉnh Quảng Bình vừa có chỉ đạo các sở, ngành bảo đảm nguồn cung.\n")
    assert h.issuer == "UBND tỉnh Quảng Bình"


def test_a_lead_after_a_bare_dash():
    h = _header29("Học sinh nghỉ học\n\n- Sở Y tế TP.HCM vừa có chỉ đạo các bệnh viện tăng cường trực.\n")
    assert h.issuer == "Sở Y tế TP.HCM"


def test_dashes_of_a_list_open_no_lead():
    h = _header29("Phân công nhiệm vụ\n\n- Sở Y tế chỉ đạo các bệnh viện tăng cường trực.\n"
                  "- Sở Giáo dục và Đào tạo chỉ đạo các trường rà soát.\n")
    assert h.issuer is None


def test_a_lead_opened_by_the_matter_it_answers():
    h = _header29("(ABC) - Liên quan đến việc phòng chống dịch tay chân miệng, Bộ Y tế vừa có công văn gửi UBND các tỉnh "
                  "về tăng cường giám sát.\n")
    assert (h.doc_type, h.issuer) == ("Công văn", "Bộ Y tế")


def test_a_cable_named_by_its_condolence_sentence():
    h = _header29("Nội dung Công điện nêu rõ: mưa lớn đã làm 3 người chết. Thủ tướng Chính phủ gửi lời thăm hỏi, chia buồn "
                  "đến thân nhân các gia đình có người bị nạn.\n\nTheo dự báo, mưa còn kéo dài.\n")
    assert (h.doc_type, h.issuer) == ("Công điện", "Thủ tướng Chính phủ")


def test_a_deputys_condolence_names_no_sender():
    h = _header29("Nội dung Công điện nêu rõ: mưa lớn đã làm 3 người chết. Phó Thủ tướng Trần Văn An gửi lời chia buồn "
                  "đến các gia đình.\n")
    assert h.issuer is None


@pytest.mark.parametrize(("title", "issuer"), [
    ("Quyết định 512/QĐ-UBND Nghệ An 2022 danh mục thủ tục hành chính", "UBND tỉnh Nghệ An"),
    ("Kế hoạch 88/KH-UBND Cần Thơ 2021 tiêm chủng", "UBND thành phố Cần Thơ"),
])
def test_a_sites_title_with_place_and_year_names_the_committee(title, issuer):
    assert _header29(title + "\n").issuer == issuer


def test_a_ministrys_number_before_a_place_names_no_committee():
    h = _header29("Quyết định 512/QĐ-BYT Nghệ An 2022 danh mục thuốc\n")
    assert h.number == "512/QĐ-BYT" and h.issuer != "UBND tỉnh Nghệ An"


def test_ve_before_a_body_is_no_subject():
    h = _header29("(ABC) - Sở Tài nguyên và Môi trường vừa có công văn đề nghị huyện rà soát, báo cáo kết quả về Sở trước "
                  "ngày 23/11.\n")
    assert h.title is None


def test_a_subject_after_the_act_is_still_read():
    h = _header29("(ABC) - Sở Tài nguyên và Môi trường vừa có công văn gửi UBND các huyện về tăng cường quản lý khoáng sản.\n")
    assert h.title == "Về tăng cường quản lý khoáng sản"
