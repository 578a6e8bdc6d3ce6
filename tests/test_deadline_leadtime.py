"""A lead-in's time given to the activities under it (issue #5, session 26, leadtime33).

A lead-in that times the work it lists by the span of its doing ('Các hoạt động ... sẽ tập trung
thực hiện từ ngày 26/8 đến 31/8/2018 được triển khai như sau:') dates each activity by the span's
last day (gold README: an activity's time stays dated; a lead-in's date is set for every item it
lists); the items may be a plain paragraph printed right after the lead-in, as a press copy of a
plan prints them.  An item that states its own time keeps it; an event's days ('diễn ra từ'), an
organiser's span ('sẽ tổ chức ... từ'), a forecast ('dự kiến'), a plan horizon ('giai đoạn ...')
and a lead-in dating only its own act ('ban hành kế hoạch ngày ...') give nothing.  Texts written
here in the shape of a district plan's press copy."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import process_text
from pipeline.extract.leadtime import activity_span_end

HEAD = "Kế hoạch ra quân làm sạch môi trường năm 2018 vừa được UBND huyện ban hành.\n\n"
ITEMS = ("Cần tuyên truyền, vận động nhân dân ra quân tổng vệ sinh môi trường khu dân cư. "
         "Triển khai khơi thông dòng chảy, nạo vét kênh, mương, hệ thống thoát nước. "
         "Kêu gọi ra quân thu gom, xử lý chất thải, rác thải trên địa bàn.")
SPAN = "Các hoạt động làm sạch môi trường sẽ tập trung thực hiện từ ngày 26/8 đến 31/8/2018 được triển khai như sau:"
STARTS = ("Cần tuyên truyền", "Triển khai khơi thông", "Kêu gọi ra quân")


def _deadlines(doc) -> list:
    out = []
    for start in STARTS:
        hits = [t for t in doc.tasks if t.text.startswith(start)]
        assert hits, (start, [t.text for t in doc.tasks])
        out.append(hits[0].deadline)
    return out


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    """Every variant processed once (the module's tests read them)."""
    tmp = tmp_path_factory.mktemp("leadtime")
    dashed = "\n".join("- " + s.strip() + ("" if s.strip().endswith(".") else ".") for s in ITEMS.split(". "))
    variants = {
        "span_paragraph": SPAN + "\n\n" + ITEMS,
        "span_dashes": SPAN + "\n" + dashed,
        "bound_paragraph": SPAN.replace("từ ngày 26/8 đến 31/8/2018 được triển khai", "trước ngày 31/8/2018") + "\n\n" + ITEMS,
        "own_time": SPAN + "\n\n" + ITEMS.replace("hệ thống thoát nước.", "hệ thống thoát nước trước ngày 28/8/2018."),
        "event": "Chuỗi hoạt động sẽ diễn ra từ ngày 26/8 đến 31/8/2018, cụ thể như sau:\n\n" + ITEMS,
        "organiser": "Huyện sẽ tổ chức Ngày hội môi trường từ ngày 26/8 đến 31/8/2018 như sau:\n\n" + ITEMS,
        "forecast": "Các hoạt động dự kiến thực hiện từ ngày 26/8 đến 31/8/2018 như sau:\n\n" + ITEMS,
        "horizon": "Các hoạt động giai đoạn 2018-2020 được triển khai thực hiện từ ngày 26/8 đến 31/8/2018 như sau:\n\n" + ITEMS,
        "own_act": "UBND huyện ban hành kế hoạch ngày 20/8/2018 với các nội dung như sau:\n\n" + ITEMS,
    }
    return {k: process_text(tmp, HEAD + v + "\n", name=k + ".txt") for k, v in variants.items()}


@pytest.mark.parametrize("name", ["span_paragraph", "span_dashes", "bound_paragraph"])
def test_each_activity_takes_the_lead_ins_time(docs, name):
    assert _deadlines(docs[name]) == [dt.date(2018, 8, 31)] * 3


def test_an_item_with_its_own_time_keeps_it(docs):
    assert _deadlines(docs["own_time"]) == [dt.date(2018, 8, 31), dt.date(2018, 8, 28), dt.date(2018, 8, 31)]


@pytest.mark.parametrize("name", ["event", "organiser", "forecast", "horizon", "own_act"])
def test_no_time_of_work_gives_nothing(docs, name):
    assert _deadlines(docs[name]) == [None] * 3


def test_the_paragraph_after_the_items_is_not_covered(tmp_path):
    doc = process_text(tmp_path, HEAD + SPAN + "\n\n" + ITEMS + "\n\n"
                       "Đồng thời, tăng cường công tác quản lý, xử lý tại các bãi rác tập trung.\n")
    hits = [t for t in doc.tasks if t.text.startswith("Đồng thời, tăng cường")]
    assert hits and hits[0].deadline is None


def test_the_span_read_alone():
    assert activity_span_end("Các đội ra quân từ ngày 1/10/2019 đến hết ngày 30/11/2019 như sau", 2019) == \
        (dt.date(2019, 11, 30), "từ ngày 1/10/2019 đến hết ngày 30/11/2019")
    assert activity_span_end("Kỳ họp diễn ra từ ngày 20/10 đến 12/12 như sau", 2025) is None
    assert activity_span_end("Các đơn vị dự kiến triển khai từ ngày 1/3 đến 30/4/2025 như sau", 2025) is None


def test_a_paragraph_that_asks_anew_is_no_item(tmp_path):
    # (a press page that cut the lead-in's items off: the next paragraph names its speaker and asks)
    doc = process_text(tmp_path, HEAD + "Các cấp ủy tiếp tục triển khai thực hiện trước ngày 31/12/2018, tập trung những nội dung sau:\n\n"
                       "Ban Thường vụ Huyện ủy yêu cầu khẩn trương quán triệt và triển khai ngay nghị quyết đại hội.\n")
    hits = [t for t in doc.tasks if t.text.startswith("Ban Thường vụ Huyện ủy yêu cầu")]
    assert hits and hits[0].deadline is None
