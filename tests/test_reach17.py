"""Offices measure17 found missing on unseen17 (session 17, reach17, issue 5).

From HISTORY's measure17 classes only (the set itself never opened): (2) a committee named by its
fields, the post-2025 'Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh'
and its kind, dropped as an addressee (with or without 'các đồng chí thành viên'); (5) 'BQL' (Ban Quản
lý) before a name written in lower case, not read as a subject; (1) asks that name no doer after a
request that named its addressees: a modal duty ('Với ..., cần ...', 'Cần ...'), a duty on what is to be
handled ('Các trường hợp vi phạm phải xử lý nghiêm'), also past a statement.  The sentences are written
here in the wordings counted (pages corpus, gold texts, office_spans), never copied from a scored text."""
from __future__ import annotations

import pytest

from conftest import process_text, responsible

from pipeline.extract.askreach import handled_thing_duty, modal_duty
from pipeline.extract.offices import roles_in_sentence


def _leads(text, gaz):
    return [r.office for r in roles_in_sentence(text, gaz) if r.role == "lead"]


COMMITTEES = [
    "Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh",
    "Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Quảng Trị",
    "Ban Chỉ huy Phòng chống thiên tai - Tìm kiếm cứu nạn và Phòng thủ dân sự huyện",
    "Ban Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình tỉnh",
    "Ban Chỉ huy Phòng thủ dân sự và Tìm kiếm cứu nạn xã",
    "BCH Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn phường",
]
ASKS = [
    ("UBND tỉnh đề nghị ", " theo dõi chặt chẽ diễn biến mưa lũ, chủ động triển khai các biện pháp ứng phó."),
    ("Chủ tịch UBND tỉnh yêu cầu ", " khẩn trương kiểm tra, rà soát các khu vực nguy cơ sạt lở."),
]


@pytest.mark.parametrize("name", COMMITTEES)
@pytest.mark.parametrize("before,after", ASKS)
@pytest.mark.parametrize("members", ["", "thành viên ", "các thành viên ", "các đồng chí thành viên "])
def test_committee_named_by_fields_is_the_addressee(gaz, name, before, after, members):
    leads = _leads(before + members + name + after, gaz)
    # ('các đồng chí thành viên X' is read as 'Thành viên X', the honorific dropped, as before)
    assert [x.casefold() for x in leads] == [(members.replace("các đồng chí ", "") + name).casefold()]


@pytest.mark.parametrize("name", COMMITTEES[:4])
def test_committee_then_other_addressees(gaz, name):
    text = f"UBND tỉnh đề nghị các đồng chí thành viên {name}, các cơ quan, đơn vị, cá nhân có liên quan theo dõi chặt chẽ diễn biến mưa lũ."
    leads = [x.casefold() for x in _leads(text, gaz)]
    assert leads == [f"thành viên {name}".casefold(), "các cơ quan, đơn vị, cá nhân có liên quan"]


@pytest.mark.parametrize("text,expected", [
    # a body after 'và' or after a comma is a party of its own, not a field of the committee
    ("UBND tỉnh yêu cầu Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh, Sở Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến mưa lũ.",
     ["Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh", "Sở Nông nghiệp và Môi trường"]),
    ("Ban Chỉ đạo yêu cầu UBND các huyện, Sở Y tế tỉnh khẩn trương triển khai.", ["UBND các huyện", "Sở Y tế tỉnh"]),
    # names the gazetteer or the generic reading already gave whole stay as they were
    ("UBND tỉnh yêu cầu Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh chủ động triển khai phương án ứng phó.",
     ["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"]),
    ("Thủ tướng yêu cầu các thành viên Ban Chỉ đạo Phòng thủ dân sự quốc gia chủ động triển khai phương án ứng phó.",
     ["Các thành viên Ban Chỉ đạo Phòng thủ dân sự quốc gia"]),
])
def test_committee_reading_keeps_other_parties(gaz, text, expected):
    assert _leads(text, gaz) == expected


