"""tasks43: follower sentences ('Bên cạnh đó, / Đồng thời, ...') after an ask read as tasks, and a contest's rules for
its entries read as no task (pipeline/extract/followers.py, pipeline/extract/contestrules.py).

Texts: the pending gold's zb5 (Lò Gò - Xa Mát national park, baotayninh.vn), yq8 (the market surveillance directorate),
fk2 (Tây Ninh police), fp5 (the Ministry of Public Security), ec2, zf5, zn2, fg6 (the rubber group's contest rules) and
fc1; the development gold's eq1, eg6, eo1, yd2; a stored `pages` page (baoquangnam.vn, the UPU 47 letter contest's
rules). None is in a standing set.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted_tasks, tasks_opening

from pipeline.extract import load_gazetteer
from pipeline.extract.contestrules import contest_rule
from pipeline.extract.followers import follower_duty, follower_step

PENDING = Path(__file__).resolve().parents[1] / "samples" / "gold" / "pending"


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _pending_text(prefix: str) -> str:
    return next(PENDING.glob(prefix + "_*.clean.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("line", [
    # pending zb5: the subject reader stops at 'các Đội | quản lý ...'; the modal follows the body's name
    "Bên cạnh đó, các phòng, đơn vị trực thuộc, các Đội quản lý bảo vệ rừng cần thường xuyên kiểm tra, bảo dưỡng trang "
    "thiết bị, dụng cụ chữa cháy rừng, đảm bảo hoạt động tốt nhất khi có cháy xảy ra; bổ sung nước kịp thời vào các bồn chứa nước.",
    # pending yq8
    "Bên cạnh đó, Cục Quản lý thị trường các tỉnh, thành phố trực thuộc Trung ương có trách nhiệm thường xuyên đôn đốc "
    "các Phòng, Đội trực thuộc nghiêm túc thực hiện.",
    # development eq1
    "Bên cạnh đó, Chi bộ cần sắp xếp, điều chỉnh nội dung sinh hoạt cho khoa học hơn./.",
    # pending ec2, zn2
    "Đồng thời, UBND các huyện, thị xã, thành phố phải có trách nhiệm tăng cường công tác giám sát, kiểm tra việc cung "
    "cấp, sử dụng điện tại địa phương.",
    "Bên cạnh đó các đơn vị cần có kế hoạch, phương án chuẩn bị sẵn sàng về nhân lực, phương tiện, hàng dự trữ quốc gia.",
])
def test_a_follower_naming_its_body_and_a_duty_asks(gaz, line):
    assert follower_duty(line, gaz)


@pytest.mark.parametrize("line", [
    # development eg6, eo1, yd2: what happened beside, a report's tense, a passive
    "Bên cạnh đó, ý thức của người dân còn kém nên khi lực lượng rời đi thì tình trạng lại tiếp diễn.",
    "Đồng thời, các địa phương cũng tích cực đôn đốc, đẩy nhanh tiến độ sản xuất các loại cây màu vụ xuân hè năm 2025.",
    "Bên cạnh đó, các hoạt động văn hóa - xã hội trên địa bàn huyện cũng được đẩy mạnh, đời sống tinh thần của người dân "
    "ngày càng được nâng cao.",
    "Đồng thời, Văn phòng Chính phủ đã có Phiếu báo số 3118/PB-VPCP ngày 13 tháng 12 năm 2023; tuy nhiên, đến nay Bộ Nội "
    "vụ vẫn chưa báo cáo Chính phủ về nội dung nêu trên.",
])
def test_a_follower_that_reports_is_neither_shape(gaz, line):
    assert not follower_duty(line, gaz)
    assert not follower_step(line, gaz)


def test_the_followers_of_zb5_and_yq8_are_read_as_tasks():
    tasks = extracted_tasks(_pending_text("zb5"))
    assert tasks_opening(tasks, "Bên cạnh đó, các phòng, đơn vị trực thuộc")
    tasks = extracted_tasks(_pending_text("yq8"))
    assert tasks_opening(tasks, "Bên cạnh đó, Cục Quản lý thị trường")
    # the subjectless sentence after it goes on with it
    assert tasks_opening(tasks, "Đồng thời tổng hợp số liệu")


def test_a_follower_after_a_task_of_the_later_readers_carries_it_on():
    # fk2: 'Giai đoạn 2 ..., các đơn vị đồng loạt ra quân ...' becomes a task only after classify (a told step);
    # fp5: 'Theo đó, các đơn vị, địa phương tập trung ...' likewise
    assert tasks_opening(extracted_tasks(_pending_text("fk2")), "Đồng thời tập trung xử lý nghiêm")
    assert tasks_opening(extracted_tasks(_pending_text("fp5")), "Bên cạnh đó, các đơn vị nâng cao")


@pytest.mark.parametrize("line", [
    # pending fg6 (the rubber group's rules), baoquangnam.vn's UPU 47 rules (pages corpus)
    "- Bài dự thi có thể viết tay hoặc đánh máy, câu tự luận với dung lượng tối đa mỗi câu không quá 2.000 từ.",
    "- Bài dự thi hợp lệ đối với các đơn vị, cá nhân trong ngành là bài phải trình bày đầy đủ 2 câu hỏi của Ban giám khảo.",
    "Bài dự thi phải cho vào phong bì có dán tem, ghi rõ địa chỉ người gửi/địa chỉ nơi nhận kèm mã bưu chính và gửi từng "
    "bức thư qua đường bưu điện.",
    "Các bài dự thi viết bằng tiếng nước ngoài phải có bản dịch tiếng Việt gửi kèm (ban giám khảo chấm bản tiếng Việt).",
])
def test_a_contest_rule_for_its_entries_is_no_task(line):
    assert contest_rule(line)


@pytest.mark.parametrize("line", [
    # a duty of the member units (fg6's rules), an exam candidate's filing (pending fc1, required in the gold)
    "- Các đơn vị thành viên chấm điểm bằng phiếu chấm điểm, không chấm trực tiếp vào bài dự thi.",
    "Thí sinh nộp hồ sơ tại Sở GD - ĐT từ ngày 15/3 đến 17 giờ ngày 16/4.",
])
def test_a_rule_for_a_body_or_an_entrant_is_not_a_contest_rule(line):
    assert not contest_rule(line)


def test_the_contest_rules_of_fg6_are_read_as_no_task():
    tasks = extracted_tasks(_pending_text("fg6"))
    assert not tasks_opening(tasks, "Bài dự thi có thể viết tay")
    assert not tasks_opening(tasks, "Bài dự thi hợp lệ")
