"""Header and signature shapes met in the blind header benchmark (benchmarks/header_fields.py),
each rule tested on a text written for the test in the same shape (not the benchmark's text)."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure
from pipeline.structure.header import restore_symbol_dash
from pipeline.structure.tail import find_tail, parse_signature, strip_markup


def run(text: str) -> Document:
    doc = Document(doc_id="t", lines=lines_from_text(text))
    return structure(doc, Config())


def tail_of(text: str):
    doc = Document(doc_id="t", lines=lines_from_text(text))
    return find_tail(doc, 1, len(doc.lines))


# -- a date cell split by a scrape after 'ngày' or after the day

@pytest.mark.parametrize("place_line,rest,date", [
    ("Hòa Bình, ngày", "14 tháng 02 năm 2024", dt.date(2024, 2, 14)),
    ("Cà Mau, ngày 09", "tháng 11 năm 2019", dt.date(2019, 11, 9)),
])
def test_date_cell_split_over_two_lines(place_line, rest, date):
    text = f"""ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 27/KH-UBND
|
{place_line}
{rest}
|
KẾ HOẠCH
PHÒNG CHỐNG THIÊN TAI NĂM 2024
Căn cứ Luật Phòng, chống thiên tai năm 2013;
"""
    h = run(text).header
    assert h.date == date
    assert h.number == "27/KH-UBND"


def test_date_line_whole_is_unchanged():
    h = run("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 27/KH-UBND\nHòa Bình, ngày 14 tháng 02 năm 2024\nKẾ HOẠCH\n").header
    assert h.date == dt.date(2024, 2, 14)


# -- the hyphen a PDF text layer dropped between the type's code and the issuer's code

@pytest.mark.parametrize("printed,number", [
    ("88/QĐUBND", "88/QĐ-UBND"), ("412/KHSGDĐT", "412/KH-SGDĐT"), ("15/2022/NĐCP", "15/2022/NĐ-CP"),
    ("7/2020/TTBTNMT", "7/2020/TT-BTNMT"), ("33/TBVPCP", "33/TB-VPCP"),
    # one code, or already hyphenated: as printed
    ("299/TTg", "299/TTg"), ("1120/BTC", "1120/BTC"), ("640/TCT", "640/TCT"), ("52/TTBVTV", "52/TTBVTV"),
    ("88/QĐ-UBND", "88/QĐ-UBND"), ("19-CT/TU", "19-CT/TU"), ("12/KHĐT", "12/KHĐT"),
])
def test_restore_symbol_dash(printed, number):
    assert restore_symbol_dash(printed) == number


def test_motto_without_dashes_and_glued_symbol():
    text = """SỞ TÀI CHÍNH
Số: 88/QĐSTC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập  Tự do  Hạnh phúc
Điện Biên, ngày 03 tháng 3 năm 2022
QUYẾT ĐỊNH
Về việc kiện toàn tổ giúp việc
GIÁM ĐỐC SỞ TÀI CHÍNH
Căn cứ Luật Ngân sách nhà nước;
"""
    h = run(text).header
    assert h.number == "88/QĐ-STC"
    assert h.doc_type == "Quyết định"
    assert h.issuer == "SỞ TÀI CHÍNH"


# -- signature blocks

def test_markdown_bold_signature_in_html_div():
    text = """Điều 3. Các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.

---
_Nơi nhận:_
- Như Điều 3;
- Lưu: VT, NC.

---

<div align="right">

**TM. ỦY BAN NHÂN DÂN**  
**CHỦ TỊCH**

<img src="stamp.png" title="(dấu)"/>

**Đinh Văn Quảng**

</div>
"""
    t = tail_of(text)
    assert (t.authority, t.title, t.signer) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đinh Văn Quảng")


def test_strip_markup_keeps_plain_lines():
    assert strip_markup("- Lưu: VT, TH.") == "- Lưu: VT, TH."
    assert strip_markup("**KT. GIÁM ĐỐC**") == "KT. GIÁM ĐỐC"
    assert strip_markup("---") == ""
    assert strip_markup("Số: 12/KH-UBND_") == "Số: 12/KH-UBND"


def test_drafter_note_between_filing_formula_and_signature():
    text = """UBND huyện thông báo để các cơ quan biết, thực hiện./.

Nơi nhận:

- Như trên;

- Lưu: VT, VP.

E:\\2019\\TB\\lich tiep dan thang 5

TL. CHỦ TỊCH

CHÁNH VĂN PHÒNG

 

Hoàng Minh Đức
"""
    t = tail_of(text)
    assert (t.authority, t.title, t.signer) == ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Hoàng Minh Đức")
    assert [r.text for r in t.recipients] == ["Như trên;"]


def test_signature_column_interleaved_with_recipients():
    text = """Chi cục Thuế khu vực thông báo để các hộ kinh doanh biết, thực hiện./.
KT. CHI CỤC TRƯỞNG
Nơi nhận:
PHÓ CHI CỤC TRƯỞNG
- Như trên;
- Cục Thuế tỉnh (b/c);
- Các Đội thuế;
Trần Thị Mỹ Dung
- Lưu: VT, TTHT.
"""
    t = tail_of(text)
    assert (t.authority, t.title, t.signer) == ("KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "Trần Thị Mỹ Dung")
    assert [r.text for r in t.recipients] == ["Như trên;", "Cục Thuế tỉnh (b/c);", "Các Đội thuế;"]


def test_recipient_continuation_is_not_signature():
    # an item not closed by ';' goes on on the next line, in capitals or not
    text = """Sở thông báo để các đơn vị biết./.
