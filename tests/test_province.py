"""Provincial directives (issue 5): a Kế hoạch's Phụ lục task table converted from Word ('|'
between cells, no opening bar), letters of a province's People's Committee and of a Sở, on the
real documents samples/text/p1_…-p6_… (their gold files test the whole; these tests pin the
rules each document showed)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import pipeline
from pipeline.extract import extract_tasks
from pipeline.extract.tables import find_pipe_tables
from pipeline.extract.temporal import find_deadline, find_recurrence
from pipeline.model import Document, lines_from_text

from conftest import office_names as names  # noqa: E402
from conftest import run_sample as run  # noqa: E402
from conftest import task_starting as task  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TEXT = ROOT / "samples" / "text"


@pytest.fixture(scope="module")
def p1():
    return run("p1")


def test_word_table_rows_without_an_opening_bar_are_one_task_each(p1):
    tables = find_pipe_tables(p1)
    assert len(tables) == 1 and [r.number for r in tables[0].rows] == [str(i) for i in range(1, 15)]
    assert len(p1.tasks) == 14 and [t.section for t in p1.tasks] == [str(i) for i in range(1, 15)]
    # the column-number row '| (1) | (2) | ...' is no task, the signature line beside the Nơi nhận
    # (two cells) joins no table
    assert not any(t.text.startswith("(") for t in p1.tasks)


def test_word_table_time_cells_and_lead_cells(p1):
    assert task(p1, "Tổ chức quán triệt").deadline == dt.date(2026, 6, 30)  # 'Xong trong Quý II/2026'
    assert task(p1, "Rà soát, điều chỉnh").deadline == dt.date(2026, 5, 31)  # 'Xong trong tháng 5/2026'
    assert task(p1, "Thực hiện rà soát các khó khăn").deadline == dt.date(2026, 12, 31)  # 'Trong năm 2026'
    yearly = task(p1, "Tham mưu trình kế hoạch đấu giá")
    assert yearly.deadline is None and yearly.recurrence == "yearly"  # 'Hàng năm'
    assert task(p1, "Yêu cầu các đơn vị lắp đặt").deadline == dt.date(2030, 1, 1)
    ongoing = task(p1, "Thực hiện rà soát việc lập, thẩm định")
    assert ongoing.deadline is None and ongoing.recurrence is None  # 'Thường xuyên'
    # two bodies in the lead cell: no single lead
    assert ongoing.lead is None and names(ongoing)[:2] == ["Sở Công Thương", "Sở Xây dựng"]
    first = task(p1, "Tổ chức quán triệt")
    assert first.lead is None and "UBND các xã, phường" in names(first)
    assert task(p1, "Xử lý nghiêm và xử lý dứt điểm").lead == "Công an tỉnh"


def test_a_time_sentence_after_an_assignment_is_its_due_date():
    doc = run("p2")
    assert not any(t.text.startswith("Thời gian hoàn thành") for t in doc.tasks)
    t = task(doc, "Giao Sở Nông nghiệp và Môi trường chủ trì")
    assert t.deadline == dt.date(2026, 10, 5) and t.lead == "Sở Nông nghiệp và Môi trường"
    # 'Căn cứ theo chức năng, nhiệm vụ có trách nhiệm ...' goes on with the item's subject
    grounds = task(doc, "Căn cứ theo chức năng")
    assert "Công an tỉnh" in names(grounds) and "Bộ Chỉ huy Quân sự tỉnh" in names(grounds)


def test_an_imperative_after_the_assignment_in_an_unnumbered_letter():
    doc = run("p4")
    report = task(doc, "Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh")
    assert report.deadline == dt.date(2026, 8, 30) and report.lead == "Sở Nông nghiệp và Môi trường"
    assert "Ủy ban nhân dân tỉnh" not in names(report)


def test_organisations_and_individuals_are_a_body():
    doc = run("p5")
    t = task(doc, "Các tổ chức, cá nhân được cấp giấy phép")
    assert names(t) == ["Các tổ chức, cá nhân"]
    assert task(doc, "Tiếp tục tuần tra, kiểm soát").deadline == dt.date(2026, 6, 30)


def test_a_department_letter_with_titled_items_and_an_elision():
    doc = run("p6")
    # '1. Yêu cầu đối với các tổ chức, cá nhân ... .' and '1.6. Báo cáo ... (báo cáo định kỳ).'
    # are the titles of their sub-items, not tasks; the first gives its body to 1.1-1.8
    assert not any(t.text.startswith(("Yêu cầu đối với", "Báo cáo kết quả hoạt động khai thác")) for t in doc.tasks)
    t11 = task(doc, "Triển khai, thực hiện đúng và đầy đủ")
    assert t11.section == "1 > 1.1" and "tổ chức, cá nhân được cấp giấy phép" in t11.offices[0].text
    # the numbering jumps 1.2 -> 1.6 over the '[…]' line, and '[…]' is no part of a sentence
    assert task(doc, "Nghiêm chỉnh chấp hành").section == "1 > 1.7"
    assert not any("[…]" in t.text for t in doc.tasks)
    # '(1) ... nộp trước ngày 15 tháng 02 của năm liền kề sau năm báo cáo, kỳ báo cáo là năm (từ
    # 01 tháng 01 đến 31 tháng 12)': yearly, first due after the letter (29/12/2025)
    rep = next(t for t in doc.tasks if "phải lập Báo cáo định kỳ" in t.text)
    assert rep.deadline == dt.date(2026, 2, 15) and rep.recurrence == "yearly"
    assert names(rep) == ["Tổ chức, cá nhân"]
    # 'thống kê trữ lượng khoáng sản đã khai thác định kỳ hằng năm'
    assert task(doc, "Thực hiện nghiêm trách nhiệm Báo cáo").recurrence == "yearly"
    # a typo 'Trường hơp' names no school
    assert all(not o.office.startswith("Trường") for t in doc.tasks for o in t.offices)


def test_listed_due_days_of_a_recurring_report():
    text = "Định kỳ 6 tháng, hằng năm báo cáo UBND tỉnh (qua Sở Kế hoạch và Đầu tư) trước ngày 15/6 và 15/12."
    assert find_deadline(text, 2026, issued=dt.date(2026, 3, 2)).date == dt.date(2026, 6, 15)
    assert find_deadline(text, 2026, issued=dt.date(2026, 8, 26)).date == dt.date(2026, 12, 15)
    assert find_deadline(text, 2026).recurrence == "half-yearly"
    assert find_recurrence("Kỳ báo cáo là quý.") == "quarterly"


def test_a_bracketed_span_is_the_period_not_the_deadline():
    text = "Báo cáo được nộp trước ngày 20 tháng 01 năm sau, kỳ báo cáo là năm (từ 01 tháng 01 đến 31 tháng 12)."
    assert find_deadline(text, 2026).date == dt.date(2026, 1, 20)
    # a span that bounds the work is still its deadline
    assert find_deadline("Tổ chức kiểm tra từ ngày 01/3/2026 đến ngày 30/6/2026.", 2026).date == dt.date(2026, 6, 30)


def test_time_sentence_needs_a_task_before_it_in_its_paragraph():
    doc = Document("t", lines=lines_from_text(
        "1. Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát định mức chi phí. Thời hạn hoàn thành trong tháng 7/2026.\n"
        "2. Thời gian thực hiện Kế hoạch từ năm 2026 đến năm 2030, Sở Nội vụ tổng hợp kết quả.\n"))
    tasks = extract_tasks(doc)[0]
    assert len(tasks) == 2 and tasks[0].deadline == dt.date(2026, 7, 31)
    assert tasks[1].text.startswith("Thời gian thực hiện Kế hoạch")


def _relaid(layout: str) -> Document:
    """p1's real table printed the other ways a Phụ lục reaches us: tab-separated (copied out of
    Word or a spreadsheet) and one cell a line (a converter that writes each cell as a paragraph)."""
    lines = (TEXT / "p1_laocai_ubnd_kehoach_chithi11_phuluc_2026_excerpt.txt").read_text(encoding="utf-8").split("\n")
    i = next(k for k, ln in enumerate(lines) if ln.startswith("TT | "))
    head, rows = lines[:i], lines[i:]
    if layout == "tab":
        body = [ln.replace(" | ", "\t").rstrip(" |") for ln in rows]
    else:
        body = [c.strip() for ln in rows if not ln.startswith(" | (1)") for c in ln.split("|") if c.strip()]
    return Document("p1_" + layout, lines=lines_from_text("\n".join(head + body)))


@pytest.mark.parametrize("layout", ["tab", "cells"])
def test_the_same_table_tab_separated_or_one_cell_a_line(layout):
    tasks = extract_tasks(_relaid(layout))[0]
    assert [t.section for t in tasks] == [str(i) for i in range(1, 15)]
    by = {t.section: t for t in tasks}
    assert by["1"].deadline == dt.date(2026, 6, 30) and by["2"].deadline == dt.date(2026, 5, 31)
    assert by["4"].recurrence == "yearly" and by["5"].deadline == dt.date(2030, 1, 1)
    # a content cell without a full stop, then the lead on a line of its own; 'Thuế tỉnh' leads
    assert by["3"].offices[0].office == "Sở Nông nghiệp và Môi trường" and by["3"].text.endswith("nhóm I, II")
    assert by["10"].offices[0].office == "Thuế tỉnh"
    assert [o.office for o in by["6"].offices][:2] == ["Sở Công Thương", "Sở Xây dựng"]


def test_a_word_phu_luc_table_through_the_docx_reader(tmp_path):
    """The .docx reader writes a table a row per line, cells joined by ' | ' and no opening bar;
    a group title merged across the columns comes out as two cells, a time cell merged down over
    rows (written once for the group) in each of them."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for p in ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "KẾ HOẠCH", "Triển khai thực hiện Chỉ thị số 11-CT/TU năm 2026"):
        d.add_paragraph(p)
    t = d.add_table(rows=5, cols=5)
    for i, h in enumerate(["TT", "Tên nhiệm vụ", "Sở, ngành chủ trì tham mưu", "Đơn vị phối hợp thực hiện", "Thời gian thực hiện"]):
        t.cell(0, i).text = h
    t.cell(1, 0).text = "I"
    t.cell(1, 1).merge(t.cell(1, 4)).text = "NHIỆM VỤ CHUNG"
    rows = [("1", "Tổ chức quán triệt sâu rộng Chỉ thị của Ban Thường vụ Tỉnh ủy.", "Các Sở, ban, ngành; UBND các xã, phường",
             "Các cơ quan, đơn vị liên quan"),
            ("2", "Rà soát, cập nhật phương án quản lý về địa chất, khoáng sản.", "Sở Nông nghiệp và Môi trường",
             "Các Sở, ban, ngành"),
            ("3", "Tham mưu trình kế hoạch đấu giá quyền khai thác khoáng sản.", "Sở Nông nghiệp và Môi trường",
             "Các địa phương liên quan")]
    for r, row in enumerate(rows, start=2):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    t.cell(2, 4).merge(t.cell(3, 4)).text = "Xong trong Quý II/2026"
    t.cell(4, 4).text = "Hàng năm"
    path = tmp_path / "kehoach.docx"
    d.save(path)
    doc = pipeline.process(path)
    assert [x.section for x in doc.tasks] == ["I > 1", "I > 2", "I > 3"]
    assert [x.deadline for x in doc.tasks] == [dt.date(2026, 6, 30), dt.date(2026, 6, 30), None]
    assert doc.tasks[2].recurrence == "yearly" and doc.tasks[1].lead == "Sở Nông nghiệp và Môi trường"
    assert doc.tasks[0].lead is None and names(doc.tasks[0])[:2] == ["Các Sở, ban, ngành", "UBND các xã, phường"]


