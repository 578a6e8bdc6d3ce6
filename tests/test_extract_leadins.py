"""Lead-ins of a Công văn: the sentence ending with ':' that names the bodies asked hands them the
items below it, however long the grounds it opens on; a report duty written topic first; a
regulated party made the subject of an action.  The sentences are written for these tests in the
shapes real letters use (a Sở, a Bộ, a UBND), not copied from the gold documents (o1-o3)."""
from __future__ import annotations

from pipeline.extract.offices import load_gazetteer, roles_in_sentence
from conftest import process_text

GAZ = load_gazetteer()


def offices(t) -> list[str]:
    return [r.office for r in t.offices if r.role != "report-to"]


def find(tasks, start: str):
    return next(t for t in tasks if t.text.startswith(start))


SO_LETTER = """UBND TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc
Số: 215/SGDĐT-GDTrH Phú Thọ, ngày 10 tháng 02 năm 2024

V/v triển khai nhiệm vụ năm 2024

Kính gửi: Phòng Giáo dục và Đào tạo các huyện, thành phố.

Thực hiện Quyết định số 125/QĐ-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh về việc ban hành
kế hoạch hành động thực hiện các nhiệm vụ, giải pháp chủ yếu phát triển kinh tế - xã hội và dự
toán ngân sách năm 2024; Kế hoạch số 17/KH-UBND ngày 20/01/2024 của Ủy ban nhân dân tỉnh về
chuyển đổi số trong ngành giáo dục, nhằm nâng cao chất lượng dạy và học, góp phần hoàn thành
các chỉ tiêu được giao, Sở Giáo dục và Đào tạo đề nghị các Phòng Giáo dục và Đào tạo tổ chức
thực hiện một số nội dung sau:

1. Rà soát cơ sở vật chất, thiết bị dạy học của các trường trước ngày 15/3/2024.

2. Tăng cường kiểm tra việc thực hiện chương trình giáo dục phổ thông.

3. Trung tâm Giáo dục thường xuyên tỉnh chủ trì tổ chức bồi dưỡng giáo viên.
"""


def test_a_lead_in_after_long_grounds_hands_its_addressees_to_the_items(tmp_path):
    tasks = process_text(tmp_path, SO_LETTER, "letter.txt").tasks
    t1, t2 = find(tasks, "Rà soát cơ sở"), find(tasks, "Tăng cường kiểm tra")
    for t in (t1, t2):
        assert len(offices(t)) == 1 and offices(t)[0].endswith("Phòng Giáo dục và Đào tạo"), t.offices
        assert t.lead == offices(t)[0]
    # the speaker asks; it is not the office
    assert all("Sở Giáo dục và Đào tạo" not in offices(t) for t in tasks)
    # an item naming its own subject keeps it
    assert offices(find(tasks, "Trung tâm Giáo dục")) == ["Trung tâm Giáo dục thường xuyên tỉnh"]


BO_LETTER = """BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1234/BYT-DP Hà Nội, ngày 15 tháng 5 năm 2024

V/v phòng, chống sốt xuất huyết

Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.

Thời gian qua, công tác phòng, chống dịch sốt xuất huyết đã đạt được một số kết quả. Do đó, để
chủ động phòng, chống dịch trong mùa mưa, đồng thời kịp thời khen thưởng các tập thể có thành
tích, Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố trực thuộc Trung ương:

- Chỉ đạo các cơ sở khám bệnh, chữa bệnh chuẩn bị đầy đủ thuốc, vật tư.

- Tổ chức giám sát chặt chẽ các ổ dịch; phối hợp với các cơ quan liên quan như: Công an,
Quản lý thị trường, Ủy ban nhân dân các xã để xử lý kịp thời.

- Kết quả thực hiện báo cáo về Bộ Y tế (Cục Y tế dự phòng, đồng chí Nguyễn Văn An, điện thoại:
024.3845.6789) trước ngày 30/6/2024.
"""


def test_a_lead_in_ending_on_its_addressees_and_a_late_verb_report_duty(tmp_path):
    tasks = process_text(tmp_path, BO_LETTER, "letter.txt").tasks
    sy = "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"
    assert offices(find(tasks, "Chỉ đạo các cơ sở")) == [sy]
    # 'như: Công an, ...' lists the partners; they are not the subject of the item
    assert offices(find(tasks, "Tổ chức giám sát"))[0] == sy
    report = find(tasks, "Kết quả thực hiện báo cáo về Bộ Y tế")
    assert offices(report) == [sy]
    assert [r.office for r in report.offices if r.role == "report-to"] == ["Bộ Y tế"]
    assert str(report.deadline) == "2024-06-30"
    # the colon inside the contact bracket ends neither the sentence nor the item
    assert report.text.endswith("trước ngày 30/6/2024.")


UBND_LETTER = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NAM ĐỊNH Độc lập - Tự do - Hạnh phúc
Số: 56/UBND-VP Nam Định, ngày 02 tháng 02 năm 2024

V/v triển khai Nghị quyết

Kính gửi: Các sở, ban, ngành tỉnh.

Để triển khai có hiệu quả Nghị quyết của Hội đồng nhân dân tỉnh, nhằm đáp ứng yêu cầu của tình
hình mới, Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tỉnh:

- Xây dựng kế hoạch thực hiện của đơn vị, gửi Sở Kế hoạch và Đầu tư trước ngày 20/02/2024.

