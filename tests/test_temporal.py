"""The Vietnamese temporal normaliser: every phrase of issue 5 and ANNOTATION.md."""
from __future__ import annotations

import datetime as dt

import pytest

import pipeline
from pipeline.extract.temporal import doc_year, find_deadline, find_recurrence
from pipeline.model import Document, Header, lines_from_text

D = dt.date


@pytest.mark.parametrize("text, year, date, time", [
    ("Báo cáo kết quả trước ngày 15/6/2023.", 2023, D(2023, 6, 15), None),
    ("gửi Sở Nội vụ chậm nhất ngày 15/6/2023", 2023, D(2023, 6, 15), None),
    ("nộp hồ sơ trước 16 giờ 00 ngày 12/9/2024", 2024, D(2024, 9, 12), "16:00"),
    ("báo cáo về Sở trước 14 giờ 00 ngày 29/7/2020.", 2020, D(2020, 7, 29), "14:00"),
    ("khởi công toàn bộ các công trình chậm nhất trong tháng 5/2023", 2023, D(2023, 5, 31), None),
    ("hoàn thành trong tháng 5/2023", 2023, D(2023, 5, 31), None),
    ("riêng năm 2020 hoàn thành trong quý II/2020", 2020, D(2020, 6, 30), None),
    ("Hoàn thành trong quý III/2020.", 2020, D(2020, 9, 30), None),
    ("nâng điểm các chỉ số ngay trong 6 tháng đầu năm.", 2023, D(2023, 6, 30), None),
    ("hoàn thành trong năm 2025", 2025, D(2025, 12, 31), None),
    ("hoàn thành trước ngày 10 tháng 6 năm 2026.", 2026, D(2026, 6, 10), None),
    ("bảo đảm hoàn thành đồng bộ ..., trước ngày 30 tháng 6 năm 2026.", 2026, D(2026, 6, 30), None),
    ("đăng ký trước ngày 22/ 12/ 2011 qua phòng", 2011, D(2011, 12, 22), None),
    ("báo cáo trước ngày 15/11", 2020, D(2020, 11, 15), None),  # no year: the document's
    ("phấn đấu đến hết quý III/2024 đạt 80% dự toán", 2024, D(2024, 9, 30), None),
    ("thường xuyên; riêng việc tuyên truyền hoàn thành trong quý II/2020", 2020, D(2020, 6, 30), None),
    ("trình Đảng ủy Chính phủ trước\nngày 06 tháng 7 năm 2026".replace("\n", " "), 2026, D(2026, 7, 6), None),
])
def test_deadlines(text, year, date, time):
    d = find_deadline(text, year)
    assert d is not None and d.date == date and d.time == time


@pytest.mark.parametrize("text", [
    "điều chỉnh quy hoạch phát triển vùng huyện đến năm 2030, tầm nhìn đến năm 2050",
    "Đảm bảo hoàn thành chương trình, kế hoạch năm học 2022-2023",
    "Thực hiện thường xuyên.",
    "Đẩy nhanh kế hoạch trồng rừng và chương trình 01 tỷ cây xanh năm 2023 trong vụ Xuân",
    "Báo cáo ước tình hình KT-XH 6 tháng đầu năm; nhiệm vụ 6 tháng cuối năm 2023.",
    "giai đoạn 2017-2021 theo Kế hoạch",
])
def test_not_deadlines(text):
    d = find_deadline(text, 2023)
    assert d is None or d.date is None


def test_cited_document_date_is_masked():
    text = "thực hiện Chỉ thị số 19-CT/TU ngày 11/6/2020 trước ngày 30/6/2020"
    start = text.index("Chỉ thị")
    end = text.index(" trước")
    assert find_deadline(text, 2020, masks=[(start, end)]).date == D(2020, 6, 30)
    assert find_deadline("thực hiện Chỉ thị số 19-CT/TU ngày 11/6/2020", 2020, masks=[(10, 44)]) is None


def test_relative_term_kept_as_text():
    d = find_deadline("kiểm tra, báo cáo UBND xã trong thời hạn 05 ngày làm việc kể từ ngày nhận được Thông báo này", 2024)
    assert d.date is None and d.text.startswith("trong thời hạn 05 ngày làm việc kể từ")


def test_monthly_day_has_no_fixed_date():
    d = find_deadline("báo cáo kết quả trước ngày 25 hằng tháng", 2023)
    assert d.date is None and d.recurrence == "monthly" and "25" in d.text


