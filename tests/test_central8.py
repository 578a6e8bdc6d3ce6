"""Shapes of central directives met in issue 5's eighth round (blind gold yb1-yb5): a
Government programme's task table converted to Markdown (bold group numerals, rows after an
elision line), a programme's long task-group titles over their items, a letter that conveys a
leader's opinion after 'có ý kiến như sau:', and the National Assembly's and the Party's own
units as offices.  Every text here is written for the test, in those shapes."""
from __future__ import annotations

import datetime as dt

from pipeline.extract.offices import gazetteer_path, load_gazetteer, split_office_list
from tests.conftest import office_names, process_text, task_starting

HEAD = """BỘ NỘI VỤ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 45/KH-BNV
Hà Nội, ngày 12 tháng 02 năm 2025

KẾ HOẠCH
Triển khai chuyển đổi số trong ngành Nội vụ năm 2025

"""

TAIL = """
Nơi nhận:
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Trần Văn K
"""

TABLE = HEAD + """I. MỤC ĐÍCH
Bảo đảm triển khai đồng bộ các nhiệm vụ chuyển đổi số của Bộ.

II. NHIỆM VỤ
Các nhiệm vụ cụ thể tại Phụ lục kèm theo.
""" + TAIL + """
PHỤ LỤC
DANH MỤC NHIỆM VỤ

| TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| **I.** | Hoàn thiện thể chế |  |  |  |
| 1. | Xây dựng Thông tư quy định về lưu trữ hồ sơ điện tử | Cục Văn thư và Lưu trữ nhà nước | Vụ Pháp chế | 6/2025 |
| 2. | Rà soát các quy trình nội bộ về giải quyết thủ tục hành chính | Văn phòng Bộ | Các đơn vị thuộc Bộ | Quý III/2025 |
[…]
| **III.** | Phát triển dữ liệu |  |  |  |
| 9. | Xây dựng cơ sở dữ liệu cán bộ, công chức, viên chức | Trung tâm Thông tin | Vụ Tổ chức cán bộ | 12/2025 |
| 10. | Cập nhật dữ liệu thi đua, khen thưởng | Ban Thi đua - Khen thưởng Trung ương |  | Thường xuyên |
"""


def test_markdown_bold_group_numerals_and_rows_after_an_elision_line(tmp_path):
    # a converter bolds the group rows ('| **I.** |') and an excerpt leaves rows out with a
    # line '[…]': the rows after it are the same table's, their group is the bold numeral's
    doc = process_text(tmp_path, TABLE)
    t1 = task_starting(doc, "Xây dựng Thông tư quy định về lưu trữ")
    assert t1.section == "I > 1"
    assert t1.deadline == dt.date(2025, 6, 30)
    t9 = task_starting(doc, "Xây dựng cơ sở dữ liệu cán bộ")
    assert t9.section == "III > 9"
    assert t9.deadline == dt.date(2025, 12, 31)
    assert office_names(t9)[0] == "Trung tâm Thông tin"
    assert task_starting(doc, "Cập nhật dữ liệu thi đua").deadline is None
    # the group rows are titles, not tasks
    assert not [t for t in doc.tasks if t.text.startswith(("Hoàn thiện thể chế", "Phát triển dữ liệu"))]


PROGRAMME = HEAD.replace("KẾ HOẠCH", "CHƯƠNG TRÌNH") + """I. NHIỆM VỤ CỤ THỂ

1. Đẩy mạnh cải cách hành chính, xây dựng nền hành chính phục vụ, chuyên nghiệp, hiện đại, lấy người dân và doanh nghiệp làm trung tâm, quyết liệt lãnh đạo, chỉ đạo, tạo chuyển biến rõ nét về kỷ luật, kỷ cương trong thực thi công vụ của đội ngũ cán bộ, công chức

a) Rà soát, cắt giảm thủ tục hành chính nội bộ trong ngành Nội vụ.

b) Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.

2. Vụ Tổ chức cán bộ chủ trì, phối hợp với các đơn vị rà soát vị trí việc làm, hoàn thành trong quý II/2025.
""" + TAIL


def test_a_long_unstopped_group_title_over_its_items_is_no_task(tmp_path):
    # a programme names each task group after the policy it carries out (40 words and more,
    # 'lãnh đạo, chỉ đạo' inside it as nouns); the work is in a), b) below it
    doc = process_text(tmp_path, PROGRAMME)
    texts = [t.text for t in doc.tasks]
    assert not [x for x in texts if x.startswith("Đẩy mạnh cải cách hành chính")]
    assert task_starting(doc, "Rà soát, cắt giảm thủ tục").section == "I > 1 > a"
    assert task_starting(doc, "Số hóa hồ sơ").section == "I > 1 > b"
    # an item that names its assignee stays a task
    t2 = task_starting(doc, "Vụ Tổ chức cán bộ chủ trì")
    assert office_names(t2)[0] == "Vụ Tổ chức cán bộ"
    assert t2.deadline == dt.date(2025, 6, 30)


OPINION = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1207/UBND-KT
V/v đề nghị điều chỉnh quy hoạch cụm công nghiệp Gia Vân
Ninh Bình, ngày 14 tháng 5 năm 2024

