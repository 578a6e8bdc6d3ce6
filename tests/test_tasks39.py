"""(tasks39, issue 5) Class (A): a plan's own plain step in an item that never asks, read through plansteps' gate
(extract/plansteps.py, hooked last in toldsteps.read_told_steps).  Texts: pending fp6 (a provincial police drive's
steps), fp5 and fp2 (a retold police plan, a traffic drive), pending zb1 (a province's steps for new-countryside
communes), task_audit sg24 (a government resolution retold); and the sentences each part of the gate refuses, all
from the development, pending or task_audit gold where they are no task: development eg1 (a ward's thanks), ed1 (a
drive's launch told on its day, then that day's report), task_audit se03 (a cited plan) and sh22 (a label and its
value), pending zx6 and ez1 (headlines), ze2 and fm1 (a meeting on its day), ew4 (a person who chairs), zd4 (a
meeting's act), s1 (an attribute line), development ef8 (a count of the people mobilised)."""
from __future__ import annotations

import pytest

from conftest import process_text, responsible, task_starting
from pipeline.extract.plansteps import plan_step, plan_step_core, tells_programme

FP6 = ("Tăng cường tuần tra, kiểm soát trên các địa bàn trọng điểm\n\n"
       "Ban Giám đốc Công an tỉnh đã yêu cầu toàn lực lượng quyết liệt thực hiện đợt cao điểm tấn công, trấn áp tội phạm "
       "nhằm bảo đảm an ninh, an toàn trước, trong và sau Đại hội lần thứ XIII của Đảng.\n\n"
       "Từ ngày 23.1-3.2, các đơn vị thực hiện chế độ trực toàn lực lượng đặt trong trạng thái sẵn sàng cao nhất với 50% "
       "quân số trực và 50% ứng trực. Lực lượng công an tăng cường tuần tra, kiểm soát trên các tuyến, địa bàn trọng "
       "điểm.\n")
# development ed1: the launch told on its day, then what the bodies did that day (no task in the gold)
ED1 = ("Ngày 9/7, Đảng ủy – UBND – UBMTTQ Việt Nam phường 12 tổ chức ra quân chiến dịch tổng vệ sinh và diệt lăng quăng "
       "để phòng, chống bệnh sốt xuất huyết tại các điểm công cộng, nơi làm việc.\n\n"
       "Hội Cựu chiến binh phối hợp lực lượng dân quân phường phát loa tuyên truyền vận động người dân thường xuyên vệ sinh "
       "trong và chung quanh nhà, triệt phá nơi trú ẩn của muỗi; hướng dẫn người dân vệ sinh hằng ngày dụng cụ trữ nước.\n\n"
       "Hội LHPN tổng vệ sinh, vận động các hộ kinh doanh giữ gìn vệ sinh khu vực buôn bán; phát tờ rơi tuyên truyền "
       "phòng, chống sốt xuất huyết...\n")


@pytest.mark.parametrize("text", [
    # pending fp6, after its drive ('đợt cao điểm') was named
    "Lực lượng công an tăng cường tuần tra, kiểm soát trên các tuyến, địa bàn trọng điểm.",
    "Từ ngày 23.1-3.2, các đơn vị thực hiện chế độ trực toàn lực lượng đặt trong trạng thái sẵn sàng cao nhất với 50% "
    "quân số trực và 50% ứng trực.",
    # pending fp5: the next step after 'Theo đó', a link before the body
    "Bên cạnh đó, các đơn vị nâng cao hiệu quả các giải pháp phòng ngừa tội phạm, tổ chức tấn công trấn áp, truy nã "
    "tội phạm theo chuyên đề, đối tượng, tuyến, địa bàn trọng điểm.",
    # pending fp2: a clause opener before the body, a list's colon far on
    "Thông qua kiểm tra, lực lượng chức năng sẽ kịp thời phát hiện và kiểm soát, xử lý nghiêm các hành vi vi phạm, tập "
    "trung các vi phạm là nguyên nhân trực tiếp gây tai nạn giao thông như: nồng độ cồn, ma túy.",
    # task_audit sg24: a list's colon far on
    "Các địa phương bố trí đầy đủ nhân lực, cơ sở vật chất, trang thiết bị cho xã, phường, nhất là cho các nhiệm vụ "
    "có phát sinh số lượng hồ sơ lớn như: đất đai, hộ tịch, xây dựng, tài chính, đầu tư...",
])
def test_a_plan_step_after_a_programme(text, gaz):
    assert plan_step(text, gaz, programme_told=True)


def test_no_programme_no_step(gaz):
    # the same step with nothing told before it: a body's act may as well be news
    assert not plan_step("Lực lượng công an tăng cường tuần tra, kiểm soát trên các tuyến, địa bàn trọng điểm.", gaz,
                         programme_told=False)
    # the programme told in the sentence itself is enough
    assert plan_step("Trong đợt cao điểm, các đơn vị tăng cường tuần tra, kiểm soát trên các tuyến, địa bàn trọng điểm.",
                     gaz, programme_told=False)


