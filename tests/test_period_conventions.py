"""Period phrases that say which occasions or which period's work is meant, not when it is due
(issue 5, session 13 period13: held-out deadline precision 0.81; settled from ANNOTATION.md and the
count of how samples/gold annotates each class, `python scripts/count_period_phrases.py`).

Written here from general usage, several wordings each (never the gold texts):

- a year or quarter right after the occasions or the activities that mark them ('các hoạt động kỷ
  niệm trong năm 2010', 'các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2020') or after a
  plural of tasks ('triển khai các nhiệm vụ trong Quý I/2022') names them: no deadline; completing
  them ('hoàn thành các nhiệm vụ trong năm 2024') and a bound word elsewhere still set one;
- a news post's dateline under its title ('Thứ Sáu, 09/08/2019') is the day it was posted, not the due
  day of every task below it; a schedule's day line over its entries still dates them;
- a time cell 'Năm 2026; các năm tiếp theo' is the same ongoing duty as 'Năm 2026 và các năm tiếp
  theo' (no date); 'Từ 2026 đến 2030' is the same span as '2026 - 2030' (the end of its last year).
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.extract import extract
from pipeline.extract.schedule import lone_dateline
from pipeline.extract.temporal import find_deadline
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure


def _doc(text: str):
    cfg = Config(ocr=False)
    doc = structure(Document(doc_id="t", lines=lines_from_text(text)), cfg)
    return extract(doc, cfg)


@pytest.mark.parametrize("text", [
    "Các cơ quan báo chí mở chuyên mục, thông tin kịp thời các hoạt động kỷ niệm trong năm 2015 đến nhân dân.",
    "Sở Văn hóa hướng dẫn tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2020.",
    "Các huyện xây dựng kế hoạch tổ chức các hoạt động kỷ niệm một số ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2021.",
    "Phường chọn hình ảnh cổ động phù hợp để tuyên truyền các ngày lễ, kỷ niệm trong Quý 2/2024 trên địa bàn.",
    "Tuyên truyền những sự kiện chính trị quan trọng diễn ra trong năm 2023 trên các phương tiện thông tin.",
])
def test_a_period_after_the_occasions_names_them(text):
    dl = find_deadline(text, 2020)
    assert dl is None or dl.date is None


@pytest.mark.parametrize("text", [
    "Tập trung chỉ đạo rà soát, triển khai các nhiệm vụ trong Quý I/2022, xây dựng kế hoạch cụ thể.",
    "Các phòng, ban tiếp tục thực hiện các nhiệm vụ trọng tâm trong năm 2024 theo kế hoạch đã ban hành.",
    "Đôn đốc các xã triển khai những công việc còn lại trong quý III/2023.",
])
def test_a_period_after_a_plural_of_tasks_says_which_tasks(text):
    dl = find_deadline(text, 2022)
    assert dl is None or dl.date is None


@pytest.mark.parametrize("text,due", [
    ("Hoàn thành các nhiệm vụ trong năm 2024.", dt.date(2024, 12, 31)),
    ("Các đơn vị khẩn trương hoàn thành những công việc còn lại trong quý III/2023.", dt.date(2023, 9, 30)),
    ("Triển khai các nhiệm vụ trong năm 2024, báo cáo kết quả trước ngày 15/12/2024.", dt.date(2024, 12, 15)),
    ("Tổ chức hội nghị sơ kết công tác tuyên truyền trong quý I/2024.", dt.date(2024, 3, 31)),
    ("UBND huyện hỗ trợ kinh phí sửa chữa trụ sở Đảng ủy xã trong năm 2026.", dt.date(2026, 12, 31)),
])
def test_work_done_in_a_period_keeps_its_deadline(text, due):
    assert find_deadline(text, 2024).date == due


@pytest.mark.parametrize("dateline", ["Thứ Sáu, 09/08/2019", "Thứ Bảy, 20/04/2019", "Thứ hai, ngày 12/8/2019"])
def test_a_news_post_s_dateline_dates_no_task(dateline):
    text = (f"Hỗ trợ giống lúa cho nông dân\n{dateline}\n"
            "Ngày 5/8/2019, UBND tỉnh ban hành Quyết định số 33/2019/QĐ-UBND về hỗ trợ giống lúa. "
            "UBND tỉnh yêu cầu Sở Nông nghiệp và Phát triển nông thôn chủ trì tổ chức thực hiện Quyết định. "
            "Sở Tài chính thẩm định dự toán kinh phí.\n")
    doc = _doc(text)
    assert doc.tasks
    assert all(t.deadline is None for t in doc.tasks)


def test_a_schedule_s_day_lines_still_date_their_entries():
    assert not lone_dateline(["Thứ Hai, ngày 12/5/2025", "- 14 giờ, đồng chí Bí thư Huyện ủy dự họp."])
    assert not lone_dateline(["THỨ BA, NGÀY 28/5:", "- Chủ tịch: 7 giờ 30’, gặp gỡ hộ dân."])
    assert not lone_dateline(["Thứ Hai, ngày 12/5/2025", "a", "Thứ Ba, ngày 13/5/2025", "b"])
    assert lone_dateline(["Tiêu đề", "Thứ Sáu, 09/08/2019", "Ngày 5/8/2019, UBND tỉnh ban hành ..."])


@pytest.mark.parametrize("cell", ["Năm 2026; các năm tiếp theo", "Năm 2026, các năm tiếp theo",
                                  "2025 và những năm tiếp theo", "Năm 2027; những năm sau"])
def test_a_year_and_the_years_after_it_is_an_ongoing_duty(cell):
    assert find_deadline(cell, 2026, attribute=True).date is None


@pytest.mark.parametrize("cell,due", [("Từ 2026 đến 2030", dt.date(2030, 12, 31)),
                                      ("Từ năm 2026 đến hết năm 2030", dt.date(2030, 12, 31)),
                                      ("từ 2025 tới 2027", dt.date(2027, 12, 31)),
                                      ("2026 - 2030", dt.date(2030, 12, 31))])
def test_a_span_of_years_in_words_is_the_span_with_a_dash(cell, due):
    assert find_deadline(cell, 2026, attribute=True).date == due


def test_a_span_in_a_sentence_is_still_a_horizon():
    dl = find_deadline("Triển khai chương trình từ 2026 đến 2030 trên địa bàn tỉnh.", 2026)
    assert dl is None or dl.date is None
