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


# --- the hazards a purpose names by their year (samples/gold/README.md, session 25, deadline30) ---

@pytest.mark.parametrize("text, issued", [
    ("Các huyện tổ chức tổng kết công tác phòng, chống thiên tai năm 2023; rút kinh nghiệm để ứng phó hiệu quả với các "
     "loại hình thiên tai trong năm 2024.", dt.date(2024, 3, 12)),
    ("Để chủ động ứng phó với mưa lũ trong năm 2024, Sở Nông nghiệp rà soát phương án bảo vệ đê điều.", dt.date(2024, 5, 2)),
    ("Các xã kiện toàn lực lượng xung kích nhằm sẵn sàng ứng phó với bão, lũ xảy ra trong năm 2025.", dt.date(2025, 4, 9)),
])
def test_a_hazards_year_in_a_purpose_is_no_bound(text, issued):
    assert _due(text, issued)[0] is None


@pytest.mark.parametrize("text, issued, due", [
    # work carried out within the season keeps its end (pending zb2's reading)
    ("Các xã triển khai phương án phòng, chống lụt, bão trong năm 2024.", dt.date(2024, 5, 2), dt.date(2024, 12, 31)),
    # a completion word in the purpose keeps the bound
    ("Các sở rà soát, bổ sung phương án để hoàn thành việc ứng phó thiên tai trong năm 2024.", dt.date(2024, 5, 2),
     dt.date(2024, 12, 31)),
])
def test_work_within_a_hazards_season_keeps_its_bound(text, issued, due):
    assert _due(text, issued)[0] == due


# --- a bound in the next sentence that names the work back ---

def _tasks(text: str):
    from pipeline.extract import extract_tasks
    from pipeline.model import Document, lines_from_text

    return extract_tasks(Document("t", lines=lines_from_text(text)))[0]


@pytest.mark.parametrize("text, is_time", [
    ("Việc này phải hoàn thành trước 30/3/2025.", True),
    ("Công việc này cần thực hiện xong chậm nhất ngày 15/9/2025.", True),
    ("Nội dung trên hoàn thành trước ngày 20/10.", True),
    # a report of what was done, a reason, no bound: none
    ("Việc này đã hoàn thành trong năm 2024.", False),
    ("Việc này nhằm bảo đảm an toàn cho người dân.", False),
])
def test_a_sentence_naming_the_work_back_with_its_bound_is_a_time_sentence(text, is_time):
    from pipeline.extract.tasks import TIME_SENTENCE_RE

    assert bool(TIME_SENTENCE_RE.match(text)) == is_time


def test_the_bound_dates_the_task_before_it():
    text = ("UBND HUYỆN A\nSố: 15/UBND-VP\nA, ngày 02 tháng 3 năm 2025\n\n"
            "Các chủ cơ sở kinh doanh phải rà soát và trang bị đủ phương tiện chữa cháy tại chỗ. "
            "Việc này phải hoàn thành trước 25/3/2025.\n")
    tasks = _tasks(text)
    assert [(t.text[:20], t.deadline) for t in tasks] == [("Các chủ cơ sở kinh d", dt.date(2025, 3, 25))]
