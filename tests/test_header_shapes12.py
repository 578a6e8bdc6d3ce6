"""Header rules of session 11 round 2 (header batch K): press leads and news items that name the
document they report, and signers whose given name is an administrative word.  Every case is
written from general Vietnamese usage, several wordings per rule."""
from __future__ import annotations

import pytest

from pipeline.model import Document, lines_from_text
from pipeline.structure.posted import mentioned_document, press_lead
from pipeline.structure.tail import parse_signature
from pipeline.structure.titles import is_personal_name, is_signer_name


@pytest.mark.parametrize("lead,issuer,num", [
    ("Ngày 6/8, Ban Thường vụ Tỉnh ủy Lào Cai đã ban hành Chỉ thị số 21 về việc tăng cường công tác dân vận.",
     "Ban Thường vụ Tỉnh ủy Lào Cai", "21"),
    ("Ban Thường vụ Huyện ủy Krông Pắc vừa ban hành Kế hoạch số 45-KH/HU về việc tổ chức đại hội.",
     "Ban Thường vụ Huyện ủy Krông Pắc", "45-KH/HU"),
    ("Ban Tuyên giáo Thành ủy Đà Nẵng vừa ban hành Hướng dẫn số 12 về tuyên truyền kỷ niệm ngày thành lập Đảng.",
     "Ban Tuyên giáo Thành ủy Đà Nẵng", "12"),
])
def test_a_body_with_its_place_after_it_is_the_issuer_not_a_person(lead, issuer, num):
    p = press_lead(lead)
    assert p is not None and p.issuer == issuer and p.signer is None and p.number == num


@pytest.mark.parametrize("lead,person,issuer", [
    ("Ngày 11/8/2020, thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn Thế Giang đã ký ban hành văn bản số 2508/UBND-KGVX, chỉ đạo các sở.",
     "Nguyễn Thế Giang", "UBND tỉnh"),
    # (header28: the committee the title names is the issuer as the text names it, the bare 'UBND tỉnh', as gold README's
    # press-lead rule says for a number in the committee's symbol and header_fields T07 was annotated; this test had None)
    ("Phó Chủ tịch UBND tỉnh Trần Văn Nam vừa ký Công văn số 12/UBND-KT về việc phòng chống dịch.", "Trần Văn Nam", "UBND tỉnh"),
    ("Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Hồng Vân đã ký Quyết định số 3/QĐ-UBND về việc thành lập tổ công tác.",
     "Lê Thị Hồng Vân", "Ủy ban nhân dân tỉnh"),
])
def test_a_person_after_the_province_committee_named_by_its_level(lead, person, issuer):
    p = press_lead(lead)
    assert p is not None and p.signer == person and p.issuer == issuer and p.signer_title in ("Phó Chủ tịch", "Chủ tịch")


def test_a_province_name_after_the_committee_stays_the_place():
    p = press_lead("Chủ tịch UBND tỉnh Quảng Nam vừa ký Công văn số 12/UBND-KT về việc phòng chống dịch.")
    assert p is not None and p.signer is None and p.issuer == "UBND tỉnh Quảng Nam"
    # (a district's name may open with a surname: it is not read as a person)
    p = press_lead("Phó Chủ tịch UBND huyện Trần Văn Thời vừa ký Công văn số 8/UBND-VP về việc trực bão.")
    assert p is None or p.signer is None


@pytest.mark.parametrize("lead,typ", [
    ("Chủ tịch Ủy ban nhân dân (UBND) tỉnh vừa ban hành chỉ thị yêu cầu Thủ trưởng các sở, ngành thực hiện.", "Chỉ thị"),
    ("Chủ tịch UBND tỉnh vừa ký công văn yêu cầu các huyện khẩn trương khắc phục hậu quả mưa lũ.", "Công văn"),
    ("Phó Chủ tịch Ủy ban nhân dân thành phố vừa ký quyết định thành lập đoàn kiểm tra.", "Quyết định"),
])
def test_a_chairman_of_the_committee_named_by_its_level_gives_the_committee(lead, typ):
    p = press_lead(lead)
    assert p is not None and p.doc_type == typ and p.issuer and p.issuer.endswith(("tỉnh", "thành phố"))


@pytest.mark.parametrize("lead,typ", [
    ("Ngày 14-7-2021, do tình hình dịch Covid-19 diễn biến phức tạp, UBND tỉnh vừa có thông báo tạm hoãn tiếp công dân.", "Thông báo"),
    ("Sáng 3/9, nhằm bảo đảm an toàn cho người dân, UBND thành phố đã ban hành công điện về ứng phó bão số 3.", "Công điện"),
    ("Ngày 20/10, sau khi nghe báo cáo của Sở Y tế, UBND huyện Đông Anh đã ban hành kế hoạch tiêm chủng.", "Kế hoạch"),
])
def test_a_clause_of_cause_or_purpose_between_the_day_and_the_body(lead, typ):
    p = press_lead(lead)
    assert p is not None and p.doc_type == typ and p.issuer and p.issuer.startswith("UBND")


