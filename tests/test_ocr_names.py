"""A name the document prints the same way again keeps its spelling in a document read as
OCR output (repair/ocrnames.py, ocr26).  The lines are samples/unseen_repair's development
texts (i6: a company named 'Đại Đồng Tiến' five times; s6: 'Hội khỏe Phù Đổng' three times;
m4: 'bà Nguyễn Thị Thủy' twice), and a province's name OCR misread once beside its right
spelling."""
from __future__ import annotations

from pipeline.config import Config
from pipeline.model import Document, lines_from_text
from pipeline.repair import repair
from pipeline.repair.ocrnames import keeps_name, name_pairs

I6 = ["Công ty TNHH Đại Đồng Tiến theo chỉ đạo của Ủy ban nhân dân tỉnh.",
      "kiến nghị của Công ty TNHH Đại Đồng Tiến.",
      "Lào Cai của Công ty TNHH Đại Đồng Tiến và tiến hành làm việc với Công ty"]


def _change(text: str, before: str, after: str, pairs) -> bool:
    x = text.index(before)
    return keeps_name(text, x, x + len(before), before, after, pairs)


def test_pairs_counted_as_printed():
    pairs = name_pairs(I6)
    assert pairs[("Đồng", "Tiến")] == 3
    assert pairs[("Đại", "Đồng")] == 3
    assert ("Tiến", "theo") not in pairs  # a lower-case word ends the run


def test_repeated_name_kept():
    assert _change(I6[1], "Tiến", "Tiền", name_pairs(I6))


def test_repeated_name_in_other_case_kept():
    lines = ["Tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2020-2021",
             "tham gia hội khoẻ Phù Đổng cấp huyện như sau:",
             "Hội khỏe Phù Đổng là Đại hội Thể dục thể thao (TDTT) học sinh phổ thông nhằm:"]
    assert _change(lines[2], "Đổng", "Động", name_pairs(lines))


def test_name_printed_once_is_no_evidence():
    lines = ["trả lời đơn thư kiến nghị của bà Nguyễn Thị Thủy, việc miễn, giảm tiền sử dụng đất"]
    assert not _change(lines[0], "Thủy", "Thúy", name_pairs(lines))


def test_misread_name_beside_its_right_spelling_is_mended():
    # OCR misread one 'Lạng Sơn' of several: the document prints the changed pair
    lines = ["Ủy ban nhân dân tỉnh Lạng Sơn ban hành Kế hoạch.",
             "các sở, ngành tỉnh Lạng Son thực hiện.",
             "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"]
    assert not _change(lines[1], "Son", "Sơn", name_pairs(lines))


def test_a_lower_case_word_is_never_kept_so():
    lines = ["Ủy ban nhân dân tính Lạng Sơn", "Ủy ban nhân dân tính Lạng Sơn"]
    assert not _change(lines[0], "tính", "tỉnh", name_pairs(lines))


def test_ocr_document_keeps_the_company_name():
    # i6's lines in a document marked as OCR'd, one real misreading ('nhan' for 'nhân') in it
    text = ("Công ty TNHH Đại Đồng Tiến theo chỉ đạo của Ủy ban nhan dân tỉnh đã báo cáo.\n"
            "Theo kiến nghị của Công ty TNHH Đại Đồng Tiến, Sở đã kiểm tra thực địa.\n"
            "Công ty TNHH Đại Đồng Tiến cho rằng việc cấp phép là đúng quy định.\n")
    doc = Document(doc_id="t", lines=lines_from_text(text))
    doc.meta["ocr"] = True
    out = repair(doc, Config())
    assert all("Đại Đồng Tiến" in ln.text for ln in out.lines)


def test_changed_word_printed_in_another_name_is_mended():
    # n1 (samples/unseen_repair) with both 'Bộ Tư pháp' of one line read 'Bộ Tu': the
    # document prints 'Sở Tư pháp' elsewhere, so 'Tu' is no spelling of its own
    lines = ["của Bộ Tu pháp về việc công bố thủ tục hành chính thuộc phạm vi quản lý của Bộ Tu pháp;",
             "Theo đề nghị của Giám đốc Sở Tư pháp."]
    assert not _change(lines[0], "Tu", "Tư", name_pairs(lines))


def test_a_run_in_capitals_is_no_name_run():
    # samples/text o2 (a TCT letter OCR'd elsewhere): its signature block read 'TONG CỤC
    # TRƯỞNG' twice; a heading in capitals is left to the corrector
    lines = ["Nơi nhận: KT. TONG CỤC TRƯỞNG", "- Như trên; . PHÓ TONG CỤC TRƯỞNG"]
    pairs = name_pairs(lines)
    assert not pairs
    assert not _change(lines[1], "TONG", "TỔNG", pairs)
