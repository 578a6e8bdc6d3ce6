"""Session 9 office rules (issue #5: who a directive makes responsible), each on a sentence written
for the test in the shape of the real ones of blind batch 9 of ``benchmarks/data/office_spans.jsonl``
(a Government resolution moving ministries' duties after the 2025 merger, a Prime Minister's
regulation of a council, NĐ 151/2025 on two-level local government, provincial letters and Party
directives as public pages report them)."""
from __future__ import annotations

import pytest

from pipeline.extract.offices import load_gazetteer, roles_in_sentence, subject_of


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def roles(gaz, text):
    return [(r.office, r.role) for r in roles_in_sentence(text, gaz) if r.role != "report-to"]


# ---------------------------------------------------------------- subjects of conditions and duties

@pytest.mark.parametrize("text, expected", [
    # 'Khi / Nếu / Trường hợp ... thì X <duty>': the party after 'thì' is the doer, whatever verb it takes
    ("Nếu phát hiện hồ sơ giả mạo thì người có thẩm quyền phải lập biên bản và chuyển hồ sơ đến cơ quan công an.",
     [("Người có thẩm quyền", "lead")]),
    ("Trường hợp cần điều chỉnh thì các cơ sở giáo dục lựa chọn phương án phù hợp và báo cáo Sở Giáo dục và Đào tạo.",
     [("Các cơ sở giáo dục", "lead")]),
    # an item printed with its number where no list was recognised around it
    ("2. Khi có vướng mắc thì cơ sở đào tạo phải báo cáo Sở Lao động.", [("Cơ sở đào tạo", "lead")]),
])
def test_the_party_after_then_is_the_doer(gaz, text, expected):
    assert roles(gaz, text) == expected


def test_a_power_holder_is_one_noun_phrase(gaz):
    # 'người có thẩm quyền' (the holder of a power): 'có' is no verb there; in an opener's list the
    # legal pair 'cơ quan, người có thẩm quyền' is still the opener's, the subject comes after it
    text = ("Trong thời hạn 10 ngày kể từ ngày nhận được văn bản của cơ quan, người có thẩm quyền, "
            "Phòng Kinh tế lập hồ sơ trình Ủy ban nhân dân xã.")
    assert roles(gaz, text) == [("Phòng Kinh tế", "lead")]


@pytest.mark.parametrize("text, subject", [
    # appointing, choosing, prohibitions: verbs of a regulation end the subject's name
    ("Bộ trưởng Bộ Nội vụ bổ nhiệm, miễn nhiệm Giám đốc Trung tâm theo đề nghị của Cục trưởng Cục Văn thư.", "Bộ trưởng Bộ Nội vụ"),
    ("Cơ quan tiếp nhận hồ sơ không được yêu cầu người nộp hồ sơ bổ sung giấy tờ ngoài quy định.", "Cơ quan tiếp nhận hồ sơ"),
    # a title before a capitalised bare head ('Chủ tịch Ủy ban', 'Trưởng Ban'): the head of the body
    # the text is about, and the verb after it is the sentence's
    ("Chủ tịch Ủy ban phân công nhiệm vụ cho các Phó Chủ tịch và các thành viên.", "Chủ tịch Ủy ban"),
    ("Giám đốc Trung tâm phân công cán bộ trực.", "Giám đốc Trung tâm"),
    # 'Mỗi / Mọi' as 'các': every one of the bodies named
    ("Mỗi trường học bố trí một phòng y tế.", "Mỗi trường học"),
])
def test_verbs_of_a_regulation_end_the_subject(gaz, text, subject):
    assert subject_of(text, gaz)[0] == subject


def test_a_prohibited_request_names_no_office(gaz):
    # 'X không được yêu cầu Y ...' forbids X to ask Y: Y is no body the text makes responsible
    assert roles(gaz, "Cơ quan tiếp nhận hồ sơ không được yêu cầu người nộp hồ sơ bổ sung giấy tờ ngoài quy định.") == [
        ("Cơ quan tiếp nhận hồ sơ", "lead")]


def test_a_proposer_is_no_office(gaz):
    assert roles(gaz, "Bộ trưởng Bộ Nội vụ bổ nhiệm, miễn nhiệm Giám đốc Trung tâm theo đề nghị của Cục trưởng Cục Văn thư.") == [
        ("Bộ trưởng Bộ Nội vụ", "lead")]


# ---------------------------------------------------------------- reported documents

