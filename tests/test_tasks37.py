"""tasks37: a portal's print stamp over a posting, and a schedule's time lines under a bare time key.

Texts: Hải Phòng's portal print pages (the `pages` corpus: PrintItem.aspx?ContentID=153141, 124620;
header_fields row news13) and Sóc Trăng's festival page (duaghengo.soctrang.gov.vn), none in a
standing set.
"""
from __future__ import annotations

from conftest import benchmark_row, extracted_tasks, header_head, structured_header, tasks_opening

from pipeline.extract.timelines import is_time_key_line, is_time_value_line

# Hải Phòng's portal, print page of the information department's request (PrintItem.aspx?ContentID=153141)
PRINTED_REQUEST = """Hải Phòng, ngày 22 tháng 11 năm 2019

Tuyên truyền Kế hoạch Phát động Tháng khuyến học, khuyến tài năm 2019

Thực hiện Kế hoạch số 225/KH-UBND ngày 11/9/2019 của Ủy ban nhân dân thành phố về Phát động Tháng khuyến học, khuyến tài năm 2019,

Sở Thông tin và Truyền thông trân trọng đề nghị các đơn vị phối hợp, thực hiện các nội dung sau:

- Tuyên truyền nội dung Kế hoạch số 225/KH-UBND ngày 11/9/2019 của Ủy ban nhân dân thành phố về Phát động Tháng khuyến học, khuyến tài năm 2019 và các thông tin liên quan.

- Thường xuyên cập nhật thông tin và gửi báo cáo về Sở Thông tin và Truyền thông để tổng hợp, báo cáo Ủy ban nhân dân thành phố.

Tài liệu đính kèm tại đây
"""

# the same portal's print page of an infographic item (PrintItem.aspx?ContentID=124620)
PRINTED_INFOGRAPHIC = """Hải Phòng, ngày 15 tháng 12 năm 2019

[Infographic] Khẩn trương thực hiện các biện pháp ngăn chặn, khống chế Dịch tả lợn Châu Phi

Bệnh Dịch tả lợn Châu Phi đang có diễn biến phức tạp trên toàn quốc, với 9 tỉnh thành đã xuất hiện dịch. Tại Hải Phòng, dịch đã xuất hiện tại 3 huyện.

Đức Hiệp thực hiện
"""

# Sóc Trăng's festival page: a time key alone, its times as sub-items
FESTIVAL = """b) Liên hoan và hội thi ẩm thực

- Chủ đề: "Hương vị Đồng bằng".

- Thời gian:

+ Khai mạc: 09 giờ 00, ngày 29/10/2017 và kéo dài đến hết ngày 03/11/2017.

+ Hội thi ẩm thực: ngày 29/10/2017.

+ Liên hoan ẩm thực diễn ra từ 08 giờ 00 đến 23 giờ 00 hàng ngày.

- Địa điểm: Trung tâm Văn hóa Triển lãm Hồ Nước Ngọt.

c) Hội thi “Gạo ngon, lúa thơm” và trưng bày sản phẩm gạo ngon: Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì phối hợp với Sở Công Thương và các đơn vị có liên quan xây dựng kế hoạch thực hiện.

- Thời gian: 08 giờ 00, ngày 30/10/2017 và kéo dài đến hết ngày 03/11/2017.
"""


def test_print_stamp_is_no_document_date():
    # the day the page was printed is no document's date; the request's asks are still read
    assert structured_header(PRINTED_REQUEST).date is None
    assert structured_header(PRINTED_INFOGRAPHIC).date is None
    tasks = extracted_tasks(PRINTED_REQUEST)
    assert tasks_opening(tasks, "Tuyên truyền nội dung Kế hoạch số 225/KH-UBND")
    assert tasks_opening(tasks, "Thường xuyên cập nhật thông tin")


def test_print_stamp_with_a_byline_in_capitals_keeps_the_body():
    # a reporter's initials in capitals under the item ('HN') were read as an issuer's cell under the
    # stamp's date line: every line above them became header and no task was read
    # (within the header reader's first four content lines: a short posting, as unseen29's district item)
    short = ("Hải Phòng, ngày 22 tháng 11 năm 2019\n\nSở Thông tin và Truyền thông trân trọng đề nghị các đơn vị phối hợp, "
             "thực hiện các nội dung sau:\n\n- Thường xuyên cập nhật thông tin và gửi báo cáo về Sở Thông tin và Truyền "
             "thông để tổng hợp, báo cáo Ủy ban nhân dân thành phố.\n\n" + " " * 50 + "HN\n")
    assert tasks_opening(extracted_tasks(short), "Thường xuyên cập nhật thông tin")
    assert structured_header(short).date is None


def test_print_stamp_over_a_numbered_lead_keeps_its_identity():
    # header_fields news13: the stamp over '..., ngày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số 42/KH-UBND'
    row = benchmark_row("benchmarks/data/header_fields.jsonl", "id", "news13_haiphong_thuynguyen_ubndhuyen_kehoach42_cchc_2011_posted")
    assert header_head(structured_header(row["text"]))[:3] == ("Kế hoạch", "42/KH-UBND", "2011-05-13")


def test_a_letters_own_date_line_over_its_type_is_kept():
    # a first line that names place and date with the type line under it is the document's
    h = structured_header("Hà Nội, ngày 05 tháng 3 năm 2020\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND về công tác tháng 3\n\n"
                          "1. Các phòng chuyên môn hoàn thành báo cáo trước ngày 10/3/2020.\n")
    assert h.date is not None and h.date.isoformat() == "2020-03-05"


def test_time_lines_under_a_bare_key_are_no_tasks():
    tasks = extracted_tasks(FESTIVAL)
    assert not tasks_opening(tasks, "Khai mạc: 09 giờ 00")
    assert not tasks_opening(tasks, "Hội thi ẩm thực: ngày 29/10/2017")
    assert tasks_opening(tasks, "Hội thi “Gạo ngon, lúa thơm”")


def test_time_value_line_needs_the_key_above_and_no_act():
    key = "2. Thời gian, địa điểm, phụ trách hoạt động:"
    assert is_time_key_line(key) and is_time_key_line("- Thời gian:")
    assert not is_time_key_line("- Thời gian: 08 giờ 00, ngày 30/10/2017")
    assert is_time_value_line("– 07h30-10h00 ngày 17/03/2018 (Thứ 7).", key)
    # the same time with no key above it, or a line that tells an act with its time: not a value line
    assert not is_time_value_line("– 07h30-10h00 ngày 17/03/2018 (Thứ 7).", "1. Thành phần tham gia: Toàn thể đoàn viên;")
    assert not is_time_value_line("+ Liên hoan ẩm thực diễn ra từ 08 giờ 00 đến 23 giờ 00 hàng ngày.", "- Thời gian:")
    assert not is_time_value_line("– Đồng chí Ngô Đức Lâm phụ trách điều hành.", key)
