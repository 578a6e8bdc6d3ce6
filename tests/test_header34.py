"""header34: header fields unseen25 missed and the classes counted with them (issue 5): a page's clock line is no date the
item cites (structure/pageclock.py, the one clock reader shared with extract), a step's two acts are no press lead, a chairman
speaking with the steering board he heads in apposition, a type named as subject after a scrape's date property, a request's
courtesy 'kính đề nghị' and a purpose clause closed by a semicolon, a press byline is no heading; each with its counter-case.

Invented wordings after the real shapes cited in pipeline/structure/posted.py, pageclock.py and labels.py.
"""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import structured_header
from pipeline.structure.labels import parse_label
from pipeline.structure.pageclock import read_clock_line
from pipeline.structure.posted import press_lead

_header = structured_header


@pytest.mark.parametrize(("line", "day", "has_time"), [
    ("Thứ ba 15/3/2021", dt.date(2021, 3, 15), False),
    ("Thứ Sáu, 09/08/2019", dt.date(2019, 8, 9), False),
    ("Thứ Bảy, ngày 19/01/2019 07:15 AM (GMT+7)", dt.date(2019, 1, 19), True),
    ("Thứ 7, 03/05/2025 | 17:30:47 [GMT +7]", dt.date(2025, 5, 3), True),
    ("Cập nhật lúc07:59, Thứ Tư, 15/11/2017 (GMT+7)", dt.date(2017, 11, 15), True),
    ("English Thứ Năm, 30-01-2020, 00:24 (GMT+7)", dt.date(2020, 1, 30), True),
    ("CHỦ NHẬT, 07/10/2018 22:00", dt.date(2018, 10, 7), True),
])
def test_a_clock_line_is_read(line, day, has_time):
    clock = read_clock_line(line)
    assert clock is not None and clock.day == day and clock.has_time == has_time


@pytest.mark.parametrize("line", [
    "Thông báo nghỉ học thứ 2 ngày 26/11/2018",  # a title naming a weekday
    "* THỨ BẢY 11/01/2025 (nhằm 12/12 ÂL)",  # a schedule's day heading
    "Thứ hai 24/1/2022 UBND tỉnh họp phiên thường kỳ",  # a sentence after the date
    "14:37 31/07/2023",  # a posting stamp with no weekday
    "Thứ hai 31/2/2022",  # no such day
])
def test_other_lines_are_no_clock(line):
    assert read_clock_line(line) is None


def test_a_page_clock_gives_no_year_to_a_lead_that_cites_dated_texts():
    text = ("Sở Tài chính tỉnh\nThứ ba 15/3/2021\nBáo cáo quyết toán ngân sách năm 2013\n\n"
            "Ngày 06/02, UBND tỉnh ban hành Công văn số 45/UBND-TC về việc báo cáo quyết toán ngân sách năm 2013.\n\n"
            "Theo đó, giao Sở Tài chính chủ trì, tổng hợp báo cáo gửi Bộ Tài chính trước ngày 28/02/2014.\n")
    h = _header(text)
    assert (h.doc_type, h.number, h.date) == ("Công văn", "45/UBND-TC", dt.date(2014, 2, 6))


def test_a_clock_still_dates_a_lead_that_cites_nothing_dated():
    text = ("Tin tức\nThứ Sáu, 09/08/2019\n"
            "Ngày 5/8, UBND tỉnh ban hành Công văn số 12/UBND-KT về việc phòng chống bão.\nTheo đó, giao các sở triển khai.\n")
    assert _header(text).date == dt.date(2019, 8, 5)


def test_a_steps_two_acts_are_no_press_lead():
    assert press_lead("UBND cấp huyện kiện toàn, ban hành quyết định quy định chức năng, nhiệm vụ của Tổ công tác.") is None
    text = ("Tin tức\n\nĐể thống nhất trong toàn tỉnh. Sở Nội vụ ban hành văn bản số 412/SNV-CCVC hướng dẫn UBND các xã "
            "kiện toàn Tổ công tác.\n\nVề kiện toàn Tổ công tác: Sở Nội vụ đề nghị:\n\nUBND cấp xã kiện toàn, ban hành "
            "quyết định quy định chức năng, nhiệm vụ của Tổ công tác.\n")
    h = _header(text)
    assert (h.doc_type, h.number, h.issuer) == ("Công văn", "412/SNV-CCVC", "Sở Nội vụ")


def test_a_body_that_issued_with_a_comma_is_still_a_lead():
    lead = press_lead("Ngày 5/3, Sở Y tế, đã ban hành Kế hoạch số 12/KH-SYT về phòng chống dịch.")
    assert lead is not None and lead.number == "12/KH-SYT"


@pytest.mark.parametrize("speaker", [
    "Chủ tịch UBND tỉnh - Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh yêu cầu",
    "Chủ tịch UBND tỉnh, Trưởng Ban An toàn giao thông tỉnh đã chỉ đạo",
    "Chủ tịch UBND tỉnh – Trưởng Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh (PCTT-TKCN) yêu cầu",
])
def test_a_chairman_speaks_with_the_board_he_heads(speaker):
    text = ("Tin thời sự\n\nTrước diễn biến phức tạp của mưa lũ trong những ngày tới, " + speaker
            + " các sở, ngành, UBND các huyện khẩn trương triển khai các biện pháp ứng phó.\n")
    assert _header(text).issuer == "UBND tỉnh"


def test_a_type_named_as_subject_after_a_scrape_stamp():
    text = (" date 2024-09-10 Công điện nêu rõ: mưa lớn kéo dài đã gây thiệt hại nặng nề trên địa bàn tỉnh.\n\n"
            "Trước tình hình trên, Chủ tịch UBND tỉnh yêu cầu Giám đốc các Sở, Chủ tịch UBND các huyện khắc phục hậu quả.\n")
    h = _header(text)
    assert (h.doc_type, h.issuer) == ("Công điện", "UBND tỉnh")


@pytest.mark.parametrize("ask", [
    "Để kịp thời hoàn thiện dự thảo, Sở Tư pháp kính đề nghị các cơ quan, đơn vị cho ý kiến bằng văn bản.",
    "Để kịp thời trình UBND tỉnh ban hành Quy chế; Sở Tư pháp kính đề nghị các cơ quan, đơn vị cho ý kiến bằng văn bản.",
    "Để kịp thời trình UBND tỉnh ban hành Quy chế; Sở Tư pháp đề nghị các cơ quan, đơn vị cho ý kiến bằng văn bản.",
])
def test_a_department_asks_on_its_own_portal(ask):
    text = "In bài\n\nVề việc lấy ý kiến dự thảo Quy chế\n\n09:12 12/05/2022\n\nSở Tư pháp đã hoàn thiện dự thảo. " + ask + "\n"
    assert _header(text).issuer == "Sở Tư pháp"


@pytest.mark.parametrize("line", ["T.NGUYÊN 18/03/2013 10:14", "N.MINH", "A.Vũ", "L.Thọ", "C.Hà"])
def test_a_byline_is_no_heading(line):
    assert parse_label(line) is None


@pytest.mark.parametrize(("line", "label"), [
    ("A. MỤC ĐÍCH, YÊU CẦU", "A"), ("B.NỘI DUNG THỰC HIỆN", "B"), ("V.Tổ chức thực hiện", "V"), ("C. Tổ chức", "C"),
])
def test_a_heading_keeps_its_letter(line, label):
    lab = parse_label(line)
    assert lab is not None and lab.label == label
