"""False tasks measure17 named on its standing set (session 17, tasks18, issue 5).

(9) A meeting or visit led, named by the noun use of 'chỉ đạo' after the event ('Phó Chủ tịch UBND huyện
X vừa chủ trì buổi làm việc chỉ đạo xử lý vi phạm đất đai ...', 'đã có buổi làm việc, chỉ đạo công tác
...'): the event directing a field of work, told as news, directs no one; 'chỉ đạo các sở ...' (an
addressee) or another ask in the sentence keeps it a request (`tasks.meeting_led`).

(10) A person's explanation a press item quotes ('Theo ông X, ... phải ... vì ...', '"Người dân phải ..."
- ông X cho biết', 'Ông X, Vụ trưởng ..., cho biết ... phải ...'): 'phải' or 'cần' inside reasoning
obliges no one; an asking verb, or a leader's quote with 'nhấn mạnh', stays a request
(`furniture.reported_reasoning`).

(11) Opinions retold at a hearing, a dialogue or a meeting with voters ('Các ý kiến tập trung vào ...,
đề nghị cấp trên ...', 'Cử tri xã X kiến nghị ...', 'Các vị đại biểu quan tâm đến ..., cần xử lý ...')
report what was asked of the authorities (`tasks.opinions_retold`); an event named with no comma before
its audience ('Tại hội nghị quý đại biểu được nghe ...') is an event report (`tasks.MEETING_SAID_RE`),
and a line with no subject right after such a report in its paragraph goes on telling it."""
from __future__ import annotations

import pytest

from conftest import process_text
from pipeline.extract.furniture import reported_reasoning
from pipeline.extract.tasks import meeting_led, meeting_said, opinions_retold

LEAD = "Tin hoạt động\n\n"


def _texts(doc):
    return [t.text for t in doc.tasks]


# -- (9) a meeting led, 'chỉ đạo' as a noun -------------------------------------------------------------

@pytest.mark.parametrize("t", [
    "Phó Chủ tịch UBND huyện Lê Văn Nam vừa chủ trì buổi làm việc chỉ đạo xử lý vi phạm đất đai trên địa bàn.",
    "Chiều 12/3, Chủ tịch UBND tỉnh chủ trì buổi làm việc chỉ đạo công tác phòng, chống hạn hán vụ Đông Xuân.",
    "Sáng 5/6, lãnh đạo UBND thành phố đã có buổi làm việc, chỉ đạo công tác giải phóng mặt bằng dự án cầu Hòa Bình.",
    "Đồng chí Bí thư Huyện ủy đã có buổi kiểm tra, chỉ đạo việc khắc phục hậu quả mưa lũ tại xã Tân Lập.",
    "Giám đốc Sở Y tế vừa có chuyến công tác chỉ đạo về phòng, chống dịch sốt xuất huyết tại huyện Mỹ Tú.",
])
def test_a_meeting_led_is_news(tmp_path, t):
    assert meeting_led(t)
    doc = process_text(tmp_path, LEAD + t + "\n")
    assert not _texts(doc), _texts(doc)


@pytest.mark.parametrize("t", [
    "Chủ tịch UBND tỉnh chủ trì buổi làm việc, chỉ đạo các sở khẩn trương tháo gỡ vướng mắc.",
    "Phó Chủ tịch UBND huyện vừa chủ trì buổi làm việc chỉ đạo xử lý vi phạm đất đai, yêu cầu UBND các xã rà soát "
    "toàn bộ các trường hợp.",
    "UBND huyện cần tổ chức buổi làm việc chỉ đạo công tác thu ngân sách tại các xã.",
])
def test_an_addressee_or_an_ask_stays_a_request(tmp_path, t):
    assert not meeting_led(t)
    doc = process_text(tmp_path, LEAD + t + "\n")
    assert _texts(doc), t


# -- (10) a person's quoted reasoning ------------------------------------------------------------------

@pytest.mark.parametrize("t", [
    "Theo ông Nguyễn Văn Bình, Giám đốc Sở Nông nghiệp, người dân phải gieo sạ tập trung vì rầy nâu đang phát triển mạnh.",
    "Theo bà Hoa, các hộ chăn nuôi phải tiêm phòng đủ hai mũi vì dịch dễ tái phát khi trời lạnh.",
    "\"Người dân phải chủ động tích trữ nước ngay từ bây giờ\" - ông Trần Minh cho biết.",
    "“Các trường cần bố trí thêm giờ học vì chương trình mới nặng hơn”, bà Lan, Hiệu trưởng nhà trường chia sẻ.",
    "Ông Lê Hùng, Vụ trưởng Vụ Giáo dục, hồi tháng 1 cho biết các quy định này nhằm tránh tình trạng học sinh vẫn "
    "phải học thêm ngoài giờ.",
    "Bà Trần Thị Mai, Phó Giám đốc Bảo hiểm xã hội tỉnh giải thích, người lao động phải đóng đủ 20 năm mới được hưởng lương hưu.",
])
def test_a_persons_reasoning_is_no_ask(tmp_path, t):
    assert reported_reasoning(t)
    doc = process_text(tmp_path, LEAD + t + "\n")
    assert not _texts(doc), _texts(doc)


