"""Task tables laid out in columns by spaces (pdftotext -layout, fixed-width exports): no '|'
and no tab between cells.  Written here in the shapes such tables take: a one-line header, a
header wrapped over two lines with centred cells, cells wrapped over lines, group rows, the time
column before the offices, no number column, the header printed again after a page break."""
from __future__ import annotations

import datetime as dt

from conftest import process_text

HEAD = ("UBND TỈNH AN BÌNH\nSố: 41/KH-UBND\nAn Bình, ngày 12 tháng 02 năm 2025\n\nKẾ HOẠCH\n"
        "Thực hiện nhiệm vụ năm 2025\n\nI. MỤC TIÊU\nNâng cao hiệu quả chỉ đạo, điều hành.\n"
        "II. NHIỆM VỤ\nCác nhiệm vụ cụ thể tại Phụ lục kèm theo.\n\nPHỤ LỤC\n\n")


def _row(cells, widths):
    return "".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()


def _tasks(doc):
    return {t.text: t for t in doc.tasks}


def _lead(t):
    return [o.office for o in t.offices if o.role == "lead"]


def _support(t):
    return [o.office for o in t.offices if o.role == "support"]


def test_a_one_line_header_and_wrapped_cells(tmp_path):
    w = (6, 40, 20, 24, 14)
    lines = [_row(("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"), w),
             _row(("1", "Rà soát, sửa đổi quy chế làm việc", "Văn phòng UBND", "Sở Tư pháp", "Quý I/2025"), w),
             _row(("", "của Ủy ban nhân dân tỉnh", "tỉnh", "", ""), w),
             _row(("2", "Tổ chức tập huấn kỹ năng số cho", "Sở Nội vụ", "Các sở, ngành;", "Tháng 9/2025"), w),
             _row(("", "cán bộ, công chức", "", "UBND cấp xã", ""), w)]
    doc = process_text(tmp_path, HEAD + "\n".join(lines) + "\n\nNơi nhận:\n- Lưu: VT.\n")
    ts = _tasks(doc)
    t1 = ts["Rà soát, sửa đổi quy chế làm việc của Ủy ban nhân dân tỉnh"]
    assert _lead(t1) == ["Văn phòng UBND tỉnh"] and _support(t1) == ["Sở Tư pháp"]
    assert t1.deadline == dt.date(2025, 3, 31)
    t2 = ts["Tổ chức tập huấn kỹ năng số cho cán bộ, công chức"]
    assert _lead(t2) == ["Sở Nội vụ"] and t2.deadline == dt.date(2025, 9, 30)
    assert len(_support(t2)) == 2
    assert not any(t.startswith(("STT", "Nội dung")) for t in ts)


def test_a_header_wrapped_over_two_lines_with_centred_cells_and_groups(tmp_path):
    text = HEAD + (
        " TT           Nội dung nhiệm vụ                  Cơ quan           Cơ quan phối           Thời gian\n"
        "                                                  chủ trì                hợp              hoàn thành\n"
        " I    HẠ TẦNG SỐ\n"
        " 1    Nâng cấp hạ tầng mạng diện rộng của    Sở Khoa học và     Các sở, ban, ngành;    Quý II/2025\n"
        "      tỉnh, bảo đảm kết nối đến cấp xã       Công nghệ          UBND cấp xã\n"
        " II   DỮ LIỆU SỐ\n"
        " 2    Xây dựng cơ sở dữ liệu đất đai         Sở Nông nghiệp     UBND các huyện         Năm 2025\n"
        "                                             và Môi trường\n"
        " 3    Báo cáo tình hình thực hiện            Sở Khoa học và     Các sở, ngành          Hằng quý\n"
        "                                             Công nghệ\n\n\nNơi nhận:\n- Lưu: VT.\n")
    doc = process_text(tmp_path, text)
    ts = _tasks(doc)
    t1 = ts["Nâng cấp hạ tầng mạng diện rộng của tỉnh, bảo đảm kết nối đến cấp xã"]
    assert _lead(t1) == ["Sở Khoa học và Công nghệ"] and t1.deadline == dt.date(2025, 6, 30)
    assert t1.section.startswith("I")
    t2 = ts["Xây dựng cơ sở dữ liệu đất đai"]
    assert _lead(t2) == ["Sở Nông nghiệp và Môi trường"] and t2.deadline == dt.date(2025, 12, 31)
    t3 = ts["Báo cáo tình hình thực hiện"]
    assert t3.recurrence == "quarterly"
    assert len(doc.tasks) == 5  # the two sentences of I and II, and the three rows


