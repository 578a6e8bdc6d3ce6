"""Subjectless further points of a request in a news retelling (session 14 round 2, follow15, issue 5).

After the sentence of a press or portal item that names who a letter asks ('UBND tỉnh yêu cầu các
sở, ngành, địa phương ...'), the next sentences carry more points with no subject: on a discourse
marker and its verb ('Trong đó, ưu tiên ...', 'Cụ thể, tổ chức ...', 'Đồng thời, công khai ...',
'Ngoài ra, tăng cường ...'), or as a paragraph on its verb after a photo caption ('Tiếp tục triển
khai ...', 'Đảm bảo lực lượng trực ...'); a time frame of its own ('Thời gian thực hiện từ ngày ...
đến ...') bounds the request around it.  The openers and verbs below are the wordings counted in
our texts (Lâm Đồng's sand-mining letter, a labour paper's food-safety item, a law paper's item on
propaganda, a district portal's holiday-security item, a Government action programme, the brief's
unseen classes), set in sentences written here.  A count or a report after the marker ('Trong đó,
có 5 xã ...', 'Ngoài ra, nhiều công trình đã ...') stays narrative."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import process_text, responsible

LEAD = ("Tăng cường các biện pháp cấp bách\n\n"
        "Ngày 12/6/2023, UBND tỉnh có Công văn số 1520/UBND-VX về việc triển khai các biện pháp cấp bách. "
        "Theo đó, UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung triển khai quyết liệt các biện pháp đã đề ra. ")


def _texts(doc):
    return [t.text for t in doc.tasks]


def _folded(names):
    return sorted(n.casefold() for n in names)


@pytest.mark.parametrize("point", [
    "Trong đó, ưu tiên xử lý triệt để các điểm nóng mới phát sinh.",
    "Cụ thể, tổ chức kiểm tra đột xuất tại các khu vực trọng điểm.",
    "Đồng thời, công khai số điện thoại đường dây nóng để người dân phản ánh.",
    "Ngoài ra, tăng cường tuyên truyền để người dân chủ động phòng tránh.",
    "Đồng thời, tiếp tục tham mưu cho Ban Chỉ đạo liên ngành của tỉnh về công tác này.",
    "Trong đó, tập trung phát hiện và xử lý nghiêm các trường hợp vi phạm.",
    "Mặt khác, chủ động bố trí kinh phí để thực hiện.",
])
def test_a_marker_and_its_verb_after_the_request_is_one_more_point_of_it(tmp_path, point):
    doc = process_text(tmp_path, LEAD + point + "\n")
    start = point[:20]
    assert any(t.startswith(start) for t in _texts(doc)), _texts(doc)
    assert _folded(responsible(doc, start)) == ["các sở, ngành, địa phương"]


def test_several_points_in_a_row_keep_the_addressee(tmp_path):
    doc = process_text(tmp_path, LEAD + "Trong đó, ưu tiên xử lý các ổ dịch mới. Cụ thể, tổ chức chiến dịch diệt "
                                        "lăng quăng tại các xã có ca bệnh. Ngoài ra, tăng cường tuyên truyền trên loa truyền thanh.\n")
    for start in ("Trong đó, ưu tiên", "Cụ thể, tổ chức", "Ngoài ra, tăng cường"):
        assert _folded(responsible(doc, start)) == ["các sở, ngành, địa phương"]


@pytest.mark.parametrize("caption", [
    "Ảnh minh họa: Mưa lớn gây ngập úng tại nhiều khu dân cư.",
    "Ảnh: Lực lượng chức năng kiểm tra tại hiện trường",
    "Quang cảnh cuộc họp trực tuyến với các địa phương",
])
@pytest.mark.parametrize("para", [
    "Tiếp tục triển khai phương án sơ tán dân tại các khu vực xung yếu.",
    "Đảm bảo lực lượng trực 24/24 giờ trong suốt thời gian mưa lũ.",
    "Kịp thời báo cáo những vấn đề phức tạp, đột xuất phát sinh về UBND huyện.",
])
def test_a_photo_caption_does_not_break_the_span(tmp_path, caption, para):
    text = ("Chủ động ứng phó với mưa lớn\n\nChủ tịch UBND huyện vừa ký Công văn yêu cầu Trưởng các phòng, ban "
            "chuyên môn chủ động triển khai các biện pháp ứng phó với mưa lớn.\n\n" + caption + "\n\n" + para + "\n")
    doc = process_text(tmp_path, text)
    assert any(t.startswith(para[:20]) for t in _texts(doc)), _texts(doc)
    assert responsible(doc, para[:20]), _texts(doc)


@pytest.mark.parametrize("frame, due", [
    ("Thời gian thực hiện từ ngày 05/3/2024 đến ngày 20/3/2024.", dt.date(2024, 3, 20)),
    ("Thời gian thực hiện từ ngày 01/6/2024 đến hết ngày 30/6/2024.", dt.date(2024, 6, 30)),
])
@pytest.mark.parametrize("point", [
    "Đồng thời, vận động người dân tham gia thu gom rác thải tại khu dân cư.",
    "Cụ thể, tổ chức ra quân dọn dẹp các tuyến đường chính.",
])
def test_a_time_frame_of_its_own_bounds_the_requests_points(tmp_path, frame, due, point):
    doc = process_text(tmp_path, "UBND thành phố yêu cầu UBND các phường, xã tổ chức ra quân tổng vệ sinh môi trường "
                                 "trên địa bàn. " + frame + " " + point + "\n")
    hit = [t for t in doc.tasks if t.text.startswith(point[:20])]
    assert hit and hit[0].deadline == due
    assert _folded(responsible(doc, point[:20])) == ["ubnd các phường, xã"]


def test_two_time_frames_give_no_date_to_a_point_after_both(tmp_path):
    doc = process_text(tmp_path, "UBND thành phố yêu cầu UBND các phường, xã tổ chức ra quân tổng vệ sinh môi trường "
                                 "trên địa bàn. Thời gian thực hiện từ ngày 05/3/2024 đến ngày 20/3/2024. "
                                 "Đồng thời, vận động người dân tham gia thu gom rác thải. "
                                 "Thời gian thực hiện từ ngày 01/4/2024 đến ngày 10/4/2024. "
                                 "Ngoài ra, tăng cường kiểm tra việc đổ rác không đúng nơi quy định.\n")
    hit = [t for t in doc.tasks if t.text.startswith("Ngoài ra, tăng cường")]
    assert hit and hit[0].deadline is None


@pytest.mark.parametrize("follow", [
    "Trong đó, có 5 xã chưa hoàn thành việc gia cố đê bao.",
    "Ngoài ra, nhiều công trình đã xuống cấp nghiêm trọng.",
    "Trong đó, chỉ tiêu về trồng rừng đạt 95% kế hoạch.",
    "Cụ thể, năm qua đã tổ chức 12 đợt kiểm tra.",
])
def test_a_count_or_a_report_after_the_marker_stays_narrative(tmp_path, follow):
    doc = process_text(tmp_path, LEAD + follow + "\n")
    assert not any(t.startswith(follow[:15]) for t in _texts(doc)), _texts(doc)


def test_a_statement_between_ends_the_span(tmp_path):
    doc = process_text(tmp_path, "UBND tỉnh yêu cầu các sở, ngành rà soát các công trình thủy lợi.\n\n"
                                 "Năm 2023, toàn tỉnh có 120 công trình bị hư hỏng do mưa lũ.\n\n"
                                 "Trong đó, ưu tiên các công trình ở vùng cao.\n")
    assert not any(t.startswith("Trong đó, ưu tiên") for t in _texts(doc)), _texts(doc)
