"""Session 16, branch header18: press and portal leads on unseen documents (issue 5).

Each rule with several invented wordings (never a batch's sentence): the Prime Minister as a lead's speaker, a
meeting's conclusion before the speaker, the office-holder in apposition, a type named without a number ('đề án'),
'<name> - <office>', one unnamed person named by two offices, the document's day after its number, a type named as a
later sentence's subject, the signer named later in the post, a 'KẾT LUẬN CỦA ...' page that calls itself a 'thông báo'.
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


@pytest.mark.parametrize("text", [
    "(GLO)- Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương tập trung khắc phục hậu quả mưa lũ.",
    "(PLO)- Thủ tướng yêu cầu các bộ, ngành rà soát các dự án chậm tiến độ trong tháng 6.",
    "Thủ tướng Phạm Minh Chính chỉ đạo Bộ Nội vụ khẩn trương hoàn thiện đề án sắp xếp đơn vị hành chính.",
    "Kết luận cuộc họp trực tuyến chiều 5/8 với các địa phương, Thủ tướng Nguyễn Văn An yêu cầu các tỉnh giữ vững giãn cách.",
    "Phát biểu tại phiên họp thường kỳ tháng 3, Thủ tướng chỉ đạo các bộ đẩy nhanh giải ngân vốn đầu tư công.",
])
def test_prime_minister_speaks_for_his_office(text):
    assert _header(text).issuer == "Thủ tướng Chính phủ"


@pytest.mark.parametrize("text", [
    "Phó Thủ tướng Trần Văn Bình yêu cầu các bộ báo cáo tình trạng thiếu cát.",
    "Phó Thủ tướng chỉ đạo Bộ Xây dựng rà soát quy hoạch vật liệu.",
])
def test_a_deputy_prime_minister_is_not_read_as_the_office(text):
    assert _header(text).issuer != "Thủ tướng Chính phủ"


@pytest.mark.parametrize("text, issuer", [
    ("Chủ tịch UBND TP Cần Thơ, ông Trần Văn Trường (Trưởng ban Chỉ đạo phòng chống dịch TP) đã yêu cầu các sở, ngành "
     "khẩn trương triển khai.", "UBND TP Cần Thơ"),
    ("Trước tình hình mưa lớn kéo dài, Chủ tịch UBND tỉnh Quảng Bình, ông Lê Văn Hùng đã chỉ đạo các huyện sơ tán dân.",
     "UBND tỉnh Quảng Bình"),
    (" date 2022-10 Trước đó, Chủ tịch UBND TP Hải Phòng, bà Nguyễn Thị Lan (Trưởng ban Chỉ huy PCTT TP) đã yêu cầu các "
     "quận kiểm tra đê điều.", "UBND TP Hải Phòng"),
])
def test_the_office_holder_in_apposition(text, issuer):
    h = _header(text)
    assert h.issuer == issuer and h.signer is None


@pytest.mark.parametrize("text, doc_type", [
    ("(PL)- UBND tỉnh Quảng Ngãi vừa ban hành đề án phát triển du lịch biển giai đoạn 2025-2030.", "Đề án"),
    ("UBND TP Cần Thơ đã ban hành Đề án chuyển đổi số của thành phố đến năm 2030.", "Đề án"),
    ("Bộ Nông nghiệp và Phát triển nông thôn vừa có công văn gửi UBND các tỉnh đề nghị phòng chống dịch tả lợn.",
     "Công văn"),
    ("Theo đó, UBND tỉnh đã có công điện khẩn gửi các địa phương tập trung xử lý ổ dịch.", "Công điện"),
])
def test_a_type_named_without_a_number(text, doc_type):
    h = _header(text)
    assert h.doc_type == doc_type and h.number is None


@pytest.mark.parametrize("text", [
    "UBND huyện vừa có văn bản gửi các xã về việc tăng cường phòng chống cháy rừng.",
    "Sở Y tế đã có văn bản đề nghị các bệnh viện bảo đảm thuốc.",
])
def test_a_text_of_no_type_names_none(text):
    assert _header(text).doc_type is None


@pytest.mark.parametrize("text, signer, title, issuer", [
    ("Ông Nguyễn Văn An - Chủ tịch UBND huyện Đông Anh vừa ký văn bản yêu cầu các xã tăng cường kiểm tra.",
     "Nguyễn Văn An", "Chủ tịch", "UBND huyện Đông Anh"),
    ("Bà Trần Thị Hoa – Phó Chủ tịch UBND tỉnh Hà Nam đã ký Công văn số 120/UBND-KGVX gửi các sở.",
     "Trần Thị Hoa", "Phó Chủ tịch", "UBND tỉnh Hà Nam"),
])
def test_name_dash_office(text, signer, title, issuer):
    h = _header(text)
    assert (h.signer, h.signer_title, h.issuer) == (signer, title, issuer)


@pytest.mark.parametrize("text, issuer", [
    ("Trước tình hình mưa lũ, Chủ tịch UBND TP, Trưởng ban Chỉ huy phòng chống thiên tai TP Cần Thơ đã ra thông báo "
     "khẩn yêu cầu các quận huyện.", "Chủ tịch UBND TP"),
    ("Chủ tịch UBND tỉnh Hà Tĩnh, Trưởng ban Chỉ đạo phòng, chống dịch tỉnh vừa ký công điện yêu cầu các huyện.",
     "UBND tỉnh Hà Tĩnh"),
])
def test_one_unnamed_person_by_two_offices(text, issuer):
    h = _header(text)
    assert h.issuer == issuer and h.signer_title == "Chủ tịch" and h.signer is None


def test_a_named_person_after_two_offices_is_still_the_signer():
    h = _header("Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội Trần Văn Cường vừa có văn bản thông báo kết luận "
                "của Ủy ban Thường vụ Quốc hội.")
    assert h.signer == "Trần Văn Cường"


@pytest.mark.parametrize("text, number, date", [
    ("Văn phòng UBND tỉnh vừa có văn bản số 2210/VP-KT ngày 5/9/2022 truyền đạt ý kiến của Chủ tịch UBND tỉnh.",
     "2210/VP-KT", dt.date(2022, 9, 5)),
    ("Sở Tài chính đã có Công văn số 845/STC-QLG ngày 12/10/2021 gửi các huyện về việc kê khai giá.",
     "845/STC-QLG", dt.date(2021, 10, 12)),
])
def test_the_day_after_the_number(text, number, date):
    h = _header(text)
    assert (h.number, h.date) == (number, date)


@pytest.mark.parametrize("text, doc_type", [
    ("(GLO)- Thủ tướng Chính phủ yêu cầu các bộ tập trung khắc phục hậu quả mưa lũ. Chỉ thị cũng yêu cầu Bộ Quốc phòng "
     "hỗ trợ các địa phương.", "Chỉ thị"),
    ("UBND tỉnh Bình Định yêu cầu các huyện rà soát hồ chứa.\n\nCông văn nêu rõ, các huyện báo cáo trước ngày 20/9.",
     "Công văn"),
    ("Bộ Y tế đề nghị các địa phương tăng cường giám sát dịch. Công điện nêu các biện pháp cách ly.", "Công điện"),
])
def test_a_type_named_as_a_later_subject(text, doc_type):
    assert _header(text).doc_type == doc_type


@pytest.mark.parametrize("text, signer", [
    ("Mới đây, Chủ tịch UBND tỉnh Hà Tĩnh đã ký Quyết định số 1520/QĐ-UBND phê duyệt kế hoạch. Chủ tịch UBND tỉnh Hà "
     "Tĩnh Võ Trọng Hải giao Sở Tài chính chủ trì.", "Võ Trọng Hải"),
    ("Chủ tịch UBND tỉnh Nam Định đã ký Công văn số 98/UBND-VP gửi các sở.\n\nTheo ông Trần Văn Lâm, Chủ tịch UBND tỉnh "
     "Nam Định, các sở cần báo cáo trước ngày 30/6.", "Trần Văn Lâm"),
])
def test_the_signer_named_later(text, signer):
    assert _header(text).signer == signer


def test_a_deputy_named_later_is_not_the_signer():
    h = _header("Chủ tịch UBND tỉnh Hà Tĩnh đã ký Quyết định số 1520/QĐ-UBND. Phó Chủ tịch UBND tỉnh Hà Tĩnh Lê Văn "
                "Bình giao Sở Tài chính chủ trì.")
    assert h.signer is None


@pytest.mark.parametrize("text", [
    "KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH TẠI BUỔI LÀM VIỆC VỚI SỞ XÂY DỰNG\n\n12/05/2024\n\nVăn phòng UBND tỉnh vừa ban "
    "hành thông báo kết luận của Chủ tịch UBND tỉnh tại buổi làm việc.",
    "KẾT LUẬN CỦA BAN THƯỜNG VỤ QUỐC HỘI VỀ CÔNG TÁC GIÁM SÁT\n\nCổng thông tin trân trọng giới thiệu toàn văn Thông "
    "báo:",
])
def test_a_conclusion_titled_page_called_a_notice(text):
    assert _header(text).doc_type == "Thông báo kết luận"


@pytest.mark.parametrize("text, issuer", [
    ("Qua kiểm tra thực tế tại các điểm sạt lở ở hai xã Tân Lập và Hòa Bình, đồng chí Chủ tịch UBND huyện Đông Sơn yêu "
     "cầu các xã sơ tán dân ra khỏi vùng nguy hiểm.", "UBND huyện Đông Sơn"),
    ("Trực tiếp đến kiểm tra các khu vực ngập sâu, Chủ tịch UBND tỉnh Trần Văn Minh yêu cầu các huyện bám sát tình hình.",
     "UBND tỉnh"),
    ("Sáng nay (12/9), chủ trì cuộc họp trực tuyến với các địa phương, Thủ tướng Lê Văn Hòa nhấn mạnh các tỉnh không được "
     "chủ quan.", "Thủ tướng Chính phủ"),
    ("Đối với các dự án chậm tiến độ, Chủ tịch UBND tỉnh Bình Phước yêu cầu các chủ đầu tư báo cáo.", "UBND tỉnh Bình Phước"),
])
def test_a_speaker_after_any_opening_clause(text, issuer):
    assert _header(text).issuer == issuer


def test_a_person_named_in_the_clause_before_is_not_his_committee_speaking():
    # (a letter of the committee's Office conveys the deputy chairman's opinion: the committee does not speak)
    h = _header("Thực hiện chỉ đạo của Thủ tướng Chính phủ, đồng chí Nguyễn Văn Ba, Phó Chủ tịch UBND tỉnh có ý kiến "
                "như sau:")
    assert h.issuer != "UBND tỉnh"


def test_a_province_named_like_a_person_stays_the_place():
    assert _header("Chủ tịch UBND tỉnh Hà Nam yêu cầu các sở rà soát các dự án.").issuer == "UBND tỉnh Hà Nam"


def _long_grounds() -> str:
    return ("Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 12/CĐ-TTg ngày 5/8/2013 về việc chủ động ứng phó "
            "với mưa lũ" + ", bảo đảm an toàn hồ đập trong mùa mưa bão trên địa bàn các tỉnh miền Trung và Tây Nguyên" * 6)


@pytest.mark.parametrize("text, issuer", [
    (_long_grounds() + ", Bộ Nông nghiệp và Phát triển nông thôn vừa có công văn gửi UBND các tỉnh về việc bảo đảm an "
     "toàn hồ chứa. Theo đó, Bộ đề nghị UBND các tỉnh giao Sở Nông nghiệp kiểm tra các hồ chứa.",
     "Bộ Nông nghiệp và Phát triển nông thôn"),
    (_long_grounds() + ", Sở Y tế tỉnh Quảng Nam vừa có công văn gửi các bệnh viện. Theo đó, Sở đề nghị các bệnh viện "
     "bảo đảm thuốc.", "Sở Y tế tỉnh Quảng Nam"),
])
def test_the_lead_after_long_grounds_not_a_later_pronoun_body(text, issuer):
    assert _header(text).issuer == issuer


@pytest.mark.parametrize("text", [
    "Theo đó, Bộ đề nghị UBND các tỉnh giao Sở Nông nghiệp kiểm tra các hồ chứa.",
    "Theo đó, Sở yêu cầu các phòng chuyên môn rà soát hồ sơ.",
])
def test_a_ministry_word_before_a_lowercase_verb_is_no_body(text):
    h = _header(text)
    assert h.issuer is None or not h.issuer.split()[1][0].islower()


@pytest.mark.parametrize("text, issuer", [
    ("(PLVN) - Sau khi báo có bài phản ánh về tình trạng khai thác, vận chuyển đất trái phép, Sở Tài nguyên và Môi trường "
     "Lâm Đồng đã có văn bản đề nghị huyện rà soát.", "Sở Tài nguyên và Môi trường Lâm Đồng"),
    ("Sau khi nhận được phản ánh của người dân, xã viên, Sở Xây dựng Hà Nam đã có văn bản yêu cầu chủ đầu tư dừng thi công.",
     "Sở Xây dựng Hà Nam"),
])
def test_a_lowercase_word_after_a_place_is_no_person(text, issuer):
    assert _header(text).issuer == issuer


def test_a_report_listing_an_issued_scheme_is_not_the_scheme():
    h = _header("Kết quả thực hiện Chương trình nông thôn mới 6 tháng đầu năm\n1. Công tác chỉ đạo\nTỉnh ủy ban hành Đề án xây "
                "dựng nông thôn mới giai đoạn 2021-2025; UBND tỉnh đã tổ chức hội nghị tổng kết.")
    assert h.doc_type != "Đề án"
