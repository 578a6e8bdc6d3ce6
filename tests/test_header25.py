"""header25: header fields' leftovers (issue 5): a day printed after the number under a scrape's date property, a recap
sentence that names only who asked ('Đó là yêu cầu mà <body> vừa đưa ra ...'), a drafter's initial glued to his name in the
'Lưu:' line (no 'Q.' authority), a deputy's title a scan cut to its head's tail under 'KT.'.

Invented wordings and wordings after press items of other sources (see pipeline/structure/posted.py, tail.py, titles.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure
from pipeline.structure.posted import scrape_stamp_bound
from pipeline.structure.tail import parse_signature
from pipeline.structure.titles import AUTHORITY_RE


def _header25(text: str):
    doc = Document(doc_id="t", lines=lines_from_text(text))
    structure(doc, Config())
    return doc.header


@pytest.mark.parametrize("line,bound", [
    (" date 2025-02-10 Bão số 10 gây thiệt hại nặng nề.", dt.date(2025, 10, 2)),  # both readings are days: the later
    ("date 2024-11-03 Ngày 2/11, UBND tỉnh có công văn.", dt.date(2024, 11, 3)),
    (" date 2021-09 Trước đó, UBND tỉnh đã yêu cầu.", dt.date(2021, 9, 30)),
    (" date 2023-12 Thủ tướng vừa ký công điện.", dt.date(2023, 12, 31)),
    ("date 2022-05-25 UBND tỉnh yêu cầu.", dt.date(2022, 5, 25)),  # 25 is no month: one reading
    ("Bão số 10 gây thiệt hại nặng nề.", None),
])
def test_a_scrape_stamp_bounds_the_reported_act(line, bound):
    assert scrape_stamp_bound(line) == bound


@pytest.mark.parametrize("text,date", [
    (" date 2025-02-10 Bão số 10 và mưa lũ gây thiệt hại nặng. Để khắc phục hậu quả, Thủ tướng Chính phủ Phạm Minh Chính "
     "đã ký Công điện số 183/CĐ-TTg ngày 2-10 chỉ đạo các bộ, ngành tập trung khắc phục hậu quả.", dt.date(2025, 10, 2)),
    (" date 2024-03-15 Mưa đá gây thiệt hại tại nhiều xã. UBND tỉnh Lào Cai đã ban hành Công văn số 812/UBND-NLN ngày 12/3 "
     "yêu cầu các huyện thống kê thiệt hại.", dt.date(2024, 3, 12)),
])
def test_a_day_after_the_number_takes_the_year_of_the_scrape_stamp(text, date):
    h = _header25(text)
    assert h.date == date


def test_a_day_after_the_number_with_no_stamp_stays_undated():
    h = _header25("Mưa đá gây thiệt hại tại nhiều xã. UBND tỉnh Lào Cai đã ban hành Công văn số 812/UBND-NLN ngày 12/3 "
                  "yêu cầu các huyện thống kê thiệt hại.")
    assert (h.number, h.date) == ("812/UBND-NLN", None)


@pytest.mark.parametrize("lead,issuer", [
    ("(DNVN) - Đó là yêu cầu mà Bộ Công Thương vừa đưa ra khi chỉ đạo cho Cục Quản lý thị trường các tỉnh kiểm tra thị "
     "trường Tết.", "Bộ Công Thương"),
    ("Đó là chỉ đạo của UBND tỉnh Lâm Đồng đối với các sở, ngành về phòng cháy, chữa cháy rừng mùa khô.", "UBND tỉnh Lâm Đồng"),
    ("Đó là đề nghị mà Sở Y tế Hà Nội gửi các bệnh viện trên địa bàn về phòng chống sốt xuất huyết.", "Sở Y tế Hà Nội"),
    ("Đó là nội dung chỉ đạo mà Thủ tướng Chính phủ vừa nêu tại cuộc họp về ứng phó bão.", "Thủ tướng Chính phủ"),
])
def test_a_recap_sentence_names_who_asked(lead, issuer):
    h = _header25("Không có vùng cấm trong kiểm soát thị trường\n\n" + lead)
    assert (h.issuer, h.doc_type, h.number) == (issuer, None, None)


def test_a_recap_of_a_thing_said_names_no_issuer():
    h = _header25("Tết an toàn\n\nĐó là yêu cầu mà nhiều người dân mong muốn trong dịp Tết năm nay.")
    assert h.issuer is None


@pytest.mark.parametrize("text,found", [
    ("- Lưu: VT, QHĐP (3)Q.Cường.", None),
    ("- Lưu: VT, TH.Q.Hùng", None),
    ("Q. CHỦ TỊCH", "Q"),
    ("Q.GIÁM ĐỐC", "Q"),
    ("TUQ. CỤC TRƯỞNG", "TUQ"),
])
def test_an_initial_glued_to_a_name_is_no_acting_head(text, found):
    m = next((m for m in [AUTHORITY_RE.search(text)] if m), None)
    assert (m.group(2) if m else None) == found


def test_the_signature_after_a_drafters_initial():
    h = _header25("CHÍNH PHỦ\nSố: 12/NQ-CP\nHà Nội, ngày 07 tháng 02 năm 2023\nNGHỊ QUYẾT\nVề chương trình hành động\n"
                  "1. Các bộ, ngành triển khai thực hiện.\n\nNơi nhận:\n- Các bộ, cơ quan ngang bộ;\n"
                  "- Lưu: VT, QHĐP (3)Q.Cường. | TM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\n\nPhạm Minh Chính\n")
    assert (h.signer_authority, h.signer_title, h.signer) == ("TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Phạm Minh Chính")


@pytest.mark.parametrize("text,title", [
    ("KT. TỔNG CỤC TRƯỞNG CỤC TRƯỞNG Đặng Ngọc Minh", "PHÓ TỔNG CỤC TRƯỞNG"),  # 'PHÓ TỔNG' lost to scan noise
    ("KT. GIÁM ĐỐC GIÁM ĐỐC Nguyễn Văn An", "PHÓ GIÁM ĐỐC"),
    ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Hải", "PHÓ CHỦ TỊCH"),
    ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn", "THỨ TRƯỞNG"),
    ("TL. TỔNG CỤC TRƯỞNG CỤC TRƯỞNG Trần Văn Bình", "CỤC TRƯỞNG"),  # a head of a department signs 'TL.' for his superior
    ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Bình", "CHỦ TỊCH"),
])
def test_a_deputys_title_under_kt(text, title):
    assert parse_signature(text)[1] == title
