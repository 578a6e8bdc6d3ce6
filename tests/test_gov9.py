"""Shapes of central-government directives met in issue 5's ninth round (blind gold yc1-yc5:
Government resolutions with action-programme tables, Prime Minister's Đề án decisions, as the
gazette prints them).  Every text here is written for the test, in those shapes, not copied
from the documents."""
from __future__ import annotations

import datetime as dt

from tests.conftest import office_names, process_text, task_starting

HEAD = """THỦ TƯỚNG CHÍNH PHỦ
Số: 512/QĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 3 năm 2025
QUYẾT ĐỊNH
Phê duyệt Đề án phát triển nguồn nhân lực ngành du lịch
THỦ TƯỚNG CHÍNH PHỦ
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án phát triển nguồn nhân lực ngành du lịch với các nội dung sau:
"""

TAIL = """Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Trần Văn Hà
"""

DEAN = HEAD + """I. ĐỐI TƯỢNG, PHẠM VI, THỜI GIAN THỰC HIỆN
1. Đối tượng: người lao động trong các doanh nghiệp du lịch.
2. Phạm vi
Đề án được triển khai tại các bộ, ngành và các tỉnh có khu du lịch quốc gia.
3. Thời gian thực hiện: Từ năm 2025 đến năm 2030.
II. TỔ CHỨC THỰC HIỆN
1. Bộ Văn hóa, Thể thao và Du lịch
a) Chủ trì tổ chức thực hiện Đề án.
b) Phối hợp đề xuất nội dung bồi dưỡng theo chương trình chung do cơ quan có thẩm quyền chủ trì.
c) Phối hợp, hỗ trợ Bộ Ngoại giao và các cơ quan liên quan trong việc quảng bá du lịch ở nước ngoài.
2. Các bộ, ngành, Ủy ban nhân dân các tỉnh tổ chức thực hiện các nhiệm vụ của Đề án phù hợp với ngành, địa phương mình.
Cụ thể:
- Phối hợp với Bộ Văn hóa, Thể thao và Du lịch trong quá trình triển khai Đề án;
- Bố trí kinh phí hằng năm cử người lao động tham gia các khóa bồi dưỡng.
3. Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan xây dựng dự thảo Kế hoạch tài chính 5 năm 2026 - 2030, trình Chính phủ.
Sau khi được Chính phủ thông qua, hướng dẫn các bộ, cơ quan tổ chức thực hiện.
4. Bộ Nội vụ hướng dẫn việc đánh giá cán bộ tham gia Đề án. Sau khi có kết quả đánh giá, tổng hợp, báo cáo Thủ tướng Chính phủ.
""" + TAIL


def test_scope_section_is_no_task_and_its_period_is_no_deadline(tmp_path):
    """'2. Phạm vi' + 'Đề án được triển khai tại ...' says where the plan runs, and '3. Thời gian
    thực hiện: Từ năm 2025 đến năm 2030' is the whole plan's period: neither is a duty with a date."""
    doc = process_text(tmp_path, DEAN)
    assert not [t for t in doc.tasks if t.text.startswith(("Đề án được triển khai", "Đối tượng:"))]
    assert all(t.deadline != dt.date(2030, 12, 31) for t in doc.tasks)


def test_do_x_chu_tri_after_a_theo_phrase_is_not_the_lead(tmp_path):
    """'theo chương trình chung do cơ quan có thẩm quyền chủ trì': the body chairs that programme;
    the item is the heading's ministry's."""
    doc = process_text(tmp_path, DEAN)
    t = task_starting(doc, "Phối hợp đề xuất nội dung bồi dưỡng")
    assert office_names(t) == ["Bộ Văn hóa, Thể thao và Du lịch"]


def test_phoi_hop_ho_tro_names_partners(tmp_path):
    doc = process_text(tmp_path, DEAN)
    t = task_starting(doc, "Phối hợp, hỗ trợ Bộ Ngoại giao")
    assert office_names(t)[0] == "Bộ Văn hóa, Thể thao và Du lịch"
    assert "Bộ Ngoại giao" in office_names(t)


