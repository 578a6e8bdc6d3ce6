"""tasks25: meeting news and retold points, both sides of each class the short task audit found repeating
(benchmarks/data/task_audit_short.tsv, task_audit_short2.tsv; pending eo4):

- the nouns 'lãnh đạo, chỉ đạo' after a noun of work, a relative 'cần' after a noun of things to do, the noun
  'yêu cầu' of a standard or a demand: no ask (pipeline/extract/nouncues.py, cut with the noun cues);
- a team's name 'Tổ chỉ đạo ...' holds 'chỉ đạo' as 'Ban Chỉ đạo' does (DIRECTIVE_CUE_RE);
- the line that names who chaired the reported meeting: no duty (pipeline/extract/meetingnews.py);
- a relative 'đã' right after the thing it describes does not make the sentence a report (PAST_RE).

Invented wordings; and the second audit set's labels stand on its stored texts."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from pipeline.extract.meetingnews import chaired_only
from pipeline.extract.tasks import _NOUN_CUE_RE, DIRECTIVE_CUE_RE, PAST_RE
from conftest import extracted_tasks

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def has_cue(t: str) -> bool:
    return bool(DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t)))


@pytest.mark.parametrize("text", [
    "Chiều 5/3, Đảng ủy xã Tân Lập tổ chức Hội nghị nhằm đánh giá kết quả lãnh đạo, chỉ đạo quý I.",
    "Ban Chấp hành Đảng bộ phường họp đánh giá công tác lãnh đạo chỉ đạo 6 tháng đầu năm.",
    "Tại hội nghị, các đại biểu đã chỉ ra những khó khăn, vướng mắc cần được tháo gỡ.",
    "Hội nghị nêu những mặt còn yếu, hạn chế và cần khắc phục trong sản xuất.",
    "Một số thôn thực hiện chưa đảm bảo theo yêu cầu đề ra.",
    "Khối lượng công việc lớn và yêu cầu ngày càng cao đối với cán bộ xã.",
    "Xã Bình An thành lập Tổ chỉ đạo chung và 12 Tổ công tác ở các thôn.",
])
def test_a_directing_word_used_as_a_noun_or_a_relative_is_no_cue(text):
    assert not has_cue(text)


@pytest.mark.parametrize("text", [
    "UBND huyện chỉ đạo các xã rà soát các hộ nghèo.",
    "Các đồng chí lãnh đạo, chỉ đạo các chi bộ hoàn thành đại hội trong tháng 5.",
    "Các xã cần hoàn thành việc chi trả trước ngày 30/6.",
    "Các thành viên Hội đồng được phân công phụ trách nhiệm vụ cần tăng cường công tác chuẩn bị giao quân.",
    "Chủ tịch UBND xã yêu cầu các thôn báo cáo kết quả.",
    "Đảng ủy xã tiếp tục chỉ đạo các thôn ra quân làm đường giao thông.",
])
def test_the_directing_word_that_asks_stays_a_cue(text):
    assert has_cue(text)


@pytest.mark.parametrize("text,chaired", [
    ("Các đồng chí Thường trực Đảng uỷ xã chủ trì hội nghị.", True),
    ("Ông Lê Văn Minh, Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì cuộc họp.", True),
    ("Đồng chí Nguyễn Văn An - Phó Chủ tịch UBND huyện đồng chủ trì Hội nghị", True),
    # a plan's duty to chair names its meeting, or is foretold, or is asked
    ("Sở Nội vụ chủ trì hội nghị sơ kết 6 tháng đầu năm.", False),
    ("Phó Chủ tịch UBND tỉnh sẽ chủ trì hội nghị.", False),
    ("Giao Phòng Nội vụ chủ trì cuộc họp.", False),
])
def test_who_chaired_the_reported_meeting(text, chaired):
    assert chaired_only(text) is chaired


def test_a_relative_da_after_the_thing_is_no_report():
    assert not PAST_RE.match("Làm rõ những kết quả đã đạt được trên các lĩnh vực.")
    assert not PAST_RE.match("Đối với các trường hợp đã rõ hành vi sai phạm, Công an các quận phối hợp xử lý nghiêm.")
    assert PAST_RE.match("UBND xã đã tổ chức ra quân tổng vệ sinh môi trường.")
    assert PAST_RE.match("Những ngày qua, các xã đã tập trung thu hoạch lúa.")


def test_a_meeting_report_gives_no_task_and_its_ask_stays_one():
    text = ("Chiều 12/3, Ban Thường vụ Đảng ủy xã Hòa An tổ chức Hội nghị giao ban nhằm đánh giá kết quả lãnh đạo, "
            "chỉ đạo tháng 2.\n\nCác đồng chí Thường trực Đảng ủy xã chủ trì hội nghị.\n\n"
            "Phát biểu tại Hội nghị, đồng chí Chủ tịch UBND xã đề nghị các thôn tập trung thu nộp quỹ phòng chống thiên tai.")
    found = [t.text for t in extracted_tasks(text)]
    assert len(found) == 1 and found[0].startswith("Phát biểu tại Hội nghị")


def test_the_second_task_audit_labels_stand_on_their_texts():
    # the audit's own reader checks every anchor against its text (benchmarks/task_audit.py)
    sys.path.insert(0, str(DATA.parent))
    import task_audit

    gold = task_audit.load_gold(task_audit.DATA2, task_audit.TEXTS_SHORT2)
    texts = task_audit.read_texts(task_audit.TEXTS_SHORT2)
    assert set(gold) == set(texts) and len(texts) == 30  # every text read, a 'none' row for one with no task
    anchors = [(d, t["anchor"]) for d, g in gold.items() for t in g["tasks"]]
    assert all(re.sub(r"\s+", " ", texts[d]).count(a) == 1 for d, a in anchors)
    assert sum(not t["optional"] for g in gold.values() for t in g["tasks"]) == 32
