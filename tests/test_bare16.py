"""(bare16) Points that name their own doer with a bare verb, and the lead-ins whose addressees were
misread (issue 5): plural local units ('Các tỉnh, thành phố', '... khu vực Bắc Bộ, Bắc Trung Bộ') read
as a subject and as an office; a list of local units before 'và' and another body keeps both; the
document itself as the one that asks ('Nội dung công điện đề nghị ...'); a body named mid-way in a
point that opens on its own verb is one more doer of that point, never handed on to the next points."""
from __future__ import annotations

import pytest

from pipeline.extract import load_gazetteer
from pipeline.extract.assign import lead_in_addressees
from pipeline.extract.offices import split_office_list, subject_of
from conftest import extracted_tasks

GAZ = load_gazetteer()


def names(roles) -> list[str]:
    return [r.office for r in roles if r.role in ("lead", "support")]


@pytest.mark.parametrize("text,subject", [
    ("Các tỉnh, thành phố theo dõi chặt chẽ diễn biến mưa lũ.", "Các tỉnh, thành phố"),
    ("Các tỉnh, thành phố khu vực Bắc Bộ, Bắc Trung Bộ theo dõi chặt chẽ diễn biến mưa lũ.",
     "Các tỉnh, thành phố khu vực Bắc Bộ, Bắc Trung Bộ"),
    ("Các tỉnh vùng Đồng bằng sông Cửu Long rà soát diện tích lúa bị nhiễm mặn.", "Các tỉnh vùng Đồng bằng sông Cửu Long"),
    ("Các tỉnh khu vực Tây Nguyên chủ động bố trí lực lượng ứng trực.", "Các tỉnh khu vực Tây Nguyên"),
    ("Các huyện, thị xã rà soát các khu dân cư ven sông.", "Các huyện, thị xã"),
])
def test_plural_local_units_and_their_region_are_the_subject(text, subject):
    found = subject_of(text, GAZ)
    assert found is not None and found[0] == subject, found


@pytest.mark.parametrize("text,want", [
    ("các tỉnh, thành phố và các Bộ", ["các tỉnh, thành phố", "các Bộ"]),
    ("các huyện, thị xã và các sở, ngành", ["các huyện, thị xã", "các sở, ngành"]),
    ("các tỉnh, thành phố và Bộ Quốc phòng", ["các tỉnh, thành phố", "Bộ Quốc phòng"]),
    ("các xã và Công an huyện", ["các xã", "Công an huyện"]),
    ("các huyện và các xã", ["các huyện", "các xã"]),
    ("các tỉnh và các Bộ, ngành", ["các tỉnh", "các Bộ, ngành"]),
    ("Các tỉnh, thành phố khu vực Bắc Bộ, Bắc Trung Bộ", ["Các tỉnh, thành phố khu vực Bắc Bộ, Bắc Trung Bộ"]),
    ("các tỉnh khu vực Tây Nguyên, Bộ Quốc phòng", ["các tỉnh khu vực Tây Nguyên", "Bộ Quốc phòng"]),
])
def test_local_units_before_and_another_body_are_kept(text, want):
    assert [w for _n, w in split_office_list(text, GAZ)] == want


def test_one_more_level_after_and_is_still_no_second_body():
    # ('các huyện, thị xã và thành phố': one list of levels, as main read it: no body of its own after 'và')
    assert [w for _n, w in split_office_list("các huyện, thị xã và thành phố", GAZ)] \
        in ([], ["các huyện, thị xã và thành phố"])


@pytest.mark.parametrize("lead,want", [
    ("Nội dung công điện đề nghị các tỉnh, thành phố và các Bộ chỉ đạo triển khai thực hiện các nội dung sau:",
     {"Các tỉnh, thành phố", "Các Bộ"}),
    ("Chỉ thị yêu cầu UBND các huyện thực hiện các nội dung sau:", {"UBND các huyện"}),
    ("UBND tỉnh có văn bản đề nghị UBND các huyện thực hiện các nội dung sau:", {"UBND các huyện"}),
    ("Theo đó, văn bản đề nghị các sở, ngành thực hiện các nội dung sau:", {"Các sở, ngành"}),
    ("Công văn số 1234/UBND-KT yêu cầu các sở, ngành thực hiện các nội dung sau:", {"Các sở, ngành"}),
])
def test_the_document_itself_may_be_the_one_that_asks(lead, want):
    assert {r.office for r in lead_in_addressees(lead, GAZ)} == want


