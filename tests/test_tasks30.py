"""(tasks30, issue 5) Plan and calendar steps told plainly in items that never ask (measure27's class (A)):
a school-year frame's bare terms (extract/schoolterms.py, hooked in extract.extract_tasks after
termsentence.read_term_sentences), dated by the frame's school year; and a step that names its plan itself,
'Theo kế hoạch, <time>, <body> (sẽ) <act>' (toldsteps.own_plan_step).

The wordings follow real retellings of school-year frames and plans (the pending gold `fd`, `fc`, `ff`, the
`pages` corpus), never the standing sets; each shape is checked on both sides: read, and refused where a report,
a start day, a day label or a superseded plan says the same words."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest

from conftest import process_text
from pipeline.extract.schoolterms import is_school_term, school_term_deadline, school_year_of
from pipeline.extract.toldsteps import own_plan_step


@pytest.mark.parametrize("text", [
    "Kết thúc năm học muộn nhất vào ngày 31/5/2017.",
    "Các cấp học trên địa bàn tỉnh kết thúc năm học trước ngày 31/5/2023.",
    "Xét hoàn thành chương trình tiểu học trước ngày 05/6/2023; xét tốt nghiệp trung học cơ sở trước ngày 20/5/2023.",
    "Việc xét công nhận tốt nghiệp THCS và cấp giấy chứng nhận tốt nghiệp tạm thời trước ngày 25.5.2018.",
    "Kỳ thi tuyển sinh vào lớp 10 THPT hoàn thành trước ngày 31.7.2018.",
    "Giáo dục mầm non, phổ thông toàn tỉnh thống nhất tổ chức khai giảng vào sáng ngày 05/9.",
    "Các cấp học hoàn thành kế hoạch giảng dạy và học tập vào ngày 25-5-2018.",
])
def test_a_school_year_term(text):
    assert is_school_term(text)


@pytest.mark.parametrize("text", [
    "Học sinh các cấp tựu trường sớm nhất vào ngày 1/8/2013, muộn nhất vào ngày 28/8/2013.",  # a start, no work
    "Ngày khai giảng năm học là ngày 5-9-2017.",  # a day stated with a copula
    "Ngày 30/5, nhà trường đã tổ chức bế giảng năm học trước sự chứng kiến của phụ huynh.",  # a report, 'đã'
    "Trường tổ chức lễ khai giảng vào sáng ngày 5/9, cô hiệu trưởng cho biết.",  # a speaker's report
    "Kết thúc năm học, nhà trường tặng quà cho 20 học sinh vượt khó.",  # no term
])
def test_no_school_year_term(text):
    assert not is_school_term(text)


def test_the_school_year_places_a_day_without_its_year():
    text = "Học sinh khối trung học tựu trường ngày 29/8; năm học 2022-2023 kết thúc trước ngày 31/5/2023."
    assert school_year_of(text) == 2022
    opening = "Các trường thống nhất tổ chức khai giảng vào sáng ngày 05/9."
    assert school_term_deadline(opening, 2022).date == dt.date(2022, 9, 5)
    assert school_term_deadline("Hoàn thành tuyển sinh vào lớp 10 trước ngày 31/7.", 2022).date == dt.date(2023, 7, 31)
    # (a start's day is no term: the latest term day is the closing one)
    joined = ("Buổi học đầu tiên của học kỳ I vào ngày 22/8/2016, kết thúc học kỳ I muộn nhất vào ngày 30/12/2016 "
              "và kết thúc học kỳ II muộn nhất vào ngày 26/5/2017.")
    assert school_term_deadline(joined, 2016).date == dt.date(2017, 5, 26)
    assert school_term_deadline("Kết thúc năm học trước ngày 31/5.", None) is None


FRAME = ("Tựu trường vào ngày 24/8\n\n"
         "UBND tỉnh vừa ban hành Kế hoạch thời gian năm học 2026-2027 của giáo dục mầm non, giáo dục phổ thông "
         "trên địa bàn tỉnh.\n\n"
         "Theo đó, tựu trường vào ngày 24/8/2026 và khai giảng ngày 05/9/2026.\n\n"
         "Kết thúc học kỳ I muộn nhất vào ngày 16/01/2027. Kết thúc năm học muộn nhất vào ngày 31/5/2027. "
         "Xét công nhận hoàn thành chương trình tiểu học trước ngày 10/6. Hoàn thành tuyển sinh vào lớp 10 "
         "trước ngày 31/7.\n\n"
         "Trước đó, kế hoạch thời gian năm học 2025-2026 được tỉnh ban hành ngày 2/7/2025. "
         "Kết thúc năm học trước ngày 25/5/2026.\n")

REPORT = ("Sáng 5/9, Trường THCS Tân An đã tổ chức lễ khai giảng năm học 2026-2027.\n\n"
          "Nhà trường cho biết năm học trước đã kết thúc năm học trước ngày 31/5/2026 và hoàn thành tuyển sinh "
          "trước ngày 31/7/2026.\n")


@pytest.fixture(scope="module")
def docs():
    with tempfile.TemporaryDirectory() as d:
        return (process_text(Path(d), FRAME, "frame.txt"), process_text(Path(d), REPORT, "report.txt"))


def test_a_frames_plain_terms_are_dated_tasks(docs):
    got = {t.text[:20]: t.deadline for t in docs[0].tasks}
    assert got.get("Kết thúc học kỳ I mu") == dt.date(2027, 1, 16)
    assert got.get("Kết thúc năm học muộ") == dt.date(2027, 5, 31)
    # (a day with no year placed in the frame's school year, 2026-2027)
    assert got.get("Xét công nhận hoàn t") == dt.date(2027, 6, 10)
    assert got.get("Hoàn thành tuyển sin") == dt.date(2027, 7, 31)


def test_a_start_and_a_superseded_plan_are_no_tasks(docs):
    texts = [t.text for t in docs[0].tasks]
    assert not any(t.startswith("Theo đó, tựu trường") for t in texts)
    assert not any("25/5/2026" in t for t in texts)


def test_a_report_of_a_school_year_is_no_frame(docs):
    assert not docs[1].tasks


@pytest.mark.parametrize("text", [
    "Theo kế hoạch, trong tối nay và rạng sáng ngày mai, lực lượng công an sẽ duy trì trực 100% quân số.",
    "Theo kế hoạch, đến ngày 2/9, phường Đông Hòa sẽ hoàn thành việc tặng quà cho bà con.",
    "Theo kế hoạch này, UBND các xã tổ chức ra quân tổng vệ sinh môi trường vào ngày 5/6.",
    "Theo kế hoạch, từ ngày 1/12 đến ngày 14/12, lực lượng cảnh sát giao thông sẽ tập trung xử lý vi phạm nồng độ cồn.",
    "Theo kế hoạch của UBND huyện, các xã sẽ tổ chức tổng vệ sinh môi trường.",
])
def test_a_step_that_names_its_plan(text, gaz):
    assert own_plan_step(text, gaz)


@pytest.mark.parametrize("text", [
    "Theo kế hoạch, lực lượng công an đã duy trì trực 100% quân số trong đêm giao thừa.",  # told done
    "Theo kế hoạch, hội nghị sẽ diễn ra trong 2 ngày.",  # an event, no body
    "Theo kế hoạch, đợt cao điểm bắt đầu từ ngày 1/12.",  # the drive's period
    "Theo ông Nguyễn Văn A, UBND các xã sẽ tổ chức ra quân.",  # a speaker, not the plan
])
def test_no_step_that_names_its_plan(text, gaz):
    assert not own_plan_step(text, gaz)
