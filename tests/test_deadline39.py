"""deadline39: a time line that names its act ('Thời gian treo: ...', 'Thời gian hoàn thành việc phát thẻ ...')
dates the tasks of that act only (``extract.actline``).

Texts: the pending gold's ek5 (a commune's flag notice) and yo4 (a city's card notice), the development gold's
yh2 (a commune's flag notice whose first item only relays the notice); none from a standing set.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import extracted_tasks, tasks_opening

from pipeline.extract.actline import act_words

PENDING = Path(__file__).resolve().parents[1] / "samples" / "gold" / "pending"
TEXT = Path(__file__).resolve().parents[1] / "samples" / "text"


def _pending(stem: str) -> str:
    return (PENDING / f"{stem}.clean.txt").read_text(encoding="utf-8")


def test_act_words_name_the_work_a_line_times():
    assert act_words("Thời gian treo: từ ngày 25 tháng 4 cho đến hết ngày 03 tháng 5 năm 2021.") == {"treo"}
    assert act_words("Thời gian hoàn thành việc phát thẻ chậm nhất đến 13 giờ, ngày 26/7/2021.") == {"phát", "thẻ"}
    assert act_words("2/ Thời gian treo cờ tổ quốc: Từ ngày 30/4/2025 đến hết ngày 01/5/2025.") >= {"treo", "cờ"}


def test_generic_time_lines_name_no_act():
    # a line that times the whole group, or a whole named programme, keeps dating every item
    for line in ("Thời gian thực hiện: trước ngày 15/12/2021.", "- Thời gian: ngày 5/6/2022",
                 "Thời gian thực hiện Chiến dịch từ ngày 02/5 đến ngày 02/9/2018.",
                 "- Thời gian (cũ): Từ ngày 05 đến ngày 07/01/2019", "Thời gian hoàn thành: 30/6/2024"):
        assert act_words(line) == frozenset(), line


def test_flag_notice_clean_up_row_is_not_dated_by_the_hanging_time():
    tasks = extracted_tasks(_pending("ek5_thuathienhue_vinhhien_ubndxa_thongbao_treoco_30thang4_2021_posted"))
    (clean_up,) = tasks_opening(tasks, "Vận động nhân dân làm vệ sinh")
    assert clean_up.deadline is None
    hanging = [t for t in tasks if "treo cờ" in t.text]
    assert hanging and all(t.deadline == dt.date(2021, 5, 3) for t in hanging)


def test_card_notice_list_row_is_not_dated_by_the_handout_time():
    tasks = extracted_tasks(_pending("yo4_ubndthanhpho_thongbao_theraduong_2021_repost"))
    (listing,) = tasks_opening(tasks, "Lập danh sách")
    assert listing.deadline is None
    (cards,) = tasks_opening(tasks, "UBND xã, phường thu hồi Thẻ")
    assert cards.deadline == dt.date(2021, 7, 26)  # 'cấp lại Thẻ': the act the line times


def test_development_flag_notice_keeps_its_hanging_date():
    text = (TEXT / "yh2_quangngai_sonthuy_ubndxa_thongbao_treoco_daihoi_2025_excerpt.txt").read_text(encoding="utf-8")
    tasks = extracted_tasks(text)
    flags = tasks_opening(tasks, "Các cơ quan, đơn vị, trường học")
    assert flags and flags[0].deadline == dt.date(2025, 7, 27)
    relay = tasks_opening(tasks, "Trung tâm Cung ứng dịch vụ công")
    assert all(t.deadline is None for t in relay)