def test_the_time_column_before_the_offices_and_the_header_again_after_a_page_break(tmp_path):
    w = (5, 42, 22, 20, 20)
    hdr = _row(("TT", "Nhiệm vụ", "Thời gian thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp"), w)
    lines = [hdr,
             _row(("1", "Xây dựng kế hoạch kiểm tra liên ngành", "Tháng 4/2025", "Sở Y tế", "Công an tỉnh"), w),
             "", "                                       2", "",
             hdr,
             _row(("2", "Tổng kết, đánh giá kết quả thực hiện", "Tháng 12/2025", "Sở Y tế", "Các sở, ngành"), w)]
    doc = process_text(tmp_path, HEAD + "\n".join(lines) + "\n")
    ts = _tasks(doc)
    t1 = ts["Xây dựng kế hoạch kiểm tra liên ngành"]
    assert _lead(t1) == ["Sở Y tế"] and t1.deadline == dt.date(2025, 4, 30)
    t2 = ts["Tổng kết, đánh giá kết quả thực hiện"]
    assert _lead(t2) == ["Sở Y tế"] and t2.deadline == dt.date(2025, 12, 31)
    assert not any(t.startswith(("TT", "Nhiệm vụ")) for t in ts)


def test_a_table_without_a_number_column(tmp_path):
    w = (44, 24, 24, 16)
    lines = [_row(("Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"), w),
             _row(("Tuyên truyền, phổ biến nội dung Chỉ thị", "Sở Văn hóa và Thể thao", "Báo An Bình", "Quý I/2025"), w),
             _row(("trên các phương tiện thông tin đại chúng", "", "", ""), w),
             _row(("Kiểm tra việc thực hiện tại các địa phương", "Sở Nội vụ", "UBND cấp xã", "Quý IV/2025"), w)]
    doc = process_text(tmp_path, HEAD + "\n".join(lines) + "\n")
    ts = _tasks(doc)
    t1 = ts["Tuyên truyền, phổ biến nội dung Chỉ thị trên các phương tiện thông tin đại chúng"]
    assert t1.deadline == dt.date(2025, 3, 31)
    assert ts["Kiểm tra việc thực hiện tại các địa phương"].deadline == dt.date(2025, 12, 31)


def test_spaced_text_without_a_task_header_is_no_table(tmp_path):
    # a header block printed in two columns, a data table of figures: no 'chủ trì' column, no table
    text = ("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH AN BÌNH             Độc lập - Tự do - Hạnh phúc\n"
            "Số: 12/UBND-VX           An Bình, ngày 03 tháng 3 năm 2025\n\nKính gửi: Sở Y tế.\n\n"
            "Chỉ tiêu           Kế hoạch      Thực hiện\nSố ca khám         1.200         1.150\n\n"
            "Đề nghị Sở Y tế báo cáo kết quả trước ngày 20/3/2025.\n")
    doc = process_text(tmp_path, text)
    assert [t.text for t in doc.tasks] == ["Đề nghị Sở Y tế báo cáo kết quả trước ngày 20/3/2025."]


# ---- '|' and tab tables: a header over two rows, cells wrapped onto a row of their own ----

def test_a_pipe_header_wrapped_over_two_rows(tmp_path):
    for top, bottom in (("| TT | Nội dung nhiệm vụ | Cơ quan | Cơ quan | Thời gian |", "| | | chủ trì | phối hợp | hoàn thành |"),
                        ("STT | Nhiệm vụ | Đơn vị | Đơn vị | Thời hạn", " | | chủ trì | phối hợp | ")):
        rows = ("1 | Tổ chức tập huấn kỹ năng số cho cán bộ | Sở Nội vụ | Sở Khoa học và Công nghệ | Quý II/2025",
                "2 | Kiểm tra việc thực hiện tại các địa phương | Sở Nội vụ | UBND cấp xã | Tháng 11/2025")
        if top.startswith("|"):
            rows = tuple("| " + r + " |" for r in rows)
        doc = process_text(tmp_path, HEAD + "\n".join((top, bottom) + rows) + "\n")
        ts = _tasks(doc)
        t1 = ts["Tổ chức tập huấn kỹ năng số cho cán bộ"]
        assert _lead(t1) == ["Sở Nội vụ"] and _support(t1) == ["Sở Khoa học và Công nghệ"], top
        assert t1.deadline == dt.date(2025, 6, 30)
        assert ts["Kiểm tra việc thực hiện tại các địa phương"].deadline == dt.date(2025, 11, 30)


