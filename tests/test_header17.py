"""Header fields of press leads whose speaker is a place (session 15 round 2, branch header17, header batch V).

Counted first across sources: the `pages` corpus ('Thành phố Hà Nội yêu cầu các sở ...', 'Tỉnh Thanh Hóa vừa ban
hành công điện khẩn ...', 'Hải Phòng có văn bản yêu cầu ...', 'Hải Phòng cũng yêu cầu ...'), header_fields
('TP Hà Nội đã yêu cầu ...', U07), office_spans ('tỉnh Lạng Sơn đề nghị ...'). One mechanism, PLACE_SPEAKER_RE: a
province's or a centrally run city's name from the closed list of provinces, with or without 'TP', 'Thành phố',
'Tỉnh' before it, speaks for its committee; the issuer is written as the text names the place (the gold convention
of header_fields U07). The press abbreviates the city in a committee's name too ('UBND TP Hải Phòng', 'UBND TP. Đà
Nẵng', 'UBND TPHCM'), a paper's tag may hold '&' ('GD&TĐ - '), a speaker may 'tiếp tục' or 'cũng' act, and the
speaker may open the lead's second sentence. The wordings below are invented in those shapes.
"""
from __future__ import annotations

import pytest

from conftest import process_text
from pipeline.structure.posted import PLACE_SPEAKER_RE, press_lead


@pytest.mark.parametrize("text, doc_type, issuer", [
    ("Ngày 4/9, Quảng Ninh có văn bản yêu cầu các địa phương ven biển kêu gọi tàu thuyền vào nơi tránh trú.", None, "Quảng Ninh"),
    ("Tỉnh Nghệ An vừa ban hành công điện khẩn chỉ đạo các huyện ứng phó với bão số 3.", "Công điện", "Tỉnh Nghệ An"),
    ("Sáng 12/10, tỉnh Quảng Bình đã ra công điện khẩn về việc ứng phó lũ.", "Công điện", "tỉnh Quảng Bình"),
    ("TPHCM vừa có công văn số 2150/UBND-VX gửi các sở, ngành về việc phòng dịch sốt xuất huyết.", "Công văn", "TPHCM"),
    ("Ngày 5/6, thành phố Đà Nẵng ban hành Kế hoạch số 88/KH-UBND về chuyển đổi số.", "Kế hoạch", "thành phố Đà Nẵng"),
])
def test_a_place_named_alone_issues(text, doc_type, issuer):
    p = press_lead(text)
    assert p is not None and (p.doc_type, p.issuer, p.signer) == (doc_type, issuer, None)


@pytest.mark.parametrize("place", ["Hà Nội", "TP Hà Nội", "TP. Hồ Chí Minh", "Thành phố Cần Thơ", "tỉnh Lạng Sơn",
                                   "TP.HCM", "TPHCM", "Tỉnh Bà Rịa - Vũng Tàu"])
def test_the_places_read(place):
    assert PLACE_SPEAKER_RE.match(place)


@pytest.mark.parametrize("who", ["Hà Nam Ninh", "Quảng Ninh Lê Văn", "Sở Y tế", "Hội Nông dân", "Long"])
def test_no_other_words_are_places(who):
    assert not PLACE_SPEAKER_RE.match(who)


@pytest.mark.parametrize("text, issuer", [
    ("Trước thực trạng vi phạm tăng, TP Hà Nội đã yêu cầu các quận, huyện ra quân chấn chỉnh.\n", "TP Hà Nội"),
    ("Thành phố Cần Thơ yêu cầu các sở, ngành rà soát dự án chậm tiến độ.\n", "Thành phố Cần Thơ"),
    ("Để bảo đảm an toàn, tỉnh Lạng Sơn đề nghị các doanh nghiệp tạm dừng đưa hàng lên cửa khẩu.\n", "tỉnh Lạng Sơn"),
    ("Khánh Hòa cũng yêu cầu các khách sạn báo cáo số khách lưu trú hằng ngày.\n", "Khánh Hòa"),
])
def test_a_place_speaks_for_its_committee(tmp_path, text, issuer):
    assert process_text(tmp_path, text).header.issuer == issuer


@pytest.mark.parametrize("text, issuer", [
    ("(PLVN) -Trước tình hình mưa lớn kéo dài, UBND TP Hải Phòng tiếp tục chỉ đạo các quận khơi thông cống rãnh.\n",
     "UBND TP Hải Phòng"),
    ("UBND TP. Đà Nẵng yêu cầu các sở rà soát thủ tục hành chính.\n", "UBND TP. Đà Nẵng"),
    ("GD&TĐ - UBND TPHCM yêu cầu các trường tổ chức dạy học trực tuyến.\n", "UBND TPHCM"),
    ("ANTĐ - UBND TP.HCM chỉ đạo các quận kiểm tra an toàn cháy nổ.\n", "UBND TP.HCM"),
])
def test_a_city_abbreviated_in_its_committee(tmp_path, text, issuer):
    assert process_text(tmp_path, text).header.issuer == issuer