@pytest.mark.parametrize("text,expected", [
    ("Cùng với đó, BQL các dự án trọng điểm phát triển đô thị khẩn trương hoàn thiện hồ sơ.",
     "BQL các dự án trọng điểm phát triển đô thị"),
    ("BQL dự án đầu tư xây dựng tỉnh khẩn trương hoàn thiện hồ sơ, đẩy nhanh tiến độ thi công.",
     "BQL dự án đầu tư xây dựng tỉnh"),
    ("Yêu cầu BQL rừng phòng hộ Hương Khê tăng cường tuần tra, kiểm soát.", "BQL rừng phòng hộ Hương Khê"),
    ("BQL các khu công nghiệp tỉnh hướng dẫn doanh nghiệp hoàn thiện thủ tục.", "BQL các khu công nghiệp tỉnh"),
    ("Đồng thời, BQLDA huyện đẩy nhanh tiến độ giải ngân.", "BQLDA huyện"),
    ("BQL Khu kinh tế tỉnh chủ trì, phối hợp với các sở, ngành liên quan hướng dẫn doanh nghiệp.", "BQL Khu kinh tế tỉnh"),
])
def test_bql_is_a_subject(gaz, text, expected):
    assert _leads(text, gaz) == [expected]


@pytest.mark.parametrize("text", [
    "Với những học sinh có hoàn cảnh khó khăn, cần vận động các nhà hảo tâm hỗ trợ mua thẻ bảo hiểm y tế.",
    "Đối với các ổ dịch mới phát sinh, cần tổ chức tiêu hủy kịp thời, không để dịch lây lan.",
    "Riêng các xã vùng cao, phải bố trí lực lượng thường trực 24/24 giờ.",
    "Trường hợp phát hiện vi phạm thì phải xử lý nghiêm theo quy định.",
    "Cần chú trọng kiểm tra các bếp ăn tập thể tại khu công nghiệp, trường học.",
    "Cần phải khẩn trương rà soát, thống kê thiệt hại.",
])
def test_modal_duty(text):
    assert modal_duty(text)


@pytest.mark.parametrize("text", [
    "Các trường hợp vi phạm phải xử lý nghiêm, công khai trên các phương tiện thông tin đại chúng.",
    "Mọi hành vi lấn chiếm đất công phải được ngăn chặn, xử lý kịp thời.",
    "Những sai phạm cần được chấn chỉnh, khắc phục ngay.",
    "Các công trình vi phạm phải bị cưỡng chế tháo dỡ.",
])
def test_handled_thing_duty(text):
    assert handled_thing_duty(text)


@pytest.mark.parametrize("text", [
    "Với sự vào cuộc của cả hệ thống chính trị, tỷ lệ bao phủ đã đạt 92%.",
    "Khi đã hoàn thành, cần báo cáo kết quả.",
    "Cần Thơ là địa phương dẫn đầu về tỷ lệ tham gia.",
    "Các trường hợp vi phạm đã được xử lý nghiêm.",
    "Các trường hợp vi phạm năm qua tăng 12%.",
])
def test_not_a_doerless_ask(text):
    assert not modal_duty(text) and not handled_thing_duty(text)


LEADS = [
    # (office33: the plural before one office of every district kept as written, as the gold writes it 85 times in 93)
    ("Để nâng cao tỷ lệ học sinh tham gia bảo hiểm y tế, Sở GD-ĐT đã có văn bản đề nghị các phòng GD-ĐT, các trường "
     "trực thuộc sở tăng cường công tác tuyên truyền.", ["Các Phòng GD-ĐT", "Các trường"]),
    ("Tại cuộc họp, Phó Chủ tịch UBND tỉnh yêu cầu các địa phương tăng cường kiểm tra các cơ sở sản xuất, kinh doanh "
     "thực phẩm.", ["Các địa phương"]),
    ("Theo đó, UBND tỉnh đề nghị các sở, ngành, UBND các huyện chủ động giám sát chặt chẽ tình hình dịch bệnh.",
     ["Các sở, ngành", "UBND các huyện"]),
]
POINTS = [
    "Với những hộ có hoàn cảnh khó khăn, cần vận động các nhà hảo tâm hỗ trợ.",
    "Các trường hợp vi phạm phải xử lý nghiêm, công khai trên các phương tiện thông tin đại chúng.",
    "Cần chú trọng kiểm tra các bếp ăn tập thể tại khu công nghiệp, trường học.",
]
STATEMENT = "Theo báo cáo, năm qua toàn tỉnh đã kiểm tra hơn 2.000 cơ sở."


