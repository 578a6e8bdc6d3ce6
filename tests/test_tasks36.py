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


# ------------------------------------------------------------------ 'Theo đó, <body> <act>' (extract/theodosteps.py)
from pipeline.extract.theodosteps import theo_do_step  # noqa: E402


@pytest.mark.parametrize("text", [
    # pending fg5 (a ministry's circular retold), pending zf1 (a province's telegram retold)
    "Theo đó, UBND xã đăng ký xã đạt chuẩn NTM trước ngày 10/12 của năm liền kề trước năm đánh giá.",
    "Theo đó, các cấp, các ngành, các tổ chức, doanh nghiệp và nhân dân trong tỉnh khẩn trương kích hoạt lại toàn bộ "
    "hệ thống phòng, chống dịch ở các ngành, các cấp.",
    # task_audit (a government resolution retold)
    "Theo đó, các bộ, cơ quan tiếp tục hướng dẫn nghiệp vụ, hỗ trợ địa phương, nhất là tại cấp xã.",
    # development er1 (read at START by its bound; a time phrase before the body)
    "Theo đó, trước ngày 10/11/2020, UBND các huyện, thành phố sẽ báo cáo chính thức kết quả rà soát hộ nghèo, cận "
    "nghèo trên địa bàn về UBND tỉnh để tổng hợp báo cáo.",
])
def test_a_retold_document_s_content_after_theo_do(text, gaz):
    assert theo_do_step(text, gaz)


@pytest.mark.parametrize("text", [
    "Theo đó, Sở Quy hoạch - Kiến trúc có 21 nhiệm vụ;",  # development yp3: a share, having
    "Theo đó, UBND huyện đã tổ chức 3 đoàn kiểm tra.",  # a report
    "Theo đó, mức phạt tiền từ 2 đến 5 triệu đồng.",  # no body
    "Theo đó, người dân được hỗ trợ 2 triệu đồng.",  # the passive, no body
    "Theo đó, ông Nguyễn Văn A cho biết UBND huyện tiếp tục kiểm tra.",  # a speaker
    "Theo đó, các nội dung tuyên truyền gồm:",  # a lead-in's label
    "Các đơn vị, địa phương tập trung bảo vệ tuyệt đối an ninh trật tự.",  # no 'Theo đó': not this reading
])
def test_no_theo_do_step(text, gaz):
    assert not theo_do_step(text, gaz)


def test_a_retold_plan_s_step_read_with_its_bodies(tmp_path):
    """A `pages` press item retelling a police plan for the 30/4 holidays, its first step after 'Theo đó,' with a bare
    verb and nothing asked before it: a task, its bodies the offices."""
    text = ("Công an thành phố vừa triển khai công tác bảo đảm an ninh trật tự dịp Giỗ tổ Hùng Vương, 30/4 và 1/5.\n\n"
            "Theo đó, các đơn vị, địa phương tập trung bảo vệ tuyệt đối an ninh trật tự tại các mục tiêu, công trình "
            "trọng điểm; tăng cường quản lý cư trú, nhất là với người nước ngoài.\n")
    doc = process_text(tmp_path, text)
    assert any("các đơn vị, địa phương" in o.casefold() for o in responsible(doc, "Theo đó, các đơn vị, địa phương"))


def test_a_drive_s_adverb_ends_the_body(gaz):
    """'đồng loạt' ('all at once') after a body is the drive's adverb, not part of the body's name (pending fk2)."""
    from pipeline.extract.offices import roles_in_sentence

    names = [r.text for r in roles_in_sentence("Các đơn vị đồng loạt ra quân thực hiện tuần tra, kiểm soát.", gaz)]
    assert names == ["Các đơn vị"]


@pytest.mark.parametrize("text", [
    "Các đơn vị đồng loạt ra quân thực hiện tuần tra, kiểm soát.",
    "UBND các xã sẽ đồng loạt ra quân tổng vệ sinh môi trường.",
])
def test_a_body_and_its_act_after_the_adverb(text, gaz):
    """With 'đồng loạt' no longer inside the body's name, the act after it is still the body's act."""
    from pipeline.extract.retoldplan import body_and_act

    assert body_and_act(text, gaz)
