"""deadline29: two false-date classes of unseen text, each on both sides (pipeline/extract/temporal.py), and the short
audit's third set checked against its texts and its hand judgments.

- a year that describes a figure's change or a state kept, not work ('... số ca mắc tăng đột biến trong năm 2025', 'Hầu
  hết địa phương giữ nguyên các trường ... trong năm 2025'; deadline batch 52's dp4014, dp4010): ``_described_year``;
- 'Trong <part of day> D, <subject> <verb>' on or before the item's own day is the act's reported dateline ('Trong
  chiều 31/8, xã Hà Trung thành lập 32 tổ công tác ...', batch 51's dp4002; the short audit's sf04):
  ``_REPORTED_DATELINE_LEAD_RE``.
Invented wordings in those shapes; the real sentences are measured by benchmarks/deadline_phrases.py and
benchmarks/deadline_audit.py --short."""
import csv
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from pipeline.extract.temporal import find_deadline

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"


def _due(text: str, issued: dt.date):
    dl = find_deadline(text, issued.year, issued=issued)
    return dl.date if dl else None


@pytest.mark.parametrize("text, issued", [
    ("Tỉnh đang đối mặt nguy cơ dịch tay chân miệng lan rộng khi số ca mắc tăng mạnh trong năm 2024.", dt.date(2024, 7, 2)),
    ("Số vụ cháy rừng giảm 30% trong năm 2023 so với năm trước.", dt.date(2023, 12, 20)),
    ("Phần lớn các huyện giữ nguyên số lượng thôn, tổ dân phố trong năm 2025, chỉ hai huyện sáp nhập.", dt.date(2025, 6, 1)),
    ("Mức thu học phí không thay đổi trong năm 2024.", dt.date(2024, 1, 15)),
])
def test_a_year_that_describes_a_figure_or_a_state_is_no_bound(text, issued):
    assert _due(text, issued) is None


@pytest.mark.parametrize("text, issued, due", [
    # a reduction with an object is work
    ("Các sở, ngành cắt giảm 15 thủ tục hành chính trong năm 2025.", dt.date(2025, 3, 1), dt.date(2025, 12, 31)),
    # a completion word after the state keeps the bound
    ("Các xã giữ nguyên mạng lưới trường lớp và hoàn thành việc rà soát cơ sở vật chất trong năm 2024.",
     dt.date(2024, 2, 1), dt.date(2024, 12, 31)),
    # plain work within the year
    ("Trung tâm Y tế tổ chức 03 lớp tập huấn phòng chống dịch trong năm 2025.", dt.date(2025, 2, 10), dt.date(2025, 12, 31)),
])
def test_work_within_a_year_keeps_its_bound(text, issued, due):
    assert _due(text, issued) == due


@pytest.mark.parametrize("text, issued", [
    ("Trong chiều 14/9, xã Tân Lập thành lập 12 tổ công tác hỗ trợ người dân dọn dẹp sau lũ.", dt.date(2024, 9, 14)),
    ("Nhằm bảo đảm an toàn cho người dân, trong sáng 3/10, UBND phường huy động lực lượng di dời 20 hộ dân.",
     dt.date(2024, 10, 4)),
    ("Trong tối 2/9, Ban chỉ đạo xã tổ chức trao quà cho các gia đình chính sách.", dt.date(2025, 9, 3)),
])
def test_a_part_of_day_opened_by_trong_is_the_reported_acts_dateline(text, issued):
    assert _due(text, issued) is None


@pytest.mark.parametrize("text, issued, due", [
    # a bound in the clause: the day is the work's
    ("Trong chiều 14/9, các thôn phải hoàn thành việc thống kê thiệt hại.", dt.date(2024, 9, 14), dt.date(2024, 9, 14)),
    # a later day than the item's: a plan's step, not a report
    ("Trong sáng 20/9, UBND xã tổ chức ra quân tổng vệ sinh môi trường.", dt.date(2024, 9, 10), dt.date(2024, 9, 20)),
    # 'trong ngày' is a bound's wording, not a part of the day
    ("Các địa phương bảo đảm kết thúc việc tiêm chủng chậm nhất trong ngày 31/3/2025.", dt.date(2025, 3, 10),
     dt.date(2025, 3, 31)),
])
def test_a_bound_or_a_later_day_keeps_its_date(text, issued, due):
    assert _due(text, issued) == due


def test_the_third_short_set_matches_its_texts_and_judgments():
    texts = {}
    for line in (DATA / "deadline_audit_short_sf_texts.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        assert d["url"].startswith("http") and d["source"]
        texts[d["id"]] = re.sub(r"\s+", " ", d["text"])
    judged = json.loads((DATA / "deadline_audit_short_judged_sf.json").read_text(encoding="utf-8"))
    assert set(judged) - {"_about"} == set(texts) and len(texts) == 30
    for doc, rows in judged.items():
        if doc == "_about":
            continue
        for opening, kind, due, _why in rows:
            assert re.sub(r"\s+", " ", opening) in texts[doc], (doc, opening)
            assert kind in ("task", "optional", "not_task") and (not due or dt.date.fromisoformat(due))
    with (DATA / "deadline_audit_short_sf.tsv").open(encoding="utf-8") as fh:
        labels = list(csv.DictReader(fh, delimiter="\t"))
    assert {r["doc_id"] for r in labels} == set(texts)
    for r in labels:
        assert not r["anchor"] or r["anchor"][:40] in texts[r["doc_id"]], r
        assert r["label"].startswith(("right", "missed", "false:", "not_task", "task_missed", "no_dated_task"))
