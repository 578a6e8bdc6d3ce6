"""(plain16) Points of a request printed as plain lines under its lead-in: a portal or press copy
that drops the list's bullets keeps its points (pipeline/extract/plainpoints.py); prose after a
colon that asks no one is not read."""
from __future__ import annotations

import pytest

from pipeline.extract.plainpoints import announces_points, opens_as_plain_point
from conftest import extracted_tasks


NEWS = ("Tăng cường phòng, chống dịch hại trên cây trồng vụ xuân\n\n"
        "Ngày 12/3, UBND tỉnh ban hành văn bản về tăng cường phòng, chống dịch hại trên cây trồng.\n\n"
        "Theo báo cáo của ngành nông nghiệp, hiện có hơn 500 ha lúa bị nhiễm sâu bệnh ở mức trung bình.\n\n")

LEAD_INS = [
    ("UBND tỉnh yêu cầu các sở, ngành, địa phương thực hiện một số nhiệm vụ sau:", "sở, ngành, địa phương"),
    ("Để chủ động ứng phó, Chủ tịch UBND tỉnh đề nghị các đơn vị, địa phương:", "đơn vị, địa phương"),
    ("UBND tỉnh giao UBND các huyện, thị xã, thành phố tập trung thực hiện các nội dung sau:", "huyện"),
    ("Chủ tịch UBND tỉnh chỉ đạo Sở Nông nghiệp và Môi trường thực hiện ngay các giải pháp cụ thể như sau:", "Nông nghiệp"),
]

POINTS = [
    # (points whose verb opens a noun phrase: no verb of doing after the first word)
    ["Tập trung cao độ cho công tác phòng trừ sâu bệnh hại lúa.",
     "Nâng cao hiệu quả công tác dự báo, cảnh báo sớm tình hình dịch hại.",
     "Kịp thời trong việc phát hiện và xử lý các ổ dịch mới phát sinh.",
     "Theo dõi sát diễn biến thời tiết và dịch hại trên đồng ruộng."],
    ["Nghiêm túc thực hiện chế độ trực ban, trực phòng chống dịch 24/24 giờ;",
     "Tích cực vận động nông dân dùng giống lúa kháng bệnh;",
     "Sẵn sàng vật tư, thuốc bảo vệ thực vật để dập dịch khi có ổ dịch;",
     "Không để dịch lây lan ra diện rộng."],
]


@pytest.mark.parametrize("lead,who", LEAD_INS)
@pytest.mark.parametrize("points", POINTS)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_plain_line_points_are_read_as_the_marked_lists_items(lead, who, points, gap):
    plain = extracted_tasks(NEWS + lead + "\n" + gap.join(points) + "\n")
    marked = extracted_tasks(NEWS + lead + "\n" + gap.join("- " + p for p in points) + "\n")
    for p in points:
        hit = [t for t in plain if t.text.startswith(p[:25])]
        assert hit, (p, [t.text for t in plain])
        item = [t for t in marked if t.text.lstrip("- ").startswith(p[:25])]
        # (the lead-in's bodies reach the point as they reach the marked item: one inheritance)
        assert sorted(r.office for r in hit[0].offices) == sorted(r.office for r in item[0].offices), p


@pytest.mark.parametrize("lead,who", LEAD_INS[:3])
def test_the_lead_ins_addressees_are_the_points_offices(lead, who):
    ts = extracted_tasks(NEWS + lead + "\n" + "\n".join(POINTS[0]) + "\n")
    for p in POINTS[0]:
        hit = [t for t in ts if t.text.startswith(p[:25])]
        assert any(who.casefold() in r.office.casefold() for r in hit[0].offices), (p, hit[0].offices)


def test_the_run_ends_at_a_statement_with_its_own_subject():
    text = (NEWS + "UBND tỉnh yêu cầu các đơn vị, địa phương thực hiện một số nhiệm vụ sau:\n"
            "Tập trung cao độ cho công tác phòng trừ sâu bệnh hại lúa.\n"
            "Năm nay, diện tích lúa vụ xuân toàn tỉnh đạt hơn 30 nghìn ha.\n"
            "Nâng cao hiệu quả công tác dự báo, cảnh báo sớm tình hình dịch hại.\n")
    got = [t.text for t in extracted_tasks(text)]
    assert any(t.startswith("Tập trung cao độ") for t in got)
    assert not any(t.startswith("Năm nay") for t in got)
    assert not any(t.startswith("Nâng cao hiệu quả") for t in got)


