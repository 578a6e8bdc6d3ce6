"""Office rules of office batch 29 (issue #5, session 15, branch office15): bodies the gazetteer
does not know and that press and portal retellings make responsible.  Sentences written for the
test from general Vietnamese administrative usage, more than one wording each; none is a row of
the benchmark or a gold sentence."""
from __future__ import annotations

import pytest

from extract_helpers import sentence_lead as lead, sentence_offices as offices  # (gaz: conftest's)
from pipeline.extract.offices import split_office_list


def _names(gaz, text):
    return [n for n, _ in split_office_list(text, gaz)]


# --- a province or a city by its name or abbreviation, asked ----------------------------------------
@pytest.mark.parametrize("text, body", [
    ("Thủ tướng yêu cầu TPHCM tập trung tháo gỡ khó khăn cho doanh nghiệp.", "TPHCM"),
    ("Phó Thủ tướng yêu cầu tỉnh Quảng Ninh khẩn trương khắc phục hậu quả bão.", "tỉnh Quảng Ninh"),
    ("Bộ Y tế đề nghị TP.HCM sớm báo cáo kết quả tiêm chủng.", "TP.HCM"),
    ("Thủ tướng giao Hà Nội đánh giá kết quả thí điểm.", "Hà Nội"),
    ("UBND tỉnh yêu cầu thành phố Hạ Long rà soát các dự án chậm tiến độ.", "thành phố Hạ Long"),
    ("Bộ Xây dựng đề nghị TP. Đà Nẵng kiểm tra chất lượng công trình.", "TP. Đà Nẵng"),
    ("Thủ tướng yêu cầu tỉnh Bà Rịa - Vũng Tàu hoàn tất giải phóng mặt bằng.", "tỉnh Bà Rịa - Vũng Tàu"),
])
def test_a_place_by_its_name_is_the_body_asked(gaz, text, body):
    assert lead(gaz, text) == body
    assert not any("Thủ tướng" in o or o.startswith("Bộ ") for o in offices(gaz, text))


# --- the place, or the city a retelling is about, as a subject with a duty --------------------------
@pytest.mark.parametrize("text, body", [
    ("Ngoài ra, TP HCM cũng phải tiếp tục triển khai các biện pháp phòng dịch.", "TP HCM"),
    ("TPHCM khẩn trương hoàn thành quy hoạch chung.", "TPHCM"),
    ("Thành phố còn phải quyết liệt triển khai các giải pháp mua sắm thuốc.", "Thành phố"),
    ("Theo đó, thành phố nên tập trung đẩy nhanh tốc độ tiêm vaccine.", "Thành phố"),
    ("Tỉnh Quảng Ninh cần khẩn trương khắc phục sự cố môi trường.", "Tỉnh Quảng Ninh"),
])
def test_a_place_with_a_duty_is_the_subject(gaz, text, body):
    assert lead(gaz, text) == body


@pytest.mark.parametrize("text", [
    "Thành phố đã hoàn thành quy hoạch chung trong năm 2024.",
    "Thời gian qua, tỉnh Quảng Ninh đạt nhiều kết quả quan trọng.",
    "Doanh nghiệp gặp nhiều khó khăn về vốn nên chưa hoàn thành dự án đúng hạn.",
])
def test_a_place_or_party_without_a_duty_is_no_office(gaz, text):
    assert not any(o in ("Thành phố", "tỉnh Quảng Ninh", "Tỉnh Quảng Ninh", "Doanh nghiệp") for o in offices(gaz, text))


# --- regulated parties: asked, listed, after a retelling's opener, with 'cần' ------------------------
@pytest.mark.parametrize("text, body", [
    ("Sở GD-ĐT yêu cầu trường học thực hiện giải pháp phòng chống bạo lực học đường.", "Trường học"),
    ("UBND huyện đề nghị các nhà trường tăng cường quản lý học sinh trong dịp hè.", "Các nhà trường"),
    ("Chỉ thị cũng nêu rõ, các chủ đầu tư, nhà đầu tư, ban quản lý dự án cần khẩn trương rà soát công tác thi công.",
     "Các chủ đầu tư, nhà đầu tư, ban quản lý dự án"),
    ("Trường hợp gây hậu quả nghiêm trọng, ban QLDA phải chịu trách nhiệm trước pháp luật.", "Ban QLDA"),
    ("Ngoài việc ký cam kết với công an địa phương, an toàn thì trường học phải xử lý nghiêm học sinh vi phạm.", "Trường học"),
    ("Các nhà trường cần tăng cường công tác quản lý học sinh.", "Các nhà trường"),
    ("Bên cạnh đó, các doanh nghiệp cần chủ động xây dựng phương án sản xuất.", "Các doanh nghiệp"),
])
def test_a_regulated_party_is_the_doer(gaz, text, body):
    assert lead(gaz, text) == body


# --- forces listed after 'lực lượng': the bare kinds that follow are forces too ---------------------
@pytest.mark.parametrize("text, bodies", [
    ("Lực lượng kiểm lâm, quân đội, công an trên địa bàn tỉnh", ["Lực lượng kiểm lâm", "Quân đội", "Công an"]),
    ("các lực lượng công an, biên phòng và hải quan", ["Các lực lượng công an", "Biên phòng", "Hải quan"]),
    ("lực lượng quân sự, công an, biên phòng", ["Lực lượng quân sự", "Công an", "Biên phòng"]),
    ("chính quyền địa phương, lực lượng an ninh các cấp", ["Chính quyền địa phương", "Lực lượng an ninh các cấp"]),
    ("lực lượng tuyến đầu", ["Lực lượng tuyến đầu"]),
    ("lực lượng liên ngành", ["Lực lượng liên ngành"]),
])
def test_forces_in_a_list(gaz, text, bodies):
    assert _names(gaz, text) == bodies