def test_a_department_plan_whose_table_names_its_own_units():
    """A Sở's plan: the Phụ lục's cells name the Sở's own units ('Văn phòng Sở', 'Phòng Quản lý
    thương mại', 'Các phòng, đơn vị thuộc Sở'), which no gazetteer holds; a PDF text layer prints
    one cell after the other.  'Văn phòng Sở' is whole (the bare 'Sở' is the issuer itself)."""
    text = """UBND TỈNH HÀ TĨNH
SỞ CÔNG THƯƠNG
Số: 120/KH-SCT
Hà Tĩnh, ngày 05 tháng 02 năm 2026
KẾ HOẠCH
Thực hiện chuyển đổi số năm 2026
I. TỔ CHỨC THỰC HIỆN
1. Văn phòng Sở theo dõi, đôn đốc; định kỳ hằng quý tổng hợp, báo cáo Giám đốc Sở.
PHỤ LỤC
STT
Nội dung nhiệm vụ
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian hoàn thành
Sản phẩm
1
Cập nhật cơ sở dữ liệu doanh nghiệp
thương mại điện tử trên địa bàn tỉnh
Phòng Quản lý thương mại
Các phòng, đơn vị thuộc Sở
Tháng 6/2026
Cơ sở dữ liệu được cập nhật
2
Duy trì vận hành hệ thống quản lý văn bản
Văn phòng Sở
Các phòng, đơn vị thuộc Sở
Năm 2026 và các năm tiếp theo
Hệ thống vận hành ổn định
3
Đào tạo kỹ năng số cho công chức, viên chức
Phòng Tổ chức cán bộ
Sở Khoa học và Công nghệ
Giai đoạn 2026-2030
Lớp đào tạo
"""
    tasks = extract_tasks(Document("t", lines=lines_from_text(text)))[0]
    assert names(tasks[0]) == ["Văn phòng Sở"] and tasks[0].recurrence == "quarterly"
    rows = {t.section: t for t in tasks[1:]}
    # the units are named with the body they belong to, as written (session 5: 'Các phòng, đơn vị'
    # cut before 'thuộc Sở' read as every unit anywhere)
    assert names(rows["1"]) == ["Phòng Quản lý thương mại", "Các phòng, đơn vị thuộc Sở"] and rows["1"].deadline == dt.date(2026, 6, 30)
    assert names(rows["2"]) == ["Văn phòng Sở", "Các phòng, đơn vị thuộc Sở"] and rows["2"].deadline is None
    assert names(rows["3"]) == ["Phòng Tổ chức cán bộ", "Sở Khoa học và Công nghệ"]
    assert rows["3"].text == "Đào tạo kỹ năng số cho công chức, viên chức"


