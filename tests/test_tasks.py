"""Tasks end to end: the pipeline on gold texts, scored with the project's scorer, plus the
pieces (sentences, classification, group assignments) on the seed and real documents."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import pipeline
from pipeline.extract import extract_tasks
from pipeline.extract.sentences import build_blocks, split_sentences
from pipeline.model import Document, lines_from_text

from extract_helpers import GOLD, f1, gold_ids, run_and_score

ROOT = Path(__file__).resolve().parent.parent
SEED = "000_bed89d1f3f7829d9"
SHARED_TEXT = ROOT.parent / "shared" / "realdocs" / "text"


def doc_of(text: str, doc_id: str = "t") -> Document:
    return Document(doc_id, lines=lines_from_text(text))


def tasks_of(doc: Document) -> list:
    """The tasks of a document built by a test (structure, then extract)."""
    from pipeline.config import Config
    from pipeline.extract import extract
    from pipeline.structure import structure

    return extract(structure(doc, Config()), Config()).tasks


@pytest.fixture(scope="module")
def seed():
    return pipeline.process(GOLD / f"{SEED}.clean.txt", doc_id=SEED)


def test_seed_matches_its_gold_exactly():
    _doc, sc = run_and_score(SEED)
    assert sc.missed == [] and sc.wrong == []
    assert f1(sc.tasks) == 1.0 and f1(sc.deadlines) == 1.0 and f1(sc.offices) == 1.0
    assert sc.sections.hit_gold == sc.sections.gold and sc.recurrence.hit_gold == sc.recurrence.gold


@pytest.mark.parametrize("doc_id", gold_ids())
def test_every_gold_document(doc_id):
    _doc, sc = run_and_score(doc_id)
    partial = json.loads((GOLD / f"{doc_id}.tasks.json").read_text(encoding="utf-8")).get("partial")
    # a partly annotated gold scores task recall only (its predictions cannot be judged); a letter
    # that directs no one (a7: a reply explaining the law) has no F1: nothing may be predicted but
    # the sentences its gold marks optional
    if sc.tasks.gold == 0 and not partial:
        assert sc.tasks.hit_pred == sc.tasks.pred, "tasks predicted in a letter that directs no one"
    else:
        assert (sc.tasks.hit_gold / sc.tasks.gold if partial else f1(sc.tasks)) >= 0.9, sc.missed
    assert f1(sc.deadlines) >= 0.85, sc.wrong
    assert f1(sc.offices) >= 0.8, sc.wrong
    assert sc.sections.hit_gold >= 0.9 * sc.sections.gold


def test_all_gold_documents_meet_the_targets():
    from pipeline.eval import total

    scores = [run_and_score(d)[1] for d in gold_ids()]
    t = total(scores)
    assert f1(t.tasks) >= 0.95
    assert f1(t.deadlines) >= 0.95
    assert f1(t.offices) >= 0.90
    assert t.sections.hit_gold / t.sections.gold >= 0.95


def test_task_provenance_and_verbs(seed):
    t = next(t for t in seed.tasks if t.text.startswith("Chỉ đạo hoàn thành công tác chuẩn bị đầu tư"))
    assert (t.line_start, t.line_end, t.page) == (50, 52, 1)
    assert t.verb.lower() == "chỉ đạo"
    assert t.section == "A > 1 > 1.3"
    assert t.deadline == dt.date(2023, 5, 31) and t.deadline_text == "chậm nhất trong tháng 5/2023"
    item9 = next(t for t in seed.tasks if t.item == "9")
    assert [o.office for o in item9.offices] == ["Công an huyện"] and item9.lead == "Công an huyện"


def test_references_are_collected_and_not_deadlines(seed):
    refs = {r.number: r for r in seed.references}
    assert refs["19-CT/TU"].date == dt.date(2020, 6, 11) and refs["17-CT/TU"].date == dt.date(2020, 2, 27)
    t = next(t for t in seed.tasks if "19-CT/TU" in t.text)
    assert t.deadline is None and t.recurrence == "monthly" and refs["19-CT/TU"].task_id == t.id


def test_sentences_split_at_ends_not_in_numbers_or_abbreviations():
    text = ("Chỉ đạo TP. Hà Nội báo cáo. Thực hiện Chỉ thị số 19-CT/TU với 5.000 hộ; tăng cường kiểm tra. "
            "Đ/c. Nguyễn Văn A chủ trì… Tập trung ra quân.")
    parts = [text[a:b].strip() for a, b in split_sentences(text)]
    assert parts == ["Chỉ đạo TP. Hà Nội báo cáo.", "Thực hiện Chỉ thị số 19-CT/TU với 5.000 hộ; tăng cường kiểm tra.",
                     "Đ/c. Nguyễn Văn A chủ trì…", "Tập trung ra quân."]


def test_wrapped_lines_are_joined_and_labels_glued_by_a_scrape_are_split():
    doc = doc_of("II. NỘI DUNG\n1. Tăng cường quản lý nhà nước về lao động 1.1.\nRà soát các cơ chế,\n"
                 "thủ tục giải quyết tranh chấp lao động.\n2. Giải quyết tốt tranh chấp 2.1. Kiện toàn thiết chế hòa giải.\n")
    blocks = [(b.path, b.text) for b in build_blocks(doc)]
    assert ("II > 1 > 1.1", "Rà soát các cơ chế, thủ tục giải quyết tranh chấp lao động.") in blocks
    assert ("II > 2 > 2.1", "Kiện toàn thiết chế hòa giải.") in blocks


def test_not_tasks_preamble_headings_attributes_notes_recipients():
    text = """Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
