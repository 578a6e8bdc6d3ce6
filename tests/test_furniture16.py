"""Page furniture, praise and state reports in press and portal items (furniture16, issue 5).

A photo caption, an address or hotline line, a chairman's praise and a report of how far the work
has got carry verbs of direction ('chỉ đạo', 'lưu ý ... cần', 'biểu dương', 'được giao') and direct
no one.  Each class is known by its own evidence (pipeline/extract/furniture.py): a caption by its
line's shape and position (printed twice, a title with 'Ảnh N', a speaker named at an event and
nothing more, a scene), an address by its street and numbers, praise and state reports by the
clause's head.  The wordings are those counted in the development gold, the gazette and the
`pages` corpus, set in sentences written here; the other side of each class (the real instruction
of the same shape) stays a task."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from conftest import process_text

LEAD = "Sáng 5/3/2024, UBND huyện tổ chức hội nghị triển khai nhiệm vụ sản xuất vụ xuân năm 2024.\n\n"
ASK = "Kết luận hội nghị, Chủ tịch UBND huyện yêu cầu các xã, thị trấn khẩn trương thu hoạch lúa vụ xuân."


def _texts(text):
    with tempfile.TemporaryDirectory() as d:
        return [t.text for t in process_text(Path(d), text).tasks]


def _has(texts, start):
    return any(t.startswith(start) for t in texts)


# -- captions -----------------------------------------------------------------------------------

@pytest.mark.parametrize("caption", [
    "Đồng chí Chủ tịch UBND huyện lưu ý một số nhiệm vụ trọng tâm cần tập trung thực hiện trong tháng 4.",
    "Đồng chí Bí thư Huyện ủy yêu cầu các xã đẩy nhanh tiến độ gieo cấy",
    "Phó Chủ tịch UBND tỉnh kiểm tra công tác phòng chống dịch tại xã Phước Tân. Ảnh: Minh Hà",
])
def test_a_caption_printed_twice_is_no_task(caption):
    texts = _texts(LEAD + caption + "\n\n" + caption + "\n\n" + ASK + "\n")
    assert not _has(texts, caption[:30])
    assert _has(texts, "Kết luận hội nghị")


def test_the_same_sentence_once_in_the_item_is_a_task():
    line = "Đồng chí Bí thư Huyện ủy yêu cầu các xã đẩy nhanh tiến độ gieo cấy trong tháng 3."
    assert _has(_texts(LEAD + line + "\n\n" + ASK + "\n"), line[:30])


@pytest.mark.parametrize("caption", [
    "Đồng chí Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị",
    "Đồng chí Bí thư Tỉnh ủy chỉ đạo tại buổi giao ban sáng 09/11/2018",
    "Các đại biểu tham gia ý kiến tại cuộc họp",
    "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBMTTQ Việt Nam tỉnh - Nguyễn Thị Thu Trinh phát biểu tại hội nghị",
    "Đồng chí Trịnh Bá Quân, Trưởng phòng Kinh tế tổng hợp phát biểu ý kiến tại Hội nghị",
    "Toàn cảnh hội nghị",
    "Quang cảnh buổi làm việc.",
    "Báo cáo sơ kết 05 năm thực hiện Chỉ thị số 41-CT/TW - Ảnh 1.",
])
def test_a_caption_line_is_no_task(caption):
    texts = _texts(LEAD + caption + "\n\n" + ASK + "\n")
    assert not _has(texts, caption[:25])
    assert _has(texts, "Kết luận hội nghị")


@pytest.mark.parametrize("sentence", [
    "Đồng chí Nguyễn Văn A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì và phát biểu chỉ đạo hội nghị.",
    "Đồng chí Phùng Thành B – Phó Bí thư, Chủ tịch UBND huyện kết luận hội nghị.",
])
def test_a_speaker_named_at_the_event_inside_a_paragraph_is_no_task(sentence):
    texts = _texts(LEAD.strip() + " " + sentence + "\n\n" + ASK + "\n")
    assert not _has(texts, sentence[:25])
    assert _has(texts, "Kết luận hội nghị")


@pytest.mark.parametrize("sentence", [
    "Đồng chí Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung chỉ đạo thu hoạch lúa.",
    "Phát biểu chỉ đạo tại hội nghị, đồng chí Chủ tịch UBND tỉnh yêu cầu các sở, ngành khẩn trương rà soát các dự án.",
    "Đồng chí Chủ tịch UBND huyện chỉ đạo các xã tổ chức ra quân làm thủy lợi tại các cánh đồng.",
])
def test_a_speakers_instruction_stays_a_task(sentence):
    assert _has(_texts(LEAD + sentence + "\n"), sentence[:25])


def test_a_schedule_entry_of_a_leader_at_a_meeting_stays_read():
    # a calendar's entry ('đồng chí ... dự hội nghị') is the leader's duty, no caption
    text = ("LỊCH CÔNG TÁC TUẦN\n\nThứ Hai (12/5/2025):\n"
            "- 7 giờ 30, đồng chí Bí thư Thành ủy dự Hội nghị tổng kết công tác tuyển quân năm 2025.\n"
            "- 14 giờ, đồng chí Phó Bí thư Thành ủy dự họp Ban Thường vụ Tỉnh ủy.\n")
    texts = _texts(text)
    assert len(texts) == 2


# -- address and hotline lines ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Cục Văn hóa cơ sở - số 51, Ngô Quyền, Hoàn Kiếm, Hà Nội",
    "Địa chỉ: số 12 Lê Lợi, phường 1, thành phố Tuy Hòa, tỉnh Phú Yên.",
    "Đường dây nóng: 0889.556.655 và 0889.557.755.",
    "Hòm thư điện tử: phongchongdich@hanoi.gov.vn",
])
def test_an_address_or_hotline_line_is_no_task(line):
    text = ("Sở Y tế đề nghị các đơn vị khẩn trương gửi báo cáo về Sở trước ngày 15/10/2024 theo địa chỉ:\n"
            + line + "\n")
    texts = _texts(text)
    assert not _has(texts, line[:20])
    assert _has(texts, "Sở Y tế đề nghị")


def test_a_duty_to_send_to_an_address_stays_a_task():
    line = "Các đơn vị gửi báo cáo về Sở Y tế, số 12 Lê Lợi, phường 1, thành phố Tuy Hòa trước ngày 15/10/2024."
    assert _has(_texts("Sở Y tế đề nghị các đơn vị thực hiện như sau:\n" + line + "\n"), line[:20])


# -- praise --------------------------------------------------------------------------------------

OPINION = "Sau khi nghe báo cáo, Chủ tịch UBND tỉnh có ý kiến như sau:\n"


@pytest.mark.parametrize("praise", [
    "1. Hoan nghênh sự cố gắng, nỗ lực cao của cả hệ thống chính trị trong công tác phòng, chống dịch.",
    "1. Biểu dương tinh thần trách nhiệm của lực lượng y tế và các địa phương trong thời gian qua.",
    "1. Đánh giá cao sự chủ động của Sở Nông nghiệp và Phát triển nông thôn trong chỉ đạo sản xuất.",
    "1. Ghi nhận và biểu dương những kết quả mà các huyện đã đạt được.",
])
def test_praise_in_an_opinion_list_is_no_task(praise):
    texts = _texts(OPINION + praise + "\n2. Yêu cầu Sở Y tế tiếp tục theo dõi chặt chẽ tình hình dịch bệnh.\n")
    assert not _has(texts, praise[3:30])
    assert _has(texts, "Yêu cầu Sở Y tế")


@pytest.mark.parametrize("praise", [
    "Đồng chí ghi nhận và đánh giá cao những thành quả mà lực lượng vũ trang tỉnh đã đạt được trong thời gian qua.",
    "Phó Chủ tịch UBND tỉnh biểu dương các lực lượng đã tham gia ứng cứu kịp thời.",
])
def test_a_speakers_praise_is_no_task(praise):
    texts = _texts(LEAD + praise + "\n\n" + ASK + "\n")
    assert not _has(texts, praise[:25])


@pytest.mark.parametrize("point", [
    "1. Biểu dương các đơn vị làm tốt, đồng thời đề nghị các địa phương tiếp tục duy trì lực lượng trực.",
    "1. Biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích trong phòng chống thiên tai.",
    "1. Ghi nhận, tổng hợp đầy đủ ý kiến của cử tri gửi về Thường trực HĐND tỉnh.",
])
def test_a_duty_that_opens_like_praise_stays_a_task(point):
    texts = _texts(OPINION + point + "\n2. Yêu cầu Sở Y tế tiếp tục theo dõi chặt chẽ tình hình dịch bệnh.\n")
    assert _has(texts, point[3:30])


# -- state reports -------------------------------------------------------------------------------

@pytest.mark.parametrize("state", [
    "Đến thời điểm này, công tác chuẩn bị cho các hoạt động kỷ niệm đang được khẩn trương triển khai.",
    "Hiện nay, các phương án bảo đảm an ninh trật tự đang được tích cực thực hiện.",
    "Đó là một trong những ý kiến chỉ đạo của ông Trần Văn C, Phó Chủ tịch UBND tỉnh tại cuộc họp ngày 27-6 với lãnh đạo các sở, ngành.",
    "Theo đó, đến thời điểm này, các sở, ngành, địa phương được giao nhiệm vụ phục vụ Đại hội như: công tác hậu cần, trang trí, tuyên truyền cơ bản chuẩn bị đúng tiến độ.",
])
def test_a_report_of_a_state_is_no_task(state):
    texts = _texts(LEAD + state + "\n\n" + ASK + "\n")
    assert not _has(texts, state[:25])
    assert _has(texts, "Kết luận hội nghị")


@pytest.mark.parametrize("sentence", [
    "Các dự án đang được triển khai cần được kiểm tra, giám sát chặt chẽ.",
    "Đó là yêu cầu của Giám đốc Sở Khoa học và Công nghệ yêu cầu các phòng, đơn vị phối hợp thực hiện tốt báo cáo cải cách hành chính.",
    "Các hạng mục đang được triển khai phải bảo đảm an toàn lao động và vệ sinh môi trường.",
])
def test_a_request_beside_a_state_stays_a_task(sentence):
    assert _has(_texts(LEAD + sentence + "\n"), sentence[:25])