def test_a_department_letter_names_each_addressee_as_subject():
    """An unnumbered Công văn of a Sở: after the first request, each paragraph opens with the
    body it directs ('Các bệnh viện tuyến tỉnh chuẩn bị ...', 'Các đơn vị báo cáo ...')."""
    text = """UBND TỈNH NGHỆ AN
SỞ Y TẾ
Số: 1520/SYT-NVY
Nghệ An, ngày 14 tháng 7 năm 2025
Kính gửi: Các đơn vị y tế trên địa bàn tỉnh.
Thời gian qua, số ca mắc sốt xuất huyết trên địa bàn tỉnh tăng nhanh.
Để chủ động phòng, chống dịch, Sở Y tế đề nghị UBND các huyện, thành phố, thị xã chỉ đạo tổ chức chiến dịch diệt lăng quăng trước ngày 31/7/2025.
Các bệnh viện tuyến tỉnh chuẩn bị đầy đủ thuốc, vật tư, giường bệnh để thu dung, điều trị bệnh nhân.
Các đơn vị báo cáo kết quả thực hiện về Sở Y tế (qua Phòng Nghiệp vụ Y) trước ngày 15/8/2025 để tổng hợp, báo cáo UBND tỉnh.
"""
    tasks = extract_tasks(Document("t", lines=lines_from_text(text)))[0]
    assert [t.text[:20] for t in tasks] == ["Để chủ động phòng, c", "Các bệnh viện tuyến ", "Các đơn vị báo cáo k"]
    assert tasks[1].lead == "Các bệnh viện tuyến tỉnh"
    assert tasks[2].lead == "Các đơn vị" and tasks[2].deadline == dt.date(2025, 8, 15)


