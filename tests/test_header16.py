"""Header fields of press leads in shapes earlier readers missed (session 15, branch header16, header
batches T-U).

Each reader is written for a class, with wordings seen in several press and portal posts of the `pages`
corpus and invented ones in the same shapes (never a batch's sentence):
- 'lately' before the lead ('Mới đây, ...', 'Vừa qua, ...', 'Gần đây, ...') or between who and the verb
  ('Cục ..., Bộ Y tế mới đây có công văn ...'); the hour it was sent ('Hồi 16h30, ...', 'Lúc 9 giờ ngày 5/8, ...');
  the part of the day in lower case after the grounds ('Thực hiện ..., sáng 3-2, ...'); the day between who and
  the verb ('Văn phòng UBND TP ngày 14/6 đã có thông báo ...');
- 'gửi' names the act as 'có' and 'ban hành' do ('đã gửi công điện');
- a number alone after the type and its urgency ('Chỉ thị 03 yêu cầu', 'văn bản khẩn 2556 gửi');
- a unit's parent in brackets in words ('Cục ... (Bộ Y tế)') or after a comma ('Cục ..., Bộ Y tế');
- the headline run into the lead by a tag page ('... để phòng dịch (PLVN) - UBND TP ...');
- 'Phó chủ tịch' in lower case (a press style) is the deputy chairman's title;
- a speaker after 'Tại văn bản này,', 'Trong công văn trên,', 'Mới đây,'.
"""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import process_text
from pipeline.structure.posted import press_lead


@pytest.mark.parametrize("text, issuer", [
    ("Mới đây, Sở Y tế tỉnh Bình Định đã có công văn gửi các bệnh viện về việc bảo đảm an ninh.", "Sở Y tế tỉnh Bình Định"),
    ("Vừa qua, UBND huyện Đông Anh đã ban hành Kế hoạch số 45/KH-UBND về tổng vệ sinh môi trường.", "UBND huyện Đông Anh"),
    ("Gần đây, Bộ Công Thương vừa có công văn gửi các doanh nghiệp xăng dầu.", "Bộ Công Thương"),
    ("Trước tình hình mưa lũ, mới đây, Sở Nông nghiệp và Môi trường đã có văn bản số 112/SNNMT-TL gửi các xã.",
     "Sở Nông nghiệp và Môi trường"),
])
def test_lately_before_the_lead(text, issuer):
    p = press_lead(text)
    assert p is not None and p.issuer == issuer


@pytest.mark.parametrize("text, issuer", [
    ("Cục Thú y, Bộ Nông nghiệp và Môi trường mới đây có công văn gửi các địa phương về phòng dịch.", "Cục Thú y"),
    ("Vụ Pháp chế, Bộ Tài chính vừa qua đã có văn bản số 77/BTC-PC gửi các đơn vị.", "Vụ Pháp chế"),
    ("Cục An toàn thực phẩm (Bộ Y tế) đã có công văn khẩn gửi Sở Y tế các tỉnh.", "Cục An toàn thực phẩm"),
    ("Chi cục Kiểm lâm (Sở Nông nghiệp và Phát triển nông thôn) vừa ban hành Công điện số 03/CĐ-KL gửi các hạt.",
     "Chi cục Kiểm lâm"),
])
def test_a_unit_under_its_parent(text, issuer):
    p = press_lead(text)
    assert p is not None and p.issuer == issuer


@pytest.mark.parametrize("text, issuer, number", [
    ("Hồi 9h15, Ban Chỉ đạo phòng chống thiên tai tỉnh đã có Công điện số 12/CĐ-PCTT gửi các huyện.",
     "Ban Chỉ đạo phòng chống thiên tai tỉnh", "12/CĐ-PCTT"),
    ("Lúc 14 giờ, BCĐ Quốc gia về phòng, chống dịch đã ban hành Công điện số 5/CĐ-BCĐ gửi các tỉnh.",
     "BCĐ Quốc gia về phòng, chống dịch", "5/CĐ-BCĐ"),
])
def test_the_hour_before_the_lead(text, issuer, number):
    p = press_lead(text)
    assert p is not None and (p.issuer, p.number) == (issuer, number)


def test_the_hour_then_the_day():
    p = press_lead("Lúc 10 giờ ngày 5/8/2022, UBND tỉnh Quảng Ngãi đã ban hành Công điện số 07/CĐ-UBND gửi các sở.")
    assert p is not None and p.issuer == "UBND tỉnh Quảng Ngãi" and p.date == dt.date(2022, 8, 5)


@pytest.mark.parametrize("text, title, person", [
    ("Thực hiện chỉ đạo của Thủ tướng Chính phủ, chiều 12-3, Phó chủ tịch UBND tỉnh Lê Văn Hải đã ký văn bản số "
     "900/UBND-VX về việc phòng dịch.", "Phó Chủ tịch", "Lê Văn Hải"),
    ("Căn cứ đề nghị của Sở Y tế, sáng ngày 4/5, Chủ tịch UBND tỉnh Trần Văn Nam đã ký Quyết định số 55/QĐ-UBND "
     "về việc công bố dịch.", "Chủ tịch", "Trần Văn Nam"),
])
def test_the_part_of_the_day_after_the_grounds(text, title, person):
    p = press_lead(text)
    assert p is not None and (p.signer_title, p.signer) == (title, person)


