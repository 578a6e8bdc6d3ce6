"""Plans and programmes of ministries, the Prime Minister and the Politburo (blind round 2,
samples b1-b5): rules that the first blind pass showed missing, tested on the real files."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.assign import heading_offices
from pipeline.extract.offices import split_office_list, tone_insensitive

from conftest import office_names as names  # noqa: E402
from conftest import run_sample as run  # noqa: E402
from conftest import task_starting as task  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TEXT = ROOT / "samples" / "text"


@pytest.fixture(scope="module")
def b4():
    return run("b4")


def test_tone_insensitive_pattern_matches_both_placements():
    import re
    pat = re.compile(tone_insensitive(r"đảng\s+ủy|hòa"), re.I)
    assert pat.fullmatch("Đảng uỷ") and pat.fullmatch("Đảng ủy")
    assert pat.fullmatch("hoà") and pat.fullmatch("hòa")


def test_old_style_party_committee_heading_is_one_office(gaz):
    # 'Đảng uỷ Quốc hội' (old tone placement) is one body, as 'Đảng ủy Quốc hội' is
    assert [r.office for r in heading_offices("Đảng uỷ Quốc hội", gaz)] == ["Đảng uỷ Quốc hội"]
    assert [r.office for r in heading_offices("Quân uỷ Trung ương", gaz)] == ["Quân uỷ Trung ương"]


def test_a_collective_narrowed_to_a_level_and_a_body_narrowed_by_its_parent(gaz):
    assert [r.office for r in heading_offices("Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương", gaz)] == \
        ["Đảng uỷ Mặt trận Tổ quốc", "Các đoàn thể Trung ương"]
    assert [r.office for r in heading_offices("Đảng uỷ các bộ, ngành thuộc Đảng uỷ Chính phủ", gaz)] == \
        ["Đảng uỷ các bộ, ngành thuộc Đảng uỷ Chính phủ"]
    # the provinces' and cities' Party committees are one addressee, as gold b4 writes them
    assert [n for n, _w in split_office_list("Các tỉnh uỷ, thành uỷ", gaz)] == ["Các tỉnh uỷ, thành uỷ"]


def test_politburo_programme_items_take_the_party_body_of_their_heading(b4):
    assert names(task(b4, "Lãnh đạo, chỉ đạo rà soát, bổ sung các nhiệm vụ lập pháp")) == ["Đảng uỷ Quốc hội"]
    assert names(task(b4, "Chủ động tổ chức, rà soát, điều chỉnh các chiến lược")) == ["Quân uỷ Trung ương"]
    t = task(b4, "Chủ trì, phối hợp với Đảng uỷ Viện Kiểm sát nhân dân tối cao")
    assert names(t)[0] == "Đảng uỷ Công an Trung ương"
    assert "Đảng uỷ Viện Kiểm sát nhân dân tối cao" in names(t)
    assert names(task(b4, "Xây dựng kế hoạch và tổ chức triển khai thực hiện hiệu quả Kết luận")) == \
        ["Đảng uỷ các bộ, ngành thuộc Đảng uỷ Chính phủ"]


def test_ocr_h_for_ii_in_a_party_roman_heading():
    from pipeline.structure.labels import parse_label, value
    lab = parse_label("HI- TỎ CHỨC THỰC HIỆN")
    assert lab.style == "roman" and lab.label == "HI" and value(lab.style, lab.label) == (3,)
    assert parse_label("HI. Xây dựng kế hoạch") is None or parse_label("HI. Xây dựng kế hoạch").style != "roman"
    assert parse_label("H. Hà Nội").style == "letter"


def test_politburo_programme_sections_under_the_ocr_roman_heading(b4):
    assert task(b4, "Lãnh đạo, chỉ đạo rà soát, bổ sung các nhiệm vụ lập pháp").section == "HI > 1 > a"


def test_first_item_after_an_elision_opens_its_list():
    # 'Điều 1. ... sau:' '[…]' '6. Tổ chức thực hiện': items 1-5 were left out of the excerpt
    doc = run("b5")
    assert task(doc, "Chủ trì, phối hợp với các bộ, ngành liên quan, Ủy ban nhân dân").section == "Điều 1 > 6 > b"


def test_bar_header_over_a_body_printed_one_cell_a_line():
    # b1's Phụ lục: '| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |', its
    # separator, then every body cell on a line of its own ('1', 'a)', content, lead, partners, time)
    doc = run("b1")
    t = next(t for t in doc.tasks if t.text.startswith("Tổ chức Hội nghị phổ biến, triển khai Nghị định"))
    assert t.section == "1 > a"
    assert names(t) == ["Cục Lâm nghiệp và Kiểm lâm", "Vụ Pháp chế", "Các cơ quan, đơn vị có liên quan"] or \
        names(t)[:2] == ["Cục Lâm nghiệp và Kiểm lâm", "Vụ Pháp chế"]
    assert str(t.deadline) == "2026-12-31"  # 'Quý III, IV/2026'
    # no cell of the table is read as a task of its own
    assert not any(t.text in ("Cục Lâm nghiệp và Kiểm lâm", "Thường xuyên") for t in doc.tasks)


def test_a_time_cell_listing_periods_ends_with_the_last():
    from pipeline.extract import _latest_period
    assert str(_latest_period("Quý III, IV/2026, 2027", 2026).date) == "2027-12-31"
    assert str(_latest_period("Quý IV/2026 - 2027", 2026).date) == "2027-12-31"
    assert str(_latest_period("Quý II, III/2026", 2026).date) == "2026-09-30"
    assert _latest_period("Thường xuyên", 2026).date is None
    doc = run("b1")
    t = next(t for t in doc.tasks if t.text.startswith("Xây dựng kế hoạch thực hiện NDC"))
    assert str(t.deadline) == "2027-12-31"


def test_attached_plan_takes_the_number_and_date_of_its_decision():
    doc = run("b3")
    assert doc.header.number == "1422/QĐ-TTg" and str(doc.header.date) == "2024-11-19"
    # the yearly report 'trước ngày 25 tháng 12' falls due first in the plan's own year
    t = task(doc, "Thực hiện giám sát và đánh giá các hoạt động thích ứng")
    assert str(t.deadline) == "2024-12-25" and t.recurrence == "yearly"


def test_a_monitoring_and_evaluation_heading_holds_duties_not_a_review():
    from pipeline.extract.tasks import REVIEW_HEADING_RE
    assert not REVIEW_HEADING_RE.search("GIÁM SÁT VÀ ĐÁNH GIÁ")
    assert REVIEW_HEADING_RE.search("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN")
    doc = run("b3")
    t = task(doc, "Các bộ, ngành và Ủy ban nhân dân các tỉnh, thành phố trực thuộc")
    assert "Các bộ, ngành" in names(t)


def test_bullets_under_an_item_that_opens_with_its_body_are_that_body_s_duties():
    doc = run("b2")
    for start in ("Ban hành theo thẩm quyền hoặc trình cấp", "Theo dõi, giám sát việc thực hiện mục tiêu"):
        assert names(task(doc, start)) == ["Bộ Tài nguyên và Môi trường"]
    # the item's partners stay with the item's own sentence
    assert "Các Bộ, ngành" in " ".join(names(task(doc, "Bộ Tài nguyên và Môi trường chủ trì, phối hợp")))
