"""office32: a Party post and a state post sharing a place, one level's Party committees named by their kinds, a level
qualifier before a mass organisation and 'trong <level>' after a plural, an item heading that names its lead without a
colon, the bodies of a second ask after 'đồng thời' (extract/offices.py, extract/qualifiers.py, extract/assign.py;
samples/gold/README.md 'Party committees and posts'; benchmarks/HISTORY.md, session 26).

Sentences in the forms of real text (unseen25 ev4, ev5, ev7, ev12; pending zf3; office_spans rows named in the cases)
read through the whole extractor as office_spans reads them."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.extract import extract_tasks
from pipeline.extract.offices import load_gazetteer
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure

GAZ = load_gazetteer()
HEAD = ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 15/UBND-VX\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Nghệ An, ngày 10 tháng 3 năm 2026\n\nCÔNG VĂN\nVề việc tổ chức thực hiện các nhiệm vụ\n\n")
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n"


def tasks(body: str):
    doc = structure(Document(doc_id="q", lines=lines_from_text(HEAD + body + "\n" + TAIL)), Config())
    return extract_tasks(doc, GAZ)[0]


def roles(body: str, k: int = 0) -> list[tuple[str, str]]:
    got = tasks(body)
    assert len(got) > k, body
    return [(r.office, r.role) for r in got[k].offices if r.role in ("lead", "support")]


def offices(body: str, k: int = 0) -> list[str]:
    return [o for o, _r in roles(body, k)]


@pytest.mark.parametrize("body,want", [
    # unseen25 ev4's form: the secretary heads no people's committee; the place goes with each post
    ("Chủ tịch UBND tỉnh yêu cầu Bí thư, Chủ tịch UBND các xã, phường lãnh đạo, chỉ đạo khẩn trương rà soát, đánh giá "
     "và thống kê thiệt hại do bão số 10.", ["Bí thư các xã, phường", "Chủ tịch UBND các xã, phường"]),
    # pending zf3's form, with two regions joined by a comma (one place, not a list of bodies)
    ("Bí thư, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố khu vực Bắc Bộ, Bắc Trung Bộ chỉ đạo tiếp tục rà soát, kêu "
     "gọi, hướng dẫn tàu thuyền về nơi tránh trú bão.",
     ["Bí thư các tỉnh, thành phố khu vực Bắc Bộ, Bắc Trung Bộ",
      "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố khu vực Bắc Bộ, Bắc Trung Bộ"]),
])
def test_a_party_post_and_a_state_post_share_only_the_place(body, want):
    assert offices(body) == want


def test_two_state_posts_still_share_the_body():
    # 'Chủ tịch, Phó Chủ tịch UBND các xã': both posts are the committee's
    assert offices("Yêu cầu Chủ tịch, Phó Chủ tịch UBND các xã, phường trực tiếp chỉ đạo công tác khắc phục hậu quả "
                   "mưa lũ.") == ["Chủ tịch UBND các xã, phường", "Phó Chủ tịch UBND các xã, phường"]


@pytest.mark.parametrize("body,want", [
    # unseen25 ev7's form: the committees of one level by their kinds, with the merger's bracket
    ("- Tỉnh ủy, Thành ủy (trước sáp nhập) phải xây dựng đề án không tổ chức cấp huyện, sáp nhập cấp xã.",
     ["Tỉnh ủy, Thành ủy (trước sáp nhập)"]),
    ("Đề nghị Huyện ủy, Thị ủy, Thành ủy phải chỉ đạo tổ chức đại hội chi bộ.", ["Huyện ủy, Thị ủy, Thành ủy"]),
    # two levels are two bodies
    ("Yêu cầu Tỉnh ủy, Huyện ủy phải chỉ đạo tổ chức đại hội chi bộ.", ["Tỉnh ủy", "Huyện ủy"]),
    # (07_ttg's organ over the pair, as before)
    ("Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo các cấp ủy đảng quán triệt nghiêm túc Kết luận số 34-KL/TW.",
     ["Ban Thường vụ Tỉnh ủy, Thành ủy"]),
])
def test_one_levels_party_committees_are_one_office(body, want):
    assert offices(body) == want


@pytest.mark.parametrize("body,want", [
    # unseen25 ev12's form
    ("Theo đó, tùy vào điều kiện thực tiễn của từng địa phương, đơn vị, các cấp hội LHPN trong tỉnh sẽ triển khai các "
     "nội dung phù hợp, trọng tâm là các phong trào thi đua.", ["các cấp hội LHPN trong tỉnh"]),
    ("Theo đó, Hội LHPN các cấp trong tỉnh sẽ triển khai các nội dung phù hợp.", ["Hội LHPN các cấp trong tỉnh"]),
    # pending zm4's form
    ("UBND tỉnh đề nghị các đoàn thể trong tỉnh tăng cường tuyên truyền phòng, chống dịch.", ["Các đoàn thể trong tỉnh"]),
    ("Yêu cầu UBND các xã, phường (mới) phải tiếp nhận hồ sơ từ ngày 01/7/2025.", ["UBND các xã, phường (mới)"]),
])
def test_which_bodies_qualifiers_stay_on_the_name(body, want):
    assert offices(body) == want


def test_a_body_of_its_own_takes_no_inside_qualifier():
    # 'trong tỉnh' after a named body is where it works, not which body
    assert offices("Sở Y tế phải kiểm tra các cơ sở khám bệnh trong tỉnh.") == ["Sở Y tế"]


LEAD_HEADING = ("Theo đó, Chủ tịch UBND tỉnh giao nhiệm vụ cụ thể cho từng sở, ban ngành và các địa phương thực hiện như "
                "sau:\n\n1. Sở Công Thương chủ trì, phối hợp với các sở, ngành, địa phương, đơn vị liên quan\n\n"
                "a) Chủ động nắm bắt tình hình cung ứng hàng hóa, theo dõi sát diễn biến thị trường.\n\n"
                "b) Tổ chức kiểm tra, giám sát việc niêm yết giá.\n\n"
                "2. Sở Y tế chủ trì, phối hợp với Công an tỉnh\n\n"
                "a) Tăng cường kiểm tra an toàn thực phẩm trong dịp Tết.\n")


def test_an_item_heading_naming_its_lead_without_a_colon_gives_the_items_its_bodies():
    got = tasks(LEAD_HEADING)
    by_section = {t.section: [(r.office, r.role) for r in t.offices if r.role in ("lead", "support")] for t in got}
    want_1 = [("Sở Công Thương", "lead"), ("Các sở, ngành, địa phương, đơn vị liên quan", "support")]
    assert by_section["1 > a"] == want_1 and by_section["1 > b"] == want_1, by_section
    assert by_section["2 > a"] == [("Sở Y tế", "lead"), ("Công an tỉnh", "support")], by_section


def test_a_heading_with_a_topic_of_its_own_is_no_lead_heading():
    from pipeline.extract.assign import lead_heading_roles
    assert lead_heading_roles("Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra an toàn thực phẩm", GAZ) == []
    assert [r.office for r in lead_heading_roles("Sở Y tế chủ trì", GAZ)] == ["Sở Y tế"]


def test_a_second_ask_after_dong_thoi_names_the_doers_when_the_first_names_none():
    # office batch 53's form (ob53-002): 'giao nhiệm vụ cụ thể' names nobody; 'đồng thời, yêu cầu X' does
    assert offices("Tại kế hoạch, UBND tỉnh cũng giao nhiệm vụ cụ thể, đồng thời, yêu cầu các sở, ban, ngành, UBND các "
                   "huyện phải chủ động xây dựng kế hoạch thực hiện.") == ["Các sở, ban, ngành", "UBND các huyện"]
