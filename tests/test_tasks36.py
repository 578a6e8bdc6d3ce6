"""(tasks36, issue 5) Class (A): a plan's phase step read with no frame sentence (extract/phasesteps.py, hooked in
toldsteps.read_told_steps).  Texts: pending fk2's phases (a provincial police drive retold), development ff4's phase
step (read there by its told frame too), and sentences that must stay unread: a phase told with no body (development
eo2's round), a phase's account with 'đã', a plan's schedule line ending on ':' or naming only a time (the
`pages` corpus: the 2021 economic census's collection plan), a report's round with no body."""
from __future__ import annotations

import pytest

from conftest import process_text, responsible, task_starting
from pipeline.extract.phasesteps import phase_lead_end, phase_step

FK2 = ("Theo đó, đợt cao điểm thực hiện trong 2 giai đoạn. Giai đoạn 1 từ ngày 1-8 đến ngày 14-8-2023, lực lượng chức "
       "năng tập trung rà soát, lập hồ sơ kiểm tra các phương tiện kinh doanh vận tải hành khách, vận tải hàng hóa bằng "
       "container; kiểm tra, xử lý hành vi vi phạm nồng độ cồn, tốc độ tối đa cho phép.\n\n"
       "Giai đoạn 2 từ ngày 15-8 đến ngày 15-10-2023, các đơn vị đồng loạt ra quân thực hiện tuần tra, kiểm soát, xử lý "
       "vi phạm; trong đó lực lượng cảnh sát giao thông trực tiếp tuần tra, kiểm soát, xử lý vi phạm đối với các phương "
       "tiện vận tải hành khách như xe đưa đón học sinh, xe buýt, xe đưa đón công nhân, xe khách và xe chở hàng hóa bằng "
       "container.\n")


@pytest.mark.parametrize("text", [
    # pending fk2's two phases
    "Giai đoạn 1 từ ngày 1-8 đến ngày 14-8-2023, lực lượng chức năng tập trung rà soát, lập hồ sơ kiểm tra các phương "
    "tiện kinh doanh vận tải hành khách, vận tải hàng hóa bằng container.",
    "Giai đoạn 2 từ ngày 15-8 đến ngày 15-10-2023, các đơn vị đồng loạt ra quân thực hiện tuần tra, kiểm soát, xử lý "
    "vi phạm.",
    # development ff4 (its told frame reads it too)
    "Trong giai đoạn 1 từ ngày 1 - 14.12.2019, lực lượng CSGT trên toàn quốc sẽ tập trung xử lý theo chuyên đề vi phạm "
    "nồng độ cồn và ma túy.",
])
def test_a_phase_step(text, gaz):
    assert phase_step(text, gaz)


@pytest.mark.parametrize("text", [
    "Đợt 1 tổ chức ra quân từ ngày 14/11 - 30/12/2025.",  # development eo2: a round with no body
    "Đợt 2 sẽ thực hiện theo mệnh lệnh chỉ đạo ra quân của Bộ Công an.",  # development ff4: no body
    "Giai đoạn 1, các đơn vị đã hoàn thành rà soát 120 hồ sơ.",  # a phase's account
    "Giai đoạn 1: thời gian chuẩn bị và thu thập thông tin từ ngày 01/02/2021 đến hết ngày 30/4/2021;",  # a label
    "Đợt 1 từ ngày 15/7 đến hết ngày 29/7; đợt 2 từ ngày 30/7 đến hết ngày 14/8.",  # the rounds' windows
    "Giai đoạn 2, theo Đại tá Nguyễn Văn A cho biết, Công an tỉnh sẽ tiếp tục kiểm tra.",  # a speaker's report
    "Các đơn vị đồng loạt ra quân thực hiện tuần tra, kiểm soát, xử lý vi phạm.",  # no phase: not this reading
])
def test_no_phase_step(text, gaz):
    assert not phase_step(text, gaz)


def test_the_body_behind_the_phase():
    t = "Giai đoạn 2, từ ngày 1 - 31/3, các thành viên Ban Chỉ đạo đồng loạt ra quân tổng kiểm tra."
    assert t[phase_lead_end(t):].startswith("các thành viên Ban Chỉ đạo")
    assert phase_lead_end("Các đơn vị ra quân.") is None


def test_a_drive_s_phases_read_with_their_windows(tmp_path):
    """Pending fk2's text (no frame sentence, no ask before the phases): each phase's step is a task, dated by its
    window's last day, its body the office."""
    doc = process_text(tmp_path, FK2)
    one = task_starting(doc, "Giai đoạn 1 từ ngày 1-8")
    assert str(one.deadline) == "2023-08-14"
    assert any("lực lượng chức năng" in o.casefold() for o in responsible(doc, "Giai đoạn 1 từ ngày 1-8"))
    two = task_starting(doc, "Giai đoạn 2 từ ngày 15-8")
    assert str(two.deadline) == "2023-10-15"
    assert not [t for t in doc.tasks if t.text.startswith("Theo đó, đợt cao điểm")]  # the phases named: no step


def test_a_phase_step_behind_two_commas_keeps_its_body(tmp_path):
    """A `pages` item's phase step with a comma after the phase and after its window (no year printed, so no date):
    the office is the body after both."""
    text = ("Trong kế hoạch, Ban Chỉ đạo đã chia 3 mốc thời gian để các địa phương thực hiện chiến dịch xóa lấn chiếm "
            "lòng đường, vỉa hè.\n"
            "Giai đoạn 2, từ ngày 1 - 31/3, các thành viên Ban Chỉ đạo ra quân tổng kiểm tra, xử lý vi phạm trên lĩnh vực "
            "phụ trách.\n")
    doc = process_text(tmp_path, text)
    assert any("thành viên Ban Chỉ đạo" in o for o in responsible(doc, "Giai đoạn 2, từ ngày 1 - 31/3"))
    assert task_starting(doc, "Giai đoạn 2, từ ngày 1 - 31/3").deadline is None
