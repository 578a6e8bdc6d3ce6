"""Local documents (blind round 4, samples g1-g8): leaders' schedules of districts and of
post-2025 communes as portals post them, a schedule table that arrives one cell a line, and the
plans of a commune's Front committee and election sub-committee (rows of a plan table printed as
an item and its 'Thời gian hoàn thành / Đơn vị chủ trì / Đơn vị phối hợp / Kết quả' lines,
rounds 'Đợt 1: Từ ngày ... đến ngày ...', duties per post).  Every test runs on a text written
here in the same shape as the real ones, never on the sample's own sentences; the last test
checks the samples' scores."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import process_text, responsible, task_starting
from tests.extract_helpers import f1, run_and_score


# conftest's helpers, under the short names this file's tests use
_doc = process_text
_task = task_starting
_offices = responsible


SCHEDULE = """LỊCH LÀM VIỆC CỦA LÃNH ĐẠO ỦY BAN NHÂN DÂN XÃ TÂN PHÚ
(Tuần thứ 12 từ ngày 16/3/2026 đến ngày 20/3/2026)
THỨ HAI (16/3/2026):
1. Chủ tịch UBND xã Lê Văn An:
08 giờ 00’: Làm việc với Hợp tác xã Tân Phú về mô hình trồng rau an toàn.
(Giao Phòng Kinh tế chuẩn bị nội dung)
Thành phần tham dự: Đại diện lãnh đạo Phòng Kinh tế, Trung tâm Phục vụ hành chính công. Văn phòng HĐND và UBND xã (CVP Hòa).
Địa điểm: tại Hội trường UBND xã.
14 giờ 00’: Dự hội nghị trực tuyến về chuyển đổi số của tỉnh.
Địa điểm: tại phòng họp số 2.
* THỨ BA 17/3/2026 (nhằm 29/01 ÂL)
- 07 giờ 30: Chủ tịch UBND, Phó Chủ tịch Trần Thị Bình kiểm tra tiến độ xây dựng trường mầm non (giao Phòng Văn hóa - Xã hội chuẩn bị báo cáo).
Mời: Đại diện Ban Quản lý dự án, Hiệu trưởng trường mầm non (giao Trường mầm non Tân Phú mời).
Điểm: tại công trình.
LĐVP: Đ/c Hòa
THỨ TƯ, NGÀY 18/3/2026
Phó Chủ tịch Trần Thị Bình: 8 giờ 30 phút, tiếp công dân định kỳ tại Trung tâm Phục vụ hành chính công xã (LĐ và công chức VP). 14 giờ, dự họp Ban Thường vụ Đảng ủy xã.
"""


def test_a_commune_schedule_dates_each_entry_by_its_day_and_names_who_prepares_it(tmp_path):
    """Day lines ('THỨ HAI (16/3/2026):', '* THỨ BA 17/3/2026 (nhằm 29/01 ÂL)', 'THỨ TƯ, NGÀY
    18/3/2026') head the entries below them, also in a text without numbered sections; each
    entry opens on its time or its leader; the brackets name who prepares it."""
    doc = _doc(tmp_path, SCHEDULE)
    visit = _task(doc, "08 giờ 00’: Làm việc với Hợp tác xã")
    assert visit.deadline == dt.date(2026, 3, 16)
    assert _offices(doc, "08 giờ 00’: Làm việc") == ["Chủ tịch UBND xã Lê Văn An", "Phòng Kinh tế"]
    # (the lunar date in brackets is not the day)
    check = _task(doc, "07 giờ 30: Chủ tịch UBND, Phó Chủ tịch Trần Thị Bình kiểm tra")
    assert check.deadline == dt.date(2026, 3, 17)
    offices = _offices(doc, "07 giờ 30: Chủ tịch UBND")
    assert "Phòng Văn hóa - Xã hội" in offices and "Trường mầm non Tân Phú" in offices
    # 'Phó Chủ tịch X: 8 giờ 30 phút, tiếp công dân ...': the leader before the colon goes
    duty = _task(doc, "Phó Chủ tịch Trần Thị Bình: 8 giờ 30 phút")
    assert duty.deadline == dt.date(2026, 3, 18)
    assert [o.office for o in duty.offices if o.role == "lead"] == ["Phó Chủ tịch Trần Thị Bình"]


def test_schedule_lines_that_are_not_entries_are_not_tasks(tmp_path):
    """The day lines, the invitation, place and office-leader lines and the participants (also
    the verbless sentence that goes on listing them) describe an entry; the '(Giao ...)' line
    after it is its note."""
    doc = _doc(tmp_path, SCHEDULE)
    texts = [t.text for t in doc.tasks]
    for not_task in ("THỨ BA", "Mời:", "Điểm:", "LĐVP", "Thành phần tham dự", "Văn phòng HĐND và UBND xã (CVP Hòa)",
                     "(Giao Phòng Kinh tế", "Địa điểm:"):
        assert not any(t.startswith(not_task) for t in texts), not_task
    # ('... (LĐ và công chức VP). 14 giờ, dự họp ...': the same leader's next entry, a task of its own)
    assert len(doc.tasks) == 5
    assert _task(doc, "14 giờ, dự họp").deadline == dt.date(2026, 3, 18)
    assert _offices(doc, "14 giờ, dự họp")[0] == "Phó Chủ tịch Trần Thị Bình"


def test_a_schedule_title_gives_the_type_and_the_issuer(tmp_path):
    doc = _doc(tmp_path, SCHEDULE)
    assert doc.header.doc_type == "Lịch làm việc"
    assert doc.header.issuer and doc.header.issuer.casefold().endswith("xã tân phú")


CELL_A_LINE = """Lịch công tác tuần 8 của Thường trực và các Ban (từ ngày 23/02/2026 đến ngày 27/02/2026)

Ngày

Nội dung công việc

Thứ hai

23/02

Thường trực HĐND huyện làm việc với Phòng Nội vụ về công tác cán bộ (sáng; dự: đ/c Hải).

Thứ ba

24/02

+ Ban Pháp chế khảo sát việc thực hiện thủ tục hành chính tại xã Đông Hưng (ngày).

+ Thường trực HĐND huyện họp thường kỳ tháng 02 năm 2026 (chiều).
"""


def test_a_schedule_table_printed_one_cell_a_line(tmp_path):
    """'Ngày | Nội dung công việc' arriving one cell a line: the day name and the day on two
    lines head the entries, which are due that day; the posted title gives the type."""
    doc = _doc(tmp_path, CELL_A_LINE)
    assert doc.header.doc_type == "Lịch công tác"
    assert _task(doc, "Thường trực HĐND huyện làm việc").deadline == dt.date(2026, 2, 23)
    survey = _task(doc, "Ban Pháp chế khảo sát")
    assert survey.deadline == dt.date(2026, 2, 24)
    assert _offices(doc, "Ban Pháp chế khảo sát") == ["Ban Pháp chế"]
    assert _offices(doc, "Thường trực HĐND huyện họp") == ["Thường trực HĐND huyện"]


ROUNDS = """ỦY BAN MTTQ VIỆT NAM
PHƯỜNG AN BÌNH
BAN THƯỜNG TRỰC

Số: 21/KH-MTTQ-BTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

An Bình, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Giám sát việc thực hiện quy chế dân chủ ở cơ sở năm 2026

I. NỘI DUNG VÀ THỜI GIAN

1. Đợt 1: Từ ngày 10/3/2026 đến ngày 30/4/2026:

a) Nội dung giám sát:

