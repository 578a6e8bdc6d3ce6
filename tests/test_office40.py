"""Session 31, office40 (issue 5): the partners a ':' lead-in that asks names for its points, and office15's
'chủ trì cùng' rewrite folded into jointwork.

- '<speaker> đề nghị / yêu cầu X phối hợp với Y thực hiện ... như sau:' over '- ...' points: each point lists X
  and Y (samples/gold/README.md, 'Partners stay with the sentence that names them': a lead-in closed by ':'
  names the lead and its partners for the points under it); extract/leadinpartners.py, one hook in
  assign.apply_groups' paragraph lead-in.
- extract/jointwork.py reads 'chủ trì cùng (với)' too (offices._LEAD_JOINTLY_RE is gone); its gate ignores
  case, so a line printed in capitals reads as the same line in mixed case.

The sentences are written here in the shapes of office_spans ob57-005 and the gazette's inspection form;
none is copied from a scored text."""
from __future__ import annotations

import pytest

from conftest import process_text, responsible
from pipeline.extract import offices
from pipeline.extract.jointwork import joint_work_as_partners
from pipeline.extract.leadinpartners import lead_in_partners
from pipeline.model import OfficeRole

DOC = """SỞ Y TẾ
TỈNH QUẢNG NGÃI
Số: 412/SYT-NVY
V/v triển khai công tác tuyên truyền

Kính gửi: Các đơn vị trực thuộc.

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def _offices(doc, start):
    return [o.lower() for o in responsible(doc, start)]


def test_points_under_an_ask_with_partners_list_both(tmp_path):
    body = ("Để triển khai tốt công tác tuyên truyền, Sở Y tế đề nghị các đơn vị phối hợp với UBND các huyện, "
            "thành phố thực hiện một số việc như sau:\n"
            "- Rà soát, bổ sung các khẩu hiệu tuyên truyền trên pa nô đã cũ.\n"
            "- Tổ chức tuyên truyền sâu rộng đến người dân về phòng, chống dịch bệnh.")
    doc = process_text(tmp_path, DOC.format(body=body))
    for start in ("Rà soát, bổ sung", "Tổ chức tuyên truyền sâu rộng"):
        got = _offices(doc, start)
        assert got[:1] == ["các đơn vị"], got
        assert "ubnd các huyện, thành phố" in got, got
    point = next(t for t in doc.tasks if t.text.startswith("Rà soát, bổ sung"))
    assert point.lead and point.lead.lower() == "các đơn vị"


def test_manner_words_before_the_partner(tmp_path):
    body = ("Sở Y tế yêu cầu các bệnh viện chủ động phối hợp chặt chẽ với Công an các huyện, Đội Quản lý thị "
            "trường thực hiện tốt các nội dung sau:\n"
            "- Kiểm tra việc mua bán thuốc không rõ nguồn gốc tại các nhà thuốc.")
    doc = process_text(tmp_path, DOC.format(body=body))
    got = _offices(doc, "Kiểm tra việc mua bán")
    assert got[0] == "các bệnh viện", got
    assert "công an các huyện" in got and "đội quản lý thị trường" in got, got


def test_own_other_work_after_the_partnered_one_keeps_the_body_alone(tmp_path):
    # the listed points are the body's own other work ('đồng thời thực hiện ...'), not the partnered work
    body = ("Sở Y tế đề nghị các bệnh viện nghiên cứu, phối hợp cùng các trạm y tế xã triển khai thực hiện, "
            "đồng thời thực hiện một số nội dung sau:\n"
            "- Rà soát số giường bệnh thực kê tại các khoa.")
    doc = process_text(tmp_path, DOC.format(body=body))
    assert _offices(doc, "Rà soát số giường") == ["các bệnh viện"]


def test_ask_without_partner_unchanged(tmp_path):
    body = ("Sở Y tế đề nghị các đơn vị thực hiện một số việc như sau:\n"
            "- Rà soát, bổ sung các khẩu hiệu tuyên truyền trên pa nô đã cũ.")
    doc = process_text(tmp_path, DOC.format(body=body))
    assert _offices(doc, "Rà soát, bổ sung") == ["các đơn vị"]


def test_lead_in_partners_function():
    text = "Sở Y tế đề nghị các đơn vị phối hợp với UBND các xã thực hiện các nội dung sau:"
    leads = [OfficeRole("Các đơn vị", "lead", "các đơn vị", "lead-in")]
    roles = leads + [OfficeRole("UBND các xã", "support", "UBND các xã", "inline")]
    got = lead_in_partners(text, leads, roles)
    assert [(r.office, r.role) for r in got] == [("UBND các xã", "support")]
    # no body asked, or nothing but the partner verb's words between: nothing
    assert lead_in_partners(text, [], roles) == []
    far = "Sở Y tế đề nghị các đơn vị tổ chức hội nghị, sau đó phối hợp với UBND các xã thực hiện các nội dung sau:"
    assert lead_in_partners(far, leads, roles) == []


@pytest.mark.parametrize("text, expected", [
    ("CHỦ TRÌ CÙNG CÁC SỞ, NGÀNH TỔ CHỨC", "CHỦ TRÌ phối hợp với CÁC SỞ, NGÀNH TỔ CHỨC"),
    ("CHỦ TRÌ, CÙNG VỚI SỞ Y TẾ RÀ SOÁT", "CHỦ TRÌ, phối hợp với SỞ Y TẾ RÀ SOÁT"),
    ("THAM MƯU CÙNG UBND CÁC HUYỆN XÂY DỰNG", "THAM MƯU phối hợp với UBND CÁC HUYỆN XÂY DỰNG"),
    ("Sở Y tế chủ trì cùng Ủy ban nhân dân các huyện rà soát", "Sở Y tế chủ trì phối hợp với Ủy ban nhân dân các huyện rà soát"),
    ("Công an tỉnh chủ trì, cùng các Sở triển khai", "Công an tỉnh chủ trì, phối hợp với các Sở triển khai"),
])
def test_chu_tri_cung_read_by_jointwork_in_any_case(text, expected):
    assert joint_work_as_partners(text) == expected


@pytest.mark.parametrize("text", [
    "CÁC ĐƠN VỊ TẬP TRUNG CÙNG NHAU HOÀN THÀNH NHIỆM VỤ",
    "SỞ NỘI VỤ THAM MƯU CÙNG CẤP ỦY XÂY DỰNG KẾ HOẠCH",
    "CÁC XÃ THAM GIA CÙNG VỚI ĐÓ TRIỂN KHAI",
    "SỐ LIỆU TẬP TRUNG CÙNG KỲ NĂM TRƯỚC",
    "chủ trì cùng nhau bàn bạc",
])
def test_capitals_without_a_body_unchanged(text):
    assert joint_work_as_partners(text) == text


def test_reader_rewrite_folded():
    assert not hasattr(offices, "_LEAD_JOINTLY_RE")
