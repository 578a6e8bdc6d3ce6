"""District and commune directives (samples/text/d*): a leaders' weekly schedule, a commune's
monthly programme, a chairman's giao ban conclusions, a district letter to its offices and
communes.  d1 is a real schedule (huyện Đắk Song, 2019); d2-d4 were written for the project
(samples/SOURCES.md).  Each test names the way of writing it covers."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import pipeline
from pipeline.extract import extract_tasks
from pipeline.model import Document, lines_from_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "text"


@pytest.fixture(scope="module")
def schedule():
    return pipeline.process(SAMPLES / "d1_daksong_ubnd_lichcongtac_tuan46_2019.txt")


def _task(doc, start: str):
    return next(t for t in doc.tasks if t.text.startswith(start))


def _offices(doc, start: str) -> list[str]:
    """The task's responsible bodies (a body that only receives the report is left out)."""
    return [o.office for o in _task(doc, start).offices if o.role != "report-to"]


def test_schedule_rows_are_dated_by_the_day_cell_that_spans_them(schedule):
    """'| Thứ 2 (11/11/2019) | 10h00 | Giao ban ... |' then rows whose day cell is empty (a merged
    cell printed once): each row is due on the day above it."""
    assert len(schedule.tasks) == 24
    assert _task(schedule, "Giao ban Thường trực HĐND").deadline == dt.date(2019, 11, 11)
    assert _task(schedule, "Dự khai mạc lớp bồi dưỡng").deadline == dt.date(2019, 11, 11)
    assert _task(schedule, "Kiểm tra công tác bí mật NN").deadline == dt.date(2019, 11, 12)
    assert _task(schedule, "Dự kỷ niệm Ngày Nhà giáo").deadline == dt.date(2019, 11, 16)


def test_schedule_leaders_are_kept_as_written_and_a_remark_can_assign(schedule):
    """'Đ/c Thân - PCT UBND' is the person who leads, not 'UBND'; 'Giao TNMT chủ trì' in the
    Ghi chú column gives the row to TNMT; the 'theo dõi' column names no one responsible."""
    assert [o.office for o in _task(schedule, "Dự khai mạc lớp bồi dưỡng").offices] == ["Đ/c Thân - PCT UBND"]
    assert [o.office for o in _task(schedule, "Tiếp công dân định kỳ").offices] == ["Đ/c Thanh", "Đ/C Thân"]
    assert [o.office for o in _task(schedule, "Họp đóng góp ý kiến").offices] == ["TNMT"]
    assert _task(schedule, "Họp BC kết quả cưỡng chế").offices == []


def test_a_task_table_with_no_day_column_is_read_as_before():
    text = ("| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Rà soát quy hoạch sử dụng đất | Phòng Tài nguyên và Môi trường | Tháng 6/2024 |\n")
    tasks, _r, _a = extract_tasks(Document("t", lines=lines_from_text(text)))
    assert [(t.text, t.deadline, [o.office for o in t.offices]) for t in tasks] == [
        ("Rà soát quy hoạch sử dụng đất", dt.date(2024, 6, 30), ["Phòng Tài nguyên và Môi trường"])]


@pytest.fixture(scope="module")
def programme():
    return pipeline.process(SAMPLES / "d2_phutho_ubndxa_chuongtrinhcongtac_thang10_2025.txt")


@pytest.fixture(scope="module")
def conclusions():
    return pipeline.process(SAMPLES / "d3_nghean_ubndhuyen_thongbaoketluan_giaoban_2024.txt")


@pytest.fixture(scope="module")
def letter():
    return pipeline.process(SAMPLES / "d4_thanhhoa_ubndhuyen_congvan_phongchaybachay_2023.txt")