@pytest.mark.parametrize("text, expected", [
    # 'X vừa ban hành / đã có <document> (số ...) (ngày ...) yêu cầu Y ...': the bodies the reported
    # document asks are the offices, not its issuer
    ("Sở Y tế vừa ban hành công văn số 1234/SYT-NV yêu cầu các bệnh viện, trung tâm y tế tăng cường phòng chống dịch.",
     [("Các bệnh viện", "lead"), ("Trung tâm y tế", "lead")]),
    ("Để chủ động ứng phó với mưa lũ, Chủ tịch UBND tỉnh đã có Công văn số 567/UBND-NN ngày 12/9/2025 yêu cầu "
     "UBND các xã, phường kiểm tra các hồ chứa.", [("UBND các xã, phường", "lead")]),
    ("Ban Thường vụ Huyện ủy vừa có văn bản chỉ đạo số 88-CV/HU đề nghị các cấp ủy, tổ chức đảng tổ chức quán triệt Chỉ thị.",
     [("Các cấp ủy", "lead"), ("Tổ chức đảng", "lead")]),
])
def test_a_reported_document_s_addressees_are_the_offices(gaz, text, expected):
    assert roles(gaz, text) == expected


# ---------------------------------------------------------------- lists of bodies

@pytest.mark.parametrize("text, expected", [
    # a qualifier ('của / trong / thuộc ...') ends at a comma before a plural or a capitalised title
    ("Bộ trưởng, cơ quan trung ương của các hội quần chúng, Chủ tịch Ủy ban nhân dân cấp xã, cơ quan, tổ chức, cá nhân liên quan",
     ["Bộ trưởng", "Cơ quan trung ương", "Chủ tịch Ủy ban nhân dân cấp xã", "Cơ quan, tổ chức, cá nhân liên quan"]),
    ("các trường trong địa bàn tỉnh, các bệnh viện, hội nghề nghiệp", ["Các trường", "Các bệnh viện", "Hội nghề nghiệp"]),
    # the head of an office by its title: 'Chánh Văn phòng', 'Chánh Thanh tra'
    ("Chánh Văn phòng UBND huyện, Chánh Thanh tra tỉnh, Giám đốc Sở Tài chính",
     ["Chánh Văn phòng UBND huyện", "Chánh Thanh tra tỉnh", "Giám đốc Sở Tài chính"]),
    # a Party letter's kinds of bodies
    ("các cấp ủy, tổ chức đảng, chính quyền, đoàn thể", ["Các cấp ủy", "Tổ chức đảng", "Chính quyền", "Đoàn thể"]),
])
def test_list_items_after_a_qualifier(gaz, text, expected):
    from pipeline.extract.offices import split_office_list

    assert [n for n, _w in split_office_list(text, gaz)] == expected


