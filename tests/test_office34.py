"""Offices in running prose (session 28, office34, issue 5; measure27's (O1) and (O2)).

(O2) Two asks in one sentence, each naming its own addressees, then the work named once ('yêu cầu A, B và
đề nghị C bố trí ...'): both lists are the doers, co-equal (extract/twoasks.py, called from
offices._normalise_asks). Only when the stretch between the two verbs is a list of bodies and nothing
else: 'giao Sở Y tế tổng hợp và đề nghị Bộ Y tế hỗ trợ' may be the Sở's own proposal, and stays read as
before.
(O1) 'Làm tốt công tác ...' opens a point on its verb ('do well the work of ...'), so the point goes on
with the body of the sentence before it, as 'Duy trì ...' and 'Tăng cường ...' do (tasks.ACTION_VERBS):
a point after it is no longer cut off from the lead either.

The sentences below are written here, in the shapes counted on the gazette corpus, samples/text and
samples/unseen_repair (aa10's 'yêu cầu các sở, ban, ngành tỉnh, ủy ban nhân dân các huyện, thành phố và
đề nghị các tổ chức đoàn thể tỉnh thực hiện ...:'); none is copied from a scored text."""
from __future__ import annotations

import pytest

from conftest import process_text, responsible
from pipeline.extract.offices import _opens_on_a_body, gazetteer_path, load_gazetteer, split_office_list
from pipeline.config import Config
from pipeline.extract.twoasks import only_bodies, two_asks_as_one


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(gazetteer_path(Config().models_dir))


def _read(text: str, gaz) -> str:
    return two_asks_as_one(text, lambda s: split_office_list(s, gaz), lambda rest: _opens_on_a_body(rest, gaz))


@pytest.mark.parametrize("text,expected", [
    ("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành và đề nghị Ủy ban MTTQ Việt Nam tỉnh tăng cường tuyên truyền.",
     "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành và Ủy ban MTTQ Việt Nam tỉnh tăng cường tuyên truyền."),
    ("Giám đốc Sở yêu cầu Hạt Kiểm lâm các huyện, các chủ rừng nhà nước, đề nghị UBND các xã bố trí lực lượng tuần tra.",
     "Giám đốc Sở yêu cầu Hạt Kiểm lâm các huyện, các chủ rừng nhà nước, UBND các xã bố trí lực lượng tuần tra."),
])
def test_two_asks_read_as_one_list(text, expected, gaz):
    assert _read(text, gaz) == expected


@pytest.mark.parametrize("text", [
    # the first body has work of its own before the second verb: its own proposal, perhaps
    "UBND tỉnh giao Sở Y tế tổng hợp nhu cầu và đề nghị Bộ Y tế hỗ trợ vắc xin cho tỉnh.",
    # a request received is no ask
    "Xét đề nghị của Sở Nội vụ và đề nghị của Sở Tài chính, Chủ tịch UBND tỉnh quyết định.",
    # 'đồng thời' is the older reading's (offices._ALSO_ASKS_RE)
    "UBND tỉnh yêu cầu các sở, ngành, đồng thời đề nghị Ủy ban MTTQ tỉnh phối hợp tuyên truyền.",
    # no second ask
    "UBND tỉnh yêu cầu các sở, ngành và UBND các huyện tăng cường kiểm tra.",
])
def test_other_sentences_unchanged(text, gaz):
    assert _read(text, gaz) == text


def test_only_bodies(gaz):
    def split(s):
        return split_office_list(s, gaz)
    assert only_bodies("Thủ trưởng các đơn vị trực thuộc, các chủ rừng nhà nước", split)
    assert not only_bodies("Sở Y tế chủ trì theo dõi tình hình dịch bệnh", split)


def test_both_lists_do_the_work(tmp_path):
    text = ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã và đề nghị "
            "Ủy ban MTTQ Việt Nam tỉnh tăng cường tuyên truyền, vận động Nhân dân phòng, chống cháy rừng.\n")
    doc = process_text(tmp_path, text)
    names = [n.casefold() for n in responsible(doc, "Chủ tịch UBND tỉnh yêu cầu")]
    assert names == ["giám đốc các sở, ban, ngành tỉnh", "chủ tịch ubnd các huyện, thị xã", "ủy ban mttq việt nam tỉnh"]


def test_a_lead_in_hands_both_lists_to_its_points(tmp_path):
    text = ("Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành tỉnh, UBND các huyện, thành phố và đề nghị các tổ chức "
            "đoàn thể tỉnh thực hiện một số nội dung sau:\n"
            "1. Tăng cường kiểm tra an toàn phòng cháy, chữa cháy tại các chợ và khu dân cư.\n"
            "2. Tổ chức tuyên truyền kỹ năng thoát nạn khi có cháy cho Nhân dân.\n")
    doc = process_text(tmp_path, text)
    for start in ("Tăng cường kiểm tra an toàn", "Tổ chức tuyên truyền kỹ năng"):
        assert "các tổ chức đoàn thể tỉnh" in [n.casefold() for n in responsible(doc, start)]


def test_a_proposal_of_the_first_body_is_not_an_ask(tmp_path):
    text = "UBND tỉnh giao Sở Y tế tổng hợp nhu cầu và đề nghị Bộ Y tế hỗ trợ vắc xin cho tỉnh.\n"
    doc = process_text(tmp_path, text)
    assert [n.casefold() for n in responsible(doc, "UBND tỉnh giao Sở Y tế")] == ["sở y tế"]


def test_lam_tot_goes_on_with_the_lead(tmp_path):
    text = ("Giám đốc Sở Nông nghiệp và PTNT tỉnh yêu cầu các đơn vị tăng cường phòng cháy rừng trong mùa khô.\n"
            "Chi cục Kiểm lâm chủ trì, phối hợp với các đơn vị liên quan kiểm tra các khu rừng có nguy cơ cháy cao. "
            "Làm tốt công tác thông tin, dự báo, cảnh báo cháy rừng. Duy trì nghiêm chế độ trực ban 24/24 giờ.\n")
    doc = process_text(tmp_path, text)
    # the lead reaches the points; the partners stay with the sentence that named them
    assert [n.casefold() for n in responsible(doc, "Làm tốt công tác")] == ["chi cục kiểm lâm"]
    assert [n.casefold() for n in responsible(doc, "Duy trì nghiêm")] == ["chi cục kiểm lâm"]
