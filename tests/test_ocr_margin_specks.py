"""Specks in the margins of a scanned line (pipeline.repair.ocrnoise): dust or a stroke beside
the text that Tesseract reads as a short token past a wide gap (ingest joins such parts
with a tab) or as punctuation alone after the line's last word.  Seen on dusty, pale and
bitonal scans (benchmarks/rendered_ocr.py) and in the real readings ('... kèm theo).<tab>sắm').
The sentences are written for these tests; the kept lines are shapes directives print."""
from __future__ import annotations

import pytest

from pipeline.repair.ocrnoise import clean_line

from conftest import ocr_doc  # noqa: E402


@pytest.mark.parametrize("noisy, clean", [
    # a short token past the line's last wide gap, beside body text
    ("Kính gửi: Sở Tài chính tỉnh Quảng Nam.\tVU", "Kính gửi: Sở Tài chính tỉnh Quảng Nam."),
    ("các cơ quan, đơn vị triển khai thực hiện nghiêm túc;\tHà", "các cơ quan, đơn vị triển khai thực hiện nghiêm túc;"),
    ("báo cáo kết quả về Ủy ban nhân dân huyện trước ngày\t_", "báo cáo kết quả về Ủy ban nhân dân huyện trước ngày"),
    ("- Các Phó Chủ tịch UBND tỉnh (để chỉ đạo);\t. -- -", "- Các Phó Chủ tịch UBND tỉnh (để chỉ đạo);"),
    # punctuation alone after the last word
    ("tổ chức tuyên truyền sâu rộng trong cán bộ, _", "tổ chức tuyên truyền sâu rộng trong cán bộ,"),
    ("Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015; __", "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;"),
    ("đề nghị các đơn vị phối hợp thực hiện |", "đề nghị các đơn vị phối hợp thực hiện"),
    ("hướng dẫn cụ thể như sau: -..", "hướng dẫn cụ thể như sau:"),
    ("Nội dung thực hiện: |", "Nội dung thực hiện:"),  # the line's only bar
    ("- Lưu: VT, TH; :", "- Lưu: VT, TH;"),
    # two letters before the wide gap, beside body text
    ("Tu\ttháo gỡ khó khăn, vướng mắc trong tổ chức thi hành", "tháo gỡ khó khăn, vướng mắc trong tổ chức thi hành"),
    ("Ti\tCăn cứ Luật Tổ chức chính quyền địa phương;", "Căn cứ Luật Tổ chức chính quyền địa phương;"),
])
def test_margin_specks_are_removed(noisy, clean):
    assert clean_line(noisy) == clean


@pytest.mark.parametrize("line", [
    "giai đoạn 2021 -",                               # a wrapped range
    "tuyến đường Côn Minh - Lào Cai -",               # a dashed list of names, wrapped
    "nhiệm vụ chính trị, kinh tế -",                  # a compound wrapped at its dash ('kinh tế - xã hội')
    "Độc lập -",
    "thực hiện Kết luận số 75-KL/TW, ngày _",         # a blank to fill
    "BỘ Y TẾ |",                                      # a table's cell wrapped
    "Hà Nội, ngày 30 tháng 05 năm 2021 |",
    "| TT | Nội dung | Địa điểm |",                   # a table row after a number word
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ---------------",  # a header's rule
    "Số: ......../QĐ-UBND ngày ......",               # blanks to fill
    "| STT | Nội dung | Thời gian |",
    "- Như trên;\tKT. CHỦ TỊCH",                      # the signature's column
    "- Lưu: VT, TH.\tTM.",                            # an abbreviation with its dot
    "1. Nguyễn Văn An\tNữ",                           # a table row: no body text left of the gap
    "Tổng kinh phí thực hiện kế hoạch là\t15",        # a number is a column
    "TM.\tỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",            # an abbreviation with its dot
    "Sở\tTài chính",                                  # too little text beside it
    "Thực hiện các nhiệm vụ trọng tâm năm 2024 ...",  # an ellipsis
])
def test_columns_and_printed_marks_are_kept(line):
    assert clean_line(line) == line


@pytest.mark.parametrize("line, fixed", [
    ("quy định tại điểm a, khoản |", "quy định tại điểm a, khoản 1"),
    ("theo quy định tại Điều |", "theo quy định tại Điều 1"),
    ("hoàn thành trước ngày |", "hoàn thành trước ngày 1"),
])
def test_a_bar_after_a_number_word_is_the_digit_one(line, fixed):
    assert clean_line(line) == fixed