def test_cells_wrapped_onto_a_row_of_their_own_in_tab_and_bare_pipe_tables(tmp_path):
    tab = ("STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
           "1\tXây dựng cơ sở dữ liệu\tSở Văn hóa, Thể thao\tSở Thông tin và\tQuý III/2025\n"
           "\tvề di sản văn hóa\tvà Du lịch\tTruyền thông\t\n"
           "2\tRà soát hồ sơ di tích\tSở Văn hóa, Thể thao và Du lịch\tUBND các huyện\tTrước ngày 30/6/2025\n")
    bare = ("STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
            "1 | Xây dựng cơ sở dữ liệu | Sở Văn hóa, Thể thao | Sở Thông tin và | Quý III/2025\n"
            " | về di sản văn hóa | và Du lịch | Truyền thông |\n"
            "2 | Rà soát hồ sơ di tích | Sở Văn hóa, Thể thao và Du lịch | UBND các huyện | Trước ngày 30/6/2025\n")
    for table in (tab, bare):
        doc = process_text(tmp_path, HEAD + table)
        ts = _tasks(doc)
        t1 = ts["Xây dựng cơ sở dữ liệu về di sản văn hóa"]
        assert _lead(t1) == ["Sở Văn hóa, Thể thao và Du lịch"], _lead(t1)
        assert _support(t1) == ["Sở Thông tin và Truyền thông"], _support(t1)
        assert t1.deadline == dt.date(2025, 9, 30)
        t2 = ts["Rà soát hồ sơ di tích"]
        assert _lead(t2) == ["Sở Văn hóa, Thể thao và Du lịch"] and t2.deadline == dt.date(2025, 6, 30)
        assert len([t for t in ts if "Du lịch" in t or t.startswith("về di sản")]) == 0


def test_prose_with_two_spaces_after_its_full_stops_is_no_table(tmp_path):
    text = ("UBND TỈNH AN BÌNH\nSố: 15/UBND-VX\nAn Bình, ngày 03 tháng 3 năm 2025\n\nKính gửi: Sở Y tế.\n\n"
            "Giao Sở Y tế chủ trì.  Nội dung kiểm tra gồm:  an toàn thực phẩm, hành nghề y tư nhân.\n"
            "Sở Y tế phối hợp với UBND các huyện thực hiện.  Thời gian hoàn thành:  trong tháng 4/2025.\n"
            "Báo cáo kết quả về UBND tỉnh trước ngày 10/5/2025.\n")
    from pipeline.extract.tables import find_tables
    doc = process_text(tmp_path, text)
    assert find_tables(doc) == []
    single = process_text(tmp_path, text.replace("  ", " "), name="single.txt")
    assert [t.text for t in doc.tasks] == [t.text for t in single.tasks]


def test_line_breaks_inside_markdown_cells(tmp_path):
    # a converter keeps a cell's line breaks as '<br>': a wrapped sentence reads on, a list of
    # bodies is a list
    for br in ("<br>", "<br/>", " <br /> "):
        table = ("| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
                 "|---|---|---|---|---|\n"
                 f"| 1 | Xây dựng cơ sở dữ liệu{br}về di sản văn hóa | Sở Văn hóa và Thể thao | Sở Khoa học và Công nghệ{br}UBND các xã | Quý III/2025 |\n"
                 "| 2 | Rà soát hồ sơ di tích | Sở Văn hóa và Thể thao | UBND các xã | Tháng 10/2025 |\n")
        doc = process_text(tmp_path, HEAD + table)
        ts = _tasks(doc)
        t1 = ts["Xây dựng cơ sở dữ liệu về di sản văn hóa"]
        assert _lead(t1) == ["Sở Văn hóa và Thể thao"] and len(_support(t1)) == 2, br
        assert t1.deadline == dt.date(2025, 9, 30)