KT. GIÁM ĐỐC
Nơi nhận:
PHÓ GIÁM ĐỐC
- Như trên;
- Ban Chỉ đạo 389
TỈNH (b/c);
Lê Văn Sáu
- Lưu: VT.
"""
    t = tail_of(text)
    assert t.signer == "Lê Văn Sáu"
    assert "Ban Chỉ đạo 389 TỈNH (b/c);" in [r.text for r in t.recipients]


@pytest.mark.parametrize("text,expected", [
    ("TUQ. GIÁM ĐỐC TRƯỞNG PHÒNG KẾ HOẠCH - TÀI CHÍNH Ngô Thị Lan",
     ("TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG KẾ HOẠCH - TÀI CHÍNH", "Ngô Thị Lan")),
    ("TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ PHÁP CHẾ Đặng Văn Hòa",
     ("TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ", "Đặng Văn Hòa")),
    # a name in capitals after the title is the name, not the unit
    ("TRƯỞNG PHÒNG LÊ THỊ MAI", (None, "TRƯỞNG PHÒNG", None)),
    ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình")),
])
def test_title_with_its_unit(text, expected):
    assert parse_signature(text) == expected


def test_wrapped_citation_ending_in_ngay_is_no_date_line():
    # the header's date line is damaged; a body sentence wrapped after 'ngày' cites a decree
    text = """BỘ CÔNG THƯƠNG
Số: 412/BCT-KHCN
Hà Nội, ngày 3Ộ tháng 4Ä năm 4034
V/v hướng dẫn an toàn thực phẩm
Kính gửi: Sở Công Thương các tỉnh
Thực hiện quy định tại Nghị định số 15/2018/NĐ-CP ngày
02 tháng 02 năm 2018 của Chính phủ, Bộ Công Thương hướng dẫn như sau:
"""
    h = run(text).header
    assert h.date != dt.date(2018, 2, 2)


# -- shapes of batch B (rules tested on texts written for the test)

def test_yaml_front_matter_is_no_header():
    text = """---
title: "QD 12 UBND"
source: "scan.pdf"
---

Ký bởi: Văn phòng UBND
Thoi
0214 12:03
ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/QĐ-UBND Điện Biên, ngày 05 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác
"""
    h = run(text).header
    assert (h.number, h.date, h.doc_type) == ("12/QĐ-UBND", dt.date(2024, 3, 5), "Quyết định")
    assert h.issuer and h.issuer.endswith("ĐIỆN BIÊN")


def test_issuer_above_header_after_a_web_page_preface():
    text = """Quyết định 45/QĐ-UBND

Quyết định 45/QĐ-UBND năm 2012 về việc thành lập Ban chỉ đạo của tỉnh Yên Bái

Quyết định 45/QĐ-UBND đã được thay thế bởi Quyết định 201/QĐ-UBND.

Nội dung toàn văn Quyết định 45/QĐ-UBND


ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 45/QĐ-UBND

Yên Bái, ngày 09 tháng 02 năm 2012

QUYẾT ĐỊNH
"""
    h = run(text).header
    assert h.issuer == "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI"
    assert h.number == "45/QĐ-UBND"


def test_so_read_as_dollar_six_by_ocr():
    h = run("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\n"
            "$6:1204/TB-TCHQ Hà Nội, ngày 11 tháng 6 năm 2024\nTHÔNG BÁO\nKết luận của Tổng cục trưởng\n").header
    assert h.number == "1204/TB-TCHQ"


@pytest.mark.parametrize("number,doc_type", [("88-CT/HU", "Chỉ thị"), ("12-KL/ĐU", "Kết luận"), ("7-KH/TU", "Kế hoạch")])
def test_party_number_type_before_the_slash(number, doc_type):
    h = run(f"HUYỆN ỦY TÂN KỲ\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố {number}\nTân Kỳ, ngày 02 tháng 4 năm 2023\n"
            "V Ề VIỆC TĂNG CƯỜNG CÔNG TÁC PHÒNG CHÁY\n").header
    assert h.doc_type == doc_type


def test_u_horn_of_a_font_in_a_code():
    assert restore_symbol_dash("445-KL/TƯ") == "445-KL/TU"
    assert restore_symbol_dash("12/ƯBND-VX") == "12/UBND-VX"


def test_ocr_speck_after_the_type():
    h = run("SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 77/TB-SYT Sơn La, ngày 08 tháng 5 năm 2023\nTHÔNG BÁO ie\nVề lịch tiếp công dân\n").header
    assert h.doc_type == "Thông báo"
    h = run("SỞ Y TẾ\nSố: 77/SYT-VP\nSơn La, ngày 08 tháng 5 năm 2023\nTHÔNG BÁO về việc tiếp công dân\n").header
    assert h.doc_type != "Thông báo"


def test_stamp_text_above_a_merged_header_is_no_issuer():
    text = """CỤC THUẾ)
THÀNH PHỐ

TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC THUẾ TỈNH NAM ĐỊNH Độc lập - Tự do - Hạnh phúc
Số: 12/CTNĐ-TTHT Nam Định, ngày 03 tháng 02 năm 2023
V/v chính sách thuế thu nhập cá nhân
Kính gửi: Công ty TNHH Dệt may Thành Nam
"""
    h = run(text).header
    assert (h.issuer_parent, h.issuer) == ("TỔNG CỤC THUẾ", "CỤC THUẾ TỈNH NAM ĐỊNH")


def test_issuer_lines_above_a_plain_motto_line_are_kept():
    text = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/KH-UBND
Nam Định, ngày 03 tháng 02 năm 2023
KẾ HOẠCH
"""
    assert run(text).header.issuer == "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH"
