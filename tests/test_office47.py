"""Session 34, office47 (issue 5, (W)): the directing body an item retells as speaking, and the plural of a
commune's residential units as doers.

(W) samples/gold/README.md's one convention for 'the speaker chỉ đạo X' lists neither the speaker nor X nor
the points that carry the directing on; the speaker is the header's issuer or, where none is read, the body
the item's lead names as acting, written there another way ('Công an TX. Giá Rai' / 'Công an thị xã', 'UBND
tỉnh' / 'tỉnh', 'Ban Giám đốc Công an tỉnh' / 'Lãnh đạo Công an tỉnh') (extract/itemspeaker.py).  A body that
is not the speaker keeps its office when it directs.  Collectives: 'các khu phố / khu dân cư / xóm / ấp' as
doers are offices as written, as 'các thôn' and 'các tổ dân phố' already were (offices.BODY_HEAD_RE).

The texts are the pending gold's (fb3, fs3, zn3, et2, yo10, yo7) and development gold sentences (ye3, d2,
ye2), read whole where the speaker comes from the document; none is from a standing set or a never-tuned
batch.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.extract import extract_tasks
from pipeline.extract.itemspeaker import lead_speaker, same_body, speaker_directing_roles
from pipeline.extract.offices import load_gazetteer, roles_in_sentence
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure

PENDING = Path(__file__).resolve().parents[1] / "samples" / "gold" / "pending"


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _doers(gaz, text: str) -> list[str]:
    return [r.office for r in roles_in_sentence(text, gaz) if r.role in ("lead", "support")]


def _tasks(gaz, prefix: str):
    path = next(PENDING.glob(prefix + "_*.clean.txt"))
    doc = structure(Document(doc_id=prefix, lines=lines_from_text(path.read_text(encoding="utf-8"))), Config())
    return [(t.text, [r.office for r in t.offices if r.role in ("lead", "support")]) for t in extract_tasks(doc, gaz)[0]]


# --- one body written two ways ---------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Công an thị xã", "Công an TX. Giá Rai"),
    ("tỉnh", "UBND tỉnh"),
    ("Lãnh đạo Công an tỉnh", "Ban Giám đốc Công an tỉnh"),
    ("huyện Quảng Trạch", "Huyện Quảng Trạch"),
    ("Chủ tịch UBND huyện Hậu Lộc - ông Nguyễn Văn Luệ", "UBND huyện Hậu Lộc"),
])
def test_same_body(a, b):
    assert same_body(a, b)


@pytest.mark.parametrize("a, b", [
    ("Công an tỉnh", "Văn phòng UBND tỉnh Hà Tĩnh"),   # another kind at the same level (development ye3)
    ("UBND huyện", "UBND tỉnh Quảng Bình"),            # another level
    ("UBND huyện Hậu Lộc", "UBND huyện Hiệp Hòa"),     # another place
    ("Bộ Tài chính", "Chính phủ"),
])
def test_other_bodies(a, b):
    assert not same_body(a, b)


# --- (W) the item's speaker directing, read whole ---------------------------------------------------------------

def test_police_item_directing_and_its_points(gaz):
    # pending fb3: the town police's plan retold; its directing and the two points after it list no office
    got = _tasks(gaz, "fb3")
    assert [t for t, _o in got][0].startswith("Theo đó, Công an thị xã chỉ đạo")
    assert all(offices == [] for _t, offices in got), got


def test_district_directing_and_its_chairman_s_ask(gaz):
    # pending fs3: no header issuer; the lead names 'UBND huyện Hậu Lộc' acting
    got = _tasks(gaz, "fs3")
    assert len(got) == 3 and all(offices == [] for _t, offices in got), got


def test_bare_province_directing_keeps_the_asks_around_it(gaz):
    # pending zn3: 'tỉnh chỉ đạo các địa phương' is the speaker's directing; the asks keep their addressees
    got = dict(_tasks(gaz, "zn3"))
    directing = next(t for t in got if t.startswith("Bên cạnh đó, tỉnh chỉ đạo"))
    assert got[directing] == []
    assert got[next(t for t in got if t.startswith("Trong khi đó, tại tỉnh Kon Tum"))] == ["Các địa phương"]


def test_lead_speaker_of_a_press_item(gaz):
    lines = ["Ngày 8.7, UBND huyện Hậu Lộc đã thành lập đoàn kiểm tra sự việc báo Lao Động phản ánh."]
    assert lead_speaker(lines, gaz) == ("UBND huyện Hậu Lộc", lines[0])


def test_another_body_directing_keeps_its_office(gaz):
    # development ye3 (issuer 'Văn phòng UBND tỉnh Hà Tĩnh'): the provincial police is assigned, not the speaker
    text = ("Công an tỉnh chỉ đạo Công an các địa phương phối hợp bảo đảm an ninh trật tự trong quá trình giải "
            "phóng mặt bằng và cưỡng chế thu hồi đất.")
    roles = roles_in_sentence(text, gaz)
    kept, directing = speaker_directing_roles(text, roles, "Văn phòng UBND tỉnh Hà Tĩnh", gaz)
    assert directing is None and kept == roles and "Công an tỉnh" in [r.office for r in kept]


def test_plural_directing_body_is_no_speaker(gaz):
    text = "UBND các huyện chỉ đạo các xã tổ chức ra quân vệ sinh môi trường."
    roles = roles_in_sentence(text, gaz)
    assert speaker_directing_roles(text, roles, "UBND tỉnh Quảng Bình", gaz) == (roles, None)


def test_a_subject_run_on_into_a_clause_is_no_speaker(gaz):
    # pending yo7: the subject reader runs 'chọn ... làm điểm' into the name; the choice keeps its doer
    got = _tasks(gaz, "yo7")
    first = next(o for t, o in got if t.startswith("Theo kế hoạch, Ban Thường trực Ủy ban MTTQ huyện chọn"))
    assert first == ["Ban Thường trực Ủy ban MTTQ huyện"], first


# --- collectives ---------------------------------------------------------------------------------------------------

def test_residential_areas_asked(gaz):
    # pending et2
    got = _doers(gaz, "Trước tình hình trên, UBND xã đã yêu cầu các khu dân cư tiếp tục rà soát, thống kê thiệt hại, "
                      "kịp thời huy động các nguồn lực tại chỗ.")
    assert got == ["Các khu dân cư"], got


def test_counted_quarters_as_doers(gaz):
    # pending yo10 (office43's count, now with 'khu phố' a kind of body)
    got = _doers(gaz, "13 khu phố còn lại sẽ thực hiện phát quà cho bà con trong ngày 1/9.")
    assert got == ["13 khu phố còn lại"], got


@pytest.mark.parametrize("text, want", [
    ("Các xóm tổ chức ra quân vệ sinh môi trường vào sáng thứ Bảy hằng tuần.", ["Các xóm"]),
    ("UBND phường yêu cầu các khu phố tiếp tục rà soát, thống kê thiệt hại.", ["Các khu phố"]),
])
def test_other_units_as_doers(gaz, text, want):
    assert _doers(gaz, text) == want


@pytest.mark.parametrize("text, want", [
    # development ye2: the areas are what is checked
    ("Rà soát các khu dân cư ven sông, suối, vùng có nguy cơ sạt lở đất, lũ quét; tổ chức di dời người dân đến nơi an toàn.", []),
    # development d2: where the festival is held
    ("Phòng Văn hóa - Xã hội chủ trì tổ chức các hoạt động kỷ niệm; chuẩn bị điều kiện tổ chức Ngày hội Đại đoàn kết "
     "toàn dân tộc ở các khu dân cư trong tháng 11/2025.", ["Phòng Văn hóa - Xã hội"]),
])
def test_residential_areas_as_places_are_no_doers(gaz, text, want):
    assert _doers(gaz, text) == want