UBND huyện yêu cầu các cơ quan thực hiện các nội dung sau:
I. NHIỆM VỤ
1. Về phát triển kinh tế
1.1. Rà soát các cơ sở sản xuất trên địa bàn.
- Cơ quan thực hiện: Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Chi cục Thuế.
- Thời gian thực hiện: hoàn thành trong quý II/2024.
1.2. Báo cáo kết quả thu ngân sách.
(Phòng Tài chính - Kế hoạch chuẩn bị nội dung 1.2)
Nơi nhận:
- Như trên;
- Lưu: VT.
"""
    tasks, _refs, _an = extract_tasks(doc_of(text))
    assert [t.text for t in tasks] == ["Rà soát các cơ sở sản xuất trên địa bàn.", "Báo cáo kết quả thu ngân sách."]
    t = tasks[0]
    assert [(o.office, o.role) for o in t.offices] == [("Phòng Tài chính - Kế hoạch", "lead"), ("Chi cục Thuế", "support")]
    assert t.deadline == dt.date(2024, 6, 30) and t.section == "I > 1 > 1.1"


def test_office_heading_and_giao_intro_cover_their_items():
    text = """II. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính:
a) Chủ trì hướng dẫn việc quản lý kinh phí;
b) Phối hợp với Bộ Nội vụ hướng dẫn các địa phương bố trí nguồn kinh phí.
2. Giao Sở Y tế:
- Chỉ đạo các bệnh viện rà soát trang thiết bị.
- Báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 7 năm 2024.
"""
    tasks, _r, _a = extract_tasks(doc_of(text))
    got = {t.text[:20]: [(o.office, o.role) for o in t.offices] for t in tasks}
    assert got["Chủ trì hướng dẫn vi"] == [("Sở Tài chính", "lead")]
    # the heading's office cooperates with a partner: it leads, the partner supports (session-8
    # lead convention for 'X phối hợp với Y ...', X here named by the heading)
    assert got["Phối hợp với Bộ Nội "] == [("Sở Tài chính", "lead"), ("Bộ Nội vụ", "support")]
    assert got["Chỉ đạo các bệnh việ"] == [("Sở Y tế", "lead")]
    assert got["Báo cáo Ủy ban nhân "] == [("Sở Y tế", "lead"), ("Ủy ban nhân dân tỉnh", "report-to")]
    assert tasks[-1].deadline == dt.date(2024, 7, 15)


def test_meeting_date_for_agenda_items():
    text = """B. HỘI NGHỊ
I. Phiên họp thường kỳ UBND huyện tháng 6/2024: Ngày 25/6/2024 (Thứ Ba); dự kiến các nội dung trình phiên họp gồm:
1. Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm.
2. Dự thảo quy chế làm việc.
(Văn phòng HĐND và UBND huyện chuẩn bị nội dung 1, 2)
"""
    tasks, _r, an = extract_tasks(doc_of(text))
    assert [t.deadline for t in tasks] == [dt.date(2024, 6, 25)] * 2
    assert all(t.lead == "Văn phòng HĐND và UBND huyện" for t in tasks)  # as written
    assert an == []


@pytest.mark.needs_shared
@pytest.mark.parametrize("path", sorted(SHARED_TEXT.glob("*.txt")) if SHARED_TEXT.exists() else [])
def test_every_real_document_runs_and_gives_sane_tasks(path):
    doc = pipeline.process(path)
    assert doc.ok, doc.error
    assert doc.tasks, "a directive has tasks"
    for t in doc.tasks:
        assert 1 <= t.line_start <= t.line_end <= len(doc.lines)
        assert len(t.text.split()) >= 3
        assert not t.text.startswith(("Căn cứ Luật", "Nơi nhận", "- Cơ quan thực hiện", "- Thời gian thực hiện"))
        assert all(o.office.strip() for o in t.offices)


@pytest.mark.parametrize("name", ["03_btc_congvan19046_haiquan_2014.txt", "04_ttg_chithi299_dodac_1980.txt",
                                  "05_vpcp_congvan2739_2019.txt"])
def test_samples_without_gold_run(name):
    doc = pipeline.process(ROOT / "samples" / "text" / name)
    assert doc.ok and doc.tasks


def test_flattened_task_table_rows_are_tasks():
    """A Phụ lục task table as a PDF text layer prints it (one cell per run of lines); the
    fixture is written for the project in the Công báo layout."""
    text = (ROOT / "tests" / "data" / "extract_flattened_table.txt").read_text(encoding="utf-8")
    tasks, _r, _a = extract_tasks(doc_of(text))
    rows = [t for t in tasks if t.offices and any(o.source == "table" for o in t.offices)]
    got = [(t.section, t.text, t.lead, [o.office for o in t.offices if o.role == "support"], t.deadline) for t in rows]
    assert got[0] == ("I > 1", "Rà soát, thể chế hóa các chủ trương, định hướng thành văn bản pháp luật.", None,
                      ["Các bộ, cơ quan, địa phương"], dt.date(2027, 12, 31))
    assert got[1][2] == "Bộ NN&MT" and got[1][4] == dt.date(2026, 12, 31)  # as written
    assert next(o.canonical for o in rows[1].offices if o.role == "lead") == "Bộ Nông nghiệp và Môi trường"
    # sub-rows: the heading row '3' is no task; 'Bộ Công' + 'Thương' is one name
    assert [g[1] for g in got[2:]] == ["Công trình đê điều, hồ đập.", "Công trình giao thông.", "Công trình hạ tầng năng lượng."]
    assert got[-1][2] == "Bộ Công Thương"
    # the table's header and title lines are no tasks, and nothing is read twice
    assert not [t for t in tasks if "Cơ quan chủ" in t.text or "NHIỆM VỤ TRỌNG TÂM" in t.text]
    assert len(tasks) == 1 + len(rows)


def test_time_list_gives_the_latest_date_to_the_work_above():
    text = """1. Tổ chức đo đạc, phân hạng và đăng ký ruộng đất trong cả nước.
