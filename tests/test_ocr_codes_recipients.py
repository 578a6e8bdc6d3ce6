"""Document numbers and the Nơi nhận block on OCR'd lines (session 12): a blank beside a
hyphen inside a number, a letter read into a code the document prints elsewhere, a
recipient's ';' read ':'.  Lines written for these tests in the shapes of directives."""
from __future__ import annotations

import pytest

from pipeline.repair.ocrletters import fix_code_spacing, fix_doubled_codes
from pipeline.repair.ocrphrases import fix_recipient_ends


def _apply(line, fixes):
    for a, b, _, rep in sorted(fixes, reverse=True):
        line = line[:a] + rep + line[b:]
    return line


@pytest.mark.parametrize("line, want", [
    ("Tổng cục Thuế đã ban hành Công văn số 1046/TCT- TTKT ngày 12/3/2020",
     "Tổng cục Thuế đã ban hành Công văn số 1046/TCT-TTKT ngày 12/3/2020"),
    ("Công văn số 3365/BTTTT- UDCNTT ngày 28/11/2009", "Công văn số 3365/BTTTT-UDCNTT ngày 28/11/2009"),
    ("thực hiện Kết luận số 51 -KL/TW ngày 30/5/2019", "thực hiện Kết luận số 51-KL/TW ngày 30/5/2019"),
    ("Số: 4222 /TCT -PC Hà Nội, ngày 09 tháng 11 năm 2023", "Số: 4222 /TCT-PC Hà Nội, ngày 09 tháng 11 năm 2023"),
    ("Quyết định số 416/QĐ- TTg của Thủ tướng", "Quyết định số 416/QĐ-TTg của Thủ tướng"),
])
def test_blank_beside_a_hyphen_in_a_number(line, want):
    assert _apply(line, fix_code_spacing(line)) == want


@pytest.mark.parametrize("line", [
    "Bộ Lao động - Thương binh và Xã hội",
    "thời gian từ 15 -20 ngày làm việc",
    "Công văn số 12/TCT- Tin học hóa",
    "Sở GD- ĐT tỉnh",
    "Kế hoạch 2021 - 2025 của tỉnh",
])
def test_hyphens_between_words_stay(line):
    assert fix_code_spacing(line) == []


def test_letter_read_into_a_code_the_document_prints():
    counts = {"TMĐT": 5, "TMIĐT": 1, "HTQT": 3, "HTOQT": 1}
    assert _apply("hoạt động TMIĐT theo mẫu", fix_doubled_codes("hoạt động TMIĐT theo mẫu", counts)) == \
        "hoạt động TMĐT theo mẫu"
    assert _apply("- Lưu: VT, HTOQT.", fix_doubled_codes("- Lưu: VT, HTOQT.", counts)) == "- Lưu: VT, HTQT."
    # printed too seldom elsewhere: kept
    assert fix_doubled_codes("Ban QLDA số 2", {"QLDA": 1, "QLA": 2}) == []


def test_recipient_colons_in_the_noi_nhan_block():
    texts = ["Nơi nhận: KT. TỔNG CỤC TRƯỞNG", "- Như trên: . PHÓ TỔNG CỤC TRƯỞNG",
             "- Phó Tổng cục trưởng (để b/c):", "", "- Các Vụ: PC, CST, HTQT (BTC):",
             "- Đại diện Văn phòng tại TP. HCM:", "- Lưu: VT, HTQT."]
    assert fix_recipient_ends(texts) == {
        1: "- Như trên; . PHÓ TỔNG CỤC TRƯỞNG", 2: "- Phó Tổng cục trưởng (để b/c);",
        4: "- Các Vụ: PC, CST, HTQT (BTC);", 5: "- Đại diện Văn phòng TCT tại TP. HCM;".replace(" TCT", "")}
    assert fix_recipient_ends(["Nơi nhận:", "+ Như trên: . PHÓ CHỦ TỊCH", "- Lưu: VT."]) == {
        1: "- Như trên; . PHÓ CHỦ TỊCH"}


@pytest.mark.parametrize("texts", [
    ["Nơi nhận:", "- Các sở, ngành:", "+ Sở Tài chính;", "+ Sở Nội vụ;", "- Lưu: VT."],   # a sub-list
    ["Nơi nhận:", "- Như trên;", "- Lưu: VT, TH."],
    ["Các nội dung sau:", "- Rà soát hồ sơ:", "- Báo cáo kết quả."],                      # no Nơi nhận block
])
def test_colons_that_open_or_are_outside_the_block_stay(texts):
    assert fix_recipient_ends(texts) == {}


# ----------------------------------------------------------------------------- a decision's last ground
from pipeline.repair.ocrphrases import fix_phrases  # noqa: E402


@pytest.mark.parametrize("line, want", [
    ("Xót Tờ trình số 42/TTr-UBND ngày 29 tháng 5 năm 2026 của Sở", "Xét Tờ trình số 42/TTr-UBND ngày 29 tháng 5 năm 2026 của Sở"),
    ("Nét đề nghị của Giám đốc Sở Tài chính.", "Xét đề nghị của Giám đốc Sở Tài chính."),
    ("Xét đề nghị của Chánh Văn phòng UBND tỉnh.", "Xét đề nghị của Chánh Văn phòng UBND tỉnh."),
    ("đồng thời xem đề nghị của các xã", "đồng thời xem đề nghị của các xã"),  # not opening its line
    ("Xem đề án của Sở Nội vụ", "Xem đề án của Sở Nội vụ"),
])
def test_decision_ground_opening(line, want):
    assert _apply(line, fix_phrases(line)) == want
