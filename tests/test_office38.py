"""Partners 'cùng (với)' the doer's shared work (session 30, office38, issue 5; measure29's (O14)).

'<doer> tham mưu / tập trung / tham gia / chủ trì cùng (với) <bodies> <verb> ...': the bodies share
the work as they would after 'phối hợp với', and the gold lists them (office_spans ob10-009,
ob54-004, ob56-001, the development text zf1; the gazette and x7's 'Tham gia cùng với các cơ quan
...'). extract/jointwork.py rewrites the phrase to 'phối hợp với', called from
offices.roles_in_sentence right after the reader's own 'chủ trì cùng' rewrite.

The sentences below are written here in those shapes; none is copied from a scored text."""
from __future__ import annotations

import pytest

from conftest import process_text, responsible
from pipeline.extract.jointwork import joint_work_as_partners

DOC = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 25/UBND-VX
V/v triển khai công tác phòng, chống dịch

Kính gửi: Các sở, ban, ngành; UBND các huyện, thành phố.

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


@pytest.mark.parametrize("text, partner", [
    ("Phòng Giáo dục tham mưu cùng UBND các xã xây dựng phương án.", "UBND các xã"),
    ("Hội Nông dân cần tập trung cùng với các cơ quan liên quan vận động nhân dân.", "các cơ quan liên quan"),
    ("Các thành viên tổ công tác tham gia cùng Ban Chỉ đạo cấp xã tháo gỡ vướng mắc.", "Ban Chỉ đạo cấp xã"),
    ("Công an huyện chủ trì cùng với chính quyền địa phương rà soát người về từ vùng dịch.", "chính quyền địa phương"),
])
def test_joint_work_partner_rewritten(text, partner):
    out = joint_work_as_partners(text)
    assert "phối hợp với " + partner in out
    assert "cùng" not in out.replace("cùng với đó", "")


@pytest.mark.parametrize("text", [
    # no body after 'cùng': together, same level, same period, 'along with that'
    "Các đơn vị tập trung cùng nhau hoàn thành nhiệm vụ.",
    "Sở Nội vụ tham mưu cùng cấp ủy xây dựng kế hoạch.",
    "Các xã tập trung cùng với đó triển khai các biện pháp.",
    # a body that is only met is not a partner of shared work
    "Phòng Văn hóa làm việc cùng Sở Văn hóa, Thể thao và Du lịch về lễ hội.",
    # no 'cùng' at all
    "Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát kinh phí.",
])
def test_left_unchanged(text):
    assert joint_work_as_partners(text) == text


def test_partner_of_advice_is_an_office(tmp_path):
    body = ("Trưởng phòng Giáo dục và Đào tạo các huyện tham mưu cùng UBND các huyện xây dựng phương án "
            "bảo đảm an toàn cho học sinh trong mùa mưa bão.")
    doc = process_text(tmp_path, DOC.format(body=body))
    got = responsible(doc, "Trưởng phòng Giáo dục và Đào tạo các huyện tham mưu")
    assert any(o.lower().startswith("trưởng phòng giáo dục") for o in got), got
    assert any(o == "UBND các huyện" for o in got), got


def test_lower_case_partners_after_lead(tmp_path):
    body = ("Công an tỉnh chủ trì cùng với chính quyền địa phương, ngành y tế khẩn trương rà soát, lập danh "
            "sách những người từ vùng có dịch trở về.")
    doc = process_text(tmp_path, DOC.format(body=body))
    got = [o.lower() for o in responsible(doc, "Công an tỉnh chủ trì")]
    assert got[0] == "công an tỉnh", got
    assert "chính quyền địa phương" in got and "ngành y tế" in got, got
