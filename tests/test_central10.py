"""Shapes of urgent telegrams (Công điện), a leader's conclusions and chairmen's instructions met in
issue 5's tenth round (blind gold yg1-yg7): a telegram that names each body and a colon before
its duties, an instruction 'X yêu cầu: Y ...' with a colon after the ask, a Chỉ thị whose lead-in
tells several bodies to concentrate on the work listed, the assessment that opens a leader's
conclusions ('Những ngày qua, ... đã ...'), 'phân công X', 'các tỉnh, thành phố' as addressees,
a submission due at a month's Government meeting, and a news headline naming a Công điện.
Every text here is written for the test, in those shapes (none is a sample's sentence)."""
from __future__ import annotations

import datetime as dt

from pipeline.extract.offices import load_gazetteer, roles_in_sentence
from pipeline.extract.temporal import find_deadline
from tests.conftest import office_names, process_text, task_starting

GAZ = load_gazetteer()


def _leads(text: str) -> list[str]:
    return [r.office for r in roles_in_sentence(text, GAZ) if r.role == "lead"]


def test_ask_with_a_colon_names_the_bodies_asked_not_the_one_asking():
    # a chairman's instruction as a portal prints it: the ask, a colon, then the bodies
    assert _leads("Để bảo đảm an toàn cho học sinh, Chủ tịch UBND huyện yêu cầu: Phòng Giáo dục và Đào tạo "
                  "chỉ đạo các trường rà soát hệ thống điện, nước.") == ["Phòng Giáo dục và Đào tạo"]
    assert _leads("Bộ trưởng Bộ Công an đề nghị: Giám đốc Công an các tỉnh, thành phố tăng cường tuần tra.") \
        == ["Giám đốc Công an các tỉnh, thành phố"]


def test_directed_bodies_listed_over_a_semicolon_are_not_offices():
    # 'Tăng cường chỉ đạo A; B tập trung ...': B is one more body directed, not a new subject
    assert _leads("Tăng cường chỉ đạo các trường học trên địa bàn; các trung tâm giáo dục nghề nghiệp "
                  "tập trung rà soát cơ sở vật chất.") == []
    # ... while a clause of its own after ';' still names its body
    assert _leads("Chỉ đạo các trường rà soát cơ sở vật chất; Phòng Tài chính - Kế hoạch chủ trì tổng hợp kinh phí.") \
        == ["Phòng Tài chính - Kế hoạch"]


def test_phan_cong_hands_the_work_on_as_giao_does():
    assert _leads("Chủ tịch UBND tỉnh phân công Sở Xây dựng chủ trì kiểm tra các công trình.") == ["Sở Xây dựng"]


def test_provinces_and_cities_coordinated_with_ministries_are_addressees():
    leads = _leads("Thủ tướng Chính phủ yêu cầu các Bộ, ngành và các tỉnh, thành phố rà soát các dự án chậm tiến độ.")
    assert len(leads) == 2 and leads[0] == "Các Bộ, ngành" and leads[1].lower().endswith("các tỉnh, thành phố")
    # a place phrase is no body
    assert _leads("Các đơn vị trên địa bàn tỉnh, thành phố tổ chức kiểm tra.") == ["Các đơn vị"]


def test_submission_due_at_a_month_meeting_and_the_repeated_date():
    d = find_deadline("Bộ Tư pháp hoàn thiện dự thảo Nghị định, trình phiên họp Chính phủ tháng 9/2024.", 2024)
    assert d is not None and d.date == dt.date(2024, 9, 30)
    d = find_deadline("Sở Nội vụ hoàn thiện hồ sơ, trình tại phiên họp UBND tỉnh thường kỳ tháng 4/2025.", 2025)
    assert d is not None and d.date == dt.date(2025, 4, 30)
    # the same month twice in one long sentence: the bound one ('trong tháng') keeps its date
    long = ("Giao Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan khẩn trương chuẩn bị các dự thảo: dự thảo "
            "Nghị định về quản lý tài sản công tại đơn vị sự nghiệp, trình phiên họp Chính phủ tháng 10/2024; dự thảo "
            "Quyết định về tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng của các cơ quan trung ương, "
            "trình Thủ tướng Chính phủ ban hành trong tháng 10/2024.")
    d = find_deadline(long, 2024)
    assert d is not None and d.date == dt.date(2024, 10, 31)