def test_cells_centred_in_their_rows_and_a_row_of_column_numbers(tmp_path):
    # a table whose cells are centred vertically prints a tall row's number on its middle line;
    # the lines above it belong to that row, not to the row before
    text = HEAD + (
        " TT           Nội dung nhiệm vụ                  Cơ quan chủ trì    Cơ quan phối hợp       Thời gian\n"
        " (1)                 (2)                               (3)                (4)                 (5)\n"
        "      Nâng cấp hạ tầng mạng diện rộng của\n"
        " 1    tỉnh, bảo đảm kết nối đến cấp xã       Sở Khoa học và     Các sở, ban, ngành     Quý II/2025\n"
        "      và các đơn vị sự nghiệp                Công nghệ\n"
        "      Triển khai chữ ký số cho cán bộ,\n"
        " 2    công chức cấp xã                       Sở Nội vụ          Sở Khoa học và         Tháng 8/2025\n"
        "                                                                Công nghệ\n"
        " 3    Xây dựng cơ sở dữ liệu đất đai         Sở Nông nghiệp     UBND các huyện         Năm 2025\n"
        "                                             và Môi trường\n"
        "      Báo cáo tình hình thực hiện\n"
        " 4    chuyển đổi số của tỉnh                 Sở Khoa học và     Các sở, ngành          Hằng quý\n"
        "                                             Công nghệ\n")
    doc = process_text(tmp_path, text)
    ts = _tasks(doc)
    t1 = ts["Nâng cấp hạ tầng mạng diện rộng của tỉnh, bảo đảm kết nối đến cấp xã và các đơn vị sự nghiệp"]
    assert _lead(t1) == ["Sở Khoa học và Công nghệ"] and t1.deadline == dt.date(2025, 6, 30)
    t2 = ts["Triển khai chữ ký số cho cán bộ, công chức cấp xã"]
    assert _lead(t2) == ["Sở Nội vụ"] and _support(t2) == ["Sở Khoa học và Công nghệ"]
    assert t2.deadline == dt.date(2025, 8, 31)
    t3 = ts["Xây dựng cơ sở dữ liệu đất đai"]
    assert _lead(t3) == ["Sở Nông nghiệp và Môi trường"]
    t4 = ts["Báo cáo tình hình thực hiện chuyển đổi số của tỉnh"]
    assert t4.recurrence == "quarterly" and _lead(t4) == ["Sở Khoa học và Công nghệ"]


def test_centred_cells_when_the_first_row_is_one_line_tall(tmp_path):
    # (session 12 round 2) nothing stands above the first number when the first row is one line
    # tall; the taller rows below still print their number on their middle line
    text = HEAD + (
        " TT           Nội dung nhiệm vụ                  Cơ quan chủ trì    Cơ quan phối hợp       Thời gian\n"
        " 1    Rà soát quy chế làm việc của UBND       Văn phòng UBND     Các sở, ngành          Quý I/2025\n"
        "      Triển khai chữ ký số cho cán bộ,\n"
        " 2    công chức cấp xã                       Sở Nội vụ          Sở Khoa học và         Tháng 8/2025\n"
        "      và viên chức các đơn vị sự nghiệp                         Công nghệ\n"
        "      Tổ chức tập huấn kỹ năng số cho\n"
        " 3    cán bộ, công chức các cấp              Sở Nội vụ          UBND cấp xã            Tháng 10/2025\n")
    ts = _tasks(process_text(tmp_path, text))
    t1 = ts["Rà soát quy chế làm việc của UBND"]
    assert _lead(t1) == ["Văn phòng UBND"] and t1.deadline == dt.date(2025, 3, 31)
    t2 = ts["Triển khai chữ ký số cho cán bộ, công chức cấp xã và viên chức các đơn vị sự nghiệp"]
    assert _lead(t2) == ["Sở Nội vụ"] and t2.deadline == dt.date(2025, 8, 31)
    t3 = ts["Tổ chức tập huấn kỹ năng số cho cán bộ, công chức các cấp"]
    assert t3.deadline == dt.date(2025, 10, 31)


def test_a_top_aligned_table_is_not_read_as_centred(tmp_path):
    text = HEAD + (
        " TT           Nội dung nhiệm vụ                  Cơ quan chủ trì    Cơ quan phối hợp       Thời gian\n"
        " 1    Rà soát quy chế làm việc của UBND       Văn phòng UBND     Các sở, ngành          Quý I/2025\n"
        "      tỉnh và các quy chế phối hợp\n"
        " 2    Triển khai chữ ký số cho cán bộ,       Sở Nội vụ          Sở Khoa học và         Tháng 8/2025\n"
        "      công chức cấp xã                                          Công nghệ\n")
    ts = _tasks(process_text(tmp_path, text))
    assert "Rà soát quy chế làm việc của UBND tỉnh và các quy chế phối hợp" in ts
    assert "Triển khai chữ ký số cho cán bộ, công chức cấp xã" in ts
