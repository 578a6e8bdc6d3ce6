"""Session 9 office rules (issue #5), each on a sentence written for the test in the shape of the
real ones of blind batches 11-12 of ``benchmarks/data/office_spans.jsonl`` (Government resolutions'
'Trách nhiệm của X' articles, a ministry's programme of action, a Prime Minister's decision with
its annex table, provincial letters as pages report them)."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.extract import extract_tasks
from pipeline.extract.offices import load_gazetteer, names_issuer, roles_in_sentence
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def roles(gaz, text):
    return [(r.office, r.role) for r in roles_in_sentence(text, gaz) if r.role != "report-to"]


def doc_tasks(gaz, issuer: str, body: str, doc_type: str = "CÔNG VĂN"):
    text = (f"{issuer}\nSố: 15/VB\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Hà Nội, ngày 10 tháng 3 năm 2026\n\n{doc_type}\nVề việc tổ chức thực hiện các nhiệm vụ\n\n"
            f"{body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nNguyễn Văn An\n")
    doc = structure(Document(doc_id="t", lines=lines_from_text(text)), Config())
    return extract_tasks(doc, gaz)[0]


def offices_of(task):
    return [(r.office, r.role) for r in task.offices if r.role in ("lead", "support")]


# ---------------------------------------------------------------- the issuer as its own subject

@pytest.mark.parametrize("subject, issuer, same", [
    ("UBND tỉnh", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH", True),
    ("Ủy ban nhân dân tỉnh", "UBND TỈNH QUẢNG BÌNH", True),
    ("UBND TP. Hà Nội", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", True),
    ("Chủ tịch UBND tỉnh", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH", True),
    ("Ủy ban nhân dân cấp tỉnh", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", False),
    ("Sở Y tế", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH", False),
    ("UBND huyện", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH", False),
])
def test_a_body_names_itself_by_kind_and_level(subject, issuer, same):
    assert names_issuer(subject, issuer) is same


def test_the_issuer_directing_lists_no_office(gaz):
    # the province's own letter: 'UBND tỉnh chỉ đạo X chủ trì, phối hợp với Y ...'.  Session 15 round 2
    # (office16) settled it by ANNOTATION.md: "in 'Chỉ đạo X ...' the issuer directs X, and X is not
    # listed" and "Empty list when no one is named (the issuer itself acts)" -- no office (this test had
    # X lead and Y support, the convention office_spans used before)
    tasks = doc_tasks(gaz, "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH",
                      "UBND tỉnh chỉ đạo Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các huyện rà soát "
                      "diện tích lúa bị thiệt hại do mưa lũ.")
    assert offices_of(tasks[0]) == []
    tasks = doc_tasks(gaz, "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH",
                      "Ủy ban nhân dân tỉnh cũng chỉ đạo Sở Y tế tăng cường kiểm tra an toàn thực phẩm dịp Tết.")
    assert offices_of(tasks[0]) == []
    # ('chỉ đạo giao X' assigns: X works)
    tasks = doc_tasks(gaz, "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH",
                      "UBND tỉnh chỉ đạo giao Sở Y tế chủ trì tăng cường kiểm tra an toàn thực phẩm dịp Tết.")
    assert offices_of(tasks[0])[0] == ("Sở Y tế", "lead")


def test_another_body_directing_keeps_the_duty(gaz):
    # a ministry's circular: the province is the addressee that must see to it; the body it
    # directs is not listed (ANNOTATION: 'Chỉ đạo X ...')
    tasks = doc_tasks(gaz, "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                      "a) Ủy ban nhân dân cấp tỉnh chỉ đạo Sở Nông nghiệp và Môi trường rà soát diện tích rừng bị cháy.",
                      doc_type="THÔNG TƯ")
    assert [o for o, _r in offices_of(tasks[0])] == ["Ủy ban nhân dân cấp tỉnh"]


def test_the_issuer_reporting_its_own_decision_is_no_office(gaz):
    tasks = doc_tasks(gaz, "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
                      "UBND TP. Hà Nội đã ban hành Quyết định số 120/QĐ-UBND ngày 02/3/2026 về kế hoạch phát triển "
                      "cây ăn quả; giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã triển khai thực hiện.")
    assert offices_of(tasks[0])[0] == ("Sở Nông nghiệp và Môi trường", "lead")
    assert not any("Hà Nội" in o for o, _r in offices_of(tasks[0]))


# ---------------------------------------------------------------- 'Tổ chức' + what is organised

def test_organising_is_no_organisation(gaz):
    # an item under a body's heading that opens 'Tổ chức <event / force / means>' is its duty,
    # not a body called 'Tổ chức ...'
    tasks = doc_tasks(gaz, "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH",
                      "Điều 3. Tổ chức thực hiện\n1. Sở Công Thương\na) Tổ chức lực lượng kiểm tra liên ngành trên địa bàn;\n"
                      "b) Tổ chức hội nghị sơ kết việc thực hiện.\n2. Ủy ban nhân dân cấp huyện\na) Tổ chức việc thực hiện "
                      "nhiệm vụ được phân cấp;\nb) Tổ chức nguồn lực thực hiện tại địa phương.", doc_type="QUYẾT ĐỊNH")
    assert [offices_of(t) for t in tasks] == [[("Sở Công Thương", "lead")]] * 2 + [[("Ủy ban nhân dân cấp huyện", "lead")]] * 2


@pytest.mark.parametrize("text, expected", [
    # organisations named by their kind or by what they do stay bodies
    ("Tổ chức tín dụng có trách nhiệm báo cáo Ngân hàng Nhà nước.", [("Tổ chức tín dụng", "lead")]),
    ("Tổ chức thu phí phải lập và cấp chứng từ thu phí cho người nộp phí.", [("Tổ chức thu phí", "lead")]),
])
def test_bodies_named_tổ_chức_stay_bodies(gaz, text, expected):
    assert roles(gaz, text) == expected


# ---------------------------------------------------------------- Party organs over several committees

@pytest.mark.parametrize("text, expected", [
    ("Ban thường vụ các tỉnh ủy, thành ủy chỉ đạo rà soát, sắp xếp tổ chức bộ máy.",
     [("Ban thường vụ các tỉnh ủy, thành ủy", "lead")]),
    ("Ban Thường vụ các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy lãnh đạo triển khai thực hiện Chỉ thị này.",
     [("Ban Thường vụ các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "lead")]),
    # (two named committees stay two)
    ("Tỉnh ủy, Hội đồng nhân dân tỉnh lãnh đạo, giám sát việc thực hiện.", [("Tỉnh ủy", "lead"), ("Hội đồng nhân dân tỉnh", "lead")]),
])
def test_a_plural_party_organ_is_one_office(gaz, text, expected):
    assert roles(gaz, text) == expected


# ---------------------------------------------------------------- bare collectives and the school

@pytest.mark.parametrize("text, expected", [
    # a school's plan names the school itself; whatever word follows it is the verb
    ("Nhà trường phân công giáo viên trực trong các ngày nghỉ lễ.", [("Nhà trường", "lead")]),
    ("Nhà trường xét duyệt danh sách học sinh được miễn học phí trước ngày 30/9.", [("Nhà trường", "lead")]),
    # the plural bare 'các sở' is a whole name: the verb after it is the sentence's
    ("Để kịp tổng hợp, Bộ Y tế đề nghị các sở báo cáo số liệu trước ngày 20/10.", [("Các sở", "lead")]),
    # 'Song song đó, ...' opens the clause like 'Đồng thời, ...'
    ("Song song đó, các sở, ban, ngành và các địa phương phối hợp với ngành giáo dục tuyên truyền.",
     [("Các sở, ban, ngành", "lead"), ("Các địa phương", "lead"), ("Ngành giáo dục", "support")]),
])
def test_bare_collectives_are_named(gaz, text, expected):
    assert roles(gaz, text) == expected


# ---------------------------------------------------------------- role names with their qualifiers

@pytest.mark.parametrize("text, expected", [
    # 'theo lĩnh vực / địa bàn được phân công' says how the post-holders share the work, no part of the name
    ("Các đồng chí Lãnh đạo Sở theo lĩnh vực được phân công chịu trách nhiệm chỉ đạo thực hiện Kế hoạch này.",
     [("Lãnh đạo Sở", "lead")]),
    # the levels of one plural school name stay with it
    ("Hiệu trưởng các trường mầm non, tiểu học và THCS trên địa bàn chỉ đạo giáo viên rà soát sĩ số.",
     [("Hiệu trưởng các trường mầm non, tiểu học và THCS", "lead")]),
    ("Các trường THCS, THPT và Trung tâm GDNN-GDTX báo cáo kết quả về Sở.",
     [("Các trường THCS, THPT", "lead"), ("Trung tâm GDNN-GDTX", "lead")]),
])
def test_role_names_keep_their_own_words(gaz, text, expected):
    assert roles(gaz, text) == expected


# ---------------------------------------------------------------- list ends, the press, relative agents

@pytest.mark.parametrize("text, expected", [
    # a time adverbial between the partners and their verb is no part of a name
    ("Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn định kỳ hằng quý tổ chức giao ban.",
     [("Văn phòng Sở", "lead"), ("Các phòng chuyên môn", "support")]),
    # a newspaper by its capitalised title, in a list or as the subject
    ("Đề nghị Báo Nghệ An, Đài Phát thanh và Truyền hình tỉnh tăng cường tuyên truyền.",
     [("Báo Nghệ An", "lead"), ("Đài Phát thanh và Truyền hình tỉnh", "lead")]),
    ("Báo Khánh Hòa mở chuyên mục tuyên truyền về Chỉ thị.", [("Báo Khánh Hòa", "lead")]),
    # ('báo cáo' in lower case is the verb, never a newspaper)
    ("Sở Y tế báo cáo kết quả thực hiện trước ngày 15/12.", [("Sở Y tế", "lead")]),
])
def test_lists_end_and_the_press_is_named(gaz, text, expected):
    assert roles(gaz, text) == expected


def test_a_relative_agent_heads_the_items_below_it(gaz):
    from pipeline.extract.assign import heading_offices
    # the duty frame without its colon, after a sentence stating the aim
    roles_ = heading_offices("Tăng cường trách nhiệm trong việc theo dõi các chỉ số. Đơn vị được giao chủ trì các dự án "
                             "thành phần có trách nhiệm", gaz)
    assert [r.office for r in roles_] == ["Đơn vị được giao chủ trì các dự án thành phần"]
    # two bodies named by what they were assigned, joined by 'và'
    roles_ = heading_offices("Cơ quan được giao quản lý dữ liệu và đơn vị được phân công vận hành, bảo trì hệ thống "
                             "có trách nhiệm:", gaz)
    assert [r.office for r in roles_] == ["Cơ quan được giao quản lý dữ liệu", "Đơn vị được phân công vận hành, bảo trì hệ thống"]


def test_a_dash_list_cell_names_each_body(gaz):
    from pipeline.extract.tables import responsible_parts
    cell = "- Vụ Pháp chế - Cục Chuyển đổi số - Các đơn vị khác có liên quan"
    assert [n for n, _w in responsible_parts(cell, gaz)] == ["Vụ Pháp chế", "Cục Chuyển đổi số", "Các đơn vị khác có liên quan"]
    # (a dash inside a name joins its fields)
    cell = "- Sở Lao động - Thương binh và Xã hội - Sở Văn hóa - Thể thao và Du lịch"
    assert [n for n, _w in responsible_parts(cell, gaz)] == ["Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa - Thể thao và Du lịch"]


def test_a_second_header_row_splits_the_doers_column(gaz):
    body = ("PHỤ LỤC DANH MỤC CÁC ĐỀ ÁN TRÌNH CHÍNH PHỦ\n"
            "| STT | Tên đề án | Thời gian trình | Đơn vị thực hiện |  | Ghi chú |\n| --- | --- | --- | --- | --- | --- |\n"
            "|  |  |  | Chủ trì | Phối hợp |  |\n"
            "| 1 | Đề án phát triển dữ liệu nền | Tháng 6 | Cục Chuyển đổi số | - Vụ Pháp chế - Các đơn vị khác có liên quan |  |")
    tasks = doc_tasks(gaz, "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", body, doc_type="QUYẾT ĐỊNH")
    task = next(t for t in tasks if t.text.startswith("Đề án phát triển"))
    assert offices_of(task) == [("Cục Chuyển đổi số", "lead"), ("Vụ Pháp chế", "support"), ("Các đơn vị khác có liên quan", "support")]


# ---------------------------------------------------------------- the benchmark's batches 12-13

def _batch(n):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import office_spans as ob

    rows = [r for r in ob.load() if r.batch == n]
    ob.run(rows, Config())
    return ob, rows


def test_batch_12_rows_are_well_formed_and_keep_the_fixes():
    """Batch 12 (84 rows; 48 from NQ 175, NQ 105, QĐ 982, whose excerpts are gold c1-c4: seen; first
    pass on the 36 unseen rows 0.859): well formed, and the code keeps 0.96 on it."""
    ob, rows = _batch(12)
    assert len(rows) == 84 and sum(r.seen for r in rows) == 48
    assert all(r.source and (r.lead is None or r.lead in r.offices) for r in rows)
    assert ob.summary(rows)["f1"] >= 0.96


def test_batch_13_keeps_at_least_its_first_pass():
    """Batch 13 (54 rows annotated after office12's fixes; first pass 0.827; tuned on for one
    miss at the merge, 'Các Bộ trưởng: Tài chính, Nội vụ, ...': 0.865)."""
    ob, rows = _batch(13)
    assert len(rows) == 54 and 13 not in ob.NEVER_TUNED and not any(r.seen for r in rows)
    assert all(r.source and (r.lead is None or r.lead in r.offices) for r in rows)
    assert ob.summary(rows)["f1"] >= 0.86
    # (session 14, office_speech14: 'Công an đơn vị, địa phương' is one office: 0.865 -> 0.877; the
    # floor that guards it, once test_offices_speech14's own run of the same rows)
    assert ob.summary(rows)["f1"] >= 0.875