- Giám sát việc công khai dự toán ngân sách phường.

- Giám sát việc lấy ý kiến Nhân dân về quy hoạch khu dân cư số 3.

2. Đợt 2: Từ ngày 04/5/2026 đến khi kết thúc năm học:

- Giám sát việc thu, chi các khoản đóng góp tại các trường học.

3. Đợt 3: Trong tháng 11/2026

- Giám sát việc giải quyết kiến nghị của cử tri, báo cáo trước ngày 20/11/2026.

II. TỔ CHỨC THỰC HIỆN

1. Chuyên viên phụ trách lĩnh vực Dân chủ - Pháp luật

- Tham mưu thành lập các đoàn giám sát.

2. Các tổ chức thành viên của Ủy ban MTTQ phường

- Cử cán bộ tham gia đoàn giám sát.

3. Đối tượng giám sát gồm có:

- Ủy ban nhân dân phường An Bình.

- Trung tâm Phục vụ hành chính công phường.

V. KHẨU HIỆU

1. Phát huy quyền làm chủ của Nhân dân!

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH

Phạm Văn Đông
"""


def test_a_round_heading_dates_the_work_under_it(tmp_path):
    """'Đợt 1: Từ ngày ... đến ngày ...:' over its items: each is due by the round's end; a round
    that runs to an event sets no date; 'Trong tháng 11/2026' ends with the month; a date of the
    item's own stays."""
    doc = _doc(tmp_path, ROUNDS)
    assert _task(doc, "Giám sát việc công khai dự toán").deadline == dt.date(2026, 4, 30)
    assert _task(doc, "Giám sát việc lấy ý kiến Nhân dân").deadline == dt.date(2026, 4, 30)
    assert _task(doc, "Giám sát việc thu, chi").deadline is None
    assert _task(doc, "Giám sát việc giải quyết kiến nghị").deadline == dt.date(2026, 11, 20)


