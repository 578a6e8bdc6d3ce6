"""Office rules of session 16, branch office18 (issue #5): the classes office17, tasks16 and measure16
saw on unseen press and portal items and left. A subject after a relative time opener; a second
request joined by 'đồng thời'; parties only to be told; a body mobilised to work with another; a
press report's letter with no number; the goods of a trade listed with commas; a request in the
passive. Sentences written for the test from general Vietnamese administrative and press usage,
several wordings each, with the cases the rules must leave alone; none is a row of the benchmark
or a sentence of a standing unseen set."""
from __future__ import annotations

import pytest

from extract_helpers import sentence_lead as lead, sentence_offices as offices  # (gaz: conftest's)


# --- (1) a subject after a time counted from now or from an event ----------------------------------
@pytest.mark.parametrize("text, body", [
    ("Trong những ngày tới, các Bộ, ngành, địa phương cần tiếp tục theo dõi chặt chẽ diễn biến mưa lũ.",
     "Các Bộ, ngành, địa phương"),
    ("Trong các tháng còn lại của năm, các đơn vị phải đẩy nhanh tiến độ giải ngân vốn.", "Các đơn vị"),
    ("Thời gian tới, các địa phương cần tăng cường kiểm tra an toàn thực phẩm.", "Các địa phương"),
    ("Sau bão, các đơn vị phải nhanh chóng khắc phục hậu quả, ổn định đời sống nhân dân.", "Các đơn vị"),
    ("Sau lũ, các trường học cần tổ chức vệ sinh trường lớp trước khi đón học sinh.", "Các trường học"),
    ("Trong những tuần tới, các cơ sở y tế phải sẵn sàng giường bệnh.", "Các cơ sở y tế"),
])
def test_a_subject_after_a_relative_time_opener(gaz, text, body):
    assert lead(gaz, text) == body


@pytest.mark.parametrize("text, body", [
    ("Trong thời gian tới, Sở Y tế cần tăng cường kiểm tra an toàn thực phẩm.", "Sở Y tế"),
    ("Trong tháng 12, các huyện phải hoàn thành việc giải ngân vốn đầu tư công.", "Các huyện"),
])
def test_time_openers_read_before_still_read(gaz, text, body):
    assert lead(gaz, text) == body


# --- (4) a second request joined by 'đồng thời' -------------------------------------------------------
@pytest.mark.parametrize("text, bodies", [
    ("UBND tỉnh yêu cầu UBND các xã hướng dẫn tàu thuyền vào nơi trú tránh; đồng thời giao Sở Xây dựng, "
     "các địa phương theo dõi sát diễn biến thời tiết.", ["UBND các xã", "Sở Xây dựng", "Các địa phương"]),
    ("Chủ tịch UBND tỉnh yêu cầu Sở Y tế tăng cường kiểm tra, đồng thời giao Sở Tài chính, Sở Nội vụ bố trí kinh phí.",
     ["Sở Y tế", "Sở Tài chính", "Sở Nội vụ"]),
    ("Bộ Y tế đề nghị Sở Y tế các tỉnh tăng cường giám sát dịch bệnh, đồng thời yêu cầu các bệnh viện chuẩn bị giường bệnh.",
     ["Sở Y tế các tỉnh", "Các bệnh viện"]),
    ("UBND huyện giao Phòng Nông nghiệp hướng dẫn nông dân gieo sạ, đồng thời đề nghị UBND các xã vận động nhân dân.",
     ["Phòng Nông nghiệp", "UBND các xã"]),
])
def test_a_second_request_after_dong_thoi_adds_its_bodies(gaz, text, bodies):
    assert offices(gaz, text) == bodies


@pytest.mark.parametrize("text, bodies", [
    # ('đồng thời' before a verb of doing is no second request: the same doer goes on)
    ("Sở Y tế tăng cường kiểm tra, đồng thời hướng dẫn các cơ sở thực hiện đúng quy định.", ["Sở Y tế"]),
    ("Giao Sở Tài chính chủ trì thẩm định, đồng thời báo cáo UBND tỉnh kết quả.", ["Sở Tài chính"]),
])
def test_dong_thoi_before_a_verb_adds_no_body(gaz, text, bodies):
    assert offices(gaz, text) == bodies


