"""Clause-level office and deadline finding on sentences written for these tests (the shapes
of benchmarks/extract_variants.py): the same meaning in other words must give the same
offices, lead and deadline."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.extract import extract
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure

HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 77/KH-UBND
Hà Tĩnh, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện nhiệm vụ năm 2026

I. NHIỆM VỤ
"""
TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình
"""


def run(body: str) -> list:
    doc = Document(doc_id="t", lines=lines_from_text(HEAD + body.strip("\n") + "\n" + TAIL))
    config = Config()
    return extract(structure(doc, config), config).tasks


def task_at(tasks, words: str):
    return next(t for t in tasks if words in t.text)


def offices(t) -> list[str]:
    return [r.office for r in t.offices if r.role in ("lead", "support")]


def test_sub_lines_of_an_item_are_its_own():
    tasks = run("""
1. Sở Y tế chủ trì rà soát danh mục thuốc thiết yếu tại các trạm y tế.
2. Kiểm tra việc niêm yết giá dịch vụ khám bệnh.
- Cơ quan thực hiện: Thanh tra tỉnh.
- Thời gian: trong quý II/2026.
""")
    first, second = task_at(tasks, "danh mục thuốc"), task_at(tasks, "niêm yết giá")
    assert offices(first) == ["Sở Y tế"] and first.deadline is None
    assert offices(second) == ["Thanh tra tỉnh"] and second.deadline == dt.date(2026, 6, 30)


def test_an_attribute_block_still_covers_earlier_items_without_a_subject():
    tasks = run("""
1. Tổ chức tuyên truyền Luật Đất đai đến người dân.
2. Hướng dẫn các xã lập hồ sơ địa chính.
- Cơ quan thực hiện: Sở Nông nghiệp và Môi trường.
- Thời gian thực hiện: hoàn thành trong tháng 9/2026.
""")
    for words in ("tuyên truyền Luật", "hồ sơ địa chính"):
        t = task_at(tasks, words)
        assert offices(t) == ["Sở Nông nghiệp và Môi trường"] and t.deadline == dt.date(2026, 9, 30)


@pytest.mark.parametrize("sentence, office, due", [
    ("Trước 16 giờ 00 ngày 7/9/2026, Ủy ban nhân dân các huyện, thành phố có trách nhiệm gửi báo cáo đánh giá.",
     "Ủy ban nhân dân các huyện, thành phố", dt.date(2026, 9, 7)),
    ("Hằng tháng trước ngày 20, Văn phòng Chính phủ có trách nhiệm chủ trì tổng hợp tình hình giải ngân.",
     "Văn phòng Chính phủ", None),
    ("Chậm nhất là ngày 12 tháng 4 năm 2026, Sở Tư pháp hoàn thiện dự thảo quy chế.", "Sở Tư pháp", dt.date(2026, 4, 12)),
    ("Trong quý III/2026, Trung tâm Y tế huyện chủ trì tổ chức tiêm chủng mở rộng.", "Trung tâm Y tế huyện", dt.date(2026, 9, 30)),
    ("Trong năm 2026, các sở, ban, ngành theo chức năng, nhiệm vụ được giao tập trung cắt giảm thủ tục hành chính.",
     "Các sở, ban, ngành", dt.date(2026, 12, 31)),
])
def test_a_time_opener_before_the_subject(sentence, office, due):
    t = run(f"1. {sentence}")[0]
    assert t.lead == office
    assert t.deadline == due


def test_a_past_report_after_a_time_opener_sets_no_deadline():
    from pipeline.extract.temporal import find_deadline

    assert find_deadline("Trong năm 2025, Sở Y tế đã tổ chức tiêm chủng cho 95% trẻ em.", 2026) is None
    assert find_deadline("Trong năm 2026, Sở Y tế tổ chức tiêm chủng cho trẻ em.", 2026).date == dt.date(2026, 12, 31)


@pytest.mark.parametrize("sentence, lead", [
    ("Rà soát, sắp xếp trụ sở dôi dư, do Bộ Xây dựng thực hiện, chậm nhất ngày 04/9/2026.", "Bộ Xây dựng"),
    ("Cập nhật cơ sở dữ liệu dân cư (do Công an huyện đảm nhận).", "Công an huyện"),
    ("Tổ chức tập huấn nghiệp vụ văn thư, do các cơ quan, đơn vị, địa phương thực hiện.", "Các cơ quan, đơn vị, địa phương"),
])
def test_the_agent_after_the_work(sentence, lead):
    t = run(f"1. {sentence}")[0]
    assert t.lead == lead and offices(t) == [lead]


def test_do_naming_a_cause_is_no_agent():
    from pipeline.extract.offices import load_gazetteer, roles_in_sentence

    gaz = load_gazetteer()
    assert roles_in_sentence("Khắc phục hậu quả do các đơn vị thi công gây ra, thực hiện hoàn trả mặt bằng.", gaz) == []
    assert roles_in_sentence("Giảm thiệt hại do thiên tai gây ra, thực hiện tốt công tác cứu hộ.", gaz) == []


def test_attribute_keys_on_one_line_and_a_time_sub_line_without_colon():
    tasks = run("""