@pytest.mark.parametrize("lead,lines", [
    # facts after 'như sau:'
    ("Kết quả kiểm tra cụ thể như sau:",
     ["Tổ chức 15 lớp tập huấn cho hơn 500 lượt nông dân.", "Phun thuốc trên 200 ha lúa bị nhiễm bệnh."]),
    # what was directed before, reported
    ("Thời gian qua, UBND huyện đã chỉ đạo các xã thực hiện các nội dung sau:",
     ["Tổ chức ra quân diệt chuột trên toàn bộ diện tích.", "Tăng cường kiểm tra đồng ruộng."]),
    # a quotation
    ("Phát biểu tại hội nghị, đồng chí Chủ tịch UBND tỉnh nhấn mạnh rằng:",
     ["Tập trung cao độ là yếu tố quyết định thắng lợi của vụ xuân.", "Nâng cao năng suất là mục tiêu hàng đầu."]),
    # names and recipients
    ("Nơi nhận:", ["Như trên;", "Lưu: VT."]),
    ("Thành phần tham dự gồm:", ["Đại diện Sở Nông nghiệp và Môi trường;", "Lãnh đạo UBND các huyện."]),
])
def test_prose_after_a_colon_that_asks_no_one_is_not_read(lead, lines):
    got = [t.text for t in extracted_tasks(NEWS + lead + "\n" + "\n".join(lines) + "\n")]
    for x in lines:
        assert not any(t.startswith(x[:20]) for t in got), (x, got)


@pytest.mark.parametrize("t", [
    "UBND tỉnh yêu cầu các đơn vị, địa phương thực hiện một số nhiệm vụ sau:",
    "Chủ tịch UBND huyện yêu cầu:",
    "Sở Y tế đề nghị các đơn vị:",
    "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:",
    "Giao Sở Tài chính thực hiện các nội dung sau:",
])
def test_lead_ins_that_announce_duties(t):
    assert announces_points(t)


@pytest.mark.parametrize("t", [
    "Kết quả cụ thể như sau:", "Đồng chí Bí thư phát biểu:", "Nơi nhận:", "Thành phần gồm:",
    "UBND huyện đã chỉ đạo các xã thực hiện các nội dung sau:", "Hồ sơ đề nghị khen thưởng gồm:",
    "Hồ sơ đề nghị khen thưởng như sau:", "Ông Nguyễn Văn A cho biết:", "Tình hình dịch bệnh như sau:",
])
def test_colons_that_announce_no_duties(t):
    assert not announces_points(t)


@pytest.mark.parametrize("t,ok", [
    ("Tập trung cao độ cho công tác phòng dịch.", True),
    ("Nghiêm túc thực hiện chế độ trực ban.", True),
    ("Không để dịch lây lan.", True),
    ("Các xã đã tổ chức phun thuốc.", False),
    ("Năm nay diện tích lúa đạt 30 nghìn ha.", False),
    ("Đã tổ chức 15 lớp tập huấn.", False),
    ("“Tập trung cao độ là yếu tố quyết định.”", False),
])
def test_what_opens_a_plain_point(t, ok):
    assert opens_as_plain_point(t) is ok


LEAD = "UBND tỉnh yêu cầu các sở, ngành, địa phương thực hiện một số nhiệm vụ sau:\n"
LAST = "Theo dõi sát diễn biến thời tiết và dịch hại trên đồng ruộng.\n"


@pytest.mark.parametrize("point", [
    "Khi có sự cố, thiên tai xảy ra, nắm bắt, tổng hợp báo cáo ngay về UBND tỉnh.",
    "Trường hợp phát hiện ổ dịch mới, báo cáo ngay về Sở Nông nghiệp và Môi trường.",
    "Nếu có khó khăn, vướng mắc, kịp thời phản ánh về Sở Y tế để được hướng dẫn.",
    "Căn cứ tình hình thực tế, chủ động bố trí lực lượng trực 24/24 giờ.",
    "Căn cứ điều kiện của địa phương, xây dựng kế hoạch cụ thể để triển khai.",
])
def test_a_point_fronted_by_its_case_or_ground_is_read(point):
    got = [t.text for t in extracted_tasks(NEWS + LEAD + point + "\n" + LAST)]
    assert any(t.startswith(point[:25]) for t in got), got


@pytest.mark.parametrize("point", [
    "Kiểm đếm tàu thuyền đang hoạt động trên biển để chủ động phương án.",
    "Cắm mốc cảnh báo tại các điểm có nguy cơ sạt lở.",
    "Hoãn các cuộc họp không cần thiết.",
])
def test_a_line_whose_verb_no_list_knows_is_read_before_a_point(point):
    got = [t.text for t in extracted_tasks(NEWS + LEAD + point + "\n" + LAST)]
    assert any(t.startswith(point[:25]) for t in got), got


@pytest.mark.parametrize("line", [
    "Năm nay, diện tích lúa vụ xuân toàn tỉnh đạt hơn 30 nghìn ha.",
    "Tình hình dịch bệnh diễn biến phức tạp ở nhiều địa phương.",
    "Hiện nay trên địa bàn tỉnh có hơn 500 ha lúa bị nhiễm bệnh.",
    "Lực lượng chức năng đã tổ chức kiểm tra 20 cơ sở.",
])
def test_a_statement_before_a_point_is_not_read(line):
    got = [t.text for t in extracted_tasks(NEWS + LEAD + line + "\n" + LAST)]
    assert not any(t.startswith(line[:25]) for t in got), got


@pytest.mark.parametrize("t", [
    "Khi có sự cố, UBND xã báo cáo ngay về huyện.",
    "Trường hợp Chủ tịch đi vắng, Phó Chủ tịch chủ trì cuộc họp.",
])
def test_a_case_then_its_own_subject_is_no_subjectless_point(t):
    assert not opens_as_plain_point(t)