def test_cu_the_hands_the_subject_down_to_the_bullets(tmp_path):
    """'Các bộ, ngành, Ủy ban nhân dân các tỉnh tổ chức thực hiện ... .' + 'Cụ thể:' + '- ...': the
    bullets are the duties of the bodies the sentence named."""
    doc = process_text(tmp_path, DEAN)
    for start in ("Phối hợp với Bộ Văn hóa", "Bố trí kinh phí hằng năm"):
        names = office_names(task_starting(doc, start))
        assert "Các bộ, ngành" in names, (start, names)
        assert any(n.startswith("Ủy ban nhân dân các tỉnh") for n in names), (start, names)


def test_sau_khi_goes_on_with_the_item_s_subject(tmp_path):
    """'Sau khi được Chính phủ thông qua, hướng dẫn ...' (a paragraph of its own under item 3) and
    'Sau khi có kết quả đánh giá, tổng hợp, báo cáo ...' (the next sentence of item 4): the next
    step of the body the item named."""
    doc = process_text(tmp_path, DEAN)
    assert office_names(task_starting(doc, "Sau khi được Chính phủ thông qua"))[:1] == ["Bộ Tài chính"]
    assert office_names(task_starting(doc, "Sau khi có kết quả đánh giá"))[:1] == ["Bộ Nội vụ"]


RESOLUTION = """CHÍNH PHỦ
Số: 45/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 3 năm 2026
NGHỊ QUYẾT
Bổ sung nhiệm vụ trong Chương trình hành động của Chính phủ
CHÍNH PHỦ
QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Phụ lục danh mục các nhiệm vụ bổ sung.
Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.
TM. CHÍNH PHỦ
THỦ TƯỚNG
Nguyễn Văn An
Phụ lục
DANH MỤC CÁC NHIỆM VỤ BỔ SUNG
(Kèm theo Nghị quyết số 45/NQ-CP ngày 12 tháng 3 năm 2026 của Chính phủ)
TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian
hoàn thành
1
Xây dựng Đề án phát triển
đội ngũ hòa giải viên thương mại
Bộ Tư pháp
Các bộ,
cơ quan
ngang bộ
Đề án được trình
Ban Chỉ đạo
Trung ương về
cải cách tư pháp
Tháng
9/2026
2
Tổng kết việc thi hành
Luật Hòa giải ở cơ sở
Bộ Tư pháp
Bộ Nội vụ
Báo cáo gửi
Văn phòng
Chính phủ
Tháng
11/2026
"""


def test_result_cell_receiver_is_no_partner(tmp_path):
    """'Đề án được trình' / 'Ban Chỉ đạo Trung ương ...' and 'Báo cáo gửi' / 'Văn phòng Chính phủ'
    are the result cells' receivers: not partners of the rows."""
    doc = process_text(tmp_path, RESOLUTION)
    t1 = task_starting(doc, "Xây dựng Đề án phát triển đội ngũ hòa giải viên")
    assert office_names(t1) == ["Bộ Tư pháp", "Các bộ, cơ quan ngang bộ"]
    assert t1.deadline == dt.date(2026, 9, 30)
    t2 = task_starting(doc, "Tổng kết việc thi hành Luật Hòa giải")
    assert office_names(t2) == ["Bộ Tư pháp", "Bộ Nội vụ"]
    assert t2.deadline == dt.date(2026, 11, 30)


TWO_RESULTS = RESOLUTION.split("Phụ lục")[0] + """Phụ lục
DANH MỤC CÁC NHIỆM VỤ BỔ SUNG
(Kèm theo Nghị quyết số 45/NQ-CP ngày 12 tháng 3 năm 2026 của Chính phủ)
TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian
hoàn thành
Căn cứ
1
Thể chế hóa các chủ trương của Đảng về
phát triển kinh tế biển theo Nghị quyết
của Bộ Chính trị
Bộ Nông nghiệp và
Môi trường
Các bộ,
cơ quan
ngang bộ
Báo cáo chuyên
đề về cơ chế,
chính sách để thể
chế hóa các chủ
Tháng
6/2026
Chương
trình số 5-
CTr/BCĐ

CÔNG BÁO/Số 300/Ngày 20-03-2026
45

TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian
hoàn thành
Căn cứ
trương về kinh tế
biển được trình
Chính phủ
Bộ Nông nghiệp và
Môi trường
Các bộ,
cơ quan
ngang bộ
Báo cáo kết quả
thể chế hóa các
chủ trương về
kinh tế biển
Tháng
12/2026
Chương
trình số 5-
CTr/BCĐ
2
Xây dựng bộ chỉ số đánh giá
kinh tế biển cấp tỉnh
Bộ Nông nghiệp và
Môi trường
Các bộ, ngành
Bộ chỉ số được
ban hành
2026
Chương
trình số 5-
CTr/BCĐ
Bộ chỉ số được
áp dụng
2027 - 2028
Chương
trình số 5-
CTr/BCĐ
"""


