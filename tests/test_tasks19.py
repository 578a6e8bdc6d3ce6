"""What is and is not a task on new text (session 18, tasks19, issue 5).

(1) A picture's caption, known by the picture: the one-sentence paragraph right after a picture's file
name on its own line ('22.jpg', 'fab53784eb5691.jpg', 'IMG_2034.JPG') or right before its credit line
('Ảnh: Hữu Hoàn', '(Ảnh: TTXVN)') says what the picture shows and directs no one; one that asks stays a
task; the file name is no numbered item (`furniture.picture_caption`, `sentences.match_label`).

(2) A counterfactual ('Lẽ ra ... phải ...', 'Đáng lẽ ...', 'Nếu ... thì đã ...') reasons about what
should have been; its 'phải' obliges no one (`furniture.counterfactual`).

(3) A person's quote of several sentences closed by a telling frame ('"... . ... phải ...", ông X cho
biết.'): every piece the splitter cuts is reasoning; a leader's quote closed by 'nhấn mạnh' keeps each
ask inside it (`furniture.reasoning_quote_piece`).

(4) 'Cùng với đó, <verb> ...', 'Cùng với việc này, <verb> ...', 'Cùng với đó là <verb> ...': one more
point of the request before it, as 'Bên cạnh đó, <verb>' and 'Đồng thời, <verb>' were
(`tasks.SPAN_MARKER_RE`, `tasks.along_with_duty`).

(5) The issuer's own grant or consent told as decided ('Bộ Tài chính quyết định hỗ trợ ... số tiền
là ...', 'Thường trực Tỉnh ủy đồng ý chủ trương hỗ trợ ...') directs no one (ANNOTATION.md: a task
directs someone); a grant that goes on to ask someone stays a task (`furniture.own_grant`)."""
from __future__ import annotations

import pytest

from conftest import process_text
from pipeline.extract.furniture import counterfactual, own_grant, picture_caption, reasoning_quote_piece
from pipeline.extract.sentences import match_label
from pipeline.extract.tasks import along_with_duty

LEAD = "Tin hoạt động\n\n"
REQUEST = ("Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến thời tiết, "
           "thông tin kịp thời cho người dân.")


def _texts(doc):
    return [t.text for t in doc.tasks]


# -- (1) a picture's caption ------------------------------------------------------------------------------

CAPTIONS = [
    "Đồng chí Trần Văn An, Chủ tịch UBND xã cùng các cơ quan chức năng kiểm tra tình hình sạt lở tại các thôn.",
    "Lãnh đạo huyện kiểm tra công tác khắc phục hậu quả mưa lũ tại xã Tân Lập.",
    "Đoàn công tác của tỉnh thăm hỏi, động viên các hộ dân bị thiệt hại do bão.",
]


@pytest.mark.parametrize("name", ["22.jpg", "fab53784eb56910404c75ec008768624.jpg", "IMG_2034.JPG", "anh-1.png",
                                  "%image_alt%"])
@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_after_a_picture_file_name_is_no_task(tmp_path, name, caption):
    assert picture_caption(caption, name, None)
    doc = process_text(tmp_path, LEAD + REQUEST + "\n\n" + name + "\n\n" + caption + "\n")
    texts = _texts(doc)
    assert any(t.startswith("Chủ tịch UBND tỉnh yêu cầu") for t in texts), texts
    assert not any(t.startswith(caption[:20]) for t in texts), texts


@pytest.mark.parametrize("credit", ["Ảnh: Hữu Hoàn", "(Ảnh: TTXVN)", "Ảnh minh họa"])
@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_before_its_credit_line_is_no_task(tmp_path, credit, caption):
    assert picture_caption(caption, None, credit)
    doc = process_text(tmp_path, LEAD + REQUEST + "\n\n" + caption + "\n\n" + credit + "\n")
    assert not any(t.startswith(caption[:20]) for t in _texts(doc)), _texts(doc)


