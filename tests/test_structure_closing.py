"""Identity stated outside the header block (structure/closing.py), on texts written for the tests
in the shapes the gazette prints: a consolidated text's authentication block, a resolution's own
adoption formula, the preamble's enacting formula, a 'TM. <body>' signature."""
from __future__ import annotations

import datetime as dt

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure
from pipeline.structure.closing import behalf_issuer, enacting_issuer, own_adoption
from pipeline.structure.genre import is_directive


def run(text: str) -> Document:
    doc = Document(doc_id="t", lines=lines_from_text(text))
    return structure(doc, Config())


VBHN = """CÔNG BÁO/Số 101 + 102/Ngày 15-3-2024
45

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

THÔNG TƯ
Hướng dẫn chế độ báo cáo thống kê ngành y tế

Thông tư số 12/2020/TT-BYT ngày 10 tháng 6 năm 2020 của Bộ trưởng Bộ Y tế hướng dẫn
chế độ báo cáo thống kê ngành y tế, có hiệu lực kể từ ngày 01 tháng 8 năm 2020, được sửa đổi,
bổ sung bởi:
Thông tư số 05/2023/TT-BYT ngày 02 tháng 3 năm 2023 của Bộ trưởng Bộ Y tế.
Căn cứ Luật Thống kê số 89/2015/QH13;
Bộ trưởng Bộ Y tế ban hành Thông tư hướng dẫn chế độ báo cáo thống kê ngành y tế.
Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn chế độ báo cáo thống kê ngành y tế.
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực kể từ ngày 01 tháng 8 năm 2020./.

{issuer}
{first}
{second}
Đà Nẵng, ngày 08 tháng 01 năm 2024

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Trần Văn Bình
"""


def test_consolidated_text_takes_its_authentication_block():
    doc = run(VBHN.format(issuer="BỘ Y TẾ", first="Số: 07/VBHN-BYT", second="XÁC THỰC VĂN BẢN HỢP NHẤT"))
    h = doc.header
    assert (h.doc_type, h.number, h.date, h.issuer) == ("Văn bản hợp nhất", "07/VBHN-BYT", dt.date(2024, 1, 8), "BỘ Y TẾ")
    assert doc.meta["consolidated_type"] == "Thông tư"
    assert h.signer == "Trần Văn Bình"


def test_authentication_block_in_the_other_order_with_a_wrapped_body():
    text = VBHN.format(issuer="BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN\nNÔNG THÔN", first="XÁC NHẬN VĂN BẢN HỢP NHẤT",
                       second="Số: 15/VBHN-BNNPTNT")
    h = run(text).header
    assert h.number == "15/VBHN-BNNPTNT"
    assert h.issuer == "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"
    assert h.date == dt.date(2024, 1, 8)


def test_consolidated_law_stays_a_law_for_extract():
    text = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

LUẬT
CÔNG ĐOÀN

Luật Công đoàn số 12/2012/QH13 ngày 20 tháng 6 năm 2012 của Quốc hội, có hiệu lực kể từ
ngày 01 tháng 01 năm 2013, được sửa đổi, bổ sung bởi: ...
Quốc hội ban hành Luật Công đoàn.
Điều 1. Công đoàn có trách nhiệm tổ chức thực hiện các quy định của Luật này.

VĂN PHÒNG QUỐC HỘI
Số: 31/VBHN-VPQH
XÁC THỰC VĂN BẢN HỢP NHẤT
Hà Nội, ngày 05 tháng 7 năm 2022
CHỦ NHIỆM

Bùi Văn Cường
"""
    doc = run(text)
    assert doc.header.doc_type == "Văn bản hợp nhất"
    assert doc.header.issuer == "VĂN PHÒNG QUỐC HỘI"
    assert doc.header.date == dt.date(2022, 7, 5)
    assert doc.meta["consolidated_type"] == "Luật"
    assert not is_directive(doc)


RESOLUTION = """ỦY BAN THƯỜNG VỤ QUỐC HỘI
Nghị quyết số: 45/2023/UBTVQH15
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
NGHỊ QUYẾT
Về mức chi hỗ trợ hoạt động giám sát
ỦY BAN THƯỜNG VỤ QUỐC HỘI
Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;
Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 đã được Quốc hội thông qua ngày 25 tháng 6 năm
2015;
QUYẾT NGHỊ:
Điều 1. Mức chi hỗ trợ hoạt động giám sát của đại biểu.
Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2024.
Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV,
phiên họp thứ 27 thông qua ngày 14 tháng 11 năm 2023.
TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
CHỦ TỊCH
Vương Đình Huệ
"""


def test_resolution_without_a_date_line_is_dated_by_its_own_adoption():
    h = run(RESOLUTION).header
    assert h.date == dt.date(2023, 11, 14)  # not the cited law's 25 June 2015
    assert h.issuer == "ỦY BAN THƯỜNG VỤ QUỐC HỘI"


def test_own_adoption_ignores_a_cited_acts_formula():
    doc = Document(doc_id="t", lines=lines_from_text(
        "Căn cứ Luật Đầu tư số 61/2020/QH14 đã được Quốc hội thông qua ngày 17 tháng 6 năm 2020;\nĐiều 1. ..."))
    assert own_adoption(doc) is None
    doc = Document(doc_id="t", lines=lines_from_text(
        "Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp\n"
        "thứ 9 thông qua ngày 17 tháng 6 năm 2020."))
    assert own_adoption(doc) == (dt.date(2020, 6, 17), "Quốc hội")


def test_enacting_formula_names_the_issuer_when_the_header_was_an_image():
    text = """CÔNG BÁO/Số 88/Ngày 06-02-2026
