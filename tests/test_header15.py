"""Header fields of press and portal posts (session 14 round 2, branch header15, header batches R-S).

Each reader is written for a class, with wordings from several real sources (the `pages` corpus, the
gazette, samples) and invented ones in the same shapes:
- a number's symbol joins abbreviations by '&' ('37/2000/QĐ-BGD&ĐT', '19/2012/TTLT-BTC-BKH&ĐT-BTTTT',
  '2391/SGD&ĐT- GDTrH', '21/PGD&ĐT', '259/SNN-CN&TY', '5104/BTTTT-PTTH&TTĐT'): the '&' never ends it;
- a paper's tag opens the lead ('(NLĐO)- ', '(BKTO) - ', 'VOV.VN - ', 'Kinhtedothi - ',
  '(tapchivietduc.vn) - '): the speaker after it is read as on a bare lead;
- a body's short name or its parent in brackets after its name ('(UBND)', '(GDĐT)', '(VH, TT&DL)',
  '(Bộ NN&PTNT)', '( Bộ VHTTDL)') is a note, never part of the name nor a stop;
- the act named by 'ra' ('ra công điện khẩn', 'vừa ra thông báo') or, for a plan, 'xây dựng Kế hoạch';
  the day given as 'Sáng ngày 30/4';
- the chairman named after his committee ('Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu yêu cầu ...'):
  the person is split off the body's place.
"""
from __future__ import annotations

import re

import pytest

from conftest import process_text
from pipeline.structure.posted import _NUM, strip_press_tag


@pytest.mark.parametrize("num", [
    "37/2000/QĐ-BGD&ĐT", "19/2012/TTLT-BTC-BKH&ĐT-BTTTT", "21/PGD&ĐT", "259/SNN-CN&TY",
    "841/SNN&PTNT-CCKL", "5104/BTTTT-PTTH&TTĐT", "118/TB-SKH&ĐT",
])
def test_a_symbol_with_an_ampersand_is_read_whole(num):
    m = re.match(_NUM, num + " ngày 12/5/2023")
    assert m and m.group() == num


def test_an_ampersand_before_a_space_is_not_the_symbols():
    # ('số 12/TB-SYT & các văn bản ...': a conjunction after the number)
    assert re.match(_NUM, "12/TB-SYT & các văn bản").group() == "12/TB-SYT"


@pytest.mark.parametrize("text, number, issuer", [
    ("Ngày 12/5/2023, Sở Nông nghiệp và PTNT đã ban hành Công văn số 841/SNN&PTNT-CCKL về việc tăng cường "
     "công tác quản lý bảo vệ rừng.\n", "841/SNN&PTNT-CCKL", "Sở Nông nghiệp và PTNT"),
    ("Sở Giáo dục và Đào tạo vừa có công văn số 2391/SGD&ĐT-GDTrH hướng dẫn các trường tổ chức dạy học.\n",
     "2391/SGD&ĐT-GDTrH", "Sở Giáo dục và Đào tạo"),
    ("Phòng GD&ĐT huyện vừa ban hành Công văn số 21/PGD&ĐT về việc tổ chức khai giảng năm học mới.\n",
     "21/PGD&ĐT", None),
])
def test_a_press_lead_keeps_the_ampersand_of_the_number(tmp_path, text, number, issuer):
    h = process_text(tmp_path, text).header
    assert h.number == number
    if issuer:
        assert h.issuer == issuer


@pytest.mark.parametrize("lead, rest", [
    ("(NLĐO)- ", "UBND tỉnh"), ("(HNM) - ", "Cục Đường"), ("(BKTO) – ", "Chủ tịch"), ("VOV.VN - ", "Phó Bí thư"),
    ("KTĐT - ", "Văn phòng"), ("Kinhtedothi - ", "UBND TP"), ("(tapchivietduc.vn) - ", "Phó Thủ tướng"),
    ("Moitruong.net.vn – ", "Ngày 10/6"),
])
def test_the_papers_tag_is_stripped(lead, rest):
    assert strip_press_tag(lead + rest + " ...") == rest + " ..."


@pytest.mark.parametrize("text", [
    "UBND tỉnh Sơn La vừa đề nghị ...", "Sở Y tế - cơ quan thường trực ...", "Ngày 12/3, UBND tỉnh ...",
])
def test_a_lead_without_a_tag_is_kept(text):
    assert strip_press_tag(text) == text


