"""Office rules from the shapes seen in office batch 19 (issue #5, session 12).  Sentences written
for the test from general Vietnamese administrative and press usage, more than one wording each;
none is a row of the benchmark."""
from __future__ import annotations

import pytest

from extract_helpers import sentence_lead as lead_of, sentence_offices as offices  # (the gaz fixture is conftest's)
from pipeline.extract.offices import split_office_list


def _names(gaz, text):
    return [n for n, _ in split_office_list(text, gaz)]


# --- the Party committees of a town (thị xã) and an urban district (quận) --------------------------
@pytest.mark.parametrize("text, expected", [
    ("Thị ủy Sơn Tây, Huyện ủy Ba Vì", ["Thị ủy Sơn Tây", "Huyện ủy Ba Vì"]),
    ("Quận ủy Hoàn Kiếm và Quận ủy Ba Đình", ["Quận ủy Hoàn Kiếm", "Quận ủy Ba Đình"]),
    ("Ban Thường vụ Thị ủy", ["Ban Thường vụ Thị ủy"]),
])
def test_town_and_urban_district_committees_are_bodies(gaz, text, expected):
    assert _names(gaz, text) == expected


@pytest.mark.parametrize("text, body", [
    ("Ban tuyên giáo Thị ủy chủ trì tuyên truyền kỷ niệm ngày thành lập Đảng.", "Ban tuyên giáo Thị ủy"),
    ("Văn phòng Quận ủy tổng hợp ý kiến góp ý của các chi bộ.", "Văn phòng Quận ủy"),
    ("Ban Tổ chức Quận ủy hướng dẫn quy trình giới thiệu nhân sự.", "Ban Tổ chức Quận ủy"),
])
def test_a_unit_of_a_town_committee_is_one_body(gaz, text, body):
    assert offices(gaz, text) == [body]


# --- a region's 'bộ' is no ministry -----------------------------------------------------------------
@pytest.mark.parametrize("text, start", [
    ("Thủ tướng yêu cầu UBND các tỉnh Bắc Trung bộ và Bắc bộ tạm hoãn các cuộc họp chưa cần thiết.", "UBND các tỉnh Bắc Trung bộ"),
    ("UBND các tỉnh Tây Nam Bộ khẩn trương triển khai các biện pháp chống hạn, mặn.", "UBND các tỉnh Tây Nam Bộ"),
    ("Đề nghị UBND các tỉnh Nam Trung Bộ chủ động sơ tán dân khỏi vùng nguy hiểm.", "UBND các tỉnh Nam Trung Bộ"),
])
def test_a_region_named_by_bo_is_no_ministry(gaz, text, start):
    got = offices(gaz, text)
    assert got and got[0].startswith(start) and not any(o.casefold().startswith("bộ") for o in got), got


# --- 'các bộ Công an, Quốc phòng, Y tế': a lower-case plural head over ministries' fields ------------
@pytest.mark.parametrize("text, expected", [
    ("các bộ Công an, Quốc phòng, Y tế", ["Bộ Công an", "Bộ Quốc phòng", "Bộ Y tế"]),
    ("các bộ Tài chính, Xây dựng và Tư pháp", ["Bộ Tài chính", "Bộ Xây dựng", "Bộ Tư pháp"]),
])
def test_lower_case_plural_ministries_are_distributed(gaz, text, expected):
    assert _names(gaz, text) == expected


def test_lower_case_bo_with_no_field_after_it_is_left_alone(gaz):
    # ('các bộ hồ sơ', 'các bộ phận'): no field of a ministry follows
    assert not any(n.startswith("Bộ ") for n in _names(gaz, "các bộ phận chuyên môn"))


# --- a sentence that opens on 'Theo chỉ đạo / yêu cầu của X,' goes on with its own subject -------------
@pytest.mark.parametrize("text, lead", [
    ("Theo chỉ đạo của Thủ tướng, Bộ Nông nghiệp và Môi trường tiếp tục khẩn trương khắc phục hậu quả mưa lũ.",
     "Bộ Nông nghiệp và Môi trường"),
    ("Theo yêu cầu của Sở Y tế, Trung tâm Y tế huyện rà soát danh sách trẻ chưa tiêm chủng.", "Trung tâm Y tế huyện"),
    ("Theo chỉ đạo của UBND tỉnh, Sở Tài chính tiếp tục hướng dẫn các địa phương quyết toán kinh phí.", "Sở Tài chính"),
])
def test_an_opening_requester_phrase_ends_at_its_comma(gaz, text, lead):
    got = offices(gaz, text)
    assert lead_of(gaz, text) == lead and not any(o in ("Thủ tướng", "Sở Y tế", "UBND tỉnh") for o in got), got


