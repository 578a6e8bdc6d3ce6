"""deadline30: the first due day of a quarter's duty, and the conventions written in samples/gold/README.md (session 25,
deadline30), each on both sides (pipeline/extract/temporal.py).

- a quarter's due day names its month by its place in the quarter ('trước ngày 05 tháng cuối cùng của mỗi quý', 'chậm
  nhất vào ngày 25 của tháng cuối quý'): its first occasion on or after the document's date (the lead's first-due-day
  rule, as for a yearly or half-yearly due day); a day of every month and a quarter's window keep none:
  ``quarter_due_days``.
Invented wordings in those shapes; the real sentences are measured by benchmarks/deadline_phrases.py and
benchmarks/deadline_audit.py --short."""
import datetime as dt

import pytest

from pipeline.extract.temporal import find_deadline


def _due(text: str, issued: dt.date | None):
    dl = find_deadline(text, issued.year if issued else None, issued=issued)
    return (dl.date, dl.recurrence) if dl else (None, None)


@pytest.mark.parametrize("text, issued, due", [
    ("Các phòng gửi báo cáo quý trước ngày 05 tháng cuối cùng của mỗi quý.", dt.date(2023, 8, 14), dt.date(2023, 9, 5)),
    ("Báo cáo quý gửi Sở Tài chính chậm nhất vào ngày 20 của tháng cuối quý.", dt.date(2023, 9, 21), dt.date(2023, 12, 20)),
    # the due day of a quarter still open on the document's own day
    ("Các xã báo cáo hằng quý trước ngày 18 của tháng cuối quý.", dt.date(2025, 6, 18), dt.date(2025, 6, 18)),
    # the year turns
    ("Định kỳ hằng quý, các đơn vị báo cáo trước ngày 10 của tháng đầu quý sau.", dt.date(2024, 11, 2), dt.date(2025, 1, 10)),
    ("Báo cáo quý nộp trước ngày cuối cùng của tháng thứ hai của quý.", dt.date(2024, 1, 3), dt.date(2024, 2, 29)),
    # with the half-yearly and yearly reports' days in clauses of their own: the first of all occasions
    ("Báo cáo quý gửi chậm nhất vào ngày 22 của tháng cuối quý; báo cáo 06 tháng gửi chậm nhất vào ngày 22 tháng 6; "
     "báo cáo năm gửi chậm nhất vào ngày 22 tháng 12 hằng năm.", dt.date(2025, 1, 20), dt.date(2025, 3, 22)),
])
def test_a_quarters_due_day_is_first_due_on_its_next_occasion(text, issued, due):
    assert _due(text, issued) == (due, "quarterly")


@pytest.mark.parametrize("text, issued", [
    # a day of every month names no month (the lead's rule: no single date)
    ("Các xã gửi báo cáo trước ngày 22 hằng tháng.", dt.date(2024, 3, 1)),
    # a quarter's window, not a due day
    ("Công an xã, từ ngày 20 đến ngày 25 tháng cuối quý, gửi danh sách cho Ban Chỉ huy quân sự xã.", dt.date(2024, 3, 1)),
    # without the document's date the occasion is unknown
    ("Báo cáo quý gửi chậm nhất vào ngày 20 của tháng cuối quý.", None),
])
def test_no_single_date_without_a_quarters_named_month_or_the_documents_date(text, issued):
    assert _due(text, issued)[0] is None