def test_commune_posts_and_front_bodies_head_their_duties(tmp_path):
    """'1. Chuyên viên phụ trách lĩnh vực ...', '2. Các tổ chức thành viên của Ủy ban MTTQ
    phường': a commune's staff post or Front body heads the bullets under it."""
    doc = _doc(tmp_path, ROUNDS)
    assert _offices(doc, "Tham mưu thành lập") == ["Chuyên viên phụ trách lĩnh vực Dân chủ - Pháp luật"]
    assert _offices(doc, "Cử cán bộ tham gia") == ["Các tổ chức thành viên của Ủy ban MTTQ phường"]


def test_listed_bodies_and_slogans_are_not_tasks(tmp_path):
    doc = _doc(tmp_path, ROUNDS)
    texts = [t.text for t in doc.tasks]
    assert not any(t.startswith(("Ủy ban nhân dân phường An Bình", "Trung tâm Phục vụ hành chính công phường")) for t in texts)
    assert not any(t.endswith("!") for t in texts)


ROWS = """KẾ HOẠCH

I. NHIỆM VỤ

1. Công tác tuyên truyền

1.1. Tổ chức tuyên truyền về chuyển đổi số trên hệ thống loa truyền thanh; tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng

- Bảo đảm nội dung ngắn gọn, dễ hiểu.

- Thời gian hoàn thành: Quý II/2026.

- Đơn vị chủ trì: Phòng Văn hóa - Xã hội

- Đơn vị phối hợp: Trung tâm Phục vụ hành chính công, các đồng chí Chuyên viên văn phòng Đảng ủy.

- Kết quả: Báo cáo kết quả tuyên truyền

1.2. Phối hợp với Công an xã rà soát tài khoản định danh điện tử của người dân.

- Thời gian hoàn thành: Tháng 6/2026.

- Đơn vị chủ trì: Trung tâm Phục vụ hành chính công

(1) Rà soát tài khoản mức 2.

(2) Hướng dẫn kích hoạt tài khoản.

- Thời gian hoàn thành: Tháng 8/2026.

1.3. Đề cao công tác phối hợp của các cấp, ngành, đơn vị trong tuyên truyền.

- Đơn vị chủ trì: Phòng Văn hóa - Xã hội
"""


