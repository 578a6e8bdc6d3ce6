"""The issuer or its head directing, retold in the third person (issue #5, session 15 round 2,
branch office16).  ANNOTATION.md: "offices: ... Empty list when no one is named (the issuer itself
acts)" and "in 'Chỉ đạo X ...' the issuer directs X, and X is not listed".  Sentences written for
the test from general Vietnamese administrative and press usage, several wordings each; none is a
row of the benchmark or a gold sentence."""
from __future__ import annotations

import pytest

from pipeline.extract.offices import OfficeRole, issuer_directs_roles

_Y = [OfficeRole(office="Sở Y tế", role="lead", text="Sở Y tế", source="inline")]


# --- the issuer (or its head) directs: neither it nor the body directed is listed ------------------
@pytest.mark.parametrize("issuer, text", [
    ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "UBND tỉnh chỉ đạo Sở Y tế chủ trì, phối hợp với các đơn vị tổ chức tiêm chủng."),
    ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "UBND tỉnh cũng đã chỉ đạo Sở Y tế tăng cường kiểm tra an toàn thực phẩm."),
    ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "UBND tỉnh Nghệ An vừa có văn bản chỉ đạo Sở Y tế rà soát các cơ sở khám chữa bệnh."),
    ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Chủ tịch UBND tỉnh chỉ đạo Sở Y tế khẩn trương xây dựng phương án."),
    ("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH", "Chủ tịch UBND huyện Trần Văn Bình chỉ đạo Sở Y tế phối hợp xử lý."),
    ("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng chỉ đạo Sở Y tế các tỉnh chuẩn bị đủ thuốc men."),
    ("THỦ TƯỚNG CHÍNH PHỦ", "Trong đó, Thủ tướng chỉ đạo tổ chức ra quân đồng loạt trên cả nước."),
    ("BỘ CÔNG AN", "Theo đó, Bộ trưởng Lương Tam Quang chỉ đạo Sở Y tế phối hợp điều tra làm rõ vụ việc."),
    ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Chủ tịch UBND tỉnh chỉ đạo triển khai ngay các biện pháp phòng chống dịch."),
    ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Đồng chí Nguyễn Đức Trung – Chủ tịch UBND tỉnh chỉ đạo Sở Y tế tăng cường giám sát."),
])
def test_the_issuer_directing_lists_no_office(gaz, issuer, text):
    assert issuer_directs_roles(text, list(_Y), issuer, gaz) == []


# --- the issuer's head asking with nobody named: no office (not the head itself) -------------------
@pytest.mark.parametrize("issuer, text, head", [
    ("THỦ TƯỚNG CHÍNH PHỦ", "Người đứng đầu Chính phủ còn yêu cầu thí điểm mô hình mới.", "Người đứng đầu Chính phủ"),
    ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Chủ tịch UBND tỉnh yêu cầu tập trung cao độ cho công tác cứu hộ.", "Chủ tịch UBND tỉnh"),
    ("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng cũng yêu cầu đẩy nhanh tiến độ giải ngân vốn đầu tư công.", "Thủ tướng"),
])
def test_the_head_asking_with_no_addressee_lists_no_office(gaz, issuer, text, head):
    roles = [OfficeRole(office=head, role="lead", text=head, source="inline")]
    assert issuer_directs_roles(text, roles, issuer, gaz) == []


# --- negatives: a body other than the issuer directs, or the issuer assigns or asks a body ----------
@pytest.mark.parametrize("issuer, text", [
    # (another body directs: the director is the office, kept as the rules read it)
    ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Ban Chỉ đạo huyện chỉ đạo Ban Chỉ đạo các xã làm tốt công tác tuyên truyền."),
    ("BỘ Y TẾ", "Đề nghị UBND các tỉnh chỉ đạo Sở Y tế tổ chức thực hiện."),
    ("VĂN PHÒNG CHÍNH PHỦ", "Đồng chí Bí thư Tỉnh ủy chỉ đạo việc triển khai thực hiện nghiêm Công điện."),
    # (the issuer assigns or asks: the body asked works)
    ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "UBND tỉnh chỉ đạo giao Sở Y tế chủ trì tổ chức tiêm chủng."),
    ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "UBND tỉnh yêu cầu Sở Y tế khẩn trương xây dựng kế hoạch."),
    ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Chủ tịch UBND tỉnh chỉ đạo: Sở Y tế phải báo cáo trước ngày 15/6."),
    ("CÔNG AN TỈNH NGHỆ AN", "Giám đốc Công an tỉnh đã có Điện chỉ đạo số 104 yêu cầu Sở Y tế phối hợp."),
    # (a duty to direct, not the issuer's directing)
    ("ỦY BAN NHÂN DÂN XÃ AN BÌNH", "Đồng chí Chủ tịch Ủy ban MTTQ xã chịu trách nhiệm chỉ đạo chung."),
])
def test_other_directors_and_assignments_keep_their_offices(gaz, issuer, text):
    assert issuer_directs_roles(text, list(_Y), issuer, gaz) == _Y


def test_no_issuer_no_change(gaz):
    assert issuer_directs_roles("UBND tỉnh chỉ đạo Sở Y tế rà soát.", list(_Y), None, gaz) == _Y