@pytest.mark.parametrize("text, issuer, day", [
    ("Văn phòng UBND tỉnh Nghệ An ngày 3/7 đã có thông báo kết luận của Chủ tịch UBND tỉnh về dự án.",
     "Văn phòng UBND tỉnh Nghệ An", (3, 7)),
    ("Sở Xây dựng ngày 21/10 vừa có công văn gửi các chủ đầu tư về an toàn lao động.", "Sở Xây dựng", (21, 10)),
])
def test_the_day_between_who_and_the_verb(text, issuer, day):
    p = press_lead(text)
    assert p is not None and p.issuer == issuer and p.lead_dm == day


@pytest.mark.parametrize("text, doc_type, issuer", [
    ("Bộ trưởng Bộ Nông nghiệp và Môi trường đã gửi công điện đề nghị các tỉnh ứng phó bão.", "Công điện",
     "Bộ Nông nghiệp và Môi trường"),
    ("UBND tỉnh Hà Tĩnh vừa gửi công văn hỏa tốc tới các huyện về việc sơ tán dân.", "Công văn", "UBND tỉnh Hà Tĩnh"),
])
def test_sent_names_the_act(text, doc_type, issuer):
    p = press_lead(text)
    assert p is not None and (p.doc_type, p.issuer) == (doc_type, issuer)


@pytest.mark.parametrize("text, doc_type, number", [
    ("UBND tỉnh Bắc Ninh vừa ban hành Chỉ thị 05 yêu cầu các cấp tăng cường phòng cháy.", "Chỉ thị", "05"),
    ("Chủ tịch UBND TP Đà Nẵng vừa ký văn bản khẩn 1245 gửi các sở, ngành.", "Công văn", "1245"),
    ("Sở Giáo dục và Đào tạo vừa ban hành Công văn 318 về việc cho học sinh nghỉ học.", "Công văn", "318"),
    ("UBND TP Hải Phòng vừa ban hành Văn bản khẩn số 4021 chỉ đạo các quận.", "Công văn", "4021"),
])
def test_a_number_alone_after_the_type(text, doc_type, number):
    p = press_lead(text)
    assert p is not None and (p.doc_type, p.number) == (doc_type, number)


def test_a_count_after_the_type_is_not_a_number():
    # ('Kế hoạch 5 năm ...': a span of years, no number)
    p = press_lead("UBND tỉnh Lào Cai vừa ban hành Kế hoạch 5 năm phát triển nông nghiệp.")
    assert p is None or p.number is None


@pytest.mark.parametrize("text, issuer", [
    ("Hà Tĩnh siết chặt quản lý khai thác cát (VOV) - UBND tỉnh Hà Tĩnh vừa ban hành Công văn số 300/UBND-NL1 gửi "
     "các sở.", "UBND tỉnh Hà Tĩnh"),
    ("Học sinh được nghỉ học tránh bão (GDTĐ) - Sở Giáo dục và Đào tạo Quảng Bình vừa có công văn hỏa tốc gửi các "
     "trường.", "Sở Giáo dục và Đào tạo Quảng Bình"),
])
def test_a_headline_run_into_the_tagged_lead(text, issuer):
    p = press_lead(text)
    assert p is not None and p.issuer == issuer


@pytest.mark.parametrize("text, issuer", [
    ("Tại văn bản này, UBND tỉnh Cà Mau yêu cầu các sở, ngành kiểm tra việc khai thác cát.\n", "UBND tỉnh Cà Mau"),
    ("Trong công văn trên, UBND thành phố Cần Thơ đề nghị các quận báo cáo kết quả.\n", "UBND thành phố Cần Thơ"),
    ("Mới đây, UBND huyện Gia Lâm chỉ đạo các xã ra quân dọn vệ sinh.\n", "UBND huyện Gia Lâm"),
])
def test_a_speaker_after_the_text_it_is_in(tmp_path, text, issuer):
    assert process_text(tmp_path, text).header.issuer == issuer


