"""deadline28: the year an ordinal counts in is no bound of work ('... trở thành cơn bão số 14 trong năm 2025', 'Đây cũng
là cơn bão thứ 20 ... trong năm 2025') (pipeline/extract/temporal.py: _ordinal_in_year).  Invented wordings in the shape
deadline batch 51's dp3992 and the pages corpus's storm bulletins hold; both sides of the class are checked: a doer's
numbered work within a year ('tổ chức hội nghị lần thứ hai trong năm') keeps its bound."""
import datetime as dt

import pytest

from pipeline.extract.temporal import find_deadline


def _due(text: str, issued: dt.date):
    dl = find_deadline(text, issued.year, issued=issued)
    return dl.date if dl else None


@pytest.mark.parametrize("text, issued", [
    ("Sáng nay (12/9), áp thấp nhiệt đới đã mạnh lên thành bão, trở thành cơn bão số 7 trong năm 2024.", dt.date(2024, 9, 12)),
    ("Đây là cơn bão thứ 18 hoạt động trên khu vực Tây Bắc Thái Bình Dương trong năm 2023.", dt.date(2023, 10, 2)),
    ("Dự báo đêm nay bão sẽ đi vào Biển Đông, trở thành cơn bão số 9 hoạt động trên Biển Đông trong năm 2022.",
     dt.date(2022, 10, 14)),
    ("Đợt rét này là đợt không khí lạnh thứ 3 tràn về miền Bắc trong năm 2021.", dt.date(2021, 11, 20)),
])
def test_the_year_an_ordinal_counts_in_is_no_bound(text, issued):
    assert _due(text, issued) is None


@pytest.mark.parametrize("text, issued, due", [
    # a doer's numbered work within the year: no copula, the year bounds it
    ("UBND huyện tổ chức hội nghị lần thứ 2 trong năm 2025 để sơ kết công tác.", dt.date(2025, 3, 4), dt.date(2025, 12, 31)),
    # a document's number before the year: the work stays bounded
    ("Các sở hoàn thành việc sửa đổi Quyết định số 14 trong năm 2025.", dt.date(2025, 3, 4), dt.date(2025, 12, 31)),
    # the copula and the ordinal in an earlier clause: the later clause's work keeps its year
    ("Đây là đợt kiểm tra thứ 2, các xã hoàn thành việc khắc phục tồn tại trong năm 2024.", dt.date(2024, 5, 6),
     dt.date(2024, 12, 31)),
])
def test_numbered_work_within_a_year_keeps_its_bound(text, issued, due):
    assert _due(text, issued) == due
