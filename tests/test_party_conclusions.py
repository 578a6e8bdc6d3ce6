"""Party committee documents (Chương trình, Chỉ thị, Thông báo kết luận of a Tỉnh ủy / Huyện ủy)
and chairmen's Thông báo kết luận (samples/text/n*: n1-n3 real, n4-n6 written for the project).

Each test runs sentences written for the test in the shape these genres use, not the samples'
sentences: the rules must hold for the way of writing, not for one document."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import process_text, responsible, task_starting
from pipeline.extract.offices import load_gazetteer, roles_in_sentence, split_office_list
from pipeline.extract.temporal import find_deadline, find_recurrence
from pipeline.model import Document, lines_from_text
from pipeline.structure.sections import page_number_lines


# conftest's helpers, under the short names this file's tests use
_process = process_text
_task = task_starting
_offices = responsible


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


PARTY_HEAD = """HUYỆN ỦY ĐỨC THỌ
*
Số 112-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Đức Thọ, ngày 14 tháng 3 năm 2025

KẾ HOẠCH
thực hiện Chỉ thị số 27-CT/TU của Ban Thường vụ Tỉnh ủy

"""
PARTY_TAIL = """
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (để b/c);
- Lưu Văn phòng Huyện ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC

Lê Văn Hòa
"""


def test_a_closing_responsibility_line_gives_its_bodies_to_the_group_above(tmp_path):
    """'Trách nhiệm lãnh đạo, chỉ đạo: X; Y.' after the bullets of an item: the bodies carry out
    every bullet of that item, not those of the next item."""
    body = """II. NHIỆM VỤ
1. Công tác tuyên truyền
- Tổ chức quán triệt Chỉ thị đến toàn thể cán bộ, đảng viên.
- Biên soạn tài liệu hỏi đáp, phát đến các thôn, tổ dân phố.
Trách nhiệm lãnh đạo, chỉ đạo: Ban Tuyên giáo và Dân vận Huyện ủy; các chi, đảng bộ cơ sở.
2. Công tác kiểm tra
- Kiểm tra việc thực hiện Chỉ thị tại các xã trong quý III/2025.
Trách nhiệm chỉ đạo thực hiện: Ủy ban Kiểm tra Huyện ủy.
"""
    doc = _process(tmp_path, PARTY_HEAD + body + PARTY_TAIL)
    first = _offices(doc, "Tổ chức quán triệt Chỉ thị")
    assert first == _offices(doc, "Biên soạn tài liệu hỏi đáp")
    assert first == ["Ban Tuyên giáo và Dân vận Huyện ủy", "Các chi, đảng bộ cơ sở"]
    assert _offices(doc, "Kiểm tra việc thực hiện Chỉ thị") == ["Ủy ban Kiểm tra Huyện ủy"]
    assert _task(doc, "Kiểm tra việc thực hiện Chỉ thị").deadline == dt.date(2025, 9, 30)


def test_a_party_header_names_the_committee_not_the_party(tmp_path):
    """'ĐẢNG CỘNG SẢN VIỆT NAM' stands where the state's motto goes; the issuer is the committee
    in the left column, and the standing deputy signs with his full rank."""
    doc = _process(tmp_path, PARTY_HEAD + "I. MỤC ĐÍCH\n1. Các chi bộ quán triệt Chỉ thị.\n" + PARTY_TAIL)
    assert doc.header.issuer.casefold() == "huyện ủy đức thọ"
    assert doc.header.number == "112-KH/HU"
    assert doc.header.signer_title == "PHÓ BÍ THƯ THƯỜNG TRỰC"
    assert doc.header.signer == "Lê Văn Hòa"


def test_a_party_organ_leads_the_state_body_it_sits_in(tmp_path):
    """Under '1. Ban cán sự đảng UBND huyện', 'Lãnh đạo UBND huyện chỉ đạo ...' and 'Chỉ đạo Phòng
    X chủ trì ...' are the organ's duties (ANNOTATION: in 'Chỉ đạo X' X is directed); under
    '2. Đảng ủy Công an huyện lãnh đạo Công an huyện:' the items are the Đảng ủy's."""
    body = """Ban Thường vụ Huyện ủy yêu cầu:
1. Ban cán sự đảng UBND huyện
- Lãnh đạo UBND huyện chỉ đạo các xã rà soát hộ nghèo, xong trước ngày 30/6/2025.
- Chỉ đạo Phòng Văn hóa - Xã hội chủ trì, phối hợp với các xã lập danh sách hộ cần hỗ trợ.
2. Đảng ủy Công an huyện lãnh đạo Công an huyện:
a) Tăng cường tuần tra, kiểm soát tại các địa bàn trọng điểm.
b) Xử lý nghiêm các trường hợp vi phạm trật tự an toàn giao thông.
3. Các chi, đảng bộ cơ sở
- Nắm chắc tình hình tư tưởng của đảng viên ở khu dân cư.
"""
    doc = _process(tmp_path, PARTY_HEAD + body + PARTY_TAIL)
    assert _offices(doc, "Lãnh đạo UBND huyện chỉ đạo") == ["Ban cán sự đảng UBND huyện"]
    assert _task(doc, "Lãnh đạo UBND huyện chỉ đạo").deadline == dt.date(2025, 6, 30)
    assert _offices(doc, "Chỉ đạo Phòng Văn hóa") == ["Ban cán sự đảng UBND huyện"]
    assert _offices(doc, "Tăng cường tuần tra") == ["Đảng ủy Công an huyện"]
    assert _offices(doc, "Xử lý nghiêm các trường hợp") == ["Đảng ủy Công an huyện"]
    assert _offices(doc, "Nắm chắc tình hình tư tưởng") == ["Các chi, đảng bộ cơ sở"]