# --- (5) parties only to be told --------------------------------------------------------------------
@pytest.mark.parametrize("text, asked, told", [
    ("Bộ này đề nghị các cơ quan thông tấn phát và đưa tin ngay về những tàu thuyền nêu trên để người dân, "
     "chủ tàu thuyền, chính quyền địa phương biết, kịp thời di chuyển về bờ an toàn.", "Các cơ quan thông tấn",
     ["chủ tàu", "chính quyền"]),
    ("UBND huyện yêu cầu UBND các xã thông báo cho các hộ dân, chủ cơ sở kinh doanh biết.", "UBND các xã", ["hộ dân", "chủ cơ sở"]),
    ("Sở Y tế thông báo kết quả cho các bệnh viện, trung tâm y tế được biết.", "Sở Y tế", ["bệnh viện", "trung tâm y tế"]),
    ("Đề nghị Đài Phát thanh huyện đưa tin để các chủ đầm nuôi, người dân ven biển biết.", "Đài Phát thanh huyện",
     ["người dân ven biển"]),
])
def test_parties_to_be_told_are_no_offices(gaz, text, asked, told):
    got = offices(gaz, text)
    assert got and got[0].startswith(asked)
    assert not any(t in g.lower() for g in got for t in told)


@pytest.mark.parametrize("text, bodies", [
    # (a letter's closing formula: those told to know, and to act, are the doers)
    ("Tổng cục Hải quan thông báo để các Cục Hải quan tỉnh, thành phố biết, thực hiện.", ["Các Cục Hải quan tỉnh, thành phố"]),
    ("Tổng cục Hải quan thông báo để các Cục Hải quan tỉnh, thành phố biết.", ["Các Cục Hải quan tỉnh, thành phố"]),
])
def test_those_told_to_know_and_act_stay_doers(gaz, text, bodies):
    assert offices(gaz, text) == bodies


# --- (2) a body mobilised to work with another ------------------------------------------------------
@pytest.mark.parametrize("text, bodies", [
    ("Ngoài ra, huy động Chi cục Thủy sản phối hợp với Bộ đội Biên phòng địa phương thông báo cho tàu thuyền.",
     ["Chi cục Thủy sản", "Bộ đội Biên phòng địa phương"]),
    ("UBND huyện huy động Công an huyện phối hợp với UBND các xã tổ chức di dời dân.", ["Công an huyện", "UBND các xã"]),
    ("UBND tỉnh huy động Sở Y tế cùng phối hợp với các bệnh viện tuyến huyện bảo đảm công tác cấp cứu.",
     ["Sở Y tế", "Các bệnh viện tuyến huyện"]),
])
def test_a_body_mobilised_to_work_with_another_leads(gaz, text, bodies):
    assert offices(gaz, text) == bodies


def test_mobilising_forces_and_means_names_no_body(gaz):
    assert offices(gaz, "Huy động lực lượng, phương tiện tham gia cứu hộ, cứu nạn.") == []


# --- (6) the goods of a trade listed with commas stay on the party -----------------------------------
@pytest.mark.parametrize("text, body", [
    ("Sở Công Thương đề nghị các thương nhân kinh doanh xăng, dầu bảo đảm nguồn cung.", "Các thương nhân kinh doanh xăng, dầu"),
    ("Các doanh nghiệp kinh doanh xăng, dầu phải niêm yết giá bán.", "Các doanh nghiệp kinh doanh xăng, dầu"),
    ("Yêu cầu các cơ sở sản xuất thuốc, vắc xin tuân thủ nghiêm quy định.", "Các cơ sở sản xuất thuốc, vắc xin"),
    ("Yêu cầu các cơ sở sản xuất, kinh doanh thực phẩm chấp hành quy định.", "Các cơ sở sản xuất, kinh doanh thực phẩm"),
])
def test_goods_of_a_trade_after_a_comma_stay_on_the_party(gaz, text, body):
    assert lead(gaz, text) == body


def test_a_party_after_the_goods_is_a_party_of_its_own(gaz):
    got = offices(gaz, "Cơ quan hải quan chủ trì, phối hợp với doanh nghiệp kinh doanh cảng, kho, bãi, "
                       "chính quyền địa phương và cơ quan liên quan xử lý.")
    assert "Doanh nghiệp kinh doanh cảng, kho, bãi" in got and "Chính quyền địa phương" in got


# --- (7) a request in the passive ------------------------------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("Đồng thời, các đầu mối kinh doanh xăng, dầu được đề nghị bảo đảm cung ứng đủ cho hệ thống phân phối.",
     "Các đầu mối kinh doanh xăng, dầu"),
    ("Các đầu mối kinh doanh xăng dầu được đề nghị bảo đảm cung ứng đủ xăng dầu.", "Các đầu mối kinh doanh xăng dầu"),
    ("Đồng thời, các chủ đầu tư được yêu cầu đẩy nhanh tiến độ giải ngân.", "Các chủ đầu tư"),
    ("Những hộ chăn nuôi được khuyến cáo tiêm phòng đầy đủ cho đàn vật nuôi.", "Những hộ chăn nuôi"),
    ("Các nhà máy thủy điện được yêu cầu vận hành đúng quy trình.", "Các nhà máy thủy điện"),
])
def test_the_party_of_a_passive_request_is_the_doer(gaz, text, body):
    assert lead(gaz, text) == body
