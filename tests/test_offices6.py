"""Session 6 office rules (issue #5, offices on unseen documents), each on a sentence written for
the test in the shape of the real ones of batch 4 of ``benchmarks/data/office_spans.jsonl``
(2025-2026 decrees, commune and ward Front plans after the reform, Politburo conclusions), and
the post-2025 gazetteer (``models/build_gazetteer.py``, ``benchmarks/gazetteer_coverage.py``)."""
from __future__ import annotations

import pytest

from pipeline.extract.assign import heading_offices
from pipeline.extract.offices import load_gazetteer, roles_in_sentence, split_office_list
from tests.conftest import process_text, responsible, task_starting


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def roles(gaz, text):
    rs = roles_in_sentence(text, gaz)
    return [(r.office, r.role) for r in rs if r.role != "report-to"]


def names(gaz, text):
    return [n for n, _w in split_office_list(text, gaz)]


# ---------------------------------------------------------------- gazetteer of the 2025 reform

@pytest.mark.parametrize("name", [
    "Ngân hàng Nhà nước Khu vực", "Bảo hiểm xã hội cơ sở", "Chi cục Hải quan khu vực", "Chi cục Thuế khu vực",
    "Bảo hiểm xã hội Quân đội", "Bảo hiểm xã hội Công an nhân dân", "Trung tâm Cung ứng dịch vụ sự nghiệp công",
    "Ủy ban Kiểm tra Đảng ủy", "Sở Dân tộc và Tôn giáo", "Phòng Văn hóa - Xã hội"])
def test_post_2025_bodies_are_known_whole(gaz, name):
    found = gaz.find(name + " thực hiện", fuzzy=False)
    assert found and found[0].start == 0 and found[0].end >= len(name)


def test_a_regional_branch_is_its_own_office(gaz):
    # two bodies, not one body twice ('Ngân hàng Nhà nước' and its regional branch)
    assert roles(gaz, "Ngân hàng Nhà nước, Ngân hàng Nhà nước Khu vực cập nhật danh sách các tổ chức tài chính vi mô.") == [
        ("Ngân hàng Nhà nước", "lead"), ("Ngân hàng Nhà nước Khu vực", "lead")]


def test_party_committees_of_the_provinces_are_one_addressee(gaz):
    assert names(gaz, "các tỉnh uỷ, thành uỷ và các cơ quan liên quan") == ["Các tỉnh uỷ, thành uỷ", "Các cơ quan liên quan"]


def test_the_name_of_a_law_is_no_body(gaz):
    assert roles(gaz, "Hội đồng quản lý quỹ theo quy định của Luật Bảo hiểm xã hội chịu trách nhiệm giám sát việc đầu tư.") == [
        ("Hội đồng quản lý quỹ", "lead")]


def test_what_the_law_provides_is_no_part_of_a_name(gaz):
    assert roles(gaz, "Người sử dụng lao động có trách nhiệm phối hợp với Hội đồng giám định quy định tại khoản 3 Điều này.") == [
        ("Người sử dụng lao động", "lead"), ("Hội đồng giám định", "support")]


# ---------------------------------------------------------------- names of the commune's bodies

def test_the_office_of_the_front_committee_is_one_body(gaz):
    assert names(gaz, "Văn phòng Cơ quan Ủy ban MTTQ phường") == ["Văn phòng Cơ quan Ủy ban MTTQ phường"]


def test_a_named_body_after_a_list_of_kinds(gaz):
    # after 'và' a kind followed by a capitalised word opens a named body
    assert names(gaz, "Các cơ quan, đơn vị và Ban Chỉ huy Quân sự xã") == ["Các cơ quan, đơn vị", "Ban Chỉ huy Quân sự xã"]
    # a list of kinds joined by 'và' is still one collective
    assert names(gaz, "các cơ quan, tổ chức và đơn vị") == ["Các cơ quan, tổ chức và đơn vị"]


