"""(tasks32, issue 5) A step that names its drive as its time ('Trong đợt cao điểm, X V ...', 'Sau ngày ra quân X
tiếp tục V ...') read after a launch told as an event, and a step's window as its deadline: the window in its
time opening ('Trong giai đoạn 1 từ ngày 1 - 14.12.2019, ...') or its drive's period told apart ('Đợt cao điểm
diễn ra ..., từ ngày 23/4 đến ngày 23/6.'): extract/drivesteps.py, hooked in toldsteps.read_told_steps and once
in extract.extract_tasks.  Texts: press items of the class outside the standing sets (pending fb7, gold fi3's
shape, ff4's phase step), and reports of drives that must stay unread."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest

from conftest import process_text, task_starting
from pipeline.extract.drivesteps import drive_lead_end, drive_spans, drive_step, step_window_deadline, told_lead_end


@pytest.mark.parametrize("text", [
    "Trong đợt cao điểm, Công an tỉnh và công an các địa phương thực hiện đồng loạt các biện pháp nghiệp vụ để "
    "bảo đảm ANCT và TTATXH; Tổ chức tấn công, trấn áp, truy nã các loại tội phạm.",
    "Sau ngày ra quân các cơ quan, đơn vị, địa phương tiếp tục duy trì phong trào tổng vệ sinh từ 15/4-27/4 và "
    "vào ngày 27 hàng tháng.",
    "Trong thời gian diễn ra chiến dịch, UBND các xã, thị trấn tổ chức tuyên truyền, vận động người dân tham gia.",
    "Trong đợt cao điểm từ ngày 15/5 đến ngày 15/6, lực lượng Cảnh sát giao thông sẽ tập trung kiểm soát xe khách.",
])
def test_a_step_that_names_its_drive(text, gaz):
    assert drive_step(text, gaz)


@pytest.mark.parametrize("text", [
    "Trong đợt cao điểm, Công an tỉnh đã bắt giữ 15 đối tượng.",  # told done
    "Trong đợt cao điểm, Công an tỉnh phát hiện, xử lý 120 vụ vi phạm.",  # a count of results, no tense word
    "Trong đợt cao điểm, lực lượng CSGT tổ chức 910 ca tuần tra kiểm soát.",  # a count of results
    "Sau lễ ra quân, các phòng nghiệp vụ đã tuần hành qua các tuyến phố.",  # told done
    "Trong buổi ra quân, các đoàn viên, thanh niên đã tích cực thực hiện nhiều phần việc ý nghĩa:",  # a lead-in, done
    "Đợt cao điểm diễn ra trong 2 tháng, từ ngày 23/4 đến ngày 23/6.",  # the drive's period as subject: no body
    "Trong đợt cao điểm, Đại tá Nguyễn Văn A cho biết lực lượng sẽ tăng cường tuần tra.",  # a speaker's report
])
def test_no_drive_step(text, gaz):
    assert not drive_step(text, gaz)


def test_the_window_of_a_step():
    phase = ("Trong giai đoạn 1 từ ngày 1 - 14.12.2019, lực lượng CSGT trên toàn quốc sẽ tập trung xử lý theo chuyên "
             "đề vi phạm nồng độ cồn và ma túy.")
    assert step_window_deadline(phase, told_lead_end(phase), [], 2019).date == dt.date(2019, 12, 14)
    step = "Trong đợt cao điểm, Công an tỉnh và công an các địa phương thực hiện đồng loạt các biện pháp."
    spans = drive_spans(["Đợt cao điểm diễn ra trong 2 tháng, từ ngày 23/4 đến ngày 23/6.",
                         "Theo đó, đợt cao điểm chia thành 2 giai đoạn, bắt đầu từ ngày 1.12.2019 - 14.2.2020."])
    assert len(spans) == 1
    assert step_window_deadline(step, drive_lead_end(step), spans, 2021).date == dt.date(2021, 6, 23)
    # (a window in the body is the body's: find_deadline reads it, or nothing does when no year is known)
    body = "Sau ngày ra quân các cơ quan, đơn vị tiếp tục duy trì phong trào tổng vệ sinh từ 15/4-27/4."
    assert step_window_deadline(body, drive_lead_end(body), [], 2018) is None
    # (no year anywhere: no deadline)
    assert step_window_deadline(step, drive_lead_end(step), spans, None) is None
    assert told_lead_end("Theo đó, UBND các xã sẽ chủ động triển khai.") is None


LAUNCH = ("Sáng 23/4, Công an tỉnh đã phát lệnh ra quân thực hiện đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm "
          "ANTT dịp kỷ niệm ngày 30/4/2021. Trong đợt cao điểm, Công an tỉnh và công an các địa phương thực hiện "
          "đồng loạt các biện pháp nghiệp vụ để bảo đảm an ninh chính trị; tổ chức tấn công, trấn áp các loại tội "
          "phạm.\n\nĐợt cao điểm diễn ra trong 2 tháng, từ ngày 23/4 đến ngày 23/6.\n")
RESULTS = ("Sáng 23/6, Công an tỉnh tổ chức tổng kết đợt cao điểm tấn công, trấn áp tội phạm năm 2021. Trong đợt "
           "cao điểm, Công an tỉnh và công an các địa phương phát hiện, xử lý 215 vụ, 480 đối tượng vi phạm pháp "
           "luật.\n\nĐợt cao điểm diễn ra trong 2 tháng, từ ngày 23/4 đến ngày 23/6.\n")


def test_a_launch_told_then_its_step_end_to_end():
    with tempfile.TemporaryDirectory() as d:
        launch = process_text(Path(d), LAUNCH, "launch.txt")
        results = process_text(Path(d), RESULTS, "results.txt")
    step = task_starting(launch, "Trong đợt cao điểm, Công an tỉnh")
    assert step.deadline == dt.date(2021, 6, 23)
    names = [o.office for o in step.offices]
    assert any(n.startswith("Công an tỉnh") for n in names) and any("địa phương" in n for n in names)
    assert not [t for t in results.tasks if t.text.startswith("Trong đợt")]
