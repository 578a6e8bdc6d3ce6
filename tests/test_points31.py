"""points31: measure31's classes D9, H19, F9 and H20 on real text outside the standing sets.

Texts: the pages corpus (Earth Hour letters retold by Lao động Thủ đô, Sở LĐTBXH Hưng Yên's portal, huyện Tiên
Du's portal, Chi cục BVMT Đà Nẵng's plan 1561; xã Giao Thiện's and xã Vinh Thanh's portals; Báo Long An's item on
Chỉ thị 06-CT/TW; a port authority's item in benchmarks/data/office_spans.jsonl) and development text zm1.
"""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from pipeline.extract import temporal as T
from pipeline.extract.cutline import cut_fragment, drop_cut_fragment
from pipeline.extract.eventtime import date_event_references, event_days, referred_event_day, work_in_event_time
from pipeline.structure.verbmisprint import mend_issue_verb
from pipeline.structure.visitcounter import is_counter_line, without_visit_counter


# ------------------------------------------------------------------ D9: an event's day with its hour span

def _deadline(text: str, issued: dt.date):
    dl = T.find_deadline(text, issued.year, [], issued=issued)
    return dl.date if dl else None


def test_work_in_the_events_time_is_dated_by_its_day():
    # Lao động Thủ đô, 2020: the Ministry's letter to EVN retold
    s = ("Đồng thời, vận động các tổ chức, cơ quan và khách hàng thực hiện tắt đèn và các thiết bị không cần thiết vào "
         "thời gian diễn ra Sự kiện Tắt đèn hưởng ứng Giờ Trái đất diễn ra từ 20h30 đến 21h30 Thứ 7, ngày 28/3/2020.")
    assert _deadline(s, dt.date(2020, 3, 25)) == dt.date(2020, 3, 28)
    # huyện Tiên Du's letter 265 retold, 2019: the span in words, no weekday
    s = ("Theo đó, các cơ quan chức năng đẩy mạnh tuyên truyền, vận động các cơ quan, tổ chức, đơn vị, người dân tích cực "
         "tham gia các hoạt động hưởng ứng chiến dịch với việc tắt đèn, thiết bị điện không cần thiết vào thời gian diễn ra "
         "sự kiện Giờ Trái đất từ 20 giờ 30 phút đến 21 giờ 30 phút ngày 30/3/2019.")
    assert _deadline(s, dt.date(2019, 3, 20)) == dt.date(2019, 3, 30)


def test_the_older_spelling_of_saturday_is_a_weekday_between_clock_and_day():
    s = ("Các cơ quan, hộ gia đình thực hiện tắt đèn và các thiết bị điện không cần thiết trong 01 giờ, từ 20 giờ 30 phút "
         "đến 21 giờ 30 phút thứ bẩy, ngày 26/3/2022.")
    assert _deadline(s, dt.date(2022, 2, 21)) == dt.date(2022, 3, 26)
    assert _deadline(s.replace("bẩy", "bảy"), dt.date(2022, 2, 21)) == dt.date(2022, 3, 26)


def test_an_event_that_is_the_subject_is_still_placed_not_due():
    # THCS Lý Thường Kiệt's notice, 2021: the event foretold as the subject (session 19's convention)
    s = ("Sự kiện tắt đèn hưởng ứng chiến dịch Giờ Trái đất 2021 sẽ diễn ra từ 20h30 đến 21h30, thứ Bảy, ngày 27/3/2021 "
         "với chủ đề “Lên tiếng vì thiên nhiên” với các mục đích sau:")
    assert _deadline(s, dt.date(2021, 3, 20)) is None
    assert not work_in_event_time("Sự kiện tắt đèn hưởng ứng chiến dịch Giờ Trái đất 2021 sẽ diễn ra từ ")


def test_hưởng_ứng_is_no_benefit_but_a_benefit_stays_one():
    s = "Các cơ quan hưởng ứng Giờ Trái đất từ 20h30 đến 21h30 ngày 28/3/2020."
    assert not T._right_period(s, s.index("21h30"), True)
    b = "Người lao động được hưởng trợ cấp từ ngày 01/01/2020 đến ngày 31/12/2020."
    assert T._right_period(b, b.index("ngày 31/12"), True)


