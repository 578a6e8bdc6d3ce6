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
