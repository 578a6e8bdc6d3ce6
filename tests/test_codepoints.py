"""First repair layer: NFC, 'ƣ', 'Ð' and one tone placement per document, every change recorded."""
import unicodedata

from pipeline.repair import repair_text
from pipeline.repair.codepoints import apply_tone_convention, tone_convention


def test_u_horn_lookalike_and_eth():
    doc = repair_text("Phiên họp thƣờng kỳ\nÐồng chí Ð/c Nguyễn")
    assert doc.text == "Phiên họp thường kỳ\nĐồng chí Đ/c Nguyễn"
    kinds = {r.kind for r in doc.repairs}
    assert kinds == {"codepoint"}
    first = doc.repairs[0]
    assert (first.line, first.column, first.before, first.after) == (1, 10, "thƣờng", "thường")


def test_nfd_becomes_nfc():
    nfd = unicodedata.normalize("NFD", "Chủ tịch UBND huyện")
    doc = repair_text(nfd)
    assert doc.text == "Chủ tịch UBND huyện"
    assert unicodedata.is_normalized("NFC", doc.text)


def test_tone_placement_follows_the_document_majority():
    text = "văn hóa, thể thao\nhòa giải ở cơ sở\nvăn hoá cơ sở"
    assert tone_convention(text.split("\n")) == "new"
    doc = repair_text(text)
    assert doc.text.split("\n")[2] == "văn hóa cơ sở"
    # closed syllables and 'qu' are never touched
    assert apply_tone_convention("kế hoạch, quý II, thuỷ lợi", "new") == "kế hoạch, quý II, thủy lợi"


def test_clean_text_is_identity():
    text = "Tăng cường kiểm tra, xử lý vi phạm về quản lý, bảo vệ rừng."
    doc = repair_text(text)
    assert doc.text == text and doc.repairs == []


def test_half_a_horn_on_uo_is_put_back():
    """'ươ' with one horn lost (OCR, a font): 'u' + 'ơ' before another letter and 'ư' + 'o' are
    never Vietnamese; words that end in 'uơ' ('thuở', 'huơ') and 'uô' ('muốn') are."""
    doc = repair_text("Các đơn vị gửi báo cáo truớc ngày 20/10.\nGiao Ủy ban nhân dân các phuờng kiểm tra.\n"
                      "Trưóc mắt, nguời dân được hỗ trợ; thuở ấy, huơ tay, muốn, cuộc họp, quốc gia.")
    assert [ln.text for ln in doc.lines] == [
        "Các đơn vị gửi báo cáo trước ngày 20/10.", "Giao Ủy ban nhân dân các phường kiểm tra.",
        "Trước mắt, người dân được hỗ trợ; thuở ấy, huơ tay, muốn, cuộc họp, quốc gia."]
    assert {r.kind for r in doc.repairs} == {"codepoint"}
