"""Genres measured in session 6 (gold t1-t7): Công điện, a chairman's Thông báo kết luận, a
ministry's Kế hoạch with its Phụ lục task table, and directives reprinted by the press.

Every document here is written for the test in the shape of those genres (none is a sample's
sentence): the rules must hold for the genre, not for the documents of the gold."""
from __future__ import annotations

import datetime as dt

from tests.conftest import office_names, process_text, task_starting

CONG_DIEN = """BỘ Y TẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 15/CĐ-BYT
Hà Nội, ngày 04 tháng 3 năm 2025

CÔNG ĐIỆN
Về việc tăng cường phòng, chống dịch sởi

BỘ TRƯỞNG BỘ Y TẾ điện:
- Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương;
- Giám đốc các bệnh viện trực thuộc Bộ.

Số ca mắc sởi tăng nhanh tại nhiều địa phương trong những tuần gần đây.
Để chủ động kiểm soát dịch, Bộ trưởng Bộ Y tế yêu cầu:
1. Sở Y tế các tỉnh, thành phố trực thuộc Trung ương chủ trì, phối hợp với các đơn vị liên quan rà soát đối tượng chưa tiêm vắc xin, hoàn thành tiêm bù trước ngày 31 tháng 3 năm 2025. Điều tra, làm rõ nguồn lây tại các ổ dịch mới.
2. Các bệnh viện trực thuộc Bộ bố trí khu cách ly riêng cho bệnh nhân sởi.
3. Cục Y tế dự phòng theo dõi, tổng hợp tình hình, báo cáo Bộ trưởng hằng tuần./.

Nơi nhận:
- Như trên;
- Lưu: VT, DP.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Nguyễn Văn B
"""


def test_cong_dien_header_addressees_and_demands(tmp_path):
    doc = process_text(tmp_path, CONG_DIEN)
    h = doc.header
    assert (h.doc_type, h.number, h.date) == ("Công điện", "15/CĐ-BYT", dt.date(2025, 3, 4))
    # the list after '... điện:' is the dispatch's addressees, as a letter's 'Kính gửi'
    assert h.addressees == ["Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương",
                            "Giám đốc các bệnh viện trực thuộc Bộ"]
    first = task_starting(doc, "Sở Y tế các tỉnh")
    assert office_names(first)[0].startswith("Sở Y tế")
    assert first.deadline == dt.date(2025, 3, 31)
    # a second sentence of the same item that opens with its verb goes on with the item's body
    probe = task_starting(doc, "Điều tra, làm rõ nguồn lây")
    assert office_names(probe)[:1] == office_names(first)[:1]
    assert task_starting(doc, "Cục Y tế dự phòng").recurrence == "weekly"
    assert not any(t.text.startswith(("- Giám đốc", "Giám đốc Sở Y tế")) for t in doc.tasks)


PRESS_LEAD = """Bộ trưởng Bộ Y tế Đào Hồng Lan vừa ký Công điện số 1099/CĐ-BYT ngày 02/8/2024 về việc phòng, chống dịch tay chân miệng.

Công điện gửi Giám đốc Sở Y tế các tỉnh, thành phố, nêu rõ:

1. Sở Y tế các tỉnh, thành phố tăng cường giám sát, phát hiện sớm các ca bệnh tại cộng đồng và trường học.

2. Các bệnh viện nhi bố trí đủ giường bệnh, thuốc và trang thiết bị để thu dung người bệnh.
"""


def test_press_lead_names_the_dispatch_and_its_signer(tmp_path):
    doc = process_text(tmp_path, PRESS_LEAD)
    h = doc.header
    assert (h.doc_type, h.number, h.date) == ("Công điện", "1099/CĐ-BYT", dt.date(2024, 8, 2))
    assert h.issuer == "Bộ trưởng Bộ Y tế"
    assert h.signer == "Đào Hồng Lan"
    assert "Sở Y tế các tỉnh, thành phố" in office_names(task_starting(doc, "Sở Y tế các tỉnh, thành phố tăng cường"))


def test_press_lead_of_a_committee_has_no_signer(tmp_path):
    from pipeline.structure.posted import SIGNED_LEAD_RE, _office_and_person

    m = SIGNED_LEAD_RE.match("UBND tỉnh Bình Định vừa ban hành Kế hoạch số 12/KH-UBND ngày 3/2/2024 về việc trồng cây")
    assert m and (m.group("type"), m.group("num")) == ("Kế hoạch", "12/KH-UBND")
    assert _office_and_person(m.group("who")) == ("UBND tỉnh Bình Định", None)
    # a chairman named after the province: the place keeps its two words, the rest is the person
    m = SIGNED_LEAD_RE.match("Chủ tịch UBND tỉnh Thái Bình Nguyễn Khắc Thận đã ký Công điện số 05/CĐ-UBND ngày 6/9/2024")
    assert _office_and_person(m.group("who")) == ("Chủ tịch UBND tỉnh Thái Bình", "Nguyễn Khắc Thận")
    # a lead that names a letter received is no identity of the text ('nhận được' is no verb here)
    assert SIGNED_LEAD_RE.match("UBND tỉnh nhận được Công văn số 55/BXD-QLN ngày 2/3/2024 của Bộ Xây dựng") is None


