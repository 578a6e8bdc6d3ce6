"""(points25, issue 5) measure25's class (A): a row of a directing text told as a body, a verb of doing and
a bound, with no modal or ask verb ('UBND các xã tổ chức ... trước ngày D'), is a task once the text has
directed (extract/boundstep.py, hooked once in extract.extract_tasks right after classify).  A report of
what a body did (a tense word, a speaker's report) or a sentence before any directive stays narrative.

The wordings are written here from general usage or taken from development text (yp8's second request),
never copied from the blind sets."""
from __future__ import annotations

import pytest

from pipeline.extract.boundstep import is_bound_step
from pipeline.extract.offices import load_gazetteer
from test_points20 import _doc, _task


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("text", [
    "Uỷ ban nhân dân cấp huyện tổ chức hội nghị quán triệt kế hoạch trước ngày 15/2/2020.",
    "Phòng Nội vụ hoàn thành việc rà soát hồ sơ trong tháng 6/2025.",
    "Trước ngày 15/8, các trường trung học phổ thông công lập hoàn tất việc tiếp nhận hồ sơ.",
    "Các đơn vị gửi báo cáo về Sở Tài chính chậm nhất ngày 30/6/2025.",
    "Đơn vị tư vấn chuyển kết quả kiểm kê về Sở TN&MT trước ngày 15/8/2020.",
])
def test_a_body_its_act_and_a_bound_is_a_step(gaz, text):
    assert is_bound_step(text, gaz)


@pytest.mark.parametrize("text", [
    "UBND huyện đã tổ chức hội nghị quán triệt trước ngày 15/2/2020.",  # a tense word: a report
    "Sở Nội vụ tổ chức hội nghị sơ kết ngày 12/3/2025.",  # a day, no bound: a deed's day
    "Các xã đang hoàn thiện hồ sơ trong tháng 6.",  # a tense word
    "Ông Nguyễn Văn A, Giám đốc Sở cho biết các trường hoàn tất nhập học trước ngày 15/8.",  # a speaker's report
    "Phòng Nội vụ hoàn thành việc rà soát hồ sơ trong tháng 6/2025:",  # a lead-in
    "Kế hoạch được triển khai trước ngày 15/2/2020.",  # no body acts
])
def test_no_step_without_body_act_and_bound(gaz, text):
    assert not is_bound_step(text, gaz)


# a short request retold, its second sentence the step (development text yp8's shape, reworded)
ASKED = ("UBND tỉnh vừa yêu cầu UBND các huyện, thành phố phê duyệt kết quả kiểm kê đất đai trước ngày 5/8/2021. "
         "Đơn vị tư vấn chuyển kết quả kiểm kê về Sở Tài nguyên và Môi trường trước ngày 15/8/2021.\n")


def test_a_bound_step_after_a_request_is_a_dated_task():
    doc = _doc(ASKED)
    t = _task(doc, "Đơn vị tư vấn chuyển")
    assert t is not None
    assert str(t.deadline) == "2021-08-15"


def test_the_same_step_before_any_directive_stays_narrative():
    doc = _doc("Đơn vị tư vấn chuyển kết quả kiểm kê về Sở Tài nguyên và Môi trường trước ngày 15/8/2021.\n"
               "Theo Sở, việc kiểm kê năm nay có nhiều thuận lợi.\n")
    assert _task(doc, "Đơn vị tư vấn chuyển") is None
