"""deadline18: two deadline classes left open by deadline17 (issue 5).

- (a) a time line closing a list ('Thời gian hoàn thành: ...', 'Thời gian thực hiện: ...', 'Thời hạn: ...')
  covers every item of the list whose body comes only from the list's lead-in ('Sở X đề nghị các đơn vị
  thực hiện các nội dung sau:'), as it already covered items that name no body (gold 02's '- Cơ quan
  thực hiện / - Thời gian thực hiện' block after 3.1-3.4 covers all four); an item that names its own
  doer is still a duty of its own and keeps only its own date;
- (b) the day of a meeting a press lead reports ('Tại Hội nghị ... chiều 31/7, một số địa phương kiến
  nghị ...', 'Chiều 20/10, tại Hội nghị giao ban, Bộ trưởng yêu cầu ...') is no bound of the work asked
  there; a bound the ask sets keeps its date, and so do a schedule row ('Chiều 20/10: tổ chức ...') and a
  meeting still to come.
Invented wordings of the shapes counted in the development gold (ten meeting openings in ten documents,
all undated) and the pages corpus (weekly briefings, provincial sessions, Government meetings)."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.extract import extract
from pipeline.extract.tasks import find_references
from pipeline.extract.temporal import find_deadline
from pipeline.model import Document, Header, lines_from_text
from pipeline.structure import structure


def _tasks(body: str, issued: dt.date = dt.date(2025, 6, 10)):
    doc = Document(doc_id="t", lines=lines_from_text(body))
    config = Config(ocr=False)
    doc = structure(doc, config)
    doc.header = doc.header or Header()
    doc.header.date = issued
    return extract(doc, config).tasks


def _due(text, year=2025, issued=dt.date(2025, 6, 10)):
    masks = [(a, e) for a, e, *_ in find_references(text)]
    dl = find_deadline(text, year, masks, issued=issued)
    return dl.date if dl else None


# ---- (a) a time line closing a list under a lead-in

@pytest.mark.parametrize("lead, items, line, due", [
    ("Sở Y tế đề nghị các đơn vị thực hiện các nội dung sau:",
     ["1. Rà soát danh mục thuốc thiết yếu tại đơn vị.", "2. Bố trí kinh phí mua sắm bổ sung."],
     "Thời gian thực hiện: trước ngày 30/9/2025.", dt.date(2025, 9, 30)),
    ("UBND huyện yêu cầu UBND các xã, thị trấn triển khai một số việc sau:",
     ["a) Kiểm tra, thống kê các hộ có nhà ở bị hư hỏng.", "b) Lập danh sách đề nghị hỗ trợ gửi Phòng Kinh tế.",
      "c) Vận động các hộ tham gia sửa chữa, chằng chống nhà cửa."],
     "Thời hạn: trong tháng 8/2025.", dt.date(2025, 8, 31)),
    ("Để kịp thời phục vụ năm học mới, Sở Giáo dục và Đào tạo đề nghị các trường học thực hiện:",
     ["- Sửa chữa phòng học, bàn ghế bị xuống cấp.", "- Vệ sinh khuôn viên trường lớp."],
     "- Thời gian hoàn thành: chậm nhất ngày 25/8/2025.", dt.date(2025, 8, 25)),
])
def test_a_time_line_after_a_list_covers_the_items_the_lead_in_addresses(lead, items, line, due):
    tasks = _tasks("\n".join(["II. NỘI DUNG", lead, *items, line]))
    listed = [t for t in tasks if any(t.text.strip() in i for i in items)]
    assert len(listed) == len(items)
    assert all(t.deadline == due for t in listed)


def test_an_item_with_its_own_doer_keeps_only_its_own_date():
    tasks = _tasks("II. NHIỆM VỤ\n1. Sở Y tế chủ trì rà soát danh mục thuốc thiết yếu.\n"
                   "2. Sở Tài chính bố trí kinh phí thực hiện.\nThời gian hoàn thành: trước ngày 30/9/2025.")
    assert [t.deadline for t in tasks] == [None, dt.date(2025, 9, 30)]


def test_an_item_with_a_date_of_its_own_keeps_it():
    tasks = _tasks("II. NỘI DUNG\nUBND huyện đề nghị các phòng, ban thực hiện các nội dung sau:\n"
                   "1. Báo cáo kết quả rà soát trước ngày 15/7/2025.\n2. Hoàn thiện hồ sơ đề nghị hỗ trợ.\n"
                   "Thời gian thực hiện: trong tháng 8/2025.")
    assert [t.deadline for t in tasks] == [dt.date(2025, 7, 15), dt.date(2025, 8, 31)]


# ---- (b) a meeting's dateline in a press lead

@pytest.mark.parametrize("text", [
    "Tại Hội nghị trực tuyến giữa Bộ Giáo dục và Đào tạo với các địa phương chiều 31/7, một số địa phương kiến nghị: Lùi lịch thi nếu tình hình dịch bệnh diễn biến phức tạp.",
    "Tại cuộc họp chiều 5/9, Phó Thủ tướng yêu cầu các bộ, ngành khẩn trương hoàn thiện hồ sơ dự án.",
    "Chiều 20/10, tại Hội nghị giao ban, Bộ trưởng Bộ Y tế yêu cầu các bệnh viện tăng cường phòng chống dịch.",
    "Tại giao ban tuần ngày 09/11/2025, đồng chí Bí thư Tỉnh ủy chỉ đạo: Ủy ban nhân dân tỉnh tập trung chỉ đạo phòng chống lụt bão.",
    "Phát biểu tại Phiên họp thành viên UBND tỉnh sáng 4/11, Chủ tịch UBND tỉnh đề nghị các ngành, địa phương tập trung giải ngân vốn đầu tư công.",
    "Sáng 12/12, tại buổi làm việc với Sở Xây dựng, Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng đẩy nhanh tiến độ các dự án nhà ở xã hội.",
    "Kết luận tại cuộc họp sáng 18/8, Phó Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến mưa lũ.",
])
def test_a_meeting_day_in_a_press_lead_is_no_deadline(text):
    assert _due(text) is None


@pytest.mark.parametrize("text, due", [
    # the ask sets its own bound
    ("Tại Hội nghị chiều 31/7, Bộ trưởng yêu cầu các Sở báo cáo kết quả trước ngày 15/8.", dt.date(2025, 8, 15)),
    # a schedule's row opens on its day and its act
    ("Chiều 20/10: tổ chức kiểm tra công tác phòng cháy tại các chợ.", dt.date(2025, 10, 20)),
    ("- Sáng 22/9, kiểm tra công tác chuẩn bị tại các điểm thi.", dt.date(2025, 9, 22)),
])
def test_a_bound_or_a_schedule_row_keeps_its_date(text, due):
    assert _due(text) == due


# ---- a sentence of its own that times an activity, before the request to do it (measure14's named class)

@pytest.mark.parametrize("body, due", [
    ("Thực hiện kế hoạch về công tác tiêm phòng gia súc, gia cầm đợt 1/2025.\n"
     "Thời gian tiêm phòng được tiến hành từ ngày 10/3 – 10/5.\n"
     "UBND huyện yêu cầu UBND các xã, thị trấn khẩn trương triển khai công tác tiêm phòng đợt 1/2025 đảm bảo đạt tỷ lệ cao.",
     dt.date(2025, 5, 10)),
    ("II. NỘI DUNG\nThời gian vệ sinh tiêu độc khử trùng diễn ra từ ngày 01/4 đến ngày 30/4/2025.\n"
     "Đề nghị UBND các xã tổ chức vệ sinh tiêu độc khử trùng tại các chợ, khu chăn nuôi.", dt.date(2025, 4, 30)),
    ("II. NỘI DUNG\nThời gian ra quân từ ngày 15/7 – 15/8/2025.\n"
     "Đề nghị Đoàn Thanh niên các xã tổ chức ra quân dọn dẹp vệ sinh môi trường.", dt.date(2025, 8, 15)),
])
def test_a_sentence_timing_an_activity_dates_the_request_to_do_it(body, due):
    tasks = _tasks(body, dt.date(2025, 2, 20))
    assert tasks[-1].deadline == due


@pytest.mark.parametrize("body", [
    # a benefit's period is no bound of the work that lists its receivers
    "II. NỘI DUNG\nThời gian hỗ trợ từ ngày 01/7/2025 đến ngày 31/12/2025.\n"
    "UBND các xã rà soát, lập danh sách hộ được hỗ trợ gửi Phòng Kinh tế.",
    # a length, not a span of days
    "II. NỘI DUNG\nThời gian tập huấn từ 03 đến 05 ngày.\nĐề nghị các xã cử cán bộ tham gia tập huấn đầy đủ.",
    # a task that does something else
    "II. NỘI DUNG\nThời gian tiêm phòng được tiến hành từ ngày 10/3 – 10/5.\n"
    "Đề nghị UBND các xã kiểm tra việc buôn bán gia cầm tại các chợ.",
])
def test_a_timed_activity_does_not_date_other_work(body):
    tasks = _tasks(body, dt.date(2025, 2, 20))
    assert tasks[-1].deadline is None