@pytest.mark.parametrize("text,typ,num,issuer", [
    ("Chỉ thị 35-CT/TW của Bộ Chính trị về Đại hội Đảng bộ các cấp nêu rõ sẽ giảm số lượng ủy viên.", "Chỉ thị", "35-CT/TW", "Bộ Chính trị"),
    ("Phương án nhân sự cấp ủy Kết luận 150-KL/TW của Bộ Chính trị hướng dẫn xây dựng phương án nhân sự.", "Kết luận", "150-KL/TW", "Bộ Chính trị"),
    ("Đó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về việc phát động phong trào thi đua.", "Chỉ thị", "03/CT-UBND", "UBND tỉnh"),
    ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.", "Nghị quyết", "57-NQ/TW", "Bộ Chính trị"),
    ("Chỉ thị 05 của Ban Bí thư về tổ chức Tết nêu rõ các cấp ủy phải chăm lo đời sống nhân dân.", "Chỉ thị", "05", "Ban Bí thư"),
])
def test_a_news_sentence_naming_the_document_it_is_about(text, typ, num, issuer):
    m = mentioned_document(text)
    assert m is not None and (m.doc_type, m.number, m.issuer) == (typ, num, issuer)


@pytest.mark.parametrize("text", [
    "Thực hiện Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ về việc tăng cường phòng dịch, UBND tỉnh yêu cầu các sở.",
    "Theo Quyết định số 12/QĐ-UBND của UBND tỉnh, các xã phải hoàn thành việc rà soát.",
    "Căn cứ Nghị quyết số 41/NQ-HĐND của HĐND tỉnh về cơ chế lồng ghép nguồn vốn.",
    "Sau cuộc làm việc, cơ quan đã nhận được Thông báo số 81/TB-UBND của UBND tỉnh về kết luận.",
    "các chỉ thị 35 của Bộ Chính trị",
])
def test_a_document_cited_as_a_ground_or_received_is_not_the_items_own(text):
    assert mentioned_document(text) is None


def _posted(text):
    from pipeline.structure.posted import posted_header
    return posted_header(Document(doc_id="t", lines=lines_from_text(text)))


def test_posted_header_reads_the_mention_in_a_news_items_first_lines():
    p = _posted("Đại hội XIII của Đảng sẽ giảm 5% số lượng ủy viên\n\nChỉ thị 35-CT/TW của Bộ Chính trị về Đại hội Đảng bộ "
                "các cấp tiến tới Đại hội XIII nêu rõ sẽ giảm khoảng 5% số lượng ủy viên cấp tỉnh.\n")
    assert (p.doc_type, p.number, p.issuer) == ("Chỉ thị", "35-CT/TW", "Bộ Chính trị")
    # (a mention far into the body is not the item's own)
    p = _posted("Tin hoạt động\n\nHội nghị diễn ra sáng nay.\n\nĐại biểu thảo luận sôi nổi.\n\nNhiều ý kiến được nêu.\n\n"
                "Chỉ thị 35-CT/TW của Bộ Chính trị về Đại hội Đảng bộ các cấp được quán triệt.\n")
    assert p.number is None


@pytest.mark.parametrize("name", ["Nguyễn Văn Phòng", "Lê Văn Thường", "Trần Văn Đạo", "Phạm Thị Kính", "Đỗ Văn Trực"])
def test_a_signer_whose_given_name_is_an_administrative_word(name):
    assert is_signer_name(name)
    a, t, s = parse_signature(f"TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH {name}")
    assert (t, s) == ("PHÓ CHỦ TỊCH", name)


@pytest.mark.parametrize("text", ["Văn Phòng", "Văn Phòng Tỉnh Ủy", "Sở Văn Phòng", "Nguyễn Văn Phòng Tỉnh", "Hoàng Đạo"])
def test_administrative_words_are_not_a_signer_without_a_surname(text):
    assert not is_signer_name(text) or is_personal_name(text)


def test_a_signature_cell_without_recipients_then_an_appendix_keeps_its_name():
    from pipeline.config import Config
    from pipeline.structure import structure
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
            "Số: 12/2010/QĐ-UBND\n|\nBến Tre, ngày 5 tháng 3 năm 2010\n|\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC\n"
            "ỦY BAN NHÂN DÂN TỈNH BẾN TRE\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
            "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.\n|\nTM.\n"
            "ỦY BAN NHÂN DÂN TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Thường\n|\nQUY CHẾ\nLÀM VIỆC CỦA ỦY BAN\n")
    doc = Document(doc_id="t", lines=lines_from_text(text))
    structure(doc, Config())
    assert doc.header.signer == "Lê Văn Thường" and doc.header.signer_title == "PHÓ CHỦ TỊCH"


