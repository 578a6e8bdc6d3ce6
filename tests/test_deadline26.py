"""deadline26: the last months of the year as the work's period ('trong những tháng cuối năm' -> the year's end) and a
time line's row that opens on its year or span of years ('- Năm 2019: ...', '- Trong năm 2023 - 2024: ...' -> the label's
last year) (pipeline/extract/temporal.py: _last_months_of_year, _year_label_row).  Invented wordings in the shapes counted
in the short audit (benchmarks/deadline_audit.py --short, sb06), the pending gold (zb2, zu4, ei3) and the long audit
(NQ 175/NQ-CP); each class is checked on both sides."""
import datetime as dt

import pytest

from pipeline.extract.temporal import find_deadline


def _due(text: str, issued: dt.date):
    dl = find_deadline(text, issued.year, issued=issued)
    return dl.date if dl else None


# (1) 'trong / vào những (các) tháng cuối năm (YYYY)': the year's end bounds the work
@pytest.mark.parametrize("text, issued, due", [
    ("Các xã tích cực triển khai phương án phòng, chống thiên tai trong những tháng cuối năm.",
     dt.date(2023, 9, 15), dt.date(2023, 12, 31)),
    ("UBND huyện yêu cầu các phòng đẩy nhanh tiến độ giải ngân vốn đầu tư công trong các tháng cuối năm 2024; đồng thời rà soát hồ sơ.",
     dt.date(2024, 9, 3), dt.date(2024, 12, 31)),
    ("Chủ tịch UBND phường yêu cầu, trong những tháng cuối năm, các khu phố đẩy nhanh tiến độ thu quỹ.",
     dt.date(2022, 10, 5), dt.date(2022, 12, 31)),
    ("Trong những tháng cuối năm, các phòng chuyên môn tập trung giải ngân vốn đầu tư công.",
     dt.date(2022, 10, 5), dt.date(2022, 12, 31)),
])
def test_the_last_months_of_the_year_bound_the_work(text, issued, due):
    assert _due(text, issued) == due


@pytest.mark.parametrize("text, issued", [
    # an emphasis without 'trong / vào' (pending yn9's 'bảo vệ rừng nhất là những tháng cuối năm')
    ("Tăng cường quản lý đất đai; bảo vệ rừng nhất là những tháng cuối năm.", dt.date(2023, 10, 2)),
    # a report of what was done in that period
    ("Trong những tháng cuối năm 2023, toàn huyện đã tập trung chỉ đạo sản xuất vụ đông.", dt.date(2023, 12, 28)),
    # opening the sentence before a comma, a state and no directive
    ("Trong những tháng cuối năm, thời tiết diễn biến phức tạp.", dt.date(2023, 9, 20)),
    # the subject of a cited document's title
    ("UBND huyện vừa ban hành Công văn số 512/UBND-NN về việc phòng, chống dịch bệnh gia súc trong các tháng cuối năm 2024.",
     dt.date(2024, 9, 20)),
    # a goal's period (gold README: a goal's year is no deadline)
    ("Phấn đấu đạt và vượt các chỉ tiêu kinh tế trong những tháng cuối năm 2024.", dt.date(2024, 9, 20)),
])
def test_the_last_months_of_the_year_outside_a_bound_stay_undated(text, issued):
    assert _due(text, issued) is None


def test_the_later_part_of_a_two_part_span_still_bounds():
    # deadline19's rule reads 'trong tháng 7 và những tháng cuối năm': unchanged
    text = "Yêu cầu các ngành thực hiện tốt nhiệm vụ trọng tâm trong tháng 7 và những tháng cuối năm 2022."
    assert _due(text, dt.date(2022, 7, 20)) == dt.date(2022, 12, 31)


# (2) a time line's row opening on its year or span of years: dated by the label's last year, a past one kept
@pytest.mark.parametrize("text, issued, due", [
    ("- Năm 2021: Tổ chức sơ kết, đánh giá kết quả thực hiện Đề án.", dt.date(2023, 5, 4), dt.date(2021, 12, 31)),
    ("- Năm 2026: Sở Văn hóa, Thể thao và Du lịch tổng kết phong trào, đề xuất khen thưởng.",
     dt.date(2024, 3, 1), dt.date(2026, 12, 31)),
    ("- Trong năm 2025 - 2026: (1) Xây dựng và đưa vào vận hành hệ thống cơ sở dữ liệu ngành.",
     dt.date(2024, 11, 12), dt.date(2026, 12, 31)),
    # a bound of the row's own within its year stays the deadline
    ("- Năm 2025: Hoàn thành rà soát, cập nhật cơ sở dữ liệu trước ngày 30/6/2025.",
     dt.date(2024, 11, 12), dt.date(2025, 6, 30)),
])
def test_a_year_label_row_is_dated_by_its_label(text, issued, due):
    assert _due(text, issued) == due


@pytest.mark.parametrize("text, issued", [
    # a report under the label, no directive
    ("- Năm 2023: UBND tỉnh đã ban hành 12 kế hoạch triển khai.", dt.date(2024, 3, 1)),
    # a worked example of a rule (a circular's 'năm 2026: đơn vị sử dụng ...'): a state, no directive
    ("năm 2026: đơn vị sử dụng nguồn kinh phí theo quy định nhưng vẫn không bảo đảm đủ nguồn.", dt.date(2026, 6, 1)),
    # a goal's horizon is no label of work
    ("- Đến năm 2027: tỷ lệ hộ nghèo giảm còn dưới 2%.", dt.date(2024, 3, 1)),
])
def test_other_lines_opening_on_a_year_stay_undated(text, issued):
    assert _due(text, issued) is None


def test_the_short_audit_labels_stand_on_its_stored_texts():
    # benchmarks/deadline_audit.py --short reads its texts from the jsonl beside its labels: every labelled document
    # has a text, every text a label row, and every label is one the scorer knows
    import csv
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
    texts = {json.loads(line)["id"] for line in (data / "deadline_audit_short_texts.jsonl").open(encoding="utf-8")}
    rows = list(csv.DictReader((data / "deadline_audit_short.tsv").open(encoding="utf-8"), delimiter="\t"))
    assert {r["doc_id"] for r in rows} == texts and len(texts) >= 60
    assert all(r["label"].split(":")[0] in ("right", "false", "missed", "not_task", "no_dated_task", "task_missed") for r in rows)
    assert all(r["expected"] for r in rows if r["label"] in ("right", "missed"))