def test_a_task_with_two_results_is_due_with_the_later(tmp_path):
    """A table row with two results, each with its period ('Tháng 6/2026' for the thematic report,
    'Tháng 12/2026' for the report of results, printed after a page break; '2026' then '2027 -
    2028'): the row's work runs to the later one (gold README: the last period a cell lists)."""
    doc = process_text(tmp_path, TWO_RESULTS)
    assert task_starting(doc, "Thể chế hóa các chủ trương của Đảng về phát triển kinh tế biển").deadline == dt.date(2026, 12, 31)
    assert task_starting(doc, "Xây dựng bộ chỉ số đánh giá kinh tế biển").deadline == dt.date(2028, 12, 31)


ROSTER = HEAD.replace("Phê duyệt Đề án phát triển nguồn nhân lực ngành du lịch với các nội dung sau:",
                      "Thành lập Ban Chỉ đạo quốc gia về du lịch, gồm các thành viên sau đây:").replace(
    "QUYẾT ĐỊNH:\n", "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
    "Theo đề nghị của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch,\nQUYẾT ĐỊNH:\n") + """1. Trưởng ban: Phó Thủ tướng Chính phủ Trần Văn Hà.
2. Phó Trưởng ban:
- Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch, Phó Trưởng ban thường trực;
- 01 Thứ trưởng Bộ Tài chính.
3. Các ủy viên:
- Bộ trưởng Bộ Ngoại giao;
- 01 Phó Chủ nhiệm Văn phòng Chính phủ.
Điều 2. Nhiệm vụ của Ban Chỉ đạo:
1. Nghiên cứu, đề xuất với Thủ tướng Chính phủ các giải pháp phát triển du lịch.
2. Giúp Thủ tướng Chính phủ đôn đốc các bộ, ngành thực hiện các chương trình du lịch.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Trần Văn Hà
"""


def test_committee_members_are_no_tasks(tmp_path):
    """'..., gồm các thành viên sau đây:' + the seats of the members ('1. Trưởng ban: ...', '- 01 Thứ
    trưởng Bộ Tài chính.'): a roster, not duties; the committee's duties in Điều 2 are tasks."""
    doc = process_text(tmp_path, ROSTER)
    texts = [t.text for t in doc.tasks]
    assert not [x for x in texts if x.startswith(("Trưởng ban", "Bộ trưởng", "01 ", "Phó Trưởng ban"))], texts
    assert any(x.startswith("Nghiên cứu, đề xuất với Thủ tướng") for x in texts)
    assert any(x.startswith("Giúp Thủ tướng Chính phủ đôn đốc") for x in texts)


def test_ministries_listed_with_one_head():
    """'Bộ Xây dựng, Khoa học và Công nghệ, ...': the second ministry is named by its field only."""
    from pipeline.extract.offices import load_gazetteer, split_office_list

    names = [n for n, _w in split_office_list("Bộ Nội vụ, Khoa học và Công nghệ, Giáo dục và Đào tạo và các địa phương", load_gazetteer())]
    assert names[:3] == ["Bộ Nội vụ", "Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo"], names


LAW_IN_BRACKETS = RESOLUTION.split("1\nXây dựng Đề án")[0] + """1
Hoàn thiện pháp luật về an sinh xã hội (Luật
Bảo hiểm y tế, Bộ luật Lao động...)
Bộ Y tế
Các bộ, ngành
Các luật được
sửa đổi
Tháng
12/2026
"""


def test_a_cell_does_not_end_inside_its_brackets(tmp_path):
    """'... an sinh xã hội (Luật' / 'Bảo hiểm y tế, Bộ luật Lao động...)': the laws in brackets are
    the task's words; 'Bảo hiểm ...' and 'Bộ luật ...' open no office cell."""
    doc = process_text(tmp_path, LAW_IN_BRACKETS)
    t = task_starting(doc, "Hoàn thiện pháp luật về an sinh xã hội")
    assert "Bộ luật Lao động" in t.text
    assert office_names(t) == ["Bộ Y tế", "Các bộ, ngành"]
