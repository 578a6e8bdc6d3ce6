"""header28: press and portal leads that named their document but lost a field (issue 5): a numbered district or ward
('UBND Quận 1', 'UBND Phường 12'); a legal database's properties flattened with no space between a value and the next
label ('Số hiệu:55/2016/QĐ-UBNDNgày đăng công báo:'); a cause clause that holds commas of its own before the speaker
('Trước tình hình ..., Việt Nam nằm ..., Thủ tướng Chính phủ vừa có công điện ...') behind a tag with an ampersand
('GD&TĐ - '); 'hôm nay <day>' after the grounds; the committee a signer's title names before his name ('Phó chủ tịch
UBND tỉnh <name> đã ký văn bản số N/UBND-...': issuer 'UBND tỉnh', gold README's press-lead convention); and their
counter-cases (a day, a person or a title after the clause's comma opens the lead, never the clause).

Invented wordings and wordings after press items of other sources (see pipeline/structure/posted.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure


def _header28(text: str):
    doc = Document(doc_id="t", lines=lines_from_text(text))
    structure(doc, Config())
    return doc.header


@pytest.mark.parametrize("body", ["UBND Quận 1", "UBND Quận 10", "UBND Phường 12"])
def test_a_numbered_district_or_ward_speaks(body):
    h = _header28("Tạm ngưng hoạt động kinh doanh\n\n"
                  f"Theo đó, trước diễn biến phức tạp của dịch bệnh, {body} giao Phòng Kinh tế và Công an phối hợp "
                  "khẩn trương thực hiện nội dung sau:\n\nCác cơ sở kinh doanh tạm ngưng hoạt động.\n")
    assert h.issuer == body


def test_a_number_after_the_district_is_no_part_of_it():
    h = _header28("Thông báo tạm ngưng\n\nTheo đó, UBND Quận 3 giao Phòng Văn hóa và Thông tin kiểm tra các cơ sở.\n")
    assert h.issuer == "UBND Quận 3"


def test_glued_database_properties_are_read_apart():
    h = _header28("Quyết định 41/2019/QĐ-UBND Bình Định quy chế quản lý chợ\n\n"
                  "Cơ quan ban hành: Ủy ban nhân dân tỉnh Bình ĐịnhSố công báo:\n"
                  "Số hiệu:41/2019/QĐ-UBNDNgày đăng công báo:Đang cập nhật\n"
                  "Loại văn bản:Quyết địnhNgười ký:Nguyễn Văn Hai\n"
                  "Ngày ban hành:12/09/2019Ngày hết hiệu lực:\n")
    assert (h.number, h.date, h.signer) == ("41/2019/QĐ-UBND", dt.date(2019, 9, 12), "Nguyễn Văn Hai")


def test_spaced_database_properties_read_as_before():
    h = _header28("Quyết định 41/2019/QĐ-UBND Bình Định quy chế quản lý chợ\n\n"
                  "Số hiệu: 41/2019/QĐ-UBND Loại văn bản: Quyết định\n"
                  "Nơi ban hành: Tỉnh Bình Định Người ký: Nguyễn Văn Hai\n"
                  "Ngày ban hành: 12/09/2019 Ngày hiệu lực: Đang cập nhật\n")
    assert (h.number, h.date, h.signer) == ("41/2019/QĐ-UBND", dt.date(2019, 9, 12), "Nguyễn Văn Hai")


@pytest.mark.parametrize("tag", ["", "ANTD.VN - ", "GD&TĐ - "])
def test_a_cause_clause_with_commas_before_the_speaker(tag):
    h = _header28(tag + "Trước tình hình mưa lũ kéo dài, nhiều tuyến đường bị ngập, các trường học bị ảnh hưởng, UBND tỉnh "
                  "Nghệ An vừa có công văn về việc cho học sinh nghỉ học.\n")
    assert (h.doc_type, h.issuer) == ("Công văn", "UBND tỉnh Nghệ An")


def test_a_title_after_the_clause_comma_is_the_speaker_not_the_clause():
    h = _header28("Trước diễn biến phức tạp của dịch bệnh, Chủ tịch UBND TP, Trưởng ban Ban Chỉ đạo phòng, chống dịch "
                  "Covid-19 TP Hải Phòng đã ra thông báo khẩn yêu cầu tạm dừng hoạt động các cơ sở tôn giáo.\n")
    assert (h.doc_type, h.issuer, h.signer_title) == ("Thông báo", "Chủ tịch UBND TP", "Chủ tịch")


def test_a_day_after_the_clause_comma_dates_the_lead():
    h = _header28("Sau khi Báo Nhân Dân phản ánh, ngày 12-9-2019, UBND tỉnh Nghệ An có Công văn số 7021/UBND-NN gửi "
                  "Sở Nông nghiệp và Phát triển nông thôn.\n")
    assert (h.number, h.date, h.issuer) == ("7021/UBND-NN", dt.date(2019, 9, 12), "UBND tỉnh Nghệ An")


def test_today_after_the_grounds_dates_the_notice_by_the_stamp():
    h = _header28("Tạm dừng các hoạt động tại phố đi bộ\n\n14/05/2021\n\n"
                  "(Chinhphu.vn) - Thực hiện yêu cầu của Ban chỉ đạo phòng, chống dịch thành phố, hôm nay 14/5, UBND quận "
                  "Ba Đình ra thông báo yêu cầu tạm dừng các hoạt động tại phố đi bộ.\n")
    assert (h.doc_type, h.date, h.issuer) == ("Thông báo", dt.date(2021, 5, 14), "UBND quận Ba Đình")


def test_the_committee_before_a_signers_name_issues():
    h = _header28("Học sinh toàn tỉnh nghỉ học\n"
                  "(QN)- Thực hiện chỉ đạo của Thủ tướng Chính phủ, sáng 5-2, Phó chủ tịch UBND tỉnh Trần Văn Minh đã ký văn "
                  "bản số 512/UBND-VX về việc cho học sinh nghỉ học.\n")
    assert (h.number, h.issuer, h.signer_title, h.signer) == ("512/UBND-VX", "UBND tỉnh", "Phó Chủ tịch", "Trần Văn Minh")
