"""header21: an Office's letter named by its symbol before the head whose opinion it conveys, a decision lead after an opening
clause, 'UBND TP' as a city's speaker, a body called 'đơn vị' after a reporting lead and a clause, a report that the situation
is unchanged after a letter (issue 5, header fields on new text; header20's AB classes).

Invented wordings, several per rule.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure


def _header(text: str):
    doc = Document(doc_id="t", lines=lines_from_text(text))
    structure(doc, Config())
    return doc.header


@pytest.mark.parametrize("text, doc_type, number, date, issuer", [
    # a Government Office letter, then the deputy prime minister whose opinion it conveys
    ("Lịch nghỉ lễ năm 2024\nChính phủ đã chốt phương án nghỉ lễ. Cụ thể, tại Văn bản số 1234/VPCP-KGVX, Phó Thủ tướng "
     "Trần Văn Bình có ý kiến đồng ý với đề nghị của Bộ Lao động - Thương binh và Xã hội.",
     "Công văn", "1234/VPCP-KGVX", None, "Văn phòng Chính phủ"),
    ("Theo Công văn số 567/VPCP-NN ngày 3/4/2023, Phó Thủ tướng Lê Văn Hải đã giao Bộ Nông nghiệp và Phát triển nông thôn "
     "chủ trì xử lý.", "Công văn", "567/VPCP-NN", dt.date(2023, 4, 3), "Văn phòng Chính phủ"),
    ("Tại văn bản số 88/VPCP-CN, Thủ tướng Chính phủ yêu cầu Bộ Giao thông vận tải khẩn trương kiểm tra.",
     "Công văn", "88/VPCP-CN", None, "Văn phòng Chính phủ"),
    # the committee's Office conveying its chairman's opinion
    ("Tại Văn bản số 404/VPUBND-NC, Chủ tịch UBND tỉnh Phú Yên đồng ý chủ trương tổ chức hội chợ.",
     "Công văn", "404/VPUBND-NC", None, "Văn phòng UBND tỉnh Phú Yên"),
])
def test_an_offices_letter_named_before_the_head_it_speaks_for(text, doc_type, number, date, issuer):
    h = _header(text)
    assert (h.doc_type, h.number, h.date, h.issuer) == (doc_type, number, date, issuer)
    assert h.signer is None


def test_an_office_symbol_before_another_speaker_gives_no_office():
    # (a ministry's symbol is no Office's: the rule leaves the sentence to the rules before it)
    h = _header("Tại Văn bản số 12/BYT-KCB, Phó Thủ tướng Trần Văn Bình có ý kiến đồng ý.")
    assert h.issuer != "Văn phòng Chính phủ"


@pytest.mark.parametrize("text, issuer", [
    ("Thành lập đoàn kiểm tra\nTrước thực tế số ca mắc tăng nhanh, Bộ Y tế đã quyết định thành lập 5 đoàn công tác.", "Bộ Y tế"),
    ("Để kịp thời ứng phó với bão, UBND tỉnh Quảng Ngãi vừa quyết định thành lập Sở chỉ huy tiền phương.", "UBND tỉnh Quảng Ngãi"),
    ("Nhằm chấn chỉnh tình trạng trên, Chủ tịch UBND huyện đã quyết định tạm đình chỉ công tác hai cán bộ.", "UBND huyện"),
    ("Do tình hình mưa lũ diễn biến phức tạp, nhiều tuyến đường bị chia cắt, UBND tỉnh Hà Giang đã quyết định tạm dừng các lễ hội.",
     "UBND tỉnh Hà Giang"),
])
def test_a_decision_lead_after_an_opening_clause(text, issuer):
    assert _header(text).issuer == issuer


@pytest.mark.parametrize("text", [
    "Cụ thể, UBND TP yêu cầu lực lượng công an mở đợt cao điểm tấn công tội phạm.",
    "UBND TP vừa có văn bản chỉ đạo các quận, huyện kiểm tra an toàn thực phẩm.",
    " date 2019-05 Theo đó, UBND TP đề nghị các sở, ngành tăng cường kiểm tra.",
])
def test_a_city_committee_named_by_tp_alone(text):
    assert _header(text).issuer == "UBND TP"


def test_tp_before_a_name_keeps_the_name():
    assert _header("UBND TP Cần Thơ yêu cầu các quận kiểm tra.").issuer == "UBND TP Cần Thơ"


@pytest.mark.parametrize("text, issuer", [
    ("Ngày 13/3, Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Bình cho biết, trước tình trạng vi phạm chưa được xử lý, "
     "đơn vị đã ban hành văn bản tăng cường quản lý.", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Bình"),
    ("Sở Giáo dục và Đào tạo tỉnh Long An cho hay, để bảo đảm an toàn cho học sinh, Sở đã có văn bản yêu cầu các trường tạm "
     "dừng hoạt động ngoại khóa.", "Sở Giáo dục và Đào tạo tỉnh Long An"),
    ("Bộ Y tế thông tin, trước diễn biến phức tạp của dịch sởi, Bộ vừa có công văn gửi các tỉnh đề nghị tăng cường tiêm chủng.",
     "Bộ Y tế"),
])
def test_a_body_called_by_a_word_for_it_after_a_clause(text, issuer):
    assert _header(text).issuer == issuer


@pytest.mark.parametrize("text, number", [
    ("Tình trạng chèo kéo khách diễn ra phức tạp tại bến phà. Ngày 5/3 vừa qua, UBND tỉnh Vĩnh Long có công văn 954 chỉ đạo "
     "chính quyền địa phương xử lý tình trạng này. Tuy nhiên đến nay đã hơn 1 tháng tình trạng này vẫn chưa được cải thiện.", "954"),
    ("Ngày 10/4/2024, UBND huyện có Công văn số 321/UBND-TNMT yêu cầu các xã xử lý lấn chiếm vỉa hè. Tuy nhiên, tới nay tình "
     "trạng lấn chiếm vẫn còn diễn ra tại nhiều tuyến đường.", "321/UBND-TNMT"),
])
def test_a_report_that_the_situation_is_unchanged_keeps_the_letter(text, number):
    h = _header(text)
    assert (h.doc_type, h.number) == ("Công văn", number)


def test_a_reminder_whose_body_asks_again_still_drops_the_retold_letter():
    h = _header("Ngày 10/4/2024, UBND huyện có Công văn số 321/UBND-TNMT yêu cầu các xã xử lý lấn chiếm. Tuy nhiên, đến nay tình "
                "trạng lấn chiếm vẫn chưa được xử lý. UBND huyện yêu cầu các xã khẩn trương thực hiện.")
    assert (h.doc_type, h.number, h.issuer) == (None, None, "UBND huyện")


@pytest.mark.parametrize("text, date", [
    ("Tăng cường phòng chống thiên tai\nThứ Tư, 15/03/2023\nVừa qua, UBND tỉnh đã ban hành Kế hoạch số 44/KH-UBND ngày 8/3 về "
     "phòng chống thiên tai.", dt.date(2023, 3, 8)),
    ("Cập nhật: 10/01/2024 09:15\nSở Y tế vừa có Công văn số 12/SYT-NVY, ngày 28-12, đề nghị các bệnh viện bảo đảm thuốc.",
     dt.date(2023, 12, 28)),
    ("Đăng ngày 20/05/2022\nUBND huyện đã có văn bản số 321/UBND-VP ban hành ngày 18/5 yêu cầu các xã kiểm tra.",
     dt.date(2022, 5, 18)),
])
def test_a_day_after_the_number_takes_the_pages_year(text, date):
    assert _header(text).date == date


def test_a_day_after_the_number_without_a_stamp_gives_no_date():
    assert _header("UBND tỉnh đã ban hành Kế hoạch số 44/KH-UBND ngày 8/3 về phòng chống thiên tai.").date is None


@pytest.mark.parametrize("text, issuer", [
    ("Ban Chỉ đạo Quốc gia đề nghị Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nghiêm túc chỉ đạo thực hiện.",
     "Ban Chỉ đạo Quốc gia"),
    ("Chiều nay bão đổ bộ\nBan chỉ đạo Trung ương về Phòng chống thiên tai yêu cầu các địa phương rà soát tàu thuyền.",
     "Ban chỉ đạo Trung ương về Phòng chống thiên tai"),
    ("Theo đó, Ban Chỉ đạo 389 tỉnh yêu cầu các lực lượng tăng cường kiểm tra hàng lậu.", "Ban Chỉ đạo 389 tỉnh"),
    ("Để thực hiện chiến dịch tiêm phòng đạt hiệu quả cao, Ban chỉ đạo phòng chống dịch động vật huyện đề nghị UBND các xã "
     "chỉ đạo thú y.", "Ban chỉ đạo phòng chống dịch động vật huyện"),
])
def test_a_steering_committee_as_the_speaker(text, issuer):
    assert _header(text).issuer == issuer


@pytest.mark.parametrize("text, doc_type", [
    ("Hỗ trợ kinh phí khắc phục thiên tai\nBộ Tài chính đã tạm ứng kinh phí cho tỉnh.\nTại công văn mới này, Bộ Tài chính yêu cầu "
     "UBND tỉnh khẩn trương thực hiện hỗ trợ.", "Công văn"),
    ("Tại chỉ thị vừa ban hành, Chủ tịch UBND tỉnh yêu cầu các sở tăng cường kỷ cương.", "Chỉ thị"),
])
def test_the_type_of_the_document_the_speaker_speaks_in(text, doc_type):
    assert _header(text).doc_type == doc_type


@pytest.mark.parametrize("text, doc_type, issuer", [
    # (written after header batch AC was measured: the day as the reported clause, the committee by its level)
    ("Sở Tài chính cho biết, ngày 12.3, đơn vị này vừa ban hành Công văn hướng dẫn các huyện quyết toán kinh phí.",
     "Công văn", "Sở Tài chính"),
    ("Sở Công Thương tỉnh Bình Định cho hay, sáng 5/6, Sở đã có văn bản đề nghị các doanh nghiệp bảo đảm nguồn hàng.",
     None, "Sở Công Thương tỉnh Bình Định"),
    ("Ngày 3/11, ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh Hà Nam cho biết, sau khi nhận được phản ánh, UBND tỉnh đã có công văn "
     "gửi các sở yêu cầu kiểm tra.", "Công văn", "UBND tỉnh Hà Nam"),
    ("Chiều 8/9, bà Lê Thị Hoa, Chủ tịch UBND huyện Đức Phổ cho biết, trước diễn biến của bão, UBND huyện đã có công điện gửi "
     "các xã.", "Công điện", "UBND huyện Đức Phổ"),
])
def test_a_reported_act_after_a_day_or_by_the_committees_level(text, doc_type, issuer):
    h = _header(text)
    assert (h.doc_type, h.issuer, h.signer) == (doc_type, issuer, None)
