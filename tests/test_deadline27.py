"""deadline27: a day after 'đến (ngày)' whose clause must or will complete work by it is a bound ('đến ngày 31/1/2026
phải thực hiện xong ...'), and a standard to be reached within a year with no 'phấn đấu' before it is a goal's year
('để đạt chuẩn nông thôn mới nâng cao trong năm 2024') (pipeline/extract/temporal.py: _DUE_COMPLETION_AFTER, _goal_year).
Invented wordings in the shapes the short audit's new texts (sd09, sd25), its older sa33 and the pending gold's yo10 hold;
each class is checked on both sides.  The last test checks the new short set's stored data against its texts."""
import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from pipeline.extract.temporal import find_deadline


def _due(text: str, issued: dt.date):
    dl = find_deadline(text, issued.year, issued=issued)
    return dl.date if dl else None


# (1) 'đến (hết) (ngày) D' + an obligation or a foretold completion in the same clause: D bounds the work
@pytest.mark.parametrize("text, issued, due", [
    ("UBND tỉnh yêu cầu các huyện phấn đấu từ nay đến ngày 15/3/2026 phải ổn định chỗ ở cho các hộ, "
     "đến ngày 30/4/2026 phải sửa chữa xong các trường học bị hư hỏng.", dt.date(2026, 2, 20), dt.date(2026, 4, 30)),
    ("Các xã đến ngày 20/10/2024 phải hoàn thành việc rà soát hộ nghèo.", dt.date(2024, 9, 12), dt.date(2024, 10, 20)),
    ("Theo kế hoạch, đến ngày 15/8, các thôn sẽ cơ bản hoàn thành việc phát quang đường giao thông.",
     dt.date(2023, 7, 30), dt.date(2023, 8, 15)),
    ("Đến hết ngày 5/12/2025, các đơn vị cần thực hiện xong việc kiểm kê tài sản.", dt.date(2025, 11, 10), dt.date(2025, 12, 5)),
])
def test_a_day_the_work_must_be_completed_by_is_a_bound(text, issued, due):
    assert _due(text, issued) == due


@pytest.mark.parametrize("text, issued", [
    # a result reported: no obligation ('đã')
    ("Đến ngày 20/10/2024, 12 xã đã cơ bản hoàn thành việc rà soát hộ nghèo.", dt.date(2024, 10, 25)),
    ("Đến hết ngày 8/7/2025, đã có 20 địa phương hoàn thành việc sắp xếp.", dt.date(2025, 7, 10)),
    # a count as of the day, no completion asked
    ("Tính đến ngày 30/11/2025, phường đã tiếp nhận 8.833 hồ sơ.", dt.date(2025, 12, 25)),
])
def test_a_result_reported_by_a_day_is_no_bound(text, issued):
    assert _due(text, issued) is None


# (2) a standard to be reached within the year ('đạt chuẩn', 'đạt nông thôn mới', 'về đích') is a goal's year
@pytest.mark.parametrize("text, issued", [
    ("Chủ tịch UBND tỉnh yêu cầu huyện tập trung cao nhất để đạt chuẩn nông thôn mới nâng cao trong năm 2024.",
     dt.date(2024, 3, 8)),
    ("Các xã tập trung nguồn lực để về đích nông thôn mới trong năm 2022.", dt.date(2022, 2, 14)),
])
def test_a_standard_reached_within_the_year_is_a_goal(text, issued):
    assert _due(text, issued) is None


@pytest.mark.parametrize("text, issued, due", [
    # a completion word in the clause keeps the year a bound
    ("Các xã tập trung hoàn thành các tiêu chí còn thiếu để đạt chuẩn nông thôn mới trong năm 2022.",
     dt.date(2022, 2, 14), dt.date(2022, 12, 31)),
    # no standard named: the year bounds the work, as ANNOTATION.md's 'trong năm 2023' does
    ("Các xã tập trung xây dựng nhà văn hóa thôn trong năm 2022.", dt.date(2022, 2, 14), dt.date(2022, 12, 31)),
])
def test_work_within_the_year_stays_bounded(text, issued, due):
    assert _due(text, issued) == due


def test_the_new_short_set_stands_on_its_stored_texts():
    # benchmarks/deadline_audit.py --short reads deadline27's 40 texts from their own jsonl: every text has a label row,
    # every label is one the scorer knows, and the hand judgments written before the run cover the same texts
    data = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
    texts = {json.loads(line)["id"] for line in (data / "deadline_audit_short_sd_texts.jsonl").open(encoding="utf-8")}
    rows = list(csv.DictReader((data / "deadline_audit_short_sd.tsv").open(encoding="utf-8"), delimiter="\t"))
    judged = json.loads((data / "deadline_audit_short_judged_sd.json").read_text(encoding="utf-8"))
    assert {r["doc_id"] for r in rows} == texts == {k for k in judged if not k.startswith("_")} and len(texts) >= 40
    assert all(r["label"].split(":")[0] in ("right", "false", "missed", "not_task", "no_dated_task", "task_missed") for r in rows)
    assert all(r["expected"] for r in rows if r["label"] in ("right", "missed", "task_missed"))
    assert sum(1 for r in rows if r["expected"] and not r["label"].startswith(("not_task", "task_missed"))) >= 15
