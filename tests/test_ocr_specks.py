"""Specks read as tokens of their own (pipeline/repair/ocrspecks.py) and Roman section numbers
misread (pipeline/repair/ocrlabels.fix_roman_labels).

Every sentence here was written for the test in the shape of a misreading seen in chidao's own
Tesseract readings (samples/real_ocr v1-v4), never copied from them."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair
from pipeline.repair.diacritics import splice
from pipeline.repair.lm import load_model
from pipeline.repair.ocrlabels import fix_roman_labels
from pipeline.repair.ocrspecks import fix_specks


@pytest.fixture(scope="module")
def lm():
    return load_model()


def _apply(text: str, fixes) -> str:
    return splice(text, [(a, b, c, d, 0.9, []) for a, b, c, d in fixes])


@pytest.mark.parametrize("line,want", [
    ("Sở Tài chính hướng dẫn ( việc lập dự toán năm 2025;", "Sở Tài chính hướng dẫn việc lập dự toán năm 2025;"),
    ("trong điều kiện kinh phí còn eo ,hẹp, các đơn vị cần", "trong điều kiện kinh phí còn eo hẹp, các đơn vị cần"),
    ("các xã phải tổ chức tập huấn cho các ,", "các xã phải tổ chức tập huấn cho các"),
    ("báo cáo kết quả về cơ quan I nhà nước cấp trên", "báo cáo kết quả về cơ quan nhà nước cấp trên"),
    ("đẩy mạnh việc ú ứng dụng phần mềm quản lý", "đẩy mạnh việc ứng dụng phần mềm quản lý"),
])
def test_specks_read_as_tokens_are_removed(lm, line, want):
    assert _apply(line, fix_specks(lm, line)) == want


@pytest.mark.parametrize("line", [
    "theo mẫu tại Phụ lục I kèm theo Kế hoạch này",
    "hoàn thành trong quý I năm 2025",
    "thực hiện giai đoạn I của dự án",
    "- Kinh phí: (cụ thể có phụ lục kèm theo).",
    "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng",
    "cán bộ ở ở xã",  # a doubled common word is no letter's echo
    "(a) tổ chức hội nghị ( xem Phụ lục)",  # a ')' later on the line: kept
    "các tỉnh, thành phố , các bộ",  # a comma spaced on both sides, mid-line: the typist's
])
def test_specks_leave_what_directives_print(lm, line):
    assert fix_specks(lm, line) == []


def test_roman_section_number_misread():
    lines = ["VI. TỔ CHỨC THỰC HIỆN", "Các sở triển khai.", "VIH. KINH PHÍ THỰC HIỆN", "Nguồn ngân sách."]
    assert fix_roman_labels(lines) == {2: "VIII. KINH PHÍ THỰC HIỆN"}  # a heading in capitals
    lines = ["VII. TỔ CHỨC THỰC HIỆN", "Các sở triển khai.", "VIH. Kinh phí thực hiện"]
    assert fix_roman_labels(lines) == {2: "VIII. Kinh phí thực hiện"}
    assert fix_roman_labels(["I. Mục đích", "nội dung", "H. Yêu cầu"]) == {2: "II. Yêu cầu"}
    assert fix_roman_labels(["XlV. NHIỆM VỤ CỤ THỂ"]) == {0: "XIV. NHIỆM VỤ CỤ THỂ"}


def test_roman_section_number_leaves_others():
    assert fix_roman_labels(["II. MỤC TIÊU", "H. Nguyễn Văn A"]) == {}  # not II's successor, not a heading
    assert fix_roman_labels(["IV. NHIỆM VỤ", "V. GIẢI PHÁP"]) == {}
    assert fix_roman_labels(["1. Mục đích", "HH. abc"]) == {}


def test_specks_go_through_the_cascade_on_ocrd_text_only():
    text = "Thực hiện Kế hoạch số 12/KH-UBND về việc\nđẩy mạnh ú ứng dụng công nghệ thông tin trong cơ quan I nhà nước.\n"
    doc = Document(doc_id="x", source="x.pdf", format="pdf", lines=lines_from_text(text))
    doc.meta["ocr"] = True
    for ln in doc.lines:
        ln.ocr_confidence = 0.9
    out = repair(doc, Config())
    assert out.lines[1].text == "đẩy mạnh ứng dụng công nghệ thông tin trong cơ quan nhà nước."
    typed = Document(doc_id="y", source="y.txt", format="txt", lines=lines_from_text(text))
    assert repair(typed, Config()).lines[1].text == "đẩy mạnh ú ứng dụng công nghệ thông tin trong cơ quan I nhà nước."


def test_code_with_a_capital_misread_takes_the_documents_spelling():
    from pipeline.repair.ocrletters import code_counts, fix_doubled_codes

    texts = ["Ứng dụng CNTT trong cơ quan", "cán bộ CNTT cấp huyện", "II. NHIỆM VỤ CNTT", "4. Quản lý dự án CNIT:"]
    counts = code_counts(texts)
    assert fix_doubled_codes(texts[3], counts) == [(17, 21, "CNIT", "CNTT")]
    assert fix_doubled_codes("Hội đồng HĐND", code_counts(["UBND", "UBND", "UBND", "HĐND"])) == []
    # read once and no spelling printed often enough: kept
    assert fix_doubled_codes("dự án CNIT", code_counts(["CNTT", "CNIT"])) == []


def test_case_of_the_last_word_closed_by_a_bracket(lm):
    from pipeline.repair.ocrletters import fix_case

    assert fix_case(lm, "(03 xã, 12 cơ quan cấp SỞ).") == [(23, 25, "SỞ", "sở")]
    assert fix_case(lm, "ký hợp đồng với Công ty Cổ") == []  # a name may run on to the next line


def test_pair_with_a_final_letter_lost(lm):
    from pipeline.repair.ocrletters import fix_pairs

    line = "Các sở làm tốt việc cun cấp thông tin cho người dân"
    assert _apply(line, fix_pairs(lm, line)) == "Các sở làm tốt việc cung cấp thông tin cho người dân"
    # a pair as read that is itself a word stays ('cán cân', 'bàn tròn')
    assert fix_pairs(lm, "giữ vững cán cân thương mại và tổ chức bàn tròn") == []


def test_date_with_a_gap_after_its_first_slash():
    from pipeline.repair.ocrnoise import clean_line

    assert clean_line("Ngày 14/ 11/2019, Sở Nội vụ đã ban hành") == "Ngày 14/11/2019, Sở Nội vụ đã ban hành"
    assert clean_line("văn bản số 45/ 13/2020 của Bộ") == "văn bản số 45/ 13/2020 của Bộ"  # no month 13: kept


@pytest.mark.parametrize("line,want", [
    ("V/v triển khai Thông I báo kết luận của Chủ tịch", "V/v triển khai Thông báo kết luận của Chủ tịch"),
    ("thực hiện Nghị quyết số s 12-NQ/TU của Tỉnh ủy", "thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy"),
])
def test_stroke_and_letter_twice_beside_title_and_number(lm, line, want):
    assert _apply(line, fix_specks(lm, line)) == want


@pytest.mark.parametrize("line", [
    "áp dụng điểm đ khoản 2 Điều 7 Nghị định",
    "các nội dung tại mục b nêu trên",
    "Chương I quy định chung",
])
def test_letter_labels_after_their_nouns_stay(lm, line):
    assert fix_specks(lm, line) == []


def test_grammar_word_in_title_case_mid_sentence(lm):
    from pipeline.repair.ocrletters import fix_case

    assert _apply("giao Sở Nội vụ chủ trì Việc tổng hợp báo cáo",
                  fix_case(lm, "giao Sở Nội vụ chủ trì Việc tổng hợp báo cáo")) == \
        "giao Sở Nội vụ chủ trì việc tổng hợp báo cáo"
    assert _apply("phối hợp trong Các cơ sở giáo dục", fix_case(lm, "phối hợp trong Các cơ sở giáo dục")) == \
        "phối hợp trong các cơ sở giáo dục"
    # a document type, an office, a portal: names, kept
    for line in ("đã ban hành Chỉ thị số 05/CT-UBND", "báo cáo về Chi cục Thuế", "làm việc với Cơ quan Thuế",
                 "đăng trên Cổng thông tin điện tử"):
        assert fix_case(lm, line) == [], line


def test_eth_beside_d_bar_is_one_letter_read_twice():
    from pipeline.repair.ocr import eth_doubles

    raw = "báo cáo về Sở GD&ĐÐT và BCĐÐ tỉnh"
    text = raw.replace("Ð", "Đ")
    assert _apply(text, eth_doubles(raw, text)) == "báo cáo về Sở GD&ĐT và BCĐ tỉnh"
    assert eth_doubles("Phòng QLĐĐ", "Phòng QLĐĐ") == []  # printed with 'ĐĐ': kept


def test_margin_note_read_one_word_a_line():
    from pipeline.repair.ocrnoise import note_lines

    texts = ["V/v tăng cường phòng chống dịch", "?", "mùa", "và", "", "lũ", "năm 2025", "1. Các xã:"]
    assert note_lines(texts) == {2, 3, 5}
    assert note_lines(["Kính gửi:", "-", "31", ":", "dã", "CỘNG HÒA"]) == {4}
    # a paragraph's last line of one word, a page number, a label and a table column stay
    assert note_lines(["các cơ quan, đơn vị triển khai thực hiện các nội dung trên đúng", "hạn.", "2"]) == set()
    assert note_lines(["Số TT", "1", "2", "3", "Tổng"]) == set()
    assert note_lines(["a)", "b)", "c)"]) == set()
    # a table's narrow column read one word a line: words only, no speck among them
    assert note_lines(["Báo cáo", "về", "các", "tổ", "chức", "Quý II"]) == set()
    assert note_lines(["UBND", "12", "tỉnh", "18", "Sở"]) == set()


def test_split_cited_number_after_so_read_without_its_mark():
    from pipeline.repair.ocrletters import fix_codes

    line = "căn cứ Luật Giao dịch điện tử sô 5 1/2005/QH11 ngày 29/11/2005;"
    assert _apply(line, fix_codes(line)) == "căn cứ Luật Giao dịch điện tử sô 51/2005/QH11 ngày 29/11/2005;"
    assert fix_codes("cấp 5 1/2005/ bản") == []  # no 'số' before it: two numbers
