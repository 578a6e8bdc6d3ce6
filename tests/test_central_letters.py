"""Ministries' letters as crawlers print them and as they nest their instructions (blind round 4,
a1-a8): the page title glued before the header's first cell, 'Kính gửi' running into the first
paragraph, the courtesy that closes a letter, a bullet lead-in over bullets of another mark, an
ask closed by a colon over lettered items.  Every letter here is written for these tests in the
shapes real letters use (a Bộ to the provinces, to hospitals, to universities), not copied from
the gold documents."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pipeline
from pipeline.extract.offices import load_gazetteer, roles_in_sentence, subject_of
from pipeline.extract.tasks import COURTESY_RE
from pipeline.structure.header import _glued_issuer

GAZ = load_gazetteer()


def process(text: str):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "letter.txt"
        path.write_text(text, encoding="utf-8")
        return pipeline.process(path)


def offices(t) -> list[str]:
    return [r.office for r in t.offices if r.role != "report-to"]


def find(tasks, start: str):
    return next(t for t in tasks if t.text.startswith(start))


# a crawl of a ministry's letter: title + issuer on line 1, the date line runs on into 'Kính gửi'
# and the first paragraph (a lead-in that asks the chairmen to direct their departments)
CRAWLED = """Công văn 1520/BTC-QLCS năm 2022 về kiểm kê tài sản công do Bộ Tài chính ban hành. BỘ TÀI CHÍNH --------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 1520/BTC-QLCS V/v kiểm kê tài sản công năm 2022
Hà Nội, ngày 14 tháng 3 năm 2022 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương Thực hiện Luật Quản lý, sử dụng tài sản công; Bộ Tài chính đề nghị Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương chỉ đạo Giám đốc Sở Tài chính thực hiện các nội dung sau đây:
1. Chỉ đạo Sở Tài chính chủ trì, phối hợp với các sở, ngành tổ chức kiểm kê tài sản công trên địa bàn, hoàn thành trước ngày 30/6/2022.
2. Bố trí kinh phí cho công tác kiểm kê từ nguồn ngân sách địa phương.
Trân trọng cảm ơn./.
Nơi nhận:
- Như trên;
- Lưu: VT, QLCS.
KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn Bình"""


def test_issuer_glued_after_the_crawled_title():
    doc = process(CRAWLED)
    assert doc.header.issuer.casefold() == "bộ tài chính"
    assert doc.header.number == "1520/BTC-QLCS"
    assert _glued_issuer("Thông báo 12/TB-UBND năm 2020 về lịch tiếp dân. ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH -------") \
        == "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH"
    # an ordinary title with a rule under it names no body
    assert _glued_issuer("Kế hoạch triển khai năm 2024. -------") is None


def test_body_glued_to_the_kinh_gui_line_keeps_its_lead_in():
    doc = process(CRAWLED)
    assert doc.header.addressees == ["Đ/c Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]
    tasks = doc.tasks
    # the lead-in asks the chairmen: they hold the items, the Sở they direct is not listed
    t1 = find(tasks, "Chỉ đạo Sở Tài chính chủ trì")
    assert offices(t1) == ["Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]
    assert str(t1.deadline) == "2022-06-30"
    t2 = find(tasks, "Bố trí kinh phí")
    assert offices(t2) == ["Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]


def test_courtesy_closing_is_no_task():
    doc = process(CRAWLED)
    assert not any("cảm ơn" in t.text for t in doc.tasks)
    for t in ("Trân trọng cảm ơn./.", "Trân trọng!", "Sở Y tế trân trọng cám ơn./.",
              "Xin trân trọng cảm ơn sự phối hợp của Quý cơ quan."):
        assert COURTESY_RE.match(t), t
    assert not COURTESY_RE.match("Trân trọng đề nghị các Sở phối hợp thực hiện.")


# a ministry's guidance to hospitals: a '-' lead-in whose subject does the '+' steps below it,
# then a '-' statement of the rule that is no step of that lead-in; a lettered ask closed by a
# colon over '-' duties
HOSPITALS = """BỘ Y TẾ
Số: 845/BYT-KCB
V/v ghi chép hồ sơ bệnh án điện tử
Hà Nội, ngày 05 tháng 4 năm 2023
Kính gửi: Các bệnh viện trực thuộc Bộ Y tế.
Bộ Y tế hướng dẫn thực hiện một số nội dung như sau:
1. Ghi chép hồ sơ bệnh án:
a) Đối với người bệnh điều trị ngoại trú:
- Các cơ sở KCB lập hồ sơ bệnh án điện tử theo mẫu như sau:
+ Ghi mã người bệnh vào trường số 1 của Bảng 1;
+ Ký số hồ sơ trước khi lưu trữ.
- Hồ sơ bệnh án điện tử có giá trị như hồ sơ giấy.
b) Đề nghị Giám đốc các bệnh viện chủ trì, phối hợp với Bảo hiểm xã hội tỉnh:
- Tổ chức tập huấn cho nhân viên y tế về hồ sơ bệnh án điện tử.
- Rà soát hạ tầng công nghệ thông tin của bệnh viện.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn Thuấn"""


def test_bullet_lead_in_covers_the_bullets_of_another_mark_only():
    tasks = process(HOSPITALS).tasks
    for start in ("Ghi mã người bệnh", "Ký số hồ sơ"):
        assert offices(find(tasks, start)) == ["Các cơ sở KCB"], start
    # the next '-' bullet is no step of the lead-in: it keeps nothing from it
    rule = [t for t in tasks if t.text.startswith("Hồ sơ bệnh án điện tử có giá trị")]
    assert not rule or offices(rule[0]) == []


def test_lettered_ask_closed_by_a_colon_hands_its_bodies_to_the_bullets():
    tasks = process(HOSPITALS).tasks
    assert not any(t.text.startswith("Đề nghị Giám đốc các bệnh viện") for t in tasks)  # a lead-in
    for start in ("Tổ chức tập huấn", "Rà soát hạ tầng"):
        t = find(tasks, start)
        roles = {r.office: r.role for r in t.offices}
        assert roles.get("Giám đốc các bệnh viện") == "lead", (start, roles)
        assert roles.get("Bảo hiểm xã hội tỉnh") == "support", (start, roles)


def test_health_sector_abbreviations_name_a_body():
    assert subject_of("Các cơ sở KBCB thực hiện mã hóa như sau:", GAZ)[0] == "Các cơ sở KBCB"
    roles = roles_in_sentence("Sau mỗi đợt kiểm tra, cơ sở KCB gửi báo cáo về Sở Y tế.", GAZ)
    assert [r.office for r in roles if r.role == "lead"] == ["Cơ sở KCB"]


def test_directing_verbs_take_their_bodies_and_the_partners_of_those():
    roles = roles_in_sentence("Sở Nội vụ đề nghị Ban Quản lý dự án chỉ đạo, đôn đốc các nhà thầu phối hợp với UBND "
                              "các xã hoàn thành giải phóng mặt bằng.", GAZ)
    assert [(r.office, r.role) for r in roles if r.role != "report-to"] == [("Ban Quản lý dự án", "lead")]
    roles = roles_in_sentence("Bảo hiểm xã hội tỉnh hướng dẫn các bệnh viện phối hợp với Sở Tài chính quyết toán chi phí.", GAZ)
    assert [r.office for r in roles if r.role == "support"] == []
    # 'theo hướng dẫn của X' is a noun: the partner after it stays
    roles = roles_in_sentence("Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện theo hướng dẫn của Bộ Y tế.", GAZ)
    assert ("Sở Tài chính", "support") in [(r.office, r.role) for r in roles]


# a ministry's guidance on the grounds of a Government Office notice of a meeting: the notice's date
# is no meeting these steps are due at; the guidance names who carries them out
GUIDANCE = """BỘ XÂY DỰNG
Số: 2210/BXD-HTKT
V/v hướng dẫn cập nhật dữ liệu cấp nước
Hà Nội, ngày 20 tháng 5 năm 2024
Kính gửi: Sở Xây dựng các tỉnh, thành phố trực thuộc Trung ương.
Thực hiện Thông báo số 118/TB-VPCP ngày 02/4/2024 của Văn phòng Chính phủ về kết luận của Phó Thủ tướng tại cuộc họp về cấp nước an toàn, Bộ Xây dựng hướng dẫn các Sở Xây dựng cập nhật dữ liệu như sau:
1. Rà soát danh mục công trình cấp nước trên địa bàn.
2. Cập nhật dữ liệu lên hệ thống thông tin trước ngày 30/6/2024.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Bùi Xuân Dũng"""


def test_guidance_lead_in_names_the_bodies_and_a_cited_notice_dates_no_meeting():
    tasks = process(GUIDANCE).tasks
    t1 = find(tasks, "Rà soát danh mục")
    assert len(offices(t1)) == 1 and offices(t1)[0].endswith("Sở Xây dựng")
    assert t1.deadline is None
    t2 = find(tasks, "Cập nhật dữ liệu")
    assert offices(t2) == offices(t1)
    assert str(t2.deadline) == "2024-06-30"


def test_a_short_list_item_between_semicolons_is_no_clause_with_a_subject():
    roles = roles_in_sentence("Chuẩn hóa dữ liệu tại hệ thống nguồn, tập trung vào dữ liệu về giảng viên; ngành đào tạo; "
                              "chương trình đào tạo; người học.", GAZ)
    assert [r.office for r in roles] == []
    # a clause of its own after ';' still names its body
    roles = roles_in_sentence("Sở Tài chính bố trí kinh phí; Sở Y tế phối hợp.", GAZ)
    assert [r.office for r in roles] == ["Sở Tài chính", "Sở Y tế"]
    # a body's name does not swallow 'làm thủ tục'
    roles = roles_in_sentence("Đề nghị Trung tâm Y tế huyện làm thủ tục điều chỉnh giấy phép hoạt động.", GAZ)
    assert [r.office for r in roles] == ["Trung tâm Y tế huyện"]


# a social insurance letter: an example worked out in '+' lines, a reply's reasoning from the law
EXAMPLES = """BẢO HIỂM XÃ HỘI VIỆT NAM
Số: 512/BHXH-CSYT
V/v thanh toán chi phí khám chữa bệnh
Hà Nội, ngày 10 tháng 3 năm 2022
Kính gửi: Bảo hiểm xã hội các tỉnh, thành phố.
1. Thanh toán chi phí khi thẻ hết hạn:
- Bảo hiểm xã hội các tỉnh thanh toán theo mức hưởng của thẻ cũ đến hết ngày thẻ mới có giá trị.
- Ví dụ: Người bệnh có thẻ mã HN2 vào viện ngày 20 tháng 12 năm 2021. Đến ngày 15 tháng 01 năm 2022 người bệnh ra viện, chi phí được thanh toán như sau:
+ Chi phí phát sinh đến hết ngày 31 tháng 12 năm 2021: thanh toán theo thẻ HN2;
+ Chi phí phát sinh từ ngày 01 tháng 01 năm 2022: thanh toán theo thẻ mới.
- Bảo hiểm xã hội các tỉnh báo cáo kết quả thanh toán trước ngày 15/4/2022.
2. Về hợp đồng khám chữa bệnh:
Căn cứ vào khoản 2 Điều 24 Luật Bảo hiểm y tế thì hợp đồng khám chữa bệnh có thời hạn 01 năm.
Quyền và nghĩa vụ của cơ sở khám chữa bệnh được quy định tại Điều 42 Luật Bảo hiểm y tế.
KT. TỔNG GIÁM ĐỐC
PHÓ TỔNG GIÁM ĐỐC
Nguyễn Đức Hòa"""


def test_an_example_and_its_lines_are_no_tasks():
    tasks = process(EXAMPLES).tasks
    assert not any(t.text.startswith(("Ví dụ", "Đến ngày 15", "Chi phí phát sinh")) for t in tasks)
    # the bullet after the example, of the example's own mark, is a duty again
    t = find(tasks, "Bảo hiểm xã hội các tỉnh báo cáo")
    assert str(t.deadline) == "2022-04-15"
    assert find(tasks, "Bảo hiểm xã hội các tỉnh thanh toán").deadline is None


def test_reasoning_from_the_law_is_no_task():
    tasks = process(EXAMPLES).tasks
    assert not any(t.text.startswith(("Căn cứ vào khoản 2", "Quyền và nghĩa vụ")) for t in tasks)


def test_a_duty_restated_from_the_laws_just_cited_is_no_task():
    text = EXAMPLES.replace("Quyền và nghĩa vụ của cơ sở khám chữa bệnh được quy định tại Điều 42 Luật Bảo hiểm y tế.",
                            "Theo các quy định nói trên, cơ sở khám chữa bệnh có trách nhiệm ký hợp đồng hằng năm.")
    tasks = process(text).tasks
    assert not any(t.text.startswith("Theo các quy định nói trên") for t in tasks)


# a ministry's reply that quotes the provisions it explains (in italics, in quotation marks, with
# the articles' own numbering inside the quotation)
REPLY = """| BỘ CÔNG THƯƠNG -------  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  --------------- |
| --- | --- |
| Số: 1207/BCT-XNK *V/v thủ tục xuất khẩu gạo* | *Hà Nội, ngày 05 tháng 3 năm 2024* |
Kính gửi: Công ty TNHH Lương thực Miền Tây.
Bộ Công Thương nhận được Công văn số 15/2024/LTMT ngày 20/02/2024 của Công ty về giao dịch xuất khẩu gạo. Về vấn đề này, Bộ Công Thương có ý kiến như sau:
- Tại Điều 5 Nghị định số 107/2018/NĐ-CP quy định về điều kiện kinh doanh như sau:
*“Điều 5. Điều kiện kinh doanh xuất khẩu gạo*
*1. Thương nhân phải có kho chứa phù hợp với quy chuẩn.*
*2. Thương nhân phải có cơ sở xay, xát thóc, gạo.”*
Căn cứ quy định nêu trên, đề nghị Công ty đối chiếu điều kiện của mình để thực hiện.
Bộ Công Thương trả lời để Công ty biết./.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Phan Thị Thắng"""


def test_quoted_provisions_and_the_letter_answered_are_no_tasks():
    tasks = process(REPLY).tasks
    texts = [t.text for t in tasks]
    assert not any(x.startswith(("Thương nhân phải", "Điều kiện kinh doanh", "Bộ Công Thương nhận được")) for x in texts), texts
    # what the reply does ask stays a task
    t = find(tasks, "Căn cứ quy định nêu trên, đề nghị Công ty")
    assert offices(t) == ["Công ty"] or offices(t) == []


def test_giao_dich_is_no_directive_cue():
    from pipeline.extract.tasks import DIRECTIVE_CUE_RE
    assert not DIRECTIVE_CUE_RE.search("Công ty thực hiện giao dịch chuyển nhượng tín chỉ.")
    assert not DIRECTIVE_CUE_RE.search("bảo đảm trật tự an toàn giao thông")
    assert DIRECTIVE_CUE_RE.search("Giao Sở Y tế chủ trì thực hiện.")


# a ministry's letter posted without its header: background set against what was done, a shortfall
# reported, items naming their bodies by topic or as the owner of what is sent, contact lines
POSTED = """Kính gửi: Các Sở Lao động - Thương binh và Xã hội

