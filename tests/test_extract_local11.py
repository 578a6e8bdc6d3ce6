"""Local directives of session 11 (blind batch yh1-yh8: post-2025 communes' and wards' notices
as their portals post them, a city's notice reposted by a ward, a commune's reception schedule
with a data table, a province's letter as its portal summarised it, a district culture centre's
letter with its header and signature, a district chairman's conclusions by office).  Each rule is
tested on text written here in the shape of such documents, never on a sample's own sentences,
with more than one wording; the last test checks the samples' scores.

Rules: a line that opens by citing its grounds ('Căn cứ ... Kế hoạch số: 03/KH-UBND') gives no
number of the document; a post with only a type heading takes its issuer (and number) from the
body that speaks ('X thông báo và đề nghị', 'X đã ban hành Thông báo số ...'); 'P. GIÁM ĐỐC' is
a deputy's title, '(đã kỹ)' a signed mark, 'Trang' a given name; a Kính gửi list goes on over a
blank line to an en-dash item; 'Thời gian <what, up to four words>: Từ ... đến hết ngày ...' is the
time of the task before it; a report sentence with its due day in the paragraph after a request is
a task, done by the body whose report it is; a news lead that reports the issuing of a document and
a post's title over its lead are no tasks; 'Hoàn thành trước dd/mm/yyyy.' after a duty dates it;
the body a 'Tờ trình / văn bản đề nghị' is addressed to is not the doer; '|' tables of data are no
sentences; a line 'Cụ thể:' opens a sentence of its own; 'phân công chuyên viên X' and 'thông báo
và đề nghị X' name the doers; 'trong tháng tới' is the month the document plans for, else the
month after its date."""
from __future__ import annotations

import datetime as dt

from conftest import process_text, responsible, task_starting
from tests.extract_helpers import f1, run_and_score


def _texts(doc) -> list[str]:
    return [t.text for t in doc.tasks]


def test_a_number_cited_in_the_grounds_is_not_the_documents(tmp_path):
    for cited in ("Căn cứ Kế hoạch số: 05/KH-UBND ngày 02/3/2024 của UBND xã về tổ chức lễ hội;",
                  "Thực hiện Công văn số: 118/UBND-VX ngày 10/4/2023 của UBND huyện;"):
        doc = process_text(tmp_path, "Thông báo lịch nghỉ lễ và treo cờ\n" + cited + "\n"
                           "UBND xã Hòa An thông báo đến các thôn như sau:\n"
                           "1. Các thôn treo cờ Tổ quốc từ ngày 29/4 đến hết ngày 01/5.\n")
        assert doc.header.number is None
        assert doc.header.doc_type == "Thông báo"


def test_a_post_with_only_a_type_heading_names_its_issuer_in_the_body(tmp_path):
    doc = process_text(tmp_path, "THÔNG BÁO\nVề việc tổng vệ sinh môi trường\n\n"
                                 "Ủy ban nhân dân phường Tân Lập thông báo và đề nghị các tổ dân phố ra quân tổng vệ sinh "
                                 "vào sáng Chủ nhật ngày 12/5/2024.\n")
    assert doc.header.issuer == "Ủy ban nhân dân phường Tân Lập"
    assert "Các tổ dân phố" in responsible(doc, "Ủy ban nhân dân phường Tân Lập")
    doc = process_text(tmp_path, "Thông báo số 45/TB-UBND về việc nghỉ Tết Nguyên đán\n\n"
                                 "UBND thành phố Vinh đã ban hành Thông báo số 45/TB-UBND về việc nghỉ Tết Nguyên đán.\n\n"
                                 "Theo đó, thủ trưởng các cơ quan, đơn vị bố trí lịch trực Tết bảo đảm an toàn.\n")
    assert doc.header.number == "45/TB-UBND"
    assert doc.header.issuer == "UBND thành phố Vinh"
    doc = process_text(tmp_path, "Lịch tiếp dân năm 2025\nỦy Ban nhân dân xã Phú Hòa thông báo lịch tiếp công dân như sau:\n"
                                 "1. Chủ tịch UBND xã tiếp công dân vào thứ Ba hàng tuần.\n")
    assert doc.header.issuer == "Ủy Ban nhân dân xã Phú Hòa"