TELEGRAM = """Công điện khẩn của Chủ tịch UBND tỉnh về ứng phó với nắng nóng, hạn hán
Theo dự báo, nắng nóng gay gắt sẽ còn kéo dài trong 10 ngày tới. Chủ tịch UBND tỉnh yêu cầu: Chủ tịch UBND các huyện, thành phố; Giám đốc Sở Nông nghiệp và Phát triển nông thôn; thủ trưởng các đơn vị liên quan thực hiện ngay một số nội dung:
Chủ tịch UBND các huyện, thành phố: Chỉ đạo các xã điều tiết nước tưới hợp lý, ưu tiên nước sinh hoạt cho nhân dân.
Tăng cường kiểm tra các hồ chứa, trạm bơm; bố trí máy bơm dã chiến tại các vùng thiếu nước.
Giám đốc Sở Nông nghiệp và Phát triển nông thôn: Theo dõi chặt chẽ diễn biến hạn hán, báo cáo Chủ tịch UBND tỉnh hằng ngày.
"""


def test_telegram_labels_each_body_with_a_colon(tmp_path):
    doc = process_text(tmp_path, TELEGRAM)
    assert doc.header.doc_type == "Công điện"
    first = task_starting(doc, "Chủ tịch UBND các huyện, thành phố: Chỉ đạo")
    assert office_names(first)[0] == "Chủ tịch UBND các huyện, thành phố"
    # the paragraph after the label goes on with its body
    assert office_names(task_starting(doc, "Tăng cường kiểm tra các hồ chứa"))[:1] == ["Chủ tịch UBND các huyện, thành phố"]
    nn = task_starting(doc, "Giám đốc Sở Nông nghiệp và Phát triển nông thôn: Theo dõi")
    assert office_names(nn)[0] == "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"
    assert nn.recurrence == "daily"


INSTRUCTION = """Phòng chống dịch bệnh cho đàn gia súc
Để chủ động phòng, chống dịch bệnh trên đàn gia súc trong mùa mưa, Chủ tịch UBND huyện yêu cầu: UBND các xã, thị trấn tổ chức tiêm phòng cho đàn trâu, bò. Khi phát hiện gia súc ốm, chết cần báo ngay cho thú y xã để xử lý kịp thời. Trạm Chăn nuôi và Thú y huyện hướng dẫn các xã lấy mẫu xét nghiệm.
"""


def test_instruction_with_a_colon_and_a_condition_that_goes_on(tmp_path):
    doc = process_text(tmp_path, INSTRUCTION)
    assert office_names(task_starting(doc, "Để chủ động phòng, chống dịch bệnh"))[:1] == ["UBND các xã, thị trấn"]
    # 'Khi ..., cần ...': a condition clause goes on with the subject before it
    assert office_names(task_starting(doc, "Khi phát hiện gia súc ốm"))[:1] == ["UBND các xã, thị trấn"]


DIRECTIVE = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 05/CT-UBND
Hòa Bình, ngày 10 tháng 4 năm 2024

CHỈ THỊ
Về tăng cường công tác phòng cháy, chữa cháy rừng

Để chủ động phòng cháy, chữa cháy rừng trong mùa khô, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:
I. Nhiệm vụ chung
Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thành phố tập trung thực hiện tốt các nhiệm vụ sau:
- Rà soát, kiện toàn Ban Chỉ đạo phòng cháy, chữa cháy rừng các cấp, hoàn thành trước ngày 30/4/2024.
- Bố trí lực lượng trực 24/24 giờ trong những ngày nắng nóng.
"""


def test_directive_lead_in_hands_its_bodies_to_the_bullets(tmp_path):
    doc = process_text(tmp_path, DIRECTIVE)
    t = task_starting(doc, "Rà soát, kiện toàn Ban Chỉ đạo")
    assert office_names(t)[:2] == ["Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch UBND các huyện, thành phố"]
    assert t.deadline == dt.date(2024, 4, 30)


CONCLUSIONS = """Thủ tướng Chính phủ chỉ đạo về công tác bảo đảm trật tự an toàn giao thông
Sau khi nghe báo cáo của Bộ Công an và ý kiến của các Bộ, ngành, Thủ tướng Chính phủ kết luận như sau:
1. Thời gian qua, các Bộ, ngành và địa phương đã triển khai quyết liệt nhiều giải pháp bảo đảm trật tự an toàn giao thông. Số vụ tai nạn giao thông đã được kiềm chế.
2. Thủ tướng Chính phủ yêu cầu Bộ Công an tiếp tục tăng cường tuần tra, kiểm soát, xử lý nghiêm các hành vi vi phạm nồng độ cồn.
"""


def test_the_assessment_opening_conclusions_directs_no_one(tmp_path):
    doc = process_text(tmp_path, CONCLUSIONS)
    texts = [t.text for t in doc.tasks]
    assert not any(t.startswith("Thời gian qua") for t in texts)
    assert not any(t.startswith("Số vụ tai nạn") for t in texts)
    assert office_names(task_starting(doc, "Thủ tướng Chính phủ yêu cầu Bộ Công an"))[:1] == ["Bộ Công an"]


def test_reporter_of_what_prompted_a_request_is_no_office():
    # the first clause says who reported the matter; the leader's request after ';' names the doer
    assert _leads("Ngày 12 tháng 5 năm 2019, Báo Nhân Dân có bài phản ánh tình trạng khai thác cát trái phép; "
                  "Phó Thủ tướng yêu cầu Ủy ban nhân dân tỉnh Vĩnh Long kiểm tra, xử lý.") == ["Ủy ban nhân dân tỉnh Vĩnh Long"]


def test_a_surname_van_signs():
    from pipeline.structure.tail import parse_signature
    from pipeline.structure.titles import is_personal_name

    assert parse_signature("KT. BỘ TRƯỞNG PHÓ CHỦ NHIỆM Văn Thị Thu Hà")[2] == "Văn Thị Thu Hà"
    assert not is_personal_name("Văn Phòng Chính Phủ") and not is_personal_name("Văn Miếu Quốc Tử Giám")


NEWS = """Xử lý phản ánh về chậm cấp phép xây dựng

