"""Real OCR damage beyond look-alike marks: scan noise, stacked marks read as an acute,
marks dropped, capitals and unmarked lines of an OCR'd letter (pipeline.repair.ocrnoise and
the OCR corrector's costs).  The sentences are written for these tests in the shapes the
real OCR'd letters (samples o1-o5, m7-m9) show."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair.ocr import dropped_marks, ocr_edits, stacked_misread
from pipeline.repair.ocrnoise import clean_line

from conftest import ocr_doc  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


# ----------------------------------------------------------------------------- scan noise
@pytest.mark.parametrize("noisy, clean", [
    ("- Lưu: VT, Phòng KT£", "- Lưu: VT, Phòng KT"),
    ("@® Thời gian ký: 12.05.2024 09:15", "Thời gian ký: 12.05.2024 09:15"),
    ("&+", ""),
    ("(% :#)", ""),
    ("đề nghị các phòng | chuyên môn tham mưu", "đề nghị các phòng chuyên môn tham mưu"),
    ("hoàn thành trước ngày| 20/6/2024", "hoàn thành trước ngày 20/6/2024"),
    ("Căn cứ Luật Đầu tư công, _Nghị định số", "Căn cứ Luật Đầu tư công, Nghị định số"),
    ("quy định tại Điều 12'Nghị định số", "quy định tại Điều 12 Nghị định số"),
    ("cán bộ và 'nhân dân trên địa bàn", "cán bộ và nhân dân trên địa bàn"),
    ("cung cấp thông. tin cho cơ quan", "cung cấp thông tin cho cơ quan"),
    ("theo công văn số. 215/UBND-VX và Điều. 4", "theo công văn số 215/UBND-VX và Điều 4"),
    ("Quảng Ngãi. ngày 05 tháng 3 năm 2024", "Quảng Ngãi, ngày 05 tháng 3 năm 2024"),
    ("UBND huyện thông báo để các xã biết, thực hiện./. Ci", "UBND huyện thông báo để các xã biết, thực hiện./."),
    ("kịp thời xử lý.⁄.", "kịp thời xử lý./."),
    ("~ Sở Tài chính (để phối hợp);", "- Sở Tài chính (để phối hợp);"),
    ("_ Như trên;", "- Như trên;"),
    ("- Như trên; a", "- Như trên;"),
    ("- Lưu: VT, TH. a", "- Lưu: VT, TH."),
    ("PHÒNG KINH TẾ ~ HẠ TẦNG", "PHÒNG KINH TẾ - HẠ TẦNG"),
    ("Thông tư số 10/2021/TT-BNV ngày 09/1 2/2021", "Thông tư số 10/2021/TT-BNV ngày 09/12/2021"),
])
def test_scan_noise_is_removed(noisy, clean):
    assert clean_line(noisy) == clean


@pytest.mark.parametrize("line", [
    "| STT | Nội dung | Thời gian |",          # a table keeps its bars
    "Tổ chức Hội thi “Tìm hiểu pháp luật” năm 2024",  # paired quotes stay
    "[…]",                                   # an excerpt's gap
    "* * *",
    "- Như trên;",
    "Thời gian: 14 giờ 00, ngày 15/5/2024. Địa điểm: Hội trường UBND xã.",
    "Kinh tế - Xã hội; văn hóa, thể thao v.v. và các lĩnh vực khác",
    "email: vanthu@laocai.gov.vn",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "a. Tổ chức tuyên truyền",
    "theo quy định tại điểm a, b",
    "KT.CHỦ TỊCH PHÓ CHỦ TỊCH",  # the typist's spacing
    "Số: 12/QĐ-UBND - Hà Nội",
    "| --- | --- |",                          # a Markdown table's rule
    "===== Trang 2 =====",
    "PHÒNG GIÁO DỤC & ĐÀO TẠO",
    "của Ban Bí thư “về tăng cường sự lãnh đạo, chỉ đạo",  # a quote that closes lines later
    "Quyết định số 416/QĐ- TTg; Kế hoạch số 119-KH/TU",   # the typist's spacing
    "-Lưu VT;",
    "V/v triển khai Nghị định số 49/2026/NĐ-CP | Hà Nội, ngày 03 tháng 02 năm 2026",  # two columns
    "ngày 06/1 3/2013",                      # 13 is no month: left
    "• Nộp danh sách học sinh dự thi cấp huyện",  # Word's bullet
    "### 4. Giao Ban Pháp chế",                  # a Markdown heading
    "# THÔNG BÁO",
    "> Trích: Kết luận số 75-KL/TW",              # a Markdown quote
    "tác phẩm «Đường Kách mệnh»",               # French quotes
    "",
])
def test_clean_lines_keep_every_character(line):
    assert clean_line(line) == line


def test_noise_is_removed_only_in_ocr_text():
    text = "Văn phòng UBND huyện thông báo để các cơ quan biết, thực hiện./. Ci\n- Lưu: VT, KT£"
    assert ocr_doc(text, ocr=False).lines[1].text == "- Lưu: VT, KT£"
    doc = ocr_doc(text)
    assert [ln.text for ln in doc.lines] == [
        "Văn phòng UBND huyện thông báo để các cơ quan biết, thực hiện./.", "- Lưu: VT, KT"]
    assert all(r.kind == "ocr" for r in doc.repairs)


# ----------------------------------------------------------------------------- marks
def test_stacked_mark_read_as_acute():
    assert stacked_misread("dé", "để") and stacked_misread("hé", "hồ") and stacked_misread("thé", "thổ")
    assert not stacked_misread("hè", "hồ")  # a grave is no stacked misreading
    assert not stacked_misread("dé", "de")  # a tone dropped is not a hat read
    assert ocr_edits("dé", "để") < ocr_edits("dè", "để")


def test_dropped_marks_cost_beyond_the_first():
    assert dropped_marks("chờ", "cho") == 2 and dropped_marks("chỉ", "chi") == 1 and dropped_marks("cho", "chờ") == 0
    assert ocr_edits("chỉ", "chi") == 1.0
    assert ocr_edits("chờ", "cho") > 2.0


@pytest.mark.parametrize("broken, fixed", [
    ("Phòng Tư pháp chuyển hé sơ sang Công an huyện", "Phòng Tư pháp chuyển hồ sơ sang Công an huyện"),
    ("Sở Tài chính thông báo bé sung dự toán năm 2024", "Sở Tài chính thông báo bổ sung dự toán năm 2024"),
    ("Tổ chức kiểm tra chuyên dé về an toàn thực phẩm", "Tổ chức kiểm tra chuyên đề về an toàn thực phẩm"),
    ("Trung tâm hé trợ doanh nghiệp nhỏ và vừa", "Trung tâm hỗ trợ doanh nghiệp nhỏ và vừa"),
])
def test_stacked_marks_are_restored_in_ocr_text(broken, fixed):
    assert ocr_doc(broken).lines[0].text == fixed


def test_two_invented_marks_are_not_dropped():
    line = "Các xã chủ động thực hiện, không chờ đến khi có văn bản hướng dẫn"
    assert ocr_doc(line).lines[0].text == line


def test_caps_title_mark_swapped():
    assert ocr_doc("Nơi nhận: PHÓ TỔNG CỤC TRƯỜNG").lines[0].text == "Nơi nhận: PHÓ TỔNG CỤC TRƯỞNG"


def test_unmarked_line_of_a_marked_ocr_letter():
    text = ("Hướng dẫn này có hiệu lực kể từ ngày ký và được áp dụng thống nhất.\n"
            "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở Tư pháp.\n"
            "Sở Tư pháp đề nghị các phòng, ban chuyên môn thực hiện nghiêm túc nội dung trên.\n"
            "Nơi nhận:\n- Như trên;\n- Luu: VT, TP.\nMai Van Son")
    doc = ocr_doc(text)
    assert doc.lines[5].text == "- Lưu: VT, TP."
    assert doc.lines[6].text == "Mai Van Son"  # plain words that are syllables stay: names
    # a line with a foreign word is no Vietnamese that lost its marks ('Make in Viet Nam')
    brand = ocr_doc(text.replace("Mai Van Son", "Make in Viet Nam"))
    assert brand.lines[6].text == "Make in Viet Nam"
    # a stripped document is the diacritics step's: its unmarked lines are not questioned here
    stripped = "Nơi nhận:\n- Như trên;\n- Luu: VT, TP.\nDe nghi cac phong thuc hien\nBao cao ket qua ve So"
    assert ocr_doc(stripped).lines[2].text == "- Luu: VT, TP."


# ----------------------------------------------------------------------------- fixed phrases
@pytest.mark.parametrize("line, fixed", [
    ("UBND TỈNH BẮC KẠN CONG HOA XÃ HỘI CHỦ NGH. TNAM", "UBND TỈNH BẮC KẠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("SỞ Y TẾ CONG HOA Í CHU NGHĨA VIET NAM", "SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("PHÒNG NỘI VỤ Doc lọc Tự do - Hạnh phúc", "PHÒNG NỘI VỤ Độc lập - Tự do - Hạnh phúc"),
])
def test_long_fixed_phrases_with_words_lost_or_run_together(line, fixed):
    doc = ocr_doc(line)
    assert doc.lines[0].text == fixed


def test_long_fixed_phrases_leave_other_lines():
    from pipeline.repair.ocrphrases import fix_long_phrases

    for line in ("UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Phát triển kinh tế - xã hội, đảm bảo quốc phòng, an ninh",
                 "Công an huyện chủ trì, phối hợp với các xã thực hiện"):
        assert fix_long_phrases(line) == []


# ----------------------------------------------------------------------------- the document's forms
def test_the_documents_own_spelling_wins_a_near_tie():
    body = ["Cục Thuế tỉnh thực hiện thanh tra thuế, kiểm tra thuế theo kế hoạch năm."] * 9
    text = "\n".join(body + ["Đề nghị Chi cục Thuế rà soát hồ sơ khai thuế, kiểm tra thuê",
                             "đối với doanh nghiệp cho thuê văn phòng trên địa bàn."])
    doc = ocr_doc(text)
    assert doc.lines[9].text.endswith("kiểm tra thuế")
    assert "cho thuê văn phòng" in doc.lines[10].text  # the word the letter means stays
    # typed text, or a letter that prints the word rarely, gets no such help
    assert ocr_doc(text, ocr=False).lines[9].text.endswith("kiểm tra thuê")


# ----------------------------------------------------------------------------- the signer's name
@pytest.mark.parametrize("line, fixed", [
    ("Dang Van Hùng", "Đặng Van Hùng"), ("Tran Thị Lan", "Trần Thị Lan"), ("Trân Quốc Toản", "Trần Quốc Toản"),
    ("Le Minh Tuấn", "Lê Minh Tuấn"), ("Nguyen Thị Hoa", "Nguyễn Thị Hoa"),
])
def test_surname_of_a_name_line(line, fixed):
    from pipeline.repair.ocrphrases import fix_name_line
    from pipeline.repair.diacritics import splice

    assert splice(line, [(a, b, c, d, 1.0, []) for a, b, c, d in fix_name_line(line)]) == fixed


@pytest.mark.parametrize("line", ["Nguyễn Văn An", "Mai Son", "Do Sở Nội vụ chủ trì", "Kính gửi:", "TRAN VAN AN",
                                  "Đặng Ngọc Minh", "Dang", "Lê Thị Hồng Vân và Trần Văn Hải"])
def test_other_lines_are_no_name_line(line):
    from pipeline.repair.ocrphrases import fix_name_line

    assert fix_name_line(line) == []


def test_name_line_only_in_ocr_text():
    text = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nDang Van Hùng"
    assert ocr_doc(text, ocr=False).lines[3].text == "Dang Van Hùng"
    assert ocr_doc(text).lines[3].text.startswith("Đặng ")


# ----------------------------------------------------------------------------- a stop lost before an item
def test_next_item_after_a_blank_line_though_the_stop_was_lost():
    from pipeline.structure import structure
    from pipeline.structure.sections import section_path_at

    lines = ["UBND HUYỆN AN LÃO", "Số: 15/UBND-VP", "", "Kính gửi: Các phòng, ban chuyên môn.", "",
             "1. Phòng Tài chính - Kế hoạch rà soát nguồn vốn đầu tư công năm 2024, tham mưu",
             "phân bổ kinh phí thực hiện các dự án trọng điểm của huyện trong quý III năm",
             "2024; phối hợp với các xã hoàn thiện hồ sơ quyết toán các công trình đã hoàn",
             "thành, bảo đảm đúng quy định của Luật Đầu tư công và các văn bản hướng dẫn",
             "hiện hành, báo cáo Ủy ban nhân dân huyện kết quả thực hiện trong tháng tới",  # its stop lost
             "", "2. Phòng Nội vụ hướng dẫn các xã kiện toàn đội ngũ cán bộ, công chức cấp xã",
             "theo đúng quy định của pháp luật về cán bộ, công chức và vị trí việc làm.",
             "", "Nơi nhận:", "- Như trên;", "- Lưu: VT."]
    doc = structure(Document(doc_id="s", lines=lines_from_text("\n".join(lines))), Config())
    assert section_path_at(doc, 12) == "2"