def test_agenda_notes_with_decimal_items_and_one_note_per_body(programme):
    """'(Phòng Kinh tế chuẩn bị nội dung 1.1 - 1.3)' names sub-items of a meeting; '(Văn phòng ...
    chuẩn bị)' then takes the item left (1.4); '(Phòng Kinh tế chủ trì nội dung 2.1; Văn phòng
    HĐND và UBND xã chủ trì nội dung 2.2)' gives each body its own item.  Each item is due on
    its meeting's day."""
    by_item = {t.item: t for t in programme.tasks if t.section.startswith("II")}
    assert [o.office for o in by_item["1.1"].offices] == ["Phòng Kinh tế"]
    assert [o.office for o in by_item["1.3"].offices] == ["Phòng Kinh tế"]
    assert [o.office for o in by_item["1.4"].offices] == ["Văn phòng HĐND và UBND xã"]
    assert [o.office for o in by_item["2.1"].offices] == ["Phòng Kinh tế"]
    assert [o.office for o in by_item["2.2"].offices] == ["Văn phòng HĐND và UBND xã"]
    assert by_item["1.2"].deadline == dt.date(2025, 10, 8) and by_item["2.2"].deadline == dt.date(2025, 10, 27)
    assert not any(t.text.startswith("(") for t in programme.tasks)  # notes are no tasks


def test_a_giao_sentence_inside_an_item_assigns_and_dates_that_item_only(programme):
    """'2. Rà soát ... . Giao Phòng Kinh tế chủ trì, hoàn thành trong tháng 10.': the second
    sentence is the item's assignment (no task of its own); it does not reach item 1 or 3."""
    t = _task(programme, "Rà soát, hoàn thiện hồ sơ đất đai")
    assert [o.office for o in t.offices] == ["Phòng Kinh tế"] and t.deadline == dt.date(2025, 10, 31)
    assert not any(t.text.startswith("Giao Phòng Kinh tế chủ trì") for t in programme.tasks)
    assert _task(programme, "Đẩy mạnh thu ngân sách").offices == []


def test_a_target_day_after_den_ngay(programme):
    """'phấn đấu đến ngày 31/10/2025 đạt 85% dự toán năm': a day by which a target is met."""
    assert _task(programme, "Đẩy mạnh thu ngân sách").deadline == dt.date(2025, 10, 31)


def test_an_unnumbered_giao_lead_in_gives_its_body_to_the_lettered_items(conclusions):
    """'1. Về sản xuất nông nghiệp' / 'Giao Phòng Nông nghiệp và Phát triển nông thôn:' / a) b) c)."""
    nn = "Phòng Nông nghiệp và Phát triển nông thôn"
    for start in ("Chỉ đạo thu hoạch dứt điểm", "Tổng hợp tiến độ sản xuất"):
        assert _offices(conclusions, start) == [nn]
    assert _offices(conclusions, "Phối hợp với Trạm Chăn nuôi") == [nn, "Trạm Chăn nuôi và Thú y"]
    # the lead-in stops at the next heading: section 2's paragraphs name their own bodies
    assert _offices(conclusions, "Trung tâm Phát triển quỹ đất") == ["Trung tâm Phát triển quỹ đất huyện"]


def test_a_report_due_at_next_months_meeting(conclusions):
    """'báo cáo Chủ tịch UBND huyện tại cuộc họp giao ban tháng 7/2024' -> July 31."""
    assert _task(conclusions, "Văn phòng HĐND và UBND huyện theo dõi").deadline == dt.date(2024, 7, 31)


def test_the_first_week_of_a_month(letter):
    """'báo cáo Chủ tịch UBND huyện trong tuần đầu tháng 5/2023' -> May 7; 'năm 2023' is the budget's."""
    assert _task(letter, "Giao Phòng Nông nghiệp").deadline == dt.date(2023, 5, 7)
    assert _task(letter, "Rà soát, kiện toàn Ban Chỉ huy").deadline == dt.date(2023, 4, 15)


@pytest.fixture(scope="module")
def convening():
    return pipeline.process(SAMPLES / "d5_bacgiang_pgdhiephoa_congvan_giaoban_2020.txt")


