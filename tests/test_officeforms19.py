"""forms19: office names in their full form (extract/officeforms.py) and the one list of document
words the reported-ask readers share (extract/docwords.py)."""
from __future__ import annotations

import re

import pytest

from conftest import process_text
from pipeline.extract import relay, reportask
from pipeline.extract.docwords import ASK_DOCUMENT_WORDS, ask_document_alternation
from pipeline.extract.officeforms import (carry_list_place, full_office_forms, issuer_place,
                                          issuer_place_canonical, keep_level_run, split_glued_speaker)
from pipeline.model import OfficeRole


def _r(office, role="lead", text=None):
    return OfficeRole(office=office, role=role, text=text or office)


# -- the speaker glued to the asked body -----------------------------------------------------------------

@pytest.mark.parametrize("glued,want", [
    ("Cục đề nghị các địa phương, đơn vị", "Các địa phương, đơn vị"),
    ("Cục đề nghị Sở Du lịch", "Sở Du lịch"),
    ("UBND tỉnh yêu cầu Sở Y tế", "Sở Y tế"),
    ("Bộ cũng đề nghị các Sở Giáo dục và Đào tạo", "Các Sở Giáo dục và Đào tạo"),
    ("Sở Công Thương kiến nghị UBND các huyện", "UBND các huyện"),
])
def test_the_asked_body_not_the_speaker(glued, want):
    assert [r.office for r in split_glued_speaker([_r(glued)])] == [want]


@pytest.mark.parametrize("name", [
    "Ban Chỉ đạo phòng, chống dịch tỉnh",     # no ask verb
    "Hội đồng thẩm định",
    "người dân đề nghị Sở X",                 # no body's head as speaker
    "Cục đề nghị Sở",                          # the asked part too short to be a name
])
def test_names_without_a_glued_speaker_stay(name):
    assert [r.office for r in split_glued_speaker([_r(name)])] == [name]


def test_a_split_that_repeats_another_office_is_dropped():
    roles = split_glued_speaker([_r("Cục đề nghị Sở Du lịch"), _r("Sở Du lịch")])
    assert [r.office for r in roles] == ["Sở Du lịch"]


@pytest.mark.parametrize("name,want", [
    ("Đài Phát thanh - Truyền hình tỉnh đưa tin", "Đài Phát thanh - Truyền hình tỉnh"),
    ("Công an xã khẩn trương", "Công an xã"),
    ("UBND các huyện tăng cường", "UBND các huyện"),
    ("Báo Đưa tin", "Báo Đưa tin"),           # capitalised: a name
    ("Ban tăng cường", "Ban tăng cường"),     # nothing left but a head
])
def test_a_verb_read_into_the_name_s_end(name, want):
    from pipeline.extract.officeforms import trim_verb_tail
    assert [r.office for r in trim_verb_tail([_r(name)])] == [want]


# -- a run of levels after the name ---------------------------------------------------------------------

@pytest.mark.parametrize("name,text,want", [
    ("Đài truyền thanh huyện", "Giao Đài truyền thanh huyện, thị xã, thành phố đưa tin thường xuyên.",
     "Đài truyền thanh huyện, thị xã, thành phố"),
    ("Trung tâm Y tế huyện", "Trung tâm Y tế huyện, thị xã và thành phố tổ chức giám sát.",
     "Trung tâm Y tế huyện, thị xã và thành phố"),
    ("Phòng Giáo dục và Đào tạo quận", "Yêu cầu Phòng Giáo dục và Đào tạo quận, huyện kiểm tra các trường.",
     "Phòng Giáo dục và Đào tạo quận, huyện"),
])
def test_a_level_run_stays_with_the_name(name, text, want):
    assert [r.office for r in keep_level_run([_r(name)], text)] == [want]


@pytest.mark.parametrize("name,text", [
    ("Công an huyện", "Giao Công an huyện, xã Tân Lập kiểm tra."),               # a named place: a body of its own
    ("Công an huyện", "Công an huyện, Ban Chỉ huy Quân sự huyện phối hợp."),     # a list of bodies
    ("UBND các huyện", "UBND các huyện, thị xã tổ chức thực hiện."),             # 'các' runs: reach18's reader
    ("Sở Y tế", "Sở Y tế, huyện đoàn phối hợp."),                                  # no level at the name's end
])
def test_no_run_is_added(name, text):
    assert [r.office for r in keep_level_run([_r(name)], text)] == [name]


