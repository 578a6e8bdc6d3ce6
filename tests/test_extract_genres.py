"""Structure and extraction rules met on real documents of the genres the first gold lacked (samples/gold 24-27:
a Government Office's Thông báo kết luận, a ministry's Công văn to the provinces, a province's
directive letter with page numbers and a footnote inside sentences, a province's Kế hoạch).
Each test is a short text shaped like those documents; the gold files test the whole."""
from __future__ import annotations

import datetime as dt

from pipeline.extract import extract_tasks
from pipeline.extract.offices import load_gazetteer, roles_in_sentence, split_office_list
from pipeline.extract.temporal import find_deadline, find_recurrence
from pipeline.model import Document, lines_from_text


def doc_of(text: str) -> Document:
    return Document("t", lines=lines_from_text(text))


def tasks_of(text: str):
    return extract_tasks(doc_of(text))[0]


def offices(t) -> list[tuple[str, str]]:
    return [(o.office, o.role) for o in t.offices]


GAZ = load_gazetteer()


def test_a_head_word_printed_once_for_a_list_of_fields():
    roles = roles_in_sentence("Bộ Tài chính chủ trì, phối hợp chặt chẽ với các Bộ Tài nguyên và Môi trường, Nông nghiệp "
                              "và Phát triển nông thôn, Tư pháp để khẩn trương hoàn thiện dự thảo Đề án.", GAZ)
    assert [(r.office, r.role) for r in roles] == [
        ("Bộ Tài chính", "lead"), ("Bộ Tài nguyên và Môi trường", "support"),
        ("Bộ Nông nghiệp và Phát triển nông thôn", "support"), ("Bộ Tư pháp", "support")]
    assert [n for n, _w in split_office_list("các Bộ: Công Thương, Xây dựng, Tài chính", GAZ)] == [
        "Bộ Công Thương", "Bộ Xây dựng", "Bộ Tài chính"]


def test_heads_of_a_collective_and_the_2025_tax_offices():
    got = [n for n, _w in split_office_list(
        "Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường", GAZ)]
    assert got == ["Giám đốc các Sở", "Thủ trưởng các ban, ngành tỉnh", "Chủ tịch Ủy ban nhân dân các xã, phường"]
    assert [r.office for r in roles_in_sentence("Thuế tỉnh chủ trì, phối hợp với cơ quan liên quan rà soát hồ sơ khai thuế.", GAZ)][0] == "Thuế tỉnh"
    assert [r.office for r in roles_in_sentence("Các cấp, ngành chủ động xây dựng kế hoạch thanh tra.", GAZ)] == ["Các cấp, ngành"]


def test_whom_the_assignee_asks_is_directed_not_an_office():
    text = """Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Sở Nông nghiệp và Môi trường
- Tổ chức kiểm tra thường xuyên hoạt động khai thác khoáng sản; yêu cầu các đơn vị thực hiện lắp đặt trạm cân.
- Yêu cầu các đơn vị hoạt động khai thác khoáng sản lắp đặt hệ thống camera giám sát.
2. Sở Xây dựng
- Chủ trì, phối hợp với cơ quan liên quan rà soát thiết bị khai thác cát, sỏi; hướng dẫn, đôn đốc, yêu cầu các đơn vị điều chỉnh thiết kế, thời gian thực hiện xong trong tháng 6/2026.
"""
    ts = tasks_of(text)
    assert [offices(t)[0][0] for t in ts] == ["Sở Nông nghiệp và Môi trường"] * 2 + ["Sở Xây dựng"]
    assert all("đơn vị" not in o for t in ts for o, _r in offices(t))
    assert ts[2].deadline == dt.date(2026, 6, 30)


def test_a_letter_that_asks_names_its_offices():
    ts = tasks_of("Để kịp thời tổng hợp, Sở Giáo dục và Đào tạo đề nghị các đơn vị báo cáo kết quả trước ngày 15/10/2024.\n")
    assert offices(ts[0])[0] == ("Các đơn vị", "lead")