- Công an tỉnh tăng cường công tác bảo đảm an ninh trật tự.
"""


def test_a_ubnd_lead_in_and_an_item_with_its_own_subject(tmp_path):
    tasks = process_text(tmp_path, UBND_LETTER, "letter.txt").tasks
    assert offices(find(tasks, "Xây dựng kế hoạch")) == ["Các sở, ban, ngành tỉnh"]
    assert offices(find(tasks, "Công an tỉnh")) == ["Công an tỉnh"]


REGULATED = """UBND TỈNH QUẢNG NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc
Số: 789/SCT-QLTM Quảng Ninh, ngày 03 tháng 4 năm 2024

V/v báo cáo kinh doanh xăng dầu

Kính gửi: Các doanh nghiệp kinh doanh xăng dầu trên địa bàn tỉnh.

1. Niêm yết giá bán lẻ xăng dầu tại cửa hàng.

Doanh nghiệp kinh doanh xăng dầu thực hiện báo cáo số liệu nhập, xuất, tồn kho theo các bước
như sau:

1.1. Lập báo cáo theo mẫu tại Phụ lục kèm theo công văn này.
"""


def test_a_regulated_party_doing_something_as_follows_is_a_task(tmp_path):
    tasks = process_text(tmp_path, REGULATED, "letter.txt").tasks
    t = find(tasks, "Doanh nghiệp kinh doanh xăng dầu thực hiện")
    assert offices(t) and offices(t)[0].startswith("Doanh nghiệp")


def test_banks_are_named_as_regulated_parties():
    got = [(r.office, r.role) for r in roles_in_sentence(
        "NHTM, chi nhánh ngân hàng nước ngoài gửi danh sách tài khoản đến Tổng cục Thuế.", GAZ)]
    assert ("NHTM", "lead") in got and ("Chi nhánh ngân hàng nước ngoài", "lead") in got
    got = [r.office for r in roles_in_sentence(
        "Căn cứ quy định tại Điều 5 Thông tư số 12/2023/TT-NHNN, đề nghị các ngân hàng thương mại, chi "
        "nhánh ngân hàng nước ngoài rà soát và cung cấp thông tin.", GAZ)]
    assert "Chi nhánh ngân hàng nước ngoài" in got


def test_a_list_after_nhu_is_no_subject_and_a_described_item_no_clause():
    got = [r.office for r in roles_in_sentence(
        "Tiếp tục phối hợp với các lực lượng như: Công an, Quản lý thị trường, Bộ đội biên phòng để kiểm tra.", GAZ)
        if r.role == "lead"]
    assert got == []
    got = [r.office for r in roles_in_sentence(
        "Tăng cường kiểm tra các hộ kinh doanh trên nền tảng số; các doanh nghiệp có doanh thu lớn "
        "nhưng nộp thuế thấp.", GAZ) if r.role == "lead"]
    assert got == []
    # ('có liên quan' narrows a body, it is no 'have'): a later clause's bodies still lead
    got = [r.office for r in roles_in_sentence(
        "Chánh Văn phòng Sở; Trưởng các phòng chuyên môn; các đơn vị có liên quan chịu trách nhiệm thi hành "
        "Quyết định này.", GAZ) if r.role == "lead"]
    assert any("đơn vị" in o for o in got), got


def test_the_condition_names_the_subject_the_then_clause_leaves_out():
    def leads(text):
        return [r.office for r in roles_in_sentence(text, GAZ) if r.role == "lead"]

    assert leads("Trường hợp hộ kinh doanh chưa được cấp mã số thuế thì thực hiện đăng ký theo quy định.") \
        == ["Hộ kinh doanh"]
    assert leads("Nếu Ủy ban nhân dân cấp xã chưa hoàn thành thì báo cáo Ủy ban nhân dân huyện.") \
        == ["Ủy ban nhân dân cấp xã"]
    # a sanction falls on the party of the condition; the authority imposes it
    assert leads("Trường hợp doanh nghiệp không nộp báo cáo đúng hạn thì xử lý theo quy định.") == []


GIAO_LETTER = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc
Số: 88/UBND-NL Hà Tĩnh, ngày 12 tháng 3 năm 2025

V/v phòng, chống cháy rừng

Kính gửi: Các sở, ngành; UBND các huyện, thành phố, thị xã.

Tình hình thời tiết nắng nóng kéo dài, nguy cơ cháy rừng rất cao. Để chủ động phòng ngừa, ứng phó
kịp thời với cháy rừng, hạn chế thấp nhất thiệt hại, Ủy ban nhân dân tỉnh giao Giám đốc các sở, Chủ
tịch UBND các huyện, thành phố, thị xã:

- Tổ chức tuyên truyền sâu rộng về phòng cháy, chữa cháy rừng.

- Sở Nông nghiệp và Phát triển nông thôn chỉ đạo Chi cục Kiểm lâm tăng cường tuần tra.
"""


def test_a_purpose_clause_that_limits_damage_lists_no_shortcomings(tmp_path):
    # 'hạn chế thấp nhất thiệt hại' is the verb 'limit', not 'những hạn chế' (shortcomings): the
    # lead-in asks, its bullets are duties
    tasks = process_text(tmp_path, GIAO_LETTER, "letter.txt").tasks
    t = find(tasks, "Tổ chức tuyên truyền")
    assert offices(t) == ["Giám đốc các sở", "Chủ tịch UBND các huyện, thành phố, thị xã"]
    assert offices(find(tasks, "Sở Nông nghiệp")) == ["Sở Nông nghiệp và Phát triển nông thôn"]
