"""tasks20: participants' lines read by one function (participants.names_participants, in place of
tasks.NARRATIVE_RE's 'Cùng dự có' forms, tasks18's ATTENDANCE_RE and points18's pass), and a duty an
official document hands out as a bare list of bodies and a verb (tasks.listed_bodies_act)."""
from __future__ import annotations

import pytest

from pipeline.extract import load_gazetteer
from pipeline.extract.participants import names_participants
from pipeline.extract.tasks import listed_bodies_act
from conftest import extracted_tasks


# ---------------------------------------------------------------- (6) participants' lines, one reading

# every wording the three older checks read, and points18's general shape
PARTICIPANTS = [
    # (tasks.NARRATIVE_RE's forms)
    "Cùng đi có lãnh đạo các Sở: Nông nghiệp và Môi trường, Tài chính, Xây dựng.",
    "Cùng dự có Sở Y tế, Sở Giáo dục và Đào tạo và UBND các huyện.",
    "Cùng làm việc với Đoàn có đại diện Ban Quản lý dự án tỉnh.",
    "Cùng đi với Bộ trưởng có Thứ trưởng và lãnh đạo các Cục, Vụ.",
    "Tham dự cuộc họp có các sở, ngành liên quan.",
    "Tham dự có đồng chí Phó Bí thư Thường trực Huyện ủy.",
    # (tasks18's ATTENDANCE_RE)
    "Dự và chỉ đạo cuộc họp có các đồng chí: Nguyễn Văn A, Phó Chủ tịch UBND tỉnh; Lê Văn B, Giám đốc Sở Y tế.",
    "Dự hội nghị có đồng chí Trần Thị C, Chủ tịch UBND huyện.",
    "Về dự có đồng chí Trưởng Ban Dân vận Huyện ủy.",
    "Tham dự buổi làm việc này có Sở Tài chính, Sở Nội vụ.",
    # (points18's shape)
    "Tham gia cùng Đoàn khảo sát còn có đại diện: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Công an tỉnh.",
    "Đi cùng đoàn có lãnh đạo Sở Công Thương, Sở Xây dựng.",
    "Tham gia Đoàn công tác còn có đại diện Sở Nội vụ.",
    "Cùng tham gia đoàn giám sát có đại diện Hội Nông dân tỉnh.",
    # (wordings of the `pages` corpus none of the three read)
    "Dự họp có đồng chí Phó Chủ tịch HĐND tỉnh, lãnh đạo các Ban HĐND tỉnh và các sở, ngành.",
    "Tiếp và làm việc với đoàn có đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành.",
    "Cùng tham gia buổi làm việc có lãnh đạo: Văn phòng UBND tỉnh; Sở Tài chính.",
    "Làm việc với đoàn có đại diện lãnh đạo Sở Y tế.",
]
NOT_PARTICIPANTS = [
    "Tham gia đầy đủ các cuộc họp của Ban Chỉ đạo tỉnh.",
    "Tham dự các lớp tập huấn do Sở Tư pháp tổ chức.",
    "Dự kiến có 500 hộ dân được hỗ trợ trong năm 2025.",
    "Làm việc có hiệu quả với các cơ quan liên quan.",
    "Tham dự hội nghị có trách nhiệm chuẩn bị báo cáo tham luận.",
    "Cùng dự có đại diện các phòng, đề nghị các phòng phối hợp rà soát hồ sơ.",
    "Dự họp có Sở Y tế; yêu cầu Sở Y tế báo cáo kết quả trước ngày 15/6.",
    "Làm việc với các cơ quan báo chí để cung cấp thông tin kịp thời.",
    "Tiếp tục có giải pháp hỗ trợ các hộ dân bị ảnh hưởng.",
    "Tiếp nhận và giải quyết hồ sơ của người dân đúng hạn.",
    "Đi có việc riêng thì phải báo cáo Thủ trưởng cơ quan.",
]


@pytest.mark.parametrize("line", PARTICIPANTS)
def test_every_participants_wording_is_one_reading(line):
    assert names_participants(line)


@pytest.mark.parametrize("line", NOT_PARTICIPANTS)
def test_duties_and_other_openings_are_no_participants_line(line):
    assert not names_participants(line)