Kính gửi:
- Sở Công Thương;
- Sở Xây dựng.

Xét đề nghị của Sở Công Thương tại Tờ trình số 88/TTr-SCT ngày 02 tháng 5 năm 2024, Phó Chủ tịch UBND tỉnh Nguyễn Văn H có ý kiến như sau:
Sở Xây dựng rà soát sự phù hợp của đề xuất với quy hoạch chung, phối hợp với Sở Công Thương hoàn thiện hồ sơ, báo cáo UBND tỉnh trước ngày 30/6/2024.
Văn phòng UBND tỉnh thông báo để các sở biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Lê Thị M
"""


def test_the_body_and_action_after_an_opinion_lead_in_is_the_task(tmp_path):
    # a letter conveying a leader's decision states it unnumbered, as body + action, right
    # after 'X có ý kiến như sau:'
    doc = process_text(tmp_path, OPINION)
    t = task_starting(doc, "Sở Xây dựng rà soát")
    assert office_names(t)[:2] == ["Sở Xây dựng", "Sở Công Thương"]
    assert t.deadline == dt.date(2024, 6, 30)


def test_a_lead_in_that_is_no_opinion_still_hands_down_nothing(tmp_path):
    # the grounds of a letter ('Thực hiện ... như sau:') followed by a sentence that only
    # reports keeps its narrative reading: the rule needs a body and an action verb
    text = OPINION.replace(
        "Sở Xây dựng rà soát sự phù hợp của đề xuất với quy hoạch chung, phối hợp với Sở Công Thương hoàn thiện hồ sơ, báo cáo UBND tỉnh trước ngày 30/6/2024.",
        "Theo báo cáo, tình hình triển khai cụm công nghiệp còn chậm so với kế hoạch năm 2024.")
    doc = process_text(tmp_path, text)
    assert not [t for t in doc.tasks if t.text.startswith("Theo báo cáo")]


def _names(text: str) -> list[str]:
    return [n for n, _w in split_office_list(text, load_gazetteer(gazetteer_path(None)))]


def test_a_unit_named_after_the_body_it_sits_in_is_one_office():
    # delegations, Party organs and cells named after their body: one office with it
    assert _names("Đảng ủy cơ quan Bộ Tư pháp") == ["Đảng ủy cơ quan Bộ Tư pháp"]
    assert _names("các Đoàn đại biểu Quốc hội, Văn phòng Quốc hội") == ["Các Đoàn đại biểu Quốc hội", "Văn phòng Quốc hội"]
    assert _names("Tổ đảng ở Thường trực Ủy ban Kinh tế") == ["Tổ đảng ở Thường trực Ủy ban Kinh tế"]
    assert _names("Văn phòng Đảng đoàn Quốc hội") == ["Văn phòng Đảng đoàn Quốc hội"]
    # plain lists are split as before
    assert _names("Sở Tài chính, Sở Y tế và UBND các huyện") == ["Sở Tài chính", "Sở Y tế", "UBND các huyện"]


def test_a_comma_inside_an_abbreviation_does_not_split_the_name():
    # 'KH,CN&MT', 'KH,CN,ĐMST': capitals on both sides and no space; a list puts a space after its commas
    assert _names("Thường trực Ủy ban KH,CN&MT") == ["Thường trực Ủy ban KH,CN&MT"]
    assert _names("Sở Nội vụ,Sở Tư pháp") == ["Sở Nội vụ", "Sở Tư pháp"]


def test_a_committee_or_office_head_by_title_is_a_subject():
    # 'Chủ nhiệm' heads an office or a committee ('Chủ nhiệm Văn phòng Quốc hội', 'Chủ nhiệm Ủy
    # ban Kiểm tra Huyện ủy'), a post like 'Chánh Văn phòng'
    from pipeline.extract.offices import subject_of

    gaz = load_gazetteer(gazetteer_path(None))
    s = subject_of("Chủ nhiệm Ủy ban Kiểm tra Huyện ủy chủ trì kiểm tra việc thực hiện Chỉ thị này.", gaz)
    assert s and s[0] == "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"
    s = subject_of("Chủ nhiệm Văn phòng Quốc hội, Trưởng Đoàn đại biểu Quốc hội có trách nhiệm triển khai Kế hoạch này.", gaz)
    assert s and s[0].startswith("Chủ nhiệm Văn phòng Quốc hội")


def test_research_institutes_and_social_organisations_keep_their_names():
    # 'nghiên cứu' after 'viện' names the kind of institute, it is no verb ending the name; a
    # strategy's closing duties name the socio-professional organisations and the business
    # community beside the Front
    assert _names("Các viện nghiên cứu, trường đại học") == ["Các viện nghiên cứu", "Trường đại học"]
    names = _names("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức xã hội - nghề nghiệp, cộng đồng doanh nghiệp")
    assert "Cộng đồng doanh nghiệp" in names
    assert any("tổ chức xã hội - nghề nghiệp" in n for n in names)
    assert not any(n.endswith("tổ chức") for n in names)