def test_a_level_read_as_its_own_office_is_a_list():
    roles = keep_level_run([_r("UBND huyện"), _r("UBND xã")], "Giao UBND huyện, xã tổ chức; UBND xã báo cáo.")
    assert [r.office for r in roles] == ["UBND huyện", "UBND xã"]


# -- a place printed once for a list of bodies of one kind ------------------------------------------------

@pytest.mark.parametrize("names,text,want", [
    (["Sở Du lịch", "Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố trực thuộc Trung ương"],
     "Cục đề nghị Sở Du lịch, Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố trực thuộc Trung ương tăng cường kiểm tra.",
     "Sở Du lịch các tỉnh, thành phố trực thuộc Trung ương"),
    (["Sở Y tế", "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn"],
     "Sở Y tế và Sở Giáo dục và Đào tạo tỉnh Lạng Sơn phối hợp kiểm tra.", "Sở Y tế tỉnh Lạng Sơn"),
    (["Phòng Tài chính - Kế hoạch", "Phòng Kinh tế và Hạ tầng các huyện"],
     "Giao Phòng Tài chính - Kế hoạch, Phòng Kinh tế và Hạ tầng các huyện rà soát.", "Phòng Tài chính - Kế hoạch các huyện"),
])
def test_a_list_s_place_is_repeated_on_each_body(names, text, want):
    roles = carry_list_place([_r(n) for n in names], text)
    assert roles[0].office == want and roles[1].office == names[1]


@pytest.mark.parametrize("names,text", [
    (["Sở Giao thông vận tải", "Công an tỉnh Lạng Sơn"], "Sở Giao thông vận tải và Công an tỉnh Lạng Sơn phối hợp."),  # other kinds
    (["Sở Y tế", "Sở Nội vụ tỉnh Hà Nam"], "Sở Y tế chủ trì, phối hợp với Sở Nội vụ tỉnh Hà Nam."),                   # not one list
    (["Sở Y tế tỉnh Bắc Ninh", "Sở Y tế tỉnh Hà Nam"], "Sở Y tế tỉnh Bắc Ninh và Sở Y tế tỉnh Hà Nam phối hợp."),      # own place
    # (a centre exists at both levels: the province's CDC does not take the districts' place)
    (["Trung tâm Kiểm soát bệnh tật", "Trung tâm y tế các huyện, thành phố, thị xã"],
     "Sở Y tế yêu cầu Trung tâm Kiểm soát bệnh tật, trung tâm y tế các huyện, thành phố, thị xã tăng cường giám sát."),
    (["Sở Y tế", "Phòng Y tế các huyện"], "Sở Y tế, Phòng Y tế các huyện phối hợp."),                                  # other heads
    (["Phòng Nội vụ", "Phòng Tư pháp tỉnh Bình Định"], "Phòng Nội vụ và Phòng Tư pháp tỉnh Bình Định rà soát."),     # no district level
])
def test_no_place_is_carried(names, text):
    assert [r.office for r in carry_list_place([_r(n) for n in names], text)] == names


# -- the issuer's place in the canonical name -----------------------------------------------------------

@pytest.mark.parametrize("issuer,want", [
    ("UBND HUYỆN YÊN LẠC", ("huyện", "Yên Lạc")),
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", ("tỉnh", "Quảng Trị")),
    ("Ủy ban nhân dân thị trấn Phú Đa", ("thị trấn", "Phú Đa")),
    ("UBND THÀNH PHỐ HỒ CHÍ MINH", ("thành phố", "Hồ Chí Minh")),
    ("Bộ Văn hóa, Thể thao và Du lịch", None),
    ("UBND tỉnh", None),
])
def test_the_issuer_s_level_and_place(issuer, want):
    assert issuer_place(issuer) == want


