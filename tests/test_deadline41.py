"""deadline41: a period adverb that belongs to a noun the step does not make sets no recurrence.

Real sentences: gold tasks of the development and pending gold (read from their files) and rows of
benchmarks/data/deadline_phrases.tsv (by id), each with its label; the guards are labelled yearly
or monthly tasks whose period sits near the same frames.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from pipeline.extract.periodnoun import noun_period
from pipeline.extract.temporal import find_recurrence

ROOT = Path(__file__).resolve().parents[1]


def _gold_task(path: str, anchor_start: str) -> dict:
    data = json.loads((ROOT / path).read_text(encoding="utf-8"))
    hits = [t for t in data["tasks"] if t["text"].startswith(anchor_start)]
    assert len(hits) == 1, (path, anchor_start, len(hits))
    return hits[0]


def _phrase(item: str) -> dict:
    with open(ROOT / "benchmarks/data/deadline_phrases.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["id"] == item:
                return row
    raise KeyError(item)


@pytest.mark.parametrize("path,start", [
    # (2) a nominalised act a noun owns: 'trách nhiệm ... trong việc thực hiện kế hoạch ... hằng năm'
    ("samples/gold/yb1_cp_nq03_ctrhanhdong_nq57_phuluc_2025_excerpt.tasks.json", "Xây dựng, ban hành quy định trách nhiệm"),
    # (1) what the step's object is a basis for: 'làm cơ sở để phân bố chỉ tiêu tuyển quân hàng năm'
    ("samples/gold/pending/fi1_bqp_chithi98_tuyenquan_chutrong_2019_posted_excerpt.tasks.json", "Mỗi địa phương, đơn vị"),
    # (3) the plan the step follows: 'theo chủ trương, kế hoạch hằng năm'
    ("samples/gold/pending/fz1_quangtri_ubndtinh_phancong_dodau_nongthonmoi_news_excerpt.tasks.json", "Để việc phụ trách, đỡ đầu"),
])
def test_gold_tasks_whose_period_is_a_nouns_get_no_recurrence(path, start):
    task = _gold_task(path, start)
    assert task["recurrence"] is None and not task.get("optional")
    assert find_recurrence(task["text"]) is None


def test_a_comparison_with_every_year_is_no_recurrence():
    # (4) unseen27 fa2 (optional in its gold, null): 'vẫn như hằng năm là ngày 5-9-2017'
    task = _gold_task("samples/gold/unseen27/fa2_ninhthuan_ubndtinh_qd1435_khung_thoigian_namhoc_2017_news.tasks.json",
                      "Ngày khai giảng năm học vẫn như hằng năm")
    assert task["recurrence"] is None
    assert find_recurrence(task["text"]) is None


@pytest.mark.parametrize("item", ["dp798", "dp959", "dp3118", "dp4046", "dp4701", "dp4702", "dp4704", "dp4706"])
def test_labelled_phrases_whose_period_is_a_nouns(item):
    row = _phrase(item)
    assert row["recurrence"] == ""
    assert find_recurrence(row["text"]) is None


@pytest.mark.parametrize("item,expected", [
    # a due day after 'theo các quy định hiện hành': the step's own yearly date
    ("dp222", "yearly"),
    # 'theo quy định tại Điều 86 và hằng tháng trích ...': a second step joined by 'và'
    ("dp639", "monthly"),
    # 'Theo chương trình, kế hoạch của Trạm Y tế xã định kỳ tổ chức tiêm ...': a bare 'định kỳ' opens the step
    ("dp2513", "monthly"),
    # making the yearly report recurs with it (batch 67, blind)
    ("dp4708", "yearly"),
])
def test_the_steps_own_period_stays(item, expected):
    row = _phrase(item)
    assert row["recurrence"] == expected
    assert find_recurrence(row["text"]) == expected


def test_a_joint_step_keeps_the_plan_it_helps_make():
    # yc4: 'phối hợp với Bộ ... trong việc xác định nhu cầu, tham gia xây dựng kế hoạch hằng năm' is yearly
    task = _gold_task("samples/gold/yc4_ttg_qd893_dean_nhanluc_nangluongnguyentu_2026_excerpt.tasks.json",
                      "Chủ trì, phối hợp với Bộ Khoa học và Công nghệ trong việc xác định nhu cầu")
    assert task["recurrence"] == "yearly"
    assert find_recurrence(task["text"]) == "yearly"
    at = task["text"].index("hằng năm")
    assert not noun_period(task["text"], at, at + len("hằng năm"))


def test_the_reader_names_the_frame_not_the_word():
    text = _phrase("dp4046")["text"]
    at = text.index("hằng tháng")
    assert noun_period(text, at, at + len("hằng tháng"))
    # the same period words opening a step in the same register are the step's
    guard = _phrase("dp2513")["text"]
    at = guard.index("định kỳ")
    assert not noun_period(guard, at, at + len("định kỳ"))


# --- a named half-year opening a step by the text's own level (ownlevelstep.py) ---

def test_the_last_six_months_opening_the_districts_own_step_end_with_the_year():
    from pipeline.extract.temporal import find_deadline

    row = _phrase("dp3845")
    dl = find_deadline(row["text"], int(row["doc_date"][:4]))
    assert row["deadline"] == "2024-12-31" and dl is not None and dl.date.isoformat() == row["deadline"]
    task = _gold_task("samples/gold/pending/fu5_dongthap_thapmuoi_ubndhuyen_nhiemvu_6thangcuoinam_2020_news.tasks.json",
                      "Trong 6 tháng cuối năm, huyện tập trung")
    dl = find_deadline(task["text"], 2020)
    assert task["deadline"] == "2020-12-31" and dl is not None and dl.date.isoformat() == "2020-12-31"


@pytest.mark.parametrize("item", ["dp605"])
def test_a_level_that_reports_its_months_is_no_step(item):
    from pipeline.extract.temporal import find_deadline

    row = _phrase(item)
    assert row["deadline"] == ""
    assert find_deadline(row["text"], int(row["doc_date"][:4])) is None


def test_own_level_step_reads_the_subject_and_the_tense():
    from pipeline.extract.ownlevelstep import own_level_step

    assert own_level_step(" huyện tiếp tục đẩy nhanh tiến độ trồng rừng, tăng cường công tác quản lý")
    assert not own_level_step(" huyện Đồng Hỷ đã đề ra các nhiệm vụ trọng tâm, như:")
    assert not own_level_step(" Sở Y tế chủ trì, phối hợp")  # an office: the gazetteer's business
