"""Session 12 (branch ocr12): Tesseract damage seen on scans of printed directives beyond
look-alike marks: a vowel under stacked marks read as two letters ('sóỏ' for 'số'), and
underscore specks opening a line ('__ giáo dục', '_ 1. Tựu trường').  The sentences are
written for these tests from general directive wording, not copied from a reading."""
from __future__ import annotations

import pytest

from pipeline.repair.ocrnoise import clean_line

from conftest import ocr_doc  # noqa: E402


# ----------------------------------------------------------------------------- doubled vowels
@pytest.mark.parametrize("broken, fixed", [
    ("Kế hoạch thời gian năm học đối với giáo dục mảãm non, giáo dục phổ thông",
     "Kế hoạch thời gian năm học đối với giáo dục mầm non, giáo dục phổ thông"),
    ("các trường mầãm non trên địa bàn huyện", "các trường mầm non trên địa bàn huyện"),
    ("Công văn sóỏ 215/UBND-VX ngày 12/3/2024 của UBND tỉnh", "Công văn số 215/UBND-VX ngày 12/3/2024 của UBND tỉnh"),
    ("đẩy mạnh tuyên truyền về chiéền lược phát triển kinh tế", "đẩy mạnh tuyên truyền về chiến lược phát triển kinh tế"),
    ("bảo đảm theo tiêu chuaãn quốc gia về chất lượng", "bảo đảm theo tiêu chuẩn quốc gia về chất lượng"),
    ("TRIỂN KHAI THI HÀNH LUẬT PHỔ BIẾN, GIÁO DỤC PHÁAP LUẬT", "TRIỂN KHAI THI HÀNH LUẬT PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT"),
])
def test_vowel_read_twice_under_stacked_marks(broken, fixed):
    assert ocr_doc(broken).lines[0].text == fixed


def test_doubled_vowels_of_typed_text_are_left():
    # a clean typed text that is not OCR'd: a foreign word with a doubled vowel stays
    line = "Hội thảo với chuyên gia của tổ chức Kiva Zoom và Facebook"
    assert ocr_doc(line, ocr=False).lines[0].text == line


def test_foreign_word_with_doubled_vowel_stays_in_ocr_text():
    line = "Tổ chức họp trực tuyến qua phần mềm Zoom với các xã"
    assert ocr_doc(line).lines[0].text == line


# ----------------------------------------------------------------------------- underscores
@pytest.mark.parametrize("noisy, clean", [
    ("__ giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên", "giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên"),
    ("___ 30/12/2010 của Chính phủ quy định", "30/12/2010 của Chính phủ quy định"),
    ("_.Căn cứ Luật Tổ chức chính quyền địa phương;", "Căn cứ Luật Tổ chức chính quyền địa phương;"),
    ("._ Điều 2. Quyết định này có hiệu lực", "Điều 2. Quyết định này có hiệu lực"),
    ("__ Nơi nhận:", "Nơi nhận:"),
    ("_ 1. Tựu trường: ngày 26/8/2024.", "1. Tựu trường: ngày 26/8/2024."),
    ("_ b) Đơn vị phối hợp: các sở, ngành liên quan.", "b) Đơn vị phối hợp: các sở, ngành liên quan."),
    ("_ Điều 3. Chánh Văn phòng UBND tỉnh", "Điều 3. Chánh Văn phòng UBND tỉnh"),
    ("_ II. NHIỆM VỤ VÀ GIẢI PHÁP", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
])
def test_underscore_specks_opening_a_line(noisy, clean):
    assert clean_line(noisy) == clean


@pytest.mark.parametrize("line", [
    "_ Như trên;",            # one '_' before a word: the dash bullet misread (made '-')
    "____, ngày ... tháng ... năm 2024",   # a blank to fill
    "______________",           # a rule
    "... và các nội dung khác",  # an ellipsis
    "- 1. nội dung",            # a printed dash stays
])
def test_underscores_that_are_no_specks(line):
    got = clean_line(line)
    assert got == line or (line.startswith("_ ") and got == "- " + line[2:])


# ----------------------------------------------------------------------------- stacked vowels as letters
@pytest.mark.parametrize("broken, fixed", [
    ("Thực hiện rà soát, kiểm tra hd sơ khai thuế của các doanh nghiệp",
     "Thực hiện rà soát, kiểm tra hồ sơ khai thuế của các doanh nghiệp"),
    ("Bộ phận một cửa tiếp nhận hd sơ của công dân", "Bộ phận một cửa tiếp nhận hồ sơ của công dân"),
    ("có rủi ro cao thì bd sung vào kế hoạch thanh tra", "có rủi ro cao thì bổ sung vào kế hoạch thanh tra"),
    ("rà soát cơ sở dit liệu phục vụ công tác quản lý", "rà soát cơ sở dữ liệu phục vụ công tác quản lý"),
    ("xây dựng cơ sở dit liệu dân cư của tỉnh", "xây dựng cơ sở dữ liệu dân cư của tỉnh"),
])
def test_stacked_vowel_read_as_letters(broken, fixed):
    assert ocr_doc(broken).lines[0].text == fixed


@pytest.mark.parametrize("line", [
    "Kết nối mạng cáp quang và truyền hình hd cho các xã",   # a foreign abbreviation, no pair
    "thanh toán qua ứng dụng bd của ngân hàng",
    "Đăng ký tài khoản trên trang vbpl và csdl quốc gia",
])
def test_lower_case_abbreviations_without_a_pair_stay(line):
    assert ocr_doc(line).lines[0].text == line


@pytest.mark.parametrize("line", [
    "Sáp nhập xã Tà Bhing và Tà Pơơ thành xã mới có tên gọi là xã Bến Giằng.",
    "Sáp nhập xã La Dêê và xã Tà Lu thành xã mới.",
    "các xã Tà Lu, A Rooi, Zà Hung thành xã mới",
])
def test_names_written_with_a_doubled_vowel_stay(line):
    assert ocr_doc(line).lines[0].text == line