Từ năm 2018, theo hướng dẫn của Bộ, các Sở phải gửi báo cáo tình hình lao động nước ngoài về Bộ sau mỗi quý. Tuy nhiên đến nay còn một số Sở chưa gửi báo cáo năm 2019.

Để việc tổng hợp được đầy đủ, Bộ Lao động - Thương binh và Xã hội yêu cầu:

1. Trong quý III, nhiều doanh nghiệp đã tuyển lao động nước ngoài nhưng một số Sở chưa cập nhật vào cơ sở dữ liệu. Các Sở cập nhật đầy đủ dữ liệu trước ngày 15/10/2020.

2. Đối với các Sở chưa gửi báo cáo năm 2019, đề nghị gửi bổ sung trong tháng 10/2020.

3. Những vướng mắc chưa giải quyết được gửi về Cục Việc làm theo địa chỉ:

+ Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội.

+ Điện thoại: 024.38269548; Email: cucvieclam@molisa.gov.vn

Báo cáo của các Sở gửi về Cục Việc làm qua hệ thống điện tử. Điện thoại liên hệ 024 38269548."""


def test_posted_ministry_letter():
    doc = process(POSTED)
    assert doc.header.issuer == "Bộ Lao động - Thương binh và Xã hội"
    texts = [t.text for t in doc.tasks]
    # background against 'Tuy nhiên', a shortfall reported, address and contact lines: no tasks
    for start in ("Từ năm 2018", "Trong quý III", "Số 12 Ngô Quyền", "Điện thoại"):
        assert not any(x.startswith(start) for x in texts), (start, texts)
    t = find(doc.tasks, "Các Sở cập nhật")
    assert str(t.deadline) == "2020-10-15"
    t = find(doc.tasks, "Đối với các Sở chưa gửi báo cáo")
    assert offices(t) == ["Các Sở chưa gửi báo cáo năm 2019"], offices(t)
    t = find(doc.tasks, "Báo cáo của các Sở gửi về Cục Việc làm")
    assert offices(t) and offices(t)[0].casefold().endswith("sở"), offices(t)
