"""deadline31: the readings written in samples/gold/README.md (session 26, deadline31), each on both sides.

- a web page's own day stamp gives the item's bare days their year when the header states no date; a stamp four or
  more years after every year the item names (a page's clock, a crawl's or a re-posting day) is passed over, by the
  header's lead reading and by the tasks' year (structure/pagestamp.py);
- an event placed by 'được tổ chức <manner / place> vào ngày D', an election among the event nouns (temporal);
- a time line's clause after ';' that opens on its period, then a comma and the act, is bound by that period
  (temporal, as the item's opening period is).
Invented wordings in those shapes; the real sentences are measured by benchmarks/deadline_phrases.py and
benchmarks/deadline_audit.py --short."""
import datetime as dt
import tempfile
from pathlib import Path

import pytest

from conftest import process_text
from pipeline.extract.temporal import find_deadline
from pipeline.structure.pagestamp import STAMP_LINE_RE, is_archive_stamp, page_stamp, stamp_fits_text, without_archive_stamps


def _doc(text):
    with tempfile.TemporaryDirectory() as d:
        return process_text(Path(d), text)


def _due(text: str, issued: dt.date):
    dl = find_deadline(text, issued.year, issued=issued)
    return dl.date if dl else None


# --- the page's own day ---

@pytest.mark.parametrize("line", ["23/11/2025", "Thứ Hai, 28/04/2025", "Thứ năm, 09/05/2024 - 14:35", "15:57, 10/04/2019",
                                  "Cập nhật: 18:32, 17/04/2020 (GMT+7)", "17/11/2022 | Trồng trọt", "THỨ HAI, 13/07/2020 11:11:49",
                                  "(03/12/2024 9:35:00 SA)"])
def test_a_line_that_is_nothing_but_a_day_is_a_stamp(line):
    assert STAMP_LINE_RE.match(line)


@pytest.mark.parametrize("line", ["THỨ BẢY, NGÀY 25/3/2023", "Kế hoạch số 12/KH-UBND ngày 05/3/2021",
                                  "(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)", "Ngày 5/8/2019, UBND tỉnh ban hành Quyết định"])
def test_a_schedule_label_or_a_sentence_is_no_stamp(line):
    assert not STAMP_LINE_RE.match(line)


def test_a_stamp_years_after_every_year_the_item_names_does_not_fit():
    item = ["Thứ ba 15/3/2023", "Ngày 10/01, UBND huyện có văn bản số 12/UBND-KT gửi các xã, hạn báo cáo trước ngày 25/01/2017."]
    assert not stamp_fits_text(dt.date(2023, 3, 15), item)
    assert is_archive_stamp(dt.date(2023, 3, 15), item)
    assert without_archive_stamps(item) == item[1:]
    assert page_stamp(item) is None
    # an item citing a directive three years old, on its own day
    item = ["10/04/2019", "UBND tỉnh yêu cầu tiếp tục thực hiện Chỉ thị số 17/CT-TTg, ngày 16-5-2016 của Thủ tướng Chính phủ."]
    assert stamp_fits_text(dt.date(2019, 4, 10), item)
    assert page_stamp(item) == dt.date(2019, 4, 10)
    assert without_archive_stamps(item) == item


def test_an_item_that_only_cites_old_documents_keeps_its_stamp_for_the_header():
    # no bound of its own years before the page: the stamp may be the item's day (the header's lead reading keeps it);
    # its year is still no year for the bare days (the text's own years decide)
    item = ["Thứ sáu, 12/3/2021", "Ngày 10/3, UBND tỉnh có văn bản yêu cầu tiếp tục thực hiện Chỉ thị số 17/CT-TTg năm 2016."]
    assert not stamp_fits_text(dt.date(2021, 3, 12), item)
    assert not is_archive_stamp(dt.date(2021, 3, 12), item)
    assert without_archive_stamps(item) == item


def test_a_fitting_stamp_gives_bare_days_its_year_over_the_commonest_year():
    doc = _doc("20/11/2024\nThủ tướng chỉ đạo khắc phục hậu quả mưa lũ trước Tết Nguyên đán 2025\n\n"
               "Thủ tướng yêu cầu các địa phương hoàn thành việc dựng lại nhà cho người dân trước Tết Nguyên đán 2025 "
               "(28/1/2025). Các nhà bị hư hỏng nhẹ cần hoàn thành sửa chữa trước 30/11.\n")
    task = next(t for t in doc.tasks if "hư hỏng nhẹ" in t.text)
    assert task.deadline == dt.date(2024, 11, 30)


def test_a_clock_years_after_the_item_gives_no_year_to_its_lead():
    doc = _doc("Ủy ban nhân dân tỉnh\nThứ ba 15/3/2023\nBáo cáo công tác phòng cháy rừng năm 2016\n\n"
               "Ngày 10/01, UBND tỉnh ban hành Công văn số 45/UBND-NN về báo cáo công tác phòng cháy rừng năm 2016.\n\n"
               "Theo đó, giao Sở Nông nghiệp và Phát triển nông thôn chủ trì xây dựng báo cáo, gửi Bộ Nông nghiệp và Phát "
               "triển nông thôn trước ngày 25/01/2017.\n")
    assert doc.header.date == dt.date(2017, 1, 10)
    task = next(t for t in doc.tasks if t.text.startswith("Theo đó"))
    assert task.deadline == dt.date(2017, 1, 25)


# --- an event placed by the passive with a manner or a place ---

@pytest.mark.parametrize("text", [
    "Cuộc bầu cử đại biểu Hội đồng nhân dân các cấp được tổ chức thống nhất trên toàn quốc vào ngày 23/5.",
    "Lễ ra quân được tổ chức đồng loạt ở tất cả các xã vào ngày 12/3.",
])
def test_an_event_held_somewhere_on_a_day_is_no_bound(text):
    assert _due(text, dt.date(2026, 2, 1)) is None


@pytest.mark.parametrize("text, due", [
    ("Hội nghị được tổ chức tại hội trường tỉnh vào ngày 15/3, đề nghị các đơn vị chuẩn bị báo cáo tham luận.", dt.date(2026, 3, 15)),
    ("Các xã hoàn thành niêm yết danh sách cử tri trước ngày 20/2/2026.", dt.date(2026, 2, 20)),
])
def test_an_agenda_or_a_bound_keeps_its_day(text, due):
    assert _due(text, dt.date(2026, 2, 1)) == due


# --- a time line's clause opening on its period after ';' ---

def test_a_clause_opening_on_its_period_after_a_semicolon_is_bound_by_it():
    text = ("Theo kế hoạch, từ tháng 3 đến tháng 4-2025 tiến hành đại hội các chi bộ; tháng 5 đến tháng 7-2025, "
            "tiến hành đại hội Đảng bộ các xã.")
    assert _due(text, dt.date(2024, 11, 5)) == dt.date(2025, 7, 31)


def test_a_reported_clause_after_a_semicolon_keeps_no_date():
    text = "Các xã tiếp tục thực hiện kế hoạch; tháng 5-2025, đã có 12 xã hoàn thành đại hội."
    assert _due(text, dt.date(2025, 6, 2)) is None