@pytest.mark.parametrize("text, issuer", [
    ("Đề nghị truy xuất nguồn gốc cây đào\n(NLĐO)- UBND tỉnh Sơn La vừa đề nghị Thủ tướng Chính phủ cho phép "
     "truy xuất nguồn gốc cây đào.\n", "UBND tỉnh Sơn La"),
    ("VOV.VN - UBND thành phố Hà Nội yêu cầu các quận, huyện rà soát quy hoạch mạng lưới trường lớp.\n",
     "UBND thành phố Hà Nội"),
    ("Kinhtedothi - Sở Y tế Hà Nội đề nghị các bệnh viện tăng cường phòng chống dịch.\n", "Sở Y tế Hà Nội"),
    # (the chairman named after the committee, its short name in brackets)
    ("(BKTO) - Chủ tịch Ủy ban nhân dân (UBND) tỉnh Lạng Sơn Hồ Tiến Thiệu yêu cầu các cơ quan liên quan "
     "khẩn trương giải phóng mặt bằng.\n", "Ủy ban nhân dân tỉnh Lạng Sơn"),
    ("Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh yêu cầu các sở, ngành khẩn trương ứng phó bão.\n",
     "UBND tỉnh Quảng Nam"),
    ("Sở Giáo dục và Đào tạo (GDĐT) yêu cầu các phòng GDĐT cho học sinh tạm dừng đến trường.\n",
     "Sở Giáo dục và Đào tạo"),
])
def test_the_speaker_after_a_tag_is_the_issuer(tmp_path, text, issuer):
    assert process_text(tmp_path, text).header.issuer == issuer


@pytest.mark.parametrize("text, doc_type, number, issuer", [
    ("Tổng cục Thủy lợi (Bộ NN&PTNT) vừa có Công điện hỏa tốc gửi Giám đốc Sở NN&PTNT các tỉnh về việc "
     "rút ngắn thời gian lấy nước.\n", "Công điện", None, "Tổng cục Thủy lợi"),
    ("Cục Văn hóa Cơ sở ( Bộ VHTTDL) đã có văn bản gửi Sở Văn hóa, Thể thao và Du lịch các tỉnh về việc "
     "tuyên truyền.\n", None, None, "Cục Văn hóa Cơ sở"),
    ("Ngày 31-7-2020, Sở Văn hóa, Thể thao và Du lịch (VH, TT&DL) đã phát hành Công văn số 3927/SVHTTDL-NV về "
     "tạm dừng lễ hội.\n", "Công văn", "3927/SVHTTDL-NV", "Sở Văn hóa, Thể thao và Du lịch"),
])
def test_a_bracketed_short_name_or_parent_is_not_the_issuers(tmp_path, text, doc_type, number, issuer):
    h = process_text(tmp_path, text).header
    assert (h.doc_type, h.number, h.issuer) == (doc_type, number, issuer)


@pytest.mark.parametrize("text, doc_type, number, issuer", [
    ("Trước diễn biến của dịch. Sáng ngày 30/4, UBND tỉnh Quảng Ninh ra công điện khẩn về việc triển khai "
     "các biện pháp phòng, chống dịch.\n", "Công điện", None, "UBND tỉnh Quảng Ninh"),
    ("Sở Y tế vừa ra thông báo số 12/TB-SYT về việc tạm dừng tiếp nhận hồ sơ.\n", "Thông báo", "12/TB-SYT", "Sở Y tế"),
    ("UBND huyện Krông Pắc xây dựng Kế hoạch số 45/KH-UBND triển khai công tác chuyển đổi số năm 2023.\n",
     "Kế hoạch", "45/KH-UBND", "UBND huyện Krông Pắc"),
])
def test_ra_and_xay_dung_name_the_act(tmp_path, text, doc_type, number, issuer):
    h = process_text(tmp_path, text).header
    assert (h.doc_type, h.number, h.issuer) == (doc_type, number, issuer)


@pytest.mark.parametrize("text, number", [
    ("UBND tỉnh Nghệ An vừa ban hành Chỉ thị số 15/2023/CT-UBND về tăng cường phòng cháy.\n", "15/2023/CT-UBND"),
    ("Ngày 12/5/2023, UBND tỉnh Nghệ An ban hành Quyết định số 20/2023/QĐ-UBND về giá đất.\n", "20/2023/QĐ-UBND"),
    ("Bộ Giáo dục và Đào tạo vừa ban hành Thông tư liên tịch số 37/2000/QĐ-BGD&ĐT về ...\n", None),
])
def test_a_number_with_its_year_is_read_whole(tmp_path, text, number):
    h = process_text(tmp_path, text).header
    if number:
        assert h.number == number
    else:
        assert re.match(_NUM, "37/2000/QĐ-BGD&ĐT").group() == "37/2000/QĐ-BGD&ĐT"


