"""Posted week schedules and excerpts of work programmes (issue 5, session 12: gold yl1-yl4).

Written here, several wordings each (never the gold texts):

- a schedule that opens on its first day line ('Thứ Hai, ngày 12/5/2025') has no document date: the
  day line dates that day's entries (a weekday stands where a place would);
- an entry that opens on its time and then, after a comma, the leader or standing body who goes
  ('- 14 giờ, đồng chí Bí thư Thành ủy dự họp ...', '6 giờ 30, Thường trực Huyện ủy làm việc với ...',
  '7 giờ, Ủy quyền đồng chí Nguyễn Văn A, ... dự ...') names them as its offices;
- 'Điểm tại ...' and 'Mời tập thể ...' sentences after an entry are its attributes, not tasks, and a
  '(giao X chuẩn bị)' note in them gives X the entry;
- an excerpt's '[…]' under the title ends the title; a chapter placed after it takes its first
  article whatever its number ('[…]' 'Chương IV' 'Điều 18. ...').
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.extract import extract
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure


def _doc(text: str):
    cfg = Config(ocr=False)
    doc = structure(Document(doc_id="t", lines=lines_from_text(text)), cfg)
    return extract(doc, cfg)


@pytest.mark.parametrize("first", ["Thứ Hai, ngày 12/5/2025", "THỨ HAI, NGÀY 12/5/2025", "Thứ hai, ngày 12/5/2025:"])
def test_a_schedule_s_first_day_line_is_no_document_date(first):
    doc = _doc(f"{first}\n- 14 giờ, đồng chí Bí thư Huyện ủy dự họp Ban Thường vụ Tỉnh ủy.\n"
               "Thứ Ba, ngày 13/5/2025\n- 8 giờ, đồng chí Phó Bí thư Huyện ủy làm việc với Đảng ủy xã An Bình.\n")
    assert doc.header is None or doc.header.date is None
    assert [t.deadline for t in doc.tasks] == [dt.date(2025, 5, 12), dt.date(2025, 5, 13)]


@pytest.mark.parametrize("entry,who", [
    ("- 14 giờ, đồng chí Bí thư Huyện ủy dự họp Ban Thường vụ Tỉnh ủy.", ["đồng chí Bí thư Huyện ủy"]),
    ("- 6 giờ 30, Thường trực Huyện ủy làm việc với Đảng ủy xã An Bình.", ["Thường trực Huyện ủy"]),
    ("- 7 giờ 30, đồng chí Bí thư Huyện ủy và đồng chí Phó Bí thư Huyện ủy dự hội nghị tổng kết.",
     ["đồng chí Bí thư Huyện ủy", "đồng chí Phó Bí thư Huyện ủy"]),
    ("- 7 giờ, Ủy quyền đồng chí Trần Văn Bình, Trưởng Ban Tuyên giáo Huyện ủy dự lễ kỷ niệm.", ["đồng chí Trần Văn Bình"]),
])
def test_an_entry_opening_on_its_time_names_who_goes(entry, who):
    doc = _doc(f"Thứ Hai, ngày 12/5/2025\n{entry}\n")
    assert [r.office for r in doc.tasks[0].offices] == who


def test_place_and_guests_sentences_are_the_entry_s_attributes():
    doc = _doc("Thứ Hai, ngày 12/5/2025\n"
               "- 6 giờ 30, Thường trực Huyện ủy hội ý cùng Thường trực HĐND, UBND huyện. Mời tập thể lãnh đạo "
               "Văn phòng Huyện ủy (thay thư mời). Điểm tại phòng họp số 2 Huyện ủy (giao Văn phòng Huyện ủy chuẩn bị).\n"
               "- 9 giờ, đồng chí Bí thư Huyện ủy tiếp công dân định kỳ. Địa điểm tại Trụ sở tiếp công dân huyện.\n")
    assert len(doc.tasks) == 2
    assert [r.office for r in doc.tasks[0].offices] == ["Thường trực Huyện ủy", "Văn phòng Huyện ủy"]


HEAD = ("CHÍNH PHỦ\nSố: 12/2026/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 10 tháng 3 năm 2026\nNGHỊ ĐỊNH\nQuy định chế độ báo cáo của cơ quan hành chính nhà nước\n[…]\n")


@pytest.mark.parametrize("body,section", [
    ("Chương III\nCHẾ ĐỘ BÁO CÁO ĐỊNH KỲ\nĐiều 12. Thời hạn gửi báo cáo\n1. Các bộ, cơ quan gửi báo cáo quý trước ngày 20 của tháng cuối quý.\n",
     "Chương III > Điều 12 > 1"),
    ("Điều 9. Báo cáo tháng\n1. Các sở gửi báo cáo tháng trước ngày 20 hằng tháng.\n", "Điều 9 > 1"),
])
def test_an_excerpt_under_its_title(body, section):
    doc = _doc(HEAD + body)
    assert doc.header.title == "Quy định chế độ báo cáo của cơ quan hành chính nhà nước"
    assert doc.tasks[-1].section == section
