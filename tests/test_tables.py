"""Appendix task tables read from flattened text (pipeline.extract.tables and tables_grouped).

The excerpts in tests/data/tables_*.txt are real Công báo text layers (hrmaster1982-dev/
phapluat-8chude-data @ cdfc64c4d0f4, docs/*: Nghị quyết 97, 100, 109, 175/NQ-CP), cut at row
boundaries; each test names the layout it covers."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.extract import extract_tasks
from pipeline.extract.tables import find_pipe_tables, find_tables
from pipeline.model import Document, lines_from_text

DATA = Path(__file__).resolve().parent / "data"
SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "text"


def doc_of(text: str) -> Document:
    return Document("t", lines=lines_from_text(text))


def rows_of(name: str):
    tables = find_tables(doc_of((DATA / name).read_text(encoding="utf-8")))
    assert len(tables) == 1
    return tables[0].rows


def test_page_break_without_the_header_printed_again():
    """NQ 100/NQ-CP: the page breaks inside row 4 and the next page goes on with no header; the
    rest of the task text belongs to the task, the rest of the partner cell ('về các tổ chức
    PCPNN') not to the time cell."""
    rows = rows_of("tables_nq100_break_without_header.txt")
    assert [(r.group, r.number) for r in rows] == [(None, "4"), ("II", "1"), ("II", "2")]
    r = rows[0]
    assert r.text.endswith("tận dụng tối đa yếu tố thuận lợi và tranh thủ nguồn lực viện trợ phi chính phủ nước ngoài.")
    assert r.lead == ["Bộ Ngoại giao"] and r.time == ["Thực hiện thường xuyên."]
    assert rows[1].lead == ["Bộ Nội vụ, Bộ Ngoại giao"] and rows[1].time == ["Năm 2026 – 2030"]


def test_two_cells_printed_on_one_line():
    """NQ 97/NQ-CP row 2 ('cơ quan ngang bộ  Bộ Tư pháp'), NQ 109/NQ-CP row 9 ('Bộ Xây dựng Các
    bộ, ngành, các'): the lead cell's end and the partner cell's start on one line."""
    rows = rows_of("tables_nq97_two_cells_one_line.txt")
    assert [r.number for r in rows] == ["1", "2", "3"]
    assert rows[1].lead == ["Các bộ, cơ quan ngang bộ"] and rows[1].support == ["Bộ Tư pháp"]
    assert rows[0].time == ["2026 và hằng năm"]  # ('Báo cáo hằng năm' is the result cell)
    last = rows_of("tables_nq109_group_titles.txt")[-1]
    assert last.lead == ["Bộ Xây dựng"] and last.support == ["Các bộ, ngành, các tỉnh, thành phố"]


def test_upper_case_group_titles_do_not_end_the_table():
    """NQ 109/NQ-CP Phụ lục IV: 'I' over an upper-case title, then rows '1' ... with their number
    on the line of their first words after a page break ('8 Hoàn thiện pháp luật ...')."""
    rows = rows_of("tables_nq109_group_titles.txt")
    assert [r.number for r in rows] == [str(i) for i in range(1, 10)]
    assert {r.group for r in rows} == {"I"}
    assert rows[0].lead == ["Bộ Công Thương"] and rows[0].time == ["2026 - 2030"]
    assert rows[7].lead == ["Bộ Công an, Bộ Quốc phòng, Bộ Khoa học và Công nghệ"]
    assert not any("Quốc hội" in " ".join(r.support) for r in rows)  # the 'Cấp trình' column


def test_rows_grouped_under_a_merged_lead_cell():
    """NQ 175/NQ-CP Phụ lục I part II: 'STT | Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp | Thời
    gian': each body's number and name are printed in the middle of its rows.  Rows get the
    body whose run they fall in; a row whose partners name a body is not that body's; a run
    cut by a page break ('4' / 'Bộ Tài chính' at a page's foot) takes the rows after the break."""
    text = (DATA / "tables_nq175_grouped.txt").read_text(encoding="utf-8")
    rows = rows_of("tables_nq175_grouped.txt")
    by_lead = {}
    for r in rows:
        by_lead.setdefault(r.lead[0], []).append(r.text)
    assert list(by_lead) == ["Bộ Thông tin và Truyền thông", "Bộ Công an", "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính",
                             "Bộ Nội vụ", "Văn phòng Chính phủ"]
    # the three rows printed before the name '1' / 'Bộ Thông tin và Truyền thông' are its own
    assert by_lead["Bộ Thông tin và Truyền thông"][0].startswith("Tham mưu Chính phủ ban hành Nghị định")
    assert by_lead["Bộ Thông tin và Truyền thông"][2].startswith("Ban hành hoặc trình cấp có thẩm quyền")
    # 'Tuyên truyền ...' lists Bộ Thông tin và Truyền thông as a partner: Bộ Công an's
    assert by_lead["Bộ Công an"][0].startswith("Tuyên truyền, phổ biến tới người dân")
    assert [t[:30] for t in by_lead["Bộ Tài chính"]] == [
        "Bố trí kinh phí thực hiện Nghị", "Tham mưu, đề xuất cấp có thẩm ", "Phối hợp với Bộ Công an nghiên"]
    first = rows[0]
    assert first.support == ["Bộ Tư pháp", "Văn phòng Chính phủ", "Bộ Công an"] and first.time == ["Quý IV/2023"]
    # as tasks: the body leads, partners support, the time cell gives the deadline
    tasks, _r, _a = extract_tasks(doc_of(text))
    t = next(t for t in tasks if t.text.startswith("Tham mưu Chính phủ ban hành Nghị định"))
    assert t.lead == "Bộ Thông tin và Truyền thông" and t.deadline == dt.date(2023, 12, 31)
    assert [o.office for o in t.offices if o.role == "support"] == ["Bộ Tư pháp", "Văn phòng Chính phủ", "Bộ Công an"]


def test_an_office_entry_below_a_page_break_and_a_capital_va():
    """QĐ 982/QĐ-TTg rows 1.7 and 2.8 (samples/text/c3_...): the partner column gets its second
    entry on the next page ('Cơ quan, tổ chức và doanh nghiệp liên quan'), the result cell its
    rest ('(theo hướng cụ thể như: ...)'); a cell line 'Và các cơ quan, tổ' goes on with the cell; a
    break that cuts two office cells gives each its rest."""
    doc = doc_of((SAMPLES / "c3_ttg_qd982_dean_congngheso_2026_excerpt.txt").read_text(encoding="utf-8"))
    rows = {r.number: r for r in find_tables(doc)[0].rows}
    assert rows["1.7"].support == ["Bộ Khoa học và Công nghệ", "Cơ quan, tổ chức và doanh nghiệp liên quan"]
    assert rows["1.7"].text.endswith("theo quy định của pháp luật.")
    assert rows["2.8"].support == ["Bộ Khoa học và Công nghệ Và các cơ quan, tổ chức, doanh nghiệp liên quan"]
    # row 1.4: 'Bộ Khoa học và' / 'Cơ quan, tổ chức' above the break, 'Công nghệ' / 'và doanh nghiệp'
    # / 'liên quan' below it: the name completed, the rest is the next cell's
    assert rows["1.4"].lead == ["Bộ Khoa học và Công nghệ"]
    assert rows["1.4"].support == ["Cơ quan, tổ chức và doanh nghiệp liên quan"]


def test_time_cell_and_result_cells():
    """A time cell wrapped after 'Quý' ('Quý' / 'II/2026'); a result cell that opens like a body
    ('Bộ chỉ số được xây dựng ...', 'Bộ tiêu chí') or names the approving level ('Chính phủ, Bộ
    trưởng') is no office (lines as NQ 97 and NQ 105/NQ-CP print them)."""
    text = """TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Cấp trình
Kết quả
Thời gian
hoàn thành
1
Xây dựng, triển khai bộ chỉ số pháp luật
kinh doanh cấp tỉnh
Bộ Tư pháp
Các bộ, ngành,
UBND tỉnh,
thành phố
Bộ chỉ số được
xây dựng trình cơ
quan có thẩm
quyền ban hành
Năm 2026
2
Tham mưu ban hành các Nghị định, Thông tư
hướng dẫn thi hành Luật Cán bộ, công chức
Bộ Nội vụ
Các bộ, cơ quan
ngang bộ
Chính phủ, Bộ
trưởng Bộ Nội vụ
Nghị định,
Thông tư
Quý
II/2026
"""
    rows = find_tables(doc_of(text))[0].rows
    assert rows[0].lead == ["Bộ Tư pháp"] and rows[0].support == ["Các bộ, ngành, UBND tỉnh, thành phố"]
    assert rows[1].support == ["Các bộ, cơ quan ngang bộ"] and rows[1].time == ["Quý II/2026"]
    tasks, _r, _a = extract_tasks(doc_of(text))
    assert [t.deadline for t in tasks] == [dt.date(2026, 12, 31), dt.date(2026, 6, 30)]


def test_tables_of_targets_are_no_task_tables():
    """NQ 109/NQ-CP Phụ lục I ('TT | CHỈ TIÊU | MỤC TIÊU 2026 - 2030 | CƠ QUAN CHỦ TRÌ, THEO DÕI
    | CƠ QUAN PHỐI HỢP'): its rows are indicators with a value, not tasks; the same in '|' rows,
    and an indicator row ('Tỷ lệ ... (%)') inside a task table."""
    flat = """TT
CHỈ TIÊU
MỤC TIÊU
2026 - 2030
CƠ QUAN CHỦ
TRÌ, THEO DÕI
CƠ QUAN
PHỐI HỢP
I
VỀ KINH TẾ
1
Tốc độ tăng trưởng GDP bình
quân/năm (%)
Phấn đấu ≥
10,0
1. Bộ Tài chính đầu
mối tham mưu điều
hành kịch bản tăng
trưởng
Các đơn vị có liên
quan.
"""
    assert find_tables(doc_of(flat)) == []
    assert extract_tasks(doc_of(flat))[0] == [] or not any(
        o.source == "table" for t in extract_tasks(doc_of(flat))[0] for o in t.offices)
    pipe = """| STT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Cơ quan chủ trì |
|---|---|---|---|---|
| 1 | Tỷ lệ hộ nghèo | % | 1,5 | Sở Nông nghiệp và Môi trường |
"""
    assert find_pipe_tables(doc_of(pipe)) == []
    mixed = """| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Rà soát, cập nhật danh sách hộ nghèo | UBND các xã | Phòng Nông nghiệp | Quý IV/2026 |
| 2 | Tỷ lệ hộ nghèo giảm bình quân (%) | UBND các xã | | Năm 2026 |
"""
    assert [r.number for r in find_tables(doc_of(mixed))[0].rows] == ["1"]


def test_a_lead_cell_after_task_text_ending_on_a_preposition():
    """NQ 100/NQ-CP row VI.1: the task text's last line before the break ends on 'tại', the lead
    cell 'Bộ Ngoại' / 'giao' follows; its narrow second line shows it is a cell of its own, and
    the task text goes on after the break ('Việt Nam theo hướng ...' / 'lực, hiệu quả.')."""
    rows = rows_of("tables_nq100_cell_after_preposition.txt")
    assert [r.number for r in rows] == ["1", "2"]  # (the excerpt starts at group VI: no numeral before it)
    assert rows[0].lead == ["Bộ Ngoại giao"] and rows[0].time == ["2026"]
    assert rows[0].text.endswith("tại Việt Nam theo hướng thống nhất, tinh gọn, hiệu lực, hiệu quả.")
    assert rows[1].lead == ["UBND các tỉnh, thành phố"]


def test_names_broken_over_cell_lines():
    """Cell lines as NQ 109/NQ-CP and NQ 97/NQ-CP print them: 'Công' / 'Thương', 'Ban Chỉ đạo' /
    'Trung ương ...', a period after 'giai đoạn' ('... giai đoạn' / '2020 - 2025') go on with the
    cell; 'Và các cơ quan, tổ' (QĐ 982/QĐ-TTg) too; a period line after a full word is a new cell."""
    from pipeline.extract.tables import _is_continuation

    assert _is_continuation("2. Các Bộ: Xây dựng, Công", "Thương, các bộ, cơ quan theo chức năng")
    assert _is_continuation("Ban Chỉ đạo", "Trung ương về hoàn thiện thể chế, pháp luật")
    assert _is_continuation("Kế hoạch đầu tư công trung hạn giai đoạn", "2020 - 2025")
    assert _is_continuation("Bộ Khoa học và", "Công nghệ")
    assert _is_continuation("Bộ Khoa học và Công nghệ", "Và các cơ quan, tổ")
    assert _is_continuation("Quý", "II/2026") and _is_continuation("Năm", "2026")
    assert not _is_continuation("Các bộ, cơ quan ngang bộ", "Quý IV/2026")
    assert not _is_continuation("Bộ Tài chính", "Bộ Khoa học và")
    # NQ 100/NQ-CP: 'Ủy ban Công tác về các tổ chức' / 'PCPNN, VTV, VOV, TTXVN'
    assert _is_continuation("Các Bộ, ngành, địa phương, Ủy ban Công tác về các tổ chức", "PCPNN, VTV, VOV, TTXVN")
    assert not _is_continuation("Rà soát, kiện toàn tổ chức", "UBND tỉnh")


def test_lead_body_first_one_row_each():
    """The same layout with one row per body ('STT | Đơn vị | Nhiệm vụ | Thời gian'): the number
    and body come right before their row."""
    text = """II. NHIỆM VỤ CỤ THỂ
STT
Đơn vị
Nhiệm vụ
Thời gian
hoàn thành
1
Sở Tài chính
Tham mưu bố trí kinh phí thực hiện Kế hoạch
trong dự toán ngân sách năm 2024
Quý II/2024
2
Sở Nội vụ
Hướng dẫn vị trí việc làm cho nhân sự vận hành
hệ thống thông tin
Năm 2024
"""
    rows = find_tables(doc_of(text))[0].rows
    assert [(r.group, r.number, r.lead) for r in rows] == [("II", "1", ["Sở Tài chính"]), ("II", "2", ["Sở Nội vụ"])]
    assert rows[0].text == "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2024"
    assert rows[0].time == ["Quý II/2024"] and rows[1].time == ["Năm 2024"]
