"""tasks24: what a source tells a press item, framed more widely than 'X cho biết, ...' (a dateline or an occasion
before the source, titles after commas, no mark after 'cho biết'), is a reported statement when its clause asks no one
(pipeline/extract/toldinfo.py, read in tasks.classify next to STATEMENT_REPORT_RE).  Invented wordings in the shapes
the short task audit found (benchmarks/data/task_audit_short.tsv: sa71, sb02), both sides of the class; and the
audit's labels stand on its stored texts."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from pipeline.extract.toldinfo import told_information
from conftest import extracted_tasks

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


@pytest.mark.parametrize("text", [
    # a dateline before the source; the directive carried out is a noun; the clause reports ('đã và đang')
    "Ngày 12.5, Công an huyện Tân Châu cho biết, thực hiện chỉ đạo của UBND huyện, lực lượng công an đã và đang "
    "ra quân kiểm tra các cơ sở kinh doanh karaoke.",
    # the source's titles after commas, no mark after 'cho biết', a verb of directing inside what was done
    "Một lãnh đạo Phòng Tài nguyên và Môi trường huyện Lục Nam, cho biết phòng đã rà soát các hộ lấn chiếm để phối "
    "hợp với các xã chỉ đạo trưởng thôn lập biên bản.",
    # an occasion before the speaker; the things that need doing named in a relative clause
    "Phát biểu khai mạc kỳ họp, Chủ tịch HĐND xã Nguyễn Văn Hùng cho biết, kỳ họp nhằm thảo luận các giải pháp "
    "trọng tâm cần tập trung thực hiện trong quý IV.",
])
def test_what_a_source_tells_is_no_task(text):
    assert told_information(text)
    assert extracted_tasks(text) == []


@pytest.mark.parametrize("text", [
    # the told clause asks, with its own verb
    "Ngày 12.5, Chủ tịch UBND huyện cho biết, UBND huyện yêu cầu các xã rà soát các hộ nghèo trước ngày 30/5.",
    # a modal that no 'đã' reports
    "Phát biểu tại hội nghị, ông Trần Văn Nam cho biết, các xã phải hoàn thành việc cấp giấy chứng nhận trong tháng 6.",
    # the source itself asks before 'cho biết'
    "UBND tỉnh yêu cầu các sở rà soát và cho biết kết quả trước ngày 15/6.",
])
def test_a_told_clause_that_asks_stays_a_task(text):
    assert not told_information(text)
    assert len(extracted_tasks(text)) == 1


def test_the_short_task_audit_labels_stand_on_their_texts():
    texts = {}
    for line in (DATA / "deadline_audit_short_texts.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        texts[d["id"]] = re.sub(r"\s+", " ", d["text"])
    with (DATA / "task_audit_short.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert {r["doc_id"] for r in rows} == set(texts)  # every text read, one 'none' row for a text with no task
    for r in rows:
        assert r["kind"] in ("required", "optional", "none")
        if r["kind"] == "none":
            assert not r["anchor"]
            continue
        assert texts[r["doc_id"]].count(r["anchor"]) == 1, r["anchor"]
    assert sum(r["kind"] == "required" for r in rows) == 50
