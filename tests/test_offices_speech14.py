"""How directives and the pages that report them hand work to a body (issue #5; office batch 14's
misses, session 10).  Sentences written for the test, in the shapes batch 14 showed:

- a speaker's request followed by a comma or a colon and a clause with a subject of its own
  ('Phó Bí thư ... yêu cầu, các đơn vị trong khối cần ...', 'Chủ tịch UBND tỉnh yêu cầu: Thời gian
  tới, X tiếp tục ...', 'Bộ trưởng nhấn mạnh, lực lượng Công an cần ...'): the clause's subject is
  whom the request is for; the speaker only reports it;
- a reported document that directs ('đã ký ban hành văn bản số ..., chỉ đạo X ...', 'vừa có văn
  bản chỉ đạo X ...') or that was sent to bodies it then asks without naming them again ('vừa có
  văn bản gửi X, đề nghị xây dựng ...');
- a force named by its service ('lực lượng TTĐT', 'lực lượng Bộ đội Biên phòng tỉnh');
- a district-level unit in running text ('thị xã Kỳ Anh', 'huyện Quang Bình');
- one service in every unit and locality ('Công an (các) đơn vị, địa phương'), which a comma
  must not split into 'Công an' + 'Đơn vị, địa phương' (batches 3, 13 and 14)."""
from __future__ import annotations

import pytest

from pipeline.extract.offices import load_gazetteer, roles_in_sentence


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def offices(gaz, text):
    return [(r.office, r.role) for r in roles_in_sentence(text, gaz) if r.role != "report-to"]


@pytest.mark.parametrize("text, who", [
    ("Giám đốc Sở Nội vụ yêu cầu, các phòng chuyên môn cần rà soát hồ sơ cán bộ trước ngày 15/6/2026.", "Các phòng chuyên môn"),
    ("Chủ tịch UBND huyện đề nghị, trong tháng 5, Công an các xã chủ động nắm tình hình địa bàn.", "Công an các xã"),
    ("Trưởng ban nhấn mạnh, các tiểu ban cần hoàn thành tài liệu trước ngày 10/5/2026.", "Các tiểu ban"),
    ("Chủ tịch UBND tỉnh yêu cầu: Thời gian tới, Sở Y tế tiếp tục theo dõi chặt chẽ tình hình dịch bệnh.", "Sở Y tế"),
])
def test_the_clause_after_the_speakers_request_names_whom_it_asks(gaz, text, who):
    assert offices(gaz, text) == [(who, "lead")]


def test_a_request_without_a_clause_of_its_own_still_asks_its_object(gaz):
    # no comma after the verb: the ordinary 'X yêu cầu Y <verb>' reading
    assert offices(gaz, "Sở Nội vụ yêu cầu các phòng chuyên môn rà soát hồ sơ cán bộ.") == [("Các phòng chuyên môn", "lead")]


@pytest.mark.parametrize("text, who", [
    ("Sở Tài chính vừa có văn bản chỉ đạo các phòng Tài chính - Kế hoạch rà soát dự toán năm 2026.", "Phòng Tài chính - Kế hoạch"),
    ("UBND huyện đã ký ban hành văn bản số 12/UBND-VP, chỉ đạo UBND các xã rà soát hộ nghèo.", "UBND các xã"),
])
def test_a_reported_document_directs_the_bodies_it_names(gaz, text, who):
    assert offices(gaz, text) == [(who, "lead")]


def test_a_document_sent_to_bodies_then_asking_on_its_verb_asks_the_recipients(gaz):
    got = offices(gaz, "Bộ Xây dựng vừa có văn bản gửi Sở Xây dựng các tỉnh, thành phố, đề nghị kiểm tra an toàn công trình.")
    assert [o for o, _ in got] == ["Sở Xây dựng các tỉnh, thành phố"]


def test_a_force_named_by_its_service_is_a_body(gaz):
    got = offices(gaz, "Công an phường và lực lượng TTĐT có nhiệm vụ ký cam kết với các hộ kinh doanh.")
    assert [o for o, _ in got] == ["Công an phường", "Lực lượng TTĐT"]
    got = offices(gaz, "Các đơn vị tuyến ven biển phối hợp với lực lượng Bộ đội Biên phòng tỉnh tổ chức tuyên truyền.")
    assert got[0] == ("Các đơn vị tuyến ven biển", "lead")
    assert ("Lực lượng Bộ đội Biên phòng tỉnh", "support") in got


def test_a_district_level_unit_named_in_running_text_is_asked(gaz):
    assert offices(gaz, "Yêu cầu huyện Quang Bình triển khai thực hiện chỉ đạo của tỉnh.") == [("Huyện Quang Bình", "lead")]


@pytest.mark.parametrize("text, who", [
    ("Công an đơn vị, địa phương có trách nhiệm tuyên truyền chính sách bảo hiểm y tế.", "Công an đơn vị, địa phương"),
    ("Bộ Công an yêu cầu Công an các đơn vị, địa phương tăng cường tuần tra, kiểm soát.", "Công an các đơn vị, địa phương"),
    ("\"Công an các đơn vị, địa phương quản lý chặt chẽ số đối tượng tại địa bàn.", "Công an các đơn vị, địa phương"),
    ("Thủ trưởng công an các đơn vị, địa phương tăng cường công tác chỉ huy.", "Thủ trưởng công an các đơn vị, địa phương"),
])
def test_one_service_in_every_unit_and_locality_is_one_office(gaz, text, who):
    assert offices(gaz, text) == [(who, "lead")]


def test_a_provincial_police_working_with_units_and_localities_keeps_them_as_partners(gaz):
    got = offices(gaz, "Công an tỉnh phối hợp với các đơn vị, địa phương kiểm tra việc chấp hành.")
    assert got == [("Công an tỉnh", "lead"), ("Các đơn vị, địa phương", "support")]