@pytest.mark.parametrize("caption", [
    "Đồng chí Chủ tịch UBND xã yêu cầu các thôn kịp thời tuyên truyền, vận động nhân dân chủ động phòng tránh.",
    "Đề nghị các đồng chí cấp ủy các thôn tập trung tuyên truyền, vận động nhân dân cày bừa giải phóng đất.",
    "Các hộ dân ven sông cần chủ động di dời tài sản đến nơi an toàn.",
])
def test_an_ask_after_a_picture_stays_a_task(tmp_path, caption):
    assert not picture_caption(caption, "11.jpg", None)
    doc = process_text(tmp_path, LEAD + "11.jpg\n\n" + caption + "\n")
    assert any(t.startswith(caption[:20]) for t in _texts(doc)), _texts(doc)


def test_no_picture_no_caption():
    assert not picture_caption(CAPTIONS[0], "Ngày 14/9, đoàn công tác đến xã.", None)
    assert not picture_caption(CAPTIONS[0], None, "Tin: Thanh Tâm, Hữu Hoàn, Thái Bình và các cộng tác viên.")


@pytest.mark.parametrize("line", ["22.jpg", "11.png", "3.JPEG", "444.jpg"])
def test_a_picture_file_name_is_no_item(line):
    assert match_label(line) is None
    assert match_label("2. Kiểm tra các hồ chứa.") is not None


# -- (2) a counterfactual -----------------------------------------------------------------------------------

@pytest.mark.parametrize("t", [
    "Lẽ ra người dân ít ra đường thì tai nạn giao thông phải giảm, nhưng nay lại tăng 10%.",
    "Đáng lẽ dự án phải hoàn thành từ năm 2020 nhưng đến nay vẫn còn dở dang.",
    "Đáng ra các hộ dân phải được hỗ trợ sớm hơn.",
    "Nếu các đơn vị chủ động ngay từ đầu thì đã không để xảy ra thiệt hại lớn như vậy.",
    "Theo ông Hùng, lẽ ra các xã phải báo cáo từ tháng trước.",
])
def test_a_counterfactual_is_no_task(tmp_path, t):
    assert counterfactual(t)
    doc = process_text(tmp_path, LEAD + t + "\n")
    assert not _texts(doc), _texts(doc)


@pytest.mark.parametrize("t", [
    "Nếu có khó khăn, vướng mắc thì báo cáo UBND tỉnh để xem xét, giải quyết.",
    "Lẽ ra các đơn vị phải báo cáo trước ngày 10/5, vì vậy đề nghị Sở Tài chính khẩn trương đôn đốc.",
    "Các xã phải báo cáo trước ngày 10/5/2024.",
])
def test_a_condition_or_an_ask_is_no_counterfactual(t):
    assert not counterfactual(t)


# -- (3) a quote of several sentences -------------------------------------------------------------------------

@pytest.mark.parametrize("quote,frame", [
    ("Năm nay mưa đến sớm hơn mọi năm. Người dân phải chủ động tích trữ nước, không nên chờ đợi",
     "ông Trần Minh, Giám đốc Trung tâm khí tượng cho biết."),
    ("Thời gian qua nhiều hộ đã chủ động gia cố nhà cửa. Bà con cần tiếp tục theo dõi thông tin dự báo",
     "bà Lan chia sẻ."),
    ("Giá vật tư tăng mạnh. Doanh nghiệp phải tính toán lại phương án. Các nhà thầu cần điều chỉnh tiến độ",
     "ông Nam nói."),
])
def test_each_piece_of_a_persons_quote_is_reasoning(tmp_path, quote, frame):
    para = '"' + quote + '", ' + frame
    last = quote.split(". ")[-1]
    assert reasoning_quote_piece(last + '", ' + frame, para)
    doc = process_text(tmp_path, LEAD + para + "\n")
    assert not _texts(doc), _texts(doc)


