"""Rules met on provincial letters outside Lào Cai (samples/gold r1-r8: letters of provincial People's
Committees, of a committee's Office and of a city's Sở, as published on web pages: often the body
only, with the number in a subject line or an attribution line).  Each test is a short text
written for the test in the shape of those letters; the gold files test the whole."""
from __future__ import annotations

import datetime as dt

from pipeline.extract import extract_tasks
from pipeline.model import Document, lines_from_text


def tasks_of(text: str):
    return extract_tasks(Document("t", lines=lines_from_text(text)))[0]


def leads(t) -> list[str]:
    return [o.office for o in t.offices if o.role == "lead"]


def test_a_result_named_first_with_its_due_date_is_the_report_of_the_body_before():
    tasks = tasks_of(
        "Thực hiện Công văn số 215/BNV-CQĐP ngày 03/9/2024 của Bộ Nội vụ, Chủ tịch UBND tỉnh có ý kiến như sau:\n"
        "Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp rà soát, thống kê số đơn vị hành chính cấp xã "
        "chưa đạt tiêu chuẩn. Kết quả thực hiện báo cáo Bộ Nội vụ, Chủ tịch UBND tỉnh trước ngày 20/10/2024.\n")
    assert [t.text[:22] for t in tasks] == ["Giao Sở Nội vụ chủ trì", "Kết quả thực hiện báo "]
    assert tasks[1].deadline == dt.date(2024, 10, 20)
    assert leads(tasks[1]) == ["Sở Nội vụ"]


def test_a_result_sent_on_within_a_month_directs_too():
    tasks = tasks_of(
        "Đề nghị UBND các huyện, thị xã tổ chức kiểm tra các cơ sở sơ chế rau quả trên địa bàn. "
        "Kết quả kiểm tra gửi về Sở Nông nghiệp và Phát triển nông thôn trong tháng 7/2022.\n")
    assert len(tasks) == 2
    assert tasks[1].deadline == dt.date(2022, 7, 31)


def test_a_result_that_reports_what_happened_is_no_task():
    # a review's 'Kết quả ...' has no time limit: it states, it directs no one
    tasks = tasks_of(
        "Giao Sở Y tế chủ trì tổ chức kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.\n"
        "Kết quả kiểm tra năm 2023 cho thấy nhiều cơ sở chưa báo cáo đầy đủ theo quy định.\n")
    assert [t.text[:12] for t in tasks] == ["Giao Sở Y tế"]


def test_chi_dao_ve_viec_names_a_subject_and_directs_no_one():
    tasks = tasks_of(
        "UBND tỉnh chỉ đạo về việc tăng cường phòng, chống bệnh dịch tả lợn châu Phi.\n"
        "UBND tỉnh nhận được Công văn số 512/BNN-TY ngày 02/3/2023 của Bộ Nông nghiệp và Phát triển nông thôn.\n"
        "Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:\n"
        "Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với UBND các huyện triển khai các biện pháp "
        "phòng, chống dịch; báo cáo UBND tỉnh trước ngày 15/3/2023.\n")
    assert len(tasks) == 1 and tasks[0].text.startswith("Giao Sở Nông nghiệp")
    assert tasks[0].deadline == dt.date(2023, 3, 15)
    # the cue 'chỉ đạo' with the body it directs stays a cue
    tasks = tasks_of("Chủ tịch UBND tỉnh chỉ đạo các sở, ngành khẩn trương rà soát các dự án chậm tiến độ.\n")
    assert len(tasks) == 1


# ---------------------------------------------------------------- a body published alone

def header_of(text: str):
    from pipeline.config import Config
    from pipeline.structure import structure

    return structure(Document("t", lines=lines_from_text(text)), Config()).header


def test_the_number_in_a_bracket_after_the_subject_line():
    h = header_of(
        "Về việc rà soát nhà văn hóa thôn xuống cấp (1250/VP-KGVX, ngày 05/6/2021).\n"
        "Thực hiện Công văn số 301/BVHTTDL-VHCS của Bộ Văn hóa, Thể thao và Du lịch, Phó Chủ tịch UBND tỉnh có ý kiến như sau:\n"
        "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì rà soát; báo cáo UBND tỉnh trước ngày 30/6/2021.\n"
        "Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.\n")
    assert (h.doc_type, h.number, h.date) == ("Công văn", "1250/VP-KGVX", dt.date(2021, 6, 5))
    assert h.issuer == "Văn phòng UBND tỉnh"


def test_the_publishers_attribution_at_the_end():
    h = header_of(
        "Ủy ban nhân dân tỉnh có ý kiến như sau:\n"
        "Giao Sở Xây dựng chủ trì, phối hợp với UBND thành phố kiểm tra hiện trạng nhà chung cư cũ; hoàn thành trong tháng 3/2022.\n"
        "(Theo Văn bản số 77/UBND-CN, ngày 02/02/2022)\n")
    assert (h.doc_type, h.number, h.date) == ("Công văn", "77/UBND-CN", dt.date(2022, 2, 2))
    assert h.issuer == "Ủy ban nhân dân tỉnh"


