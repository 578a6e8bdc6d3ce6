"""Rules of the temporal normaliser found by benchmarks/deadline_phrases.py (real gazette
sentences, annotated blind).  Each rule is tested on sentences written here in the same shape,
not on the benchmark's own items."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.temporal import find_deadline, find_recurrence, roll_forward

D = dt.date


@pytest.mark.parametrize("text, expected", [
    # a benefit paid every month, a report named as a document, a noun phrase that goes on
    # with its author or source: the duty does not recur
    ("Lập danh sách chi trả phụ cấp hằng tháng cho các đối tượng.", None),
    ("Rà soát mức trợ cấp xã hội hằng tháng của người cao tuổi trên địa bàn.", None),
    ("Nội dung này chỉ ghi trong báo cáo hàng năm của doanh nghiệp.", None),
    ("Triển khai theo kế hoạch kiểm tra hàng năm do Sở Công Thương ban hành.", None),
    ("Bố trí kinh phí hằng năm từ ngân sách tỉnh để thực hiện Kế hoạch.", "yearly"),
    # ... while the same words as a duty still recur
    ("Gửi báo cáo hằng tháng về Sở Tài chính.", "monthly"),
    ("Lập báo cáo tài chính hằng năm của đơn vị, gửi cơ quan chủ quản.", "yearly"),
    ("Thực hiện chế độ báo cáo định kỳ hằng năm do Bộ quy định.", "yearly"),
    # 'N tháng một lần' with N > 1 is not monthly; a school year per item is no recurrence
    ("Nộp theo kỳ 03 tháng, 06 tháng hoặc 12 tháng một lần.", None),
    ("Kiểm tra tháng một lần tại các cơ sở.", "monthly"),
    ("Công khai mức thu cho từng năm học.", None),
])
def test_recurrence_of_nouns_and_duties(text, expected):
    assert find_recurrence(text) == expected


def test_two_days_a_year_are_half_yearly_and_first_due_after_the_document():
    text = "Tổng hợp, báo cáo kết quả về Sở Y tế trước ngày 10 tháng 6 và 10 tháng 12 hằng năm."
    early = find_deadline(text, 2024, issued=D(2024, 2, 1))
    late = find_deadline(text, 2024, issued=D(2024, 8, 1))
    assert early.recurrence == late.recurrence == "half-yearly"
    assert early.date == D(2024, 6, 10) and late.date == D(2024, 12, 10)
    four = find_deadline("Báo cáo trước ngày 20/3, 20/6, 20/9 và 20/12 hằng năm.", 2025, issued=D(2025, 4, 2))
    assert four.recurrence == "quarterly" and four.date == D(2025, 6, 20)
    one = find_deadline("Báo cáo trước ngày 20 tháng 12 hằng năm.", 2025, issued=D(2025, 4, 2))
    assert one.recurrence == "yearly" and one.date == D(2025, 12, 20)


@pytest.mark.parametrize("text, date", [
    ("Quý III năm 2025, sơ kết việc thực hiện Đề án, báo cáo Ủy ban nhân dân tỉnh.", D(2025, 9, 30)),
    ("b) Năm 2027, hoàn thành việc số hóa hồ sơ địa chính.", D(2027, 12, 31)),
    ("Tháng 10/2025, tổ chức hội nghị tổng kết.", D(2025, 10, 31)),
])
def test_bare_period_opening_a_directive(text, date):
    assert find_deadline(text, 2025, issued=D(2025, 3, 1)).date == date


@pytest.mark.parametrize("text", [
    "Năm 2024, tình hình kinh tế tiếp tục phục hồi.",  # a report, not a directive
    "Quý II năm 2025, kim ngạch xuất khẩu đạt 20 tỷ USD.",
])
def test_bare_period_opening_a_report_is_no_deadline(text):
    d = find_deadline(text, 2025, issued=D(2025, 3, 1))
    assert d is None or d.date is None


def test_periodic_duty_at_a_months_end():
    d = find_deadline("Định kỳ cuối tháng 11 hàng năm, Phòng Nội vụ tổng hợp, báo cáo Ủy ban nhân dân huyện.", 2024,
                      issued=D(2024, 3, 5))
    assert d.date == D(2024, 11, 30) and d.recurrence == "yearly"


@pytest.mark.parametrize("text", [
    # when something arises or happens
    "Số thuế phải nộp phát sinh trong tháng 3 năm 2025 là 12 triệu đồng.",
    "Thống kê các vụ cháy xảy ra trong quý I/2025 trên địa bàn.",
    # a balance at a date
    "Sử dụng kinh phí đến hết năm 2024 còn lại chuyển sang năm sau.",
    "Thu hồi số vốn đến hết ngày 31/12/2024 chưa giải ngân.",
    # a day of a generic year: a rule for every year
    "Số liệu tính đến hết ngày 30 tháng 9 năm báo cáo.",
    "Trước ngày 15 tháng 7 của năm trước năm kế hoạch, các sở gửi đề xuất.",
    # how long a regulation is in force
    "Quy định này có hiệu lực thi hành kể từ ngày ký đến hết ngày 31 tháng 12 năm 2026.",
    "Phụ lục có hiệu lực từ thời điểm Nghị định số 12/2026/NĐ-CP có hiệu lực đến trước ngày 01 tháng 7 năm 2027.",
    # a date in the condition of a rule
    "Trường hợp hồ sơ được nộp trước ngày 01 tháng 7 năm 2026 thì tiếp tục giải quyết theo quy định cũ.",
    "Nếu dự án khởi công trước ngày 30/6/2026 thì được hỗ trợ lãi suất.",
])
def test_dates_that_bound_no_work(text):
    d = find_deadline(text, 2026, issued=D(2026, 1, 10))
    assert d is None or d.date is None


@pytest.mark.parametrize("text, date", [
    # the same words where the date does bound the work
    ("Các sở hoàn thành việc rà soát, bảo đảm có hiệu lực trước ngày 01 tháng 7 năm 2027.", D(2027, 7, 1)),
    ("Trường hợp chưa hoàn thành, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/8/2026.", D(2026, 8, 15)),
    ("Thanh toán dứt điểm nợ đọng trong tháng 3 năm 2026.", D(2026, 3, 31)),
    ("Giải ngân hết số vốn còn lại trước ngày 31/12/2026.", D(2026, 12, 31)),
])
def test_deadlines_kept(text, date):
    assert find_deadline(text, 2026, issued=D(2026, 1, 10)).date == date


@pytest.mark.parametrize("text", [
    "Ông A bị tai nạn lao động vào tháng 5/2018 và được hưởng trợ cấp.",
    "Đơn vị đóng quân tại xã B từ năm 1965 đến tháng 3/1972.",
])
def test_a_year_long_before_the_document_is_a_past_event(text):
    d = find_deadline(text, 2026, issued=D(2026, 4, 1))
    assert d is None or d.date is None


def test_a_date_shortly_before_the_document_is_kept():
    # (a resolution published weeks after a deadline it sets stays dated)
    assert find_deadline("Báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 3 năm 2026.", 2026,
                         issued=D(2026, 4, 1)).date == D(2026, 3, 15)


# ------------------------------------------------------------------ batch 2 of the benchmark

@pytest.mark.parametrize("text", [
    # a document signed, issued or handled before a day: a condition on it
    "Áp dụng đối với hợp đồng thuê đất được ký kết trước ngày 01/7/2026.",
    "Giấy chứng nhận được cấp và còn hiệu lực trước ngày 15 tháng 3 năm 2026 tiếp tục được sử dụng.",
    "Bàn giao các hồ sơ Sở đã tiếp nhận trước ngày 01 tháng 9 năm 2026 cho Ủy ban nhân dân cấp xã.",
    # what arises in a span
    "Chi phí phát sinh từ ngày 01/01/2026 đến hết ngày 31/3/2026 được thanh toán theo mức cũ.",
    # a goal moved toward
    "Phát triển kinh tế xanh, hướng tới đạt mức trung hòa các-bon vào năm 2050.",
])
def test_conditions_spans_and_goals_are_no_deadlines(text):
    d = find_deadline(text, 2026, issued=D(2026, 5, 4))
    assert d is None or d.date is None


@pytest.mark.parametrize("text, date", [
    ("Hợp đồng phải được ký kết trước ngày 30/6/2026.", D(2026, 6, 30)),
    ("Các đơn vị đã được giao nhiệm vụ hoàn thành trước ngày 15/7/2026.", D(2026, 7, 15)),
    ("Phấn đấu hoàn thành việc cấp giấy chứng nhận trước ngày 31/12/2026.", D(2026, 12, 31)),
])
def test_the_same_words_that_bound_work(text, date):
    assert find_deadline(text, 2026, issued=D(2026, 5, 4)).date == date


@pytest.mark.parametrize("text, expected", [
    ("- Kinh phí thực hiện được bố trí từ dự toán chi thường xuyên hằng năm của các sở.", None),
    ("Nguồn kinh phí hoạt động của Tổ công tác do ngân sách tỉnh cấp hàng năm.", None),
    ("Lồng ghép các nhiệm vụ vào kế hoạch công tác hằng năm của đơn vị.", "yearly"),  # as gold reads it
    ("Xây dựng kế hoạch kiểm tra hằng năm, trình Giám đốc Sở phê duyệt.", "yearly"),
    ("Bố trí kinh phí hằng năm cho các hoạt động của Đề án.", "yearly"),
])
def test_funding_and_plans_named(text, expected):
    assert find_recurrence(text) == expected


@pytest.mark.parametrize("cell, date", [
    ("Thực hiện đến năm 2028 và theo lộ trình của Đề án", D(2028, 12, 31)),
    ("Đến hết năm 2027", D(2027, 12, 31)),
    ("Hoàn thành đến năm 2030", D(2030, 12, 31)),
])
def test_time_cell_until_a_year(cell, date):
    assert find_deadline(cell, 2026, attribute=True).date == date
    # in a sentence the same words are a horizon
    d = find_deadline(f"Xây dựng quy hoạch phát triển ngành đến năm {date.year}.", 2026)
    assert d is None or d.date is None


# ------------------------------------------------------------------ time cells probed by hand

@pytest.mark.parametrize("cell, date", [
    ("2025, 2026", D(2026, 12, 31)),  # a list of years: the last one's end
    ("2026 và 2027", D(2027, 12, 31)),
    ("Từ tháng 5 đến tháng 8/2026", D(2026, 8, 31)),  # a span read as one phrase: its end
    ("Từ tháng 5 - 8/2026", D(2026, 8, 31)),
    ("Q2/2026", D(2026, 6, 30)),  # a quarter's short form, not February
    ("Q.III/2026", D(2026, 9, 30)),
    ("2/2026", D(2026, 2, 28)),  # a month stays a month
])
def test_time_cells(cell, date):
    from pipeline.extract import _latest_period

    assert _latest_period(cell, 2026).date == date


def test_span_in_a_sentence_ends_at_its_end():
    d = find_deadline("Tổ chức kiểm tra tại các xã từ tháng 7 đến tháng 10/2026.", 2026)
    assert d.date == D(2026, 10, 31)
    assert find_deadline("Thực hiện từ tháng 7/2026.", 2026) is None


def test_an_age_range_is_no_span_of_dates():
    d = find_deadline("Vận động trẻ em từ 6 - 10 tuổi đến trường.", 2026)
    assert d is None or d.date is None


@pytest.mark.parametrize("text, date", [
    ("Hoàn thành dứt điểm từ nay đến 31/8/2026.", D(2026, 8, 31)),  # from now until a day
    ("Tập trung chỉ đạo từ nay đến hết ngày 15 tháng 9 năm 2026.", D(2026, 9, 15)),
    ("Trình Hội đồng nhân dân huyện tại kỳ họp cuối năm 2026.", D(2026, 12, 31)),  # the year-end session
    ("Tổ chức mít tinh vào dịp 26/3/2026.", D(2026, 3, 26)),  # the occasion's day
])
def test_until_sessions_and_occasions(text, date):
    assert find_deadline(text, 2026).date == date


def test_a_start_from_now_is_no_deadline():
    d = find_deadline("Thực hiện từ nay đến khi có chỉ đạo mới.", 2026)
    assert d is None or d.date is None


@pytest.mark.parametrize("text, date", [
    # an attribute written inside the task's sentence
    ("Rà soát hồ sơ địa chính của các xã (thời gian: tháng 10/2026).", D(2026, 10, 31)),
    ("Kiểm tra công tác văn thư, lưu trữ; thời gian thực hiện: Quý IV/2026.", D(2026, 12, 31)),
    ("Tổng kết mô hình điểm, tiến độ thực hiện: trước ngày 20/11/2026.", D(2026, 11, 20)),
    ("Cập nhật cơ sở dữ liệu dân cư, hạn cuối: 15/10/2026.", D(2026, 10, 15)),
    ("Tổ chức Hội nghị tổng kết, dự kiến tháng 12/2026.", D(2026, 12, 31)),
])
def test_inline_time_attributes(text, date):
    assert find_deadline(text, 2026).date == date


@pytest.mark.parametrize("text", [
    "Quy mô dân số dự kiến năm 2030 đạt 1,5 triệu người.",  # a forecast
    "Thời gian áp dụng: từ ngày 01/9/2026.",  # a start
    "Thời gian học tập: 03 tháng.",  # a duration
])
def test_inline_labels_without_a_bound(text):
    d = find_deadline(text, 2026)
    assert d is None or d.date is None


@pytest.mark.parametrize("text, expected", [
    ("Kiểm tra đột xuất, định kỳ tuần 01 lần.", "weekly"),  # once a unit
    ("Kiểm tra an toàn thực phẩm 1 năm/lần.", "yearly"),
    ("Rà soát 01 tháng/lần.", "monthly"),
    ("Tổng kết năm một lần.", "yearly"),
    ("Đánh giá lại 3 năm một lần.", None),  # every three years: none of the listed
    ("Kiểm định lại hai năm một lần.", None),
])
def test_once_a_unit(text, expected):
    assert find_recurrence(text) == expected


@pytest.mark.parametrize("text, date, time", [
    # a label naming the act it bounds
    ("Hạn nộp: 05/11/2026.", D(2026, 11, 5), None),
    ("Hạn chót nhận hồ sơ: 16h30 ngày 06/11/2026.", D(2026, 11, 6), "16:30"),
    ("Thời gian gửi bài dự thi: trước ngày 20/11/2026.", D(2026, 11, 20), None),
    # a weekday between the clock time and the day
    ("Các đơn vị báo cáo trước 9 giờ, thứ Tư, ngày 04/11/2026.", D(2026, 11, 4), "09:00"),
    # 'vào lúc' and a clock time written '14h00'
    ("Tổ chức giao ban vào lúc 15h00 ngày 09/11/2026.", D(2026, 11, 9), "15:00"),
    ("Kiểm tra thực tế 8h00 ngày 12/11/2026 tại xã.", D(2026, 11, 12), "08:00"),
])
def test_letter_phrasings(text, date, time):
    d = find_deadline(text, 2026, issued=D(2026, 10, 20))
    assert (d.date, d.time) == (date, time)


def test_labels_without_a_bound_date():
    for text in ("Thời gian đào tạo: 06 tháng.", "Thời gian tiếp nhận hồ sơ: từ ngày 02/11/2026."):
        d = find_deadline(text, 2026, issued=D(2026, 10, 20))
        assert d is None or d.date is None


# session 7, batch 8 of benchmarks/data/deadline_phrases.tsv: general shapes its misses showed
@pytest.mark.parametrize("text, issued, date", [
    # the first or last N months of a year ('6 tháng đầu năm' is June 30, ANNOTATION.md)
    ("Tập trung lực lượng kiểm tra trong 2 tháng cuối năm 2026 để hoàn thành kế hoạch.", D(2026, 10, 5), D(2026, 12, 31)),
    ("Hoàn thành việc cấp đổi giấy phép trong 9 tháng đầu năm 2026.", D(2026, 2, 1), D(2026, 9, 30)),
    ("Các xã hoàn thành rà soát trong ba tháng đầu năm.", D(2026, 1, 10), D(2026, 3, 31)),
    # quarters 'của năm YYYY' take that year
    ("Hoàn thành việc số hóa trong quý II và quý III của năm 2027.", D(2026, 11, 1), D(2027, 9, 30)),
])
def test_months_of_a_year_and_quarters_of_a_named_year(text, issued, date):
    assert find_deadline(text, issued.year, issued=issued).date == date


def test_a_yearly_duty_due_on_a_day_of_the_report_year_is_first_due_after_the_document():
    text = "Các đơn vị gửi báo cáo định kỳ hằng năm về Văn phòng chậm nhất vào ngày 15 tháng 12 của năm báo cáo."
    dl = find_deadline(text, 2025, issued=D(2025, 3, 2))
    assert dl.recurrence == "yearly" and dl.date == D(2025, 12, 15)
    late = find_deadline(text, 2025, issued=D(2025, 12, 20))
    assert roll_forward(late.date, late.text, late.recurrence, D(2025, 12, 20)) == D(2026, 12, 15)
    # not a yearly duty: a day of 'năm báo cáo' is a rule for every year, no date; nor is a span's end
    assert find_deadline("Số liệu được tổng hợp trước ngày 15 tháng 12 của năm báo cáo.", 2025, issued=D(2025, 3, 2)) is None
    span = find_deadline("Báo cáo số liệu từ ngày 01 tháng 01 đến hết ngày 30 tháng 6 năm báo cáo, gửi hằng năm.", 2025,
                         issued=D(2025, 3, 2))
    assert span is None or span.date is None


@pytest.mark.parametrize("text,date", [
    # the year a goal's figure is to be reached is a horizon, as 'đến năm 2030' is
    ("Phấn đấu giảm số thủ tục hành chính xuống còn khoảng 150 thủ tục vào năm 2030.", None),
    ("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80% vào năm 2027.", None),
    # ... but work to be finished in a year is due by its end, goal or not
    ("Phấn đấu 100% xã hoàn thành vào năm 2026.", D(2026, 12, 31)),
    ("Hoàn thành việc sắp xếp các thôn vào năm 2026.", D(2026, 12, 31)),
])
def test_a_goal_figure_for_a_year_is_a_horizon(text, date):
    dl = find_deadline(text, 2026, issued=D(2026, 3, 1))
    assert (dl.date if dl else None) == date