@pytest.mark.parametrize("t", [
    "Ông Nguyễn Văn A, Giám đốc Sở Y tế cho biết sẽ yêu cầu các bệnh viện rà soát lại quy trình.",
    "\"Các địa phương phải hoàn thành trước ngày 30/6\", Chủ tịch UBND tỉnh nhấn mạnh.",
    "Theo ông Bình, Sở đã đề nghị UBND các huyện kiểm tra toàn bộ các cơ sở.",
    "Theo Kế hoạch, các xã phải hoàn thành việc rà soát trước ngày 15/7.",
])
def test_an_ask_or_a_leaders_order_is_no_reasoning(tmp_path, t):
    assert not reported_reasoning(t)


# -- (11) opinions retold, an event named without a comma, the line after it ------------------------------

@pytest.mark.parametrize("t", [
    "Các ý kiến tập trung vào phát triển sản xuất, giải phóng mặt bằng, đề nghị cấp trên quan tâm đến việc cấp "
    "giấy chứng nhận quyền sử dụng đất.",
    "Cử tri xã Phú Sơn kiến nghị giải quyết dứt điểm các vụ việc vi phạm trong quản lý đất đai.",
    "Nhiều cử tri và nhân dân kiến nghị Quốc hội, Chính phủ tiếp tục có giải pháp hỗ trợ ngư dân.",
    "Các vị đại biểu quan tâm đến việc san lấp mặt bằng trái phép, cần xử lý tình trạng xe chở đất gây hư hỏng đường.",
    "Tại hội nghị, cử tri đề nghị làm rõ nguyên nhân của sự chậm trễ trong thực hiện hỗ trợ đồng bào.",
    "Bên cạnh đó, người dân cũng phản ánh tình trạng ô nhiễm từ các cơ sở chăn nuôi, đề nghị xử lý nghiêm.",
])
def test_opinions_retold_direct_no_one(tmp_path, t):
    assert opinions_retold(t)
    doc = process_text(tmp_path, LEAD + t + "\n")
    assert not _texts(doc), _texts(doc)


@pytest.mark.parametrize("t", [
    "Người dân cần chủ động phòng tránh, đề nghị chính quyền hỗ trợ.",
    "Cử tri kiến nghị nhiều vấn đề, Chủ tịch UBND xã yêu cầu các ban ngành giải quyết dứt điểm.",
    "Đề nghị UBND huyện xem xét giải quyết dứt điểm kiến nghị của cử tri.",
    "Tại buổi làm việc, các đại biểu thống nhất, đề nghị UBND xã khẩn trương hoàn thiện hồ sơ.",
])
def test_a_duty_of_the_people_or_an_answer_is_no_opinion(t):
    assert not opinions_retold(t)


@pytest.mark.parametrize("t", [
    "Tại hội nghị quý đại biểu được nghe ông Nguyễn Văn Hiếu phát biểu khai mạc, nêu mục đích, yêu cầu của phiên giải trình.",
    "Tại buổi tiếp xúc các đại biểu đã thông tin kết quả kỳ họp thứ 7.",
    "Cũng tại hội nghị này đồng chí Chủ tịch UBND xã giải trình các câu hỏi của đại biểu.",
])
def test_an_event_named_without_a_comma(tmp_path, t):
    assert meeting_said(t)
    doc = process_text(tmp_path, LEAD + t + "\n")
    assert not _texts(doc), _texts(doc)


def test_the_line_with_no_subject_after_an_event_report(tmp_path):
    text = (LEAD + "Cũng tại hội nghị này quý đại biểu được nghe Chủ tịch UBND xã giải trình các câu hỏi của đại biểu. "
            "Tập trung làm rõ một số nội dung mà các đại biểu quan tâm.\n")
    assert not _texts(process_text(tmp_path, text))
    text = (LEAD + "Tại buổi làm việc, các đại biểu đã thảo luận các nội dung. "
            "Đề nghị UBND xã khẩn trương hoàn thiện hồ sơ.\n")
    assert any(x.startswith("Đề nghị UBND xã") for x in _texts(process_text(tmp_path, text)))


@pytest.mark.parametrize("t", [
    "Dự chỉ đạo cuộc họp có đồng chí Nguyễn Văn Hải, Chủ tịch UBND huyện; đồng chí Lê Thị Nga, Phó chủ tịch HĐND huyện.",
    "Dự và chỉ đạo cuộc họp có các đồng chí: Nguyễn Văn Sang, Bí thư Tỉnh ủy; Chẩu Văn Lâm, Chủ tịch UBND tỉnh.",
    "Tham dự và chỉ đạo hội nghị có đồng chí Phó Chủ tịch UBND tỉnh Trần Văn Minh.",
])
def test_who_attended_and_directed_a_meeting(tmp_path, t):
    doc = process_text(tmp_path, LEAD + "Ngày 14/7, UBND huyện tổ chức họp thường kỳ tháng 7. " + t + "\n")
    assert not _texts(doc), _texts(doc)


def test_attending_with_an_ask_stays_a_request(tmp_path):
    t = "Đề nghị các đồng chí dự và chỉ đạo các cơ sở khẩn trương triển khai kế hoạch."
    assert _texts(process_text(tmp_path, LEAD + t + "\n"))