def test_the_secretary_of_a_meeting_is_a_post(gaz):
    assert roles(gaz, "Tổ trưởng tổ dân phố tổng hợp ý kiến, phối hợp với Thư ký hội nghị hoàn thiện biên bản.") == [
        ("Tổ trưởng tổ dân phố", "lead"), ("Thư ký hội nghị", "support")]


def test_units_of_a_body_keep_the_body_they_belong_to(gaz):
    assert names(gaz, "các bộ phận chuyên môn thuộc Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam phường") == [
        "Các bộ phận chuyên môn thuộc Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam phường"]


# ---------------------------------------------------------------- subjects

def test_a_duty_verb_names_a_party_whose_name_holds_a_verb(gaz):
    assert roles(gaz, "Trước ngày 20 tháng 01 hằng năm, Đơn vị quản lý vận hành hồ chứa có trách nhiệm gửi báo cáo về Bộ Công Thương.") == [
        ("Đơn vị quản lý vận hành hồ chứa", "lead")]
    # a known body with a verb of its own keeps its own subject
    assert roles(gaz, "Sở Y tế kiểm tra và có trách nhiệm báo cáo kết quả.") == [("Sở Y tế", "lead")]


def test_a_short_occasion_before_the_subject(gaz):
    assert roles(gaz, "Sau khi kết thúc đợt kiểm tra, Ban Thường trực Ủy ban MTTQ Việt Nam phường tiến hành tổng hợp kết quả.") == [
        ("Ban Thường trực Ủy ban MTTQ Việt Nam phường", "lead")]
    assert roles(gaz, "Kết thúc đợt thi đua, Ủy ban MTTQ Việt Nam xã tiến hành bình xét khen thưởng.") == [
        ("Ủy ban MTTQ Việt Nam xã", "lead")]


def test_the_noun_to_chuc_in_the_list_of_an_opener(gaz):
    assert roles(gaz, "Trên cơ sở đề nghị của các cơ quan, tổ chức, đơn vị trên địa bàn, Ủy ban nhân dân phường có trách nhiệm tổng hợp danh sách.") == [
        ("Ủy ban nhân dân phường", "lead")]


def test_verbs_that_end_a_subject(gaz):
    assert roles(gaz, "Cơ quan thuế chấp nhận hồ sơ khai thuế điện tử.") == [("Cơ quan thuế", "lead")]
    # the partner list ends before 'xác minh'; the body answered is no partner
    assert roles(gaz, "Ủy ban bầu cử phường phối hợp với Công an phường xác minh và trả lời bằng văn bản cho Ban Thường trực.") == [
        ("Ủy ban bầu cử phường", "lead"), ("Công an phường", "support")]


# ---------------------------------------------------------------- lead and support

def test_presiding_over_a_meeting_is_no_lead_role(gaz):
    # 'chủ trì hội nghị' (presiding) is not the lead role; by the session-8 convention the subject
    # that cooperates ('X phối hợp với Y triệu tập ...') leads
    assert roles(gaz, "Ban Thường trực Ủy ban MTTQ phường phối hợp với Ủy ban nhân dân phường triệu tập và chủ trì hội nghị cử tri.") == [
        ("Ban Thường trực Ủy ban MTTQ phường", "lead"), ("Ủy ban nhân dân phường", "support")]
    # 'chủ trì, phối hợp' is still the lead role
    assert roles(gaz, "Ban Thường trực Ủy ban MTTQ phường chủ trì, phối hợp với Ủy ban nhân dân phường tổ chức hội nghị.")[0] == (
        "Ban Thường trực Ủy ban MTTQ phường", "lead")


