"""tasks35: measure29's class (S) on text outside the standing sets -- a portal's toolbar lines around the item.

A newspaper's or portal's reader-feedback and type-size tools ('Gửi phản hồi' / 'In bài viết' under Tuyên Quang's
items, 'Chia sẻ:' / 'BẠN ĐỌC PHẢN HỒI' under Tây Ninh's, 'Mặc định Cỡ chữ' over Kon Tum's posts, 'Gởi bài viết' in the
southern spelling) are page furniture like the print and share links tasks28 wrote (pipeline/extract/pagetools.py);
a sentence that asks something with the same words is not.  Texts: gold fn1 (samples/text, the pages corpus) and
development text zb5; the lines are as those pages print them."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted_tasks, tasks_opening

from pipeline.extract.pagetools import page_tools

ROOT = Path(__file__).resolve().parent.parent


def test_feedback_and_type_size_tools_are_page_furniture():
    for line in ("Gửi phản hồi", "In bài viết", "Chia sẻ:", "BẠN ĐỌC PHẢN HỒI", "Mặc định Cỡ chữ",
                 "Bản in     Gởi bài viết", "Gửi ý kiến phản hồi"):
        assert page_tools(line), line
    # an ask or a report that uses the same words, a portal's section heading: not the page's tools
    for line in ("Gửi phản hồi về Sở Y tế trước ngày 5/6", "Phản hồi ý kiến cử tri", "UBND tỉnh phản hồi",
                 "THÔNG TIN PHẢN HỒI", "Cỡ chữ in trên biển hiệu phải rõ ràng", "Gởi bài viết về Ban biên tập"):
        assert not page_tools(line), line


def test_a_feedback_link_under_the_last_point_is_not_one_more_point():
    text = (ROOT / "samples" / "text" / "fn1_tuyenquang_ubndtinh_chiendich_tiemchung_muaxuan_2022_news.txt").read_text(encoding="utf-8")
    tasks = extracted_tasks(text)
    last = tasks_opening(tasks, "UBND các huyện, thành phố tiếp tục rà soát")
    assert last and [o.office for o in last[0].offices] == ["UBND các huyện, thành phố"], last
    assert not tasks_opening(tasks, "Gửi phản hồi")
    assert not tasks_opening(tasks, "In bài viết")