@pytest.mark.parametrize("text, expected", [
    # an official name enumerates its fields with commas and closes them with 'và / &': one name
    ("Phòng Văn hóa và Thông tin; Trung tâm Văn hóa, Thể thao và Truyền thông các huyện",
     ["Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa, Thể thao và Truyền thông các huyện"]),
    ("Phòng Văn hóa, Khoa học và Thông tin, Phòng Kinh tế", ["Phòng Văn hóa, Khoa học và Thông tin", "Phòng Kinh tế"]),
    ("Ban Chỉ huy PCTT, TKCN & PTDS Công an các đơn vị, địa phương", ["Ban Chỉ huy PCTT, TKCN & PTDS Công an các đơn vị, địa phương"]),
    # a list of bodies opens each item with a body head: no name runs across its commas
    ("Sở Văn hóa, Thể thao và Du lịch, Sở Y tế, Công an tỉnh", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế", "Công an tỉnh"]),
    ("Thanh tra, Công an và Quản lý thị trường", ["Thanh tra", "Công an", "Quản lý thị trường"]),
])
def test_commas_inside_an_official_name(gaz, text, expected):
    from pipeline.extract.offices import split_office_list

    assert [n for n, _w in split_office_list(text, gaz)] == expected


@pytest.mark.parametrize("text, expected", [
    # 'Thực hiện <document> ...; <body> giao / đề nghị Y ...': the grounds first, then the assignment
    ("Thực hiện Công văn số 12/BXD-KHTC ngày 3/3/2026 của Bộ Xây dựng; Chủ tịch UBND tỉnh giao Sở Xây dựng chủ trì, "
     "phối hợp với Sở Tài chính rà soát danh mục dự án, báo cáo UBND tỉnh trước ngày 20/3/2026.",
     ["Sở Xây dựng", "Sở Tài chính"]),
    ("Thực hiện Kế hoạch số 55/KH-UBND ngày 2/4/2026 của UBND tỉnh, Sở Y tế đề nghị các bệnh viện, trung tâm y tế "
     "triển khai tuyên truyền đến người bệnh.", ["Các bệnh viện", "Trung tâm y tế"]),
])
def test_an_assignment_after_its_grounds_is_a_task(tmp_path, text, expected):
    from tests.conftest import process_text

    doc = process_text(tmp_path, "UBND TỈNH BẮC NINH\nSố: 7/UBND-KT\nBắc Ninh, ngày 10 tháng 4 năm 2026\n\n"
                                 "CÔNG VĂN\nVề việc triển khai nhiệm vụ\n\nKính gửi: Các sở, ngành\n\n" + text + "\n")
    t = next(t for t in doc.tasks if t.text.startswith("Thực hiện"))
    assert [o.office for o in t.offices if o.role in ("lead", "support")] == expected


def test_a_deadline_at_a_law_s_expiry_is_still_a_task(tmp_path):
    # 'hoàn thành trước thời điểm hết hiệu lực của Nghị quyết ...': the time a text ceases to apply, a
    # deadline; not a statement that a text is no longer in force
    from tests.conftest import process_text

    doc = process_text(tmp_path, "CHÍNH PHỦ\nSố: 9/NQ-CP\nHà Nội, ngày 5 tháng 5 năm 2026\n\nNGHỊ QUYẾT\nVề việc thí điểm\n\n"
                                 "Điều 3. Trách nhiệm thi hành\n1. Bộ Tài chính chủ trì, phối hợp với các bộ có liên quan rà soát quy định, "
                                 "hoàn thành trước thời điểm hết hiệu lực của Nghị quyết số 12/2025/QH15 của Quốc hội.\n"
                                 "2. Nghị quyết số 40/NQ-CP hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực.\n")
    assert [t.text[:26] for t in doc.tasks] == ["Bộ Tài chính chủ trì, phối"]


@pytest.mark.parametrize("text, expected", [
    # a condition's own lists before the main clause's subject ('Trong trường hợp ..., <list>, cần ...,
    # UBND ... báo cáo ...'): a lower-case noun list closed by a comma belongs to the condition
    ("Trong trường hợp thay đổi địa giới, sáp nhập thôn, tổ dân phố, cần bổ sung thành viên, UBND các xã báo cáo UBND tỉnh.",
     [("UBND các xã", "lead")]),
    # legal parties named by their part in a contract
    ("Trường hợp hợp đồng chấm dứt trước hạn, các bên tham gia hợp đồng phải quyết toán chi phí.",
     [("Các bên tham gia hợp đồng", "lead")]),
    # 'Theo đó, yêu cầu X, Y, Z ...': the list asked, not a later item of it
    ("Theo đó, yêu cầu Hiệu trưởng các trường THCS, Giám đốc Trung tâm GDNN-GDTX rà soát danh sách học sinh.",
     [("Hiệu trưởng các trường THCS", "lead"), ("Giám đốc Trung tâm GDNN-GDTX", "lead")]),
    # a commune named in running text with a lower-case 'xã'
    ("Đoàn giám sát đề nghị xã Tân Lập cần tiếp tục rà soát quỹ đất công.", [("Xã Tân Lập", "lead")]),
])
def test_subjects_in_conditions_and_requests(gaz, text, expected):
    assert roles(gaz, text) == expected


def test_two_levels_side_by_side_are_one_jurisdiction(gaz):
    assert subject_of("Trưởng phòng GD&ĐT các quận huyện tham mưu xây dựng phương án.", gaz)[0] == "Trưởng phòng GD&ĐT các quận huyện"


def _batch(n):
    import sys
    from pathlib import Path

    from pipeline.config import Config

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import office_spans as ob

    rows = [r for r in ob.load() if r.batch == n]
    ob.run(rows, Config())
    return ob, rows


def test_batch_9_rows_are_well_formed_and_keep_the_fixes():
    """Batch 9 (101 rows, blind; first pass 0.819 on main, 0.839 with the articles' context): well
    formed, and the code keeps 0.92 on it."""
    ob, rows = _batch(9)
    assert len(rows) >= 100 and not any(r.seen for r in rows)
    assert all(r.source and (r.lead is None or r.lead in r.offices) for r in rows)
    assert ob.summary(rows)["f1"] >= 0.92


def test_batch_10_rows_are_well_formed_and_keep_the_fixes():
    """Batch 10 (37 rows, blind after the batch-9 fixes; first pass 0.868): the code keeps 0.90."""
    ob, rows = _batch(10)
    assert len(rows) >= 35 and not any(r.seen for r in rows)
    assert all(r.source and (r.lead is None or r.lead in r.offices) for r in rows)
    assert ob.summary(rows)["f1"] >= 0.90


def test_the_lead_convention_in_the_benchmark_rows():
    """Session-8 lead convention: no row of the benchmark leaves the lead null for a single body that
    'phối hợp với' a partner without anyone 'chủ trì' (the rows brought in line in session 9)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import office_spans as ob

    ids = {"os030", "os235", "ob4-056", "ob7-009", "ob8-013", "ob8-030", "ob8-042"}
    rows = {r.id: r for r in ob.load() if r.id in ids}
    assert len(rows) == len(ids) and all(r.lead == r.offices[0] for r in rows.values())