def test_a_news_lead_names_the_letter_and_takes_its_year_from_the_dates_it_cites():
    h = header_of(
        "Ngày 12/8, Ủy ban nhân dân tỉnh đã ký ban hành Công văn số 1534/UBND-NN về việc phòng, chống dịch tả lợn.\n"
        "Công văn nêu rõ: thực hiện Công điện số 9/CĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ, "
        "UBND tỉnh yêu cầu Sở Nông nghiệp và Phát triển nông thôn chủ trì triển khai các biện pháp cấp bách.\n")
    assert (h.doc_type, h.number, h.date) == ("Công văn", "1534/UBND-NN", dt.date(2020, 8, 12))
    assert h.issuer == "Ủy ban nhân dân tỉnh"


def test_the_body_that_speaks_first_is_the_issuer_of_a_body_only_letter():
    h = header_of("Sở Y tế đề nghị Giám đốc các bệnh viện thực hiện:\n"
                  "1. Rà soát cơ số thuốc, vật tư phòng, chống dịch; báo cáo về Sở trước ngày 10/9/2024.\n")
    assert h.issuer == "Sở Y tế" and h.number is None and h.doc_type is None


def test_a_printed_header_is_never_replaced_by_a_cited_letter():
    h = header_of(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH QUẢNG TRỊ | Độc lập - Tự do - Hạnh phúc\n"
        "Số: 410/UBND-KT | Quảng Trị, ngày 20 tháng 01 năm 2024\n"
        "Kính gửi: Sở Tài chính\n"
        "Giao Sở Tài chính chủ trì thẩm định dự toán theo đề nghị tại văn bản kèm theo.\n"
        "(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)\n")
    assert (h.number, h.date) == ("410/UBND-KT", dt.date(2024, 1, 20))


def test_result_sentences_with_a_comma_before_their_verb():
    tasks = tasks_of(
        "Giao Thanh tra tỉnh chủ trì, phối hợp với Sở Xây dựng kiểm tra việc cấp phép xây dựng tại các huyện. "
        "Kết quả kiểm tra, xử lý, báo cáo UBND tỉnh (qua Văn phòng UBND tỉnh) chậm nhất ngày 30/11/2025.\n")
    assert len(tasks) == 2 and tasks[1].deadline == dt.date(2025, 11, 30)
    assert leads(tasks[1]) == ["Thanh tra tỉnh"]


def test_what_a_dossier_consists_of_is_no_task():
    tasks = tasks_of(
        "Sở Tư pháp đề nghị các đơn vị thực hiện:\n"
        "1. Các cơ quan, đơn vị lập hồ sơ đề nghị khen thưởng, gửi về Sở trước ngày 15/11/2024.\n"
        "Hồ sơ đề nghị bao gồm: tờ trình, biên bản họp xét, báo cáo thành tích.\n"
        "2. Thành phần tổ công tác gồm đại diện Sở Nội vụ và Sở Tài chính; tổ công tác kiểm tra hồ sơ trong tháng 12/2024.\n")
    assert [t.text[:20] for t in tasks] == ["Các cơ quan, đơn vị ", "Thành phần tổ công t"]
    assert tasks[0].deadline == dt.date(2024, 11, 15)


def test_header_rows_of_a_web_table_without_their_leading_bar():
    h = header_of(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "TỈNH BÌNH THUẬN | Độc lập - Tự do - Hạnh phúc |\n"
        "Số: 12/CT-UBND | Bình Thuận, ngày 05 tháng 6 năm 2023 |\n"
        "CHỈ THỊ\n"
        "Về tăng cường công tác phòng cháy, chữa cháy rừng mùa khô năm 2023\n"
        "1. Chủ tịch Ủy ban nhân dân các huyện kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng.\n"
        "Nơi nhận: | CHỦ TỊCH |\n"
        "- Như trên; |  |\n"
        "- Lưu: VT, KT. | Nguyễn Văn An |\n")
    assert (h.doc_type, h.number, h.date) == ("Chỉ thị", "12/CT-UBND", dt.date(2023, 6, 5))
    assert h.issuer == "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN"


PLAN = (
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Kho bạc Nhà nước chi nhánh huyện\n"
    "- Chủ trì theo dõi tiến độ giải ngân các dự án.\n"
    "- Báo cáo UBND huyện định kỳ hằng quý.\n"
    "2. UBND các xã, thị trấn\n"
    "Căn cứ Kế hoạch này, xây dựng kế hoạch của địa phương, gửi về Phòng Tài chính - Kế hoạch trước ngày 15/3/2025.\n"
    "Căn cứ chức năng, nhiệm vụ được giao, các phòng, ban chuyên môn thuộc UBND huyện chủ động phối hợp thực hiện.\n")


def test_a_heading_naming_a_branch_gives_its_bullets_that_branch():
    tasks = tasks_of(PLAN)
    assert leads(tasks[0]) == leads(tasks[1]) == ["Kho bạc Nhà nước chi nhánh huyện"]