def test_recurring_day_and_month_is_first_due_in_the_document_year():
    d = find_deadline("gửi Bộ, UBND tỉnh trước ngày 30 tháng 11 hằng năm.", 2020)
    assert d.date == D(2020, 11, 30) and d.recurrence == "yearly"
    d = find_deadline("Định kỳ 6 tháng (trước ngày 15/6 và 15/12) báo cáo", 2024)
    assert d.date == D(2024, 12, 15) and d.recurrence == "half-yearly"


def test_attribute_value_takes_bare_dates():
    assert find_deadline("Ngày 26, 27/12/2011", 2011, attribute=True).date == D(2011, 12, 27)
    assert find_deadline("Chiều ngày 28/12 và cả ngày 29/12/2011", 2011, attribute=True).date == D(2011, 12, 29)
    d = find_deadline("Sau khi có hướng dẫn của Bộ", 2020, attribute=True)
    assert d.date is None and d.text


@pytest.mark.parametrize("text, rec", [
    ("tổ chức giao ban vào chiều thứ Năm hằng tuần", "weekly"),
    ("báo cáo vào thứ Sáu hàng tuần", "weekly"),
    ("Định kỳ thứ Hai hàng tuần tổng hợp", "weekly"),
    ("định kỳ hằng tháng báo cáo", "monthly"),
    ("đảm bảo có kết quả cụ thể theo từng tháng", "monthly"),
    ("báo cáo hằng quý", "quarterly"),
    ("định kỳ sáu tháng báo cáo Ủy ban nhân dân tỉnh", "half-yearly"),
    ("định kỳ 6 tháng một lần", "half-yearly"),
    ("Thực hiện định kỳ hằng năm; Riêng năm 2020 hoàn thành trong quý II/2020", "yearly"),
    ("kiểm tra hằng ngày", "daily"),
    ("Thực hiện thường xuyên", None),
    ("Báo cáo 6 tháng đầu năm", None),
])
def test_recurrence(text, rec):
    assert find_recurrence(text) == rec


def test_doc_year_from_header_period_or_text():
    doc = Document("x", lines=lines_from_text("Phiên họp tháng 5/2023: Ngày 23/5/2023"))
    assert doc_year(doc) == 2023
    doc.header = Header(date=D(2019, 3, 1))
    assert doc_year(doc) == 2019
    doc.header = Header(period="2021-05")
    assert doc_year(doc) == 2021


# ------------------------------------------------------------------ central-government phrasings and time cells

@pytest.mark.parametrize("text, date", [
    ("trình Chính phủ trước ngày 15 tháng 5 năm 2026.", D(2026, 5, 15)),
    ("báo cáo Thủ tướng Chính phủ trong tháng 6 năm 2026 theo chỉ đạo tại Thông báo", D(2026, 6, 30)),
    ("hoàn thành trước 30/6", D(2026, 6, 30)),
    ("đưa vào vận hành, hoàn thành trong năm 2026", D(2026, 12, 31)),
    ("hoàn thành cắt giảm thủ tục trong quý III năm 2026", D(2026, 9, 30)),
    ("hoàn thành trong quý II và quý III năm 2026", D(2026, 9, 30)),
    ("tổ chức sơ kết trong tháng 5 và tháng 6/2026", D(2026, 6, 30)),
    ("hoàn thành trước 6/2026", D(2026, 6, 30)),
])
def test_central_government_deadlines(text, date):
    assert find_deadline(text, 2026).date == date


@pytest.mark.parametrize("text, date", [
    ("Trong quý II năm 2026, nghiên cứu, ban hành theo thẩm quyền các giải pháp thu hút quỹ đầu tư.", D(2026, 6, 30)),
    ("Trong tháng 6/2026, hoàn thành việc sắp xếp trụ sở dôi dư.", D(2026, 6, 30)),
    ("Trong năm 2026, các bộ, cơ quan phải hoàn thành số hóa hồ sơ.", D(2026, 12, 31)),
])
def test_an_opening_period_before_a_directive_is_its_deadline(text, date):
    assert find_deadline(text, 2026).date == date


@pytest.mark.parametrize("text", [
    "Trong tháng 4 năm 2026, tình hình thế giới tiếp tục biến động phức tạp.",
    "Trong quý I/2026, kim ngạch xuất khẩu đạt 120 tỷ USD.",
    "phấn đấu tiết kiệm điện tối thiểu 3,0% tổng điện năng tiêu thụ toàn quốc trong năm 2026",
    "phấn đấu tổng mức bán lẻ hàng hóa tăng 13% trong năm 2026",
    "giảm ít nhất 10% số vụ tai nạn giao thông trong năm 2026",
])
def test_reports_of_the_past_and_rate_targets_are_not_deadlines(text):
    d = find_deadline(text, 2026)
    assert d is None or d.date is None