def test_a_convening_letter_dates_its_agenda_and_preparation_by_the_meeting(convening):
    """Phòng GD&ĐT Hiệp Hòa (real, 2020): '1. Nội dung:' / '2. Thành phần:' / '3. Thời gian, địa
    điểm:' with sessions on 9, 10 and 11/9/2020.  The attendance list directs no one, the dated
    session lines are the meeting's attributes, and the agenda, the preparation and the call to
    attend are due at the meeting (its last day)."""
    texts = [t.text for t in convening.tasks]
    assert not any(x.startswith(("Lãnh đạo, chuyên viên", "Hiệu trưởng các trường", "Từ 7h30")) for x in texts)
    assert _task(convening, "Đánh giá công tác hè").deadline == dt.date(2020, 9, 11)
    prep = _task(convening, "Giao các đồng chí Phó trưởng phòng")
    assert prep.deadline == dt.date(2020, 9, 11)
    # the form of address ('các đồng chí') is dropped, the post is the office (the scorer matches
    # either spelling: one holds the other)
    assert _offices(convening, "Giao các đồng chí Phó trưởng phòng") == ["Phó trưởng phòng phụ trách các bậc học"]
    attend = _task(convening, "Yêu cầu các đồng chí sắp xếp")
    assert attend.deadline == dt.date(2020, 9, 11) and _offices(convening, "Yêu cầu các đồng chí") == []


def test_officials_addressed_by_their_post():
    """'Giao đồng chí Phó Chủ tịch UBND xã ...': one official with his body, not two offices (the
    form of address 'đồng chí' is no part of the post)."""
    from pipeline.extract.offices import load_gazetteer, roles_in_sentence

    gaz = load_gazetteer()
    assert [r.office for r in roles_in_sentence("Giao đồng chí Phó Chủ tịch UBND xã chỉ đạo rà soát.", gaz)] == [
        "Phó Chủ tịch UBND xã"]
    assert [r.office for r in roles_in_sentence("Giao Chủ tịch UBND xã chỉ đạo rà soát.", gaz)] == ["Chủ tịch UBND xã"]


@pytest.fixture(scope="module")
def annual():
    return pipeline.process(SAMPLES / "d6_quangngai_huyenuy_chuongtrinhcongtac_nam_2023.txt")


def test_conferences_set_for_a_month_and_month_headings(annual):
    """'1. Hội nghị lần thứ 15 (tháng 01/2023)' dates its bullets by the month's end; the headings
    'Tháng 3' / 'Tháng 6' (the second printed after item 2) date the items below them."""
    assert _task(annual, "Thảo luận, cho ý kiến dự thảo").deadline == dt.date(2023, 1, 31)
    assert _task(annual, "Sơ kết giữa nhiệm kỳ").deadline == dt.date(2023, 7, 31)
    assert _task(annual, "Báo cáo kết quả 5 năm").deadline == dt.date(2023, 3, 31)
    assert _task(annual, "Đề án sắp xếp các thôn").deadline == dt.date(2023, 3, 31)
    assert _task(annual, "Báo cáo tình hình thu ngân sách").deadline == dt.date(2023, 6, 30)
    assert _task(annual, "Kế hoạch tổ chức Đại hội Mặt trận").deadline == dt.date(2023, 6, 30)
    assert _task(annual, "Văn phòng Huyện ủy theo dõi").deadline is None  # past the months: none


def test_notes_on_bullets_count_them_by_position(annual):
    """A bullet's own note assigns that bullet; '(Văn phòng Huyện ủy chủ trì, phối hợp với Đảng
    đoàn HĐND, Ban cán sự đảng UBND huyện chuẩn bị nội dung 1, 2)' the two bullets above it, with
    the partners as support."""
    assert _offices(annual, "Thảo luận, cho ý kiến dự thảo") == ["Ban Tuyên giáo"]
    assert _offices(annual, "Cho ý kiến về công tác cán bộ") == ["Ban Tổ chức"]
    roles = [(o.office, o.role) for o in _task(annual, "Sơ kết giữa nhiệm kỳ").offices]
    assert roles[0] == ("Văn phòng Huyện ủy", "lead") and len(roles) == 3
    assert {r for _o, r in roles[1:]} == {"support"}


