"""Offices after a long opening clause, and units named by the body they stand under (session 29, office36, issue 5).

(1) 'Quán triệt ... và để ..., Chủ tịch UBND tỉnh yêu cầu các sở ...' with the opening clause past 300
characters (office batch 57's ob57-006; the development gold's Chỉ thị 21/CT-TTg, '..., Thủ tướng Chính phủ
yêu cầu các bộ, ngành, địa phương khẩn trương thực hiện các nhiệm vụ sau đây:'): the subject reader scanned
only the first 300 characters' commas, so the ask and its addressees were never reached
(extract/longopener.py). (2) 'các đơn vị trực thuộc UBND huyện' is one office, the units with the body
they belong to (extract/underbody.py), as the gold writes it.

The sentences are written here in those shapes; none is copied from a scored text."""
from __future__ import annotations

import pytest

from conftest import process_text, responsible
from pipeline.extract.longopener import WINDOW, late_issuer_subject
from pipeline.extract.offices import _subject_at, roles_in_sentence
from pipeline.extract.underbody import join_units_to_parent
from pipeline.model import OfficeRole

# an opening clause of grounds and purpose, about 330 characters, with no ';' or ':'
_OPENER = ("Quán triệt tinh thần Chỉ thị số 05/CT-TTg ngày 02/3/2021 của Thủ tướng Chính phủ về việc tăng cường "
           "công tác bảo đảm an toàn thực phẩm trong tình hình mới và để tiếp tục phát huy các kết quả đã đạt được "
           "trong những năm qua, khắc phục các tồn tại, hạn chế, phấn đấu hoàn thành các mục tiêu, nhiệm vụ mà Nghị "
           "quyết của Hội đồng nhân dân tỉnh về phát triển kinh tế - xã hội đã đề ra cho giai đoạn tới")


def _doers(text: str, gaz) -> list[str]:
    return [r.office for r in roles_in_sentence(text, gaz) if r.role in ("lead", "support")]


def test_the_opener_is_longer_than_the_window():
    assert len(_OPENER) > WINDOW


@pytest.mark.parametrize("ask,expected", [
    ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, ban, ngành và Chủ tịch UBND các huyện, thành phố triển khai thực hiện nghiêm các nội dung sau",
     ["Giám đốc các sở, ban, ngành", "Chủ tịch UBND các huyện, thành phố"]),
    ("Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương khẩn trương thực hiện các nhiệm vụ sau đây",
     ["Các bộ, ngành, địa phương"]),
    ("UBND huyện đề nghị Ủy ban MTTQ Việt Nam huyện phối hợp tuyên truyền sâu rộng trong nhân dân",
     ["Ủy ban MTTQ Việt Nam huyện"]),
])
def test_ask_after_a_long_opener_names_its_addressees(ask, expected, gaz):
    assert _doers(_OPENER + ", " + ask + ".", gaz) == expected


def test_short_opener_reads_as_before(gaz):
    # (the 300-character scan still decides a short opener; the new reader never runs there)
    text = "Để tiếp tục phát huy các kết quả đã đạt được, Chủ tịch UBND tỉnh yêu cầu các sở, ngành triển khai kế hoạch."
    assert _doers(text, gaz) == ["Các sở, ngành"]


@pytest.mark.parametrize("tail", [
    # a body after the long opener that does the work itself, no ask: left to the readers before
    "UBND tỉnh đã ban hành nhiều văn bản chỉ đạo các sở, ngành.",
    # a ';' inside the opener: a list, not one opening clause
    "UBND tỉnh yêu cầu các sở, ngành triển khai kế hoạch.",
])
def test_late_reader_limits(tail, gaz):
    text = _OPENER + ", " + tail
    if "đã ban hành" in tail:
        assert late_issuer_subject(text, lambda t: _subject_at(t, gaz)) is None
    else:
        listed = _OPENER.replace(" và để", "; để", 1) + ", " + tail
        assert late_issuer_subject(listed, lambda t: _subject_at(t, gaz)) is None
        assert late_issuer_subject(text, lambda t: _subject_at(t, gaz)) is not None


def test_ask_without_an_addressee_gives_no_late_subject(gaz):
    text = _OPENER + ", UBND tỉnh yêu cầu tăng cường kiểm tra, xử lý nghiêm các vi phạm."
    assert late_issuer_subject(text, lambda t: _subject_at(t, gaz)) is None


@pytest.mark.parametrize("text,expected", [
    ("UBND huyện yêu cầu các đơn vị trực thuộc UBND huyện rà soát, báo cáo kết quả.", ["Các đơn vị trực thuộc UBND huyện"]),
    ("Giám đốc Sở yêu cầu các trường học trực thuộc Sở Giáo dục và Đào tạo tổ chức kiểm tra.",
     ["Các trường học trực thuộc Sở Giáo dục và Đào tạo"]),
    ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành, các đơn vị trực thuộc UBND tỉnh và UBND các huyện triển khai kế hoạch.",
     ["Các sở, ngành", "Các đơn vị trực thuộc UBND tỉnh", "UBND các huyện"]),
    # (a list of kinds before 'trực thuộc' was already read whole: unchanged)
    ("UBND huyện yêu cầu các cơ quan, đơn vị trực thuộc UBND huyện triển khai kế hoạch.", ["Các cơ quan, đơn vị trực thuộc UBND huyện"]),
])
def test_units_under_a_body_are_one_office(text, expected, gaz):
    assert _doers(text, gaz) == expected


def test_join_needs_the_two_side_by_side():
    roles = [OfficeRole(office="Các đơn vị trực thuộc", role="lead", text="các đơn vị trực thuộc"),
             OfficeRole(office="UBND huyện", role="lead", text="UBND huyện")]
    apart = "Yêu cầu các đơn vị trực thuộc, đồng thời UBND huyện kiểm tra."
    assert [r.office for r in join_units_to_parent(apart, roles)] == ["Các đơn vị trực thuộc", "UBND huyện"]
    together = "Yêu cầu các đơn vị trực thuộc UBND huyện kiểm tra."
    assert [r.office for r in join_units_to_parent(together, roles)] == ["Các đơn vị trực thuộc UBND huyện"]
    # (a report-to body is never joined)
    told = [roles[0], OfficeRole(office="UBND huyện", role="report-to", text="UBND huyện")]
    assert len(join_units_to_parent(together, told)) == 2


def test_whole_directive_with_a_long_opener(tmp_path):
    text = ("ỦY BAN NHÂN DÂN TỈNH BÌNH MINH\n\nSố: 07/CT-UBND\n\nCHỈ THỊ\nVề việc bảo đảm an toàn thực phẩm\n\n"
            + _OPENER + ", Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, ban, ngành và Chủ tịch UBND các huyện, thành phố "
            "triển khai thực hiện nghiêm các nội dung sau đây.\n")
    doc = process_text(tmp_path, text)
    assert responsible(doc, "Quán triệt tinh thần") == ["Giám đốc các sở, ban, ngành", "Chủ tịch UBND các huyện, thành phố"]