def test_a_rate_target_does_not_hide_a_later_deadline():
    d = find_deadline("tăng 15% so với cùng kỳ, báo cáo Thủ tướng Chính phủ trong tháng 6/2026", 2026)
    assert d.date == D(2026, 6, 30)
    d = find_deadline("phấn đấu giảm 10% số vụ tai nạn, hoàn thành trong năm 2026", 2026)
    assert d.date == D(2026, 12, 31)


@pytest.mark.parametrize("cell, date", [
    ("2026", D(2026, 12, 31)),
    ("9/2026", D(2026, 9, 30)),
    ("Quý III/2026", D(2026, 9, 30)),
    ("Quý II, III/2026", D(2026, 9, 30)),
    ("Quý III - IV/2026", D(2026, 12, 31)),
    ("Tháng 6/2026", D(2026, 6, 30)),
    ("Tháng 5, 6/2026", D(2026, 6, 30)),
    ("Tháng 6 - 12/2026", D(2026, 12, 31)),
    ("Năm 2026", D(2026, 12, 31)),
    ("Trước 30/6/2026", D(2026, 6, 30)),
    ("6 tháng cuối năm 2026", D(2026, 12, 31)),
    ("Quý IV", D(2026, 12, 31)),
])
def test_time_cells_of_task_tables(cell, date):
    assert find_deadline(cell, 2026, attribute=True).date == date


@pytest.mark.parametrize("text", ["Nghị quyết số 9/2026 của Hội đồng nhân dân tỉnh", "Thường xuyên", "tỷ lệ 5/2026 hồ sơ"])
def test_month_year_shape_needs_a_trigger_outside_cells(text):
    d = find_deadline(text, 2026)
    assert d is None or d.date is None


# ------------------------------------------------------------------ attribute lines, bracketed periods, recurrence of nouns

@pytest.mark.parametrize("text, date", [
    # '- Thời gian thực hiện: Trong năm 2023, 2024.': a list of years runs to the end of the last
    ("Trong năm 2023, 2024.", D(2024, 12, 31)),
    ("hoàn thành trong năm 2025 và 2026", D(2026, 12, 31)),
    # ongoing work with one dated part (ANNOTATION.md)
    ("Theo lộ trình triển khai Đề án, đối với Trung tâm dữ liệu quốc gia số 1 hoàn thành trong năm 2025.", D(2025, 12, 31)),
    # 'trước' + a period bounds the work by that period, as 'trước ngày X' by X
    ("Theo lộ trình triển khai Đề án, đối với Trung tâm dữ liệu số 1 hoàn thành trước năm 2025.", D(2025, 12, 31)),
    ("Quý IV năm 2023.", D(2023, 12, 31)),
])
def test_attribute_time_lines(text, date):
    assert find_deadline(text, 2023, attribute=True).date == date


@pytest.mark.parametrize("text, date", [
    ("Kết nối Nền tảng tích hợp, chia sẻ dữ liệu của Trung tâm dữ liệu quốc gia (Quý III/2025).", D(2025, 9, 30)),
    ("Rà soát, khảo sát, đề xuất và phê duyệt các dự án theo các nhiệm vụ phân công của Đề án (Quý II/2024).", D(2024, 6, 30)),
    ("Rà soát, thống kê các trường thông tin cần khai thác (hoàn thành trong Quý IV/2023).", D(2023, 12, 31)),
    ("Tổ chức tập huấn cho cán bộ cấp xã (tháng 9/2024);", D(2024, 9, 30)),
])
def test_a_bracketed_period_closing_an_item_is_its_deadline(text, date):
    assert find_deadline(text, 2023).date == date


@pytest.mark.parametrize("text", [
    "Rà soát, bổ sung các điều kiện bảo đảm an ninh theo tiêu chuẩn của Trung tâm (từ Quý IV/2024).",
    "gửi báo cáo đến Bộ Công an để tổng hợp, kịp thời tháo gỡ (thường xuyên).",
    "Tổng hợp số liệu (năm 2024) về dân cư và gửi Sở Tư pháp trước khi tổ chức hội nghị.",
])
def test_a_bracketed_start_or_a_bracket_inside_the_sentence_is_no_deadline(text):
    d = find_deadline(text, 2023)
    assert d is None or d.date is None


