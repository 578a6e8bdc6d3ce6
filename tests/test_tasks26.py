"""tasks26: points a news item or a notice gives without a cue, both sides of each class the short task audits found
repeating (benchmarks/data/task_audit_short*.tsv; pending er1, en6, zg3):

- a plan or letter told as issued, then its steps as a body and its act ('Vừa qua, UBND tỉnh ban hành Kế hoạch ...' /
  'Các xã, phường, thị trấn thực hiện việc rà soát ...'): each step is a task (pipeline/extract/retoldplan.py); the
  same body-and-act sentence with no issue told before, or with a tense of its own, stays a report;
- ordinal points 'Thứ nhất, ...', 'Thứ hai, X ...' after a lead-in: each a task, its subject read after the ordinal;
  a weekday 'Thứ hai, ngày ...' is no point;
- 'X vừa có văn bản chỉ đạo <bodies> <verb>' directs; 'các văn bản chỉ đạo của cấp trên' is a noun.

Invented wordings; and the third audit set's labels stand on its stored texts."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pipeline.extract.retoldplan import ORDINAL_RE, tells_plan_issued
from pipeline.extract.tasks import _NOUN_CUE_RE, DIRECTIVE_CUE_RE
from conftest import extracted_tasks, tasks_opening

ROOT = Path(__file__).resolve().parent.parent


PLAN_TOLD = ("Vừa qua, UBND huyện ban hành Kế hoạch số 112/KH-UBND về việc tổng điều tra đàn gia súc năm 2024.\n\n"
             "Đối tượng điều tra là các hộ chăn nuôi trên địa bàn huyện. Các xã, thị trấn thực hiện việc điều tra theo "
             "từng thôn, lập danh sách hộ chăn nuôi. Theo đó, trước ngày 15/10/2024, Phòng Nông nghiệp huyện sẽ tổng hợp "
             "kết quả báo cáo UBND huyện.\n")


def test_the_steps_of_a_plan_told_issued_are_tasks_with_their_bodies():
    tasks = extracted_tasks(PLAN_TOLD)
    step = tasks_opening(tasks, "Các xã, thị trấn thực hiện")
    assert step and [o.office for o in step[0].offices][:1] == ["Các xã, thị trấn"]
    due = tasks_opening(tasks, "Theo đó, trước ngày 15/10/2024")
    assert due and str(due[0].deadline) == "2024-10-15"
    assert not tasks_opening(tasks, "Đối tượng điều tra")


def test_a_body_and_its_act_with_no_issue_told_or_a_tense_stays_a_report():
    report = ("Sáng 12/9, xã Tân Lập tổ chức ra quân tổng vệ sinh môi trường.\n\n"
              "Các thôn thực hiện quét dọn đường làng, ngõ xóm. Các đoàn thể đã phát quang hai bên đường.\n")
    assert not extracted_tasks(report)
    told = ("Vừa qua, UBND huyện ban hành Kế hoạch số 112/KH-UBND về việc tổng điều tra đàn gia súc.\n\n"
            "Các xã, thị trấn đã hoàn thành việc lập danh sách hộ chăn nuôi.\n")
    assert not tasks_opening(extracted_tasks(told), "Các xã, thị trấn đã")


def test_a_body_described_after_its_founding_is_told_is_no_step():
    """A decision founding a committee, retold: its composition ('gồm có 20 thành viên', which the gazetteer may read
    into the name) and what it is ('là cơ quan ...') are no steps; its duty ('có trách nhiệm ...') still is."""
    founded = ("UBND huyện vừa ban hành quyết định về việc thành lập Ban Chỉ đạo chuyển đổi số huyện.\n\n"
               "Ban chỉ đạo gồm có 15 thành viên, trong đó ông Nguyễn Văn A - Phó Chủ tịch UBND huyện làm Trưởng ban. "
               "Tổ giúp việc là bộ phận tham mưu của Ban. "
               "Ban chỉ đạo có trách nhiệm xây dựng kế hoạch hoạt động và hướng dẫn các xã triển khai thực hiện.\n")
    tasks = extracted_tasks(founded)
    assert not tasks_opening(tasks, "Ban chỉ đạo gồm")
    assert not tasks_opening(tasks, "Tổ giúp việc là")
    assert tasks_opening(tasks, "Ban chỉ đạo có trách nhiệm")


@pytest.mark.parametrize("text,told", [
    ("Ban Thường trực Ủy ban MTTQ tỉnh vừa triển khai kế hoạch thực hiện Tháng cao điểm.", True),
    ("Chủ tịch UBND thành phố vừa ký ban hành Công văn số 512/UBND-TH về việc ...", True),
    ("Vừa qua, UBND tỉnh ban hành Kế hoạch số 36/KH-UBND về việc rà soát hộ nghèo.", True),
    ("UBND xã tổ chức hội nghị triển khai kế hoạch rà soát hộ nghèo.", False),
    ("Các xã đã thực hiện tốt kế hoạch của huyện.", False),
])
def test_what_tells_a_plan_issued(text, told):
    assert tells_plan_issued(text) is told


NOTICE = ("Ủy ban nhân dân xã Hòa Bình thông báo và yêu cầu các cơ quan, đơn vị và toàn thể Nhân dân thực hiện tốt "
          "một số nội dung sau:\n\n"
          "Thứ nhất, thường xuyên theo dõi các bản tin dự báo thời tiết.\n\n"
          "Thứ hai, Trạm Y tế xã phối hợp với các trường học tăng cường tuyên truyền phòng bệnh.\n")


def test_ordinal_points_after_a_lead_in_are_tasks_and_their_subject_is_read():
    tasks = extracted_tasks(NOTICE)
    assert tasks_opening(tasks, "Thứ nhất, thường xuyên theo dõi")
    second = tasks_opening(tasks, "Thứ hai, Trạm Y tế xã")
    assert second and "Trạm Y tế xã" in [o.office for o in second[0].offices]


def test_a_weekday_is_no_ordinal_point():
    text = "Thứ hai, ngày 20/01/2025 - 19:33\n\nSáng nay, xã Hòa Bình tổ chức lễ ra quân đầu xuân.\n"
    assert ORDINAL_RE.match("Thứ hai, ngày 20/01/2025")
    assert not extracted_tasks(text)


@pytest.mark.parametrize("text,cue", [
    ("Ngày 9/5, UBND huyện có văn bản chỉ đạo các cơ quan, đơn vị tăng cường bảo vệ rừng.", True),
    ("UBND huyện vừa ban hành văn bản chỉ đạo các xã rà soát diện tích lúa.", True),
    ("Đồng chí đã quán triệt các văn bản chỉ đạo của cấp trên.", False),
    ("Xã triển khai văn bản chỉ đạo của huyện về phòng chống dịch.", False),
])
def test_a_letter_that_directs_bodies_is_a_cue_the_noun_is_not(text, cue):
    assert bool(DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", text))) is cue


def test_the_third_audit_set_labels_stand_on_its_stored_texts():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import task_audit

    gold = task_audit.load_gold(task_audit.DATA3, task_audit.TEXTS_SHORT3)
    assert len(gold) == 31
    required = [t for d in gold.values() for t in d["tasks"] if not t["optional"]]
    assert len(required) == 16 and all(t["text"].startswith(t["anchor"]) for t in required)