12
THÔNG TƯ
Quy định về quản lý giá dịch vụ
Căn cứ Luật Giá số 16/2023/QH15;
Theo đề nghị của Cục trưởng Cục Quản lý giá;
Bộ trưởng Bộ Tài chính ban hành Thông tư quy định về quản lý giá dịch
vụ.
Điều 1. Phạm vi điều chỉnh
"""
    assert run(text).header.issuer == "Bộ Tài chính"
    for formula, body in [
        ("Chính phủ ban hành Nghị định quy định chi tiết Luật Việc làm.", "Chính phủ"),
        ("Thủ tướng Chính phủ ban hành Quyết định về chế độ báo cáo.", "Thủ tướng Chính phủ"),
        ("Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư về cho vay.", "Ngân hàng Nhà nước Việt Nam"),
        ("Chủ tịch Ủy ban nhân dân tỉnh Gia Lai ban hành Quyết định quy định giá đất.", "Ủy ban nhân dân tỉnh Gia Lai"),
        ("Bộ trưởng Bộ Lao động - Thương binh và\nXã hội ban hành Thông tư hướng dẫn.", "Bộ Lao động - Thương binh và Xã hội"),
    ]:
        doc = Document(doc_id="t", lines=lines_from_text("Căn cứ Luật số 1/2020/QH14;\n" + formula))
        assert enacting_issuer(doc) == body, formula
    # a sentence that mentions a minister's enacting is no formula
    doc = Document(doc_id="t", lines=lines_from_text("Đề nghị Bộ trưởng Bộ Y tế sớm ban hành Thông tư hướng dẫn."))
    assert enacting_issuer(doc) is None


def test_behalf_signature_names_the_body():
    assert behalf_issuer("TM. CHÍNH PHỦ") == "CHÍNH PHỦ"
    assert behalf_issuer("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH") == "ỦY BAN NHÂN DÂN"
    assert behalf_issuer("KT. BỘ TRƯỞNG") is None
    assert behalf_issuer("TL. CHỦ TỊCH") is None


def test_header_without_issuer_takes_the_behalf_body():
    text = """NGHỊ QUYẾT
Về phiên họp Chính phủ thường kỳ tháng 3 năm 2026
Điều 1. Các bộ, cơ quan ngang bộ tập trung thực hiện các nhiệm vụ sau.
Điều 2. Nghị quyết này có hiệu lực kể từ ngày ký.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Lê Thành Long
"""
    h = run(text).header
    assert h.issuer == "CHÍNH PHỦ"
    assert h.signer == "Lê Thành Long"


def test_appendix_attach_line_gives_the_resolution_its_number_and_date():
    text = """<jsontable name="bang_0"> </jsontable>
NGHỊ QUYẾT
VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2019 CỦA TỈNH CAO BẰNG
HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG
KHÓA XVI - KỲ HỌP THỨ BẢY
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT NGHỊ:
Điều 1. Thông qua kế hoạch đầu tư công năm 2019 (Phụ lục kèm theo).
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Cao Bằng khóa XVI, kỳ họp thứ Bảy thông qua./.
<jsontable name="bang_1"> </jsontable>
PHỤ LỤC
DANH MỤC DỰ ÁN
(Kèm theo Nghị quyết số 45/NQ-HĐND ngày 12 tháng 12 năm
2018 của Hội đồng nhân dân tỉnh Cao Bằng)
"""
    h = run(text).header
    assert (h.number, h.date) == ("45/NQ-HĐND", dt.date(2018, 12, 12))


def test_an_attach_line_naming_another_type_is_no_identity():
    text = """NGHỊ QUYẾT
VỀ DANH MỤC DỰ ÁN THU HỒI ĐẤT
HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG
Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;
QUYẾT NGHỊ:
Điều 1. Thông qua danh mục dự án.
Điều 2. Nghị quyết này có hiệu lực từ ngày thông qua.
Điều 3. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.
Điều 4. Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện.
Điều 5. Các cơ quan có liên quan phối hợp thực hiện.
Điều 6. Nghị quyết này được gửi các cơ quan có thẩm quyền.
Điều 7. Các nội dung khác thực hiện theo quy định.
Điều 8. Nghị quyết gồm 01 phụ lục.
Điều 9. Các đại biểu giám sát.
Điều 10. Hiệu lực.
Điều 11. Trách nhiệm thi hành.
Điều 12. Tổ chức thực hiện.
Điều 13. Giám sát.
Điều 14. Điều khoản chuyển tiếp.
Điều 15. Điều khoản thi hành.
Điều 16. Phụ lục.
Điều 17. Khác.
Điều 18. Khác.
Điều 19. Khác.
Điều 20. Khác.
PHỤ LỤC
(Kèm theo Quyết định số 12/QĐ-UBND ngày 03 tháng 3 năm 2018 của Ủy ban nhân dân tỉnh)
"""
    h = run(text).header
    assert h.number is None and h.date is None


def test_signature_only_page_keeps_its_behalf_line():
    text = """CÔNG BÁO/Số 210/Ngày 02-04-2026
55
Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Cơ quan: VĂN PHÒNG CHÍNH PHỦ
Ngày ký: 2026-04-01 10:00:00 +07:00
CÔNG BÁO/Số 210/Ngày 02-04-2026
56
TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Trần Hồng Hà
"""
    h = run(text).header
    assert h.issuer == "CHÍNH PHỦ"
    assert h.signer == "Trần Hồng Hà"
