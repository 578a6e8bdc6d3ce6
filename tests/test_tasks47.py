"""tasks47: (A) a results paragraph's sentences are no tasks (pipeline/extract/resultsparagraph.py), a period to come
opening a step tells its programme and is set aside before the body (pipeline/extract/periodsahead.py), and (V) an
activity's focus told in the active is a step with no body (pipeline/extract/activityfocus.py).

Texts: the pending gold's fy5 (Xuyên Mộc's half-year conference), gd1 (Đồng Hỷ's nine months), el6 (Quảng Trạch's
October), fp3 (Đắk Lắk's propaganda guide), fi1 (the conscription directive retold), yo5 (Nghĩa An's waste notice);
the development gold's za4, el5, yy5 and 08 sentences; office_spans' 'Từ nay đến cuối năm, 3 lực lượng ...'.  None is
in a standing set, and none of the carry-over batch `gf`.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted_tasks

from pipeline.extract.activityfocus import activity_focus
from pipeline.extract.periodsahead import period_ahead_lead_end, tells_period_ahead
from pipeline.extract.resultsparagraph import results_paragraph
from pipeline.extract.plansteps import tells_programme
from pipeline.extract.toldsteps import _after_time_leads

ROOT = Path(__file__).resolve().parents[1]
PENDING = ROOT / "samples" / "gold" / "pending"


def _pending(prefix: str) -> str:
    return next(PENDING.glob(prefix + "_*.clean.txt")).read_text(encoding="utf-8")


def _opening(tasks, opening: str) -> list:
    return [t for t in tasks if t.text.startswith(opening)]


# ---- periods to come ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, rest", [
    # pending fy5; office_spans' three forces; the members the time leads missed
    ("Từ nay đến cuối năm, huyện Xuyên Mộc tiếp tục thực hiện.", "Huyện Xuyên Mộc tiếp tục thực hiện."),
    ("Từ nay đến cuối năm, 3 lực lượng sẽ đẩy mạnh công tác tuyên truyền.", "3 lực lượng sẽ đẩy mạnh công tác tuyên truyền."),
    ("Thời gian tới, Công an huyện tăng cường tuần tra.", "Công an huyện tăng cường tuần tra."),
    ("Những tháng cuối năm 2021, huyện xác định 17 nhóm nhiệm vụ.", "Huyện xác định 17 nhóm nhiệm vụ."),
    ("Trong hai tháng cuối năm, các xã rà soát hộ nghèo.", "Các xã rà soát hộ nghèo."),
])
def test_a_period_to_come_is_a_time_lead(line, rest):
    assert period_ahead_lead_end(line) > 0
    assert tells_period_ahead(line)
    assert _after_time_leads(line) == rest


@pytest.mark.parametrize("line", [
    # a past period, a day, a named period: they report (tasks46's strip test), and stay
    "Thời gian qua, các địa phương đã tích cực vào cuộc, bàn giao được 86% diện tích.",
    "Ngày 10/7, Ban Chấp hành Đảng bộ huyện Xuyên Mộc tổ chức hội nghị lần thứ 28.",
    "Trong tháng 10, tình hình phát triển kinh tế - xã hội đạt được nhiều kết quả.",
    # a level opener: one labelled text only (pending fy2), left
    "Ở cấp tỉnh, Công an tỉnh thành lập 3 tổ.",
    # no comma after the period: not an opener
    "Thời gian tới là thời điểm quan trọng.",
])
def test_other_openers_are_no_period_to_come(line):
    assert period_ahead_lead_end(line) == 0
    assert not tells_period_ahead(line)


def test_a_period_named_as_a_meetings_agenda_tells_no_programme():
    # development za4: '3 tháng cuối năm' is the object of the meeting's business, not the frame of a step
    line = ("Tại hội nghị, UBND phường thông báo một số kết quả nổi bật trong 9 tháng đầu năm, triển khai một số nhiệm vụ "
            "trọng tâm 3 tháng cuối năm, nhất là công tác thu ngân sách.")
    assert not tells_period_ahead(line)
    assert not tells_programme(line)


def test_fy5s_step_after_its_period_is_read_and_dated():
    tasks = extracted_tasks(_pending("fy5"))
    hit = _opening(tasks, "Từ nay đến cuối năm, huyện Xuyên Mộc")
    assert len(hit) == 1
    assert hit[0].deadline and hit[0].deadline.isoformat() == "2020-12-31"
    assert [r.office.casefold() for r in hit[0].offices if r.role == "lead"] == ["huyện xuyên mộc"]
    # its results paragraph stays no task
    assert not _opening(tasks, "Giá trị sản xuất nông")
    assert not _opening(tasks, "Công tác xây dựng Đảng")


# ---- (V) an activity's focus ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    # pending fp3, fi1, fu2, fi6
    "Theo đó, công tác tuyên truyền tập trung vào các nội dung sau: mục đích, ý nghĩa to lớn của Lời kêu gọi thi đua ái quốc;",
    "Chính vì vậy, theo Trường Cao Đẳng Dược Sài Gòn cập nhật được, trong thời gian tới, công tác tuyển quân sẽ chú "
    "trọng tuyển chọn, gọi nhập ngũ những công dân tốt nghiệp cao đẳng, đại học.",
    "Theo yêu cầu của Bộ Công an, chiến dịch sẽ tập trung vào việc tăng cường giải pháp phòng ngừa.",
    "Chiến dịch này tập trung vào việc tổng vệ sinh, thu dọn rác thải tại các tuyến đường.",
])
def test_an_activitys_focus_in_the_active_is_read(line):
    assert activity_focus(line)


@pytest.mark.parametrize("line", [
    # the counts' no-task side: the passive with its agent (development el5, 11, eo1), a tense (yy5)
    "Công tác quản lý tài nguyên môi trường, giải phóng mặt bằng được quan tâm chú trọng thực hiện.",
    "Trong thời gian qua, hoạt động khoa học và công nghệ cấp sở, ban, ngành được tỉnh quan tâm, chỉ đạo.",
    "Trước thực trạng trên, ngành nông nghiệp đã và đang tập trung chỉ đạo các cơ quan chuyên môn.",
    # a past period opening it, a body as subject (a body's act is the plain-step readers'), a figure's 'tập trung vào'
    "Năm qua, công tác tuyên truyền tập trung vào các nội dung trọng tâm.",
    "Các sở, ngành tập trung vào việc rà soát hồ sơ.",
    "Kim ngạch xuất khẩu đạt 17,4 tỉ USD, tăng 0,9%, tập trung vào một số mặt hàng: gạo, may mặc.",
    # an inspection's scope (the short audit's sa42, no task)
    "Nội dung sẽ tập trung vào thanh tra trách nhiệm của Chủ tịch UBND huyện, Chủ tịch UBND xã trong công tác quản lý đê điều.",
])
def test_a_report_or_a_body_is_no_activitys_focus(line):
    assert not activity_focus(line)


@pytest.mark.parametrize("prefix, opening", [
    ("fp3", "Theo đó, công tác tuyên truyền tập trung vào"),
    ("fi1", "Chính vì vậy, theo Trường Cao Đẳng Dược Sài Gòn"),
])
def test_fp3_and_fi1s_focus_is_a_task_with_no_office(prefix, opening):
    hit = _opening(extracted_tasks(_pending(prefix)), opening)
    assert len(hit) == 1
    assert not [r for r in hit[0].offices if r.role in ("lead", "support")]


# ---- (A) results paragraph ---------------------------------------------------------------------------------------

def _paragraph(text: str, opening: str) -> list[str]:
    import re
    line = next(ln for ln in text.splitlines() if ln.startswith(opening))
    return [s for s in re.split(r"(?<=[.;])\s+(?=[A-ZĐÂÊÔƠƯ])", line) if s.strip()]


@pytest.mark.parametrize("prefix, opening, expected", [
    ("fy5", "Từ đầu năm đến nay", True),      # a past period, figures, no word of work to come
    ("fy5", "Từ nay đến cuối năm", False),    # the plan paragraph
    ("gd1", "Theo đánh giá, các chỉ tiêu", True),  # figures achieved ('ước đạt', 'so với cùng kỳ')
    ("yo5", "Thời gian qua, UBND xã", False),  # a purpose-opened notice follows the report: work to come
])
def test_results_paragraph(prefix, opening, expected):
    assert results_paragraph(_paragraph(_pending(prefix), opening)) is expected


@pytest.mark.parametrize("prefix, gone, kept", [
    # gd1's 'Cụ thể: <figures>' was read as a ':' lead-in; its plan's step stays
    ("gd1", "Cụ thể: Giá trị sản xuất", "Trong 3 tháng cuối năm, huyện Đồng Hỷ"),
    # el6's month's results, read at START
    ("el6", "Trong tháng 10, tình hình phát triển", None),
])
def test_a_results_paragraphs_sentence_is_no_task(prefix, gone, kept):
    tasks = extracted_tasks(_pending(prefix))
    assert not _opening(tasks, gone)
    if kept:
        assert _opening(tasks, kept)