def test_upper_case_duty_heading_names_the_holder(gaz):
    from pipeline.extract.assign import heading_offices

    got = heading_offices("NHIỆM VỤ CỤ THỂ CỦA SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", gaz)
    assert [r.office for r in got] == ["Sở Nông nghiệp và Phát triển nông thôn"]
    got = heading_offices("TRÁCH NHIỆM CỦA SỞ Y TẾ VÀ SỞ TÀI CHÍNH:", gaz)
    assert [r.office for r in got] == ["Sở Y tế", "Sở Tài chính"]
    # a title that names no body, or a collective (read by the appendix rule), holds nothing here
    assert heading_offices("NHIỆM VỤ TRỌNG TÂM CỦA NĂM 2025", gaz) == []
    assert heading_offices("NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH", gaz) == []


DUTY_PLAN = """SỞ Y TẾ TỈNH NINH BÌNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 40/KH-SYT
Ninh Bình, ngày 10 tháng 5 năm 2025

KẾ HOẠCH
Phòng, chống sốt xuất huyết năm 2025

I. NHIỆM VỤ CHỦ YẾU CỦA SỞ Y TẾ
1. Chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức truyền thông phòng bệnh trong trường học.
2. Phối hợp với Sở Tài chính bố trí kinh phí mua hóa chất diệt muỗi.
II. TỔ CHỨC THỰC HIỆN
1. Trung tâm Kiểm soát bệnh tật tỉnh giám sát ca bệnh, báo cáo Sở Y tế trước ngày 15/6/2025.

Nơi nhận:
- Lưu: VT.
GIÁM ĐỐC

Trần Văn C
"""


def test_items_under_a_duty_heading_get_its_body(tmp_path):
    doc = process_text(tmp_path, DUTY_PLAN)
    first = task_starting(doc, "Chủ trì, phối hợp với Sở Giáo dục")
    assert office_names(first) == ["Sở Y tế", "Sở Giáo dục và Đào tạo"]
    assert [o.office for o in first.offices if o.role == "lead"] == ["Sở Y tế"]
    second = task_starting(doc, "Phối hợp với Sở Tài chính")
    assert set(office_names(second)) == {"Sở Y tế", "Sở Tài chính"}
    # a body named in the item itself is not overridden
    third = task_starting(doc, "Trung tâm Kiểm soát bệnh tật tỉnh")
    assert office_names(third)[0] == "Trung tâm Kiểm soát bệnh tật tỉnh"
    assert "Sở Y tế" not in [o.office for o in third.offices if o.role != "report-to"]


CONCLUSION = """ỦY BAN NHÂN DÂN
HUYỆN ĐỨC PHỔ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 88/TB-UBND
Đức Phổ, ngày 14 tháng 11 năm 2024

THÔNG BÁO
Ý kiến kết luận của Chủ tịch UBND huyện tại cuộc họp về công tác thu ngân sách

Ngày 12/11/2024, Chủ tịch UBND huyện chủ trì cuộc họp về tiến độ thu ngân sách. Sau khi nghe báo cáo, Chủ tịch UBND huyện kết luận như sau:
1. Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Chi cục Thuế khu vực rà soát các khoản nợ đọng, báo cáo UBND huyện trước ngày 30/11/2024.
2. Đề nghị UBND các xã, thị trấn đôn đốc thu tiền sử dụng đất trong tháng 12/2024.
Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Lê Văn D
"""


def test_chairman_conclusion_notice(tmp_path):
    doc = process_text(tmp_path, CONCLUSION)
    assert doc.header.doc_type == "Thông báo kết luận"
    assert doc.header.signer_title == "CHÁNH VĂN PHÒNG"
    given = task_starting(doc, "Giao Phòng Tài chính - Kế hoạch")
    assert [o.office for o in given.offices if o.role == "lead"] == ["Phòng Tài chính - Kế hoạch"]
    assert "Chi cục Thuế khu vực" in office_names(given)
    assert given.deadline == dt.date(2024, 11, 30)
    asked = task_starting(doc, "Đề nghị UBND các xã, thị trấn")
    assert office_names(asked) == ["UBND các xã, thị trấn"]
    assert asked.deadline == dt.date(2024, 12, 31)


POSTED_BODY = """CÔNG ĐIỆN Về việc chủ động phòng, chống rét đậm, rét hại

Để chủ động ứng phó với đợt rét đậm, Chủ tịch UBND tỉnh yêu cầu:
1. Sở Nông nghiệp và Môi trường hướng dẫn người dân che chắn chuồng trại, bảo vệ đàn gia súc.
2. Sở Giáo dục và Đào tạo cho học sinh nghỉ học khi nhiệt độ xuống dưới 7 độ C. 3. Sở Y tế bố trí thuốc, trang thiết bị cấp cứu tại các trạm y tế xã, hoàn thành trước ngày Nhà giáo Việt Nam 20/11/2025.
4. Ủy ban nhân dân các xã hỗ trợ các hộ nghèo mua chăn ấm.
Mức hỗ trợ: 500.000 đồng/hộ, từ nguồn dự phòng ngân sách.
"""


def test_posted_dispatch_glued_item_amount_line_and_named_day(tmp_path):
    doc = process_text(tmp_path, POSTED_BODY)
    assert doc.header.doc_type == "Công điện"
    # item 3 printed on the line of item 2 is item 3
    health = task_starting(doc, "Sở Y tế bố trí thuốc")
    assert health.section == "3"
    assert task_starting(doc, "Sở Giáo dục và Đào tạo cho học sinh").section == "2"
    # 'trước ngày Nhà giáo Việt Nam 20/11/2025': a named day between 'ngày' and its date
    assert health.deadline == dt.date(2025, 11, 20)
    # the amount that goes with item 4 is no task of its own
    assert not any(t.text.startswith("Mức hỗ trợ") for t in doc.tasks)
    assert task_starting(doc, "Ủy ban nhân dân các xã hỗ trợ").section == "4"