def test_a_plan_row_printed_as_an_item_with_its_attribute_lines(tmp_path):
    """'1.1. <work> ...' without a stop, a bullet saying how, then its time, lead, partners and
    result lines: the item is the task (not a title), due by its period, led by the chủ trì line;
    a staff post in the partners' line is one office."""
    doc = _doc(tmp_path, ROWS)
    row = _task(doc, "Tổ chức tuyên truyền về chuyển đổi số")
    assert row.deadline == dt.date(2026, 6, 30)
    assert [o.office for o in row.offices if o.role == "lead"] == ["Phòng Văn hóa - Xã hội"]
    assert "Các đồng chí Chuyên viên văn phòng Đảng ủy" in [o.office for o in row.offices]
    assert not any(t.text.startswith("Kết quả:") for t in doc.tasks)


def test_the_next_decimal_item_after_sub_items_opens_its_own_section(tmp_path):
    """'1.3.' after '(1)', '(2)' under 1.2 and their attribute line (a Word export: a blank line
    between paragraphs) is the next item, not a wrapped line of 1.2."""
    doc = _doc(tmp_path, ROWS)
    assert _task(doc, "Đề cao công tác phối hợp").section.endswith("1.3")


def test_the_coordination_of_bodies_names_no_partner(tmp_path):
    """'Đề cao công tác phối hợp của các cấp, ngành, đơn vị ...': a noun phrase, not 'phối hợp
    với X'."""
    doc = _doc(tmp_path, ROWS)
    assert _offices(doc, "Đề cao công tác phối hợp") == ["Phòng Văn hóa - Xã hội"]


def test_a_sub_committee_head_signs(tmp_path):
    text = ROUNDS.replace("TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH", "TM. TIỂU BAN\nTRƯỞNG TIỂU BAN")
    doc = _doc(tmp_path, text)
    assert doc.header.signer_title == "TRƯỞNG TIỂU BAN"


@pytest.mark.slow
@pytest.mark.parametrize("doc_id,deadline_min", [
    # (g1's first entry runs on every working day of the week, 09-13/02: the gold takes the last)
    ("g1_dongnai_nghiatrung_ubndxa_lichlamviec_tuan07_2026_excerpt", 0.66),
    ("g3_haugiang_vithuy_ubndhuyen_lichlamviec_2025_excerpt", 0.95),
    ("g5_quangninh_luongminh_mttq_kehoach_hiepthuong_2025", 0.95),
    ("g6_quangninh_luongminh_mttq_kehoach_kiemtragiamsat_2025", 0.95),
    ("g7_tuyenquang_phobang_tieuban_kehoach_tuyentruyen_2025_excerpt", 0.95),
    ("g8_bentre_hdndtinh_lichlamviec_tuan21_2018_excerpt", 0.95),
])
def test_round_four_samples_keep_their_scores(doc_id, deadline_min):
    _doc_, s = run_and_score(doc_id)
    assert f1(s.tasks) >= 0.95
    assert f1(s.deadlines) >= deadline_min


def test_partners_of_a_duty_and_of_the_work_it_inspects():
    """'phối hợp với các Đoàn kiểm tra ...' names a team (its 'kiểm tra' is no verb); 'các thành
    viên trong tiểu ban thực hiện ...' ends at the verb after 'tiểu ban'; in 'Kiểm tra việc chủ
    trì, phối hợp với Trưởng thôn ...' the partner belongs to the work inspected."""
    from pipeline.extract.offices import load_gazetteer, roles_in_sentence

    gaz = load_gazetteer()

    def names(t):
        return [(r.office, r.role) for r in roles_in_sentence(t, gaz)]

    assert names("Lập hồ sơ giám sát và phối hợp với các Đoàn kiểm tra của huyện khi về làm việc tại xã.") == \
        [("Các Đoàn kiểm tra", "support")]
    assert names("Tham mưu các nội dung; chủ trì phối hợp với các thành viên trong tiểu ban thực hiện các việc được giao.") == \
        [("Các thành viên trong tiểu ban", "support")]
    assert names("Kiểm tra việc chủ trì, phối hợp với Trưởng bản tổ chức họp dân.") == []


