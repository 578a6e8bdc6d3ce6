"""(tasks42, issue 5) Class (A)'s doers no gazetteer name covers, read by plansteps' gate (extract/plandoers.py): a bare
territorial unit ('Huyện tập trung ...', pending fu5 and fb2) and 'the forces' ('các lực lượng trong CAND', pending fu2);
and a gated step's office when its doer is the item's own committee named bare ('UBND phường sẽ chỉ đạo ...', development
eg6; samples/gold/README.md's G3).  What it leaves: a force's own name ('lực lượng bảo vệ dân phố ...', development ff5,
no task), a unit's own bodies ('Huyện ủy', 'Tỉnh đoàn'), a bare unit that has or is, a unit with no programme told."""
from __future__ import annotations

import pytest

from conftest import process_text, responsible, task_starting
from pipeline.extract.plandoers import gated_step_offices, plain_doer
from pipeline.extract.plansteps import plan_step, plan_step_core

FB2 = ("Kinh Môn huy động toàn dân bảo vệ môi trường\n\n"
       "Sáng 22.3, Ban Dân vận, Ủy ban MTTQ huyện Kinh Môn phát động phong trào \"Toàn dân tích cực tham gia bảo vệ môi "
       "trường trong xây dựng nông thôn mới và đô thị văn minh\".\n\n"
       "Phong trào gồm 8 tiêu chí và được thực hiện từ nay đến hết năm 2020. Huyện chọn tháng 5 hằng năm để tổ chức phát "
       "động đợt cao điểm bảo vệ môi trường, hằng tháng tổ chức \"Ngày chủ nhật xanh\" để huy động cộng đồng bảo vệ môi "
       "trường.\n\nĐÀO HƯƠNG\n")


@pytest.mark.parametrize("text, doer", [
    # pending fu5: the district's half-year tasks (a period to come named in the sentence)
    ("Trong 6 tháng cuối năm, huyện tập trung các nhiệm vụ trọng tâm như tổ chức thành công Đại hội Đảng bộ huyện; tiếp "
     "đoàn phúc tra đánh giá huyện Nông thôn mới.", "Huyện"),
    # pending fb2: the district's yearly drive after the movement was launched
    ("Huyện chọn tháng 5 hằng năm để tổ chức phát động đợt cao điểm bảo vệ môi trường, hằng tháng tổ chức \"Ngày chủ "
     "nhật xanh\" để huy động cộng đồng bảo vệ môi trường.", "Huyện"),
    # pending fu2: the forces' step after a clause opener
    ("Cùng với việc ra quân đồng bộ để đảm bảo an ninh trật tự, các lực lượng trong CAND sẽ sử dụng Cơ sở dữ liệu quốc "
     "gia về dân cư và các nguồn thông tin khác để triển khai các biện pháp quản lý xã hội và phòng, chống tội phạm.",
     "Các lực lượng trong CAND"),
])
def test_a_bare_unit_or_the_forces_read_after_a_programme(text, doer, gaz):
    assert plain_doer(plan_step_core(text), gaz)[0] == doer
    assert plan_step(text, gaz, True)
    assert not plan_step(text.replace("6 tháng cuối năm", "năm qua").replace("phát động đợt cao điểm", "làm các hoạt động")
                         .replace("ra quân đồng bộ", "các hoạt động"), gaz, False)


@pytest.mark.parametrize("text", [
    # development ff5 (no task): a force's own name, not 'the forces'
    "Ngoài ra, lực lượng bảo vệ dân phố, thanh niên xung phong cũng được tăng cường trên nhiều chốt chặn.",
    # a unit's own bodies are the gazetteer's, a unit that has or is describes it
    "Huyện ủy tập trung lãnh đạo các nhiệm vụ trọng tâm của năm.",
    "Huyện có 12 xã đạt chuẩn nông thôn mới.",
    "Tỉnh đã tổ chức nhiều hoạt động thiết thực.",
])
def test_no_plain_doer(text, gaz):
    assert plain_doer(plan_step_core(text), gaz) is None


def test_a_unit_with_its_place_name(gaz):
    assert plain_doer("Thị xã Cửa Lò sẽ kiểm tra, đánh giá khối lượng công việc của các cơ quan.", gaz)[0] == \
        "Thị xã Cửa Lò"


def test_the_items_own_committee_lists_no_office(gaz):
    from pipeline.extract.offices import roles_in_sentence

    # development eg6 (a ward's reply): its own committee's coming step, no office in the gold
    s = "Trong thời gian tới, UBND phường sẽ chỉ đạo lực lượng thường xuyên kiểm tra và xử lý nghiêm các trường hợp vi phạm."
    roles = roles_in_sentence(s, gaz)
    assert not [r.office for r in gated_step_offices(s, roles, gaz) if r.office == "UBND phường"]
    # a committee with its place name is another body, kept
    s2 = "Theo đó, UBND huyện Đức Huệ triển khai kế hoạch chuyển đổi số trên địa bàn."
    assert [r.office for r in gated_step_offices(s2, roles_in_sentence(s2, gaz), gaz)] == \
        [r.office for r in roles_in_sentence(s2, gaz)]


def test_fb2_end_to_end(tmp_path):
    doc = process_text(tmp_path, FB2)
    task_starting(doc, "Huyện chọn tháng 5 hằng năm")
    assert responsible(doc, "Huyện chọn tháng 5 hằng năm") == ["Huyện"]
