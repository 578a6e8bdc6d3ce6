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
    # (office33: the plural before one office of every district is kept as written, as the gold writes it 85 times in 93)
    ("Sở Tài chính vừa có văn bản chỉ đạo các phòng Tài chính - Kế hoạch rà soát dự toán năm 2026.", "Các Phòng Tài chính - Kế hoạch"),
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


# The issuer's own head, or an official named by his name, handing the work on (office batch 15's
# misses, session 10): 'Chủ tịch UBND TP cũng chỉ đạo X ...' under the city's letterhead, 'Chủ tịch
# UBND thành phố Nguyễn Văn A chỉ đạo X ...', 'Ông Nguyễn Văn A cũng giao Sở X ...'.  An adverb
# between a subject and its verb ('cũng', 'vừa', 'đã') is no part of the subject's name.

from pipeline.extract.offices import issuer_clause_roles, names_issuer, subject_of  # noqa: E402


def test_an_adverb_before_the_verb_is_not_part_of_the_subject(gaz):
    assert subject_of("Đoàn thanh tra liên ngành sẽ tiến hành thanh tra việc quản lý đất đai.", gaz)[0] == "Đoàn thanh tra liên ngành"
    assert offices(gaz, "Bộ Xây dựng vừa yêu cầu các Sở Xây dựng kiểm tra chất lượng công trình.") == [("Các Sở Xây dựng", "lead")]


@pytest.mark.parametrize("name", ["Chủ tịch UBND TP", "Chủ tịch UBND thành phố Nguyễn Văn Quảng", "Giám đốc Sở Y tế"])
def test_the_head_of_the_issuer_speaks_for_it(name):
    issuer = {"Giám đốc Sở Y tế": "SỞ Y TẾ THÀNH PHỐ ĐÀ NẴNG"}.get(name, "UBND THÀNH PHỐ ĐÀ NẴNG")
    assert names_issuer(name, issuer)


def test_the_head_of_another_body_does_not_speak_for_the_issuer():
    assert not names_issuer("Chủ tịch UBND huyện Hòa Vang", "UBND THÀNH PHỐ ĐÀ NẴNG")


def test_the_issuers_head_directing_names_the_body_directed(gaz):
    text = "Chủ tịch UBND thành phố cũng chỉ đạo Giám đốc các sở phải trực tiếp dự phiên họp chất vấn."
    roles = issuer_clause_roles(text, roles_in_sentence(text, gaz), "UBND THÀNH PHỐ ĐÀ NẴNG", gaz)
    assert [(r.office, r.role) for r in roles if r.role != "report-to"] == [("Giám đốc các sở", "lead")]


def test_an_official_named_by_his_name_hands_the_work_to_the_body_he_names(gaz):
    assert offices(gaz, "Ông Trần Văn Minh cũng giao Sở Xây dựng rà soát hồ sơ cấp phép xây dựng.") == [("Sở Xây dựng", "lead")]
    assert offices(gaz, "Đồng chí Lê Văn Hùng yêu cầu Công an huyện tăng cường tuần tra.") == [("Công an huyện", "lead")]


# ---------------------------------------------------------------- the benchmark's batches 13-15

def _batch(n):
    import sys
    from pathlib import Path

    from pipeline.config import Config

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import office_spans as ob

    rows = [r for r in ob.load() if r.batch == n]
    ob.run(rows, Config())
    return ob, rows


@pytest.mark.slow
@pytest.mark.parametrize("batch, n, first_pass, keep", [
    # (batch 14: first pass on main 0.767 once three lists followed the batch-9 convention; batch 15,
    # annotated after batch 14's fixes: first pass 0.808, main 0.790)
    (14, 109, 0.767, 0.83),
    (15, 43, 0.808, 0.83),
])
def test_batches_14_and_15_are_well_formed_and_keep_the_fixes(batch, n, first_pass, keep):
    ob, rows = _batch(batch)
    assert len(rows) == n and batch not in ob.NEVER_TUNED and not any(r.seen for r in rows)
    assert all(r.source.startswith("http") and (r.lead is None or r.lead in r.offices) for r in rows)
    assert ob.summary(rows)["f1"] >= keep > first_pass


# (batch 13's floor for the service-of-units fix, 0.875, is asserted by test_offices12's batch-13
# test on the same run of the batch: the two tests ran the 54 rows twice)
