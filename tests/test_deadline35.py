"""deadline35: a graded completion of the year's duties ('hoàn thành xuất sắc / tốt / thắng lợi / vượt mức
nhiệm vụ / các chỉ tiêu ... trong năm X') is a goal's year, not a bound; completing named work keeps its year.

Texts: pending gold za2 (xã Tân Hiệp's council meeting, Tây Ninh 2022, pages corpus), development text yf12's
closing line (xã's security forces' conference, Tuyên Quang 2026), deadline_phrases dp891 (a Government
press line of 22/06/2022) and dp3821 (a 2025 press line) with 'trong' as the pipeline meets it in plans;
the short audit's sd42 (Hà Nội's letter 6166 of 2025) for the kept bound.
"""
from __future__ import annotations

import datetime as dt

from pipeline.extract.gradedgoal import graded_goal_before
from pipeline.extract.temporal import find_deadline

ZA2 = ("Kết thúc phiên họp, bà Lê Thị Ngọc Thúy đề nghị UBND tiếp tục chỉ đạo xử lý dứt điểm các ý kiến, kiến nghị "
       "của cử tri; hai ban HĐND xã tăng cường công tác giám sát theo chương trình đề ra, phấn đấu hoàn thành xuất sắc "
       "nhiệm vụ trong năm 2022 theo thang điểm của Hội đồng nhân dân huyện đã ban hành.")
YF12 = ("Hội nghị là dịp quan trọng để ghi nhận, động viên lực lượng tham gia bảo vệ ANTT ở cơ sở, tạo khí thế thi "
        "đua hoàn thành tốt nhiệm vụ trong năm 2026.")


def _dl(text: str, issued: dt.date):
    dl = find_deadline(text, issued.year, [], issued=issued)
    return dl.date if dl else None


def test_the_councils_graded_year_is_no_deadline():
    assert _dl(ZA2, dt.date(2022, 2, 25)) is None
    # the ask of yf12's closing line, as a directive sentence
    ask = ("Lãnh đạo UBND xã đề nghị lực lượng tham gia bảo vệ ANTT ở cơ sở tiếp tục nâng cao chất lượng công tác, "
           "tạo khí thế thi đua hoàn thành tốt nhiệm vụ trong năm 2026.")
    assert _dl(ask, dt.date(2026, 1, 10)) is None
    assert graded_goal_before(YF12[:YF12.index("năm 2026")])


def test_the_years_targets_met_with_success_are_a_goal():
    # dp891 and dp3821 read undated without 'trong' already; with it, the same goal
    assert _dl("Các địa phương cần nỗ lực phấn đấu hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội trong năm "
               "2022 đã đề ra.", dt.date(2022, 6, 22)) is None
    assert _dl("Các bộ, ngành tăng tốc, bứt phá, hoàn thành thắng lợi các mục tiêu phát triển KTXH trong năm 2025.",
               dt.date(2025, 5, 5)) is None


def test_completing_named_work_keeps_its_year():
    # no grade word: the year's targets are to be completed (sd42, dated 2025-12-31 in the short audit)
    assert _dl("Tập trung hoàn thành các mục tiêu, nhiệm vụ trọng tâm trong năm 2025.",
               dt.date(2025, 11, 20)) == dt.date(2025, 12, 31)
    # a grade word before named work: the work's year stays (precision first: no label says otherwise)
    assert _dl("Các xã phấn đấu hoàn thành tốt nhiệm vụ tuyển quân trong năm 2025.",
               dt.date(2025, 1, 10)) == dt.date(2025, 12, 31)
    # a day keeps its bound whatever the grade
    assert _dl("Sở Xây dựng hoàn thành tốt nhiệm vụ được giao trước ngày 30/6/2025.",
               dt.date(2025, 3, 1)) == dt.date(2025, 6, 30)