CONCLUSION = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐẠI LỘC\nSố: 88/TB-UBND\nĐại Lộc, ngày 5 tháng 6 năm 2024\n"
              "THÔNG BÁO\nKết luận của Chủ tịch UBND huyện tại buổi làm việc\n1. Đề nghị\n"
              "UBND xã tăng cường kiểm tra an toàn thực phẩm tại các trường học.\n")
NEWS = ("Huyện kiểm tra công tác phòng chống dịch\n\n"
        "Sáng 12/5, Phó Chủ tịch UBND huyện đã kiểm tra công tác phòng chống dịch tại xã Đại Hiệp.\n\n")


@pytest.mark.parametrize("line", PARTICIPANTS[:2] + PARTICIPANTS[6:8] + PARTICIPANTS[10:12])
@pytest.mark.parametrize("frame", ["conclusion", "news"])
def test_a_participants_line_is_no_task_in_a_numbered_body_or_in_news(line, frame):
    after = "UBND xã rà soát, bổ sung phương tiện chữa cháy tại chỗ.\n"
    text = CONCLUSION + line + "\n" + after if frame == "conclusion" else NEWS + line + "\n\n" + \
        "Phó Chủ tịch UBND huyện yêu cầu UBND xã Đại Hiệp tăng cường giám sát các ổ dịch.\n"
    texts = [t.text for t in extracted_tasks(text)]
    assert not [x for x in texts if x.startswith(line[:20])], texts
    assert texts, texts


# ---------------------------------------------------------------- (1) a list of bodies and its verb

NOTICE = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nSố: 45/TB-UBND\nBình Dương, ngày 10 tháng 4 năm 2021\n"
          "THÔNG BÁO\nVề việc triển khai công tác bầu cử\n"
          "Ngày 05/4/2021, Ủy ban bầu cử tỉnh đã tổ chức hội nghị hiệp thương lần thứ ba.\n")
# wordings from other sources (development gold texts 11_binhduong, d4_thanhhoa, yq1_vinhphuc; a notice of an
# election committee, measure18's class (b)); (the list, the office each item must give)
LISTED = [
    ("Thành viên Ủy ban bầu cử tỉnh, các Ban bầu cử và các Tổ bầu cử đại biểu Quốc hội khóa XV, các cơ quan thông tin "
     "đại chúng trên địa bàn tỉnh tổ chức thông báo đến nhân dân danh sách người ứng cử.",
     "Các Tổ bầu cử đại biểu Quốc hội khóa XV"),
    ("Các sở, ban, ngành, huyện, thị xã xây dựng kế hoạch hoạt động khoa học và công nghệ hằng năm.", "Các sở, ban, ngành"),
    ("Phòng Văn hóa và Thông tin huyện, Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện đẩy mạnh tuyên truyền "
     "về phòng cháy, chữa cháy rừng.", "Phòng Văn hóa và Thông tin huyện"),
    ("Ban Chỉ đạo các huyện, các Tổ công tác và các cơ quan báo chí trên địa bàn tỉnh tăng cường tuyên truyền về "
     "công tác bầu cử.", "Ban Chỉ đạo các huyện"),
]


@pytest.mark.parametrize("line,office", LISTED)
def test_a_list_of_bodies_and_its_verb_is_a_duty_in_a_notice(line, office):
    assert listed_bodies_act(line, load_gazetteer())
    ts = extracted_tasks(NOTICE + line + "\nĐề nghị Ủy ban bầu cử các huyện niêm yết danh sách tại khu vực bỏ phiếu.\n")
    mine = [t for t in ts if t.text.startswith(line[:25])]
    assert mine, [t.text for t in ts]
    offices = [o.office for o in mine[0].offices]
    assert office in offices, offices
    assert not any("Quốc hội" == o or o.startswith("Đại biểu Quốc hội") for o in offices), offices
    # the next sentence names its own addressee and does not take the list's
    nxt = [t for t in ts if t.text.startswith("Đề nghị Ủy ban bầu cử các huyện")]
    assert nxt and [o.office for o in nxt[0].offices] == ["Ủy ban bầu cử các huyện"], [o.office for o in nxt[0].offices]