Các cơ quan sử dụng đất có nhiệm vụ kê khai đúng thời hạn.
Thời gian hoàn thành công việc nói trên được quy định như sau:
- Vùng đồng bằng: cuối năm 1982;
- Các vùng khác: cuối năm 1984.
2. Lập sổ địa chính.
"""
    tasks, _r, _a = extract_tasks(doc_of(text))
    assert [t.text[:20] for t in tasks] == ["Tổ chức đo đạc, phân", "Các cơ quan sử dụng ", "Lập sổ địa chính."]
    assert tasks[0].deadline == dt.date(1984, 12, 31)
    assert tasks[1].deadline is None and tasks[2].deadline is None  # own subject; another item


def test_task_table_with_result_and_level_columns():
    """A second layout (written for the project): 'Cấp trình' and 'Sản phẩm' columns between the
    offices and the time, the header printed again after a page break, names wrapped word by word
    ('Bộ' / 'Nội' / 'vụ', 'Thanh tra' / 'Chính phủ') and a content line that wraps before a
    capitalised word ('... của' / 'Bộ Chính trị về ...')."""
    text = (ROOT / "tests" / "data" / "extract_flattened_table_results.txt").read_text(encoding="utf-8")
    tasks, _r, _a = extract_tasks(doc_of(text))
    rows = [t for t in tasks if any(o.source == "table" for o in t.offices)]
    assert [t.section for t in rows][:3] == ["I > 1", "I > 2", "I > 3"]
    assert rows[0].text.endswith("Bộ Chính trị về đổi mới phương thức quản lý hội.")
    assert rows[0].lead == "Bộ Nội vụ"
    assert [o.office for o in rows[0].offices if o.role == "support"] == ["Bộ Tư pháp", "Thanh tra Chính phủ"]
    assert rows[0].deadline == dt.date(2026, 9, 30)
    # the level the task goes to ('Thủ tướng Chính phủ', 'Cấp có thẩm quyền') and the product
    # ('Đề án được phê duyệt', 'Hội nghị tập huấn') are not offices
    assert [o.office for o in rows[1].offices] == ["Bộ Nội vụ", "Các bộ, ngành, địa phương"]
    assert rows[1].deadline == dt.date(2026, 6, 30)
    assert rows[2].lead == "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
    assert [o.office for o in rows[2].offices if o.role == "support"] == ["Bộ Nội vụ"]
    assert rows[2].deadline == dt.date(2026, 12, 31)
    # the repeated header is no task
    assert not [t for t in tasks if "Cơ quan chủ" in t.text or "Tên nhiệm vụ" in t.text]
    # a row number on the line of its first words; 'Các' / 'bộ' / 'ở' / 'Trung ương' is one cell; a
    # 'Căn cứ' cell after the time is not part of it; a group title on its label's line
    assert [t.section for t in rows[3:]] == ["I > 4", "II > 5"]
    assert rows[3].text.startswith("Ban hành hướng dẫn thống nhất")
    assert [o.office for o in rows[3].offices] == ["Các bộ ở Trung ương", "Ủy ban nhân dân các cấp"]
    assert (rows[3].deadline, rows[3].recurrence) == (dt.date(2026, 12, 31), "yearly")
    # the page number under the running head is no row, the footnote is no deadline
    assert rows[4].deadline == dt.date(2026, 12, 31) and rows[4].lead == "Bộ Nội vụ"
    assert len(rows) == 5


def test_a_body_line_ending_on_a_cited_date_is_not_the_date_line():
    """A Công báo line that wraps right after a cited date ('... Công điện số 34/CĐ-TTg ngày 25
    tháng 4 năm 2026') is body text; the place-and-date line of the header is not."""
    text = """BỘ XÂY DỰNG
Số: 12/KH-BXD
Hà Nội, ngày 06 tháng 5 năm 2026
KẾ HOẠCH
1. Cục Kinh tế xây dựng chủ trì, phối hợp với các cơ quan, đơn vị:
a) Thực hiện nghiêm Chỉ thị số 16/CT-TTg ngày 23 tháng 4 năm 2026
về việc đẩy nhanh giải ngân vốn đầu tư công, báo cáo Bộ trước ngày 20 tháng 5 năm 2026.
b) Rà soát định mức dự toán xây dựng công trình.
2. Thanh tra Chính phủ chủ trì, phối hợp với các bộ, ngành, địa phương liên quan:
a) Xây dựng kế hoạch thanh tra năm 2027.
"""
    tasks, _r, _a = extract_tasks(doc_of(text))
    a = next(t for t in tasks if t.text.startswith("Thực hiện nghiêm Chỉ thị số 16/CT-TTg"))
    assert a.text.endswith("trước ngày 20 tháng 5 năm 2026.") and a.deadline == dt.date(2026, 5, 20)
    assert a.lead == "Cục Kinh tế xây dựng"
    # 'Thanh tra Chính phủ chủ trì ...:' heads its items although 'thanh tra' is also a verb
    b = next(t for t in tasks if t.text.startswith("Xây dựng kế hoạch thanh tra"))
    assert b.lead == "Thanh tra Chính phủ" and b.deadline is None  # the plan of a year, no deadline
    assert not [t for t in tasks if t.text.startswith("Thanh tra Chính phủ chủ trì") and not t.text.endswith(":")]


def test_giao_lead_in_and_clauses_with_their_own_subjects():
    text = """VĂN PHÒNG CHÍNH PHỦ
Số: 215/TB-VPCP
Hà Nội, ngày 25 tháng 4 năm 2026
THÔNG BÁO
1. Giao Bộ Công Thương chủ trì, phối hợp với Bộ Tài chính và các cơ quan liên quan:
a) Theo dõi sát diễn biến giá xăng dầu thế giới, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 4 năm 2026.
b) Rà soát, sửa đổi Nghị định về kinh doanh xăng dầu, trình Chính phủ trong tháng 6 năm 2026.
2. Bộ Tài chính phối hợp với Bộ Công Thương điều hành Quỹ bình ổn giá; Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo kiểm tra các cửa hàng trên địa bàn.
"""
    tasks, _r, _a = extract_tasks(doc_of(text))
    a, b, c = [t for t in tasks if t.section in ("1 > a", "1 > b", "2")]
    for t in (a, b):  # the 'Giao X chủ trì, phối hợp với Y:' lead-in covers its items
        assert t.lead == "Bộ Công Thương"
        assert [o.office for o in t.offices if o.role == "support"] == ["Bộ Tài chính", "Các cơ quan liên quan"]
    assert (a.deadline, b.deadline) == (dt.date(2026, 4, 30), dt.date(2026, 6, 30))
    assert {o.office for o in c.offices if o.role != "report-to"} == {
        "Bộ Tài chính", "Bộ Công Thương", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"}
    assert c.lead is None  # two clauses, two subjects: co-equal


def test_the_next_appendix_ends_a_task_table():
    text = (ROOT / "tests" / "data" / "extract_flattened_table_results.txt").read_text(encoding="utf-8")
    text += """Phụ lục II
ĐỊNH HƯỚNG SẮP XẾP CÁC HỘI CÓ TÍNH CHẤT ĐẶC THÙ
6. Các bộ, ngành rà soát, sắp xếp các hội có tính chất đặc thù trong phạm vi quản lý, hoàn thành trong quý IV năm 2026.
"""
    tasks, _r, _a = extract_tasks(doc_of(text))
    rows = [t for t in tasks if any(o.source == "table" for o in t.offices)]
    assert len(rows) == 5
    last = next(t for t in tasks if t.text.startswith("Các bộ, ngành rà soát, sắp xếp các hội"))
    assert last.deadline == dt.date(2026, 12, 31) and not any(o.source == "table" for o in last.offices)


def test_task_table_rows_cut_by_a_page_break():
    """A third layout (written for the project in the Công báo layout of Nghị quyết 105/NQ-CP):
    a time cell wrapped after its trigger ('Trước' / 'ngày' / '01/3/2027'), a row cut by a page
    break whose content and office cells go on under the header printed again, a group title on
    its numeral's line without a dot, sub-rows '1.1 ...' on the line of their first words, and the
    appendix's '(Kèm theo ...)' line, which is no task."""
    text = (ROOT / "tests" / "data" / "extract_flattened_table_pagebreak.txt").read_text(encoding="utf-8")
    tasks, _r, _a = extract_tasks(doc_of(text))
    assert not [t for t in tasks if t.text.startswith("(Kèm theo")]
    rows = [t for t in tasks if any(o.source == "table" for o in t.offices)]
    assert [t.section for t in rows] == ["I > 1", "I > 2", "II > 1", "II > 1 > 1.1", "II > 1 > 1.2"]
    assert rows[0].deadline == dt.date(2027, 3, 1)
    # the cut row: its content goes on after the header; its support cell too, not its time
    assert rows[1].text.endswith("mô hình chính quyền địa phương 2 cấp; chuẩn hóa, số hóa hồ sơ, phù hợp với trình độ, "
                                 "năng lực của cán bộ khi vận hành tổ chức bộ máy mới")
    assert rows[1].lead == "Bộ Nội vụ" and rows[1].deadline == dt.date(2026, 6, 30)
    assert "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương" in " ".join(o.office for o in rows[1].offices)
    assert rows[2].deadline == dt.date(2026, 9, 30)
    assert rows[3].lead == "Bộ Nội vụ" and rows[3].deadline is None  # 'Thường xuyên'
    assert rows[4].text.endswith("lĩnh vực quản lý") and rows[4].lead == "Bộ Y tế" and rows[4].deadline == dt.date(2026, 12, 31)


def test_time_column_before_the_offices():
    """'TT | NHIỆM VỤ | THỜI HẠN HOÀN THÀNH | CƠ QUAN CHỦ TRÌ | CƠ QUAN PHỐI HỢP' (Nghị quyết
    109/NQ-CP's layout): the offices after the time cell are the row's; a line that is only a
    period is the time cell even after a content line ending on a preposition; a page number
    printed without a running head is no row."""
    text = """TT
NHIỆM VỤ
THỜI HẠN
HOÀN THÀNH
CƠ QUAN CHỦ TRÌ
CƠ QUAN PHỐI HỢP
I
Nhóm nhiệm vụ về hoàn thiện thể chế phát triển
1
Tổng rà soát hệ thống pháp luật về đất đai
Tháng 12/2026
Bộ Nông nghiệp và Môi trường
Các bộ, cơ quan, địa
phương
75
2
Tháo gỡ những khó khăn, vướng mắc của các bộ, ngành do Cơ quan
Thường trực Ban Chỉ đạo tổng hợp, chuyển đến
Quý IV/2026
Bộ Tài chính
Các bộ, cơ quan liên quan
"""
    tasks, _r, _a = extract_tasks(doc_of(text))
    rows = [t for t in tasks if any(o.source == "table" for o in t.offices)]
    assert [(t.section, t.lead, t.deadline) for t in rows] == [
        ("I > 1", "Bộ Nông nghiệp và Môi trường", dt.date(2026, 12, 31)),
        ("I > 2", "Bộ Tài chính", dt.date(2026, 12, 31))]
    assert [o.office for o in rows[0].offices if o.role == "support"] == ["Các bộ, cơ quan, địa phương"]
    assert rows[1].text.endswith("tổng hợp, chuyển đến")


def test_grounds_of_a_duty_inside_an_item_is_a_task():
    text = """Điều 2. Tổ chức thực hiện
2. Trách nhiệm của các bộ, cơ quan ngang bộ
a) Phối hợp chặt chẽ với Bộ Công an trong quá trình thực hiện các nhiệm vụ được giao tại Đề án.
b) Căn cứ chức năng, nhiệm vụ tiến hành rà soát văn bản quy phạm pháp luật để đề xuất sửa đổi, bổ sung.
"""
    tasks, _r, _a = extract_tasks(doc_of("QUYẾT ĐỊNH\nCăn cứ chức năng, nhiệm vụ, quyền hạn của Bộ Tư pháp;\n" + text))
    assert [t.section for t in tasks] == ["Điều 2 > 2 > a", "Điều 2 > 2 > b"]


def test_a_finished_content_cell_keeps_out_the_rest_of_a_result_cell():
    """Nghị quyết 97/NQ-CP's layout: cells without full stops, a 'Căn cứ bổ sung' column whose
    'khóa' / 'XVI' is no group numeral, and a page break that cuts the result column only (the
    content's last line is short: it had ended)."""
    text = """TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian
hoàn thành
Căn cứ
bổ sung
14
Xây dựng, vận hành Cơ sở dữ liệu quốc gia
về thủ tục hành chính
Văn phòng Chính phủ
Các bộ, ngành
Cơ sở dữ liệu
được vận hành
Tháng 3/2026
Kỳ họp thứ
nhất Quốc
hội khóa
XVI
15
Thể chế hóa đầy đủ, kịp thời các chủ
trương, định hướng phát triển kinh tế có
vốn đầu tư nước ngoài theo Nghị quyết
của Bộ Chính trị
Bộ Tài chính
Các bộ,
cơ quan
ngang bộ
Báo cáo chuyên
đề về cơ chế,
chính sách lớn để thể
chế hóa các chủ
Tháng
5/2026
Chương
trình số 12-
CTr/BCĐ

CÔNG BÁO/Số 238/Ngày 21-04-2026
98

TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian
hoàn thành
Căn cứ
bổ sung
trương,
định
hướng của Đảng
16
Xây dựng Đề án xây dựng văn hóa tuân thủ pháp luật
Bộ Tư pháp
Các bộ, ngành
Đề án
Tháng 8/2026
"""
    tasks, _r, _a = extract_tasks(doc_of(text))
    rows = [t for t in tasks if any(o.source == "table" for o in t.offices)]
    assert [t.section for t in rows] == ["14", "15", "16"]
    assert rows[1].text.endswith("theo Nghị quyết của Bộ Chính trị")
    assert [t.deadline for t in rows] == [dt.date(2026, 3, 31), dt.date(2026, 5, 31), dt.date(2026, 8, 31)]


def test_deadline_attribute_lines_in_their_other_wordings():
    text = """KẾ HOẠCH
1. Rà soát, cập nhật cơ sở dữ liệu hộ nghèo trên địa bàn.
- Đơn vị chủ trì: Phòng Lao động - Thương binh và Xã hội.
- Hạn hoàn thành: 30/6/2024.
2. Tổ chức tập huấn cho cán bộ cấp xã.
- Hạn chót: trước ngày 15/8/2024.
"""
    tasks, _r, _a = extract_tasks(doc_of(text))
    assert [(t.section, t.deadline) for t in tasks] == [("1", dt.date(2024, 6, 30)), ("2", dt.date(2024, 8, 15))]


def test_table_header_with_a_bracketed_note_and_an_approval_column():
    """Quyết định 893/QĐ-TTg's layout: '(Bộ/ngành/địa phương)' under a column name, a 'Cấp phê
    duyệt' column naming the approving post, 'Tiến độ thực hiện' last, a content cell ending on a
    cited circular's number ('34/2014/TT-BKHCN' is no month)."""
    text = """STT
Nhiệm vụ
Cơ quan chủ trì
Đơn vị phối hợp
(Bộ/ngành/địa phương)
Cấp phê duyệt
Tiến độ
thực hiện
1
Xây dựng Thông tư quy định về
đào tạo an toàn bức xạ đối với nhân
viên bức xạ (thay thế Thông tư
34/2014/TT-BKHCN)
Bộ Khoa học và
Công nghệ
Các bộ, ngành có
liên quan
Bộ trưởng Bộ
Khoa học và
Công nghệ
2026
2
Điều tra, đánh giá nhu cầu đào tạo nhân lực
Bộ Khoa học và
Công nghệ
Các bộ, ngành và
địa phương
Bộ trưởng Bộ
Khoa học và
Công nghệ
Hằng năm
"""
    tasks, _r, _a = extract_tasks(doc_of(text))
    rows = [t for t in tasks if any(o.source == "table" for o in t.offices)]
    assert rows[0].text.endswith("(thay thế Thông tư 34/2014/TT-BKHCN)")
    assert [(t.lead, t.deadline, t.recurrence) for t in rows] == [
        ("Bộ Khoa học và Công nghệ", dt.date(2026, 12, 31), None), ("Bộ Khoa học và Công nghệ", None, "yearly")]
    assert not any("Bộ trưởng" in o.office for t in rows for o in t.offices)


def test_table_cells_that_end_on_a_period_word():
    """'... tầm nhìn đến' / 'năm 2050' is one content cell; 'Báo cáo' / 'hằng năm' (a result cell)
    is whole, so '2026 và' / 'hằng năm' after it is the time cell (Nghị quyết 97/NQ-CP, 109/NQ-CP)."""
    text = """TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian
hoàn thành
1
Thực hiện nghiêm quy định các bộ, cơ
quan ngang bộ cơ cấu ít nhất một lãnh
đạo có chuyên môn pháp luật
Các bộ,
cơ quan ngang bộ
Bộ Nội vụ
Báo cáo
hằng năm
2026 và
hằng năm
2
Chiến lược tài nguyên nước quốc gia
đến năm 2030, tầm nhìn đến
năm 2050
Bộ Nông nghiệp và Môi trường
Các bộ, ngành
Chiến lược
Quý IV/2026
"""
    tasks, _r, _a = extract_tasks(doc_of(text))
    rows = [t for t in tasks if any(o.source == "table" for o in t.offices)]
    assert (rows[0].deadline, rows[0].recurrence) == (dt.date(2026, 12, 31), "yearly")
    assert rows[1].text.endswith("tầm nhìn đến năm 2050") and rows[1].deadline == dt.date(2026, 12, 31)
def test_provincial_decision_items_give_their_bodies_to_their_bullets(tmp_path):
    """Shapes of real provincial Quyết định (gold 21, 22): 'N -' items, an item number alone on
    its line, a lead-in printed with a full stop, a title in capitals before 'Điều 1.'."""
    text = """ỦY BAN NHÂN DÂN TỈNH HÀ GIANG -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 12/QĐ-UBND Hà Giang, ngày 05 tháng 3 năm 2024 QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT DANH MỤC DỰ ÁN ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Giám đốc Sở Tài chính.
QUYẾT ĐỊNH
Điều 1.
Phê duyệt danh mục dự án như sau:
1 - Dự án A.
2 - Dự án B.
Điều 2.
Tổ chức thực hiện:
1 - Sở Tài chính có trách nhiệm.
- Thẩm định dự toán kinh phí;
- Hướng dẫn quyết toán theo quy định.
2
- Ủy ban nhân dân các huyện, thành phố:
- Quản lý các dự án trên địa bàn;
- Báo cáo kết quả thực hiện về Sở Tài chính.
Điều 3.
Quyết định này có hiệu lực kể từ ngày ký./.
"""
    p = tmp_path / "qd.txt"
    p.write_text(text, encoding="utf-8")
    doc = pipeline.process(p)
    got = {t.text: (t.section, [o.office for o in t.offices if o.role != "report-to"]) for t in doc.tasks}
    assert got["Thẩm định dự toán kinh phí;"] == ("Điều 2 > 1", ["Sở Tài chính"])
    assert got["Hướng dẫn quyết toán theo quy định."] == ("Điều 2 > 1", ["Sở Tài chính"])
    assert got["Quản lý các dự án trên địa bàn;"] == ("Điều 2 > 2", ["Ủy ban nhân dân các huyện, thành phố"])
    assert got["Báo cáo kết quả thực hiện về Sở Tài chính."] == ("Điều 2 > 2", ["Ủy ban nhân dân các huyện, thành phố"])
    assert not any("Tổ chức thực hiện" in o.office for t in doc.tasks for o in t.offices)


def test_task_table_in_pipe_rows():
    text = """II. NHIỆM VỤ CỤ THỂ
| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
| --- | --- | --- | --- | --- |
| I | Hoàn thiện thể chế | | | |
| 1 | Xây dựng cơ sở dữ liệu về cán bộ, công chức | Bộ Nội vụ | Bộ Công an, các bộ, ngành, địa phương | Năm 2026 |
| 2 | Sửa đổi Luật Tổ chức chính quyền địa phương | Bộ Nội vụ | Bộ Tư pháp | Tháng 10/2026 |
"""
    tasks, _r, _a = extract_tasks(doc_of(text))
    got = [(t.section, t.text, t.lead, [o.office for o in t.offices if o.role == "support"], t.deadline) for t in tasks]
    assert got == [
        ("I > 1", "Xây dựng cơ sở dữ liệu về cán bộ, công chức", "Bộ Nội vụ", ["Bộ Công an", "Các bộ, ngành, địa phương"], dt.date(2026, 12, 31)),
        ("I > 2", "Sửa đổi Luật Tổ chức chính quyền địa phương", "Bộ Nội vụ", ["Bộ Tư pháp"], dt.date(2026, 10, 31)),
    ]


def test_a_paragraph_lead_in_names_the_offices_of_the_items_below(tmp_path):
    """A resolution asking the province's committee to see to a list (real shape: a HĐND
    resolution on questioning, 2017): items that name no body of their own take the body asked;
    the bodies it directs ('Chỉ đạo Sở X') are not listed; an item with a subject keeps it."""
    text = """NGHỊ QUYẾT
VỀ CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP THỨ NĂM
HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT NGHỊ:
Điều 1. Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện một số công việc sau:
1. Về lĩnh vực Tài nguyên và Môi trường:
- Chỉ đạo Sở Tài nguyên và Môi trường thường xuyên kiểm tra, đôn đốc các huyện lập kế hoạch sử dụng đất.
- Xem xét sớm phê duyệt điều chỉnh kế hoạch sử dụng đất của tỉnh.
2. Về lĩnh vực Tư pháp:
- Công an tỉnh nghiên cứu, tăng cường ứng dụng công nghệ thông tin trong công tác.
Điều 2. Nghị quyết này có hiệu lực kể từ ngày thông qua./.
"""
    p = tmp_path / "nq.txt"
    p.write_text(text, encoding="utf-8")
    doc = pipeline.process(p)
    def offices(start):
        t = next(t for t in doc.tasks if t.text.startswith(start))
        return [o.office for o in t.offices if o.role != "report-to"]

    assert offices("Chỉ đạo Sở Tài nguyên") == ["Ủy ban nhân dân tỉnh"]
    assert offices("Xem xét sớm phê duyệt") == ["Ủy ban nhân dân tỉnh"]
    assert offices("Công an tỉnh nghiên cứu") == ["Công an tỉnh"]


def test_a_letters_paragraph_lead_in_covers_its_numbered_items():
    text = """Để chủ động phòng, chống dịch bệnh, Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân các xã, thị trấn khẩn trương triển khai các nội dung sau:
1. Rà soát, thống kê các hộ chăn nuôi trên địa bàn.
2. Tổ chức phun khử trùng chuồng trại, hoàn thành trước ngày 15/6/2024.
3. Trạm Thú y huyện hướng dẫn kỹ thuật phun khử trùng.
"""
    tasks, _r, _a = extract_tasks(doc_of(text))
    got = [(t.text[:12], [o.office for o in t.offices]) for t in tasks]
    assert got == [("Rà soát, thố", ["Ủy ban nhân dân các xã, thị trấn"]),
                   ("Tổ chức phun", ["Ủy ban nhân dân các xã, thị trấn"]),
                   ("Trạm Thú y h", ["Trạm Thú y huyện"])]
    # the issuer announcing what it does is no lead-in naming addressees
    tasks, _r, _a = extract_tasks(doc_of("Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:\n1. Rà soát các hộ chăn nuôi.\n"))
    assert [t.offices for t in tasks] == [[]]


def test_flattened_table_result_cells_and_names_broken_over_lines():
    """Real shape (a Công báo Phụ lục with a 'Kết quả' column): the result 'Quyết định của Thủ
    tướng Chính phủ ban hành ...' is no office, 'Đài Truyền' / 'hình Việt' / 'Nam, Đài' / 'Tiếng
    nói' is two bodies."""
    text = """TT 
Tên nhiệm vụ 
Cơ quan  
chủ trì  
Cơ quan  
phối hợp  
Kết quả 
Thời gian 
hoàn thành 
1  
Xây dựng Đề án tiêu chí đánh giá hiệu 
quả văn bản quy phạm pháp luật 
Bộ Tư pháp 
 Các bộ, 
cơ quan 
ngang bộ 
Quyết định của 
Thủ tướng 
Chính phủ ban 
hành Bộ Tiêu 
chí  
2026 
2  
Vận hành chuyên mục chính sách trên 
truyền hình 
Bộ Tư pháp 
Đài Truyền 
hình Việt 
Nam, Đài 
Tiếng nói 
Các số chuyên 
mục được phát 
sóng 
Thường 
xuyên 
"""
    tasks, _r, _a = extract_tasks(doc_of(text))
    got = [[(o.office, o.role) for o in t.offices] for t in tasks]
    assert got[0] == [("Bộ Tư pháp", "lead"), ("Các bộ, cơ quan ngang bộ", "support")]
    assert got[1][:2] == [("Bộ Tư pháp", "lead"), ("Đài Truyền hình Việt Nam", "support")]
    assert tasks[0].deadline == dt.date(2026, 12, 31)


def test_doi_voi_item_with_nothing_below_is_a_duty_not_a_title():
    # 'Đối với X ...' heads the duties printed below it; an item with nothing below (the next
    # line is the next item) is X's own duty
    doc = doc_of(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/SGDĐT-CTrTT\nV/v an toàn giao thông\nKính gửi: Các trường.\n"
        "Sở yêu cầu các đơn vị thực hiện một số nội dung sau:\n"
        "1. Tăng cường tuyên truyền pháp luật về giao thông cho học sinh.\n"
        "2. Đối với các trường cao đẳng chủ động liên hệ với doanh nghiệp vận tải bán vé cho sinh viên.\n"
        "3. Đối với công tác phối hợp.\n- Tổ chức kiểm tra định kỳ các điểm trông giữ xe.\n")
    texts = [t.text for t in tasks_of(doc)]
    assert any(t.startswith("Đối với các trường cao đẳng chủ động") for t in texts)
    assert not any(t.startswith("Đối với công tác phối hợp") for t in texts)  # a title: its duty is below
    assert any(t.startswith("Tổ chức kiểm tra định kỳ") for t in texts)


@pytest.mark.parametrize("closing", [
    "Sở yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện các nội dung trên; báo cáo về Sở trước ngày 20/6/2024./.",
    "Đề nghị các đơn vị triển khai thực hiện Công văn này; trong quá trình thực hiện có vướng mắc báo cáo về Phòng.",
])
def test_last_for_item_keeps_its_duty_when_a_closing_paragraph_follows(closing):
    # 'N. Đối với X chủ động ...' as the LAST item, then the letter's closing paragraph, which speaks
    # of the items above as a whole ('các nội dung trên', 'Công văn này'): the closing is printed
    # under the last item but is not the item's duty list, so the item stays X's own duty
    doc = doc_of(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 45/PGDĐT\nV/v phòng chống đuối nước\nKính gửi: Các trường.\n"
        "Phòng yêu cầu các đơn vị thực hiện một số nội dung sau:\n"
        "1. Tăng cường tuyên truyền kỹ năng phòng tránh đuối nước cho học sinh.\n"
        "2. Đối với các trường tiểu học chủ động phối hợp với\nchính quyền địa phương rà soát các điểm sông, hồ nguy hiểm.\n"
        + closing + "\n")
    texts = [t.text for t in tasks_of(doc)]
    assert any(t.startswith("Đối với các trường tiểu học chủ động") for t in texts)
    assert any(t.startswith(closing[:20]) for t in texts)


def test_kinh_gui_list_ends_at_its_full_stop_in_short_wrapped_lines():
    # a scan's lines are wrapped short: the Kính gửi list must end at its full stop, or it
    # swallows the body (no line of it is 120 characters long)
    doc = doc_of(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 463/SGDĐT-CTrTT\nĐà Nẵng, ngày 8 tháng 5 năm 2019\n"
        + "ghi chú tay của lãnh đạo\n" * 8 + "Kính gửi:\n- Trưởng phòng GD&ĐT các quận, huyện;\n"
        "- Giám đốc các trung tâm GDTX số 1, 2, 3.\n"
        "Thực hiện Công văn số 2114/BGDĐT-GDCTHSSV ngày 16/5/2019 của Bộ GD&ĐT, Sở GD&ĐT\n"
        "yêu cầu Thủ trưởng các đơn vị thực hiện một số nội dung sau:\n"
        "1. Tăng cường công tác tuyên truyền pháp luật về giao\nthông cho học sinh.\n"
        "2. Báo cáo kết quả về Sở trước ngày 25/8/2019.\n")
    tasks = tasks_of(doc)
    texts = [t.text for t in tasks]
    assert any(t.startswith("Tăng cường công tác tuyên truyền") for t in texts)
    assert any(t.text.startswith("Báo cáo kết quả về Sở") and str(t.deadline) == "2019-08-25" for t in tasks)
    assert doc.line(12).block == "body"  # the Kính gửi list was read in the body, not the header


@pytest.mark.parametrize("line, note", [
    ("- Phối hợp với công an xã kiểm tra định kỳ các điểm trông giữ xe.", False),  # a duty of its own
    ("- Phối hợp với các phòng chuyên môn rà soát hồ sơ.", False),
    ("- Phòng Kinh tế - Hạ tầng chủ trì; Phòng NN&PTNT, UBND các xã, thị trấn phối hợp.", True),
    ("Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Văn hóa - Thể thao tổ chức thực hiện.", True),
])
def test_assignment_note_versus_a_duty_with_a_partner(line, note, gaz):
    from pipeline.extract.tasks import is_assignment_line
    assert is_assignment_line(line, gaz) is note


def test_doi_voi_party_item_stays_a_duty_with_the_closing_request_under_it():
    """'3. Đối với các bệnh viện tư nhân chủ động ...' wrapped over lines, then the letter's
    closing request printed right under it (a scan's layout, no blank line): the item names a
    party and what it does, so it is the party's duty, not a topic title over the closing."""
    doc = doc_of("Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:\n"
                 "1. Tăng cường kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.\n"
                 "2. Đối với các bệnh viện tư nhân chủ động dự trữ thuốc, vật tư y tế và bố trí\n"
                 "nhân lực trực cấp cứu, bảo đảm khám chữa bệnh cho nhân dân trong dịp nghỉ\n"
                 "Tết Nguyên đán.\n"
                 "Sở Y tế đề nghị Thủ trưởng các đơn vị nghiêm túc triển khai, báo cáo kết quả\n"
                 "về Sở Y tế trước ngày 15/02/2025./.\n")
    tasks = tasks_of(doc)
    item = [t for t in tasks if t.text.startswith("Đối với")]
    assert len(item) == 1 and item[0].section == "2"
    assert [o.office for o in item[0].offices] == ["Các bệnh viện tư nhân"]
    # a topic with no party acting in it is still a title over the duties below it
    doc = doc_of("1. Đối với công tác tổng hợp, báo cáo kết quả kiểm tra.\n"
                 "- Phòng Kế hoạch tổng hợp số liệu gửi Sở trước ngày 20 hằng tháng.\n")
    assert not any(t.text.startswith("Đối với") for t in tasks_of(doc))
    # a party described by what it has, not given an act, is a title over the duties below it
    doc = doc_of("1. Đối với các địa phương có biên giới.\n"
                 "- Tăng cường kiểm soát hàng hóa qua các cửa khẩu.\n")
    assert not any(t.text.startswith("Đối với") for t in tasks_of(doc))


def test_routing_note_of_a_received_copy_is_no_part_of_the_letter():
    # a scanned received copy: the receiver's routing note, typed or written in the margin beside
    # the V/v summary, is read between the header and 'Kính gửi'; the letter's body begins at
    # 'Kính gửi', so the note gives no tasks and the addressees are still the letter's
    letter = (
        "UBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ\nSố: 712/SYT-NVY\nQuảng Ngãi, ngày 3 tháng 4 năm 2023\n"
        "V/v phòng chống sốt xuất huyết\n"
        "{note}"
        "Kính gửi:\n- Giám đốc các bệnh viện tuyến tỉnh;\n- Giám đốc Trung tâm Y tế các huyện.\n"
        "Thực hiện chỉ đạo của Bộ Y tế, Sở Y tế đề nghị Thủ trưởng các đơn vị thực hiện các nội dung sau:\n"
        "1. Tăng cường giám sát ca bệnh tại cộng đồng.\n"
        "2. Báo cáo kết quả về Sở Y tế trước ngày 20/4/2023.\n")
    note = ("2. Khoa Kiểm soát nhiễm khuẩn phối hợp với Khoa Nhi triển khai;\n"
            "3. Phòng KHTH theo dõi, tổng hợp báo cáo Sở.\n")
    doc = doc_of(letter.format(note=note))
    tasks = tasks_of(doc)
    texts = [t.text for t in tasks]
    assert not any(t.startswith(("Khoa Kiểm soát", "Phòng KHTH")) for t in texts)
    assert any(t.startswith("Tăng cường giám sát") for t in texts)
    assert doc.header.addressees == ["Giám đốc các bệnh viện tuyến tỉnh", "Giám đốc Trung tâm Y tế các huyện"]
    # the same letter without a note reads the same tasks
    plain = [t.text for t in tasks_of(doc_of(letter.format(note="")))]
    assert plain == texts
