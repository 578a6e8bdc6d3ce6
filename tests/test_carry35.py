"""Offices carried to subjectless followers (session 27, carry35, issue 5; measure27 (O1), (O3)).

(O1) A photo caption that restates the point above it ('... các điểm cháy rừng.' + '<Tỉnh> yêu cầu ...
các điểm cháy rừng |'), printed as a line of its own with no stop, is the picture's label: it neither
opens a new request nor ends the points of the request above (extract._request_scopes through
captions19.echoing_caption), so the subjectless points after it keep the bodies asked.
(O3) A dash item that names its own doer by a cultural institution's head ('Thư viện ...', 'Bảo tàng
...', 'Nhà văn hóa ...') keeps it under a heading that lists other bodies (offices.BODY_HEAD_RE): the
carry already kept an item's own doer; the head was not read as a body.

The sentences below are written here, never copied from a scored text."""
from __future__ import annotations

import pytest

from conftest import process_text, responsible
from pipeline.extract.captions19 import echoing_caption

_POINT = "Tổ chức tuần tra, canh gác tại các khu vực trọng điểm để phát hiện sớm các điểm cháy rừng."


@pytest.mark.parametrize("line,expected", [
    # the point said again as a label, ending on the picture box's bar or on no stop
    ("Quảng Bình yêu cầu tổ chức tuần tra, canh gác tại các khu vực trọng điểm để phát hiện sớm các điểm cháy rừng |", True),
    ("Tổ chức tuần tra, canh gác tại các khu vực trọng điểm để phát hiện sớm các điểm cháy rừng", True),
    # a sentence that ends as one is a point of its own, however like the one above
    ("Quảng Bình yêu cầu tổ chức tuần tra, canh gác tại các khu vực trọng điểm để phát hiện sớm các điểm cháy rừng.", False),
    # a new point that shares a few words is no echo
    ("Huy động lực lượng tại chỗ để chữa cháy kịp thời khi có cháy rừng xảy ra", False),
    # a numbered or bulleted line is the text's layout
    ("- Tổ chức tuần tra, canh gác tại các khu vực trọng điểm để phát hiện sớm các điểm cháy rừng", False),
])
def test_echoing_caption(line, expected):
    assert echoing_caption(line, _POINT) is expected


def test_echoing_caption_needs_a_sentence_before():
    assert not echoing_caption("Tổ chức tuần tra, canh gác tại các khu vực trọng điểm", None)


def test_caption_does_not_break_the_carry(tmp_path):
    text = ("Giám đốc Sở Nông nghiệp và PTNT tỉnh yêu cầu Hạt Kiểm lâm các huyện bố trí lực lượng tuần tra tại "
            "các khu rừng trọng điểm. Tổ chức trực 24/24 giờ trong mùa khô để phát hiện sớm các điểm cháy.\n"
            "Quảng Bình yêu cầu tổ chức trực 24/24 giờ trong mùa khô để phát hiện sớm các điểm cháy |\n"
            "Huy động lực lượng tại chỗ để chữa cháy kịp thời khi có cháy rừng xảy ra.\n")
    doc = process_text(tmp_path, text)
    assert [n.casefold() for n in responsible(doc, "Huy động lực lượng")] == ["hạt kiểm lâm các huyện"]
    # the caption itself is asked of no one
    assert responsible(doc, "Quảng Bình yêu cầu") == []


def test_dash_item_keeps_its_own_institution(tmp_path):
    text = ("Phòng Văn hóa và Thông tin huyện đề nghị các đơn vị thực hiện như sau:\n\n"
            "1. Các đơn vị sự nghiệp thuộc ngành và Trung tâm Văn hóa các xã:\n\n"
            "- Tuyên truyền, vận động cán bộ, viên chức tích cực tham gia cuộc thi.\n\n"
            "- Bảo tàng tỉnh, Trung tâm Văn hóa các xã tổ chức trưng bày tài liệu về cuộc thi tại đơn vị mình.\n")
    doc = process_text(tmp_path, text)
    own = [n.casefold() for n in responsible(doc, "Bảo tàng tỉnh")]
    assert own == ["bảo tàng tỉnh", "trung tâm văn hóa các xã"]
    # an item naming no doer still takes the heading's bodies (points24 (l))
    assert "các đơn vị sự nghiệp thuộc ngành" in [n.casefold() for n in responsible(doc, "Tuyên truyền")]