def test_a_request_of_a_document_is_no_ask():
    # ('Căn cứ Công văn đề nghị của Sở Y tế, ...': 'đề nghị của' is a noun, nobody is asked there)
    assert lead_in_addressees("Căn cứ Công văn đề nghị của Sở Y tế, UBND tỉnh giao như sau:", GAZ) == []


NEWS = "Chủ động ứng phó với áp thấp nhiệt đới\n\nTrưa nay, Văn phòng Ban chỉ đạo đã có Công điện gửi các địa phương.\n\n"

LEAD_INS = [
    ("Nội dung công điện đề nghị các tỉnh, thành phố và các Bộ chỉ đạo triển khai thực hiện các nội dung sau:",
     {"Các tỉnh, thành phố", "Các Bộ"}),
    ("UBND tỉnh đề nghị các huyện, thị xã và các sở, ngành triển khai thực hiện các nội dung sau:",
     {"Các huyện, thị xã", "Các sở, ngành"}),
]

MID = [
    "Thường xuyên theo dõi diễn biến của áp thấp nhiệt đới; quản lý việc ra khơi của các tàu thuyền; đồng thời "
    "các tỉnh từ Đà Nẵng đến Bình Thuận cảnh báo kịp thời đến người dân về tình hình mưa lũ.",
    "Tổ chức kiểm đếm tàu thuyền, đồng thời UBND các xã ven biển thông báo cho chủ tàu thuyền vào nơi tránh trú an toàn.",
]


@pytest.mark.parametrize("lead,who", LEAD_INS)
@pytest.mark.parametrize("mid", MID)
def test_a_body_named_mid_point_is_not_handed_to_the_next_points(lead, who, mid):
    text = NEWS + lead + "\nKiểm đếm tàu thuyền đang hoạt động trên biển.\n" + mid + \
        "\nDuy trì lực lượng, phương tiện cứu hộ, cứu nạn sẵn sàng ứng cứu khi có yêu cầu.\n" \
        "Tổ chức trực ban nghiêm túc và báo cáo kết quả về Văn phòng Ban Chỉ đạo.\n"
    ts = extracted_tasks(text)
    first = [t for t in ts if t.text.startswith("Kiểm đếm tàu thuyền đang")]
    assert first and set(names(first[0].offices)) == who
    point = [t for t in ts if t.text.startswith(mid[:30])]
    # (the point keeps the lead-in's addressees and adds the body it names)
    assert point and who <= set(names(point[0].offices))
    for start in ("Duy trì lực lượng", "Tổ chức trực ban"):
        after = [t for t in ts if t.text.startswith(start)]
        assert after and set(names(after[0].offices)) == who, (start, names(after[0].offices))


@pytest.mark.parametrize("cue", ["Cụ thể:", "Cụ thể như sau:"])
@pytest.mark.parametrize("point,who", [
    ("Các tỉnh, thành phố khu vực Bắc Bộ, Bắc Trung Bộ theo dõi chặt chẽ diễn biến mưa lũ, rà soát các phương án ứng phó.",
     "Các tỉnh, thành phố khu vực Bắc Bộ, Bắc Trung Bộ"),
    ("Các tỉnh vùng Đồng bằng sông Cửu Long chủ động bố trí lực lượng, phương tiện ứng cứu.",
     "Các tỉnh vùng Đồng bằng sông Cửu Long"),
])
def test_a_point_with_its_own_body_and_a_bare_verb_is_that_bodys(cue, point, who):
    text = ("Để chủ động ứng phó với mưa lũ, Ban Chỉ đạo Trung ương đề nghị các Bộ, ngành và địa phương "
            "triển khai các biện pháp ứng phó. " + cue + "\n"
            "Ban Chỉ huy phòng, chống thiên tai các tỉnh ven biển theo dõi chặt chẽ diễn biến của áp thấp.\n" + point + "\n")
    ts = extracted_tasks(text)
    hit = [t for t in ts if t.text.startswith(point[:30])]
    assert hit and names(hit[0].offices) == [who], [(t.text[:40], names(t.offices)) for t in ts]


@pytest.mark.parametrize("report", [
    "Các tỉnh, thành phố khu vực Bắc Bộ đã triển khai các phương án sơ tán dân.",
    "Các tỉnh vùng Đồng bằng sông Cửu Long đã chủ động bố trí lực lượng ứng cứu.",
])
def test_a_report_of_what_the_units_did_is_no_task(report):
    text = ("Ứng phó mưa lũ tại các tỉnh phía Bắc\n\nTheo báo cáo của Ban Chỉ đạo, mưa lớn kéo dài đã gây ngập "
            "nhiều khu dân cư.\n" + report + "\nNhiều tuyến đường bị sạt lở, giao thông bị chia cắt.\n")
    assert not [t for t in extracted_tasks(text) if t.text.startswith(report[:30])]