@pytest.mark.parametrize("closing,title,signer,authority", [
    ("UBND xã thông báo để nhân dân biết, thực hiện./. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình",
     "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"),
    ("Đề nghị các chi bộ nghiêm túc thực hiện./. TM. BAN THƯỜNG VỤ PHÓ BÍ THƯ (đã ký) Trần Thị Lan",
     "PHÓ BÍ THƯ", "Trần Thị Lan", "TM. BAN THƯỜNG VỤ"),
    ("Yêu cầu các phòng, ban thực hiện nghiêm túc nội dung trên. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Hải",
     "PHÓ CHỦ TỊCH", "Lê Văn Hải", "KT. CHỦ TỊCH"),
    ("Giao Văn phòng theo dõi, đôn đốc./. CHỦ TỊCH (Đã ký) Phạm Minh Tuấn", "CHỦ TỊCH", "Phạm Minh Tuấn", None),
])
def test_a_signature_block_at_the_end_of_a_one_paragraph_page_without_recipients(closing, title, signer, authority):
    from pipeline.config import Config
    from pipeline.structure import structure
    text = ("Thông báo về việc tạm dừng cấp nước\n\nDo sửa chữa đường ống, Ủy ban nhân dân xã Hòa Bình thông báo tạm dừng "
            "cấp nước từ ngày 5/3/2024. " + closing + "\n")
    doc = Document(doc_id="t", lines=lines_from_text(text))
    structure(doc, Config())
    h = doc.header
    assert (h.signer_title, h.signer, h.signer_authority) == (title, signer, authority)
    # (the paragraph stays body: its sentences still give tasks)
    assert [ln.block for ln in doc.lines if ln.text.strip()][-1] == "body"


@pytest.mark.parametrize("closing", [
    "Giao Văn phòng theo dõi, đôn đốc. UBND XÃ phối hợp với Nguyễn Văn An",
    "Mọi thắc mắc liên hệ ông Nguyễn Văn An.",
    "Hội nghị kết thúc lúc 11 giờ. BAN TỔ CHỨC cảm ơn Trần Văn Bình",
])
def test_a_name_in_the_last_sentence_is_no_signature(closing):
    from pipeline.config import Config
    from pipeline.structure import structure
    text = "Thông báo về việc tạm dừng cấp nước\n\nDo sửa chữa đường ống, xã tạm dừng cấp nước. " + closing + "\n"
    doc = Document(doc_id="t", lines=lines_from_text(text))
    structure(doc, Config())
    assert doc.header.signer is None


@pytest.mark.parametrize("text", [
    "Quyết định 45/QĐ-UBND của UBND tỉnh đã giao các sở về việc triển khai thực hiện.",
    "Kế hoạch số 12/KH-UBND của UBND huyện được ban hành nhằm triển khai.",
    "Chỉ thị 35-CT/TW của Bộ Chính trị.",
])
def test_a_body_sentence_that_acts_on_a_cited_document_names_none(text):
    assert mentioned_document(text) is None


@pytest.mark.parametrize("lead,title,person", [
    ("Ông Trần Văn Hùng, Phó Bí thư Thường trực Tỉnh uỷ Hà Tĩnh vừa ký công văn gửi các huyện ủy về chấn chỉnh việc dùng xe công.",
     "Phó Bí thư Thường trực", "Trần Văn Hùng"),
    ("Bà Lê Thị Mai, Phó Chủ tịch Thường trực UBND tỉnh Nghệ An vừa ký văn bản số 15/UBND-TH gửi các sở.",
     "Phó Chủ tịch Thường trực", "Lê Thị Mai"),
    ("Ông Phạm Văn An, Phó Bí thư Tỉnh uỷ Nghệ An vừa ký công văn gửi các huyện ủy về việc trực Tết.", "Phó Bí thư", "Phạm Văn An"),
])
def test_the_standing_deputys_title(lead, title, person):
    p = press_lead(lead)
    assert p is not None and (p.signer_title, p.signer) == (title, person)


@pytest.mark.parametrize("text,num,date", [
    ("Đó là nội dung Chỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy ban hành ngày 14.12.2020. Theo đó, các cấp ủy phải thực hiện.",
     "02-CT/TU", (2020, 12, 14)),
    ("Kế hoạch số 45-KH/HU của Ban Thường vụ Huyện ủy ban hành ngày 3/5/2023 nhằm triển khai Nghị quyết.", "45-KH/HU", (2023, 5, 3)),
])
def test_a_mention_with_the_day_it_was_issued_after_the_body(text, num, date):
    import datetime as dt
    m = mentioned_document(text)
    assert m is not None and m.number == num and m.date == dt.date(*date)