@pytest.mark.parametrize("text", [
    "Ngày 9/7, Đảng ủy – UBND – UBMTTQ Việt Nam phường 12 tổ chức ra quân chiến dịch tổng vệ sinh.",  # ed1: on its day
    "Thực hiện Kế hoạch số 02/KH-UBBC ngày 22/02/2021 của Ủy ban Bầu cử xã Tân Thịnh về tuyên truyền cuộc bầu cử.",  # se03
    "Kế hoạch số 241/KH-UBND ngày 24/11/2023 của Chủ tịch UBND huyện Thọ Xuân.",  # a cited plan's number
])
def test_no_programme_told(text):
    assert not tells_programme(text)


@pytest.mark.parametrize("text", [
    "Theo đó, đợt cao điểm thực hiện trong 2 giai đoạn.",  # pending fk2
    "Phục vụ cao điểm Tết, lực lượng Công an nhân dân mở đợt cao điểm tấn công, trấn áp tội phạm kéo dài 3 tháng.",
    "Để hoàn thành các nhiệm vụ đặt ra trong 6 tháng cuối năm, các ngành và địa phương tiếp tục thực hiện các tiêu chí.",
])
def test_a_programme_told(text):
    assert tells_programme(text)


@pytest.mark.parametrize("text", [
    # development eg1 (and 12 ward replies like it): thanks
    "UBND phường chân thành cảm ơn phản ánh của quý Ông/Bà và mong tiếp tục nhận được phản ánh trong thời gian tới.",
    # pending zx6, ez1: headlines print no stop
    "Chủ tịch UBND xã Thái Hoà kiểm tra tình hình sạt lở, ngập lụt tại các thôn",
    "Phó chủ tịch UBND huyện kiểm tra thực hiện nhiệm vụ năm 2024",
    # pending ze2, fm1: a meeting on its day
    "Ngày 18/11, UBND huyện tổ chức phiên họp thường kỳ tháng 11 (lần 2), đồng chí Bùi Hồng Hoàng chủ trì.",
    "Ngày 31-10, Hội đồng nghĩa vụ Quân sự (NVQS) huyện Ninh Sơn tổ chức cuộc họp đánh giá công tác chuẩn bị.",
    # pending ew4: a person chairs; zd4: a meeting's act
    "Phó Chủ tịch UBND thành phố Hoàng Hải Minh chủ trì tại điểm cầu Huế.",
    "UBND huyện đóng góp ý kiến dự thảo báo cáo trình Đại hội Đảng bộ huyện.",
    # pending s1: an attribute line
    "Công an huyện, Huyện đoàn phối hợp.",
    # development ef8: a count of the people mobilised
    "Đoàn thanh niên huy động 50 lượt đoàn viên thanh niên tổ chức xóa gỡ, thu dọn băng biển, tờ in, dán trái phép.",
    # a drive's results (tasks32's test text): a count of the cases handled
    "Trong đợt cao điểm, Công an tỉnh và công an các địa phương phát hiện, xử lý 215 vụ, 480 đối tượng vi phạm pháp luật.",
    # task_audit sh22: a label and its value
    "Khu vực tạm ngưng cung cấp nước: Tuyến hẻm 881 Lê Đức Anh và các hẻm nhánh của tuyến hẻm trên.",
    # an ask is the classifier's; a tense word is a report
    "Các đơn vị cần tăng cường tuần tra, kiểm soát trên các tuyến.",
    "Các đơn vị đã tăng cường tuần tra, kiểm soát trên các tuyến.",
])
def test_refused_even_after_a_programme(text, gaz):
    assert not plan_step(text, gaz, programme_told=True)


def test_refused_under_a_results_heading(gaz):
    step = "Các đơn vị tăng cường tuần tra, kiểm soát trên các tuyến, địa bàn trọng điểm."
    assert plan_step(step, gaz, True, heading="II. NHIỆM VỤ VÀ GIẢI PHÁP")
    assert not plan_step(step, gaz, True, heading="I. KẾT QUẢ THỰC HIỆN ĐỢT CAO ĐIỂM")


def test_the_core_after_link_opener_and_time():
    assert plan_step_core("Cùng với đó, sau khi dừng xe, trong thời gian này, các đơn vị kiểm tra giấy tờ.") \
        .startswith("Các đơn vị")
    assert plan_step_core("Để hoàn thành các nhiệm vụ đặt ra trong 6 tháng cuối năm, các ngành và địa phương tiếp tục "
                          "thực hiện.").startswith("Các ngành và địa phương")


def test_fp6_end_to_end(tmp_path):
    doc = process_text(tmp_path, FP6)
    task_starting(doc, "Từ ngày 23.1-3.2, các đơn vị thực hiện")
    assert "Lực lượng công an" in responsible(doc, "Lực lượng công an tăng cường tuần tra")


def test_ed1_end_to_end_no_task(tmp_path):
    doc = process_text(tmp_path, ED1)
    assert not [t.text for t in doc.tasks if t.text.startswith(("Hội Cựu chiến binh", "Hội LHPN"))]
