"""Session 31, office42 (issue 5): the post office of a province or district ('Bưu điện tỉnh', 'Bưu điện huyện X')
read as a body, so a partner named after 'phối hợp (với)' is kept.

The pending gold's yn10 (a province's letter on the Universal Postal Union's letter-writing contest: 'đề nghị các sở,
ban ngành, UBND các huyện ... phối hợp Bưu điện tỉnh tuyên truyền ...', 'Sở GD-ĐT chủ trì, phối hợp Bưu điện tỉnh,
UBND các huyện ...') lost the partner twice at START; office_spans rows of batch 52 name 'Bưu điện huyện Vĩnh Linh'.
The word is read in capitals only: lower-case 'bưu điện' is the channel ('qua hệ thống bưu điện'), no body, and the
national post's own name stays whole ('Tổng Công ty Bưu điện Việt Nam'). The sentences below are written in those
shapes; none is copied from a standing set or a never-tuned batch."""
from __future__ import annotations

from conftest import process_text, responsible

DOC = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 5100/UBND-VX
V/v tổ chức cuộc thi viết thư quốc tế UPU

Kính gửi: Các sở, ban ngành; UBND các huyện, thị xã, thành phố.

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def _offices(doc, start):
    return [o.lower() for o in responsible(doc, start)]


def test_partner_post_office_without_voi(tmp_path):
    body = ("UBND tỉnh đề nghị các sở, ban ngành, UBND các huyện, thị xã, thành phố phối hợp Bưu điện tỉnh tuyên "
            "truyền, phổ biến thể lệ cuộc thi đến học sinh.")
    got = _offices(process_text(tmp_path, DOC.format(body=body)), "UBND tỉnh đề nghị")
    assert "bưu điện tỉnh" in got, got
    assert "ubnd các huyện, thị xã, thành phố" in got, got


def test_partner_post_office_after_chu_tri(tmp_path):
    body = ("Sở Giáo dục và Đào tạo chủ trì, phối hợp với Bưu điện tỉnh, UBND các huyện, thị xã, thành phố tổ chức "
            "phát động cuộc thi tại các trường học.")
    got = _offices(process_text(tmp_path, DOC.format(body=body)), "Sở Giáo dục và Đào tạo chủ trì")
    assert got[:1] == ["sở giáo dục và đào tạo"], got
    assert "bưu điện tỉnh" in got, got


def test_district_post_office_asked(tmp_path):
    body = "Đề nghị Bưu điện huyện Đại Lộc phối hợp với UBND các xã chi trả trợ cấp tận nhà cho người cao tuổi."
    got = _offices(process_text(tmp_path, DOC.format(body=body)), "Đề nghị Bưu điện huyện Đại Lộc")
    assert got[:1] == ["bưu điện huyện đại lộc"], got


def test_lower_case_channel_is_no_body(tmp_path):
    body = ("Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Tài chính hướng dẫn chi trả trợ cấp "
            "hằng tháng qua hệ thống bưu điện.")
    got = _offices(process_text(tmp_path, DOC.format(body=body)), "Sở Lao động - Thương binh và Xã hội chủ trì")
    assert not any("bưu điện" in o for o in got), got


def test_national_post_name_stays_whole(tmp_path):
    body = ("Đề nghị Tổng Công ty Bưu điện Việt Nam chỉ đạo các đơn vị trực thuộc bố trí đủ điểm chi trả trên "
            "địa bàn tỉnh.")
    got = _offices(process_text(tmp_path, DOC.format(body=body)), "Đề nghị Tổng Công ty Bưu điện")
    assert "tổng công ty bưu điện việt nam" in got, got
    assert "tổng công ty" not in got, got