def test_a_time_adverbial_before_the_subject(annual):
    """'Định kỳ hằng quý, Văn phòng Huyện ủy tổng hợp ...': the body after the opener's comma."""
    t = _task(annual, "Định kỳ hằng quý")
    assert _offices(annual, "Định kỳ hằng quý") == ["Văn phòng Huyện ủy"] and t.recurrence == "quarterly"


def test_a_weekly_schedule_in_text_form():
    """tests/data/district_lichcongtac_tuan_text.txt (written for the tests): day headings
    'THỨ HAI (13/11)' over bullets date them (the first heading is not swallowed by the header);
    'Chủ tịch UBND xã chủ trì ...' is one office, 'Chủ tịch UBND xã dự hội nghị ...' too."""
    doc = pipeline.process(Path(__file__).resolve().parent / "data" / "district_lichcongtac_tuan_text.txt")
    got = [(t.deadline, [o.office for o in t.offices if o.role != "report-to"]) for t in doc.tasks]
    assert got == [
        (dt.date(2023, 11, 13), ["Chủ tịch UBND xã"]),
        (dt.date(2023, 11, 13), ["Phó Chủ tịch Nguyễn Văn An"]),
        (dt.date(2023, 11, 15), ["Chủ tịch UBND xã"]),
        (dt.date(2023, 11, 17), ["Phó Chủ tịch Trần Thị Bình"]),
    ]


def test_a_giao_lead_in_with_a_lead_and_partners(tmp_path):
    """'Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND xã Tân Lập:' over '-'
    bullets: each bullet is the Phòng's (lead) with the commune (support); the line ends with ':'
    so it hands the list below it, it does not assign the item above."""
    f = tmp_path / "tb.txt"
    f.write_text("THÔNG BÁO\nKết luận của Chủ tịch UBND huyện tại buổi làm việc với UBND xã Tân Lập\n\n"
                 "1. Về công tác giải phóng mặt bằng\n"
                 "Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND xã Tân Lập:\n"
                 "- Rà soát nguồn gốc đất của các hộ dân bị ảnh hưởng;\n"
                 "- Hoàn thiện hồ sơ bồi thường, trình UBND huyện trước ngày 30/6/2024.\n"
                 "2. Về văn hóa\n", encoding="utf-8")
    doc = pipeline.process(f)
    for t in doc.tasks:
        assert [(o.office, o.role) for o in t.offices if o.role != "report-to"] == [
            ("Phòng Tài nguyên và Môi trường", "lead"), ("UBND xã Tân Lập", "support")]
    assert len(doc.tasks) == 2 and doc.tasks[1].deadline == dt.date(2024, 6, 30)


def test_a_schedule_table_with_a_day_and_date_column_and_leaders_who_attend():
    """'| Thứ, ngày | Thời gian | Nội dung | Lãnh đạo dự | Địa điểm |': the day column dates the
    rows below it, the 'Lãnh đạo dự' column names who leads them."""
    text = ("| Thứ, ngày | Thời gian | Nội dung | Lãnh đạo dự | Địa điểm |\n|---|---|---|---|---|\n"
            "| Thứ Hai 13/11/2023 | 7h30 | Chào cờ, giao ban đầu tuần | Đ/c Hùng - CT | Hội trường |\n"
            "| | 14h00 | Kiểm tra công tác phòng cháy tại chợ | Đ/c Bình - PCT | Chợ |\n"
            "| Thứ Ba 14/11/2023 | 8h00 | Tiếp công dân định kỳ | Đ/c Hùng - CT | Phòng tiếp dân |\n")
    tasks, _r, _a = extract_tasks(Document("t", lines=lines_from_text(text)))
    assert [(t.deadline, [o.office for o in t.offices]) for t in tasks] == [
        (dt.date(2023, 11, 13), ["Đ/c Hùng - CT"]), (dt.date(2023, 11, 13), ["Đ/c Bình - PCT"]),
        (dt.date(2023, 11, 14), ["Đ/c Hùng - CT"])]