09:30 AM, 05/01/2015

(Website Chính phủ) - Ngày 31/12, Văn phòng Chính phủ đã có công văn đề nghị Ủy ban nhân dân tỉnh Long An kiểm tra nội dung phản ánh của doanh nghiệp.

Văn phòng Chính phủ đề nghị Ủy ban nhân dân tỉnh Long An kiểm tra, xử lý và báo cáo kết quả trước ngày 20/01/2015.

(Nguồn: Công văn 10231/VPCP-ĐMDN )
"""


def test_news_item_named_by_its_source_note(tmp_path):
    doc = process_text(tmp_path, NEWS)
    h = doc.header
    assert (h.doc_type, h.number, h.issuer) == ("Công văn", "10231/VPCP-ĐMDN", "Văn phòng Chính phủ")
    # the day in the lead has no year: the item's time stamp (January 2015) puts it in December 2014
    assert h.date == dt.date(2014, 12, 31)
    assert task_starting(doc, "Văn phòng Chính phủ đề nghị Ủy ban nhân dân tỉnh Long An").deadline == dt.date(2015, 1, 20)


TELEGRAM2 = """Công điện hỏa tốc của Chủ tịch UBND tỉnh về ứng phó với rét đậm, rét hại
Chủ tịch UBND tỉnh yêu cầu: Chủ tịch UBND các huyện; Giám đốc Sở Y tế thực hiện ngay một số nội dung sau:
Chủ tịch UBND các huyện: Kiểm tra các điểm trường ở vùng cao. Bố trí chăn, màn cho học sinh bán trú. Che chắn lớp học bằng bạt, không cho học sinh mầm non đến lớp khi trời rét hại.
Giám đốc Sở Y tế: Chỉ đạo các bệnh viện sẵn sàng thuốc, vật tư điều trị bệnh hô hấp.
"""


def test_every_sentence_under_a_body_label_is_its_duty(tmp_path):
    doc = process_text(tmp_path, TELEGRAM2)
    assert doc.header.doc_type == "Công điện"
    for start in ("Chủ tịch UBND các huyện: Kiểm tra", "Bố trí chăn, màn", "Che chắn lớp học"):
        assert office_names(task_starting(doc, start))[:1] == ["Chủ tịch UBND các huyện"], start
    assert office_names(task_starting(doc, "Giám đốc Sở Y tế: Chỉ đạo"))[:1] == ["Giám đốc Sở Y tế"]


def test_a_code_typed_with_d_on_purpose_stays_in_a_marked_line():
    from pipeline.repair import repair_text

    doc = repair_text("Ủy ban nhân dân tỉnh nhận được văn bản số 1512/BYT-DP ngày 21/3/2023 của Bộ Y tế "
                      "và Quyết định số 435/QD-UBND ngày 02/4/2023.\nCác sở, ban, ngành triển khai thực hiện.")
    assert "1512/BYT-DP" in doc.lines[0].text and "435/QĐ-UBND" in doc.lines[0].text
