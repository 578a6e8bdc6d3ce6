"""header24: the header classes measure19 named on unseen19 (issue 5, header fields on new text): the document as the
subject of a passive with its signer, a document named as a later sentence's subject with its addressees before the
verb, a ministry's name with a comma as the bracketed parent of a department, a lead's day and month whose year only
another sentence gives, a portal answer's date line.

Invented wordings and wordings after press items of other sources, several per rule (see pipeline/structure/posted24.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure
from pipeline.structure.posted24 import answer_date_line, lead_year


def _header24(text: str):
    doc = Document(doc_id="t", lines=lines_from_text(text))
    structure(doc, Config())
    return doc.header


@pytest.mark.parametrize("lead,expected", [
    ("Công văn 1126/UBND-KT do ông Đoàn Văn Minh, Phó Chủ tịch Thường trực UBND tỉnh Quảng Bình ký, yêu cầu Công an tỉnh "
     "chỉ đạo kiểm tra các bãi tập kết cát.",
     ("Công văn", "1126/UBND-KT", "UBND tỉnh Quảng Bình", "Phó Chủ tịch Thường trực", "Đoàn Văn Minh")),
    ("(Baoquangbinh) - Ngày 3/4, Công văn số 456/UBND-KT do bà Trần Thị Lan, Phó Chủ tịch UBND huyện Minh Hóa ký, yêu cầu "
     "UBND các xã kiểm tra.",
     ("Công văn", "456/UBND-KT", "UBND huyện Minh Hóa", "Phó Chủ tịch", "Trần Thị Lan")),
    ("Công điện số 05 do Chủ tịch UBND tỉnh Cà Mau Nguyễn Tiến Hà ký về việc hỗ trợ đồng bào vùng lũ khắc phục khó khăn.",
     ("Công điện", "05", "UBND tỉnh Cà Mau", "Chủ tịch", "Nguyễn Tiến Hà")),
    ("Mới đây, Công điện số 12/CĐ-UBND do ông Trần Văn Bình, Chủ tịch UBND huyện Khánh Vĩnh ký yêu cầu các xã tăng cường "
     "tuyên truyền phòng chống đuối nước.",
     ("Công điện", "12/CĐ-UBND", "UBND huyện Khánh Vĩnh", "Chủ tịch", "Trần Văn Bình")),
])
def test_the_document_as_subject_of_a_passive_with_its_signer(lead, expected):
    h = _header24("Tăng cường quản lý khoáng sản\n" + lead)
    assert (h.doc_type, h.number, h.issuer, h.signer_title, h.signer) == expected


def test_a_passive_with_the_date_printed_whole():
    h = _header24("Phòng chống dịch\nCông văn số 2345/UBND-NN do bà Nguyễn Thị Hoa, Phó Chủ tịch UBND tỉnh Nghệ An ký ngày "
                  "5/6/2023, yêu cầu Sở Nông nghiệp triển khai ngay các biện pháp.")
    assert (h.doc_type, h.number, h.date, h.signer) == ("Công văn", "2345/UBND-NN", dt.date(2023, 6, 5), "Nguyễn Thị Hoa")


def test_a_body_issuing_in_the_passive_names_no_signer():
    h = _header24("Phòng dịch\nKế hoạch số 45/KH-UBND do UBND huyện ban hành yêu cầu các xã tiêm phòng cho đàn lợn.")
    assert (h.doc_type, h.number, h.issuer, h.signer) == ("Kế hoạch", "45/KH-UBND", "UBND huyện", None)


@pytest.mark.parametrize("text,expected", [
    ("Thủ tướng Chính phủ yêu cầu các bộ, ngành tăng cường phòng, chống đuối nước cho trẻ em trong dịp hè.\n"
     "Công điện gửi các Bộ trưởng, Thủ trưởng cơ quan ngang bộ; Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương "
     "nêu rõ: thời gian qua, tình trạng đuối nước trẻ em diễn biến phức tạp.", ("Công điện", None)),
    ("Bộ Giao thông vận tải yêu cầu các đơn vị bảo đảm an toàn giao thông dịp Tết.\nCông văn số 1234/BGTVT-VT gửi các Cục, "
     "Sở Giao thông vận tải các tỉnh, thành phố yêu cầu tăng cường kiểm tra.", ("Công văn", "1234/BGTVT-VT")),
    ("UBND tỉnh Lào Cai yêu cầu các huyện chủ động chống rét cho đàn gia súc.\nChỉ thị gửi các sở, ban, ngành và UBND các "
     "huyện, thị xã, thành phố cũng yêu cầu rà soát chuồng trại.", ("Chỉ thị", None)),
])
def test_a_document_named_as_subject_with_its_addressees(text, expected):
    h = _header24("Chỉ đạo mới\n" + text)
    assert (h.doc_type, h.number) == expected


@pytest.mark.parametrize("lead,issuer,date", [
    ("(Ngày Nay) - Ngày 24/4/2024, Cục Du lịch Quốc gia Việt Nam (Bộ Văn hóa, Thể thao và Du lịch) đã gửi văn bản, đề "
     "nghị Sở Du lịch các tỉnh tăng cường quản lý hoạt động du lịch.", "Cục Du lịch Quốc gia Việt Nam", dt.date(2024, 4, 24)),
    ("Ngày 12/5/2024, Cục Văn hóa cơ sở, Gia đình và Thư viện (Bộ Văn hóa, Thể thao và Du lịch) đã ban hành văn bản yêu "
     "cầu các địa phương kiểm tra.", "Cục Văn hóa cơ sở, Gia đình và Thư viện", dt.date(2024, 5, 12)),
    ("Ngày 5/6/2023, Cục Quản lý thị trường (thuộc Bộ Công Thương) vừa có văn bản yêu cầu các Cục Quản lý thị trường tỉnh "
     "kiểm tra.", "Cục Quản lý thị trường", dt.date(2023, 6, 5)),
    ("Ngày 2/3/2024, Cục Chăn nuôi (Bộ Nông nghiệp và Phát triển nông thôn) đã có công văn đề nghị các địa phương tăng "
     "cường giám sát.", "Cục Chăn nuôi", dt.date(2024, 3, 2)),
])
def test_a_bracketed_parent_with_a_comma_after_the_issuer(lead, issuer, date):
    h = _header24("An toàn cho du khách\n" + lead)
    assert (h.issuer, h.date) == (issuer, date)


@pytest.mark.parametrize("text,date", [
    ("Ngày 17/8, UBND tỉnh Thừa Thiên - Huế đã ban hành văn bản chỉ đạo các địa phương không đốt rơm rạ. Tình trạng đốt "
     "rơm rạ gây ô nhiễm. Vụ hè thu 2024, toàn tỉnh gieo cấy 28.000 ha lúa.", dt.date(2024, 8, 17)),
    ("Ngày 5/3, Sở Y tế tỉnh Nghệ An đã có công văn gửi các bệnh viện về phòng chống bệnh sởi.\nTừ đầu năm 2025 đến nay, "
     "toàn tỉnh ghi nhận 120 ca mắc.", dt.date(2025, 3, 5)),
])
def test_a_lead_day_takes_the_one_year_the_text_names(text, date):
    assert _header24("Chỉ đạo\n" + text).date == date


def test_two_years_or_goal_years_give_no_year():
    assert lead_year(["Vụ đông 2023 và vụ xuân 2024 đều được mùa."]) is None
    assert lead_year(["Phấn đấu đến năm 2030, 100% xã đạt chuẩn."]) is None
    assert lead_year(["Giai đoạn 2021-2025 tỉnh đầu tư 200 tỷ đồng."]) is None
    assert lead_year(["Mùa du lịch hè 2024 dự kiến đón 2 triệu lượt khách."]) == 2024


@pytest.mark.parametrize("lines,date", [
    (["Hỏi: Đường vào thôn bị ngập, đề nghị xem xét.", "20/09/2014", "Trả lời: UBND huyện trả lời như sau: ..."],
     dt.date(2014, 9, 20)),
    (["Nội dung câu hỏi: Xin hỏi thủ tục cấp sổ đỏ.", "Ngày 03/11/2021", "Nội dung trả lời", "Về nội dung ông hỏi ..."],
     dt.date(2021, 11, 3)),
    (["Ngày gửi: 01/09/2014", "Câu hỏi: Xin hỏi ...", "Ngày trả lời: 20/09/2014", "Trả lời: Sở Tư pháp xin trả lời ..."],
     dt.date(2014, 9, 20)),
])
def test_a_portal_answers_date_line(lines, date):
    assert answer_date_line(lines) == date


def test_a_date_line_without_an_answer_is_no_answers_date():
    assert answer_date_line(["Tin tức", "20/09/2014", "UBND tỉnh yêu cầu ..."]) is None


@pytest.mark.parametrize("lead,issuer,title", [
    ("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng vừa ký Công văn gửi UBND các tỉnh về bảo đảm an toàn cho "
     "khách du lịch.", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ trưởng"),
    ("Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Tạ Quang Đông đã ký Công văn số 1234/BVHTTDL-VHCS gửi UBND các tỉnh.",
     "Bộ Văn hóa, Thể thao và Du lịch", "Thứ trưởng"),
    ("Giám đốc Sở Văn hóa, Thông tin, Thể thao và Du lịch tỉnh Hà Giang vừa ký công văn yêu cầu các huyện tăng cường quản "
     "lý lễ hội.", "Sở Văn hóa, Thông tin, Thể thao và Du lịch", "Giám đốc"),
])
def test_a_body_whose_name_lists_its_fields_keeps_its_commas(lead, issuer, title):
    h = _header24("Tăng cường quản lý\n" + lead)
    assert (h.issuer, h.signer_title) == (issuer, title)


def test_a_title_after_the_comma_is_no_field_of_the_name():
    h = _header24("Phòng dịch\nPhó Chủ tịch UBND tỉnh, Trưởng ban Chỉ đạo phòng chống dịch Nguyễn Văn Sơn vừa ký công văn yêu "
                  "cầu các sở tăng cường.")
    assert (h.signer_title, h.signer) == ("Phó Chủ tịch", "Nguyễn Văn Sơn")
