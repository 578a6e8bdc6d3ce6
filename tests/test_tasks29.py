"""tasks29: a plan or a drive a text tells as plain steps, with no ask anywhere, and a topic-first step whose
doer follows 'do' (pipeline/extract/toldsteps.py; benchmarks/HISTORY.md, session 27, tasks29).

Both sides of each class: the portal items of unseen26 (ex6, ex7; no longer blind) as printed, and the same
shapes in a press report of what bodies did ('đã', a ceremony told), which stays a report."""
from __future__ import annotations

from tests.conftest import extracted_tasks, tasks_opening

from pipeline.extract.offices import load_gazetteer
from pipeline.extract.toldsteps import tells_frame

_DRIVE = ("Tháp Mười: Phát động tổng vệ sinh môi trường\n\n"
          "Nhằm tạo môi trường sáng – xanh – sạch – đẹp, chào mừng Xuân Tân Sửu năm 2021 và kỷ niệm 40 năm Ngày thành lập "
          "huyện (05/01/1981 – 05/01/2021), UBND huyện Tháp Mười phát động tổng vệ sinh môi trường trên địa bàn huyện.\n\n"
          "Các hoạt động chủ yếu của đợt phát động là tất cả các cơ quan, đơn vị, tổ chức, trường học, bệnh viện, trạm y tế, "
          "UBND các xã, thị trấn thường xuyên tổ chức vệ sinh môi trường, làm cỏ, trồng hoa bên trong và cả bên ngoài khuôn "
          "viên đơn vị mình. Huy động lực lượng cán bộ, công chức, viên chức, chiến sĩ, học sinh, quần chúng nhân dân tham gia "
          "làm tổng vệ sinh các trục lộ giao thông. Phát động nhân dân trồng và chăm sóc cây xanh, hoa trên các trục giao "
          "thông. Ngoài ra còn kiểm tra công tác thu gom, vận chuyển rác thải của các cơ sở sản xuất, kinh doanh.\n\n"
          "Bên cạnh đó, Phòng Tài nguyên và Môi trường huyện là cơ quan đầu mối, chủ trì, đôn đốc các cơ quan, đơn vị, Ủy ban "
          "nhân dân các xã, thị trấn triển khai thực hiện các hoạt động vệ sinh môi trường theo kế hoạch.\n")
_PLAN = ("Kế hoạch tổ chức Ngày toàn dân chung tay vì huyện đảo Cát Hải xanh – sạch – đẹp lần thứ 4 năm 2018, vừa được UBND "
         "huyện Cát Hải, TP Hải Phòng ban hành.\n\n"
         "Theo đó, UBND các xã, thị trấn, các cơ quan, đơn vị sẽ chủ động triển khai tổ chức các hoạt động hưởng ứng Ngày toàn "
         "dân chung tay vì huyện đảo Cát Hải xanh – sạch – đẹp lần thứ 4 năm 2018.\n\n"
         "Rác thải tại các xã, thị trấn trong đợt cao điểm thực hiện các hoạt động làm sạch môi trường, do Công ty Quản lý "
         "công trình công cộng Cát Hải tăng cường thu gom, vận chuyển, xử lý.\n\n"
         "Đồng thời, tăng cường công tác quản lý, xử lý tại hai bãi rác tập trung đảm bảo đúng quy trình kỹ thuật.\n")


def _offices(task) -> list[str]:
    return [r.office for r in task.offices if r.role in ("lead", "support")]


def test_frames_a_plan_issued_or_a_drive_launched_not_an_event():
    gaz = load_gazetteer()
    assert tells_frame("UBND huyện Tháp Mười phát động tổng vệ sinh môi trường trên địa bàn huyện.", gaz)
    assert tells_frame("Kế hoạch tổ chức Ngày toàn dân chung tay năm 2018, vừa được UBND huyện Cát Hải ban hành.", gaz)
    assert tells_frame("UBND tỉnh vừa ban hành Kế hoạch số 12/KH-UBND về tổng vệ sinh môi trường.", gaz)
    # a ceremony or a day told, a drive reported done: an event, not the frame of a plan
    assert not tells_frame("Sáng 22.3, Ban Dân vận huyện Kinh Môn phát động phong trào bảo vệ môi trường.", gaz)
    assert not tells_frame("UBND huyện tổ chức lễ phát động Tháng hành động vì môi trường.", gaz)
    assert not tells_frame("UBND huyện đã phát động tổng vệ sinh môi trường.", gaz)
    assert not tells_frame("Các xã tổ chức vệ sinh môi trường.", gaz)
    assert not tells_frame("Phát động nhân dân trồng và chăm sóc cây xanh.", gaz)  # a drive's step, no launcher


def test_a_drive_told_as_steps_gives_its_steps_and_their_doers():
    tasks = extracted_tasks(_DRIVE)
    first = tasks_opening(tasks, "Các hoạt động chủ yếu của đợt phát động")
    assert first and "UBND các xã, thị trấn" in _offices(first[0])
    for opening in ("Huy động lực lượng", "Phát động nhân dân", "Ngoài ra còn kiểm tra"):
        found = tasks_opening(tasks, opening)
        assert found, opening
        assert "UBND các xã, thị trấn" in _offices(found[0]), opening  # the doers carried from the first step
    focal = tasks_opening(tasks, "Bên cạnh đó, Phòng Tài nguyên")
    assert focal and _offices(focal[0]) == ["Phòng Tài nguyên và Môi trường huyện"]
    assert not tasks_opening(tasks, "Nhằm tạo môi trường")  # the frame itself is no step


def test_a_plan_told_issued_in_the_passive_and_a_doer_after_do():
    tasks = extracted_tasks(_PLAN)
    step = tasks_opening(tasks, "Theo đó, UBND các xã")
    assert step and "UBND các xã, thị trấn" in _offices(step[0])
    after_do = tasks_opening(tasks, "Rác thải tại các xã")
    assert after_do and _offices(after_do[0]) == ["Công ty Quản lý công trình công cộng Cát Hải"]
    also = tasks_opening(tasks, "Đồng thời, tăng cường")
    assert also and _offices(also[0]) == ["Công ty Quản lý công trình công cộng Cát Hải"]


def test_the_same_shapes_in_a_report_of_what_was_done_stay_a_report():
    # one 'đã' after the frame: the item reports what bodies did
    report = _DRIVE.replace("Huy động lực lượng", "Các đơn vị đã huy động lực lượng")
    tasks = extracted_tasks(report)
    assert not tasks_opening(tasks, "Các hoạt động chủ yếu")
    assert not tasks_opening(tasks, "Bên cạnh đó, Phòng Tài nguyên")
    # a launch ceremony told with its day is no frame
    event = _DRIVE.replace("UBND huyện Tháp Mười phát động", "sáng 28/12, UBND huyện Tháp Mười tổ chức lễ phát động")
    assert not tasks_opening(extracted_tasks(event), "Các hoạt động chủ yếu")
    # the topic-first 'do' step needs a directing text or a told frame, and no tense
    news = ("Rác thải tại các xã, thị trấn trong đợt cao điểm, do Công ty Quản lý công trình công cộng Cát Hải "
            "tăng cường thu gom, vận chuyển, xử lý.\n")
    assert not tasks_opening(extracted_tasks(news), "Rác thải tại các xã")
