"""Session 5 office rules, each on a sentence written for the test in the shape of the real ones
of ``benchmarks/data/office_spans.jsonl`` (gazette decrees and resolutions, provincial letters)."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.extract import extract
from pipeline.extract.assign import heading_offices
from pipeline.extract.offices import load_gazetteer, roles_in_sentence, split_office_list
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def roles(gaz, text):
    return [(r.office, r.role) for r in roles_in_sentence(text, gaz) if r.role != "report-to"]


def names(gaz, text):
    return [n for n, _w in split_office_list(text, gaz)]


def test_capitalised_assignment_verb_after_a_whole_name(gaz):
    # a table cell or a heading prints the verb capitalised; it is no place after 'cấp tỉnh', and
    # the body it directs to lead is no office of the task
    assert roles(gaz, "Ủy ban nhân dân cấp huyện Chỉ đạo Phòng Nội vụ chủ trì, phối hợp với các đơn vị liên quan rà soát biên chế.") == [
        ("Ủy ban nhân dân cấp huyện", "lead")]
    assert roles(gaz, "Bộ Xây dựng Chủ trì, phối hợp với Bộ Tài chính ban hành định mức.") == [
        ("Bộ Xây dựng", "lead"), ("Bộ Tài chính", "support")]
    # a place name still follows its level
    assert roles(gaz, "UBND huyện Yên Dũng chủ trì thực hiện.") == [("UBND huyện Yên Dũng", "lead")]


def test_a_body_directed_to_lead_is_not_listed(gaz):
    assert roles(gaz, "UBND tỉnh chỉ đạo Sở Công Thương chủ trì, phối hợp với Sở Tài chính kiểm tra giá.") == [("UBND tỉnh", "lead")]


def test_a_unit_and_the_body_it_belongs_to(gaz):
    assert roles(gaz, "Thanh tra Bộ Nội vụ chủ trì, phối hợp với các đơn vị liên quan kiểm tra việc thực hiện.")[0] == (
        "Thanh tra Bộ Nội vụ", "lead")


def test_a_plural_of_a_kind_keeps_its_parent(gaz):
    # the known fault 'Các phòng' for 'các phòng thuộc Sở'
    assert names(gaz, "các phòng chuyên môn thuộc Sở và các đơn vị có liên quan") == [
        "Các phòng chuyên môn thuộc Sở", "Các đơn vị có liên quan"]
    assert names(gaz, "Các Vụ, Cục, đơn vị trong Bộ Tài chính") == ["Các Vụ, Cục, đơn vị trong Bộ Tài chính"]
    assert names(gaz, "các đơn vị thuộc Tổng cục Hải quan và cơ quan Hải quan các cấp") == [
        "Các đơn vị thuộc Tổng cục Hải quan", "Cơ quan Hải quan các cấp"]
    # a named body keeps its own name; what follows 'thuộc' is no second office
    assert names(gaz, "Sở Tư pháp thuộc UBND tỉnh") == ["Sở Tư pháp"]


def test_lists_of_kinds_of_bodies(gaz):
    # after 'phối hợp với' a list of kinds without 'các' is one collective
    assert roles(gaz, "Sở Xây dựng chủ trì, phối hợp với cơ quan, tổ chức, cá nhân có liên quan tổ chức kiểm tra.") == [
        ("Sở Xây dựng", "lead"), ("Cơ quan, tổ chức, cá nhân có liên quan", "support")]
    assert names(gaz, "các sở, ngành và cơ quan nhà nước") == ["Các sở, ngành và cơ quan nhà nước"]
    assert names(gaz, "Các bộ, ngành, tổ chức chính trị - xã hội") == ["Các bộ, ngành, tổ chức chính trị - xã hội"]


def test_tổ_chức_as_a_noun(gaz):
    # a kind of organisation at a sentence's start, after 'các', after 'cơ quan, '
    assert roles(gaz, "Tổ chức tín dụng báo cáo Ngân hàng Nhà nước chi nhánh tỉnh trước ngày 10 hằng tháng.") == [
        ("Tổ chức tín dụng", "lead")]
    assert roles(gaz, "Các sở, ngành và các tổ chức liên quan có trách nhiệm cung cấp số liệu.") == [
        ("Các sở, ngành", "lead"), ("Các tổ chức liên quan", "lead")]
    assert roles(gaz, "Thủ trưởng các cơ quan, tổ chức quy định tại khoản 1 Điều này chịu trách nhiệm thi hành.") == [
        ("Thủ trưởng các cơ quan, tổ chức", "lead")]
    # the verb stays a verb
    assert roles(gaz, "Tổ chức tập huấn nghiệp vụ cho cán bộ cấp xã.") == []
    assert roles(gaz, "Tổ chức thi hành Quyết định này.") == []


def test_subject_verbs_of_decrees(gaz):
    assert roles(gaz, "Ủy ban nhân dân cấp tỉnh quy định mức hỗ trợ cụ thể trên địa bàn.") == [("Ủy ban nhân dân cấp tỉnh", "lead")]
    assert roles(gaz, "Các trại tạm giam hạch toán chi phí vào giá thành.") == [("Các trại tạm giam", "lead")]
    # 'theo quy định', 'quy định tại' are no verbs
    assert roles(gaz, "Học viên được cấp chứng chỉ theo quy định.") == []


def test_institutions_as_partners_and_the_cooperating_subject(gaz):
    assert roles(gaz, "Sở Văn hóa, Thể thao và Du lịch phối hợp với cơ sở cai nghiện ma túy tổ chức hoạt động thể thao.") == [
        ("Sở Văn hóa, Thể thao và Du lịch", "lead"), ("Cơ sở cai nghiện ma túy", "support")]


def test_bodies_asked_to_cooperate_are_partners(gaz):
    assert roles(gaz, "Bộ Nội vụ chủ trì, phối hợp với Bộ Tài chính, đề nghị Kiểm toán nhà nước phối hợp rà soát số liệu.") == [
        ("Bộ Nội vụ", "lead"), ("Bộ Tài chính", "support"), ("Kiểm toán nhà nước", "support")]
    assert ("Bộ Tư pháp", "support") in roles(gaz, "Các bộ, ngành liên quan phối hợp tham gia với Bộ Tư pháp rà soát văn bản.")


def test_alternative_parties_and_the_noun_phối_hợp(gaz):
    assert roles(gaz, "Hội đồng quản trị hoặc Giám đốc doanh nghiệp phê duyệt phương án.") == [
        ("Hội đồng quản trị", "lead"), ("Giám đốc doanh nghiệp", "lead")]
    # 'việc phối hợp ... giữa A và B' names the subject of the work, no partner
    assert roles(gaz, "Bộ Công an chủ trì đánh giá việc phối hợp giữa cơ quan thuế và cơ quan hải quan.") == [("Bộ Công an", "lead")]


def test_a_bracketed_unit_does_not_end_a_partner_list(gaz):
    assert roles(gaz, "Bộ Y tế chủ trì, phối hợp Bộ Tài chính (Cục Quản lý giá) và các bộ, ngành liên quan xây dựng khung giá.") == [
        ("Bộ Y tế", "lead"), ("Bộ Tài chính (Cục Quản lý giá)", "support"), ("Các bộ, ngành liên quan", "support")]


def test_asking_nobody_named_leaves_the_asker_responsible(gaz):
    assert roles(gaz, "Ban Quản lý các khu công nghiệp, khu kinh tế giao một đơn vị trực thuộc làm đầu mối tiếp nhận hồ sơ.") == [
        ("Ban Quản lý các khu công nghiệp, khu kinh tế", "lead")]
    # a relative clause ('các nhiệm vụ Chính phủ giao') names no assignee
    assert roles(gaz, "Tham mưu triển khai các nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao tại Nghị quyết số 12/NQ-CP.") == []


def test_duty_lead_ins_name_their_subject(gaz):
    assert [r.office for r in heading_offices("Người sử dụng dịch vụ chứng thực chữ ký số có trách nhiệm:", gaz)] == [
        "Người sử dụng dịch vụ chứng thực chữ ký số"]
    assert [r.office for r in heading_offices("Tổ chức quản lý quỹ đầu tư có trách nhiệm:", gaz)] == ["Tổ chức quản lý quỹ đầu tư"]
    assert [r.office for r in heading_offices(
        "Trường hợp người bị thương thuộc lực lượng vũ trang thì Bộ Quốc phòng, Bộ Công an chịu trách nhiệm:", gaz)] == [
        "Bộ Quốc phòng", "Bộ Công an"]
    # a heading that is a verb phrase names nobody
    assert heading_offices("Tổ chức thực hiện:", gaz) == []


def test_party_bodies_after_2025(gaz):
    assert [r.office for r in heading_offices("Ban Chính sách, chiến lược Trung ương", gaz)] == ["Ban Chính sách, chiến lược Trung ương"]
    assert roles(gaz, "Ủy ban Kiểm tra Trung ương chủ trì, phối hợp với Ban Nội chính Trung ương theo dõi việc thực hiện.") == [
        ("Ủy ban Kiểm tra Trung ương", "lead"), ("Ban Nội chính Trung ương", "support")]


def _tasks(text: str):
    config = Config()
    doc = Document(doc_id="t", lines=lines_from_text(text))
    return extract(structure(doc, config), config).tasks


HEAD = """BỘ TÀI CHÍNH
Số: 15/CV-BTC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 3 năm 2026