1. Khuyến khích các doanh nghiệp tham gia chương trình bình ổn giá.
- Thời hạn hoàn thành trước ngày 10/8/2026.
2. Rà soát quy hoạch mạng lưới cơ sở y tế.
- Đơn vị chủ trì: Sở Y tế; đơn vị phối hợp: Sở Tài chính, UBND các xã, phường.
""")
    first, second = task_at(tasks, "bình ổn giá"), task_at(tasks, "mạng lưới")
    assert first.deadline == dt.date(2026, 8, 10) and offices(first) == []
    assert second.lead == "Sở Y tế" and offices(second) == ["Sở Y tế", "Sở Tài chính", "UBND các xã, phường"]
    assert not any("Thời hạn" in t.text for t in tasks)


def test_a_heading_body_is_not_taken_by_the_next_items_attribute_lines():
    tasks = run("""
1. Phòng Văn hóa và Thông tin:
- Tuyên truyền về phòng, chống dịch bệnh trên hệ thống truyền thanh.
2. Kiểm tra an toàn thực phẩm tại các chợ.
- Đơn vị thực hiện: Trung tâm Y tế huyện.
""")
    assert offices(task_at(tasks, "truyền thanh")) == ["Phòng Văn hóa và Thông tin"]
    assert offices(task_at(tasks, "thực phẩm")) == ["Trung tâm Y tế huyện"]


def test_partners_named_before_phoi_hop_keep_verbs_inside_their_names():
    from pipeline.extract.offices import load_gazetteer, roles_in_sentence

    roles = roles_in_sentence("Sở Y tế chủ trì, Bộ Ngoại giao và Phòng Giáo dục và Đào tạo phối hợp tổ chức hội thảo.", load_gazetteer())
    assert [(r.office, r.role) for r in roles] == [("Sở Y tế", "lead"), ("Bộ Ngoại giao", "support"),
                                                   ("Phòng Giáo dục và Đào tạo", "support")]


@pytest.mark.parametrize("sentence, want", [
    ("BCH Quân sự huyện chủ trì, phối hợp với Công an huyện tổ chức diễn tập.", [("BCH Quân sự huyện", "lead"), ("Công an huyện", "support")]),
    ("Đề nghị Hội Chữ thập đỏ tỉnh vận động ủng hộ đồng bào vùng lũ.", [("Hội Chữ thập đỏ tỉnh", "lead")]),
    ("Sở Công Thương chủ trì, phối hợp với Hội Nông dân huyện và Cảnh sát Phòng cháy chữa cháy tỉnh kiểm tra kho hàng.",
     [("Sở Công Thương", "lead"), ("Hội Nông dân huyện", "support"), ("Cảnh sát Phòng cháy chữa cháy tỉnh", "support")]),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy có trách nhiệm định hướng dư luận.", [("Ban Tuyên giáo và Dân vận Tỉnh ủy", "lead")]),
    ("Sở Tài chính và Sở Y tế rà soát định mức chi.", [("Sở Tài chính", "lead"), ("Sở Y tế", "lead")]),
    ("Hội nghị Ban Chấp hành được tổ chức vào cuối năm.", []),
])
def test_bodies_outside_the_gazetteer_by_their_head(sentence, want):
    from pipeline.extract.offices import load_gazetteer, roles_in_sentence

    assert [(r.office, r.role) for r in roles_in_sentence(sentence, load_gazetteer())] == want


def test_a_list_of_bodies_after_va_stays_a_list():
    from pipeline.extract.offices import load_gazetteer, split_office_list

    got = split_office_list("Thanh tra, Công an và Quản lý thị trường tại các huyện, thị xã", load_gazetteer())
    assert [n for n, _w in got] == ["Thanh tra các huyện, thị xã", "Công an các huyện, thị xã", "Quản lý thị trường các huyện, thị xã"]


def test_the_issuer_as_subject_hands_the_work_on():
    from pipeline.extract.offices import load_gazetteer, roles_in_sentence

    roles = roles_in_sentence("UBND tỉnh giao Sở Tư pháp chủ trì, phối hợp với Công an tỉnh rà soát các văn bản.", load_gazetteer())
    assert [(r.office, r.role) for r in roles] == [("Sở Tư pháp", "lead"), ("Công an tỉnh", "support")]


@pytest.mark.parametrize("assignment, due", [
    ("Giao Chi cục Thủy lợi (chủ trì), Sở Tài chính (phối hợp) thực hiện.", None),
    ("Giao Chi cục Thủy lợi (chủ trì), Sở Tài chính (phối hợp) thực hiện, trước thứ Sáu, ngày 20/11/2026.", dt.date(2026, 11, 20)),
    ("Giao Chi cục Thủy lợi chủ trì, phối hợp với Sở Tài chính thực hiện (hạn chót ngày 19/7/2026).", dt.date(2026, 7, 19)),
])
def test_an_assignment_sentence_after_the_work(assignment, due):
    tasks = run(f"1. Kiểm tra an toàn các hồ chứa trước mùa mưa lũ. {assignment}")
    assert len(tasks) == 1
    assert tasks[0].lead == "Chi cục Thủy lợi" and offices(tasks[0]) == ["Chi cục Thủy lợi", "Sở Tài chính"]
    assert tasks[0].deadline == due


def test_a_recurring_clause_inside_the_work_is_no_time_clause():
    from pipeline.extract.offices import load_gazetteer
    from pipeline.extract.tasks import is_assignment_line

    assert not is_assignment_line("Chủ trì, phối hợp với các Sở, ban, ngành và địa phương xây dựng kế hoạch thanh tra hàng năm.", load_gazetteer())


@pytest.mark.parametrize("sentence, office, due", [
    ("Không muộn hơn ngày 12/6/2026, Bệnh viện Đa khoa tỉnh chịu trách nhiệm rà soát trang thiết bị.", "Bệnh viện Đa khoa tỉnh", dt.date(2026, 6, 12)),
    ("Dự kiến hoàn thành trong tháng 4/2026, giao Sở Xây dựng làm đầu mối, phối hợp với Sở Tài chính định giá nhà ở.",
     "Sở Xây dựng", dt.date(2026, 4, 30)),
    ("Kể từ ngày 01/7/2026, Công an tỉnh tiếp nhận hồ sơ cấp đổi giấy phép lái xe.", "Công an tỉnh", None),
])
def test_any_time_clause_before_the_subject(sentence, office, due):
    t = run(f"1. {sentence}")[0]
    assert t.lead == office and t.deadline == due


def test_a_later_items_lines_do_not_reach_an_item_with_its_own_body_after_an_assignment_sentence():
    tasks = run("""