@pytest.mark.parametrize("text, doc_type, number, date, issuer", [
    ("Chủ tịch huyện không tuân thủ quy định\n\nNgày 07 tháng 07 năm 2021, UBND tỉnh Đắk Nông đã có thông báo số "
     "704 /TB-VPUBND về kết luận của Chủ tịch UBND tỉnh.\n", "Thông báo kết luận", "704/TB-VPUBND", "2021-07-07", "UBND tỉnh Đắk Nông"),
    ("Ngày 16 tháng 8 năm 2021, UBND tỉnh Lạng Sơn ban hành văn bản số 2882/UBND-KGVX về việc phòng, chống dịch.\n",
     "Công văn", "2882/UBND-KGVX", "2021-08-16", "UBND tỉnh Lạng Sơn"),
    ("Ngày 3 tháng 5 năm 2023, Sở Y tế đã ban hành kế hoạch số 45/KH-SYT về tiêm chủng mở rộng.\n",
     "Kế hoạch", "45/KH-SYT", "2023-05-03", "Sở Y tế"),
])
def test_a_day_written_out_opens_a_press_lead(tmp_path, text, doc_type, number, date, issuer):
    h = process_text(tmp_path, text).header
    assert (h.doc_type, h.number, str(h.date), h.issuer) == (doc_type, number, date, issuer)


@pytest.mark.parametrize("text, doc_type, issuer", [
    ("UBND huyện Mường Tè đã xây dựng Kế hoạch triển khai công tác phòng chống thiên tai năm 2022.\n", "Kế hoạch",
     "UBND huyện Mường Tè"),
    ("Sở Nội vụ vừa xây dựng kế hoạch tuyển dụng công chức năm 2023.\n", "Kế hoạch", "Sở Nội vụ"),
])
def test_a_plan_told_as_built_is_the_posts(tmp_path, text, doc_type, issuer):
    h = process_text(tmp_path, text).header
    assert (h.doc_type, h.issuer) == (doc_type, issuer)


def test_a_plan_asked_of_bodies_is_a_task_not_the_header(tmp_path):
    text = ("UBND huyện Pác Nặm chỉ đạo các địa phương thực hiện cày ải\n\nĐảng ủy, UBND các xã xây dựng kế hoạch chỉ "
            "đạo các Chi bộ, thôn bản trong việc thực hiện công tác cày ải.\n")
    assert process_text(tmp_path, text).header.issuer != "Đảng ủy, UBND các xã"


@pytest.mark.parametrize("text, issuer", [
    ("Để kịp thời triển khai xây dựng Đề án sắp xếp, tổ chức lại ĐVHC cấp tỉnh theo định hướng của Trung ương, "
     "UBND tỉnh Đắk Lắk vừa có văn bản đề nghị các cơ quan, đơn vị khẩn trương phối hợp.\n", "UBND tỉnh Đắk Lắk"),
    ("Nhằm ngăn chặn tình trạng khai thác cát, sỏi trái phép, Sở Tài nguyên và Môi trường tỉnh Bắc Giang đã có văn bản "
     "yêu cầu UBND các huyện tăng cường kiểm tra.\n", "Sở Tài nguyên và Môi trường tỉnh Bắc Giang"),
    ("Để chủ động phòng, chống bệnh do vi rút Zika, UBND tỉnh Lào Cai vừa có công văn chỉ đạo các sở, ngành tăng "
     "cường giám sát.\n", "UBND tỉnh Lào Cai"),
])
def test_the_act_named_before_the_directing_verb_after_a_purpose(tmp_path, text, issuer):
    assert process_text(tmp_path, text).header.issuer == issuer


@pytest.mark.parametrize("who, body", [
    ("UBND tỉnh Nguyễn Văn Khước", "UBND tỉnh"),
    ("UBND tỉnh Lạng Sơn Hồ Tiến Thiệu", "UBND tỉnh Lạng Sơn"),
    ("UBND huyện Trần Văn Thời", "UBND huyện Trần Văn Thời"),
    ("UBND huyện Trần Văn Thời Nguyễn Văn An", "UBND huyện Trần Văn Thời"),
    ("Sở Y tế Hà Nội", "Sở Y tế Hà Nội"),
])
def test_the_person_after_a_body_is_dropped_not_a_place(who, body):
    from pipeline.structure.posted import _without_person
    assert _without_person(who) == body


def test_a_deputy_chairman_in_a_dated_lead_signs_for_the_committee(tmp_path):
    text = ("Hỗ trợ giống lúa chất lượng\nThứ Sáu, 09/08/2019\nNgày 5/8/2019, Phó Chủ tịch UBND tỉnh Nguyễn Văn Khước ký "
            "ban hành Quyết định số 33/2019/QĐ-UBND quy định về hỗ trợ giống lúa.\n")
    h = process_text(tmp_path, text).header
    assert (h.number, h.issuer, h.signer) == ("33/2019/QĐ-UBND", "UBND tỉnh", "Nguyễn Văn Khước")
