"""deadline17: dates that bound no work, in the register of central resolutions and in press items.

- the span of an effect: a rule or a power in force, a paper still valid, an exemption, up to a day
  ('có hiệu lực ... đến trước ngày', 'có giá trị ... cho đến hết ngày', 'Miễn ... đến trước ngày');
- an event moved, postponed or called off by its organiser or the issuer ('dời lịch ... sang ngày',
  'chuyển thời gian tổ chức ... sang ngày', 'lùi thời gian tổ chức ... đến ngày', 'thay cho lịch dự kiến
  ban đầu vào ngày', 'tạm hoãn ... ngày');
- a forecast's horizon ('Theo dự báo, đến hết năm 2025 ... sẽ tăng');
- 'Chương trình / Công trình / quy trình' is no 'trình' (submit) that makes a foretold event an agenda;
- 'trong những tháng tới', 'các tháng tới', 'trong 02 tháng tới' is no one coming month.
Each with the other side: work bound by the same words keeps its date. Invented wordings of the shapes
counted in the gazette corpus (validity spans: 66 sentences in 30 documents; 'Miễn ... đến trước ngày';
'có giá trị ... đến ngày': 9 in 5) and the pages corpus (concerts, festivals and congresses moved)."""
import datetime as dt

import pytest

from pipeline.extract.tasks import find_references
from pipeline.extract.temporal import find_deadline


def _due(text, year=2026):
    masks = [(a, e) for a, e, *_ in find_references(text)]
    dl = find_deadline(text, year, masks)
    return dl.date if dl else None


@pytest.mark.parametrize("text", [
    "Thẩm quyền giải quyết thủ tục hành chính được phân cấp tại Phụ lục I có hiệu lực sau 15 ngày kể từ ngày ký đến trước ngày 01 tháng 3 năm 2027.",
    "Các quy định tại Phụ lục II có hiệu lực đến trước ngày 01 tháng 3 năm 2027.",
    "Giấy chứng nhận đã cấp trước đây vẫn được sử dụng và có giá trị như giấy tờ chứng minh cho đến hết ngày 31 tháng 12 năm 2027.",
    "Thẻ đã cấp còn giá trị sử dụng đến hết ngày 30/6/2026.",
    "Miễn xuất trình giấy phép nhập khẩu đến trước ngày 31 tháng 12 năm 2026 đối với hàng hóa thuộc Danh mục cần kiểm soát đặc biệt.",
    "c) Miễn nộp bản sao giấy tờ đến hết ngày 31/12/2026 đối với hồ sơ nộp trực tuyến.",
    "Doanh nghiệp được miễn lệ phí cấp giấy phép đến hết ngày 30 tháng 6 năm 2027.",
])
def test_the_span_of_an_effect_is_no_deadline(text):
    assert _due(text) is None


@pytest.mark.parametrize("text,due", [
    ("Các bộ ban hành văn bản quy phạm pháp luật theo thẩm quyền, bảo đảm có hiệu lực trước ngày 01 tháng 3 năm 2027.", dt.date(2027, 3, 1)),
    ("Bộ Tư pháp rà soát các văn bản còn hiệu lực, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 6 năm 2026.", dt.date(2026, 6, 30)),
    ("Các địa phương hoàn thành việc miễn, giảm học phí cho học sinh trước ngày 30/9/2026.", dt.date(2026, 9, 30)),
    ("Rà soát các giấy phép còn giá trị, gửi Sở Công Thương chậm nhất đến hết ngày 15/7/2026.", dt.date(2026, 7, 15)),
])
def test_work_bound_next_to_an_effect_keeps_its_date(text, due):
    assert _due(text) == due


@pytest.mark.parametrize("text", [
    "Sau khi xem xét, ban tổ chức quyết định dời lịch biểu diễn sang 20h ngày 18/4/2026, thay cho lịch dự kiến ban đầu vào ngày 11/4/2026.",
    "Ban Tổ chức quyết định chuyển thời gian tổ chức Hội nghị sang ngày 15/7/2026.",
    "Sở Giáo dục và Đào tạo thông báo lùi thời gian tổ chức kỳ thi đến ngày 20/7/2026.",
    "UBND tỉnh quyết định hoãn Lễ hội đến ngày 30/8/2026 do ảnh hưởng của mưa bão.",
    "Xin thông báo tạm hoãn thời gian tổ chức đêm chung kết ngày 20/7.",
    "Ban Chỉ đạo quyết định điều chỉnh thời gian tổ chức giải đấu sang tháng 10/2026.",
])
def test_a_day_an_event_is_moved_to_or_from_is_no_deadline(text):
    assert _due(text) is None