@pytest.mark.parametrize("text, rec", [
    # the period measures a rate or belongs to a noun: the duty itself does not recur
    ("thiết kế và lên kế hoạch mở rộng để đáp ứng nhu cầu tăng trưởng hàng năm.", None),
    ("phấn đấu doanh thu tăng bình quân 10% hằng năm", None),
    ("đề xuất bổ sung kinh phí để thực hiện Nghị quyết (ngoài dự toán chi ngân sách đã cấp hàng năm).", None),
    # ... while funding or reporting every year does
    ("bố trí kinh phí thực hiện các nhiệm vụ của Đề án trong dự toán ngân sách hàng năm được cấp có thẩm quyền giao.", "yearly"),
    ("Tổ chức tổng kết, đánh giá hàng năm và theo hoạt động của Đề án", "yearly"),
    ("báo cáo định kỳ hàng năm trước ngày 15 tháng 12 để đánh giá tình hình", "yearly"),
])
def test_recurrence_of_the_duty_not_of_a_noun(text, rec):
    assert find_recurrence(text) == rec


def test_yearly_report_with_a_due_day_is_first_due_in_the_document_year():
    d = find_deadline("Thực hiện báo cáo đột xuất theo yêu cầu, báo cáo định kỳ hàng năm trước ngày 15 tháng 12 để đánh giá", 2026)
    assert (d.date, d.recurrence) == (D(2026, 12, 15), "yearly")


def test_a_yearless_date_before_the_document_is_next_years():
    from pipeline.extract.temporal import roll_forward

    issued = D(2017, 12, 20)
    # 'báo cáo trước ngày 10/01' in a letter of 20/12/2017
    d = find_deadline("đề nghị các Cục Hải quan tỉnh báo cáo về Tổng cục trước ngày 10/01", 2017)
    assert roll_forward(d.date, d.text, d.recurrence, issued) == D(2018, 1, 10)
    # a yearly duty whose day has passed this year is first due next year
    d = find_deadline("gửi báo cáo tổng kết trước ngày 30 tháng 11 hằng năm", 2017)
    assert roll_forward(d.date, d.text, d.recurrence, issued) == D(2018, 11, 30)
    # a year in the text, or a date a few days before the signature, stays
    d = find_deadline("hoàn thành trước ngày 15/12/2017", 2017)
    assert roll_forward(d.date, d.text, d.recurrence, issued) == D(2017, 12, 15)
    d = find_deadline("gửi Bộ Tài chính trước ngày 06 tháng 12", 2017)
    assert roll_forward(d.date, d.text, d.recurrence, issued) == D(2017, 12, 6)


def test_a_december_letter_end_to_end(tmp_path):
    text = """TỔNG CỤC HẢI QUAN
Số: 7781/TCHQ-GSQL
Hà Nội, ngày 20 tháng 12 năm 2017
Kính gửi: Cục Hải quan các tỉnh, thành phố.
1. Rà soát các tờ khai tạm nhập tái xuất quá hạn, báo cáo kết quả về Tổng cục Hải quan trước ngày 10/01.
2. Tổng hợp tình hình thực hiện, báo cáo định kỳ trước ngày 15 tháng 6 hằng năm.
"""
    path = tmp_path / "cv.txt"
    path.write_text(text, encoding="utf-8")
    doc = pipeline.process(path)
    got = {t.text[:12]: (t.deadline, t.recurrence) for t in doc.tasks}
    assert got["Rà soát các "] == (D(2018, 1, 10), None)
    assert got["Tổng hợp tìn"] == (D(2018, 6, 15), "yearly")


@pytest.mark.parametrize("text, rec", [
    ("tổ chức kiểm tra việc chấp hành 01 lần/năm", "yearly"),
    ("họp giao ban 1 lần/tháng vào ngày làm việc đầu tiên", "monthly"),
    ("báo cáo tình hình 3 tháng/lần", "quarterly"),
    ("định kỳ 03 tháng báo cáo Ủy ban nhân dân tỉnh", "quarterly"),
    ("báo cáo trước ngày 20 của tháng cuối quý", "quarterly"),
    ("tổ chức diễn tập 02 lần/năm", "half-yearly"),
    ("trong 03 tháng kể từ ngày Quyết định có hiệu lực", None),
    ("thời hạn sử dụng 01 năm", None),
])
def test_recurrence_written_as_counts_and_periods(text, rec):
    assert find_recurrence(text) == rec


def test_an_opening_bound_is_a_deadline_whatever_follows():
    d = find_deadline("Trước ngày 15/11/2017, các Cục Hải quan tỉnh, thành phố báo cáo Tổng cục kết quả thực hiện.", 2017)
    assert d.date == D(2017, 11, 15)
    d = find_deadline("Chậm nhất ngày 20/6/2017, các đơn vị gửi danh sách về Cục Giám sát quản lý.", 2017)
    assert d.date == D(2017, 6, 20)


