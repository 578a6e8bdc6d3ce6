"""header22: the classes measure18 named on its header misses (issue 5, header fields on new text): a post that names
several documents and the one it is about last, a paper's note of the city after a body, an event lead or an officer's ask
naming the body, a reporter's clause before the officer who tells of the act, a 'văn bản' whose symbol names its type.

Invented wordings, several per rule.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure


def _header(text: str):
    doc = Document(doc_id="t", lines=lines_from_text(text))
    structure(doc, Config())
    return doc.header


_BACKGROUND = ("Thời gian qua, thời tiết nắng nóng kéo dài, nguy cơ cháy rừng rất cao. Ngày 15/3/2023, UBND tỉnh đã ban hành "
               "Chỉ thị số 08/CT-UBND về tăng cường công tác quản lý bảo vệ rừng.")
_OWN = ("Thực hiện Công điện số 481/CĐ-TTg ngày 20/5/2023 của Thủ tướng Chính phủ và Chỉ thị 08/CT-UBND của UBND tỉnh, Chủ tịch "
        "Ủy ban nhân dân tỉnh đã có Công văn số 2552 /UBND-NN ngày  22/5/2023 yêu cầu các sở, ngành, địa phương triển khai ngay.")


@pytest.mark.parametrize("title", [
    "Triển khai Công điện số 481/CĐ-TTg của Thủ tướng Chính phủ về phòng cháy, chữa cháy rừng",
    "Thực hiện Công điện 481/CĐ-TTg ngày 20/5/2023 của Thủ tướng Chính phủ",
    "Công điện số 481/CĐ-TTg của Thủ tướng Chính phủ về tăng cường phòng cháy rừng",
    "Tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng",
])
def test_the_document_issued_in_answer_to_the_cited_ones_is_the_posts(title):
    h = _header(title + "\n" + _BACKGROUND + "\n" + _OWN)
    assert (h.doc_type, h.number, h.date) == ("Công văn", "2552/UBND-NN", dt.date(2023, 5, 22))
    assert h.signer_title == "Chủ tịch"


@pytest.mark.parametrize("text, doc_type, number, issuer", [
    ("Quảng Nam triển khai Công điện 12/CĐ-TTg về phòng chống cháy rừng\nThực hiện Công điện số 12/CĐ-TTg ngày 3/4/2024 của "
     "Thủ tướng Chính phủ và Chỉ thị số 05/CT-UBND của UBND tỉnh, để chủ động phòng cháy rừng, Chủ tịch UBND tỉnh Quảng Nam đã "
     "có Công văn số 1450/UBND-KTN gửi các sở, ngành.", "Công văn", "1450/UBND-KTN", "UBND tỉnh Quảng Nam"),
    ("Phòng cháy rừng mùa khô\nThực hiện Công điện số 481/CĐ-TTg, để chủ động phòng cháy rừng, ngày 22/5/2023, UBND tỉnh Thừa "
     "Thiên Huế vừa ban hành Kế hoạch số 99/KH-UBND về phòng cháy rừng.", "Kế hoạch", "99/KH-UBND", "UBND tỉnh Thừa Thiên Huế"),
    # (a post whose only document is named after its grounds: unchanged)
    ("Thực hiện Chỉ thị số 20/CT-TTg của Thủ tướng Chính phủ và Nghị quyết số 15/NQ-TU của Tỉnh ủy, UBND tỉnh Bến Tre vừa có "
     "Công văn số 300/UBND-VX đề nghị các sở, ngành tăng cường kiểm tra.", "Công văn", "300/UBND-VX", "UBND tỉnh Bến Tre"),
])
def test_grounds_then_the_bodys_own_numbered_document(text, doc_type, number, issuer):
    h = _header(text)
    assert (h.doc_type, h.number, h.issuer) == (doc_type, number, issuer)


@pytest.mark.parametrize("text, doc_type, issuer", [
    ("Chiều qua 30.10, UBND TP.Thủ Đức (TP.HCM) ban hành công văn chấn chỉnh công tác an toàn thực phẩm trong trường học.",
     "Công văn", "UBND TP.Thủ Đức"),
    ("Chiều 30.10, UBND huyện Nhà Bè (TP.HCM) ban hành công văn chấn chỉnh công tác an toàn thực phẩm.", "Công văn",
     "UBND huyện Nhà Bè"),
    ("Ngày 4/5, UBND huyện Núi Thành (tỉnh Quảng Nam) vừa có công văn yêu cầu các xã kiểm tra.", "Công văn",
     "UBND huyện Núi Thành"),
    ("Sáng 2/3, UBND quận Hoàn Kiếm (Hà Nội) đã ban hành kế hoạch phòng cháy chữa cháy năm 2024.", "Kế hoạch",
     "UBND quận Hoàn Kiếm"),
])
def test_a_papers_note_of_the_city_after_the_body(text, doc_type, issuer):
    h = _header(text)
    assert (h.doc_type, h.issuer) == (doc_type, issuer)


@pytest.mark.parametrize("text, issuer", [
    ("Sáng 23.6, UBND TP. Hội An tổ chức hội nghị triển khai công tác phòng cháy chữa cháy năm 2023.\nChủ tịch UBND TP yêu cầu "
     "các phường, xã tăng cường kiểm tra.", "UBND TP. Hội An"),
    ("Sáng 14/3, UBND huyện Đức Hòa tổ chức hội nghị triển khai nhiệm vụ năm 2024.", "UBND huyện Đức Hòa"),
    ("Tăng cường phòng cháy\nNgày 9/11, Ủy ban nhân dân tỉnh Yên Bái tổ chức Hội nghị trực tuyến đánh giá công tác phòng cháy.",
     "Ủy ban nhân dân tỉnh Yên Bái"),
    ("Chiều 2/9, UBND huyện Mỹ Đức đã tổ chức Lễ phát động phong trào toàn dân bảo vệ an ninh Tổ quốc.", "UBND huyện Mỹ Đức"),
    ("Sáng 3/4, Sở Y tế tỉnh Nghệ An tổ chức cuộc họp về phòng chống dịch. Giám đốc Sở yêu cầu các bệnh viện chuẩn bị.",
     "Sở Y tế tỉnh Nghệ An"),
    ("Ngày 5/7, đồng chí Nguyễn Văn An, Trưởng Ban Pháp chế HĐND tỉnh đề nghị UBND xã tăng cường kiểm tra công tác phòng cháy.",
     "Ban Pháp chế HĐND tỉnh"),
    ("Kết luận buổi khảo sát, đồng chí Huỳnh Thị Hoa, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh đề nghị UBND huyện khẩn trương "
     "khắc phục.", "Ban Kinh tế - Ngân sách HĐND tỉnh"),
    ("Tại buổi làm việc, bà Lê Thị Mai, Giám đốc Sở Y tế đề nghị các đơn vị rà soát.", "Sở Y tế"),
])
def test_an_event_lead_or_an_officers_ask_names_the_body(text, issuer):
    h = _header(text)
    assert h.issuer == issuer
    assert h.doc_type is None and h.number is None and h.signer is None


def test_a_meeting_the_prime_minister_leads_names_no_body():
    assert _header("Ngày 17/5, Thủ tướng Nguyễn Tấn Dũng đã chủ trì cuộc họp bàn về an ninh trật tự.").issuer is None


@pytest.mark.parametrize("text, doc_type, issuer", [
    ("Trao đổi với phóng viên, ông Trần Văn Bình, Phó Chủ tịch UBND huyện Krông Pắc cho biết, UBND huyện đã ban hành công văn "
     "yêu cầu các xã kiểm tra.", "Công văn", "UBND huyện Krông Pắc"),
    ("Ngày 24/10, trao đổi với phóng viên Dân trí, ông Đầu Văn Tùng, Phó chủ tịch UBND tỉnh Thanh Hóa cho biết, sau khi nhận "
     "được công văn đề nghị của cơ quan điều tra, UBND tỉnh đã có công văn gửi các Sở.", "Công văn", "UBND tỉnh Thanh Hóa"),
    ("Chia sẻ với PV, ông Lê Văn Hải, Chủ tịch UBND xã Tân Lập cho biết, xã vừa ban hành kế hoạch ra quân dọn vệ sinh.",
     "Kế hoạch", "UBND xã Tân Lập"),
])
def test_a_reporters_clause_before_the_officer_who_tells_of_the_act(text, doc_type, issuer):
    h = _header(text)
    assert (h.doc_type, h.issuer, h.signer) == (doc_type, issuer, None)


@pytest.mark.parametrize("text, doc_type, number", [
    ("Sáng nay (27/5), Sở Giao thông Vận tải (GTVT) tỉnh Phú Yên đã có văn bản số 175/BC-SGTVT gửi Bộ GTVT.", "Báo cáo",
     "175/BC-SGTVT"),
    ("Ngày 3/4/2024, Sở Tài chính có văn bản số 88/TTr-STC trình UBND tỉnh.", "Tờ trình", "88/TTr-STC"),
    ("UBND tỉnh vừa có văn bản số 12/KH-UBND gửi các sở về việc triển khai.", "Kế hoạch", "12/KH-UBND"),
    # (a letter's symbol names no type; a text that calls it 'Công văn' keeps that)
    ("UBND tỉnh vừa có văn bản số 1234/UBND-KT gửi các sở.", "Công văn", "1234/UBND-KT"),
    ("UBND tỉnh vừa có Công văn số 12/KH-UBND gửi các sở.", "Công văn", "12/KH-UBND"),
])
def test_a_van_ban_takes_the_type_its_symbol_names(text, doc_type, number):
    h = _header(text)
    assert (h.doc_type, h.number) == (doc_type, number)