@pytest.mark.parametrize("line", [
    # one body acting: may be a report of what it does
    "Ủy ban bầu cử tỉnh tổ chức hội nghị hiệp thương lần thứ ba tại hội trường tỉnh.",
    # a list that reports with a tense
    "Các sở, ban, ngành, UBND các huyện đã tổ chức quán triệt nội dung Chỉ thị đến cán bộ, công chức.",
    "Các Ban bầu cử và các Tổ bầu cử đang tổ chức niêm yết danh sách cử tri.",
    # a source and its date before what it reports (development gold 05_vpcp's 'Báo Đấu thầu ngày ... đưa tin, ...')
    "Báo Nhân dân ngày 5 tháng 3 năm 2024 đưa tin, theo khảo sát, nhiều hộ kinh doanh chưa niêm yết giá.",
    "Đài Truyền hình tỉnh ngày 12/5 đưa tin, các xã, phường tổ chức ra quân dọn vệ sinh môi trường.",
])
def test_one_body_or_a_report_is_no_listed_duty(line):
    assert not listed_bodies_act(line, load_gazetteer())
    ts = extracted_tasks(NOTICE + line + "\n")
    assert not [t for t in ts if t.text.startswith(line[:25])], [t.text for t in ts]


def test_a_news_item_without_its_own_number_keeps_the_list_as_told():
    line = LISTED[1][0]
    ts = extracted_tasks(NEWS + line + "\n")
    assert not [t for t in ts if t.text.startswith(line[:25])], [t.text for t in ts]


# ---------------------------------------------------------------- (3) follow-on asks after a connective

NEWS_ITEM = "Tăng cường công tác quản lý\n\nSáng 12/5, lãnh đạo tỉnh đã làm việc với các sở về công tác quản lý.\n\n"
# (the request, its follow-on, the office the follow-on takes); wordings of the development gold (zb2's
# 'Đồng thời, lưu ý triển khai ...', yq4's 'Trong đó, đặc biệt ưu tiên ...') and of other letters
FOLLOW_ONS = [
    ("Chủ tịch UBND huyện đề nghị UBND các xã rà soát quy hoạch vùng sản xuất.",
     "Trong đó, đặc biệt ưu tiên xây dựng các vùng sản xuất chuyên canh tập trung.", "UBND các xã"),
    ("Bộ Y tế yêu cầu các bệnh viện rà soát quy trình tiếp đón người bệnh.",
     "Trong đó, đặc biệt lưu ý các khoa cấp cứu và khoa nhi.", "Các bệnh viện"),
    ("UBND tỉnh yêu cầu Sở Tư pháp hoàn thiện dự thảo Quy chế trong tháng 6.",
     "Đồng thời, lấy ý kiến các sở, ngành về dự thảo trước khi trình UBND tỉnh.", "Sở Tư pháp"),
    ("UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung triển khai các giải pháp chống hạn.",
     "Đồng thời, lưu ý triển khai tốt việc tiết kiệm nước, tích nước các hồ chứa trên địa bàn.", "Các sở, ngành, địa phương"),
    ("Sở Nội vụ đề nghị UBND các huyện rà soát vị trí việc làm.",
     "Ngoài ra, chú ý bố trí công chức đúng chuyên môn được đào tạo.", "UBND các huyện"),
]


@pytest.mark.parametrize("ask,follow,office", FOLLOW_ONS)
def test_a_follow_on_after_a_connective_is_one_more_point_of_the_request(ask, follow, office):
    ts = extracted_tasks(NEWS_ITEM + ask + " " + follow + "\n")
    mine = [t for t in ts if t.text.startswith(follow[:20])]
    assert mine, [t.text for t in ts]
    assert office in [o.office for o in mine[0].offices], [o.office for o in mine[0].offices]


@pytest.mark.parametrize("report,follow", [
    ("Năm qua, xã đã tổ chức nhiều đợt tuyên truyền về bầu cử.", "Đồng thời, lưu ý nhân dân về các biện pháp phòng dịch."),
    ("Thời gian qua, huyện đã rà soát quy hoạch vùng sản xuất.", "Trong đó, đặc biệt ưu tiên các vùng chuyên canh."),
])
def test_a_follow_on_after_a_report_stays_the_report(report, follow):
    ts = extracted_tasks(NEWS_ITEM + report + " " + follow + "\n")
    assert not [t for t in ts if t.text.startswith(follow[:20])], [t.text for t in ts]