@pytest.mark.parametrize("text, issuer", [
    # (a cable printed without its header block keeps the line that names its sender before 'điện:')
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ điện:\n\n- Giám đốc các Sở, ban, ngành;\n- Chủ tịch UBND các huyện.\n\n"
     "Để chủ động ứng phó với bão, Chủ tịch UBND tỉnh yêu cầu:\n", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"),
    ("THỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Bộ trưởng các Bộ: Quốc phòng, Công an;\n- Chủ tịch UBND các tỉnh ven biển.\n",
     "THỦ TƯỚNG CHÍNH PHỦ"),
    ("Công điện về việc ứng phó mưa lũ\nCHỦ TỊCH UBND HUYỆN MINH HÓA\n\nĐIỆN:\n\nChủ tịch UBND các xã, thị trấn;\n"
     "Thủ trưởng các cơ quan, đơn vị.\n", "UBND HUYỆN MINH HÓA"),
    ("BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN TỈNH PHÚ YÊN điện:\n- Chủ tịch UBND các huyện;\n",
     "BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN TỈNH PHÚ YÊN"),
])
def test_a_cables_sender_line(tmp_path, text, issuer):
    h = process_text(tmp_path, text).header
    assert (h.doc_type, h.issuer) == ("Công điện", issuer)


def test_a_capitalised_line_without_the_cable_word_is_no_sender(tmp_path):
    h = process_text(tmp_path, "CHỦ TỊCH UBND HUYỆN MINH HÓA\n\nKính gửi: các xã, thị trấn.\n").header
    assert h.doc_type != "Công điện"


@pytest.mark.parametrize("text, day", [
    ("Sáng nay, 9-8, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hoan đã ký công điện số 23 đề nghị "
     "các địa phương ứng phó.", (9, 8)),
    ("Chiều qua (23/02), UBND quận Ba Đình đã ban hành Kế hoạch số 45/KH-UBND về lập lại trật tự.", (23, 2)),
    ("Tối nay 5/3, Sở Y tế Hà Nội vừa có công văn hỏa tốc gửi các bệnh viện.", (5, 3)),
])
def test_today_or_yesterday_then_the_day(text, day):
    p = press_lead(text)
    assert p is not None and p.issuer and p.lead_dm == day


@pytest.mark.parametrize("text, issuer, title, person", [
    # (a title and the person, then after a comma the office he signs in: the last role gives the body)
    ("Sáng nay, 9-8, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Văn An, Phó trưởng Thường trực Ban Chỉ đạo "
     "quốc gia về phòng chống thiên tai đã ký công điện số 23 đề nghị các địa phương.",
     "Ban Chỉ đạo quốc gia về phòng chống thiên tai", "Phó Trưởng ban Thường trực", "Lê Văn An"),
    ("Thứ trưởng Bộ Y tế Nguyễn Trường Sơn, Trưởng Ban chỉ đạo phòng chống dịch đã ký văn bản số 12/BCĐ gửi các tỉnh.",
     "Ban chỉ đạo phòng chống dịch", "Trưởng ban", "Nguyễn Trường Sơn"),
    ("Giám đốc Sở Y tế Nguyễn Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy đã ký công văn gửi các bệnh viện.",
     "Sở Y tế", "Giám đốc", "Nguyễn Văn Bình"),
])
def test_a_title_and_person_then_the_office_he_signs_in(text, issuer, title, person):
    p = press_lead(text)
    assert p is not None and (p.issuer, p.signer_title, p.signer) == (issuer, title, person)


@pytest.mark.parametrize("text", [
    "Tổng Thư ký Quốc hội Bùi Văn An vừa ký văn bản số 1203/TB-TTKQH thông báo kết luận của Ủy ban Thường vụ Quốc hội.",
    "Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội Trần Văn Bình vừa có văn bản thông báo ý kiến của Ủy ban Thường vụ.",
])
def test_the_secretary_general_issues_in_his_own_name(text):
    p = press_lead(text)
    assert p is not None and p.issuer == "Tổng Thư ký Quốc hội"


@pytest.mark.parametrize("text, issuer", [
    ("Trước tình hình mưa lũ kéo dài, UBND tỉnh Quảng Ngãi yêu cầu các sở, ngành khẩn trương khắc phục hậu quả.\n",
     "UBND tỉnh Quảng Ngãi"),
    ("  • Nhân kỷ niệm 80 năm Cách mạng Tháng Tám, UBND huyện Đông Anh thông báo treo cờ Tổ quốc như sau:\n",
     "UBND huyện Đông Anh"),
    ("Do vậy, Sở Giáo dục và Đào tạo đề nghị các trường rà soát lại kế hoạch dạy học.\n", "Sở Giáo dục và Đào tạo"),
])
def test_a_speaker_after_the_circumstance(tmp_path, text, issuer):
    assert process_text(tmp_path, text).header.issuer == issuer


@pytest.mark.parametrize("closing, doc_type", [
    ("Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính và Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết "
     "định này kể từ ngày ký.", "Quyết định"),
    ("Thủ trưởng các sở, ngành, Chủ tịch UBND các huyện có trách nhiệm thực hiện Chỉ thị này.", "Chỉ thị"),
])
def test_the_closing_formula_names_a_posted_decisions_type(tmp_path, closing, doc_type):
    text = ("Theo đó, UBND tỉnh Bến Tre giao Sở Nông nghiệp chủ trì, phối hợp với các đơn vị triển khai các biện pháp "
            "chống hạn mặn.\n" + closing + "\n")
    assert process_text(tmp_path, text).header.doc_type == doc_type
