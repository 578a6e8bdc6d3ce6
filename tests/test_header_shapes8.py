"""Header and signature shapes met in session 8's blind batch C (benchmarks/header_fields.py),
each tested on a text written for the test in the same shape: a seal picture and a .docx's
long run of empty paragraphs inside the signature block, a licence whose number's digits are
unreadable, a tax department's letter whose symbol starts with 'CT', an OCR'd motto, a date
line that lost its month with the e-signature stamp at the page's foot."""
from __future__ import annotations

import datetime as dt

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure
from pipeline.structure.tail import strip_markup


def run(text: str) -> Document:
    return structure(Document(doc_id="t", lines=lines_from_text(text)), Config())


HEAD = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 210/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 03 tháng 4 năm 2023
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác
ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác rà soát thủ tục hành chính.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
"""


def test_a_seal_picture_between_title_and_name_is_skipped():
    text = HEAD + """*Nơi nhận:*
- Như Điều 2;
- Lưu: VT.
                     **TM. ỦY BAN NHÂN DÂN**
                     **KT. CHỦ TỊCH**
                     **PHÓ CHỦ TỊCH**

        ![con dấu đỏ](https://example.org/seal.png)

                     **Trần Song Tùng**
"""
    h = run(text).header
    assert (h.signer_title, h.signer) == ("PHÓ CHỦ TỊCH", "Trần Song Tùng")
    assert strip_markup("![](image002.jpg)").strip() == ""


def test_a_docx_signing_space_of_empty_paragraphs_keeps_the_name():
    items = "\n\n".join(f"- Đơn vị số {i};" for i in range(1, 12))
    text = HEAD.replace("\n", "\n\n") + "\n\nNơi nhận:\n\n" + items + "\n\n- Lưu: VT.\n\n\n\nTM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH" + "\n" * 16 + "Phạm Quang Ngọc\n"
    h = run(text).header
    assert (h.signer_title, h.signer) == ("CHỦ TỊCH", "Phạm Quang Ngọc")


def test_unreadable_number_still_names_its_type_by_the_symbol():
    text = """ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÒA BÌNH Độc lập - Tự do - Hạnh phúc
Số: ka 5/GP-UBND Hòa Bình, ngày ~l tháng 6 năm 2015
ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
Căn cứ Luật Khoáng sản ngày 17 tháng 11 năm 2010;
QUYẾT ĐỊNH:
Điều 1. Cho phép Công ty cổ phần Đá Hòa Bình khai thác đá vôi.
"""
    h = run(text).header
    assert h.doc_type == "Giấy phép"
    assert h.number is None


def test_ct_symbol_of_a_tax_department_letter_is_no_chi_thi():
    text = """TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC THUẾ TỈNH NAM ĐỊNH Độc lập - Tự do - Hạnh phúc
Số: 2345/CT-TTHT Nam Định, ngày 12 tháng 6 năm 2021
V/v chính sách thuế GTGT
Kính gửi: Công ty cổ phần Dệt may Nam Định
Cục Thuế tỉnh Nam Định nhận được công văn của Công ty.
"""
    h = run(text).header
    assert h.doc_type == "Công văn"
    assert h.number == "2345/CT-TTHT"
    assert h.issuer.upper() == "CỤC THUẾ TỈNH NAM ĐỊNH"


def test_ocr_motto_with_a_misread_mark_still_splits_the_issuer_line():
    text = """BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
KHO BẠC NHÀ NƯỚC Độc lập - Ty do - Hanh phúc
Số: 812/KBNN-KTNN Hà Nội, ngày 20 tháng 3 năm 2019
V/v hướng dẫn kế toán
Kính gửi: Kho bạc Nhà nước các tỉnh
"""
    h = run(text).header
    assert h.issuer.upper() == "KHO BẠC NHÀ NƯỚC"
    assert h.issuer_parent.upper() == "BỘ TÀI CHÍNH"


def test_month_lost_from_the_date_line_comes_from_a_stamp_at_the_page_foot():
    body = "\n".join(f"Nội dung hướng dẫn đoạn {i} về chính sách thuế." for i in range(1, 22))
    text = f"""TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC THUẾ TỈNH THÁI BÌNH Độc lập - Tự do - Hạnh phúc
Số: 310/CT-TTHT Thái Bình, ngày 17 tháng năm 2021
V/v giải đáp chính sách thuế
Kính gửi: Công ty TNHH Minh Phát
{body}
Digitally signed by Cục Thuế tỉnh Thái Bình
Date: 2021.03.18 09:12:40 +07:00
"""
    h = run(text).header
    assert h.date == dt.date(2021, 3, 17)


def test_ocr_reads_ngay_as_ngai_with_a_colon():
    text = """TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC THUẾ TỈNH CÀ MAU Độc lập - Tự do - Hạnh phúc
Số: 1204/CTCMA-TTHT Cà Mau, ngài: 08 tháng 9 năm 2022
V/v chính sách thuế
Kính gửi: Công ty TNHH Thủy sản Năm Căn
"""
    assert run(text).header.date == dt.date(2022, 9, 8)


def test_a_tilde_bullet_luu_line_closes_the_list_before_the_name():
    text = HEAD + """Nơi nhận:
~ Như trên;
- Phòng TTHT;
~ Lưu: VT, TTHT(2).

Lê Thị Thanh Hương
"""
    assert run(text).header.signer == "Lê Thị Thanh Hương"


def test_standing_deputy_minister_title_is_kept_whole():
    text = HEAD + """Nơi nhận:
- Như Điều 2;
- Lưu: VT, KH-TC.
KT. BỘ TRƯỞNG THỨ TRƯỞNG THƯỜNG TRỰC Đỗ Xuân Tuyên
"""
    h = run(text).header
    assert (h.signer_title, h.signer) == ("THỨ TRƯỞNG THƯỜNG TRỰC", "Đỗ Xuân Tuyên")
