"""Session 28, deadline33: (D1) a later numbered time item times its own activity, not the sibling items
above it; a period right after a plural of tasks names which tasks; a quarter's due day beside a yearly one
(samples/gold/README.md, session 28)."""
import datetime as dt

import pytest

from conftest import SAMPLES, extracted_tasks, tasks_opening
from pipeline.extract.temporal import find_deadline

# A contest notice as district culture offices post them: its asks as items 1-2, then as item 3 the time the
# organisers take the entries in (Quảng Ninh's 2021 letter 2498/UBND-VHTT hưởng ứng Cuộc thi viết, retold on
# its portal: 'Thời gian nhận Bài dự thi: Chậm nhất Ngày 30/9/2021', its asks to the departments and
# districts; laid out as the numbered notice form fa10's district prints)
_NOTICE = """ỦY BAN NHÂN DÂN HUYỆN
PHÒNG VĂN HÓA VÀ THÔNG TIN
Số: 215/PVHTT
V/v hưởng ứng Cuộc thi viết về chủ đề gia đình
Ngày 20 tháng 8 năm 2021

Thực hiện Công văn số 2498/UBND-VHTT ngày 15/8/2021 của UBND tỉnh, Phòng Văn hóa và Thông tin đề nghị các đơn vị thực hiện các nội dung sau:

1. Đề nghị Đài Truyền thanh huyện: tuyên truyền, phát động Cuộc thi viết trên hệ thống truyền thanh từ huyện đến cơ sở.

2. Các trường học, UBND các xã, thị trấn:

- Phát động và tổ chức Cuộc thi viết tại đơn vị, vận động cán bộ, giáo viên, học sinh và Nhân dân tích cực tham gia.

- Tập hợp bài dự thi, sơ loại và lựa chọn các bài viết có chất lượng gửi về Phòng Văn hóa và Thông tin.

3. Thời gian nhận bài dự thi: từ ngày 05/8/2021 đến ngày 30/9/2021.

4. Địa chỉ nhận bài dự thi: Phòng Văn hóa và Thông tin huyện.
"""


def test_numbered_time_item_dates_no_sibling_item_above():
    tasks = extracted_tasks(_NOTICE)
    items = tasks_opening(tasks, "Phát động và tổ chức") + tasks_opening(tasks, "Tập hợp bài dự thi")
    assert len(items) == 2
    # the entrants' submissions are timed, not the districts' duties above (gold README, (D1))
    assert all(t.deadline is None for t in items)


def test_unnumbered_closing_time_line_still_dates_the_list():
    # deadline18's reading: a key line closing the list unnumbered covers the items above it
    text = _NOTICE.replace("3. Thời gian nhận bài dự thi: từ ngày 05/8/2021 đến ngày 30/9/2021.",
                           "Thời gian thực hiện: trước ngày 30/9/2021.").replace(
        "4. Địa chỉ nhận bài dự thi: Phòng Văn hóa và Thông tin huyện.\n", "")
    tasks = extracted_tasks(text)
    items = tasks_opening(tasks, "Tập hợp bài dự thi")
    assert items and items[0].deadline == dt.date(2021, 9, 30)


def test_a_record_field_keeps_its_numbered_time_field():
    # yc2 (development gold): '1. Tên nhiệm vụ: ...' ... '5. Thời gian hoàn thành: Quý IV/2026.' fields of one task
    path = next((SAMPLES / "text").glob("yc2_*.txt"))
    tasks = extracted_tasks(path.read_text(encoding="utf-8"))
    named = tasks_opening(tasks, "Tên nhiệm vụ")
    assert named and named[0].deadline == dt.date(2026, 12, 31)


@pytest.mark.parametrize("text, year, expected", [
    # the period right after a plural of tasks says which tasks (pending ew3; w8, yf6, yn5 in the gold)
    ("Đồng thời, thống nhất các nhiệm vụ trọng tâm cấp bách trong tháng 7 theo Kế hoạch đề ra.", 2025, None),
    ("Về một số nhiệm vụ trọng tâm trong Quý I năm 2025, Tổng Bí thư nêu rõ,", 2025, None),
    # completing them bounds them again (dp1033's 'hoàn thành các nhiệm vụ trong tháng 11, tháng 12 năm 2025')
    ("Các phòng, ban hoàn thành các nhiệm vụ trọng tâm cấp bách trong tháng 7/2025.", 2025, "2025-07-31"),
    # a fronted period binds the verb (dp760, the lead-in dates convention)
    ("Trong tháng 9/2017, các cơ quan, ban ngành, địa phương cần tập trung thực hiện các nhiệm vụ trọng tâm sau:",
     2017, "2017-09-30"),
])
def test_period_after_a_plural_of_tasks(text, year, expected):
    dl = find_deadline(text, year)
    assert (dl.date.isoformat() if dl and dl.date else None) == expected


@pytest.mark.parametrize("issued, expected", [
    ("2026-06-15", "2026-06-20"),  # the quarter's day comes first (dp3125, relabelled)
    ("2026-10-25", "2026-11-15"),  # the yearly day comes before the next quarter's
])
def test_quarter_day_beside_a_yearly_day_first_due(issued, expected):
    text = ("Các cơ quan, ban ngành, đoàn thể xã và các chi bộ trực thuộc định kỳ báo cáo kết quả thực hiện Kế hoạch "
            "về Ban Thường vụ Đảng uỷ trước ngày 20 của tháng cuối quý và trước ngày 15/11 hằng năm.")
    day = dt.date.fromisoformat(issued)
    dl = find_deadline(text, day.year, issued=day)
    assert dl.date.isoformat() == expected and dl.recurrence == "quarterly"