def test_a_rows_lead_line_keeps_the_partners_its_sentence_names(tmp_path):
    """'6.2. Phối hợp với X, Y chuẩn bị ...' + '- Đơn vị chủ trì: Z': Z leads, X and Y stay."""
    text = """KẾ HOẠCH

I. NHIỆM VỤ

1. Tập huấn

1.1. Phối hợp với Ủy ban bầu cử xã, Trung tâm Văn hóa xã chuẩn bị hội nghị tập huấn nghiệp vụ cho tổ bầu cử

- Thời gian thực hiện: Tháng 01/2026.

- Đơn vị chủ trì: Phòng Văn hóa - Xã hội
"""
    doc = _doc(tmp_path, text)
    offices = _offices(doc, "Phối hợp với Ủy ban bầu cử xã")
    assert offices[0] == "Phòng Văn hóa - Xã hội"
    assert "Ủy ban bầu cử xã" in offices


def test_a_commune_task_table_printed_one_cell_a_line_with_group_rows(tmp_path):
    """'STT / Nội dung công việc / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian hoàn thành / Sản
    phẩm / Ghi chú' arriving one cell a line (a PDF export), group rows 'I / Chỉ đạo, điều hành'
    between the rows, post-2025 commune offices in the cells."""
    rows = [
        ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm", "Ghi chú"],
        ["I", "Chỉ đạo, điều hành", "", "", "", "", ""],
        ["1", "Xây dựng kế hoạch cải cách hành chính năm 2026 của xã", "Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Tháng 02/2026", "Kế hoạch", ""],
        ["2", "Báo cáo định kỳ kết quả cải cách hành chính", "Văn phòng HĐND và UBND xã", "Các phòng, đơn vị", "Hằng quý", "Báo cáo", ""],
        ["II", "Thủ tục hành chính", "", "", "", "", ""],
        ["3", "Niêm yết công khai thủ tục hành chính tại bộ phận một cửa", "Trung tâm Phục vụ hành chính công xã", "Phòng Văn hóa - Xã hội; Công an xã", "Quý I/2026", "Bảng niêm yết", ""],
    ]
    text = ("ỦY BAN NHÂN DÂN\nXÃ HÒA AN\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hòa An, ngày 15 tháng 01 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. NHIỆM VỤ\n(Chi tiết tại Phụ lục)\n\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Hùng\n\nPHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n"
            + "\n".join("\n".join(r) for r in rows) + "\n")
    doc = _doc(tmp_path, text)
    plan = _task(doc, "Xây dựng kế hoạch cải cách hành chính")
    assert plan.deadline == dt.date(2026, 2, 28)
    assert [(o.office, o.role) for o in plan.offices] == [("Văn phòng HĐND và UBND xã", "lead"), ("Phòng Kinh tế", "support")]
    report = _task(doc, "Báo cáo định kỳ kết quả")
    assert report.recurrence == "quarterly" and report.deadline is None
    post = _task(doc, "Niêm yết công khai")
    assert post.section.startswith("II") and post.deadline == dt.date(2026, 3, 31)
    assert [o.office for o in post.offices] == ["Trung tâm Phục vụ hành chính công xã", "Phòng Văn hóa - Xã hội", "Công an xã"]


