"""office41: two levels of one rank printed without their comma ('các xã phường', 'các tỉnh thành phố')
read as the list they are (pipeline/extract/levelpairs.py), names given back as printed.

Texts: development m7 (Tổng cục Thuế's letter, 'Cục Thuế các tỉnh thành phố trực thuộc Trung ương'), pending
yu8 (a press item on Bộ LĐ-TB&XH's telegram, 'UBND các tỉnh thành phố trực thuộc trung ương'), development
za5 and za6 ('UBND các phường xã', 'UBND các xã phường' among the attendees of a meeting), and a commune
plan's steps written in the same way; none from a standing set."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.extract import extract_tasks
from pipeline.extract.levelpairs import comma_level_pairs, restore, restore_text
from pipeline.extract.offices import gazetteer_path, load_gazetteer, roles_in_sentence, subject_of
from pipeline.model import Document, OfficeRole, lines_from_text
from pipeline.structure import structure


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(gazetteer_path(Config().models_dir))


def _leads(text, gaz):
    return [r.office for r in roles_in_sentence(text, gaz) if r.role == "lead"]


def test_rewrite_keeps_length_and_gives_the_printed_pair_back():
    text = "Tổng cục Thuế đề nghị Cục Thuế các tỉnh thành phố trực thuộc Trung ương nghiêm túc chấn chỉnh"
    out, pairs = comma_level_pairs(text)
    assert len(out) == len(text)
    assert "các tỉnh,thành phố trực thuộc" in out
    assert restore_text("Cục Thuế các tỉnh,thành phố trực thuộc Trung ương", pairs) == \
        "Cục Thuế các tỉnh thành phố trực thuộc Trung ương"
    roles = restore([OfficeRole("Các tỉnh,thành phố", "lead", "các tỉnh,thành phố", "inline")], pairs)
    assert (roles[0].office, roles[0].text) == ("Các tỉnh thành phố", "các tỉnh thành phố")


@pytest.mark.parametrize("text", [
    "UBND các xã huyện Mường Tè tổ chức tuyên truyền",  # the communes of that district
    "các phường quận 1 thực hiện",  # the wards of district 1
    "các huyện thành phố Hà Nội thực hiện",  # the districts of the city
    "các xã, phường, thị trấn thực hiện",  # printed with its commas
    "Ủy ban nhân dân xã phường Bình An",  # no plural list
])
def test_pairs_that_are_no_list_are_left(text):
    assert comma_level_pairs(text) == (text, [])


def test_a_body_of_the_paired_levels_is_read_whole(gaz):
    # development m7: cut to 'Cục Thuế các tỉnh' before
    assert _leads("Tổng cục Thuế đề nghị Cục Thuế các tỉnh thành phố trực thuộc Trung ương nghiêm túc chấn chỉnh "
                  "công tác báo cáo kết quả thanh tra, kiểm tra.", gaz) == ["Cục Thuế các tỉnh thành phố trực thuộc Trung ương"]
    # pending yu8's committees of the provinces, as printed (lower-case 'trung ương')
    assert _leads("Bộ LĐ-TB&XH đề nghị UBND các tỉnh thành phố trực thuộc trung ương tạm thời chưa khảo sát hộ nghèo "
                  "trên địa bàn.", gaz) == ["UBND các tỉnh thành phố trực thuộc trung ương"]
    # za5's and za6's 'UBND các phường xã' / 'UBND các xã phường', asked
    assert _leads("UBND thành phố đề nghị UBND các phường xã tổ chức tuyên truyền đến nhân dân.", gaz) == ["UBND các phường xã"]


def test_bare_paired_levels_are_the_subject(gaz):
    assert _leads("Các xã phường tổ chức Ngày hội đọc sách tại nhà văn hóa của địa phương mình trong tháng 4.", gaz) \
        == ["Các xã phường"]
    assert _leads("UBND tỉnh đề nghị các huyện thị xã thực hiện treo cờ.", gaz) == ["Các huyện thị xã"]
    sub = subject_of("Các phường xã tổ chức ra quân vệ sinh môi trường trong tháng 5.", gaz)
    assert sub is not None and sub[0] == "Các phường xã"


def test_a_plan_step_with_the_bare_pair_is_a_task_with_its_office():
    text = ("ỦY BAN NHÂN DÂN THỊ XÃ\nSố: 15/KH-UBND\nKẾ HOẠCH\nTổ chức Ngày hội đọc sách năm 2024\n\n"
            "Các xã phường tổ chức Ngày hội đọc sách tại nhà văn hóa của địa phương mình trong tháng 4.\n"
            "Các phường xã tổ chức ra quân vệ sinh môi trường trong tháng 5.\n"
            "UBND thị xã đề nghị các xã phường, đơn vị chủ động bố trí kinh phí tổ chức.\n")
    cfg = Config()
    doc = structure(Document(doc_id="t", lines=lines_from_text(text)), cfg)
    tasks = extract_tasks(doc, load_gazetteer(gazetteer_path(cfg.models_dir)))[0]
    got = [[o.office for o in t.offices if o.role == "lead"] for t in tasks]
    assert got == [["Các xã phường"], ["Các phường xã"], ["Các xã phường"]]


def test_pairs_read_before_keep_their_reading(gaz):
    # 'xã thị trấn' was read before the rewrite; it reads the same
    assert _leads("UBND huyện đề nghị các xã thị trấn thực hiện treo cờ.", gaz) == ["Các xã thị trấn"]
    assert _leads("Về kinh phí tổ chức, UBND thị xã đề nghị các cơ quan, đơn vị chủ động bố trí kinh phí.", gaz) \
        == ["Các cơ quan, đơn vị"]