def test_a_point_that_refers_to_the_event_takes_its_day():
    # Chi cục BVMT Đà Nẵng: the city's plan 1561/KH-UBND of 13/3/2020
    lines = ["Ngày 13/3/2020, UBND thành phố ban hành Kế hoạch số 1561/KH-UBND về việc Hưởng ứng Chiến dịch Giờ Trái đất 2020:",
             "1. Thời gian diễn ra sự kiện Giờ Trái đất: Từ 20 giờ 30 phút đến 21 giờ 30 phút thứ Bảy, ngày 28 tháng 3 năm 2020.",
             "2. Các cơ quan, đoàn thể, tổ chức, cá nhân, hộ gia đình thực hiện tắt phần lớn đèn chiếu sáng và các thiết bị "
             "điện trong thời gian diễn ra sự kiện Giờ Trái đất."]
    days = event_days(lines, 2020)
    assert referred_event_day(lines[2], days)[0] == dt.date(2020, 3, 28)
    task = SimpleNamespace(text=lines[2][3:], deadline=None, deadline_text="", recurrence=None)
    date_event_references([task], lines, 2020, dt.date(2020, 3, 13))
    assert task.deadline == dt.date(2020, 3, 28)
    # another event's name does not match, and an event over before the document dates nothing
    other = SimpleNamespace(text="Các đơn vị tắt đèn trong thời gian diễn ra Lễ hội Pháo hoa quốc tế.", deadline=None,
                            deadline_text="", recurrence=None)
    late = SimpleNamespace(text=task.text, deadline=None, deadline_text="", recurrence=None)
    date_event_references([other], lines, 2020, dt.date(2020, 3, 13))
    date_event_references([late], lines, 2020, dt.date(2020, 4, 5))
    assert other.deadline is None and late.deadline is None


# ------------------------------------------------------------------ H19: a visitor counter is furniture

def test_a_visit_counter_block_is_dropped_and_prose_kept():
    # xã Giao Thiện's portal (header_fields AS03): one label or count a line
    lines = ["Truy cập", "Hôm nay:", "1", "Hôm qua:", "0", "Tuần này:", "1", "Tháng này:", "0", "Tất cả:", "67702",
             "Tổ chức Ngày hội văn hóa truyền thống xã Giao Thiện năm 2024", "Ngày 22/02/2024 00:00:00"]
    assert without_visit_counter(lines) == lines[11:]
    # xã Vinh Thanh's portal: the counter on one line; huyện Tiên Du's: a view count by the posting stamp
    assert is_counter_line("| Thống kê truy cập Truy cập tổng 935.888 Truy cập hiện tại 16")
    assert without_visit_counter(["22/06/2019 12:49 Số lượt xem: 342", "UBND huyện vừa ban hành công văn số 265"]) == [
        "UBND huyện vừa ban hành công văn số 265"]
    prose = ["Hôm nay, UBND huyện tổ chức hội nghị triển khai kế hoạch.", "Tổng cộng: 15 xã", "2024"]
    assert without_visit_counter(prose) == prose
    assert without_visit_counter(["Tất cả: 18833054", "Kế hoạch số 12/KH-UBND"]) == ["Tất cả: 18833054", "Kế hoạch số 12/KH-UBND"]


# ------------------------------------------------------------------ H20: a misprinted 'ban hành'

def test_a_misprinted_issue_verb_before_a_numbered_document_is_mended():
    s = "Cảng vụ Hàng hải Bình Thuận đã bản hành văn bản 879/CVHHBT-PC-TT-ATANHH ngày 23/9/2021 yêu cầu các đơn vị"
    assert "đã ban hành văn bản 879/" in mend_issue_verb(s)
    s = "Ngày 14/4/2016, UBND quận đã banh hành quyết định số 3271/UBND-KT về việc triển khai"
    assert "đã ban hành quyết định số 3271" in mend_issue_verb(s)
    for keep in ("Cải cách văn bản hành chính của tỉnh", "Bộ phận một cửa có bàn hành chính công"):
        assert mend_issue_verb(keep) == keep


# ------------------------------------------------------------------ F9: a cut last line

def test_a_cut_fragment_with_no_whole_clause_is_found():
    # Báo Long An, Chỉ thị 06-CT/TW (header_fields AN07): a clause cut after its verb
    text = ("Trong 5 năm qua, Đoàn Thanh niên Cộng sản Hồ Chí Minh tiếp tục phát huy những truyền thống quý báu; "
            "thường xuyên bổ sung l\n")
    assert cut_fragment(text.splitlines()) == "thường xuyên bổ sung l"
    ask = "Nghiêm túc triển khai thực hiện.\nĐề nghị Thủ trưởng các phòng, đơn vị thuộc S"
    assert cut_fragment(ask.splitlines()) == "Đề nghị Thủ trưởng các phòng, đơn vị thuộc S"
    tasks = [SimpleNamespace(text="Nghiêm túc triển khai thực hiện."), SimpleNamespace(text="Đề nghị Thủ trưởng các phòng, đơn vị thuộc S")]
    assert [t.text for t in drop_cut_fragment(tasks, ask.splitlines())] == ["Nghiêm túc triển khai thực hiện."]


def test_a_cut_line_that_holds_a_whole_clause_or_initials_is_kept():
    # development zm1: a required task cut mid-word (the gold annotates it as printed)
    zm1 = ("Duy trì lực lượng, phương tiện cứu hộ, cứu nạn để sẵn sàng ứng cửu khi có yêu cầu. Tổ chức trực ban nghiêm túc "
           "và thường xuyên báo cáo về Văn phòng Ban Chỉ đạo Trung ương về phòng chống thiên tai và Văn phòng ủy b")
    assert cut_fragment([zm1]) is None
    assert cut_fragment(["Các xã báo cáo kết quả.", "PV"]) is None
    assert cut_fragment(["Đề nghị các xã tổ chức tuyên truyền, vận động nhân dân tham gia các hoạt đ"]) is None
