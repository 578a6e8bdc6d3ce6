"""header43: header fields (issue 5) -- measure26/27/30/31's (H18), a body's own plan told in a verb phrase the press lead
did not read: a bare 'xây dựng Kế hoạch ...' after a ground or a purpose that opens the lead, and 'triển khai (thực hiện)
kế hoạch ...' with or without 'vừa / đã'.

Real texts off the standing sets: header_fields AT01 (Tuyên Quang's paper, 'Nhằm ..., UBND tỉnh xây dựng Kế hoạch tổ chức
...'), baophuyen.vn's Đông Hòa item ('UBND huyện Đông Hòa vừa triển khai kế hoạch tổ chức đón Tết ...') and Sơn Tây's portal
item ('Chiều ngày 22/1, UBND thị xã triển khai kế hoạch tổ chức Lễ phát động ...'), both from the pages corpus; the
counter-cases are the task wording the press lead's own comment quotes and a lead with no opener.
"""
from __future__ import annotations

from conftest import benchmark_row, header_head, structured_header

from pipeline.structure.posted import press_lead

# baophuyen.vn/141/92866 'Đông Hòa: Triển khai các hoạt động vui xuân đón Tết Nguyên đán Quý Tỵ 2013' (pages corpus), its lead
_DONGHOA = (
    "UBND huyện Đông Hòa vừa triển khai kế hoạch tổ chức đón Tết Nguyên đán Quý Tỵ 2013 với tinh thần bảo đảm cho mọi người, "
    "mọi nhà đón tết trong không khí vui vẻ, đầm ấm, an toàn.\n"
    "Theo đó, UBND huyện giao Phòng Văn hóa - Thông tin tổ chức nhiều hoạt động vui xuân, đón tết phong phú và thiết thực "
    "như: Đêm thơ Xuân lần thứ 8 vào tối mùng 10 tết; Chương trình văn nghệ mừng Đảng, mừng xuân năm 2013 tại khu vực trung "
    "tâm huyện.\nMINH HUYỀN\n")

# sontay.hanoi.gov.vn/do-thi/-/view_content/3234966 'Thị xã triển khai kế hoạch phát động Tết trồng cây xuân Kỷ Hợi' (pages
# corpus), its opening
_SONTAY = (
    "Thị xã triển khai kế hoạch phát động Tết trồng cây xuân Kỷ Hợi\n"
    "Ngày đăng 23/01/2019 | 08:16  | View count: 5770\n\n"
    "Chiều ngày 22/1, UBND thị xã triển khai kế hoạch tổ chức Lễ phát động Tết trồng cây đời đời nhớ ơn Bác Hồ xuân Kỷ Hợi "
    "năm 2019. Đ/c Tạ Thanh Phong – Phó Chủ tịch UBND thị xã chủ trì hội nghị.\n\n"
    "Lễ phát động Tết trồng cây xuân Kỷ Hợi sẽ diễn ra vào ngày 10 tết\n\n"
    "Theo kế hoạch, Lễ phát động Tết trồng cây đời đời nhớ ơn Bác Hồ xuân Kỷ Hợi năm 2019 sẽ diễn ra vào 9h00 ngày 10 tết "
    "tại Khu di tích Văn Miếu – xã Đường Lâm.\n")


def test_a_bare_plan_phrase_after_a_purpose_clause_is_the_bodys_own_plan():
    text = benchmark_row("benchmarks/data/header_fields.jsonl", "id",
                         "header38_AT01_tuyenquang_ubndtinh_kehoach08_tetrongcay_2025_listpage")["text"]
    h = structured_header(text)
    assert (h.doc_type, h.issuer) == ("Kế hoạch", "UBND tỉnh")


def test_a_plan_deployed_just_now_is_the_bodys_own():
    assert header_head(structured_header(_DONGHOA)) == ("Kế hoạch", None, None, "UBND huyện Đông Hòa")


def test_a_plan_deployed_at_a_meeting_takes_no_date_from_the_meetings_day():
    # ('Chiều ngày 22/1' is the meeting's day, no document's: gold README's meeting convention)
    assert header_head(structured_header(_SONTAY)) == ("Kế hoạch", None, None, "UBND thị xã")


def test_a_ground_then_a_bare_plan_phrase_reads_the_body():
    out = press_lead("Thực hiện ý kiến chỉ đạo của UBND huyện, UBND xã Tân Lập xây dựng Kế hoạch tổ chức ra quân làm "
                     "đường giao thông nông thôn năm 2020.")
    assert out is not None and (out.doc_type, out.issuer) == ("Kế hoạch", "UBND xã Tân Lập")


def test_a_bare_plan_phrase_with_no_opener_is_no_lead():
    # (with no ground or purpose before it the phrase is as often a task the plan asks)
    assert press_lead("UBND xã Tân Lập xây dựng kế hoạch tổ chức ra quân làm đường giao thông.") is None


def test_several_bodies_building_plans_are_a_step_not_a_lead():
    assert press_lead("Thực hiện Kế hoạch của UBND huyện, Đảng ủy, UBND các xã xây dựng kế hoạch chỉ đạo thu hoạch lúa "
                      "xuân.") is None
    assert press_lead("Để bảo đảm vệ sinh môi trường, các xã triển khai kế hoạch ra quân tổng vệ sinh.") is None


def test_a_plan_presented_at_a_meeting_the_body_held_is_no_lead():
    # (development ef10's lead: the words before 'triển khai' are the body's own act, not its name)
    assert press_lead("Ban Thường vụ Huyện ủy Châu Phú vừa tổ chức hội nghị triển khai kế hoạch chuẩn bị Đại hội Đảng các "
                      "cấp.") is None
    assert press_lead("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng đang triển khai kế hoạch tổ chức Đại hội MTTQ các "
                      "cấp.") is None
