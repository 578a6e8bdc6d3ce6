"""The office gazetteer, matching (abbreviations, variants, typos, jurisdiction) and roles."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.extract.offices import load_gazetteer, roles_in_assignment, roles_in_sentence, split_office_list

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def canon(gaz, text):
    return [m.canonical for m in gaz.find(text)]


def roles(gaz, text):
    return [(r.office, r.role) for r in roles_in_sentence(text, gaz)]


def test_gazetteer_file_is_built_from_the_script(tmp_path):
    out = tmp_path / "g.tsv"
    subprocess.run([sys.executable, str(ROOT / "models" / "build_gazetteer.py"), "--no-corpus", "--out", str(out)],
                   check=True, capture_output=True)
    with open(out, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    names = {r["canonical"] for r in rows}
    for body in ("Bộ Nội vụ", "Sở Lao động - Thương binh và Xã hội", "Phòng Tài chính - Kế hoạch", "Thanh tra",
                 "Ủy ban nhân dân", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "Hội Cựu chiến binh"):
        assert body in names
    committed = {r["canonical"] for r in csv.DictReader(open(ROOT / "models" / "gazetteer.tsv", encoding="utf-8"), delimiter="\t")}
    assert names <= committed  # the committed file holds the hand lists (plus the mined names)


@pytest.mark.parametrize("text, expected", [
    ("Phòng TC-KH chuẩn bị", "Phòng Tài chính - Kế hoạch"),
    ("giao Sở TN&MT chủ trì", "Sở Tài nguyên và Môi trường"),
    ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở VH,TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
    ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
    ("Phòng KT-HT huyện", "Phòng Kinh tế - Hạ tầng huyện"),
    ("Thanh tra huyện chuẩn bị", "Thanh tra huyện"),
    ("Công an huyện chuẩn bị", "Công an huyện"),
    ("UBND các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn"),
    ("Uỷ ban nhân dân các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố"),
    ("Văn phòng HĐND và UBND huyện", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"),
    ("UBMTTQ huyện", "Ủy ban Mặt trận Tổ quốc huyện"),
    ("BCHQS huyện", "Ban Chỉ huy Quân sự huyện"),
    ("Liên đoàn Lao động tỉnh", "Liên đoàn Lao động tỉnh"),
    ("Bộ Nội vụ", "Bộ Nội vụ"),
    ("Sở Lao động - Thương binh và xã hội", "Sở Lao động - Thương binh và Xã hội"),  # case variant
    ("Sở Lao động – Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),  # en dash
])
def test_abbreviations_and_variants(gaz, text, expected):
    assert expected in canon(gaz, text)


def test_typos_are_matched_fuzzily(gaz):
    assert "Sở Tài nguyên và Môi trường" in canon(gaz, "Sở Tài nguyen và Môi trường chủ trì")
    assert "Phòng Tài chính - Kế hoạch" in canon(gaz, "Phòng Tài chinh - Kế hoạch tham mưu")


def test_lower_case_activity_is_not_a_body(gaz):
    assert canon(gaz, "khắc phục hạn chế trong công tác thanh tra, kiểm tra") == []
    assert canon(gaz, "lực lượng công an các cấp") == []


def test_roles_subject_and_partners(gaz):
    r = roles(gaz, "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh; "
                   "Ủy ban nhân dân các huyện, thành phố tổ chức thực hiện.")
    assert r[0] == ("Sở Lao động - Thương binh và Xã hội", "lead")
    assert ("Liên đoàn Lao động tỉnh", "support") in r
    assert ("Ủy ban nhân dân các huyện, thành phố", "support") in r


def test_report_to_is_not_an_office(gaz):
    r = roles(gaz, "Giao Sở Khoa học và Công nghệ theo dõi và định kỳ sáu tháng báo cáo Uỷ ban nhân dân tỉnh về kết quả.")
    assert ("Sở Khoa học và Công nghệ", "lead") in r
    assert ("Ủy ban nhân dân tỉnh", "report-to") in r


def test_directed_and_advised_bodies_are_not_offices(gaz):
    assert roles(gaz, "Chỉ đạo Ủy ban nhân dân cấp xã xây dựng Đề án sắp xếp thôn.") == []
    assert roles(gaz, "Thành lập các đoàn công tác, tham mưu UBND tỉnh thành lập các Tổ công tác.") == []


def test_asked_bodies_and_titles(gaz):
    assert roles(gaz, "Sở Thông tin và Truyền thông đề nghị các đơn vị đăng ký danh sách trước ngày 22/12/2011.") == [("Các đơn vị", "lead")]
    r = roles(gaz, "Chủ tịch và các Phó Chủ tịch UBND huyện tổ chức giao ban vào chiều thứ Năm hằng tuần")
    assert [o for o, _ in r] == ["Chủ tịch Ủy ban nhân dân huyện", "Các Phó Chủ tịch Ủy ban nhân dân huyện"]


def test_assignment_value(gaz):
    r = [(x.office, x.role) for x in roles_in_assignment(
        "UBND các xã, thị trấn chủ trì; Công an huyện, Huyện đoàn phối hợp.", gaz)]
    assert r == [("Ủy ban nhân dân các xã, thị trấn", "lead"), ("Công an huyện", "support"), ("Huyện đoàn", "support")]
    r = [(x.office, x.role) for x in roles_in_assignment("Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố.", gaz)]
    assert r == [("Các sở, ban, ngành", "lead"), ("Ủy ban nhân dân các huyện, thành phố", "lead")]


def test_bare_units_in_a_list_are_their_committees(gaz):
    names = [n for n, _ in split_office_list("Các sở, ban, ngành, huyện, thị xã", gaz)]
    assert names == ["Các sở, ban, ngành", "Ủy ban nhân dân các huyện, thị xã"]