def test_margin_specks_only_in_ocr_text():
    text = "báo cáo kết quả về Ủy ban nhân dân huyện trước ngày\t_\ncác đơn vị phối hợp thực hiện |"
    assert [ln.text for ln in ocr_doc(text, ocr=False).lines] == text.split("\n")
    doc = ocr_doc(text)
    assert [ln.text for ln in doc.lines] == ["báo cáo kết quả về Ủy ban nhân dân huyện trước ngày",
                                             "các đơn vị phối hợp thực hiện"]


# ------------------------------------------------------------- a speck read as a stop
from pipeline.repair.ocrnoise import speck_stop  # noqa: E402


@pytest.mark.parametrize("line, nxt, fixed", [
    ("Tiền sử dụng đất khi nhà nước giao đất, cho phép chuyển mục đích sử dụng.",
     "đất theo quy định tại Điều 12 Nghị định này", "Tiền sử dụng đất khi nhà nước giao đất, cho phép chuyển mục đích sử dụng"),
    ("Địa bàn xảy ra chiến sự trong chiến tranh bảo vệ Tổ quốc được xác định là.",
     "các xã thuộc biên giới phía Bắc", "Địa bàn xảy ra chiến sự trong chiến tranh bảo vệ Tổ quốc được xác định là"),
    ("Ủy ban nhân dân tỉnh đề nghị các sở, ngành phối hợp triển khai các nhiệm vụ về Giáo dục.",
     "và Đào tạo theo kế hoạch", "Ủy ban nhân dân tỉnh đề nghị các sở, ngành phối hợp triển khai các nhiệm vụ về Giáo dục"),
])
def test_a_stop_before_a_lower_case_continuation_is_a_speck(line, nxt, fixed):
    assert speck_stop(line, nxt) == fixed


@pytest.mark.parametrize("line, nxt", [
    ("Các đơn vị tổ chức thực hiện nghiêm túc các nội dung của Kế hoạch này.", "Trong quá trình thực hiện"),  # a new sentence
    ("Hỗ trợ người có công với cách mạng theo các nội dung cụ thể như sau.", "a) Đối tượng hỗ trợ"),  # a list label
    ("Ủy ban nhân dân tỉnh giao Sở Nội vụ phối hợp với Ủy ban nhân dân TP.", "Hà Nội"),  # capitals
    ("Sở Văn hóa, Thể thao và Du lịch tổ chức hội thao, hội diễn, văn nghệ v.v.", "và các hoạt động khác"),  # abbreviation
    ("Báo cáo kết quả.", "trong tháng 6"),  # a short line: a heading or an item
    ("đến năm 2025 đạt tỷ lệ phủ sóng 100% các thôn, bản trên địa bàn tỉnh 2025.", "năm 2030"),  # a number
])
def test_a_real_stop_is_kept(line, nxt):
    assert speck_stop(line, nxt) == line


def test_speck_stop_only_in_ocr_text():
    text = ("Tiền sử dụng đất khi nhà nước giao đất, cho phép chuyển mục đích sử dụng.\n"
            "đất theo quy định tại Điều 12 Nghị định này")
    assert [ln.text for ln in ocr_doc(text, ocr=False).lines] == text.split("\n")
    assert ocr_doc(text).lines[0].text.endswith("mục đích sử dụng")


@pytest.mark.parametrize("line, nxt", [
    ("Xét đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 107/TTr-SGDĐT ngày 09/8/2024.",
     "về việc ban hành Kế hoạch thời gian năm học"),
    ("Ủy ban nhân dân huyện đã có Báo cáo số 215/BC-UBND gửi Sở Tài chính từ ngày 15/3/2023.",
     "nhưng đến nay chưa được giải quyết"),
    ("Xét Tờ trình số 42/TTr-UBND của Ủy ban nhân dân tỉnh về dự thảo ngày 29 tháng 5.",
     "năm 2017 của Ủy ban nhân dân tỉnh"),
])
def test_a_stop_after_a_date_before_a_lower_case_continuation_is_a_speck(line, nxt):
    assert speck_stop(line, nxt) == line[:-1]


@pytest.mark.parametrize("line, nxt", [
    ("Các đơn vị gửi báo cáo về Sở Tài chính trước ngày 15/3/2023.", "Trong quá trình thực hiện"),   # a new sentence
    ("Các đơn vị gửi báo cáo kết quả thực hiện về Sở Tài chính trước ngày 15/3/2023.", "a) Báo cáo quý"),  # a label
    ("Tổng hợp số liệu của các đơn vị trực thuộc trên địa bàn toàn tỉnh trong tháng 5.", "ngày 20 hằng tháng"),  # no year after it
])
def test_a_stop_after_a_date_that_ends_a_sentence_is_kept(line, nxt):
    assert speck_stop(line, nxt) == line