@pytest.mark.parametrize("text,due", [
    ("Đề nghị các đơn vị lùi thời hạn nộp báo cáo đến hết ngày 20/7/2026.", dt.date(2026, 7, 20)),
    ("Do ảnh hưởng của bão, hạn gửi hồ sơ được chuyển sang trước ngày 25/8/2026.", dt.date(2026, 8, 25)),
    ("Các trường hoãn kỳ kiểm tra, hoàn thành việc chấm bài trước ngày 10/6/2026.", dt.date(2026, 6, 10)),
])
def test_a_moved_time_limit_of_work_keeps_its_date(text, due):
    assert _due(text) == due


@pytest.mark.parametrize("text,due", [
    ("Chuẩn bị nội dung làm việc với Sở Xây dựng và tổ chức khảo sát việc di dời nhà ven kênh rạch vào sáng ngày 31/7/2026.", dt.date(2026, 7, 31)),
    ("Các xã hoàn thành di dời các hộ dân ra khỏi vùng sạt lở trước ngày 15/8/2026.", dt.date(2026, 8, 15)),
    ("Đề nghị các đơn vị lùi thời hạn nộp hồ sơ, hoàn thành trước ngày 20/9/2026.", dt.date(2026, 9, 20)),
])
def test_relocating_is_no_event_moved(text, due):
    assert _due(text) == due


@pytest.mark.parametrize("text", [
    "Theo dự báo, đến hết năm 2026 tổng mức bán lẻ hàng hóa sẽ tăng khoảng 10%.",
    "Dự báo đến tháng 10/2026, nhu cầu điện sẽ tăng cao.",
    "Cơ quan khí tượng dự báo từ nay đến ngày 20/9/2026 mưa lớn còn kéo dài ở các tỉnh miền Trung.",
])
def test_a_forecast_horizon_is_no_deadline(text):
    assert _due(text) is None


@pytest.mark.parametrize("text,due", [
    ("Trung tâm Khí tượng thủy văn tỉnh cập nhật bản tin dự báo, báo cáo UBND tỉnh trước ngày 15/6/2026.", dt.date(2026, 6, 15)),
    ("Các sở xây dựng kịch bản dự báo tăng trưởng, gửi Sở Tài chính trước ngày 10/7/2026.", dt.date(2026, 7, 10)),
])
def test_work_on_a_forecast_keeps_its_date(text, due):
    assert _due(text) == due


@pytest.mark.parametrize("text", [
    "Chương trình dự kiến được tổ chức vào 20h ngày 20/7 tại quảng trường trung tâm.",
    "Công trình dự kiến sẽ khai mạc vào ngày 2/9/2026.",
])
def test_a_noun_holding_trinh_is_no_submission(text):
    assert _due(text) is None


def test_submitting_to_a_foretold_event_keeps_its_date():
    assert _due("Các sở chuẩn bị nội dung trình kỳ họp sẽ diễn ra vào ngày 20/12/2026.") == dt.date(2026, 12, 20)


@pytest.mark.parametrize("sentence", [
    "Đề nghị các xã tập trung chỉ đạo thu hoạch lúa trong những tháng tới, bảo đảm an ninh lương thực.",
    "Trong các tháng tới, đề nghị các thôn tiếp tục rà soát hộ nghèo.",
    "Yêu cầu các đơn vị duy trì kiểm tra thường xuyên trong 02 tháng tới.",
    "Đề nghị các thôn theo dõi sát diễn biến thời tiết trong vài tháng tới.",
])
def test_the_coming_months_are_no_one_month(tmp_path, sentence):
    from conftest import process_text, task_starting

    doc = process_text(tmp_path, "ỦY BAN NHÂN DÂN XÃ AN BÌNH\nSố: 21/TB-UBND\n"
                                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                                 "An Bình, ngày 20 tháng 5 năm 2026\n\nTHÔNG BÁO\nVề việc sản xuất vụ mùa\n\n" + sentence + "\n")
    assert task_starting(doc, sentence[:12]).deadline is None
    # the coming month, one, keeps its date (tests/test_extract_local11.py)
    doc = process_text(tmp_path, "ỦY BAN NHÂN DÂN XÃ AN BÌNH\nSố: 21/TB-UBND\n"
                                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                                 "An Bình, ngày 20 tháng 5 năm 2026\n\nTHÔNG BÁO\nVề việc sản xuất vụ mùa\n\n"
                                 "Đề nghị các thôn hoàn thành rà soát hộ nghèo trong tháng tới.\n")
    assert task_starting(doc, "Đề nghị các thôn").deadline == dt.date(2026, 6, 30)