@pytest.mark.parametrize("text, absent", [
    ("Sở Y tế, thanh tra", "Thanh tra"),          # no force before the bare word
    ("Bộ Quốc phòng, quân đội nhân dân", "Quân đội"),
])
def test_a_bare_kind_without_a_force_before_it_is_no_body(gaz, text, absent):
    assert absent not in _names(gaz, text)


# --- 'chủ trì, cùng (với) X': X are the lead's partners, as after 'chủ trì, phối hợp với' ----------
@pytest.mark.parametrize("text, lead_body, partner", [
    ("Giao Sở Nông nghiệp và Môi trường chủ trì, cùng với các Sở, ngành, địa phương liên quan triển khai thực hiện.",
     "Sở Nông nghiệp và Môi trường", "Các Sở, ngành, địa phương liên quan"),
    ("Sở Y tế chủ trì, cùng với Sở Tài chính xây dựng phương án.", "Sở Y tế", "Sở Tài chính"),
    ("Công an tỉnh chủ trì, cùng Bộ Chỉ huy Quân sự tỉnh tổ chức tuần tra.", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
    ("UBND huyện giao Phòng Kinh tế chủ trì cùng các xã rà soát diện tích.", "Phòng Kinh tế", "Các xã"),
])
def test_partners_after_chu_tri_cung(gaz, text, lead_body, partner):
    from pipeline.extract.offices import roles_in_sentence

    roles = {r.office: r.role for r in roles_in_sentence(text, gaz)}
    assert roles.get(lead_body) == "lead" and roles.get(partner) == "support"


def test_bodies_together_without_chu_tri_stay_co_equal(gaz):
    from pipeline.extract.offices import roles_in_sentence

    roles = {r.office: r.role for r in roles_in_sentence("Sở Giao thông vận tải cùng Công an tỉnh tăng cường kiểm tra.", gaz)}
    assert roles == {"Sở Giao thông vận tải": "lead", "Công an tỉnh": "lead"}


# --- a body's name ends before what the press retells it was asked to do -----------------------------
@pytest.mark.parametrize("text, body", [
    ("Thủ tướng yêu cầu Tổ công tác truyền đạt ý kiến của Thủ tướng tới địa phương.", "Tổ công tác"),
    ("Đoàn kiểm tra yêu cầu các chủ đầu tư giải trình nguyên nhân chậm tiến độ.", "Các chủ đầu tư"),
    ("Bộ Công Thương yêu cầu Tập đoàn Điện lực Việt Nam giải trình về việc tăng giá điện.", "Tập đoàn Điện lực Việt Nam"),
])
def test_the_name_ends_before_the_retold_verb(gaz, text, body):
    assert offices(gaz, text) == [body]


# --- a place asked by a named official, or by the issuer's own 'Giao' -------------------------------
@pytest.mark.parametrize("text, body", [
    ("Thủ tướng Phạm Minh Chính chỉ đạo tỉnh Bà Rịa - Vũng Tàu hoàn tất giải phóng mặt bằng.", "tỉnh Bà Rịa - Vũng Tàu"),
    ("Phó Thủ tướng Trần Hồng Hà yêu cầu thành phố Hải Phòng khẩn trương rà soát các dự án.", "thành phố Hải Phòng"),
    ("Giao tỉnh Quảng Ninh khẩn trương rà soát quy hoạch.", "tỉnh Quảng Ninh"),
    ("Giao cho thành phố Hạ Long chủ trì, phối hợp với Sở Xây dựng lập quy hoạch.", "thành phố Hạ Long"),
])
def test_a_place_asked_by_an_official_or_by_giao(gaz, text, body):
    assert lead(gaz, text) == body


def test_giao_thong_is_no_assignment(gaz):
    assert offices(gaz, "Giao thông vận tải cần được bảo đảm thông suốt.") == []


# --- the issuer named by the press's abbreviation of its city directs the bodies it names -----------
@pytest.mark.parametrize("name", ["UBND TP.HCM", "UBND TPHCM", "UBND TP HCM", "Ủy ban nhân dân TP.HCM"])
def test_the_city_abbreviated_names_the_issuer(name):
    from pipeline.extract.offices import names_issuer

    assert names_issuer(name, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH")
    assert not names_issuer(name, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI")


@pytest.mark.parametrize("text, body", [
    ("UBND TP.HCM chỉ đạo các đơn vị chấn chỉnh tình trạng lấn chiếm vỉa hè.", "Các đơn vị"),
    ("UBND TPHCM vừa chỉ đạo Sở Xây dựng kiểm tra các công trình chậm tiến độ.", "Sở Xây dựng"),
])
def test_the_issuer_abbreviated_directs(gaz, text, body):
    from pipeline.extract.offices import issuer_clause_roles, roles_in_sentence

    roles = issuer_clause_roles(text, roles_in_sentence(text, gaz), "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", gaz)
    assert [r.office for r in roles if r.role == "lead"] == [body]
