"""header23: classes header batch AD and the pending gold left (benchmarks/HISTORY.md, Session 19, header23).

Invented wordings of general Vietnamese press and portal usage, several per rule."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure
from pipeline.structure.posted import (
    _party_committee,
    body_title_issuer,
    command_speaker,
    forbidding_speaker,
    head_signed_lead,
    opener_cut_named_document,
    reviews_its_plan,
    signed_by_clause,
    symbol_line_copy,
)


def _doc(text: str) -> Document:
    doc = Document(doc_id="t", lines=lines_from_text(text))
    structure(doc, Config())
    return doc


# ---- a head signs an unnumbered document, the title in either case, the name after the body, later, or not at all ----

@pytest.mark.parametrize("lead, issuer, title, name, kind", [
    ("Giám đốc Sở Y tế tỉnh Bình Định Trần Văn Minh vừa chính thức ký quyết định cho phép các trạm y tế ...",
     "Sở Y tế tỉnh Bình Định", "Giám đốc", "Trần Văn Minh", "Quyết định"),
    ("Sáng nay (5/3), giám đốc Sở Giao thông vận tải Hà Nội đã ký văn bản gửi các đơn vị vận tải về việc ...",
     "Sở Giao thông vận tải Hà Nội", "Giám đốc", None, None),
    ("Ngày 2/6/2021, Giám đốc Sở Công Thương Nghệ An – Lê Văn Hòa ký văn bản yêu cầu các chợ ...",
     "Sở Công Thương Nghệ An", "Giám đốc", "Lê Văn Hòa", None),
    ("Chủ tịch UBND huyện Tân Phú Nguyễn Thị Lan vừa ký công văn chỉ đạo các xã ...",
     "UBND huyện Tân Phú", "Chủ tịch", "Nguyễn Thị Lan", "Công văn"),
])
def test_head_signed_lead(lead, issuer, title, name, kind):
    got = head_signed_lead([lead])
    assert got is not None
    assert (got.issuer, got.signer_title, got.signer, got.doc_type) == (issuer, title, name, kind)


def test_head_signed_lead_takes_the_name_a_later_sentence_gives():
    got = head_signed_lead(["Chiều 12/4, giám đốc Sở Tài nguyên và Môi trường đã ký văn bản gửi các huyện.",
                            "Theo đó, Giám đốc Phạm Quốc Huy yêu cầu các huyện rà soát ..."])
    assert (got.issuer, got.signer_title, got.signer) == ("Sở Tài nguyên và Môi trường", "Giám đốc", "Phạm Quốc Huy")


@pytest.mark.parametrize("lead", [
    "Giám đốc Sở Y tế đã ký Quyết định số 12/QĐ-SYT về việc ...",  # (numbered: the lead rules read it)
    "Ông Nguyễn Văn A cho biết sẽ ký văn bản trong tuần tới.",
    "Sở Y tế đã ký kết văn bản hợp tác với bệnh viện.",
])
def test_head_signed_lead_not(lead):
    assert head_signed_lead([lead]) is None


# ---- a body that forbids, as the lead's speaker ----

@pytest.mark.parametrize("lead, body", [
    ("Sở Giáo dục và Đào tạo tỉnh Long An nghiêm cấm việc thu các khoản ngoài quy định ...", "Sở Giáo dục và Đào tạo tỉnh Long An"),
    ("UBND tỉnh Quảng Ninh nghiêm cấm các cơ quan tổ chức tiệc tất niên ...", "UBND tỉnh Quảng Ninh"),
    ("Theo đó, Bộ Y tế nghiêm cấm các cơ sở khám bệnh ...", "Bộ Y tế"),
])
def test_forbidding_speaker(lead, body):
    assert forbidding_speaker([lead]) == body


@pytest.mark.parametrize("lead", [
    "Sở này nghiêm cấm các trường dạy thêm.",
    "Pháp luật nghiêm cấm hành vi này.",
])
def test_forbidding_speaker_not(lead):
    assert forbidding_speaker([lead]) is None


# ---- the signer a lead names in a 'do ông <name>, <title> <body> ký' clause after the number ----

@pytest.mark.parametrize("lead, number, want", [
    ("Ngày 3/5/2019, UBND tỉnh Nam Định có Công văn số 1234/UBND-VP, do ông Trần Văn Bình, Phó Chánh Văn phòng UBND tỉnh ký "
     "truyền đạt ý kiến ...", "1234/UBND-VP", ("Phó Chánh Văn phòng", "Trần Văn Bình")),
    ("Quyết định số 56/QĐ-UBND do bà Lê Thị Hoa - Chủ tịch UBND phường Hòa Bình ký ban hành ngày 2/3 ...", "56/QĐ-UBND",
     ("Chủ tịch", "Lê Thị Hoa")),
    ("Kế hoạch số 77/KH-SYT do ông Nguyễn Hữu Phước, Phó Giám đốc Sở Y tế ký, yêu cầu ...", "77/KH-SYT",
     ("Phó Giám đốc", "Nguyễn Hữu Phước")),
])
def test_signed_by_clause(lead, number, want):
    assert signed_by_clause([lead], number) == want


def test_signed_by_clause_needs_the_number_in_its_sentence():
    assert signed_by_clause(["Văn bản do ông Trần Văn Bình, Phó Chánh Văn phòng UBND tỉnh ký."], "1234/UBND-VP") is None


# ---- a command or steering body, or its standing office, after an opener that holds commas ----

@pytest.mark.parametrize("texts, body, kind", [
    (["Theo đó, để triển khai nghiêm túc, hiệu quả các chỉ đạo, thời gian tới, Ban Chỉ huy PCTT và TKCN tỉnh đề nghị các sở ..."],
     "Ban Chỉ huy PCTT và TKCN tỉnh", None),
    (["Nội dung công điện nêu rõ:", "Trước nguy cơ mưa lớn, lũ quét, Văn phòng Thường trực Ban Chỉ đạo PCTT & TKCN, PTDS Bộ Quốc "
      "phòng đề nghị các đơn vị ..."], "Văn phòng Thường trực Ban Chỉ đạo PCTT & TKCN, PTDS Bộ Quốc phòng", "Công điện"),
    (["Ban Chỉ huy Phòng thủ dân sự thành phố yêu cầu các quận, huyện ..."], "Ban Chỉ huy Phòng thủ dân sự thành phố", None),
])
def test_command_speaker(texts, body, kind):
    assert command_speaker(texts) == (body, kind)


@pytest.mark.parametrize("texts", [
    ["UBND tỉnh giao Ban Chỉ huy Quân sự tỉnh chỉ đạo các đơn vị ..."],
    ["Để ứng phó với bão, Ban Chỉ đạo tỉnh, UBND tỉnh yêu cầu các sở ..."],
])
def test_command_speaker_not(texts):
    assert command_speaker(texts) is None


# ---- an opener holding commas before the document the lead names ----

@pytest.mark.parametrize("lead, number, day, issuer", [
    ("Nhằm chủ động ứng phó với mưa lớn, lũ, ngập lụt, sạt lở đất trên địa bàn tỉnh, tại Văn bản số 1234/UBND- KTN, ngày 2/9/2024, "
     "UBND tỉnh đề nghị các sở ...", "1234/UBND-KTN", dt.date(2024, 9, 2), "UBND tỉnh"),
    ("Để kịp thời ngăn chặn, xử lý, tại Công văn số 45/SYT-NVY ngày 10/1/2023, Sở Y tế yêu cầu các bệnh viện ...", "45/SYT-NVY",
     dt.date(2023, 1, 10), "Sở Y tế"),
    ("Trước diễn biến phức tạp của dịch sốt xuất huyết, tay chân miệng, trong Công điện số 03/CĐ-UBND, UBND huyện yêu cầu "
     "...", "03/CĐ-UBND", None, "UBND huyện"),
])
def test_opener_cut_named_document(lead, number, day, issuer):
    got = opener_cut_named_document([lead])
    assert got is not None
    assert (got.number, got.date) == (number, day)
    assert issuer in got.issuer


def test_opener_cut_named_document_not_a_ground():
    assert opener_cut_named_document(["Để triển khai, kịp thời, thực hiện Công văn số 12/UBND-VX, các sở cần ..."]) is None


# ---- a title line '<TYPE> CỦA <body>' ----

@pytest.mark.parametrize("texts, want", [
    (["THÔNG BÁO CỦA UBND PHƯỜNG AN LẠC VỀ VIỆC PHUN THUỐC DIỆT MUỖI", "UBND phường An Lạc thông báo ..."], "UBND phường An Lạc"),
    (["Kế hoạch của UBND xã Hòa Phú về việc tổ chức Tết Trồng cây"], "UBND xã Hòa Phú"),
    (["THÔNG BÁO CỦA BAN CHỈ HUY QUÂN SỰ HUYỆN ĐÔNG ANH", "x"], "BAN CHỈ HUY QUÂN SỰ HUYỆN ĐÔNG ANH"),
])
def test_body_title_issuer(texts, want):
    assert body_title_issuer(texts) == want


def test_body_title_issuer_not_a_sentence():
    assert body_title_issuer(["Thông báo của UBND xã đã được dán tại nhà văn hóa các thôn."]) is None


# ---- a portal copy whose first line is its symbol alone ----

def test_symbol_line_copy_with_the_signature_run_into_the_issuer():
    doc = Document(doc_id="t", lines=lines_from_text(
        "2233/BNV-TCCB\n\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Duy Thăng Theo BỘ NỘI VỤ -\n\nCông văn V/v ...\n\n"
        "Kính gửi: các bộ, ngành\n\nBộ Nội vụ đề nghị các bộ ...\n"))
    got = symbol_line_copy(doc)
    assert (got.number, got.issuer, got.signer_title, got.signer) == ("2233/BNV-TCCB", "Bộ Nội vụ", "THỨ TRƯỞNG", "Nguyễn Duy Thăng")


@pytest.mark.parametrize("sig, title, name", [
    ("TL. BỘ TRƯỞNG CHÁNH VĂN PHÒNG Lê Văn Tâm", "CHÁNH VĂN PHÒNG", "Lê Văn Tâm"),
    ("KTBT, TT Hoàng Văn Dũng", "TT", "Hoàng Văn Dũng"),
])
def test_symbol_line_copy_own_title(sig, title, name):
    doc = Document(doc_id="t", lines=lines_from_text(f"12/BYT-KCB\n{sig} Theo BỘ Y TẾ -\nBộ Y tế đề nghị ..."))
    got = symbol_line_copy(doc)
    assert (got.signer_title, got.signer) == (title, name)


def test_symbol_line_copy_number_wins_over_a_cited_one():
    doc = _doc("3301/BGDĐT-GDTrH\n\nCông văn V/v báo cáo (lần 2)\n\nKính gửi: Các Sở Giáo dục và Đào tạo\n\n"
               "Ngày 2 tháng 3 năm 2020, Bộ Giáo dục và Đào tạo đã có công văn số 800/BGDĐT-GDTrH gửi các Sở yêu cầu báo cáo. "
               "Đến nay, mới có 10 Sở gửi báo cáo. Bộ đề nghị các Sở khẩn trương gửi báo cáo trước ngày 30/3/2020./.\n")
    assert doc.header.number == "3301/BGDĐT-GDTrH"


@pytest.mark.parametrize("first", ["Ngày 12/3/2024, UBND tỉnh có văn bản số 45/UBND-VX ...", "Số: 45/UBND-VX ngày 2/3/2024"])
def test_symbol_line_copy_not(first):
    doc = Document(doc_id="t", lines=lines_from_text(first + "\nUBND tỉnh đề nghị ..."))
    assert symbol_line_copy(doc) is None


# ---- a retrospective names the plan it reviews ----

@pytest.mark.parametrize("texts", [
    ["Tỉnh Yên Bái sau 5 năm thực hiện Chỉ thị 05 của Bộ Chính trị", "Thực hiện ..., Tỉnh ủy đã ban hành Kế hoạch số 12-KH/TU ..."],
    ["Kết quả 3 năm triển khai Nghị quyết 19 ở huyện Bát Xát"],
    ["Nhìn lại 10 năm thực hiện phong trào ...", "x"],
    ["Sơ kết 2 năm thực hiện Kết luận số 01-KL/TW"],
])
def test_reviews_its_plan(texts):
    assert reviews_its_plan(texts)


@pytest.mark.parametrize("texts", [
    ["UBND tỉnh ban hành Kế hoạch thực hiện Chỉ thị 05 trong 5 năm tới"],
    ["Sau khi Báo phản ánh, ngày 2/3, UBND tỉnh có Công văn số 12/UBND-VX ..."],
])
def test_reviews_its_plan_not(texts):
    assert not reviews_its_plan(texts)


def test_retrospective_does_not_take_the_reviewed_plan():
    doc = _doc("Huyện Bảo Yên sau 3 năm thực hiện cuộc vận động xây dựng nông thôn mới\n\n"
               "Thực hiện Chỉ thị số 10-CT/TW ngày 15/12/2016 của Ban Bí thư, Huyện ủy Bảo Yên đã ban hành Kế hoạch số 45-KH/HU ngày "
               "10/3/2017 về triển khai thực hiện Chỉ thị số 10-CT/TW trên địa bàn huyện. Đồng thời, tổ chức hội nghị quán triệt ...\n\n"
               "Qua 3 năm, toàn huyện đã làm mới 40 km đường ...\n")
    assert doc.header.number is None and doc.header.doc_type is None


@pytest.mark.parametrize("name, want", [
    ("Tỉnh ủy Lào Cai đã", "Tỉnh ủy Lào Cai"),
    ("Huyện ủy Bát Xát", "Huyện ủy Bát Xát"),
    ("Thành ủy", "Thành ủy"),
    ("UBND tỉnh Lào Cai", None),
])
def test_party_committee(name, want):
    assert _party_committee(name) == want


# ---- a purpose opener whose clauses are joined by semicolons before the speaker ----

@pytest.mark.parametrize("lead, want", [
    ("Để chủ động chỉ đạo sản xuất vụ Hè Thu đạt hiệu quả, hạn chế thiệt hại do thời tiết; Sở Nông nghiệp và PTNT đề nghị UBND các "
     "huyện chỉ đạo ...", "Sở Nông nghiệp và PTNT"),
    ("Nhằm nâng cao nhận thức của người dân về dịch sốt xuất huyết; chủ động tham gia phòng, chống dịch; UBND huyện Phú Tân yêu cầu "
     "các xã ...", "UBND huyện Phú Tân"),
])
def test_semicolon_opener_speaker(lead, want):
    from pipeline.structure.posted import semicolon_opener_speaker
    assert semicolon_opener_speaker([lead]) == want


@pytest.mark.parametrize("lead", [
    "Để chủ động phòng chống dịch. Các xã cần rà soát; Sở Y tế đề nghị ...",  # (the opener's sentence ended first)
    "UBND tỉnh yêu cầu các sở; Sở Y tế đề nghị ...",  # (no opener)
])
def test_semicolon_opener_speaker_not(lead):
    from pipeline.structure.posted import semicolon_opener_speaker
    assert semicolon_opener_speaker([lead]) is None


@pytest.mark.parametrize("issuer, want", [
    ("UBND TP Nguyễn Văn Bình", ("UBND TP", "Nguyễn Văn Bình")),
    ("UBND tỉnh Lê Minh Hoan", ("UBND tỉnh", "Lê Minh Hoan")),
    ("UBND huyện Trần Văn Thời", None),  # (a district named after a person)
    ("UBND tỉnh Bình Định", None),
])
def test_split_head_from_body(issuer, want):
    from pipeline.structure.posted import split_head_from_body
    assert split_head_from_body(issuer) == want
