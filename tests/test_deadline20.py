"""deadline20: press datelines, opening periods of reports, benefit / payment / licence spans, and two-part spans
whose first part counts days (pipeline/extract/temporal.py: _reported_event_dateline, _reported_opening_period,
_right_period, _days_then_months_span).  Invented wordings in the shapes counted in deadline_phrases, the
development gold and the pages corpus; each class is checked on both sides."""
import datetime as dt

import pytest

from pipeline.extract.temporal import find_deadline


def _due(text: str, issued: dt.date):
    dl = find_deadline(text, issued.year, issued=issued)
    return dl.date if dl else None


# (1) a press report's own dateline, on the document's day: the event told, no bound
@pytest.mark.parametrize("text, issued", [
    ("Sáng ngày 14/3/2024, Đoàn Thanh niên xã tổ chức ra quân dọn vệ sinh kênh mương.", dt.date(2024, 3, 14)),
    ("Nhằm hưởng ứng Tháng hành động vì môi trường, chiều ngày 05/6/2023, UBND phường tổ chức tổng vệ sinh các tuyến phố.",
     dt.date(2023, 6, 5)),
    ("Nằm trong chuỗi hoạt động của Tuần lễ văn hóa, tối 21/9, Hội Nông dân huyện tổ chức đêm giao lưu văn nghệ.",
     dt.date(2024, 9, 21)),
    ("Trong khuôn khổ Hội chợ, sáng 02/12/2022, Sở Công Thương đã tổ chức hội thảo về xúc tiến thương mại.",
     dt.date(2022, 12, 2)),
    ("Ngày 12/3/2025, UBND tỉnh tổ chức hội nghị triển khai công tác phòng cháy rừng.", dt.date(2025, 3, 12)),
])
def test_a_reports_own_dateline_is_no_deadline(text, issued):
    assert _due(text, issued) is None


@pytest.mark.parametrize("text, issued, due", [
    # a plan's day after the document's own
    ("Sáng ngày 20/10/2024, các chi đoàn tổ chức lễ ra quân trồng cây và báo cáo kết quả trước ngày 25/10/2024.",
     dt.date(2024, 10, 5), dt.date(2024, 10, 25)),
    # an ask with its own bound after the dateline
    ("Sáng ngày 14/3/2024, UBND xã yêu cầu các thôn hoàn thành việc phát quang trước ngày 20/3/2024.",
     dt.date(2024, 3, 14), dt.date(2024, 3, 20)),
    # a row that opens on its act, same day
    ("Sáng ngày 14/3/2024: tổ chức lễ phát động.", dt.date(2024, 3, 10), dt.date(2024, 3, 14)),
])
def test_a_plans_day_and_an_asks_bound_stay(text, issued, due):
    assert _due(text, issued) == due


# (2) a period opening a report: what was done bounds no later ask
@pytest.mark.parametrize("text, issued", [
    ("Trong tháng 5/2017, UBND tỉnh tập trung chỉ đạo các sở tháo gỡ vướng mắc cho doanh nghiệp.", dt.date(2017, 5, 31)),
    ("Trong 6 tháng đầu năm 2024, toàn tỉnh đã giải quyết việc làm cho 12.000 lao động; thời gian tới, yêu cầu các "
     "ngành tiếp tục triển khai.", dt.date(2024, 6, 20)),
    ("Qua năm 2023, các hội cơ sở đã vận động được 300 hội viên mới.", dt.date(2023, 11, 30)),
    ("Trong quý III/2022, ngành y tế đã khám sàng lọc cho 5.000 người cao tuổi.", dt.date(2022, 9, 15)),
])
def test_an_opening_period_that_reports_is_no_deadline(text, issued):
    assert _due(text, issued) is None


@pytest.mark.parametrize("text, issued, due", [
    ("Trong quý III/2026, Sở Y tế chủ trì, phối hợp với các đơn vị rà soát danh mục thuốc.", dt.date(2026, 5, 1),
     dt.date(2026, 9, 30)),
    ("Trong tháng 7/2025, các xã phải hoàn thành việc cập nhật dữ liệu dân cư.", dt.date(2025, 6, 10), dt.date(2025, 7, 31)),
    ("Hoàn thành việc rà soát hộ nghèo trong quý IV/2025.", dt.date(2025, 8, 1), dt.date(2025, 12, 31)),
])
def test_a_plans_opening_period_stays(text, issued, due):
    assert _due(text, issued) == due


# (3) a benefit's, a payment's or a licence's span
@pytest.mark.parametrize("text, issued", [
    ("Được chi trả một lần, áp dụng 3 tháng, từ tháng 7 đến tháng 9 năm 2021.", dt.date(2021, 7, 5)),
    ("Người lao động được hưởng trợ cấp từ ngày 01/8/2023 đến ngày 31/12/2023.", dt.date(2023, 7, 20)),
    ("Thời gian thực hiện việc chi trả hỗ trợ từ tháng 11-2022.", dt.date(2022, 10, 15)),
    ("Chứng chỉ hành nghề được cấp tại tỉnh trong năm 2025 có mã số theo mẫu.", dt.date(2025, 2, 1)),
])
def test_a_rights_span_is_no_deadline(text, issued):
    assert _due(text, issued) is None


@pytest.mark.parametrize("text, issued, due", [
    ("UBND các xã chi trả trợ cấp cho đối tượng trước ngày 25/01/2026.", dt.date(2026, 1, 5), dt.date(2026, 1, 25)),
    ("Các doanh nghiệp nộp tiền thuê đất trước ngày 31/5/2025.", dt.date(2025, 3, 1), dt.date(2025, 5, 31)),
    ("Đề nghị các huyện hoàn thành chi trả hỗ trợ từ tháng 4 đến tháng 6 năm 2020.", dt.date(2020, 3, 5), dt.date(2020, 6, 30)),
])
def test_an_ask_bound_to_a_payment_stays(text, issued, due):
    assert _due(text, issued) == due


# (4) a two-part span whose first part counts days or weeks: the later part bounds the work
@pytest.mark.parametrize("text, issued, due", [
    ("Công điện yêu cầu kích hoạt phương án ứng phó trong 10 ngày tới và những tháng cuối năm 2025.", dt.date(2025, 10, 20),
     dt.date(2025, 12, 31)),
    ("Các địa phương tập trung cao điểm phòng chống dịch trong 2 tuần tới và các tháng còn lại của năm 2024.",
     dt.date(2024, 9, 3), dt.date(2024, 12, 31)),
    ("Sở Nông nghiệp chỉ đạo bảo vệ lúa trong thời gian tới và những tháng cuối năm 2023.", dt.date(2023, 9, 1),
     dt.date(2023, 12, 31)),
])
def test_days_then_the_years_last_months_bound_by_the_later_part(text, issued, due):
    assert _due(text, issued) == due


def test_days_then_months_opening_a_report_stays_undated():
    text = "Trong 10 ngày tới và những tháng cuối năm 2025, tình hình mưa lũ còn diễn biến phức tạp."
    assert _due(text, dt.date(2025, 10, 20)) is None