@pytest.mark.parametrize("lead,who", LEADS)
@pytest.mark.parametrize("point", POINTS)
@pytest.mark.parametrize("between", ["", STATEMENT])
def test_doerless_ask_goes_to_the_request_addressees(tmp_path, lead, who, point, between):
    text = "Tăng cường kiểm tra\n\n" + lead + "\n\n" + (between + "\n\n" if between else "") + point + "\n"
    doc = process_text(tmp_path, text)
    got = [x.casefold() for x in responsible(doc, point[:25])]
    assert got == [x.casefold() for x in who]


def test_point_after_a_doerless_ask_goes_on_with_it(tmp_path):
    text = ("Tăng cường kiểm tra\n\n" + LEADS[0][0] + "\n\n" + STATEMENT + "\n\n" + POINTS[0] + "\n\n"
            "Tiếp tục vận động đảm bảo 100% học sinh tham gia bảo hiểm y tế.\n")
    doc = process_text(tmp_path, text)
    assert [x.casefold() for x in responsible(doc, "Tiếp tục vận động")] == ["các phòng gd-đt", "các trường"]


def test_a_point_with_its_own_doer_keeps_it(tmp_path):
    text = ("Tăng cường kiểm tra\n\n" + LEADS[1][0] + "\n\n" + STATEMENT + "\n\n"
            "Đối với các bếp ăn tập thể, Sở Y tế cần kiểm tra đột xuất.\n")
    doc = process_text(tmp_path, text)
    assert responsible(doc, "Đối với các bếp ăn") == ["Sở Y tế"]


@pytest.mark.parametrize("text,yes", [
    ("Cùng với đó, chủ động phòng, tránh, giảm thiểu thiệt hại do dông, lốc xoáy gây ra.", True),
    ("Cùng với đó là đẩy mạnh công tác thông tin tuyên truyền, cảnh báo trên các phương tiện thông tin đại chúng.", True),
    ("Cùng với đó, tăng cường kiểm tra, giám sát việc thực hiện.", True),
    ("Cùng với việc này, rà soát lại toàn bộ hệ thống đê điều.", True),
    ("Cùng với đó, Sở Y tế tăng cường kiểm tra.", False),  # a doer of its own
    ("Cùng với đó, đã tổ chức 12 lớp tập huấn.", False),  # a report
    ("Cùng với đó, năm qua toàn tỉnh có 200 hộ thoát nghèo.", False),
])
def test_along_with_point(text, yes):
    from pipeline.extract.askreach import along_with_point

    assert along_with_point(text) is yes


@pytest.mark.parametrize("point", [
    # (whether 'Cùng với đó, <verb> ...' is read as a task at all depends on its verb -- 'tăng cường', 'chủ
    # động', 'kịp thời', 'triển khai' after the marker are not always: a gap of the classifier, not of the
    # offices, left open)
    "Cùng với đó, khẩn trương rà soát các khu vực có nguy cơ sạt lở, di dời dân đến nơi an toàn.",
    "Cùng với đó là khẩn trương rà soát các khu vực có nguy cơ sạt lở, di dời dân đến nơi an toàn.",
])
def test_along_with_point_goes_to_the_addressees(tmp_path, point):
    text = ("Tăng cường phòng chống thiên tai\n\n" + LEADS[2][0] + " Tăng cường công tác cảnh báo thiên tai đến từng khu dân cư.\n\n"
            + point + " Tăng cường tuyên truyền, hướng dẫn kỹ năng phòng tránh cho người dân.\n")
    doc = process_text(tmp_path, text)
    assert [x.casefold() for x in responsible(doc, point[:25])] == [x.casefold() for x in LEADS[2][1]]
