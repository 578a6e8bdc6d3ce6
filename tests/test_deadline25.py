"""deadline25: a plan's span of work foretold with 'sẽ' (dated by the span's end), a list of days joined to a dotted
month ('1 - 25.4.2019'), and the opening 'Sau khi ...' clause whose period is the one reviewed, not the ask's bound
(pipeline/extract/temporal.py: _foretold_work_span, the 'dl' date shape, _in_after_clause).  Invented wordings in the
shapes counted in deadline_phrases (dp3916, dp3942), the development gold (ei8) and a pages-corpus meeting report;
each class is checked on both sides."""
import datetime as dt

import pytest

from pipeline.extract.temporal import find_dates, find_deadline


def _due(text: str, issued: dt.date | None):
    dl = find_deadline(text, issued.year if issued else 2024, issued=issued)
    return dl.date if dl else None


# (1) a plan's span of work, 'sẽ' + a work verb right after the span that opens its clause
@pytest.mark.parametrize("text, issued, due", [
    ("Theo kế hoạch của UBND huyện, từ ngày 5/9 đến 20/11 sẽ rà soát hộ nghèo, hộ cận nghèo năm 2024.",
     dt.date(2024, 8, 20), dt.date(2024, 11, 20)),
    ("Từ ngày 3 - 20.5.2024 sẽ tiến hành kiểm tra các cơ sở kinh doanh trên địa bàn huyện.",
     dt.date(2024, 4, 10), dt.date(2024, 5, 20)),
    ("Từ ngày 1/10 - 15/10/2024 sẽ triển khai thu thập thông tin tại các hộ gia đình.",
     dt.date(2024, 9, 2), dt.date(2024, 10, 15)),
])
def test_a_foretold_span_of_work_is_bounded_by_its_end(text, issued, due):
    assert _due(text, issued) == due


@pytest.mark.parametrize("text, issued", [
    # a span already over when the text was written reports work done
    ("Từ ngày 1/3 đến 5/5/2024 sẽ rà soát hộ nghèo trên địa bàn.", dt.date(2024, 8, 20)),
    # an organiser's event over a span is no work of the plan's (deadline21's organisers' spans)
    ("Từ ngày 1/10 đến 15/10 sẽ tổ chức Giải bóng đá thanh niên huyện.", dt.date(2024, 9, 2)),
    # a span inside a clause about a benefit, then 'sẽ được'
    ("Các hộ được hỗ trợ từ ngày 1/10 đến 15/10 sẽ được nhận tiền.", dt.date(2024, 9, 2)),
])
def test_a_span_that_is_no_foretold_work_stays_undated(text, issued):
    assert _due(text, issued) is None


# (2) a list of days whose month and year follow with dots
@pytest.mark.parametrize("text, day", [
    ("Từ ngày 1 - 25.4.2019", dt.date(2019, 4, 25)),
    ("vào ngày 26, 27.12.2011", dt.date(2011, 12, 27)),
    ("ngày 1/4 - 25/4/2019", dt.date(2019, 4, 25)),
])
def test_a_list_of_days_with_a_dotted_month_is_one_date(text, day):
    assert [h.date for h in find_dates(text, 2019) if h.date][-1] == day


def test_a_decimal_after_a_list_is_no_date():
    # no year after the dotted month: a figure, not a date
    assert all(h.text.strip() != "1, 2.5" for h in find_dates("khoản 1, 2.5 triệu đồng", 2019))


# (3) the period an opening 'Sau khi ...' clause reviewed, its verbs listed with commas, the ask after it
@pytest.mark.parametrize("text", [
    "Sau khi rà soát, đánh giá lại tiến độ thực hiện các nhiệm vụ trọng tâm trong tháng 8, rút kinh nghiệm một số "
    "đơn vị, đồng chí Bí thư yêu cầu các cơ quan bám sát chương trình công tác quý IV.",
    "Sau khi nghe Văn phòng báo cáo tình hình thực hiện nhiệm vụ tháng 8, triển khai công tác trong tháng 9 năm 2024, "
    "ý kiến của các thành viên, Chủ tịch UBND huyện yêu cầu các phòng tập trung thực hiện.",
])
def test_a_reviewed_period_in_the_opening_clause_is_no_deadline(text):
    assert _due(text, None) is None


@pytest.mark.parametrize("text, due", [
    # the main clause resumed on a directive cue before the date: its bound
    ("Sau khi nghe các ý kiến tại hội nghị, đồng chí chủ trì kết luận, giao Sở Tài chính hoàn thành trong tháng 10/2024.",
     dt.date(2024, 10, 31)),
    # a subjectless main clause with its own bound word, then a further ask
    ("Sau khi Bộ Tài chính có ý kiến, hoàn thành trong tháng 10/2024, đồng thời đề nghị Bộ Tư pháp thẩm định.",
     dt.date(2024, 10, 31)),
    # the main clause resumed on a verb, no cue after the date
    ("Sau khi Hiệp định có hiệu lực (từ giữa năm 2024), báo cáo Thủ tướng Chính phủ trong tháng 11 năm 2024.",
     dt.date(2024, 11, 30)),
])
def test_the_main_clause_after_sau_khi_keeps_its_bound(text, due):
    assert _due(text, None) == due