1. Sở Nội vụ rà soát biên chế các đơn vị sự nghiệp.
2. Quản lý các cơ sở bảo trợ xã hội. Giao Sở Y tế (chủ trì), Sở Tài chính (phối hợp) thực hiện.
- Thời gian: hoàn thành trong quý III/2026.
""")
    first = task_at(tasks, "biên chế")
    assert offices(first) == ["Sở Nội vụ"] and first.deadline is None
    assert task_at(tasks, "bảo trợ").deadline == dt.date(2026, 9, 30)


@pytest.mark.parametrize("sentence, want", [
    ("Chi cục Thủy lợi khai thác hiệu quả các hồ chứa.", ["Chi cục Thủy lợi"]),
    ("Thủ trưởng các cơ quan, đơn vị cài đặt phần mềm quản lý văn bản.", ["Thủ trưởng các cơ quan, đơn vị"]),
    ("Các sở, ngành liên quan và Ủy ban nhân dân các huyện, thành phố khuyến khích việc huy động vốn.",
     ["Các sở, ngành liên quan", "Ủy ban nhân dân các huyện, thành phố"]),
    ("Phân công Sở Tư pháp bổ sung quy chế phối hợp.", ["Sở Tư pháp"]),
])
def test_a_list_of_bodies_ends_at_any_action_verb(sentence, want):
    from pipeline.extract.offices import load_gazetteer, roles_in_sentence

    assert [r.office for r in roles_in_sentence(sentence, load_gazetteer()) if r.role == "lead"] == want


def test_a_verb_after_a_bare_body_noun_or_a_generic_unit_is_no_end():
    from pipeline.extract.offices import load_gazetteer, subject_of

    gaz = load_gazetteer()
    assert subject_of("Các cơ quan tuyên truyền, báo chí phải đưa tin kịp thời.", gaz)[0] == "Các cơ quan tuyên truyền, báo chí"
    assert subject_of("Đơn vị chủ trì thực hiện lấy ý kiến các đơn vị.", gaz)[0] == "Đơn vị chủ trì"


def test_the_variants_benchmark_runs_and_is_deterministic(capsys):
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "extract_variants.py"
    spec = importlib.util.spec_from_file_location("extract_variants", path)
    ev = importlib.util.module_from_spec(spec)
    sys.modules["extract_variants"] = ev  # (its dataclasses look their module up)
    spec.loader.exec_module(ev)
    from pipeline.extract.offices import load_gazetteer

    gaz = load_gazetteer()
    a, b = ev.generate(40, 5, gaz), ev.generate(40, 5, gaz)
    assert [v.lines for v in a] == [v.lines for v in b]
    # every variant keeps its gold: the lead is one of its offices
    assert all(v.lead is None or v.lead in v.offices for v in a)
    assert ev.main(["--n", "36"]) == 0
    out = capsys.readouterr().out
    assert "by assignment frame" in out and "ALL" in out