def test_responsibility_heading_and_content_after_theo_huong():
    text = """Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Trách nhiệm chung của các cơ quan, đơn vị
- Thực hiện thanh tra, kiểm tra có trọng tâm, trọng điểm.
2. Về phân công nhiệm vụ
Bộ Tài chính làm việc cụ thể, thống nhất với Bộ Tài nguyên và Môi trường về nội dung phân công nhiệm vụ theo hướng: Bộ Tài nguyên và Môi trường chủ trì thực hiện nhóm nhiệm vụ về hạn ngạch; Bộ Tài chính chủ trì quản lý hoạt động giao dịch.
"""
    ts = tasks_of(text)
    assert [o for o, _r in offices(ts[0])] == ["Các cơ quan, đơn vị"]
    assert offices(ts[1]) == [("Bộ Tài chính", "lead")]


def test_a_condition_or_focus_clause_goes_on_with_the_subject_before_it():
    text = """2. Về hoàn thiện Đề án
Bộ Tài chính nghiên cứu kỹ quy định của pháp luật hiện hành để xác định loại văn bản. Trường hợp có nội dung chưa có quy định tại Luật thì báo cáo cấp có thẩm quyền.
3. Tổ chức thực hiện
Ủy ban nhân dân tỉnh yêu cầu các Sở, ban, ngành và Ủy ban nhân dân các xã, phường nghiêm túc triển khai thực hiện Kế hoạch này. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời phản ánh về Sở Nông nghiệp và Môi trường để tổng hợp.
"""
    ts = tasks_of(text)
    assert offices(ts[1])[0] == ("Bộ Tài chính", "lead")
    last = [o for o, r in offices(ts[-1]) if r == "lead"]
    assert last == ["Các Sở, ban, ngành", "Ủy ban nhân dân các xã, phường"]


def test_statements_in_a_numbered_item_are_not_tasks():
    text = """Phó Thủ tướng kết luận như sau:
1. Thị trường các-bon được coi là công cụ kinh tế để góp phần giảm phát thải khí nhà kính. Thông qua thị trường các-bon, tạo thêm dòng tài chính mới cho các hoạt động cắt giảm phát thải. Luật Bảo vệ môi trường năm 2020 và Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022 của Chính phủ giao Bộ Tài chính chủ trì thành lập thị trường các-bon trong nước. Bộ Tài chính đã nghiêm túc thực hiện ý kiến chỉ đạo của Lãnh đạo Chính phủ.
2. Bộ Tài chính hoàn thiện dự thảo Đề án, trình Thủ tướng Chính phủ trước ngày 20 tháng 10 năm 2024.
3. Sở Nông nghiệp và Môi trường là cơ quan đầu mối, đôn đốc các địa phương triển khai thực hiện.
"""
    ts = tasks_of(text)
    assert [t.text[:22] for t in ts] == ["Bộ Tài chính hoàn thiệ", "Sở Nông nghiệp và Môi "]
    assert ts[0].deadline == dt.date(2024, 10, 20)


def test_a_footnote_inside_a_sentence_is_page_furniture():
    text = """Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
        1. Trách nhiệm chung của các cơ quan, đơn vị
      - Lãnh đạo, chỉ đạo thực hiện nghiêm các quy định của pháp luật về khoáng sản1.
       - Đề cao trách nhiệm của người đứng đầu; xử lý nghiêm các hành vi vi phạm, đặc biệt là: (i) Khai thác khoáng sản

   1 Các quy định của Luật Địa chất và Khoáng sản năm 2024 và các văn bản hướng dẫn thi hành; Nghị quyết số 10-

NQ/TW ngày 10/02/2022 của Bộ Chính trị về định hướng chiến lược địa chất, khoáng sản.
                                        2

trái phép; (ii) Khai thác không đúng nội dung giấy phép.
       - Tăng cường phối hợp giữa các cơ quan trong công tác thanh tra, kiểm tra.
"""
    ts = tasks_of(text)
    assert len(ts) == 3
    assert ts[1].text.endswith("(i) Khai thác khoáng sản trái phép; (ii) Khai thác không đúng nội dung giấy phép.")
    assert not any("NQ/TW" in t.text for t in ts)