def test_a_cell_merged_down_a_group_is_written_once():
    """A markdown / Word conversion writes a merged cell in its first row only: the rows below it
    in the same group take the time or the lead; another group starts afresh."""
    text = """KẾ HOẠCH
Số: 12/KH-UBND
Hà Tĩnh, ngày 02 tháng 3 năm 2026
| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| I | HOÀN THIỆN THỂ CHẾ | | | |
| 1 | Rà soát các quy định về khoáng sản. | Sở Tư pháp | Các sở, ngành | Quý III/2026 |
| 2 | Xây dựng quy chế phối hợp. | Sở Nội vụ | UBND các huyện | |
| 3 | Ban hành hướng dẫn. | | Sở Tài chính | Năm 2026 |
| II | TỔ CHỨC THỰC HIỆN | | | |
| 1 | Kiểm tra việc thực hiện. | Thanh tra tỉnh | | |
"""
    tasks = extract_tasks(Document("t", lines=lines_from_text(text)))[0]
    assert [t.deadline for t in tasks] == [dt.date(2026, 9, 30), dt.date(2026, 9, 30), dt.date(2026, 12, 31), None]
    assert [t.lead for t in tasks] == ["Sở Tư pháp", "Sở Nội vụ", "Sở Nội vụ", "Thanh tra tỉnh"]


def test_a_bracketed_item_number_keeps_its_brackets():
    doc = run("p6")
    rep = next(t for t in doc.tasks if "phải lập Báo cáo định kỳ" in t.text)
    assert rep.section == "1 > 1.6 > (1)"


def test_party_bodies_and_a_unit_named_with_its_parent():
    from pipeline.extract.offices import load_gazetteer, roles_in_sentence, split_office_list

    gaz = load_gazetteer()
    assert [n for n, _w in split_office_list("Ban Tuyên giáo Tỉnh ủy", gaz)] == ["Ban Tuyên giáo Tỉnh ủy"]
    assert [n for n, _w in split_office_list("Phòng Kinh tế UBND huyện", gaz)] == ["Phòng Kinh tế UBND huyện"]
    assert [n for n, _w in split_office_list("Phòng Tư pháp và UBND các xã", gaz)] == ["Phòng Tư pháp", "UBND các xã"]
    roles = roles_in_sentence("Giao Ban xây dựng đảng Đảng ủy chủ trì, hướng dẫn các cấp ủy, tổ chức đảng đẩy mạnh "
                              "thông tin, tuyên truyền.", gaz)
    assert [(r.office, r.role) for r in roles] == [("Ban xây dựng đảng Đảng ủy", "lead")]
    doc = run("p7")
    t = task(doc, "Các cấp ủy, tổ chức đảng chủ động")
    assert names(t)[0].startswith("Các cấp ủy") and "Ủy ban nhân dân tỉnh" not in names(t)