def test_a_requester_inside_the_sentence_is_still_no_office(gaz):
    got = offices(gaz, "Trung tâm Y tế huyện báo cáo số liệu theo hướng dẫn của Sở Y tế.")
    assert got == ["Trung tâm Y tế huyện"]


# --- 'Riêng / Về phía / Đối với X, <speaker> yêu cầu <verb>': the topic names whom the speaker asks ---
@pytest.mark.parametrize("text, expected", [
    ("Riêng Bộ Công an, Bộ Quốc phòng, Thủ tướng yêu cầu có báo cáo hỏa tốc về Văn phòng Chính phủ trước ngày 10/2.",
     ["Bộ Công an", "Bộ Quốc phòng"]),
    ("Về phía các ngân hàng thương mại, Thống đốc yêu cầu khẩn trương rà soát, cơ cấu lại nợ cho khách hàng.",
     ["Các ngân hàng thương mại"]),
    ("Đối với Sở Công Thương và Sở Y tế, Chủ tịch UBND tỉnh đề nghị tăng cường kiểm tra an toàn thực phẩm.",
     ["Sở Công Thương", "Sở Y tế"]),
])
def test_a_topic_names_the_bodies_an_addressee_free_ask_is_for(gaz, text, expected):
    got = offices(gaz, text)
    assert [o.casefold() for o in got] == [e.casefold() for e in expected], got


def test_an_ask_that_names_its_own_addressee_keeps_it(gaz):
    # ('Về phía doanh nghiệp, Bộ trưởng yêu cầu các sở ...': the ask names the bodies; the topic is a subject matter)
    got = offices(gaz, "Về phía doanh nghiệp, Bộ trưởng yêu cầu các sở, ngành hỗ trợ tháo gỡ khó khăn.")
    assert got and "doanh nghiệp" not in got[0].casefold(), got


# --- 'các tỉnh từ X đến Y': a stretch of the country, one body ----------------------------------------
@pytest.mark.parametrize("text, body", [
    ("Đề nghị các tỉnh từ Thanh Hóa đến Quảng Bình theo dõi chặt chẽ diễn biến mưa lũ.", "các tỉnh từ Thanh Hóa đến Quảng Bình"),
    ("Ban Chỉ đạo đề nghị: Đối với các tỉnh từ Quảng Trị đến Bình Định phải chủ động sơ tán dân.", "các tỉnh từ Quảng Trị đến Bình Định"),
])
def test_provinces_from_one_to_another_are_the_body_asked(gaz, text, body):
    got = offices(gaz, text)
    assert [o.casefold() for o in got] == [body.casefold()], got


# --- 'gửi X yêu cầu “...”': the quoted ask is for the recipients ---------------------------------------
@pytest.mark.parametrize("text, who", [
    ("Bộ Giáo dục và Đào tạo vừa có công văn gửi các sở giáo dục và đào tạo yêu cầu “tổ chức kiểm tra an toàn trường học trước năm học mới.”",
     "các sở giáo dục"),
    ("Cục Thuế vừa có văn bản gửi các Chi cục Thuế khu vực đề nghị \"rà soát các hồ sơ hoàn thuế còn tồn đọng.\"",
     "các Chi cục Thuế khu vực"),
])
def test_a_quoted_ask_after_a_sent_letter_is_for_its_recipients(gaz, text, who):
    got = offices(gaz, text)
    assert got and got[0].casefold().startswith(who.casefold()) and not got[0].startswith(("Bộ", "Cục Thuế")), got


# --- 'chỉ đạo giao X': directing by assigning -------------------------------------------------------
@pytest.mark.parametrize("text, who", [
    ("UBND xã đã chỉ đạo giao công an xã phối hợp bảo vệ hiện trường.", "Công an xã"),
    ("Chủ tịch UBND huyện chỉ đạo giao Phòng Tài chính - Kế hoạch rà soát nguồn vốn.", "Phòng Tài chính - Kế hoạch"),
    ("Ban Thường vụ Huyện ủy chỉ đạo và giao Ban Tổ chức Huyện ủy hướng dẫn các chi bộ.", "Ban Tổ chức Huyện ủy"),
])
def test_directing_by_assigning_gives_the_assignee(gaz, text, who):
    assert lead_of(gaz, text) == who, offices(gaz, text)