V/v tăng cường kỷ cương trong công tác thu ngân sách

"""


def test_an_impersonal_intro_under_a_lead_in_takes_the_nearer_body():
    text = HEAD + """Để bảo đảm thu đúng, thu đủ, Bộ Tài chính yêu cầu các Vụ, Cục thuộc Bộ và Kho bạc Nhà nước các cấp thực hiện một số nội dung sau:
1. Về kiểm soát chi:
Kho bạc Nhà nước các cấp thực hiện kiểm soát chi theo đúng quy định.
Để thuận tiện cho việc đối chiếu, cần lưu ý như sau:
+ Tại bảng kê chứng từ, ghi đủ mã nội dung kinh tế.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn A
"""
    t = next(t for t in _tasks(text) if t.text.startswith("Tại bảng kê"))
    assert [o.office for o in t.offices if o.role in ("lead", "support")] == ["Kho bạc Nhà nước các cấp"]


def test_plural_parties_of_a_duty(gaz):
    # a plural noun phrase before 'có/chịu trách nhiệm' names the parties, whatever its head
    assert roles(gaz, "Các bên ký kết hợp đồng có trách nhiệm lưu giữ hồ sơ.") == [("Các bên ký kết hợp đồng", "lead")]
    assert roles(gaz, "Các cơ sở trợ giúp xã hội công lập thực hiện tiếp nhận đối tượng.") == [
        ("Các cơ sở trợ giúp xã hội công lập", "lead")]
    # no duty verb, no party: 'Các nội dung ...' is no body
    assert roles(gaz, "Các nội dung khác thực hiện theo quy định hiện hành.") == []


def test_a_unit_of_a_force_and_the_ministry_of_a_sector(gaz):
    assert roles(gaz, "Bảo hiểm xã hội Quân đội có trách nhiệm giải quyết chế độ ốm đau.")[0][0].startswith("Bảo hiểm xã hội Quân đội")
    assert roles(gaz, "Các đơn vị thuộc cơ quan Bộ Tư pháp rà soát văn bản.") == [("Các đơn vị thuộc cơ quan Bộ Tư pháp", "lead")]
    assert roles(gaz, "Bộ quản lý ngành, lĩnh vực hướng dẫn thực hiện.") == [("Bộ quản lý ngành, lĩnh vực", "lead")]


def test_office_spans_benchmark_data_and_scoring():
    """The benchmark's rows are well formed (lead among the offices, a source named) and the
    scorer reads offices the way vnscore does; a regression guard on the batch-1 rows."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import office_spans as ob

    rows = ob.load()
    assert len(rows) >= 300 and {1, 2, 3} <= {r.batch for r in rows}
    for r in rows:
        assert r.source and r.text.strip()
        assert r.lead is None or r.lead in r.offices
    sample = [r for r in rows if r.batch == 1][:40]
    ob.run(sample, Config())
    s = ob.summary(sample)
    assert s["found"] >= 0.95 and s["f1"] >= 0.95