def test_a_cited_clause_number_at_a_line_start_is_no_item():
    text = """2. Bộ Tài chính hoàn thiện dự thảo Đề án.
Bộ Nông nghiệp và Phát triển nông thôn khẩn trương có văn bản gửi Bộ Tài chính theo quy định tại Khoản
3 - Điều 61 Luật Lâm nghiệp và các Hiệp định quốc tế mà Việt Nam tham gia.
3. Bộ Tài chính hoàn thiện dự thảo Quyết định.
"""
    ts = tasks_of(text)
    assert len(ts) == 3 and ts[1].text.endswith("mà Việt Nam tham gia.") and ts[1].section == "2"


def test_grounds_bullet_of_a_numbered_item_is_a_duty():
    text = """IV. TỔ CHỨC THỰC HIỆN
1. Giám đốc các Sở; Chủ tịch Ủy ban nhân dân các xã, phường:
- Căn cứ chức năng, nhiệm vụ của từng đơn vị chủ động ban hành văn bản chỉ đạo, tổ chức triển khai thực hiện Kế hoạch này.
"""
    ts = tasks_of(text)
    assert len(ts) == 1 and ts[0].text.startswith("Căn cứ chức năng")


def test_yearly_due_date_from_a_starting_year_and_counted_yearly_work():
    dl = find_deadline("Tổng hợp kết quả gửi Bộ Nông nghiệp và Môi trường trước ngày 30 tháng 6 hằng năm kể từ năm 2027.", 2025)
    assert dl.date == dt.date(2027, 6, 30) and dl.recurrence == "yearly"
    assert find_recurrence("Phấn đấu trung bình mỗi năm tổ chức đấu giá từ 05 mỏ khoáng sản trở lên.") == "yearly"
    assert find_recurrence("Tốc độ tăng trưởng bình quân hằng năm đạt 8%.") is None


def test_markdown_table_tail_and_header_of_a_converted_document():
    import pipeline.structure as structure
    from pipeline.config import Config

    text = """| VĂN PHÒNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  --------------- |
| --- | --- |
| Số: 467/TB-VPCP | *Hà Nội, ngày 14 tháng 10 năm 2024 * |
THÔNG BÁO
KẾT LUẬN CUỘC HỌP VỀ ĐỀ ÁN PHÁT TRIỂN THỊ TRƯỜNG CÁC-BON TẠI VIỆT NAM
1. Bộ Tài chính hoàn thiện dự thảo Đề án, trình Thủ tướng Chính phủ trước ngày 20 tháng 10 năm 2024.
Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện./.
| *Nơi nhận:* - Thủ tướng Chính phủ; - Các Phó Thủ tướng Chính phủ; - Các Bộ: CA, TC, TNMT. - Lưu: VT, NN (2). | KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM     Nguyễn Sỹ Hiệp |
| --- | --- |
"""
    doc = structure.structure(doc_of(text), Config())
    h = doc.header
    assert (h.number, h.date, h.signer_authority, h.signer_title, h.signer) == (
        "467/TB-VPCP", dt.date(2024, 10, 14), "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Nguyễn Sỹ Hiệp")
    assert [r.text.rstrip(";.") for r in doc.recipients] == ["Thủ tướng Chính phủ", "Các Phó Thủ tướng Chính phủ", "Các Bộ: CA, TC, TNMT"]
    doc = structure.structure(doc_of("ỦY BAN NHÂN DÂN                                  TỈNH LÀO CAI |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
                                     "Số:           /KH-UBND |  | Lào Cai, ngày       tháng      năm 2026\n\nKẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 11-CT/TU\n"
                                     "I. MỤC ĐÍCH\n- Tổ chức quán triệt Chỉ thị.\n"), Config())
    assert doc.header.issuer.rstrip() == "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"


