"""Rules for real scans' OCR beyond marks (pipeline/repair/ocrletters.py) and the header of a
scan (pipeline/structure/header.py: plausible_number, issuer_code, parse_date).

Every sentence here was written for the test in the shape of a misreading seen in chidao's own
Tesseract readings (samples/real_ocr j1-j6, q1-q3), never copied from them."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair
from pipeline.repair.codepoints import apply_tone_convention
from pipeline.repair.lm import load_model
from pipeline.repair.ocrletters import (
    fix_bound_comma, fix_case, fix_codes, fix_dates, fix_glued_marks, fix_pairs, letter_fixes,
)
from pipeline.repair.diacritics import splice
from pipeline.structure.header import issuer_code, parse_date, plausible_number


@pytest.fixture(scope="module")
def lm():
    return load_model()


def _apply(text: str, fixes) -> str:
    return splice(text, [(a, b, c, d, 0.9, []) for a, b, c, d in fixes])


def _same(a: str, b: str) -> bool:
    return apply_tone_convention(a, "new") == apply_tone_convention(b, "new")


@pytest.mark.parametrize("line, want", [
    ("đẩy mạnh sản xuất nônz nghiệp sạch trên địa bàn", "đẩy mạnh sản xuất nông nghiệp sạch trên địa bàn"),
    ("xây dựng nếp sốrg văn minh ở khu dân cư", "xây dựng nếp sống văn minh ở khu dân cư"),
    ("nâng cao chất lượng công tá› tuyên truyền", "nâng cao chất lượng công tác tuyên truyền"),
    ("phối hợp với Lỷ ban nhân dân các xã", "phối hợp với Uỷ ban nhân dân các xã"),
    ("huy động các guồn lực xã hội", "huy động các nguồn lực xã hội"),
])
def test_letters_misread_lost_or_read_as_a_symbol(lm, line, want):
    assert _same(_apply(line, letter_fixes(lm, line)), want)


def test_letter_lost_at_the_margin_uses_the_next_line(lm):
    line = "thực hiện Chiến lược phát triển kinh tế số của Việ"
    assert _apply(line, letter_fixes(lm, line, "", "Nam đến năm 2030")).endswith("của Việt")


@pytest.mark.parametrize("line", [
    "đ) Bộ Tài chính bố trí kinh phí",  # a list label is no misread word
    "Công ty TNHH Hưng Thịnh",  # plain words may be names
    "nội dung Chương trình MTQG",
    "cơ quan kiểm tra viêc thực hiện cam kết",  # a mark lost: the mark corrector's ('việc')
])
def test_letters_leave_labels_names_and_codes(lm, line):
    assert letter_fixes(lm, line) == []


@pytest.mark.parametrize("line, want", [
    ("hỗ trợ xây dựng cơ SỞ vật chất cho trường", "hỗ trợ xây dựng cơ sở vật chất cho trường"),
    ("theo sỐ liệu thống kê của ngành", "theo số liệu thống kê của ngành"),
    ("Giám đốc phối hợp với SỞ Tài chính", "Giám đốc phối hợp với Sở Tài chính"),
    # a marked syllable alone in capitals that completes a dictionary word with the word
    # before it (lo1, lo3 read 'đơn VỊ', 'Đơn VỊ'; these sentences are written for the test)
    ("các đơn VỊ trực thuộc Sở báo cáo kết quả", "các đơn vị trực thuộc Sở báo cáo kết quả"),
    ("c) Đơn VỊ thực hiện: Sở Nội vụ.", "c) Đơn vị thực hiện: Sở Nội vụ."),
    ("kiện toàn Ban Chỉ ĐẠO của huyện", "kiện toàn Ban Chỉ đạo của huyện"),
    ("bảo đảm an toàn cho các CƠ sở giáo dục", "bảo đảm an toàn cho các cơ sở giáo dục"),
    ("b. KẾt quả thực hiện nhiệm vụ", "b. Kết quả thực hiện nhiệm vụ"),  # v5 read 'KẾt'
    ("Quyết định số 12/QĐ-TTg của Thủ tướng", "Quyết định số 12/QĐ-TTg của Thủ tướng"),  # a code of mixed case
])
def test_case_read_from_letter_shapes(lm, line, want):
    assert _apply(line, fix_case(lm, line)) == want


@pytest.mark.parametrize("line", [
    "phê duyệt Chương trình hành động của tỉnh",  # a programme's name
    "a) Các sở, ngành triển khai thực hiện",  # after a list label
    "thành lập Công ty Cổ",  # the word ends the line ('Cổ / phần')
    "Ban Chỉ đạo TỈNH ỦY",
    "tiếp tục đẩy mạnh Cuộc vận động toàn dân",  # a named campaign, capitalised by the typist
    "mời Ông TRẦN Văn An dự họp",  # a name in capitals before its Title-case given name
    "theo đề nghị của UBND TỈNH BẮC GIANG",  # a run of capitals
    "các đơn vị thuộc Sở GDĐT và Sở LĐTBXH",  # codes: plain letters and 'Đ' only
    "họp tại xã TRường Xuân",  # a plain capital inside: the typist's shift key, kept
])
def test_case_leaves_the_documents_own_capitals(lm, line):
    assert fix_case(lm, line) == []


def test_comma_speck_inside_a_bound_word(lm):
    assert _apply("Căn, cứ kết quả kiểm tra năm trước", fix_bound_comma(lm, "Căn, cứ kết quả kiểm tra năm trước")) \
        == "Căn cứ kết quả kiểm tra năm trước"
    assert _apply("tăng cường sử ,dụng phần mềm", fix_bound_comma(lm, "tăng cường sử ,dụng phần mềm")) \
        == "tăng cường sử dụng phần mềm"
    # a list of words and a comma between two words of a list are left
    assert fix_bound_comma(lm, "các thôn, làng, bản, buôn trên địa bàn") == []
    assert fix_bound_comma(lm, "UBND các huyện, thành phố") == []


def test_hyphen_read_twice_in_a_code():
    assert _apply("theo Thông tư số 15/2019/TT- -BTC", fix_codes("theo Thông tư số 15/2019/TT- -BTC")) \
        == "theo Thông tư số 15/2019/TT-BTC"
    assert fix_codes("giai đoạn 2021 - 2025") == []


@pytest.mark.parametrize("line, want", [
    ("Hà Nội, ngày 2l tháng 8 năm 2023", "Hà Nội, ngày 21 tháng 8 năm 2023"),
    ("Lào Cai, ngày 05 tháng 1] năm 2024", "Lào Cai, ngày 05 tháng 11 năm 2024"),
    ("Nghị định số 10/NĐ-CP ngà 12/3/2020 của Chính phủ", "Nghị định số 10/NĐ-CP ngày 12/3/2020 của Chính phủ"),
    ("Quyết định ngày O5/6/2021 của UBND tỉnh", "Quyết định ngày 05/6/2021 của UBND tỉnh"),
    # a '0' read as a hatted or dotted O, a '1' as a capital L; the next word's mark lost
    ("hoạt động cách mạng trước ngày 01 tháng Ô1 năm 1945", "hoạt động cách mạng trước ngày 01 tháng 01 năm 1945"),
    ("kết thúc học kỳ I trước ngày 1ö/01/2025", "kết thúc học kỳ I trước ngày 10/01/2025"),
    ("từ tháng 5 năm 1975 đến ngày 31 tháng 8 năm L979", "từ tháng 5 năm 1975 đến ngày 31 tháng 8 năm 1979"),
    ("trước ngày 01 tháng O1 nàm 1945", "trước ngày 01 tháng 01 nàm 1945"),
])
def test_date_digits_and_ngay_misread(line, want):
    assert _apply(line, fix_dates(line)) == want


@pytest.mark.parametrize("line", ["kế hoạch trong năm nay", "ngày hội ngà voi", "tháng Giêng năm Quý Mão",
                                  "tuyến đường ngày Lô 3 khu dân cư", "năm Ô tô"])
def test_dates_leave_words(line):
    assert fix_dates(line) == []


def test_glued_marks():
    assert _apply("phát động phong trào ?Thi đua yêu nước", fix_glued_marks("phát động phong trào ?Thi đua yêu nước")) \
        == 'phát động phong trào "Thi đua yêu nước'
    assert _apply("thành viên Ban Chỉ huy--", fix_glued_marks("thành viên Ban Chỉ huy--")) == "thành viên Ban Chỉ huy"
    assert fix_glued_marks("Tại sao? Không có") == []


@pytest.mark.parametrize("line, want", [
    ("cần có sự thắng nhất trong chỉ đạo điều hành", "cần có sự thống nhất trong chỉ đạo điều hành"),
    ("mang lại hiệu quả thiệt thực cho người dân", "mang lại hiệu quả thiết thực cho người dân"),
    ("quán triệt tỉnh thân Chỉ thị của Ban Bí thư", "quán triệt tinh thần Chỉ thị của Ban Bí thư"),
])
def test_pairs_misread_out_of_one_word(lm, line, want):
    assert _apply(line, fix_pairs(lm, line)) == want


@pytest.mark.parametrize("line", [
    "theo quy định tại khoản 3 Điều 5 của Luật",
    "tổ chức giao ban tuần thứ 12 của quý",
    "thống nhất từ tỉnh đến cơ sở",
    "thực hiện cùng cấp ủy địa phương",
])
def test_pairs_leave_right_text(lm, line):
    assert fix_pairs(lm, line) == []


def _repair(text: str, ocr: bool) -> list[str]:
    doc = Document(doc_id="t", lines=lines_from_text(text))
    if ocr:
        doc.meta["ocr"] = True
    return [ln.text for ln in repair(doc, Config()).lines]


def test_repair_of_an_ocrd_page():
    text = ("Kính gửi: Uỷ ban nhân dân các huyện, thành phố\n"
            "Để có sự thắng nhất trong công tá› chỉ đạo, đề nghị các đơn vị\n"
            "chủ động phối hợp với Lỷ ban MTTQ cùng cấp.")
    out = _repair(text, ocr=True)
    assert "thống nhất" in out[1] and "công tác" in out[1]
    assert "Uỷ ban MTTQ" in out[2] or "Ủy ban MTTQ" in out[2]


def test_typed_text_is_left_alone():
    text = "Căn, cứ kết quả kiểm tra, đề nghị cơ SỞ khắc phục.\nCác đơn vị đã giao việc cho cán bộ."
    assert _repair(text, ocr=False) == text.split("\n")


@pytest.mark.parametrize("number, want", [
    ("1535/UBND-VX", "1535/UBND-VX"),
    ("12/2020/NĐ-CP", "12/2020/NĐ-CP"),
    ("45a/QĐ-UBND", "45a/QĐ-UBND"),
    ("123-CV/TU", "123-CV/TU"),
    ("5Ï/TCT-TTKT", None),  # a handwritten number read as noise: empty, not wrong
    ("4/35/SGDĐT-CTrTT", None),  # 1535 read with a stroke as '/': '35' is no year
    ("J§/STTTT-CNTT", None),
])
def test_plausible_number(number, want):
    assert plausible_number(number) == want


def test_issuer_code_from_initials():
    assert issuer_code("2862/ICT-HTQT", "TỔNG CỤC THUẾ") == "2862/TCT-HTQT"
    assert issuer_code("463/SGDDT-CTrTT", "SỞ GIÁO DỤC VÀ ĐÀO TẠO") == "463/SGDĐT-CTrTT"
    assert issuer_code("115/CV-PA83", "PHÒNG AN NINH CHÍNH TRỊ NỘI BỘ") == "115/CV-PA83"
    assert issuer_code("695/UBND-VX", "UỶ BAN NHÂN DÂN TỈNH BẮC GIANG") == "695/UBND-VX"


def test_date_with_a_digit_read_as_its_lookalike():
    assert str(parse_date("Đà Nẵng, ngày 2l tháng 5 năm 2019")[0]) == "2019-05-21"
    assert parse_date("Hà Nội, ngày C4 tháng 3 năm 2023")[0] is None  # a blot, not a day


def test_double_d_is_a_real_code():
    from pipeline.repair.ocrletters import fix_codes
    assert fix_codes("- Lưu: VT, QLĐĐ, CCMT.") == []


def test_code_with_a_letter_read_twice_from_the_document():
    from pipeline.repair.ocrletters import code_counts, fix_doubled_codes
    lines = ["ứng dụng CNTT trong cơ quan", "cán bộ CNTT cấp huyện", "hạ tầng CNTT", "chuyên trách CNTTT của sở",
             "trường THPT số 1", "trường THPTT số 2"]
    counts = code_counts(lines)
    assert _apply(lines[3], fix_doubled_codes(lines[3], counts)) == "chuyên trách CNTT của sở"
    assert fix_doubled_codes(lines[5], counts) == []  # 'THPT' printed once only: no evidence


@pytest.mark.parametrize("line", [
    "Số: 1535/UBND-VX", "Số:. 1535 /UBND- VX", "Số: 1535,/UBND-VX", "Số: ‘1535/UBND-VX", "Sô: 1535/UBND-VX",
    "Số; 1535/UBND-VX", "Số: 1535/UBND—VX", "Số: 15 35/UBND-VX", "Số: 1535 /UBND-VX_",
])
def test_number_with_scan_specks(line):
    from pipeline.structure.header import parse_number
    assert parse_number(line)[0] == "1535/UBND-VX"


def test_number_speck_handling_keeps_blank_numbers_and_citations():
    from pipeline.structure.header import parse_number
    assert parse_number("Số: …/UBND-VP")[0] is None
    assert parse_number("Số:      /KH-STTTT")[0] is None
    assert parse_number("so với 15/2020/NĐ-CP") is None
    assert parse_number("Số: 435/QĐ-UBND, ngày 5")[0] == "435/QĐ-UBND"


def test_law_term_and_split_cited_number():
    from pipeline.repair.ocrletters import fix_codes
    line = "căn cứ Luật Đất đai số 3 1/2024/QHl5 ngày 18/01/2024"
    assert _apply(line, fix_codes(line)) == "căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024"
    assert fix_codes("Luật số 59/2020/QH14 ngày 17/6/2020") == []


def test_numbers_with_a_one_read_as_a_letter():
    line = "đáp ứng quy định tại Điều 30, 3l, 32 và khoản I Điều 5 của Nghị định"
    assert _apply(line, fix_dates(line)) == "đáp ứng quy định tại Điều 30, 31, 32 và khoản 1 Điều 5 của Nghị định"
    assert fix_dates("theo mục I.3 và Phần II của Kế hoạch") == []


def test_received_stamp_lines():
    from pipeline.repair.ocrletters import stamp_line
    assert stamp_line("DEN Ngày")
    assert stamp_line("ĐẾN Số: 2359 Ngày 29/11/10")
    assert not stamp_line("Ngày 15 tháng 3 năm 2024")
    assert not stamp_line("Số: 15/KH-UBND")
    assert not stamp_line("đến ngày 30/6/2024 phải hoàn thành việc rà soát")
    assert not stamp_line("> **ĐẾN** Số: 1998")  # typed out in a Markdown repost


def test_scan_header_with_a_handwritten_number_read_as_noise(tmp_path):
    from pipeline.structure import structure
    text = ("UBND TỈNH BẮC NINH\nSỞ NỘI VỤ\nSố: 7/48 /SNV-TCBC\nV/v rà soát biên chế năm 2024\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBắc Ninh, ngày 9 tháng 3 năm 2024\n"
            "Kính gửi: Các sở, ban, ngành thuộc tỉnh.\nSở Nội vụ đề nghị các đơn vị báo cáo trước ngày 30/3/2024.\n")
    doc = Document(doc_id="t", lines=lines_from_text(text))
    doc.meta["ocr"] = True
    cfg = Config()
    h = structure(repair(doc, cfg), cfg).header
    # both the number and the day were written by hand: empty fields, not wrong ones
    assert h.number is None and h.date is None
    assert h.issuer and "NỘI VỤ" in h.issuer.upper()


def test_code_cut_in_two_is_joined_from_the_document():
    # lo2 read 'CN TT' in an italic heading; these lines are written for the test
    from pipeline.repair.ocrletters import code_counts, fix_doubled_codes
    lines = ["xây dựng CSDL dùng chung", "hệ thống CSDL của tỉnh", "CSDL về đất đai",
             "b. Xây dựng CS DL chuyên ngành:", "UBND TP Hà Nội và UBND các quận", "Sở TT&TT", "mạng LAN WAN"]
    counts = code_counts(lines)
    assert _apply(lines[3], fix_doubled_codes(lines[3], counts)) == "b. Xây dựng CSDL chuyên ngành:"
    assert all(fix_doubled_codes(t, counts) == [] for t in lines[4:])  # codes of their own, or no evidence
    assert fix_doubled_codes("Xây dựng CS DL", code_counts(["CSDL", "CS DL"])) == []  # printed whole once only