def test_a_leaders_quote_keeps_each_ask(tmp_path):
    para = ('"Tình hình mưa lũ còn diễn biến phức tạp. Các địa phương phải chủ động sơ tán dân ra khỏi vùng nguy '
            'hiểm. Sở Xây dựng kiểm tra ngay các công trình đang thi công", Chủ tịch UBND tỉnh nhấn mạnh.')
    doc = process_text(tmp_path, LEAD + para + "\n")
    texts = _texts(doc)
    assert any(t.startswith("Các địa phương phải") for t in texts), texts
    assert any(t.startswith("Sở Xây dựng kiểm tra") for t in texts), texts


def test_an_ask_inside_a_persons_quote_stays():
    para = '"Mưa còn kéo dài. Đề nghị các xã khẩn trương sơ tán dân", ông Nam cho biết.'
    assert not reasoning_quote_piece('Đề nghị các xã khẩn trương sơ tán dân", ông Nam cho biết.', para)


# -- (4) 'Cùng với đó, <verb>' ---------------------------------------------------------------------------------

@pytest.mark.parametrize("follow", [
    "Cùng với đó, tăng cường kiểm tra các hồ chứa, công trình thủy lợi.",
    "Cùng với đó, triển khai các biện pháp bảo đảm an toàn cho người dân vùng trũng thấp.",
    "Cùng với việc này, chủ động bố trí kinh phí cho công tác phòng chống thiên tai.",
    "Cùng với đó là đẩy mạnh công tác kiểm tra, giám sát việc chấp hành quy định.",
    "Cùng với đó, kịp thời báo cáo những vấn đề phát sinh vượt thẩm quyền.",
])
@pytest.mark.parametrize("joint", [" ", "\n\n"])
def test_along_with_a_verb_is_a_further_point(tmp_path, follow, joint):
    doc = process_text(tmp_path, LEAD + REQUEST + joint + follow + "\n")
    tasks = {t.text: t for t in doc.tasks}
    assert follow in tasks, list(tasks)
    assert any("Sở Nông nghiệp và Môi trường" in o.office for o in tasks[follow].offices), tasks[follow].offices


@pytest.mark.parametrize("follow", [
    "Cùng với đó là sự vào cuộc quyết liệt của cả hệ thống chính trị.",
    "Cùng với đó, nhiều hộ dân đã chủ động gia cố nhà cửa.",
    "Cùng với đó, đã có 120 hộ được hỗ trợ di dời.",
])
def test_along_with_a_statement_is_no_point(tmp_path, follow):
    doc = process_text(tmp_path, LEAD + REQUEST + "\n\n" + follow + "\n")
    assert follow not in _texts(doc), _texts(doc)


def test_along_with_is():
    assert along_with_duty("Cùng với đó là đẩy mạnh công tác kiểm tra.")
    assert along_with_duty("Cùng với việc này là tăng cường tuyên truyền.")
    assert not along_with_duty("Cùng với đó là sự vào cuộc của các cấp.")
    assert not along_with_duty("Bên cạnh đó là đẩy mạnh công tác kiểm tra.")


# -- (4b) a link opener before a speaker named with a comma ----------------------------------------------------

@pytest.mark.parametrize("t", [
    "Qua đó, đồng chí Nguyễn Văn An, Chủ tịch UBND huyện yêu cầu các xã tổng hợp, báo cáo về công tác phòng chống dịch.",
    "Bên cạnh đó, đồng chí Lê Văn Bình, Phó Chủ tịch UBND tỉnh đề nghị các sở tăng cường kiểm tra.",
    "Qua đó, Chủ tịch UBND huyện Trần Thị Hoa, cũng yêu cầu các địa phương được chọn tổng hợp, báo cáo kết quả.",
])
def test_an_ask_after_a_link_and_a_named_speaker(tmp_path, t):
    doc = process_text(tmp_path, LEAD + t + "\n")
    assert _texts(doc) == [t], _texts(doc)