def test_an_abbreviated_deputy_a_mistyped_signed_mark_and_a_name_in_trang(tmp_path):
    body = ("SỞ Y TẾ\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT\nSố: 12/TTKSBT\nV/v báo cáo số liệu\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Tĩnh, ngày 05 tháng 3 năm 2024\n\n"
            "Kính gửi: Các trạm y tế xã.\n\nĐề nghị các trạm y tế gửi báo cáo trước ngày 10/3/2024.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n{title}\n\n{mark}\n\n{name}\n")
    for title, mark, name, want in (("P. GIÁM ĐỐC", "(đã kỹ)", "Nguyễn Thị Thu Trang", "PHÓ GIÁM ĐỐC"),
                                    ("P.CHỦ TỊCH", "(đã ký)", "Lê Huyền Trang", "PHÓ CHỦ TỊCH")):
        doc = process_text(tmp_path, body.format(title=title, mark=mark, name=name))
        assert doc.header.signer_title == want
        assert doc.header.signer == name


def test_a_kinh_gui_list_goes_on_over_a_blank_line_to_an_en_dash_item(tmp_path):
    doc = process_text(tmp_path, "ỦY BAN NHÂN DÂN HUYỆN AN LÃO\nPHÒNG VĂN HÓA VÀ THÔNG TIN\nSố: 31/VHTT\n"
                                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                                 "An Lão, ngày 02 tháng 4 năm 2024\n\n"
                                 "Kính gửi:   – UBND các xã, thị trấn;\n\n            – Các trường học trên địa bàn.\n\n"
                                 "Đề nghị các đơn vị treo băng rôn tuyên truyền trước ngày 10/4/2024.\n")
    assert not any(t.startswith("Các trường học") for t in _texts(doc))
    assert len(doc.tasks) == 1


def test_a_time_line_of_a_few_words_dates_the_request_before_it(tmp_path):
    for key in ("Thời gian treo cờ Tổ quốc", "Thời gian tổng vệ sinh", "Thời gian treo băng rôn"):
        doc = process_text(tmp_path, "Ngày 10/8/2024, UBND phường Tân An ban hành Thông báo số 52/TB-UBND.\n"
                                     "Theo đó, UBND phường đề nghị các tổ dân phố và Nhân dân trên địa bàn thực hiện.\n"
                                     f"{key}: Từ ngày 18/8/2024 đến hết ngày 20/8/2024.\n")
        assert len(doc.tasks) == 1
        assert doc.tasks[0].deadline == dt.date(2024, 8, 20)
    # 'Thời gian tới' is the text's own period, no key of an attribute line
    from pipeline.extract.tasks import ATTRIBUTE_RE
    assert not ATTRIBUTE_RE.match("Thời gian tới cần tập trung: rà soát hộ nghèo.")
    # a long key needs a time after it: 'Thời gian cung cấp thông tin: Quy định về ...' restates a rule
    assert not ATTRIBUTE_RE.match("- Thời gian cung cấp thông tin: Quy định về cung cấp thông tin tại khoản 7.")
    assert ATTRIBUTE_RE.match("- Thời gian nộp hồ sơ: Trước ngày 15/8/2024.")