# --- 'Căn cứ chức năng, nhiệm vụ ..., X chủ động ...': grounds that are the doers' own remit open a duty --
def _task_texts(gaz, body: str) -> list[str]:
    from pipeline.config import Config
    from pipeline.extract import extract_tasks
    from pipeline.model import Document, lines_from_text
    from pipeline.structure import structure

    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 15/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "An Giang, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\nVề việc tổ chức thực hiện\n\nI. TỔ CHỨC THỰC HIỆN\n"
            + body + "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nNguyễn Văn An\n")
    doc = structure(Document(doc_id="t", lines=lines_from_text(text)), Config())
    return [t.text for t in extract_tasks(doc, gaz)[0]]


@pytest.mark.parametrize("body, lead", [
    ("Căn cứ chức năng, quyền hạn được giao và tình hình thực tế, các sở, ngành chủ động xây dựng phương án phòng, chống dịch.",
     "Các sở, ngành"),
    ("Căn cứ nhiệm vụ được giao, Sở Y tế khẩn trương hướng dẫn các cơ sở khám bệnh, chữa bệnh triển khai.", "Sở Y tế"),
    ("Căn cứ tình hình thực tế, UBND các huyện, thị xã tổ chức kiểm tra các cơ sở kinh doanh trên địa bàn.",
     "UBND các huyện, thị xã"),
])
def test_grounds_of_the_doers_own_remit_open_a_duty(gaz, body, lead):
    tasks = _task_texts(gaz, body)
    assert any(t.startswith("Căn cứ") for t in tasks), tasks
    assert lead_of(gaz, body) == lead


@pytest.mark.parametrize("body", [
    "Căn cứ chức năng, nhiệm vụ, quyền hạn của Sở Y tế;",
    "Căn cứ chức năng, nhiệm vụ và quyền hạn của Ủy ban nhân dân tỉnh;",
])
def test_a_legal_basis_stays_a_preamble(gaz, body):
    tasks = _task_texts(gaz, body)
    assert not any(t.startswith("Căn cứ") for t in tasks), tasks


# --- 'ban ngành', 'phòng ban': one generic word of a list, not 'ban' then a stray 'ngành' ------------------
@pytest.mark.parametrize("text, expected", [
    ("các đơn vị, ban ngành của huyện", "Các đơn vị, ban ngành của huyện"),  # (office29: the owning level stays)
    ("các cơ quan, phòng ban chuyên môn", "Các cơ quan, phòng ban"),
])
def test_ban_nganh_and_phong_ban_are_one_word_of_the_list(gaz, text, expected):
    assert _names(gaz, text)[0] == expected


# --- office batch 20 (after its blind first pass): a passive assigner, a managing unit -------------------
@pytest.mark.parametrize("text, lead, assigner", [
    ("Sở Nội vụ được UBND tỉnh giao phối hợp với Sở Tư pháp triển khai cơ chế một cửa liên thông.", "Sở Nội vụ", "UBND tỉnh"),
    ("Công an huyện được Chủ tịch UBND huyện giao chủ trì điều tra, làm rõ vụ việc.", "Công an huyện", "UBND huyện"),
    ("Trung tâm Y tế huyện được Sở Y tế giao tổ chức tiêm chủng cho trẻ em trên địa bàn.", "Trung tâm Y tế huyện", "Sở Y tế"),
])
def test_a_body_assigned_in_the_passive_is_the_doer(gaz, text, lead, assigner):
    got = offices(gaz, text)
    assert lead_of(gaz, text) == lead and not any(assigner in o for o in got), got


@pytest.mark.parametrize("text, partner", [
    ("Bộ đội Biên phòng phối hợp với các đơn vị quản lý cửa khẩu tăng cường kiểm soát hàng hóa.", "Các đơn vị quản lý cửa khẩu"),
    ("Sở Văn hóa phối hợp với các đơn vị quản lý di tích kiểm tra hoạt động lễ hội.", "Các đơn vị quản lý di tích"),
])
def test_a_managing_unit_is_named_by_what_it_manages(gaz, text, partner):
    assert partner in offices(gaz, text)


def test_a_unit_that_manages_closely_is_the_verb(gaz):
    assert offices(gaz, "Các đơn vị quản lý chặt chẽ tài sản công được giao.") == ["Các đơn vị"]
