"""Header and signature shapes met in session 9's blind batch E (benchmarks/header_fields.py)
and in the Công điện / Thông báo kết luận documents ye1-ye4, each tested on a text written for
the test in the same shape: a unit printed under its parent in the left column of a web page's
merged header, a bare 'VĂN PHÒNG' under its committee, a document-sharing page that numbers its
pages and joins a page's lines, a web page's title in capitals above the header, a portal's line
naming the notice it posts, a news lead with the date written out and the chairman before the
committee, a legal database's property list with no header block, a hyphen in a body's name,
and a signer's name across the column gap of a layout-preserving text layer."""
from __future__ import annotations

import datetime as dt

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure
from pipeline.structure.posted import site_metadata


def run(text: str) -> Document:
    return structure(Document(doc_id="t", lines=lines_from_text(text)), Config())


BODY = """Kính gửi: Hiệu trưởng các trường trung học phổ thông.

Để bảo đảm an toàn cho học sinh, Sở Giáo dục và Đào tạo đề nghị các trường cho học sinh nghỉ học.

Trân trọng./.
"""


def test_a_unit_under_its_parent_in_the_left_column_is_the_issuer():
    # a school's web page: the post's own lines first, then the header columns merged by spaces,
    # the unit's line carrying no motto
    text = """Trang chủ > Thông báo
Thông báo nghỉ học ngày 14/10
bởi quản trị
12 lượt xem

ỦY BAN NHÂN DÂN                                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

TỈNH QUẢNG TRỊ                                  Độc lập - Tự do - Hạnh phúc

SỞ GIÁO DỤC VÀ ĐÀO TẠO

Số: 1820/SGDĐT-VP                               Quảng Trị, ngày 13 tháng 10 năm 2020

V/v cho học sinh nghỉ học

""" + BODY
    h = run(text).header
    assert h.issuer.upper() == "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    assert (h.number, h.date) == ("1820/SGDĐT-VP", dt.date(2020, 10, 13))


def test_the_second_line_of_one_name_is_not_a_unit():
    # 'ỦY BAN THƯỜNG VỤ' / 'QUỐC HỘI' is one body printed over two lines
    text = """Nghị quyết 101/2023/UBTVQH15 về thành lập thị xã
Trang tra cứu văn bản
Nội dung toàn văn Nghị quyết 101/2023/UBTVQH15

ỦY BAN THƯỜNG VỤ
QUỐC HỘI
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghị quyết số: 101/2023/UBTVQH15
Hà Nội, ngày 12 tháng 5 năm 2023
NGHỊ QUYẾT
VỀ VIỆC THÀNH LẬP THỊ XÃ
"""
    assert run(text).header.issuer.upper() != "QUỐC HỘI"


def test_a_bare_office_is_named_by_its_committee():
    text = """   UBND TỈNH NGHỆ AN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
       VĂN PHÒNG                                     Độc lập - Tự do - Hạnh phúc

   Số: 77/TB-VP                                  Nghệ An, ngày 02 tháng 3 năm 2024

                                 THÔNG BÁO
        Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại cuộc họp về công tác phòng cháy

    1. Giao Công an tỉnh chủ trì kiểm tra các cơ sở kinh doanh karaoke trước ngày 30/3/2024.
    Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.
"""
    h = run(text).header
    assert h.issuer.upper() == "VĂN PHÒNG UBND TỈNH NGHỆ AN"
    assert h.doc_type == "Thông báo kết luận"


def test_a_page_number_before_a_joined_header_line_is_not_a_list_label():
    text = """Xem mẫu

  1. UBND TỈNH BÌNH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y TẾ Độc lập - Tự do - Hạnh phúc Số : 512 /SYT-NVY Phan Thiết, ngày 14 tháng 02 năm 2019 V/v tăng cường phòng chống dịch sởi Kính gửi: Các bệnh viện trong tỉnh. Sở Y tế đề nghị các bệnh viện tăng cường phân luồng khám bệnh.
"""
    h = run(text).header
    assert h.issuer.upper() == "SỞ Y TẾ"
    assert (h.number, h.date) == ("512/SYT-NVY", dt.date(2019, 2, 14))


def test_a_web_page_title_in_capitals_gives_way_to_the_body_above_the_header():
    text = """MỨC THU PHÍ BẢO VỆ MÔI TRƯỜNG MỚI NHẤT

bài viết giới thiệu văn bản

Bạn đang xem: Mức thu phí mới

MỤC LỤC VĂN BẢN
*

BỘ TÀI CHÍNH -------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------

Số: 12/2021/TT-BTC

Hà Nội, ngày 08 tháng 02 năm 2021

THÔNG TƯ

QUY ĐỊNH MỨC THU PHÍ

Căn cứ Luật Phí và lệ phí;
"""
    h = run(text).header
    assert h.issuer.upper() == "BỘ TÀI CHÍNH"
    assert h.doc_type == "Thông tư"


def test_a_portal_line_naming_the_posted_notice_gives_its_identity():
    text = """Thông báo nghỉ Tết Nguyên đán năm 2024
Tác giả: UBND huyện Núi Thành .Ngày đăng: 02/02/2024 .Lượt xem: 310 lượt.
Thông báo số 45/TB-UBND ngày 01/02/2024 của UBND huyện Núi Thành về việc nghỉ Tết Nguyên đán Giáp Thìn
Tải về: 45-TB-UBND.pdf

1. Các cơ quan, đơn vị bố trí trực Tết, bảo đảm an ninh trật tự.

2. Ủy ban nhân dân các xã, thị trấn tổ chức thăm hỏi các gia đình chính sách./.
"""
    h = run(text).header
    assert (h.doc_type, h.number, h.date) == ("Thông báo", "45/TB-UBND", dt.date(2024, 2, 1))
    assert h.issuer == "UBND huyện Núi Thành"