def test_a_report_due_in_the_next_paragraph_is_a_task_of_the_bodies_whose_report_it_is(tmp_path):
    doc = process_text(tmp_path, "Chủ tịch UBND huyện yêu cầu Trưởng các phòng, ban và Chủ tịch UBND các xã rà soát "
                                 "danh sách hộ nghèo.\n\n"
                                 "Báo cáo của các phòng, ban, UBND các xã gửi bằng văn bản về Phòng Lao động trước ngày 20/10/2024.\n")
    t = task_starting(doc, "Báo cáo của các phòng")
    assert t.deadline == dt.date(2024, 10, 20)
    assert responsible(doc, "Báo cáo của các phòng")
    doc = process_text(tmp_path, "Sở Nội vụ đề nghị các sở, ngành tổng hợp nhu cầu đào tạo năm 2025.\n\n"
                                 "Hồ sơ của các đơn vị gửi qua hệ thống quản lý văn bản về Sở Nội vụ chậm nhất ngày 15/11/2024.\n")
    assert task_starting(doc, "Hồ sơ của các đơn vị").deadline == dt.date(2024, 11, 15)
    assert "Các đơn vị" in responsible(doc, "Hồ sơ của các đơn vị")


def test_a_lead_that_reports_an_issued_document_and_a_post_title_are_no_tasks(tmp_path):
    doc = process_text(tmp_path, "UBND tỉnh yêu cầu tăng cường phòng chống dịch sốt xuất huyết\n\n"
                                 "Ngày 12/8/2023, UBND tỉnh ban hành Công văn số 2311/UBND-VX, yêu cầu tăng cường phòng, "
                                 "chống dịch sốt xuất huyết.\n\n"
                                 "Theo đó, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Y tế chỉ đạo các cơ sở y tế sẵn sàng thu dung "
                                 "người bệnh.\n")
    assert _texts(doc) == [t for t in _texts(doc) if t.startswith("Theo đó")]
    assert len(doc.tasks) == 1
    # a lead that names the bodies asked is a request
    doc = process_text(tmp_path, "Ngày 03/5/2024, UBND huyện ban hành Kế hoạch số 77/KH-UBND, giao các xã rà soát nhà tạm "
                                 "trên địa bàn.\n")
    assert len(doc.tasks) == 1


def test_a_finish_sentence_dates_the_duty_before_it(tmp_path):
    for finish, want in (("Hoàn thành trước 05/7/2024.", dt.date(2024, 7, 5)),
                         ("Hoàn thành trước ngày 20/9/2024.", dt.date(2024, 9, 20))):
        doc = process_text(tmp_path, "Kết luận của Chủ tịch UBND quận:\n1. Văn phòng HĐND-UBND quận:\n"
                                     f"- Dự thảo kế hoạch tổ chức Hội chợ. {finish}\n")
        assert len(doc.tasks) == 1
        assert doc.tasks[0].deadline == want


def test_the_body_a_submission_is_addressed_to_is_not_the_doer(gaz):
    from pipeline.extract.offices import roles_in_sentence

    def leads(s):
        return [r.office for r in roles_in_sentence(s, gaz) if r.role == "lead"]

    assert "UBND huyện" not in leads("Làm Tờ trình đề nghị UBND huyện ban hành Quyết định thành lập Ban Tổ chức.")
    assert "Sở Tài chính" not in leads("Xây dựng văn bản đề nghị Sở Tài chính bố trí kinh phí.")
    assert "Các xã" in leads("Đề nghị các xã báo cáo kết quả trước ngày 10/5/2024.")
    # a letter that asks, as the subject, names the bodies it asks
    assert any("cơ sở giáo dục" in n.lower() for n in leads(
        "Theo đó Công văn yêu cầu các cơ sở giáo dục xây dựng kế hoạch chăm sóc sức khỏe học sinh."))


def test_a_table_of_data_gives_no_tasks_and_a_lead_in_line_opens_a_sentence(tmp_path):
    doc = process_text(tmp_path, "1. Lịch trực\n"
                                 "Phó Chủ tịch UBND phường trực lãnh đạo vào thứ Bảy hàng tuần tại trụ sở (trừ ngày lễ)\n"
                                 "Cụ thể:\n"
                                 "Tuần | Người trực | Chức vụ |\n"
                                 "Tuần 1 | Lê Văn An | Phó Chủ tịch |\n"
                                 "Tuần 2 | Trần Thị Bình | Phó Chủ tịch |\n"
                                 "Tuần 3 | Lê Văn An | Phó Chủ tịch |\n")
    assert not any("|" in t for t in _texts(doc))
    t = task_starting(doc, "Phó Chủ tịch UBND phường trực")
    assert t.text.endswith("(trừ ngày lễ)")
    assert t.recurrence == "weekly"
    from pipeline.extract.sentences import _INTRO_ONLY_LINE_RE
    assert all(_INTRO_ONLY_LINE_RE.match(x) for x in ("Cụ thể:", "Cụ thể như sau:", "Gồm:"))
    assert not _INTRO_ONLY_LINE_RE.match("gồm:")  # a wrapped sentence's last word