@pytest.mark.parametrize("text", [
    "Các bộ, ngành, trong phạm vi chức năng, nhiệm vụ được giao, phối hợp với Bộ Xây dựng triển khai Đề án.",
    "Các bộ, ngành trong phạm vi chức năng, nhiệm vụ được giao phối hợp với Bộ Xây dựng triển khai Đề án.",
    "Các bộ, ngành căn cứ chức năng, nhiệm vụ, chủ động phối hợp với Bộ Xây dựng triển khai Đề án.",
])
def test_a_scope_then_cooperation_keeps_the_subject_as_lead(gaz, text):
    # the session-8 convention (benchmarks/office_spans.py): 'X, <scope>, phối hợp với Y ...' assigns
    # the work to X, Y is who X works with (the session-6 convention had nobody lead)
    assert roles(gaz, text) == [("Các bộ, ngành", "lead"), ("Bộ Xây dựng", "support")]


def test_a_scope_then_cooperation_then_an_own_duty_keeps_the_lead(gaz):
    assert roles(gaz, "Ủy ban nhân dân các xã căn cứ nhiệm vụ được giao, phối hợp với Phòng Kinh tế, chỉ đạo các thôn triển khai thực hiện.")[0] == (
        "Ủy ban nhân dân các xã", "lead")


def test_or_cooperate_keeps_the_subject_as_lead(gaz):
    # 'X thực hiện hoặc phối hợp với Y ...': X is the one assigned, leading or with partners
    assert roles(gaz, "Trưởng Công an xã có trách nhiệm thực hiện hoặc phối hợp với các lực lượng liên quan bảo vệ hiện trường.") == [
        ("Trưởng Công an xã", "lead"), ("Các lực lượng liên quan", "support")]


# ---------------------------------------------------------------- headings and requests

def test_a_request_to_cooperate_heads_its_duties(gaz):
    assert [r.office for r in heading_offices("Đề nghị Công an xã phối hợp", gaz)] == ["Công an xã"]
    assert [r.office for r in heading_offices("Đề nghị Hội Nông dân xã thực hiện", gaz)] == ["Hội Nông dân xã"]


def test_request_heading_over_bullets(tmp_path):
    doc = process_text(tmp_path, (
        "ỦY BAN MTTQ VIỆT NAM\nPHƯỜNG AN BÌNH\nSố: 05/KH-MTTQ\nAn Bình, ngày 02 tháng 02 năm 2026\n\nKẾ HOẠCH\n"
        "Tổ chức hội nghị cử tri\n\nI. TỔ CHỨC THỰC HIỆN\n1. Ban Thường trực Ủy ban MTTQ phường\n"
        "- Chuẩn bị nội dung hội nghị.\n2. Đề nghị Công an phường phối hợp\n"
        "- Phối hợp chặt chẽ với Ban Thường trực Ủy ban MTTQ phường bảo đảm an ninh trật tự tại hội nghị.\n"
        "- Bố trí lực lượng bảo vệ tại các điểm tổ chức hội nghị.\n"))
    assert responsible(doc, "Bố trí lực lượng bảo vệ") == ["Công an phường"]
    t = task_starting(doc, "Phối hợp chặt chẽ với Ban")
    assert sorted(o.office for o in t.offices if o.role != "report-to") == ["Ban Thường trực Ủy ban MTTQ phường", "Công an phường"]
    assert t.lead == "Công an phường"  # session-8 convention: the requested body leads its partner


def test_a_guide_closing_request_is_a_task(tmp_path):
    doc = process_text(tmp_path, (
        "BAN THƯỜNG TRỰC\nỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ\nSố: 03/HD-MTTQ\nAn Phú, ngày 05 tháng 01 năm 2026\n\n"
        "HƯỚNG DẪN\nGiới thiệu người ứng cử\n\n1. Thời gian thực hiện: Từ ngày 05/01/2026 đến ngày 25/01/2026.\n"
        "Căn cứ hướng dẫn này, đề nghị Thủ trưởng các cơ quan, đơn vị triển khai thực hiện đúng tiến độ.\n"))
    assert responsible(doc, "Căn cứ hướng dẫn này") == ["Thủ trưởng các cơ quan, đơn vị"]