def test_a_body_at_the_issuer_s_level_takes_its_place_in_the_canonical_name():
    roles = [_r("Công an tỉnh"), _r("UBND các huyện"), _r("Sở Y tế"), _r("UBND huyện")]
    issuer_place_canonical(roles, "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", lambda n: {"UBND huyện": "Ủy ban nhân dân huyện"}.get(n, n))
    assert [r.canonical or None for r in roles] == ["Công an tỉnh Quảng Trị", None, None, None]
    assert [r.office for r in roles] == ["Công an tỉnh", "UBND các huyện", "Sở Y tế", "UBND huyện"]  # as written


def test_a_district_s_committee_named_bare_in_its_own_notice():
    roles = issuer_place_canonical([_r("UBND huyện")], "UBND HUYỆN YÊN THỦY",
                                   lambda n: "Ủy ban nhân dân huyện" if n == "UBND huyện" else n)
    assert roles[0].canonical == "Ủy ban nhân dân huyện Yên Thủy"


def test_whole_documents(tmp_path):
    doc = process_text(tmp_path, "UBND HUYỆN YÊN LẠC\n\nTHÔNG BÁO\nVề tình hình dịch bệnh\n\n"
                       "Yêu cầu Công an huyện tăng cường kiểm tra. Giao Đài truyền thanh huyện, thị xã, thành phố "
                       "đưa tin thường xuyên.\n")
    got = {x.text[:10]: [(o.office, o.canonical) for o in x.offices] for x in doc.tasks}
    assert got["Yêu cầu Cô"] == [("Công an huyện", "Công an huyện Yên Lạc")]
    assert got["Giao Đài t"][0][0] == "Đài truyền thanh huyện, thị xã, thành phố"
    doc = process_text(tmp_path, "(Báo X) - Ngày 20/4/2024, Cục Du lịch Quốc gia Việt Nam đã gửi văn bản về mùa du "
                       "lịch hè. Cục đề nghị các địa phương, đơn vị chỉ đạo doanh nghiệp bảo đảm an toàn cho du khách.\n",
                       name="news.txt")
    t = [x for x in doc.tasks if x.text.startswith("Cục đề nghị")][0]
    assert [o.office for o in t.offices] == ["Các địa phương, đơn vị"]


# -- one list of document words ------------------------------------------------------------------------

def test_the_readers_share_one_list():
    alt = ask_document_alternation()
    for w in ASK_DOCUMENT_WORDS:
        assert re.fullmatch(alt, w, re.I)
    for pattern in (reportask._ISSUED_RE, relay._ISSUED_DOC_ASK_RE, relay._BARE_LETTER_ASK_RE):
        assert alt in pattern.pattern


@pytest.mark.parametrize("sentence", [
    "Sở Y tế vừa ban hành hướng dẫn về phòng dịch sốt xuất huyết, đề nghị các Trung tâm Y tế tăng cường giám sát.",
    "UBND tỉnh vừa ban hành kế hoạch phòng chống thiên tai năm 2025, giao Sở Nông nghiệp và Môi trường chủ trì.",
    "Bộ Công an vừa gửi công điện về bảo đảm trật tự giao thông dịp Tết, yêu cầu Công an các tỉnh tăng cường tuần tra.",
])
def test_an_ask_after_each_kind_of_document(sentence):
    assert reportask.issued_document_ask(sentence)


@pytest.mark.parametrize("sentence", [
    "Sở Nội vụ có kế hoạch đề nghị UBND các huyện rà soát biên chế.",
    "Bộ Y tế có hướng dẫn yêu cầu các cơ sở khám bệnh bảo đảm thuốc.",
    "Sở Giáo dục và Đào tạo có văn bản đề nghị các trường tăng cường an toàn.",
])
def test_a_bare_letter_of_each_kind_told_in_a_report(sentence):
    assert relay.reported_letter_text(sentence)


def test_an_earlier_numbered_document_of_a_new_kind_is_history():
    assert relay.earlier_assignment("Ngày 3/5/2024, UBND tỉnh ban hành Hướng dẫn số 12/HD-UBND giao Sở Xây dựng chủ trì "
                                    "rà soát; Sở Xây dựng đã có Báo cáo số 311/BC-SXD gửi UBND tỉnh.")
