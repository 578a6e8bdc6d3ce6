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
