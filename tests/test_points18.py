"""(points18) Verbless target items under a lead-in that carries the duty (extract/targetitems.py), who else
took part read as no task (extract/participants.py), and the first list label after a lead-in whose colon
was dropped (structure/sections.py colonless_lead_in)."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.participants import names_participants
from pipeline.extract.targetitems import lead_in_carries_duty, target_item, target_period, target_unit
from conftest import extracted_tasks


DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 120/QĐ-UBND\nBình Định, ngày 10 tháng 3 năm 2023\n"
            "QUYẾT ĐỊNH\nVề việc giao chỉ tiêu\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nQUYẾT ĐỊNH:\n"
            "Điều 1. Giao chỉ tiêu thực hiện năm 2023 - 2025 cho các địa phương.\n")
NEWS = ("Tỉnh đặt lộ trình cho các địa phương\n\n"
        "Ngày 10/3, UBND tỉnh ban hành quyết định giao chỉ tiêu cho các địa phương trên địa bàn.\n\n")

# (lead-in, the doer its items take)
LEADS = [
    ("UBND các huyện, thị xã, thành phố phấn đấu hoàn thành chuyển đổi số cấp xã theo từng năm, cụ thể như sau:",
     "UBND các huyện, thị xã, thành phố"),
    ("Giao Sở Xây dựng hoàn thành cải tạo chung cư cũ theo lộ trình như sau:", "Sở Xây dựng"),
    ("Sở Giáo dục và Đào tạo triển khai thực hiện kiên cố hóa phòng học, cụ thể:", "Sở Giáo dục và Đào tạo"),
    ("Yêu cầu UBND các xã hoàn thành xóa nhà tạm theo các mốc sau:", "UBND các xã"),
]
# (items, the deadlines of their periods)
ITEMS = [
    (["Năm 2023: 94 xã, phường, thị trấn.", "Năm 2024: 150 xã, phường, thị trấn.", "Năm 2025: các xã còn lại."],
     [dt.date(2023, 12, 31), dt.date(2024, 12, 31), dt.date(2025, 12, 31)]),
    (["Giai đoạn 2023-2024: 60% số công trình;", "Giai đoạn 2025 - 2026: 100% số công trình."],
     [dt.date(2024, 12, 31), dt.date(2026, 12, 31)]),
    (["Quý II/2024: tối thiểu 30 phòng học.", "Quý IV/2024: 45 phòng học."],
     [dt.date(2024, 6, 30), dt.date(2024, 12, 31)]),
]


@pytest.mark.parametrize("lead,who", LEADS)
@pytest.mark.parametrize("items,due", ITEMS)
@pytest.mark.parametrize("mark", ["- ", "+ ", ""])
@pytest.mark.parametrize("frame", [DECISION, NEWS])
def test_target_items_are_the_lead_ins_duty_applied_to_their_period(lead, who, items, due, mark, frame):
    ts = extracted_tasks(frame + lead + "\n" + "\n".join(mark + x for x in items) + "\n")
    for item, day in zip(items, due):
        hit = [t for t in ts if t.text.lstrip("-+ ").startswith(item[:14])]
        assert hit, (item, [t.text for t in ts])
        assert hit[0].deadline == day, (item, hit[0].deadline)
        assert [r.office for r in hit[0].offices] == [who], (item, hit[0].offices)


@pytest.mark.parametrize("mark", ["- ", ""])
def test_a_quotas_unit_is_the_items_office(mark):
    lead = "UBND các huyện triển khai thực hiện chỉ tiêu hỗ trợ xây nhà cho hộ nghèo giao cụ thể:"
    items = ["Huyện Phù Cát: 120 hộ.", "Thị xã An Nhơn: 95 hộ.", "Xã Cát Hải: tối thiểu 30 hộ."]
    for frame in (DECISION, NEWS):
        ts = extracted_tasks(frame + lead + "\n" + "\n".join(mark + x for x in items) + "\n")
        for item in items:
            hit = [t for t in ts if t.text.lstrip("- ").startswith(item[:10])]
            assert hit and [r.office for r in hit[0].offices] == [item.split(":")[0]], (item, [t.text for t in ts])


@pytest.mark.parametrize("lead", [
    "Kết quả chuyển đổi số cấp xã đạt được như sau:",
    "Mục tiêu cụ thể đến năm 2025:",
    "Năm 2022, toàn tỉnh đã hoàn thành chuyển đổi số tại 50 xã, cụ thể:",
    "Số liệu thống kê qua các năm như sau:",
])
def test_items_under_a_report_or_a_goal_are_not_read(lead):
    items = ["Năm 2022: 94 xã, phường, thị trấn.", "Năm 2023: 150 xã, phường, thị trấn."]
    ts = extracted_tasks(NEWS + lead + "\n" + "\n".join(items) + "\n")
    assert not [t for t in ts if t.text.startswith("Năm 202")], [t.text for t in ts]


def test_lead_ins_and_items():
    assert lead_in_carries_duty("Số xã phấn đấu hoàn thành chuyển đổi số theo từng năm, cụ thể như sau:")
    assert lead_in_carries_duty("Lộ trình thực hiện như sau:")
    assert lead_in_carries_duty("Giao chỉ tiêu cho các huyện như sau:")
    assert not lead_in_carries_duty("Phát biểu tại hội nghị, đồng chí Chủ tịch nhấn mạnh:")
    assert not lead_in_carries_duty("Thành phần tham dự gồm:")
    assert not lead_in_carries_duty("Các xã đã hoàn thành chuyển đổi số như sau:")
    assert target_item("Năm 2022: 94 xã, phường, thị trấn.") and target_period("Năm 2022: 94 xã.") == "Năm 2022"
    assert target_item("Đến hết năm 2025: 100% hồ sơ.")
    assert target_item("Huyện Tuy Phước: 80 hộ.") and target_unit("Huyện Tuy Phước: 80 hộ.") == "Huyện Tuy Phước"
    assert not target_item("Huyện Tuy Phước: chưa có báo cáo.")  # (a unit's value holds a figure)
    assert not target_item("Năm 2022: đã hoàn thành 94 xã.")  # (a report)
    assert not target_item("Lưu ý: các xã phải hoàn thành trong năm 2022.")


PARTICIPANT_LINES = [
    "Tham gia cùng Đoàn khảo sát còn có đại diện: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, "
    "lãnh đạo Phòng Cảnh sát PCCC và CNCH Công an tỉnh.",
    "Tham gia Đoàn công tác còn có đại diện Sở Nội vụ, Sở Y tế.",
    "Cùng tham gia đoàn giám sát có đại diện: Ủy ban MTTQ Việt Nam tỉnh, Hội Nông dân tỉnh.",
    "Đi cùng đoàn có lãnh đạo Sở Nông nghiệp và Môi trường, Sở Tài chính.",
    "Tham dự buổi làm việc có lãnh đạo Sở Xây dựng, Sở Tài chính.",
    "Cùng dự có đồng chí Phó Trưởng phòng Nông nghiệp và Phát triển nông thôn.",
]
CONCLUSION = ("HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM\nBAN PHÁP CHẾ\nSố: 25/TB-HĐND\nQuảng Nam, ngày 5 tháng 6 năm 2024\n"
              "THÔNG BÁO\nKết luận của Đoàn khảo sát\n1. Đề nghị\n"
              "UBND xã tăng cường kiểm tra an toàn PCCC tại các hộ kinh doanh.\n")


@pytest.mark.parametrize("line", PARTICIPANT_LINES)
def test_a_participants_line_is_no_task(line):
    assert names_participants(line)
    ts = extracted_tasks(CONCLUSION + line + "\nUBND xã rà soát, bổ sung phương tiện chữa cháy tại chỗ.\n")
    texts = [t.text for t in ts]
    assert not [x for x in texts if x.startswith(line[:20])], texts
    assert any(x.startswith("UBND xã tăng cường") for x in texts) and any(x.startswith("UBND xã rà soát") for x in texts)


@pytest.mark.parametrize("line", [
    "Tham gia đầy đủ các cuộc họp của Ban Chỉ đạo tỉnh.",
    "Tham dự các lớp tập huấn do Sở Tư pháp tổ chức.",
    "Cùng dự có đại diện các phòng, đề nghị các phòng phối hợp rà soát hồ sơ.",
])
def test_duties_of_taking_part_stay_tasks(line):
    assert not names_participants(line)


@pytest.mark.parametrize("lead", [
    "Giao chỉ tiêu chuyển đổi số cấp huyện, cấp xã giai đoạn 2022-2025 trên địa bàn tỉnh, cụ thể như sau",
    "Để thực hiện tốt công tác phòng cháy, chữa cháy, UBND huyện yêu cầu các đơn vị thực hiện các nội dung sau",
    "Ủy ban nhân dân tỉnh giao nhiệm vụ cho các sở, ngành và địa phương như sau",
])
@pytest.mark.parametrize("label2", [("1.", "2."), ("a)", "b)")])
def test_the_first_item_after_a_lead_in_without_its_colon_has_its_section(lead, label2):
    one, two = label2
    text = ("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 969/QĐ-UBND\nThanh Hóa, ngày 10 tháng 3 năm 2022\n"
            "QUYẾT ĐỊNH\nVề việc giao nhiệm vụ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nQUYẾT ĐỊNH:\n" + lead + "\n"
            f"{one} Chuyển đổi số cấp huyện\n- Đến năm 2025, hoàn thành chuyển đổi số tại 12 huyện.\n"
            "- Các huyện xây dựng kế hoạch chuyển đổi số.\n"
            f"{two} Chuyển đổi số cấp xã\n- Hoàn thành chuyển đổi số tại 94 xã trong năm 2022.\n")
    ts = extracted_tasks(text)
    sec = {t.text[:20]: t.section for t in ts}
    assert sec.get("Đến năm 2025, hoàn t") == one.rstrip(".)"), sec
    assert sec.get("Các huyện xây dựng k") == one.rstrip(".)"), sec
    assert sec.get("Hoàn thành chuyển đổ") == two.rstrip(".)"), sec
