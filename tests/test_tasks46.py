"""tasks46: a step behind a period-to-come opener read as the sentence without it (pipeline/extract/timeopeners.py,
measure32's K3), and a pilot place 'chọn X làm điểm' read as no office (pipeline/extract/pilotplaces.py).

Texts: the development gold's el1 (Lạng Sơn's heat letter, news), er1 (Ninh Thuận's poverty review plan, news), eq4
(Hương Giang's rural programme meeting), eg6, eb1, ew5, ye3, gb2-like openers from the pending gold (fy5, fu5) and the
pending gold's yo7 / development yo8 / pending yo11 pilot sentences.  None is in a standing set.  The opener tests put
a family member the readers did not pass ('Các tháng tiếp theo,') before a real sentence the reading takes as a task,
and ask that the sentence is still read, with the offices it has without the opener.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted_tasks

from pipeline.extract.pilotplaces import drop_pilot_places, pilot_spans
from pipeline.extract.timeopeners import period_opener_end, without_period_opener
from pipeline.model import OfficeRole

ROOT = Path(__file__).resolve().parents[1]
TEXT = ROOT / "samples" / "text"


def _text(prefix: str) -> str:
    return next(TEXT.glob(prefix + "_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("line, rest", [
    # development eg6, eb1 (read at START already: the reading stays)
    ("Trong thời gian tới, UBND phường sẽ chỉ đạo lực lượng thường xuyên kiểm tra.", "UBND phường sẽ chỉ đạo lực lượng thường xuyên kiểm tra."),
    ("Trong 02 tuần tới, Chánh Văn phòng UBND tỉnh yêu cầu lãnh đạo Văn phòng tập trung.", "Chánh Văn phòng UBND tỉnh yêu cầu lãnh đạo Văn phòng tập trung."),
    # the members no reader passed before: 'Các tháng tiếp theo,', 'Những năm tới,', 'Sắp tới,', a list mark kept
    ("Các tháng tiếp theo, triển khai tiêm cho trẻ đủ 6 tháng tuổi.", "Triển khai tiêm cho trẻ đủ 6 tháng tuổi."),
    ("Những năm tới, các xã tiếp tục rà soát hộ nghèo.", "Các xã tiếp tục rà soát hộ nghèo."),
    ("- Sắp tới, Phòng Kinh tế tổ chức kiểm tra.", "- Phòng Kinh tế tổ chức kiểm tra."),
    ("Trong các tháng còn lại của năm, Sở Y tế chủ trì kiểm tra.", "Sở Y tế chủ trì kiểm tra."),
])
def test_a_period_to_come_opener_is_taken_off(line, rest):
    assert period_opener_end(line) > 0
    assert without_period_opener(line) == rest


@pytest.mark.parametrize("line", [
    # the openers the counts keep out: a past period (development ye3), a day (pending fu5), a named period
    # (development 08), the year's end (pending fy5: tasks45's; gb2: deadline26's), no comma (development ew5)
    "Thời gian qua, các địa phương đã tích cực vào cuộc, bàn giao được 86% diện tích mặt bằng các dự án.",
    "Ngày 08/7/2020, UBND huyện Tháp Mười tổ chức họp bàn đề ra nhiệm vụ và giải pháp thực hiện nhiệm vụ 6 tháng cuối năm 2020.",
    "Trong tháng 4, Chính phủ, Thủ tướng Chính phủ đã chỉ đạo quyết liệt.",
    "Từ nay đến cuối năm, huyện Xuyên Mộc tiếp tục thực hiện hoàn thành tốt các chỉ tiêu, nhiệm vụ.",
    "Những tháng cuối năm 2021, huyện xác định 17 nhóm nhiệm vụ, giải pháp chủ yếu.",
    "Trong thời gian tới Phòng Kinh tế tiếp tục kiểm tra, theo dõi.",
    "Thời gian tới là thời điểm quan trọng.",
])
def test_other_openers_are_left(line):
    assert period_opener_end(line) == 0
    assert without_period_opener(line) == line


def _offices_of(tasks, opening: str):
    hit = [t for t in tasks if t.text.startswith(opening)]
    return sorted(r.office for r in hit[0].offices if r.role in ("lead", "support")) if hit else None


@pytest.mark.parametrize("prefix, sentence", [
    # development el1: a plural body and its step in a news item
    ("el1", "Các sở, ngành, cơ quan, đơn vị liên quan tăng cường hướng dẫn các biện pháp bảo vệ sức khoẻ"),
    # development er1: the communes' step in a plan retold
    ("er1", "Các xã, phường, thị trấn thực hiện việc rà soát thông qua các phương pháp"),
    # development eq4: a verb-first step at a meeting
    ("eq4", "Hoàn thành phương án dự toán của đơn vị mình"),
])
def test_a_step_behind_the_opener_is_read_as_without_it(prefix, sentence):
    text = _text(prefix)
    assert sentence in text
    plain = _offices_of(extracted_tasks(text), sentence)
    assert plain is not None  # the sentence is a task without an opener
    opened = "Các tháng tiếp theo, " + sentence[:1].lower() + sentence[1:]
    moved = _offices_of(extracted_tasks(text.replace(sentence, opened, 1)), opened)
    assert moved is not None and moved == plain


def test_the_opener_reads_no_report_as_a_task():
    # development ye3's report told after a past period: no task, with or without the reader
    line = "Thời gian qua, các địa phương đã tích cực vào cuộc, bàn giao được 86% diện tích mặt bằng các dự án."
    assert not [t for t in extracted_tasks(line + "\n") if t.text.startswith("Thời gian qua")]


def test_a_pilot_place_is_no_office():
    # pending yo7: the chooser is the doer, the commune committee picked as the pilot is not
    line = ("Theo kế hoạch, Ban Thường trực Ủy ban MTTQ huyện chọn Ủy ban MTTQ xã Vĩnh Điều làm điểm chỉ đạo Đại hội cấp "
            "xã vào tháng 12/2018, chọn Ban Công tác Mặt trận ấp Cống Cả, xã Vĩnh Điều làm điểm hội nghị Ban Công tác "
            "Mặt trận khu dân cư.")
    spans = pilot_spans(line)
    assert [line[a:b] for a, b in spans] == ["Ủy ban MTTQ xã Vĩnh Điều", "Ban Công tác Mặt trận ấp Cống Cả, xã Vĩnh Điều"]
    roles = [OfficeRole("Ban Thường trực Ủy ban MTTQ huyện", "lead", "Ban Thường trực Ủy ban MTTQ huyện"),
             OfficeRole("Ủy ban MTTQ xã Vĩnh Điều", "support", "Ủy ban MTTQ xã Vĩnh Điều")]
    assert [r.office for r in drop_pilot_places(line, roles)] == ["Ban Thường trực Ủy ban MTTQ huyện"]


def test_a_pilot_place_read_whole():
    text = next((ROOT / "samples" / "gold" / "pending").glob("yo7_*.clean.txt")).read_text(encoding="utf-8")
    assert _offices_of(extracted_tasks(text), "Theo kế hoạch, Ban Thường trực Ủy ban MTTQ huyện chọn") == \
        ["Ban Thường trực Ủy ban MTTQ huyện"]


def test_a_choice_told_done_is_left():
    # pending yo11: the choice told done, the places hold the festival themselves (the gold lists them)
    line = ("Theo đó, Ban Chỉ đạo đã thống nhất chọn ấp 8, xã Khánh Hội làm điểm chỉ đạo tổ chức Ngày hội để rút kinh "
            "nghiệm cho các đơn vị còn lại.")
    assert pilot_spans(line) == []
    # a choice with no place between the verbs (pending fb1's passive) names none
    assert pilot_spans("Xã Mỹ An được tỉnh chọn làm điểm phát động thực hiện ngày Môi trường Thế giới.") == []