def test_a_basis_that_cites_this_very_plan_opens_a_duty():
    tasks = tasks_of(PLAN)
    t = next(t for t in tasks if t.text.startswith("Căn cứ Kế hoạch này"))
    assert leads(t) == ["UBND các xã, thị trấn"] and t.deadline == dt.date(2025, 3, 15)
    # ... while the legal basis before the body cites other documents and stays a preamble
    tasks = tasks_of("Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2025 của UBND tỉnh;\n"
                     "Căn cứ Quyết định số 30/2024/QĐ-UBND ngày 12/12/2024 của UBND tỉnh;\n"
                     "UBND huyện ban hành Kế hoạch như sau:\n" + PLAN)
    assert not any(t.text.startswith(("Căn cứ Kế hoạch số", "Căn cứ Quyết định")) for t in tasks)


def test_a_lead_in_ending_on_the_bodies_it_asks_gives_them_the_list():
    tasks = tasks_of(
        "Thực hiện Công văn số 901/BYT-KCB ngày 02/4/2024 của Bộ Y tế, Sở Y tế đề nghị Giám đốc các bệnh viện tuyến tỉnh:\n"
        "a) Rà soát danh mục thuốc thiết yếu còn thiếu.\n"
        "b) Xây dựng kế hoạch mua sắm bổ sung, gửi về Sở Y tế trước ngày 30/4/2024.\n")
    assert [leads(t) for t in tasks] == [["Giám đốc các bệnh viện tuyến tỉnh"]] * 2
    assert tasks[1].deadline == dt.date(2024, 4, 30)
    # ('Xét đề nghị của Sở X' is a noun: the grounds alone hand no list to anyone)
    tasks = tasks_of("Xét đề nghị của Sở Tài chính tại Tờ trình số 88/TTr-STC, UBND tỉnh thống nhất một số nội dung:\n"
                     "a) Điều chỉnh dự toán năm 2024 của các đơn vị sự nghiệp.\n")
    assert all("Sở Tài chính" not in leads(t) for t in tasks)


def test_a_heading_naming_collectives_with_their_level_covers_its_items():
    tasks = tasks_of(
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
        "1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã\n"
        "a) Quán triệt đến cán bộ, công chức các quy định về văn hóa công sở.\n"
        "b) Báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 10/12/2024.\n"
        "2. Các sở, ngành cấp tỉnh\n"
        "Công khai thủ tục hành chính tại trụ sở và trên cổng thông tin điện tử.\n")
    # (the collective is named with or without its level, 'Thủ trưởng các sở, ban, ngành (tỉnh)')
    for t in tasks[:2]:
        names = leads(t)
        assert len(names) == 2 and names[0].startswith("Thủ trưởng các sở, ban, ngành")
        assert names[1] == "Chủ tịch UBND các huyện, thị xã"
    assert leads(tasks[2]) == ["Các sở, ngành cấp tỉnh"]


def test_bounds_written_as_khong_muon_hon_khong_qua_truoc_thoi_diem():
    from pipeline.extract.temporal import find_deadline

    assert find_deadline("Các đơn vị gửi báo cáo về Sở Tài chính không muộn hơn ngày 08/01/2025.", 2024).date == dt.date(2025, 1, 8)
    assert find_deadline("Hoàn thiện hồ sơ, nộp không quá ngày 20/3/2023.", 2023).date == dt.date(2023, 3, 20)
    assert find_deadline("Bàn giao mặt bằng trước thời điểm 31/7/2024.", 2024).date == dt.date(2024, 7, 31)
    assert find_deadline("Thời gian thẩm định không quá 15 ngày làm việc.", 2024) is None or \
        find_deadline("Thời gian thẩm định không quá 15 ngày làm việc.", 2024).date is None


def test_a_date_in_the_purpose_clause_belongs_to_the_next_step():
    from pipeline.extract.temporal import find_deadline

    d = find_deadline("UBND các huyện gửi báo cáo về Sở Lao động - Thương binh và Xã hội trước ngày 05/11/2023 "
                      "để tổng hợp, báo cáo Bộ Lao động - Thương binh và Xã hội trước ngày 15/11/2023.", 2023)
    assert d.date == dt.date(2023, 11, 5)
    # two duties in ';' clauses: the task runs to the last of them
    d = find_deadline("Rà soát danh sách trước ngày 10/5/2023; tổng hợp, báo cáo UBND tỉnh trước ngày 25/5/2023.", 2023)
    assert d.date == dt.date(2023, 5, 25)


def test_a_news_lead_about_a_letter_received_names_no_identity():
    h = header_of(
        "Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Công Thương đánh giá kết quả phát triển cụm công nghiệp.\n"
        "Ngày 20/7/2018, Ủy ban nhân dân tỉnh nhận được Văn bản số 5658/BCT-CTĐP ngày 18/7/2018 của Bộ Công Thương.\n"
        "Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:\n"
        "Giao Sở Công Thương chủ trì đánh giá, tổng hợp báo cáo; trình UBND tỉnh trước ngày 10/8/2018.\n")
    assert (h.number, h.date, h.doc_type) == (None, None, None)
    assert h.issuer == "UBND tỉnh"