def test_a_district_schedule_day_without_a_year_and_leaders_by_abbreviated_post(tmp_path):
    """'Lịch làm việc thứ 5' over 'THỨ NĂM, NGÀY 12/6:' (no year): the day line is the body's
    first line, not an issuer; 'PCT.VX: Sáng ...' and 'CT: 8 giờ ...' open entries of the leader
    they name, and '. 15 giờ, ...' inside the line opens his next entry."""
    text = """Lịch làm việc thứ 5

THỨ NĂM, NGÀY 12/6:

- CT: 8 giờ, tiếp công dân định kỳ tại Ban Tiếp công dân huyện (LĐVP: Đ/c Hùng). 15 giờ, nghe báo cáo công tác chuẩn bị kỳ thi tuyển sinh lớp 10, mời Trưởng phòng Giáo dục và Đào tạo cùng dự, điểm tại phòng họp số 2.

- PCT.VX: Sáng làm việc tại cơ quan. 14 giờ, cùng Phó Chủ tịch Lê Văn Bình kiểm tra công tác phòng, chống dịch bệnh tại xã Tân Hòa.
"""
    doc = _doc(tmp_path, text)
    assert doc.header.doc_type == "Lịch làm việc"
    assert doc.header.issuer is None
    assert _offices(doc, "CT: 8 giờ")[0] == "CT"
    assert _offices(doc, "15 giờ, nghe báo cáo")[0] == "CT"
    assert _offices(doc, "14 giờ, cùng Phó Chủ tịch")[0] == "PCT.VX"


def test_an_official_named_with_his_post_and_an_office_written_with_an_ampersand():
    """'Giao đồng chí Trần Văn Bình - Chủ tịch Hội Nông dân xã ...': the person with his post
    and body, one office as written; 'Văn phòng HĐND&UBND xã' is one office (no 'UBND xã' of
    its own)."""
    from pipeline.extract.offices import load_gazetteer, roles_in_sentence

    gaz = load_gazetteer()

    def names(t):
        return [(r.office, r.role) for r in roles_in_sentence(t, gaz)]

    assert names("Giao đồng chí Trần Văn Bình - Chủ tịch Hội Nông dân xã tổ chức tuyên truyền trong hội viên.") == \
        [("đồng chí Trần Văn Bình - Chủ tịch Hội Nông dân xã", "lead")]
    assert names("Đồng chí Lê Thị Hoa – Trưởng Công an xã và Văn phòng HĐND&UBND xã phối hợp thực hiện.")[:2] == \
        [("Đồng chí Lê Thị Hoa – Trưởng Công an xã", "lead"), ("Văn phòng HĐND&UBND xã", "lead")]
    # ('Các cán bộ khác ...': the rest of the staff)
    assert names("Các cán bộ khác thực hiện nhiệm vụ do Ban Thường trực phân công.") == [("Các cán bộ khác", "lead")]


def test_a_conferences_attendance_section_directs_no_one(tmp_path):
    """'II. THÀNH PHẦN HỘI NGHỊ' lists who sits in the conference: no task."""
    text = """KẾ HOẠCH
Tổ chức hội nghị lấy ý kiến cử tri

I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm dân chủ, đúng luật.

II. THÀNH PHẦN HỘI NGHỊ
- Ban Thường trực Ủy ban MTTQ Việt Nam xã tham dự và điều hành hội nghị.
- Đại diện Thường trực HĐND xã, UBND xã dự hội nghị.

III. TỔ CHỨC THỰC HIỆN
1. Văn phòng HĐND và UBND xã chuẩn bị hội trường trước ngày 10/3/2026.
"""
    doc = _doc(tmp_path, text)
    texts = [t.text for t in doc.tasks]
    assert not any(t.startswith(("Ban Thường trực", "Đại diện")) for t in texts)
    assert any(t.startswith("Văn phòng HĐND và UBND xã chuẩn bị") for t in texts)


def test_the_criteria_a_meeting_goes_by_are_no_tasks(tmp_path):
    """'... lập danh sách ... căn cứ vào các tiêu chí:' + noun bullets: criteria, not duties; the
    next numbered item is read as usual."""
    text = """KẾ HOẠCH
Tổ chức hội nghị xét chọn

I. NỘI DUNG

1. Hội đồng xét chọn các hộ gia đình văn hóa tiêu biểu căn cứ vào các tiêu chí:

- Tiêu chuẩn gia đình văn hóa theo quy định.

- Ý kiến của Ban công tác Mặt trận thôn đối với từng hộ được đề nghị.

- Hồ sơ đề nghị của các thôn gửi đến.

2. Văn phòng HĐND và UBND xã tổng hợp danh sách, trình Chủ tịch UBND xã trước ngày 20/11/2026.
"""
    doc = _doc(tmp_path, text)
    texts = [t.text for t in doc.tasks]
    assert not any(t.startswith(("Tiêu chuẩn", "Ý kiến", "Hồ sơ")) for t in texts)
    assert _task(doc, "Văn phòng HĐND và UBND xã tổng hợp").deadline == dt.date(2026, 11, 20)