@pytest.mark.parametrize("heading,office", [
    ("Phân quyền cho Sở Xây dựng thực hiện các nhiệm vụ, quyền hạn như sau:", "Sở Xây dựng"),
    ("Ủy quyền cho Chủ tịch Ủy ban nhân dân cấp xã thực hiện nhiệm vụ sau đây:", "Chủ tịch Ủy ban nhân dân cấp xã"),
    ("Giao Sở Tài chính thực hiện một số nhiệm vụ sau:", "Sở Tài chính"),
])
def test_a_delegation_heading_names_the_body_it_delegates_to(gaz, heading, office):
    assert [r.office for r in heading_offices(heading, gaz)] == [office]


def test_delegation_article_over_numbered_items(tmp_path):
    doc = process_text(tmp_path, (
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 12/2025/QĐ-UBND\nPhú Thọ, ngày 20 tháng 8 năm 2025\n\nQUYẾT ĐỊNH\n"
        "Phân cấp quản lý chợ\n\nĐiều 3. Phân cấp cho Ủy ban nhân dân cấp xã thực hiện các nhiệm vụ, quyền hạn sau\n"
        "1. Quyết định thành lập Ban quản lý chợ hạng 3 trên địa bàn.\n"
        "2. Kiểm tra việc chấp hành nội quy chợ của các thương nhân.\n"
        "Điều 4. Ủy quyền cho Giám đốc Sở Công Thương phê duyệt phương án chuyển đổi mô hình chợ hạng 1.\n"))
    assert responsible(doc, "Quyết định thành lập Ban quản lý chợ") == ["Ủy ban nhân dân cấp xã"]
    assert responsible(doc, "Kiểm tra việc chấp hành") == ["Ủy ban nhân dân cấp xã"]
    assert responsible(doc, "Ủy quyền cho Giám đốc") == ["Giám đốc Sở Công Thương"]


def test_batch_4_first_pass_is_kept_and_the_rows_are_well_formed():
    """Batch 4 (session 6) holds 150+ blind rows of 2025-2026 text; every lead is one of its offices
    and the batch scores at least its recorded first pass (0.928) on the current code."""
    import sys
    from pathlib import Path

    from pipeline.config import Config

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import office_spans as ob

    rows = [r for r in ob.load() if r.batch == 4]
    assert len(rows) >= 150
    assert all(r.source and (r.lead is None or r.lead in r.offices) for r in rows)
    ob.run(rows, Config())
    assert ob.summary(rows)["f1"] >= 0.928


def test_batch_5_blind_rows_are_well_formed_and_keep_their_first_pass():
    """Batch 5 (80 rows, Lào Cai 2025-2026, annotated blind after the session-6 fixes; first pass
    0.876, then one fix found on it): rows well formed, and the code keeps 0.92."""
    import sys
    from pathlib import Path

    from pipeline.config import Config

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import office_spans as ob

    rows = [r for r in ob.load() if r.batch == 5]
    assert len(rows) >= 80
    assert all(r.source and not r.seen and (r.lead is None or r.lead in r.offices) for r in rows)
    ob.run(rows, Config())
    assert ob.summary(rows)["f1"] >= 0.92


def test_a_list_of_named_bodies_after_an_opener_is_the_subject(gaz):
    # the opener's own list runs into a subject only when it goes on with bare lower-case nouns
    assert [r.office for r in roles_in_sentence(
        "Trong thời hạn 7 ngày, kể từ ngày nhận được hồ sơ, Bộ Tài chính, Bộ Xây dựng có ý kiến bằng văn bản.", gaz)
        if r.role == "lead"] == ["Bộ Tài chính", "Bộ Xây dựng"]
    assert [r.office for r in roles_in_sentence(
        "Để hoàn thành mục tiêu, bên cạnh nhiệm vụ thường xuyên, các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, "
        "thành phố trực thuộc Trung ương cần tổ chức thực hiện các nhiệm vụ sau:", gaz) if r.role == "lead"] == \
        ["Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