def test_a_news_lead_with_the_date_written_out_and_the_chairman():
    text = """Tin hoạt động
Tin hoạt động
Kế hoạch phòng chống rét cho đàn gia súc năm 2023
05/01/2023

Ngày 03 tháng 01 năm 2023, Chủ tịch UBND tỉnh Lào Cai ban hành Kế hoạch số 12/KH-UBND về phòng, chống đói, rét cho đàn gia súc; theo đó:

- Các huyện chủ động dự trữ thức ăn cho gia súc.
"""
    h = run(text).header
    assert (h.doc_type, h.number, h.date, h.issuer) == ("Kế hoạch", "12/KH-UBND", dt.date(2023, 1, 3), "UBND tỉnh Lào Cai")


def test_a_legal_database_property_list_without_a_header_block():
    text = """Quyết định 1502/QĐ-BYT hướng dẫn chẩn đoán bệnh tay chân miệng
thuộc tính Quyết định 1502/QĐ-BYT
Cơ quan ban hành: | Bộ Y tế |
Số công báo: | Đã biết |
Số hiệu: | 1502/QĐ-BYT |
Loại văn bản: | Quyết định |
Người ký: | Trần Văn Thuấn |
Ngày ban hành: | 12/06/2023 |
TÓM TẮT VĂN BẢN
Quyết định hướng dẫn chẩn đoán và điều trị bệnh tay chân miệng.
"""
    h = run(text).header
    assert (h.doc_type, h.number, h.date, h.issuer) == ("Quyết định", "1502/QĐ-BYT", dt.date(2023, 6, 12), "Bộ Y tế")
    # a joint document's issuers in the site's order are left to the header
    meta = site_metadata(Document(doc_id="t", lines=lines_from_text(
        "  • Số hiệu văn bản: 03/2015/TTLT-BTC-BNV\n  • Cơ quan ban hành: Bộ Nội vụ, Bộ Tài chính\n  • Ngày ban hành: 05-03-2015\n")))
    assert (meta.number, meta.date, meta.issuer) == ("03/2015/TTLT-BTC-BNV", dt.date(2015, 3, 5), None)


def test_a_document_with_its_own_header_ignores_the_property_list():
    text = """Số hiệu: 88/KH-UBND Loại văn bản: Kế hoạch
Ngày ban hành: 01/01/2020

ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 89/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 02 tháng 01 năm 2020
KẾ HOẠCH
Tổ chức hội nghị
"""
    h = run(text).header
    assert (h.number, h.date) == ("89/KH-UBND", dt.date(2020, 1, 2))


def test_a_hyphen_in_a_body_name_gets_its_spaces():
    text = """UBND HUYỆN CHƯ SÊ       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG TÀI CHÍNH-KẾ HOẠCH         Độc lập - Tự do - Hạnh phúc
  Số : 35/TCKH        Chư Sê, ngày 10 tháng 4 năm 2018.
V/v báo cáo quyết toán
Kính gửi: Các đơn vị dự toán thuộc huyện.
""" + BODY
    assert run(text).header.issuer.upper() == "PHÒNG TÀI CHÍNH - KẾ HOẠCH"


def test_a_signer_across_the_column_gap_of_the_recipients_list():
    text = """UBND TỈNH QUẢNG NGÃI                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      VĂN PHÒNG                                Độc lập - Tự do - Hạnh phúc
Số: 901/TB-VP                               Quảng Ngãi, ngày 11 tháng 9 năm 2023
                          THÔNG BÁO
   Kết luận của đồng chí Chủ tịch UBND tỉnh tại buổi làm việc với huyện Sơn Tây
1. Giao Sở Xây dựng chủ trì kiểm tra các công trình trường học trước ngày 30/9/2023.
Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.

Nơi nhận:                                             KT. CHÁNH VĂN PHÒNG
- CT, PCT UBND tỉnh;                                    PHÓ CHÁNH VĂN PHÒNG
- Sở Xây dựng;
- Lưu: VT, KTTH.                                          Lê Thị Thu Hà
"""
    d = run(text)
    assert (d.header.signer_title, d.header.signer) == ("PHÓ CHÁNH VĂN PHÒNG", "Lê Thị Thu Hà")
    assert all("Lê Thị Thu Hà" not in r.text for r in d.recipients)


def test_a_first_word_broken_off_the_issuer_cell_rejoins_it():
    text = """ỦY
BAN NHÂN DÂN
TỈNH YÊN BÁI
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 1201/QĐ-UBND
|
Yên
Bái, ngày 05 tháng 6 năm 2019
|
QUYẾT ĐỊNH
PHÊ DUYỆT DANH MỤC DỰ ÁN
"""
    assert run(text).header.issuer.upper() == "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI"


def test_a_signed_lead_under_a_portal_s_own_lines():
    text = """English Thứ Hai, 02-03-2020, 08:10 (GMT+7)

Nông nghiệp

Phòng chống dịch tả lợn châu Phi

Đăng ngày: 28-02-2020; 88 lần đọc

Bộ Nông nghiệp và Phát triển nông thôn vừa có Công văn số 1250/BNN-TY ngày 25/02/2020 gửi UBND các tỉnh về phòng chống dịch tả lợn châu Phi.

Theo đó, Bộ đề nghị UBND các tỉnh chỉ đạo tiêu hủy lợn bệnh theo quy định.
"""
    h = run(text).header
    assert (h.doc_type, h.number, h.date) == ("Công văn", "1250/BNN-TY", dt.date(2020, 2, 25))
    assert h.issuer == "Bộ Nông nghiệp và Phát triển nông thôn"