@pytest.mark.parametrize("text, date", [
    ("hoàn thành vào cuối tháng 6/2026", D(2026, 6, 30)),
    ("trình Chính phủ vào cuối quý III/2026", D(2026, 9, 30)),
    ("hoàn thành trong nửa đầu năm 2026", D(2026, 6, 30)),
    ("tổ chức tổng kết, đánh giá vào cuối năm", D(2026, 12, 31)),  # the document's year
])
def test_end_of_a_period(text, date):
    assert find_deadline(text, 2026).date == date


@pytest.mark.parametrize("text", ["tổng kết cuối năm học", "số liệu tính đến cuối tháng 6/2026", "báo cáo cuối năm gửi Sở"])
def test_end_of_a_period_without_a_trigger_or_of_a_school_year(text):
    d = find_deadline(text, 2026)
    assert d is None or d.date is None


@pytest.mark.parametrize("cell, date", [
    ("Giai đoạn 2026 - 2030", D(2030, 12, 31)),   # a task table's time cell: done within the period
    ("Năm 2026 - 2027", D(2027, 12, 31)),
    ("Năm 2026 và các năm tiếp theo", None),       # the year opens an ongoing duty
    ("Từ năm 2026 trở đi", None),
    ("Năm học 2025 - 2026", None),                 # a school year frames no task
])
def test_time_cell_periods_and_onward_years(cell, date):
    assert find_deadline(cell, 2026, attribute=True).date == date


def test_a_period_in_running_text_is_still_no_deadline():
    assert find_deadline("Tổ chức triển khai Đề án giai đoạn 2026 - 2030.", 2026) is None


def test_weeks_of_a_month_targets_and_meetings_as_deadlines():
    """District wording (samples/text/d2-d4): a week of a month, a target day after 'đến ngày',
    a report due at a month's meeting; a data cut-off ('tính đến ngày') and a horizon are none."""
    from pipeline.extract.temporal import find_deadline

    assert find_deadline("báo cáo trong tuần đầu tháng 5/2023", 2023).date == dt.date(2023, 5, 7)
    assert find_deadline("tổng kết trong tuần cuối tháng 2", 2024).date == dt.date(2024, 2, 29)
    assert find_deadline("hoàn thành trong tuần thứ hai của tháng 9/2024", 2024).date == dt.date(2024, 9, 14)
    assert find_deadline("phấn đấu đến ngày 31/10/2025 đạt 85% dự toán năm", 2025).date == dt.date(2025, 10, 31)
    assert find_deadline("đến ngày 30/6/2024 phải hoàn thành việc cấp giấy", 2024).date == dt.date(2024, 6, 30)
    assert find_deadline("báo cáo tại cuộc họp giao ban tháng 7/2024", 2024).date == dt.date(2024, 7, 31)
    assert find_deadline("tổng hợp số liệu tính đến ngày 30/6/2024", 2024) is None
    assert find_deadline("quy hoạch đến năm 2030", 2024) is None
    assert find_deadline("Báo cáo kết quả từ đầu năm đến ngày 15/10/2024.", 2024) is None


def test_a_weekday_between_the_trigger_and_the_date():
    """'vào sáng Chủ nhật, ngày 16/11/2025' (samples/text/d7): the weekday names the day."""
    from pipeline.extract.temporal import find_deadline

    assert find_deadline("Tổ chức ra quân vào sáng Chủ nhật, ngày 16/11/2025.", 2025).date == dt.date(2025, 11, 16)
    assert find_deadline("nộp trước thứ Sáu, ngày 20/12/2024", 2024).date == dt.date(2024, 12, 20)
    assert find_deadline("họp vào thứ Năm hằng tuần", 2024).date is None


def test_ranges_with_a_dash_lists_of_days_and_numbered_weeks():
    """'từ 10/11 - 20/11/2025' ends on the 20th; 'trong các ngày 12, 13/11/2025' on the 13th;
    'Tuần 2 tháng 12/2025' on the 14th; year ranges stay periods."""
    from pipeline.extract.temporal import find_deadline

    assert find_deadline("tổ chức trong thời gian từ 10/11 - 20/11/2025.", 2025).date == dt.date(2025, 11, 20)
    assert find_deadline("kiểm tra trong các ngày 12, 13/11/2025.", 2025).date == dt.date(2025, 11, 13)
    assert find_deadline("Thời gian hoàn thành: Tuần 2 tháng 12/2025", 2025).date == dt.date(2025, 12, 14)
    assert find_deadline("thực hiện trong giai đoạn 2021-2025", 2025) is None
    assert find_deadline("tổ chức khai giảng năm học 2024 - 2025", 2025) is None