@pytest.mark.parametrize("t", [
    "Qua đó, các địa phương đã triển khai, chỉ đạo các thôn thực hiện tốt công tác tuyên truyền.",
    "Qua đó, nhiều hộ dân đã hiểu rõ, yêu cầu của chính quyền được thực hiện nghiêm.",
])
def test_a_report_after_a_link_stays_a_report(tmp_path, t):
    doc = process_text(tmp_path, LEAD + t + "\n")
    assert not _texts(doc), _texts(doc)


# -- (5) the issuer's own grant ------------------------------------------------------------------------------

@pytest.mark.parametrize("t", [
    "Trên cơ sở đề nghị hỗ trợ của tỉnh Yên Bái, Bộ Tài chính quyết định hỗ trợ có mục tiêu từ ngân sách trung "
    "ương cho ngân sách tỉnh số tiền là 12 tỷ đồng, để tỉnh khôi phục sản xuất.",
    "Theo đó, Thường trực Tỉnh ủy đồng ý chủ trương hỗ trợ tỉnh Hà Tĩnh khắc phục hậu quả bão với số tiền 500 "
    "triệu đồng.",
    "Theo đó, thống nhất hỗ trợ tỉnh Quảng Ngãi 1 tỷ đồng để khắc phục hậu quả mưa lũ.",
    "UBND tỉnh quyết định cấp 200 tấn gạo cho các huyện miền núi để cứu đói dịp Tết.",
    "Ban Thường vụ Tỉnh ủy nhất trí chủ trương hỗ trợ mỗi hộ 10 triệu đồng để sửa chữa nhà ở.",
])
def test_an_own_grant_is_no_task(tmp_path, t):
    assert own_grant(t)
    doc = process_text(tmp_path, LEAD + t + "\n")
    assert not _texts(doc), _texts(doc)


@pytest.mark.parametrize("t", [
    "UBND tỉnh thống nhất chủ trương hỗ trợ các hộ dân bị thiệt hại, giao Sở Tài chính tham mưu bố trí kinh phí.",
    "Bộ Tài chính quyết định hỗ trợ 10 tỷ đồng và đề nghị UBND tỉnh sử dụng kinh phí đúng mục đích.",
    "Các sở, ngành cần thống nhất cấp phát kinh phí kịp thời cho các địa phương.",
    "UBND tỉnh đồng ý hỗ trợ 5 tỷ đồng; Sở Tài chính có trách nhiệm chuyển kinh phí trước ngày 30/6/2024.",
    # a procedure's step, a duty: the decision is the body's work, within a time limit
    "Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được thông báo của cơ sở, Ủy ban nhân dân cấp xã quyết định cho "
    "phép cơ sở hoạt động trở lại.",
    "Sau khi nhận được hồ sơ hợp lệ, muộn nhất 11 ngày làm việc, cơ quan có thẩm quyền xem xét, quyết định cho phép gia "
    "hạn thử nghiệm.",
    "Trong thời hạn 02 ngày làm việc, Chủ tịch Ủy ban nhân dân cấp tỉnh ban hành văn bản đồng ý cho phép sử dụng thẻ.",
    "Trong thời hạn 02 ngày làm việc kể từ ngày ban hành quyết định cho phép thành lập phân hiệu, Ủy ban nhân dân cấp "
    "tỉnh gửi quyết định đến Bộ.",
    "Ủy ban nhân dân cấp tỉnh, thành phố trực thuộc Trung ương trình Hội đồng nhân dân cùng cấp quyết định phân bổ kinh "
    "phí thực hiện chi trả học bổng.",
    "Sở Tài chính lập hồ sơ trình Ủy ban nhân dân cấp tỉnh xem xét, quyết định cho phép dự án được tiếp tục thực hiện.",
    # a power a regulation gives, no sum granted
    "Các Bộ, ngành, cơ quan trung ương quyết định phân bổ kinh phí học bổng chính sách cho các cơ sở giáo dục nghề "
    "nghiệp công lập trực thuộc theo chế độ quy định.",
])
def test_a_grant_with_an_ask_stays_a_request(t):
    assert not own_grant(t)