def test_staff_assigned_and_bodies_asked_in_a_notice_are_the_doers(gaz):
    from pipeline.extract.offices import roles_in_sentence

    def leads(s):
        return [r.office for r in roles_in_sentence(s, gaz) if r.role == "lead"]

    assert any("Văn phòng HĐND" in n for n in leads(
        "UBND xã phân công công chức Văn phòng HĐND và UBND xã trực tiếp nhận đơn thư của công dân."))
    assert any("Văn phòng HĐND" in n for n in leads(
        "UBND phường phân công cán bộ Văn phòng HĐND & UBND phường hướng dẫn người dân."))
    assert any("tổ dân phố" in n.lower() for n in leads(
        "UBND phường Hòa Bình thông báo và đề nghị các tổ dân phố vận động nhân dân treo cờ."))


def test_a_table_below_other_table_lines_is_left_to_the_table(tmp_path):
    doc = process_text(tmp_path, "a) Tập huấn sử dụng phần mềm cho các phòng chuyên môn\n"
                                 "- Thời gian dự kiến:\n"
                                 "|Thời gian: 1/2 ngày |Phòng ban tập huấn |\n"
                                 "| |Sáng |Chiều |\n"
                                 "|Ngày 03/3/2025 |Văn phòng |Phòng Kinh tế |\n"
                                 "|Ngày 04/3/2025 |Phòng Văn hóa - Xã hội |Trung tâm phục vụ hành chính công |\n")
    from pipeline.extract.tables import data_table_lines
    assert not data_table_lines(doc)


def test_the_public_named_last_is_an_addressee_of_its_own(gaz):
    from pipeline.extract.offices import split_office_list

    for text, last in (("các cơ quan, trường học và Nhân dân trên địa bàn xã", "Nhân dân trên địa bàn xã"),
                       ("các tổ chức, doanh nghiệp và nhân dân trên địa bàn phường treo cờ", "Nhân dân trên địa bàn phường"),
                       ("các tổ dân phố và người dân", "Người dân")):
        names = [n for n, _w in split_office_list(text, gaz)]
        assert names[-1] == last
        assert not any(" và " in n for n in names)


def test_a_time_line_under_a_lead_in_dates_the_items_doing_its_activity(tmp_path):
    doc = process_text(tmp_path, "UBND xã Bình Minh thông báo thời gian treo cờ Tổ quốc như sau:\n"
                                 "Thời gian treo cờ Tổ quốc: Từ ngày 01/9/2024 đến hết ngày 03/9/2024.\n"
                                 "1. Đài truyền thanh xã thường xuyên đưa tin để nhân dân biết.\n"
                                 "2. Các thôn vận động nhân dân treo cờ Tổ quốc đúng quy định.\n")
    assert task_starting(doc, "Đài truyền thanh").deadline is None
    assert task_starting(doc, "Các thôn").deadline == dt.date(2024, 9, 3)
    doc = process_text(tmp_path, "Ban Chỉ đạo thông báo kế hoạch ra quân như sau:\n"
                                 "Thời gian ra quân: Ngày 15/6/2024.\n"
                                 "1. Các chi đoàn ra quân dọn vệ sinh tại các tuyến đường.\n"
                                 "2. Các chi hội báo cáo số lượng tham gia.\n")
    assert task_starting(doc, "Các chi đoàn").deadline == dt.date(2024, 6, 15)
    assert task_starting(doc, "Các chi hội").deadline is None