@pytest.mark.parametrize("text, issuer", [
    ("Kinhtedothi - Lượng rác thải tăng mạnh sau Tết. Trước thực trạng trên, TP Hà Nội đã yêu cầu các quận thu gom "
     "trong ngày.\n", "TP Hà Nội"),
    ("Nhiều tuyến đường bị ngập sâu sau trận mưa. Sở Xây dựng đã yêu cầu các đơn vị bơm tiêu nước.\n", "Sở Xây dựng"),
])
def test_the_speaker_opens_the_second_sentence(tmp_path, text, issuer):
    assert process_text(tmp_path, text).header.issuer == issuer


def test_a_place_asked_is_no_speaker(tmp_path):
    # ('Thủ tướng yêu cầu tỉnh Thanh Hóa ...': the province is asked, the Prime Minister speaks)
    h = process_text(tmp_path, "Thủ tướng Chính phủ yêu cầu tỉnh Thanh Hóa tiếp tục chăm lo các gia đình chính sách.\n").header
    assert h.issuer != "tỉnh Thanh Hóa"


@pytest.mark.parametrize("text, issuer, title, person", [
    ("Chiều 2.10, ông Trần Văn Nam, Phó chủ tịch UBND tỉnh Bến Tre cũng cho biết vừa ký ban hành công văn gửi các tỉnh lân cận.",
     "UBND tỉnh Bến Tre", "Phó Chủ tịch", "Trần Văn Nam"),
    ("Bà Lê Thị Hoa, Giám đốc Sở Y tế tỉnh Nam Định cho biết đã ký Công văn số 1200/SYT-NVY gửi các bệnh viện.",
     "Sở Y tế tỉnh Nam Định", "Giám đốc", "Lê Thị Hoa"),
])
def test_reported_speech_of_the_signer(text, issuer, title, person):
    p = press_lead(text)
    assert p is not None and (p.issuer, p.signer_title, p.signer) == (issuer, title, person)


@pytest.mark.parametrize("text, issuer", [
    ("Ông Phạm Văn Bình, Phó trưởng Ban An toàn giao thông tỉnh Bình Dương cho biết, Ban đã gửi văn bản đến các huyện.",
     "Ban An toàn giao thông tỉnh Bình Dương"),
    ("Ngày 8-6, UBND tỉnh Đồng Nai cho biết, đơn vị vừa có văn bản yêu cầu các sở, ngành kiểm tra.", "UBND tỉnh Đồng Nai"),
    ("Bà Lê Thị Hoa, Giám đốc Sở Y tế tỉnh Nam Định cho biết, Sở đã có Công văn số 1200/SYT-NVY gửi các bệnh viện.",
     "Sở Y tế tỉnh Nam Định"),
])
def test_reported_speech_of_the_body(text, issuer):
    # (the body acts, 'Ban đã gửi ...', 'đơn vị vừa có ...': no one is named as signing)
    p = press_lead(text)
    assert p is not None and (p.issuer, p.signer) == (issuer, None)


def test_someone_else_reported_is_no_lead():
    assert press_lead("Ông Trần Văn An cho biết, người dân đã gửi đơn lên xã nhiều lần.") is None


@pytest.mark.parametrize("text, doc_type", [
    ("UBND tỉnh Cà Mau vừa ban hành khẩn cấp công văn gửi các huyện ven biển.", "Công văn"),
    ("Bộ Nông nghiệp và Môi trường đã ban hành hỏa tốc công điện gửi các tỉnh miền Trung.", "Công điện"),
])
def test_urgency_before_the_type(text, doc_type):
    p = press_lead(text)
    assert p is not None and p.doc_type == doc_type


@pytest.mark.parametrize("text, issuer", [
    ("Phó Chủ tịch UBND TP Lê Văn Khoa yêu cầu các sở kiểm tra ngay.\n", "UBND TP"),
    ("UBND TP Hà Nội đã yêu cầu các quận rà soát.\n", "UBND TP Hà Nội"),
])
def test_a_name_after_tp_is_a_person_unless_a_place(tmp_path, text, issuer):
    # ('UBND TP Lê Văn Khoa': the chairman's name after the abbreviated city; 'UBND TP Hà Nội đã': no verb in the name)
    assert process_text(tmp_path, text).header.issuer == issuer
