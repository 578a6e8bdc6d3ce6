"""The Youth Union of a city, a town and an urban district read as a body (session 30, office39, issue 5;
measure30's (O19)).

'Thành đoàn', 'Thị đoàn' and 'Quận đoàn' are the Youth Union's committees at the levels where the Party
has 'Thành ủy', 'Thị ủy', 'Quận ủy'; the gazetteer knew only 'Tỉnh đoàn' and 'Huyện đoàn', so 'Thành
đoàn Hà Nội chủ động phối hợp với Sở ...' gave its work to the partner alone and 'Thị đoàn phối hợp
với UBND phường ...' (office_spans ob27-016) lost its doer.  Written in models/build_gazetteer.py
(HAND) and models/gazetteer.tsv rebuilt from the gazette corpus (three rows added, nothing else moved).

The sentences below are written here in those shapes; none is copied from a scored text."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from conftest import process_text, responsible

ROOT = Path(__file__).resolve().parent.parent

DOC = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 312/KH-UBND
KẾ HOẠCH
Tổ chức ngày hội việc làm cho thanh niên năm 2025

I. TỔ CHỨC THỰC HIỆN
{body}

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_gazetteer_holds_the_three_levels():
    with open(ROOT / "models" / "gazetteer.tsv", encoding="utf-8") as fh:
        names = {row["canonical"] for row in csv.DictReader(fh, delimiter="\t")}
    assert {"Tỉnh đoàn", "Huyện đoàn", "Thành đoàn", "Thị đoàn", "Quận đoàn"} <= names


@pytest.mark.parametrize("body, start, lead, partner", [
    ("1. Thành đoàn Hà Nội chủ động phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức ngày hội việc "
     "làm cho thanh niên trong tháng 3 năm 2025.", "Thành đoàn Hà Nội", "thành đoàn hà nội",
     "sở lao động - thương binh và xã hội"),
    ("1. Thị đoàn phối hợp với UBND các phường chuẩn bị lực lượng thanh niên tình nguyện tham gia ngày hội.",
     "Thị đoàn phối hợp", "thị đoàn", "ubnd các phường"),
    ("1. Quận đoàn Ba Đình chủ trì, phối hợp với Phòng Văn hóa và Thông tin quận tuyên truyền về ngày hội.",
     "Quận đoàn Ba Đình", "quận đoàn ba đình", "phòng văn hóa và thông tin quận"),
])
def test_youth_union_is_the_doer(tmp_path, body, start, lead, partner):
    doc = process_text(tmp_path, DOC.format(body=body))
    got = [o.lower() for o in responsible(doc, start)]
    assert got and got[0] == lead, got
    assert partner in got, got


def test_youth_union_asked(tmp_path):
    body = "1. Giao Thành Đoàn chủ trì tổ chức các hoạt động tư vấn hướng nghiệp cho đoàn viên, thanh niên."
    doc = process_text(tmp_path, DOC.format(body=body))
    got = [o.lower() for o in responsible(doc, "Giao Thành Đoàn")]
    assert got == ["thành đoàn"], got


def test_becoming_a_member_is_no_body(tmp_path):
    # 'trở thành đoàn viên' / 'trưởng thành đoàn viên': the words in lower case inside another phrase
    body = ("1. Các chi đoàn tổ chức lễ kết nạp cho những thanh niên ưu tú trở thành đoàn viên "
            "Đoàn TNCS Hồ Chí Minh trong tháng 3 năm 2025.")
    doc = process_text(tmp_path, DOC.format(body=body))
    got = [o.lower() for o in responsible(doc, "Các chi đoàn")]
    assert not any("thành đoàn" in o for o in got), got
