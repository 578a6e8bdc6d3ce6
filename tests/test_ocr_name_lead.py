"""A word that introduces names, misread as its look-alike that never does ('UBND tính Gia
Lai' for 'tỉnh'), in a text too lightly damaged to be read as OCR output
(pipeline.repair.ocr.name_lead_lines, NAME_LEAD): the next word's capital and the gazette's
next-case table say which of the two the text meant; the model must prefer it in context."""
from __future__ import annotations

import pytest

from pipeline.model import Document, lines_from_text
from ocr_helpers import lm, repaired as _repaired  # noqa: F401  (lm is a fixture)


def _found(lm, text):
    from pipeline.repair import ocr

    doc = Document(doc_id="t", lines=lines_from_text(text))
    return {w for ws in ocr.name_lead_lines(doc, lm).values() for w in ws}


def test_the_table_holds_look_alikes_that_introduce_names(lm):
    from pipeline.repair import ocr

    table = ocr.name_lead_words(lm)
    assert "tỉnh" in table["tính"]
    # 'tỉnh' itself introduces names: no entry; a plain word is the plain words' business
    assert "tỉnh" not in table and "tai" not in table


@pytest.mark.parametrize("read, right", [
    ("Phó Chủ tịch UBND tính Gia Lai yêu cầu các sở, ngành thực hiện nghiêm.",
     "Phó Chủ tịch UBND tỉnh Gia Lai yêu cầu các sở, ngành thực hiện nghiêm."),
    ("Tình hình buôn bán xăng dầu trên địa bàn tính Quảng Ngãi diễn biến phức tạp.",
     "Tình hình buôn bán xăng dầu trên địa bàn tỉnh Quảng Ngãi diễn biến phức tạp."),
    ("Thực hiện Công văn số 125 của Ủy ban nhân dân tính Nghệ An về việc phòng cháy rừng.",
     "Thực hiện Công văn số 125 của Ủy ban nhân dân tỉnh Nghệ An về việc phòng cháy rừng."),
])
def test_a_lone_misreading_before_a_name_is_corrected(read, right):
    assert _repaired(read) == right


@pytest.mark.parametrize("text", [
    # the word as read, where it belongs: no capital after it, or a capital that is no name it leads
    "Việc tính toán chi phí do Sở Tài chính chủ trì.",
    "Sở Tài chính hướng dẫn cách tính Thuế thu nhập cá nhân theo quy định.",
    # the look-alike introduces names too, but the model prefers the word as read
    "Các trường đại học trên địa bàn Thủ đô tăng cường hợp tác.",
    "Hỗ trợ gia đình cụ Hồng ổn định cuộc sống.",
    # capitalised: a name or a heading keeps its spelling
    "Tính đến ngày 30/6, toàn tỉnh đã hoàn thành kế hoạch.",
])
def test_no_name_lead(lm, text):
    assert not _found(lm, text)
    assert _repaired(text) == text


def test_name_lead_can_be_switched_off(monkeypatch):
    from pipeline.repair import ocr

    text = "Phó Chủ tịch UBND tính Gia Lai yêu cầu các sở, ngành thực hiện nghiêm."
    monkeypatch.setattr(ocr, "NAME_LEAD", False)
    assert _repaired(text) == text