def test_a_part_of_day_before_the_entry_number_and_an_entry_for_the_whole_week(tmp_path):
    """'* CHIỀU: 1. ...' numbers the entry (the next '2. ...:' continues the list); an entry
    held 'các ngày làm việc trong tuần' is due on the last day of the week the title gives."""
    text = """LỊCH CÔNG TÁC CỦA LÃNH ĐẠO ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH
(Tuần thứ 20 từ ngày 11/5/2026 đến ngày 15/5/2026)
THỨ HAI (11/5/2026):
* CHIỀU: 1. Chủ tịch UBND phường: Trực tiếp công dân tại Trung tâm Phục vụ hành chính công phường.
Thời gian, địa điểm: 14 giờ 00’ đến 16 giờ 00’ các ngày làm việc trong tuần tại trụ sở.
2. Phó Chủ tịch UBND phường Trần Văn Hải:
15 giờ 00’: Kiểm tra công tác vệ sinh môi trường tại khu phố 3. (Giao Phòng Kinh tế chuẩn bị nội dung)
"""
    doc = _doc(tmp_path, text)
    t1 = _task(doc, "Chủ tịch UBND phường: Trực tiếp")
    assert (t1.section, t1.deadline) == ("1", dt.date(2026, 5, 15))
    t2 = _task(doc, "15 giờ 00’: Kiểm tra")
    assert (t2.section, t2.deadline) == ("2", dt.date(2026, 5, 11))


def test_a_topic_printed_before_its_subject_and_a_meetings_proceedings_dated_by_its_days(tmp_path):
    """'1. Kiểm tra định kỳ Phòng Kinh tế và Văn phòng HĐND và UBND xã thực hiện kiểm tra định kỳ
    ...:' names its subject after the topic (no colon); '- Hội nghị ... được tổ chức trong ngày
    X đến ngày Y' dates what the meeting does ('Hội nghị thảo luận ...') by its last day."""
    from pipeline.extract.offices import load_gazetteer, subject_of

    gaz = load_gazetteer()
    assert subject_of("Kiểm tra định kỳ Phòng Kinh tế và Văn phòng HĐND và UBND xã thực hiện kiểm tra định kỳ "
                      "thông qua các việc sau:", gaz)[0] == "Phòng Kinh tế và Văn phòng HĐND và UBND xã"
    text = """KẾ HOẠCH
Tổ chức hội nghị đại biểu nhân dân xã

I. NỘI DUNG HỘI NGHỊ

1. Hội nghị thảo luận, góp ý dự thảo quy ước của các thôn.

2. Hội nghị biểu quyết thông qua danh sách các hộ được hỗ trợ.

II. THỜI GIAN

- Hội nghị đại biểu nhân dân xã được tổ chức trong ngày 14/4/2026 đến ngày 15/4/2026.

III. TỔ CHỨC THỰC HIỆN

1. Văn phòng HĐND và UBND xã chuẩn bị hội trường trước ngày 10/4/2026.
"""
    doc = _doc(tmp_path, text)
    assert _task(doc, "Hội nghị thảo luận").deadline == dt.date(2026, 4, 15)
    assert _task(doc, "Hội nghị biểu quyết").deadline == dt.date(2026, 4, 15)
    assert _task(doc, "Văn phòng HĐND và UBND xã chuẩn bị").deadline == dt.date(2026, 4, 10)