BARE_CUE_NEWS = ("Tăng cường phòng, chống dịch hại trên cây trồng\n\n"
                 "Ngày 12/3, UBND tỉnh ban hành văn bản về tăng cường phòng, chống dịch hại trên cây trồng.\n\n")
REQUESTS = [
    ("UBND tỉnh yêu cầu các sở, ngành, địa phương triển khai các biện pháp phòng, chống dịch hại.", "Các sở, ngành, địa phương"),
    ("Chủ tịch UBND tỉnh đề nghị UBND các huyện, thị xã tập trung chỉ đạo phòng trừ sâu bệnh.", "huyện"),
    ("Sở Nông nghiệp và PTNT giao Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn nông dân phòng trừ dịch hại.", "Chi cục"),
]
SUBJECTLESS = ["Tập trung cao độ cho công tác phòng trừ sâu bệnh hại lúa.",
               "Nâng cao hiệu quả công tác dự báo, cảnh báo sớm tình hình dịch hại.",
               "Theo dõi sát diễn biến thời tiết và dịch hại trên đồng ruộng."]


@pytest.mark.parametrize("cue", ["Cụ thể:", "Cụ thể như sau:", "Cụ thể là:"])
@pytest.mark.parametrize("request_,who", REQUESTS)
@pytest.mark.parametrize("same_line", [True, False])
def test_a_bare_cue_after_a_request_opens_its_plain_points(cue, request_, who, same_line):
    text = BARE_CUE_NEWS + request_ + (" " if same_line else "\n") + cue + "\n" + "\n".join(SUBJECTLESS) + "\n"
    ts = extracted_tasks(text)
    for p in SUBJECTLESS:
        hit = [t for t in ts if t.text.startswith(p[:25])]
        assert hit, (p, [t.text for t in ts])
        assert any(who in n for n in names(hit[0].offices)), (p, names(hit[0].offices))


@pytest.mark.parametrize("before", [
    # (a report of what was asked before, a statement: no request the cue could open the points of)
    "Thời gian qua, UBND tỉnh đã yêu cầu các sở, ngành triển khai các biện pháp phòng, chống dịch hại.",
    "Năm nay, diện tích lúa bị nhiễm sâu bệnh tăng mạnh so với cùng kỳ.",
])
def test_a_bare_cue_after_no_request_opens_nothing(before):
    facts = ["Huyện A có 120 ha lúa bị nhiễm rầy nâu.", "Huyện B có 80 ha lúa bị bệnh đạo ôn."]
    ts = extracted_tasks(BARE_CUE_NEWS + before + " Cụ thể:\n" + "\n".join(facts) + "\n")
    assert not [t for t in ts if t.text.startswith("Huyện A") or t.text.startswith("Huyện B")]


@pytest.mark.parametrize("report_line", [
    "Báo cáo hoàn thành của các cơ quan, đơn vị gửi bằng văn bản về Ủy ban nhân dân tỉnh trước ngày 05/6/2017.",
    "Kết quả rà soát của UBND các xã gửi về Phòng Nông nghiệp trước ngày 20/6/2017.",
])
def test_a_body_inside_the_opening_phrase_is_that_sentences_doer(report_line):
    # (not a body named mid-point after a break: 'của các cơ quan, đơn vị' owns the report; the sentence's
    # doer is that body, not the request's addressees)
    text = ("UBND tỉnh yêu cầu báo cáo kết quả\n\nChủ tịch UBND tỉnh yêu cầu lãnh đạo các sở, ban, ngành thuộc tỉnh "
            "khẩn trương đôn đốc các bộ phận chuyên môn tổng hợp báo cáo kết quả thực hiện.\n\n" + report_line + "\n")
    hit = [t for t in extracted_tasks(text) if t.text.startswith(report_line[:20])]
    assert hit and not any("sở, ban, ngành" in n for n in names(hit[0].offices)), names(hit[0].offices) if hit else None


def test_the_end_of_a_bodys_name_before_and_is_no_list_of_its_own():
    # ('ủy ban nhân dân các huyện, thị xã, thành phố và các đơn vị liên quan': ', thị xã, thành phố' ends the
    # committee's name, main's reading stays; only a list that opens on 'các' ends before 'và')
    got = [w for _n, w in split_office_list("các sở, ban, ngành, ủy ban nhân dân các huyện, thị xã, thành phố và các đơn vị liên quan", GAZ)]
    assert not any(w.startswith("thị xã") or w.startswith("Ủy ban nhân dân các thị xã") for w in got), got