def test_responsibility_headings_of_a_resolution():
    from pipeline.extract.assign import heading_offices

    got = [[r.office for r in heading_offices(h, GAZ)] for h in (
        "Trách nhiệm Tổ công tác triển khai Đề án 06:",
        "Trách nhiệm của các bộ, cơ quan ngang bộ, cơ quan trực thuộc Chính phủ; Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "Các Khu Công nghệ cao, Khu Công nghệ số tập trung và hiệp hội, doanh nghiệp liên quan")]
    assert got == [["Tổ công tác triển khai Đề án 06"],
                   ["Các bộ, cơ quan ngang bộ, cơ quan trực thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
                   ["Các Khu Công nghệ cao", "Khu Công nghệ số tập trung", "Hiệp hội, doanh nghiệp liên quan"]]
    assert heading_offices("Nhiệm vụ trọng tâm năm 2026", GAZ) == []


def test_an_appendix_titled_with_its_bodies_gives_them_to_its_items():
    text = """Phụ lục I
NHIỆM VỤ CỦA CÁC BỘ, NGÀNH, ĐỊA PHƯƠNG
TRONG TRIỂN KHAI ĐỀ ÁN TRUNG TÂM DỮ LIỆU QUỐC GIA
I. NHIỆM VỤ CHUNG
1. Rà soát, thống kê các trường thông tin có trong cơ sở dữ liệu (hoàn thành trong Quý IV/2023).
2. Bộ Công an chủ trì xây dựng Trung tâm dữ liệu quốc gia.
"""
    ts = tasks_of(text)
    assert [o for o, _r in offices(ts[0])] == ["Các bộ, ngành, địa phương"]
    assert [o for o, _r in offices(ts[1])] == ["Bộ Công an"]


def test_a_comma_inside_an_openers_list_does_not_give_the_subject():
    roles = roles_in_sentence("Trên cơ sở đề nghị của Bộ Công an và các bộ, cơ quan trung ương và địa phương tham gia thực hiện "
                              "Đề án (nếu có), Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với Bộ Tài chính trình cấp có thẩm quyền.", GAZ)
    assert [(r.office, r.role) for r in roles] == [("Bộ Kế hoạch và Đầu tư", "lead"), ("Bộ Tài chính", "support")]
    roles = roles_in_sentence("Để bảo đảm tiến độ, các bộ, ngành cần khẩn trương hoàn thành.", GAZ)
    assert [r.office for r in roles] == ["Các bộ, ngành"]


def test_co_leads_under_an_office_heading():
    text = """Điều 2. Tổ chức thực hiện
4. Bộ Ngoại giao
Đồng chủ trì với Bộ Khoa học và Công nghệ, phối hợp với các cơ quan liên quan đẩy mạnh hoạt động ngoại giao kinh tế.
"""
    t = tasks_of(text)[0]
    assert sorted(o for o, _r in offices(t)) == ["Bộ Khoa học và Công nghệ", "Bộ Ngoại giao", "Các cơ quan liên quan"]
    assert t.lead is None


def test_protected_area_bodies_as_subjects():
    roles = roles_in_sentence("Vườn quốc gia Hoàng Liên, các Công ty Lâm nghiệp chủ động nghiên cứu, triển khai thực hiện các nội dung thuộc trách nhiệm của chủ rừng.", GAZ)
    assert [r.office for r in roles] == ["Vườn quốc gia Hoàng Liên", "Các Công ty Lâm nghiệp"]


def test_a_bare_noun_after_a_comma_goes_on_the_openers_list():
    from pipeline.extract.offices import subject_of
    # 'các bộ, ngành và địa phương, cân đối ...': the opener's list, the main clause has no subject
    assert subject_of("Trên cơ sở đề xuất của Bộ Khoa học và Công nghệ và các bộ, ngành và địa phương, cân đối, "
                      "tổng hợp trình cấp có thẩm quyền bố trí ngân sách nhà nước hằng năm.", GAZ) is None
    assert subject_of("Căn cứ kết quả rà soát của các sở, ngành, Sở Tài chính tổng hợp.", GAZ)[0] == "Sở Tài chính"
    # a lowercase 'cơ quan X' after an opener is a subject of its own
    roles = roles_in_sentence("Trường hợp không xác định được chủ phương tiện, cơ quan hải quan chủ trì, phối hợp với "
                              "chính quyền địa phương thực hiện tiêu hủy.", GAZ)
    assert roles[0].role == "lead" and "hải quan" in roles[0].office.lower()


def test_a_text_converted_to_markdown_keeps_its_headings(tmp_path):
    import pipeline
    from pipeline.structure.sections import strip_markdown
    assert strip_markdown("### 4. Giao Ban Pháp chế") == "4. Giao Ban Pháp chế"
    assert strip_markdown("**1. Chủ trì:** Đồng chí A.") == "1. Chủ trì: Đồng chí A."
    assert strip_markdown("- Chủ trì, phối hợp *các Ban*") == "- Chủ trì, phối hợp *các Ban*"
    f = tmp_path / "tb.md"
    f.write_text("# THÔNG BÁO\n\n## II. NỘI DUNG\n\nChủ tịch HĐND Thành phố kết luận, chỉ đạo như sau:\n\n"
                 "### 1. Giao Ban Pháp chế\n\n- Chủ trì, phối hợp các Ban HĐND hoàn thiện phương án cơ cấu tổ chức.\n"
                 "- Khẩn trương hoàn thành việc rà soát các nghị quyết.\n\n### 2. Giao Ban Đô thị\n\n"
                 "- Phối hợp Sở Quy hoạch - Kiến trúc đẩy nhanh tiến độ lập quy hoạch.\n", encoding="utf-8")
    ts = pipeline.process(f).tasks
    assert [(t.section, [o.office for o in t.offices if o.role == "lead"]) for t in ts] == [
        ("II > 1", ["Ban Pháp chế"]), ("II > 1", ["Ban Pháp chế"]), ("II > 2", ["Ban Đô thị"])]  # 'Giao X' + 'Phối hợp Y ...': X leads (session-8 convention)
    assert ("Ban Đô thị", "lead") in offices(ts[2]) and ("Sở Quy hoạch - Kiến trúc", "support") in offices(ts[2])


def test_a_markdown_header_and_tail_table(tmp_path):
    import pipeline
    f = tmp_path / "tb.md"
    f.write_text("| | |\n|---|---|\n| **ĐOÀN ĐBQH VÀ HĐND**<br>**THÀNH PHỐ HỒ CHÍ MINH**<br>**VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI**"
                 "<br>**VÀ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ**<br>Số: 12/TB-VP | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
                 "**Độc lập – Tự do – Hạnh phúc**<br>*TP. Hồ Chí Minh, ngày 29 tháng 7 năm 2026* |\n\n# THÔNG BÁO\n\n"
                 "**Ý kiến kết luận của Chủ tịch HĐND Thành phố tại cuộc họp giao ban**\n\n## I. NỘI DUNG\n\n"
                 "### 1. Giao Ban Đô thị\n\n- Chủ trì tổ chức khảo sát tình hình thực hiện Đề án.\n\n"
                 "| | |\n|---|---|\n| ***Nơi nhận:***<br>- Thường trực HĐND TP;<br>- Lưu: VT. | **CHÁNH VĂN PHÒNG**<br><br><br>"
                 "**Võ Anh Tuấn** |\n", encoding="utf-8")
    d = pipeline.process(f)
    h = d.header
    # ('THÔNG BÁO' over 'Ý kiến kết luận của ...': a chairman's conclusions, as 'Kết luận của ...')
    assert (h.doc_type, h.number, h.date) == ("Thông báo kết luận", "12/TB-VP", dt.date(2026, 7, 29))
    assert h.issuer == "VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ"
    assert (h.signer_title, h.signer) == ("CHÁNH VĂN PHÒNG", "Võ Anh Tuấn")
    assert h.title.startswith("Ý kiến kết luận")
    assert [(t.section, offices(t)) for t in d.tasks] == [("I > 1", [("Ban Đô thị", "lead")])]


def test_a_meetings_attendance_list_is_no_task():
    ts = tasks_of("THÔNG BÁO\nKết luận của Chủ tịch tại cuộc họp giao ban\nI. THÀNH PHẦN THAM DỰ\n"
                  "1. Chủ trì: Đồng chí Nguyễn Văn A, Chủ tịch UBND huyện.\n2. Tham dự:\n"
                  "- Thường trực HĐND huyện: có mặt 05/05;\n- Lãnh đạo các phòng, ban chuyên môn;\n"
                  "II. NỘI DUNG KẾT LUẬN\n1. Giao Phòng Tài chính - Kế hoạch\n"
                  "- Chủ trì, phối hợp các cơ quan rà soát nguồn vốn đầu tư công năm 2026.\n")
    assert [t.text[:21] for t in ts] == ["Chủ trì, phối hợp các"]
