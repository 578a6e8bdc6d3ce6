"""'các đồng chí' before a collective post after an ask (session 29, office37, issue 5; measure29's (O16)).

'UBND tỉnh yêu cầu các đồng chí lãnh đạo các địa phương, ... kiểm tra ...': the courtesy before
'lãnh đạo <body>' made the reader see no body at all (the same sentence without 'các đồng chí' was
read right); extract/comradepost.py blanks it (same length) right after an ask, called from
offices.roles_in_sentence.  Shown on pending ya11 ('kính mong các đồng chí lãnh đạo cơ quan, BCĐ ...':
the start code gave the speaking Front instead) and on a Vĩnh Phúc press item ('phân công các đồng
chí lãnh đạo UBND tỉnh chỉ đạo ...', deadline_phrases dp4017: read right before and after).

The sentences below are written here in those shapes; none is copied from a scored text."""
from __future__ import annotations

import pytest

from conftest import process_text, responsible
from pipeline.extract.comradepost import blank_comrades_before_post

DOC = """ỦY BAN NHÂN DÂN
TỈNH THÁI NGUYÊN
Số: 12/UBND-NN
V/v tổ chức Tết trồng cây

Kính gửi: Các sở, ban, ngành; UBND các huyện, thành phố.

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


@pytest.mark.parametrize("text", [
    "UBND tỉnh yêu cầu các đồng chí lãnh đạo các địa phương kiểm tra công tác chuẩn bị.",
    "Đề nghị các đồng chí lãnh đạo cơ quan quan tâm chỉ đạo.",
    "Chủ tịch UBND huyện giao các đ/c lãnh đạo các phòng, ban chuyên môn theo dõi.",
])
def test_courtesy_blanked_after_an_ask(text):
    out = blank_comrades_before_post(text)
    assert len(out) == len(text)
    assert "đồng chí" not in out and "đ/c" not in out
    assert "lãnh đạo" in out


@pytest.mark.parametrize("text", [
    # the invited themselves: no post after the courtesy
    "Yêu cầu các đồng chí sắp xếp công việc, về dự Hội nghị đúng thời gian.",
    # who attended: no ask
    "Dự hội nghị có các đồng chí lãnh đạo Đảng ủy, HĐND, UBND xã.",
    # 'lãnh đạo' as a verb, no body after it
    "Đề nghị các đồng chí lãnh đạo, chỉ đạo sát sao việc này.",
    # a head's title: the office reader's own honorific rule already reads it
    "Giao các đồng chí Phó trưởng phòng phụ trách các bậc học chuẩn bị nội dung.",
])
def test_courtesy_kept_elsewhere(text):
    assert blank_comrades_before_post(text) == text


def test_posts_after_the_courtesy_are_the_offices(tmp_path):
    body = ("Để Tết trồng cây đạt kết quả, UBND tỉnh yêu cầu các đồng chí lãnh đạo các địa phương, "
            "các ngành chức năng kiểm tra công tác chuẩn bị và tham gia trồng cây cùng nhân dân.")
    doc = process_text(tmp_path, DOC.format(body=body))
    got = responsible(doc, "Để Tết trồng cây")
    assert any(o.lower() == "lãnh đạo các địa phương" for o in got), got
    assert any("ngành chức năng" in o.lower() for o in got), got
    assert not any(o.startswith("UBND tỉnh") for o in got), got


def test_wish_to_leaders_of_a_body(tmp_path):
    body = ("Thường trực Ủy ban MTTQ xã kính mong các đồng chí lãnh đạo cơ quan, Ban Chỉ đạo xây dựng "
            "đề án quan tâm, tạo điều kiện để hoàn thành việc kiện toàn nhân sự.")
    doc = process_text(tmp_path, DOC.format(body=body))
    got = responsible(doc, "Thường trực Ủy ban MTTQ xã kính mong")
    assert any(o.lower() == "lãnh đạo cơ quan" for o in got), got
    assert not any(o.startswith("Thường trực") for o in got), got
