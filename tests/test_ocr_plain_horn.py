"""ocr21: two more kinds of word weighed by OCR_ONLY (a mark only a scan loses) in a document
too lightly damaged to be read as OCR'd.  A plain word one horn short of a far commoner syllable
('tu', 'nhu' for 'tư', 'như': OCR_ONLY_PLAIN_HORN), and a Title-case word inside a run of
Title-case words ('Hà Nôi', 'Sở Tu pháp': OCR_ONLY_NAME_RUN_MARGIN, a wider margin than a
running word's).  Clean wording with the same spellings ('nhu cầu', 'tu bổ', a person's or a
ward's name) stays as printed."""
from __future__ import annotations

import pytest

from pipeline.repair import ocr
from ocr_helpers import lm, repaired as _repaired  # noqa: F401  (lm is a fixture)

_BODY = [
    "Thực hiện Kế hoạch số 15/KH-UBND ngày 10 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh.",
    "Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện.",
    "Tăng cường công tác tuyên truyền, phổ biến, giáo dục pháp luật cho cán bộ, công chức và Nhân dân trên địa bàn.",
    "Định kỳ hằng quý báo cáo kết quả thực hiện về Sở Nội vụ để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh kịp thời để xem xét, giải quyết.",
]


def _letter(line: str) -> str:
    return "\n".join(_BODY[:3] + [line] + _BODY[3:])


def test_a_plain_word_is_weighed_for_its_horn_alone(lm):
    assert ocr.ocr_only_lookalikes(lm, "tu") == ("tư",)
    assert ocr.ocr_only_lookalikes(lm, "nhu") == ("như",)
    assert "nhưng" in ocr.ocr_only_lookalikes(lm, "nhung")
    # a plain word's bar and dot below are a typist's slips too ('da dạng', 'phu trách')
    assert ocr.ocr_only_lookalikes(lm, "da") == ()
    assert ocr.ocr_only_lookalikes(lm, "phu") == ()
    seldom = ocr._ocr_only_tables(lm)[1]
    assert {"tu", "Tu", "nhu", "Nhu"} <= seldom


@pytest.mark.parametrize("read, right", [
    # a horn lost on a plain word
    ("Sở Kế hoạch và Đầu tu hướng dẫn các chủ đầu tư lập hồ sơ dự án.",
     "Sở Kế hoạch và Đầu tư hướng dẫn các chủ đầu tư lập hồ sơ dự án."),
    ("Đẩy nhanh tiến độ giải ngân vốn đầu tu công năm 2025.",
     "Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2025."),
    ("Các nội dung cụ thể nhu sau:", "Các nội dung cụ thể như sau:"),
    # a mark only a scan loses, inside a name
    ("Giao Sở Tu pháp chủ trì thẩm định dự thảo văn bản.",
     "Giao Sở Tư pháp chủ trì thẩm định dự thảo văn bản."),
    ("Ủy ban nhân dân thành phố Hà Nôi đề nghị các quận, huyện triển khai.",
     "Ủy ban nhân dân thành phố Hà Nội đề nghị các quận, huyện triển khai."),
])
def test_one_misreading_is_corrected(read, right):
    assert _repaired(_letter(read)) == _letter(right)


@pytest.mark.parametrize("text", [
    "Đáp ứng nhu cầu của người dân và doanh nghiệp.",
    "Kinh phí tu bổ, tôn tạo di tích được bố trí từ ngân sách.",
    "Ông Nguyễn Văn Tu, Chủ tịch Ủy ban nhân dân xã.",
    "Lễ hội tổ chức tại phường Mân Thái, quận Sơn Trà.",
    "Chúc mừng năm mới Xuân Đinh Dậu 2017.",
    "Chùa Tu Viên được xếp hạng di tích cấp tỉnh.",
])
def test_clean_wording_stays(text):
    assert _repaired(text) == text
    assert _repaired(_letter(text)) == _letter(text)


def test_a_name_run_word_needs_the_wider_margin(lm):
    assert ocr.OCR_ONLY_NAME_RUN_MARGIN > ocr.OCR_ONLY_MARGIN
    line = "Ủy ban nhân dân thành phố Hà Nôi đề nghị các quận, huyện triển khai."
    assert ocr._ocr_only_line(line, lm, False) == {"Nôi"}


def test_the_switches(monkeypatch, lm):
    read = _letter("Giao Sở Tu pháp chủ trì thẩm định dự thảo văn bản.")
    monkeypatch.setattr(ocr, "OCR_ONLY_NAME_RUN_MARGIN", None)
    assert _repaired(read) == read
    line = "Ủy ban nhân dân thành phố Hà Nôi đề nghị các quận, huyện triển khai."
    assert ocr._ocr_only_line(line, lm, False) == frozenset()
    monkeypatch.setattr(ocr, "OCR_ONLY_PLAIN_HORN", False)
    assert ocr.ocr_only_lookalikes(lm, "tu") == ()
    read = _letter("Các nội dung cụ thể nhu sau:")
    assert _repaired(read) == read