def test_the_premises_where_the_work_is_done_are_no_doers(gaz):
    from pipeline.extract.offices import roles_in_sentence

    def names(s):
        return [r.office.lower() for r in roles_in_sentence(s, gaz) if r.role in ("lead", "support")]

    got = names("Đề nghị các cơ quan, đơn vị treo cờ tại trụ sở cơ quan, trường học, các thôn, khu dân cư.")
    assert "các thôn" not in got and any("cơ quan" in n for n in got)
    got = names("UBND các xã tổ chức tiếp công dân tại trụ sở UBND xã, nhà văn hóa thôn và báo cáo UBND huyện.")
    assert got == ["ubnd các xã"]
    # the blank stops at a verb of obligation or agency: the agent after it is kept
    got = names("Danh sách hộ kinh doanh được kiểm tra tại trụ sở cơ quan thuế phải được Trưởng Đội kiểm tra thuế "
                "trình Chi cục trưởng phê duyệt.")
    assert any("trưởng đội" in n for n in got)


def test_the_coming_month_is_the_month_planned_else_the_month_after_the_date(tmp_path):
    doc = process_text(tmp_path, "Chiều ngày 02/10/2023, UBND xã Yên Lạc tổ chức giao ban tháng 10 năm 2023.\n"
                                 "Chủ tịch UBND xã yêu cầu các thôn tập trung thu hoạch lúa mùa trong tháng tới.\n")
    assert task_starting(doc, "Chủ tịch UBND xã yêu cầu").deadline == dt.date(2023, 10, 31)
    doc = process_text(tmp_path, "ỦY BAN NHÂN DÂN XÃ AN BÌNH\nSố: 20/TB-UBND\n"
                                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                                 "An Bình, ngày 20 tháng 11 năm 2023\n\nTHÔNG BÁO\nVề việc rà soát hộ nghèo\n\n"
                                 "Đề nghị các thôn hoàn thành rà soát hộ nghèo trong tháng tới.\n")
    assert task_starting(doc, "Đề nghị các thôn").deadline == dt.date(2023, 12, 31)
    # a rule that recurs every month has no coming month of its own
    doc = process_text(tmp_path, "Ngày 05/01/2021, UBND xã Tân Hòa ban hành Thông báo số 03/TB-UBND.\n"
                                 "Đề nghị công dân đăng ký trước ngày 15 hàng tháng; đăng ký muộn thì chuyển sang tháng tới.\n")
    assert task_starting(doc, "Đề nghị công dân").deadline is None


def test_a_list_of_the_coming_months_tasks_goes_on_after_a_full_stop(tmp_path):
    doc = process_text(tmp_path, "Sáng ngày 02/3/2024, Đảng ủy xã Phú Lâm tổ chức giao ban tháng 3 năm 2024.\n"
                                 "Đồng chí Bí thư nêu các nhiệm vụ trọng tâm cần thực hiện trong tháng tới gồm: Về trồng trọt: "
                                 "chăm sóc lúa xuân; Về y tế: tiêm chủng mở rộng. Triển khai thu gom rác thải; về quốc phòng: "
                                 "chuẩn bị giao quân.\n\n"
                                 "Đồng chí Bí thư cũng yêu cầu các chi bộ sinh hoạt đúng kỳ.\n")
    assert task_starting(doc, "Đồng chí Bí thư nêu").deadline == dt.date(2024, 3, 31)
    assert task_starting(doc, "Triển khai thu gom").deadline == dt.date(2024, 3, 31)
    # (a new paragraph is no item of that list)
    assert task_starting(doc, "Đồng chí Bí thư cũng").deadline is None


def test_samples_yh():
    import glob
    from pathlib import Path

    for p in sorted(glob.glob(str(Path(__file__).parent.parent / "samples/gold/yh*.tasks.json"))):
        doc_id = Path(p).name[:-len(".tasks.json")]
        _doc, sc = run_and_score(doc_id)
        assert f1(sc.tasks) == 1.0, doc_id