def test_leaders_who_must_do_something_stay_the_subject(gaz):
    """'Lãnh đạo các địa phương cần ...' is the leaders' duty: the noun, not the verb."""
    assert [r.office for r in roles_in_sentence("Lãnh đạo các địa phương cần giữ vững kỷ cương hành chính.", gaz)
            if r.role == "lead"] == ["Lãnh đạo các địa phương"]


def test_party_units_with_their_committee_are_one_office(gaz):
    assert [r.office for r in roles_in_sentence(
        "Ủy ban Kiểm tra Thành ủy chủ trì, phối hợp với Văn phòng Thành ủy giám sát việc thực hiện.", gaz)] \
        == ["Ủy ban Kiểm tra Thành ủy", "Văn phòng Thành ủy"]
    assert [n for n, _w in split_office_list("Ban Tuyên giáo và Dân vận Tỉnh ủy", gaz)] == ["Ban Tuyên giáo và Dân vận Tỉnh ủy"]
    # a collective narrowed to its level, and 'X lãnh đạo Y' where Y is led, not a second office
    assert [n for n, _w in split_office_list("các đoàn thể huyện", gaz)] == ["Các đoàn thể huyện"]
    assert [n for n, _w in split_office_list("các sở, ngành tỉnh Quảng Bình", gaz)] == ["Các sở, ngành"]
    assert "Lãnh đạo UBND xã" not in [n for n, _w in split_office_list("Đảng ủy xã lãnh đạo UBND xã", gaz)]


def test_a_chairmans_conclusions_date_the_events_they_set():
    """A clock time or a part of the day dates a meeting or a visit the work is for; a date the
    past tense governs is no deadline."""
    d = find_deadline("Chủ trì chuẩn bị nội dung buổi làm việc với Bộ Xây dựng lúc 9 giờ ngày 12/11/2025.", 2025)
    assert d.date == dt.date(2025, 11, 12)
    d = find_deadline("Phối hợp tổ chức đoàn khảo sát các điểm sạt lở chiều ngày 18/11/2025 và báo cáo kết quả.", 2025)
    assert d.date == dt.date(2025, 11, 18)
    assert find_deadline("Đoàn công tác đã làm việc với UBND xã sáng ngày 05/11/2025.", 2025) is None
    assert find_deadline("Thực hiện Công văn số 215/UBND-KT ngày 05/11/2025 của UBND tỉnh.", 2025) is None
    # the month's session of a periodic event, not a monthly duty
    d = find_deadline("Chuẩn bị nội dung tiếp xúc cử tri định kỳ tháng 12/2025.", 2025)
    assert d.date == dt.date(2025, 12, 31)
    assert find_recurrence("Chuẩn bị nội dung tiếp xúc cử tri định kỳ tháng 12/2025.") is None
    assert find_recurrence("Báo cáo định kỳ tháng gửi Văn phòng Tỉnh ủy.") == "monthly"
    # a date listed after one set by the same phrase ('và cả ngày ...') is part of it
    assert find_deadline("Sáng ngày 03/12 và cả ngày 04/12/2025", 2025, attribute=True).date == dt.date(2025, 12, 4)


def test_thong_bao_over_y_kien_ket_luan_is_a_conclusions_notice(tmp_path):
    text = """ỦY BAN NHÂN DÂN
HUYỆN CAN LỘC
Số: 88/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Can Lộc, ngày 02 tháng 4 năm 2024

THÔNG BÁO
Ý kiến kết luận của đồng chí Chủ tịch UBND huyện tại buổi làm việc với xã Vượng Lộc

Ngày 29/3/2024, đồng chí Chủ tịch UBND huyện đã làm việc với xã Vượng Lộc. Cùng dự có lãnh đạo các phòng: Tài chính - Kế hoạch, Nông nghiệp và Phát triển nông thôn. Đồng chí Chủ tịch UBND huyện kết luận như sau:
1. Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với UBND xã Vượng Lộc rà soát nguồn vốn, báo cáo UBND huyện trước ngày 20/4/2024.
2. UBND xã Vượng Lộc hoàn thành giải phóng mặt bằng tuyến đường trục xã trong tháng 5/2024.

Nơi nhận:
- Như trên;
- Lưu: VT.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Trần Văn Nam
"""
    doc = _process(tmp_path, text)
    assert doc.header.doc_type == "Thông báo kết luận"
    assert not any(t.text.startswith("Cùng dự có") for t in doc.tasks)
    assert _task(doc, "Giao Phòng Tài chính - Kế hoạch").deadline == dt.date(2024, 4, 20)
    assert _task(doc, "UBND xã Vượng Lộc hoàn thành").deadline == dt.date(2024, 5, 31)


def test_page_numbers_of_a_text_layer_are_not_item_labels(tmp_path):
    """A lone number that breaks a sentence shows the text layer prints page numbers: '2'
    between two bullets of item 1.1 is then page 2, not item 2 of the list."""
    body = """III. NHIỆM VỤ
1. Nhiệm vụ thường xuyên
1.1. Công tác tuyên truyền
- Tổ chức tuyên truyền về bảo vệ môi trường đến các thôn, bản. Duy trì các mô hình phân loại rác
thải tại nguồn.

2

- Biểu dương kịp thời các tập thể, cá nhân điển hình trong phong trào bảo vệ môi trường tại

3

khu dân cư.
"""
    doc = _process(tmp_path, PARTY_HEAD + body + PARTY_TAIL)
    assert _task(doc, "Biểu dương kịp thời các tập thể").section == "III > 1 > 1.1"
    lines = Document("t", lines=lines_from_text("1. Mục một.\n\n3\n\n- Ủy ban nhân dân các huyện:\n"))
    assert page_number_lines(lines) == set()  # no page break inside a sentence: '3' may be an item
